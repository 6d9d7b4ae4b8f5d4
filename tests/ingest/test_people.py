"""People and posts, on sentences written for these tests (not taken from the samples)."""

from __future__ import annotations

from tdkt.ingest.rdf import person_iri

from ..conftest import article

TITLE = "Huyện Hải Hà tổng kết công tác thi đua, khen thưởng năm 2022\n12/01/2023 08:30\n"


def posts_of(body: str) -> dict[str, set[tuple[str | None, str | None]]]:
    _, facts = article(TITLE + body + "\nPhan Minh Đức\n")
    return {p.name: {(x.role, x.org.name if x.org else None) for x in p.posts} for p in facts.people}


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


def test_standing_committee_member_and_deputy_chair_with_qualifier():
    people = posts_of("Bà Lý Thị Mai, Ủy viên BTV Huyện ủy, Phó Chủ tịch thường trực UBND huyện Hải Hà dự hội nghị.")
    assert people["Lý Thị Mai"] == {
        ("Ủy viên Ban Thường vụ", "Huyện ủy Hải Hà"),
        ("Phó Chủ tịch Thường trực", "Ủy ban nhân dân huyện Hải Hà"),
    }


def test_title_before_the_name_needs_a_body():
    people = posts_of("Phó Chủ tịch UBND tỉnh Quảng Ninh Ngô Hoàng Ngân dự và phát biểu tại huyện Hải Hà.")
    assert people["Ngô Hoàng Ngân"] == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ninh")}


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
    assert person_iri("Nguyễn Văn Hùng", "p22") == person_iri("Nguyễn Văn Hùng", "p22")
    assert person_iri("Nguyễn Văn Hùng", "p22") != person_iri("Nguyễn Văn Hùng", "p20")


def test_national_offices_and_central_committee_membership():
    people = posts_of(
        "Dự lễ có Phó Chủ tịch nước Đinh Văn Lâm; đồng chí Hầu Minh Khải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Quảng Ninh tại huyện Hải Hà."
    )
    assert people["Đinh Văn Lâm"] == {("Phó Chủ tịch nước", None)}
    assert people["Hầu Minh Khải"] == {
        ("Ủy viên Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"),
        ("Bí thư", "Tỉnh ủy Quảng Ninh"),
    }


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
