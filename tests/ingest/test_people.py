"""People and posts, on sentences written for these tests (not taken from the samples)."""

from __future__ import annotations

from tdkt.ingest.conferrers import label as _label

from tdkt.vocab import person_iri

from ..conftest import article, posts_by_name

TITLE = "Huyện Hải Hà tổng kết công tác thi đua, khen thưởng năm 2022\n12/01/2023 08:30\n"


def posts_of(body: str) -> dict[str, set[tuple[str | None, str | None]]]:
    _, facts = article(TITLE + body + "\nPhan Minh Đức\n")
    return posts_by_name(facts)


def test_honorific_name_and_chain_with_implicit_district_and_province():
    people = posts_of("Dự hội nghị có đồng chí Vũ Đức Toàn, TUV, Bí thư Huyện ủy, Chủ tịch HĐND huyện Hải Hà.")
    assert people["Vũ Đức Toàn"] == {
        ("Tỉnh ủy viên", "Tỉnh ủy Quảng Ninh"),
        ("Bí thư", "Huyện ủy Hải Hà"),
        ("Chủ tịch", "Hội đồng nhân dân huyện Hải Hà"),
    }


def test_bare_party_role_takes_the_committee_of_its_neighbour_in_the_chain():
    people = posts_of("Ông Đặng Văn Hòa, Phó Bí thư, Chủ tịch UBND huyện phát biểu tại hội nghị ở huyện Hải Hà.")
    assert people["Đặng Văn Hòa"] == {("Phó Bí thư", "Huyện ủy Hải Hà"), ("Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}


def test_the_secretary_of_a_party_cell_left_unnamed_is_the_cell_s_of_the_unit_named_next():
    people = posts_of("Bà Hoàng Thị Lan - Bí thư chi bộ - Hiệu trưởng Trường Tiểu học Quảng Long, phát biểu tại buổi lễ.")
    assert people["Hoàng Thị Lan"] == {
        ("Bí thư", "Chi bộ Trường Tiểu học Quảng Long"),
        ("Hiệu trưởng", "Trường Tiểu học Quảng Long"),
    }  # not the district's committee, and the chain goes on after the cell
    # a cell whose unit the chain does not name stays unnamed; a committee named next is not the cell's
    assert posts_of("Ông Chu Văn Dũng, Phó Bí thư chi bộ, Chủ tịch UBND xã Quảng Long phát biểu.")["Chu Văn Dũng"] == {
        ("Phó Bí thư", None),
        ("Chủ tịch", "Ủy ban nhân dân xã Quảng Long"),
    }
    # a cell named in full is that cell
    assert posts_of("Ông Chu Văn Dũng, Bí thư Chi bộ thôn Nà Pàn phát biểu.")["Chu Văn Dũng"] == {("Bí thư", "Chi bộ thôn Nà Pàn")}


def test_a_cell_or_a_head_of_a_village_told_by_its_number_after_so_is_that_village_s():
    # (the cell's village by 'số' and its number, its level word in capitals too: not the district's committee)
    for said, cell in (
        ("Ông Vũ Văn Tài, Bí thư Chi bộ tổ dân phố số 7 phát biểu.", "Chi bộ tổ dân phố số 7"),
        ("Ông Vũ Văn Tài, Bí thư Chi bộ Tổ dân phố số 7, thị trấn Quảng Hà phát biểu.", "Chi bộ Tổ dân phố số 7"),
        ("Ông Vũ Văn Tài, Bí thư Chi bộ thôn số 2 phát biểu.", "Chi bộ thôn số 2"),
        ("Ông Vũ Văn Tài, Bí thư Chi bộ Khu dân cư Bắc Sơn phát biểu.", "Chi bộ Khu dân cư Bắc Sơn"),
    ):
        assert posts_of(said)["Vũ Văn Tài"] == {("Bí thư", cell)}, said
    # a street group's or a residential area's head called 'Trưởng' and the unit's words
    assert posts_of("Bà Lê Thị Mai, Trưởng tổ dân phố số 4 phát biểu.")["Lê Thị Mai"] == {("Trưởng tổ dân phố", "tổ dân phố số 4")}
    assert posts_of("Bà Lê Thị Mai, Trưởng TDP số 4 phát biểu.")["Lê Thị Mai"] == {("Trưởng tổ dân phố", "tổ dân phố số 4")}
    assert posts_of("Bà Lê Thị Mai, Trưởng khu dân cư Bắc Sơn phát biểu.")["Lê Thị Mai"] == {("Trưởng khu dân cư", "khu dân cư Bắc Sơn")}
    # negative: a cell that holds a meeting is no cell named 'tổ'
    assert posts_of("Ông Vũ Văn Tài, Bí thư chi bộ tổ chức hội nghị.")["Vũ Văn Tài"] == {("Bí thư", None)}


def test_a_second_post_held_concurrently_kiem_is_one_chain():
    assert posts_of("Ông Triệu Văn Phúc, Bí thư Đảng ủy xã Quảng Long kiêm Chủ tịch HĐND xã phát biểu.")["Triệu Văn Phúc"] == {
        ("Bí thư", "Đảng ủy xã Quảng Long"),
        ("Chủ tịch", "Hội đồng nhân dân xã Quảng Long"),
    }
    # the commune one title names is the next one's, in a chain of commas too, and not the next person's
    people = posts_of("Dự có ông Triệu Văn Phúc, Bí thư Đảng ủy xã Quảng Long, Chủ tịch HĐND xã; bà Lý Thị Mai, Chủ tịch HĐND xã.")
    assert people["Triệu Văn Phúc"] == {("Bí thư", "Đảng ủy xã Quảng Long"), ("Chủ tịch", "Hội đồng nhân dân xã Quảng Long")}
    assert people["Lý Thị Mai"] == {("Chủ tịch", None)}
    # 'kiêm' before no title ends the chain
    assert posts_of("Bà Lý Thị Mai, Phó Chủ tịch UBND huyện kiêm nhiệm thêm công việc phát biểu.")["Lý Thị Mai"] == {
        ("Phó Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")
    }
    # (after a comma too: ', kiêm Trưởng ban Dân vận Huyện ủy'), and still not before no title
    assert posts_of("Ông Triệu Văn Phúc, Phó Bí thư Thường trực Huyện ủy, kiêm Trưởng ban Dân vận Huyện ủy phát biểu.")[
        "Triệu Văn Phúc"
    ] == {
        ("Phó Bí thư Thường trực", "Huyện ủy Hải Hà"),
        ("Trưởng ban", "Ban Dân vận Huyện ủy Hải Hà"),
    }
    assert posts_of("Bà Lý Thị Mai, Phó Chủ tịch UBND huyện, kiêm nhiệm thêm công việc phát biểu.")["Lý Thị Mai"] == {
        ("Phó Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")
    }


def test_a_head_s_title_joined_by_kiem_to_an_office_of_a_body_is_the_body_s():
    people = posts_of(
        "Dự có bà Lê Thị Hoa, Phó Giám đốc kiêm Trưởng phòng Tổ chức cán bộ Sở Nội vụ; ông Hà Văn Tú, Phó Trưởng phòng kiêm "
        "Trưởng phòng Tổ chức cán bộ Sở Nội vụ."
    )
    assert people["Lê Thị Hoa"] == {
        ("Phó Giám đốc", "Sở Nội vụ tỉnh Quảng Ninh"),
        ("Trưởng phòng", "Phòng Tổ chức cán bộ Sở Nội vụ tỉnh Quảng Ninh"),
    }
    # negative: an office's own deputy holds the office's post
    assert people["Hà Văn Tú"] == {
        ("Phó Trưởng phòng", "Phòng Tổ chức cán bộ Sở Nội vụ tỉnh Quảng Ninh"),
        ("Trưởng phòng", "Phòng Tổ chức cán bộ Sở Nội vụ tỉnh Quảng Ninh"),
    }


def test_the_chair_of_a_central_body_s_executive_committee_holds_the_body_s_post():
    people = posts_of(
        "Dự có đồng chí Lương Văn Đoàn, Ủy viên Trung ương Đảng, Chủ tịch Ban Chấp hành Trung ương Hội Nông dân Việt Nam; "
        "bà Lý Thị Mai, Phó Chủ tịch BCH Tổng Liên đoàn Lao động Việt Nam."
    )
    assert ("Chủ tịch", "Trung ương Hội Nông dân Việt Nam") in people["Lương Văn Đoàn"]
    assert people["Lý Thị Mai"] == {("Phó Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam")}


def test_a_plural_title_is_held_by_each_of_those_listed_after_it():
    people = posts_of("Dự có các Phó Chủ tịch UBND huyện: Lý Văn Hai và Triệu Thị Ba; ông Hoàng Văn Tư, Trưởng phòng Nội vụ.")
    assert people["Lý Văn Hai"] == people["Triệu Thị Ba"] == {("Phó Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}
    assert people["Hoàng Văn Tư"] == {("Trưởng phòng", "Phòng Nội vụ huyện Hải Hà")}
    # a singular title is the first one's alone
    people = posts_of("Dự có Phó Chủ tịch UBND huyện Lý Văn Hai, ông Triệu Văn Ba và bà Hoàng Thị Tư.")
    assert people["Triệu Văn Ba"] == people["Hoàng Thị Tư"] == set()
    # how many hold it, said before the title or before the names with it after them
    for told in (
        "Hai Phó Chủ tịch UBND huyện Lý Văn Hai và Triệu Thị Ba dự hội nghị.",
        "Dự có 2 Phó Chủ tịch UBND huyện là Lý Văn Hai và Triệu Thị Ba.",
        "Hai đồng chí Lý Văn Hai và Triệu Thị Ba, Phó Chủ tịch UBND huyện trao Giấy khen.",
    ):
        people = posts_of(told)
        assert people["Lý Văn Hai"] == people["Triệu Thị Ba"] == {("Phó Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}, told
    # negative: a day's number before a singular title counts no holders
    for day in ("Ngày 20/3 ", "Tháng 3 "):
        people = posts_of(day + "Phó Chủ tịch UBND huyện Lý Văn Hai và bà Triệu Thị Ba dự hội nghị.")
        assert people["Triệu Thị Ba"] == set(), day


def test_the_issuer_of_a_decision_named_before_a_comma_is_not_the_next_name_s_title():
    # 'Theo Quyết định ... của Chủ tịch nước, Đại tá A, ...': the decision's issuer, then the one it honours
    people = posts_of(
        "Theo Quyết định số 88/QĐ-CTN ngày 3/4/2022 của Chủ tịch nước, Thượng tá Lò Văn Sáu, Phó Chỉ huy trưởng "
        "Bộ Chỉ huy Quân sự tỉnh, được tặng Huân chương Chiến công hạng Ba."
    )
    assert people["Lò Văn Sáu"] == {("Phó Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh Quảng Ninh")}
    people = posts_of("Căn cứ Nghị quyết của Ban Thường vụ Huyện ủy, bà Đinh Thị Nga được khen thưởng.")
    assert people["Đinh Thị Nga"] == set()
    people = posts_of("Theo quyết định khen thưởng của Thủ tướng Chính phủ, ông Vi Văn Bảy được tặng Bằng khen.")
    assert people["Vi Văn Bảy"] == set()
    # a speech is not a decision: 'Phát biểu của Chủ tịch UBND huyện, ông A' names A by his title
    people = posts_of("Trong phát biểu của Chủ tịch UBND huyện, ông Lê Văn Cường nhấn mạnh kết quả.")
    assert people["Lê Văn Cường"] == {("Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}


def test_a_title_printed_right_after_a_name_an_honorific_vouches_for_is_its_post():
    people = posts_of("Thay mặt Hội đồng, đồng chí Đỗ Văn Hiệp Phó Chủ tịch UBND huyện báo cáo kết quả.")
    assert people["Đỗ Văn Hiệp"] == {("Phó Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}
    # without an honorific, a name then a title may be a place: no person is made of it
    people = posts_of("Ngày 25/12, tại xã Quảng Long Trưởng khối thi đua các xã năm 2022 đã tổ chức hội nghị.")
    assert "Quảng Long" not in people


def test_standing_committee_member_and_deputy_chair_with_qualifier():
    people = posts_of("Bà Lý Thị Mai, Ủy viên BTV Huyện ủy, Phó Chủ tịch thường trực UBND huyện Hải Hà dự hội nghị.")
    assert people["Lý Thị Mai"] == {
        ("Ủy viên Ban Thường vụ", "Huyện ủy Hải Hà"),
        ("Phó Chủ tịch Thường trực", "Ủy ban nhân dân huyện Hải Hà"),
    }


def test_title_before_the_name_needs_a_body():
    people = posts_of("Phó Chủ tịch UBND tỉnh Quảng Ninh Ngô Hoàng Ngân dự và phát biểu tại huyện Hải Hà.")
    assert people["Ngô Hoàng Ngân"] == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ninh")}


def test_a_commune_s_office_holder_named_right_after_the_commune():
    # a commune the gazetteer does not list: its name keeps two words at least, the full name after it is the holder
    people = posts_of("Bí thư Đảng ủy xã Quảng Minh Hoàng Văn Tám cho biết, năm qua xã đạt nhiều kết quả.")
    assert people["Hoàng Văn Tám"] == {("Bí thư", "Đảng ủy xã Quảng Minh")}
    people = posts_of("Chủ tịch UBND phường Trần Phú Lê Thị Hoa phát biểu.")  # the commune's own name begins with a family name
    assert people["Lê Thị Hoa"] == {("Chủ tịch", "Ủy ban nhân dân phường Trần Phú")}
    # a commune's name alone stays whole, though it reads like a person's
    people = posts_of("Chủ tịch UBND phường Hoàng Văn Thụ cho biết, năm qua phường đạt nhiều kết quả.")
    assert not any(name.startswith("Văn Thụ") or name == "Hoàng Văn Thụ" for name in people)


def test_an_ede_man_s_name_opens_with_y_and_ends_with_his_clan():
    people = posts_of("Dự lễ có đồng chí Y Thanh Hà Niê Kđăm, nguyên Chủ tịch Quốc hội.")
    assert "Y Thanh Hà Niê Kđăm" in people and "Hà Niê Kđăm" not in people
    people = posts_of("Ông Y Biêr Niê, Phó Chủ tịch UBND tỉnh Đắk Lắk phát biểu tại huyện Hải Hà.")
    assert people["Y Biêr Niê"] == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Đắk Lắk")}
    # without a clan it is no name: 'Y Tý' is a commune
    assert not any(name.startswith("Y ") for name in posts_of("Đoàn công tác đến thăm xã Y Tý, Bát Xát."))
    # a clan in its other spelling ('Ksơr' beside 'Ksor'), and a caption without an honorific
    assert posts_of("Y Nam Ksơr, Phó Bí thư Huyện ủy Krông Pắc phát biểu.")["Y Nam Ksơr"] == {("Phó Bí thư", "Huyện ủy Krông Pắc")}
    # a Kinh family name after 'Y' and a word is no clan: 'Đại học Y Dược Thái Bình' names no person, and a place
    doc, facts = article(
        "Trường Đại học Y Dược Thái Bình đón nhận Huân chương\n14/11/2023\nSáng 13/11, Trường Đại học Y Dược Thái Bình "
        "tổ chức Lễ đón nhận Huân chương Lao động hạng Nhất.\nTuấn Anh\n"
    )
    assert not any(p.name.startswith("Y ") for p in facts.people) and doc.place.province.name == "Thái Bình"


def test_an_ede_woman_s_name_opens_with_h_and_ends_with_her_clan():
    people = posts_of("Tới dự có bà H Lan Kđoh, Phó Chủ tịch Hội LHPN tỉnh Đắk Lắk và chị H'Mai Ayŭn phát biểu.")
    assert people["H Lan Kđoh"] == {("Phó Chủ tịch", "Hội Liên hiệp Phụ nữ tỉnh Đắk Lắk")}
    assert "H'Mai Ayŭn" in people
    # a Jrai name opens with its clan ('Rơ Mah')
    assert "Rơ Mah Thuận" in posts_of("Ông Rơ Mah Thuận, Bí thư Đảng ủy xã Ia Pết phát biểu.")
    # without a clan it is no name: an 'H' before a word is not a woman's name by itself
    assert not any(name.startswith("H") for name in posts_of("Đoàn đến thăm buôn H Drai, huyện Hải Hà."))


def test_names_listed_after_the_calling_an_award_is_given_to_are_people():
    people = posts_of("Ông Hà Văn Lực trao danh hiệu Nghệ sĩ Ưu tú cho các nghệ sĩ: Vũ Thị Lan, Đào Văn Hợp và Lê Thu Hà.")
    assert {"Vũ Thị Lan", "Đào Văn Hợp", "Lê Thu Hà"} <= set(people)
    assert {"Lê Minh Khôi", "Hà Thu Trang"} <= set(posts_of("UBND huyện tặng Giấy khen cho các em học sinh: Lê Minh Khôi và Hà Thu Trang."))
    # negative: bodies listed after their kind are no people
    assert set(posts_of("UBND huyện tặng Giấy khen cho các xã: Đồng Tâm, Đồng Lạc.")) == {"Phan Minh Đức"}


def test_a_name_after_a_calling_is_a_person():
    people = posts_of("Bác sĩ Nguyễn Thị Lan phát biểu; cựu chiến binh Lý Văn Sáng và học sinh Trần Minh Khôi dự lễ tại huyện Hải Hà.")
    assert {"Nguyễn Thị Lan", "Lý Văn Sáng", "Trần Minh Khôi"} <= set(people)
    # a calling before no name, or before a place, names no one
    people = posts_of("Các bác sĩ Bệnh viện huyện và giáo viên Trường THCS Lê Lợi dự lễ; đoàn công tác đến huyện Cô Tô.")
    assert set(people) == {"Phan Minh Đức"}


def test_caption_with_a_name_and_chain_but_no_honorific():
    people = posts_of("Các đại biểu dự hội nghị tại huyện Hải Hà.\nLê Quang Vinh, Chủ tịch UBND huyện trao Giấy khen cho các tập thể")
    assert people["Lê Quang Vinh"] == {("Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}


def test_capitalised_places_bodies_and_ideologies_are_not_people():
    people = posts_of(
        "Huyện Hải Hà đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. "
        "Kỷ niệm 133 năm ngày sinh Chủ tịch Hồ Chí Minh được tổ chức trang trọng. Quảng Ninh Hải Hà Đầm Hà đều đạt chuẩn."
    )
    assert set(people) == {"Phan Minh Đức"}  # the author only


def test_author_is_a_person_with_no_post():
    people = posts_of("UBND huyện Hải Hà tổng kết công tác thi đua năm 2022.")
    assert people["Phan Minh Đức"] == set()


def test_namesakes_in_two_provinces_get_two_iris_and_one_person_one():
    assert person_iri("Nguyễn Văn Hùng", "quang-ninh") == person_iri("Nguyễn Văn Hùng", "quang-ninh")
    assert person_iri("Nguyễn Văn Hùng", "quang-ninh") != person_iri("Nguyễn Văn Hùng", "lang-son")


def test_national_offices_and_central_committee_membership():
    people = posts_of(
        "Dự lễ có Phó Chủ tịch nước Đinh Văn Lâm; đồng chí Hầu Minh Khải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Quảng Ninh tại huyện Hải Hà."
    )
    assert people["Đinh Văn Lâm"] == {("Phó Chủ tịch nước", None)}
    assert people["Hầu Minh Khải"] == {
        ("Ủy viên", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"),  # a title that names its body: the role alone
        ("Bí thư", "Tỉnh ủy Quảng Ninh"),
    }
    people = posts_of(
        "Dự lễ có đồng chí Lò Văn Sáng, Ủy viên Bộ Chính trị, Phó Chủ tịch Quốc hội; ông Vi Văn Tài, nguyên Chủ tịch Quốc hội."
    )
    assert people["Lò Văn Sáng"] == {("Ủy viên", "Bộ Chính trị"), ("Phó Chủ tịch", "Quốc hội")}
    assert people["Vi Văn Tài"] == {("nguyên Chủ tịch", "Quốc hội")}
    # the chain before the name, with no honorific
    people = posts_of("Phát biểu tại buổi lễ, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trung ương Đảng Lò Văn Sáng nhấn mạnh.")
    assert people["Lò Văn Sáng"] == {("Ủy viên", "Bộ Chính trị"), ("Thường trực", "Ban Bí thư")}


def test_boards_a_title_names_in_lower_case_after_its_ban():
    people = posts_of(
        "Dự có Hòa thượng Thích Thanh Hải, Trưởng ban Trị sự GHPGVN huyện Hải Hà; ông Lò Văn Sơn, Trưởng ban Thanh tra nhân"
        " dân xã Quảng Long; ông Vi Văn Tám, Phó Trưởng ban Quản lý dự án đầu tư xây dựng huyện."
    )
    assert people["Thích Thanh Hải"] == {("Trưởng ban", "Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Hải Hà")}
    assert people["Lò Văn Sơn"] == {("Trưởng ban", "Ban Thanh tra nhân dân xã Quảng Long")}
    assert people["Vi Văn Tám"] == {("Phó Trưởng ban", "Ban Quản lý dự án đầu tư xây dựng huyện Hải Hà")}
    # the council's committee with 'ban' in lower case is the council's, not the province's board of the same name
    people = posts_of("Dự có ông Lò Văn Sơn, Phó trưởng ban Dân tộc HĐND tỉnh; bà Vi Thị Mai, Trưởng ban Tiếp công dân huyện.")
    assert people["Lò Văn Sơn"] == {("Phó Trưởng ban", "Ban Dân tộc Hội đồng nhân dân tỉnh Quảng Ninh")}
    assert people["Vi Thị Mai"] == {("Trưởng ban", "Ban Tiếp công dân huyện Hải Hà")}
    # negative: a board of another name is not one of these
    assert posts_of("Dự có ông Lò Văn Sơn, Trưởng ban Dân vận Huyện ủy.")["Lò Văn Sơn"] == {("Trưởng ban", "Ban Dân vận Huyện ủy Hải Hà")}
    assert posts_of("Dự có ông Lò Văn Sơn, Trưởng ban Dân tộc tỉnh.")["Lò Văn Sơn"] == {("Trưởng ban", "Ban Dân tộc tỉnh Quảng Ninh")}


def test_a_full_name_that_names_a_school_after_its_type_is_no_person():
    people = posts_of(
        "UBND huyện tặng Giấy khen cho Trường Tiểu học Hoàng Văn Thụ và Trường Mầm non Lê Thị Hồng Gấm. Cô Vi Thị Hoa, Hiệu "
        "trưởng Trường Tiểu học Hoàng Văn Thụ phát biểu."
    )
    assert set(people) == {"Vi Thị Hoa", "Phan Minh Đức"}
    # negative: a pupil named after the word 'học sinh' is a person
    assert "Lò Văn Sơn" in posts_of("UBND huyện tặng Giấy khen cho em học sinh Lò Văn Sơn.")


def test_the_board_of_members_of_a_state_company_and_its_deputy_chair():
    people = posts_of(
        "Dự có bà Lò Thị Hạnh, Phó Chủ tịch Hội đồng thành viên Agribank; ông Vi Văn Tám, Phó Chủ tịch HĐTV Tập đoàn Điện lực Việt Nam."
    )
    assert people["Lò Thị Hạnh"] == {("Phó Chủ tịch Hội đồng thành viên", "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam")}
    assert people["Vi Văn Tám"] == {("Phó Chủ tịch Hội đồng thành viên", "Tập đoàn Điện lực Việt Nam")}
    # negative: a deputy chair of a committee is that
    assert posts_of("Dự có bà Lò Thị Hạnh, Phó Chủ tịch UBND huyện.")["Lò Thị Hạnh"] == {("Phó Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}


def test_the_state_capital_committee_is_a_national_agency():
    people = posts_of("Ông Lò Văn Sơn, Chủ tịch Ủy ban Quản lý vốn nhà nước tại doanh nghiệp trao Bằng khen cho 2 tập thể.")
    assert people["Lò Văn Sơn"] == {("Chủ tịch", "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp")}
    # negative: a province's committee of another field is not it
    people = posts_of("Ông Lò Văn Sơn, Chủ tịch Ủy ban MTTQ huyện Hải Hà trao Bằng khen cho 2 tập thể.")
    assert people["Lò Văn Sơn"] == {("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Hải Hà")}


def test_an_honorific_is_not_a_family_name_and_a_commune_stops_before_the_verb():
    people = posts_of("Ông Tô Văn Lực, Phó Chủ tịch UBND xã Quảng Long được tặng Giấy khen ở huyện Hải Hà.")
    assert people["Tô Văn Lực"] == {("Phó Chủ tịch", "Ủy ban nhân dân xã Quảng Long")}
    assert "Ông Tô Văn Lực" not in people


def test_a_role_ending_in_the_body_s_first_word():
    people = posts_of(
        "Đến dự có đồng chí Mạc Văn Khôi, Trưởng Ban Tuyên giáo Huyện ủy, Phó Trưởng Ban Thi đua - Khen thưởng tỉnh Quảng Ninh."
    )
    assert people["Mạc Văn Khôi"] == {
        ("Trưởng ban", "Ban Tuyên giáo Huyện ủy Hải Hà"),
        ("Phó Trưởng ban", "Ban Thi đua - Khen thưởng tỉnh Quảng Ninh"),
    }


def test_a_place_whose_first_syllable_is_a_family_name_is_not_a_person():
    people = posts_of("Tại Cao Bằng, Chủ tịch UBND tỉnh đã ký quyết định; Hà Giang, Phó Chủ tịch UBND tỉnh cho biết ở huyện Hải Hà.")
    assert set(people) == {"Phan Minh Đức"}


def test_ranks_degrees_and_agency_heads():
    people = posts_of(
        "Dự có Đại tá Hoàng Văn Sơn, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; PGS.TS Lê Thanh Bình, Giám đốc Sở Y tế; "
        "ông Mai Văn Tú, Chánh Thanh tra huyện; bà Vũ Thị Lan, Bí thư Huyện đoàn Hải Hà."
    )
    assert people["Hoàng Văn Sơn"] == {("Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh Quảng Ninh")}
    assert people["Lê Thanh Bình"] == {("Giám đốc", "Sở Y tế tỉnh Quảng Ninh")}
    assert people["Mai Văn Tú"] == {("Chánh Thanh tra", "Thanh tra huyện Hải Hà")}
    assert people["Vũ Thị Lan"] == {("Bí thư", "Huyện đoàn Hải Hà")}


def test_titles_before_and_after_one_name_are_all_its_posts():
    people = posts_of("Chủ tịch UBND huyện Trần Quốc Việt - Chủ tịch Hội đồng TĐKT huyện phát biểu khai mạc.")
    assert people["Trần Quốc Việt"] == {
        ("Chủ tịch", "Ủy ban nhân dân huyện Hải Hà"),
        ("Chủ tịch", "Hội đồng Thi đua - Khen thưởng huyện Hải Hà"),
    }
    people = posts_of("Bí thư Huyện ủy Lê Minh Hải, Chủ tịch HĐND huyện trao cờ cho các xã.")
    assert people["Lê Minh Hải"] == {("Bí thư", "Huyện ủy Hải Hà"), ("Chủ tịch", "Hội đồng nhân dân huyện Hải Hà")}


def test_a_family_name_the_lexicon_lacks_is_read_after_an_honorific_when_a_title_follows():
    people = posts_of("Đồng chí Mùng Văn Sáng, Phó Chủ tịch UBND huyện dự lễ.")
    assert "Mùng Văn Sáng" in people  # the middle 'Văn' already vouched for it
    people = posts_of("Ông Xồng Bá Dơ, Trưởng phòng Nội vụ huyện trình bày báo cáo.")
    assert people["Xồng Bá Dơ"] == {("Trưởng phòng", "Phòng Nội vụ huyện Hải Hà")}
    people = posts_of("Bà Sần Ngọc Mai, Chủ tịch Hội LHPN huyện phát biểu.")
    assert people["Sần Ngọc Mai"] == {("Chủ tịch", "Hội Liên hiệp Phụ nữ huyện Hải Hà")}
    # without a title after it, a name of unknown family is not read
    assert "Xồng Bá Dơ" not in posts_of("Ông Xồng Bá Dơ đến dự buổi lễ ở huyện Hải Hà.")


def test_a_former_post_keeps_its_nguyen():
    people = posts_of("Đồng chí Lê Văn Tuấn, nguyên Trưởng ban Tuyên giáo Huyện ủy nhận Huy hiệu.")
    assert people["Lê Văn Tuấn"] == {("nguyên Trưởng ban", "Ban Tuyên giáo Huyện ủy Hải Hà")}
    people = posts_of("Nguyên Chủ tịch UBND huyện Hà Văn Bình được tặng Bằng khen.")
    assert people["Hà Văn Bình"] == {("nguyên Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}
    # one said to have held it once is its former holder ('người từng giữ chức', 'từng là', 'từng đảm nhiệm cương vị')
    for once in ("người từng giữ chức", "từng là", "người từng đảm nhiệm cương vị"):
        people = posts_of(f"Dự có ông Lê Văn Tuấn, {once} Chủ tịch UBND huyện.")
        assert people["Lê Văn Tuấn"] == {("nguyên Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}, once
    # negative: one who has done something before holds no former post by it
    assert posts_of("Ông Lê Văn Tuấn từng là người cứu 3 học sinh đuối nước.").get("Lê Văn Tuấn", set()) == set()
    # 'nguyên' as a word of a name or a place is not a former post
    people = posts_of("Bà Vi Thị Nguyên, Chủ tịch UBND xã Quảng Long phát biểu.")
    assert people["Vi Thị Nguyên"] == {("Chủ tịch", "Ủy ban nhân dân xã Quảng Long")}
    # the post held now, after the former one
    people = posts_of("Đồng chí Lê Văn Tuấn, nguyên Chủ tịch UBND huyện, nay là Trưởng Ban Dân vận Huyện ủy phát biểu.")
    assert people["Lê Văn Tuấn"] == {("nguyên Chủ tịch", "Ủy ban nhân dân huyện Hải Hà"), ("Trưởng ban", "Ban Dân vận Huyện ủy Hải Hà")}
    # (what is said of the person now, no title, adds none)
    people = posts_of("Đồng chí Lê Văn Tuấn, nguyên Chủ tịch UBND huyện, nay là hội viên Hội Cựu chiến binh xã, phát biểu.")
    assert people["Lê Văn Tuấn"] == {("nguyên Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}
    # ('hiện là', 'hiện đang là': the same)
    for now in ("hiện là", "hiện đang là"):
        people = posts_of(f"Ông Lê Văn Tuấn, nguyên Phó Chủ tịch UBND huyện, {now} Chủ tịch Hội Cựu chiến binh huyện phát biểu.")
        assert people["Lê Văn Tuấn"] == {
            ("nguyên Phó Chủ tịch", "Ủy ban nhân dân huyện Hải Hà"),
            ("Chủ tịch", "Hội Cựu chiến binh huyện Hải Hà"),
        }, now
    # negative: what is said of the person now, no title, adds none
    people = posts_of("Ông Lê Văn Tuấn, nguyên Phó Chủ tịch UBND huyện, hiện là hội viên Hội Cựu chiến binh xã, phát biểu.")
    assert people["Lê Văn Tuấn"] == {("nguyên Phó Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}


def test_national_party_and_government_posts_name_their_central_body():
    people = posts_of("Tổng Bí thư Tô Lâm và Thủ tướng Chính phủ Phạm Minh Chính gửi thư chúc mừng.")
    assert people["Tô Lâm"] == {("Tổng Bí thư", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam")}
    assert people["Phạm Minh Chính"] == {("Thủ tướng", "Chính phủ")}
    people = posts_of("Phó Thủ tướng Trần Hồng Hà đã ký quyết định.")
    assert people["Trần Hồng Hà"] == {("Phó Thủ tướng", "Chính phủ")}
    # the standing deputy keeps that word of the title; the body is the Government still
    people = posts_of("Dự có đồng chí Trương Hòa Bình, Ủy viên Bộ Chính trị, Phó Thủ tướng Thường trực Chính phủ.")
    assert ("Phó Thủ tướng Thường trực", "Chính phủ") in people["Trương Hòa Bình"]
    people = posts_of("Phó Thủ tướng Thường trực Trương Hòa Bình phát biểu chỉ đạo.")
    assert people["Trương Hòa Bình"] == {("Phó Thủ tướng Thường trực", "Chính phủ")}
    # a national association's central body by 'Trung ương Hội' and the association's name
    people = posts_of(
        "Dự có bà Lê Thị Lam, Phó Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam; ông Hà Văn Bình, Phó Chủ tịch TƯ Hội Khuyến học Việt Nam."
    )
    assert people["Lê Thị Lam"] == {("Phó Chủ tịch", "Trung ương Hội Chữ thập đỏ Việt Nam")}
    assert people["Hà Văn Bình"] == {("Phó Chủ tịch", "Trung ương Hội Khuyến học Việt Nam")}
    # the branch of a place is not the central body
    people = posts_of("Bà Lê Thị Lam, Chủ tịch Hội Chữ thập đỏ huyện phát biểu.")
    assert people["Lê Thị Lam"] == {("Chủ tịch", "Hội Chữ thập đỏ huyện Hải Hà")}


def test_ministries_and_departments_written_short_get_their_full_name():
    people = posts_of("Bộ trưởng Bộ GD&ĐT Nguyễn Kim Sơn và Giám đốc Sở LĐ-TB&XH tỉnh Quảng Ninh Lê Văn Hùng dự lễ.")
    assert people["Nguyễn Kim Sơn"] == {("Bộ trưởng", "Bộ Giáo dục và Đào tạo")}
    assert people["Lê Văn Hùng"] == {("Giám đốc", "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ninh")}


def test_abbreviated_titles():
    people = posts_of("Đ/c Đào Việt Khoa – P.trưởng phòng Nội vụ huyện phát biểu; ông Hà Văn Lộc, PCT UBND huyện dự.")
    assert people["Đào Việt Khoa"] == {("Phó Trưởng phòng", "Phòng Nội vụ huyện Hải Hà")}
    assert people["Hà Văn Lộc"] == {("Phó Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}
    # (the deputy's word written out before the short 'CT': 'Phó CT UBND huyện', 'Phó CT LĐLĐ huyện')
    people = posts_of("Dự có ông Phạm Minh Tuấn, Phó CT UBND huyện; bà Hà Thị Thúy, Phó CT LĐLĐ huyện.")
    assert people["Phạm Minh Tuấn"] == {("Phó Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}
    assert people["Hà Thị Thúy"] == {("Phó Chủ tịch", "Liên đoàn Lao động huyện Hải Hà")}
    # (the deputy's 'P.' before the director's short 'GĐ', as before 'trưởng phòng')
    people = posts_of("Ông Mai Văn Tuấn, P.GĐ Sở Nội vụ dự; bà Lò Thị Hà, P. GĐ Trung tâm Y tế huyện dự.")
    assert people["Mai Văn Tuấn"] == {("Phó Giám đốc", "Sở Nội vụ tỉnh Quảng Ninh")}
    assert people["Lò Thị Hà"] == {("Phó Giám đốc", "Trung tâm Y tế huyện Hải Hà")}
    # negative: 'CT' before no body it heads is no title ('Phó CT' of a company's code)
    assert not posts_of("Ông Phạm Minh Tuấn, Phó CT Hòa Bình, dự lễ.").get("Phạm Minh Tuấn")


def test_a_list_after_a_plural_honorific_gives_every_name_with_or_without_titles():
    people = posts_of("Dự lễ có các đồng chí: Vi Văn Cầu, Bí thư Huyện ủy; Hoàng Văn Nam, Chủ tịch UBND huyện.")
    assert people["Vi Văn Cầu"] == {("Bí thư", "Huyện ủy Hải Hà")}
    assert people["Hoàng Văn Nam"] == {("Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}
    people = posts_of("Huyện truy tặng danh hiệu cho các Mẹ: Nguyễn Thị Tín, Lê Thị Hoa và Phạm Thị Lan ở huyện Hải Hà.")
    assert {"Nguyễn Thị Tín", "Lê Thị Hoa", "Phạm Thị Lan"} <= set(people)
    people = posts_of("Các cá nhân là: Trần Văn Tấn; Nguyễn Văn Châu đã nhận Bằng khen ở huyện Hải Hà.")
    assert {"Trần Văn Tấn", "Nguyễn Văn Châu"} <= set(people)
    # a list of bodies after 'các đơn vị:' is not a list of people
    people = posts_of("Các đơn vị: Trường Tiểu học Quảng Long, Hội Nông dân huyện được khen thưởng.")
    assert set(people) == {"Phan Minh Đức"}


def test_the_title_after_thua_uy_quyen_is_the_delegators_not_the_presenters():
    people = posts_of("Thừa ủy quyền của Chủ tịch UBND tỉnh, Bí thư Huyện ủy Vi Văn Cầu trao Bằng công nhận cho xã ở huyện Hải Hà.")
    assert people["Vi Văn Cầu"] == {("Bí thư", "Huyện ủy Hải Hà")}
    people = posts_of("Thay mặt Chủ tịch UBND tỉnh, Chủ tịch UBND huyện Hải Hà Lê Văn Bình trao Bằng khen.")
    assert people["Lê Văn Bình"] == {("Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}
    # 'thừa lệnh' (by order of) acts for the office after it as well
    people = posts_of("Thừa lệnh Chủ tịch nước, bà Lê Thị Hạnh, Phó Chủ tịch UBND huyện Hải Hà gắn Huân chương lên lá cờ.")
    assert people["Lê Thị Hạnh"] == {("Phó Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}
    # and 'ủy nhiệm' (commissioned by), with or without 'sự'
    people = posts_of("Được sự ủy nhiệm của Chủ tịch nước, ông Lục Văn Tuấn, Phó Chủ tịch UBND huyện Hải Hà đã trao Huân chương.")
    assert people["Lục Văn Tuấn"] == {("Phó Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}
    people = posts_of("Được ủy nhiệm của Thủ tướng Chính phủ, Thứ trưởng Bộ Nội vụ Vũ Đăng Minh trao Cờ thi đua.")
    assert people["Vũ Đăng Minh"] == {("Thứ trưởng", "Bộ Nội vụ")}


def test_a_presidium_s_chu_tich_is_a_body_not_the_title_of_the_one_named_after_it():
    # 'Đoàn Chủ tịch' (the presidium of the Front, a union): who acts for it holds none of its posts
    people = posts_of(
        "Thay mặt Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, ông Lò Văn Sơn, Phó Chủ tịch Ủy ban MTTQ huyện Hải Hà "
        "trao Bằng khen cho 5 tập thể."
    )
    assert people["Lò Văn Sơn"] == {("Phó Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Hải Hà")}
    people = posts_of("Được ủy quyền của đoàn Chủ tịch Trung ương Hội Nông dân Việt Nam, bà Hà Thị Mơ trao Bằng khen.")
    assert people["Hà Thị Mơ"] == set()
    # a member of the presidium holds that post, and a family name 'Đoàn' opens a name, not a presidium
    people = posts_of("Dự có ông Vi Văn Tám, Ủy viên Đoàn Chủ tịch Trung ương Hội Nông dân Việt Nam.")
    assert people["Vi Văn Tám"] == {("Ủy viên Đoàn Chủ tịch", "Trung ương Hội Nông dân Việt Nam")}
    people = posts_of("Dự có ông Hoàng Văn Đoàn, Chủ tịch UBND huyện Hải Hà.")
    assert people["Hoàng Văn Đoàn"] == {("Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}


def test_martyrs_named_after_their_mothers_are_people():
    people = posts_of("Mẹ Hoàng Thị Xuân ở huyện Hải Hà có hai con liệt sĩ là Lương Đức Hiền và Nguyễn Hồng Nguyên.")
    assert {"Hoàng Thị Xuân", "Lương Đức Hiền", "Nguyễn Hồng Nguyên"} <= set(people)
    people = posts_of("Mẹ Nguyễn Thị Dần (mẹ liệt sĩ Trần Văn Cảnh) được truy tặng danh hiệu ở huyện Hải Hà.")
    assert {"Nguyễn Thị Dần", "Trần Văn Cảnh"} <= set(people)
    # 'liệt sĩ' before a place or a monument is no person
    assert set(posts_of("Đoàn viếng Nghĩa trang liệt sĩ Hải Hà và Đền thờ liệt sĩ huyện Hải Hà.")) == {"Phan Minh Đức"}


def test_a_bare_title_names_its_holder_unless_the_name_is_inside_another_name():
    people = posts_of("Bộ trưởng Bộ GD&ĐT Nguyễn Kim Sơn dự lễ. Bộ trưởng Nguyễn Kim Sơn trao Bằng khen cho huyện Hải Hà.")
    assert people["Nguyễn Kim Sơn"] == {("Bộ trưởng", "Bộ Giáo dục và Đào tạo")}  # the bare title says no more
    people = posts_of("Năm 1945, Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc.")
    assert people["Hồ Chí Minh"] == {("Chủ tịch", None)}
    people = posts_of(
        "Huyện Hải Hà học tập tư tưởng của Chủ tịch Hồ Chí Minh, làm theo tấm gương đạo đức của Chủ tịch Hồ Chí Minh "
        "và kỷ niệm 131 năm Ngày sinh Chủ tịch Hồ Chí Minh."
    )
    assert "Hồ Chí Minh" not in people


def test_a_bare_title_joined_after_a_holder_of_the_same_office_is_of_its_body():
    for joined, head, deputy in (
        ("Giám đốc Sở Tư pháp Lê Văn Tám và Phó Giám đốc Hà Thị Hoa", ("Giám đốc", "Sở Tư pháp tỉnh Quảng Ninh"), "Phó Giám đốc"),
        ("Chủ tịch UBND huyện Lê Văn Tám, Phó Chủ tịch Hà Thị Hoa", ("Chủ tịch", "Ủy ban nhân dân huyện Hải Hà"), "Phó Chủ tịch"),
        ("Phó Giám đốc Sở Tư pháp Lê Văn Tám cùng Giám đốc Hà Thị Hoa", ("Phó Giám đốc", "Sở Tư pháp tỉnh Quảng Ninh"), "Giám đốc"),
    ):
        people = posts_of(f"{joined} dự hội nghị.")
        assert people["Lê Văn Tám"] == {head} and people["Hà Thị Hoa"] == {(deputy, head[1])}, joined
    # negative: another office joined after them is of no body the text gives
    people = posts_of("Giám đốc Sở Tư pháp Lê Văn Tám và Chủ tịch Hà Thị Hoa dự hội nghị.")
    assert people["Hà Thị Hoa"] != {("Chủ tịch", "Sở Tư pháp tỉnh Quảng Ninh")}


def test_a_post_told_twice_less_exactly_is_one_post():
    people = posts_of(
        "Dự lễ có đồng chí Phạm Quang Sự, Phó Chủ tịch thường trực UBND huyện. Đồng chí Phạm Quang Sự, Phó Chủ tịch UBND huyện trao Bằng."
    )
    assert people["Phạm Quang Sự"] == {("Phó Chủ tịch Thường trực", "Ủy ban nhân dân huyện Hải Hà")}


def test_a_disease_control_centre_by_its_place_in_full_or_as_cdc():
    people = posts_of(
        "Dự có ông Lò Văn Hạnh, Giám đốc CDC tỉnh Quảng Ninh; bà Vi Thị Lan, Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh Quảng Ninh."
    )
    assert people["Lò Văn Hạnh"] == {("Giám đốc", "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Ninh")}
    assert people["Vi Thị Lan"] == {("Phó Giám đốc", "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Ninh")}
    # negative: 'CDC' inside another word, or with no place after it, names no centre
    assert posts_of("Dự có ông Lò Văn Hạnh, Giám đốc CDCX tỉnh Quảng Ninh.")["Lò Văn Hạnh"] != {
        ("Giám đốc", "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Ninh")
    }


def test_schools_banks_unions_and_enterprises_are_bodies_by_their_proper_names():
    people = posts_of(
        "Dự hội nghị có ông Lê Văn Phúc, Phó Hiệu trưởng Trường Đại học Sư phạm TP.HCM; bà Hà Thị Lan, Giám đốc Bệnh viện Đa khoa "
        "Hải Hà; ông Trần Văn Nam, Phó Chủ tịch Công đoàn Giáo dục Việt Nam; ông Vũ Văn Hải, Giám đốc Công ty cổ phần Than Hà Lầm."
    )
    assert people["Lê Văn Phúc"] == {("Phó Hiệu trưởng", "Trường Đại học Sư phạm Thành phố Hồ Chí Minh")}
    assert people["Hà Thị Lan"] == {("Giám đốc", "Bệnh viện Đa khoa Hải Hà")}
    assert people["Trần Văn Nam"] == {("Phó Chủ tịch", "Công đoàn Giáo dục Việt Nam")}
    assert people["Vũ Văn Hải"] == {("Giám đốc", "Công ty cổ phần Than Hà Lầm")}
    # a body of an institution takes it as its owner
    people = posts_of("Ông Lê Hồng Sơn, Phó Chánh Văn phòng Đảng ủy Ngân hàng Nhà nước dự lễ ở huyện Hải Hà.")
    assert people["Lê Hồng Sơn"] == {("Phó Chánh Văn phòng", "Đảng ủy Ngân hàng Nhà nước Việt Nam")}
    # lower-case words after the type word are no proper name
    people = posts_of("Ông Lê Văn Phúc, Hiệu trưởng trường học của xã dự lễ ở huyện Hải Hà.")
    assert people["Lê Văn Phúc"] == {("Hiệu trưởng", None)}


def test_a_bloc_named_in_full_once_is_that_bloc_when_named_short():
    people = posts_of(
        "Sáng 12/1, Khối thi đua số 6 của Ngân hàng Nhà nước tổ chức hội nghị. Bà Phạm Thị Hoàng Anh - Trưởng khối thi đua số 6 - phát biểu."
    )
    assert people["Phạm Thị Hoàng Anh"] == {("Trưởng khối", "Khối thi đua số 6 của Ngân hàng Nhà nước Việt Nam")}


def test_a_city_after_a_title_is_its_chairman_not_a_person():
    people = posts_of("Chủ tịch Hà Nội tặng bằng khen cho quán quân. Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc năm 1948.")
    assert "Hà Nội" not in people and "Hồ Chí Minh" in people


def test_police_heads_and_a_commune_party_secretary_named_beside_the_commune():
    people = posts_of("Thượng tá Lê Văn Em, Phó Trưởng Công an huyện và ông Vi Văn Tám, Trưởng Công an xã Quảng Long dự lễ.")
    assert people["Lê Văn Em"] == {("Phó Trưởng", "Công an huyện Hải Hà")}
    assert people["Vi Văn Tám"] == {("Trưởng", "Công an xã Quảng Long")}
    people = posts_of("Đồng chí Đỗ Văn Giang, Bí thư Đảng ủy, Chủ tịch UBND xã Quảng Long phát biểu.")
    assert people["Đỗ Văn Giang"] == {("Bí thư", "Đảng ủy xã Quảng Long"), ("Chủ tịch", "Ủy ban nhân dân xã Quảng Long")}
    # 'Trưởng' before anything but the police is no role of its own
    # (the name is a person's, with no post)
    assert posts_of("Trưởng thành từ phong trào, Lê Văn Bình nay là doanh nhân ở huyện Hải Hà.").get("Lê Văn Bình") == set()


def test_a_title_before_the_next_name_is_that_persons_and_national_agencies_are_bodies():
    people = posts_of("Chủ tịch nước Trương Tấn Sang, Phó Thủ tướng Nguyễn Xuân Phúc cùng dự lễ ở huyện Hải Hà.")
    assert people["Trương Tấn Sang"] == {("Chủ tịch nước", None)}
    assert people["Nguyễn Xuân Phúc"] == {("Phó Thủ tướng", "Chính phủ")}
    people = posts_of("Dự lễ có Thứ trưởng Bộ GD&ĐT Ngô Thị Minh, Phó Chủ nhiệm Ủy ban Dân tộc Lê Sơn Hải.")
    assert people["Ngô Thị Minh"] == {("Thứ trưởng", "Bộ Giáo dục và Đào tạo")}
    assert people["Lê Sơn Hải"] == {("Phó Chủ nhiệm", "Ủy ban Dân tộc")}
    people = posts_of("Ông Phạm Huy Giang, Trưởng Ban Thi đua - Khen thưởng Trung ương phát biểu.")
    assert people["Phạm Huy Giang"] == {("Trưởng ban", "Ban Thi đua - Khen thưởng Trung ương")}
    # a place after the body is no name
    people = posts_of("Đồng chí Lê Văn An, Bí thư Huyện ủy Hải Hà dự.")
    assert people["Lê Văn An"] == {("Bí thư", "Huyện ủy Hải Hà")}


def test_border_guards_national_and_provincial_and_the_labour_confederation_short():
    people = posts_of(
        "Trung tướng Nguyễn Anh Tuấn, Chính ủy Bộ đội Biên phòng; Đại tá Trần Quốc Khánh, Chỉ huy trưởng Bộ đội Biên phòng "
        "tỉnh Quảng Ninh; ông Vũ Văn Sơn, Phó Chủ tịch Tổng LĐLĐ Việt Nam dự lễ ở huyện Hải Hà."
    )
    assert people["Nguyễn Anh Tuấn"] == {("Chính ủy", "Bộ đội Biên phòng")}
    assert people["Trần Quốc Khánh"] == {("Chỉ huy trưởng", "Bộ đội Biên phòng tỉnh Quảng Ninh")}
    assert people["Vũ Văn Sơn"] == {("Phó Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam")}


def test_a_title_then_its_holder_set_off_by_a_comma_and_an_honorific():
    people = posts_of("Phó Chủ tịch HĐND huyện Hải Hà, ông Lê Văn Bình đã trao Giấy khen cho 12 cá nhân.")
    assert people["Lê Văn Bình"] == {("Phó Chủ tịch", "Hội đồng nhân dân huyện Hải Hà")}
    # the one on whose behalf another hands it over is not the one named after the comma
    people = posts_of("Thay mặt Chủ tịch UBND huyện, ông Lê Văn Bình trao Giấy khen cho 12 cá nhân.")
    assert people["Lê Văn Bình"] == set()


def test_pct_abbreviates_the_deputy_chair_of_a_union_and_the_standing_one():
    people = posts_of("Ông Trần Văn Hải, PCT Thường trực Tổng LĐLĐ Việt Nam và bà Lý Thị Mai, PCT LĐLĐ tỉnh dự lễ.")
    assert people["Trần Văn Hải"] == {("Phó Chủ tịch Thường trực", "Tổng Liên đoàn Lao động Việt Nam")}
    assert people["Lý Thị Mai"] == {("Phó Chủ tịch", "Liên đoàn Lao động tỉnh Quảng Ninh")}


def test_a_headline_about_a_commune_by_its_level_word_takes_the_one_the_body_names():
    _, facts = article(
        "Hội đồng thi đua khen thưởng phường họp xét chọn Người tốt, việc tốt\n16/05/2018 10:00\n"
        "Chiều ngày 16/5/2018, Hội đồng thi đua khen thưởng phường Quang Trung tổ chức họp. "
        "Dự có đồng chí Lê Thị Hằng - Bí thư Đảng ủy, Chủ tịch HĐND phường.\nPhan Minh Đức\n"
    )
    assert {(x.role, x.org.name) for x in facts.person("Lê Thị Hằng").posts} == {
        ("Bí thư", "Đảng ủy phường Quang Trung"),
        ("Chủ tịch", "Hội đồng nhân dân phường Quang Trung"),
    }
    # a body naming two communes of that level leaves the bare one unplaced
    _, facts = article(
        "Phường tổng kết thi đua\n16/05/2018 10:00\nUBND quận biểu dương phường Quang Trung và phường Lê Lợi. "
        "Dự có đồng chí Lê Thị Hằng - Chủ tịch HĐND phường.\nPhan Minh Đức\n"
    )
    assert {(x.role, x.org.name if x.org else None) for x in facts.person("Lê Thị Hằng").posts} != {
        ("Chủ tịch", "Hội đồng nhân dân phường Quang Trung")
    }


def test_a_body_named_by_a_commune_s_level_word_alone_is_the_one_commune_of_that_level_the_body_names():
    # the headline names no commune; 'Đảng ủy phường', 'UBND phường' in the body are the one phường the lead names
    _, facts = article(
        "Trao Giấy khen cho 35 hộ gia đình văn hóa tiêu biểu\n26/06/2024 10:00\n"
        "Ngày 26/6/2024, Ban Chỉ đạo phường Nghĩa Chánh (TP Quảng Ngãi) tổ chức biểu dương gia đình văn hóa. "
        "Bà Phạm Thị Hồng, Bí thư Đảng ủy phường trao Giấy khen của UBND phường cho 35 hộ.\nPhan Minh Đức\n"
    )
    assert {(x.role, x.org.name) for x in facts.person("Phạm Thị Hồng").posts} == {("Bí thư", "Đảng ủy phường Nghĩa Chánh")}
    assert [g.conferrer.name for g in facts.grants] == ["Ủy ban nhân dân phường Nghĩa Chánh"]
    # in words of a xã: 'Chủ tịch UBND xã' is the one xã named
    _, facts = article(
        "Khen thưởng đột xuất cho 3 cá nhân\n02/10/2023 10:00\n"
        "Ngày 2/10/2023, xã Đồng Tâm (huyện Mỹ Đức) khen thưởng các cá nhân bắt giữ đối tượng trộm cắp. "
        "Ông Lê Văn Bình, Chủ tịch UBND xã trao Giấy khen cho 3 cá nhân.\nPhan Minh Đức\n"
    )
    assert {(x.role, x.org.name) for x in facts.person("Lê Văn Bình").posts} == {("Chủ tịch", "Ủy ban nhân dân xã Đồng Tâm")}
    # two phường named: the bare one stays unplaced
    _, facts = article(
        "Trao Giấy khen cho 35 hộ gia đình văn hóa tiêu biểu\n26/06/2024 10:00\n"
        "Ngày 26/6/2024, phường Nghĩa Chánh và phường Lê Hồng Phong (TP Quảng Ngãi) biểu dương gia đình văn hóa. "
        "Bà Phạm Thị Hồng, Bí thư Đảng ủy phường phát biểu.\nPhan Minh Đức\n"
    )
    assert {(x.role, x.org) for x in facts.person("Phạm Thị Hồng").posts} == {("Bí thư", None)}


def test_a_commune_s_report_signed_by_its_body_under_the_text_is_that_commune_s():
    report = (
        "Báo cáo kết quả công tác thi đua 6 tháng đầu năm\n09/07/2023\n1. Kết quả các phong trào thi đua\n"
        "Trong 6 tháng, UBND xã Phúc Lợi phát động nhiều phong trào thi đua. Ông Hà Văn Thịnh, Chủ tịch UBND xã chủ trì.\n"
        "2. Công tác khen thưởng\nUBND xã đã khen thưởng đột xuất 2 tập thể, 5 cá nhân.\n{signed}\n"
    )
    for signed in ("UBND xã Phúc Lợi", "Ủy ban nhân dân xã Phúc Lợi", "ỦY BAN NHÂN DÂN XÃ PHÚC LỢI"):
        # (in full as in short: the line that signs it ends the text)
        _, facts = article(report.format(signed=signed))
        assert {(x.role, x.org.name) for x in facts.person("Hà Văn Thịnh").posts} == {("Chủ tịch", "Ủy ban nhân dân xã Phúc Lợi")}
        assert [g.conferrer.name for g in facts.grants] == ["Ủy ban nhân dân xã Phúc Lợi"] * 2, signed
    # negative: signed by another body, the commune stays unsaid
    _, facts = article(report.format(signed="Phòng Nội vụ huyện"))
    assert {(x.role, x.org) for x in facts.person("Hà Văn Thịnh").posts} == {("Chủ tịch", None)}


def test_a_commune_s_party_committee_named_by_its_level_word_in_an_article_about_no_commune_is_not_the_district_s():
    people = posts_of("Ông Lê Văn An, Bí thư Đảng ủy xã, Chủ tịch HĐND xã phát biểu; ông Hà Văn Bình, Bí thư Huyện ủy dự.")
    assert people["Lê Văn An"] == {("Bí thư", None), ("Chủ tịch", None)}
    assert people["Hà Văn Bình"] == {("Bí thư", "Huyện ủy Hải Hà")}
    people = posts_of("Bà Lý Thị Mai, Phó Bí thư Đảng ủy phường trao Giấy khen cho 35 hộ.")
    assert people["Lý Thị Mai"] == {("Phó Bí thư", None)}
    # a commune named with it is its own
    assert posts_of("Ông Lê Văn An, Bí thư Đảng ủy xã Quảng Long phát biểu.")["Lê Văn An"] == {("Bí thư", "Đảng ủy xã Quảng Long")}


def test_a_commune_s_body_left_unnamed_in_a_chain_is_of_the_commune_another_of_its_titles_names():
    # one person's titles are of one commune: the Party committee before the commune's committee, named after it
    people = posts_of("Dự có ông Lê Văn An, Phó Bí thư Đảng ủy xã, Chủ tịch UBND xã Quảng Long.")
    assert people["Lê Văn An"] == {("Phó Bí thư", "Đảng ủy xã Quảng Long"), ("Chủ tịch", "Ủy ban nhân dân xã Quảng Long")}
    # any body of the commune; the chain goes on past the unnamed one, by a comma or by 'kiêm'
    people = posts_of("Ông Hoàng Văn Tư, Chủ tịch UBND phường, Trưởng Công an phường Hồng Hải phát biểu.")
    assert people["Hoàng Văn Tư"] == {("Chủ tịch", "Ủy ban nhân dân phường Hồng Hải"), ("Trưởng", "Công an phường Hồng Hải")}
    people = posts_of("Bà Lý Thị Mai, Chủ tịch Ủy ban MTTQ xã kiêm Chủ tịch Hội Nông dân xã Quảng Long trao quà.")
    assert people["Lý Thị Mai"] == {
        ("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Quảng Long"),
        ("Chủ tịch", "Hội Nông dân xã Quảng Long"),
    }
    # no commune named in the chain: the titles stay unplaced, and the next person's commune is not theirs
    people = posts_of("Dự có ông Lê Văn An, Chủ tịch UBND xã, Trưởng Công an xã; bà Lý Thị Mai, Chủ tịch UBND xã Quảng Long.")
    assert people["Lê Văn An"] == {("Chủ tịch", None), ("Trưởng", None)}
    assert people["Lý Thị Mai"] == {("Chủ tịch", "Ủy ban nhân dân xã Quảng Long")}


def test_an_association_s_general_secretary_is_a_post_in_it():
    people = posts_of("Ông Cao Văn Lâm, Phó Chủ tịch kiêm Tổng Thư ký Hội Chữ thập đỏ huyện phát biểu.")
    assert people["Cao Văn Lâm"] == {
        ("Phó Chủ tịch", "Hội Chữ thập đỏ huyện Hải Hà"),
        ("Tổng Thư ký", "Hội Chữ thập đỏ huyện Hải Hà"),
    }
    assert posts_of("Bà Lý Thị Mai, Phó Tổng Thư ký Hội Luật gia tỉnh phát biểu.")["Lý Thị Mai"] == {
        ("Phó Tổng Thư ký", "Hội Luật gia tỉnh Quảng Ninh")
    }
    # no body after it, no title: a secretary of what is unsaid
    assert posts_of("Ông Cao Văn Lâm, Tổng Thư ký phát biểu tại hội nghị.").get("Cao Văn Lâm", set()) == set()


def test_a_commune_whose_name_ends_in_a_number_keeps_it():
    people = posts_of("Dự có bà Lý Thị Mai, Chủ tịch UBND phường Mỹ Đình 1 và ông Lê Văn An, Chủ tịch UBND phường Mỹ Đình 2.")
    assert people["Lý Thị Mai"] == {("Chủ tịch", "Ủy ban nhân dân phường Mỹ Đình 1")}
    assert people["Lê Văn An"] == {("Chủ tịch", "Ủy ban nhân dân phường Mỹ Đình 2")}
    # the table writes some in Roman numerals, the press in figures
    assert posts_of("Ông Lê Văn An, Bí thư Đảng ủy xã Tam Xuân 1 phát biểu.")["Lê Văn An"] == {("Bí thư", "Đảng ủy xã Tam Xuân 1")}
    # a number after another commune's name is a count
    assert posts_of("Ông Lê Văn An, Chủ tịch UBND xã Quảng Long 12 năm liền phát biểu.")["Lê Văn An"] == {
        ("Chủ tịch", "Ủy ban nhân dân xã Quảng Long")
    }
    # a ward of the 2025 map, which the table of the old communes lacks, keeps its number where its name ends there
    for after in (", tỉnh Tuyên Quang", " (tỉnh Tuyên Quang)", "."):
        people = posts_of(f"Dự có ông Lê Văn An, Chủ tịch UBND phường Hà Giang 1{after}")
        assert people["Lê Văn An"] == {("Chủ tịch", "Ủy ban nhân dân phường Hà Giang 1")}, after
    # an article about such a ward: its bare level word is that ward
    _, facts = article(
        "Phường Mỹ Đình 2 tổng kết năm 2023\n12/01/2024 08:30\nNgày 10/1, UBND phường Mỹ Đình 2 (quận Nam Từ Liêm) tổng kết "
        "công tác năm 2023. Ông Lê Văn An, Chủ tịch UBND phường phát biểu.\nPhan Minh Đức\n"
    )
    assert {(x.role, x.org.name if x.org else None) for x in facts.person("Lê Văn An").posts} == {
        ("Chủ tịch", "Ủy ban nhân dân phường Mỹ Đình 2")
    }


def test_a_party_committee_in_lower_case_ending_a_title_is_the_article_s_commune_s():
    _, facts = article(
        "Xã Tân Lập tổng kết năm 2023\n12/01/2024 08:30\nDự có đồng chí Đinh Văn Tuấn Bí thư đảng ủy, chủ tịch HĐND xã.\nPhan Minh Đức\n"
    )
    assert posts_by_name(facts)["Đinh Văn Tuấn"] == {("Bí thư", "Đảng ủy xã Tân Lập"), ("Chủ tịch", "Hội đồng nhân dân xã Tân Lập")}
    # the party's work in lower case is no body
    _, facts = article("Xã Tân Lập tổng kết năm 2023\n12/01/2024 08:30\nXã chú trọng công tác xây dựng đảng ủy vững mạnh.\nPhan Minh Đức\n")
    assert facts.people and all(p.name == "Phan Minh Đức" for p in facts.people)


def test_a_decision_s_signer_under_its_signature_block_is_a_person_with_the_title_it_signs_under():
    def signer(block: str) -> dict:
        text = (
            "Quyết định tặng Bằng khen của Chủ tịch UBND tỉnh\n12/03/2024 09:00\nQUYẾT ĐỊNH\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH\n"
            "Căn cứ Luật Thi đua, khen thưởng năm 2022;\nĐiều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho 5 tập thể.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n" + block
        )
        doc, facts = article(text)
        return {"author": doc.author, **posts_by_name(facts)}

    found = signer("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nBùi Văn Khắng\n")
    assert found["Bùi Văn Khắng"] == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ninh")} and found["author"] is None
    found = signer("TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nLê Văn Hải\n")
    assert found["Lê Văn Hải"] == {("Chánh Văn phòng", "Văn phòng Ủy ban nhân dân tỉnh Quảng Ninh")}
    # a byline under an article's text is its writer, no signer
    found = signer("Phạm Thu Hà\n")
    assert found["author"] == "Phạm Thu Hà"


def test_a_village_head_s_title_names_the_village():
    assert posts_of("Ông Nguyễn Văn Bé, Trưởng thôn Cợp phát biểu.")["Nguyễn Văn Bé"] == {("Trưởng thôn", "thôn Cợp")}
    assert posts_of("Bà Lò Thị Hoa, Trưởng bản Nà Pàn nhận Giấy khen.")["Lò Thị Hoa"] == {("Trưởng bản", "bản Nà Pàn")}
    assert posts_of("Ông Lê Văn An, Trưởng ấp 3 phát biểu.")["Lê Văn An"] == {("Trưởng ấp", "ấp 3")}
    assert posts_of("Ông Xa Văn Liên, Trưởng xóm Bưa, xã Tân Pheo nhận Bằng khen.")["Xa Văn Liên"] == {("Trưởng xóm", "xóm Bưa")}
    assert posts_of("Bà Lò Thị Mai, Phó Trưởng thôn Nà Sài phát biểu.")["Lò Thị Mai"] == {("Phó Trưởng thôn", "thôn Nà Sài")}
    # a full name after the title is its holder's, not the village's
    assert posts_of("Trưởng thôn Nông Văn Dương cho biết thôn có 95% hộ đạt chuẩn.")["Nông Văn Dương"] == {("Trưởng thôn", None)}
    # and after the village's name, the holder's, the village's ending where it opens
    assert posts_of("Trưởng thôn Nà Pàn Triệu Văn Hải phát biểu.")["Triệu Văn Hải"] == {("Trưởng thôn", "thôn Nà Pàn")}
    assert posts_of("Bí thư Chi bộ, Trưởng bản Cợp Lò Thị Mai cho biết.")["Lò Thị Mai"] == {
        ("Bí thư", "Chi bộ bản Cợp"),
        ("Trưởng bản", "bản Cợp"),
    }
    # the head of an association's branch in a village
    assert posts_of("Ông Lê Văn An, Chi hội trưởng Chi hội Nông dân thôn 3 phát biểu.")["Lê Văn An"] == {
        ("Chi hội trưởng", "Chi hội Nông dân thôn 3")
    }
    assert posts_of("Bà Lò Thị Hoa, Trưởng khu phố 5 phát biểu.")["Lò Thị Hoa"] == {("Trưởng khu phố", "khu phố 5")}
    # a title with no village after it names none
    assert posts_of("Ông Nguyễn Văn Bé, Trưởng thôn cho biết thôn có 95% hộ đạt chuẩn.")["Nguyễn Văn Bé"] == {("Trưởng thôn", None)}
    # but the one village of its kind the article names, where it names one
    said = "Ông Nguyễn Văn Bé, Trưởng ấp cho biết toàn ấp có 95% hộ đạt chuẩn."
    assert posts_of("Tối 13/12, Ban nhân dân ấp Phú Hòa tổ chức Ngày hội. " + said)["Nguyễn Văn Bé"] == {("Trưởng ấp", "ấp Phú Hòa")}
    assert posts_of("Tối 13/12, ấp Phú Hòa và ấp Phú Lợi tổ chức Ngày hội. " + said)["Nguyễn Văn Bé"] == {("Trưởng ấp", None)}


def test_the_chair_of_a_council_named_after_the_honour_it_considers():
    _, facts = article(
        "Hội đồng cấp tỉnh xét tặng danh hiệu Nghệ nhân ưu tú họp lần thứ 4\n26/05/2023 10:00\n"
        "Sáng 25/5/2023, Hội đồng cấp tỉnh xét tặng danh hiệu Nghệ nhân nhân dân, Nghệ nhân ưu tú tỉnh Quảng Ninh tổ chức "
        "phiên họp. Đồng chí Lê Văn An, Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng chủ trì phiên họp. Hội đồng thống nhất "
        "đề nghị Hội đồng cấp Nhà nước xét tặng danh hiệu Nghệ nhân ưu tú cho 11 cá nhân.\nPhan Minh Đức\n"
    )
    council = "Hội đồng cấp tỉnh xét tặng danh hiệu Nghệ nhân nhân dân, Nghệ nhân ưu tú tỉnh Quảng Ninh"
    assert {(x.role, x.org.name) for x in facts.person("Lê Văn An").posts} == {
        ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ninh"),
        ("Chủ tịch", council),
    }
    assert [e.organiser.name.startswith("Hội đồng cấp tỉnh xét tặng danh hiệu") for e in facts.events] == [True]
    assert [(g.award, g.count, g.status) for g in facts.grants] == [("nghe-nhan-uu-tu", 11, "proposed")]


def test_a_delegation_s_full_time_deputy_head():
    people = posts_of("Bà Hà Thị Bình, Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh phát biểu.")
    assert people["Hà Thị Bình"] == {("Phó Trưởng Đoàn chuyên trách", "Đoàn Đại biểu Quốc hội tỉnh Quảng Ninh")}


def test_the_standing_deputy_head_of_a_board():
    people = posts_of("Đồng chí Lý Văn Khánh, Phó Trưởng ban Thường trực Ban Thi đua - Khen thưởng tỉnh phát biểu.")
    assert people["Lý Văn Khánh"] == {("Phó Trưởng ban Thường trực", "Ban Thi đua - Khen thưởng tỉnh Quảng Ninh")}
    people = posts_of("Đồng chí Lý Văn Khánh, Phó Trưởng ban Ban Thi đua - Khen thưởng tỉnh phát biểu.")
    assert people["Lý Văn Khánh"] == {("Phó Trưởng ban", "Ban Thi đua - Khen thưởng tỉnh Quảng Ninh")}


def test_the_sector_s_council_is_the_council_of_the_ministry_or_department_its_chair_heads():
    people = posts_of("Bộ trưởng Bộ Nội vụ Lê Văn Bình - Chủ tịch Hội đồng Thi đua - Khen thưởng ngành chủ trì cuộc họp.")
    assert people["Lê Văn Bình"] == {("Bộ trưởng", "Bộ Nội vụ"), ("Chủ tịch", "Hội đồng Thi đua - Khen thưởng Bộ Nội vụ")}
    # no department beside it: the sector's council, unplaced (not the district's)
    people = posts_of("Ông Lê Văn Bình, Chủ tịch Hội đồng Thi đua - Khen thưởng ngành phát biểu.")
    assert people["Lê Văn Bình"] == {("Chủ tịch", "Hội đồng Thi đua - Khen thưởng ngành")}


def test_titles_of_one_chain_joined_by_spaced_dashes():
    people = posts_of("Đồng chí Lê Văn Bình - Phó Chủ tịch UBND huyện - Phó Chủ tịch Hội đồng Thi đua - Khen thưởng huyện phát biểu.")
    assert people["Lê Văn Bình"] == {
        ("Phó Chủ tịch", "Ủy ban nhân dân huyện Hải Hà"),
        ("Phó Chủ tịch", "Hội đồng Thi đua - Khen thưởng huyện Hải Hà"),
    }
    # a dash before words that are no title ends the chain
    people = posts_of("Đồng chí Lê Văn Bình - Chủ tịch UBND huyện - người gắn bó với phong trào phát biểu.")
    assert people["Lê Văn Bình"] == {("Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}


def test_the_secretary_of_a_party_cell_is_the_cell_s_not_the_district_committee_s():
    people = posts_of("Ông Vy Văn Tám, Bí thư Chi bộ thôn Nà Pàn trao giấy khen cho các hộ gia đình.")
    assert people["Vy Văn Tám"] == {("Bí thư", "Chi bộ thôn Nà Pàn")}
    people = posts_of("Bà Lê Thị Hoa, Bí thư Chi bộ Trường THCS Hải Hà phát biểu.")
    assert people["Lê Thị Hoa"] == {("Bí thư", "Chi bộ Trường THCS Hải Hà")}
    # a bare 'Bí thư' still takes the committee the article is about
    people = posts_of("Ông Đặng Văn Hòa, Bí thư Huyện ủy phát biểu.")
    assert people["Đặng Văn Hòa"] == {("Bí thư", "Huyện ủy Hải Hà")}


def test_heads_of_agencies_and_their_agencies():
    people = posts_of("Thiếu tướng Lò Văn Tám, Phó Cục trưởng Cục Công tác đảng và công tác chính trị, Bộ Công an trao Huân chương.")
    assert people["Lò Văn Tám"] == {("Phó Cục trưởng", "Cục Công tác đảng và công tác chính trị")}
    people = posts_of("Ông Hà Văn Sơn, Chi cục trưởng Chi cục Thuế khu vực phát biểu.")
    assert people["Hà Văn Sơn"] == {("Chi cục trưởng", "Chi cục Thuế khu vực")}


def test_a_party_cell_named_in_either_case_and_one_left_unnamed():
    assert posts_of("Ông Lương Văn Sáu, Bí thư chi bộ thôn Khe Lầy được tặng Giấy khen.")["Lương Văn Sáu"] == {
        ("Bí thư", "Chi bộ thôn Khe Lầy")
    }
    # 'Bí thư Chi bộ' with no name after it is no district's committee: the cell of the village the next title heads
    assert posts_of("Ông Lương Văn Sáu, Bí thư Chi bộ, Trưởng thôn Khe Lầy được tặng Giấy khen.")["Lương Văn Sáu"] == {
        ("Bí thư", "Chi bộ thôn Khe Lầy"),
        ("Trưởng thôn", "thôn Khe Lầy"),
    }
    assert posts_of("Ông Lương Văn Sáu, Bí thư Chi bộ, Chủ tịch UBND huyện được tặng Giấy khen.")["Lương Văn Sáu"] == {
        ("Bí thư", None),
        ("Chủ tịch", "Ủy ban nhân dân huyện Hải Hà"),
    }


def test_an_acting_post_keeps_its_quyen():
    assert posts_of("Đồng chí Lò Thị Sen, Quyền Giám đốc Sở Nội vụ tỉnh phát biểu.")["Lò Thị Sen"] == {
        ("Quyền Giám đốc", "Sở Nội vụ tỉnh Quảng Ninh")
    }
    assert posts_of("Quyền Chủ tịch UBND huyện Mã Văn Sơn phát biểu.")["Mã Văn Sơn"] == {("Quyền Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}
    # written short, 'Q.' ('Q. Giám đốc', 'Q.Chủ tịch')
    people = posts_of("Dự có bà Lê Thị Bình, Q. Giám đốc Sở Y tế; ông Lê Văn Khải, Q.Chủ tịch UBND huyện.")
    assert people["Lê Thị Bình"] == {("Quyền Giám đốc", "Sở Y tế tỉnh Quảng Ninh")}
    assert people["Lê Văn Khải"] == {("Quyền Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}
    # negative: 'Q.' before a name is a district's ('Q. Hoàn Kiếm'), no acting post
    assert posts_of("Ông Lê Văn Khải, Chủ tịch UBND Q. Hoàn Kiếm phát biểu.")["Lê Văn Khải"] != {("Quyền Chủ tịch", None)}


def test_the_quyen_of_delegated_by_is_no_acting_post():
    # 'Thừa ủy quyền Chủ tịch nước, ông A': the title is the delegator's, and its 'quyền' is 'ủy quyền', not 'Quyền'
    assert posts_of("Thừa ủy quyền Chủ tịch nước, ông Đinh Văn Khải trao Huân chương Lao động hạng Ba.")["Đinh Văn Khải"] == set()
    assert posts_of("Được Uỷ quyền Thủ tướng Chính phủ, bà Hà Thị Nga, Phó Chủ tịch UBND tỉnh trao Bằng khen.")["Hà Thị Nga"] == {
        ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ninh")
    }
    # negative: an acting holder set off by a comma keeps 'Quyền'
    assert posts_of("Quyền Chủ tịch nước, ông Võ Văn Thưởng ký quyết định.")["Võ Văn Thưởng"] == {("Quyền Chủ tịch nước", None)}


def test_heads_of_teams_stations_and_battalions_are_titles():
    people = posts_of("Dự lễ có ông Trần Văn Hưng, Đội trưởng; bà Hà Thị Mai, Phó Đội trưởng và ông Lê Văn Nam, Trạm trưởng.")
    assert people["Trần Văn Hưng"] == {("Đội trưởng", None)} and people["Hà Thị Mai"] == {("Phó Đội trưởng", None)}
    assert people["Lê Văn Nam"] == {("Trạm trưởng", None)}
    # negative: the words in a body's name are no title ('Đội Cảnh sát', 'Trạm Y tế')
    assert set(posts_of("Đội Cảnh sát giao thông và Trạm Y tế xã nhận Giấy khen.")) == {"Phan Minh Đức"}


def test_the_head_of_a_whole_bank_is_no_branch_s_and_names_keep_their_lowercase_compounds():
    people = posts_of(
        "Dự có ông Dương Quyết Thắng, Tổng Giám đốc NHCSXH; ông Lê Văn An, Giám đốc NHCSXH tỉnh; bà Hà Thị Bình, Tổng Giám đốc "
        "Công ty Cổ phần Cà phê Phước An."
    )
    assert people["Dương Quyết Thắng"] == {("Tổng Giám đốc", "Ngân hàng Chính sách xã hội")}
    assert people["Lê Văn An"] == {("Giám đốc", "Ngân hàng Chính sách xã hội tỉnh Quảng Ninh")}  # negative: a branch's head
    assert people["Hà Thị Bình"] == {("Tổng Giám đốc", "Công ty Cổ phần Cà phê Phước An")}


def test_the_head_of_a_village_s_front_committee_heads_that_committee():
    people = posts_of(
        "Ông Trần Văn Tâm, Trưởng ban Công tác Mặt trận thôn 3 và bà Lê Thị Hoa, Phó Trưởng Ban công tác Mặt trận khu phố Tân Lập dự."
    )
    assert people["Trần Văn Tâm"] == {("Trưởng ban", "Ban Công tác Mặt trận thôn 3")}
    assert people["Lê Thị Hoa"] == {("Phó Trưởng ban", "Ban Công tác Mặt trận khu phố Tân Lập")}
    # negative: a head of a board of no village stays a bare title
    assert posts_of("Ông Trần Văn Tâm, Trưởng ban công tác cơ sở phát biểu.")["Trần Văn Tâm"] == {("Trưởng ban", None)}


def test_a_bare_minister_serves_the_ministry_the_article_is_about():
    body = (
        "Sáng 14/11, Bộ Nội vụ tổ chức Lễ kỷ niệm 75 năm Ngày truyền thống và đón nhận Huân chương Độc lập hạng Nhì.\n"
        "Dự buổi lễ, về phía Bộ có Bộ trưởng Lê Vĩnh Tân; Thứ trưởng Trần Anh Tuấn.\n"
        "Bộ trưởng Lê Vĩnh Tân trao Bằng khen của Bộ trưởng cho 25 tập thể.\n"
    )
    _, facts = article("Bộ Nội vụ đón nhận Huân chương Độc lập hạng Nhì\n15/11/2019\n" + body + "Phan Minh Đức\n")
    posts = posts_by_name(facts)
    assert posts["Lê Vĩnh Tân"] == {("Bộ trưởng", "Bộ Nội vụ")}
    assert posts["Trần Anh Tuấn"] == {("Thứ trưởng", "Bộ Nội vụ")}
    assert [g.conferrer.label for g in facts.grants if g.award == "bang-khen-cap-bo-tinh"] == ["Bộ trưởng Bộ Nội vụ"]


def test_a_bare_minister_is_no_ministry_s_where_the_article_is_not_about_one():
    # a province's article that names a ministry only after its lead sentence, or one that names two
    people = posts_of("Ngày 10/1, huyện tổng kết thi đua. Trường THCS Hải Hà nhận Cờ thi đua của Bộ Nội vụ. Thứ trưởng Trần Anh Tuấn dự.")
    assert people["Trần Anh Tuấn"] == {("Thứ trưởng", None)}
    people = posts_of("Bộ Nội vụ và Bộ Y tế phối hợp tổ chức hội nghị. Dự có Thứ trưởng Trần Anh Tuấn.")
    assert people["Trần Anh Tuấn"] == {("Thứ trưởng", None)}


def test_mothers_named_in_a_list_in_either_case_and_of_families_the_lexicon_lacks():
    people = posts_of("Đồng chí Lê Văn Nam trao Quyết định cho thân nhân các mẹ: mẹ Lò Thị Xuân, mẹ Pờ Mé Tư và mẹ Chu Thị Pà.")
    assert {"Lò Thị Xuân", "Pờ Mé Tư", "Chu Thị Pà"} <= set(people)
    people = posts_of("Dự lễ có các Mẹ: Hoàng Thị Mai, Sùng Mí Dế và Lý Thị Hoa.")
    assert {"Hoàng Thị Mai", "Sùng Mí Dế", "Lý Thị Hoa"} <= set(people)


def test_a_state_title_before_a_name_vouches_for_it():
    people = posts_of("Bà mẹ Việt Nam Anh hùng Lò Thị Xuân và Anh hùng Lực lượng vũ trang nhân dân Hồ Văn Mên dự lễ.")
    assert {"Lò Thị Xuân", "Hồ Văn Mên"} <= set(people)
    # the title counted, or before no name, is no person
    assert set(posts_of("Huyện có 54 Bà mẹ Việt Nam Anh hùng, 3 Anh hùng Lao động còn sống.")) == {"Phan Minh Đức"}


def test_a_city_committee_member_in_a_district_of_a_city_run_by_the_centre():
    def posts(head: str, body: str) -> set[tuple[str | None, str | None]]:
        _, facts = article(head + "\n25/11/2023\n" + body + "\nTrần Mai\n")
        return {(x.role, x.org.name if x.org else None) for p in facts.people if p.name == "Nguyễn Xuân Linh" for x in p.posts}

    assert posts("Huyện Đông Anh biểu dương điển hình", "Dự có đồng chí Nguyễn Xuân Linh, Thành ủy viên, Bí thư Huyện ủy Đông Anh.") == {
        ("Thành ủy viên", "Thành ủy Hà Nội"),
        ("Bí thư", "Huyện ủy Đông Anh"),
    }
    # a city of a province has its own committee
    assert posts(
        "Thành phố Móng Cái biểu dương điển hình", "Dự có đồng chí Nguyễn Xuân Linh, Thành ủy viên, Trưởng Ban Tổ chức Thành ủy."
    ) == {
        ("Thành ủy viên", "Thành ủy Móng Cái"),
        ("Trưởng ban", "Ban Tổ chức Thành ủy Móng Cái"),
    }


def test_spelt_together_abbreviations_of_standing_and_executive_committee_members():
    people = posts_of("Đ/c Phạm Thị Minh Xuân - UVBTV Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy dự hội nghị.")
    assert people["Phạm Thị Minh Xuân"] == {
        ("Ủy viên Ban Thường vụ", "Tỉnh ủy Quảng Ninh"),
        ("Trưởng ban", "Ban Tuyên giáo Tỉnh ủy Quảng Ninh"),
    }


def test_abbreviations_of_the_central_committee_and_the_politburo():
    central = ("Ủy viên", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam")
    for said, expected in (
        ("Đ/c Lê Thị Thủy - UVTW Đảng, Bí thư Tỉnh ủy dự hội nghị.", central),
        ("Đồng chí Lê Thị Thủy, UVTW, Bí thư Tỉnh ủy dự hội nghị.", central),
        ("Đ/c Lê Thị Thủy - UVDKTW Đảng, Bí thư Tỉnh ủy dự hội nghị.", ("Ủy viên dự khuyết", central[1])),
        ("Đ/c Lê Thị Thủy - UVBCT, Bí thư Tỉnh ủy dự hội nghị.", ("Ủy viên", "Bộ Chính trị")),
    ):
        assert posts_of(said)["Lê Thị Thủy"] == {expected, ("Bí thư", "Tỉnh ủy Quảng Ninh")}, said
    # negative: letters that only begin with it are no title
    assert posts_of("Đ/c Lê Thị Thủy - UVTWX, Bí thư Tỉnh ủy dự hội nghị.")["Lê Thị Thủy"] != {central, ("Bí thư", "Tỉnh ủy Quảng Ninh")}


def test_a_post_a_person_is_elected_or_appointed_to():
    _, facts = article(
        TITLE + "Đồng chí Nguyễn Thị Hà được bầu giữ chức Bí thư Huyện đoàn Hải Hà. Ông Lê Văn An tái đắc cử Chủ tịch Hội Nông "
        "dân huyện. Bà Trần Thị Mơ được bổ nhiệm làm Phó Giám đốc Sở Nội vụ.\nPhan Minh Đức\n"
    )
    posts = {p.name: {(x.role, x.org.name, x.newly) for x in p.posts} for p in facts.people}
    assert posts["Nguyễn Thị Hà"] == {("Bí thư", "Huyện đoàn Hải Hà", True)}
    assert posts["Lê Văn An"] == {("Chủ tịch", "Hội Nông dân huyện Hải Hà", False)}  # re-elected: not new to it
    assert posts["Trần Thị Mơ"] == {("Phó Giám đốc", "Sở Nội vụ tỉnh Quảng Ninh", True)}
    # elected to a body, or given an award, is no post
    people = posts_of("Bà Nguyễn Thị Hà được bầu vào Ban Chấp hành. Ông Lê Văn An được bầu là đại biểu dự Đại hội.")
    assert people["Nguyễn Thị Hà"] == set() and people["Lê Văn An"] == set()


def test_posts_in_offices_youth_unions_of_communes_and_culture_centres():
    people = posts_of(
        "Dự có ông Lê Văn Nam, Chánh Văn phòng HĐND và UBND huyện; bà Trần Thị Hoa, Phó Chánh Văn phòng Huyện ủy; "
        "chị Lý Thị Mai, Bí thư Đoàn xã Quảng Long; ông Hà Văn Tư - Giám đốc Trung tâm Văn hóa, Thông tin và Thể thao huyện."
    )
    assert people["Lê Văn Nam"] == {("Chánh Văn phòng", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Hải Hà")}
    assert people["Trần Thị Hoa"] == {("Phó Chánh Văn phòng", "Huyện ủy Hải Hà")}  # a Party committee's office: its own post
    assert people["Lý Thị Mai"] == {("Bí thư", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Quảng Long")}  # not the Huyện ủy's
    assert people["Hà Văn Tư"] == {("Giám đốc", "Trung tâm Văn hóa, Thông tin và Thể thao huyện Hải Hà")}
    # a delegation ('Đoàn công tác') is no youth union
    assert {org for _, org in posts_of("Ông Lê Văn Nam, Trưởng đoàn công tác của tỉnh, phát biểu.")["Lê Văn Nam"]} <= {None}
    # (the office written short: 'Chánh VP HĐND-UBND huyện', 'Phó Chánh VP UBND huyện')
    people = posts_of("Dự có ông Lê Văn Nam, Chánh VP HĐND-UBND huyện; bà Trần Thị Hoa, Phó Chánh VP UBND huyện.")
    assert people["Lê Văn Nam"] == {("Chánh Văn phòng", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Hải Hà")}
    assert people["Trần Thị Hoa"] == {("Phó Chánh Văn phòng", "Văn phòng Ủy ban nhân dân huyện Hải Hà")}


def test_a_bloc_s_head_with_no_bloc_named_after_the_title_heads_the_article_s_one_bloc():
    body = (
        "Ngày 5/3, Cụm thi đua các huyện miền núi tỉnh Quảng Ninh tổ chức Hội nghị ký kết giao ước thi đua. Dự có đồng chí "
        "Vi Văn Sơn, Bí thư Huyện ủy Hải Hà, Cụm trưởng Cụm thi đua; ông Lê Văn Ba, Trưởng khối thi đua."
    )
    people = posts_of(body)
    assert people["Vi Văn Sơn"] == {("Bí thư", "Huyện ủy Hải Hà"), ("Trưởng cụm", "Cụm thi đua các huyện miền núi tỉnh Quảng Ninh")}
    # with two blocs named, the title's bloc is not known
    people = posts_of(body.replace("Hội nghị ký kết", "cùng Khối thi đua các sở, ngành tỉnh Quảng Ninh Hội nghị ký kết"))
    assert ("Trưởng cụm", None) in people["Vi Văn Sơn"]
    # one told shorter in the headline, and in full after: one bloc still
    _, facts = article(
        "Khối thi đua các bệnh viện tuyến Trung ương tổng kết năm 2024\n20/01/2025 09:00\n"
        "Sáng 19/1, Khối thi đua các bệnh viện tuyến Trung ương khu vực phía Bắc tổ chức hội nghị tổng kết. "
        "Dự có ông Đào Xuân Cơ, Giám đốc Bệnh viện Bạch Mai, Trưởng khối.\nMinh Thu\n"
    )
    bloc = "Khối thi đua các bệnh viện tuyến Trung ương khu vực phía Bắc"
    assert ("Trưởng khối", bloc) in posts_by_name(facts)["Đào Xuân Cơ"]
    # so is one told in the headline by some of its words, not its opening alone
    _, facts = article(
        "Khối thi đua các cơ quan Đảng, đoàn thể tỉnh tổng kết năm 2024\n20/01/2025 09:00\n"
        "Sáng 19/1, Khối thi đua các cơ quan Đảng, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh Quảng Ninh tổ chức"
        " hội nghị tổng kết. Dự có bà Lê Thu Trang, Trưởng Ban Dân vận Tỉnh ủy, Trưởng Khối thi đua.\nMinh Thu\n"
    )
    bloc = "Khối thi đua các cơ quan Đảng, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh Quảng Ninh"
    assert ("Trưởng khối", bloc) in posts_by_name(facts)["Lê Thu Trang"]
    # the verb after the bloc's title is no name of a bloc
    people = posts_of(body.replace("Cụm trưởng Cụm thi đua;", "Cụm trưởng Cụm thi đua chủ trì hội nghị;"))
    assert people["Vi Văn Sơn"] == {("Bí thư", "Huyện ủy Hải Hà"), ("Trưởng cụm", "Cụm thi đua các huyện miền núi tỉnh Quảng Ninh")}


def test_a_suspect_named_after_the_calling_the_police_news_gives():
    people = posts_of("Đêm 12/9, nghi phạm Nguyễn Nam Đại Thuận (37 tuổi) bỏ trốn; bị can Lò Văn Pọm đã bị bắt.")
    assert {"Nguyễn Nam Đại Thuận", "Lò Văn Pọm"} <= set(people)


def test_posts_in_the_procuracy_the_social_policy_bank_and_a_border_post():
    people = posts_of(
        "Dự có ông Hà Văn Ba, Giám đốc Ngân hàng Chính sách xã hội huyện; ông Đỗ Văn Em, Viện trưởng VKSND huyện; "
        "Thiếu tá Lò Văn Giang, Đồn trưởng Đồn Biên phòng Pò Hèn; Đại úy Lê Văn Hải, Chính trị viên Đồn Biên phòng Pò Hèn."
    )
    assert people["Hà Văn Ba"] == {("Giám đốc", "Ngân hàng Chính sách xã hội huyện Hải Hà")}  # not 'xã Hội'
    assert people["Đỗ Văn Em"] == {("Viện trưởng", "Viện Kiểm sát nhân dân huyện Hải Hà")}
    assert people["Lò Văn Giang"] == {("Đồn trưởng", "Đồn Biên phòng Pò Hèn")}
    assert people["Lê Văn Hải"] == {("Chính trị viên", "Đồn Biên phòng Pò Hèn")}


def test_a_two_syllable_e_de_name_that_a_list_or_a_title_vouches_for():
    people = posts_of("Cùng dự có các đồng chí: Lê Văn Hòa, Phó Chủ tịch HĐND tỉnh; Y Ngọc, Phó Chủ tịch UBND tỉnh.")
    assert people["Y Ngọc"] == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ninh")}
    assert "Y Ngọc" in posts_of("Ông Y Ngọc, Phó Chủ tịch UBND tỉnh phát biểu.")
    # 'Y' before a word is no name where nothing vouches for one ('Sở Y Tế'); an honorific does ('ông Y Ngọc')
    assert set(posts_of("Sở Y Tế tổ chức hội nghị; ông Y Ngọc dự.")) == {"Phan Minh Đức", "Y Ngọc"}
    assert set(posts_of("Sở Y Tế tổ chức hội nghị; các đại biểu dự.")) == {"Phan Minh Đức"}


def test_a_principal_of_the_school_the_article_is_about():
    _, facts = article(
        "Trường THCS Lý Tự Trọng đón nhận Bằng khen\n06/09/2024\nSáng 5/9, Trường THCS Lý Tự Trọng tổ chức lễ khai giảng. "
        "Cô giáo Nguyễn Thị Lan, Hiệu trưởng nhà trường phát biểu.\nTrần Mai\n"
    )
    assert {(x.role, x.org.name) for p in facts.people if p.name == "Nguyễn Thị Lan" for x in p.posts} == {
        ("Hiệu trưởng", "Trường THCS Lý Tự Trọng")
    }
    # an article about two schools, or about none, leaves the principal's school open
    people = posts_of("Trường THCS Hải Hà và Trường Tiểu học Quảng Long tổ chức lễ. Cô Nguyễn Thị Lan, Hiệu trưởng phát biểu.")
    assert people["Nguyễn Thị Lan"] == {("Hiệu trưởng", None)}


def test_an_agency_named_bare_in_a_title_is_the_one_placed_agency_of_that_name_the_article_names():
    body = "Ngày 5/3, Cục Thuế tỉnh Bình Dương tổ chức hội nghị. Ông Phạm Văn Hùng, Cục trưởng Cục Thuế phát biểu."
    assert posts_of(body)["Phạm Văn Hùng"] == {("Cục trưởng", "Cục Thuế tỉnh Bình Dương")}
    # two placed agencies of that name: which one is not known
    two = body.replace("tổ chức hội nghị", "và Cục Thuế tỉnh Đồng Nai tổ chức hội nghị")
    assert posts_of(two)["Phạm Văn Hùng"] == {("Cục trưởng", "Cục Thuế")}
    # a force named bare is the national one
    force = "Ngày 5/3, Bộ đội Biên phòng tỉnh An Giang tổ chức lễ. Dự có Trung tướng Lê Văn Nam, Chính ủy Bộ đội Biên phòng."
    assert posts_of(force)["Lê Văn Nam"] == {("Chính ủy", "Bộ đội Biên phòng")}


def test_a_unit_s_head_with_no_unit_named_heads_the_one_the_headline_names():
    _, facts = article(
        "Lữ đoàn 147 tổng kết công tác năm 2023\n28/12/2023\nNgày 28/12, Lữ đoàn 147, Vùng 1 Hải quân tổ chức hội nghị. "
        "Đại tá Nguyễn Văn Toản, Chính ủy Lữ đoàn chủ trì hội nghị; Lữ đoàn trưởng tặng Giấy khen cho 8 tập thể.\nPhan Minh Đức\n"
    )
    assert {(p.role, p.org.name if p.org else None) for p in facts.person("Nguyễn Văn Toản").posts} == {("Chính ủy", "Lữ đoàn 147")}
    assert [g.conferrer.label for g in facts.grants] == ["Lữ đoàn trưởng Lữ đoàn 147"]
    # the corps above it, named by its head noun after the title, is the corps the article names
    _, facts = article(
        "Lữ đoàn 147 kỷ niệm 50 năm ngày truyền thống\n28/12/2023\nNgày 28/12, Lữ đoàn 147, Binh chủng Công binh tổ chức lễ kỷ niệm. "
        "Thiếu tướng Lê Văn Nam, Tư lệnh Binh chủng dự và phát biểu.\nPhan Minh Đức\n"
    )
    assert {(p.role, p.org.name if p.org else None) for p in facts.person("Lê Văn Nam").posts} == {("Tư lệnh", "Binh chủng Công binh")}
    # a team's deputy head, the lead naming one team
    _, facts = article(
        "Khen thưởng cán bộ cứu hộ\n05/09/2024\nNgày 3/9, Đội Cảnh sát giao thông Công an huyện Hải Hà tổ chức lễ. "
        "Dự có Trung tá Lê Văn Hải, Đội trưởng; Thiếu tá Lò Văn Tám, Phó Đội trưởng.\nPhan Minh Đức\n"
    )
    for name, role in (("Lê Văn Hải", "Đội trưởng"), ("Lò Văn Tám", "Phó Đội trưởng")):
        assert {(p.role, p.org.name if p.org else None) for p in facts.person(name).posts} == {
            (role, "Đội Cảnh sát giao thông Công an huyện Hải Hà")
        }
    # none where the lead names two teams
    _, facts = article(
        "Khen thưởng cán bộ cứu hộ\n05/09/2024\nNgày 3/9, Đội Cảnh sát giao thông và Đội Cảnh sát hình sự Công an huyện "
        "Hải Hà tổ chức lễ. Dự có Thiếu tá Lò Văn Tám, Phó Đội trưởng.\nPhan Minh Đức\n"
    )
    assert {(p.role, p.org) for p in facts.person("Lò Văn Tám").posts} == {("Phó Đội trưởng", None)}


def test_a_deputy_in_charge_holds_a_post_in_the_body_named_after_the_title():
    people = posts_of("Dự có ông Trần Văn Em, Phó Giám đốc phụ trách Sở Y tế tỉnh Quảng Ninh.")
    assert people["Trần Văn Em"] == {("Phó Giám đốc phụ trách", "Sở Y tế tỉnh Quảng Ninh")}
    # in charge of a board, not a body: the role the table names
    people = posts_of("Dự có ông Trần Văn Em, Phó Giám đốc phụ trách Ban Giám đốc Sở Y tế tỉnh Quảng Ninh.")
    assert {role for role, _ in people["Trần Văn Em"]} == {"Phó Giám đốc phụ trách Ban Giám đốc"}
    # a board's or an office's deputy in charge ('Phó Trưởng ban phụ trách Ban ...', 'Phó Trưởng phòng phụ trách Phòng ...')
    people = posts_of(
        "Dự có ông Trần Văn Em, Phó Trưởng ban phụ trách Ban Thi đua - Khen thưởng tỉnh; bà Lê Thị Na, Phó Trưởng phòng phụ "
        "trách Phòng Nội vụ huyện Tiên Yên."
    )
    assert people["Trần Văn Em"] == {("Phó Trưởng ban phụ trách", "Ban Thi đua - Khen thưởng tỉnh Quảng Ninh")}
    assert people["Lê Thị Na"] == {("Phó Trưởng phòng phụ trách", "Phòng Nội vụ huyện Tiên Yên")}
    # in charge of a field of work, not of a body: the deputy's title alone
    people = posts_of("Dự có ông Trần Văn Em, Phó Trưởng phòng phụ trách công tác thi đua.")
    assert {role for role, _ in people["Trần Văn Em"]} == {"Phó Trưởng phòng"}
    # a front's or an association's deputy chair in charge
    people = posts_of(
        "Dự có ông Trần Văn Em, Phó Chủ tịch phụ trách Ủy ban MTTQ huyện; bà Lê Thị Na, Phó Chủ tịch phụ trách Hội LHPN huyện."
    )
    assert people["Trần Văn Em"] == {("Phó Chủ tịch phụ trách", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Hải Hà")}
    assert people["Lê Thị Na"] == {("Phó Chủ tịch phụ trách", "Hội Liên hiệp Phụ nữ huyện Hải Hà")}
    people = posts_of("Dự có ông Trần Văn Em, Phó Chủ tịch UBND huyện phụ trách khối văn xã.")
    assert people["Trần Văn Em"] == {("Phó Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}


def test_a_person_named_in_full_then_by_honorific_and_given_name_is_the_same_person():
    _, facts = article(
        TITLE + "Ngày 12/9, Công an tỉnh truy tặng Huân chương Dũng cảm cho Thiếu úy Phạm Văn Long. Bộ trưởng Bộ Công an "
        "tặng Bằng khen cho đồng chí Long.\nPhan Minh Đức\n"
    )
    assert sorted((g.award, g.recipient) for g in facts.grants) == [
        ("bang-khen-cap-bo-tinh", "Phạm Văn Long"), ("huan-chuong-dung-cam", "Phạm Văn Long")
    ]  # fmt: skip
    # two people of that given name: which one is not known; nor is one named in full only after
    _, facts = article(TITLE + "Ông Phạm Văn Long và ông Lê Văn Long dự lễ. Bộ trưởng tặng Bằng khen cho đồng chí Long.\nPhan Minh Đức\n")
    assert [g.recipient for g in facts.grants if g.award == "bang-khen-cap-bo-tinh"] in ([], [None])
    _, facts = article(TITLE + "Bộ trưởng tặng Bằng khen cho đồng chí Long. Ông Phạm Văn Long cảm ơn.\nPhan Minh Đức\n")
    assert [g.recipient for g in facts.grants] in ([], [None])


def test_a_given_name_right_before_the_award_it_is_given_is_the_person_named_in_full():
    def recipients(body: str) -> list:
        _, facts = article(TITLE + body + "\nPhan Minh Đức\n")
        return sorted((g.award, g.status, g.recipient) for g in facts.grants)

    said = "Ngày 3/5, em Lò Văn Tâm cứu một bạn đuối nước. Chủ tịch UBND huyện tặng em Tâm Giấy khen."
    assert recipients(said) == [("giay-khen", "conferred", "Lò Văn Tâm")]
    said = "Anh Hoàng Minh Đức dập tắt đám cháy. Huyện đoàn đề nghị Tỉnh đoàn tặng anh Đức Huy hiệu Tuổi trẻ dũng cảm."
    assert recipients(said) == [("huy-hieu", "proposed", "Hoàng Minh Đức")]
    # a second capital that opens no award goes on the name: another person, not him
    said = "Em Lò Văn Tâm cứu một bạn đuối nước. Chủ tịch UBND huyện tặng em Tâm Hoa Giấy khen."
    assert "Lò Văn Tâm" not in [r for _, _, r in recipients(said)]


def test_a_person_named_in_full_then_by_the_last_two_syllables_after_an_honorific_is_the_same_person():
    def people_and_recipients(body: str) -> tuple[list[str], list]:
        _, facts = article(TITLE + body + "\nPhan Minh Đức\n")
        return sorted(p.name for p in facts.people if not p.is_author), [g.recipient for g in facts.grants]

    said = "Ngày 7/3, nhà trường tuyên dương em Nguyễn Thị Thu Trang, học sinh lớp 9A. Hiệu trưởng trao Giấy khen cho em Thu Trang."
    assert people_and_recipients(said) == (["Nguyễn Thị Thu Trang"], ["Nguyễn Thị Thu Trang"])
    said = "Chị Trần Mai Phương cứu 2 em nhỏ. Chủ tịch UBND xã tặng Giấy khen cho chị Mai Phương."
    assert people_and_recipients(said) == (["Trần Mai Phương"], ["Trần Mai Phương"])
    # two full names that end so: which one is not known; one named in full only after is another mention
    said = "Chị Trần Mai Phương và chị Đỗ Mai Phương dự lễ. Chủ tịch UBND xã tặng Giấy khen cho chị Mai Phương."
    assert "Mai Phương" in people_and_recipients(said)[0]
    said = "Chủ tịch UBND xã tặng Giấy khen cho chị Mai Phương. Chị Trần Mai Phương cảm ơn."
    assert "Mai Phương" in people_and_recipients(said)[0]


def test_a_council_left_bare_after_a_title_is_the_one_council_the_article_names():
    body = (
        "Chiều 2/11, Hội đồng Thi đua - Khen thưởng tỉnh Quảng Ninh tổ chức phiên họp. Ông Trần Văn Tam, Chủ tịch UBND "
        "tỉnh, Chủ tịch Hội đồng chủ trì phiên họp."
    )
    assert posts_of(body)["Trần Văn Tam"] == {
        ("Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ninh"), ("Chủ tịch", "Hội đồng Thi đua - Khen thưởng tỉnh Quảng Ninh")
    }  # fmt: skip
    # another council the word begins is not it
    people = posts_of(body.replace("Chủ tịch Hội đồng chủ trì", "Chủ tịch Hội đồng nhân dân tỉnh chủ trì"))
    assert ("Chủ tịch", "Hội đồng nhân dân tỉnh Quảng Ninh") in people["Trần Văn Tam"]
    # two councils named: which one is not known
    two = body.replace("tổ chức phiên họp", "và Hội đồng Thi đua - Khen thưởng huyện Tiên Yên tổ chức phiên họp")
    assert ("Chủ tịch", "Hội đồng Thi đua - Khen thưởng tỉnh Quảng Ninh") not in posts_of(two)["Trần Văn Tam"]


def test_a_commander_with_the_unit_s_kind_alone_commands_the_unit_the_headline_names():
    _, facts = article(
        "Quân khu 9 tổng kết phong trào Thi đua Quyết thắng năm 2024\n21/12/2024\nNgày 20/12, Bộ Tư lệnh Quân khu 9 tổ chức "
        "hội nghị. Trung tướng Nguyễn Xuân Dắt, Tư lệnh Quân khu chủ trì hội nghị.\nPhan Minh Đức\n"
    )
    assert {(p.role, p.org.name if p.org else None) for p in facts.person("Nguyễn Xuân Dắt").posts} == {("Tư lệnh", "Quân khu 9")}
    # a headline that names no unit does not say whose commander
    _, facts = article(
        "Tổng kết phong trào Thi đua Quyết thắng năm 2024\n21/12/2024\nNgày 20/12, Quân khu 9 và Quân khu 7 tổ chức hội nghị. "
        "Trung tướng Nguyễn Xuân Dắt, Tư lệnh Quân khu chủ trì hội nghị.\nPhan Minh Đức\n"
    )
    assert {(p.role, p.org) for p in facts.person("Nguyễn Xuân Dắt").posts} == {("Tư lệnh", None)}


def test_a_bare_institution_word_after_a_title_is_the_one_institution_the_article_names():
    people = posts_of(
        "Trung tâm Y tế huyện Hải Hà tổ chức gặp mặt. Giám đốc Bệnh viện Trần Quốc Khánh báo cáo. "
        "Bệnh viện Đa khoa tỉnh Quảng Ninh đã cử 3 bác sĩ hỗ trợ; Hiệu trưởng nhà trường Lê Thị Hoa phát biểu. "
        "Trường THCS Quảng Long nhận Giấy khen."
    )
    assert people["Trần Quốc Khánh"] == {("Giám đốc", "Bệnh viện Đa khoa tỉnh Quảng Ninh")}  # its director, not its name
    assert people["Lê Thị Hoa"] == {("Hiệu trưởng", "Trường THCS Quảng Long")}
    # an article naming two hospitals names no hospital by the word alone
    two = posts_of("Bệnh viện Bãi Cháy và Bệnh viện Cẩm Phả ký kết hợp tác. Ông Đỗ Văn Minh, Giám đốc Bệnh viện phát biểu.")
    assert two["Đỗ Văn Minh"] == {("Giám đốc", None)}
    # a hospital named after a person is that hospital when the article names no other
    named = posts_of("Giám đốc Bệnh viện Nguyễn Tri Phương phát biểu tại buổi lễ tổng kết.")
    assert "Nguyễn Tri Phương" not in named


def test_a_post_said_with_la_is_held():
    assert posts_of("Chị Lò Thị Nhung là Chủ tịch Hội LHPN xã Mường Lạn từ năm 2015 đến nay.")["Lò Thị Nhung"] == {
        ("Chủ tịch", "Hội Liên hiệp Phụ nữ xã Mường Lạn")
    }
    people = posts_of("Bà Lê Thị Hoa, hiện là Phó Chủ tịch UBND xã Tân Mỹ, cho biết xã có 95% hộ đạt gia đình văn hóa.")
    assert people["Lê Thị Hoa"] == {("Phó Chủ tịch", "Ủy ban nhân dân xã Tân Mỹ")}
    people = posts_of("Ông Nguyễn Văn Tám hiện là Bí thư Chi bộ thôn Đông, đồng thời là Trưởng ban công tác Mặt trận thôn.")
    assert ("Bí thư", "Chi bộ thôn Đông") in people["Nguyễn Văn Tám"]
    # 'là' before no title gives no post
    assert posts_of("Ông Nguyễn Văn An là một trong 10 cá nhân tiêu biểu của huyện năm nay.")["Nguyễn Văn An"] == set()


def test_a_body_named_with_its_place_runs_into_its_head_s_name():
    people = posts_of("Cục trưởng Cục Hải quan Quảng Ninh Nguyễn Văn Thắng trao Giấy khen cho 20 cá nhân.")
    assert people["Nguyễn Văn Thắng"] == {("Cục trưởng", "Cục Hải quan tỉnh Quảng Ninh")}
    # a national body's name ends with the country's
    people = posts_of("Tổng Giám đốc Tập đoàn Điện lực Việt Nam Đặng Hoàng An trao Cờ thi đua cho 3 đơn vị.")
    assert people["Đặng Hoàng An"] == {("Tổng Giám đốc", "Tập đoàn Điện lực Việt Nam")}
    people = posts_of("Chủ tịch Tập đoàn Dầu khí VN Lê Mạnh Hùng trao Cờ thi đua cho 3 đơn vị xuất sắc.")
    assert people["Lê Mạnh Hùng"] == {("Chủ tịch", "Tập đoàn Dầu khí VN")}
    # a name with no place before the holder's stays whole: a hospital named after a person
    assert "Nguyễn Đình Chiểu" not in posts_of("Bệnh viện Đa khoa Nguyễn Đình Chiểu tổ chức lễ kỷ niệm.")


def test_an_honorific_and_a_title_vouch_for_a_name_that_is_also_a_place_or_has_an_unknown_clan():
    people = posts_of("Dự có đồng chí Mai Sơn, Phó Chủ tịch Thường trực UBND huyện; đồng chí Y Khoa Niêk, Phó Chủ tịch HĐND huyện.")
    assert people["Mai Sơn"] == {("Phó Chủ tịch Thường trực", "Ủy ban nhân dân huyện Hải Hà")}
    assert people["Y Khoa Niêk"] == {("Phó Chủ tịch", "Hội đồng nhân dân huyện Hải Hà")}
    # without a title, a place after an honorific stays a place; an Ê Đê opening without one is no name
    assert posts_of("Ông Mai Sơn được tặng giấy khen. Tại Y Tý có 3 hộ được khen.") == {"Phan Minh Đức": set()}


def test_a_bare_agency_head_s_title_heads_the_agency_the_article_names_unless_told_of_another():
    def posts(headline: str, body: str) -> dict[str, set[tuple[str | None, str | None]]]:
        _, facts = article(headline + " tổng kết năm 2023\n12/01/2024 08:30\n" + body + "\nPhan Minh Đức\n")
        return posts_by_name(facts)

    people = posts("Chi cục Thủy sản tỉnh Quảng Ninh", "Bà Vũ Thị Hạnh, Chi cục trưởng phát biểu.")
    assert people["Vũ Thị Hạnh"] == {("Chi cục trưởng", "Chi cục Thủy sản tỉnh Quảng Ninh")}
    # a title told bare again of a person named with another body's is that post
    people = posts("Cục Hải quan tỉnh Quảng Ninh", "Dự có ông Lê Văn Tâm, Cục trưởng Cục Thủy sản. Cục trưởng Lê Văn Tâm phát biểu.")
    assert people["Lê Văn Tâm"] == {("Cục trưởng", "Cục Thủy sản")}


def test_a_party_board_told_bare_among_a_person_s_titles_is_of_the_article_s_own_committee():
    def posts(headline: str, sentence: str) -> dict:
        return posts_by_name(article(f"{headline}\n20/01/2024 09:00\n{sentence}\nPhan Minh Đức\n")[1])

    said = "Bà Lê Thị Hoa, Trưởng Ban Tuyên giáo, Chủ tịch Ủy ban MTTQ tỉnh dự hội nghị."
    found = posts("Tỉnh Quảng Ninh tổng kết công tác thi đua năm 2023", said)
    assert found["Lê Thị Hoa"] == {
        ("Trưởng ban", "Ban Tuyên giáo Tỉnh ủy Quảng Ninh"),
        ("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh"),
    }
    said = "Bà Lê Thị Hoa, Trưởng Ban Dân vận kiêm Chủ tịch Ủy ban MTTQ thành phố dự hội nghị."
    found = posts("Thành phố Hạ Long tổng kết công tác thi đua năm 2023", said)
    assert found["Lê Thị Hoa"] == {
        ("Trưởng ban", "Ban Dân vận Thành ủy Hạ Long"),
        ("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hạ Long"),
    }
    # negative: a board of another body named after it is that body's
    found = posts("Tỉnh Quảng Ninh tổng kết công tác thi đua năm 2023", "Ông Lê Văn An, Trưởng Ban Tuyên giáo Tỉnh đoàn, phát biểu.")
    assert found["Lê Văn An"] == {("Trưởng ban", "Ban Tuyên giáo Tỉnh đoàn Quảng Ninh")}
    # the inspection committee too, in long or short; not an event's organising committee ('Ban Tổ chức')
    for told in ("Chủ nhiệm Ủy ban Kiểm tra, Trưởng Ban Tổ chức Tỉnh ủy", "Chủ nhiệm UBKT kiêm Trưởng Ban Tổ chức Tỉnh ủy"):
        found = posts("Tỉnh Quảng Ninh tổng kết công tác thi đua năm 2023", f"Ông Lê Văn An, {told} dự.")
        assert found["Lê Văn An"] == {("Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy Quảng Ninh"), ("Trưởng ban", "Ban Tổ chức Tỉnh ủy Quảng Ninh")}
    found = posts("Tỉnh Quảng Ninh tổ chức hội thi", "Ông Lê Văn An, Trưởng Ban Tổ chức, cho biết hội thi có 30 đội.")
    assert found["Lê Văn An"] == {("Trưởng ban", None)}


def test_the_standing_deputy_secretary_written_short():
    people = posts_of("Đồng chí Trần Văn Bình, PBT Thường trực Huyện ủy, CT HĐND huyện phát biểu. Ông Lê Văn Hải, PBTTT Huyện ủy dự.")
    assert people["Trần Văn Bình"] == {("Phó Bí thư Thường trực", "Huyện ủy Hải Hà"), ("Chủ tịch", "Hội đồng nhân dân huyện Hải Hà")}
    assert people["Lê Văn Hải"] == {("Phó Bí thư Thường trực", "Huyện ủy Hải Hà")}


def test_a_caption_s_place_in_the_photo_between_a_name_and_its_title_is_skipped():
    people = posts_of(
        "Đồng chí Nguyễn Văn Dũng (thứ 2 từ trái sang), Bí thư Huyện ủy trao Bằng khen. "
        "Bà Phạm Thị Én (bên phải) - Phó Chủ tịch UBND huyện trao Giấy khen."
    )
    assert people["Nguyễn Văn Dũng"] == {("Bí thư", "Huyện ủy Hải Hà")}
    assert people["Phạm Thị Én"] == {("Phó Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}
    # nor is the mark of the photo itself ('(ảnh)', '(trong ảnh)', '(ảnh trên)')
    for mark in ("(ảnh)", "(trong ảnh)", "(ảnh trên)"):
        people = posts_of(f"Đồng chí Nguyễn Văn Dũng {mark}, Bí thư Huyện ủy phát biểu tại hội nghị.")
        assert people["Nguyễn Văn Dũng"] == {("Bí thư", "Huyện ủy Hải Hà")}, mark
    # where someone comes from, in brackets, is no place in a photo: the title after it is not read through it
    assert posts_of("Ông Lê Văn Hải (xã Quảng Long), Trưởng thôn 3 được tặng Giấy khen.")["Lê Văn Hải"] == set()


def test_a_member_of_a_central_committee_of_the_youth_union_or_an_association_is_not_of_the_partys():
    posts = posts_of(
        "Tới dự có đồng chí Ngô Văn Chiến - Ủy viên Ban Chấp hành Trung ương Đoàn; đồng chí Lê Văn An, Ủy viên Ban Chấp "
        "hành Trung ương Hội Nông dân Việt Nam; đồng chí Hà Văn Bình, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy."
    )
    assert posts["Ngô Văn Chiến"] == {("Ủy viên Ban Chấp hành", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")}
    assert posts["Lê Văn An"] == {("Ủy viên Ban Chấp hành", "Trung ương Hội Nông dân Việt Nam")}
    assert ("Ủy viên", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam") in posts["Hà Văn Bình"]


def test_an_alternate_member_of_the_party_s_central_committee_keeps_the_posts_after():
    posts = posts_of("Đồng chí Nguyễn Phi Long, Ủy viên dự khuyết Trung ương Đảng, Bí thư Tỉnh ủy trao Huân chương.")
    assert posts["Nguyễn Phi Long"] == {
        ("Ủy viên dự khuyết", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"), ("Bí thư", "Tỉnh ủy Quảng Ninh")
    }  # fmt: skip
    posts = posts_of("Dự có đồng chí Lê Văn An, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy.")
    assert ("Ủy viên dự khuyết", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam") in posts["Lê Văn An"]
    # (not the youth union's: 'Ủy viên dự khuyết Trung ương Đoàn' names no post of the Party's)
    posts = posts_of("Dự có đồng chí Lê Văn An, Ủy viên dự khuyết Trung ương Đoàn, Bí thư Tỉnh đoàn.")
    assert ("Ủy viên dự khuyết", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam") not in posts.get("Lê Văn An", set())


def test_a_secretary_of_a_party_delegation_holds_it_in_the_body_named_or_the_one_the_next_title_heads():
    posts = posts_of("Ông Nguyễn Văn An, Bí thư Đảng đoàn, Chủ tịch Liên đoàn Lao động tỉnh phát biểu.")
    assert posts["Nguyễn Văn An"] == {
        ("Bí thư", "Đảng đoàn Liên đoàn Lao động tỉnh Quảng Ninh"), ("Chủ tịch", "Liên đoàn Lao động tỉnh Quảng Ninh")
    }  # fmt: skip
    posts = posts_of("Ông Lê Văn Bình, Phó Bí thư Tỉnh ủy, Bí thư Ban cán sự đảng, Chủ tịch UBND tỉnh phát biểu.")
    assert ("Bí thư", "Ban cán sự đảng Ủy ban nhân dân tỉnh Quảng Ninh") in posts["Lê Văn Bình"]
    posts = posts_of("Ông Lê Văn Bình, Bí thư Đảng đoàn Hội Nông dân tỉnh phát biểu.")
    assert posts["Lê Văn Bình"] == {("Bí thư", "Đảng đoàn Hội Nông dân tỉnh Quảng Ninh")}
    # (not a secretary of a Party committee: 'Bí thư Đảng ủy, Giám đốc Công ty X' is the company's committee's)
    posts = posts_of("Ông Lê Văn Bình, Bí thư Huyện ủy, Chủ tịch HĐND huyện phát biểu.")
    assert ("Bí thư", "Huyện ủy Hải Hà") in posts["Lê Văn Bình"]


def test_a_member_of_a_party_delegation_holds_it_in_the_body_the_next_title_heads_and_keeps_that_title():
    posts = posts_of("Dự có đồng chí Trần Văn Tâm, Ủy viên Ban cán sự đảng, Phó Viện trưởng VKSND tối cao.")
    assert posts["Trần Văn Tâm"] == {
        ("Ủy viên", "Ban cán sự đảng Viện Kiểm sát nhân dân tối cao"), ("Phó Viện trưởng", "Viện Kiểm sát nhân dân tối cao")
    }  # fmt: skip
    posts = posts_of("Bà Hà Thị Nga, Ủy viên Đảng đoàn, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh phát biểu.")
    assert ("Ủy viên", "Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh Quảng Ninh") in posts["Hà Thị Nga"]
    assert ("Phó Chủ tịch", "Hội Liên hiệp Phụ nữ tỉnh Quảng Ninh") in posts["Hà Thị Nga"]
    # (a member of the Party committee's standing board is no delegation's: 'Ủy viên Ban Thường vụ Tỉnh ủy')
    posts = posts_of("Dự có ông Lê Văn Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy.")
    assert ("Ủy viên Ban Thường vụ", "Tỉnh ủy Quảng Ninh") in posts["Lê Văn Bình"]
    assert not any(org and org.startswith(("Đảng đoàn", "Ban cán sự")) for _, org in posts["Lê Văn Bình"])


def test_a_name_after_a_title_and_its_place_does_not_open_on_the_place_s_last_word():
    # ('Giang', 'Trà': family names too, which end 'Hà Giang', 'Hương Trà')
    posts = posts_of("Bí thư Tỉnh ủy Hà Giang Đặng Quốc Khánh, Trưởng đoàn đại biểu Quốc hội tỉnh phát biểu.")
    assert set(posts) - {"Phan Minh Đức"} == {"Đặng Quốc Khánh"}
    posts = posts_of("Chủ tịch UBND thị xã Hương Trà Nguyễn Văn Thọ, Trưởng Ban Chỉ đạo chủ trì hội nghị.")
    assert set(posts) - {"Phan Minh Đức"} == {"Nguyễn Văn Thọ"}
    assert ("Chủ tịch", "Ủy ban nhân dân thị xã Hương Trà") in posts["Nguyễn Văn Thọ"]
    # negative: a name of four syllables with no place before it keeps its first ('Trà' opens it)
    posts = posts_of("Bà Trà Thị Mai Anh, Phó Chủ tịch UBND huyện phát biểu.")
    assert set(posts) - {"Phan Minh Đức"} == {"Trà Thị Mai Anh"}
    posts = posts_of("Thầy Nguyễn Hữu Lộc, Hiệu trưởng Trường THCS Hải Hà phát biểu.")
    assert set(posts) - {"Phan Minh Đức"} == {"Nguyễn Hữu Lộc"}


def test_titles_before_a_name_and_after_it_are_one_chain_placed_by_the_place_the_first_names():
    posts = posts_of("Bí thư Huyện ủy Đầm Hà Lê Văn Dũng, Chủ tịch HĐND huyện phát biểu.")
    assert posts["Lê Văn Dũng"] == {("Bí thư", "Huyện ủy Đầm Hà"), ("Chủ tịch", "Hội đồng nhân dân huyện Đầm Hà")}
    posts = posts_of("Bí thư Tỉnh ủy Hà Giang Đặng Quốc Khánh, Trưởng đoàn đại biểu Quốc hội tỉnh phát biểu.")
    assert ("Bí thư", "Tỉnh ủy Hà Giang") in posts["Đặng Quốc Khánh"]
    assert not any(org and org.endswith("Quảng Ninh") for _, org in posts["Đặng Quốc Khánh"])
    # negative: a title before the name that names no place leaves the chain after it to the article's
    posts = posts_of("Phó Chủ tịch UBND tỉnh Lê Văn Dũng, Trưởng Ban Chỉ đạo phát biểu.")
    assert ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ninh") in posts["Lê Văn Dũng"]
    posts = posts_of("Bí thư Huyện ủy Lê Văn Dũng, Chủ tịch HĐND huyện phát biểu.")
    assert posts["Lê Văn Dũng"] == {("Bí thư", "Huyện ủy Hải Hà"), ("Chủ tịch", "Hội đồng nhân dân huyện Hải Hà")}


def test_an_agency_s_name_in_lower_case_ends_before_the_verb_its_head_says():
    posts = posts_of("Trung tướng Đỗ Văn Thiện, Chính ủy Tổng cục Kỹ thuật ôn lại truyền thống 50 năm của Tổng cục.")
    assert posts["Đỗ Văn Thiện"] == {("Chính ủy", "Tổng cục Kỹ thuật")}
    posts = posts_of("Ông Lê Văn Hải, Vụ trưởng Vụ Thi đua - Khen thưởng chia sẻ kinh nghiệm.")
    assert posts["Lê Văn Hải"] == {("Vụ trưởng", "Vụ Thi đua - Khen thưởng")}
    posts = posts_of("Ông Lê Văn Hải, Tổng cục trưởng Tổng cục Dân số chúc mừng các tập thể.")
    assert posts["Lê Văn Hải"] == {("Tổng cục trưởng", "Tổng cục Dân số")}
    # negative: an agency's own words in lower case stay in its name
    posts = posts_of("Ông Lê Văn Hải, Cục trưởng Cục Công nghệ thông tin phát biểu.")
    assert posts["Lê Văn Hải"] == {("Cục trưởng", "Cục Công nghệ thông tin")}


def test_a_public_centre_a_fund_or_a_bank_named_by_its_field_then_its_place_is_that_place_s():
    posts = posts_of("Ông Lê Văn Hải, Giám đốc Trung tâm Dịch vụ nông nghiệp huyện phát biểu.")
    assert posts["Lê Văn Hải"] == {("Giám đốc", "Trung tâm Dịch vụ nông nghiệp huyện Hải Hà")}
    posts = posts_of("Bà Lê Thị Hoa, Phó Giám đốc Trung tâm Quan trắc môi trường tỉnh ôn lại truyền thống.")
    assert posts["Lê Thị Hoa"] == {("Phó Giám đốc", "Trung tâm Quan trắc môi trường tỉnh Quảng Ninh")}
    # (and a fund of a place: 'Quỹ Đầu tư phát triển tỉnh')
    posts = posts_of("Dự có ông Lê Văn Hải, Giám đốc Quỹ Đầu tư phát triển tỉnh.")
    assert posts["Lê Văn Hải"] == {("Giám đốc", "Quỹ Đầu tư phát triển tỉnh Quảng Ninh")}
    # (and a bank of a trade in lower case: 'Ngân hàng TMCP Công thương Việt Nam')
    posts = posts_of("Dự có ông Lê Văn Hải, Giám đốc Ngân hàng TMCP Công thương Việt Nam chi nhánh Quảng Ninh.")
    assert {o.split(" chi nhánh")[0] for _, o in posts["Lê Văn Hải"]} == {"Ngân hàng TMCP Công thương Việt Nam"}
    # negative: a centre's name does not run over what it did to the place's level word
    _, facts = article(TITLE + "Ngày 5/1, Trung tâm Y tế tổ chức tập huấn cho cán bộ huyện.\nPhan Minh Đức\n")
    assert not any("tập huấn" in (o.name if o else "") for e in facts.events for o in [e.organiser])


def test_a_commune_s_party_board_told_without_the_committee_s_name_is_its_party_committee_s():
    posts = posts_of("Dự có ông Lê Văn Hải, Trưởng ban Dân vận xã Quảng Long.")
    assert posts["Lê Văn Hải"] == {("Trưởng ban", "Ban Dân vận Đảng ủy xã Quảng Long")}
    posts = posts_of("Dự có bà Lê Thị Hoa, Phó Trưởng Ban Tuyên giáo thị trấn Quảng Hà.")
    assert posts["Lê Thị Hoa"] == {("Phó Trưởng ban", "Ban Tuyên giáo Đảng ủy thị trấn Quảng Hà")}
    # negative: a district's board is its Party committee's as before, the Huyện ủy's
    posts = posts_of("Dự có ông Lê Văn Hải, Trưởng ban Dân vận Huyện ủy.")
    assert posts["Lê Văn Hải"] == {("Trưởng ban", "Ban Dân vận Huyện ủy Hải Hà")}


def test_a_team_named_by_its_field_and_number_is_a_body_as_written():
    posts = posts_of("Dự có ông Lê Văn Hải, Đội trưởng Đội Quản lý thị trường số 3.")
    assert posts["Lê Văn Hải"] == {("Đội trưởng", "Đội Quản lý thị trường số 3")}
    posts = posts_of("Ông Trần Văn Nam, Phó Đội trưởng Đội Kiểm lâm cơ động số 1 phát biểu.")
    assert posts["Trần Văn Nam"] == {("Phó Đội trưởng", "Đội Kiểm lâm cơ động số 1")}
    # negative: a team of no number is read by its own rows ('Đội Cảnh sát hình sự': the district's force's)
    posts = posts_of("Ông Trần Văn Nam, Đội trưởng Đội Cảnh sát hình sự phát biểu.")
    assert posts["Trần Văn Nam"] == {("Đội trưởng", "Đội Cảnh sát hình sự Công an huyện Hải Hà")}


def test_any_association_s_central_body_and_any_association_of_a_place_are_read_by_their_names_as_written():
    posts = posts_of("Dự có ông Lê Văn Hải, Phó Chủ tịch Trung ương Hội Doanh nhân trẻ.")
    assert posts["Lê Văn Hải"] == {("Phó Chủ tịch", "Trung ương Hội Doanh nhân trẻ Việt Nam")}
    posts = posts_of("Dự có ông Lê Văn Hải, Chủ tịch Hội Sinh vật cảnh huyện.")
    assert posts["Lê Văn Hải"] == {("Chủ tịch", "Hội Sinh vật cảnh huyện Hải Hà")}
    posts = posts_of("Dự có bà Lê Thị Hoa, Phó Chủ tịch Hội Kiến trúc sư tỉnh.")
    assert posts["Lê Thị Hoa"] == {("Phó Chủ tịch", "Hội Kiến trúc sư tỉnh Quảng Ninh")}
    posts = posts_of("Dự có ông Kim Ngọc Thái, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh.")
    assert posts["Kim Ngọc Thái"] == {("Chủ tịch", "Hội Đoàn kết sư sãi yêu nước tỉnh Quảng Ninh")}
    # (the known ones keep their own rows: 'TW Hội Nông dân' is the national farmers' union in full)
    posts = posts_of("Dự có ông Lê Văn Hải, Phó Chủ tịch TW Hội Nông dân.")
    assert posts["Lê Văn Hải"] == {("Phó Chủ tịch", "Trung ương Hội Nông dân Việt Nam")}
    # negative: a gathering's name is no association ('Hội thi', 'Hội nghị'), nor is the whole of a place
    _, facts = article(
        TITLE + "Ngày 5/1, Hội Nghị tỉnh đã thông qua kế hoạch. Hội Cựu Chiến binh toàn huyện có 1.200 hội viên.\nPhan Minh Đức\n"
    )
    assert not [o for o in facts.organisations if o.name.startswith(("Hội Nghị", "Hội Cựu Chiến binh toàn"))]


def test_an_economic_zone_s_board_keeps_the_zone_s_kind_and_name():
    posts = posts_of("Dự có ông Lê Văn Hải, Trưởng ban Ban Quản lý Khu kinh tế mở Chu Lai.")
    assert {o.split(" tỉnh ")[0] for _, o in posts["Lê Văn Hải"]} == {"Ban Quản lý Khu kinh tế mở Chu Lai"}
    posts = posts_of("Dự có ông Lê Văn Hải, Phó Trưởng ban Quản lý Khu kinh tế cửa khẩu Móng Cái.")
    assert {o.split(" tỉnh ")[0] for _, o in posts["Lê Văn Hải"]} == {"Ban Quản lý Khu kinh tế cửa khẩu Móng Cái"}
    # negative: a zone's board named by no zone is the province's
    posts = posts_of("Dự có ông Lê Văn Hải, Trưởng ban Quản lý Khu kinh tế tỉnh.")
    assert posts["Lê Văn Hải"] == {("Trưởng ban", "Ban Quản lý Khu kinh tế tỉnh Quảng Ninh")}


def test_a_board_that_manages_a_forest_a_relic_or_a_market_is_read_by_what_it_manages_and_its_name_or_place():
    posts = posts_of("Dự có ông Lê Văn Hải, Giám đốc Ban Quản lý rừng phòng hộ Hoành Bồ.")
    assert posts["Lê Văn Hải"] == {("Giám đốc", "Ban Quản lý rừng phòng hộ Hoành Bồ")}
    posts = posts_of("Dự có bà Lê Thị Hoa, Trưởng ban Quản lý Di tích tỉnh.")
    assert posts["Lê Thị Hoa"] == {("Trưởng ban", "Ban Quản lý Di tích tỉnh Quảng Ninh")}
    # negative: such a board named by neither is none ('Ban quản lý chợ đã ...': whose, the text does not say)
    _, facts = article(TITLE + "Ngày 5/1, Ban quản lý chợ đã tổ chức dọn dẹp vệ sinh.\nPhan Minh Đức\n")
    assert not [o for o in facts.organisations if o.name.startswith("Ban Quản lý")]


def test_a_party_committee_with_its_level_word_written_again_before_the_name_is_that_place_s():
    posts = posts_of("Dự có ông Lê Văn Hải, Bí thư Thành ủy TP. Hồ Chí Minh.")
    assert posts["Lê Văn Hải"] == {("Bí thư", "Thành ủy Hồ Chí Minh")}
    posts = posts_of("Dự có ông Lê Văn Hải, Phó Bí thư Thành ủy Thành phố Đà Nẵng.")
    assert posts["Lê Văn Hải"] == {("Phó Bí thư", "Thành ủy Đà Nẵng")}
    posts = posts_of("Dự có ông Lê Văn Hải, Bí thư Huyện ủy huyện Tiên Yên.")
    assert posts["Lê Văn Hải"] == {("Bí thư", "Huyện ủy Tiên Yên")}
    # negative: a committee with no place after it is the article's, as before
    posts = posts_of("Dự có ông Lê Văn Hải, Bí thư Huyện ủy, Chủ tịch UBND huyện.")
    assert ("Bí thư", "Huyện ủy Hải Hà") in posts["Lê Văn Hải"]


def test_a_district_level_word_shortened_names_that_type_of_district():
    # ('Kỳ Anh' is both a huyện and a thị xã of Hà Tĩnh: 'TX' names the town)
    posts = posts_of("Dự có ông Lê Văn Hải, Chủ tịch UBND TX Kỳ Anh.")
    assert posts["Lê Văn Hải"] == {("Chủ tịch", "Ủy ban nhân dân thị xã Kỳ Anh")}
    posts = posts_of("Dự có ông Lê Văn Hải, Chủ tịch UBND TX. Kỳ Anh.")
    assert posts["Lê Văn Hải"] == {("Chủ tịch", "Ủy ban nhân dân thị xã Kỳ Anh")}
    # negative: the level word written out still names the huyện
    posts = posts_of("Dự có ông Lê Văn Hải, Chủ tịch UBND huyện Kỳ Anh.")
    assert posts["Lê Văn Hải"] == {("Chủ tịch", "Ủy ban nhân dân huyện Kỳ Anh")}


def test_a_bloc_s_youth_union_named_bare_is_the_one_the_article_names_in_full():
    _, facts = article(
        "Đoàn Khối tuyên dương đoàn viên\n26/03/2024\nTối 25/3, Đoàn Khối các cơ quan tỉnh Quảng Ninh tổ chức Lễ tuyên dương 50 "
        "đoàn viên xuất sắc.\nAnh Lê Quang Tùng, Bí thư Đoàn Khối trao Giấy khen cho 50 đoàn viên.\nBan Thường vụ Đoàn Khối "
        "tặng Giấy khen cho 3 chi đoàn.\nHồng Anh\n"
    )
    posts = posts_by_name(facts)
    assert posts["Lê Quang Tùng"] == {("Bí thư", "Đoàn Khối các cơ quan tỉnh Quảng Ninh")}
    assert "Đoàn Khối" not in posts  # (a family name's word and a bloc's: no person)
    assert [g.conferrer.name for g in facts.grants if g.count == 3] == ["Đoàn Khối các cơ quan tỉnh Quảng Ninh"]
    # (a bloc's youth union named in full stays itself)
    _, facts = article("Đoàn Khối\n26/03/2024\nTối 25/3, Đoàn Khối doanh nghiệp tỉnh Quảng Ninh tổ chức Lễ tuyên dương.\nHồng Anh\n")
    assert [e.organiser.name for e in facts.events] == ["Đoàn Khối doanh nghiệp tỉnh Quảng Ninh"]
    # (its bloc written in capitals, as a name: 'Đoàn Khối Doanh nghiệp tỉnh', which the bare one names too)
    _, facts = article(
        "Đoàn Khối tuyên dương thanh niên\n26/03/2024\nTối 25/3, Đoàn Khối Doanh nghiệp tỉnh Quảng Ninh tổ chức Lễ tuyên dương"
        " 30 thanh niên.\nAnh Lê Quang Tùng, Bí thư Đoàn Khối chủ trì.\nHồng Anh\n"
    )
    assert [e.organiser.name for e in facts.events] == ["Đoàn Khối Doanh nghiệp tỉnh Quảng Ninh"]
    assert posts_by_name(facts)["Lê Quang Tùng"] == {("Bí thư", "Đoàn Khối Doanh nghiệp tỉnh Quảng Ninh")}


def test_a_council_s_secretary_holds_the_post_in_it():
    posts = posts_of("Ông Hoàng Văn Cường, Trưởng phòng Nội vụ, Thư ký Hội đồng Thi đua - Khen thưởng huyện báo cáo.")
    assert ("Thư ký", "Hội đồng Thi đua - Khen thưởng huyện Hải Hà") in posts["Hoàng Văn Cường"]
    # (not a secretary of no body named: an office's job, no post of a body)
    posts = posts_of("Cô Lê Thị Hoa, thư ký tòa soạn, phát biểu.")
    assert not any(role == "Thư ký" for role, _ in posts.get("Lê Thị Hoa", set()))


def test_a_highlands_given_name_that_also_opens_a_body_is_a_name_after_an_honorific():
    posts = posts_of("Tham dự có ông A Tâm - Trưởng Ban Dân tộc tỉnh; ông A Pớt, Phó Bí thư Tỉnh ủy.")
    assert set(posts) >= {"A Tâm", "A Pớt"}
    # a word after 'A' that opens no name is none ('A Đại diện')
    assert "A Đại" not in posts_of("Ông A Đại diện cho đoàn phát biểu.")


def test_standing_deputies_abbreviated_pct_tt_and_pbt_tt():
    posts = posts_of("Dự có đ/c Nguyễn Văn An - UV BTV Tỉnh ủy, PCT TT UBND tỉnh; đ/c Lê Văn Em - PBT TT Huyện ủy.")
    assert ("Phó Chủ tịch Thường trực", "Ủy ban nhân dân tỉnh Quảng Ninh") in posts["Nguyễn Văn An"]
    assert {role for role, _ in posts["Lê Văn Em"]} == {"Phó Bí thư Thường trực"}
    # a standing committee's member written 'UVTV' or 'UV TV' before the committee ('UVTV Huyện ủy, Trưởng Ban ...')
    for said in (
        "UVTV Huyện ủy, Trưởng Ban Dân vận Huyện ủy",
        "UV TV Huyện ủy, Trưởng Ban Dân vận Huyện ủy",
        "UVTV, Trưởng Ban Dân vận Huyện ủy",
    ):
        posts = posts_of(f"Dự có đồng chí Lê Văn Nam, {said}.")
        assert posts["Lê Văn Nam"] == {("Ủy viên Ban Thường vụ", "Huyện ủy Hải Hà"), ("Trưởng ban", "Ban Dân vận Huyện ủy Hải Hà")}, said
    # a member of a commune's or a unit's Party committee ('Đảng ủy viên', 'ĐUV'): the committee its neighbour places
    for said, committee in (
        ("Đảng ủy viên, Trưởng Công an xã Quảng Long", "Đảng ủy xã Quảng Long"),
        ("ĐUV, Phó Chủ tịch UBND xã Quảng Long", "Đảng ủy xã Quảng Long"),
        ("Đảng ủy viên, Phó Giám đốc Công ty Than Hà Lầm", "Đảng ủy Công ty Than Hà Lầm"),
    ):
        assert ("Đảng ủy viên", committee) in posts_of(f"Dự có đồng chí Lê Văn Nam, {said}.")["Lê Văn Nam"], said
    assert posts_of("Dự có đồng chí Lê Văn Nam, Đảng ủy viên.")["Lê Văn Nam"] == {("Đảng ủy viên", None)}  # (none placed)
    # negative: the letters inside another word, or before no committee, are none
    assert posts_of("Dự có đồng chí Lê Văn Nam, phóng viên Đài UVTV1 phát biểu.").get("Lê Văn Nam", set()) == set()


def test_a_title_joined_by_kiem_to_the_next_is_held_in_its_body():
    posts = posts_of("Dự có ông Lê Văn Sáu, Chủ tịch kiêm Giám đốc Công ty Cổ phần Xi măng Hà Tiên và bà Hầu Thị Mai dự lễ ở Hải Hà.")
    assert posts["Lê Văn Sáu"] == {("Chủ tịch", "Công ty Cổ phần Xi măng Hà Tiên"), ("Giám đốc", "Công ty Cổ phần Xi măng Hà Tiên")}
    posts = posts_of("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Hầu A Lềnh dự lễ ở huyện Hải Hà.")
    assert posts["Hầu A Lềnh"] == {("Bộ trưởng", "Ủy ban Dân tộc"), ("Chủ nhiệm", "Ủy ban Dân tộc")}
    # a deputy minister's rank before a deputy's office of such a body, as a minister's before its head's
    for said, body in (
        ("Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc", "Ủy ban Dân tộc"),
        ("Thứ trưởng, Phó Tổng Thanh tra Chính phủ", "Thanh tra Chính phủ"),
        ("Thứ trưởng, Phó Thống đốc Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước Việt Nam"),
    ):
        assert ("Thứ trưởng", body) in posts_of(f"Dự có ông Y Vinh Tơr, {said}.")["Y Vinh Tơr"], said
    # negative: not before a province's office, no ministry's rank
    assert ("Thứ trưởng", None) in posts_of("Dự có ông Trần Văn Em, Thứ trưởng, Phó Chủ tịch UBND tỉnh.")["Trần Văn Em"]
    # not the Party committee of the body after it
    posts = posts_of("Ông Lê Văn Sáu, Giám đốc kiêm Bí thư Đảng ủy Công ty Than Hà Tu dự lễ ở huyện Hải Hà.")
    assert ("Giám đốc", "Đảng ủy Công ty Than Hà Tu") not in posts["Lê Văn Sáu"]


def test_a_party_secretary_abbreviated_bt_before_the_committee():
    posts = posts_of("Dự có ông Vũ Văn Sáu, BT Huyện ủy, CT HĐND huyện Hải Hà; bà Lê Thị Hoa, BT Đảng ủy xã Quảng Long.")
    assert posts["Vũ Văn Sáu"] == {("Bí thư", "Huyện ủy Hải Hà"), ("Chủ tịch", "Hội đồng nhân dân huyện Hải Hà")}
    assert posts["Lê Thị Hoa"] == {("Bí thư", "Đảng ủy xã Quảng Long")}
    # 'BT' before anything else is no title
    posts = posts_of("Ông Vũ Văn Sáu, chủ nhiệm BT Đoàn kết huyện Hải Hà dự lễ.")
    assert not any(role == "Bí thư" for role, _ in posts.get("Vũ Văn Sáu", set()))


def test_a_title_said_of_a_unit_alone_is_of_its_committee():
    # 'Chủ tịch xã', 'Bí thư huyện': as people say them, the People's Committee's chair, the Party committee's secretary
    posts = posts_of(
        "Dự có ông Lê Văn Cường, Chủ tịch xã Quảng Long; bà Hà Thị Thu, Phó Chủ tịch huyện; ông Lý Văn Sơn, Bí thư xã "
        "Quảng Long; ông Vi Văn Tám - Phó Bí thư huyện Hải Hà."
    )
    assert posts["Lê Văn Cường"] == {("Chủ tịch", "Ủy ban nhân dân xã Quảng Long")}
    assert posts["Hà Thị Thu"] == {("Phó Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}
    assert posts["Lý Văn Sơn"] == {("Bí thư", "Đảng ủy xã Quảng Long")}
    assert posts["Vi Văn Tám"] == {("Phó Bí thư", "Huyện ủy Hải Hà")}
    # the committee's own name written in lower case is that committee, not the unit's People's Committee
    posts = posts_of("Ông Đỗ Văn Hùng, Phó Bí thư tỉnh ủy, Chủ tịch UBND tỉnh dự; bà Mai Lan, Bí thư huyện đoàn dự.")
    assert ("Phó Bí thư", "Tỉnh ủy Quảng Ninh") in posts["Đỗ Văn Hùng"]
    assert ("Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ninh") in posts["Đỗ Văn Hùng"]
    assert all(org != "Huyện ủy Hải Hà" for _, org in posts["Mai Lan"])


def test_a_district_committee_member_of_a_district_later_raised_to_a_town_sits_on_the_huyen_uy_it_was():
    def posts(headline: str, body: str) -> set:
        return posts_by_name(article(f"{headline}\n20/01/2024 09:00\n{body}\nPhan Minh Đức\n")[1])["Nguyễn Văn Lực"]

    said = "Dự có đồng chí Nguyễn Văn Lực - Huyện ủy viên, Phó Chủ tịch UBND huyện Kim Bảng."
    assert posts("Huyện Kim Bảng tổng kết năm 2023", said) == {
        ("Huyện ủy viên", "Huyện ủy Kim Bảng"),
        ("Phó Chủ tịch", "Ủy ban nhân dân huyện Kim Bảng"),
    }
    # negative: a town's own member, told so, stays the town's
    said = "Dự có đồng chí Nguyễn Văn Lực - Thị ủy viên, Phó Chủ tịch UBND thị xã Kim Bảng."
    assert ("Thị ủy viên", "Thị ủy Kim Bảng") in posts("Thị xã Kim Bảng tổng kết năm 2025", said)


def test_a_section_head_with_no_body_after_the_title_heads_the_article_s_one_section():
    posts = posts_of(
        "Chủ tịch nước tặng Huân chương Chiến công hạng Ba cho Phòng Cảnh sát hình sự Công an tỉnh Quảng Ninh. "
        "Thượng tá Rơ Mah Tuấn, Phó Trưởng phòng cho biết đơn vị đã phá 20 chuyên án."
    )
    assert posts["Rơ Mah Tuấn"] == {("Phó Trưởng phòng", "Phòng Cảnh sát hình sự Công an tỉnh Quảng Ninh")}
    # negative: of two sections named, which one is unsaid
    posts = posts_of(
        "UBND huyện tặng Giấy khen cho Phòng Nội vụ huyện Hải Hà và Phòng Tư pháp huyện Hải Hà. Bà Lê Thị Hoa, Trưởng phòng phát biểu."
    )
    assert posts["Lê Thị Hoa"] == {("Trưởng phòng", None)}


def test_a_board_s_title_with_no_body_after_it_is_of_the_article_s_one_company():
    def posts(sentence: str) -> dict:
        headline = "Công ty Cổ phần Than Hà Tu đón nhận Cờ thi đua của Chính phủ\n20/01/2024 09:00\n"
        return posts_by_name(article(headline + sentence + "\nPhan Minh Đức\n")[1])

    found = posts("Ông Lê Văn Chiến, Chủ tịch Hội đồng quản trị cho biết doanh thu đạt 4.500 tỷ đồng.")
    assert found["Lê Văn Chiến"] == {("Chủ tịch Hội đồng quản trị", "Công ty Cổ phần Than Hà Tu")}
    found = posts("Ông Lê Văn Hải, Phó Chủ tịch HĐQT, Tổng Giám đốc phát biểu.")
    assert found["Lê Văn Hải"] == {
        ("Phó Chủ tịch Hội đồng quản trị", "Công ty Cổ phần Than Hà Tu"),
        ("Tổng Giám đốc", "Công ty Cổ phần Than Hà Tu"),
    }
    # of a company and its corporation named, which one is unsaid
    found = posts("Ông Lê Văn Chiến, Chủ tịch HĐQT cho biết Tổng công ty Than Đông Bắc đã tặng Bằng khen cho Công ty.")
    assert found["Lê Văn Chiến"] == {("Chủ tịch Hội đồng quản trị", None)}

    # the company's legal form in lower case, its name told short in the headline and in full in the lead
    def posts_in(headline: str, lead: str) -> dict:
        text = f"{headline}\n20/01/2024 09:00\n{lead} Theo ông Lê Văn Chiến, Chủ tịch HĐQT, doanh thu đạt 4.500 tỷ đồng.\nPhan Minh Đức\n"
        return posts_by_name(article(text)[1])

    found = posts_in("Công ty cổ phần Gang thép kỷ niệm 65 năm", "Công ty cổ phần Gang thép Thái Nguyên tổ chức lễ kỷ niệm.")
    assert found["Lê Văn Chiến"] == {("Chủ tịch Hội đồng quản trị", "Công ty cổ phần Gang thép Thái Nguyên")}
    found = posts_in("Công ty cổ phần Cao su Phước Hòa kỷ niệm 65 năm", "Công ty cổ phần Xi măng Hà Tiên tặng quà.")
    assert found["Lê Văn Chiến"] == {("Chủ tịch Hội đồng quản trị", None)}
    # negative: in an article about no company, the board's title names none
    found = posts_by_name(article("Tin tổng hợp\n20/01/2024 09:00\nÔng Lê Văn Chiến, Chủ tịch HĐQT cho biết.\nPhan Minh Đức\n")[1])
    assert found["Lê Văn Chiến"] == {("Chủ tịch Hội đồng quản trị", None)}


def test_a_university_council_s_head_is_of_the_article_s_one_university():
    def posts(headline: str, sentence: str) -> dict:
        return posts_by_name(article(f"{headline}\n20/01/2024 09:00\n{sentence}\nPhan Minh Đức\n")[1])

    found = posts("Trường Đại học Hùng Vương kỷ niệm 20 năm thành lập", "PGS.TS Lê Văn Tùng, Chủ tịch Hội đồng trường phát biểu.")
    assert found["Lê Văn Tùng"] == {("Chủ tịch Hội đồng trường", "Trường Đại học Hùng Vương")}
    found = posts("Học viện Ngân hàng tổng kết năm học", "TS Lê Thị Mai, Phó Chủ tịch Hội đồng trường phát biểu.")
    assert found["Lê Thị Mai"] == {("Phó Chủ tịch Hội đồng trường", "Học viện Ngân hàng")}
    # negative: in an article about no school, the council's title names none
    found = posts("Tin tổng hợp", "PGS.TS Lê Văn Tùng, Chủ tịch Hội đồng trường phát biểu.")
    assert found["Lê Văn Tùng"] == {("Chủ tịch Hội đồng trường", None)}


def test_a_party_committee_of_an_institution_by_its_head_word_is_of_the_article_s_one_institution():
    def posts(headline: str, sentence: str) -> dict:
        return posts_by_name(article(f"{headline}\n20/01/2024 09:00\n{sentence}\nPhan Minh Đức\n")[1])

    found = posts("Công ty Cổ phần Than Hà Tu đón nhận Cờ thi đua", "Ông Lê Văn An, Bí thư Đảng ủy Công ty phát biểu.")
    assert found["Lê Văn An"] == {("Bí thư", "Đảng ủy Công ty Cổ phần Than Hà Tu")}
    found = posts("Bệnh viện Đa khoa tỉnh Quảng Ninh đón nhận Huân chương", "Ông Lê Văn An, Bí thư Đảng ủy Bệnh viện phát biểu.")
    assert found["Lê Văn An"] == {("Bí thư", "Đảng ủy Bệnh viện Đa khoa tỉnh Quảng Ninh")}
    # negative: an article that names no company leaves the committee unplaced
    found = posts("Tin tổng hợp", "Ông Lê Văn An, Bí thư Đảng ủy Công ty phát biểu.")
    assert ("Bí thư", "Đảng ủy Công ty Cổ phần Than Hà Tu") not in found["Lê Văn An"]


def test_an_agency_s_specialist_holds_a_post_in_the_body_named_after_the_word():
    posts = posts_of(
        "Dự có ông Lý Văn Sơn, chuyên viên Sở Tư pháp; bà Hà Thị Mai, Chuyên viên chính Văn phòng UBND tỉnh; ông Lê Văn "
        "Tâm, chuyên viên pháp lý của công ty."
    )
    assert posts["Lý Văn Sơn"] == {("Chuyên viên", "Sở Tư pháp tỉnh Quảng Ninh")}
    assert posts["Hà Thị Mai"] == {("Chuyên viên chính", "Văn phòng Ủy ban nhân dân tỉnh Quảng Ninh")}
    # negative: a specialist's calling with no body after it is no post
    assert posts.get("Lê Văn Tâm", set()) == set()


def test_a_staff_officer_of_a_military_command_holds_a_post_in_the_command_named_after_the_word():
    posts = posts_of(
        "Dự có Thượng úy Lò Văn Thắng, Trợ lý Ban CHQS huyện Tiên Yên; Đại úy Hà Văn Sinh, trợ lý Bộ Chỉ huy Quân sự tỉnh; "
        "ông Lê Văn Tâm, Trợ lý Bí thư Tỉnh ủy."
    )
    assert posts["Lò Văn Thắng"] == {("Trợ lý", "Ban Chỉ huy Quân sự huyện Tiên Yên")}
    assert posts["Hà Văn Sinh"] == {("Trợ lý", "Bộ Chỉ huy Quân sự tỉnh Quảng Ninh")}
    # negative: an assistant to an office holder holds no post of that office's body
    assert posts.get("Lê Văn Tâm", set()) == set()


def test_a_staff_officer_told_by_the_branch_of_his_work_holds_that_title():
    posts = posts_of(
        "Dự có Thiếu tá Phạm Văn Thành, nguyên Trợ lý tác chiến Ban Chỉ huy Quân sự huyện Tiên Yên; Đại úy Hà Văn Sinh, "
        "Trợ lý Tuyên huấn Bộ CHQS tỉnh; ông Lê Văn Tâm, trợ lý tài chính của một công ty."
    )
    assert posts["Phạm Văn Thành"] == {("nguyên Trợ lý tác chiến", "Ban Chỉ huy Quân sự huyện Tiên Yên")}
    assert posts["Hà Văn Sinh"] == {("Trợ lý tuyên huấn", "Bộ Chỉ huy Quân sự tỉnh Quảng Ninh")}
    # negative: a calling named with no body after it is no post
    assert posts.get("Lê Văn Tâm", set()) == set()


def test_a_deputy_told_short_before_a_board_s_name_is_its_deputy_head():
    people = posts_of(
        "Dự có Đại đức Thích Minh Phúc, Phó Ban Trị sự Phật giáo huyện; ông Lê Văn Bình, Phó ban Thi đua - khen thưởng tỉnh; "
        "bà Vi Thị Cúc, Phó Ban Quản lý dự án đầu tư xây dựng huyện; ông Hà Văn Dũng, Phó ban tổ chức sự kiện."
    )
    assert people["Thích Minh Phúc"] == {("Phó Trưởng ban", "Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Hải Hà")}
    assert people["Lê Văn Bình"] == {("Phó Trưởng ban", "Ban Thi đua - Khen thưởng tỉnh Quảng Ninh")}
    assert people["Vi Thị Cúc"] == {("Phó Trưởng ban", "Ban Quản lý dự án đầu tư xây dựng huyện Hải Hà")}
    # negative: a deputy of a task, in lower case, is no board's
    assert people.get("Hà Văn Dũng", set()) == set()


def test_a_teacher_of_a_school_named_after_the_word_holds_a_post_there():
    posts = posts_of(
        "Dự có cô Vũ Thu Trang, giáo viên Trường Mầm non Hoa Phượng; thầy Đỗ Văn Tiến, Giáo viên trường THCS Lê Lợi; "
        "cô Lê Thị Mai là giáo viên dạy giỏi cấp tỉnh."
    )
    assert posts["Vũ Thu Trang"] == {("Giáo viên", "Trường Mầm non Hoa Phượng")}
    assert {role for role, _ in posts["Đỗ Văn Tiến"]} == {"Giáo viên"}
    # negative: a teacher's calling with no school after it is no post
    assert posts.get("Lê Thị Mai", set()) == set()


def test_a_commune_s_civil_servant_by_their_field_written_out_or_short():
    posts = posts_of(
        "Dự có bà Lê Thị Hoa, công chức Văn hóa - Xã hội xã Quảng Long; ông Vũ Văn Nam - CC TP-HT xã Quảng Long; "
        "bà Đào Thị Hà, Công chức Văn phòng – Thống kê xã."
    )
    assert posts["Lê Thị Hoa"] == {("Công chức Văn hóa - Xã hội", "Ủy ban nhân dân xã Quảng Long")}
    assert posts["Vũ Văn Nam"] == {("Công chức Tư pháp - Hộ tịch", "Ủy ban nhân dân xã Quảng Long")}
    # a bare 'xã' in an article about a district: no commune to give it
    assert {role for role, _ in posts["Đào Thị Hà"]} == {"Công chức Văn phòng - Thống kê"}
    # a field written alone, as commune lists print it
    posts = posts_of("Bà Lý Thị Dung, Công chức Địa chính xã Quảng Long và ông Hà Văn Hải, công chức Tư pháp xã Quảng Long dự.")
    assert posts["Lý Thị Dung"] == {("Công chức Địa chính", "Ủy ban nhân dân xã Quảng Long")}
    assert posts["Hà Văn Hải"] == {("Công chức Tư pháp", "Ủy ban nhân dân xã Quảng Long")}


def test_a_byline_s_title_gives_the_writer_a_post_in_the_commune_the_article_names():
    def author_posts(byline: str) -> set[tuple[str | None, str | None]]:
        _, facts = article(TITLE + "Ngày 10/1, tại xã Quảng Thành đã diễn ra hội nghị tổng kết.\n" + byline + "\n")
        author = next(p for p in facts.people if p.is_author)
        return {(x.role, x.org.name if x.org else None) for x in author.posts}

    assert author_posts("Tin, ảnh: Lê Thị Hoa - CC VH-XH Quảng Thành") == {("Công chức Văn hóa - Xã hội", "Ủy ban nhân dân xã Quảng Thành")}
    # a commune the article does not name is not read from a bare name
    assert author_posts("Lê Thị Hoa - CC VHXH Đồng Tâm") == {("Công chức Văn hóa - Xã hội", None)}
    # a writer's title after the name, a degree before it; a district's culture centre written short
    assert author_posts("ThS. Nguyễn Văn Lực - Phó Trưởng phòng Nội vụ") == {("Phó Trưởng phòng", "Phòng Nội vụ huyện Hải Hà")}
    assert author_posts("Lê Thị Hoa (Trung tâm VH-TT&TT huyện)") == {(None, "Trung tâm Văn hóa, Thông tin và Thể thao huyện Hải Hà")}


def test_in_an_article_about_one_commune_a_full_name_after_its_level_word_is_its_holder():
    def posts(headline: str, body: str) -> dict[str, set[tuple[str | None, str | None]]]:
        _, facts = article(headline + "\n12/01/2024 08:30\n" + body + "\nPhan Minh Đức - CC VP-TK\n")
        return posts_by_name(facts)

    people = posts("Xã Tân Lập tổng kết năm 2023", "Chủ tịch UBND xã Lương Văn Tuấn chủ trì. Bí thư xã Đinh Công Hào phát biểu.")
    assert people["Lương Văn Tuấn"] == {("Chủ tịch", "Ủy ban nhân dân xã Tân Lập")}
    assert people["Đinh Công Hào"] == {("Bí thư", "Đảng ủy xã Tân Lập")}
    # a civil servant's title with no commune, in the byline of an article about one: that commune's
    assert people["Phan Minh Đức"] == {("Công chức Văn phòng - Thống kê", "Ủy ban nhân dân xã Tân Lập")}
    # a ward named for a hero is no holder's name where the article is about a commune; nor in a district's article
    people = posts("Xã Tân Lập tổng kết năm 2023", "Ông Vũ Văn Hải, Chủ tịch UBND phường Hoàng Văn Thụ dự.")
    assert people["Vũ Văn Hải"] == {("Chủ tịch", "Ủy ban nhân dân phường Hoàng Văn Thụ")}
    people = posts("Huyện Hải Hà tổng kết năm 2023", "Ông Vũ Văn Hải, Chủ tịch UBND xã Trần Hưng Đạo dự.")
    assert people["Vũ Văn Hải"] == {("Chủ tịch", "Ủy ban nhân dân xã Trần Hưng Đạo")}

    # in an article of no one commune, a full name no commune bears after the level word is the holder's, of a commune
    # unsaid
    people = posts("Huyện Hải Hà tổng kết năm 2023", "Bí thư Đảng ủy xã Lục Văn Khoa trao Giấy khen cho 5 hộ gia đình.")
    assert people["Lục Văn Khoa"] == {("Bí thư", "Đảng ủy xã")}
    people = posts("Huyện Hải Hà tổng kết năm 2023", "Chủ tịch UBND xã Nông Thị Hoa phát biểu.")
    assert people["Nông Thị Hoa"] == {("Chủ tịch", "Ủy ban nhân dân xã")}


def test_a_name_in_hyphened_syllables_is_a_lao_or_khmer_guest_whose_titles_are_of_bodies_abroad():
    posts = posts_of(
        "Đón đoàn có đồng chí Khăm-phăn Phôm-ma-thắt, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Hủa Phăn; ông Thong-lun Xi-xu-lít, "
        "Tổng Bí thư; bà Nay Phi La, Phó Chủ tịch UBND tỉnh Quảng Ninh."
    )
    assert posts["Khăm-phăn Phôm-ma-thắt"] == {("Bí thư", None), ("Tỉnh trưởng", None)}
    assert posts["Thong-lun Xi-xu-lít"] == {("Tổng Bí thư", None)}
    # a name of one of the country's peoples, with no hyphens, holds the posts here it is given
    assert posts["Nay Phi La"] == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ninh")}
    # a unit its country names in brackets after it is of that country, as written, not the article's province
    posts = posts_of("Dự có ông Khamphăn Phommathat, Phó Chủ tịch tỉnh Attapeu (Lào); ông Lê Văn Ba, Phó Chủ tịch tỉnh.")
    assert posts["Khamphăn Phommathat"] == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Attapeu")}
    assert posts["Lê Văn Ba"] == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ninh")}


def test_a_long_name_in_separate_syllables_after_an_honorific_or_a_rank_is_a_lao_guest():
    posts = posts_of(
        "Dự lễ có ông Bun Thong Chít Ma Ny, Phó Chủ tịch nước CHDCND Lào; Đại tá Sổm Phết Phôm Ma Chăn, Phó Tư lệnh Quân khu 2 "
        "Lào; ngài Xổm Phon Phôm Vi Hản, Tỉnh trưởng tỉnh Luông Nặm Thà."
    )
    assert posts["Bun Thong Chít Ma Ny"] == {("Phó Chủ tịch nước", None)}
    assert {role for role, _ in posts["Sổm Phết Phôm Ma Chăn"]} == {"Phó Tư lệnh"}
    assert posts["Xổm Phon Phôm Vi Hản"] == {("Tỉnh trưởng", None)}
    # negative: a Vietnamese name of four syllables stays one with its posts here, and three syllables of no known
    # family after a rank are not vouched for without a title
    posts = posts_of("Dự có đồng chí Nguyễn Văn Long Giang, Phó Chủ tịch UBND tỉnh Quảng Ninh; Đại tá Thong Sạ Vẳn phát biểu.")
    assert posts["Nguyễn Văn Long Giang"] == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ninh")}
    assert "Thong Sạ Vẳn" not in posts


def test_a_faculty_s_head_holds_a_post_in_the_hospital_or_school_the_faculty_is_in():
    posts = posts_of(
        "Dự có bác sĩ Lê Thị Hằng, Trưởng khoa Nhi Bệnh viện Đa khoa tỉnh; ông Võ Văn An, Phó Trưởng khoa Hồi sức cấp cứu, "
        "Bệnh viện Đa khoa tỉnh; bà Lê Thị Mai, Trưởng khoa Giáo dục mầm non, Trường Cao đẳng Sư phạm Quảng Ninh."
    )
    assert posts["Lê Thị Hằng"] == {("Trưởng khoa", "Bệnh viện Đa khoa tỉnh Quảng Ninh")}
    assert posts["Võ Văn An"] == {("Phó Trưởng khoa", "Bệnh viện Đa khoa tỉnh Quảng Ninh")}
    assert posts["Lê Thị Mai"] == {("Trưởng khoa", "Trường Cao đẳng Sư phạm Quảng Ninh")}
    # a faculty with no institution after it: the title alone, in an article that names no hospital or school
    assert posts_of("Bà Đào Thị Vân, Trưởng khoa Dược phát biểu.")["Đào Thị Vân"] == {("Trưởng khoa", None)}
    # ... or of the one it names
    _, facts = article(
        "Bệnh viện Bãi Cháy kỷ niệm Ngày Thầy thuốc Việt Nam\n28/02/2024 09:00\nSáng 27/2, Bệnh viện Bãi Cháy tổ chức kỷ "
        "niệm Ngày Thầy thuốc Việt Nam. Bác sĩ Đào Thị Vân, Trưởng khoa Hồi sức tích cực phát biểu. Ông Lê Văn Tâm, Phó "
        "Trưởng khoa Ngoại chấn thương được Bộ trưởng Bộ Y tế tặng Bằng khen.\nThu Hà\n"
    )
    assert {(p.name, post.role, post.org.name if post.org else None) for p in facts.people for post in p.posts} == {
        ("Đào Thị Vân", "Trưởng khoa", "Bệnh viện Bãi Cháy"),
        ("Lê Văn Tâm", "Phó Trưởng khoa", "Bệnh viện Bãi Cháy"),
    }


def test_a_youth_cell_s_secretary_is_of_that_cell_not_of_the_party():
    posts = posts_of("Ông Lê Văn Hải, Bí thư Chi đoàn xã Quảng Long phát biểu; chị Lê Thị Hoa, Bí thư Chi đoàn Trường THPT Hải Hà dự.")
    assert posts["Lê Văn Hải"] == {("Bí thư", "Chi đoàn xã Quảng Long")}
    assert posts["Lê Thị Hoa"] == {("Bí thư", "Chi đoàn Trường THPT Hải Hà")}
    # a Party cell's secretary stays the Party's
    assert posts_of("Ông Vũ Văn Tâm, Bí thư Chi bộ thôn 3 phát biểu.")["Vũ Văn Tâm"] != {("Bí thư", "Chi đoàn thôn 3")}


def test_the_youth_union_s_first_secretary_is_that_union_s_not_the_party_committee_s():
    posts = posts_of(
        "Tới dự có đồng chí Nguyễn Minh Triết, Bí thư thứ nhất Trung ương Đoàn; anh Hoàng Văn Kiên, Bí thư thứ nhất Tỉnh đoàn "
        "Lạng Sơn; đồng chí Lê Văn Bình, Bí thư Tỉnh ủy Lạng Sơn."
    )
    assert posts["Nguyễn Minh Triết"] == {("Bí thư thứ nhất", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")}
    assert posts["Hoàng Văn Kiên"] == {("Bí thư thứ nhất", "Tỉnh đoàn Lạng Sơn")}
    assert posts["Lê Văn Bình"] == {("Bí thư", "Tỉnh ủy Lạng Sơn")}


def test_the_post_a_person_is_appointed_or_elected_to_after_the_name_or_their_title():
    posts = posts_of(
        "Chủ tịch UBND tỉnh trao Quyết định bổ nhiệm ông Lý Văn Huy, Phó Chánh Văn phòng UBND huyện giữ chức Chánh Văn phòng UBND huyện."
    )
    assert posts["Lý Văn Huy"] == {
        ("Phó Chánh Văn phòng", "Văn phòng Ủy ban nhân dân huyện Hải Hà"),
        ("Chánh Văn phòng", "Văn phòng Ủy ban nhân dân huyện Hải Hà"),
    }
    posts = posts_of("Đại hội đã bầu bà Đỗ Thị Lan giữ chức vụ Chủ tịch Hội Liên hiệp Phụ nữ huyện Hải Hà.")
    assert posts["Đỗ Thị Lan"] == {("Chủ tịch", "Hội Liên hiệp Phụ nữ huyện Hải Hà")}
    # a post left ('thôi giữ chức') is no post taken
    posts = posts_of("Ông Lý Văn Huy đã thôi giữ chức Chánh Văn phòng UBND huyện từ tháng 5.")
    assert posts["Lý Văn Huy"] == set()


def test_a_title_then_its_holder_set_off_by_a_dash():
    posts = posts_of("Phó Chủ tịch UBND huyện - Hoàng Văn Thắng trao Giấy khen cho 5 tập thể.")
    assert posts["Hoàng Văn Thắng"] == {("Phó Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}
    posts = posts_of("Trưởng phòng Nội vụ huyện – bà Vi Thị Hằng công bố quyết định khen thưởng.")
    assert posts["Vi Thị Hằng"] == {("Trưởng phòng", "Phòng Nội vụ huyện Hải Hà")}
    # bodies joined by a dash hold no one
    assert set(posts_of("Lãnh đạo Sở Y tế - Sở Nội vụ dự lễ cùng ông Hoàng Văn Thắng.")) == {"Hoàng Văn Thắng", "Phan Minh Đức"}


def test_the_head_of_a_provincial_board_whose_title_holds_its_first_word():
    posts = posts_of("Dự có ông Lý Văn Páo, Phó Trưởng ban Dân tộc tỉnh; bà Hoàng Thị Hà, Trưởng ban Tôn giáo tỉnh Quảng Ninh.")
    assert posts["Lý Văn Páo"] == {("Phó Trưởng ban", "Ban Dân tộc tỉnh Quảng Ninh")}
    assert posts["Hoàng Thị Hà"] == {("Trưởng ban", "Ban Tôn giáo tỉnh Quảng Ninh")}
    # the council's committee of the same name stays the council's
    assert posts_of("Bà Đỗ Thị Lan, Trưởng Ban Dân tộc HĐND tỉnh dự hội nghị.")["Đỗ Thị Lan"] == {
        ("Trưởng ban", "Ban Dân tộc Hội đồng nhân dân tỉnh Quảng Ninh")
    }


def test_a_board_s_head_by_the_bare_title_is_the_head_of_the_one_board_the_lead_names():
    _, facts = article(
        "Ban Thi đua - Khen thưởng tỉnh kiểm tra công tác thi đua tại huyện Hải Hà\n12/01/2023 08:30\n"
        "Ngày 10/1, đoàn công tác của Ban Thi đua - Khen thưởng tỉnh do ông Lê Văn Nam, Trưởng Ban dẫn đầu đã làm việc "
        "với UBND huyện Hải Hà.\nPhan Minh Đức\n"
    )
    assert posts_by_name(facts)["Lê Văn Nam"] == {("Trưởng ban", "Ban Thi đua - Khen thưởng tỉnh Quảng Ninh")}
    # two boards named there: which one is not said
    _, facts = article(
        "Ban Tuyên giáo Huyện ủy và Ban Dân vận Huyện ủy Hải Hà tổng kết năm 2022\n12/01/2023 08:30\n"
        "Ngày 10/1, ông Lê Văn Nam, Trưởng Ban phát biểu tại hội nghị.\nPhan Minh Đức\n"
    )
    assert posts_by_name(facts)["Lê Văn Nam"] == {("Trưởng ban", None)}


def test_the_front_s_committee_of_a_commune_written_with_the_country_s_name_is_the_one_commune_the_lead_names():
    _, facts = article(
        "Ngày hội Đại đoàn kết ở ấp Trà Cú A\n16/11/2023 10:00\n"
        "Chiều 15/11/2023, Ban Công tác Mặt trận ấp Trà Cú A, xã Ngọc Biên (huyện Trà Cú) tổ chức Ngày hội Đại đoàn kết. "
        "Dịp này, Ủy ban MTTQ Việt Nam xã tặng Giấy khen cho 5 hộ gia đình tiêu biểu.\nPhan Minh Đức\n"
    )
    assert [g.conferrer.name if g.conferrer else None for g in facts.grants] == ["Ủy ban Mặt trận Tổ quốc Việt Nam xã Ngọc Biên"]
    # two communes named: the bare one is no one's
    _, facts = article(
        "Ngày hội Đại đoàn kết ở ấp Trà Cú A\n16/11/2023 10:00\n"
        "Chiều 15/11/2023, Ban Công tác Mặt trận ấp Trà Cú A, xã Ngọc Biên (huyện Trà Cú) và xã Tập Sơn tổ chức Ngày hội. "
        "Dịp này, Ủy ban Mặt trận Tổ quốc Việt Nam xã tặng Giấy khen cho 5 hộ gia đình tiêu biểu.\nPhan Minh Đức\n"
    )
    assert [g.conferrer.name if g.conferrer else None for g in facts.grants] in ([None], [])


def test_a_commune_s_body_by_its_level_word_is_the_one_commune_the_lead_names_after_its_persons():
    def giver(lead: str) -> list[str | None]:
        _, facts = article(
            "Trao Huy hiệu Đảng đợt 2/9\n03/09/2023 10:00\n"
            f"{lead}\nDịp này, Đảng ủy phường tặng Giấy khen cho 5 chi bộ trong sạch, vững mạnh.\nPhan Minh Đức\n"
        )
        return [g.conferrer.name if g.conferrer else None for g in facts.grants]

    assert giver("Ngày 2/9/2023, đồng chí Lê Văn Bình, nguyên Bí thư Tỉnh ủy đã dự lễ trao Huy hiệu Đảng tại Đảng bộ phường Hiến Nam.") == [
        "Đảng ủy phường Hiến Nam"
    ]
    # the ward in a person's title is no venue of the lead's
    assert giver("Ngày 2/9/2023, đồng chí Lê Văn Bình, Bí thư Đảng ủy phường Hiến Nam dự lễ trao Huy hiệu Đảng.") in ([None], [])
    # two wards named in the text: which one, unsaid
    assert giver("Ngày 2/9/2023, đồng chí Lê Văn Bình đã dự lễ trao Huy hiệu Đảng tại Đảng bộ phường Hiến Nam và phường Lê Lợi.") in (
        [None],
        [],
    )


def test_the_chief_and_deputy_chief_of_the_general_staff_hold_posts_of_the_general_staff():
    _, facts = article(
        "Trung đoàn 88 đón nhận danh hiệu Anh hùng\n15/06/2024 10:00\n"
        "Trung tướng Nguyễn Trọng Bình, Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam dự. Đại tướng Nguyễn Tân Cương, "
        "Tổng Tham mưu trưởng QĐND Việt Nam, Thứ trưởng Bộ Quốc phòng phát biểu. Đại tá Lê Văn Hùng, Tham mưu trưởng Sư đoàn "
        "308 cũng dự.\nPhan Minh Đức\n"
    )
    general_staff = "Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam"
    assert {(x.role, x.org.name) for x in facts.person("Nguyễn Trọng Bình").posts} == {("Phó Tổng Tham mưu trưởng", general_staff)}
    assert ("Tổng Tham mưu trưởng", general_staff) in {(x.role, x.org.name) for x in facts.person("Nguyễn Tân Cương").posts}
    # a division's chief of staff stays the division's
    assert {(x.role, x.org.name) for x in facts.person("Lê Văn Hùng").posts} == {("Tham mưu trưởng", "Sư đoàn 308")}


def test_the_government_s_inspector_general_and_the_state_auditor_general_hold_posts_of_their_bodies():
    _, facts = article(
        "Lễ kỷ niệm 80 năm ngành Thanh tra\n23/11/2025 10:00\n"
        "Dự buổi lễ có ông Đoàn Hồng Phong, Tổng Thanh tra Chính phủ; ông Ngô Văn Tuấn, Tổng Kiểm toán Nhà nước; ông Lê Tiến "
        "Châu, Phó Tổng Thanh tra Chính phủ và ông Lê Văn Hùng, Chánh Thanh tra tỉnh Lạng Sơn.\nPhan Minh Đức\n"
    )
    posts = {p.name: {(x.role, x.org.name) for x in p.posts} for p in facts.people}
    assert posts["Đoàn Hồng Phong"] == {("Tổng Thanh tra", "Thanh tra Chính phủ")}
    assert posts["Ngô Văn Tuấn"] == {("Tổng Kiểm toán", "Kiểm toán Nhà nước")}
    assert posts["Lê Tiến Châu"] == {("Phó Tổng Thanh tra", "Thanh tra Chính phủ")}
    # a province's chief inspector is the province's inspectorate's
    assert posts["Lê Văn Hùng"] == {("Chánh Thanh tra", "Thanh tra tỉnh Lạng Sơn")}


def test_the_secretary_general_of_the_national_assembly_holds_a_post_of_the_assembly():
    _, facts = article(
        "Lễ kỷ niệm ngày Quốc hội khóa I\n06/01/2025 10:00\n"
        "Dự có ông Lê Quang Tùng, Tổng Thư ký Quốc hội, Chủ nhiệm Văn phòng Quốc hội và ông Nguyễn Văn Bình, Phó Tổng Thư "
        "ký Quốc hội.\nPhan Minh Đức\n"
    )
    posts = {p.name: {(x.role, x.org.name) for x in p.posts} for p in facts.people}
    assert posts["Lê Quang Tùng"] == {("Tổng Thư ký", "Quốc hội"), ("Chủ nhiệm", "Văn phòng Quốc hội")}
    assert posts["Nguyễn Văn Bình"] == {("Phó Tổng Thư ký", "Quốc hội")}


def test_members_of_a_standing_committee_written_without_ban_and_the_armed_forces_party_committees():
    people = posts_of(
        "Dự có Đại tướng Hoàng Văn Minh, Ủy viên Thường vụ Quân ủy Trung ương; đồng chí Lê Văn Tư, Ủy viên Thường vụ Tỉnh ủy, "
        "Bí thư Đảng ủy Quân sự tỉnh; Đại tá Vũ Văn Kiên, Phó Bí thư Đảng ủy Công an tỉnh."
    )
    assert people["Hoàng Văn Minh"] == {("Ủy viên Ban Thường vụ", "Quân ủy Trung ương")}
    assert people["Lê Văn Tư"] == {("Ủy viên Ban Thường vụ", "Tỉnh ủy Quảng Ninh"), ("Bí thư", "Đảng ủy Quân sự tỉnh Quảng Ninh")}
    assert people["Vũ Văn Kiên"] == {("Phó Bí thư", "Đảng ủy Công an tỉnh Quảng Ninh")}
    # a standing member ('Ủy viên Thường trực') is not a member of a standing committee
    assert {r for r, _ in posts_of("Ông Lê Văn Ba, Ủy viên Thường trực Ủy ban Kinh tế của Quốc hội dự.")["Lê Văn Ba"]} == {
        "Ủy viên Thường trực"
    }


def test_standing_deputies_with_tt_for_thuong_truc_after_the_full_title():
    people = posts_of(
        "Dự có các đồng chí: Trần Thị Hoa - Phó Bí thư TT Huyện ủy, Chủ tịch HĐND huyện; Lê Văn Bình - Phó Chủ tịch TT UBND huyện Hải Hà."
    )
    assert people["Trần Thị Hoa"] == {("Phó Bí thư Thường trực", "Huyện ủy Hải Hà"), ("Chủ tịch", "Hội đồng nhân dân huyện Hải Hà")}
    assert people["Lê Văn Bình"] == {("Phó Chủ tịch Thường trực", "Ủy ban nhân dân huyện Hải Hà")}
    # 'TTXVN' after a title is the news agency, not 'Thường trực'
    assert {r for r, _ in posts_of("Ông Lê Văn Cường, Phó Tổng Giám đốc TTXVN dự.")["Lê Văn Cường"]} == {"Phó Tổng Giám đốc"}


def test_party_boards_and_offices_by_their_abbreviations():
    people = posts_of(
        "Dự có các đồng chí: Lê Văn Dũng - Trưởng BTG Huyện ủy; Lê Văn Em - CVP Huyện ủy; Lê Văn Khải - Phó Chủ nhiệm UBKT Huyện"
        " ủy; Lê Văn Mạnh - Phó Trưởng BDV Huyện ủy."
    )
    assert people["Lê Văn Dũng"] == {("Trưởng ban", "Ban Tuyên giáo Huyện ủy Hải Hà")}
    assert people["Lê Văn Em"] == {("Chánh Văn phòng", "Huyện ủy Hải Hà")}
    assert people["Lê Văn Khải"] == {("Phó Chủ nhiệm", "Ủy ban Kiểm tra Huyện ủy Hải Hà")}
    assert people["Lê Văn Mạnh"] == {("Phó Trưởng ban", "Ban Dân vận Huyện ủy Hải Hà")}
    # an event's organising board ('BTC giải') is no Party board
    assert posts_of("Ông Lê Văn Nam, Trưởng BTC giải bóng đá phát biểu.")["Lê Văn Nam"] <= {("Trưởng ban", None)}


def test_local_bodies_by_their_abbreviations_in_titles():
    people = posts_of(
        "Dự có các đồng chí: Lê Văn An - Chủ tịch UB MTTQ huyện; Lê Văn Cầu - Chỉ huy trưởng BCHQS huyện; Lê Văn Giao - Giám đốc"
        " TTYT huyện; Lê Văn Lộc - Trưởng CA huyện; Lê Văn Minh - Chủ tịch CĐ ngành Giáo dục huyện."
    )
    assert people["Lê Văn An"] == {("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Hải Hà")}
    assert people["Lê Văn Cầu"] == {("Chỉ huy trưởng", "Ban Chỉ huy Quân sự huyện Hải Hà")}
    assert people["Lê Văn Giao"] == {("Giám đốc", "Trung tâm Y tế huyện Hải Hà")}
    assert people["Lê Văn Lộc"] == {("Trưởng", "Công an huyện Hải Hà")}
    assert people["Lê Văn Minh"] == {("Chủ tịch", "Công đoàn ngành Giáo dục huyện Hải Hà")}
    # 'ca' and 'CĐ' elsewhere name no body
    facts = article(TITLE + "Ca sĩ Hà Thu hát bài ca ngợi quê hương tại Trường CĐ Sư phạm Quảng Ninh.\nThu Hà\n")[1]
    assert not any(o.startswith(("Công an", "Công đoàn")) for o in facts.organisations)


def test_a_command_s_titles_with_no_body_after_them_are_of_the_one_command_the_lead_names():
    _, facts = article(
        "Bộ CHQS tỉnh tổng kết năm 2023\n12/01/2024 08:30\nSáng 11/1, Bộ Chỉ huy Quân sự tỉnh Quảng Ninh tổ chức hội nghị tổng kết."
        " Thượng tá Nông Văn Hải, Phó Chỉ huy trưởng, Tham mưu trưởng phát biểu. Trung tá Lê Văn Tú, Chính trị viên dự.\nThu Hà\n"
    )
    people = posts_by_name(facts)
    assert people["Nông Văn Hải"] == {
        ("Phó Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh Quảng Ninh"),
        ("Tham mưu trưởng", "Bộ Chỉ huy Quân sự tỉnh Quảng Ninh"),
    }
    assert people["Lê Văn Tú"] == {("Chính trị viên", "Bộ Chỉ huy Quân sự tỉnh Quảng Ninh")}
    # with two commands named, not told which
    _, facts = article(
        "Hội nghị quân sự\n12/01/2024 08:30\nSáng 11/1, Bộ Chỉ huy Quân sự tỉnh Quảng Ninh và Ban Chỉ huy Quân sự huyện Hải Hà tổ"
        " chức hội nghị. Thượng tá Nông Văn Hải, Phó Chỉ huy trưởng phát biểu.\nThu Hà\n"
    )
    assert posts_by_name(facts)["Nông Văn Hải"] == {("Phó Chỉ huy trưởng", None)}


def test_a_village_head_of_a_numbered_village_and_a_commune_police_officer():
    people = posts_of("Ông Đặng Văn Minh, Trưởng thôn Khe Lóng 1 và ông Triệu Văn Sơn, Công an viên xã Quảng Long dự.")
    assert people["Đặng Văn Minh"] == {("Trưởng thôn", "thôn Khe Lóng 1")}
    assert {(r, o.split(" xã ")[0] if o else o) for r, o in people["Triệu Văn Sơn"]} == {("Công an viên", "Công an")}
    # a village's name goes on to its number only, not into a count after it
    assert posts_of("Ông Đặng Văn Hòa, Trưởng bản Nà Pàn 12 năm liền được khen.")["Đặng Văn Hòa"] == {("Trưởng bản", "bản Nà Pàn")}


def test_a_member_of_the_executive_committee_of_a_party_organisation_is_a_member_of_its_committee():
    people = posts_of(
        "Dự có đồng chí Lê Văn An, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Huyện ủy; đồng chí Trần Văn Bình, Ủy viên BCH "
        "Đảng bộ huyện, Bí thư Đảng ủy xã Quảng Long; đồng chí Mai Văn Cường, Ủy viên Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh."
    )
    assert ("Ủy viên Ban Chấp hành", "Tỉnh ủy Quảng Ninh") in people["Lê Văn An"]
    assert ("Ủy viên Ban Chấp hành", "Huyện ủy Hải Hà") in people["Trần Văn Bình"]
    assert people["Mai Văn Cường"] == {("Ủy viên Ban Chấp hành", "Đảng ủy Khối các cơ quan tỉnh Quảng Ninh")}
    # a committee of another organisation keeps its own name
    people = posts_of("Dự có bà Vi Thị Hà, Ủy viên Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh.")
    assert people["Vi Thị Hà"] == {("Ủy viên Ban Chấp hành", "Hội Liên hiệp Phụ nữ tỉnh Quảng Ninh")}


def test_a_member_of_an_urban_district_s_or_a_town_s_party_committee_holds_the_post_in_that_committee():
    def posts(head: str, body: str, name: str) -> set[tuple[str | None, str | None]]:
        _, facts = article(head + "\n25/11/2023\n" + body + "\nTrần Mai\n")
        return {(x.role, x.org.name if x.org else None) for p in facts.people if p.name == name for x in p.posts}

    lead = "Chiều 9/12, Đảng ủy phường Hưng Phú, quận Cái Răng tổ chức sơ kết phong trào “Dân vận khéo”."
    said = lead + " Đồng chí Nguyễn Thị Thu Hà, Quận ủy viên, Bí thư Đảng ủy phường chủ trì."
    assert posts("Phường Hưng Phú sơ kết phong trào", said, "Nguyễn Thị Thu Hà") == {
        ("Quận ủy viên", "Quận ủy Cái Răng"),
        ("Bí thư", "Đảng ủy phường Hưng Phú"),
    }
    said = "Sáng 7/5, UBND thị xã Hoàng Mai tổ chức hội nghị. Dự có bà Lê Thị Hoa, Thị ủy viên, Chủ tịch Hội LHPN thị xã."
    assert posts("Thị xã Hoàng Mai biểu dương điển hình", said, "Lê Thị Hoa") == {
        ("Thị ủy viên", "Thị ủy Hoàng Mai"),
        ("Chủ tịch", "Hội Liên hiệp Phụ nữ thị xã Hoàng Mai"),
    }
    # no member's title said: no post in the committee
    said = "Sáng 7/5, UBND thị xã Hoàng Mai tổ chức hội nghị. Dự có bà Lê Thị Hoa, Chủ tịch Hội LHPN thị xã."
    assert posts("Thị xã Hoàng Mai biểu dương điển hình", said, "Lê Thị Hoa") == {("Chủ tịch", "Hội Liên hiệp Phụ nữ thị xã Hoàng Mai")}


def test_an_agency_s_head_named_after_its_field_in_lower_case_is_a_person_of_that_agency():
    posts = posts_of("Dự có Tổng cục trưởng Tổng cục Thống kê Nguyễn Thị Hương; Cục trưởng Cục Quản lý thị trường Trần Hữu Linh.")
    assert posts["Nguyễn Thị Hương"] == {("Tổng cục trưởng", "Tổng cục Thống kê")}
    assert posts["Trần Hữu Linh"] == {("Cục trưởng", "Cục Quản lý thị trường")}
    # an institution named after a person keeps the name whole
    assert "Nguyễn Đình Chiểu" not in posts_of("Giám đốc Bệnh viện Đa khoa Nguyễn Đình Chiểu phát biểu. Ông Lê Văn An dự.")
    # a field of one word, always capitalised
    posts = posts_of("Dự có Tổng cục trưởng Tổng cục Thuế Mai Văn Tâm. Chi cục trưởng Chi cục Thuế Hoàng Văn Sự phát biểu.")
    assert posts["Mai Văn Tâm"] == {("Tổng cục trưởng", "Tổng cục Thuế")}
    assert posts["Hoàng Văn Sự"] == {("Chi cục trưởng", "Chi cục Thuế")}
    assert "Lê Lợi" not in posts_of("Hiệu trưởng Trường THPT Lê Lợi phát biểu. Ông Lê Văn An dự.")


def test_a_commune_s_party_committee_written_in_lower_case():
    people = posts_of("Dự hội nghị có ông Lý Văn Pao, Bí thư đảng ủy xã Đồng Văn.")
    assert people["Lý Văn Pao"] == {("Bí thư", "Đảng ủy xã Đồng Văn")}
    # the party's committees in general are none ('các đảng ủy cơ sở')
    people = posts_of("Dự hội nghị có ông Lý Văn Pao, Bí thư Huyện ủy, cùng bí thư các đảng ủy xã.")
    assert people["Lý Văn Pao"] == {("Bí thư", "Huyện ủy Hải Hà")}


def test_the_year_a_person_was_born_between_the_name_and_the_titles():
    people = posts_of("Đồng chí Lý Văn Pao, sinh năm 1940, nguyên Chủ tịch UBND huyện Hải Hà, đã từ trần.")
    assert people["Lý Văn Pao"] == {("nguyên Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}
    people = posts_of("Ông Lý Văn Pao (1940 - 2024), nguyên Bí thư Huyện ủy Hải Hà, đã từ trần.")
    assert people["Lý Văn Pao"] == {("nguyên Bí thư", "Huyện ủy Hải Hà")}
    # or their age, after a comma or in brackets
    for age in (", 45 tuổi,", " (45 tuổi),"):
        people = posts_of(f"Ông Lý Văn Pao{age} Chủ tịch Hội Nông dân xã Quảng Long phát biểu.")
        assert people["Lý Văn Pao"] == {("Chủ tịch", "Hội Nông dân xã Quảng Long")}, age
    # negative: an age and then where one lives is no title
    assert posts_of("Ông Lý Văn Pao, 45 tuổi, ở thôn 3 xã Quảng Long được tặng Giấy khen.").get("Lý Văn Pao", set()) == set()
    # or their people, alone or before their age or year of birth
    for said in (", dân tộc Dao,", ", người dân tộc Sán Chỉ,", ", dân tộc Dao, sinh năm 1968,", ", dân tộc Tày, 52 tuổi,"):
        people = posts_of(f"Ông Lý Văn Pao{said} Chủ tịch Hội Nông dân xã Quảng Long phát biểu.")
        assert people["Lý Văn Pao"] == {("Chủ tịch", "Hội Nông dân xã Quảng Long")}, said
    # negative: one's people and then where one lives is no title
    assert posts_of("Bà Lý Thị Nhàn, dân tộc Dao, ở thôn 3 xã Quảng Long được tặng Giấy khen.").get("Lý Thị Nhàn", set()) == set()


def test_a_council_of_bo_or_so_told_bare_is_the_council_of_the_ministry_or_department_the_article_is_about():
    def posts(head: str, body: str) -> dict:
        return posts_by_name(article(f"{head}\n12/01/2024\n{body}\nMai Anh\n")[1])

    told = posts(
        "Bộ Tư pháp tổng kết công tác năm 2023",
        "Sáng 9/1/2024, Bộ Tư pháp tổ chức Hội nghị tổng kết. Chủ trì có ông Nguyễn Thanh Tịnh, Thứ trưởng Bộ Tư pháp, "
        "Chủ tịch Hội đồng Thi đua - Khen thưởng Bộ. Cục Thi hành án dân sự tỉnh Nghệ An được tặng Cờ thi đua.",
    )
    assert ("Chủ tịch", "Hội đồng Thi đua - Khen thưởng Bộ Tư pháp") in told["Nguyễn Thanh Tịnh"]
    told = posts(
        "Sở Tư pháp tỉnh Nghệ An tổng kết công tác năm 2023",
        "Sáng 9/1/2024, Sở Tư pháp tổ chức Hội nghị tổng kết. Chủ trì có ông Nguyễn Văn Hòa, Giám đốc Sở, Chủ tịch Hội đồng TĐKT Sở.",
    )
    assert ("Chủ tịch", "Hội đồng Thi đua - Khen thưởng Sở Tư pháp tỉnh Nghệ An") in told["Nguyễn Văn Hòa"]
    # a ministry named after it is that one, whatever the article is about
    told = posts(
        "Bộ Tư pháp tổng kết công tác năm 2023",
        "Sáng 9/1/2024, Bộ Tư pháp tổ chức Hội nghị tổng kết. Dự có ông Lê Văn Tâm, Chủ tịch Hội đồng Thi đua - Khen thưởng Bộ Công an.",
    )
    assert ("Chủ tịch", "Hội đồng Thi đua - Khen thưởng Bộ Công an") in told["Lê Văn Tâm"]


def test_a_title_in_brackets_after_a_name_ends_its_body_at_the_bracket():
    told = posts_of("Dự hội nghị có ông Phan Văn Bình (Cục trưởng Cục Bổ trợ tư pháp) và bà Lê Thị Hoa (Vụ trưởng Vụ Tổ chức cán bộ).")
    assert told["Phan Văn Bình"] == {("Cục trưởng", "Cục Bổ trợ tư pháp")}
    assert told["Lê Thị Hoa"] == {("Vụ trưởng", "Vụ Tổ chức cán bộ")}


def test_an_agency_s_name_ends_before_the_next_person_named_after_va():
    told = posts_of(
        "Dịp này, Chủ tịch nước trao Huân chương cho ông Nguyễn Văn Tài, Vụ trưởng Vụ Pháp chế và ông Mai Thanh Dung, Cục trưởng"
        " Cục Quản lý tài nguyên nước."
    )
    assert told["Nguyễn Văn Tài"] == {("Vụ trưởng", "Vụ Pháp chế")}
    assert told["Mai Thanh Dung"] == {("Cục trưởng", "Cục Quản lý tài nguyên nước")}
    # an agency's name of a comma and 'và', whose last field is long, is whole
    told = posts_of("Dự có ông Lê Văn Tâm, Cục trưởng Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam.")
    assert told["Lê Văn Tâm"] == {("Cục trưởng", "Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam")}


def test_the_head_of_a_district_s_radio_station_is_its_trưởng():
    told = posts_of("Dự có bà Lò Thị Hạnh, Trưởng Đài Truyền thanh huyện; ông Hà Văn Nam, Phó Trưởng Đài Truyền thanh huyện.")
    assert told["Lò Thị Hạnh"] == {("Trưởng", "Đài Truyền thanh - Truyền hình huyện Hải Hà")}
    assert told["Hà Văn Nam"] == {("Phó Trưởng", "Đài Truyền thanh - Truyền hình huyện Hải Hà")}
    # 'Trưởng' alone before another body's name is no post of it
    assert told_nothing("Dự có bà Lò Thị Hạnh, Trưởng Đài Tưởng niệm liệt sĩ huyện.")


def told_nothing(body: str) -> bool:
    return all(not posts for posts in posts_of(body).values())


def test_the_head_of_a_station_holds_the_post_in_the_station_his_title_runs_into():
    people = posts_of(
        "Dự có ông Lò Văn Sơn, Trưởng trạm Y tế xã Quảng Long; bà Hà Thị Mai, Phó Trưởng Trạm Khuyến nông huyện và ông"
        " Vi Văn Tư, Trạm trưởng Trạm Thú y huyện Hải Hà."
    )
    assert people["Lò Văn Sơn"] == {("Trạm trưởng", "Trạm Y tế xã Quảng Long")}
    assert people["Hà Thị Mai"] == {("Phó Trạm trưởng", "Trạm Khuyến nông huyện Hải Hà")}
    assert people["Vi Văn Tư"] == {("Trạm trưởng", "Trạm Thú y huyện Hải Hà")}
    # negative: a station named by no place is no body of the post
    assert posts_of("Ông Lò Văn Sơn, Trưởng trạm phát biểu tại hội nghị.")["Lò Văn Sơn"] == {("Trạm trưởng", None)}


def test_a_bare_district_of_another_kind_than_the_articles_is_the_one_its_paragraph_names():
    _, facts = article(
        "Các địa phương tổng kết công tác thi đua năm 2022\n12/01/2023 08:30\n"
        "Sáng 11/1, UBND huyện Hải Hà tổ chức Hội nghị tổng kết công tác thi đua năm 2022.\n"
        "Chiều 11/1, UBND thị xã Quảng Yên tổ chức Lễ phát động thi đua năm 2023. Tại buổi lễ, ông Vũ Văn Diện, Chủ tịch"
        " UBND thị xã trao Giấy khen cho 10 tập thể; ông Lê Văn Hùng, Phó Chủ tịch UBND huyện dự.\nPhan Minh Đức\n"
    )
    people = posts_by_name(facts)
    assert people["Vũ Văn Diện"] == {("Chủ tịch", "Ủy ban nhân dân thị xã Quảng Yên")}
    # negative: a bare district of the article's own kind stays the article's
    assert people["Lê Văn Hùng"] == {("Phó Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}


def test_a_communes_body_written_short_by_its_level_word_is_the_one_the_lead_names():
    _, facts = article(
        "Huyện Hải Hà tổng kết năm 2022\n12/01/2023 08:30\n"
        "Sáng 11/1, UBND xã Quảng Long tổ chức hội nghị tổng kết năm 2022. Dự có bà Lê Thị An, Chủ tịch HLHPN xã;"
        " ông Lý Văn Phong, Trưởng Công an xã.\nPhan Minh Đức\n"
    )
    people = posts_by_name(facts)
    assert people["Lê Thị An"] == {("Chủ tịch", "Hội Liên hiệp Phụ nữ xã Quảng Long")}
    assert people["Lý Văn Phong"] == {("Trưởng", "Công an xã Quảng Long")}
    # negative: a body naming two communes of that level leaves a bare one no commune's
    _, facts = article(
        "Huyện Hải Hà tổng kết năm 2022\n12/01/2023 08:30\n"
        "Sáng 11/1, UBND xã Quảng Long tổ chức hội nghị tổng kết năm 2022 cùng xã Quảng Thành. Dự có ông Lý Văn Phong,"
        " Trưởng Công an xã.\nPhan Minh Đức\n"
    )
    assert posts_by_name(facts)["Lý Văn Phong"] != {("Trưởng", "Công an xã Quảng Long")}


def test_an_office_in_another_countrys_body_is_not_held_in_viet_nams():
    people = posts_of(
        "Phó Chủ tịch nước trao Huân chương Hữu nghị cho ông Khamphan Phommathat, Phó Chủ tịch Quốc hội Lào và ông"
        " Somsak Vongsa, Thứ trưởng Bộ Quốc phòng Lào."
    )
    assert people["Khamphan Phommathat"] == {("Phó Chủ tịch", "Quốc hội Lào")}
    assert people["Somsak Vongsa"] == {("Thứ trưởng", "Bộ Quốc phòng Lào")}
    # negative: Viet Nam's own, a country named later in the sentence ('hữu nghị Việt - Lào'), stays Viet Nam's
    people = posts_of("Ông Lê Văn Thành, Phó Chủ tịch Quốc hội phát biểu tại buổi gặp mặt hữu nghị Việt - Lào.")
    assert people["Lê Văn Thành"] == {("Phó Chủ tịch", "Quốc hội")}


def test_the_secretary_of_the_bloc_committee_told_bare_holds_the_post_in_the_one_the_article_names():
    _, facts = article(
        "Đảng bộ Khối các cơ quan tỉnh tổng kết năm 2022\n12/01/2023 08:30\nSáng 11/1, Đảng ủy Khối các cơ quan tỉnh Quảng Ninh"
        " tổ chức hội nghị tổng kết. Dự có đồng chí Vũ Văn Diện, Bí thư Đảng ủy Khối; bà Lê Thị Hạnh, Phó Bí thư Đảng ủy"
        " Khối các cơ quan tỉnh.\nPhan Minh Đức\n"
    )
    people = posts_by_name(facts)
    assert people["Vũ Văn Diện"] == {("Bí thư", "Đảng ủy Khối các cơ quan tỉnh Quảng Ninh")}
    # negative: an article naming two blocs' committees leaves the bare one unplaced
    _, facts = article(
        "Các Đảng bộ Khối tổng kết năm 2022\n12/01/2023 08:30\nSáng 11/1, Đảng ủy Khối các cơ quan tỉnh Quảng Ninh và Đảng ủy"
        " Khối Doanh nghiệp tỉnh Quảng Ninh tổ chức hội nghị. Dự có đồng chí Vũ Văn Diện, Bí thư Đảng ủy Khối.\nPhan Minh Đức\n"
    )
    assert posts_by_name(facts)["Vũ Văn Diện"] != {("Bí thư", "Đảng ủy Khối các cơ quan tỉnh Quảng Ninh")}


def test_a_head_nurse_and_a_chief_accountant_hold_posts_in_their_bodies():
    people = posts_of(
        "Dự có bà Lý Thị Mai, Điều dưỡng trưởng Bệnh viện Đa khoa tỉnh Quảng Ninh; ông Hà Văn Sơn, Kế toán trưởng Công ty Than Hà Tu."
    )
    assert people["Lý Thị Mai"] == {("Điều dưỡng trưởng", "Bệnh viện Đa khoa tỉnh Quảng Ninh")}
    assert people["Hà Văn Sơn"] == {("Kế toán trưởng", "Công ty Than Hà Tu")}
    # negative: a nurse, not the head nurse, holds no post
    assert posts_of("Bà Lý Thị Mai, điều dưỡng Bệnh viện Đa khoa tỉnh Quảng Ninh phát biểu.")["Lý Thị Mai"] == set()


def test_a_street_groups_head_and_a_communes_inspection_chief_hold_their_posts():
    _, facts = article(
        "Xã Quảng Long tổng kết năm 2022\n12/01/2023 08:30\nSáng 11/1, UBND xã Quảng Long tổ chức hội nghị tổng kết. Dự có bà"
        " Lê Thị Hoa, Tổ trưởng Tổ dân phố số 3; ông Hà Văn Sơn, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã.\nPhan Minh Đức\n"
    )
    people = posts_by_name(facts)
    assert people["Lê Thị Hoa"] == {("Tổ trưởng tổ dân phố", "tổ dân phố số 3")}
    assert people["Hà Văn Sơn"] == {("Chủ nhiệm", "Ủy ban Kiểm tra Đảng ủy xã Quảng Long")}
    # negative: a group's head of no street group ('Tổ trưởng tổ công tác') holds no street group's post
    assert posts_of("Ông Lò Văn Sơn, Tổ trưởng tổ công tác số 1 phát biểu.")["Lò Văn Sơn"] != {("Tổ trưởng tổ dân phố", "tổ dân phố số 1")}


def test_a_thai_family_name_lo_opens_a_name():
    people = posts_of("Chủ tịch UBND huyện Lô Thanh Hoàng tặng Giấy khen cho 40 tập thể.")
    assert people["Lô Thanh Hoàng"] == {("Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}


def test_a_full_name_that_opens_the_sentence_and_receives_an_award_is_a_person():
    people = posts_of("Hoàng Thị Minh Hạnh, thủ khoa khối A00 của trường nhận Bằng khen của Bộ trưởng.")
    assert "Hoàng Thị Minh Hạnh" in people
    assert "Nông Văn Thắng" in posts_of("Năm 2022, Nông Văn Thắng được UBND huyện tặng Giấy khen.")
    # negative: a hero's name given to streets, a short name that may be a place's
    assert "Lê Văn Tám" not in posts_of("Lê Văn Tám được đặt tên cho nhiều con đường.")
    assert "Hoàng Văn" not in posts_of("Hoàng Văn nhận Giấy khen.")


def test_a_standing_deputy_of_a_ministry_a_bank_or_a_commission_keeps_thuong_truc_in_the_role():
    posts = posts_of(
        "Dự buổi lễ có các đồng chí: Lê Văn Hòa, Thứ trưởng Thường trực Bộ Nội vụ; Trần Thị Lan, Phó Thống đốc Thường trực "
        "Ngân hàng Nhà nước Việt Nam; Hoàng Văn Tư, Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Tỉnh ủy; Vũ Văn Năm, Phó Thống "
        "đốc Ngân hàng Nhà nước Việt Nam."
    )
    assert posts["Lê Văn Hòa"] == {("Thứ trưởng Thường trực", "Bộ Nội vụ")}
    assert posts["Trần Thị Lan"] == {("Phó Thống đốc Thường trực", "Ngân hàng Nhà nước Việt Nam")}
    assert {role for role, _ in posts["Hoàng Văn Tư"]} == {"Phó Chủ nhiệm Thường trực"}
    assert posts["Vũ Văn Năm"] == {("Phó Thống đốc", "Ngân hàng Nhà nước Việt Nam")}


def test_a_member_of_a_presidium_holds_it_in_the_body_after_it():
    people = posts_of(
        "Dự có đồng chí Phan Văn Khương - Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam; bà Hà Thị Nga, Ủy viên Đoàn Chủ tịch "
        "Ủy ban Trung ương MTTQ Việt Nam."
    )
    assert people["Phan Văn Khương"] == {("Ủy viên Đoàn Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam")}
    assert people["Hà Thị Nga"] == {("Ủy viên Đoàn Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")}
    assert not any(name.startswith("Đoàn") for name in people)  # ('Đoàn' is a family name too: no 'Đoàn Chủ' here)
    # negative: a member of a youth union's committee is no presidium's
    people = posts_of("Anh Đoàn Văn Nam, Ủy viên Ban Chấp hành Huyện đoàn, phát biểu.")
    assert ("Ủy viên Đoàn Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam") not in people["Đoàn Văn Nam"]


def test_a_commander_of_an_arm_or_a_service_holds_it_there_not_in_the_unit_before():
    people = posts_of(
        "Lữ đoàn Công binh 229 đón nhận Huân chương. Thiếu tướng Bùi Quang Hưng, Tư lệnh Binh chủng Công binh trao Huân chương. "
        "Trung tướng Vũ Văn Kha, Tư lệnh Quân chủng Phòng không - Không quân dự."
    )
    assert people["Bùi Quang Hưng"] == {("Tư lệnh", "Binh chủng Công binh")}
    assert people["Vũ Văn Kha"] == {("Tư lệnh", "Quân chủng Phòng không - Không quân")}
    # negative: a brigade's arm in its name is no arm of its own ('Lữ đoàn Công binh 229' is Lữ đoàn 229)
    people = posts_of("Đại tá Lê Văn Hùng, Lữ đoàn trưởng Lữ đoàn Công binh 229 phát biểu.")
    assert people["Lê Văn Hùng"] == {("Lữ đoàn trưởng", "Lữ đoàn 229")}


def test_a_cooperative_named_by_its_trade_in_lower_case_is_the_head_s_own():
    people = posts_of(
        "Ông Lò Văn Pha, Giám đốc HTX chè Tân Lập, phát biểu. Bà Lê Thị Hoa, Giám đốc HTX Nông nghiệp Yên Sở dự. "
        "Ông Vũ Văn Minh, Chủ nhiệm Hợp tác xã dịch vụ nông nghiệp Đông Phong cũng dự."
    )
    assert people["Lò Văn Pha"] == {("Giám đốc", "Hợp tác xã chè Tân Lập")}
    assert people["Lê Thị Hoa"] == {("Giám đốc", "Hợp tác xã Nông nghiệp Yên Sở")}
    assert people["Vũ Văn Minh"] == {("Chủ nhiệm", "Hợp tác xã dịch vụ nông nghiệp Đông Phong")}
    # negative: the words of a sentence after a bare 'HTX' are no trade ('HTX đã được tặng Bằng khen')
    _, facts = article(TITLE + "Năm 2022, HTX đã được tặng Bằng khen của UBND tỉnh.\nPhan Minh Đức\n")
    assert not any(g.recipient and "Bằng" in g.recipient for g in facts.grants)
    assert not any("đã được" in str(o) for o in facts.organisations)


def test_a_small_child_named_after_em_nho_chau_be_or_be_is_a_person():
    people = posts_of(
        "Em Trường thấy em nhỏ Lê Thị Thủy Tiên (5 tuổi) bị đuối nước. Anh Hùng cứu cháu bé Nguyễn Minh Anh bị rơi xuống sông. "
        "Chị Lan đã cứu bé Trần Thị Na khỏi đuối nước."
    )
    assert {"Lê Thị Thủy Tiên", "Nguyễn Minh Anh", "Trần Thị Na"} <= set(people)
    # negative: 'Bé' in a name is the name's ('bà Nguyễn Thị Bé Hai'), no honorific of its own
    people = posts_of("Bà Nguyễn Thị Bé Hai dự lễ.")
    assert "Nguyễn Thị Bé Hai" in people and "Hai" not in people


def test_a_full_name_opening_a_list_item_is_a_person():
    people = posts_of("Các cá nhân được khen thưởng:\n- Trần Văn Dũng, Giáo viên: Giấy khen;\n- Lê Thị Hòa - Kế toán: Giấy khen.")
    assert {"Trần Văn Dũng", "Lê Thị Hòa"} <= set(people)
    # negative: a body, or a name of two syllables (a street's, a school's), opening an item is no one
    people = posts_of("Các tập thể được khen thưởng:\n- Đoàn Thanh niên xã Quảng Long: Giấy khen;\n- Lê Lợi: Giấy khen.")
    assert not any(name.startswith(("Đoàn", "Lê Lợi")) for name in people)


def test_names_of_the_k_ho_mark_and_of_south_central_clans_are_people():
    people = posts_of(
        "Dự hội nghị có đồng chí K' Mák, Bí thư Huyện ủy; đồng chí K'Bình, Phó Chủ tịch UBND huyện.\n"
        "Bà Ka Sô Ha Ban, Phó Chủ tịch HĐND huyện phát biểu. Đồng chí Touneh Hàm Nghị, Trưởng Công an huyện dự."
    )
    assert people["K' Mák"] == {("Bí thư", "Huyện ủy Hải Hà")}
    assert people["K'Bình"] == {("Phó Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}
    assert people["Ka Sô Ha Ban"] == {("Phó Chủ tịch", "Hội đồng nhân dân huyện Hải Hà")}
    assert "Touneh Hàm Nghị" in people
    # the people's name without an honorific before it is no one's
    people = posts_of("Huyện có 1.200 hộ đồng bào K'Ho và Chu Ru; đồng bào K'Ho chiếm 30% dân số.")
    assert set(people) == {"Phan Minh Đức"}


def test_a_name_that_is_a_place_s_vouched_for_by_a_title_is_that_person_again_after_an_honorific():
    def presenters(body: str) -> set:
        _, facts = article(TITLE + body + "\nPhan Minh Đức\n")
        return {g.presenter for g in facts.grants}

    vouched = "Dự hội nghị có đồng chí Mai Sơn, Phó Tổng cục trưởng Tổng cục Thuế. "
    for handing in (
        "Tại hội nghị, đồng chí Mai Sơn đã trao Bằng khen của Bộ trưởng Bộ Tài chính cho 3 tập thể.",
        "Thừa ủy quyền, ông Mai Sơn trao Bằng khen của Bộ trưởng Bộ Tài chính cho 3 tập thể.",
    ):
        assert presenters(vouched + handing) == {"Mai Sơn"}, handing
    # (vouched for after: the same full name, the same person)
    assert presenters(
        "Tại hội nghị, đồng chí Mai Sơn trao Bằng khen của Bộ trưởng Bộ Tài chính cho 3 tập thể. Đồng chí Mai Sơn, Phó Tổng cục "
        "trưởng Tổng cục Thuế phát biểu."
    ) == {"Mai Sơn"}
    # negative: the place name after an honorific that no title ever vouches for is no one
    assert presenters("Tại hội nghị, đồng chí Mai Sơn đã trao Bằng khen của Bộ trưởng Bộ Tài chính cho 3 tập thể.") == {None}


def test_posts_of_clergy_a_bar_and_institutions_named_by_their_calling():
    people = posts_of(
        "Dự có Linh mục Nguyễn Văn Phúc, Chánh xứ Giáo xứ Tân Hương; Đại đức Thích Minh Tuệ, Trụ trì Chùa Bác Ái; Luật sư "
        "Phạm Văn Em, Chủ nhiệm Đoàn Luật sư tỉnh; Hòa thượng Thích Thiện Nhơn, Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo "
        "Việt Nam; Thiếu tướng Phan Văn Hùng, Giám đốc Học viện Quân y."
    )
    assert people["Nguyễn Văn Phúc"] == {("Chánh xứ", "Giáo xứ Tân Hương")}
    assert people["Thích Minh Tuệ"] == {("Trụ trì", "Chùa Bác Ái")}
    assert people["Phạm Văn Em"] == {("Chủ nhiệm", "Đoàn Luật sư tỉnh Quảng Ninh")}
    assert people["Thích Thiện Nhơn"] == {("Chủ tịch", "Hội đồng Trị sự Giáo hội Phật giáo Việt Nam")}
    assert people["Phan Văn Hùng"] == {("Giám đốc", "Học viện Quân y")}
    # negative: the bar's name is no person's ('Đoàn' a family name, 'Luật' a given one)
    assert "Đoàn Luật" not in posts_of("Ông Phạm Văn Em, Chủ nhiệm Đoàn Luật sư tỉnh phát biểu.")


def test_posts_of_clergy_in_a_southern_parish_a_protestant_branch_and_a_buddhist_board_said_short():
    people = posts_of(
        "Dự có Linh mục Trần Văn Lộc, Chánh xứ Họ đạo Cái Rồng; Mục sư Hoàng Văn Páo, Quản nhiệm Chi hội Tin Lành Đồng Rui; "
        "Thượng tọa Thích Quảng Tâm, Phó Trưởng ban Trị sự Phật giáo huyện Hải Hà."
    )
    assert people["Trần Văn Lộc"] == {("Chánh xứ", "Họ đạo Cái Rồng")}
    assert people["Hoàng Văn Páo"] == {("Quản nhiệm", "Chi hội Tin Lành Đồng Rui")}
    assert people["Thích Quảng Tâm"] == {("Phó Trưởng ban", "Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Hải Hà")}
    # negative: a board of the pagodas in lower case, no body's name
    assert posts_of("Ông Lê Văn Sáu, Trưởng ban trị sự các chùa trong xã phát biểu.")["Lê Văn Sáu"] == {("Trưởng ban", None)}


def test_a_party_title_joined_by_kiem_to_a_state_body_s_is_of_that_unit_s_party_committee():
    people = posts_of("Bà Ngô Thị Lan, Bí thư kiêm Chủ tịch UBND xã Quảng Long phát biểu.")
    assert people["Ngô Thị Lan"] == {("Bí thư", "Đảng ủy xã Quảng Long"), ("Chủ tịch", "Ủy ban nhân dân xã Quảng Long")}
    people = posts_of("Ông Hà Văn Sáu, Phó Bí thư kiêm Chủ tịch UBND huyện Hải Hà phát biểu.")
    assert people["Hà Văn Sáu"] == {("Phó Bí thư", "Huyện ủy Hải Hà"), ("Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}
    # negative: a title of another kind joined by 'kiêm' shares the next one's body, as before
    people = posts_of("Ông Đỗ Văn Chín, Chủ tịch kiêm Tổng Giám đốc Tập đoàn Viettel phát biểu.")
    viettel = "Tập đoàn Công nghiệp - Viễn thông Quân đội"  # (the group by its full name, as the brand alone is)
    assert people["Đỗ Văn Chín"] == {("Chủ tịch", viettel), ("Tổng Giám đốc", viettel)}


def test_a_commune_s_party_committee_in_lower_case_before_a_verb_is_the_commune_s_not_the_district_s():
    def post(headline: str, sentence: str) -> set:
        _, facts = article(headline + "\n12/01/2023 08:30\n" + sentence + "\nPhan Minh Đức\n")
        return posts_by_name(facts)["Lê Văn Hòa"]

    commune = "Xã Quảng Long, huyện Hải Hà tổng kết năm 2022"
    assert post(commune, "Ông Lê Văn Hòa, Bí thư đảng ủy xã phát biểu.") == {("Bí thư", "Đảng ủy xã Quảng Long")}
    assert post(commune, "Ông Lê Văn Hòa, Phó Bí thư đảng ủy xã trao Giấy khen cho 3 tập thể.") == {("Phó Bí thư", "Đảng ủy xã Quảng Long")}
    # in an article about a district, which names no commune: a commune's, unnamed; not the district's committee
    assert post(TITLE.split("\n")[0], "Ông Lê Văn Hòa, Bí thư đảng ủy xã phát biểu.") == {("Bí thư", None)}
    # negative: the bare title is the district's, as before
    assert post(TITLE.split("\n")[0], "Ông Lê Văn Hòa, Bí thư phát biểu.") == {("Bí thư", "Huyện ủy Hải Hà")}


def test_a_judge_s_a_procurator_s_and_an_enforcer_s_titles_are_posts_with_their_rank():
    people = posts_of(
        "Dự có đồng chí Nguyễn Văn Du, Thẩm phán TAND tối cao; bà Lê Thị Hoa, Kiểm sát viên cao cấp VKSND tỉnh Quảng Ninh; "
        "ông Hà Văn Minh, Chấp hành viên Chi cục Thi hành án dân sự huyện Hải Hà."
    )
    assert people["Nguyễn Văn Du"] == {("Thẩm phán", "Tòa án nhân dân tối cao")}
    assert people["Lê Thị Hoa"] == {("Kiểm sát viên cao cấp", "Viện Kiểm sát nhân dân tỉnh Quảng Ninh")}
    assert people["Hà Văn Minh"] == {("Chấp hành viên", "Chi cục Thi hành án dân sự huyện Hải Hà")}
    # negative: the plural, of no one named, is no post
    assert posts_of("Các thẩm phán, kiểm sát viên đã hoàn thành tốt nhiệm vụ.") == {"Phan Minh Đức": set()}


def test_the_head_of_a_board_written_in_lower_case_after_the_title_is_of_that_board():
    facts = article(
        "NHCSXH tỉnh Sóc Trăng tổng kết năm 2022\n10/01/2023\nNgày 9/1, NHCSXH tỉnh Sóc Trăng tổ chức hội nghị tổng kết. "
        "Dự có ông Vương Quốc Nam, Phó Chủ tịch UBND tỉnh, Trưởng ban đại diện HĐQT NHCSXH tỉnh; bà Lê Thị Hoa, Phó Trưởng "
        "ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội huyện Kế Sách.\nThu Hà\n"
    )[1]
    posts = posts_by_name(facts)
    assert ("Trưởng ban", "Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh Sóc Trăng") in posts["Vương Quốc Nam"]
    assert posts["Lê Thị Hoa"] == {
        ("Phó Trưởng ban", "Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội huyện Kế Sách")
    }  # fmt: skip
    # negative: 'đại diện' that is no board's name after the title ('đại diện cho ...') makes no board
    facts = article(
        "NHCSXH tỉnh Sóc Trăng tổng kết năm 2022\n10/01/2023\nNgày 9/1, NHCSXH tỉnh Sóc Trăng tổ chức hội nghị tổng kết. "
        "Bà Lê Thị Hoa, Trưởng ban đại diện cho các hội viên, phát biểu.\nThu Hà\n"
    )[1]
    assert all("Hội đồng quản trị" not in (org or "") for _, org in posts_by_name(facts).get("Lê Thị Hoa", set()))


def test_a_title_before_a_short_form_unread_is_not_the_article_s_company_s():
    text = (
        "Công ty Điện lực Hải Dương đón nhận Huân chương Lao động hạng Ba\n18/10/2022\nChiều 17/10, Công ty Điện lực Hải "
        "Dương tổ chức Lễ đón nhận Huân chương Lao động hạng Ba. Ông Trần Văn An, Tổng Giám đốc PVPower phát biểu. "
        "Tổng Giám đốc PVPower tặng Bằng khen cho 3 tập thể. Ông Lê Văn Bình, Phó Tổng Giám đốc phát biểu.\nBích Thủy\n"
    )
    facts = article(text)[1]
    posts = posts_by_name(facts)
    assert posts["Trần Văn An"] == {("Tổng Giám đốc", None)}
    # negative: a title with none after it heads the article's one company
    assert posts["Lê Văn Bình"] == {("Phó Tổng Giám đốc", "Công ty Điện lực Hải Dương")}
    assert [_label(g.conferrer) for g in facts.grants if g.award == "bang-khen-cap-bo-tinh"] == [None]
    # (a short form read, the corporation's)
    posts = posts_by_name(article(text.replace("Tổng Giám đốc PVPower phát", "Tổng Giám đốc EVNNPC phát"))[1])
    assert posts["Trần Văn An"] == {("Tổng Giám đốc", "Tổng công ty Điện lực miền Bắc")}


def test_a_chair_s_bare_title_acting_for_a_people_s_committee_right_after_is_of_that_committee():
    facts = article(
        "LĐLĐ tỉnh Quảng Trị đón nhận Huân chương Độc lập\n06/05/2014\nNgày 5/5, LĐLĐ tỉnh Quảng Trị tổ chức lễ đón nhận "
        "Huân chương Độc lập hạng Ba. Ông Nguyễn Đức Chính, Phó Chủ tịch thường trực cũng thay mặt UBND tỉnh Quảng Trị "
        "tặng Bằng khen cho 53 cá nhân. Bà Trần Thị Mai, Chủ tịch, đã thay mặt HĐND tỉnh phát biểu. Ông Lê Văn Hùng, Phó "
        "Chủ tịch, thay mặt Ban Tổ chức cảm ơn các đại biểu.\nHoàng Lam\n"
    )[1]
    posts = posts_by_name(facts)
    assert posts["Nguyễn Đức Chính"] == {("Phó Chủ tịch Thường trực", "Ủy ban nhân dân tỉnh Quảng Trị")}
    assert posts["Trần Thị Mai"] == {("Chủ tịch", "Hội đồng nhân dân tỉnh Quảng Trị")}
    # negative: acting for a body that is no committee names no post of it
    assert all(org is None or "Ban Tổ chức" not in org for _, org in posts["Lê Văn Hùng"])


def test_a_post_re_elected_to_after_the_name_is_the_person_s():
    facts = article(
        "Đại hội MTTQ huyện Thạch Hà lần thứ XIII\n15/07/2024\nNgày 14/7, Ủy ban MTTQ Việt Nam huyện Thạch Hà tổ chức Đại "
        "hội. Bà Nguyễn Thị Hương tái cử Chủ tịch Ủy ban MTTQ Việt Nam huyện. Ông Trần Văn Lâm được tái cử Chủ tịch Hội "
        "Nông dân huyện. Ông Lê Văn Tùng tái cử nhiều nhiệm kỳ liên tiếp.\nLê Thủy\n"
    )[1]
    posts = posts_by_name(facts)
    assert posts["Nguyễn Thị Hương"] == {("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Thạch Hà")}
    assert posts["Trần Văn Lâm"] == {("Chủ tịch", "Hội Nông dân huyện Thạch Hà")}
    # negative: re-elected to no post named
    assert posts.get("Lê Văn Tùng", set()) == set()


def test_a_commander_of_a_region_named_by_its_head_alone_is_the_region_s_command_the_article_names():
    for named, role in (("Bộ Tư lệnh Vùng Cảnh sát biển 3", "Tư lệnh"), ("Bộ Tư lệnh Vùng 2 Hải quân", "Chính ủy")):
        people = posts_of(f"Ngày 27/12, {named} tổ chức hội nghị tổng kết. Chuẩn Đô đốc Nguyễn Văn Thành, {role} Vùng chủ trì hội nghị.")
        assert people["Nguyễn Văn Thành"] == {(role, named)}, named
    # the region named by its force first is a body of its own
    people = posts_of("Chuẩn Đô đốc Nguyễn Văn Thành, Tư lệnh Vùng Cảnh sát biển 3 chủ trì hội nghị.")
    assert people["Nguyễn Văn Thành"] == {("Tư lệnh", "Vùng Cảnh sát biển 3")}
    # negative: a remote region is no body
    people = posts_of("Ông Nguyễn Văn Thành, Giám đốc Trung tâm Y tế huyện, thăm Vùng sâu của huyện Hải Hà.")
    assert people["Nguyễn Văn Thành"] == {("Giám đốc", "Trung tâm Y tế huyện Hải Hà")}


def test_people_listed_after_what_they_are_of_or_after_who_attended_are_each_a_person():
    for told in (
        "Cùng dự có các đồng chí trong Ban Thường vụ Huyện ủy: Hoàng Văn Hải, Lương Thị Mai, Nông Văn Tú.",
        "Dự hội nghị có Hoàng Văn Hải, Lương Thị Mai và Nông Văn Tú.",
        "Về dự buổi lễ có Hoàng Văn Hải, Lương Thị Mai, Nông Văn Tú.",
    ):
        assert set(posts_of(told)) - {"Phan Minh Đức"} == {"Hoàng Văn Hải", "Lương Thị Mai", "Nông Văn Tú"}, told
    # negative: no family name opens what attended: no person (but the writer)
    assert set(posts_of("Dự hội nghị có Trường THCS Hoàng Văn Thụ và lãnh đạo các phòng, ban.")) == {"Phan Minh Đức"}


def test_a_full_name_with_its_middle_van_or_thi_is_a_person_wherever_no_other_name_holds_it():
    for told, names in (
        ("Nhiều gương điển hình tiêu biểu như: Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường.", {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"}),
        ("Trong số đó có Nguyễn Văn An và Trần Thị Bình là đảng viên trẻ.", {"Nguyễn Văn An", "Trần Thị Bình"}),
        ("Thay mặt các đại biểu, Nguyễn Văn An phát biểu cảm tưởng.", {"Nguyễn Văn An"}),
    ):  # fmt: skip
        assert set(posts_of(told)) - {"Phan Minh Đức"} == names, told
    # negative: a street's, a school's, a ward's or a quoted name holds it
    for told in (
        "Hội nghị diễn ra tại số 235 Nguyễn Văn Cừ, phường Chợ Quán.",
        "Trường THCS Hoàng Văn Thụ được tặng Giấy khen.",
        "Đoàn viên phường Hoàng Văn Thụ ra quân dọn vệ sinh trên đường Nguyễn Văn Linh.",
        "Các chi đoàn thi đua “Học tập và làm theo tấm gương anh hùng Nguyễn Văn Trỗi”.",
    ):
        assert set(posts_of(told)) - {"Phan Minh Đức"} == set(), told


def test_a_district_whose_name_provinces_share_and_none_named_places_its_bodies_by_name():
    def posts(text: str) -> dict[str, set[tuple[str | None, str | None]]]:
        return posts_by_name(article(f"Tổng kết Hội thi Dân vận khéo\n20/09/2024\n{text}\nTường Vi\n")[1])

    # 'huyện Tam Nông' is of Phú Thọ and of Đồng Tháp: the article names neither, its bodies are named by the district
    found = posts(
        "Chiều 19/9, Ban Dân vận Huyện ủy Tam Nông tổ chức tổng kết Hội thi. Đồng chí Phạm Thị Ngọc Hân, Ủy viên Ban "
        "Thường vụ, Trưởng Ban Dân vận Huyện ủy phát biểu. Dự có ông Lê Văn Bình, Huyện ủy viên, Chủ tịch UBND huyện."
    )
    assert found["Phạm Thị Ngọc Hân"] == {
        ("Ủy viên Ban Thường vụ", "Huyện ủy Tam Nông"),
        ("Trưởng ban", "Ban Dân vận Huyện ủy Tam Nông"),
    }
    assert found["Lê Văn Bình"] == {("Huyện ủy viên", "Huyện ủy Tam Nông"), ("Chủ tịch", "Ủy ban nhân dân huyện Tam Nông")}
    # another wording: 'huyện Châu Thành' (five provinces), a town's level word left to the text
    found = posts("Ngày 2/1, UBND huyện Châu Thành tổ chức hội nghị. Bà Trần Thị Hoa, Bí thư Huyện ủy phát biểu.")
    assert found["Trần Thị Hoa"] == {("Bí thư", "Huyện ủy Châu Thành")}
    # negative: two such districts named leave a bare body unplaced (neither is the article's)
    found = posts("Ngày 2/1, UBND huyện Châu Thành và UBND huyện Tam Nông tổ chức giao lưu. Bà Trần Thị Hoa, Bí thư Huyện ủy phát biểu.")
    assert found["Trần Thị Hoa"] == {("Bí thư", "Huyện ủy")}


def test_a_section_of_an_institution_named_after_its_head_word_is_the_post_s_body():
    def posts(sentences: str) -> dict[str, set[tuple[str | None, str | None]]]:
        text = f"Đại học Huế kỷ niệm Ngày Nhà giáo\n18/11/2024\nChiều 17/11, Đại học Huế tổ chức Lễ kỷ niệm.\n{sentences}\nMai Anh\n"
        return posts_by_name(article(text)[1])

    found = posts(
        "TS. Trần Văn Hòa, Trưởng Ban Tổ chức - Cán bộ Đại học Huế công bố các quyết định. "
        "Bà Lê Thị Hoa, Phó Trưởng ban Đào tạo Đại học Huế phát biểu."
    )
    assert found["Trần Văn Hòa"] == {("Trưởng ban", "Ban Tổ chức - Cán bộ Đại học Huế")}
    assert found["Lê Thị Hoa"] == {("Phó Trưởng ban", "Ban Đào tạo Đại học Huế")}
    # another wording: a hospital's department ('Phòng'), the hospital by its own name after it
    found = posts("Ông Lê Văn Nam, Trưởng phòng Kế hoạch - Tổng hợp Bệnh viện Đa khoa tỉnh Lạng Sơn dự.")
    assert found["Lê Văn Nam"] == {("Trưởng phòng", "Phòng Kế hoạch - Tổng hợp Bệnh viện Đa khoa tỉnh Lạng Sơn")}
    # negative: a Party committee's board keeps its own rule (not 'Ban ... ' of the committee read as an institution)
    found = posts("Bà Lê Thị Hoa, Trưởng Ban Tuyên giáo Tỉnh ủy Lạng Sơn phát biểu.")
    assert found["Lê Thị Hoa"] == {("Trưởng ban", "Ban Tuyên giáo Tỉnh ủy Lạng Sơn")}
    # nor a section of a People's Committee, which names no institution
    found = posts("Ông Lê Văn Nam, Trưởng Ban Quản lý dự án UBND huyện dự.")
    assert ("Trưởng ban", "Ban Quản lý dự án Ủy ban nhân dân huyện") not in found["Lê Văn Nam"]


def test_a_title_after_two_names_joined_under_a_plural_honorific_is_held_by_both():
    found = posts_of("Dự có các đồng chí Nguyễn Văn Dũng và Trần Thị Em, Phó Chủ tịch UBND huyện.")
    assert found["Nguyễn Văn Dũng"] == found["Trần Thị Em"] == {("Phó Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}
    # another wording: 'các ông', a department's deputies
    found = posts_of("Các ông Nguyễn Văn Dũng và Trần Văn Em, Phó Giám đốc Sở Nội vụ cùng dự.")
    assert found["Nguyễn Văn Dũng"] == {("Phó Giám đốc", "Sở Nội vụ tỉnh Quảng Ninh")}
    # negative: one honorific, not plural, or something said of the first between: the title is the second's alone
    assert posts_of("Dự có đồng chí Nguyễn Văn Dũng và Trần Thị Em, Phó Chủ tịch UBND huyện.")["Nguyễn Văn Dũng"] == set()
    found = posts_of("Dự có các đồng chí Nguyễn Văn Dũng (xã Tân Mỹ) và Trần Thị Em, Phó Chủ tịch UBND huyện.")
    assert found["Nguyễn Văn Dũng"] == set()


def test_a_full_name_inside_a_gifted_school_s_name_is_no_person():
    assert "Lương Văn Tụy" not in posts_of("Trường THPT chuyên Lương Văn Tụy được tặng Cờ thi đua.")
    # another wording: the school of the gifted by its short level word
    assert "Lê Văn Hưu" not in posts_of("Dự có đại diện Trường THCS chuyên Lê Văn Hưu.")
    # negative: a teacher of it, named after an honorific, still is one
    assert "Lê Thị Hoa" in posts_of("Cô Lê Thị Hoa, giáo viên Trường THPT chuyên Lương Văn Tụy phát biểu.")


def test_the_term_of_a_post_does_not_end_the_chain_of_titles():
    found = posts_of("Ông Hà Văn Thắng, Đại biểu Quốc hội khóa XV, Phó Trưởng Đoàn ĐBQH tỉnh phát biểu.")
    assert ("Phó Trưởng Đoàn", "Đoàn Đại biểu Quốc hội tỉnh Quảng Ninh") in found["Hà Văn Thắng"]
    # another wording: a council's term in years
    found = posts_of("Ông Lê Văn Nam, Chủ tịch HĐND huyện nhiệm kỳ 2021 - 2026, Bí thư Huyện ủy dự.")
    assert ("Bí thư", "Huyện ủy Hải Hà") in found["Lê Văn Nam"]
    # negative: a word that is no term ('khóa mới') is not read past
    found = posts_of("Ông Lê Văn Nam, Chủ tịch HĐND huyện khóa mới, Trần Văn Bình, Bí thư Huyện ủy dự.")
    assert found["Lê Văn Nam"] == {("Chủ tịch", "Hội đồng nhân dân huyện Hải Hà")}


def test_a_bare_party_committee_before_a_unit_s_head_is_that_unit_s():
    found = posts_of("Ông Lê Văn Thành, Bí thư Đảng ủy, Giám đốc Công ty Điện lực Quảng Ninh dự.")
    assert ("Bí thư", "Đảng ủy Công ty Điện lực Quảng Ninh") in found["Lê Văn Thành"]
    # another wording: a school's principal, its deputy secretary
    found = posts_of("Bà Lê Thị Hoa, Phó Bí thư Đảng ủy, Hiệu trưởng Trường THPT Hải Hà phát biểu.")
    assert ("Phó Bí thư", "Đảng ủy Trường THPT Hải Hà") in found["Lê Thị Hoa"]
    # negative: before a commune's committee it is the commune's Party committee
    found = posts_of("Ông Lê Văn Thành, Bí thư Đảng ủy, Chủ tịch UBND xã Quảng Long dự.")
    assert ("Bí thư", "Đảng ủy xã Quảng Long") in found["Lê Văn Thành"]


def test_a_name_shortened_to_its_initial_is_kept_unknown_and_is_no_person():
    people = posts_of("Anh Hoàng Văn Nam đã bắt giữ đối tượng Lê Văn T. (SN 2002, trú tại xã Quảng Long).")
    assert set(people) == {"Hoàng Văn Nam", "Phan Minh Đức"}
    people = posts_of("Cháu Nguyễn Thị H. được anh Đỗ Minh Quân cứu sống.")
    assert set(people) == {"Đỗ Minh Quân", "Phan Minh Đức"}
    # negative: a Central Highlands name opens on a syllable of one letter, and is a person; and a sentence may end
    # on a name of one letter, the stop the sentence's
    people = posts_of("Giấy khen được trao cho ông Lê Văn A. Ông Vũ Văn Hải chủ trì.")
    assert set(people) == {"Lê Văn A", "Vũ Văn Hải", "Phan Minh Đức"}
    people = posts_of("Ông Y Ngọc Niê, Phó Chủ tịch UBND huyện Hải Hà phát biểu.")
    assert people["Y Ngọc Niê"] == {("Phó Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}


def test_a_command_s_post_named_bare_before_another_of_its_posts_is_of_the_command_named_after_both():
    def posts_after_meeting(said: str) -> dict[str, set[tuple[str | None, str | None]]]:
        lead = "Chiều 16/11, UBND huyện Văn Lãng tổ chức hội nghị tổng kết công tác năm 2023. "
        return posts_by_name(article(f"Hội nghị tổng kết\n17/11/2023\n{lead}{said}\nHà Linh\n")[1])

    people = posts_after_meeting("Dự có Thượng tá Lê Văn Hòa, Phó Chỉ huy trưởng, Tham mưu trưởng Ban Chỉ huy Quân sự huyện.")
    assert people["Lê Văn Hòa"] == {
        ("Phó Chỉ huy trưởng", "Ban Chỉ huy Quân sự huyện Văn Lãng"),
        ("Tham mưu trưởng", "Ban Chỉ huy Quân sự huyện Văn Lãng"),
    }
    people = posts_after_meeting("Dự có Trung tá Hà Văn Lâm, Chính trị viên, Phó Chỉ huy trưởng Ban Chỉ huy Quân sự huyện.")
    assert ("Chính trị viên", "Ban Chỉ huy Quân sự huyện Văn Lãng") in people["Hà Văn Lâm"]
    # negative: a post of another kind after it names no command of it
    people = posts_after_meeting("Dự có Thiếu tá Lò Văn Sơn, Phó Chỉ huy trưởng, Giám đốc Trung tâm Y tế huyện.")
    assert ("Phó Chỉ huy trưởng", None) in people["Lò Văn Sơn"]


def test_a_secretary_of_the_party_s_central_committee_holds_that_post_and_the_next_in_the_chain():
    people = posts_of("Dự có đồng chí Lê Minh Hưng, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương.")
    assert people["Lê Minh Hưng"] == {
        ("Ủy viên", "Bộ Chính trị"),
        ("Bí thư Trung ương Đảng", "Ban Bí thư"),
        ("Trưởng ban", "Ban Tổ chức Trung ương"),
    }
    # negative: a secretary of the youth union's central committee, or of a district's Party committee, stays so
    assert posts_of("Dự có đồng chí Nguyễn Văn Hòa, Bí thư Trung ương Đoàn.")["Nguyễn Văn Hòa"] == {
        ("Bí thư", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")
    }
    assert posts_of("Dự có đồng chí Nguyễn Văn Hòa, Bí thư Huyện ủy.")["Nguyễn Văn Hòa"] == {("Bí thư", "Huyện ủy Hải Hà")}


def test_a_calling_before_a_country_names_no_one():
    people = posts_of(
        "UBND tỉnh tặng Bằng khen cho 5 cá nhân người Hàn Quốc và 2 chuyên gia người Trung Quốc làm việc tại Khu công nghiệp."
    )
    assert set(people) == {"Phan Minh Đức"}
    # negative: a person of that family, by name, is one
    people = posts_of("UBND tỉnh tặng Bằng khen cho công nhân Hàn Văn Quốc, người đã cứu 2 em nhỏ.")
    assert "Hàn Văn Quốc" in set(people)


def test_a_commune_s_party_boards_and_its_military_command_named_after_the_head_s_title():
    def posts(sentence: str) -> set[tuple[str | None, str | None]]:
        _, facts = article(
            "Xã Quảng Long tổng kết năm 2023\n12/01/2024 08:30\nNgày 10/1, UBND xã Quảng Long tổ chức hội nghị tổng kết "
            f"công tác năm 2023. {sentence}\nPhan Minh Đức\n"
        )
        return {(x.role, x.org.name if x.org else None) for p in facts.people if p.name == "Lê Văn Sơn" for x in p.posts}

    assert posts("Dự có ông Lê Văn Sơn, Trưởng ban Dân vận Đảng ủy xã.") == {("Trưởng ban", "Ban Dân vận Đảng ủy xã Quảng Long")}
    assert posts("Ông Lê Văn Sơn, Phó Trưởng ban Xây dựng Đảng Đảng ủy xã phát biểu.") == {
        ("Phó Trưởng ban", "Ban Xây dựng Đảng Đảng ủy xã Quảng Long")
    }
    # the command's 'Ban Chỉ huy' left in the title, and the deputy's title as the press writes it
    assert posts("Dự có ông Lê Văn Sơn, Chỉ huy trưởng Quân sự xã.") == {("Chỉ huy trưởng", "Ban Chỉ huy Quân sự xã Quảng Long")}
    assert posts("Ông Lê Văn Sơn, Chỉ huy phó Ban CHQS xã phát biểu.") == {("Chỉ huy phó", "Ban Chỉ huy Quân sự xã Quảng Long")}
    # negative: a board of no commune's committee is not one; 'Chỉ huy phó' with no command after it is no title
    assert posts("Dự có ông Lê Văn Sơn, Trưởng ban Dân vận Đảng ủy Khối.") != {("Trưởng ban", "Ban Dân vận Đảng ủy xã Quảng Long")}
    assert posts("Ông Lê Văn Sơn, chỉ huy phó của đội bóng, phát biểu.") == set()


def test_the_party_s_boards_merged_in_2025_are_bodies_of_their_committee():
    people = posts_of(
        "Dự có bà Lý Thị Mai, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; ông Lê Văn An, Phó Trưởng Ban Xây dựng Đảng Huyện ủy."
    )
    assert people["Lý Thị Mai"] == {("Trưởng ban", "Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ninh")}
    assert people["Lê Văn An"] == {("Phó Trưởng ban", "Ban Xây dựng Đảng Huyện ủy Hải Hà")}
    assert posts_of("Ông Lê Văn An, Phó Trưởng Ban Chính sách, chiến lược Trung ương phát biểu.")["Lê Văn An"] == {
        ("Phó Trưởng ban", "Ban Chính sách, chiến lược Trung ương")
    }
    # the boards before them stay as they were
    assert posts_of("Bà Lý Thị Mai, Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu.")["Lý Thị Mai"] == {
        ("Trưởng ban", "Ban Tuyên giáo Tỉnh ủy Quảng Ninh")
    }


def test_a_name_inside_the_quoted_name_of_a_contest_a_programme_or_a_work_is_no_person():
    def names(body: str) -> set[str]:
        return set(posts_of(body)) - {"Phan Minh Đức"}

    assert names('Trường tổ chức cuộc thi "Tìm hiểu cuộc đời và sự nghiệp của Đại tướng Võ Nguyên Giáp".') == set()
    # other wordings: curly quotes, a programme's and a seminar's names, a comrade and a young hero in them
    assert names("Đoàn viên hưởng ứng chương trình “Tiếp bước anh Lý Tự Trọng”.") == set()
    assert names("Huyện tổ chức Hội thảo khoa học “Đồng chí Lê Duẩn với quê hương Quảng Ninh”.") == set()
    # negative: a name in quoted speech is a person; one outside the quotes too
    assert names("Ông Lê Văn Hòa phát biểu: “Tôi cảm ơn đồng chí Nguyễn Văn Bình, Chủ tịch UBND tỉnh đã quan tâm”.") == {
        "Lê Văn Hòa",
        "Nguyễn Văn Bình",
    }
    assert names("Em Nguyễn Thị An đoạt giải Nhất cuộc thi “Tìm hiểu lịch sử Đảng bộ huyện”.") == {"Nguyễn Thị An"}


def test_a_name_a_place_or_a_school_bears_is_no_person():
    def names(body: str) -> set[str]:
        return set(posts_of(body)) - {"Phan Minh Đức"}

    assert names("Đoàn đã dâng hương tại Đền thờ Chủ tịch Hồ Chí Minh.") == set()
    assert names("Trường được mang tên Anh hùng liệt sĩ Nguyễn Viết Xuân từ năm 1995.") == set()
    assert names("Đoàn viếng Nhà lưu niệm Đại tướng Võ Nguyên Giáp.") == set()
    # negative: the leader honoured, and a person after the namesake's sentence
    assert names("Đoàn đã dâng hương tưởng niệm Chủ tịch Hồ Chí Minh.") == {"Hồ Chí Minh"}
    assert names("Trường mang tên liệt sĩ. Ông Lê Văn Hòa, Hiệu trưởng phát biểu.") == {"Lê Văn Hòa"}


def test_a_bare_party_title_beside_a_district_s_board_left_unplaced_is_a_district_s_not_the_province_s():
    def posts(sentence: str) -> set[tuple[str | None, str | None]]:
        _, facts = article(
            "Tỉnh Quảng Ninh tổng kết năm 2023\n12/01/2024 08:30\nNgày 10/1, UBND tỉnh Quảng Ninh tổ chức hội nghị tổng kết "
            f"công tác năm 2023. {sentence}\nPhan Minh Đức\n"
        )
        return {(x.role, x.org.name if x.org else None) for p in facts.people if p.name == "Lê Văn Sơn" for x in p.posts}

    assert posts("Dự có ông Lê Văn Sơn, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy.") == {
        ("Ủy viên Ban Thường vụ", "Huyện ủy"),
        ("Trưởng ban", "Ban Tổ chức Huyện ủy"),
    }
    assert ("Phó Bí thư", "Huyện ủy") in posts("Dự có ông Lê Văn Sơn, Phó Bí thư, Trưởng Ban Dân vận Huyện ủy.")
    # negative: beside the province's board, or a department, it is the province's
    assert ("Ủy viên Ban Thường vụ", "Tỉnh ủy Quảng Ninh") in posts(
        "Dự có ông Lê Văn Sơn, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy."
    )
    assert ("Ủy viên Ban Thường vụ", "Tỉnh ủy Quảng Ninh") in posts("Dự có ông Lê Văn Sơn, Ủy viên Ban Thường vụ, Giám đốc Sở Nội vụ.")


def test_a_young_pioneer_unit_s_pupil_leader_holds_a_post_in_it():
    people = posts_of("Phát biểu tại buổi lễ có em Lê Thị Mai, Liên đội trưởng Liên đội Trường THCS Quảng Long.")
    assert people["Lê Thị Mai"] == {("Liên đội trưởng", "Liên đội Trường THCS Quảng Long")}
    # negative: a unit's leader with no unit after the title is told with no body
    assert posts_of("Em Lê Thị Mai, Liên đội trưởng, phát biểu.")["Lê Thị Mai"] == {("Liên đội trưởng", None)}


def test_a_commune_s_body_left_unnamed_is_of_the_one_commune_its_sentence_named_before():
    people = posts_of("Dự có ông Lò Văn Dũng, Phó Chủ tịch UBND xã Tân Lập; bà Vi Thị Hoa, Chủ tịch Hội LHPN xã.")
    assert ("Chủ tịch", "Hội Liên hiệp Phụ nữ xã Tân Lập") in people["Vi Thị Hoa"]
    # negative: two communes named before it: which one is unsaid
    people = posts_of(
        "Dự có ông Lò Văn Dũng, Chủ tịch UBND xã Tân Lập; ông Hà Văn Sơn, Chủ tịch UBND xã Tân Mỹ; bà Vi Thị Hoa, Chủ tịch Hội LHPN xã."
    )
    assert not any(org and org.endswith(("Tân Lập", "Tân Mỹ")) for _, org in people["Vi Thị Hoa"])


def test_a_name_after_an_honorific_inside_an_anniversary_or_an_example_is_no_one_of_the_article():
    for said, name in (
        ("Nhân kỷ niệm 112 năm ngày sinh Đại tướng Võ Nguyên Giáp, đoàn viên dâng hương.", "Võ Nguyên Giáp"),
        ("Nhân kỷ niệm 70 năm ngày mất của đồng chí Nguyễn Văn Cừ, đoàn viên dâng hương.", "Nguyễn Văn Cừ"),
        ("Đoàn viên thi đua học tập tấm gương đồng chí Lê Hồng Phong.", "Lê Hồng Phong"),
    ):
        assert name not in posts_of(said), said
    # negatives: the same honorific telling one of the article, and one named as an example with a post of his own
    assert "Lê Văn Hùng" in posts_of("Ngày sinh hoạt chi bộ, đồng chí Lê Văn Hùng phát biểu.")
    people = posts_of("Đoàn viên học tập tấm gương đồng chí Lê Văn Hùng, nguyên Bí thư Huyện ủy Hải Hà.")
    assert people["Lê Văn Hùng"] == {("nguyên Bí thư", "Huyện ủy Hải Hà")}


def test_names_listed_bare_after_a_plural_honorific_hold_the_title_said_after_the_last():
    for said in (
        "Dự hội nghị có các đồng chí Lê Văn An, Trần Thị Bình, Phó Chủ tịch UBND huyện Hải Hà.",
        "Dự hội nghị có các đồng chí: Lê Văn An, Trần Thị Bình - Phó Chủ tịch UBND huyện Hải Hà.",
        # (a plural title, then its holders after a colon)
        "Dự hội nghị có các đồng chí Phó Chủ tịch UBND huyện Hải Hà: Lê Văn An, Trần Thị Bình.",
    ):
        people = posts_of(said)
        assert people["Lê Văn An"] == people["Trần Thị Bình"] == {("Phó Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}, said
    # the run of bare names starts after one with a title of its own
    people = posts_of("Dự có các đồng chí: Lê Văn An, Bí thư Huyện ủy; Trần Thị Bình, Hoàng Văn Cường, Phó Chủ tịch UBND huyện.")
    assert people["Lê Văn An"] == {("Bí thư", "Huyện ủy Hải Hà")}
    assert people["Trần Thị Bình"] == people["Hoàng Văn Cường"] == {("Phó Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}
    # negative: one with something said of it between holds no title said after the next
    people = posts_of("Dự hội nghị có các đồng chí: Lê Văn An (xã Quảng Long), Trần Thị Bình, Phó Chủ tịch UBND huyện.")
    assert people["Lê Văn An"] == set()


def test_titles_beside_a_neighbouring_country_s_governorship_are_all_of_bodies_abroad():
    for said in (
        "Dự có đồng chí Khamphan Phommathat, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Hủa Phăn.",
        "Dự có ông Phan Văn Khăm, Bí thư Tỉnh ủy, Phó Tỉnh trưởng tỉnh Chăm Pa Sắc.",
    ):
        people = posts_of(said)
        name = "Khamphan Phommathat" if "Khamphan" in said else "Phan Văn Khăm"
        assert {org for _, org in people[name]} == {None}, said
    # negative: a secretary of the province's own committee, with no such title beside, holds it here
    assert posts_of("Dự có ông Phan Văn Khăm, Bí thư Tỉnh ủy.")["Phan Văn Khăm"] == {("Bí thư", "Tỉnh ủy Quảng Ninh")}


def test_a_rank_set_off_by_commas_between_a_name_and_its_title_is_passed_over():
    people = posts_of("Đồng chí Hà Văn Đông, Thiếu tướng, Phó Giám đốc Công an tỉnh phát biểu tại hội nghị.")
    assert people["Hà Văn Đông"] == {("Phó Giám đốc", "Công an tỉnh Quảng Ninh")}
    people = posts_of("Ông Lê Văn Hùng, Đại tá, nguyên Chính ủy Bộ CHQS tỉnh dự lễ.")
    assert people["Lê Văn Hùng"] == {("nguyên Chính ủy", "Bộ Chỉ huy Quân sự tỉnh Quảng Ninh")}
    # negative: a rank with words of its own after it is no title, and none follows
    assert posts_of("Ông Lê Văn Hùng, Đại tá quân đội nghỉ hưu, chia sẻ kỷ niệm.")["Lê Văn Hùng"] == set()


def test_the_state_bank_s_governors_by_their_office_alone_hold_it_at_the_state_bank():
    people = posts_of(
        "Dự hội nghị có bà Nguyễn Thị Hồng, Thống đốc Ngân hàng Nhà nước Việt Nam; ông Đào Minh Tú, Phó Thống đốc Thường trực; "
        "Phó Thống đốc Phạm Thanh Hà."
    )
    bank = "Ngân hàng Nhà nước Việt Nam"
    assert people["Nguyễn Thị Hồng"] == {("Thống đốc", bank)}
    assert people["Đào Minh Tú"] == {("Phó Thống đốc Thường trực", bank)}
    assert people["Phạm Thanh Hà"] == {("Phó Thống đốc", bank)}
    # negative: a branch's head is its director, the branch his body
    people = posts_of("Ông Hoàng Văn Tùng, Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh Quảng Ninh phát biểu.")
    assert people["Hoàng Văn Tùng"] == {("Giám đốc", "Ngân hàng Nhà nước chi nhánh tỉnh Quảng Ninh")}


def test_the_head_of_a_khu_heads_that_village():
    # 'khu', the village of the midland provinces, by its name or its number
    assert posts_of("Ông Hà Văn Tuấn, Trưởng khu Xuân Thắng phát biểu.")["Hà Văn Tuấn"] == {("Trưởng khu", "khu Xuân Thắng")}
    assert posts_of("Bà Lê Thị Nga, Trưởng khu 5 nhận Giấy khen.")["Lê Thị Nga"] == {("Trưởng khu", "khu 5")}
    # (not the head of an economic zone, an area, or a ward of a hospital)
    for title in ("Trưởng khu Kinh tế Vân Đồn", "Trưởng khu vực 2", "Trưởng khu điều trị"):
        assert ("Trưởng khu", None) not in posts_of(f"Ông Hà Văn Tuấn, {title} phát biểu.")["Hà Văn Tuấn"], title


def test_a_head_of_office_s_signature_marks_a_signer_not_a_writer():
    # a notice of a district office signed by its head ('TRƯỞNG PHÒNG'), or by an institute's ('VIỆN TRƯỞNG')
    for title in ("TRƯỞNG PHÒNG", "KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG", "VIỆN TRƯỞNG"):
        doc, _ = article(
            "Kết quả khen thưởng năm học 2021 - 2022\nPhòng Giáo dục và Đào tạo huyện Hải Hà tặng Giấy khen cho 9 tập thể.\n"
            f"Ngày 25 tháng 6 năm 2022\n{title}\nNguyễn Văn Bình\n"
        )
        assert (doc.author, doc.signer) == (None, "Nguyễn Văn Bình"), title
    # (a byline in capitals that is no title is the writer)
    doc, _ = article("Kết quả khen thưởng\nPhòng Giáo dục và Đào tạo huyện Hải Hà tặng Giấy khen cho 9 tập thể.\nPHẠM THU HÀ\n")
    assert doc.author == "Phạm Thu Hà"


def test_a_youth_union_secretary_holds_the_post_in_the_union_of_the_unit_named():
    def posts(title: str) -> set:
        _, facts = article(
            "Đoàn Thanh niên Sở Y tế tỉnh Quảng Ninh kỷ niệm ngày thành lập Đoàn\nNgày 26/3/2023, Đoàn Thanh niên Sở Y tế tỉnh"
            f" Quảng Ninh tổ chức kỷ niệm.\nAnh Lê Văn Tú, {title} chủ trì.\nPhan Minh Đức\n"
        )
        return posts_by_name(facts)["Lê Văn Tú"]

    # 'Đoàn' before a department or a school: that unit's youth union
    assert posts("Bí thư Đoàn Sở Y tế") == {("Bí thư", "Đoàn Thanh niên Cộng sản Hồ Chí Minh Sở Y tế tỉnh Quảng Ninh")}
    assert posts("Phó Bí thư Đoàn Trường THPT Tiên Yên") == {("Phó Bí thư", "Đoàn Thanh niên Cộng sản Hồ Chí Minh Trường THPT Tiên Yên")}
    # a union named by its kind alone: the one of that kind the article names in full ('Bí thư Đoàn Sở' after 'Đoàn
    # Thanh niên Sở Y tế tỉnh Quảng Ninh'), else unplaced, never the province's Party committee
    assert posts("Bí thư Đoàn Sở") == {("Bí thư", "Đoàn Thanh niên Cộng sản Hồ Chí Minh Sở Y tế tỉnh Quảng Ninh")}
    for bare in ("Bí thư Chi đoàn", "Bí thư Đoàn trường", "Bí thư Liên chi đoàn"):
        assert posts(bare) == {("Bí thư", None)}, bare

    # (a cell named in full is the one a bare 'Chi đoàn' is; of two departments' unions named, neither is)
    def held(headline: str, lead: str, title: str) -> set:
        return posts_by_name(article(f"{headline}\nNgày 26/3/2023, {lead}.\nAnh Lê Văn Tú, {title} chủ trì.\nPhan Minh Đức\n")[1])[
            "Lê Văn Tú"
        ]

    assert held("Chi đoàn Công an xã tuyên dương đoàn viên", "Chi đoàn Công an xã Quảng Long tổ chức tuyên dương", "Bí thư Chi đoàn") == {
        ("Bí thư", "Chi đoàn Công an xã Quảng Long")
    }
    two = "Đoàn Thanh niên Sở Y tế và Đoàn Thanh niên Sở Tư pháp tỉnh Quảng Ninh ký kết chương trình phối hợp"
    assert held("Đoàn Thanh niên hai Sở ký kết phối hợp", two, "Bí thư Đoàn Sở") == {("Bí thư", None)}
    # (a bare 'Bí thư' is still the Party's)
    assert posts("Bí thư") == {("Bí thư", "Tỉnh ủy Quảng Ninh")}


def test_a_post_taken_again_or_taken_as_the_verb_s_object_is_held():
    # 'tiếp tục được bầu giữ chức', 'bầu bà A làm Chủ tịch': the post elected to
    said = "Đại hội đã bầu Ban Chấp hành; bà Lê Thị Hoa tiếp tục được bầu giữ chức Chủ tịch Hội Chữ thập đỏ huyện."
    assert posts_of(said)["Lê Thị Hoa"] == {("Chủ tịch", "Hội Chữ thập đỏ huyện Hải Hà")}
    assert posts_of("Đại hội bầu ông Vi Văn Tám làm Chủ tịch Hội Nông dân huyện.")["Vi Văn Tám"] == {
        ("Chủ tịch", "Hội Nông dân huyện Hải Hà")
    }
    # (not work done with a body, nor a kind of work)
    assert posts_of("Bà Lê Thị Hoa làm việc với Hội Chữ thập đỏ huyện.")["Lê Thị Hoa"] == set()
    assert posts_of("Bà Lê Thị Hoa làm công tác Hội từ năm 2010.")["Lê Thị Hoa"] == set()


def test_the_chair_of_a_fund_s_managing_council_holds_a_post_in_the_fund_named():
    assert posts_of("Chúc mừng bà Thái Thị Hương, Chủ tịch Hội đồng Quản lý Quỹ Vì Tầm Vóc Việt.")["Thái Thị Hương"] == {
        ("Chủ tịch Hội đồng quản lý", "Quỹ Vì Tầm Vóc Việt")
    }
    assert posts_of("Ông Lê Văn An, Phó Chủ tịch Hội đồng quản lý Quỹ Thiện Tâm phát biểu.")["Lê Văn An"] == {
        ("Phó Chủ tịch Hội đồng quản lý", "Quỹ Thiện Tâm")
    }
    # negative: a council of no fund is no such title ('Chủ tịch Hội đồng quản lý dự án': the chair of a council)
    assert posts_of("Ông Lê Văn An, Chủ tịch Hội đồng quản lý dự án phát biểu.")["Lê Văn An"] != {("Chủ tịch Hội đồng quản lý", None)}


def test_a_ministry_s_own_office_and_inspectorate_are_of_the_ministry_named_or_the_article_s():
    _, facts = article(
        "Bộ Nông nghiệp và Phát triển nông thôn tổng kết năm 2023\n26/01/2024\nNgày 26/01/2024, Bộ Nông nghiệp và Phát triển"
        " nông thôn tổ chức hội nghị tổng kết. Tham dự có bà Lê Thị Hà, Chánh Văn phòng Bộ; ông Trần Văn Nam, Chánh Thanh tra"
        " Bộ.\nHồng Anh\n"
    )
    posts = posts_by_name(facts)
    assert posts["Lê Thị Hà"] == {("Chánh Văn phòng", "Văn phòng Bộ Nông nghiệp và Phát triển nông thôn")}
    assert posts["Trần Văn Nam"] == {("Chánh Thanh tra", "Thanh tra Bộ Nông nghiệp và Phát triển nông thôn")}
    assert posts_of("Ông Lê Văn An, Phó Chánh Thanh tra Bộ Y tế phát biểu.")["Lê Văn An"] == {("Phó Chánh Thanh tra", "Thanh tra Bộ Y tế")}
    # negative: named bare in an article about no ministry, it is no province's or district's office
    assert posts_of("Ông Lê Văn An, Chánh Văn phòng Bộ phát biểu.")["Lê Văn An"] == {("Chánh Văn phòng", None)}


def test_a_short_name_the_article_defines_in_words_of_the_body_s_name_is_that_body():
    _, facts = article(
        "Liên hiệp hội tổng kết năm 2022\n06/01/2023\nNgày 6/1/2023, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ninh"
        " (Liên hiệp hội) tổ chức hội nghị tổng kết.\nTS Hồ Sỹ Nguyên, Chủ tịch Liên hiệp hội chủ trì.\nNgọc Thu\n"
    )
    assert posts_by_name(facts)["Hồ Sỹ Nguyên"] == {("Chủ tịch", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ninh")}
    # negative: words in brackets that are not the name's own define nothing
    _, facts = article(
        "Hội Cựu chiến binh tổng kết năm 2022\n06/01/2023\nNgày 6/1/2023, Hội Cựu chiến binh huyện Hải Hà (Ban đại diện mới)"
        " tổ chức hội nghị tổng kết.\nÔng Lê Văn Sáu, Trưởng Ban đại diện mới phát biểu.\nNgọc Thu\n"
    )
    assert ("Trưởng ban", "Hội Cựu chiến binh huyện Hải Hà") not in posts_by_name(facts).get("Lê Văn Sáu", set())


def test_a_school_s_youth_union_and_a_joint_youth_cell_are_the_secretary_s_bodies():
    assert posts_of("Anh Lê Văn An, Bí thư Đoàn trường THPT Hải Hà phát biểu.")["Lê Văn An"] == {
        ("Bí thư", "Đoàn Thanh niên Cộng sản Hồ Chí Minh Trường THPT Hải Hà")
    }  # (the school's, not the district's youth union)
    assert posts_of("Chị Lê Thị Mai, Bí thư Liên chi đoàn Khoa Nội phát biểu.")["Lê Thị Mai"] == {("Bí thư", "Liên chi đoàn Khoa Nội")}
    # negative: named by its kind alone, no body of its own, nor the district's Party committee
    assert posts_of("Chị Lê Thị Mai, Bí thư Liên chi đoàn phát biểu.")["Lê Thị Mai"] == {("Bí thư", None)}


def test_a_person_listed_after_a_named_body_with_va_is_another_person_not_the_body_s_name():
    posts = posts_of(
        "Trao danh hiệu cho các nhà giáo: Lê Văn Nam, giáo viên Trường THCS Đồng Rui và Hoàng Thị Mai, Hiệu trưởng Trường Tiểu học Đại Dực."
    )
    assert posts["Lê Văn Nam"] == {("Giáo viên", "Trường THCS Đồng Rui")}
    assert posts["Hoàng Thị Mai"] == {("Hiệu trưởng", "Trường Tiểu học Đại Dực")}
    posts = posts_of("Dự lễ có ông Lê Văn Nam, Giám đốc Công ty Than Hà Lầm và Đặng Thu Trang, Phó Giám đốc Sở Y tế.")
    assert posts["Lê Văn Nam"] == {("Giám đốc", "Công ty Than Hà Lầm")}
    assert posts["Đặng Thu Trang"] == {("Phó Giám đốc", "Sở Y tế tỉnh Quảng Ninh")}
    # negative: a company's name with 'và' and no person after it stays whole
    posts = posts_of("Dự lễ có ông Lê Văn Nam, Giám đốc Công ty Xây dựng và Thương mại Hoàng Long, phát biểu.")
    assert posts["Lê Văn Nam"] == {("Giám đốc", "Công ty Xây dựng và Thương mại Hoàng Long")}


def test_a_name_with_an_age_or_a_year_of_birth_set_off_by_commas_is_a_person():
    for told, name in (
        ("Lê Trung Nghĩa, 18 tuổi, cựu học sinh Trường THPT Quảng Hà, cho biết em rất vui.", "Lê Trung Nghĩa"),
        ("Năm nay, Mẹ Nguyễn Thị Hoa, 98 tuổi, vẫn minh mẫn.", "Nguyễn Thị Hoa"),
        ("Anh Hoàng Minh Tuấn, sinh năm 1995, là thành viên đội.", "Hoàng Minh Tuấn"),
        ("Tham gia cứu người có Đặng Quốc Bảo, SN 2008, học sinh lớp 10.", "Đặng Quốc Bảo"),
    ):
        assert name in posts_of(told), told
    # negatives: a place's name before an age set off after it; an age of those a rule is for
    assert "Hoàng Tân" not in posts_of("Xã Hoàng Tân, 15 tuổi trở lên đều tham gia.")
    assert set(posts_of("Giải dành cho học sinh Quảng Ninh, 15 tuổi trở xuống.")) == {"Phan Minh Đức"}


def test_a_full_name_opening_the_sentence_then_what_the_person_is_is_a_person():
    for told, name in (
        ("Trần Ngọc Châu, thủ khoa đầu vào năm nay, khoa Giáo dục mầm non, đạt 28,79 điểm.", "Trần Ngọc Châu"),
        ("Lê Trung Nghĩa, chàng trai duy nhất theo học ngành mầm non, cho biết em rất vui.", "Lê Trung Nghĩa"),
        ("Phạm Ngọc Mai, cựu học sinh Trường THPT Quảng Hà, đạt giải Nhất.", "Phạm Ngọc Mai"),
        ("Đặng Quốc Bảo, học sinh lớp 10A1, đã dũng cảm cứu bạn.", "Đặng Quốc Bảo"),
    ):
        assert name in posts_of(told), told
    # negatives: a place's name, then its people; bodies named after people, in a list
    assert set(posts_of("Quảng Hà, người dân tích cực tham gia hiến đất.")) == {"Phan Minh Đức"}
    assert set(posts_of("Lê Quý Đôn, Trần Hưng Đạo là những trường có thành tích cao.")) == {"Phan Minh Đức"}


def test_the_cell_secretary_who_heads_a_village_s_own_body_is_the_village_s_cell_s():
    posts = posts_of("Ông Trần Văn Bình, Bí thư Chi bộ kiêm Trưởng ban Công tác Mặt trận thôn Tân Tiến cho biết.")["Trần Văn Bình"]
    assert ("Bí thư", "Chi bộ thôn Tân Tiến") in posts
    posts = posts_of("Bà Lý Thị Hoa, Bí thư Chi bộ, Chi hội trưởng Chi hội Phụ nữ bản Nà Pàn cho biết.")["Lý Thị Hoa"]
    assert ("Bí thư", "Chi bộ bản Nà Pàn") in posts
    # negative: a school's head is its own cell's secretary, the school's
    posts = posts_of("Ông Lê Văn Tâm, Bí thư Chi bộ, Hiệu trưởng Trường THCS Quảng Long cho biết.")["Lê Văn Tâm"]
    assert ("Bí thư", "Chi bộ Trường THCS Quảng Long") in posts


def test_a_union_left_unnamed_in_a_chain_is_the_union_of_the_unit_the_chain_names_next():
    for told in (
        "Chủ tịch Công đoàn cơ sở, Phó Giám đốc Trung tâm Y tế huyện",
        "Chủ tịch Công đoàn kiêm Phó Giám đốc Trung tâm Y tế huyện",
    ):
        posts = posts_of(f"Bà Lê Thị Na, {told} phát biểu.")["Lê Thị Na"]
        assert posts == {("Chủ tịch", "Công đoàn Trung tâm Y tế huyện Hải Hà"), ("Phó Giám đốc", "Trung tâm Y tế huyện Hải Hà")}, told
    # negative: a commune's committee is no unit with a union of its own named so; the union stays unnamed
    posts = posts_of("Bà Lê Thị Na, Chủ tịch Công đoàn, Phó Chủ tịch UBND xã Quảng Long phát biểu.")["Lê Thị Na"]
    assert posts == {("Chủ tịch", None), ("Phó Chủ tịch", "Ủy ban nhân dân xã Quảng Long")}


def test_a_village_branch_s_head_titled_before_the_association_s_field_heads_that_branch():
    assert posts_of("Bà Lò Thị Xuân, Chi hội trưởng Phụ nữ thôn 3 cho biết.")["Lò Thị Xuân"] == {
        ("Chi hội trưởng", "Chi hội Phụ nữ thôn 3")
    }
    assert posts_of("Ông Lò Văn Ba, Chi hội phó Hội Nông dân bản Nà Pàn cho biết.")["Lò Văn Ba"] == {
        ("Chi hội phó", "Chi hội Nông dân bản Nà Pàn")
    }
    # negative: the title alone, the field told later in the sentence of others
    assert posts_of("Ông Lò Văn Ba, Chi hội trưởng cho biết phụ nữ thôn 3 rất tích cực.")["Lò Văn Ba"] == {("Chi hội trưởng", None)}


def test_the_head_of_an_economic_and_defence_corps_by_his_title_alone_heads_the_corps_the_article_names():
    lead = "Ngày 25/7/2023, Đoàn Kinh tế - Quốc phòng 327 tổ chức lễ kỷ niệm 25 năm thành lập. "
    people = posts_of(lead + "Đại tá Hoàng Văn Lộc, Đoàn trưởng báo cáo truyền thống.")
    assert people["Hoàng Văn Lộc"] == {("Đoàn trưởng", "Đoàn Kinh tế - Quốc phòng 327")}
    people = posts_of(lead + "Thượng tá Lê Văn Tâm, Phó Đoàn trưởng phát biểu.")
    assert people["Lê Văn Tâm"] == {("Phó Đoàn trưởng", "Đoàn Kinh tế - Quốc phòng 327")}
    # negative: in an article of no such corps, the title heads none of its bodies
    people = posts_of("Ngày 25/7/2023, Lữ đoàn 168 tổ chức lễ kỷ niệm. Đại tá Hoàng Văn Lộc, Đoàn trưởng báo cáo truyền thống.")
    assert ("Đoàn trưởng", "Lữ đoàn 168") not in people["Hoàng Văn Lộc"]


def test_the_head_of_a_public_institution_told_bare_heads_the_one_the_article_places():
    for body in ("Trung tâm Y tế huyện Hải Hà", "Thư viện tỉnh Quảng Ninh", "Bảo tàng tỉnh Quảng Ninh"):
        bare = body.split(" huyện ")[0].split(" tỉnh ")[0]
        people = posts_of(f"Ngày 5/10/2024, {body} tổ chức lễ. Bà Vừ Thị Vân, Giám đốc {bare} cho biết, năm 2024 đón khách.")
        assert people["Vừ Thị Vân"] == {("Giám đốc", body)}, body
    # negative: with two of that kind placed, the bare one is neither
    people = posts_of(
        "Ngày 5/10/2024, Trung tâm Y tế huyện Hải Hà và Trung tâm Y tế huyện Tiên Yên tổ chức lễ. "
        "Bà Vừ Thị Vân, Giám đốc Trung tâm Y tế cho biết, năm 2024 đón khách."
    )
    assert people["Vừ Thị Vân"] == {("Giám đốc", "Trung tâm Y tế")}


def test_two_words_after_a_bare_title_set_off_after_a_person_are_his_body_not_a_second_person():
    for body in ("Đoàn Chèo", "Đoàn Nghệ thuật"):
        people = posts_of(f"Ngày 25/7/2023, Nhà hát tổ chức lễ kỷ niệm. Ông Hoàng Văn Lộc, Giám đốc {body} phát biểu.")
        assert set(people) == {"Hoàng Văn Lộc", "Phan Minh Đức"}, body
    # negative: a bare title opening on its holder's name names that holder
    people = posts_of("Ngày 25/7/2023, Nhà hát tổ chức lễ kỷ niệm. Giám đốc Đoàn Văn Hậu phát biểu.")
    assert "Đoàn Văn Hậu" in people


def test_a_bare_title_ending_on_a_head_noun_then_a_holder_set_off_by_a_comma_is_that_holder_s():
    people = posts_of(
        "Ngày 5/3/2023, Agribank chi nhánh huyện Hải Hà tổ chức hội nghị. Giám đốc chi nhánh, ông Nguyễn Văn Thành phát biểu."
    )
    assert people["Nguyễn Văn Thành"] == {("Giám đốc", "Ngân hàng Nông nghiệp và Phát triển Nông thôn chi nhánh huyện Hải Hà")}
    people = posts_of("Ngày 5/3/2023, Trường THCS Quảng Long tổ chức lễ. Hiệu trưởng nhà trường, cô Lê Thị Lan phát biểu.")
    assert people["Lê Thị Lan"] == {("Hiệu trưởng", "Trường THCS Quảng Long")}
    # negative: a bare title with no head noun after it, then a comma and a person, is no title of theirs
    people = posts_of(
        "Ngày 5/3/2023, Agribank chi nhánh huyện Hải Hà tổ chức hội nghị. Phát biểu tại hội nghị, ông Nguyễn Văn Thành cảm ơn."
    )
    assert people["Nguyễn Văn Thành"] == set()


def test_a_team_s_and_a_border_post_s_deputy_by_the_short_word():
    people = posts_of("Đại úy Vũ Văn Nam, Đội phó Đội Cảnh sát giao thông Công an huyện Hải Hà phát biểu.")
    assert people["Vũ Văn Nam"] == {("Đội phó", "Đội Cảnh sát giao thông Công an huyện Hải Hà")}
    people = posts_of("Thiếu tá Lò Văn Hải, Đồn phó Đồn Biên phòng Hoành Mô cho biết như vậy.")
    assert people["Lò Văn Hải"] == {("Đồn phó", "Đồn Biên phòng Hoành Mô")}
    # negative: the word inside another ('Đội phòng cháy') is no title
    people = posts_of("Ông Vũ Văn Nam, thành viên Đội phòng cháy chữa cháy cơ sở phát biểu.")
    assert all(role not in ("Đội phó", "Đồn phó") for role, _ in people.get("Vũ Văn Nam", set()))


def test_a_grassroots_union_written_with_its_word_in_capitals_is_one_union():
    for written in ("Công đoàn Cơ sở", "Công đoàn cơ sở"):
        people = posts_of(f"Bà La Thị Mến, Chủ tịch {written} Trường Tiểu học Quảng Thành phát biểu.")
        assert people["La Thị Mến"] == {("Chủ tịch", "Công đoàn cơ sở Trường Tiểu học Quảng Thành")}, written
    # negative: a union of no institution named keeps no institution's name
    people = posts_of("Bà La Thị Mến, Chủ tịch Công đoàn Cơ quan Ủy ban nhân dân huyện phát biểu.")
    assert all("Trường" not in (org or "") for _, org in people.get("La Thị Mến", set()))


def test_a_body_named_by_a_ward_run_into_its_holder_s_name_ends_at_the_ward():
    people = posts_of("Giám đốc Bệnh viện Đa khoa Bãi Cháy Nguyễn Văn Lộc cho biết, năm 2024 bệnh viện khám cho 30 vạn lượt người.")
    assert people["Nguyễn Văn Lộc"] == {("Giám đốc", "Bệnh viện Đa khoa Bãi Cháy")}
    people = posts_of("Hiệu trưởng Trường THCS Lê Lợi Phạm Thị Hoa phát biểu tại buổi lễ.")
    assert people["Phạm Thị Hoa"] == {("Hiệu trưởng", "Trường THCS Lê Lợi")}
    # negatives: a school named after a person, with no holder after it, stays whole and names no one
    people = posts_of("Hiệu trưởng Trường THCS Hoàng Văn Thụ phát biểu tại buổi lễ.")
    assert "Hoàng Văn Thụ" not in people
    people = posts_of("Ông Trần Văn Sơn, Giám đốc Bệnh viện Đa khoa Nguyễn Đình Chiểu phát biểu.")
    assert people["Trần Văn Sơn"] == {("Giám đốc", "Bệnh viện Đa khoa Nguyễn Đình Chiểu")}


def test_a_board_of_economic_zones_run_into_its_holder_s_name_ends_before_it():
    people = posts_of("Trưởng ban Quản lý các khu công nghiệp Huỳnh Văn Sơn cho biết năm nay có nhiều dự án mới.")
    assert people["Huỳnh Văn Sơn"] == {("Trưởng ban", "Ban Quản lý các khu công nghiệp tỉnh Quảng Ninh")}
    people = posts_of("Phó Trưởng ban Quản lý Khu kinh tế Vân Phong Lê Văn Dũng phát biểu.")
    assert people["Lê Văn Dũng"] == {("Phó Trưởng ban", "Ban Quản lý Khu kinh tế Vân Phong tỉnh Quảng Ninh")}
    # (the zone's name a place's: the name ends after the place, not inside it)
    people = posts_of("Trưởng ban Quản lý Khu kinh tế Quảng Ninh Nguyễn Văn Phong cho biết.")
    assert people["Nguyễn Văn Phong"] == {("Trưởng ban", "Ban Quản lý Khu kinh tế Quảng Ninh tỉnh Quảng Ninh")}
    # negative: the board named with no holder after it keeps its zone's name
    people = posts_of("Ông Lê Văn Dũng, Phó Trưởng ban Quản lý Khu kinh tế Vân Phong phát biểu.")
    assert people["Lê Văn Dũng"] == {("Phó Trưởng ban", "Ban Quản lý Khu kinh tế Vân Phong tỉnh Quảng Ninh")}


def test_a_cooperative_s_head_noun_capitalised_after_a_title_is_the_cooperative_the_article_names():
    people = posts_of("Hợp tác xã dịch vụ Đông Hải có 90 thành viên. Ông Lê Văn Hòa, Chủ nhiệm Hợp tác xã cho biết, năm nay lãi 2 tỷ.")
    assert people["Lê Văn Hòa"] == {("Chủ nhiệm", "Hợp tác xã dịch vụ Đông Hải")}
    people = posts_of("HTX nông nghiệp Quảng Minh có 200 hộ. Bà Đỗ Thị Sen, Phó Giám đốc Hợp tác xã phát biểu.")
    assert people["Đỗ Thị Sen"] == {("Phó Giám đốc", "Hợp tác xã nông nghiệp Quảng Minh")}
    # negative: a body of a commune by its level word alone still stands for that commune's, not a cooperative's
    people = posts_of("Ngày 5/3, xã Quảng Long tổ chức hội nghị. Ông Lê Văn Hòa, Chủ tịch Hội Nông dân xã phát biểu.")
    assert people["Lê Văn Hòa"] == {("Chủ tịch", "Hội Nông dân xã Quảng Long")}


def test_an_envoy_s_title_holds_a_post_at_the_mission_its_words_name():
    people = posts_of("Đại sứ Việt Nam tại Campuchia Nguyễn Minh Vũ phát biểu tại buổi lễ.")
    assert people["Nguyễn Minh Vũ"] == {("Đại sứ", "Đại sứ quán Việt Nam tại Campuchia")}
    people = posts_of("Dự lễ có ông Nguyễn Bá Hùng, Đại sứ đặc mệnh toàn quyền Việt Nam tại Lào.")
    assert people["Nguyễn Bá Hùng"] == {("Đại sứ", "Đại sứ quán Việt Nam tại Lào")}
    people = posts_of("Tổng Lãnh sự Việt Nam tại Khon Kaen Nguyễn Văn Hùng dự lễ.")
    assert people["Nguyễn Văn Hùng"] == {("Tổng Lãnh sự", "Tổng Lãnh sự quán Việt Nam tại Khon Kaen")}
    people = posts_of("Ông Khamphanh Phommathat, Đại sứ Lào tại Việt Nam phát biểu.")
    assert people["Khamphanh Phommathat"] == {("Đại sứ", "Đại sứ quán Lào tại Việt Nam")}
    # (a host city named after a person, by its level word and name, is no envoy's name: 'tại TP Hồ Chí Minh')
    people = posts_of("Ông Vương Văn Minh, Tổng Lãnh sự Trung Quốc tại TP Hồ Chí Minh phát biểu.")
    assert set(people) == {"Vương Văn Minh", "Phan Minh Đức"}
    assert people["Vương Văn Minh"] == {("Tổng Lãnh sự", "Tổng Lãnh sự quán Trung Quốc tại TP Hồ Chí Minh")}
    people = posts_of("Tổng Lãnh sự Việt Nam tại TP Côn Minh Lê Văn Hòa dự lễ.")
    assert people["Lê Văn Hòa"] == {("Tổng Lãnh sự", "Tổng Lãnh sự quán Việt Nam tại TP Côn Minh")}
    # the title alone, at the one mission the article names
    people = posts_of(
        "Đại sứ quán Việt Nam tại Lào tổ chức lễ trao Huân chương. Đại sứ Nguyễn Bá Hùng trao Huân chương Hữu nghị cho 3 cá nhân."
    )
    assert people["Nguyễn Bá Hùng"] == {("Đại sứ", "Đại sứ quán Việt Nam tại Lào")}
    # negatives: the embassy is no title, nor is a goodwill ambassador's
    assert set(posts_of("Đại sứ quán Việt Nam tại Lào tổ chức lễ trao Huân chương cho 3 cá nhân.")) == {"Phan Minh Đức"}
    people = posts_of("Dự lễ có bà Nguyễn Thị Lan, Đại sứ thiện chí của chương trình.")
    assert people.get("Nguyễn Thị Lan", set()) == set()


def test_a_board_s_deputy_told_short_and_a_front_s_vice_chair_and_general_secretary_hold_their_posts():
    # 'Phó Ban X' is the board's deputy head (its 'Trưởng' left out); the Front's 'Phó Chủ tịch - Tổng Thư ký' one office
    for said, post in (
        ("Đồng chí Vũ Văn Diện, Phó Ban Dân vận Huyện ủy dự.", ("Phó Trưởng ban", "Ban Dân vận Huyện ủy Hải Hà")),
        ("Đồng chí Vũ Văn Diện, Phó Ban Tuyên giáo Tỉnh ủy dự.", ("Phó Trưởng ban", "Ban Tuyên giáo Tỉnh ủy Quảng Ninh")),
        (
            "Đồng chí Vũ Văn Diện, Phó Ban Thường trực Ban Tuyên giáo Tỉnh ủy dự.",
            ("Phó Trưởng ban Thường trực", "Ban Tuyên giáo Tỉnh ủy Quảng Ninh"),
        ),
        (
            "Dự có đồng chí Vũ Văn Diện, Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam.",
            ("Phó Chủ tịch - Tổng Thư ký", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
        ),
        (
            "Bà Vũ Thị Lan, Phó Chủ tịch – Tổng Thư ký Hội Chữ thập đỏ tỉnh dự.",
            ("Phó Chủ tịch - Tổng Thư ký", "Hội Chữ thập đỏ tỉnh Quảng Ninh"),
        ),
    ):
        assert post in next(iter(v for k, v in posts_of(said).items() if k != "Phan Minh Đức")), said
    # negatives: 'Phó' before a board that is no Party committee's names no post so; two offices apart stay two
    assert posts_of("Đồng chí Vũ Văn Diện, Phó Ban Chỉ đạo phong trào dự.")["Vũ Văn Diện"] == set()
    assert posts_of("Ông Lê Văn Nam, Phó Chủ tịch UBND huyện - Tổng Thư ký Hội đồng dự.")["Lê Văn Nam"] >= {
        ("Phó Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")
    }


def test_a_title_in_lower_case_glued_to_a_name_its_honorific_vouches_for_is_held():
    # captions print 'Đồng chí A chủ tịch UBND tỉnh phát biểu', the comma and the capital left out
    assert posts_of("Đồng chí Lê Văn An chủ tịch UBND tỉnh phát biểu chỉ đạo.")["Lê Văn An"] == {
        ("Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ninh")
    }
    assert posts_of("Đồng chí Lê Văn An phó bí thư huyện ủy đọc diễn văn.")["Lê Văn An"] == {("Phó Bí thư", "Huyện ủy Hải Hà")}
    # negatives: a verb after the name, whatever its first word, is no title
    for said in (
        "Đồng chí Lê Văn An chủ trì hội nghị.",
        "Bà Lê Văn An trưởng thành từ phong trào thanh niên.",
        "Ông Lê Văn An tổng kết năm.",
    ):
        assert posts_of(said)["Lê Văn An"] == set(), said


def test_the_state_audit_s_heads_by_their_short_form_and_a_region_s_head_by_the_region_the_article_names():
    people = posts_of(
        "Ngày 4/1, KTNN khu vực VI tổ chức hội nghị tổng kết. Phó Tổng KTNN Đoàn Anh Thơ dự hội nghị. "
        "Kiểm toán trưởng Hoàng Văn Thắng báo cáo kết quả; Phó Kiểm toán trưởng Lê Thị Mai điều hành thảo luận."
    )
    assert people["Đoàn Anh Thơ"] == {("Phó Tổng Kiểm toán", "Kiểm toán Nhà nước")}
    assert people["Hoàng Văn Thắng"] == {("Kiểm toán trưởng", "Kiểm toán Nhà nước khu vực VI")}
    assert people["Lê Thị Mai"] == {("Phó Kiểm toán trưởng", "Kiểm toán Nhà nước khu vực VI")}
    # no region named, the title's body is not guessed; an auditor is no office
    people = posts_of("Kiểm toán trưởng Hoàng Văn Thắng báo cáo kết quả. Kiểm toán viên Lê Văn Nam trình bày tham luận.")
    assert people["Hoàng Văn Thắng"] == {("Kiểm toán trưởng", None)}
    assert people.get("Lê Văn Nam", set()) <= {(None, None)}


def test_a_bare_department_before_its_officer_s_name_is_the_one_department_the_article_names():
    lead = "Ngày 5/1/2023, Sở Y tế tỉnh Quảng Ninh tổ chức hội nghị tổng kết công tác năm 2022. "
    people = posts_of(lead + "Phó Giám đốc Sở Nguyễn Thanh Tâm chủ trì; Chánh Văn phòng Sở Lê Thị Hoa đọc quyết định khen thưởng.")
    assert people["Nguyễn Thanh Tâm"] == {("Phó Giám đốc", "Sở Y tế tỉnh Quảng Ninh")}
    assert people["Lê Thị Hoa"] == {("Chánh Văn phòng", "Sở Y tế tỉnh Quảng Ninh")}
    # a department named in full before the name is that one; with two departments named, a bare one is neither
    people = posts_of(lead + "Giám đốc Sở Tư pháp Lê Văn Hùng dự hội nghị.")
    assert people["Lê Văn Hùng"] == {("Giám đốc", "Sở Tư pháp tỉnh Quảng Ninh")}
    two = "Ngày 5/1/2023, Sở Y tế và Sở Nội vụ tỉnh Quảng Ninh tổ chức hội nghị. "
    people = posts_of(two + "Phó Giám đốc Sở Nguyễn Thanh Tâm chủ trì hội nghị.")
    assert ("Phó Giám đốc", "Sở Y tế tỉnh Quảng Ninh") not in people.get("Nguyễn Thanh Tâm", set())


def test_a_name_the_page_sets_in_capitals_is_written_as_names_are_and_is_the_same_person():
    people = posts_of(
        "Dự hội nghị có ông NGUYỄN CHIẾN THẮNG, Phó Chủ tịch UBND huyện; bà H'LIÊN NIÊ, Chủ tịch Hội Liên hiệp Phụ nữ huyện. "
        "Ông Nguyễn Chiến Thắng đã trao Giấy khen cho 12 tập thể."
    )
    assert people["Nguyễn Chiến Thắng"] == {("Phó Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}
    assert people["H'Liên Niê"] == {("Chủ tịch", "Hội Liên hiệp Phụ nữ huyện Hải Hà")}
    assert not any(name.isupper() for name in people)


def test_a_digest_s_heading_on_a_commune_gives_the_item_s_paragraph_its_bodies():
    head = "Tin các xã trong tuần.\nXã Quảng Minh: Ra quân làm đường giao thông\nSáng 13/4/2023, UBND xã Quảng Minh ra quân.\n"
    item = "Ngày 14/4/2023, thị trấn tổ chức gặp mặt. Bà Nông Thị Liên, Phó Chủ tịch UBND thị trấn tặng 30 suất quà.\n"
    posts = posts_of(head + "Thị trấn Quảng Hà: Gặp mặt các gia đình chính sách\n" + item)
    assert posts["Nông Thị Liên"] == {("Phó Chủ tịch", "Ủy ban nhân dân thị trấn Quảng Hà")}
    # negative: a line that is a sentence of its own, not a heading, names no commune for the paragraph after it
    posts = posts_of(head + "Thị trấn Quảng Hà: Nhân dân góp 200 ngày công. Đường dài 2 km.\n" + item)
    assert posts["Nông Thị Liên"] == {("Phó Chủ tịch", None)}


def test_a_chain_s_bare_local_bodies_are_of_the_other_district_or_province_it_names():
    posts = posts_of("Đồng chí Sùng A Hồ, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Đầm Hà dự hội nghị.")
    assert posts["Sùng A Hồ"] == {("Phó Bí thư", "Huyện ủy Đầm Hà"), ("Chủ tịch", "Ủy ban nhân dân huyện Đầm Hà")}
    # negative: a chain naming no other district keeps the article's; one naming both keeps each as named
    posts = posts_of("Đồng chí Sùng A Hồ, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện dự hội nghị.")
    assert posts["Sùng A Hồ"] == {("Phó Bí thư", "Huyện ủy Hải Hà"), ("Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}
    posts = posts_of("Ông Lê Văn Nam, Bí thư Huyện ủy Hải Hà, nguyên Chủ tịch UBND huyện Đầm Hà dự hội nghị.")
    assert posts["Lê Văn Nam"] == {("Bí thư", "Huyện ủy Hải Hà"), ("nguyên Chủ tịch", "Ủy ban nhân dân huyện Đầm Hà")}
    # (or the other province: its bare Party committee is that province's)
    posts = posts_of("Dự có đồng chí Trịnh Xuân Trường, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lào Cai.")
    assert posts["Trịnh Xuân Trường"] == {("Phó Bí thư", "Tỉnh ủy Lào Cai"), ("Chủ tịch", "Ủy ban nhân dân tỉnh Lào Cai")}
    posts = posts_of("Dự có đồng chí Cao Tường Huy, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.")
    assert posts["Cao Tường Huy"] == {("Phó Bí thư", "Tỉnh ủy Quảng Ninh"), ("Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ninh")}


def test_the_head_of_the_steering_committee_by_its_word_alone_heads_the_one_the_article_named():
    body = (
        'Sáng 14/12/2022, Ban Chỉ đạo Phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" huyện tổ chức hội nghị. '
        "Đến dự có đồng chí Trần Thắng Lợi, Phó Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo."
    )
    posts = posts_of(body)
    assert ("Trưởng ban", 'Ban Chỉ đạo Phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" huyện Hải Hà') in posts["Trần Thắng Lợi"]
    # negative: with none named, no body
    posts = posts_of("Đến dự có đồng chí Trần Thắng Lợi, Phó Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo.")
    assert ("Trưởng ban", None) in posts["Trần Thắng Lợi"]


def test_a_head_s_title_naming_its_own_unit_unread_takes_no_other_unit_of_that_head():
    # the article names one team; the first title names another, its name unread: not the one named
    people = posts_of("Dự có bà Trần Thị Nga, Đội trưởng Đội Thuế liên xã Quảng Hà; ông Đỗ Văn Bình, Đội trưởng Đội Kiểm tra thuế số 2.")
    assert people["Trần Thị Nga"] != {("Đội trưởng", "Đội Kiểm tra thuế số 2")}
    assert people["Đỗ Văn Bình"] == {("Đội trưởng", "Đội Kiểm tra thuế số 2")}
    # a bare title still heads the article's one team of its head
    people = posts_of("Dự có ông Đỗ Văn Bình, Đội trưởng Đội Kiểm tra thuế số 2. Bà Trần Thị Nga, Phó Đội trưởng phát biểu.")
    assert people["Trần Thị Nga"] == {("Phó Đội trưởng", "Đội Kiểm tra thuế số 2")}


def test_a_full_name_given_a_title_then_written_bare_is_that_person_again():
    def presenters(body: str) -> list:
        _, facts = article(TITLE + body + "\nPhan Minh Đức\n")
        return [g.presenter for g in facts.grants]

    titled = (
        "Dự hội nghị có các đồng chí: Phạm Quốc Bình, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; Hoàng Thị Lan, Chủ tịch Hội LHPN huyện. "
    )
    assert presenters(titled + "Tại hội nghị, Phạm Quốc Bình trao Giấy khen cho 6 tập thể.") == ["Phạm Quốc Bình"]
    # (the movement he launched is his: a person the text names)
    _, facts = article(TITLE + titled + 'Tại hội nghị, Phạm Quốc Bình đã phát động phong trào thi đua "Hải Hà xanh".\nPhan Minh Đức\n')
    assert [c.launched_by for c in facts.campaigns] == ["Phạm Quốc Bình"]
    # negatives: the name inside a body's or a street's name, or part of a longer name, is no one's
    for said in (
        "Tại hội nghị, Trường THCS Phạm Quốc Bình được tặng Giấy khen.",
        "Tại hội nghị, tổ dân phố đường Phạm Quốc Bình được tặng Giấy khen.",
        "Tại hội nghị, Phạm Quốc Bình Minh trao Giấy khen cho 6 tập thể.",
    ):
        _, facts = article(TITLE + titled + said + "\nPhan Minh Đức\n")
        assert all(g.presenter != "Phạm Quốc Bình" and g.recipient != "Phạm Quốc Bình" for g in facts.grants), said


def test_a_party_board_or_office_written_short_after_its_head_s_title_is_that_board_or_office():
    people = posts_of(
        "Dự có ông Hà Văn Hùng, Trưởng Ban TC Huyện ủy; bà Lê Thị Mai, Phó Chánh VP Huyện ủy; ông Đỗ Văn Tú, Trưởng Ban TG Huyện ủy."
    )
    assert people["Hà Văn Hùng"] == {("Trưởng ban", "Ban Tổ chức Huyện ủy Hải Hà")}
    assert people["Lê Thị Mai"] == {("Phó Chánh Văn phòng", "Huyện ủy Hải Hà")}
    assert people["Đỗ Văn Tú"] == {("Trưởng ban", "Ban Tuyên giáo Huyện ủy Hải Hà")}
    # negative: an event's organising board ('Ban tổ chức') is no Party board
    people = posts_of("Dự có ông Hà Văn Hùng, Trưởng Ban tổ chức Hội thi.")
    assert ("Trưởng ban", "Ban Tổ chức Huyện ủy Hải Hà") not in people.get("Hà Văn Hùng", set())


def test_a_standing_deputy_keeps_thuong_truc_in_the_title_not_in_the_body_after_it():
    people = posts_of(
        "Dự hội nghị có ông Lê Văn An, Phó Giám đốc Thường trực Sở Y tế; bà Hà Thị Mai, Phó Chánh Văn phòng Thường trực Văn phòng"
        " Trung ương Đảng; ông Đỗ Văn Nam, Phó Hiệu trưởng Thường trực Trường Đại học Hạ Long."
    )
    assert people["Lê Văn An"] == {("Phó Giám đốc Thường trực", "Sở Y tế tỉnh Quảng Ninh")}
    assert people["Hà Thị Mai"] == {("Phó Chánh Văn phòng Thường trực", "Văn phòng Trung ương Đảng")}
    assert people["Đỗ Văn Nam"] == {("Phó Hiệu trưởng Thường trực", "Trường Đại học Hạ Long")}
    # negative: a deputy with no 'Thường trực' is the deputy, the body whole
    people = posts_of("Dự hội nghị có ông Lê Văn An, Phó Chánh Văn phòng UBND tỉnh và bà Hà Thị Mai, Phó Giám đốc Sở Y tế.")
    assert people["Lê Văn An"] == {("Phó Chánh Văn phòng", "Văn phòng Ủy ban nhân dân tỉnh Quảng Ninh")}
    assert people["Hà Thị Mai"] == {("Phó Giám đốc", "Sở Y tế tỉnh Quảng Ninh")}


def test_a_name_written_in_capitals_inside_a_line_in_mixed_case_is_read_in_a_names_casing():
    people = posts_of(
        "Dự hội nghị có đồng chí NGUYỄN VĂN AN, Chủ tịch UBND huyện. Ông LÊ THỊ HOA - Bí thư Huyện ủy phát biểu."
        " Phó Chủ tịch UBND tỉnh ĐỖ CHIẾN THẮNG trao Bằng khen cho 3 tập thể."
    )
    assert people["Nguyễn Văn An"] == {("Chủ tịch", "Ủy ban nhân dân huyện Hải Hà")}
    assert people["Lê Thị Hoa"] == {("Bí thư", "Huyện ủy Hải Hà")}
    assert people["Đỗ Chiến Thắng"] == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ninh")}
    # negatives: a body in capitals (its first word no surname) and an abbreviation in the run are no name; a headline
    # all in capitals is cased by the layout, as the text writes its words
    people = posts_of("Dự có đại diện Sở GIÁO DỤC VÀ ĐÀO TẠO và Trường THPT LÊ QUÝ ĐÔN.")
    assert set(people) == {"Phan Minh Đức"}
    _, facts = article("ÔNG NGUYỄN VĂN AN NHẬN BẰNG KHEN\n12/01/2023 08:30\nÔng Nguyễn Văn An, Chủ tịch UBND huyện Hải Hà dự.\nLê Hà\n")
    assert [p.name for p in facts.people if not p.is_author] == ["Nguyễn Văn An"]


def test_a_department_named_with_an_en_dash_is_the_one_named_with_a_hyphen():
    people = posts_of(
        "Dự có ông Lê Văn An, Giám đốc Sở Văn hóa – Thể thao và Du lịch; bà Trần Thị Mai, Trưởng phòng Tài chính – Kế hoạch "
        "huyện; ông Vũ Văn Hải, Trưởng phòng Kinh tế — Hạ tầng huyện."
    )
    assert people["Lê Văn An"] == {("Giám đốc", "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh")}
    assert people["Trần Thị Mai"] == {("Trưởng phòng", "Phòng Tài chính - Kế hoạch huyện Hải Hà")}
    assert people["Vũ Văn Hải"] == {("Trưởng phòng", "Phòng Kinh tế - Hạ tầng huyện Hải Hà")}
    # negative: a title after the dash is no field of the department ('Giám đốc Sở Y tế – Trưởng ban ...')
    people = posts_of("Dự có ông Lê Văn An, Giám đốc Sở Y tế – Trưởng ban Bảo vệ sức khỏe cán bộ tỉnh.")
    assert ("Giám đốc", "Sở Y tế tỉnh Quảng Ninh") in people["Lê Văn An"]
