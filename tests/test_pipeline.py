import pytest
from helpers import SEED, facts, names

from kgraph import extract
from kgraph.document import Document
from kgraph.errors import InputError, PipelineError
from kgraph.pipeline import Pipeline


@pytest.fixture(scope="module")
def seed():
    return extract(SEED.read_text(encoding="utf-8"), doc_id="seed")


def test_extract_seed_finds_every_entity_type(seed):
    assert {"Mai Văn Chính"} <= names(seed, "Person")
    assert {"Ban Tổ chức Trung ương", "Bộ Chính trị", "Bộ Ngoại giao", "Quốc hội"} <= names(seed, "Organization")
    assert "Hướng dẫn số 17-HD/BTCTW" in names(seed, "Document")
    assert "Đại hội XIII" in names(seed, "Event")
    assert names(seed, "Location") == {"Hà Nội"}


def test_extract_seed_relations_carry_their_sentence(seed):
    assert ("Mai Văn Chính", "Ban Tổ chức Trung ương", "Phó Trưởng ban Thường trực") in facts(seed, "holds_position")
    assert ("Ban Tổ chức Trung ương", "Hướng dẫn số 17-HD/BTCTW") in facts(seed, "issued")
    conference = next(e for e in seed.entities if e.type == "Event" and e.name.startswith("Hội nghị sơ kết"))
    assert conference.attrs["date"] == "2021-06-30"
    held = next(r for r in seed.relations if r.predicate == "held_in")
    sentence = seed.text[held.start : held.end]
    assert sentence.startswith("(kontumtv.vn)") and "tại Hà Nội" in sentence


def test_extract_seed_has_no_duplicate_entities(seed):
    keys = [(e.type, e.name) for e in seed.entities]
    assert len(keys) == len(set(keys))


def test_mentions_are_spans_of_the_original_text():
    text = "Uỷ ban Kiểm tra Trung ương họp kỳ họp thứ 20. Thành uỷ Hà Nội báo cáo."
    doc = extract(text)
    for mention in doc.mentions:
        surface = doc.text[mention.start : mention.end]
        assert surface.replace("uỷ", "ủy").replace("Uỷ", "Ủy") == doc.search_text[mention.start : mention.end]
    assert "Ủy ban Kiểm tra Trung ương" in names(doc, "Organization")


@pytest.mark.parametrize("bad", ["", "   \n", None, b"bytes"])
def test_extract_rejects_empty_or_non_text(bad):
    with pytest.raises(InputError):
        extract(bad)


def test_pipeline_refuses_a_component_that_returns_something_else():
    pipeline = Pipeline([("broken", lambda doc: None)])
    with pytest.raises(PipelineError, match="broken"):
        pipeline(Document(text="x", doc_id="x"))


def test_extract_seed_states_every_predicate(seed):
    # the seed's only part_of facts are optional ones (a Party organization inside a ministry is no unit of it)
    predicates = {r.predicate for r in seed.relations}
    assert predicates == {"holds_position", "organized", "participated_in", "held_in", "issued", "adopted_at"}


def test_party_document_numbers_restart_each_term_so_the_date_is_part_of_the_identity():
    older = extract("Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 về tinh gọn bộ máy.", doc_id="a")
    newer = extract("Thực hiện Nghị quyết số 18-NQ/TW ngày 16/6/2022 về đất đai.", doc_id="b")
    [k1] = [e.key for e in older.entities if e.type == "Document"]
    [k2] = [e.key for e in newer.entities if e.type == "Document"]
    assert k1 != k2 and k1.endswith(":2017") and k2.endswith(":2022")
