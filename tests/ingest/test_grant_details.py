"""The grant-detail rules (posthumous, decision, the campaign a grant rewards) and the newly-taken post rule, on
examples of our own wording with negatives (examples/grant_details.tsv), and on whole articles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from tdkt.ingest.conferrers import label as _label
from tdkt.ingest.grant_details import campaign_ground, decision, posthumous
from tdkt.ingest.persons import newly_taken

ROWS = [
    line.rstrip("\n").split("\t")
    for line in (Path(__file__).parent / "examples" / "grant_details.tsv").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
]
_ROLES = ("Phó Chủ tịch", "Chủ tịch", "Giám đốc", "Bí thư")


def _answer(rule: str, sentence: str) -> str:
    if rule == "posthumous":
        return "yes" if posthumous(sentence) else "no"
    if rule == "decision":
        found = decision(sentence)
        return "-" if found is None else f"{found[0]}|{found[1].isoformat() if found[1] else '-'}"
    if rule == "ground":
        quoted = sentence.split("“")[1].split("”")[0] if "“" in sentence else ""
        return campaign_ground(sentence, [quoted] if quoted else []) or "-"
    if rule == "newly":
        return next((r for r in _ROLES if newly_taken(sentence, 0, len(sentence), r)), "-")
    raise AssertionError(rule)


@pytest.mark.parametrize(("rule", "sentence", "expected"), ROWS, ids=[f"{r[0]}:{r[1][:40]}" for r in ROWS])
def test_grant_detail_examples(rule, sentence, expected):
    assert _answer(rule, sentence) == expected


def test_every_rule_has_positives_and_negatives():
    for rule in {r[0] for r in ROWS}:
        answers = {r[2] for r in ROWS if r[0] == rule}
        assert len(answers) > 1 and ({"-", "no"} & answers), rule


HEAD = "Huyện Văn Lãng tổng kết công tác thi đua, khen thưởng năm 2022\n20/01/2023 09:00\n"


def _named(body: str) -> list[tuple]:
    from tdkt.ingest.orgs import OrgRef

    from ..conftest import article

    facts = article(HEAD + body + "\nTrần Thu Hương\n")[1]
    return [tuple(n.name if isinstance(n, OrgRef) else n for n in g.named) for g in facts.grants if g.named]


def test_a_list_of_as_many_named_bodies_as_the_count_names_each_recipient():
    rows = _named(
        "Chủ tịch UBND tỉnh tặng Cờ thi đua cho 03 tập thể, đó là: Nhân dân và cán bộ xã Tân Mỹ; UBND xã Hội Hoan; Huyện đoàn Văn Lãng."
    )
    assert rows == [("Nhân dân và cán bộ xã Tân Mỹ", "Ủy ban nhân dân xã Hội Hoan", "Huyện đoàn Văn Lãng")]


def test_a_list_of_named_people_after_their_count():
    rows = _named("Chủ tịch UBND huyện tặng Giấy khen cho 3 cá nhân gồm: ông Hoàng Văn Bình, bà Lý Thị Mai và ông Nông Văn Sơn.")
    assert rows == [("Hoàng Văn Bình", "Lý Thị Mai", "Nông Văn Sơn")]
    # with no colon, after 'là' and before a name
    rows = _named("Chủ tịch UBND huyện tặng Giấy khen cho 3 cá nhân là ông Hoàng Văn Bình, bà Lý Thị Mai và ông Nông Văn Sơn.")
    assert rows == [("Hoàng Văn Bình", "Lý Thị Mai", "Nông Văn Sơn")]
    assert _named("Chủ tịch UBND huyện tặng Giấy khen cho 2 tập thể là xã Tân Mỹ và xã Hội Hoan.") == [("xã Tân Mỹ", "xã Hội Hoan")]
    # 'là' before what they are names no one
    assert _named("Chủ tịch UBND huyện tặng Giấy khen cho 2 cá nhân là cán bộ xã, công chức xã Tân Mỹ.") == []
    # 'gồm' with the plural of their noun before the colon ('gồm các mẹ:')
    rows = _named(
        "Chủ tịch nước truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 3 bà mẹ của huyện, gồm các mẹ: Hà Thị Lài, Vi Thị Huệ và Lò Thị Bông."
    )
    assert rows == [("Hà Thị Lài", "Vi Thị Huệ", "Lò Thị Bông")]


def test_as_many_named_in_brackets_after_their_count_are_its_recipients():
    rows = _named("Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 02 cá nhân (ông Hoàng Văn Bình, bà Lý Thị Mai).")
    assert rows == [("Hoàng Văn Bình", "Lý Thị Mai")]
    rows = _named("Kết quả khen thưởng năm 2023 như sau:\n- Cờ thi đua của UBND tỉnh: 02 tập thể (xã Tân Mỹ, xã Hội Hoan);")
    assert rows == [("xã Tân Mỹ", "xã Hội Hoan")]
    # negative: what they are counted by in brackets names no one
    assert _named("UBND huyện tặng Giấy khen cho 3 cá nhân (2 nam, 1 nữ).") == []


def test_a_list_after_a_counted_subject_of_a_passive_names_them():
    rows = _named(
        "Theo Quyết định của Chủ tịch nước, 3 mẹ được truy tặng danh hiệu Bà mẹ Việt Nam anh hùng gồm: mẹ Hà Thị Lài, mẹ Vi Thị Huệ, mẹ Lò Thị Bông."
    )
    assert rows == [("Hà Thị Lài", "Vi Thị Huệ", "Lò Thị Bông")]
    rows = _named("Năm nay có 2 tập thể được UBND huyện tặng Giấy khen là Trường THCS Tân Lập và Trường Tiểu học Kim Đồng.")
    assert rows == [("Trường THCS Tân Lập", "Trường Tiểu học Kim Đồng")]
    # what they were recognised as, not who they are
    assert _named("Năm nay có 2 cá nhân được công nhận là Chiến sĩ thi đua cơ sở và được UBND huyện tặng Giấy khen.") == []


def test_a_list_after_a_counted_subject_opened_by_their_plural_calling_names_them():
    for told in (
        "Tỉnh có 3 nghệ nhân được phong tặng danh hiệu Nghệ nhân Ưu tú, gồm các nghệ nhân: Hà Văn Khoa, Lường Thị Ơn và Đinh Văn Tường.",
        "Tỉnh có 3 nghệ nhân được phong tặng danh hiệu Nghệ nhân Ưu tú là các nghệ nhân Hà Văn Khoa, Lường Thị Ơn và Đinh Văn Tường.",
        "Chủ tịch nước phong tặng danh hiệu Nghệ nhân Ưu tú cho 3 nghệ nhân là các nghệ nhân Hà Văn Khoa, Lường Thị Ơn và Đinh Văn Tường.",
    ):
        assert _named(told) == [("Hà Văn Khoa", "Lường Thị Ơn", "Đinh Văn Tường")], told
    # a plural of what they are, no names after it
    assert _named("Năm nay có 3 cá nhân được UBND huyện tặng Giấy khen là các cán bộ xã có nhiều đóng góp.") == []


def test_a_sentence_that_counts_the_recipients_again_lists_those_the_grant_before_counted():
    rows = _named(
        "Sáng 5/7, huyện tổ chức lễ truy tặng danh hiệu “Bà mẹ Việt Nam anh hùng” cho 2 mẹ. "
        "Theo Quyết định của Chủ tịch nước, 2 mẹ được truy tặng danh hiệu là mẹ Hà Thị Lài và mẹ Vi Thị Huệ, cùng ở xã Tân Mỹ."
    )
    assert rows == [("Hà Thị Lài", "Vi Thị Huệ")]
    # another count is another list
    rows = _named(
        "Sáng 5/7, huyện tổ chức lễ truy tặng danh hiệu “Bà mẹ Việt Nam anh hùng” cho 3 mẹ. "
        "Trước đó, 2 mẹ được truy tặng danh hiệu là mẹ Hà Thị Lài và mẹ Vi Thị Huệ, cùng ở xã Tân Mỹ."
    )
    assert rows == []


def test_a_list_after_a_count_of_any_noun_names_them():
    rows = _named(
        "Phó Chủ tịch UBND tỉnh trao danh hiệu Nhà giáo ưu tú cho 3 nhà giáo: cô Hà Thị Hường (Trường THPT Biên Hòa), "
        "thầy Vi Văn Tâm (Trường THCS Trần Phú) và cô Lò Thị Thu (Sở GD&ĐT)."
    )
    assert rows == [("Hà Thị Hường", "Vi Văn Tâm", "Lò Thị Thu")]
    assert _named("Huyện đoàn tặng Giấy khen cho 2 học sinh là em Hà Văn Bình và em Lò Thị Mai.") == [("Hà Văn Bình", "Lò Thị Mai")]
    # as many as counted, or none
    assert _named("Phó Chủ tịch UBND tỉnh trao danh hiệu Nhà giáo ưu tú cho 3 nhà giáo: cô Hà Thị Hường và thầy Vi Văn Tâm.") == []


def test_people_counted_by_an_honorific_and_named_after_it_are_the_recipients_even_told_again():
    rows = _named(
        "Chủ tịch UBND tỉnh vừa ban hành quyết định tặng Bằng khen cho 2 thanh niên dũng cảm cứu người. Theo đó, Chủ tịch "
        "UBND tỉnh đã tặng Bằng khen cho hai anh Hà Văn Bin (36 tuổi) và Vi Vĩnh Thu (31 tuổi), cùng trú thôn Nà Lầu."
    )
    assert rows == [("Hà Văn Bin", "Vi Vĩnh Thu")]
    # the honorific before no name names no one
    assert _named("Chủ tịch UBND huyện tặng Giấy khen cho hai em học sinh lớp 9 Trường THCS Tân Mỹ.") == []
    # right after the verb that commends them, with no 'cho'
    rows = _named("Trường THCS Tân Mỹ tuyên dương và khen thưởng hai em Lê Gia Bảo và Nguyễn Minh Khôi, học sinh lớp 8A.")
    assert rows == [("Lê Gia Bảo", "Nguyễn Minh Khôi")]
    assert _named("Công an huyện biểu dương 3 anh Lò Văn Tâm, Lò Văn Bình và Hà Văn Công vì đã bắt kẻ trộm.") == [
        ("Lò Văn Tâm", "Lò Văn Bình", "Hà Văn Công")
    ]


def test_a_list_after_counts_of_both_kinds_names_the_bodies_and_the_people_of_each():
    from tdkt.ingest.orgs import OrgRef

    from ..conftest import article

    def given(body: str) -> list[tuple]:
        facts = article(HEAD + body + "\nTrần Thu Hương\n")[1]
        return [(g.recipient_kind, g.recipient, tuple(n.name if isinstance(n, OrgRef) else n for n in g.named)) for g in facts.grants]

    assert given("UBND huyện tặng Giấy khen cho 1 tập thể và 2 cá nhân gồm: xã Tân Mỹ, ông Hà Văn Dũng và bà Lò Thị Lan.") == [
        ("collective", "xã Tân Mỹ", ()),
        ("individual", None, ("Hà Văn Dũng", "Lò Thị Lan")),
    ]
    # the one person counted is no body the list names first
    rows = given("UBND huyện tặng Giấy khen cho 2 tập thể và 1 cá nhân là Trường THCS Tân Mỹ, Trường Tiểu học Hội Hoan và ông Hà Văn Dũng.")
    assert rows == [("collective", None, ("Trường THCS Tân Mỹ", "Trường Tiểu học Hội Hoan")), ("individual", "Hà Văn Dũng", ())]
    # a list of other numbers names no one
    assert given("UBND huyện tặng Giấy khen cho 1 tập thể và 2 cá nhân gồm: xã Tân Mỹ và ông Hà Văn Dũng.") == [
        ("collective", None, ()),
        ("individual", None, ()),
    ]


def test_a_list_that_does_not_match_the_count_names_no_one():
    assert _named("Chủ tịch UBND tỉnh tặng Cờ thi đua cho 03 tập thể, đó là: UBND xã Hội Hoan; Huyện đoàn Văn Lãng.") == []
    assert _named("Chủ tịch UBND tỉnh tặng Cờ thi đua cho 03 tập thể có thành tích xuất sắc.") == []


def _posthumous(body: str) -> dict[tuple[str, int | None], bool]:
    from ..conftest import article

    facts = article(HEAD + body + "\nTrần Thu Hương\n")[1]
    return {(g.award, g.count): g.posthumous for g in facts.grants}


def test_posthumous_is_read_from_the_verb_that_gives_each_award():
    found = _posthumous(
        "Thừa ủy quyền của Chủ tịch nước, lãnh đạo UBND huyện Văn Lãng trao Huân chương Độc lập cho 6 gia đình "
        "và truy tặng danh hiệu “Bà mẹ Việt Nam anh hùng” cho 9 mẹ."
    )
    assert found[("ba-me-viet-nam-anh-hung", 9)] is True
    assert [v for (award, _), v in found.items() if award.startswith("huan-chuong-doc-lap")] == [False]
    found = _posthumous(
        "Truy tặng Huy chương Kháng chiến hạng Nhất cho 9 cá nhân; trao tặng Huy chương Kháng chiến hạng Nhì cho 6 cá nhân."
    )
    assert found == {("huy-chuong", 9): True, ("huy-chuong", 6): False}  # one award type: the count tells the mentions apart


def test_an_award_handed_over_then_given_posthumously_by_the_verb_after_it_is_posthumous():
    found = _posthumous("Ông Hoàng Văn Tâm trao Bằng khen của Chủ tịch UBND tỉnh truy tặng anh Lò Văn Sinh vì dũng cảm cứu người.")
    assert found == {("bang-khen-cap-bo-tinh", 1): True}
    found = _posthumous("Lãnh đạo huyện trao Huân chương Dũng cảm truy tặng đồng chí Lò Văn Sinh.")
    assert found == {("huan-chuong-dung-cam", 1): True}
    # negative: an award handed over to one it names, before another given posthumously, is the living's
    found = _posthumous("Ông Hoàng Văn Tâm trao Giấy khen cho em Lò Văn Nam và truy tặng Bằng khen cho anh Lò Văn Sinh.")
    assert found == {("giay-khen", 1): False, ("bang-khen-cap-bo-tinh", 1): True}


def test_a_sentence_that_goes_on_under_the_decision_the_one_before_cites_takes_it():
    from ..conftest import article

    def decisions(body: str) -> list[tuple[str | None, object]]:
        facts = article(f"Khen thưởng phòng chống lụt bão\n22/8/2023 09:00\n{body}\nTrần Thu Hương\n")[1]
        return [(g.decision_number, g.decision_date) for g in facts.grants]

    signed = "Ngày 21/8/2023, UBND huyện Văn Lãng ban hành Quyết định số 1520/QĐ-UBND về việc khen thưởng đột xuất. "
    assert decisions(signed + "Theo đó, Chủ tịch UBND huyện tặng Giấy khen cho 6 tập thể.") == [("1520/QĐ-UBND", dt.date(2023, 8, 21))]
    assert decisions(signed + "Theo quyết định này, 4 cá nhân được tặng Giấy khen.") == [("1520/QĐ-UBND", dt.date(2023, 8, 21))]
    # a sentence that does not say it goes on under it is a giving of its own
    assert decisions(signed + "Trước đó, Chủ tịch UBND huyện tặng Giấy khen cho 6 tập thể.") == [(None, None)]
    # 'Cùng quyết định', 'Cùng đợt này': the same decision, its signer the giver when the sentence names none
    signed = "Thủ tướng Chính phủ vừa ký Quyết định số 215/QĐ-TTg ngày 01/3/2023 tặng Bằng khen cho Công ty Cao su Lộc Ninh. "
    for lead in ("Cùng quyết định", "Cùng đợt này"):
        facts = article(
            f"Khen thưởng\n22/8/2023 09:00\n{signed}{lead}, ông Lê Văn Hùng, công nhân của Công ty cũng được tặng Bằng khen.\nTrần Thu Hương\n"
        )[1]
        assert [(g.award, g.recipient, _label(g.conferrer), g.decision_number) for g in facts.grants][1:] == [
            ("bang-khen-thu-tuong", "Lê Văn Hùng", "Thủ tướng Chính phủ", "215/QĐ-TTg")
        ], lead
    # negative: a sentence of its own, not under it, stays unsigned
    facts = article(f"Khen thưởng\n22/8/2023 09:00\n{signed}Cùng ngày, ông Lê Văn Hùng được tặng Giấy khen.\nTrần Thu Hương\n")[1]
    assert [(g.award, g.decision_number) for g in facts.grants][1:] == [("giay-khen", None)]


def _dates(body: str) -> list[tuple]:
    from ..conftest import article

    facts = article(HEAD + body + "\nTrần Thu Hương\n")[1]
    return [(g.award, g.count, g.date.isoformat() if g.date else None) for g in facts.grants]


def test_a_grant_given_at_no_event_is_dated_by_its_sentence_the_day_before_it_or_its_decision():
    assert _dates(
        "Ngày 15/01/2023, Giám đốc Sở Y tế tặng Giấy khen cho 4 nhân viên Trạm Y tế xã Hoàng Việt. "
        "Chiều cùng ngày, Công đoàn ngành Y tế cũng trao Giấy khen cho 2 cá nhân."
    ) == [("giay-khen", 4, "2023-01-15"), ("giay-khen", 2, "2023-01-15")]
    # the decision's day, when the sentence tells no day of its own
    assert _dates("Chủ tịch UBND tỉnh ký Quyết định số 115/QĐ-UBND ngày 12/01/2023 tặng Bằng khen cho 5 cá nhân.") == [
        ("bang-khen-cap-bo-tinh", 5, "2023-01-12")
    ]
    # a day after the giving verb is the achievement's, not the grant's; nor is a deadline before it
    assert _dates("Chủ tịch UBND huyện tặng Giấy khen cho anh Hoàng Văn Nam vì đã cứu người đuối nước ngày 10/01/2023.") == [
        ("giay-khen", 1, None)
    ]
    assert _dates("Đến ngày 10/01/2023, Chủ tịch UBND huyện tặng Giấy khen cho 12 tập thể.") == [("giay-khen", 12, None)]
    # a commendation told by its own verb ('tuyên dương', 'biểu dương'), as a giving is
    assert _dates("Ngày 19/1, Huyện đoàn tuyên dương 20 đoàn viên tiêu biểu năm 2022.") == [("khen-thuong", 20, "2023-01-19")]
    assert _dates("Sáng nay (15/1), Hội Nông dân xã biểu dương 12 hộ sản xuất giỏi.") == [("khen-thuong", 12, "2023-01-15")]


def test_the_same_day_is_not_a_day_told_looking_back():
    assert _dates(
        "Ngày 17/01/2023, Huyện đoàn trao Giấy khen cho em Lý Văn Nam. Trước đó, chiều 10/01/2023, em Nam đã cứu 2 em nhỏ. "
        "Cùng ngày, Chủ tịch UBND huyện cũng tặng Giấy khen cho em Nam."
    ) == [("giay-khen", 1, "2023-01-17"), ("giay-khen", 1, "2023-01-17")]


def test_a_list_heading_and_its_items_on_lines_of_their_own_name_the_grant_before():
    rows = _named(
        "Chủ tịch UBND huyện vừa ký quyết định tặng Giấy khen cho 3 cá nhân có thành tích xuất sắc.\n"
        "Danh sách cá nhân được tặng Giấy khen:\n1. Ông Hoàng Văn Bình, Chủ tịch UBND xã Tân Mỹ;\n"
        "2. Bà Lý Thị Mai, Hiệu trưởng Trường Tiểu học Tân Mỹ;\n3. Ông Nông Văn Sơn, Trưởng thôn Bản Chúc."
    )
    assert rows == [("Hoàng Văn Bình", "Lý Thị Mai", "Nông Văn Sơn")]
    # items fewer than the count name no one
    rows = _named(
        "Chủ tịch UBND huyện vừa ký quyết định tặng Giấy khen cho 3 cá nhân có thành tích xuất sắc.\n"
        "Danh sách cá nhân được tặng Giấy khen:\n1. Ông Hoàng Văn Bình, Chủ tịch UBND xã Tân Mỹ;\n"
        "2. Bà Lý Thị Mai, Hiệu trưởng Trường Tiểu học Tân Mỹ.\nCác cá nhân đều có nhiều đóng góp."
    )
    assert rows == []


def test_the_items_a_lead_citing_a_decision_opens_are_given_under_it():
    from ..conftest import article

    body = (
        "Theo Quyết định số 1020/QĐ-CTN ngày 20/8/2022 của Chủ tịch nước, các cá nhân được tặng thưởng Huân chương gồm:\n"
        "1. Huân chương Lao động hạng Nhì: ông Lâm Văn Mẫn, nguyên Bí thư Huyện ủy.\n"
        "2. Huân chương Lao động hạng Ba: ông Trần Văn Lâu, nguyên Chủ tịch UBND huyện.\n"
        "Ngoài ra, UBND huyện tặng Giấy khen cho 5 tập thể.\nThu Hà\n"
    )
    facts = article(HEAD + body)[1]
    assert sorted((g.award, g.decision_number, g.decision_date) for g in facts.grants) == [
        ("giay-khen", None, None),
        ("huan-chuong-lao-dong-hang-ba", "1020/QĐ-CTN", dt.date(2022, 8, 20)),
        ("huan-chuong-lao-dong-hang-nhi", "1020/QĐ-CTN", dt.date(2022, 8, 20)),
    ]
    # items after a lead that cites no decision take none
    facts = article(HEAD + body.replace("Theo Quyết định số 1020/QĐ-CTN ngày 20/8/2022 của Chủ tịch nước, c", "C"))[1]
    assert {g.decision_number for g in facts.grants} == {None}


def test_those_a_vote_names_before_their_count_are_its_recipients():
    rows = _named("Khối thi đua đã suy tôn UBND xã Tân Mỹ và UBND xã Tân Thanh là 2 đơn vị dẫn đầu, đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert set(rows) == {("Ủy ban nhân dân xã Tân Mỹ", "Ủy ban nhân dân xã Tân Thanh")}
    rows = _named(
        "Cụm thi đua bình chọn Phòng Nội vụ, Phòng Tư pháp và Phòng Y tế là ba tập thể xuất sắc, đề nghị UBND huyện tặng Giấy khen."
    )
    assert set(rows) == {("Phòng Nội vụ huyện Văn Lãng", "Phòng Tư pháp huyện Văn Lãng", "Phòng Y tế huyện Văn Lãng")}
    # a count the names do not fill names no one
    rows = _named("Khối thi đua đã suy tôn UBND xã Tân Mỹ và UBND xã Tân Thanh là 3 đơn vị dẫn đầu, đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert rows == []


def test_a_list_told_after_a_count_of_any_noun_names_its_grant():
    rows = _named(
        "Chủ tịch UBND huyện tặng Giấy khen cho 3 nghệ nhân hát then. Các nghệ nhân được khen thưởng gồm: Hoàng Văn Pủng,"
        " Lương Thị Hoa và Nông Văn Lình."
    )
    assert rows == [("Hoàng Văn Pủng", "Lương Thị Hoa", "Nông Văn Lình")]
    rows = _named("UBND huyện tặng Giấy khen cho 2 trường học. Những trường được khen gồm: Trường THCS Tân Mỹ và Trường THCS Hội Hoan.")
    assert rows == [("Trường THCS Tân Mỹ", "Trường THCS Hội Hoan")]
    # a list that names fewer than were counted names none of them
    rows = _named(
        "Chủ tịch UBND huyện tặng Giấy khen cho 4 nghệ nhân. Các nghệ nhân được khen thưởng gồm: Hoàng Văn Pủng và Lương Thị Hoa."
    )
    assert rows == []


def test_a_list_after_a_count_and_what_its_recipients_did_names_them():
    rows = _named(
        "Chủ tịch UBND huyện tặng Giấy khen cho 3 cá nhân có thành tích xuất sắc trong công tác, gồm: ông Hoàng Văn Pủng,"
        " Chủ tịch UBND xã Tân Mỹ; bà Lương Thị Hoa, Hiệu trưởng Trường THCS Tân Mỹ và ông Nông Văn Lình, công chức xã."
    )
    assert rows == [("Hoàng Văn Pủng", "Lương Thị Hoa", "Nông Văn Lình")]
    # a count of another noun far before the list is no count of it
    rows = _named(
        "Chủ tịch UBND huyện tặng Giấy khen cho 3 cá nhân có thành tích xuất sắc trong công tác phòng chống dịch bệnh ở các"
        " xã vùng cao của huyện, gồm: ông Hoàng Văn Pủng, bà Lương Thị Hoa và ông Nông Văn Lình."
    )
    assert rows == []


def test_a_list_s_heading_then_lines_that_are_each_one_name_names_the_grant():
    body = (
        "Chủ tịch UBND huyện tặng Giấy khen cho 2 trường có thành tích xuất sắc. Danh sách các trường được khen thưởng:\n"
        "Trường THCS Tân Mỹ\nTrường Tiểu học Hội Hoan\nUBND huyện cũng tặng Giấy khen cho 25 giáo viên."
    )
    assert _named(body) == [("Trường THCS Tân Mỹ", "Trường Tiểu học Hội Hoan")]
    # lines that say more than a name are no list of names
    assert _named(body.replace("Trường THCS Tân Mỹ\n", "Trường THCS Tân Mỹ có nhiều học sinh giỏi\n")) == []


def test_a_list_after_a_count_in_words_names_its_grant():
    assert _named("UBND huyện tặng Giấy khen cho hai đơn vị là xã Tân Mỹ và xã Hội Hoan.") == [("xã Tân Mỹ", "xã Hội Hoan")]
    assert _named("UBND huyện tặng Giấy khen cho ba đơn vị: xã Tân Mỹ, xã Hội Hoan và thị trấn Na Sầm.") == [
        ("xã Tân Mỹ", "xã Hội Hoan", "thị trấn Na Sầm")
    ]
    # a count in words the list does not fill names none
    assert _named("UBND huyện tặng Giấy khen cho ba đơn vị: xã Tân Mỹ và xã Hội Hoan.") == []


def test_the_bodies_listed_after_a_plural_subject_s_award_are_its_recipients():
    assert _named("Các tập thể được tặng Cờ thi đua: xã Tân Mỹ, xã Hội Hoan.") == [("xã Tân Mỹ", "xã Hội Hoan")]
    assert _named("Các tập thể được tặng Giấy khen gồm: Trường THCS Tân Mỹ và Trường THCS Hội Hoan.") == [
        ("Trường THCS Tân Mỹ", "Trường THCS Hội Hoan")
    ]
    # what they are, said after 'là', names no one
    assert _named("Các tập thể được tặng Cờ thi đua là những đơn vị dẫn đầu.") == []


def test_a_ground_that_points_back_to_a_campaign_is_the_one_the_article_names():
    one = ["Lạng Sơn chung sức xây dựng nông thôn mới"]
    for sentence in (
        "Chủ tịch UBND tỉnh tặng Bằng khen cho 15 tập thể có thành tích xuất sắc trong phong trào.",
        "UBND xã khen thưởng 5 hộ tích cực tham gia phong trào thi đua này; 3 hộ được tặng Giấy khen.",
    ):
        assert campaign_ground(sentence, one) == one[0], sentence
    # negative: two campaigns named, or a campaign told by words of its own, is no pointer back
    sentence = "Chủ tịch UBND tỉnh tặng Bằng khen cho 15 tập thể có thành tích xuất sắc trong phong trào."
    assert campaign_ground(sentence, [*one, "Dân vận khéo"]) is None
    assert campaign_ground("Tặng Bằng khen cho 15 tập thể xuất sắc trong phong trào thi đua yêu nước năm 2023.", one) is None


def test_a_ground_told_after_a_semicolon_with_its_own_giving_rewards_only_that_part():
    from ..conftest import article

    def grounds(body: str) -> list[tuple[str, int, str | None]]:
        facts = article(
            HEAD
            + 'Năm 2022, huyện triển khai phong trào thi đua "Văn Lãng chung sức xây dựng nông thôn mới".\n'
            + body
            + "\nTrần Thu Hương\n"
        )[1]
        return [(g.award, g.count, g.campaign) for g in facts.grants]

    x = "Văn Lãng chung sức xây dựng nông thôn mới"
    said = "Hội Nông dân tỉnh tặng Bằng khen cho 4 hội viên; UBND huyện tặng Giấy khen cho 9 hộ có thành tích trong phong trào."
    assert grounds(said) == [("bang-khen-cap-bo-tinh", 4, None), ("giay-khen", 9, x)]
    said = "UBND huyện tặng Giấy khen cho 9 hộ có thành tích trong phong trào; Hội Nông dân tỉnh tặng Bằng khen cho 4 hội viên."
    assert grounds(said) == [("giay-khen", 9, x), ("bang-khen-cap-bo-tinh", 4, None)]
    # negative: a list of counts under one award goes on past its semicolon, and so does its ground
    said = "UBND huyện tặng Giấy khen cho: 5 tập thể; 12 cá nhân có thành tích trong phong trào."
    assert grounds(said) == [("giay-khen", 5, x), ("giay-khen", 12, x)]


def test_a_grant_told_again_in_a_sentence_that_cites_a_decision_is_given_under_it():
    from ..conftest import article

    lead = (
        "Bệnh viện Đa khoa tỉnh đón nhận Huân chương\n22/8/2023 09:00\n"
        "Sáng 20/8/2023, Sở Y tế tỉnh Cao Bằng tổ chức Lễ đón nhận Huân chương Lao động hạng Nhì của Chủ tịch nước "
        "tặng Bệnh viện Đa khoa tỉnh Cao Bằng.\nBệnh viện đã khám cho hơn 200.000 lượt người bệnh mỗi năm.\n"
    )
    later = "Ghi nhận thành tích đó, tại Quyết định số 845/QĐ-CTN ngày 2/7/2023, Chủ tịch nước đã tặng thưởng Huân chương Lao động hạng Nhì cho Bệnh viện Đa khoa tỉnh Cao Bằng.\n"
    facts = article(lead + later + "Thu Hà\n")[1]
    assert [(g.decision_number, g.decision_date) for g in facts.grants] == [("845/QĐ-CTN", dt.date(2023, 7, 2))]
    # a decision for another recipient, or for another award, is not this grant's
    other = later.replace("cho Bệnh viện Đa khoa tỉnh Cao Bằng", "cho Trung tâm Y tế huyện Hòa An")
    facts = article(lead + other + "Thu Hà\n")[1]
    assert {g.decision_number for g in facts.grants if g.recipient == "Bệnh viện Đa khoa tỉnh Cao Bằng"} == {None}
    other = later.replace("Huân chương Lao động hạng Nhì", "Huân chương Lao động hạng Ba")
    facts = article(lead + other + "Thu Hà\n")[1]
    assert {g.decision_number for g in facts.grants if g.award == "huan-chuong-lao-dong-hang-nhi"} == {None}


def test_the_same_occasion_is_the_day_told_before():
    assert _dates(
        "Ngày 9/4/2023, Trưởng Công an huyện trao Giấy khen cho Tổ công tác 3 vì đã bắt giữ đối tượng trộm cắp. "
        "Trước đó, ngày 6/4/2023, Tổ công tác đã phát hiện đối tượng. Cùng dịp, UBND huyện tặng Giấy khen cho 2 chiến sĩ."
    ) == [("giay-khen", 1, "2023-04-09"), ("giay-khen", 2, "2023-04-09")]
    # the occasion is the giving's or the gathering's day, not that of the deed told between ('đã cứu ... ngày 20/7')
    for deed in ("Hai em đã dũng cảm cứu 3 bạn nhỏ bị đuối nước ngày 20/7/2023.", "Ngày 20/7/2023, hai em đã cứu 3 bạn nhỏ."):
        assert _dates(
            f"Ngày 2/8/2023, Huyện đoàn trao Giấy khen cho 2 đoàn viên. {deed} Cùng dịp, UBND huyện tặng Giấy khen cho 2 em."
        ) == [("giay-khen", 2, "2023-08-02"), ("giay-khen", 2, "2023-08-02")], deed
    assert _dates(
        "Sáng 2/8/2023, Huyện đoàn tổ chức lễ tuyên dương. Em A đã cứu 3 bạn nhỏ ngày 20/7/2023. Nhân dịp này, UBND huyện "
        "tặng Giấy khen cho 2 em."
    ) == [("giay-khen", 2, "2023-08-02")]
    # the giving told before tells its day before its verb, not the day of what it was for, told after it
    assert _dates(
        "Ngày 2/8/2023, Giám đốc Công an tỉnh trao thưởng nóng cho Phòng Cảnh sát hình sự vì đã khám phá nhanh vụ án xảy "
        "ra ngày 28/7/2023. Cùng dịp, Giám đốc Công an tỉnh tặng Giấy khen cho 2 tập thể."
    )[-1] == ("giay-khen", 2, "2023-08-02")
    # 'cùng ngày' is the last day told, whatever it was told of
    assert _dates(
        "Ngày 2/8/2023, Huyện đoàn trao Giấy khen cho 2 đoàn viên. Ngày 20/7/2023, hai em đã cứu 3 bạn nhỏ. Cùng ngày, UBND "
        "huyện tặng Giấy khen cho 2 em."
    ) == [("giay-khen", 2, "2023-08-02"), ("giay-khen", 2, "2023-07-20")]
    # no day told before: none
    assert _dates("Dịp này, UBND huyện tặng Giấy khen cho 2 chiến sĩ.") == [("giay-khen", 2, None)]


def test_the_one_grant_of_an_award_is_given_under_the_decision_that_tells_its_recipient_by_a_pronoun():
    from ..conftest import article

    text = (
        "Truy tặng danh hiệu Anh hùng cho liệt sĩ\n22/8/2023 09:00\n"
        "Sáng 20/8/2023, Bộ Chỉ huy Quân sự tỉnh Bạc Liêu tổ chức Lễ truy tặng danh hiệu Anh hùng Lực lượng vũ trang "
        "nhân dân cho liệt sĩ Lâm Văn Tám.\nNgày 2/7/2023, Chủ tịch nước ký Quyết định số 845/QĐ-CTN truy tặng danh hiệu "
        "Anh hùng Lực lượng vũ trang nhân dân cho ông.\nThu Hà\n"
    )
    facts = article(text)[1]
    assert [(g.recipient, g.decision_number) for g in facts.grants] == [("Lâm Văn Tám", "845/QĐ-CTN")]
    # two grants of that award: which one the pronoun means is unsaid
    two = text.replace(
        "cho liệt sĩ Lâm Văn Tám.\n",
        "cho liệt sĩ Lâm Văn Tám.\nCùng dịp, liệt sĩ Hồ Văn Chín được truy tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân.\n",
    )
    assert len(article(two)[1].grants) == 2
    facts = article(two)[1]
    assert {g.decision_number for g in facts.grants} == {None}


def test_a_list_after_la_ends_at_the_semicolon_before_another_giving():
    rows = _named(
        "Ông Hoàng Văn Bình trao Cờ thi đua của UBND tỉnh cho 2 tập thể là xã Tân Mỹ và thị trấn Văn Lãng; trao Bằng khen "
        "của Chủ tịch UBND tỉnh cho 5 tập thể, 8 cá nhân."
    )
    assert rows == [("xã Tân Mỹ", "thị trấn Văn Lãng")]
    # a list parted by semicolons goes on through them
    rows = _named("UBND tỉnh tặng Bằng khen cho 3 tập thể, đó là: Trường THCS Tân Mỹ; Trường THCS Hoàng Việt; Trạm Y tế xã Tân Mỹ.")
    assert rows == [("Trường THCS Tân Mỹ", "Trường THCS Hoàng Việt", "Trạm Y tế xã Tân Mỹ")]


def test_a_breakdown_under_a_decision_of_no_number_is_dated_the_day_it_was_signed():
    assert _dates(
        "Ngày 3/10/2024, Chủ tịch UBND huyện Văn Lãng đã ký quyết định khen thưởng 9 tập thể và 16 cá nhân. Trong đó, tặng "
        "Giấy khen cho 9 tập thể, 16 cá nhân."
    ) == [("giay-khen", 9, "2024-10-03"), ("giay-khen", 16, "2024-10-03")]
    # negative: a sentence before that signs nothing dates nothing
    assert _dates("Ngày 3/10/2024, bão số 4 đổ bộ vào huyện. Trong đó, Chủ tịch UBND huyện tặng Giấy khen cho 9 tập thể.") == [
        ("giay-khen", 9, None)
    ]


def test_a_decision_signed_on_a_day_told_by_a_part_of_the_day_or_against_the_publication_is_dated_that_day():
    from ..conftest import article

    def decisions(lead: str) -> list:
        facts = article(f"Khen thưởng phòng chống lụt bão\n22/8/2023 09:00\n{lead}\nTrần Thu Hương\n")[1]
        return sorted({(g.decision_number, g.decision_date) for g in facts.grants})

    said = "{day}, Chủ tịch UBND tỉnh ký Quyết định số 915/QĐ-UBND tặng Bằng khen cho 8 tập thể có thành tích phòng chống lụt bão."
    for day in ("Chiều 21/8/2023", "Hôm qua (21/8/2023)", "Sáng nay (ngày 21/8/2023)", "Ngày 21/8/2023"):
        assert decisions(said.format(day=day)) == [("915/QĐ-UBND", dt.date(2023, 8, 21))], day
    # negative: a day the sentence tells of something else, after the signing, dates no decision
    said = "Chủ tịch UBND tỉnh ký Quyết định số 915/QĐ-UBND tặng Bằng khen cho 8 tập thể, trao vào chiều 21/8/2023."
    assert decisions(said) == [("915/QĐ-UBND", None)]
