from helpers import facts, names, run_until

from kgraph import extract


def test_lead_conference_with_date_and_later_reference():
    text = ("Ngày 14/3, tại Hà Nội, Ban Dân vận Trung ương tổ chức Hội nghị tổng kết công tác dân vận năm 2024, "
            "triển khai nhiệm vụ năm 2025. Phát biểu tại Hội nghị, đồng chí Bùi Thị Minh Hoài nhấn mạnh yêu cầu mới.")
    doc = run_until(text, "resolve", metadata={"published": "2025-03-14"})
    events = [e for e in doc.entities if e.type == "Event"]
    assert len(events) == 1
    assert events[0].name.startswith("Hội nghị tổng kết công tác dân vận năm 2024")
    assert events[0].attrs["date"] == "2025-03-14"
    assert len(events[0].mentions) == 2


def test_plenum_forms_share_one_identity():
    text = ("Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII đã thành công. "
            "Các nghị quyết của Hội nghị Trung ương 4 khóa XIII được quán triệt.")
    doc = run_until(text, "resolve")
    plenums = [e for e in doc.entities if e.type == "Event"]
    assert len(plenums) == 1
    assert "Hội nghị Trung ương 4 khóa XIII" in plenums[0].aliases


def test_congress_and_assembly_session_and_election():
    text = ("Thực hiện Nghị quyết Đại hội XIII của Đảng, tại Kỳ họp thứ 9, Quốc hội khóa XV đã thông qua luật. "
            "Cuộc bầu cử đại biểu Quốc hội khóa XVI diễn ra thành công.")
    doc = run_until(text, "resolve")
    found = names(doc, "Event")
    assert "Đại hội XIII" in found
    assert "Kỳ họp thứ 9, Quốc hội khóa XV" in found
    assert any(n.startswith("Bầu cử đại biểu Quốc hội khóa XVI") for n in found)


def test_generic_meeting_word_is_not_an_event():
    doc = run_until("Các cấp ủy cần tổ chức hội nghị để quán triệt nội dung.", "resolve")
    assert names(doc, "Event") == set()


def test_ceremony_head_that_names_the_act_needs_no_descriptor():
    text = ("Sáng 1/7, Bộ Y tế tổ chức Lễ công bố và trao quyết định về công tác cán bộ. "
            "Sau lễ công bố nghị quyết của Quốc hội về sắp xếp tỉnh, các đơn vị bắt đầu hoạt động.")
    doc = run_until(text, "resolve", metadata={"published": "2025-07-01"})
    found = names(doc, "Event")
    assert "Lễ công bố và trao quyết định về công tác cán bộ" in found
    assert "Lễ công bố nghị quyết của Quốc hội về sắp xếp tỉnh" in found


def test_session_named_by_its_dates():
    text = "Chiều 15/9, tại kỳ họp ngày 13-15/9, Ủy ban Kiểm tra Trung ương đã xem xét nhiều nội dung."
    doc = run_until(text, "resolve", metadata={"published": "2023-09-15"})
    [event] = [e for e in doc.entities if e.type == "Event"]
    assert event.name == "Kỳ họp ngày 13-15/9" and event.attrs["date"] == "2023-09-13"


def test_any_bodys_congress_and_later_bare_references():
    text = ("Ngày 20/7, Đảng ủy xã Tân Phú tổ chức Đại hội đại biểu Đảng bộ xã Tân Phú lần thứ I, nhiệm kỳ 2025-2030. "
            "Dự Đại hội có đồng chí Trần Văn Lâm, Bí thư Tỉnh ủy Đồng Nai. Đại hội đã bầu Ban Chấp hành mới.")
    doc = run_until(text, "resolve", metadata={"published": "2025-07-20"})
    [congress] = [e for e in doc.entities if e.type == "Event"]
    assert congress.name.startswith("Đại hội đại biểu Đảng bộ xã Tân Phú lần thứ I")
    assert len(congress.mentions) == 3 and congress.attrs["date"] == "2025-07-20"


def test_session_named_after_a_body():
    text = "Sáng 6/9, Thủ tướng Phạm Minh Chính chủ trì Phiên họp Chính phủ chuyên đề về xây dựng pháp luật tháng 9/2025."
    doc = run_until(text, "resolve", metadata={"published": "2025-09-06"})
    assert "Phiên họp Chính phủ chuyên đề về xây dựng pháp luật tháng 9/2025" in names(doc, "Event")


def test_national_congress_is_not_read_as_a_body_congress():
    doc = run_until("Chuẩn bị Đại hội Đảng toàn quốc lần thứ XIV của Đảng.", "resolve")
    assert names(doc, "Event") == {"Đại hội XIV"}


def test_congress_without_its_place_is_the_one_named_with_it():
    text = ("Đại hội đại biểu Đảng bộ tỉnh Đắk Lắk lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc. "
            "Đại hội đại biểu Đảng bộ tỉnh lần thứ I có nhiệm vụ quan trọng.")
    doc = run_until(text, "resolve")
    assert len([e for e in doc.entities if e.type == "Event"]) == 1


def test_a_bracketed_second_name_and_a_this_reference_are_the_same_session():
    text = ("Ngày 1/3, HĐND tỉnh tiến hành Kỳ họp thứ 22 (kỳ họp chuyên đề lần thứ 14) để xem xét nhiều nội dung. "
            "Kỳ họp chuyên đề lần này thông qua 5 nghị quyết. Các kỳ họp chuyên đề giúp giải quyết kịp thời vướng mắc.")
    doc = run_until(text, "resolve", metadata={"published": "2025-03-01"})
    [session] = [e for e in doc.entities if e.type == "Event"]
    assert len(session.mentions) == 3


def test_quoted_titles_and_names_that_go_on_with_a_partner():
    text = ('Sáng 29/12, Chính phủ tổ chức Hội nghị trực tuyến Chính phủ với địa phương. '
            'Chiều cùng ngày, Thành ủy Hà Nội tổ chức Hội nghị "Hà Nội 2020 - Hợp tác đầu tư và phát triển".')
    found = names(run_until(text, "resolve", metadata={"published": "2020-12-29"}), "Event")
    assert "Hội nghị trực tuyến Chính phủ với địa phương" in found
    assert 'Hội nghị "Hà Nội 2020 - Hợp tác đầu tư và phát triển"' in found


def test_sessions_and_congresses_written_in_short_or_lowercase_forms():
    text = ("Tại kỳ họp thứ 8, QH khóa 14, đại biểu thảo luận. Đại hội đại biểu Đảng bộ TP.HCM khóa 10 thành công. "
            "Mục tiêu của nhiệm kỳ Đại hội 13 là phát triển nhanh.")
    found = names(run_until(text, "resolve"), "Event")
    assert "Kỳ họp thứ 8, Quốc hội khóa 14" in found
    assert any(n.startswith("Đại hội đại biểu Đảng bộ TP.HCM khóa 10") for n in found)
    assert "Đại hội XIII" in found


def test_another_bodys_national_congress_is_not_the_partys():
    doc = run_until("Hội Sinh viên Việt Nam tổ chức Đại hội đại biểu toàn quốc lần thứ 8.", "resolve")
    assert "Đại hội VIII" not in names(doc, "Event")


def test_a_quoted_model_name_continues_the_event_and_heads_that_name_the_act():
    text = ('Chiều 25/6, Ủy ban MTTQ xã Phong Hải tổ chức Hội nghị ra mắt mô hình "Ban Công tác Mặt trận tự quản" '
            'tại Nhà văn hóa thôn 3. Sáng 26/6, đoàn đại biểu Quốc hội tổ chức tiếp xúc cử tri tại quận 5.')
    found = names(run_until(text, "resolve", metadata={"published": "2026-06-25"}), "Event")
    assert 'Hội nghị ra mắt mô hình "Ban Công tác Mặt trận tự quản"' in found
    assert "Tiếp xúc cử tri" not in found


def test_a_comma_continues_an_event_only_into_a_body_or_a_topic_list():
    text = ("Tại Hội nghị Cấp cao ASEAN mới đây, Việt Nam đặt mục tiêu mới. "
            "Ủy ban Pháp luật tổ chức Phiên giải trình về tạm giữ, tịch thu phương tiện giao thông vận tải đường bộ.")
    found = names(run_until(text, "resolve"), "Event")
    assert "Hội nghị Cấp cao ASEAN" in found
    assert "Phiên giải trình về tạm giữ, tịch thu phương tiện giao thông vận tải đường bộ" in found


def test_lowercase_meeting_after_an_opener_is_the_articles_event():
    text = ("Sáng 20/7, Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Trị tổ chức gặp mặt cựu chiến binh tiêu biểu. "
            "Dự buổi gặp mặt có các đồng chí: Lê Văn Hùng - Bí thư Tỉnh ủy; Trần Thị Mai - Phó Chủ tịch HĐND tỉnh.")
    doc = extract(text, metadata={"published": "2025-07-20"})
    [event] = [e for e in doc.entities if e.type == "Event"]
    assert event.name == "Gặp mặt cựu chiến binh tiêu biểu" and event.attrs["date"] == "2025-07-20"
    attended = {doc.entity(r.subject).name for r in doc.relations if r.predicate == "participated_in"}
    assert attended == {"Lê Văn Hùng", "Trần Thị Mai"}
    organizers = {doc.entity(r.subject).name for r in doc.relations if r.predicate == "organized"}
    assert organizers == {"Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Trị"}


def test_the_same_words_as_a_plain_verb_are_no_event():
    doc = extract("Lãnh đạo tỉnh đến thăm, gặp mặt các gia đình chính sách trên địa bàn.")
    assert not [e for e in doc.entities if e.type == "Event"]


def test_working_session_takes_its_partner_into_the_name_and_its_subject_attends():
    text = ("Chiều 3/4, Thủ tướng Phạm Minh Chính đã có buổi làm việc với Ban Thường vụ Tỉnh ủy Nghệ An. "
            "Tại buổi làm việc, đồng chí Nguyễn Đức Trung, Bí thư Tỉnh ủy Nghệ An báo cáo tình hình.")
    doc = extract(text, metadata={"published": "2025-04-03"})
    [event] = [e for e in doc.entities if e.type == "Event"]
    assert event.name == "Buổi làm việc với Ban Thường vụ Tỉnh ủy Nghệ An"
    attended = {doc.entity(r.subject).name for r in doc.relations
                if r.predicate == "participated_in" and r.object == event.id}
    assert {"Phạm Minh Chính", "Nguyễn Đức Trung", "Ban Thường vụ Tỉnh ủy Nghệ An"} <= attended


def test_a_ceremonys_name_goes_on_past_years_in_parentheses_keeps_them_as_an_alias_and_a_dash_ends_it():
    text = ("Sáng 12/5, Bệnh viện Đa khoa tỉnh Hà Tĩnh long trọng tổ chức Lễ kỷ niệm 50 năm thành lập (1975-2025) "
            "và đón nhận Huân chương Lao động hạng Ba - phần thưởng cao quý của Nhà nước.")
    doc = extract(text, metadata={"published": "2025-05-12"})
    [event] = [e for e in doc.entities if e.type == "Event"]
    assert event.name == "Lễ kỷ niệm 50 năm thành lập và đón nhận Huân chương Lao động hạng Ba"
    assert "Lễ kỷ niệm 50 năm thành lập (1975-2025) và đón nhận Huân chương Lao động hạng Ba" in event.aliases
    [organized] = [r for r in doc.relations if r.predicate == "organized"]
    assert doc.entity(organized.subject).name == "Bệnh viện Đa khoa tỉnh Hà Tĩnh"


def test_a_comma_inside_a_bodys_name_does_not_end_an_events_name():
    text = "Buổi tiếp Tổng Giám đốc Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc diễn ra tại Hà Nội."
    doc = extract(text)
    assert names(doc, "Event") == {"Buổi tiếp Tổng Giám đốc Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc"}


def test_a_headline_that_opens_with_an_events_head_names_the_event_whole():
    text = ("Gặp mặt nguyên cán bộ, chiến sĩ Đội công tác biên giới tỉnh\n\n"
            "Sáng 2/9, Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai tổ chức gặp mặt nguyên cán bộ, chiến sĩ. "
            "Dự buổi gặp mặt có đồng chí Vũ Xuân Cường, Phó Bí thư Tỉnh ủy Lào Cai.")
    doc = extract(text, metadata={"published": "2025-09-02"})
    [event] = [e for e in doc.entities if e.type == "Event"]
    assert event.name == "Gặp mặt nguyên cán bộ, chiến sĩ Đội công tác biên giới tỉnh"
    assert ("Vũ Xuân Cường", "participated_in") in {(doc.entity(r.subject).name, r.predicate)
                                                     for r in doc.relations if r.object == event.id}


def test_a_congress_named_by_number_and_by_term_is_one_event():
    text = ("Đại hội đại biểu Đảng bộ tỉnh Phú Thọ lần thứ I, nhiệm kỳ 2025-2030 khai mạc sáng nay. "
            "Đại hội Đảng bộ tỉnh Phú Thọ nhiệm kỳ 2025-2030 có 350 đại biểu dự.")
    doc = run_until(text, "resolve")
    [congress] = [e for e in doc.entities if e.type == "Event"]
    assert "Đại hội Đảng bộ tỉnh Phú Thọ nhiệm kỳ 2025-2030" in congress.aliases


def test_a_body_that_closes_a_plenum_organized_it():
    doc = extract("Ngày 19/7, Ban Chấp hành Trung ương Đảng bế mạc Hội nghị Trung ương 12 khóa XIII.")
    assert {(doc.entity(r.subject).name, r.predicate) for r in doc.relations} >= {
        ("Ban Chấp hành Trung ương Đảng", "organized")}


def test_a_capitalized_function_word_starts_a_new_sentence_a_scrape_ran_on():
    text = "Hai đơn vị phát biểu tại Lễ ký kết chương trình phối hợp Theo nội dung ký kết, hai bên cam kết hỗ trợ."
    doc = extract(text)
    assert names(doc, "Event") == {"Lễ ký kết chương trình phối hợp"}


def test_a_session_named_without_its_council_takes_the_council_that_holds_it():
    text = ("Sáng 10/7, Hội đồng nhân dân tỉnh Hà Nam khóa XIX, nhiệm kỳ 2021-2026 tổ chức Kỳ họp thứ 30. "
            "Kỳ họp thứ 30 là kỳ họp cuối cùng của nhiệm kỳ.")
    doc = run_until(text, "resolve", metadata={"published": "2025-07-10"})
    assert names(doc, "Event") == {"Kỳ họp thứ 30, Hội đồng nhân dân tỉnh Hà Nam khóa XIX"}


def test_an_abbreviations_dot_and_a_place_after_a_comma_go_on_in_an_events_name():
    text = "Buổi tiếp xúc cử tri TP. Thủ Đức, TP.HCM sau kỳ họp thứ 9 Quốc hội khóa XV diễn ra sáng nay."
    doc = run_until(text, "resolve")
    assert "Buổi tiếp xúc cử tri TP. Thủ Đức, TP.HCM sau kỳ họp thứ 9 Quốc hội khóa XV" in names(doc, "Event")


def test_a_plenum_written_with_a_lowercase_trung_uong_is_the_plenum():
    doc = run_until("Bà Nguyễn Thị Hoa bị kỷ luật tại Hội nghị trung ương 12 khóa XIII.", "resolve")
    assert names(doc, "Event") == {"Hội nghị lần thứ 12 Ban Chấp hành Trung ương Đảng khóa XIII"}


def test_a_meeting_reported_by_its_verb_is_named_and_its_parties_take_part():
    text = ("Chủ tịch nước Lương Cường hội đàm với Tổng thống Chile Gabriel Boric Font\n\n"
            "Sáng 11/11, Chủ tịch nước Lương Cường hội đàm với Tổng thống Chile Gabriel Boric Font tại Santiago. "
            "Chiều cùng ngày, Chủ tịch nước Lương Cường đã hội kiến Chủ tịch Hạ viện Karol Cariola.")
    doc = extract(text, metadata={"published": "2024-11-11"})
    events = {e.name: e for e in doc.entities if e.type == "Event"}
    talks = events["Hội đàm giữa Chủ tịch nước Lương Cường và Tổng thống Chile Gabriel Boric Font"]
    assert "Chủ tịch nước Lương Cường hội đàm với Tổng thống Chile Gabriel Boric Font" in talks.aliases
    assert talks.attrs["date"] == "2024-11-11"
    call = "Hội kiến giữa Chủ tịch nước Lương Cường và Chủ tịch Hạ viện Karol Cariola"  # both sides, as talks
    assert call in events
    attended = {(doc.entity(r.subject).name, doc.entity(r.object).name) for r in doc.relations
                if r.predicate == "participated_in"}
    assert {("Lương Cường", talks.name), ("Gabriel Boric Font", talks.name),
            ("Karol Cariola", call), ("Lương Cường", call)} <= attended


def test_a_verb_without_a_person_or_title_as_subject_is_no_meeting():
    doc = extract("Người dân tiếp Đoàn kiểm tra của tỉnh Nghệ An trong không khí vui vẻ.")
    assert not [e for e in doc.entities if e.type == "Event"]


def test_a_headlines_congress_of_a_bare_party_organization_is_the_one_named_in_full():
    text = ("Tạp chí Xây dựng tổ chức Đại hội Đảng bộ cơ quan nhiệm kỳ 2025-2030\n\n"
            "Ngày 28/6, Đại hội Đảng bộ cơ quan Tạp chí Xây dựng nhiệm kỳ 2025-2030 đã bầu đoàn đại biểu.")
    doc = run_until(text, "resolve", metadata={"published": "2025-06-28"})
    [congress] = [e for e in doc.entities if e.type == "Event"]
    assert congress.name == "Đại hội Đảng bộ cơ quan Tạp chí Xây dựng nhiệm kỳ 2025-2030"
    assert "Đại hội Đảng bộ cơ quan nhiệm kỳ 2025-2030" in congress.aliases


def test_a_voter_meeting_reported_by_its_verb_and_topic():
    text = ("Chiều 28/6, Chủ tịch nước Võ Văn Thưởng và Đoàn đại biểu Quốc hội TP Đà Nẵng tiếp xúc cử tri báo cáo "
            "kết quả kỳ họp thứ 5, Quốc hội khóa 15. Cử tri phản ánh giá điện tăng.")
    doc = extract(text, metadata={"published": "2023-06-28"})
    events = {e.name for e in doc.entities if e.type == "Event"}
    assert events == {"Tiếp xúc cử tri báo cáo kết quả kỳ họp thứ 5, Quốc hội khóa 15", "Kỳ họp thứ 5, Quốc hội khóa 15"}
    assert ("Võ Văn Thưởng", "Tiếp xúc cử tri báo cáo kết quả kỳ họp thứ 5, Quốc hội khóa 15") in {
        (doc.entity(r.subject).name, doc.entity(r.object).name) for r in doc.relations if r.predicate == "participated_in"}


def test_a_city_council_s_session_keeps_the_whole_council_name():
    doc = run_until("Sáng 10/7, tại kỳ họp thứ 18, HĐND thành phố Hải Phòng đã thông qua 20 nghị quyết.", "resolve")
    assert names(doc, "Event") == {"Kỳ họp thứ 18, Hội đồng nhân dân thành phố Hải Phòng"}
    assert "Hội đồng nhân dân thành phố Hải Phòng" in names(doc, "Organization")


def test_a_ward_party_congress_by_number_and_term_is_no_national_congress():
    text = ("Ngày 20/8, Đảng bộ phường Điện Biên, tỉnh Thanh Hóa tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ "
            "2025-2030. Đại hội đã bầu Ban Chấp hành Đảng bộ phường gồm 31 đồng chí. Đồng chí Lê Văn Tú được bầu "
            "giữ chức Bí thư Đảng ủy phường Điện Biên.")
    doc = run_until(text, "resolve")
    assert not any(e.attrs.get("key", "").startswith("party-congress") for e in doc.entities if e.type == "Event")
    assert "Đảng ủy phường Điện Biên" in names(doc, "Organization")
    assert "Ban Chấp hành Đảng bộ phường" not in names(doc, "Organization")


def test_a_voter_meeting_abbreviated_txct_in_a_headline():
    doc = extract("Đồng chí Lê Văn Thu - Bí thư Huyện ủy, Chủ tịch HĐND huyện Hoằng Hóa TXCT tại xã Hoằng Lộc\n\n"
                  "Sáng 5/12, đồng chí Lê Văn Thu trao đổi với cử tri.", metadata={"published": "2024-12-05"})
    meeting = "Buổi tiếp xúc cử tri tại xã Hoằng Lộc"
    assert meeting in {e.name for e in doc.entities if e.type == "Event"}
    assert ("Lê Văn Thu", meeting) in {(doc.entity(r.subject).name, doc.entity(r.object).name)
                                        for r in doc.relations if r.predicate == "participated_in"}
    assert (meeting, "Hoằng Lộc") in {(doc.entity(r.subject).name, doc.entity(r.object).name)
                                      for r in doc.relations if r.predicate == "held_in"}


def test_visits_reported_by_their_verb_are_events_the_visitor_takes_part_in():
    doc = extract("Từ ngày 10 đến 12/5, Chủ tịch Quốc hội Trần Thanh Mẫn thăm chính thức Nhật Bản. "
                  "Sáng 3/6, Thủ tướng Phạm Minh Chính thăm và làm việc tại tỉnh Nghệ An.",
                  metadata={"published": "2025-06-03"})
    events = {e.name for e in doc.entities if e.type == "Event"}
    # named as annotators name a visit: where it goes, then whose it is
    japan = "Chuyến thăm chính thức Nhật Bản của Chủ tịch Quốc hội Trần Thanh Mẫn"
    nghe_an = "Chuyến thăm và làm việc tại tỉnh Nghệ An của Thủ tướng Phạm Minh Chính"
    assert {japan, nghe_an} <= events
    attended = {(doc.entity(r.subject).name, doc.entity(r.object).name) for r in doc.relations
                if r.predicate == "participated_in"}
    assert {("Trần Thanh Mẫn", japan), ("Phạm Minh Chính", nghe_an)} <= attended


def test_a_meeting_that_goes_on_with_other_verbs_after_its_opener_is_one_act_named_whole():
    doc = extract("Chiều 2/11, tại Trung tâm Hội nghị tỉnh, Bí thư Tỉnh ủy Hoàng Văn Hùng đã có buổi gặp mặt, "
                  "động viên Đoàn học sinh thành phố Kazan, Liên bang Nga do ông Ivanov Petr làm Trưởng đoàn. "
                  "Dự buổi gặp mặt có đồng chí Lò Văn Sáu, Phó Chủ tịch UBND tỉnh.",
                  metadata={"published": "2025-11-02"})
    meeting = "Buổi gặp mặt, động viên Đoàn học sinh thành phố Kazan, Liên bang Nga"
    assert meeting in {e.name for e in doc.entities if e.type == "Event"}
    attended = {(doc.entity(r.subject).name, doc.entity(r.object).name) for r in doc.relations
                if r.predicate == "participated_in"}
    assert {("Hoàng Văn Hùng", meeting), ("Lò Văn Sáu", meeting)} <= attended


def test_a_headlines_commas_belong_to_its_title_chain_not_to_a_clause():
    doc = extract("Phó Bí thư Đảng ủy MTTQ, các đoàn thể Trung ương Ngô Văn Hòa làm việc với Ủy ban MTTQ tỉnh "
                  "Thái Nguyên\nSáng 2/11, đoàn công tác đến xã Đồng Hỷ.")
    [meeting] = [e for e in doc.entities if e.type == "Event"]
    assert ("Phó Bí thư Đảng ủy MTTQ, các đoàn thể Trung ương Ngô Văn Hòa làm việc với Ủy ban MTTQ tỉnh "
            "Thái Nguyên") in meeting.aliases


def test_a_numbered_meeting_of_a_body_written_in_lower_case_is_named_and_ends_with_the_body():
    doc = extract("Tại phiên họp thứ hai của Ban Chỉ đạo quốc gia về phòng, chống thiên tai, Phó Thủ tướng "
                  "Trần Hồng Hà phát biểu chỉ đạo.")
    events = {e.name for e in doc.entities if e.type == "Event"}
    assert events == {"Phiên họp thứ hai của Ban Chỉ đạo quốc gia về phòng, chống thiên tai"}
    attended = {(doc.entity(r.subject).name, doc.entity(r.object).name) for r in doc.relations
                if r.predicate == "participated_in"}
    assert ("Trần Hồng Hà", next(iter(events))) in attended


def test_an_event_name_goes_on_after_a_comma_with_a_second_act_or_a_paired_field():
    from helpers import run_until

    doc = run_until("Sáng 5/6, Bệnh viện Đa khoa tỉnh Nghệ An tổ chức Lễ kỷ niệm 60 năm thành lập, đón nhận Huân chương Lao "
                    "động hạng Nhất. Ngày 28/5, Tòa án nhân dân tỉnh tổ chức Hội nghị tập huấn chuyên môn, nghiệp vụ năm "
                    "2025.", "resolve")
    assert {e.name for e in doc.entities if e.type == "Event"} == {
        "Lễ kỷ niệm 60 năm thành lập, đón nhận Huân chương Lao động hạng Nhất",
        "Hội nghị tập huấn chuyên môn, nghiệp vụ năm 2025"}


def test_ceremonies_and_gatherings_named_by_their_heads():
    from helpers import run_until

    doc = run_until("Sáng 18/11, Ủy ban MTTQ Việt Nam xã Tân Lập tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025. "
                    "Chiều 5/4, Thành đoàn Hà Nội tổ chức Lễ dâng hương tưởng niệm các Vua Hùng. Sáng 2/9, Ban Quản lý "
                    "Lăng tổ chức Lễ thượng cờ mừng Quốc khánh, hướng tới 20 năm Ngày hội Toàn dân bảo vệ An ninh Tổ "
                    "quốc.", "resolve")
    assert {e.name for e in doc.entities if e.type == "Event"} == {
        "Ngày hội Đại đoàn kết toàn dân tộc năm 2025", "Lễ dâng hương tưởng niệm các Vua Hùng",
        "Lễ thượng cờ mừng Quốc khánh"}


def test_a_lowercase_head_named_by_a_quoted_title_or_a_regular_session_of_a_body():
    doc = run_until('Phát biểu tại hội thảo "Đổi mới tư duy lập pháp" sáng 2/2, ông Lê Văn Hà nêu ý kiến. Trong phiên '
                    "họp Chính phủ thường kỳ tháng 3-2026, các bộ báo cáo tình hình. Tại phiên họp Quốc hội, đại biểu "
                    "thảo luận.", "resolve")
    events = names(doc, "Event")
    assert {'Hội thảo "Đổi mới tư duy lập pháp"', "Phiên họp Chính phủ thường kỳ tháng 3-2026"} <= events
    assert not any(e.startswith("Phiên họp Quốc hội") for e in events)  # no number, month or kind: not one session


def test_fairs_and_summit_meetings_are_events():
    doc = run_until("Hội chợ mùa Thu 2025 diễn ra tại Hà Nội. Hai nhà lãnh đạo dự Cuộc gặp cấp cao giữa hai Đảng tại "
                    "Viêng Chăn.", "resolve")
    assert {"Hội chợ mùa Thu 2025", "Cuộc gặp cấp cao giữa hai Đảng"} <= names(doc, "Event")


_POINTS_AT_THE_MEETING = ("Sáng 3/3, đồng chí Nguyễn Văn Hùng, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy chủ trì hội nghị.\n\n"
                          "Dự hội nghị có các đồng chí: Trần Minh Tâm, Phó Bí thư Tỉnh ủy; Lê Thị Hoa, Chủ tịch "
                          "Hội Liên hiệp Phụ nữ tỉnh.\n")


def test_a_headline_names_the_meeting_the_text_only_points_at():
    doc = extract("Thông qua báo cáo tổng kết công tác kiểm tra năm 2025\n\n" + _POINTS_AT_THE_MEETING)
    event = "Hội nghị thông qua báo cáo tổng kết công tác kiểm tra năm 2025"
    assert names(doc, "Event") == {event}
    attended = {doc.entity(r.subject).name for r in doc.relations
                if r.predicate == "participated_in" and doc.entity(r.object).name == event}
    assert {"Trần Minh Tâm", "Lê Thị Hoa"} <= attended


def test_the_body_that_opens_a_headline_is_not_part_of_the_meetings_name():
    doc = extract("Bộ Nội vụ triển khai kiểm tra công tác cán bộ tại tỉnh Lào Cai\n\n" + _POINTS_AT_THE_MEETING)
    assert names(doc, "Event") == {"Hội nghị triển khai kiểm tra công tác cán bộ tại tỉnh Lào Cai"}


def test_a_headline_about_something_else_names_no_meeting():
    doc = extract("Ông Trần Minh Tâm giữ chức Bí thư Tỉnh ủy Lào Cai\n\n" + _POINTS_AT_THE_MEETING)
    assert names(doc, "Event") == set()


def test_a_meeting_pointed_at_once_is_not_named_from_the_headline():
    doc = extract("Thông qua báo cáo tổng kết công tác kiểm tra năm 2025\n\n"
                  "Dự hội nghị có đồng chí Trần Minh Tâm, Phó Bí thư Tỉnh ủy.\n")
    assert names(doc, "Event") == set()


def test_a_ceremony_held_without_its_head_is_named_with_it():
    doc = extract("Chiều 5/3, Sở Nội vụ tỉnh Lào Cai tổ chức công bố quyết định về công tác cán bộ. Dự buổi lễ có "
                  "ông Nguyễn Văn Hải, Giám đốc Sở Nội vụ tỉnh Lào Cai.")
    event = "Lễ công bố quyết định về công tác cán bộ"
    assert names(doc, "Event") == {event}
    facts = {(doc.entity(r.subject).name, r.predicate) for r in doc.relations if doc.entity(r.object).name == event}
    assert {("Sở Nội vụ tỉnh Lào Cai", "organized"), ("Nguyễn Văn Hải", "participated_in")} <= facts


def test_work_a_body_organizes_is_no_event():
    doc = extract("Năm nay, Sở Nội vụ tỉnh Lào Cai tổ chức sơ kết 6 tháng và tổ chức triển khai nhiệm vụ.")
    assert names(doc, "Event") == set()


def _held(doc, event: str) -> set[tuple[str, str]]:
    return {(doc.entity(r.subject).name, r.predicate) for r in doc.relations if doc.entity(r.object).name == event}


def test_a_body_that_meets_in_a_numbered_session_holds_it():
    doc = extract("Ủy ban Thường vụ Quốc hội hôm nay họp phiên thứ 54 xem xét báo cáo công tác dân nguyện. "
                  "Phó Chủ tịch Quốc hội Nguyễn Văn Bình điều hành phiên họp.")
    event = "Phiên họp thứ 54 của Ủy ban Thường vụ Quốc hội"
    assert names(doc, "Event") == {event}
    assert {("Ủy ban Thường vụ Quốc hội", "organized"), ("Nguyễn Văn Bình", "participated_in")} <= _held(doc, event)


def test_a_bodys_meeting_chaired_in_a_headline_is_named_with_its_topic():
    doc = extract("Chủ trì họp Thường trực Chính phủ về tình hình kinh tế tháng 1\n\nSáng 3/2, Thủ tướng Phạm "
                  "Minh Chính chủ trì cuộc họp.")
    event = "Cuộc họp Thường trực Chính phủ về tình hình kinh tế tháng 1"
    assert event in names(doc, "Event")
    assert ("Thường trực Chính phủ", "organized") in _held(doc, event)


def test_a_working_session_pointed_at_with_its_partner_is_named():
    doc = extract("Sáng 5/11, Thủ tướng Phạm Minh Chính đã nghe lãnh đạo tỉnh Nam Định báo cáo. Thủ tướng Phạm Minh "
                  "Chính phát biểu tại cuộc làm việc với lãnh đạo tỉnh Nam Định.")
    event = "Cuộc làm việc với lãnh đạo tỉnh Nam Định"
    assert names(doc, "Event") == {event}
    assert ("Phạm Minh Chính", "participated_in") in _held(doc, event)


def test_a_working_session_pointed_at_alone_names_nothing():
    doc = extract("Thủ tướng Phạm Minh Chính phát biểu tại cuộc làm việc.")
    assert names(doc, "Event") == set()


def test_talks_between_two_people_are_named_with_both_and_both_take_part():
    doc = extract("Tại cuộc hội đàm giữa đồng chí Lê Văn An với đồng chí Vương Nghị, hai bên nhất trí tăng cường "
                  "hợp tác.")
    event = "Cuộc hội đàm giữa đồng chí Lê Văn An với đồng chí Vương Nghị"
    assert names(doc, "Event") == {event}
    assert _held(doc, event) == {("Lê Văn An", "participated_in"), ("Vương Nghị", "participated_in")}


def test_talks_told_by_the_verb_and_named_again_are_one_event():
    doc = extract("Chiều 10/3, Chủ tịch nước Lê Văn An hội đàm với Chủ tịch Quốc hội Lào Xaysomphone Phomvihane. "
                  "Tại cuộc hội đàm giữa đồng chí Lê Văn An với đồng chí Xaysomphone Phomvihane, hai bên nhất trí "
                  "tăng cường hợp tác.")
    assert len(names(doc, "Event")) == 1


def test_talks_between_other_people_stay_apart():
    doc = extract("Chiều 10/3, Chủ tịch nước Lê Văn An hội đàm với Chủ tịch Quốc hội Lào Xaysomphone Phomvihane. "
                  "Tại cuộc hội đàm giữa đồng chí Trần Văn Bình với đồng chí Xaysomphone Phomvihane, hai bên nhất "
                  "trí tăng cường hợp tác.")
    assert len(names(doc, "Event")) == 2


def test_a_summit_named_before_o_and_a_place_ends_there_and_is_held_there():
    doc = extract("Thủ tướng Phạm Minh Chính dự Hội nghị cấp cao ASEAN lần thứ 46 ở Kuala Lumpur.")
    event = "Hội nghị cấp cao ASEAN lần thứ 46"
    assert names(doc, "Event") == {event}
    assert ("Kuala Lumpur", "held_in") in {(doc.entity(r.object).name, r.predicate) for r in doc.relations
                                           if doc.entity(r.subject).name == event}


def test_a_conference_named_at_o_and_a_lowercase_word_goes_on():
    doc = extract("Hội thảo về phát triển kinh tế ở vùng sâu, vùng xa diễn ra tại Hà Nội.")
    assert names(doc, "Event") == {"Hội thảo về phát triển kinh tế ở vùng sâu, vùng xa"}


def test_an_abbreviation_with_a_plus_inside_a_conference_name_keeps_the_name_going():
    doc = extract("Đại tướng Phan Văn Giang tham dự hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng (ADMM+) "
                  "lần thứ 11 diễn ra tại Viêng Chăn.")
    assert "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng (ADMM+) lần thứ 11" in names(doc, "Event")


def test_a_bodys_congress_named_by_the_body_alone_is_an_event_its_guest_attends():
    doc = extract("Đồng chí Chu Thị Lan, Chủ tịch Hội Nông dân tỉnh dự và chỉ đạo Đại hội đại biểu Hội Nông dân xã "
                  "Tả Van.")
    event = "Đại hội đại biểu Hội Nông dân xã Tả Van"
    assert names(doc, "Event") == {event}
    assert ("Chu Thị Lan", "participated_in") in _held(doc, event)


def test_a_bodys_congress_named_again_without_its_number_is_the_numbered_one():
    doc = extract("Hội Nông dân xã Tả Van tổ chức Đại hội đại biểu Hội Nông dân xã Tả Van lần thứ III, nhiệm kỳ "
                  "2025-2030. Bà Lò Thị Mai dự Đại hội đại biểu Hội Nông dân xã Tả Van.")
    assert names(doc, "Event") == {"Đại hội đại biểu Hội Nông dân xã Tả Van lần thứ III, nhiệm kỳ 2025-2030"}


def test_the_partys_congress_named_bare_is_no_bodys_congress():
    doc = extract("Các đại biểu góp ý vào văn kiện Đại hội Đảng.")
    assert names(doc, "Event") == set()


def test_an_emulation_congress_is_named_with_its_period_and_body_and_held_by_it():
    doc = extract("Sáng 12/6, Cục Hậu cần tổ chức Đại hội Thi đua Quyết thắng giai đoạn 2019-2024. Thượng tướng "
                  "Lê Văn Nam dự Đại hội Thi đua Quyết thắng giai đoạn 2019-2024 của Cục Hậu cần.")
    event = "Đại hội Thi đua Quyết thắng giai đoạn 2019-2024 của Cục Hậu cần"
    assert names(doc, "Event") == {event}
    assert {("Cục Hậu cần", "organized"), ("Lê Văn Nam", "participated_in")} <= _held(doc, event)


def test_a_numbered_congress_cut_short_inside_a_committees_name_is_the_numbered_one():
    doc = extract("Tỉnh tổ chức Đại hội Thi đua yêu nước tỉnh Bến Tre lần thứ I. Thành viên Ban Tổ chức Đại hội Thi "
                  "đua yêu nước tỉnh đến dự.")
    assert names(doc, "Event") == {"Đại hội Thi đua yêu nước tỉnh Bến Tre lần thứ I"}


def test_the_guest_a_welcome_ceremony_is_named_after_takes_part_with_its_host():
    doc = extract("Chiều nay, Đại tướng Phan Văn Giang đã chủ trì lễ đón Bộ trưởng Quốc phòng Úc Richard Marles.")
    event = "Lễ đón Bộ trưởng Quốc phòng Úc Richard Marles"
    assert _held(doc, event) == {("Phan Văn Giang", "participated_in"), ("Richard Marles", "participated_in")}


def test_a_meeting_verb_written_with_two_spaces_is_still_the_verb():
    doc = extract("Thủ tướng Phạm Minh Chính làm việc  với Ủy ban nhân dân tỉnh Quảng Ninh.")
    assert "Buổi làm việc của Thủ tướng Phạm Minh Chính với Ủy ban nhân dân tỉnh Quảng Ninh" in names(doc, "Event")


def test_an_event_counted_by_buoi_and_retold_in_fewer_words_is_the_one_named():
    text = ("Sáng 3/4, tại Hà Nội, Chủ tịch nước chủ trì lễ công bố và trao quyết định bổ nhiệm Thứ trưởng Bộ Ngoại "
            "giao. Dự buổi lễ có ông Lê Văn Hùng, Phó Chủ tịch Quốc hội.\n"
            "Chủ tịch nước phát biểu tại buổi lễ trao quyết định\n"
            "Ông Lê Văn Hùng dự buổi lễ khánh thành trụ sở mới.")
    doc = extract(text)
    events = names(doc, "Event")
    assert any(e.startswith("Lễ công bố và trao quyết định") for e in events)
    assert not any(e.casefold().startswith("buổi lễ trao") for e in events)
    # other words after "buổi lễ" are another ceremony
    assert any(e.casefold().startswith("buổi lễ khánh thành") or e.startswith("Lễ khánh thành") for e in events)


def test_the_act_a_headline_reports_and_the_lead_retells_is_the_articles_event():
    text = ("Chủ tịch UBND tỉnh Long An viếng, dâng hương tại Khu tưởng niệm Chủ tịch Tôn Đức Thắng\n\n"
            "Sáng 20/8, Chủ tịch UBND tỉnh Long An Nguyễn Văn Út dẫn đầu đoàn công tác đến viếng, dâng hương tại "
            "Khu tưởng niệm Chủ tịch Tôn Đức Thắng. Cùng đi có ông Lê Văn Sáu, Phó Chủ tịch UBND tỉnh Long An.")
    doc = extract(text)
    event = "Viếng, dâng hương tại Khu tưởng niệm Chủ tịch Tôn Đức Thắng"
    assert event in names(doc, "Event")
    went = _held(doc, event)
    assert ("Nguyễn Văn Út", "participated_in") in went
    assert ("Tôn Đức Thắng", "participated_in") not in went  # the one honored, named after the act


def test_a_headline_act_the_lead_does_not_retell_and_a_visit_no_headline_reports_name_no_event():
    untold = ("Bí thư Tỉnh ủy chúc mừng Tòa Giám mục Thái Bình\n\n"
              "Tỉnh Thái Bình có nhiều giáo xứ. Các linh mục tham gia phong trào thi đua.")
    assert not names(extract(untold), "Event")
    visit = ("Long An hỗ trợ người dân sau bão\n\n"
             "Sáng 2/10, ông Lê Văn Sáu, Phó Chủ tịch UBND tỉnh Long An đến thăm, tặng quà các gia đình bà "
             "Trần Thị Hoa ở xã Tân Lập.")
    assert not names(extract(visit), "Event")


def test_a_visit_the_headline_reports_and_the_lead_retells_is_the_articles_event():
    text = ("Bí thư Tỉnh ủy thăm, động viên cán bộ, chiến sĩ Lữ đoàn 125\n"
            "Sáng 3/4, ông Lê Văn Sáu, Bí thư Tỉnh ủy Long An đã đến thăm, động viên cán bộ, chiến sĩ Lữ đoàn 125. "
            "Cùng đi có ông Trần Văn Bảy, Phó Chủ tịch UBND tỉnh Long An.")
    doc = extract(text)
    visit = "Thăm, động viên cán bộ, chiến sĩ Lữ đoàn 125"
    assert names(doc, "Event") == {visit}
    went = _held(doc, visit)
    assert {("Lê Văn Sáu", "participated_in"), ("Trần Văn Bảy", "participated_in")} <= went
    # the lead may retell the last of the headline's acts alone ("thăm chúc mừng" told as "chúc mừng")
    wish = extract("Bí thư Thành ủy Long Xuyên thăm chúc mừng Giáng sinh các giáo xứ\n"
                   "Ngày 24/12, ông Trần Văn Bình, Bí thư Thành ủy Long Xuyên chúc mừng Giáng sinh các giáo xứ trên "
                   "địa bàn.")
    assert ("Trần Văn Bình", "Thăm chúc mừng Giáng sinh các giáo xứ") in facts(wish, "participated_in")
    # a visit that goes on to a working meeting is that meeting, named once
    work = extract("Bộ trưởng Lê Văn Tám thăm, làm việc với Bộ Tư lệnh Quân khu 7\n"
                   "Sáng 5/6, Bộ trưởng Lê Văn Tám đã đến thăm và làm việc với Bộ Tư lệnh Quân khu 7.")
    assert [e for e in names(work, "Event") if e.casefold().startswith("thăm")] == []


def test_a_lowercase_congress_after_a_cue_refers_to_the_congress_named():
    text = ("Ngày 2/11, Hội Nông dân tỉnh Cà Mau tổ chức Đại hội đại biểu Hội Nông dân tỉnh Cà Mau lần thứ X. "
            "Tỉnh cũng chuẩn bị Đại hội Đảng bộ tỉnh lần thứ I.\n"
            "Tại đại hội, ông Ngô Văn Thắng, Phó Chủ tịch UBND tỉnh Cà Mau báo cáo kết quả thi đua.")
    doc = extract(text)
    assert ("Ngô Văn Thắng", "participated_in") in _held(doc, "Đại hội đại biểu Hội Nông dân tỉnh Cà Mau lần thứ X")


def test_a_body_that_meets_in_its_numbered_session_organizes_it():
    doc = extract("Từ ngày 14 đến 16/10, tại Hà Nội, Ủy ban Kiểm tra Trung ương đã họp Kỳ họp thứ 50 dưới sự chủ trì "
                  "của đồng chí Trần Cẩm Tú. Tại cuộc họp, các đại biểu thảo luận.")
    assert ("Ủy ban Kiểm tra Trung ương", "organized") in _held(doc, "Kỳ họp thứ 50")


def test_a_lead_that_opens_with_where_holds_the_congress_it_then_names():
    doc = extract("Sáng 18/7, tại Trung tâm Hội nghị tỉnh, Hội Cựu chiến binh tỉnh Nghệ An long trọng tổ chức Đại hội "
                  "đại biểu lần thứ VII, nhiệm kỳ 2022 - 2027. Đồng chí Nguyễn Sỹ Hội được bầu làm Chủ tịch.")
    congress = next(e.name for e in doc.entities if e.type == "Event")
    assert ("Trung tâm Hội nghị tỉnh", "held_in") not in _held(doc, congress)  # a place is no subject
    assert (congress, "Trung tâm Hội nghị tỉnh") in {(doc.entity(r.subject).name, doc.entity(r.object).name)
                                                    for r in doc.relations if r.predicate == "held_in"}


def test_a_congress_named_by_its_number_is_its_holders_unless_the_article_names_it():
    held = extract("Hội Nông dân tỉnh Bắc Giang tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2023 - 2028.")
    assert names(held, "Event") == {"Đại hội đại biểu Hội Nông dân tỉnh Bắc Giang lần thứ X, nhiệm kỳ 2023 - 2028"}
    assert ("Hội Nông dân tỉnh Bắc Giang", "organized") in _held(
        held, "Đại hội đại biểu Hội Nông dân tỉnh Bắc Giang lần thứ X, nhiệm kỳ 2023 - 2028")
    headed = extract("Đại hội Hội Nông dân tỉnh Bắc Giang lần thứ X\n\n"
                     "Sáng 2/8, Hội Nông dân tỉnh Bắc Giang tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2023 - 2028.")
    assert names(headed, "Event") == {"Đại hội Hội Nông dân tỉnh Bắc Giang lần thứ X"}


def test_the_act_a_headline_tells_and_the_lead_tells_again_is_one_event():
    text = ("Chủ tịch Quốc hội tiếp Trưởng Đại diện UNICEF tại Việt Nam\n\n"
            "Chiều 20/5, tại Nhà Quốc hội, Chủ tịch Quốc hội Trần Thanh Mẫn đã tiếp bà Silvia Danailov, Trưởng Đại "
            "diện Quỹ Nhi đồng Liên hợp quốc (UNICEF) tại Việt Nam. Tham dự buổi tiếp có Phó Chủ tịch Quốc hội "
            "Nguyễn Thị Thanh.")
    doc = extract(text)
    receptions = [e for e in doc.entities if e.type == "Event"]
    assert len(receptions) == 1
    went = _held(doc, receptions[0].name)
    assert {("Trần Thanh Mẫn", "participated_in"), ("Silvia Danailov", "participated_in"),
            ("Nguyễn Thị Thanh", "participated_in")} <= went


def test_the_hosts_listed_after_a_visiting_delegation_take_part():
    text = ("Ngày 15/3, Đoàn công tác của Ban Tổ chức Trung ương do đồng chí Lê Minh Hưng làm trưởng đoàn đã có buổi "
            "làm việc với Ban Thường vụ Tỉnh ủy Thanh Hóa. Tiếp và làm việc với đoàn có đồng chí Nguyễn Doãn Anh, "
            "Bí thư Tỉnh ủy Thanh Hóa; đồng chí Đỗ Minh Tuấn, Chủ tịch UBND tỉnh Thanh Hóa.")
    doc = extract(text)
    attended = {p for p, _ in facts(doc, "participated_in")}
    assert {"Lê Minh Hưng", "Nguyễn Doãn Anh", "Đỗ Minh Tuấn"} <= attended


def test_a_body_that_meets_to_consider_a_case_holds_a_meeting_its_subject_does_not_attend():
    doc = extract("Ngày 20/8, dưới sự chủ trì của Tổng Bí thư Tô Lâm, Bộ Chính trị đã họp xem xét, thi hành kỷ luật "
                  "đối với ông Nguyễn Thanh Long, nguyên Ủy viên Ban Chấp hành Trung ương Đảng, nguyên Bộ trưởng Bộ Y tế.")
    meeting = "Cuộc họp của Bộ Chính trị"
    assert meeting in names(doc, "Event")
    went = _held(doc, meeting)
    assert {("Bộ Chính trị", "organized"), ("Tô Lâm", "participated_in")} <= went
    assert ("Nguyễn Thanh Long", "participated_in") not in went
    # both former posts of the chain
    assert {("Nguyễn Thanh Long", "Ban Chấp hành Trung ương Đảng", "Ủy viên"),
            ("Nguyễn Thanh Long", "Bộ Y tế", "Bộ trưởng")} <= facts(doc, "holds_position")


def test_a_guests_visit_is_theirs_not_the_hosts_and_held_where_its_name_says():
    text = ("Chiều 26/8, tại Trụ sở Trung ương Đảng, đồng chí Lương Cường, Thường trực Ban Bí thư đã tiếp đồng chí "
            "D. Raja, Tổng Bí thư Đảng Cộng sản Ấn Độ đang thăm và làm việc tại Việt Nam.")
    doc = extract(text)
    visit = next(e.name for e in doc.entities if e.type == "Event" and e.name.startswith("Chuyến thăm"))
    assert "Lương Cường" not in visit and "Thường trực" not in visit and visit.endswith("D. Raja")
    held = facts(doc, "held_in")
    assert (visit, "Việt Nam") in held
    reception = next(e.name for e in doc.entities if e.type == "Event" and e.name.startswith("Buổi tiếp"))
    assert (reception, "Việt Nam") not in held and (reception, "Trụ sở Trung ương Đảng") in held


def test_a_body_that_meets_then_a_comma_and_what_it_considers_holds_a_meeting():
    doc = extract("Ngày 10/5, Ban Bí thư đã họp, xem xét, thi hành kỷ luật đối với Ban cán sự đảng Bộ Giáo dục và "
                  "Đào tạo nhiệm kỳ 2016 - 2021.")
    assert ("Ban Bí thư", "organized") in _held(doc, "Cuộc họp của Ban Bí thư")


def test_a_conference_the_headline_names_short_and_the_lead_in_full_is_one():
    text = ("Thủ tướng chủ trì Hội nghị Chính phủ với các địa phương\n\n"
            "Sáng 5/1, tại trụ sở Chính phủ, Thủ tướng Phạm Minh Chính chủ trì Hội nghị trực tuyến Chính phủ với các "
            "địa phương triển khai nhiệm vụ năm 2025. Tham dự hội nghị có Tổng Bí thư Tô Lâm.")
    doc = extract(text)
    conferences = [e for e in doc.entities if e.type == "Event"]
    assert len(conferences) == 1
    assert {("Phạm Minh Chính", "participated_in"), ("Tô Lâm", "participated_in")} <= _held(doc, conferences[0].name)


def test_the_central_committee_holds_its_plenum_named_by_number():
    doc = extract("Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết Hội nghị Trung ương 10 khóa XIII. "
                  "Tại Hội nghị Trung ương 10 khóa XIII, Ban Chấp hành Trung ương Đảng đã thảo luận nhiều nội dung.")
    plenum = next(e.name for e in doc.entities if e.type == "Event" and "10" in e.name and "quán triệt" not in e.name)
    assert ("Ban Chấp hành Trung ương Đảng", "organized") in _held(doc, plenum)


def test_a_delegation_led_by_someone_makes_the_visit_not_its_leaders_post():
    doc = extract("Từ ngày 10 đến 13/6, Đoàn đại biểu cấp cao Đảng Cộng sản Việt Nam do đồng chí Lê Hoài Trung, "
                  "Bí thư Trung ương Đảng, Trưởng Ban Đối ngoại Trung ương làm Trưởng đoàn đã thăm và làm việc tại Lào.")
    visit = next(e.name for e in doc.entities if e.type == "Event")
    assert visit == "Chuyến thăm và làm việc tại Lào của Đoàn đại biểu cấp cao Đảng Cộng sản Việt Nam"
    assert ("Lê Hoài Trung", "participated_in") in _held(doc, visit)


def test_a_visit_to_a_state_named_formally_and_to_a_second_country_with_its_delegation():
    text = ("Chủ tịch Quốc hội Trần Thanh Mẫn lên đường thăm chính thức Cộng hòa Singapore và Nhật Bản\n\n"
            "Đoàn đại biểu tháp tùng Chủ tịch Quốc hội có: Chủ nhiệm Ủy ban Đối ngoại của Quốc hội Vũ Hải Hà; "
            "Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt.")
    doc = extract(text)
    visit = "Chuyến thăm chính thức Cộng hòa Singapore và Nhật Bản của Chủ tịch Quốc hội Trần Thanh Mẫn"
    assert visit in names(doc, "Event")
    went = _held(doc, visit)
    assert {("Trần Thanh Mẫn", "participated_in"), ("Vũ Hải Hà", "participated_in"),
            ("Đỗ Hùng Việt", "participated_in")} <= went
    assert {(visit, "Singapore"), (visit, "Nhật Bản")} <= facts(doc, "held_in")


def test_a_headline_handing_over_a_decision_is_the_articles_event():
    doc = extract("Trao quyết định bổ nhiệm Giám đốc Sở Y tế tỉnh Nam Định\n\nChiều 3/6, tại trụ sở UBND tỉnh Nam Định, "
                  "Chủ tịch UBND tỉnh Trần Văn An trao quyết định bổ nhiệm Giám đốc Sở Y tế cho ông Lê Văn Bình.\n"
                  "Phát biểu giao nhiệm vụ, ông An chúc mừng ông Bình.")
    event = "Trao quyết định bổ nhiệm Giám đốc Sở Y tế tỉnh Nam Định"
    assert names(doc, "Event") == {event}
    assert facts(doc, "participated_in") == {("Trần Văn An", event), ("Lê Văn Bình", event)}


def test_a_headline_act_the_lead_names_as_a_ceremony_is_that_ceremony():
    doc = extract("Trao quyết định bổ nhiệm Thứ trưởng Bộ Y tế\n\nNgày 3/6, Bộ Y tế tổ chức Lễ công bố Quyết định số "
                  "809/QĐ-TTg của Thủ tướng Chính phủ về việc bổ nhiệm ông Lê Văn Bình giữ chức Thứ trưởng Bộ Y tế. "
                  "Phó Thủ tướng Trần Văn An đã tới dự và trao quyết định cho ông Lê Văn Bình.")
    assert len(names(doc, "Event")) == 1
    assert next(iter(names(doc, "Event"))).startswith("Lễ công bố Quyết định")


def test_an_assembly_sitting_in_plenary_holds_a_plenary_session_its_chair_takes_part_in():
    doc = extract("Quốc hội thảo luận về kinh tế - xã hội\n\nNgày 30-5-2013, Quốc hội họp phiên toàn thể tại hội trường "
                  "thảo luận về kinh tế - xã hội.\nPhó Chủ tịch Quốc hội Trần Văn An điều khiển phiên họp.")
    event = "Phiên họp toàn thể của Quốc hội"
    assert names(doc, "Event") == {event}
    assert facts(doc, "organized") == {("Quốc hội", event)}
    assert facts(doc, "participated_in") == {("Trần Văn An", event)}


def test_a_bodys_congress_written_in_lower_case_is_named_like_a_capitalized_one():
    doc = extract("Ngày 24/5, tại Hà Nội diễn ra đại hội đại biểu toàn quốc Hội hữu nghị Việt Nam- Canada. Ông Lê An "
                  "dự Đại hội Đại biểu Toàn quốc Hội hữu nghị Việt Nam-Canada.")
    event = "Đại hội đại biểu toàn quốc Hội hữu nghị Việt Nam - Canada"
    assert names(doc, "Event") == {event}
    assert facts(doc, "organized") == {("Hội hữu nghị Việt Nam - Canada", event)}
    assert facts(doc, "held_in") == {(event, "Hà Nội")}


def test_a_numbered_party_congress_in_lower_case_and_who_is_reelected_at_it():
    doc = extract("Tại đại hội đại biểu Đảng bộ tỉnh Nghệ An khóa 18, nhiệm kỳ 2015 - 2020, ông Trần Văn Phong tái cử "
                  "Phó Bí thư Tỉnh ủy Nghệ An.")
    event = "Đại hội đại biểu Đảng bộ tỉnh Nghệ An khóa 18, nhiệm kỳ 2015 - 2020"
    assert names(doc, "Event") == {event}
    assert facts(doc, "participated_in") == {("Trần Văn Phong", event)}
    assert facts(doc, "holds_position") == {("Trần Văn Phong", "Tỉnh ủy Nghệ An", "Phó Bí thư")}


def test_congresses_at_every_level_in_lower_case_are_no_one_congress():
    doc = extract("Tỉnh ủy chỉ đạo chuẩn bị đại hội Đảng bộ các cấp nhiệm kỳ 2025 - 2030 chu đáo.")
    assert not names(doc, "Event")


def test_who_is_elected_at_the_congress_a_sentence_opens_with_was_there():
    doc = extract("Ngày 24/5, tại Hà Nội diễn ra Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII. Tại Đại "
                  "hội, ông Lê Văn An, Thứ trưởng Bộ Y tế đã được bầu làm Chủ tịch nhiệm kỳ 2013-2018 của Hội Nông dân "
                  "Việt Nam.")
    event = "Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII"
    assert facts(doc, "participated_in") == {("Lê Văn An", event)}
    assert facts(doc, "holds_position") == {("Lê Văn An", "Bộ Y tế", "Thứ trưởng"),
                                            ("Lê Văn An", "Hội Nông dân Việt Nam", "Chủ tịch")}


def test_an_event_name_ends_at_a_full_stop_glued_to_the_next_sentence():
    doc = extract("Sáng 5/6, Viện kiểm sát nhân dân tối cao tổ chức Lễ công bố Quyết định của Thủ tướng Chính phủ về việc "
                  "thành lập Trường Đại học Kiểm sát Hà Nội.Chủ tịch nước Trương Tấn Sang nhấn mạnh yêu cầu mới.")
    assert names(doc, "Event") == {"Lễ công bố Quyết định của Thủ tướng Chính phủ về việc thành lập Trường Đại học "
                                   "Kiểm sát Hà Nội"}


def test_a_ceremony_the_headline_names_in_fewer_words_is_the_one_the_lead_names():
    doc = extract("Chủ tịch nước dự lễ thành lập Đại học Kiểm sát Hà Nội\n\nSáng 5/6, Viện kiểm sát nhân dân tối cao tổ "
                  "chức Lễ công bố Quyết định của Thủ tướng Chính phủ về việc thành lập Trường Đại học Kiểm sát Hà Nội. "
                  "Chủ tịch nước Trương Tấn Sang dự buổi lễ.")
    assert len(names(doc, "Event")) == 1


def test_a_leader_named_by_post_in_the_headline_pays_a_new_year_visit_with_those_who_went_along():
    doc = extract("Tổng Bí thư chúc Tết Đảng bộ, chính quyền và nhân dân Thủ đô Hà Nội\n\nSáng 27/1, Tổng Bí thư Tô Lâm "
                  "đã đến thăm, chúc Tết Đảng bộ, chính quyền và nhân dân Thủ đô Hà Nội.\nCùng đi với Tổng Bí thư có các "
                  "đồng chí: Lê Hoài Trung, Bí thư Trung ương Đảng, Chánh Văn phòng Trung ương Đảng; Nguyễn Duy Ngọc, "
                  "Chủ nhiệm Ủy ban Kiểm tra Trung ương.")
    event = "Chúc Tết Đảng bộ, chính quyền và nhân dân Thủ đô Hà Nội"
    assert names(doc, "Event") == {event}
    assert facts(doc, "participated_in") == {("Tô Lâm", event), ("Lê Hoài Trung", event), ("Nguyễn Duy Ngọc", event)}


def test_a_meeting_at_a_bodys_headquarters_is_held_there():
    doc = extract("Sáng 3/5, tại Trụ sở Ban Đối ngoại Trung ương, Trưởng ban Lê Hoài Trung tiếp Đại sứ Trung Quốc Hà Vĩ.")
    assert facts(doc, "held_in") == {("Buổi tiếp Đại sứ Trung Quốc Hà Vĩ", "Trụ sở Ban Đối ngoại Trung ương")}
    assert "Ban Đối ngoại Trung ương" in names(doc, "Organization")


def test_sessions_whose_results_are_reported_to_voters_are_not_attended_there():
    doc = extract("Đại biểu Quốc hội tiếp xúc cử tri xã Kỳ Tân\n\nSáng 19/7, các đại biểu tiếp xúc cử tri xã Kỳ Tân sau Kỳ "
                  "họp thứ 7, Quốc hội khóa XV. Tại buổi tiếp xúc, đại biểu Lê Văn Thành và đại biểu Lê Thị Thêu lần lượt "
                  "báo cáo kết quả Kỳ họp thứ 7, Quốc hội khóa XV và Kỳ họp thứ 21, HĐND tỉnh Nghệ An khóa XVIII.")
    sessions = {e for e in names(doc, "Event") if e.startswith("Kỳ họp")}
    assert sessions and not {(p, e) for p, e in facts(doc, "participated_in") if e in sessions}


def test_an_extraordinary_assembly_session_with_the_assembly_named_first():
    doc = extract("Nghị quyết được thông qua tại kỳ họp Quốc hội bất thường lần thứ 8 chiều 26-8.")
    assert facts(doc, "organized") == {("Quốc hội", "Kỳ họp bất thường lần thứ 8, Quốc hội")}


def test_a_headlines_meeting_of_a_body_is_the_numbered_sitting_the_lead_names():
    doc = extract("Chủ tịch nước chủ trì họp Hội đồng Thi đua - Khen thưởng Trung ương\n"
                  "Chiều 3-4, Chủ tịch nước Lương Cường chủ trì phiên họp thứ 7 Hội đồng Thi đua - Khen thưởng Trung "
                  "ương nhiệm kỳ 2021-2026.")
    assert names(doc, "Event") == {"Phiên họp thứ 7 Hội đồng Thi đua - Khen thưởng Trung ương nhiệm kỳ 2021-2026"}


def test_a_youth_union_congress_named_with_and_without_the_unions_name_is_one_congress():
    doc = extract("Học tập Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII\n\nChiều 14/3, Tỉnh đoàn Quảng Nam tổ chức học "
                  "tập Nghị quyết Đại hội Đoàn TNCS Hồ Chí Minh toàn quốc lần thứ XII.")
    assert len(names(doc, "Event")) == 1
    assert len(names(doc, "Document")) == 1
    assert len(facts(doc, "adopted_at")) == 1


def test_congresses_of_two_bodies_stay_apart():
    doc = extract("Đại hội Đoàn TNCS Hồ Chí Minh toàn quốc lần thứ XII và Đại hội Công đoàn Việt Nam lần thứ XII "
                  "đều diễn ra tại Hà Nội.")
    assert len(names(doc, "Event")) == 2


def test_a_reception_of_an_envoy_named_with_the_full_title_and_the_states_formal_name():
    doc = extract("Chiều 12-9, tại Hà Nội, Phó Thủ tướng Bùi Thanh Sơn đã tiếp Đại sứ đặc mệnh toàn quyền Vương quốc "
                  "Na Uy tại Việt Nam Hilde Solbakken.")
    assert "Hilde Solbakken" in names(doc, "Person")
    assert {("Bùi Thanh Sơn", e) for e in names(doc, "Event")} <= facts(doc, "participated_in")
    assert any("Hilde Solbakken" in e for e in names(doc, "Event"))


def test_a_guest_welcomed_to_work_with_the_host_is_no_second_meeting():
    doc = extract("Sáng 12-9, Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh đã tiếp Đại sứ Na Uy tại Việt Nam Hilde Solbakken. "
                  "Chào mừng Đại sứ Hilde Solbakken đến làm việc với Bộ Tư pháp, Bộ trưởng cho biết hai bên hợp tác tốt.")
    assert len(names(doc, "Event")) == 1


def test_an_events_head_as_the_subject_of_a_verb_names_no_new_event():
    doc = extract("Chiều 4-3, Ban Thường vụ Thành ủy Huế tổ chức Hội nghị sơ kết công tác quý I. Hội nghị thống nhất "
                  "đánh giá cao kết quả đạt được. Ngày hội không chỉ là dịp gặp gỡ.")
    assert names(doc, "Event") == {"Hội nghị sơ kết công tác quý I"}


def test_a_headlines_visit_to_a_titled_person_is_the_articles_event():
    doc = extract("Bí thư Thành ủy Nguyễn Văn Nên thăm Hòa thượng Thích Thiện Nhơn\n\nSáng 2/2, ông Nguyễn Văn Nên đã "
                  "đến thăm Hòa thượng Thích Thiện Nhơn.")
    assert "Chuyến thăm Hòa thượng Thích Thiện Nhơn của Bí thư Thành ủy Nguyễn Văn Nên" in names(doc, "Event")


def test_a_host_welcoming_a_guest_to_work_names_no_second_meeting():
    doc = extract("Sáng 12-9, Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh đã tiếp Đại sứ Na Uy tại Việt Nam Hilde Solbakken. "
                  "Tại buổi tiếp, Bộ trưởng Nguyễn Hải Ninh chào mừng Đại sứ Hilde Solbakken đến thăm, làm việc với "
                  "Bộ Tư pháp.")
    assert len(names(doc, "Event")) == 1


def test_a_guest_with_a_marshals_rank_is_received():
    doc = extract("Cùng ngày, Thứ trưởng Lê Quốc Hùng tiếp Nguyên soái không quân Angus Houston, đặc phái viên của "
                  "Thủ tướng Australia.")
    assert "Angus Houston" in names(doc, "Person")
    assert any("Angus Houston" in e for e in names(doc, "Event"))
    # a marshal is no former holder cited: the guest takes part
    assert "Angus Houston" in {person for person, _ in facts(doc, "participated_in")}


def test_a_phone_call_or_talks_between_two_named_sides_is_an_event_however_it_is_introduced():
    doc = extract("Thủ tướng thông tin về cuộc điện đàm giữa Tổng Bí thư Tô Lâm và Tổng thống Mỹ Donald Trump vào "
                  "ngày 4/4.")
    call = "Cuộc điện đàm giữa Tổng Bí thư Tô Lâm và Tổng thống Mỹ Donald Trump"
    assert {("Tô Lâm", call), ("Donald Trump", call)} <= facts(doc, "participated_in")


def test_a_meeting_named_by_the_rank_of_those_who_meet_and_whom_one_sends_to_it():
    doc = extract("Thủ tướng Phạm Minh Chính hoan nghênh sáng kiến của Malaysia tổ chức Hội nghị Bộ trưởng Kinh tế ASEAN "
                  "và khẳng định sẽ cử Bộ trưởng Công Thương tham dự. Đoàn tham dự Hội nghị Cấp cao ASEAN lần thứ 47.")
    assert {"Hội nghị Bộ trưởng Kinh tế ASEAN", "Hội nghị Cấp cao ASEAN lần thứ 47"} <= names(doc, "Event")
    assert "Phạm Minh Chính" not in {person for person, _ in facts(doc, "participated_in")}


def test_a_bodys_meeting_named_by_its_lowercase_topic_and_period():
    doc = extract("Tại phiên họp kinh tế - xã hội tháng 7 của UBND TPHCM ngày 9/8, Trung tướng Lê Văn Hoàng - Giám đốc "
                  "Công an TPHCM cho biết an ninh được giữ vững.")
    meeting = "Phiên họp kinh tế - xã hội tháng 7 của UBND TPHCM"
    assert ("Lê Văn Hoàng", meeting) in facts(doc, "participated_in")
    assert ("Ủy ban nhân dân Thành phố Hồ Chí Minh", meeting) in facts(doc, "organized")


def test_a_full_event_name_ends_before_and_and_a_second_head_but_a_short_act_goes_on():
    doc = extract("Sáng 6/4, Thủ tướng Phạm Minh Chính chủ trì Phiên họp Chính phủ thường kỳ tháng 3 và Hội nghị trực "
                  "tuyến Chính phủ với địa phương. Chủ tịch nước dự Lễ mở ký và Hội nghị cấp cao Công ước về chống tội "
                  "phạm mạng.")
    assert {"Phiên họp Chính phủ thường kỳ tháng 3", "Hội nghị trực tuyến Chính phủ với địa phương",
            "Lễ mở ký và Hội nghị cấp cao Công ước về chống tội phạm mạng"} <= names(doc, "Event")
    assert ("Phạm Minh Chính", "Phiên họp Chính phủ thường kỳ tháng 3") in facts(doc, "participated_in")


def test_an_international_bodys_numbered_assembly_is_an_event_the_body_organizes():
    doc = extract("Chủ tịch Quốc hội Trần Thanh Mẫn dự khai mạc Đại hội đồng lần thứ 150 của Liên minh Nghị viện thế giới "
                  "(IPU-150) tại Tashkent. Thủ tướng phát biểu tại Đại hội đồng Liên hợp quốc.")
    assembly = "Đại hội đồng lần thứ 150 của Liên minh Nghị viện thế giới"
    assert ("Trần Thanh Mẫn", assembly) in facts(doc, "participated_in")
    assert ("Liên minh Nghị viện thế giới", assembly) in facts(doc, "organized")
    assert "Đại hội đồng Liên hợp quốc" in names(doc, "Organization")


def test_a_bodys_congress_named_by_its_term_keeps_the_term_in_its_name():
    doc = extract("Sáng 5/6, Đại hội Hội Nông dân tỉnh Nghệ An nhiệm kỳ 2023-2028 khai mạc. Liên đoàn Bóng đá Việt Nam "
                  "chuẩn bị Đại hội VFF nhiệm kỳ IX.")
    assert {"Đại hội Hội Nông dân tỉnh Nghệ An nhiệm kỳ 2023-2028", "Đại hội Liên đoàn Bóng đá Việt Nam nhiệm kỳ IX"} \
        <= names(doc, "Event")
    assert ("Hội Nông dân tỉnh Nghệ An", "Đại hội Hội Nông dân tỉnh Nghệ An nhiệm kỳ 2023-2028") in facts(doc, "organized")


def test_a_numbered_event_with_a_capitalized_title_is_an_event():
    doc = extract("Tối 5/6, Liên hoan Truyền hình toàn quốc lần thứ 42 khai mạc tại Bình Định. Hội thi Tiếng hát Công an "
                  "nhân dân lần thứ 5 cũng diễn ra.")
    assert {"Liên hoan Truyền hình toàn quốc lần thứ 42", "Hội thi Tiếng hát Công an nhân dân lần thứ 5"} \
        <= names(doc, "Event")
    assert ("Liên hoan Truyền hình toàn quốc lần thứ 42", "Bình Định") in facts(doc, "held_in")


def test_the_shangri_la_dialogue_by_its_number_is_an_event():
    doc = extract("Trong khuôn khổ Đối thoại Shangri-La lần thứ 20 tại Singapore, Đại tướng Phan Văn Giang có các cuộc "
                  "gặp song phương.")
    assert "Đối thoại Shangri-La lần thứ 20" in names(doc, "Event")


def test_emulation_congresses_are_ceremonies_held_by_their_body_not_by_the_venue():
    doc = extract("Ngày 30-5, tại UBND tỉnh, Hội Khuyến học tỉnh Nghệ An tổ chức Đại hội biểu dương Gia đình hiếu học lần "
                  "thứ III. Sáng 3/6, Sở Nội vụ tổ chức Đại hội điển hình tiên tiến tỉnh Nghệ An lần thứ V.")
    assert {"Đại hội biểu dương Gia đình hiếu học lần thứ III", "Đại hội điển hình tiên tiến tỉnh Nghệ An lần thứ V"} \
        <= names(doc, "Event")
    assert {body for body, event in facts(doc, "organized") if event.startswith("Đại hội biểu dương")} \
        == {"Hội Khuyến học tỉnh Nghệ An"}


def test_an_event_numbered_in_words_and_in_roman_numerals_is_one_event_and_the_next_one_another():
    from kgraph import extract

    doc = extract("Hội chợ Mùa Thu lần thứ I - 2025 khai mạc tại Hà Nội. Hội chợ Mùa Thu lần thứ nhất - 2025 quy tụ gần "
                  "3.000 gian hàng. Hội chợ Mùa Thu lần thứ hai - 2026 sẽ lớn hơn.")
    events = [e for e in doc.entities if e.type == "Event"]
    assert len(events) == 2
    assert {"Hội chợ Mùa Thu lần thứ I - 2025", "Hội chợ Mùa Thu lần thứ nhất - 2025"} <= {events[0].name,
                                                                                           *events[0].aliases}


def test_names_of_one_festival_that_differ_only_by_where_and_when_are_one_event():
    doc = extract("Trưởng ban Tổ chức Thành ủy Lê Văn Tám dự Ngày hội Đại đoàn kết toàn dân tộc xã Tân Lập.\n"
                  "Chào mừng 95 năm Ngày truyền thống MTTQ Việt Nam, ngày 2-11, tại Nhà văn hóa thôn Đông, Ban công tác "
                  "Mặt trận thôn phối hợp cùng UBND xã Tân Lập tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025.\n"
                  "Đồng chí Lê Văn Tám phát biểu tại ngày hội.\n"
                  "Đồng chí Lê Văn Tám dự Ngày hội Đại đoàn kết thôn Đông, xã Tân Lập. Ảnh: Trần Bình\n"
                  "Đại hội Đảng bộ xã Tân Lập và Đại hội Đảng bộ xã Tân Hòa đã thành công.")
    events = {e.name: e for e in doc.entities if e.type == "Event"}
    festivals = [e for name, e in events.items() if name.startswith("Ngày hội")]
    assert len(festivals) == 1
    assert {"Ngày hội Đại đoàn kết toàn dân tộc năm 2025",
            "Ngày hội Đại đoàn kết thôn Đông, xã Tân Lập"} <= {festivals[0].name, *festivals[0].aliases}
    # two congresses of two communes stay two events
    assert {"Đại hội Đảng bộ xã Tân Lập", "Đại hội Đảng bộ xã Tân Hòa"} <= set(events)


def test_a_burial_is_a_ceremony_named_by_whom_it_buries():
    doc = extract("Sáng 29/9, lễ an táng bà Lê Thị Hoa, phu nhân Đại tướng Trần Văn Bình, đã được tổ chức tại xã Quảng "
                  "Đông, huyện Quảng Trạch.")
    assert "Lễ an táng bà Lê Thị Hoa" in names(doc, "Event")
    assert ("Lễ an táng bà Lê Thị Hoa", "Quảng Đông") in facts(doc, "held_in")


def test_this_meeting_refers_to_one_and_names_none():
    doc = extract("Chiều 5/3, luật sư Trần Văn Bình đến gặp ông Lê Văn Tám tại trại tạm giam. Trong cuộc gặp này, ông Lê "
                  "Văn Tám đã trình bày nguyện vọng.")
    assert not any(name.endswith(" này") for name in names(doc, "Event"))


def test_a_body_qualified_by_its_province_holds_its_own_numbered_congress_named_as_written():
    doc = extract("Sáng 19/10, Đoàn TNCS Hồ Chí Minh phường Tam Sơn, tỉnh Bắc Ninh tổ chức Đại hội đại biểu lần thứ I, "
                  "nhiệm kỳ 2025 - 2030. Dự Đại hội có đồng chí Lê Văn Tám, Bí thư Đảng ủy phường Tam Sơn.")
    congress = next(e for e in doc.entities if e.type == "Event")
    assert "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh phường Tam Sơn lần thứ I, nhiệm kỳ 2025 - 2030" in congress.aliases
    assert not any("của Đảng" in a for a in congress.aliases)  # not the Party's first national congress
    assert ("Lê Văn Tám", congress.name) in facts(doc, "participated_in")


def test_the_rites_of_one_funeral_listed_after_its_head_are_one_ceremony():
    doc = extract("Tại Nghĩa trang liệt sĩ xã Tân Lập, Công an tỉnh Hà Nam phối hợp với UBND xã Tân Lập tổ chức Lễ truy "
                  "điệu, an táng liệt sĩ Nguyễn Văn Sơn.")
    rite = "Lễ truy điệu, an táng liệt sĩ Nguyễn Văn Sơn"
    assert names(doc, "Event") == {rite}
    assert {("Công an tỉnh Hà Nam", rite), ("Ủy ban nhân dân xã Tân Lập", rite)} <= facts(doc, "organized")


def test_a_bilateral_events_two_sides_joined_by_a_dash_are_its_name():
    forum = extract("Bộ trưởng Lê Văn Tám dự Diễn đàn Doanh nghiệp Việt Nam - Ấn Độ được tổ chức tại New Delhi.")
    assert names(forum, "Event") == {"Diễn đàn Doanh nghiệp Việt Nam - Ấn Độ"}
    assert ("Diễn đàn Doanh nghiệp Việt Nam - Ấn Độ", "New Delhi") in facts(forum, "held_in")
    fair = extract("Phó Thủ tướng Lê Văn Tám dự Hội chợ Trung Quốc - ASEAN lần thứ 21 tại Nam Ninh.")
    assert ("Lê Văn Tám", "Hội chợ Trung Quốc - ASEAN lần thứ 21") in facts(fair, "participated_in")
    # a capital with a diacritic after the dash goes on with the name ("Úc"); a photo credit after one does not
    credited = extract("Bộ trưởng Lê Văn Tám phát biểu tại Hội nghị Việt Nam - Úc lần thứ 2 - Ảnh: TTXVN")
    assert names(credited, "Event") == {"Hội nghị Việt Nam - Úc lần thứ 2"}


def test_events_numbered_otherwise_or_told_apart_by_their_proper_words_stay_apart():
    doc = extract("Hội nghị Thủ tướng với doanh nghiệp lần thứ 2 sẽ được tổ chức tại Hà Nội. Hội nghị Thủ tướng với doanh "
                  "nghiệp lần thứ nhất được tổ chức tại Thành phố Hồ Chí Minh. Tiếp theo Hội nghị Thủ tướng và doanh "
                  "nghiệp lần thứ nhất năm 2016, hội nghị lần này bàn về thủ tục đầu tư.")
    # a year only one name says is no other number: "lần thứ nhất" and "lần thứ nhất năm 2016" are one
    assert names(doc, "Event") == {"Hội nghị Thủ tướng với doanh nghiệp lần thứ 2",
                                   "Hội nghị Thủ tướng và doanh nghiệp lần thứ nhất năm 2016"}
    assert {("Hội nghị Thủ tướng với doanh nghiệp lần thứ 2", "Hà Nội"),
            ("Hội nghị Thủ tướng và doanh nghiệp lần thứ nhất năm 2016", "Thành phố Hồ Chí Minh")} \
        <= facts(doc, "held_in")
    regions = extract("Sáng 5/3, Bộ Tư pháp tổ chức hội nghị lấy ý kiến các tỉnh, thành phố khu vực miền Trung và miền "
                      "Nam về dự thảo Luật Đất đai. Trước đó, Bộ Tư pháp đã tổ chức hội nghị lấy ý kiến các bộ, ngành "
                      "và 15 tỉnh, thành phố khu vực phía Bắc về dự thảo Luật Đất đai.")
    assert len(names(regions, "Event")) == 2


def test_a_short_proper_name_before_and_another_head_is_its_own_event_and_years_tell_a_series_apart():
    doc = extract("Thủ tướng Trần Văn Bình dự Hội nghị WEF ASEAN 2017 tại Phnom Penh. Chiều 12/5, Thủ tướng dự Hội nghị "
                  "WEF ASEAN và Lễ bàn giao vai trò nước chủ nhà Hội nghị WEF ASEAN năm 2018 cho Việt Nam.")
    events = names(doc, "Event")
    assert {"Hội nghị WEF ASEAN 2017", "Hội nghị WEF ASEAN năm 2018",
            "Lễ bàn giao vai trò nước chủ nhà Hội nghị WEF ASEAN năm 2018"} <= events
    assert not any(" và Lễ" in e for e in events)
    # a short act before "và" still makes one event with the head after it
    signing = extract("Thủ tướng Trần Văn Bình dự Lễ mở ký và Hội nghị cấp cao Công ước Hà Nội.")
    assert names(signing, "Event") == {"Lễ mở ký và Hội nghị cấp cao Công ước Hà Nội"}


def test_voter_meetings_in_two_places_are_two_events_named_with_their_places():
    doc = extract("Ngày 27/6, bà Lê Thị Hoa cùng Đoàn đại biểu Quốc hội tỉnh Sơn La đã tiếp xúc cử tri tại xã Chiềng Đen, "
                  "thành phố Sơn La. Quang cảnh buổi tiếp xúc cử tri. Cùng ngày, ông Trần Văn Bình đã có buổi tiếp xúc "
                  "cử tri sau Kỳ họp thứ 9, Quốc hội khóa XV tại huyện Gia Bình, tỉnh Bắc Ninh.")
    first = "Tiếp xúc cử tri tại xã Chiềng Đen, thành phố Sơn La"
    second = "Buổi tiếp xúc cử tri sau Kỳ họp thứ 9, Quốc hội khóa XV tại huyện Gia Bình, tỉnh Bắc Ninh"
    assert {first, second} <= names(doc, "Event")
    assert not any(e.casefold() == "buổi tiếp xúc cử tri" for e in names(doc, "Event"))  # the caption's is the first
    went = facts(doc, "participated_in")
    assert {("Lê Thị Hoa", first), ("Trần Văn Bình", second)} <= went
    assert ("Lê Thị Hoa", second) not in went and ("Trần Văn Bình", first) not in went
    assert (second, "Gia Bình") in facts(doc, "held_in") and (first, "Gia Bình") not in facts(doc, "held_in")


def test_a_meeting_with_people_the_headline_reports_is_the_articles_event():
    doc = extract("Tổng Bí thư gặp mặt các nữ đại biểu Quốc hội khóa XV\n"
                  "Chiều 8/6, Tổng Bí thư Trần Văn Bình đã gặp mặt thân mật các nữ đại biểu Quốc hội. Tham dự cuộc gặp "
                  "mặt có Chủ tịch Quốc hội Lê Thị Hoa.")
    meeting = "Gặp mặt các nữ đại biểu Quốc hội khóa XV"
    assert names(doc, "Event") == {meeting}
    assert {("Trần Văn Bình", meeting), ("Lê Thị Hoa", meeting)} <= facts(doc, "participated_in")
    # a meeting with a body is the meeting verbs' ("Buổi gặp mặt ...")
    body = extract("Bí thư Tỉnh ủy gặp mặt Đoàn đại biểu Quốc hội tỉnh Long An\n"
                   "Sáng 2/6, ông Lê Văn Tám, Bí thư Tỉnh ủy Long An đã gặp mặt Đoàn đại biểu Quốc hội tỉnh Long An.")
    assert not any(e.startswith("Gặp mặt") for e in names(body, "Event"))


def test_a_programme_held_under_a_quoted_title_is_an_event_and_a_programme_of_work_is_not():
    doc = extract('Tối 20/5, tại Hà Nội, Tổng Liên đoàn Lao động Việt Nam tổ chức Chương trình "Vinh quang Việt Nam" vinh '
                  "danh 30 tập thể, cá nhân. Tới dự có Thủ tướng Trần Văn Bình. Tỉnh đang thực hiện Chương trình mục tiêu "
                  "quốc gia xây dựng nông thôn mới.")
    show = 'Chương trình "Vinh quang Việt Nam"'
    assert names(doc, "Event") == {show}
    assert ("Tổng Liên đoàn Lao động Việt Nam", show) in facts(doc, "organized")
    assert ("Trần Văn Bình", show) in facts(doc, "participated_in")


def test_a_post_holders_meeting_with_a_group_is_named_and_a_headline_names_an_event_up_to_what_it_says_of_it():
    doc = extract("Hội nghị Thủ tướng Chính phủ với doanh nghiệp diễn ra vào ngày 17/5\n"
                  "Theo chỉ đạo của Thủ tướng Chính phủ Trần Văn Bình, Hội nghị sẽ diễn ra tại Hà Nội. Chủ đề Hội nghị "
                  "thể hiện quyết tâm xây dựng Chính phủ kiến tạo. Hội nghị được tổ chức qua hình thức trực tuyến.")
    assert names(doc, "Event") == {"Hội nghị Thủ tướng Chính phủ với doanh nghiệp"}
    assert ("Hội nghị Thủ tướng Chính phủ với doanh nghiệp", "Hà Nội") in facts(doc, "held_in")


def test_a_decision_handed_over_in_the_lead_is_a_ceremony_beside_a_visit_the_lead_names():
    doc = extract("Tân Bí thư Thành ủy thăm Bến Nhà Rồng\n"
                  "Ngay sau khi nhậm chức, ông Trần Văn Bình có chuyến thăm Bảo tàng Hồ Chí Minh. Ngày 10/5, tại Hà Nội, "
                  "bà Lê Thị Hoa, Chủ tịch Quốc hội, đã trao quyết định của Bộ Chính trị phân công ông Trần Văn Bình giữ "
                  "chức Bí thư Thành ủy Hà Nội.")
    ceremony = next(e for e in names(doc, "Event") if e.startswith("Lễ trao quyết định"))
    assert ("Lê Thị Hoa", ceremony) in facts(doc, "participated_in")
    assert not any(p == "Lê Thị Hoa" and e.startswith("Chuyến thăm") for p, e in facts(doc, "participated_in"))


def test_the_closing_session_of_a_named_event_is_an_event_and_a_clause_of_time_ends_a_name():
    doc = extract("Chiều 12/5, Thủ tướng Trần Văn Bình đã dự Phiên bế mạc Hội nghị WEF ASEAN 2017 tại Phnom Penh. Các văn "
                  "bản liên quan được công bố tại phiên khai mạc liên quan. Phiên họp lãnh đạo chủ chốt đầu tiên sau khi "
                  "ông Lê Văn Tám nhậm chức diễn ra sáng nay.")
    events = names(doc, "Event")
    assert "Phiên bế mạc Hội nghị WEF ASEAN 2017" in events
    assert ("Trần Văn Bình", "Phiên bế mạc Hội nghị WEF ASEAN 2017") in facts(doc, "participated_in")
    assert not any(e.casefold().startswith("phiên khai mạc") for e in events)
    assert not any("sau khi" in e for e in events)


def test_a_ceremony_told_by_its_act_is_the_conference_named_by_that_act():
    doc = extract("Sáng 5/6, tỉnh Hà Giang tổ chức Hội nghị công bố quy hoạch xây dựng Công viên Địa chất Cao nguyên đá Đồng "
                  "Văn. Phát biểu tại buổi lễ công bố quy hoạch, ông Lê Văn Tám, Phó Chủ tịch UBND tỉnh Hà Giang nhấn mạnh "
                  "vai trò của quy hoạch.")
    events = names(doc, "Event")
    assert len(events) == 1 and next(iter(events)).startswith("Hội nghị công bố quy hoạch")
    assert ("Lê Văn Tám", next(iter(events))) in facts(doc, "participated_in")


def test_a_forum_or_fair_named_by_a_title_in_title_case_is_an_event():
    doc = extract("Tin trong ngày\nSáng 5/6, Diễn đàn Kinh tế Mekong diễn ra tại Cần Thơ với sự tham dự của nhiều nhà đầu tư.")
    assert "Diễn đàn Kinh tế Mekong" in names(doc, "Event")
    # no number or year to end on: the title ends with its capitals, not with the clause after it
    doc = extract("Tin trong ngày\nHội chợ Hàng Việt Xuân mang lại nhiều cơ hội cho doanh nghiệp của tỉnh.")
    assert names(doc, "Event") == {"Hội chợ Hàng Việt Xuân"}
    # the gazetteer's body of that name stays a body
    doc = extract("Tin trong ngày\nDiễn đàn Kinh tế Thế giới công bố báo cáo mới về năng lực cạnh tranh.")
    assert names(doc, "Event") == set()
