from helpers import facts, mention_names, names, run_until

from kgraph import extract


def test_names_after_titles_and_honorifics():
    text = ("Dự hội nghị có Tổng Bí thư Tô Lâm; Chủ tịch nước Lương Cường; đồng chí Nguyễn Xuân Thắng, "
            "Ủy viên Bộ Chính trị.")
    doc = run_until(text, "resolve")
    assert {"Tô Lâm", "Lương Cường", "Nguyễn Xuân Thắng"} <= names(doc, "Person")


def test_short_reference_resolves_to_the_full_name():
    text = "Đồng chí Trần Văn Sơn chủ trì hội nghị. Kết luận hội nghị, đồng chí Sơn yêu cầu các đơn vị khẩn trương."
    doc = run_until(text, "resolve")
    persons = [e for e in doc.entities if e.type == "Person"]
    assert [p.name for p in persons] == ["Trần Văn Sơn"]
    assert len(persons[0].mentions) == 2


def test_leading_capitalized_word_is_trimmed_from_a_name():
    doc = run_until("Theo Phạm Thị Thanh Trà, việc sắp xếp bộ máy đã hoàn thành.", "resolve")
    assert names(doc, "Person") == {"Phạm Thị Thanh Trà"}


def test_place_names_are_not_people():
    doc = run_until("Đoàn công tác làm việc tại Hà Nội và Cao Bằng.", "resolve")
    assert names(doc, "Person") == set()
    assert {"Hà Nội", "Cao Bằng"} <= names(doc, "Location")


def test_name_that_contains_a_place_name_stays_a_person():
    doc = run_until("Phó Thủ tướng Nguyễn Hòa Bình làm việc với lãnh đạo tỉnh.", "resolve")
    assert "Nguyễn Hòa Bình" in names(doc, "Person")
    assert "Hòa Bình" not in names(doc, "Location")



def test_two_word_family_names_of_the_central_highlands():
    doc = run_until("Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Gia Lai Rơ Châm H'Yên phát biểu.", "resolve")
    assert "Rơ Châm H'Yên" in names(doc, "Person")


def test_the_tail_of_a_city_or_body_name_is_not_a_person():
    doc = run_until("Đại diện Hội Sinh viên Việt Nam TP Hồ Chí Minh và Đoàn TNCS Hồ Chí Minh dự lễ.", "resolve")
    assert names(doc, "Person") == set()


def test_a_place_before_a_name_is_not_part_of_it():
    doc = run_until("Phó Trưởng đoàn chuyên trách tỉnh Đồng Tháp Phạm Văn Hòa phát biểu.", "resolve")
    assert "Phạm Văn Hòa" in names(doc, "Person") and "Đồng Tháp" in names(doc, "Location")


def test_foreign_names_after_a_title_and_a_country_or_body():
    text = ("Tổng thống Mỹ Donald Trump gặp Thủ tướng Úc Anthony Albanese. "
            "Trưởng đại diện UNESCO tại Việt Nam Jonathan Wallace Baker phát biểu.")
    doc = run_until(text, "resolve")
    assert names(doc, "Person") == {"Donald Trump", "Anthony Albanese", "Jonathan Wallace Baker"}
    assert {"Hoa Kỳ", "Australia", "Việt Nam"} <= names(doc, "Location")



def test_a_given_name_that_is_also_a_word_ends_a_full_name():
    doc = run_until("Ông Nguyễn Văn Hội và ông Trần Đức Quận dự họp. Bà Lê Phương Hằng Theo đó cho biết.", "resolve")
    assert {"Nguyễn Văn Hội", "Trần Đức Quận"} <= names(doc, "Person")
    assert not any(n.endswith("Theo") for n in names(doc, "Person"))


def test_a_name_right_after_a_bodys_place_is_the_persons_alone():
    doc = run_until("Chủ tịch HĐND TP. Hồ Chí Minh Nguyễn Thị Lệ phát biểu bế mạc.", "resolve")
    assert names(doc, "Person") == {"Nguyễn Thị Lệ"}


def test_a_street_in_an_address_is_no_person():
    doc = run_until("Trụ sở đặt tại số 02 Lê Thạch, quận Hoàn Kiếm và đường Trần Phú. Ông Trần Văn Phú dự lễ.", "resolve")
    assert names(doc, "Person") == {"Trần Văn Phú"}


def test_monastics_and_a_title_followed_by_a_country_alone():
    doc = run_until("Dự lễ có Hòa thượng Thích Thiện Nhơn và Bộ trưởng Lào cùng đoàn đại biểu.", "resolve")
    assert names(doc, "Person") == {"Thích Thiện Nhơn"}  # "Lào" after a title is the minister's country
    assert "Lào" in names(doc, "Location")


def test_a_foreign_name_spelled_without_its_marks_is_the_same_person():
    doc = run_until("Tổng Thư ký Liên hợp quốc António Guterres phát biểu. Ông Antonio Guterres nhấn mạnh vai trò của "
                    "Việt Nam. Ông Lê Văn Hải và ông Lê Văn Hài cùng dự.", "resolve")
    people = {e.name: e.aliases for e in doc.entities if e.type == "Person"}
    assert people["António Guterres"] == ["Antonio Guterres"]
    assert {"Lê Văn Hải", "Lê Văn Hài"} <= set(people)  # two marked spellings are two names


def test_a_hyphenated_foreign_name_is_whole():
    doc = run_until("Chủ tịch Cuba Miguel Díaz-Canel tiếp đoàn. Chủ tịch Triều Tiên Kim Jong-un cũng dự.", "resolve")
    assert names(doc, "Person") == {"Miguel Díaz-Canel", "Kim Jong-un"}


def test_a_place_after_the_word_for_its_kind_is_no_person():
    doc = run_until("Đoàn đến ga Ninh Xá, cửa khẩu quốc tế Kim Thành và sông Trà Khúc. Ông Lê Văn Thành dự.", "resolve")
    assert names(doc, "Person") == {"Lê Văn Thành"}


def test_items_of_a_list_of_wards_are_no_people():
    doc = run_until("Thành phố còn 4 xã, phường chưa có chợ, gồm: Lĩnh Nam, Phương Liệt, Yên Sở, Hồng Sơn. "
                    "Phó Chủ tịch LĐLĐ tỉnh Phú Thọ gồm các đồng chí: Phạm Sơn, Đỗ Ngọc An.", "resolve")
    assert names(doc, "Person") == {"Phạm Sơn", "Đỗ Ngọc An"}  # a list of people under a body of a province


def test_a_company_name_in_latin_letters_is_no_part_of_the_name():
    doc = run_until("Chủ tịch Masan Nguyễn Đăng Quang và Tổng Giám đốc Vietjet Đinh Việt Phương cùng dự.", "resolve")
    assert names(doc, "Person") == {"Nguyễn Đăng Quang", "Đinh Việt Phương"}


def test_a_province_of_a_neighbour_is_a_place_not_a_person():
    doc = run_until("Ông quê ở tỉnh Hồ Bắc, từng là Bí thư Tỉnh ủy Hồ Bắc. Tỉnh Xiêng Khoảng (Lào) và "
                    "tỉnh Svay Rieng (Campuchia) cử đoàn dự. Châu Âu theo dõi sát.", "resolve")
    assert names(doc, "Person") == set()
    assert {"Hồ Bắc", "Xiêng Khoảng", "Svay Rieng", "châu Âu"} <= names(doc, "Location")
    assert "Tỉnh ủy Hồ Bắc" in names(doc, "Organization")


def test_a_photo_or_story_credit_names_no_person_and_no_place():
    doc = run_until("Ông Lê Văn Hiệu phát biểu bế mạc kỳ họp (Ảnh: Nguyễn Dương).\nQuang cảnh hội nghị. Ảnh: Đức Hiếu\n"
                    "Tin, ảnh: Trần Văn Đảm\n", "persons")
    assert mention_names(doc, "Person") == ["Lê Văn Hiệu"]
    assert "Đức" not in mention_names(doc, "Location")


def test_a_caption_that_names_an_official_after_anh_keeps_the_name():
    doc = run_until("Ảnh: Thủ tướng Phạm Minh Chính phát biểu tại hội nghị.", "persons")
    assert "Phạm Minh Chính" in mention_names(doc, "Person")


def test_a_name_run_into_the_next_sentence_ends_before_its_opener():
    doc = extract("Bà Trần Thị Hoa tặng hoa chúc mừng Chủ tịch nước Lương Cường Những thành tựu đó rất lớn.")
    assert names(doc, "Person") == {"Trần Thị Hoa", "Lương Cường"}


def test_a_credit_run_into_the_next_sentence_names_no_person():
    doc = extract("Các xã đã làm xong. Ảnh: Lê Văn Thanh Thay mặt lãnh đạo tỉnh, ông Nguyễn Văn Nam phát biểu. "
                  "Ảnh:Phạm Hùng Cùng với đó, các xã đã làm.")
    assert names(doc, "Person") == {"Nguyễn Văn Nam"}


def test_a_school_named_after_a_historical_figure_is_no_person():
    doc = extract("Đội bóng Trường THCS Bùi Thị Xuân đạt giải nhất. Thầy Nguyễn Văn Minh, giáo viên Trường "
                  "Tiểu học Nguyễn Văn Cừ phát biểu.")
    assert names(doc, "Person") == {"Nguyễn Văn Minh"}


def test_a_courtesy_title_of_several_words_is_no_part_of_the_name():
    text = ("Được sự ủy quyền của Quốc vương Campuchia Preah Bat Samdech Preah Boromneath Norodom Sihamoni, "
            "Samdech Techo Hun Sen đã chủ trì lễ đón chính thức.")
    assert mention_names(run_until(text, "persons"), "Person") == ["Norodom Sihamoni", "Hun Sen"]


def test_a_second_title_in_a_list_is_no_name():
    text = ("Cùng dự có các đồng chí: Trần Thị Mai, Phó Chủ tịch, Tổng Thư ký Ủy ban Trung ương Mặt trận Tổ quốc "
            "Việt Nam; Phạm Văn Nam, Phó Tổng Biên tập Báo Nhân Dân.")
    assert mention_names(run_until(text, "persons"), "Person") == ["Trần Thị Mai", "Phạm Văn Nam"]


def test_a_catholic_name_opens_with_the_saints_name_and_a_diocese_is_a_body():
    doc = run_until("Ông gửi lời chúc tới Giám mục Giáo phận Thái Bình Phêrô Nguyễn Văn Đệ và Tòa Giám mục "
                    "Thái Bình.", "relations")
    assert names(doc, "Person") == {"Phêrô Nguyễn Văn Đệ"}
    assert {"Giáo phận Thái Bình", "Tòa Giám mục Thái Bình"} <= names(doc, "Organization")
    assert ("Phêrô Nguyễn Văn Đệ", "Giáo phận Thái Bình", "Giám mục") in facts(doc, "holds_position")


def test_a_foreign_name_with_an_initial_is_one_name_in_one_sentence_and_the_full_name_it_abbreviates():
    doc = extract("Chiều 26/8, đồng chí Lương Cường đã tiếp đồng chí D. Raja, Tổng Bí thư Đảng Cộng sản Ấn Độ. "
                  "Thủ tướng Nga Dmitry Medvedev hội đàm với Thủ tướng. Ông D. Medvedev cho biết hai nước hợp tác.")
    assert names(doc, "Person") == {"Lương Cường", "D. Raja", "Dmitry Medvedev"}
    assert len(doc.sentences) == 3


def test_a_surname_before_a_capitalized_common_word_is_no_name():
    doc = extract("Tổng Bí thư Trần Văn An hoan nghênh Đoàn Đại biểu Đảng Cộng sản Ấn Độ thăm Việt Nam.")
    assert names(doc, "Person") == {"Trần Văn An"}


def test_a_two_syllable_name_before_a_verb_is_still_a_name():
    doc = extract("Hội nghị có đồng chí Tô Lâm chủ trì. Lê Duẩn nhấn mạnh vai trò của Đảng.")
    assert {"Tô Lâm", "Lê Duẩn"} <= names(doc, "Person")


def test_a_surname_before_a_country_is_a_delegation_not_a_name():
    doc = extract("Đoàn Việt Nam dự hội nghị các chính đảng tại Tây An. Ông Nguyễn Hòa Bình dự họp.")
    assert names(doc, "Person") == {"Nguyễn Hòa Bình"}


def test_a_secretariat_of_a_congress_is_no_name_even_after_a_title():
    doc = extract("Đại hội đã bầu Đoàn Chủ tịch, Đoàn Thư ký Đại hội, Ban Thẩm tra tư cách đại biểu.")
    assert not names(doc, "Person")


def test_a_two_word_stage_name_before_a_verb_is_a_name():
    doc = extract("Các ca sĩ Tùng Lâm, Trang Nhung thể hiện nhiều ca khúc.")
    assert "Trang Nhung" in names(doc, "Person")


def test_a_years_name_and_the_buddhist_clergy_are_no_persons():
    doc = run_until("Nhân dịp Tết Ất Tỵ, đông đảo Tăng Ni, Phật tử và Đoàn Khối các cơ quan tỉnh dự lễ.", "resolve")
    assert names(doc, "Person") == set()


def test_a_hospital_or_landmark_written_in_lower_case_before_its_name_is_no_person():
    doc = run_until("Kết luận thanh tra dự án bệnh viện Bạch Mai cơ sở 2 nêu nhiều sai phạm. Ông Trần Quốc Vượng "
                    "dự lễ ở chùa Trần Quốc.", "resolve")
    assert names(doc, "Person") == {"Trần Quốc Vượng"}


def test_a_district_named_with_its_unit_word_is_no_person_when_named_bare_but_a_cued_name_is():
    doc = run_until("Ông Lưu Văn Hính công tác tại huyện Hà Quảng. Diện mạo của Hà Quảng đã thay đổi. Ông Hà Quảng Nam "
                    "dự họp.", "resolve")
    assert names(doc, "Person") == {"Lưu Văn Hính", "Hà Quảng Nam"}


def test_a_name_ends_where_a_glued_sentence_opens_inside_its_last_word():
    doc = extract("Lãnh đạo tỉnh tặng hoa chúc mừng đồng chí Trần Văn ThắngLãnh đạo Sở Nội vụ tặng hoa chúc mừng.")
    assert names(doc, "Person") == {"Trần Văn Thắng"}


def test_a_place_glued_to_the_next_word_is_no_name():
    doc = extract("Phát biểu, đồng chí Lã Văn Quỳnh, chủ nhiệm UBKT Đảng ủy Than Quảng Ninhbiểu dương kết quả đạt được.")
    assert names(doc, "Person") == {"Lã Văn Quỳnh"}


def test_a_title_joined_to_a_name_by_a_hyphen_is_not_part_of_it_but_a_hyphened_name_is_one():
    doc = extract("UBND quận Hải Châu tạm đình chỉ công tác đối với bà Lê Thị Cẩm Lệ-Phó chủ tịch UBND phường Hòa Thuận "
                  "Tây. Chủ tịch Miguel Díaz-Canel dự.")
    assert names(doc, "Person") == {"Lê Thị Cẩm Lệ", "Miguel Díaz-Canel"}
    assert ("Lê Thị Cẩm Lệ", "Ủy ban nhân dân phường Hòa Thuận Tây", "Phó Chủ tịch") in facts(doc, "holds_position")


def test_singers_and_actors_are_named_by_a_stage_name_after_their_calling():
    doc = extract("Chương trình có ca sĩ Tùng Dương, nghệ sĩ Thanh Lam và diễn viên Bảo Anh. Ca sĩ Bảo Yến hát.")
    assert {e.name for e in doc.entities if e.type == "Person"} == {"Tùng Dương", "Thanh Lam", "Bảo Anh", "Bảo Yến"}


def test_from_a_place_and_a_website_are_no_names():
    from kgraph import extract

    doc = extract("Từ Đà Nẵng, chiều 30/5, UNICEF đã công bố báo cáo. Tin được đăng trên Trang Thông tin điện tử Thi "
                  "hành án dân sự. Ông Từ Văn Nam và ông Trang Văn Thông phát biểu.")
    assert {e.name for e in doc.entities if e.type == "Person"} == {"Từ Văn Nam", "Trang Văn Thông"}


def test_a_foreign_name_holds_its_lowercase_particles():
    from kgraph import extract

    doc = extract("Chiều 5/6, Bộ trưởng Ngoại giao Chile Alberto van Klaveren tiếp Đại sứ Lê Văn Tám. Chủ tịch Ủy ban "
                  "châu Âu Ursula von der Leyen cũng dự.")
    assert {"Alberto van Klaveren", "Ursula von der Leyen"} <= names(doc, "Person")
    posts = facts(doc, "holds_position")
    assert ("Alberto van Klaveren", "Bộ Ngoại giao Chile", "Bộ trưởng") in posts
    assert ("Ursula von der Leyen", "Ủy ban châu Âu", "Chủ tịch") in posts
    assert not any(person == "Lê Văn Tám" for person, _, _ in posts)


def test_an_honorific_after_a_place_a_heading_ran_into_is_no_part_of_the_name():
    doc = extract("Dự án có thể làm ở Củ Chi Ông Nguyễn Văn Hòa, Phó Bí thư Thành ủy, cho biết như vậy.")
    assert names(doc, "Person") == {"Nguyễn Văn Hòa"}


def test_a_state_farm_named_after_a_person_is_no_person():
    doc = extract("Nhà ở xã hội có thể xây ở nông trường Lê Văn Tám hoặc Nông trường Nguyễn Văn Trỗi của thành phố.")
    assert names(doc, "Person") == set()


def test_a_speech_verb_a_typo_capitalized_ends_a_name_the_article_gives_without_it():
    doc = extract("Tin\nBộ trưởng Nguyễn Kim Sơn Khẳng định sẽ tuyển đủ giáo viên. Bộ trưởng Nguyễn Kim Sơn cho biết thêm.")
    assert names(doc, "Person") == {"Nguyễn Kim Sơn"}
    # named only so, the last word may be the name's: "ông Lê Văn Cho biết ..." is Mr Cho speaking
    assert "Lê Văn Cho" in names(extract("Tin\nÔng Lê Văn Cho biết gia đình đã nhận quà."), "Person")


def test_a_sentence_opening_with_an_honorific_run_into_a_name_ends_it():
    doc = extract("Tin\nDự họp có Phó Giám đốc Sở Tư pháp Lê Văn Tùng Ông Tùng cho biết, hội nghị sẽ diễn ra.")
    assert names(doc, "Person") == {"Lê Văn Tùng"}


def test_a_photo_credit_run_into_the_next_sentence_names_no_person():
    doc = extract("Tin\nĐại biểu Nguyễn Văn Hiển phát biểu. Ảnh: Trần Minh Hay như nhiều dự án khác, công trình chậm tiến độ.")
    assert names(doc, "Person") == {"Nguyễn Văn Hiển"}


def test_the_us_trade_representative_is_a_post_that_introduces_a_name():
    doc = extract("Tin\nPhó Thủ tướng Bùi Thanh Sơn tiếp Đại diện Thương mại Hoa Kỳ Jamieson Greer đang thăm Việt Nam.")
    assert "Jamieson Greer" in names(doc, "Person")
    visits = [event for event in names(doc, "Event") if event.startswith("Chuyến thăm")]
    assert visits and all("Bùi Thanh Sơn" not in event for event in visits)
