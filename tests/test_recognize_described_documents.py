from helpers import facts, names, run_until

from kgraph import extract


def test_a_document_named_by_its_issuer_and_subject():
    text = ("Bộ Chính trị đã ban hành Kết luận của Bộ Chính trị về lộ trình tăng tuổi nghỉ hưu; "
            "các nghị quyết của Quốc hội về kinh tế cũng được triển khai.")
    doc = run_until(text, "relations")
    assert names(doc, "Document") == {"Kết luận của Bộ Chính trị về lộ trình tăng tuổi nghỉ hưu"}
    assert ("Bộ Chính trị", "Kết luận của Bộ Chính trị về lộ trình tăng tuổi nghỉ hưu") in facts(doc, "issued")


def test_a_numbered_document_is_not_read_twice():
    doc = run_until("Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương về đất đai.", "resolve")
    assert names(doc, "Document") == {"Nghị quyết số 18-NQ/TW"}


def test_a_plan_named_after_the_document_it_carries_out():
    doc = extract("UBND tỉnh Bắc Giang ban hành Kế hoạch thực hiện Chương trình hành động số 86-CTr/TU của Tỉnh ủy.")
    issued = {(doc.entity(r.subject).name, doc.entity(r.object).name) for r in doc.relations if r.predicate == "issued"}
    assert issued == {("Ủy ban nhân dân tỉnh Bắc Giang", "Kế hoạch thực hiện Chương trình hành động số 86-CTr/TU"),
                      ("Tỉnh ủy Bắc Giang", "Chương trình hành động số 86-CTr/TU")}


def test_a_resolution_named_by_its_issuer_and_the_act_it_performs():
    doc = extract("Quốc hội xem xét Nghị quyết của Quốc hội thí điểm một số chính sách để tháo gỡ vướng mắc "
                  "trong hoạt động khoa học. Nghị quyết của Quốc hội yêu cầu các bộ thực hiện.")
    assert names(doc, "Document") == {
        "Nghị quyết của Quốc hội thí điểm một số chính sách để tháo gỡ vướng mắc trong hoạt động khoa học"}


def test_a_capitalized_type_word_and_its_subject_name_a_document():
    from helpers import names, run_until

    doc = run_until("Tại kỳ họp, HĐND tỉnh đã thông qua 15 nghị quyết, trong đó có Nghị quyết về kế hoạch đầu tư "
                    "công năm 2026. Đảng viên phải chấp hành Quy định về những điều đảng viên không được làm. "
                    "Các nghị quyết về đối tượng này được ban hành.", "resolve")
    assert names(doc, "Document") == {"Nghị quyết về kế hoạch đầu tư công năm 2026",
                                      "Quy định về những điều đảng viên không được làm"}


def test_a_personnel_resolution_an_assembly_passes_is_named_by_its_act():
    from helpers import facts, run_until

    doc = run_until("Chiều 28/11, Quốc hội đã thông qua Nghị quyết bầu ông Lê Quang Tùng, đại biểu Quốc hội tỉnh Quảng "
                    "Trị, giữ chức Tổng Thư ký Quốc hội. Quốc hội biểu quyết thông qua Nghị quyết miễn nhiệm Phó Chủ "
                    "tịch Quốc hội đối với ông Trần Văn Bình với 470 đại biểu tán thành.", "relations")
    documents = {e.name for e in doc.entities if e.type == "Document"}
    # named by whom it elects and to what, without the posts set between ("..., đại biểu Quốc hội tỉnh X, ...")
    assert documents == {"Nghị quyết bầu ông Lê Quang Tùng giữ chức Tổng Thư ký Quốc hội",
                         "Nghị quyết miễn nhiệm Phó Chủ tịch Quốc hội đối với ông Trần Văn Bình"}
    assert {("Quốc hội", d) for d in documents} <= facts(doc, "issued")
    assert ("Lê Quang Tùng", "Quốc hội", "Đại biểu Quốc hội") in facts(doc, "holds_position")


def test_a_resolution_passed_is_named_by_the_act_it_performs():
    doc = extract("Ủy ban Thường vụ Quốc hội thông qua Nghị quyết bổ sung một số cơ chế, chính sách đặc biệt đầu tư "
                  "xây dựng Dự án cảng Liên Chiểu.")
    assert "Nghị quyết bổ sung một số cơ chế, chính sách đặc biệt đầu tư xây dựng Dự án cảng Liên Chiểu" \
        in names(doc, "Document")


def test_one_resolution_described_twice_in_nearly_the_same_words_is_one_document():
    doc = extract("Quốc hội thông qua Nghị quyết của Quốc hội về thí điểm một số cơ chế, chính sách đặc thù phát "
                  "triển nhà ở xã hội. Quốc hội đã thông qua Nghị quyết thí điểm cơ chế, chính sách đặc thù phát "
                  "triển nhà ở xã hội với đa số đại biểu tán thành.")
    assert len(names(doc, "Document")) == 1


def test_resolutions_passed_at_a_session_named_with_and_without_their_numbers():
    text = ("Quốc hội thông qua hai nghị quyết\n\n"
            "Ngày 12/3, tiếp tục Kỳ họp thứ 8, Quốc hội đã biểu quyết thông qua các Nghị quyết số 45/2024/QH15 về "
            "tổ chức bộ máy của Chính phủ và Nghị quyết số 46/2024/QH15 về số lượng thành viên Chính phủ.\n"
            "Đối với Nghị quyết về tổ chức bộ máy của Chính phủ, có 460 đại biểu tán thành.")
    doc = extract(text)
    # the resolution described again by its subject is the numbered one; "các" and "hai" count several
    assert names(doc, "Document") == {"Nghị quyết số 45/2024/QH15", "Nghị quyết số 46/2024/QH15"}
    adopted = {(d, e) for d, e in facts(doc, "adopted_at")}
    assert {d for d, _ in adopted} == {"Nghị quyết số 45/2024/QH15", "Nghị quyết số 46/2024/QH15"}
    # "của Chính phủ" belongs to the subject: the QH15 resolution is the Assembly's
    issued = facts(doc, "issued")
    assert ("Quốc hội", "Nghị quyết số 45/2024/QH15") in issued
    assert not any(body == "Chính phủ" for body, _ in issued)


def test_a_resolution_a_committee_conference_passes_is_adopted_there_and_a_proposal_is_not():
    text = ("Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh lần thứ 25\n\n"
            "Ngày 12/6, Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh tổ chức Hội nghị lần thứ 25.\n"
            "Hội nghị đã biểu quyết thông qua Nghị quyết về phát triển kinh tế tập thể giai đoạn 2025 - 2030.\n"
            "Tại Hội nghị, Chủ tịch UBND tỉnh trình bày tờ trình về việc thông qua Đề án sắp xếp các trường học.")
    doc = extract(text)
    # the conference named by its number alone is the one the headline names in full
    assert names(doc, "Event") == {"Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh lần thứ 25"}
    adopted = facts(doc, "adopted_at")
    assert ("Nghị quyết về phát triển kinh tế tập thể giai đoạn 2025 - 2030",
            "Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh lần thứ 25") in adopted
    assert not any(d.startswith("Đề án") for d, _ in adopted)


def test_what_the_assembly_passes_in_an_article_about_one_session_is_adopted_there():
    text = ("Quốc hội bầu Chủ tịch nước\n\n"
            "Sáng 21/10, tại Kỳ họp thứ 8, Quốc hội khóa XV đã bầu ông Lương Cường giữ chức Chủ tịch nước.\n"
            "Quốc hội cũng đã thông qua Nghị quyết bầu Chủ tịch nước.")
    doc = extract(text)
    assert ("Quốc hội", "Nghị quyết bầu Chủ tịch nước") in facts(doc, "issued")
    assert ("Nghị quyết bầu Chủ tịch nước", "Kỳ họp thứ 8, Quốc hội khóa XV") in facts(doc, "adopted_at")
    two = extract("Tại Kỳ họp thứ 8 và Kỳ họp thứ 9, Quốc hội xem xét nhiều nội dung.\n"
                  "Quốc hội cũng đã thông qua Nghị quyết bầu Chủ tịch nước.")
    assert not facts(two, "adopted_at")  # two sessions: which one the text does not say


def test_the_documents_a_session_passes_among_a_count_are_adopted_there():
    text = ("Sáng 30/11, Quốc hội khóa XV bế mạc Kỳ họp thứ 8. Tại kỳ họp này, Quốc hội đã thông qua 18 luật và 21 "
            "nghị quyết, trong đó có Luật Công chứng (sửa đổi) và Nghị quyết về kế hoạch phát triển kinh tế - xã hội "
            "năm 2025.")
    doc = extract(text)
    adopted = {d for d, _ in facts(doc, "adopted_at")}
    assert adopted == {"Luật Công chứng (sửa đổi)", "Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2025"}
    assert {("Quốc hội", d) for d in adopted} <= facts(doc, "issued")


def test_a_decision_signed_by_a_title_is_issued_by_that_titles_body():
    doc = extract("Viện kiểm sát tổ chức công bố Quyết định của Thủ tướng Chính phủ về việc thành lập Trường Đại học "
                  "Kiểm sát Hà Nội.")
    name = "Quyết định của Thủ tướng Chính phủ về việc thành lập Trường Đại học Kiểm sát Hà Nội"
    assert facts(doc, "issued") == {("Chính phủ", name)}


def test_a_decision_signed_by_a_title_on_a_one_word_subject_is_no_document():
    doc = extract("Dự Lễ công bố Quyết định của Bộ trưởng Bộ Công an về bổ nhiệm; điều động có các đồng chí lãnh đạo.")
    assert not names(doc, "Document")


def test_a_personnel_resolution_told_again_of_him_is_the_one_told_before():
    doc = extract("Chiều 12/6, Quốc hội đã thông qua Nghị quyết phê chuẩn đề nghị của Thủ tướng về việc bổ nhiệm chức vụ "
                  "Bộ trưởng Bộ Tư pháp với ông Nguyễn Hải Ninh. Ông trở thành Bộ trưởng sau khi Quốc hội thông qua "
                  "nghị quyết phê chuẩn bổ nhiệm ông.")
    assert len(names(doc, "Document")) == 1


def test_a_described_resolutions_subject_ends_where_a_comma_opens_a_new_clause():
    doc = run_until("Theo dự thảo Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính, sau sắp xếp, "
                    "dự kiến cả nước có 34 tỉnh.", "resolve")
    assert names(doc, "Document") == {"Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính"}


def test_after_the_verb_that_passes_it_a_resolutions_of_phrase_belongs_to_its_topic():
    doc = run_until("Quốc hội đã thông qua Nghị quyết về cơ cấu tổ chức của Chính phủ nhiệm kỳ 2021 - 2026 với đa số "
                    "đại biểu tán thành.", "relations")
    assert facts(doc, "issued") == {("Quốc hội", "Nghị quyết về cơ cấu tổ chức của Chính phủ nhiệm kỳ 2021 - 2026")}


def test_a_resolution_electing_someone_with_several_posts_set_between_is_named_by_the_post_it_gives():
    doc = extract("Quốc hội thông qua nghị quyết bầu ông Lê Văn Tám, Ủy viên Bộ Chính trị, Phó Chủ tịch Thường trực Quốc "
                  "hội làm Chủ tịch Quốc hội nhiệm kỳ 2021-2026.")
    [resolution] = [e for e in doc.entities if e.type == "Document"]
    assert resolution.name == "Nghị quyết bầu ông Lê Văn Tám làm Chủ tịch Quốc hội nhiệm kỳ 2021-2026"


def test_when_a_resolution_is_passed_is_no_part_of_its_subject():
    doc = extract("Quốc hội sẽ biểu quyết thông qua Nghị quyết về hoạt động chất vấn vào cuối Kỳ họp làm cơ sở để các cơ "
                  "quan triển khai thực hiện.")
    assert {e.name for e in doc.entities if e.type == "Document"} == {"Nghị quyết về hoạt động chất vấn"}
