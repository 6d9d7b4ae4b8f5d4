"""Organisations: canonical names with their place, aliases, kinds; generic plurals are not bodies."""

from __future__ import annotations

from pathlib import Path

from tdkt.ingest import lexicon
from tdkt.ingest.conferrers import label as _label
from tdkt.ingest.context import PlaceContext
from tdkt.ingest.gazetteer import gazetteer
from tdkt.ingest.orgs import find_orgs, parse_org

from ..conftest import article, posts_by_name

CTX = PlaceContext(gazetteer().get("p22"), gazetteer().get("d199"))  # Quảng Ninh, huyện Tiên Yên


def names(text: str) -> list[str]:
    return [o.name for o, _, _, _ in find_orgs(text, CTX)]


def test_implicit_level_and_place_come_from_the_article():
    assert names("UBND huyện, Huyện ủy và HĐND tỉnh") == [
        "Ủy ban nhân dân huyện Tiên Yên",
        "Huyện ủy Tiên Yên",
        "Hội đồng nhân dân tỉnh Quảng Ninh",
    ]
    assert names("Sở Nội vụ và Ban Thi đua - Khen thưởng") == ["Sở Nội vụ tỉnh Quảng Ninh", "Ban Thi đua - Khen thưởng tỉnh Quảng Ninh"]


def test_a_province_s_agency_by_the_province_s_bare_name_is_the_agency_of_the_province():
    assert names("Ngày 5/1, Cục Hải quan Lạng Sơn tổ chức hội nghị.") == ["Cục Hải quan tỉnh Lạng Sơn"]
    assert names("Năm 2023, Cục Thuế Nghệ An được Bộ Tài chính tặng Cờ thi đua.") == ["Cục Thuế tỉnh Nghệ An", "Bộ Tài chính"]
    assert names("Ngày 5/1, Cục Thống kê Hà Nội tổ chức hội nghị.") == ["Cục Thống kê thành phố Hà Nội"]
    # a field, not a province, ends the name: it stays as written
    assert names("Ngày 5/1, Tổng cục Hải quan tổ chức hội nghị.") == ["Tổng cục Hải quan"]
    assert names("Ngày 5/1, Cục Trồng trọt tổ chức hội nghị.") == ["Cục Trồng trọt"]


def test_an_agency_s_name_ends_at_the_province_s_bare_name_before_words_in_lower_case():
    assert names("Năm 2023, Cục Hải quan Lạng Sơn thu ngân sách đạt 8.500 tỷ đồng.") == ["Cục Hải quan tỉnh Lạng Sơn"]
    assert names("Chi cục Kiểm lâm Lâm Đồng quản lý tốt 500 ha rừng.") == ["Chi cục Kiểm lâm tỉnh Lâm Đồng"]
    # negative: lower-case words of the agency's field before the province stay in the name
    assert names("Cục Quản lý thị trường Hà Tĩnh kiểm tra 300 vụ.") == ["Cục Quản lý thị trường tỉnh Hà Tĩnh"]


def test_a_bank_s_branch_named_by_no_unit_s_name_keeps_it_and_is_no_branch_of_the_article_s_province():
    def placed(text: str) -> list[tuple]:
        return [(o.name, o.unit_code) for o, _, _, _ in find_orgs(text, CTX)]

    # (the article's is huyện Tiên Yên, Quảng Ninh)
    assert placed("Agribank Chi nhánh Nam Hà Nội tổ chức lễ.") == [
        ("Ngân hàng Nông nghiệp và Phát triển Nông thôn chi nhánh Nam Hà Nội", "p01")
    ]
    assert placed("Giám đốc BIDV Chi nhánh Đông Đô Trần Thị Bích Hà phát biểu.") == [("BIDV chi nhánh Đông Đô", None)]
    # negative: a branch by a unit's name, or by none, is that unit's (the article's)
    assert placed("Agribank Chi nhánh Hạ Long tổ chức lễ.") == [
        ("Ngân hàng Nông nghiệp và Phát triển Nông thôn chi nhánh thành phố Hạ Long", "d193")
    ]
    assert placed("Agribank chi nhánh tổ chức lễ.") == [("Ngân hàng Nông nghiệp và Phát triển Nông thôn chi nhánh huyện Tiên Yên", "d199")]


def test_an_enterprise_named_by_its_field_and_a_province_is_placed_there_under_the_name_it_has():
    def placed(text: str) -> list[tuple[str, str | None]]:
        return [(o.name, o.unit_code) for o, _, _, _ in find_orgs(text, CTX)]

    assert placed("Ngày 5/1, Công ty Điện lực Nghệ An tổ chức hội nghị.") == [("Công ty Điện lực Nghệ An", "p40")]
    assert placed("Ngày 5/1, Công ty TNHH MTV Thủy lợi Bắc Giang tổ chức hội nghị.") == [("Công ty TNHH MTV Thủy lợi Bắc Giang", "p24")]
    assert placed("Tặng Bằng khen cho Công ty CP Môi trường đô thị Lào Cai.") == [("Công ty CP Môi trường đô thị Lào Cai", "p10")]
    assert placed("Tặng Bằng khen cho Bệnh viện Y học cổ truyền Quảng Ninh.") == [("Bệnh viện Y học cổ truyền Quảng Ninh", "p22")]
    # a name with no field, or whose words before the province are a proper name, is placed nowhere; nor a central
    # hospital by where it stands
    assert placed("Tặng Bằng khen cho Bệnh viện Đa khoa Trung ương Thái Nguyên.") == [("Bệnh viện Đa khoa Trung ương Thái Nguyên", None)]
    assert placed("Tặng Bằng khen cho Bệnh viện Hòa Bình.") == [("Bệnh viện Hòa Bình", None)]
    assert placed("Ngày 5/1, Công ty TNHH Long An tổ chức hội nghị.") == [("Công ty TNHH Long An", None)]
    assert placed("Ngày 5/1, Công ty Cổ phần Phú Thái Bình tổ chức hội nghị.") == [("Công ty Cổ phần Phú Thái Bình", None)]


def test_a_unit_any_body_may_have_is_the_police_s_or_the_district_s_only_where_its_name_says_so():
    # a hospital's or a university's offices, by names a police force's or a district's offices begin with
    assert names("Bà Lê Thị Lan, Trưởng phòng Tổ chức cán bộ Trường Đại học Hạ Long phát biểu.") == [
        "Phòng Tổ chức cán bộ Trường Đại học Hạ Long"
    ]
    assert names("Ông Lê Văn An, Trưởng phòng Kế hoạch tổng hợp Bệnh viện Bãi Cháy phát biểu.") == [
        "Phòng Kế hoạch tổng hợp Bệnh viện Bãi Cháy"
    ]
    assert names("Bà Lê Thị Lan, Trưởng phòng Tổ chức cán bộ phát biểu.") == []
    # the force, or the district, named
    assert names("Ông Lê Văn An, Trưởng phòng Tổ chức cán bộ Công an tỉnh phát biểu.") == ["Phòng Tổ chức cán bộ Công an tỉnh Quảng Ninh"]
    assert names("Ông Lê Văn An, Trưởng phòng Cảnh sát hình sự phát biểu.") == ["Phòng Cảnh sát hình sự Công an tỉnh Quảng Ninh"]
    assert names("Ông Lê Văn An, Trưởng phòng Kế hoạch huyện phát biểu.") == ["Phòng Kế hoạch và Đầu tư huyện Tiên Yên"]


def test_a_department_by_its_field_s_first_word_is_the_department_in_force_on_the_article_s_date():
    import datetime as dt
    from dataclasses import replace

    assert names("Giám đốc Sở Nông nghiệp tỉnh phát biểu.") == ["Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ninh"]
    assert names("Bộ trưởng Bộ Giáo dục phát biểu.") == ["Bộ Giáo dục và Đào tạo"]
    assert names("Trưởng Phòng Lao động huyện phát biểu.") == ["Phòng Lao động - Thương binh và Xã hội huyện Tiên Yên"]
    # the full names, and the other spellings, stay what they were
    assert names("Bộ trưởng Bộ Giáo dục và Đào tạo phát biểu.") == ["Bộ Giáo dục và Đào tạo"]
    assert names("Giám đốc Sở Giáo dục - Đào tạo tỉnh phát biểu.") == ["Sở Giáo dục và Đào tạo tỉnh Quảng Ninh"]
    # from 1 March 2025 the short form names the merged department; a full old name is kept as written
    after = replace(CTX, published=dt.date(2025, 4, 2))
    found = [o.name for o, _, _, _ in find_orgs("Giám đốc Sở Nông nghiệp tỉnh và Giám đốc Sở Tài nguyên và Môi trường tỉnh dự.", after)]
    assert found == ["Sở Nông nghiệp và Môi trường tỉnh Quảng Ninh", "Sở Tài nguyên và Môi trường tỉnh Quảng Ninh"]


def test_a_police_force_s_team_is_one_body_with_its_force_after_a_comma_or_none():
    assert names("Ngày 3/4, Chủ tịch UBND tỉnh tặng Bằng khen cho Đội Cảnh sát điều tra tội phạm về ma túy, Công an huyện Bình Liêu.") == [
        "Ủy ban nhân dân tỉnh Quảng Ninh",
        "Đội Cảnh sát điều tra tội phạm về ma túy Công an huyện Bình Liêu",
    ]
    # (its field written short is named in full)
    assert names("Ngày 3/4, Đội CSGT-TT Công an huyện tổ chức hội nghị.") == ["Đội Cảnh sát giao thông - trật tự Công an huyện Tiên Yên"]
    # with no district to place it, the level is kept, unplaced: no force of no level
    org, _, _ = parse_org("Đội An ninh tổ chức hội nghị", 0, PlaceContext())
    assert (org.name, org.unplaced) == ("Đội An ninh Công an huyện", True)
    # a team of another kind, a team's member or head: no police team
    assert names("Ngày 3/4, Đội Thiếu niên Tiền phong Hồ Chí Minh tổ chức hội nghị; Đội viên Lê Văn Nam phát biểu.") == []


def test_sub_bodies_name_their_parent():
    org, _, rule = parse_org("BTV Huyện ủy", 0, CTX)
    assert rule == "orgs.party-standing-committee"
    assert (org.name, org.parent, org.kind) == ("Ban Thường vụ Huyện ủy Tiên Yên", "Huyện ủy Tiên Yên", "PartyCommittee")


def test_party_organisations_the_party_and_newspapers():
    assert names("Đảng bộ huyện lãnh đạo; Đảng và Nhà nước quan tâm; Báo Quảng Ninh đưa tin") == [
        "Đảng bộ huyện Tiên Yên",
        "Đảng Cộng sản Việt Nam",
        "Báo Quảng Ninh",
    ]


def test_a_province_s_paper_and_station_are_the_province_s_and_a_bare_station_is_the_article_s_province_s():
    def placed(text: str, ctx: PlaceContext = CTX) -> list[tuple]:
        return [(o.name, o.level, o.unit_code) for o, _, _, _ in find_orgs(text, ctx)]

    assert placed("Cờ thi đua cho Báo Quảng Ninh và Đài PT-TH tỉnh; Bằng khen cho Đài Phát thanh - Truyền hình Thái Bình") == [
        ("Báo Quảng Ninh", "province", "p22"),
        ("Đài Phát thanh và Truyền hình Quảng Ninh", "province", "p22"),
        ("Đài Phát thanh và Truyền hình Thái Bình", "province", gazetteer().lookup("Thái Bình", "tỉnh").code),
    ]
    # negative: a paper named after no province stays the country's; a bare station where no province is known is none
    assert placed("Báo Nhân Dân và Báo Lao Động đưa tin") == [("Báo Nhân Dân", "national", None), ("Báo Lao Động", "national", None)]
    assert placed("Đài PT-TH tỉnh đưa tin", PlaceContext()) == []


def test_generic_plurals_are_not_bodies():
    assert names("UBND các xã, các khối thi đua đăng ký thi đua, Hội đồng TĐKT các huyện") == []


def test_one_body_under_several_names_is_one_node_with_aliases():
    _, facts = article(
        "Tiêu đề về thi đua huyện Tiên Yên\nUBND huyện Tiên Yên tổng kết thi đua. Ủy ban nhân dân huyện khen thưởng 5 tập thể.\nLê An\n"
    )
    org = facts.organisations["Ủy ban nhân dân huyện Tiên Yên"]
    assert {"UBND huyện Tiên Yên", "Ủy ban nhân dân huyện"} <= set(org.aliases)
    assert sum(name.startswith("Ủy ban nhân dân huyện") for name in facts.organisations) == 1


def test_a_list_of_bodies_shares_the_place_after_the_last_one():
    assert names("Đảng ủy - HĐND - UBND - MTTQ xã Đông Ngũ tổ chức hội nghị") == [
        "Đảng ủy xã Đông Ngũ",
        "Hội đồng nhân dân xã Đông Ngũ",
        "Ủy ban nhân dân xã Đông Ngũ",
        "Mặt trận Tổ quốc Việt Nam xã Đông Ngũ",
    ]


def test_an_article_about_a_commune_places_its_implicit_bodies_there():
    _, facts = article(
        "Xã Hải Lạng tổng kết thi đua năm 2023\n06/01/2024\n"
        "Ngày 5/1, UBND xã Hải Lạng, huyện Tiên Yên tổ chức Hội nghị tổng kết thi đua năm 2023. "
        "Bà Lý Thị Hồng, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì; ông Vi Văn Chiến, Phó Bí thư, Chủ tịch UBND xã phát biểu.\nTrần Mai\n"
    )
    posts = posts_by_name(facts)
    assert posts["Lý Thị Hồng"] == {("Bí thư", "Đảng ủy xã Hải Lạng"), ("Chủ tịch", "Hội đồng nhân dân xã Hải Lạng")}
    assert posts["Vi Văn Chiến"] == {("Phó Bí thư", "Đảng ủy xã Hải Lạng"), ("Chủ tịch", "Ủy ban nhân dân xã Hải Lạng")}


def test_a_city_s_ward_by_its_number_is_a_commune_whose_bodies_its_bare_level_word_names():
    def seen(headline: str, lead: str) -> tuple[list, list]:
        _, facts = article(f"{headline}\n25/11/2023\n{lead} Dịp này, Chủ tịch UBND phường tặng Giấy khen cho 15 cá nhân.\nTrần Mai\n")
        return [e.organiser.name for e in facts.events if e.organiser], [_label(g.conferrer) for g in facts.grants]

    lead = "Chiều 24/11, UBND Phường 3 (TP Vị Thanh) tổ chức họp mặt tuyên dương gương người tốt việc tốt năm 2023."
    assert seen("Tuyên dương người tốt việc tốt", lead) == (["Ủy ban nhân dân phường 3"], ["Chủ tịch Ủy ban nhân dân phường 3"])
    lead = "Sáng 2/12, Đảng ủy phường 12 (quận Gò Vấp) tổ chức hội nghị sơ kết thi đua năm 2023."
    assert seen("Phường 12 sơ kết thi đua", lead)[1] == ["Chủ tịch Ủy ban nhân dân phường 12"]
    # a count of wards and communes, or a ward and a date, names no ward of that number
    lead = "Sáng 2/12, thành phố có 12 phường 5 xã tổ chức hội nghị sơ kết thi đua năm 2023 tại phường 12/2023."
    assert seen("Thành phố sơ kết thi đua", lead)[1] == [None]


def test_a_commune_s_association_by_its_bare_level_word_is_the_one_the_lead_names():
    def givers(lead: str, given: str) -> list:
        _, facts = article(f"Tuyên dương học sinh giỏi\n25/8/2024\n{lead} {given}\nTrần Mai\n")
        return [_label(g.conferrer) for g in facts.grants]

    for association in ("Hội Khuyến học", "Hội Chữ thập đỏ", "Hội Người cao tuổi"):
        lead = f"Sáng 25/8, {association} xã Tân Mỹ (huyện Văn Lãng) tổ chức tuyên dương học sinh giỏi năm học 2023 - 2024."
        assert givers(lead, f"Các em được tặng Giấy khen của {association} xã.") == [f"{association} xã Tân Mỹ"], association
    # negative: the body names two communes, so the bare level word names neither
    lead = "Sáng 25/8, Hội Khuyến học xã Tân Mỹ và xã Hoàng Việt (huyện Văn Lãng) tổ chức tuyên dương học sinh giỏi."
    assert givers(lead, "Các em được tặng Giấy khen của Hội Khuyến học xã.") == [None]


def test_a_commune_named_like_a_district_elsewhere_is_still_the_article_s_commune():
    # 'Tân Phú' is also a district of Đồng Nai (and 'Hòa Bình' a province): the headline's 'Xã' says which
    for commune in ("Tân Phú", "Hòa Bình"):
        doc, facts = article(
            f"Xã {commune} tổng kết thi đua năm 2024\n14/01/2025\n"
            f"Chiều 13/1, xã {commune}, huyện Tiên Yên tổ chức Hội nghị tổng kết. Dự có bà Lý Thị Mai, Bí thư Đảng ủy xã, "
            "Chủ tịch HĐND xã. UBND xã tặng Giấy khen cho 20 hộ gia đình tiêu biểu.\nTrần Mai\n"
        )
        assert doc.place.commune == f"xã {commune}"
        posts = {(x.role, x.org.name) for p in facts.people if p.name == "Lý Thị Mai" for x in p.posts}
        assert posts == {("Bí thư", f"Đảng ủy xã {commune}"), ("Chủ tịch", f"Hội đồng nhân dân xã {commune}")}
        assert [g.conferrer.name for g in facts.grants] == [f"Ủy ban nhân dân xã {commune}"]


def test_a_headline_in_capitals_names_a_commune_only_as_the_body_spells_it():
    body = "\n12/01/2024\nNgày 10/1, UBND xã Tân Thanh, huyện Văn Lãng tổ chức Hội nghị tổng kết công tác thi đua năm 2023.\nTrần Mai\n"
    doc, _ = article("XÃ TÂN THANH TỔNG KẾT THI ĐUA NĂM 2023" + body)
    assert doc.place.commune == "xã Tân Thanh"  # not 'xã TÂN THANH TỔNG KẾT'
    doc, _ = article("KHỐI VĂN HÓA-XÃ HỘI TỔ CHỨC HỘI NGHỊ TỔNG KẾT" + body)
    assert doc.place.commune is None  # 'XÃ HỘI' is 'society'
    assert [doc.text[s.start : s.end] for s in doc.spans("places") if s.rule == "places.commune"] == ["xã Tân Thanh"]


def test_a_province_s_article_that_names_a_district_in_passing_stays_the_province_s():
    doc, facts = article(
        "Tỉnh Tuyên Quang tổng kết thi đua năm 2023\n11/01/2024\n"
        "Sáng 10/1, UBND tỉnh Tuyên Quang tổ chức Hội nghị tổng kết. Đồng chí Lê Văn Nam, Chủ tịch UBND phát biểu. "
        "Tỉnh Tuyên Quang biểu dương huyện Sơn Dương; tỉnh Tuyên Quang đạt nhiều thành tích; đồng chí Hà Văn Bình, Chủ tịch UBND huyện cũng dự.\nTrần Mai\n"
    )
    posts = {p.name: {(x.role, x.org.name) for x in p.posts} for p in facts.people if p.posts}
    assert doc.place_code == "p08"
    assert posts == {
        "Lê Văn Nam": {("Chủ tịch", "Ủy ban nhân dân tỉnh Tuyên Quang")},
        "Hà Văn Bình": {("Chủ tịch", "Ủy ban nhân dân huyện Sơn Dương")},
    }


def test_an_article_about_several_districts_of_a_province_none_foremost_is_the_province_s():
    body = (
        "\n17/01/2024\nNgày 16/1, Cụm thi đua các huyện miền núi tỉnh Tuyên Quang tổ chức hội nghị tổng kết tại huyện Lâm Bình. "
        "Hội nghị suy tôn huyện Na Hang và huyện Chiêm Hóa dẫn đầu, đề nghị UBND tỉnh tặng Cờ thi đua, tặng Bằng "
        "khen cho huyện Hàm Yên; huyện Na Hang làm Cụm trưởng năm 2024. Đồng chí Hà Văn Bình, Chủ tịch UBND huyện phát biểu.\nTrần Mai\n"
    )
    doc, facts = article("Cụm thi đua các huyện miền núi tổng kết năm 2023" + body)
    assert (doc.place.province.name, doc.place.district) == ("Tuyên Quang", None)
    # the first of them still answers for a body said to be a district's
    assert posts_by_name(facts)["Hà Văn Bình"] == {("Chủ tịch", "Ủy ban nhân dân huyện Na Hang")}
    # one of them in the headline is the article's
    doc, _ = article("Huyện Lâm Bình đăng cai hội nghị Cụm thi đua các huyện miền núi" + body)
    assert doc.place.district.name == "Lâm Bình"
    # one named more often than the others together is the article's
    doc, _ = article(
        "Cụm thi đua các huyện miền núi tổng kết năm 2023"
        + body.replace("Cụm trưởng năm 2024.", "Cụm trưởng năm 2024; UBND huyện Na Hang đăng cai năm 2025, huyện Na Hang năm 2026.")
    )
    assert doc.place.district.name == "Na Hang"


def test_a_commune_s_article_that_names_one_district_of_its_province_in_passing_is_that_district_s():
    body = (
        "\n03/04/2024\nNgày 2/4, Chủ tịch UBND huyện Phú Hòa (Phú Yên) ký quyết định khen thưởng Công an xã Hòa Thuận. "
        "Giám đốc Công an tỉnh Phú Yên cũng khen thưởng 3 cán bộ.\nNguyễn Phúc\n"
    )
    doc, _ = article("Công an xã Hòa Thuận được khen thưởng" + body)
    assert (doc.place.province.name, doc.place.district.name, doc.place.commune) == ("Phú Yên", "Phú Hòa", "xã Hòa Thuận")
    # a headline naming no commune leaves the province's article the province's
    doc, _ = article("Công an bắt nhanh đối tượng trộm cắp" + body)
    assert doc.place.district is None


def test_a_province_named_only_bare_but_often_outweighs_one_typed_once_in_passing():
    doc, _ = article(
        "Khối thi đua các trường chuyên nghiệp ký giao ước năm 2024\n12/03/2024\n"
        "Ngày 10/3, tại Trường Cao đẳng Y tế Quảng Trị, Khối thi đua các trường chuyên nghiệp tổ chức ký giao ước thi đua. "
        "Dự có Phân hiệu Trường Đại học Luật thành phố Hà Nội tại Quảng Trị và Trường Chính trị Quảng Trị.\nTrần Mai\n"
    )
    assert doc.province_code == "p45"  # Quảng Trị, named bare three times, not Hà Nội, typed once inside a name
    # nor does the city's name in 'tư tưởng Hồ Chí Minh' add to the one typed mention of the city
    doc, _ = article(
        "Khối thi đua các trường ký giao ước năm 2024\n12/03/2024\n"
        "Ngày 10/3, tại Trường Cao đẳng Y tế Quảng Trị, Khối thi đua ký giao ước thi đua, gắn với học tập và làm theo tư tưởng, "
        "đạo đức, phong cách Hồ Chí Minh. Dự có Phân hiệu Đại học Nông lâm thành phố Hồ Chí Minh tại Quảng Trị.\nTrần Mai\n"
    )
    assert doc.province_code == "p45"
    # a province typed twice keeps the article, whatever another is named bare
    doc, _ = article(
        "Tỉnh Lạng Sơn tổng kết thi đua năm 2023\n11/01/2024\n"
        "Sáng 10/1, UBND tỉnh Lạng Sơn tổng kết. Đoàn đã học tập kinh nghiệm tại Hà Nội; các trường của Hà Nội, của Hà Nội cũng dự.\nTrần Mai\n"
    )
    assert doc.province_code == "p20"
    # and a province named bare once is no candidate
    doc, _ = article(
        "Khối thi đua ký giao ước năm 2024\n12/03/2024\n"
        "Ngày 10/3, tại thành phố Hà Nội, Khối thi đua các trường ký giao ước thi đua; Trường Cao đẳng Quảng Trị cũng dự.\nTrần Mai\n"
    )
    assert doc.province_code == "p01"


def test_a_bare_so_on_a_department_s_portal_is_the_one_department_the_article_names():
    doc, facts = article(
        "Sở Tư pháp tổng kết công tác thi đua năm 2023\n12/01/2024\n"
        "Ngày 10/1, Sở Tư pháp tỉnh Bắc Giang tổ chức Hội nghị tổng kết. Bà Ngô Thị Lan, Phó Giám đốc Sở phát biểu. "
        "Dịp này, Giám đốc Sở tặng Giấy khen cho 12 cá nhân.\nTrần Mai\n"
    )
    assert doc.place.department.name == "Sở Tư pháp tỉnh Bắc Giang"
    posts = {p.name: {(x.role, x.org.name if x.org else None) for x in p.posts} for p in facts.people if p.posts}
    assert posts == {"Ngô Thị Lan": {("Phó Giám đốc", "Sở Tư pháp tỉnh Bắc Giang")}}
    assert [g.conferrer.label for g in facts.grants] == ["Giám đốc Sở Tư pháp tỉnh Bắc Giang"]
    # an article naming two departments leaves a bare 'Sở' unresolved
    doc, facts = article(
        "Ký kết giao ước thi đua năm 2024\n12/01/2024\n"
        "Ngày 10/1, Sở Tư pháp và Sở Y tế tỉnh Bắc Giang ký kết giao ước. Bà Ngô Thị Lan, Phó Giám đốc Sở phát biểu.\nTrần Mai\n"
    )
    assert doc.place.department is None
    assert {(x.role, x.org) for p in facts.people for x in p.posts} == {("Phó Giám đốc", None)}


def test_the_gazetteer_s_names_are_in_the_tone_style_of_the_normalised_text():
    from tdkt.ingest.normalise import unify_tones

    assert all(unify_tones(u.name) == u.name for u in gazetteer().units.values())
    assert gazetteer().get("p17").name == "Hòa Bình"  # the package spells it 'Hoà Bình'
    # so a province named bare in either spelling is counted
    doc, _ = article(
        "Sở Giáo dục và Đào tạo Hoà Bình được tặng Cờ thi đua\n12/03/2024\n"
        "Sở Giáo dục và Đào tạo Hòa Bình được Bộ tặng Cờ thi đua. Tại Hà Nội, Sở GD&ĐT Hòa Bình nhận cờ.\nTrần Mai\n"
    )
    assert doc.province_code == "p17"


def test_a_province_s_bare_name_inside_a_person_s_name_or_in_lower_case_names_no_province():
    from tdkt.ingest.places import named_bare

    text = "Phó Thủ tướng Trương Hòa Bình dự lễ ở Hòa Bình, vì hòa bình; ông Nguyễn Văn Thái Bình về tỉnh Thái Bình."
    assert (named_bare("Hòa Bình", text), named_bare("Thái Bình", text)) == (1, 1)
    # an article that names no place but a person called so is placed nowhere
    doc, _ = article(
        "Công ty Cổ phần An Phát đón nhận Huân chương Lao động\n12/03/2024\n"
        "Ngày 10/3, Công ty Cổ phần An Phát tổ chức lễ. Đồng chí Trương Hòa Bình dự và trao Huân chương.\nTrần Mai\n"
    )
    assert doc.province_code is None
    # a district named once in a list, and again inside a speaker's name: not the article's district
    doc, _ = article(
        "Sở Giáo dục và Đào tạo tổng kết năm học\n12/08/2023\nSáng 11/8, Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh tổ chức "
        "Hội nghị tổng kết năm học. Đồng chí Nguyễn Hồng Lĩnh, Phó Chủ tịch UBND tỉnh dự. Cờ thi đua được trao cho Phòng "
        "GD&ĐT huyện Can Lộc và Phòng GD&ĐT thị xã Hồng Lĩnh. Phó Chủ tịch UBND tỉnh Nguyễn Hồng Lĩnh phát biểu.\nThu Phương\n"
    )
    assert (doc.province_code, doc.place.district) == ("p42", None)
    # one of them named again: that district's
    doc, _ = article(
        "Huyện Can Lộc tổng kết năm học\n12/08/2023\nSáng 11/8, UBND huyện Can Lộc tổ chức Hội nghị tổng kết năm học. "
        "Cờ thi đua được trao cho Phòng GD&ĐT huyện Can Lộc và Phòng GD&ĐT thị xã Hồng Lĩnh.\nThu Phương\n"
    )
    assert doc.place_code == "d443"


def test_districts_named_bare_of_one_province_place_an_article_that_names_no_place_otherwise():
    def place(body: str) -> tuple[str | None, str | None, str | None]:
        doc, _ = article("Hội nghị tổng kết công tác thuế năm 2023\n18/01/2024\n" + body + "\nPhương Linh\n")
        fallback = doc.place.district_mentioned
        return doc.province_code, doc.place.district.code if doc.place.district else None, fallback.code if fallback else None

    # two districts of one province in a body's name: the province's
    assert place("Ngày 17/1, Chi cục Thuế khu vực Đồng Xoài - Hớn Quản tổ chức hội nghị tổng kết.") == ("p70", None, None)
    # one: that district's
    province, district, _ = place("Ngày 17/1, Trung tâm Y tế Hớn Quản tổ chức hội nghị tổng kết.")
    assert (province, district) == ("p70", "d694")
    # a name several units bear, districts of two provinces, or a district's name inside a person's: none
    assert place("Ngày 17/1, Trung tâm Y tế Châu Thành tổ chức hội nghị tổng kết.")[0] is None
    assert place("Ngày 17/1, Chi cục Thuế Hớn Quản và Chi cục Thuế Cẩm Giàng ký kết giao ước thi đua.")[0] is None
    assert place("Ngày 17/1, ông Nguyễn Hớn Quản, Giám đốc Công ty An Phát dự hội nghị.")[0] is None


def test_numbered_urban_districts_and_the_hcm_abbreviation():
    doc, facts = article(
        "Quận 3 tổng kết công tác thi đua năm 2023\n10/01/2024\n"
        "Sáng 9/1, UBND Quận 3, TP.HCM tổ chức Hội nghị tổng kết công tác thi đua năm 2023. "
        "Bà Trần Thanh Xuân, Bí thư Quận ủy Quận 3 dự; UBND 2 phường được biểu dương.\nKim Ngân\n"
    )
    assert (doc.place_code, doc.province_code) == ("d770", "p79")
    posts = {p.name: {(x.role, x.org.name) for x in p.posts} for p in facts.people if p.posts}
    assert posts == {"Trần Thanh Xuân": {("Bí thư", "Quận ủy Quận 3")}}
    assert facts.events[0].organiser.name == "Ủy ban nhân dân quận 3"


def _unplaced_posts(text: str) -> dict[str, set[tuple[str | None, str | None, bool]]]:
    _, facts = article("Xem xét, đề nghị khen thưởng mức cao năm 2016\n11/03/2016\n" + text + "\nPhan Minh Đức\n")
    return {p.name: {(x.role, x.org.name if x.org else None, x.org.unplaced if x.org else False) for x in p.posts} for p in facts.people}


def test_a_body_named_by_its_level_where_the_article_names_no_place_keeps_its_level_unplaced():
    people = _unplaced_posts(
        "Ngày 11-3, đồng chí Hoàng Văn Minh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh "
        "đã chủ trì cuộc họp xét khen thưởng."
    )
    assert people["Hoàng Văn Minh"] == {
        ("Phó Bí thư", "Tỉnh ủy", True),
        ("Chủ tịch", "Ủy ban nhân dân tỉnh", True),
        ("Chủ tịch", "Hội đồng Thi đua - Khen thưởng tỉnh", True),
    }
    # with its place written, the same chain is placed
    placed = _unplaced_posts(
        "Ngày 11-3, đồng chí Hoàng Văn Minh, Phó Bí thư Tỉnh ủy Thái Nguyên, Chủ tịch UBND tỉnh Thái Nguyên chủ trì họp."
    )
    assert placed["Hoàng Văn Minh"] == {
        ("Phó Bí thư", "Tỉnh ủy Thái Nguyên", False),
        ("Chủ tịch", "Ủy ban nhân dân tỉnh Thái Nguyên", False),
    }


def test_a_party_committee_of_a_district_name_two_provinces_share_keeps_its_name_unplaced():
    people = _unplaced_posts("Ngày 11-3, ông Lê Văn An, Trưởng Ban Dân vận Huyện ủy Tam Nông, Bí thư Thị ủy Long Mỹ chủ trì họp.")
    assert people["Lê Văn An"] == {("Trưởng ban", "Ban Dân vận Huyện ủy Tam Nông", False), ("Bí thư", "Thị ủy Long Mỹ", False)}
    # a district's name of one province alone is placed in it
    people = _unplaced_posts("Ngày 11-3, ông Lê Văn An, Bí thư Huyện ủy Văn Lãng chủ trì họp.")
    assert people["Lê Văn An"] == {("Bí thư", "Huyện ủy Văn Lãng", False)}


def _posts_from(source: str, text: str, url: str | None = None) -> dict[str, set[tuple[str | None, str | None]]]:
    from tdkt.ingest.document import Document
    from tdkt.ingest.layout import analyse_layout
    from tdkt.ingest.normalise import normalise
    from tdkt.ingest.pipeline import extract

    doc = Document(
        source, Path(f"{source}.txt"), normalise("Xem xét, đề nghị khen thưởng mức cao năm 2016\n11/03/2016\n" + text + "\nPhan Minh Đức\n")
    )
    doc.source_url = url
    analyse_layout(doc)
    return posts_by_name(extract(doc))


def test_the_publishing_portal_places_a_body_the_text_leaves_unplaced():
    chain = "Ngày 11-3, đồng chí Hoàng Văn Minh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã chủ trì cuộc họp xét khen thưởng."
    placed = {("Phó Bí thư", "Tỉnh ủy Thái Nguyên"), ("Chủ tịch", "Ủy ban nhân dân tỉnh Thái Nguyên")}
    # the page's address, or a file name made from it (the province's name inside a word)
    assert _posts_from("x", chain, url="https://thainguyen.gov.vn/tin-tuc/xem-xet-khen-thuong")["Hoàng Văn Minh"] == placed
    assert _posts_from("h31_baothainguyen_hdtdkt", chain)["Hoàng Văn Minh"] == placed
    # a source naming two provinces, or none, places nothing
    assert _posts_from("tin_thainguyen_bacgiang", chain)["Hoàng Văn Minh"] == {
        ("Phó Bí thư", "Tỉnh ủy"),
        ("Chủ tịch", "Ủy ban nhân dân tỉnh"),
    }
    assert _posts_from("005_24d397491fd6e21e", chain)["Hoàng Văn Minh"] == {("Phó Bí thư", "Tỉnh ủy"), ("Chủ tịch", "Ủy ban nhân dân tỉnh")}
    # the text's own province wins over the source's
    own = "Ngày 11-3, đồng chí Hoàng Văn Minh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Giang đã chủ trì cuộc họp."
    assert _posts_from("h31_baothainguyen_hdtdkt", own)["Hoàng Văn Minh"] == {
        ("Phó Bí thư", "Tỉnh ủy Bắc Giang"), ("Chủ tịch", "Ủy ban nhân dân tỉnh Bắc Giang")
    }  # fmt: skip


def test_the_paper_s_address_printed_in_the_dateline_or_credit_places_the_article():
    chain = "Ngày 11-3, đồng chí Hoàng Văn Minh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã chủ trì cuộc họp xét khen thưởng."
    placed = {("Phó Bí thư", "Tỉnh ủy Tuyên Quang"), ("Chủ tịch", "Ủy ban nhân dân tỉnh Tuyên Quang")}
    assert _posts_from("x1", "(Baotuyenquang.com.vn) - " + chain)["Hoàng Văn Minh"] == placed
    assert _posts_from("x2", chain + "\nTheo baotuyenquang.com.vn")["Hoàng Văn Minh"] == placed
    # an address that names no province places nothing
    assert _posts_from("x3", "(Dangcongsan.vn) - " + chain)["Hoàng Văn Minh"] == {
        ("Phó Bí thư", "Tỉnh ủy"),
        ("Chủ tịch", "Ủy ban nhân dân tỉnh"),
    }


def test_a_paper_not_named_after_its_province_places_its_articles_by_its_mark_or_address():
    chain = "Đồng chí Hoàng Văn Minh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã chủ trì cuộc họp xét khen thưởng."
    placed = {("Phó Bí thư", "Tỉnh ủy Bến Tre"), ("Chủ tịch", "Ủy ban nhân dân tỉnh Bến Tre")}
    assert _posts_from("x1", "BDK.VN - Ngày 11-3, " + chain)["Hoàng Văn Minh"] == placed  # its dateline mark
    assert _posts_from("x2", "(BDK) - Ngày 11-3, " + chain)["Hoàng Văn Minh"] == placed
    assert _posts_from("x3", chain, url="https://baodongkhoi.vn/xet-khen-thuong")["Hoàng Văn Minh"] == placed  # its address
    # the mark inside a word, or deep in the body, is no dateline
    unplaced = {("Phó Bí thư", "Tỉnh ủy"), ("Chủ tịch", "Ủy ban nhân dân tỉnh")}
    assert _posts_from("x4", "ABDKX - Ngày 11-3, " + chain)["Hoàng Văn Minh"] == unplaced


def test_an_unplaced_body_told_less_exactly_beside_its_fuller_name_is_one_post():
    people = _unplaced_posts(
        "Đại diện Phòng Nội vụ có đồng chí Lê Văn Hải, Phó Trưởng phòng Nội vụ huyện. "
        "Đồng chí Lê Văn Hải, Phó Trưởng phòng Nội vụ phát biểu."
    )
    assert people["Lê Văn Hải"] == {("Phó Trưởng phòng", "Phòng Nội vụ huyện", True)}


def test_a_mention_tries_only_the_rows_that_can_begin_with_its_letter_and_finds_what_all_rows_find():
    from tdkt.ingest import orgs

    from ..conftest import SAMPLES

    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
    text += " ủy ban nhân dân xã, hội đồng thi đua, sở nội vụ, ĐẢNG ỦY, đoàn thanh niên, bộ công an, trường THCS Lê Lợi"
    tried = 0
    for pos in range(len(text)):
        if pos and text[pos - 1].isalnum():
            continue
        first = next((s.rule for s in orgs._SPECS if s.regex.match(text, pos)), None)
        fast = next((s.rule for s in orgs._SPECS_BY_LETTER.get(text[pos], orgs._SPECS_ANY) if s.regex.match(text, pos)), None)
        assert fast == first, text[pos : pos + 40]
        tried += first is not None
    assert tried > 100


def test_a_short_form_the_article_defines_names_its_body_after():
    doc, facts = article(
        "Tổng công ty Điện lực miền Trung tổng kết thi đua\n20/01/2024\n"
        "Ngày 19/1, Tổng công ty Điện lực miền Trung (EVNCPC) tổ chức Hội nghị tổng kết. Ông Lê Văn Hòa, Tổng Giám đốc "
        "EVNCPC chủ trì. Nhân dịp này, Tập đoàn Điện lực Việt Nam tặng Cờ thi đua cho 5 đơn vị; Tổng Giám đốc EVNCPC "
        "tặng Giấy khen cho 50 tập thể. Khối thi đua số 3 của Tập đoàn Dầu khí Việt Nam (PVN) ký giao ước; PVN khen "
        "thưởng 3 tập thể. Có 120 học sinh (HS) đạt giải.\nTrần Mai\n"
    )
    assert {a: o.name for a, o in doc.place.acronyms} == {
        "EVNCPC": "Tổng công ty Điện lực miền Trung",
        "PVN": "Tập đoàn Dầu khí Việt Nam",  # the body a bloc is of
    }  # 'học sinh (HS)' names no body
    posts = {(x.role, x.org.name) for p in facts.people if p.name == "Lê Văn Hòa" for x in p.posts}
    assert posts == {("Tổng Giám đốc", "Tổng công ty Điện lực miền Trung")}
    givers = [(g.award, _label(g.conferrer)) for g in facts.grants]
    assert givers == [
        ("co-thi-dua-cap-bo-tinh", "Tập đoàn Điện lực Việt Nam"),
        ("giay-khen", "Tổng Giám đốc Tổng công ty Điện lực miền Trung"),
        ("khen-thuong", "Tập đoàn Dầu khí Việt Nam"),
    ]


def test_a_name_read_on_past_a_defined_short_form_is_the_longer_body():
    _, facts = article(
        "Ngân hàng triển khai nhiệm vụ năm 2024\n20/01/2024\n"
        "Ngày 19/1, Ngân hàng Nhà nước (NHNN) chi nhánh tỉnh Hậu Giang tổ chức hội nghị. Dự có ông Lê Văn Hòa, Giám đốc "
        "NHNN chi nhánh tỉnh Hậu Giang. Thống đốc NHNN tặng Bằng khen cho 2 tập thể."
        "\nTrần Mai\n"
    )
    posts = {p.name: [x.org.name for x in p.posts] for p in facts.people}
    assert posts["Lê Văn Hòa"] == ["Ngân hàng Nhà nước chi nhánh tỉnh Hậu Giang"]
    assert [_label(g.conferrer) for g in facts.grants] == ["Thống đốc Ngân hàng Nhà nước Việt Nam"]


def test_tu_is_a_town_s_party_committee_in_an_article_about_one():
    _, facts = article(
        "TX. Quảng Yên tổng kết công tác thi đua năm 2023\n18/01/2024\nChiều 17/1, UBND TX. Quảng Yên tổ chức hội nghị "
        "tổng kết. Dự có: Đ/c Lê Văn Ba – TUV, Bí thư TU; Đ/c Vũ Văn Diện – Phó Bí thư TU, Chủ tịch UBND TX.\nPV\n"
    )
    posts = {p.name: [(x.role, x.org.name) for x in p.posts] for p in facts.people}
    assert posts["Lê Văn Ba"] == [("Tỉnh ủy viên", "Tỉnh ủy Quảng Ninh"), ("Bí thư", "Thị ủy Quảng Yên")]
    # the chain of titles goes on past it
    assert posts["Vũ Văn Diện"] == [("Phó Bí thư", "Thị ủy Quảng Yên"), ("Chủ tịch", "Ủy ban nhân dân thị xã Quảng Yên")]


def test_a_short_form_defined_for_two_bodies_names_neither():
    doc, _ = article(
        "Tỉnh tổng kết thi đua\n20/01/2024\nNgày 19/1, Công ty Điện lực Quảng Ninh (PC) và Công ty Điện lực Hải Phòng (PC) "
        "tổ chức hội nghị tổng kết.\nTrần Mai\n"
    )
    assert doc.place.acronyms == ()


def test_districts_merged_away_before_2025_and_names_a_merger_changed_are_in_the_gazetteer():
    gz = gazetteer()
    yen_dung = gz.lookup("Yên Dũng", "huyện")
    assert (yen_dung.code, yen_dung.parent, yen_dung.valid_until, yen_dung.successor) == ("d221", "p24", "2024-12-31", "n24")
    assert gz.lookup("Đạ Tẻh").code == "d682"  # renamed Đạ Huoai when the two merged
    assert gz.lookup("Đạ Huoai").code == "d681" and gz.lookup("Long Điền").valid_until == "2024-12-31"
    assert gz.lookup("Huế", "thành phố").code == "d474"  # the city, not today's 'quận Thuận Hóa'
    assert gz.lookup("Huế").code == "p46"  # bare, the province
    doc, facts = article(
        "Huyện Yên Dũng tổng kết công tác thi đua năm 2022\n20/01/2023\nNgày 19/1, UBND huyện Yên Dũng tổ chức hội nghị. "
        "Dự có ông Lê Văn Nam, Bí thư Huyện ủy.\nTrần Mai\n"
    )
    assert (doc.place.province.code, doc.place.district.code) == ("p24", "d221")
    assert {(x.role, x.org.name) for p in facts.people if p.name == "Lê Văn Nam" for x in p.posts} == {("Bí thư", "Huyện ủy Yên Dũng")}


def test_a_city_the_package_spells_with_a_capital_level_word_is_a_city_by_its_own_name():
    # vietnam-provinces 0.6.0 writes two cities 'Thành Phố Bắc Kạn', 'Thành Phố Đồng Hới': a city of the name alone
    gz = gazetteer()
    assert [(u.type, u.name) for u in (gz.get("d058"), gz.get("d450"))] == [("thành phố", "Bắc Kạn"), ("thành phố", "Đồng Hới")]
    doc, facts = article(
        "Thành phố Đồng Hới biểu dương điển hình\n20/10/2023\nSáng 19/10, Thành ủy Đồng Hới tổ chức Hội nghị biểu dương. "
        "Dự có đồng chí Lê Văn Nam, Bí thư Thành ủy.\nBan Thường vụ Thành ủy tặng Giấy khen cho 12 tập thể.\nTrần Mai\n"
    )
    assert (doc.place.district.code, doc.place.district.name) == ("d450", "Đồng Hới")
    assert posts_by_name(facts)["Lê Văn Nam"] == {("Bí thư", "Thành ủy Đồng Hới")}
    assert [g.conferrer.name for g in facts.grants] == ["Ban Thường vụ Thành ủy Đồng Hới"]
    # negative: a district of that province is still a district ('huyện Quảng Trạch')
    assert (gz.lookup("Quảng Trạch", "huyện").type, gz.lookup("Quảng Trạch", "huyện").name) == ("huyện", "Quảng Trạch")


def test_the_level_words_abbreviated_by_portals():
    hcm = PlaceContext(gazetteer().get("p79"))
    hue = PlaceContext(gazetteer().get("p46"))
    assert parse_org("UBND Q. Bình Thạnh tổ chức", 0, hcm)[0].name == "Ủy ban nhân dân quận Bình Thạnh"
    assert parse_org("Công an Q. 1 tặng", 0, hcm)[0].name == "Công an quận 1"
    assert parse_org("UBND TT. Phú Đa tổ chức", 0, hue)[0].name == "Ủy ban nhân dân thị trấn Phú Đa"
    doc, _ = article("TT. Phú Đa tổng kết thi đua năm 2023\n12/01/2024\nNgày 10/1, UBND thị trấn Phú Đa tổ chức hội nghị.\nTrần Mai\n")
    assert doc.place.commune == "thị trấn Phú Đa"
    # an initial before a name that is no unit's names no district
    doc, _ = article("Huế tổng kết thi đua năm 2023\n12/01/2024\nNgày 10/1, ông H. Anh dự hội nghị ở huyện Phú Vang.\nTrần Mai\n")
    assert [doc.text[s.start : s.end] for s in doc.spans("places")] == ["huyện Phú Vang"]


def test_where_a_person_comes_from_is_not_what_the_article_is_about():
    doc, _ = article(
        "Truy tặng danh hiệu Bà mẹ Việt Nam Anh hùng\n14/12/2018\nChủ tịch nước truy tặng danh hiệu cho bà Mai Thị Đây "
        "(Nguyên quán tại xã Đại Cường, huyện Đại Lộc, tỉnh Quảng Nam), cư trú tại xã Quảng Sơn, huyện Đắk Glong, tỉnh Đắk Nông.\n"
        "Huy Hoàng\n"
    )
    assert doc.place.province.name == "Đắk Nông"
    # a homeland built up is the article's place (the gazetteer's 'Đăk Glong', spelled 'Đắk Glong' here)
    doc, _ = article("Xây dựng quê hương huyện Đắk Glong\n14/12/2018\nNhân dân chung tay xây dựng quê hương huyện Đắk Glong.\nHuy Hoàng\n")
    assert doc.place.district.code == "d661"


def test_the_central_highlands_dak_and_lak_are_one_word_with_their_tone_or_without():
    gz = gazetteer()
    assert gz.lookup("Đắk Glong").code == gz.lookup("Đăk Glong").code == "d661"
    assert gz.lookup("Đăk Lăk").code == gz.lookup("Đắk Lắk").code == "p66"
    assert gz.lookup("Đăk Mil").code == "d663" and gz.lookup("Đắk Pơ").code == gz.lookup("Đăk Pơ").code


def test_a_unit_s_name_is_written_with_its_capital():
    from tdkt.ingest.places import typed_mentions

    assert typed_mentions("Huyện vinh dự đón nhận Huân chương") == []  # 'vinh dự' is 'honoured', not the city of Vinh
    assert [u.label for u, _, _ in typed_mentions("huyện Vinh và HUYỆN KỲ SƠN, Quận 3")] == ["thành phố Vinh", "huyện Kỳ Sơn", "quận 3"]


def test_the_emulation_council_and_board_by_their_abbreviations():
    assert names("HĐTĐKT huyện họp; Ban TĐKT tỉnh thẩm định; Ban Tổ chức Huyện ủy dự.") == [
        "Hội đồng Thi đua - Khen thưởng huyện Tiên Yên",
        "Ban Thi đua - Khen thưởng tỉnh Quảng Ninh",
        "Ban Tổ chức Huyện ủy Tiên Yên",
    ]


def test_national_mass_associations_by_their_abbreviations():
    assert names("Trung ương Hội CCB Việt Nam tặng Cờ; Hội LHPN Việt Nam tặng Bằng khen; Hội CCB huyện dự.") == [
        "Trung ương Hội Cựu chiến binh Việt Nam",
        "Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
        "Hội Cựu chiến binh huyện Tiên Yên",  # a branch, placed
    ]


def test_a_body_named_two_ways_in_the_table_is_of_one_kind():
    # 'Tổng LĐLĐ' and 'Tổng Liên đoàn Lao động' are one body: its rows must not give it two kinds
    kinds: dict[str, set[str]] = {}
    for row in lexicon.records("bodies.tsv", ("rule", "pattern", "head", "kind", "place", "ignorecase", "default_level")):
        if "{" not in row["head"]:
            kinds.setdefault(row["head"], set()).add(row["kind"])
    assert {head: k for head, k in kinds.items() if len(k) > 1} == {}
    short = parse_org("Tổng LĐLĐ Việt Nam", 0, CTX)
    assert short is not None and short[0].kind == "MassOrganisation"


def test_a_district_name_two_provinces_share_stays_a_district_unplaced_not_a_commune():
    nowhere = PlaceContext(None, None)
    [(org, _, _, _)] = find_orgs("UBND huyện Chợ Mới tặng Giấy khen cho 5 tập thể.", nowhere)
    assert (org.name, org.level, org.unit_code) == ("Ủy ban nhân dân huyện Chợ Mới", "district", None)
    # negative: a commune the gazetteer lacks is a commune
    [(org, _, _, _)] = find_orgs("UBND xã Long Điền A tặng Giấy khen.", nowhere)
    assert (org.name, org.level) == ("Ủy ban nhân dân xã Long Điền A", "commune")


def test_a_district_name_several_provinces_share_is_read_in_the_province_the_article_names():
    doc, facts = article(
        "Huyện Châu Thành kỷ niệm 20 năm thành lập\n20/12/2023\n"
        "Ngày 19/12, Huyện ủy - HĐND - UBND huyện Châu Thành (tỉnh Tây Ninh) tổ chức Lễ kỷ niệm 20 năm ngày thành lập. "
        "Bí thư Huyện ủy phát biểu.\nThu Hà\n"
    )
    assert (doc.place.district.name, gazetteer().get(doc.place.district.parent).name) == ("Châu Thành", "Tây Ninh")
    assert facts.events[0].organiser.name == "Huyện ủy Châu Thành"
    # named with no province, it stays unread
    doc, _ = article(
        "Huyện Châu Thành kỷ niệm 20 năm thành lập\n20/12/2023\nNgày 19/12, UBND huyện Châu Thành tổ chức lễ kỷ niệm.\nThu Hà\n"
    )
    assert doc.place.district is None


def test_the_bank_for_social_policies_by_its_place_however_worded_and_its_board():
    # the district transaction office and the provincial branch are the bank of that place: one body
    assert names("Phòng giao dịch NHCSXH huyện") == ["Ngân hàng Chính sách xã hội huyện Tiên Yên"]
    assert (
        names("Chi nhánh NHCSXH tỉnh, Ngân hàng Chính sách xã hội (NHCSXH) chi nhánh tỉnh Quảng Ninh và NHCSXH tỉnh")
        == ["Ngân hàng Chính sách xã hội tỉnh Quảng Ninh"] * 3
    )
    assert names("Ban đại diện HĐQT NHCSXH huyện") == [
        "Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội huyện Tiên Yên"
    ]  # fmt: skip


def test_a_district_keeps_the_type_the_text_gives_it_before_it_was_raised():
    # Đông Triều (Quảng Ninh), a city in the gazetteer, was a thị xã and before that a huyện
    assert names("UBND thị xã Đông Triều, Thị ủy Đông Triều và Công an huyện Đông Triều") == [
        "Ủy ban nhân dân thị xã Đông Triều",
        "Thị ủy Đông Triều",
        "Công an huyện Đông Triều",
    ]
    [(body, *_)] = find_orgs("UBND thị xã Đông Triều", CTX)
    assert body.unit_code == gazetteer().get("d205").code  # the same unit, named as it was
    # as the gazetteer has it where the text says so, and a type it never had before is not taken from the text
    assert names("UBND thành phố Đông Triều và Thành ủy Đông Triều") == ["Ủy ban nhân dân thành phố Đông Triều", "Thành ủy Đông Triều"]
    assert names("UBND huyện Tiên Yên") == ["Ủy ban nhân dân huyện Tiên Yên"]


def test_a_village_s_front_board_is_a_body_of_the_village_not_a_national_one():
    def found(text: str) -> list[tuple[str, str | None]]:
        return [(o.name, o.level) for o, _, _, _ in find_orgs(text, CTX)]

    assert found("Ban Công tác Mặt trận khu dân cư thôn Đồng Tâm tổ chức ngày hội.") == [("Ban Công tác Mặt trận thôn Đồng Tâm", None)]
    assert found("Ông A, Trưởng ban công tác Mặt trận ấp 3 phát biểu.") == [("Ban Công tác Mặt trận ấp 3", None)]
    # the residential area alone names the board too; the commune's front committee is the commune's
    assert found("Ban Công tác Mặt trận khu dân cư Hòa Bình họp.") == [("Ban Công tác Mặt trận khu dân cư Hòa Bình", None)]
    assert [level for _, level in found("Ủy ban MTTQ xã Đồng Rui họp.")] == ["commune"]
    # a city ward's numbered area ('khu vực 3', as Cần Thơ calls its wards' parts) names the board as a village does
    assert found("Ban Công tác Mặt trận khu vực 3 tổ chức ngày hội.") == [("Ban Công tác Mặt trận khu vực 3", None)]
    assert found("Ông A, Trưởng ban công tác Mặt trận khu vực số 5 phát biểu.") == [("Ban Công tác Mặt trận khu vực số 5", None)]
    # negative: an area by what it is, not numbered, is no village's ('khu vực miền núi')
    assert found("Ban Công tác Mặt trận khu vực miền núi họp.") == []


def test_a_commune_is_placed_in_the_district_written_after_it():
    ha_giang = PlaceContext(gazetteer().get("p02"), None)

    def placed(text: str) -> list[tuple[str, str | None, str | None]]:
        return [(o.name, o.level, o.unit_code) for o, _, _, _ in find_orgs(text, ha_giang)]

    assert placed("UBND xã Minh Tân, huyện Vị Xuyên được khen.") == [("Ủy ban nhân dân xã Minh Tân", "commune", "d030")]
    assert placed("Đảng ủy xã Minh Tân (huyện Mèo Vạc) họp.")[0][2] == "d027"
    # a commune police's commanding board is the commune's
    assert placed("Ban Chỉ huy Công an xã Minh Tân - huyện Vị Xuyên được khen.") == [("Ban Chỉ huy Công an xã Minh Tân", "commune", "d030")]
    # a district of another province, written, is still where it is; a province after it, or no name, places it no further
    assert placed("UBND xã Đồng Rui, huyện Tiên Yên được khen.")[0][2] == "d199"
    assert placed("UBND xã Minh Tân, tỉnh Hà Giang được khen.")[0][2] is None
    assert placed("UBND xã Minh Tân, huyện đã tặng quà.")[0][2] is None


def test_a_ministry_s_general_department_or_department_is_of_the_country():
    def found(text: str) -> list[tuple[str, str | None]]:
        return [(o.name, o.level) for o, _, _, _ in find_orgs(text, CTX)]

    assert found("Tổng cục Thuế tặng Cờ thi đua cho 2 đơn vị.") == [("Tổng cục Thuế", "national")]
    assert found("Ông A, Vụ trưởng Vụ Pháp chế phát biểu.") == [("Vụ Pháp chế", "national")]
    # a department ('Cục') may be a province's: left unplaced where no place is written, placed where one is
    assert found("Cục Quản lý thị trường tặng Giấy khen.") == [("Cục Quản lý thị trường", None)]
    assert found("Cục Thuế tỉnh tặng Giấy khen.") == [("Cục Thuế tỉnh Quảng Ninh", "province")]


def test_the_state_bank_written_in_full_is_of_the_country_its_regions_and_branches_are_not_it():
    def found(text: str) -> list[tuple[str, str | None]]:
        return [(o.name, o.level) for o, _, _, _ in find_orgs(text, CTX)]

    assert found("Thống đốc Ngân hàng Nhà nước Việt Nam tặng Bằng khen.") == [("Ngân hàng Nhà nước Việt Nam", "national")]
    assert found("Bà A, Phó Thống đốc Ngân hàng Nhà nước (NHNN) phát biểu.") == [("Ngân hàng Nhà nước Việt Nam", "national")]
    assert found("Ông B, Giám đốc Ngân hàng Nhà nước Khu vực 5 dự.") == [("Ngân hàng Nhà nước Khu vực 5", "national")]
    assert found("Ông C, Phó Giám đốc NHNN Khu vực 12 dự.") == [("Ngân hàng Nhà nước Khu vực 12", "national")]
    assert found("Ông D, Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh dự.") == [("Ngân hàng Nhà nước chi nhánh tỉnh Quảng Ninh", "province")]


def test_an_institution_named_for_the_whole_country_is_of_the_country():
    def found(text: str) -> list[tuple[str, str | None]]:
        return [(o.name, o.level) for o, _, _, _ in find_orgs(text, CTX)]

    assert found("Học viện Nông nghiệp Việt Nam đón nhận Huân chương.") == [("Học viện Nông nghiệp Việt Nam", "national")]
    assert found("Bà A, Giám đốc Bảo tàng Phụ nữ Việt Nam phát biểu.") == [("Bảo tàng Phụ nữ Việt Nam", "national")]
    # one named otherwise keeps no level it does not say
    assert found("Học viện Ngân hàng tổ chức hội nghị.") == [("Học viện Ngân hàng", None)]
    # a museum by its name, and a name that keeps a lower-case syllable ('Hữu nghị', 'Phụ nữ')
    assert found("Bệnh viện Hữu nghị Việt Đức tổ chức lễ.") == [("Bệnh viện Hữu nghị Việt Đức", None)]
    assert found("Ông C, Giám đốc Bảo tàng Hồ Chí Minh dự.") == [("Bảo tàng Hồ Chí Minh", None)]


def test_the_border_guard_named_bare_is_the_national_force_and_its_province_s_named_with_its_acronym_in_brackets():
    found = [(o.name, o.level, o.unplaced) for o, _, _, _ in find_orgs("Trung tướng Lê Đức Thái, Tư lệnh Bộ đội Biên phòng dự.", CTX)]
    assert found == [("Bộ đội Biên phòng", "national", False)]
    assert names("Đại tá Trần Quốc Khánh, Chỉ huy trưởng Bộ đội Biên phòng (BĐBP) tỉnh An Giang phát biểu.") == [
        "Bộ đội Biên phòng tỉnh An Giang"
    ]
    assert names("Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh An Giang tổ chức hội nghị.") == ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang"]


def test_a_bloc_of_levels_listed_keeps_its_whole_list_before_its_province():
    assert names("Cụm thi đua các huyện, thị xã, thành phố tỉnh Lào Cai tổ chức hội nghị.") == [
        "Cụm thi đua các huyện, thị xã, thành phố tỉnh Lào Cai"
    ]
    # a bloc of provinces named by their region is not the province after 'các tỉnh'
    assert names("Cụm thi đua các tỉnh Tây Nguyên tổ chức hội nghị.") == ["Cụm thi đua các tỉnh Tây Nguyên"]
    # a bloc of the Party's, the Front's and the unions' bodies keeps its members' list, commas and dash within it
    assert names(
        "Khối thi đua các cơ quan Đảng, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh Quảng Ninh tổ chức hội nghị."
    ) == ["Khối thi đua các cơ quan Đảng, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh Quảng Ninh"]
    # negative: a bloc, then a comma and another body acting, is the bloc alone
    assert names("Khối thi đua số 3, Sở Nội vụ tỉnh tổ chức hội nghị.")[0] == "Khối thi đua số 3 tỉnh Quảng Ninh"


def test_a_body_told_by_its_head_noun_is_the_one_the_lead_writes_with_that_word_before_its_level():
    _, facts = article(
        "Ngân hàng tổng kết năm 2023\n10/01/2024\n"
        "Ngày 9/1, NHCSXH chi nhánh tỉnh Điện Biên tổ chức hội nghị tổng kết năm 2023. Dự có bà Lò Thị Hương, Giám đốc chi"
        " nhánh. Năm 2023, chi nhánh được Tổng Giám đốc NHCSXH tặng Cờ thi đua. Bà Lò Thị Hương trao Giấy khen của Giám đốc"
        " chi nhánh cho 15 tập thể.\nTrần Mai\n"
    )
    branch = "Ngân hàng Chính sách xã hội tỉnh Điện Biên"
    assert {p.name: [x.org.name if x.org else None for x in p.posts] for p in facts.people}["Lò Thị Hương"] == [branch]
    given = {g.award: (_label(g.conferrer), getattr(g.recipient, "name", g.recipient)) for g in facts.grants}
    assert given == {
        "co-thi-dua-cap-bo-tinh": ("Tổng Giám đốc Ngân hàng Chính sách xã hội", branch),
        "giay-khen": ("Giám đốc " + branch, None),
    }
    # negative: a word inside a name that is no head before a level ('Môi trường tỉnh') makes it no school
    _, facts = article(
        "Trường tổng kết năm học\n10/06/2024\nNgày 9/6, Sở Tài nguyên và Môi trường tỉnh Điện Biên tổ chức hội nghị."
        " Nhà trường được tặng Giấy khen.\nTrần Mai\n"
    )
    assert [g.recipient for g in facts.grants] == [None]


def test_a_district_the_gazetteer_does_not_list_keeps_its_name_and_is_not_the_article_s():
    # (Tiên Yên is the article's district; Sầm Tớ is in Laos, Tĩnh Gia became a town in 2020)
    assert names("Đoàn công tác UBND huyện Sầm Tớ, tỉnh Hủa Phăn (Lào) thăm huyện.")[0] == "Ủy ban nhân dân huyện Sầm Tớ"
    assert names("Lãnh đạo Bệnh viện Đa khoa huyện Tĩnh Gia, UBND huyện dự.") == [
        "Bệnh viện Đa khoa huyện Tĩnh Gia", "Ủy ban nhân dân huyện Tiên Yên"
    ]  # fmt: skip
    # negative: the chair's name after a bare level word, a time word run in, a level word: the article's district
    assert names("Chủ tịch UBND huyện Nguyễn Văn Hải phát biểu.") == ["Ủy ban nhân dân huyện Tiên Yên"]
    assert names("Ảnh: Trung tâm Y tế huyện Sáng 4/4, đoàn công tác đến thăm.") == ["Trung tâm Y tế huyện Tiên Yên"]
    # three words or more after the level word are a person's more likely, whatever their family name
    assert names("Chủ tịch UBND huyện Dư Khánh Linh tặng Giấy khen.") == ["Ủy ban nhân dân huyện Tiên Yên"]
    # and a Central Highlands given name with its mark
    assert names("Chủ tịch UBND huyện Y Phương trao Giấy khen cho 5 tập thể.") == ["Ủy ban nhân dân huyện Tiên Yên"]


def test_a_district_a_headline_opens_with_bare_places_the_article():
    def giver(head: str) -> str | None:
        text = (
            head
            + "\n12/01/2024\nSáng 10/1, UBND thành phố tổ chức hội nghị tổng kết. Chủ tịch UBND thành phố tặng Giấy khen cho 20 tập thể.\nThu Hà\n"
        )
        return _label(article(text)[1].grants[0].conferrer)

    assert giver("Hạ Long: 20 tập thể được khen thưởng") == "Chủ tịch Ủy ban nhân dân thành phố Hạ Long"
    assert giver("Móng Cái - tuyên dương 20 tập thể") == "Chủ tịch Ủy ban nhân dân thành phố Móng Cái"
    # negative: a name several provinces' districts share tells none; a headline that does not open with it
    assert giver("Châu Thành: 20 tập thể được khen thưởng") == "Chủ tịch Ủy ban nhân dân thành phố"
    assert giver("Tuyên dương 20 tập thể của Hạ Long và Móng Cái") == "Chủ tịch Ủy ban nhân dân thành phố"


def test_a_paper_named_after_its_province_in_the_page_title_or_credit_places_the_article():
    chain = "Đồng chí Hoàng Văn Minh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã chủ trì cuộc họp xét khen thưởng."
    placed = {("Phó Bí thư", "Tỉnh ủy Lào Cai"), ("Chủ tịch", "Ủy ban nhân dân tỉnh Lào Cai")}
    assert _posts_from("x1", chain + "\nTheo Báo Lào Cai")["Hoàng Văn Minh"] == placed
    doc, _ = article("Xét khen thưởng năm 2016 - Báo Hà Nội Mới\nXét khen thưởng năm 2016\n11/03/2016\n" + chain + "\nMinh Đức\n")
    assert doc.place.province.name == "Hà Nội"
    # a national paper names no province
    assert _posts_from("x2", chain + "\nTheo Báo Nhân Dân")["Hoàng Văn Minh"] == {
        ("Phó Bí thư", "Tỉnh ủy"),
        ("Chủ tịch", "Ủy ban nhân dân tỉnh"),
    }


def test_a_short_form_of_the_last_words_of_a_bodys_name_abbreviates_those_words_not_the_body():
    lead = "Ngày 8/12, Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Lạng Sơn tổ chức hội nghị tổng kết.\n"
    posts = posts_by_name(
        article("Hội nghị tổng kết năm 2023\n12/12/2023 09:00\n" + lead + "Đại tá Lê Văn An, Phó Tư lệnh BĐBP dự hội nghị.\nMai Anh\n")[1]
    )
    assert posts["Lê Văn An"] == {("Phó Tư lệnh", "Bộ đội Biên phòng")}
    # one of the whole name's initials is the body's
    lead = "Ngày 8/12, Ban Chỉ huy Quân sự (BCHQS) huyện Văn Lãng tổ chức hội nghị tổng kết.\n"
    posts = posts_by_name(
        article(
            "Hội nghị tổng kết năm 2023\n12/12/2023 09:00\n" + lead + "Thượng tá Lê Văn An, Chỉ huy trưởng BCHQS dự hội nghị.\nMai Anh\n"
        )[1]
    )
    assert posts["Lê Văn An"] == {("Chỉ huy trưởng", "Ban Chỉ huy Quân sự huyện Văn Lãng")}


def test_communes_named_of_one_district_place_an_article_that_names_no_place_otherwise():
    def place(body: str) -> tuple[str | None, str | None]:
        doc, _ = article("Hội Cựu chiến binh tổng kết phong trào thi đua\n18/01/2024\n" + body + "\nLê Hiền\n")
        return doc.province_code, doc.place.district.code if doc.place.district else None

    # a ward and a commune whose names no other district's bear: their district's, and its province's
    assert place("Hội Cựu chiến binh phường Cẩm Phô và xã Cẩm Thanh tổ chức hội nghị tổng kết.") == ("p49", "d503")
    # a name the communes of several districts bear ('xã Hồng Phong'): none
    assert place("Hội Cựu chiến binh xã Hồng Phong tổ chức hội nghị tổng kết.") == (None, None)
    # negative: communes of two districts, each named alone: neither's
    assert place("Hội Cựu chiến binh phường Cẩm Phô và phường Phúc Xá tổ chức hội nghị tổng kết.") == (None, None)
    # a district the article names itself stands
    assert place("Hội Cựu chiến binh phường Cẩm Phô (thành phố Móng Cái) tổ chức hội nghị.")[1] == "d194"


def test_an_article_about_a_commune_of_its_province_is_placed_in_the_commune_s_district():
    def place(headline: str, body: str) -> tuple[str | None, str | None, str | None]:
        doc, _ = article(f"{headline}\n18/01/2024\n{body}\nLê Hiền\n")
        return doc.province_code, doc.place.district.code if doc.place.district else None, doc.place.commune

    # 'xã Tân Lập' in an article of Bắc Giang: the one district of that province whose commune bears the name
    assert place("Xã Tân Lập tổng kết phong trào thi đua", "Ngày 17/1, UBND xã Tân Lập (tỉnh Bắc Giang) tổ chức hội nghị.") == (
        "p24",
        "d219",
        "xã Tân Lập",
    )
    # the district named bare in brackets after the commune
    assert place("Xã Sơn Hà biểu dương điển hình", "Ngày 6/4, UBND xã Sơn Hà (Hữu Lũng) tổ chức hội nghị, tỉnh Lạng Sơn.")[1] == "d186"
    # negative: a name two districts of the province bear (two of Long An's communes are xã Tân Lập): none
    assert place("Xã Tân Lập tổng kết phong trào thi đua", "Ngày 17/1, UBND xã Tân Lập (tỉnh Long An) tổ chức hội nghị.")[1] is None


def test_a_district_portal_s_address_places_an_article_whose_text_names_no_place():
    def place(article_id: str, body: str = "Ngày 17/1, Hội Cựu chiến binh xã Hồng Phong tổ chức hội nghị tổng kết.") -> tuple:
        doc, _ = article(f"Hội Cựu chiến binh tổng kết phong trào thi đua\n18/01/2024\n{body}\nLê Hiền\n", article_id)
        return doc.province_code, doc.place.district.code if doc.place.district else None

    # the district's name alone, or with a station's mark ('hoianrt'), in the file's name
    assert place("008_dongtrieu_hongphong_tdkt2014") == ("p22", "d205")
    assert place("029_hoianrt_ccb_tongket") == ("p49", "d503")
    # negative: a name several districts bear ('chauthanh'), or two districts: none
    assert place("012_chauthanh_ccb") == (None, None)
    assert place("013_hoian_dongtrieu_ccb") == (None, None)
    # negative: a text that names its own province keeps it
    assert place("008_dongtrieu_ccb", "Ngày 17/1, Hội Cựu chiến binh tỉnh Lạng Sơn tổ chức hội nghị tổng kết.") == ("p20", None)


def test_a_body_told_shorter_by_leaving_out_words_in_lower_case_is_the_same_body():
    from tdkt.ingest.orgs import told_shorter

    assert told_shorter("Đồn Biên phòng Cửa khẩu Lao Bảo", "Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo")
    # negative: a word of the name proper left out, or another last word, is another body
    assert not told_shorter("Đồn Biên phòng Cửa khẩu Lao Bảo", "Đồn Biên phòng Cửa khẩu quốc tế Cha Lo Lao Bảo")
    assert not told_shorter("Đồn Biên phòng Lao Bảo", "Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo")
    # the body a headline names shorter is the one a bare 'Đồn' stands for in the body
    _, facts = article(
        "Khen thưởng Đồn Biên phòng Cửa khẩu Lao Bảo\n15/03/2024 09:12\nChiều 14/3, Đại tá Lê Văn Tân đã trao thưởng cho Đồn Biên "
        "phòng Cửa khẩu quốc tế Lao Bảo.\nTheo đó, Đồn được Chỉ huy trưởng BĐBP tỉnh Quảng Trị tặng Giấy khen.\nHồ Nguyên Kha\n"
    )
    assert [g.recipient for g in facts.grants] == ["Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo"]


def test_a_council_for_titles_named_in_quotes_is_a_body():
    people = posts_by_name(
        article(
            "Xét tặng danh hiệu Nghệ nhân\n22/05/2024\nHội đồng cấp tỉnh xét tặng danh hiệu “Nghệ nhân nhân dân”, “Nghệ nhân ưu tú” trong "
            "lĩnh vực di sản văn hóa phi vật thể tỉnh Phú Thọ đã họp. Bà Hà Thị Mai, Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng chủ trì.\nT.Hương\n"
        )[1]
    )
    council = "Hội đồng cấp tỉnh xét tặng danh hiệu “Nghệ nhân nhân dân”, “Nghệ nhân ưu tú” trong lĩnh vực di sản văn hóa phi vật thể tỉnh Phú Thọ"
    assert ("Chủ tịch", council) in people["Hà Thị Mai"]
    # negative: the quoted title of a movement after a council's name is no part of it
    _, facts = article(
        "Họp Hội đồng\n22/05/2024\nHội đồng xét tặng danh hiệu Nghệ nhân ưu tú tỉnh Phú Thọ đã họp, phát động phong trào “Thi đua”.\nT.Hương\n"
    )
    assert "Hội đồng xét tặng danh hiệu Nghệ nhân ưu tú tỉnh Phú Thọ" in facts.organisations


def test_a_title_whose_role_ends_in_thuong_truc_names_the_committee_not_its_standing_office():
    def bodies(sentence: str) -> list[str]:
        facts = article(
            f"Tuyên Quang tổng kết năm 2023\n06/01/2024\nNgày 5/1, UBND tỉnh Tuyên Quang tổ chức hội nghị. {sentence}\nMai Anh\n"
        )[1]
        return sorted(facts.organisations)

    assert bodies("Dự có đồng chí Lê Thị Kim Dung, Phó Bí thư Thường trực Tỉnh ủy.") == [
        "Tỉnh ủy Tuyên Quang", "Ủy ban nhân dân tỉnh Tuyên Quang"
    ]  # fmt: skip
    assert bodies("Dự có ông Lê Văn An, Phó Chủ tịch Thường trực HĐND tỉnh.") == [
        "Hội đồng nhân dân tỉnh Tuyên Quang", "Ủy ban nhân dân tỉnh Tuyên Quang"
    ]  # fmt: skip
    # nor the Party itself, of 'Ủy viên Trung ương Đảng': its central committee
    assert "Đảng Cộng sản Việt Nam" not in bodies("Dự có đồng chí Chẩu Văn Lâm, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy.")
    # negative: the standing office named as the one acting is a body of the article, and the Party named alone is
    assert "Thường trực Tỉnh ủy Tuyên Quang" in bodies("Thường trực Tỉnh ủy đã làm việc với UBND tỉnh.")
    assert "Đảng Cộng sản Việt Nam" in bodies("Phát huy truyền thống vẻ vang của Đảng, toàn tỉnh thi đua lập thành tích.")


def test_a_union_before_an_institution_s_head_noun_alone_is_the_union_of_the_article_s_one_institution():
    def bodies_and_givers(lead: str, sentence: str) -> tuple[list[str], list[str | None]]:
        doc, facts = article(f"{lead} tổng kết năm 2023\n11/01/2024\nNgày 10/1/2024, {lead} tổ chức hội nghị tổng kết. {sentence}\nLê Hà\n")
        return [s.value.name for s in doc.spans("orgs")], [_label(g.conferrer) for g in facts.grants]

    names, givers = bodies_and_givers("Bệnh viện Đa khoa tỉnh Hà Tĩnh", "Công đoàn Bệnh viện cũng khen thưởng 20 đoàn viên.")
    assert "Công đoàn Bệnh viện Đa khoa tỉnh Hà Tĩnh" in names and "Công đoàn Bệnh" not in names
    assert givers == ["Công đoàn Bệnh viện Đa khoa tỉnh Hà Tĩnh"]
    names, _ = bodies_and_givers("Trường THPT Phan Đình Phùng", "Công đoàn cơ sở Trường tặng Giấy khen cho 12 đoàn viên.")
    assert "Công đoàn Trường THPT Phan Đình Phùng" in names
    # negative: a union named with its own institution's name is that one's
    names, _ = bodies_and_givers("Bệnh viện Đa khoa tỉnh Hà Tĩnh", "Công đoàn Bệnh viện Bạch Mai tặng quà cho đoàn viên.")
    assert "Công đoàn Bệnh viện Bạch Mai" in names


def test_a_council_of_a_province_s_department_or_police_named_after_it_is_that_body_s():
    assert names("Hội đồng Thi đua - Khen thưởng Sở Tư pháp tỉnh Quảng Ninh họp") == [
        "Hội đồng Thi đua - Khen thưởng Sở Tư pháp tỉnh Quảng Ninh"
    ]
    # other wordings: the abbreviation, the department's place left to the article; the province's police
    assert names("Hội đồng TĐKT Sở Y tế họp") == ["Hội đồng Thi đua - Khen thưởng Sở Y tế tỉnh Quảng Ninh"]
    assert names("Hội đồng Thi đua - Khen thưởng Công an tỉnh họp") == ["Hội đồng Thi đua - Khen thưởng Công an tỉnh Quảng Ninh"]
    # negative: a council with its place, and a department listed after a comma, are their own bodies
    assert names("Hội đồng Thi đua - Khen thưởng huyện, Sở Y tế") == [
        "Hội đồng Thi đua - Khen thưởng huyện Tiên Yên", "Sở Y tế tỉnh Quảng Ninh"
    ]  # fmt: skip


def test_an_academy_s_name_keeps_its_fields_in_lower_case():
    assert names("Viện Hàn lâm Khoa học xã hội Việt Nam tổ chức hội thảo") == ["Viện Hàn lâm Khoa học xã hội Việt Nam"]
    # other wordings: the science academy, a university of the humanities
    assert names("Viện Hàn lâm Khoa học và Công nghệ Việt Nam dự") == ["Viện Hàn lâm Khoa học và Công nghệ Việt Nam"]
    assert names("Trường Đại học Khoa học xã hội và nhân văn dự") == ["Trường Đại học Khoa học xã hội và nhân văn"]
    assert names("Trường Đại học Khoa học tự nhiên tổ chức lễ") == ["Trường Đại học Khoa học tự nhiên"]
    assert names("Viện Hàn lâm Khoa học và công nghệ Việt Nam dự") == ["Viện Hàn lâm Khoa học và công nghệ Việt Nam"]
    # negative: a lower-case word after a name that is no field of it stays out ('Viện Dinh dưỡng tổ chức')
    assert names("Viện Dinh dưỡng tổ chức hội thảo") == ["Viện Dinh dưỡng"]


def test_a_military_command_by_its_colloquial_name_is_the_command_of_its_level():
    assert names("Huyện đội tặng Giấy khen cho 5 cá nhân") == ["Ban Chỉ huy Quân sự huyện Tiên Yên"]
    # other wordings: the province's, after a title
    assert names("Đại tá Lê Văn Bình, Chính ủy Tỉnh đội dự") == ["Bộ Chỉ huy Quân sự tỉnh Quảng Ninh"]
    # negative: in lower case, as a common phrase, it is none
    assert names("các đồng chí trong huyện đội bóng") == []


def test_a_paragraph_opening_on_a_district_and_a_colon_is_about_that_district():
    facts = article(
        "Tin thi đua trong tỉnh\n\nHuyện Yên Thành: Ngày 15/1/2024, UBND huyện tổ chức hội nghị tổng kết công tác thi đua, "
        "khen thưởng năm 2023. Chủ tịch UBND huyện tặng Giấy khen cho 25 tập thể.\n\nHuyện Nam Đàn: Ngày 17/1/2024, "
        "Huyện ủy Nam Đàn tổ chức hội nghị tổng kết. UBND huyện tặng Giấy khen cho 12 tập thể.\n"
    )[1]
    assert [_label(e.organiser) for e in facts.events] == ["Ủy ban nhân dân huyện Yên Thành", "Huyện ủy Nam Đàn"]
    assert [_label(g.conferrer) for g in facts.grants] == [
        "Chủ tịch Ủy ban nhân dân huyện Yên Thành",
        "Ủy ban nhân dân huyện Nam Đàn",
    ]
    # negative: a district named inside a paragraph of an article about another is no opening of its own
    facts = article(
        "Huyện Nam Đàn tổng kết thi đua\n\nNgày 17/1/2024, Huyện ủy Nam Đàn tổ chức hội nghị tổng kết.\n\nĐoàn đã học tập "
        "kinh nghiệm tại huyện Yên Thành: UBND huyện tặng Giấy khen cho 12 tập thể.\n"
    )[1]
    assert [_label(g.conferrer) for g in facts.grants] == ["Ủy ban nhân dân huyện Nam Đàn"]


def test_a_commune_a_headline_names_in_capitals_is_the_article_s_by_the_body_s_spelling_of_its_name_alone():
    doc, facts = article(
        "BÁO CÁO TỔNG KẾT CÔNG TÁC THI ĐUA NĂM 2023 CỦA UBND XÃ TÂN HƯƠNG\nNgày 28/12/2023, UBND xã tổ chức hội nghị tổng "
        "kết. Năm 2023, xã phát động phong trào “Tân Hương chung sức xây dựng nông thôn mới”. Chủ tịch UBND xã tặng "
        "Giấy khen cho 50 tập thể.\n"
    )
    assert doc.place.commune == "xã Tân Hương"
    assert [_label(g.conferrer) for g in facts.grants] == ["Chủ tịch Ủy ban nhân dân xã Tân Hương"]
    # negative: capitals the body spells as no name of its own ('Xã hội hóa') name no commune
    doc, _ = article("ĐẨY MẠNH XÃ HỘI HÓA GIÁO DỤC\nNgày 28/12/2023, UBND huyện Tiên Yên tổ chức hội nghị về Xã hội hóa giáo dục.\n")
    assert doc.place.commune is None


def test_a_district_s_emulation_bloc_by_its_party_office_or_its_level_word_is_the_district_s():
    def bloc(text: str) -> tuple[str, str | None]:
        parsed = parse_org(text, 0, CTX)
        assert parsed is not None
        return parsed[0].name, parsed[0].level

    # its members named with the district's Party office, its name going on past the comma, and the district named last
    assert bloc("Khối thi đua các Ban xây dựng Đảng, Văn phòng Huyện ủy và Trung tâm Chính trị huyện Tiên Yên tổ chức") == (
        "Khối thi đua các Ban xây dựng Đảng, Văn phòng Huyện ủy và Trung tâm Chính trị huyện Tiên Yên",
        "district",
    )
    assert bloc("Khối thi đua các Ban Đảng, Văn phòng Huyện ủy tổ chức hội nghị") == (
        "Khối thi đua các Ban Đảng, Văn phòng Huyện ủy huyện Tiên Yên",
        "district",
    )
    # its name ending in the district's level word: that word is the article's district
    assert bloc("Khối thi đua các cơ quan Đảng, Mặt trận và đoàn thể huyện tổ chức hội nghị") == (
        "Khối thi đua các cơ quan Đảng, Mặt trận và đoàn thể huyện Tiên Yên",
        "district",
    )
    # negative: a bloc of districts, or of the province's Party bodies, is the province's
    assert bloc("Cụm thi đua các huyện tổ chức hội nghị") == ("Cụm thi đua các huyện tỉnh Quảng Ninh", "province")
    assert bloc("Khối thi đua các cơ quan Đảng tỉnh tổ chức hội nghị") == ("Khối thi đua các cơ quan Đảng tỉnh Quảng Ninh", "province")
    # and a comma before another body ends the bloc's name
    assert bloc("Khối thi đua các sở, Văn phòng UBND tỉnh và Sở Nội vụ được tặng")[0] == "Khối thi đua các sở tỉnh Quảng Ninh"


def test_a_maritime_port_authority_is_named_by_its_port():
    assert names("Cảng vụ Hàng hải Quảng Nam được tặng Bằng khen của Bộ Giao thông vận tải.")[0] == "Cảng vụ Hàng hải Quảng Nam"
    people = posts_by_name(article("Tiêu đề\nDự có ông Lê Văn Hùng, Giám đốc Cảng vụ Hàng hải Quy Nhơn.\nThu Hà\n")[1])
    assert people["Lê Văn Hùng"] == {("Giám đốc", "Cảng vụ Hàng hải Quy Nhơn")}
    # negative: the words in lower case, a port's authority in general, name no body
    assert not [n for n in names("Công tác của các cảng vụ hàng hải được tăng cường.") if n.startswith("Cảng vụ")]


def test_society_in_a_headline_names_no_commune_but_a_bare_level_word_the_body_s_one():
    body = "\n12/01/2024\nNgày 10/1, UBND xã Tân Thanh, huyện Văn Lãng tổ chức Hội nghị tổng kết công tác thi đua năm 2023.\nTrần Mai\n"
    for headline in ("Khối Văn hóa - Xã hội tổ chức Hội nghị tổng kết", "Khối thi đua văn hóa - xã hội tổng kết năm 2023"):
        assert article(headline + body)[0].place.commune is None, headline
    assert article("Hội đồng Thi đua - Khen thưởng xã họp phiên cuối năm" + body)[0].place.commune == "xã Tân Thanh"


def test_a_youth_union_written_with_its_second_word_capitalised_places_the_article_and_its_officers():
    doc, facts = article(
        "Thanh niên tình nguyện hè 2024\n26/08/2024\n"
        "Tối 25/8, Tỉnh Đoàn Bình Dương tổ chức lễ tổng kết Chiến dịch thanh niên tình nguyện hè năm 2024.\n"
        "Chị Lê Thị Thu Hằng, Phó Bí thư Tỉnh Đoàn trao Bằng khen cho 10 tập thể.\nThanh Hằng\n"
    )
    assert doc.province_code == "p74"
    assert [(p.role, p.org.name if p.org else None) for p in facts.person("Lê Thị Thu Hằng").posts] == [
        ("Phó Bí thư", "Tỉnh đoàn Bình Dương")
    ]
    # negative: the committee's word alone places nothing
    doc, _ = article("Hội thi tìm hiểu pháp luật\n26/08/2024\nTối 25/8, Tỉnh Đoàn tổ chức hội thi tìm hiểu pháp luật.\nThanh Hằng\n")
    assert doc.province_code is None
