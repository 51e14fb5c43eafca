from kgraph.segment import headline_start, page_furniture, split_sentences, teaser_line


def sentences(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_split_sentences_keeps_web_address_whole():
    text = "(baochinhphu.vn) - Sáng 12/3, tại Hà Nội, Bộ Nội vụ tổ chức hội nghị. Các đại biểu thảo luận."
    assert sentences(text) == [
        "(baochinhphu.vn) - Sáng 12/3, tại Hà Nội, Bộ Nội vụ tổ chức hội nghị.",
        "Các đại biểu thảo luận.",
    ]


def test_split_sentences_does_not_split_after_academic_prefix():
    text = "Phát biểu tại hội thảo, PGS.TS. Nguyễn Văn Bình nhấn mạnh vai trò của cơ sở. Hội thảo bế mạc."
    assert sentences(text)[0].endswith("vai trò của cơ sở.")
    assert len(sentences(text)) == 2


def test_split_sentences_breaks_at_lines_and_keeps_offsets():
    text = "Chú thích ảnh\nĐồng chí Lê Văn Thành phát biểu. Ảnh: TTXVN"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["Chú thích ảnh", "Đồng chí Lê Văn Thành phát biểu.", "Ảnh: TTXVN"]
    assert spans[1][0] == text.index("Đồng chí")


def test_split_sentences_keeps_document_numbers_and_dates():
    text = "Theo Nghị quyết số 18-NQ/TW ngày 16.6.2022 của Ban Chấp hành Trung ương, đất đai là nguồn lực lớn."
    assert sentences(text) == [text]


def test_split_sentences_keeps_comma_joined_academic_prefixes():
    text = "Chủ trì hội thảo gồm các đồng chí: GS,TS. Lê Văn Lợi; PGS,TS. Đinh Ngọc Giang."
    assert sentences(text) == [text]


def test_an_initial_opens_a_name_a_numeral_or_a_names_last_letter_ends_a_sentence():
    from kgraph.segment import split_sentences

    text = ("Đồng chí Lương Cường tiếp đồng chí D. Raja. Ông D. Medvedev phát biểu. Đội thi lần thứ I. "
            "Sau đó ông Trần B. Hội nghị bế mạc.")
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Đồng chí Lương Cường tiếp đồng chí D. Raja.", "Ông D. Medvedev phát biểu.", "Đội thi lần thứ I.",
        "Sau đó ông Trần B.", "Hội nghị bế mạc."]


def test_a_full_stop_glued_to_the_next_sentence_still_ends_it():
    # scraped pages often lose the space after a paragraph's last full stop
    assert sentences("Thành phố lập Ban Nội chính Thành ủy.Theo đó, ông Lê Văn Tâm làm Trưởng ban.") == [
        "Thành phố lập Ban Nội chính Thành ủy.", "Theo đó, ông Lê Văn Tâm làm Trưởng ban."]


def test_abbreviations_and_addresses_glued_to_a_capital_are_no_sentence_end():
    for text in ("Sở Tài chính TP.Hồ Chí Minh họp.", "Lễ ở Tp.Hồ Chí Minh.", "Hội nghị T.Ư 7 họp.",
                 "Xem kontumtv.vn.Trang chủ có tin."):
        assert sentences(text) == [text]


def test_a_captions_closing_bracket_glued_to_the_next_sentence_ends_it():
    text = "Lễ kỷ niệm 70 năm (07/5/1954 - 07/5/2024)Ba Phó Trưởng ban gồm: A; B. Bộ trưởng (Ảnh: V.H.)Tại buổi lễ, ông nói."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Lễ kỷ niệm 70 năm (07/5/1954 - 07/5/2024)", "Ba Phó Trưởng ban gồm: A; B.", "Bộ trưởng (Ảnh: V.H.)",
        "Tại buổi lễ, ông nói."]


def test_a_sentence_glued_to_the_last_word_of_a_caption_starts_at_its_opener():
    text = "Ảnh: VGP/Minh LươngTại buổi tiếp, Phó Thủ tướng cảm ơn. Hãng McDonald và iPhone Theo tin."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Ảnh: VGP/Minh Lương", "Tại buổi tiếp, Phó Thủ tướng cảm ơn.", "Hãng McDonald và iPhone Theo tin."]


def test_an_academicians_prefix_ends_no_sentence_and_no_event_name():
    from kgraph import extract

    doc = extract("Phó Thủ tướng Trần Văn Nam tiếp GS.VS. Nguyễn Văn Hòa\n\nChiều 28/5, Phó Thủ tướng Trần Văn Nam "
                  "đã có buổi tiếp GS.VS. Nguyễn Văn Hòa.")
    assert len(split_sentences(doc.text)) == 2
    events = {e.name for e in doc.entities if e.type == "Event"}
    assert events == {"Buổi tiếp GS.VS. Nguyễn Văn Hòa"}


def test_a_caption_glued_to_the_next_sentence_by_a_capital_inside_a_word_ends_there():
    text = "Bộ trưởng trao bằng khen cho ông Trần Văn ThắngPhát biểu tại buổi lễ, ông cảm ơn. Tàu VinSpeed chạy thử."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Bộ trưởng trao bằng khen cho ông Trần Văn Thắng", "Phát biểu tại buổi lễ, ông cảm ơn.",
        "Tàu VinSpeed chạy thử."]


def test_a_full_stop_glued_to_a_title_or_credit_in_capitals_ends_the_sentence():
    text = "Bộ trưởng làm việc với Trường Đại học Y Dược Cần Thơ.TS. Lê Văn Tám cho biết. Tin: Đảng ủy Khối.PV"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Bộ trưởng làm việc với Trường Đại học Y Dược Cần Thơ.", "TS. Lê Văn Tám cho biết.", "Tin: Đảng ủy Khối.", "PV"]
    address = "Sở Y tế TP.HCM họp, tin tại baochinhphu.vn."
    assert [address[s:e] for s, e in split_sentences(address)] == [address]


def test_a_cut_off_teaser_is_furniture_and_the_full_headline_under_it_opens_the_article():

    text = "Thủ tướng chủ trì phiên họp Chính phủ thường kỳ ...\nThủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 5\nSáng 3/6, ..."
    assert teaser_line(text) and (0, text.index("\n")) in page_furniture(text)
    assert text[headline_start(text) :].startswith("Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 5")
    other = "Thủ tướng chủ trì phiên họp ...\nBộ trưởng dự họp tại Hà Nội\nSáng 3/6, ..."  # cut off, not repeated
    assert not teaser_line(other) and headline_start(other) == 0


def test_a_half_day_opens_a_sentence_whose_full_stop_a_caption_lost():
    text = "Bộ trưởng phát biểu về dự án Luật Thủy lợi Chiều nay, 12-5, Quốc hội thảo luận. Sáng 13/5 đoàn về."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Bộ trưởng phát biểu về dự án Luật Thủy lợi", "Chiều nay, 12-5, Quốc hội thảo luận.", "Sáng 13/5 đoàn về."]
    # a given name "Sáng" is no half-day: nothing splits there
    assert len(split_sentences("Ông Nguyễn Văn Sáng phát biểu tại hội nghị.")) == 1
