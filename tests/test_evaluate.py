"""The scorer, on small hand-made gold/prediction pairs."""

from __future__ import annotations

import itertools
import json

import pytest

from kgraph.errors import InputError
from kgraph.evaluate import (
    Counts,
    evaluate,
    format_errors,
    format_report,
    load_gold_and_predictions,
    score_document,
)


def ent(id_, type_, name, *aliases, optional=False):
    entity = {"id": id_, "type": type_, "name": name, "aliases": list(aliases)}
    if optional:
        entity["optional"] = True
    return entity


def rel(subject, predicate, obj, role=None, optional=False):
    relation = {"subject": subject, "predicate": predicate, "object": obj}
    if role is not None:
        relation["role"] = role
    if optional:
        relation["optional"] = True
    return relation


def doc(entities, relations=(), doc_id="t1"):
    return {"doc_id": doc_id, "entities": list(entities), "relations": list(relations)}


def counts(score):
    return (score.tp, score.fp, score.fn)


# A gold article: "Đồng chí Mai Văn Chính, Phó Trưởng ban Thường trực Ban Tổ
# chức Trung ương, dự Hội nghị sơ kết ... tại Kon Tum."
GOLD = doc(
    [
        ent("g1", "Person", "Mai Văn Chính"),
        ent("g2", "Organization", "Ban Tổ chức Trung ương", "BTCTW", "Ban Tổ chức TW"),
        ent("g3", "Event", "Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2024"),
        ent("g4", "Location", "Kon Tum", "tỉnh Kon Tum"),
        ent("g5", "Organization", "Tỉnh ủy Kon Tum", "Tỉnh ủy"),
    ],
    [
        rel("g1", "holds_position", "g2", role="Phó Trưởng ban Thường trực"),
        rel("g1", "participated_in", "g3"),
        rel("g3", "held_in", "g4"),
        rel("g5", "organized", "g3"),
    ],
)


def test_score_document_exact_copy_is_perfect():
    score = score_document(GOLD, GOLD)
    assert counts(score.entities) == (5, 0, 0)
    assert counts(score.relations) == (4, 0, 0)
    assert score.roles_matched == 1 and score.roles_correct == 1
    assert score.matches == {"g1": "g1", "g2": "g2", "g3": "g3", "g4": "g4", "g5": "g5"}


@pytest.mark.parametrize(
    ("type_", "gold_name", "pred_name"),
    [
        ("Organization", "Thành ủy Hà Nội", "Thành uỷ Hà Nội"),
        ("Organization", "Ủy ban nhân dân tỉnh Gia Lai", "UỶ BAN NHÂN DÂN TỈNH GIA LAI"),
        ("Event", "Hội nghị Trung ương 4 khóa XIII", "Hội nghị Trung ương 4 khoá XIII"),
        ("Document", "Hướng dẫn số 17-HD/BTCTW", "Hướng dẫn số 17–HD/BTCTW"),
    ],
)
def test_score_document_matches_spelling_variants(type_, gold_name, pred_name):
    score = score_document(doc([ent("g", type_, gold_name)]), doc([ent("p", type_, pred_name)]))
    assert counts(score.entities) == (1, 0, 0)
    assert score.matches == {"p": "g"}


def test_score_document_matches_prediction_name_to_gold_alias():
    gold = doc([ent("g", "Organization", "Ban Tổ chức Trung ương", "BTCTW")])
    score = score_document(gold, doc([ent("p", "Organization", "BTCTW")]))
    assert score.matches == {"p": "g"}


def test_score_document_matches_prediction_alias_to_gold_name():
    gold = doc([ent("g", "Organization", "UBND tỉnh Bình Định")])
    pred = doc([ent("p", "Organization", "Ủy ban nhân dân tỉnh Bình Định", "UBND tỉnh Bình Định")])
    assert score_document(gold, pred).matches == {"p": "g"}


def test_score_document_requires_equal_types():
    gold = doc([ent("g", "Location", "Kon Tum")])
    score = score_document(gold, doc([ent("p", "Organization", "Kon Tum")]))
    assert counts(score.entities) == (0, 1, 1)
    assert counts(score.by_type["Location"]) == (0, 0, 1)
    assert counts(score.by_type["Organization"]) == (0, 1, 0)


@pytest.mark.parametrize(
    ("gold_name", "pred_name"),
    [
        ("Quốc hội", "Quốc hội khóa XV"),
        ("Ban Chấp hành Trung ương Đảng khoá XIII", "Ban Chấp hành Trung ương Đảng"),
        ("Hội đồng nhân dân tỉnh Gia Lai", "Hội đồng nhân dân tỉnh Gia Lai khóa XII, nhiệm kỳ 2021-2026"),
    ],
)
def test_score_document_drops_trailing_term_of_organization(gold_name, pred_name):
    gold = doc([ent("g", "Organization", gold_name)])
    score = score_document(gold, doc([ent("p", "Organization", pred_name)]))
    assert counts(score.entities) == (1, 0, 0)


def test_score_document_keeps_term_inside_organization_name():
    gold = doc([ent("g", "Organization", "Đoàn đại biểu Quốc hội khóa XV tỉnh Hưng Yên")])
    pred = doc([ent("p", "Organization", "Đoàn đại biểu Quốc hội khóa XV tỉnh Thái Bình")])
    assert counts(score_document(gold, pred).entities) == (0, 1, 1)


def test_score_document_keeps_term_of_event():
    # Not an organization: the term stays, and 10/12 syllables is below 0.85.
    gold = doc([ent("g", "Event", "Hội nghị Trung ương 4 khóa XIII")])
    score = score_document(gold, doc([ent("p", "Event", "Hội nghị Trung ương 4")]))
    assert counts(score.entities) == (0, 1, 1)


@pytest.mark.parametrize(
    ("type_", "gold_name", "pred_name", "expected"),
    [
        # 26/27 = 0.96
        ("Event", "Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2024",
         "Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm", (1, 0, 0)),
        # 12/14 = 0.857, just above
        ("Event", "Kỳ họp thứ 8 Quốc hội khóa XV", "Kỳ họp thứ 8 Quốc hội", (1, 0, 0)),
        # 10/12 = 0.833, just below: another document
        ("Document", "Nghị quyết số 18-NQ/TW", "Nghị quyết số 19-NQ/TW", (0, 1, 1)),
        # 14/16 = 0.875, but organizations never match fuzzily
        ("Organization", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban Tuyên giáo và Dân vận Thành ủy", (0, 1, 1)),
    ],
)
def test_score_document_fuzzy_match_at_syllable_f1(type_, gold_name, pred_name, expected):
    score = score_document(doc([ent("g", type_, gold_name)]), doc([ent("p", type_, pred_name)]))
    assert counts(score.entities) == expected


def test_score_document_counts_failed_merge_as_false_positive():
    gold = doc([ent("g", "Organization", "Ban Tổ chức Trung ương", "BTCTW")])
    for order in itertools.permutations(
        [ent("p1", "Organization", "BTCTW"), ent("p2", "Organization", "Ban Tổ chức Trung ương")]
    ):
        score = score_document(gold, doc(order))
        assert counts(score.entities) == (1, 1, 0)
        # The prediction named like the gold entity takes it, whatever the order.
        assert score.matches == {"p2": "g"}
        (mistake,) = score.entity_mistakes
        assert (mistake.kind, mistake.name, mistake.duplicate_of) == ("fp", "BTCTW", "Ban Tổ chức Trung ương")


def test_score_document_optional_entity_neither_rewarded_nor_penalized():
    gold = doc([
        ent("g1", "Person", "Nguyễn Văn An"),
        ent("g2", "Organization", "Báo Nhân Dân", optional=True),
        ent("g3", "Person", "Trần Thị Bình", optional=True),
    ])
    pred = doc([ent("p1", "Person", "Nguyễn Văn An"), ent("p2", "Organization", "Báo Nhân Dân")])
    score = score_document(gold, pred)
    assert counts(score.entities) == (1, 0, 0)
    assert score.matches == {"p1": "g1", "p2": "g2"}


def test_score_document_optional_relation_neither_rewarded_nor_penalized():
    gold = doc(
        [ent("g1", "Person", "Lê Văn Cường"), ent("g2", "Organization", "Tỉnh ủy Gia Lai"),
         ent("g3", "Organization", "Ủy ban nhân dân tỉnh Gia Lai")],
        [rel("g1", "holds_position", "g2", role="Bí thư"),
         rel("g1", "holds_position", "g3", role="Chủ tịch", optional=True)],
    )
    with_optional = doc(
        [ent("p1", "Person", "Lê Văn Cường"), ent("p2", "Organization", "Tỉnh ủy Gia Lai"),
         ent("p3", "Organization", "Ủy ban nhân dân tỉnh Gia Lai")],
        [rel("p1", "holds_position", "p2", role="Bí thư"),
         rel("p1", "holds_position", "p3", role="Phó Chủ tịch")],
    )
    without_optional = dict(with_optional, relations=with_optional["relations"][:1])
    for pred in (with_optional, without_optional):
        score = score_document(gold, pred)
        assert counts(score.relations) == (1, 0, 0)
        # The optional relation's wrong role does not count either.
        assert (score.roles_matched, score.roles_correct) == (1, 1)


def test_score_document_relation_with_unmatched_end_is_false_positive():
    gold = doc(
        [ent("g1", "Event", "Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI"),
         ent("g2", "Location", "Kon Tum")],
        [rel("g1", "held_in", "g2")],
    )
    pred = doc(
        [ent("p1", "Event", "Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI"),
         ent("p2", "Location", "Thành phố Kon Tum")],
        [rel("p1", "held_in", "p2")],
    )
    score = score_document(gold, pred)
    assert counts(score.relations) == (0, 1, 1)
    assert counts(score.by_predicate["held_in"]) == (0, 1, 1)
    kinds = {(m.kind, m.object, m.ends_matched) for m in score.relation_mistakes}
    assert kinds == {("fp", "Thành phố Kon Tum", False), ("fn", "Kon Tum", False)}


def test_score_document_relation_needs_equal_predicate_and_direction():
    gold = doc(
        [ent("g1", "Organization", "Ban Tổ chức Tỉnh ủy Kon Tum"), ent("g2", "Organization", "Tỉnh ủy Kon Tum")],
        [rel("g1", "part_of", "g2")],
    )
    pred = doc(
        [ent("p1", "Organization", "Ban Tổ chức Tỉnh ủy Kon Tum"), ent("p2", "Organization", "Tỉnh ủy Kon Tum")],
        [rel("p2", "part_of", "p1"), rel("p2", "organized", "p1")],
    )
    score = score_document(gold, pred)
    assert counts(score.relations) == (0, 2, 1)
    assert {m.ends_matched for m in score.relation_mistakes if m.kind == "fp"} == {True}


def test_score_document_counts_duplicate_relation_once_and_ignores_other_predicates():
    pred = doc(
        GOLD["entities"],
        GOLD["relations"] + [rel("g3", "held_in", "g4"), rel("g1", "mentions", "g4")],
    )
    assert counts(score_document(GOLD, pred).relations) == (4, 0, 0)


def test_score_document_role_accuracy():
    gold = doc(
        [ent("g1", "Person", "Phạm Văn Dũng"), ent("g2", "Organization", "Thành ủy Đà Nẵng"),
         ent("g3", "Person", "Hoàng Thị Em"), ent("g4", "Organization", "Bộ Ngoại giao")],
        [rel("g1", "holds_position", "g2", role="Phó Bí thư Thường trực"),
         rel("g3", "holds_position", "g4", role="Thứ trưởng")],
    )
    pred = doc(
        gold["entities"],
        [rel("g1", "holds_position", "g2", role="Phó Bí thư thường trực"),
         rel("g3", "holds_position", "g4", role="Bộ trưởng")],
    )
    score = score_document(gold, pred)
    assert counts(score.relations) == (2, 0, 0)
    assert (score.roles_matched, score.roles_correct) == (2, 1)
    assert evaluate([(gold, pred)]).role_accuracy == 0.5
    (mistake,) = score.relation_mistakes
    assert (mistake.kind, mistake.role, mistake.gold_role) == ("role", "Bộ trưởng", "Thứ trưởng")


def test_evaluate_role_accuracy_is_none_without_matched_holds_position():
    report = evaluate([(doc([ent("g", "Location", "Hà Nội")]), doc([]))])
    assert report.role_accuracy is None
    assert report.to_dict()["role_accuracy"] is None


def test_evaluate_micro_averages_over_articles():
    # Article 1 (GOLD): 4 of 5 entities found (Event missed), 1 spurious; the
    # relations touching the Event are lost: TP 1, FN 3, plus 1 spurious.
    pred1 = doc(
        [e for e in GOLD["entities"] if e["id"] != "g3"] + [ent("x", "Person", "Võ Văn Giang")],
        [rel("g1", "holds_position", "g2", role="Trưởng ban"), rel("x", "holds_position", "g2", role="Ủy viên")],
    )
    # Article 2: 1 of 2 entities found, no spurious; its one relation missed.
    gold2 = doc(
        [ent("a", "Person", "Đặng Thị Hoa"), ent("b", "Organization", "Bộ Tư pháp")],
        [rel("a", "holds_position", "b", role="Thứ trưởng")],
        doc_id="t2",
    )
    pred2 = doc([ent("a", "Person", "Đặng Thị Hoa")], doc_id="t2")
    report = evaluate([(GOLD, pred1), (gold2, pred2)])
    # entities: TP 4+1=5, FP 1+0=1, FN 1+1=2 -> P 5/6, R 5/7, F1 10/13
    assert counts(report.entities) == (5, 1, 2)
    assert report.entities.precision == pytest.approx(5 / 6)
    assert report.entities.recall == pytest.approx(5 / 7)
    assert report.entities.f1 == pytest.approx(10 / 13)
    # relations: TP 1, FP 1, FN 3+1=4 -> P 1/2, R 1/5, F1 2/7
    assert counts(report.relations) == (1, 1, 4)
    assert report.relations.f1 == pytest.approx(2 / 7)
    assert counts(report.by_type["Person"]) == (2, 1, 0)
    assert counts(report.by_type["Organization"]) == (2, 0, 1)
    assert counts(report.by_predicate["holds_position"]) == (1, 1, 1)
    assert report.role_accuracy == 0.0
    result = report.to_dict()
    assert result["entities"] == {"precision": 0.8333, "recall": 0.7143, "f1": 0.7692, "tp": 5, "fp": 1, "fn": 2}
    assert list(result) == ["entities", "relations", "by_type", "by_predicate", "role_accuracy", "events_named_otherwise"]
    assert list(result["by_type"]) == ["Person", "Organization", "Document", "Event", "Location"]
    assert list(result["by_predicate"]) == [
        "holds_position", "organized", "participated_in", "held_in", "issued", "adopted_at", "part_of"
    ]
    assert [a["doc_id"] for a in report.to_dict(errors=True)["errors"]] == ["t1", "t2"]


def test_score_document_independent_of_list_order():
    pred = doc(
        [ent("p1", "Person", "Mai Văn Chính"), ent("p2", "Organization", "BTCTW"),
         ent("p3", "Organization", "Ban Tổ chức TW"), ent("p4", "Event", "Hội nghị sơ kết công tác xây dựng Đảng"),
         ent("p5", "Event", "Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm"),
         ent("p6", "Location", "tỉnh Kon Tum")],
        [rel("p1", "holds_position", "p3", role="Phó Trưởng ban Thường trực"),
         rel("p1", "participated_in", "p5"), rel("p5", "held_in", "p6"), rel("p1", "participated_in", "p4")],
    )
    first = score_document(GOLD, pred)
    assert counts(first.entities) == (4, 2, 1)
    assert counts(first.relations) == (3, 1, 1)
    for i, entities in enumerate(itertools.permutations(pred["entities"])):
        gold_entities = GOLD["entities"][:: 1 if i % 2 else -1]
        score = score_document(
            dict(GOLD, entities=gold_entities, relations=GOLD["relations"][::-1]),
            dict(pred, entities=list(entities), relations=pred["relations"][::-1]),
        )
        assert score.matches == first.matches
        assert score.entities == first.entities and score.relations == first.relations


def test_score_document_failed_merge_keeps_the_entity_with_gold_relations():
    # "BTCTW" carries the relation, so it takes the gold entity even though
    # the other prediction has the gold entity's own name.
    gold = doc(
        [ent("g1", "Person", "Mai Văn Chính"), ent("g2", "Organization", "Ban Tổ chức Trung ương", "BTCTW")],
        [rel("g1", "holds_position", "g2", role="Phó Trưởng ban Thường trực")],
    )
    pred = doc(
        [ent("p1", "Person", "Mai Văn Chính"), ent("p2", "Organization", "Ban Tổ chức Trung ương"),
         ent("p3", "Organization", "BTCTW")],
        [rel("p1", "holds_position", "p3", role="Phó Trưởng ban Thường trực")],
    )
    score = score_document(gold, pred)
    assert score.matches == {"p1": "g1", "p3": "g2"}
    assert counts(score.entities) == (2, 1, 0)
    assert counts(score.relations) == (1, 0, 0)


def test_counts_are_zero_without_denominator():
    assert (Counts().precision, Counts().recall, Counts().f1) == (0.0, 0.0, 0.0)
    assert Counts(tp=0, fp=2, fn=0).f1 == 0.0


def test_score_document_rejects_dangling_relation():
    pred = doc([ent("p1", "Person", "Mai Văn Chính")], [rel("p1", "holds_position", "p9")])
    with pytest.raises(InputError, match="unknown entity id 'p9'"):
        score_document(GOLD, pred)


def test_format_report_and_errors_show_scores_and_mistakes():
    pred = doc([ent("p", "Organization", "BTCTW"), ent("q", "Organization", "Ban Tổ chức Trung ương")])
    report = evaluate([(GOLD, pred)])
    table = format_report(report)
    assert "entities" in table and "holds_position" in table
    assert "role accuracy: n/a" in table
    errors = format_errors(report)
    assert "FP   Organization BTCTW  (duplicate of Ban Tổ chức Trung ương)" in errors
    assert "FN   Person       Mai Văn Chính" in errors


# --- loading ---------------------------------------------------------------


def write(path, data):
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_load_gold_and_predictions_pairs_by_stem(tmp_path):
    gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir(), pred_dir.mkdir()
    write(gold_dir / "a01.json", GOLD)
    write(gold_dir / "a02.json", doc([ent("g", "Location", "Hà Nội")], doc_id="a02"))
    (gold_dir / "a01.txt").write_text("Văn bản.", encoding="utf-8")
    write(pred_dir / "a01.json", GOLD)
    write(pred_dir / "zz.json", doc([]))  # no gold: ignored
    pairs = load_gold_and_predictions(gold_dir, pred_dir)
    assert [(g["doc_id"], p["doc_id"]) for g, p in pairs] == [("t1", "t1"), ("a02", "a02")]
    assert pairs[1][1] == {"doc_id": "a02", "entities": [], "relations": []}
    assert counts(evaluate(pairs).entities) == (5, 0, 1)


def test_load_gold_and_predictions_rejects_missing_folder(tmp_path):
    with pytest.raises(InputError, match="prediction folder not found"):
        load_gold_and_predictions(tmp_path, tmp_path / "nowhere")
    with pytest.raises(InputError, match="no gold annotations"):
        load_gold_and_predictions(tmp_path, tmp_path)


def test_load_gold_and_predictions_rejects_invalid_json(tmp_path):
    (tmp_path / "a01.json").write_text('{"doc_id": "a01", "entities": [', encoding="utf-8")
    with pytest.raises(InputError, match=r"a01\.json: invalid JSON at line 1"):
        load_gold_and_predictions(tmp_path, tmp_path)


def test_load_gold_and_predictions_rejects_malformed_entity(tmp_path):
    write(tmp_path / "a01.json", {"doc_id": "a01", "entities": [{"id": "e1", "type": "Person"}]})
    with pytest.raises(InputError, match="entity #0 needs string 'id', 'type' and 'name'"):
        load_gold_and_predictions(tmp_path, tmp_path)


def test_score_document_breaks_ties_by_content_not_list_order():
    gold = doc([ent("g", "Organization", "Ban Tổ chức Trung ương", "BTCTW", "Ban Tổ chức TW")])
    tied = [ent("p1", "Organization", "BTCTW"), ent("p2", "Organization", "Ban Tổ chức TW")]
    results = {tuple(score_document(gold, doc(order)).matches.items()) for order in (tied, tied[::-1])}
    assert len(results) == 1


def test_an_event_found_under_another_name_is_reported_beside_the_scores_which_it_leaves_alone():
    gold = doc([ent("g1", "Person", "Lê Văn Tám"), ent("g2", "Person", "Trần Văn Bình"),
                ent("g3", "Organization", "Tỉnh ủy Kon Tum"),
                ent("g4", "Event", "Thăm, chúc Tết các cơ quan, đơn vị làm nhiệm vụ dịp Tết Nguyên đán 2025"),
                ent("g5", "Event", "Hội nghị tổng kết năm 2024")],
               [rel("g1", "participated_in", "g4"), rel("g2", "participated_in", "g4"), rel("g3", "organized", "g5"),
                rel("g1", "participated_in", "g5")])
    pred = doc([ent("p1", "Person", "Lê Văn Tám"), ent("p2", "Person", "Trần Văn Bình"),
                ent("p3", "Organization", "Tỉnh ủy Kon Tum"), ent("p4", "Event", "Thăm, chúc Tết các đơn vị"),
                ent("p5", "Event", "Lễ khai mạc hội chợ")],
               [rel("p1", "participated_in", "p4"), rel("p2", "participated_in", "p4"),
                rel("p1", "participated_in", "p5")])  # only one taking part in both p5 and g5: no pair
    report = evaluate([(gold, pred)])
    assert [d.events_named_otherwise for d in report.documents] == [(
        ("Thăm, chúc Tết các đơn vị", "Thăm, chúc Tết các cơ quan, đơn vị làm nhiệm vụ dịp Tết Nguyên đán 2025", 2),)]
    assert report.to_dict()["events_named_otherwise"] == 1
    assert counts(report.by_type["Event"]) == (0, 2, 2)  # the scores are the GUIDE's, untouched
    assert "named otherwise: Thăm, chúc Tết các cơ quan" in format_errors(report)
    assert "events found but named otherwise (not a score): 1" in format_report(report)
