import pytest
from helpers import facts, names, run_until


def extract(text, **meta):
    return run_until(text, "relations", metadata=meta)


def test_title_chain_before_a_name():
    doc = extract("Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương Lê Minh Hưng dự hội nghị.")
    assert facts(doc, "holds_position") >= {
        ("Lê Minh Hưng", "Bộ Chính trị", "Ủy viên"),
        ("Lê Minh Hưng", "Ban Bí thư", "Bí thư Trung ương Đảng"),
        ("Lê Minh Hưng", "Ban Tổ chức Trung ương", "Trưởng ban"),
    }


def test_apposition_after_a_name_with_implied_and_local_bodies():
    text = ("Tỉnh ủy Quảng Trị tổ chức hội nghị. Tham dự có đồng chí Lê Quang Tùng, Ủy viên Trung ương Đảng, "
            "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; Võ Văn Hưng, Phó Bí thư Thường trực Tỉnh ủy.")
    doc = extract(text)
    posts = facts(doc, "holds_position")
    assert ("Lê Quang Tùng", "Ban Chấp hành Trung ương Đảng", "Ủy viên") in posts
    assert ("Lê Quang Tùng", "Tỉnh ủy Quảng Trị", "Bí thư") in posts
    assert ("Lê Quang Tùng", "Hội đồng nhân dân tỉnh Quảng Trị", "Chủ tịch") in posts
    assert ("Võ Văn Hưng", "Tỉnh ủy Quảng Trị", "Phó Bí thư Thường trực") in posts


def test_title_with_implied_body():
    doc = extract("Thủ tướng Phạm Minh Chính và Tổng Bí thư Tô Lâm gặp gỡ cử tri.")
    posts = facts(doc, "holds_position")
    assert ("Phạm Minh Chính", "Chính phủ", "Thủ tướng") in posts
    assert ("Tô Lâm", "Ban Chấp hành Trung ương Đảng", "Tổng Bí thư") in posts


def test_plural_title_is_distributed_over_the_list():
    doc = extract("Dự hội nghị có các Ủy viên Bộ Chính trị: Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Quốc hội Trần Thanh Mẫn.")
    posts = facts(doc, "holds_position")
    assert ("Phạm Minh Chính", "Bộ Chính trị", "Ủy viên") in posts
    assert ("Trần Thanh Mẫn", "Bộ Chính trị", "Ủy viên") in posts
    assert ("Trần Thanh Mẫn", "Quốc hội", "Chủ tịch") in posts


def test_generic_duties_without_a_name_are_not_posts():
    doc = extract("Hội nghị phân công công tác đối với các đồng chí Ủy viên Trung ương Đảng và Ủy viên Ban Thường vụ Tỉnh ủy.")
    assert facts(doc, "holds_position") == set()


def test_organized_held_in_and_participated():
    text = ("Sáng 10/5, tại Hà Nội, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị toàn quốc quán triệt nghị quyết mới. "
            "Phát biểu tại Hội nghị, Tổng Bí thư Tô Lâm nêu rõ yêu cầu.")
    doc = extract(text, published="2025-05-10")
    assert facts(doc, "organized") == {("Bộ Chính trị", "Hội nghị toàn quốc quán triệt nghị quyết mới"),
                                       ("Ban Bí thư", "Hội nghị toàn quốc quán triệt nghị quyết mới")}
    assert facts(doc, "held_in") == {("Hội nghị toàn quốc quán triệt nghị quyết mới", "Hà Nội")}
    assert ("Tô Lâm", "Hội nghị toàn quốc quán triệt nghị quyết mới") in facts(doc, "participated_in")


def test_to_chuc_inside_a_name_is_not_organizing():
    doc = extract("Ban Tổ chức Tỉnh ủy Quảng Trị hướng dẫn Hội nghị sơ kết công tác cán bộ.")
    assert facts(doc, "organized") == set()


def test_issuer_code_and_of_phrase():
    text = "Thực hiện Hướng dẫn số 17-HD/BTCTW ngày 5-10-2018 và Kết luận số 21-KL/TW của Bộ Chính trị."
    doc = extract(text)
    issued = facts(doc, "issued")
    assert ("Ban Tổ chức Trung ương", "Hướng dẫn số 17-HD/BTCTW") in issued
    assert ("Bộ Chính trị", "Kết luận số 21-KL/TW") in issued


def test_resolution_adopted_at_congress():
    doc = extract("Các đơn vị học tập Nghị quyết Đại hội XIII của Đảng.")
    adopted = facts(doc, "adopted_at")
    assert len(adopted) == 1 and next(iter(adopted))[1] == "Đại hội XIII"


def test_unit_is_part_of_its_body():
    doc = extract("Ban Thường vụ Thành ủy Huế họp.")
    assert ("Ban Thường vụ Thành ủy Huế", "Thành ủy Huế") in facts(doc, "part_of")


def test_titles_listed_after_a_count_take_the_body_the_sentence_opens_with():
    text = ("Thường trực Tỉnh ủy Nghệ An hiện có Bí thư Nguyễn Đức Trung cùng 2 Phó Bí thư gồm: "
            "ông Hoàng Nghĩa Hiếu (Chủ tịch HĐND tỉnh); ông Lê Hồng Vinh.")
    posts = facts(extract(text), "holds_position")
    assert ("Nguyễn Đức Trung", "Tỉnh ủy Nghệ An", "Bí thư") in posts
    assert ("Hoàng Nghĩa Hiếu", "Tỉnh ủy Nghệ An", "Phó Bí thư") in posts
    assert ("Lê Hồng Vinh", "Tỉnh ủy Nghệ An", "Phó Bí thư") in posts
    assert ("Hoàng Nghĩa Hiếu", "Hội đồng nhân dân tỉnh Nghệ An", "Chủ tịch") in posts


@pytest.mark.parametrize(("text", "listed", "also"), [
    # members counted, then listed: members of the board, not of the Tỉnh ủy; their own posts stand beside
    ("Sau hội nghị, Ban Thường vụ Tỉnh ủy Nam Định có 12 Ủy viên, gồm: Bí thư Tỉnh ủy Đặng Khánh Toàn; "
     "Chủ tịch UBND tỉnh Phạm Đình Nghị và Trưởng Ban Tổ chức Tỉnh ủy Trần Minh Hải.",
     ("Ban Thường vụ Tỉnh ủy Nam Định", "Ủy viên", ("Đặng Khánh Toàn", "Phạm Đình Nghị", "Trần Minh Hải")),
     ("Đặng Khánh Toàn", "Tỉnh ủy Nam Định", "Bí thư")),
    ("Hội Nông dân tỉnh Nam Định có bốn phó chủ tịch, gồm các ông Lê Văn Hưng, Trần Quốc Bảo và bà Ngô Thị Hòa.",
     ("Hội Nông dân tỉnh Nam Định", "Phó Chủ tịch", ("Lê Văn Hưng", "Trần Quốc Bảo", "Ngô Thị Hòa")), None),
    # holders listed after the post
    ("Hiện nay, 5 người đang giữ chức Phó Trưởng Ban Kinh tế Trung ương là các ông, bà: Trần Văn Nam; "
     "Lê Hữu Phúc; Phạm Thị Lan.",
     ("Ban Kinh tế Trung ương", "Phó Trưởng ban", ("Trần Văn Nam", "Lê Hữu Phúc", "Phạm Thị Lan")), None),
    # a counted bare title takes the body the sentence opens with
    ("Lãnh đạo UBND tỉnh Nam Định gồm ông Nguyễn Văn An, Chủ tịch UBND tỉnh và 4 Phó Chủ tịch bao gồm "
     "các đồng chí: Trần Văn Bình, Lê Văn Cường.",
     ("Ủy ban nhân dân tỉnh Nam Định", "Phó Chủ tịch", ("Trần Văn Bình", "Lê Văn Cường")),
     ("Nguyễn Văn An", "Ủy ban nhân dân tỉnh Nam Định", "Chủ tịch")),
])
def test_people_listed_with_a_plural_post_each_hold_it(text, listed, also):
    posts = facts(extract(text), "holds_position")
    body, role, holders = listed
    assert {(name, body, role) for name in holders} <= posts
    assert also is None or also in posts


def test_an_approved_election_gives_the_post_to_the_person_after_the_tenure():
    text = ("Thủ tướng Chính phủ phê chuẩn kết quả bầu chức vụ Phó Chủ tịch UBND tỉnh Bắc Ninh nhiệm kỳ 2021 - 2026 "
            "đối với ông Trần Văn Long, Giám đốc Sở Tài chính.")
    posts = facts(extract(text), "holds_position")
    assert ("Trần Văn Long", "Ủy ban nhân dân tỉnh Bắc Ninh", "Phó Chủ tịch") in posts
    assert ("Trần Văn Long", "Sở Tài chính tỉnh Bắc Ninh", "Giám đốc") in posts


def test_an_appointment_lists_each_post_with_its_appointees_the_verb_written_once():
    text = ("Chủ tịch UBND tỉnh Nghệ An ký quyết định bổ nhiệm chức vụ Phó Giám đốc Sở Y tế tỉnh Nghệ An đối với "
            "các ông Lê Văn Hùng và Trần Văn Mai; Giám đốc Sở Xây dựng tỉnh Nghệ An đối với bà Hồ Thị Tâm và "
            "Phó Giám đốc Sở Tài chính tỉnh Nghệ An đối với ông Phan Đức Lợi.")
    posts = facts(extract(text), "holds_position")
    assert {("Lê Văn Hùng", "Sở Y tế tỉnh Nghệ An", "Phó Giám đốc"),
            ("Trần Văn Mai", "Sở Y tế tỉnh Nghệ An", "Phó Giám đốc"),
            ("Hồ Thị Tâm", "Sở Xây dựng tỉnh Nghệ An", "Giám đốc"),
            ("Phan Đức Lợi", "Sở Tài chính tỉnh Nghệ An", "Phó Giám đốc")} <= posts
    # the post goes to the people it is given to, not to the one who signs
    assert not any(role == "Phó Giám đốc" and name not in ("Lê Văn Hùng", "Trần Văn Mai", "Phan Đức Lợi")
                   for name, _, role in posts)


def test_a_lone_post_one_acts_on_the_authority_of_is_not_the_speakers_and_a_body_ends_before_the_post_given():
    text = ("Thừa ủy quyền của Bộ trưởng Bộ Công an, Thiếu tướng Nguyễn Văn Long, Cục trưởng Cục Tổ chức cán bộ đã "
            "công bố Quyết định điều động, bổ nhiệm Đại tá Trần Văn Nam, Phó Cục trưởng Cục Cảnh sát hình sự giữ "
            "chức vụ Giám đốc Công an tỉnh Lạng Sơn.")
    posts = facts(extract(text), "holds_position")
    assert ("Nguyễn Văn Long", "Bộ Công an", "Bộ trưởng") not in posts
    assert {("Nguyễn Văn Long", "Cục Tổ chức cán bộ", "Cục trưởng"),
            ("Trần Văn Nam", "Cục Cảnh sát hình sự", "Phó Cục trưởng"),
            ("Trần Văn Nam", "Công an tỉnh Lạng Sơn", "Giám đốc")} <= posts
    # a lone post right before its holder's name is still the holder's
    named = facts(extract("Theo đề nghị của Giám đốc Sở Nội vụ tỉnh Lạng Sơn Nguyễn Văn Bình, ..."), "holds_position")
    assert ("Nguyễn Văn Bình", "Sở Nội vụ tỉnh Lạng Sơn", "Giám đốc") in named


def test_a_steering_committee_named_by_its_remit_and_its_deputy_listed_after_its_head():
    text = ("Theo quyết định thành lập Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực thành phố Hải Phòng, "
            "đồng chí Lê Tiến Châu, Bí thư Thành ủy Hải Phòng làm Trưởng Ban Chỉ đạo; đồng chí Đỗ Mạnh Hiến, Phó Bí "
            "thư Thường trực Thành ủy Hải Phòng làm Phó Trưởng ban Thường trực.")
    doc = extract(text)
    committee = "Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực thành phố Hải Phòng"
    assert committee in names(doc, "Organization")
    posts = facts(doc, "holds_position")
    assert {("Lê Tiến Châu", committee, "Trưởng ban"), ("Đỗ Mạnh Hiến", committee, "Phó Trưởng ban Thường trực"),
            ("Đỗ Mạnh Hiến", "Thành ủy Hải Phòng", "Phó Bí thư Thường trực")} <= posts
    assert ("Đỗ Mạnh Hiến", "Thành ủy Hải Phòng", "Phó Trưởng ban Thường trực") not in posts


def test_a_bare_provincial_committee_in_a_list_item_is_the_province_that_item_names():
    text = ("Ngày 2/12, Chủ tịch UBND tỉnh Hà Tĩnh tiếp đoàn công tác. Đoàn gồm: Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu "
            "Quốc hội tỉnh Bắc Ninh Nguyễn Anh Tuấn; Giám đốc Sở Tài chính tỉnh Hà Tĩnh Trần Văn Minh.")
    posts = facts(extract(text), "holds_position")
    assert ("Nguyễn Anh Tuấn", "Tỉnh ủy Bắc Ninh", "Bí thư") in posts
    assert ("Nguyễn Anh Tuấn", "Tỉnh ủy Hà Tĩnh", "Bí thư") not in posts


def test_a_list_after_a_semicolon_without_an_appointment_is_no_appointment():
    text = ("Ông Lê Văn Hùng phát biểu về công tác cán bộ đối với ngành y tế; Giám đốc Sở Xây dựng tỉnh Nghệ An "
            "đối với ông Phan Đức Lợi là người đồng hành.")
    assert ("Phan Đức Lợi", "Sở Xây dựng tỉnh Nghệ An", "Giám đốc") not in facts(extract(text), "holds_position")


def test_a_title_chain_set_off_from_the_name_by_a_dash():
    text = ("Sáng 17/4, Tỉnh ủy Long An tổ chức hội nghị. Dự có Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, "
            "Chủ tịch HĐND tỉnh - Nguyễn Văn Được; Phó Bí thư Thường trực Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội "
            "tỉnh - Nguyễn Thanh Hải. Giám đốc Sở Tài chính - Lê Văn Tám báo cáo.")
    posts = facts(extract(text), "holds_position")
    assert {("Nguyễn Văn Được", "Ban Chấp hành Trung ương Đảng", "Ủy viên"),
            ("Nguyễn Văn Được", "Tỉnh ủy Long An", "Bí thư"),
            ("Nguyễn Văn Được", "Hội đồng nhân dân tỉnh Long An", "Chủ tịch"),
            ("Nguyễn Thanh Hải", "Tỉnh ủy Long An", "Phó Bí thư Thường trực"),
            ("Nguyễn Thanh Hải", "Đoàn đại biểu Quốc hội tỉnh Long An", "Trưởng đoàn"),
            ("Lê Văn Tám", "Sở Tài chính tỉnh Long An", "Giám đốc")} <= posts
    assert not any(person == "Nguyễn Thanh Hải" and role == "Bí thư" for person, _, role in posts)


def test_age_apposition_and_dash_joined_titles():
    text = ("Bộ Chính trị chỉ định ông Trần Lưu Quang, 57 tuổi, Ủy viên Trung ương Đảng, Bí thư Thành ủy Hải Phòng. "
            "Tổng Thư ký Quốc hội - Chủ nhiệm Văn phòng Quốc hội Lê Quang Tùng trình bày báo cáo.")
    posts = facts(extract(text), "holds_position")
    assert ("Trần Lưu Quang", "Thành ủy Hải Phòng", "Bí thư") in posts
    assert ("Lê Quang Tùng", "Quốc hội", "Tổng Thư ký") in posts
    assert ("Lê Quang Tùng", "Văn phòng Quốc hội", "Chủ nhiệm") in posts


def test_an_official_cited_in_a_speech_did_not_take_part():
    text = ("Sáng 2/7, Ban Kinh tế Trung ương tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm. "
            "Phát biểu tại hội nghị, đồng chí Trần Lưu Quang nhắc lại chỉ đạo của Tổng Bí thư Tô Lâm.")
    participants = {s for s, _ in facts(extract(text, published="2025-07-02"), "participated_in")}
    assert participants == {"Trần Lưu Quang"}


def test_a_body_organizes_its_own_session_and_partners_organize_together():
    text = ("Sáng 6/9, Phiên họp Chính phủ chuyên đề về xây dựng pháp luật tháng 9/2025 diễn ra tại Hà Nội. "
            "Học viện Chính trị khu vực IV phối hợp với Trường Chính trị tỉnh Hậu Giang tổ chức Hội thảo khoa học cấp bộ về liên kết vùng.")
    organized = facts(extract(text, published="2025-09-06"), "organized")
    assert ("Chính phủ", "Phiên họp Chính phủ chuyên đề về xây dựng pháp luật tháng 9/2025") in organized
    assert {o for o, e in organized if e.startswith("Hội thảo")} >= {"Trường Chính trị tỉnh Hậu Giang"}


def test_passive_issuer_and_local_issuer_code():
    text = ("Tỉnh ủy Quảng Ngãi triển khai Kế hoạch số 05-KH/TU. "
            "Luật Thủ đô được Quốc hội khóa XV thông qua tại kỳ họp thứ 7.")
    issued = facts(extract(text), "issued")
    assert ("Tỉnh ủy Quảng Ngãi", "Kế hoạch số 05-KH/TU") in issued
    assert ("Quốc hội", "Luật Thủ đô") in issued


def test_held_in_through_a_later_reference_to_the_event():
    text = ("Sáng 27/10, Học viện Chính trị khu vực IV tổ chức Hội thảo khoa học về liên kết vùng. "
            "Hội thảo được tổ chức tại tỉnh Hậu Giang.")
    held = facts(extract(text, published="2023-10-27"), "held_in")
    assert held == {("Hội thảo khoa học về liên kết vùng", "Hậu Giang")}


def test_an_event_is_held_in_each_place_of_the_address_after_tai():
    text = ("Sáng 2/5, tại Nhà Quốc hội, Thủ đô Hà Nội, Kỳ họp bất thường lần thứ 9 của Quốc hội khóa XV khai mạc. "
            "Chiều 3/5, Huyện đoàn Tân Uyên tổ chức Lễ khánh thành công trình thanh niên tại ấp Vườn Xoài, "
            "xã Tân Lập, Thủ tướng gửi thư chúc mừng.")
    held = {(event.split(",")[0].split(" của ")[0], place)
            for event, place in facts(extract(text, published="2025-05-02"), "held_in")}
    assert held == {("Kỳ họp bất thường lần thứ 9", "Nhà Quốc hội"), ("Kỳ họp bất thường lần thứ 9", "Hà Nội"),
                    ("Lễ khánh thành công trình thanh niên", "Vườn Xoài"),
                    ("Lễ khánh thành công trình thanh niên", "Tân Lập")}


def test_a_numbered_session_of_a_body_and_the_one_a_sentence_reports_at():
    text = ("Chiều 17-4, Ủy ban Thường vụ Quốc hội đã cho ý kiến về việc chuẩn bị kỳ họp thứ 9. Báo cáo tại phiên họp "
            "về công tác chuẩn bị, Tổng Thư ký Quốc hội Lê Quang Tùng cho biết thời gian làm việc của kỳ họp thứ 9 "
            "là 26 ngày.\nChủ tịch Quốc hội Trần Văn Mẫn phát biểu tại phiên họp thứ 32 của UBTVQH, chiều 17-4")
    doc = extract(text, published="2025-04-17")
    [session] = [e.name for e in doc.entities if e.type == "Event" and e.name.startswith("Phiên họp thứ 32")]
    attended = facts(doc, "participated_in")
    # the session they report at, not the sitting it prepares
    assert {("Lê Quang Tùng", session), ("Trần Văn Mẫn", session)} <= attended
    assert not any(person == "Lê Quang Tùng" and event != session for person, event in attended)
    assert ("Ủy ban Thường vụ Quốc hội", session) in facts(doc, "organized")


def test_a_reception_of_a_foreign_minister_at_a_venue_named_with_a_title():
    text = ("Chủ tịch nước Lương Cường tiếp Bộ trưởng Bộ Chiến tranh Hoa Kỳ\n\n"
            "Chiều 2/11, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường đã tiếp Bộ trưởng Bộ Chiến tranh Hoa Kỳ "
            "Pete Hegseth nhân dịp ông thăm chính thức Việt Nam.")
    doc = extract(text, published="2025-11-02")
    posts = facts(doc, "holds_position")
    assert ("Pete Hegseth", "Bộ Chiến tranh Hoa Kỳ", "Bộ trưởng") in posts  # another country's ministry
    # "Chủ tịch" of the venue "Phủ Chủ tịch" is no post
    assert {(person, role) for person, _, role in posts} == {("Lương Cường", "Chủ tịch nước"),
                                                            ("Pete Hegseth", "Bộ trưởng")}
    reception = "Buổi tiếp Bộ trưởng Bộ Chiến tranh Hoa Kỳ Pete Hegseth"  # the clause ends at "nhân dịp"
    assert {("Lương Cường", reception), ("Pete Hegseth", reception)} <= facts(doc, "participated_in")
    assert (reception, "Phủ Chủ tịch") in facts(doc, "held_in")


def test_an_organizer_set_off_by_a_district_whose_name_opens_with_a_marked_capital():
    doc = extract("Sáng 8/3, Hội Nông dân xã Yên Phú, huyện Ý Yên, tổ chức Hội nghị tổng kết công tác hội năm 2024.")
    assert ("Hội Nông dân xã Yên Phú", "Hội nghị tổng kết công tác hội năm 2024") in facts(doc, "organized")


def test_stated_hierarchy_by_cua_and_by_dash():
    text = ("Ngày 27/10, Học viện Chính trị khu vực IV - Học viện Chính trị quốc gia Hồ Chí Minh phối hợp với "
            "Trường Chính trị tỉnh Hậu Giang tổ chức Hội thảo khoa học về liên kết vùng. "
            "Đại diện Ủy ban Pháp luật của Quốc hội dự hội thảo.")
    doc = extract(text, published="2023-10-27")
    part_of = facts(doc, "part_of")
    assert ("Học viện Chính trị khu vực IV", "Học viện Chính trị Quốc gia Hồ Chí Minh") in part_of
    assert ("Ủy ban Pháp luật", "Quốc hội") in part_of or ("Ủy ban Pháp luật của Quốc hội", "Quốc hội") in part_of
    organizers = {o for o, _ in facts(doc, "organized")}
    assert "Học viện Chính trị khu vực IV" in organizers
    assert "Học viện Chính trị Quốc gia Hồ Chí Minh" not in organizers


def test_bodies_in_a_dash_list_or_placed_apart_by_the_gazetteer_are_no_hierarchy():
    doc = extract("Dự án Luật Thuế (sửa đổi): cơ quan trình là Chính phủ - Ủy ban Kinh tế và Tài chính - Hội đồng Dân "
                  "tộc thẩm tra. Ủy ban Pháp luật và Tư pháp - Bộ Tư pháp phối hợp.")
    assert facts(doc, "part_of") == set()


def test_the_fuller_of_two_nested_roles_stands():
    text = "Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình chủ trì cuộc họp. Phó Thủ tướng Nguyễn Hòa Bình nhấn mạnh."
    posts = facts(extract(text), "holds_position")
    assert posts == {("Nguyễn Hòa Bình", "Chính phủ", "Phó Thủ tướng Thường trực")}


def test_a_list_after_the_head_takes_the_body_of_the_previous_post():
    text = ("Bà Rơ Châm H'Yên được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Gia Lai. "
            "Các Phó Chủ tịch gồm: ông Nguyễn Hữu Phúc; bà Nay Thị Hoa.")
    posts = facts(extract(text), "holds_position")
    assert ("Rơ Châm H'Yên", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai", "Chủ tịch") in posts
    assert ("Nay Thị Hoa", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai", "Phó Chủ tịch") in posts


def test_a_minister_of_a_field_named_by_its_abbreviation():
    posts = facts(extract("Bộ trưởng TN&MT Đỗ Đức Duy trình bày tờ trình."), "holds_position")
    assert ("Đỗ Đức Duy", "Bộ Tài nguyên và Môi trường", "Bộ trưởng") in posts


def test_held_in_a_venue_of_the_meeting_the_article_is_about():
    text = ("Sáng 10/7, Thủ tướng chủ trì Hội nghị đánh giá 3 năm thực hiện Nghị quyết số 18-NQ/TW. "
            "Dự hội nghị tại Trụ sở Chính phủ có Phó Thủ tướng Trần Hồng Hà.")
    doc = extract(text, published="2025-07-10")
    [(event, place)] = facts(doc, "held_in")
    assert event.startswith("Hội nghị đánh giá 3 năm") and place == "Trụ sở Chính phủ"
    assert ("Trần Hồng Hà", event) in facts(doc, "participated_in")


def test_a_foreign_prime_minister_does_not_head_vietnams_government():
    text = "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân hội kiến Thủ tướng Nga Dmitry Medvedev tại Moscow."
    posts = facts(extract(text), "holds_position")
    assert ("Nguyễn Thị Kim Ngân", "Quốc hội", "Chủ tịch") in posts
    assert not any(body == "Chính phủ" for _, body, _ in posts)


def test_a_body_takes_part_in_the_meeting_named_after_it():
    text = ("Sáng 21/4, Ban Thường vụ Tỉnh ủy Bình Định tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh (phiên bất thường). "
            "Các đơn vị học tập Nghị quyết Hội nghị Trung ương 11 khóa XIII.")
    doc = extract(text, published="2025-04-21")
    participants = {s for s, _ in facts(doc, "participated_in")}
    assert "Tỉnh ủy Bình Định" in participants
    assert "Ban Chấp hành Trung ương Đảng" not in participants  # a plenum cited in a resolution's name


def test_a_bare_committee_is_the_one_the_article_names_in_full():
    text = ("Đảng ủy xã Phong Hải tổ chức hội nghị ra mắt mô hình mới. Dự hội nghị có đồng chí Nguyễn Ngọc Tuấn - "
            "Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Tuyên giáo; UBND phối hợp thực hiện.")
    doc = extract(text)
    assert ("Nguyễn Ngọc Tuấn", "Ban Thường vụ Đảng ủy xã Phong Hải", "Ủy viên") in facts(doc, "holds_position")
    assert not any(e.name in ("UBND", "Ủy ban nhân dân") for e in doc.entities)


def test_a_post_elected_right_after_the_body_was_elected():
    text = ("Đại hội đã bầu ra Ban Chấp hành Công đoàn tỉnh Bạc Liêu khóa X gồm 34 đồng chí. "
            "Ông Nguyễn Văn Khanh được bầu làm Chủ tịch.")
    assert ("Nguyễn Văn Khanh", "Công đoàn tỉnh Bạc Liêu", "Chủ tịch") in facts(extract(text), "holds_position")


def test_a_party_organization_inside_a_body_is_no_unit_of_it():
    doc = extract("Đồng chí Lê Minh An, Bí thư Đảng ủy Bộ Tư pháp, dự hội nghị của Ban Thường vụ Đảng ủy Bộ Tư pháp.")
    parts = {(doc.entity(r.subject).name, doc.entity(r.object).name) for r in doc.relations if r.predicate == "part_of"}
    assert ("Ban Thường vụ Đảng ủy Bộ Tư pháp", "Đảng ủy Bộ Tư pháp") in parts
    assert ("Đảng ủy Bộ Tư pháp", "Bộ Tư pháp") not in parts


def test_congress_of_a_party_organization_named_by_its_term():
    text = ("Ngày 28/6, Đảng bộ cơ quan Báo Nhân Dân tổ chức Đại hội nhiệm kỳ 2025-2030. "
            "Đại hội Đảng bộ cơ quan Báo Nhân Dân nhiệm kỳ 2025-2030 đã bầu Ban Chấp hành Đảng bộ cơ quan Báo Nhân Dân "
            "gồm 15 đồng chí. Dự Đại hội có đồng chí Nguyễn Văn Hùng, Phó Bí thư Đảng ủy các cơ quan Đảng Trung ương.")
    doc = extract(text, published="2025-06-28")
    [congress] = [e for e in doc.entities if e.type == "Event"]
    assert congress.name == "Đại hội Đảng bộ cơ quan Báo Nhân Dân nhiệm kỳ 2025-2030"
    assert congress.attrs["date"] == "2025-06-28"
    facts = {(doc.entity(r.subject).name, r.predicate) for r in doc.relations if r.object == congress.id}
    assert facts == {("Đảng bộ cơ quan Báo Nhân Dân", "organized"), ("Nguyễn Văn Hùng", "participated_in")}
    # the executive committee a Party organization elects is its Party committee
    committee = next(e for e in doc.entities if e.name == "Đảng ủy cơ quan Báo Nhân Dân")
    assert "Ban Chấp hành Đảng bộ cơ quan Báo Nhân Dân" in committee.aliases


def test_a_department_and_its_ministry_after_a_comma_or_in_brackets():
    text = ("Đại tá Lê Văn An, Phó Cục trưởng Cục Tổ chức cán bộ, Bộ Công an trao quyết định. "
            "Cục Cảnh sát đường thủy (Bộ Công an) tổ chức lễ. Ban Tuyên giáo Trung ương, Bộ Y tế phối hợp tổ chức.")
    doc = extract(text)
    parts = facts(doc, "part_of")
    assert ("Cục Tổ chức cán bộ", "Bộ Công an") in parts
    assert ("Cục Cảnh sát đường thủy", "Bộ Công an") in parts
    assert not any(child == "Ban Tuyên giáo Trung ương" for child, _ in parts)  # two bodies side by side


def test_a_council_session_named_with_a_dotted_city_and_a_capital_term():
    text = "Sáng 5/7, Kỳ họp thứ 12 HĐND TP. Cần Thơ Khóa X khai mạc. Chủ tịch HĐND thành phố Trần Văn Lâu chủ trì."
    doc = extract(text, published="2025-07-05")
    [session] = [e for e in doc.entities if e.type == "Event"]
    assert session.name == "Kỳ họp thứ 12, Hội đồng nhân dân thành phố Cần Thơ khóa X"
    assert ("Hội đồng nhân dân thành phố Cần Thơ", "organized", session.name) in {
        (doc.entity(r.subject).name, r.predicate, doc.entity(r.object).name) for r in doc.relations}


def test_bodies_enumerated_after_a_structure_and_its_count_are_part_of_it():
    text = ("Theo Nghị quyết, cơ cấu tổ chức của Chính phủ gồm 3 Bộ và 1 cơ quan ngang Bộ.\n"
            "Cụ thể là: Bộ Quốc phòng; Bộ Y tế; Bộ Văn hóa, Thể thao và Du lịch; Ngân hàng Nhà nước Việt Nam.")
    parts = facts(extract(text), "part_of")
    assert {("Bộ Quốc phòng", "Chính phủ"), ("Bộ Y tế", "Chính phủ"),
            ("Bộ Văn hóa, Thể thao và Du lịch", "Chính phủ"), ("Ngân hàng Nhà nước Việt Nam", "Chính phủ")} <= parts
    # bodies named without an enumeration are not its units
    plain = facts(extract("Chính phủ giao Bộ Quốc phòng và Bộ Y tế phối hợp thực hiện."), "part_of")
    assert ("Bộ Quốc phòng", "Chính phủ") not in plain


def test_a_foreign_partys_central_committee():
    doc = extract("Đồng chí Trần Cương, Ủy viên Trung ương Đảng Cộng sản Trung Quốc, Bí thư Khu ủy Quảng Tây phát biểu.")
    assert ("Trần Cương", "Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc", "Ủy viên") in facts(doc, "holds_position")


def test_units_enumerated_in_a_bodys_structure_are_part_of_it():
    text = ("Tổ chức bộ máy của Cơ quan Ủy ban Kiểm tra Tỉnh ủy Hà Giang gồm: 3 phòng như sau:\n"
            "(1) Phòng Kiểm tra số 1 (gọi tắt là Phòng 1)\n"
            "(2) Phòng Kiểm tra số 2\n"
            "Phòng 1 phụ trách các huyện phía bắc.\n"
            "Cơ cấu tổ chức của Bộ Nội vụ gồm: Vụ Tổ chức cán bộ, Vụ Pháp chế và các đơn vị khác.")
    doc = extract(text)
    parts = facts(doc, "part_of")
    assert {("Phòng Kiểm tra số 1", "Cơ quan Ủy ban Kiểm tra Tỉnh ủy Hà Giang"),
            ("Phòng Kiểm tra số 2", "Cơ quan Ủy ban Kiểm tra Tỉnh ủy Hà Giang"),
            ("Vụ Tổ chức cán bộ", "Bộ Nội vụ"), ("Vụ Pháp chế", "Bộ Nội vụ")} <= parts
    first = next(e for e in doc.entities if e.name == "Phòng Kiểm tra số 1")
    assert "Phòng 1" in first.aliases


def test_a_bare_title_is_a_post_in_the_body_the_headline_names():
    text = ("Bệnh viện Đa khoa tỉnh Quảng Nam kỷ niệm 50 năm thành lập\n\n"
            "Sáng 2/8, bệnh viện tổ chức lễ kỷ niệm. Phát biểu khai mạc, bác sĩ Trần Văn Hai, Giám đốc ôn lại chặng đường. "
            "Dự lễ có ông Lê Minh Tâm, Phó Bí thư Thường trực, Chủ tịch HĐND tỉnh Quảng Nam.")
    doc = extract(text, published="2025-08-02")
    posts = facts(doc, "holds_position")
    assert ("Trần Văn Hai", "Bệnh viện Đa khoa tỉnh Quảng Nam", "Giám đốc") in posts
    assert not any(o == "Bệnh viện Đa khoa tỉnh Quảng Nam" for s, o, r in posts if s == "Lê Minh Tâm")


def test_the_subject_body_may_carry_a_bracketed_qualifier_or_its_term():
    text = ("Chiều 28/6, Cục Cảnh sát giao thông (Bộ Công an) đã tổ chức lễ công bố các quyết định về công tác cán bộ. "
            "Hội đồng nhân dân tỉnh Hà Nam khóa XIX, nhiệm kỳ 2021-2026 tổ chức Hội nghị tiếp xúc cử tri.")
    doc = extract(text)
    organizers = {(s, o) for s, o in facts(doc, "organized")}
    assert ("Cục Cảnh sát giao thông", "Lễ công bố các quyết định về công tác cán bộ") in organizers
    assert ("Hội đồng nhân dân tỉnh Hà Nam", "Hội nghị tiếp xúc cử tri") in organizers
    assert not any(s == "Bộ Công an" for s, _ in organizers)


def test_a_resolution_passed_at_the_session_the_sentence_opens_with():
    text = ("Tại Kỳ họp thứ 9, Quốc hội khóa XV đã biểu quyết thông qua Nghị quyết của Quốc hội về thí điểm "
            "chính sách đặc thù. Chiều 5/6, UBND tỉnh Lạng Sơn đã tổ chức trọng thể Lễ đón nhận Bằng khen.")
    doc = extract(text)
    assert ("Nghị quyết của Quốc hội về thí điểm chính sách đặc thù", "Kỳ họp thứ 9, Quốc hội khóa XV") in facts(
        doc, "adopted_at")
    assert ("Ủy ban nhân dân tỉnh Lạng Sơn", "Lễ đón nhận Bằng khen") in facts(doc, "organized")


def test_the_other_side_of_a_working_session_takes_part():
    text = ("Sáng 01/4, đồng chí Hồ Quốc Dũng, Bí thư Tỉnh ủy Bình Định chủ trì buổi làm việc với Ban Thường vụ "
            "Đảng ủy UBND tỉnh về kết quả công tác. Về phía Đảng ủy UBND tỉnh có đồng chí Phạm Anh Tuấn, Chủ tịch "
            "UBND tỉnh.")
    doc = extract(text, published="2025-04-01")
    [event] = [e for e in doc.entities if e.type == "Event"]
    assert "buổi làm việc với Ban Thường vụ Đảng ủy UBND tỉnh" in event.aliases
    attended = {doc.entity(r.subject).name for r in doc.relations if r.predicate == "participated_in"}
    assert {"Hồ Quốc Dũng", "Phạm Anh Tuấn"} <= attended


def test_every_body_listed_after_do_organized_the_event():
    text = ("Thông tin được cung cấp tại Hội nghị Giao ban báo chí định kỳ (do Ban Tuyên giáo và Dân vận Trung ương, "
            "Bộ Thông tin và Truyền thông, Hội Nhà báo Việt Nam tổ chức) chiều 7/2.")
    doc = extract(text)
    assert {s for s, _ in facts(doc, "organized")} == {
        "Ban Tuyên giáo và Dân vận Trung ương", "Bộ Thông tin và Truyền thông", "Hội Nhà báo Việt Nam"}


def test_the_body_whose_delegation_is_received_takes_part():
    text = ("Chiều 18/4, Chủ tịch UBND tỉnh Bình Định Phạm Anh Tuấn đã có buổi tiếp Đoàn công tác của "
            "Ngân hàng Thế giới tại Quy Nhơn.")
    doc = extract(text, published="2025-04-18")
    assert ("Ngân hàng Thế giới", "Buổi tiếp Đoàn công tác của Ngân hàng Thế giới") in facts(doc, "participated_in")


def test_a_meeting_abroad_is_held_in_the_capital_named_after_tai_thu_do():
    doc = extract("Chiều 4/6, tại Thủ đô Viêng Chăn, Thủ tướng Phạm Minh Chính hội kiến Chủ tịch Quốc hội Lào "
                  "Xaysomphone Phomvihane.")
    events = [e.name for e in doc.entities if e.type == "Event"]
    assert len(events) == 1
    assert facts(doc, "held_in") == {(events[0], "Viêng Chăn")}
    # the body inside the meeting's name qualifies the host's title: it does not meet
    assert ("Quốc hội Lào", events[0]) not in facts(doc, "participated_in")
    assert ("Xaysomphone Phomvihane", events[0]) in facts(doc, "participated_in")


def test_every_body_listed_before_ban_hanh_or_thong_qua_issues_the_document():
    doc = extract("Bộ Chính trị, Ban Bí thư ban hành Quy định số 205-QĐ/TW ngày 23/9/2019. "
                  "Trong Kỳ họp thứ 8, Quốc hội đã biểu quyết thông qua Nghị quyết về việc thí điểm chính quyền đô thị "
                  "tại thành phố Đà Nẵng, với 90% đại biểu tán thành.")
    issued = facts(doc, "issued")
    assert {("Bộ Chính trị", "Quy định số 205-QĐ/TW"), ("Ban Bí thư", "Quy định số 205-QĐ/TW")} <= issued
    passed = "Nghị quyết về việc thí điểm chính quyền đô thị"  # "tại thành phố Đà Nẵng" is where, not what
    assert ("Quốc hội", passed) in issued
    assert {d for d, _ in facts(doc, "adopted_at")} == {passed}


def test_the_bodies_an_official_signs_for_issue_the_document():
    doc = extract("Thay mặt Ban Chấp hành Trung ương, đồng chí Lương Cường, Thường trực Ban Bí thư đã ký ban hành "
                  "Quy định số 144-QĐ/TW về chuẩn mực đạo đức cách mạng.")
    assert ("Ban Chấp hành Trung ương Đảng", "Quy định số 144-QĐ/TW") in facts(doc, "issued")
    assert not any(s == "Lương Cường" for s, _ in facts(doc, "issued"))


def test_an_acting_post_is_held_as_such():
    doc = extract("Tham dự có ông Đỗ Văn Minh, Quyền Giám đốc Sở Tài chính tỉnh Nghệ An, và "
                  "Quyền Bộ trưởng Bộ Y tế Đào Hồng Lan.")
    posts = facts(doc, "holds_position")
    assert ("Đỗ Văn Minh", "Sở Tài chính tỉnh Nghệ An", "Quyền Giám đốc") in posts
    assert ("Đào Hồng Lan", "Bộ Y tế", "Quyền Bộ trưởng") in posts


def test_a_bare_standing_board_belongs_to_the_body_the_next_post_names():
    doc = extract("Dự có đồng chí Nguyễn Văn Hải, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy Nghệ An; "
                  "đồng chí Lê Văn Tâm, UV BTV, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Hà Tĩnh.")
    posts = facts(doc, "holds_position")
    assert ("Nguyễn Văn Hải", "Ban Thường vụ Tỉnh ủy Nghệ An", "Ủy viên") in posts
    assert ("Lê Văn Tâm", "Ban Thường vụ Tỉnh ủy Hà Tĩnh", "Ủy viên") in posts
    assert ("Lê Văn Tâm", "Ủy ban Kiểm tra Tỉnh ủy Hà Tĩnh", "Chủ nhiệm") in posts


def test_a_post_named_by_a_decision_is_no_one_s_yet():
    doc = extract("Đồng chí Bùi Văn Hưng, Trưởng Ban Tổ chức Đảng ủy Khối Doanh nghiệp công bố quyết định bổ nhiệm "
                  "Giám đốc Công ty cổ phần Cảng Cái Lân - TKV. Sau đó, ông Phạm Văn Tú, Giám đốc Công ty TNHH Than Mạo Khê phát biểu.")
    posts = facts(doc, "holds_position")
    assert not any(p == "Bùi Văn Hưng" and role == "Giám đốc" for p, _, role in posts)
    assert ("Phạm Văn Tú", "Công ty TNHH Than Mạo Khê", "Giám đốc") in posts
    assert "Công ty cổ phần Cảng Cái Lân - TKV" in {e.name for e in doc.entities if e.type == "Organization"}


def test_the_country_after_a_ministry_stands_between_the_post_and_the_name():
    doc = extract("Bộ trưởng Bộ Công Thương Việt Nam Nguyễn Hồng Diên tiếp đoàn doanh nghiệp.")
    assert ("Nguyễn Hồng Diên", "Bộ Công Thương", "Bộ trưởng") in facts(doc, "holds_position")


def test_a_lowercase_title_counts_between_a_name_and_the_body_it_names():
    doc = extract("Dự lễ có đại tá Lê Văn Hòa (phó giám đốc Công an tỉnh Thanh Hóa) và ông Trịnh Văn Mạnh, "
                  "phó chủ tịch UBND tỉnh Thanh Hóa. Quy định nêu trách nhiệm của cán bộ, trước hết là "
                  "ủy viên Bộ Chính trị, ủy viên Ban Bí thư.")
    posts = facts(doc, "holds_position")
    assert ("Lê Văn Hòa", "Công an tỉnh Thanh Hóa", "Phó Giám đốc") in posts
    assert ("Trịnh Văn Mạnh", "Ủy ban nhân dân tỉnh Thanh Hóa", "Phó Chủ tịch") in posts
    assert not any(body in ("Bộ Chính trị", "Ban Bí thư") for _, body, _ in posts)  # a category, no one's post
    doc = extract("Chiều 29-10, ông Lê Văn Hưng - ủy viên Bộ Chính trị, bí thư Trung ương Đảng, trưởng Ban Tổ chức "
                  "Trung ương - chủ trì hội nghị. Ông Trần Quang Dương, phó trưởng Ban Tổ chức Trung ương, dự. Nghị quyết "
                  "giao trách nhiệm cho bí thư Trung ương Đảng phụ trách.")
    posts = facts(doc, "holds_position")
    # a title whose last word opens the body ("trưởng Ban ..."), and one that names its body itself
    assert {("Lê Văn Hưng", "Ban Tổ chức Trung ương", "Trưởng ban"), ("Lê Văn Hưng", "Ban Bí thư", "Bí thư Trung ương Đảng"),
            ("Trần Quang Dương", "Ban Tổ chức Trung ương", "Phó Trưởng ban")} <= posts
    assert len([p for p in posts if p[1] == "Ban Bí thư"]) == 1  # the category after "cho" is no one's post


def test_bodies_that_meet_by_a_verb_take_part_and_a_district_committee_is_read_from_the_unit_list():
    doc = extract("Sáng 3/4, Ban Thường vụ Tỉnh ủy Hà Tĩnh làm việc với Ban Thường vụ Huyện ủy Hương Khê "
                  "về công tác cán bộ.")
    events = [e.name for e in doc.entities if e.type == "Event"]
    # named with who meets and whom, ending before the topic ("về ..."); also named without who meets
    assert events == ["Buổi làm việc của Ban Thường vụ Tỉnh ủy Hà Tĩnh với Ban Thường vụ Huyện ủy Hương Khê"]
    (event,) = [e for e in doc.entities if e.type == "Event"]
    assert "Buổi làm việc với Ban Thường vụ Huyện ủy Hương Khê" in event.aliases
    attended = facts(doc, "participated_in")
    assert {("Ban Thường vụ Tỉnh ủy Hà Tĩnh", events[0]), ("Ban Thường vụ Huyện ủy Hương Khê", events[0])} <= attended
    assert ("Ban Thường vụ Huyện ủy Hương Khê", "Huyện ủy Hương Khê") in facts(doc, "part_of")


def test_a_meeting_by_its_verb_after_a_visit_and_the_same_meeting_named_again_is_one_event():
    doc = extract("Tổng Bí thư làm việc với Ban Kinh tế Trung ương\n\nNgày 9-12, Tổng Bí thư Tô Lâm đã đến thăm, làm "
                  "việc với Ban Kinh tế Trung ương về kết quả thực hiện nhiệm vụ. Phát biểu tại buổi làm việc với Ban "
                  "Kinh tế Trung ương về kết quả công tác, Tổng Bí thư nêu rõ yêu cầu.")
    (event,) = [e for e in doc.entities if e.type == "Event"]
    assert "Buổi làm việc với Ban Kinh tế Trung ương" in event.aliases
    assert {("Tô Lâm", event.name), ("Ban Kinh tế Trung ương", event.name)} <= facts(doc, "participated_in")


def test_a_member_of_several_boards_of_the_committee_the_chain_ends_with():
    doc = extract("Quyết định chỉ định đồng chí Võ Văn Hưng làm Ủy viên Ban Chấp hành, Ban Thường vụ và giữ chức "
                  "Phó Bí thư Tỉnh ủy Quảng Trị nhiệm kỳ 2020-2025.")
    posts = facts(doc, "holds_position")
    assert {("Võ Văn Hưng", "Tỉnh ủy Quảng Trị", "Ủy viên"),
            ("Võ Văn Hưng", "Ban Thường vụ Tỉnh ủy Quảng Trị", "Ủy viên"),
            ("Võ Văn Hưng", "Tỉnh ủy Quảng Trị", "Phó Bí thư")} <= posts


def test_an_envoy_received_abroad_and_a_ceremony_referred_to_as_buoi_le():
    doc = extract("Chiều 5/3, đồng chí Hoàng Nghĩa Hiếu, Phó Chủ tịch UBND tỉnh Nghệ An tiếp Đại sứ Hàn Quốc tại "
                  "Việt Nam Choi Young Sam. Sáng 6/3, Tỉnh đoàn Nghệ An tổ chức Lễ tuyên dương thanh niên tiêu biểu. "
                  "Phát biểu tại buổi lễ, ông Park Jong Min, Trưởng đại diện Quỹ Nhi đồng Liên hợp quốc (UNICEF) "
                  "tại Việt Nam chúc mừng.")
    events = {e.name for e in doc.entities if e.type == "Event"}
    reception = "Buổi tiếp Đại sứ Hàn Quốc tại Việt Nam Choi Young Sam"
    ceremony = next(e for e in events if e.startswith("Lễ tuyên dương"))
    attended = facts(doc, "participated_in")
    assert {("Choi Young Sam", reception), ("Hoàng Nghĩa Hiếu", reception), ("Park Jong Min", ceremony)} <= attended
    assert facts(doc, "held_in") == set()  # "tại Việt Nam" is where the envoys serve


def test_a_former_post_in_apposition_is_held_as_former():
    doc = extract("Ủy ban Kiểm tra Trung ương thi hành kỷ luật cảnh cáo đối với ông Trần Văn Lâm, nguyên Phó Chủ tịch "
                  "UBND tỉnh Bình Phước, và ông Hồ Văn Niên, cựu Bí thư Tỉnh ủy Gia Lai.")
    former = {(doc.entity(r.subject).name, doc.entity(r.object).name) for r in doc.relations
              if r.predicate == "holds_position" and r.attrs.get("former")}
    assert former == {("Trần Văn Lâm", "Ủy ban nhân dân tỉnh Bình Phước"), ("Hồ Văn Niên", "Tỉnh ủy Gia Lai")}


def test_the_head_of_a_visiting_delegation_and_those_who_come_with_it_take_part():
    doc = extract("Ngày 15/8, Đoàn công tác của Ban Bí thư do đồng chí Lê Minh Hưng, Bí thư Trung ương Đảng làm "
                  "Trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Cà Mau. Cùng đi có đồng chí Phan Thăng An, "
                  "Phó Trưởng Ban Tổ chức Trung ương. Theo chỉ đạo của Tổng Bí thư Tô Lâm, tỉnh cần chuẩn bị tốt.")
    event = next(e.name for e in doc.entities if e.type == "Event")
    attended = {p for p, e in facts(doc, "participated_in") if e == event}
    assert {"Lê Minh Hưng", "Phan Thăng An"} <= attended
    assert "Tô Lâm" not in attended  # cited, not present


def test_a_foreign_minister_named_by_field_and_country_and_an_envoy_s_post_is_no_venue():
    doc = extract("Chiều 10/9, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Hàn Quốc "
                  "Cho Tae Yul đang thăm Việt Nam. Tham dự có Đại sứ Việt Nam tại Hàn Quốc Vũ Hồ.")
    posts = facts(doc, "holds_position")
    assert ("Cho Tae Yul", "Bộ Ngoại giao Hàn Quốc", "Bộ trưởng") in posts
    assert not any(body == "Bộ Ngoại giao" for _, body, _ in posts)
    event = next(e.name for e in doc.entities if e.type == "Event")
    assert event == "Buổi tiếp Bộ trưởng Ngoại giao Hàn Quốc Cho Tae Yul"
    held = facts(doc, "held_in")
    assert {place for meeting, place in held if meeting == event} == {"Trụ sở Chính phủ"}
    assert "Hàn Quốc" not in {place for _, place in held}  # where the envoy serves
    visit = "Chuyến thăm Việt Nam của Bộ trưởng Ngoại giao Hàn Quốc Cho Tae Yul"  # "đang thăm Việt Nam"
    assert (visit, "Việt Nam") in held and ("Cho Tae Yul", visit) in facts(doc, "participated_in")


def test_a_title_whose_body_is_unread_still_ends_the_chain_before_the_name():
    doc = extract("Phát biểu tại hội thảo, Thứ trưởng Bộ Tư pháp, Chủ nhiệm Hội đồng phối hợp phổ biến giáo dục "
                  "pháp luật trung ương Nguyễn Thanh Tịnh nhấn mạnh. Đồng chí Lê Văn Hà trên cương vị Giám đốc "
                  "Công ty sẽ cùng đồng chí Phạm Văn Tú phát triển đơn vị.")
    posts = facts(doc, "holds_position")
    assert ("Nguyễn Thanh Tịnh", "Bộ Tư pháp", "Thứ trưởng") in posts
    assert not any(p == "Phạm Văn Tú" for p, _, _ in posts)  # a clause, not a body's name, stands before him


def test_boards_of_a_company_are_its_units():
    doc = extract("Ông Nguyễn Văn Tuấn, Chủ tịch Hội đồng quản trị Công ty cổ phần Than Cao Sơn; ông Trần Văn Bình, "
                  "Thành viên Hội đồng thành viên Tập đoàn Điện lực Việt Nam dự.")
    posts = facts(doc, "holds_position")
    assert ("Nguyễn Văn Tuấn", "Hội đồng quản trị Công ty cổ phần Than Cao Sơn", "Chủ tịch") in posts
    assert ("Trần Văn Bình", "Hội đồng thành viên Tập đoàn Điện lực Việt Nam", "Thành viên") in posts
    assert ("Hội đồng quản trị Công ty cổ phần Than Cao Sơn", "Công ty cổ phần Than Cao Sơn") in facts(doc, "part_of")


def test_bodies_listed_before_a_shared_place_are_each_that_place_s_and_organize_together():
    doc = extract("Chiều 30/3, Tỉnh ủy, HĐND, UBND, UBMTTQ Việt Nam tỉnh Quảng Trị đã tổ chức Lễ kỷ niệm 50 năm "
                  "Ngày giải phóng tỉnh. Sáng 2/4, Huyện ủy, HĐND, UBND huyện Hải Lăng tổ chức Lễ mít tinh kỷ niệm.")
    organized = facts(doc, "organized")
    province = {"Tỉnh ủy Quảng Trị", "Hội đồng nhân dân tỉnh Quảng Trị", "Ủy ban nhân dân tỉnh Quảng Trị",
                "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị"}
    district = {"Huyện ủy Hải Lăng", "Hội đồng nhân dân huyện Hải Lăng", "Ủy ban nhân dân huyện Hải Lăng"}
    assert {body for body, event in organized if event.startswith("Lễ kỷ niệm")} == province
    assert {body for body, event in organized if event.startswith("Lễ mít tinh")} == district


def test_everyone_listed_before_an_election_takes_the_post():
    doc = extract("Tại phiên họp thứ nhất, các đồng chí Trần Văn Nam, Lê Thị Thu và Phạm Văn Tình được bầu giữ "
                  "chức Phó Bí thư Tỉnh ủy Bình Dương.")
    posts = facts(doc, "holds_position")
    assert {(p, "Tỉnh ủy Bình Dương", "Phó Bí thư") for p in ("Trần Văn Nam", "Lê Thị Thu", "Phạm Văn Tình")} <= posts


def test_who_chairs_a_meeting_by_su_chu_tri_cua_takes_part_and_a_law_on_population_keeps_its_title():
    doc = extract("Chiều 3/11, Chính phủ tổ chức Phiên họp Chính phủ thường kỳ tháng 10 dưới sự chủ trì của Thủ tướng "
                  "Phạm Minh Chính. Quốc hội sẽ thông qua Luật Dân số và Luật số 15/2023/QH15.")
    meeting = "Phiên họp Chính phủ thường kỳ tháng 10"
    assert ("Phạm Minh Chính", meeting) in facts(doc, "participated_in")
    assert "Luật Dân số" in {e.name for e in doc.entities if e.type == "Document"}


def test_an_appointee_takes_part_in_the_ceremony_that_announces_the_decision():
    doc = extract("Chiều 28/6, Bộ Công an tổ chức lễ công bố quyết định của Bộ trưởng Bộ Công an về công tác cán bộ. "
                  "Theo quyết định, Đại tá Lê Văn Sao được điều động, bổ nhiệm giữ chức Giám đốc Công an tỉnh Cà Mau.")
    ceremony = next(e.name for e in doc.entities if e.type == "Event")
    assert ("Lê Văn Sao", ceremony) in facts(doc, "participated_in")
    assert ("Lê Văn Sao", "Công an tỉnh Cà Mau", "Giám đốc") in facts(doc, "holds_position")


def test_a_group_named_by_its_head_and_abbreviation_is_the_body_a_title_names():
    doc = extract("Dự lễ có đồng chí Đặng Văn Hòa, Phó Tổng Giám đốc Tập đoàn TKV, và ông Lê Mạnh Hùng, "
                  "Tổng Giám đốc Tập đoàn PVN.")
    posts = facts(doc, "holds_position")
    assert ("Đặng Văn Hòa", "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam", "Phó Tổng Giám đốc") in posts


def test_a_bare_head_title_goes_only_to_a_headline_body_with_that_head():
    text = ("Bộ trưởng Nguyễn Hải Ninh gặp mặt Bí thư Đảng ủy Khu tự trị dân tộc Choang Quảng Tây\n\n"
            "Ban Chỉ đạo Trung ương về hoàn thiện thể chế do đồng chí Nguyễn Văn Hòa làm Trưởng ban, Đảng ủy Bộ Tư pháp "
            "là cơ quan thường trực.")
    doc = extract(text)
    assert not any(role == "Trưởng ban" and body.startswith("Đảng ủy") for _, body, role in facts(doc, "holds_position"))


def test_the_body_a_person_heads_by_do_lam():
    doc = extract("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng do đồng chí Nguyễn Phú Trọng làm Trưởng ban. "
                  "Đoàn kiểm tra của Bộ Chính trị do đồng chí Lê Minh Hưng làm Trưởng đoàn.")
    posts = facts(doc, "holds_position")
    assert any(p == "Nguyễn Phú Trọng" and body.startswith("Ban Chỉ đạo Trung ương") and role == "Trưởng ban"
               for p, body, role in posts)
    assert not any(p == "Lê Minh Hưng" and body == "Bộ Chính trị" for p, body, _ in posts)  # the delegation's head


def test_those_with_whose_attendance_a_meeting_is_held_take_part():
    doc = extract("Sáng 5/6, Tỉnh ủy Hà Nam tổ chức Hội nghị quán triệt nghị quyết với sự tham dự của đồng chí "
                  "Lê Thị Thủy, Bí thư Tỉnh ủy. Hội nghị có sự tham gia của ông Trương Quốc Huy. "
                  "Theo chỉ đạo của Thủ tướng Phạm Minh Chính, tỉnh phải hoàn thành sớm.")
    attended = {p for p, _ in facts(doc, "participated_in")}
    assert {"Lê Thị Thủy", "Trương Quốc Huy"} <= attended
    assert "Phạm Minh Chính" not in attended


def test_who_receives_a_decision_at_the_ceremony_takes_part():
    doc = extract("Sáng 5/6, Tỉnh ủy Hà Tĩnh tổ chức Lễ công bố quyết định về công tác cán bộ. Đồng chí Hoàng Trung "
                  "Dũng, Bí thư Tỉnh ủy trao quyết định cho đồng chí Trần Báu Hà. Theo đề nghị cho ông Võ Trọng Hải, "
                  "tỉnh sẽ xem xét.")
    attended = {p for p, _ in facts(doc, "participated_in")}
    assert {"Hoàng Trung Dũng", "Trần Báu Hà"} <= attended
    assert "Võ Trọng Hải" not in attended


def test_the_hosts_who_receive_a_delegation_take_part():
    doc = extract("Sáng 5/6, Ban Thường vụ Tỉnh ủy Hà Tĩnh làm việc với Đoàn công tác của Ban Tổ chức Trung ương. "
                  "Tiếp đoàn có đồng chí Hoàng Trung Dũng, Bí thư Tỉnh ủy.")
    assert "Hoàng Trung Dũng" in {p for p, _ in facts(doc, "participated_in")}


def test_an_appointment_to_a_roster_gives_everyone_listed_the_post():
    doc = extract("Theo quyết định, Bộ trưởng Bộ Công an điều động, bổ nhiệm giữ chức phó cục trưởng Cục Cảnh sát "
                  "giao thông đối với 3 cán bộ gồm: Đại tá Trần Văn Lâm (phó giám đốc Công an tỉnh Nam Định), "
                  "đại tá Lê Thị Thu (phó giám đốc Công an tỉnh Thái Bình) và đại tá Nguyễn Đức Hùng.")
    posts = facts(doc, "holds_position")
    for person in ("Trần Văn Lâm", "Lê Thị Thu", "Nguyễn Đức Hùng"):
        assert (person, "Cục Cảnh sát giao thông", "Phó Cục trưởng") in posts


def test_a_place_s_bodies_listed_with_dashes_organize_together_and_none_is_part_of_another():
    doc = extract("Sáng 18/4, Huyện ủy - HĐND - UBND - Ủy ban MTTQ Việt Nam huyện Tuy Phước long trọng tổ chức "
                  "Lễ kỷ niệm 50 năm Ngày giải phóng huyện Tuy Phước.")
    bodies = {"Huyện ủy Tuy Phước", "Hội đồng nhân dân huyện Tuy Phước", "Ủy ban nhân dân huyện Tuy Phước",
              "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Tuy Phước"}
    assert {body for body, _ in facts(doc, "organized")} == bodies
    assert facts(doc, "part_of") == set()


def test_who_witnesses_a_signing_takes_part():
    doc = extract("Sáng 9/1, Thủ tướng Phạm Minh Chính và Thủ tướng Lào Sonexay Siphandone chứng kiến Lễ ký kết "
                  "các văn kiện hợp tác giữa hai nước.")
    event = next(e.name for e in doc.entities if e.type == "Event")
    assert {("Phạm Minh Chính", event), ("Sonexay Siphandone", event)} <= facts(doc, "participated_in")


def test_a_rank_between_a_post_and_its_holder():
    doc = extract("Phát biểu tại hội nghị, Bộ trưởng Bộ Quốc phòng - Đại tướng Phan Văn Giang nêu rõ yêu cầu. "
                  "Giám đốc Công an tỉnh Nghệ An, Thiếu tướng Bùi Quang Thanh báo cáo. "
                  "Thứ trưởng Bộ Quốc phòng Thượng tướng Hoàng Xuân Chiến dự.")
    posts = facts(doc, "holds_position")
    assert ("Phan Văn Giang", "Bộ Quốc phòng", "Bộ trưởng") in posts
    assert ("Bùi Quang Thanh", "Công an tỉnh Nghệ An", "Giám đốc") in posts
    assert ("Hoàng Xuân Chiến", "Bộ Quốc phòng", "Thứ trưởng") in posts


def test_a_name_set_off_after_a_post_does_not_take_the_post_of_the_name_before():
    doc = extract("Dự có ông Trần Văn Bình, Bí thư Tỉnh ủy Nghệ An, ông Lê Văn Cường, Chủ tịch UBND tỉnh Nghệ An.")
    posts = facts(doc, "holds_position")
    assert ("Trần Văn Bình", "Tỉnh ủy Nghệ An", "Bí thư") in posts
    assert ("Lê Văn Cường", "Tỉnh ủy Nghệ An", "Bí thư") not in posts
    assert ("Lê Văn Cường", "Ủy ban nhân dân tỉnh Nghệ An", "Chủ tịch") in posts


def test_a_bare_party_committee_is_the_committee_of_the_body_the_next_post_names():
    doc = extract("Đoàn công tác do đồng chí Trần Văn Nam, Bí thư Đảng ủy, Tổng Giám đốc Thông tấn xã Việt Nam "
                  "làm Trưởng đoàn đã thăm tỉnh Hà Giang. Ông Lê Văn Hòa, Bí thư Đảng ủy, Chủ tịch UBND xã Tân Lập dự.")
    posts = facts(doc, "holds_position")
    assert ("Trần Văn Nam", "Đảng ủy Thông tấn xã Việt Nam", "Bí thư") in posts
    assert ("Trần Văn Nam", "Thông tấn xã Việt Nam", "Tổng Giám đốc") in posts
    assert ("Lê Văn Hòa", "Đảng ủy xã Tân Lập", "Bí thư") in posts  # a commune's committee is the commune's
    doc = extract("Về phía Đảng ủy UBND tỉnh có đồng chí Phạm Anh Tú, Bí thư Đảng ủy, Chủ tịch UBND tỉnh Bình Định.")
    assert ("Phạm Anh Tú", "Đảng ủy Ủy ban nhân dân tỉnh Bình Định", "Bí thư") in facts(doc, "holds_position")
    assert facts(doc, "part_of") == set()  # a Party committee leads a body's members; it is no unit of it
    doc = extract("Phát biểu kết luận, Bí thư Đảng ủy, Thủ tướng Chính phủ Phạm Minh Chính nêu rõ yêu cầu.")
    # a central body's own committee, which the gazetteer knows
    assert ("Phạm Minh Chính", "Đảng ủy Chính phủ", "Bí thư") in facts(doc, "holds_position")


def test_a_company_named_by_its_kind_alone_is_the_company_the_article_names():
    doc = extract("Công ty cổ phần Cảng Hải Phòng tổ chức hội nghị. Ông Lê Văn Hòa được bầu giữ chức Bí thư "
                  "Đảng ủy Công ty nhiệm kỳ 2025-2030.")
    assert ("Lê Văn Hòa", "Đảng ủy Công ty cổ phần Cảng Hải Phòng", "Bí thư") in facts(doc, "holds_position")
    assert "Đảng ủy Công ty" not in {e.name for e in doc.entities}


def test_an_envoy_heads_his_countrys_mission_in_the_host_country():
    doc = extract("Ngày 12/5, Đại sứ Việt Nam tại Campuchia Nguyễn Văn Thành đến thăm cộng đồng người Việt. "
                  "Tổng Lãnh sự Việt Nam tại Thượng Hải Lê Thị Hà dự. Đại sứ quán Pháp tại Việt Nam tổ chức tiệc.")
    posts = facts(doc, "holds_position")
    assert ("Nguyễn Văn Thành", "Đại sứ quán Việt Nam tại Campuchia", "Đại sứ") in posts
    assert ("Lê Thị Hà", "Tổng Lãnh sự quán Việt Nam tại Thượng Hải", "Tổng Lãnh sự") in posts
    assert "Đại sứ quán Pháp tại Việt Nam" in {e.name for e in doc.entities}


def test_a_body_that_has_a_resolution_issued_it():
    doc = extract("Theo Phó Thủ tướng, vừa qua, Bộ Chính trị có Nghị quyết số 57-NQ/TW về phát triển khoa học. "
                  "Văn bản có Nghị quyết số 15/NQ-CP đính kèm.")
    assert ("Bộ Chính trị", "Nghị quyết số 57-NQ/TW") in facts(doc, "issued")


def test_buddhist_sangha_bodies_posts_and_a_pagoda_venue():
    doc = extract("Sáng 8-5, tại chùa Phước Hưng, Ban Thường trực Ban Trị sự GHPGVN tỉnh An Giang tổ chức Hội nghị "
                  "triển khai Thông tư 12/TT-HĐTS của Hội đồng Trị sự GHPGVN. Tham dự có Hòa thượng Thích Minh Phước, "
                  "Thành viên Hội đồng Chứng minh; Thượng tọa Thích Thiện Đức, Phó ban Thường trực Ban Trị sự tỉnh; "
                  "ông Lê Văn Tâm, Chủ tịch UBMTTQVN tỉnh An Giang.")
    board = "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh An Giang"
    posts = facts(doc, "holds_position")
    assert ("Thích Minh Phước", "Hội đồng Chứng minh Giáo hội Phật giáo Việt Nam", "Thành viên") in posts
    assert ("Thích Thiện Đức", board, "Phó ban Thường trực") in posts
    assert ("Lê Văn Tâm", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh An Giang", "Chủ tịch") in posts
    assert ("Hội đồng Trị sự Giáo hội Phật giáo Việt Nam", "Thông tư số 12/TT-HĐTS") in facts(doc, "issued")
    assert (f"Ban Thường trực {board}", board) in facts(doc, "part_of")
    assert "chùa Phước Hưng" in {e.name for e in doc.entities if e.type == "Location"}


def test_a_middle_name_is_no_venue():
    doc = extract("Ông Vương Đình Huệ là người đầu tiên bị kỷ luật.")
    assert not [e for e in doc.entities if e.type == "Location"]


def test_a_central_body_s_regional_office_and_a_lowercase_district_committee():
    doc = extract("Tham dự có ông Vũ Văn An, Phó Kiểm toán trưởng KTNN khu vực VII; ông Đinh Văn Dũng, Bí thư huyện "
                  "ủy huyện Tuần Giáo. Các huyện ủy, thành ủy phải báo cáo.")
    posts = facts(doc, "holds_position")
    assert ("Vũ Văn An", "Kiểm toán nhà nước khu vực VII", "Phó Kiểm toán trưởng") in posts
    assert ("Kiểm toán nhà nước khu vực VII", "Kiểm toán nhà nước") in facts(doc, "part_of")
    assert ("Đinh Văn Dũng", "Huyện ủy Tuần Giáo", "Bí thư") in posts
    assert {e.name for e in doc.entities if e.type == "Organization"} == {
        "Kiểm toán nhà nước khu vực VII", "Kiểm toán nhà nước", "Huyện ủy Tuần Giáo"}


def test_a_lowercase_ceremony_a_body_organizes_is_named_by_what_follows():
    doc = extract("Sáng 17/5, tại Khu di tích Đền Hùng, Tỉnh đoàn Phú Thọ tổ chức lễ báo công dâng Bác. Dự có đồng "
                  "chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh Phú Thọ. Huyện ủy tổ chức lễ, hội nghị đúng quy định.")
    events = {e.name for e in doc.entities if e.type == "Event"}
    assert events == {"Lễ báo công dâng Bác"}
    assert ("Tỉnh đoàn Phú Thọ", "Lễ báo công dâng Bác") in facts(doc, "organized")
    assert ("Nguyễn Văn An", "Lễ báo công dâng Bác") in facts(doc, "participated_in")
    assert ("Lễ báo công dâng Bác", "Khu di tích Đền Hùng") in facts(doc, "held_in")


def test_a_resolution_named_by_its_session_and_the_assembly_that_held_it():
    doc = extract("Quốc hội vừa thông qua Nghị quyết kỳ họp thứ 9, trong đó nêu rõ dự án đường sắt. "
                  "HĐND tỉnh Nghệ An ban hành Nghị quyết số 12/NQ-HĐND tại kỳ họp thứ 20.")
    assert ("Quốc hội", "Nghị quyết kỳ họp thứ 9") in facts(doc, "issued")
    assert ("Nghị quyết kỳ họp thứ 9", "Kỳ họp thứ 9") in facts(doc, "adopted_at")
    assert ("Quốc hội", "Kỳ họp thứ 9") in facts(doc, "organized")


def test_a_standing_board_listed_among_those_present_attends_but_not_one_named_in_a_post():
    doc = extract("Chiều 30/3, Tỉnh ủy Bình Định tổ chức Gặp mặt đại biểu tiêu biểu tỉnh Bình Định. Tham dự buổi gặp "
                  "mặt có đồng chí Lê Văn Hòa, Ủy viên Ban Thường vụ Tỉnh ủy; các đồng chí trong Ban Thường vụ Tỉnh ủy "
                  "Phú Yên, Thường trực HĐND tỉnh Phú Yên và lãnh đạo các sở.")
    attended = {body for body, _ in facts(doc, "participated_in")}
    assert {"Ban Thường vụ Tỉnh ủy Phú Yên", "Thường trực Hội đồng nhân dân tỉnh Phú Yên"} <= attended
    assert "Ban Thường vụ Tỉnh ủy Bình Định" not in attended


def test_a_council_named_with_a_capital_term_before_its_session_organizes_it():
    doc = extract("Ngày 28/6, HĐND TP. Hồ Chí Minh Khóa X đã tổ chức Kỳ họp thứ 23. Đây là kỳ họp cuối cùng.")
    (event,) = [e.name for e in doc.entities if e.type == "Event"]
    assert event.startswith("Kỳ họp thứ 23")
    assert ("Hội đồng nhân dân Thành phố Hồ Chí Minh", event) in facts(doc, "organized")


def test_a_lowercase_event_read_from_to_chuc_gives_way_to_the_one_the_article_names_in_form():
    doc = extract("Tòa án nhân dân tỉnh Nghệ An tổ chức hội nghị tập huấn ứng dụng trí tuệ nhân tạo. Ngày 8-5, Tòa án "
                  "nhân dân tỉnh Nghệ An tổ chức Hội nghị tập huấn chuyên môn năm 2025. Tại hội nghị, ông Lê Văn Hòa "
                  "phát biểu.")
    events = {e.name for e in doc.entities if e.type == "Event"}
    assert events == {"Hội nghị tập huấn chuyên môn năm 2025"}


def test_an_embassy_in_a_city_the_gazetteer_lacks():
    doc = extract("Ông nhấn mạnh vai trò của Đại sứ quán Việt Nam tại Colombo trong quan hệ hai nước.")
    assert "Đại sứ quán Việt Nam tại Colombo" in {e.name for e in doc.entities}


def test_an_unnumbered_session_is_the_one_session_the_article_numbers():
    doc = extract("Khai mạc kỳ họp chuyên đề HĐND TP.HCM\n\nNgày 14-11, HĐND TP.HCM khai mạc kỳ họp thứ 5 (chuyên đề). "
                  "Tham dự kỳ họp có Bí thư Thành ủy TP.HCM Trần Văn Quang. Kỳ họp còn có sự tham dự của lãnh đạo "
                  "các sở. Phát biểu khai mạc kỳ họp thứ 5 của HĐND TP.HCM khóa X, ông Võ Văn Minh nhấn mạnh.")
    (event,) = [e for e in doc.entities if e.type == "Event"]
    assert event.name == "Kỳ họp thứ 5, Hội đồng nhân dân Thành phố Hồ Chí Minh khóa X"
    assert ("Hội đồng nhân dân Thành phố Hồ Chí Minh", event.name) in facts(doc, "organized")
    assert ("Trần Văn Quang", event.name) in facts(doc, "participated_in")


def test_a_department_of_an_academy_named_after_a_comma():
    doc = extract("Dự hội thảo có TS. Nguyễn Văn An, Phó Vụ trưởng Vụ Quản lý khoa học, Học viện Chính trị quốc gia "
                  "Hồ Chí Minh.")
    assert ("Vụ Quản lý khoa học", "Học viện Chính trị Quốc gia Hồ Chí Minh") in facts(doc, "part_of")


def test_a_signing_between_two_newspapers_names_both_and_foreign_titles_are_no_people():
    doc = extract("Lễ ký kết biên bản ghi nhớ giữa Báo Thế giới và Việt Nam với Báo Nhân Dân diễn ra sáng nay. "
                  "Ông Mohammed Rasoodeen, Tổng Biên tập The Colombo Times phát biểu.")
    events = {e.name for e in doc.entities if e.type == "Event"}
    assert events == {"Lễ ký kết biên bản ghi nhớ giữa Báo Thế giới và Việt Nam với Báo Nhân Dân"}
    assert {e.name for e in doc.entities if e.type == "Person"} == {"Mohammed Rasoodeen"}


def test_a_bare_party_building_commission_is_the_unit_of_the_committee_just_named():
    doc = extract("Dự có đồng chí Lê Văn Viên, Phó Bí thư Thường trực Đảng ủy xã Tân Lập; đồng chí Trần Văn Tuấn, Ủy "
                  "viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng.")
    unit = "Ban Xây dựng Đảng Đảng ủy xã Tân Lập"
    assert ("Trần Văn Tuấn", unit, "Trưởng ban") in facts(doc, "holds_position")
    assert (unit, "Đảng ủy xã Tân Lập") in facts(doc, "part_of")
    assert "Đảng Cộng sản Việt Nam" not in {e.name for e in doc.entities}


def test_a_contest_is_an_event_its_organizers_hold():
    doc = extract('Hội LHPN tỉnh Quảng Ninh phối hợp với Hội LHPN huyện Ba Chẽ tổ chức Hội thi sân khấu hóa về "Bình '
                  'đẳng giới". Các đội tham gia hội thi đạt kết quả tốt.')
    contest = 'Hội thi sân khấu hóa về "Bình đẳng giới"'
    assert {("Hội Liên hiệp Phụ nữ tỉnh Quảng Ninh", contest), ("Hội Liên hiệp Phụ nữ huyện Ba Chẽ", contest)} \
        <= facts(doc, "organized")


def test_a_round_table_with_whom_and_where_those_present_invest_is_no_venue():
    doc = extract("Sáng 28/6/2025, tại Hà Nội, Thủ tướng Phạm Minh Chính chủ trì cuộc tọa đàm với đại diện các doanh "
                  "nghiệp Anh quốc đang đầu tư tại Việt Nam. Các doanh nghiệp đánh giá cao Hiệp định thương mại tự do "
                  "song phương UKVFTA.")
    (event,) = [e.name for e in doc.entities if e.type == "Event"]
    assert event.startswith("Cuộc tọa đàm với đại diện")
    assert facts(doc, "held_in") == {(event, "Hà Nội")}
    assert ("Phạm Minh Chính", event) in facts(doc, "participated_in")
    assert "Hiệp định thương mại tự do song phương UKVFTA" in {e.name for e in doc.entities if e.type == "Document"}


def test_an_extraordinary_session_by_number_and_a_described_session_is_a_reference():
    doc = extract("Tại Kỳ họp bất thường lần thứ 9, Quốc hội khóa XV, Quốc hội sẽ xem xét nhiều nội dung. Do thời gian "
                  "diễn ra Kỳ họp ngắn, Tổng Thư ký Quốc hội không tổ chức họp báo.")
    (event,) = [e for e in doc.entities if e.type == "Event"]
    assert event.name == "Kỳ họp bất thường lần thứ 9, Quốc hội khóa XV"  # numbered apart from the regular sessions
    assert ("Quốc hội", event.name) in facts(doc, "organized")
    doc = extract("Kỳ họp thứ 9, Quốc hội khóa XV bế mạc. Trước đó, Kỳ họp bất thường lần thứ 9, Quốc hội khóa XV "
                  "đã thông qua nhiều luật.")
    assert len([e for e in doc.entities if e.type == "Event"]) == 2


def test_those_present_at_a_signing_on_either_side_take_part():
    doc = extract("Chiều 27/6, lễ ký kết biên bản ghi nhớ (MoU) giữa Báo Thế giới và Việt Nam với Báo Nhân Dân đã diễn "
                  "ra. Cùng tham dự buổi lễ có Phó Chủ nhiệm Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội "
                  "Nguyễn Mạnh Tiến. Tại điểm cầu Hà Nội có sự hiện diện của Thứ trưởng Ngoại giao Lê Thị Hằng. Về "
                  "đại diện Báo Thế giới và Việt Nam có Tổng Biên tập Nguyễn Trường Sơn.")
    (event,) = [e.name for e in doc.entities if e.type == "Event"]
    assert event == "Lễ ký kết biên bản ghi nhớ (MoU) giữa Báo Thế giới và Việt Nam với Báo Nhân Dân"
    attended = {p for p, _ in facts(doc, "participated_in")}
    assert {"Nguyễn Mạnh Tiến", "Lê Thị Hằng", "Nguyễn Trường Sơn"} <= attended


def test_those_the_delegates_meet_and_talk_with_take_part():
    doc = extract("Chiều 30/3, Tỉnh ủy Bình Định tổ chức Gặp mặt đại biểu tiêu biểu tỉnh Bình Định. Tại buổi gặp mặt, "
                  "các đại biểu có dịp giao lưu với Cựu chiến binh Võ Văn Lụa và Thượng úy Nguyễn Chu Khánh.")
    attended = {p for p, _ in facts(doc, "participated_in")}
    assert {"Võ Văn Lụa", "Nguyễn Chu Khánh"} <= attended


def test_a_meeting_with_a_places_voters_is_held_there():
    doc = extract("Tại buổi tiếp xúc cử tri TP. Thủ Đức, TP.HCM sau kỳ họp thứ 9 Quốc hội khóa XV hôm nay (28/6), "
                  "nhiều cử tri bày tỏ bức xúc.")
    meeting = next(e.name for e in doc.entities if e.type == "Event" and e.name.startswith("Buổi tiếp xúc"))
    assert meeting.endswith("Quốc hội khóa XV")  # "hôm nay" ends the name
    assert (meeting, "Thủ Đức") in facts(doc, "held_in")


def test_an_event_named_after_a_commune_or_village_is_held_there_not_after_a_province():
    doc = extract("Sáng 15/11, Ban Công tác Mặt trận ấp Tân Hòa tổ chức Ngày hội Đại đoàn kết toàn dân tộc ấp Tân "
                  "Hòa, xã Long Phú. Chiều cùng ngày, Hội Nông dân tỉnh Sóc Trăng tổ chức Đại hội đại biểu Hội Nông "
                  "dân tỉnh Sóc Trăng lần thứ X.")
    held = facts(doc, "held_in")
    festival = next(e.name for e in doc.entities if e.type == "Event" and e.name.startswith("Ngày hội"))
    assert (festival, "Tân Hòa") in held
    assert not any(place == "Sóc Trăng" for _, place in held)  # a province in a body's name says nothing


def test_a_diocese_named_by_its_place_ends_there():
    doc = extract("Ông gửi tới Tổng Giáo phận Hà Nội một mùa Giáng sinh an lành.")
    assert "Tổng Giáo phận Hà Nội" in names(doc, "Organization")


def test_a_reception_of_a_leader_named_after_a_title_chain():
    doc = extract("Chiều 25/7, tại Phủ Chủ tịch, Chủ tịch nước Tô Lâm tiếp Tổng Bí thư, Chủ tịch nước Lào Thongloun "
                  "Sisoulith.")
    (event,) = [e.name for e in doc.entities if e.type == "Event"]
    assert event.startswith("Buổi tiếp Tổng Bí thư")
    assert {("Tô Lâm", event), ("Thongloun Sisoulith", event)} <= facts(doc, "participated_in")
    assert (event, "Phủ Chủ tịch") in facts(doc, "held_in")


def test_a_welcome_ceremony_a_leader_chairs_and_an_award_handed_over():
    doc = extract("Sáng 13/10, Thủ tướng Phạm Minh Chính chủ trì lễ đón chính thức Thủ tướng Trung Quốc Lý Cường thăm "
                  "chính thức Việt Nam.")
    welcome = "Lễ đón chính thức Thủ tướng Trung Quốc Lý Cường"
    assert {("Phạm Minh Chính", welcome), ("Lý Cường", welcome)} <= facts(doc, "participated_in")
    doc = extract("Sáng 23/1, tại Hà Nội, Tổng Bí thư Tô Lâm trao Huân chương Hồ Chí Minh tặng đồng chí Đinh Thế Huynh.")
    award = "Lễ trao Huân chương Hồ Chí Minh tặng đồng chí Đinh Thế Huynh"
    assert {("Tô Lâm", award), ("Đinh Thế Huynh", award)} <= facts(doc, "participated_in")
    doc = extract("Sáng 5/6, Bệnh viện tỉnh tổ chức Lễ kỷ niệm 60 năm thành lập. Phó Chủ tịch UBND tỉnh Nguyễn Văn An "
                  "trao Huân chương Lao động hạng Nhất cho tập thể bệnh viện.")
    assert [e.name for e in doc.entities if e.type == "Event"] == ["Lễ kỷ niệm 60 năm thành lập"]


def test_a_commission_meets_by_number():
    doc = extract("Ủy ban Kiểm tra Trung ương họp kỳ thứ 53 từ ngày 6 đến 8/1. Đồng chí Nguyễn Duy Ngọc, Chủ nhiệm Ủy "
                  "ban Kiểm tra Trung ương chủ trì kỳ họp.")
    meeting = "Kỳ họp thứ 53 của Ủy ban Kiểm tra Trung ương"
    assert ("Ủy ban Kiểm tra Trung ương", meeting) in facts(doc, "organized")
    assert ("Nguyễn Duy Ngọc", meeting) in facts(doc, "participated_in")


def test_who_is_appointed_to_a_committee_and_its_board_is_a_member_of_each():
    doc = extract("Bà Hà Thị Nga, Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam được Bộ Chính trị điều động, chỉ định tham "
                  "gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy Tuyên Quang. Đồng chí Lê Văn An được "
                  "bầu bổ sung vào Ban Thường vụ Tỉnh ủy Nghệ An.")
    posts = facts(doc, "holds_position")
    assert ("Hà Thị Nga", "Tỉnh ủy Tuyên Quang", "Bí thư") in posts
    assert ("Hà Thị Nga", "Tỉnh ủy Tuyên Quang", "Ủy viên") not in posts  # the post says more
    assert ("Hà Thị Nga", "Ban Thường vụ Tỉnh ủy Tuyên Quang", "Ủy viên") in posts
    assert ("Lê Văn An", "Ban Thường vụ Tỉnh ủy Nghệ An", "Ủy viên") in posts


def test_commendations_tournaments_and_a_board_meeting_by_verb():
    doc = extract("Ngày 28/6, Ủy ban MTTQ Việt Nam TP.HCM tổ chức tuyên dương 90 gia đình văn hóa tiêu biểu năm 2025. "
                  "Tham dự có Phó Bí thư Thành ủy Nguyễn Phước Lộc.")
    (event,) = [e.name for e in doc.entities if e.type == "Event"]
    assert ("Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh", event) in facts(doc, "organized")
    doc = extract("Sáng 28/6, Hội Nhà báo thành phố Cần Thơ khai mạc Giải thể thao báo chí thành phố Cần Thơ mở rộng "
                  "năm 2025.")
    assert ("Hội Nhà báo thành phố Cần Thơ", "Giải thể thao báo chí thành phố Cần Thơ mở rộng năm 2025") \
        in facts(doc, "organized")
    doc = extract("Ngày 20/4, Ban Thường vụ Tỉnh ủy Bình Định họp thông qua Đề án sắp xếp đơn vị hành chính. Đồng chí "
                  "Hồ Quốc Dũng, Bí thư Tỉnh ủy chủ trì cuộc họp.")
    meeting = "Cuộc họp của Ban Thường vụ Tỉnh ủy Bình Định"
    assert ("Hồ Quốc Dũng", meeting) in facts(doc, "participated_in")
    assert ("Ban Thường vụ Tỉnh ủy Bình Định", meeting) in facts(doc, "organized")  # the board holds its meeting
    doc = extract("Sáng 17/3, Ban Thường vụ Đảng ủy Quốc hội đã họp để cho ý kiến về Đề án bầu cử. Tham dự cuộc họp có "
                  "Phó Chủ tịch Quốc hội Nguyễn Khắc Định.")
    meeting = "Cuộc họp của Ban Thường vụ Đảng ủy Quốc hội"
    assert ("Ban Thường vụ Đảng ủy Quốc hội", meeting) in facts(doc, "organized")
    assert ("Nguyễn Khắc Định", meeting) in facts(doc, "participated_in")
    doc = extract("Sáng 5/3, Thủ tướng Phạm Minh Chính chủ trì cuộc họp của Ban Thường vụ Đảng ủy Chính phủ, cho ý kiến "
                  "về Đề án sắp xếp đơn vị hành chính. Tại cuộc họp, các đại biểu thảo luận.")
    meeting = "Cuộc họp của Ban Thường vụ Đảng ủy Chính phủ"
    assert [e.name for e in doc.entities if e.type == "Event"] == [meeting]
    assert facts(doc, "organized") == {("Ban Thường vụ Đảng ủy Chính phủ", meeting)}
    assert ("Phạm Minh Chính", meeting) in facts(doc, "participated_in")
    assert ("Ban Thường vụ Đảng ủy Chính phủ", meeting) not in facts(doc, "participated_in")
    doc = extract("Ban Chấp hành Đảng bộ tỉnh họp cho ý kiến về sắp xếp đơn vị hành chính\n\nChiều 21/4, Ban Thường vụ "
                  "Tỉnh ủy Nghệ An tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh.")
    assert [e.name for e in doc.entities if e.type == "Event"] == ["Hội nghị Ban Chấp hành Đảng bộ tỉnh"]


def test_the_body_whose_conference_it_is_holds_it_but_not_the_issuer_of_a_cited_circular():
    doc = extract("Hội nghị tổng kết năm 2024 của Bộ Nội vụ diễn ra sáng 5/6. Thứ trưởng Vũ Đăng Minh điều hành hội nghị.")
    assert ("Bộ Nội vụ", "Hội nghị tổng kết năm 2024 của Bộ Nội vụ") in facts(doc, "organized")
    doc = extract("Sáng 8-5, Ban Trị sự GHPGVN tỉnh An Giang tổ chức Hội nghị triển khai Thông tư 12/TT-HĐTS của Hội "
                  "đồng Trị sự GHPGVN.")
    assert {body for body, _ in facts(doc, "organized")} == {"Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh An Giang"}


def test_a_communes_party_committee_named_without_its_name_is_that_of_the_party_organization_named():
    doc = extract("Ngày 10/7, Đảng bộ xã Tân Lập, tỉnh Phú Thọ tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. "
                  "Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa mới gồm 15 đồng chí. Đồng chí Nguyễn Văn An được bầu "
                  "giữ chức Bí thư Đảng ủy xã.")
    assert ("Nguyễn Văn An", "Đảng ủy xã Tân Lập", "Bí thư") in facts(doc, "holds_position")


def test_a_commissions_session_named_with_it_or_by_the_sentence_that_follows():
    doc = extract("Kỳ họp thứ 41 của Ủy ban Kiểm tra Trung ương diễn ra từ ngày 5 đến 7/6. Đồng chí Trần Cẩm Tú chủ trì "
                  "kỳ họp. Ủy ban Kiểm tra Trung ương họp kỳ thứ 41.")
    (event,) = [e.name for e in doc.entities if e.type == "Event"]
    assert event == "Kỳ họp thứ 41 của Ủy ban Kiểm tra Trung ương"
    assert ("Ủy ban Kiểm tra Trung ương", event) in facts(doc, "organized")
    doc = extract("Trước đó, tại Kỳ họp thứ 40, Ủy ban Kiểm tra Trung ương đã đề nghị Bộ Chính trị thi hành kỷ luật.")
    assert ("Ủy ban Kiểm tra Trung ương", "Kỳ họp thứ 40") in facts(doc, "organized")


def test_a_post_whose_unit_is_followed_by_its_ministry_goes_with_the_name_after_them():
    doc = extract("Cùng tham dự có Phó Chủ nhiệm Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội Nguyễn Mạnh Tiến, "
                  "Phó Vụ trưởng Vụ Thông tin Báo chí, Bộ Ngoại giao Đoàn Khắc Việt.")
    posts = facts(doc, "holds_position")
    assert ("Đoàn Khắc Việt", "Vụ Thông tin Báo chí", "Phó Vụ trưởng") in posts
    assert ("Nguyễn Mạnh Tiến", "Vụ Thông tin Báo chí", "Phó Vụ trưởng") not in posts


def test_organizers_qualified_by_their_province_or_listed_with_phoi_hop_voi():
    doc = extract("Hội LHPN huyện Ba Chẽ, tỉnh Quảng Ninh, tổ chức Hội thi sân khấu hóa về bình đẳng giới năm 2025. "
                  'Hội thi tìm hiểu về "Gia đình hạnh phúc" do Hội LHPN tỉnh Quảng Ninh phối hợp với Hội LHPN huyện '
                  "Đầm Hà tổ chức tháng 5/2025.")
    organized = facts(doc, "organized")
    assert ("Hội Liên hiệp Phụ nữ huyện Ba Chẽ", "Hội thi sân khấu hóa về bình đẳng giới năm 2025") in organized
    quiz = 'Hội thi tìm hiểu về "Gia đình hạnh phúc"'
    assert {("Hội Liên hiệp Phụ nữ tỉnh Quảng Ninh", quiz), ("Hội Liên hiệp Phụ nữ huyện Đầm Hà", quiz)} <= organized


def test_a_unit_named_with_the_body_it_belongs_to_is_part_of_it():
    doc = extract("Đại tá Lê Văn Tâm, Trưởng Phòng Cảnh sát hình sự Công an tỉnh Đồng Nai dự. Ông Lê Văn Bình, Bí thư "
                  "Đảng ủy Công ty Than Hà Tu phát biểu.")
    assert facts(doc, "part_of") == {("Phòng Cảnh sát hình sự Công an tỉnh Đồng Nai", "Công an tỉnh Đồng Nai")}


def test_a_bare_standing_board_before_a_councils_post_is_the_provinces_party_board_and_a_delegations_body_attends():
    doc = extract("Sáng 12/5, đồng chí Nguyễn Đức Trung, Bí thư Tỉnh ủy Nghệ An và đoàn công tác của Ban Thường vụ "
                  "Tỉnh ủy đã có buổi làm việc với Ban Thường vụ Huyện ủy Quỳnh Lưu. Cùng dự có đồng chí Võ Thị Minh "
                  "Sinh, Ủy viên Ban Thường vụ, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.")
    posts = facts(doc, "holds_position")
    assert ("Võ Thị Minh Sinh", "Ban Thường vụ Tỉnh ủy Nghệ An", "Ủy viên") in posts
    assert not any(body.startswith("Ban Thường vụ Ủy ban") for _, body, _ in posts)
    meeting = next(e.name for e in doc.entities if e.type == "Event")
    assert ("Ban Thường vụ Tỉnh ủy Nghệ An", meeting) in facts(doc, "participated_in")


def test_the_post_whose_authority_someone_carries_is_not_theirs():
    doc = extract("Tại hội nghị, thừa ủy quyền của Thủ tướng Chính phủ, Bộ trưởng Nguyễn Văn Thắng đã trao quyết định. "
                  "Thực hiện ý kiến chỉ đạo của Phó Thủ tướng Chính phủ, Phó Chủ tịch UBND tỉnh Ngô Văn Phượng yêu cầu "
                  "các sở khẩn trương. Dưới sự điều hành của Ủy viên Trung ương Đảng, Phó Chủ tịch Quốc hội Nguyễn "
                  "Đức Hải, Quốc hội đã thông qua nghị quyết.")
    posts = facts(doc, "holds_position")
    assert not {role for person, _, role in posts if person in ("Nguyễn Văn Thắng", "Ngô Văn Phượng")} \
        & {"Thủ tướng", "Phó Thủ tướng"}
    assert ("Nguyễn Văn Thắng", "Bộ Tài chính", "Bộ trưởng") not in posts  # no body named for his post here
    assert ("Nguyễn Đức Hải", "Ban Chấp hành Trung ương Đảng", "Ủy viên") in posts


def test_a_bodys_numbered_conference():
    doc = extract("Ngày 23/8, Ủy ban MTTQ Việt Nam tỉnh Điện Biên khóa XV tổ chức Hội nghị lần thứ 16 để hiệp thương cử "
                  "chức danh Chủ tịch. Dự hội nghị có bà Trương Thị Ngọc Ánh, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.")
    assert ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Điện Biên", "Hội nghị lần thứ 16") in facts(doc, "organized")
    assert ("Trương Thị Ngọc Ánh", "Hội nghị lần thứ 16") in facts(doc, "participated_in")


def test_a_name_in_what_a_speaker_said_is_not_someone_present():
    doc = extract("Sáng 5/6, Tỉnh ủy Nghệ An tổ chức Hội nghị sơ kết công tác năm 2025. Phát biểu tại hội nghị, đồng chí "
                  "Nguyễn Văn An nhấn mạnh, thời gian qua, đồng chí Trần Văn Bình đã có nhiều đóng góp cho tỉnh.")
    assert {p for p, _ in facts(doc, "participated_in")} == {"Nguyễn Văn An"}


def test_a_delegations_members_take_part_in_its_voter_meeting():
    doc = extract("Ngày 10/7, Đoàn đại biểu Quốc hội tỉnh Bình Định tiếp xúc cử tri huyện Tuy Phước. Tham gia đoàn có "
                  "đại biểu Quốc hội Lê Kim Toàn.")
    meeting = "Tiếp xúc cử tri huyện Tuy Phước"
    assert {("Đoàn đại biểu Quốc hội tỉnh Bình Định", meeting), ("Lê Kim Toàn", meeting)} <= facts(doc, "participated_in")
    assert ("Lê Kim Toàn", "Quốc hội", "Đại biểu Quốc hội") in facts(doc, "holds_position")


def test_a_party_organization_of_a_company_named_by_its_kind_alone():
    doc = extract("Đại hội Đảng bộ Công ty cổ phần Cảng Hải Phòng lần thứ V thành công tốt đẹp. Đại hội bầu Ban Chấp "
                  "hành Đảng bộ Công ty khóa mới.")
    names = {e.name for e in doc.entities if e.type == "Organization"}
    assert "Đảng bộ Công ty" not in names and "Đảng bộ Công ty cổ phần Cảng Hải Phòng" in names


def test_congratulations_sent_from_afar_are_no_attendance():
    doc = extract("Ngày 2/3, Quốc hội bầu ông Võ Văn Thưởng làm Chủ tịch nước tại Kỳ họp bất thường lần thứ 4. Nhân dịp "
                  "này, Tổng thống Nga Vladimir Putin đã gửi điện chúc mừng. Quốc vương Campuchia Norodom Sihamoni gửi "
                  "thư chúc mừng Chủ tịch nước Võ Văn Thưởng.")
    assert not {p for p, _ in facts(doc, "participated_in")} & {"Vladimir Putin", "Norodom Sihamoni"}


def test_a_cue_word_used_as_a_noun_names_no_one_present():
    doc = extract("Sáng 5/6, Tỉnh ủy Nghệ An tổ chức Hội nghị sơ kết. Theo báo cáo, năm 2024 ông Trần Văn An được khen "
                  "thưởng. Báo cáo tại hội nghị, ông Lê Văn Bình cho biết kết quả.")
    assert {p for p, _ in facts(doc, "participated_in")} == {"Lê Văn Bình"}


def test_two_sides_named_before_a_talks_verb_meet_each_other():
    doc = extract("Thủ tướng Phạm Minh Chính và Thủ tướng Singapore Lawrence Wong hội đàm, nhất trí nhiều biện pháp.\n\n"
                  "Hà Nội - Thủ tướng Phạm Minh Chính và Thủ tướng Singapore Lawrence Wong ngày 26/3 hội đàm tại trụ sở "
                  "Chính phủ. Sau hội đàm, hai Thủ tướng chứng kiến lễ ký kết.")
    talks = "Hội đàm giữa Thủ tướng Phạm Minh Chính và Thủ tướng Singapore Lawrence Wong"
    assert [e.name for e in doc.entities if e.type == "Event"] == [talks]  # the dateline is no part of it
    assert {("Phạm Minh Chính", talks), ("Lawrence Wong", talks)} <= facts(doc, "participated_in")
    doc = extract("Ông Lê Văn An và bà Trần Thị Bình hội đàm với đoàn khách.")  # "với": the verb's own object
    assert not any(e.name.startswith("Hội đàm giữa") for e in doc.entities)


def test_a_welcome_ceremony_and_talks_joined_by_and_are_two_events_and_the_host_named_before_his_title_meets():
    doc = extract("Chiều 2/11, tại trụ sở Bộ Quốc phòng, Đại tướng Lê Văn An, Bộ trưởng Bộ Quốc phòng chủ trì lễ đón "
                  "chính thức và hội đàm với ông John Smith, Bộ trưởng Quốc phòng Australia.")
    events = {e.name for e in doc.entities if e.type == "Event"}
    talks = "Hội đàm giữa Lê Văn An và ông John Smith, Bộ trưởng Quốc phòng Australia"
    assert events == {"Lễ đón chính thức", talks}
    assert {("Lê Văn An", talks), ("John Smith", talks), ("Lê Văn An", "Lễ đón chính thức")} <= facts(
        doc, "participated_in")


def test_a_foreign_leader_named_after_title_and_country_holds_the_post_in_that_country_s_body():
    doc = extract("Thủ tướng Phạm Minh Chính hội kiến Thủ tướng Campuchia Hun Manet. Chủ tịch nước tiếp Tổng Bí thư, "
                  "Chủ tịch nước Lào Thongloun Sisoulith. Thủ tướng Trung Quốc Lý Cường cùng dự.")
    posts = facts(doc, "holds_position")
    assert {("Hun Manet", "Chính phủ Campuchia", "Thủ tướng"), ("Lý Cường", "Quốc vụ viện Trung Quốc", "Thủ tướng"),
            ("Thongloun Sisoulith", "Đảng Nhân dân Cách mạng Lào", "Tổng Bí thư"),
            ("Phạm Minh Chính", "Chính phủ", "Thủ tướng")} <= posts
    # a title with no foreign counterpart in the data names no body for a foreigner
    assert not {p for p in posts if p[0] == "Thongloun Sisoulith" and p[2] == "Chủ tịch nước"}


@pytest.mark.parametrize("text", [
    "Tối 12/10, Thủ tướng Lào Sonexay Siphandone đã có cuộc hội kiến quan trọng với Chủ tịch nước Lương Cường.",
    "Tối 12/10, Thủ tướng Lào Sonexay Siphandone hội kiến thân mật với Chủ tịch nước Lương Cường.",
])
def test_a_meeting_of_two_sides_is_named_by_both_however_they_met(text):
    doc = extract(text)
    talks = "Hội kiến giữa Thủ tướng Lào Sonexay Siphandone và Chủ tịch nước Lương Cường"
    assert [e.name for e in doc.entities if e.type == "Event"] == [talks]
    assert {("Sonexay Siphandone", talks), ("Lương Cường", talks)} <= facts(doc, "participated_in")


def test_a_heading_line_that_names_a_post_in_a_body_gives_it_to_the_person_of_each_line_after_it():
    doc = extract("Phó Thủ tướng Lê Văn An là Trưởng Ban Chỉ đạo liên ngành Trung ương về an toàn thực phẩm.\n"
                  "Các ủy viên Ban Chỉ đạo gồm:\nThứ trưởng Bộ Y tế Đỗ Minh Tuấn;\nThứ trưởng Bộ Công an Nguyễn Văn Long.\n"
                  "Ông Lê Văn Cường, Cục trưởng Cục An toàn thực phẩm phát biểu.")
    members = {p for p, body, role in facts(doc, "holds_position")
               if body == "Ban Chỉ đạo liên ngành Trung ương về an toàn thực phẩm" and role == "Ủy viên"}
    assert members == {"Đỗ Minh Tuấn", "Nguyễn Văn Long"}  # the list ends with its full stop
    assert ("Đỗ Minh Tuấn", "Bộ Y tế", "Thứ trưởng") in facts(doc, "holds_position")


def test_a_session_named_by_number_alone_is_held_by_the_only_assembly_the_article_names():
    doc = extract("Sáng 17/5, tiếp tục Chương trình Kỳ họp thứ Chín, Phó Chủ tịch Quốc hội Nguyễn Đức Hải điều hành. "
                  "Tiếp tục chương trình kỳ họp thứ 9, Bộ trưởng Bộ Tài chính trình bày Tờ trình.")
    assert [e.name for e in doc.entities if e.type == "Event"] == ["Kỳ họp thứ 9"]  # a number in words is that number
    assert facts(doc, "organized") == {("Quốc hội", "Kỳ họp thứ 9")}
    doc = extract("Đại biểu Quốc hội Lê Văn An dự Kỳ họp thứ 8 của Hội đồng nhân dân tỉnh Nghệ An. Tại Kỳ họp thứ 9, "
                  "Hội đồng nhân dân tỉnh Hà Tĩnh bầu chức danh mới.")
    assert ("Quốc hội", "Kỳ họp thứ 9") not in facts(doc, "organized")  # two assemblies named: none is the only one


def test_a_chair_s_body_does_not_hold_a_meeting_named_as_another_body_s():
    doc = extract("Sáng 5/3, Thủ tướng Chính phủ chủ trì cuộc họp của Ban Thường vụ Đảng ủy Chính phủ. Bộ trưởng Bộ "
                  "Công an đã chủ trì Lễ công bố Quyết định về công tác cán bộ.")
    assert facts(doc, "organized") == {("Ban Thường vụ Đảng ủy Chính phủ", "Cuộc họp của Ban Thường vụ Đảng ủy Chính phủ"),
                                       ("Bộ Công an", "Lễ công bố Quyết định về công tác cán bộ")}


def test_a_cue_inside_another_word_or_joining_a_body_is_no_attendance():
    doc = extract("Ngày 1/5, Tổng Thư ký Quốc hội Bùi Văn Cường ban hành văn bản về dự kiến chương trình Kỳ họp thứ 7. "
                  "Bộ Chính trị quyết định ông Nguyễn Mạnh Hùng thôi tham gia Ban Chấp hành Đảng bộ tỉnh tại Hội nghị. "
                  "Ông Lê Văn An dự Kỳ họp thứ 7.")
    assert {person for person, _ in facts(doc, "participated_in")} == {"Lê Văn An"}


def test_a_post_before_a_colon_goes_to_each_person_listed_after_it():
    doc = extract("Cùng dự có các đồng chí Ủy viên Bộ Chính trị: Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình, "
                  "Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng; các đồng chí Ủy viên Trung ương Đảng.")
    members = {person for person, body, role in facts(doc, "holds_position") if body == "Bộ Chính trị"}
    assert members == {"Nguyễn Hòa Bình", "Phan Văn Giang"}


def test_appointed_to_a_committee_named_bare_and_then_its_board():
    doc = extract("Đồng chí Nguyễn Hữu Hòa, Chánh Văn phòng Tỉnh ủy Hải Dương được điều động, chỉ định tham gia Ban Chấp "
                  "hành, Ban Thường vụ Huyện ủy và giữ chức Bí thư Huyện ủy Kim Thành.")
    posts = facts(doc, "holds_position")
    assert {("Nguyễn Hữu Hòa", "Ban Thường vụ Huyện ủy Kim Thành", "Ủy viên"),
            ("Nguyễn Hữu Hòa", "Huyện ủy Kim Thành", "Bí thư")} <= posts


def test_an_attendance_list_goes_on_in_a_sentence_opening_with_ngoai_ra_con_co():
    doc = extract("Tối 19/3 đã diễn ra Lễ Khai mạc Liên hoan Phát thanh toàn quốc lần thứ 16. Buổi lễ có sự tham dự của "
                  "đồng chí Lê Quốc Hùng, Tổng Biên tập Báo Nhân dân. Ngoài ra, còn có ông Phosy Keo - Thứ trưởng Bộ "
                  "Thông tin và Văn hóa Lào. Trong khuôn khổ liên hoan còn có nhiều hoạt động bên lề.")
    event = "Lễ Khai mạc Liên hoan Phát thanh toàn quốc lần thứ 16"
    assert {("Lê Quốc Hùng", event), ("Phosy Keo", event)} <= facts(doc, "participated_in")


def test_a_body_that_carries_out_a_lowercase_conference_organizes_it():
    doc = extract("Hội LHPN huyện Lạc Sơn triển khai hội nghị chia sẻ kinh nghiệm thực hiện Dự án 8. Hội nghị triển khai "
                  "nhiệm vụ năm 2025 của Sở Y tế diễn ra sáng 5/3.")
    assert ("Hội Liên hiệp Phụ nữ huyện Lạc Sơn", "Hội nghị chia sẻ kinh nghiệm thực hiện Dự án 8") in facts(doc, "organized")


def test_a_visit_is_made_by_its_visitor_and_held_where_it_goes():
    doc = extract("Thủ tướng Phạm Minh Chính chủ trì lễ đón Tổng thống Hàn Quốc Lee Jae-myung thăm cấp Nhà nước tới "
                  "Việt Nam. Chuyến thăm Việt Nam của Tổng thống Lee Jae-myung kéo dài ba ngày. Trong chuyến thăm, hai "
                  "bên ký nhiều văn kiện.")
    visits = [e for e in doc.entities if e.type == "Event" and e.name.startswith("Chuyến thăm")]
    assert len(visits) == 1  # three names, one visit
    visit = visits[0].name
    assert facts(doc, "participated_in") >= {("Lee Jae-myung", visit)}
    assert ("Phạm Minh Chính", visit) not in facts(doc, "participated_in")  # he hosts the welcome, not the visit
    assert (visit, "Việt Nam") in facts(doc, "held_in")


def test_two_visits_with_different_destinations_stay_apart():
    doc = extract("Nhân chuyến thăm chính thức Lào của Chủ tịch nước Lương Cường, hai bên ký kết hiệp định. Trước đó, "
                  "Đoàn đại biểu Quốc hội do Phó Chủ tịch Quốc hội Trần Quang Phương dẫn đầu đã thăm, làm việc tại "
                  "Campuchia.")
    visits = {e.name for e in doc.entities if e.type == "Event" and e.name.startswith("Chuyến thăm")}
    assert visits == {"Chuyến thăm chính thức Lào của Chủ tịch nước Lương Cường",
                      "Chuyến thăm, làm việc tại Campuchia của Đoàn đại biểu Quốc hội"}
    held = facts(doc, "held_in")
    assert ("Chuyến thăm chính thức Lào của Chủ tịch nước Lương Cường", "Lào") in held
    assert ("Chuyến thăm, làm việc tại Campuchia của Đoàn đại biểu Quốc hội", "Campuchia") in held
    assert ("Trần Quang Phương", "Chuyến thăm, làm việc tại Campuchia của Đoàn đại biểu Quốc hội") \
        in facts(doc, "participated_in")


def test_a_reception_of_a_person_introduced_by_an_honorific():
    doc = extract("Chiều 30/1, tại trụ sở Chính phủ, Thủ tướng Phạm Minh Chính tiếp ông Trương Gia Hưng, Chủ tịch Tập "
                  "đoàn Hưng Thịnh.")
    reception = "Buổi tiếp ông Trương Gia Hưng, Chủ tịch Tập đoàn Hưng Thịnh"  # named with the post in apposition
    assert {("Phạm Minh Chính", reception), ("Trương Gia Hưng", reception)} <= facts(doc, "participated_in")


def test_the_meeting_of_a_steering_committee_and_who_speaks_at_it():
    doc = extract("Chiều 3/2, chủ trì họp Ban Chỉ đạo các dự án trọng điểm quốc gia lĩnh vực năng lượng, Phó Thủ tướng "
                  "Bùi Thanh Sơn yêu cầu đẩy nhanh tiến độ. Tại cuộc họp Ban chỉ đạo quốc gia triển khai Nghị quyết 57 "
                  "ngày 5/2, Thủ tướng Phạm Minh Chính khẳng định khoa học là động lực.")
    first = "Cuộc họp Ban Chỉ đạo các dự án trọng điểm quốc gia lĩnh vực năng lượng"
    second = "Cuộc họp Ban chỉ đạo quốc gia triển khai Nghị quyết 57"
    assert {first, second} <= names(doc, "Event")
    assert {"Ban Chỉ đạo các dự án trọng điểm quốc gia lĩnh vực năng lượng",
            "Ban chỉ đạo quốc gia triển khai Nghị quyết 57"} <= names(doc, "Organization")
    assert {("Bùi Thanh Sơn", first), ("Phạm Minh Chính", second)} <= facts(doc, "participated_in")


def test_a_meeting_within_a_visit_is_the_one_held_at_the_place_named():
    doc = extract("Trưa 11/12, trong khuôn khổ chuyến thăm chính thức Nhật Bản, Chủ tịch Quốc hội Trần Thanh Mẫn đã "
                  "hội kiến Thủ tướng Ishiba Shigeru tại Thủ đô Tokyo.")
    held = facts(doc, "held_in")
    assert ("Hội kiến giữa Chủ tịch Quốc hội Trần Thanh Mẫn và Thủ tướng Ishiba Shigeru", "Tokyo") in held
    assert not any(place == "Tokyo" and event.startswith("Chuyến thăm") for event, place in held)


def test_a_leader_named_once_with_a_foreign_country_holds_no_post_in_vietnams_bodies():
    doc = extract("Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Trung Quốc Lý Cường. Thủ tướng Lý Cường khẳng định "
                  "hai nước là láng giềng.")
    posts = facts(doc, "holds_position")
    assert ("Phạm Minh Chính", "Chính phủ", "Thủ tướng") in posts
    assert not any(person == "Lý Cường" and body == "Chính phủ" for person, body, _ in posts)


def test_an_implied_provincial_committee_takes_the_province_its_own_list_item_names():
    doc = extract("Ủy ban Kiểm tra Trung ương đề nghị kỷ luật ông Trần Văn An, tỉnh ủy viên, giám đốc Sở Xây dựng tỉnh "
                  "Nam Định; ông Lê Văn Bình, tỉnh ủy viên, chủ tịch UBND huyện Đông Hải, tỉnh Bạc Liêu.")
    posts = facts(doc, "holds_position")
    assert {("Trần Văn An", "Tỉnh ủy Nam Định", "Ủy viên"), ("Lê Văn Bình", "Tỉnh ủy Bạc Liêu", "Ủy viên")} <= posts


def test_a_foreign_party_holds_its_own_congress_apart_from_vietnams():
    doc = extract("Các đại biểu thảo luận văn kiện trình Đại hội XII của Đảng. Ông Thongloun Sisoulith được bầu lại tại "
                  "Đại hội lần thứ XII của Đảng Nhân dân Cách mạng Lào.")
    lao = "Đại hội lần thứ XII của Đảng Nhân dân Cách mạng Lào"
    assert {lao, "Đại hội XII"} <= names(doc, "Event")
    assert facts(doc, "organized") == {("Đảng Nhân dân Cách mạng Lào", lao)}


def test_the_central_committee_holds_its_plenum():
    doc = extract("Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII đã bế mạc tại Hà Nội.")
    plenum = "Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII"
    assert ("Ban Chấp hành Trung ương Đảng", plenum) in facts(doc, "organized")
    assert ("Ban Chấp hành Trung ương Đảng", plenum) not in facts(doc, "participated_in")


def test_co_issuers_of_one_kind_listed_after_cua_all_issue():
    doc = extract("Thực hiện Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp bộ máy, tỉnh đã triển khai.")
    assert {("Bộ Chính trị", "Kết luận số 127-KL/TW"), ("Ban Bí thư", "Kết luận số 127-KL/TW")} <= facts(doc, "issued")


def test_the_body_that_opens_the_next_clause_is_no_co_issuer():
    doc = extract("Theo Kết luận số 137-KL/TW của Bộ Chính trị, Chính phủ đã đề xuất bổ sung chính sách nhà ở.")
    issued = facts(doc, "issued")
    assert ("Bộ Chính trị", "Kết luận số 137-KL/TW") in issued
    assert ("Chính phủ", "Kết luận số 137-KL/TW") not in issued


def test_passing_the_draft_of_a_law_passes_the_law():
    doc = extract("Tại Kỳ họp thứ 9, Quốc hội khóa XV, Quốc hội đã biểu quyết thông qua dự thảo Luật Đường sắt (sửa đổi) "
                  "với đa số đại biểu tán thành.")
    law = next(name for name in names(doc, "Document") if name.startswith("Luật Đường sắt"))
    assert ("Quốc hội", law) in facts(doc, "issued")
    assert any(d == law for d, _ in facts(doc, "adopted_at"))


def test_a_post_elected_for_the_people_listed_after_doi_voi_cac_ong():
    doc = extract("Kỳ họp HĐND tỉnh Nghệ An bế mạc. Đồng thời bầu bổ sung chức danh ủy viên UBND tỉnh, nhiệm kỳ 2021 - "
                  "2026 đối với các ông: Nguyễn Văn Hòa - Giám đốc Sở Tài chính; Lê Minh Quân - Giám đốc Sở Xây dựng.")
    posts = facts(doc, "holds_position")
    assert {("Nguyễn Văn Hòa", "Ủy ban nhân dân tỉnh Nghệ An", "Ủy viên"),
            ("Lê Minh Quân", "Ủy ban nhân dân tỉnh Nghệ An", "Ủy viên")} <= posts


def test_bare_titles_in_a_roster_take_the_body_named_before_it():
    doc = extract("Ủy ban Kiểm tra Trung ương chỉ ra trách nhiệm của Đảng ủy Cục Thi hành án dân sự tỉnh Nam Định nhiệm "
                  "kỳ 2020-2025 và các ông: Trần Văn Hùng, Bí thư Đảng ủy, Cục trưởng; Lê Văn Tám, Phó Bí thư Đảng ủy, "
                  "Phó Cục trưởng.")
    committee, office = "Đảng ủy Cục Thi hành án dân sự tỉnh Nam Định", "Cục Thi hành án dân sự tỉnh Nam Định"
    assert {("Trần Văn Hùng", committee, "Bí thư"), ("Trần Văn Hùng", office, "Cục trưởng"),
            ("Lê Văn Tám", committee, "Phó Bí thư"), ("Lê Văn Tám", office, "Phó Cục trưởng")} <= facts(doc, "holds_position")


def test_a_roster_title_that_fits_no_body_before_it_names_no_post():
    doc = extract("Kiểm điểm trách nhiệm của Đảng ủy Cục Thuế tỉnh Nam Định và các ông: Trần Văn Hùng, Giám đốc; "
                  "Lê Văn Tám, Trưởng ban.")
    assert not facts(doc, "holds_position")


def test_plural_lowercase_titles_heading_a_list_go_to_everyone_listed():
    doc = extract("Kỷ luật lãnh đạo tỉnh Nam Định. Các tỉnh ủy viên, phó chủ tịch UBND tỉnh: Nguyễn Văn Hòa, Lê Minh Quân.")
    posts = facts(doc, "holds_position")
    for person in ("Nguyễn Văn Hòa", "Lê Minh Quân"):
        assert {(person, "Tỉnh ủy Nam Định", "Ủy viên"), (person, "Ủy ban nhân dân tỉnh Nam Định", "Phó Chủ tịch")} <= posts


def test_a_lowercase_title_after_cac_with_no_list_is_no_post():
    doc = extract("Tỉnh Nam Định biểu dương các phó chủ tịch UBND tỉnh vì đã làm tốt nhiệm vụ.")
    assert not facts(doc, "holds_position")


def test_the_official_a_meeting_disciplines_or_proposes_does_not_attend_by_that_mention():
    doc = extract("Hội nghị Ban Chấp hành Đảng bộ tỉnh Nam Định diễn ra sáng 5/3. Tại hội nghị, ông Trần Văn Hùng, Phó "
                  "Bí thư Thường trực Tỉnh ủy, đã trình bày tờ trình giới thiệu nhân sự ông Lê Văn Tám, Phó Bí thư Tỉnh "
                  "ủy, để bầu giữ chức Chủ tịch UBND tỉnh. Hội nghị cũng báo cáo việc đề nghị thi hành kỷ luật ông "
                  "Nguyễn Văn Bảy, nguyên Giám đốc Sở Xây dựng.")
    attended = {person for person, _ in facts(doc, "participated_in")}
    assert "Trần Văn Hùng" in attended
    assert not {"Lê Văn Tám", "Nguyễn Văn Bảy"} & attended


def test_a_shared_post_goes_on_over_items_that_open_with_a_name():
    doc = extract("Dự có các đồng chí Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an: Thượng tướng Lê Minh Đạo, "
                  "Ủy viên Đảng ủy Công an Trung ương; Thượng tướng Phạm Văn Hòa; Trung tướng Vũ Quang Sơn; "
                  "các đồng chí lãnh đạo Tổng cục Chính trị.")
    deputies = {person for person, body, role in facts(doc, "holds_position") if body == "Bộ Công an"}
    assert deputies == {"Lê Minh Đạo", "Phạm Văn Hòa", "Vũ Quang Sơn"}


def test_a_shared_post_stops_at_the_next_group_of_the_list():
    doc = extract("Dự có các Ủy viên Bộ Chính trị: Nguyễn Văn Nên, Trần Cẩm Tú; các Ủy viên Trung ương Đảng: "
                  "Nguyễn Văn Thắng, Lê Quốc Minh.")
    politburo = {person for person, body, role in facts(doc, "holds_position") if body == "Bộ Chính trị"}
    assert politburo == {"Nguyễn Văn Nên", "Trần Cẩm Tú"}


def test_a_member_of_the_standing_board_named_without_ban():
    doc = extract("Ông Trần Văn Bình, Ủy viên Thường vụ Quân ủy Trung ương phát biểu. Ông Hà Văn Dũng, Ủy viên "
                  "Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy Nghệ An dự họp.")
    assert {("Trần Văn Bình", "Ban Thường vụ Quân ủy Trung ương", "Ủy viên"),
            ("Hà Văn Dũng", "Ban Thường vụ Tỉnh ủy Nghệ An", "Ủy viên")} <= facts(doc, "holds_position")
    assert ("Ban Thường vụ Quân ủy Trung ương", "Quân ủy Trung ương") in facts(doc, "part_of")


def test_thuong_vu_before_an_assembly_is_no_board():
    doc = extract("Ông Lê Văn Chính, Ủy viên Thường vụ Hội Nông dân Việt Nam phát biểu. Ông Hà Văn Dũng nói về "
                  "Thường vụ Quốc hội.")
    assert ("Lê Văn Chính", "Ban Thường vụ Hội Nông dân Việt Nam", "Ủy viên") in facts(doc, "holds_position")
    assert not any(e.name.startswith("Ban Thường vụ Quốc hội") for e in doc.entities)


def test_a_session_that_passes_a_resolution_is_where_it_was_adopted_and_its_holder_issued_it():
    doc = extract("Ủy ban Thường vụ Quốc hội hôm nay họp phiên thứ 12. Phiên họp thứ 12 xem xét, thông qua Nghị quyết "
                  "bổ sung một số cơ chế, chính sách đặc biệt đầu tư xây dựng Dự án cảng Liên Chiểu.")
    resolution = "Nghị quyết bổ sung một số cơ chế, chính sách đặc biệt đầu tư xây dựng Dự án cảng Liên Chiểu"
    assert (resolution, "Phiên họp thứ 12 của Ủy ban Thường vụ Quốc hội") in facts(doc, "adopted_at")
    assert ("Ủy ban Thường vụ Quốc hội", resolution) in facts(doc, "issued")


def test_a_guest_named_by_post_in_the_headline_is_whoever_the_article_says_holds_it():
    text = ("Phó Thủ tướng Lê Thành Long hội kiến Bí thư Khu ủy Quảng Tây, Trung Quốc\n"
            "Trưa 12/10, tại Nam Ninh, Phó Thủ tướng đã gặp Bí thư Khu ủy Quảng Tây Trần Cương. "
            "Hai bên trao đổi về hợp tác giữa các tỉnh biên giới.")
    doc = extract(text)
    meetings = [e for e in doc.entities if e.type == "Event" and e.name.startswith("Hội kiến")]
    assert len(meetings) == 1
    # the headline with its country is a name the article gives the meeting
    assert "Phó Thủ tướng Lê Thành Long hội kiến Bí thư Khu ủy Quảng Tây, Trung Quốc" in meetings[0].aliases
    assert ("Trần Cương", "Khu ủy Quảng Tây", "Bí thư") in facts(doc, "holds_position")
    attended = facts(doc, "participated_in")
    assert ("Lê Thành Long", meetings[0].name) in attended
    assert ("Trần Cương", meetings[0].name) in attended


def test_a_guest_named_by_a_post_two_people_hold_is_left_unread():
    text = ("Bộ trưởng Lê Văn Hòa tiếp Phó Chủ tịch UBND tỉnh Gia Lai\n"
            "Hiện UBND tỉnh có hai Phó Chủ tịch là ông Trần Văn An và bà Nguyễn Thị Mai.")
    doc = extract(text)
    assert {("Trần Văn An", "Ủy ban nhân dân tỉnh Gia Lai", "Phó Chủ tịch"),
            ("Nguyễn Thị Mai", "Ủy ban nhân dân tỉnh Gia Lai", "Phó Chủ tịch")} <= facts(doc, "holds_position")
    attended = {person for person, _ in facts(doc, "participated_in")}
    assert "Lê Văn Hòa" in attended and not {"Trần Văn An", "Nguyễn Thị Mai"} & attended


def test_a_lowercase_title_counts_before_its_body_and_the_name_of_who_holds_it():
    doc = extract("Trả lời phóng viên, người phát ngôn Bộ Ngoại giao Phạm Thu Hằng nêu rõ quan điểm. Quy định nêu "
                  "trách nhiệm của phó giám đốc Công an tỉnh trong việc này.")
    assert facts(doc, "holds_position") == {("Phạm Thu Hằng", "Bộ Ngoại giao", "Người phát ngôn")}


def test_a_committee_of_the_assembly_named_with_a_dash_and_its_parent_before_its_chair():
    doc = extract("Đoàn tháp tùng có: Chủ nhiệm Ủy ban Tài chính - Ngân sách của Quốc hội Lê Quang Mạnh; Bộ trưởng "
                  "Bộ Tài nguyên và Môi trường Đỗ Đức Duy.")
    posts = facts(doc, "holds_position")
    assert any(p == "Lê Quang Mạnh" and role == "Chủ nhiệm" and body.startswith("Ủy ban Tài chính")
               for p, body, role in posts)


def test_a_bare_party_board_is_that_of_the_ministry_the_next_post_names():
    doc = extract("Ông Trần Văn Nam - Ủy viên Trung ương Đảng, Bí thư Ban cán sự đảng, Bộ trưởng Bộ Nội vụ - "
                  "đã vi phạm quy định của Đảng.")
    assert facts(doc, "holds_position") >= {("Trần Văn Nam", "Ban cán sự đảng Bộ Nội vụ", "Bí thư"),
                                            ("Trần Văn Nam", "Bộ Nội vụ", "Bộ trưởng")}


def test_a_chain_of_lowercase_titles_after_a_bare_party_board():
    doc = extract("Ông Trần Văn Nam, bí thư Ban cán sự đảng, bộ trưởng Bộ Nội vụ, đã vi phạm quy định của Đảng.")
    assert facts(doc, "holds_position") == {("Trần Văn Nam", "Ban cán sự đảng Bộ Nội vụ", "Bí thư"),
                                            ("Trần Văn Nam", "Bộ Nội vụ", "Bộ trưởng")}


def test_lowercase_posts_after_a_bare_party_committee_in_a_list_of_people():
    doc = extract("Các tỉnh ủy viên, phó chủ tịch UBND tỉnh: Nguyễn Ngọc Phúc; các ông Trần Văn Sáu, bí thư Đảng ủy, "
                  "giám đốc Sở Xây dựng tỉnh Lâm Đồng.")
    assert facts(doc, "holds_position") >= {("Trần Văn Sáu", "Đảng ủy Sở Xây dựng tỉnh Lâm Đồng", "Bí thư"),
                                            ("Trần Văn Sáu", "Sở Xây dựng tỉnh Lâm Đồng", "Giám đốc")}


def test_a_post_one_comes_to_take_up_is_held():
    doc = extract("Bộ Công an công bố quyết định điều động, bổ nhiệm cán bộ đối với Đại tá Trần Văn Hòa, Giám đốc "
                  "Công an tỉnh Hà Tĩnh đến đảm nhận chức vụ Giám đốc Công an tỉnh Đồng Nai.")
    assert facts(doc, "holds_position") >= {("Trần Văn Hòa", "Công an tỉnh Hà Tĩnh", "Giám đốc"),
                                            ("Trần Văn Hòa", "Công an tỉnh Đồng Nai", "Giám đốc")}


def test_a_decision_handed_to_someone_gives_them_its_post():
    doc = extract("Ông Trần Văn An trao quyết định bổ nhiệm Giám đốc Sở Y tế tỉnh Nam Định cho ông Lê Văn Bình.")
    assert facts(doc, "holds_position") == {("Lê Văn Bình", "Sở Y tế tỉnh Nam Định", "Giám đốc")}


def test_a_decision_naming_no_one_still_gives_no_post():
    doc = extract("UBND tỉnh công bố quyết định bổ nhiệm Giám đốc Sở Y tế tỉnh Nam Định vào chiều nay.")
    assert not facts(doc, "holds_position")


def test_a_provincial_branch_of_a_central_agency_is_its_own_body():
    doc = extract("Ông Trần Phương, Cục trưởng Cục Thuế tỉnh Lâm Đồng, và ông Lê An, Giám đốc BHXH tỉnh Nghệ An, "
                  "phát biểu.")
    assert facts(doc, "holds_position") == {("Trần Phương", "Cục Thuế tỉnh Lâm Đồng", "Cục trưởng"),
                                            ("Lê An", "Bảo hiểm xã hội tỉnh Nghệ An", "Giám đốc")}


def test_a_chain_of_lowercase_titles_through_a_title_that_names_its_body():
    doc = extract("Cuộc họp dưới sự chủ trì của ông Trần Văn Tú, ủy viên Bộ Chính trị, thường trực Ban Bí thư, "
                  "chủ nhiệm Ủy ban Kiểm tra Trung ương.")
    assert facts(doc, "holds_position") == {("Trần Văn Tú", "Bộ Chính trị", "Ủy viên"),
                                            ("Trần Văn Tú", "Ban Bí thư", "Thường trực"),
                                            ("Trần Văn Tú", "Ủy ban Kiểm tra Trung ương", "Chủ nhiệm")}


def test_a_lowercase_title_after_an_age_after_a_name():
    doc = extract("Trung ương bầu bổ sung ông Trần Văn Quang, 58 tuổi, trưởng Ban Kinh tế Trung ương, vào Ban Bí thư.")
    assert ("Trần Văn Quang", "Ban Kinh tế Trung ương", "Trưởng ban") in facts(doc, "holds_position")


def test_a_minister_in_lower_case_named_by_the_field_of_the_ministry():
    doc = extract("Bộ trưởng Công an Lương Văn Quang và bộ trưởng Quốc phòng Phan Văn Giang dự hội nghị; ông "
                  "Nguyễn Văn Tú, bộ trưởng Tài chính, phát biểu.")
    assert facts(doc, "holds_position") == {("Lương Văn Quang", "Bộ Công an", "Bộ trưởng"),
                                            ("Phan Văn Giang", "Bộ Quốc phòng", "Bộ trưởng"),
                                            ("Nguyễn Văn Tú", "Bộ Tài chính", "Bộ trưởng")}


def test_a_lowercase_post_one_is_moved_to():
    doc = extract("Ông Nguyễn Văn Được, bí thư Tỉnh ủy Long An, được điều động làm phó bí thư Thành ủy Cần Thơ.")
    assert facts(doc, "holds_position") == {("Nguyễn Văn Được", "Tỉnh ủy Long An", "Bí thư"),
                                            ("Nguyễn Văn Được", "Thành ủy Cần Thơ", "Phó Bí thư")}


def test_former_lowercase_posts_are_held_as_former_ones():
    doc = extract("Ông Trần Văn Thành, nguyên ủy viên Trung ương Đảng, nguyên bí thư Ban cán sự đảng, nguyên bộ trưởng "
                  "Bộ Giao thông vận tải, đã vi phạm quy định của Đảng.")
    held = {(doc.entity(r.object).name, r.role, r.attrs.get("former")) for r in doc.relations
            if r.predicate == "holds_position"}
    assert held == {("Ban Chấp hành Trung ương Đảng", "Ủy viên", True),
                    ("Ban cán sự đảng Bộ Giao thông vận tải", "Bí thư", True),
                    ("Bộ Giao thông vận tải", "Bộ trưởng", True)}


def test_deputy_chiefs_of_the_general_staff_and_assistants_to_the_prime_minister():
    doc = extract("Thủ tướng bổ nhiệm Thiếu tướng Trần Văn Hùng, Tư lệnh Quân khu 2, giữ chức Phó Tổng Tham mưu trưởng "
                  "Quân đội nhân dân Việt Nam; ông Phạm Văn Hòa giữ chức Trợ lý Thủ tướng Chính phủ.")
    assert facts(doc, "holds_position") >= {
        ("Trần Văn Hùng", "Quân khu 2", "Tư lệnh"),
        ("Trần Văn Hùng", "Quân đội nhân dân Việt Nam", "Phó Tổng Tham mưu trưởng"),
        ("Phạm Văn Hòa", "Chính phủ", "Trợ lý Thủ tướng")}


def test_an_assembly_approves_a_post_for_each_person_listed_with_their_own_posts():
    doc = extract("Quốc hội thông qua nghị quyết phê chuẩn việc bổ nhiệm phó thủ tướng Chính phủ đối với ông Nguyễn Văn "
                  "Dũng, bộ trưởng Bộ Kế hoạch và Đầu tư, và ông Mai Văn Chính, trưởng Ban Dân vận Trung ương.")
    assert facts(doc, "holds_position") >= {("Nguyễn Văn Dũng", "Chính phủ", "Phó Thủ tướng"),
                                            ("Mai Văn Chính", "Chính phủ", "Phó Thủ tướng")}


def test_a_lowercase_post_given_by_appointing_someone_to_it():
    doc = extract("Quốc hội phê chuẩn bổ nhiệm ông Đỗ Đức Duy làm bộ trưởng Bộ Nông nghiệp và Môi trường; ông Nguyễn Văn "
                  "Thắng làm bộ trưởng Bộ Tài chính.")
    assert facts(doc, "holds_position") == {("Đỗ Đức Duy", "Bộ Nông nghiệp và Môi trường", "Bộ trưởng"),
                                            ("Nguyễn Văn Thắng", "Bộ Tài chính", "Bộ trưởng")}



def test_the_post_of_whom_one_reports_to_is_not_the_speakers():
    doc = extract("Báo cáo với Tổng Bí thư, Bí thư Thành ủy Hà Nội Bùi Thị Minh Hoài cho biết thành phố đạt nhiều kết quả.")
    assert facts(doc, "holds_position") == {("Bùi Thị Minh Hoài", "Thành ủy Hà Nội", "Bí thư")}


def test_a_steering_committee_set_up_with_its_head_and_deputy_named_after_là():
    doc = extract("Thủ tướng ký Quyết định thành lập Ban chỉ đạo về rà soát, tháo gỡ khó khăn, vướng mắc liên quan đến các "
                  "dự án. Trưởng Ban là Phó Thủ tướng Nguyễn Hòa Bình.\nCũng theo Quyết định, Phó Trưởng Ban là Bộ trưởng "
                  "Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng.\nCác Thành viên Ban chỉ đạo gồm: Bộ trưởng Bộ Tư pháp Nguyễn "
                  "Hải Ninh; Thứ trưởng Bộ Công an Phạm Thế Tùng.")
    body = "Ban chỉ đạo về rà soát, tháo gỡ khó khăn, vướng mắc liên quan đến các dự án"
    assert facts(doc, "holds_position") >= {
        ("Nguyễn Hòa Bình", body, "Trưởng ban"), ("Nguyễn Hòa Bình", "Chính phủ", "Phó Thủ tướng"),
        ("Nguyễn Chí Dũng", body, "Phó Trưởng ban"), ("Nguyễn Hải Ninh", body, "Thành viên"),
        ("Phạm Thế Tùng", body, "Thành viên")}


def test_a_post_heading_a_list_of_people_goes_to_each_person_listed():
    doc = extract("Cùng dự có các đồng chí Ủy viên Trung ương Đảng: Chủ nhiệm Văn phòng Chủ tịch nước Lê Khánh Hải; Chủ "
                  "nhiệm Ủy ban Tư pháp Quốc hội Lê Thị Nga; Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh; lãnh đạo một số bộ.")
    assert facts(doc, "holds_position") >= {
        ("Lê Khánh Hải", "Ban Chấp hành Trung ương Đảng", "Ủy viên"),
        ("Lê Thị Nga", "Ban Chấp hành Trung ương Đảng", "Ủy viên"),
        ("Nguyễn Hải Ninh", "Ban Chấp hành Trung ương Đảng", "Ủy viên"),
        ("Lê Thị Nga", "Ủy ban Tư pháp", "Chủ nhiệm")}


def test_an_assembly_approves_a_proposal_about_a_post_for_someone():
    doc = extract("Quốc hội thông qua Nghị quyết phê chuẩn đề nghị của Chủ tịch nước về Ủy viên Hội đồng Quốc phòng và "
                  "an ninh đối với ông Lương Tam Quang.")
    assert facts(doc, "holds_position") == {("Lương Tam Quang", "Hội đồng Quốc phòng và An ninh", "Ủy viên")}


def test_lowercase_posts_after_a_person_and_là_or_làm():
    doc = extract("Ông Nguyễn Văn Được làm phó bí thư Thành ủy Cần Thơ. Hiện ông Lê Văn Hai là ủy viên Trung ương Đảng, "
                  "bí thư Tỉnh ủy Long An.")
    assert facts(doc, "holds_position") == {("Nguyễn Văn Được", "Thành ủy Cần Thơ", "Phó Bí thư"),
                                            ("Lê Văn Hai", "Ban Chấp hành Trung ương Đảng", "Ủy viên"),
                                            ("Lê Văn Hai", "Tỉnh ủy Long An", "Bí thư")}


def test_a_bare_party_board_and_a_bare_deputy_minister_of_the_ministry_named_before():
    doc = extract("Ban cán sự đảng Bộ Giao thông vận tải nhiệm kỳ 2016-2021 đã vi phạm nguyên tắc tập trung dân chủ. "
                  "Trách nhiệm thuộc về các ông: Lê Đình Thọ - ủy viên Ban cán sự đảng, thứ trưởng; Nguyễn Văn Công - "
                  "thứ trưởng Bộ Giao thông vận tải.")
    assert facts(doc, "holds_position") == {
        ("Lê Đình Thọ", "Ban cán sự đảng Bộ Giao thông vận tải", "Ủy viên"),
        ("Lê Đình Thọ", "Bộ Giao thông vận tải", "Thứ trưởng"),
        ("Nguyễn Văn Công", "Bộ Giao thông vận tải", "Thứ trưởng")}


def test_a_bare_lowercase_minister_title_after_the_politburo_is_no_post_in_it():
    doc = extract("Bộ Chính trị đã xem xét. Ông Mai Văn Dũng, nguyên bộ trưởng, chịu trách nhiệm.")
    assert not any(body == "Bộ Chính trị" for _, body, _ in facts(doc, "holds_position"))


def test_the_president_read_in_an_organizations_committee_heads_the_organization():
    doc = extract("Hội nghị Ban chấp hành Tổng Liên đoàn Lao động Việt Nam lần thứ 11 khai mạc dưới sự điều hành của "
                  "các đồng chí thường trực Đoàn Chủ tịch, gồm: Chủ tịch Đặng Ngọc Tùng, Phó Chủ tịch thường trực "
                  "Nguyễn Hòa Bình.")
    assert facts(doc, "holds_position") == {
        ("Đặng Ngọc Tùng", "Tổng Liên đoàn Lao động Việt Nam", "Chủ tịch"),
        ("Nguyễn Hòa Bình", "Tổng Liên đoàn Lao động Việt Nam", "Phó Chủ tịch Thường trực")}


def test_a_plural_post_heading_a_list_without_đồng_chí():
    doc = extract("Dự hội nghị có các Ủy viên Bộ Chính trị: Thường trực Ban Bí thư Lương Cường; Bí thư Trung ương Đảng, "
                  "Trưởng Ban Tổ chức Trung ương Lê Minh Hưng.")
    assert {("Lương Cường", "Bộ Chính trị", "Ủy viên"), ("Lê Minh Hưng", "Bộ Chính trị", "Ủy viên")} \
        <= facts(doc, "holds_position")


def test_a_post_after_a_dash_glued_to_the_name():
    doc = extract("Đồng chí Ngô Thị Thanh Thủy- Bí thư Huyện ủy An Lão trao bằng khen. Đồng chí Hà Thế Vinh- Phó Bí thư "
                  "Huyện ủy, Chủ tịch UBND huyện An Lão trao giấy khen.")
    assert facts(doc, "holds_position") == {("Ngô Thị Thanh Thủy", "Huyện ủy An Lão", "Bí thư"),
                                            ("Hà Thế Vinh", "Huyện ủy An Lão", "Phó Bí thư"),
                                            ("Hà Thế Vinh", "Ủy ban nhân dân huyện An Lão", "Chủ tịch")}


def test_members_of_the_central_committee_listed_with_commas_after_the_heading():
    doc = extract("Tham dự còn có các Ủy viên Trung ương: Chánh Văn phòng Trung ương Đảng Nguyễn Duy Ngọc, Phó Trưởng ban "
                  "Ban Tổ chức Trung ương Nguyễn Quang Dương; cùng đại diện một số ban, bộ, ngành.")
    assert facts(doc, "holds_position") == {
        ("Nguyễn Duy Ngọc", "Văn phòng Trung ương Đảng", "Chánh Văn phòng"),
        ("Nguyễn Quang Dương", "Ban Tổ chức Trung ương", "Phó Trưởng ban"),
        ("Nguyễn Duy Ngọc", "Ban Chấp hành Trung ương Đảng", "Ủy viên"),
        ("Nguyễn Quang Dương", "Ban Chấp hành Trung ương Đảng", "Ủy viên")}


def test_a_lowercase_post_in_the_kind_of_body_the_article_just_named():
    doc = extract("Chiều 3-4, Chủ tịch nước Lương Cường chủ trì phiên họp Hội đồng Thi đua - Khen thưởng Trung ương. "
                  "Dự phiên họp có Phó Thủ tướng Lê Thành Long - phó chủ tịch hội đồng; Bộ trưởng Bộ Nội vụ Phạm Thị "
                  "Thanh Trà, ủy viên hội đồng.")
    assert {("Lê Thành Long", "Hội đồng Thi đua - Khen thưởng Trung ương", "Phó Chủ tịch"),
            ("Phạm Thị Thanh Trà", "Hội đồng Thi đua - Khen thưởng Trung ương", "Ủy viên")} \
        <= facts(doc, "holds_position")


def test_a_lowercase_kind_of_body_with_no_such_body_named_gives_no_post():
    doc = extract("Chiều 3-4, Bộ Tư pháp họp. Dự có Thứ trưởng Bộ Tư pháp Nguyễn Thanh Tịnh, ủy viên hội đồng.")
    assert facts(doc, "holds_position") == {("Nguyễn Thanh Tịnh", "Bộ Tư pháp", "Thứ trưởng")}


def test_those_present_listed_after_ngoài_ra_có():
    doc = extract("Sáng 9-5, Thủ tướng Phạm Minh Chính chủ trì Hội nghị trực tuyến toàn quốc về phát triển nhà ở xã hội. "
                  "Ngoài ra có Bộ trưởng Bộ Xây dựng Trần Hồng Minh và Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng.")
    attended = {person for person, event in facts(doc, "participated_in") if event.startswith("Hội nghị trực tuyến")}
    assert {"Trần Hồng Minh", "Nguyễn Thị Hồng"} <= attended


def test_a_chain_of_posts_runs_on_past_a_bodys_term():
    doc = extract("Phát biểu tại hội nghị có ông Trần Cẩm Tú, Ủy viên Bộ Chính trị khóa XIII, Thường trực Ban Bí thư.")
    assert {("Trần Cẩm Tú", "Bộ Chính trị", "Ủy viên"), ("Trần Cẩm Tú", "Ban Bí thư", "Thường trực")} \
        <= facts(doc, "holds_position")


def test_a_deputy_ministers_or_ambassadors_post_alone_is_not_in_the_body_the_headline_names():
    doc = extract("Ông Nguyễn Văn Hải làm Chánh Văn phòng Ban Kinh tế Trung ương\n"
                  "Ông Hải từng giữ chức vụ Thứ trưởng, sau khi kết thúc nhiệm kỳ làm Đại sứ, Trưởng Phái đoàn.")
    assert not any(role in ("Thứ trưởng", "Đại sứ") for _, _, role in facts(doc, "holds_position"))


WORKING_GROUP = ("Thủ tướng Chính phủ quyết định thành lập Tổ công tác giúp việc cho Ban Chỉ đạo tổng kết 10 năm "
                 "thực hiện Nghị quyết số 19-NQ/TW về đổi mới hệ thống chính trị do Bộ trưởng Bộ Nội vụ Phạm Thị Thanh "
                 "Trà làm Tổ trưởng. Thứ trưởng Bộ Nội vụ Vũ Chiến Thắng làm Tổ phó. Các thành viên gồm: Phó Chủ nhiệm "
                 "Văn phòng Chính phủ Nguyễn Sỹ Hiệp; Thứ trưởng Bộ Tài chính Cao Anh Tuấn.")


def test_a_working_group_named_by_the_body_it_works_for_with_its_head_deputy_and_members():
    doc = extract(WORKING_GROUP)
    group = ("Tổ công tác giúp việc cho Ban Chỉ đạo tổng kết 10 năm thực hiện Nghị quyết số 19-NQ/TW về đổi mới "
             "hệ thống chính trị")
    assert {("Phạm Thị Thanh Trà", group, "Tổ trưởng"), ("Vũ Chiến Thắng", group, "Tổ phó"),
            ("Nguyễn Sỹ Hiệp", group, "Thành viên"), ("Cao Anh Tuấn", group, "Thành viên"),
            ("Vũ Chiến Thắng", "Bộ Nội vụ", "Thứ trưởng")} <= facts(doc, "holds_position")
    # the members' own posts stay in their own bodies
    assert ("Nguyễn Sỹ Hiệp", "Văn phòng Chính phủ", "Phó Chủ nhiệm") in facts(doc, "holds_position")


def test_a_group_leaders_title_is_no_post_in_a_body_of_another_kind():
    doc = extract("Ủy ban nhân dân tỉnh Nghệ An họp. Ông Nguyễn Văn Đệ làm Tổ trưởng.")
    assert facts(doc, "holds_position") == set()


def test_an_organizing_committee_named_by_its_remit_with_its_head_deputies_and_members():
    doc = extract("Thủ tướng Chính phủ quyết định thành lập Ban Tổ chức cấp quốc gia kỷ niệm 70 năm Chiến thắng Điện "
                  "Biên Phủ (07/5/1954-07/5/2024) do đồng chí Trần Lưu Quang, Phó Thủ tướng Chính phủ làm Trưởng ban.\n"
                  "Ba Phó Trưởng ban gồm: Thứ trưởng Bộ Quốc phòng Vũ Hải Sản; Bí thư Tỉnh ủy Điện Biên Trần Quốc "
                  "Cường.\nCác Ủy viên Ban Tổ chức gồm: Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt; Phó Chủ nhiệm Văn phòng "
                  "Chính phủ Nguyễn Sỹ Hiệp.")
    committee = "Ban Tổ chức cấp quốc gia kỷ niệm 70 năm Chiến thắng Điện Biên Phủ"
    assert {(p, role) for p, body, role in facts(doc, "holds_position") if body == committee} == {
        ("Trần Lưu Quang", "Trưởng ban"), ("Vũ Hải Sản", "Phó Trưởng ban"), ("Trần Quốc Cường", "Phó Trưởng ban"),
        ("Đỗ Hùng Việt", "Ủy viên"), ("Nguyễn Sỹ Hiệp", "Ủy viên")}


def test_the_central_organization_commission_celebrating_is_no_organizing_committee():
    doc = extract("Ban Tổ chức Trung ương kỷ niệm 95 năm Ngày truyền thống ngành Tổ chức xây dựng Đảng.")
    assert "Ban Tổ chức Trung ương" in names(doc, "Organization")
    assert not any(n.startswith("Ban Tổ chức Trung ương kỷ niệm") for n in names(doc, "Organization"))


def test_numbered_military_formations_their_commanders_and_their_military_region():
    doc = extract("Đại tá Nguyễn Văn An, Sư đoàn trưởng Sư đoàn 9 báo cáo. Thượng tá Lê Văn Bình, Chính ủy Lữ đoàn 172, "
                  "Quân khu 7 phát biểu.")
    assert facts(doc, "holds_position") == {("Nguyễn Văn An", "Sư đoàn 9", "Sư đoàn trưởng"),
                                            ("Lê Văn Bình", "Lữ đoàn 172", "Chính ủy")}
    assert ("Lữ đoàn 172", "Quân khu 7") in facts(doc, "part_of")


def test_people_a_discipline_finding_names_did_not_attend_the_meeting_that_made_it():
    doc = extract("Tại Kỳ họp thứ 50, Ủy ban Kiểm tra Trung ương đã xem xét và kết luận ông Trần Văn Hòa, nguyên Giám đốc "
                  "Sở Xây dựng tỉnh Bình Định vi phạm quy định của Đảng. Chịu trách nhiệm là ông Lê Văn Cường, Phó ban "
                  "phụ trách Ban Điều hành Dự án nhóm B.")
    assert facts(doc, "participated_in") == set()


def test_the_armys_general_departments_named_in_full_are_part_of_the_army():
    doc = extract("Thượng tướng Trịnh Văn Quyết, Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam phát biểu.")
    assert ("Tổng cục Chính trị Quân đội nhân dân Việt Nam", "Quân đội nhân dân Việt Nam") in facts(doc, "part_of")


def test_a_career_listed_by_terms_and_semicolons():
    doc = extract("Ông Nguyễn Văn Nên là Ủy viên Bộ Chính trị khóa 12, 13; Ủy viên Trung ương Đảng khóa 11, 12, 13; "
                  "Đại biểu Quốc hội khóa 14.")
    assert facts(doc, "holds_position") == {("Nguyễn Văn Nên", "Bộ Chính trị", "Ủy viên"),
                                            ("Nguyễn Văn Nên", "Ban Chấp hành Trung ương Đảng", "Ủy viên"),
                                            ("Nguyễn Văn Nên", "Quốc hội", "Đại biểu Quốc hội")}


def test_a_title_without_its_body_does_not_hide_the_name_after_it():
    doc = extract("Bộ trưởng Đỗ Đức Duy, Ủy viên Trung ương Đảng đã trao Huy hiệu Đảng.")
    assert facts(doc, "holds_position") == {("Đỗ Đức Duy", "Ban Chấp hành Trung ương Đảng", "Ủy viên")}


def test_a_provincial_police_departments_read_whole_and_part_of_the_police_the_article_is_about():
    doc = extract("Công an tỉnh Nam Định điều động 3 trưởng phòng\n\nThượng tá Lê Văn Hòa, Trưởng Phòng Cảnh sát điều tra "
                  "tội phạm về ma túy được điều động giữ chức vụ Trưởng Phòng An ninh đối nội.")
    police = "Công an tỉnh Nam Định"
    assert {("Phòng Cảnh sát điều tra tội phạm về ma túy", police), ("Phòng An ninh đối nội", police)} \
        <= facts(doc, "part_of")
    assert ("Lê Văn Hòa", "Phòng Cảnh sát điều tra tội phạm về ma túy", "Trưởng phòng") in facts(doc, "holds_position")


def test_a_unit_whose_parent_follows_a_comma_is_not_given_to_the_headlines_body():
    doc = extract("Trường Chính trị tỉnh Cà Mau tổ chức hội nghị\n\nÔng Lê Văn Hòa, Trưởng Phòng Tổ chức - Cán bộ, Ban "
                  "Tổ chức Tỉnh ủy Cà Mau dự hội nghị.")
    assert ("Phòng Tổ chức - Cán bộ", "Trường Chính trị tỉnh Cà Mau") not in facts(doc, "part_of")


def test_the_mobile_police_commander_named_by_the_force():
    doc = extract("Thiếu tướng Lê Văn Sao được điều động giữ chức Tư lệnh Cảnh sát cơ động từ ngày 1/3.")
    assert facts(doc, "holds_position") == {("Lê Văn Sao", "Bộ Tư lệnh Cảnh sát cơ động", "Tư lệnh")}


def test_whom_a_message_is_sent_to_is_not_at_the_meeting():
    doc = extract("Sáng 9/10, Thủ tướng Phạm Minh Chính chủ trì Hội nghị cấp cao ASEAN lần thứ 47. Phát biểu tại hội "
                  "nghị, Thủ tướng Lào Sonexay Siphandone gửi lời thăm hỏi tới Tổng Bí thư Tô Lâm.")
    assert "Tô Lâm" not in {person for person, _ in facts(doc, "participated_in")}


def test_the_presidium_listed_is_no_presidents_post_for_everyone():
    doc = extract("Khai mạc Hội nghị Ban chấp hành Tổng LĐLĐVN lần thứ 12\n\nHội nghị Ban chấp hành khai mạc dưới sự điều "
                  "hành của các đồng chí thường trực Đoàn Chủ tịch, gồm: Chủ tịch Nguyễn Đình Khang, Phó Chủ tịch "
                  "thường trực Thái Thu Xương; các phó chủ tịch: Huỳnh Thanh Xuân, Phan Văn Anh.")
    roles = {(p, role) for p, _, role in facts(doc, "holds_position")}
    assert ("Huỳnh Thanh Xuân", "Chủ tịch") not in roles and ("Huỳnh Thanh Xuân", "Phó Chủ tịch") in roles


@pytest.mark.parametrize("text, post", [
    ("Thượng tá Lê Văn Bình, Trưởng Công an phường Hòa Khánh, cho biết lực lượng đã có mặt từ sớm.",
     ("Lê Văn Bình", "Công an phường Hòa Khánh", "Trưởng Công an")),
    ("Ông Trần Văn Nam từng là Phó Trưởng Công an huyện Thanh Trì.",
     ("Trần Văn Nam", "Công an huyện Thanh Trì", "Phó Trưởng Công an")),
    ("Bà Lê Thị Hoa, Chi hội trưởng Chi hội Phụ nữ thôn Đông, phát biểu tại buổi lễ.",
     ("Lê Thị Hoa", "Chi hội Phụ nữ thôn Đông", "Chi hội trưởng")),
])
def test_the_head_of_a_local_police_or_a_branch_association_holds_its_post(text, post):
    assert post in facts(extract(text), "holds_position")


def test_a_body_and_the_partners_it_works_with_organize_however_long_the_list():
    doc = extract("Sáng 5/6, Viện Chiến lược Công an đã phối hợp với các đơn vị nghiệp vụ của Bộ Công an cùng lãnh đạo "
                  "Ban Chỉ đạo Tây Nguyên, Ban Chỉ đạo Tây Nam Bộ và Công an các tỉnh phía Nam tổ chức hội thảo về an "
                  "ninh. Chiều cùng ngày, Huyện đoàn Cần Giờ phối hợp với Đoàn Thanh niên Ngân hàng Nông nghiệp và "
                  "Phát triển Nông thôn Việt Nam (Agribank) tổ chức lễ khánh thành nhà tình nghĩa.")
    organizers = {body for body, event in facts(doc, "organized") if event == "Hội thảo về an ninh"}
    assert organizers == {"Viện Chiến lược Công an", "Ban Chỉ đạo Tây Nguyên", "Ban Chỉ đạo Tây Nam Bộ"}
    assert "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam" not in {body for body, _ in facts(doc, "organized")}


def test_a_congress_resolution_written_in_lowercase_is_adopted_at_the_congress():
    doc = extract("Quán triệt nghị quyết đại hội lần thứ XI của Đảng, Đảng ủy Công an Trung ương đã đề ra chương trình.")
    assert ("Nghị quyết đại hội lần thứ XI của Đảng", "Đại hội XI") in facts(doc, "adopted_at")


def test_who_chairs_a_meeting_does_not_attend_the_congress_it_keeps_safe():
    doc = extract("Hội nghị triển khai kế hoạch cao điểm\n\nNgày 9/8, Trung tướng Nguyễn Văn Tùng, Giám đốc Công an TP "
                  "Hà Nội, chủ trì triển khai kế hoạch cao điểm tấn công tội phạm, bảo đảm tuyệt đối an ninh, an toàn "
                  "Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVIII.")
    assert {event for person, event in facts(doc, "participated_in") if person == "Nguyễn Văn Tùng"} \
        == {"Hội nghị triển khai kế hoạch cao điểm"}


def test_a_late_leader_remembered_at_an_event_is_not_present_and_a_living_one_is():
    doc = extract("Đại hội Thi đua yêu nước tỉnh An Giang lần thứ I\n\nSáng 5/8/2025, trước khi khai mạc Đại hội, đồng chí Hồ "
                  "Văn Mừng, Bí thư Tỉnh ủy cùng các đại biểu dâng hương Chủ tịch Tôn Đức Thắng.")
    assert {person for person, _ in facts(doc, "participated_in")} == {"Hồ Văn Mừng"}
    earlier = extract("Hội nghị Trung ương 8\n\nSáng 2/10/2023, Tổng Bí thư Nguyễn Phú Trọng chủ trì Hội nghị Trung ương 8.")
    assert "Nguyễn Phú Trọng" in {person for person, _ in facts(earlier, "participated_in")}


def test_a_post_whose_holder_is_a_pronoun_goes_to_the_person_last_named_with_it():
    doc = extract("Bộ Chính trị điều động bà Lê Thị Thu Hà giữ chức Bí thư Tỉnh ủy Yên Bái. Bà Hà sinh năm 1972, quê Phú "
                  "Thọ. Bà là Ủy viên Trung ương Đảng khóa XIII; Phó Chủ tịch Quốc hội. Ông Nguyễn Văn Sơn phát biểu "
                  "chúc mừng. Ông từng giữ chức Giám đốc Sở Tài chính tỉnh Phú Thọ.")
    posts = {(person, body, role): r for r in doc.relations if r.predicate == "holds_position"
             for person, body, role in [(doc.entity(r.subject).name, doc.entity(r.object).name, r.role)]}
    assert ("Lê Thị Thu Hà", "Ban Chấp hành Trung ương Đảng", "Ủy viên") in posts
    assert ("Lê Thị Thu Hà", "Quốc hội", "Phó Chủ tịch") in posts
    held = posts[("Nguyễn Văn Sơn", "Sở Tài chính tỉnh Phú Thọ", "Giám đốc")]
    assert held.attrs.get("former") is True  # "từng giữ chức": a post held before


def test_a_pronoun_without_a_person_named_with_it_gives_no_post():
    doc = extract("Đồng chí Trần Văn Nam phát biểu tại hội nghị. Ông là Ủy viên Trung ương Đảng.")
    assert facts(doc, "holds_position") == set()


def test_a_short_name_is_the_person_last_named_in_full_with_it():
    doc = extract("Bộ Chính trị điều động ông Đỗ Văn Hưng làm Phó Trưởng Ban Tổ chức Trung ương. Trưởng Ban Tổ chức "
                  "Trung ương Lê Văn Hưng trao quyết định. Ông Đỗ Văn Hưng sinh năm 1971. Ông Hưng có trình độ Tiến sĩ.")
    short = [m for m in doc.mentions if m.type == "Person" and m.name == "Hưng"]
    assert short and doc.entity(short[-1].entity).name == "Đỗ Văn Hưng"


def test_national_sports_bodies_are_known_by_their_abbreviations():
    doc = extract("Chủ tịch VFF Nguyễn Văn Hòa, Phó Chủ tịch Ủy ban Olympic Việt Nam dự lễ.")
    assert {("Nguyễn Văn Hòa", "Liên đoàn Bóng đá Việt Nam", "Chủ tịch"),
            ("Nguyễn Văn Hòa", "Ủy ban Olympic Việt Nam", "Phó Chủ tịch")} <= facts(doc, "holds_position")


def test_a_bare_party_group_in_a_chain_is_that_of_the_body_the_next_post_names():
    doc = extract("Dự có bà Hà Thị Cúc, Ủy viên Trung ương Đảng, Bí thư Đảng đoàn, Chủ tịch Hội Nông dân Việt Nam.")
    assert {("Hà Thị Cúc", "Đảng đoàn Hội Nông dân Việt Nam", "Bí thư"),
            ("Hà Thị Cúc", "Hội Nông dân Việt Nam", "Chủ tịch")} <= facts(doc, "holds_position")


def test_a_mass_organizations_branch_may_be_named_with_the_country_and_vn_is_viet_nam():
    doc = extract("Bà Lê Thị Hà, Chủ tịch Hội LHPN Việt Nam tỉnh Nghệ An phát biểu. Anh Trần Văn Cường, Chủ tịch Hội "
                  "LHTN VN tỉnh Vĩnh Phúc và anh Phan Văn Mạnh, Chủ tịch Hội LHTN VN dự.")
    posts = facts(doc, "holds_position")
    assert ("Lê Thị Hà", "Hội Liên hiệp Phụ nữ tỉnh Nghệ An", "Chủ tịch") in posts
    assert ("Trần Văn Cường", "Hội Liên hiệp Thanh niên Việt Nam tỉnh Vĩnh Phúc", "Chủ tịch") in posts
    assert ("Phan Văn Mạnh", "Hội Liên hiệp Thanh niên Việt Nam", "Chủ tịch") in posts


def test_a_bodys_numbered_meeting_named_after_it_is_held_by_it():
    doc = extract("Sáng 30/5, Hội nghị Ủy ban Trung ương Hội LHTN Việt Nam lần thứ 8, khóa VI khai mạc tại Hà Nội. Chiều "
                  "cùng ngày, Hội nghị Ban Thường vụ Tỉnh ủy Nghệ An với doanh nghiệp diễn ra.")
    held = {event for body, event in facts(doc, "organized") if body == "Ủy ban Trung ương Hội Liên hiệp Thanh niên Việt Nam"}
    assert [event.startswith("Hội nghị Ủy ban Trung ương Hội LHTN Việt Nam lần thứ 8") for event in held] == [True]
    assert not {body for body, _ in facts(doc, "organized")} & {"Ban Thường vụ Tỉnh ủy Nghệ An"}


def test_a_chief_of_office_title_in_lower_case_holds_a_post_in_the_bodys_office():
    doc = extract("Đại tá Nguyễn Văn Ngư - Phó chánh văn phòng Đảng ủy Công an Trung ương, Phó chánh văn phòng Bộ Công an "
                  "phát biểu. Ông Phạm Văn Túc, chánh văn phòng Trung ương Đảng dự.")
    posts = facts(doc, "holds_position")
    assert {("Nguyễn Văn Ngư", "Văn phòng Đảng ủy Công an Trung ương", "Phó Chánh Văn phòng"),
            ("Nguyễn Văn Ngư", "Văn phòng Bộ Công an", "Phó Chánh Văn phòng"),
            ("Phạm Văn Túc", "Văn phòng Trung ương Đảng", "Chánh Văn phòng")} <= posts
    assert ("Văn phòng Bộ Công an", "Bộ Công an") in facts(doc, "part_of")


def test_a_local_police_force_is_named_by_its_abbreviations():
    doc = extract("Đại tá Nguyễn Văn Chung - Bí thư Đảng ủy, Giám đốc CATP Hà Nội phát biểu. Thượng tá Lê Văn Hòa, "
                  "Phó Trưởng CA huyện Quỳnh Lưu dự.")
    assert ("Nguyễn Văn Chung", "Công an thành phố Hà Nội", "Giám đốc") in facts(doc, "holds_position")
    assert "Công an huyện Quỳnh Lưu" in names(doc, "Organization")


def test_bodies_after_a_comma_and_do_that_hold_an_event_together_organize_it():
    doc = extract("Tối qua, Hội thảo khoa học về an ninh mạng, do Bộ Công an và Đài Truyền hình Việt Nam phối hợp tổ "
                  "chức, đã khai mạc tại Hà Nội.")
    assert {body for body, _ in facts(doc, "organized")} == {"Bộ Công an", "Đài Truyền hình Việt Nam"}


def test_a_known_body_set_off_next_to_its_known_parent_is_part_of_it_but_not_in_a_list():
    doc = extract("Thiếu tướng Lê Văn Châu, Tư lệnh Bộ Tư lệnh Cảnh sát cơ động (Bộ Công an) dự. Đây là chỉ đạo của Bộ "
                  "Chính trị, Ban Chấp hành Trung ương Đảng, Chính phủ và Quốc hội.")
    assert facts(doc, "part_of") == {("Bộ Tư lệnh Cảnh sát cơ động", "Bộ Công an")}


def test_unit_prefixes_are_known_by_their_short_forms_also_in_brackets():
    doc = extract("Ủy ban Kiểm tra (UBKT) Tỉnh ủy Bến Tre vừa hoàn tất việc xác minh. Sau đó, BTV Huyện ủy Mỏ Cày Bắc "
                  "họp. Theo UBKT Tỉnh ủy Bến Tre, vụ việc đã rõ.")
    assert {("Ủy ban Kiểm tra Tỉnh ủy Bến Tre", "Tỉnh ủy Bến Tre"),
            ("Ban Thường vụ Huyện ủy Mỏ Cày Bắc", "Huyện ủy Mỏ Cày Bắc")} <= facts(doc, "part_of")
    assert len([e for e in doc.entities if e.name == "Ủy ban Kiểm tra Tỉnh ủy Bến Tre"]) == 1


def test_a_body_that_gives_out_a_decision_right_before_it_issues_it():
    doc = extract("Ban Thường vụ Huyện ủy Mỏ Cày Bắc đã ra Quyết định số 223-QĐ/HU điều động bà Quyến. Việc này diễn ra "
                  "Quyết định số 224-QĐ/HU chưa có.")
    assert facts(doc, "issued") >= {("Ban Thường vụ Huyện ủy Mỏ Cày Bắc", "Quyết định số 223-QĐ/HU")}
    assert ("Ban Thường vụ Huyện ủy Mỏ Cày Bắc", "Quyết định số 224-QĐ/HU") not in facts(doc, "issued")


def test_a_council_that_governs_a_known_body_is_a_unit_of_it():
    doc = extract("Phó Chủ tịch nước Nguyễn Thị Doan, Chủ tịch Hội đồng Quỹ bảo trợ trẻ em Việt Nam đến thăm các bệnh nhi.")
    assert ("Nguyễn Thị Doan", "Hội đồng Quỹ Bảo trợ trẻ em Việt Nam", "Chủ tịch") in facts(doc, "holds_position")
    assert ("Hội đồng Quỹ Bảo trợ trẻ em Việt Nam", "Quỹ Bảo trợ trẻ em Việt Nam") in facts(doc, "part_of")


def test_ministries_and_agencies_by_their_press_abbreviations():
    doc = extract("Dự có Thứ trưởng Bộ LĐTB&XH Lê Văn Cường, Thứ trưởng Bộ VH,TT&DL Lê Văn Long và Tổng cục trưởng Tổng "
                  "cục TDTT Lê Văn Minh.")
    assert {("Lê Văn Cường", "Bộ Lao động - Thương binh và Xã hội", "Thứ trưởng"),
            ("Lê Văn Long", "Bộ Văn hóa, Thể thao và Du lịch", "Thứ trưởng"),
            ("Lê Văn Minh", "Tổng cục Thể dục thể thao", "Tổng cục trưởng")} <= facts(doc, "holds_position")


def test_the_fronts_central_committee_glued_short_form_and_xh_for_xa_hoi():
    doc = extract("Dự có bà Hà Thị Liên - Phó Chủ tịch UBTƯMTTQ Việt Nam và ông Bùi Văn Lợi - Phó Chủ nhiệm Ủy ban về các "
                  "vấn đề XH của Quốc hội.")
    posts = facts(doc, "holds_position")
    assert ("Hà Thị Liên", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Phó Chủ tịch") in posts
    assert ("Bùi Văn Lợi", "Ủy ban Xã hội", "Phó Chủ nhiệm") in posts


def test_a_bare_minister_title_is_of_the_one_ministry_the_article_names():
    doc = extract("Bộ Văn hóa, Thể thao và Du lịch tổ chức hội thảo. Thứ trưởng Hồ Văn Tuấn chủ trì. Bộ trưởng Ngoại giao "
                  "Nga Sergei Lavrov gửi thư. Thứ trưởng Lavrov phát biểu.")
    posts = facts(doc, "holds_position")
    assert ("Hồ Văn Tuấn", "Bộ Văn hóa, Thể thao và Du lịch", "Thứ trưởng") in posts
    assert not {body for person, body, _ in posts if person == "Sergei Lavrov"} & {"Bộ Văn hóa, Thể thao và Du lịch"}
    two = extract("Bộ Tư pháp và Bộ Nội vụ phối hợp tổ chức hội nghị. Thứ trưởng Lê Văn Hòa chủ trì.")
    assert not {person for person, _, _ in facts(two, "holds_position")} & {"Lê Văn Hòa"}


def test_national_assembly_deputies_named_with_their_provinces_delegation():
    doc = extract("Quốc hội thảo luận tại tổ. Các đại biểu Bùi Văn Xuyền (Đoàn Thái Bình), Nguyễn Thị Bạch Vân (Bà "
                  "Rịa-Vũng Tàu) và Đặng Văn Phong (Bến Tre) cho rằng. Đại biểu Quốc hội tỉnh Sơn La Thào Văn Sùng phát "
                  "biểu. Hội nghị có 200 đại biểu dự, ông Trần Văn Minh (Hà Nội) phát biểu. Ông Thân Văn Nam, ĐBQH khóa "
                  "XIII, dự.")
    deputies = {person for person, body, role in facts(doc, "holds_position")
                if (body, role) == ("Quốc hội", "Đại biểu Quốc hội")}
    assert deputies == {"Bùi Văn Xuyền", "Nguyễn Thị Bạch Vân", "Đặng Văn Phong", "Thào Văn Sùng", "Thân Văn Nam"}
    assert not names(doc, "Person") & {"Đoàn Thái Bình"}


def test_a_festival_named_after_a_body_is_not_its_meeting_and_police_media_are_bodies():
    doc = extract("Tối qua, Liên hoan Truyền hình Công an nhân dân lần thứ IX khai mạc. Trung tướng Nguyễn Văn Ước, Tổng "
                  "Biên tập Truyền hình CAND và Báo An ninh Thủ đô dự.")
    assert "Truyền hình Công an nhân dân" not in {body for body, _ in facts(doc, "organized") | facts(doc, "participated_in")}
    assert ("Nguyễn Văn Ước", "Truyền hình Công an nhân dân", "Tổng Biên tập") in facts(doc, "holds_position")
    assert "Báo An ninh Thủ đô" in names(doc, "Organization")


def test_the_place_the_lead_opens_with_is_where_the_articles_own_event_was_held():
    doc = extract("Hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ\n\nSáng 3/6, tại Trụ sở Trung ương "
                  "Đảng, Bộ Chính trị đã công bố quyết định điều động đồng chí Nguyễn Văn Ngọc. Chiều cùng ngày, tại Hà "
                  "Nội, ông Trần Văn An làm việc.")
    assert facts(doc, "held_in") == {("Hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ",
                                      "Trụ sở Trung ương Đảng")}


def test_a_union_written_cd_is_the_union_of_its_body_and_holds_its_congress():
    doc = extract("Sáng 12/4, tại Hà Nội, Đại hội CĐ Báo Tiền Phong diễn ra. Ông Lê Văn An, Chủ tịch CĐ Bộ Tư pháp dự "
                  "đại hội.")
    assert ("Công đoàn Báo Tiền Phong", "Đại hội Công đoàn Báo Tiền Phong") in facts(doc, "organized")
    assert ("Lê Văn An", "Công đoàn Bộ Tư pháp", "Chủ tịch") in facts(doc, "holds_position")


def test_a_foreign_head_after_a_body_and_its_short_form_in_brackets_holds_the_post():
    doc = extract("Sáng 4/3, Giám đốc điều hành Chương trình Phát triển Liên Hiệp Quốc (UNDP) Achim Steiner đến "
                  "Hà Nội.")
    assert ("Achim Steiner", "Chương trình Phát triển Liên hợp quốc", "Giám đốc điều hành") in facts(doc, "holds_position")


def test_a_given_name_that_is_also_a_body_word_ends_a_full_name():
    doc = extract("Ông Trần Quốc Viện, Chủ tịch UBND huyện Gia Lâm cho biết thu ngân sách đạt kế hoạch.")
    assert ("Trần Quốc Viện", "Ủy ban nhân dân huyện Gia Lâm", "Chủ tịch") in facts(doc, "holds_position")


def test_a_body_named_again_without_its_province_and_the_provinces_word_is_that_body():
    doc = extract("Bệnh viện Phục hồi chức năng tỉnh Bà Rịa-Vũng Tàu bị thanh tra. Hội đồng kỷ luật khiển trách ông Lê "
                  "Văn Tám - Giám đốc Bệnh viện Phục hồi chức năng tỉnh (bệnh viện).")
    assert facts(doc, "holds_position") == {
        ("Lê Văn Tám", "Bệnh viện Phục hồi chức năng tỉnh Bà Rịa-Vũng Tàu", "Giám đốc")}


def test_a_bare_standing_deputy_minister_is_of_the_one_ministry_the_article_names():
    doc = extract("Thay mặt Đảng ủy CATW và lãnh đạo Bộ Công an, Thứ trưởng Thường trực Lê Quý Vương phát biểu tại hội "
                  "nghị của Đảng ủy Tổng cục XDLL CAND.")
    assert facts(doc, "holds_position") == {("Lê Quý Vương", "Bộ Công an", "Thứ trưởng Thường trực")}
    assert {"Đảng ủy Công an Trung ương", "Đảng ủy Tổng cục Xây dựng lực lượng Công an nhân dân"} <= names(doc, "Organization")


def test_a_disciplinary_council_named_after_a_body_is_a_unit_of_it():
    doc = extract("Hội đồng kỷ luật Sở Giao thông vận tải tỉnh Hà Tĩnh đã thống nhất hình thức khiển trách ông Lê Văn Tám.")
    assert ("Hội đồng kỷ luật Sở Giao thông vận tải tỉnh Hà Tĩnh", "Sở Giao thông vận tải tỉnh Hà Tĩnh") in facts(doc, "part_of")


def test_a_unit_named_again_without_its_parent_written_short_is_that_unit():
    doc = extract("Sáng 5/6, Cục Quản lý chất lượng Bộ GD&ĐT tổ chức hội nghị. Ông Lê Văn Tám, Cục trưởng Cục Quản lý "
                  "chất lượng chủ trì.")
    assert facts(doc, "holds_position") == {("Lê Văn Tám", "Cục Quản lý chất lượng Bộ GD&ĐT", "Cục trưởng")}


def test_a_body_that_holds_a_congress_named_by_its_term_or_number_alone_holds_its_own():
    doc = extract("Sáng 2/6, Hội Khuyến học tỉnh Nam Định tổ chức Đại hội nhiệm kỳ IV (2013-2018). Ông Lê Văn Tám dự đại "
                  "hội. Chiều cùng ngày, Hội Cựu chiến binh tỉnh Nam Định tổ chức Đại hội lần thứ V.")
    organized = facts(doc, "organized")
    assert ("Hội Khuyến học tỉnh Nam Định", "Đại hội Hội Khuyến học tỉnh Nam Định nhiệm kỳ IV (2013-2018)") in organized
    assert ("Hội Cựu chiến binh tỉnh Nam Định", "Đại hội Hội Cựu chiến binh tỉnh Nam Định lần thứ V") in organized
    assert not any("của Đảng" in a for e in doc.entities for a in e.aliases)


def test_a_pages_tags_and_its_source_line_name_no_one_in_the_news():
    doc = extract("Sáng 3/6, Bộ trưởng Bộ Tư pháp Hà Hùng Cường dự Lễ khai mạc Hội thi hòa giải viên giỏi.\n"
                  "03/06/13 10:15 GMT+7\nXã hội\nLễ khai mạc,Hòa giải,Bộ Tư pháp,Hà Hùng Cường,Hội thi\nĐại Đoàn Kết\n")
    assert names(doc, "Person") == {"Hà Hùng Cường"}
    assert all("," not in e.name for e in doc.entities)
    assert ("Hà Hùng Cường", "Bộ Tư pháp", "Bộ trưởng") in facts(doc, "holds_position")


def test_a_training_class_a_body_holds_is_an_event_it_organizes():
    doc = extract("Ngày 12-6, Ban Tổ chức Tỉnh ủy Nam Định tổ chức lớp bồi dưỡng nghiệp vụ công tác tổ chức cho cán bộ "
                  "cơ sở. Ông Lê Văn Tám dự lớp học.")
    assert ("Ban Tổ chức Tỉnh ủy Nam Định", "Lớp bồi dưỡng nghiệp vụ công tác tổ chức") in facts(doc, "organized")


def test_a_regular_session_chaired_in_lower_case_is_held_by_the_body_it_names():
    doc = extract("Sáng 28-6, Chủ tịch UBND tỉnh Nghệ An Nguyễn Xuân Đường đã chủ trì phiên họp UBND tỉnh định kỳ tháng "
                  "6. Giám đốc Sở Tài chính Lê Văn Tám báo cáo.")
    assert ("Ủy ban nhân dân tỉnh Nghệ An", "Phiên họp UBND tỉnh định kỳ tháng 6") in facts(doc, "organized")
    assert ("Nguyễn Xuân Đường", "Phiên họp UBND tỉnh định kỳ tháng 6") in facts(doc, "participated_in")


def test_a_deputy_with_the_delegation_in_lower_case_and_an_editor_of_a_paper_written_short():
    doc = extract("Quốc hội thảo luận dự án luật. Theo đại biểu Trần Văn Minh (đoàn Hà Tĩnh), cần sửa Điều 5. Tổng biên "
                  "tập Báo PLVN Lê Văn Tám cho biết sẽ đưa tin.")
    posts = facts(doc, "holds_position")
    assert ("Trần Văn Minh", "Quốc hội", "Đại biểu Quốc hội") in posts
    assert ("Lê Văn Tám", "Báo Pháp luật Việt Nam", "Tổng Biên tập") in posts


def test_an_official_who_opens_a_sentence_and_speaks_spoke_at_the_articles_own_meeting():
    doc = extract("Sáng 12-6, Chủ tịch UBND tỉnh Nghệ An Nguyễn Xuân Đường chủ trì phiên họp UBND tỉnh định kỳ tháng 6. Thu "
                  "ngân sách đạt 40% dự toán. Ông Lê Văn Tám, Giám đốc Sở Tài chính tỉnh cho hay, nhiều khoản thu giảm. "
                  "Theo ông Trần Văn Minh, Giám đốc Sở Công Thương, sản xuất đã phục hồi. Ông Phạm Văn Hòa nói thêm.")
    session = "Phiên họp UBND tỉnh định kỳ tháng 6"
    attended = {person for person, event in facts(doc, "participated_in") if event == session}
    assert {"Lê Văn Tám", "Trần Văn Minh"} <= attended
    assert "Phạm Văn Hòa" not in attended  # no post given: no telling who he is


def test_a_capitalized_descriptor_and_a_pair_of_nouns_keep_a_conference_whole():
    doc = extract("Ngày 5-6, Cục Hải quan tỉnh Bình Dương đã tổ chức Hội nghị Biểu dương các tập thể, cá nhân tiêu biểu "
                  "năm 2012.")
    name = "Hội nghị Biểu dương các tập thể, cá nhân tiêu biểu năm 2012"
    assert names(doc, "Event") == {name}
    assert ("Cục Hải quan tỉnh Bình Dương", name) in facts(doc, "organized")


def test_a_working_session_with_a_province_or_city_named_by_its_word_is_an_event():
    doc = extract("Sáng 6/6, Đoàn công tác của Ủy ban Dân tộc do Thứ trưởng Lê Văn Tám dẫn đầu đã làm việc với tỉnh Điện "
                  "Biên về chính sách dân tộc.")
    session = "Buổi làm việc của Đoàn công tác của Ủy ban Dân tộc với tỉnh Điện Biên"
    assert names(doc, "Event") == {session}
    assert {("Lê Văn Tám", session), ("Ủy ban Dân tộc", session)} <= facts(doc, "participated_in")
    city = extract("Chiều 6/6, Ban Tôn giáo Chính phủ làm việc với TP Hải Phòng.")
    assert names(city, "Event") == {"Buổi làm việc của Ban Tôn giáo Chính phủ với TP Hải Phòng"}


def test_pairs_of_units_and_un_offices_keep_a_consultation_whole():
    doc = extract("Sáng 3/11, Bộ Tư pháp tổ chức Hội nghị lấy ý kiến các bộ, ngành và 12 tỉnh, thành phố khu vực phía Nam về "
                  "dự thảo Luật Phá sản. Đại diện Văn phòng Liên hợp quốc về ma túy và tội phạm dự.")
    event = "Hội nghị lấy ý kiến các bộ, ngành và 12 tỉnh, thành phố khu vực phía Nam về dự thảo Luật Phá sản"
    assert ("Bộ Tư pháp", event) in facts(doc, "organized")
    three = extract("Chiều 4-6, Thành ủy Huế tổ chức Lễ tôn vinh cán bộ, công chức, viên chức tiêu biểu năm 2012.")
    assert names(three, "Event") == {"Lễ tôn vinh cán bộ, công chức, viên chức tiêu biểu năm 2012"}
    assert ("Văn phòng Liên hợp quốc về Ma túy và Tội phạm", "Liên hợp quốc") in facts(doc, "part_of")


def test_an_issuer_code_written_with_an_ampersand_names_its_ministry():
    doc = extract("Lớp học mở theo Quyết định 125/QĐ-BGD&ĐT. Công văn 12/BLĐTB&XH-VP nêu rõ thời hạn.")
    assert facts(doc, "issued") == {("Bộ Giáo dục và Đào tạo", "Quyết định số 125/QĐ-BGD&ĐT"),
                                    ("Bộ Lao động - Thương binh và Xã hội", "Công văn số 12/BLĐTB&XH-VP")}


def test_held_before_a_time_is_the_verb_not_part_of_the_events_name():
    doc = extract("Tại cuộc họp báo thường kỳ tháng 5 của Bộ Ngoại giao tổ chức chiều 26/5, Người phát ngôn Lê Văn Tám cho "
                  "biết như vậy.")
    assert names(doc, "Event") == {"Cuộc họp báo thường kỳ tháng 5 của Bộ Ngoại giao"}
    assert ("Bộ Ngoại giao", "Cuộc họp báo thường kỳ tháng 5 của Bộ Ngoại giao") in facts(doc, "organized")


def test_a_titled_speaker_and_a_speaker_at_the_event_after_a_connective_took_part():
    doc = extract("Sáng 3-6, Cục Thi hành án dân sự tỉnh Bình Định tổ chức Lễ ký kết giao ước thi đua năm 2013. Quyền Cục "
                  "trưởng Cục Thi hành án dân sự tỉnh Bình Định Lê Văn Tám cũng đánh giá cao sự phối hợp. Tuy nhiên, tại "
                  "Hội nghị Giao ban Báo chí tỉnh Bình Định chiều 4-6, ông Trần Văn Minh, Giám đốc Sở Tư pháp lại cho rằng "
                  "còn chậm.")
    attended = facts(doc, "participated_in")
    assert ("Lê Văn Tám", "Lễ ký kết giao ước thi đua năm 2013") in attended
    assert ("Trần Văn Minh", "Hội nghị Giao ban Báo chí tỉnh Bình Định") in attended
    assert ("Trần Văn Minh", "Lễ ký kết giao ước thi đua năm 2013") not in attended


def test_a_short_act_and_a_meeting_joined_by_and_is_one_event_however_often_it_is_spelled():
    doc = extract("Lễ mở ký Hiệp định Hà Nội\nSáng 5/11, Lễ mở ký và Hội nghị cấp cao Hiệp định của ASEAN về chống buôn "
                  "người khai mạc tại Hà Nội. Thủ tướng Phạm Minh Chính dự. Chiều cùng ngày, tại Lễ mở ký và Hội nghị cấp "
                  "cao Hiệp định ASEAN về chống buôn người, các bên đã ký.")
    assert names(doc, "Event") == {"Lễ mở ký và Hội nghị cấp cao Hiệp định của ASEAN về chống buôn người"}


def test_the_word_deputy_before_a_name_in_an_article_about_assembly_deputies():
    doc = extract("Sáng 28/5, các ĐBQH thảo luận tại tổ về dự án Luật Đất đai trình Quốc hội. ĐB Trần Văn Minh cho biết "
                  "cần sửa Điều 5. Đại biểu Lê Thị Hoa, Chủ tịch HĐND tỉnh Nghệ An cho rằng không cần.")
    posts = facts(doc, "holds_position")
    assert {("Trần Văn Minh", "Quốc hội", "Đại biểu Quốc hội"), ("Lê Thị Hoa", "Quốc hội", "Đại biểu Quốc hội")} <= posts
    congress = extract("Đại hội Đảng bộ tỉnh Nghệ An lần thứ XIX khai mạc, có ĐBQH dự. Đại biểu Lê Văn Tám phát biểu.")
    assert ("Lê Văn Tám", "Quốc hội", "Đại biểu Quốc hội") not in facts(congress, "holds_position")


def test_a_debate_in_the_deputies_groups_is_an_event_named_without_its_date():
    doc = extract("Thảo luận tại tổ Nghệ An ngày 29/5 về dự án Luật Tiếp công dân, nhiều ý kiến tán thành. ĐBQH Trần Văn "
                  "Minh cho biết cần sửa Điều 5.")
    debate = "Thảo luận tại tổ Nghệ An về dự án Luật Tiếp công dân"
    assert names(doc, "Event") == {debate}
    assert ("Trần Văn Minh", debate) in facts(doc, "participated_in")
    assert not facts(doc, "held_in")  # the group of Nghệ An's deputies, not where it met
    opened = extract("Trong phiên thảo luận tại tổ vào sáng 27/5 về dự thảo Luật Đất đai, các đại biểu Quốc hội có nhiều ý "
                     "kiến. Đại biểu Lê Văn Tám cho rằng cần giữ Điều 4.")
    assert ("Lê Văn Tám", "Phiên thảo luận tại tổ về dự thảo Luật Đất đai") in facts(opened, "participated_in")


def test_the_border_guard_and_commands_written_short():
    doc = extract("Bộ Tư lệnh Quân khu 7 và Bộ Tư lệnh BĐBP tổ chức hội nghị. Thiếu tướng Lê Văn Tám, Tư lệnh BĐBP và Thiếu "
                  "tướng Trần Văn Minh, Tư lệnh Quân khu 7 chủ trì. BTL Quân khu 7 tặng quà BTL BĐBP.")
    posts = facts(doc, "holds_position")
    assert ("Lê Văn Tám", "Bộ đội Biên phòng", "Tư lệnh") in posts
    assert ("Trần Văn Minh", "Quân khu 7", "Tư lệnh") in posts
    assert len([e for e in doc.entities if e.name == "Bộ đội Biên phòng"]) == 1


def test_places_that_locate_a_body_may_stand_between_the_post_and_the_name():
    doc = extract("Chủ tịch UBND xã Sơn Hà, huyện Bảo Lạc (Cao Bằng) Lê Văn Tám cho biết xã đã có đường. Bí thư Đảng ủy "
                  "xã Đình Phong, huyện Trùng Khánh Trần Văn Minh dự.")
    posts = facts(doc, "holds_position")
    assert ("Lê Văn Tám", "Ủy ban nhân dân xã Sơn Hà", "Chủ tịch") in posts
    assert ("Trần Văn Minh", "Đảng ủy xã Đình Phong", "Bí thư") in posts


def test_a_body_of_a_centrally_run_city_is_one_with_or_without_the_citys_word():
    doc = extract("Bệnh viện Ung bướu thành phố Cần Thơ vừa khánh thành khu mới. Ông Lê Văn Tám, Giám đốc Bệnh viện Ung "
                  "bướu Cần Thơ cho biết đã xong.")
    hospitals = [e for e in doc.entities if e.type == "Organization" and e.name.startswith("Bệnh viện")]
    assert len(hospitals) == 1
    assert ("Lê Văn Tám", hospitals[0].name, "Giám đốc") in facts(doc, "holds_position")


def test_a_deputy_who_speaks_after_a_fronted_clause_below_a_pull_quote_spoke_at_the_articles_debate():
    doc = extract("Cần một hành lang pháp lý\n“Chúng ta không thể chờ thêm nữa. Người dân đang trông”.\nThảo luận tại tổ "
                  "Đồng Nai ngày 3/6 về dự án Luật Đất đai, nhiều ý kiến tán thành.\nỞ một góc nhìn khác, ĐBQH Trần Văn "
                  "Nam cho biết cần giữ Điều 5. Cũng bàn về giá đất, ĐB Lê Thị Hoa đề nghị sửa Điều 7.")
    debate = "Thảo luận tại tổ Đồng Nai về dự án Luật Đất đai"
    assert {("Trần Văn Nam", debate), ("Lê Thị Hoa", debate)} <= facts(doc, "participated_in")
    said = extract("Sáng 3/6, Sở Y tế tỉnh Nghệ An tổ chức hội nghị tổng kết công tác năm 2024. Ông Trần Văn Minh, Phó Giám "
                   "đốc Sở Y tế cho biết, ông Lê Văn Tám, Giám đốc Sở Tài chính cho rằng thu đã tăng.")
    assert {person for person, _ in facts(said, "participated_in")} == {"Trần Văn Minh"}  # Tám is in what Minh said


def test_meetings_counted_in_general_are_not_an_event():
    doc = extract("Năm qua, Sở Tư pháp tỉnh Nam Định đã tổ chức hàng trăm hội nghị phổ biến pháp luật và 3 hội thảo "
                  "chuyên đề cho cán bộ cơ sở. Sáng 5/6, Sở tổ chức Hội nghị tổng kết công tác năm 2024.")
    assert names(doc, "Event") == {"Hội nghị tổng kết công tác năm 2024"}


def test_a_post_written_with_an_administrative_unit_means_that_units_committee():
    doc = extract("Chủ tịch huyện Bảo Lâm Hoàng Văn Nam và Bí thư huyện Quỳnh Lưu Lê Văn Tám dự. Phó Chủ tịch xã Yên Thổ "
                  "Trần Văn Minh và ông Lý Văn Hùng, nguyên Chủ tịch TP HCM cùng dự.")
    posts = facts(doc, "holds_position")
    assert ("Hoàng Văn Nam", "Ủy ban nhân dân huyện Bảo Lâm", "Chủ tịch") in posts
    assert ("Lê Văn Tám", "Huyện ủy Quỳnh Lưu", "Bí thư") in posts
    assert ("Trần Văn Minh", "Ủy ban nhân dân xã Yên Thổ", "Phó Chủ tịch") in posts
    assert ("Lý Văn Hùng", "Ủy ban nhân dân Thành phố Hồ Chí Minh", "Chủ tịch") in posts
    assert names(doc, "Person") == {"Hoàng Văn Nam", "Lê Văn Tám", "Trần Văn Minh", "Lý Văn Hùng"}


def test_a_sectors_national_union_and_the_labour_department_written_short():
    doc = extract("Đồng chí Hồ Văn Kỳ - Chủ tịch Công đoàn Dầu khí Việt Nam phát biểu. Giám đốc Sở LĐTB&XH Hà Nội Nguyễn "
                  "Đình Đức dự.")
    posts = facts(doc, "holds_position")
    assert ("Hồ Văn Kỳ", "Công đoàn Dầu khí Việt Nam", "Chủ tịch") in posts
    assert ("Nguyễn Đình Đức", "Sở Lao động - Thương binh và Xã hội thành phố Hà Nội", "Giám đốc") in posts


def test_bodies_listed_as_directly_under_another_are_part_of_it():
    doc = extract("Hội Nông dân Việt Nam, Hội Cựu chiến binh Việt Nam và Đoàn TNCS Hồ Chí Minh là các tổ chức chính trị - "
                  "xã hội trực thuộc MTTQ Việt Nam. Sở Y tế tỉnh Nghệ An chỉ đạo các bệnh viện trực thuộc Bộ Y tế.")
    assert facts(doc, "part_of") == {("Hội Nông dân Việt Nam", "Mặt trận Tổ quốc Việt Nam"),
                                     ("Hội Cựu chiến binh Việt Nam", "Mặt trận Tổ quốc Việt Nam"),
                                     ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Mặt trận Tổ quốc Việt Nam")}


def test_a_sentence_that_opens_on_the_posts_then_names_the_holder_after_a_bare_comma():
    doc = extract("Phó Giám đốc Sở Y tế tỉnh Nghệ An, Lê Văn Tám cho biết thu tăng. Ông gặp Giám đốc Sở Tài chính, Trần "
                  "Văn Minh và Lý Văn Hùng.")
    posts = facts(doc, "holds_position")
    assert ("Lê Văn Tám", "Sở Y tế tỉnh Nghệ An", "Phó Giám đốc") in posts
    assert not any(person == "Trần Văn Minh" for person, *_ in posts)  # the posts do not open the sentence


def test_a_cut_off_teaser_above_the_headline_is_no_part_of_the_article():
    doc = extract("Bí thư Tỉnh ủy Lê Văn Tám dâng hương tưởng niệm ...\nBí thư Tỉnh ủy Lê Văn Tám dâng hương tưởng niệm cố "
                  "Chủ tịch nước Trần Đức Lương\nSáng 20/7, đoàn đại biểu tỉnh Quảng Ngãi do đồng chí Lê Văn Tám, Bí thư "
                  "Tỉnh ủy làm trưởng đoàn đã đến dâng hương tưởng niệm cố Chủ tịch nước Trần Đức Lương.")
    act = "Dâng hương tưởng niệm cố Chủ tịch nước Trần Đức Lương"
    assert names(doc, "Event") == {act}
    assert {person for person, _ in facts(doc, "participated_in")} == {"Lê Văn Tám"}  # the late President is honoured


def test_a_committee_named_without_the_commas_of_its_list_and_a_local_buddhist_board_in_lower_case():
    doc = extract("Chủ nhiệm Ủy ban Khoa học Công nghệ và Môi trường của Quốc hội Lê Quang Huy trình bày báo cáo. Hòa "
                  "thượng Thích Thanh Thuận, Trưởng ban trị sự Giáo hội Phật giáo huyện Bình Lục cảm ơn.")
    posts = facts(doc, "holds_position")
    assert ("Lê Quang Huy", "Ủy ban Khoa học, Công nghệ và Môi trường", "Chủ nhiệm") in posts
    assert ("Thích Thanh Thuận", "Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Bình Lục", "Trưởng ban") in posts


def test_a_signing_between_two_bodies_ends_before_the_speaker_and_both_bodies_take_part():
    doc = extract("Sáng 31/5, phát biểu tại Lễ ký kết Chương trình phối hợp tuyên truyền về công tác thi hành án (THA) "
                  "giữa Tổng cục Thi hành án dân sự và Báo Nhân Dân, Thứ trưởng Bộ Tư pháp Lê Văn Tám đánh giá cao.")
    signing = "Lễ ký kết Chương trình phối hợp tuyên truyền về công tác thi hành án (THA) giữa Tổng cục Thi hành án dân " \
              "sự và Báo Nhân Dân"
    assert names(doc, "Event") == {signing}
    taking_part = facts(doc, "participated_in")
    assert {("Tổng cục Thi hành án dân sự", signing), ("Báo Nhân Dân", signing), ("Lê Văn Tám", signing)} <= taking_part
    named = extract("Chiều 5/3, Bộ Công an tổ chức Lễ công bố quyết định về việc điều động Đại tá Lê Văn Tám, Giám đốc Công "
                    "an tỉnh Yên Bái, giữ chức vụ Chánh Văn phòng Bộ Công an.")
    assert names(named, "Event") == {"Lễ công bố quyết định về việc điều động Đại tá Lê Văn Tám, Giám đốc Công an tỉnh "
                                     "Yên Bái, giữ chức vụ Chánh Văn phòng Bộ Công an"}  # the post of whom it names


def test_a_leader_the_article_says_has_died_takes_part_in_nothing():
    doc = extract("Sáng 26/7, Chủ tịch nước Lê Văn Tám tiếp Tổng Bí thư Lào Trần Văn Minh. Chủ tịch nước cảm ơn Chính phủ "
                  "Lào đã gửi điện chia buồn về việc Tổng Bí thư Nguyễn Văn Hùng từ trần và cử đoàn do Tổng Bí thư, Chủ "
                  "tịch nước Lào dẫn đầu sang dự lễ tang.")
    assert "Nguyễn Văn Hùng" not in {person for person, _ in facts(doc, "participated_in")}


def test_a_plural_post_goes_to_every_name_listed_right_after_it():
    doc = extract("Hội nghị có các Phó Thủ tướng Chính phủ Lê Văn Tám, Trần Văn Minh và Lý Văn Hùng; lãnh đạo các bộ. "
                  "Thủ tướng Phạm Văn Nam, Nguyễn Văn Hòa cùng dự.")
    posts = facts(doc, "holds_position")
    assert {("Lê Văn Tám", "Chính phủ", "Phó Thủ tướng"), ("Trần Văn Minh", "Chính phủ", "Phó Thủ tướng"),
            ("Lý Văn Hùng", "Chính phủ", "Phó Thủ tướng")} <= posts
    assert not any(person == "Nguyễn Văn Hòa" for person, *_ in posts)  # one post, no "các": the first name only


def test_subcommittees_and_their_heads():
    doc = extract("Thủ tướng Lê Văn Tám, Trưởng Tiểu ban Kinh tế - Xã hội Đại hội XIV của Đảng chủ trì. Ông Trần Văn Minh, "
                  "Phó Trưởng Tiểu ban Tuyên truyền Đại hội Đảng bộ tỉnh Nghệ An dự.")
    posts = facts(doc, "holds_position")
    assert ("Lê Văn Tám", "Tiểu ban Kinh tế - Xã hội Đại hội XIV của Đảng", "Trưởng Tiểu ban") in posts
    assert any(person == "Trần Văn Minh" and role == "Phó Trưởng Tiểu ban" and body.startswith("Tiểu ban Tuyên truyền")
               for person, body, role in posts)


def test_a_conference_named_by_its_body_and_whom_it_meets_and_the_people_it_gathers():
    doc = extract("Sáng 21/9, Thủ tướng Lê Văn Tám chủ trì Hội nghị của Thường trực Chính phủ làm việc với các doanh "
                  "nghiệp lớn về giải pháp phát triển kinh tế. Hội nghị quy tụ các Phó Thủ tướng Chính phủ Trần Văn Minh, "
                  "Lý Văn Hùng; lãnh đạo các bộ, ngành.")
    meeting = "Hội nghị của Thường trực Chính phủ làm việc với các doanh nghiệp lớn về giải pháp phát triển kinh tế"
    assert names(doc, "Event") == {meeting}
    assert {("Lê Văn Tám", meeting), ("Trần Văn Minh", meeting), ("Lý Văn Hùng", meeting)} <= facts(doc, "participated_in")


def test_a_working_session_with_a_provinces_leaders():
    doc = extract("Chiều 13/6, Bộ trưởng Bộ Y tế Lê Văn Tám đã làm việc với lãnh đạo tỉnh Quảng Ngãi về công tác y tế.")
    sessions = names(doc, "Event")
    assert len(sessions) == 1 and next(iter(sessions)).endswith("với lãnh đạo tỉnh Quảng Ngãi")
    assert ("Lê Văn Tám", next(iter(sessions))) in facts(doc, "participated_in")


def test_a_district_committee_whose_name_runs_past_the_provinces_and_a_princess_of_another_country():
    doc = extract("Bí thư Huyện ủy Điện Biên Đông Mùa A Vảng dự. Phó Chủ tịch nước Lê Văn Tám tiếp Công chúa Thái Lan Maha "
                  "Chakri Sirindhorn.")
    assert ("Mùa A Vảng", "Huyện ủy Điện Biên Đông", "Bí thư") in facts(doc, "holds_position")
    assert {"Mùa A Vảng", "Lê Văn Tám", "Maha Chakri Sirindhorn"} <= names(doc, "Person")


def test_the_bodies_whose_delegation_performs_the_headlines_act_take_part():
    doc = extract("Bí thư Tỉnh ủy Lê Văn Tám dâng hương tưởng niệm Chủ tịch Hồ Chí Minh tại Kim Liên\nSáng 19/5, Đoàn đại "
                  "biểu Tỉnh ủy, HĐND, UBND tỉnh Nghệ An do đồng chí Lê Văn Tám, Bí thư Tỉnh ủy làm trưởng đoàn đã đến "
                  "dâng hương tưởng niệm Chủ tịch Hồ Chí Minh tại Kim Liên.")
    act = "Dâng hương tưởng niệm Chủ tịch Hồ Chí Minh tại Kim Liên"
    taking_part = facts(doc, "participated_in")
    assert {("Tỉnh ủy Nghệ An", act), ("Hội đồng nhân dân tỉnh Nghệ An", act), ("Ủy ban nhân dân tỉnh Nghệ An", act),
            ("Lê Văn Tám", act)} <= taking_part


def test_the_occasion_of_a_ceremony_is_part_of_its_name():
    doc = extract("Ngày 19/9, Tỉnh ủy Phú Thọ tổ chức trọng thể Lễ dâng hoa tưởng nhớ Chủ tịch Hồ Chí Minh nhân dịp kỷ niệm "
                  "70 năm ngày Bác Hồ về thăm Đền Hùng.")
    ceremony = "Lễ dâng hoa tưởng nhớ Chủ tịch Hồ Chí Minh nhân dịp kỷ niệm 70 năm ngày Bác Hồ về thăm Đền Hùng"
    assert names(doc, "Event") == {ceremony}
    assert ("Tỉnh ủy Phú Thọ", ceremony) in facts(doc, "organized")


def test_a_name_after_a_city_committee_written_without_its_city_is_the_chairs():
    doc = extract("Văn phòng UBND TP Đà Nẵng cho hay, Chủ tịch UBND TP Văn Hữu Chiến vừa chỉ thị các sở. UBND TP. Bảo "
                  "Lộc họp.")
    assert "Văn Hữu Chiến" in names(doc, "Person")
    assert ("Văn Hữu Chiến", "Ủy ban nhân dân thành phố Đà Nẵng", "Chủ tịch") in facts(doc, "holds_position")
    assert "Ủy ban nhân dân thành phố Bảo Lộc" in names(doc, "Organization")


def test_the_central_committee_of_a_mass_organization_is_not_the_partys():
    doc = extract("Sáng 5/3, Hội nghị Ban Chấp hành Trung ương Hội LHPN Việt Nam lần thứ 11 khai mạc tại Hà Nội. Bà Lê Thị "
                  "Hoa, Ủy viên Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam dự.")
    plenum = "Hội nghị Ban Chấp hành Trung ương Hội LHPN Việt Nam lần thứ 11"
    assert ("Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam", plenum) in facts(doc, "organized")
    assert "Ban Chấp hành Trung ương Đảng" not in names(doc, "Organization")
    assert ("Lê Thị Hoa", "Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam", "Ủy viên") in facts(doc, "holds_position")


def test_a_chief_of_the_general_staff_named_without_a_body_heads_the_general_staff():
    doc = extract("Thượng tướng Nguyễn Văn Nam, Tổng Tham mưu trưởng QĐND Việt Nam dự. Thượng tướng Lê Văn Tám, Phó Tổng "
                  "Tham mưu trưởng dự.")
    posts = facts(doc, "holds_position")
    assert ("Nguyễn Văn Nam", "Quân đội nhân dân Việt Nam", "Tổng Tham mưu trưởng") in posts  # the body named
    assert ("Lê Văn Tám", "Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam", "Phó Tổng Tham mưu trưởng") in posts


def test_a_meeting_held_after_a_first_act_named_by_a_verb_alone():
    doc = extract("Tối 12/10, Thủ tướng Lào Trần Văn Minh đã đến chào và có cuộc hội kiến với Tổng Bí thư Lê Văn Tám.")
    meeting = "Hội kiến giữa Thủ tướng Lào Trần Văn Minh và Tổng Bí thư Lê Văn Tám"
    assert names(doc, "Event") == {meeting}
    assert {("Trần Văn Minh", meeting), ("Lê Văn Tám", meeting)} <= facts(doc, "participated_in")


def test_the_entourage_listed_after_a_capitalized_tháp_tùng_take_part_in_the_visit():
    doc = extract("Thủ tướng Trung Quốc Lý Cường thăm chính thức Việt Nam từ ngày 12 đến 14/10. Tháp tùng Thủ tướng Lý "
                  "Cường thăm chính thức Việt Nam có Bộ trưởng Bộ Thương mại Trung Quốc Vương Văn Đào.")
    visit = next(iter(names(doc, "Event")))
    assert ("Vương Văn Đào", visit) in facts(doc, "participated_in")


def test_an_assembly_sitting_told_by_its_half_day_is_the_event_of_what_the_assembly_did():
    doc = extract("Nghị quyết thành lập thành phố Cam Lâm vừa được Quốc hội thông qua chiều 12/6, với 450 đại biểu tán "
                  "thành. Ông Lê Văn Tám, Chủ nhiệm Ủy ban Pháp luật trình bày báo cáo.", published="2025-06-12")
    sitting = "Phiên họp Quốc hội chiều 12/6"
    assert names(doc, "Event") == {sitting}
    assert ("Quốc hội", sitting) in facts(doc, "organized")
    assert ("Quốc hội", "Nghị quyết thành lập thành phố Cam Lâm") in facts(doc, "issued")
    assert ("Nghị quyết thành lập thành phố Cam Lâm", sitting) in facts(doc, "adopted_at")
    event = next(e for e in doc.entities if e.type == "Event")
    assert event.attrs["date"] == "2025-06-12" and "chiều 12/6" not in event.aliases  # the half-day is no name


def test_a_report_before_the_assembly_on_a_half_day_is_made_at_that_sitting_and_a_named_session_comes_first():
    doc = extract("Sáng 21-10, Bộ trưởng Bộ Tư pháp Lê Văn Tám trình bày trước Quốc hội Tờ trình về dự án Luật Công "
                  "chứng (sửa đổi) tại thành phố Đà Nẵng.")
    sitting = "Phiên họp Quốc hội sáng 21-10"  # written as the article writes the date
    assert ("Lê Văn Tám", sitting) in facts(doc, "participated_in")
    assert not facts(doc, "held_in")  # where the bill is about, not where the Assembly sat
    session = extract("Sáng 21/10, tiếp tục Kỳ họp thứ 8, Quốc hội khóa XV, Quốc hội thảo luận về dự án Luật Công chứng.")
    assert names(session, "Event") == {"Kỳ họp thứ 8, Quốc hội khóa XV"}


def test_a_sitting_named_with_its_half_day_keeps_it_and_delegates_of_the_assembly_hold_no_sitting():
    doc = extract("Phiên họp Quốc hội sáng 30/11 do Phó Chủ tịch Quốc hội Lê Văn Tám điều hành.")
    assert names(doc, "Event") == {"Phiên họp Quốc hội sáng 30/11"}
    voters = extract("Chiều 5/7, đại biểu Quốc hội Lê Văn Tám tiếp xúc cử tri xã Tân Phú.")
    assert not any(n.startswith("Phiên họp") for n in names(voters, "Event"))


def test_a_ceremony_that_names_its_act_is_an_event_when_whom_it_is_for_follows():
    doc = extract("Ngày 29/5, Bộ Tư pháp đã tổ chức Lễ trao Quyết định cho 3 cán bộ đi công tác tại Lào. Tại buổi lễ, "
                  "Thứ trưởng Lê Văn Tám phát biểu.")
    assert ("Bộ Tư pháp", "Lễ trao Quyết định") in facts(doc, "organized")
    assert ("Lê Văn Tám", "Lễ trao Quyết định") in facts(doc, "participated_in")


def test_a_cut_headline_names_its_act_by_the_leads_retelling_with_the_acts_done_with_it():
    doc = extract("Lãnh đạo TP Long Xuyên thăm, kiểm tra sản xuất đầu năm ...\n"
                  "Ông Trần Văn Bình gửi lời chúc mừng năm mới tới các doanh nghiệp.\n"
                  "Ngày 3/2, ông Trần Văn Bình, Bí thư Thành ủy Long Xuyên đã tới thăm, chúc Tết và kiểm tra tình hình "
                  "sản xuất đầu năm tại một số doanh nghiệp trên địa bàn.")
    act = "Thăm, chúc Tết và kiểm tra tình hình sản xuất đầu năm"
    assert names(doc, "Event") == {act}
    assert ("Trần Văn Bình", act) in facts(doc, "participated_in")
    event = next(e for e in doc.entities if e.type == "Event")
    assert not any("..." in a or a.startswith("kiểm tra sản xuất") for a in event.aliases)  # the cut words name nothing


def test_a_cut_headline_act_goes_on_over_the_acts_after_it_and_a_rite_is_no_ceremony():
    doc = extract("Bộ trưởng Lê Văn Tám dâng hương tri ân các Anh hùng - Liệt sĩ - Báo ...\n"
                  "Ngày 17/4, Bộ trưởng Bộ Nội vụ Lê Văn Tám đã đến dâng hương tưởng niệm, tri ân các Anh hùng - Liệt sĩ "
                  "tại Nghĩa trang liệt sĩ tỉnh. Đoàn đã thực hiện nghi lễ dâng hương bày tỏ lòng biết ơn.")
    act = "Dâng hương tưởng niệm, tri ân các Anh hùng - Liệt sĩ"
    assert names(doc, "Event") == {act}
    assert ("Lê Văn Tám", act) in facts(doc, "participated_in")


def test_a_cut_headline_gives_way_to_the_meeting_the_lead_names():
    doc = extract("Trao quyết định phân công Thượng tướng Lê Văn Tám làm Bí ...\n"
                  "Trưởng Ban Tổ chức Trung ương Trần Văn Bình trao quyết định của Bộ Chính trị cho Thượng tướng Lê Văn "
                  "Tám.\nChiều 25/10, Tỉnh ủy Thanh Hóa tổ chức Hội nghị triển khai quyết định của Bộ Chính trị về công "
                  "tác cán bộ.")
    assert names(doc, "Event") == {"Hội nghị triển khai quyết định của Bộ Chính trị về công tác cán bộ"}


def test_glad_to_work_with_someone_reports_no_meeting():
    doc = extract("Đồng chí Thongloun Sisoulith khẳng định rất vui mừng được làm việc với Chủ tịch nước Lê Văn Tám.")
    assert not names(doc, "Event")


def test_a_post_confirmed_for_a_ranked_officer_after_its_term_is_his_and_the_decision_ends_at_his_name():
    doc = extract("Tại kỳ họp, ông Trần Văn Bình đã trao Quyết định của Bộ Chính trị chuẩn y giữ chức Phó Chủ nhiệm Ủy "
                  "ban Kiểm tra Trung ương khóa XIII đối với Thiếu tướng Lê Văn Tám - Ủy viên Ủy ban Kiểm tra Trung ương.")
    posts = facts(doc, "holds_position")
    assert ("Lê Văn Tám", "Ủy ban Kiểm tra Trung ương", "Phó Chủ nhiệm") in posts
    assert not any(p[0] == "Trần Văn Bình" for p in posts)
    decision = ("Quyết định của Bộ Chính trị chuẩn y giữ chức Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương khóa XIII đối "
                "với Thiếu tướng Lê Văn Tám")
    assert ("Bộ Chính trị", decision) in facts(doc, "issued")


def test_the_years_in_brackets_of_an_anniversary_are_the_events_dates_not_its_name():
    doc = extract("Tối 2/2, chương trình nghệ thuật kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (3-2-1930 - "
                  "3-2-2025) diễn ra tại Nhà hát thành phố. Tham dự có ông Lê Văn Tám, Bí thư Thành ủy Cần Thơ.")
    name = "Chương trình nghệ thuật kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam"
    assert names(doc, "Event") == {name}
    event = next(e for e in doc.entities if e.type == "Event")
    assert any("(3-2-1930 - 3-2-2025)" in a for a in event.aliases)
    assert ("Lê Văn Tám", name) in facts(doc, "participated_in")


def test_a_bare_anniversary_ceremony_is_the_one_of_the_anniversary_the_article_names():
    doc = extract("Quảng Ngãi kỷ niệm 100 năm ngày sinh ...\n"
                  "Lễ kỷ niệm được tổ chức tại quê hương của ông với sự tham dự của Phó Chủ tịch Quốc hội Lê Văn Tám. "
                  "Chương trình nghệ thuật \"Khúc tráng ca\" diễn ra sau đó.\n"
                  "Buổi lễ nhằm tri ân nhân kỷ niệm 100 năm ngày sinh đồng chí Trần Văn Bình.")
    ceremony = "Lễ kỷ niệm 100 năm ngày sinh đồng chí Trần Văn Bình"  # not the cut headline's words
    assert ceremony in names(doc, "Event")
    assert ("Lê Văn Tám", ceremony) in facts(doc, "participated_in")


def test_a_ceremony_pointed_at_and_named_nowhere_is_the_headlines_act():
    doc = extract("Tỉnh Bình Định khởi công cầu Thị Nại 2\n"
                  "Sáng 3/9, tỉnh Bình Định khởi công xây dựng cầu Thị Nại 2 nối thành phố Quy Nhơn với bán đảo Phương "
                  "Mai.\nTham dự buổi lễ có đồng chí Lê Văn Tám - Bí thư Tỉnh ủy Bình Định.")
    ceremony = "Lễ khởi công cầu Thị Nại 2"
    assert names(doc, "Event") == {ceremony}
    assert ("Lê Văn Tám", ceremony) in facts(doc, "participated_in")
    cut = extract("Tỉnh Bình Định khởi công cầu Thị Nại 2 nối thành phố ...\nTham dự buổi lễ có đồng chí Lê Văn Tám.")
    assert not names(cut, "Event")  # a cut headline names its act in part


def test_a_foreign_ruling_partys_general_secretary_leads_the_party_and_its_members_sit_on_its_central_committee():
    doc = extract("Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith gửi điện mừng. Ủy viên Trung ương Đảng Cộng sản "
                  "Trung Quốc Vương Nghị dự.")
    posts = facts(doc, "holds_position")
    assert ("Thongloun Sisoulith", "Đảng Nhân dân Cách mạng Lào", "Tổng Bí thư") in posts
    assert ("Vương Nghị", "Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc", "Ủy viên") in posts


def test_a_national_congress_named_with_a_body_after_its_number_is_that_bodys():
    doc = extract("Tại Đại hội đại biểu toàn quốc lần thứ XI Hội Nông dân Việt Nam nhiệm kỳ 2013 - 2018, ngày 28/7/2013, "
                  "Tổng Bí thư Lê Văn Tám có bài phát biểu chỉ đạo.")
    congress = "Đại hội đại biểu toàn quốc lần thứ XI Hội Nông dân Việt Nam nhiệm kỳ 2013 - 2018"
    assert names(doc, "Event") == {congress}  # not the Party's 11th congress
    assert ("Lê Văn Tám", congress) in facts(doc, "participated_in")


def test_a_bodys_number_of_terms_and_its_tenure_after_commas_name_its_congress_and_plenum():
    doc = extract("Hội đẩy mạnh thi đua hướng tới Đại hội đại biểu Liên hiệp các tổ chức hữu nghị Việt Nam, khóa VII, "
                  "nhiệm kỳ 2025 - 2030; phối hợp tổ chức các hoạt động.")
    assert names(doc, "Event") == {"Đại hội đại biểu Liên hiệp các tổ chức hữu nghị Việt Nam, khóa VII, nhiệm kỳ 2025 - 2030"}
    plenum = extract("Sáng 5/3, Ban Chấp hành Hội Cựu chiến binh tỉnh Nghệ An tổ chức Hội nghị lần thứ 11, khóa VII, "
                     "nhiệm kỳ 2022-2027.")
    assert any(n.endswith("lần thứ 11, khóa VII, nhiệm kỳ 2022-2027") for n in names(plenum, "Event")), names(plenum, "Event")


def test_a_former_leader_listed_among_those_present_and_one_who_reads_the_address_take_part():
    doc = extract("Lễ dâng hương tưởng niệm Anh hùng Nguyễn Trung Trực diễn ra sáng 3/10. Dự lễ có nguyên Thủ tướng Chính "
                  "phủ Lê Văn Tám; Bí thư Tỉnh ủy Kiên Giang Trần Văn Bình. Tại lễ dâng hương, Phó Chủ tịch UBND tỉnh Kiên "
                  "Giang Nguyễn Văn Cường đã đọc diễn văn.")
    event = "Lễ dâng hương tưởng niệm Anh hùng Nguyễn Trung Trực"
    assert {("Lê Văn Tám", event), ("Trần Văn Bình", event), ("Nguyễn Văn Cường", event)} <= facts(doc, "participated_in")
    cited = extract("Lễ dâng hương diễn ra sáng 3/10. Tại buổi lễ, ông Trần Văn Bình nhắc lại lời dạy của nguyên Tổng Bí "
                    "thư Lê Văn Tám.")
    assert ("Lê Văn Tám", "Lễ dâng hương") not in facts(cited, "participated_in")


def test_a_short_act_of_a_cut_headline_is_named_with_where_it_was_done_and_history_recalled_takes_no_part():
    doc = extract("Chủ tịch nước Lê Văn Tám dâng hương tại Đền thờ Triệu Việt Vương ...\n"
                  "Ngày 1/6, đồng chí Lê Văn Tám, Chủ tịch nước đã đến dâng hương tại Đền thờ Triệu Việt Vương, xã Dạ "
                  "Trạch. Cùng dự lễ dâng hương có đồng chí Trần Văn Bình, Bí thư Tỉnh ủy Hưng Yên.\n"
                  "Năm 541, Triệu Quang Phục tham gia cuộc khởi nghĩa chống quân Lương.", published="2024-06-01")
    act = "Dâng hương tại Đền thờ Triệu Việt Vương"
    assert names(doc, "Event") == {act}
    taking_part = facts(doc, "participated_in")
    assert {("Lê Văn Tám", act), ("Trần Văn Bình", act)} <= taking_part
    assert not any(p[0] == "Triệu Quang Phục" for p in taking_part)


def test_a_body_that_holds_a_meeting_named_by_its_topic_and_the_armys_yearly_conference():
    doc = extract("Ngày 29/7, Đoàn đại biểu Quốc hội thành phố Hà Nội tổ chức họp kiện toàn chức vụ Trưởng đoàn đại biểu "
                  "Quốc hội khóa XV. Tổng Bí thư Lê Văn Tám dự Hội nghị Quân chính toàn quân năm 2020.")
    meeting = "Cuộc họp kiện toàn chức vụ Trưởng đoàn đại biểu Quốc hội khóa XV"
    assert ("Đoàn đại biểu Quốc hội thành phố Hà Nội", meeting) in facts(doc, "organized")
    assert ("Lê Văn Tám", "Hội nghị Quân chính toàn quân năm 2020") in facts(doc, "participated_in")


def test_events_of_a_series_told_apart_by_their_year_or_ordinal_stay_apart():
    doc = extract("Tổng Bí thư Lê Văn Tám dự Hội nghị Quân chính toàn quân năm 2020. Ảnh: A.\n"
                  "Tổng Bí thư Lê Văn Tám dự, chỉ đạo Hội nghị Quân chính toàn quân năm 2022. Ảnh: B.\n"
                  "Tổng Bí thư Lê Văn Tám phát biểu chỉ đạo Hội nghị lần thứ tư, Quân ủy Trung ương nhiệm kỳ 2020-2025.\n"
                  "Tổng Bí thư Lê Văn Tám dự Hội nghị lần thứ tám, Quân ủy Trung ương nhiệm kỳ 2020-2025.")
    events = {"Hội nghị Quân chính toàn quân năm 2020", "Hội nghị Quân chính toàn quân năm 2022",
              "Hội nghị lần thứ tư, Quân ủy Trung ương nhiệm kỳ 2020-2025",
              "Hội nghị lần thứ tám, Quân ủy Trung ương nhiệm kỳ 2020-2025"}
    assert names(doc, "Event") == events
    assert {("Lê Văn Tám", e) for e in events} <= facts(doc, "participated_in")


def test_a_session_by_its_number_alone_is_the_one_the_article_names_in_full():
    doc = extract("Tiếp tục phiên họp thứ 32, sáng 22/4, tại Nhà Quốc hội, Ủy ban Thường vụ Quốc hội cho ý kiến về dự án "
                  "Luật Quy hoạch.\nPhiên họp thứ 32 của Ủy ban Thường vụ Quốc hội. Ảnh: Quốc hội")
    session = "Phiên họp thứ 32 của Ủy ban Thường vụ Quốc hội"
    assert names(doc, "Event") == {session}
    assert (session, "Nhà Quốc hội") in facts(doc, "held_in")
    alone = extract("Tiếp tục phiên họp thứ 32, sáng 22/4, tại Nhà Quốc hội, các đại biểu cho ý kiến.")
    assert not names(alone, "Event")  # whose session is not said


def test_the_leaders_of_the_province_do_the_act_of_a_cut_headline():
    doc = extract("Các đồng chí lãnh đạo tỉnh chúc mừng Đại lễ Phật đản tại Thị xã ...\n"
                  "Chiều 14/5, đồng chí Lê Văn Tám, Phó Chủ tịch UBND tỉnh Hà Nam đã tới thăm, chúc mừng Ban trị sự Giáo "
                  "hội Phật giáo huyện Bình Lục.")
    act = "Thăm, chúc mừng Ban trị sự Giáo hội Phật giáo huyện Bình Lục"
    assert names(doc, "Event") == {act}
    assert ("Lê Văn Tám", act) in facts(doc, "participated_in")


def test_a_sentence_that_opens_on_a_post_and_says_who_holds_it_gives_that_person_the_post():
    posts = facts(extract("Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam hiện nay là thượng tướng Lê Văn Tám."),
                  "holds_position")
    assert ("Lê Văn Tám", "Tổng cục Chính trị Quân đội nhân dân Việt Nam", "Chủ nhiệm") in posts
    told = facts(extract("Ông Trần Văn Bình cho biết Giám đốc Sở Tài chính tỉnh Nghệ An là ông Lê Văn Tám."),
                 "holds_position")
    assert not told  # what someone says, not a sentence about the post


def test_a_sentence_dated_only_in_an_earlier_year_takes_no_part_but_an_anniversarys_span_does():
    doc = extract("Chủ tịch UBND tỉnh Lê Văn Tám dâng hương tại Đền thờ liệt sĩ xã Tân Lập\n"
                  "Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024), ngày 6/5, đồng chí Lê Văn Tám, Chủ "
                  "tịch UBND tỉnh đã đến dâng hương tại Đền thờ liệt sĩ xã Tân Lập. Cùng dự có đồng chí Trần Văn Bình, "
                  "Phó Chủ tịch UBND tỉnh.\n"
                  "Tháng 1/1948, đồng chí Bế Văn Hải xung phong vào bộ đội và tham gia chiến đấu.",
                  published="2024-05-06")
    taking_part = {p for p, _ in facts(doc, "participated_in")}
    assert {"Lê Văn Tám", "Trần Văn Bình"} <= taking_part
    assert "Bế Văn Hải" not in taking_part


def test_chairing_a_meeting_on_a_topic_names_it_and_a_cut_headlines_last_word_is_read_whole_from_the_body():
    text = ("Thủ tướng Lê Văn Tám chủ trì họp về điều hành chính sách tài ...\n"
            "Cùng dự có Phó Thủ tướng Trần Văn Bình; Bộ trưởng Bộ Tài chính Nguyễn Văn Cường.\n"
            "Các đại biểu dự cuộc họp đã bàn về điều hành chính sách tài khóa trong nước.\n"
            "Thủ tướng Lê Văn Tám chủ trì cuộc họp.")
    doc = extract(text)
    meeting = "Cuộc họp về điều hành chính sách tài khóa"
    assert names(doc, "Event") == {meeting}
    assert {("Lê Văn Tám", meeting), ("Trần Văn Bình", meeting), ("Nguyễn Văn Cường", meeting)} \
        <= facts(doc, "participated_in")


def test_a_headlines_meeting_is_the_session_the_lead_names():
    doc = extract("Chủ tịch Quốc hội Lê Văn Tám chủ trì họp về dự án Luật Quy ...\n"
                  "Tiếp tục Phiên họp thứ 32, sáng 22/4, dưới sự chủ trì của Chủ tịch Quốc hội Lê Văn Tám, Ủy ban "
                  "Thường vụ Quốc hội cho ý kiến về dự án Luật Quy hoạch đô thị và nông thôn.")
    assert not any(name.startswith("Cuộc họp") for name in names(doc, "Event"))


def test_a_topic_opened_by_viec_goes_on_over_a_comma():
    doc = extract("Ban Kinh tế - Ngân sách HĐND tỉnh Cao Bằng giám sát tại Liên minh Hợp tác ...\n"
                  "Ngày 15/5, đoàn do ông Lê Văn Tám, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh làm trưởng đoàn đã "
                  "giám sát việc quản lý, sử dụng các loại quỹ tại Liên minh Hợp tác xã tỉnh. Dự buổi giám sát có "
                  "ông Trần Văn Bình, Chủ tịch Liên minh Hợp tác xã tỉnh.")
    assert any(name.startswith("Giám sát việc quản lý, sử dụng các loại quỹ") for name in names(doc, "Event"))


def test_an_exhibition_titled_with_its_year_and_its_opening_ceremony_are_two_events():
    doc = extract("Khai mạc Triển lãm Công nghiệp quốc tế Việt Nam 2025\n"
                  "Sáng 19/12, tại Hà Nội diễn ra Lễ khai mạc Triển lãm Công nghiệp quốc tế Việt Nam 2025. Dự Lễ khai "
                  "mạc có Thủ tướng Lê Văn Tám.\n"
                  "Triển lãm Công nghiệp quốc tế Việt Nam 2025 diễn ra trong 4 ngày.")
    assert {"Triển lãm Công nghiệp quốc tế Việt Nam 2025", "Lễ khai mạc Triển lãm Công nghiệp quốc tế Việt Nam 2025"} \
        <= names(doc, "Event")
    assert ("Lê Văn Tám", "Lễ khai mạc Triển lãm Công nghiệp quốc tế Việt Nam 2025") in facts(doc, "participated_in")
    feast = extract("Lãnh đạo tỉnh chúc mừng Lễ Phật đản 2025 tại chùa Bái Đính.")
    assert not any(name.startswith("Lễ Phật đản") for name in names(feast, "Event"))


def test_opening_a_week_of_culture_and_sport_is_an_event_its_guests_attend():
    doc = extract("Chiều 20/4, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh tổ chức khai mạc tuần văn hóa, thể thao và ra "
                  "mắt câu lạc bộ quần vợt. Dự buổi lễ có Phó Bí thư Thường trực Tỉnh ủy Lê Văn Tám.")
    opening = "Lễ khai mạc tuần văn hóa, thể thao và ra mắt câu lạc bộ quần vợt"
    assert opening in names(doc, "Event")
    assert ("Lê Văn Tám", opening) in facts(doc, "participated_in")


def test_a_guest_named_by_what_they_are_before_their_body_is_received():
    doc = extract("Thủ tướng Lê Văn Tám tiếp tỷ phú sáng lập Tập đoàn Sao Mai ...\n"
                  "Cùng dự có Bộ trưởng Bộ Kế hoạch và Đầu tư Trần Văn Bình.\n"
                  "Ông John Smith cho biết vừa có cuộc tọa đàm với giới công nghệ thông tin Việt Nam.\n"
                  "Thủ tướng Lê Văn Tám tiếp tục đẩy mạnh Chương trình chuyển đổi số quốc gia.")
    reception = "Buổi tiếp tỷ phú sáng lập Tập đoàn Sao Mai"
    assert {("Lê Văn Tám", reception), ("Trần Văn Bình", reception)} <= facts(doc, "participated_in")
    assert not any(name.startswith("Buổi tiếp tục") for name in names(doc, "Event"))


def test_a_reception_and_working_session_named_without_the_tense_and_a_foreign_trade_minister():
    doc = extract("Bộ trưởng Bộ Công Thương Lê Văn Tám đã có buổi tiếp và làm việc với ông Manuel Tovar Rivera, Bộ trưởng "
                  "Ngoại thương Costa Rica. Bộ trưởng Kinh tế Đức Robert Habeck cũng dự.")
    assert not any(" đã có " in name for name in names(doc, "Event"))
    posts = facts(doc, "holds_position")
    assert ("Manuel Tovar Rivera", "Bộ Ngoại thương Costa Rica", "Bộ trưởng") in posts
    assert ("Robert Habeck", "Bộ Kinh tế Đức", "Bộ trưởng") in posts


def test_an_event_is_held_in_the_address_of_a_venue_no_recognizer_names():
    doc = extract("Sáng 19/5, tại Trụ sở tiếp công dân Bộ Công an, phường Thanh Xuân Trung, quận Thanh Xuân, Hà Nội, "
                  "Thứ trưởng Lê Văn Tám chủ trì buổi tiếp công dân định kỳ tháng 5/2024.")
    event = "Buổi tiếp công dân định kỳ tháng 5/2024"
    assert {(event, "Thanh Xuân Trung"), (event, "Thanh Xuân"), (event, "Hà Nội")} <= facts(doc, "held_in")
    invest = extract("Tại buổi làm việc, doanh nghiệp Hàn Quốc đang đầu tư tại khu công nghiệp, tỉnh Bắc Ninh cho biết.")
    assert not any(place == "Bắc Ninh" for _, place in facts(invest, "held_in"))


def test_a_national_body_listed_beside_another_is_no_unit_of_it():
    doc = extract("Lễ kỷ niệm là hoạt động chính theo chỉ đạo của Ban Chỉ đạo Trung ương, Ban Tuyên giáo Trung ương. "
                  "Dự có ông Lê Văn Tám, Cục trưởng Cục Tổ chức cán bộ, Bộ Công an.")
    part_of = facts(doc, "part_of")
    assert not any(child == "Ban Chỉ đạo Trung ương" for child, _ in part_of)
    assert ("Cục Tổ chức cán bộ", "Bộ Công an") in part_of


def test_who_proposes_an_appointment_is_not_appointed():
    doc = extract("Thủ tướng Chính phủ Lê Văn Tám đã trình Quốc hội danh sách đề nghị phê chuẩn bổ nhiệm Bộ trưởng Bộ "
                  "Công an. Ông Trần Văn Bình được bổ nhiệm giữ chức Giám đốc Sở VH-TT TPHCM.")
    posts = facts(doc, "holds_position")
    assert ("Lê Văn Tám", "Bộ Công an", "Bộ trưởng") not in posts
    assert ("Trần Văn Bình", "Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh", "Giám đốc") in posts


def test_a_reference_is_no_event_the_article_names_only_as_prepared_for():
    doc = extract("Sáng 3/6, tại Trụ sở Trung ương Đảng, Bộ Chính trị công bố quyết định về công tác cán bộ. Tại hội nghị, "
                  "đồng chí Lê Văn Tám, Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương phát biểu. Đồng chí yêu cầu "
                  "khẩn trương chuẩn bị cho Hội nghị Trung ương 10 khóa XIII.")
    assert not any(person == "Lê Văn Tám" for person, _ in facts(doc, "participated_in"))
    later = extract("Báo cáo tại phiên họp, Tổng Thư ký Quốc hội Lê Văn Tám cho biết kỳ họp dài 26 ngày.\n"
                    "Chủ tịch Quốc hội Trần Văn Bình phát biểu tại phiên họp thứ 32 của Ủy ban Thường vụ Quốc hội.")
    assert ("Lê Văn Tám", "Phiên họp thứ 32 của Ủy ban Thường vụ Quốc hội") in facts(later, "participated_in")


def test_a_decision_the_lead_says_was_handed_over_is_the_ceremony_the_text_refers_to():
    doc = extract("Thượng tướng Lê Văn Tám giữ chức Chánh Văn phòng Trung ương Đảng\n"
                  "Sáng 3/6, tại Trụ sở Trung ương Đảng, Bộ Chính trị đã công bố quyết định điều động đồng chí Lê Văn "
                  "Tám giữ chức Chánh Văn phòng Trung ương Đảng. Tại hội nghị, đồng chí Trần Văn Bình, Phó Trưởng Ban "
                  "Thường trực Ban Tổ chức Trung ương đã công bố Quyết định của Bộ Chính trị.")
    assert names(doc, "Event") == {"Hội nghị công bố quyết định điều động đồng chí Lê Văn Tám giữ chức Chánh Văn phòng "
                                   "Trung ương Đảng"}
    assert {"Lê Văn Tám", "Trần Văn Bình"} <= {p for p, _ in facts(doc, "participated_in")}
    inspection = extract("Tại buổi kiểm tra, Đoàn kiểm tra đã công bố Quyết định kiểm tra về công tác bảo vệ chính trị "
                         "nội bộ. Thượng tướng Lê Văn Tám phát biểu.")
    assert not any(name.startswith("Lễ công bố") for name in names(inspection, "Event"))


def test_a_documents_subject_ends_where_a_body_opens_the_next_clause_and_an_events_name_before_a_caption():
    doc = extract("Thực hiện Quy định của Đảng về kỷ luật tổ chức đảng, đảng viên vi phạm, Bộ Chính trị quyết định thi "
                  "hành kỷ luật ông Lê Văn Tám.")
    assert names(doc, "Document") == {"Quy định của Đảng về kỷ luật tổ chức đảng, đảng viên vi phạm"}
    sworn = extract("Chủ tịch nước Lê Văn Tám dự Lễ tuyên thệ nhậm chức Chủ tịch nước Toàn cảnh lễ tuyên thệ nhậm chức "
                    "tại Nhà Quốc hội.")
    assert "Lễ tuyên thệ nhậm chức Chủ tịch nước" in names(sworn, "Event")


def test_a_name_cut_with_the_headline_is_the_one_the_body_writes_whole_and_subjects_read_past_abbreviations():
    doc = extract("Trang nghiêm Lễ viếng Tổng Bí thư Lê Văn ...\n"
                  "Sáng nay, đông đảo người dân đến viếng Tổng Bí thư Lê Văn Tám tại Hà Nội.")
    assert names(doc, "Person") == {"Lê Văn Tám"}
    decision = extract("Ban Bí thư ban hành Quyết định của Ban Bí thư về việc chuẩn y đồng chí Trần Văn Bình giữ chức "
                       "Chủ nhiệm Ủy ban Kiểm tra Thành ủy TP. Hồ Chí Minh. Quốc hội thông qua Nghị quyết miễn nhiệm chức "
                       "vụ Bộ trưởng Bộ Công an với ông Lê Văn Tám sau khi xem xét.")
    documents = names(decision, "Document")
    assert any(name.endswith("Ủy ban Kiểm tra Thành ủy TP. Hồ Chí Minh") for name in documents)
    assert not any(name.endswith(" sau") for name in documents)


def test_meeting_someone_is_a_meeting_and_told_again_it_is_the_articles_one_talk():
    doc = extract("Thủ tướng Lê Văn Tám gặp Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình\n"
                  "Tại cuộc gặp, Thủ tướng Lê Văn Tám chuyển lời thăm hỏi. Doanh nghiệp gặp nhiều khó khăn.")
    meeting = "Cuộc gặp giữa Thủ tướng Lê Văn Tám và Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình"
    assert names(doc, "Event") == {meeting}
    assert {("Lê Văn Tám", meeting), ("Tập Cận Bình", meeting)} <= facts(doc, "participated_in")
    again = extract("Phó Thủ tướng Trần Văn Bình hội kiến Bí thư Khu ủy Quảng Tây Lưu Ninh. Trưa cùng ngày, Phó Thủ tướng "
                    "đã gặp đồng chí Lưu Ninh. Phó Thủ tướng Trần Văn Bình gặp Bí thư Khu ủy Quảng Tây Lưu Ninh - Ảnh: "
                    "VGP/Trần Mạnh")
    assert len(names(again, "Event")) == 1
    assert not any(person == "Trần Mạnh" for person, _ in facts(again, "participated_in"))


def test_a_meeting_named_by_whose_it_is_and_whom_it_meets():
    doc = extract("Chủ tịch nước Lê Văn Tám thăm Chile. Tại cuộc gặp của ông Lê Văn Tám với Tổng thống Chile Gabriel "
                  "Boric, hai bên đã trao đổi.")
    meeting = "Cuộc gặp của ông Lê Văn Tám với Tổng thống Chile Gabriel Boric"
    assert meeting in names(doc, "Event")
    assert {("Lê Văn Tám", meeting), ("Gabriel Boric", meeting)} <= facts(doc, "participated_in")


def test_a_foreign_name_written_short_is_that_person_and_an_address_may_give_its_street():
    doc = extract("Bộ trưởng Lê Văn Tám tiếp ông Manuel Tovar Rivera, Bộ trưởng Ngoại thương Costa Rica. Ông Manuel Tovar "
                  "cảm ơn Bộ trưởng. Chủ tịch nước tiếp Chủ tịch Thượng viện Campuchia Samdech Hun Sen.")
    assert {"Manuel Tovar Rivera", "Hun Sen"} <= names(doc, "Person")
    assert not {"Manuel Tovar", "Samdech Hun Sen"} & names(doc, "Person")
    reception = extract("Ngày 15/5, tại điểm tiếp công dân của Bộ Công an, số 99 Nguyễn Tuân, phường Thanh Xuân Trung, quận "
                        "Thanh Xuân, TP Hà Nội, Thứ trưởng Lê Văn Tám đã có buổi tiếp công dân định kỳ tháng 5/2024. Dự có "
                        "Thiếu tướng Trần Văn Bình, Phó Chánh Thanh tra Bộ Công an. Lễ viếng bắt đầu lúc 7 giờ.")
    event = "Buổi tiếp công dân định kỳ tháng 5/2024"
    assert {(event, "Thanh Xuân Trung"), (event, "Hà Nội")} <= facts(reception, "held_in")
    assert ("Trần Văn Bình", "Thanh tra Bộ Công an", "Phó Chánh Thanh tra") in facts(reception, "holds_position")
    assert not any(name.endswith("bắt đầu") for name in names(reception, "Event"))


def test_talks_between_a_person_of_two_titles_and_a_foreign_president_are_named_whole():
    doc = extract("Tại cuộc hội đàm giữa Tổng Bí thư, Chủ tịch nước Lê Văn Tám với Tổng thống Mozambique Filipe Nyusi, "
                  "hai bên nhất trí nâng cấp quan hệ.")
    talks = "Cuộc hội đàm giữa Tổng Bí thư, Chủ tịch nước Lê Văn Tám với Tổng thống Mozambique Filipe Nyusi"
    assert names(doc, "Event") == {talks}
    assert {("Lê Văn Tám", talks), ("Filipe Nyusi", talks)} <= facts(doc, "participated_in")


def test_a_ministry_named_by_its_field_is_vietnams_only_for_a_vietnamese_name_and_quotes_end_at_a_sentence():
    doc = extract("Cựu Bộ trưởng Quốc phòng Shigeru Ishiba thắng cử. Cựu Bộ trưởng Quốc phòng Lê Văn Tám phát biểu. "
                  "Bộ trưởng Quốc phòng Nhật Bản Gen Nakatani dự họp.")
    posts = facts(doc, "holds_position")
    assert ("Lê Văn Tám", "Bộ Quốc phòng", "Bộ trưởng") in posts
    assert ("Gen Nakatani", "Bộ Quốc phòng Nhật Bản", "Bộ trưởng") in posts
    assert not any(person == "Shigeru Ishiba" for person, _, _ in posts)
    award = extract('Bà giới thiệu "Lễ trao giải Mai Vàng lần thứ 30" (16-10). Bà là nghệ sĩ được vinh danh "Nghệ sĩ '
                    'trọn đời".')
    assert "Lễ trao giải Mai Vàng lần thứ 30" in names(award, "Event")


def test_a_headline_act_the_lead_retells_by_the_post_alone_is_named_in_full_and_its_doer_takes_part():
    # a cut headline, retold by a caption whose doer is the post alone; "ở huyện X" after it is where
    doc = extract("Phó Chủ tịch nước Lê Thị Hoa dâng hương tại đền thờ liệt sĩ ...\n"
                  "Các đại biểu đã dâng hương và mặc niệm.\n"
                  "Phó Chủ tịch nước dâng hương tại đền thờ liệt sĩ Trần Văn Ơn ở huyện Long Mỹ, tỉnh Hậu Giang.")
    act = "Dâng hương tại đền thờ liệt sĩ Trần Văn Ơn"
    assert names(doc, "Event") == {act}
    assert ("Lê Thị Hoa", act) in facts(doc, "participated_in")
    assert {(act, "Long Mỹ"), (act, "Hậu Giang")} <= facts(doc, "held_in")
    # a whole headline: whoever does its act there takes part, the retelling's address is no part of the name
    doc = extract("Bí thư Tỉnh ủy Trần Văn Bình dâng hương tại Đền thờ Triệu Việt Vương\n"
                  "Ngày 1/6, ông Trần Văn Bình và các đại biểu đã đến dâng hương tại Đền thờ Triệu Việt Vương, xã "
                  "Dạ Trạch.")
    assert ("Trần Văn Bình", "Dâng hương tại Đền thờ Triệu Việt Vương") in facts(doc, "participated_in")
    assert "Dâng hương tại Đền thờ Triệu Việt Vương, xã Dạ Trạch" not in names(doc, "Event")


def test_a_name_a_cut_headline_ends_in_is_the_one_the_body_writes_from_it_on():
    doc = extract("Thủ tướng Trần Văn Bình gặp Tổng Bí thư, Chủ tịch nước Tập ...\n"
                  "Tại cuộc gặp, Thủ tướng Trần Văn Bình chuyển lời thăm hỏi tới Tổng Bí thư, Chủ tịch nước Tập Cận "
                  "Bình và các lãnh đạo Trung Quốc.")
    meeting = "Cuộc gặp giữa Thủ tướng Trần Văn Bình và Tổng Bí thư, Chủ tịch nước Tập Cận Bình"
    assert names(doc, "Event") == {meeting}
    assert {("Trần Văn Bình", meeting), ("Tập Cận Bình", meeting)} <= facts(doc, "participated_in")
    assert "Tập" not in names(doc, "Person")


def test_a_name_run_ends_before_a_title_it_runs_into_and_two_acts_without_a_comma_are_one_series():
    doc = extract("Lãnh đạo Thành ủy Long Xuyên thăm chúc mừng Giáng sinh các giáo xứ\n"
                  "Ngày 24/12, ông Trần Văn Bình, Bí thư Thành ủy Long Xuyên đã đến thăm, chúc mừng Giáng sinh các giáo "
                  "xứ trên địa bàn. Chánh xứ Giáo xứ Long Xuyên Linh mục Lê Văn Tám cảm ơn đoàn.")
    assert "Long Xuyên Linh" not in names(doc, "Person")
    act = "Thăm chúc mừng Giáng sinh các giáo xứ"
    assert names(doc, "Event") == {act}
    assert ("Trần Văn Bình", act) in facts(doc, "participated_in")


def test_a_name_before_a_spaced_dash_and_a_title_holds_no_body_the_two_words_would_make():
    # "Xuân Thành - Ủy viên" is no "Thành ủy"; a short form's hyphen still joins ("Bộ KH-CN")
    doc = extract("Dự có đồng chí Nguyễn Xuân Thành - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Khánh Hòa và ông Lê Văn "
                  "Tám, Thứ trưởng Bộ KH-CN.")
    assert {("Nguyễn Xuân Thành", "Ban Chấp hành Trung ương Đảng", "Ủy viên"),
            ("Nguyễn Xuân Thành", "Tỉnh ủy Khánh Hòa", "Bí thư"),
            ("Lê Văn Tám", "Bộ Khoa học và Công nghệ", "Thứ trưởng")} <= facts(doc, "holds_position")


def test_a_visiting_provinces_delegation_holds_the_bare_provincial_bodies_of_its_members():
    doc = extract("Sáng 2/11, tại Tỉnh ủy Quảng Ngãi, đoàn công tác của tỉnh Khánh Hòa do đồng chí Lê Văn Tám, Bí thư "
                  "Tỉnh ủy làm Trưởng đoàn đã đến trao hỗ trợ cho tỉnh Quảng Ngãi. Cùng dự có các đồng chí: Trần Văn "
                  "Bình - Phó Chủ tịch HĐND tỉnh; Lê Thị Hoa - Phó Chủ tịch UBND tỉnh. Tiếp đoàn có đồng chí Nguyễn "
                  "Văn Nam - Phó Chủ tịch UBND tỉnh Quảng Ngãi; Phạm Văn Đức - Phó Chủ tịch HĐND tỉnh.")
    posts = facts(doc, "holds_position")
    assert {("Lê Văn Tám", "Tỉnh ủy Khánh Hòa", "Bí thư"),
            ("Trần Văn Bình", "Hội đồng nhân dân tỉnh Khánh Hòa", "Phó Chủ tịch"),
            ("Lê Thị Hoa", "Ủy ban nhân dân tỉnh Khánh Hòa", "Phó Chủ tịch"),
            ("Nguyễn Văn Nam", "Ủy ban nhân dân tỉnh Quảng Ngãi", "Phó Chủ tịch"),
            ("Phạm Văn Đức", "Hội đồng nhân dân tỉnh Quảng Ngãi", "Phó Chủ tịch")} <= posts


def test_a_school_is_a_body_named_by_its_proper_name_alone():
    doc = extract("Bà Lê Thị Hoa, Hiệu trưởng Trường Mẫu giáo Điện Phương cho biết nhà trường bị ngập. Trường Tiểu học "
                  "Nguyễn Siêu đón gần 250 học sinh lớp 1.")
    assert {"Trường Mẫu giáo Điện Phương", "Trường Tiểu học Nguyễn Siêu"} <= names(doc, "Organization")
    assert ("Lê Thị Hoa", "Trường Mẫu giáo Điện Phương", "Hiệu trưởng") in facts(doc, "holds_position")
    assert "Trường Mẫu" not in names(doc, "Person")


def test_a_ceremony_at_a_culture_centre_is_referred_to_by_its_act_and_a_quoted_festival_keeps_no_quote():
    doc = extract("Tối 2/11, tại Trung tâm Văn hóa - Triển lãm tỉnh Hà Nam, Bộ Văn hóa, Thể thao và Du lịch tổ chức lễ "
                  "bế mạc và trao giải 'Liên hoan Cải lương toàn quốc 2025'.\nDự lễ bế mạc có các đồng chí: Lê Văn Tám, "
                  "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch; Trần Thị Hoa, Cục trưởng Cục Nghệ thuật biểu diễn.")
    ceremony = "Lễ bế mạc và trao giải 'Liên hoan Cải lương toàn quốc 2025'"
    assert names(doc, "Event") == {ceremony, "Liên hoan Cải lương toàn quốc 2025"}  # no "Triển lãm ...", no "...2025'"
    assert (ceremony, "Trung tâm Văn hóa - Triển lãm tỉnh Hà Nam") in facts(doc, "held_in")
    assert {("Lê Văn Tám", ceremony), ("Trần Thị Hoa", ceremony)} <= facts(doc, "participated_in")
    assert ("Trần Thị Hoa", "Cục Nghệ thuật biểu diễn", "Cục trưởng") in facts(doc, "holds_position")


def test_military_command_posts_and_a_given_name_that_is_also_a_bodys_word():
    doc = extract("Thượng tá Lê Văn Tám, Phó Chỉ huy trưởng Bộ CHQS tỉnh Quảng Ngãi trao quà cho bà con. Dự đại hội có "
                  "đồng chí Nguyễn Tiến Vụ – Bí thư Đảng ủy phường Tam Sơn; Trần Văn Bình, Tham mưu trưởng Vùng 3 Hải "
                  "quân.")
    assert {("Lê Văn Tám", "Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi", "Phó Chỉ huy trưởng"),
            ("Nguyễn Tiến Vụ", "Đảng ủy phường Tam Sơn", "Bí thư"),
            ("Trần Văn Bình", "Vùng 3 Hải quân", "Tham mưu trưởng")} <= facts(doc, "holds_position")


def test_what_a_received_delegation_came_to_do_is_the_articles_event_and_its_members_and_hosts_take_part():
    doc = extract("Tỉnh Hà Nam hỗ trợ tỉnh Nghệ An khắc phục hậu quả bão\n"
                  "Sáng 3/11, tại Tỉnh ủy Nghệ An, đoàn công tác của tỉnh Hà Nam do đồng chí Lê Văn Tám, Bí thư Tỉnh "
                  "ủy làm trưởng đoàn đã đến thăm hỏi, động viên, trao hỗ trợ 3 tỷ đồng cho tỉnh Nghệ An khắc phục hậu "
                  "quả cơn bão số 10. Cùng dự có đồng chí Trần Văn Bình, Phó Chủ tịch UBND tỉnh. Tiếp đoàn có đồng chí "
                  "Nguyễn Văn Nam, Chủ tịch UBND tỉnh Nghệ An.\nTại buổi tiếp, đồng chí Lê Văn Tám chia sẻ khó khăn.")
    act = "Thăm hỏi, động viên, trao hỗ trợ 3 tỷ đồng cho tỉnh Nghệ An khắc phục hậu quả cơn bão số 10"
    assert act in names(doc, "Event")
    assert {("Lê Văn Tám", act), ("Trần Văn Bình", act), ("Nguyễn Văn Nam", act)} <= facts(doc, "participated_in")
    assert ("Trần Văn Bình", "Ủy ban nhân dân tỉnh Hà Nam", "Phó Chủ tịch") in facts(doc, "holds_position")
    # without hosts named, a relief trip is work the article reports, not an event
    doc = extract("Đoàn công tác của tỉnh Hà Nam do đồng chí Lê Văn Tám làm trưởng đoàn đã đến thăm hỏi, động viên các "
                  "hộ dân bị ảnh hưởng bởi bão.")
    assert not names(doc, "Event")


def test_a_village_body_named_with_the_bare_village_word_is_the_articles_one_village():
    doc = extract("Ngày 2/11, tại Nhà văn hóa thôn Đông, Ban công tác Mặt trận thôn phối hợp cùng UBND xã Tân Lập tổ "
                  "chức Ngày hội Đại đoàn kết toàn dân tộc. Bà Lê Thị Loan, Chi hội trưởng Chi hội Phụ nữ thôn phát "
                  "biểu. Các chi bộ thôn, bản đều tham gia.")
    assert {"Ban Công tác Mặt trận thôn Đông", "Chi hội Phụ nữ thôn Đông"} <= names(doc, "Organization")
    assert ("Lê Thị Loan", "Chi hội Phụ nữ thôn Đông", "Chi hội trưởng") in facts(doc, "holds_position")
    assert not any(n.startswith(("Chi bộ", "chi bộ")) for n in names(doc, "Organization"))


def test_an_event_the_lead_places_at_a_local_bodys_seat_is_held_in_its_province():
    doc = extract("Tỉnh Hà Nam hỗ trợ tỉnh Nghệ An khắc phục hậu quả bão\n"
                  "Sáng 3/11, tại Tỉnh ủy Nghệ An, Ban Thường vụ Tỉnh ủy Hà Nam tổ chức Lễ trao hỗ trợ cho tỉnh Nghệ An. "
                  "Đoàn kiểm tra tài chính tại Thành ủy Vinh, thành phố Vinh.")
    ceremony = next(e.name for e in doc.entities if e.type == "Event")
    assert facts(doc, "held_in") == {(ceremony, "Nghệ An")}  # not Vinh: where something else was done


def test_tuv_is_a_member_of_the_provincial_party_committee():
    doc = extract("Cùng dự có đồng chí Trần Văn Bình - TUV, Phó Chủ tịch Ủy ban MTTQ tỉnh Phú Thọ, Chủ tịch Hội Nông "
                  "dân tỉnh.")
    assert {("Trần Văn Bình", "Tỉnh ủy Phú Thọ", "Ủy viên"),
            ("Trần Văn Bình", "Hội Nông dân tỉnh Phú Thọ", "Chủ tịch")} <= facts(doc, "holds_position")


def test_a_venue_whose_head_holds_a_post_is_a_body_wherever_it_is_named():
    doc = extract("Thời gian qua, Bảo tàng Hà Nam đã sưu tầm nhiều hiện vật. Ông Lê Văn Tám - Giám đốc Bảo tàng Hà Nam "
                  "tiếp nhận hiện vật. Đoàn tham quan Bảo tàng Hồ Chí Minh.")
    assert "Bảo tàng Hà Nam" in names(doc, "Organization") and "Bảo tàng Hà Nam" not in names(doc, "Location")
    assert ("Lê Văn Tám", "Bảo tàng Hà Nam", "Giám đốc") in facts(doc, "holds_position")
    assert "Bảo tàng Hồ Chí Minh" in names(doc, "Location")  # a place to go to, still


def test_who_left_the_capital_sets_off_on_the_visit():
    doc = extract("Chủ tịch Quốc hội Lê Văn Tám và Phu nhân rời Hà Nội, lên đường thăm chính thức Singapore. Đoàn đại "
                  "biểu tháp tùng Chủ tịch Quốc hội có Bộ trưởng Bộ Ngoại giao Trần Văn Bình.")
    visit = "Chuyến thăm chính thức Singapore của Chủ tịch Quốc hội Lê Văn Tám"
    assert names(doc, "Event") == {visit}
    assert {("Lê Văn Tám", visit), ("Trần Văn Bình", visit)} <= facts(doc, "participated_in")
    assert (visit, "Singapore") in facts(doc, "held_in")


def test_a_commune_that_holds_an_event_holds_it_within_itself():
    doc = extract("Xã Tân Lập trang trọng tổ chức Lễ kỷ niệm 134 năm ngày sinh Chủ tịch Hồ Chí Minh. Sáng 19/10, Đoàn "
                  "Thanh niên phường Tam Sơn, tỉnh Bắc Ninh tổ chức Đại hội đại biểu lần thứ I.")
    held = facts(doc, "held_in")
    assert ("Lễ kỷ niệm 134 năm ngày sinh Chủ tịch Hồ Chí Minh", "Tân Lập") in held
    assert not any(place == "Bắc Ninh" for _, place in held)  # the body's place, not a subject


def test_who_speaks_before_a_quotation_about_an_election_is_not_elected():
    doc = extract('PGS. TS Trần Văn Bình, Học viện Chính trị Quốc gia Hồ Chí Minh tin tưởng: "Sự tín nhiệm bầu Chủ tịch '
                  'nước làm Tổng Bí thư là đúng đắn". Hội đồng nhân dân tỉnh đã bầu ông Lê Văn Tám làm Chủ tịch UBND '
                  'tỉnh Hà Nam.')
    posts = facts(doc, "holds_position")
    assert not any(person == "Trần Văn Bình" for person, _, _ in posts)
    assert ("Lê Văn Tám", "Ủy ban nhân dân tỉnh Hà Nam", "Chủ tịch") in posts


def test_an_event_given_as_an_example_of_past_work_is_not_the_articles_own():
    doc = extract("Dự có các đồng chí: Lê Văn Tám, Bí thư Quận ủy; Trần Văn Bình, Phó Chủ tịch UBND Quận.\n"
                  "Thời gian qua, Hội đã tổ chức nhiều hoạt động như: Hội chợ thương mại kích cầu tiêu dùng, các "
                  "chương trình kết nối giao thương.\nTại Lễ kỷ niệm 15 năm thành lập Hội, ông Lê Văn Tám phát biểu.")
    taking_part = facts(doc, "participated_in")
    assert ("Trần Văn Bình", "Lễ kỷ niệm 15 năm thành lập Hội") in taking_part
    assert not any(event.startswith("Hội chợ") for _, event in taking_part)


def test_a_country_that_qualifies_the_visitors_title_is_not_where_the_visit_goes():
    doc = extract("Tổng thống Mozambique Filipe Nyusi thăm chính thức Việt Nam. Đây là chuyến thăm đầu tiên của một "
                  "Tổng thống Mozambique sau hơn 17 năm và là chuyến thăm đầu tiên của Chủ tịch nước Việt Nam tới Peru.")
    held = facts(doc, "held_in")
    assert any(place == "Việt Nam" for _, place in held)
    assert not any(place == "Mozambique" for _, place in held)


def test_hosts_who_receive_and_go_with_a_delegation_take_part():
    doc = extract("Sáng nay, đoàn công tác của tỉnh Khăm Muồn do đồng chí Văn-say Phong-sạ-vẳn dẫn đầu đã có chuyến thăm "
                  "Khu Kinh tế Vũng Áng. Tiếp và cùng đi với đoàn có đồng chí Lê Văn Tám, Bí thư Tỉnh ủy Hà Tĩnh; đồng "
                  "chí Trần Văn Bình, Phó Chủ tịch UBND tỉnh.")
    visit = next(e.name for e in doc.entities if e.type == "Event")
    assert {("Lê Văn Tám", visit), ("Trần Văn Bình", visit)} <= facts(doc, "participated_in")


def test_an_invitation_to_visit_is_no_visit_and_nobody_attends_by_it():
    doc = extract("Nhân dịp này, Chủ tịch nước Lê Văn Tám chuyển lời mời thăm chính thức Việt Nam của Chủ tịch Quốc hội tới "
                  "Chủ tịch Hạ viện Belarus Vladimir Andreichenko. Thủ tướng Trần Văn Bình mời ông Vladimir Andreichenko "
                  "sang thăm Việt Nam và tham dự Hội nghị Nghị viện châu Á lần thứ 10.")
    assert not any(e.startswith("Chuyến thăm") for e in names(doc, "Event"))
    assert not {p for p, _ in facts(doc, "participated_in")} & {"Lê Văn Tám", "Trần Văn Bình", "Vladimir Andreichenko"}
    # the visit made at an invitation is one, and asking someone to do something now is no invitation
    made = extract("Nhận lời mời của Thủ tướng Trần Văn Bình, Thủ tướng Lào Sonexay Siphandone thăm chính thức Việt Nam. "
                   "Bộ trưởng Lê Văn Tám mời Thủ tướng Trần Văn Bình phát biểu tại Hội nghị Nghị viện châu Á lần thứ 10.")
    assert ("Sonexay Siphandone", "Chuyến thăm chính thức Việt Nam của Thủ tướng Lào Sonexay Siphandone") \
        in facts(made, "participated_in")
    assert ("Trần Văn Bình", "Hội nghị Nghị viện châu Á lần thứ 10") in facts(made, "participated_in")


def test_an_event_told_of_only_dates_the_one_held_where_the_sentence_says():
    doc = extract("Tiếp tục chương trình tiếp xúc cử tri sau Kỳ họp thứ 9, Quốc hội khóa XV, ngày 27/6, bà Lê Thị Hoa "
                  "cùng Đoàn đại biểu Quốc hội tỉnh Sơn La đã tiếp xúc cử tri tại xã Chiềng Đen, thành phố Sơn La. "
                  "Tiếp theo Hội nghị Thủ tướng với doanh nghiệp lần thứ nhất, một hội nghị nữa sẽ được tổ chức tại Hà Nội.")
    held = facts(doc, "held_in")
    assert not any(event.startswith(("Kỳ họp thứ 9", "Hội nghị Thủ tướng")) for event, _ in held)
    # speaking before a summit is being there
    spoke = extract("Tổng Bí thư Trần Văn Bình sẽ có bài phát biểu trước Hội nghị Thượng đỉnh Tương lai lần thứ nhất tại New York.")
    assert ("Hội nghị Thượng đỉnh Tương lai lần thứ nhất", "New York") in facts(spoke, "held_in")


def test_an_appointment_told_before_the_articles_ceremony_is_no_part_of_it():
    doc = extract("Bộ trưởng Lê Văn Tám vừa ký quyết định bổ nhiệm ông Trần Văn Bình giữ chức Phó Vụ trưởng Vụ Nông nghiệp. "
                  "Cùng ngày, UBND tỉnh Hà Giang tổ chức Lễ công bố quyết định về công tác cán bộ. Theo quyết định, ông "
                  "Nguyễn Văn Ba giữ chức Giám đốc Sở Y tế tỉnh Hà Giang.")
    went = {p for p, _ in facts(doc, "participated_in")}
    assert "Trần Văn Bình" not in went
    assert "Nguyễn Văn Ba" in went  # appointed after the ceremony is told: he receives the decision there


def test_a_venue_in_its_city_after_o_holds_the_event_in_both():
    doc = extract("Lễ khai mạc Kỳ họp thứ 9, Quốc hội khóa XV được tổ chức trọng thể tại Nhà Quốc hội ở Thủ đô Hà Nội.")
    held = facts(doc, "held_in")
    assert {("Lễ khai mạc Kỳ họp thứ 9, Quốc hội khóa XV", "Nhà Quốc hội"),
            ("Lễ khai mạc Kỳ họp thứ 9, Quốc hội khóa XV", "Hà Nội")} <= held


def test_a_visit_that_goes_on_around_an_event_does_not_take_its_place():
    doc = extract("Tiếp tục chuyến thăm chính thức Hà Lan, chiều 10/7, Thủ tướng Trần Văn Bình đã tham dự Diễn đàn doanh "
                  "nghiệp Việt Nam - Hà Lan tại thành phố La Haye. Ông Lê Văn Tám bị đột quỵ trong chuyến thăm và làm việc "
                  "tại Kiên Giang, vốn là lý do Tổng thống Mỹ thực hiện chuyến thăm bất ngờ đến Việt Nam.")
    held = facts(doc, "held_in")
    assert ("Diễn đàn doanh nghiệp Việt Nam - Hà Lan", "La Haye") in held
    assert not any(place == "La Haye" and event.startswith("Chuyến thăm") for event, place in held)
    assert not any(place == "Kiên Giang" and "bất ngờ" in event for event, place in held)


def test_attending_told_inside_a_visits_name_is_no_cue_for_the_sentences_people():
    doc = extract("Chiều 4/6, tại Tokyo, trong khuôn khổ chuyến thăm chính thức Nhật Bản và tham dự Hội nghị Tương lai châu Á "
                  "lần thứ 23, Thủ tướng Trần Văn Bình đã tiếp ông Masaru Hashimoto, Thống đốc tỉnh Ibaraki.")
    went = facts(doc, "participated_in")
    assert not any(p == "Masaru Hashimoto" and e.startswith("Chuyến thăm") for p, e in went)
    assert any(p == "Masaru Hashimoto" and e.startswith("Buổi tiếp") for p, e in went)


def test_a_headline_names_a_reception_by_the_guests_post_and_a_framing_visit_lends_its_events_no_place():
    doc = extract("Thủ tướng Trần Văn Bình tiếp Thống đốc tỉnh Ibaraki\n"
                  "Chiều 4/6, tại Tokyo, trong khuôn khổ chuyến thăm chính thức Nhật Bản và tham dự Hội nghị Tương lai châu "
                  "Á lần thứ 23, Thủ tướng Trần Văn Bình đã tiếp ông Masaru Hashimoto, Thống đốc tỉnh Ibaraki.")
    reception = "Buổi tiếp Thống đốc tỉnh Ibaraki"
    assert reception in names(doc, "Event")
    assert {("Trần Văn Bình", reception), ("Masaru Hashimoto", reception)} <= facts(doc, "participated_in")
    assert (reception, "Tokyo") in facts(doc, "held_in")
    assert ("Hội nghị Tương lai châu Á lần thứ 23", "Tokyo") not in facts(doc, "held_in")


def test_issuer_after_a_documents_year_or_written_out_date():
    text = ("Theo Chỉ thị số 24 năm 2019 của Ban Bí thư, các cấp ủy rà soát. "
            "Quy định số 80-QĐ/TW ngày 18 tháng 8 năm 2022 của Bộ Chính trị được quán triệt. "
            "Thông báo số 12-TB/TW năm 2023 của Ban Bí thư nêu rõ.")
    issued = facts(extract(text), "issued")
    assert {("Ban Bí thư", "Chỉ thị 24 năm 2019"), ("Bộ Chính trị", "Quy định số 80-QĐ/TW"),
            ("Ban Bí thư", "Thông báo số 12-TB/TW")} <= issued


def test_a_short_reference_with_a_year_is_the_numbered_document_of_that_year_only():
    same = extract("Chỉ thị số 24-CT/TW ngày 3/5/2019 của Ban Bí thư. Thực hiện Chỉ thị số 24 năm 2019, tỉnh làm.")
    assert names(same, "Document") == {"Chỉ thị số 24-CT/TW"}
    other = extract("Chỉ thị số 24-CT/TW ngày 3/5/2013 của Ban Bí thư. Thực hiện Chỉ thị số 24 năm 2019, tỉnh làm.")
    assert names(other, "Document") == {"Chỉ thị số 24-CT/TW", "Chỉ thị 24 năm 2019"}


def test_the_body_after_an_issuer_that_opens_the_next_clause_issues_nothing():
    text = ("Tại Công văn số 512-CV/VPTW ngày 2/3/2024 của Văn phòng Trung ương Đảng, "
            "Bộ Chính trị đã đồng ý chủ trương tổ chức hội nghị.")
    issued = facts(extract(text), "issued")
    assert ("Văn phòng Trung ương Đảng", "Công văn số 512-CV/VPTW") in issued
    assert not any(body == "Bộ Chính trị" for body, _ in issued)
    listed = facts(extract("Theo Quy định số 50-QĐ/TW của Bộ Chính trị, Ban Bí thư về công tác cán bộ."), "issued")
    assert {("Bộ Chính trị", "Quy định số 50-QĐ/TW"), ("Ban Bí thư", "Quy định số 50-QĐ/TW")} <= listed


def test_acts_listed_after_semicolons_share_the_subject_and_each_has_its_own_partner():
    text = ("Trong chuyến thăm, Chủ tịch Quốc hội Lào Saysomphone Phomvihane đã hội đàm với Chủ tịch Quốc hội "
            "Trần Thanh Mẫn; hội kiến với Thủ tướng Phạm Minh Chính; gặp Bí thư Thành ủy Hà Nội Bùi Thị Minh Hoài.")
    doc = extract(text)
    taking_part = facts(doc, "participated_in")
    events = {event for _, event in taking_part}
    assert not any(";" in event for event in events)
    by_event = {event: {who for who, e in taking_part if e == event} for event in events}
    assert sorted(map(sorted, by_event.values())) == sorted([
        ["Saysomphone Phomvihane", "Trần Thanh Mẫn"], ["Phạm Minh Chính", "Saysomphone Phomvihane"],
        ["Bùi Thị Minh Hoài", "Saysomphone Phomvihane"]])


def test_who_attends_and_chairs_a_meeting_inside_a_visit_takes_part_in_the_meeting():
    text = ("Chiều 3/4 tại Hà Nội, trong khuôn khổ chuyến thăm chính thức Việt Nam, Thủ tướng Hungary Viktor Orban "
            "và Phó Thủ tướng Trần Hồng Hà đã đến dự và chủ trì Diễn đàn Doanh nghiệp Việt Nam - Hungary.")
    taking_part = facts(extract(text), "participated_in")
    assert {("Viktor Orban", "Diễn đàn Doanh nghiệp Việt Nam - Hungary"),
            ("Trần Hồng Hà", "Diễn đàn Doanh nghiệp Việt Nam - Hungary")} <= taking_part
    assert not any(event.startswith("Chuyến thăm") for _, event in taking_part)


def test_a_bare_head_before_do_points_back_at_the_event_its_organizers_follow():
    text = ("Tin trong ngày\nSáng 5/6, Diễn đàn Kinh tế Mekong khai mạc tại Cần Thơ. Diễn đàn do Bộ Tài chính phối hợp "
            "với UBND thành phố Cần Thơ tổ chức, nhằm giúp doanh nghiệp phát triển tại Việt Nam và Lào.")
    doc = extract(text)
    assert {("Bộ Tài chính", "Diễn đàn Kinh tế Mekong"),
            ("Ủy ban nhân dân thành phố Cần Thơ", "Diễn đàn Kinh tế Mekong")} <= facts(doc, "organized")
    # where firms grow is no venue of the forum
    assert facts(doc, "held_in") == {("Diễn đàn Kinh tế Mekong", "Cần Thơ")}


def test_a_delegation_someone_leads_meets_the_bodies_listed_after_with():
    text = ("Ngày 3/4, Bí thư Thành ủy Hải Phòng Lê Tiến Châu dẫn đầu đoàn công tác của thành phố làm việc với "
            "lãnh đạo Tỉnh ủy, UBND tỉnh Quảng Ninh với mục đích học hỏi kinh nghiệm.")
    doc = extract(text)
    events = names(doc, "Event")
    assert len(events) == 1
    event = events.pop()
    assert event.startswith("Buổi làm việc của đoàn công tác của thành phố với")
    assert {("Lê Tiến Châu", event), ("Tỉnh ủy Quảng Ninh", event),
            ("Ủy ban nhân dân tỉnh Quảng Ninh", event)} <= facts(doc, "participated_in")
    # a body after the partner that opens the next clause is no partner
    doc = extract("Bí thư Tỉnh ủy Hà Tĩnh Hoàng Trung Dũng làm việc với Sở Y tế, Sở Tài chính đã báo cáo kết quả.")
    assert not any(body == "Sở Tài chính" for body, _ in facts(doc, "participated_in"))


def test_a_voter_meeting_in_lowercase_named_by_its_place_and_a_statement_cited_as_a_noun():
    text = ("Tin trong ngày\nTại cuộc tiếp xúc với cử tri huyện Gia Lâm, sáng 2/6, Chủ tịch Quốc hội Trần Thanh Mẫn "
            "cho biết như vậy. Trả lời đại biểu Nguyễn Thị Hà, Bộ trưởng Lê Minh Hoan cho rằng đây mới là ý kiến "
            "phát biểu của Thứ trưởng Phùng Đức Tiến.")
    doc = extract(text)
    assert "Cuộc tiếp xúc với cử tri huyện Gia Lâm" in names(doc, "Event")
    assert facts(doc, "participated_in") == {("Trần Thanh Mẫn", "Cuộc tiếp xúc với cử tri huyện Gia Lâm")}


def test_posts_in_an_association_by_trở_thành_and_a_list_under_a_bare_hội():
    text = ("Tin\nBà Lê Thị Thu Hà, Thứ trưởng Bộ Ngoại giao đã trở thành tân Chủ tịch Hội Hữu nghị Việt Nam - Nhật Bản. "
            "Phó Chủ tịch Hội gồm các ông: Trần Văn Sơn, Nguyễn Quốc Dũng.")
    posts = facts(extract(text), "holds_position")
    association = "Hội Hữu nghị Việt Nam - Nhật Bản"
    assert {("Lê Thị Thu Hà", association, "Chủ tịch"), ("Trần Văn Sơn", association, "Phó Chủ tịch"),
            ("Nguyễn Quốc Dũng", association, "Phó Chủ tịch")} <= posts


def test_the_police_political_department_and_a_ceremony_named_through_the_decision_it_announces():
    text = ("Tin\nNgày 2-3, Đại tá Nguyễn Văn Bình chủ trì Lễ công bố Quyết định của Tổng cục Chính trị CAND về việc "
            "bổ nhiệm, điều động 2 cán bộ lãnh đạo cấp phòng trực thuộc Công an tỉnh.")
    doc = extract(text)
    assert "Tổng cục Chính trị Công an nhân dân" in names(doc, "Organization")
    assert "Tổng cục Chính trị Quân đội nhân dân Việt Nam" not in names(doc, "Organization")
    events = names(doc, "Event")
    assert events == {"Lễ công bố Quyết định của Tổng cục Chính trị CAND về việc bổ nhiệm, điều động 2 cán bộ lãnh "
                      "đạo cấp phòng trực thuộc Công an tỉnh"}
    assert ("Nguyễn Văn Bình", events.pop()) in facts(doc, "participated_in")



def test_after_a_semicolon_the_visit_is_the_sentence_subject_s_and_a_thanked_host_attends_nothing_cued():
    text = ("Về phần mình, Ngoại trưởng Úc Penny Wong cảm ơn Thủ tướng Phạm Minh Chính đã dành thời gian tiếp; bày tỏ "
            "vui mừng sang thăm Việt Nam và tham dự Hội nghị Bộ trưởng Ngoại giao ASEAN.")
    doc = extract(text)
    visits = [event for event in names(doc, "Event") if event.startswith("Chuyến thăm")]
    assert visits and all("Penny Wong" in event for event in visits)
    attending = facts(doc, "participated_in")
    assert ("Penny Wong", "Hội nghị Bộ trưởng Ngoại giao ASEAN") in attending
    assert not any(who == "Phạm Minh Chính" for who, _ in attending)


def test_a_meeting_of_a_group_s_post_holders_and_where_it_is_held():
    doc = extract("Tin\nPhó Thủ tướng Bùi Thanh Sơn dự Hội nghị Ngoại trưởng G20 tại thành phố Bonn - CHLB Đức.")
    assert "Hội nghị Ngoại trưởng G20" in names(doc, "Event")
    assert ("Hội nghị Ngoại trưởng G20", "Bonn") in facts(doc, "held_in")
    assert ("Bùi Thanh Sơn", "Hội nghị Ngoại trưởng G20") in facts(doc, "participated_in")


def test_a_lowercase_meeting_its_organizers_follow_is_named_and_organized_by_them():
    text = ("Tin\nĐây là thông điệp ông Nguyễn Trọng Nghĩa, Bí thư T.Ư Đảng, nêu ra tại cuộc gặp mặt đại diện các cơ quan "
            "báo chí do Ban Tuyên giáo T.Ư, Bộ Thông tin - Truyền thông (TT-TT), Hội Nhà báo VN tổ chức sáng qua.")
    doc = extract(text)
    event = "Cuộc gặp mặt đại diện các cơ quan báo chí"
    assert event in names(doc, "Event")
    assert {("Ban Tuyên giáo Trung ương", event), ("Bộ Thông tin và Truyền thông", event),
            ("Hội Nhà báo Việt Nam", event)} <= facts(doc, "organized")
    assert ("Nguyễn Trọng Nghĩa", "Ban Bí thư", "Bí thư Trung ương Đảng") in facts(doc, "holds_position")
