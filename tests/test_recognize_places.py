from helpers import facts, names, run_until


def test_lists_of_communes_are_places():
    doc = run_until("Đoàn công tác đã làm việc tại các xã Quỳnh Hồng, Quỳnh Bá và Quỳnh Thọ.", "resolve")
    assert {"Quỳnh Hồng", "Quỳnh Bá", "Quỳnh Thọ"} <= names(doc, "Location")
    assert names(doc, "Person") == set()


def test_admin_word_joins_the_place_as_its_alias():
    doc = run_until("Lãnh đạo tỉnh Gia Lai và thành phố Đà Nẵng ký kết hợp tác.", "resolve")
    places = {e.name: e for e in doc.entities if e.type == "Location"}
    assert "tỉnh Gia Lai" in places["Gia Lai"].aliases
    assert "thành phố Đà Nẵng" in places["Đà Nẵng"].aliases


def test_venue_heads_name_venues_but_not_a_bodys_hall():
    doc = run_until("Hội nghị diễn ra tại Trung tâm Hội nghị tỉnh Quảng Ngãi. Lễ ký kết tổ chức tại Hội trường Tỉnh ủy.", "resolve")
    assert "Trung tâm Hội nghị tỉnh Quảng Ngãi" in names(doc, "Location")
    assert not any(n.startswith("Hội trường") for n in names(doc, "Location"))


def test_words_that_open_with_a_country_name_are_not_places():
    doc = run_until("Ủy ban Pháp luật của Quốc hội thẩm tra dự án luật; đoàn công tác thăm Pháp.", "resolve")
    places = [e for e in doc.entities if e.type == "Location"]
    assert [(p.name, len(p.mentions)) for p in places] == [("Pháp", 1)]


def test_villages_and_their_halls():
    doc = run_until("Hội nghị ra mắt mô hình mới diễn ra tại Nhà văn hóa thôn Khởi Khe.", "resolve")
    found = names(doc, "Location")
    assert "Nhà văn hóa thôn Khởi Khe" in found


def test_a_place_only_inside_a_bodys_name_is_no_location_of_the_article():
    # annotators list the places an article talks about, not every province a body is named after
    doc = run_until("Tỉnh ủy Gia Lai phối hợp với Mặt trận Tổ quốc Việt Nam tổ chức hội nghị tại Pleiku.", "resolve")
    assert names(doc, "Location") == {"Pleiku"}


def test_venue_names_bridge_lowercase_words_but_not_a_list():
    doc = run_until("Lễ khai mạc diễn ra tại Công viên Văn hóa Tràng An và Sân bay Gia Lâm.", "resolve")
    assert {"Công viên Văn hóa Tràng An", "Sân bay Gia Lâm"} <= names(doc, "Location")


def test_a_country_inside_a_name_or_as_a_wars_adversary_is_no_place():
    text = ("Ông Lê Đức Thịnh phát biểu. Ảnh: TTXVN/Nhật Minh. Trong kháng chiến chống Mỹ, chống thực dân Pháp, "
            "quê hương đã góp sức. Ý kiến khác đề nghị bổ sung. Đại sứ Đức tại Việt Nam dự lễ.")
    doc = run_until(text, "resolve")
    assert names(doc, "Location") == {"Đức", "Việt Nam"}


def test_a_direction_after_a_wards_name_makes_another_ward_and_a_bare_venue_head_is_no_place():
    text = ("Bà Phạm Thị Hoa, Phó Chủ tịch UBND phường Thanh Xuân Bắc dự họp tại công viên. "
            "Đoàn thăm quận Thanh Xuân và Khu tự trị dân tộc Choang Quảng Tây.")
    doc = run_until(text, "resolve")
    # the ward the body is named after is a place of its own, apart from the district
    assert names(doc, "Location") == {"Thanh Xuân Bắc", "Thanh Xuân", "Quảng Tây"}
    assert "Ủy ban nhân dân phường Thanh Xuân Bắc" in names(doc, "Organization")


def test_a_country_s_short_name_as_an_honorific_or_inside_a_title_is_no_place():
    doc = run_until("Đức Pháp chủ chủ trì lễ tắm Phật mừng Đại lễ Đức Phật đản sinh. Phó Pháp chủ Giáo hội "
                    "cùng đoàn đại biểu sang Đức và Pháp dự hội thảo.", "resolve")
    assert names(doc, "Location") == {"Đức", "Pháp"}  # only the journey's two countries
    assert len([m for m in doc.mentions if m.type == "Location"]) == 2


def test_a_provincial_capital_named_after_its_province_is_another_place():
    from kgraph.admin_units import document_places

    doc = run_until("Sáng 17/5, tại thành phố Tuyên Quang, Tỉnh ủy Tuyên Quang tổ chức hội nghị. Đoàn đến TP Hà Tĩnh, "
                    "tỉnh Hà Tĩnh, rồi TP. Vinh và thành phố Đà Nẵng.", "resolve")
    locations = names(doc, "Location")
    assert {"Thành phố Tuyên Quang", "Thành phố Hà Tĩnh", "Hà Tĩnh", "Vinh", "Đà Nẵng"} <= locations
    assert "Tuyên Quang" not in locations  # only the city is named
    facts = document_places(doc.entities)
    capital = next(e for e in doc.entities if e.name == "Thành phố Hà Tĩnh")
    assert facts[capital.id].unit == "city" and facts[capital.id].current_province == "Hà Tĩnh"


def test_a_person_named_after_a_communes_body_is_no_commune():
    doc = run_until("Xã Bình Hiệp đạt kết quả tốt. Bí thư Đảng ủy xã Lê Minh Lực chia sẻ kinh nghiệm.", "relations")
    assert "Lê Minh Lực" in names(doc, "Person") and "Lê Minh Lực" not in names(doc, "Location")
    # a commune whose name opens with a family name is still a commune when the map knows it
    doc = run_until("Đoàn công tác thăm xã Lê Lợi và xã Trần Hưng Đạo.", "resolve")
    assert {"Lê Lợi", "Trần Hưng Đạo"} <= names(doc, "Location")


def test_a_country_named_with_its_states_formal_name():
    doc = run_until("Đoàn đã thăm chính thức Liên bang Thụy Sĩ và Vương quốc Na Uy.", "resolve")
    assert names(doc, "Location") == {"Thụy Sĩ", "Na Uy"}
    assert [doc.text[m.start : m.end] for m in doc.mentions if m.type == "Location"] == [
        "Liên bang Thụy Sĩ", "Vương quốc Na Uy"]


def test_the_home_country_is_a_place_only_beside_another_country():
    home = run_until("Nhạc sĩ là một trong những người nổi tiếng của Việt Nam.", "resolve")
    abroad = run_until("Hợp tác giữa Việt Nam và Lào ngày càng bền chặt.", "resolve")
    where = run_until("Hội nghị đánh giá những thành tựu 40 năm qua ở Việt Nam.", "resolve")
    assert names(home, "Location") == set()
    assert names(abroad, "Location") == {"Việt Nam", "Lào"}
    assert names(where, "Location") == {"Việt Nam"}


def test_a_lao_province_spelled_as_vietnamese_papers_often_do_and_its_police():
    doc = run_until("Đại tá Sổm Xay, Phó Giám đốc Công an tỉnh Luông Nậm Thà (Lào) thăm Công an tỉnh Phú Thọ.",
                    "relations")
    assert "Luông Nặm Thà" in {e.name for e in doc.entities if e.type == "Location"}
    assert [(doc.entity(r.object).name, r.role) for r in doc.relations if r.predicate == "holds_position"] \
        == [("Công an tỉnh Luông Nặm Thà", "Phó Giám đốc")]


def test_a_way_from_one_temple_up_to_another_names_two_venues_and_the_ancestry_no_person():
    doc = run_until("Đoàn đại biểu đi từ Đền Trung lên Đền Thượng dâng hương. Con cháu Lạc Hồng ghi nhớ công ơn các Vua "
                    "Hùng. Ông Lạc Hồng Sơn dự lễ.", "resolve")
    assert {"Đền Trung", "Đền Thượng"} <= names(doc, "Location")
    assert names(doc, "Person") == {"Lạc Hồng Sơn"}


def test_a_commune_glued_to_the_next_sentence_ends_before_its_opener_and_apostrophes_stay():
    doc = run_until("Đoàn đã trao quà tại huyện Kiến XươngTại buổi lễ, ông Lê Văn Hải phát biểu. Xã Ea H'Leo và xã "
                    "Đắk R'Lấp cùng dự.", "resolve")
    assert {"Kiến Xương", "Ea H'Leo", "Đắk R'Lấp"} <= names(doc, "Location")
    assert not any("Tại" in name for name in names(doc, "Location"))


def test_a_sentence_run_on_after_a_units_word_names_no_unit():
    doc = run_until("Thành phố cần trả lời nhanh kiến nghị của quận, huyện Theo ông Lê Văn Hòa, việc này rất cần.",
                    "resolve")
    assert "Theo" not in names(doc, "Location")
    assert "Lê Văn Hòa" in names(doc, "Person")


def test_a_country_called_by_as_a_given_name_is_no_place():
    doc = run_until("Theo anh Đức, một giáo viên của trường, lãnh đạo huyện đã biết. Ông Lê Văn Tám vừa thăm Đức.", "resolve")
    assert [len(e.mentions) for e in doc.entities if e.type == "Location" and e.name == "Đức"] == [1]


def test_memorials_and_cemeteries_are_venues_and_a_number_may_end_a_venues_name():
    from kgraph import extract

    doc = extract("Đoàn đã đến dâng hương tại Nghĩa trang liệt sĩ Quốc gia Đồi 82 và Khu lưu niệm Tổng Bí thư Nguyễn Văn "
                  "Linh, xã Giai Phạm.")
    places = {e.name for e in doc.entities if e.type == "Location"}
    assert {"Nghĩa trang liệt sĩ Quốc gia Đồi 82", "Khu lưu niệm Tổng Bí thư Nguyễn Văn Linh"} <= places


def test_a_communes_name_that_opens_with_a_countrys_short_name_is_the_commune():
    from kgraph import extract

    doc = extract("Đoàn đến dâng hương tại xã Đức Long, huyện Thạch An rồi về xã Pháp Cổ.")
    places = names(doc, "Location")
    assert "Đức Long" in places and "Đức" not in places and "Pháp" not in places


def test_the_articles_province_comes_from_its_districts_not_from_a_battle_named_after_a_place():
    from kgraph import extract

    text = ("Kỷ niệm 70 năm Chiến thắng lịch sử Điện Biên Phủ, đoàn công tác do đồng chí Lê Văn Hải, Chủ tịch UBND "
            "tỉnh làm trưởng đoàn đã dâng hương tại huyện Quảng Hòa và huyện Thạch An.")
    posts = facts(extract(text), "holds_position")
    assert posts == {("Lê Văn Hải", "Ủy ban nhân dân tỉnh Cao Bằng", "Chủ tịch")}


def test_a_venues_name_ends_on_a_whole_word_and_may_bridge_three_lowercase_words():
    from kgraph import extract

    doc = extract("Đoàn dâng hương tại Nhà tưởng niệm Anh hùng liệt sĩ Lê Văn Tám, rồi đến Khu di tích Quốc gia đặc "
                  "biệt Địa điểm Chiến thắng biên giới.")
    places = names(doc, "Location")
    assert "Nhà tưởng niệm Anh hùng liệt sĩ Lê Văn Tám" in places
    assert not any(name.endswith((" Anh", " Quốc", " Địa", " Chiến")) for name in places)


def test_an_airport_written_in_lowercase_is_a_venue():
    from kgraph import extract

    doc = extract("Sáng 19/12, tại sân bay Gia Lâm (quận Long Biên, Hà Nội) diễn ra Lễ khai mạc Triển lãm Công nghiệp "
                  "quốc tế Việt Nam 2025. Lễ khai mạc qua ống kính phóng viên.")
    opening = "Lễ khai mạc Triển lãm Công nghiệp quốc tế Việt Nam 2025"
    assert {(opening, "sân bay Gia Lâm"), (opening, "Long Biên"), (opening, "Hà Nội")} <= facts(doc, "held_in")
    assert not any("ống kính" in name for name in names(doc, "Event"))  # a photo essay's caption


def test_a_venue_head_in_title_case_and_an_old_citadel_are_venues_not_people():
    from kgraph import extract

    doc = extract("Đoàn đã dâng hương tại Ngã ba Đồng Lộc, Nghĩa Trang Liệt sĩ Cầu Nhe, Nghĩa trang Thành Cổ Quảng Trị "
                  "và dự lễ tại Hội trường Thành ủy Vinh.")
    places = {e.name for e in doc.entities if e.type == "Location"}
    assert {"Ngã ba Đồng Lộc", "Nghĩa Trang Liệt sĩ Cầu Nhe", "Nghĩa trang Thành Cổ Quảng Trị"} <= places
    assert not names(doc, "Person")
    assert not any(n.startswith("Hội trường") for n in places)  # a body's hall, still


def test_hamlets_named_with_xom_are_places_however_they_sound():
    from kgraph import extract

    doc = extract("Lũ cuốn trôi nhà của 316 hộ dân ở các xóm Châu Bình, Châu Lộc, Châu Long thuộc xã Bình Minh.")
    assert {"Châu Bình", "Châu Lộc", "Châu Long", "Bình Minh"} <= names(doc, "Location")
    assert not names(doc, "Person")


def test_foreign_seats_and_former_states_are_places():
    doc = run_until("Thủ tướng Trần Văn Bình dự diễn đàn doanh nghiệp tại La Haye. Ông Lê Văn Tám từng học tại Cộng hòa Dân "
                    "chủ Đức, rồi là Bí thư Đại sứ quán Việt Nam tại Cộng hòa Dân chủ Đức.", "resolve")
    assert {"La Haye", "Cộng hòa Dân chủ Đức"} <= names(doc, "Location")
    assert "La Haye" not in names(doc, "Person")
    assert "Đại sứ quán Việt Nam tại Cộng hòa Dân chủ Đức" in names(doc, "Organization")


def test_a_one_syllable_place_that_makes_a_word_with_the_next_is_no_place_nor_a_walking_streets_name_a_person():
    doc = run_until('Hội đồng tổ chức Chương trình "Vinh quang Việt Nam" tại Vinh cùng ngày. Ông Trần Văn Bình đến thăm '
                    "phố đi bộ Nguyễn Huệ.", "resolve")
    vinh = [m for m in doc.mentions if m.type == "Location" and m.name == "Vinh"]
    assert len(vinh) == 1 and doc.search_text[vinh[0].end : vinh[0].end + 5] == " cùng"  # the city, not the glory
    assert "Nguyễn Huệ" not in names(doc, "Person")


def test_a_venue_named_with_its_province_ends_with_it():
    doc = run_until("Hài cốt được an táng tại Nghĩa trang liệt sĩ tỉnh Bình Phước Lễ truy điệu diễn ra trang nghiêm.",
                    "resolve")
    assert "Nghĩa trang liệt sĩ tỉnh Bình Phước" in names(doc, "Location")
    # a district that opens with a country's name ("Đức Cơ", "Đức Linh") is no country
    doc = run_until("Đoàn dâng hương tại Nghĩa trang liệt sĩ huyện Đức Linh chiều nay.", "resolve")
    assert "Nghĩa trang liệt sĩ huyện Đức Linh" in names(doc, "Location")


def test_a_country_by_the_english_form_some_papers_use():
    doc = run_until("Tổng thống Cộng hòa Czech Petr Pavel hội đàm với Chủ tịch nước.", "resolve")
    assert "Séc" in names(doc, "Location") and "Petr Pavel" in names(doc, "Person")
