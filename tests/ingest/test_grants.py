"""Award grants, on sentences written for these tests: what must be found and what must not."""

from __future__ import annotations

import datetime as dt

import pytest
from tdkt.ingest.conferrers import label as _label
from tdkt.ingest.grant_links import counted_once
from tdkt.ingest.pipeline import process

from ..conftest import article, posts_by_name

HEAD = "Huyện Văn Lãng tổng kết công tác thi đua, khen thưởng năm 2022\n20/01/2023 09:00\n"
EVENT = "Ngày 18/1/2023, UBND huyện Văn Lãng tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022.\n"


def counted_kinds(facts) -> list[tuple]:
    """An article's grants, each counted once, as (award, recipient kind, count), sorted."""
    return sorted((g.award, g.recipient_kind, g.count) for g in counted_once(facts.grants))


def grants_of(body: str, with_event: bool = False):
    facts = article(HEAD + (EVENT if with_event else "") + body + "\nTrần Thu Hương\n")[1]
    return [
        (g.award, g.recipient_kind, g.count, g.approx, g.status, _label(g.conferrer), g.presenter, g.period, g.event, g.date, g.recipient)
        for g in counted_once(facts.grants)
    ]


def test_one_named_and_the_others_counted_as_many_as_a_grant_told_before_are_that_grant_handed_over():
    given = "Có 3 nhà giáo được tặng Bằng khen của UBND tỉnh. "
    for handed in (
        "Ông Hoàng Văn Nam đã trao Bằng khen cho bà Lê Thị Hoa cùng 2 nhà giáo khác.",
        "Ông Hoàng Văn Nam đã trao Bằng khen cho bà Lê Thị Hoa và 2 nhà giáo.",
        "Ông Hoàng Văn Nam đã trao Bằng khen cho thầy Lê Văn Hải và 2 giáo viên khác của huyện.",
    ):
        rows = grants_of(given + handed)
        assert [(r[0], r[2], r[6], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", 3, "Hoàng Văn Nam", None)], handed
    # negatives: as many as no grant before, or another award, are grants of their own
    rows = grants_of(
        "Có 5 nhà giáo được tặng Bằng khen của UBND tỉnh. Ông Hoàng Văn Nam đã trao Bằng khen cho bà Lê Thị Hoa và 2 nhà giáo."
    )
    assert sorted(r[2] for r in rows) == [1, 2, 5]
    rows = grants_of("Có 3 nhà giáo được tặng Bằng khen của UBND tỉnh. Chủ tịch UBND huyện tặng Giấy khen cho bà Lê Thị Hoa và 2 nhà giáo.")
    assert sorted((r[0], r[2]) for r in rows) == [("bang-khen-cap-bo-tinh", 3), ("giay-khen", 1), ("giay-khen", 2)]


def test_a_count_recognised_again_with_its_title_unsaid_holds_the_title_recognised_before_it():
    for said in (
        "Năm 2022, xã có 3 thôn được công nhận thôn văn hóa lần đầu và 9 thôn được công nhận lại.",
        "Năm 2022, 3 thôn được công nhận mới danh hiệu Thôn văn hóa, 9 thôn được công nhận lại.",
        "Năm 2022, 40 cá nhân được công nhận lại danh hiệu Lao động tiên tiến, 12 cá nhân được công nhận lần đầu.",
    ):
        rows = grants_of(said)
        assert [(r[0], r[2]) for r in rows][:2] in (
            [("thon-to-dan-pho-van-hoa", 3), ("thon-to-dan-pho-van-hoa", 9)],
            [("lao-dong-tien-tien", 40), ("lao-dong-tien-tien", 12)],
        ), said
    # negatives: a share of a total after 'trong đó' is no grant of its own; a certificate is no title recognised
    rows = grants_of("Năm 2022, có 120 hộ được công nhận Gia đình văn hóa, trong đó 20 hộ được công nhận lần đầu.")
    assert [(r[0], r[2]) for r in rows] == [("gia-dinh-van-hoa", 120)]
    rows = grants_of("Năm 2022, có 120 hộ được công nhận Gia đình văn hóa, 100 hộ được công nhận lại.")
    assert [(r[0], r[2]) for r in rows] == [("gia-dinh-van-hoa", 120)]  # (the first told neither new nor again: a share)
    rows = grants_of("Năm 2022, 3 tập thể được tặng Giấy khen và 5 tập thể được công nhận lại.")
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", 3)]


def test_a_commune_s_body_by_its_kind_and_level_word_alone_where_no_commune_is_named_receives_as_one_body():
    for said in (
        "Năm 2022, Hội Nông dân xã được Trung ương Hội Nông dân Việt Nam tặng Bằng khen.",
        "Năm 2022, Đoàn Thanh niên phường vinh dự được Trung ương Đoàn tặng Bằng khen.",
        "Năm 2022, Công an xã được Giám đốc Công an tỉnh tặng Giấy khen.",
    ):
        assert [(r[1], r[2], r[10]) for r in grants_of(said)] == [("collective", 1, None)], said
    # negatives: the bodies of every commune are no one body; a commune named is that commune's body
    assert grants_of("Năm 2022, Hội Nông dân các xã được UBND huyện tặng Giấy khen.") == []
    rows = grants_of("Năm 2022, Hội Nông dân xã Tân Mỹ được Trung ương Hội Nông dân Việt Nam tặng Bằng khen.")
    assert [(r[2], r[10]) for r in rows] == [(1, "Hội Nông dân xã Tân Mỹ")]


def test_a_total_and_its_breakdown_are_both_kept_and_linked():
    facts = article(
        HEAD + "Chủ tịch nước tặng Huân chương Chiến công cho 4 tập thể, trong đó hạng Nhì 1 tập thể, hạng Ba 3 tập thể.\nTrần Thu Hương\n"
    )[1]
    total = next(g for g in facts.grants if g.award == "huan-chuong-chien-cong")
    parts = [g for g in facts.grants if g.part_of is total]
    assert total.count == 4 and sorted((g.award, g.count) for g in parts) == [
        ("huan-chuong-chien-cong-hang-ba", 3), ("huan-chuong-chien-cong-hang-nhi", 1)
    ]  # fmt: skip
    # a total that does not add up is not a total of those parts
    facts = article(
        HEAD + "Chủ tịch nước tặng Huân chương Chiến công cho 5 tập thể, trong đó hạng Nhì 1 tập thể, hạng Ba 3 tập thể.\nTrần Thu Hương\n"
    )[1]
    assert all(g.part_of is None for g in facts.grants)


def test_a_commendation_broken_down_then_told_as_an_award_to_each_is_that_award_whole_and_in_parts():
    facts = article(
        HEAD + EVENT + "Tại hội nghị, 60 học sinh được tuyên dương, trong đó có 10 học sinh giỏi cấp tỉnh và 50 học sinh giỏi "
        "cấp huyện. Mỗi em được tặng Giấy khen của Hội Khuyến học huyện.\nTrần Thu Hương\n"
    )[1]
    total = next(g for g in facts.grants if g.part_of is None)
    assert (total.award, total.count) == ("giay-khen", 60)
    assert sorted((g.award, g.count) for g in facts.grants if g.part_of is total) == [("giay-khen", 10), ("giay-khen", 50)]
    # negative: two totals the award could be told of, neither the other's part: it names neither, each stays a commendation
    facts = article(
        HEAD + EVENT + "Tại hội nghị, 60 học sinh được tuyên dương, trong đó có 10 học sinh giỏi cấp tỉnh và 50 học sinh giỏi "
        "cấp huyện. Hội cũng tuyên dương 15 giáo viên. Mỗi người được tặng Giấy khen.\nTrần Thu Hương\n"
    )[1]
    assert {(g.award, g.count) for g in facts.grants if g.part_of is None and g.count} == {("khen-thuong", 60), ("khen-thuong", 15)}


def test_a_rounded_total_broken_down_in_its_sentence_is_those_parts():
    for text in (
        "Dịp này, gần 100 tập thể, cá nhân được khen thưởng, trong đó 10 tập thể, 15 cá nhân được Chủ tịch UBND tỉnh tặng "
        "Bằng khen; 30 tập thể và 40 cá nhân được Chủ tịch UBND huyện tặng Giấy khen.",
        "Năm 2023, huyện khen thưởng hơn 60 lượt tập thể, cá nhân, gồm: Bằng khen của Chủ tịch UBND tỉnh cho 12 tập thể; "
        "Giấy khen của Chủ tịch UBND huyện cho 20 tập thể, 33 cá nhân.",
    ):
        assert "khen-thuong" not in [r[0] for r in grants_of(text)], text
    # negative: a part far from the round total is a subset of it, which stays
    rows = grants_of("Dịp này, gần 100 tập thể, cá nhân được khen thưởng, trong đó 10 tập thể được Chủ tịch UBND tỉnh tặng Bằng khen.")
    assert ("khen-thuong", "mixed", 100) in short(rows)


def short(rows):
    return [(r[0], r[1], r[2]) for r in rows]


def test_one_list_is_split_into_one_grant_per_award_and_recipient_kind():
    rows = grants_of(
        "Năm 2022, UBND huyện Văn Lãng đã tặng Giấy khen cho 120 tập thể và hơn 300 cá nhân, công nhận 45 Tập thể lao động tiên tiến."
    )
    assert short(rows) == [
        ("giay-khen", "collective", 120),
        ("giay-khen", "individual", 300),
        ("tap-the-lao-dong-tien-tien", "collective", 45),
    ]
    assert [r[3] for r in rows] == [False, True, False]
    assert {r[5] for r in rows} == {"Ủy ban nhân dân huyện Văn Lãng"}


def test_a_list_whose_item_marks_the_page_lost_is_still_the_list_its_opening_sentence_gives():
    rows = grants_of(
        "Tại hội nghị, Chủ tịch UBND huyện đã khen thưởng các tập thể, cá nhân sau:\nTặng Giấy khen cho 12 tập thể;\n"
        "Tặng danh hiệu Chiến sĩ thi đua cơ sở cho 8 cá nhân.\nNgoài ra, 5 cá nhân khác được tặng Giấy khen.",
        with_event=True,
    )
    assert [(r[0], r[2], r[5], r[8]) for r in rows] == [
        ("giay-khen", 12, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng", "e1"),
        ("chien-si-thi-dua-co-so", 8, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng", "e1"),
        ("giay-khen", 5, None, "e1"),  # the list ended with its full stop: the next line is no item of it
    ]


def test_a_results_heading_after_a_proposal_opens_the_awards_conferred():
    proposal = "Năm 2022, UBND huyện đã trình cấp trên khen thưởng cho 85 tập thể, 142 cá nhân."
    items = "\n- Huân chương Lao động hạng Ba: 01 tập thể;\n- Bằng khen của Thủ tướng Chính phủ: 02 tập thể."
    for heading in ("Kết quả:", "Kết quả đạt được:"):
        rows = grants_of(f"{proposal}\n{heading}{items}")
        assert [(r[0], r[2], r[4]) for r in rows if r[0] != "khen-thuong"] == [
            ("huan-chuong-lao-dong-hang-ba", 1, "conferred"),
            ("bang-khen-thu-tuong", 2, "conferred"),
        ], heading
    # 'Cụ thể:' after a proposal details what was proposed
    rows = grants_of(f"{proposal}\nCụ thể:{items}")
    assert {r[4] for r in rows} == {"proposed"}


def test_a_results_heading_opens_a_list_of_awards_given_whatever_the_award():
    items = "\n- Huân chương Lao động hạng Ba: 01 tập thể, 02 cá nhân;\n- Cờ thi đua của Chính phủ: 01 tập thể."
    given = [("huan-chuong-lao-dong-hang-ba", 1), ("huan-chuong-lao-dong-hang-ba", 2), ("co-thi-dua-chinh-phu", 1)]
    for heading in ("Kết quả cụ thể như sau:", "Kết quả như sau:", "Kết quả đạt được cụ thể:"):
        assert [(r[0], r[2]) for r in grants_of(f"Năm 2023, công tác khen thưởng được thực hiện kịp thời. {heading}{items}")] == given
    # holders listed under a heading that gives nothing were given nothing there
    assert grants_of("Huyện có các danh hiệu như sau:\n- Bà mẹ Việt Nam Anh hùng: 54 mẹ.") == []


def test_the_rows_of_a_table_of_awards_with_no_heading_over_them_are_awards_given(tmp_path):
    rows = "\n- Huân chương Lao động hạng Ba: 1 tập thể, 0 cá nhân.\n- Cờ thi đua của UBND tỉnh: 4 tập thể, 0 cá nhân."
    given = [("huan-chuong-lao-dong-hang-ba", "collective", 1), ("co-thi-dua-cap-bo-tinh", "collective", 4)]
    assert [(r[0], r[1], r[2]) for r in grants_of("Năm 2023, toàn ngành hoàn thành các chỉ tiêu." + rows)] == given
    # a page's table, as the reader renders it
    page = (
        "<html><body><h1>Sở Tư pháp tổng kết năm 2023</h1><p>20/12/2023</p><p>Sở Tư pháp tổng kết công tác năm 2023.</p>"
        "<table><tr><th>Hình thức</th><th>Tập thể</th><th>Cá nhân</th></tr>"
        "<tr><td>Cờ thi đua của Bộ Tư pháp</td><td>2</td><td>0</td></tr>"
        "<tr><td>Bằng khen của Bộ trưởng Bộ Tư pháp</td><td>3</td><td>7</td></tr></table></body></html>"
    )
    (tmp_path / "table.html").write_text(page, encoding="utf-8")
    facts = process(tmp_path / "table.html")[1]
    assert [(g.award, g.recipient_kind, g.count) for g in counted_once(facts.grants)] == [
        ("co-thi-dua-cap-bo-tinh", "collective", 2),
        ("bang-khen-cap-bo-tinh", "collective", 3),
        ("bang-khen-cap-bo-tinh", "individual", 7),
    ]
    # holders listed under a heading are no awards given, a table's row alone or not
    assert grants_of("Đến nay, toàn huyện có:\n- Anh hùng Lao động: 2 tập thể.\n- Huân chương Lao động hạng Ba: 12 tập thể.") == []


def test_bodies_named_right_after_their_plural_are_counted_as_many_as_named():
    for told in (
        "Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ cho các tỉnh Bắc Giang, Quảng Ninh và Hải Dương đã dẫn đầu phong trào.",
        "Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ cho các xã Tân Lập, Tân Mỹ và Hoàng Văn Thụ vì thành tích xuất sắc.",
    ):
        assert [(r[0], r[1], r[2]) for r in grants_of(told)] == [("co-thi-dua-chinh-phu", "collective", 3)], told
    # a plural said of, not named: uncounted
    rows = grants_of("Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ cho các tỉnh có thành tích xuất sắc.")
    assert [(r[0], r[2]) for r in rows] == [("co-thi-dua-chinh-phu", None)]


def test_bodies_named_after_their_plural_as_a_subject_are_counted_as_many_as_named():
    for told, n in (
        ("Các đơn vị Công an huyện Hàm Yên, Công an huyện Na Hang và Công an huyện Lâm Bình được tặng Giấy khen.", 3),
        ("Các tập thể: Phòng Cảnh sát giao thông, Đội Cứu nạn cứu hộ được tặng Giấy khen của Giám đốc Công an tỉnh.", 2),
        ("Những địa phương gồm xã Tân Lập, xã Tân Thành và thị trấn Vị Xuyên được tặng Giấy khen.", 3),
        ("Các cơ quan Sở Nội vụ, Sở Tài chính và Sở Y tế được UBND tỉnh tặng Bằng khen.", 3),
    ):
        assert [(r[1], r[2], r[10]) for r in grants_of(told)] == [("collective", n, None)], told
    # a plural said of, not named: uncounted
    rows = grants_of("Các đơn vị trực thuộc Công an tỉnh được tặng Giấy khen.")
    assert [(r[1], r[2]) for r in rows] == [("collective", None)]


def test_classes_that_share_one_count_are_one_grant_of_the_order():
    rows = grants_of("Có 03 tập thể được tặng Huân chương Bảo vệ Tổ quốc hạng Nhì, Ba vì thành tích từ năm 2017 - 2021 ở huyện Văn Lãng.")
    assert short(rows) == [("huan-chuong-bao-ve-to-quoc", "collective", 3)]
    assert rows[0][5] == "Chủ tịch nước"  # the law: orders are the President's
    assert rows[0][7] == "2017-2021"


def test_zero_padded_and_written_out_numbers_and_approximate_counts():
    rows = grants_of(
        "Huyện Văn Lãng có hai cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở; gần 40 tập thể, cá nhân được tặng Giấy khen; 07 đơn vị được tặng Cờ thi đua của UBND tỉnh."
    )
    assert short(rows) == [
        ("chien-si-thi-dua-co-so", "individual", 2),
        ("giay-khen", "mixed", 40),
        ("co-thi-dua-cap-bo-tinh", "collective", 7),
    ]
    assert rows[1][3] is True
    assert rows[2][5] == "Ủy ban nhân dân tỉnh Lạng Sơn"


def test_proposals_are_proposed_and_name_their_single_recipient():
    rows = grants_of("Huyện Văn Lãng được đề nghị tặng Bằng khen của Thủ tướng Chính phủ vì thành tích năm 2022.")
    assert rows == [
        ("bang-khen-thu-tuong", "collective", 1, False, "proposed", "Thủ tướng Chính phủ", None, "2022", None, None, "huyện Văn Lãng")
    ]


def test_delegated_presentation_the_president_confers_the_named_person_presents():
    rows = grants_of(
        "Tại hội nghị, có 02 cá nhân được tặng Huân chương Lao động hạng Ba.\n"
        "Đồng chí Hoàng Văn Tâm, Phó Chủ tịch UBND tỉnh thừa ủy quyền của Chủ tịch nước trao Huân chương Lao động hạng Ba cho các cá nhân",
        with_event=True,
    )
    assert rows == [
        (
            "huan-chuong-lao-dong-hang-ba",
            "individual",
            2,
            False,
            "conferred",
            "Chủ tịch nước",
            "Hoàng Văn Tâm",
            None,
            "e1",
            dt.date(2023, 1, 18),
            None,
        )
    ]


def test_a_presenter_who_acts_for_another_office_after_their_title_hands_over_for_it():
    lead = "Ngày 28/8/2023, Sở Tư pháp tỉnh Lạng Sơn tổ chức Lễ trao Kỷ niệm chương cho 25 cá nhân.\n"
    for told in (
        "Bà Nguyễn Thị Hương, Giám đốc Sở Tư pháp thừa ủy quyền của Bộ trưởng Bộ Tư pháp trao Kỷ niệm chương cho các cá nhân.",
        "Bà Nguyễn Thị Hương, Giám đốc Sở Tư pháp, được sự ủy quyền của Bộ trưởng Bộ Tư pháp đã trao Kỷ niệm chương cho các cá nhân.",
    ):
        rows = grants_of(lead + told)
        assert [(r[0], r[2], r[5], r[6]) for r in rows] == [("ky-niem-chuong", 25, "Bộ trưởng Bộ Tư pháp", "Nguyễn Thị Hương")], told
    # one who speaks for a body ('thay mặt') and then does something else hands nothing over
    rows = grants_of(lead + "Bà Nguyễn Thị Hương, Giám đốc Sở Tư pháp thay mặt các cá nhân được nhận Kỷ niệm chương phát biểu cảm ơn.")
    assert [(r[0], r[2], r[6]) for r in rows] == [("ky-niem-chuong", 25, None)]


def test_conferrer_as_subject_as_owner_and_as_agent():
    rows = grants_of(
        "Chủ tịch UBND tỉnh Lạng Sơn tặng Bằng khen cho 5 tập thể; 9 cá nhân được Chủ tịch UBND huyện tặng Giấy khen; "
        "12 tập thể được tặng Cờ thi đua của Thủ tướng Chính phủ."
    )
    assert [(r[0], r[5]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("giay-khen", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
        ("co-thi-dua-chinh-phu", "Thủ tướng Chính phủ"),
    ]


def test_the_unit_after_a_venue_s_comma_is_the_subject_that_gives_not_the_venue_s_address():
    for venue, giver in (
        ("tại Nhà hát Lớn Hà Nội, Thành phố Hà Nội", "Ủy ban nhân dân thành phố Hà Nội"),
        ("ở Nhà văn hóa huyện, Ủy ban nhân dân huyện Văn Lãng", "Ủy ban nhân dân huyện Văn Lãng"),
        ("tại Cung Văn hóa Lao động tỉnh, Liên đoàn Lao động tỉnh Lạng Sơn", "Liên đoàn Lao động tỉnh Lạng Sơn"),
    ):
        rows = grants_of(f"Tối 7/10, {venue} tổ chức lễ tôn vinh và tặng Giấy khen cho 10 cá nhân tiêu biểu.")
        assert [(r[0], r[5]) for r in rows] == [("giay-khen", giver)], venue
    # negative: a body's own place after its comma places the body, which gives
    rows = grants_of("Tối 7/10, Hội Liên hiệp Phụ nữ xã Tân Mỹ, huyện Văn Lãng tổ chức lễ tôn vinh và tặng Giấy khen cho 10 cá nhân.")
    assert [(r[0], r[5]) for r in rows] == [("giay-khen", "Hội Liên hiệp Phụ nữ xã Tân Mỹ")]


def test_a_named_recipient_of_a_long_agent_s_passive_giving_is_the_subject():
    for agent, giver in (
        ("Tổng Giám đốc Ngân hàng Chính sách xã hội", "Tổng Giám đốc Ngân hàng Chính sách xã hội"),
        ("Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh Lạng Sơn", "Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh Lạng Sơn"),
    ):
        rows = grants_of(f"Vừa qua, Trường THCS Lê Lợi huyện Văn Lãng được {agent} tặng Bằng khen vì thành tích xuất sắc.")
        assert [(r[0], r[5], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", giver, "Trường THCS Lê Lợi huyện Văn Lãng")], agent
    # a clause that runs on past a comma is no agent of the passive: 'được' then a reason
    rows = grants_of("Vừa qua, Trường THCS Lê Lợi huyện Văn Lãng được đánh giá cao, UBND huyện tặng Giấy khen cho 3 giáo viên.")
    assert [(r[0], r[2], r[5], r[10]) for r in rows] == [("giay-khen", 3, "Ủy ban nhân dân huyện Văn Lãng", None)]


def test_a_bare_form_naming_those_a_government_s_award_counted_is_that_award_told_again():
    _, facts = article(
        HEAD + "Thủ tướng Chính phủ vừa tặng Bằng khen cho 3 học sinh Trường THCS Nguyễn Du đã dũng cảm cứu người.\n"
        "Các em được tặng Bằng khen gồm: Y Sáng Mlô, Nguyễn Văn Tài và H'Nhi Êban.\nTrần Thu Hương\n"
    )
    assert [(g.award, g.count, _label(g.conferrer), len(g.named)) for g in counted_once(facts.grants)] == [
        ("bang-khen-thu-tuong", 3, "Thủ tướng Chính phủ", 3)
    ]
    rows = grants_of("Thủ tướng Chính phủ tặng Cờ thi đua cho 2 xã.\nHai xã được tặng Cờ thi đua là xã Tân Mỹ và xã Hoàng Văn Thụ.")
    assert [(r[0], r[2]) for r in rows] == [("co-thi-dua-chinh-phu", 2)]
    # a bare form whose giver the article names is a grant of its own
    rows = grants_of("Thủ tướng Chính phủ tặng Bằng khen cho 3 học sinh.\n3 học sinh khác được UBND tỉnh tặng Bằng khen.")
    assert [(r[0], r[2]) for r in rows] == [("bang-khen-thu-tuong", 3), ("bang-khen-cap-bo-tinh", 3)]


def test_each_of_those_counted_receiving_an_award_is_that_award_to_all_of_them():
    for told in (
        "Năm nay, có 99 thủ khoa được tuyên dương. Mỗi thủ khoa được nhận Bằng khen của Chủ tịch UBND tỉnh và phần thưởng 10 triệu đồng.",
        "Năm nay, có 99 thủ khoa được tuyên dương. Mỗi thủ khoa được tặng một Bằng khen của Chủ tịch UBND tỉnh kèm phần thưởng.",
    ):
        rows = grants_of(told)
        assert [(r[0], r[1], r[2], r[5]) for r in rows] == [
            ("bang-khen-cap-bo-tinh", "individual", 99, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn")
        ], told
    # each given a gift, no award: the commendation stays bare
    rows = grants_of("Năm nay, có 99 thủ khoa được tuyên dương. Mỗi thủ khoa được nhận một phần quà trị giá 1 triệu đồng.")
    assert [(r[0], r[2]) for r in rows] == [("khen-thuong", 99)]


def test_each_of_both_kinds_counted_before_given_an_award_is_that_award_to_each_kind():
    def rows(told: str) -> list[tuple]:
        return [(r[0], r[1], r[2]) for r in grants_of(told)]

    both = [("giay-khen", "collective", 5), ("giay-khen", "individual", 9)]
    for before in (
        "Chủ tịch UBND huyện quyết định khen thưởng 5 tập thể và 9 cá nhân có thành tích xuất sắc.",
        "Chủ tịch UBND huyện quyết định khen thưởng 14 tập thể, cá nhân, gồm 5 tập thể và 9 cá nhân có thành tích xuất sắc.",
    ):
        for each in (
            "Mỗi tập thể được thưởng 1 triệu đồng, mỗi cá nhân 500 nghìn đồng kèm Giấy khen.",
            "Mỗi tập thể và mỗi cá nhân được tặng Giấy khen kèm tiền thưởng.",
        ):
            assert rows(f"{before} {each}") == both, each
        # negative: a clause of its own that gives the other kind nothing
        each = "Mỗi tập thể được tặng Giấy khen và 2 triệu đồng; mỗi cá nhân được 1 triệu đồng."
        assert rows(f"{before} {each}")[0] == ("giay-khen", "collective", 5)
        assert ("giay-khen", "individual", 9) not in rows(f"{before} {each}")
    # negative: one kind counted before, the other each names is none of them: its award stays uncounted
    told = rows(
        "Chủ tịch UBND huyện khen thưởng 9 cá nhân. Mỗi tập thể được thưởng 1 triệu đồng, mỗi cá nhân 500 nghìn đồng kèm Giấy khen."
    )
    assert told == [("khen-thuong", "individual", 9), ("giay-khen", "collective", None)]
    # a sentence naming the first kind between them: the sentence before it counted both
    named = "Các tập thể được khen gồm: Công an xã Tân Mỹ, Trạm Y tế xã Tân Mỹ và Trường THCS Tân Mỹ."
    each = "Mỗi tập thể được thưởng 1 triệu đồng, mỗi cá nhân 500 nghìn đồng kèm Giấy khen."
    told = rows(f"Chủ tịch UBND huyện quyết định khen thưởng 3 tập thể và 9 cá nhân. {named} {each}")
    assert told == [("giay-khen", "collective", 3), ("giay-khen", "individual", 9)]


def test_an_award_to_those_the_sentence_before_counted_by_the_same_nouns_is_given_to_as_many():
    for before, then, counts in (
        ("Đồng chí Lê Văn Hòa trao thưởng cho 14 vận động viên, 3 huấn luyện viên.", "cho các vận động viên, huấn luyện viên.", [14, 3]),
        ("Năm học qua, 25 học sinh đạt giải cấp tỉnh.", "cho những học sinh.", [25]),
        ("Ban tổ chức trao thưởng cho 12 thí sinh và 4 giáo viên.", "kèm tiền thưởng cho các thí sinh và giáo viên.", [12, 4]),
    ):
        rows = grants_of(f"{before} Chủ tịch UBND huyện tặng Giấy khen {then}")
        assert sorted(r[2] for r in rows if r[0] == "giay-khen") == sorted(counts), then
    # negative: those qualified after the noun are some of the counted (or others): uncounted
    rows = grants_of("Năm học qua, 1.200 học sinh dự thi. Chủ tịch UBND huyện tặng Giấy khen cho các học sinh đạt giải.")
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", None)]
    # nor are those counted two sentences before
    rows = grants_of("Năm học qua, 25 học sinh đạt giải. Nhà trường tổ chức tổng kết. Chủ tịch UBND huyện tặng Giấy khen cho các học sinh.")
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", None)]


def test_a_title_or_badge_and_the_certificate_given_with_it_are_each_the_counted_recipients():
    for told, first in (
        ("Tại lễ, 20 cá nhân được trao danh hiệu “Công dân tiêu biểu” và Bằng khen của Chủ tịch UBND tỉnh.", "khen-thuong"),
        ("Tại lễ, 2 đoàn viên được trao Huy hiệu Tuổi trẻ dũng cảm kèm theo Bằng khen của Chủ tịch UBND tỉnh.", "huy-hieu"),
        (
            "Tại lễ, 5 cá nhân được công nhận danh hiệu Chiến sĩ thi đua cơ sở và Bằng khen của Chủ tịch UBND tỉnh.",
            "chien-si-thi-dua-co-so",
        ),
    ):
        rows = grants_of(told)
        assert [(r[0], r[2], r[5]) for r in rows] == [
            (first, int(told.split()[2]), None),
            ("bang-khen-cap-bo-tinh", int(told.split()[2]), "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
        ], told
    # a flag and a certificate, or a list of several forms to both kinds: shared out, not each theirs (a commendation
    # of the 20, by which of the two unsaid)
    rows = grants_of("Năm 2023, 20 tập thể được nhận Cờ thi đua và Bằng khen của Chủ tịch UBND tỉnh.")
    assert [(r[0], r[2]) for r in rows] == [("khen-thuong", 20)]


def test_a_bare_bo_is_the_ministry_its_sentence_names_before_it_in_an_article_of_several():
    lead = "Năm 2022, huyện được Bộ Tài chính tặng Cờ thi đua.\n"
    rows = grants_of(lead + "Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn trao Bằng khen của Bộ cho 10 tập thể.")
    assert [(r[0], r[2], r[5]) for r in rows][-1] == ("bang-khen-cap-bo-tinh", 10, "Bộ Giáo dục và Đào tạo")
    # none named in its sentence, two in the article: not told which
    rows = grants_of(lead + "Bộ trưởng Bộ Giáo dục và Đào tạo dự lễ.\nDịp này, 10 tập thể được tặng Bằng khen của Bộ.")
    assert [(r[0], r[2], r[5]) for r in rows][-1] == ("bang-khen-cap-bo-tinh", 10, None)


def test_a_list_in_the_next_sentence_names_those_a_grant_counted():
    def named(told: str) -> list[tuple[str, int, tuple]]:
        facts = article(HEAD + told + "\nTrần Thu Hương\n")[1]
        return [(g.award, g.count, tuple(getattr(x, "name", x) for x in g.named)) for g in facts.grants]

    lead = "Năm 2022, 3 tập thể và 7 cá nhân được Chủ tịch UBND huyện tặng Giấy khen. "
    assert named(lead + "Các tập thể được khen gồm: Công an huyện, Phòng Giáo dục và Đào tạo và UBND xã Tân Mỹ.")[0] == (
        "giay-khen",
        3,
        ("Công an huyện Văn Lãng", "Phòng Giáo dục và Đào tạo huyện Văn Lãng", "Ủy ban nhân dân xã Tân Mỹ"),
    )
    # a list of another number is another list
    assert named(lead + "Các tập thể được khen gồm: Công an huyện và UBND xã Tân Mỹ.")[0] == ("giay-khen", 3, ())
    # who they are told first, then the list: 'Đó là các thầy, cô:', 'Cụ thể là các đơn vị:'
    teachers = "Năm 2022, 3 giáo viên được Chủ tịch UBND tỉnh tặng Bằng khen. "
    listed = "Nguyễn Thị Thu Hà (Trường THCS Lê Lợi), Trần Văn Quang và Võ Thị Lan (Trường THCS Tân Mỹ)."
    expected = ("bang-khen-cap-bo-tinh", 3, ("Nguyễn Thị Thu Hà", "Trần Văn Quang", "Võ Thị Lan"))
    assert named(teachers + "Đó là các thầy, cô: " + listed)[0] == expected
    assert named(teachers + "Cụ thể là các giáo viên: " + listed)[0] == expected
    assert (
        named(lead + "Cụ thể là các đơn vị: Công an huyện, Phòng Giáo dục và Đào tạo và UBND xã Tân Mỹ.")[0][2][0]
        == "Công an huyện Văn Lãng"
    )
    # 'Đó là' telling what the grant means lists no one
    assert named(teachers + "Đó là các thầy, cô tâm huyết với nghề.")[0] == ("bang-khen-cap-bo-tinh", 3, ())


def test_a_title_that_says_whose_relative_someone_is_is_given_no_one():
    rows = grants_of("Ông Nguyễn Văn An là con trai của một Bà mẹ Việt Nam anh hùng, năm nay được UBND huyện tặng Giấy khen.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("giay-khen", 1, "Nguyễn Văn An")]
    rows = grants_of("Dịp này, Chủ tịch nước tặng Huân chương Lao động hạng Ba cho gia đình của liệt sĩ Nguyễn Văn Bé.")
    assert [(r[0], r[1], r[10]) for r in rows] == [("huan-chuong-lao-dong-hang-ba", "collective", "gia đình của liệt sĩ Nguyễn Văn Bé")]
    # the award's own giver after it is no relative: 'Huân chương ... của Chủ tịch nước cho 3 cá nhân'
    rows = grants_of("Dịp này, UBND huyện trao Huân chương Lao động hạng Ba của Chủ tịch nước cho 3 cá nhân.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("huan-chuong-lao-dong-hang-ba", 3, "Chủ tịch nước")]


def test_a_short_brand_with_its_place_in_brackets_names_the_body_and_a_bank_s_branch_keeps_its_name():
    facts = article(
        HEAD + "Sáng 24/2/2023, Công ty Điện lực Lạng Sơn (PC Lạng Sơn) tổ chức hội nghị. Ông Nguyễn Văn Thắng, Phó Tổng "
        "Giám đốc EVNNPC trao Cờ thi đua của Chính phủ cho PC Lạng Sơn. Giám đốc PC Lạng Sơn Nguyễn Văn Tuấn phát biểu.\nTrần Thu Hương\n"
    )[1]
    assert [(g.award, g.recipient) for g in facts.grants] == [("co-thi-dua-chinh-phu", "Công ty Điện lực Lạng Sơn")]
    assert posts_by_name(facts)["Nguyễn Văn Tuấn"] == {("Giám đốc", "Công ty Điện lực Lạng Sơn")}
    facts = article(
        HEAD + "Ngày 13/01/2023, Ngân hàng TMCP Ngoại thương Việt Nam - Chi nhánh Lạng Sơn tổ chức hội nghị. Năm 2022, Chi "
        "nhánh được Thống đốc Ngân hàng Nhà nước tặng Bằng khen.\nTrần Thu Hương\n"
    )[1]
    # (the branch by the bank's full name is the brand's branch, one body whichever way it is written)
    assert [(g.award, g.recipient) for g in facts.grants] == [("bang-khen-cap-bo-tinh", "Vietcombank chi nhánh tỉnh Lạng Sơn")]
    # a town in brackets defines no short form for the body before it: 'TP Lạng Sơn' stays the city
    doc = article(HEAD + "Ngày 13/01/2023, Công an thành phố (TP Lạng Sơn) tặng Giấy khen cho 5 tập thể.\nTrần Thu Hương\n")[0]
    assert [a for a, _ in doc.place.acronyms] == []


def test_a_person_named_after_their_title_is_the_subject_that_receives():
    for told, who in (
        ("Năm 2022, Giám đốc Sở Y tế Nguyễn Văn Anh được Chủ tịch UBND tỉnh tặng Bằng khen vì thành tích xuất sắc.", "Nguyễn Văn Anh"),
        ("Năm 2022, Giám đốc Vietcombank Lạng Sơn Trần Quốc Huy được Tổng Giám đốc Vietcombank tặng Bằng khen.", "Trần Quốc Huy"),
    ):
        assert [(r[0], r[10]) for r in grants_of(told)] == [("bang-khen-cap-bo-tinh", who)], told
    facts = article(HEAD + "Năm 2022, Giám đốc Vietcombank Lạng Sơn Trần Quốc Huy phát biểu.\nTrần Thu Hương\n")[1]
    assert posts_by_name(facts)["Trần Quốc Huy"] == {("Giám đốc", "Vietcombank chi nhánh tỉnh Lạng Sơn")}
    # a state bank's brand, then its head's name: the bank of the whole country, no branch
    facts = article(HEAD + "Năm 2022, Tổng Giám đốc Agribank Phạm Toàn Vượng phát biểu.\nTrần Thu Hương\n")[1]
    assert posts_by_name(facts)["Phạm Toàn Vượng"] == {("Tổng Giám đốc", "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam")}


def test_a_bare_badge_in_an_article_about_party_badges_is_that_badge_and_no_award():
    for badge in ("Huy hiệu Đảng", "Huy hiệu 30 năm tuổi Đảng"):
        rows = grants_of(
            f"Sáng 2/2/2023, Huyện ủy Văn Lãng tổ chức Lễ trao {badge} cho 120 đảng viên.\n"
            "Đồng chí Hoàng Văn Nam, Bí thư Huyện ủy trao Huy hiệu cho các đảng viên."
        )
        assert rows == [], badge
    # in an article about a youth union's badge, a bare 'Huy hiệu' is that badge, an award
    rows = grants_of(
        "Sáng 2/2/2023, Huyện đoàn trao Huy hiệu Tuổi trẻ dũng cảm cho 2 đoàn viên; Bí thư Huyện đoàn trao Huy hiệu cho 5 đoàn viên khác."
    )
    assert [(r[0], r[2]) for r in rows] == [("huy-hieu", 2), ("huy-hieu", 5)]


def test_a_vague_agent_leaves_the_conferrer_unknown():
    rows = grants_of("Các cơ quan của huyện Văn Lãng được các cấp khen thưởng gồm: 08 tập thể được tặng Bằng khen.")
    assert short(rows) == [("bang-khen-cap-bo-tinh", "collective", 8)]
    assert [r[5] for r in rows] == [None]
    # 'các' inside a body's own name is no vagueness
    rows = grants_of("Đảng ủy Khối các cơ quan tỉnh tặng Giấy khen cho 5 tổ chức cơ sở đảng.")
    assert [(r[0], r[5]) for r in rows] == [("giay-khen", "Đảng ủy Khối các cơ quan tỉnh Lạng Sơn")]
    rows = grants_of("Dịp này, 3 tập thể được nhận Giấy khen của Đảng ủy Khối các cơ quan tỉnh.")
    assert [(r[0], r[5]) for r in rows] == [("giay-khen", "Đảng ủy Khối các cơ quan tỉnh Lạng Sơn")]
    # (after the organ it is named with: the body's)
    rows = grants_of("Ban Chấp hành Công đoàn các Khu công nghiệp tỉnh tặng Giấy khen cho 15 công đoàn cơ sở.")
    assert [(r[0], r[5]) for r in rows] == [("giay-khen", "Công đoàn các Khu công nghiệp tỉnh Lạng Sơn")]
    # negative: 'các' that makes an agent vague after an organ's words
    rows = grants_of("Ban Chấp hành các cấp công đoàn tặng Giấy khen cho 15 công đoàn cơ sở.")
    assert [(r[0], r[5]) for r in rows] == [("giay-khen", None)]


def test_the_whole_of_a_place_or_a_sector_as_subject_names_no_conferrer():
    # ('toàn huyện', 'toàn ngành': commended at each of its levels, by whoever)
    rows = grants_of("Năm 2022, toàn huyện đã khen thưởng 350 lượt tập thể, cá nhân.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("khen-thuong", 350, None)]
    rows = grants_of("Trong năm, toàn tỉnh khen thưởng 1.200 tập thể, cá nhân có thành tích xuất sắc.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("khen-thuong", 1200, None)]
    # negative: the place by its level word alone is its committee
    rows = grants_of("Năm 2022, huyện đã khen thưởng 350 lượt tập thể, cá nhân.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("khen-thuong", 350, "Ủy ban nhân dân huyện Văn Lãng")]


def test_generic_forms_go_to_the_generic_concepts():
    rows = grants_of(
        "Huân chương Hạng nhất được trao cho 01 cá nhân ở huyện Văn Lãng. Nhân dịp này, nhiều tập thể, cá nhân được biểu dương, khen thưởng.",
        with_event=True,
    )
    assert short(rows) == [("huan-chuong", "individual", 1), ("khen-thuong", "mixed", None)]
    assert rows[1][8] == "e1"


def test_counts_and_commendation_words_that_are_not_grants():
    rows = grants_of(
        "Hội đồng Thi đua - Khen thưởng huyện Văn Lãng có 15 thành viên. 92 đại biểu điển hình tiên tiến dự hội nghị. "
        "Công tác thi đua, khen thưởng có nhiều đổi mới. Có 6/9 xã đạt chuẩn nông thôn mới. Số tập thể được khen thưởng tăng."
    )
    assert rows == []


def test_an_umbrella_total_broken_down_by_the_next_sentence_is_not_counted_twice():
    rows = grants_of(
        "Năm 2022, hàng trăm tập thể, cá nhân được các cấp khen thưởng. Trong đó, UBND huyện Văn Lãng tặng Giấy khen cho 80 tập thể."
    )
    assert short(rows) == [("giay-khen", "collective", 80)]


def test_a_bare_commendation_of_both_kinds_summed_by_the_next_sentence_s_grants_of_each_kind_is_an_umbrella():
    for before in (
        "Sáng 2/6, Tỉnh ủy tổ chức hội nghị sơ kết Chỉ thị 05-CT/TW của Bộ Chính trị gắn với tuyên dương 64 tập thể, cá nhân điển hình.",
        "Năm 2023, huyện biểu dương 64 tập thể, cá nhân có thành tích xuất sắc.",
    ):
        rows = grants_of(before + " Ông Lê Văn Hòa trao Bằng khen của Ban Thường vụ Tỉnh ủy cho 20 tập thể và 44 cá nhân.")
        assert sorted(short(rows)) == [("bang-khen-cap-bo-tinh", "collective", 20), ("bang-khen-cap-bo-tinh", "individual", 44)], before
    # negative: one the next sentence does not add up to stays
    rows = grants_of("Năm 2023, huyện biểu dương 70 tập thể, cá nhân. Ông Lê Văn Hòa trao Bằng khen cho 20 tập thể và 44 cá nhân.")
    assert ("khen-thuong", "mixed", 70) in short(rows)


def test_a_counted_total_the_next_sentence_only_partly_breaks_down_is_a_grant():
    rows = grants_of(
        "Năm 2022, huyện đã khen thưởng 230 tập thể, 512 cá nhân. Trong đó, UBND huyện tặng Giấy khen cho 40 tập thể, 80 cá nhân."
    )
    assert short(rows) == [
        ("khen-thuong", "collective", 230), ("khen-thuong", "individual", 512), ("giay-khen", "collective", 40), ("giay-khen", "individual", 80)
    ]  # fmt: skip
    # one that adds up to the breakdown only sums it up
    rows = grants_of("Năm 2022, 120 tập thể, cá nhân được khen thưởng. Trong đó, UBND huyện tặng Giấy khen cho 40 tập thể, 80 cá nhân.")
    assert short(rows) == [("giay-khen", "collective", 40), ("giay-khen", "individual", 80)]


def test_totals_broken_down_by_the_bodies_that_commended_are_their_parts():
    def rows(said: str) -> list[tuple]:
        return sorted((r[0], r[1], r[2], r[5]) for r in grants_of(said))

    province, district = "Ủy ban nhân dân tỉnh Lạng Sơn", "Ủy ban nhân dân huyện Văn Lãng"
    parts = sorted([("khen-thuong", "collective", 5, province), ("khen-thuong", "individual", 10, province),
                    ("khen-thuong", "collective", 20, district), ("khen-thuong", "individual", 50, district)])  # fmt: skip
    for said in (
        "Có 25 tập thể, 60 cá nhân được khen thưởng, trong đó UBND tỉnh khen thưởng 5 tập thể, 10 cá nhân; UBND huyện khen "
        "thưởng 20 tập thể, 50 cá nhân.",
        "Năm 2023, 25 tập thể và 60 cá nhân được khen thưởng, trong đó: UBND tỉnh khen thưởng 5 tập thể, 10 cá nhân; UBND "
        "huyện đã khen thưởng 20 tập thể, 50 cá nhân.",
    ):
        assert rows(said) == parts, said
    # negatives: a subset of the totals is no grant of its own; nor is a share of them said of no giver
    said = "Có 25 tập thể, 60 cá nhân được khen thưởng, trong đó UBND tỉnh khen thưởng 5 tập thể, 10 cá nhân."
    assert rows(said) == [("khen-thuong", "collective", 25, None), ("khen-thuong", "individual", 60, None)]
    said = "Có 25 tập thể, 60 cá nhân được khen thưởng, trong đó 5 tập thể, 10 cá nhân là đơn vị vùng cao."
    assert rows(said) == [("khen-thuong", "collective", 25, None), ("khen-thuong", "individual", 60, None)]


def test_totals_broken_down_by_the_level_of_the_commendation_are_their_parts():
    total = "Năm 2023, toàn huyện có 250 tập thể, 600 cá nhân được khen thưởng. "
    parts = [("khen-thuong", "collective", 30), ("khen-thuong", "collective", 220), ("khen-thuong", "individual", 50),
             ("khen-thuong", "individual", 550)]  # fmt: skip
    # counts alone, no verb: the totals' parts, each by its own kind
    assert sorted(short(grants_of(total + "Trong đó: cấp tỉnh 30 tập thể, 50 cá nhân; cấp huyện 220 tập thể, 550 cá nhân."))) == sorted(
        parts
    )
    # a commendation at each level: the parts, the totals that sum them no grant
    told = "Trong đó: khen thưởng cấp Nhà nước 2 tập thể; cấp tỉnh 28 tập thể, 50 cá nhân; cấp huyện 220 tập thể, 550 cá nhân."
    assert sorted(short(grants_of(total + told))) == sorted(
        [("khen-thuong", "collective", 2), ("khen-thuong", "collective", 28), ("khen-thuong", "collective", 220), *parts[2:]]
    )
    # negatives: a breakdown that does not add up leaves the totals; a heading's label is no commendation of its own
    assert sorted(short(grants_of(total + "Trong đó: cấp tỉnh 30 tập thể, 50 cá nhân."))) == [
        ("khen-thuong", "collective", 250),
        ("khen-thuong", "individual", 600),
    ]
    label = (
        "Khen thưởng cấp Nhà nước: 33 trường hợp, gồm: 1 Huân chương Lao động hạng Ba; 14 Bằng khen của Thủ tướng Chính phủ; "
        "18 danh hiệu Chiến sĩ thi đua toàn quốc."
    )
    assert ("khen-thuong", "mixed", 33) not in short(grants_of(label))


def test_an_umbrella_that_names_its_awards_is_the_breakdown_that_names_them_too():
    # 'Huân chương, Huy chương ... cho 12 cá nhân. Trong đó: ...' adding up to 12: the parts, told once
    rows = grants_of(
        "Huyện Văn Lãng tổ chức trao tặng Huân chương, Huy chương cho 12 cá nhân. "
        "Trong đó: tặng Huân chương Lao động hạng Ba cho 2 cá nhân; tặng Huy chương Chiến sĩ vẻ vang hạng Nhất cho 10 cá nhân."
    )
    assert sorted(short(rows)) == [
        ("huan-chuong-lao-dong-hang-ba", "individual", 2),
        ("huy-chuong-chien-si-ve-vang-hang-nhat", "individual", 10),
    ]
    # a breakdown without awards of its own leaves the award to the total, which stays, broken down by kind
    rows = grants_of("UBND huyện Văn Lãng tặng Giấy khen cho 30 tập thể, cá nhân. Trong đó, 12 tập thể và 18 cá nhân.")
    assert short(rows) == [("giay-khen", "collective", 12), ("giay-khen", "individual", 18)]
    # and one that does not add up is a subset: the total stays beside it
    rows = grants_of(
        "Huyện Văn Lãng trao tặng Huân chương, Huy chương cho 40 cá nhân. Trong đó: tặng Huân chương Lao động hạng Ba cho 2 cá nhân."
    )
    assert ("huan-chuong-lao-dong-hang-ba", "individual", 2) in short(rows) and len(rows) == 2


def test_a_breakdown_within_the_sentence_gives_the_parts_it_adds_up_to():
    # 'trong đó' with counts that add up to the total: the breakdown, of the total's award and conferrer
    rows = grants_of("UBND tỉnh tặng Bằng khen cho 26 tập thể, cá nhân, trong đó có 10 tập thể, 16 cá nhân.")
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", "collective", 10, "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("bang-khen-cap-bo-tinh", "individual", 16, "Ủy ban nhân dân tỉnh Lạng Sơn"),
    ]
    # a part that does not add up is a subset, not a grant
    rows = grants_of("Có 1.250 cá nhân được tặng danh hiệu Lao động tiên tiến, trong đó 300 cá nhân là nữ.")
    assert short(rows) == [("lao-dong-tien-tien", "individual", 1250)]
    rows = grants_of("UBND tỉnh tặng Bằng khen cho 30 tập thể, cá nhân, trong số đó có 10 tập thể.")
    assert short(rows) == [("bang-khen-cap-bo-tinh", "mixed", 30)]


def test_an_award_after_trong_do_is_not_the_award_of_the_count_before_it():
    rows = grants_of(
        "Huyện đã khen thưởng 230 tập thể, 512 cá nhân, trong đó Chủ tịch UBND huyện tặng Giấy khen cho 40 tập thể, 80 cá nhân."
    )
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [
        ("khen-thuong", "collective", 230, "Ủy ban nhân dân huyện Văn Lãng"),
        ("khen-thuong", "individual", 512, "Ủy ban nhân dân huyện Văn Lãng"),
        ("giay-khen", "collective", 40, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
        ("giay-khen", "individual", 80, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
    ]
    # a generic total of both kinds that the specific grants after it add up to is an umbrella
    rows = grants_of("Dịp này, 50 tập thể, cá nhân được khen thưởng, trong đó UBND tỉnh tặng Bằng khen cho 20 tập thể, 30 cá nhân.")
    assert short(rows) == [("bang-khen-cap-bo-tinh", "collective", 20), ("bang-khen-cap-bo-tinh", "individual", 30)]
    rows = grants_of("Dịp này, 80 tập thể, cá nhân được khen thưởng, trong đó UBND tỉnh tặng Bằng khen cho 20 tập thể, 30 cá nhân.")
    assert short(rows)[0] == ("khen-thuong", "mixed", 80) and len(rows) == 3


def test_a_person_after_an_honorific_receives_what_they_are_given():
    rows = grants_of("Đồng chí Hoàng Văn Nam được Chủ tịch nước tặng Huân chương Bảo vệ Tổ quốc hạng Ba.")
    assert [(r[0], r[1], r[2], r[5], r[10]) for r in rows] == [
        ("huan-chuong-bao-ve-to-quoc-hang-ba", "individual", 1, "Chủ tịch nước", "Hoàng Văn Nam")
    ]
    _, facts = article(HEAD + "Liệt sĩ Hoàng Văn Nam được truy tặng danh hiệu Anh hùng lực lượng vũ trang nhân dân.\nTrần Thu Hương\n")
    assert [(g.recipient, g.posthumous) for g in facts.grants] == [("Hoàng Văn Nam", True)]
    # the one who tells of it is not the recipient
    rows = grants_of("Đồng chí Hoàng Văn Nam, Chủ tịch UBND huyện cho biết, 12 tập thể được tặng Giấy khen.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("giay-khen", 12, None)]


def test_the_one_whose_kin_receive_an_award_for_them_is_its_recipient():
    for kin in (
        "Thân nhân liệt sĩ", "Đại diện gia đình liệt sĩ", "Thân nhân của cố Đại tá", "Đại diện thân nhân Mẹ", "Thân nhân cố Thiếu tướng",
        "Đại diện gia đình cố thượng tá",
    ):  # fmt: skip
        rows = grants_of(f"{kin} Hoàng Văn Nam nhận Huân chương Bảo vệ Tổ quốc hạng Ba.")
        assert [(r[0], r[1], r[10]) for r in rows] == [("huan-chuong-bao-ve-to-quoc-hang-ba", "individual", "Hoàng Văn Nam")], kin
    # the giving told after the award, as what it is ('... truy tặng liệt sĩ', '... của Chủ tịch nước truy tặng'): the
    # one who receives it hands nothing over
    for after in ("truy tặng liệt sĩ", "của Chủ tịch nước truy tặng"):
        rows = grants_of(f"Thân nhân liệt sĩ Hoàng Văn Nam nhận Huân chương Bảo vệ Tổ quốc hạng Ba {after}.")
        assert [(r[0], r[10]) for r in rows] == [("huan-chuong-bao-ve-to-quoc-hang-ba", "Hoàng Văn Nam")], after
    rows = grants_of("Ông Hoàng Văn Nam vinh dự nhận Huân chương Bảo vệ Tổ quốc hạng Ba truy tặng liệt sĩ.")
    assert [(r[0], r[10]) for r in rows] == [("huan-chuong-bao-ve-to-quoc-hang-ba", "Hoàng Văn Nam")]
    # negative: one who hands it over to the kin still does
    _, facts = article(
        HEAD + "Ông Hoàng Văn Nam trao Huân chương Bảo vệ Tổ quốc hạng Ba truy tặng liệt sĩ Lê Văn Bình cho thân nhân.\nTrần Thu Hương\n"
    )
    assert [(g.recipient, g.presenter) for g in facts.grants] == [("Lê Văn Bình", "Hoàng Văn Nam")]
    # negative: a household named by its head is a collective that receives for itself
    rows = grants_of("Gia đình ông Hoàng Văn Nam được tặng Bằng khen của Chủ tịch UBND tỉnh.")
    assert [(r[1], r[10]) for r in rows] == [("collective", "Gia đình ông Hoàng Văn Nam")]


def test_a_person_named_after_their_calling_receives_and_a_long_agent_still_makes_a_passive():
    rows = grants_of("Cô giáo Lê Thị Hoa được Bộ trưởng Bộ Giáo dục và Đào tạo tặng Bằng khen.")
    assert [(r[0], r[5], r[6], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", "Bộ trưởng Bộ Giáo dục và Đào tạo", None, "Lê Thị Hoa")]
    rows = grants_of("Nghệ nhân Hoàng Văn Páo được phong tặng danh hiệu Nghệ nhân ưu tú.")
    assert [(r[0], r[10]) for r in rows] == [("nghe-nhan-uu-tu", "Hoàng Văn Páo")]
    # a doctor's specialist grade is part of the calling
    # (its words capitalised too: 'Bác sĩ Chuyên khoa II')
    for calling in (
        "Bác sĩ chuyên khoa II",
        "bác sĩ CKI",
        "Dược sĩ chuyên khoa cấp 1",
        "Bác sĩ nội trú",
        "Bác sĩ Chuyên khoa I",
        "Bác sĩ Nội trú",
    ):
        rows = grants_of(f"{calling} Lê Văn Bình, Phó Giám đốc bệnh viện được Chủ tịch nước phong tặng danh hiệu Thầy thuốc ưu tú.")
        assert [(r[0], r[5], r[10]) for r in rows] == [("thay-thuoc-uu-tu", "Chủ tịch nước", "Lê Văn Bình")], calling
    # (no grade, a department's name: no recipient made of it, 'Nội Lê Văn Bình')
    rows = grants_of("Bác sĩ chuyên khoa Nội Lê Văn Bình được Chủ tịch nước phong tặng danh hiệu Thầy thuốc ưu tú.")
    assert not any(r[10] for r in rows)
    # an active giving stays the giver's: the person hands it over
    rows = grants_of("Cô giáo Lê Thị Hoa, Hiệu trưởng nhà trường trao Giấy khen cho 12 học sinh.")
    assert [(r[0], r[2], r[6], r[10]) for r in rows] == [("giay-khen", 12, "Lê Thị Hoa", None)]


def test_a_province_whose_name_holds_a_dash_is_never_read_as_a_district():
    for dash in ("-", "–"):
        rows = grants_of(f"UBND tỉnh Bà Rịa {dash} Vũng Tàu tặng Bằng khen cho 5 tập thể.")
        assert [(r[0], r[5]) for r in rows] == [("bang-khen-cap-bo-tinh", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu")]
    rows = grants_of("UBND thành phố Vũng Tàu tặng Giấy khen cho 5 tập thể.")  # the city of that name is still the city
    assert [r[5] for r in rows] == ["Ủy ban nhân dân thành phố Vũng Tàu"]


def test_submitting_to_a_giver_proposes_its_award_and_a_procedure_does_not():
    rows = grants_of("Sở Nội vụ đã trình UBND tỉnh tặng Bằng khen cho 54 tập thể.")
    assert [(r[0], r[2], r[4], r[5]) for r in rows] == [("bang-khen-cap-bo-tinh", 54, "proposed", "Ủy ban nhân dân tỉnh Lạng Sơn")]
    rows = grants_of("Hội đồng đề xuất Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể.")
    assert [(r[4], r[5]) for r in rows] == [("proposed", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn")]
    # a council agreeing that a giver give it recommends it to that giver
    rows = grants_of("Hội đồng nhất trí để Chủ tịch UBND huyện tặng Giấy khen cho 25 tập thể.")
    assert [(r[4], r[5]) for r in rows] == [("proposed", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng")]
    rows = grants_of("Các thành viên thống nhất cao với báo cáo; UBND huyện tặng Giấy khen cho 25 tập thể.")
    assert [(r[4], r[5]) for r in rows] == [("conferred", "Ủy ban nhân dân huyện Văn Lãng")]
    # 'khen', short for a commendation, after submitting or proposing it ('trình khen', 'đề nghị khen')
    rows = grants_of("Năm 2023, huyện Văn Lãng đã trình khen 4 tập thể, 6 cá nhân; đề nghị khen cho 7 tập thể.")
    assert [(r[0], r[2], r[4]) for r in rows] == [
        ("khen-thuong", 4, "proposed"), ("khen-thuong", 6, "proposed"), ("khen-thuong", 7, "proposed")
    ]  # fmt: skip
    # negative: praise ('khen ngợi') commends no one
    assert grants_of("Năm 2023, lãnh đạo tỉnh đề nghị khen ngợi 5 tập thể.") == []
    # 'quy trình', 'trình bày', 'trình độ' submit nothing
    for lead in ("Theo quy trình, ", "Sau khi nghe trình bày báo cáo, ", "Để nâng cao trình độ, "):
        rows = grants_of(lead + "UBND huyện tặng Giấy khen cho 5 tập thể.")
        assert [(r[4], r[5]) for r in rows] == [("conferred", "Ủy ban nhân dân huyện Văn Lãng")], lead


def test_named_collectives_after_their_kind_and_units_by_their_head_noun():
    rows = grants_of("Thủ tướng Chính phủ đã tặng Bằng khen cho tập thể Trường THCS Lê Lợi.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("bang-khen-thu-tuong", 1, "Trường THCS Lê Lợi")]
    rows = grants_of("Thủ tướng Chính phủ đã tặng Bằng khen cho Phòng Cảnh sát giao thông Công an tỉnh.")
    assert [r[10] for r in rows] == ["Phòng Cảnh sát giao thông Công an tỉnh Lạng Sơn"]  # placed as the force is
    rows = grants_of("UBND huyện tặng Giấy khen cho các tập thể: Trường Mầm non Hoa Sen, Trường Tiểu học Kim Đồng và Trường THCS Lê Lợi.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "collective", 3)]
    # the kind alone names no one: a grant without a count (see the test of uncounted recipients)
    rows = grants_of("UBND huyện tặng Giấy khen cho các tập thể có thành tích xuất sắc.")
    assert [(r[0], r[1], r[2], r[10]) for r in rows] == [("giay-khen", "collective", None, None)]


def test_a_count_proposed_for_the_award_after_its_own_verb_is_that_award_s():
    rows = grants_of(
        "Hội đồng thống nhất: 2 tập thể, 5 cá nhân đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh và 4 tập thể đề nghị tặng "
        "Cờ thi đua của UBND tỉnh."
    )
    assert short(rows) == [
        ("bang-khen-cap-bo-tinh", "collective", 2), ("bang-khen-cap-bo-tinh", "individual", 5), ("co-thi-dua-cap-bo-tinh", "collective", 4)
    ]  # fmt: skip
    assert {r[4] for r in rows} == {"proposed"}
    rows = grants_of("Có 6 cá nhân được đề nghị tặng danh hiệu Chiến sĩ thi đua cấp tỉnh. Có 9 cá nhân được tặng Giấy khen.")
    assert [(r[0], r[2], r[4]) for r in rows] == [("chien-si-thi-dua-cap-bo-tinh", 6, "proposed"), ("giay-khen", 9, "conferred")]
    # a proposal named before its count is still the count's ('đề nghị tặng Bằng khen cho 3 tập thể')
    rows = grants_of("Hội đồng đề nghị tặng Bằng khen của UBND tỉnh cho 3 tập thể và đề nghị tặng Cờ thi đua cho 1 tập thể.")
    assert short(rows) == [("bang-khen-cap-bo-tinh", "collective", 3), ("co-thi-dua-cap-bo-tinh", "collective", 1)]


def test_a_total_is_broken_down_by_the_first_narrower_grants_after_it_that_add_up_to_it():
    rows = grants_of(
        "Hội đồng đề nghị tặng Huân chương Lao động cho 3 tập thể, 4 cá nhân (hạng nhì 1 tập thể, 1 cá nhân; hạng ba 2 tập thể, "
        "3 cá nhân); Huân chương Lao động hạng Ba cho 2 cá nhân có quá trình cống hiến lâu dài."
    )
    assert sorted(short(rows)) == [
        ("huan-chuong-lao-dong-hang-ba", "collective", 2),
        ("huan-chuong-lao-dong-hang-ba", "individual", 2),
        ("huan-chuong-lao-dong-hang-ba", "individual", 3),
        ("huan-chuong-lao-dong-hang-nhi", "collective", 1),
        ("huan-chuong-lao-dong-hang-nhi", "individual", 1),
    ]  # the totals (3 and 4) told once, by their parts; the 2 after them a grant of its own
    # narrower grants that do not add up to the total leave it a grant beside them
    rows = grants_of("Đề nghị tặng Huân chương Lao động cho 6 cá nhân (hạng nhì 1 cá nhân; hạng ba 2 cá nhân).")
    assert ("huan-chuong-lao-dong", "individual", 6) in short(rows)


def test_the_items_of_a_list_of_proposals_printed_line_by_line_are_proposals():
    rows = grants_of(
        "Hội đồng đã bỏ phiếu và đề nghị khen thưởng. Cụ thể:\n"
        "- Đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 4 trường học.\n"
        "- Tặng Bằng khen của Chủ tịch UBND tỉnh cho 11 trường học.\n"
        "Dịp này, UBND huyện tặng Giấy khen cho 6 tập thể."
    )
    assert [(r[0], r[2], r[4]) for r in rows] == [
        ("bang-khen-thu-tuong", 4, "proposed"), ("bang-khen-cap-bo-tinh", 11, "proposed"), ("giay-khen", 6, "conferred")
    ]  # fmt: skip
    # a heading that ends with the colon itself opens the list too; one that proposes nothing opens none
    rows = grants_of("Hội đồng thống nhất đề nghị như sau:\n- Tặng Cờ thi đua của UBND tỉnh cho 2 tập thể.")
    assert [(r[0], r[4]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "proposed")]
    rows = grants_of("Kết quả khen thưởng năm 2022 như sau:\n- Tặng Cờ thi đua của UBND tỉnh cho 2 tập thể.")
    assert [(r[0], r[4]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "conferred")]


def test_proposals_reward_the_one_period_the_article_says_is_evaluated_even_after_them():
    rows = grants_of(
        "Hội đồng đề nghị tặng Cờ thi đua của UBND tỉnh cho 3 tập thể. Các tập thể này đã hoàn thành xuất sắc nhiệm vụ năm học 2022 - 2023."
    )
    assert [(r[0], r[4], r[7]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "proposed", "2022-2023")]
    # a conferral is left as it is, and two periods stated say nothing of which
    rows = grants_of("UBND tỉnh tặng Cờ thi đua cho 3 tập thể. Các tập thể đã hoàn thành xuất sắc nhiệm vụ năm học 2022 - 2023.")
    assert [r[7] for r in rows] == [None]
    rows = grants_of(
        "Hội đồng đề nghị tặng Cờ thi đua của UBND tỉnh cho 3 tập thể. Có thành tích năm 2021 và hoàn thành xuất sắc nhiệm vụ năm 2022."
    )
    assert [r[7] for r in rows] == [None]


@pytest.mark.parametrize(
    ("words", "period"),
    [
        ("từ năm học 2018-2019 đến năm học 2022-2023", "2018-2023"),
        ("từ năm 2019 đến năm 2023", "2019-2023"),
        ("giai đoạn 2016-2020", "2016-2020"),
        ("năm 2022 đến nay", "2022"),  # an open end is no year
        # a year or school year joined to the next ends the period; two years apart do not
        ("trong năm học 2022 - 2023 và 2023 - 2024", "2022-2024"),
        ("trong hai năm học 2021-2022, 2022-2023", "2021-2023"),
        ("năm 2022 và năm 2023", "2022-2023"),
        ("năm 2019 và 2022", "2019"),
        # (each year of a run, listed; the run stops at a year apart)
        ("các năm 2021, 2022, 2023", "2021-2023"),
        ("các năm 2020, 2021 và 2022", "2020-2022"),
        ("năm học 2020-2021, 2021-2022 và 2022-2023", "2020-2023"),
        ("các năm 2020, 2021, 2023", "2020-2021"),
    ],
)
def test_a_period_from_one_year_to_another_spans_both(words, period):
    rows = grants_of(f"UBND tỉnh tặng Bằng khen cho 3 tập thể có thành tích xuất sắc {words}.")
    assert [r[7] for r in rows] == [period]


def test_a_second_giver_after_va_hands_over_a_grant_of_its_own():
    rows = grants_of(
        "Nhân dịp này, Bí thư Tỉnh ủy Hoàng Văn An đã trao Huân chương Lao động hạng Nhì cho Sở Y tế và Chủ tịch UBND tỉnh "
        "Lê Văn Bình trao Huân chương Lao động hạng Nhì cho Giám đốc Sở Y tế Trần Văn Tâm."
    )
    assert [(r[1], r[6], r[10]) for r in rows] == [
        ("collective", "Hoàng Văn An", "Sở Y tế tỉnh Lạng Sơn"), ("individual", "Lê Văn Bình", "Trần Văn Tâm")
    ]  # fmt: skip
    rows = grants_of("Ông Hoàng Văn An trao Bằng khen cho xã Tân Thanh và ông Lê Văn Bình trao Giấy khen cho 5 cá nhân.")
    assert [(r[0], r[2], r[6]) for r in rows] == [("bang-khen-cap-bo-tinh", 1, "Hoàng Văn An"), ("giay-khen", 5, "Lê Văn Bình")]
    # a body named after a comma or 'và' with a giving verb of its own is the second giver
    rows = grants_of("Bộ Công an tặng Bằng khen cho 1 tập thể, Công an tỉnh tặng Giấy khen cho 3 tập thể và 8 cá nhân.")
    assert [(r[0], r[2], r[5]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", 1, "Bộ Công an"), ("giay-khen", 3, "Công an tỉnh Lạng Sơn"), ("giay-khen", 8, "Công an tỉnh Lạng Sơn")
    ]  # fmt: skip
    rows = grants_of("UBND tỉnh tặng Bằng khen cho Trường THCS Lê Lợi, Trường Tiểu học Kim Đồng và Trường THPT Văn Lãng.")
    assert [(r[2], r[5]) for r in rows] == [(3, "Ủy ban nhân dân tỉnh Lạng Sơn")]  # bodies listed, giving nothing
    # two who hand one award over together, and a person after 'và' who gives nothing, are no second grant
    assert len(grants_of("Ông Hoàng Văn An và ông Lê Văn Bình trao Bằng khen cho xã Tân Thanh.")) == 1
    # (he is a second recipient: 'cho xã X và ông B' names both)
    rows = grants_of("Ông Hoàng Văn An trao Bằng khen cho xã Tân Thanh và ông Lê Văn Bình, Chủ tịch xã.")
    assert [(r[1], r[6], r[10]) for r in rows] == [
        ("collective", "Hoàng Văn An", "xã Tân Thanh"),
        ("individual", "Hoàng Văn An", "Lê Văn Bình"),
    ]


def test_those_called_by_a_given_name_alone_receiving_or_given_to_are_individuals():
    rows = grants_of("Năm 2023, chị Mận được Chủ tịch UBND tỉnh tặng Bằng khen.")
    assert [(r[0], r[1], r[2], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", "individual", 1, None)]
    rows = grants_of("Cháu Khôi (9 tuổi) được Giám đốc Công an tỉnh tặng Giấy khen.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "individual", 1)]
    # (or given to, one or more)
    rows = grants_of("UBND xã Tân Mỹ đã trao Giấy khen cho cháu Khôi và em Lụa vì dũng cảm cứu bạn.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "individual", 2)]
    # negative: one who only speaks of a body's award gives it no recipient of their own
    rows = grants_of("Chị Mận cho biết, năm 2023 đơn vị được tặng Cờ thi đua của UBND tỉnh.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "collective", 1)]
    # (several joined as the subject: as many)
    rows = grants_of("Anh Khôi và chị Mận được UBND huyện tặng Giấy khen.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "individual", 2)]
    rows = grants_of("Chị Mận được UBND huyện tặng Giấy khen, cùng với anh Khôi của thôn Nà Pàn.")
    assert [(r[1], r[2]) for r in rows] == [("individual", 1)]


def test_those_called_by_a_given_name_alone_commended_with_no_award_named_are_individuals():
    rows = grants_of("UBND huyện đã khen thưởng anh Khôi vì hành động dũng cảm cứu người.")
    assert [(r[0], r[1], r[2], r[5], r[10]) for r in rows] == [("khen-thuong", "individual", 1, "Ủy ban nhân dân huyện Văn Lãng", None)]
    rows = grants_of("Chủ tịch UBND xã Tân Lập khen thưởng đột xuất cho chị Mận và cháu Lụa vì đã trả lại tài sản.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("khen-thuong", "individual", 2)]
    # negatives: a commendation to come, or one a given name received before (a record), is none; a name of two
    # syllables after the calling is no given name alone
    for text in (
        "UBND huyện sẽ khen thưởng anh Khôi vì hành động dũng cảm.",
        "Anh Khôi từng được khen thưởng nhiều lần.",
        "UBND huyện đã khen thưởng anh Tuấn Anh.",
    ):
        assert grants_of(text) == [], text


def test_a_team_called_by_what_it_is_commended_with_no_award_named_is_one_collective_unnamed():
    for text in (
        "Giám đốc Công an tỉnh đã khen thưởng nóng tổ công tác bắt giữ đối tượng trộm cắp tài sản.",
        "Chủ tịch UBND huyện khen thưởng đột xuất cho ê-kíp cấp cứu vì đã cứu sống bệnh nhân.",
        "UBND xã khen thưởng nhóm thanh niên tình nguyện dọn vệ sinh sau bão.",
    ):
        rows = grants_of(text)
        assert [(r[0], r[1], r[2], r[10]) for r in rows] == [("khen-thuong", "collective", 1, None)], text
    # negatives: a commendation to come gives none; teams counted by a plural are no one team
    for text in (
        "Giám đốc Công an tỉnh sẽ khen thưởng tổ công tác nếu phá được án.",
        "Giám đốc Công an tỉnh đã khen thưởng nóng các tổ công tác bắt giữ đối tượng.",
    ):
        assert grants_of(text) == [], text


def test_a_unit_commended_by_name_with_no_award_named_is_a_commendation_of_it():
    for text in (
        "Giám đốc Công an tỉnh quyết định khen thưởng đột xuất cho Đội Cảnh sát hình sự Công an huyện Văn Lãng.",
        "Giám đốc Công an tỉnh đã khen thưởng Đội Cảnh sát hình sự Công an huyện Văn Lãng vì thành tích phá án.",
    ):
        rows = grants_of(text)
        assert [(r[0], r[2], r[5], r[10]) for r in rows] == [
            ("khen-thuong", 1, "Giám đốc Công an tỉnh Lạng Sơn", "Đội Cảnh sát hình sự Công an huyện Văn Lãng")
        ]
    assert grants_of("Giám đốc Công an tỉnh khen thưởng cho các đơn vị.") == []  # no one named
    # a police team named by the crimes it fights ('về ma túy') keeps them in its name; 'về' a reason ends it
    rows = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho Đội Cảnh sát điều tra tội phạm về ma túy Công an huyện Văn Lãng.")
    assert [r[10] for r in rows] == ["Đội Cảnh sát điều tra tội phạm về ma túy Công an huyện Văn Lãng"]
    # (a team named bare in a district's article is that district's force's)
    rows = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho Đội Cảnh sát hình sự về thành tích phá án.")
    assert [r[10] for r in rows] == ["Đội Cảnh sát hình sự Công an huyện Văn Lãng"]


def test_an_award_given_to_recipients_named_by_their_kind_alone_is_a_grant_unless_the_article_counts_them():
    rows = grants_of("Hội đồng đề nghị UBND tỉnh tặng Bằng khen cho các tập thể, cá nhân có thành tích trong năm 2023.")
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [("bang-khen-cap-bo-tinh", "mixed", None, "proposed")]
    # counted elsewhere in the article: the uncounted telling only sums it up
    rows = grants_of("UBND huyện tặng Giấy khen cho 12 tập thể. Đây là dịp UBND huyện tặng Giấy khen cho các tập thể tiêu biểu.")
    assert short(rows) == [("giay-khen", "collective", 12)]
    # 'các tập thể, cá nhân' beside a count of households alone are other recipients
    rows = grants_of(
        "UBND huyện tặng Giấy khen cho 40 hộ gia đình văn hóa; tặng Giấy khen cho các tập thể, cá nhân có thành tích trong cuộc vận động."
    )
    assert sorted((r[1], r[2] or 0) for r in rows) == [("collective", 40), ("mixed", 0)]
    # pupils called 'em' are individuals; a gift that is no award is no grant
    assert short(grants_of("UBND huyện tặng Giấy khen cho các em học sinh.")) == [("giay-khen", "individual", None)]
    assert grants_of("UBND huyện trao học bổng cho các em học sinh nghèo vượt khó.") == []


def test_the_presenter_of_a_later_clause_is_read_in_that_clause():
    rows = grants_of("UBND tỉnh tặng Bằng khen cho 3 tập thể; ông Lê Văn Bình, Chủ tịch UBND huyện trao Giấy khen cho xã Tân Thanh.")
    assert [(r[0], r[6]) for r in rows] == [("bang-khen-cap-bo-tinh", None), ("giay-khen", "Lê Văn Bình")]


def test_a_count_added_to_a_total_the_clause_raises_is_among_that_total():
    rows = grants_of(
        "Hội đồng thống nhất đề nghị thêm 3 tập thể, nâng tổng số đề nghị tặng Bằng khen của Thủ tướng Chính phủ "
        "lên 11 tập thể và 9 cá nhân."
    )
    assert short(rows) == [("bang-khen-thu-tuong", "collective", 11), ("bang-khen-thu-tuong", "individual", 9)]
    # a count not said to be added, or a total that names no award, leaves the count a grant of its own
    rows = grants_of("UBND huyện tặng Giấy khen cho 4 tập thể, nâng tổng số tập thể được tặng Giấy khen lên 30 tập thể.")
    assert ("giay-khen", "collective", 4) in short(rows)
    rows = grants_of("UBND huyện tặng Giấy khen cho thêm 4 cá nhân, nâng tổng số người được khen lên 30 người.")
    assert short(rows) == [("giay-khen", "individual", 4)]


def test_counts_of_a_list_may_each_say_which_and_a_later_gift_is_no_award():
    rows = grants_of("Huyện ủy tặng Giấy khen cho 5 chi bộ trong sạch vững mạnh tiêu biểu và 12 đảng viên hoàn thành xuất sắc nhiệm vụ.")
    assert short(rows) == [("giay-khen", "collective", 5), ("giay-khen", "individual", 12)]
    rows = grants_of("Nhân dịp này, Huyện ủy đã khen thưởng 5 chi bộ trong sạch vững mạnh tiêu biểu và 12 đảng viên.")
    assert short(rows) == [("khen-thuong", "collective", 5), ("khen-thuong", "individual", 12)]
    # a count in brackets says which of the count before it, and the list goes on after it
    rows = grants_of("UBND huyện Văn Lãng tặng Giấy khen cho 10 tập thể (trong đó có 3 trường học) và 15 cá nhân.")
    assert short(rows) == [("giay-khen", "collective", 10), ("giay-khen", "individual", 15)]
    # and so does a subset after ', trong đó', the list going on after 'và' with the other kind, which no part of it can be
    rows = grants_of("UBND huyện Văn Lãng tặng Giấy khen cho 10 tập thể, trong đó có 3 trường học, và 15 cá nhân.")
    assert short(rows) == [("giay-khen", "collective", 10), ("giay-khen", "individual", 15)]
    rows = grants_of("Bằng khen của UBND tỉnh được trao cho 22 cá nhân, trong số đó có 4 nhà giáo và 6 tập thể tiêu biểu.")
    assert short(rows) == [("bang-khen-cap-bo-tinh", "individual", 22), ("bang-khen-cap-bo-tinh", "collective", 6)]
    # (not parts of the count's own kind, nor parts that add up to it)
    rows = grants_of("UBND huyện Văn Lãng tặng Giấy khen cho 45 cá nhân, trong đó có 5 cán bộ và 30 đoàn viên.")
    assert short(rows) == [("giay-khen", "individual", 45)]
    rows = grants_of("UBND huyện Văn Lãng tặng Giấy khen cho 45 tập thể, cá nhân, trong đó có 15 tập thể và 30 cá nhân.")
    assert short(rows) == [("giay-khen", "collective", 15), ("giay-khen", "individual", 30)]  # (the parts)
    # a description may quote a title and give years in brackets
    rows = grants_of('Huyện ủy tặng Giấy khen cho 5 chi bộ đạt "trong sạch, vững mạnh" tiêu biểu 5 năm liền (2018 - 2022) và 12 đảng viên.')
    assert short(rows) == [("giay-khen", "collective", 5), ("giay-khen", "individual", 12)]
    # and the items may part at semicolons, each with what it says of its own
    rows = grants_of(
        "Huyện ủy tặng Giấy khen cho 5 chi bộ trong sạch, vững mạnh tiêu biểu; 3 tổ đảng và 12 đảng viên hoàn thành tốt nhiệm vụ."
    )
    assert short(rows) == [("giay-khen", "collective", 5), ("giay-khen", "collective", 3), ("giay-khen", "individual", 12)]
    # (an item that names its own award is its own)
    rows = grants_of("Huyện ủy tặng Giấy khen cho 5 chi bộ tiêu biểu; 12 đảng viên được Đảng ủy xã khen thưởng.")
    assert short(rows) == [("giay-khen", "collective", 5), ("khen-thuong", "individual", 12)]
    # the award has its recipients; the gift after it goes to others
    rows = grants_of("Huyện ủy tặng Giấy khen cho 5 chi bộ tiêu biểu, đồng thời tặng quà cho 12 đảng viên có hoàn cảnh khó khăn.")
    assert short(rows) == [("giay-khen", "collective", 5)]
    # (or a rank, or a raise, given beside the award: those given it are not the award's)
    rows = grants_of("Giám đốc Công an tỉnh tặng Giấy khen cho 4 tập thể và thăng quân hàm trước niên hạn cho 3 chiến sĩ.")
    assert short(rows) == [("giay-khen", "collective", 4)]
    rows = grants_of("UBND huyện tặng Giấy khen cho 6 cá nhân, đồng thời nâng bậc lương trước thời hạn cho 2 công chức.")
    assert short(rows) == [("giay-khen", "individual", 6)]
    # (the award's recipients counted right after it, with no 'cho')
    rows = grants_of("Giám đốc Công an tỉnh tặng Giấy khen 4 tập thể và thăng cấp bậc hàm trước thời hạn cho 3 chiến sĩ.")
    assert short(rows) == [("giay-khen", "collective", 4)]
    rows = grants_of("UBND huyện tặng Giấy khen hai cá nhân, đồng thời tặng quà cho 12 hộ nghèo.")
    assert short(rows) == [("giay-khen", "individual", 2)]
    # (and those counted after them, past a title that only says what the first are)
    rows = grants_of("UBND huyện trao Giấy khen 60 gia đình văn hóa tiêu biểu và 10 tổ dân phố có thành tích xuất sắc.")
    assert short(rows) == [("giay-khen", "collective", 60), ("giay-khen", "collective", 10)]
    rows = grants_of("UBND huyện trao Giấy khen 60 gia đình văn hóa tiêu biểu, đồng thời tặng quà cho 10 hộ nghèo.")
    assert short(rows) == [("giay-khen", "collective", 60)]
    # (but a raise in what they did is no giving: the later 'cho' is the award's)
    rows = grants_of("UBND huyện tặng Giấy khen cho 2 tập thể có thành tích nâng cao năng suất lúa và cho 7 cá nhân.")
    assert short(rows) == [("giay-khen", "collective", 2), ("giay-khen", "individual", 7)]


def test_a_count_given_its_own_award_takes_it_not_the_award_before_it():
    rows = grants_of("Có 3 tập thể được tặng Cờ thi đua, 15 tập thể được tặng Bằng khen và 40 cá nhân được tặng Giấy khen.")
    assert short(rows) == [
        ("co-thi-dua-cap-bo-tinh", "collective", 3),
        ("bang-khen-cap-bo-tinh", "collective", 15),
        ("giay-khen", "individual", 40),
    ]
    # its verb may be a bare 'nhận', its award a class alone, the one before it named in full
    rows = grants_of(
        "Công an tỉnh trao Huy chương Chiến sĩ vẻ vang cho 86 cán bộ; 50 đồng chí nhận Huy chương Chiến sĩ vẻ vang hạng Nhì và 36 đồng chí nhận hạng Ba."
    )
    assert ("huy-chuong-chien-si-ve-vang-hang-ba", "individual", 36) in short(rows)
    assert ("huy-chuong-chien-si-ve-vang-hang-nhi", "individual", 36) not in short(rows)
    rows = grants_of("Có 4 tập thể nhận Cờ thi đua của UBND tỉnh, 12 tập thể nhận Bằng khen.")
    assert short(rows) == [("co-thi-dua-cap-bo-tinh", "collective", 4), ("bang-khen-cap-bo-tinh", "collective", 12)]
    # a count after an award, with no verb of its own, is still that award's ('hạng Nhì 3 tập thể, 2 cá nhân')
    rows = grants_of("UBND tỉnh tặng Bằng khen cho 20 tập thể và 35 cá nhân.")
    assert short(rows) == [("bang-khen-cap-bo-tinh", "collective", 20), ("bang-khen-cap-bo-tinh", "individual", 35)]


def test_a_collective_named_after_its_kind_as_the_subject_receives():
    rows = grants_of("Tập thể Trường THCS Lê Lợi vinh dự đón nhận Bằng khen của Thủ tướng Chính phủ.")
    assert [(r[0], r[1], r[2], r[10]) for r in rows] == [("bang-khen-thu-tuong", "collective", 1, "Trường THCS Lê Lợi")]
    rows = grants_of("Tập thể lớp 12A1 Trường THPT Chu Văn An được Sở GD&ĐT tặng Giấy khen.")
    assert [(r[0], r[10]) for r in rows] == [("giay-khen", "lớp 12A1 Trường THPT Chu Văn An")]
    # the kind alone, or its members, name no collective
    assert grants_of("Tập thể cán bộ, giáo viên nhà trường được tặng Giấy khen.") == []


def test_the_member_a_group_has_is_the_recipient_not_the_group():
    rows = grants_of("Năm 2022, Khối thi đua các trường THPT có Trường THPT Lê Lợi được tặng Cờ thi đua của UBND tỉnh.")
    assert [(r[0], r[10]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "Trường THPT Lê Lợi")]
    # 'có' before no name is what the subject has, not another subject
    rows = grants_of("Trường THCS Kim Đồng có thành tích xuất sắc được tặng Bằng khen của UBND tỉnh.")
    assert [(r[0], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", "Trường THCS Kim Đồng")]


def test_a_headline_counting_one_kind_may_sum_up_the_body_s_both_kinds_together():
    def told(headline: str) -> list[tuple]:
        return counted_kinds(
            article(headline + "\n20/01/2023 09:00\n" + EVENT + "Tại hội nghị, 40 tập thể, cá nhân được tuyên dương.\nTrần Thu Hương\n")[1]
        )

    assert told("Huyện Văn Lãng tuyên dương 40 gương người tốt việc tốt") == [("khen-thuong", "mixed", 40)]
    # another number is another grant
    assert told("Huyện Văn Lãng tuyên dương 45 gương người tốt việc tốt") == [
        ("khen-thuong", "individual", 45),
        ("khen-thuong", "mixed", 40),
    ]


def test_a_clause_whose_counted_subject_receives_in_the_passive_does_not_take_the_last_giver():
    rows = grants_of("Chủ tịch UBND huyện tặng Giấy khen cho 15 giáo viên; 2 cá nhân được công nhận danh hiệu Chiến sĩ thi đua cơ sở.")
    assert [(r[0], r[2], r[5]) for r in rows] == [
        ("giay-khen", 15, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"), ("chien-si-thi-dua-co-so", 2, None)
    ]  # fmt: skip
    # a count that is the object of the giver's verb is still given by it
    rows = grants_of("Chủ tịch UBND huyện tặng Giấy khen cho 15 giáo viên, công nhận danh hiệu Chiến sĩ thi đua cơ sở cho 2 cá nhân.")
    assert [(r[0], r[2], r[5]) for r in rows] == [
        ("giay-khen", 15, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"), ("chien-si-thi-dua-co-so", 2, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng")
    ]  # fmt: skip


def test_awards_counted_for_recipients_of_both_kinds_named_after_cho_are_mixed():
    rows = grants_of("Năm qua, UBND huyện tặng 120 Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "mixed", 120)]
    rows = grants_of("Năm qua, UBND huyện tặng 120 Giấy khen cho cá nhân và tập thể có thành tích xuất sắc.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "mixed", 120)]
    rows = grants_of("Năm qua, UBND huyện tặng 120 Giấy khen cho các tập thể có thành tích xuất sắc.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "collective", 120)]


def test_a_body_named_by_its_head_noun_alone_is_the_one_the_headline_names():
    def received(headline: str, sentence: str) -> list[tuple]:
        facts = article(f"{headline}\n20/06/2023 09:00\nNgày 18/6, nhà trường tổ chức lễ tổng kết. {sentence}\nTrần Thu Hương\n")[1]
        return [(g.award, g.recipient_kind, g.count, g.recipient) for g in facts.grants]

    school = "Trường THPT Lê Lợi tổng kết năm học 2022 - 2023"
    expected = [("co-thi-dua-cap-bo-tinh", "collective", 1, "Trường THPT Lê Lợi")]
    assert received(school, "Năm nay, nhà trường vinh dự được UBND tỉnh tặng Cờ thi đua.") == expected
    assert received(school, "Năm học này, đơn vị được UBND tỉnh tặng Cờ thi đua.") == expected
    bank = "Ngân hàng Nhà nước chi nhánh tỉnh Phú Thọ tổng kết năm 2022"
    assert received(bank, "Chi nhánh được Thống đốc Ngân hàng Nhà nước tặng Cờ thi đua.") == [
        ("co-thi-dua-cap-bo-tinh", "collective", 1, "Ngân hàng Nhà nước chi nhánh tỉnh Phú Thọ")
    ]
    # a head the headline names no body of names no recipient: one body, unnamed
    assert received(bank, "Năm nay, nhà trường được UBND tỉnh tặng Cờ thi đua.") == [("co-thi-dua-cap-bo-tinh", "collective", 1, None)]
    theatre = "Nhà hát Tuồng Đào Tấn tổng kết năm 2022"
    assert received(theatre, "Giám đốc Sở Văn hóa tặng Giấy khen cho Nhà hát vì có thành tích xuất sắc.") == [
        ("giay-khen", "collective", 1, "Nhà hát Tuồng Đào Tấn")
    ]
    # a party cell or a union branch by its head
    cell = "Chi bộ thôn Khe Mo kỷ niệm 40 năm thành lập"
    assert received(cell, "Dịp này, Chi bộ vinh dự được Ban Thường vụ Huyện ủy tặng Giấy khen.") == [
        ("giay-khen", "collective", 1, "Chi bộ thôn Khe Mo")
    ]
    youth = "Chi đoàn Bệnh viện Đa khoa huyện Yên Lập tổng kết năm 2023"
    assert received(youth, "Huyện đoàn tặng Giấy khen cho Chi đoàn vì có thành tích xuất sắc.") == [
        ("giay-khen", "collective", 1, "Chi đoàn Bệnh viện Đa khoa huyện Yên Lập")
    ]
    # (no head in 'chi bộ' told as a count: 'Khen thưởng 5 chi bộ' names none)
    assert received(cell, "Đảng ủy xã tặng Giấy khen cho 5 chi bộ trong sạch, vững mạnh.") == [("giay-khen", "collective", 5, None)]


def test_a_body_by_its_head_noun_alone_is_the_one_the_article_names_by_that_head_anywhere():
    def givers(lead: str, sentence: str) -> list[str | None]:
        facts = article(f"Tổng kết thi đua Quyết thắng năm 2023\n16/12/2023 09:00\n{lead} {sentence}\nTrần Thu Hương\n")[1]
        return [_label(g.conferrer) for g in facts.grants if g.count == 2]

    lead = "Ngày 15/12/2023, Trung đoàn 812 tổ chức tổng kết năm 2023. Trung đoàn được Bộ Tư lệnh Quân khu 4 tặng danh hiệu Đơn vị quyết thắng."
    for told in ("2 tập thể được tặng Cờ thi đua của Bộ Tư lệnh Quân khu.", "Bộ Tư lệnh tặng Cờ thi đua cho 2 tập thể."):
        assert givers(lead, told) == ["Bộ Tư lệnh Quân khu 4"], told
    # two commands named, or none: not told which
    two = lead.replace("tặng danh hiệu", "và Bộ Tư lệnh Quân khu 5 tặng danh hiệu")
    assert givers(two, "2 tập thể được tặng Cờ thi đua của Bộ Tư lệnh Quân khu.") == [None]
    none = "Ngày 15/12/2023, Trung đoàn 812 tổ chức tổng kết năm 2023."
    assert givers(none, "2 tập thể được tặng Cờ thi đua của Bộ Tư lệnh Quân khu.") == [None]


def test_a_cooperative_written_short_is_one_body_and_its_head_s_title_heads_it_not_the_alliance():
    facts = article(
        "Hợp tác xã Nông nghiệp Đông Hải nhận Bằng khen của Thủ tướng\n15/08/2023 09:00\n"
        "Chiều 14/8/2023, tại trụ sở HTX Nông nghiệp Đông Hải, Liên minh Hợp tác xã tỉnh Thái Bình trao Bằng khen của "
        "Thủ tướng Chính phủ cho HTX. Ông Nguyễn Văn Thắng, Giám đốc HTX cho biết năm 2023 HTX có 1.200 thành viên.\nTrần Thu Hương\n"
    )[1]
    assert [(g.award, g.recipient) for g in facts.grants] == [("bang-khen-thu-tuong", "Hợp tác xã Nông nghiệp Đông Hải")]
    assert posts_by_name(facts)["Nguyễn Văn Thắng"] == {("Giám đốc", "Hợp tác xã Nông nghiệp Đông Hải")}
    # the alliance named first in the lead: the cooperative's name opens on the head noun, the alliance's holds it
    facts = article(
        "Tổng kết kinh tế tập thể năm 2023\n15/01/2024 09:00\nNgày 14/1/2024, Liên minh Hợp tác xã tỉnh Thái Bình và "
        "Hợp tác xã Nông nghiệp Đông Hải tổ chức tổng kết. Ông Vũ Văn Kiên, Giám đốc HTX phát biểu.\nTrần Thu Hương\n"
    )[1]
    assert posts_by_name(facts)["Vũ Văn Kiên"] == {("Giám đốc", "Hợp tác xã Nông nghiệp Đông Hải")}


def test_honours_in_a_life_told_from_a_year_long_before_the_news_are_a_record():
    for told in (
        "Đồng chí Lê Văn Tám vào Đảng năm 1954, đã tham gia hai cuộc kháng chiến, được Nhà nước tặng thưởng Huân chương Kháng chiến hạng Nhất.",
        "Ông Hoàng Văn Mạnh nhập ngũ tháng 3 năm 1965, được tặng thưởng Huân chương Chiến công hạng Ba.",
        "Cụ Lê Văn Bảy tham gia cách mạng từ năm 1945, được tặng thưởng Huân chương Độc lập hạng Ba.",
    ):
        assert grants_of(told) == [], told
    # negatives: one given to the dead is the news; a birth year is an age, not a life told; a step of this year's
    for told in (
        "Liệt sĩ Đinh Văn Dũng sinh năm 1948, nhập ngũ năm 1966, được truy tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân.",
        "Bà Trần Thị Cúc sinh năm 1950, được tặng Bằng khen của Chủ tịch UBND tỉnh vì đã hiến đất làm đường.",
        "Anh Lò Văn Tài nhập ngũ năm 2022, được Chỉ huy trưởng tặng Giấy khen.",
    ):
        assert len(grants_of(told)) == 1, told


def test_honours_told_over_a_war_s_or_a_career_s_span_are_a_record_whatever_event_the_article_tells():
    for told in (
        "Trong chiến đấu, đồng chí đã lập nhiều chiến công, được tặng thưởng 2 Huân chương Chiến công.",
        "Trong quá trình công tác, ông Hoàng Văn Mạnh được tặng thưởng Huân chương Lao động hạng Ba và nhiều Bằng khen.",
        "Trong kháng chiến chống Mỹ, xã đã được tặng thưởng 1 Huân chương Quân công.",
    ):
        assert grants_of(told, with_event=True) == [], told
    # negatives: one given to the dead is the news; a year's span is the news's
    told = (
        "Trong kháng chiến chống Mỹ, liệt sĩ Đinh Văn Dũng anh dũng hy sinh, được truy tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân."
    )
    assert [r[0] for r in grants_of(told)] == ["anh-hung-luc-luong-vu-trang-nhan-dan"]
    assert len(grants_of("Trong năm 2022, ông Hoàng Văn Mạnh được tặng Bằng khen của Chủ tịch UBND tỉnh.")) == 1


def test_honours_counted_over_a_unit_s_or_a_person_s_years_looked_back_on_are_a_record_at_the_event_too():
    def awards(told: str) -> list[str]:
        facts = article(
            "Trung đoàn 920 đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhì\n15/10/2024 08:00\n"
            "Sáng 14/10, Trung đoàn 920 tổ chức lễ kỷ niệm 60 năm Ngày truyền thống và đón nhận Huân chương Bảo vệ Tổ quốc "
            "hạng Nhì.\nThiếu tướng Trần Văn Bình, Phó Tư lệnh Quân khu 4 trao Huân chương cho đơn vị.\n"
            "Thượng tá Lê Văn Hòa, Trung đoàn trưởng ôn lại truyền thống của đơn vị. " + told + "\nMinh Đức\n"
        )[1]
        return sorted(g.award for g in facts.grants)

    ceremony = ["huan-chuong-bao-ve-to-quoc-hang-nhi"]
    for told in (
        "Qua 60 năm xây dựng, chiến đấu và trưởng thành, Trung đoàn đã được tặng thưởng 2 Huân chương Chiến công hạng Ba.",
        "Trải qua hơn 60 năm hình thành và phát triển, đơn vị đã được tặng 3 Bằng khen của Thủ tướng Chính phủ.",
        "Trong 40 năm công tác, ông đã được tặng 4 Bằng khen của Bộ trưởng Bộ Quốc phòng.",
    ):
        assert awards(told) == ceremony, told
    # negatives: a programme's years reported, and the news told after the years
    told = "Qua 5 năm thực hiện phong trào thi đua, Trung đoàn đã được tặng thưởng 2 Huân chương Chiến công hạng Ba."
    assert awards(told) == [*ceremony, "huan-chuong-chien-cong-hang-ba"]
    assert awards("Qua 60 năm xây dựng và phát triển, Trung đoàn vinh dự được Bộ trưởng Bộ Quốc phòng tặng Cờ thi đua.") == [
        "co-thi-dua-cap-bo-tinh",
        *ceremony,
    ]


def test_a_hero_s_title_dated_past_the_era_it_names_is_a_record():
    # 'Anh hùng Lao động thời kỳ đổi mới (năm 2000)': the year after the era the title names dates the giving
    for told in (
        "Công ty đã vinh dự được Nhà nước phong tặng danh hiệu Anh hùng Lao động thời kỳ đổi mới (năm 2005).",
        "Xã Kim Sơn đã được phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân trong thời kỳ kháng chiến chống Mỹ năm 1978.",
    ):
        assert grants_of(told) == [], told
    # negatives: the title with its era and no year, or this year's, is the news
    for told in (
        "Năm nay, Tập đoàn được Chủ tịch nước phong tặng danh hiệu Anh hùng Lao động thời kỳ đổi mới.",
        "Ông Lê Văn Hải được phong tặng danh hiệu Anh hùng Lao động thời kỳ đổi mới năm 2022.",
    ):
        assert [r[0] for r in grants_of(told)] == ["anh-hung-lao-dong"], told


def test_an_award_a_unit_had_been_given_years_before_the_news_is_its_past_record():
    facts = article(
        "Trường THPT Lê Lợi đón nhận Huân chương Lao động hạng Nhất\n20/11/2013 09:00\n"
        "Ngày 18/11, nhà trường tổ chức lễ đón nhận Huân chương Lao động hạng Nhất. Trước đó, nhà trường đã được tặng "
        "Huân chương Lao động hạng Nhì năm 1998.\nTrần Thu Hương\n"
    )[1]
    assert [g.award for g in facts.grants] == ["huan-chuong-lao-dong-hang-nhat"]
    # the years in brackets after each award of the record
    facts = article(
        "Bệnh viện Đa khoa tỉnh Yên Bái đón nhận danh hiệu Anh hùng Lao động\n20/05/2024 09:00\n"
        "Ngày 19/5, Bệnh viện tổ chức lễ đón nhận danh hiệu Anh hùng Lao động. Trước đó, Bệnh viện đã được tặng "
        "Huân chương Độc lập hạng Ba (năm 2015) và Cờ thi đua của Chính phủ (năm 2020).\nTrần Thu Hương\n"
    )[1]
    assert [g.award for g in facts.grants] == ["anh-hung-lao-dong"]
    # (or the year alone in brackets: 'Huân chương Lao động hạng Ba (2004)'; not a period's span, nor a recent year)
    for record, kept in (("(2004), Huân chương Lao động hạng Nhì (2014)", []), ("(2023)", ["huan-chuong-lao-dong-hang-ba"])):
        facts = article(
            "Trường THPT Lê Lợi kỷ niệm 50 năm thành lập\n20/11/2024 09:00\nNgày 18/11, nhà trường tổ chức lễ kỷ niệm 50 "
            f"năm thành lập. Trường đã được Chủ tịch nước tặng Huân chương Lao động hạng Ba {record}.\nTrần Thu Hương\n"
        )[1]
        assert [g.award for g in facts.grants] == kept, record
    # the time it was given before its year: a record of the same award gives the new grant no period of its own
    for record in ("lần thứ nhất năm 1973", "(lần thứ nhất) năm 1973", "lần đầu vào năm 1973"):
        facts = article(
            "Trung đoàn 88 đón nhận danh hiệu Anh hùng lần thứ hai\n26/08/2023 09:00\nNgày 25/8, Sư đoàn 308 tổ chức lễ "
            "đón nhận danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho Trung đoàn 88. Trung đoàn 88 thành lập năm 1949, "
            f"đã được tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân {record}.\nTrần Thu Hương\n"
        )[1]
        assert [(g.award, g.period) for g in facts.grants] == [("anh-hung-luc-luong-vu-trang-nhan-dan", None)], record
    # without 'đã', the year right after the award, years before the news's, says the same
    for told in (
        "Mẹ Nông Thị Vấn năm nay 98 tuổi, được Nhà nước phong tặng danh hiệu Bà mẹ Việt Nam anh hùng năm 2015.",
        "Ông Hoàng Văn Mạnh, nguyên Bí thư Huyện ủy, được tặng Huân chương Lao động hạng Ba năm 2010.",
    ):
        facts = article("Lãnh đạo tỉnh thăm gia đình chính sách\n05/02/2024 09:00\n" + told + "\nTrần Thu Hương\n")[1]
        assert facts.grants == [], told
    # negative: the year before the news's is the news's
    facts = article(
        "Xã Tân Mỹ được tặng Cờ thi đua\n05/02/2024 09:00\nXã Tân Mỹ được tặng Cờ thi đua của UBND tỉnh năm 2023.\nTrần Thu Hương\n"
    )[1]
    assert [g.award for g in facts.grants] == ["co-thi-dua-cap-bo-tinh"]
    # (a bracketed year of this year's news is not a past one)
    rows = grants_of("Trường Tiểu học Kim Đồng đã được tặng Cờ thi đua của UBND tỉnh (năm 2023).")
    assert [r[0] for r in rows] == ["co-thi-dua-cap-bo-tinh"]
    # the year the award rewards, in the year of the news, is a grant's period
    rows = grants_of("Năm nay, huyện đã được tặng Cờ thi đua của UBND tỉnh năm 2022.")
    assert [(r[0], r[7]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "2022")]


def test_a_head_s_title_with_no_body_written_gives_as_head_of_the_headline_s_school():
    def givers(headline: str) -> list[str | None]:
        facts = article(f"{headline}\n20/06/2023 09:00\nHiệu trưởng nhà trường trao Giấy khen cho 12 học sinh.\nTrần Thu Hương\n")[1]
        return [_label(g.conferrer) for g in facts.grants]

    assert givers("Trường THCS Kim Đồng tổng kết năm học 2022 - 2023") == ["Hiệu trưởng Trường THCS Kim Đồng"]
    # a headline naming two schools, or none, does not say whose head gives
    assert givers("Trường THCS Kim Đồng và Trường THCS Lê Lợi tổng kết năm học") == [None]
    assert givers("Huyện Văn Lãng tổng kết năm học 2022 - 2023") == [None]


def test_an_award_of_a_director_with_no_body_written_is_of_the_director_of_the_headline_s_institution():
    def givers(headline: str, title: str) -> list[str | None]:
        sentence = f"Hội nghị đã trao Giấy khen của {title} cho 12 tập thể."
        facts = article(f"{headline}\n20/01/2024 09:00\n{sentence}\nTrần Thu Hương\n")[1]
        return [_label(g.conferrer) for g in facts.grants]

    assert givers("Bệnh viện Đa khoa huyện Văn Lãng tổng kết năm 2023", "Giám đốc") == ["Giám đốc Bệnh viện Đa khoa huyện Văn Lãng"]
    assert givers("Tổng công ty Đường sắt Việt Nam tổng kết năm 2023", "Tổng Giám đốc") == ["Tổng Giám đốc Tổng công ty Đường sắt Việt Nam"]
    # a headline naming no such institution does not say whose director gives
    assert givers("Huyện Văn Lãng tổng kết năm 2023", "Giám đốc") == [None]


def test_a_title_then_its_body_s_head_noun_alone_is_the_office_of_the_headline_s_body():
    def seen(headline: str, sentence: str) -> tuple[list, dict]:
        facts = article(f"{headline}\n20/06/2023 09:00\nNgày 18/6, lễ kỷ niệm được tổ chức trọng thể. {sentence}\nTrần Thu Hương\n")[1]
        posts = posts_by_name(facts)
        return [_label(g.conferrer) for g in facts.grants if g.award == "giay-khen"], posts

    centre = "Trung tâm Y tế huyện Văn Lãng đón nhận Huân chương Lao động hạng Ba"
    givers, _ = seen(centre, "Giám đốc Trung tâm trao Giấy khen cho 14 cá nhân.")
    assert givers == ["Giám đốc Trung tâm Y tế huyện Văn Lãng"]
    _, posts = seen(centre, "Ông Hà Văn Lộc, Phó Giám đốc trung tâm phát biểu.")
    assert posts["Hà Văn Lộc"] == {("Phó Giám đốc", "Trung tâm Y tế huyện Văn Lãng")}
    # a body whose head noun the article writes before its name ('Chi nhánh Ngân hàng Chính sách xã hội tỉnh X')
    branch = "Ngày 8/1/2024, Chi nhánh Ngân hàng Chính sách xã hội tỉnh Lạng Sơn tổ chức hội nghị tổng kết năm 2023."
    facts = article(
        f"Tổng kết tín dụng chính sách năm 2023\n10/01/2024 09:00\n{branch} Giám đốc Chi nhánh tặng Giấy khen cho 20 tập thể.\nTrần Thu Hương\n"
    )[1]
    assert [_label(g.conferrer) for g in facts.grants] == ["Giám đốc Ngân hàng Chính sách xã hội tỉnh Lạng Sơn"]
    # the military region the lead names in brackets after its division ('Sư đoàn 395 (Quân khu 3)')
    division = "Ngày 15/12/2023, Sư đoàn 395 (Quân khu 3) tổ chức hội nghị tổng kết năm 2023."
    facts = article(
        f"Tổng kết thi đua Quyết thắng\n16/12/2023 09:00\n{division} 10 tập thể được Tư lệnh Quân khu tặng Giấy khen.\nTrần Thu Hương\n"
    )[1]
    assert [_label(g.conferrer) for g in facts.grants] == ["Tư lệnh Quân khu 3"]
    # negative: a head noun the headline names no body of, or a body named in full after the title
    givers, _ = seen(centre, "Giám đốc Công ty trao Giấy khen cho 14 cá nhân.")
    assert givers == [None]
    _, posts = seen(centre, "Ông Hà Văn Lộc, Giám đốc Công ty Cổ phần Đông Bắc phát biểu.")
    assert posts["Hà Văn Lộc"] != {("Giám đốc", "Trung tâm Y tế huyện Văn Lãng")}


def test_an_item_naming_an_award_then_its_holders_gives_it_to_each_of_them():
    body = (
        "Ngày 15/3/2023, UBND tỉnh tổ chức Lễ trao tặng Huân chương Lao động cho các cá nhân có thành tích xuất sắc trong "
        "giai đoạn 2017 - 2021. Ông Lâm Văn Bi, Phó Chủ tịch UBND tỉnh trao Huân chương cho các cá nhân, gồm:\n"
        "- Huân chương Lao động hạng Nhì: ông Nguyễn Văn Hùng, nguyên Giám đốc Sở Tài chính.\n"
        "- Huân chương Lao động hạng Ba: bà Trần Thị Mai, Giám đốc Sở Y tế; ông Lê Văn Phúc, Giám đốc Sở Xây dựng.\n"
    )
    rows = grants_of(body)
    assert [(r[0], r[1], r[2], r[5], r[6], r[7], r[10]) for r in rows] == [
        ("huan-chuong-lao-dong-hang-nhi", "individual", 1, "Chủ tịch nước", "Lâm Văn Bi", "2017-2021", "Nguyễn Văn Hùng"),
        ("huan-chuong-lao-dong-hang-ba", "individual", 2, "Chủ tịch nước", "Lâm Văn Bi", "2017-2021", None),
    ]
    # bodies named after the colon, and the heading's giver
    rows = grants_of("Chủ tịch UBND huyện Văn Lãng tặng Giấy khen như sau:\n- Giấy khen: Trường THCS Kim Đồng; Trường THCS Lê Lợi.\n")
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [("giay-khen", "collective", 2, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng")]
    # bodies and people named together: each kind, the people's posts no recipients
    text = (
        "Chủ tịch UBND huyện Văn Lãng tặng Giấy khen như sau:\n- Giấy khen: Trường THCS Kim Đồng; ông Hoàng Văn Nam, "
        "Hiệu trưởng Trường THCS Lê Lợi; bà Lý Thị Hoa, Phó Trưởng Công an xã Tân Mỹ.\n"
    )
    assert [(r[0], r[1], r[2], r[10]) for r in grants_of(text)] == [
        ("giay-khen", "collective", 1, "Trường THCS Kim Đồng"), ("giay-khen", "individual", 2, None)
    ]  # fmt: skip
    # an item that is no list's of awards given is not read so
    assert grants_of("Các đại biểu gồm:\n- Huân chương Lao động hạng Ba: đồng chí Nguyễn Văn Hùng giới thiệu.\n") == []


def test_the_one_recipient_named_right_after_its_count_is_the_grant_s():
    rows = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho 1 tập thể là Trường THCS Kim Đồng.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", 1, "Trường THCS Kim Đồng")]
    rows = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho 01 cá nhân: ông Nguyễn Văn Hùng, Phó Chủ tịch UBND xã.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", 1, "Nguyễn Văn Hùng")]
    # several counted are not one named
    rows = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho 2 tập thể là Trường THCS Kim Đồng và Trường THCS Lê Lợi.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", 2, None)]


def test_an_office_whose_title_ends_with_its_body_s_head_noun_says_it_once():
    rows = grants_of("Trưởng Ban Thi đua - Khen thưởng tỉnh Lạng Sơn tặng Giấy khen cho 5 cá nhân.")
    assert [r[5] for r in rows] == ["Trưởng Ban Thi đua - Khen thưởng tỉnh Lạng Sơn"]
    rows = grants_of("Trưởng phòng Phòng Giáo dục và Đào tạo huyện Văn Lãng tặng Giấy khen cho 5 giáo viên.")
    assert [r[5] for r in rows] == ["Trưởng Phòng Giáo dục và Đào tạo huyện Văn Lãng"]
    rows = grants_of("Giám đốc Sở Nội vụ tỉnh Lạng Sơn tặng Giấy khen cho 5 cá nhân.")
    assert [r[5] for r in rows] == ["Giám đốc Sở Nội vụ tỉnh Lạng Sơn"]


def test_bodies_the_subject_lists_each_receive():
    rows = grants_of("Năm 2022, xã Tân Lập và thị trấn Na Sầm được tặng Cờ thi đua của UBND tỉnh.")
    assert [(r[0], r[1], r[2], r[10]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "collective", 2, None)]
    rows = grants_of("Năm 2022, Trường THCS Kim Đồng, Trường THCS Lê Lợi và xã Tân Lập được tặng Cờ thi đua của UBND tỉnh.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "collective", 3)]
    # one body and something else is not a list of bodies
    rows = grants_of("Năm 2022, xã Tân Lập và nhiều hộ dân được tặng Cờ thi đua của UBND tỉnh.")
    assert [(r[0], r[2]) for r in rows] != [("co-thi-dua-cap-bo-tinh", 2)]


def test_a_numbered_heading_opens_a_list_of_awards_given():
    body = "Năm 2022, huyện đạt nhiều kết quả.\n1. Khen thưởng cấp Nhà nước:\n- Huân chương Lao động hạng Ba: 01 tập thể;\n- Bằng khen của Thủ tướng Chính phủ: 02 cá nhân.\n"
    assert short(grants_of(body)) == [("huan-chuong-lao-dong-hang-ba", "collective", 1), ("bang-khen-thu-tuong", "individual", 2)]
    # a numbered heading that gives nothing opens no such list: holders counted are no grant
    body = "Năm 2022, huyện đạt nhiều kết quả.\n1. Về truyền thống:\n- Huân chương Lao động hạng Ba: 01 tập thể;\n"
    assert grants_of(body) == []


def test_a_report_that_opens_on_its_numbered_headings_reads_its_first_items_under_them():
    # the headings stand right under the dateline, above the first item: the body's, not the page's header
    body = "II. KẾT QUẢ THI ĐUA KHEN THƯỞNG\n1. Khen thưởng cấp Nhà nước\n- Huân chương Lao động hạng Ba: 01 tập thể;\n- Bằng khen của Thủ tướng Chính phủ: 02 cá nhân.\n"
    assert short(grants_of(body)) == [("huan-chuong-lao-dong-hang-ba", "collective", 1), ("bang-khen-thu-tuong", "individual", 2)]
    # a heading of its own line with no number does so too, right over the items
    body = "Năm 2022, huyện đạt nhiều kết quả.\nKết quả khen thưởng cấp Nhà nước\n- Huân chương Lao động hạng Nhì: 02 tập thể;\n"
    assert short(grants_of(body)) == [("huan-chuong-lao-dong-hang-nhi", "collective", 2)]
    # negative: one that gives nothing, over a holders' item, opens no such list
    body = "Năm 2022, huyện đạt nhiều kết quả.\nTruyền thống của đơn vị\n- Huân chương Lao động hạng Ba: 01 tập thể;\n"
    assert grants_of(body) == []
    # negative: a pen name after an initial over the text is not a heading of the body ('V. Thanh Hùng')
    doc = article("Huyện Văn Lãng tổng kết\n20/01/2023 09:00\nV. Thanh Hùng\nUBND huyện tặng Giấy khen cho 5 tập thể.\n")[0]
    assert [s.text for s in doc.sentences][1:] == ["UBND huyện tặng Giấy khen cho 5 tập thể."]


def test_the_giver_after_an_item_s_label_and_colon():
    rows = grants_of("Năm 2022, huyện đạt nhiều kết quả.\n3. Khen thưởng cấp huyện: UBND huyện Văn Lãng tặng Giấy khen cho 125 tập thể.")
    assert [(r[0], r[5]) for r in rows] == [("giay-khen", "Ủy ban nhân dân huyện Văn Lãng")]
    # a colon in a time of day is no label
    rows = grants_of("Lúc 10:30 UBND huyện Văn Lãng tặng Giấy khen cho 125 tập thể.")
    assert [(r[0], r[5]) for r in rows] == [("giay-khen", "Ủy ban nhân dân huyện Văn Lãng")]


def test_the_year_a_work_report_names_is_not_the_achievement_its_awards_reward():
    def periods(headline: str) -> list[str | None]:
        text = f"{headline}\n10/01/2023 09:00\nChủ tịch UBND huyện Văn Lãng tặng Giấy khen cho 125 tập thể.\nTrần Thu Hương\n"
        return [g.period for g in article(text)[1].grants]

    assert periods("Báo cáo kết quả công tác thi đua, khen thưởng năm 2022 của huyện Văn Lãng") == [None]
    # the results achieved in a year, rewarded
    assert periods("Khen thưởng các tập thể có kết quả xuất sắc năm 2022 ở huyện Văn Lãng") == ["2022"]


def test_an_award_handed_to_a_body_named_by_its_head_noun_goes_to_the_headline_s_body():
    facts = article(
        "Công ty Điện lực Quảng Bình tổng kết năm 2023\n20/04/2024 09:00\n"
        "Ông Hồ An Phong đã trao Cờ thi đua của UBND tỉnh cho Công ty vì đã hoàn thành xuất sắc nhiệm vụ năm 2023.\nTrần Thu Hương\n"
    )[1]
    assert [(g.award, g.count, g.recipient, g.presenter, g.period) for g in facts.grants] == [
        ("co-thi-dua-cap-bo-tinh", 1, "Công ty Điện lực Quảng Bình", "Hồ An Phong", "2023")
    ]
    # a head noun the headline names no body of is no recipient
    facts = article(
        "Huyện Văn Lãng tổng kết năm 2023\n20/04/2024 09:00\n"
        "Ông Hồ An Phong đã trao Cờ thi đua của UBND tỉnh cho Công ty vì đã hoàn thành xuất sắc nhiệm vụ năm 2023.\nTrần Thu Hương\n"
    )[1]
    assert [g.recipient for g in facts.grants] in ([], [None])


def test_a_recipient_s_name_ends_before_the_decision_it_is_given_by():
    def given(
        clause: str, headline: str = "Trung tâm Y tế huyện Văn Lãng kỷ niệm 50 năm thành lập"
    ) -> list[tuple[str, str | None, str | None]]:
        facts = article(f"{headline}\n20/04/2024 09:00\nÔng Hồ An Phong đã trao Huân chương Lao động hạng Ba {clause}.\nTrần Thu Hương\n")[
            1
        ]
        return [(g.award, g.recipient, g.presenter) for g in facts.grants]

    # the headline's body by its head noun, then the decision
    assert given("cho tập thể Trung tâm theo Quyết định số 88/QĐ-CTN ngày 2/1/2024") == [
        ("huan-chuong-lao-dong-hang-ba", "Trung tâm Y tế huyện Văn Lãng", "Hồ An Phong")
    ]
    # a unit by its head noun and its name, then the decision: the name stops before it
    assert given("cho Khoa Nhi theo quyết định của Chủ tịch nước") == [("huan-chuong-lao-dong-hang-ba", "Khoa Nhi", "Hồ An Phong")]
    # 'theo dõi' is a word of the unit's name, not a decision
    assert given("cho Tổ theo dõi dịch bệnh") == [("huan-chuong-lao-dong-hang-ba", "Tổ theo dõi dịch bệnh", "Hồ An Phong")]


def test_people_given_an_award_each_with_a_title_in_brackets_are_all_its_recipients():
    rows = grants_of(
        "Phó Chủ tịch UBND tỉnh Hà Sỹ Đồng trao Huân chương Lao động hạng Ba cho ông Nguyễn Văn Bình (nguyên Giám đốc Sở "
        "Nội vụ), ông Lê Minh Hải (nguyên Giám đốc Sở Tài chính) và bà Trần Thị Thu (nguyên Giám đốc Sở Y tế)."
    )
    assert [(r[0], r[2], r[10]) for r in rows] == [("huan-chuong-lao-dong-hang-ba", 3, None)]
    # a person named after the list's end receives nothing
    rows = grants_of(
        "Ông Hà Sỹ Đồng trao Huân chương Lao động hạng Ba cho ông Nguyễn Văn Bình (nguyên Giám đốc Sở Nội vụ). Ông Lê Minh Hải phát biểu."
    )
    assert [(r[0], r[2], r[10]) for r in rows] == [("huan-chuong-lao-dong-hang-ba", 1, "Nguyễn Văn Bình")]


@pytest.mark.parametrize("cue", ["Tại buổi gặp mặt", "Tại chương trình", "Tại phiên họp", "Tại buổi họp mặt"])
def test_grants_given_at_the_event_by_its_other_names_are_placed_at_it(cue):
    body = "Ngày 18/1/2023, UBND huyện Văn Lãng tổ chức gặp mặt các điển hình tiên tiến.\nTrong năm, huyện đạt nhiều kết quả.\n"
    rows = grants_of(body + f"{cue}, UBND huyện Văn Lãng tặng Giấy khen cho 10 hộ gia đình.")
    assert [(r[0], r[8], r[9]) for r in rows] == [("giay-khen", "e1", dt.date(2023, 1, 18))]


def test_grants_told_apart_from_the_event_with_no_cue_are_not_placed_at_it():
    body = "Ngày 18/1/2023, UBND huyện Văn Lãng tổ chức gặp mặt các điển hình tiên tiến.\nTrong năm, huyện đạt nhiều kết quả.\n"
    rows = grants_of(body + "Năm 2022, UBND huyện Văn Lãng tặng Giấy khen cho 10 hộ gia đình.")
    assert [(r[0], r[8]) for r in rows] == [("giay-khen", None)]


def test_a_deed_a_headline_opens_on_counts_what_was_done_not_who_was_given():
    def counts_of(headline: str) -> list:
        facts = article(
            f"{headline}\n05/08/2023\nChiều 4/8, UBND tỉnh Lạng Sơn tặng Bằng khen cho em Hoàng Văn Đức vì đã dũng cảm cứu "
            "người.\nTrần Thu Hương\n"
        )[1]
        return sorted(g.count for g in facts.grants)

    assert counts_of("Cứu 3 người đuối nước, nam sinh được tặng Bằng khen") == [1]
    assert counts_of("Dũng cảm cứu sống 2 em nhỏ, một học sinh được tặng Bằng khen") == [1]
    # negative: a count the headline gives to those given is theirs
    assert counts_of("Khen thưởng 3 người cứu người đuối nước, nam sinh được tặng Bằng khen") == [1, 3]


def test_a_passive_after_one_that_named_its_giver_shares_it_for_awards_of_that_giver_s_level():
    rows = grants_of(
        "Năm 2022, 3 tập thể được UBND tỉnh tặng Cờ thi đua; 12 tập thể, 20 cá nhân được tặng Bằng khen; 30 cá nhân được "
        "công nhận danh hiệu Chiến sĩ thi đua cơ sở."
    )
    assert [(r[0], r[2], r[5]) for r in rows] == [
        ("co-thi-dua-cap-bo-tinh", 3, "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("bang-khen-cap-bo-tinh", 12, "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("bang-khen-cap-bo-tinh", 20, "Ủy ban nhân dân tỉnh Lạng Sơn"),
        # negative: a title of a unit's level is not the province's to give
        ("chien-si-thi-dua-co-so", 30, None),
    ]
    # negative: nor after a passive that named no giver
    rows = grants_of("3 tập thể được tặng Cờ thi đua; 12 tập thể được tặng Bằng khen.")
    assert [r[5] for r in rows] == [None, None]


def test_a_count_said_of_a_recipient_named_is_not_the_award_s_but_a_count_beside_them_is():
    rows = grants_of("Tỉnh đoàn truy tặng Huy hiệu “Tuổi trẻ dũng cảm” cho anh Trần Hữu Hiệp - người đã cứu sống 5 người.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("huy-hieu", 1, "Trần Hữu Hiệp")]
    rows = grants_of("UBND huyện Văn Lãng tặng Giấy khen cho anh Lê Văn Nam, người đã cứu 3 em nhỏ.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("giay-khen", 1, "Lê Văn Nam")]
    rows = grants_of("UBND huyện Văn Lãng tặng Giấy khen cho ông Nguyễn Văn Nam và 5 cá nhân khác.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("giay-khen", 1, "Nguyễn Văn Nam"), ("giay-khen", 5, None)]
    # one named among those counted is the count's
    rows = grants_of("UBND huyện Văn Lãng tặng Giấy khen cho 5 cá nhân, trong đó có ông Nguyễn Văn Nam.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("giay-khen", 5, None)]


def test_a_sentence_that_points_back_to_the_event_keeps_its_paragraph_there():
    body = "Ngày 18/1/2023, UBND huyện Văn Lãng tổ chức lễ phát động thi đua.\nTrong năm, huyện đạt nhiều kết quả.\n"
    rows = grants_of(
        body + "Cũng tại buổi lễ, các khối thi đua ký kết giao ước. Chủ tịch UBND huyện Văn Lãng tặng Giấy khen cho 10 tập thể."
    )
    assert [(r[0], r[8]) for r in rows] == [("giay-khen", "e1")]
    # a paragraph that does not point back to it is told apart from it
    rows = grants_of(body + "Các khối thi đua ký kết giao ước. Chủ tịch UBND huyện Văn Lãng tặng Giấy khen cho 10 tập thể.")
    assert [(r[0], r[8]) for r in rows] == [("giay-khen", None)]


def test_a_cue_naming_a_kind_of_event_places_grants_at_that_one_and_a_unit_is_its_people():
    facts = article(
        "Huyện Văn Lãng tổng kết thi đua\n15/01/2024 10:00\n"
        "Sáng 12/1, UBND huyện Văn Lãng tổ chức Hội nghị tổng kết công tác thi đua năm 2023. Chiều 12/1, UBND huyện tổ chức "
        "Lễ trao Huân chương Lao động hạng Ba cho xã Tân Lập.\nTại lễ trao Huân chương, ông Lê Văn Ba trao Huân chương Lao "
        "động hạng Ba cho Đảng bộ, chính quyền và Nhân dân xã Tân Lập. Tại hội nghị, UBND huyện tặng Giấy khen cho 30 tập thể."
        "\nTrần Thu Hương\n"
    )[1]
    keys = {e.kind: e.key for e in facts.events}
    assert sorted((g.award, g.count, g.event, g.presenter) for g in facts.grants) == [
        ("giay-khen", 30, keys["Conference"], None),
        ("huan-chuong-lao-dong-hang-ba", 1, keys["Ceremony"], "Lê Văn Ba"),
    ]


def test_a_unit_s_people_in_two_wordings_receive_one_grant():
    def given(third: str) -> list[tuple]:
        facts = article(
            "Huyện Văn Lãng đón nhận Cờ thi đua của Chính phủ\n15/01/2024 10:00\n"
            "Sáng 12/1, huyện Văn Lãng tổ chức Lễ đón nhận Cờ thi đua của Chính phủ. Cán bộ và Nhân dân các dân tộc huyện Văn "
            f"Lãng vinh dự được Thủ tướng Chính phủ tặng Cờ thi đua. Ông Lê Văn Ba đã trao Cờ thi đua cho {third}."
            "\nTrần Thu Hương\n"
        )[1]
        return [(g.award, g.presenter, g.recipient) for g in facts.grants]

    assert given("Đảng bộ, chính quyền và Nhân dân huyện Văn Lãng") == [
        ("co-thi-dua-chinh-phu", "Lê Văn Ba", "Nhân dân và cán bộ huyện Văn Lãng")
    ]
    # the people of another unit are other recipients
    assert len(given("Đảng bộ, chính quyền và Nhân dân xã Tân Lập")) == 2


def test_a_commune_s_level_word_alone_is_the_article_s_commune():
    def received(sentence: str) -> list[tuple]:
        facts = article(f"Phường Trần Phú tổng kết công tác năm 2023\n20/12/2023 09:00\n{sentence}\nTrần Thu Hương\n")[1]
        return [(g.award, g.count, g.recipient) for g in facts.grants]

    assert received("Năm 2023, phường được UBND thành phố tặng Giấy khen.") == [("giay-khen", 1, "phường Trần Phú")]
    # the level word of another kind of commune is not this one
    assert received("Năm 2023, xã được UBND thành phố tặng Giấy khen.") == []
    # as the object given to, too ('trao Bằng khen ... cho phường.'), the end of the recipients' phrase after it
    assert received("Ông Lê Văn An trao Bằng khen của UBND thành phố cho phường.") == [("bang-khen-cap-bo-tinh", 1, "phường Trần Phú")]
    rows = received("UBND thành phố tặng Giấy khen cho phường vì đã có thành tích xuất sắc.")
    assert rows == [("giay-khen", 1, "phường Trần Phú")]
    # negative: the word before a name of its own is that commune's; a plural is none
    assert received("UBND thành phố tặng Giấy khen cho phường Lê Lợi.") == [("giay-khen", 1, "phường Lê Lợi")]
    assert received("UBND thành phố tặng Giấy khen cho các phường.") == [("giay-khen", None, None)]


def test_a_commune_s_level_word_alone_gives_and_launches_by_its_committee():
    def told(sentence: str) -> tuple[list, list]:
        facts = article(f"Phường Trần Phú tổng kết công tác năm 2023\n20/12/2023 09:00\n{sentence}\nTrần Thu Hương\n")[1]
        return [_label(g.conferrer) for g in facts.grants], [_label(c.launched_by) for c in facts.campaigns]

    assert told("Dịp này, phường tặng Giấy khen cho 5 hộ gia đình.")[0] == ["Ủy ban nhân dân phường Trần Phú"]
    assert told("Năm 2023, phường đã phát động phong trào thi đua “Phường văn minh, sạch đẹp”.")[1] == ["Ủy ban nhân dân phường Trần Phú"]
    # the level word of another kind of commune is not this one
    assert told("Dịp này, xã tặng Giấy khen cho 5 hộ gia đình.")[0] == [None]


def test_a_year_compared_with_is_not_the_period_rewarded():
    rows = grants_of("Kết quả bình xét, có 1778 hộ đạt chuẩn (tăng 3% so với năm 2021); 10 hộ đạt danh hiệu Gia đình văn hóa tiêu biểu.")
    assert [(r[0], r[7]) for r in rows] == [("gia-dinh-van-hoa", None)]
    rows = grants_of("UBND huyện Văn Lãng tặng Giấy khen cho 5 tập thể có thành tích năm 2022, tăng 2 tập thể so với cùng kỳ năm 2021.")
    assert [(r[0], r[7]) for r in rows] == [("giay-khen", "2022")]
    # nor a birth year
    rows = grants_of("Ông Hoàng Văn An, sinh năm 1970, trú tại thôn Nà Pá được Chủ tịch UBND huyện Văn Lãng tặng Giấy khen.")
    assert [(r[0], r[7], r[10]) for r in rows] == [("giay-khen", None, "Hoàng Văn An")]
    rows = grants_of("Em Hoàng Văn Bình (sinh năm 2010) được Chủ tịch UBND huyện Văn Lãng tặng Giấy khen vì thành tích năm 2022.")
    assert [(r[0], r[7]) for r in rows] == [("giay-khen", "2022")]
    # nor the year of a date written out
    rows = grants_of("Ngày 11 tháng 3 năm 2023, UBND huyện Văn Lãng đã khen thưởng Trường THCS Lê Lợi vì thành tích xuất sắc.")
    assert [(r[0], r[7], r[10]) for r in rows] == [("khen-thuong", None, "Trường THCS Lê Lợi")]
    rows = grants_of("UBND huyện Văn Lãng tặng Giấy khen cho 4 cá nhân có thành tích xuất sắc, tại lễ ngày 5 tháng 1, năm 2023.")
    assert [(r[0], r[7]) for r in rows] == [("giay-khen", None)]
    # the year the achievement is of, before such a date, still is
    rows = grants_of("UBND huyện Văn Lãng tặng Giấy khen cho 4 cá nhân có thành tích năm 2022, tại lễ ngày 5 tháng 1 năm 2023.")
    assert [(r[0], r[7]) for r in rows] == [("giay-khen", "2022")]


def test_a_grant_told_as_given_before_the_event_is_not_placed_at_it():
    body = "Ngày 18/1/2023, UBND huyện Văn Lãng tổ chức lễ truy tặng Huân chương Dũng cảm cho anh Lê Văn Nam. "
    rows = grants_of(body + "Trước đó, Chủ tịch UBND tỉnh đã tặng Bằng khen cho 3 cá nhân.")
    assert [(r[0], r[8]) for r in rows if r[0] == "bang-khen-cap-bo-tinh"] == [("bang-khen-cap-bo-tinh", None)]
    rows = grants_of(body + "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 3 cá nhân.")
    assert [(r[0], r[8]) for r in rows if r[0] == "bang-khen-cap-bo-tinh"] == [("bang-khen-cap-bo-tinh", "e1")]
    # (nor where it names a gathering of its own kind: 'tại hội nghị ... của tỉnh', told as earlier)
    rows = grants_of(body + "Trước đó, 4 cá nhân đã được UBND tỉnh tuyên dương tại Hội nghị điển hình tiên tiến của tỉnh.")
    assert [(r[0], r[2], r[8]) for r in rows if r[0] == "khen-thuong"] == [("khen-thuong", 4, None)]
    rows = grants_of(body + "Tại hội nghị, 4 cá nhân được UBND tỉnh tuyên dương.")
    assert [(r[0], r[2], r[8]) for r in rows if r[0] == "khen-thuong"] == [("khen-thuong", 4, "e1")]


def test_a_grant_on_the_line_after_grants_given_at_the_event_was_given_there_too():
    given = "Tại hội nghị, Chủ tịch UBND tỉnh tặng Bằng khen cho 3 tập thể.\n"
    rows = grants_of(given + "Chủ tịch UBND huyện Văn Lãng tặng Giấy khen cho 40 cá nhân.", with_event=True)
    assert [(r[0], r[8]) for r in rows] == [("bang-khen-cap-bo-tinh", "e1"), ("giay-khen", "e1")]
    # not one told as given before, nor one after a line that gave nothing
    rows = grants_of(given + "Trước đó, Chủ tịch UBND huyện Văn Lãng đã tặng Giấy khen cho 40 cá nhân.", with_event=True)
    assert [(r[0], r[8]) for r in rows] == [("bang-khen-cap-bo-tinh", "e1"), ("giay-khen", None)]
    rows = grants_of(
        given + "Năm 2022, huyện có 12 xã đạt chuẩn nông thôn mới.\nChủ tịch UBND huyện Văn Lãng tặng Giấy khen cho 40 cá nhân.",
        with_event=True,
    )
    assert [(r[0], r[8]) for r in rows] == [("bang-khen-cap-bo-tinh", "e1"), ("giay-khen", None)]


def test_items_naming_those_a_heading_gives_to_count_them():
    body = (
        "Chủ tịch UBND huyện Văn Lãng tặng Giấy khen cho các cá nhân có thành tích xuất sắc, cụ thể như sau:\n"
        "- Ông Lý Văn Chư, Chủ tịch UBND xã Tân Lập.\n- Bà Hoàng Thị Mai, công chức xã Tân Mỹ.\n- Ông Vi Văn Sử, trưởng thôn Nà Pàn.\n"
    )
    assert [(r[0], r[1], r[2], r[10]) for r in grants_of(body)] == [("giay-khen", "individual", 3, None)]
    one = "Chủ tịch UBND huyện Văn Lãng tặng Giấy khen cho các cá nhân có thành tích xuất sắc, gồm:\n- Ông Lý Văn Chư, Chủ tịch UBND xã Tân Lập.\n"
    assert [(r[0], r[2], r[10]) for r in grants_of(one)] == [("giay-khen", 1, "Lý Văn Chư")]
    # items of a list that is no giving's are not counted as its recipients
    other = "Chủ tịch UBND huyện Văn Lãng tặng Giấy khen cho các cá nhân có thành tích xuất sắc.\nĐại biểu dự gồm:\n- Ông Lý Văn Chư.\n"
    assert [(r[0], r[2]) for r in grants_of(other)] == [("giay-khen", None)]


def test_a_medal_of_no_state_name_a_body_gives_is_that_body_s():
    # (its own medal: the law's commemorative medal of a central body, not the State President's 'Huy chương')
    rows = grants_of("Trung ương Đoàn tặng Huy chương Vì thế hệ trẻ cho 2 cá nhân.")
    assert [(r[0], r[5]) for r in rows] == [("ky-niem-chuong", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")]
    # a medal given with no giver said, or a state medal, is the President's
    rows = grants_of("Truy tặng Huy chương kháng chiến hạng Nhất cho 9 cá nhân.")
    assert [(r[0], r[5]) for r in rows] == [("huy-chuong", "Chủ tịch nước")]
    rows = grants_of("Bộ Công an tặng Huy chương Vì an ninh Tổ quốc cho 2 cá nhân.")
    assert [(r[0], r[5]) for r in rows] == [("huy-chuong-vi-an-ninh-to-quoc", "Chủ tịch nước")]
    # a state medal handed over by an office, or one named with its class, is the President's too
    rows = grants_of("Đồng chí Lê Văn Hùng, Bí thư Huyện ủy trao Huy chương Kháng chiến hạng Nhất cho 12 cá nhân.")
    assert [(r[0], r[5]) for r in rows] == [("huy-chuong", "Chủ tịch nước")]
    rows = grants_of("Bộ Tư lệnh Quân khu 3 tặng Huy chương Chiến sĩ giải phóng hạng Ba cho 4 cá nhân.")
    assert [(r[0], r[5]) for r in rows] == [("huy-chuong", "Chủ tịch nước")]


def test_a_bare_medal_a_body_hands_over_with_an_order_is_the_state_s():
    facts = article(
        "Công an tỉnh Hà Giang trao Huân chương, Huy chương cho cán bộ, chiến sĩ\nSáng 19/8/2023, Công an tỉnh Hà Giang tổ chức"
        " Lễ trao Huân chương, Huy chương cho các tập thể, cá nhân. Công an tỉnh đã trao Huân chương Chiến công hạng Ba cho 4 cá"
        " nhân và Huy chương Chiến sĩ vẻ vang hạng Nhất cho 15 đồng chí.\nTrần Thu Hương\n"
    )[1]
    assert "ky-niem-chuong" not in {g.award for g in counted_once(facts.grants)}
    # negative: one a body gives alone is its own medal still
    rows = grants_of("Tỉnh đoàn Lạng Sơn trao Huy chương cho 5 cá nhân có nhiều đóng góp.")
    assert [r[0] for r in rows] == ["ky-niem-chuong"]


def test_awards_listed_together_for_recipients_named_by_kind_are_each_given_to_them():
    rows = grants_of("Lãnh đạo tỉnh, huyện lần lượt trao Bằng khen, Giấy khen cho các tập thể, cá nhân.")
    assert short(rows) == [("bang-khen-cap-bo-tinh", "mixed", None), ("giay-khen", "mixed", None)]
    rows = grants_of("Lãnh đạo huyện trao Cờ thi đua và Bằng khen cho các tập thể.")
    assert short(rows) == [("co-thi-dua-cap-bo-tinh", "collective", None), ("bang-khen-cap-bo-tinh", "collective", None)]


def test_a_household_named_by_its_head_is_a_collective_recipient():
    rows = grants_of("Gia đình ông Nguyễn Văn Bình được UBND xã Tân Lập tặng Giấy khen.")
    assert [(r[0], r[1], r[2], r[10]) for r in rows] == [("giay-khen", "collective", 1, "Gia đình ông Nguyễn Văn Bình")]
    rows = grants_of("Hộ bà Hoàng Thị Mai được UBND huyện Văn Lãng tặng Giấy khen vì sản xuất giỏi.")
    assert [(r[1], r[10]) for r in rows] == [("collective", "Hộ bà Hoàng Thị Mai")]
    # given to, after 'cho': the household too, a martyr's family among them
    rows = grants_of("UBND huyện Văn Lãng tặng Giấy khen cho gia đình bà Lý Thị Hoa vì đã hiến 500 m2 đất làm đường.")
    assert [(r[1], r[2], r[10]) for r in rows] == [("collective", 1, "gia đình bà Lý Thị Hoa")]
    rows = grants_of("Chỉ huy trưởng tặng Giấy khen cho gia đình liệt sĩ Hoàng Văn Thụ.")
    assert [(r[1], r[10]) for r in rows] == [("collective", "gia đình liệt sĩ Hoàng Văn Thụ")]
    # the person alone is an individual
    rows = grants_of("Ông Nguyễn Văn Bình được UBND huyện Văn Lãng tặng Giấy khen.")
    assert [(r[1], r[10]) for r in rows] == [("individual", "Nguyễn Văn Bình")]
    rows = grants_of("UBND huyện Văn Lãng tặng Giấy khen cho bà Lý Thị Hoa.")
    assert [(r[1], r[10]) for r in rows] == [("individual", "Lý Thị Hoa")]


def test_the_council_that_proposes_confers_nothing():
    body = "Ngày 18/1/2023, Hội đồng Thi đua - Khen thưởng huyện Văn Lãng họp xét khen thưởng.\n"
    rows = grants_of(body + "Hội đồng thống nhất đề nghị tặng danh hiệu Chiến sĩ thi đua cấp tỉnh cho 16 cá nhân.")
    assert [(r[0], r[4], r[5]) for r in rows] == [("chien-si-thi-dua-cap-bo-tinh", "proposed", None)]
    rows = grants_of(
        "Hội đồng Thi đua - Khen thưởng huyện Văn Lãng đã tổ chức họp, bình xét lựa chọn 4 tập thể để đề nghị UBND huyện "
        "Văn Lãng khen thưởng; lựa chọn 01 tập thể đề nghị khen thưởng cấp tỉnh."
    )
    assert [(r[2], r[4], r[5]) for r in rows] == [(4, "proposed", "Ủy ban nhân dân huyện Văn Lãng"), (1, "proposed", None)]
    # the giver the proposal names is the conferrer
    rows = grants_of(body + "Hội đồng thống nhất đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 16 cá nhân.")
    assert [(r[0], r[4], r[5]) for r in rows] == [("bang-khen-cap-bo-tinh", "proposed", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn")]


def test_a_headline_s_commendation_that_sums_what_the_event_gave_is_no_grant_of_its_own():
    def told(headline: str) -> list[tuple]:
        facts = article(
            f"{headline}\n20/01/2023 09:00\n{EVENT}Dịp này, UBND tỉnh tặng Cờ thi đua cho 5 tập thể; Chủ tịch UBND tỉnh tặng "
            "Bằng khen cho 60 tập thể và 85 cá nhân. Trước đó, Thủ tướng Chính phủ đã tặng Bằng khen cho 4 tập thể.\nTrần Thu Hương\n"
        )[1]
        return sorted((g.award, g.count) for g in counted_once(facts.grants))

    body = [("bang-khen-cap-bo-tinh", 60), ("bang-khen-cap-bo-tinh", 85), ("bang-khen-thu-tuong", 4), ("co-thi-dua-cap-bo-tinh", 5)]
    assert told("Huyện Văn Lãng biểu dương 150 điển hình tiên tiến") == body
    # a number the event's grants do not add up to is a grant of its own
    assert told("Huyện Văn Lãng biểu dương 120 điển hình tiên tiến") == sorted([*body, ("khen-thuong", 120)])


def test_a_headline_s_commendation_that_sums_the_body_s_grants_at_no_event_is_no_grant_of_its_own():
    def told(headline: str) -> list[tuple]:
        return counted_kinds(
            article(
                f"{headline}\n08/05/2024 09:00\nBan Thường vụ Huyện ủy Văn Lãng tặng Giấy khen cho 15 tập thể và 35 cá nhân điển "
                "hình trong học tập và làm theo Bác.\nTrần Thu Hương\n"
            )[1]
        )

    body = [("giay-khen", "collective", 15), ("giay-khen", "individual", 35)]
    # 'gương' counts people, the body gives to bodies too: the headline is loose about the kind, not about the sum
    assert told("Huyện Văn Lãng biểu dương 50 gương người tốt, việc tốt") == body
    assert told("Huyện Văn Lãng biểu dương 45 gương người tốt, việc tốt") == sorted([*body, ("khen-thuong", "individual", 45)])


def test_a_headline_s_loose_commendation_that_sums_one_award_of_the_body_beside_another_giver_s_is_no_grant_of_its_own():
    def told(headline: str) -> list[tuple]:
        return counted_kinds(
            article(
                f"{headline}\n15/06/2023 09:00\nChiều 14/6, Quận ủy Hải An tổ chức hội nghị biểu dương điển hình. Ban Thường vụ Quận "
                "ủy đã tặng giấy khen cho 12 tập thể và 28 cá nhân. Ngoài ra, 1 tập thể và 2 cá nhân được Ban Thường vụ Thành ủy "
                "tặng bằng khen.\nTrần Thu Hương\n"
            )[1]
        )

    body = [
        ("bang-khen-cap-bo-tinh", "collective", 1),
        ("bang-khen-cap-bo-tinh", "individual", 2),
        ("giay-khen", "collective", 12),
        ("giay-khen", "individual", 28),
    ]
    # 'gương' counts people; the 40 are the certificates' 12 bodies and 28 people, the city's 3 told besides
    assert told("Quận Hải An biểu dương 40 gương điển hình tiên tiến") == body
    # a number no award's grants add up to is a grant of its own
    assert told("Quận Hải An biểu dương 41 gương điển hình tiên tiến") == sorted([*body, ("khen-thuong", "individual", 41)])
    # negative: a count of one kind is loose about nothing where one award's grants of that kind add up to it, not all
    facts = article(
        "Quận Hải An khen thưởng 20 cá nhân\n15/06/2023 09:00\nNgày 14/6, Chủ tịch UBND thành phố tặng Bằng khen cho 8 cá nhân. "
        "Ngày 15/6, UBND quận tặng Giấy khen cho 10 cá nhân. Dịp này, Chủ tịch UBND thành phố cũng tặng Bằng khen cho 12 cá "
        "nhân.\nTrần Thu Hương\n"
    )[1]
    assert ("khen-thuong", 20) in [(g.award, g.count) for g in counted_once(facts.grants)]


def test_a_headline_s_loose_commendation_that_sums_one_giver_s_award_told_beside_another_s_is_no_grant_of_its_own():
    def told(headline: str) -> list[tuple]:
        return counted_kinds(
            article(
                f"{headline}\n12/11/2022 09:00\nSáng 11/11, Huyện đoàn Mỹ Lộc tổ chức tuyên dương thanh niên tiêu biểu. Dịp này, Ban "
                "Chấp hành Huyện đoàn tặng Giấy khen cho 14 tập thể và 26 cá nhân; Tỉnh đoàn tặng Giấy khen cho 2 tập thể.\n"
                "Trần Thu Hương\n"
            )[1]
        )

    body = [("giay-khen", "collective", 2), ("giay-khen", "collective", 14), ("giay-khen", "individual", 26)]
    # the 40 are the district union's 14 bodies and 26 people; the province's 2, of the same award, told beside them
    assert told("Mỹ Lộc tuyên dương 40 gương thanh niên tiêu biểu") == body
    # negative: a number no giver's grants add up to is a grant of its own
    assert told("Mỹ Lộc tuyên dương 38 gương thanh niên tiêu biểu") == sorted([*body, ("khen-thuong", "individual", 38)])


def test_a_headline_s_commendation_of_one_kind_that_sums_the_body_s_grants_of_that_kind_is_no_grant_of_its_own():
    def told(headline: str) -> list[tuple]:
        return counted_kinds(
            article(
                f"{headline}\n08/02/2024 09:00\nBan Thường vụ Huyện ủy Văn Lãng tặng Giấy khen cho 9 tổ chức cơ sở đảng trong sạch, vững "
                "mạnh tiêu biểu; 6 chi bộ tiêu biểu và 28 đảng viên hoàn thành xuất sắc nhiệm vụ.\nTrần Thu Hương\n"
            )[1]
        )

    body = [("giay-khen", "collective", 6), ("giay-khen", "collective", 9), ("giay-khen", "individual", 28)]
    assert told("Huyện Văn Lãng: 15 tập thể, 28 cá nhân được khen thưởng") == body
    # a count of that kind the body's do not add up to is a grant of its own
    assert told("Huyện Văn Lãng: 14 tập thể, 28 cá nhân được khen thưởng") == sorted([*body, ("khen-thuong", "collective", 14)])


def test_an_award_s_owner_written_right_after_it_without_cua_is_its_conferrer():
    rows = grants_of("Có 5 tập thể được tặng Cờ thi đua UBND tỉnh.")
    assert [(r[0], r[5]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "Ủy ban nhân dân tỉnh Lạng Sơn")]
    rows = grants_of("Có 5 cá nhân được tặng Bằng khen Bộ trưởng Bộ Công an.")
    assert [(r[0], r[5]) for r in rows] == [("bang-khen-cap-bo-tinh", "Bộ trưởng Bộ Công an")]
    # the recipients after the award are no owner
    rows = grants_of("UBND huyện Văn Lãng tặng Giấy khen 5 tập thể.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("giay-khen", 5, "Ủy ban nhân dân huyện Văn Lãng")]
    # (the Prime Minister's, proposed too: the Government's flag)
    for said in ("Huyện Văn Lãng được đề nghị tặng Cờ thi đua Thủ tướng Chính phủ năm 2021.", "Xã Tân Mỹ nhận Cờ thi đua Thủ tướng."):
        assert [(r[0], r[5]) for r in grants_of(said)] == [("co-thi-dua-chinh-phu", "Thủ tướng Chính phủ")], said
    # negative: the Prime Minister told after the clause's end gives none of it
    rows = grants_of("Chủ tịch UBND tỉnh trao Cờ thi đua cho xã Tân Mỹ; Thủ tướng Chính phủ gửi thư chúc mừng.")
    assert [(r[0], r[5]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn")]


def test_a_caption_repeating_a_body_grant_is_the_same_grant():
    rows = grants_of("Nhiều tập thể, cá nhân được khen thưởng\nDịp này, nhiều tập thể, cá nhân được khen thưởng.", with_event=True)
    assert short(rows) == [("khen-thuong", "mixed", None)]


def test_a_presentation_to_one_named_recipient_is_a_grant_of_one():
    rows = grants_of(
        "Tại hội nghị, thừa ủy quyền của Thủ tướng Chính phủ, ông Lương Văn Tú trao Cờ thi đua của Chính phủ cho Xã Tân Đoàn.\n"
        "Ông Lương Văn Tú, Phó Chủ tịch UBND tỉnh trao Cờ thi đua của Chính phủ cho xã Tân Đoàn",
        with_event=True,
    )
    assert rows == [
        (
            "co-thi-dua-chinh-phu",
            "collective",
            1,
            False,
            "conferred",
            "Thủ tướng Chính phủ",
            "Lương Văn Tú",
            None,
            "e1",
            dt.date(2023, 1, 18),
            "xã Tân Đoàn",
        )
    ]


def test_written_numbers_in_a_list_and_an_office_as_conferrer():
    rows = grants_of("Bộ trưởng Bộ Công an tặng Bằng khen cho bảy tập thể và hai cá nhân của huyện Văn Lãng.")
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", "collective", 7, "Bộ trưởng Bộ Công an"),
        ("bang-khen-cap-bo-tinh", "individual", 2, "Bộ trưởng Bộ Công an"),
    ]


def test_handing_over_to_the_collectives_and_individuals_presents_every_such_grant():
    rows = grants_of(
        "Dịp này, UBND tỉnh tặng Bằng khen cho 4 tập thể, 6 cá nhân của huyện Văn Lãng.\n"
        "Đồng chí Chu Minh Đức, Bí thư Huyện ủy trao Bằng khen của UBND tỉnh cho các tập thể, cá nhân",
        with_event=True,
    )
    assert [(r[1], r[2], r[6]) for r in rows] == [("collective", 4, "Chu Minh Đức"), ("individual", 6, "Chu Minh Đức")]
    # two nouns of two kinds listed after the plural are both kinds too; two of one kind, that kind alone
    counted = "Dịp này, 20 doanh nghiệp và 15 doanh nhân tiêu biểu được nhận Bằng khen của UBND tỉnh.\n"
    for handed, presented in (
        ("cho các doanh nghiệp, doanh nhân", [("collective", 20, "Chu Minh Đức"), ("individual", 15, "Chu Minh Đức")]),
        ("cho các doanh nghiệp và các hợp tác xã", [("collective", 20, "Chu Minh Đức"), ("individual", 15, None)]),
    ):
        rows = grants_of(counted + f"Đồng chí Chu Minh Đức, Bí thư Huyện ủy trao Bằng khen {handed}.", with_event=True)
        assert [(r[1], r[2], r[6]) for r in rows] == presented, handed


def test_a_unit_honoured_by_the_president_and_handed_the_order_is_one_grant_at_the_ceremony():
    facts = article(
        HEAD + "Sáng 18/1/2023, UBND huyện Văn Lãng tổ chức Lễ đón nhận Huân chương Lao động hạng Nhì.\n"
        "Với thành tích xuất sắc, huyện Văn Lãng vinh dự được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Nhì.\n"
        "Thay mặt lãnh đạo Nhà nước, Phó Chủ tịch nước Hà Minh Phúc trao Huân chương Lao động hạng Nhì cho huyện Văn Lãng.\n"
        "Trần Thu Hương\n"
    )[1]
    [g] = facts.grants
    assert (g.award, g.count, g.recipient, _label(g.conferrer), g.presenter, g.event) == (
        "huan-chuong-lao-dong-hang-nhi",
        1,
        "huyện Văn Lãng",
        "Chủ tịch nước",
        "Hà Minh Phúc",
        "e1",
    )
    parts = {(p.person, p.part) for p in facts.events[0].participants}
    assert ("Hà Minh Phúc", "presented_awards") in parts


def test_a_named_person_receives_and_does_not_present():
    facts = article(HEAD + EVENT + "Bà Lăng Thị Nga, Chủ tịch UBND xã Hoàng Văn Thụ được tặng Bằng khen của UBND tỉnh.\nTrần Thu Hương\n")[
        1
    ]
    [g] = facts.grants
    assert (g.award, g.recipient_kind, g.count, g.recipient, g.presenter) == (
        "bang-khen-cap-bo-tinh",
        "individual",
        1,
        "Lăng Thị Nga",
        None,
    )
    assert all(p.part != "presented_awards" for e in facts.events for p in e.participants)


def test_party_badges_are_not_emulation_awards_and_a_named_proposal_needs_no_count():
    rows = grants_of(
        "Ban Thường vụ Huyện ủy Văn Lãng trao Huy hiệu 30 năm tuổi Đảng cho 14 đảng viên. "
        "Huyện Văn Lãng đề nghị UBND tỉnh tặng Cờ thi đua cho xã Tân Mỹ."
    )
    assert [(r[0], r[2], r[4], r[5], r[10]) for r in rows] == [
        ("co-thi-dua-cap-bo-tinh", 1, "proposed", "Ủy ban nhân dân tỉnh Lạng Sơn", "xã Tân Mỹ")
    ]


def test_a_counted_hand_over_by_a_person_happens_at_the_article_s_event():
    rows = grants_of("Đồng chí Lý Văn Cường trao Kỷ niệm chương Vì sự nghiệp thi đua, khen thưởng cho 9 cá nhân.", with_event=True)
    assert [(r[0], r[2], r[6], r[8]) for r in rows] == [("ky-niem-chuong", 9, "Lý Văn Cường", "e1")]


def test_an_award_said_handed_over_in_the_passive_is_handed_over_at_the_article_s_only_event():
    def at(body: str) -> list[tuple]:
        return [(r[0], r[2], r[8]) for r in grants_of(body, with_event=True)]

    assert at("Danh hiệu Tập thể lao động xuất sắc được trao cho 12 đơn vị.") == [("tap-the-lao-dong-xuat-sac", 12, "e1")]
    assert at("Có 5 cá nhân được Chủ tịch UBND huyện trao tặng Giấy khen.") == [("giay-khen", 5, "e1")]
    # negative: given, not said handed over; handed over before the event
    assert at("Có 5 cá nhân được Chủ tịch UBND huyện tặng Giấy khen.") == [("giay-khen", 5, None)]
    assert at("Trước đó, 4 tập thể được trao Bằng khen của UBND tỉnh.") == [("bang-khen-cap-bo-tinh", 4, None)]


def test_the_owner_named_after_an_award_is_its_conferrer():
    rows = grants_of(
        "Có 03 tập thể được tặng Bằng khen của Bộ trưởng Bộ Quốc phòng; 6 cá nhân được tặng Bằng khen của tỉnh; "
        "02 tập thể được tặng Cờ thi đua của Chính phủ."
    )
    assert [(r[0], r[5]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", "Bộ trưởng Bộ Quốc phòng"),
        ("bang-khen-cap-bo-tinh", "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("co-thi-dua-chinh-phu", "Thủ tướng Chính phủ"),
    ]


def test_a_school_year_is_a_period():
    rows = grants_of("UBND huyện Văn Lãng tặng Giấy khen cho 40 giáo viên có thành tích trong năm học 2021-2022.")
    assert [(r[0], r[1], r[2], r[7]) for r in rows] == [("giay-khen", "individual", 40, "2021-2022")]


def test_a_vague_proposer_does_not_carry_over_and_orders_stay_the_president_s():
    rows = grants_of(
        "Huyện Văn Lãng trình UBND tỉnh khen thưởng cho 8 tập thể; trình cấp trên khen thưởng Huân chương Lao động hạng Ba cho 01 tập thể."
    )
    assert [(r[0], r[4], r[5]) for r in rows] == [
        ("khen-thuong", "proposed", "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("huan-chuong-lao-dong-hang-ba", "proposed", "Chủ tịch nước"),
    ]


def test_a_national_mass_organisation_is_not_its_local_branch():
    rows = grants_of("Có 04 cá nhân được tặng Bằng khen của Tổng Liên đoàn Lao động Việt Nam ở huyện Văn Lãng.")
    assert [(r[0], r[5]) for r in rows] == [("bang-khen-cap-bo-tinh", "Tổng Liên đoàn Lao động Việt Nam")]


def test_list_forms_with_colons_and_semicolons():
    rows = grants_of(
        "UBND huyện Văn Lãng tặng Giấy khen cho: 30 tập thể; 75 cá nhân.\n"
        "Khen thưởng cấp tỉnh: Bằng khen của Chủ tịch UBND tỉnh: 04 tập thể, 09 cá nhân; Cờ thi đua của UBND tỉnh: 01 tập thể."
    )
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [
        ("giay-khen", "collective", 30, "Ủy ban nhân dân huyện Văn Lãng"),
        ("giay-khen", "individual", 75, "Ủy ban nhân dân huyện Văn Lãng"),
        ("bang-khen-cap-bo-tinh", "collective", 4, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("bang-khen-cap-bo-tinh", "individual", 9, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("co-thi-dua-cap-bo-tinh", "collective", 1, "Ủy ban nhân dân tỉnh Lạng Sơn"),
    ]


def test_order_classes_written_alone_after_their_order_replace_its_total():
    rows = grants_of(
        "Hội đồng đề nghị tặng Huân chương Lao động các hạng cho 5 tập thể, 5 cá nhân "
        "(hạng nhất 1 tập thể; hạng nhì 3 tập thể, 2 cá nhân; hạng ba cho 1 tập thể và 3 cá nhân)."
    )
    assert short(rows) == [
        ("huan-chuong-lao-dong-hang-nhat", "collective", 1),
        ("huan-chuong-lao-dong-hang-nhi", "collective", 3),
        ("huan-chuong-lao-dong-hang-nhi", "individual", 2),
        ("huan-chuong-lao-dong-hang-ba", "collective", 1),
        ("huan-chuong-lao-dong-hang-ba", "individual", 3),
    ]
    assert {r[4] for r in rows} == {"proposed"}  # the proposal governs every clause of the sentence
    rows = grants_of("Chủ tịch nước tặng Huân chương Chiến công cho 4 tập thể, trong đó hạng Nhì 1 tập thể, hạng Ba 3 tập thể.")
    assert short(rows) == [("huan-chuong-chien-cong-hang-nhi", "collective", 1), ("huan-chuong-chien-cong-hang-ba", "collective", 3)]


def test_a_count_joined_by_va_after_a_title_is_a_second_thing_commended_not_the_title_s():
    told = (
        'Tối 14/10/2024, Hội Nông dân tỉnh Lạng Sơn tổ chức chương trình tôn vinh "Nông dân Việt Nam xuất sắc" và 100 nông '
        "dân sản xuất, kinh doanh giỏi cấp tỉnh."
    )
    assert ("Nông dân Việt Nam xuất sắc", 100) not in [(g.title, g.count) for g in article(HEAD + told + "\nTrần Thu Hương\n")[1].grants]
    # so the certificate handed to those 100 after is the one grant of them
    _, facts = article(HEAD + told + " Ban tổ chức trao Bằng khen của Hội Nông dân tỉnh cho 100 nông dân.\nTrần Thu Hương\n")
    assert [(g.award, g.count) for g in facts.grants] == [("bang-khen-cap-bo-tinh", 100)]
    # negative: counts right after the award, with no 'và', are its own ('hạng Nhì 3 tập thể')
    rows = grants_of("Chủ tịch nước tặng Huân chương Chiến công hạng Nhì 3 tập thể, 2 cá nhân.")
    assert short(rows) == [("huan-chuong-chien-cong-hang-nhi", "collective", 3), ("huan-chuong-chien-cong-hang-nhi", "individual", 2)]


def test_a_class_word_that_is_not_an_order_class_and_a_total_that_does_not_add_up():
    rows = grants_of("Năm 2022, huyện có 3 tập thể được tặng Huân chương Lao động hạng Ba, xếp hạng nhì khối thi đua.")
    assert short(rows) == [("huan-chuong-lao-dong-hang-ba", "collective", 3)]
    rows = grants_of("Chủ tịch nước tặng Huân chương Chiến công cho 6 tập thể, hạng Nhì 1 tập thể.")
    assert short(rows) == [("huan-chuong-chien-cong", "collective", 6), ("huan-chuong-chien-cong-hang-nhi", "collective", 1)]


def test_on_the_proposal_of_names_who_proposed_not_who_confers_and_is_no_proposal():
    rows = grants_of("Theo đề nghị của Sở Nội vụ, UBND tỉnh tặng Bằng khen cho 12 tập thể có quá trình cống hiến.")
    assert rows[0][4] == "conferred" and rows[0][5] == "Ủy ban nhân dân tỉnh Lạng Sơn"
    rows = grants_of("Căn cứ kết quả bình xét, năm 2022 UBND huyện đã tặng Giấy khen cho 40 cá nhân.")
    assert (rows[0][4], rows[0][5]) == ("conferred", "Ủy ban nhân dân huyện Văn Lãng")
    rows = grants_of("Hội đồng thống nhất trình UBND tỉnh tặng Bằng khen cho 7 cá nhân.")
    assert rows[0][4] == "proposed"


def test_a_headline_restating_the_body_grant_is_the_same_grant_but_its_own_grant_is_kept():
    body = "Chủ tịch UBND tỉnh vừa ký quyết định tặng Bằng khen cho 2 cá nhân có thành tích xuất sắc.\nLê Hằng\n"
    facts = article("Tặng Bằng khen cho 2 cá nhân\n05/01/2023\n" + body)[1]
    assert [(g.award, g.count) for g in facts.grants] == [("bang-khen-cap-bo-tinh", 2)]
    facts = article("Phong tặng danh hiệu Chiến sĩ thi đua toàn quốc cho 3 cá nhân\n05/01/2023\n" + body)[1]
    assert sorted((g.award, g.count) for g in facts.grants) == [("bang-khen-cap-bo-tinh", 2), ("chien-si-thi-dua-toan-quoc", 3)]


def test_a_bare_number_in_a_list_counts_what_its_total_counted_and_the_law_names_the_conferrer():
    rows = grants_of(
        "Sáng 18/1, Công an huyện Văn Lãng tổ chức lễ trao tặng Huân chương cho 12 đồng chí, gồm: "
        "2 Huân chương Chiến công hạng Ba và 10 Huân chương Bảo vệ Tổ quốc hạng Ba."
    )
    assert short(rows) == [("huan-chuong-chien-cong-hang-ba", "individual", 2), ("huan-chuong-bao-ve-to-quoc-hang-ba", "individual", 10)]
    assert {r[5] for r in rows} == {"Chủ tịch nước"}  # the police organised the ceremony; orders are the President's
    rows = grants_of("UBND huyện Văn Lãng đề nghị Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 3 tập thể, gồm 3 trường học.")
    assert short(rows) == [("huan-chuong-lao-dong-hang-ba", "collective", 3)]


def test_the_newspaper_that_reports_is_never_the_conferrer():
    rows = grants_of("(Báo Lạng Sơn) - Sáng 18/1, UBND huyện Văn Lãng đã tặng Giấy khen cho 20 tập thể.")
    assert rows[0][5] == "Ủy ban nhân dân huyện Văn Lãng"
    rows = grants_of("BLS - Báo Lạng Sơn đưa tin: UBND huyện Văn Lãng tặng Giấy khen cho 8 cá nhân.")
    assert rows[0][5] == "Ủy ban nhân dân huyện Văn Lãng"
    # nor the place of its dateline, before the subject
    rows = grants_of("Lạng Sơn, 18/1/2023 - Chủ tịch UBND huyện Văn Lãng vừa tặng Giấy khen cho 20 tập thể.")
    assert rows[0][5] == "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"
    rows = grants_of("Văn Lãng (Lạng Sơn), ngày 18/1/2023 (PV) - Chủ tịch UBND huyện Văn Lãng tặng Giấy khen cho 20 tập thể.")
    assert rows[0][5] == "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"


def test_holders_counted_without_a_verb_of_giving_are_not_grants():
    assert grants_of("Huyện Văn Lãng hiện có 54 Bà mẹ Việt Nam Anh hùng, trong đó 4 Mẹ còn sống được phụng dưỡng.") == []
    assert grants_of("Toàn huyện Văn Lãng có 12 Tập thể lao động xuất sắc và 3 Chiến sĩ thi đua cấp tỉnh đang công tác.") == []
    rows = grants_of("Năm 2022, huyện Văn Lãng có 12 tập thể được công nhận Tập thể lao động xuất sắc.")
    assert short(rows) == [("tap-the-lao-dong-xuat-sac", "collective", 12)]
    # awards counted, then handed over in the passive, are given whatever their kind (not only 'Bằng khen', whose 'khen'
    # had read as a verb)
    for told, award, kind, count in (
        ("Dịp này, 30 Huy chương Chiến sĩ vẻ vang được trao cho cán bộ, chiến sĩ.", "huy-chuong-chien-si-ve-vang", "individual", 30),
        (
            "Tại buổi lễ, 12 Huân chương Lao động các hạng đã được trao tặng cho các tập thể và cá nhân.",
            "huan-chuong-lao-dong",
            "mixed",
            12,
        ),
        ("Dịp này, 5 Cờ thi đua của UBND tỉnh được trao cho các đơn vị dẫn đầu.", "co-thi-dua-cap-bo-tinh", "collective", 5),
    ):
        assert short(grants_of(told)) == [(award, kind, count)], told
    # negative: holders counted, then said to have been conferred the title, are no grant of the article
    assert grants_of("Huyện Văn Lãng có 54 Bà mẹ Việt Nam Anh hùng được phong tặng từ năm 1994.") == []


def test_a_grant_told_twice_at_one_event_is_one_grant():
    rows = grants_of(
        "Ngày 26/1, huyện Văn Lãng tổ chức Lễ truy tặng danh hiệu “Bà mẹ Việt Nam Anh hùng” cho 4 Mẹ. "
        "Tại buổi lễ, đồng chí Lê Văn Bình, Chủ tịch UBND huyện đã trao Bằng danh hiệu “Bà mẹ Việt Nam Anh hùng” cho thân nhân 4 Mẹ."
    )
    assert short(rows) == [("ba-me-viet-nam-anh-hung", "individual", 4)]
    assert rows[0][5] == "Chủ tịch nước"
    # negative: as many of one award to others named, told in the next sentence, is another grant
    facts = article(
        HEAD + "Xã Tân Mỹ và xã Hoàng Việt được tặng Cờ thi đua của UBND tỉnh. "
        "Xã Tân Thanh và xã Thụy Hùng được tặng Cờ thi đua của UBND tỉnh và Bằng khen của Chủ tịch UBND tỉnh.\nTrần Thu Hương\n"
    )[1]
    assert [(g.award, g.count, [n.name for n in g.named]) for g in counted_once(facts.grants)] == [
        ("co-thi-dua-cap-bo-tinh", 2, ["xã Tân Mỹ", "xã Hoàng Việt"]),
        ("khen-thuong", 2, ["xã Tân Thanh", "xã Thụy Hùng"]),  # (the two awards shared: which each got, unsaid)
    ]
    facts = article(
        HEAD + "Xã Tân Mỹ và xã Hoàng Việt được tặng Cờ thi đua của UBND tỉnh. "
        "Xã Tân Thanh và xã Thụy Hùng được tặng Cờ thi đua của UBND tỉnh.\nTrần Thu Hương\n"
    )[1]
    assert [(g.award, g.count) for g in counted_once(facts.grants)] == [("co-thi-dua-cap-bo-tinh", 2), ("co-thi-dua-cap-bo-tinh", 2)]


def test_counts_in_brackets_after_a_count_are_its_parts_or_some_of_them():
    def once(body: str) -> list[tuple]:
        return [(r[0], r[1], r[2]) for r in grants_of(body)]

    # parts adding up to it: the breakdown is recorded, the total counted once through it
    assert once("Dịp này, 12 tập thể (gồm 5 trường học, 7 xã) được tặng Giấy khen.") == [
        ("giay-khen", "collective", 5),
        ("giay-khen", "collective", 7),
    ]
    # some of them: the total alone
    assert once("Dịp này, 12 tập thể (trong đó có 5 trường học) được tặng Giấy khen.") == [("giay-khen", "collective", 12)]
    # what share of the whole they are, in brackets, breaks nothing down: they attain the title after it
    assert once("Năm 2023, xã có 1.250 hộ (đạt 92%) được công nhận danh hiệu Gia đình văn hóa.") == [
        ("gia-dinh-van-hoa", "collective", 1250)
    ]
    assert once("Toàn huyện có 25.430 hộ (chiếm 93,5%) đạt danh hiệu Gia đình văn hóa.") == [("gia-dinh-van-hoa", "collective", 25430)]
    # negative: counts in brackets that name their own awards are grants of their own
    assert once("UBND tỉnh khen thưởng cho 5 cá nhân (Huân chương Lao động hạng Ba cho 1 cá nhân, Bằng khen cho 4 cá nhân).") == [
        ("huan-chuong-lao-dong-hang-ba", "individual", 1),
        ("bang-khen-cap-bo-tinh", "individual", 4),
    ]


def test_recipients_named_with_as_many_awards_given_respectively_each_receive_theirs():
    def rows(body: str) -> list[tuple]:
        return [(r[0], r[2], r[10]) for r in grants_of(body)]

    for body in (
        "Xã Tân Mỹ và xã Hoàng Việt lần lượt được tặng Cờ thi đua của UBND tỉnh và Bằng khen của Chủ tịch UBND tỉnh.",
        "Chủ tịch UBND tỉnh tặng Cờ thi đua và Bằng khen lần lượt cho xã Tân Mỹ và xã Hoàng Việt.",
    ):
        assert rows(body) == [("co-thi-dua-cap-bo-tinh", 1, "xã Tân Mỹ"), ("bang-khen-cap-bo-tinh", 1, "xã Hoàng Việt")], body
    assert rows("Ông Hà Văn Lực và bà Lê Thị Mai lần lượt được tặng Bằng khen và Giấy khen.") == [
        ("bang-khen-cap-bo-tinh", 1, "Hà Văn Lực"),
        ("giay-khen", 1, "Lê Thị Mai"),
    ]

    # and as many givers of the passive, each the giver of the award of its turn
    def given(body: str) -> list[tuple]:
        return [(r[0], r[5], r[10]) for r in grants_of(body)]

    assert given("Xã Tân Mỹ và xã Hoàng Việt lần lượt được UBND tỉnh và UBND huyện tặng Bằng khen và Giấy khen.") == [
        ("bang-khen-cap-bo-tinh", "Ủy ban nhân dân tỉnh Lạng Sơn", "xã Tân Mỹ"),
        ("giay-khen", "Ủy ban nhân dân huyện Văn Lãng", "xã Hoàng Việt"),
    ]
    said = "Ông Hà Văn Lực và bà Lê Thị Mai lần lượt được Chủ tịch UBND tỉnh và Chủ tịch UBND huyện tặng Bằng khen và Giấy khen."
    assert given(said) == [
        ("bang-khen-cap-bo-tinh", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "Hà Văn Lực"),
        ("giay-khen", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng", "Lê Thị Mai"),
    ]
    # (the recipients before 'được' give nothing)
    assert given("Xã Tân Mỹ và xã Hoàng Việt lần lượt được tặng Bằng khen và Giấy khen.") == [
        ("bang-khen-cap-bo-tinh", None, "xã Tân Mỹ"),
        ("giay-khen", None, "xã Hoàng Việt"),
    ]
    # units named after the level word they share
    assert rows("Các xã Tân Mỹ, Hoàng Việt và Tân Lập lần lượt được tặng Cờ thi đua, Bằng khen và Giấy khen.") == [
        ("co-thi-dua-cap-bo-tinh", 1, "xã Tân Mỹ"),
        ("bang-khen-cap-bo-tinh", 1, "xã Hoàng Việt"),
        ("giay-khen", 1, "xã Tân Lập"),
    ]
    # (as many units as awards only: three units, two awards, which got which is unsaid)
    assert rows("Các xã Tân Mỹ, Hoàng Việt và Tân Lập lần lượt được tặng Cờ thi đua và Bằng khen.") == []
    # negative: one award for them all is theirs together; as many awards as named, unsaid 'respectively', is no pairing
    assert rows("Xã Tân Mỹ và xã Hoàng Việt lần lượt được tặng Cờ thi đua.") == [("co-thi-dua-cap-bo-tinh", 2, None)]
    # (unsaid 'respectively', which each got is unsaid: a commendation of both, the awards' common kind; the flag alone
    # was given, the certificate lost)
    assert rows("Chủ tịch UBND tỉnh tặng Cờ thi đua và Bằng khen cho xã Tân Mỹ và xã Hoàng Việt.") == [("khen-thuong", 2, None)]
    assert rows("UBND huyện tặng Bằng khen và Giấy khen cho ông Hà Văn Lực và bà Lê Thị Mai.") == [("khen-thuong", 2, None)]
    assert rows("Chủ tịch nước tặng danh hiệu Nghệ sĩ Nhân dân, Nghệ sĩ Ưu tú cho ông Hà Văn Lực và bà Lê Thị Mai.") == [
        ("danh-hieu-vinh-du-nha-nuoc", 2, None)
    ]


def test_the_achievement_a_sentence_says_is_rewarded_gives_the_later_grants_their_period():
    rows = grants_of(
        "Hội đồng TĐKT huyện Văn Lãng vừa họp xem xét khen thưởng thành tích công tác năm 2022. "
        "Hội đồng thống nhất đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh cho 6 tập thể."
    )
    assert [(r[0], r[7]) for r in rows] == [("bang-khen-cap-bo-tinh", "2022")]
    rows = grants_of(
        "Hội nghị đã đánh giá những kết quả đạt được của Khối trong năm 2022. Khối đề nghị UBND huyện Văn Lãng tặng giấy khen cho 4 đơn vị."
    )
    assert rows[0][7] == "2022"
    rows = grants_of("Xã Tân Thanh dẫn đầu phong trào thi đua giai đoạn 2018-2022. UBND huyện Văn Lãng tặng Giấy khen cho 3 tập thể.")
    assert rows[0][7] == "2018-2022"
    # a year that names the plan, not an achievement, is no period
    rows = grants_of("Huyện Văn Lãng đề ra kế hoạch năm 2023. UBND huyện Văn Lãng tặng Giấy khen cho 3 tập thể.")
    assert rows[0][7] is None
    # the year an earlier award was given ('thành tích ..., đã được tặng Cờ thi đua năm 2015') is no period either
    rows = grants_of(
        "Với những thành tích đạt được, bệnh viện đã được tặng Cờ thi đua của UBND tỉnh năm 2015. "
        "Chủ tịch UBND huyện Văn Lãng trao Giấy khen cho 7 cá nhân."
    )
    assert [(r[0], r[7]) for r in rows] == [("giay-khen", None)]
    rows = grants_of("Ghi nhận thành tích năm 2016, UBND huyện Văn Lãng tặng Giấy khen cho 3 tập thể.")
    assert rows[0][7] == "2016"  # no award between the achievement and its year: still the period
    # the achievement of a grant told in its own sentence is that grant's, not the next ones'
    rows = grants_of(
        "Năm 2022, Công an huyện Văn Lãng được Chủ tịch nước tặng thưởng Huân chương Bảo vệ Tổ quốc hạng Ba vì có "
        "thành tích xuất sắc giai đoạn 2017 - 2021. Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 6 tập thể."
    )
    assert [(r[0], r[7]) for r in rows] == [("huan-chuong-bao-ve-to-quoc-hang-ba", "2017-2021"), ("giay-khen", None)]


def test_people_and_cadres_of_a_commune_are_a_named_recipient_and_the_subject_follows_a_lead_phrase():
    rows = grants_of(
        "Ghi nhận những thành tích đã đạt được ngày 13/1/2023 Thủ tướng Chính phủ đã tặng Cờ thi đua "
        "cho Nhân dân và cán bộ xã Tân Thanh, huyện Văn Lãng."
    )
    assert [(r[0], r[2], r[5], r[10]) for r in rows] == [
        ("co-thi-dua-chinh-phu", 1, "Thủ tướng Chính phủ", "Nhân dân và cán bộ xã Tân Thanh")
    ]
    rows = grants_of("Với những thành tích đó, UBND huyện Văn Lãng đã tặng Giấy khen cho Nhân dân, cán bộ thị trấn Na Sầm.")
    assert [(r[5], r[10]) for r in rows] == [("Ủy ban nhân dân huyện Văn Lãng", "Nhân dân và cán bộ thị trấn Na Sầm")]


def test_an_award_s_owner_after_the_year_it_rewards_and_a_unit_named_after_its_kind():
    rows = grants_of("Ông Hà Văn Bình trao Cờ đơn vị dẫn đầu phong trào thi đua năm 2021 của UBND tỉnh cho đơn vị thị trấn Na Sầm.")
    assert [(r[0], r[5], r[6], r[7], r[10]) for r in rows] == [
        ("co-thi-dua-cap-bo-tinh", "Ủy ban nhân dân tỉnh Lạng Sơn", "Hà Văn Bình", "2021", "thị trấn Na Sầm")
    ]
    rows = grants_of("UBND huyện tặng Giấy khen năm học 2022-2023 của Chủ tịch UBND huyện cho 6 tập thể.")
    assert [(r[2], r[5], r[7]) for r in rows] == [(6, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng", "2022-2023")]
    # a year with no owner after it leaves the award its own
    rows = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen năm 2022 cho 4 cá nhân của huyện Văn Lãng.")
    assert [(r[2], r[5]) for r in rows] == [(4, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn")]


def test_an_award_handed_over_to_recipients_the_article_never_counts_is_a_grant_without_a_count():
    rows = grants_of("Bà Lê Thị Hoa, Chủ tịch UBND huyện Văn Lãng trao Giấy khen cho các tập thể đạt thành tích thi đua năm 2023.")
    assert [(r[0], r[1], r[2], r[6], r[7]) for r in rows] == [("giay-khen", "collective", None, "Lê Thị Hoa", "2023")]
    rows = grants_of("Ông Hà Văn Bình trao Bằng khen của UBND tỉnh cho các tập thể, cá nhân.")
    assert [(r[0], r[1], r[2], r[5], r[6]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", "mixed", None, "Ủy ban nhân dân tỉnh Lạng Sơn", "Hà Văn Bình")
    ]
    # recipients the article counts: the presenter hands those over, and no grant is added
    rows = grants_of("UBND huyện tặng Giấy khen cho 8 tập thể và 15 cá nhân. Bà Lê Thị Hoa trao Giấy khen cho các tập thể, cá nhân.")
    assert [(r[1], r[2], r[6]) for r in rows] == [("collective", 8, "Lê Thị Hoa"), ("individual", 15, "Lê Thị Hoa")]
    # counted households are not the 'tập thể, cá nhân' of another presentation, which is a grant of its own
    rows = grants_of(
        "UBND huyện tặng Giấy khen cho 40 hộ gia đình văn hóa tiêu biểu. "
        "Ông Hà Văn Bình trao Giấy khen cho các tập thể, cá nhân có thành tích trong cuộc vận động. "
        "Bà Lê Thị Hoa trao Giấy khen cho các gia đình văn hóa tiêu biểu."
    )
    assert sorted((r[1], r[2] or 0, r[6]) for r in rows) == [("collective", 40, "Lê Thị Hoa"), ("mixed", 0, "Hà Văn Bình")]
    # a number of awards handed over is still their count; a recipient no noun names is no grant
    rows = grants_of("Ông Hà Văn Bình trao 13 Huân chương Chiến công cho các cá nhân.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("huan-chuong-chien-cong", "individual", 13)]
    assert grants_of("Ông Hà Văn Bình trao Giấy khen cho các vị khách mời.") == []
    assert [(r[1], r[2]) for r in grants_of("Ông Hà Văn Bình trao Giấy khen cho các đội bóng.")] == [("collective", None)]


def test_the_presenter_is_the_person_before_the_verb_that_hands_the_award_over():
    rows = grants_of(
        "Ngày 18/1, UBND huyện Văn Lãng tổ chức Lễ tổng kết. UBND huyện Văn Lãng đã tặng Giấy khen cho 20 tập thể.\n"
        "Bí thư Huyện ủy Lê Văn An tặng hoa, Chủ tịch UBND huyện Hà Văn Bình trao Giấy khen cho các tập thể"
    )
    assert [(r[0], r[6]) for r in rows] == [("giay-khen", "Hà Văn Bình")]


def test_the_one_a_ceremony_s_award_was_given_to_is_not_its_presenter():
    def rows(body: str) -> list[tuple]:
        return [(r[0], r[6], r[10]) for r in grants_of(body)]

    for given in (
        "Ngày 30/8/2023, Công ty Xi măng Đồng Bành tổ chức Lễ đón nhận danh hiệu Anh hùng Lao động của Chủ tịch nước phong tặng "
        "cho ông Nông Văn Đức, Giám đốc Công ty.",
        "Ngày 30/8/2023, Trường THPT Việt Bắc tổ chức Lễ đón nhận danh hiệu Nhà giáo nhân dân của Chủ tịch nước phong tặng cho "
        "nhà giáo Nông Văn Đức.",
    ):
        assert [r[1:] for r in rows(given)] == [(None, "Nông Văn Đức")], given
    # the one who handed it over, named after, presents it
    handed = given + " Phó Chủ tịch nước Võ Thị Ánh Xuân đã trao danh hiệu Nhà giáo nhân dân cho nhà giáo Nông Văn Đức."
    assert [r[1:] for r in rows(handed)] == [("Võ Thị Ánh Xuân", "Nông Văn Đức")]
    # negative: a person named before the award who hands it over is its presenter
    assert [r[1:] for r in rows("Ông Hồ Tiến Thiệu trao Bằng khen cho ông Nông Văn Đức.")] == [("Hồ Tiến Thiệu", "Nông Văn Đức")]


def test_the_owner_of_the_home_it_was_handed_over_in_is_no_presenter():
    def rows(body: str) -> list[tuple]:
        return [(r[0], r[6]) for r in grants_of(body)]

    # the home named after its owner is where it was handed over; who did it is unnamed, or named after
    body = "Ngày 8/3, tại nhà riêng ông Hồ Văn Sáu ở thôn 4, lãnh đạo huyện đã trao Huân chương Dũng cảm truy tặng anh Hồ Văn Tư."
    assert rows(body) == [("huan-chuong-dung-cam", None)]
    body = "Chiều 8/3, đồng chí Lê Văn An, Chủ tịch UBND huyện đến gia đình bà Lò Thị Mai trao Bằng khen cho cháu Lò Văn Tú."
    assert rows(body) == [("bang-khen-cap-bo-tinh", "Lê Văn An")]
    # negative: the one named after the venue, not its owner, hands it over
    body = "Ngày 8/3, tại nhà văn hóa thôn 4, ông Hồ Văn Sáu, Chủ tịch UBND xã đã trao Giấy khen cho anh Hồ Văn Tư."
    assert rows(body) == [("giay-khen", "Hồ Văn Sáu")]


def test_who_hands_over_a_decision_of_another_giver_presents_its_award():
    def rows(body: str) -> list[tuple]:
        return [(r[0], r[5], r[6]) for r in grants_of(body)]

    # the giving verb of the decision handed over is not the handing over
    assert rows(
        "Ngày 5/9, Phó Chủ tịch UBND tỉnh Lê Văn An đã trao Quyết định của Chủ tịch nước truy tặng Huân chương Dũng cảm cho anh Hồ Văn Tư."
    ) == [("huan-chuong-dung-cam", "Chủ tịch nước", "Lê Văn An")]
    assert rows("Bà Trần Thị Mai, Giám đốc Sở Nội vụ trao quyết định của UBND tỉnh về việc tặng Bằng khen cho chị Đỗ Thị Hạnh.") == [
        ("bang-khen-cap-bo-tinh", "Ủy ban nhân dân tỉnh Lạng Sơn", "Trần Thị Mai")
    ]
    # negative: one who signs a decision hands nothing over
    assert rows("Ông Hà Văn Bình, Chủ tịch UBND huyện đã ký quyết định tặng Giấy khen cho anh Hồ Văn Tư.") == [
        ("giay-khen", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng", None)
    ]


def test_the_head_of_a_body_handing_over_its_giay_khen_to_one_named_gives_it():
    def rows(body: str) -> list[tuple]:
        return [(r[0], r[5], r[6], r[10]) for r in grants_of(body)]

    for handed in ("trao Giấy khen cho em Hoàng Văn Tư", "trao Giấy khen và số tiền 2 triệu đồng cho em Hoàng Văn Tư"):
        assert rows(f"Ông Hà Văn Bình, Chủ tịch UBND huyện {handed}.") == [
            ("giay-khen", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng", "Hà Văn Bình", "Hoàng Văn Tư")
        ], handed
    # negative: a higher award handed over is not the presenter's own to give (the youth union's badge is its central
    # committee's; an order the President's)
    said = "Ông Hà Văn Bình, Chủ tịch UBND huyện trao Huy hiệu Tuổi trẻ dũng cảm cho em Hoàng Văn Tư."
    assert rows(said)[0][1] == "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"
    assert rows("Ông Hà Văn Bình, Chủ tịch UBND huyện trao Bằng khen cho em Hoàng Văn Tư.")[0][1] is None


def test_the_governor_by_his_office_alone_gives_as_the_state_bank_s_head():
    def givers(said: str) -> list:
        return [r[5] for r in grants_of(said)]

    governor = "Thống đốc Ngân hàng Nhà nước Việt Nam"
    assert givers("Ngân hàng Nhà nước chi nhánh tỉnh Lạng Sơn được Thống đốc tặng Cờ thi đua.") == [governor]
    assert givers("Phó Thống đốc Đào Minh Tú trao Bằng khen của Thống đốc cho 5 tập thể.") == [governor]
    assert givers("Thống đốc NHNN Việt Nam tặng Cờ thi đua cho 2 tập thể.") == [governor]
    # negative: the branch's director gives his own Giấy khen
    assert givers("Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh Lạng Sơn tặng Giấy khen cho 5 cá nhân.") == [
        "Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh Lạng Sơn"
    ]


def test_an_office_that_confers_the_award_handing_it_to_one_named_gives_it_as_to_a_count():
    def rows(body: str) -> list[tuple]:
        return [(r[0], r[5], r[6], r[10]) for r in grants_of(body)]

    for said in (
        "Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu đã trao Bằng khen cho Công ty Cổ phần Xi măng Đồng Bành vì có thành tích xuất sắc.",
        "Tại buổi gặp mặt, Chủ tịch UBND tỉnh Hồ Tiến Thiệu trao Bằng khen cho Công ty Cổ phần Xi măng Đồng Bành.",
        "Đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh đã trao tặng Bằng khen cho Công ty Cổ phần Xi măng Đồng Bành.",
    ):
        assert rows(said) == [
            ("bang-khen-cap-bo-tinh", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "Hồ Tiến Thiệu", "Công ty Cổ phần Xi măng Đồng Bành")
        ], said
    assert rows("Chủ tịch UBND tỉnh Hồ Tiến Thiệu trao Bằng khen cho ông Nông Văn Bình, trưởng thôn Pò Mục.")[0][1:3] == (
        "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
        "Hồ Tiến Thiệu",
    )
    # negatives: handed over on another's behalf, the delegating one gives; a district's chair gives no province's
    # certificate; the State President's office confers no certificate of a province's level
    assert rows("Thừa ủy quyền, Chủ tịch UBND tỉnh Hồ Tiến Thiệu trao Bằng khen của Thủ tướng Chính phủ cho Công ty A.")[0][:2] == (
        "bang-khen-thu-tuong",
        "Thủ tướng Chính phủ",
    )
    assert rows("Chủ tịch UBND huyện Hà Văn Bình trao Bằng khen cho Công ty Cổ phần Xi măng Đồng Bành.")[0][1] is None
    assert rows("Phó Chủ tịch nước Võ Thị Ánh Xuân trao Bằng khen cho Công ty Cổ phần Xi măng Đồng Bành.")[0][1] is None
    assert rows("Bộ trưởng Bộ Tư pháp Lê Thành Long trao Bằng khen cho Cục Bổ trợ tư pháp.")[0][1] == "Bộ trưởng Bộ Tư pháp"
    # nor the head of a Party's board, a department or a police force, who hands over the province's
    for head in ("Trưởng Ban Tuyên giáo Tỉnh ủy", "Giám đốc Sở Y tế", "Giám đốc Công an tỉnh"):
        assert rows(f"{head} Hồ Tiến Thiệu trao Bằng khen cho Bệnh viện Đa khoa tỉnh.")[0][1] is None, head
    # nor a bare certificate after the Government's was told: it may be that one (see the Na Sầm test)
    said = "Công ty A được Thủ tướng Chính phủ tặng Bằng khen. Chủ tịch UBND tỉnh Hồ Tiến Thiệu trao Bằng khen cho Công ty A."
    assert [r[:2] for r in rows(said)] == [("bang-khen-thu-tuong", "Thủ tướng Chính phủ")]


def test_he_in_the_next_sentence_is_the_person_before_and_handing_over_khen_thuong_hands_over_the_commendations():
    rows = grants_of(
        "Ngày 18/1, huyện Văn Lãng tổ chức Lễ công bố xã đạt chuẩn nông thôn mới. "
        "Bí thư Huyện ủy Lê Văn An đã trao Bằng công nhận cho xã. Đồng chí cũng trao Bằng khen của Chủ tịch UBND tỉnh cho 5 tập thể. "
        "Đồng chí Hà Văn Bình, Chủ tịch UBND huyện trao khen thưởng của UBND huyện cho các tập thể, cá nhân. "
        "Cũng tại buổi lễ, Chủ tịch UBND huyện đã khen thưởng 12 tập thể, 7 cá nhân."
    )
    assert [(r[0], r[2], r[6]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", 5, "Lê Văn An"),
        ("khen-thuong", 12, "Hà Văn Bình"),
        ("khen-thuong", 7, "Hà Văn Bình"),
    ]
    # handing over 'khen thưởng' to recipients it counts is a commendation of them, handed over by the actor
    rows = grants_of("Ông Hà Văn Bình, Chủ tịch UBND huyện trao khen thưởng cho 10 cá nhân có thành tích xuất sắc.")
    assert [(r[0], r[2], r[5], r[6]) for r in rows] == [("khen-thuong", 10, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng", "Hà Văn Bình")]
    # 'Ông' followed by a name is no anaphor
    rows = grants_of("Bí thư Huyện ủy Lê Văn An dự lễ ở huyện Văn Lãng. Ông Hà Văn Bình đã trao Giấy khen cho 3 tập thể.")
    assert rows[0][6] == "Hà Văn Bình"


def test_an_award_the_count_noun_begins_describes_recipients_given_another_award():
    rows = grants_of("Tại lễ, 90 gia đình văn hóa tiêu biểu của huyện Văn Lãng đã được nhận Bằng khen của Chủ tịch UBND tỉnh.")
    assert short(rows) == [("bang-khen-cap-bo-tinh", "collective", 90)]
    rows = grants_of("Hội đồng đề nghị tặng Cờ thi đua của UBND tỉnh cho 57 đơn vị dẫn đầu phong trào thi đua ở huyện Văn Lãng.")
    assert short(rows) == [("co-thi-dua-cap-bo-tinh", "collective", 57)]
    # the count's own title when no other award is given to it
    rows = grants_of("UBND huyện Văn Lãng công nhận 12 Tập thể lao động xuất sắc, tặng Giấy khen cho 30 cá nhân.")
    assert short(rows) == [("tap-the-lao-dong-xuat-sac", "collective", 12), ("giay-khen", "individual", 30)]


def test_a_count_before_another_subject_is_not_the_recipient():
    rows = grants_of(
        "Với hành động dũng cảm cứu 6 học sinh thoát khỏi đuối nước, hai thanh niên ở huyện Văn Lãng vừa được Chủ tịch UBND tỉnh tặng Bằng khen."
    )
    assert short(rows) == [("bang-khen-cap-bo-tinh", "individual", 2)]
    rows = grants_of("Vì đã cứu 3 em nhỏ, anh Hoàng Văn Nam ở huyện Văn Lãng được Chủ tịch UBND huyện tặng Giấy khen.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("giay-khen", 1, "Hoàng Văn Nam")]


def test_signing_a_decision_is_not_handing_over():
    rows = grants_of("Chủ tịch UBND huyện Văn Lãng Hà Văn Bình vừa ký quyết định tặng Giấy khen cho 2 thanh niên.")
    assert [(r[0], r[2], r[6]) for r in rows] == [("giay-khen", 2, None)]


def test_a_commendation_verb_must_govern_its_count():
    assert grants_of("Vụ 3 người bị hại ở huyện Văn Lãng: Biểu dương cháu bé dũng cảm.") == []
    rows = grants_of("Hội đồng bình xét 4 mô hình tập thể, 3 mô hình cá nhân để đề nghị UBND huyện Văn Lãng khen thưởng.")
    assert short(rows) == [("khen-thuong", "collective", 4), ("khen-thuong", "individual", 3)]
    rows = grants_of("Năm 2022, UBND huyện Văn Lãng đã khen thưởng 12 tập thể, 7 cá nhân và 6 hộ gia đình.")
    assert [r[2] for r in rows] == [12, 7, 6]


def test_proposed_then_conferred_is_conferred():
    rows = grants_of(
        "Hội Cầu đường huyện Văn Lãng làm thủ tục đề nghị và được Bộ trưởng Bộ Giao thông vận tải tặng Kỷ niệm chương cho 8 cá nhân."
    )
    assert [(r[0], r[2], r[4], r[5]) for r in rows] == [("ky-niem-chuong", 8, "conferred", "Bộ trưởng Bộ Giao thông vận tải")]
    rows = grants_of("Huyện Văn Lãng đề nghị UBND tỉnh tặng Bằng khen cho 8 cá nhân.")
    assert rows[0][4] == "proposed"
    # those proposed, counted, then said given to by a giver: conferred, by that giver
    for told in (
        "Trong năm, UBND huyện Văn Lãng đã trình cấp trên khen thưởng 2 tập thể, 4 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen.",
        "Trong năm, UBND huyện Văn Lãng đã đề nghị cấp trên khen thưởng 2 tập thể, 4 cá nhân đã được Chủ tịch UBND tỉnh tặng Bằng khen.",
    ):
        rows = grants_of(told)
        assert [(r[0], r[2], r[4], r[5]) for r in rows] == [
            ("bang-khen-cap-bo-tinh", 2, "conferred", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
            ("bang-khen-cap-bo-tinh", 4, "conferred", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
        ], told
    # those submitted to higher levels, listed after a colon by the giving each asks: each its giver
    rows = grants_of(
        "Trong năm, UBND huyện đã trình cấp trên khen thưởng: Thủ tướng Chính phủ tặng Bằng khen cho 01 tập thể; Chủ tịch UBND tỉnh "
        "tặng Cờ thi đua cho 02 tập thể."
    )
    assert [(r[0], r[2], r[4], r[5]) for r in rows] == [
        ("bang-khen-thu-tuong", 1, "proposed", "Thủ tướng Chính phủ"),
        ("co-thi-dua-cap-bo-tinh", 2, "proposed", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
    ]
    # negative: a list of counts after the colon names no giver
    rows = grants_of("Trong năm, UBND huyện đã đề nghị cấp trên khen thưởng: 15 tập thể, 20 cá nhân.")
    assert [(r[2], r[4], r[5]) for r in rows] == [(15, "proposed", None), (20, "proposed", None)]
    # the one asked passing the proposal on: the last one asked gives, in the clauses after too
    rows = grants_of(
        "Khối đề nghị Giám đốc Sở Nội vụ trình UBND tỉnh tặng Cờ thi đua cho xã Tân Mỹ; suy tôn xã Tân Lập và xã Tân An đề nghị tặng Bằng khen."
    )
    assert [(r[0], r[2], r[4], r[5]) for r in rows] == [
        ("co-thi-dua-cap-bo-tinh", 1, "proposed", "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("bang-khen-cap-bo-tinh", 2, "proposed", "Ủy ban nhân dân tỉnh Lạng Sơn"),
    ]
    # negative: the one asked who gives it, no one after
    rows = grants_of("Khối đề nghị Giám đốc Sở Nội vụ tặng Giấy khen cho 2 tập thể.")
    assert [(r[0], r[5]) for r in rows] == [("giay-khen", "Giám đốc Sở Nội vụ tỉnh Lạng Sơn")]
    # counted, then approved by a council: still proposed
    rows = grants_of("UBND huyện Văn Lãng đề nghị UBND tỉnh tặng Bằng khen cho 5 tập thể được Hội đồng thông qua.")
    assert [(r[2], r[4]) for r in rows] == [(5, "proposed")]


def test_a_headline_total_that_the_body_splits_is_told_once():
    facts = article(
        "Tặng Bằng khen cho 25 tập thể và cá nhân\n05/01/2023\n"
        "Chủ tịch UBND tỉnh Lạng Sơn vừa tặng Bằng khen cho 13 tập thể và 12 cá nhân có thành tích xuất sắc.\nLê Hằng\n"
    )[1]
    assert sorted((g.recipient_kind, g.count) for g in facts.grants) == [("collective", 13), ("individual", 12)]


def test_people_named_after_cho_are_the_recipients():
    rows = grants_of("Chủ tịch UBND huyện Văn Lãng đã ký quyết định tặng Giấy khen cho em Cao Văn Đức, học sinh lớp 12A3.")
    assert [(r[0], r[1], r[2], r[10], r[6]) for r in rows] == [("giay-khen", "individual", 1, "Cao Văn Đức", None)]
    rows = grants_of(
        "Đợt này huyện Văn Lãng được Chủ tịch nước truy tặng danh hiệu “Bà mẹ Việt Nam anh hùng” cho các Bà mẹ: "
        "Đặng Thị Lý quê ở xã Tân Thanh, Nguyễn Thị Xin quê ở xã Tân Mỹ và Nguyễn Thị Dừa."
    )
    assert short(rows) == [("ba-me-viet-nam-anh-hung", "individual", 3)]


def test_one_given_an_award_and_proposed_for_another_after_va_has_both():
    told = "Ông Lò Văn Sinh được Chủ tịch UBND tỉnh tặng Bằng khen và được đề nghị Thủ tướng Chính phủ tặng Bằng khen."
    assert sorted((r[0], r[1], r[4]) for r in grants_of(told)) == [
        ("bang-khen-cap-bo-tinh", "individual", "conferred"), ("bang-khen-thu-tuong", "individual", "proposed")
    ]  # fmt: skip
    told = "Trường THCS Kim Đồng được UBND tỉnh tặng Cờ thi đua và cũng được đề xuất Thủ tướng Chính phủ tặng Bằng khen."
    assert sorted((r[0], r[1], r[4]) for r in grants_of(told)) == [
        ("bang-khen-thu-tuong", "collective", "proposed"), ("co-thi-dua-cap-bo-tinh", "collective", "conferred")
    ]  # fmt: skip
    # negative: 'và' before a second giver of the one grant is no proposal of its own
    rows = grants_of("Ông Lò Văn Sinh được Chủ tịch UBND tỉnh tặng Bằng khen và được Hội Nông dân tỉnh tặng Giấy khen.")
    assert sorted((r[0], r[4]) for r in rows) == [("bang-khen-cap-bo-tinh", "conferred"), ("giay-khen", "conferred")]


def test_decisions_told_made_by_now_are_grants_not_holders_counted_over_the_years():
    for told in (
        "Đến nay, đã có quyết định khen thưởng của cấp trên cho 20 tập thể và 32 cá nhân.",
        "Hiện nay đã có quyết định khen thưởng cho 20 tập thể và 32 cá nhân.",
    ):
        assert [(r[0], r[1], r[2], r[4]) for r in grants_of(told)] == [
            ("khen-thuong", "collective", 20, "conferred"), ("khen-thuong", "individual", 32, "conferred")
        ], told  # fmt: skip
    # negative: holders counted by now, with no decision told, are none
    assert grants_of("Đến nay, toàn huyện có 20 tập thể và 32 cá nhân được khen thưởng.") == []


def test_totals_counted_over_the_years_are_no_grants():
    assert grants_of("Tính đến nay, toàn huyện Văn Lãng có 789 gia đình được tặng Huân chương Độc lập.") == []
    assert grants_of("Đến nay, huyện Văn Lãng có 3.108 mẹ được phong danh hiệu Mẹ Việt Nam Anh hùng.") == []
    assert grants_of("Hiện nay, toàn huyện Văn Lãng có 2.450 hộ đạt danh hiệu Gia đình văn hóa.") == []
    assert grants_of("Được biết, huyện Văn Lãng có hơn 1.557 Mẹ Việt Nam Anh hùng, trong đó 11 Mẹ được nhận phụng dưỡng.") == []
    assert grants_of("Lạng Sơn hiện có 1.638 Mẹ được phong tặng, truy tặng danh hiệu Bà mẹ Việt Nam Anh hùng.") == []
    assert grants_of("Toàn huyện Văn Lãng hiện có hơn 200 nghệ nhân được công nhận danh hiệu Nghệ nhân ưu tú.") == []
    # ('Hiện' opening the sentence, its subject before 'có')
    assert grants_of("Hiện thị trấn có 3.200/3.500 hộ đạt danh hiệu Gia đình văn hóa, chiếm 91,4%.") == []
    assert grants_of("Hiện toàn huyện đang có 120 thôn đạt danh hiệu Thôn văn hóa.") == []
    # (told as someone reports it: 'A cho biết, toàn thị trấn hiện có ...'; negative: what they report given is given)
    assert (
        grants_of("Bà Trần Thị Thu, Phó Chủ tịch UBND thị trấn cho biết, toàn thị trấn hiện có 2.815 hộ đạt danh hiệu Gia đình văn hóa.")
        == []
    )
    assert grants_of("Ông Lê Văn An thông tin, xã hiện còn 40 hộ đạt danh hiệu Gia đình văn hóa 3 năm liền.") == []
    rows = grants_of("Ông Lê Văn An cho biết, năm 2023 UBND huyện đã tặng Giấy khen cho 20 hộ đạt danh hiệu Gia đình văn hóa.")
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", 20)]
    # negative: 'Hiện thực hóa' opens no count of holders
    rows = grants_of("Hiện thực hóa mục tiêu, năm 2023 xã có 3 thôn được công nhận danh hiệu Thôn văn hóa.")
    assert [r[2] for r in rows] == [3]
    rows = grants_of("Ngày 27/1, huyện Văn Lãng tổ chức lễ truy tặng danh hiệu Mẹ Việt Nam Anh hùng cho 31 mẹ đã khuất.")
    assert short(rows) == [("ba-me-viet-nam-anh-hung", "individual", 31)]


def test_an_order_class_by_its_digit_and_a_kind_of_award_then_which_one():
    rows = grants_of("Đồng chí Lê Văn An trao Huân chương Lao động hạng 3 cho đồng chí Lê Văn Tuấn ở huyện Văn Lãng.")
    assert [(r[0], r[10]) for r in rows] == [("huan-chuong-lao-dong-hang-ba", "Lê Văn Tuấn")]
    rows = grants_of("UBND huyện Văn Lãng tổ chức lễ truy tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam Anh hùng” cho Mẹ Nguyễn Thị Tín.")
    assert [(r[0], r[10]) for r in rows] == [("ba-me-viet-nam-anh-hung", "Nguyễn Thị Tín")]
    # 'hạng Ba, 3 Huân chương ...': a digit after a comma is the next count, not a class
    rows = grants_of("Chủ tịch nước tặng 9 Huân chương Độc lập hạng Ba, 3 Huân chương Chiến công hạng Nhì cho cán bộ huyện Văn Lãng.")
    assert [(r[0], r[2]) for r in rows] == [("huan-chuong-doc-lap-hang-ba", 9), ("huan-chuong-chien-cong-hang-nhi", 3)]


def test_one_grant_told_with_its_class_and_without_is_one_and_a_bare_commendation_is_its_own():
    rows = grants_of(
        "Sáng 25/1, UBND huyện Văn Lãng tổ chức lễ trao Huân chương Độc lập hạng Ba cho 12 cá nhân. "
        "12 cá nhân được trao huân chương đợt này nguyên là cán bộ cao cấp."
    )
    assert short(rows) == [("huan-chuong-doc-lap-hang-ba", "individual", 12)]
    rows = grants_of("UBND huyện Văn Lãng tặng Giấy khen cho 6 hộ gia đình. Chủ tịch UBND xã khen thưởng 6 hộ gia đình.")
    assert short(rows) == [("giay-khen", "collective", 6), ("khen-thuong", "collective", 6)]


def test_of_two_joined_presenters_the_first_hands_it_over():
    rows = grants_of(
        "Ngày 29/1, UBND huyện Văn Lãng tổ chức Lễ truy tặng danh hiệu cho Mẹ Hà Thị Tín. Tại buổi lễ, đồng chí Phạm Quang Sự, "
        "Phó Chủ tịch UBND huyện và đồng chí Đặng Thanh Thuận, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy đã trao Bằng truy tặng danh hiệu "
        "“Bà mẹ Việt Nam Anh hùng” của Chủ tịch nước cho thân nhân Mẹ Hà Thị Tín."
    )
    assert [(r[0], r[6]) for r in rows] == [("ba-me-viet-nam-anh-hung", "Phạm Quang Sự")]
    # (or parted by a semicolon, each by their titles, the verb after the last)
    rows = grants_of(
        "Đồng chí Nguyễn Xuân Linh, Phó Bí thư Thường trực Huyện ủy; đồng chí Nguyễn Thị Hồng, Phó Chủ tịch UBND huyện trao "
        "Giấy khen của Chủ tịch UBND huyện cho 15 tập thể."
    )
    assert [(r[0], r[6]) for r in rows] == [("giay-khen", "Nguyễn Xuân Linh")]
    # negative: one who did something else before the semicolon hands nothing over
    rows = grants_of(
        "Đồng chí Nguyễn Xuân Linh, Phó Bí thư Thường trực Huyện ủy dự hội nghị; đồng chí Nguyễn Thị Hồng, Phó Chủ tịch UBND "
        "huyện trao Giấy khen của Chủ tịch UBND huyện cho 15 tập thể."
    )
    assert [(r[0], r[6]) for r in rows] == [("giay-khen", "Nguyễn Thị Hồng")]


def test_holders_of_a_title_commended_are_a_commendation_not_that_title():
    rows = grants_of("Tối 28/1, UBND huyện Văn Lãng tổ chức tuyên dương 90 gia đình văn hóa tiêu biểu.")
    assert short(rows) == [("khen-thuong", "collective", 90)]
    rows = grants_of("Năm 2022, huyện Văn Lãng công nhận 90 gia đình văn hóa tiêu biểu.")
    assert short(rows) == [("gia-dinh-van-hoa", "collective", 90)]


def test_a_count_given_a_list_of_awards_shares_them_and_a_headline_commendation_sums_up_the_body():
    rows = grants_of(
        "Năm 2022, 62 tập thể, cá nhân của huyện Văn Lãng đã được nhận Huân chương Lao động hạng Ba, Bằng khen của Thủ tướng Chính phủ, "
        "Cờ thi đua của UBND tỉnh."
    )
    # shared awards, no count each: a commendation of them all, by which award unsaid
    assert short(rows) == [("khen-thuong", "mixed", 62)]
    # each kind counted, then two awards listed, after their own passive or not: each count is commended, with
    # neither award its own (the first award was the individuals' and the collectives were lost)
    for body in (
        "Năm 2022, 5 tập thể, 7 cá nhân được nhận Bằng khen, Giấy khen.",
        "Dịp này, có 5 tập thể và 7 cá nhân được tặng Bằng khen và Giấy khen của UBND tỉnh và UBND huyện.",
    ):
        assert short(grants_of(body)) == [("khen-thuong", "collective", 5), ("khen-thuong", "individual", 7)], body
    # negative: each count its own award, and a title with the certificate given with it, are each theirs
    rows = grants_of("Dịp này, 5 tập thể được tặng Bằng khen và 7 cá nhân được tặng Giấy khen.")
    assert short(rows) == [("bang-khen-cap-bo-tinh", "collective", 5), ("giay-khen", "individual", 7)]
    rows = grants_of("Dịp này, 25 cá nhân được tặng danh hiệu Chiến sĩ thi đua cơ sở và Giấy khen.")
    assert short(rows) == [("chien-si-thi-dua-co-so", "individual", 25), ("giay-khen", "individual", 25)]
    facts = article(
        "Tuyên dương 50 thanh niên tiên tiến làm theo lời Bác\n05/01/2023\n"
        "Tại buổi lễ, Tỉnh đoàn Lạng Sơn đã tặng Bằng khen cho 50 thanh niên tiên tiến làm theo lời Bác.\nLê Hằng\n"
    )[1]
    assert [(g.award, g.count) for g in facts.grants] == [("bang-khen-cap-bo-tinh", 50)]


def test_trao_is_an_active_verb_whose_subject_confers():
    rows = grants_of("Cùng với thư khen, Sở GD-ĐT tỉnh Lạng Sơn đã quyết định trao giấy khen cho em Hoàng Văn Nam.")
    assert [(r[0], r[5], r[10]) for r in rows] == [("giay-khen", "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn", "Hoàng Văn Nam")]
    assert grants_of("Hai bên trao đổi kinh nghiệm về công tác khen thưởng ở huyện Văn Lãng.") == []


def test_a_total_whose_awards_follow_in_brackets_is_not_the_first_of_them():
    rows = grants_of(
        "Hội đồng đề nghị khen thưởng công tác an sinh xã hội cho 5 cá nhân (Huân chương Lao động hạng Ba cho 1 cá nhân, "
        "Bằng khen của Thủ tướng Chính phủ cho 4 cá nhân) ở huyện Văn Lãng."
    )
    assert short(rows) == [("huan-chuong-lao-dong-hang-ba", "individual", 1), ("bang-khen-thu-tuong", "individual", 4)]


def test_a_presenter_s_last_title_after_another_gives_as_that_office():
    for subject in (
        "Ông Nguyễn Văn Đông, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện",
        "Ông Nguyễn Văn Đông - Phó Bí thư Huyện ủy, Chủ tịch UBND huyện,",
        "Ông Nguyễn Văn Đông, Huyện ủy viên, Chủ tịch UBND huyện Văn Lãng,",
    ):
        rows = grants_of(f"{subject} trao Giấy khen cho 70 cá nhân có thành tích xuất sắc.")
        assert [(r[0], r[5], r[6]) for r in rows] == [("giay-khen", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng", "Nguyễn Văn Đông")], subject
    # negative: organs holding it jointly leave the giver unsaid; so do a plural's levels before the verb's comma
    rows = grants_of("Sáng 8/9, Huyện ủy, HĐND, UBND huyện Văn Lãng tổ chức lễ tuyên dương và trao Giấy khen cho 70 cá nhân.")
    assert [(r[0], r[5]) for r in rows] == [("giay-khen", None)]
    rows = grants_of(
        "Ngoài ra, các đơn vị thuộc huyện được các cấp bộ, ngành, tỉnh, khen thưởng gồm: 20 tập thể Tập thể lao động xuất sắc."
    )
    assert [(r[0], r[5]) for r in rows] == [("tap-the-lao-dong-xuat-sac", None)]
    # (nor does a title before verbs: the grant stays the body's)
    rows = grants_of("Chiều 17/3, Đại tá Trần Văn Tuấn, Giám đốc Công an tỉnh đã đến thăm, khen thưởng Ban chuyên án 368.")
    assert [(r[0], r[10]) for r in rows] == [("khen-thuong", "Ban chuyên án 368")]


def test_counts_after_a_quoted_title_the_taxonomy_lacks_are_that_titles():
    facts = article(
        HEAD + 'Thực hiện xét tặng danh hiệu "Anh hùng Lao động" năm 2022, Hội đồng đề nghị tặng danh hiệu "Công dân ưu tú" cho 10 '
        "cá nhân ở huyện Văn Lãng.\nTrần Thu Hương\n"
    )[1]
    # not the order named before: a commendation of that title's own name
    assert [(g.award, g.count, g.status, g.title) for g in facts.grants] == [("khen-thuong", 10, "proposed", "Công dân ưu tú")]
    rows = grants_of('Hội đồng đề nghị tặng danh hiệu "Anh hùng Lao động" cho 2 cá nhân ở huyện Văn Lãng.')
    assert short(rows) == [("anh-hung-lao-dong", "individual", 2)]


def test_one_recipient_counted_then_named_is_one_grant():
    rows = grants_of(
        'Chủ tịch nước đã ký Quyết định truy tặng danh hiệu "Bà mẹ Việt Nam Anh hùng" cho 01 mẹ ở huyện Văn Lãng. '
        'Huyện tổ chức lễ truy tặng danh hiệu "Bà mẹ Việt Nam Anh hùng" cho Mẹ Mai Thị Đây.'
    )
    assert [(r[0], r[2], r[10]) for r in rows] == [("ba-me-viet-nam-anh-hung", 1, "Mai Thị Đây")]


def test_the_recipients_phrase_gives_the_kind_a_bare_number_leaves_out():
    rows = grants_of(
        "Sáng 18/1, lãnh đạo đơn vị đã trao 13 Huân chương Bảo vệ Tổ quốc (3 hạng nhất, 1 hạng nhì, 9 hạng ba) "
        "cho nguyên thủ trưởng Ban Chỉ huy Quân sự huyện Văn Lãng qua các thời kỳ."
    )
    assert short(rows) == [
        ("huan-chuong-bao-ve-to-quoc-hang-nhat", "individual", 3),
        ("huan-chuong-bao-ve-to-quoc-hang-nhi", "individual", 1),
        ("huan-chuong-bao-ve-to-quoc-hang-ba", "individual", 9),
    ]
    rows = grants_of("Chủ tịch nước tặng 4 Huân chương Lao động hạng Ba cho các đơn vị của huyện Văn Lãng.")
    assert short(rows) == [("huan-chuong-lao-dong-hang-ba", "collective", 4)]
    rows = grants_of("Chủ tịch nước tặng 4 Huân chương Lao động hạng Ba trong dịp này ở huyện Văn Lãng.")
    assert short(rows) == [("huan-chuong-lao-dong-hang-ba", "mixed", 4)]  # the article does not say
    # (people by any calling of theirs: 'cho các em học sinh', 'cho các vận động viên')
    rows = grants_of("Hội Khuyến học huyện trao 15 suất quà và 5 Giấy khen cho các em học sinh nghèo vượt khó.")
    assert short(rows) == [("giay-khen", "individual", 5)]
    rows = grants_of("Sở Văn hóa, Thể thao và Du lịch trao 12 Bằng khen cho các vận động viên đoạt huy chương.")
    assert short(rows) == [("bang-khen-cap-bo-tinh", "individual", 12)]


def test_a_subject_that_receives_is_the_recipient():
    rows = grants_of(
        "Trường THCS Tân Mỹ nhận Giấy khen của UBND huyện. Chị Hoàng Thị Mai vinh dự nhận Bằng khen của Thủ tướng Chính phủ. "
        "Xã Tân Thanh vinh dự đón nhận Huân chương Lao động hạng Ba. Anh Lý Văn Tú được trao Bằng khen của Tỉnh đoàn. "
        "Ông Hà Văn Lực được bằng khen của UBND tỉnh."
    )
    assert [(r[0], r[1], r[2], r[5], r[10]) for r in rows] == [
        ("giay-khen", "collective", 1, "Ủy ban nhân dân huyện Văn Lãng", "Trường THCS Tân Mỹ"),
        ("bang-khen-thu-tuong", "individual", 1, "Thủ tướng Chính phủ", "Hoàng Thị Mai"),
        ("huan-chuong-lao-dong-hang-ba", "collective", 1, "Chủ tịch nước", "xã Tân Thanh"),
        ("bang-khen-cap-bo-tinh", "individual", 1, "Tỉnh đoàn Lạng Sơn", "Lý Văn Tú"),
        ("bang-khen-cap-bo-tinh", "individual", 1, "Ủy ban nhân dân tỉnh Lạng Sơn", "Hà Văn Lực"),
    ]


def test_people_listed_as_the_subject_receive_together():
    rows = grants_of(
        "Trong đó, ông Hà Văn Lực (xã Tân Mỹ) được nhận Huân chương Lao động hạng Ba; bà Lê Thị Hằng (xã Tân Thanh) "
        "và Phan Văn Khải (thị trấn Na Sầm) nhận Bằng khen của Hội Liên hiệp Phụ nữ Việt Nam."
    )
    assert [(r[0], r[1], r[2], r[5], r[10]) for r in rows] == [
        ("huan-chuong-lao-dong-hang-ba", "individual", 1, "Chủ tịch nước", "Hà Văn Lực"),
        ("bang-khen-cap-bo-tinh", "individual", 2, "Trung ương Hội Liên hiệp Phụ nữ Việt Nam", None),
    ]


def test_recognising_noting_and_a_ceremony_of_receiving_are_not_receiving():
    assert grants_of("UBND huyện Văn Lãng công nhận xã Tân Mỹ đạt danh hiệu Xã văn hóa.") == []
    assert grants_of("Ghi nhận thành tích của xã Tân Mỹ, huyện Văn Lãng đề nghị xét tặng Bằng khen.") == []
    # the ceremony's name is not its subject's verb: its one grant is the ceremony's (below), to whoever holds it
    facts = article(HEAD + "Sáng 18/1/2023, UBND huyện Văn Lãng tổ chức Lễ đón nhận Huân chương Lao động hạng Nhì.\nTrần Thu Hương\n")[1]
    assert [(g.evidence.rule, g.recipient) for g in facts.grants] == [("grants.receiving-ceremony", "Ủy ban nhân dân huyện Văn Lãng")]
    # the verb of receiving must govern the award: 'nhận định' here does not
    assert grants_of("Ông Hà Văn Lực nhận định Bằng khen của UBND tỉnh là động lực lớn.") == []


def test_a_ceremony_of_receiving_an_award_no_sentence_gives_is_its_grant():
    facts = article(
        HEAD + "Sáng 18/1/2023, Bộ Chỉ huy Quân sự tỉnh long trọng tổ chức lễ đón nhận Huân chương Bảo vệ Tổ quốc hạng Ba "
        "do Chủ tịch nước trao tặng.\nSáng 19/1/2023, Trường THCS Tân Mỹ tổ chức Lễ kỷ niệm 40 năm thành lập trường và "
        "đón nhận Bằng khen của Thủ tướng Chính phủ.\nTrần Thu Hương\n"
    )[1]
    assert [(g.award, g.recipient_kind, g.count, _label(g.conferrer), g.recipient, g.event) for g in facts.grants] == [
        ("huan-chuong-bao-ve-to-quoc-hang-ba", "collective", 1, "Chủ tịch nước", "Bộ Chỉ huy Quân sự tỉnh Lạng Sơn", "e1"),
        ("bang-khen-thu-tuong", "collective", 1, "Thủ tướng Chính phủ", "Trường THCS Tân Mỹ", "e2"),
    ]
    # a meeting or a festival held with the receiving: its holder receives (its giver after the title's quoted name)
    facts = article(
        HEAD + "Sáng 18/1/2023, Công ty Điện lực Lạng Sơn tổ chức Hội nghị tổng kết năm 2022 và "
        "đón nhận Cờ thi đua của Chính phủ.\nSáng 19/1/2023, thôn Nà Pàn, xã Tân Mỹ tổ chức Ngày hội Đại đoàn kết toàn dân "
        "tộc và đón nhận danh hiệu “Thôn văn hóa” giai đoạn 2020 - 2022 của UBND huyện.\nTrần Thu Hương\n"
    )[1]
    assert [(g.award, _label(g.conferrer), g.recipient, g.event) for g in facts.grants] == [
        ("co-thi-dua-chinh-phu", "Thủ tướng Chính phủ", "Công ty Điện lực Lạng Sơn", "e1"),
        ("thon-to-dan-pho-van-hoa", "Ủy ban nhân dân huyện Văn Lãng", "thôn Nà Pàn", "e2"),
    ]
    # a place named bare as its holder receives (not the committee that acts for it); its committee named, the committee
    for holder, receiver in (
        ("xã Tân Mỹ", "xã Tân Mỹ"),
        ("huyện Văn Lãng", "huyện Văn Lãng"),
        ("UBND xã Tân Mỹ", "Ủy ban nhân dân xã Tân Mỹ"),
    ):
        facts = article(
            HEAD + f"Sáng 18/1/2023, {holder} tổ chức Lễ đón nhận Huân chương Lao động hạng Ba của Chủ tịch nước.\nTrần Thu Hương\n"
        )[1]
        assert [(g.award, g.recipient) for g in facts.grants] == [("huan-chuong-lao-dong-hang-ba", receiver)], holder
        # (a headline's too, its ceremony told by its verb)
        facts = article(
            f"{holder[0].upper()}{holder[1:]} đón nhận Huân chương Lao động hạng Ba\n20/01/2023 09:00\n{EVENT}Trần Thu Hương\n"
        )[1]
        assert [(g.award, g.recipient) for g in facts.grants] == [("huan-chuong-lao-dong-hang-ba", receiver)], holder
    # negative: a meeting held with a handing-over gives its holder nothing
    facts = article(
        HEAD + "Sáng 18/1/2023, UBND huyện Văn Lãng tổ chức Hội nghị tổng kết năm 2022 và trao Cờ thi đua cho xã Tân Mỹ.\nTrần Thu Hương\n"
    )[1]
    assert [(g.award, g.recipient) for g in facts.grants] == [("co-thi-dua-cap-bo-tinh", "xã Tân Mỹ")]


def test_a_ceremony_whose_award_a_sentence_gives_adds_nothing_and_a_headline_unit_is_its_people():
    facts = article(
        "Huyện Văn Lãng đón nhận Huân chương Lao động hạng Ba\n20/01/2023 09:00\n"
        "Sáng 18/1/2023, UBND huyện Văn Lãng tổ chức Lễ đón nhận Huân chương Lao động hạng Ba.\n"
        "Phó Chủ tịch nước Võ Thị Ánh Xuân trao Huân chương Lao động hạng Ba cho Đảng bộ, chính quyền và nhân dân huyện Văn Lãng.\n"
        "Trần Thu Hương\n"
    )[1]
    assert [(g.award, g.recipient, g.presenter) for g in facts.grants] == [
        ("huan-chuong-lao-dong-hang-ba", "Đảng bộ, chính quyền và nhân dân huyện Văn Lãng", "Võ Thị Ánh Xuân")
    ]
    # the award handed over by its form alone, or the title by its word, to the unit's people: the ceremony's award,
    # theirs (not the committee's that held the ceremony)
    for held, handed, award in (
        ("Lễ đón nhận Huân chương Lao động hạng Ba", "trao Huân chương cho", "huan-chuong-lao-dong-hang-ba"),
        (
            "Lễ đón nhận danh hiệu Anh hùng Lực lượng vũ trang nhân dân", "trao danh hiệu cao quý này cho",
            "anh-hung-luc-luong-vu-trang-nhan-dan",
        ),
    ):  # fmt: skip
        facts = article(
            f"Hai địa phương đón nhận phần thưởng cao quý\n20/01/2023 09:00\nSáng 18/1/2023, xã Tân Mỹ (huyện Văn Lãng) tổ chức {held}.\n"
            f"Phó Chủ tịch nước Võ Thị Ánh Xuân {handed} Đảng bộ, chính quyền và Nhân dân xã Tân Mỹ.\nTrần Thu Hương\n"
        )[1]
        assert [(g.award, g.recipient, g.presenter) for g in facts.grants] == [
            (award, "Đảng bộ, chính quyền và nhân dân xã Tân Mỹ", "Võ Thị Ánh Xuân")
        ], handed
    # handed over to another body: the ceremony's own recipient keeps it
    facts = article(
        "Xã đón nhận danh hiệu\n20/01/2023 09:00\nSáng 18/1/2023, xã Tân Mỹ (huyện Văn Lãng) tổ chức Lễ đón nhận danh hiệu "
        "Anh hùng Lực lượng vũ trang nhân dân.\nPhó Chủ tịch nước Võ Thị Ánh Xuân trao danh hiệu cho Đảng bộ, chính quyền và "
        "Nhân dân xã Tân Thanh.\nTrần Thu Hương\n"
    )[1]
    assert [g.recipient for g in facts.grants] == ["Ủy ban nhân dân xã Tân Mỹ"]


def test_a_ceremony_planned_or_of_another_state_s_order_is_no_grant():
    assert grants_of("UBND xã Tân Mỹ sẽ tổ chức Lễ đón nhận Bằng khen của Thủ tướng Chính phủ vào tháng 2.") == []
    assert (
        grants_of(
            "Trường THCS Tân Mỹ tổ chức Lễ kỷ niệm 40 năm thành lập trường và đón nhận Huân chương Lao động hạng Nhì của nước CHDCND Lào."
        )
        == []
    )


def test_one_named_recipient_among_a_counted_total_is_the_total_s():
    rows = grants_of(
        "Chủ tịch UBND huyện Văn Lãng đã ký quyết định tặng Giấy khen cho 3 tập thể, cá nhân. "
        "Các tập thể, cá nhân được tặng Giấy khen là: Trường THCS Tân Mỹ; cô giáo Hoàng Thị Mai và em Lý Văn Tú.\n"
        "Em Lý Văn Tú, học sinh lớp 9, nhận Giấy khen."
    )
    assert [(r[0], r[1], r[2], r[10]) for r in rows] == [("giay-khen", "mixed", 3, None)]
    # one who hands the total over and is given the award too is no member of it
    rows = grants_of(
        "Ông Hà Văn Lực, Chủ tịch UBND huyện trao Giấy khen của UBND huyện cho 12 cá nhân. Ông Hà Văn Lực được tặng Giấy khen của UBND tỉnh."
    )
    assert [(r[0], r[2], r[10]) for r in rows] == [("giay-khen", 12, None), ("giay-khen", 1, "Hà Văn Lực")]
    # the sentence after a total that gives the one named an award of its own, by another giver, is no list of the total
    rows = grants_of(
        "- Tặng Bằng khen cho 9 cá nhân có thành tích xuất sắc.\n"
        "Dịp này, Giám đốc Sở Y tế tặng Bằng khen cho bà Hoàng Thị Thu, Trưởng trạm y tế xã Tân Mỹ."
    )
    assert [(r[0], r[2], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", 9, None), ("bang-khen-cap-bo-tinh", 1, "Hoàng Thị Thu")]


def test_a_headline_that_does_not_say_whom_restates_the_body_grant_of_its_count():
    facts = article(
        "Văn Lãng: Trao 12 Huân chương Chiến công tại lễ kỷ niệm\n20/01/2023 09:00\n"
        "Thừa ủy quyền của Chủ tịch nước, đồng chí Hà Văn Lực trao 12 Huân chương Chiến công cho 12 cá nhân.\nTrần Thu Hương\n"
    )[1]
    assert [(g.award, g.recipient_kind, g.count) for g in counted_once(facts.grants)] == [("huan-chuong-chien-cong", "individual", 12)]
    # a headline that counts other recipients is its own grant
    facts = article(
        "Văn Lãng: Trao 15 Huân chương Chiến công tại lễ kỷ niệm\n20/01/2023 09:00\n"
        "Thừa ủy quyền của Chủ tịch nước, đồng chí Hà Văn Lực trao 12 Huân chương Chiến công cho 12 cá nhân.\nTrần Thu Hương\n"
    )[1]
    assert sorted(g.count for g in counted_once(facts.grants)) == [12, 15]


def test_bodies_listed_after_cho_are_as_many_recipients_but_their_address_is_not():
    rows = grants_of("UBND huyện Văn Lãng tặng Giấy khen cho xã Tân Mỹ, xã Tân Thanh và thị trấn Na Sầm.")
    assert [(r[0], r[1], r[2], r[10]) for r in rows] == [("giay-khen", "collective", 3, None)]
    rows = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho Trường THCS Tân Mỹ và Trường Tiểu học Na Sầm.")
    assert [(r[1], r[2]) for r in rows] == [("collective", 2)]
    # where the one recipient is, and a name with 'và' inside it, are one recipient
    rows = grants_of("Thủ tướng Chính phủ tặng Cờ thi đua cho Nhân dân và cán bộ xã Tân Mỹ, huyện Văn Lãng, tỉnh Lạng Sơn.")
    assert [(r[2], r[10]) for r in rows] == [(1, "Nhân dân và cán bộ xã Tân Mỹ")]
    rows = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho Trường Đại học Kinh tế và Quản trị Kinh doanh.")
    assert [(r[1], r[2]) for r in rows] == [("collective", 1)] and rows[0][10].startswith("Trường Đại học Kinh tế và Quản")


def test_two_givings_in_one_clause_are_two_grants_of_one_giver():
    rows = grants_of(
        "Hội nghị đã thống nhất đề nghị Ban Thường vụ Huyện ủy tặng Cờ thi đua cho xã Tân Mỹ và tặng Bằng khen cho xã Tân Thanh."
    )
    assert [(r[0], r[2], r[4], r[5], r[10]) for r in rows] == [
        ("co-thi-dua-cap-bo-tinh", 1, "proposed", "Ban Thường vụ Huyện ủy Văn Lãng", "xã Tân Mỹ"),
        ("bang-khen-cap-bo-tinh", 1, "proposed", "Ban Thường vụ Huyện ủy Văn Lãng", "xã Tân Thanh"),
    ]
    # a second verb with no award of its own does not split the award from its recipients
    rows = grants_of("Chủ tịch UBND huyện trao Giấy khen và tặng quà cho 10 cá nhân.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "individual", 10)]


def test_a_headline_count_that_sums_every_grant_of_the_body_is_an_umbrella():
    def counts(headline_count: int, body: str) -> list[int]:
        text = f"{headline_count} hội viên nông dân được nhận khen thưởng\n20/01/2023 09:00\n{body}\nTrần Thu Hương\n"
        return sorted(g.count for g in counted_once(article(text)[1].grants))

    order, pm = (
        "Ông Hà Văn Lực được nhận Huân chương Lao động hạng Ba",
        "ông Lý Văn Tú và bà Lê Thị Hằng nhận Bằng khen của Thủ tướng Chính phủ",
    )
    province = "ông Hoàng Văn Nam, bà Lăng Thị Nga và ông Phan Văn Khải được tặng Bằng khen của UBND tỉnh"
    assert counts(6, f"{order}; {pm}; {province}.") == [1, 2, 3]
    assert counts(8, f"{order}; {pm}.") == [1, 2, 8]  # one it does not sum is its own


def test_a_headline_commendation_of_both_kinds_sums_the_body_s_grants_whatever_their_status():
    def grants(headline: str) -> list[tuple[str, str, int | None]]:
        text = (
            f"{headline}\n05/12/2023 09:00\nNgày 5/12/2023, Hội Nông dân tỉnh họp xét thi đua năm 2023. Cuộc họp thống nhất "
            "đề nghị UBND tỉnh tặng Bằng khen cho 5 tập thể, 8 cá nhân. Đồng thời, Hội Nông dân tỉnh tặng Giấy khen cho "
            "10 tập thể.\nTrần Thu Hương\n"
        )
        return sorted((g.status, g.award, g.count) for g in counted_once(article(text)[1].grants))

    body = [("conferred", "giay-khen", 10), ("proposed", "bang-khen-cap-bo-tinh", 5), ("proposed", "bang-khen-cap-bo-tinh", 8)]
    assert grants("Hội Nông dân tỉnh đề nghị khen thưởng 23 tập thể, cá nhân") == body
    # a total the body's grants do not make up is the headline's own
    assert ("proposed", "khen-thuong", 30) in grants("Hội Nông dân tỉnh đề nghị khen thưởng 30 tập thể, cá nhân")


def test_a_person_receiving_on_behalf_of_their_unit_receives_it_for_the_unit():
    rows = grants_of("Ông Lê Văn Bình, Giám đốc Sở Y tế thay mặt tập thể đón nhận Cờ thi đua của Chính phủ.")
    assert [(r[0], r[1], r[10]) for r in rows] == [("co-thi-dua-chinh-phu", "collective", "Sở Y tế tỉnh Lạng Sơn")]
    rows = grants_of("Thay mặt tập thể nhà trường, cô Lê Thị Hoa, Hiệu trưởng Trường THCS Lê Lợi vinh dự nhận Bằng khen của UBND tỉnh.")
    assert [(r[1], r[10]) for r in rows] == [("collective", "Trường THCS Lê Lợi")]
    # 'đại diện' (as representative of) the unit, too
    rows = grants_of("Đại diện tập thể nhà trường, cô Lê Thị Hoa, Hiệu trưởng Trường THCS Lê Lợi vinh dự nhận Bằng khen của UBND tỉnh.")
    assert [(r[1], r[10]) for r in rows] == [("collective", "Trường THCS Lê Lợi")]
    rows = grants_of("Đại diện đơn vị, ông Lê Văn Bình, Giám đốc Sở Y tế đón nhận Cờ thi đua của Chính phủ.")
    assert [(r[0], r[1], r[10]) for r in rows] == [("co-thi-dua-chinh-phu", "collective", "Sở Y tế tỉnh Lạng Sơn")]
    # negative: ('Đại diện lãnh đạo Sở, ông A phát biểu': the one who speaks for the leaders receives nothing for them)
    rows = grants_of("Đại diện lãnh đạo Sở, ông Lê Văn Bình phát biểu; bà Lê Thị Hoa nhận Bằng khen của UBND tỉnh.")
    assert [(r[1], r[10]) for r in rows] == [("individual", "Lê Thị Hoa")]
    # one receiving for themself is the recipient
    rows = grants_of("Ông Lê Văn Bình, Giám đốc Sở Y tế vinh dự đón nhận Bằng khen của Thủ tướng Chính phủ.")
    assert [(r[1], r[10]) for r in rows] == [("individual", "Lê Văn Bình")]


def test_an_award_received_again_after_the_event_named_for_it_is_given_at_that_event():
    _, facts = article(
        "Học viện Cán bộ đón nhận Huân chương Lao động hạng Nhì\n15/11/2024 10:30\n"
        "Sáng 14/11/2024, Học viện Cán bộ tỉnh Lạng Sơn tổ chức Lễ kỷ niệm 20 năm thành lập và đón nhận Huân chương Lao động hạng Nhì. "
        "PGS.TS Lê Văn Bình, Giám đốc Học viện vinh dự thay mặt tập thể đón nhận Huân chương Lao động hạng Nhì do Chủ tịch nước trao tặng. "
        "Ông Hà Văn Lực, Chủ tịch UBND tỉnh tặng Bằng khen cho 10 tập thể của Học viện.\nTrần Thu Hương\n"
    )
    assert len(facts.events) == 1
    assert {(g.award, g.event) for g in facts.grants} == {("huan-chuong-lao-dong-hang-nhi", "e1"), ("bang-khen-cap-bo-tinh", "e1")}


def test_a_named_recipient_of_several_awards_in_one_clause_receives_each():
    # a second verb of receiving: its award is the recipient's too, its giver not the first verb's
    rows = grants_of("Trường THCS Lê Lợi được UBND tỉnh tặng Bằng khen và được công nhận danh hiệu Tập thể lao động xuất sắc.")
    assert [(r[0], r[10], r[5]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", "Trường THCS Lê Lợi", "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("tap-the-lao-dong-xuat-sac", "Trường THCS Lê Lợi", None),
    ]
    # awards listed under one verb
    rows = grants_of("Ông Lê Văn Bình được tặng Huân chương Lao động hạng Ba và Bằng khen của Thủ tướng Chính phủ.")
    assert [(r[0], r[10]) for r in rows] == [("huan-chuong-lao-dong-hang-ba", "Lê Văn Bình"), ("bang-khen-thu-tuong", "Lê Văn Bình")]
    # an award in the reason is not received
    rows = grants_of("Trường THCS Lê Lợi được tặng Bằng khen vì đã góp phần để xã đạt danh hiệu Xã, phường, thị trấn tiêu biểu.")
    assert [r[0] for r in rows] == ["bang-khen-cap-bo-tinh"]


def test_items_counting_an_award_under_a_giving_heading_or_a_numbered_section_heading():
    def rows(text: str) -> list[tuple[str, str, int | None]]:
        return sorted(
            (g.award, g.recipient_kind, g.count) for g in article(f"Kết quả thi đua năm 2023\n{text}\nTrần Thu Hương\n")[1].grants
        )

    # a title in quotes before the item's colon
    items = '- Danh hiệu "Lao động tiên tiến": 28 cá nhân;\n- Danh hiệu “Tập thể lao động tiên tiến”: 05 tập thể.'
    assert rows(f"UBND huyện Văn Lãng thông báo kết quả khen thưởng năm 2023 như sau:\n{items}") == [
        ("lao-dong-tien-tien", "individual", 28), ("tap-the-lao-dong-tien-tien", "collective", 5)
    ]  # fmt: skip
    # a numbered section heading of its own line opens its items as a heading with a colon would
    items = "- Cờ thi đua của UBND tỉnh: 04 tập thể;\n- Danh hiệu Chiến sĩ thi đua cấp tỉnh: 06 cá nhân."
    assert rows(f"Năm 2023, công tác thi đua của huyện Văn Lãng có nhiều chuyển biến.\n2. Khen thưởng cấp tỉnh\n{items}") == [
        ("chien-si-thi-dua-cap-bo-tinh", "individual", 6), ("co-thi-dua-cap-bo-tinh", "collective", 4)
    ]  # fmt: skip
    # a heading that gives nothing opens no list of grants
    assert rows(f"Năm 2023, huyện Văn Lãng có nhiều đơn vị tiêu biểu.\n2. Các đơn vị tiêu biểu\n{items}") == []


def test_people_a_plural_honorific_lists_before_their_verb_are_one_subject_whatever_parts_them():
    rows = grants_of(
        "Các đồng chí: Hồ Thị Minh, Phó Bí thư Đảng ủy xã Tân Thanh; Nguyễn Văn Bé, Trưởng thôn Cợp và Hồ Văn Lai, "
        "Chủ tịch Hội Nông dân xã Tân Mỹ được Ban Thường vụ Huyện ủy tặng Giấy khen."
    )
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "individual", 3)]
    rows = grants_of("Các đồng chí Hồ Thị Minh, Nguyễn Văn Bé và Hồ Văn Lai được Ban Thường vụ Huyện ủy tặng Giấy khen.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "individual", 3)]
    # each with a verb of their own: two grants
    rows = grants_of("Các đồng chí: Hồ Thị Minh được tặng Bằng khen của UBND tỉnh; Nguyễn Văn Bé được tặng Giấy khen.")
    assert [(r[0], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", "Hồ Thị Minh"), ("giay-khen", "Nguyễn Văn Bé")]


def test_a_speaker_is_not_the_recipient_of_what_they_report():
    assert grants_of("Ông Nguyễn Văn Bé, Trưởng thôn cho biết năm nay thôn có 95% hộ đạt danh hiệu Gia đình văn hóa.") == []
    # unless they say it of themself
    rows = grants_of("Ông Nguyễn Văn Bé cho biết, năm nay ông được tặng Giấy khen của UBND huyện.")
    assert [(r[0], r[10]) for r in rows] == [("giay-khen", "Nguyễn Văn Bé")]
    # a speech given is no report of another's award
    rows = grants_of("Ông Nguyễn Văn Bé, Trưởng thôn Cợp phát biểu cảm ơn và nhận Giấy khen của UBND huyện.")
    assert [(r[0], r[10]) for r in rows] == [("giay-khen", "Nguyễn Văn Bé")]


def test_whose_decision_gives_an_award_confers_it():
    rows = grants_of("Theo Quyết định số 1234/QĐ-UBND ngày 15/12/2023 của Chủ tịch UBND tỉnh về việc tặng Bằng khen cho 20 tập thể.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("bang-khen-cap-bo-tinh", 20, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn")]
    rows = grants_of("Theo Quyết định của UBND tỉnh, 20 tập thể được tặng Bằng khen.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("bang-khen-cap-bo-tinh", 20, "Ủy ban nhân dân tỉnh Lạng Sơn")]
    # a decision named by its number alone says no giver
    rows = grants_of("Theo Quyết định số 1234/QĐ-UBND, 20 tập thể được tặng Giấy khen.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("giay-khen", 20, None)]


def test_a_sentence_opened_under_a_decision_gives_every_clause_under_it():
    ubnd = "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"
    rows = grants_of(
        "Căn cứ Quyết định số 88/QĐ-UBND của Chủ tịch UBND tỉnh, 9 tập thể được tặng danh hiệu Tập thể lao động xuất sắc; "
        "31 cá nhân được tặng danh hiệu Chiến sĩ thi đua cấp tỉnh và 4 tập thể được tặng Cờ thi đua."
    )
    assert [(r[0], r[2], r[5]) for r in rows] == [
        ("tap-the-lao-dong-xuat-sac", 9, ubnd),
        ("chien-si-thi-dua-cap-bo-tinh", 31, ubnd),
        ("co-thi-dua-cap-bo-tinh", 4, ubnd),
    ]
    # a clause naming its own giver keeps it
    rows = grants_of(
        "Theo Quyết định của Chủ tịch UBND tỉnh, 9 tập thể được tặng Bằng khen; 2 cá nhân được Thủ tướng Chính phủ tặng Bằng khen."
    )
    assert [(r[0], r[5]) for r in rows] == [("bang-khen-cap-bo-tinh", ubnd), ("bang-khen-thu-tuong", "Thủ tướng Chính phủ")]
    # a decision that does not open the sentence gives only its own clause's grants
    rows = grants_of(
        "Quyết định số 12 của Chủ tịch UBND tỉnh về việc tặng Bằng khen cho 15 tập thể; 42 cá nhân được tặng danh hiệu Lao động tiên tiến."
    )
    assert [(r[0], r[5]) for r in rows] == [("bang-khen-cap-bo-tinh", ubnd), ("lao-dong-tien-tien", None)]


def test_the_proposal_a_decision_rests_on_does_not_make_its_grants_proposals():
    rows = grants_of("Xét đề nghị của Sở Nội vụ, UBND tỉnh quyết định tặng Bằng khen cho 10 tập thể.")
    assert [(r[0], r[2], r[4]) for r in rows] == [("bang-khen-cap-bo-tinh", 10, "conferred")]
    rows = grants_of("Hội đồng thống nhất đề nghị UBND tỉnh tặng Bằng khen cho 10 tập thể.")
    assert [(r[0], r[2], r[4]) for r in rows] == [("bang-khen-cap-bo-tinh", 10, "proposed")]


def test_who_delegated_the_handing_over_confers_but_an_order_stays_the_president_s():
    rows = grants_of("Thừa ủy quyền của Chủ tịch UBND tỉnh, Giám đốc Sở Nội vụ trao Bằng khen cho 12 cá nhân.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("bang-khen-cap-bo-tinh", 12, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn")]
    rows = grants_of(
        "Thừa ủy quyền của Bộ trưởng Bộ Quốc phòng, đồng chí Hà Văn Lực trao Huân chương Bảo vệ Tổ quốc hạng Ba cho 3 cá nhân."
    )
    assert [(r[0], r[5], r[6]) for r in rows] == [("huan-chuong-bao-ve-to-quoc-hang-ba", "Chủ tịch nước", "Hà Văn Lực")]
    rows = grants_of(
        "Thừa ủy nhiệm của Đảng, Nhà nước, đồng chí Hà Văn Lực trao Huân chương Độc lập hạng Nhất cho Liên đoàn Lao động tỉnh."
    )
    assert [(r[0], r[5], r[6]) for r in rows] == [("huan-chuong-doc-lap-hang-nhat", "Chủ tịch nước", "Hà Văn Lực")]
    rows = grants_of("Thừa lệnh của Chủ tịch UBND tỉnh, bà Lê Thị Hạnh trao Bằng khen cho 12 cá nhân.")
    assert [(r[0], r[5], r[6]) for r in rows] == [("bang-khen-cap-bo-tinh", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "Lê Thị Hạnh")]
    # (or 'Ủy quyền của' alone, opening the sentence)
    rows = grants_of("Ủy quyền của Bộ trưởng Bộ Công an, Đại tá Hà Văn Lực trao Bằng khen cho 4 tập thể.")
    assert [(r[0], r[5], r[6]) for r in rows] == [("bang-khen-cap-bo-tinh", "Bộ trưởng Bộ Công an", "Hà Văn Lực")]
    # negative: a body that delegated the handing-over to another, after its subject, confers as the subject
    rows = grants_of("UBND huyện đã ủy quyền cho Phòng Nội vụ trao Giấy khen cho 4 tập thể.")
    assert [(r[0], r[5]) for r in rows] == [("giay-khen", "Ủy ban nhân dân huyện Văn Lãng")]


def test_an_order_pinned_on_a_body_s_flag_is_given_to_that_body():
    for flag in ("lên lá cờ truyền thống của", "lên cờ truyền thống", "lên lá cờ của"):
        rows = grants_of(f"Ông Hà Văn Lực gắn Huân chương Lao động hạng Nhì {flag} Đảng bộ xã Tân Lập.")
        assert [(r[0], r[10], r[6]) for r in rows] == [("huan-chuong-lao-dong-hang-nhi", "Đảng bộ xã Tân Lập", "Hà Văn Lực")], flag
    # a flag that is no body's names no recipient
    rows = grants_of("Ông Hà Văn Lực gắn Huân chương Lao động hạng Nhì lên lá cờ đỏ thắm.")
    assert [r[10] for r in rows] == []


def test_the_ceremony_names_the_giver_of_an_award_a_headline_told():
    facts = article(
        "Công an huyện Văn Lãng đón nhận Cờ thi đua\n20/01/2023 09:00\n"
        "Sáng 18/1/2023, Công an huyện Văn Lãng tổ chức lễ đón nhận Cờ thi đua do Bộ Công an trao tặng.\nTrần Thu Hương\n"
    )[1]
    assert [(g.award, _label(g.conferrer), g.recipient) for g in facts.grants] == [
        ("co-thi-dua-cap-bo-tinh", "Bộ Công an", "Công an huyện Văn Lãng")
    ]


def test_a_unit_named_by_its_head_noun_is_a_recipient_and_ad_hoc_commendation_commends():
    rows = grants_of("Giám đốc Công an tỉnh tặng Giấy khen cho Đội Cảnh sát hình sự Công an huyện Văn Lãng vì đã phá nhanh vụ án.")
    assert [(r[0], r[1], r[2], r[10]) for r in rows] == [("giay-khen", "collective", 1, "Đội Cảnh sát hình sự Công an huyện Văn Lãng")]
    rows = grants_of("Chủ tịch UBND tỉnh vừa ký quyết định khen thưởng đột xuất cho 3 cán bộ, chiến sĩ Công an huyện.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("khen-thuong", "individual", 3)]
    # a team named in lower case is no name: a grant to such recipients, uncounted and unnamed
    rows = grants_of("UBND huyện tặng Giấy khen cho đội văn nghệ xã.")
    assert [(r[0], r[1], r[2], r[10]) for r in rows] == [("giay-khen", "collective", None, None)]


def test_a_named_collective_then_a_count_after_cho_are_both_the_award_s():
    rows = grants_of("UBND tỉnh tặng Bằng khen cho tập thể Công an huyện Văn Lãng và 3 cá nhân có thành tích xuất sắc.")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", "collective", 1),
        ("bang-khen-cap-bo-tinh", "individual", 3),
    ]
    # a count after a collective that is not the award's recipient list stays unbound
    assert grants_of("Tập thể Công an huyện Văn Lãng và 3 cá nhân đã cứu người trong lũ.") == []
    # the recipients after a colon: one body or several, then the count
    five = "Trung tâm Y tế huyện, Công an huyện, Ban Chỉ huy Quân sự huyện, Phòng Giáo dục và Đào tạo, Bệnh viện Đa khoa khu vực Na Sầm"
    for listed, bodies in (("Trung tâm Y tế huyện", 1), ("Trung tâm Y tế huyện, Công an huyện, Phòng Nội vụ", 3), (five, 5)):
        rows = grants_of(f"Theo đó, Chủ tịch UBND huyện đã tặng Giấy khen cho: {listed} và 12 cá nhân.")
        assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "collective", bodies), ("giay-khen", "individual", 12)], listed


def test_a_giving_then_a_proposal_to_recipients_of_its_own_after_a_comma_are_two_clauses():
    said = (
        "Nhân dịp này, UBND huyện đã khen thưởng cho 5 tập thể và 17 cá nhân có thành tích xuất sắc, đồng thời đề nghị UBND "
        "tỉnh tặng Bằng khen cho 2 tập thể, 3 cá nhân."
    )
    assert [(r[0], r[2], r[4], r[5]) for r in grants_of(said)] == [
        ("khen-thuong", 5, "conferred", "Ủy ban nhân dân huyện Văn Lãng"),
        ("khen-thuong", 17, "conferred", "Ủy ban nhân dân huyện Văn Lãng"),
        ("bang-khen-cap-bo-tinh", 2, "proposed", "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("bang-khen-cap-bo-tinh", 3, "proposed", "Ủy ban nhân dân tỉnh Lạng Sơn"),
    ]
    # negative: a ranking, then the proposal for the one ranked, is one clause (its recipient the one ranked)
    rows = grants_of("Hội đồng suy tôn xã Tân Mỹ là đơn vị dẫn đầu, đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert [(r[0], r[4], r[10]) for r in rows if r[0] == "co-thi-dua-cap-bo-tinh"] == [("co-thi-dua-cap-bo-tinh", "proposed", "xã Tân Mỹ")]


def test_a_proposal_does_not_carry_to_a_clause_that_names_its_own_giver():
    rows = grants_of("Hội đồng đề nghị cấp trên khen thưởng 12 tập thể; UBND huyện tặng Giấy khen cho 40 tập thể và 85 cá nhân.")
    assert [(r[0], r[2], r[4]) for r in rows] == [
        ("khen-thuong", 12, "proposed"),
        ("giay-khen", 40, "conferred"),
        ("giay-khen", 85, "conferred"),
    ]
    # 'theo thẩm quyền' (by its own authority) gives: the clause is no proposal even without its subject
    rows = grants_of("Hội đồng thống nhất đề nghị khen thưởng 9 cá nhân; khen thưởng theo thẩm quyền 20 tập thể.")
    assert [(r[2], r[4]) for r in rows] == [(9, "proposed"), (20, "conferred")]
    # a proposal that opens a list proposes each giver's award in it
    rows = grants_of(
        "Hội đồng thống nhất đề nghị: Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 2 tập thể; "
        "Thủ tướng Chính phủ tặng Bằng khen cho 5 cá nhân."
    )
    assert [(r[0], r[4]) for r in rows] == [("huan-chuong-lao-dong-hang-ba", "proposed"), ("bang-khen-thu-tuong", "proposed")]
    # and a clause without a giver of its own stays in the proposal
    rows = grants_of("Hội đồng đề nghị UBND tỉnh tặng Bằng khen cho 5 tập thể; Cờ thi đua cho 1 tập thể.")
    assert [r[4] for r in rows] == ["proposed", "proposed"]
    # a clause opening on those it counts, given by a giver it names in the passive, is a giving of its own (after
    # 'và', a comma or a semicolon)
    for joint in (" và ", ", ", "; "):
        rows = grants_of(f"3 tập thể được đề nghị UBND tỉnh tặng Bằng khen{joint}2 tập thể được Chủ tịch UBND huyện tặng Giấy khen.")
        assert [(r[0], r[2], r[4]) for r in rows] == [("bang-khen-cap-bo-tinh", 3, "proposed"), ("giay-khen", 2, "conferred")], joint
    # negative: one that names no giver stays in the proposal
    rows = grants_of("3 tập thể được đề nghị UBND tỉnh tặng Bằng khen; 2 cá nhân được tặng Giấy khen.")
    assert [r[4] for r in rows] == ["proposed", "proposed"]
    # the list a proposal opens, each item given in the passive by its giver or by none, is all asked for
    for listed in (
        "2 tập thể được Chủ tịch nước tặng Huân chương Lao động hạng Ba; 5 cá nhân được Thủ tướng Chính phủ tặng Bằng khen.",
        "2 tập thể được tặng Huân chương Lao động hạng Ba; 5 cá nhân được tặng Bằng khen của Thủ tướng Chính phủ.",
    ):
        rows = grants_of(f"Hội đồng thống nhất đề nghị: {listed}")
        assert [r[4] for r in rows] == ["proposed", "proposed"], listed
    # negative: a proposal granted after it, no list opened, was given ('đề nghị và đã được ...')
    rows = grants_of("Huyện đã đề nghị và đã được Chủ tịch UBND tỉnh tặng Bằng khen cho 2 tập thể.")
    assert [r[4] for r in rows] == ["conferred"]


def test_commendation_by_one_s_own_authority_or_at_once_commends_its_count():
    rows = grants_of("Chủ tịch UBND huyện khen thưởng theo thẩm quyền cho 40 tập thể và 85 cá nhân.")
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [
        ("khen-thuong", "collective", 40, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
        ("khen-thuong", "individual", 85, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
    ]
    rows = grants_of("Năm qua, UBND huyện đã khen thưởng đột xuất, kịp thời cho 7 cá nhân có thành tích.")
    assert [(r[0], r[2]) for r in rows] == [("khen-thuong", 7)]
    # (or by a theme, in rounds, or as a rule: 'khen thưởng theo chuyên đề', 'theo đợt', 'thường xuyên', 'định kỳ')
    rows = grants_of("UBND huyện khen thưởng đột xuất cho 6 tập thể; khen thưởng theo chuyên đề cho 14 tập thể, 31 cá nhân.")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("khen-thuong", "collective", 6), ("khen-thuong", "collective", 14), ("khen-thuong", "individual", 31)
    ]  # fmt: skip
    rows = grants_of("Năm 2023, UBND huyện khen thưởng thường xuyên cho 52 tập thể, khen thưởng theo đợt cho 18 cá nhân.")
    assert [(r[1], r[2]) for r in rows] == [("collective", 52), ("individual", 18)]
    # authority that is only discussed commends no count
    assert grants_of("Hội nghị bàn về thẩm quyền khen thưởng của 12 đơn vị.") == []


def test_a_fronted_passive_gives_the_award_to_the_subject_after_its_phrase():
    def given(sentence):
        return [(r[0], r[1], r[2], r[5], r[10]) for r in grants_of(sentence)]

    assert given("Được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Ba, tập thể Trường THCS Lê Lợi vô cùng phấn khởi.") == [
        ("huan-chuong-lao-dong-hang-ba", "collective", 1, "Chủ tịch nước", "Trường THCS Lê Lợi")
    ]
    assert given("Vinh dự được Thủ tướng Chính phủ tặng Bằng khen, Hợp tác xã Hòa Bình quyết tâm giữ vững danh hiệu.") == [
        ("bang-khen-thu-tuong", "collective", 1, "Thủ tướng Chính phủ", "Hợp tác xã Hòa Bình")
    ]
    assert given("Sau khi được Bộ trưởng Bộ Công an tặng Bằng khen vì thành tích xuất sắc, Thượng úy Lò Văn Minh trở lại xã.") == [
        ("bang-khen-cap-bo-tinh", "individual", 1, "Bộ trưởng Bộ Công an", "Lò Văn Minh")
    ]
    # no named subject after the phrase: no recipient to record
    assert given("Được UBND huyện tặng Giấy khen, các tập thể đều phấn khởi.") == []
    # 'Được biết' opens a sentence, it gives nothing; the subject after it and a time word still receives
    assert given("Được biết, năm nay Trường THCS Lê Lợi được Chủ tịch nước tặng Huân chương Lao động hạng Ba.") == [
        ("huan-chuong-lao-dong-hang-ba", "collective", 1, "Chủ tịch nước", "Trường THCS Lê Lợi")
    ]
    assert given("Được sự quan tâm của tỉnh, UBND huyện tặng Giấy khen cho 20 tập thể.") == [
        ("giay-khen", "collective", 20, "Ủy ban nhân dân huyện Văn Lãng", None)
    ]


def test_two_counts_that_open_the_clause_joined_by_va_are_both_the_passive_s_subject():
    rows = grants_of(
        "Nhân dịp này, 25 học sinh đạt giải cao tại kỳ thi học sinh giỏi cấp tỉnh và 10 giáo viên được UBND huyện tặng Giấy khen."
    )
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "individual", 25), ("giay-khen", "individual", 10)]
    rows = grants_of("Năm 2023, 12 tập thể có thành tích trong xây dựng nông thôn mới và 30 cá nhân được UBND huyện tặng Giấy khen.")
    assert [(r[1], r[2]) for r in rows] == [("collective", 12), ("individual", 30)]
    # a count after a verb is that verb's object, not the passive's subject
    rows = grants_of("Đội cứu hộ đã đưa 6 học sinh bị đuối nước tại sông Kỳ Cùng vào bờ và 3 người dân được UBND huyện tặng Giấy khen.")
    assert [(r[1], r[2]) for r in rows] == [("individual", 3)]


def test_vinh_danh_and_tuyen_duong_commend_their_count_and_name_their_giver():
    rows = grants_of("Huyện đoàn vinh danh 100 gương thanh niên tiêu biểu.")
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [("khen-thuong", "individual", 100, "Huyện đoàn Văn Lãng")]
    rows = grants_of("Có 12 học sinh được Trung ương Đoàn vinh danh.")
    assert [(r[2], r[5]) for r in rows] == [(12, "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")]
    rows = grants_of("30 học sinh giỏi được UBND huyện tuyên dương.")
    assert [(r[2], r[5]) for r in rows] == [(30, "Ủy ban nhân dân huyện Văn Lãng")]
    # the ceremony's name is no verb: the giver is the subject of the giving after it
    rows = grants_of("Tại lễ tuyên dương, UBND huyện đã tặng Giấy khen cho 90 hộ gia đình văn hóa.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("giay-khen", 90, "Ủy ban nhân dân huyện Văn Lãng")]
    # nor is a ceremony to be held, with a count in its name, a commendation (one held is)
    assert grants_of("Lễ vinh danh 3 nhà khoa học trẻ sẽ diễn ra vào tháng sau.") == []
    assert grants_of("Lễ tuyên dương 20 thanh niên tiêu biểu dự kiến được tổ chức vào ngày 26/3.") == []
    assert short(grants_of("Lễ tuyên dương 20 thanh niên tiêu biểu đã diễn ra vào ngày 26/3.")) == [("khen-thuong", "individual", 20)]


def test_a_named_recipient_commended_with_no_award_named_gets_the_generic_commendation():
    def given(sentence):
        return [(r[0], r[1], r[2], r[4], r[5], r[10]) for r in grants_of(sentence)]

    assert given("Trường THCS Lê Lợi được UBND huyện khen thưởng vì thành tích xuất sắc.") == [
        ("khen-thuong", "collective", 1, "conferred", "Ủy ban nhân dân huyện Văn Lãng", "Trường THCS Lê Lợi")
    ]
    assert given("Anh Hoàng Văn Nam được Chủ tịch UBND tỉnh khen thưởng đột xuất vì đã dũng cảm cứu người.") == [
        ("khen-thuong", "individual", 1, "conferred", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "Hoàng Văn Nam")
    ]
    assert given("Chủ tịch UBND tỉnh biểu dương Công an huyện Văn Lãng.") == [
        ("khen-thuong", "collective", 1, "conferred", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "Công an huyện Văn Lãng")
    ]
    assert given("Hội đồng đề nghị khen thưởng anh Lò Văn Minh.") == [("khen-thuong", "individual", 1, "proposed", None, "Lò Văn Minh")]
    # people listed as its object, each with a word of their own in brackets, are each commended (one grant, naming them)
    rows = grants_of("UBND huyện khen thưởng cho ông Lò Văn Minh (sinh năm 1980) và anh Hà Văn Tư (sinh năm 1995) đã dũng cảm bắt cướp.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("khen-thuong", 2, None)]
    # negative: one person and a title after the comma is one
    assert [r[2] for r in grants_of("UBND huyện khen thưởng ông Lò Văn Minh, Chủ tịch Hội Cựu chiến binh xã.")] == [1]
    # a past record, a plan, a consideration, a ceremony's name, or a recipient with no name: nothing
    assert given("Anh Lò Văn Minh đã nhiều lần được khen thưởng.") == []
    assert given("Chị Hà Thị Lan từng được UBND tỉnh khen thưởng.") == []
    assert given("UBND huyện sẽ khen thưởng anh Lò Văn Minh.") == []
    assert given("Hội đồng xét khen thưởng anh Lò Văn Minh.") == []
    assert given("Lễ tuyên dương Công an huyện Văn Lãng diễn ra sáng nay.") == []
    assert given("Đội tuyển bóng đá huyện được UBND huyện khen thưởng.") == []


def test_a_comma_inside_a_body_s_name_does_not_cut_the_giver_off():
    rows = grants_of("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch tặng Bằng khen cho 25 tập thể.")
    assert [(r[2], r[5]) for r in rows] == [(25, "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch")]
    # a comma outside any name still ends the phrase before the subject
    rows = grants_of("Ghi nhận những thành tích đó, UBND tỉnh tặng Bằng khen cho 5 tập thể.")
    assert [(r[2], r[5]) for r in rows] == [(5, "Ủy ban nhân dân tỉnh Lạng Sơn")]


def test_an_award_s_owner_ends_before_the_count_that_follows_it():
    rows = grants_of("Trong đó: Bằng khen của Thủ tướng Chính phủ 5 tập thể, 3 cá nhân.")
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [
        ("bang-khen-thu-tuong", "collective", 5, "Thủ tướng Chính phủ"),
        ("bang-khen-thu-tuong", "individual", 3, "Thủ tướng Chính phủ"),
    ]
    # a number inside the owner's name that counts no recipients stays in the name
    rows = grants_of("UBND huyện nhận Bằng khen của Bộ Tư lệnh Quân khu 2 trong năm qua.")
    assert [r[5] for r in rows] == ["Bộ Tư lệnh Quân khu 2"]


def test_counts_in_brackets_after_an_award_break_a_mixed_total_of_it_down():
    rows = grants_of("Có 20 lượt tập thể, cá nhân được tặng Bằng khen (05 tập thể, 15 cá nhân).")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", "collective", 5),
        ("bang-khen-cap-bo-tinh", "individual", 15),
    ]
    # what the brackets say of the count is no breakdown of it
    rows = grants_of("Huyện có 20 tập thể được tặng Bằng khen (tăng 5 tập thể so với năm trước).")
    assert [(r[1], r[2]) for r in rows] == [("collective", 20)]


def test_the_governor_of_the_state_bank_is_an_office_that_confers():
    rows = grants_of("Thống đốc Ngân hàng Nhà nước tặng Bằng khen cho 6 tập thể.")
    assert [(r[2], r[5]) for r in rows] == [(6, "Thống đốc Ngân hàng Nhà nước Việt Nam")]


def test_a_grant_counted_apart_from_its_handing_over_is_handed_over_at_the_presentation_s_event():
    [g] = grants_of(
        "Năm 2022, UBND huyện tặng Giấy khen cho 35 tập thể có thành tích xuất sắc.\n"
        "Đồng chí Hoàng Văn Nam, Chủ tịch UBND huyện trao Giấy khen cho các tập thể.",
        with_event=True,
    )
    assert (g[2], g[6], g[8], g[9]) == (35, "Hoàng Văn Nam", "e1", dt.date(2023, 1, 18))
    # no one hands it over: counted, not placed at the event
    [g] = grants_of("Năm 2022, UBND huyện tặng Giấy khen cho 35 tập thể có thành tích xuất sắc.", with_event=True)
    assert (g[6], g[8]) == (None, None)


def test_a_flag_named_by_its_quoted_title_alone():
    [g] = grants_of("Hội đồng thống nhất đề nghị UBND tỉnh tặng “Đơn vị dẫn đầu phong trào thi đua” cho 31 tập thể.")
    assert (g[0], g[2], g[4]) == ("co-thi-dua-cap-bo-tinh", 31, "proposed")
    assert grants_of("Các đơn vị hưởng ứng sôi nổi phong trào “Đơn vị dẫn đầu phong trào thi đua”.") == []


def test_the_centre_alone_is_a_conferrer_the_article_does_not_name():
    [g] = grants_of("Huyện chọn 12 hộ đề nghị Trung ương khen thưởng.")
    assert (g[2], g[4], g[5]) == (12, "proposed", None)
    [g] = grants_of("Huyện chọn 12 tập thể đề nghị Trung ương Đoàn tặng Bằng khen.")
    assert g[5] == "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"


def test_grants_told_on_in_the_paragraph_of_an_event_s_grants_are_given_at_it():
    given = "Dịp này, UBND huyện tặng Giấy khen cho 2 tập thể. UBND xã Hoàng Văn Thụ tặng Giấy khen cho 20 cá nhân."
    assert [g[8] for g in grants_of(given, with_event=True)] == ["e1", "e1"]
    # a new paragraph opening on a time of its own tells of other grants
    for apart in (
        "Dịp này, UBND huyện tặng Giấy khen cho 2 tập thể.\nTrong năm qua, UBND xã Hoàng Văn Thụ đã tặng Giấy khen cho 20 cá nhân.",
        "Dịp này, UBND huyện tặng Giấy khen cho 2 tập thể.\nThời gian qua, UBND xã Hoàng Văn Thụ đã tặng Giấy khen cho 20 cá nhân.",
    ):
        assert sorted(g[8] or "" for g in grants_of(apart, with_event=True)) == ["", "e1"], apart


def test_an_award_given_to_full_names_with_no_honorific():
    [g] = grants_of("Tỉnh đoàn trao Huy hiệu Tuổi trẻ dũng cảm cho Hà Văn Sơn và Đàm Thị Lan.")
    assert (g[1], g[2], g[10]) == ("individual", 2, None)
    [g] = grants_of("Tỉnh đoàn trao Huy hiệu Tuổi trẻ dũng cảm cho Hà Văn Sơn. Đàm Thị Lan phát biểu.")
    assert (g[2], g[10]) == (1, "Hà Văn Sơn")


def test_a_grant_told_as_before_the_ceremony_named_after_its_award_was_not_given_there():
    def events_of(told: str) -> list:
        facts = article(
            "Huyện Văn Lãng biểu dương công dân tiêu biểu\n21/05/2024 09:00\nSáng 20/5, UBND huyện Văn Lãng tổ chức Lễ biểu "
            f"dương “Công dân Văn Lãng tiêu biểu” năm 2024.\n{told}\nTrần Thu Hương\n"
        )[1]
        return [g.event for g in facts.grants]

    assert events_of("Có 2 công dân được UBND huyện tặng danh hiệu “Công dân Văn Lãng tiêu biểu”.") == ["e1"]
    # negative: told as before it
    assert events_of("Trước đó, 2 công dân được UBND tỉnh tặng danh hiệu “Công dân Văn Lãng tiêu biểu” năm 2023.") == [None]
    assert events_of("Trước đây, 2 công dân đã được UBND huyện tặng danh hiệu “Công dân Văn Lãng tiêu biểu”.") == [None]


def test_an_award_handed_over_by_someone_unnamed_is_handed_over_at_the_article_s_only_event():
    [g] = grants_of("Lãnh đạo huyện trao Bằng khen của Thủ tướng Chính phủ cho đồng chí Lý Văn Hưng.", with_event=True)
    assert (g[8], g[9]) == ("e1", dt.date(2023, 1, 18))
    # conferred, told in the passive (a conference's year, not its day), not handed over; or a handing to come: not
    # placed at it
    [g] = grants_of("Đồng chí Lý Văn Hưng được UBND tỉnh tặng Bằng khen.", with_event=True)
    assert g[8] is None
    [g] = grants_of("Bộ trưởng sẽ trao Cờ thi đua cho Sở Nội vụ vào tháng 8.", with_event=True)
    assert g[8] is None


def test_a_presentation_to_several_named_bodies_counts_them():
    [g] = grants_of("Đồng chí Hà Văn Lâm, Chủ tịch UBND huyện trao Cờ thi đua của UBND tỉnh cho xã Hoàng Văn Thụ và xã Tân Mỹ.")
    assert (g[1], g[2], g[6], g[10]) == ("collective", 2, "Hà Văn Lâm", None)
    [g] = grants_of("Đồng chí Hà Văn Lâm, Chủ tịch UBND huyện trao Cờ thi đua của UBND tỉnh cho xã Hoàng Văn Thụ.")
    assert (g[2], g[10]) == (1, "xã Hoàng Văn Thụ")


def test_banks_named_by_brand_and_province_are_each_a_recipient():
    # (a brand written with a capital inside it is one word: 'VietinBank', not 'Vietin Bank')
    [g] = grants_of("Khối thống nhất đề nghị UBND tỉnh tặng Bằng khen cho BIDV Cao Bằng và VietinBank Cao Bằng.")
    assert (g[0], g[2], g[4], g[10]) == ("bang-khen-cap-bo-tinh", 2, "proposed", None)
    [g] = grants_of("UBND tỉnh tặng Cờ thi đua cho Vietcombank Cao Bằng.")
    assert g[10] == "Vietcombank chi nhánh tỉnh Cao Bằng"
    # negative: the brand alone is the bank of the whole country
    [g] = grants_of("Tổng Giám đốc VietinBank tặng Bằng khen cho 5 chi nhánh.")
    assert (g[2], g[5]) == (5, "Tổng Giám đốc VietinBank")


def test_the_agent_of_a_relative_clause_is_not_a_giver_that_ends_a_proposal():
    found = grants_of(
        "Hội đồng thống nhất thông qua đề nghị khen thưởng Cờ thi đua của UBND tỉnh cho 20 đơn vị; Cờ thi đua của Chính phủ "
        "cho 3 đơn vị và Bằng khen của Chủ tịch UBND tỉnh cho 12 đơn vị thuộc cụm, khối thi đua do tỉnh tổ chức; "
        "Huân chương Lao động hạng Ba cho 2 cá nhân."
    )
    assert sorted((g[0], g[2], g[4]) for g in found) == [
        ("bang-khen-cap-bo-tinh", 12, "proposed"),
        ("co-thi-dua-cap-bo-tinh", 20, "proposed"),
        ("co-thi-dua-chinh-phu", 3, "proposed"),
        ("huan-chuong-lao-dong-hang-ba", 2, "proposed"),
    ]


def test_people_each_given_a_sum_after_one_award_are_all_its_recipients():
    rows = grants_of(
        "Chủ tịch UBND huyện Văn Lãng tặng Giấy khen và thưởng 10 triệu đồng cho em Hoàng Thị Lan, 5 triệu đồng cho em Lý Văn Bình."
    )
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", 2)]
    # the others counted after a comma with their own passive are a grant of their own, beside the one named
    rows = grants_of("Chủ tịch UBND huyện Văn Lãng tặng Bằng khen cho em Hoàng Thị Lan, 60 học sinh khác được tặng Giấy khen.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", 1, "Hoàng Thị Lan"), ("giay-khen", 60, None)]


def test_a_plural_given_to_then_a_count_after_va_are_each_a_grant_of_the_award():
    for said in (
        "Chủ tịch UBND tỉnh tặng Bằng khen cho các học sinh và 4 giáo viên hướng dẫn.",
        "Bộ trưởng Bộ Giáo dục và Đào tạo trao Bằng khen của Bộ trưởng cho các em học sinh đạt giải Nhất cấp tỉnh và 4 giáo viên.",
    ):
        assert [(r[0], r[1], r[2]) for r in grants_of(said)] == [
            ("bang-khen-cap-bo-tinh", "individual", None), ("bang-khen-cap-bo-tinh", "individual", 4)
        ], said  # fmt: skip
    # negatives: a count of the plural's own noun counts those of the plural; and a plural alone stays uncounted
    assert [(r[1], r[2]) for r in grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho các học sinh và 4 học sinh khác.")] == [
        ("individual", 4)
    ]
    assert [(r[1], r[2]) for r in grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho các học sinh.")] == [("individual", None)]


def test_an_award_handed_over_to_a_list_below_its_colon_is_counted_by_its_items():
    said = (
        "Thừa ủy quyền của Chủ tịch nước, đồng chí Nguyễn Hồng Sơn, Bí thư Huyện ủy trao Huân chương Lao động hạng Ba cho:\n"
        "- Ông Lý Văn Thanh, nguyên Chủ tịch UBND huyện;\n- Bà Hoàng Thị Thu, Trưởng phòng Giáo dục và Đào tạo huyện."
    )
    assert [(r[0], r[1], r[2], r[5], r[6]) for r in grants_of(said)] == [
        ("huan-chuong-lao-dong-hang-ba", "individual", 2, "Chủ tịch nước", "Nguyễn Hồng Sơn")
    ]
    said = "Ông Nguyễn Hồng Sơn trao Giấy khen của Chủ tịch UBND huyện cho:\n- Trường THCS Tân Thanh;\n- Ông Lý Văn Thanh, Trưởng thôn."
    assert [(r[1], r[2], r[10]) for r in grants_of(said)] == [("collective", 1, "Trường THCS Tân Thanh"), ("individual", 1, "Lý Văn Thanh")]
    # negative: handed over to a plural, no list below, stays uncounted
    said = "Ông Nguyễn Hồng Sơn trao Huân chương Lao động hạng Ba cho các cá nhân."
    assert [(r[1], r[2]) for r in grants_of(said)] == [("individual", None)]


def test_a_bare_commendation_of_those_a_list_names_counts_its_items():
    heading = "Ngày 2/5, Giám đốc Công an tỉnh Lạng Sơn ký Quyết định khen thưởng đột xuất các cá nhân có thành tích xuất sắc, gồm:\n"
    facts = article(
        HEAD + heading + "1. Thiếu tá Hoàng Văn Quân, Phó Trưởng Công an huyện Văn Lãng;\n"
        "2. Đại úy Lý Minh Đức, Đội trưởng Đội Cảnh sát hình sự, Công an huyện Văn Lãng.\nTrần Thu Hương\n"
    )[1]
    assert [(g.award, g.recipient_kind, g.count, _label(g.conferrer), g.named) for g in facts.grants] == [
        ("khen-thuong", "individual", 2, "Giám đốc Công an tỉnh Lạng Sơn", ("Hoàng Văn Quân", "Lý Minh Đức"))
    ]
    # with no list after it: nothing said of whom, nor how many
    assert grants_of("Hội nghị đã khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong năm.") == []


def test_a_school_s_class_named_before_a_count_is_one_more_grant():
    rows = grants_of("Trường THCS Lê Lợi tặng Giấy khen cho lớp 9A2 và 15 học sinh đạt giải cấp huyện.")
    assert [(r[1], r[2], r[10]) for r in rows] == [("collective", 1, "lớp 9A2"), ("individual", 15, None)]
    # commended after its kind's word: the class one more grant, by its name
    rows = grants_of("Trường THCS Lê Lợi khen thưởng tập thể lớp 9A2 và 15 học sinh đạt giải cấp huyện.")
    assert [(r[1], r[2], r[10]) for r in rows] == [("collective", 1, "lớp 9A2"), ("individual", 15, None)]
    # a grade, not a class: no body
    rows = grants_of("Trường THCS Lê Lợi tặng Giấy khen cho 15 học sinh lớp 9 đạt giải cấp huyện.")
    assert [(r[1], r[2], r[10]) for r in rows] == [("individual", 15, None)]


def test_a_count_with_its_own_passive_after_a_comma_or_and_is_its_own_grant():
    for joint in (", ", " và "):
        found = grants_of(f"Có 2 tập thể được Thủ tướng Chính phủ tặng Bằng khen{joint}5 cá nhân được Bộ trưởng Bộ Công an tặng Bằng khen.")
        assert sorted((g[0], g[2], g[5]) for g in found) == [
            ("bang-khen-cap-bo-tinh", 5, "Bộ trưởng Bộ Công an"),
            ("bang-khen-thu-tuong", 2, "Thủ tướng Chính phủ"),
        ]
    # (counts joined into one subject, with their own passive: 'và', or a comma, between them)
    for joined in ("35 tập thể và 62 cá nhân", "35 tập thể, 62 cá nhân"):
        found = grants_of(f"Có 2 tập thể được Thủ tướng Chính phủ tặng Bằng khen, {joined} được Bộ trưởng Bộ Công an tặng Bằng khen.")
        assert sorted((g[0], g[2], g[5]) for g in found) == [
            ("bang-khen-cap-bo-tinh", 35, "Bộ trưởng Bộ Công an"),
            ("bang-khen-cap-bo-tinh", 62, "Bộ trưởng Bộ Công an"),
            ("bang-khen-thu-tuong", 2, "Thủ tướng Chính phủ"),
        ], joined
    # counts of one award: one giver
    found = grants_of("Có 2 tập thể, 5 cá nhân được Thủ tướng Chính phủ tặng Bằng khen.")
    assert sorted((g[0], g[2]) for g in found) == [("bang-khen-thu-tuong", 2), ("bang-khen-thu-tuong", 5)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Cũng tại buổi lễ, cô giáo Nguyễn Thị Lan, Hiệu trưởng nhà trường được Chủ tịch UBND huyện tặng Giấy khen.", "Nguyễn Thị Lan"),
        ("Với thành tích đó, thầy giáo Nguyễn Văn Lâm được Chủ tịch UBND huyện tặng Giấy khen.", "Nguyễn Văn Lâm"),
        (
            "Nhân dịp này, sau phần phát biểu, nhà giáo Lê Thị Lan, nguyên Hiệu trưởng, được Chủ tịch UBND huyện tặng Giấy khen.",
            "Lê Thị Lan",
        ),
    ],
)
def test_a_person_named_after_a_phrase_and_a_calling_receives_with_a_title_after_the_name(sentence, name):
    assert [(g[0], g[1], g[2], g[5], g[10]) for g in grants_of(sentence)] == [
        ("giay-khen", "individual", 1, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng", name)
    ]


def test_a_person_in_a_phrase_before_the_subject_is_not_the_recipient():
    assert [g[10] for g in grants_of("Theo ông Nguyễn Văn Lâm, Trường THCS Hoàng Văn Thụ được tặng Giấy khen.")] == [
        "Trường THCS Hoàng Văn Thụ"
    ]


def test_a_named_recipient_s_period_is_the_one_its_award_is_given_for():
    # the school year of the opening ceremony comes first in the clause; the achievement's years follow the award
    assert [(g[10], g[7]) for g in grants_of(
        "Sáng 5/9/2024, trong Lễ khai giảng năm học 2024 - 2025, Trường THCS Hoàng Văn Thụ đón nhận Bằng khen của Thủ "
        "tướng Chính phủ vì thành tích xuất sắc từ năm học 2018 - 2019 đến năm học 2022 - 2023."
    )] == [("Trường THCS Hoàng Văn Thụ", "2018-2023")]  # fmt: skip
    # with none after its award, the clause's period is still the grant's
    assert [(g[10], g[7]) for g in grants_of(
        "Trong năm học 2022 - 2023, Trường THCS Hoàng Văn Thụ vinh dự được Chủ tịch UBND tỉnh tặng Bằng khen."
    )] == [("Trường THCS Hoàng Văn Thụ", "2022-2023")]  # fmt: skip


def test_a_body_receives_with_a_phrase_set_off_by_commas_after_its_name():
    assert [(g[0], g[10], g[7]) for g in grants_of(
        "Trường THCS Hoàng Văn Thụ, với thành tích năm học 2022 - 2023, được Chủ tịch UBND huyện tặng Giấy khen."
    )] == [("giay-khen", "Trường THCS Hoàng Văn Thụ", "2022-2023")]  # fmt: skip
    assert [(g[0], g[10]) for g in grants_of(
        "Huyện Tràng Định, một trong những địa phương đi đầu của tỉnh, vinh dự được tặng Cờ thi đua của UBND tỉnh."
    )] == [("co-thi-dua-cap-bo-tinh", "huyện Tràng Định")]  # fmt: skip
    # a phrase that opens the clause is not its subject
    assert grants_of("Theo UBND huyện, với thành tích năm 2023, được tặng Giấy khen.") == []


@pytest.mark.parametrize(
    ("sentence", "award", "giver"),
    [
        ("Thủ tướng Chính phủ vừa ký Quyết định số 245/QĐ-TTg ngày 5/3/2019 tặng Bằng khen cho 5 tập thể.", "bang-khen-thu-tuong",
         "Thủ tướng Chính phủ"),
        ("Chủ tịch UBND tỉnh đã ban hành Quyết định số 1021/QĐ-UBND ngày 12/6/2023 tặng Bằng khen cho 5 tập thể.",
         "bang-khen-cap-bo-tinh", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("UBND huyện Văn Lãng vừa có Quyết định số 77/QĐ-UBND ngày 02/02/2023 tặng Giấy khen cho 5 tập thể.", "giay-khen",
         "Ủy ban nhân dân huyện Văn Lãng"),
    ],
)  # fmt: skip
def test_the_giver_is_who_signed_the_decision_that_gives(sentence, award, giver):
    assert [(g[0], g[2], g[5]) for g in grants_of(sentence)] == [(award, 5, giver)]


def test_items_of_a_list_that_a_giving_sentence_opens_are_given_without_a_verb_of_their_own():
    got = grants_of(
        "Kết quả công tác khen thưởng năm 2022 như sau:\n- Huân chương Lao động hạng Ba: 01 tập thể;\n"
        "+ Cờ thi đua của UBND tỉnh: 03 tập thể;\n- Bằng khen của Chủ tịch UBND tỉnh: 15 tập thể.",
        with_event=True,
    )
    assert [(g[0], g[1], g[2], g[5]) for g in got] == [
        ("huan-chuong-lao-dong-hang-ba", "collective", 1, "Chủ tịch nước"),
        ("co-thi-dua-cap-bo-tinh", "collective", 3, "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("bang-khen-cap-bo-tinh", "collective", 15, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
    ]
    # a list of holders counted so far opens with no giving: its items are no grants, nor are those after a paragraph
    assert grants_of("Tính đến nay, toàn huyện có:\n- 54 Bà mẹ Việt Nam Anh hùng;\n- 03 Anh hùng Lực lượng vũ trang nhân dân.") == []
    assert grants_of("Huyện đã khen thưởng như sau:\n- Bằng khen: 5 tập thể.\nToàn huyện hiện có 54 Bà mẹ Việt Nam Anh hùng.")[1:] == []


def test_a_bare_title_that_gives_is_the_office_the_article_named_with_its_body():
    body = (
        "Đại tá Hoàng Văn Minh, Giám đốc Công an tỉnh chủ trì hội nghị. Công an tỉnh đề nghị Bộ Công an tặng Bằng khen "
        "cho 3 tập thể; Giám đốc tặng Giấy khen cho 12 tập thể."
    )
    assert [(g[0], g[2], g[4], g[5]) for g in grants_of(body)] == [
        ("bang-khen-cap-bo-tinh", 3, "proposed", "Bộ Công an"),
        ("giay-khen", 12, "conferred", "Giám đốc Công an tỉnh Lạng Sơn"),
    ]
    # two bodies of that title: the office stays open, but the clause is still its own giver's, not a proposal
    body = (
        "Dự có ông Hoàng Văn Minh, Giám đốc Sở Nội vụ và bà Lê Thị Hoa, Giám đốc Sở Y tế. Hội đồng đề nghị UBND tỉnh "
        "tặng Bằng khen cho 3 tập thể; Giám đốc tặng Giấy khen cho 12 tập thể."
    )
    assert [(g[0], g[2], g[4], g[5]) for g in grants_of(body)] == [
        ("bang-khen-cap-bo-tinh", 3, "proposed", "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("giay-khen", 12, "conferred", None),
    ]


def test_a_title_conferred_on_mothers_named_each_with_her_honorific():
    got = grants_of(
        "Đồng chí Lê Văn Nam trao Quyết định truy tặng danh hiệu Bà mẹ Việt Nam Anh hùng cho thân nhân các mẹ: mẹ Lò Thị "
        "Xuân, mẹ Pờ Mé Tư và mẹ Chu Thị Pà."
    )
    assert [(g[0], g[1], g[2]) for g in got] == [("ba-me-viet-nam-anh-hung", "individual", 3)]


def test_a_named_recipient_receives_a_title_named_after_danh_hieu():
    got = grants_of(
        "Trường Tiểu học Hoàng Văn Thụ nhận Cờ thi đua của UBND tỉnh; thầy Nguyễn Văn Bảy, Hiệu trưởng Trường THCS Lộc An "
        "nhận danh hiệu Nhà giáo Ưu tú. Trường THCS Tân Lang được danh hiệu “Tập thể lao động xuất sắc”."
    )
    assert [(g[0], g[10]) for g in got] == [
        ("co-thi-dua-cap-bo-tinh", "Trường Tiểu học Hoàng Văn Thụ"),
        ("nha-giao-uu-tu", "Nguyễn Văn Bảy"),
        ("tap-the-lao-dong-xuat-sac", "Trường THCS Tân Lang"),
    ]
    # to 'nhận định' is to judge, not to receive
    assert grants_of("Ông Nguyễn Văn Bảy nhận định danh hiệu Nhà giáo Ưu tú là niềm vinh dự.") == []


@pytest.mark.parametrize(
    ("lead", "award", "giver"),
    [
        ("Thay mặt Thủ tướng Chính phủ", "bang-khen-thu-tuong", "Thủ tướng Chính phủ"),
        ("Được sự ủy quyền của Chủ tịch UBND tỉnh", "bang-khen-cap-bo-tinh", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("Thay mặt Ban Thường vụ Tỉnh ủy", "bang-khen-cap-bo-tinh", "Ban Thường vụ Tỉnh ủy Lạng Sơn"),
        ("Sau phần phát biểu", "bang-khen-cap-bo-tinh", None),  # a presenter acting for no one named: not known
    ],
)
def test_the_one_a_presenter_acts_for_confers(lead, award, giver):
    assert [(g[0], g[5]) for g in grants_of(f"{lead}, đồng chí Lê Văn Nam trao Bằng khen cho 3 tập thể.")] == [(award, giver)]


@pytest.mark.parametrize(
    "breakdown",
    [
        ", gồm 20 tập thể và 25 cá nhân",
        ", cụ thể: 20 tập thể, 25 cá nhân",
        " (20 tập thể, 25 cá nhân)",
        ", bao gồm có 20 tập thể và 25 cá nhân",
    ],
)
def test_a_count_broken_down_by_gom_cu_the_or_in_brackets(breakdown):
    got = grants_of(f"UBND tỉnh tặng Bằng khen cho 45 tập thể và cá nhân{breakdown}.")
    assert [(g[0], g[1], g[2]) for g in got] == [("bang-khen-cap-bo-tinh", "collective", 20), ("bang-khen-cap-bo-tinh", "individual", 25)]


def test_what_a_count_is_made_of_is_no_breakdown_into_grants():
    # a list of the kinds of people of one count, of bodies, or of the awards handed over
    got = grants_of("Bộ trưởng Bộ Nội vụ tặng Kỷ niệm chương cho 8 cá nhân (5 cá nhân là nhà tài trợ và 3 cá nhân là cán bộ).")
    assert [(g[1], g[2]) for g in got] == [("individual", 8)]
    assert [(g[1], g[2]) for g in grants_of("UBND tỉnh tặng Bằng khen cho 45 tập thể, gồm các trường học và các xã.")] == [
        ("collective", 45)
    ]
    got = grants_of(
        "Chủ tịch nước trao tặng Huân chương cho 12 đồng chí, gồm: 2 Huân chương Độc lập hạng Ba và 10 Huân chương Lao động hạng Ba."
    )
    assert [(g[0], g[1], g[2]) for g in got] == [
        ("huan-chuong-doc-lap-hang-ba", "individual", 2),
        ("huan-chuong-lao-dong-hang-ba", "individual", 10),
    ]


def test_a_share_of_units_that_earned_a_title_is_its_count():
    got = grants_of("Năm 2022, toàn huyện có 1.250/1.380 hộ đạt danh hiệu Gia đình văn hóa; 8/9 thôn đạt danh hiệu Thôn văn hóa.")
    assert [(g[0], g[1], g[2]) for g in got] == [("gia-dinh-van-hoa", "collective", 1250), ("thon-to-dan-pho-van-hoa", "collective", 8)]
    assert grants_of("Năm 2022, có 6/8 xã đạt tiêu chí nông thôn mới.") == []  # no award


def test_a_body_and_people_or_a_count_after_it_are_all_recipients():
    got = grants_of("Đồng chí Lê Văn Nam trao Bằng khen của Thủ tướng Chính phủ cho UBND xã Tân Thanh và ông Nguyễn Văn An.")
    assert [(g[0], g[1], g[2], g[10]) for g in got] == [
        ("bang-khen-thu-tuong", "collective", 1, "Ủy ban nhân dân xã Tân Thanh"),
        ("bang-khen-thu-tuong", "individual", 1, "Nguyễn Văn An"),
    ]
    got = grants_of("UBND huyện Văn Lãng tặng Giấy khen cho xã Tân Thanh và 5 cá nhân.")
    assert [(g[0], g[1], g[2], g[10]) for g in got] == [
        ("giay-khen", "collective", 1, "xã Tân Thanh"),
        ("giay-khen", "individual", 5, None),
    ]
    # where the recipient is, after its name, is no second recipient; nor are uncounted bodies
    got = grants_of("Đồng chí Lê Văn Nam trao Bằng khen cho UBND xã Tân Thanh, huyện Văn Lãng.")
    assert [(g[1], g[2]) for g in got] == [("collective", 1)]
    assert ("collective", 1) not in [(g[1], g[2]) for g in grants_of("UBND huyện Văn Lãng tặng Giấy khen cho các tập thể và 5 cá nhân.")]
    # bodies named after their kind in the plural and a colon, then a count: as many bodies as named, and the count
    for kind in ("các tập thể", "các đơn vị"):
        got = grants_of(f"UBND huyện Văn Lãng tặng Giấy khen cho {kind}: xã Tân Thanh, Phòng Tư pháp huyện và 5 cá nhân.")
        assert [(g[0], g[1], g[2]) for g in got] == [("giay-khen", "collective", 2), ("giay-khen", "individual", 5)], kind
    # negative: the plural kind and a colon before people named is no body's
    got = grants_of("UBND huyện Văn Lãng tặng Giấy khen cho các cá nhân: ông Nguyễn Văn An, bà Lê Thị Hoa và 5 cá nhân khác.")
    assert ("collective", 2) not in [(g[1], g[2]) for g in got]


def test_a_handing_over_of_uncounted_recipients_is_of_the_grants_given_at_its_event():
    facts = article(
        HEAD + EVENT + "Đồng chí Lê Văn Nam trao Giấy khen của Chủ tịch UBND huyện cho các tập thể.\n"
        "Năm 2022, 35 tập thể được Chủ tịch UBND huyện tặng Giấy khen. Tại hội nghị, Chủ tịch UBND huyện tặng Giấy khen cho "
        "3 tập thể.\nTrần Thu Hương\n"
    )[1]
    assert [(g.count, g.presenter, g.event) for g in facts.grants] == [(35, None, None), (3, "Lê Văn Nam", "e1")]


def test_the_years_in_brackets_after_a_number_of_years_are_the_period():
    assert [g[7] for g in grants_of("UBND tỉnh tặng Bằng khen cho 5 tập thể có thành tích xuất sắc trong 5 năm (2018 - 2022).")] == [
        "2018-2022"
    ]
    assert [g[7] for g in grants_of("UBND tỉnh tặng Bằng khen cho 5 tập thể đạt thành tích 2 năm liên tục (2021 và 2022).")] == [
        "2021-2022"
    ]
    # (or each year listed)
    assert [g[7] for g in grants_of("UBND tỉnh tặng Bằng khen cho 5 tập thể tiêu biểu 3 năm liền (2021, 2022, 2023).")] == ["2021-2023"]
    assert [g[7] for g in grants_of("UBND tỉnh tặng Bằng khen cho 5 tập thể tiêu biểu 3 năm liền (2021, 2022 và 2023).")] == ["2021-2023"]
    # the years an anniversary counts are not
    assert [g[7] for g in grants_of("UBND tỉnh tặng Bằng khen cho 5 tập thể nhân kỷ niệm 75 năm (1948 - 2023) Ngày thành lập.")] == [None]


def test_decisions_issued_on_a_submission_and_awards_advised_are_the_deciding_body_s():
    got = grants_of(
        "Năm 2022, Ban Thi đua - Khen thưởng đã thẩm định, trình UBND tỉnh ban hành 256 quyết định khen thưởng cho 3.456 tập thể, cá nhân."
    )
    assert [(g[2], g[4], g[5]) for g in got] == [(3456, "conferred", "Ủy ban nhân dân tỉnh Lạng Sơn")]
    got = grants_of("Phòng Nội vụ đã tham mưu UBND huyện khen thưởng cho 234 lượt tập thể, cá nhân.")
    assert [(g[2], g[4], g[5]) for g in got] == [(234, "conferred", "Ủy ban nhân dân huyện Văn Lãng")]
    # a submission for an award is still a proposal
    got = grants_of("Hội đồng trình UBND tỉnh tặng Bằng khen cho 5 tập thể.")
    assert [(g[2], g[4], g[5]) for g in got] == [(5, "proposed", "Ủy ban nhân dân tỉnh Lạng Sơn")]


def test_numbered_items_of_a_list_of_proposals_are_proposed():
    got = grants_of(
        "Hội đồng đã thống nhất đề nghị khen thưởng như sau:\n1. Đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 5 cá nhân.\n"
        "2. Tặng Cờ thi đua của UBND tỉnh cho 12 tập thể.\nb) Tặng Bằng khen của Chủ tịch UBND tỉnh cho 20 cá nhân.",
        with_event=True,
    )
    assert [(g[0], g[2], g[4]) for g in got] == [
        ("bang-khen-thu-tuong", 5, "proposed"),
        ("co-thi-dua-cap-bo-tinh", 12, "proposed"),
        ("bang-khen-cap-bo-tinh", 20, "proposed"),
    ]
    # a numbered item after a paragraph that proposes nothing is given
    got = grants_of("Kết quả năm 2022:\n1. UBND huyện Văn Lãng tặng Giấy khen cho 12 tập thể.", with_event=True)
    assert [(g[2], g[4]) for g in got] == [(12, "conferred")]


def test_a_level_word_alone_as_the_subject_is_the_article_s_unit():
    got = grants_of("Năm 2022, huyện vinh dự được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Nhất.")
    assert [(g[0], g[10]) for g in got] == [("huan-chuong-lao-dong-hang-nhat", "huyện Văn Lãng")]  # not 'thành phố Vinh'
    got = grants_of("Tỉnh được Nhà nước phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân.")
    assert [(g[0], g[10]) for g in got] == [("anh-hung-luc-luong-vu-trang-nhan-dan", "tỉnh Lạng Sơn")]


def test_a_unit_no_body_rule_reads_receives_as_the_subject():
    got = grants_of("Chi đoàn thôn Nà Pàn được Huyện đoàn tặng Giấy khen. Đội Cảnh sát giao thông Công an huyện được tặng Giấy khen.")
    assert [(g[1], g[2], g[10]) for g in got] == [
        ("collective", 1, "Chi đoàn thôn Nà Pàn"),
        ("collective", 1, "Đội Cảnh sát giao thông Công an huyện Văn Lãng"),  # its body by its full name
    ]


def test_a_headline_naming_the_recipient_without_its_place_type_restates_the_body_s_grant():
    def told(headline: str) -> list[tuple]:
        body = (
            "Ngày 9/9/2023, Bệnh viện Đa khoa huyện Tam Nông tổ chức lễ kỷ niệm. Phó Chủ tịch UBND tỉnh trao Huân chương "
            "Lao động hạng Ba cho Bệnh viện Đa khoa huyện Tam Nông.\nLê Hằng\n"
        )
        return sorted((g.award, g.recipient) for g in article(headline + "\n10/09/2023\n" + body)[1].grants)

    assert told("Bệnh viện Đa khoa Tam Nông đón nhận Huân chương Lao động hạng Ba") == [
        ("huan-chuong-lao-dong-hang-ba", "Bệnh viện Đa khoa huyện Tam Nông")
    ]
    # negative: a headline's other recipient is another grant
    assert len(told("Trung tâm Y tế Tam Nông đón nhận Huân chương Lao động hạng Ba")) == 2


def test_a_later_sentence_stating_who_gave_an_award_is_its_giver():
    rows = grants_of(
        "Sáng 18/1/2023, UBND huyện Văn Lãng tổ chức lễ trao Bằng khen cho 6 tập thể. Các Bằng khen này do Thủ tướng "
        "Chính phủ ký tặng vì đã có thành tích trong phong trào xây dựng nông thôn mới."
    )
    assert [(r[0], r[2], r[5]) for r in rows] == [("bang-khen-thu-tuong", 6, "Thủ tướng Chính phủ")]
    rows = grants_of("Ngày 5/4, Trung tâm Y tế huyện tổ chức trao Kỷ niệm chương cho 9 cá nhân. Kỷ niệm chương do Bộ trưởng Bộ Y tế tặng.")
    assert [(r[0], r[5]) for r in rows] == [("ky-niem-chuong", "Bộ trưởng Bộ Y tế")]
    # negative: a giver the grant's own sentence states is kept, and another award's giver is not this one's
    rows = grants_of("Giám đốc Sở Y tế tặng Kỷ niệm chương cho 9 cá nhân. Kỷ niệm chương do Bộ trưởng Bộ Y tế tặng.")
    assert [(r[0], r[5]) for r in rows] == [("ky-niem-chuong", "Giám đốc Sở Y tế tỉnh Lạng Sơn")]
    rows = grants_of("Ngày 5/4, UBND huyện Văn Lãng tổ chức trao Giấy khen cho 9 cá nhân. Kỷ niệm chương do Bộ trưởng Bộ Y tế tặng.")
    assert [(r[0], r[5]) for r in rows] == [("giay-khen", "Ủy ban nhân dân huyện Văn Lãng")]


def test_an_order_counted_then_broken_down_by_class_and_number_and_titles_counted_by_the_piece():
    def given(told: str) -> list[tuple]:
        return sorted((r[0], r[2]) for r in grants_of(told))

    # the class, then its number, in brackets after the order counted: the order's total broken down (counted once)
    parts = [("huan-chuong-lao-dong-hang-ba", 12), ("huan-chuong-lao-dong-hang-nhi", 2)]
    assert given("Khen thưởng cấp Nhà nước: 14 Huân chương Lao động (hạng Nhì 2, hạng Ba 12).") == parts
    assert given("Khen thưởng cấp Nhà nước: 14 Huân chương Lao động (hạng Nhì: 2; hạng Ba: 12).") == parts
    # titles counted by the piece after their word ('26 danh hiệu “Bà mẹ Việt Nam anh hùng”'), beside other awards
    assert given("Khen thưởng cấp Nhà nước: 3 Cờ thi đua của Chính phủ; 26 danh hiệu “Bà mẹ Việt Nam anh hùng”.") == [
        ("ba-me-viet-nam-anh-hung", 26),
        ("co-thi-dua-chinh-phu", 3),
    ]
    # (and a total over them is no grant of its own)
    told = "Khen thưởng cấp Nhà nước: 20 trường hợp, gồm: 5 danh hiệu “Bà mẹ Việt Nam anh hùng”; 15 Bằng khen của Thủ tướng Chính phủ."
    assert given(told) == [("ba-me-viet-nam-anh-hung", 5), ("bang-khen-thu-tuong", 15)]
    # negative: an order with its class in brackets and no number after it is of that class
    assert given("Chủ tịch nước tặng Huân chương Lao động (hạng Nhì) cho 3 tập thể.") == [("huan-chuong-lao-dong-hang-nhi", 3)]


def test_an_item_s_total_whose_list_counts_its_awards_is_no_grant_under_a_heading_that_commends():
    def given(items: str) -> list[tuple]:
        head = "Năm 2022, tổng số khen thưởng là 1.250 lượt tập thể, cá nhân, trong đó:\n\n"
        facts = article(HEAD + head + items + "\nTrần Thu Hương\n")[1]
        return sorted((g.award, g.count) for g in facts.grants)  # (every grant the article gives, not counted once)

    told = "1. Khen thưởng cấp Nhà nước: 36 trường hợp, gồm: 4 Huân chương Lao động hạng Ba; 32 Bằng khen của Thủ tướng Chính phủ."
    assert given(told) == [("bang-khen-thu-tuong", 32), ("huan-chuong-lao-dong-hang-ba", 4)]
    told = "2. Khen thưởng cấp tỉnh: 120 lượt, bao gồm 20 Cờ thi đua của UBND tỉnh và 100 Bằng khen của Chủ tịch UBND tỉnh."
    assert given(told) == [("bang-khen-cap-bo-tinh", 100), ("co-thi-dua-cap-bo-tinh", 20)]
    # negative: an item that counts its recipients and names no award of its own is the heading's commendation
    assert given("- Khen thưởng đột xuất: 15 tập thể và 20 cá nhân.") == [("khen-thuong", 15), ("khen-thuong", 20)]


def test_recipients_named_alone_after_semicolons_are_the_award_s_too():
    def given(told: str) -> list[tuple]:
        return sorted((r[0], r[1], r[2]) for r in grants_of(told))

    assert given("Tặng Bằng khen cho Trường THCS Kim Đồng; Trạm Y tế xã Tân Lập; Phòng Nội vụ huyện.") == [
        ("bang-khen-cap-bo-tinh", "collective", 3)
    ]
    one_each = [("huan-chuong-lao-dong-hang-ba", "collective", 1), ("huan-chuong-lao-dong-hang-ba", "individual", 1)]
    assert given("Tặng Huân chương Lao động hạng Ba cho Bệnh viện Đa khoa tỉnh; ông Hoàng Văn Nam, Giám đốc Sở Xây dựng.") == one_each
    assert (
        given("Tặng Huân chương Lao động hạng Ba cho bà Lý Thị Hoa, Hiệu trưởng Trường THCS Kim Đồng; Bệnh viện Đa khoa tỉnh.") == one_each
    )
    # negative: a body with a predicate of its own after the semicolon opens a clause, receiving nothing
    assert given("Tặng Bằng khen cho Trường THCS Kim Đồng; Phòng Nội vụ huyện tổ chức tốt công tác thi đua.") == [
        ("bang-khen-cap-bo-tinh", "collective", 1)
    ]


def test_the_government_s_awards_told_short_are_the_prime_minister_s():
    rows = grants_of("Tặng Cờ thi đua của CP cho 2 tập thể; Bằng khen TTCP cho 3 cá nhân.")
    assert [(r[0], r[2], r[5]) for r in rows] == [
        ("co-thi-dua-chinh-phu", 2, "Thủ tướng Chính phủ"), ("bang-khen-thu-tuong", 3, "Thủ tướng Chính phủ")
    ]  # fmt: skip
    # negative: a joint-stock company's 'CP' gives nothing
    rows = grants_of("Công ty CP Xây dựng số 4 được tặng Cờ thi đua của UBND tỉnh.")
    assert [(r[0], r[5]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "Ủy ban nhân dân tỉnh Lạng Sơn")]


def test_another_giver_said_to_give_too_is_a_conferral_of_its_own_not_the_host_s_retold():
    rows = grants_of(
        "Ngày 5/4, UBND huyện Văn Lãng tổ chức trao Giấy khen cho em Hoàng Văn Nam và em Lý Thị Hoa vì đã dũng cảm cứu "
        "người. Hội Khuyến học huyện cũng trao Giấy khen cho 2 em."
    )
    assert sorted((r[0], r[2], r[5]) for r in rows) == [
        ("giay-khen", 2, "Hội Khuyến học huyện Văn Lãng"), ("giay-khen", 2, "Ủy ban nhân dân huyện Văn Lãng")
    ]  # fmt: skip
    rows = grants_of(
        "Sáng 5/4, Trường THCS Tân Thanh tổ chức trao Giấy khen cho 2 học sinh có hành động đẹp. Phòng GD&ĐT huyện cũng "
        "đã tặng Giấy khen cho 2 học sinh."
    )
    assert len(rows) == 2
    # negative: the giver told after the host's handing-over, with no 'cũng', is that grant's giver
    rows = grants_of(
        "Ngày 5/4, UBND huyện Văn Lãng tổ chức trao Giấy khen cho em Hoàng Văn Nam và em Lý Thị Hoa. Chủ tịch UBND tỉnh "
        "trao Giấy khen cho 2 em."
    )
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", 2)]
    # (its giver, for the host's; but the owner the host's handing-over said with the award stays its giver)
    assert [r[5] for r in rows] == ["Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"]
    rows = grants_of(
        "Ngày 5/4, Tỉnh đoàn Lạng Sơn tổ chức trao Huy hiệu “Tuổi trẻ dũng cảm” của Trung ương Đoàn cho em Hoàng Văn Nam "
        "và em Lý Thị Hoa. Anh Lê Văn Hải, Bí thư Tỉnh đoàn trao Huy hiệu cho 2 em."
    )
    assert [(r[0], r[2], r[5], r[6]) for r in rows] == [("huy-hieu", 2, "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Lê Văn Hải")]


def test_items_of_a_list_a_giving_sentence_opens_take_its_giver_and_event_unless_they_name_their_own():
    rows = grants_of(
        "Tại hội nghị, Giám đốc Sở Nội vụ đã trao Bằng khen cho các tập thể, cá nhân như sau:\n"
        "- Tặng Bằng khen cho 3 tập thể có thành tích xuất sắc.\n"
        "- Tặng Bằng khen cho 4 cá nhân.\n"
        "- Chủ tịch UBND huyện Văn Lãng tặng Giấy khen cho 5 cá nhân.\n",
        with_event=True,
    )
    assert [(r[0], r[2], r[5], r[8]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", 3, "Giám đốc Sở Nội vụ tỉnh Lạng Sơn", "e1"),
        ("bang-khen-cap-bo-tinh", 4, "Giám đốc Sở Nội vụ tỉnh Lạng Sơn", "e1"),
        ("giay-khen", 5, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng", "e1"),
    ]


def test_a_bare_commendation_at_no_event_that_counts_a_named_award_s_recipients_again_is_that_award():
    def told(text: str) -> list[tuple]:
        facts = article("Hội Cựu chiến binh huyện tổng kết năm 2023\n05/01/2024 09:00\n" + text + "\nTrần Thu Hương\n")[1]
        return sorted((g.award, g.count) for g in counted_once(facts.grants))

    said = "Năm 2023, Hội Cựu chiến binh huyện Văn Lãng tặng Giấy khen cho 40 hội viên. 40 hội viên được biểu dương đều là gương sáng."
    assert told(said) == [("giay-khen", 40)]
    said = "Năm 2023, UBND huyện Văn Lãng tặng Giấy khen cho 25 tập thể. Trong 25 tập thể được khen thưởng có 9 chi hội cơ sở."
    assert told(said) == [("giay-khen", 25)]
    # negative: another count, or one recipient, is another grant
    said = "Năm 2023, UBND huyện Văn Lãng tặng Giấy khen cho 25 tập thể. 14 tập thể khác được biểu dương."
    assert told(said) == [("giay-khen", 25), ("khen-thuong", 14)]
    said = "UBND huyện Văn Lãng tặng Giấy khen cho Trường THCS Tân Mỹ. Trường THCS Hoàng Văn Thụ được biểu dương."
    assert len(told(said)) == 2


def test_a_bare_commendation_at_an_event_counted_as_a_named_award_there_is_that_award():
    def told(then: str) -> list[tuple]:
        facts = article(
            "Huyện đoàn Văn Lãng kỷ niệm ngày thành lập Đoàn\n27/03/2023 09:00\n"
            "Tối 26/3/2023, Huyện đoàn Văn Lãng (huyện Văn Lãng) tổ chức lễ kỷ niệm và tuyên dương 30 đoàn viên tiêu biểu. "
            + then
            + "\nTrần Thu Hương\n"
        )[1]
        return sorted((g.award, g.count) for g in counted_once(facts.grants))

    assert told("Tại buổi lễ, Ban Thường vụ Huyện đoàn tặng Giấy khen cho 30 đoàn viên tiêu biểu.") == [("giay-khen", 30)]
    # negative: another count, or another giver, is another grant
    assert told("Tại buổi lễ, Ban Thường vụ Huyện đoàn tặng Giấy khen cho 12 đoàn viên.") == [("giay-khen", 12), ("khen-thuong", 30)]
    assert told("Tại buổi lễ, Ban Thường vụ Tỉnh đoàn tặng Giấy khen cho 30 đoàn viên; Huyện đoàn tuyên dương 30 đoàn viên.") == [
        ("giay-khen", 30), ("khen-thuong", 30)
    ]  # fmt: skip


def test_a_headline_s_bare_commendation_restates_a_body_grant_of_its_count_counted_another_way():
    def told(headline: str) -> list[tuple]:
        return counted_kinds(
            article(
                f"{headline}\n20/01/2023 09:00\nNgày 18/1/2023, Hội Nông dân huyện Văn Lãng tổ chức hội nghị. "
                "Tại hội nghị, Hội Nông dân huyện tặng Giấy khen cho 60 hộ hội viên sản xuất giỏi.\nTrần Thu Hương\n"
            )[1]
        )

    assert told("Văn Lãng biểu dương 60 hội viên sản xuất giỏi") == [("giay-khen", "collective", 60)]
    # negative: a headline counting others is its own grant
    assert told("Văn Lãng biểu dương 75 hội viên sản xuất giỏi") == [("giay-khen", "collective", 60), ("khen-thuong", "individual", 75)]


def test_a_cue_naming_an_event_s_kind_points_to_the_last_such_event_told_and_its_presenter_took_part_there():
    def at(cue: str) -> tuple[list, dict]:
        facts = article(
            "Sở Tư pháp tổng kết năm 2022\n10/01/2023 09:00\n"
            "Sáng 9/1/2023, Sở Tư pháp tỉnh Lạng Sơn tổ chức Hội nghị tổng kết công tác tư pháp năm 2022. "
            "Chiều cùng ngày, Sở Tư pháp tổ chức Hội nghị cán bộ, công chức năm 2023. "
            f"{cue}, Giám đốc Sở Tư pháp Hoàng Văn Nam tặng Giấy khen cho 6 tập thể.\nTrần Thu Hương\n"
        )[1]
        took_part = {e.key: [(p.person, p.part) for p in e.participants] for e in facts.events}
        return [g.event for g in facts.grants], took_part

    events, took_part = at("Tại hội nghị này")
    assert events == ["e2"] and took_part["e2"] == [("Hoàng Văn Nam", "presented_awards")] and took_part["e1"] == []
    # negative: 'Dịp này' names the occasion, the article's first event
    events, took_part = at("Nhân dịp này")
    assert events == ["e1"] and took_part["e1"] == [("Hoàng Văn Nam", "presented_awards")]


def test_the_owner_after_an_award_s_quoted_name_is_its_giver():
    rows = grants_of(
        "Ngày 14/10, Hội Nông dân huyện Văn Lãng tổ chức trao Kỷ niệm chương “Vì giai cấp nông dân Việt Nam” của Trung ương Hội "
        "Nông dân Việt Nam cho 20 cá nhân."
    )
    assert [(r[0], r[2], r[5]) for r in rows] == [("ky-niem-chuong", 20, "Trung ương Hội Nông dân Việt Nam")]
    # negative: a quoted name with no owner after it, and none the medal-givers table knows, leaves the giver to the sentence
    rows = grants_of("Ngày 14/10, Hội Nông dân huyện Văn Lãng trao Kỷ niệm chương “Vì nông thôn mới” cho 20 cá nhân.")
    assert [(r[0], r[5]) for r in rows] == [("ky-niem-chuong", "Hội Nông dân huyện Văn Lãng")]


def test_a_commended_total_broken_down_by_numbers_of_awards_after_gom_is_those_awards():
    rows = grants_of(
        "Dịp này, UBND tỉnh khen thưởng 30 tập thể, cá nhân, gồm: 10 Bằng khen của Chủ tịch UBND tỉnh và 20 Giấy khen của Giám "
        "đốc Sở Nội vụ."
    )
    assert short(rows) == [("bang-khen-cap-bo-tinh", "mixed", 10), ("giay-khen", "mixed", 20)]
    # negative: numbers that do not add up to it leave the total a grant of its own
    rows = grants_of("Dịp này, UBND tỉnh khen thưởng 30 tập thể, cá nhân, gồm: 10 Bằng khen của Chủ tịch UBND tỉnh và 15 Giấy khen.")
    assert short(rows) == [("khen-thuong", "mixed", 30), ("bang-khen-cap-bo-tinh", "mixed", 10), ("giay-khen", "mixed", 15)]


def test_people_listed_by_their_calling_each_receive_and_years_running_are_a_past_record():
    rows = grants_of("Cô giáo Hà Thị Thu (Trường THCS Tân Mỹ) và thầy giáo Lý Văn Sinh (Trường THPT Na Sầm) vinh dự nhận Bằng khen.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", "individual", 2)]
    rows = grants_of("Trường THCS Tân Mỹ đã 4 năm liền được tặng Giấy khen của Chủ tịch UBND huyện.")
    assert rows == []
    # counted in words, opening the sentence
    assert grants_of("Nhiều năm liền, Trạm Y tế xã Tân Mỹ đạt danh hiệu Tập thể lao động tiên tiến.") == []
    assert grants_of("Ba năm liền, Trường THCS Tân Mỹ được tặng Giấy khen của Chủ tịch UBND huyện.") == []
    # negative: what the same sentence gives this year, after the record, is a grant
    rows = grants_of("Trường THCS Tân Mỹ đã 4 năm liền được tặng Giấy khen; năm nay, trường được UBND tỉnh tặng Bằng khen.")
    assert short(rows) == [("bang-khen-cap-bo-tinh", "collective", 1)]
    # and so is this year's of the same award as the record's
    rows = grants_of("Trường THCS Tân Mỹ đã 4 năm liền được tặng Giấy khen; năm nay, trường được Chủ tịch UBND huyện tặng Giấy khen.")
    assert short(rows) == [("giay-khen", "collective", 1)]


def test_a_unit_elected_to_lead_its_bloc_receives_that_title_and_the_proposal_that_follows():
    rows = grants_of("Năm 2022, xã Tân Mỹ được suy tôn là đơn vị dẫn đầu Khối thi đua các xã.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("don-vi-dan-dau-khoi-thi-dua", 1, "xã Tân Mỹ")]
    rows = grants_of("Hội nghị thống nhất suy tôn xã Tân Mỹ là đơn vị dẫn đầu Khối, đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert [(r[0], r[4], r[10]) for r in rows] == [
        ("don-vi-dan-dau-khoi-thi-dua", "conferred", "xã Tân Mỹ"), ("co-thi-dua-cap-bo-tinh", "proposed", "xã Tân Mỹ")
    ]  # fmt: skip
    # negative: a proposal in a sentence of its own names no recipient the sentence before named
    rows = grants_of("UBND huyện tặng Giấy khen cho xã Tân Mỹ. Đề nghị UBND tỉnh tặng Bằng khen.")
    assert [(r[0], r[10]) for r in rows] == [("giay-khen", "xã Tân Mỹ")]


def test_a_unit_voted_to_lead_its_bloc_with_no_noun_said_holds_the_ranking():
    event = "Ngày 18/1/2023, Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2022.\n"
    facts = article(
        HEAD + event + "Hội nghị đã bỏ phiếu suy tôn xã Tân Mỹ dẫn đầu Cụm, đề nghị UBND tỉnh tặng Cờ thi đua; xã Hoàng Việt "
        "và xã Tân Lập được đề nghị tặng Bằng khen.\nTrần Thu Hương\n"
    )[1]
    assert [(g.award, g.count, g.status, _label(g.conferrer), g.recipient) for g in facts.grants] == [
        ("don-vi-dan-dau-khoi-thi-dua", 1, "conferred", "Cụm thi đua số 2 tỉnh Lạng Sơn", "xã Tân Mỹ"),
        ("co-thi-dua-cap-bo-tinh", 1, "proposed", "Ủy ban nhân dân tỉnh Lạng Sơn", "xã Tân Mỹ"),
        # the bodies a passive names after it are asked of the giver the sentence asked, not of the bloc
        ("bang-khen-cap-bo-tinh", 2, "proposed", "Ủy ban nhân dân tỉnh Lạng Sơn", None),
    ]
    # negative: leading a bloc told as a standing, voted by no one, is no ranking given
    assert grants_of("Năm 2022, xã Tân Mỹ dẫn đầu Cụm thi đua về thu ngân sách.") == []


def test_a_unit_that_opens_a_clause_leading_its_bloc_then_receiving_is_the_passive_s_subject_not_the_title():
    head = "Trường THCS Tân Mỹ tổng kết năm học 2021 - 2022\n20/06/2022 09:00\n"
    facts = article(
        head
        + "Năm học 2021 - 2022, đơn vị dẫn đầu Khối thi đua các trường THCS và vinh dự được UBND tỉnh tặng Cờ thi đua.\nTrần Thu Hương\n"
    )[1]
    assert [(g.award, g.count, g.recipient) for g in facts.grants] == [("co-thi-dua-cap-bo-tinh", 1, "Trường THCS Tân Mỹ")]
    # negative: the title after 'là', or a count's, is still the ranking given
    rows = grants_of("Năm 2022, xã Tân Mỹ là đơn vị dẫn đầu Cụm thi đua số 2 và được UBND tỉnh tặng Cờ thi đua.")
    assert short(rows) == [("don-vi-dan-dau-khoi-thi-dua", "collective", 1), ("co-thi-dua-cap-bo-tinh", "collective", 1)]
    rows = grants_of("Hội nghị đã suy tôn 3 đơn vị dẫn đầu Cụm thi đua và đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert short(rows)[0] == ("don-vi-dan-dau-khoi-thi-dua", "collective", 3)


def test_bodies_voted_for_then_proposed_with_no_title_between_are_the_proposal_s_recipients():
    facts = article(HEAD + "Hội nghị suy tôn Phòng Tư pháp và Phòng Nội vụ huyện Văn Lãng đề nghị tặng Bằng khen.\nTrần Thu Hương\n")[1]
    assert [(g.award, g.count, g.status, tuple(o.name for o in g.named), g.proposer) for g in facts.grants] == [
        ("bang-khen-cap-bo-tinh", 2, "proposed", ("Phòng Tư pháp huyện Văn Lãng", "Phòng Nội vụ huyện Văn Lãng"), None)
    ]
    rows = grants_of("Các thành viên bình chọn xã Tân Mỹ, đề nghị Chủ tịch UBND tỉnh tặng Bằng khen.")
    assert [(r[0], r[4], r[5], r[10]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", "proposed", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "xã Tân Mỹ")
    ]
    # one body voted for or weighed, named without its place (its name as the rules read it has the place)
    for verb in ("thống nhất suy tôn", "bình xét"):
        rows = grants_of(f"Hội nghị đã {verb} Ban Tuyên giáo Tỉnh ủy đề nghị UBND tỉnh tặng Cờ thi đua.")
        assert [(r[0], r[4], r[10]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "proposed", "Ban Tuyên giáo Tỉnh ủy Lạng Sơn")]
    # (not a body followed by more words before the proposal: what the words say of it is another rule's)
    rows = grants_of("Hội nghị đã suy tôn Ban Tuyên giáo Tỉnh ủy có nhiều đổi mới đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert not any(r[10] for r in rows)
    # negative: a count voted for is counted, no body named
    rows = grants_of("Hội nghị bình chọn 5 tập thể đề nghị UBND tỉnh tặng Bằng khen.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", 5, None)]


def test_the_people_of_a_unit_named_after_cho_are_one_collective_recipient():
    for people in ("Nhân dân thôn Khòn Pát", "nhân dân các dân tộc xã Tân Mỹ", "Nhân dân khu phố 3"):
        rows = grants_of(
            f"Thay mặt Ủy ban Trung ương MTTQ Việt Nam, đồng chí Hầu A Lềnh tặng Bằng khen cho {people} vì có nhiều thành tích."
        )
        assert [(r[0], r[1], r[2], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", "collective", 1, people)], people
    # negative: the people within a unit, no unit named, are none named
    assert grants_of("UBND tỉnh tặng Bằng khen cho nhân dân trong xã vì có nhiều thành tích.") == []


def test_a_village_named_after_cho_is_the_one_recipient():
    rows = grants_of("UBND huyện Văn Lãng trao Bằng công nhận thôn văn hóa cho thôn Khòn Pát vì có nhiều thành tích.")
    assert [(r[0], r[1], r[2], r[10]) for r in rows] == [("thon-to-dan-pho-van-hoa", "collective", 1, "thôn Khòn Pát")]
    rows = grants_of("UBND xã Tân Mỹ tặng Giấy khen cho khu phố 3.")
    assert [(r[0], r[10]) for r in rows] == [("giay-khen", "khu phố 3")]
    # negative: 'bản' that is a document, not a village, names no recipient
    assert grants_of("UBND huyện tặng Giấy khen cho bản kế hoạch tốt nhất.") == []


def test_handing_over_an_unnamed_title_hands_over_the_one_the_ceremony_is_named_after():
    def told(then: str) -> tuple[list, list]:
        facts = article(
            "Nhà hát Chèo Văn Lãng có thêm nghệ sĩ ưu tú\n31/10/2023 09:00\n"
            "Tối 30/10/2023, Nhà hát Chèo Văn Lãng tổ chức Lễ trao tặng danh hiệu Nghệ sĩ Ưu tú cho 3 nghệ sĩ của Nhà hát. "
            f"{then}\nTrần Thu Hương\n"
        )[1]
        return [(g.award, g.presenter) for g in facts.grants], [(p.person, p.part) for p in facts.events[0].participants]

    grants, took_part = told("Ông Hà Văn Lực, Phó Chủ tịch UBND tỉnh trao danh hiệu cho các nghệ sĩ: Vũ Thị Lan, Đào Văn Hợp và Lê Thu Hà.")
    assert grants == [("nghe-si-uu-tu", "Hà Văn Lực")] and took_part == [("Hà Văn Lực", "presented_awards")]
    # a lower-case word after 'danh hiệu' is no title's name ('danh hiệu ưu tú', 'danh hiệu ấy'), capitals or not
    grants, took_part = told("Ông Hà Văn Lực, Phó Chủ tịch UBND tỉnh trao danh hiệu ưu tú cho các nghệ sĩ: Vũ Thị Lan và Lê Thu Hà.")
    assert grants == [("nghe-si-uu-tu", "Hà Văn Lực")]
    # negative: handing over flowers names no presenter of the title
    grants, took_part = told("Ông Hà Văn Lực, Phó Chủ tịch UBND tỉnh trao hoa chúc mừng các nghệ sĩ.")
    assert grants == [("nghe-si-uu-tu", None)] and ("Hà Văn Lực", "presented_awards") not in took_part


def test_handing_over_an_unnamed_title_hands_over_each_of_the_titles_the_one_ceremony_is_named_after():
    def told(ceremonies: str, then: str) -> list[tuple]:
        facts = article(
            f"Huyện Văn Lãng có thêm nghệ nhân\n08/12/2023 09:00\nSáng 7/12, UBND huyện Văn Lãng tổ chức {ceremonies}. "
            "Theo Quyết định của Chủ tịch nước, huyện có 2 người được phong tặng danh hiệu Nghệ nhân Nhân dân và 5 người "
            f"được phong tặng danh hiệu Nghệ nhân Ưu tú. {then}\nTrần Thu Hương\n"
        )[1]
        return sorted((g.award, g.count, g.presenter) for g in facts.grants)

    for then in (
        "Đồng chí Hoàng Văn Minh, Bí thư Huyện ủy đã trao danh hiệu cho các nghệ nhân.",
        "Ông Hoàng Văn Minh, Bí thư Huyện ủy trao Quyết định phong tặng cho các nghệ nhân.",
    ):
        assert told("lễ trao danh hiệu Nghệ nhân Nhân dân, Nghệ nhân Ưu tú", then) == [
            ("nghe-nhan-nhan-dan", 2, "Hoàng Văn Minh"),
            ("nghe-nhan-uu-tu", 5, "Hoàng Văn Minh"),
        ], then
    # negative: two ceremonies, each named after one title: which one was handed over is unsaid
    assert told(
        "lễ trao danh hiệu Nghệ nhân Nhân dân. Chiều cùng ngày, UBND tỉnh tổ chức lễ trao danh hiệu Nghệ nhân Ưu tú",
        "Đồng chí Hoàng Văn Minh, Bí thư Huyện ủy đã trao danh hiệu cho các nghệ nhân.",
    ) == [("nghe-nhan-nhan-dan", 2, None), ("nghe-nhan-uu-tu", 5, None)]


def test_handing_over_an_unnamed_prize_hands_over_the_one_the_ceremony_is_named_after_and_nothing_beside():
    def told(then: str) -> list[tuple]:
        facts = article(
            "Tỉnh đoàn Bắc Kạn tuyên dương cán bộ Đoàn\n28/03/2023 09:00\n"
            "Tối 26/3/2023, Tỉnh đoàn Bắc Kạn tổ chức Lễ tuyên dương và trao Giải thưởng Lý Tự Trọng năm 2023. "
            f"{then} Theo đó, 12 cán bộ Đoàn được nhận Giải thưởng Lý Tự Trọng; Tỉnh đoàn khen thưởng 8 đoàn viên.\nTrần Thu Hương\n"
        )[1]
        return sorted((g.count, g.presenter) for g in facts.grants)

    for then in (
        "Đồng chí Hoàng Văn Minh, Phó Bí thư Tỉnh ủy dự và trao giải.",
        "Ông Hoàng Văn Minh, Phó Bí thư Tỉnh ủy trao giải thưởng cho các cán bộ Đoàn tiêu biểu.",
    ):
        assert told(then) == [(8, None), (12, "Hoàng Văn Minh")], then
    # negative: a contest's first prize is no prize the ceremony is named after
    assert told("Ông Hoàng Văn Minh, Phó Bí thư Tỉnh ủy trao giải nhất cho đội Thanh niên tình nguyện.") == [(8, None), (12, None)]


def test_handing_over_an_unnamed_prize_hands_over_the_one_prize_the_article_names_where_no_event_is_named_after_it():
    def told(then: str, prizes: str = "Giải thưởng Lý Tự Trọng của Trung ương Đoàn") -> list[tuple]:
        facts = article(
            "Tỉnh đoàn Bắc Kạn kỷ niệm ngày thành lập Đoàn\n28/03/2023 09:00\n"
            "Tối 26/3/2023, Tỉnh đoàn Bắc Kạn tổ chức Lễ kỷ niệm 92 năm Ngày thành lập Đoàn. "
            f"Dịp này, 3 cán bộ Đoàn được nhận {prizes}. {then}\nTrần Thu Hương\n"
        )[1]
        return sorted((g.count, g.presenter) for g in facts.grants)

    for then in ("Anh Hoàng Văn Minh, Bí thư Tỉnh đoàn trao giải thưởng cho các cá nhân.", "Đồng chí Hoàng Văn Minh dự và trao giải."):
        assert told(then) == [(3, "Hoàng Văn Minh")], then
    # negative: two prizes named, which was handed over is unsaid
    two = "Giải thưởng Lý Tự Trọng và 5 đoàn viên được nhận Giải thưởng Sao Tháng Giêng"
    assert told("Anh Hoàng Văn Minh trao giải thưởng cho các cá nhân.", two) == [(3, None), (5, None)]


def test_handing_over_the_title_of_a_ceremony_named_with_its_class_or_its_decision_names_the_presenter():
    def presenter(then: str) -> list[tuple]:
        facts = article(
            "Huyện Tuy An truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho các mẹ\n27/07/2023 09:00\n"
            "Sáng 26/7/2023, UBND huyện Tuy An tổ chức lễ truy tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng” "
            f"cho 4 mẹ. {then}\nTrần Thu Hương\n"
        )[1]
        return [(g.award, g.count, g.presenter) for g in facts.grants]

    for then in (
        "Thừa ủy quyền của Chủ tịch nước, ông Lê Minh Châu, Bí thư Huyện ủy trao danh hiệu cho thân nhân các mẹ.",
        "Được sự ủy quyền của Chủ tịch nước, ông Lê Minh Châu đã trao quyết định truy tặng của Chủ tịch nước cho gia đình các mẹ.",
        # the decision by whose it is, capitals or not
        "Ông Lê Minh Châu, Bí thư Huyện ủy trao quyết định của Chủ tịch nước cho thân nhân các mẹ.",
        "Ông Lê Minh Châu, Bí thư Huyện ủy trao Quyết định của Chủ tịch nước cho thân nhân các mẹ.",
        # who is given it, in a passive after the presenter's verb, hands nothing over
        "Ông Lê Minh Châu, Bí thư Huyện ủy trao danh hiệu cho thân nhân 3 mẹ được truy tặng và mẹ Trần Thị Lựu được phong tặng.",
    ):
        assert presenter(then) == [("ba-me-viet-nam-anh-hung", 4, "Lê Minh Châu")], then
    # negative: handing over gifts hands over no title
    assert presenter("Ông Lê Minh Châu, Bí thư Huyện ủy trao quà cho thân nhân các mẹ.") == [("ba-me-viet-nam-anh-hung", 4, None)]
    assert presenter("Ông Lê Minh Châu, Bí thư Huyện ủy trao quyết định của UBND huyện cho thân nhân các mẹ.") == [
        ("ba-me-viet-nam-anh-hung", 4, None)
    ]


def test_a_bare_certificate_handed_to_the_one_the_government_s_was_given_is_that_grant():
    def told(handed: str) -> list[tuple]:
        facts = article(
            "Thị trấn Na Sầm nhận Bằng khen của Thủ tướng\n12/02/2024 09:00\n"
            "Sáng 10/2/2024, thị trấn Na Sầm tổ chức lễ đón nhận Bằng khen. Thị trấn Na Sầm vinh dự được Thủ tướng Chính phủ "
            f"tặng Bằng khen vì đã có thành tích xuất sắc. {handed}\nTrần Thu Hương\n"
        )[1]
        return sorted((g.award, g.presenter) for g in counted_once(facts.grants))

    assert told("Bà Hà Thị Lan, Phó Chủ tịch UBND tỉnh trao Bằng khen cho Đảng bộ, chính quyền và Nhân dân thị trấn Na Sầm.") == [
        ("bang-khen-thu-tuong", "Hà Thị Lan")
    ]
    # negative: a certificate whose giver the sentence names is another grant
    assert len(told("Chủ tịch UBND tỉnh tặng Bằng khen cho Đảng bộ, chính quyền và Nhân dân thị trấn Na Sầm.")) == 2


def test_a_bare_commendation_of_the_body_is_not_the_order_a_receiving_ceremony_is_named_after():
    facts = article(
        "Huyện Văn Lãng đón nhận Huân chương Lao động hạng Ba\n20/01/2023 09:00\n"
        "Sáng 18/1/2023, huyện Văn Lãng tổ chức lễ đón nhận Huân chương Lao động hạng Ba. Dịp này, có 25 tập thể, 40 cá nhân "
        "được khen thưởng.\nTrần Thu Hương\n"
    )[1]
    rows = sorted((g.award, g.count, _label(g.conferrer)) for g in facts.grants)
    assert rows == [
        ("huan-chuong-lao-dong-hang-ba", 1, "Chủ tịch nước"), ("khen-thuong", 25, None), ("khen-thuong", 40, None)
    ]  # fmt: skip


def test_a_unit_recognised_as_holding_a_title_receives_it_and_a_giver_after_do_gives():
    rows = grants_of("Trường THCS Tân Mỹ được UBND tỉnh công nhận đạt danh hiệu Tập thể lao động xuất sắc.")
    assert [(r[0], r[2], r[5], r[10]) for r in rows] == [
        ("tap-the-lao-dong-xuat-sac", 1, "Ủy ban nhân dân tỉnh Lạng Sơn", "Trường THCS Tân Mỹ")
    ]
    rows = grants_of("Năm học 2022 - 2023, Trường THCS Tân Mỹ đạt danh hiệu Tập thể lao động xuất sắc.")
    assert [(r[0], r[10]) for r in rows] == [("tap-the-lao-dong-xuat-sac", "Trường THCS Tân Mỹ")]
    rows = grants_of("Anh Hoàng Văn Tài vinh dự nhận Bằng khen do Chủ tịch UBND tỉnh trao tặng.")
    assert [(r[0], r[5], r[6], r[10]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", None, "Hoàng Văn Tài")
    ]
    # a unit's title, then a count attaining another in the same sentence: each its own
    rows = grants_of(
        "Năm 2022, Trường THCS Tân Mỹ đạt danh hiệu Tập thể lao động xuất sắc, 12 giáo viên đạt danh hiệu Chiến sĩ thi đua cơ sở."
    )
    assert [(r[0], r[2], r[10]) for r in rows] == [
        ("tap-the-lao-dong-xuat-sac", 1, "Trường THCS Tân Mỹ"),
        ("chien-si-thi-dua-co-so", 12, None),
    ]
    # the giver of a list goes on to the counts that attain a title in it
    rows = grants_of("UBND huyện công nhận 60 Tập thể lao động tiên tiến, 1000 cá nhân đạt danh hiệu Lao động tiên tiến.")
    assert {r[5] for r in rows} == {"Ủy ban nhân dân huyện Văn Lãng"}
    # negatives: a standard reached is no title; one who hands an award over is its presenter, not its recipient
    assert grants_of("Trường THCS Tân Mỹ đạt chuẩn quốc gia mức độ 2.") == []
    rows = grants_of("Ông Hà Văn Lực trao Bằng khen của Chủ tịch UBND tỉnh cho 5 tập thể.", with_event=True)
    assert [(r[2], r[6], r[10]) for r in rows] == [(5, "Hà Văn Lực", None)]


def test_counts_listed_before_one_passive_share_its_award_after_a_grant_of_another():
    rows = grants_of(
        "Năm 2022, toàn huyện có 45 tập thể được tặng Cờ thi đua của UBND tỉnh, 320 tập thể và 560 cá nhân được tặng Bằng "
        "khen của Chủ tịch UBND tỉnh."
    )
    assert short(rows) == [
        ("co-thi-dua-cap-bo-tinh", "collective", 45), ("bang-khen-cap-bo-tinh", "collective", 320),
        ("bang-khen-cap-bo-tinh", "individual", 560),
    ]  # fmt: skip
    # negative: counts each with its own passive are each their own award's
    rows = grants_of("Có 15 tập thể được tặng Bằng khen và 40 cá nhân được tặng Giấy khen.")
    assert short(rows) == [("bang-khen-cap-bo-tinh", "collective", 15), ("giay-khen", "individual", 40)]


def test_one_who_congratulates_or_praises_others_is_not_the_recipient():
    assert grants_of("Ông Nguyễn Văn Bé, Chủ tịch Hội Cựu chiến binh huyện chúc mừng các hội viên được nhận Kỷ niệm chương.") == []
    assert grants_of("Đồng chí Trần Văn Nam biểu dương những đoàn viên được tặng Giấy khen và mong các em phát huy.") == []
    # the one they name receives it
    rows = grants_of("Bà Lê Thị Hoa chúc mừng ông Nguyễn Văn Bé được tặng Kỷ niệm chương.")
    assert [(r[0], r[10]) for r in rows] == [("ky-niem-chuong", "Nguyễn Văn Bé")]
    # glad to receive is still to receive
    rows = grants_of("Ông Nguyễn Văn Bé rất vui mừng khi được nhận Kỷ niệm chương.")
    assert [(r[0], r[10]) for r in rows] == [("ky-niem-chuong", "Nguyễn Văn Bé")]


def test_a_bank_s_branch_is_the_bank_the_province_s_branch_is_told_by():
    rows = grants_of("Chi nhánh NHCSXH tỉnh vinh dự được Thủ tướng Chính phủ tặng Bằng khen.")
    assert [(r[0], r[10]) for r in rows] == [("bang-khen-thu-tuong", "Ngân hàng Chính sách xã hội tỉnh Lạng Sơn")]
    # a company's branch is not the company
    rows = grants_of("Chi nhánh Công ty Điện lực Lạng Sơn được tặng Cờ thi đua.")
    assert [r[10] for r in rows] != ["Công ty Điện lực Lạng Sơn"]


def test_an_award_handed_over_tang_its_recipients_without_cho():
    # 'trao AWARD (của X) tặng/truy tặng Y': 'tặng' where 'cho' would be, and the owner ends before it
    rows = grants_of("Ông Lê Văn Hải, Phó Chủ tịch UBND tỉnh trao Bằng khen của Chủ tịch UBND tỉnh truy tặng anh Hoàng Văn Tài.")
    assert [(r[0], r[5], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "Hoàng Văn Tài")]
    rows = grants_of("Phó Chủ tịch UBND tỉnh trao Bằng khen của Bộ trưởng Bộ Công an tặng 3 tập thể và 5 cá nhân.")
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", "collective", 3, "Bộ trưởng Bộ Công an"),
        ("bang-khen-cap-bo-tinh", "individual", 5, "Bộ trưởng Bộ Công an"),
    ]
    # a 'tặng' before the award gives nothing of its own: one grant, to the count after 'cho'
    rows = grants_of("Bộ trưởng Bộ Công an tặng Bằng khen cho 3 tập thể.")
    assert [(r[0], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", 3)]


def test_a_total_in_the_name_of_the_event_that_gives_its_parts_is_no_grant_of_its_own():
    lead = "Ngày 18/1/2023, UBND huyện Văn Lãng tổ chức Lễ biểu dương, khen thưởng 45 điển hình tiên tiến năm 2022."
    rows = grants_of(lead + " Tại buổi lễ, Chủ tịch UBND huyện trao Giấy khen cho 20 tập thể và 25 cá nhân.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "collective", 20), ("giay-khen", "individual", 25)]
    # parts that do not add up to it leave it a grant of its own
    rows = grants_of(lead + " Tại buổi lễ, Chủ tịch UBND huyện trao Giấy khen cho 20 tập thể và 15 cá nhân.")
    assert ("khen-thuong", 45) in [(r[0], r[2]) for r in rows]
    # so is the count right after its name, those it was held for ('Lễ trao Huân chương ... cho 12 cá nhân')
    # (an order outside the taxonomy, 'Huân chương Kháng chiến', is the generic order: each grant of it is one)
    lead = (
        "Ngày 3/5/2015, Huyện ủy Văn Lãng tổ chức lễ trao Huân chương Kháng chiến hạng Nhất, hạng Nhì cho 12 cá nhân có công"
        " trong kháng chiến chống Mỹ cứu nước."
    )
    rows = grants_of(
        lead + " Đồng chí Bí thư Huyện ủy đã trao Huân chương Kháng chiến hạng Nhất cho 4 cá nhân và Huân chương Kháng chiến"
        " hạng Nhì cho 8 cá nhân."
    )
    assert [(r[0], r[2]) for r in rows] == [("huan-chuong", 4), ("huan-chuong", 8)]
    rows = grants_of(lead + " Đồng chí Bí thư Huyện ủy đã trao Huân chương Kháng chiến hạng Nhất cho 4 cá nhân.")
    assert [r[2] for r in rows] == [12, 4]


def test_one_award_to_one_recipient_from_two_givers_is_two_grants():
    rows = grants_of(
        "Hội đồng đề nghị Chủ tịch UBND huyện tặng Giấy khen cho 1 tập thể và 3 cá nhân thuộc Công an huyện. "
        "Đồng thời, đề nghị Giám đốc Công an tỉnh tặng Giấy khen cho Đội Cảnh sát hình sự Công an huyện."
    )
    assert [(r[1], r[2], r[5], r[10]) for r in rows] == [
        ("collective", 1, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng", None),
        ("individual", 3, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng", None),
        ("collective", 1, "Giám đốc Công an tỉnh Lạng Sơn", "Đội Cảnh sát hình sự Công an huyện Văn Lãng"),
    ]
    # one giver told as its office and as its body is one giver: the grant told twice is one
    rows = grants_of(
        "UBND huyện tặng Giấy khen cho 1 tập thể là Đội Cảnh sát hình sự Công an huyện. "
        "Chủ tịch UBND huyện đã trao Giấy khen cho Đội Cảnh sát hình sự Công an huyện."
    )
    assert [(r[1], r[2]) for r in rows] == [("collective", 1)]


def test_a_company_named_shorter_in_the_headline_is_the_body_s_company():
    body = (
        "Trao Huân chương Lao động cho Công ty Than Mông Dương\n08/12/2023 15:20\n"
        "Ngày 7/12, Công ty CP Than Mông Dương - Vinacomin tổ chức Lễ kỷ niệm 40 năm Ngày truyền thống và đón nhận "
        "Huân chương Lao động hạng Ba. Thừa ủy quyền của Chủ tịch nước, ông Lê Văn Hải, Phó Chủ tịch UBND tỉnh đã trao "
        "Huân chương Lao động hạng Ba cho Công ty. Giám đốc Công ty tặng Giấy khen cho 30 tập thể.\nThu Hà\n"
    )
    facts = article(body)[1]
    assert [e.label for e in facts.events] == ["Lễ kỷ niệm 40 năm Ngày truyền thống và đón nhận Huân chương Lao động hạng Ba"]
    assert [(g.award, g.recipient, _label(g.conferrer)) for g in facts.grants] == [
        ("huan-chuong-lao-dong-hang-ba", "Công ty CP Than Mông Dương - Vinacomin", "Chủ tịch nước"),
        ("giay-khen", None, "Giám đốc Công ty CP Than Mông Dương - Vinacomin"),
    ]
    # a headline naming another company of that kind leaves the bare 'Công ty' no company's
    other = article(body.replace("cho Công ty Than Mông Dương", "cho Công ty Than Hà Tu"))[1]
    assert [_label(g.conferrer) for g in other.grants if g.award == "giay-khen"] == [None]


def test_a_pronoun_subject_receives_for_the_person_named_before():
    rows = grants_of("Cô giáo Hoàng Thị Mai dạy học ở bản Nà Pàn 20 năm. Năm 2022, cô vinh dự được UBND tỉnh tặng Bằng khen.")
    assert [(r[0], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", "Hoàng Thị Mai")]
    rows = grants_of("Anh Lê Văn Tùng đã cứu 3 em nhỏ. Sau đó, anh ấy được Chủ tịch UBND huyện tặng Giấy khen.")
    assert [(r[0], r[10]) for r in rows] == [("giay-khen", "Lê Văn Tùng")]
    # a pronoun of the other sex stands for nobody named
    assert grants_of("Cô giáo Hoàng Thị Mai dạy học ở bản Nà Pàn. Năm 2022, thầy được UBND tỉnh tặng Bằng khen.") == []


def test_a_commendation_to_come_is_no_grant():
    assert grants_of("Dự kiến khen thưởng 20 tập thể, 35 cá nhân tiêu biểu.") == []
    assert grants_of("Kết thúc đợt thi đua, Chủ tịch UBND huyện sẽ tặng Giấy khen cho các tập thể tiêu biểu.") == []
    assert grants_of("Dự kiến sẽ có 12 tập thể được khen thưởng.") == []
    # 'sẽ' said of the recipients afterwards does not put the grant to come
    rows = grants_of("UBND huyện tặng Giấy khen cho 5 tập thể; các tập thể được khen thưởng sẽ tiếp tục phát huy.")
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", 5)]
    # a clause after one to come, with no subject of its own, is to come too; one with a giver of its own is not
    said = "Dự kiến UBND huyện sẽ khen thưởng 15 tập thể; đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể, 8 cá nhân."
    assert grants_of(said) == []
    rows = grants_of("Dự kiến UBND huyện sẽ tặng Giấy khen cho 15 tập thể; Chủ tịch UBND tỉnh đã tặng Bằng khen cho 5 tập thể.")
    assert [(r[0], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", 5)]
    rows = grants_of("Năm nay, UBND huyện đã tặng Giấy khen cho 15 tập thể; đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể.")
    assert [(r[0], r[2], r[4]) for r in rows] == [("giay-khen", 15, "conferred"), ("bang-khen-cap-bo-tinh", 5, "proposed")]


def test_a_plural_subject_whose_list_follows_is_counted_by_its_items():
    rows = grants_of(
        "Hội đồng lấy ý kiến nhân dân đối với các cá nhân được đề nghị Chủ tịch nước tặng Huân chương Lao động hạng Ba, gồm:\n"
        "1. Ông Hoàng Văn Lâm, Phó Chủ tịch UBND tỉnh;\n2. Bà Lê Thị Thu, Giám đốc Sở Y tế;\n3. Ông Vi Văn Dũng, Giám đốc Sở Xây dựng.\n"
    )
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [("huan-chuong-lao-dong-hang-ba", "individual", 3, "proposed")]
    # a plural subject with no list after it counts nobody
    assert grants_of("Các cá nhân được tặng Huân chương Lao động hạng Ba đã phát biểu cảm tưởng.") == []


def test_an_award_received_many_times_before_is_a_past_record():
    assert grants_of("Trước đó, cô Hoàng Thị Mai từng 5 lần được công nhận danh hiệu Chiến sĩ thi đua cơ sở.") == []
    assert grants_of("Xã Tân Mỹ đã 2 lần được tặng Cờ thi đua của UBND tỉnh.") == []
    assert grants_of("Xã Tân Mỹ 3 năm liền nhận Cờ thi đua của UBND tỉnh.") == []  # years running need no 'đã'
    # (the times told after the verb: 'tặng thưởng 2 lần')
    assert grants_of("Trung đoàn đã được Nhà nước tặng thưởng 2 lần danh hiệu Anh hùng Lực lượng vũ trang nhân dân.") == []
    assert grants_of("Xã Tân Mỹ được UBND tỉnh tặng ba lần Cờ thi đua.") == []
    # one this year, its years running said after it, is a grant
    rows = grants_of("Năm nay, xã Tân Mỹ nhận Cờ thi đua của UBND tỉnh; đây là năm thứ 3 liên tiếp.")
    assert [(r[0], r[10]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "xã Tân Mỹ")]
    # one received this time, told beside the record, is a grant
    rows = grants_of("Cô Hoàng Thị Mai từng 5 lần đạt Chiến sĩ thi đua cơ sở; năm nay cô được UBND tỉnh tặng Bằng khen.")
    assert [(r[0], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", "Hoàng Thị Mai")]


def test_one_recipient_named_with_several_classes_of_an_order_is_its_record():
    # the classes are given one at a time, years apart: the unit's record, 'đã' said or not
    assert grants_of("Trước đó, Công ty đã được tặng thưởng Huân chương Lao động hạng Nhất, hạng Nhì, hạng Ba.") == []
    assert grants_of("Nhà trường được tặng Huân chương Độc lập hạng Nhì, hạng Ba.") == []
    # negative: classes shared by counted recipients are grants ('hạng Nhì, hạng Ba cho 01 tập thể và 01 cá nhân')
    rows = grants_of("Chủ tịch nước tặng Huân chương Lao động hạng Nhì, hạng Ba cho 01 tập thể và 01 cá nhân.")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("huan-chuong-lao-dong", "collective", 1), ("huan-chuong-lao-dong", "individual", 1)
    ]  # fmt: skip
    # and one class given to one named recipient is a grant
    rows = grants_of("Công ty được tặng thưởng Huân chương Lao động hạng Nhì.")
    assert [(r[0], r[2]) for r in rows] == [("huan-chuong-lao-dong-hang-nhi", 1)]


def test_a_body_commended_by_name_beside_a_count_is_a_grant_of_its_own():
    rows = grants_of("Giám đốc Công an tỉnh đã khen thưởng đột xuất Phòng Cảnh sát hình sự và 6 cá nhân vì thành tích phá án.")
    assert [(r[0], r[1], r[2], r[10]) for r in rows] == [
        ("khen-thuong", "collective", 1, "Phòng Cảnh sát hình sự Công an tỉnh Lạng Sơn"),
        ("khen-thuong", "individual", 6, None),
    ]
    # 'cho' and two counts: no body named, two grants of their counts
    rows = grants_of("UBND xã khen thưởng cho 8 gia đình và 7 dòng họ có nhiều thành tích.")
    assert [(r[1], r[2], r[10]) for r in rows] == [("collective", 8, None), ("collective", 7, None)]


def test_one_named_with_others_counted_is_a_grant_of_one_beside_theirs():
    rows = grants_of("Bà Lê Thị Hoa, Chủ tịch Hội Nông dân huyện, cùng với 3 cá nhân khác được UBND huyện tặng Giấy khen.")
    assert [(r[1], r[2], r[10]) for r in rows] == [("individual", 1, "Lê Thị Hoa"), ("individual", 3, None)]
    # with no 'khác', the count may hold the one named: the count alone
    rows = grants_of("Bà Lê Thị Hoa và 3 cá nhân được UBND huyện tặng Giấy khen.")
    assert [(r[1], r[2], r[10]) for r in rows] == [("individual", 3, None)]


def test_a_body_with_a_long_name_as_the_whole_subject_receives():
    rows = grants_of("Dịp này, Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Văn Lãng vinh dự được UBND tỉnh tặng Bằng khen.")
    assert [(r[0], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", "Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Văn Lãng")]


def test_a_proposal_said_in_the_passive_after_a_conferral_is_its_own_predicate():
    rows = grants_of("Năm 2022, xã Tân Mỹ được suy tôn là đơn vị dẫn đầu Cụm thi đua, được đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert [(r[0], r[4], r[5], r[10]) for r in rows] == [
        ("don-vi-dan-dau-khoi-thi-dua", "conferred", None, "xã Tân Mỹ"),
        ("co-thi-dua-cap-bo-tinh", "proposed", "Ủy ban nhân dân tỉnh Lạng Sơn", "xã Tân Mỹ"),
    ]


def test_awards_each_to_its_named_recipient_parted_by_a_comma_are_as_many_grants():
    for joint in (", ", ", tặng "):
        rows = grants_of(f"UBND tỉnh tặng Cờ thi đua cho xã Tân Lập{joint}Bằng khen cho huyện Văn Lãng.")
        assert [(r[0], r[10], r[5]) for r in rows] == [
            ("co-thi-dua-cap-bo-tinh", "xã Tân Lập", "Ủy ban nhân dân tỉnh Lạng Sơn"),
            ("bang-khen-cap-bo-tinh", "huyện Văn Lãng", "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ], joint
    # proposed together, proposed both
    rows = grants_of("Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho xã Tân Lập, Bằng khen cho huyện Văn Lãng.")
    assert [(r[0], r[4]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "proposed"), ("bang-khen-cap-bo-tinh", "proposed")]
    # a comma before the first award's recipients parts nothing: 'xét, tặng' is one proposal
    rows = grants_of(
        'Thực hiện việc xét tặng danh hiệu "Chiến sĩ thi đua toàn quốc", Hội đồng đã thông qua danh sách đề nghị xét, '
        "tặng danh hiệu Chiến sĩ thi đua cấp tỉnh cho 10 cá nhân."
    )
    assert [(r[0], r[2], r[4]) for r in rows] == [("chien-si-thi-dua-cap-bo-tinh", 10, "proposed")]


def test_two_awards_each_to_its_named_recipient_in_one_sentence_are_two_grants():
    rows = grants_of(
        "Chủ tịch nước Lương Cường đã trao Huân chương Lao động hạng Nhất cho Tập đoàn Điện lực Việt Nam và Huân chương "
        "Lao động hạng Nhì cho ông Đặng Hoàng An, Chủ tịch Hội đồng thành viên Tập đoàn."
    )
    assert [(r[0], r[1], r[10]) for r in rows] == [
        ("huan-chuong-lao-dong-hang-nhat", "collective", "Tập đoàn Điện lực Việt Nam"),
        ("huan-chuong-lao-dong-hang-nhi", "individual", "Đặng Hoàng An"),
    ]
    # counts one presenter hands over stay one clause, and keep their presenter
    rows = grants_of("Ông Lê Văn Hải trao Huân chương Lao động hạng Nhì cho 2 tập thể và Huân chương Lao động hạng Ba cho 5 cá nhân.")
    assert [(r[0], r[2], r[6]) for r in rows] == [
        ("huan-chuong-lao-dong-hang-nhi", 2, "Lê Văn Hải"),
        ("huan-chuong-lao-dong-hang-ba", 5, "Lê Văn Hải"),
    ]


def test_a_place_glossed_in_brackets_after_the_giver_is_not_the_giver():
    rows = grants_of("Ngày 9/8/2023, UBND xã Tân Mỹ (huyện Văn Lãng, tỉnh Lạng Sơn) tổ chức tuyên dương 7 cá nhân có hành động đẹp.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("khen-thuong", 7, "Ủy ban nhân dân xã Tân Mỹ")]


def test_the_sentence_right_after_an_event_s_in_its_paragraph_gives_at_it():
    body = (
        "Sáng 5/10/2022, Thị đoàn Quảng Yên tổ chức Lễ tuyên dương thủ khoa tốt nghiệp xuất sắc năm 2022. "
        "40 thủ khoa được Thị đoàn tặng Giấy khen và phần thưởng."
    )
    rows = grants_of(body)
    assert [(r[0], r[2], r[8]) for r in rows] == [("giay-khen", 40, "e1")]
    # a time of its own, or a paragraph of its own, leaves it unplaced
    rows = grants_of(body.replace("40 thủ khoa được", "Năm 2021, 40 thủ khoa được"))
    assert [r[8] for r in rows] == [None]
    # (a paragraph of its own in an article about one ceremony, even one not held to commend, was given there; not
    # after a paragraph between that turns to a time of its own)
    held = body.replace(" 40 thủ khoa", "\n40 thủ khoa").replace("Lễ tuyên dương", "Lễ kỷ niệm 20 năm thành lập, gặp mặt")
    assert [r[8] for r in grants_of(held)] == ["e1"]
    rows = grants_of(held.replace("\n40 thủ khoa", "\nTrong năm, Thị đoàn có nhiều hoạt động.\n40 thủ khoa"))
    assert [r[8] for r in rows] == [None]


def test_what_an_article_about_one_commending_ceremony_says_was_given_was_given_there():
    body = (
        "Chiều 12/3/2024, Sở Nội vụ tỉnh Điện Biên tổ chức lễ vinh danh, khen thưởng các vận động viên đạt huy chương.\n"
        "Đến dự có ông Lò Văn Tiến, Phó Chủ tịch UBND tỉnh.\n"
        "Năm nay các vận động viên của tỉnh giành 14 huy chương. {}"
    )
    given = "Giám đốc Sở Nội vụ đã tặng Giấy khen cho 9 vận động viên."
    assert [(r[0], r[2], r[8]) for r in grants_of(body.format(given))] == [("giay-khen", 9, "e1")]
    # nor only when the next sentence tells it: a paragraph of its own
    rows = grants_of(body.format("") + "\n9 vận động viên được Giám đốc Sở Nội vụ tặng Giấy khen.")
    assert [(r[0], r[2], r[8]) for r in rows] == [("giay-khen", 9, "e1")]
    # not what a sentence dates to a time of its own, or a paragraph opened on a year
    assert [r[8] for r in grants_of(body.format("Năm 2022, Giám đốc Sở Nội vụ đã tặng Giấy khen cho 9 vận động viên."))] == [None]
    rows = grants_of(body.format("") + "\nNăm 2023, Sở được Bộ tặng Cờ thi đua. Ông A Sùng được tặng Giấy khen của Giám đốc Sở.")
    assert [r[8] for r in rows] == [None, None]
    # nor at an event held for something else
    rows = grants_of(body.format(given).replace("lễ vinh danh, khen thưởng", "lễ xuất quân cho"))
    assert [r[8] for r in rows] == [None]
    # the day of the decision a sentence cites is the signing's, not the giving's: given at the ceremony, on its day
    cited = "Theo Quyết định số 215/QĐ-SNV ngày 8/3/2024 của Giám đốc Sở Nội vụ, 9 vận động viên được tặng Giấy khen."
    assert [(r[0], r[2], r[8], r[9]) for r in grants_of(body.format(cited))] == [("giay-khen", 9, "e1", dt.date(2024, 3, 12))]
    # negative: a time of its own besides the decision's keeps it apart
    cited = "Năm 2023, theo Quyết định số 215/QĐ-SNV ngày 8/3/2023, 9 vận động viên được tặng Giấy khen."
    assert [r[8] for r in grants_of(body.format(cited))] == [None]


def test_a_unit_chosen_as_the_bloc_s_leader_is_ranked_so():
    rows = grants_of("Các đơn vị trong Cụm thi đua số 3 đã thống nhất lựa chọn xã Tân Mỹ là đơn vị dẫn đầu về thu ngân sách năm 2022.")
    assert [(r[0], r[10], r[7]) for r in rows] == [("don-vi-dan-dau-khoi-thi-dua", "xã Tân Mỹ", "2022")]
    # chosen for something else, it is ranked nothing
    assert grants_of("Huyện đã chọn xã Tân Mỹ làm điểm xây dựng nông thôn mới kiểu mẫu.") == []


def test_an_award_the_unit_a_bloc_voted_for_receives_is_the_bloc_s_nomination():
    rows = grants_of(
        "Các thành viên Cụm thi đua số 2 đã bỏ phiếu suy tôn xã Tân Mỹ là đơn vị dẫn đầu năm 2022, được nhận Cờ thi đua của UBND tỉnh.",
        with_event=True,
    )
    assert sorted((r[0], r[4], r[10]) for r in rows) == [
        ("co-thi-dua-cap-bo-tinh", "proposed", "xã Tân Mỹ"), ("don-vi-dan-dau-khoi-thi-dua", "conferred", "xã Tân Mỹ")
    ]  # fmt: skip
    # (its status's evidence is the vote's word)
    facts = article(
        HEAD + EVENT + "Cụm thi đua số 2 đã lựa chọn xã Tân Mỹ là đơn vị dẫn đầu, nhận Cờ thi đua của UBND tỉnh.\nTrần Thu Hương\n"
    )[1]
    assert [(g.status, g.status_cue) for g in facts.grants if g.award == "co-thi-dua-cap-bo-tinh"] == [("proposed", "lựa chọn")]
    # negative: a unit that was the bloc's leader and received a flag, with no vote told, received it
    rows = grants_of("Năm 2022, xã Tân Mỹ là đơn vị dẫn đầu Cụm thi đua số 2 và nhận Cờ thi đua của UBND tỉnh.")
    assert ("co-thi-dua-cap-bo-tinh", "conferred") in [(r[0], r[4]) for r in rows]


def test_units_a_bloc_voted_for_straight_to_receiving_an_award_are_the_bloc_s_nomination_each():
    for text, n in (
        ("Đồng thời, Cụm thi đua số 4 suy tôn xã Tân Mỹ, xã Tân Lập nhận Bằng khen của Chủ tịch UBND tỉnh.", 2),
        ("Các thành viên Cụm thống nhất lựa chọn xã Tân Mỹ và thị trấn Na Sầm nhận Bằng khen của Chủ tịch UBND tỉnh.", 2),
        ("Cụm thi đua số 4 bình chọn xã Tân Mỹ nhận Bằng khen của Chủ tịch UBND tỉnh.", 1),
    ):
        rows = grants_of(text, with_event=True)
        assert [(r[0], r[2], r[4]) for r in rows] == [("bang-khen-cap-bo-tinh", n, "proposed")], text
    # negative: units said to receive it, with no vote told, received it
    rows = grants_of("Năm 2022, xã Tân Mỹ, xã Tân Lập nhận Bằng khen của Chủ tịch UBND tỉnh.")
    assert [(r[2], r[4]) for r in rows] == [(2, "conferred")]


def test_a_ranking_voted_on_is_given_at_the_article_s_meeting():
    rows = grants_of("Các đơn vị trong Cụm thi đua số 3 đã thống nhất suy tôn xã Tân Mỹ là đơn vị dẫn đầu cụm.", with_event=True)
    assert [(r[0], r[8]) for r in rows] == [("don-vi-dan-dau-khoi-thi-dua", "e1")]


def test_awards_given_for_counts_in_a_list_with_no_verb_and_the_total_they_sum_up():
    rows = grants_of(
        "Năm 2022, UBND tỉnh đã khen thưởng 700 lượt tập thể, cá nhân. Cụ thể: Cờ thi đua của UBND tỉnh cho 45 tập thể; "
        "Bằng khen của Chủ tịch UBND tỉnh cho 155 tập thể và 500 cá nhân."
    )
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("co-thi-dua-cap-bo-tinh", "collective", 45),
        ("bang-khen-cap-bo-tinh", "collective", 155),
        ("bang-khen-cap-bo-tinh", "individual", 500),
    ]  # the total only sums them up
    # a total the list does not add up to is a grant of its own
    rows = grants_of("Năm 2022, UBND tỉnh đã khen thưởng 900 lượt tập thể, cá nhân. Cụ thể: Cờ thi đua của UBND tỉnh cho 45 tập thể.")
    assert [(r[0], r[2]) for r in rows] == [("khen-thuong", 900), ("co-thi-dua-cap-bo-tinh", 45)]
    # holders counted with no 'cho' are no grant
    assert grants_of("Huyện có 54 Bà mẹ Việt Nam Anh hùng.") == []


def test_an_award_s_own_total_broken_down_in_brackets_gives_its_parts():
    rows = grants_of("Đề nghị Chủ tịch nước tặng Huân chương Lao động 15 (5 tập thể, 10 cá nhân).")
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [
        ("huan-chuong-lao-dong", "collective", 5, "proposed"),
        ("huan-chuong-lao-dong", "individual", 10, "proposed"),
    ]
    # a count with its noun broken down in brackets is that count's breakdown
    rows = grants_of("UBND huyện tặng Giấy khen cho 26 tập thể, cá nhân (10 tập thể, 16 cá nhân).")
    assert sorted((r[1], r[2]) for r in rows) == [("collective", 10), ("individual", 16)]


def test_a_ministry_named_right_after_the_award_with_no_cua_is_its_giver():
    rows = grants_of("3 tập thể được tặng Bằng khen Bộ Công an; Sư đoàn 304 nhận Cờ thi đua Bộ Quốc phòng.")
    assert [(r[0], r[5]) for r in rows] == [("bang-khen-cap-bo-tinh", "Bộ Công an"), ("co-thi-dua-cap-bo-tinh", "Bộ Quốc phòng")]


def test_a_plural_s_colon_list_of_names_counts_them():
    rows = grants_of("UBND huyện tặng Giấy khen cho các xã: Tân Mỹ, Tân Thanh và Hoàng Văn Thụ.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "collective", 3)]
    rows = grants_of("UBND huyện tặng Giấy khen cho các tập thể: Trường THCS Lê Lợi, Trạm Y tế xã Tân Mỹ.")
    assert [(r[1], r[2], r[10]) for r in rows] == [("collective", 2, None)]  # not the first alone
    # a plural with no names stays uncounted
    rows = grants_of("UBND huyện tặng Giấy khen cho các tập thể có thành tích xuất sắc.")
    assert [(r[1], r[2]) for r in rows] == [("collective", None)]


def test_a_unit_said_to_be_one_of_the_best_receives_the_award_proposed_after_it():
    rows = grants_of("Hội nghị thống nhất xã Tân Mỹ là đơn vị xuất sắc về công tác dân vận, đề nghị UBND tỉnh tặng Bằng khen.")
    assert [(r[0], r[4], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", "proposed", "xã Tân Mỹ")]
    rows = grants_of("Xã Tân Thanh là đơn vị tiêu biểu của cụm, để đề nghị tặng Cờ thi đua của UBND tỉnh.")
    assert [(r[0], r[10]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "xã Tân Thanh")]
    # said to be the best with no award after it, it receives nothing
    assert grants_of("Xã Tân Mỹ là đơn vị tiêu biểu của huyện trong phong trào này.") == []
    # voted the head of its bloc with no noun said: the unit so voted (which holds that ranking too)
    rows = grants_of("Các đơn vị đã bình xét, suy tôn UBND huyện Lộc Bình dẫn đầu Cụm thi đua, đề nghị UBND tỉnh tặng Cờ thi đua.")
    assert [(r[0], r[4], r[10]) for r in rows] == [
        ("don-vi-dan-dau-khoi-thi-dua", "conferred", "Ủy ban nhân dân huyện Lộc Bình"),
        ("co-thi-dua-cap-bo-tinh", "proposed", "Ủy ban nhân dân huyện Lộc Bình"),
    ]
    rows = grants_of("Hội nghị thống nhất Trường THPT Lê Lợi dẫn đầu phong trào thi đua, đề nghị Sở GD&ĐT tặng Cờ thi đua.")
    assert [r[10] for r in rows] == ["Trường THPT Lê Lợi"]
    # leading in a field is no head of a bloc: the award proposed has no recipient named
    rows = grants_of("Năm 2022, xã Tân Mỹ dẫn đầu về thu ngân sách, đề nghị UBND tỉnh tặng Bằng khen.")
    assert all(r[10] is None for r in rows)


def test_a_giver_told_by_its_head_noun_is_the_one_body_of_that_head_the_headline_names():
    def givers(head: str, body: str) -> list[str | None]:
        facts = article(f"{head}\n20/01/2024 09:00\n{body}\nTrần Thu Hương\n")[1]
        return [_label(g.conferrer) for g in facts.grants]

    head = "Công đoàn ngành Giáo dục tỉnh Quảng Nam tổng kết năm học"
    assert givers(head, "Dịp này, Ban Chấp hành Công đoàn ngành đã tặng Giấy khen cho 8 công đoàn cơ sở.") == [
        "Công đoàn ngành Giáo dục tỉnh Quảng Nam"
    ]
    assert givers("Hội Cựu chiến binh huyện Đông Anh tổng kết năm 2023", "Hội đã khen thưởng 8 chi hội.") == [
        "Hội Cựu chiến binh huyện Đông Anh"
    ]
    assert givers("Trường THPT Lê Lợi tổng kết năm học", "Nhà trường tặng Giấy khen cho 20 học sinh.") == ["Trường THPT Lê Lợi"]
    # no body of that head named before: no giver guessed
    assert givers("Tổng kết năm học 2023-2024 ở huyện Đông Anh", "Hội đã khen thưởng 8 chi hội.") == [None]


def test_a_subject_opening_with_a_commune_gives_by_its_committee_not_its_district():
    rows = grants_of("Dịp này, xã Tân Mỹ (huyện Văn Lãng) đã tặng Giấy khen cho 5 hộ gia đình.")
    assert [(r[0], r[5]) for r in rows] == [("giay-khen", "Ủy ban nhân dân xã Tân Mỹ")]
    rows = grants_of("Năm 2023, thị trấn Na Sầm tặng Giấy khen cho 5 tổ dân phố.")
    assert [r[5] for r in rows] == ["Ủy ban nhân dân thị trấn Na Sầm"]
    # the district alone still gives by its committee
    assert [r[5] for r in grants_of("Dịp này, huyện Văn Lãng tặng Giấy khen cho 5 xã.")] == ["Ủy ban nhân dân huyện Văn Lãng"]


def test_a_department_is_counted_as_a_collective():
    rows = grants_of("Năm qua, 2 phòng được tặng danh hiệu Tập thể lao động xuất sắc; Giám đốc tặng Giấy khen cho 4 phòng và 9 cá nhân.")
    assert short(rows) == [
        ("tap-the-lao-dong-xuat-sac", "collective", 2), ("giay-khen", "collective", 4), ("giay-khen", "individual", 9)
    ]  # fmt: skip
    # classrooms given are not recipients of an award
    assert grants_of("Nhà tài trợ đã trao tặng 5 phòng học cho nhà trường.") == []


def test_an_award_handed_to_the_family_of_its_named_recipient_is_that_recipients():
    said = "Chủ tịch nước truy tặng Huân chương Dũng cảm cho anh Lò Văn Hưng đã dũng cảm cứu người bị đuối nước."
    rows = grants_of(said + " Ngày 2/6/2023, UBND huyện tổ chức trao Huân chương cho gia đình anh Hưng.")
    assert [(r[0], r[1], r[10]) for r in rows] == [("huan-chuong-dung-cam", "individual", "Lò Văn Hưng")]
    rows = grants_of(said + " Sáng 2/6/2023, lãnh đạo huyện đã trao Huân chương cho thân nhân anh Hưng.")
    assert [(r[0], r[10]) for r in rows] == [("huan-chuong-dung-cam", "Lò Văn Hưng")]
    # a household named in full is commended as a household
    rows = grants_of("Ông Nguyễn Văn Tư được UBND huyện tặng Giấy khen. UBND xã tặng Giấy khen cho gia đình ông Nguyễn Văn Tư.")
    assert [(r[1], r[10]) for r in rows] == [("individual", "Nguyễn Văn Tư"), ("collective", "gia đình ông Nguyễn Văn Tư")]


def test_a_body_told_by_its_head_noun_after_the_headline_names_it_receives():
    facts = article(
        "Tổng cục Khí tượng Thủy văn đón nhận Cờ thi đua của Chính phủ\n15/03/2024 09:00\n"
        "Bộ trưởng đã trao Cờ thi đua của Chính phủ cho Tổng cục vì đã hoàn thành xuất sắc nhiệm vụ năm 2023.\nTrần Thu Hương\n"
    )[1]
    assert [(g.award, g.recipient) for g in facts.grants] == [("co-thi-dua-chinh-phu", "Tổng cục Khí tượng Thủy văn")]


def test_a_sector_named_by_its_field_receives():
    rows = grants_of("Năm 2022, ngành Y tế Lạng Sơn vinh dự được Bộ Y tế tặng Cờ thi đua xuất sắc.")
    assert [(r[0], r[5], r[10]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "Bộ Y tế", "ngành Y tế Lạng Sơn")]
    rows = grants_of("Bộ trưởng trao Cờ thi đua cho ngành Giáo dục huyện Văn Lãng.")
    assert [r[10] for r in rows] == ["ngành Giáo dục huyện Văn Lãng"]
    # the whole sector counting its units is no recipient
    assert [(r[2], r[10]) for r in grants_of("Toàn ngành có 12 tập thể được tặng Giấy khen.")] == [(12, None)]


def test_a_proposal_a_sentence_dates_to_its_own_year_was_not_made_at_the_event():
    rows = grants_of("Năm 2022, huyện đã đề nghị cấp trên khen thưởng cho 4 tập thể, 11 cá nhân.", with_event=True)
    assert [(r[4], r[8]) for r in rows] == [("proposed", None), ("proposed", None)]
    rows = grants_of("Trong năm, UBND huyện đã trình Thủ tướng Chính phủ tặng Bằng khen cho 2 tập thể.", with_event=True)
    assert [(r[4], r[8]) for r in rows] == [("proposed", None)]
    # (after the topic the sentence opens with)
    for said in (
        "Về công tác khen thưởng, năm 2022, UBND huyện đã đề nghị cấp trên khen thưởng cho 4 tập thể.",
        "Đối với công tác khen thưởng cấp trên, trong năm 2022 huyện đã đề nghị khen thưởng cho 4 tập thể.",
        # ('trong năm' before its subject, no comma)
        "Về công tác khen thưởng, trong năm UBND huyện đã trình Chủ tịch UBND tỉnh tặng Bằng khen cho 4 tập thể.",
        "Trong năm Hội đồng Thi đua - Khen thưởng huyện đã đề nghị cấp trên khen thưởng cho 4 tập thể.",
        # (its subject in lower case: a body written out so, or the whole unit)
        "Về công tác khen thưởng, trong năm ủy ban nhân dân huyện đã đề nghị cấp trên khen thưởng cho 4 tập thể.",
        "Trong năm toàn huyện đã đề nghị cấp trên khen thưởng cho 4 tập thể.",
        # (after an aside of the reporter's)
        "Được biết, năm 2022 huyện đã đề nghị UBND tỉnh tặng Bằng khen cho 4 tập thể.",
        "Theo báo cáo của UBND huyện, trong năm 2022 đã đề nghị cấp trên khen thưởng cho 4 tập thể.",
        "Ngoài ra, năm qua Hội đồng Thi đua - Khen thưởng huyện đã trình UBND tỉnh tặng Bằng khen cho 4 tập thể.",
    ):
        assert [(r[4], r[8]) for r in grants_of(said, with_event=True)] == [("proposed", None)], said
    # negative: a year to come is no time of its own before the event
    rows = grants_of("Trong năm tới huyện đề nghị cấp trên khen thưởng cho 4 tập thể.", with_event=True)
    assert [(r[4], r[8]) for r in rows] == [("proposed", "e1")]
    # proposed at the conference, or voted there, it is the conference's
    rows = grants_of("Hội nghị thống nhất đề nghị UBND tỉnh tặng Bằng khen cho 4 tập thể.", with_event=True)
    assert [(r[4], r[8]) for r in rows] == [("proposed", "e1")]
    rows = grants_of("Được biết, hội nghị đã thống nhất đề nghị UBND tỉnh tặng Bằng khen cho 4 tập thể.", with_event=True)
    assert [(r[4], r[8]) for r in rows] == [("proposed", "e1")]
    rows = grants_of("Năm 2022, xã Tân Mỹ được suy tôn dẫn đầu khối thi đua, được đề nghị UBND tỉnh tặng Cờ thi đua.", with_event=True)
    assert [(r[0], r[8]) for r in rows if r[4] == "proposed"] == [("co-thi-dua-cap-bo-tinh", "e1")]


def test_a_short_form_with_its_place_the_article_defines_names_the_branch_not_the_bank():
    facts = article(
        "Agribank Quảng Ninh đón nhận Huân chương Lao động hạng Ba\n29/03/2024 09:00\n"
        "Sáng 28/3/2024, Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam - Chi nhánh tỉnh Quảng Ninh (Agribank Quảng Ninh) "
        "tổ chức Lễ đón nhận Huân chương Lao động hạng Ba. Ông A trao Huân chương Lao động hạng Ba cho Agribank Quảng Ninh.\n"
        "Trần Thu Hương\n"
    )[1]
    branch = "Ngân hàng Nông nghiệp và Phát triển Nông thôn chi nhánh tỉnh Quảng Ninh"
    assert [(g.award, g.recipient) for g in facts.grants] == [("huan-chuong-lao-dong-hang-ba", branch)]
    assert facts.events[0].organiser.name == branch


def test_a_bare_bo_after_a_ministry_is_that_ministry():
    said = "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn trao Cờ thi đua của Bộ cho 4 đơn vị."
    assert [r[5] for r in grants_of(said)] == ["Bộ Nông nghiệp và Phát triển nông thôn"]
    # a command named 'Bộ ...' is no ministry; with none named, the giver is unsaid
    assert [r[5] for r in grants_of("Bộ Tư lệnh Quân khu 1 tổ chức lễ, 3 tập thể nhận Cờ thi đua của Bộ.")] == [None]
    assert [r[5] for r in grants_of("Dịp này, 3 tập thể nhận Cờ thi đua của Bộ.")] == [None]


def test_a_count_of_models_broken_down_into_both_kinds_gives_the_parts():
    for said in (
        "UBND huyện tặng Giấy khen cho 80 gương điển hình tiên tiến, gồm 35 tập thể và 45 cá nhân.",
        "UBND huyện tặng Giấy khen cho 80 điển hình tiên tiến (35 tập thể, 45 cá nhân).",
    ):
        assert sorted((r[1], r[2]) for r in grants_of(said)) == [("collective", 35), ("individual", 45)]
        # (the total they break down, kept and linked to them, is of both kinds)
        total = next(g for g in article(HEAD + said + "\nTrần Thu Hương\n")[1].grants if g.count == 80)
        assert total.recipient_kind == "mixed", said
    # parts that do not add up name a subset: the total stands
    rows = grants_of("UBND huyện tặng Giấy khen cho 80 điển hình tiên tiến, trong đó có 30 tập thể và 45 cá nhân.")
    assert [(r[1], r[2]) for r in rows] == [("individual", 80)]


def test_the_achievement_of_a_recipient_told_again_by_a_word_is_the_period_of_the_award_before():
    rows = grants_of(
        "Ngày 10/10/2022, Bộ Chỉ huy BĐBP tỉnh tổ chức trao Bằng khen của Thủ tướng Chính phủ cho Đồn Biên phòng Cửa khẩu "
        "quốc tế Cầu Treo. Đồn đã có thành tích xuất sắc trong phòng, chống ma túy giai đoạn 2018 - 2021. "
        "Cũng dịp này, Chỉ huy trưởng tặng Giấy khen cho 2 cá nhân."
    )
    assert [(r[0], r[7], r[10]) for r in rows] == [
        ("bang-khen-thu-tuong", "2018-2021", "Đồn Biên phòng Cửa khẩu quốc tế Cầu Treo"), ("giay-khen", None, None)
    ]  # fmt: skip
    # a sentence saying what a meeting evaluates still gives the proposals after it
    rows = grants_of("Hội đồng xem xét khen thưởng thành tích năm 2021. Hội đồng đề nghị tặng Bằng khen cho 5 tập thể.")
    assert [r[7] for r in rows] == ["2021"]


def test_a_recipient_told_again_by_its_name_with_its_achievement_gives_the_period_to_its_award_only():
    given = "Chủ tịch nước tặng Huân chương Chiến công hạng Ba cho Công an huyện Mường Tè. "
    later = " Dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho 7 cá nhân có thành tích trong phòng, chống ma túy."
    for said in (
        "Công an huyện Mường Tè đã có thành tích xuất sắc trong bảo đảm an ninh, trật tự giai đoạn 2019 - 2023.",
        "Công an huyện Mường Tè luôn đạt nhiều thành tích trong công tác giai đoạn 2019 - 2023.",
    ):
        rows = grants_of(given + said + later)
        assert [(r[0], r[7]) for r in rows] == [("huan-chuong-chien-cong-hang-ba", "2019-2023"), ("giay-khen", None)], said
    # a person, named with a post, before what they achieved
    rows = grants_of(
        "Thủ tướng Chính phủ tặng Bằng khen cho ông Lò Văn Tiến. Ông Lò Văn Tiến, Trưởng Công an xã, đã có nhiều đóng góp "
        "trong công tác giai đoạn 2020 - 2024." + later
    )
    assert [(r[0], r[7]) for r in rows] == [("bang-khen-thu-tuong", "2020-2024"), ("giay-khen", None)]
    # a body given nothing here, achieving, still says what the grants after it reward
    rows = grants_of("Công an huyện Mường Tè đã có thành tích xuất sắc trong công tác giai đoạn 2019 - 2023." + later)
    assert [(r[0], r[7]) for r in rows] == [("giay-khen", "2019-2023")]


def test_the_one_period_an_article_states_after_its_proposals_is_theirs_but_not_another_clause_s():
    proposed = "Hội đồng thống nhất đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 12 tập thể"
    rows = grants_of(proposed + ". Các tập thể đều hoàn thành xuất sắc nhiệm vụ năm 2022.")
    assert [(r[0], r[4], r[7]) for r in rows] == [("bang-khen-thu-tuong", "proposed", "2022")]
    # stated in a clause of the same sentence, of another proposal: that one's alone
    rows = grants_of(proposed + "; tặng Cờ thi đua của Chính phủ cho 3 tập thể dẫn đầu phong trào thi đua năm 2022.")
    assert [(r[0], r[7]) for r in rows] == [("bang-khen-thu-tuong", None), ("co-thi-dua-chinh-phu", "2022")]


def test_a_decision_on_the_titles_of_a_year_says_the_period_of_every_clause_under_it():
    decided = "Ngày 28/12/2022, Chủ tịch UBND huyện Văn Lãng ban hành Quyết định số 345/QĐ-UBND về việc tặng danh hiệu thi đua năm 2022. "
    rows = grants_of(
        decided + "Theo đó, tặng danh hiệu Lao động tiên tiến cho 415 cá nhân; danh hiệu Chiến sĩ thi đua cơ sở cho 52 cá nhân "
        "có thành tích xuất sắc năm 2022."
    )
    assert [(r[0], r[7]) for r in rows] == [("lao-dong-tien-tien", "2022"), ("chien-si-thi-dua-co-so", "2022")]
    # a decision on the titles with no year, or a meeting on them in a year: no period
    rows = grants_of(
        "Chủ tịch UBND huyện Văn Lãng ban hành Quyết định về việc tặng danh hiệu thi đua. Theo đó, tặng danh hiệu Lao động "
        "tiên tiến cho 415 cá nhân."
    )
    assert [(r[0], r[7]) for r in rows] == [("lao-dong-tien-tien", None)]
    rows = grants_of("Hội đồng họp xét tặng danh hiệu thi đua năm 2022 vào ngày 5/1. Chủ tịch UBND huyện tặng Giấy khen cho 10 tập thể.")
    assert [(r[0], r[7]) for r in rows] == [("giay-khen", None)]


def test_the_award_told_again_by_its_form_gives_its_period_to_itself_not_to_the_grants_after():
    for again in (
        "Đây là phần thưởng cao quý ghi nhận thành tích xuất sắc trong phòng, chống tội phạm giai đoạn 2019 - 2023.",
        "Phần thưởng cao quý này ghi nhận những thành tích của đơn vị trong giai đoạn 2019 - 2023.",
        "Huân chương này ghi nhận thành tích xuất sắc của đơn vị giai đoạn 2019 - 2023.",
        # by the contributions, or the years of service, it rewards
        "Đây là phần thưởng ghi nhận những đóng góp của đơn vị từ năm 2019 đến năm 2023.",
        "Phần thưởng này ghi nhận quá trình công tác của đơn vị giai đoạn 2019 - 2023.",
    ):
        rows = grants_of(
            "Sáng 5/9/2024, Công an huyện Cư Jút tổ chức Lễ đón nhận Huân chương Chiến công hạng Nhì. Đại tá Trần Văn An "
            f"đã gắn Huân chương Chiến công hạng Nhì lên lá cờ truyền thống của Công an huyện Cư Jút. {again} "
            "Nhân dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho 5 cá nhân."
        )
        assert [(r[0], r[7]) for r in rows] == [("huan-chuong-chien-cong-hang-nhi", "2019-2023"), ("giay-khen", None)], again
    # a sentence of achievement that is not the award again still says what the grants after reward
    rows = grants_of(
        "Sáng 5/9/2024, Công an huyện Cư Jút tổ chức Lễ đón nhận Huân chương Chiến công hạng Nhì. Đại tá Trần Văn An "
        "đã gắn Huân chương lên lá cờ truyền thống của Công an huyện Cư Jút. Hội nghị đánh giá thành tích năm 2023. "
        "Nhân dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho 5 cá nhân."
    )
    assert [r[7] for r in rows if r[0] == "giay-khen"] == ["2023"]
    # money given ('đóng góp' a verb) is no achievement
    rows = grants_of("Năm qua, cán bộ đã đóng góp 50 triệu đồng cho Quỹ vì người nghèo năm 2023. Giám đốc tặng Giấy khen cho 5 cá nhân.")
    assert [r[7] for r in rows] == [None]


def test_a_headline_naming_the_recipient_with_a_word_left_out_restates_the_bodys_grant():
    def recipients(headline: str) -> list[str | None]:
        facts = article(
            f"{headline}\n11/10/2023 09:00\nNgày 10/10/2023, Bộ Chỉ huy BĐBP tỉnh tổ chức trao Bằng khen của Thủ tướng Chính "
            "phủ cho Đồn Biên phòng Cửa khẩu quốc tế Cầu Treo.\nTrần Thu Hương\n"
        )[1]
        return [g.recipient for g in counted_once(facts.grants)]

    full = "Đồn Biên phòng Cửa khẩu quốc tế Cầu Treo"
    assert recipients("Đồn Biên phòng Cửa khẩu Cầu Treo nhận Bằng khen của Thủ tướng Chính phủ") == [full]
    # another post of the same kind is another recipient
    assert len(recipients("Đồn Biên phòng Cửa khẩu Cha Lo nhận Bằng khen của Thủ tướng Chính phủ")) == 2


def test_a_headline_naming_the_recipient_by_a_shorter_form_of_a_word_restates_the_bodys_grant():
    def recipients(headline: str) -> list[str | None]:
        facts = article(
            f"{headline}\n07/06/2024 09:00\nSáng 6/6, Giám đốc Công an tỉnh Lạng Sơn đã khen thưởng nóng Đội CSGT-TT Công an "
            "huyện Văn Lãng vì đã kịp thời bắt giữ đối tượng cướp giật tài sản.\nTrần Thu Hương\n"
        )[1]
        return [g.recipient for g in counted_once(facts.grants)]

    assert recipients("Khen thưởng nóng Đội CSGT bắt đối tượng cướp tài sản") == [
        "Đội Cảnh sát giao thông - trật tự Công an huyện Văn Lãng"
    ]
    # another team is another recipient
    assert len(recipients("Khen thưởng nóng Đội Cảnh sát hình sự bắt đối tượng cướp tài sản")) == 2


def test_a_units_name_keeps_the_commas_of_fire_and_rescue():
    rows = grants_of("UBND huyện đề nghị tặng Bằng khen cho Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an huyện.")
    assert [r[10] for r in rows] == ["Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an huyện Văn Lãng"]
    # a comma before another unit ends the name
    rows = grants_of("UBND huyện tặng Giấy khen cho Đội Cảnh sát hình sự, vì đã phá nhanh vụ án.")
    assert [r[10] for r in rows] == ["Đội Cảnh sát hình sự Công an huyện Văn Lãng"]


def test_theo_do_after_an_event_goes_on_telling_what_was_given_there():
    rows = grants_of(
        "Chiều 3/6/2023, Huyện đoàn tổ chức khen thưởng 2 học sinh đã dũng cảm cứu bạn bị đuối nước.\n"
        "Theo đó, Ban Thường vụ Huyện đoàn tặng Giấy khen cho em Nguyễn Văn Tú và em Lê Văn Hòa."
    )
    assert [(r[0], r[2], r[8]) for r in rows] == [("giay-khen", 2, "e1")]


def test_a_list_of_units_no_body_rule_reads_counts_them():
    rows = grants_of("UBND huyện tặng Giấy khen cho Đội Cảnh sát hình sự, Đội Cảnh sát giao thông.")
    assert [(r[1], r[2], r[10]) for r in rows] == [("collective", 2, None)]
    rows = grants_of("UBND huyện tặng Giấy khen cho Đội Cảnh sát hình sự, Phòng Tư pháp và Trạm Y tế xã Tân Mỹ.")
    assert [(r[1], r[2]) for r in rows] == [("collective", 3)]
    # a team named by its task alone, the list going on after it ('Ban chuyên án', 'Tổ công tác')
    for team in ("Ban chuyên án", "Tổ công tác", "Tổ tuần tra"):
        rows = grants_of(f"Giám đốc Công an tỉnh tặng Giấy khen cho {team}, Phòng Cảnh sát hình sự và 5 cán bộ, chiến sĩ.")
        assert [(r[1], r[2]) for r in rows] == [("collective", 2), ("individual", 5)], team
    # negative: the team alone is the one recipient
    rows = grants_of("Giám đốc Công an tỉnh tặng Giấy khen cho Ban chuyên án và 5 cán bộ, chiến sĩ.")
    assert [(r[1], r[2]) for r in rows] == [("collective", 1), ("individual", 5)]
    # one unit, then its reason: one recipient
    rows = grants_of("UBND huyện tặng Giấy khen cho Đội Cảnh sát hình sự, vì đã phá nhanh vụ án.")
    assert [(r[2], r[10]) for r in rows] == [(1, "Đội Cảnh sát hình sự Công an huyện Văn Lãng")]


def test_a_target_striven_for_is_no_grant():
    assert grants_of("Năm 2023, huyện phấn đấu có 5 tập thể được tặng Bằng khen của UBND tỉnh.") == []
    assert grants_of("Huyện đặt mục tiêu có 10 cá nhân được công nhận Chiến sĩ thi đua cơ sở.") == []
    # striving, then given: a grant
    rows = grants_of("Năm 2022, xã Tân Mỹ đã phấn đấu vượt khó và được UBND tỉnh tặng Bằng khen.")
    assert [(r[0], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", "xã Tân Mỹ")]
    # (nor a quota of how many may be proposed or given)
    for said in (
        "Số lượng đề nghị Bằng khen của Chủ tịch UBND tỉnh không quá 5 tập thể, 10 cá nhân mỗi đơn vị.",
        "Mỗi đơn vị đề nghị tặng Giấy khen tối đa 3 tập thể và 5 cá nhân.",
        "Các xã được đề nghị tặng Giấy khen không vượt quá 2 tập thể.",
    ):
        assert grants_of(said) == [], said
    # negative: a limit on a reward's money says nothing of how many were given
    rows = grants_of("Chủ tịch UBND huyện tặng Giấy khen cho 5 tập thể, mỗi tập thể được thưởng không quá 2 triệu đồng.")
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", 5)]


def test_a_count_then_a_phrase_said_of_it_between_commas_then_a_passive_commendation():
    rows = grants_of("20 thanh niên tiêu biểu, có nhiều cống hiến cho xã hội đã được vinh danh tại lễ tuyên dương.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("khen-thuong", "individual", 20)]
    rows = grants_of("12 học sinh, là những em có thành tích cao, được tuyên dương.")
    assert [r[2] for r in rows] == [12]
    # a new subject after the comma is not the count's
    assert grants_of("Vụ tai nạn làm 3 người bị thương, người dân đã được biểu dương.") == []


def test_people_listed_after_cac_ong_ba_are_the_recipients_counted():
    rows = grants_of("UBND huyện tặng Giấy khen cho các ông, bà: Nguyễn Văn An, Trần Thị Bình và Lê Văn Cường.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "individual", 3)]


def test_numbered_companies_and_squadrons_are_units_listed():
    rows = grants_of("Bộ Tư lệnh tặng Bằng khen cho Tiểu đoàn 3 và Đại đội 2.")
    assert [(r[1], r[2]) for r in rows] == [("collective", 2)]


def test_a_medals_own_name_before_the_next_award_keeps_both_for_the_one_named():
    rows = grants_of(
        "Ông Nguyễn Văn Tùng được tặng Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức Công đoàn và Bằng khen của Tổng Liên đoàn Lao động Việt Nam."
    )
    assert [(r[0], r[10]) for r in rows] == [("ky-niem-chuong", "Nguyễn Văn Tùng"), ("bang-khen-cap-bo-tinh", "Nguyễn Văn Tùng")]
    rows = grants_of("Em Lê Văn Hòa được tặng Huy hiệu “Tuổi trẻ dũng cảm” và Giấy khen của UBND huyện.")
    assert [r[0] for r in rows] == ["huy-hieu", "giay-khen"]


def test_con_after_a_comma_opens_another_subjects_clause():
    rows = grants_of("Ông Nguyễn Văn Tùng được tặng Kỷ niệm chương Vì sự nghiệp Giáo dục, còn 5 giáo viên nhận Giấy khen.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("ky-niem-chuong", 1, "Nguyễn Văn Tùng"), ("giay-khen", 5, None)]
    # a comma alone, with the same subject, does not
    rows = grants_of("Xã Tân Mỹ được tặng Cờ thi đua, được công nhận xã đạt chuẩn nông thôn mới.")
    assert [(r[0], r[10]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "xã Tân Mỹ")]


def test_recipients_pointed_back_to_are_as_many_as_counted_before():
    rows = grants_of(
        "Chủ tịch UBND tỉnh tặng Bằng khen cho 3 cá nhân đã dũng cảm cứu người. "
        "Trước đó, Công an tỉnh cũng đã tặng Giấy khen cho các cá nhân trên."
    )
    assert [(r[0], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", 3), ("giay-khen", 3)]
    # a plural not pointing back stays uncounted
    rows = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho 3 cá nhân. Công an tỉnh tặng Giấy khen cho các cá nhân tiêu biểu.")
    assert [(r[0], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", 3), ("giay-khen", None)]


def test_a_body_told_by_its_head_noun_that_no_article_names_still_receives_as_one():
    rows = grants_of("Năm 2022, nhà trường được UBND tỉnh tặng Cờ thi đua.")
    assert [(r[0], r[1], r[2], r[10]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "collective", 1, None)]
    # a plural of units stays uncounted
    assert [r[2] for r in grants_of("Các đơn vị trong khối được tặng Giấy khen của UBND huyện.")] in ([], [None])


def test_merits_recognised_by_an_award_are_the_award_of_whose_merits_they_are():
    rows = grants_of("Những đóng góp của xã Tân Mỹ đã được ghi nhận bằng Bằng khen của UBND tỉnh.")
    assert [(r[0], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", "xã Tân Mỹ")]
    # recognised with no award, nothing is given
    assert grants_of("Thành tích của xã Tân Mỹ được ghi nhận qua nhiều năm.") == []


def test_an_award_received_in_person_in_an_article_about_one_ceremony_was_received_there():
    def events_of(sentence: str) -> list:
        facts = article(
            "Trường THCS Lê Lợi kỷ niệm Ngày Nhà giáo Việt Nam\n21/11/2023 09:00\nNgày 20/11/2023, Trường THCS Lê Lợi tổ chức "
            f"Lễ kỷ niệm 41 năm Ngày Nhà giáo Việt Nam.\n\n{sentence}\nTrần Thu Hương\n"
        )[1]
        return [g.event for g in facts.grants]

    assert events_of("Cô giáo Lù Thị Mai, Hiệu trưởng nhà trường nhận Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo.") == ["e1"]
    # recognised, or received before, it was not handed over there
    assert events_of("Cô giáo Lù Thị Mai, Hiệu trưởng được công nhận danh hiệu Chiến sĩ thi đua cấp tỉnh.") == [None]
    assert events_of("Trước đó, cô giáo Lù Thị Mai đã nhận Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo.") == [None]
    # (or given, with no cue of the occasion: 'Dịp này' said or not)
    assert events_of("Giám đốc Sở Giáo dục và Đào tạo tặng Giấy khen cho 15 giáo viên.") == ["e1"]
    assert events_of("Nhà trường đã khen thưởng 20 giáo viên có thành tích xuất sắc.") == ["e1"]
    # negative: given at a time of its own, or in the past, it was not given there
    assert events_of("Năm 2023, Giám đốc Sở Giáo dục và Đào tạo tặng Giấy khen cho 15 giáo viên.") == [None]
    assert events_of("Trước đó, Giám đốc Sở Giáo dục và Đào tạo đã tặng Giấy khen cho 15 giáo viên.") == [None]


def test_an_award_given_in_the_active_voice_in_an_article_about_one_conference_was_given_there():
    def events_of(told: str) -> list:
        facts = article(
            "Trường THCS Lê Lợi tổng kết năm học\n21/05/2023 09:00\nNgày 20/5/2023, Trường THCS Lê Lợi tổ chức Hội nghị "
            f"tổng kết năm học 2022-2023.\n\n{told}\nTrần Thu Hương\n"
        )[1]
        return [g.event for g in facts.grants]

    assert events_of("Giám đốc Sở Giáo dục và Đào tạo tặng Giấy khen cho 15 giáo viên.") == ["e1"]
    assert events_of("Với những thành tích đạt được, Hiệu trưởng đã khen thưởng 12 giáo viên.") == ["e1"]
    assert events_of("8 giáo viên vinh dự nhận Giấy khen của Giám đốc Sở Giáo dục và Đào tạo.") == ["e1"]
    # (the time of what it rewards is no time of its own: 'có thành tích xuất sắc năm học 2022-2023')
    told = "Hiệu trưởng tặng Giấy khen cho 15 giáo viên có thành tích xuất sắc năm học 2022-2023."
    assert events_of(told) == ["e1"]
    assert events_of("Hiệu trưởng tặng Giấy khen cho 15 giáo viên là điển hình tiên tiến giai đoạn 2020 - 2023.") == ["e1"]
    # (but a giving dated by its own time is not there)
    assert events_of("Năm học 2022-2023, Hiệu trưởng tặng Giấy khen cho 15 giáo viên có thành tích xuất sắc.") == [None]
    # negative: a year's tally, told in the passive, or after the year's review told in a paragraph of its own time
    assert events_of("Toàn trường có 15 giáo viên được tặng Giấy khen của Giám đốc Sở.") == [None]
    told = "Năm học qua, nhà trường có 98% học sinh lên lớp.\nHiệu trưởng đã khen thưởng 12 giáo viên."
    assert events_of(told) == [None]
    # nor at a conference that reviews the work of commendation itself, whose article tells the year's givings too
    facts = article(
        "Huyện Văn Lãng tổng kết công tác TĐKT\n21/05/2023 09:00\nNgày 20/5/2023, UBND huyện Văn Lãng tổ chức Hội nghị "
        "tổng kết công tác TĐKT năm 2022.\n\nChủ tịch UBND huyện tặng Giấy khen cho 150 tập thể.\nTrần Thu Hương\n"
    )[1]
    assert [g.event for g in facts.grants] == [None]


def test_the_giving_told_first_then_who_has_it():
    rows = grants_of("Được tặng Bằng khen của UBND tỉnh có 5 tập thể và 10 cá nhân.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", "collective", 5), ("bang-khen-cap-bo-tinh", "individual", 10)]
    # the occasion first, then 'gồm' or 'là' for 'có'
    for told in (
        "Được Chủ tịch UBND tỉnh tặng Bằng khen lần này gồm 5 tập thể và 10 cá nhân.",
        "Được tặng Bằng khen của UBND tỉnh đợt này có 5 tập thể và 10 cá nhân.",
        "Được tặng Bằng khen của UBND tỉnh gồm: 5 tập thể và 10 cá nhân.",
        # (or the receiving told first)
        "Nhận Bằng khen của UBND tỉnh lần này có 5 tập thể và 10 cá nhân.",
        "Vinh dự đón nhận Bằng khen của UBND tỉnh năm nay có 5 tập thể và 10 cá nhân.",
    ):
        rows = grants_of(told)
        assert [(r[0], r[1], r[2]) for r in rows] == [
            ("bang-khen-cap-bo-tinh", "collective", 5),
            ("bang-khen-cap-bo-tinh", "individual", 10),
        ]
    # a count in what follows an award given to someone else is no recipient of it
    assert grants_of("Huyện tặng Giấy khen cho xã có 5 tập thể tiêu biểu.") == []
    assert grants_of("Được tặng Bằng khen là niềm vinh dự lớn của 5 tập thể.") == []
    assert grants_of("Nhận Bằng khen là niềm vinh dự lớn của 5 tập thể.") == []


def test_a_verbless_clause_after_a_handing_over_is_handed_over_by_the_same_person():
    rows = grants_of(
        "Bộ trưởng Lê Thành Long đã trao Cờ thi đua của Chính phủ cho 4 tập thể; Bằng khen của Thủ tướng Chính phủ cho 5 "
        "tập thể, 7 cá nhân.",
        with_event=True,
    )
    assert [(r[0], r[2], r[6], r[8]) for r in rows] == [
        ("co-thi-dua-chinh-phu", 4, "Lê Thành Long", "e1"),
        ("bang-khen-thu-tuong", 5, "Lê Thành Long", "e1"),
        ("bang-khen-thu-tuong", 7, "Lê Thành Long", "e1"),
    ]
    # a clause with a verb of its own is not
    rows = grants_of(
        "Bộ trưởng Lê Thành Long đã trao Cờ thi đua cho 4 tập thể; trước đó, Bộ đã tặng Bằng khen cho 5 tập thể.", with_event=True
    )
    assert [(r[2], r[6]) for r in rows] == [(4, "Lê Thành Long"), (5, None)]


def test_workshops_and_miners_count_and_a_bare_company_receiving_is_the_headlines():
    facts = article(
        "Công ty Than Quang Hanh - TKV tổng kết năm 2023\n07/01/2024 09:00\n"
        "Năm 2023, Công ty được Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam tặng Cờ thi đua xuất sắc; 2 phân xưởng được "
        "tặng Bằng khen của Tổng Giám đốc Tập đoàn. Giám đốc Công ty tặng Giấy khen cho 15 tập thể và 48 cá nhân, 5 thợ lò giỏi.\n"
        "Trần Thu Hương\n"
    )[1]
    assert [(g.award, g.recipient_kind, g.count, g.recipient) for g in facts.grants] == [
        ("co-thi-dua-cap-bo-tinh", "collective", 1, "Công ty Than Quang Hanh - TKV"),
        ("bang-khen-cap-bo-tinh", "collective", 2, None),
        ("giay-khen", "collective", 15, None),
        ("giay-khen", "individual", 48, None),
        ("giay-khen", "individual", 5, None),
    ]


def test_a_body_named_at_a_paragraph_s_end_does_not_take_the_next_paragraph_s_first_word():
    body = (
        "Ngày 5/3, Công ty Than Vàng Danh tổ chức lễ kỷ niệm. Dự có ông Lê Văn An, Chủ tịch Tập đoàn Dệt May Việt Nam.\n"
        "Thay mặt lãnh đạo, ông An phát biểu. Nhân dịp này, Tập đoàn tặng Cờ thi đua cho Công ty."
    )
    facts = article(f"Công ty Than Vàng Danh kỷ niệm 60 năm\n20/03/2024 09:00\n{body}\nTrần Thu Hương\n")[1]
    assert [_label(g.conferrer) for g in facts.grants] == ["Tập đoàn Dệt May Việt Nam"]


def test_the_one_recipient_counted_may_be_named_in_brackets_after_its_count():
    rows = grants_of("- Bằng khen của Thủ tướng Chính phủ: 01 tập thể (Trường THCS Lê Lợi).")
    assert [(r[0], r[2], r[10]) for r in rows] == [("bang-khen-thu-tuong", 1, "Trường THCS Lê Lợi")]
    rows = grants_of("01 tập thể (xã Tân Mỹ) được tặng Cờ thi đua của UBND tỉnh, 12 cá nhân được tặng Giấy khen.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("co-thi-dua-cap-bo-tinh", 1, "xã Tân Mỹ"), ("giay-khen", 12, None)]
    rows = grants_of("UBND tỉnh tặng Bằng khen cho 1 cá nhân (ông Hoàng Văn Tú, Trưởng thôn Nà Lạn).")
    assert [r[10] for r in rows] == ["Hoàng Văn Tú"]
    # what is said of the one in brackets names no one
    assert [r[10] for r in grants_of("UBND tỉnh tặng Bằng khen cho 1 cá nhân (có thành tích xuất sắc).")] == [None]


def test_a_subject_ranked_first_of_its_bloc_then_given_an_award_by_a_passive():
    rows = grants_of("Trường THPT Lê Quý Đôn là đơn vị dẫn đầu Khối thi đua, được Giám đốc Sở GD&ĐT tặng Cờ thi đua.")
    assert [(r[0], r[5], r[10]) for r in rows] == [
        ("don-vi-dan-dau-khoi-thi-dua", None, "Trường THPT Lê Quý Đôn"),
        ("co-thi-dua-cap-bo-tinh", "Giám đốc Sở Giáo dục và Đào tạo tỉnh Lạng Sơn", "Trường THPT Lê Quý Đôn"),
    ]
    # 'là' before a title that is no ranking makes no grant
    assert grants_of("Đây là Huân chương Lao động hạng Ba thứ hai của đơn vị.") == []


def test_an_award_received_again_is_given_by_the_giver_its_own_passive_names():
    rows = grants_of("Xã Tân Mỹ được UBND huyện tặng Giấy khen và được Chủ tịch UBND tỉnh tặng Bằng khen.")
    assert [(r[0], r[5]) for r in rows] == [
        ("giay-khen", "Ủy ban nhân dân huyện Văn Lãng"), ("bang-khen-cap-bo-tinh", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn")
    ]  # fmt: skip
    # with no giver of its own, none is said
    rows = grants_of("Xã Tân Mỹ được UBND huyện tặng Giấy khen và được công nhận danh hiệu Tập thể lao động xuất sắc.")
    assert [r[5] for r in rows] == ["Ủy ban nhân dân huyện Văn Lãng", None]


def test_an_agency_s_name_ends_before_and_and_a_count():
    rows = grants_of("Bộ trưởng Bộ Tài chính tặng Cờ thi đua cho 5 Cục Thuế và 2 Cục Hải quan.")
    assert [(r[0], r[2]) for r in rows] == [("co-thi-dua-cap-bo-tinh", 5), ("co-thi-dua-cap-bo-tinh", 2)]


def test_an_order_given_to_two_guests_named_in_hyphened_syllables_counts_both():
    rows = grants_of(
        "Bí thư Tỉnh ủy đã trao Huân chương Hữu nghị cho đồng chí Khăm-phăn Phôm-ma-thắt, Bí thư Tỉnh ủy, Tỉnh trưởng "
        "tỉnh Hủa Phăn và đồng chí Sổn-xay Xỉ-phăn-đon."
    )
    assert [(r[0], r[1], r[2]) for r in rows] == [("huan-chuong-huu-nghi", "individual", 2)]


def test_who_delegated_the_handing_over_told_after_confers_not_the_body_that_held_the_ceremony():
    facts = article(
        HEAD + "Sáng 19/11, Phòng GD&ĐT huyện Văn Lãng tổ chức Lễ trao Kỷ niệm chương cho 35 nhà giáo. Thừa ủy quyền của "
        "Bộ trưởng Bộ GD&ĐT, bà Hoàng Thị Lan, Trưởng phòng GD&ĐT đã trao Kỷ niệm chương cho các nhà giáo.\nTrần Thu Hương\n"
    )[1]
    assert [(g.count, _label(g.conferrer), g.presenter) for g in facts.grants] == [
        (35, "Bộ trưởng Bộ Giáo dục và Đào tạo", "Hoàng Thị Lan")
    ]
    # handed over with no delegation told, the ceremony's body stays the giver
    facts = article(
        HEAD + "Sáng 19/11, Phòng GD&ĐT huyện Văn Lãng tổ chức Lễ trao Giấy khen cho 35 nhà giáo. Bà Hoàng Thị Lan, "
        "Trưởng phòng GD&ĐT đã trao Giấy khen cho các nhà giáo.\nTrần Thu Hương\n"
    )[1]
    assert [(g.count, _label(g.conferrer)) for g in facts.grants] == [(35, "Phòng Giáo dục và Đào tạo huyện Văn Lãng")]


def test_an_award_a_sentence_dates_to_a_year_long_past_is_a_past_record():
    def grants(then: str) -> list[tuple[str, str | None]]:
        facts = article(
            "Trường THPT Lê Lợi đón nhận Huân chương Lao động hạng Nhất\n20/06/2024 09:00\n"
            "Sáng 16/6, Trường THPT Lê Lợi tổ chức Lễ đón nhận Huân chương Lao động hạng Nhất. " + then + "\nTrần Thu Hương\n"
        )[1]
        return [(g.award, g.period) for g in facts.grants]

    assert grants("Trước đó, năm 2015, nhà trường đã được tặng Huân chương Lao động hạng Nhì.") == [
        ("huan-chuong-lao-dong-hang-nhat", None)
    ]
    assert grants("Năm 2016, trường đã được tặng Huân chương Lao động hạng Nhất lần thứ nhất.") == [
        ("huan-chuong-lao-dong-hang-nhat", None)
    ]
    # looking back to a year of its own ('Trước đó, năm 2015, ...') is a record, 'đã' said or not
    for then in (
        "Trước đó, năm 2015, nhà trường được Chủ tịch nước tặng Huân chương Lao động hạng Nhì.",
        "Trước đây, vào năm 2012, trường được Thủ tướng Chính phủ tặng Cờ thi đua.",
    ):
        assert grants(then) == [("huan-chuong-lao-dong-hang-nhat", None)], then
    # last year's is told as news
    assert ("bang-khen-cap-bo-tinh", None) in grants("Năm 2023, trường đã được UBND tỉnh tặng Bằng khen.")
    assert "bang-khen-cap-bo-tinh" in {a for a, _ in grants("Trước đó, năm 2023, trường được UBND tỉnh tặng Bằng khen.")}
    # a year opening the sentence, long before the news, is a record too, with no looking back nor 'đã' ('Năm 2017, cô được
    # phong tặng danh hiệu Nhà giáo Ưu tú' in a profile of 2023); the year before last is still a report's year
    assert "bang-khen-thu-tuong" not in {a for a, _ in grants("Năm 2015, trường được Thủ tướng Chính phủ tặng Bằng khen.")}
    assert "bang-khen-thu-tuong" in {a for a, _ in grants("Năm 2022, trường được Thủ tướng Chính phủ tặng Bằng khen.")}
    # (after a lead of what was achieved too: 'Với những đóng góp của mình, năm 2015, ...'), and its year is the record's,
    # no achievement a later grant rewards
    told = (
        "Với những đóng góp đó, năm 2015, trường được Thủ tướng Chính phủ tặng Bằng khen. Năm 2023, trường được UBND tỉnh tặng Cờ thi đua."
    )
    assert sorted(grants(told)) == [("co-thi-dua-cap-bo-tinh", None), ("huan-chuong-lao-dong-hang-nhat", None)]
    # a later clause of a year of its own, this year's or last, is the news ('...; năm nay, trường tiếp tục được tặng ...')
    for later in ("năm nay, trường tiếp tục được", "năm 2024, trường được", "còn năm 2023, trường được"):
        told = f"Năm 2015, trường được Chủ tịch nước tặng Huân chương Lao động hạng Ba; {later} Thủ tướng Chính phủ tặng Bằng khen."
        assert {a for a, _ in grants(told)} == {"huan-chuong-lao-dong-hang-nhat", "bang-khen-thu-tuong"}, later
    # negative: one of another year long past is a record too
    told = "Năm 2012, trường được Chủ tịch nước tặng Huân chương Lao động hạng Ba; năm 2015, trường được Thủ tướng tặng Bằng khen."
    assert {a for a, _ in grants(told)} == {"huan-chuong-lao-dong-hang-nhat"}


def test_a_bare_title_handed_over_at_a_ceremony_not_named_after_it_is_the_one_title_conferred_before():
    def linked(told: str, handed: str) -> list[tuple[str, int | None, str | None, str | None]]:
        facts = article(
            "Ngành Y tế tỉnh kỷ niệm Ngày Thầy thuốc Việt Nam\n" + told + " Ngày 27/2/2024, Sở Y tế tỉnh Nghệ An tổ chức Lễ kỷ"
            " niệm 69 năm Ngày Thầy thuốc Việt Nam. " + handed + "\nTrần Thu Hương\n"
        )[1]
        return [(g.award, g.count, g.event, g.presenter) for g in facts.grants]

    told = "Bác sĩ Trần Văn Bình, Giám đốc Bệnh viện Đa khoa huyện Quỳnh Lưu vừa được Chủ tịch nước phong tặng danh hiệu Thầy thuốc ưu tú."
    handed = "Bà Võ Thị Minh Sinh, Phó Chủ tịch UBND tỉnh đã trao tặng danh hiệu cho bác sĩ Bình."
    assert linked(told, handed) == [("thay-thuoc-uu-tu", 1, "e1", "Võ Thị Minh Sinh")]
    told = "Năm 2023, 3 bác sĩ của tỉnh được Chủ tịch nước phong tặng danh hiệu Thầy thuốc ưu tú."
    handed = "Bà Võ Thị Minh Sinh, Phó Chủ tịch UBND tỉnh trao danh hiệu cho các bác sĩ."
    assert linked(told, handed) == [("thay-thuoc-uu-tu", 3, "e1", "Võ Thị Minh Sinh")]
    # negative: of two titles conferred before, a bare 'danh hiệu' names neither
    told = "Năm 2023, 3 bác sĩ được phong tặng danh hiệu Thầy thuốc ưu tú, 1 bác sĩ được phong tặng danh hiệu Thầy thuốc nhân dân."
    assert all(presenter is None for *_, presenter in linked(told, handed))


def test_looking_back_to_a_year_in_an_article_that_tells_no_date_is_a_record():
    def grants(then: str) -> list[tuple[str, int | None]]:
        facts = article(
            "Ông Lò Văn Pản được phong tặng danh hiệu Nghệ nhân ưu tú\nVừa qua, Chủ tịch nước đã ký Quyết định phong tặng "
            "danh hiệu Nghệ nhân ưu tú cho ông Lò Văn Pản ở xã Chiềng Ly. " + then + "\nTrần Thu Hương\n"
        )[1]
        return [(g.award, g.count) for g in facts.grants]

    for then in (
        "Trước đó, năm 2015, ông được UBND tỉnh Sơn La tặng Bằng khen vì đóng góp trong bảo tồn văn hóa.",
        "Trước đây, vào năm 2009, Bộ Văn hóa, Thể thao và Du lịch đã tặng Bằng khen cho ông.",
    ):
        assert grants(then) == [("nghe-nhan-uu-tu", 1)], then
    # a year told without looking back is the article's own for all it says
    assert ("bang-khen-cap-bo-tinh", 1) in grants("Năm 2015, ông được UBND tỉnh Sơn La tặng Bằng khen.")


def test_an_institution_named_at_a_sentence_s_end_does_not_take_the_next_sentence_s_first_word():
    _, facts = article(
        "Trường Đại học Hồng Đức kỷ niệm 25 năm thành lập\n20/06/2024 09:00\n"
        "Phó Thủ tướng trao Huân chương cho Trường Đại học Hồng Đức. Đồng thời, ông Lê Văn An, Hiệu trưởng nhà trường phát "
        "biểu.\nTrần Thu Hương\n"
    )
    posts = posts_by_name(facts)
    assert posts["Lê Văn An"] == {("Hiệu trưởng", "Trường Đại học Hồng Đức")}


def test_people_listed_with_where_they_live_in_brackets_are_each_counted():
    rows = grants_of("Các đồng chí: Hoàng Văn Lới (thôn Nà Lạn) và Lương Thị Rếp (thôn Khau Mu) được tặng Giấy khen.")
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", 2)]
    # commended with no award named: as many as the list names
    rows = grants_of("Các ông, bà: Hoàng Văn Lới (thôn Nà Lạn, xã Tân Mỹ), Lương Thị Rếp (thôn Khau Mu) được tuyên dương.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("khen-thuong", "individual", 2)]
    rows = grants_of("Ông Hoàng Văn Lới và bà Lương Thị Rếp được UBND huyện biểu dương.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("khen-thuong", 2, "Ủy ban nhân dân huyện Văn Lãng")]


def test_a_unit_no_body_rule_reads_takes_the_full_name_of_the_body_after_it_even_in_brackets():
    rows = grants_of("Tập thể Phòng Quản lý ngân sách (Sở Tài chính) được Bộ trưởng Bộ Tài chính tặng Bằng khen.")
    assert [r[10] for r in rows] == ["Phòng Quản lý ngân sách Sở Tài chính tỉnh Lạng Sơn"]
    rows = grants_of("Tập thể Tổ tuần tra Công an huyện được UBND huyện tặng Giấy khen.")
    assert [r[10] for r in rows] == ["Tổ tuần tra Công an huyện Văn Lãng"]
    # a bracket that names no body is kept as written
    rows = grants_of("Tập thể Tổ Ngữ văn (khối 9) được UBND huyện tặng Giấy khen.")
    assert [r[10] for r in rows] == ["Tổ Ngữ văn (khối 9)"]


def test_units_voted_first_of_a_bloc_then_proposed_for_a_flag_listed_after_a_colon():
    rows = grants_of(
        "Hội nghị đã bình xét, suy tôn 2 đơn vị dẫn đầu, đề nghị UBND tỉnh tặng Cờ thi đua là: Phòng Nội vụ và Phòng Tư "
        "pháp; đề nghị tặng Bằng khen cho 3 đơn vị.",
        with_event=True,
    )
    assert [(r[0], r[2], r[4]) for r in rows] == [
        ("don-vi-dan-dau-khoi-thi-dua", 2, "conferred"),
        ("co-thi-dua-cap-bo-tinh", 2, "proposed"),
        ("bang-khen-cap-bo-tinh", 3, "proposed"),
    ]
    # 'dẫn đầu' in a field, with no vote, ranks no one
    assert grants_of("Năm 2022, huyện có 2 đơn vị dẫn đầu về thu ngân sách.") == []


def test_a_commendation_of_counted_recipients_after_doi_voi_and_not_of_another_predicate():
    rows = grants_of("UBND huyện quyết định khen thưởng đối với 5 tập thể và 12 cá nhân.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("khen-thuong", "collective", 5), ("khen-thuong", "individual", 12)]
    # a count, then another predicate joined by 'và', is not what that predicate commends
    assert grants_of("Huyện quan tâm đối với 5 xã khó khăn và khen thưởng các hộ.") == []
    # a consideration 'đối với' its cases gives nothing
    assert grants_of("Hội đồng họp xét danh hiệu Nhà giáo ưu tú đối với 19 trường hợp.") == []


def test_a_bloc_s_party_committee_told_by_its_head_noun_is_the_one_the_lead_names():
    facts = article(
        "Tuyên dương đảng viên trẻ tiêu biểu\n20/05/2023 09:00\nSáng 18/5, Đảng ủy Khối các cơ quan tỉnh Lạng Sơn tổ chức "
        "Lễ tuyên dương 50 đảng viên trẻ. Đảng ủy Khối tặng Giấy khen cho 20 đảng viên.\nTrần Thu Hương\n"
    )[1]
    assert [_label(g.conferrer) for g in facts.grants if g.award == "giay-khen"] == ["Đảng ủy Khối các cơ quan tỉnh Lạng Sơn"]


def test_a_bloc_s_party_committee_told_bare_by_its_standing_committee_is_the_one_named_in_full_either_way():
    # the headline writes it without 'các' and in capitals, the lead with: one body
    facts = article(
        "Đảng ủy Khối Cơ quan tỉnh Lạng Sơn trao Huy hiệu Đảng\n03/02/2024\nChiều 2/2, Đảng ủy Khối các cơ quan tỉnh tổ "
        "chức Lễ trao Huy hiệu Đảng. Dịp này, Ban Thường vụ Đảng ủy Khối tặng Giấy khen cho 6 tổ chức cơ sở đảng.\nQuang Minh\n"
    )[1]
    assert [_label(g.conferrer) for g in facts.grants] == ["Đảng ủy Khối các cơ quan tỉnh Lạng Sơn"]
    # two blocs named in full: the bare one is neither
    facts = article(
        "Hai khối tổng kết năm\n03/02/2024\nChiều 2/2, Đảng ủy Khối các cơ quan tỉnh Lạng Sơn và Đảng ủy Khối Doanh nghiệp "
        "tỉnh tổ chức hội nghị. Dịp này, Ban Thường vụ Đảng ủy Khối tặng Giấy khen cho 6 tổ chức cơ sở đảng.\nQuang Minh\n"
    )[1]
    assert [_label(g.conferrer) for g in facts.grants] == ["Đảng ủy Khối"]


def test_a_parish_receives_and_its_priest_receiving_for_the_faithful_receives_nothing_of_his_own():
    rows = grants_of(
        "Chủ tịch UBND tỉnh tặng Bằng khen cho Giáo xứ Tân Hòa vì có thành tích xuất sắc. Linh mục Giuse Nguyễn Văn Tâm, "
        "Chánh xứ Tân Hòa thay mặt giáo dân đón nhận Bằng khen."
    )
    assert [(r[0], r[1], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", "collective", "Giáo xứ Tân Hòa")]


def test_the_head_of_a_whole_state_agency_defined_short_gives_not_its_branch():
    facts = article(
        "Kho bạc Nhà nước Lạng Sơn đón nhận Huân chương\n20/03/2024 09:00\nSáng 18/3, Kho bạc Nhà nước (KBNN) Lạng Sơn tổ "
        "chức Lễ đón nhận Huân chương Lao động hạng Ba. Dịp này, Tổng Giám đốc KBNN tặng Bằng khen cho 4 tập thể.\nTrần Thu Hương\n"
    )[1]
    assert [_label(g.conferrer) for g in facts.grants if g.award == "bang-khen-cap-bo-tinh"] == ["Tổng Giám đốc Kho bạc Nhà nước"]


def test_a_company_s_branch_by_its_brand_and_province_receives():
    rows = grants_of("Tại hội nghị, VNPT Lạng Sơn vinh dự đón nhận Cờ thi đua của Chính phủ.")
    assert [(r[0], r[10]) for r in rows] == [("co-thi-dua-chinh-phu", "VNPT chi nhánh tỉnh Lạng Sơn")]
    # a brand before no place is not read as the recipient
    assert [r[10] for r in grants_of("Tại hội nghị, VNPT Smartcare vinh dự đón nhận Cờ thi đua của Chính phủ.")] in ([], [None])


def test_a_commendation_counted_then_handed_over_as_an_award_to_those_recipients_is_that_award():
    facts = article(
        HEAD + "Sáng 14/10, Hội Nông dân huyện Văn Lãng tổ chức Lễ tôn vinh 45 nông dân xuất sắc. Ông Lê Văn Hưng, Chủ tịch "
        "UBND huyện trao Bằng khen của UBND tỉnh cho các nông dân xuất sắc.\nTrần Thu Hương\n"
    )[1]
    assert [(g.award, g.count, _label(g.conferrer), g.presenter) for g in facts.grants] == [
        ("bang-khen-cap-bo-tinh", 45, "Ủy ban nhân dân tỉnh Lạng Sơn", "Lê Văn Hưng")
    ]
    # an award handed over to recipients of another kind does not make the count of these that award
    facts = article(
        HEAD + "Sáng 14/10, Hội Nông dân huyện Văn Lãng tổ chức Lễ tôn vinh 45 nông dân xuất sắc. Ông Lê Văn Hưng, Chủ tịch "
        "UBND huyện trao Bằng khen của UBND tỉnh cho các tập thể.\nTrần Thu Hương\n"
    )[1]
    assert ("khen-thuong", 45) in [(g.award, g.count) for g in facts.grants]


def test_a_unit_named_by_a_number_and_a_commendation_given_at_once():
    rows = grants_of("Ban chuyên án 224X được Giám đốc Công an tỉnh tặng Giấy khen và thưởng 10 triệu đồng.")
    assert [(r[0], r[1], r[10]) for r in rows] == [("giay-khen", "collective", "Ban chuyên án 224X")]
    rows = grants_of("Chủ tịch UBND tỉnh đã khen thưởng nóng Ban chuyên án 112Y.")
    assert [(r[0], r[10]) for r in rows] == [("khen-thuong", "Ban chuyên án 112Y")]
    # a cash reward alone is no commendation
    assert grants_of("Giám đốc Công an tỉnh đã thưởng nóng 20 triệu đồng cho Ban chuyên án.") == []


def test_a_title_set_before_its_holder_by_a_comma_gives_as_the_title():
    rows = grants_of("Tại buổi lễ, Chủ tịch UBND huyện Văn Lãng, ông Hoàng Văn Tâm trao Giấy khen cho 8 tập thể.")
    assert [(r[0], r[5], r[6]) for r in rows] == [("giay-khen", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng", "Hoàng Văn Tâm")]
    rows = grants_of("Ngày 3/5/2023, Giám đốc Sở Nội vụ tỉnh Lạng Sơn, bà Lê Thị Mai đã tặng Giấy khen cho 8 tập thể.")
    assert [(r[0], r[5]) for r in rows] == [("giay-khen", "Giám đốc Sở Nội vụ tỉnh Lạng Sơn")]
    # a phrase before the person that is no title gives nothing
    rows = grants_of("Sau phần phát biểu của đại biểu, ông Hoàng Văn Tâm trao Giấy khen cho 8 tập thể.")
    assert [(r[0], r[5]) for r in rows] == [("giay-khen", None)]
    rows = grants_of("Tại hội trường UBND huyện Văn Lãng, ông Hoàng Văn Tâm trao Giấy khen cho 8 tập thể.")
    assert [(r[0], r[5]) for r in rows] == [("giay-khen", None)]


def test_a_unit_s_name_ends_before_a_count_beside_it():
    rows = grants_of("Trưởng Công an huyện Văn Lãng trao Giấy khen cho Đội Cảnh sát hình sự và 3 cá nhân.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("giay-khen", 1, "Đội Cảnh sát hình sự Công an huyện Văn Lãng"), ("giay-khen", 3, None)]


def test_a_long_description_of_one_count_and_its_period_stay_with_it():
    rows = grants_of(
        "Ban Thường vụ Huyện ủy Văn Lãng tặng Giấy khen cho 12 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ 5 năm "
        "liền (2018-2022) và 20 đảng viên hoàn thành xuất sắc nhiệm vụ tiêu biểu."
    )
    assert [(r[1], r[2], r[7]) for r in rows] == [("collective", 12, "2018-2022"), ("individual", 20, None)]
    # a period told after the last count, or before the counts, is every count's
    rows = grants_of("UBND huyện Văn Lãng tặng Giấy khen năm 2022 cho 12 tập thể và 20 cá nhân có thành tích.")
    assert [(r[2], r[7]) for r in rows] == [(12, "2022"), (20, "2022")]
    rows = grants_of("UBND huyện Văn Lãng tặng Giấy khen cho 12 tập thể và 20 cá nhân có thành tích năm 2022.")
    assert [(r[2], r[7]) for r in rows] == [(12, "2022"), (20, "2022")]


def test_an_order_handed_over_by_its_short_name_at_the_ceremony_named_for_it_is_that_order():
    body = (
        "Sáng 18/1/2023, Công an huyện Văn Lãng tổ chức Lễ đón nhận Huân chương Chiến công hạng Ba.\n"
        "Đại tá Hà Văn Lực, Phó Giám đốc Công an tỉnh trao {} cho Công an huyện Văn Lãng."
    )
    rows = grants_of(body.format("Huân chương"))
    assert [(r[0], r[6], r[10]) for r in rows] == [("huan-chuong-chien-cong-hang-ba", "Hà Văn Lực", "Công an huyện Văn Lãng")]
    # another order handed over there stays its own
    rows = grants_of(body.format("Huân chương Bảo vệ Tổ quốc hạng Nhì"))
    assert ("huan-chuong-bao-ve-to-quoc-hang-nhi", "Hà Văn Lực", "Công an huyện Văn Lãng") in [(r[0], r[6], r[10]) for r in rows]


def test_a_pupil_named_with_the_grade_and_school_is_the_one_recipient():
    rows = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho cháu Hồ Văn Tâm, học sinh lớp 8 Trường THCS Hoàng Văn Thụ.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", 1, "Hồ Văn Tâm")]


def test_the_central_body_of_an_association_by_its_short_name_is_the_one_named_before():
    rows = grants_of(
        "Hội Nông dân tỉnh được Trung ương Hội Nông dân Việt Nam tặng Cờ thi đua. Ông Hoàng Văn Tâm được Trung ương Hội tặng Kỷ niệm chương."
    )
    assert [(r[0], r[5]) for r in rows] == [
        ("co-thi-dua-cap-bo-tinh", "Trung ương Hội Nông dân Việt Nam"),
        ("ky-niem-chuong", "Trung ương Hội Nông dân Việt Nam"),
    ]
    # none named before, or two: not known
    rows = grants_of("Ông Hoàng Văn Tâm được Trung ương Hội tặng Kỷ niệm chương.")
    assert [(r[0], r[5]) for r in rows] == [("ky-niem-chuong", None)]


def test_grants_told_on_after_an_award_handed_over_at_the_event_are_given_there():
    text = (
        "Ngày 15/1/2023, Sở Tài chính tỉnh tổ chức Hội nghị triển khai nhiệm vụ năm 2023.\n"
        "Ông Hà Văn Lực, Thứ trưởng Bộ Tài chính đã trao Cờ thi đua của Bộ Tài chính cho Sở Tài chính tỉnh. "
        "{} 3 tập thể được tặng Bằng khen của Bộ trưởng Bộ Tài chính."
    )
    rows = grants_of(text.format("Đồng thời,"))
    assert [(r[0], r[8]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "e1"), ("bang-khen-cap-bo-tinh", "e1")]
    # a time of its own is not at it
    rows = grants_of(text.format("Năm 2021,"))
    assert [(r[0], r[8]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "e1"), ("bang-khen-cap-bo-tinh", None)]


def test_each_prize_goes_to_the_authors_counted_before_its_own_passive():
    rows = grants_of(
        "Năm nay có 16 tác giả, cụm tác phẩm được tặng Giải thưởng Hồ Chí Minh và 113 tác giả, cụm tác phẩm được tặng Giải thưởng Nhà nước."
    )
    assert [(r[0], r[2]) for r in rows] == [("giai-thuong-ho-chi-minh", 16), ("giai-thuong-nha-nuoc", 113)]


def test_a_recipient_proposed_by_one_body_to_another_is_given_by_the_other():
    for proposer in ("Hội đồng Thi đua - Khen thưởng huyện Văn Lãng", "UBND huyện Văn Lãng", ""):
        rows = grants_of(f"Năm 2022, xã Tân Mỹ được {proposer} đề nghị UBND tỉnh tặng Cờ thi đua vì dẫn đầu phong trào.".replace("  ", " "))
        assert [(r[0], r[4], r[5], r[10]) for r in rows] == [
            ("co-thi-dua-cap-bo-tinh", "proposed", "Ủy ban nhân dân tỉnh Lạng Sơn", "xã Tân Mỹ")
        ], proposer
    # one that gives, not proposes, gives
    rows = grants_of("Năm 2022, xã Tân Mỹ được UBND huyện Văn Lãng tặng Giấy khen vì dẫn đầu phong trào.")
    assert [(r[4], r[5]) for r in rows] == [("conferred", "Ủy ban nhân dân huyện Văn Lãng")]


def test_people_an_award_is_given_to_after_a_colon_parted_by_semicolons_are_one_list():
    rows = grants_of(
        "Ban Tuyên giáo Tỉnh ủy trao Kỷ niệm chương cho các đồng chí: Hoàng Văn Tâm, Phó Bí thư Huyện ủy Văn Lãng; "
        "Lê Thị Mai, Trưởng Ban Tuyên giáo Huyện ủy Văn Lãng và Vi Văn Hùng."
    )
    assert [(r[0], r[2]) for r in rows] == [("ky-niem-chuong", 3)]
    # (named again after 'gồm': 'cho các đồng chí nguyên lãnh đạo huyện, gồm các đồng chí: A, ...; B, ...')
    rows = grants_of(
        "Ban Tuyên giáo Tỉnh ủy trao Kỷ niệm chương cho các đồng chí nguyên lãnh đạo huyện, gồm các đồng chí: Hoàng Văn "
        "Tâm, nguyên Bí thư Huyện ủy Văn Lãng; Lê Thị Mai, nguyên Phó Chủ tịch UBND huyện; Vi Văn Hùng."
    )
    assert [(r[0], r[2]) for r in rows] == [("ky-niem-chuong", 3)]
    # a clause after them with its own verb is its own
    rows = grants_of(
        "Ban Tuyên giáo Tỉnh ủy trao Kỷ niệm chương cho các đồng chí: Hoàng Văn Tâm, Phó Bí thư Huyện ủy Văn Lãng; "
        "Lê Thị Mai, Trưởng Ban Tuyên giáo Huyện ủy Văn Lãng; Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể."
    )
    assert [(r[0], r[2]) for r in rows] == [("ky-niem-chuong", 2), ("bang-khen-cap-bo-tinh", 5)]
    # the people called by the calling they share ('cho các bác sỹ:', 'cho các nghệ nhân:')
    rows = grants_of(
        "Phó Chủ tịch UBND tỉnh Hoàng Văn Tâm trao danh hiệu Thầy thuốc ưu tú cho các bác sỹ: Nguyễn Văn Hùng, Giám đốc "
        "Bệnh viện Đa khoa tỉnh; Trần Thị Mai, Phó Giám đốc Trung tâm Y tế huyện Văn Lãng; Lê Đình Phúc và Hồ Sỹ Thanh."
    )
    assert [(r[0], r[2], r[6]) for r in rows] == [("thay-thuoc-uu-tu", 4, "Hoàng Văn Tâm")]
    rows = grants_of(
        "Ông Hoàng Văn Tâm trao Giấy khen cho các nghệ nhân: Lý Thị Mai, Chủ nhiệm câu lạc bộ hát then xã Tân Mỹ; "
        "Vi Văn Hùng, thôn Bản Chang."
    )
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", 2)]


def test_a_decision_to_commend_handed_over_is_its_owner_s_commendation():
    rows = grants_of("Phó Chủ tịch UBND tỉnh trao Quyết định khen thưởng của Chủ tịch UBND tỉnh cho 5 tập thể, 8 cá nhân.")
    assert [(r[0], r[2], r[5]) for r in rows] == [
        ("khen-thuong", 5, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("khen-thuong", 8, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
    ]
    rows = grants_of("Ông Hoàng Văn Tâm trao quyết định khen thưởng và tiền thưởng cho 5 tập thể.")
    assert [(r[0], r[2], r[6]) for r in rows] == [("khen-thuong", 5, "Hoàng Văn Tâm")]
    # a decision that permits something commends no one
    assert grants_of("Theo Quyết định của UBND tỉnh cho phép 5 tập thể thành lập quỹ khuyến học.") == []


def test_a_bare_bo_in_a_department_s_article_is_the_ministry_over_it():
    _, facts = article(
        "Sở Y tế tỉnh Lạng Sơn tổng kết công tác năm 2022\n"
        "Ngày 5/1/2023, Sở Y tế tỉnh Lạng Sơn tổ chức Hội nghị tổng kết. Tại hội nghị, 10 cá nhân nhận Bằng khen của Bộ.\nThu Hà\n"
    )
    assert [(g.award, g.count, _label(g.conferrer)) for g in facts.grants] == [("bang-khen-cap-bo-tinh", 10, "Bộ Y tế")]
    # in an article about two departments, or none, it is not known
    _, facts = article(
        "Ngành y tế và giáo dục tỉnh Lạng Sơn tổng kết năm 2022\n"
        "Ngày 5/1/2023, Sở Y tế và Sở Tư pháp tỉnh Lạng Sơn tổ chức Hội nghị. 10 cá nhân nhận Bằng khen của Bộ.\nThu Hà\n"
    )
    assert [(g.award, _label(g.conferrer)) for g in facts.grants] == [("bang-khen-cap-bo-tinh", None)]


def test_an_award_a_ceremony_names_as_someone_s_is_theirs_whoever_hands_it_over():
    text = (
        "Ngày 15/3/2023, Đồn Biên phòng Chi Ma tổ chức Lễ đón nhận Bằng khen của Tư lệnh Bộ đội Biên phòng.\n"
        "{}Đại tá Hà Văn Lực, Chỉ huy trưởng Bộ đội Biên phòng tỉnh trao Bằng khen cho đơn vị và 2 cá nhân."
    )
    rows = grants_of(text.format(""))
    assert [(r[2], r[5]) for r in rows if r[2] == 2] == [(2, "Tư lệnh Bộ đội Biên phòng")]
    # handed over for a delegator, the delegator's
    rows = grants_of(text.format("Thừa ủy quyền của Chủ tịch UBND tỉnh, "))
    assert "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn" in {r[5] for r in rows}


def test_a_committee_s_board_by_its_level_word_is_placed_by_the_one_committee_the_article_names():
    text = (
        "Sáng 19/5/2023, Huyện đoàn Mường Nhé tổ chức tuyên dương 12 gương thanh niên tiêu biểu.\n"
        "12 đoàn viên được Ban Thường vụ Huyện đoàn tặng Giấy khen."
    )
    _, facts = article(f"Tuyên dương thanh niên tiêu biểu\n{text}\nThu Hà\n")
    assert [(g.award, g.count) for g in counted_once(facts.grants)] == [("giay-khen", 12)]
    assert {_label(g.conferrer) for g in facts.grants} <= {"Huyện đoàn Mường Nhé", "Ban Thường vụ Huyện đoàn Mường Nhé"}
    # another district's committee there as a guest: the article's district's, whose committee held it
    _, facts = article(f"Tuyên dương thanh niên tiêu biểu\n{text} Huyện đoàn Mường Chà cũng dự.\nThu Hà\n")
    assert {_label(g.conferrer) for g in facts.grants} == {"Ban Thường vụ Huyện đoàn Mường Nhé"}
    # no district's committee named: not known which
    lead = "Sáng 19/5/2023, Tỉnh đoàn Điện Biên tổ chức tuyên dương 12 gương thanh niên tiêu biểu.\n"
    _, facts = article(f"Tuyên dương thanh niên tiêu biểu\n{lead}12 đoàn viên được Ban Thường vụ Huyện đoàn tặng Giấy khen.\nThu Hà\n")
    assert "Ban Thường vụ Huyện đoàn" in {_label(g.conferrer) for g in facts.grants}


def test_a_title_received_as_recognised_by_a_giver_and_a_subject_placed_in_brackets():
    rows = grants_of(
        "Ngày 5/10/2023, Trường Mầm non Hoa Sen (xã Tân Mỹ, huyện Văn Lãng) tổ chức Lễ khai giảng và đón nhận danh hiệu "
        "Tập thể lao động xuất sắc do Chủ tịch UBND tỉnh công nhận."
    )
    assert [(r[0], r[5], r[10]) for r in rows] == [
        ("tap-the-lao-dong-xuat-sac", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "Trường Mầm non Hoa Sen")
    ]
    # a comma outside brackets still parts the subject's phrases
    rows = grants_of("Với thành tích đó, Trường Mầm non Hoa Sen được Chủ tịch UBND tỉnh tặng Bằng khen.")
    assert [(r[0], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", "Trường Mầm non Hoa Sen")]


def test_a_giving_to_come_is_no_grant():
    for future in ("sẽ xét tặng", "dự kiến sẽ tặng", "sẽ tặng"):
        assert grants_of(f"Năm 2023, Chủ tịch UBND tỉnh {future} Cờ thi đua cho 5 tập thể dẫn đầu các khối thi đua.") == [], future
    assert grants_of("Dự kiến, 12 tập thể sẽ được công nhận danh hiệu Tập thể lao động xuất sắc.") == []
    # a proposal to come is none made yet
    assert grants_of("Các điển hình tiêu biểu sẽ được lựa chọn để đề nghị Chủ tịch UBND tỉnh tặng Bằng khen.") == []
    assert grants_of("UBND huyện sẽ trình Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể.") == []
    # negative: one made, however the sentence goes on, and one chosen now
    rows = grants_of("UBND huyện đã đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể, hồ sơ sẽ được gửi trong tháng 6.")
    assert [(r[0], r[2], r[4]) for r in rows] == [("bang-khen-cap-bo-tinh", 5, "proposed")]
    rows = grants_of("Hội đồng đã lựa chọn 5 tập thể để đề nghị Chủ tịch UBND tỉnh tặng Bằng khen.")
    assert [(r[0], r[2], r[4]) for r in rows] == [("bang-khen-cap-bo-tinh", 5, "proposed")]
    # a target set is none given; the striving an award rewards is no target
    text = "Năm 2024, huyện Văn Lãng phấn đấu có 5 xã đạt Cờ thi đua của UBND tỉnh; các đơn vị đăng ký thi đua đạt danh hiệu Tập thể lao động tiên tiến."
    assert grants_of(text) == []
    rows = grants_of("Các tập thể đã nỗ lực phấn đấu, 5 tập thể được tặng Bằng khen của UBND tỉnh.")
    assert [(r[0], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", 5)]
    # the target goes on over the counts after 'và' or a comma, each with its own verb; a goal or a quota set is a target too
    assert grants_of("Thị xã phấn đấu có 92% hộ đạt danh hiệu Gia đình văn hóa và 14 khu phố đạt danh hiệu Khu dân cư văn hóa.") == []
    assert grants_of("Xã phấn đấu để có 8 ấp đạt danh hiệu Ấp văn hóa, 700 hộ đạt danh hiệu Gia đình văn hóa.") == []
    assert grants_of("Mục tiêu đến năm 2026 có 6 bản đạt danh hiệu Bản văn hóa.") == []
    assert grants_of("Chỉ tiêu năm 2025: 96% hộ đạt danh hiệu Gia đình văn hóa, 11 thôn đạt danh hiệu Thôn văn hóa.") == []
    # negative: a quota met, and a giving after a target's clause, are given
    rows = grants_of("Đạt và vượt chỉ tiêu, có 11 thôn đạt danh hiệu Thôn văn hóa.")
    assert [(r[0], r[2]) for r in rows] == [("thon-to-dan-pho-van-hoa", 11)]
    rows = grants_of("Huyện phấn đấu có 4 xã đạt chuẩn nông thôn mới; năm 2024, UBND tỉnh tặng Bằng khen cho 7 tập thể và 9 cá nhân.")
    assert [(r[0], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", 7), ("bang-khen-cap-bo-tinh", 9)]
    # 'sẽ' about the recipients, after the award, leaves the giving done
    rows = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho 5 học sinh sẽ dự thi học sinh giỏi quốc gia.")
    assert [(r[0], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", 5)]
    # and one giving to come beside one done leaves the one done
    rows = grants_of("Chủ tịch UBND tỉnh đã tặng Bằng khen cho 5 tập thể; Thủ tướng sẽ tặng Bằng khen cho 2 tập thể.")
    assert [(r[0], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", 5)]


def test_a_class_named_by_its_number_and_a_unit_placed_in_brackets_receive():
    rows = grants_of("Lớp 12A1 vừa được Chủ tịch UBND tỉnh tặng Bằng khen vì thành tích trong phong trào thi đua.")
    assert [(r[0], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", "Lớp 12A1")]
    rows = grants_of("Trường THCS Lê Lợi số 2 (huyện Văn Lãng) vừa được Chủ tịch UBND tỉnh tặng Bằng khen vì thành tích.")
    assert [(r[0], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", "Trường THCS Lê Lợi số 2")]
    # a body in brackets still places the unit before it
    rows = grants_of("Tập thể Phòng Quản lý ngân sách (Sở Tài chính) được Bộ trưởng Bộ Tài chính tặng Bằng khen.")
    assert [(r[0], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", "Phòng Quản lý ngân sách Sở Tài chính tỉnh Lạng Sơn")]
    # a lower-case word after the head names no unit: no recipient, no grant
    assert grants_of("Lớp học tình thương vừa được Chủ tịch UBND tỉnh tặng Bằng khen vì thành tích.") == []
    # a class, a team or a ward of the body named after its comma is that unit, the body's in full, not the body
    for body in (
        "Tập thể lớp 9A, Trường THCS Kim Đồng được tặng Giấy khen của Chủ tịch UBND huyện.",
        "Chủ tịch UBND huyện tặng Giấy khen cho tập thể lớp 9A, Trường THCS Kim Đồng.",
        "Chủ tịch UBND huyện tặng Giấy khen cho lớp 9A, Trường THCS Kim Đồng.",
    ):
        assert [(r[0], r[10]) for r in grants_of(body)] == [("giay-khen", "Lớp 9A Trường THCS Kim Đồng")], body
    rows = grants_of("Chủ tịch UBND huyện tặng Giấy khen cho Khoa Nội, Bệnh viện Đa khoa huyện Văn Lãng.")
    assert [r[10] for r in rows] == ["Khoa Nội Bệnh viện Đa khoa huyện Văn Lãng"]
    # negative: two bodies listed are two
    rows = grants_of("Chủ tịch UBND huyện tặng Giấy khen cho Phòng Nội vụ, Phòng Tài chính.")
    assert [(r[2], r[10]) for r in rows] == [(2, None)]


def test_a_unit_s_name_ends_before_the_cash_given_with_its_award():
    rows = grants_of("Giám đốc Công an tỉnh đã khen thưởng nóng Ban chuyên án 309T số tiền 30 triệu đồng.")
    assert [(r[0], r[10]) for r in rows] == [("khen-thuong", "Ban chuyên án 309T")]
    rows = grants_of("Chủ tịch UBND huyện tặng Giấy khen cho Đội Cảnh sát giao thông kèm theo 5 triệu đồng.")
    assert [(r[0], r[10]) for r in rows] == [("giay-khen", "Đội Cảnh sát giao thông Công an huyện Văn Lãng")]
    rows = grants_of("Chủ tịch UBND huyện tặng Giấy khen cho Tổ tự quản mỗi tổ 2 triệu đồng.")
    assert [(r[0], r[10]) for r in rows] == [("giay-khen", "Tổ tự quản")]
    # a name that goes on past a number of its own keeps it
    rows = grants_of("Chủ tịch UBND huyện tặng Giấy khen cho Đội Cảnh sát giao thông số 2.")
    assert [(r[0], r[10]) for r in rows] == [("giay-khen", "Đội Cảnh sát giao thông số 2")]


def test_a_title_held_said_before_the_holder_s_name_is_how_they_are_named_not_an_award_given():
    rows = grants_of("Nhà giáo Ưu tú Hoàng Văn Lâm được Chủ tịch nước tặng Huân chương Lao động hạng Ba.")
    assert [(r[0], r[10]) for r in rows] == [("huan-chuong-lao-dong-hang-ba", "Hoàng Văn Lâm")]
    # given right there, it is the award
    rows = grants_of("Thầy Hoàng Văn Lâm được phong tặng danh hiệu Nhà giáo Ưu tú.")
    assert [(r[0], r[10]) for r in rows] == [("nha-giao-uu-tu", "Hoàng Văn Lâm")]


def test_a_proposal_opening_its_sentence_names_the_office_asked_to_give():
    rows = grants_of("3. Đề nghị Chủ tịch UBND huyện tặng Giấy khen cho 5 cá nhân.")
    assert [(r[4], r[5]) for r in rows] == [("proposed", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng")]
    rows = grants_of("Đề xuất Chủ tịch UBND tỉnh tặng Bằng khen cho 2 tập thể.")
    assert [(r[4], r[5]) for r in rows] == [("proposed", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn")]
    # 'kiến nghị' asks as 'đề nghị' does: the office after it gives, and names the award's level
    rows = grants_of("Huyện kiến nghị Thủ tướng Chính phủ tặng Bằng khen cho xã Tân Thanh.")
    assert [(r[0], r[4], r[5]) for r in rows] == [("bang-khen-thu-tuong", "proposed", "Thủ tướng Chính phủ")]
    # negative: the one whose recommendation it was gives nothing ('Theo kiến nghị của Sở, UBND tỉnh tặng ...')
    rows = grants_of("Theo kiến nghị của Sở Nội vụ, UBND tỉnh tặng Bằng khen cho 5 tập thể.")
    assert [r[5] for r in rows] == ["Ủy ban nhân dân tỉnh Lạng Sơn"]


def test_the_achievement_one_clause_states_is_not_the_period_of_another_clause_s_grants():
    rows = grants_of(
        "UBND tỉnh tặng Bằng khen cho hai tập thể; Chủ tịch UBND huyện tặng Giấy khen cho 5 cá nhân có thành tích xuất "
        "sắc trong năm học 2022-2023."
    )
    assert [(r[0], r[7]) for r in rows] == [("bang-khen-cap-bo-tinh", None), ("giay-khen", "2022-2023")]
    rows = grants_of("UBND tỉnh tặng Bằng khen cho hai tập thể có thành tích xuất sắc năm 2022; UBND huyện tặng Giấy khen cho 5 cá nhân.")
    assert [(r[0], r[7]) for r in rows] == [("bang-khen-cap-bo-tinh", "2022"), ("giay-khen", None)]
    # one clause, its period for all its grants
    rows = grants_of("UBND tỉnh tặng Bằng khen cho hai tập thể và 5 cá nhân có thành tích xuất sắc năm 2022.")
    assert [r[7] for r in rows] == ["2022", "2022"]


def test_a_body_placed_by_its_district_after_a_comma_is_the_giver_not_the_district():
    rows = grants_of("Ngày 8/3, Hội Nông dân xã Tân Lập, huyện Văn Lãng tổ chức biểu dương 20 hội viên tiêu biểu.")
    assert [(r[0], r[5]) for r in rows] == [("khen-thuong", "Hội Nông dân xã Tân Lập")]
    rows = grants_of("Ngày 8/3, Trường THCS Lê Lợi, tỉnh Lạng Sơn tặng Giấy khen cho 15 học sinh giỏi.")
    assert [(r[0], r[5]) for r in rows] == [("giay-khen", "Trường THCS Lê Lợi")]
    # a place before the comma is where, not who: the district gives
    rows = grants_of("Chiều 8/3, tại xã Tân Lập, huyện Văn Lãng tặng Giấy khen cho 5 hộ.")
    assert [(r[0], r[5]) for r in rows] == [("giay-khen", "Ủy ban nhân dân huyện Văn Lãng")]


def test_the_event_as_the_subject_announcing_the_decisions_places_their_grants_at_it():
    body = "Trong năm, huyện đạt nhiều kết quả.\n"
    rows = grants_of(
        body + "Hội nghị công bố quyết định khen thưởng: 6 tập thể đạt danh hiệu “Tập thể lao động xuất sắc”, 45 cá nhân đạt "
        "danh hiệu Chiến sĩ thi đua cơ sở.",
        with_event=True,
    )
    assert [(r[0], r[2], r[8]) for r in rows] == [("tap-the-lao-dong-xuat-sac", 6, "e1"), ("chien-si-thi-dua-co-so", 45, "e1")]
    rows = grants_of(body + "Buổi lễ cũng đã đọc các quyết định tặng Giấy khen cho 10 tập thể.", with_event=True)
    assert [(r[0], r[2], r[8]) for r in rows] == [("giay-khen", 10, "e1")]
    # a body announcing them, in a paragraph of its own, at no event said
    rows = grants_of(
        body + "Năm 2022, UBND huyện công bố quyết định khen thưởng: 6 tập thể đạt danh hiệu “Tập thể lao động xuất sắc”.",
        with_event=True,
    )
    assert [(r[0], r[2], r[8]) for r in rows] == [("tap-the-lao-dong-xuat-sac", 6, None)]


def test_the_event_as_the_subject_gives_at_it_in_its_organisers_name():
    rows = grants_of("Hội nghị đã khen thưởng 12 tập thể có thành tích xuất sắc.", with_event=True)
    assert [(r[0], r[2], r[5], r[8]) for r in rows] == [("khen-thuong", 12, "Ủy ban nhân dân huyện Văn Lãng", "e1")]
    rows = grants_of("Buổi lễ cũng đã tuyên dương 8 cá nhân tiêu biểu.", with_event=True)
    assert [(r[0], r[2], r[5], r[8]) for r in rows] == [("khen-thuong", 8, "Ủy ban nhân dân huyện Văn Lãng", "e1")]
    # and goes on giving in the clauses after it that name no giver
    rows = grants_of("Hội nghị đã trao Cờ thi đua cho 3 xã dẫn đầu; tặng Giấy khen cho 9 cá nhân.", with_event=True)
    assert [(r[0], r[2], r[5]) for r in rows] == [
        ("co-thi-dua-cap-bo-tinh", 3, "Ủy ban nhân dân huyện Văn Lãng"), ("giay-khen", 9, "Ủy ban nhân dân huyện Văn Lãng")
    ]  # fmt: skip
    # a body as the subject gives in its own name
    rows = grants_of("Hội Nông dân huyện Văn Lãng đã khen thưởng 12 hội viên.", with_event=True)
    assert [(r[0], r[5]) for r in rows] == [("khen-thuong", "Hội Nông dân huyện Văn Lãng")]


def test_an_award_handed_over_as_someones_is_theirs_and_only_theirs_is_handed_over():
    rows = grants_of(
        "Ngày 10/10, Hội Nông dân tỉnh Lạng Sơn tổ chức trao Kỷ niệm chương cho 30 hội viên. Bà Hoàng Thị Mai, Chủ tịch Hội "
        "Nông dân tỉnh đã trao Kỷ niệm chương của Trung ương Hội Nông dân Việt Nam cho các hội viên."
    )
    assert [(r[0], r[2], r[5], r[6]) for r in rows] == [
        ("ky-niem-chuong", 30, "Trung ương Hội Nông dân Việt Nam", "Hoàng Thị Mai")
    ]  # fmt: skip
    # of two givers of the same award, the handing-over names one: only its grants are handed over, nothing changes giver
    rows = grants_of(
        "Bộ trưởng Bộ Tài chính tặng Bằng khen cho 5 tập thể; Chủ tịch UBND tỉnh tặng Bằng khen cho 7 tập thể. Ông Lê Văn Hà, "
        "Giám đốc Sở Tài chính đã trao Bằng khen của Bộ trưởng Bộ Tài chính cho các tập thể.",
        with_event=True,
    )
    assert sorted((r[2], r[5], r[6]) for r in rows) == [
        (5, "Bộ trưởng Bộ Tài chính", "Lê Văn Hà"), (7, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", None)
    ]  # fmt: skip


def test_grants_told_under_a_decision_to_commend_are_given_by_its_signer():
    # (after its time lead, its comma left out or not)
    for lead in ("Ngày 5/1, ", "Ngày 5/1 ", "Sáng 5-1 "):
        rows = grants_of(
            f"{lead}Chủ tịch UBND huyện Văn Lãng đã ký Quyết định số 45/QĐ-UBND về việc khen thưởng các tập thể, cá nhân "
            "có thành tích trong phòng, chống dịch. Theo đó, tặng Giấy khen cho 6 tập thể và 11 cá nhân."
        )
        assert sorted((r[1], r[2], r[5]) for r in rows) == [
            ("collective", 6, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"), ("individual", 11, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng")
        ], lead  # fmt: skip
    rows = grants_of("Sở Nội vụ vừa ban hành quyết định tuyên dương các công chức tiêu biểu. Cụ thể, 9 cá nhân được tặng Giấy khen.")
    assert [(r[2], r[5]) for r in rows] == [(9, "Sở Nội vụ tỉnh Lạng Sơn")]
    # a giver the sentence names itself stays; a sentence of a new paragraph that does not go on under it has none
    rows = grants_of(
        "Ngày 5/1, Chủ tịch UBND huyện Văn Lãng đã ký Quyết định khen thưởng các tập thể. Theo đó, 4 tập thể được UBND tỉnh tặng Bằng khen."
    )
    assert [(r[2], r[5]) for r in rows] == [(4, "Ủy ban nhân dân tỉnh Lạng Sơn")]
    rows = grants_of(
        "Ngày 5/1, Chủ tịch UBND huyện Văn Lãng đã ký Quyết định khen thưởng các tập thể.\nNăm 2022, 4 tập thể được tặng Giấy khen."
    )
    assert [(r[2], r[5]) for r in rows] == [(4, None)]


def test_a_decision_s_bare_commendations_detailed_under_it_by_its_head_s_office_are_told_once():
    def rows(body: str) -> list[tuple]:
        return sorted((r[0], r[1], r[2], r[5]) for r in grants_of(body))

    decision = "UBND huyện Văn Lãng vừa ban hành Quyết định số 512/QĐ-UBND khen thưởng cho 15 tập thể, 30 cá nhân có thành tích. "
    assert rows(decision + "Theo đó, 15 tập thể và 30 cá nhân được tặng Giấy khen của Chủ tịch UBND huyện.") == [
        ("giay-khen", "collective", 15, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
        ("giay-khen", "individual", 30, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
    ]
    # negative: another authority's award, under the decision, is a grant of its own
    assert rows(decision + "Theo đó, 15 tập thể được tặng Bằng khen của Chủ tịch UBND tỉnh.") == [
        ("bang-khen-cap-bo-tinh", "collective", 15, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("khen-thuong", "collective", 15, "Ủy ban nhân dân huyện Văn Lãng"),
        ("khen-thuong", "individual", 30, "Ủy ban nhân dân huyện Văn Lãng"),
    ]


def test_a_list_whose_items_name_a_recipient_and_its_award_gives_one_grant_an_award_and_kind():
    def rows(text: str) -> list[tuple]:
        return [(r[0], r[1], r[2], r[4], r[5], r[10]) for r in grants_of(text)]

    decided = "Chủ tịch UBND xã Tân Mỹ vừa ký quyết định khen thưởng các cá nhân có thành tích, cụ thể:\n"
    giver = "Chủ tịch Ủy ban nhân dân xã Tân Mỹ"
    assert rows(decided + "1. Ông Nguyễn Văn Dũng - Trưởng Công an xã: Giấy khen;\n2. Bà Lê Thị Thu: Giấy khen.") == [
        ("giay-khen", "individual", 2, "conferred", giver, None)
    ]
    # bodies, each award its own grant, its owner its giver, else the heading's subject
    text = "UBND huyện Văn Lãng khen thưởng các tập thể, cụ thể:\n- UBND xã Tân Mỹ: Bằng khen của Chủ tịch UBND tỉnh;\n- Công an xã Hoàng Việt: Giấy khen."
    assert rows(text) == [
        ("bang-khen-cap-bo-tinh", "collective", 1, "conferred", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "Ủy ban nhân dân xã Tân Mỹ"),
        ("giay-khen", "collective", 1, "conferred", "Ủy ban nhân dân huyện Văn Lãng", "Công an xã Hoàng Việt"),
    ]
    # a list of proposals
    text = "Hội đồng TĐKT huyện Văn Lãng thống nhất đề nghị khen thưởng như sau:\n- Xã Tân Mỹ: Cờ thi đua của UBND tỉnh;\n- Ông Hoàng Văn Tâm: Bằng khen của UBND tỉnh."
    assert [(r[0], r[3], r[4]) for r in rows(text)] == [
        ("co-thi-dua-cap-bo-tinh", "proposed", "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("bang-khen-cap-bo-tinh", "proposed", "Ủy ban nhân dân tỉnh Lạng Sơn"),
    ]
    # the award first, then its recipients by name
    text = "UBND huyện Văn Lãng khen thưởng các tập thể, cá nhân, cụ thể:\n- Giấy khen: ông Nguyễn Văn Dũng, bà Lê Thị Thu;\n- Bằng khen của UBND tỉnh: xã Tân Mỹ, xã Hoàng Việt."
    assert [r[:5] for r in rows(text)] == [
        ("giay-khen", "individual", 2, "conferred", "Ủy ban nhân dân huyện Văn Lãng"),
        ("bang-khen-cap-bo-tinh", "collective", 2, "conferred", "Ủy ban nhân dân tỉnh Lạng Sơn"),
    ]
    # the award parted from its recipient by a dash, the last before it ('A - Trưởng Công an xã - Giấy khen')
    text = "1. Ông Nguyễn Văn Dũng - Trưởng Công an xã - Giấy khen;\n2. Thiếu úy Lê Văn Tâm, Phó Trưởng Công an xã – Giấy khen."
    assert rows(decided + text) == [("giay-khen", "individual", 2, "conferred", giver, None)]
    # negative: an item that names no recipient, or says more after its award, gives none
    assert rows(decided + "1. Năm 2022 - Giấy khen;\n2. Năm 2023 - Giấy khen.") == []
    assert rows(decided + "- Giấy khen: năm 2022;\n- Bằng khen: chưa xét.") == []
    assert rows(decided + "1. Năm 2022: Giấy khen;\n2. Năm 2023: Giấy khen.") == []
    assert rows(decided + "1. Ông Nguyễn Văn Dũng: Giấy khen năm 2019 và năm 2020.") == []


def test_an_order_an_item_names_is_the_state_president_s_whatever_the_list_s_giver():
    def rows(text: str) -> list[tuple]:
        return [(r[0], r[5], r[10]) for r in grants_of(text)]

    listed = (
        "Tại buổi lễ, các tập thể, cá nhân sau đã được khen thưởng:\n1. Sở Tư pháp: Huân chương Lao động hạng Nhì;\n"
        "2. Ông Nguyễn Văn Hải – Giám đốc Sở Tư pháp: Huân chương Lao động hạng Ba;\n3. Bà Lê Thị Thu: Bằng khen của Thủ tướng Chính phủ."
    )
    assert rows(listed) == [
        ("huan-chuong-lao-dong-hang-nhi", "Chủ tịch nước", "Sở Tư pháp tỉnh Lạng Sơn"),
        ("huan-chuong-lao-dong-hang-ba", "Chủ tịch nước", "Nguyễn Văn Hải"),
        ("bang-khen-thu-tuong", "Thủ tướng Chính phủ", "Lê Thị Thu"),
    ]
    given = "UBND tỉnh Lạng Sơn khen thưởng như sau:\n- Ông Nguyễn Văn Hải: Huân chương Lao động hạng Ba;\n- Bà Lê Thị Thu: Bằng khen."
    # negative: a certificate an item names bare is the list's giver's
    assert rows(given) == [
        ("huan-chuong-lao-dong-hang-ba", "Chủ tịch nước", "Nguyễn Văn Hải"),
        ("bang-khen-cap-bo-tinh", "Ủy ban nhân dân tỉnh Lạng Sơn", "Lê Thị Thu"),
    ]


def test_a_decision_goes_on_over_its_lists_and_the_next_subjectless_heading():
    text = (
        "Ngày 5/1, Chủ tịch UBND huyện Văn Lãng ban hành Quyết định khen thưởng các tập thể, cá nhân.\n"
        "Theo đó, tặng Giấy khen cho các tập thể sau:\n1. UBND xã Tân Mỹ;\n2. Công an xã Hoàng Việt.\n"
        "Tặng Giấy khen cho các cá nhân sau:\n1. Ông Hoàng Văn Tâm - Chủ tịch UBND xã Tân Mỹ;\n2. Bà Lê Thị Mai.\n"
    )
    rows = grants_of(text)
    assert [(r[1], r[2], r[5]) for r in rows] == [
        ("collective", 2, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
        ("individual", 2, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
    ]
    # a paragraph that says something else between them ends it
    rows = grants_of(text.replace("Tặng Giấy khen cho các cá nhân", "Năm 2022, huyện có 5 xã đạt chuẩn.\nTặng Giấy khen cho các cá nhân"))
    assert [(r[1], r[5]) for r in rows] == [("collective", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"), ("individual", None)]


def test_recipients_counted_by_the_quoted_title_they_earn():
    rows = grants_of("Ngày 20/3, Huyện đoàn Văn Lãng tuyên dương 30 “Thanh niên tiên tiến làm theo lời Bác” năm 2022.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("khen-thuong", "individual", 30)]
    rows = grants_of('Tối 9/10, UBND huyện Văn Lãng tôn vinh 25 "Doanh nghiệp tiêu biểu" năm 2022.')
    assert [(r[0], r[1], r[2]) for r in rows] == [("khen-thuong", "collective", 25)]
    # holders counted, none given: no grant
    assert grants_of("Đến nay, huyện Văn Lãng có 25 “Doanh nghiệp tiêu biểu”.") == []


def test_a_plural_subject_opening_the_clause_receives_an_uncounted_grant():
    rows = grants_of("Tại buổi lễ, các hội viên tiêu biểu được Hội Nông dân tỉnh Lạng Sơn tặng Giấy khen.")
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [("giay-khen", "individual", None, "Hội Nông dân tỉnh Lạng Sơn")]
    rows = grants_of("Những đơn vị dẫn đầu được nhận Cờ thi đua của UBND huyện Văn Lãng.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "collective", None)]
    # the plural inside a phrase that is not the subject gives nothing
    assert grants_of("Mức thưởng cho các cá nhân được tặng Giấy khen là 500.000 đồng.") == []
    assert grants_of("Các hội viên được tặng Giấy khen đều bày tỏ niềm vui.") == []  # a relative: its verb follows


def test_a_title_the_taxonomy_lacks_is_a_commendation_of_its_own_with_its_quoted_name():
    facts = article(
        HEAD + "Chiều 30/12, UBND huyện Văn Lãng tổ chức lễ trao tặng danh hiệu “Công dân tiêu biểu huyện Văn Lãng” năm 2022 "
        "cho 8 cá nhân. Cũng tại buổi lễ, Chủ tịch UBND huyện tặng Giấy khen cho 8 cá nhân được tuyên dương.\nTrần Thu Hương\n"
    )[1]
    got = sorted((g.award, g.count, g.title, _label(g.conferrer)) for g in facts.grants)
    assert got == [
        ("giay-khen", 8, None, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
        ("khen-thuong", 8, "Công dân tiêu biểu huyện Văn Lãng", "Ủy ban nhân dân huyện Văn Lãng"),
    ]
    # a title the taxonomy holds is that type, with no name of its own
    [g] = article(HEAD + "Ngày 12/10, Chủ tịch nước trao tặng danh hiệu “Nghệ sĩ Nhân dân” cho 3 nghệ sĩ.\nTrần Thu Hương\n")[1].grants
    assert (g.award, g.title) == ("nghe-si-nhan-dan", None)


def test_a_speaker_is_not_commended_by_what_they_say_but_whom_they_name_is():
    assert grants_of("Bà Hoàng Thị Hạnh, Chủ tịch Hội Nông dân huyện cho biết các hội viên được tuyên dương đều làm kinh tế giỏi.") == []
    rows = grants_of("Ông Lý Văn Sơn, Trưởng phòng Nội vụ huyện nhấn mạnh, chị Nông Thị Lan được biểu dương vì đã cứu người.")
    assert [(r[0], r[10]) for r in rows] == [("khen-thuong", "Nông Thị Lan")]
    # one who says it of themself is
    rows = grants_of("Ông Lý Văn Sơn cho biết, năm nay ông được tuyên dương.")
    assert [(r[0], r[10]) for r in rows] == [("khen-thuong", "Lý Văn Sơn")]


def test_people_listed_after_a_colon_with_semicolons_are_counted_as_many_as_named():
    rows = grants_of(
        "Các cá nhân được tặng Giấy khen gồm: bà Hoàng Thị Hoa, Trưởng thôn Bản Lài; ông Lộc Văn Tư, Bí thư Chi bộ thôn Nà Pàn; "
        "ông Vi Văn Kha, Chủ tịch Hội Nông dân xã Tân Lang."
    )
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "individual", 3)]
    # the award's owner named before the list, which it ends before ('... của UBND tỉnh gồm:', 'bao gồm', 'như sau:')
    for owned in ("Bằng khen của UBND tỉnh gồm:", "Bằng khen của Chủ tịch UBND tỉnh bao gồm:", "Bằng khen của UBND tỉnh như sau:"):
        rows = grants_of(f"Các cá nhân được tặng {owned} ông Lộc Văn Tư, Bí thư Chi bộ thôn Nà Pàn; bà Hoàng Thị Hoa, Trưởng thôn Bản Lài.")
        assert [(r[0], r[1], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", "individual", 2)], owned
        assert rows[0][5] in ("Ủy ban nhân dân tỉnh Lạng Sơn", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"), owned
    # a clause with a giving verb of its own after the semicolon is its own grant
    rows = grants_of(
        "Các cá nhân được tặng Giấy khen gồm: ông Lộc Văn Tư, Bí thư Chi bộ thôn Nà Pàn; UBND huyện tặng Giấy khen cho 5 tập thể."
    )
    assert ("giay-khen", "collective", 5) in [(r[0], r[1], r[2]) for r in rows]


def test_people_named_after_gom_with_no_colon_or_under_a_bare_commendation_are_counted_as_many_as_named():
    rows = grants_of("Các cá nhân được tặng Giấy khen gồm ông Nông Văn Tư và bà Hoàng Thị Hoa.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "individual", 2)]
    rows = grants_of("Các cá nhân được khen thưởng gồm: ông Nông Văn Tư, Trưởng thôn Bản Lài và bà Hoàng Thị Hoa.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("khen-thuong", "individual", 2)]
    # negative: named as what they are, no list of people; nothing given
    assert grants_of("Các cá nhân được khen thưởng là những người có nhiều đóng góp cho địa phương.") == []


def test_those_given_an_award_named_after_a_larger_count_of_it_are_some_of_that_grant():
    rows = grants_of(
        "Chủ tịch UBND huyện tặng Giấy khen cho 5 cá nhân. Các cá nhân được tặng Giấy khen gồm: ông Nông Văn Tư và bà Hoàng Thị Hoa."
    )
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "individual", 5)]
    # negative: as many as counted, told again, are that grant too; none of their own
    rows = grants_of(
        "Chủ tịch UBND huyện tặng Giấy khen cho 2 cá nhân. Các cá nhân được tặng Giấy khen gồm: ông Nông Văn Tư và bà Hoàng Thị Hoa."
    )
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "individual", 2)]
    # (a bare commendation counted, then those commended named: its recipients too)
    rows = grants_of("UBND huyện khen thưởng 5 cá nhân. Các cá nhân được khen thưởng gồm: ông Nông Văn Tư và bà Hoàng Thị Hoa.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("khen-thuong", "individual", 5)]
    # negative: people a sentence names as its own subject were given it of their own
    rows = grants_of("Chủ tịch UBND huyện tặng Giấy khen cho 5 cá nhân. Ông Nông Văn Tư và bà Hoàng Thị Hoa được tặng Bằng khen.")
    assert sorted((r[0], r[2]) for r in rows) == [("bang-khen-cap-bo-tinh", 2), ("giay-khen", 5)]


def test_classes_counted_with_no_kind_across_totals_of_both_kinds_are_the_totals_classes():
    facts = article(HEAD + "Chủ tịch nước tặng Huân chương Lao động cho 7 tập thể, 5 cá nhân (02 hạng Nhì, 10 hạng Ba).\nTrần Thu Hương\n")[
        1
    ]
    assert sorted((g.award, g.recipient_kind, g.count, g.classes) for g in counted_once(facts.grants)) == [
        ("huan-chuong-lao-dong", "collective", 7, ("huan-chuong-lao-dong-hang-nhi", "huan-chuong-lao-dong-hang-ba")),
        ("huan-chuong-lao-dong", "individual", 5, ("huan-chuong-lao-dong-hang-nhi", "huan-chuong-lao-dong-hang-ba")),
    ]
    # negative: classes of one kind's total break it down, as before (and do not add up to both totals)
    rows = grants_of("Chủ tịch nước tặng Huân chương Lao động cho 7 tập thể (02 hạng Nhì, 05 hạng Ba), 5 cá nhân hạng Ba.")
    assert sorted((r[0], r[1], r[2]) for r in rows) == [
        ("huan-chuong-lao-dong-hang-ba", "collective", 5),
        ("huan-chuong-lao-dong-hang-ba", "individual", 5),
        ("huan-chuong-lao-dong-hang-nhi", "collective", 2),
    ]


def test_a_passive_s_giver_is_not_that_of_a_title_attained_after_it():
    rows = grants_of("Năm 2022, 4 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen, 30 cá nhân đạt danh hiệu Lao động tiên tiến.")
    assert sorted((r[0], r[2], r[5]) for r in rows) == [
        ("bang-khen-cap-bo-tinh", 4, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"), ("lao-dong-tien-tien", 30, None)
    ]  # fmt: skip
    # an active verb governs its list, the title attained in it too
    rows = grants_of("Năm 2022, UBND huyện Văn Lãng công nhận 12 tập thể lao động tiên tiến, 300 cá nhân đạt danh hiệu Lao động tiên tiến.")
    assert sorted((r[0], r[2], r[5]) for r in rows) == [
        ("lao-dong-tien-tien", 300, "Ủy ban nhân dân huyện Văn Lãng"), ("tap-the-lao-dong-tien-tien", 12, "Ủy ban nhân dân huyện Văn Lãng")
    ]  # fmt: skip


def test_a_list_of_commendations_both_proposed_and_given_on_the_body_s_own_authority_is_of_results():
    rows = grants_of(
        "Năm 2022, UBND huyện Văn Lãng đã trình cấp trên khen thưởng và khen thưởng theo thẩm quyền cho các tập thể, cá nhân, cụ thể:\n"
        "- Tặng Bằng khen của Chủ tịch UBND tỉnh cho: 03 tập thể.\n- Tặng Giấy khen của Chủ tịch UBND huyện cho: 40 cá nhân.\n"
    )
    assert sorted((r[0], r[2], r[4]) for r in rows) == [("bang-khen-cap-bo-tinh", 3, "conferred"), ("giay-khen", 40, "conferred")]
    # a list only proposed stays proposed
    rows = grants_of(
        "Năm 2022, UBND huyện Văn Lãng đã trình cấp trên khen thưởng, cụ thể:\n- Tặng Bằng khen của Chủ tịch UBND tỉnh cho: 03 tập thể.\n"
    )
    assert [(r[0], r[2], r[4]) for r in rows] == [("bang-khen-cap-bo-tinh", 3, "proposed")]


def test_an_office_after_a_conjunction_is_the_giver_of_its_own_predicate():
    rows = grants_of("UBND tỉnh Lạng Sơn tặng Bằng khen cho 3 tập thể; đồng thời Chủ tịch UBND huyện tặng Giấy khen cho 15 tập thể.")
    assert sorted((r[0], r[5]) for r in rows) == [
        ("bang-khen-cap-bo-tinh", "Ủy ban nhân dân tỉnh Lạng Sơn"), ("giay-khen", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng")
    ]  # fmt: skip
    rows = grants_of("Bộ trưởng Bộ Công an tặng Bằng khen cho 2 tập thể và Giám đốc Công an tỉnh tặng Giấy khen cho 9 cá nhân.")
    assert sorted((r[0], r[5]) for r in rows) == [
        ("bang-khen-cap-bo-tinh", "Bộ trưởng Bộ Công an"), ("giay-khen", "Giám đốc Công an tỉnh Lạng Sơn")
    ]  # fmt: skip
    # an office that is a recipient after 'và' gives nothing
    rows = grants_of("UBND tỉnh tặng Bằng khen cho Trường THPT Văn Lãng và Chủ tịch Công đoàn trường.")
    assert [r[5] for r in rows if r[0] == "bang-khen-cap-bo-tinh"] == ["Ủy ban nhân dân tỉnh Lạng Sơn"] * len(rows)


def test_two_people_joined_past_a_title_the_first_one_s_chain_left_unplaced_both_receive():
    rows = grants_of(
        "Ông Hoàng Văn Páo, Chủ tịch Hội Cựu chiến binh xã và bà Lương Thị Dung, Chi hội trưởng Chi hội Phụ nữ thôn Nà Pàn "
        "được tặng Giấy khen."
    )
    assert [(r[0], r[2], r[10]) for r in rows] == [("giay-khen", 2, None)]
    # a verb in between parts them: the first gives, not receives
    rows = grants_of("Ông Hoàng Văn Páo, Chủ tịch Hội Cựu chiến binh xã tặng hoa và bà Lương Thị Dung được tặng Giấy khen.")
    assert all(r[2] != 2 for r in rows)
    # what the first one achieved, after a dash, up to 'và' and the next one's honorific
    rows = grants_of(
        "UBND huyện khen thưởng em Lê Văn Khoa - học sinh lớp 12 đạt Huy chương Vàng Olympic Vật lý và em Nguyễn Thị Mai, đạt "
        "Huy chương Bạc."
    )
    assert [(r[0], r[2]) for r in rows] == [("khen-thuong", 2)]


def test_a_unit_commended_on_the_spot_beside_people_counted_is_a_grant_of_its_own_by_its_name():
    rows = grants_of("Trưởng Công an huyện Văn Lãng đã khen thưởng nóng Tổ công tác Công an xã Tân Mỹ và 2 quần chúng nhân dân.")
    assert sorted((r[1], r[2], r[10]) for r in rows) == [("collective", 1, "Tổ công tác Công an xã Tân Mỹ"), ("individual", 2, None)]


def test_verbs_coordinated_before_the_giving_one_keep_the_subject_before_them():
    rows = grants_of("Ngày 22/4, lãnh đạo Công an tỉnh Lạng Sơn đã đến thăm, động viên và khen thưởng Tổ công tác Công an xã Tân Mỹ.")
    assert [(r[0], r[5], r[10]) for r in rows] == [("khen-thuong", "Công an tỉnh Lạng Sơn", "Tổ công tác Công an xã Tân Mỹ")]
    # a person's rank and name before the title: the title gives (the verbs before the giving one were read as its)
    rows = grants_of(
        "Chiều 1/4, Thiếu tướng Hoàng Văn Nam, Giám đốc Công an tỉnh Lạng Sơn, đã đến thăm, khen thưởng Ban chuyên án "
        "của Phòng Cảnh sát hình sự."
    )
    assert [r[5] for r in rows] == ["Giám đốc Công an tỉnh Lạng Sơn"]
    rows = grants_of("Sáng 2/5, Đại tá Hoàng Văn Nam, Giám đốc Công an tỉnh Lạng Sơn đã đến thăm, khen thưởng Công an xã Tân Mỹ.")
    assert [r[5] for r in rows] == ["Giám đốc Công an tỉnh Lạng Sơn"]
    # (not a long phrase before the comma that is no name: no subject)
    rows = grants_of(
        "Trong quá trình triển khai phong trào thi đua của các đơn vị, Công an tỉnh Lạng Sơn, đã đến thăm, khen thưởng Công an xã Tân Mỹ."
    )
    assert [r[5] for r in rows] != ["Trong quá trình triển khai phong trào thi đua của các đơn vị"]
    # a phrase before the comma that is no verb still yields to the subject after it
    rows = grants_of("Ghi nhận những thành tích đó, UBND tỉnh Lạng Sơn tặng Bằng khen cho xã Tân Mỹ.")
    assert [r[5] for r in rows] == ["Ủy ban nhân dân tỉnh Lạng Sơn"]


def test_a_giver_said_to_have_given_over_the_years_up_to_now_gave_but_holders_counted_received_nothing_here():
    rows = grants_of(
        "Theo báo cáo, từ năm 2020 đến nay, Chủ tịch UBND tỉnh đã tặng Cờ thi đua cho 52 tập thể, tặng Bằng khen cho 215 cá nhân."
    )
    assert sorted((r[0], r[2], r[5]) for r in rows) == [
        ("bang-khen-cap-bo-tinh", 215, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"), ("co-thi-dua-cap-bo-tinh", 52, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn")
    ]  # fmt: skip
    assert grants_of("Tính đến nay, toàn huyện Văn Lãng có 789 gia đình được tặng danh hiệu Gia đình văn hóa.") == []
    assert grants_of("Từ năm 2020 đến nay, 5 tập thể của huyện Văn Lãng được Thủ tướng Chính phủ tặng Bằng khen.") == []


def test_the_collective_of_a_body_told_by_its_head_noun_or_its_staff_is_that_body():
    def given(headline: str, sentence: str) -> list[tuple[str | None, str | None]]:
        facts = article(f"{headline}\n20/04/2024 09:00\n{sentence}\nTrần Thu Hương\n")[1]
        return [(g.recipient, g.period) for g in facts.grants]

    school = "Trường THCS Nguyễn Du kỷ niệm 40 năm thành lập"
    # the head noun of two words stops before the reason, which may open on 'đã'
    assert given(school, "Bà Lê Thị Hoa trao Bằng khen của Bộ trưởng cho nhà trường vì đã có thành tích xuất sắc.") == [
        ("Trường THCS Nguyễn Du", None)
    ]
    assert given(school, "Bà Lê Thị Hoa trao Bằng khen của Bộ trưởng cho tập thể nhà trường do đã hoàn thành tốt nhiệm vụ.") == [
        ("Trường THCS Nguyễn Du", None)
    ]
    hospital = "Bệnh viện Đa khoa tỉnh Phú Thọ tổng kết năm 2023"
    assert given(hospital, "Ông Hà Văn Lâm trao Cờ thi đua của Chính phủ cho tập thể y, bác sĩ và nhân viên bệnh viện.") == [
        ("Bệnh viện Đa khoa tỉnh Phú Thọ", None)
    ]
    assert given(hospital, "Ông Hà Văn Lâm trao Bằng khen của Bộ trưởng cho tập thể cán bộ, giáo viên Trường THCS Hòa Bình.") == [
        ("Trường THCS Hòa Bình", None)
    ]
    # its leaders among its staff; and a school's teachers and pupils, 'tập thể' said or not
    assert given(hospital, "Ông Hà Văn Lâm trao Bằng khen cho tập thể lãnh đạo, cán bộ Phòng Nội vụ huyện Tam Nông.") == [
        ("Phòng Nội vụ huyện Tam Nông", None)
    ]
    assert given(school, "Bà Lê Thị Hoa trao Bằng khen của Bộ trưởng cho thầy và trò Trường THCS Hòa Bình.") == [
        ("Trường THCS Hòa Bình", None)
    ]
    # the staff as people, not their collective, are no one body; nor is a collective beside counted people
    assert given(hospital, "Ông Hà Văn Lâm trao Bằng khen của Bộ trưởng cho cán bộ, nhân viên bệnh viện.") in ([], [(None, None)])
    assert given(hospital, "Ông Hà Văn Lâm trao Bằng khen của Bộ trưởng cho tập thể cán bộ, nhân viên và 3 cá nhân.") == [(None, None)]


def test_an_achievement_from_one_year_to_another_is_rewarded_over_both():
    rows = grants_of(
        "Xã Tân Thanh có thành tích xuất sắc trong công tác dân vận từ năm 2019 đến năm 2023. "
        "UBND huyện Văn Lãng tặng Giấy khen cho 3 tập thể."
    )
    assert [(r[0], r[7]) for r in rows] == [("giay-khen", "2019-2023")]
    rows = grants_of("Ghi nhận thành tích năm 2019 tới năm 2021, UBND huyện Văn Lãng tặng Giấy khen cho 3 tập thể.")
    assert rows[0][7] == "2019-2021"
    # a year that an open end follows runs up to the year it was told (the article's, of 2023)
    rows = grants_of("Ghi nhận thành tích từ năm 2019 đến nay, UBND huyện Văn Lãng tặng Giấy khen cho 3 tập thể.")
    assert rows[0][7] == "2019-2023"


def test_a_clause_that_goes_on_giving_with_no_subject_is_handed_over_by_the_same_person():
    lead = "Sáng 18/1/2023, UBND huyện Văn Lãng tổ chức Hội nghị tổng kết công tác năm 2022. "

    def handed(sentence: str) -> list[tuple[str, str | None, str | None]]:
        return [(r[0], r[6], r[8]) for r in grants_of(lead + sentence)]

    assert handed("Ông Hoàng Văn Tám trao Cờ thi đua của UBND tỉnh cho 2 xã; tặng danh hiệu Chiến sĩ thi đua cấp tỉnh cho 01 cá nhân.") == [
        ("co-thi-dua-cap-bo-tinh", "Hoàng Văn Tám", "e1"),
        ("chien-si-thi-dua-cap-bo-tinh", "Hoàng Văn Tám", "e1"),
    ]
    assert (
        handed("Bà Lý Thị Hoa trao Giấy khen cho 5 tập thể, đồng thời trao tặng Giấy khen cho 12 cá nhân tiêu biểu.")[1][1] == "Lý Thị Hoa"
    )
    # a clause with a giver of its own is not the first one's hand
    assert (
        handed("Ông Hoàng Văn Tám trao Cờ thi đua của UBND tỉnh cho 2 xã; Chủ tịch UBND huyện tặng Giấy khen cho 7 cá nhân.")[1][1] is None
    )


def test_a_brand_of_one_word_in_brackets_names_the_body_before_it():
    facts = article(
        HEAD + "Sáng 24/2/2023, Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam (Vinacomin) tổ chức hội nghị. Ông Ngô Hoàng Ngân, "
        "Tổng Giám đốc Vinacomin phát biểu. Vinacomin đã tặng Bằng khen cho 30 thợ mỏ tiêu biểu.\nTrần Thu Hương\n"
    )[1]
    assert posts_by_name(facts)["Ngô Hoàng Ngân"] == {("Tổng Giám đốc", "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam")}
    assert [(g.award, g.count, _label(g.conferrer)) for g in facts.grants] == [
        ("bang-khen-cap-bo-tinh", 30, "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam")
    ]
    # a word in brackets that is a place, or of lower case, is no brand
    doc = article(HEAD + "Ngày 13/01/2023, Công an thành phố (Lạng Sơn) tặng Giấy khen cho 5 tập thể.\nTrần Thu Hương\n")[0]
    assert [a for a, _ in doc.place.acronyms] == []
    doc = article(HEAD + "Ngày 13/01/2023, Công an huyện Văn Lãng (gọi tắt là công an) tặng Giấy khen cho 5 tập thể.\nTrần Thu Hương\n")[0]
    assert [a for a, _ in doc.place.acronyms] == []


def test_an_award_handed_to_a_named_body_and_the_next_award_of_the_list_are_in_the_same_hand():
    lead = "Sáng 18/1/2023, UBND huyện Văn Lãng tổ chức Hội nghị tổng kết công tác năm 2022. "
    for sentence in (
        "Ông Hoàng Văn Tám trao Cờ thi đua của UBND tỉnh cho xã Tân Thanh, Bằng khen của Chủ tịch UBND tỉnh cho 02 cá nhân.",
        "Ông Hoàng Văn Tám trao Cờ thi đua của UBND tỉnh cho xã Tân Thanh và Bằng khen của Chủ tịch UBND tỉnh cho 02 cá nhân.",
    ):
        assert [(r[0], r[2], r[6]) for r in grants_of(lead + sentence)] == [
            ("co-thi-dua-cap-bo-tinh", 1, "Hoàng Văn Tám"),
            ("bang-khen-cap-bo-tinh", 2, "Hoàng Văn Tám"),
        ]
    # the next sentence is a hand of its own
    rows = grants_of(lead + "Ông Hoàng Văn Tám trao Cờ thi đua cho xã Tân Thanh. Bằng khen của Chủ tịch UBND tỉnh cho 02 cá nhân.")
    assert [r[6] for r in rows] == ["Hoàng Văn Tám", None]


def test_an_award_handed_to_those_who_receive_it_for_the_counted_recipients_is_the_recipients():
    rows = grants_of("Ông Hoàng Văn Tám trao danh hiệu Bà mẹ Việt Nam anh hùng cho đại diện thân nhân của 9 Bà mẹ.")
    assert [(r[0], r[2], r[6]) for r in rows] == [("ba-me-viet-nam-anh-hung", 9, "Hoàng Văn Tám")]
    rows = grants_of("Bà Lý Thị Hoa trao Bằng khen của Chủ tịch UBND tỉnh cho đại diện 12 tập thể tiêu biểu.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", "collective", 12)]
    rows = grants_of("Ông Hoàng Văn Tám trao Huân chương Lao động hạng Ba cho người thân của 2 cá nhân đã hy sinh.")
    assert [(r[0], r[2]) for r in rows] == [("huan-chuong-lao-dong-hang-ba", 2)]
    # whose relative someone is stays no count ('con trai của một Bà mẹ ...'), and where stays no one
    rows = grants_of("Ông Hoàng Văn Tám trao Giấy khen cho 3 hộ gia đình ở 2 xã Tân Thanh và Tân Mỹ.")
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", 3)]


@pytest.mark.parametrize(
    ("sentence", "award"),
    [
        ("Chủ tịch UBND tỉnh Lạng Sơn tặng danh hiệu Chiến sĩ thi đua cho 5 cá nhân.", "chien-si-thi-dua-cap-bo-tinh"),
        ("Bộ trưởng Bộ Tư pháp tặng danh hiệu Chiến sỹ thi đua cho 2 cá nhân.", "chien-si-thi-dua-cap-bo-tinh"),
        # a level written, or a giver below the province's committee, leaves the grassroots title as it is
        ("Chủ tịch UBND tỉnh Lạng Sơn công nhận danh hiệu Chiến sĩ thi đua cơ sở cho 4 cá nhân.", "chien-si-thi-dua-co-so"),
        ("Giám đốc Sở Tư pháp tỉnh Lạng Sơn tặng danh hiệu Chiến sĩ thi đua cho 3 công chức.", "chien-si-thi-dua-co-so"),
        ("Viện trưởng VKSND tỉnh Lạng Sơn tặng danh hiệu Chiến sĩ thi đua cấp cơ sở cho 12 công chức.", "chien-si-thi-dua-co-so"),
    ],
)
def test_the_emulation_fighter_s_level_is_the_one_written_else_its_giver_s(sentence, award):
    assert [r[0] for r in grants_of(sentence)] == [award]


def test_a_count_s_description_may_list_its_kinds_with_commas_before_the_next_count():
    rows = grants_of("Giám đốc Sở tặng Giấy khen cho 57 học sinh đạt giải Ba, giải Khuyến khích và 16 giáo viên có học sinh đạt giải.")
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", 57), ("giay-khen", 16)]
    rows = grants_of("UBND huyện tặng Giấy khen cho 12 hộ sản xuất lúa, rau màu, chăn nuôi giỏi và 4 hợp tác xã.")
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", 12), ("giay-khen", 4)]
    # a description that gives something else is no list of this award's recipients
    rows = grants_of("UBND huyện tặng Giấy khen cho 20 học sinh giỏi, đồng thời tặng quà cho 10 học sinh nghèo.")
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", 20)]


def test_those_commended_under_a_quoted_title_keep_its_name_on_the_grant():
    rows = article(
        HEAD + "Ngày 12/5, Huyện đoàn Văn Lãng tuyên dương 25 “Thanh niên tiên tiến làm theo lời Bác” năm 2024.\nTrần Thu Hương\n"
    )[1]
    assert [(g.award, g.count, g.title) for g in rows.grants] == [("khen-thuong", 25, "Thanh niên tiên tiến làm theo lời Bác")]
    rows = article(HEAD + "Hội LHPN huyện Văn Lãng vinh danh 12 “Doanh nghiệp nữ tiêu biểu” tại buổi lễ.\nTrần Thu Hương\n")[1]
    assert [(g.recipient_kind, g.count, g.title) for g in rows.grants] == [("collective", 12, "Doanh nghiệp nữ tiêu biểu")]
    # a count with no quoted title after it has none
    rows = article(HEAD + "Huyện đoàn Văn Lãng tuyên dương 25 thanh niên tiêu biểu năm 2024.\nTrần Thu Hương\n")[1]
    assert [g.title for g in rows.grants] == [None]


def test_those_commended_under_a_quoted_title_then_given_an_award_at_the_event_are_one_grant_of_that_award():
    facts = article(
        HEAD + "Sáng 18/1/2023, Hội Khuyến học huyện Văn Lãng tổ chức Lễ biểu dương 40 “Dòng họ hiếu học” tiêu biểu năm 2022. "
        "Dịp này, Hội Khuyến học huyện tặng Giấy khen cho 40 dòng họ.\nTrần Thu Hương\n"
    )[1]
    assert [(g.award, g.count, g.title) for g in facts.grants] == [("giay-khen", 40, None)]
    # a title given as an award of its own ('danh hiệu “...”') stays beside the certificate
    facts = article(
        HEAD + "Sáng 18/1/2023, UBND huyện Văn Lãng tổ chức lễ trao danh hiệu “Công dân tiêu biểu” cho 10 cá nhân. "
        "Dịp này, UBND huyện tặng Giấy khen cho 10 cá nhân.\nTrần Thu Hương\n"
    )[1]
    assert sorted((g.award, g.count, g.title) for g in facts.grants) == [("giay-khen", 10, None), ("khen-thuong", 10, "Công dân tiêu biểu")]


def test_the_plural_right_before_a_passive_commendation_is_its_subject_not_the_body_before_it():
    rows = grants_of("Ban Thi đua - Khen thưởng tỉnh thông báo danh sách các tập thể, cá nhân được đề nghị khen thưởng như sau:")
    assert [r for r in rows if r[10]] == []
    rows = grants_of("Sở Nội vụ công bố những đơn vị được khen thưởng đột xuất trong đợt này.")
    assert [r for r in rows if r[10]] == []
    # the body that is the passive's own subject is commended
    rows = grants_of("Sở Nội vụ tỉnh Lạng Sơn được UBND tỉnh khen thưởng vì thành tích xuất sắc.")
    assert [(r[0], r[10]) for r in rows] == [("khen-thuong", "Sở Nội vụ tỉnh Lạng Sơn")]


def test_the_items_under_a_heading_that_counts_name_its_recipients_when_as_many():
    heading = "Chủ tịch UBND tỉnh Lạng Sơn tặng Bằng khen cho 02 tập thể và 01 cá nhân:\n"
    items = "- UBND xã Tân Thanh;\n- Trường THCS Hoàng Văn Thụ;\n- Ông Hoàng Văn Tám, Chủ tịch Hội Nông dân huyện.\n"
    facts = article(HEAD + heading + items + "Trần Thu Hương\n")[1]
    by_kind = {g.recipient_kind: g for g in facts.grants}
    assert [n.name for n in by_kind["collective"].named] == ["Ủy ban nhân dân xã Tân Thanh", "Trường THCS Hoàng Văn Thụ"]
    assert (by_kind["individual"].recipient, by_kind["individual"].named) == ("Hoàng Văn Tám", ())
    # items that name fewer than counted name no one (the list is not all of them)
    facts = article(HEAD + heading + "- UBND xã Tân Thanh;\n- Ông Hoàng Văn Tám.\n" + "Trần Thu Hương\n")[1]
    assert [(g.recipient, g.named) for g in facts.grants if g.recipient_kind == "collective"] == [(None, ())]


def test_one_handing_over_for_the_party_and_state_s_leaders_acts_for_no_one_body():
    lead = "Sáng 18/1/2023, UBND huyện Văn Lãng tổ chức Lễ đón nhận Huân chương Lao động hạng Nhì. "
    for who in ("lãnh đạo Đảng, Nhà nước", "lãnh đạo Đảng và Nhà nước"):
        facts = article(HEAD + lead + f"Thay mặt {who}, ông Hoàng Văn Tám trao Huân chương Lao động hạng Nhì cho huyện.\nTrần Thu Hương\n")[
            1
        ]
        assert [(g.award, g.presenter, g.on_behalf_of) for g in facts.grants] == [("huan-chuong-lao-dong-hang-nhi", "Hoàng Văn Tám", None)]
    # the province's leaders are its committee's
    facts = article(HEAD + lead + "Thay mặt lãnh đạo tỉnh, ông Hoàng Văn Tám trao Bằng khen cho 3 tập thể.\nTrần Thu Hương\n")[1]
    assert [_label(g.on_behalf_of) for g in facts.grants if g.award == "bang-khen-cap-bo-tinh"] == ["Ủy ban nhân dân tỉnh Lạng Sơn"]


@pytest.mark.parametrize("tag", ["(Dân trí) - ", "(Thanh Niên) – ", "(Lạng Sơn) - ", "(Người Lao Động) - "])
def test_a_source_tag_in_brackets_before_a_dash_opens_no_subject(tag):
    rows = grants_of(tag + "Em Hoàng Văn Khánh vừa được Trung ương Đoàn trao tặng Huy hiệu “Tuổi trẻ dũng cảm” vì đã cứu bạn.")
    assert [(r[0], r[5], r[10]) for r in rows] == [("huy-hieu", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Hoàng Văn Khánh")]


def test_two_givers_then_two_awards_gave_each_its_own_in_turn():
    rows = grants_of("Trước đó, Tỉnh đoàn Lạng Sơn và UBND huyện Văn Lãng đã tặng Bằng khen, Giấy khen cho em Hoàng Văn Khánh.")
    assert [(r[0], r[5]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", "Tỉnh đoàn Lạng Sơn"),
        ("giay-khen", "Ủy ban nhân dân huyện Văn Lãng"),
    ]
    # one award, or awards of their own givers, are not given in turn
    rows = grants_of("UBND tỉnh và UBND huyện Văn Lãng tặng Bằng khen cho em Hoàng Văn Khánh.")
    assert [r[5] for r in rows] == ["Ủy ban nhân dân tỉnh Lạng Sơn"]
    rows = grants_of("Tỉnh đoàn và UBND huyện Văn Lãng đã trao Bằng khen của Chủ tịch UBND tỉnh, Giấy khen cho em Hoàng Văn Khánh.")
    assert rows[0][5] == "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"
    # two offices in turn, too
    rows = grants_of("Tại hội nghị, Chủ tịch UBND tỉnh và Chủ tịch UBND huyện đã tặng Bằng khen, Giấy khen cho em Hoàng Văn Khánh.")
    assert [(r[0], r[5]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("giay-khen", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
    ]
    # one office gives both
    rows = grants_of("Tại hội nghị, Chủ tịch UBND huyện đã tặng Bằng khen, Giấy khen cho em Hoàng Văn Khánh.")
    assert {r[5] for r in rows} == {"Chủ tịch Ủy ban nhân dân huyện Văn Lãng"}
    # recipients counted, not named: which award each kind got, and from which giver, is unsaid
    rows = grants_of("Tại hội nghị, Chủ tịch UBND tỉnh và Chủ tịch UBND huyện đã tặng Bằng khen, Giấy khen cho 3 tập thể, 6 cá nhân.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("khen-thuong", 3, None), ("khen-thuong", 6, None)]
    # one giver of both to counts: that giver's commendation, by which award unsaid; negative: an award each, its own
    rows = grants_of("Dịp này, Chủ tịch UBND huyện tặng Giấy khen, Bằng khen cho 4 tập thể và 8 cá nhân.")
    assert [(r[0], r[2], r[5]) for r in rows] == [
        ("khen-thuong", 4, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
        ("khen-thuong", 8, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
    ]
    rows = grants_of("UBND tỉnh tặng Bằng khen cho 5 tập thể, Giấy khen cho 7 cá nhân.")
    assert [(r[0], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", 5), ("giay-khen", 7)]
    # awards of one kind shared are a grant of that kind
    rows = grants_of("Chủ tịch nước tặng thưởng Huân chương Lao động hạng Nhì, hạng Ba cho 5 tập thể.")
    assert [(r[0], r[2]) for r in rows] == [("huan-chuong-lao-dong", 5)]
    rows = grants_of("Dịp này, 12 nghệ sĩ được phong tặng danh hiệu Nghệ sĩ Nhân dân, Nghệ sĩ Ưu tú.")
    assert [(r[0], r[2]) for r in rows] == [("danh-hieu-vinh-du-nha-nuoc", 12)]


def test_the_procedure_of_commending_taught_commends_no_one():
    assert grants_of("Hội nghị đã hướng dẫn quy trình, thủ tục hồ sơ đề nghị tặng Huân chương Lao động cho các tập thể, cá nhân.") == []
    assert grants_of("Sở Nội vụ tập huấn về hồ sơ đề nghị tặng Bằng khen cho cán bộ làm công tác thi đua các xã.") == []
    # a counted proposal beside the teaching is one
    rows = grants_of("Hội nghị hướng dẫn thủ tục hồ sơ và đề nghị UBND tỉnh tặng Bằng khen cho 5 tập thể.")
    assert [(r[0], r[2], r[4]) for r in rows] == [("bang-khen-cap-bo-tinh", 5, "proposed")]
    # a plan's rules of rewarding, under their heading, give no one anything yet
    assert grants_of("Hình thức khen thưởng: Chủ tịch UBND huyện tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc.") == []
    assert grants_of("Hình thức và mức khen thưởng: tặng Bằng khen của UBND tỉnh cho những tập thể tiêu biểu.") == []
    # a grant reported as given, of the same words, is one
    rows = grants_of("Về hình thức, Chủ tịch UBND huyện tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc.")
    assert [(r[0], r[1]) for r in rows] == [("giay-khen", "mixed")]


def test_a_deputy_handing_over_an_award_of_no_giver_gives_it_in_the_head_s_name():
    lead = "Sáng 18/1/2024, UBND huyện Văn Lãng tổ chức Hội nghị tổng kết công tác thi đua năm 2023. "
    rows = grants_of(lead + "Bà Lý Thị Hoa, Phó Chủ tịch UBND huyện trao Giấy khen cho 20 tập thể.")
    assert [(r[5], r[6]) for r in rows] == [("Chủ tịch Ủy ban nhân dân huyện Văn Lãng", "Lý Thị Hoa")]
    rows = grants_of(lead + "Thứ trưởng Bộ Y tế Trần Văn Thuấn trao Kỷ niệm chương cho 10 cá nhân.")
    assert [r[5] for r in rows] == ["Bộ trưởng Bộ Y tế"]
    # a head gives in their own name; a deputy of no office that confers keeps their title
    rows = grants_of(lead + "Ông Hoàng Văn Tám, Chủ tịch UBND huyện trao Giấy khen cho 20 tập thể.")
    assert [r[5] for r in rows] == ["Chủ tịch Ủy ban nhân dân huyện Văn Lãng"]
    rows = grants_of(lead + "Ông Hoàng Văn Tám, Phó Bí thư Huyện ủy trao Giấy khen cho 20 tập thể.")
    assert [r[5] for r in rows] == ["Phó Bí thư Huyện ủy Văn Lãng"]


@pytest.mark.parametrize("owner", ["TTCP", "TTg"])
def test_the_prime_minister_shortened_as_reports_do_gives_the_government_s_certificate(owner):
    rows = grants_of(f"Năm 2023, huyện Văn Lãng có 3 cá nhân được tặng Bằng khen của {owner}.")
    assert [(r[0], r[5]) for r in rows] == [("bang-khen-thu-tuong", "Thủ tướng Chính phủ")]


def test_a_short_form_of_another_body_is_not_the_prime_minister():
    rows = grants_of("Năm 2023, huyện Văn Lãng có 3 cá nhân được tặng Bằng khen của TTXVN.")
    assert [r[0] for r in rows] == ["bang-khen-cap-bo-tinh"]


def test_a_clause_that_goes_on_giving_with_no_subject_takes_the_giver_of_the_clause_before():
    rows = grants_of(
        "Hội đồng thống nhất đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 4 tập thể; công nhận danh hiệu Chiến sĩ thi đua "
        "cấp tỉnh cho 5 cá nhân."
    )
    assert [(r[0], r[4], r[5]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", "proposed", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("chien-si-thi-dua-cap-bo-tinh", "proposed", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
    ]
    # a clause with a subject of its own, or a passive one, does not
    rows = grants_of("UBND tỉnh tặng Bằng khen cho 4 tập thể; 5 cá nhân được công nhận danh hiệu Chiến sĩ thi đua cơ sở.")
    assert [r[5] for r in rows] == ["Ủy ban nhân dân tỉnh Lạng Sơn", None]
    # nor one that goes on with the award and its recipients alone, the verb left out
    rows = grants_of("Năm 2023, Sở Nội vụ đã trình UBND tỉnh tặng Cờ thi đua cho 2 tập thể; Bằng khen cho 14 tập thể và 30 cá nhân.")
    assert {(r[4], r[5]) for r in rows} == {("proposed", "Ủy ban nhân dân tỉnh Lạng Sơn")}
    # (an award of its own giver's keeps it)
    rows = grants_of("UBND tỉnh tặng Cờ thi đua cho 2 tập thể; Giấy khen của Giám đốc Sở Nội vụ cho 14 tập thể.")
    assert [r[5] for r in rows] == ["Ủy ban nhân dân tỉnh Lạng Sơn", "Giám đốc Sở Nội vụ tỉnh Lạng Sơn"]


def test_a_title_alone_handing_an_award_over_is_the_one_person_the_article_gave_it():
    lead = "Sáng 18/1/2024, Sở Y tế tỉnh Lạng Sơn tổ chức Hội nghị tổng kết năm 2023. Phó Chủ tịch UBND tỉnh Lương Trọng Quỳnh dự. "
    rows = grants_of(lead + "Tại hội nghị, Phó Chủ tịch UBND tỉnh đã trao Cờ thi đua của UBND tỉnh cho 5 đơn vị.")
    assert [(r[0], r[6]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "Lương Trọng Quỳnh")]
    # an office giving by decision hands nothing over; two holders of the title leave it open
    rows = grants_of(lead + "Dịp này, Phó Chủ tịch UBND tỉnh tặng Bằng khen cho 5 đơn vị.")
    assert [r[6] for r in rows] == [None]
    two = lead + "Phó Chủ tịch UBND tỉnh Hoàng Văn Nghiệm cũng dự. "
    rows = grants_of(two + "Tại hội nghị, Phó Chủ tịch UBND tỉnh đã trao Cờ thi đua của UBND tỉnh cho 5 đơn vị.")
    assert [r[6] for r in rows] == [None]


def test_another_country_s_honour_is_no_grant_of_the_vietnamese_system():
    assert (
        grants_of("Nhà nước Cộng hòa Dân chủ Nhân dân Lào đã trao tặng Huân chương Lao động hạng Nhất cho Bộ Chỉ huy Quân sự tỉnh.") == []
    )
    assert grants_of("Ông Khamphao Ernthavanh trao Huân chương Tự do hạng Ba của Nhà nước Lào cho 5 cá nhân.") == []
    assert grants_of("Tỉnh Hủa Phăn (Lào) tặng Bằng khen cho 3 tập thể của huyện Văn Lãng.") == []
    # its state named right after the award, as its owner, however it is written
    for owner in ("Cộng hòa dân chủ nhân dân Lào", "nước cộng hòa dân chủ nhân dân Lào", "nước CHDCND Lào", "Nhà nước Campuchia"):
        assert grants_of(f"Ngày 17/11, Trường THPT Lê Lợi đón nhận Huân chương Lao động hạng Nhất của {owner}.") == [], owner
    # a Vietnamese giver for work with another country gives one
    rows = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho 3 tập thể có thành tích trong hợp tác với tỉnh Hủa Phăn của Lào.")
    assert [(r[0], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", 3)]
    rows = grants_of("Ngày 17/11, Trường THPT Lê Lợi đón nhận Huân chương Lao động hạng Nhất của Chủ tịch nước.")
    assert [(r[0], r[5]) for r in rows] == [("huan-chuong-lao-dong-hang-nhat", "Chủ tịch nước")]


def test_the_clauses_after_another_country_s_giver_that_name_no_giver_of_their_own_are_its_honours_too():
    for then in (
        "; Huân chương Lao động hạng Nhì cho 3 cá nhân và Huân chương Hữu nghị cho 5 cá nhân.",
        ", tặng Huân chương Hữu nghị cho 5 cá nhân.",
    ):
        assert grants_of("Chủ tịch nước CHDCND Lào tặng Huân chương Lao động hạng Nhất cho 2 tập thể" + then) == [], then
    # negative: a clause with a giver of its own gives as before
    rows = grants_of(
        "Nhà nước Lào tặng Huân chương Lao động hạng Nhất cho 2 tập thể; Chủ tịch UBND tỉnh tặng Bằng khen cho 4 tập thể của tỉnh bạn."
    )
    assert [(r[0], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", 4)]


def test_dip_nay_after_a_second_event_told_just_before_is_that_event():
    text = (
        "Sáng 18/1/2024, UBND huyện Văn Lãng tổ chức Hội nghị tổng kết công tác thi đua năm 2023. Chủ tịch UBND huyện tặng "
        "Giấy khen cho 20 tập thể.\nChiều cùng ngày, Huyện đoàn Văn Lãng tổ chức Lễ tuyên dương thanh niên tiêu biểu. Dịp này, "
        "Ban Thường vụ Huyện đoàn tặng Giấy khen cho 30 đoàn viên."
    )
    rows = grants_of(text)
    assert [(r[2], r[8]) for r in rows] == [(20, "e1"), (30, "e2")]
    # in a paragraph of its own, 'Dịp này' is the article's occasion, its first event
    rows = grants_of(text.replace(" Dịp này,", "\nDịp này,"))
    assert [(r[2], r[8]) for r in rows] == [(20, "e1"), (30, "e1")]


def test_an_event_named_as_the_subject_that_honours_gives_by_its_organiser():
    rows = grants_of("Lễ tuyên dương điển hình tiên tiến do UBND huyện Văn Lãng tổ chức sáng 18/1/2023 đã tôn vinh 50 tập thể, cá nhân.")
    assert [(r[2], r[5]) for r in rows] == [(50, "Ủy ban nhân dân huyện Văn Lãng")]
    # a giver of its own in the clause is the giver
    rows = grants_of(
        "Lễ tuyên dương điển hình tiên tiến do Huyện đoàn Văn Lãng tổ chức sáng 18/1/2023; UBND huyện tặng Giấy khen cho 20 đoàn viên."
    )
    assert [(r[0], r[5]) for r in rows] == [("giay-khen", "Ủy ban nhân dân huyện Văn Lãng")]


def _kinds(body: str) -> list[tuple]:
    return [(a, k, n, r) for a, k, n, *_, r in grants_of(body)]


def test_a_unit_given_to_then_what_it_is_made_of_is_one_collective():
    # 'gồm' after the one unit named: its members, not recipients of their own
    assert _kinds("Giám đốc Công an tỉnh tặng Giấy khen cho Tổ công tác 141 gồm 5 cán bộ.") == [
        ("giay-khen", "collective", 1, "Tổ công tác 141")
    ]
    assert _kinds("Giám đốc Công an tỉnh khen thưởng đột xuất cho Đội Cảnh sát hình sự gồm 12 cán bộ, chiến sĩ.") == [
        ("khen-thuong", "collective", 1, "Đội Cảnh sát hình sự Công an huyện Văn Lãng")
    ]
    # a team set up for a task, written in lower case before the unit it is of
    assert _kinds("Giám đốc Điện lực tỉnh tặng Giấy khen cho tổ công tác Đội Quản lý điện Na Sầm gồm 7 công nhân.") == [
        ("giay-khen", "collective", 1, "Tổ công tác Đội Quản lý điện Na Sầm")
    ]
    # a plural, then what it is made of: the counts are the recipients
    assert _kinds("Chủ tịch UBND huyện tặng Giấy khen cho các cá nhân gồm 3 cán bộ và 2 giáo viên.") == [
        ("giay-khen", "individual", 3, None),
        ("giay-khen", "individual", 2, None),
    ]
    # a count, then its breakdown: the total stays
    assert [(a, k, n) for a, k, n, _ in _kinds("Chủ tịch UBND huyện tặng Giấy khen cho 10 tập thể gồm 6 trường học và 4 trạm y tế.")] == [
        ("giay-khen", "collective", 10)
    ]


def test_a_reward_on_the_spot_is_a_commendation_by_whoever_gives_it():
    (award, kind, count, *_, conferrer, _presenter, _period, _event, _date, recipient), *more = grants_of(
        "Giám đốc Công an tỉnh đã thưởng nóng Ban chuyên án 215X."
    )
    assert (award, kind, count, conferrer, recipient, more) == (
        "khen-thuong",
        "collective",
        1,
        "Giám đốc Công an tỉnh Lạng Sơn",
        "Ban chuyên án 215X",
        [],
    )
    assert _kinds("Chủ tịch UBND huyện trao thưởng nóng cho 3 cán bộ, chiến sĩ Công an xã Hoàng Việt.") == [
        ("khen-thuong", "individual", 3, None)
    ]
    # a prize handed to a contest's winners is no commendation
    assert _kinds("Ban tổ chức trao thưởng cho 3 đội đạt giải tại hội thi.") == []


def test_on_the_same_occasion_is_at_the_event_told_before():
    ceremony = "Ngày 18/1/2023, Trường THPT Văn Lãng tổ chức Lễ đón nhận Huân chương Lao động hạng Ba.\nÔng Hoàng Văn Bình phát biểu.\n"
    for lead in ("Cùng dịp, ", "Cùng dịp này, ", "Trong dịp này, "):
        rows = grants_of(ceremony + lead + "Giám đốc Sở Giáo dục và Đào tạo tặng Giấy khen cho 12 giáo viên.")
        assert [(r[0], r[2], r[8]) for r in rows if r[0] == "giay-khen"] == [("giay-khen", 12, "e1")], lead
    # a sentence of its own time after it is not
    rows = grants_of(ceremony + "Năm 2021, Giám đốc Sở Giáo dục và Đào tạo tặng Giấy khen cho 12 giáo viên.")
    assert [(r[0], r[2], r[8]) for r in rows if r[0] == "giay-khen"] == [("giay-khen", 12, None)]


def test_a_proposal_going_on_from_a_counted_ranking_is_for_those_counted_and_proposed_by_no_one_ranked():
    facts = article(
        HEAD + "Hội nghị đã bình xét, suy tôn Phòng Nội vụ và Phòng Tư pháp là 2 đơn vị dẫn đầu Khối, đề nghị UBND tỉnh tặng Cờ"
        " thi đua; đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 3 đơn vị.\nTrần Thu Hương\n"
    )[1]
    rows = [(g.award, g.recipient_kind, g.count, g.status, g.proposer) for g in facts.grants]
    assert rows == [
        ("don-vi-dan-dau-khoi-thi-dua", "collective", 2, "conferred", None),
        ("co-thi-dua-cap-bo-tinh", "collective", 2, "proposed", None),
        ("bang-khen-cap-bo-tinh", "collective", 3, "proposed", None),
    ]
    # the body right before the cue is its subject, and proposes
    facts = article(
        HEAD + "Hội đồng Thi đua - Khen thưởng huyện đã thống nhất đề nghị UBND tỉnh tặng Bằng khen cho 4 tập thể.\nTrần Thu Hương\n"
    )[1]
    assert [g.proposer.name for g in facts.grants] == ["Hội đồng Thi đua - Khen thưởng huyện Văn Lãng"]
    # the article's unit by its level word alone, after a lead of time: its People's Committee
    for told in ("Trong năm, huyện đề nghị cấp trên khen thưởng 4 tập thể.", "Huyện đã đề nghị UBND tỉnh tặng Bằng khen cho 4 tập thể."):
        facts = article(HEAD + told + "\nTrần Thu Hương\n")[1]
        assert [g.proposer.name for g in facts.grants] == ["Ủy ban nhân dân huyện Văn Lãng"], told
    # a commune the article does not name, or a level word inside a longer subject: none
    facts = article(HEAD + "Trong năm, xã đã đề nghị UBND huyện tặng Giấy khen cho 4 tập thể.\nTrần Thu Hương\n")[1]
    assert [g.proposer for g in facts.grants] == [None]
    facts = article(HEAD + "Hội nghị biểu dương 5 xã của huyện, đề nghị UBND tỉnh tặng Bằng khen cho 4 tập thể.\nTrần Thu Hương\n")[1]
    assert facts.grants and {g.proposer for g in facts.grants} == {None}


def test_what_a_recipient_has_ever_been_given_is_a_past_record_whatever_the_year():
    rows = _kinds(
        "Anh Hoàng Văn Lực vừa được nhận Bằng khen của Chủ tịch UBND tỉnh. Trước đó, anh Lực từng được Giám đốc Công an tỉnh tặng"
        " 5 Giấy khen."
    )
    assert [(a, n) for a, _, n, _ in rows] == [("bang-khen-cap-bo-tinh", 1)]
    rows = _kinds("Chủ tịch UBND huyện tặng Giấy khen cho ông Hoàng Văn Bình, người từng 2 lần được tặng Bằng khen của Chủ tịch UBND tỉnh.")
    assert [(a, n) for a, _, n, _ in rows] == [("giay-khen", 1)]
    # what a recipient has been given in the news ('đã được') stays a grant
    assert [(a, n) for a, _, n, _ in _kinds("Năm 2022, anh Hoàng Văn Lực đã được Giám đốc Công an tỉnh tặng Giấy khen.")] == [
        ("giay-khen", 1)
    ]


def test_a_headline_that_does_not_count_restates_the_body_s_counted_grant():
    facts = article(
        "Nhiều tập thể, cá nhân được khen thưởng tại Đại hội Hội Nông dân xã Tân Mỹ\n20/01/2023 09:00\n"
        "Ngày 18/1, Hội Nông dân xã Tân Mỹ tổ chức Đại hội đại biểu lần thứ XII. Dịp này, hơn 30 tập thể, cá nhân được Hội Nông"
        " dân huyện khen thưởng.\nTrần Thu Hương\n"
    )[1]
    assert [(g.award, g.recipient_kind, g.count, g.approx) for g in facts.grants] == [("khen-thuong", "mixed", 30, True)]
    # nor does one of a kind, over a count of that kind
    facts = article(
        "Nhiều cá nhân được tặng Giấy khen\n20/01/2023 09:00\nNgày 18/1, Chủ tịch UBND huyện Văn Lãng tặng Giấy khen cho 12"
        " cá nhân.\nTrần Thu Hương\n"
    )[1]
    assert [(g.award, g.recipient_kind, g.count) for g in facts.grants] == [("giay-khen", "individual", 12)]


def test_a_headline_s_count_counts_the_body_s_one_uncounted_telling_of_that_grant():
    def told(headline: str, then: str) -> list[tuple]:
        facts = article(
            f"{headline}\n18/01/2022 09:00\nChiều 17/1, UBND huyện Văn Lãng tổ chức Hội nghị tổng kết công tác thi đua, khen "
            f"thưởng năm 2021. Năm 2021, huyện đã đề nghị UBND tỉnh tặng Cờ thi đua cho 8 tập thể. {then}\nTrần Thu Hương\n"
        )[1]
        return sorted((g.award, g.recipient_kind, g.count, g.status, _label(g.conferrer), g.event) for g in counted_once(facts.grants))

    proposal = ("co-thi-dua-cap-bo-tinh", "collective", 8, "proposed", "Ủy ban nhân dân tỉnh Lạng Sơn", None)
    given = ("co-thi-dua-cap-bo-tinh", "collective", 8, "conferred", "Ủy ban nhân dân tỉnh Lạng Sơn", "e1")
    for then in (
        "Tại hội nghị, các tập thể được trao Cờ thi đua của UBND tỉnh.",
        "Tại hội nghị, UBND tỉnh trao Cờ thi đua cho các tập thể.",
    ):
        assert told("Huyện Văn Lãng: 8 tập thể được tặng Cờ thi đua", then) == [given, proposal], then
    # negative: the body's telling of another award is not the headline's: both kept, the headline's counted alone
    rows = told("Huyện Văn Lãng: 8 tập thể được tặng Cờ thi đua", "Tại hội nghị, các tập thể được trao Bằng khen của UBND tỉnh.")
    assert ("co-thi-dua-cap-bo-tinh", "collective", 8, "conferred", None, None) in rows
    assert ("bang-khen-cap-bo-tinh", "collective", None, "conferred", "Ủy ban nhân dân tỉnh Lạng Sơn", "e1") in rows


def test_a_list_of_units_and_bodies_names_each_past_and_and_past_a_place():
    def named(body: str) -> list[str]:
        facts = article(HEAD + body + "\nTrần Thu Hương\n")[1]
        return [getattr(n, "name", n) for g in facts.grants for n in g.named]

    assert named("Chủ tịch UBND huyện trao Giấy khen cho các tập thể: Trạm Y tế xã Hoàng Việt, Trạm Y tế xã Tân Mỹ và Trạm Y tế"
                 " thị trấn Na Sầm vì đã có thành tích xuất sắc.") == [
        "Trạm Y tế xã Hoàng Việt", "Trạm Y tế xã Tân Mỹ", "Trạm Y tế thị trấn Na Sầm"
    ]  # fmt: skip
    assert named("Chủ tịch UBND tỉnh tặng Bằng khen cho UBND xã Phong Thạnh A, thị xã Giá Rai và UBND xã Vĩnh Thanh, huyện Phước"
                 " Long.") == ["Ủy ban nhân dân xã Phong Thạnh A", "Ủy ban nhân dân xã Vĩnh Thanh"]  # fmt: skip
    # 'và' inside a unit's name, then no unit's head, keeps the name whole
    facts = article(HEAD + "Giám đốc Sở tặng Giấy khen cho Đội Quản lý thị trường và Chống buôn lậu số 2.\nTrần Thu Hương\n")[1]
    assert [g.recipient for g in facts.grants] == ["Đội Quản lý thị trường và Chống buôn lậu số 2"]


def test_a_medal_named_after_its_word_is_no_state_medal_whoever_hands_it_over():
    rows = grants_of(
        "Đồng chí Hoàng Văn Minh, Bí thư Trung ương Đoàn trao Cờ thi đua của Ban Chấp hành Trung ương Đoàn cho Huyện đoàn Văn Lãng;"
        " trao Huy chương “Vì thế hệ trẻ” cho 3 cá nhân."
    )
    # (its giver the medal's name says: 'Vì thế hệ trẻ' is the Youth Union's)
    assert [(r[0], r[2], r[5]) for r in rows][-1] == ("ky-niem-chuong", 3, "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")
    # a medal of the state, named or bare, stays the State President's
    rows = grants_of("Dịp này, 3 cá nhân được trao Huy chương Quân kỳ quyết thắng; 2 cá nhân được trao Huy chương Chiến sĩ vẻ vang.")
    assert [r[5] for r in rows] == ["Chủ tịch nước", "Chủ tịch nước"]
    # handed over to one named, or said again bare after it: that medal still, the body's own
    facts = article(HEAD + "Anh Hoàng Văn Minh, Bí thư Tỉnh đoàn trao Huy chương “Vì thế hệ trẻ” cho anh Nông Văn Bình.\nThu Hà\n")[1]
    assert [(g.award, g.title, g.conferrer.name) for g in facts.grants] == [
        ("ky-niem-chuong", "Vì thế hệ trẻ", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")
    ]
    facts = article(
        HEAD + "Tỉnh đoàn tổ chức trao Huy chương “Vì thế hệ trẻ” của Ban Chấp hành Trung ương Đoàn cho 3 cá nhân.\n"
        "Anh Hoàng Văn Minh, Bí thư Tỉnh đoàn trao Huy chương cho các cá nhân.\nThu Hà\n"
    )[1]
    assert [(g.award, g.count, g.presenter) for g in counted_once(facts.grants)] == [("ky-niem-chuong", 3, "Hoàng Văn Minh")]
    # (not a bare medal in an article that names none of a body's own: the State President's)
    facts = article(HEAD + "Dịp này, 3 cá nhân được trao Huy chương.\nThu Hà\n")[1]
    assert [(g.award, g.conferrer.label) for g in facts.grants] == [("huy-chuong", "Chủ tịch nước")]


def test_the_giving_told_first_then_the_counts_after_a_comma():
    rows = _kinds("Được Chủ tịch UBND tỉnh tặng Bằng khen, 5 tập thể và 7 cá nhân đã có thành tích xuất sắc trong năm 2022.")
    assert [(a, k, n) for a, k, n, _ in rows] == [("bang-khen-cap-bo-tinh", "collective", 5), ("bang-khen-cap-bo-tinh", "individual", 7)]
    # a count the clause after the comma says of its own subject is no recipient: that subject is the one given
    rows = _kinds("Được Chủ tịch UBND tỉnh tặng Bằng khen, xã Tân Mỹ đã cứu trợ 5 hộ dân bị lũ cuốn trôi nhà cửa.")
    assert rows == [("bang-khen-cap-bo-tinh", "collective", 1, "xã Tân Mỹ")]


def test_items_counted_under_a_heading_that_commends_are_commended_by_its_giver():
    rows = grants_of(
        "Tại buổi lễ, UBND huyện đã khen thưởng:\n+ 15 tập thể và 20 cá nhân có thành tích trong phong trào “Toàn dân bảo vệ an ninh"
        " Tổ quốc”;\n+ 10 tập thể và 12 cá nhân có thành tích trong phong trào “Cả nước chung tay vì người nghèo”."
    )
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [
        ("khen-thuong", "collective", 15, "Ủy ban nhân dân huyện Văn Lãng"),
        ("khen-thuong", "individual", 20, "Ủy ban nhân dân huyện Văn Lãng"),
        ("khen-thuong", "collective", 10, "Ủy ban nhân dân huyện Văn Lãng"),
        ("khen-thuong", "individual", 12, "Ủy ban nhân dân huyện Văn Lãng"),
    ]
    # under a heading that only counts, the items are counts, not commendations
    assert grants_of("Kết quả, toàn huyện có:\n- 15 xã đạt chuẩn nông thôn mới;\n- 20 thôn đạt chuẩn nông thôn mới kiểu mẫu.") == []


def test_bodies_listed_then_each_receiving_each_receive():
    facts = article(
        HEAD + "Năm 2022, Phòng Nội vụ, Phòng Tư pháp và Công an huyện mỗi đơn vị nhận Bằng khen của Chủ tịch UBND tỉnh.\nTrần Thu Hương\n"
    )[1]
    assert [(g.award, g.count, len(g.named)) for g in facts.grants] == [("bang-khen-cap-bo-tinh", 3, 3)]
    facts = article(HEAD + "Năm 2022, Phòng Nội vụ và Phòng Tư pháp đều được Chủ tịch UBND tỉnh tặng Bằng khen.\nTrần Thu Hương\n")[1]
    assert [(g.award, g.count, len(g.named)) for g in facts.grants] == [("bang-khen-cap-bo-tinh", 2, 2)]


def test_an_award_whose_recipient_is_told_after_the_next_giver_s_award_goes_to_that_one():
    rows = grants_of("Bộ trưởng Bộ Công an tặng Bằng khen, Giám đốc Công an tỉnh tặng Giấy khen cho Ban chuyên án 215X.")
    assert sorted((r[0], r[2], r[5], r[10]) for r in rows) == [
        ("bang-khen-cap-bo-tinh", 1, "Bộ trưởng Bộ Công an", "Ban chuyên án 215X"),
        ("giay-khen", 1, "Giám đốc Công an tỉnh Lạng Sơn", "Ban chuyên án 215X"),
    ]
    # a giver's award with a count of its own is its own grant; one told with no recipient anywhere stays none
    rows = grants_of("Bộ trưởng Bộ Công an tặng Bằng khen, Giám đốc Công an tỉnh tặng Giấy khen cho 12 cán bộ.")
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", 12)]


def test_two_titled_people_handing_over_together_the_first_is_the_presenter():
    rows = grants_of(
        "Phó Chủ tịch UBND huyện Trần Thị Hoa và Chủ tịch Hội Nông dân huyện - ông Lê Văn Tư trao Giấy khen cho 10 hộ nông dân."
    )
    assert [(r[0], r[6]) for r in rows] == [("giay-khen", "Trần Thị Hoa")]
    # one who did something else first is not among those who hand it over
    rows = grants_of("Bà Trần Thị Hoa tặng hoa và Chủ tịch UBND huyện Lê Văn Tư trao Giấy khen cho 10 hộ nông dân.")
    assert [(r[0], r[6]) for r in rows] == [("giay-khen", "Lê Văn Tư")]


def test_a_commemorative_medal_named_after_a_field_is_conferred_by_the_central_body_of_that_field():
    def giver(said: str) -> list[str | None]:
        return [r[5] for r in grants_of(said) if r[0] == "ky-niem-chuong"]

    for said, body in (
        ("Ngày 10/3, Sở Giáo dục và Đào tạo tỉnh Gia Lai trao Kỷ niệm chương “Vì sự nghiệp Giáo dục” cho 25 nhà giáo.", "Bộ Giáo dục và Đào tạo"),
        ("Ủy ban MTTQ Việt Nam huyện Đak Pơ trao Kỷ niệm chương Vì sự nghiệp đại đoàn kết dân tộc cho 6 cá nhân.",
         "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
        ("Dịp này, 4 cá nhân được tặng Kỷ niệm chương \"Vì sự nghiệp Văn hóa, Thể thao và Du lịch\".", "Bộ Văn hóa, Thể thao và Du lịch"),
        ("Huyện đoàn Krông Pa tặng Kỷ niệm chương “Vì thế hệ trẻ” cho 3 cá nhân.", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
    ):  # fmt: skip
        assert giver(said) == [body], said
    # its name in single quotes, read as in double ones, whole, and its title
    for said in (
        "Huyện đoàn Krông Pa tặng Kỷ niệm chương 'Vì thế hệ trẻ' cho 3 cá nhân.",
        "Huyện đoàn Krông Pa tặng Kỷ niệm chương ‘Vì thế hệ trẻ’ cho 3 cá nhân.",
    ):
        assert giver(said) == ["Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"], said
        assert [g.title for g in article(HEAD + said + "\nTrần Thu Hương\n")[1].grants] == ["Vì thế hệ trẻ"], said
    said = "Hội Nông dân tỉnh Gia Lai trao Kỷ niệm chương 'Vì sự nghiệp xây dựng và phát triển Hội Nông dân' cho 5 hội viên."
    assert giver(said) == ["Hội Nông dân tỉnh Gia Lai"]  # (negative: a quoted name that only opens with a known one)
    # the owner the article writes stays ('của X'); a medal the table does not know stays the organiser's
    said = "Sở Tư pháp tỉnh Gia Lai trao Kỷ niệm chương “Vì sự nghiệp Giáo dục” của Hội Khuyến học tỉnh cho 5 cá nhân."
    assert giver(said) != ["Bộ Giáo dục và Đào tạo"]
    for unknown in ("“Vì sự nghiệp trồng rừng”", "“Vì sự nghiệp xây dựng nông thôn mới”", "Vì sự nghiệp xây dựng nông thôn mới"):
        said = f"Hội Nông dân tỉnh Gia Lai trao Kỷ niệm chương {unknown} cho 5 hội viên."
        assert giver(said) == ["Hội Nông dân tỉnh Gia Lai"], unknown
    # a quoted name is read whole: one that only opens with a field's medal name is not that field's
    said = "Hội Nông dân tỉnh Gia Lai trao Kỷ niệm chương “Vì sự nghiệp xây dựng và phát triển Hội Nông dân” cho 5 hội viên."
    assert giver(said) == ["Hội Nông dân tỉnh Gia Lai"]
    said = "Hội Cựu chiến binh tỉnh Gia Lai trao Kỷ niệm chương “Vì sự nghiệp xây dựng và phát triển Hội Cựu chiến binh Việt Nam” cho 5 hội viên."
    assert giver(said) == ["Trung ương Hội Cựu chiến binh Việt Nam"]
    # unquoted, the longest name the table knows is read past the 'và' inside it, and is that body's
    said = "Hội Cựu chiến binh tỉnh Gia Lai trao Kỷ niệm chương Vì sự nghiệp xây dựng và phát triển Hội Cựu chiến binh Việt Nam cho 5 hội viên."
    assert giver(said) == ["Trung ương Hội Cựu chiến binh Việt Nam"]
    facts = article(HEAD + said + "\nTrần Thu Hương\n")[1]
    assert [g.title for g in facts.grants] == ["Vì sự nghiệp xây dựng và phát triển Hội Cựu chiến binh Việt Nam"]
    # (a shorter name the table knows, then a 'và' that goes on with the clause, stays the shorter)
    said = "Ông Lê Văn Bình được tặng Kỷ niệm chương Vì sự nghiệp xây dựng và 3 cá nhân được tặng Giấy khen."
    assert giver(said) == ["Bộ Xây dựng"]
    # the owner written after a name unquoted is the owner too, and the name stays the medal's
    said = "Bí thư Tỉnh ủy trao Kỷ niệm chương Vì sự nghiệp Báo chí Việt Nam của Hội Nhà báo Việt Nam cho 15 hội viên."
    assert giver(said) == ["Hội Nhà báo Việt Nam"]
    facts = article(HEAD + said + "\nTrần Thu Hương\n")[1]
    assert [g.title for g in facts.grants] == ["Vì sự nghiệp Báo chí Việt Nam"]
    said = "Ông Trần Văn Cường được trao Kỷ niệm chương Vì sự nghiệp phát triển nông thôn của Bộ trưởng Bộ Nông nghiệp."
    assert giver(said) == ["Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"]
    # negative: a 'của' inside a name the table knows names no owner
    said = "Ủy ban Kiểm tra Tỉnh ủy trao Kỷ niệm chương Vì sự nghiệp kiểm tra của Đảng cho 5 cá nhân."
    assert giver(said) == ["Ủy ban Kiểm tra Trung ương"]


def test_several_bodies_named_then_a_count_are_a_grant_to_as_many_collectives_beside_the_count():
    for said, bodies in (
        ("UBND huyện tặng Giấy khen cho Đồn Biên phòng Tam Chung, Công an xã Mường Lý và 7 cá nhân.", 2),
        ("Theo đó, tặng Giấy khen cho Ban Chỉ huy Quân sự huyện, Công an xã Mường Lý, Trạm Y tế xã Trung Lý và 7 cá nhân.", 3),
    ):
        rows = grants_of(said)
        assert sorted((r[0], r[1], r[2]) for r in rows) == [("giay-khen", "collective", bodies), ("giay-khen", "individual", 7)], said
    # one body named is still one grant to it
    rows = grants_of("UBND huyện tặng Giấy khen cho Công an xã Mường Lý và 7 cá nhân.")
    assert sorted((r[1], r[2], r[10]) for r in rows) == [("collective", 1, "Công an xã Mường Lý"), ("individual", 7, None)]


def test_a_count_in_why_an_award_was_given_counts_no_recipients():
    for said in (
        "Anh Lò Văn Sơn được tặng Giấy khen vì đã cứu 2 người bị nước cuốn trôi.",
        "Chủ tịch UBND huyện tặng Giấy khen cho anh Lò Văn Sơn vì đã dũng cảm cứu sống 3 học sinh.",
    ):
        assert [(r[0], r[1], r[2], r[10]) for r in grants_of(said)] == [("giay-khen", "individual", 1, "Lò Văn Sơn")], said
    # a count given after the reason is still given
    rows = grants_of("UBND huyện tặng Giấy khen vì có thành tích xuất sắc năm 2023 cho 5 tập thể.")
    assert [(r[1], r[2]) for r in rows] == [("collective", 5)]


def test_these_are_the_collectives_that_achieved_gives_the_grant_before_its_period():
    rows = grants_of(
        "Sáng 19/12/2024, UBND huyện Bố Trạch trao Huân chương Lao động hạng Ba cho Trường THPT Số 1 Bố Trạch. "
        "Đây là những tập thể có thành tích xuất sắc trong công tác từ năm 2018 đến năm 2022."
    )
    assert [(r[0], r[7]) for r in rows] == [("huan-chuong-lao-dong-hang-ba", "2018-2022")]


def test_those_a_verb_before_speaks_of_receive_the_award_not_that_verb_s_subject():
    for said in (
        "Chiều 4/6/2024, Sở Giáo dục và Đào tạo tỉnh Phú Yên tổ chức gặp mặt, biểu dương các nhà giáo được tặng danh hiệu "
        "Chiến sĩ thi đua toàn quốc.",
        "Chiều 4/6/2024, Hội Nông dân tỉnh Phú Yên gặp mặt những hội viên tiêu biểu đã được nhận Bằng khen của Trung ương Hội.",
    ):
        assert all(r[10] is None for r in grants_of(said)), said
    # a body named as the subject still receives it, and so does one listed beside those counted
    rows = grants_of("Chiều 4/6/2024, Trường THPT Nguyễn Huệ được tặng danh hiệu Tập thể lao động xuất sắc.")
    assert [r[10] for r in rows] == ["Trường THPT Nguyễn Huệ"]
    rows = grants_of("Chiều 4/6/2024, Trường THPT Nguyễn Huệ và các cá nhân được tặng Giấy khen của Chủ tịch UBND tỉnh.")
    assert "Trường THPT Nguyễn Huệ" in [r[10] for r in rows]
    # (a plural inside a body's name is no object: 'Đảng ủy Khối các cơ quan tỉnh được tặng')
    rows = grants_of("Năm 2023, Đảng ủy Khối các cơ quan tỉnh được tặng Cờ thi đua của Tỉnh ủy.")
    assert [r[10] for r in rows] == ["Đảng ủy Khối các cơ quan tỉnh Lạng Sơn"]


def test_bodies_commended_in_a_list_are_each_a_recipient_and_a_list_after_a_count_names_it():
    rows = grants_of("Sáng 5/3/2024, UBND tỉnh khen thưởng Trung tâm Y tế huyện Kỳ Anh và Bệnh viện Đa khoa huyện Hương Khê.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("khen-thuong", "collective", 2)]

    def named(then: str) -> list[tuple]:
        facts = article(
            "Tặng Bằng khen cho 2 tập thể, 5 cá nhân của ngành Y tế\n07/03/2024 09:00\nChủ tịch UBND tỉnh vừa tặng Bằng khen "
            f"cho 2 tập thể và 5 cá nhân thuộc ngành Y tế. {then}\nTrần Thu Hương\n"
        )[1]
        return sorted((g.award, g.recipient_kind, g.count, tuple(getattr(n, "name", n) for n in g.named)) for g in facts.grants)

    listed = ("Trung tâm Y tế huyện Kỳ Anh", "Bệnh viện Đa khoa huyện Hương Khê")
    for then in (
        "Các tập thể được khen thưởng gồm: Trung tâm Y tế huyện Kỳ Anh và Bệnh viện Đa khoa huyện Hương Khê.",
        "Những đơn vị được khen thưởng là: Trung tâm Y tế huyện Kỳ Anh, Bệnh viện Đa khoa huyện Hương Khê.",
    ):
        assert named(then) == [
            ("bang-khen-cap-bo-tinh", "collective", 2, listed), ("bang-khen-cap-bo-tinh", "individual", 5, ())
        ], then  # fmt: skip
    # a list of another size is not those counted
    then = "Các tập thể được khen thưởng gồm: Trung tâm Y tế huyện Kỳ Anh, Trung tâm Y tế huyện Cẩm Xuyên và Bệnh viện Đa khoa huyện Hương Khê."
    assert ("bang-khen-cap-bo-tinh", "collective", 2, ()) in named(then)


def test_a_period_ending_years_after_the_award_names_a_plan_not_the_achievement():
    rows = grants_of(
        "Tối 28/6/2025, Sở Văn hóa tổ chức lễ tuyên dương, trao Bằng khen cho 12 tập thể có thành tích trong thực hiện Đề án "
        "“Xây dựng gia đình hạnh phúc giai đoạn 2021 – 2030”."
    )
    assert [(r[2], r[7]) for r in rows] == [(12, None)]
    # the five years up to the next, rewarded in their last year but one, are still what it rewards
    rows = grants_of("Sáng 3/8/2024, UBND xã khen thưởng 10 tập thể có thành tích trong phong trào thi đua giai đoạn 2020 - 2025.")
    assert [(r[2], r[7]) for r in rows] == [(10, "2020-2025")]


def test_a_recipient_set_apart_by_rieng_still_receives():
    for said, who in (
        ("Riêng Trường THCS Mường Lý được đề nghị tặng Cờ thi đua của UBND tỉnh.", "Trường THCS Mường Lý"),
        ("Riêng xã Tân Mỹ vinh dự được tặng Cờ thi đua của UBND tỉnh.", "xã Tân Mỹ"),
        # (and by the words that single it out: 'Nổi bật là', 'Điển hình như', 'Kết quả là')
        ("Nổi bật là xã Tân Mỹ được tặng Cờ thi đua của UBND tỉnh.", "xã Tân Mỹ"),
        ("Điển hình như Trường THCS Mường Lý được tặng Cờ thi đua của UBND tỉnh.", "Trường THCS Mường Lý"),
        ("Kết quả là xã Tân Mỹ được tặng Cờ thi đua của UBND tỉnh.", "xã Tân Mỹ"),
    ):
        assert [r[10] for r in grants_of(said)] == [who], said
    # a count set apart stays a count of no one named
    assert [(r[2], r[10]) for r in grants_of("Riêng khối xã có 12 tập thể được tặng Giấy khen.")] == [(12, None)]


def test_a_badge_named_after_its_word_and_listed_with_a_certificate_goes_to_those_after_its_name():
    rows = grants_of("Ban Thường vụ Tỉnh đoàn tặng Bằng khen và Huy hiệu Tuổi trẻ dũng cảm cho các em học sinh.")
    assert sorted((r[0], r[1], r[5]) for r in rows) == [
        ("bang-khen-cap-bo-tinh", "individual", "Ban Thường vụ Tỉnh đoàn Lạng Sơn"),
        ("huy-hieu", "individual", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"),  # (the union's badge: its centre's)
    ]
    # a badge's name runs only up to 'cho': no plural met after a comma receives it
    assert grants_of("Ban Thường vụ Tỉnh đoàn tặng Huy hiệu Tuổi trẻ dũng cảm, động viên các em học sinh.") == []


def test_a_giving_with_no_subject_right_after_a_proposal_goes_on_with_it():
    rows = grants_of(
        "Hội đồng Thi đua - Khen thưởng tỉnh đã bỏ phiếu đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 8 tập thể. "
        "Tặng Bằng khen của Chủ tịch UBND tỉnh cho 20 tập thể."
    )
    assert [(r[2], r[4]) for r in rows] == [(8, "proposed"), (20, "proposed")]
    # a giving with its own subject, or in a paragraph of its own, is not
    rows = grants_of(
        "Hội đồng Thi đua - Khen thưởng tỉnh đã bỏ phiếu đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 8 tập thể.\n"
        "Tặng Bằng khen của Chủ tịch UBND tỉnh cho 20 tập thể."
    )
    assert [(r[2], r[4]) for r in rows] == [(8, "proposed"), (20, "conferred")]
    rows = grants_of(
        "Hội đồng đã đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 8 tập thể. Chủ tịch UBND tỉnh tặng Bằng khen cho 20 tập thể."
    )
    assert [(r[2], r[4]) for r in rows] == [(8, "proposed"), (20, "conferred")]


def test_a_proposal_listed_among_a_subject_s_own_givings_does_not_carry_to_the_giving_after_it():
    rows = grants_of(
        "Năm 2022, Ban Thường vụ Huyện ủy đã khen thưởng 20 tổ chức cơ sở đảng; đề nghị Tỉnh ủy tặng Bằng khen cho 3 tập "
        "thể; tặng Giấy khen cho 45 đảng viên."
    )
    assert [(r[0], r[2], r[4], r[5]) for r in rows] == [
        ("khen-thuong", 20, "conferred", "Ban Thường vụ Huyện ủy Văn Lãng"),
        ("bang-khen-cap-bo-tinh", 3, "proposed", "Tỉnh ủy Lạng Sơn"),
        ("giay-khen", 45, "conferred", "Ban Thường vụ Huyện ủy Văn Lãng"),
    ]
    # negative: a proposal that opens the sentence lists proposals after it, each with its verb
    rows = grants_of("UBND huyện đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 8 tập thể; tặng Bằng khen cho 14 cá nhân.")
    assert [(r[2], r[4]) for r in rows] == [(8, "proposed"), (14, "proposed")]
    # (and so does one after a ranking the sentence's voters gave, no one's own giving)
    rows = grants_of(
        "Khối suy tôn Sở Tư pháp là đơn vị dẫn đầu, Sở Nội vụ là đơn vị xếp thứ nhì; đề nghị UBND tỉnh tặng Cờ thi đua cho "
        "Sở Tư pháp, tặng Bằng khen cho Sở Nội vụ."
    )
    assert [(r[0], r[4], r[5]) for r in rows][2:] == [
        ("co-thi-dua-cap-bo-tinh", "proposed", "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("bang-khen-cap-bo-tinh", "proposed", "Ủy ban nhân dân tỉnh Lạng Sơn"),
    ]


def test_a_headline_naming_the_one_recipient_of_the_body_s_grant_tells_that_grant_proposed_or_given():
    def told(headline: str) -> list[tuple]:
        facts = article(
            f"{headline}\n21/08/2024 09:00\nTheo kết quả bỏ phiếu của Hội đồng, Trường THPT Chu Văn An được UBND tỉnh tặng Cờ "
            "thi đua năm học 2023 - 2024.\nTrần Thu Hương\n"
        )[1]
        return [(g.award, g.status, g.recipient) for g in counted_once(facts.grants)]

    given = [("co-thi-dua-cap-bo-tinh", "conferred", "Trường THPT Chu Văn An")]
    assert told("Trường THPT Chu Văn An được đề nghị tặng Cờ thi đua của UBND tỉnh") == given
    # another recipient named is another grant
    assert len(told("Trường THPT Lê Quý Đôn được đề nghị tặng Cờ thi đua của UBND tỉnh")) == 2


def test_one_commended_with_an_award_right_after_receives_it():
    for said in (
        "Năm 2023, xã Tân Mỹ được khen thưởng bằng Bằng khen của Chủ tịch UBND tỉnh.",
        "Năm 2023, xã Tân Mỹ được khen thưởng Bằng khen của Chủ tịch UBND tỉnh.",
        "Năm 2023, Trường THCS Hội Hoan được khen thưởng bằng hình thức Bằng khen của Chủ tịch UBND tỉnh.",
    ):
        assert [(r[0], r[5], r[10] is not None) for r in grants_of(said)] == [
            ("bang-khen-cap-bo-tinh", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", True)
        ], said
    # an award named further on, after the reason, is not what 'khen thưởng' gave here
    rows = grants_of("Năm 2023, xã Tân Mỹ được khen thưởng vì có thành tích trong phong trào, Bằng khen sẽ được trao sau.")
    assert all(r[0] != "bang-khen-cap-bo-tinh" for r in rows)


def test_a_proposal_at_a_meeting_its_own_sentence_tells_was_made_there_though_told_as_earlier():
    facts = article(
        "Huyện Lang Chánh tôn vinh điển hình tiên tiến\n06/01/2024 18:00\n"
        "Sáng 5/1/2024, UBND huyện Lang Chánh tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n"
        "Trước đó, ngày 3/1/2024, Hội đồng Thi đua - Khen thưởng huyện đã họp xét, đề nghị UBND tỉnh tặng Bằng khen cho 3 "
        "tập thể.\nLê Hà\n"
    )[1]
    meeting = next(e for e in facts.events if e.kind == "Meeting")
    assert [(g.status, g.event, g.date) for g in facts.grants] == [("proposed", meeting.key, dt.date(2024, 1, 3))]
    # a proposal told as earlier, with no meeting of its own, was made at none
    facts = article(
        "Huyện Lang Chánh tôn vinh điển hình tiên tiến\n06/01/2024 18:00\n"
        "Sáng 5/1/2024, UBND huyện Lang Chánh tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n"
        "Trước đó, huyện đã đề nghị UBND tỉnh tặng Bằng khen cho 3 tập thể.\nLê Hà\n"
    )[1]
    assert [(g.status, g.event) for g in facts.grants] == [("proposed", None)]


def test_a_commendation_told_as_an_award_another_body_of_its_holder_gave_is_that_body_s():
    facts = article(
        "Huyện đoàn Lang Chánh tuyên dương thanh niên tiêu biểu\n06/01/2024 18:00\n"
        "Chiều 5/1/2024, Huyện đoàn Lang Chánh tổ chức Lễ tuyên dương 15 thanh niên tiêu biểu năm 2023. "
        "Ban Thường vụ Huyện đoàn tặng Giấy khen cho 15 đoàn viên.\nLê Hà\n"
    )[1]
    assert [(g.award, g.count, getattr(g.conferrer, "name", None)) for g in counted_once(facts.grants)] == [
        ("giay-khen", 15, "Ban Thường vụ Huyện đoàn Lang Chánh")
    ]


def _kinds_given(headline: str, sentence: str) -> list[tuple[str, int, str | None]]:
    """The grants of one sentence under a headline: each one's kind of recipient, count and named recipient."""
    facts = article(f"{headline}\n20/04/2024 09:00\n{sentence}\nTrần Thu Hương\n")[1]
    return sorted((g.recipient_kind, g.count, g.recipient) for g in facts.grants)


def test_a_body_told_by_its_head_noun_then_a_count_after_cho_is_one_collective_beside_the_count():
    hospital = "Bệnh viện Đa khoa tỉnh Phú Thọ kỷ niệm 60 năm thành lập"
    assert _kinds_given(hospital, "Bộ trưởng Bộ Y tế đã tặng Bằng khen cho Bệnh viện và 5 cá nhân.") == [
        ("collective", 1, "Bệnh viện Đa khoa tỉnh Phú Thọ"), ("individual", 5, None)
    ]  # fmt: skip
    school = "Trường THCS Nguyễn Du tổng kết năm học 2023 - 2024"
    assert _kinds_given(school, "Bà Lê Thị Hoa trao Bằng khen của Bộ trưởng cho tập thể nhà trường và 12 cá nhân có thành tích xuất sắc.") == [
        ("collective", 1, "Trường THCS Nguyễn Du"), ("individual", 12, None)
    ]  # fmt: skip
    # a count of bodies of that kind is a count, not the headline's body
    assert _kinds_given(school, "Bà Lê Thị Hoa trao Bằng khen của Bộ trưởng cho 3 trường và 12 cá nhân.") == [
        ("collective", 3, None), ("individual", 12, None)
    ]  # fmt: skip


def test_a_body_then_a_count_as_the_subject_of_a_passive_are_each_given_the_award():
    district = "Huyện Văn Lãng tổng kết năm học 2023 - 2024"
    assert _kinds_given(district, "Trường THCS Hoàng Văn Thụ và 5 cá nhân được Bộ trưởng Bộ Giáo dục và Đào tạo tặng Bằng khen.") == [
        ("collective", 1, "Trường THCS Hoàng Văn Thụ"), ("individual", 5, None)
    ]  # fmt: skip
    school = "Trường THCS Nguyễn Du tổng kết năm học 2023 - 2024"
    assert _kinds_given(school, "Năm học qua, nhà trường và 7 giáo viên vinh dự được Chủ tịch UBND tỉnh tặng Bằng khen.") == [
        ("collective", 1, "Trường THCS Nguyễn Du"), ("individual", 7, None)
    ]  # fmt: skip
    # the second clause of a sentence, after a semicolon
    told = "Sở Tư pháp được Bộ trưởng Bộ Tư pháp tặng Cờ thi đua; Phòng Tư pháp huyện Văn Lãng và 3 cá nhân được UBND tỉnh tặng Bằng khen."
    assert _kinds_given(district, told) == [
        ("collective", 1, "Phòng Tư pháp huyện Văn Lãng"), ("collective", 1, "Sở Tư pháp tỉnh Lạng Sơn"), ("individual", 3, None)
    ]  # fmt: skip
    # a body beside a count that only attends is given nothing
    assert _kinds_given(district, "UBND huyện Văn Lãng và 5 cá nhân tham dự hội nghị.") == []


def test_counts_each_attaining_a_title_in_turn_get_each_their_own():
    rows = grants_of("Năm 2023, UBND huyện công nhận 1.250 hộ đạt danh hiệu Gia đình văn hóa và 45 thôn, bản đạt danh hiệu Thôn văn hóa.")
    assert [(r[0], r[2]) for r in rows] == [("gia-dinh-van-hoa", 1250), ("thon-to-dan-pho-van-hoa", 45)]
    rows = grants_of("Toàn xã có 820 hộ đạt danh hiệu Gia đình văn hóa, 6 khu dân cư đã đạt danh hiệu Khu dân cư văn hóa.")
    assert [(r[0], r[2]) for r in rows] == [("gia-dinh-van-hoa", 820), ("thon-to-dan-pho-van-hoa", 6)]
    # a title attained as the reason for a certificate given: the certificate's
    rows = grants_of("UBND huyện tặng Giấy khen 30 hộ và 45 thôn đạt danh hiệu Thôn văn hóa 5 năm liền.")
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", 30), ("giay-khen", 45)]


def test_grants_told_in_an_article_about_one_meeting_held_to_commend_were_given_at_it():
    def events(lead: str, sentence: str) -> list[str | None]:
        facts = article(f"Huyện Văn Lãng tuyên dương điển hình\n08/05/2024 09:00\n{lead}\n{sentence}\nTrần Thu Hương\n")[1]
        return [g.event for g in facts.grants]

    given = "Ban Thường vụ Huyện ủy tặng Giấy khen cho 15 tập thể và 35 cá nhân."
    assert events("Sáng 7/5, Huyện ủy Văn Lãng tổ chức Hội nghị biểu dương điển hình tiên tiến năm 2024.", given) == ["e1", "e1"]
    assert events("Sáng 7/5, Huyện đoàn Văn Lãng tổ chức Chương trình tuyên dương thanh niên tiêu biểu.", given) == ["e1", "e1"]
    # (or one held to review and to commend, by its name)
    both = "Sáng 7/5, Ban Chỉ đạo huyện Văn Lãng tổ chức Hội nghị tổng kết 10 năm phong trào và biểu dương điển hình tiên tiến."
    assert events(both, given) == ["e1", "e1"]
    assert events("Ngày 7/5, Hội LHPN xã Tân Mỹ tổ chức tọa đàm và tuyên dương phụ nữ tiêu biểu.", given) == ["e1", "e1"]
    # (or held to give a contest's prizes)
    assert events("Ngày 7/5, Phòng GD&ĐT huyện Văn Lãng tổ chức Lễ trao giải Hội thi giáo viên dạy giỏi.", given) == ["e1", "e1"]
    assert events("Ngày 7/5, Huyện đoàn Văn Lãng tổ chức bế mạc và trao giải Giải bóng đá thanh niên.", given) == ["e1", "e1"]
    # a meeting reviewing a year's emulation and commendation may tell what the year gave
    reviewing = "Sáng 7/5, UBND huyện Văn Lãng tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023."
    assert events(reviewing, given) == [None, None]
    reviewing = "Sáng 7/5, UBND huyện Văn Lãng tổ chức Hội nghị tổng kết công tác thi đua và khen thưởng năm 2023."
    assert events(reviewing, given) == [None, None]
    # a grant told at a time of its own was not given there
    assert events("Sáng 7/5, Huyện ủy Văn Lãng tổ chức Hội nghị biểu dương điển hình tiên tiến.", "Năm 2023, " + given) == [None, None]
    # (the time of what it rewards is none: '... có thành tích xuất sắc năm 2023')
    rewarded = given.replace(" cá nhân.", " cá nhân có thành tích xuất sắc năm 2023.")
    assert events("Sáng 7/5, Huyện ủy Văn Lãng tổ chức Hội nghị biểu dương điển hình tiên tiến.", rewarded) == ["e1", "e1"]


def test_a_military_unit_then_one_of_a_higher_echelon_is_one_unit_named_by_both():
    def given(sentence: str) -> list[tuple[int, str | None, tuple[str, ...]]]:
        facts = article(f"Quân khu 7 khen thưởng các đơn vị\n20/04/2024 09:00\n{sentence}\nTrần Thu Hương\n")[1]
        return [(g.count, g.recipient, tuple(getattr(n, "name", n) for n in g.named)) for g in facts.grants]

    assert given("Chủ tịch nước truy tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho Đại đội 2, Tiểu đoàn 3.") == [
        (1, "Đại đội 2, Tiểu đoàn 3", ())
    ]
    assert given("Bộ Tư lệnh Quân khu 7 tặng Bằng khen cho Đại đội 2, Tiểu đoàn 3 và Đại đội 5, Trung đoàn 7.") == [
        (2, None, ("Đại đội 2, Tiểu đoàn 3", "Đại đội 5, Trung đoàn 7"))
    ]
    # units of one echelon, or listed with 'và', or a higher one first, are as many units
    assert given("Bộ Tư lệnh Quân khu 7 tặng Bằng khen cho Đại đội 2, Đại đội 5 và Tiểu đoàn 3.") == [
        (3, None, ("Đại đội 2", "Đại đội 5", "Tiểu đoàn 3"))
    ]
    assert given("Bộ Tư lệnh Quân khu 7 tặng Bằng khen cho Tiểu đoàn 3, Đại đội 2.") == [(2, None, ("Tiểu đoàn 3", "Đại đội 2"))]


def test_a_unit_no_place_names_then_the_institution_it_is_of_is_one_unit_named_by_both():
    def given(sentence: str) -> list[tuple[int, str | None, tuple[str, ...]]]:
        facts = article(f"Ngành y tế tỉnh Phú Thọ khen thưởng\n20/04/2024 09:00\n{sentence}\nTrần Thu Hương\n")[1]
        return [(g.count, g.recipient, tuple(getattr(n, "name", n) for n in g.named)) for g in facts.grants]

    assert given("Bộ trưởng Bộ Y tế trao Bằng khen cho Trung tâm Chống độc, Bệnh viện Bạch Mai.") == [
        (1, "Trung tâm Chống độc, Bệnh viện Bạch Mai", ())
    ]
    assert given("Chủ tịch UBND tỉnh tặng Bằng khen cho Khoa Nhi, Bệnh viện Đa khoa tỉnh và Khoa Sản, Bệnh viện Đa khoa tỉnh.") == [
        (2, None, ("Khoa Nhi, Bệnh viện Đa khoa tỉnh Phú Thọ", "Khoa Sản, Bệnh viện Đa khoa tỉnh Phú Thọ"))
    ]
    # a body placed on its own, then a comma, is another recipient
    assert given("Chủ tịch UBND tỉnh tặng Bằng khen cho Trung tâm Y tế huyện Thanh Ba, Bệnh viện Đa khoa tỉnh.") == [
        (2, None, ("Trung tâm Y tế huyện Thanh Ba", "Bệnh viện Đa khoa tỉnh Phú Thọ"))
    ]


def test_the_state_president_or_the_prime_minister_named_as_giving_confers_and_hands_nothing_over():
    def told(sentence: str) -> tuple[list[tuple[str | None, str | None]], set[tuple[str, str]]]:
        facts = article(
            "Bộ Nội vụ tổng kết công tác năm 2023\n06/01/2024 09:00\nSáng 5/1, Bộ Nội vụ tổ chức Hội nghị tổng kết công tác "
            f"năm 2023. {sentence}\nTrần Thu Hương\n"
        )[1]
        grants = [(_label(g.conferrer) if g.conferrer else None, g.presenter) for g in facts.grants]
        return grants, {(p.person, p.part) for e in facts.events for p in e.participants}

    grants, parts = told("Dịp này, Chủ tịch nước Võ Văn Thưởng đã tặng Huân chương Lao động hạng Ba cho 2 cá nhân.")
    assert grants == [("Chủ tịch nước", None)] and parts == set()
    grants, parts = told("Thủ tướng Chính phủ Phạm Minh Chính tặng Bằng khen cho 3 tập thể.")
    assert grants == [("Thủ tướng Chính phủ", None)] and parts == set()
    # handing over is handing over, whoever does it; a deputy's 'tặng' hands the award over
    grants, parts = told("Thủ tướng Phạm Minh Chính trao Bằng khen cho 3 tập thể.")
    assert grants == [("Thủ tướng Chính phủ", "Phạm Minh Chính")] and parts == {("Phạm Minh Chính", "presented_awards")}
    grants, parts = told("Phó Thủ tướng Trần Lưu Quang tặng Bằng khen của Thủ tướng cho 4 tập thể.")
    assert grants == [("Thủ tướng Chính phủ", "Trần Lưu Quang")] and parts == {("Trần Lưu Quang", "presented_awards")}


def test_a_headline_s_one_recipient_among_those_a_body_s_grant_names_is_that_grant():
    def told(headline: str) -> list[tuple[str, int, tuple[str, ...]]]:
        facts = article(
            f"{headline}\n26/05/2024 09:00\nNgày 25/5, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn tổ chức sơ kết đợt thi đua. Đại tá "
            "Ngôn Xuân Dũng trao Bằng khen của Bộ trưởng Bộ Quốc phòng cho Đồn Biên phòng Ba Sơn và Đồn Biên phòng Tân Thanh.\nQuang Duy\n"
        )[1]
        return [(g.award, g.count, tuple(getattr(n, "name", n) for n in g.named) or (g.recipient,)) for g in facts.grants]

    both = ("bang-khen-cap-bo-tinh", 2, ("Đồn Biên phòng Ba Sơn", "Đồn Biên phòng Tân Thanh"))
    assert told("Đồn Biên phòng Ba Sơn nhận Bằng khen của Bộ Quốc phòng") == [both]
    # a recipient the body does not name is one of its own
    assert told("Đồn Biên phòng Chi Ma nhận Bằng khen của Bộ Quốc phòng") == [
        both, ("bang-khen-cap-bo-tinh", 1, ("Đồn Biên phòng Chi Ma",))
    ]  # fmt: skip


def test_grants_a_speaker_at_an_event_reports_of_a_time_of_their_own_were_not_given_there():
    def events(sentence: str) -> list[str | None]:
        facts = article(f"Trường Tiểu học Lê Lợi khai giảng\n06/09/2024 08:00\n{sentence}\nMinh Hiền\n")[1]
        return [g.event for g in facts.grants]

    reported = (
        "Tại Lễ khai giảng năm học mới, thầy Nguyễn Văn Tuấn, Hiệu trưởng cho biết, năm học 2023-2024, nhà trường được UBND "
        "tỉnh công nhận danh hiệu Tập thể lao động xuất sắc."
    )
    assert events(reported) == [None]
    assert events(reported.replace("cho biết,", "cho biết:")) == [None]  # (its report after a colon)
    # what was given there, told in the same sentence as the event, was given at it
    given = "Tại Lễ khai giảng năm học mới, thầy Nguyễn Văn Tuấn trao Giấy khen cho 12 học sinh xuất sắc."
    assert events(given) == ["e1"]


def test_a_decision_s_bare_commendations_take_the_award_the_next_sentence_gives_under_it():
    def grants(then: str) -> list[tuple]:
        decision = (
            "Ngày 5/3, Chủ tịch UBND huyện đã ký quyết định khen thưởng 3 tập thể và 2 cá nhân có thành tích trong phòng chống lụt bão. "
        )
        return [(award, kind, count, conferrer) for award, kind, count, _, _, conferrer, *_ in grants_of(decision + then)]

    giver = "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"
    assert grants("Cụ thể, 3 tập thể và 2 cá nhân được tặng Giấy khen.") == [
        ("giay-khen", "collective", 3, giver),
        ("giay-khen", "individual", 2, giver),
    ]
    # told by name, the bodies are the commendation's recipients; the people, counted bare, stay so
    assert grants("Theo đó, xã Tân Mỹ, xã Hoàng Việt và thị trấn Na Sầm được tặng Giấy khen kèm tiền thưởng.") == [
        ("giay-khen", "collective", 3, giver),
        ("khen-thuong", "individual", 2, giver),
    ]
    # as many of another kind are another grant
    assert grants("Theo đó, 2 tập thể được tặng Giấy khen.") == [
        ("khen-thuong", "collective", 3, giver),
        ("khen-thuong", "individual", 2, giver),
        ("giay-khen", "collective", 2, giver),
    ]


def test_bodies_named_as_a_passive_s_subject_after_theo_do_or_cu_the_all_receive():
    for lead in ("Theo đó, ", "Cụ thể, ", "Năm 2022, "):
        rows = grants_of(lead + "Phòng Tư pháp huyện và Công an huyện Văn Lãng được tặng Bằng khen của UBND tỉnh.")
        assert [(award, kind, count) for award, kind, count, *_ in rows] == [("bang-khen-cap-bo-tinh", "collective", 2)], lead


def test_an_association_told_by_its_head_noun_hiep_hoi_is_the_one_the_lead_names():
    def givers(lead: str) -> list:
        facts = article(
            "Hiệp hội tổng kết năm 2023\n20/01/2024 09:00\n" + lead + " Dịp này, Hiệp hội tặng Giấy khen cho 12 hội viên.\nMai Hoa\n"
        )[1]
        return [_label(g.conferrer) for g in facts.grants]

    assert givers("Ngày 19/1, Hiệp hội Du lịch tỉnh Quảng Ninh tổ chức hội nghị tổng kết năm 2023.") == ["Hiệp hội Du lịch tỉnh Quảng Ninh"]
    # two associations named: which one is not known
    assert givers("Ngày 19/1, Hiệp hội Du lịch tỉnh Quảng Ninh và Hiệp hội Doanh nghiệp tỉnh Quảng Ninh tổ chức hội nghị.") == [None]


def test_a_title_honoured_with_by_its_quoted_name_alone_is_the_grant_s_title():
    facts = article(HEAD + "Dịp này, 15 hợp tác xã được UBND huyện vinh danh “Hợp tác xã tiêu biểu”.\nTrần Thu Hương\n")[1]
    assert [(g.award, g.count, g.title) for g in facts.grants] == [("khen-thuong", 15, "Hợp tác xã tiêu biểu")]
    facts = article(HEAD + "UBND huyện tôn vinh là “Doanh nhân tiêu biểu” 8 doanh nhân.\nTrần Thu Hương\n")[1]
    assert [(g.award, g.count, g.title) for g in facts.grants] == [("khen-thuong", 8, "Doanh nhân tiêu biểu")]
    # honouring a movement's name is no title
    facts = article(HEAD + "Hội nghị tôn vinh 20 gương điển hình trong phong trào thi đua “Dân vận khéo”.\nTrần Thu Hương\n")[1]
    assert [(g.award, g.count, g.title) for g in facts.grants] == [("khen-thuong", 20, None)]


def test_the_commendation_an_event_is_named_after_is_the_one_award_given_there_to_as_many_whoever_gives_it():
    def grants(then: str) -> list[tuple]:
        body = "Ngày 25/3, Huyện đoàn Văn Lãng tổ chức tuyên dương 12 thanh niên tiêu biểu năm 2022. " + then
        return [(award, kind, count, conferrer, period) for award, kind, count, _, _, conferrer, _, period, *_ in grants_of(body)]

    assert grants("Ông Hoàng Văn Hải, Phó Chủ tịch UBND huyện trao Giấy khen của Chủ tịch UBND huyện cho 12 đoàn viên.") == [
        ("giay-khen", "individual", 12, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng", "2022")
    ]
    # to as many of another count, it is another grant
    assert grants("Ông Hoàng Văn Hải, Phó Chủ tịch UBND huyện trao Giấy khen của Chủ tịch UBND huyện cho 5 đoàn viên.") == [
        ("khen-thuong", "individual", 12, "Huyện đoàn Văn Lãng", "2022"),
        ("giay-khen", "individual", 5, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng", None),
    ]
    # (the commending told after the event's name and a comma: 'tổ chức họp mặt kỷ niệm ..., tuyên dương 75 nhà giáo')
    body = (
        "Sáng 17/11/2022, Phòng GD&ĐT huyện tổ chức họp mặt kỷ niệm 40 năm Ngày Nhà giáo Việt Nam, tuyên dương 75 nhà giáo"
        " tiêu biểu. Chủ tịch UBND huyện tặng Giấy khen cho {} nhà giáo có thành tích tiêu biểu."
    )
    assert short(grants_of(body.format(75))) == [("giay-khen", "individual", 75)]
    assert short(grants_of(body.format(20))) == [("khen-thuong", "individual", 75), ("giay-khen", "individual", 20)]


def test_an_award_handed_over_tang_a_body_named_after_it_goes_to_that_body():
    rows = grants_of(
        "Sáng 6/5, ông Hoàng Văn Hải, Phó Chủ tịch UBND tỉnh trao Huân chương Lao động hạng Nhì của Chủ tịch nước tặng "
        "Trường THPT Văn Lãng."
    )
    assert [(r[0], r[2], r[6], r[10]) for r in rows] == [("huan-chuong-lao-dong-hang-nhi", 1, "Hoàng Văn Hải", "Trường THPT Văn Lãng")]
    # a gift handed over beside an award is no recipient's name
    rows = grants_of("Sáng 6/5, ông Hoàng Văn Hải trao Giấy khen và tặng quà cho 5 hộ gia đình.")
    assert [(r[0], r[1], r[2], r[10]) for r in rows] == [("giay-khen", "collective", 5, None)]


def test_a_headline_s_sector_is_the_body_at_its_head_that_the_body_names():
    facts = article(
        "Ngành Thống kê đón nhận Huân chương Độc lập hạng Nhất\n06/05/2021 11:20\nSáng 6/5, Tổng cục Thống kê tổ chức Lễ kỷ "
        "niệm 75 năm Ngày thành lập ngành. Phó Thủ tướng Lê Minh Khái trao Huân chương Độc lập hạng Nhất của Chủ tịch nước "
        "tặng Tổng cục Thống kê.\nHải Yến\n"
    )[1]
    assert [(g.award, g.recipient) for g in counted_once(facts.grants)] == [("huan-chuong-doc-lap-hang-nhat", "Tổng cục Thống kê")]
    # a sector whose field is another body's is another recipient
    facts = article(
        "Ngành Thuế đón nhận Huân chương Độc lập hạng Nhất\n06/05/2021 11:20\nSáng 6/5, Tổng cục Thống kê tổ chức Lễ kỷ "
        "niệm 75 năm Ngày thành lập ngành. Phó Thủ tướng Lê Minh Khái trao Huân chương Độc lập hạng Nhất của Chủ tịch nước "
        "tặng Tổng cục Thống kê.\nHải Yến\n"
    )[1]
    assert len(counted_once(facts.grants)) == 2


def test_a_passive_s_subject_is_read_whole_past_the_commas_of_its_name_and_without_the_district_placing_it():
    lead = "Với những thành tích xuất sắc trong xây dựng nông thôn mới, "
    people = "Đảng bộ, chính quyền và Nhân dân xã Tân Mỹ"
    for subject in (people, people + ", huyện Văn Lãng", people + ", huyện Văn Lãng, tỉnh Lạng Sơn"):
        rows = grants_of(lead + subject + " vinh dự được Thủ tướng Chính phủ tặng Bằng khen.")
        assert [(r[0], r[10]) for r in rows] == [("bang-khen-thu-tuong", "Đảng bộ, chính quyền và nhân dân xã Tân Mỹ")], subject
    # a commune opening the sentence, its type in capitals
    rows = grants_of("Xã Tân Mỹ, huyện Văn Lãng vinh dự được Thủ tướng Chính phủ tặng Cờ thi đua.")
    assert [r[10] for r in rows] == ["xã Tân Mỹ"]
    # a school placed by its district
    rows = grants_of("Năm học qua, Trường THCS Hoàng Văn Thụ, huyện Văn Lãng được Chủ tịch UBND tỉnh tặng Bằng khen.")
    assert [r[10] for r in rows] == ["Trường THCS Hoàng Văn Thụ"]
    # a province after a phrase of its own is the subject
    rows = grants_of(lead + "tỉnh Lạng Sơn vinh dự được Thủ tướng Chính phủ tặng Cờ thi đua.")
    assert [r[10] for r in rows] == ["tỉnh Lạng Sơn"]


def test_a_ceremony_receiving_a_certificate_of_no_stated_giver_is_the_government_s_handed_over_there():
    facts = article(
        HEAD + "Ngày 15/9/2023, UBND xã Tân Mỹ tổ chức Lễ đón nhận Bằng khen. Ông Hoàng Văn Hải, Phó Chủ tịch UBND tỉnh đã trao "
        "Bằng khen của Thủ tướng Chính phủ cho Đảng bộ, chính quyền và Nhân dân xã Tân Mỹ.\nTrần Thu Hương\n"
    )[1]
    assert [(g.award, g.recipient) for g in counted_once(facts.grants)] == [
        ("bang-khen-thu-tuong", "Đảng bộ, chính quyền và nhân dân xã Tân Mỹ")
    ]
    # one whose giver the ceremony names is its own
    facts = article(
        HEAD + "Ngày 15/9/2023, UBND xã Tân Mỹ tổ chức Lễ đón nhận Bằng khen của UBND tỉnh. Ông Hoàng Văn Hải trao Bằng khen của "
        "Thủ tướng Chính phủ cho ông Lê Văn An.\nTrần Thu Hương\n"
    )[1]
    assert sorted(g.award for g in counted_once(facts.grants)) == ["bang-khen-cap-bo-tinh", "bang-khen-thu-tuong"]


def test_a_body_left_at_its_level_word_is_the_one_the_article_names_with_its_place_where_the_place_is_ambiguous():
    def givers(body: str) -> list:
        facts = article("Tuyên dương người tốt, việc tốt năm 2023\n28/12/2023 09:00\n" + body + "\nHồng Nhung\n")[1]
        return [_label(g.conferrer) for g in facts.grants]

    # 'Châu Thành' is a district of several provinces: the article's place stays unknown
    named = "Chiều 27/12, Ủy ban MTTQ Việt Nam huyện Châu Thành tổ chức Hội nghị biểu dương người tốt, việc tốt. "
    assert givers(named + "Tại hội nghị, Ban Thường trực Ủy ban MTTQ huyện đã tặng Giấy khen cho 12 cá nhân.") == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Châu Thành"
    ]
    # two such bodies named: which one is not known
    named2 = named + "Ủy ban MTTQ Việt Nam huyện Chợ Gạo cũng tổ chức hội nghị. "
    assert givers(named2 + "Tại hội nghị, Ban Thường trực Ủy ban MTTQ huyện đã tặng Giấy khen cho 12 cá nhân.") != [
        "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Châu Thành"
    ]


def test_the_staff_of_a_body_as_a_passive_s_subject_is_that_body():
    rows = grants_of("Từ những kết quả đạt được, tập thể cán bộ, giáo viên Trường THCS Hoàng Văn Thụ đã được UBND huyện tặng Giấy khen.")
    assert [(r[0], r[1], r[10]) for r in rows] == [("giay-khen", "collective", "Trường THCS Hoàng Văn Thụ")]
    rows = grants_of(
        "Năm 2022, tập thể y, bác sĩ, nhân viên Bệnh viện Đa khoa huyện Văn Lãng vinh dự được Bộ trưởng Bộ Y tế tặng Bằng khen."
    )
    assert [(r[1], r[10]) for r in rows] == [("collective", "Bệnh viện Đa khoa huyện Văn Lãng")]
    # a person opening the subject receives it, whom they speak for aside
    rows = grants_of("Cô Lê Thị Hoa, đại diện tập thể cán bộ, giáo viên Trường THCS Hoàng Văn Thụ được UBND huyện tặng Giấy khen.")
    assert [(r[1], r[10]) for r in rows] == [("individual", "Lê Thị Hoa")]


def test_a_unit_as_a_passive_s_subject_before_the_body_or_commune_above_it_receives_it():
    def recipient(sentence: str) -> list:
        return [r[10] for r in grants_of(sentence)]

    assert recipient("Năm 2022, Chi bộ thôn Nà Pá, xã Tân Mỹ được Đảng ủy xã tặng Giấy khen.") == ["Chi bộ thôn Nà Pá"]
    assert recipient("Đồn Biên phòng Cửa khẩu Chi Ma, BĐBP tỉnh Lạng Sơn được Bộ trưởng Bộ Quốc phòng tặng Bằng khen.") == [
        "Đồn Biên phòng Cửa khẩu Chi Ma"
    ]
    # a body after a phrase of its own is the subject
    assert recipient("Với thành tích trên, Công an huyện Văn Lãng được Chủ tịch UBND tỉnh tặng Bằng khen.") == ["Công an huyện Văn Lãng"]


def test_a_unit_then_a_comma_and_the_force_above_it_after_cho_is_that_unit_not_a_list():
    def given(sentence: str) -> list[tuple]:
        return [(r[2], r[10]) for r in grants_of(sentence)]

    assert given("Bộ trưởng Bộ Quốc phòng tặng Bằng khen cho Đồn Biên phòng Cửa khẩu Chi Ma, BĐBP tỉnh Lạng Sơn.") == [
        (1, "Đồn Biên phòng Cửa khẩu Chi Ma")
    ]
    # two bodies joined by 'và', or a province's department and a district's force, are a list
    assert given("Chủ tịch UBND tỉnh tặng Bằng khen cho Đồn Biên phòng Cửa khẩu Chi Ma và Bộ Chỉ huy BĐBP tỉnh.") == [(2, None)]
    assert given("Giám đốc Công an tỉnh tặng Giấy khen cho Phòng Cảnh sát hình sự, Công an huyện Văn Lãng và 8 cán bộ.")[0] == (2, None)


def test_bodies_listed_as_a_passive_s_subject_after_a_phrase_of_its_own_all_receive():
    rows = grants_of("Qua 5 năm thực hiện, Hội Cựu chiến binh xã Tân Mỹ và Hội Nông dân xã Hoàng Việt được UBND huyện tặng Giấy khen.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "collective", 2)]
    # one body after it, as before
    rows = grants_of("Qua 5 năm thực hiện, Hội Nông dân xã Hoàng Việt được UBND huyện tặng Giấy khen.")
    assert [(r[2], r[10]) for r in rows] == [(1, "Hội Nông dân xã Hoàng Việt")]


def test_places_a_plural_names_as_a_passive_s_subject_are_counted():
    rows = grants_of("Năm 2022, các xã Tân Mỹ, Hoàng Việt và Tân Thanh được Chủ tịch UBND huyện tặng Giấy khen.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "collective", 3)]


def test_the_giver_an_award_is_received_from_is_its_conferrer():
    rows = grants_of("Năm 2022, Trường THCS Tân Mỹ vinh dự nhận Bằng khen từ Thủ tướng Chính phủ.")
    assert [(r[0], r[5]) for r in rows] == [("bang-khen-thu-tuong", "Thủ tướng Chính phủ")]
    rows = grants_of("Năm 2022, Hội Nông dân xã Tân Mỹ nhận Giấy khen từ Ban Thường vụ Huyện ủy.")
    assert [(r[0], r[5]) for r in rows] == [("giay-khen", "Ban Thường vụ Huyện ủy Văn Lãng")]
    # 'từ' a time is no giver
    rows = grants_of("Trường THCS Tân Mỹ nhận Giấy khen từ năm 2018 đến nay.")
    assert [r[5] for r in rows] in ([], [None])


def test_a_bare_commendation_whose_list_gives_the_awards_is_no_grant_of_its_own():
    rows = grants_of(
        "Căn cứ kết quả bình xét thi đua năm 2022, Phòng Giáo dục huyện đã đề nghị và được cấp trên khen thưởng. Cụ thể:\n"
        "1. Giám đốc Sở GD&ĐT tặng Giấy khen cho Trường THCS Tân Mỹ;\n"
        "2. Chủ tịch UBND huyện tặng Giấy khen cho 04 tập thể và 09 cá nhân.\n"
    )
    # told granted, not proposed; the year evaluated is theirs
    assert [(r[0], r[2], r[4], r[7]) for r in rows] == [
        ("giay-khen", 1, "conferred", "2022"),
        ("giay-khen", 4, "conferred", "2022"),
        ("giay-khen", 9, "conferred", "2022"),
    ]
    # a list that only names those it commends leaves the commendation standing, to them
    rows = grants_of(
        "Năm 2022, UBND huyện Văn Lãng đã khen thưởng 3 tập thể sau:\n- Trường THCS Tân Mỹ;\n- Trường Tiểu học Hội Hoan;\n- Trường Mầm non Hoàng Việt.\n"
    )
    assert [(r[0], r[2]) for r in rows] == [("khen-thuong", 3)]
    # a counted commendation the list's awards add up to sums them up, no grant; one they do not add up to (what the
    # district gave by itself, the list what higher levels gave) is a grant beside them
    items = "- 01 tập thể được tặng Cờ thi đua của Chính phủ;\n- 15 tập thể, 40 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen.\n"
    for total, kept in (("16 tập thể, 40 cá nhân", []), ("320 tập thể, 1.150 cá nhân", [("khen-thuong", 320), ("khen-thuong", 1150)])):
        rows = grants_of(f"Năm 2022, huyện đã khen thưởng theo thẩm quyền cho {total}. Cụ thể:\n" + items)
        assert [(r[0], r[2]) for r in rows if r[0] == "khen-thuong"] == kept, total
        assert [(r[0], r[2]) for r in rows if r[0] != "khen-thuong"] == [
            ("co-thi-dua-chinh-phu", 1), ("bang-khen-cap-bo-tinh", 15), ("bang-khen-cap-bo-tinh", 40)
        ]  # fmt: skip


def test_each_of_those_counted_before_by_their_noun_is_as_many():
    def count(body: str) -> list:
        return [r[2] for r in grants_of(body)]

    told = "Năm 2024, có 15 sinh viên đạt giải cao tại cuộc thi Olympic Tin học. Các em đến từ 12 trường đại học. "
    assert count(told + "Mỗi sinh viên được tặng Bằng khen của Trung ương Đoàn.") == [15]
    # none of that noun counted before: uncounted
    assert count("Các em đến từ 12 trường đại học. Mỗi sinh viên được tặng Bằng khen của Trung ương Đoàn.") == [None]


def test_a_body_that_wins_an_award_receives_it():
    rows = grants_of("Năm 2022, Công an huyện Văn Lãng giành Cờ thi đua của Bộ Công an.")
    assert [(r[0], r[2], r[5], r[10]) for r in rows] == [("co-thi-dua-cap-bo-tinh", 1, "Bộ Công an", "Công an huyện Văn Lãng")]
    # a contest's medals won are no award
    assert grants_of("Đoàn vận động viên huyện Văn Lãng giành 3 Huy chương Vàng tại Đại hội Thể dục thể thao tỉnh.") == []


def test_who_rewards_on_the_spot_is_the_giver():
    rows = grants_of("Anh Hoàng Văn Sơn được Chủ tịch UBND huyện Văn Lãng thưởng nóng vì đã bắt giữ đối tượng trộm cắp.")
    assert [(r[0], r[5], r[10]) for r in rows] == [("khen-thuong", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng", "Hoàng Văn Sơn")]
    # rewarded by no one the clause names: no giver
    rows = grants_of("Anh Hoàng Văn Sơn được thưởng nóng vì đã bắt giữ đối tượng trộm cắp.")
    assert [(r[0], r[5]) for r in rows] == [("khen-thuong", None)]


def test_a_breakdown_after_a_decision_s_total_takes_its_decision_and_the_achievement_it_rewards():
    facts = article(
        HEAD + "Chủ tịch nước vừa ký Quyết định số 456/QĐ-CTN ngày 10/5/2023 tặng thưởng Huân chương Lao động cho 3 tập thể "
        "của tỉnh đã có thành tích xuất sắc từ năm 2017 đến năm 2021. Trong đó, Huân chương Lao động hạng Nhì cho 1 tập thể, "
        "Huân chương Lao động hạng Ba cho 2 tập thể.\nTrần Thu Hương\n"
    )[1]
    parts = [(g.award, g.count, g.decision_number, str(g.decision_date), g.period) for g in counted_once(facts.grants)]
    assert parts == [
        ("huan-chuong-lao-dong-hang-nhi", 1, "456/QĐ-CTN", "2023-05-10", "2017-2021"),
        ("huan-chuong-lao-dong-hang-ba", 2, "456/QĐ-CTN", "2023-05-10", "2017-2021"),
    ]


def test_a_caption_naming_a_body_s_award_keeps_the_head_s_office_the_body_of_the_text_names():
    facts = article(
        "Huyện Văn Lãng tổng kết thi đua\n15/01/2024 10:00\nSáng 12/1, UBND huyện Văn Lãng tổ chức Hội nghị tổng kết công "
        "tác thi đua năm 2023.\nÔng Lê Văn Ba trao Bằng khen của UBND tỉnh cho các tập thể. Ảnh: H.Gia\nDịp này, Chủ tịch "
        "UBND tỉnh tặng Bằng khen cho 4 tập thể.\nTrần Thu Hương\n"
    )[1]
    assert [(_label(g.conferrer), g.presenter) for g in facts.grants] == [("Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "Lê Văn Ba")]
    # another body's award named in the caption is that body's
    facts = article(
        "Huyện Văn Lãng tổng kết thi đua\n15/01/2024 10:00\nSáng 12/1, UBND huyện Văn Lãng tổ chức Hội nghị tổng kết công "
        "tác thi đua năm 2023.\nÔng Lê Văn Ba trao Bằng khen của Bộ trưởng Bộ Công an cho các tập thể. Ảnh: H.Gia\nDịp "
        "này, 4 tập thể được tặng Bằng khen.\nTrần Thu Hương\n"
    )[1]
    assert [(_label(g.conferrer), g.presenter) for g in facts.grants] == [("Bộ trưởng Bộ Công an", "Lê Văn Ba")]


def test_a_short_lead_after_a_sentence_s_grants_opens_the_list_of_the_awards_they_were():
    rows = grants_of(
        "Trong năm, UBND huyện đã đề nghị cấp trên khen thưởng cho 25 tập thể, 40 cá nhân. Trong đó:\n"
        "- Huân chương Lao động: 2 tập thể, 3 cá nhân;\n- Cờ thi đua của Chính phủ: 1 tập thể.\n"
    )
    assert [(r[0], r[1], r[2], r[4], r[8]) for r in rows] == [
        ("khen-thuong", "collective", 25, "proposed", None),
        ("khen-thuong", "individual", 40, "proposed", None),
        ("huan-chuong-lao-dong", "collective", 2, "proposed", None),
        ("huan-chuong-lao-dong", "individual", 3, "proposed", None),
        ("co-thi-dua-chinh-phu", "collective", 1, "proposed", None),
    ]
    # after a sentence that gives nothing, such items count holders, not grants
    rows = grants_of(
        "Toàn huyện hiện có 120 đơn vị. Trong đó:\n- Huân chương Lao động: 2 tập thể;\n- Cờ thi đua của Chính phủ: 1 tập thể.\n"
    )
    assert rows == []


def test_what_a_usual_year_sees_is_no_grant():
    assert grants_of("Mỗi năm, huyện có khoảng 200 lượt tập thể, cá nhân được khen thưởng.") == []
    assert grants_of("Hằng năm, UBND huyện Văn Lãng tặng Giấy khen cho hơn 100 hộ gia đình tiêu biểu.") == []
    # the year's own grants are
    rows = grants_of("Năm 2022, UBND huyện Văn Lãng tặng Giấy khen cho 100 hộ gia đình tiêu biểu.")
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", 100)]


def test_one_who_hands_over_the_rewards_presents_the_awards_given_at_the_event():
    def presenters(last: str) -> list[tuple[str, str | None]]:
        facts = article(
            "Huyện Văn Lãng tổng kết thi đua\n15/01/2024 10:00\nSáng 12/1, UBND huyện Văn Lãng tổ chức Hội nghị tổng kết công "
            f"tác thi đua năm 2023. Dịp này, UBND huyện tặng Giấy khen cho 10 tập thể và 15 cá nhân. {last}\nTrần Thu Hương\n"
        )[1]
        return [(g.award, g.presenter) for g in facts.grants]

    for said in (
        "Ông Lê Văn Ba trao các phần thưởng cho các tập thể, cá nhân.",
        "Ông Lê Văn Ba trao khen thưởng cho các tập thể, cá nhân.",
    ):
        assert presenters(said) == [("giay-khen", "Lê Văn Ba"), ("giay-khen", "Lê Văn Ba")], said
    # to the individuals alone: theirs alone
    assert presenters("Ông Lê Văn Ba trao các phần thưởng cho các cá nhân.") == [("giay-khen", None), ("giay-khen", "Lê Văn Ba")]


def test_who_signed_the_decision_that_gives_an_award_gives_it():
    rows = grants_of(
        "Chủ tịch UBND tỉnh vừa ký Quyết định số 789/QĐ-UBND ngày 18/3/2023 về việc tặng danh hiệu Chiến sĩ thi đua cấp tỉnh "
        "cho 45 cá nhân có thành tích tiêu biểu xuất sắc."
    )
    assert [(r[0], r[2], r[5]) for r in rows] == [("chien-si-thi-dua-cap-bo-tinh", 45, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn")]
    # a decision the sentence does not say who signed gives no giver
    rows = grants_of("Theo Quyết định số 789/QĐ-UBND ngày 18/3/2023, 45 cá nhân được công nhận danh hiệu Chiến sĩ thi đua cơ sở.")
    assert [(r[0], r[5]) for r in rows] == [("chien-si-thi-dua-co-so", None)]


def test_a_bare_minister_s_award_is_the_minister_of_the_ministry_named_before():
    facts = article(
        "Công an tỉnh Lạng Sơn khen thưởng\n20/05/2024 10:00\nNgày 20/5, Công an tỉnh Lạng Sơn tổ chức lễ khen thưởng. Thay "
        "mặt lãnh đạo Bộ Công an, Trung tướng Nguyễn Văn Long, Thứ trưởng Bộ Công an trao Bằng khen của Bộ trưởng cho Công "
        "an huyện Văn Lãng.\nTrần Thu Hương\n"
    )[1]
    assert [(_label(g.conferrer), _label(g.on_behalf_of)) for g in facts.grants] == [("Bộ trưởng Bộ Công an", "Bộ Công an")]
    # no ministry named, nor one the article is about: no minister to name
    facts = article(
        "Huyện Văn Lãng khen thưởng\n20/05/2024 10:00\nNgày 20/5, UBND huyện Văn Lãng tổ chức lễ khen thưởng. Ông Nguyễn Văn "
        "Long trao Bằng khen của Bộ trưởng cho Công an huyện Văn Lãng.\nTrần Thu Hương\n"
    )[1]
    assert [_label(g.conferrer) for g in facts.grants] == [None]


def test_an_award_the_party_and_the_state_gave_is_the_state_s():
    rows = grants_of("Năm 2022, Trường THCS Tân Mỹ vinh dự được Đảng, Nhà nước tặng thưởng Huân chương Lao động hạng Nhì.")
    assert [(r[0], r[5], r[10]) for r in rows] == [("huan-chuong-lao-dong-hang-nhi", "Chủ tịch nước", "Trường THCS Tân Mỹ")]
    # one given years before is a record, no grant
    assert grants_of("Trường THCS Tân Mỹ đã được Đảng, Nhà nước tặng thưởng Huân chương Lao động hạng Ba năm 2010.") == []


def test_a_research_institute_by_its_head_noun_receives_the_award_its_headline_names():
    head = "Viện Nghiên cứu Rau quả đón nhận Huân chương Lao động hạng Ba\n20/01/2023 09:00\n"
    lead = "Ngày 18/1, Viện Nghiên cứu Rau quả (trực thuộc Viện Khoa học Nông nghiệp Việt Nam) tổ chức lễ kỷ niệm 25 năm thành lập.\n"
    facts = article(
        head
        + lead
        + "Với thành tích xuất sắc giai đoạn 2017 - 2021, Viện vinh dự được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Ba.\nMinh Hà\n"
    )[1]
    assert [(g.award, g.recipient, g.period) for g in facts.grants] == [
        ("huan-chuong-lao-dong-hang-ba", "Viện Nghiên cứu Rau quả", "2017-2021")
    ]  # fmt: skip
    # a factory the same way, and its field's lower-case words in its name ('Nhà máy Thủy điện ...')
    head = "Nhà máy Xi măng Tam Điệp đón nhận Cờ thi đua của Chính phủ\n20/01/2023 09:00\n"
    facts = article(head + "Năm 2022, Nhà máy vinh dự được Thủ tướng Chính phủ tặng Cờ thi đua.\nMinh Hà\n")[1]
    assert [(g.award, g.recipient) for g in facts.grants] == [("co-thi-dua-chinh-phu", "Nhà máy Xi măng Tam Điệp")]
    # the word inside another's name is no subject of its own
    assert grants_of("Bệnh viện Đa khoa tỉnh được tặng Bằng khen của Bộ trưởng Bộ Y tế.")[0][10] == "Bệnh viện Đa khoa tỉnh Lạng Sơn"


def test_who_attended_an_event_named_at_length_and_handed_the_award_over_presents_it():
    rows = grants_of(
        "Ngày 16/1, ông Hoàng Văn Quý, Chủ tịch UBND huyện dự Lễ kỷ niệm 30 năm thành lập Trường Cao đẳng Kinh tế"
        " Kỹ thuật Công nghiệp tỉnh Lạng Sơn và trao Bằng khen cho 5 tập thể của nhà trường."
    )
    assert [(r[2], r[6]) for r in rows] == [(5, "Hoàng Văn Quý")]
    rows = grants_of(
        "Ngày 16/1, đồng chí Lê Thị Mai, Bí thư Huyện ủy đã tới dự Hội nghị tổng kết công tác năm 2022 của Hội Cựu chiến"
        " binh huyện, Hội Nông dân huyện và Hội Liên hiệp Phụ nữ huyện và trực tiếp trao Giấy khen cho 8 cá nhân."
    )
    assert [(r[2], r[6]) for r in rows] == [(8, "Lê Thị Mai")]
    # one who only attended does not hand over what a body gives in the clause after
    rows = grants_of(
        "Ngày 16/1, ông Hoàng Văn Quý, Chủ tịch UBND huyện dự Lễ kỷ niệm 30 năm thành lập Trường Cao đẳng Kinh tế"
        " Kỹ thuật Công nghiệp tỉnh Lạng Sơn, nhân dịp này Hội Khuyến học tỉnh trao Bằng khen cho 5 tập thể."
    )
    assert [(r[2], r[6]) for r in rows] == [(5, None)]


def test_a_headline_s_one_count_of_two_awards_is_the_sum_the_body_gives_of_them():
    head = "Trao danh hiệu Nghệ sĩ Nhân dân, Nghệ sĩ Ưu tú cho 9 nghệ sĩ\n20/01/2023 09:00\n"
    body = (
        "Ngày 18/1, Sở Văn hóa, Thể thao và Du lịch tỉnh tổ chức Lễ trao tặng danh hiệu Nghệ sĩ Nhân dân, Nghệ sĩ Ưu tú."
        " Thừa ủy quyền của Chủ tịch nước, ông Lê Văn Minh, Phó Chủ tịch UBND tỉnh đã trao danh hiệu Nghệ sĩ Nhân dân"
        " cho 2 nghệ sĩ và danh hiệu Nghệ sĩ Ưu tú cho 7 nghệ sĩ. Các nghệ sĩ được phong tặng danh hiệu Nghệ sĩ Nhân dân"
        " gồm: Nguyễn Thị Lan và Trần Văn Bảy.\nMinh Hà\n"
    )
    facts = article(head + body)[1]
    assert sorted((g.award, g.count) for g in facts.grants) == [("nghe-si-nhan-dan", 2), ("nghe-si-uu-tu", 7)]
    # a count that is not their sum is a grant told apart, of the kind both titles are (which each got, unsaid)
    facts = article(head.replace("cho 9", "cho 12") + body)[1]
    assert ("danh-hieu-vinh-du-nha-nuoc", 12) in [(g.award, g.count) for g in facts.grants]


def test_a_task_team_s_name_ends_before_what_it_did():
    rows = grants_of("Giám đốc Công an tỉnh đã khen thưởng đột xuất Tổ công tác bắt giữ 2 đối tượng vận chuyển ma túy.")
    assert [r[10] for r in rows] == ["Tổ công tác"]
    rows = grants_of("UBND tỉnh tặng Bằng khen cho Ban chuyên án triệt phá đường dây đánh bạc qua mạng.")
    assert [r[10] for r in rows] == ["Ban chuyên án"]
    rows = grants_of("Giám đốc Công an tỉnh khen thưởng đột xuất Ban chuyên án phá vụ án ma túy lớn.")
    assert [r[10] for r in rows] == ["Ban chuyên án"]
    # a unit named for what it fights keeps it ('Đội Cảnh sát điều tra tội phạm về ma túy')
    rows = grants_of("Giám đốc Công an tỉnh tặng Giấy khen cho Đội Cảnh sát điều tra tội phạm về ma túy Công an huyện.")
    assert [r[10] for r in rows] == ["Đội Cảnh sát điều tra tội phạm về ma túy Công an huyện Văn Lãng"]


def test_a_recipient_told_by_an_honorific_alone_is_the_one_last_called_so():
    rows = grants_of(
        "Sáng 12/1, Trường THCS Văn Lãng tuyên dương em Hoàng Văn Tú, học sinh lớp 8A, vì đã cứu bạn bị đuối nước."
        " Trước đó, Huyện đoàn Văn Lãng cũng đã tặng Giấy khen cho em."
    )
    assert [(r[0], r[10]) for r in rows if r[0] == "giay-khen"] == [("giay-khen", "Hoàng Văn Tú")]
    rows = grants_of(
        "Ngày 12/1, bà con xã Tân Mỹ kể về anh Lý Văn Sềnh đã dũng cảm cứu người. UBND huyện tặng Giấy khen cho anh vì hành động dũng cảm."
    )
    assert [(r[0], r[10]) for r in rows] == [("giay-khen", "Lý Văn Sềnh")]
    # an official the article called so is no such recipient; nor is anyone when none was called so
    rows = grants_of("Dự lễ có ông Hoàng Văn Quý, Chủ tịch UBND huyện. UBND xã tặng Giấy khen cho ông.")
    assert [r[10] for r in rows] == []
    rows = grants_of("Ngày 12/1, em Hoàng Văn Tú được bạn bè tuyên dương. Huyện đoàn tặng Giấy khen cho anh.")
    assert [r[10] for r in rows if r[0] == "giay-khen"] == []


def test_a_school_s_board_gives_in_the_school_s_name_and_a_giving_told_looking_back_is_no_grant_of_the_event():
    head = "Trường THCS Kim Đồng tuyên dương học sinh trả lại của rơi\n20/01/2023 09:00\n"
    body = (
        "Sáng 19/1, Trường THCS Kim Đồng (huyện Văn Lãng) tổ chức tuyên dương em Hoàng Thu Trang, học sinh lớp 7B."
        " Ban Giám hiệu nhà trường đã tặng Giấy khen cho em Trang."
        " Trước đó, Công an xã Tân Mỹ cũng đã trao Giấy khen cho em Trang.\nMinh Hà\n"
    )
    facts = article(head + body)[1]
    assert sorted((_label(g.conferrer), g.event is not None) for g in facts.grants) == [
        ("Công an xã Tân Mỹ", False),
        ("Trường THCS Kim Đồng", True),
    ]
    # a board's company the same way ('Ban Giám đốc Công ty tặng Giấy khen')
    head = "Công ty Than Hà Lầm tổng kết năm 2022\n20/01/2023 09:00\n"
    facts = article(
        head + "Ngày 18/1, Công ty Than Hà Lầm tổ chức hội nghị tổng kết. Ban Giám đốc Công ty tặng Giấy khen cho 12 tập thể.\nMinh Hà\n"
    )[1]
    assert [_label(g.conferrer) for g in facts.grants] == ["Công ty Than Hà Lầm"]


def test_a_field_opening_a_sentence_is_no_part_of_its_subject():
    rows = grants_of("Về công tác thi đua, khen thưởng, năm 2022 Chủ tịch UBND huyện đã tặng Giấy khen cho 25 cá nhân.")
    assert [(r[2], r[5]) for r in rows] == [(25, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng")]
    rows = grants_of("Đối với lĩnh vực giáo dục, Chủ tịch UBND huyện đã tặng Giấy khen cho 12 giáo viên.")
    assert [(r[2], r[5]) for r in rows] == [(12, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng")]
    # a field named but no giver: none
    rows = grants_of("Về công tác thi đua, khen thưởng, năm 2022 có 25 cá nhân được tặng Giấy khen.")
    assert [(r[2], r[5]) for r in rows] == [(25, None)]


def test_a_year_opening_a_sentence_that_tells_its_achievement_is_the_grant_s_period():
    rows = grants_of("Năm 2022, Trường THCS Tân Mỹ có thành tích xuất sắc trong phong trào thi đua nên được UBND tỉnh tặng Cờ thi đua.")
    assert [(r[0], r[7]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "2022")]
    rows = grants_of("Năm học 2022 - 2023, Trường THCS Tân Mỹ dẫn đầu phong trào thi đua của huyện và được UBND tỉnh tặng Cờ thi đua.")
    assert [(r[0], r[7]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "2022-2023")]
    # the year of a giving alone is no achievement's
    rows = grants_of("Năm 2022, Trường THCS Tân Mỹ được UBND tỉnh tặng Cờ thi đua.")
    assert [(r[0], r[7]) for r in rows] == [("co-thi-dua-cap-bo-tinh", None)]


def test_a_decision_naming_its_award_for_recipients_it_does_not_count_gives_what_the_next_sentence_counts():
    body = (
        "Chủ tịch UBND tỉnh vừa ký Quyết định số 45/QĐ-UBND ngày 10/1/2023 về việc tặng Cờ thi đua cho các xã dẫn đầu"
        " phong trào thi đua năm 2022. Theo đó, 2 xã được tặng Cờ thi đua gồm: xã Tân Mỹ và xã Hội Hoan."
        " Cũng theo Quyết định, Chủ tịch UBND tỉnh tặng Bằng khen cho 6 tập thể."
    )
    facts = article(HEAD + body + "\nTrần Thu Hương\n")[1]
    assert sorted((g.award, g.count, _label(g.conferrer), g.decision_number) for g in facts.grants) == [
        ("bang-khen-cap-bo-tinh", 6, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "45/QĐ-UBND"),
        ("co-thi-dua-cap-bo-tinh", 2, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "45/QĐ-UBND"),
    ]
    # a decision that counts its recipients keeps its own grant, and the next sentence's giver is its own
    body = (
        "Chủ tịch UBND tỉnh vừa ký Quyết định số 45/QĐ-UBND ngày 10/1/2023 về việc tặng Cờ thi đua cho 2 xã."
        " Ngoài ra, 3 tập thể được tặng Giấy khen."
    )
    facts = article(HEAD + body + "\nTrần Thu Hương\n")[1]
    assert sorted((g.award, g.count, _label(g.conferrer)) for g in facts.grants) == [
        ("co-thi-dua-cap-bo-tinh", 2, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("giay-khen", 3, None),
    ]


def test_what_a_guide_says_is_to_be_given_is_no_grant():
    assert grants_of("Theo hướng dẫn, Chủ tịch UBND tỉnh xét tặng Cờ thi đua cho các tập thể dẫn đầu các khối thi đua.") == []
    assert grants_of("Theo quy chế, Chủ tịch UBND huyện tặng Giấy khen cho các tập thể, cá nhân tiêu biểu.") == []
    # a decision's 'Theo' gives
    rows = grants_of("Theo Quyết định số 12/QĐ-UBND, Chủ tịch UBND huyện tặng Giấy khen cho 5 tập thể.")
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", 5)]


def test_an_award_to_a_noun_of_recipients_with_no_count_is_an_uncounted_grant():
    rows = grants_of("UBND huyện tặng Giấy khen cho học sinh đạt giải Nhất cuộc thi.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "individual", None)]
    # and tells the award a bare commendation counted them by ('khen thưởng 20 nhà giáo', then the caption's award)
    rows = grants_of(
        "Ngày 18/1, UBND huyện tuyên dương, khen thưởng 20 nhà giáo tiêu biểu năm 2022."
        "\nLãnh đạo UBND huyện tặng giấy khen cho nhà giáo tiêu biểu năm 2022."
    )
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", 20)]
    # a name after the noun is that recipient's, a person told by an honorific alone none
    rows = grants_of("UBND huyện tặng Giấy khen cho học sinh Hoàng Văn Tú vì đã cứu bạn.")
    assert [(r[0], r[10]) for r in rows] == [("giay-khen", "Hoàng Văn Tú")]
    assert grants_of("UBND huyện tặng Giấy khen cho em.") == []


def test_a_caption_telling_who_handed_over_a_grant_the_body_tells_gives_it_its_presenter():
    head = "Sở Tư pháp đón nhận Cờ thi đua\n20/01/2023 09:00\n"
    body = (
        "Chiều 19/1, Sở Tư pháp tỉnh Lạng Sơn tổ chức Hội nghị tổng kết công tác năm 2022.\n"
        "Đồng chí Hoàng Văn Nghiệm, Phó Chủ tịch UBND tỉnh trao Cờ thi đua của UBND tỉnh cho Sở Tư pháp. Ảnh: Thu Trang\n"
        "Năm 2022, Sở Tư pháp được UBND tỉnh tặng Cờ thi đua.\nThu Trang\n"
    )
    facts = article(head + body)[1]
    assert [(g.award, g.presenter, g.event is not None) for g in facts.grants] == [("co-thi-dua-cap-bo-tinh", "Hoàng Văn Nghiệm", True)]
    # a caption that hands over what no body sentence tells is a grant of its own, as before
    facts = article(head + body.replace("Năm 2022, Sở Tư pháp được UBND tỉnh tặng Cờ thi đua.", "Hội nghị đã bàn nhiệm vụ năm 2023."))[1]
    assert [(g.award, g.presenter) for g in facts.grants] == [("co-thi-dua-cap-bo-tinh", "Hoàng Văn Nghiệm")]


def test_who_hands_over_a_posthumous_title_s_certificate_presents_the_title():
    body = (
        "Chiều 18/1, UBND huyện Văn Lãng tổ chức Lễ truy tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng” cho 2 mẹ."
        "\nÔng Hoàng Văn Quý, Bí thư Huyện ủy đã trao Bằng truy tặng cho thân nhân các mẹ."
    )
    rows = grants_of(body)
    assert [(r[0], r[6]) for r in rows] == [("ba-me-viet-nam-anh-hung", "Hoàng Văn Quý")]
    # a certificate of another kind presents no title ('Bằng Tổ quốc ghi công' honours the fallen)
    rows = grants_of(body.replace("Bằng truy tặng", "Bằng Tổ quốc ghi công"))
    assert [(r[0], r[6]) for r in rows] == [("ba-me-viet-nam-anh-hung", None)]


def test_a_grant_told_at_a_festival_or_a_contest_is_given_there():
    body = (
        "Sáng 8/1, UBND huyện Văn Lãng tổ chức Hội nghị tổng kết công tác năm 2022.\n"
        "Chiều 9/1, xã Tân Mỹ tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc.\n"
        "Tại ngày hội, Chủ tịch UBND huyện tặng Giấy khen cho 3 tập thể."
    )
    facts = article(HEAD + body + "\nTrần Thu Hương\n")[1]
    by_key = {e.key: e for e in facts.events}
    assert [(g.count, by_key[g.event].label if g.event else None) for g in facts.grants] == [
        (3, "Ngày hội toàn dân bảo vệ an ninh Tổ quốc")
    ]
    # the festival's name written with its capital, after a sentence of the year's figures between
    one = (
        "Sáng 9/1, Ban Công tác Mặt trận thôn Nà Pàn tổ chức Ngày hội Đại đoàn kết toàn dân tộc.\n"
        "Năm 2022, thôn có 120 hộ đạt danh hiệu Gia đình văn hóa.\n"
        "Tại Ngày hội, UBND xã tặng Giấy khen cho 4 hộ gia đình."
    )
    facts = article(HEAD + one + "\nTrần Thu Hương\n")[1]
    assert [(g.count, g.event is not None) for g in facts.grants if g.award == "giay-khen"] == [(4, True)]
    # a festival the article tells of no event as: the contest it does tell of is not where it was given
    other = (
        "Chiều 9/1, Huyện đoàn tổ chức Hội thi kể chuyện về Bác.\nTại Liên hoan, Ban Tổ chức tặng Giấy khen cho 20 thanh niên tiên tiến."
    )
    facts = article(HEAD + other + "\nTrần Thu Hương\n")[1]
    assert [(g.count, g.event) for g in facts.grants] == [(20, None)]
    # 'Tại hội nghị' is the conference's, as before
    facts = article(HEAD + body.replace("Tại ngày hội", "Tại hội nghị") + "\nTrần Thu Hương\n")[1]
    by_key = {e.key: e for e in facts.events}
    assert [by_key[g.event].label if g.event else None for g in facts.grants] == ["Hội nghị tổng kết công tác năm 2022"]
    # so is what was given at its close ('Kết thúc hội thi', 'Bế mạc đại hội'), of the kind it names
    closing = body.replace("Tại ngày hội", "Kết thúc ngày hội")
    facts = article(HEAD + closing + "\nTrần Thu Hương\n")[1]
    by_key = {e.key: e for e in facts.events}
    assert [by_key[g.event].label if g.event else None for g in facts.grants] == ["Ngày hội toàn dân bảo vệ an ninh Tổ quốc"]
    # negative: the close of a contest the article tells of no event as is none of its events
    facts = article(HEAD + other.replace("Tại Liên hoan", "Kết thúc liên hoan") + "\nTrần Thu Hương\n")[1]
    assert [(g.count, g.event) for g in facts.grants] == [(20, None)]
    # and what was given before it closed ('Trước khi bế mạc', 'Trước khi kết thúc hội nghị'); not before a term ended
    for lead, at in (("Trước khi bế mạc", True), ("Trước khi kết thúc hội nghị", True), ("Trước khi kết thúc nhiệm kỳ", False)):
        rows = grants_of(f"{lead}, Chủ tịch UBND huyện đã tặng Giấy khen cho 12 tập thể.", with_event=True)
        assert [(r[2], r[8] is not None) for r in rows] == [(12, at)], lead


def test_an_office_of_an_agency_named_bare_is_the_office_of_the_one_the_article_named_in_full():
    head = "Cục Thuế tỉnh Lạng Sơn tuyên dương người nộp thuế tiêu biểu\n20/01/2023 09:00\n"
    facts = article(
        head + "Ngày 18/1, Cục Thuế tỉnh Lạng Sơn tổ chức hội nghị. Cục trưởng Cục Thuế tặng Giấy khen cho 45 doanh nghiệp.\nThu Hà\n"
    )[1]
    assert [_label(g.conferrer) for g in facts.grants] == ["Cục trưởng Cục Thuế tỉnh Lạng Sơn"]
    # two of that name leave it bare
    facts = article(
        head + "Ngày 18/1, Cục Thuế tỉnh Lạng Sơn và Cục Thuế tỉnh Cao Bằng tổ chức hội nghị. Cục trưởng Cục Thuế tặng Giấy khen"
        " cho 45 doanh nghiệp.\nThu Hà\n"
    )[1]
    assert [_label(g.conferrer) for g in facts.grants] == ["Cục trưởng Cục Thuế"]


def test_a_giver_who_also_gives_goes_on_at_the_event_before():
    rows = grants_of(
        "Tại hội nghị, Chủ tịch UBND huyện tặng Giấy khen cho 3 trường.\nUBND huyện cũng tặng Giấy khen cho 25 giáo viên.",
        with_event=True,
    )
    assert [(r[2], r[8]) for r in rows] == [(3, "e1"), (25, "e1")]
    # a sentence of its own time does not
    rows = grants_of(
        "Tại hội nghị, Chủ tịch UBND huyện tặng Giấy khen cho 3 trường.\nNăm 2021, UBND huyện cũng tặng Giấy khen cho 25 giáo viên.",
        with_event=True,
    )
    assert [(r[2], r[8]) for r in rows] == [(3, "e1"), (25, None)]


def test_a_headline_s_bare_commendation_sums_the_grants_to_those_its_noun_counts():
    head = "Tuyên dương 30 học sinh đạt giải cấp tỉnh\n20/01/2023 09:00\n"
    body = (
        "Sáng 19/1, UBND huyện Văn Lãng tổ chức Lễ tuyên dương học sinh giỏi. Tại buổi lễ, Chủ tịch UBND huyện tặng Giấy"
        " khen cho 10 học sinh đạt giải Nhất, Nhì; Phòng GD&ĐT tặng Giấy khen cho 20 học sinh đạt giải Ba và 12 giáo viên.\nThu Hà\n"
    )
    facts = article(head + body)[1]
    assert sorted((g.award, g.count) for g in facts.grants) == [("giay-khen", 10), ("giay-khen", 12), ("giay-khen", 20)]
    # another sum is a grant told apart
    facts = article(head.replace("30 học sinh", "35 học sinh") + body)[1]
    assert ("khen-thuong", 35) in [(g.award, g.count) for g in facts.grants]


def test_a_heading_that_gives_and_proposes_gives_its_own_awards():
    body = (
        "Năm 2022, UBND huyện Văn Lãng đã thực hiện khen thưởng và đề nghị cấp trên khen thưởng cho 130 tập thể, cá nhân, cụ thể:\n"
        "- Bằng khen của Chủ tịch UBND tỉnh: 10 tập thể.\n"
        "- Giấy khen của Chủ tịch UBND huyện: 120 cá nhân."
    )
    rows = grants_of(body)
    assert sorted((r[0], r[2], r[4]) for r in rows) == [("bang-khen-cap-bo-tinh", 10, "proposed"), ("giay-khen", 120, "conferred")]
    # the body a council advises gives, not the council: its own awards are given
    for advised in ("Hội đồng Thi đua - Khen thưởng huyện đã tham mưu UBND huyện", "Phòng Nội vụ tham mưu cho UBND huyện"):
        rows = grants_of(body.replace("UBND huyện Văn Lãng đã thực hiện", advised))
        assert sorted((r[0], r[4]) for r in rows) == [("bang-khen-cap-bo-tinh", "proposed"), ("giay-khen", "conferred")], advised
    # a heading that only proposes proposes them all
    rows = grants_of(body.replace("đã thực hiện khen thưởng và đề nghị", "đã đề nghị"))
    assert sorted((r[0], r[2], r[4]) for r in rows) == [("bang-khen-cap-bo-tinh", 10, "proposed"), ("giay-khen", 120, "proposed")]


def test_a_named_body_honoured_with_a_quoted_title_receives_it():
    rows = grants_of("Năm 2022, Trường THCS Tân Mỹ được UBND huyện vinh danh “Trường học hạnh phúc”.")
    assert [(r[0], r[5], r[10]) for r in rows] == [("khen-thuong", "Ủy ban nhân dân huyện Văn Lãng", "Trường THCS Tân Mỹ")]
    rows = grants_of("Năm 2022, Trường THCS Tân Mỹ được vinh danh với danh hiệu “Trường học hạnh phúc”.")
    assert [(r[0], r[10]) for r in rows] == [("khen-thuong", "Trường THCS Tân Mỹ")]
    # honoured by no quoted title, the bare commendation as before
    rows = grants_of("Năm 2022, Trường THCS Tân Mỹ được vinh danh tại hội nghị.")
    assert [(r[0], r[10]) for r in rows] == [("khen-thuong", "Trường THCS Tân Mỹ")]


def test_recipients_named_then_counted_after_la_are_the_count():
    rows = grants_of("Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho xã Tân Mỹ và xã Hội Hoan là 2 đơn vị dẫn đầu.")
    assert [(r[0], r[2], r[4]) for r in rows] == [("co-thi-dua-cap-bo-tinh", 2, "proposed")]
    facts = article(HEAD + "UBND huyện tặng Giấy khen cho Trường THCS Tân Mỹ và Trường THCS Hội Hoan là 2 trường dẫn đầu.\nThu Hà\n")[1]
    assert [tuple(n.name for n in g.named) for g in facts.grants] == [("Trường THCS Tân Mỹ", "Trường THCS Hội Hoan")]
    # people by their honorifics, counted as households
    for number in ("hai", "2"):
        rows = grants_of(
            f"UBND xã trao Bằng khen của Chủ tịch UBND tỉnh cho ông Lê Văn Hùng và bà Phạm Thị Lan là {number} hộ gia đình đã "
            "hiến đất làm đường."
        )
        assert [(r[0], r[1], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", "collective", 2)], number
    # (not a count after 'là' that is what the one named did: no count of theirs)
    rows = grants_of("UBND xã tặng Giấy khen cho ông Lê Văn Hùng là người đã cứu 2 học sinh bị đuối nước.")
    assert [(r[2], r[10]) for r in rows] == [(1, "Lê Văn Hùng")]
    rows = grants_of("UBND xã tặng Giấy khen cho anh Lê Văn Nam - người đã cứu 5 người, 7 em nhỏ.")
    assert [(r[2], r[10]) for r in rows] == [(1, "Lê Văn Nam")]
    # (counts given beside the one named are theirs: 'cho anh A và 5 tập thể')
    rows = grants_of("UBND xã tặng Giấy khen cho anh Lê Văn Nam và 5 tập thể.")
    assert sorted((r[2], r[10] or "") for r in rows) == [(1, "Lê Văn Nam"), (5, "")]


def test_proposals_told_of_a_part_of_the_year_were_made_in_it_not_at_the_meeting():
    rows = grants_of("Trong 6 tháng đầu năm, UBND huyện đã đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 4 tập thể.", with_event=True)
    assert [(r[4], r[8]) for r in rows] == [("proposed", None)]
    rows = grants_of("Tại hội nghị, UBND huyện đã đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 4 tập thể.", with_event=True)
    assert [(r[4], r[8]) for r in rows] == [("proposed", "e1")]


def test_more_commemorative_medals_by_their_field_s_central_body():
    def giver(said: str) -> list[str | None]:
        return [r[5] for r in grants_of(said) if r[0] == "ky-niem-chuong"]

    for said, body in (
        ("Dịp này, 5 đồng chí được tặng Kỷ niệm chương “Vì sự nghiệp xây dựng tổ chức Đảng”.", "Ban Tổ chức Trung ương"),
        ("Sở Nội vụ trao Kỷ niệm chương “Vì sự nghiệp Thi đua - Khen thưởng” cho 4 cá nhân.", "Bộ Nội vụ"),
        ("Hội Khuyến học huyện trao Kỷ niệm chương Vì sự nghiệp khuyến học cho 6 hội viên.", "Trung ương Hội Khuyến học Việt Nam"),
        ("Hội Chữ thập đỏ tỉnh trao Kỷ niệm chương “Vì sự nghiệp Chữ thập đỏ” cho 3 cá nhân.", "Trung ương Hội Chữ thập đỏ Việt Nam"),
        # (its name's dash printed wide)
        ("Sở Nội vụ trao Kỷ niệm chương “Vì sự nghiệp Thi đua – Khen thưởng” cho 4 cá nhân.", "Bộ Nội vụ"),
    ):  # fmt: skip
        assert giver(said) == [body], said
    # a medal of another field's words stays its holder's ('Vì sự nghiệp xây dựng nông thôn mới')
    assert giver("Sở Nội vụ trao Kỷ niệm chương “Vì sự nghiệp xây dựng tổ chức cơ sở” cho 4 cá nhân.") != ["Ban Tổ chức Trung ương"]


def test_the_women_s_the_red_cross_s_the_press_s_and_the_army_s_medals_by_their_central_body():
    def giver(said: str) -> list[str | None]:
        return [r[5] for r in grants_of(said) if r[0] == "ky-niem-chuong"]

    for said, body in (
        (
            "Hội LHPN tỉnh trao Kỷ niệm chương “Vì sự nghiệp bình đẳng giới, vì sự tiến bộ của phụ nữ Việt Nam” cho 10 cá nhân.",
            "Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
        ),
        ("Hội Chữ thập đỏ huyện trao Kỷ niệm chương Vì sự nghiệp nhân đạo cho 8 cá nhân.", "Trung ương Hội Chữ thập đỏ Việt Nam"),
        ("Hội Nhà báo tỉnh trao Kỷ niệm chương “Vì sự nghiệp Báo chí Việt Nam” cho 12 hội viên.", "Hội Nhà báo Việt Nam"),
        ("Bộ CHQS tỉnh trao Kỷ niệm chương Vì sự nghiệp xây dựng Quân đội nhân dân cho 5 cá nhân.", "Bộ Quốc phòng"),
    ):  # fmt: skip
        assert giver(said) == [body], said
    # negative: a medal named after no field the table knows stays its holder's
    assert giver("Hội LHPN tỉnh trao Kỷ niệm chương “Vì sự nghiệp phát triển du lịch cộng đồng” cho 4 cá nhân.") != [
        "Trung ương Hội Liên hiệp Phụ nữ Việt Nam"
    ]


def test_a_proposal_approved_by_a_council_is_still_a_proposal():
    rows = grants_of("Hồ sơ đề nghị tặng Huân chương Lao động hạng Ba cho 2 tập thể đã được Hội đồng thông qua.")
    assert [(r[0], r[4]) for r in rows] == [("huan-chuong-lao-dong-hang-ba", "proposed")]
    # a proposal then granted is granted
    rows = grants_of("Huyện đã đề nghị và được Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 2 tập thể.")
    assert [(r[0], r[4]) for r in rows] == [("huan-chuong-lao-dong-hang-ba", "conferred")]


def test_the_people_named_after_the_one_body_a_giver_gives_to_receive_it_too():
    rows = grants_of("Chủ tịch UBND huyện tặng Giấy khen cho Công an xã Tân Mỹ, ông Hoàng Văn Pủng và bà Lương Thị Hoa vì đã bắt trộm.")
    assert sorted((r[1], r[2], r[10]) for r in rows) == [("collective", 1, "Công an xã Tân Mỹ"), ("individual", 2, None)]
    rows = grants_of("Chủ tịch UBND huyện tặng Giấy khen cho Công an xã Tân Mỹ và ông Hoàng Văn Pủng.")
    assert sorted((r[1], r[2], r[10]) for r in rows) == [("collective", 1, "Công an xã Tân Mỹ"), ("individual", 1, "Hoàng Văn Pủng")]
    # a person who only speaks after the grant receives nothing
    rows = grants_of("Chủ tịch UBND huyện tặng Giấy khen cho Công an xã Tân Mỹ. Ông Hoàng Văn Pủng phát biểu cảm ơn.")
    assert [(r[1], r[2]) for r in rows] == [("collective", 1)]


def test_the_one_body_named_after_the_people_a_giver_gives_to_receives_it_too():
    rows = grants_of("Chủ tịch UBND huyện tặng Giấy khen cho ông Hoàng Văn Pủng, bà Lương Thị Hoa và Công an xã Tân Mỹ.")
    assert sorted((r[1], r[2], r[10]) for r in rows) == [("collective", 1, "Công an xã Tân Mỹ"), ("individual", 2, None)]
    # the body a person's title names is their post, no recipient
    rows = grants_of("Chủ tịch UBND huyện tặng Giấy khen cho ông Hoàng Văn Pủng, Trưởng Công an xã Tân Mỹ.")
    assert sorted((r[1], r[2], r[10]) for r in rows) == [("individual", 1, "Hoàng Văn Pủng")]
    # nor the body above the unit of their post, past a comma without 'và'
    for text in (
        "Chủ tịch nước truy tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho liệt sĩ Lò Văn Pọm, nguyên Chính trị viên Đại đội 2, Tiểu đoàn 12.",
        "UBND tỉnh tặng Bằng khen cho bà Lương Thị Hoa, Trưởng phòng Tổ chức cán bộ, Sở Nội vụ tỉnh.",
        "Chủ tịch UBND huyện tặng Giấy khen cho anh Vi Văn Lịch, Đội trưởng Đội Cảnh sát giao thông, Công an huyện.",
    ):
        assert [(r[1], r[2]) for r in grants_of(text)] == [("individual", 1)], text
    # nor the unit one person is of, set off by a comma with no title before it, where the list ends with it
    for text in (
        "Giám đốc Công an tỉnh tặng Bằng khen cho Trung úy Nông Thị Thu, Công an xã Tân Mỹ vì có thành tích xuất sắc.",
        "Chủ tịch UBND huyện tặng Giấy khen cho em Lò Văn Khánh, Trường THCS Tân Mỹ.",
    ):
        assert [(r[1], r[2]) for r in grants_of(text)] == [("individual", 1)], text
    # a body after their post and 'và' receives it too
    rows = grants_of("Chủ tịch UBND huyện tặng Giấy khen cho ông Hoàng Văn Pủng, Trưởng thôn Nà Sài và Công an xã Tân Mỹ.")
    assert sorted((r[1], r[2], r[10]) for r in rows) == [("collective", 1, "Công an xã Tân Mỹ"), ("individual", 1, "Hoàng Văn Pủng")]


def test_the_one_body_named_after_a_list_s_counts_is_a_grant_of_its_own():
    rows = grants_of("UBND huyện tặng Giấy khen cho 3 giáo viên và Trường THCS Tân Mỹ vì có thành tích xuất sắc.")
    assert sorted((r[1], r[2], r[10]) for r in rows) == [("collective", 1, "Trường THCS Tân Mỹ"), ("individual", 3, None)]
    # the subject of the predicate after the counts receives nothing of theirs
    rows = grants_of("UBND tỉnh tặng Bằng khen cho 5 cá nhân, Trường THCS Tân Mỹ được tặng Giấy khen của UBND huyện.")
    assert ("bang-khen-cap-bo-tinh", "collective") not in [(r[0], r[1]) for r in rows]
    # nor does the body the counted are of
    rows = grants_of("UBND huyện tặng Giấy khen cho 3 giáo viên của Trường THCS Tân Mỹ.")
    assert [(r[1], r[2]) for r in rows] == [("individual", 3)]


def test_the_one_person_named_after_a_list_s_counts_is_a_grant_of_its_own():
    rows = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho 2 huấn luyện viên và vận động viên Hà Thị Nguyên vì thành tích xuất sắc.")
    assert sorted((r[1], r[2], r[10]) for r in rows) == [("individual", 1, "Hà Thị Nguyên"), ("individual", 2, None)]
    # with their title after the name, a pupil's class in it
    rows = grants_of("UBND huyện tặng Giấy khen cho 4 tập thể và em Lò Văn Khánh, học sinh lớp 8B Trường THCS Mường Khoa.")
    assert sorted((r[1], r[2], r[10]) for r in rows) == [("collective", 4, None), ("individual", 1, "Lò Văn Khánh")]
    # a person named after the counts with a passive of their own is not given this award
    rows = grants_of(
        "UBND huyện tặng Giấy khen cho 3 cá nhân và ông Vi Văn Lịch, Trưởng bản Nà Sài được tặng Giấy khen của Chủ tịch UBND xã."
    )
    assert [(r[2], r[10]) for r in rows if r[0] == "giay-khen" and r[10] == "Vi Văn Lịch"] == []


def test_a_person_named_before_a_count_with_a_title_of_figures_is_a_grant_of_its_own():
    rows = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho ông Trần Văn Út, thuyền trưởng tàu cá KG 90876 TS và 7 thuyền viên.")
    assert sorted((r[1], r[2], r[10]) for r in rows) == [("individual", 1, "Trần Văn Út"), ("individual", 7, None)]
    rows = grants_of("UBND huyện tặng Giấy khen cho anh Lò Văn Khánh, Trung đội trưởng Trung đội 2 và 12 dân quân.")
    assert sorted((r[1], r[2], r[10]) for r in rows) == [("individual", 1, "Lò Văn Khánh"), ("individual", 12, None)]
    # a count where the title would be is a list of counts, the last one its own, and the one named beside them
    rows = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho ông Trần Văn Út, 5 tập thể và 3 cá nhân.")
    assert sorted((r[1], r[2], r[10]) for r in rows) == [("collective", 5, None), ("individual", 1, "Trần Văn Út"), ("individual", 3, None)]
    # (one named among those counted after is the count's: 'trong đó có ông A')
    rows = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể và 3 cá nhân, trong đó có ông Trần Văn Út.")
    assert sorted((r[1], r[2], r[10]) for r in rows) == [("collective", 5, None), ("individual", 3, None)]


def test_a_person_named_before_a_count_by_a_calling_or_bare_is_a_grant_of_its_own():
    rows = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho vận động viên Hà Thị Nguyên và 2 huấn luyện viên.")
    assert sorted((r[1], r[2], r[10]) for r in rows) == [("individual", 1, "Hà Thị Nguyên"), ("individual", 2, None)]
    rows = grants_of("Giám đốc Sở tặng Giấy khen cho cô giáo Lường Thị Xuân và 6 học sinh đạt giải.")
    assert sorted((r[1], r[2], r[10]) for r in rows) == [("individual", 1, "Lường Thị Xuân"), ("individual", 6, None)]
    # an honorific in capitals is a person's, not a body's name
    rows = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho Đồng chí Lò Văn Pọm và 3 cá nhân.")
    assert sorted((r[1], r[2], r[10]) for r in rows) == [("individual", 1, "Lò Văn Pọm"), ("individual", 3, None)]
    # a bare name, then a count of bodies
    rows = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho Hà Thị Nguyên và 2 tập thể.")
    assert sorted((r[1], r[2], r[10]) for r in rows) == [("collective", 2, None), ("individual", 1, "Hà Thị Nguyên")]
    # a body's name there stays a body
    rows = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho Trường THCS Tân Mỹ và 2 cá nhân.")
    assert sorted((r[1], r[2], r[10]) for r in rows) == [("collective", 1, "Trường THCS Tân Mỹ"), ("individual", 2, None)]


def test_a_person_giving_in_turn_after_a_comma_hands_over_only_their_own_award():
    rows = grants_of(
        "Tại hội nghị UBND xã Tân Mỹ đã khen thưởng cho 12 tập thể và 25 cá nhân, đồng chí Lê Văn Hùng đã trao giấy khen của UBND "
        "huyện cho 2 tập thể."
    )
    assert sorted((r[0], r[2], r[6]) for r in rows) == [
        ("giay-khen", 2, "Lê Văn Hùng"),
        ("khen-thuong", 12, None),
        ("khen-thuong", 25, None),
    ]
    # a person who receives after the comma gives nothing in turn
    rows = grants_of("UBND xã Tân Mỹ đã khen thưởng cho 12 tập thể, ông Lê Văn Hùng được tặng Giấy khen của UBND huyện.")
    assert sorted((r[0], r[2], r[10]) for r in rows) == [("giay-khen", 1, "Lê Văn Hùng"), ("khen-thuong", 12, None)]


def test_a_recipient_named_with_its_own_passive_after_a_grant_s_recipients_is_a_grant_of_its_own():
    rows = grants_of("UBND tỉnh tặng Bằng khen cho 5 cá nhân, Trường THCS Tân Mỹ được tặng Giấy khen của UBND huyện.")
    assert sorted((r[0], r[2], r[10]) for r in rows) == [("bang-khen-cap-bo-tinh", 5, None), ("giay-khen", 1, "Trường THCS Tân Mỹ")]
    rows = grants_of("UBND tỉnh tặng Bằng khen cho 5 cá nhân và ông Hoàng Văn Pủng được Chủ tịch UBND huyện tặng Giấy khen.")
    assert sorted((r[0], r[2], r[10]) for r in rows) == [("bang-khen-cap-bo-tinh", 5, None), ("giay-khen", 1, "Hoàng Văn Pủng")]
    # counts one passive governs are one list ('320 tập thể và 560 cá nhân được tặng Bằng khen')
    rows = grants_of("Năm 2022, 32 tập thể và 56 cá nhân được tặng Bằng khen của UBND tỉnh.")
    assert sorted((r[1], r[2]) for r in rows) == [("collective", 32), ("individual", 56)]


def test_the_bodies_a_list_names_before_la_don_vi_xuat_sac_receive_the_proposal_after_it():
    rows = grants_of("Hội nghị thống nhất xã Tân Mỹ và xã Hội Hoan là đơn vị xuất sắc, đề nghị UBND tỉnh tặng Bằng khen.")
    assert [(r[0], r[2], r[4]) for r in rows] == [("bang-khen-cap-bo-tinh", 2, "proposed")]
    # one unit so named, as before
    rows = grants_of("Hội nghị thống nhất xã Hội Hoan là đơn vị xuất sắc, đề nghị UBND tỉnh tặng Bằng khen.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", 1, "xã Hội Hoan")]


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Dịp này, UBND huyện trao Giấy khen tới 12 tập thể và 20 cá nhân có thành tích xuất sắc.",
            [("collective", 12, None), ("individual", 20, None)],
        ),
        (
            "Chủ tịch UBND huyện trao tặng Giấy khen đến các tập thể, cá nhân tiêu biểu.",
            [("mixed", None, None)],
        ),
        ("Đồng chí Lê Văn Cường trao Giấy khen của UBND huyện tới ông Trần Văn Dũng.", [("individual", 1, "Trần Văn Dũng")]),
        ("UBND huyện đã khen thưởng Giấy khen đến Công an xã Tân Lập.", [("collective", 1, "Công an xã Tân Lập")]),
    ],
)
def test_an_award_handed_over_toi_or_den_its_recipients_is_given_to_them_as_with_cho(body, expected):
    rows = grants_of(body)
    assert sorted((r[1], r[2], r[10]) for r in rows if r[0] == "giay-khen") == expected


def test_toi_and_den_that_lead_to_no_recipient_give_no_grant():
    # a time, a place one goes to, a purpose: not whom the award is handed to
    assert grants_of("UBND huyện trao Giấy khen tới tận tay các em vào sáng nay.") == []
    assert grants_of("Phong trào hướng tới Đại hội, UBND huyện trao Giấy khen, đến dự có ông Trần Văn Dũng.") == []
    # no award before the preposition: a gift, not a grant
    assert grants_of("Dịp này, UBND huyện trao quà tới 50 hộ nghèo.") == []


@pytest.mark.parametrize(
    "head, body, recipient",
    [
        ("Thôn Nà Pàn đón nhận danh hiệu Thôn văn hóa", "Năm 2023, thôn được UBND huyện công nhận danh hiệu Thôn văn hóa.", "thôn Nà Pàn"),
        (
            "Ngày hội Đại đoàn kết ở bản Hua Tạt",
            "Ngày 15/11, bản Hua Tạt tổ chức Ngày hội. Bản vinh dự được UBND huyện tặng Giấy khen vì có thành tích xuất sắc.",
            "bản Hua Tạt",
        ),
        (
            "Xã Tân Mỹ tổng kết công tác năm 2023",
            "Ngày 20/12, UBND xã Tân Mỹ tổ chức hội nghị. Năm 2023, xã được Chủ tịch UBND tỉnh tặng Bằng khen.",
            "xã Tân Mỹ",
        ),
        # a district two provinces have, unplaced: the unit the article's bodies are placed in, as written
        (
            "Huyện Bảo Lâm phát động thi đua năm 2024",
            "Ngày 19/2, UBND huyện Bảo Lâm tổ chức hội nghị. Với thành tích năm 2023, huyện được UBND tỉnh tặng Cờ thi đua.",
            "huyện Bảo Lâm",
        ),
    ],
)
def test_a_unit_told_by_its_level_word_alone_receives_as_the_one_the_headline_or_lead_names(head, body, recipient):
    facts = article(f"{head}\n20/01/2024 09:00\n{body}\nTrần Thu Hương\n")[1]
    assert [(g.recipient_kind, g.count, g.recipient) for g in facts.grants] == [("collective", 1, recipient)]


def test_a_unit_told_by_its_level_word_alone_is_no_one_named_where_two_are_or_where_it_is_no_subject():
    # two hamlets named: which one is not told, and no grant is made of it (as of 'xã' in a ward's article)
    facts = article(
        "Thôn Nà Pàn và thôn Nà Lầu tổ chức Ngày hội\n20/01/2024 09:00\n"
        "Năm 2023, thôn được UBND huyện công nhận danh hiệu Thôn văn hóa.\nTrần Thu Hương\n"
    )[1]
    assert facts.grants == []
    # 'toàn xã có ...': the commune counts its holders, it receives nothing
    facts = article(
        "Xã Tân Mỹ tổng kết công tác năm 2023\n20/01/2024 09:00\n"
        "Năm 2023, toàn xã có 5 tập thể được UBND huyện tặng Giấy khen.\nTrần Thu Hương\n"
    )[1]
    assert [(g.recipient_kind, g.count, g.recipient) for g in facts.grants] == [("collective", 5, None)]


def test_counts_in_brackets_after_an_award_are_its_own_and_after_a_count_break_it_down():
    rows = grants_of("Năm 2022, UBND huyện khen thưởng: Giấy khen (20 tập thể, 35 cá nhân), Bằng khen (5 tập thể).")
    assert short(rows) == [("giay-khen", "collective", 20), ("giay-khen", "individual", 35), ("bang-khen-cap-bo-tinh", "collective", 5)]
    rows = grants_of("Kết quả: Bằng khen của UBND tỉnh (05 tập thể, 10 cá nhân); Giấy khen của Chủ tịch UBND huyện (20 tập thể).")
    assert short(rows) == [
        ("bang-khen-cap-bo-tinh", "collective", 5),
        ("bang-khen-cap-bo-tinh", "individual", 10),
        ("giay-khen", "collective", 20),
    ]
    # after a count, the brackets break it down: the total and its parts, as before
    facts = article(HEAD + "UBND huyện tặng Giấy khen cho 45 tập thể, cá nhân (20 tập thể, 25 cá nhân).\nTrần Thu Hương\n")[1]
    total = next(g for g in facts.grants if g.count == 45)
    assert sorted(g.count for g in facts.grants if g.part_of is total) == [20, 25]


def test_a_body_of_a_three_word_head_told_bare_after_cho_is_the_one_the_article_named():
    head = "Tổng công ty Điện lực miền Bắc kỷ niệm 54 năm thành lập\n20/11/2023 09:00\n"
    lead = "Ngày 17/11, Tổng công ty Điện lực miền Bắc tổ chức Lễ kỷ niệm 54 năm Ngày truyền thống.\n"
    given = "Phó Thủ tướng Trần Hồng Hà đã trao Huân chương Lao động hạng Nhất cho Tổng công ty vì đã có thành tích xuất sắc từ năm 2018 đến năm 2022."
    facts = article(head + lead + given + "\nPV\n")[1]
    assert [(g.recipient, g.period, g.presenter) for g in facts.grants] == [("Tổng công ty Điện lực miền Bắc", "2018-2022", "Trần Hồng Hà")]
    # 'Tổng cục' told bare where the article names two: neither is the recipient
    two = "Ngày 17/11, Tổng cục Thuế và Tổng cục Hải quan tổ chức Lễ kỷ niệm Ngày truyền thống.\n"
    facts = article(head + two + given.replace("Tổng công ty", "Tổng cục") + "\nPV\n")[1]
    assert not {g.recipient for g in facts.grants} & {"Tổng cục Thuế", "Tổng cục Hải quan"}


def test_those_commended_named_before_la_and_their_count_are_the_commendation_s_recipients():
    def told(body: str) -> list[tuple]:
        facts = article(HEAD + body + "\nTrần Thu Hương\n")[1]
        return [(g.award, g.count, tuple(getattr(x, "name", x) for x in g.named)) for g in facts.grants]

    both = ("Trường THCS Tân Mỹ", "Trường THCS Hội Hoan")
    assert told("Dịp này, Trường THCS Tân Mỹ và Trường THCS Hội Hoan được tuyên dương là 2 đơn vị dẫn đầu phong trào.") == [
        ("khen-thuong", 2, both)
    ]
    assert told("UBND huyện biểu dương Trường THCS Tân Mỹ và Trường THCS Hội Hoan là 2 đơn vị tiêu biểu.") == [("khen-thuong", 2, both)]
    # units no body rule reads, by their names
    assert told("Khu phố 3 và Khu phố 7 được vinh danh là 2 khu phố dẫn đầu.") == [("khen-thuong", 2, ("Khu phố 3", "Khu phố 7"))]
    # what is worth commending is no commendation
    assert told("Điều đáng tuyên dương là 2 đơn vị đã về đích sớm.") == []
    assert told("Điểm đáng biểu dương là 3 xã đã hoàn thành sớm kế hoạch.") == []
    # one of those counted: the count commended, by the agent before the verb
    assert told("Chị Lò Thị Hương được UBND huyện tuyên dương là một trong 10 cán bộ hội tiêu biểu.") == [("khen-thuong", 10, ())]
    assert told("Năm nay, anh Lê Văn Bình được vinh danh là một trong số 20 thanh niên tiêu biểu.") == [("khen-thuong", 20, ())]
    # one of a count a later clause sets out, after those commended are named, is none
    assert told("Trong số những sinh viên được tuyên dương, em Lê Thị Hạnh, thủ khoa, là một trong 2 sinh viên đạt điểm tuyệt đối.") == []


def test_items_that_only_count_under_a_heading_giving_one_award_to_them_are_that_award_s():
    rows = grants_of(
        "Tại hội nghị, Ban Thường vụ Huyện ủy đã tặng Giấy khen cho:\n- 05 tập thể có thành tích xuất sắc;\n- 10 cá nhân tiêu biểu."
    )
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [
        ("giay-khen", "collective", 5, "Ban Thường vụ Huyện ủy Văn Lãng"),
        ("giay-khen", "individual", 10, "Ban Thường vụ Huyện ủy Văn Lãng"),
    ]
    # the award's giver named with it, the items unmarked
    rows = grants_of("Dịp này, trao Bằng khen của Chủ tịch UBND tỉnh cho các tập thể, cá nhân sau:\n3 tập thể;\n7 cá nhân.")
    assert [(r[0], r[2], r[5]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", 3, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("bang-khen-cap-bo-tinh", 7, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
    ]
    # a heading of two awards does not say which each item has
    rows = grants_of("Dịp này, UBND huyện tặng Bằng khen, Giấy khen cho:\n- 05 tập thể;\n- 10 cá nhân.")
    assert {r[0] for r in rows} <= {"khen-thuong"}
    # nor does a heading that gives nothing
    assert grants_of("Kết quả đạt được trong năm như sau:\n- 05 tập thể vững mạnh;\n- 10 cá nhân xuất sắc.") == []


def test_an_award_told_to_recipients_by_their_noun_alone_says_which_of_several_commendations_counted_it_was():
    body = (
        "Tại buổi lễ, Sở đã tuyên dương, khen thưởng 24 HS đạt giải quốc gia; tuyên dương, khen thưởng 20 nhà giáo, cán bộ"
        " quản lý tiêu biểu.\nLãnh đạo Sở tặng giấy khen cho nhà giáo, cán bộ quản lý tiêu biểu năm 2022."
    )
    rows = grants_of(body)
    assert sorted((r[0], r[2]) for r in rows) == [("giay-khen", 20), ("khen-thuong", 24)]
    # a noun that counted none of them says nothing
    rows = grants_of(body.replace("cho nhà giáo, cán bộ quản lý", "cho cán bộ, công chức"))
    assert sorted((r[0], r[2]) for r in rows) == [("khen-thuong", 20), ("khen-thuong", 24)]


def test_bodies_named_before_la_and_their_count_in_a_clause_of_their_own_receive_its_proposal():
    body = (
        "Hội nghị thống nhất suy tôn xã Tân Mỹ là đơn vị dẫn đầu, đề nghị UBND tỉnh tặng Cờ thi đua; xã Hội Hoan và xã Hoàng"
        " Việt là 2 đơn vị xuất sắc, đề nghị Chủ tịch UBND tỉnh tặng Bằng khen."
    )
    facts = article(HEAD + body + "\nTrần Thu Hương\n")[1]
    proposed = [g for g in facts.grants if g.award == "bang-khen-cap-bo-tinh"]
    assert [(g.count, tuple(x.name for x in g.named)) for g in proposed] == [(2, ("xã Hội Hoan", "xã Hoàng Việt"))]
    # 'là' counting what they are, with no grant of that count, names nothing
    facts = article(HEAD + "Xã Hội Hoan và xã Hoàng Việt là 2 xã biên giới; UBND huyện tặng Giấy khen cho 5 tập thể.\nTrần Thu Hương\n")[1]
    assert [(g.count, g.named) for g in facts.grants] == [(5, ())]


def test_the_committees_of_a_plural_of_levels_give_as_no_one_body():
    head = "Thị xã Sa Pa tổng kết công tác năm 2023\n20/01/2024 09:00\n"
    body = "Chiều 18/1, tại thị xã Sa Pa, Cụm thi đua tổ chức hội nghị.\nChủ tịch UBND các huyện, thị xã, thành phố tặng Giấy khen cho 856 tập thể."
    facts = article(head + body + "\nTrần Thu Hương\n")[1]
    assert [(g.count, _label(g.conferrer)) for g in facts.grants] == [(856, None)]
    # the article's own committee, named with its level alone, still gives
    facts = article(head + body.replace("các huyện, thị xã, thành phố", "thị xã") + "\nTrần Thu Hương\n")[1]
    assert [(g.count, _label(g.conferrer)) for g in facts.grants] == [(856, "Chủ tịch Ủy ban nhân dân thị xã Sa Pa")]


def test_a_proposal_s_own_giving_after_it_and_a_second_proposal_to_a_giver_it_names():
    rows = grants_of(
        "Năm 2022, huyện đề nghị cấp trên khen thưởng cho 3 tập thể, 5 cá nhân, đồng thời khen thưởng theo thẩm quyền cho 40 tập"
        " thể, 90 cá nhân."
    )
    assert [(r[1], r[2], r[4], r[5]) for r in rows] == [
        ("collective", 3, "proposed", None),
        ("individual", 5, "proposed", None),
        ("collective", 40, "conferred", "Ủy ban nhân dân huyện Văn Lãng"),
        ("individual", 90, "conferred", "Ủy ban nhân dân huyện Văn Lãng"),
    ]
    # 'theo thẩm quyền' in the proposal's own words is the proposal's
    rows = grants_of("UBND huyện đề nghị UBND tỉnh khen thưởng theo thẩm quyền cho 5 tập thể.")
    assert [(r[2], r[4]) for r in rows] == [(5, "proposed")]
    # a second proposal, to a giver it names, is that giver's
    rows = grants_of(
        "Năm 2022, Hội đồng TĐKT huyện đã đề nghị UBND tỉnh tặng Bằng khen cho 3 tập thể và trình Chủ tịch UBND huyện tặng Giấy"
        " khen cho 25 cá nhân."
    )
    assert [(r[0], r[2], r[4], r[5]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", 3, "proposed", "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("giay-khen", 25, "proposed", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
    ]


def test_an_office_whose_title_ends_with_its_body_s_first_words_says_them_once():
    rows = grants_of("Tổng Kiểm toán Nhà nước tặng Bằng khen cho 4 cá nhân; Tổng Thanh tra Chính phủ tặng Bằng khen cho 2 tập thể.")
    assert [r[5] for r in rows] == ["Tổng Kiểm toán Nhà nước", "Tổng Thanh tra Chính phủ"]
    # a title and a body that share no words are both said
    rows = grants_of("Chánh Thanh tra tỉnh tặng Giấy khen cho 3 cá nhân; Giám đốc Sở Nội vụ tặng Giấy khen cho 2 tập thể.")
    assert [r[5] for r in rows] == ["Chánh Thanh tra tỉnh Lạng Sơn", "Giám đốc Sở Nội vụ tỉnh Lạng Sơn"]


def test_a_subject_that_proposes_naming_no_one_to_give_confers_nothing():
    rows = grants_of("Ban Thi đua - Khen thưởng đã thẩm định hồ sơ đề nghị tặng Bằng khen cho 45 tập thể.")
    assert [(r[2], r[4], r[5]) for r in rows] == [(45, "proposed", None)]
    # one it proposes to is the giver
    rows = grants_of("UBND huyện đề nghị UBND tỉnh tặng Bằng khen cho 5 tập thể.")
    assert [(r[2], r[4], r[5]) for r in rows] == [(5, "proposed", "Ủy ban nhân dân tỉnh Lạng Sơn")]
    # and a giving of its own is its own
    rows = grants_of("Ban Thi đua - Khen thưởng tỉnh tặng Giấy khen cho 4 cá nhân.")
    assert [(r[2], r[4], r[5]) for r in rows] == [(4, "conferred", "Ban Thi đua - Khen thưởng tỉnh Lạng Sơn")]


def test_the_money_or_gift_handed_over_with_an_award_stands_between_it_and_those_it_is_given_to():
    for with_it in ("và tiền thưởng", "kèm theo tiền thưởng", "và phần thưởng"):
        rows = grants_of(f"Dịp này, UBND huyện trao Giấy khen {with_it} cho các em học sinh đạt giải.")
        assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "individual", None)], with_it
    # flowers handed with it are another giving, not the award's recipients told
    assert grants_of("Dịp này, UBND huyện trao Giấy khen và tặng hoa cho các em học sinh.") == []


def test_a_title_told_shorter_than_its_holder_s_post_hands_over_as_that_holder():
    body = (
        "Chiều 18/1, Cục Thuế tỉnh Lạng Sơn tổ chức hội nghị.\nDự hội nghị có ông Hồ Văn Hoàng, Cục trưởng Cục Thuế tỉnh.\n"
        "Tại hội nghị, Cục trưởng Cục Thuế trao Giấy khen cho 30 doanh nghiệp."
    )
    rows = grants_of(body)
    assert [(r[2], r[6]) for r in rows] == [(30, "Hồ Văn Hoàng")]
    # a title of another body is not his
    rows = grants_of(body.replace("Cục trưởng Cục Thuế trao", "Cục trưởng Cục Hải quan trao"))
    assert [(r[2], r[6]) for r in rows] == [(30, None)]


def test_a_unit_told_shorter_after_its_full_name_is_that_unit():
    body = (
        "Chiều 9/1, Giám đốc Công an tỉnh trao thưởng nóng cho Ban Chuyên án 124T vì đã triệt phá đường dây ma túy.\n"
        "Dịp này, UBND tỉnh cũng khen thưởng đột xuất cho Ban Chuyên án vì thành tích trên."
    )
    facts = article(HEAD + body + "\nTrần Thu Hương\n")[1]
    assert {g.recipient for g in facts.grants} == {"Ban Chuyên án 124T"}
    # two told in full before: which one is not said
    two = body.replace("cho Ban Chuyên án 124T", "cho Ban Chuyên án 124T và Ban Chuyên án 225H")
    facts = article(HEAD + two + "\nTrần Thu Hương\n")[1]
    assert "Ban Chuyên án" in {g.recipient for g in facts.grants}


def test_a_team_told_by_its_head_in_lower_case_after_its_full_name_is_that_team():
    for told, bare in (
        ("Chiều 9/1, tổ công tác Công an huyện Văn Lãng đã bắt giữ 2 đối tượng cướp tài sản.", "tổ công tác và thưởng 10 triệu đồng"),
        ("Chiều 9/1, Tổ công tác 363 Công an huyện Văn Lãng đã bắt giữ 2 đối tượng.", "tổ công tác vì thành tích trên"),
        ("Chiều 9/1, Ban Chuyên án 124T đã triệt phá đường dây ma túy.", "ban chuyên án."),
    ):
        facts = article(HEAD + told + f" Giám đốc Công an tỉnh đã tặng Giấy khen cho {bare}\nTrần Thu Hương\n")[1]
        full = told.split(", ", 1)[1].split(" đã ")[0]
        assert [(g.award, g.recipient) for g in facts.grants] == [("giay-khen", full[0].upper() + full[1:])] or [
            (g.award, g.recipient) for g in facts.grants
        ] == [("giay-khen", full)], told
    # negative: no team told in full before: none named
    facts = article(HEAD + "Giám đốc Công an tỉnh đã tặng Giấy khen cho tổ công tác và thưởng 10 triệu đồng.\nTrần Thu Hương\n")[1]
    assert all(g.recipient is None for g in facts.grants)


def test_a_concurrence_in_an_award_is_a_step_of_its_proposal():
    rows = grants_of("Trong tháng, Sở Nội vụ đã hiệp y khen thưởng cho 12 tập thể.")
    assert [(r[2], r[4], r[5]) for r in rows] == [(12, "proposed", None)]
    # its own giving is given
    rows = grants_of("Trong tháng, Sở Nội vụ đã tặng Giấy khen cho 12 tập thể.")
    assert [(r[2], r[4]) for r in rows] == [(12, "conferred")]


def test_people_given_an_award_by_name_are_listed_past_their_callings_and_semicolons():
    def named(sentence):
        facts = article(HEAD + sentence + "\nTrần Thu Hương\n")[1]
        return [(g.award, g.count, tuple(g.named)) for g in counted_once(facts.grants)]

    three = ("Hoàng Văn Sơn", "Lê Thị Thu", "Phạm Minh Đức")
    # a calling after a comma, not a post, parts two people of the list
    assert named(
        "Ông Lương Văn Hòa trao Bằng khen cho anh Hoàng Văn Sơn, công nhân Nhà máy Xi măng Đồng Bành, chị Lê Thị Thu, kỹ sư"
        " nông nghiệp xã Tân Thanh và anh Phạm Minh Đức."
    ) == [("bang-khen-cap-bo-tinh", 3, three)]
    # semicolons between the people given to by name part no clauses
    assert named(
        "Ông Lương Văn Hòa trao danh hiệu Nhà giáo Ưu tú cho thầy Hoàng Văn Sơn, Hiệu trưởng Trường THPT Văn Lãng; cô Lê Thị"
        " Thu, giáo viên Trường Tiểu học Tân Thanh thuộc huyện Văn Lãng; thầy Phạm Minh Đức, Trưởng phòng Giáo dục huyện."
    ) == [("nha-giao-uu-tu", 3, three)]
    # negative: a clause after the semicolon that gives on its own stays its own
    rows = named(
        "Ông Lương Văn Hòa trao Bằng khen cho ông Hoàng Văn Sơn, Chủ tịch UBND xã Tân Thanh; ông Lê Văn Thu, Chủ tịch UBND"
        " xã Hoàng Việt trao Giấy khen cho 5 hộ."
    )
    assert [(a, n) for a, n, _ in rows] == [("bang-khen-cap-bo-tinh", 1), ("giay-khen", 5)]
    # nor is a speaker, what they say after a comma, one of a list with the one they name
    rows = grants_of("Ông Lý Văn Sơn, Trưởng phòng Nội vụ huyện, nhấn mạnh, chị Nông Thị Lan được biểu dương vì đã cứu người.")
    assert [(r[2], r[10]) for r in rows] == [(1, "Nông Thị Lan")]


def test_bodies_listed_after_a_colon_behind_cho_are_each_given_the_award():
    rows = grants_of(
        "Chủ tịch UBND tỉnh tặng Bằng khen cho: Trường THPT Văn Lãng, Bệnh viện Đa khoa huyện Văn Lãng và Công an huyện"
        " Văn Lãng vì đã có thành tích xuất sắc."
    )
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", "collective", 3, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn")
    ]
    # under a decision, with no subject of its own
    rows = grants_of(
        "UBND huyện Văn Lãng vừa ban hành quyết định khen thưởng các tập thể có thành tích trong phòng chống lụt bão."
        " Theo đó, tặng Giấy khen của Chủ tịch UBND huyện cho: xã Tân Mỹ, xã Hoàng Việt và thị trấn Na Sầm."
    )
    assert [(r[0], r[2], r[5]) for r in rows] == [("giay-khen", 3, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng")]
    # negative: a plural after the colon names no one; the list's count is its own
    rows = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho: 5 tập thể và 12 cá nhân có thành tích xuất sắc.")
    assert short(rows) == [("bang-khen-cap-bo-tinh", "collective", 5), ("bang-khen-cap-bo-tinh", "individual", 12)]


def test_a_giver_named_with_the_title_in_brackets_gives_as_the_office_the_title_names():
    rows = grants_of("Ông Hoàng Văn Nam (Chủ tịch UBND huyện Văn Lãng) đã trao Giấy khen cho 5 tập thể.")
    assert [(r[0], r[2], r[5], r[6]) for r in rows] == [("giay-khen", 5, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng", "Hoàng Văn Nam")]
    rows = grants_of("Đại tá Nông Văn Thành (Trưởng Công an huyện Văn Lãng) đã khen thưởng Đội Cảnh sát hình sự vì thành tích xuất sắc.")
    assert [(r[0], r[5]) for r in rows] == [("khen-thuong", "Trưởng Công an huyện Văn Lãng")]
    # negative: what the brackets say of a recipient is not a giver
    rows = grants_of("Ông Hoàng Văn Nam (thôn Nà Pá) được Chủ tịch UBND huyện Văn Lãng tặng Giấy khen.")
    assert [(r[0], r[5], r[10]) for r in rows] == [("giay-khen", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng", "Hoàng Văn Nam")]


def test_awards_counted_before_a_breakdown_of_one_of_them_are_each_kept():
    rows = grants_of(
        "Năm 2022, Công an huyện Văn Lãng nhận được: 01 Cờ thi đua của Bộ Công an, 02 Bằng khen của Chủ tịch UBND tỉnh và"
        " 05 Giấy khen của Giám đốc Công an tỉnh. Trong đó, Đội Cảnh sát hình sự được tặng Cờ thi đua của Bộ Công an."
    )
    assert [(r[0], r[2]) for r in rows] == [("co-thi-dua-cap-bo-tinh", 1), ("bang-khen-cap-bo-tinh", 2), ("giay-khen", 5)]
    # negative: an uncounted total the next sentence breaks down is still no grant of its own
    rows = grants_of("Năm 2022, nhiều tập thể, cá nhân được các cấp khen thưởng. Trong đó, 3 tập thể được tặng Bằng khen.")
    assert short(rows) == [("bang-khen-cap-bo-tinh", "collective", 3)]
    # or the same sentence breaks it down, after a colon or 'trong đó'
    for sentence in (
        "Năm 2022, nhiều tập thể, cá nhân được khen thưởng: 3 tập thể được tặng Bằng khen; 5 cá nhân được tặng Giấy khen.",
        "Năm 2022, nhiều tập thể, cá nhân được khen thưởng, trong đó 3 tập thể được tặng Bằng khen.",
    ):
        assert [r[0] for r in grants_of(sentence)] == ["bang-khen-cap-bo-tinh"] + ["giay-khen"] * (":" in sentence), sentence
    # (an uncounted commendation with nothing counted after it is one)
    assert short(grants_of("Nhân dịp này, nhiều tập thể, cá nhân được khen thưởng.")) == [("khen-thuong", "mixed", None)]


def test_who_hands_over_an_award_commissioned_by_an_office_acts_for_it():
    rows = grants_of("Được sự ủy nhiệm của Chủ tịch nước, ông Lục Văn Tuấn, Phó Chủ tịch UBND tỉnh đã trao Huân chương Lao động hạng"
                     " Ba cho Trung tâm Y tế huyện Văn Lãng.")  # fmt: skip
    assert [(r[0], r[5], r[6]) for r in rows] == [("huan-chuong-lao-dong-hang-ba", "Chủ tịch nước", "Lục Văn Tuấn")]
    facts = article(HEAD + "Được ủy nhiệm của Thủ tướng Chính phủ, Thứ trưởng Bộ Nội vụ Vũ Đăng Minh trao Cờ thi đua của Chính"
                    " phủ cho huyện Văn Lãng.\nTrần Thu Hương\n")[1]  # fmt: skip
    assert [(g.award, _label(g.on_behalf_of)) for g in facts.grants] == [("co-thi-dua-chinh-phu", "Thủ tướng Chính phủ")]


def test_a_body_that_gives_in_turn_after_va_gives_its_own_award():
    rows = grants_of(
        "Kết thúc hội thi, Ban Tổ chức đã trao giải cho các đội thi và Ban Thường vụ Huyện ủy Văn Lãng đã tặng Giấy khen cho 5 tập thể."
    )
    assert [(r[0], r[2], r[5]) for r in rows] == [("giay-khen", 5, "Ban Thường vụ Huyện ủy Văn Lãng")]
    rows = grants_of("UBND tỉnh tặng Bằng khen cho 3 tập thể và UBND huyện Văn Lãng tặng Giấy khen cho 12 cá nhân.")
    assert [(r[0], r[2], r[5]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", 3, "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("giay-khen", 12, "Ủy ban nhân dân huyện Văn Lãng"),
    ]
    # negative: two bodies given to, the second named before a verb that is not its giving, are one list
    rows = grants_of("UBND huyện Văn Lãng tặng Giấy khen cho Trường THCS Tân Mỹ và Trường THCS Hoàng Việt đã có thành tích xuất sắc.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("giay-khen", 2, "Ủy ban nhân dân huyện Văn Lãng")]


def test_a_counts_members_named_right_after_it_before_the_passive_are_its_recipients():
    def named(sentence):
        facts = article(HEAD + sentence + "\nTrần Thu Hương\n")[1]
        return [(g.award, g.count, tuple(getattr(n, "name", n) for n in g.named)) for g in counted_once(facts.grants)]

    assert named("2 cá nhân là ông Hoàng Văn An và bà Lương Thị Bình được tặng Bằng khen của Chủ tịch UBND tỉnh.") == [
        ("bang-khen-cap-bo-tinh", 2, ("Hoàng Văn An", "Lương Thị Bình"))
    ]
    assert named("Hai cá nhân gồm: ông Hoàng Văn An, Phó Chủ tịch UBND xã Tân Mỹ và bà Lương Thị Bình đã được tặng Giấy khen.") == [
        ("giay-khen", 2, ("Hoàng Văn An", "Lương Thị Bình"))
    ]
    assert named("Hai tập thể là Trường THCS Tân Mỹ và Trường THCS Hoàng Việt được tặng Giấy khen.") == [
        ("giay-khen", 2, ("Trường THCS Tân Mỹ", "Trường THCS Hoàng Việt"))
    ]
    # negative: what they are, not who, names no one
    assert named("Trong năm, 2 cá nhân là cán bộ xã Tân Mỹ được tặng Giấy khen.") == [("giay-khen", 2, ())]


def test_a_commendation_at_an_event_its_sentence_says_who_held_is_that_bodys():
    rows = grants_of("20 thanh niên tiêu biểu đã được vinh danh tại Lễ tuyên dương thanh niên tiên tiến do Huyện đoàn Văn Lãng tổ chức.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("khen-thuong", 20, "Huyện đoàn Văn Lãng")]
    rows = grants_of("15 học sinh được tuyên dương tại Lễ khai giảng do Trường THCS Tân Mỹ phối hợp với Hội Khuyến học xã tổ chức.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("khen-thuong", 15, "Trường THCS Tân Mỹ")]
    # negative: an award it names is given by the award's own giver, not by who held the event
    rows = grants_of("20 thanh niên đã được tặng Giấy khen tại Lễ tuyên dương do Huyện đoàn Văn Lãng tổ chức.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("giay-khen", 20, None)]


PRINTED_DECISION = (
    "Quyết định về việc tặng Bằng khen của Chủ tịch UBND tỉnh\nNgày đăng: 10/10/2023\nỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\n"
    "Số: 2156/QĐ-UBND\nLạng Sơn, ngày 09 tháng 10 năm 2023\nQUYẾT ĐỊNH\nVề việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nCăn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n"
    "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 512/TTr-SNV ngày 05 tháng 10 năm 2023,\nQUYẾT ĐỊNH:\n"
    "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 03 tập thể và 05 cá nhân đã có thành tích xuất sắc.\n"
    "Điều 2. Mỗi tập thể được thưởng 2.000.000 đồng.\nCHỦ TỊCH\nHồ Tiến Thiệu\n"
)


def test_a_decision_the_page_prints_whole_gives_its_articles_its_number_and_date():
    doc, facts = article(PRINTED_DECISION)
    assert doc.title == "Quyết định về việc tặng Bằng khen của Chủ tịch UBND tỉnh"
    assert doc.author is None  # neither 'QUYẾT ĐỊNH' nor the signer under the text wrote it
    assert [(g.count, g.decision_number, g.decision_date, g.date) for g in facts.grants] == [
        (3, "2156/QĐ-UBND", dt.date(2023, 10, 9), dt.date(2023, 10, 9)),
        (5, "2156/QĐ-UBND", dt.date(2023, 10, 9), dt.date(2023, 10, 9)),
    ]
    # negative: a report that cites no decision's head leaves its grants' decision unsaid
    _, facts = article(PRINTED_DECISION.replace("Số: 2156/QĐ-UBND\n", ""))
    assert {g.decision_number for g in facts.grants} == {None}


def test_a_recipient_named_between_the_verb_of_giving_and_the_award_receives_it():
    rows = grants_of("Chủ tịch UBND tỉnh tặng Trường THCS Tân Mỹ Bằng khen vì thành tích xuất sắc trong năm học.")
    assert [(r[0], r[2], r[5], getattr(r[10], "name", r[10])) for r in rows] == [
        ("bang-khen-cap-bo-tinh", 1, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "Trường THCS Tân Mỹ")
    ]
    rows = grants_of("UBND huyện Văn Lãng tặng ông Hoàng Văn Nam Giấy khen vì đã dũng cảm cứu người.")
    assert [(r[0], r[10]) for r in rows] == [("giay-khen", "Hoàng Văn Nam")]
    # after the person's calling or rank
    rows = grants_of("Bộ Quốc phòng đã truy tặng liệt sĩ Hoàng Văn Nam Bằng khen vì đã hy sinh khi cứu dân.")
    assert [(r[0], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", "Hoàng Văn Nam")]
    rows = grants_of("Giám đốc Công an tỉnh tặng Đại úy Hoàng Văn Nam Giấy khen.")
    assert [(r[0], r[10]) for r in rows] == [("giay-khen", "Hoàng Văn Nam")]
    rows = grants_of("Chủ tịch nước truy tặng Huân chương Dũng cảm cho liệt sĩ, Binh nhất Hoàng Văn Nam.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("huan-chuong-dung-cam", 1, "Hoàng Văn Nam")]
    # negative: the giver before the award, no verb of giving between, receives nothing
    rows = grants_of("Trường THCS Tân Mỹ Bằng khen năm học 2022-2023 được trưng bày tại phòng truyền thống.")
    assert [r[10] for r in rows] == []


def test_one_named_then_a_list_of_counts_each_get_the_award():
    rows = grants_of("Bộ trưởng Bộ Công an tặng Bằng khen cho Phòng Cảnh sát hình sự, 2 đội và 8 cán bộ chiến sĩ.")
    assert [(r[0], r[1], r[2], getattr(r[10], "name", r[10])) for r in rows] == [
        ("bang-khen-cap-bo-tinh", "collective", 1, "Phòng Cảnh sát hình sự Công an tỉnh Lạng Sơn"),
        ("bang-khen-cap-bo-tinh", "collective", 2, None),
        ("bang-khen-cap-bo-tinh", "individual", 8, None),
    ]
    # a person named with the title after his name, then those counted
    rows = grants_of("Chủ tịch UBND huyện Văn Lãng tặng Giấy khen cho ông Hoàng Văn Nam, Chủ tịch Hội Nông dân xã Tân Mỹ và 3 hội viên.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("giay-khen", 1, "Hoàng Văn Nam"), ("giay-khen", 3, None)]
    # negative: a count in another clause after a semicolon is no part of the list
    rows = grants_of("UBND huyện tặng Giấy khen cho Trường THCS Tân Mỹ; 5 cá nhân được khen thưởng đột xuất.")
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", 1), ("khen-thuong", 5)]


def test_a_list_of_awards_printed_in_capitals_gives_each_award_from_its_owner():
    body = (
        "Năm 2022, huyện Văn Lãng được khen thưởng như sau:\n- HUÂN CHƯƠNG LAO ĐỘNG HẠNG BA: 01 tập thể;\n"
        "- BẰNG KHEN CỦA THỦ TƯỚNG CHÍNH PHỦ: 02 cá nhân;\n- CỜ THI ĐUA CỦA UBND TỈNH: 03 tập thể."
    )
    rows = grants_of(body)
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [
        ("huan-chuong-lao-dong-hang-ba", "collective", 1, "Chủ tịch nước"),
        ("bang-khen-thu-tuong", "individual", 2, "Thủ tướng Chính phủ"),
        ("co-thi-dua-cap-bo-tinh", "collective", 3, "Ủy ban nhân dân tỉnh Lạng Sơn"),
    ]
    # negative: the same list in its usual case reads as before
    assert [(r[0], r[2]) for r in grants_of(body.replace("CỦA THỦ TƯỚNG CHÍNH PHỦ", "của Thủ tướng Chính phủ"))][1] == (
        "bang-khen-thu-tuong",
        2,
    )


def test_a_subject_after_con_receives_what_its_clause_gives():
    rows = grants_of("Trường THCS Tân Mỹ được tặng Cờ thi đua, còn Trường THCS Hoàng Việt được tặng Giấy khen.")
    assert [(r[0], getattr(r[10], "name", r[10])) for r in rows] == [
        ("co-thi-dua-cap-bo-tinh", "Trường THCS Tân Mỹ"),
        ("giay-khen", "Trường THCS Hoàng Việt"),
    ]
    # negative: 'còn' before a count opens a counted grant, named by no one
    rows = grants_of("Trường THCS Tân Mỹ được tặng Cờ thi đua, còn 5 giáo viên nhận Giấy khen.")
    assert [(r[0], r[2], getattr(r[10], "name", r[10])) for r in rows] == [
        ("co-thi-dua-cap-bo-tinh", 1, "Trường THCS Tân Mỹ"),
        ("giay-khen", 5, None),
    ]


def test_awards_listed_to_one_recipient_past_what_brackets_say_of_each_are_each_its():
    rows = grants_of(
        "Trường THCS Tân Mỹ đã được tặng Cờ thi đua của UBND tỉnh (năm học 2021 - 2022) và Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo (năm 2022)."
    )
    assert [(r[0], getattr(r[10], "name", r[10])) for r in rows] == [
        ("co-thi-dua-cap-bo-tinh", "Trường THCS Tân Mỹ"),
        ("bang-khen-cap-bo-tinh", "Trường THCS Tân Mỹ"),
    ]
    # negative: a bracket too long to be an aside ends the list
    rows = grants_of(
        "Trường THCS Tân Mỹ đã được tặng Cờ thi đua của UBND tỉnh (vì đã có nhiều thành tích xuất sắc trong phong trào thi"
        " đua dạy tốt, học tốt) và năm nay tiếp tục phấn đấu."
    )
    assert [r[0] for r in rows] == ["co-thi-dua-cap-bo-tinh"]


def test_a_decision_names_its_signer_by_the_code_in_its_number():
    rows = grants_of("Theo Quyết định số 1234/QĐ-TTg ngày 5/6/2022, 3 tập thể được tặng Bằng khen.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("bang-khen-thu-tuong", 3, "Thủ tướng Chính phủ")]
    rows = grants_of("Theo Quyết định số 89/QĐ-BGD&ĐT ngày 5/6/2022, 5 tập thể được tặng Bằng khen.")
    assert [(r[2], r[5]) for r in rows] == [(5, "Bộ trưởng Bộ Giáo dục và Đào tạo")]
    # negative: a People's Committee's code names no level, and a giver the sentence names is kept
    rows = grants_of("Theo Quyết định số 89/QĐ-UBND ngày 5/6/2022, 5 tập thể được tặng Giấy khen.")
    assert [(r[2], r[5]) for r in rows] == [(5, None)]
    rows = grants_of("Theo Quyết định số 89/QĐ-BCA ngày 5/6/2022, 5 tập thể được Giám đốc Công an tỉnh tặng Giấy khen.")
    assert [(r[2], r[5]) for r in rows] == [(5, "Giám đốc Công an tỉnh Lạng Sơn")]


def test_an_award_taken_back_withheld_or_refused_is_no_grant():
    assert grants_of("UBND tỉnh quyết định thu hồi Bằng khen đã tặng cho ông Hoàng Văn Nam do vi phạm.") == []
    assert grants_of("Chủ tịch UBND huyện đã ký quyết định hủy bỏ quyết định tặng Giấy khen cho 3 cá nhân.") == []
    assert grants_of("Tháng 5/2023, UBND huyện đã huỷ quyết định tặng Giấy khen cho 4 tập thể vì khai không đúng thành tích.") == []
    assert grants_of("Năm 2022, không xét khen thưởng đối với 5 tập thể không hoàn thành nhiệm vụ.") == []
    assert grants_of("Ông Hoàng Văn Nam bị kỷ luật khiển trách nên không được tặng Giấy khen.") == []
    assert grants_of("Bộ trưởng đã ký quyết định tước danh hiệu Chiến sĩ thi đua cơ sở của 2 cá nhân.") == []
    # negative: a withholding said after a clause's award leaves that award given
    rows = grants_of("Thủ tướng Chính phủ tặng Bằng khen cho 5 tập thể, đồng thời không xét khen thưởng các đơn vị vi phạm.")
    assert [(r[0], r[2]) for r in rows] == [("bang-khen-thu-tuong", 5)]
    # nor does 'không' that withholds nothing ('không ngừng', 'không chỉ')
    rows = grants_of("Với tinh thần không ngừng đổi mới, Trường THCS Tân Mỹ được UBND tỉnh tặng Bằng khen.")
    assert [(r[0], getattr(r[10], "name", r[10])) for r in rows] == [("bang-khen-cap-bo-tinh", "Trường THCS Tân Mỹ")]
    # nor a ruin that is no undoing of a decision ('hủy hoại'), said in what the award rewards
    rows = grants_of("Trường THCS Tân Mỹ được UBND tỉnh tặng Bằng khen vì ngăn chặn hành vi hủy hoại rừng.")
    assert [(r[0], getattr(r[10], "name", r[10])) for r in rows] == [("bang-khen-cap-bo-tinh", "Trường THCS Tân Mỹ")]


def test_a_striving_that_was_rewarded_is_a_grant_a_striving_to_be_is_none():
    rows = grants_of("Trường THCS Tân Mỹ không ngừng phấn đấu và được tặng Bằng khen của UBND tỉnh.")
    assert [(r[0], getattr(r[10], "name", r[10])) for r in rows] == [("bang-khen-cap-bo-tinh", "Trường THCS Tân Mỹ")]
    # negative: a target set
    assert grants_of("Năm 2023, huyện Văn Lãng phấn đấu có 5 xã được tặng Cờ thi đua của UBND tỉnh.") == []


def test_bodies_listed_as_the_subject_before_cung_each_receive_the_award():
    rows = grants_of("Xã Tân Mỹ và xã Hoàng Việt cùng được UBND tỉnh tặng Cờ thi đua.")
    assert [(r[0], r[2]) for r in rows] == [("co-thi-dua-cap-bo-tinh", 2)]
    # negative: one body 'cùng' another before the verb ('cùng' a preposition) is a list as before
    rows = grants_of("Xã Tân Mỹ cùng xã Hoàng Việt được UBND tỉnh tặng Cờ thi đua.")
    assert [(r[0], r[2]) for r in rows] == [("co-thi-dua-cap-bo-tinh", 2)]


def test_units_named_after_their_count_and_the_level_word_they_share_are_the_grants_recipients():
    facts = article(HEAD + "Hai xã Tân Mỹ và Hoàng Việt vinh dự được UBND tỉnh tặng Cờ thi đua.\nTrần Thu Hương\n")[1]
    assert [(g.count, [n.name for n in g.named]) for g in facts.grants] == [(2, ["xã Tân Mỹ", "xã Hoàng Việt"])]
    facts = article(HEAD + "UBND tỉnh tặng Bằng khen cho các huyện Văn Lãng, Tràng Định và Cao Lộc.\nTrần Thu Hương\n")[1]
    assert [[n.name for n in g.named] for g in facts.grants] == [["huyện Văn Lãng", "huyện Tràng Định", "huyện Cao Lộc"]]
    # after a colon or 'là' too
    for said in (
        "UBND tỉnh tặng Cờ thi đua cho 3 xã: Tân Mỹ, Hoàng Việt và Tân Thanh.",
        "UBND tỉnh tặng Cờ thi đua cho 3 xã là Tân Mỹ, Hoàng Việt và Tân Thanh.",
    ):
        facts = article(HEAD + said + "\nTrần Thu Hương\n")[1]
        assert [[n.name for n in g.named] for g in facts.grants] == [["xã Tân Mỹ", "xã Hoàng Việt", "xã Tân Thanh"]], said
    # negative: names fewer than counted are not the grant's list
    facts = article(HEAD + "Ba xã Tân Mỹ và Hoàng Việt được tặng Cờ thi đua.\nTrần Thu Hương\n")[1]
    assert [g.named for g in facts.grants] == [()]
    facts = article(HEAD + "UBND tỉnh tặng Cờ thi đua cho 3 xã: Tân Mỹ, Hoàng Việt.\nTrần Thu Hương\n")[1]
    assert [g.named for g in facts.grants] == [()]


def test_people_listed_without_honorifics_after_a_plural_and_its_colon_are_the_grants():
    def named(sentence):
        facts = article(HEAD + sentence + "\nTrần Thu Hương\n")[1]
        return [(g.award, g.count, tuple(g.named)) for g in facts.grants]

    three = ("Hoàng Văn Nam", "Lê Thị Hoa", "Vi Văn Tám")
    assert named("Chủ tịch UBND huyện tặng Giấy khen cho các cá nhân sau: Hoàng Văn Nam, Lê Thị Hoa và Vi Văn Tám.") == [
        ("giay-khen", 3, three)
    ]
    assert named("Chủ tịch UBND huyện tặng Giấy khen cho các ông, bà có tên sau: Hoàng Văn Nam, Lê Thị Hoa, Vi Văn Tám.") == [
        ("giay-khen", 3, three)
    ]
    # negative: a gift, no award, to those counted is no grant
    assert named("Hội Người cao tuổi huyện tặng quà cho 20 ông, bà cao tuổi.") == []


def test_bodies_listed_after_a_plural_of_bodies_and_its_colon_are_the_grants():
    facts = article(
        HEAD + "Chủ tịch UBND huyện tặng Giấy khen cho các tập thể sau: Trường THCS Tân Mỹ, Trạm Y tế xã Hoàng Việt và Công an xã"
        " Tân Thanh.\nTrần Thu Hương\n"
    )[1]
    assert [(g.award, g.count, [n.name for n in g.named]) for g in facts.grants] == [
        ("giay-khen", 3, ["Trường THCS Tân Mỹ", "Trạm Y tế xã Hoàng Việt", "Công an xã Tân Thanh"])
    ]
    # negative: a plural with no list after it stays uncounted
    facts = article(HEAD + "UBND huyện tặng Giấy khen cho các tập thể có thành tích xuất sắc.\nTrần Thu Hương\n")[1]
    assert [(g.count, g.named) for g in facts.grants] == [(None, ())]


def test_a_total_told_with_its_noun_before_the_number_and_its_breakdown():
    said = "Tổng số tập thể, cá nhân được khen thưởng là 350, trong đó 120 tập thể và 230 cá nhân."
    assert short(grants_of(said)) == [("khen-thuong", "collective", 120), ("khen-thuong", "individual", 230)]
    facts = article(HEAD + said + "\nTrần Thu Hương\n")[1]
    total = next(g for g in facts.grants if g.count == 350)
    assert total.recipient_kind == "mixed" and all(g.part_of is total for g in facts.grants if g is not total)
    # negative: a sum of money told so is no count
    rows = grants_of("Tổng số tiền thưởng là 120 triệu đồng cho các tập thể, cá nhân được khen thưởng.")
    assert 120 not in [r[2] for r in rows]


def test_a_total_told_with_its_noun_and_award_before_the_number_is_that_awards_grant():
    rows = grants_of("Tổng số tập thể được Chủ tịch UBND huyện tặng Giấy khen năm 2022 là 27.")
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [("giay-khen", "collective", 27, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng")]
    rows = grants_of("Tổng số cá nhân được công nhận danh hiệu Chiến sĩ thi đua cơ sở là 41 người.")
    assert short(rows) == [("chien-si-thi-dua-co-so", "individual", 41)]  # (the number's own noun: counted once)
    # negative: the award after the total is said of others, counted on their own
    rows = grants_of("Tổng số cán bộ, công chức của cơ quan là 45, trong đó 3 người được tặng Bằng khen.")
    assert short(rows) == [("bang-khen-cap-bo-tinh", "individual", 3)]
    # the noun after the number, the total opening on what was given, a list of counts after it
    for said in (
        "Tổng số được tặng Giấy khen là 15 tập thể và 10 cá nhân.",
        "Tổng số được tặng Giấy khen năm 2022 là 15 tập thể, 10 cá nhân.",
    ):
        assert short(grants_of(said)) == [("giay-khen", "collective", 15), ("giay-khen", "individual", 10)], said
    # negative: a total of what is no award counts no grant
    assert grants_of("Tổng số được hỗ trợ là 15 hộ và 10 cá nhân.") == []


def test_a_second_title_after_va_with_its_own_recipients_is_a_grant_of_its_own():
    # the title's word or its quotes between 'và' and the award
    rows = grants_of(
        "Chủ tịch UBND tỉnh tặng danh hiệu Chiến sĩ thi đua cấp tỉnh cho bà Lê Thị Mai và danh hiệu Chiến sĩ thi đua cơ sở cho 6 cá nhân."
    )
    assert [(r[0], r[2], r[10]) for r in rows] == [("chien-si-thi-dua-cap-bo-tinh", 1, "Lê Thị Mai"), ("chien-si-thi-dua-co-so", 6, None)]
    rows = grants_of("Ông Hà Văn Lực trao danh hiệu “Nhà giáo Nhân dân” cho thầy Trần Văn Nam và “Nhà giáo Ưu tú” cho 3 nhà giáo.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("nha-giao-nhan-dan", 1, "Trần Văn Nam"), ("nha-giao-uu-tu", 3, None)]
    # not one title given to two recipients
    rows = grants_of("Chủ tịch UBND tỉnh tặng danh hiệu Chiến sĩ thi đua cấp tỉnh cho bà Lê Thị Mai và ông Hà Văn Lực.")
    assert [(r[0], r[2]) for r in rows] == [("chien-si-thi-dua-cap-bo-tinh", 2)]


def test_a_list_of_counts_goes_on_past_a_semicolon_to_an_item_that_says_what_its_recipients_did():
    rows = grants_of("Chủ tịch UBND huyện tặng Giấy khen cho: 7 tập thể; 15 cá nhân có thành tích xuất sắc trong năm.")
    assert short(rows) == [("giay-khen", "collective", 7), ("giay-khen", "individual", 15)]
    # negative: an item with an award of its own is its own grant
    rows = grants_of("Chủ tịch UBND huyện tặng Giấy khen cho 7 tập thể; 15 cá nhân được tặng danh hiệu Chiến sĩ thi đua cơ sở.")
    assert short(rows) == [("giay-khen", "collective", 7), ("chien-si-thi-dua-co-so", "individual", 15)]


def test_a_fighter_of_the_city_s_level_in_a_centrally_run_city_is_the_province_s_title():
    def awards(head: str, said: str) -> list[tuple[str, int]]:
        facts = article(head + "\n12/01/2024\n" + said + "\nTrần Thu Hương\n")[1]
        return [(g.award, g.count) for g in facts.grants]

    said = "Năm 2023, quận có 6 cá nhân được công nhận danh hiệu Chiến sĩ thi đua cấp Thành phố."
    assert awards("Quận Hoàn Kiếm, Hà Nội tổng kết thi đua năm 2023", said) == [("chien-si-thi-dua-cap-bo-tinh", 6)]
    said = "Năm học 2022-2023, trường có 2 giáo viên đạt Chiến sĩ thi đua cấp thành phố."
    assert awards("Quận 7, TP Hồ Chí Minh: trường THCS tổng kết năm học", said) == [("chien-si-thi-dua-cap-bo-tinh", 2)]
    # negative: a city of a province confers the grassroots title only
    said = "Năm 2023, thành phố có 6 cá nhân được công nhận danh hiệu Chiến sĩ thi đua cấp thành phố."
    assert awards("Thành phố Thanh Hóa tổng kết thi đua năm 2023", said) == [("chien-si-thi-dua-co-so", 6)]


def test_a_plural_subject_commended_then_its_members_counted_after_gom_or_la():
    rows = grants_of("Các tập thể, cá nhân được tặng Giấy khen lần này gồm 10 tập thể và 25 cá nhân.")
    assert short(rows) == [("giay-khen", "collective", 10), ("giay-khen", "individual", 25)]
    rows = grants_of("Những cá nhân được biểu dương gồm: 18 giáo viên và 40 học sinh.")
    assert short(rows) == [("khen-thuong", "individual", 18), ("khen-thuong", "individual", 40)]
    # or the total of them ('Tổng số', 'Số') the subject, their counts after 'là' or 'gồm'
    rows = grants_of("Tổng số được khen thưởng năm nay là 15 tập thể và 10 cá nhân.")
    assert short(rows) == [("khen-thuong", "collective", 15), ("khen-thuong", "individual", 10)]
    rows = grants_of("Số được tặng Giấy khen gồm 7 tập thể, 12 cá nhân.")
    assert short(rows) == [("giay-khen", "collective", 7), ("giay-khen", "individual", 12)]
    # (a total of no noun is of either kind, the subset after it a share of it)
    assert short(grants_of("Tổng số được khen thưởng là 25, trong đó có 15 tập thể.")) == [("khen-thuong", "mixed", 25)]
    # negative: a plural that holds a title, not one commended, counted after 'gồm'
    assert grants_of("Các xã được công nhận đạt chuẩn nông thôn mới gồm 5 xã vùng cao.") == []
    # nor a total of them that changed by a count
    assert grants_of("Số được khen thưởng tăng 15 tập thể so với năm trước.") == []


def test_bodies_of_one_kind_listed_with_commas_alone_each_receive_and_a_commune_after_a_school_places_it():
    def named(said: str) -> list[tuple]:
        facts = article(HEAD + said + "\nTrần Thu Hương\n")[1]
        return [(g.count, g.recipient, tuple(n.name for n in g.named)) for g in facts.grants]

    said = "Trường Mầm non Hoa Sen, Trường Tiểu học Tân Thanh được UBND tỉnh tặng Cờ thi đua."
    assert named(said) == [(2, None, ("Trường Mầm non Hoa Sen", "Trường Tiểu học Tân Thanh"))]
    said = "Năm 2022, xã Tân Mỹ, xã Hội Hoan được UBND tỉnh tặng Bằng khen."
    assert named(said) == [(2, None, ("xã Tân Mỹ", "xã Hội Hoan"))]
    # negative: a commune after a school's name is where the school is, the school the one recipient
    said = "Trường Tiểu học Tân Thanh, xã Tân Thanh được UBND tỉnh tặng Cờ thi đua."
    assert named(said) == [(1, "Trường Tiểu học Tân Thanh", ())]


def test_a_count_of_one_named_after_la_goes_on_to_the_next_count():
    rows = grants_of("UBND huyện tặng Giấy khen cho 01 tập thể là Trường THCS Hoàng Văn Thụ và 02 cá nhân.")
    assert [(r[0], r[1], r[2], r[10]) for r in rows] == [
        ("giay-khen", "collective", 1, "Trường THCS Hoàng Văn Thụ"), ("giay-khen", "individual", 2, None)
    ]  # fmt: skip
    rows = grants_of("Chủ tịch UBND huyện tặng Giấy khen cho 01 tập thể là Trạm Y tế xã Tân Mỹ, 03 cá nhân.")
    assert short(rows) == [("giay-khen", "collective", 1), ("giay-khen", "individual", 3)]
    # negative: the next count with its own verb and award is its own grant
    rows = grants_of("UBND huyện tặng Giấy khen cho 2 tập thể là Trường THCS Hoàng Văn Thụ và 3 cá nhân được Sở Y tế tặng Bằng khen.")
    assert short(rows) == [("giay-khen", "collective", 2), ("bang-khen-cap-bo-tinh", "individual", 3)]


def test_a_clause_that_opens_with_the_receiving_gives_the_award_to_the_subject_after_it():
    rows = grants_of("Đón nhận Bằng khen của Chủ tịch UBND tỉnh, cô giáo Lương Thị Hồng xúc động chia sẻ niềm vui.")
    assert [(r[0], r[5], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "Lương Thị Hồng")]
    rows = grants_of("Vinh dự nhận danh hiệu Tập thể lao động xuất sắc, Trường THCS Tân Thanh quyết tâm giữ vững thành tích.")
    assert [(r[0], r[10]) for r in rows] == [("tap-the-lao-dong-xuat-sac", "Trường THCS Tân Thanh")]
    # negative: 'nhận định' is no receiving
    assert grants_of("Nhận định về kết quả năm 2022, ông Hà Văn Lực cho biết huyện còn nhiều khó khăn.") == []


def test_an_order_handed_over_to_the_one_recipient_a_headline_named_it_for_names_it_more_exactly():
    def awards(head: str, said: str) -> list[tuple[str, int | None, str | None]]:
        facts = article(
            head + "\n12/01/2024\nSáng 11/1, Công an tỉnh Lạng Sơn tổ chức lễ kỷ niệm Ngày truyền thống.\n" + said + "\nTrần Thu Hương\n"
        )[1]
        return [(g.award, g.count, g.presenter) for g in facts.grants]

    said = "Thứ trưởng Bộ Công an Lê Văn Tuyến gắn Huân chương Bảo vệ Tổ quốc hạng Nhì lên Cờ truyền thống của Công an tỉnh."
    assert awards("Công an tỉnh Lạng Sơn đón nhận Huân chương", said) == [("huan-chuong-bao-ve-to-quoc-hang-nhi", 1, "Lê Văn Tuyến")]
    # negative: one school's order handed over names not the class of the five the headline counts
    said = "Ông Hà Văn Lực trao Huân chương Lao động hạng Nhì cho tập thể nhà trường."
    assert awards("5 trường học đón nhận Huân chương Lao động", said) == [("huan-chuong-lao-dong", 5, "Hà Văn Lực")]


def test_a_unit_s_record_over_its_years_of_life_is_no_grant():
    assert grants_of("Qua 45 năm xây dựng và phát triển, nhà trường đã được tặng 1 Huân chương Lao động hạng Ba, 6 Bằng khen.") == []
    assert grants_of("Từ khi thành lập đến nay, Hội vinh dự được Nhà nước tặng thưởng Huân chương Lao động hạng Nhì, hạng Ba.") == []
    said = "năm xây dựng và trưởng thành, Bệnh viện đã được Nhà nước tặng thưởng Huân chương Lao động hạng Nhất, hạng Nhì."
    assert grants_of("Trải qua 60 " + said) == grants_of("Suốt 60 " + said) == grants_of("Với 60 " + said) == []
    # a person's working life too
    assert grants_of("Trong suốt 35 năm công tác, thầy Trần Văn Bảy đã được tặng Huân chương Lao động hạng Ba.") == []
    assert grants_of("Qua hơn 30 năm giảng dạy, cô Lê Thị Hoa đã được tặng Bằng khen của Bộ trưởng Bộ GD&ĐT.") == []
    # negative: the award received now, in its anniversary's year; one year's striving rewarded
    rows = grants_of("Qua 20 năm thành lập, Trường THCS Tân Thanh vinh dự đón nhận Huân chương Lao động hạng Nhì.")
    assert short(rows) == [("huan-chuong-lao-dong-hang-nhi", "collective", 1)]
    rows = grants_of("Sau 01 năm phấn đấu, xã Tân Mỹ đã được UBND tỉnh tặng Cờ thi đua.")
    assert short(rows) == [("co-thi-dua-cap-bo-tinh", "collective", 1)]
    rows = grants_of("Sau 35 năm công tác, thầy Trần Văn Bảy vinh dự đón nhận danh hiệu Nhà giáo ưu tú.")
    assert short(rows) == [("nha-giao-uu-tu", "individual", 1)]


def test_an_award_received_from_someone_s_hand_names_its_presenter():
    rows = grants_of("Em Hoàng Thị Mai nhận Giấy khen từ Chủ tịch UBND huyện Lương Văn Thắng.", with_event=True)
    assert [(r[0], r[6], r[10]) for r in rows] == [("giay-khen", "Lương Văn Thắng", "Hoàng Thị Mai")]
    rows = grants_of("Em Hoàng Thị Mai nhận Bằng khen của Chủ tịch UBND tỉnh từ tay bà Lê Thị Hoa.", with_event=True)
    assert [(r[0], r[6]) for r in rows] == [("bang-khen-cap-bo-tinh", "Lê Thị Hoa")]
    # negative: 'từ' and a time, no one's hand
    rows = grants_of("Em Hoàng Thị Mai nhận Giấy khen từ năm 2020.", with_event=True)
    assert [(r[0], r[6]) for r in rows] == [("giay-khen", None)]


def test_a_deed_commended_is_its_doer_s_commendation():
    rows = grants_of("UBND xã Tân Mỹ đã biểu dương khen thưởng cho hành động dũng cảm cứu người của em Lương Văn Hải.")
    assert [(r[0], r[5], r[10]) for r in rows] == [("khen-thuong", "Ủy ban nhân dân xã Tân Mỹ", "Lương Văn Hải")]
    rows = grants_of("Chủ tịch UBND huyện khen thưởng thành tích xuất sắc của Công an xã Hội Hoan trong vụ phá án.")
    assert [(r[0], r[10]) for r in rows] == [("khen-thuong", "Công an xã Hội Hoan")]
    # negative: a deed with no doer named after it
    assert grants_of("UBND huyện biểu dương những việc làm tốt trong phong trào thi đua.") == []


def test_a_unit_rewarded_with_a_sum_of_money_ends_before_the_sum():
    rows = grants_of("Giám đốc Công an tỉnh đã thưởng nóng Ban chuyên án 10 triệu đồng.")
    assert [(r[0], r[10]) for r in rows] == [("khen-thuong", "Ban chuyên án")]
    rows = grants_of("Giám đốc Công an tỉnh khen thưởng Ban chuyên án 124T 20 triệu đồng.")
    assert [(r[0], r[10]) for r in rows] == [("khen-thuong", "Ban chuyên án 124T")]
    # negative: a unit's number is its name's
    rows = grants_of("Giám đốc Công an tỉnh khen thưởng Tổ công tác 3 vì thành tích bắt giữ đối tượng.")
    assert [(r[0], r[10]) for r in rows] == [("khen-thuong", "Tổ công tác 3")]


def test_an_award_s_short_form_inside_a_body_s_name_is_a_word_of_that_name():
    rows = grants_of("Hội CTĐ tỉnh tặng Bằng khen cho Hội CTĐ xã Tân Mỹ.")
    assert [(r[0], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", "Hội Chữ thập đỏ xã Tân Mỹ")]
    # negative: the short form alone is the flag
    rows = grants_of("Năm 2022, UBND tỉnh tặng CTĐ cho 3 tập thể.")
    assert short(rows) == [("co-thi-dua-cap-bo-tinh", "collective", 3)]


def test_organs_holding_a_ceremony_jointly_leave_its_award_s_giver_unsaid():
    said = "Tối 8/10, Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam huyện tổ chức Lễ tôn vinh, trao danh hiệu “Công dân tiêu biểu” cho 10 cá nhân."
    assert [(r[0], r[2], r[5]) for r in grants_of(said)] == [("khen-thuong", 10, None)]
    # negative: one body that holds it gives it
    said = "Tối 8/10, UBND huyện tổ chức Lễ tôn vinh, trao danh hiệu “Công dân tiêu biểu” cho 10 cá nhân."
    assert [(r[0], r[2], r[5]) for r in grants_of(said)] == [("khen-thuong", 10, "Ủy ban nhân dân huyện Văn Lãng")]


def test_a_commending_an_event_is_coupled_with_sums_the_grants_given_at_it():
    lead = (
        "Sáng 18/1, UBND huyện tổ chức hội nghị sơ kết 3 năm thực hiện Chỉ thị số 05-CT/TW gắn với tôn vinh 15 tập thể, cá nhân điển hình."
    )
    rows = grants_of(lead + "\nDịp này, Chủ tịch UBND huyện tặng Giấy khen cho 6 tập thể và 9 cá nhân.")
    assert short(rows) == [("giay-khen", "collective", 6), ("giay-khen", "individual", 9)]
    # negative: grants that do not add up to it leave it a grant of its own
    rows = grants_of(lead + "\nDịp này, Chủ tịch UBND huyện tặng Giấy khen cho 6 tập thể và 7 cá nhân.")
    assert ("khen-thuong", "mixed", 15) in short(rows)


def test_those_commended_under_a_title_keep_it_when_an_award_after_them_has_its_own_count():
    said = "Dịp này, Huyện đoàn tuyên dương 30 “Thanh niên tiên tiến làm theo lời Bác”, trao Huy hiệu Tuổi trẻ sáng tạo cho 5 đoàn viên."
    assert short(grants_of(said)) == [("khen-thuong", "individual", 30), ("huy-hieu", "individual", 5)]
    # negative: an award after them given to them, uncounted again, is theirs
    said = "Dịp này, Huyện đoàn tuyên dương 20 “Thủ lĩnh thanh niên tiêu biểu” và trao Bằng khen cho các em."
    assert short(grants_of(said)) == [("bang-khen-cap-bo-tinh", "individual", 20)]


def test_a_bare_city_s_committee_in_a_district_s_article_is_the_city_its_paragraph_names():
    said = (
        "Tại huyện Văn Lãng, UBND huyện tặng Giấy khen cho 8 tập thể.\n"
        "Tại thành phố Lạng Sơn, ngày 19/1, UBND thành phố tổ chức hội nghị và khen thưởng 10 tập thể."
    )
    assert [(r[2], r[5]) for r in grants_of(said)] == [(8, "Ủy ban nhân dân huyện Văn Lãng"), (10, "Ủy ban nhân dân thành phố Lạng Sơn")]
    # with no city named near it, no unit: a huyện is never called a city (two steps above it), and which city is unsaid
    said = "Tại huyện Văn Lãng, UBND huyện tặng Giấy khen cho 8 tập thể.\nNgày 19/1, UBND thành phố khen thưởng 10 tập thể."
    assert [(r[2], r[5]) for r in grants_of(said)] == [(8, "Ủy ban nhân dân huyện Văn Lãng"), (10, "Ủy ban nhân dân thành phố")]
    said = "Ngày 19/1, Chủ tịch UBND TP tặng Giấy khen cho 10 tập thể. Công an TP tặng Giấy khen cho 3 tập thể."
    assert [r[5] for r in grants_of(said)] == ["Chủ tịch Ủy ban nhân dân thành phố", "Công an thành phố"]
    # negative: the level just above the article's district's may be its own, raised after the gazetteer's release
    said = "Ngày 19/1, UBND thị xã khen thưởng 10 tập thể."
    assert [r[5] for r in grants_of(said)] == ["Ủy ban nhân dân huyện Văn Lãng"]


def test_an_uncounted_headline_grant_is_the_body_s_one_grant_of_that_award_whatever_its_word_for_the_recipient():
    def rows(head: str, body: str) -> list[tuple]:
        facts = article(head + "\n14/09/2023\n" + body + "\nHữu Tuấn\n")[1]
        return [(g.award, g.recipient_kind, g.count) for g in counted_once(facts.grants)]

    body = "Ngày 13/9, UBND xã tổ chức lễ khánh thành. Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho Công ty TNHH Thép Việt."
    assert rows("Khánh thành công trình và trao Bằng khen cho nhà tài trợ", body) == [("bang-khen-cap-bo-tinh", "collective", 1)]
    # negative: two grants of that award in the body, which of them the headline's is, unsaid
    body += " UBND tỉnh cũng tặng Bằng khen cho Công ty Cổ phần Sông Đà."
    assert len(rows("Khánh thành công trình và trao Bằng khen cho nhà tài trợ", body)) == 3


def test_a_ministry_s_medal_handed_to_people_it_names_is_the_ministry_s():
    said = "Thứ trưởng Bộ Tài chính Võ Thành Hưng trao Kỷ niệm chương “Vì sự nghiệp Tài chính Việt Nam” cho đồng chí Lương Văn Thắng."
    assert [(r[0], r[5], r[6], r[10]) for r in grants_of(said)] == [("ky-niem-chuong", "Bộ Tài chính", "Võ Thành Hưng", "Lương Văn Thắng")]
    # negative: a medal whose name the article does not give names no ministry
    said = "Ông Hà Văn Lực trao Kỷ niệm chương cho đồng chí Lương Văn Thắng."
    assert [(r[0], r[5]) for r in grants_of(said)] == [("ky-niem-chuong", None)]


def test_an_award_that_names_its_giver_keeps_it_when_handed_over_on_behalf_of_the_province():
    text = (
        "Thị trấn Phố Lu đón nhận Bằng khen\n12/03/2024 09:00\n"
        "Ngày 10/3, UBND thị trấn Phố Lu (huyện Bảo Thắng) tổ chức Lễ đón nhận Bằng khen của Thủ tướng Chính phủ.\n"
        "Thay mặt lãnh đạo huyện, bà Lê Thị Mai, Chủ tịch UBND huyện Bảo Thắng trao Bằng khen của Thủ tướng Chính phủ "
        "cho thị trấn.\nTrần Thu Hương\n"
    )
    (g,) = counted_once(article(text)[1].grants)
    assert (g.award, _label(g.conferrer), g.presenter) == ("bang-khen-thu-tuong", "Thủ tướng Chính phủ", "Lê Thị Mai")
    # one delegated with no giver of its own named is the delegator's
    text = (
        "Trao Kỷ niệm chương cho nhà giáo\n12/03/2024 09:00\n"
        "Ngày 10/3, Sở Nội vụ tỉnh Lào Cai tổ chức Lễ trao Kỷ niệm chương cho 25 nhà giáo.\n"
        "Thừa ủy quyền của Bộ trưởng Bộ Nội vụ, bà Lê Thị Mai đã trao Kỷ niệm chương cho các nhà giáo.\nTrần Thu Hương\n"
    )
    (g,) = counted_once(article(text)[1].grants)
    assert _label(g.conferrer) == "Bộ trưởng Bộ Nội vụ"

    # a title the law gives one office keeps that office, whoever the handing-over is done for
    for behalf in ("Thay mặt lãnh đạo tỉnh", "Thay mặt Tỉnh ủy, HĐND, UBND tỉnh"):
        text = (
            "Trao tặng danh hiệu Bà mẹ Việt Nam anh hùng\n27/07/2017 09:00\n"
            "Sáng 26-7, UBND tỉnh Long An tổ chức Lễ truy tặng danh hiệu “Bà mẹ Việt Nam anh hùng” cho 17 mẹ.\n"
            f"{behalf}, Bí thư Tỉnh ủy Phạm Văn Hòa trao danh hiệu cho thân nhân các mẹ.\nTrần Thu Hương\n"
        )
        (g,) = counted_once(article(text)[1].grants)
        assert (g.award, _label(g.conferrer), g.presenter) == ("ba-me-viet-nam-anh-hung", "Chủ tịch nước", "Phạm Văn Hòa"), behalf


def test_a_bare_certificate_handed_for_the_province_to_the_one_the_government_s_was_given_is_that_one():
    head = "Xã Tân Thanh đón nhận Bằng khen\n22/01/2024 09:00\n"
    lead = "Ngày 20/1/2024, UBND xã Tân Thanh, huyện Văn Lãng tổ chức lễ đón nhận Bằng khen. "
    told = "Xã Tân Thanh vinh dự được Thủ tướng Chính phủ tặng Bằng khen vì thành tích năm 2023. "
    for handed in (
        "Thay mặt lãnh đạo tỉnh, ông Hoàng Văn Tám trao Bằng khen cho Đảng bộ, chính quyền và nhân dân xã.",
        "Thừa ủy quyền của lãnh đạo tỉnh, bà Lê Thị Mai trao Bằng khen cho xã Tân Thanh.",
    ):
        grants = counted_once(article(head + lead + told + handed + "\nTrần Thu Hương\n")[1].grants)
        assert [(g.award, _label(g.conferrer)) for g in grants] == [("bang-khen-thu-tuong", "Thủ tướng Chính phủ")], handed
    # to a count of others, the province's own: the one it acts for gives it
    handed = "Thay mặt lãnh đạo tỉnh, ông Hoàng Văn Tám trao Bằng khen cho 15 tập thể."
    grants = counted_once(article(head + lead + told + handed + "\nTrần Thu Hương\n")[1].grants)
    assert [(g.award, g.count, _label(g.conferrer)) for g in grants] == [
        ("bang-khen-thu-tuong", 1, "Thủ tướng Chính phủ"),
        ("bang-khen-cap-bo-tinh", 15, "Ủy ban nhân dân tỉnh Lạng Sơn"),
    ]


def test_an_award_handed_over_to_the_one_an_earlier_sentence_told_given_it_keeps_that_giver():
    # the presenter's office gives no second award: 'Phó Chủ tịch UBND tỉnh' hands over the ministry's flag
    rows = grants_of(
        "Năm 2023, Cục Thuế tỉnh Lạng Sơn vinh dự được Bộ trưởng Bộ Tài chính tặng Cờ thi đua.\n"
        "Bà Lữ Thị Hồng Nhung, Phó Chủ tịch UBND tỉnh đã trao Cờ thi đua cho Cục Thuế."
    )
    assert [(r[0], r[5], r[6], r[10]) for r in rows] == [
        ("co-thi-dua-cap-bo-tinh", "Bộ trưởng Bộ Tài chính", "Lữ Thị Hồng Nhung", "Cục Thuế tỉnh Lạng Sơn")
    ]
    rows = grants_of(
        "Năm 2023, em Hoàng Văn Khánh được Giám đốc Sở Giáo dục và Đào tạo tặng Giấy khen.\n"
        "Ông Lê Văn Sáu, Chủ tịch UBND huyện trao Giấy khen cho em Hoàng Văn Khánh."
    )
    assert [(r[5], r[6], r[10]) for r in rows] == [("Giám đốc Sở Giáo dục và Đào tạo tỉnh Lạng Sơn", "Lê Văn Sáu", "Hoàng Văn Khánh")]
    # to another recipient, the presenter's office gives its own
    rows = grants_of(
        "Năm 2023, Cục Thuế tỉnh Lạng Sơn vinh dự được Bộ trưởng Bộ Tài chính tặng Cờ thi đua.\n"
        "Ông Lê Văn Sáu, Chủ tịch UBND huyện trao Giấy khen cho em Hoàng Văn Khánh."
    )
    assert [(r[0], r[5], r[10]) for r in rows] == [
        ("co-thi-dua-cap-bo-tinh", "Bộ trưởng Bộ Tài chính", "Cục Thuế tỉnh Lạng Sơn"),
        ("giay-khen", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng", "Hoàng Văn Khánh"),
    ]


def test_a_clause_that_gives_an_award_to_no_one_it_names_gives_it_to_those_the_clause_before_counted():
    for said in (
        "Ban Chấp hành Tỉnh đoàn đã tặng Bằng khen cho ba em học sinh; Chủ tịch UBND huyện tặng Giấy khen.",
        "Tỉnh đoàn đã tặng Bằng khen cho 3 học sinh; UBND huyện cũng trao tặng Giấy khen.",
    ):
        assert [(r[0], r[1], r[2]) for r in grants_of(said)] == [
            ("bang-khen-cap-bo-tinh", "individual", 3),
            ("giay-khen", "individual", 3),
        ], said
    # each count of the one award given before, of two kinds
    rows = grants_of("Tỉnh đoàn đã tặng Bằng khen cho 3 tập thể và 5 cá nhân; UBND huyện tặng Giấy khen.")
    assert [(r[0], r[1], r[2]) for r in rows if r[0] == "giay-khen"] == [("giay-khen", "collective", 3), ("giay-khen", "individual", 5)]
    # negative: not where the clause before gave two awards (whose recipients, unsaid), nor two groups of one kind
    for said in (
        "Tỉnh đoàn đã tặng Bằng khen cho 3 tập thể và Huy hiệu cho 5 cá nhân; UBND huyện tặng Giấy khen.",
        "Tỉnh đoàn đã tặng Bằng khen cho 3 tập thể và 5 tập thể; UBND huyện tặng Giấy khen.",
    ):
        assert "giay-khen" not in [r[0] for r in grants_of(said)], said
    # or a passive going on with no subject of its own (not a clause with a giver of its own as subject: see
    # test_a_counted_subject_given_a_second_award_by_a_verb_of_its_own_after_va_receives_both)
    rows = grants_of("100 thủ khoa được Chủ tịch UBND tỉnh tặng Bằng khen; được Tỉnh đoàn tặng Huy hiệu “Tuổi trẻ sáng tạo”.")
    assert [(r[0], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", 100), ("huy-hieu", 100)]
    # a clause that names its own recipients gives to them; a sentence after it is not the clause
    for said in (
        "Tỉnh đoàn đã tặng Bằng khen cho 3 học sinh; UBND huyện tặng Giấy khen cho 10 giáo viên.",
        "Tỉnh đoàn đã tặng Bằng khen cho 3 học sinh. UBND huyện tặng Giấy khen.",
        "Tỉnh đoàn đã tặng Bằng khen cho 3 học sinh; UBND huyện tặng Giấy khen cho nhà trường.",
    ):
        assert ("giay-khen", "individual", 3) not in [(r[0], r[1], r[2]) for r in grants_of(said)], said


def test_a_person_opening_the_clause_together_with_others_counted_before_its_passive_is_one_more_grant_of_one():
    for said in (
        "Ông Nguyễn Văn Nam cùng 15 giáo viên được tặng Giấy khen.",
        "Năm 2023, thầy Nguyễn Văn Nam cùng với 15 giáo viên của trường vinh dự được UBND huyện tặng Giấy khen.",
    ):
        assert [(r[1], r[2], r[10]) for r in grants_of(said)] == [
            ("individual", 1, "Nguyễn Văn Nam"),
            ("individual", 15, None),
        ], said
    # not a person inside the clause's predicate, nor one whose count's clause goes on before its passive
    for said in (
        "Trường có ông Nguyễn Văn Nam cùng 15 giáo viên được tặng Giấy khen.",
        "Ông Nguyễn Văn Nam cùng 15 giáo viên tham gia hội thi, được tặng Giấy khen.",
        # (after 'và' the count may hold the one named: test_one_named_with_others_counted_is_a_grant_of_one_beside_theirs)
        "Ông Nguyễn Văn Nam và 15 giáo viên được tặng Giấy khen.",
    ):
        assert [(r[1], r[2]) for r in grants_of(said)] == [("individual", 15)], said


def test_a_count_of_those_who_hand_an_award_over_to_others_is_no_recipients_count():
    assert grants_of("Chủ tịch UBND huyện cùng 3 cán bộ trao Giấy khen cho các hộ.") == []
    rows = grants_of("Chủ tịch UBND huyện cùng 3 Phó Chủ tịch trao Giấy khen cho 20 hộ gia đình.")
    assert [(r[1], r[2]) for r in rows] == [("collective", 20)]
    # a count that receives, by a passive or with no one after the award, still does
    assert [r[2] for r in grants_of("Có 3 cán bộ được trao Giấy khen.")] == [3]


def test_a_headline_naming_a_unit_for_its_officer_s_award_tells_the_body_s_one_grant_to_the_officer():
    def grants(headline: str, body: str) -> list[tuple]:
        facts = article(f"{headline}\n12/07/2023 10:00\n{body}\nTrần Thu Hương\n")[1]
        return sorted((g.award, g.recipient_kind, g.recipient) for g in facts.grants)

    body = (
        "Ngày 10/7, Công ty Cổ phần Xi măng Đồng Bành tổ chức lễ đón nhận Huân chương Lao động hạng Ba cho Giám đốc công ty. "
        "Ông Lý Văn Phúc, Giám đốc Công ty Cổ phần Xi măng Đồng Bành, được Chủ tịch nước tặng Huân chương Lao động hạng Ba."
    )
    said = grants("Công ty Cổ phần Xi măng Đồng Bành nhận Huân chương Lao động hạng Ba", body)
    assert said == [("huan-chuong-lao-dong-hang-ba", "individual", "Lý Văn Phúc")]
    # one of another unit's is no officer of it: the headline's unit received its own
    said = grants("Công ty Cổ phần Xi măng Hữu Lũng nhận Huân chương Lao động hạng Ba", body)
    assert ("huan-chuong-lao-dong-hang-ba", "collective", "Công ty Cổ phần Xi măng Hữu Lũng") in said
    # nor where the body gives it to the unit too
    said = grants(
        "Công ty Cổ phần Xi măng Đồng Bành nhận Huân chương Lao động hạng Ba",
        body + " Công ty Cổ phần Xi măng Đồng Bành cũng được tặng Huân chương Lao động hạng Ba.",
    )
    assert ("huan-chuong-lao-dong-hang-ba", "collective", "Công ty Cổ phần Xi măng Đồng Bành") in said


def test_an_award_to_those_commended_named_by_their_kind_alone_is_what_the_commendation_counted_was():
    said = (
        "Huyện đoàn Văn Lãng tổ chức tuyên dương 10 thanh niên tiêu biểu năm 2022. "
        "Ban Thường vụ Huyện đoàn tặng Giấy khen cho các thanh niên được tuyên dương."
    )
    assert [(r[0], r[1], r[2]) for r in grants_of(said)] == [("giay-khen", "individual", 10)]
    # (the body's standing committee gives in its name; another body's award is its own telling)
    said = said.replace("Ban Thường vụ Huyện đoàn tặng", "Giám đốc Sở Y tế tặng")
    assert [(r[0], r[2]) for r in grants_of(said)] == [("khen-thuong", 10), ("giay-khen", None)]


def test_a_team_commended_by_what_it_is_is_the_one_told_in_full_before_and_no_person():
    def recipients(body: str) -> list[tuple]:
        facts = article(HEAD + body + "\nTrần Thu Hương\n")[1]
        return [(g.recipient, g.recipient_org and g.recipient_org.name, g.recipient_person) for g in facts.grants]

    told = "Giám đốc Công an tỉnh khen thưởng đột xuất Tổ công tác Phòng Cảnh sát hình sự vì bắt giữ đối tượng truy nã. "
    said = recipients(told + "Cùng ngày, UBND tỉnh cũng đã khen thưởng cho tổ công tác.")
    assert said[1] == ("Tổ công tác Phòng Cảnh sát hình sự",) * 2 + (None,)
    # none told before: one team, unnamed
    assert recipients("UBND tỉnh khen thưởng nóng tổ công tác bắt giữ đối tượng.") == [(None, None, None)]
    # a unit named by its number is a body, no person
    assert recipients("UBND huyện tặng Giấy khen cho tập thể lớp 12A1 vì thành tích.") == [("lớp 12A1", "lớp 12A1", None)]


@pytest.mark.parametrize("made_of", ["gồm", "bao gồm", "gồm có"])
def test_a_plural_commended_then_what_it_is_made_of_after_gom_or_bao_gom(made_of):
    rows = grants_of(f"Các tập thể, cá nhân được khen thưởng {made_of} 12 tập thể và 30 cá nhân.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("khen-thuong", "collective", 12), ("khen-thuong", "individual", 30)]
    rows = grants_of(f"Có 2 cá nhân {made_of} ông Lê Văn An và bà Trần Thị Bình được tặng Bằng khen.")
    assert [(r[0], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", 2)]
    # negative: what the word says of another thing is no list of those commended
    assert grants_of(f"Kế hoạch khen thưởng {made_of} nhiều nội dung.") == []


def test_a_recipient_named_then_others_counted_after_cung():
    for said in (
        "Sở Giáo dục và Đào tạo tặng Giấy khen cho cô Phạm Thị Hạnh cùng 15 giáo viên đạt giải.",
        "Sở Giáo dục và Đào tạo tặng Giấy khen cho cô Phạm Thị Hạnh cùng với 15 giáo viên đạt giải.",
    ):
        assert [(r[0], r[1], r[2], r[10]) for r in grants_of(said)] == [
            ("giay-khen", "individual", 1, "Phạm Thị Hạnh"),
            ("giay-khen", "individual", 15, None),
        ], said
    rows = grants_of("UBND huyện tặng Giấy khen cho Trường THCS Tân Thanh cùng 12 học sinh.")
    assert [(r[1], r[2], r[10]) for r in rows] == [("collective", 1, "Trường THCS Tân Thanh"), ("individual", 12, None)]
    # the others first, then the one: the count alone, as before
    rows = grants_of("UBND huyện tặng Giấy khen cho 12 học sinh cùng với Trường THCS Tân Thanh.")
    assert [(r[1], r[2]) for r in rows] == [("individual", 12)]


def test_a_units_party_and_people_are_one_recipient_the_ceremony_of_its_organs_received():
    text = (
        "Thị trấn Phố Lu đón nhận Cờ thi đua\n12/03/2024 09:00\n"
        "Ngày 10/3, Đảng ủy, HĐND, UBND thị trấn Phố Lu (huyện Bảo Thắng, tỉnh Lào Cai) tổ chức Lễ kỷ niệm 60 năm thành "
        "lập và đón nhận Cờ thi đua của Chính phủ.\n"
        "Năm 2023, Chính phủ đã tặng Cờ thi đua cho Đảng bộ và Nhân dân thị trấn Phố Lu.\nTrần Thu Hương\n"
    )
    (g,) = counted_once(article(text)[1].grants)
    assert (g.award, g.recipient) == ("co-thi-dua-chinh-phu", "Đảng bộ và Nhân dân thị trấn Phố Lu")
    text = (
        "Phường Tân Mai đón nhận danh hiệu Anh hùng\n12/03/2024 09:00\n"
        "Ngày 10/3, UBND phường Tân Mai (thành phố Biên Hòa, tỉnh Đồng Nai) tổ chức Lễ đón nhận danh hiệu Anh hùng "
        "Lực lượng vũ trang nhân dân.\n"
        "Chủ tịch nước đã phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho quân và dân phường Tân Mai.\n"
        "Trần Thu Hương\n"
    )
    (g,) = counted_once(article(text)[1].grants)
    assert g.recipient == "quân và dân phường Tân Mai"
    # another unit's people are another recipient
    text = (
        "Thị trấn Phố Lu đón nhận Cờ thi đua\n12/03/2024 09:00\n"
        "Ngày 10/3, Đảng ủy, HĐND, UBND thị trấn Phố Lu (huyện Bảo Thắng, tỉnh Lào Cai) tổ chức Lễ đón nhận Cờ thi đua "
        "của Chính phủ.\n"
        "Cùng năm, Chính phủ đã tặng Cờ thi đua cho Đảng bộ và Nhân dân xã Sơn Hải.\nTrần Thu Hương\n"
    )
    recipients = [g.recipient for g in counted_once(article(text)[1].grants)]
    assert len(recipients) == 2 and "Đảng bộ và Nhân dân xã Sơn Hải" in recipients


def test_a_clause_that_opens_on_handing_over_names_its_presenter_after_co():
    head = (
        "Xã Quang Minh đón nhận Cờ thi đua\n12/03/2024 09:00\n"
        "Ngày 10/3, UBND xã Quang Minh (huyện Bắc Quang, tỉnh Hà Giang) tổ chức Lễ đón nhận Cờ thi đua của Chính phủ.\n"
    )
    for said in (
        "Về dự và trao Cờ thi đua có đồng chí Nguyễn Mạnh Dũng, Phó Chủ tịch UBND tỉnh.",
        "Dự và trao tặng Cờ thi đua của Chính phủ cho xã có Phó Chủ tịch UBND tỉnh Nguyễn Mạnh Dũng.",
    ):
        (g,) = counted_once(article(head + said + "\nTrần Thu Hương\n")[1].grants)
        assert (g.award, g.presenter) == ("co-thi-dua-chinh-phu", "Nguyễn Mạnh Dũng"), said
    # one who attended only, and one named after 'là', present nothing
    (g,) = counted_once(article(head + "Dự buổi lễ có đồng chí Nguyễn Mạnh Dũng, Phó Chủ tịch UBND tỉnh.\nTrần Thu Hương\n")[1].grants)
    assert g.presenter is None
    rows = grants_of("Dịp này, UBND huyện trao Giấy khen cho 01 cá nhân là ông Hoàng Văn Tư, Trưởng thôn Nà Pàn.")
    assert [(r[0], r[6], r[10]) for r in rows] == [("giay-khen", None, "Hoàng Văn Tư")]


def test_who_a_list_s_heading_says_handed_over_its_items_presented_them():
    def presenters(heading: str) -> list[tuple[int, str | None]]:
        facts = article(
            HEAD + EVENT + "Tới dự có đồng chí Hoàng Văn Nam, Phó Chủ tịch UBND tỉnh.\n" + heading + "\n- Bằng khen của Chủ tịch "
            "UBND tỉnh cho 5 tập thể;\n- Giấy khen của Chủ tịch UBND huyện cho 12 cá nhân.\nTrần Thu Hương\n"
        )[1]
        return [(g.count, g.presenter) for g in counted_once(facts.grants)]

    assert presenters("Tại hội nghị, đồng chí Hoàng Văn Nam, Phó Chủ tịch UBND tỉnh đã trao:") == [
        (5, "Hoàng Văn Nam"), (12, "Hoàng Văn Nam")
    ]  # fmt: skip
    # by the title the article gave him
    assert presenters("Tại hội nghị, đồng chí Phó Chủ tịch UBND tỉnh đã trao:") == [(5, "Hoàng Văn Nam"), (12, "Hoàng Văn Nam")]
    # negative: a heading that gives by decision hands nothing over
    assert presenters("Tại hội nghị, Chủ tịch UBND huyện đã khen thưởng:") == [(5, None), (12, None)]


def test_a_sublist_that_counts_its_kind_stays_under_the_heading_that_gives_the_award():
    heading = "Theo Quyết định của Chủ tịch UBND huyện, các tập thể, cá nhân được tặng Giấy khen gồm:\n"
    rows = grants_of(
        heading + "a) Tập thể (04 tập thể):\n- Trường Mầm non Hoa Sen;\n- Trường Tiểu học Tân Mỹ;\n- Trạm Y tế xã Tân Mỹ;\n"
        "- Hội Nông dân xã Tân Mỹ.\nb) Cá nhân: 02 cá nhân:\n- Ông Lý Văn Sinh, Trưởng thôn Nà Pàn;\n- Bà Hoàng Thị Yến, công chức xã."
    )
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [
        ("giay-khen", "collective", 4, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
        ("giay-khen", "individual", 2, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
    ]
    # a heading that gives to a plural, what they achieved told at length before its list
    rows = grants_of(
        "Chủ tịch UBND huyện ban hành Quyết định tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong phong "
        "trào thi đua “Toàn dân bảo vệ an ninh Tổ quốc” năm 2022, gồm:\n1. Tập thể (02 tập thể):\n- Công an xã Tân Mỹ;\n"
        "- Trường Tiểu học Tân Mỹ.\n2. Cá nhân (01 cá nhân):\n- Ông Lý Văn Sinh, Trưởng thôn Nà Pàn."
    )
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "collective", 2), ("giay-khen", "individual", 1)]
    # a sublist that names an award of its own gives that one
    rows = grants_of(
        "Kết quả khen thưởng năm 2022 như sau:\n1. Bằng khen của Chủ tịch UBND tỉnh (02 tập thể):\n- Trường Mầm non Hoa Sen;\n"
        "- Trường Tiểu học Tân Mỹ."
    )
    assert [(r[0], r[1], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", "collective", 2)]
    # (its item's number counts no one: the count in brackets is the award's, not a breakdown of '1')
    rows = grants_of("Kết quả khen thưởng năm 2022 như sau:\n1. Giấy khen của Chủ tịch UBND huyện (15 tập thể);\n2. Bằng khen (3 cá nhân).")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "collective", 15), ("bang-khen-cap-bo-tinh", "individual", 3)]


def test_a_hamlet_placed_by_its_commune_receives_its_cultural_title_and_its_certificate_is_that_title():
    for hamlet, commune, title in (
        ("Thôn 3", "xã Tân Mỹ", "Thôn văn hóa"),
        ("Khóm 3", "phường 7", "Khóm văn hóa"),
        ("Tổ dân phố Nà Pàn", "thị trấn Na Sầm", "Tổ dân phố văn hóa"),
    ):
        facts = article(
            f"{hamlet}, {commune} đón nhận danh hiệu “{title}”\n20/01/2023 09:00\nChiều 18/1, {hamlet.lower()}, {commune} tổ "
            f"chức Lễ đón nhận danh hiệu “{title}”. Bà Hoàng Thị Ngọc, Chủ tịch UBND {commune} trao Giấy công nhận cho "
            f"{hamlet.split()[0].lower()}.\nTrần Thu Hương\n"
        )[1]
        assert [(g.award, g.recipient.lower(), g.presenter) for g in facts.grants] == [
            ("thon-to-dan-pho-van-hoa", hamlet.lower(), "Hoàng Thị Ngọc")
        ], hamlet
    # two communes listed: both receive
    rows = grants_of("Xã Tân Mỹ, xã Tân Lập được tặng Bằng khen của Chủ tịch UBND tỉnh.")
    assert [(r[1], r[2]) for r in rows] == [("collective", 2)]


def test_the_decision_and_the_heros_certificate_handed_over_are_the_title_the_ceremony_names():
    head = (
        "Truy tặng danh hiệu Anh hùng cho liệt sĩ\n12/03/2024 09:00\n"
        "Sáng 10/3, Bộ Chỉ huy Quân sự tỉnh Bạc Liêu tổ chức Lễ truy tặng danh hiệu Anh hùng Lực lượng vũ trang nhân "
        "dân cho liệt sĩ Lâm Văn Tám.\n"
    )
    for said in (
        "Thượng tá Hồ Văn Chín, Chính ủy Bộ CHQS tỉnh trao Quyết định và Bằng Anh hùng cho thân nhân liệt sĩ.",
        "Thượng tá Hồ Văn Chín trao Quyết định cho gia đình liệt sĩ.",
    ):
        (g,) = counted_once(article(head + said + "\nTrần Thu Hương\n")[1].grants)
        assert (g.recipient, g.presenter) == ("Lâm Văn Tám", "Hồ Văn Chín"), said
    # a decision of another kind handed over is none of the title
    said = "Thượng tá Hồ Văn Chín trao Quyết định bổ nhiệm cho ông Lê Văn Mười."
    (g,) = counted_once(article(head + said + "\nTrần Thu Hương\n")[1].grants)
    assert g.presenter is None


def test_a_part_told_in_the_next_sentence_after_trong_do_is_a_subset_of_the_total_not_a_grant():
    rows = grants_of(
        "Năm 2023, UBND huyện công nhận 1.240 hộ đạt danh hiệu Gia đình văn hóa. "
        "Trong đó, 96 hộ được công nhận Gia đình văn hóa tiêu biểu 5 năm liền."
    )
    assert [(r[0], r[2]) for r in rows] == [("gia-dinh-van-hoa", 1240)]
    # parts that add up break it down, counted once
    rows = grants_of(
        "Năm 2023, Chủ tịch UBND huyện tặng Giấy khen cho 30 cá nhân. "
        "Trong số đó, 12 cá nhân được tặng Giấy khen về thành tích đột xuất, 18 cá nhân được tặng Giấy khen về thành tích năm."
    )
    assert sorted(r[2] for r in rows) == [12, 18]
    # another award after 'Trong đó' is a grant of its own
    rows = grants_of(
        "Năm 2023, UBND huyện công nhận 1.240 hộ đạt danh hiệu Gia đình văn hóa. "
        "Trong đó, Chủ tịch UBND huyện tặng Giấy khen cho 12 hộ tiêu biểu."
    )
    assert [(r[0], r[2]) for r in rows] == [("gia-dinh-van-hoa", 1240), ("giay-khen", 12)]


def test_the_giver_a_proposal_asks_to_consider_first_is_the_giver():
    for said, giver in (
        ("UBND huyện đã trình UBND tỉnh xem xét, tặng Bằng khen cho 4 tập thể.", "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("Hội đồng thống nhất đề nghị UBND tỉnh xét, khen thưởng Bằng khen cho 4 tập thể.", "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("Hội đồng đề nghị Chủ tịch UBND tỉnh quyết định tặng Bằng khen cho 4 tập thể.", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
    ):
        (row,) = grants_of(said)
        assert (row[0], row[4], row[5]) == ("bang-khen-cap-bo-tinh", "proposed", giver), said
    # a body that considered and gave is no proposal's addressee
    (row,) = grants_of("Sau khi xem xét, UBND huyện đã tặng Giấy khen cho 4 tập thể.")
    assert (row[4], row[5]) == ("conferred", "Ủy ban nhân dân huyện Văn Lãng")


def test_each_count_of_awards_takes_the_kind_its_own_recipients_phrase_names():
    rows = grants_of("Chủ tịch UBND huyện đã trao 12 Giấy khen cho các cá nhân và 7 Giấy khen cho các tập thể tiêu biểu.")
    assert [(r[1], r[2]) for r in rows] == [("individual", 12), ("collective", 7)]
    # one phrase after both names the kind of both
    rows = grants_of("Chủ tịch UBND huyện đã trao 12 Giấy khen và 7 Bằng khen của UBND tỉnh cho các tập thể.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "collective", 12), ("bang-khen-cap-bo-tinh", "collective", 7)]


def test_people_joined_to_the_body_a_passive_subject_opens_with_receive_too():
    for said in (
        "Tập thể Phòng Văn hóa và Thông tin huyện và ông Hoàng Văn Tư, Trưởng phòng được UBND tỉnh tặng Bằng khen.",
        "Trạm Y tế xã Tân Mỹ cùng bà Lý Thị Hoa được UBND tỉnh tặng Bằng khen.",
    ):
        rows = grants_of(said)
        assert [(r[0], r[1], r[2]) for r in rows] == [
            ("bang-khen-cap-bo-tinh", "collective", 1), ("bang-khen-cap-bo-tinh", "individual", 1)
        ], said  # fmt: skip
        assert rows[1][10] in ("Hoàng Văn Tư", "Lý Thị Hoa")
    # a person named after the verb is no recipient joined to it
    rows = grants_of("Phòng Văn hóa và Thông tin huyện được Chủ tịch UBND tỉnh Hồ Tiến Thiệu tặng Bằng khen.")
    assert [(r[1], r[2]) for r in rows] == [("collective", 1)]


def test_a_sectors_emulation_fighter_named_with_its_field_is_counted_after_a_colon():
    rows = grants_of(
        "Kết quả khen thưởng năm 2023 như sau:\n- Danh hiệu Chiến sĩ thi đua ngành Tài chính: 04 cá nhân;\n"
        "- Chiến sĩ thi đua ngành Lao động - Thương binh và Xã hội: 02 cá nhân."
    )
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("chien-si-thi-dua-cap-bo-tinh", "individual", 4), ("chien-si-thi-dua-cap-bo-tinh", "individual", 2)
    ]  # fmt: skip
    # the field's name ends before the sentence goes on ('cho', 'năm')
    rows = grants_of("Bộ trưởng tặng danh hiệu Chiến sĩ thi đua ngành Giáo dục và Đào tạo cho 3 cá nhân năm 2023.")
    assert [(r[0], r[2]) for r in rows] == [("chien-si-thi-dua-cap-bo-tinh", 3)]


def test_the_giver_after_a_colon_is_the_subject_where_the_field_of_work_opens_the_sentence():
    for said in (
        "Công tác khen thưởng kịp thời, đúng quy định: Chủ tịch UBND huyện đã tặng Giấy khen cho 215 tập thể.",
        "Công tác thi đua, khen thưởng được quan tâm: Chủ tịch UBND huyện đã tặng Giấy khen cho 215 tập thể.",
    ):
        (row,) = grants_of(said)
        assert (row[2], row[5]) == (215, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"), said
    # the field of work with no giver after it names none
    (row,) = grants_of("Công tác thi đua, khen thưởng được quan tâm: 215 tập thể được tặng Giấy khen.")
    assert (row[2], row[5]) == (215, None)


def test_a_headline_that_counts_several_ceremonies_receivings_leaves_each_its_own_grant():
    text = (
        "Hai xã đón nhận danh hiệu Anh hùng Lực lượng vũ trang nhân dân\n12/03/2024 09:00\n"
        "Sáng 10/3, Đảng bộ, chính quyền và Nhân dân xã Đồng Tâm (huyện Văn Lãng) tổ chức Lễ đón nhận danh hiệu Anh hùng "
        "Lực lượng vũ trang nhân dân. Đồng chí Hoàng Văn Nghiệm dự và trao danh hiệu cho xã.\n"
        "Chiều cùng ngày, xã Tân Mỹ (huyện Văn Lãng) cũng tổ chức Lễ đón nhận danh hiệu Anh hùng Lực lượng vũ trang nhân "
        "dân. Đồng chí Hồ Tiến Thiệu trao danh hiệu cao quý này cho xã Tân Mỹ.\nTrần Thu Hương\n"
    )
    facts = article(text)[1]
    assert [e.organiser.name for e in facts.events] == [
        "Đảng bộ, chính quyền và nhân dân xã Đồng Tâm", "Ủy ban nhân dân xã Tân Mỹ"
    ]  # fmt: skip
    assert sorted((g.event, g.count, g.presenter) for g in counted_once(facts.grants)) == [
        ("e1", 1, "Hoàng Văn Nghiệm"), ("e2", 1, "Hồ Tiến Thiệu")
    ]  # fmt: skip
    # one ceremony under a headline that tells its receiving: one grant
    one = text.split("Chiều cùng ngày")[0].replace("Hai xã đón nhận", "Xã Đồng Tâm đón nhận") + "Trần Thu Hương\n"
    assert [(g.count, g.presenter) for g in counted_once(article(one)[1].grants)] == [(1, "Hoàng Văn Nghiệm")]


def test_a_clause_that_opens_on_its_topic_about_commendation_names_its_giver_after_it():
    rows = grants_of(
        "Về khen thưởng, đối với tập thể, Chủ tịch UBND huyện tặng Giấy khen cho 5 đơn vị; đối với cá nhân, tặng Giấy khen cho 12 người."
    )
    assert [(r[1], r[2], r[5]) for r in rows] == [
        ("collective", 5, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"), ("individual", 12, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng")
    ]  # fmt: skip
    # a commendation that is the clause's own verb keeps its subject
    (row,) = grants_of("Năm 2023, UBND huyện đã khen thưởng kịp thời 5 tập thể.")
    assert (row[2], row[5]) == (5, "Ủy ban nhân dân huyện Văn Lãng")


def test_a_sentence_whose_subject_is_the_event_tells_what_was_given_there():
    lead = "Ngày 18/1/2023, UBND huyện Văn Lãng tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022.\n"
    rows = grants_of(lead + "Hội nghị đã đánh giá kết quả năm 2022; tuyên dương 15 tập thể, 30 cá nhân tiêu biểu.")
    assert [(r[1], r[2], r[8]) for r in rows] == [("collective", 15, "e1"), ("individual", 30, "e1")]
    # a sentence of its own paragraph that is not the event's tells of no event
    rows = grants_of(lead + "Năm 2022, huyện đã tuyên dương 15 tập thể, 30 cá nhân tiêu biểu.")
    assert [(r[2], r[8]) for r in rows] == [(15, None), (30, None)]


def test_the_period_the_sentence_before_achieved_in_is_what_ghi_nhan_thanh_tich_do_rewards():
    rows = grants_of(
        "Giai đoạn 2019 - 2023, Trường THCS Tân Mỹ đã hoàn thành xuất sắc nhiệm vụ. "
        "Ghi nhận những thành tích đó, Chủ tịch UBND tỉnh đã tặng Bằng khen cho nhà trường."
    )
    assert [(r[0], r[7]) for r in rows] == [("bang-khen-cap-bo-tinh", "2019-2023")]
    rows = grants_of("Năm 2023, Hội Nông dân xã đạt nhiều thành tích. Với những thành tích trên, Hội được UBND huyện tặng Giấy khen.")
    assert [r[7] for r in rows] == ["2023"]
    # a year the sentence before opens with, telling of no achievement, is no period of the award
    rows = grants_of("Năm 2023, xã tổ chức nhiều hoạt động văn hóa. Ghi nhận những thành tích đó, UBND huyện tặng Giấy khen cho xã Tân Mỹ.")
    assert [r[7] for r in rows] == [None]


def test_proposals_told_with_the_councils_consideration_or_as_sent_up():
    # 'đang được đề nghị' after a bare body: the body the article is about, proposed
    text = (
        "Trường THCS Tân Mỹ tổng kết năm học\n12/03/2024 09:00\nNhà trường đang được đề nghị tặng Huân chương Lao động hạng Ba.\nMai Anh\n"
    )
    (g,) = counted_once(article(text)[1].grants)
    assert (g.award, g.status, g.recipient) == ("huan-chuong-lao-dong-hang-ba", "proposed", "Trường THCS Tân Mỹ")
    # the council's consideration before its proposal: the giver after it, the council the proposer
    (row,) = grants_of("Xã Tân Mỹ đã được Hội đồng Thi đua - Khen thưởng huyện xét, đề nghị Chủ tịch UBND tỉnh tặng Bằng khen.")
    assert (row[0], row[4], row[5], row[10]) == ("bang-khen-cap-bo-tinh", "proposed", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "xã Tân Mỹ")
    facts = article(
        HEAD + "Xã Tân Mỹ đã được Hội đồng Thi đua - Khen thưởng huyện xét, đề nghị Chủ tịch UBND tỉnh tặng Bằng khen.\nMai Anh\n"
    )[1]
    assert _label(facts.grants[0].proposer) == "Hội đồng Thi đua - Khen thưởng huyện Văn Lãng"
    # a proposal's dossier sent up is still a proposal; one then granted is given
    (row,) = grants_of("Hồ sơ đề nghị tặng Cờ thi đua của Chính phủ cho xã Tân Mỹ đã được gửi lên Ban Thi đua - Khen thưởng Trung ương.")
    assert row[4] == "proposed"
    (row,) = grants_of("Xã Tân Mỹ được đề nghị và đã được Thủ tướng Chính phủ tặng Cờ thi đua.")
    assert row[4] == "conferred"


def test_the_body_that_made_up_the_dossier_of_a_proposal_proposed_it():
    facts = article(HEAD + "UBND huyện Văn Lãng đã lập hồ sơ đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 2 tập thể.\nMai Anh\n")[1]
    (g,) = facts.grants
    assert (g.status, _label(g.conferrer), _label(g.proposer)) == ("proposed", "Thủ tướng Chính phủ", "Ủy ban nhân dân huyện Văn Lãng")
    # so does one that checked it before sending it up
    facts = article(HEAD + "Sở Nội vụ tỉnh Lạng Sơn đã thẩm định, trình UBND tỉnh tặng Bằng khen cho 25 tập thể.\nMai Anh\n")[1]
    assert _label(facts.grants[0].proposer) == "Sở Nội vụ tỉnh Lạng Sơn"
    # a body that only received the dossier proposes nothing
    facts = article(HEAD + "UBND tỉnh đã nhận hồ sơ đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 2 tập thể.\nMai Anh\n")[1]
    assert _label(facts.grants[0].proposer) is None


def test_a_commendation_joined_to_encouragement_before_its_count_commends_those_counted():
    for said in (
        "Năm 2023, UBND huyện đã khen thưởng, động viên kịp thời 5 tập thể.",
        "Ban Thường vụ Huyện đoàn đã tuyên dương và khích lệ 5 tập thể tiêu biểu.",
    ):
        (row,) = grants_of(said)
        assert (row[0], row[1], row[2]) == ("khen-thuong", "collective", 5), said
    # encouragement alone commends no one
    assert grants_of("Năm 2023, lãnh đạo huyện đã thăm hỏi, động viên 5 tập thể.") == []


def test_a_plural_honorific_opens_a_list_of_people_named_as_recipients():
    rows = grants_of("Các em Lò Văn An và Quàng Thị Bình được UBND huyện tặng Giấy khen.")
    assert [(r[1], r[2]) for r in rows] == [("individual", 2)]
    rows = grants_of("Hội Khuyến học huyện đã khen thưởng, động viên những em Lò Văn An, Quàng Thị Bình.")
    assert [(r[1], r[2]) for r in rows] == [("individual", 2)]
    # the body a subject opens with receives too, whatever the list of people joined to it after a comma
    rows = grants_of("Trường THCS Bản Lầu và các em Lò Văn An, Quàng Thị Bình được UBND huyện tặng Giấy khen.")
    assert [(r[1], r[2], r[10]) for r in rows] == [("collective", 1, "Trường THCS Bản Lầu"), ("individual", 2, None)]
    # one person after the plural of another noun is no list of people
    rows = grants_of("Các thôn của xã Tân Mỹ và ông Lò Văn An được UBND huyện tặng Giấy khen.")
    assert ("individual", 2) not in [(r[1], r[2]) for r in rows]


def test_a_short_form_the_article_defines_for_other_words_is_no_award():
    said = "Năm 2023, Hội Chữ thập đỏ (CTĐ) huyện đã vận động 2 tỷ đồng. UBND huyện tặng Giấy khen cho 5 hội viên CTĐ tiêu biểu."
    assert [(r[0], r[2]) for r in grants_of(said)] == [("giay-khen", 5)]
    # defined for the flag, or not defined at all, it is the flag
    for said in (
        "UBND tỉnh tặng Cờ thi đua (CTĐ) cho 3 tập thể. Chủ tịch UBND tỉnh trao CTĐ cho xã Tân Mỹ.",
        "UBND tỉnh tặng CTĐ cho 3 tập thể.",
    ):
        assert grants_of(said)[0][:3] == ("co-thi-dua-cap-bo-tinh", "collective", 3), said


def test_the_own_body_with_an_adverb_of_addition_before_its_passive_still_receives():
    head = "Trường THCS Tân Mỹ đón nhận Huân chương Lao động hạng Ba\n20/11/2023 09:00\n"
    lead = "Sáng 19/11, Trường THCS Tân Mỹ (huyện Văn Lãng, tỉnh Lạng Sơn) tổ chức Lễ đón nhận Huân chương Lao động hạng Ba.\n"
    for adverb in ("còn", "đều", "cũng"):
        facts = article(head + lead + f"Dịp này, nhà trường {adverb} được Chủ tịch UBND tỉnh tặng Bằng khen.\nMai Anh\n")[1]
        (g,) = [g for g in facts.grants if g.award == "bang-khen-cap-bo-tinh"]
        assert (g.recipient, _label(g.conferrer)) == ("Trường THCS Tân Mỹ", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"), adverb
    # 'còn' that opens a clause is a conjunction, not the subject's adverb
    facts = article(head + lead + "Các thầy cô được tặng Giấy khen, còn nhà trường được Chủ tịch UBND tỉnh tặng Bằng khen.\nMai Anh\n")[1]
    assert [g.recipient for g in facts.grants if g.award == "bang-khen-cap-bo-tinh"] == ["Trường THCS Tân Mỹ"]


def test_a_union_of_the_article_s_company_told_by_its_head_noun_is_that_union():
    head = "Công ty Cấp nước Lạng Sơn tôn vinh người lao động tiêu biểu\n28/04/2024 09:00\n"
    lead = "Ngày 27/4, Công đoàn Công ty Cấp nước Lạng Sơn tổ chức chương trình tuyên dương người lao động tiêu biểu.\n"
    facts = article(
        head
        + lead
        + "Công đoàn ngành Xây dựng tặng Bằng khen cho Công đoàn Công ty và bà Hoàng Thị Mai, Chủ tịch Công đoàn Công ty.\nMai Anh\n"
    )[1]
    assert [(g.recipient_kind, g.recipient) for g in facts.grants] == [
        ("collective", "Công đoàn Công ty Cấp nước Lạng Sơn"), ("individual", "Hoàng Thị Mai")
    ]  # fmt: skip
    assert posts_by_name(facts)["Hoàng Thị Mai"] == {("Chủ tịch", "Công đoàn Công ty Cấp nước Lạng Sơn")}
    # and the giver so told
    facts = article(head + lead + "Công đoàn Công ty đã tuyên dương 45 người lao động tiêu biểu.\nMai Anh\n")[1]
    assert [(_label(g.conferrer), g.count) for g in facts.grants] == [("Công đoàn Công ty Cấp nước Lạng Sơn", 45)]
    # a union of a company named in full is that company's, not the article's
    facts = article(head + lead + "Công đoàn Công ty Điện lực Lạng Sơn tuyên dương 12 người lao động tiêu biểu.\nMai Anh\n")[1]
    assert [_label(g.conferrer) for g in facts.grants] == ["Công đoàn Công ty Điện lực Lạng Sơn"]


def test_households_listed_by_their_heads_are_each_a_named_collective():
    for said in (
        "Hai hộ gia đình ông Nguyễn Văn Tám và bà Lê Thị Hoa được UBND huyện tặng Giấy khen.",
        "UBND huyện tặng Giấy khen cho hai hộ gia đình ông Nguyễn Văn Tám và bà Lê Thị Hoa.",
        "UBND huyện tặng Giấy khen cho hộ gia đình ông Nguyễn Văn Tám và hộ gia đình bà Lê Thị Hoa.",
        # (past what a bracket says of each: where they live)
        "Hộ gia đình ông Nguyễn Văn Tám (thôn 3) và hộ gia đình bà Lê Thị Hoa (thôn 5) được UBND huyện tặng Giấy khen.",
    ):
        facts = article(HEAD + said + "\nMai Anh\n")[1]
        (g,) = facts.grants
        assert (g.recipient_kind, g.count, g.recipient) == ("collective", 2, None), said
        assert [o.name for o in g.named] == ["Hộ gia đình ông Nguyễn Văn Tám", "Hộ gia đình bà Lê Thị Hoa"], said
    # one household, its head's title after the name: the household by its head's name
    facts = article(HEAD + "Gia đình ông Nguyễn Văn Tám, Bí thư chi bộ thôn 3 được UBND huyện tặng Giấy khen.\nMai Anh\n")[1]
    assert [g.recipient for g in facts.grants] == ["Gia đình ông Nguyễn Văn Tám"]
    # a household, then a person by their honorific alone, with no number before: not a list of households
    facts = article(HEAD + "UBND huyện tặng Giấy khen cho gia đình ông Nguyễn Văn Tám và ông Lê Văn Hòa.\nMai Anh\n")[1]
    assert ("collective", 2) not in [(g.recipient_kind, g.count) for g in facts.grants]


def test_a_handing_over_a_body_held_of_an_award_told_before_is_that_grant_its_giver_the_one_told():
    def rows(body: str) -> list[tuple]:
        return [(r[0], r[2], r[5]) for r in grants_of(body)]

    told = "Gia đình ông Nguyễn Văn Tám và gia đình bà Lê Thị Hoa được Chủ tịch UBND tỉnh tặng Bằng khen. "
    held = "UBND xã Tân Mỹ đã tổ chức trao Bằng khen cho 2 gia đình vào chiều 19/6."
    assert rows(told + held) == [("bang-khen-cap-bo-tinh", 2, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn")]
    assert rows(held + " " + told) == [("bang-khen-cap-bo-tinh", 2, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn")]
    # negative: another giver's own award to as many is another grant
    assert rows(told + "UBND xã Tân Mỹ tặng Giấy khen cho 2 gia đình.") == [
        ("bang-khen-cap-bo-tinh", 2, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"), ("giay-khen", 2, "Ủy ban nhân dân xã Tân Mỹ")
    ]  # fmt: skip


def test_a_body_handing_over_an_award_counted_before_to_its_recipients_by_kind_is_its_host_not_another_giver():
    def rows(body: str) -> list[tuple]:
        return [(r[0], r[2], r[5]) for r in grants_of(body)]

    told = "18 tập thể và 27 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen. "
    counted = [
        ("bang-khen-cap-bo-tinh", 18, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("bang-khen-cap-bo-tinh", 27, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
    ]
    assert rows(told + "Ngày 5/3/2024, Ủy ban MTTQ tỉnh tổ chức trao Bằng khen cho các tập thể, cá nhân.") == counted
    assert rows(told + "Ngày 5/3/2024, Ủy ban MTTQ tỉnh trao Bằng khen cho các tập thể, cá nhân.") == counted
    # negative: another body giving by its own decision gives its own
    rows_given = rows(told + "Ngày 5/3/2024, Ủy ban MTTQ tỉnh tặng Bằng khen cho các tập thể, cá nhân.")
    assert rows_given == [*counted, ("bang-khen-cap-bo-tinh", None, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn")]


def test_the_state_treasury_by_its_short_form_gives_and_receives():
    rows = grants_of("KBNN Văn Lãng được Bộ trưởng Bộ Tài chính tặng Cờ thi đua; Tổng Giám đốc KBNN tặng Bằng khen cho 5 tập thể.")
    assert [(r[0], r[5], r[10]) for r in rows] == [
        ("co-thi-dua-cap-bo-tinh", "Bộ trưởng Bộ Tài chính", "Kho bạc Nhà nước huyện Văn Lãng"),
        ("bang-khen-cap-bo-tinh", "Tổng Giám đốc Kho bạc Nhà nước", None),
    ]


def test_a_headline_s_shorter_name_for_the_body_s_one_recipient_of_an_award_is_that_grant():
    lead = (
        "Ngày 1/8, Phòng Cảnh sát PCCC và CNCH khu vực số 3 (Công an tỉnh Lạng Sơn) tổ chức lễ đón nhận Huân chương Chiến công hạng Ba.\n"
    )
    body = "Thừa lệnh Chủ tịch nước, Đại tá Hoàng Văn Nam trao Huân chương Chiến công hạng Ba cho Phòng Cảnh sát PCCC và CNCH khu vực số 3.\nMai Anh\n"
    head = "{} được tặng Huân chương Chiến công hạng Ba\n02/08/2024 09:00\n"
    facts = article(head.format("Phòng Cảnh sát PCCC số 3") + lead + body)[1]
    assert [(g.recipient, g.presenter) for g in facts.grants] == [
        ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ khu vực số 3 Công an tỉnh Lạng Sơn", "Hoàng Văn Nam")
    ]
    # a headline naming another unit of that kind is a grant of its own
    facts = article(head.format("Phòng Cảnh sát PCCC khu vực số 5") + lead + body)[1]
    assert len(facts.grants) == 2


def test_a_receiver_placed_in_brackets_receives_past_a_solemn_adverb_and_the_event_s_year_is_no_period():
    facts = article(
        HEAD + "Sáng 9/10, tại Lễ khai giảng năm học 2023-2024, Trường Mầm non Hoa Sen (xã Tân Mỹ, huyện Văn Lãng) đã long "
        "trọng đón nhận Bằng khen của Thủ tướng Chính phủ.\nMai Anh\n"
    )[1]
    assert [(g.award, g.recipient, g.period) for g in facts.grants] == [("bang-khen-thu-tuong", "Trường Mầm non Hoa Sen", None)]
    # the same placed in brackets or after a comma, received again ('tiếp tục được'), after a lead no time rule reads
    for placed in (" (xã Tân Mỹ, huyện Văn Lãng)", ", huyện Văn Lãng"):
        said = f"Qua bình xét, Trường Mầm non Hoa Sen{placed} tiếp tục được UBND tỉnh tặng Bằng khen."
        assert [(r[0], r[10]) for r in grants_of(said)] == [("bang-khen-cap-bo-tinh", "Trường Mầm non Hoa Sen")], placed
    # negative: a district that opens the clause is the subject, received again or not
    said = "Qua bình xét, huyện Văn Lãng tiếp tục được UBND tỉnh tặng Cờ thi đua."
    assert [r[10] for r in grants_of(said)] == ["huyện Văn Lãng"]
    # the period rewarded, said after the award, is still read
    facts = article(
        HEAD + "Tại Lễ khai giảng năm học 2023-2024, Trường Mầm non Hoa Sen đã trọng thể đón nhận Bằng khen của Thủ tướng "
        "Chính phủ vì thành tích từ năm học 2018-2019 đến năm học 2022-2023.\nMai Anh\n"
    )[1]
    assert [g.period for g in facts.grants] == ["2018-2023"]
    # a year of the achievement, not of an event's name, in the clause is the period
    facts = article(
        HEAD + "Tại Hội nghị tổng kết năm học 2022-2023, Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể có thành tích "
        "xuất sắc năm học 2022-2023.\nMai Anh\n"
    )[1]
    assert [g.period for g in facts.grants] == ["2022-2023"]


def test_a_bare_commemorative_medal_handed_over_at_an_event_named_after_it_is_that_medal_s_giver_s():
    lead = "Sáng 14/4, Ủy ban Dân tộc tổ chức Lễ trao Kỷ niệm chương “Vì sự nghiệp phát triển các dân tộc” cho lãnh đạo huyện Văn Lãng.\n"
    for said in (
        "Thứ trưởng Y Vinh Tơr đã trao Kỷ niệm chương cho đồng chí Hoàng Văn Tư, Chủ tịch UBND huyện.",
        "Thứ trưởng Y Vinh Tơr đã trao Kỷ niệm chương cho 12 cá nhân.",
    ):
        facts = article(HEAD + lead + said + "\nMai Anh\n")[1]
        assert [(g.award, _label(g.conferrer)) for g in facts.grants] == [("ky-niem-chuong", "Ủy ban Dân tộc")], said
    # an event named after no medal gives the bare medal no giver of its own
    lead = "Sáng 14/4, UBND huyện Văn Lãng tổ chức Hội nghị tổng kết công tác dân tộc.\n"
    facts = article(HEAD + lead + "Thứ trưởng Y Vinh Tơr đã trao Kỷ niệm chương cho 12 cá nhân.\nMai Anh\n")[1]
    assert [_label(g.conferrer) for g in facts.grants] != ["Ủy ban Dân tộc"]


def test_a_number_word_inside_a_place_s_name_counts_no_one():
    facts = article(
        "Thị xã Ba Đồn biểu dương người tốt, việc tốt\n11/05/2023 09:00\nSáng 10/5, UBND thị xã Ba Đồn tổ chức gặp mặt.\nMai Anh\n"
    )[1]
    assert [g.count for g in facts.grants] != [3]
    # a number word before the same noun outside a place's name still counts
    facts = article(HEAD + "UBND tỉnh tặng Bằng khen cho ba đồn biên phòng.\nMai Anh\n")[1]
    assert [(g.recipient_kind, g.count) for g in facts.grants] == [("collective", 3)]


def test_a_command_told_by_its_unit_s_head_noun_is_the_command_of_the_unit_the_lead_names():
    head = "Sư đoàn 324 tổng kết phong trào Thi đua Quyết thắng\n10/12/2023 09:00\n"
    said = "Năm 2023, Sư đoàn được Bộ Tư lệnh Quân khu tặng Cờ thi đua.\nVăn Chiến\n"
    facts = article(head + "Ngày 9/12, Sư đoàn 324, Quân khu 4 tổ chức hội nghị tổng kết.\n" + said)[1]
    assert [(g.recipient, _label(g.conferrer)) for g in facts.grants] == [("Sư đoàn 324", "Bộ Tư lệnh Quân khu 4")]
    # no region named: no command of one
    facts = article(head + "Ngày 9/12, Sư đoàn 324 tổ chức hội nghị tổng kết.\n" + said)[1]
    assert [_label(g.conferrer) for g in facts.grants] == [None]


def test_an_item_that_says_what_those_it_counts_are_takes_the_heading_s_award():
    heading = "Tại hội nghị, Ban Thường vụ Huyện ủy đã tặng Giấy khen cho:\n- 05 tập thể có thành tích xuất sắc;\n"
    rows = grants_of(heading + "- 12 cá nhân là chiến sĩ thi đua cơ sở.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "collective", 5), ("giay-khen", "individual", 12)]
    # an item naming an award of its own keeps it
    rows = grants_of(heading + "- Chiến sĩ thi đua cơ sở cho 12 cá nhân.")
    assert ("chien-si-thi-dua-co-so", "individual", 12) in [(r[0], r[1], r[2]) for r in rows]


def test_those_who_hand_an_award_over_together_are_its_presenter_and_co_presenters():
    facts = article(
        HEAD + EVENT + "Ông Hoàng Văn Tư, Phó Chủ tịch UBND huyện và bà Lý Thị Hoa, Chủ tịch UBND xã đã trao Giấy khen của Chủ "
        "tịch UBND huyện cho 2 tập thể và 4 cá nhân.\nMai Anh\n"
    )[1]
    assert [(g.presenter, g.co_presenters) for g in facts.grants] == [("Hoàng Văn Tư", ("Lý Thị Hoa",))] * 2
    # one who hands over alone has none
    facts = article(HEAD + EVENT + "Ông Hoàng Văn Tư, Phó Chủ tịch UBND huyện trao Giấy khen cho 2 tập thể.\nMai Anh\n")[1]
    assert [(g.presenter, g.co_presenters) for g in facts.grants] == [("Hoàng Văn Tư", ())]
    # one who hands over alone in one sentence and with another in the next: not said for which grant, so none
    facts = article(
        HEAD + EVENT + "Ông Hoàng Văn Tư trao Giấy khen cho 2 tập thể. Ông Hoàng Văn Tư và bà Lý Thị Hoa trao Bằng khen của UBND "
        "tỉnh cho 3 cá nhân.\nMai Anh\n"
    )[1]
    assert {g.co_presenters for g in facts.grants} == {()}


def test_a_proposal_goes_on_to_the_prime_minister_or_the_president_a_later_clause_names_as_giver():
    rows = grants_of(
        "Hội đồng thống nhất đề nghị Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 2 tập thể; Thủ tướng Chính phủ "
        "tặng Bằng khen cho 5 tập thể và tặng Cờ thi đua của Chính phủ cho 2 đơn vị."
    )
    assert [(r[0], r[4]) for r in rows] == [
        ("huan-chuong-lao-dong-hang-ba", "proposed"), ("bang-khen-thu-tuong", "proposed"), ("co-thi-dua-chinh-phu", "proposed")
    ]  # fmt: skip
    # a local giver after it gives on its own authority
    rows = grants_of("Huyện đề nghị cấp trên khen thưởng 12 tập thể; UBND huyện tặng Giấy khen cho 40 tập thể.")
    assert [r[4] for r in rows] == ["proposed", "conferred"]


def test_a_clause_that_counts_the_holders_to_date_after_a_comma_is_no_grant():
    said = "Đây là năm thứ 14 huyện tổ chức tôn vinh danh hiệu này, đến nay đã có 140 công dân được tôn vinh."
    assert grants_of(said) == []
    assert grants_of("Huyện tổ chức tuyên dương hằng năm, tính đến nay có hơn 300 hộ được tặng Giấy khen.") == []
    # a giving told before it in the same sentence is the event's
    rows = grants_of("Năm nay, UBND huyện tặng Giấy khen cho 12 hộ, đến nay đã có 140 hộ được tặng.")
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", 12)]
    # (or after a semicolon, the giver's verb of the clause before: not a giving of the holders)
    for said in (
        "Đây là năm thứ 10 UBND huyện xét tặng danh hiệu này; đến nay đã có 95 công dân được tôn vinh.",
        "Đây là năm thứ 10 UBND huyện xét tặng danh hiệu này, đến nay đã có 95 công dân được tôn vinh.",
        "Năm nào UBND huyện cũng khen thưởng các gia đình tiêu biểu; tính đến nay có hơn 300 hộ được tặng Giấy khen.",
    ):
        assert grants_of(said) == [], said
    # negative: a giver said to have given them, after the time told, gave them
    rows = grants_of("Ngoài ra; từ năm 2021 đến nay, Chủ tịch UBND huyện đã tặng Giấy khen cho 152 hộ.")
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", 152)]


def test_a_lead_of_its_own_after_a_decision_opens_items_given_under_it():
    facts = article(
        HEAD + "Ngày 10/1/2023, Chủ tịch UBND tỉnh ký Quyết định số 1567/QĐ-UBND về việc khen thưởng năm 2022.\nTheo đó:\n"
        "1. Tặng danh hiệu Tập thể lao động xuất sắc cho 42 tập thể.\n2. Tặng Bằng khen cho 38 cá nhân.\nMai Anh\n"
    )[1]
    assert [(g.count, _label(g.conferrer), g.decision_number) for g in facts.grants] == [
        (42, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "1567/QĐ-UBND"), (38, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "1567/QĐ-UBND")
    ]  # fmt: skip
    # a lead after a sentence that cites no decision opens items of no decision
    facts = article(
        HEAD + "Năm 2022, huyện đạt nhiều thành tích.\nTheo đó:\n1. Tặng danh hiệu Tập thể lao động xuất sắc cho 42 tập thể.\nMai Anh\n"
    )[1]
    assert [g.decision_number for g in facts.grants] == [None]


def test_a_subject_ends_at_its_adverb_before_a_verb_of_its_own_and_then_the_giving():
    rows = grants_of("Giám đốc Công an tỉnh Lạng Sơn cũng gửi thư khen Công an xã Tân Mỹ và khen thưởng 3 cán bộ trực tiếp tham gia.")
    assert [(r[2], r[5]) for r in rows] == [(3, "Giám đốc Công an tỉnh Lạng Sơn")]
    # a body whose name is long, with no adverb, still opens its clause
    rows = grants_of("Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Lạng Sơn cũng tặng Giấy khen cho 3 hội viên.")
    assert [(r[2], r[5]) for r in rows] == [(3, "Hội Liên hiệp Phụ nữ tỉnh Lạng Sơn")]


def test_those_just_given_to_told_again_by_their_plural_and_rewarded_for_a_period_got_it_for_that_period():
    given = "Chủ tịch nước tặng Huân chương Lao động hạng Ba cho ông Hoàng Văn Tư và bà Lý Thị Hoa. "
    for said in (
        "Các đồng chí được khen thưởng vì đã có thành tích xuất sắc trong công tác từ năm 2018 đến năm 2022.",
        "Hai đồng chí đều được tặng thưởng do có thành tích xuất sắc giai đoạn 2018 - 2022.",
    ):
        assert {r[7] for r in grants_of(given + said)} == {"2018-2022"}, said
    # a plural that names others, given nothing here, rewards no earlier grant
    rows = grants_of(given + "Các đơn vị khác được nhắc nhở vì đã có sai sót trong năm 2022.")
    assert {r[7] for r in rows} == {None}


def test_the_insignia_of_a_title_handed_over_with_its_certificate_is_the_title():
    lead = "Ngày 4/5, UBND tỉnh tổ chức Lễ truy tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho liệt sĩ Hoàng Văn Thụ.\n"
    facts = article(
        HEAD + lead + "Thừa ủy quyền của Chủ tịch nước, ông Lương Trọng Quỳnh đã trao Bằng và Huy hiệu Anh hùng LLVTND cho thân nhân "
        "liệt sĩ.\nMai Anh\n"
    )[1]
    assert [(g.award, g.presenter) for g in facts.grants] == [("anh-hung-luc-luong-vu-trang-nhan-dan", "Lương Trọng Quỳnh")]
    # a badge named after its own title is a badge
    rows = grants_of("Tỉnh đoàn trao Huy hiệu Tuổi trẻ dũng cảm cho 2 đoàn viên.")
    assert [r[0] for r in rows] == ["huy-hieu"]


def test_a_unit_receiving_a_title_the_law_gives_people_only_receives_it_for_its_people():
    def rows(headline: str, body: str = "") -> list[tuple]:
        facts = article(
            f"{headline}\n20/11/2023 09:00\nSáng 20/11, Trường THPT Chu Văn An tổ chức lễ kỷ niệm Ngày Nhà giáo Việt Nam.\n{body}Trần Thu Hương\n"
        )[1]
        return [(g.award, g.recipient_kind, g.count, g.recipient) for g in counted_once(facts.grants)]

    # the people the body names are its recipients, and the headline says it of them
    body = "Đồng chí Lê Văn Hải trao danh hiệu Nhà giáo Ưu tú cho thầy Nguyễn Văn An và cô Trần Thị Bình.\n"
    assert rows("Trường THPT Chu Văn An đón nhận danh hiệu Nhà giáo Ưu tú", body) == [("nha-giao-uu-tu", "individual", 2, None)]
    # told by the headline alone: the school's people, uncounted; never the school
    assert rows("Trường THPT Chu Văn An vinh dự đón nhận danh hiệu Thầy thuốc Ưu tú") == [("thay-thuoc-uu-tu", "individual", None, None)]
    # negative: an order a unit may hold is the unit's
    assert rows("Trường THPT Chu Văn An đón nhận Huân chương Lao động hạng Ba") == [
        ("huan-chuong-lao-dong-hang-ba", "collective", 1, "Trường THPT Chu Văn An")
    ]


def test_delegates_counted_as_recipients_are_individuals():
    rows = grants_of("Thường trực HĐND huyện tặng Giấy khen cho 6 tập thể và 15 đại biểu HĐND huyện có thành tích xuất sắc.")
    assert short(rows) == [("giay-khen", "collective", 6), ("giay-khen", "individual", 15)]
    # negative: delegates counted as those attending receive nothing
    rows = grants_of("Hội nghị có 200 đại biểu tham dự. Tại hội nghị, UBND huyện tặng Giấy khen cho 5 tập thể.")
    assert short(rows) == [("giay-khen", "collective", 5)]


def test_at_the_session_is_at_the_council_s_session_the_article_told():
    head = HEAD + "Chiều 19/1, HĐND huyện Văn Lãng khóa XX tổ chức kỳ họp thứ 13.\nĐại biểu thảo luận nhiều nội dung quan trọng.\n"
    facts = article(head + "Tại kỳ họp, Thường trực HĐND huyện tặng Giấy khen cho 6 tập thể.\nTrần Thu Hương\n")[1]
    assert [(g.event, g.date) for g in facts.grants] == [("e1", dt.date(2023, 1, 19))]
    # negative: a giving told of the year, after the session's debate, was at no event
    facts = article(head + "Trong năm 2022, Thường trực HĐND huyện đã tặng Giấy khen cho 6 tập thể.\nTrần Thu Hương\n")[1]
    assert [g.event for g in facts.grants] == [None]


def test_an_achievement_from_one_school_year_to_another_spans_both_for_the_grants_after_it():
    rows = grants_of(
        "Hội đồng thống nhất đề nghị Chủ tịch nước tặng thưởng Huân chương Lao động hạng Ba cho 3 tập thể có thành tích xuất sắc "
        "từ năm học 2017-2018 đến năm học 2021-2022. Đồng thời, đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 12 tập thể."
    )
    assert [(r[0], r[7]) for r in rows] == [("huan-chuong-lao-dong-hang-ba", "2017-2022"), ("bang-khen-thu-tuong", "2017-2022")]
    # negative: one school year alone is that year
    rows = grants_of(
        "Hội đồng đề nghị tặng Bằng khen cho 3 tập thể có thành tích xuất sắc năm học 2021-2022. Đồng thời, đề nghị tặng Giấy khen cho 12 tập thể."
    )
    assert [r[7] for r in rows] == ["2021-2022", "2021-2022"]


def test_those_named_right_after_a_counted_grant_are_its_recipients_not_a_grant_of_their_own():
    body = "Bộ trưởng Bộ Quốc phòng tặng Bằng khen cho 15 tập thể và 30 cá nhân. Các đơn vị được khen thưởng gồm: Quân khu 1, Quân khu 2, Binh chủng Công binh..."
    facts = article(HEAD + body + "\nTrần Thu Hương\n")[1]
    assert [(g.award, g.recipient_kind, g.count, [getattr(n, "name", n) for n in g.named]) for g in counted_once(facts.grants)] == [
        ("bang-khen-cap-bo-tinh", "collective", 15, ["Quân khu 1", "Quân khu 2", "Binh chủng Công binh"]),
        ("bang-khen-cap-bo-tinh", "individual", 30, []),
    ]
    # (a sentence with no grant may come between)
    body = (
        "Chủ tịch UBND tỉnh tặng Bằng khen cho 12 tập thể. Mỗi tập thể được thưởng 3 triệu đồng. Các tập thể được khen "
        "thưởng gồm: Sở Y tế, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh..."
    )
    assert short(grants_of(body)) == [("bang-khen-cap-bo-tinh", "collective", 12)]
    # negative: bodies named after a grant to people only are commended of their own
    rows = grants_of(
        "UBND huyện tặng Giấy khen cho 30 cá nhân. Các tập thể được khen thưởng gồm: Trường THCS Lê Lợi, Trường THCS Kim Đồng."
    )
    assert short(rows) == [("giay-khen", "individual", 30), ("khen-thuong", "collective", 2)]
    # negative: more named than the grant before counted are no part of it
    rows = grants_of("UBND huyện tặng Giấy khen cho 1 tập thể. Các tập thể được khen thưởng gồm: Trường THCS Lê Lợi, Trường THCS Kim Đồng.")
    assert short(rows) == [("giay-khen", "collective", 1), ("khen-thuong", "collective", 2)]
    # (nor those named three sentences after it)
    body = (
        "Chủ tịch UBND tỉnh tặng Bằng khen cho 12 tập thể. Hội nghị diễn ra trang trọng. Các đại biểu đã thảo luận. Các tập "
        "thể được khen thưởng gồm: Sở Y tế, Công an tỉnh."
    )
    assert short(grants_of(body)) == [("bang-khen-cap-bo-tinh", "collective", 12), ("khen-thuong", "collective", 2)]


def test_a_headline_ties_the_achievement_to_the_one_recipient_s_award_the_body_tells():
    def period(headline: str, body: str) -> list[tuple]:
        facts = article(f"{headline}\n02/10/2023 09:00\n{body}\nTrần Thu Hương\n")[1]
        return [(g.award, g.recipient, g.period) for g in counted_once(facts.grants)]

    body = "Năm học vừa qua, Trường Mầm non Hoa Sen được UBND tỉnh tặng danh hiệu Tập thể lao động xuất sắc."
    assert period("Trường Mầm non Hoa Sen đạt danh hiệu Tập thể lao động xuất sắc năm học 2022-2023", body) == [
        ("tap-the-lao-dong-xuat-sac", "Trường Mầm non Hoa Sen", "2022-2023")
    ]
    # negative: the body's own period stands
    body = "Trường Mầm non Hoa Sen được UBND tỉnh tặng danh hiệu Tập thể lao động xuất sắc năm học 2021-2022."
    assert period("Trường Mầm non Hoa Sen đạt danh hiệu Tập thể lao động xuất sắc năm học 2022-2023", body)[0][2] == "2021-2022"


def test_a_headline_s_unit_by_its_head_and_number_is_the_body_s_unit_told_in_full():
    def rows(headline: str, body: str) -> list[tuple]:
        facts = article(f"{headline}\n20/01/2024 15:30\n{body}\nGia Bảo\n")[1]
        return [(g.award, g.recipient, label(g.conferrer)) for g in counted_once(facts.grants)]

    body = (
        "Giám đốc Công an TP Cần Thơ vừa ký quyết định khen thưởng Tổ công tác 363 Công an quận Ninh Kiều vì đã bắt giữ đối tượng. "
        "Trước đó, UBND quận Ninh Kiều đã khen thưởng Tổ công tác 363 Công an quận Ninh Kiều."
    )
    found = rows("Công an TP Cần Thơ khen thưởng Tổ 363 bắt nóng đối tượng cướp giật", body)
    assert [r[1] for r in found] == ["Tổ công tác 363 Công an quận Ninh Kiều"] * 2  # (the headline's is the director's)
    # negative: a unit of another number is another unit
    found = rows("Công an TP Cần Thơ khen thưởng Tổ 36 bắt nóng đối tượng cướp giật", body)
    assert "Tổ 36" in [r[1] for r in found]


def label(conferrer) -> str | None:
    return _label(conferrer) if conferrer else None


def test_a_ceremony_of_another_occasion_and_a_receiving_names_the_giver_of_what_is_handed_over():
    def rows(lead: str) -> list[tuple]:
        # (by the Party's officer: a province's vice-chair handing it over would give it as her office's)
        body = lead + " Bà Đào Mỹ, Phó Bí thư Tỉnh ủy trao Cờ thi đua cho nhà trường."
        facts = article(HEAD + body + "\nTrần Thu Hương\n")[1]
        return [(g.award, label(g.conferrer)) for g in counted_once(facts.grants)]

    lead = "Sáng 5/9, Trường THCS Lê Quý Đôn tổ chức lễ khai giảng năm học 2023-2024 và đón nhận Cờ thi đua của UBND tỉnh Lạng Sơn."
    assert rows(lead) == [("co-thi-dua-cap-bo-tinh", "Ủy ban nhân dân tỉnh Lạng Sơn")]
    # negative: a ceremony that only names the flag it hands over, not one received, says no giver
    lead = "Sáng 5/9, Trường THCS Lê Quý Đôn tổ chức lễ khai giảng năm học 2023-2024, có Cờ thi đua của UBND tỉnh Lạng Sơn trên sân khấu."
    assert rows(lead) == [("co-thi-dua-cap-bo-tinh", None)]


def test_grants_of_a_paragraph_that_opens_on_years_of_its_own_were_not_given_at_the_ceremony():
    head = (
        "Hội LHPN tỉnh biểu dương điển hình tiên tiến\n15/11/2023 09:15\nNgày 14/11, Hội LHPN tỉnh Lạng Sơn tổ chức Hội nghị biểu "
        "dương điển hình tiên tiến giai đoạn 2018-2023.\nDự hội nghị có ông Tạ Văn Long, Phó Bí thư Thường trực Tỉnh ủy.\n"
    )
    facts = article(head + "Trong 5 năm, Trung ương Hội LHPN Việt Nam đã tặng Bằng khen cho 12 tập thể, 25 cá nhân.\nThanh Thủy\n")[1]
    assert [(g.count, g.event) for g in facts.grants] == [(12, None), (25, None)]
    # negative: told of the ceremony, given there
    facts = article(head + "Trung ương Hội LHPN Việt Nam tặng Bằng khen cho 12 tập thể, 25 cá nhân.\nThanh Thủy\n")[1]
    assert [(g.count, g.event) for g in facts.grants] == [(12, "e1"), (25, "e1")]


def test_a_local_head_handing_over_a_province_s_certificate_hands_it_over_but_does_not_confer_it():
    rows = grants_of(
        "UBND xã Tân Mỹ tổ chức trao Bằng khen của Chủ tịch UBND tỉnh cho gia đình ông Nguyễn Văn Ba và gia đình bà Trần Thị Tư. "
        "Ông Lê Văn Hùng, Chủ tịch UBND xã trao Bằng khen cho hai gia đình."
    )
    assert [(r[0], r[2], r[5], r[6]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", 2, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "Lê Văn Hùng")
    ]
    # negative: a local head handing over what a local head confers confers it
    rows = grants_of("Ông Lê Văn Hùng, Chủ tịch UBND huyện trao Giấy khen cho 5 tập thể.")
    assert [(r[0], r[5], r[6]) for r in rows] == [("giay-khen", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng", "Lê Văn Hùng")]
    # negative: a local body the article says gives it, no one handing it over, gives it as the article says
    rows = grants_of("Chủ tịch UBND huyện tặng Bằng khen cho 5 tập thể.")
    assert [(r[0], r[5]) for r in rows] == [("bang-khen-cap-bo-tinh", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng")]
    # a local body that hands one over ('trao') to those it does not count, as its head does, confers none
    said = "UBND huyện Văn Lãng trao Bằng khen cho các tập thể."
    assert [(r[0], r[5]) for r in grants_of(said)] == [("bang-khen-cap-bo-tinh", None)]
    assert [(r[0], r[5]) for r in grants_of("UBND huyện Văn Lãng trao Giấy khen cho các tập thể.")] == [
        ("giay-khen", "Ủy ban nhân dân huyện Văn Lãng")
    ]
    # (so a headline's bare certificate handed over by a district is the Government's one its body tells)
    facts = article(
        "Huyện Văn Lãng trao Huân chương, Bằng khen cho các tập thể, cá nhân\n16/02/2023 09:00\n"
        "Ngày 15/2, huyện Văn Lãng tổ chức lễ trao Huân chương, Bằng khen của Thủ tướng Chính phủ. Thừa ủy quyền của Thủ tướng "
        "Chính phủ, ông Lê Văn Hùng trao Bằng khen cho 2 tập thể và 3 cá nhân.\nThu Hà\n"
    )[1]
    assert [(g.award, g.count) for g in facts.grants if g.award.startswith("bang-khen")] == [
        ("bang-khen-thu-tuong", 2), ("bang-khen-thu-tuong", 3)
    ]  # fmt: skip


def test_the_unit_a_council_named_before_votes_for_receives_not_the_council():
    head = "Hội đồng Thi đua - Khen thưởng huyện Văn Lãng họp xét khen thưởng\n04/01/2024 16:00\nChiều 3/1, Hội đồng Thi đua - Khen thưởng huyện Văn Lãng tổ chức phiên họp.\n"
    facts = article(
        head
        + "Hội đồng đã xem xét, bỏ phiếu suy tôn xã Tân Mỹ là đơn vị dẫn đầu Cụm thi đua số 1, đề nghị UBND tỉnh tặng Cờ thi đua.\nMai Hương\n"
    )[1]
    assert [(g.award, g.recipient) for g in counted_once(facts.grants)] == [
        ("don-vi-dan-dau-khoi-thi-dua", "xã Tân Mỹ"),
        ("co-thi-dua-cap-bo-tinh", "xã Tân Mỹ"),
    ]
    # negative: a unit ranked in the passive is the subject, as before
    facts = article(head + "Xã Hoàng Việt được suy tôn là đơn vị dẫn đầu Cụm thi đua số 2, đề nghị UBND tỉnh tặng Bằng khen.\nMai Hương\n")[
        1
    ]
    assert {g.recipient for g in counted_once(facts.grants)} == {"xã Hoàng Việt"}


def test_those_a_count_stood_for_named_after_do_la_with_no_colon_are_its_recipients():
    def named(second: str) -> list:
        body = "Chủ tịch nước đã ký quyết định phong tặng danh hiệu Thầy thuốc Ưu tú cho 2 bác sĩ của Trung tâm Y tế huyện. " + second
        facts = article(HEAD + body + "\nTrần Thu Hương\n")[1]
        return [list(g.named) for g in counted_once(facts.grants)]

    assert named("Đó là bác sĩ Hoàng Văn Lâm, Giám đốc Trung tâm và bác sĩ Nguyễn Thị Mai, Trưởng khoa Nhi.") == [
        ["Hoàng Văn Lâm", "Nguyễn Thị Mai"]
    ]
    # negative: fewer named than counted name none of them for sure ('Đó là ông A, người ...')
    assert named("Đó là ông Hoàng Văn Lâm, người có nhiều năm công tác.") == [[]]


def test_an_award_given_posthumously_with_no_recipient_goes_to_the_one_honoured_posthumously_before():
    told = (
        "Ngày 5/7, ông Lê Văn Hùng, Chủ tịch UBND tỉnh trao Quyết định của Chủ tịch nước truy tặng Huân chương Dũng cảm "
        "cho anh Nông Văn Tài.\n"
    )
    grants = grants_of(told + "Nhân dịp này, Chủ tịch UBND tỉnh cũng truy tặng Bằng khen và trao 20 triệu đồng cho gia đình.")
    assert [(g[0], g[2], g[10]) for g in grants] == [
        ("huan-chuong-dung-cam", 1, "Nông Văn Tài"), ("bang-khen-cap-bo-tinh", 1, "Nông Văn Tài")
    ]  # fmt: skip
    # one honoured alive before, or an award given ('tặng') with no recipient: no one it can be said of
    alive = told.replace("truy tặng", "tặng")
    assert [g[0] for g in grants_of(alive + "Nhân dịp này, Chủ tịch UBND tỉnh cũng truy tặng Bằng khen.")] == ["huan-chuong-dung-cam"]
    assert [g[0] for g in grants_of(told + "Nhân dịp này, Chủ tịch UBND tỉnh cũng tặng Bằng khen.")] == ["huan-chuong-dung-cam"]


def test_a_place_after_a_recipient_s_post_says_where_the_post_is_and_receives_nothing():
    grants = grants_of(
        "Chủ tịch UBND tỉnh tặng Bằng khen cho ông Vi Văn Sơn, Giám đốc Hợp tác xã Tân Thành, huyện Cao Lộc, vì đã có thành tích."
    )
    assert [(g[1], g[10]) for g in grants] == [("individual", "Vi Văn Sơn")]
    # a commune joined to the people by 'và' is one more recipient
    grants = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho ông Vi Văn Sơn, bà Hoàng Thị Lan và xã Hoàng Đồng.")
    assert [(g[1], g[2]) for g in grants] == [("individual", 2), ("collective", 1)]


def test_a_headline_s_award_to_the_family_of_one_the_body_names_in_full_is_that_person_s():
    def grants(headline: str, body: str) -> list[tuple]:
        facts = article(headline + "\n20/7/2023 09:00\n" + body + "\nTrần Thu Hương\n")[1]
        return sorted((g.award, g.recipient_kind, g.recipient, g.posthumous) for g in counted_once(facts.grants))

    body = (
        "Sáng 19/7, UBND xã Hoàng Đồng tổ chức Lễ trao Huân chương Kháng chiến hạng Nhất của Chủ tịch nước truy tặng liệt sĩ Hà Văn Sinh."
    )
    assert grants("Trao Huân chương Kháng chiến cho gia đình ông Hà Văn Sinh", body) == [("huan-chuong", "individual", "Hà Văn Sinh", True)]
    # the family of another, or a household's own award: a grant of its own
    assert len(grants("Trao Huân chương Kháng chiến cho gia đình bà Hà Thị Lan", body)) == 2
    # one alive and named so is given no award after death
    alive = body.replace("truy tặng liệt sĩ", "tặng ông")
    assert grants("Trao Huân chương Kháng chiến cho ông Hà Văn Sinh", alive) == [("huan-chuong", "individual", "Hà Văn Sinh", False)]


def test_counts_joined_by_va_after_a_lead_in_are_those_counted_and_no_body_more():
    rows = grants_of("Xin chúc mừng 2 tập thể và 4 cá nhân vinh dự được nhận Bằng khen của Bộ trưởng Bộ Công an.")
    assert [(r[1], r[2]) for r in rows] == [("collective", 2), ("individual", 4)]
    # a body named before the count is one more recipient, of one
    rows = grants_of("Công an xã Hoàng Văn Thụ và 4 cá nhân vinh dự được nhận Bằng khen của Bộ trưởng Bộ Công an.")
    assert [(r[1], r[2]) for r in rows] == [("collective", 1), ("individual", 4)]


def test_the_advanced_worker_title_given_to_collectives_is_the_collective_s_title():
    rows = grants_of("UBND huyện công nhận danh hiệu Lao động tiên tiến cho 12 tập thể và 40 cá nhân.")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("tap-the-lao-dong-tien-tien", "collective", 12), ("lao-dong-tien-tien", "individual", 40)
    ]  # fmt: skip
    rows = grants_of("Năm 2023, có 9 phòng, ban đạt danh hiệu Lao động tiên tiến.")
    assert [(r[0], r[1]) for r in rows] == [("tap-the-lao-dong-tien-tien", "collective")]
    # negative: people keep the person's title
    assert [r[0] for r in grants_of("Năm 2023, có 90 công chức đạt danh hiệu Lao động tiên tiến.")] == ["lao-dong-tien-tien"]


def test_the_giver_named_after_the_last_of_a_list_of_certificates_and_flags_gives_each():
    rows = grants_of("Dịp này, UBND huyện trao tặng 02 Cờ thi đua, 09 Bằng khen của UBND tỉnh cho các tập thể.", with_event=True)
    assert [(r[0], r[2], r[5]) for r in rows] == [
        ("co-thi-dua-cap-bo-tinh", 2, "Ủy ban nhân dân tỉnh Lạng Sơn"), ("bang-khen-cap-bo-tinh", 9, "Ủy ban nhân dân tỉnh Lạng Sơn")
    ]  # fmt: skip
    # shared out among those counted: a commendation of that giver
    rows = grants_of("Dịp này, trao Cờ thi đua và Bằng khen của Thủ tướng Chính phủ cho 4 tập thể.", with_event=True)
    assert [(r[0], r[2], r[5]) for r in rows] == [("khen-thuong", 4, "Thủ tướng Chính phủ")]
    # negative: an order listed before a certificate is the President's, each giver its own
    rows = grants_of("Dịp này, trao 1 Huân chương Lao động hạng Ba, 3 Bằng khen của Thủ tướng Chính phủ cho các tập thể.", with_event=True)
    assert [(r[0], r[5]) for r in rows] == [
        ("huan-chuong-lao-dong-hang-ba", "Chủ tịch nước"),
        ("bang-khen-thu-tuong", "Thủ tướng Chính phủ"),
    ]


def test_items_naming_some_of_a_counted_total_with_its_award_are_counted_in_it():
    items = "\n- Công an huyện Cao Lộc: Bằng khen;\n- Ban Chỉ huy Quân sự huyện Lộc Bình: Bằng khen;\n- Ông Hoàng Văn Nam: Bằng khen."
    rows = grants_of("Theo đó, 12 tập thể và 20 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen, trong đó có:" + items)
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", "collective", 12), ("bang-khen-cap-bo-tinh", "individual", 20)
    ]  # fmt: skip
    # negative: a heading that counts no one, or another award, leaves the items their own grants
    rows = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho các tập thể, cá nhân sau:" + items)
    assert sorted((r[1], r[2]) for r in rows) == [("collective", 2), ("individual", 1)]
    rows = grants_of("Theo đó, 12 tập thể được UBND tỉnh tặng Cờ thi đua; ngoài ra:" + items)
    assert sorted((r[0], r[1], r[2]) for r in rows) == [
        ("bang-khen-cap-bo-tinh", "collective", 2), ("bang-khen-cap-bo-tinh", "individual", 1), ("co-thi-dua-cap-bo-tinh", "collective", 12)
    ]  # fmt: skip


def test_a_country_that_gives_named_as_a_headline_s_subject_gives_no_award_of_this_system():
    def awards(headline: str) -> list[str]:
        body = "Ngày 11/7, đoàn đại biểu tỉnh Hủa Phăn (Lào) trao Huân chương Tự do hạng Ba cho Công an tỉnh Sơn La."
        facts = article(headline + "\n12/7/2023 08:00\n" + body + "\nThu Hà\n")[1]
        return [g.award for g in facts.grants]

    assert awards("Lào trao Huân chương Tự do cho Công an tỉnh Sơn La") == []
    assert awards("Sơn La: Campuchia trao tặng Huân chương cho Công an tỉnh") == []
    # negative: a province whose name opens with the country's gives its own
    assert awards("Lào Cai trao Huân chương Lao động cho Công an tỉnh Sơn La") == ["huan-chuong-lao-dong"]


def test_a_section_heading_naming_who_gives_gives_the_items_under_it():
    rows = grants_of(
        "Kết quả khen thưởng năm 2022:\n1. Khen thưởng của Chủ tịch UBND huyện\n- Giấy khen: 30 tập thể, 45 cá nhân.\n"
        "2. Khen thưởng cấp cơ sở\n- Chiến sĩ thi đua cơ sở: 12 cá nhân.\n3. Hình thức khen thưởng do Chủ tịch UBND tỉnh tặng:\n"
        "- Bằng khen: 4 tập thể;\n- Cờ thi đua của Thủ tướng Chính phủ: 1 tập thể."
    )
    assert [(r[0], r[2], r[5]) for r in rows] == [
        ("giay-khen", 30, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
        ("giay-khen", 45, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
        ("chien-si-thi-dua-co-so", 12, None),  # a heading that names no giver gives none
        ("bang-khen-cap-bo-tinh", 4, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("co-thi-dua-chinh-phu", 1, "Thủ tướng Chính phủ"),  # an item that names its own giver keeps it
    ]


def test_a_reward_of_no_award_s_name_given_to_those_counted_is_not_the_next_award_s():
    rows = grants_of("Hội Khuyến học huyện đã trao quà cho 60 học sinh nghèo vượt khó và tặng Giấy khen cho 15 gia đình hiếu học.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "collective", 15)]
    # negative: a reward given with the award to the same counted recipients is theirs
    rows = grants_of("Hội Khuyến học huyện đã trao thưởng và Giấy khen cho 60 học sinh giỏi.")
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", 60)]


def test_a_past_record_of_a_certificate_its_giver_makes_the_prime_minister_s_is_no_grant():
    told = "Bà Hoàng Thị Lan đã được Chủ tịch nước tặng Huân chương Lao động hạng Ba năm 2017, được {} tặng Bằng khen năm 2015."
    assert grants_of(told.format("Thủ tướng Chính phủ")) == []
    assert grants_of(told.format("Chủ tịch UBND tỉnh")) == []
    # negative: the certificate given the year of the news, told after the past order, is a grant
    rows = grants_of(told.replace("năm 2015", "năm 2022").format("Thủ tướng Chính phủ"))
    assert [(r[0], r[10]) for r in rows] == [("bang-khen-thu-tuong", "Hoàng Thị Lan")]


def test_an_achievement_from_a_year_up_to_now_runs_to_the_year_it_was_told():
    rows = grants_of("Chủ tịch UBND huyện tặng Giấy khen cho 6 tập thể có thành tích xuất sắc từ năm 2019 đến nay.", with_event=True)
    assert [r[7] for r in rows] == ["2019-2023"]  # the event of 18/1/2023
    rows = grants_of(
        "Chủ tịch UBND huyện tặng Giấy khen cho 6 tập thể có thành tích xuất sắc từ năm học 2018-2019 đến nay.", with_event=True
    )
    assert [r[7] for r in rows] == ["2018-2023"]
    # negative: a period that ends in a year of its own
    rows = grants_of("Chủ tịch UBND huyện tặng Giấy khen cho 6 tập thể có thành tích xuất sắc từ năm 2019 đến năm 2021.", with_event=True)
    assert [r[7] for r in rows] == ["2019-2021"]


def test_those_honoured_at_an_event_named_after_a_title_are_honoured_with_it_by_its_organiser():
    body = (
        "Tối 18/1/2023, UBND huyện Văn Lãng tổ chức lễ tôn vinh và trao tặng danh hiệu “Công dân Văn Lãng tiêu biểu” "
        "năm 2022.\nNăm nay, 12 cá nhân được tôn vinh, trong đó có doanh nhân Hoàng Văn Tâm.\n"
    )
    facts = article(HEAD + body + "Dịp này, Chủ tịch UBND huyện khen thưởng 5 tập thể.\nTrần Thu Hương\n")[1]
    assert [(g.recipient_kind, g.count, g.title, _label(g.conferrer)) for g in facts.grants] == [
        ("individual", 12, "Công dân Văn Lãng tiêu biểu", "Ủy ban nhân dân huyện Văn Lãng"),
        # negative: a commendation at it that honours no one by the title stays its own
        ("collective", 5, None, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
    ]


def test_an_award_said_to_be_handed_over_by_a_person_in_a_sentence_of_its_own_is_handed_by_them():
    def presenters(body: str) -> list[str | None]:
        return [g.presenter for g in article(HEAD + body + "\nTrần Thu Hương\n")[1].grants]

    given = "Xã Tân Mỹ vừa được Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn tặng Bằng khen vì thành tích xuất sắc. "
    assert presenters(given + "Bằng khen được Thứ trưởng Trần Thanh Nam trao tại Hội nghị toàn quốc ngày 11/12.") == ["Trần Thanh Nam"]
    given = "Trường THCS Tân Mỹ được Chủ tịch nước tặng Huân chương Lao động hạng Ba. "
    assert presenters(given + "Huân chương này đã được đồng chí Hoàng Văn Tâm, Phó Chủ tịch UBND tỉnh trao tặng.") == ["Hoàng Văn Tâm"]
    # negative: a body, no person, hands nothing over; and of two grants of the award, which one is unsaid
    assert presenters(given + "Huân chương được UBND tỉnh trao tặng.") == [None]
    two = "Xã Tân Mỹ được tặng Bằng khen của Chủ tịch UBND tỉnh. Xã Tân Lập được tặng Bằng khen của Bộ trưởng Bộ Tài chính. "
    assert presenters(two + "Bằng khen được ông Hoàng Văn Tâm trao tặng.") == [None, None]


def test_a_body_whose_members_attain_a_title_by_a_share_of_them_does_not_attain_it():
    def told(headline: str, sentence: str) -> list[tuple]:
        facts = article(f"{headline}\n20/01/2024 09:00\n{sentence}\nTrần Thu Hương\n")[1]
        return [(g.award, g.count, g.recipient) for g in facts.grants]

    assert told("Lữ đoàn 144 tổng kết năm 2023", "Năm 2023, Lữ đoàn có 100% cơ quan, đơn vị đạt danh hiệu Đơn vị tiên tiến.") == []
    assert told("Trường THCS Kim Đồng tổng kết", "Năm học qua, trường có 95% giáo viên, nhân viên đạt danh hiệu Lao động tiên tiến.") == []
    # a member named after 'có' receives; a count after it is counted
    assert told("Tin tổng hợp", "Cụm thi đua số 3 có huyện Văn Lãng được tặng Cờ thi đua.") == [
        ("co-thi-dua-cap-bo-tinh", 1, "huyện Văn Lãng")
    ]
    assert told("Trường THCS Kim Đồng tổng kết", "Trường có 5 giáo viên được tặng Giấy khen.") == [("giay-khen", 5, None)]


def test_commendations_broken_down_by_the_level_that_gave_them_are_the_totals_parts():
    said = (
        "Toàn huyện Văn Lãng có 320 lượt tập thể, 1.150 lượt cá nhân được các cấp khen thưởng, trong đó: khen thưởng cấp Nhà"
        " nước 3 tập thể, 2 cá nhân; cấp tỉnh 25 tập thể, 48 cá nhân; cấp huyện 292 tập thể, 1.100 cá nhân."
    )
    assert short(grants_of(said)) == [
        ("khen-thuong", "collective", 3), ("khen-thuong", "individual", 2), ("khen-thuong", "collective", 25),
        ("khen-thuong", "individual", 48), ("khen-thuong", "collective", 292), ("khen-thuong", "individual", 1100),
    ]  # fmt: skip
    # (in other words: 'gồm', the levels with a colon)
    said = "Năm 2022, 45 tập thể được khen thưởng, gồm: cấp tỉnh: 5 tập thể; cấp huyện: 40 tập thể."
    assert short(grants_of(said)) == [("khen-thuong", "collective", 5), ("khen-thuong", "collective", 40)]
    # negative: parts that do not add up name some of them: the totals stand
    said = "Toàn huyện có 320 tập thể được khen thưởng, trong đó: cấp tỉnh 25 tập thể; cấp huyện 200 tập thể."
    assert short(grants_of(said)) == [("khen-thuong", "collective", 320)]


def test_awards_handed_over_together_to_collectives_and_individuals_are_theirs_together():
    given = "Chủ tịch nước tặng Huân chương Hữu nghị cho 1 tập thể và 2 cá nhân; tặng Huy chương Hữu nghị cho 5 cá nhân."
    for handing in (
        "Ông Đỗ Minh Tuấn, Chủ tịch UBND tỉnh trao Huân chương, Huy chương cho các tập thể, cá nhân.",
        "Bà Lê Thị Thu, Phó Chủ tịch UBND tỉnh đã trao Huân chương và Huy chương Hữu nghị tới các tập thể, cá nhân.",
    ):
        rows = grants_of(f"{given}\n{handing}", with_event=True)
        assert [(r[0], r[1], r[2], r[6]) for r in rows] == [
            ("huan-chuong-huu-nghi", "collective", 1, rows[0][6]),
            ("huan-chuong-huu-nghi", "individual", 2, rows[0][6]),
            ("huy-chuong-huu-nghi", "individual", 5, rows[0][6]),
        ], handing
        assert rows[0][6] is not None
    # a ceremony's name listing both to the collectives and individuals: each award counted after it is theirs, and
    # no uncounted grant of the medal stays beside its five individuals
    rows = grants_of(
        "Chiều 17/4, UBND tỉnh tổ chức lễ trao Huân chương Lao động, Huy chương Chiến sĩ vẻ vang cho các tập thể, cá nhân.\n"
        "Theo đó, Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 2 tập thể; Huy chương Chiến sĩ vẻ vang cho 5 cá nhân."
    )
    assert short(rows) == [
        ("huan-chuong-lao-dong-hang-ba", "collective", 2),
        ("huy-chuong-chien-si-ve-vang", "individual", 5),
    ]
    # each award handed over, none counted: each uncounted, to them
    rows = grants_of("Ông Nguyễn Văn Hòa, Chủ tịch UBND huyện trao Bằng khen, Giấy khen cho các tập thể, cá nhân.", with_event=True)
    assert short(rows) == [("bang-khen-cap-bo-tinh", "mixed", None), ("giay-khen", "mixed", None)]
    # negative: one award to them both, counted to individuals only, leaves the collectives uncounted
    rows = grants_of(
        "Chiều 17/4, UBND tỉnh tổ chức lễ trao Huy chương Chiến sĩ vẻ vang cho các tập thể, cá nhân.\n"
        "Theo đó, Chủ tịch nước tặng Huy chương Chiến sĩ vẻ vang cho 5 cá nhân."
    )
    assert short(rows) == [("huy-chuong-chien-si-ve-vang", "mixed", None), ("huy-chuong-chien-si-ve-vang", "individual", 5)]


def test_each_body_named_before_a_later_ranking_of_its_bloc_holds_that_one():
    def ranks(body: str):
        return [(r[0], r[10]) for r in grants_of(body) if r[0].startswith("don-vi")]

    for sentence in (
        "Hội nghị thống nhất suy tôn xã Tân Mỹ là đơn vị dẫn đầu, xã Hoàng Việt là đơn vị xếp thứ nhì của Khối.",
        "Qua bình xét, Khối suy tôn xã Tân Mỹ là đơn vị dẫn đầu và xã Hoàng Việt là đơn vị nhì Khối thi đua.",
        "Cụm thi đua suy tôn xã Tân Mỹ là đơn vị nhất, xã Hoàng Việt là đơn vị đứng thứ hai của Cụm.",
    ):
        assert ranks(sentence) == [
            ("don-vi-dan-dau-khoi-thi-dua", "xã Tân Mỹ"),
            ("don-vi-nhi-khoi-thi-dua", "xã Hoàng Việt"),
        ], sentence
    # negatives: a later ranking with no body named before its 'là' is no one's; 'đơn vị hai' is no place in a bloc
    assert ranks("Khối suy tôn xã Tân Mỹ là đơn vị dẫn đầu, năm trước là đơn vị nhì Khối.") == [
        ("don-vi-dan-dau-khoi-thi-dua", "xã Tân Mỹ")
    ]
    assert ranks("Khối thi đua các xã có đơn vị hai lần được tặng Cờ thi đua.") == []


def test_a_reward_handed_to_one_named_is_a_commendation_and_the_award_it_is_told_to_be_is_that_one():
    def rows(body: str):
        return [(r[0], r[1], r[2], r[5], r[6], r[10]) for r in grants_of(body)]

    for body in (
        "Ngày 6/9, Giám đốc Công an tỉnh Lạng Sơn đã tới trao thưởng cho Công an huyện Văn Lãng vì phá nhanh vụ trộm.",
        "Ngày 6/9, Giám đốc Công an tỉnh Lạng Sơn trao thưởng đột xuất cho Công an huyện Văn Lãng.",
        "Ngày 6/9, Giám đốc Công an tỉnh Lạng Sơn trao tiền thưởng cho Công an huyện Văn Lãng.",
    ):
        assert rows(body) == [("khen-thuong", "collective", 1, "Giám đốc Công an tỉnh Lạng Sơn", None, "Công an huyện Văn Lãng")], body
    # the commendation then told as the award it was: that award, from that giver, handed over by the one who handed it
    assert rows(
        "Chiều 14/3, Đại tá Lê Văn Tân, Giám đốc Công an tỉnh Lạng Sơn đã trao thưởng cho Công an huyện Văn Lãng vì thành tích "
        "xuất sắc. Theo đó, Công an huyện Văn Lãng được Giám đốc Công an tỉnh tặng Giấy khen."
    ) == [("giay-khen", "collective", 1, "Giám đốc Công an tỉnh Lạng Sơn", "Lê Văn Tân", "Công an huyện Văn Lãng")]
    # negatives: a study prize's money to pupils counted is no commendation; nor a reward to 'các em'; an award by
    # another giver to the one commended is an award of its own
    assert rows("Hội Khuyến học trao thưởng cho 45 học sinh đạt giải các cấp.") == []
    assert rows("Ban tổ chức trao thưởng cho các em học sinh đạt giải.") == []
    assert [r[0] for r in rows(
        "Giám đốc Công an tỉnh Lạng Sơn trao thưởng cho Công an huyện Văn Lãng. Công an huyện Văn Lãng còn được Bộ trưởng Bộ "
        "Công an tặng Bằng khen."
    )] == ["khen-thuong", "bang-khen-cap-bo-tinh"]  # fmt: skip


def test_a_bloc_s_ranking_in_brackets_after_a_body_given_an_award_is_that_body_s():
    def rows(body: str):
        return [(r[0], r[2], r[4], r[10]) for r in grants_of(body, with_event=True)]

    assert rows("Hội nghị đề nghị UBND tỉnh tặng Cờ thi đua cho: xã Tân Mỹ (đơn vị dẫn đầu Khối).") == [
        ("co-thi-dua-cap-bo-tinh", 1, "proposed", "xã Tân Mỹ"),
        ("don-vi-dan-dau-khoi-thi-dua", 1, "conferred", "xã Tân Mỹ"),
    ]
    # in a list, each body's own, and the list goes on past the bracket
    assert rows("Hội nghị đề nghị tặng Bằng khen cho xã Tân Mỹ (đơn vị nhì Khối thi đua), xã Hoàng Việt.") == [
        ("bang-khen-cap-bo-tinh", 2, "proposed", None),
        ("don-vi-nhi-khoi-thi-dua", 1, "conferred", "xã Tân Mỹ"),
    ]
    assert rows("UBND huyện tặng Giấy khen cho xã Tân Mỹ (xã vùng cao), xã Hoàng Việt và xã Tân Lập.") == [
        ("giay-khen", 3, "conferred", None)
    ]
    # negatives: a bracket that says a year or a place is no ranking; a ranking in brackets after no body given nothing
    assert rows("UBND tỉnh tặng Cờ thi đua cho xã Tân Mỹ (năm 2022).") == [("co-thi-dua-cap-bo-tinh", 1, "conferred", "xã Tân Mỹ")]
    assert rows("Khối thi đua (đơn vị dẫn đầu Khối năm trước) tổ chức hội nghị.") == []


def test_who_handed_over_awards_counted_elsewhere_told_after_a_plural_or_as_the_one_received_from():
    counted = "Dịp này, UBND tỉnh tặng Bằng khen cho 5 tập thể; UBND huyện tặng Giấy khen cho 20 cá nhân.\n"

    def presenters(handing: str):
        return [(r[0], r[2], r[6]) for r in grants_of(counted + handing, with_event=True)]

    for handing in (
        "Trao Bằng khen cho các tập thể là đồng chí Nguyễn Văn Khước, Phó Chủ tịch UBND tỉnh.",
        "Các tập thể nhận Bằng khen từ đồng chí Nguyễn Văn Khước, Phó Chủ tịch UBND tỉnh.",
        "Đại diện các tập thể nhận Bằng khen từ tay đồng chí Nguyễn Văn Khước.",
    ):
        assert presenters(handing) == [("bang-khen-cap-bo-tinh", 5, "Nguyễn Văn Khước"), ("giay-khen", 20, None)], handing
    # the one after 'là' of recipients counted one by one is the recipient, not who handed it over
    assert presenters("Trao Giấy khen cho 1 cá nhân là ông Lê Văn Hòa.")[-1] == ("giay-khen", 1, None)
    # a plural receiving an award counted nowhere: those recipients, uncounted
    rows = grants_of("Các em học sinh vinh dự nhận Giấy khen của Chủ tịch UBND huyện.")
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [("giay-khen", "individual", None, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng")]
    assert grants_of("Các đại biểu nhận quà lưu niệm của Ban tổ chức.") == []


def test_grants_after_another_event_told_in_their_paragraph_were_given_there():
    facts = article(
        "Huyện Văn Lãng chào mừng Ngày Nhà giáo Việt Nam\n21/11/2023 09:00\n"
        "Sáng 18/11, UBND huyện Văn Lãng tổ chức Lễ kỷ niệm Ngày Nhà giáo Việt Nam. Tại buổi lễ, Chủ tịch UBND huyện tặng "
        "Giấy khen cho 35 nhà giáo.\n"
        "Chiều cùng ngày, Phòng GD&ĐT huyện tổ chức hội nghị sơ kết học kỳ I. Trưởng phòng GD&ĐT Nguyễn Văn Hùng trao Giấy "
        "khen của Phòng cho 12 giáo viên dạy giỏi.\n"
        "Ngày 20/11, Trường THCS Tân Mỹ tổ chức lễ đón nhận Bằng khen của Thủ tướng Chính phủ. Ông Đỗ Văn Minh, Phó Chủ tịch "
        "UBND huyện trao Bằng khen cho nhà trường.\nTrần Thu Hương\n"
    )[1]
    keys = {e.key: e.label for e in facts.events}
    rows = [(g.count, keys.get(g.event, ""), str(g.date), _label(g.conferrer)) for g in facts.grants]
    assert rows == [
        (35, "Lễ kỷ niệm Ngày Nhà giáo Việt Nam", "2023-11-18", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
        (12, "Hội nghị sơ kết học kỳ I", "2023-11-18", "Phòng Giáo dục và Đào tạo huyện Văn Lãng"),
        (1, "Lễ đón nhận Bằng khen của Thủ tướng Chính phủ", "2023-11-20", "Thủ tướng Chính phủ"),
    ]
    # negative: a paragraph going on after its own event with what was given before it is not given there
    facts = article(
        "Huyện Văn Lãng chào mừng Ngày Nhà giáo Việt Nam\n21/11/2023 09:00\n"
        "Sáng 18/11, UBND huyện Văn Lãng tổ chức Lễ kỷ niệm Ngày Nhà giáo Việt Nam. Tại buổi lễ, Chủ tịch UBND huyện tặng "
        "Giấy khen cho 35 nhà giáo.\n"
        "Chiều cùng ngày, Phòng GD&ĐT huyện tổ chức hội nghị sơ kết học kỳ I. Trước đó, Phòng đã được UBND tỉnh tặng Bằng "
        "khen.\nTrần Thu Hương\n"
    )[1]
    assert [(g.award, g.event) for g in facts.grants] == [("giay-khen", "e1"), ("bang-khen-cap-bo-tinh", None)]


def test_a_named_subject_given_an_award_then_another_of_a_named_giver_receives_both():
    def rows(body: str):
        return [(r[0], r[2], r[5], r[10]) for r in grants_of(body)]

    cờ = ("co-thi-dua-cap-bo-tinh", 1, "Ủy ban nhân dân tỉnh Lạng Sơn", "Trường THCS Tân Mỹ")
    assert rows("Trường THCS Tân Mỹ được tặng Bằng khen và được tặng Cờ thi đua của UBND tỉnh.") == [
        ("bang-khen-cap-bo-tinh", 1, None, "Trường THCS Tân Mỹ"), cờ
    ]  # fmt: skip
    for title in ("Tập thể lao động xuất sắc", "danh hiệu “Tập thể lao động xuất sắc”"):
        assert rows(f"Năm 2023, Trường THCS Tân Mỹ được công nhận {title} và được tặng Cờ thi đua của UBND tỉnh.") == [
            ("tap-the-lao-dong-xuat-sac", 1, None, "Trường THCS Tân Mỹ"), cờ
        ], title  # fmt: skip
    # negative: a commendation with no award named before it gives only the award named
    assert rows("Trường THCS Tân Mỹ được nhiều cấp khen thưởng và được tặng Cờ thi đua của UBND tỉnh.") == [cờ]


def test_a_clause_giving_to_no_one_gives_to_the_one_named_just_before():
    def rows(body: str):
        return [(r[0], r[5], r[10]) for r in grants_of(body)]

    htx = "Hợp tác xã Tân Mỹ"
    assert rows(f"{htx} đã được Thủ tướng Chính phủ tặng Bằng khen, UBND tỉnh tặng Cờ thi đua.") == [
        ("bang-khen-thu-tuong", "Thủ tướng Chính phủ", htx), ("co-thi-dua-cap-bo-tinh", "Ủy ban nhân dân tỉnh Lạng Sơn", htx)
    ]  # fmt: skip
    assert rows(f"{htx} được Bộ trưởng Bộ Nông nghiệp tặng Bằng khen; được Chủ tịch UBND tỉnh tặng Bằng khen.")[1] == (
        "bang-khen-cap-bo-tinh", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", htx
    )  # fmt: skip
    # a year's award after a record of years running is the news, given to the one the record is of
    assert rows("Cô Trần Thị Hoa 5 năm liền đạt Chiến sĩ thi đua cơ sở, năm 2023 được tặng Bằng khen của Chủ tịch UBND tỉnh.") == [
        ("bang-khen-cap-bo-tinh", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "Trần Thị Hoa")
    ]
    # negatives: a clause with recipients of its own, or giving no award, or to others named by kind, takes none
    assert rows(f"{htx} được Thủ tướng Chính phủ tặng Bằng khen, UBND huyện tặng Giấy khen cho 5 tập thể.")[1][2] is None
    assert rows(f"{htx} được Thủ tướng Chính phủ tặng Bằng khen, Ban tổ chức tặng hoa.") == [
        ("bang-khen-thu-tuong", "Thủ tướng Chính phủ", htx)
    ]
    assert rows(f"{htx} được Thủ tướng Chính phủ tặng Bằng khen, các đơn vị được tặng Giấy khen.") == [
        ("bang-khen-thu-tuong", "Thủ tướng Chính phủ", htx), ("giay-khen", None, None)
    ]  # fmt: skip


def test_a_headline_s_bare_commendation_summing_one_award_s_grants_is_no_grant_beside_another_award():
    facts = article(
        "Lào Cai: 28 tập thể, cá nhân được khen thưởng vì có thành tích trong phòng, chống thiên tai\n15/09/2024 09:00\n"
        "Chiều 14/9, UBND tỉnh Lào Cai tổ chức họp mặt khen thưởng các tập thể, cá nhân có thành tích xuất sắc. Đồng chí "
        "Trịnh Xuân Trường, Chủ tịch UBND tỉnh trao Bằng khen cho 12 tập thể và 16 cá nhân. Cùng ngày, Tỉnh đoàn trao Huy "
        "hiệu “Tuổi trẻ dũng cảm” cho anh Hoàng Văn Thu.\nMinh Tuấn\n"
    )[1]
    assert sorted((g.award, g.count) for g in facts.grants) == [
        ("bang-khen-cap-bo-tinh", 12),
        ("bang-khen-cap-bo-tinh", 16),
        ("huy-hieu", 1),
    ]
    # negative: a headline's count that no award's grants sum is a grant of its own
    facts = article(
        "Lào Cai: 30 tập thể, cá nhân được khen thưởng vì có thành tích trong phòng, chống thiên tai\n15/09/2024 09:00\n"
        "Chiều 14/9, UBND tỉnh Lào Cai tổ chức họp mặt. Đồng chí Trịnh Xuân Trường, Chủ tịch UBND tỉnh trao Bằng khen cho 12 "
        "tập thể và 16 cá nhân. Cùng ngày, Tỉnh đoàn trao Huy hiệu “Tuổi trẻ dũng cảm” cho anh Hoàng Văn Thu.\nMinh Tuấn\n"
    )[1]
    assert ("khen-thuong", 30) in {(g.award, g.count) for g in facts.grants}


def test_a_bare_commendation_by_another_giver_is_not_the_award_handed_over_before():
    def rows(body: str) -> list[tuple]:
        return [(r[0], r[2], r[5], r[6]) for r in grants_of(body, with_event=True)]

    handed = "Ông Lê Văn Hiếu trao Bằng khen của UBND tỉnh cho đơn vị. "
    assert rows(handed + "Dịp này, UBND xã Tân Lập khen thưởng 8 thôn.") == [("khen-thuong", 8, "Ủy ban nhân dân xã Tân Lập", None)]
    # negative: those commended with no giver said, or by the award's own giver, were given that award by his hand
    given = ("bang-khen-cap-bo-tinh", 8, "Ủy ban nhân dân tỉnh Lạng Sơn", "Lê Văn Hiếu")
    assert rows(handed + "Dịp này, 8 thôn được khen thưởng.") == [given]
    assert rows(handed + "Dịp này, UBND tỉnh khen thưởng 8 thôn.") == [given]


def test_a_person_named_after_a_calling_and_its_field_receives_as_that_person():
    for subject, name in (
        ("Vận động viên điền kinh Nguyễn Thị Oanh", "Nguyễn Thị Oanh"),
        ("VĐV điền kinh Nguyễn Thị Oanh", "Nguyễn Thị Oanh"),
        ("Nông dân Lò Văn Sinh", "Lò Văn Sinh"),
    ):
        rows = grants_of(f"{subject} được Chủ tịch UBND tỉnh tặng Bằng khen.")
        assert [(r[0], r[2], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", 1, name)], subject
    # negative: a count before the calling counts those people, none of them named
    rows = grants_of("5 vận động viên điền kinh được Chủ tịch UBND tỉnh tặng Bằng khen.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", 5, None)]


def test_a_commendation_decision_handed_over_to_one_named_is_its_commendation_by_the_decision_s_owner():
    def rows(body: str) -> list[tuple]:
        return [(r[0], r[2], r[5], r[6], r[10]) for r in grants_of(body)]

    assert rows("Ông Lê Văn An trao quyết định khen thưởng đột xuất của Chủ tịch UBND tỉnh cho Tổ công tác 368.") == [
        ("khen-thuong", 1, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "Lê Văn An", "Tổ công tác 368")
    ]
    assert rows("Ông Lê Văn An trao Quyết định khen thưởng của Chủ tịch UBND tỉnh và tiền thưởng cho anh Lò Văn Sinh.") == [
        ("khen-thuong", 1, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "Lê Văn An", "Lò Văn Sinh")
    ]
    # negative: a commendation's owner said with no decision handed over is no object of the verb
    assert rows("Công tác khen thưởng của Chủ tịch UBND tỉnh cho các đơn vị được thực hiện kịp thời.") == []


def test_a_count_of_a_noun_the_lexicon_does_not_hold_keeps_the_list_s_other_counts_given():
    rows = grants_of("UBND huyện tặng Giấy khen cho 4 chốt và 20 cá nhân.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "individual", 20)]
    # negative: what the recipients did, counted after them, is no list item
    rows = grants_of("UBND huyện tặng Giấy khen cho 12 em đạt 30 điểm và 5 giáo viên.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "individual", 12), ("giay-khen", "individual", 5)]


def test_a_counted_subject_given_a_second_award_by_a_verb_of_its_own_after_va_receives_both():
    rows = grants_of("20 thanh niên nhận Bằng khen của Tỉnh đoàn và được tặng Huy hiệu “Tuổi trẻ sáng tạo”.")
    assert [(r[0], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", 20), ("huy-hieu", 20)]
    # negative: a second subject counted after 'và' receives its own award, not the first's count
    rows = grants_of("20 thanh niên được Tỉnh đoàn tặng Bằng khen và 5 tập thể được tặng Cờ thi đua.")
    assert [(r[0], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", 20), ("co-thi-dua-cap-bo-tinh", 5)]
    # or by another giver after 'và', who gives it as many ('... được Tỉnh đoàn tặng Bằng khen và Giám đốc Sở Y tế tặng Giấy khen')
    rows = grants_of("10 thầy thuốc trẻ được Tỉnh đoàn tặng Bằng khen và Giám đốc Sở Y tế tặng Giấy khen.")
    assert [(r[0], r[2], r[5]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", 10, "Tỉnh đoàn Lạng Sơn"), ("giay-khen", 10, "Giám đốc Sở Y tế tỉnh Lạng Sơn")
    ]  # fmt: skip
    # negative: after ';' another giver's award, its recipients unsaid, is not theirs
    rows = grants_of("10 thầy thuốc trẻ được Tỉnh đoàn tặng Bằng khen; Giám đốc Sở Y tế tặng Giấy khen.")
    assert [(r[0], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", 10)]


def test_the_giver_only_the_headline_says_gives_the_grant_the_body_tells():
    def rows(headline: str) -> list[tuple]:
        # (handed over by the Party's officer: a province's chair would give it as his office's, whatever the headline)
        body = "Sáng 12/7/2023, ông Lê Văn An, Phó Bí thư Tỉnh ủy trao Bằng khen cho anh Trần Văn Tiến và anh Lê Đức Thọ."
        facts = article(f"{headline}\n12/07/2023 10:00\n{body}\nTrần Thu Hương\n")[1]
        return [(g.award, g.count, _label(g.conferrer), g.presenter) for g in facts.grants]

    assert rows("Chủ tịch UBND tỉnh Lạng Sơn tặng Bằng khen cho 2 công dân dũng cảm") == [
        ("bang-khen-cap-bo-tinh", 2, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "Lê Văn An")
    ]
    # negative: a body the headline says handed it over is its host, not its giver
    assert rows("Thành đoàn Lạng Sơn trao Bằng khen cho 2 công dân dũng cảm") == [("bang-khen-cap-bo-tinh", 2, None, "Lê Văn An")]


def test_a_second_handing_over_after_va_is_a_predicate_of_its_own():
    def rows(body: str) -> list[tuple]:
        return [(r[0], r[1], r[2], r[6], r[10]) for r in grants_of(body)]

    # the named one's award, then a cash reward to others, which is no award
    assert rows("Ông Lê Ô Pích trao Huân chương Lao động hạng Ba cho VĐV Nguyễn Thị Oanh và trao thưởng cho 6 vận động viên.") == [
        ("huan-chuong-lao-dong-hang-ba", "individual", 1, "Lê Ô Pích", "Nguyễn Thị Oanh")
    ]
    assert rows("Ông Lê Ô Pích trao Bằng khen cho 2 tập thể và trao Giấy khen cho 5 cá nhân.") == [
        ("bang-khen-cap-bo-tinh", "collective", 2, "Lê Ô Pích", None), ("giay-khen", "individual", 5, "Lê Ô Pích", None)
    ]  # fmt: skip
    # negative: a decision handed over, then its award after 'và', is one handing-over with its presenter
    assert rows("Ông Lê Ô Pích trao quyết định công nhận và tặng Bằng khen của UBND tỉnh cho xã Tân Mỹ.") == [
        ("bang-khen-cap-bo-tinh", "collective", 1, "Lê Ô Pích", "xã Tân Mỹ")
    ]


def test_a_sentence_of_its_own_breaking_a_mixed_total_down_by_kind_gives_its_parts():
    def rows(body: str) -> list[tuple]:
        return [(r[0], r[1], r[2]) for r in grants_of(body)]

    lead = "Chủ tịch nước phong tặng danh hiệu Anh hùng Lao động cho 6 tập thể, cá nhân của tỉnh. "
    parts = [("anh-hung-lao-dong", "collective", 4), ("anh-hung-lao-dong", "individual", 2)]
    assert (
        rows(lead + "Trong đó có 4 tập thể là Công ty A, Bệnh viện B, Trường C, xã D và 2 cá nhân là ông Lê Văn E, ông Lê Văn F.") == parts
    )
    assert rows(lead + "Cụ thể: 4 tập thể và 2 cá nhân.") == parts
    # negative: a subset that does not add up is no breakdown; the total stays
    assert rows(lead + "Trong đó có 3 cá nhân là nữ.") == [("anh-hung-lao-dong", "mixed", 6)]


def test_a_giving_the_sentence_goes_on_to_after_a_handing_over_is_at_the_same_event():
    def events(sentence: str) -> list[tuple]:
        return [(r[0], r[2], r[8] is not None) for r in grants_of(sentence, with_event=True)]

    assert events(
        "Bà Lê Thị Hằng trao Bằng khen của Hội LHPN tỉnh cho 2 tập thể; Ban Thường vụ Hội LHPN huyện tặng Giấy khen cho 15 tập thể."
    ) == [("bang-khen-cap-bo-tinh", 2, True), ("giay-khen", 15, True)]
    # and with the one honoured named: 'đồng chí A trao Cờ thi đua cho X; đồng chí B được tặng danh hiệu ...'
    assert events(
        "Ông Hoàng Văn Sơn trao Cờ thi đua cho xã Tân Lập; ông Lý Văn Dũng, Chủ tịch UBND xã được tặng danh hiệu Chiến sĩ thi đua cấp tỉnh."
    ) == [("co-thi-dua-cap-bo-tinh", 1, True), ("chien-si-thi-dua-cap-bo-tinh", 1, True)]
    # negative: a giving told with a time of its own, or as earlier, was not there; nor one alone in its sentence
    assert events("Ông Hoàng Văn Sơn trao Giấy khen cho 4 tập thể; năm 2022, huyện được Thủ tướng Chính phủ tặng Bằng khen.") == [
        ("giay-khen", 4, True), ("bang-khen-thu-tuong", 1, False)
    ]  # fmt: skip
    assert events("Ông Hoàng Văn Sơn trao Giấy khen cho 4 tập thể; trước đó, UBND tỉnh tặng Bằng khen cho 3 xã.") == [
        ("giay-khen", 4, True), ("bang-khen-cap-bo-tinh", 3, False)
    ]  # fmt: skip
    assert events("Ban Thường vụ Huyện đoàn tặng Giấy khen cho 15 đoàn viên.") == [("giay-khen", 15, False)]
    # the next sentence goes on at the event after one handed over in person there by someone unnamed
    assert events(
        "Đại diện lãnh đạo Hội LHPN tỉnh trao Bằng khen cho 2 tập thể. Ban Thường vụ Hội LHPN huyện tặng Giấy khen cho 15 tập thể."
    ) == [("bang-khen-cap-bo-tinh", 2, True), ("giay-khen", 15, True)]
    # negative: not after a giving by decision ('tặng'), nor one told with a time of its own
    assert events("Hội LHPN tỉnh tặng Bằng khen cho 2 tập thể. Ban Thường vụ Hội LHPN huyện tặng Giấy khen cho 15 tập thể.") == [
        ("bang-khen-cap-bo-tinh", 2, False), ("giay-khen", 15, False)
    ]  # fmt: skip
    assert events(
        "Đại diện lãnh đạo Hội LHPN tỉnh trao Bằng khen cho 2 tập thể. Năm 2023, Hội LHPN huyện tặng Giấy khen cho 15 tập thể."
    ) == [("bang-khen-cap-bo-tinh", 2, True), ("giay-khen", 15, False)]


def test_an_order_a_body_of_another_country_gives_is_none_of_the_vietnamese_system_s():
    rows = grants_of(
        "Bộ Quốc phòng Lào trao Huân chương Tự do hạng Nhì cho Bộ Chỉ huy Quân sự tỉnh. Quân đội nhân dân Lào tặng Huân chương "
        "Lao động hạng Ba cho 2 tập thể. Ông Lê Văn Ba trao Huân chương Hữu nghị cho ông Bun Thong Chít Ma Ny."
    )
    assert [(r[0], r[2], r[10]) for r in rows] == [("huan-chuong-huu-nghi", 1, "Bun Thong Chít Ma Ny")]
    # negative: the country named after the award, where the work was done, leaves the giver Vietnamese
    rows = grants_of("Bộ trưởng Bộ Quốc phòng tặng Bằng khen cho 3 cán bộ Đoàn chuyên gia quân sự Việt Nam tại Lào.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("bang-khen-cap-bo-tinh", 3, "Bộ trưởng Bộ Quốc phòng")]


def test_an_item_counting_an_award_by_a_bare_number_after_its_colon_gives_that_many():
    rows = grants_of(
        "Năm 2022, huyện đã đề nghị cấp trên khen thưởng như sau:\n- Huân chương Lao động hạng Ba: 02;\n"
        "- Bằng khen của Thủ tướng Chính phủ: 5 tập thể;\n- Cờ thi đua của UBND tỉnh: 4."
    )
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [
        ("huan-chuong-lao-dong-hang-ba", "mixed", 2, "proposed"),
        ("bang-khen-thu-tuong", "collective", 5, "proposed"),
        ("co-thi-dua-cap-bo-tinh", "collective", 4, "proposed"),
    ]
    # in a sentence of its own too
    assert [(r[0], r[2]) for r in grants_of("Số Bằng khen của Chủ tịch UBND tỉnh: 12.")] == [("bang-khen-cap-bo-tinh", 12)]
    # negative: a year, or a number that goes on to what it counts, is no count of the award
    assert grants_of("Cờ thi đua của UBND tỉnh: 2022.") == []
    assert grants_of("Bằng khen của Chủ tịch UBND tỉnh: 3 năm liền được tặng.") == []


def test_a_handing_over_on_the_line_after_one_of_several_events_is_told_is_at_that_event():
    def given(lines: str) -> list[tuple]:
        facts = article(HEAD + lines + "\nTrần Thu Hương\n")[1]
        labels = {e.key: e.label for e in facts.events}
        return [(g.award, labels.get(g.event)) for g in facts.grants]

    first = "Sáng 18/1/2023, UBND huyện Văn Lãng tổ chức Lễ công bố xã Tân Lập đạt chuẩn nông thôn mới.\n"
    second = "Chiều 18/1/2023, UBND huyện tổ chức Hội nghị tổng kết công tác thi đua năm 2022.\n"
    assert given(first + "Ông Lê Văn Ba trao Bằng khen của Chủ tịch UBND tỉnh cho xã Tân Lập.\n" + second) == [
        ("bang-khen-cap-bo-tinh", "Lễ công bố xã Tân Lập đạt chuẩn nông thôn mới")
    ]
    # negative: a giving told with a time of its own, or by a bare 'tặng' (a decision's), is at neither
    assert given(first + "Năm 2022, ông Lê Văn Ba trao Bằng khen cho xã Tân Lập.\n" + second) == [("bang-khen-cap-bo-tinh", None)]
    assert given(first + "Chủ tịch UBND tỉnh tặng Bằng khen cho xã Tân Lập.\n" + second) == [("bang-khen-cap-bo-tinh", None)]


def test_an_award_of_the_minister_chairman_of_the_ethnic_committee_is_the_chairman_s():
    rows = grants_of("Ông Lê Văn Ba trao Kỷ niệm chương của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc cho 10 cá nhân.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("ky-niem-chuong", 10, "Chủ nhiệm Ủy ban Dân tộc")]
    # negative: a minister's own award stays the minister's
    rows = grants_of("Ông Lê Văn Ba trao Bằng khen của Bộ trưởng Bộ Công an cho 2 tập thể.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("bang-khen-cap-bo-tinh", 2, "Bộ trưởng Bộ Công an")]


def test_the_address_after_a_giving_body_is_no_subject_of_its_own():
    def giver(sentence: str) -> list:
        return [r[5] for r in grants_of(sentence)]

    assert giver("Chiều 8/8, UBND phường Đông Kinh, thành phố Lạng Sơn, tỉnh Lạng Sơn khen thưởng anh Võ Văn Tính.") == [
        "Ủy ban nhân dân phường Đông Kinh"
    ]
    assert giver("Trường THCS Kim Đồng, huyện Văn Lãng, tỉnh Lạng Sơn tặng Giấy khen cho 5 học sinh.") == ["Trường THCS Kim Đồng"]
    # negative: a place after a phrase of its own is the subject
    assert giver("Với thành tích đó, tỉnh Lạng Sơn tặng Bằng khen cho anh Võ Văn Tính.") == ["Ủy ban nhân dân tỉnh Lạng Sơn"]


def test_a_count_s_noun_that_names_a_title_does_not_take_the_next_count_from_the_award_given_to_both():
    rows = grants_of("UBND xã Tân Lập tặng Giấy khen cho 4 khu dân cư văn hóa tiêu biểu và 6 gia đình văn hóa tiêu biểu.")
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", 4), ("giay-khen", 6)]
    # negative: a count whose noun is the title, with no award given to the list, holds that title
    rows = grants_of("Năm 2022, toàn huyện có 1.200 hộ đạt danh hiệu Gia đình văn hóa và 35 thôn đạt danh hiệu Thôn văn hóa.")
    assert [(r[0], r[2]) for r in rows] == [("gia-dinh-van-hoa", 1200), ("thon-to-dan-pho-van-hoa", 35)]


def test_a_proposal_approved_by_the_giver_it_names_is_that_giver_s_not_the_proposer_s():
    def given(sentence: str) -> list[tuple]:
        return [(r[0], r[2], r[4], r[5]) for r in grants_of(sentence)]

    assert given("UBND huyện đã trình UBND tỉnh đề nghị tặng Bằng khen cho 5 cá nhân và được UBND tỉnh chấp thuận.") == [
        ("bang-khen-cap-bo-tinh", 5, "conferred", "Ủy ban nhân dân tỉnh Lạng Sơn")
    ]
    # approved by no one named: given, by no one the sentence says
    assert given("UBND huyện đề nghị tặng Bằng khen cho 4 cá nhân và đã được chấp thuận.") == [
        ("bang-khen-cap-bo-tinh", 4, "conferred", None)
    ]
    # negative: a proposal still pending stays the proposal
    assert given("UBND huyện đề nghị UBND tỉnh tặng Bằng khen cho 4 cá nhân.") == [
        ("bang-khen-cap-bo-tinh", 4, "proposed", "Ủy ban nhân dân tỉnh Lạng Sơn")
    ]


def test_a_proposal_joined_by_va_after_units_voted_or_a_unit_named_proposes_for_them():
    rows = grants_of("Hội nghị đã suy tôn 2 đơn vị dẫn đầu khối và đề nghị UBND tỉnh tặng Cờ thi đua.", with_event=True)
    assert [(r[0], r[2], r[4]) for r in rows] == [
        ("don-vi-dan-dau-khoi-thi-dua", 2, "conferred"), ("co-thi-dua-cap-bo-tinh", 2, "proposed")
    ]  # fmt: skip
    rows = grants_of("Trường THCS Lạc Vệ được công nhận Tập thể lao động xuất sắc và đề nghị UBND tỉnh tặng Bằng khen.")
    assert [(r[0], r[4], r[10]) for r in rows] == [
        ("tap-the-lao-dong-xuat-sac", "conferred", "Trường THCS Lạc Vệ"), ("bang-khen-cap-bo-tinh", "proposed", "Trường THCS Lạc Vệ")
    ]  # fmt: skip
    # negative: a proposal of its own, with its own count, keeps it
    rows = grants_of("Hội nghị đã suy tôn 2 đơn vị dẫn đầu khối và đề nghị UBND tỉnh tặng Bằng khen cho 5 tập thể.", with_event=True)
    assert [(r[0], r[2]) for r in rows] == [("don-vi-dan-dau-khoi-thi-dua", 2), ("bang-khen-cap-bo-tinh", 5)]


def test_a_bare_commendation_that_only_sums_the_next_sentence_s_grants_of_its_kind_is_an_umbrella():
    def kept(second: str) -> list[tuple]:
        body = "Đại hội đã biểu dương 35 tập thể, 48 cá nhân điển hình tiên tiến.\n" + second
        return sorted((r[0], r[1], r[2]) for r in grants_of(body, with_event=True))

    assert kept(
        "Chủ tịch UBND huyện tặng Giấy khen cho 5 tập thể, 7 cá nhân; Chủ tịch UBND xã tặng Giấy khen cho 30 tập thể, 41 cá nhân."
    ) == [("giay-khen", "collective", 5), ("giay-khen", "collective", 30), ("giay-khen", "individual", 7), ("giay-khen", "individual", 41)]
    # negative: grants that do not add up to it leave it a grant of its own
    assert ("khen-thuong", "collective", 35) in kept(
        "Chủ tịch UBND huyện tặng Giấy khen cho 5 tập thể, 7 cá nhân; Chủ tịch UBND xã tặng Giấy khen cho 20 tập thể, 41 cá nhân."
    )


def test_a_bare_commendation_the_next_sentences_in_a_row_sum_is_an_umbrella():
    def kept(rest: str) -> list[tuple]:
        body = "64 tập thể, cá nhân được tuyên dương lần này là những tấm gương tiêu biểu.\n" + rest
        return sorted((r[0], r[1], r[2]) for r in grants_of(body, with_event=True))

    rest = "Trong đó có 4 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen. Chủ tịch UBND huyện tặng Giấy khen cho 60 tập thể, cá nhân."
    assert kept(rest) == [("bang-khen-cap-bo-tinh", "individual", 4), ("giay-khen", "mixed", 60)]
    rest = "Có 14 tập thể được tặng Bằng khen. 20 cá nhân được tặng Giấy khen. 30 cá nhân được Hội Nông dân huyện tặng Giấy khen."
    assert ("khen-thuong", "mixed", 64) not in kept(rest)
    # (a sentence of no grant between them)
    rest = "Đồng chí Lê Văn Hùng, Bí thư Huyện ủy chủ trì hội nghị. Chủ tịch UBND huyện tặng Giấy khen cho 20 tập thể và 44 cá nhân."
    assert kept(rest) == [("giay-khen", "collective", 20), ("giay-khen", "individual", 44)]
    # negative: sentences that do not add up to it, or not in a row, leave it a grant of its own
    rest = "Trong đó có 4 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen. Chủ tịch UBND huyện tặng Giấy khen cho 50 tập thể, cá nhân."
    assert ("khen-thuong", "mixed", 64) in kept(rest)
    rest = (
        "Có 4 cá nhân được tặng Bằng khen. Hội nghị diễn ra trang trọng. Các đại biểu thảo luận sôi nổi. Đồng chí A phát "
        "biểu. Chủ tịch UBND huyện tặng Giấy khen cho 60 tập thể, cá nhân."
    )
    assert ("khen-thuong", "mixed", 64) in kept(rest)
    rest = "Có 4 cá nhân được tặng Bằng khen. Huyện đề nghị UBND tỉnh tặng Cờ thi đua cho 2 tập thể. Chủ tịch UBND huyện tặng Giấy khen cho 60 tập thể, cá nhân."
    assert ("khen-thuong", "mixed", 64) in kept(rest)


def test_a_unit_s_share_of_a_commendation_counted_before_is_a_subset_the_total_records():
    rows = grants_of(
        "Tối 13/10, Trung ương Hội Nông dân Việt Nam tổ chức Lễ tôn vinh 100 nông dân Việt Nam xuất sắc năm 2022. Huyện Văn "
        "Lãng có 2 nông dân được tôn vinh là ông Nguyễn Văn Tám và bà Trần Thị Lệ. Mỗi nông dân được nhận Bằng khen của "
        "Trung ương Hội Nông dân Việt Nam."
    )
    assert [(r[0], r[1], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", "individual", 100)]  # each of the 100's award
    # negative: a count of another noun, or more than the total, or of another award, is a grant of its own
    rows = grants_of(
        "UBND tỉnh tuyên dương 50 nông dân xuất sắc. Huyện có 3 hợp tác xã được tuyên dương và có 80 nông dân được tuyên dương."
    )
    assert sorted((r[1], r[2]) for r in rows) == [("collective", 3), ("individual", 50), ("individual", 80)]
    rows = grants_of("UBND tỉnh tặng Bằng khen cho 50 nông dân. Huyện có 3 nông dân được tặng Huân chương Lao động hạng Ba.")
    assert sorted((r[0], r[2]) for r in rows) == [("bang-khen-cap-bo-tinh", 50), ("huan-chuong-lao-dong-hang-ba", 3)]


def test_a_national_giver_carried_from_the_clause_before_gives_no_award_of_a_province_or_a_unit():
    def given(said: str) -> list[tuple[str, str | None]]:
        return [(r[0], r[5]) for r in grants_of(said)]

    said = "Hội đồng nhất trí đề nghị Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 2 tập thể; xét tặng danh hiệu Chiến sĩ thi đua cấp tỉnh cho 12 cá nhân."
    assert given(said) == [("huan-chuong-lao-dong-hang-ba", "Chủ tịch nước"), ("chien-si-thi-dua-cap-bo-tinh", None)]
    said = "Thủ tướng Chính phủ tặng Bằng khen cho 3 tập thể; Giấy khen cho 5 cá nhân."
    assert given(said) == [("bang-khen-thu-tuong", "Thủ tướng Chính phủ"), ("giay-khen", None)]
    # negative: an award of its own level goes on with it ('...; Cờ thi đua cho 2 tập thể': the Government's flag)
    said = "Thủ tướng Chính phủ tặng Bằng khen cho 3 tập thể; Cờ thi đua cho 2 tập thể."
    assert given(said) == [("bang-khen-thu-tuong", "Thủ tướng Chính phủ"), ("co-thi-dua-chinh-phu", "Thủ tướng Chính phủ")]


def test_there_being_so_many_commended_after_a_time_or_opening_the_clause_is_no_unit_s_share():
    total = "Chủ tịch UBND huyện tặng Giấy khen cho 520 tập thể, 1.100 cá nhân. "
    for then in (
        "Đặc biệt, trong năm có 3 tập thể và 5 cá nhân được khen thưởng đột xuất.",
        "Có 3 tập thể và 5 cá nhân được khen thưởng đột xuất vì cứu người.",
        "Ngoài ra, có 3 tập thể, 5 cá nhân được khen thưởng đột xuất.",
    ):
        rows = grants_of(total + then)
        assert sorted((r[0], r[2]) for r in rows if r[0] == "khen-thuong") == [("khen-thuong", 3), ("khen-thuong", 5)], then
    # negative: a unit's share still is one ('Xã Tân Mỹ có 3 tập thể được khen thưởng')
    rows = grants_of(total + "Xã Tân Mỹ có 3 tập thể được khen thưởng.")
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", 520), ("giay-khen", 1100)]


def test_a_proposal_after_clauses_in_a_row_each_ranking_a_body_is_for_each():
    def told(said: str) -> list[tuple]:
        return [(r[0], r[2], r[4], r[10]) for r in grants_of(said, with_event=True)]

    said = (
        "Hội nghị đã bình xét, suy tôn xã Tân Mỹ là đơn vị dẫn đầu Cụm thi đua số 1, thị trấn Na Sầm là đơn vị dẫn đầu "
        "Cụm thi đua số 2, đề nghị UBND tỉnh tặng Cờ thi đua."
    )
    assert told(said) == [
        ("don-vi-dan-dau-khoi-thi-dua", 1, "conferred", "xã Tân Mỹ"),
        ("don-vi-dan-dau-khoi-thi-dua", 1, "conferred", "thị trấn Na Sầm"),
        ("co-thi-dua-cap-bo-tinh", 2, "proposed", None),
    ]
    said = (
        "Khối suy tôn Sở Tư pháp là đơn vị dẫn đầu Khối thi đua số 3 và Sở Nội vụ là đơn vị dẫn đầu Khối thi đua số 4, "
        "đề nghị Chủ tịch UBND tỉnh tặng Cờ thi đua."
    )
    assert told(said)[-1] == ("co-thi-dua-cap-bo-tinh", 2, "proposed", None)
    # negative: a proposal of its own after each ranking is for that body alone
    said = (
        "Hội nghị suy tôn xã Tân Mỹ là đơn vị dẫn đầu Cụm thi đua số 1, đề nghị UBND tỉnh tặng Cờ thi đua; thị trấn Na Sầm "
        "là đơn vị dẫn đầu Cụm thi đua số 2, đề nghị UBND tỉnh tặng Bằng khen."
    )
    assert [r for r in told(said) if r[2] == "proposed"] == [
        ("co-thi-dua-cap-bo-tinh", 1, "proposed", "xã Tân Mỹ"),
        ("bang-khen-cap-bo-tinh", 1, "proposed", "thị trấn Na Sầm"),
    ]


def test_a_vote_that_names_two_bodies_to_a_title_elects_both():
    rows = grants_of(
        "Tại hội nghị, Khối đã bình xét, suy tôn Công an tỉnh và Tòa án nhân dân tỉnh là đơn vị dẫn đầu Khối, "
        "đề nghị UBND tỉnh tặng Cờ thi đua.",
        with_event=True,
    )
    assert [(r[0], r[2], r[4], r[10]) for r in rows] == [
        ("don-vi-dan-dau-khoi-thi-dua", 2, "conferred", None), ("co-thi-dua-cap-bo-tinh", 2, "proposed", None)
    ]  # fmt: skip
    rows = grants_of("Hội đồng bầu chọn Sở Tư pháp và Sở Nội vụ là đơn vị dẫn đầu Cụm thi đua năm 2023.", with_event=True)
    assert [(r[0], r[2], r[10]) for r in rows] == [("don-vi-dan-dau-khoi-thi-dua", 2, None)]
    # (a commune and a school, each heading a bloc of its own, after a voter named with its place)
    for blocs in ("các khối thi đua", "khối thi đua"):
        rows = grants_of(
            "Tại hội nghị, Hội đồng Thi đua - Khen thưởng huyện đã bình xét, suy tôn xã Tân Lập và Trường THCS Kim Đồng là "
            f"đơn vị dẫn đầu {blocs}, đề nghị UBND tỉnh tặng Cờ thi đua.",
            with_event=True,
        )
        assert [(r[0], r[2], r[4], r[10]) for r in rows] == [
            ("don-vi-dan-dau-khoi-thi-dua", 2, "conferred", None), ("co-thi-dua-cap-bo-tinh", 2, "proposed", None)
        ], blocs  # fmt: skip
    # negative: one body elected is that body's, by its name
    rows = grants_of("Hội nghị suy tôn Tòa án nhân dân tỉnh là đơn vị dẫn đầu Khối năm 2023.", with_event=True)
    assert [(r[0], r[2], r[10]) for r in rows] == [("don-vi-dan-dau-khoi-thi-dua", 1, "Tòa án nhân dân tỉnh Lạng Sơn")]


def test_of_awards_listed_together_a_count_takes_the_one_its_recipients_can_hold():
    rows = grants_of(
        "Thượng tá Trần Văn Chính trao Cờ thi đua và Giấy khen của Giám đốc Công an tỉnh cho 3 cán bộ, chiến sĩ Công an xã.",
        with_event=True,
    )
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [("giay-khen", "individual", 3, "Giám đốc Công an tỉnh Lạng Sơn")]
    rows = grants_of("UBND huyện tặng Cờ thi đua và Giấy khen cho 4 tập thể, 2 cá nhân.", with_event=True)
    assert [(r[0], r[1], r[2]) for r in rows] == [("khen-thuong", "collective", 4), ("giay-khen", "individual", 2)]
    # negative: awards each of them can hold stay shared out, which each got unsaid
    rows = grants_of("UBND huyện tặng Bằng khen, Giấy khen cho 7 cá nhân.", with_event=True)
    assert [(r[0], r[1], r[2]) for r in rows] == [("khen-thuong", "individual", 7)]


def test_awards_counted_in_turn_are_a_grant_each():
    rows = grants_of("Chủ tịch nước tặng Huân chương Lao động hạng Nhất, hạng Nhì, hạng Ba lần lượt cho 1, 2 và 4 tập thể.")
    assert [(r[0], r[2]) for r in rows] == [
        ("huan-chuong-lao-dong-hang-nhat", 1), ("huan-chuong-lao-dong-hang-nhi", 2), ("huan-chuong-lao-dong-hang-ba", 4)
    ]  # fmt: skip
    # the classes in brackets, the numbers after 'cho' with no 'lần lượt': as many numbers as classes
    rows = grants_of("Huân chương Chiến công (hạng Nhì, Ba) được trao cho 2 và 5 cá nhân.")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("huan-chuong-chien-cong-hang-nhi", "individual", 2), ("huan-chuong-chien-cong-hang-ba", "individual", 5)
    ]  # fmt: skip
    # awards listed together, in turn: each as its giver makes it
    rows = grants_of("Thủ tướng Chính phủ tặng Cờ thi đua và Bằng khen lần lượt cho 3 và 12 tập thể.")
    assert [(r[0], r[2]) for r in rows] == [("co-thi-dua-chinh-phu", 3), ("bang-khen-thu-tuong", 12)]
    rows = grants_of("UBND tỉnh tặng Cờ thi đua, Bằng khen của Chủ tịch UBND tỉnh lần lượt cho 3 và 12 tập thể.")
    assert [(r[0], r[2]) for r in rows] == [("co-thi-dua-cap-bo-tinh", 3), ("bang-khen-cap-bo-tinh", 12)]
    # negative: numbers not as many as the classes, or awards not said to be in turn, stay one grant
    rows = grants_of("Chủ tịch nước tặng Huân chương Lao động hạng Nhì, Ba cho 1, 2 và 4 tập thể.")
    assert [(r[0], r[2]) for r in rows] == [("huan-chuong-lao-dong", 4)]
    rows = grants_of("UBND tỉnh tặng Cờ thi đua và Bằng khen cho 3 và 12 tập thể.")
    assert [(r[0], r[2]) for r in rows] == [("khen-thuong", 12)]


def test_a_grant_is_of_the_event_whose_name_presents_its_award_not_of_one_about_it():
    def events_of(body: str) -> list[tuple]:
        facts = article(HEAD + body + "\nTrần Thu Hương\n")[1]
        return [(g.award, g.event) for g in facts.grants]

    # a meeting about the award: the villages that hold the title did not receive it there
    assert events_of(
        "Ngày 9/12, UBND huyện Văn Lãng tổ chức hội nghị tổng kết 10 năm xây dựng làng văn hóa. Năm nay, toàn huyện có 60/67 "
        "làng đạt danh hiệu “Làng văn hóa”."
    ) == [("thon-to-dan-pho-van-hoa", None)]
    # negative: a ceremony that receives it is where it was received
    assert events_of(
        "Ngày 9/12, UBND xã Tân Mỹ tổ chức Lễ đón nhận danh hiệu “Làng văn hóa” cho thôn Nà Pàn. Thôn Nà Pàn đạt danh hiệu "
        "“Làng văn hóa” năm 2022."
    ) == [("thon-to-dan-pho-van-hoa", "e1")]


def test_a_ranking_in_a_clause_after_a_proposal_is_the_bloc_s_vote_given_at_its_meeting():
    rows = grants_of(
        "Hội nghị suy tôn UBND huyện Tràng Định là đơn vị dẫn đầu Khối, đề nghị UBND tỉnh tặng Cờ thi đua; UBND huyện Cao "
        "Lộc là đơn vị xếp thứ nhì, đề nghị UBND tỉnh tặng Bằng khen.",
        with_event=True,
    )
    assert [(r[0], r[4], r[5], r[8]) for r in rows] == [
        ("don-vi-dan-dau-khoi-thi-dua", "conferred", None, "e1"),
        ("co-thi-dua-cap-bo-tinh", "proposed", "Ủy ban nhân dân tỉnh Lạng Sơn", "e1"),
        ("don-vi-nhi-khoi-thi-dua", "conferred", None, "e1"),
        ("bang-khen-cap-bo-tinh", "proposed", "Ủy ban nhân dân tỉnh Lạng Sơn", "e1"),
    ]
    # a later clause's ranking in a sentence that votes: voted at the meeting too
    rows = grants_of(
        "Hội nghị suy tôn UBND huyện Tràng Định là đơn vị dẫn đầu Khối; UBND huyện Cao Lộc là đơn vị xếp thứ nhì.", with_event=True
    )
    assert [(r[0], r[4], r[8]) for r in rows] == [
        ("don-vi-dan-dau-khoi-thi-dua", "conferred", "e1"),
        ("don-vi-nhi-khoi-thi-dua", "conferred", "e1"),
    ]
    # negative: a ranking the clause itself proposes after its proposal is proposed
    rows = grants_of("Hội đồng đề nghị UBND tỉnh công nhận UBND huyện Cao Lộc là đơn vị dẫn đầu Khối.", with_event=True)
    assert [(r[0], r[4]) for r in rows] == [("don-vi-dan-dau-khoi-thi-dua", "proposed")]


def test_a_headline_total_of_its_award_is_told_again_though_the_body_also_commends_others():
    facts = article(
        "Thủ tướng tặng Bằng khen cho 12 tập thể, cá nhân của tỉnh Kiên Giang\n18/05/2022\nThủ tướng Chính phủ vừa có "
        "Quyết định tặng Bằng khen cho 5 tập thể và 7 cá nhân thuộc tỉnh Kiên Giang. Trước đó, UBND tỉnh đã khen thưởng "
        "120 tập thể, 350 cá nhân có thành tích trong phòng, chống dịch.\nTrung Kiên\n"
    )[1]
    assert sorted((g.award, g.recipient_kind, g.count) for g in counted_once(facts.grants)) == [
        ("bang-khen-thu-tuong", "collective", 5), ("bang-khen-thu-tuong", "individual", 7),
        ("khen-thuong", "collective", 120), ("khen-thuong", "individual", 350),
    ]  # fmt: skip
    # negative: a headline total its award's grants do not add up to is a grant of its own
    facts = article(
        "Thủ tướng tặng Bằng khen cho 15 tập thể, cá nhân của tỉnh Kiên Giang\n18/05/2022\nThủ tướng Chính phủ vừa có "
        "Quyết định tặng Bằng khen cho 5 tập thể và 7 cá nhân thuộc tỉnh Kiên Giang. Trước đó, UBND tỉnh đã khen thưởng "
        "120 tập thể, 350 cá nhân có thành tích trong phòng, chống dịch.\nTrung Kiên\n"
    )[1]
    assert ("bang-khen-thu-tuong", "mixed", 15) in [(g.award, g.recipient_kind, g.count) for g in counted_once(facts.grants)]


def test_the_results_a_sentence_opens_on_are_awards_given_each_counted_after_its_award():
    rows = grants_of(
        "Kết quả: HCLĐ hạng Ba 01 tập thể; Bằng khen của Thủ tướng Chính phủ 02 cá nhân; Cờ thi đua của UBND tỉnh 03 tập thể.",
        with_event=True,
    )
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("huan-chuong-lao-dong-hang-ba", "collective", 1), ("bang-khen-thu-tuong", "individual", 2),
        ("co-thi-dua-cap-bo-tinh", "collective", 3),
    ]  # fmt: skip
    # negative: holders counted with no verb and no results opened give nothing
    assert grants_of("Toàn huyện có 54 Bà mẹ Việt Nam anh hùng; 12 Anh hùng Lực lượng vũ trang nhân dân.", with_event=True) == []


def test_an_award_given_to_a_count_of_its_own_right_after_is_not_an_earlier_count_s():
    rows = grants_of("Ban Tổ chức trao Cờ cho 3 đơn vị dẫn đầu và Giấy khen cho 10 vận động viên xuất sắc.", with_event=True)
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "individual", 10)]
    # negative: counts told before the award they all receive, with no count of its own after it, take it
    rows = grants_of("UBND tỉnh tặng 5 tập thể và 8 cá nhân Bằng khen.", with_event=True)
    assert sorted((r[0], r[1], r[2]) for r in rows) == [
        ("bang-khen-cap-bo-tinh", "collective", 5),
        ("bang-khen-cap-bo-tinh", "individual", 8),
    ]


def test_a_union_named_by_the_unit_it_is_of_is_one_recipient_and_a_plural_after_a_unit_s_head_is_none():
    for told, who in (
        ("Công đoàn Ngân hàng Việt Nam tặng Bằng khen cho Công đoàn cơ sở chi nhánh.", "Công đoàn cơ sở chi nhánh"),
        ("LĐLĐ tỉnh tặng Bằng khen cho Công đoàn Văn phòng UBND tỉnh.", "Công đoàn Văn phòng Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("LĐLĐ tỉnh tặng Bằng khen cho Công đoàn Sở Y tế.", "Công đoàn Sở Y tế tỉnh Lạng Sơn"),
    ):
        assert [(r[1], r[2], r[10]) for r in grants_of(told)] == [("collective", 1, who)], told
    # negative: a plural after the head, or a union said of, is no one unit
    for told in (
        "LĐLĐ tỉnh tặng Bằng khen cho Công đoàn các cấp.",
        "Tỉnh đoàn tặng Bằng khen cho Chi đoàn các trường.",
        "LĐLĐ tỉnh tặng Bằng khen cho Công đoàn cơ sở có thành tích xuất sắc.",
    ):
        assert [(r[1], r[2], r[10]) for r in grants_of(told)] == [("collective", None, None)], told


def test_units_placed_first_and_second_by_a_vote_hold_the_bloc_s_rankings_given_at_the_meeting():
    lead = "Ngày 12/1/2024, Khối thi đua các huyện miền núi tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác thi đua năm 2023."
    for told in (
        "Kết quả bỏ phiếu, huyện Bình Gia xếp thứ nhất, huyện Đình Lập xếp thứ nhì.",
        "Hội nghị bỏ phiếu suy tôn huyện Bình Gia là đơn vị dẫn đầu, huyện Đình Lập là đơn vị xếp thứ nhì.",
    ):
        rows = grants_of(f"{lead}\n{told}")
        assert [(r[0], r[4], r[8], r[10]) for r in rows] == [
            ("don-vi-dan-dau-khoi-thi-dua", "conferred", "e1", "huyện Bình Gia"),
            ("don-vi-nhi-khoi-thi-dua", "conferred", "e1", "huyện Đình Lập"),
        ], told
    # negative: a standing in one field is no ranking voted
    assert grants_of(f"{lead}\nNăm 2023, huyện Bình Gia xếp thứ nhất Khối về thu ngân sách.") == []


def test_a_section_label_naming_its_giver_gives_the_clauses_after_its_colon_and_no_earlier_item_s_giver_does():
    before = "- Chủ tịch UBND tỉnh tặng Bằng khen cho 02 tập thể.\n"
    rows = grants_of(
        before + "3. Khen thưởng của Giám đốc Sở Tư pháp: Tặng Giấy khen cho 12 tập thể, 35 cá nhân; công nhận danh hiệu Lao động "
        "tiên tiến cho 142 cá nhân."
    )
    director = "Giám đốc Sở Tư pháp tỉnh Lạng Sơn"
    assert [(r[0], r[2], r[5]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", 2, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("giay-khen", 12, director),
        ("giay-khen", 35, director),
        ("lao-dong-tien-tien", 142, director),
    ]
    # negative: a label naming no giver leaves the giver unsaid, not the item's before it
    rows = grants_of(
        before + "3. Khen thưởng cấp cơ sở: Tặng Giấy khen cho 12 tập thể; công nhận danh hiệu Lao động tiên tiến cho 142 cá nhân."
    )
    assert [(r[0], r[5]) for r in rows[1:]] == [("giay-khen", None), ("lao-dong-tien-tien", None)]


def test_handing_over_a_hero_s_certificate_hands_over_the_title_the_ceremony_is_named_after():
    def presenter(then: str) -> list[tuple]:
        facts = article(
            "Truy tặng danh hiệu Anh hùng cho liệt sĩ Lương Văn Tụy\n28/07/2022 09:00\nSáng 27/7/2022, UBND huyện Văn Lãng tổ chức "
            "Lễ công bố Quyết định của Chủ tịch nước truy tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho liệt sĩ Lương "
            f"Văn Tụy. {then}\nTrần Thu Hương\n"
        )[1]
        return [(g.award, g.presenter) for g in facts.grants]

    hero = "anh-hung-luc-luong-vu-trang-nhan-dan"
    assert presenter("Thiếu tướng Hà Văn Lực, Phó Tư lệnh Quân khu 1 đã trao Bằng Anh hùng cho thân nhân liệt sĩ.") == [
        (hero, "Hà Văn Lực")
    ]
    # negative: a certificate of merit handed to the family is not the title's
    assert presenter("Thiếu tướng Hà Văn Lực đã trao bằng khen cho thân nhân liệt sĩ.") == [(hero, None)]


def test_a_decision_told_made_on_a_proposal_in_its_clause_gives_those_it_counts():
    rows = grants_of("Năm 2023, UBND huyện đã trình UBND tỉnh khen thưởng cho 15 tập thể, đến nay đã có quyết định khen thưởng 10 tập thể.")
    assert [(r[2], r[4], r[5]) for r in rows] == [
        (15, "proposed", "Ủy ban nhân dân tỉnh Lạng Sơn"),
        (10, "conferred", "Ủy ban nhân dân tỉnh Lạng Sơn"),
    ]
    # negative: a decision awaited gives nothing
    rows = grants_of("Năm 2023, UBND huyện đã trình UBND tỉnh khen thưởng cho 15 tập thể, đang chờ quyết định khen thưởng.")
    assert [(r[2], r[4]) for r in rows] == [(15, "proposed")]


def test_grants_of_a_roundup_go_to_the_event_their_paragraph_tells_and_a_day_of_their_own_to_none_before_it():
    facts = article(
        "Hoạt động thi đua nổi bật trong tuần tại huyện Văn Lãng\n20/01/2024 09:00\n"
        "Sáng 15/1, UBND huyện Văn Lãng tổ chức Lễ đón nhận Cờ thi đua của Chính phủ. Đồng chí Lương Văn Hải, Phó Chủ tịch UBND "
        "tỉnh đã trao Cờ thi đua của Chính phủ cho huyện.\n"
        "Chiều 17/1, Hội Nông dân huyện tổ chức Hội nghị tổng kết công tác Hội năm 2023. Dịp này, Hội Nông dân tỉnh tặng Bằng "
        "khen cho 2 tập thể; Hội Nông dân huyện tặng Giấy khen cho 10 hội viên.\n"
        "Ngày 19/1, Huyện đoàn Văn Lãng tuyên dương 20 đoàn viên tiêu biểu năm 2023.\nTrần Thu Hương\n"
    )[1]
    events = {e.key: e.label for e in facts.events}
    at = {(g.award, g.count): events.get(g.event) for g in counted_once(facts.grants)}
    assert at == {
        ("co-thi-dua-chinh-phu", 1): "Lễ đón nhận Cờ thi đua của Chính phủ",
        ("bang-khen-cap-bo-tinh", 2): "Hội nghị tổng kết công tác Hội năm 2023",
        ("giay-khen", 10): "Hội nghị tổng kết công tác Hội năm 2023",
        ("khen-thuong", 20): None,  # (a day of its own, no event of the others' names)
    }
    # negative: 'Dịp này' after the main event's own paragraph still names it
    facts = article(
        "Huyện Văn Lãng đón nhận Cờ thi đua của Chính phủ\n20/01/2024 09:00\n"
        "Sáng 15/1, UBND huyện Văn Lãng tổ chức Lễ đón nhận Cờ thi đua của Chính phủ. Dịp này, Chủ tịch UBND tỉnh tặng Bằng "
        "khen cho 5 tập thể.\nTrần Thu Hương\n"
    )[1]
    assert [(g.award, g.event) for g in counted_once(facts.grants) if g.count == 5] == [("bang-khen-cap-bo-tinh", "e1")]


def test_an_order_handed_over_by_its_kind_alone_at_a_ceremony_named_after_it_in_full_is_that_order():
    def given(then: str) -> list[tuple]:
        facts = article(
            "Quân khu 1 đón nhận Huân chương Bảo vệ Tổ quốc\n21/12/2023 09:00\nSáng 20/12/2023, Bộ Tư lệnh Quân khu 1 tổ chức Lễ đón "
            f"nhận Huân chương Bảo vệ Tổ quốc hạng Nhất. {then}\nTrần Thu Hương\n"
        )[1]
        return [(g.award, g.recipient) for g in counted_once(facts.grants)]

    assert given("Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng đã trao Huân chương cho Quân khu 1.") == [
        ("huan-chuong-bao-ve-to-quoc-hang-nhat", "Quân khu 1")
    ]
    # negative: an order whose class its own sentence names is not the ceremony's
    rows = given("Dịp này, Đại tá Lê Văn Hòa được tặng Huân chương hạng Ba.")
    assert ("huan-chuong", "Lê Văn Hòa") in rows


def test_the_articles_of_a_printed_decision_give_by_the_committee_chair_its_head_names():
    def givers(issuer: str) -> list[tuple]:
        facts = article(
            "Quyết định khen thưởng thành tích phòng chống lụt bão năm 2023\nNgày đăng: 15/10/2023\nQUYẾT ĐỊNH\nVề việc tặng Giấy "
            f"khen cho các tập thể, cá nhân\n{issuer}\nCăn cứ Luật Thi đua, khen thưởng năm 2022;\nQUYẾT ĐỊNH:\n"
            "Điều 1. Tặng Giấy khen cho 05 tập thể và 12 cá nhân đã có thành tích xuất sắc trong công tác phòng chống lụt bão.\n"
            "Điều 2. Mỗi tập thể được thưởng 1.000.000 đồng.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Văn Minh\n"
        )[1]
        return [(g.award, g.count, _label(g.conferrer)) for g in facts.grants]

    chair = "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"
    assert givers("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN VĂN LÃNG") == [("giay-khen", 5, chair), ("giay-khen", 12, chair)]
    # negative: a head naming no committee's chair names no giver (the office a table of codes knows is another rule's)
    assert givers("GIÁM ĐỐC TRUNG TÂM VĂN HÓA HUYỆN VĂN LÃNG") == [("giay-khen", 5, None), ("giay-khen", 12, None)]


def test_a_ceremony_presenting_a_title_by_its_bare_word_presents_the_one_title_told_before_it():
    def placed(told: str) -> list[tuple[str, str | None]]:
        facts = article(
            "Nghệ nhân của tỉnh được vinh danh\n20/11/2023 09:00\n"
            f"{told}\nSáng 17/11, Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn tổ chức lễ đón nhận danh hiệu.\nThu Hà\n"
        )[1]
        return [(g.award, g.event) for g in facts.grants]

    assert placed("Năm nay, 3 nghệ nhân của tỉnh được Chủ tịch nước phong tặng danh hiệu Nghệ nhân ưu tú.") == [("nghe-nhan-uu-tu", "e1")]
    # two titles told before it: which one it presents is not said
    assert placed(
        "Năm nay, 3 nghệ nhân được phong tặng danh hiệu Nghệ nhân ưu tú, 1 nghệ nhân được phong tặng danh hiệu Nghệ nhân nhân dân."
    ) == [("nghe-nhan-uu-tu", None), ("nghe-nhan-nhan-dan", None)]
    # a certificate is no title
    assert placed("Năm nay, 3 nghệ nhân của tỉnh được Chủ tịch UBND tỉnh tặng Bằng khen.") == [("bang-khen-cap-bo-tinh", None)]


def test_an_award_handed_over_to_recipients_uncounted_is_its_own_counted_grants_not_a_bare_commendation_beside():
    def given(told: str) -> list[tuple[str, str, int | None, str | None]]:
        facts = article(
            "Huyện Văn Lãng tuyên dương người tốt việc tốt\n20/11/2023 09:00\n"
            "Ngày 19/11, UBND huyện Văn Lãng tổ chức hội nghị tuyên dương người tốt, việc tốt năm 2023.\n"
            f"{told}\nÔng Hồ An Phong, Chủ tịch UBND huyện trao Giấy khen cho các tập thể, cá nhân.\nThu Hà\n"
        )[1]
        return [(g.award, g.recipient_kind, g.count, g.presenter) for g in facts.grants]

    assert given("Hội nghị đã tuyên dương 40 tập thể và 65 cá nhân. Trong đó, 12 tập thể, 20 cá nhân được tặng Giấy khen.") == [
        ("khen-thuong", "collective", 40, None),
        ("khen-thuong", "individual", 65, None),
        ("giay-khen", "collective", 12, "Hồ An Phong"),
        ("giay-khen", "individual", 20, "Hồ An Phong"),
    ]
    # no grant of the award counted: the commendation counted was the award handed over
    assert given("Hội nghị đã tuyên dương 40 tập thể và 65 cá nhân.") == [
        ("giay-khen", "collective", 40, "Hồ An Phong"),
        ("giay-khen", "individual", 65, "Hồ An Phong"),
    ]


def test_a_headline_counting_roughly_the_grants_its_body_lists_is_no_grant_of_its_own():
    def grants(headline: str) -> list[tuple[str, int | None, bool]]:
        facts = article(
            f"{headline}\n05/02/2024 09:00\nNăm 2023, UBND tỉnh Lạng Sơn đã tặng 12 Cờ thi đua, 350 Bằng khen.\n"
            "Cấp huyện đã khen thưởng 2.512 lượt tập thể, cá nhân.\nHồng Nhung\n"
        )[1]
        return [(g.award, g.count, g.approx) for g in facts.grants]

    body = [("co-thi-dua-cap-bo-tinh", 12, False), ("bang-khen-cap-bo-tinh", 350, False), ("khen-thuong", 2512, False)]
    assert grants("Năm 2023, Lạng Sơn khen thưởng hơn 2.800 lượt tập thể, cá nhân") == body
    assert grants("Lạng Sơn: gần 3.000 tập thể, cá nhân được khen thưởng trong năm 2023") == body
    # a rough count far from what the body lists tells of more than it lists
    assert grants("Năm 2023, Lạng Sơn khen thưởng hơn 9.000 lượt tập thể, cá nhân") == [*body, ("khen-thuong", 9000, True)]


def test_an_award_given_doi_voi_its_recipients_is_given_to_them():
    rows = grants_of("Chủ tịch UBND huyện tặng Giấy khen đối với 15 tập thể và 30 cá nhân.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "collective", 15), ("giay-khen", "individual", 30)]
    rows = grants_of("Chủ tịch UBND huyện tặng Giấy khen đối với ông Hoàng Văn Nam vì đã dũng cảm cứu người.")
    assert [(r[0], r[10]) for r in rows] == [("giay-khen", "Hoàng Văn Nam")]
    # the cases a council considers are no grant
    assert grants_of("Hội đồng xét tặng danh hiệu Nhà giáo ưu tú tỉnh họp xét danh hiệu Nhà giáo ưu tú đối với 19 trường hợp.") == []


def test_an_event_s_commendation_of_persons_is_no_sum_of_grants_to_collectives_beside_them():
    def grants(named: str) -> list[tuple[str, str, int | None]]:
        facts = article(
            "Huyện Văn Lãng kỷ niệm Ngày Quốc tế Phụ nữ\n09/03/2024 09:00\n"
            f"Ngày 8/3, Hội Liên hiệp Phụ nữ huyện Văn Lãng tổ chức kỷ niệm Ngày Quốc tế Phụ nữ và tuyên dương 30 {named}.\n"
            "Dịp này, Hội Liên hiệp Phụ nữ huyện tặng Giấy khen cho 10 tập thể, 20 cá nhân.\nThu Hà\n"
        )[1]
        return [(g.award, g.recipient_kind, g.count) for g in facts.grants]

    given = [("giay-khen", "collective", 10), ("giay-khen", "individual", 20)]
    # 30 women are no 10 collectives and 20 women: a commendation of its own
    assert grants("phụ nữ tiêu biểu") == [("khen-thuong", "individual", 30), *given]
    # 30 examples may be collectives too: the grants given there, summed
    assert grants("gương điển hình tiên tiến") == given


def test_a_body_s_force_as_the_subject_is_the_body_that_receives():
    for subject in ("Lực lượng Công an huyện Văn Lãng", "Lực lượng Bộ đội Biên phòng tỉnh"):
        rows = grants_of(f"{subject} được Chủ tịch UBND tỉnh tặng Bằng khen vì thành tích trong phòng, chống dịch.")
        assert [(r[0], r[1], r[2], getattr(r[10], "name", r[10])) for r in rows] == [
            (
                "bang-khen-cap-bo-tinh",
                "collective",
                1,
                subject.removeprefix("Lực lượng ") + (" Lạng Sơn" if subject.endswith("tỉnh") else ""),
            )
        ], subject
    # the word before a body's people in lower case names no body
    assert grants_of("Lực lượng chức năng được Chủ tịch UBND tỉnh tặng Bằng khen.") == []


def test_who_speaks_in_an_interview_before_a_colon_hands_no_award_over():
    rows = grants_of("Ông Hoàng Văn Quý: Năm 2023, Chủ tịch UBND tỉnh tặng Bằng khen cho 320 tập thể, 615 cá nhân.")
    assert [(r[0], r[2], r[6]) for r in rows] == [("bang-khen-cap-bo-tinh", 320, None), ("bang-khen-cap-bo-tinh", 615, None)]
    # who hands it over, named before the verb with no colon, does
    rows = grants_of("Ông Hoàng Văn Quý, Trưởng Ban Thi đua - Khen thưởng tỉnh trao Bằng khen cho 32 tập thể.")
    assert [(r[0], r[2], r[6]) for r in rows] == [("bang-khen-cap-bo-tinh", 32, "Hoàng Văn Quý")]


def test_who_speaks_in_an_interview_before_a_colon_receives_nothing_the_unit_they_speak_of_does():
    rows = grants_of("Ông Hoàng Văn Quý, Chủ tịch UBND xã Tân Mỹ: Năm 2023, xã được UBND huyện tặng Giấy khen về xây dựng nông thôn mới.")
    assert [(r[0], r[1], r[10]) for r in rows] == [("giay-khen", "collective", "xã Tân Mỹ")]
    # (in other words: a body named, a woman speaking)
    rows = grants_of("Bà Lý Thị Hoa, Hiệu trưởng: Năm học vừa qua, Trường THCS Tân Mỹ được Chủ tịch UBND tỉnh tặng Bằng khen.")
    assert [(r[0], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", "Trường THCS Tân Mỹ")]
    # negative: one who says they were given it themself, with no colon, received it
    rows = grants_of("Năm 2023, ông Hoàng Văn Quý, Chủ tịch UBND xã Tân Mỹ được UBND huyện tặng Giấy khen.")
    assert [(r[0], r[1], r[10]) for r in rows] == [("giay-khen", "individual", "Hoàng Văn Quý")]


def test_a_team_named_in_lower_case_after_its_head_receives_and_its_players_are_counted():
    rows = grants_of(
        "Phó Thủ tướng Trần Hồng Hà trao Huân chương Lao động hạng Nhì cho đội tuyển bóng đá nữ quốc gia và Huân chương Lao động hạng Ba cho 5 cầu thủ."
    )
    assert [(r[0], r[1], r[2], getattr(r[10], "name", r[10])) for r in rows] == [
        ("huan-chuong-lao-dong-hang-nhi", "collective", 1, "đội tuyển bóng đá nữ quốc gia"),
        ("huan-chuong-lao-dong-hang-ba", "individual", 5, None),
    ]
    # the team's name ends before what it won
    rows = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho đội tuyển bơi lội của tỉnh giành 5 huy chương vàng.")
    assert [getattr(r[10], "name", r[10]) for r in rows] == ["đội tuyển bơi lội của tỉnh"]
    # 'đội tuyển' before no name is none
    assert [r[10] for r in grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho đội tuyển.")] in ([], [None])


def test_a_headline_s_bare_commendation_of_a_unit_the_body_names_by_the_same_head_is_the_body_s_grant():
    def grants(headline: str) -> list[tuple[str, str | None]]:
        facts = article(
            f"{headline}\n22/05/2023 18:00\nChiều 22/5, Phó Thủ tướng Trần Hồng Hà trao Huân chương Lao động hạng Nhì cho đội "
            "tuyển bóng đá nữ quốc gia và Huân chương Lao động hạng Ba cho 5 cầu thủ.\nQuang Thắng\n"
        )[1]
        return [(g.award, g.recipient) for g in facts.grants]

    body = [("huan-chuong-lao-dong-hang-nhi", "đội tuyển bóng đá nữ quốc gia"), ("huan-chuong-lao-dong-hang-ba", None)]
    assert grants("Khen thưởng đội tuyển bóng đá nữ Việt Nam vô địch SEA Games 32") == body
    # so is its award's kind, handed over to it
    assert grants("Trao Huân chương Lao động cho đội tuyển bóng đá nữ Việt Nam") == body
    # a unit of another head is another grant
    assert grants("Khen thưởng đội tuyển bóng chuyền nữ Việt Nam") == [*body, ("khen-thuong", "đội tuyển bóng chuyền nữ Việt Nam")]
    # nor a district's body the headline names, of a district other than the body's
    facts = article(
        "Khen thưởng Công an huyện Văn Quan\n22/05/2023 18:00\nChiều 22/5, Giám đốc Công an tỉnh Lạng Sơn trao Giấy khen cho "
        "Công an huyện Văn Lãng.\nQuang Thắng\n"
    )[1]
    assert sorted(g.recipient or "" for g in facts.grants) == ["Công an huyện Văn Lãng", "Công an huyện Văn Quan"]


def test_a_bloc_s_ranking_voted_at_the_bloc_s_own_meeting_is_conferred_by_the_bloc():
    def givers(host: str, vote: str) -> list[tuple[str, str | None]]:
        facts = article(
            f"Tổng kết thi đua năm 2023\n16/01/2024 09:00\nNgày 15/1, {host} tổ chức hội nghị tổng kết công tác thi đua năm 2023.\n"
            f"{vote}\nThanh Nga\n"
        )[1]
        return [(g.award, g.conferrer.name if g.conferrer else None) for g in facts.grants if g.award.startswith("don-vi")]

    vote = "Hội nghị đã thống nhất suy tôn UBND huyện Hạ Hòa là đơn vị dẫn đầu, UBND huyện Thanh Ba là đơn vị xếp thứ nhì."
    assert givers("Cụm thi đua số 3 tỉnh Phú Thọ", vote) == [
        ("don-vi-dan-dau-khoi-thi-dua", "Cụm thi đua số 3 tỉnh Phú Thọ"),
        ("don-vi-nhi-khoi-thi-dua", "Cụm thi đua số 3 tỉnh Phú Thọ"),
    ]
    assert givers(
        "Khối thi đua các cơ quan Nội chính tỉnh Phú Thọ",
        "Các đơn vị trong Khối đã thống nhất lựa chọn Công an tỉnh là đơn vị dẫn đầu năm 2023.",
    ) == [("don-vi-dan-dau-khoi-thi-dua", "Khối thi đua các cơ quan Nội chính tỉnh Phú Thọ")]
    # at a meeting no bloc holds, the clause's giver, unsaid here, stays unsaid
    assert givers("Hội đồng Thi đua - Khen thưởng tỉnh Phú Thọ", vote) == [
        ("don-vi-dan-dau-khoi-thi-dua", None),
        ("don-vi-nhi-khoi-thi-dua", None),
    ]


def test_a_power_companys_unit_named_by_its_place_receives_what_it_is_given():
    rows = grants_of("Dịp này, Tổng công ty Điện lực miền Bắc đã tặng Cờ thi đua cho Điện lực Cao Lộc và Bằng khen cho 5 cá nhân.")
    assert [(r[0], r[2], r[5], r[10]) for r in rows] == [
        ("co-thi-dua-cap-bo-tinh", 1, "Tổng công ty Điện lực miền Bắc", "Điện lực huyện Cao Lộc"),
        ("bang-khen-cap-bo-tinh", 5, "Tổng công ty Điện lực miền Bắc", None),
    ]
    # (in other words: the unit as the subject, its district written out)
    rows = grants_of("Năm 2022, Điện lực huyện Văn Lãng được Công ty Điện lực Lạng Sơn tặng Giấy khen.")
    assert [(r[0], r[5], r[10]) for r in rows] == [("giay-khen", "Công ty Điện lực Lạng Sơn", "Điện lực huyện Văn Lãng")]
    # negative: a region's corporation is no unit of a place, and the sector's national union keeps its name
    rows = grants_of("Dịp này, Điện lực miền Bắc tặng Bằng khen cho 5 cá nhân; Công đoàn Điện lực Việt Nam tặng Bằng khen cho 2 cá nhân.")
    assert [r[5] for r in rows] == [None, "Công đoàn Điện lực Việt Nam"]


def test_an_award_told_before_also_at_the_event_was_given_there():
    def at(before: str, then: str) -> list[tuple]:
        rows = grants_of(f"{before} {then}", with_event=True)
        return [(r[0], r[8]) for r in rows]

    given = "Với những kết quả đạt được, Hội Nông dân huyện vinh dự được Trung ương Hội Nông dân Việt Nam tặng Bằng khen."
    for then in (
        "Cũng tại hội nghị, UBND huyện tặng Giấy khen cho 7 tập thể.",
        "Cũng trong dịp này, UBND huyện tặng Giấy khen cho 7 tập thể.",
        "Cũng tại buổi lễ, UBND huyện tặng Giấy khen cho 7 tập thể.",
    ):
        assert at(given, then) == [("bang-khen-cap-bo-tinh", "e1"), ("giay-khen", "e1")], then
    # negatives: a bare 'Dịp này' says nothing of the sentence before; nor does 'Cũng tại hội nghị' of one given in a
    # year of its own, or in a paragraph before
    assert at(given, "Dịp này, UBND huyện tặng Giấy khen cho 7 tập thể.") == [("bang-khen-cap-bo-tinh", None), ("giay-khen", "e1")]
    earlier = "Năm 2021, Hội Nông dân huyện được Trung ương Hội Nông dân Việt Nam tặng Bằng khen."
    assert at(earlier, "Cũng tại hội nghị, UBND huyện tặng Giấy khen cho 7 tập thể.")[0] == ("bang-khen-cap-bo-tinh", None)
    assert at(given + "\n", "Cũng tại hội nghị, UBND huyện tặng Giấy khen cho 7 tập thể.")[0] == ("bang-khen-cap-bo-tinh", None)


def test_a_second_award_named_to_its_own_recipient_after_counted_grants_is_given_to_it():
    rows = grants_of("Dịp này, UBND tỉnh tặng Bằng khen cho 9 tập thể và Cờ thi đua cho Sở Tài chính.")
    assert [(r[0], r[2], r[5], r[10]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", 9, "Ủy ban nhân dân tỉnh Lạng Sơn", None),
        ("co-thi-dua-cap-bo-tinh", 1, "Ủy ban nhân dân tỉnh Lạng Sơn", "Sở Tài chính tỉnh Lạng Sơn"),
    ]
    # (in other words: a presenter and two counts before it, a comma before it: its presenter and giver too)
    rows = grants_of(
        "Ông Lê Văn A, Chủ tịch UBND tỉnh trao Bằng khen cho 9 tập thể, 3 cá nhân, Cờ thi đua cho Trường THCS Kim Đồng.",
        with_event=True,
    )
    assert [(r[0], r[2], r[6], r[8], r[10]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", 9, "Lê Văn A", "e1", None),
        ("bang-khen-cap-bo-tinh", 3, "Lê Văn A", "e1", None),
        ("co-thi-dua-cap-bo-tinh", 1, "Lê Văn A", "e1", "Trường THCS Kim Đồng"),
    ]
    # negative: counted on both sides, one clause of counts as before
    rows = grants_of("Dịp này, UBND tỉnh tặng Bằng khen cho 9 tập thể và Cờ thi đua cho 2 tập thể.")
    assert [(r[0], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", 9), ("co-thi-dua-cap-bo-tinh", 2)]


def test_a_second_proposal_to_consider_an_award_after_and_is_a_giving_of_its_own():
    rows = grants_of(
        "Hội đồng thống nhất đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 9 tập thể và đề nghị xét tặng danh hiệu Chiến sĩ"
        " thi đua toàn quốc cho ông Lê Văn Tám, Giám đốc Sở Giao thông vận tải."
    )
    assert [(r[0], r[2], r[4], r[10]) for r in rows] == [
        ("bang-khen-thu-tuong", 9, "proposed", None),
        ("chien-si-thi-dua-toan-quoc", 1, "proposed", "Lê Văn Tám"),
    ]
    # (in other words: given, 'và xét tặng')
    rows = grants_of(
        "Dịp này, UBND tỉnh tặng Bằng khen cho 9 tập thể và xét tặng danh hiệu Chiến sĩ thi đua cấp tỉnh cho bà Hoàng Thị Lan."
    )
    assert [(r[0], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", None), ("chien-si-thi-dua-cap-bo-tinh", "Hoàng Thị Lan")]
    # negative: 'xét, tặng' of one award is one giving
    rows = grants_of("Dịp này, UBND tỉnh xét, tặng Bằng khen cho 9 tập thể.")
    assert [(r[0], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", 9)]


def test_the_agent_of_a_passive_handing_over_is_its_presenter():
    for said, count, recipient in (
        ("5 tập thể được đồng chí Hoàng Văn Nghiệm, Phó Chủ tịch UBND tỉnh trao Bằng khen của UBND tỉnh.", 5, None),
        (
            "Trường THCS Kim Đồng được đồng chí Hoàng Văn Nghiệm, Phó Chủ tịch UBND tỉnh trao Bằng khen của UBND tỉnh.",
            1,
            "Trường THCS Kim Đồng",
        ),
        ("12 tập thể vinh dự được Phó Chủ tịch UBND tỉnh Hoàng Văn Nghiệm trao Bằng khen của UBND tỉnh.", 12, None),
    ):
        rows = grants_of(said, with_event=True)
        assert [(r[0], r[2], r[5], r[6], r[8], r[10]) for r in rows] == [
            ("bang-khen-cap-bo-tinh", count, "Ủy ban nhân dân tỉnh Lạng Sơn", "Hoàng Văn Nghiệm", "e1", recipient)
        ], said
    # negatives: a person given an award of their own after a passive of the count; the State President confers by
    # decision, handing nothing over
    rows = grants_of("Dịp này, 5 tập thể được khen thưởng, ông Lý Văn Cường được tặng Bằng khen của UBND tỉnh.", with_event=True)
    assert [(r[0], r[2], r[6], r[10]) for r in rows] == [
        ("khen-thuong", 5, None, None), ("bang-khen-cap-bo-tinh", 1, None, "Lý Văn Cường")
    ]  # fmt: skip
    rows = grants_of("Năm 2023, 5 tập thể được Chủ tịch nước Võ Văn Thưởng tặng Huân chương Lao động hạng Ba.")
    assert [(r[0], r[2], r[6]) for r in rows] == [("huan-chuong-lao-dong-hang-ba", 5, None)]


def test_counts_after_a_plural_and_what_is_said_of_it_are_those_the_plural_names():
    for said in (
        "Dịp này, UBND huyện tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc, gồm 5 tập thể và 10 cá nhân.",
        "Dịp này, UBND huyện tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc bao gồm 5 tập thể và 10 cá nhân.",
        "Dịp này, UBND huyện tặng Giấy khen cho những tập thể và cá nhân tiêu biểu (5 tập thể và 10 cá nhân).",
        "Dịp này, UBND huyện tặng Giấy khen cho các tập thể, cá nhân: 5 tập thể, 10 cá nhân.",
        "Dịp này, UBND huyện tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc: 5 trường học và 10 giáo viên.",
    ):
        assert [(r[0], r[1], r[2]) for r in grants_of(said)] == [
            ("giay-khen", "collective", 5), ("giay-khen", "individual", 10)
        ], said  # fmt: skip
    rows = grants_of("Dịp này, UBND huyện tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc, với tổng số 15 tập thể, cá nhân.")
    assert [(r[1], r[2]) for r in rows] == [("mixed", 15)]
    # negative: some of them, 'trong đó', count no whole: the plural stays uncounted
    rows = grants_of("Dịp này, UBND huyện tặng Giấy khen cho các tập thể có thành tích xuất sắc, trong đó có 5 trường học.")
    assert [(r[1], r[2]) for r in rows] == [("collective", None)]


def test_a_commendation_recommended_to_a_higher_level_is_proposed():
    for said in (
        "Huyện kiến nghị cấp trên khen thưởng đột xuất cho 4 cá nhân có hành động dũng cảm.",
        "UBND huyện đã kiến nghị UBND tỉnh tặng Bằng khen cho 4 cá nhân.",
    ):
        assert [(r[2], r[4]) for r in grants_of(said)] == [(4, "proposed")], said
    # negative: the voters' recommendations a council heard give nothing, and a grant told beside them is given
    rows = grants_of("Dịp này, HĐND huyện tiếp thu các kiến nghị của cử tri; UBND huyện tặng Giấy khen cho 4 cá nhân.")
    assert [(r[2], r[4]) for r in rows] == [(4, "conferred")]


def test_a_count_described_by_what_it_did_is_followed_by_the_next_count_of_the_award():
    for said, periods in (
        ("Dịp này, UBND tỉnh tặng Bằng khen cho 5 tập thể có thành tích xuất sắc và 10 cá nhân.", [None, None]),
        ("Dịp này, UBND tỉnh tặng Bằng khen cho 5 tập thể có nhiều đóng góp và 10 cá nhân có thành tích tiêu biểu.", [None, None]),
        (
            "Dịp này, UBND tỉnh tặng Bằng khen cho 5 tập thể có thành tích xuất sắc năm 2022 và 10 cá nhân có thành tích năm 2021.",
            ["2022", "2021"],
        ),
    ):
        assert [(r[0], r[1], r[2], r[7]) for r in grants_of(said)] == [
            ("bang-khen-cap-bo-tinh", "collective", 5, periods[0]),
            ("bang-khen-cap-bo-tinh", "individual", 10, periods[1]),
        ], said
    # negative: what a count holds after 'có' is no count of its own
    rows = grants_of("Dịp này, UBND tỉnh tặng Bằng khen cho 5 tập thể có 3 năm liền đạt danh hiệu Tập thể lao động xuất sắc.")
    assert [(r[0], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", 5)]


def test_a_span_of_years_without_their_word_is_the_period_rewarded():
    for said, period in (
        ("Dịp này, UBND tỉnh tặng Bằng khen cho 5 tập thể hoàn thành xuất sắc nhiệm vụ 3 năm liên tục từ 2019 đến 2021.", "2019-2021"),
        ("Dịp này, UBND tỉnh tặng Bằng khen cho 5 tập thể vì thành tích trong 10 năm thực hiện Nghị quyết số 26 (2011-2021).", "2011-2021"),
    ):
        assert [r[7] for r in grants_of(said)] == [period], said
    # negative: the years since a founding day are no achievement's
    rows = grants_of("Dịp này, nhân 75 năm Ngày thành lập Đảng bộ (1947-2022), UBND tỉnh tặng Bằng khen cho 5 tập thể.")
    assert [r[7] for r in rows] == [None]


def test_a_count_that_names_its_recipients_is_followed_by_the_next_count_of_the_award():
    for said in (
        "Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 3 tập thể: Đồn Biên phòng Chi Ma, Trạm Kiểm soát Biên phòng "
        "Cửa khẩu Tân Thanh, Ban Chỉ huy Quân sự xã Tân Mỹ và 7 cá nhân.",
        "Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 2 tập thể (Trường THCS Tân Mỹ, Trường Tiểu học Tân Lập) và 7 cá nhân.",
    ):
        rows = grants_of(said)
        assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "collective", rows[0][2]), ("giay-khen", "individual", 7)], said
    # negative: a colon that opens a list of counts of their own leaves each its own
    rows = grants_of("Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho: 3 tập thể; 7 cá nhân.")
    assert [(r[1], r[2]) for r in rows] == [("collective", 3), ("individual", 7)]


def test_a_team_in_lower_case_named_by_what_it_does_and_its_place_is_one_recipient():
    for team in ("đội thi xã Tân Mỹ", "đội tuyên truyền ca khúc cách mạng thôn Nà Pàn", "câu lạc bộ dân ca thị trấn Na Sầm"):
        rows = grants_of(f"Dịp này, Huyện đoàn trao Giấy khen cho {team}.")
        assert [(r[0], r[1], r[2], r[10]) for r in rows] == [("giay-khen", "collective", 1, team)], team
    # negatives: teams as a plural, and people by their place, stay uncounted
    assert [(r[2], r[10]) for r in grants_of("Dịp này, Huyện đoàn trao Giấy khen cho các đội thi xã Tân Mỹ.")] == [(None, None)]
    assert [(r[1], r[2]) for r in grants_of("Dịp này, UBND huyện trao Giấy khen cho học sinh xã Tân Mỹ.")] == [("individual", None)]


def test_the_breakdown_of_a_proposed_total_is_proposed():
    proposed = (
        "Năm 2022, UBND huyện đã trình cấp trên khen thưởng cho 6 tập thể, 4 cá nhân. Trong đó: Bằng khen của Thủ tướng "
        "Chính phủ: 2 tập thể; Bằng khen của Chủ tịch UBND tỉnh: 4 tập thể, 4 cá nhân."
    )
    assert [(r[0], r[2], r[4]) for r in grants_of(proposed)] == [
        ("bang-khen-thu-tuong", 2, "proposed"), ("bang-khen-cap-bo-tinh", 4, "proposed"), ("bang-khen-cap-bo-tinh", 4, "proposed")
    ]  # fmt: skip
    # negative: the breakdown of a total given is given
    given = "Năm 2022, UBND huyện đã khen thưởng cho 6 tập thể. Trong đó: Giấy khen: 4 tập thể; Cờ thi đua: 2 tập thể."
    assert {r[4] for r in grants_of(given)} == {"conferred"}


def test_a_commendation_of_bodies_and_people_listed_after_it_counts_each_kind():
    head = (
        "Chủ tịch UBND huyện Văn Lãng đã ký Quyết định khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong công tác "
        "phòng, chống bão số 3, gồm:\n"
    )
    items = "- Công an xã Tân Mỹ;\n- Ban Chỉ huy Quân sự xã Tân Lập;\n- Ông Hoàng Văn Nam, Chủ tịch UBND xã Tân Mỹ;\n- Bà Lý Thị Hoa, thôn Nà Pàn.\n"
    rows = grants_of(head + items)
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [
        ("khen-thuong", "collective", 2, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
        ("khen-thuong", "individual", 2, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
    ]
    # (in other words: sections numbered in Roman, each counting its items)
    sections = (
        "I. TẬP THỂ (02 tập thể)\n1. Công an xã Tân Mỹ;\n2. Ban Chỉ huy Quân sự xã Tân Lập.\n"
        "II. CÁ NHÂN (03 cá nhân)\n1. Ông Hoàng Văn Nam;\n2. Bà Lý Thị Hoa;\n3. Anh Nông Văn Bình.\n"
    )
    rows = grants_of(head + sections)
    assert [(r[1], r[2]) for r in rows] == [("collective", 2), ("individual", 3)]
    # negative: people alone are one grant, of people
    rows = grants_of(head + "- Ông Hoàng Văn Nam, Chủ tịch UBND xã Tân Mỹ;\n- Bà Lý Thị Hoa, thôn Nà Pàn.\n")
    assert [(r[1], r[2]) for r in rows] == [("individual", 2)]


def test_a_count_that_names_its_people_before_its_passive_receives_the_award():
    for said, count in (
        ("Hai em Hoàng Văn Tâm và Lý Văn Bình được UBND huyện tặng Giấy khen.", 2),
        ("Ba chiến sĩ Hoàng Văn Tâm, Lý Văn Bình và Nông Văn Hải được UBND huyện tặng Giấy khen.", 3),
    ):
        rows = grants_of(f"Năm 2022, {said[0].lower()}{said[1:]}")
        assert [(r[0], r[1], r[2], r[5]) for r in rows] == [("giay-khen", "individual", count, "Ủy ban nhân dân huyện Văn Lãng")], said
    # negative: a person the passive names as its agent, after 'được', gives: the count is its own, the agent no recipient
    rows = grants_of("Năm 2022, hai em được ông Hoàng Văn Tâm, Chủ tịch UBND huyện trao Giấy khen.")
    assert [(r[0], r[2], r[6], r[10]) for r in rows] == [("giay-khen", 2, "Hoàng Văn Tâm", None)]


def test_an_award_an_emulation_council_considers_is_proposed_not_conferred_by_it():
    for said in (
        "Hội đồng Thi đua - Khen thưởng huyện đã họp, xét tặng danh hiệu Chiến sĩ thi đua cơ sở cho ông Lê Văn Tám.",
        "Hội đồng Thi đua - Khen thưởng huyện đã bình xét tặng Giấy khen cho 15 tập thể.",
        # (or agrees on, at its meeting)
        "Hội đồng Thi đua - Khen thưởng huyện thống nhất công nhận danh hiệu Tập thể lao động tiên tiến cho 45 tập thể.",
        "Hội đồng Thi đua - Khen thưởng huyện đã thống nhất, tặng Giấy khen cho 15 tập thể.",
    ):
        assert [(r[4], r[5]) for r in grants_of(said)] == [("proposed", None)], said
    # negatives: the chair who confers considers and gives; a ranking the council votes is its own
    rows = grants_of("Năm 2022, Chủ tịch UBND huyện đã xét tặng Giấy khen cho 15 tập thể.")
    assert [(r[4], r[5]) for r in rows] == [("conferred", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng")]
    rows = grants_of("Năm 2022, UBND huyện đã thống nhất công nhận danh hiệu Tập thể lao động tiên tiến cho 45 tập thể.")
    assert [(r[4], r[5]) for r in rows] == [("conferred", "Ủy ban nhân dân huyện Văn Lãng")]
    rows = grants_of("Hội đồng Thi đua - Khen thưởng huyện đã bình xét, suy tôn xã Tân Mỹ là đơn vị dẫn đầu khối thi đua.", with_event=True)
    assert [(r[0], r[4]) for r in rows] == [("don-vi-dan-dau-khoi-thi-dua", "conferred")]


def test_a_title_those_an_event_presents_to_had_attained_is_not_presented_there():
    facts = article(
        HEAD + "Ngày 19/12, UBND xã Tân Mỹ tổ chức trao Giấy khen cho 45 hộ gia đình đạt danh hiệu Gia đình văn hóa tiêu biểu 3 "
        "năm liền. Năm 2023, toàn xã có 2.150 hộ đạt danh hiệu Gia đình văn hóa.\nTrần Thu Hương\n"
    )[1]
    assert sorted((g.award, g.count, g.event) for g in facts.grants) == [("gia-dinh-van-hoa", 2150, None), ("giay-khen", 45, "e1")]
    # negative: a title the event's name presents is given there
    facts = article(
        HEAD + "Ngày 19/12, UBND xã Tân Mỹ tổ chức lễ công nhận danh hiệu Gia đình văn hóa. Năm 2023, toàn xã có 2.150 hộ đạt "
        "danh hiệu Gia đình văn hóa.\nTrần Thu Hương\n"
    )[1]
    assert [(g.award, g.count, g.event) for g in facts.grants] == [("gia-dinh-van-hoa", 2150, "e1")]


def test_a_giving_on_a_day_of_its_own_after_grants_given_at_the_meeting_is_not_given_there():
    # (its month in words too: 'Ngày 15 tháng 1', 'Tối 14 tháng 1 năm 2024')
    for lead, day in (("Tối 14/1", 14), ("Đêm 14/1", 14), ("Ngày 15/1", 15), ("Ngày 15 tháng 1", 15), ("Tối 14 tháng 1 năm 2024", 14)):
        facts = article(
            "Tổng kết công tác năm\n16/01/2024 09:00\nSáng 12/1, UBND huyện Văn Lãng tổ chức Hội nghị tổng kết công tác năm "
            f"2023. Chủ tịch UBND huyện tặng Giấy khen cho 20 tập thể. {lead}, Chủ tịch UBND huyện Văn Lãng đã trao Giấy khen "
            "cho 5 cá nhân.\nTrần Thu Hương\n"
        )[1]
        assert [(g.count, g.event, g.date.day) for g in facts.grants] == [(20, "e1", 12), (5, None, day)], lead
    # negative: the same day's evening goes on at it
    facts = article(
        "Tổng kết công tác năm\n16/01/2024 09:00\nSáng 12/1, UBND huyện Văn Lãng tổ chức Hội nghị tổng kết công tác năm 2023. "
        "Chủ tịch UBND huyện tặng Giấy khen cho 20 tập thể. Tối 12/1, Chủ tịch UBND huyện đã trao Giấy khen cho 5 cá nhân.\n"
        "Trần Thu Hương\n"
    )[1]
    assert [(g.count, g.event) for g in facts.grants] == [(20, "e1"), (5, "e1")]
    facts = article(
        "Tổng kết công tác năm\n16/01/2024 09:00\nSáng 12/1, UBND huyện Văn Lãng tổ chức Hội nghị tổng kết công tác năm 2023. "
        "Chủ tịch UBND huyện tặng Giấy khen cho 20 tập thể. Tối 12 tháng 1, Chủ tịch UBND huyện đã trao Giấy khen cho 5 cá nhân.\n"
        "Trần Thu Hương\n"
    )[1]
    assert [(g.count, g.event) for g in facts.grants] == [(20, "e1"), (5, "e1")]


def test_a_proposed_total_its_results_add_up_to_in_the_next_sentence_is_no_grant_of_its_own():
    results = "Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 01 tập thể; Chủ tịch UBND tỉnh tặng Bằng khen cho 7 tập thể, 9 cá nhân."
    for told in (
        f"Năm 2023, huyện đã đề nghị cấp trên khen thưởng cho 8 tập thể, 9 cá nhân. Kết quả: {results}",
        f"Năm 2023, huyện trình cấp trên khen thưởng 8 tập thể và 9 cá nhân. Kết quả, {results}",
    ):
        assert "khen-thuong" not in [r[0] for r in grants_of(told)], told
    # negative: results that do not add up to it leave the proposal told
    rows = grants_of(f"Năm 2023, huyện đã đề nghị cấp trên khen thưởng cho 20 tập thể, 9 cá nhân. Kết quả: {results}")
    assert ("khen-thuong", "collective", 20) in short(rows)


def test_a_unit_receiving_in_turn_after_a_comma_is_a_clause_of_its_own():
    for told, second in (
        ("Ngoài ra, xã Tân Mỹ được UBND tỉnh tặng Cờ thi đua, xã Tân Thanh được tặng Bằng khen.", "xã Tân Thanh"),
        ("Trường THCS Tân Mỹ được tặng Cờ thi đua, Trường THCS Tân Thanh vinh dự nhận Bằng khen.", "Trường THCS Tân Thanh"),
    ):
        rows = grants_of(told)
        assert [(r[0], r[10]) for r in rows][1:] == [("bang-khen-cap-bo-tinh", second)], told
    # negative: units listed as recipients after a comma are one list
    rows = grants_of("UBND huyện tặng Giấy khen cho xã Tân Mỹ, xã Tân Thanh và 5 cá nhân.")
    assert short(rows) == [("giay-khen", "collective", 2), ("giay-khen", "individual", 5)]


def test_an_association_by_its_level_word_is_the_article_s_association_at_that_level():
    rows = grants_of(
        "Ngày 27/12, Hội Nông dân huyện Văn Lãng tổ chức tổng kết công tác Hội năm 2022. Dịp này, Tỉnh Hội tặng Bằng khen "
        "cho 5 tập thể; Huyện Hội tặng Giấy khen cho 14 cá nhân; Trung ương Hội tặng Bằng khen cho 2 tập thể."
    )
    assert [(r[0], r[2], r[5]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", 5, "Hội Nông dân tỉnh Lạng Sơn"),
        ("giay-khen", 14, "Hội Nông dân huyện Văn Lãng"),
        ("bang-khen-cap-bo-tinh", 2, "Trung ương Hội Nông dân Việt Nam"),
    ]
    # another wording: the women's union, by its abbreviation
    rows = grants_of("Hội LHPN huyện Văn Lãng tổng kết năm 2022. Tỉnh Hội đã tặng Bằng khen cho 3 cá nhân.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("bang-khen-cap-bo-tinh", 3, "Hội Liên hiệp Phụ nữ tỉnh Lạng Sơn")]
    # its standing or executive committee ('Ban Thường vụ Tỉnh Hội', 'BCH Huyện Hội'): that organ of the association
    rows = grants_of(
        "Hội Nông dân huyện Văn Lãng tổ chức Đại hội. Ban Thường vụ Tỉnh Hội tặng Bằng khen cho 2 tập thể; BCH Huyện Hội "
        "tặng Giấy khen cho 5 cá nhân."
    )
    assert [(r[0], r[2], r[5]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", 2, "Ban Thường vụ Hội Nông dân tỉnh Lạng Sơn"),
        ("giay-khen", 5, "Ban Chấp hành Hội Nông dân huyện Văn Lãng"),
    ]
    # negative: two associations named leave 'Tỉnh Hội' open (not the province's People's Committee)
    rows = grants_of("Hội Nông dân và Hội Cựu chiến binh huyện Văn Lãng phối hợp tổng kết năm 2022. Tỉnh Hội tặng Bằng khen cho 5 tập thể.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("bang-khen-cap-bo-tinh", 5, None)]
    # its level word after it ('Hội tỉnh', 'Ban Thường vụ Hội huyện'), an association the law does not list by name too
    rows = grants_of(
        "Hội Nạn nhân chất độc da cam/dioxin huyện Văn Lãng tổng kết năm 2022. Hội tỉnh tặng Bằng khen cho 2 tập thể; "
        "Ban Thường vụ Hội huyện tặng Giấy khen cho 5 cá nhân."
    )
    assert [(r[0], r[2], r[5]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", 2, "Hội Nạn nhân chất độc da cam/dioxin tỉnh Lạng Sơn"),
        ("giay-khen", 5, "Ban Thường vụ Hội Nạn nhân chất độc da cam/dioxin huyện Văn Lãng"),
    ]
    rows = grants_of("Hội Nông dân và Hội Cựu chiến binh huyện Văn Lãng phối hợp tổng kết năm 2022. Hội tỉnh tặng Bằng khen cho 5 tập thể.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("bang-khen-cap-bo-tinh", 5, None)]


def test_recipients_told_again_by_their_kinds_name_the_award_of_a_commendation_counted_both_ways():
    rows = grants_of(
        "Ngày 8/7, Chủ tịch UBND huyện Văn Lãng ký quyết định khen thưởng đột xuất cho 2 tập thể và 4 cá nhân. "
        "Các tập thể, cá nhân được tặng Giấy khen vì đã có thành tích xuất sắc trong cứu nạn."
    )
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "collective", 2), ("giay-khen", "individual", 4)]
    # another wording: 'và' between the kinds, the reason by 'do có'
    rows = grants_of(
        "UBND huyện Văn Lãng khen thưởng 3 tập thể, 5 cá nhân. Các tập thể và cá nhân trên được tặng Giấy khen do có thành tích."
    )
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", 3), ("giay-khen", 5)]
    # negative: a verb of their own after the award makes them the subject of another clause, not a telling of it
    rows = grants_of("UBND huyện Văn Lãng khen thưởng 3 tập thể, 5 cá nhân. Các tập thể, cá nhân được tặng Giấy khen đã phát biểu cảm ơn.")
    assert [(r[0], r[2]) for r in rows] == [("khen-thuong", 3), ("khen-thuong", 5)]


def test_an_award_told_by_another_giver_does_not_name_a_counted_commendation():
    rows = grants_of(
        "Ngày 8/7, Chủ tịch UBND huyện Văn Lãng ký quyết định khen thưởng đột xuất cho 2 tập thể và 4 cá nhân. "
        "Trước đó, Trưởng Công an huyện cũng đã tặng Giấy khen cho các đơn vị tham gia."
    )
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [
        ("khen-thuong", "collective", 2, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
        ("khen-thuong", "individual", 4, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
        ("giay-khen", "collective", None, "Trưởng Công an huyện Văn Lãng"),
    ]
    # negative: the office's own body telling its award is the same giver ('UBND huyện' for its chair)
    rows = grants_of("Chủ tịch UBND huyện Văn Lãng khen thưởng 2 tập thể và 4 cá nhân. UBND huyện tặng Giấy khen cho các tập thể.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "collective", 2), ("khen-thuong", "individual", 4)]


def test_a_headline_s_title_that_names_the_body_s_counted_recipients_is_not_another_grant():
    def told(headline: str, body: str) -> list[tuple[str, int | None]]:
        facts = article(f"{headline}\n20/01/2023 09:00\n{body}\nTrần Thu Hương\n")[1]
        return [(g.award, g.count) for g in facts.grants]

    body = "Chiều 27/6, UBND huyện Văn Lãng gặp mặt các gia đình. UBND huyện đã tặng Giấy khen cho 45 gia đình văn hóa tiêu biểu."
    assert told('Văn Lãng: 45 gia đình được công nhận "Gia đình văn hóa tiêu biểu"', body) == [("giay-khen", 45)]
    # another wording: emulation fighters, given certificates
    body = "Ngày 5/1, Sở Y tế tỉnh Lạng Sơn tặng Bằng khen cho 20 Chiến sĩ thi đua cơ sở có thành tích tiêu biểu."
    assert told("20 cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở", body) == [("bang-khen-cap-bo-tinh", 20)]
    # negative: recipients not called by the title are given both, the title and the certificate
    body = "Chiều 27/6, UBND huyện Văn Lãng gặp mặt các gia đình. UBND huyện đã tặng Giấy khen cho 45 hộ có thành tích."
    assert told('Văn Lãng: 45 gia đình được công nhận "Gia đình văn hóa"', body) == [("giay-khen", 45), ("gia-dinh-van-hoa", 45)]


def test_a_total_s_word_before_a_count_leaves_it_the_grant_s_count():
    rows = grants_of("UBND huyện Văn Lãng đã khen thưởng tổng cộng 156 lượt tập thể, cá nhân.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("khen-thuong", "mixed", 156)]
    # another wording: 'cho tổng số', an award named
    rows = grants_of("UBND huyện Văn Lãng tặng Giấy khen cho tổng số 56 tập thể và 100 cá nhân.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "collective", 56), ("giay-khen", "individual", 100)]
    # negative: a total of money is no count of recipients
    assert grants_of("UBND huyện Văn Lãng tặng quà với tổng số tiền 156 triệu đồng.") == []


def test_an_award_given_to_a_list_that_names_its_recipients_counts_them_by_kind():
    def told(body: str) -> list[tuple]:
        facts = article(f"Quyết định khen thưởng\n15/10/2023 09:00\n{body}\nVăn phòng UBND tỉnh\n")[1]
        return [(g.award, g.recipient_kind, g.count, g.recipient, _label(g.conferrer), g.period) for g in facts.grants]

    items = "- Trường THPT chuyên Lương Văn Tụy;\n- Bệnh viện Đa khoa tỉnh Ninh Bình;\n- Bà Phạm Thị Mai, Giám đốc Sở Tài chính."
    assert told(f"Ngày 12/10/2023, Chủ tịch nước đã ký Quyết định tặng thưởng Huân chương Lao động hạng Ba cho:\n{items}") == [
        ("huan-chuong-lao-dong-hang-ba", "collective", 2, None, "Chủ tịch nước", None),
        ("huan-chuong-lao-dong-hang-ba", "individual", 1, "Phạm Thị Mai", "Chủ tịch nước", None),
    ]
    # another wording: numbered headings under the decision's 'cụ thể:', each its award's list; then what they achieved
    found = told(
        "Ngày 12/10/2023, Chủ tịch nước đã ký Quyết định tặng thưởng Huân chương Lao động cho các tập thể, cá nhân, cụ thể:\n"
        "1. Huân chương Lao động hạng Nhì cho:\n- Sở Giáo dục và Đào tạo tỉnh Ninh Bình;\n- Ông Đinh Văn Hùng, Phó Chủ tịch UBND tỉnh.\n"
        f"2. Huân chương Lao động hạng Ba cho:\n{items}\n"
        "Các tập thể, cá nhân đã có thành tích xuất sắc trong công tác từ năm 2018 đến năm 2022."
    )
    assert [(a, k, n, p) for a, k, n, _, _, p in found] == [
        ("huan-chuong-lao-dong-hang-nhi", "collective", 1, "2018-2022"),
        ("huan-chuong-lao-dong-hang-nhi", "individual", 1, "2018-2022"),
        ("huan-chuong-lao-dong-hang-ba", "collective", 2, "2018-2022"),
        ("huan-chuong-lao-dong-hang-ba", "individual", 1, "2018-2022"),
    ]
    # negative: items that count are the grants, not the heading's list of no one
    found = told("Tại buổi lễ, Hiệu trưởng Trường THCS Kim Đồng trao Giấy khen cho:\n- 15 học sinh xuất sắc;\n- 8 giáo viên dạy giỏi.")
    assert [(a, k, n) for a, k, n, *_ in found] == [("giay-khen", "individual", 15), ("giay-khen", "individual", 8)]
    # nor does a sentence after them that says something else about them give a period
    found = told("Ngày 12/10, Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể. Các tập thể đã phát biểu cảm ơn trong năm 2023.")
    assert [p for *_, p in found] == [None]


def test_a_headline_s_one_named_recipient_of_an_award_the_body_counts_to_several_is_one_of_them():
    def told(headline: str, body: str) -> list[tuple[str, int | None]]:
        facts = article(f"{headline}\n15/01/2024 09:00\nNgày 14/1, UBND huyện Văn Lãng tổ chức hội nghị tổng kết.\n{body}\nThu Hà\n")[1]
        return [(g.award, g.count) for g in facts.grants]

    body = "Tại hội nghị, UBND tỉnh tặng Cờ thi đua cho 3 xã có thành tích xuất sắc."
    assert told("Xã Tân Mỹ nhận Cờ thi đua của UBND tỉnh", body) == [("co-thi-dua-cap-bo-tinh", 3)]
    # another wording: a person among the individuals counted
    body = "Tại hội nghị, Chủ tịch UBND tỉnh tặng Bằng khen cho 5 cá nhân."
    assert told("Ông Hoàng Văn Tùng nhận Bằng khen của Chủ tịch UBND tỉnh", body) == [("bang-khen-cap-bo-tinh", 5)]
    # and a title attained, counted by two nouns joined ('3 xã, thị trấn'), the headline's unit by the second
    body = "Năm 2023, huyện có 3 xã, thị trấn đạt danh hiệu Đơn vị tiên tiến."
    assert told("Thị trấn Na Sầm đạt danh hiệu Đơn vị tiên tiến", body) == [("don-vi-tien-tien", 3)]
    # negative: another award, or recipients of another noun, are another grant
    body = "Tại hội nghị, UBND tỉnh tặng Cờ thi đua cho 3 trường học."
    assert told("Xã Tân Mỹ nhận Cờ thi đua của UBND tỉnh", body) == [("co-thi-dua-cap-bo-tinh", 3), ("co-thi-dua-cap-bo-tinh", 1)]
    body = "Tại hội nghị, UBND tỉnh tặng Bằng khen cho 3 xã."
    assert told("Xã Tân Mỹ nhận Cờ thi đua của UBND tỉnh", body) == [("bang-khen-cap-bo-tinh", 3), ("co-thi-dua-cap-bo-tinh", 1)]


def test_a_medal_of_the_state_president_is_a_state_medal_not_a_body_s_own():
    rows = grants_of(
        "Ngày 19/8, Công an tỉnh tổ chức Lễ trao Huân chương, Huy chương của Chủ tịch nước cho các tập thể, cá nhân. Tại buổi "
        "lễ, Công an tỉnh đã trao Huân chương Chiến công hạng Ba cho 4 cá nhân; Huy chương Chiến sĩ vẻ vang hạng Nhất cho 15 "
        "đồng chí."
    )
    assert [(r[0], r[2]) for r in rows] == [("huan-chuong-chien-cong-hang-ba", 4), ("huy-chuong-chien-si-ve-vang-hang-nhat", 15)]
    # another wording: a medal of the President's counted bare is the state's generic medal
    rows = grants_of("Chủ tịch nước tặng Huy chương cho 5 cá nhân.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("huy-chuong", 5, "Chủ tịch nước")]
    # negative: a central body's own medal stays its commemorative medal
    rows = grants_of("Trung ương Đoàn tặng Huy chương Vì thế hệ trẻ cho 3 cá nhân.")
    assert [(r[0], r[2]) for r in rows] == [("ky-niem-chuong", 3)]


def test_items_labelled_by_the_kind_they_name_are_the_heading_s_award_to_them():
    def told(body: str) -> list[tuple]:
        facts = article(f"Danh sách khen thưởng\n15/10/2023 09:00\n{body}\nThu Hà\n")[1]
        return [(g.award, g.recipient_kind, g.count) for g in facts.grants]

    assert told(
        "Ngày 14/10, UBND huyện Văn Lãng tổ chức hội nghị tổng kết. Danh sách được tặng Giấy khen:\n"
        "Tập thể: Trường THCS Tân Mỹ, Trạm Y tế xã Tân Mỹ.\nCá nhân: ông Hoàng Văn Tùng, bà Lý Thị Hà."
    ) == [("giay-khen", "collective", 2), ("giay-khen", "individual", 2)]
    # another wording: the count in brackets after the label, a flag of the province's
    assert told("Ngày 14/10, UBND tỉnh Lạng Sơn tặng Cờ thi đua như sau:\nTập thể (02): UBND xã Tân Mỹ, UBND xã Tân Thanh.") == [
        ("co-thi-dua-cap-bo-tinh", "collective", 2)
    ]
    # negative: a labelled line that counts is read as a count, not as names
    assert told("Ngày 14/10, UBND huyện Văn Lãng tặng Giấy khen như sau:\nTập thể: 12 đơn vị.\nCá nhân: 30 người.") == [
        ("giay-khen", "collective", 12), ("giay-khen", "individual", 30)
    ]  # fmt: skip


def test_a_share_of_a_plural_subject_commended_told_by_co_and_what_they_are_is_no_list_of_them():
    assert grants_of("Các em được tuyên dương năm nay có 12 em đạt giải học sinh giỏi cấp quốc gia.") == []
    assert grants_of("Những hộ được tặng Giấy khen đợt này có 7 hộ là đồng bào Khmer.") == []
    assert grants_of("Các cá nhân được tặng Bằng khen lần này có 5 người thuộc lực lượng công an xã.") == []
    # negative: the members counted alone, or listed by 'gồm' with what they are, are those commended
    rows = grants_of("Những người được tuyên dương năm nay có 20 thanh niên và 5 đảng viên trẻ.")
    assert short(rows) == [("khen-thuong", "individual", 20), ("khen-thuong", "individual", 5)]
    rows = grants_of("Các hộ được tặng Giấy khen lần này gồm 7 hộ là đồng bào Khmer.")
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", 7)]


def test_a_clause_going_on_with_a_title_by_its_word_then_cho_is_given_by_the_office_before():
    said = (
        "Đề nghị Chủ tịch UBND huyện công nhận danh hiệu Tập thể lao động tiên tiến cho 96 tập thể; danh hiệu Chiến sĩ "
        "thi đua cơ sở cho 132 cá nhân."
    )
    assert [(r[0], r[4], r[5]) for r in grants_of(said)] == [
        ("tap-the-lao-dong-tien-tien", "proposed", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
        ("chien-si-thi-dua-co-so", "proposed", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
    ]
    said = "Giám đốc Sở Nội vụ tặng Giấy khen cho 12 tập thể; danh hiệu “Lao động tiên tiến” cho 40 cá nhân."
    assert [r[5] for r in grants_of(said)] == ["Giám đốc Sở Nội vụ tỉnh Lạng Sơn"] * 2
    # negative: a clause with a giver of its own before the title is given by it
    said = (
        "Chủ tịch UBND huyện tặng Giấy khen cho 12 tập thể; Giám đốc Sở Nội vụ công nhận danh hiệu Chiến sĩ thi đua cơ sở cho 40 cá nhân."
    )
    assert [r[5] for r in grants_of(said)] == ["Chủ tịch Ủy ban nhân dân huyện Văn Lãng", "Giám đốc Sở Nội vụ tỉnh Lạng Sơn"]


def test_what_was_done_next_where_the_story_is_was_given_at_the_event_told_before():
    def events(said: str) -> list[str | None]:
        return [r[8] for r in grants_of(said, with_event=True)]

    assert events("Tiếp đó, Chủ tịch UBND huyện đã tặng Giấy khen cho 15 tập thể và 20 cá nhân.") == ["e1", "e1"]
    assert events("Tiếp theo chương trình, Ban Thường vụ Huyện đoàn tặng Giấy khen cho 12 đoàn viên.") == ["e1"]
    # negative: a time of its own after it, or a time before the event, is no moment of the event
    assert events("Tiếp đó, năm 2019, ông Nguyễn Văn Nam được Chủ tịch UBND tỉnh tặng Bằng khen.") == [None]
    assert events("Trước đó, Chủ tịch UBND huyện đã tặng Giấy khen cho 15 tập thể.") == [None]


def test_people_named_then_counted_as_many_after_a_comma_are_that_count():
    said = "UBND huyện tặng Giấy khen cho ông Hoàng Văn Nam và bà Lý Thị Hoa, hai hộ gia đình đã hiến đất làm đường."
    assert short(grants_of(said)) == [("giay-khen", "collective", 2)]
    said = "UBND huyện tặng Giấy khen cho anh Hoàng Văn Nam và anh Lý Văn Hòa, hai thanh niên đã dũng cảm cứu người."
    assert short(grants_of(said)) == [("giay-khen", "individual", 2)]
    # negative: counts of others after a comma are recipients of their own
    said = "UBND huyện tặng Giấy khen cho ông Hoàng Văn Nam, 2 tập thể và 10 cá nhân."
    assert short(grants_of(said)) == [("giay-khen", "individual", 1), ("giay-khen", "collective", 2), ("giay-khen", "individual", 10)]


def test_the_youth_union_s_badges_are_its_central_committee_s_whoever_hands_them_over():
    said = "Tỉnh đoàn Lạng Sơn đã truy tặng Huy hiệu “Tuổi trẻ dũng cảm” cho anh Hoàng Văn Nam."
    assert [(r[0], r[5]) for r in grants_of(said)] == [("huy-hieu", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")]
    said = "Dịp này, 12 đoàn viên được Huyện đoàn tặng Huy hiệu Tuổi trẻ sáng tạo."
    assert [(r[0], r[5]) for r in grants_of(said)] == [("huy-hieu", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")]
    # negative: a badge of no central body's name keeps the giver the sentence names
    said = "Huyện đoàn tặng Huy hiệu “Đoàn viên tiêu biểu” cho 12 đoàn viên."
    assert [(r[0], r[5]) for r in grants_of(said)] == [("huy-hieu", "Huyện đoàn Văn Lãng")]


def test_freshmen_are_counted_as_individuals_given_an_award():
    rows = grants_of("Hội Khuyến học huyện đã trao giấy khen và phần thưởng cho 85 tân sinh viên đỗ đại học.")
    assert short(rows) == [("giay-khen", "individual", 85)]
    # negative: freshmen counted as enrolled are given nothing
    assert grants_of("Năm nay trường đón 850 tân sinh viên nhập học.") == []


def test_speakers_artists_and_healers_are_counted_as_individuals_given_an_award():
    rows = grants_of("Ban Tuyên giáo Tỉnh ủy tặng Giấy khen cho 12 báo cáo viên xuất sắc và 5 lương y.")
    assert short(rows) == [("giay-khen", "individual", 12), ("giay-khen", "individual", 5)]
    # negative: speakers counted as attending are given nothing
    assert grants_of("Hội nghị có 120 báo cáo viên tham dự.") == []


def test_a_caption_handing_over_one_authority_s_award_presents_its_grants_not_another_giver_s():
    facts = article(
        "Hội LHPN tỉnh tổng kết năm 2023\n10/01/2024 16:00\n"
        "Đồng chí Lê Thị Hạnh, Phó Bí thư Thường trực Tỉnh ủy trao Bằng khen của UBND tỉnh cho các tập thể. Ảnh: Thu Hà\n"
        "Sáng 10/1, Hội Liên hiệp Phụ nữ tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác Hội năm 2023.\n"
        "Tại hội nghị, Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể; Trung ương Hội LHPN Việt Nam tặng Bằng khen cho 2 tập thể.\n"
        "Thu Hà\n"
    )[1]
    assert [(g.count, g.presenter) for g in counted_once(facts.grants)] == [(5, "Lê Thị Hạnh"), (2, None)]


def test_establishments_counted_by_their_word_alone_are_collectives():
    rows = grants_of("UBND huyện tặng Giấy khen cho 7 cơ sở sản xuất, kinh doanh tiêu biểu và 3 cơ sở thờ tự.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "collective", 7), ("giay-khen", "collective", 3)]
    # negative: the grassroots' word in a title counts no one
    rows = grants_of("UBND huyện công nhận danh hiệu Chiến sĩ thi đua cơ sở cho 12 cá nhân ở cơ sở.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("chien-si-thi-dua-co-so", "individual", 12)]


def test_a_list_of_bodies_goes_on_after_and_to_a_unit_and_to_people():
    def given(said: str) -> list[tuple[str, int | None, str | None]]:
        return [(r[1], r[2], r[10]) for r in grants_of(said)]

    # a unit after 'và' is listed, not where the body before it is; and one of its level after a comma is so too
    assert given("UBND huyện tặng Giấy khen cho Trường THCS Tân An và xã Hội Hoan.") == [("collective", 2, None)]
    assert given("UBND huyện tặng Giấy khen cho Trường THCS Tân An, xã Tân Mỹ và xã Hội Hoan.") == [("collective", 3, None)]
    # the people named after the bodies receive it too
    said = "UBND huyện tặng Giấy khen cho Trường THCS Tân An, Trường THCS Na Sầm và ông Lò Văn Cường."
    assert given(said) == [("collective", 2, None), ("individual", 1, "Lò Văn Cường")]
    # negative: a commune after a comma alone is where the school is; a district after a commune is the commune's
    assert given("UBND huyện tặng Giấy khen cho Trường THCS Tân An, xã Tân Mỹ.") == [("collective", 1, "Trường THCS Tân An")]
    said = "UBND tỉnh tặng Bằng khen cho xã Tân Mỹ, huyện Văn Lãng và xã Hội Hoan, huyện Văn Lãng."
    assert given(said) == [("collective", 2, None)]


def test_a_second_list_its_plural_s_kind_opens_is_given_the_award_of_the_first():
    def given(said: str) -> list[tuple[str, str, int | None, str | None]]:
        return [(r[0], r[1], r[2], r[5]) for r in grants_of(said)]

    lists = "các tập thể: Trường THCS Tân An, Trường THCS Na Sầm{} các cá nhân: ông Lò Văn Cường, bà Vi Thị Dung."
    for joint in (";", " và"):
        assert given("UBND huyện tặng Giấy khen cho " + lists.format(joint)) == [
            ("giay-khen", "collective", 2, "Ủy ban nhân dân huyện Văn Lãng"),
            ("giay-khen", "individual", 2, "Ủy ban nhân dân huyện Văn Lãng"),
        ], joint
    said = "Chủ tịch UBND tỉnh tặng Bằng khen cho các cá nhân: ông Lò Văn Cường, bà Vi Thị Dung; các đơn vị: Công an xã Tân Mỹ, Trạm Y tế xã Tân Mỹ."
    assert [(r[1], r[2]) for r in grants_of(said)] == [("individual", 2), ("collective", 2)]
    # negative: a second list of the first one's kind, or of one name, is no grant of its own
    said = "UBND huyện tặng Giấy khen cho các tập thể: Trường THCS Tân An, Trường THCS Na Sầm; các đơn vị: Công an xã Tân Mỹ."
    assert [(r[1], r[2]) for r in grants_of(said)] == [("collective", 2)]


def test_a_certificate_each_holder_of_a_title_given_gets_is_an_award_beside_the_title():
    facts = article(
        'Hà Nội: Tôn vinh 12 "Công dân Thủ đô ưu tú"\nTối 4/10/2023, UBND thành phố Hà Nội tổ chức Lễ tôn vinh "Công dân '
        'Thủ đô ưu tú" năm 2023. Năm nay, 12 công dân được trao tặng danh hiệu "Công dân Thủ đô ưu tú". Mỗi công dân được '
        "nhận Bằng khen của UBND thành phố và tiền thưởng.\nMinh Phương\n"
    )[1]
    assert sorted((g.award, g.count, g.title) for g in counted_once(facts.grants)) == [
        ("bang-khen-cap-bo-tinh", 12, None),
        ("khen-thuong", 12, "Công dân Thủ đô ưu tú"),
    ]
    # negative: those only called by a title, then given a certificate, got the certificate: one grant
    facts = article(
        'Huyện Văn Lãng biểu dương 12 "Gia đình hiếu học"\nNgày 4/10/2023, UBND huyện Văn Lãng tổ chức Lễ biểu dương 12 "Gia '
        'đình hiếu học". Mỗi gia đình được nhận Giấy khen của Chủ tịch UBND huyện.\nMinh Phương\n'
    )[1]
    assert [(g.award, g.count) for g in counted_once(facts.grants)] == [("giay-khen", 12)]


def test_places_in_a_bloc_said_by_their_verbs_after_a_vote_or_an_evaluation():
    def ranked(said: str) -> list[tuple[str, str | None]]:
        return [(r[0], r[10]) for r in grants_of(said)]

    lead, second = ("don-vi-dan-dau-khoi-thi-dua", "xã Tân Mỹ"), ("don-vi-nhi-khoi-thi-dua", "xã Hội Hoan")
    assert ranked("Hội nghị đã suy tôn xã Tân Mỹ xếp thứ nhất Khối thi đua các xã.") == [lead]
    assert ranked("Qua bình xét, xã Tân Mỹ dẫn đầu Khối thi đua số 1, xã Hội Hoan xếp thứ hai.") == [lead, second]
    assert ranked("Kết quả bỏ phiếu, xã Tân Mỹ đứng đầu Khối, xã Hội Hoan xếp thứ 2.") == [lead, second]
    # negative: a standing in a contest, or a place past second, is no bloc's title
    assert ranked("Qua bình xét, đội bóng xã Tân Mỹ xếp thứ 2 toàn đoàn.") == []
    assert ranked("Kết quả bỏ phiếu, xã Tân Mỹ xếp thứ 12 Khối.") == []


def test_a_list_s_heading_danh_sach_names_the_kind_its_items_receive_under_the_decision_told():
    facts = article(
        "Khen thưởng các tập thể, cá nhân\nNgày 10/6/2024, Chủ tịch UBND huyện Văn Lãng ban hành Quyết định số 15/QĐ-UBND về "
        "việc khen thưởng các tập thể, cá nhân có thành tích.\nDanh sách tập thể được tặng Giấy khen:\n1. Trạm Y tế xã Tân Mỹ;\n"
        "2. Phòng Nội vụ huyện.\nDanh sách các cá nhân được tặng Giấy khen:\n1. Bà Hà Thị Lan, Trạm trưởng Trạm Y tế xã Tân Mỹ;\n"
        "2. Ông Đinh Văn Hùng, chuyên viên Phòng Nội vụ.\nThu Hà\n"
    )[1]
    assert [(g.award, g.recipient_kind, g.count, _label(g.conferrer)) for g in counted_once(facts.grants)] == [
        ("giay-khen", "collective", 2, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
        ("giay-khen", "individual", 2, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
    ]
    # a list of fewer than a grant of that award counted before names some of its recipients, no grant of its own
    facts = article(
        "Khen thưởng\nNgày 10/6/2024, Chủ tịch UBND huyện Văn Lãng tặng Giấy khen cho 3 cá nhân.\nDanh sách cá nhân được tặng "
        "Giấy khen:\n1. Bà Hà Thị Lan, Trạm trưởng Trạm Y tế xã Tân Mỹ;\n2. Ông Đinh Văn Hùng, chuyên viên Phòng Nội vụ.\nThu Hà\n"
    )[1]
    assert [(g.award, g.count) for g in counted_once(facts.grants)] == [("giay-khen", 3)]
    # a heading a body announces ('Ban X thông báo danh sách ...:'), a proposal's list under it
    items = "\n1. Ông Trần Văn Khải, Giám đốc Sở Tài chính;\n2. Bà Nguyễn Thị Hằng, Phó Giám đốc Sở Y tế;\n3. Ông Lê Minh Đức."
    for verb in ("thông báo", "công bố", "công khai"):
        rows = grants_of(
            f"Ban Thi đua - Khen thưởng tỉnh {verb} danh sách cá nhân được đề nghị Chủ tịch nước tặng Huân chương Lao động hạng Ba:" + items
        )
        assert [(r[0], r[1], r[2], r[4]) for r in rows] == [("huan-chuong-lao-dong-hang-ba", "individual", 3, "proposed")], verb
    # (not a sentence that announces it with no list under it)
    assert grants_of("Ban Thi đua - Khen thưởng tỉnh thông báo danh sách cá nhân được đề nghị tặng Huân chương Lao động.") == []
    # negative: a list of those who attended is no one's award
    facts = article(
        "Hội nghị tổng kết\nNgày 10/6/2024, UBND huyện Văn Lãng tổ chức hội nghị.\nDanh sách đại biểu dự hội nghị:\n"
        "1. Bà Hà Thị Lan, Trạm trưởng Trạm Y tế xã Tân Mỹ;\n2. Ông Đinh Văn Hùng, chuyên viên Phòng Nội vụ.\nThu Hà\n"
    )[1]
    assert facts.grants == []


def test_a_title_those_commended_are_commended_with_is_their_award_and_presents_no_other():
    rows = grants_of(
        'Năm nay, 10 thanh niên được vinh danh "Gương mặt trẻ tiêu biểu" và 5 thanh niên được tuyên dương "Gương mặt trẻ triển vọng".'
    )
    assert [(r[0], r[2]) for r in rows] == [("khen-thuong", 10), ("khen-thuong", 5)]
    facts = article(HEAD + '5 thanh niên được biểu dương "Gương mặt trẻ triển vọng".\nTrần Thu Hương\n')[1]
    assert [g.title for g in facts.grants] == ["Gương mặt trẻ triển vọng"]
    # negative: a meeting named after such a title is no ceremony of a certificate given before it
    facts = article(
        'Công đoàn Viên chức tỉnh biểu dương 50 "Cán bộ công đoàn tiêu biểu"\nNgày 19/7/2023, Công đoàn Viên chức tỉnh Thanh Hóa '
        'tổ chức Hội nghị biểu dương "Cán bộ công đoàn tiêu biểu" năm 2023. Trước đó, Tổng LĐLĐ Việt Nam đã tặng Bằng khen cho '
        "Công đoàn Viên chức tỉnh vì thành tích năm 2022.\nLê Hợi\n"
    )[1]
    assert [(g.award, g.event) for g in facts.grants if g.award != "khen-thuong"] == [("bang-khen-cap-bo-tinh", None)]


def test_each_individual_after_recipients_counted_by_other_nouns_is_each_of_them():
    said = (
        'Năm nay, 10 thanh niên được vinh danh "Gương mặt trẻ tiêu biểu" và 5 thanh niên được tuyên dương "Gương mặt trẻ triển '
        'vọng". Mỗi cá nhân được nhận Bằng khen của Ban Chấp hành Tỉnh đoàn.'
    )
    assert [(r[0], r[2]) for r in grants_of(said) if r[0] != "khen-thuong"] == [("bang-khen-cap-bo-tinh", 15)]
    # negative: where the sentence before counted another kind, how many is unsaid
    said = "UBND huyện biểu dương 10 tập thể tiêu biểu. Mỗi cá nhân được nhận Giấy khen của Chủ tịch UBND huyện."
    assert [(r[0], r[2]) for r in grants_of(said) if r[0] != "khen-thuong"] == [("giay-khen", None)]


def test_a_giving_of_the_week_or_the_quarter_is_not_at_the_event_told_before():
    event = EVENT.strip() + " Chủ tịch UBND huyện tặng Giấy khen cho 20 tập thể.\n- "
    for lead in ("Trong tuần, ", "Trong quý I, ", "Trong tháng, "):
        rows = grants_of(event + lead + "Chủ tịch UBND huyện đã ký 5 quyết định khen thưởng cho 45 tập thể, 120 cá nhân.")
        assert [(r[2], r[8]) for r in rows] == [(20, "e1"), (45, None), (120, None)], lead
    # negative: one told with no time of its own goes on at the event
    rows = grants_of(EVENT.strip() + " Chủ tịch UBND huyện tặng Giấy khen cho 20 tập thể. Đồng thời, tặng Giấy khen cho 45 cá nhân.")
    assert [(r[2], r[8]) for r in rows] == [(20, "e1"), (45, "e1")]


def test_one_collective_named_by_its_unit_and_number_after_tap_the():
    assert [(r[0], r[1], r[2], r[10]) for r in grants_of("Hiệu trưởng tặng Giấy khen cho tập thể lớp 12A1.")] == [
        ("giay-khen", "collective", 1, "lớp 12A1")
    ]
    assert [(r[1], r[2]) for r in grants_of("Hiệu trưởng tặng Giấy khen cho tập thể lớp 12A1 và 5 học sinh.")] == [
        ("collective", 1),
        ("individual", 5),
    ]
    assert [(r[1], r[2], r[10]) for r in grants_of("Giám đốc Công an tỉnh tặng Giấy khen cho tập thể Đội 2.")] == [
        ("collective", 1, "Đội 2")
    ]
    # negative: a plural of units is uncounted still
    assert [(r[1], r[2]) for r in grants_of("Hiệu trưởng tặng Giấy khen cho tập thể các lớp 12.")] == [("collective", None)]


def test_provinces_a_plural_names_are_as_many_recipients():
    facts = article(
        "Cụm thi đua\n\nNgày 5/3/2022, Cụm thi đua các tỉnh miền Đông Nam Bộ tổ chức hội nghị.\n\nNăm 2021, các tỉnh Bình Phước, "
        "Tây Ninh và Đồng Nai được Thủ tướng Chính phủ tặng Bằng khen; những thành phố Biên Hòa, Thủ Dầu Một được UBND "
        "tỉnh tặng Cờ thi đua.\n"
    )[1]
    assert [(g.award, g.count, g.recipient_kind) for g in facts.grants] == [
        ("bang-khen-thu-tuong", 3, "collective"),
        ("co-thi-dua-cap-bo-tinh", 2, "collective"),
    ]
    # negative: provinces unnamed, or named where the clause says nothing of them, are no count
    facts = article(
        "Cụm thi đua\n\nNgày 5/3/2022, Cụm thi đua các tỉnh miền Đông Nam Bộ tổ chức hội nghị. Các tỉnh, thành phố trong "
        "Cụm được Thủ tướng Chính phủ tặng Bằng khen.\n"
    )[1]
    assert [(g.award, g.count) for g in facts.grants] == [("bang-khen-thu-tuong", None)]


def test_a_class_by_its_grade_and_letter_then_a_count_is_one_collective_more():
    assert [(r[1], r[2], r[10]) for r in grants_of("Hiệu trưởng tặng Giấy khen cho lớp 9A và 5 học sinh.")] == [
        ("collective", 1, "lớp 9A"),
        ("individual", 5, None),
    ]
    assert [(r[1], r[2]) for r in grants_of("Tổng phụ trách Đội tặng Giấy khen cho chi đội 7B, 12 đội viên.")] == [
        ("collective", 1),
        ("individual", 12),
    ]
    # negative: the class of those counted is no recipient of its own
    assert [(r[1], r[2]) for r in grants_of("Hiệu trưởng tặng Giấy khen cho 5 học sinh lớp 9A và 2 giáo viên.")] == [
        ("individual", 5),
        ("individual", 2),
    ]


def test_a_unit_named_by_its_word_ends_before_a_person_joined_by_va():
    rows = grants_of("Hiệu trưởng tặng Giấy khen cho Tổ Ngữ văn và cô Lê Thị Hoa.")
    assert [(r[1], r[2], r[10]) for r in rows] == [("collective", 1, "Tổ Ngữ văn"), ("individual", 1, "Lê Thị Hoa")]
    rows = grants_of("Chủ tịch UBND xã tặng Giấy khen cho Đội văn nghệ thôn Bắc Sơn và anh Hà Văn Tú.")
    assert [(r[1], r[10]) for r in rows] == [("collective", "Đội văn nghệ thôn Bắc Sơn"), ("individual", "Hà Văn Tú")]
    # negative: a body's name that goes on after 'và' is one body (in the form its row names it)
    rows = grants_of("Chủ tịch UBND huyện tặng Giấy khen cho Trung tâm Văn hóa và Thể thao huyện.")
    assert [(r[1], r[2], r[10]) for r in rows] == [("collective", 1, "Trung tâm Văn hóa - Thể thao huyện Văn Lãng")]


def test_classes_a_plural_names_by_their_grades_are_as_many_recipients():
    assert [(r[1], r[2]) for r in grants_of("Hiệu trưởng tặng Giấy khen cho các lớp 9A, 8B và 7C.")] == [("collective", 3)]
    assert [(r[1], r[2]) for r in grants_of("Những chi đội 6A1 và 7A2 được Hội đồng Đội huyện tặng Giấy khen.")] == [("collective", 2)]
    # negative: a grade alone names no class (the classes of the twelfth grade, uncounted)
    assert [(r[1], r[2]) for r in grants_of("Hiệu trưởng tặng Giấy khen cho các lớp 12 và 10 đạt thành tích cao.")] == [
        ("collective", None)
    ]


def test_a_count_of_two_nouns_of_one_kind_before_its_passive_is_one_count():
    rows = grants_of(
        "Năm 2022, có 16 tác giả, đồng tác giả được tặng Giải thưởng Hồ Chí Minh và 115 tác giả, đồng tác giả được tặng "
        "Giải thưởng Nhà nước."
    )
    assert [(r[0], r[2]) for r in rows] == [("giai-thuong-ho-chi-minh", 16), ("giai-thuong-nha-nuoc", 115)]
    rows = grants_of("Năm qua, có 4 học sinh, sinh viên nhận Bằng khen của Chủ tịch UBND tỉnh và 9 học sinh, sinh viên nhận Giấy khen.")
    assert [(r[0], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", 4), ("giay-khen", 9)]
    # negative: two counts of one noun each, a list, are two counts
    rows = grants_of("Năm qua, 4 học sinh, 9 sinh viên nhận Giấy khen của Hiệu trưởng Trường Đại học Vinh.")
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", 4), ("giay-khen", 9)]


def test_a_sentence_of_award_rows_each_its_counts_after_a_colon_gives_them():
    rows = grants_of("Huân chương Lao động hạng Ba: 02 tập thể, 01 cá nhân; Bằng khen của Thủ tướng Chính phủ: 05 tập thể.")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("huan-chuong-lao-dong-hang-ba", "collective", 2),
        ("huan-chuong-lao-dong-hang-ba", "individual", 1),
        ("bang-khen-thu-tuong", "collective", 5),
    ]
    assert [(r[0], r[2]) for r in grants_of("Huân chương Bảo vệ Tổ quốc hạng Ba: 03 cá nhân.")] == [
        ("huan-chuong-bao-ve-to-quoc-hang-ba", 3)
    ]
    # (after a lead, each row: the first row and the rows after it, a title's with its word 'Danh hiệu')
    for lead in ("Trong đó: ", "Cụ thể: ", "Trong đó, "):
        said = lead + "Huân chương Lao động hạng Ba: 01 tập thể; Danh hiệu Chiến sĩ thi đua cơ sở: 5 cá nhân; Cờ thi đua: 02 tập thể."
        assert [(r[0], r[2]) for r in grants_of(said)] == [
            ("huan-chuong-lao-dong-hang-ba", 1), ("chien-si-thi-dua-co-so", 5), ("co-thi-dua-cap-bo-tinh", 2)
        ], lead  # fmt: skip
    # negative: holders a statistic counts by their titles, after words of its own, are given nothing
    rows = grants_of("Thống kê toàn huyện hiện nay, Bà mẹ Việt Nam Anh hùng: 54 mẹ; Anh hùng Lao động: 3 người.")
    assert rows == []
    # (nor a row after a statistic's, whose words are no row of awards)
    assert grants_of("Huyện có 54 Bà mẹ Việt Nam Anh hùng: 12 mẹ còn sống; Huân chương Kháng chiến: 30 người.") == []


def test_classes_counted_with_no_noun_that_add_up_to_a_count_of_one_kind_are_its_parts():
    def told(body: str) -> list[tuple[str, str, int | None, bool]]:
        facts = article(HEAD + body + "\nTrần Thu Hương\n")[1]
        return [(g.award, g.recipient_kind, g.count, g.part_of is not None) for g in facts.grants]

    # the classes in brackets before the count: the count is of the order, the classes of its kind
    assert sorted(told("Chủ tịch nước tặng Huân chương Chiến công (2 hạng Nhì, 3 hạng Ba) cho 5 tập thể.")) == [
        ("huan-chuong-chien-cong", "collective", 5, False),
        ("huan-chuong-chien-cong-hang-ba", "collective", 3, True),
        ("huan-chuong-chien-cong-hang-nhi", "collective", 2, True),
    ]
    # after 'trong đó'
    assert sorted(told("Chủ tịch nước tặng Huân chương Lao động cho 4 cá nhân, trong đó 1 hạng Nhì, 3 hạng Ba.")) == [
        ("huan-chuong-lao-dong", "individual", 4, False),
        ("huan-chuong-lao-dong-hang-ba", "individual", 3, True),
        ("huan-chuong-lao-dong-hang-nhi", "individual", 1, True),
    ]
    # negative: classes that do not add up to it are counted as told, of no kind said
    assert sorted(told("Chủ tịch nước tặng Huân chương Lao động cho 4 cá nhân, trong đó 1 hạng Nhì, 2 hạng Ba.")) == [
        ("huan-chuong-lao-dong", "individual", 4, False),
        ("huan-chuong-lao-dong-hang-ba", "mixed", 2, False),
        ("huan-chuong-lao-dong-hang-nhi", "mixed", 1, False),
    ]


def test_years_in_brackets_after_a_number_of_years_and_a_quoted_movement_are_the_period():
    rows = grants_of(
        "Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể có thành tích trong 5 năm thực hiện phong trào thi đua "
        "“Chung sức xây dựng nông thôn mới” (2019-2024)."
    )
    assert [(r[2], r[7]) for r in rows] == [(5, "2019-2024")]
    # negative: the years an anniversary counts after a quoted name are no period
    rows = grants_of(
        "Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể nhân kỷ niệm 20 năm Ngày hội “Đại đoàn kết toàn dân tộc” (2003-2023)."
    )
    assert [(r[2], r[7]) for r in rows] == [(5, None)]


def test_two_counts_with_one_verb_each_share_the_award_named_after_the_second():
    rows = grants_of("Năm 2023, có 5 thôn được công nhận mới và 9 thôn được công nhận lại danh hiệu Thôn văn hóa.")
    assert [(r[0], r[2]) for r in rows] == [("thon-to-dan-pho-van-hoa", 5), ("thon-to-dan-pho-van-hoa", 9)]
    rows = grants_of("Năm 2023, có 15 mẹ được phong tặng, 30 mẹ được truy tặng danh hiệu Bà mẹ Việt Nam Anh hùng.")
    assert [(r[0], r[2]) for r in rows] == [("ba-me-viet-nam-anh-hung", 15), ("ba-me-viet-nam-anh-hung", 30)]
    # negative: what the first were recognised as, said, is no share of the second's award; nor another verb's
    rows = grants_of("Năm 2023, có 5 thôn được công nhận đạt chuẩn nông thôn mới, 9 thôn được công nhận lại danh hiệu Thôn văn hóa.")
    assert [(r[0], r[2]) for r in rows] == [("thon-to-dan-pho-van-hoa", 9)]
    rows = grants_of("Năm 2023, có 5 tập thể được khen thưởng, 9 tập thể được tặng Giấy khen.")
    assert [(r[0], r[2]) for r in rows] == [("khen-thuong", 5), ("giay-khen", 9)]


def test_a_council_s_cases_and_dossiers_are_of_the_one_kind_their_award_is_given_to():
    rows = grants_of("Hội đồng thống nhất đề nghị tặng danh hiệu Chiến sĩ thi đua toàn quốc cho 17 trường hợp.")
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [("chien-si-thi-dua-toan-quoc", "individual", 17, "proposed")]
    rows = grants_of("Qua bỏ phiếu, 17/17 hồ sơ đạt trên 90% số phiếu đồng ý đề nghị tặng danh hiệu Chiến sĩ thi đua toàn quốc.")
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [("chien-si-thi-dua-toan-quoc", "individual", 17, "proposed")]
    # negative: cases of an award given to either kind stay of either; dossiers of no award are none
    rows = grants_of("Hội đồng thống nhất đề nghị tặng Bằng khen của Thủ tướng Chính phủ cho 12 trường hợp.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("bang-khen-thu-tuong", "mixed", 12)]
    assert grants_of("Sở đã tiếp nhận 120 hồ sơ học sinh đăng ký dự thi.") == []


def test_a_task_force_by_its_head_noun_alone_is_the_subject_given_to():
    rows = grants_of("Ban chuyên án được Giám đốc Công an tỉnh khen thưởng đột xuất.")
    assert [(r[0], r[1], r[2], r[10]) for r in rows] == [("khen-thuong", "collective", 1, "Ban chuyên án")]
    # the one named in full before
    rows = grants_of(
        "Ban chuyên án 124V Công an tỉnh đã triệt phá đường dây ma túy. Sau đó, Ban chuyên án đã được Giám đốc Công an tỉnh tặng Giấy khen."
    )
    assert [(r[0], r[10]) for r in rows] == [("giay-khen", "Ban chuyên án 124V Công an tỉnh")]
    # negative: a task force doing, not given, receives nothing
    assert grants_of("Tổ công tác đã bắt giữ 3 đối tượng, thu giữ 2 kg ma túy.") == []


def test_a_prize_by_its_quoted_name_keeps_no_quote_mark_in_it():
    facts = article(HEAD + "Dịp này, Tỉnh đoàn trao Giải thưởng “Sao Tháng Giêng” cho 10 cán bộ Hội.\nTrần Thu Hương\n")[1]
    assert [(g.award, g.count, g.title) for g in facts.grants] == [("khen-thuong", 10, "Giải thưởng Sao Tháng Giêng")]
    # negative: a prize named unquoted keeps its name as written
    facts = article(HEAD + "Dịp này, Liên đoàn Lao động tỉnh trao Giải thưởng Nguyễn Đức Cảnh cho 5 công nhân.\nTrần Thu Hương\n")[1]
    assert [(g.count, g.title) for g in facts.grants] == [(5, "Giải thưởng Nguyễn Đức Cảnh")]


def test_a_decision_told_after_a_proposal_in_its_sentence_gives_what_it_counts():
    rows = grants_of(
        "Năm 2023, huyện đề nghị cấp trên khen thưởng cho 12 tập thể, 20 cá nhân; đến nay đã có quyết định khen thưởng cho "
        "8 tập thể, 12 cá nhân."
    )
    assert [(r[1], r[2], r[4]) for r in rows] == [
        ("collective", 12, "proposed"),
        ("individual", 20, "proposed"),
        ("collective", 8, "conferred"),
        ("individual", 12, "conferred"),
    ]
    # negative: a proposal's second clause with no decision told is proposed still
    rows = grants_of("Năm 2023, huyện đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 12 tập thể; Cờ thi đua cho 3 tập thể.")
    assert [(r[0], r[4]) for r in rows] == [("bang-khen-cap-bo-tinh", "proposed"), ("co-thi-dua-cap-bo-tinh", "proposed")]


def test_recipients_listed_after_cho_and_a_colon_are_each_given_whatever_parts_them():
    rows = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho: Trường THCS Kim Đồng; Trạm Y tế xã Hải Lạng.")
    assert [(r[1], r[2]) for r in rows] == [("collective", 2)]
    for listed in ("ông Hoàng Văn Hùng; bà Lê Thị Hoa", "ông Hoàng Văn Hùng, bà Lê Thị Hoa"):
        rows = grants_of(f"Chủ tịch UBND tỉnh tặng Bằng khen cho: {listed}.")
        assert [(r[1], r[2]) for r in rows] == [("individual", 2)], listed
    # (bodies, then people: each of both kinds)
    rows = grants_of(
        "Chủ tịch UBND tỉnh tặng Bằng khen cho: Trường THCS Kim Đồng; Trạm Y tế xã Hải Lạng; ông Hoàng Văn Hùng, Chủ tịch UBND "
        "xã Hải Lạng và bà Lê Thị Hoa, giáo viên."
    )
    assert [(r[1], r[2]) for r in rows] == [("collective", 2), ("individual", 2)]
    # negative: a semicolon with no colon before the list ends its clause, the next one a clause of its own
    rows = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho Trường THCS Kim Đồng; Trạm Y tế xã Hải Lạng được tặng Giấy khen.")
    assert [(r[0], r[2], r[10]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", 1, "Trường THCS Kim Đồng"),
        ("giay-khen", 1, "Trạm Y tế xã Hải Lạng"),
    ]


def test_award_rows_counting_times_lượt_give_each_count():
    rows = grants_of("Giấy khen của Chủ tịch UBND huyện: 150 lượt tập thể, 320 lượt cá nhân.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "collective", 150), ("giay-khen", "individual", 320)]
    rows = grants_of("Bằng khen của Chủ tịch UBND tỉnh: 15 lượt tập thể và 32 lượt cá nhân.")
    assert [(r[1], r[2]) for r in rows] == [("collective", 15), ("individual", 32)]
    # negative: a count of times that goes on to what was done is no row's
    assert grants_of("Hội Nông dân huyện: 150 lượt hội viên tham gia tập huấn, 32 lượt cán bộ dự hội thảo.") == []


def test_a_public_institution_by_its_kind_and_an_unnamed_level_ends_with_the_level_word_and_a_list_goes_on():
    head = "Tỉnh Kiên Giang tổng kết thi đua năm 2023\n20/01/2024 09:00\n"

    def counts(body: str) -> list[tuple[str, int | None]]:
        facts = article(head + body + "\nTrần Thu Hương\n")[1]
        return [(g.award, g.count) for g in counted_once(facts.grants)]

    body = "Chủ tịch UBND tỉnh tặng Bằng khen cho các tập thể: Trung tâm Y tế huyện, UBND xã Tam Anh và Trường THCS Lê Lợi."
    assert counts(body) == [("bang-khen-cap-bo-tinh", 3)]
    body = "Chủ tịch UBND tỉnh tặng Bằng khen cho Phòng Nội vụ huyện, Bệnh viện Đa khoa huyện, Trung tâm Y tế thị xã."
    assert counts(body) == [("bang-khen-cap-bo-tinh", 3)]
    # one named with its place is one
    assert counts("Chủ tịch UBND tỉnh tặng Bằng khen cho Trung tâm Y tế huyện Giồng Riềng.") == [("bang-khen-cap-bo-tinh", 1)]


def test_a_body_by_its_head_noun_given_by_the_party_and_the_state_named_as_one_giver_receives():
    rows = grants_of("Nhà trường vinh dự được Đảng, Nhà nước tặng thưởng Huân chương Lao động hạng Ba.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("huan-chuong-lao-dong-hang-ba", "collective", 1)]
    # other wordings: another head noun, another verb
    rows = grants_of("Đơn vị đã được Đảng, Nhà nước trao tặng Huân chương Bảo vệ Tổ quốc hạng Nhì.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("huan-chuong-bao-ve-to-quoc-hang-nhi", "collective", 1)]
    # negative: a comma before another subject still ends what the head noun receives
    assert grants_of("Nhà trường được biết, Nhà nước sẽ đầu tư thêm phòng học.") == []


def test_each_giver_a_clause_lists_gives_the_award_to_the_one_recipient():
    def given(body: str) -> list[tuple[str, str | None]]:
        return sorted((r[0], r[5]) for r in grants_of(body))

    both = [
        ("bang-khen-cap-bo-tinh", "Bộ trưởng Bộ Giáo dục và Đào tạo"),
        ("bang-khen-cap-bo-tinh", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
    ]
    # the givers of a passive, joined by 'và' or a comma; a named recipient or a body by its head noun
    assert given("Trường THCS Hoàng Văn Thụ được Chủ tịch UBND tỉnh và Bộ trưởng Bộ GD&ĐT tặng Bằng khen.") == both
    assert given("Trường THCS Hoàng Văn Thụ được Chủ tịch UBND tỉnh, Bộ trưởng Bộ GD&ĐT tặng Bằng khen.") == both
    assert given("Nhà trường vinh dự được Chủ tịch UBND tỉnh, Bộ trưởng Bộ GD&ĐT tặng Bằng khen.") == both
    # the givers as the subject; each award as its giver gives it
    assert given("Thủ tướng Chính phủ và Chủ tịch UBND tỉnh tặng Bằng khen cho Trường THCS Hoàng Văn Thụ.") == [
        ("bang-khen-cap-bo-tinh", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("bang-khen-thu-tuong", "Thủ tướng Chính phủ"),
    ]
    # and the one body told again after a comma by another giver's clause
    assert given("Nhà trường được Bộ GD&ĐT tặng Cờ thi đua, UBND tỉnh tặng Bằng khen.") == [
        ("bang-khen-cap-bo-tinh", "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("co-thi-dua-cap-bo-tinh", "Bộ Giáo dục và Đào tạo"),
    ]
    # negatives: presenters by their names; an award that names its own giver; a count several gave
    assert (
        len(
            given(
                "Đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh và đồng chí Trần Văn Bình, Bộ trưởng Bộ GD&ĐT tặng Bằng khen cho Trường THCS Hoàng Văn Thụ."
            )
        )
        == 1
    )
    assert given("Chủ tịch UBND tỉnh và Bộ trưởng Bộ GD&ĐT tặng Bằng khen của Thủ tướng Chính phủ cho Trường THCS Hoàng Văn Thụ.") == [
        ("bang-khen-thu-tuong", "Thủ tướng Chính phủ")
    ]
    assert len(given("12 cá nhân được UBND tỉnh và Bộ GD&ĐT tặng Bằng khen.")) == 1


def test_a_body_by_its_head_noun_after_tap_the_receives():
    rows = grants_of("Tập thể nhà trường được Chủ tịch UBND tỉnh tặng Bằng khen.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", "collective", 1)]
    rows = grants_of("Toàn thể đơn vị vinh dự đón nhận Cờ thi đua của UBND tỉnh.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "collective", 1)]
    # negative: the collectives counted are none of one body
    assert [(r[1], r[2]) for r in grants_of("Tập thể các trường được tặng Bằng khen: 5 trường.")] != [("collective", 1)]


def test_a_national_park_by_its_name_receives():
    rows = grants_of("Vườn quốc gia Bái Tử Long được tặng Huân chương Lao động hạng Ba.")
    assert [(r[0], r[10]) for r in rows] == [("huan-chuong-lao-dong-hang-ba", "Vườn quốc gia Bái Tử Long")]
    # negative: the parks of a kind are none named
    assert all(r[10] is None for r in grants_of("Các vườn quốc gia được tặng Bằng khen."))


def test_a_body_by_its_head_noun_receives_after_a_predicate_of_its_own_joined_by_va():
    rows = grants_of("Nhà trường hoàn thành xuất sắc nhiệm vụ năm học và vinh dự được Bộ GD&ĐT tặng Cờ thi đua.")
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "collective", 1, "Bộ Giáo dục và Đào tạo")]
    rows = grants_of("Năm 2023, Thư viện phục vụ 12.000 lượt bạn đọc và được UBND tỉnh tặng Bằng khen.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", "collective", 1)]
    # negatives: those it counts receive, not it; a body holding the ceremony it receives at is read at the handing over
    rows = grants_of("Trường có 10 học sinh đạt giải và được tặng Giấy khen.")
    assert [(r[1], r[2]) for r in rows] == [("individual", 10)]
    rows = grants_of(
        "Sáng 26/2, Bệnh viện Đa khoa huyện tổ chức lễ kỷ niệm Ngày Thầy thuốc Việt Nam và vinh dự được Chủ tịch nước phong "
        "tặng danh hiệu Thầy thuốc Ưu tú. Thừa ủy quyền của Chủ tịch nước, ông Lê Văn Hòa trao danh hiệu Thầy thuốc Ưu tú "
        "cho bác sĩ Nguyễn Văn Bình và bác sĩ Trần Thị Cúc."
    )
    assert [(r[0], r[1], r[2]) for r in rows] == [("thay-thuoc-uu-tu", "individual", 2)]  # (not the hospital's title)


def test_a_subject_receives_after_a_predicate_of_its_own_set_off_by_a_comma():
    # a body by its head noun, a person by full name after what they have, one called by a given name
    rows = grants_of("Hợp tác xã đạt doanh thu 12 tỷ đồng, vinh dự được Chủ tịch UBND tỉnh tặng Bằng khen.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", "collective", 1)]
    rows = grants_of("Bà Nguyễn Thị Hoa có nhiều sáng kiến, được tặng Bằng khen của Chủ tịch UBND tỉnh.")
    assert [(r[0], r[1], r[2], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", "individual", 1, "Nguyễn Thị Hoa")]
    rows = grants_of("Anh Tuấn hăng hái tham gia phong trào, được Chủ tịch UBND huyện tặng Giấy khen.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "individual", 1)]
    # negatives: a plural subject after the comma receives, uncounted (no one body nor one person); what a body has
    # with no comma before the verb is its members'
    for text in (
        "Nhà trường phát động thi đua, các giáo viên được tặng Giấy khen.",
        "Anh Tuấn phát biểu, các hội viên được tặng Giấy khen.",
    ):
        assert [(r[1], r[2]) for r in grants_of(text)] == [("individual", None)], text
    assert [(r[1], r[2]) for r in grants_of("Trường có nhiều giáo viên được tặng Bằng khen.")] == [("individual", None)]


def test_one_team_given_an_award_unnamed_but_by_its_task_is_one_collective():
    for text, team in (
        (
            "Giám đốc Sở Y tế đã trao Giấy khen đột xuất cho ê-kíp cấp cứu của Bệnh viện Đa khoa tỉnh.",
            "ê-kíp cấp cứu của Bệnh viện Đa khoa tỉnh",
        ),
        (
            "Chủ tịch UBND huyện tặng Giấy khen cho tổ công tác của Công an xã Tân Lập vì đã giải cứu 2 nạn nhân.",
            "tổ công tác của Công an xã Tân Lập",
        ),
        ("Bà Hoàng Thị Yến, Giám đốc Sở Y tế, trao Giấy khen cho kíp trực Khoa Sản, Bệnh viện huyện.", "kíp trực Khoa Sản"),
        ("UBND tỉnh tặng Bằng khen cho nhóm nghiên cứu của Trường Đại học Vinh.", "nhóm nghiên cứu của Trường Đại học Vinh"),
    ):
        rows = grants_of(text)
        assert [(r[1], r[2], r[10]) for r in rows] == [("collective", 1, team)], text
    # negative: teams in the plural are uncounted, not one
    assert [r[2] for r in grants_of("Giám đốc Sở Y tế tặng Giấy khen cho các ê-kíp cấp cứu của Bệnh viện Đa khoa tỉnh.")] != [1]


def test_a_crew_or_a_team_that_tap_the_calls_one_is_one_collective_and_those_joined_to_a_team_receive_too():
    for text in (
        "UBND huyện Văn Lãng tặng Giấy khen cho tập thể thuyền viên tàu cá LS 90479 TS.",
        "UBND huyện Văn Lãng tặng Giấy khen cho tập thể đội bóng đá nữ của huyện.",
        "Chủ tịch UBND xã tặng Giấy khen cho tập thể tổ tự quản khu phố 3 vì đã giúp dân.",
    ):
        assert [(r[1], r[2]) for r in grants_of(text)] == [("collective", 1)], text
    # a team, then people or a count joined to it: each a grant of its own
    rows = grants_of("UBND huyện Văn Lãng tặng Giấy khen cho tổ công tác và anh Hoàng Văn Nam.")
    assert [(r[1], r[2], r[10]) for r in rows] == [("collective", 1, None), ("individual", 1, "Hoàng Văn Nam")]
    rows = grants_of("Công an tỉnh tặng Giấy khen cho tổ công tác cùng ông Hoàng Văn Nam, Trưởng Công an xã và anh Lý Văn Tú.")
    assert [(r[1], r[2]) for r in rows] == [("collective", 1), ("individual", 2)]
    rows = grants_of("UBND huyện Văn Lãng tặng Giấy khen cho ê kíp cấp cứu và 3 cá nhân.")
    assert [(r[1], r[2]) for r in rows] == [("collective", 1), ("individual", 3)]
    # negative: 'tập thể' before what they did, or beside 'cá nhân', is a plural, uncounted
    assert [(r[1], r[2]) for r in grants_of("UBND huyện Văn Lãng tặng Giấy khen cho tập thể có thành tích xuất sắc.")] == [
        ("collective", None)
    ]
    assert [(r[1], r[2]) for r in grants_of("UBND huyện Văn Lãng tặng Giấy khen cho tập thể, cá nhân tiêu biểu.")] == [("mixed", None)]


def test_people_named_by_their_wards_calling_are_each_counted():
    rows = grants_of("Giám đốc Sở Y tế tặng Giấy khen cho bác sĩ Lò Văn An, điều dưỡng Trần Thị Bích và y sĩ Vi Văn Hùng.")
    assert [(r[1], r[2]) for r in rows] == [("individual", 3)]
    rows = grants_of("UBND huyện tặng Giấy khen cho nông dân Lê Văn Tám và kỹ thuật viên Hà Thị Mơ.")
    assert [(r[1], r[2]) for r in rows] == [("individual", 2)]


def test_an_official_called_again_by_dong_chi_alone_is_the_one_his_sentence_named():
    lead = "Sáng 1/3, Ban Thường vụ Huyện ủy Văn Lãng tổ chức trao quyết định nghỉ hưu cho đồng chí Hoàng Văn Sinh. Đồng chí Lý Thị Hà, Bí thư Huyện ủy, trao quyết định.\n"
    rows = grants_of(lead + "Ghi nhận những cống hiến của đồng chí Hoàng Văn Sinh, Ban Thường vụ Huyện ủy tặng Giấy khen cho đồng chí.")
    assert [(r[2], r[10], r[6]) for r in rows] == [(1, "Hoàng Văn Sinh", None)]  # (the one possessed hands nothing over)
    # (the calling's short form, either way round)
    rows = grants_of(lead + "Ghi nhận những cống hiến của Đ/c Hoàng Văn Sinh, Ban Thường vụ Huyện ủy tặng Giấy khen cho đồng chí.")
    assert [(r[2], r[10]) for r in rows] == [(1, "Hoàng Văn Sinh")]
    rows = grants_of(lead + "Ghi nhận những cống hiến của đồng chí Hoàng Văn Sinh, Ban Thường vụ Huyện ủy tặng Giấy khen cho Đ/c.")
    assert [(r[2], r[10]) for r in rows] == [(1, "Hoàng Văn Sinh")]
    # negative: two called so before it, and none in its own sentence: which one is not said
    rows = grants_of(lead + "Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho đồng chí.")
    assert all(r[10] is None for r in rows)


def test_a_person_named_as_a_possessor_before_the_giver_hands_nothing_over():
    rows = grants_of("Ghi nhận thành tích của ông Lục Văn Tài, Chủ tịch UBND huyện Văn Lãng tặng Giấy khen cho 3 cá nhân.")
    assert [(r[2], r[6]) for r in rows] == [(3, None)]
    # negative: a subject named before the verb hands it over
    rows = grants_of("Ông Lục Văn Tài, Phó Chủ tịch UBND huyện Văn Lãng trao Giấy khen cho 3 cá nhân.")
    assert [(r[2], r[6]) for r in rows] == [(3, "Lục Văn Tài")]


def test_a_headline_tagged_by_its_district_restates_the_grant_to_a_commune_of_it():
    def told(headline: str, commune: str) -> list[tuple]:
        facts = article(
            f"{headline}\n20/08/2020 09:00\nSáng 19/8, {commune} tổ chức Lễ đón nhận danh hiệu Anh hùng Lực lượng vũ trang "
            f"nhân dân. Trước đó, Chủ tịch nước đã ký quyết định phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho "
            f"Đảng bộ, chính quyền và nhân dân {commune}.\nTrần Thu Hương\n"
        )[1]
        return sorted((g.award, g.recipient) for g in counted_once(facts.grants))

    # the headline's district is its tag, the commune of it the recipient: one grant
    assert told("Huyện Hải Hậu: Đón nhận danh hiệu Anh hùng Lực lượng vũ trang nhân dân", "xã Hải Đông (huyện Hải Hậu)") == [
        ("anh-hung-luc-luong-vu-trang-nhan-dan", "Đảng bộ, chính quyền và nhân dân xã Hải Đông")
    ]
    # negative: a commune of another district is another grant
    assert len(told("Huyện Hải Hậu: Đón nhận danh hiệu Anh hùng Lực lượng vũ trang nhân dân", "xã Giao Thiện (huyện Giao Thủy)")) == 2


def test_a_grant_told_on_the_occasion_of_the_meeting_told_bare_is_given_there():
    congress = "Ngày 24/4/2023, Công đoàn Viên chức huyện Văn Lãng tổ chức Đại hội lần thứ V, nhiệm kỳ 2023 - 2028.\n"
    for text in (
        "Nhân dịp Đại hội, Công đoàn Viên chức huyện được Liên đoàn Lao động tỉnh tặng Cờ thi đua.",
        "Nhân dịp Đại hội lần này, Liên đoàn Lao động tỉnh tặng Cờ thi đua cho Công đoàn Viên chức huyện.",
    ):
        assert [r[8] for r in grants_of(congress + text)] == ["e1"], text
    # (or where it was: 'Tại đây, ...')
    assert [r[8] for r in grants_of(congress + "Tại đây, Liên đoàn Lao động tỉnh tặng Cờ thi đua cho Công đoàn Viên chức huyện.")] == ["e1"]
    # negative: the occasion of another, named at length, is not the article's meeting
    rows = grants_of(congress + "Nhân dịp Đại hội Công đoàn Việt Nam lần thứ XII năm 2018, Công đoàn Viên chức huyện được tặng Cờ thi đua.")
    assert [r[8] for r in rows] == [None]


def test_those_a_grant_counted_counted_again_to_be_named_are_its_recipients_not_a_grant_of_their_own():
    given = "Ngày 4/7, Chủ tịch UBND huyện đã ký Quyết định tặng Giấy khen cho ba học sinh dũng cảm cứu bạn. "
    for named in (
        "Theo đó, ba học sinh được khen thưởng là em Lò Văn An, em Vi Thị Hoa và em Hà Văn Sơn.",
        "Ba em học sinh được tuyên dương gồm em Lò Văn An, em Vi Thị Hoa và em Hà Văn Sơn.",
    ):
        assert [(r[0], r[2]) for r in grants_of(given + named)] == [("giay-khen", 3)], named
    # negative: as many more besides are a grant of their own
    rows = grants_of(given + "Ngoài ra, ba học sinh được khen thưởng là em Lò Văn An, em Vi Thị Hoa và em Hà Văn Sơn.")
    assert [(r[0], r[2]) for r in rows] == [("giay-khen", 3), ("khen-thuong", 3)]


def test_a_total_over_a_list_of_awards_a_row_each_that_adds_up_to_it_is_no_grant_of_its_own():
    rows = "".join(f"- {award}: {a} tập thể, {b} cá nhân.\n" for award, a, b in (
        ("Huân chương Lao động hạng Ba", 2, 3), ("Bằng khen của Thủ tướng Chính phủ", 5, 11), ("Cờ thi đua của UBND tỉnh", 25, 0),
        ("Bằng khen của Chủ tịch UBND tỉnh", 380, 700),
    ))  # fmt: skip

    def bare(total: str) -> list[int]:
        text = f"Năm 2022, UBND tỉnh đã khen thưởng cho {total} lượt tập thể, cá nhân. Kết quả cụ thể như sau:\n{rows}"
        return [r[2] for r in grants_of(text) if r[0] == "khen-thuong"]

    assert bare("1.126") == []  # the four rows, more sentences than a run of prose an umbrella sums
    # negative: a total the rows do not add up to is a grant of its own
    assert bare("1.200") == [1200]


def test_the_fighter_s_title_of_a_city_of_the_centre_is_a_province_s():
    def award(sentence: str, headline: str = "Huyện Đông Anh họp xét khen thưởng") -> list[str]:
        facts = article(f"{headline}\n16/03/2017 09:00\n{sentence}\nTrần Thu Hương\n")[1]
        return [g.award for g in facts.grants]

    for sentence in (
        "Hội đồng Thi đua - Khen thưởng huyện Đông Anh đề nghị Chủ tịch UBND thành phố Hà Nội tặng danh hiệu Chiến sĩ thi đua thành phố cho 4 cá nhân.",
        "Năm 2016, huyện Đông Anh (Hà Nội) có 4 cá nhân đạt danh hiệu Chiến sĩ thi đua thành phố.",
    ):
        assert award(sentence) == ["chien-si-thi-dua-cap-bo-tinh"], sentence
    # negative: a provincial city's is the grassroots title, as is one named in full
    vinh = "Năm 2016, thành phố Vinh (Nghệ An) có 4 cá nhân đạt danh hiệu Chiến sĩ thi đua thành phố."
    assert award(vinh, "Thành phố Vinh tổng kết năm 2016") == ["chien-si-thi-dua-co-so"]


def test_a_unit_s_honours_counted_by_the_piece_as_had_are_its_record_not_grants():
    for text in (
        "Trước đó, Lữ đoàn đã được tặng thưởng 1 Huân chương Quân công hạng Nhì, 3 Huân chương Chiến công hạng Ba.",
        "Nhà trường cũng đã vinh dự được nhận 2 Huân chương Lao động và 5 Bằng khen của Thủ tướng Chính phủ.",
    ):
        assert grants_of(text) == [], text
    # negative: a year's awards counted by the piece, with no 'đã', are that year's grants
    rows = grants_of("Năm 2022, Lữ đoàn nhận được: 01 Cờ thi đua của Chính phủ, 02 Bằng khen của Bộ trưởng Bộ Quốc phòng.")
    assert [(r[0], r[2]) for r in rows] == [("co-thi-dua-chinh-phu", 1), ("bang-khen-cap-bo-tinh", 2)]


def test_the_holders_a_whole_unit_has_up_to_now_said_after_who_says_so_are_no_grant():
    said = "Theo ông Lê Văn Vân, Phó Giám đốc Sở Văn hóa, {when} toàn tỉnh có 210.000 hộ gia đình đạt danh hiệu Gia đình văn hóa."
    assert grants_of(said.format(when="đến nay")) == []
    # negative: a year's count of them is that year's grant
    assert [(r[0], r[2]) for r in grants_of(said.format(when="năm 2023"))] == [("gia-dinh-van-hoa", 210000)]


def test_bodies_listed_after_the_award_they_were_given_parted_by_semicolons_are_counted_each():
    rows = grants_of("Các tập thể được tặng Cờ thi đua: Trường THCS Hoàng Văn Thụ; Trường Tiểu học Na Sầm; Trường Mầm non Hoa Mai.")
    assert [(r[0], r[2]) for r in rows] == [("co-thi-dua-cap-bo-tinh", 3)]
    # negative: a clause after a semicolon that gives on its own is a grant of its own, not an item
    rows = grants_of(
        "Các tập thể được tặng Cờ thi đua: Trường THCS Hoàng Văn Thụ, Trường Tiểu học Na Sầm; UBND huyện tặng Giấy khen cho 5 cá nhân."
    )
    assert [(r[0], r[2]) for r in rows] == [("co-thi-dua-cap-bo-tinh", 2), ("giay-khen", 5)]


def test_an_award_handed_over_by_no_one_named_in_a_paragraph_that_opens_on_its_own_years_was_not_given_at_the_event():
    meeting = "Ngày 18/6/2025, UBND huyện Văn Lãng tổ chức Hội nghị điển hình tiên tiến giai đoạn 2020 - 2025.\n"
    years = "Trong 5 năm qua, các phong trào thi đua được triển khai sâu rộng. "
    for given in (
        "Toàn huyện có 45 tập thể được UBND tỉnh trao tặng Bằng khen.",
        "Chủ tịch UBND huyện trao tặng Giấy khen cho 620 tập thể.",
    ):
        assert [r[8] for r in grants_of(meeting + years + given)] == [None], given
        # negative: with no years of its own to open its paragraph, handed over at the article's one event
        assert [r[8] for r in grants_of(meeting + given)] == ["e1"], given


def test_bodies_listed_as_the_subject_before_adverbs_and_a_passive_are_counted_each():
    for adverbs in ("vinh dự", "đã", "cũng đã", "đều"):
        rows = grants_of(f"Năm 2022, xã Tân Mỹ và thị trấn Na Sầm {adverbs} được tặng Cờ thi đua của UBND tỉnh.")
        assert [(r[0], r[2]) for r in rows] == [("co-thi-dua-cap-bo-tinh", 2)], adverbs
    # negative: one body and a phrase said of it is one recipient
    rows = grants_of("Năm 2022, xã Tân Mỹ và Nhân dân địa phương vinh dự được tặng Cờ thi đua của UBND tỉnh.")
    assert [(r[2], r[10]) for r in rows] == [(1, "xã Tân Mỹ")]


def test_people_named_after_a_commendation_of_the_round_are_its_recipients():
    for text in (
        "Được khen thưởng lần này có ông Lục Văn Tài và bà Hoàng Thị Mây.",
        "Những người được khen thưởng đợt này gồm ông Lục Văn Tài và bà Hoàng Thị Mây.",
    ):
        rows = grants_of(text)
        assert [(r[0], r[1], r[2]) for r in rows] == [("khen-thuong", "individual", 2)], text
    # negative: a commendation said of, with no one named after it, gives nothing
    assert grants_of("Được khen thưởng lần này là niềm vinh dự lớn của cán bộ, nhân dân xã.") == []


def test_units_a_bloc_chose_for_a_proposal_are_proposed_each():
    rows = grants_of(
        "Khối thống nhất chọn Trường THCS Hoàng Văn Thụ và Trường THCS Na Sầm để đề nghị UBND tỉnh tặng Bằng khen.", with_event=True
    )
    assert [(r[0], r[2], r[4], r[5]) for r in rows] == [("bang-khen-cap-bo-tinh", 2, "proposed", "Ủy ban nhân dân tỉnh Lạng Sơn")]
    # the ranking, then the proposal it is for, with no comma between
    rows = grants_of(
        "Hội nghị đã bình chọn xã Tân Mỹ là đơn vị dẫn đầu Cụm thi đua để đề nghị UBND huyện tặng Cờ thi đua.", with_event=True
    )
    assert ("co-thi-dua-cap-bo-tinh", 1, "proposed", "Ủy ban nhân dân huyện Văn Lãng") in [(r[0], r[2], r[4], r[5]) for r in rows]
    # negative: a choice with no proposal after it proposes nothing
    rows = grants_of("Khối thống nhất chọn Trường THCS Hoàng Văn Thụ làm Khối trưởng năm 2024.", with_event=True)
    assert rows == []


def test_a_unit_named_as_one_of_the_best_then_receiving_is_the_recipient_and_in_a_year_of_its_own_not_at_the_event():
    for said in (
        "Năm 2022, xã Tân Mỹ được bình chọn là xã văn hóa tiêu biểu và nhận Bằng khen của UBND tỉnh.",
        "Năm 2022, Trường THCS Na Sầm được công nhận là trường học thân thiện và nhận Giấy khen của UBND huyện.",
    ):
        rows = grants_of(said, with_event=True)
        assert [(r[2], r[10], r[8]) for r in rows] == [(1, said.split(", ", 1)[1].split(" được")[0], None)], said
    # negative: a vote told at the meeting with no year of its own is the meeting's
    rows = grants_of("Hội nghị đã bình chọn xã Tân Mỹ là đơn vị dẫn đầu Cụm thi đua.", with_event=True)
    assert [r[8] for r in rows] == ["e1"]


def test_those_commended_then_handed_an_award_by_its_quoted_name_to_as_many_are_one_grant():
    for said in (
        'Ban Thường vụ Huyện đoàn tuyên dương 25 gương đoàn viên tiêu biểu và trao Huy hiệu "Tuổi trẻ sáng tạo" cho 25 đoàn viên.',
        "Hội Cựu chiến binh huyện biểu dương 12 hội viên và trao Kỷ niệm chương “Vì thế hệ trẻ” cho 12 hội viên.",
    ):
        rows = grants_of(said, with_event=True)
        assert [(r[0], r[2]) for r in rows] == [("huy-hieu" if "Huy hiệu" in said else "ky-niem-chuong", 25 if "25" in said else 12)], said
    # those commended are more than those handed the award: each counted
    rows = grants_of(
        'Ban Thường vụ Huyện đoàn tuyên dương 30 đoàn viên và trao Huy hiệu "Tuổi trẻ sáng tạo" cho 5 đoàn viên.', with_event=True
    )
    assert sorted((r[0], r[2]) for r in rows) == [("huy-hieu", 5), ("khen-thuong", 30)]
    # negative: an award with no count of its own after it is what those counted got
    rows = grants_of('Ban Thường vụ Huyện đoàn đã có 30 đoàn viên được trao Huy hiệu "Tuổi trẻ sáng tạo".', with_event=True)
    assert [(r[0], r[2]) for r in rows] == [("huy-hieu", 30)]


def test_a_certificate_handed_with_its_insignia_is_the_title_given_not_a_badge():
    title = "Chủ tịch nước đã phong tặng danh hiệu Nhà giáo Ưu tú cho 3 nhà giáo của huyện."
    for handed in (
        "Bà Hoàng Thị Lan, Phó Chủ tịch UBND huyện trao Bằng và huy hiệu cho các nhà giáo.",
        "Bà Hoàng Thị Lan, Phó Chủ tịch UBND huyện trao bằng công nhận, huy hiệu cho các nhà giáo.",
    ):
        rows = grants_of(title + " " + handed, with_event=True)
        assert [(r[0], r[2], r[6]) for r in rows] == [("nha-giao-uu-tu", 3, "Hoàng Thị Lan")], handed
    # negative: no title told before, the insignia of none named gives nothing to count
    assert grants_of("Bà Hoàng Thị Lan, Phó Chủ tịch UBND huyện trao Bằng và huy hiệu cho các nhà giáo.", with_event=True) == []
    # the title named after them, as those counted ('cho 9 nghệ nhân ưu tú'): that title, the insignia none of its own
    for handed in ("Bằng công nhận và Huy hiệu", "Bằng, huy hiệu"):
        rows = grants_of(f"Ông Lê Văn Hùng thừa ủy quyền của Chủ tịch nước trao {handed} cho 9 nghệ nhân ưu tú.")
        assert [(r[0], r[2], r[5]) for r in rows] == [("nghe-nhan-uu-tu", 9, "Chủ tịch nước")], handed
    # negative: a badge named after its word is a badge of its own, whatever is handed with it
    rows = grants_of('Bà Hoàng Thị Lan trao Bằng và Huy hiệu "Tuổi trẻ sáng tạo" cho 5 đoàn viên.', with_event=True)
    assert ("huy-hieu", 5) in [(r[0], r[2]) for r in rows]


def test_a_bare_title_or_prize_handed_to_those_counted_is_the_one_the_ceremony_is_named_after():
    cases = (
        ("Ngày 13/10/2023, UBND huyện tổ chức Lễ tôn vinh và trao tặng danh hiệu “Công dân tiêu biểu” năm 2023.",
         "Ông Hoàng Văn Minh, Bí thư Huyện ủy trao danh hiệu cho 10 công dân.", ("khen-thuong", 10, "Công dân tiêu biểu")),
        ("Ngày 13/10/2023, UBND tỉnh tổ chức Lễ trao tặng danh hiệu Nghệ nhân Ưu tú.",
         "Ông Hoàng Văn Minh, Phó Chủ tịch UBND tỉnh trao tặng danh hiệu cho 7 nghệ nhân.", ("nghe-nhan-uu-tu", 7, None)),
        ("Ngày 13/10/2023, Tỉnh đoàn tổ chức Lễ trao Giải thưởng Lý Tự Trọng năm 2023.",
         "Anh Hoàng Văn Minh, Bí thư Tỉnh đoàn trao giải cho 12 cán bộ Đoàn.", ("khen-thuong", 12, "Giải thưởng Lý Tự Trọng")),
    )  # fmt: skip
    for lead, handed, expected in cases:
        facts = article(HEAD + lead + " " + handed + "\nTrần Thu Hương\n")[1]
        assert [(g.award, g.count, g.title, g.presenter, g.event) for g in facts.grants] == [(*expected, "Hoàng Văn Minh", "e1")], handed
    # negative: a meeting named after no title hands none over
    facts = article(HEAD + "Ngày 13/10/2023, UBND huyện tổ chức Hội nghị tổng kết năm 2023. " + cases[0][1] + "\nTrần Thu Hương\n")[1]
    assert facts.grants == []
    # negative: the title counted given before, handed over to as many, is one grant
    facts = article(
        HEAD + cases[1][0] + " Chủ tịch nước đã phong tặng danh hiệu Nghệ nhân Ưu tú cho 7 nghệ nhân. " + cases[1][1] + "\nTrần Thu Hương\n"
    )[1]
    assert [(g.award, g.count, g.presenter) for g in facts.grants] == [("nghe-nhan-uu-tu", 7, "Hoàng Văn Minh")]


def test_a_total_that_sums_up_the_grants_told_just_before_it_is_no_grant_of_its_own():
    for total in (
        "Tổng cộng có 70 tập thể, cá nhân được khen thưởng.",
        "Như vậy, trong năm có 70 tập thể, cá nhân được khen thưởng.",
        "Tính chung, 70 tập thể, cá nhân được biểu dương, khen thưởng.",
    ):
        rows = grants_of("UBND huyện tặng Giấy khen cho 20 tập thể. Chủ tịch UBND huyện tặng Giấy khen cho 50 cá nhân. " + total)
        assert sorted((r[1], r[2]) for r in rows) == [("collective", 20), ("individual", 50)], total
    # negatives: a total that does not add up, or one told besides them ('Ngoài ra'), is a grant of its own
    rows = grants_of("UBND huyện tặng Giấy khen cho 20 tập thể và 50 cá nhân. Tổng cộng có 90 tập thể, cá nhân được khen thưởng.")
    assert ("mixed", 90) in [(r[1], r[2]) for r in rows]
    rows = grants_of("UBND huyện tặng Giấy khen cho 20 tập thể và 50 cá nhân. Ngoài ra, 70 tập thể, cá nhân được khen thưởng.")
    assert ("mixed", 70) in [(r[1], r[2]) for r in rows]


def test_a_total_told_after_the_counts_of_its_clause_it_adds_up_is_no_grant_of_its_own():
    for said in (
        "UBND huyện tặng Giấy khen cho 20 tập thể và 50 cá nhân, tổng cộng 70 tập thể, cá nhân.",
        "Chủ tịch UBND huyện tặng Giấy khen cho 12 chi bộ, 8 tổ dân phố, tổng số 20 tập thể.",
    ):
        rows = grants_of(said)
        assert sum(r[2] for r in rows) == (70 if "70" in said else 20) and len(rows) == 2, said
    # negative: a total that does not add up is told of its own; one told first is broken down by those after it
    rows = grants_of("UBND huyện tặng Giấy khen cho 20 tập thể và 50 cá nhân, tổng cộng 80 tập thể, cá nhân.")
    assert ("mixed", 80) in [(r[1], r[2]) for r in rows]
    facts = article(HEAD + "UBND huyện khen thưởng tổng cộng 70 tập thể, cá nhân (20 tập thể, 50 cá nhân).\nTrần Thu Hương\n")[1]
    assert sorted((g.recipient_kind, g.count) for g in counted_once(facts.grants)) == [("collective", 20), ("individual", 50)]


def test_the_items_of_a_list_under_lines_that_head_each_kind_are_its_recipients():
    for heads in (("Tập thể:", "Cá nhân:"), ("a) Tập thể:", "b) Cá nhân:"), ("- Đối với tập thể:", "- Đối với cá nhân:")):
        facts = article(
            HEAD + "Chủ tịch UBND huyện tặng Giấy khen cho:\n" + heads[0] + "\n- Trường THCS Na Sầm;\n- Trạm Y tế xã Tân Mỹ;\n"
            "- UBND xã Hoàng Việt.\n" + heads[1] + "\n- Ông Hoàng Văn Lợi, Chủ tịch UBND xã Tân Mỹ;\n- Bà Lương Thị Hoa.\nTrần Thu Hương\n"
        )[1]
        assert sorted((g.recipient_kind, g.count) for g in facts.grants) == [("collective", 3), ("individual", 2)], heads
    # negative: a line that heads something else ends the list, its items no recipients
    facts = article(
        HEAD + "Chủ tịch UBND huyện tặng Giấy khen cho:\n- Trường THCS Na Sầm;\n- Trạm Y tế xã Tân Mỹ.\nPhương hướng năm 2024:\n"
        "- Trường THCS Hoàng Văn Thụ;\n- UBND xã Hoàng Việt.\nTrần Thu Hương\n"
    )[1]
    assert [(g.recipient_kind, g.count) for g in facts.grants] == [("collective", 2)]


def test_of_two_events_one_sentence_tells_the_one_ceremony_of_honours_is_where_an_award_was_handed_over():
    def handed_at(lead: str) -> list:
        facts = article(
            HEAD + lead + "\nNăm nay, toàn huyện có 63 hội viên đạt danh hiệu nông dân sản xuất giỏi. Ông Hoàng Văn Minh, Bí thư Huyện"
            " ủy trao Giấy khen của UBND huyện cho 10 nông dân tiêu biểu.\nTrần Thu Hương\n"
        )[1]
        return [(g.event, g.presenter) for g in facts.grants]

    said = "Ngày 12/10/2023, Hội Nông dân huyện tổ chức Lễ tôn vinh nông dân xuất sắc và Hội thảo “Nhà nông tin cậy”."
    assert handed_at(said) == [("e1", "Hoàng Văn Minh")]
    # negative: the two told in sentences of their own, a paragraph of another year between, neither is the article's
    said = (
        "Sáng 12/10/2023, Hội Nông dân huyện tổ chức Hội thảo “Nhà nông tin cậy”. Chiều cùng ngày, Hội tổ chức Lễ tôn vinh nông"
        " dân xuất sắc.\nNăm 2022, toàn huyện có 300 hộ sản xuất giỏi."
    )
    assert handed_at(said) == [(None, "Hoàng Văn Minh")]


def test_the_number_of_those_commended_told_after_a_colon_counts_them():
    rows = grants_of("Số tập thể được khen thưởng: 15; số cá nhân được khen thưởng: 30.")
    assert sorted((r[1], r[2]) for r in rows) == [("collective", 15), ("individual", 30)]
    rows = grants_of("Số cá nhân được Chủ tịch UBND huyện tặng Giấy khen năm 2022 là 45.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "individual", 45)]
    # negatives: the number of a document, and of those who took part, count no one commended
    assert grants_of("Số cá nhân tham gia hội thi: 300 người.") == []
    assert [r[2] for r in grants_of("Quyết định số 12/QĐ-UBND về việc khen thưởng cho 5 tập thể.")] == [5]


def test_a_breakdown_by_the_manner_of_commendation_gives_the_parts_of_the_totals_it_adds_up_to():
    for joined in ("; ", " và "):
        said = (
            "Chủ tịch UBND huyện đã khen thưởng cho 95 tập thể, 260 cá nhân, trong đó: khen thưởng thường xuyên 80 tập thể, 220 cá"
            f" nhân{joined}khen thưởng đột xuất 15 tập thể, 40 cá nhân."
        )
        assert sorted((r[1], r[2]) for r in grants_of(said)) == [
            ("collective", 15), ("collective", 80), ("individual", 40), ("individual", 220)
        ], joined  # fmt: skip
    # negative: a part alone that does not add up is some of them: the totals stand
    rows = grants_of("Chủ tịch UBND huyện đã khen thưởng cho 95 tập thể, 260 cá nhân, trong đó: khen thưởng đột xuất 15 tập thể.")
    assert sorted((r[1], r[2]) for r in rows) == [("collective", 95), ("individual", 260)]


def test_proposals_whose_results_a_list_after_a_lead_gives_are_those_results():
    items = "\n- Bằng khen của Thủ tướng Chính phủ: 01 tập thể;\n- Bằng khen của Chủ tịch UBND tỉnh: 11 tập thể, 25 cá nhân."
    for lead in (
        "Huyện đã trình cấp trên khen thưởng cho 12 tập thể, 25 cá nhân. Kết quả:",
        "Huyện đã trình cấp trên khen thưởng cho 12 tập thể, 25 cá nhân, kết quả:",
    ):
        rows = grants_of(lead + items)
        assert sorted((r[0], r[1], r[2], r[4]) for r in rows) == [
            ("bang-khen-cap-bo-tinh", "collective", 11, "conferred"), ("bang-khen-cap-bo-tinh", "individual", 25, "conferred"),
            ("bang-khen-thu-tuong", "collective", 1, "conferred"),
        ], lead  # fmt: skip
    # negative: a list after 'cụ thể:' details the proposals, proposed
    rows = grants_of("Huyện đã trình cấp trên khen thưởng cho 12 tập thể, 25 cá nhân, cụ thể:" + items)
    assert {r[4] for r in rows} == {"proposed"}


def test_a_list_after_a_lead_that_breaks_totals_down_by_level_gives_their_parts():
    total = "Toàn huyện đã khen thưởng cho 420 tập thể, 1.150 cá nhân. Trong đó:\n"
    items = "- Cấp Nhà nước: 2 tập thể, 3 cá nhân;\n- Cấp tỉnh: 38 tập thể, 97 cá nhân;\n- Cấp huyện: 380 tập thể, 1.050 cá nhân."
    assert sorted((r[1], r[2]) for r in grants_of(total + items)) == [
        ("collective", 2), ("collective", 38), ("collective", 380), ("individual", 3), ("individual", 97), ("individual", 1050)
    ]  # fmt: skip
    # negative: items that do not add up to the totals are some of them, no parts: the totals stand
    short = items.replace("380 tập thể", "300 tập thể")
    assert sorted((r[1], r[2]) for r in grants_of(total + short)) == [("collective", 420), ("individual", 1150)]


def test_counts_joined_to_a_share_of_a_total_are_shares_too():
    total = "Năm 2023, toàn huyện có 120 lượt tập thể, 300 lượt cá nhân được khen thưởng các cấp. "
    rows = grants_of(total + "Trong đó, cấp tỉnh có 15 tập thể, 45 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen.")
    assert sorted((r[0], r[1], r[2]) for r in rows) == [("khen-thuong", "collective", 120), ("khen-thuong", "individual", 300)]
    # negative: with no total before them, they are grants of their own
    rows = grants_of("Năm 2023, cấp tỉnh có 15 tập thể, 45 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen.")
    assert sorted((r[1], r[2]) for r in rows) == [("collective", 15), ("individual", 45)]


def test_a_count_after_a_semicolon_goes_on_with_a_list_whose_last_count_says_what_they_attained():
    said = (
        "Ban Thường vụ Huyện ủy đã tặng Giấy khen cho 12 tổ chức cơ sở đảng đạt tiêu chuẩn “Trong sạch, vững mạnh” tiêu biểu; 45"
        " đảng viên hoàn thành xuất sắc nhiệm vụ tiêu biểu."
    )
    assert sorted((r[0], r[1], r[2]) for r in grants_of(said)) == [("giay-khen", "collective", 12), ("giay-khen", "individual", 45)]
    # negative: a clause with an award of its own after the semicolon is its own grant, not the list's
    said = "Ban Thường vụ Huyện ủy đã tặng Giấy khen cho 12 tổ chức cơ sở đảng đạt tiêu chuẩn tiêu biểu; 45 đảng viên được tặng Bằng khen."
    assert ("giay-khen", 45) not in [(r[0], r[2]) for r in grants_of(said)]


def test_a_medal_s_classes_listed_after_it_share_its_count_and_an_old_order_is_one_award():
    def given(told: str) -> list[tuple]:
        return sorted((r[0], r[2], r[1]) for r in grants_of(told))

    # the classes listed after a medal's first ('hạng Nhất, Nhì, Ba') share the count, which the clause then breaks down
    told = (
        "Chiều 11/4, Công an tỉnh trao Huy chương Chiến sĩ vẻ vang hạng Nhất, Nhì, Ba cho 27 cán bộ, trong đó hạng Nhất 5 "
        "đồng chí, hạng Nhì 10 đồng chí, hạng Ba 12 đồng chí."
    )
    assert given(told) == [
        ("huy-chuong-chien-si-ve-vang-hang-ba", 12, "individual"),
        ("huy-chuong-chien-si-ve-vang-hang-nhat", 5, "individual"),
        ("huy-chuong-chien-si-ve-vang-hang-nhi", 10, "individual"),
    ]
    told = "Chiều 11/4, Công an tỉnh trao Huy chương Chiến sĩ vẻ vang hạng Nhì và Ba cho 18 chiến sĩ."
    assert given(told) == [("huy-chuong-chien-si-ve-vang", 18, "individual")]
    # negative: a class given to some and another to others is two grants
    told = "Chiều 11/4, Công an tỉnh trao Huy chương Chiến sĩ vẻ vang hạng Nhì cho 10 cán bộ, hạng Ba cho 12 cán bộ."
    assert given(told) == [
        ("huy-chuong-chien-si-ve-vang-hang-ba", 12, "individual"),
        ("huy-chuong-chien-si-ve-vang-hang-nhi", 10, "individual"),
    ]
    # an order the taxonomy does not list, read whole, is the award of an item that names its recipient first
    told = (
        "Sáng 19/8, UBND huyện Văn Lãng tổ chức lễ trao Huân chương Kháng chiến của Chủ tịch nước cho các cá nhân sau:\n"
        "- Ông Nông Văn Xuân, xã Hoàng Việt: Huân chương Kháng chiến hạng Nhì.\n"
        "- Bà Hoàng Thị Lựu, xã Tân Mỹ: Huân chương Kháng chiến hạng Ba."
    )
    assert given(told) == [("huan-chuong", 2, "individual")]
    # and a count of bodies before 'cụ thể' (specifically) counts bodies only
    assert given("Sáng 19/8, UBND huyện Văn Lãng trao Giấy khen cho 3 tập thể, cụ thể như sau:") == [("giay-khen", 3, "collective")]


def test_items_that_break_a_heading_s_total_down_by_class_are_its_parts_where_they_add_up_to_it():
    def given(told: str) -> list[tuple]:
        return sorted((r[0], r[2], r[1], str(r[10])) for r in grants_of(told))

    heading = "Sáng 19/8, UBND huyện Văn Lãng tổ chức lễ trao Huân chương Lao động của Chủ tịch nước cho {n} tập thể, cụ thể:\n"
    items = (
        "1. Trạm Y tế xã Hoàng Việt: Huân chương Lao động hạng Nhì;\n2. Trường THCS Tân Mỹ: Huân chương Lao động hạng Ba;\n"
        "3. Phòng Nội vụ huyện: Huân chương Lao động hạng Ba."
    )
    assert given(heading.format(n=3) + items) == [
        ("huan-chuong-lao-dong-hang-ba", 2, "collective", "None"),
        ("huan-chuong-lao-dong-hang-nhi", 1, "collective", "Trạm Y tế xã Hoàng Việt"),
    ]
    # people, an item each, two of a class and one of another, under a total in words of its own
    told = (
        "Sáng 19/8, UBND huyện Văn Lãng trao Huân chương Bảo vệ Tổ quốc cho 3 cá nhân như sau:\n"
        "- Ông Nông Văn Xuân, Chỉ huy trưởng Ban CHQS huyện: Huân chương Bảo vệ Tổ quốc hạng Nhì;\n"
        "- Ông Hoàng Văn Lực, Phó Chỉ huy trưởng: Huân chương Bảo vệ Tổ quốc hạng Ba;\n"
        "- Bà Lý Thị Hoa, Trợ lý: Huân chương Bảo vệ Tổ quốc hạng Ba."
    )
    assert [(a, n) for a, n, _, _ in given(told)] == [("huan-chuong-bao-ve-to-quoc-hang-ba", 2), ("huan-chuong-bao-ve-to-quoc-hang-nhi", 1)]
    # negative: items naming only some of those counted are among them, the total is the grant
    assert given(heading.format(n=5) + items) == [("huan-chuong-lao-dong", 5, "collective", "None")]


def test_totals_told_in_turn_after_la_count_the_award_the_first_names():
    def given(told: str) -> list[tuple]:
        return sorted((r[0], r[1], r[2], r[5]) for r in grants_of(told))

    both = [
        ("bang-khen-cap-bo-tinh", "collective", 8, "Bộ trưởng Bộ Tài chính"),
        ("bang-khen-cap-bo-tinh", "individual", 15, "Bộ trưởng Bộ Tài chính"),
    ]
    for sep in ("; ", ", ", " và "):
        told = f"Năm 2023, số tập thể được tặng Bằng khen của Bộ trưởng Bộ Tài chính là 8{sep}số cá nhân là 15."
        assert given(told) == both, sep
    told = "Năm 2023, tổng số tập thể được tặng Giấy khen của Chủ tịch UBND huyện là 30; tổng số cá nhân được khen thưởng là 45."
    assert [(a, k, n) for a, k, n, _ in given(told)] == [("giay-khen", "collective", 30), ("giay-khen", "individual", 45)]
    # negative: a figure of something else told in turn is no grant, nor one the first total did not open before its award
    told = "Năm 2023, số tập thể được tặng Giấy khen của Chủ tịch UBND huyện là 30; số hộ nghèo là 45."
    assert [(a, k, n) for a, k, n, _ in given(told)] == [("giay-khen", "collective", 30)]
    told = "Chủ tịch UBND huyện tặng Giấy khen cho 30 tập thể; số cá nhân là 45."
    assert [(a, k, n) for a, k, n, _ in given(told)] == [("giay-khen", "collective", 30)]


def test_units_voted_leaders_in_the_passive_are_each_ranked():
    def given(told: str) -> list[tuple]:
        return [(r[0], r[1], r[2], r[10]) for r in grants_of(told)]

    for told in (
        "Kết quả bỏ phiếu, xã Tân Mỹ và xã Hoàng Việt được suy tôn là đơn vị dẫn đầu Cụm thi đua số 2.",
        "Xã Tân Mỹ và xã Hoàng Việt được bình chọn là đơn vị dẫn đầu khối các xã.",
    ):
        assert given(told) == [("don-vi-dan-dau-khoi-thi-dua", "collective", 2, None)], told
    told = "Trường THCS Tân Mỹ được bình xét, suy tôn là đơn vị dẫn đầu khối trường học."
    assert given(told) == [("don-vi-dan-dau-khoi-thi-dua", "collective", 1, "Trường THCS Tân Mỹ")]
    # negative: a unit voted for something else is not ranked ('được bình chọn là điểm sáng' names no bloc's leader)
    assert given("Xã Tân Mỹ và xã Hoàng Việt được bình chọn là điểm sáng về xây dựng nông thôn mới.") == []


def test_others_counted_right_after_a_list_s_items_are_the_rest_of_its_heading_s_total():
    def given(told: str) -> list[tuple]:
        return sorted((r[0], r[2]) for r in grants_of(told))

    heading = "Sáng 19/8, UBND huyện Văn Lãng trao Huân chương Lao động của Chủ tịch nước cho 12 tập thể, cụ thể:\n"
    items = "- Trạm Y tế xã Hoàng Việt: Huân chương Lao động hạng Nhì;\n- Trường THCS Tân Mỹ: Huân chương Lao động hạng Ba.\n"
    # the items and the others add up to the total: its parts
    told = heading + items + "Và 10 tập thể khác được tặng Huân chương Lao động hạng Ba."
    assert given(told) == [("huan-chuong-lao-dong-hang-ba", 1), ("huan-chuong-lao-dong-hang-ba", 10), ("huan-chuong-lao-dong-hang-nhi", 1)]
    # of the total's own award: among it, the total alone (it was counted twice, 12 and 9 more)
    told = (
        "Sáng 19/8, UBND huyện Văn Lãng trao Huân chương Kháng chiến của Chủ tịch nước cho 12 cá nhân, cụ thể:\n"
        "- Ông Nông Văn Xuân, xã Hoàng Việt: Huân chương Kháng chiến hạng Nhì;\n"
        "- Bà Hoàng Thị Lựu, xã Tân Mỹ: Huân chương Kháng chiến hạng Ba.\n"
        "Và 10 cá nhân khác được truy tặng Huân chương Kháng chiến hạng Ba."
    )
    assert given(told) == [("huan-chuong", 12)]
    # negative: others given another award are a grant of their own
    told = heading + items + "Ngoài ra, UBND tỉnh tặng Bằng khen cho 10 tập thể khác."
    assert given(told) == [("bang-khen-cap-bo-tinh", 10), ("huan-chuong-lao-dong", 12)]


def test_those_of_a_body_given_in_the_passive_after_an_adverb_name_no_giver():
    def given(told: str) -> list[tuple]:
        return [(r[0], r[1], r[2], r[5]) for r in grants_of(told)]

    told = "2 cá nhân của Phòng Y tế huyện cũng được tặng Bằng khen."
    assert given(told) == [("bang-khen-cap-bo-tinh", "individual", 2, None)]
    told = "Cùng với đó, 3 cán bộ của Công an huyện cũng đã được tặng Giấy khen."
    assert given(told) == [("giay-khen", "individual", 3, None)]
    # negative: a giver that gives, after the same adverbs, is the subject
    assert given("UBND huyện cũng đã tặng Giấy khen cho 5 tập thể.") == [("giay-khen", "collective", 5, "Ủy ban nhân dân huyện Văn Lãng")]


def test_a_count_s_members_named_after_the_body_they_belong_to_are_the_count():
    def given(told: str) -> list[tuple]:
        return [(r[0], r[1], r[2]) for r in grants_of(told)]

    for told in (
        "2 cá nhân của Phòng Y tế huyện là bà Hoàng Thị Hoa và ông Nông Văn Khoa được tặng Bằng khen.",
        "2 cán bộ thuộc Công an huyện là Đại úy Hoàng Văn Tú và Thượng úy Lý Văn Pao được tặng Bằng khen.",
    ):
        assert given(told) == [("bang-khen-cap-bo-tinh", "individual", 2)], told
    # a fund named by its own name receives as a body
    told = "Quỹ Bảo trợ trẻ em huyện Văn Lãng được Chủ tịch UBND tỉnh tặng Bằng khen."
    assert [r[10] for r in grants_of(told)] == ["Quỹ Bảo trợ trẻ em huyện Văn Lãng"]


def test_an_award_given_posthumously_to_a_household_is_the_dead_head_s():
    def given(told: str) -> list[tuple]:
        return [(r[0], r[1], r[2], r[10]) for r in grants_of(told)]

    told = "Sáng 7/9, đồng chí Hoàng Văn Tú trao Huân chương Kháng chiến hạng Nhất (truy tặng) cho gia đình cụ Lý Văn Pao."
    assert given(told) == [("huan-chuong", "individual", 1, "Lý Văn Pao")]
    told = "Sáng 7/9, đồng chí Hoàng Văn Tú trao Quyết định truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho gia đình mẹ Hoàng Thị Nhàn."
    assert given(told) == [("ba-me-viet-nam-anh-hung", "individual", 1, "Hoàng Thị Nhàn")]
    # negative: a household given an award for itself is the household
    told = "Sáng 7/9, đồng chí Hoàng Văn Tú trao Giấy khen của UBND huyện cho gia đình ông Lý Văn Pao vì đã hiến đất làm đường."
    assert given(told) == [("giay-khen", "collective", 1, "gia đình ông Lý Văn Pao")]


def test_a_passive_giving_said_to_be_another_of_the_last_sentence_s_has_its_giver():
    def given(told: str) -> list[tuple]:
        return [(r[0], r[1], r[5]) for r in grants_of(told)]

    told = "Trường THCS Tân Mỹ được Chủ tịch UBND tỉnh tặng Bằng khen. Cùng với đó, 2 giáo viên của trường cũng được tặng Bằng khen."
    assert given(told) == [
        ("bang-khen-cap-bo-tinh", "collective", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("bang-khen-cap-bo-tinh", "individual", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
    ]
    # negative: another award said given too has no giver the sentence before named for its own
    told = "Trường THCS Tân Mỹ được Chủ tịch UBND tỉnh tặng Bằng khen. Cô giáo Hoàng Thị Lan cũng được tặng Giấy khen."
    assert given(told)[1] == ("giay-khen", "individual", None)
    # nor does one after a proposal: what was proposed was not given
    told = "Trường THCS Tân Mỹ được đề nghị Chủ tịch UBND tỉnh tặng Bằng khen. Cô giáo Hoàng Thị Lan cũng được tặng Bằng khen."
    assert given(told)[1] == ("bang-khen-cap-bo-tinh", "individual", None)


def test_a_giver_named_after_bo_i_in_the_passive_gives():
    def given(told: str) -> list[tuple]:
        return [(r[0], r[2], r[5]) for r in grants_of(told)]

    told = "Sáng 5/4, Bằng khen được trao bởi Chủ tịch UBND tỉnh cho 5 tập thể có thành tích xuất sắc."
    assert given(told) == [("bang-khen-cap-bo-tinh", 5, "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn")]
    told = "Ngày 5/4, Trung tâm Y tế huyện tổ chức trao Kỷ niệm chương cho 9 cá nhân. Kỷ niệm chương được trao tặng bởi Bộ trưởng Bộ Y tế."
    assert given(told) == [("ky-niem-chuong", 9, "Bộ trưởng Bộ Y tế")]
    # negative: a choice made by a council is no giving by it
    told = (
        "Sáng 5/4, UBND huyện Văn Lãng trao Giấy khen cho 5 tập thể. Các tập thể được bình chọn bởi Hội đồng Thi đua - Khen thưởng huyện."
    )
    assert given(told) == [("giay-khen", 5, "Ủy ban nhân dân huyện Văn Lãng")]


def test_a_count_after_one_said_to_hold_a_title_is_given_the_clause_s_award():
    def given(told: str) -> list[tuple]:
        return [(r[0], r[1], r[2]) for r in grants_of(told)]

    told = "Sáng 24/5, Hiệu trưởng Trường THCS Tân Mỹ tặng Giấy khen cho 120 học sinh đạt danh hiệu Học sinh giỏi và 35 học sinh có thành tích trong các kỳ thi."
    assert given(told) == [("giay-khen", "individual", 120), ("giay-khen", "individual", 35)]
    told = "Chủ tịch UBND huyện tặng Giấy khen cho 20 hộ đạt danh hiệu “Gia đình văn hóa” tiêu biểu và 5 thôn có thành tích xuất sắc."
    assert given(told) == [("giay-khen", "collective", 20), ("giay-khen", "collective", 5)]
    # negative: titles recognised, each count its own, stay the titles
    told = "UBND huyện công nhận 20 cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở và 150 cá nhân đạt danh hiệu Lao động tiên tiến."
    assert given(told) == [("chien-si-thi-dua-co-so", "individual", 20), ("lao-dong-tien-tien", "individual", 150)]


def test_those_counted_holding_a_title_no_law_names_then_given_an_award_are_given_the_award():
    def given(told: str) -> list[tuple]:
        return [(r[0], r[1], r[2]) for r in grants_of(told)]

    told = "Năm học này, 120 học sinh đạt danh hiệu Học sinh giỏi được Hiệu trưởng Trường THCS Tân Mỹ tặng Giấy khen."
    assert given(told) == [("giay-khen", "individual", 120)]
    told = "Năm học này, 45 em đạt danh hiệu “Cháu ngoan Bác Hồ” đã được tặng Giấy khen."
    assert given(told) == [("giay-khen", "individual", 45)]
    # negative: a title the law names, held by those counted, stays theirs
    told = "Năm 2023, 25 giáo viên đạt danh hiệu Chiến sĩ thi đua cơ sở được Giám đốc Sở Giáo dục và Đào tạo tặng Giấy khen."
    assert given(told)[0] == ("chien-si-thi-dua-co-so", "individual", 25)


def test_a_proposal_naming_whom_it_asks_goes_on_to_the_next_giver_after_a_comma():
    # each giver the proposal asks in turn, a bare giving after a comma: proposed too
    rows = grants_of(
        "Huyện đã trình Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 1 tập thể, Bộ trưởng Bộ Công an tặng Bằng khen"
        " cho 3 cá nhân, Chủ tịch UBND tỉnh tặng Bằng khen cho 4 tập thể."
    )
    assert [(r[0], r[2], r[4]) for r in rows] == [
        ("huan-chuong-lao-dong-hang-ba", 1, "proposed"),
        ("bang-khen-cap-bo-tinh", 3, "proposed"),
        ("bang-khen-cap-bo-tinh", 4, "proposed"),
    ]
    # (after 'trong đó' opening the proposal's parts)
    rows = grants_of(
        "Phòng Nội vụ đề nghị khen thưởng 9 tập thể; trong đó đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 2 tập thể,"
        " UBND tỉnh tặng Cờ thi đua cho 1 tập thể."
    )
    assert [(r[0], r[4]) for r in rows if r[0] != "khen-thuong"] == [
        ("bang-khen-thu-tuong", "proposed"),
        ("co-thi-dua-cap-bo-tinh", "proposed"),
    ]


def test_a_giving_done_after_a_proposal_is_not_asked_in_turn():
    # 'đã' marks a giving done, 'còn' another subject's; a semicolon parts the clauses
    rows = grants_of(
        "UBND huyện đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể, Chủ tịch UBND huyện đã tặng Giấy khen cho 40 tập thể."
    )
    assert [(r[0], r[4]) for r in rows] == [("bang-khen-cap-bo-tinh", "proposed"), ("giay-khen", "conferred")]
    rows = grants_of("Huyện đề nghị UBND tỉnh tặng Bằng khen cho 3 tập thể, còn UBND huyện tặng Giấy khen cho 40 tập thể.")
    assert [(r[0], r[4]) for r in rows] == [("bang-khen-cap-bo-tinh", "proposed"), ("giay-khen", "conferred")]
    rows = grants_of("Huyện đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 1 tập thể; Chủ tịch UBND huyện tặng Giấy khen cho 12 cá nhân.")
    assert [(r[0], r[4]) for r in rows] == [("bang-khen-thu-tuong", "proposed"), ("giay-khen", "conferred")]


def test_a_hamlet_named_before_a_count_is_one_more_recipient_beside_it():
    # a unit below the commune, by its name or its number, then 'và' and a count: the unit, one grant of its own
    rows = grants_of("Chủ tịch UBND huyện tặng Giấy khen cho bản Nà Lừa và 3 cá nhân có thành tích xuất sắc.")
    assert [(r[1], r[2], r[10]) for r in rows] == [("collective", 1, "bản Nà Lừa"), ("individual", 3, None)]
    rows = grants_of("Năm nay, tổ dân phố số 5 và 12 hộ được UBND huyện tặng Giấy khen.")
    assert [(r[1], r[2]) for r in rows] == [("collective", 1), ("collective", 12)]
    # (households beside it are collectives too, not the hamlet counted among them)
    rows = grants_of("UBND huyện tặng Giấy khen cho thôn Đông Thành và 2 hộ gia đình.")
    assert [(r[1], r[2], r[10]) for r in rows] == [("collective", 1, "thôn Đông Thành"), ("collective", 2, None)]
    # (a count of hamlets is no hamlet named)
    rows = grants_of("UBND huyện tặng Giấy khen cho 3 thôn và 2 cá nhân.")
    assert [(r[1], r[2], r[10]) for r in rows] == [("collective", 3, None), ("individual", 2, None)]


def test_a_body_named_before_a_count_of_collectives_is_not_one_of_them():
    # 'cho Trường X và 2 tập thể': the school and two others, beside each other
    rows = grants_of("UBND huyện tặng Giấy khen cho Trường Tiểu học Hoàng Văn Thụ và 2 tập thể.")
    assert [(r[2], r[10]) for r in rows] == [(1, "Trường Tiểu học Hoàng Văn Thụ"), (2, None)]
    # (one named in a list a total counts is the total's: 'cho 3 tập thể, gồm: ... ' names them, no more)
    rows = grants_of("UBND huyện tặng Giấy khen cho 2 tập thể gồm Trường Tiểu học Hoàng Văn Thụ và Trường THCS Tân Mỹ.")
    assert [(r[2], r[10]) for r in rows] == [(2, None)]


def test_courts_and_procuracies_counted_by_their_level_beside_one_named():
    # '3 TAND cấp huyện' counts courts, as '3 xã' counts communes: the province's court named first is one more
    rows = grants_of("Chánh án TAND tối cao tặng danh hiệu Tập thể lao động xuất sắc cho TAND tỉnh và 3 TAND cấp huyện.")
    assert [(r[1], r[2]) for r in rows] == [("collective", 1), ("collective", 3)]
    rows = grants_of("Viện trưởng VKSND tỉnh tặng Giấy khen cho 2 Viện Kiểm sát nhân dân huyện và 6 kiểm sát viên.")
    assert [(r[1], r[2]) for r in rows] == [("collective", 2), ("individual", 6)]
    # negative: the kind alone opens a body's name, no count of it ('cho TAND tỉnh và 3 cá nhân': the court, and three)
    rows = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho TAND tỉnh và 3 cá nhân.")
    assert [(r[1], r[2], r[10]) for r in rows] == [("collective", 1, "Tòa án nhân dân tỉnh Lạng Sơn"), ("individual", 3, None)]


def test_units_listed_after_one_level_word_are_as_many_recipients():
    # 'cho huyện A và B': one level word before the list, each name a unit of that level in that province
    rows = grants_of("Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho huyện Bình Gia và Tràng Định.")
    assert [(r[1], r[2], r[4]) for r in rows] == [("collective", 2, "proposed")]
    rows = grants_of("UBND huyện tặng Giấy khen cho xã Tân Mỹ, Hội Hoan và Tân Thanh.")
    assert [(r[1], r[2]) for r in rows] == [("collective", 3)]
    # negative: an address after the unit is where it is ('huyện Bình Gia, Lạng Sơn'), no list; nor a name no unit bears
    rows = grants_of("UBND tỉnh tặng Cờ thi đua cho huyện Bình Gia, Lạng Sơn.")
    assert [(r[1], r[2], r[10]) for r in rows] == [("collective", 1, "huyện Bình Gia")]
    rows = grants_of("UBND huyện tặng Giấy khen cho xã Tân Mỹ và Nguyễn Văn An.")
    assert [(r[1], r[2], r[10]) for r in rows] == [("collective", 1, "xã Tân Mỹ"), ("individual", 1, "Nguyễn Văn An")]


def test_a_bracket_that_says_it_breaks_a_total_down_gives_the_breakdown_or_only_the_total():
    # '(gồm 5 tập thể, 10 cá nhân)', '(trong đó có ...)': a bracket that says so, after the count or after its award,
    # breaks the total down as a bare bracket does
    for body in (
        "Tại hội nghị, 15 tập thể và cá nhân được Giám đốc Sở Y tế tặng Giấy khen (gồm 5 tập thể, 10 cá nhân) vì có thành tích.",
        "Tại hội nghị, Giám đốc Sở Y tế tặng Giấy khen cho 15 tập thể, cá nhân (gồm 5 tập thể, 10 cá nhân).",
        "Giám đốc Sở tặng Giấy khen cho 15 tập thể, cá nhân (trong đó có 5 tập thể và 10 cá nhân).",
        "Có 15 tập thể, cá nhân được tặng Giấy khen (bao gồm: 5 tập thể, 10 cá nhân).",
    ):
        assert short(grants_of(body)) == [("giay-khen", "collective", 5), ("giay-khen", "individual", 10)], body
    # negative: a bracket that counts only some of them is a subset, the total the grant
    for body in (
        "Tại hội nghị, 15 tập thể và cá nhân được Giám đốc Sở Y tế tặng Giấy khen (gồm 5 tập thể).",
        "Tại hội nghị, 15 tập thể và cá nhân được Giám đốc Sở Y tế tặng Giấy khen (5 tập thể).",
        "Giám đốc Sở tặng Giấy khen cho 15 tập thể, cá nhân (trong đó có 5 tập thể).",
    ):
        assert short(grants_of(body)) == [("giay-khen", "mixed", 15)], body


def test_a_person_receiving_a_flag_or_the_award_the_unit_was_told_given_receives_it_for_the_unit():
    def rows(body: str) -> list[tuple]:
        return [(r[0], r[1], r[2], r[10]) for r in grants_of(body)]

    # a flag the law gives collectives only: the person's unit received it, told once with the body's own grant
    assert rows(
        "Trường THCS Tân Mỹ được Chủ tịch UBND tỉnh tặng Cờ thi đua. Cô Lê Thị Hoa, Hiệu trưởng Trường THCS Tân Mỹ nhận Cờ thi đua."
    ) == [("co-thi-dua-cap-bo-tinh", "collective", 1, "Trường THCS Tân Mỹ")]
    assert rows("Đồng chí Trần Văn Nam, Chủ tịch UBND huyện nhận Cờ thi đua của UBND tỉnh.") == [
        ("co-thi-dua-cap-bo-tinh", "collective", 1, "Ủy ban nhân dân huyện Văn Lãng")
    ]
    assert rows("Ông Trần Văn Nam nhận Cờ thi đua của UBND tỉnh.") == [("co-thi-dua-cap-bo-tinh", "collective", 1, None)]
    # negative: a certificate is the person's own
    assert rows("Ông Trần Văn Nam, Chủ tịch UBND huyện nhận Bằng khen của UBND tỉnh.") == [
        ("bang-khen-cap-bo-tinh", "individual", 1, "Trần Văn Nam")
    ]
    # a certificate an earlier sentence gave the person's unit, received ('nhận'), is the unit's, told again
    given = "Công ty Cổ phần May Sông Hồng được Thủ tướng Chính phủ tặng Bằng khen. "
    mine = "Ông Bùi Đức Thịnh, Giám đốc Công ty Cổ phần May Sông Hồng"
    unit = [("bang-khen-thu-tuong", "collective", 1, "Công ty Cổ phần May Sông Hồng")]
    assert rows(given + mine + " nhận Bằng khen.") == unit
    assert rows(given + mine + " lên nhận Bằng khen của Thủ tướng Chính phủ.") == unit
    # negatives: one given him ('được tặng', 'được nhận'), one of another giver, another award: his own
    assert rows(given + mine + " được tặng Bằng khen của UBND tỉnh.") == [
        *unit,
        ("bang-khen-cap-bo-tinh", "individual", 1, "Bùi Đức Thịnh"),
    ]
    assert rows(given + mine + " được nhận Bằng khen.") == [*unit, ("bang-khen-cap-bo-tinh", "individual", 1, "Bùi Đức Thịnh")]
    assert rows(given + mine + " nhận Bằng khen của Bộ trưởng Bộ Công Thương.") == [
        *unit,
        ("bang-khen-cap-bo-tinh", "individual", 1, "Bùi Đức Thịnh"),
    ]
    assert rows(given + mine + " nhận Giấy khen.") == [*unit, ("giay-khen", "individual", 1, "Bùi Đức Thịnh")]


def test_an_event_named_for_an_order_to_a_count_sums_its_classes_whatever_else_is_given():
    lead = "Chiều 14/11/2022, Sở GD&ĐT tổ chức lễ trao Huân chương Lao động của Chủ tịch nước cho 3 cá nhân. "
    classes = "Ông Lê Văn Tuấn được tặng Huân chương Lao động hạng Nhì; bà Vũ Thị Hoa và ông Phạm Văn Hùng được tặng hạng Ba. "
    for beside in ("Ngoài ra, 2 tập thể được Bộ trưởng Bộ GD&ĐT tặng Cờ thi đua.", "Dịp này, Giám đốc Sở tặng Giấy khen cho 4 giáo viên."):
        rows = short(grants_of(lead + classes + beside))
        assert rows[:2] == [("huan-chuong-lao-dong-hang-nhi", "individual", 1), ("huan-chuong-lao-dong-hang-ba", "individual", 2)]
        assert len(rows) == 3, rows
    # negative: classes that do not add up to it leave the total its own
    rows = short(grants_of(lead + "Ông Lê Văn Tuấn được tặng Huân chương Lao động hạng Nhì. Ngoài ra, 2 tập thể được tặng Cờ thi đua."))
    assert ("huan-chuong-lao-dong", "individual", 3) in rows


def test_a_ceremony_named_for_a_title_is_no_occasion_of_the_levels_commendations_of_years_before():
    lead = "Sáng 4/12/2019, Hội Cựu chiến binh huyện tổ chức Hội nghị biểu dương “Cựu chiến binh gương mẫu” giai đoạn 2014 - 2019.\n"
    # the years' commendations a report sums up were given over them, not at the ceremony
    rows = grants_of(lead + "Năm 2019, có 2.350 lượt hội viên được các cấp khen thưởng.")
    assert [(r[0], r[2], r[8]) for r in rows] == [("khen-thuong", 2350, None)]
    # negative: those the ceremony commends as that title, and a commendation told there, were given at it
    rows = grants_of(lead + "Hội nghị đã biểu dương 50 “Cựu chiến binh gương mẫu”.")
    assert [(r[2], r[8]) for r in rows] == [(50, "e1")]
    rows = grants_of(lead + "Tại hội nghị, 50 hội viên được biểu dương.")
    assert [(r[2], r[8]) for r in rows] == [(50, "e1")]


def test_the_others_a_total_s_list_counts_after_those_it_names_are_some_of_the_total():
    for body in (
        "UBND huyện tặng Giấy khen cho 3 tập thể: Trường THCS Tân Mỹ và 2 tập thể khác.",
        "UBND huyện tặng Giấy khen cho 3 tập thể, gồm Trường THCS Tân Mỹ và 2 tập thể khác.",
    ):
        assert short(grants_of(body)) == [("giay-khen", "collective", 3)], body
    assert short(grants_of("UBND huyện tặng Giấy khen cho 12 cá nhân: ông Lê Văn An và 11 cá nhân khác.")) == [
        ("giay-khen", "individual", 12)
    ]
    # negative: with no total before them, the one named and the others are two grants; others of another kind are theirs
    rows = grants_of("UBND huyện tặng Giấy khen cho Trường THCS Tân Mỹ và 2 tập thể khác.")
    assert short(rows) == [("giay-khen", "collective", 1), ("giay-khen", "collective", 2)]
    rows = grants_of("UBND huyện tặng Giấy khen cho 3 tập thể và 2 cá nhân khác.")
    assert short(rows) == [("giay-khen", "collective", 3), ("giay-khen", "individual", 2)]


def test_a_headline_s_government_form_names_the_bare_award_the_body_hands_over():
    # the headline names the Government's flag, the body hands over 'Cờ thi đua' bare: one grant, the Government's
    facts = article(
        "Bệnh viện Đa khoa huyện Hữu Lũng vinh dự đón Bằng khen của Thủ tướng Chính phủ\n12/05/2021 08:00\n"
        "Sáng 11/5, Bệnh viện Đa khoa huyện Hữu Lũng tổ chức Lễ kỷ niệm Ngày Quốc tế Điều dưỡng.\n"
        "Bà Lê Thị Hoa, Phó Chủ tịch UBND tỉnh Lạng Sơn trao Bằng khen cho tập thể Bệnh viện.\nMinh Anh\n"
    )[1]
    assert [(g.award, g.count, _label(g.conferrer)) for g in counted_once(facts.grants)] == [
        ("bang-khen-thu-tuong", 1, "Thủ tướng Chính phủ")
    ]
    # (a headline's Government form told of other recipients leaves the body's bare award the province's)
    facts = article(
        "Huyện Hữu Lũng có 2 tập thể nhận Bằng khen của Thủ tướng Chính phủ\n12/05/2021 08:00\n"
        "Sáng 11/5, UBND huyện Hữu Lũng tổ chức Hội nghị tổng kết công tác thi đua.\n"
        "Tại hội nghị, Chủ tịch UBND tỉnh Lạng Sơn tặng Bằng khen cho 6 tập thể.\nMinh Anh\n"
    )[1]
    assert ("bang-khen-cap-bo-tinh", 6) in [(g.award, g.count) for g in counted_once(facts.grants)]


def test_welcoming_an_award_is_receiving_it():
    # 'đón' alone before an award: received, as 'đón nhận' is
    rows = grants_of("Năm 2022, xã Tân Lập vinh dự đón Cờ thi đua của UBND tỉnh Lạng Sơn.")
    assert [(r[0], r[5], r[10]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "Ủy ban nhân dân tỉnh Lạng Sơn", "xã Tân Lập")]
    rows = grants_of("Trường THCS Tân Lập đón Huân chương Lao động hạng Ba.")
    assert [(r[0], r[10]) for r in rows] == [("huan-chuong-lao-dong-hang-ba", "Trường THCS Tân Lập")]
    # (not a welcome of guests or pupils, with an award told of someone else after it)
    rows = grants_of("Trường THCS Tân Lập đón đoàn công tác của UBND tỉnh; đoàn trao Bằng khen cho 3 học sinh.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", 3, None)]


def test_a_lead_of_its_own_after_a_giving_sentence_opens_its_list():
    items = "- Trạm Y tế xã Tân Mỹ: Giấy khen.\n- Đồn Công an Na Sầm: Giấy khen.\n- Ông Hà Văn Tuấn, Trưởng thôn Nà Lầu: Giấy khen.\n"

    def rows(lead: str) -> list[tuple]:
        facts = article(HEAD + lead + items + "Trần Thu Hương\n")[1]
        return [(g.award, g.recipient_kind, g.count, g.status, _label(g.conferrer)) for g in counted_once(facts.grants)]

    given = [
        ("giay-khen", "collective", 2, "conferred", "Ủy ban nhân dân huyện Văn Lãng"),
        ("giay-khen", "individual", 1, "conferred", "Ủy ban nhân dân huyện Văn Lãng"),
    ]
    assert rows("Ngày 13/9, UBND huyện ban hành Quyết định khen thưởng các tập thể, cá nhân có thành tích. Cụ thể như sau:\n") == given
    assert rows("Sáng 13/9, UBND huyện đã tuyên dương những tập thể, cá nhân tiêu biểu. Gồm:\n") == given
    # (not after a sentence that gives nothing: a meeting held, its items no grants)
    assert rows("Ngày 13/9, UBND huyện tổ chức hội nghị sơ kết công tác. Cụ thể:\n") == []


def test_a_total_whose_list_counts_each_award_in_brackets_or_after_a_colon_is_broken_down_by_them():
    # 'khen thưởng N ..., gồm: AWARD (counts), AWARD (counts)': each award its own counts, the total their sum
    parts = [("bang-khen-cap-bo-tinh", "collective", 4), ("giay-khen", "collective", 6), ("giay-khen", "individual", 15)]
    for said in (
        "Năm 2022, huyện khen thưởng 10 tập thể, 15 cá nhân, gồm: Bằng khen của Chủ tịch UBND tỉnh (4 tập thể), Giấy khen"
        " của Chủ tịch UBND huyện (6 tập thể, 15 cá nhân).",
        "Dịp này, 10 tập thể, 15 cá nhân đã được khen thưởng với các hình thức: Bằng khen của Chủ tịch UBND tỉnh (4 tập"
        " thể), Giấy khen của Chủ tịch UBND huyện (6 tập thể, 15 cá nhân).",
        "Năm 2022, huyện khen thưởng 10 tập thể, 15 cá nhân, gồm: Bằng khen của Chủ tịch UBND tỉnh: 4 tập thể; Giấy khen"
        " của Chủ tịch UBND huyện: 6 tập thể, 15 cá nhân.",
    ):
        assert short(grants_of(said)) == parts, said
    # (counts in brackets after a count, no award between, break that count down; after an award, they are its own)
    assert short(grants_of("Chủ tịch UBND huyện tặng Giấy khen cho 45 tập thể, cá nhân (20 tập thể, 25 cá nhân).")) == [
        ("giay-khen", "collective", 20),
        ("giay-khen", "individual", 25),
    ]
    # (a count given an award with no list of its own after it is that award's)
    assert short(grants_of("Năm 2022, có 10 tập thể được tặng Bằng khen của Chủ tịch UBND tỉnh.")) == [
        ("bang-khen-cap-bo-tinh", "collective", 10)
    ]


def test_an_order_of_the_state_written_after_it_is_conferred_by_the_state_president():
    for owner in ("của Nhà nước", "của Nhà nước Việt Nam", "của Đảng và Nhà nước"):
        [row] = grants_of(f"Ngày 5/3/2024, UBND huyện tổ chức lễ trao Huân chương Lao động hạng Ba {owner} cho ông Lê Văn Nam.")
        assert (row[0], row[5], row[10]) == ("huan-chuong-lao-dong-hang-ba", "Chủ tịch nước", "Lê Văn Nam"), owner
    # negative: a certificate of the State has no giver the law fixes; nor is a body's own order the President's
    [row] = grants_of("Ngày 5/3/2024, ông Lê Văn Nam nhận Bằng khen của Nhà nước.")
    assert row[5] is None
    assert all(
        r[5] != "Chủ tịch nước" for r in grants_of("Ngày 5/3/2024, ông Lê Văn Nam nhận Huân chương Lao động hạng Ba của Chính phủ Lào.")
    )


def test_a_unit_acting_by_its_level_word_gives_as_its_people_s_committee_but_not_a_board_named_before_it():
    for said in ("12 tập thể được huyện khen thưởng.", "Huyện tặng Giấy khen cho 12 tập thể."):
        assert [r[5] for r in grants_of(said)] == ["Ủy ban nhân dân huyện Văn Lãng"], said
    # a body no rule names in full, by its head words before the level word: that body, unknown, not the committee
    for said in ("75 cá nhân được Ban Chỉ đạo tỉnh tặng Giấy khen.", "Hội đồng xét duyệt huyện tặng Giấy khen cho 12 tập thể."):
        assert [r[5] for r in grants_of(said)] == [None], said


def test_the_occasion_or_theo_do_said_bare_before_the_giver_is_no_lead_that_runs_on_to_the_next_comma():
    for said in (
        "Nhân dịp này UBND huyện đã tặng Giấy khen cho 5 tập thể, đồng thời trao quà cho 2 tập thể.",
        "Nhân dịp đó UBND huyện đã tặng Giấy khen cho 5 tập thể, đồng thời trao quà cho 2 tập thể.",
        "Theo đó UBND huyện đã tặng Giấy khen cho 5 tập thể, đồng thời trao quà cho 2 tập thể.",
    ):
        assert [(r[0], r[5]) for r in grants_of(said)] == [("giay-khen", "Ủy ban nhân dân huyện Văn Lãng")], said
    # negative: an occasion named at length is a lead up to its comma, the giver after it
    said = "Nhân dịp kỷ niệm 50 năm ngày thành lập huyện, UBND huyện tặng Giấy khen cho 5 tập thể."
    assert [(r[0], r[5]) for r in grants_of(said)] == [("giay-khen", "Ủy ban nhân dân huyện Văn Lãng")]


def test_those_counted_after_a_comma_receiving_in_turn_keep_their_giver_to_themselves():
    for said in (
        "Tại hội nghị, 42 người cao tuổi tiêu biểu được biểu dương, 12 cá nhân được Chủ tịch UBND huyện tặng Giấy khen.",
        "Năm qua, 40 đoàn viên được tuyên dương, 5 cá nhân được Huyện đoàn tặng Giấy khen.",
    ):
        rows = grants_of(said)
        assert (rows[0][0], rows[0][5]) == ("khen-thuong", None), said
        assert rows[1][0] == "giay-khen" and rows[1][5] is not None, said
    # negative: counts listed after one giving verb stay that giver's
    rows = grants_of("UBND huyện khen thưởng 12 tập thể, 20 cá nhân có thành tích xuất sắc.")
    assert [(r[1], r[2], r[5]) for r in rows] == [
        ("collective", 12, "Ủy ban nhân dân huyện Văn Lãng"),
        ("individual", 20, "Ủy ban nhân dân huyện Văn Lãng"),
    ]
    # nor do counts listed before one passive verb, or a count and another verb after 'và'
    rows = grants_of("Năm 2023, 12 tập thể, 18 cá nhân được Chủ tịch UBND huyện tặng Giấy khen.")
    assert [(r[2], r[5]) for r in rows] == [
        (12, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
        (18, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
    ]
    rows = grants_of(
        "Chủ tịch UBND huyện tặng Giấy khen cho 21 tập thể, 59 cá nhân và công nhận danh hiệu Chiến sĩ thi đua cơ sở cho 8 cá nhân."
    )
    assert {r[5] for r in rows} == {"Chủ tịch Ủy ban nhân dân huyện Văn Lãng"}


def test_a_clause_giving_an_award_with_money_or_a_gift_and_no_one_gives_to_the_one_the_clause_before_gave_to():
    for gift in ("và phần thưởng 100 triệu đồng", "kèm 1.500.000 đồng", "kèm theo tiền thưởng 5 triệu đồng", "cùng phần quà"):
        said = f"Với thành tích này, em Nguyễn Quang Huy được Thủ tướng Chính phủ tặng Bằng khen; Chủ tịch UBND tỉnh tặng Bằng khen {gift}."
        rows = grants_of(said)
        assert [(r[0], r[5], r[10]) for r in rows] == [
            ("bang-khen-thu-tuong", "Thủ tướng Chính phủ", "Nguyễn Quang Huy"),
            ("bang-khen-cap-bo-tinh", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "Nguyễn Quang Huy"),
        ], gift
    # negative: money given to someone of its own names the recipient of that clause
    said = (
        "Em Nguyễn Quang Huy được Thủ tướng Chính phủ tặng Bằng khen; Chủ tịch UBND tỉnh tặng Bằng khen kèm 5 triệu đồng cho em Lê Văn An."
    )
    assert [r[10] for r in grants_of(said)] == ["Nguyễn Quang Huy", "Lê Văn An"]


def test_an_award_handed_over_to_a_unit_told_by_its_level_word_after_trao_tang_is_that_unit_s():
    for unit in ("tỉnh Lạng Sơn", "huyện Văn Lãng", "xã Tân Mỹ"):
        said = f"Đại hội vinh dự đón nhận Cờ thi đua của Chính phủ trao tặng {unit} vì đã có thành tích xuất sắc năm 2024."
        assert [(r[0], r[2], r[10]) for r in grants_of(said)] == [("co-thi-dua-chinh-phu", 1, unit)], unit
    # negative: a gift handed to a unit is no award
    assert grants_of("Ngày 5/3/2024, Chủ tịch UBND huyện trao tặng xã Tân Mỹ 50 bộ bàn ghế.") == []


def test_a_handing_over_a_body_held_for_one_it_names_is_the_award_another_gives_that_one_there():
    for who in ("tổ công tác", "Đội Cảnh sát hình sự"):
        said = (
            f"Chiều 3/11/2024, Công an huyện tổ chức trao thưởng cho {who} có thành tích xuất sắc. "
            f"Ghi nhận thành tích trên, Giám đốc Công an tỉnh đã tặng Giấy khen cho {who}."
        )
        assert [(r[0], r[2], r[5]) for r in grants_of(said)] == [("giay-khen", 1, "Giám đốc Công an tỉnh Lạng Sơn")], who
    # negative: given to another one named, two grants; a body that commends itself, and another that gives too, two
    said = (
        "Chiều 3/11/2024, Công an huyện tổ chức trao thưởng cho Đội Cảnh sát hình sự. "
        "Giám đốc Công an tỉnh đã tặng Giấy khen cho Đội Cảnh sát giao thông."
    )
    assert [r[0] for r in grants_of(said)] == ["khen-thuong", "giay-khen"]
    said = (
        "Chiều 21/6/2024, UBND huyện đã tổ chức khen thưởng đột xuất cho em Lê Minh Khôi. "
        "Cũng trong dịp này, Huyện đoàn tặng Giấy khen cho em Khôi vì đã có hành động đẹp."
    )
    assert len(grants_of(said)) == 2


def test_one_named_told_with_its_owner_and_then_without_is_one_recipient_of_the_handing_over():
    for opening, short in (
        ("Chiều 7/3/2024, Công an huyện Văn Lãng tổ chức trao quyết định khen thưởng đột xuất cho Tổ công tác Đội Cảnh sát hình sự",
         "Tổ công tác"),
        ("Ngày 7/3/2024, Công an huyện Văn Lãng tổ chức trao thưởng cho Tổ tuần tra Đội Cảnh sát giao thông", "Tổ tuần tra"),
    ):  # fmt: skip
        said = f"{opening} vì thành tích xuất sắc. Thượng tá Lê Văn Tân, Trưởng Công an huyện trao Giấy khen cho tập thể {short}."
        assert [(r[0], r[2], r[5]) for r in grants_of(said)] == [("giay-khen", 1, "Trưởng Công an huyện Văn Lãng")], short
    # negative: another body named after the first one's words is given its own
    said = (
        "Chiều 7/3/2024, Công an huyện Văn Lãng tổ chức trao thưởng cho Tổ công tác Đội Cảnh sát hình sự. "
        "Thượng tá Lê Văn Tân, Trưởng Công an huyện trao Giấy khen cho Tổ công tác Đội Cảnh sát giao thông."
    )
    assert [r[0] for r in grants_of(said)] == ["khen-thuong", "giay-khen"]


def test_a_steering_committee_told_bare_is_the_one_the_lead_names():
    said = (
        "Ngày 22/6/2023, Ban Chỉ đạo liên ngành về an toàn thực phẩm huyện tổ chức hội nghị tổng kết. "
        "Tại hội nghị, Ban Chỉ đạo đã tặng Giấy khen cho 8 tập thể."
    )
    assert [r[5] for r in grants_of(said)] == ["Ban Chỉ đạo liên ngành về an toàn thực phẩm huyện Văn Lãng"]
    # negative: with none named, it is no one the article knows
    said = "Ngày 22/6/2023, UBND huyện tổ chức hội nghị tổng kết. Tại hội nghị, Ban Chỉ đạo đã tặng Giấy khen cho 8 tập thể."
    assert [r[5] for r in grants_of(said)] == [None]


def test_an_award_dated_within_the_period_a_sentence_sums_up_to_the_news_is_no_past_record():
    for opening in ("Giai đoạn 2018 - 2023, ", "Trong nhiệm kỳ 2018 - 2023, "):
        said = f"{opening}huyện Văn Lãng đã được Chủ tịch nước tặng Huân chương Lao động hạng Nhì (năm 2021)."
        assert [(r[0], r[10]) for r in grants_of(said)] == [("huan-chuong-lao-dong-hang-nhi", "huyện Văn Lãng")], opening
    # negative: with no period, or one long over, or a year before it, the award is the unit's record
    for said in (
        "Huyện Văn Lãng đã được Chủ tịch nước tặng Huân chương Lao động hạng Nhì (năm 2021).",
        "Giai đoạn 2015 - 2020, huyện Văn Lãng đã được Chủ tịch nước tặng Huân chương Lao động hạng Nhì (năm 2018).",
        "Giai đoạn 2018 - 2023, huyện Văn Lãng đã được Chủ tịch nước tặng Huân chương Lao động hạng Nhì (năm 2016).",
    ):
        assert grants_of(said) == [], said


def test_an_award_handed_to_a_unit_by_a_name_no_rule_knows_is_that_unit_s():
    for unit in ("Xưởng may Phú Hưng", "Đoàn Kinh tế Quốc phòng Lâm Bình", "Xưởng May Phú Hưng"):
        for verb in ("cho", "tặng"):
            said = f"Ngày 5/3/2024, ông Lê Văn An trao Huân chương Lao động hạng Ba {verb} {unit}."
            rows = grants_of(said)
            assert [(r[0], r[1], r[2], r[10]) for r in rows] == [("huan-chuong-lao-dong-hang-ba", "collective", 1, unit)], said
    # negative: a person, or a title held, is no such unit
    assert [r[1] for r in grants_of("Ngày 5/3/2024, ông Lê Văn An trao Huân chương Lao động hạng Ba cho Lê Văn Bình.")] == ["individual"]
    assert [r[10] for r in grants_of("Ngày 5/3/2024, Chủ tịch nước trao Huân chương Hữu nghị cho Đại sứ Nhật Bản.")] != ["Đại sứ Nhật Bản"]


def test_those_commended_said_before_a_passive_of_its_own_take_the_agent_of_that_passive():
    for said in (
        "100 cán bộ, chiến sĩ được tuyên dương lần này được Giám đốc Công an tỉnh tặng Giấy khen.",
        "Các tập thể, cá nhân được biểu dương được Giám đốc Công an tỉnh tặng Giấy khen.",
    ):
        assert [r[5] for r in grants_of(said)] == ["Giám đốc Công an tỉnh Lạng Sơn"], said
    # negative: one passive, its agent as told
    assert [r[5] for r in grants_of("100 cán bộ, chiến sĩ được Công an tỉnh tặng Giấy khen.")] == ["Công an tỉnh Lạng Sơn"]


def test_a_bloc_s_leader_recognised_by_an_agent_it_names_is_ranked_by_that_agent():
    for said, giver in (
        ("Năm 2022, xã Tân Mỹ được UBND huyện công nhận là đơn vị dẫn đầu khối thi đua.", "Ủy ban nhân dân huyện Văn Lãng"),
        ("Năm 2022, Trường THCS Tân Mỹ được UBND tỉnh công nhận là một đơn vị dẫn đầu khối thi đua.", "Ủy ban nhân dân tỉnh Lạng Sơn"),
    ):
        assert [(r[0], r[5]) for r in grants_of(said)] == [("don-vi-dan-dau-khoi-thi-dua", giver)], said
    # negative: recognised by no one said, or voted, the ranking keeps no giver
    for said in (
        "Năm 2022, xã Tân Mỹ được công nhận là đơn vị dẫn đầu khối thi đua.",
        "Năm 2022, xã Tân Mỹ được suy tôn là đơn vị dẫn đầu Cụm thi đua, được đề nghị UBND tỉnh tặng Cờ thi đua.",
    ):
        assert grants_of(said)[0][5] is None, said


def test_a_count_in_the_deed_a_recipient_did_after_its_da_is_not_recipients():
    for sentence, kind, name in (
        (
            "Ngày 8/10, ông Trần Văn Hòa đã trao Giấy khen cho tổ công tác đã dũng cảm cứu 5 người mắc kẹt trong đám cháy.",
            "collective",
            None,
        ),
        (
            "Chủ tịch UBND huyện tặng Giấy khen cho Đội Cảnh sát cơ động đã bắt giữ 3 đối tượng trộm cắp.",
            "collective",
            "Đội Cảnh sát cơ động Công an huyện Văn Lãng",
        ),
        ("Bà Hà Thị Vân trao Bằng khen cho tổ công tác vừa đưa 12 ngư dân vào bờ an toàn.", "collective", None),
    ):
        rows = grants_of(sentence)
        assert [(r[1], r[2], r[10]) for r in rows] == [(kind, 1, name)], sentence
    # negative: a count of the list after a 'đã' of giving, or after 'và', stays recipients
    assert [(r[1], r[2]) for r in grants_of("UBND huyện đã tặng Giấy khen cho 5 tập thể và 12 cá nhân.")] == [
        ("collective", 5),
        ("individual", 12),
    ]
    assert [(r[1], r[2]) for r in grants_of("UBND huyện tặng Giấy khen cho Đội Cảnh sát giao thông đã bắt giữ 3 đối tượng và 2 cá nhân.")] == [
        ("collective", 1), ("individual", 2)
    ]  # fmt: skip


def test_a_headline_s_company_by_its_head_and_last_words_is_the_lead_s_by_its_legal_name():
    def orders(headline: str, lead: str) -> list[str | None]:
        text = f"{headline}\n30/08/2024\n{lead}\nVăn Hiếu\n"
        return sorted(g.recipient for g in counted_once(article(text)[1].grants) if g.award.startswith("huan-chuong"))

    lead = (
        "Sáng 29/8, Công ty TNHH MTV Khai thác công trình thủy lợi Nam Sông Mã tổ chức Lễ kỷ niệm 50 năm thành lập và đón"
        " nhận Huân chương Lao động hạng Nhì."
    )
    assert orders("Công ty Thủy lợi Nam Sông Mã đón nhận Huân chương Lao động hạng Nhì", lead) == [
        "Công ty TNHH MTV Khai thác công trình thủy lợi Nam Sông Mã"
    ]
    lead2 = "Ngày 12/5, Công ty Cổ phần Đầu tư và Xây dựng Thủy lợi Lâm Đồng tổ chức lễ đón nhận Huân chương Lao động hạng Ba."
    assert orders("Công ty Thủy lợi Lâm Đồng đón nhận Huân chương Lao động hạng Ba", lead2) == [
        "Công ty Cổ phần Đầu tư và Xây dựng Thủy lợi Lâm Đồng"
    ]
    # negative: another company's last words are another company
    assert len(orders("Công ty Thủy lợi Bắc Sông Mã đón nhận Huân chương Lao động hạng Nhì", lead)) == 2


def test_each_or_all_of_a_kind_receiving_in_turn_after_a_comma_is_a_clause_of_its_own():
    lead = "Ngày 15/1, Chủ tịch UBND huyện Văn Lãng ký quyết định khen thưởng đột xuất Trạm Y tế xã Tân Mỹ và 4 cá nhân.\n"
    for then, award in (
        (
            "Theo đó, Trạm Y tế xã Tân Mỹ được tặng Giấy khen kèm 3 triệu đồng, mỗi cá nhân được tặng Giấy khen kèm 1 triệu đồng.",
            "giay-khen",
        ),
        ("Cụ thể, Trạm Y tế xã Tân Mỹ được tặng Giấy khen, các cá nhân đều được tặng Giấy khen và tiền thưởng.", "giay-khen"),
    ):
        rows = grants_of(lead + then)
        assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "collective", 1), (award, "individual", 4)], then
    # negative: what each receives beside no award of its own leaves the commendation bare
    rows = grants_of(lead + "Theo đó, Trạm Y tế xã Tân Mỹ được tặng Giấy khen, các cá nhân được thưởng 1 triệu đồng.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "collective", 1), ("khen-thuong", "individual", 4)]


def test_people_counted_by_the_post_they_hold_at_the_base_are_recipients():
    rows = grants_of(
        "Tại chương trình, 25 Chủ tịch Hội Cựu chiến binh cơ sở tiêu biểu được Ban Thường vụ Hội Cựu chiến binh tỉnh tặng Bằng khen."
    )
    assert [(r[0], r[1], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", "individual", 25)]
    rows = grants_of("Ông Hoàng Văn Sinh trao Giấy khen của UBND huyện cho 9 hiệu trưởng có thành tích xuất sắc.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "individual", 9)]
    # negative: a month before the post is when, not how many
    rows = grants_of("Trong tháng 12 Chủ tịch Hội Nông dân huyện đã tặng Giấy khen cho 14 hội viên.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "individual", 14)]


def test_all_of_those_counted_said_before_the_count_are_the_award_s_recipients():
    rows = grants_of("Ban Thường vụ Huyện đoàn tặng Giấy khen cho cả 45 đoàn viên tham gia chiến dịch.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "individual", 45)]
    rows = grants_of("Chủ tịch UBND huyện tặng Giấy khen cho tất cả 7 tập thể và 11 cá nhân có thành tích.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "collective", 7), ("giay-khen", "individual", 11)]
    # negative: 'cả' in what the count did, not after the award's 'cho', gives nothing
    assert grants_of("Hội thi thu hút cả 300 thí sinh tham gia và được Ban tổ chức đánh giá cao.") == []


def test_titles_counted_then_recognised_in_the_passive_are_grants_not_holders():
    rows = grants_of("Năm 2022, có 12 tập thể lao động xuất sắc và 36 tập thể lao động tiên tiến được công nhận.")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("tap-the-lao-dong-xuat-sac", "collective", 12),
        ("tap-the-lao-dong-tien-tien", "collective", 36),
    ]
    rows = grants_of("Toàn huyện có 210 lao động tiên tiến năm 2022 được Chủ tịch UBND huyện công nhận.")
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [
        ("lao-dong-tien-tien", "individual", 210, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng")
    ]
    # negatives: holders counted with no recognising, or something else done to them, stay holders
    assert grants_of("Năm 2022, huyện có 12 tập thể lao động xuất sắc.") == []
    assert grants_of("Huyện có 54 Bà mẹ Việt Nam Anh hùng được chăm sóc, phụng dưỡng suốt đời.") == []


def test_those_counted_receiving_an_award_of_their_own_in_turn_after_a_named_receiver_are_a_clause_of_their_own():
    rows = grants_of("Trường THCS Hoàng Văn Thụ nhận Cờ thi đua của Bộ GD&ĐT và 6 giáo viên nhận Bằng khen của Bộ trưởng.")
    assert [(r[0], r[1], r[2], r[10]) for r in rows] == [
        ("co-thi-dua-cap-bo-tinh", "collective", 1, "Trường THCS Hoàng Văn Thụ"), ("bang-khen-cap-bo-tinh", "individual", 6, None)
    ]  # fmt: skip
    rows = grants_of("Xã Tân Mỹ đón nhận Cờ thi đua của UBND tỉnh, 12 hộ gia đình được nhận Giấy khen của UBND huyện.")
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [
        ("co-thi-dua-cap-bo-tinh", "collective", 1, "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("giay-khen", "collective", 12, "Ủy ban nhân dân huyện Văn Lãng"),
    ]
    # negatives: a body and a count receiving one award together, and counts receiving with no award of their own
    rows = grants_of("Trường THCS Hoàng Văn Thụ và 6 giáo viên nhận Bằng khen của Bộ trưởng Bộ GD&ĐT.")
    assert [(r[1], r[2]) for r in rows] == [("collective", 1), ("individual", 6)]
    rows = grants_of("UBND huyện tặng Giấy khen cho 12 tập thể và 30 cá nhân nhận hỗ trợ.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "collective", 12), ("giay-khen", "individual", 30)]


def test_those_counted_after_the_recipients_of_an_award_commended_by_a_giver_of_their_own_are_a_clause_of_their_own():
    rows = grants_of("Huyện đoàn Văn Lãng tặng Giấy khen cho 5 chi đoàn, 10 đoàn viên được Ban Thường vụ Huyện đoàn khen thưởng.")
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [
        ("giay-khen", "collective", 5, "Huyện đoàn Văn Lãng"), ("khen-thuong", "individual", 10, "Ban Thường vụ Huyện đoàn Văn Lãng")
    ]  # fmt: skip
    # negatives: one said of those counted, no giver of its own, is the list's; and a list awaiting its verb stays whole
    rows = grants_of("UBND huyện Văn Lãng tặng Giấy khen cho 5 tập thể, 10 cá nhân được bình chọn tiêu biểu.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("giay-khen", "collective", 5), ("giay-khen", "individual", 10)]
    rows = grants_of(
        "Đã có 1 tập thể được tặng Huân chương Lao động hạng Ba, 25 tập thể và 46 cá nhân được Bộ trưởng Bộ Công an khen thưởng."
    )
    assert [(r[1], r[2]) for r in rows] == [("collective", 1), ("collective", 25), ("individual", 46)]


def test_the_cultural_title_told_bare_is_that_of_the_units_or_households_counted_before_it():
    rows = grants_of("Năm 2022, toàn xã có 14/15 thôn, bản đạt danh hiệu văn hóa và 2.140 hộ đạt danh hiệu văn hóa.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("thon-to-dan-pho-van-hoa", "collective", 14), ("gia-dinh-van-hoa", "collective", 2140)]
    rows = grants_of("Năm 2022, 9 khu dân cư được công nhận danh hiệu văn hoá.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("thon-to-dan-pho-van-hoa", "collective", 9)]
    # negatives: no count of units or homes before it, or another noun counted, names none
    assert grants_of("Năm 2022, thôn Nà Bó tiếp tục giữ vững danh hiệu văn hóa.") == []
    assert grants_of("Năm 2022, 120 học sinh tham gia cuộc thi tìm hiểu về danh hiệu văn hóa.") == []


def test_those_counted_given_an_award_of_their_own_after_a_comma_are_a_clause_of_their_own_the_list_kept_whole():
    facts = article(
        HEAD + "Ngày 10/1, Cục Thuế tỉnh Lạng Sơn tổng kết công tác năm 2022. Cục được Bộ Tài chính tặng Cờ thi đua, 3 đơn vị thuộc"
        " Cục được Tổng cục trưởng Tổng cục Thuế tặng Cờ thi đua, 12 tập thể và 28 cá nhân được Bộ trưởng Bộ Tài chính tặng Bằng"
        " khen.\nThu Hà\n"
    )[1]
    rows = [(g.award, g.recipient_kind, g.count, g.recipient, _label(g.conferrer)) for g in counted_once(facts.grants)]
    assert rows == [
        ("co-thi-dua-cap-bo-tinh", "collective", 1, "Cục Thuế tỉnh Lạng Sơn", "Bộ Tài chính"),
        ("co-thi-dua-cap-bo-tinh", "collective", 3, None, "Tổng cục trưởng Tổng cục Thuế"),
        ("bang-khen-cap-bo-tinh", "collective", 12, None, "Bộ trưởng Bộ Tài chính"),
        ("bang-khen-cap-bo-tinh", "individual", 28, None, "Bộ trưởng Bộ Tài chính"),
    ]


def test_a_class_or_a_hamlet_handed_an_award_as_a_collective_is_that_one_unit():
    for to, name in (("tập thể lớp 9A2", "lớp 9A2"), ("tập thể thôn Nà Lầu", "thôn Nà Lầu"), ("tập thể tổ dân phố 7", "Tổ dân phố 7")):
        rows = grants_of(f"Ông Hoàng Văn Sinh, Phó Chủ tịch UBND huyện trao Giấy khen cho {to}.")
        assert [(r[0], r[1], r[2], r[10]) for r in rows] == [("giay-khen", "collective", 1, name)], to
    # negative: a collective of people by their calling names no unit
    assert [r[10] for r in grants_of("Ông Hoàng Văn Sinh trao Giấy khen cho tập thể lớp trưởng các lớp.")] in ([], [None])


def test_bodies_named_then_counted_again_in_what_is_said_of_them_are_one_grant_of_them():
    for said in (
        "Ông Lý Văn Nam trao Cờ thi đua của UBND tỉnh cho xã Tân Mỹ và thị trấn Na Sầm - hai đơn vị dẫn đầu phong trào thi đua.",
        "UBND tỉnh tặng Cờ thi đua cho xã Tân Mỹ, thị trấn Na Sầm (2 đơn vị dẫn đầu).",
        "UBND tỉnh tặng Cờ thi đua cho xã Tân Mỹ và thị trấn Na Sầm là hai xã dẫn đầu khối.",
        "UBND tỉnh tặng Cờ thi đua cho xã Tân Mỹ và thị trấn Na Sầm, hai đơn vị có nhiều đóng góp.",
    ):
        facts = article(HEAD + said + "\nTrần Thu Hương\n")[1]
        assert [(g.award, g.count, tuple(n.name for n in g.named)) for g in facts.grants] == [
            ("co-thi-dua-cap-bo-tinh", 2, ("xã Tân Mỹ", "thị trấn Na Sầm"))
        ], said
    # negative: a count in a list that goes on after the bodies named is recipients of its own
    rows = grants_of("UBND tỉnh tặng Cờ thi đua cho xã Tân Mỹ, xã Tân Thanh, 2 trường học và 5 cá nhân.")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("co-thi-dua-cap-bo-tinh", "collective", 2), ("co-thi-dua-cap-bo-tinh", "collective", 2),
        ("co-thi-dua-cap-bo-tinh", "individual", 5),
    ]  # fmt: skip
    # and so is one joined by 'và'
    rows = grants_of("UBND tỉnh tặng Bằng khen cho xã Tân Mỹ, xã Tân Thanh và 2 trường học.")
    assert [(r[0], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", 2), ("bang-khen-cap-bo-tinh", 2)]


def test_a_body_told_by_its_head_noun_receiving_after_a_count_of_its_members_is_the_one_given():
    for said, award in (
        ("Hợp tác xã có 120 thành viên, hợp tác xã được UBND tỉnh tặng Cờ thi đua.", "co-thi-dua-cap-bo-tinh"),
        ("Hội có 350 hội viên, năm 2022, Hội được UBND tỉnh tặng Bằng khen.", "bang-khen-cap-bo-tinh"),
        ("Công ty có 200 công nhân, công ty vinh dự được UBND tỉnh tặng Cờ thi đua.", "co-thi-dua-cap-bo-tinh"),
    ):
        assert short(grants_of(said)) == [(award, "collective", 1)], said
    # negatives: the counted ones as the passive's subject receive, of both kinds where two nouns are listed
    assert short(grants_of("Huyện có 25 tập thể, cá nhân được UBND tỉnh tặng Bằng khen.")) == [("bang-khen-cap-bo-tinh", "mixed", 25)]
    assert short(grants_of("Năm qua, 120 hội viên được Hội tặng Giấy khen.")) == [("giay-khen", "individual", 120)]
    assert short(grants_of("Trường có 45 giáo viên; nhà trường được UBND tỉnh tặng Bằng khen.")) == [
        ("bang-khen-cap-bo-tinh", "collective", 1)
    ]


def test_a_unit_by_its_level_word_receiving_after_a_clause_that_counted_others_is_given_its_own_award():
    for lead, unit in (("xã Tân Lập", "xã Tân Lập"), ("thị trấn Na Sầm", "thị trấn Na Sầm")):
        level = unit.rsplit(" ", 2)[0] if unit.startswith("thị trấn") else "xã"
        rows = grants_of(
            f"Ngày 5/1/2023, {lead} tổ chức hội nghị tổng kết. Tại hội nghị, UBND huyện tặng Giấy khen cho 5 cá nhân; "
            f"{level} được UBND tỉnh tặng Bằng khen."
        )
        assert [(r[0], r[1], r[2], r[10]) for r in rows] == [
            ("giay-khen", "individual", 5, None), ("bang-khen-cap-bo-tinh", "collective", 1, unit)
        ], lead  # fmt: skip
    # negatives: a clause saying no one of its own, or those counted told again, gives to those counted
    rows = grants_of("Tỉnh đoàn tặng Bằng khen cho 3 học sinh; Chủ tịch UBND huyện tặng Giấy khen.")
    assert short(rows) == [("bang-khen-cap-bo-tinh", "individual", 3), ("giay-khen", "individual", 3)]
    rows = grants_of("UBND tỉnh tặng Bằng khen cho 3 tập thể; các đơn vị này cũng được Bộ Tài chính tặng Bằng khen.")
    assert short(rows) == [("bang-khen-cap-bo-tinh", "collective", 3), ("bang-khen-cap-bo-tinh", "collective", 3)]


def test_a_clause_opening_on_a_year_long_before_the_news_tells_a_record_not_a_grant():
    # (the article is of January 2023)
    for said in (
        "Nhiều năm liền, trường đạt danh hiệu Tập thể lao động xuất sắc; năm 2015, trường được Thủ tướng Chính phủ tặng Bằng khen.",
        "Công ty hoạt động hiệu quả; năm 2016, công ty được Chủ tịch nước tặng Huân chương Lao động hạng Ba.",
        "Hội có 350 hội viên; trước đó, năm 2012, Hội được UBND tỉnh tặng Cờ thi đua.",
    ):
        assert grants_of(said) == [], said
    # negatives: a recent year, this year, or a later clause of a recent year after an old one
    rows = grants_of("Năm 2022, đơn vị hoàn thành xuất sắc nhiệm vụ; năm 2022, đơn vị được UBND tỉnh tặng Bằng khen.")
    assert short(rows) == [("bang-khen-cap-bo-tinh", "collective", 1)]
    rows = grants_of("Trường đã tổ chức nhiều hoạt động; năm nay, trường được UBND tỉnh tặng Cờ thi đua.")
    assert short(rows) == [("co-thi-dua-cap-bo-tinh", "collective", 1)]
    rows = grants_of("Năm 2015, trường được tặng Bằng khen của Thủ tướng; năm 2022, trường được UBND tỉnh tặng Cờ thi đua.")
    assert short(rows) == [("co-thi-dua-cap-bo-tinh", "collective", 1)]
    # (and the clause before the old year's keeps its own grant)
    rows = grants_of("Năm 2022, UBND huyện tặng Giấy khen cho 5 cá nhân; năm 2015, nhà trường được UBND tỉnh tặng Bằng khen.")
    assert short(rows) == [("giay-khen", "individual", 5)]


def test_a_proposal_of_a_body_a_giving_is_based_on_names_no_giver():
    for basis in ("Căn cứ đề nghị của Phòng Nội vụ", "Trên cơ sở đề nghị của Phòng Nội vụ", "Theo đề xuất của Phòng Nội vụ",
                  "Trên cơ sở kiến nghị của Phòng Nội vụ"):  # fmt: skip
        rows = grants_of(f"{basis}, Chủ tịch UBND huyện đã tặng Giấy khen cho 8 tập thể.")
        assert [(r[0], r[2], r[4], r[5]) for r in rows] == [("giay-khen", 8, "conferred", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng")], basis
        rows = grants_of(f"{basis}, UBND huyện tặng Giấy khen cho 20 cá nhân.")
        assert [(r[0], r[2], r[5]) for r in rows] == [("giay-khen", 20, "Ủy ban nhân dân huyện Văn Lãng")], basis
    # negative: the one a proposal asks gives, where it is proposed
    rows = grants_of("Hội đồng đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 8 tập thể.")
    assert [(r[0], r[2], r[4], r[5]) for r in rows] == [("bang-khen-cap-bo-tinh", 8, "proposed", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn")]


def test_a_headline_s_total_of_those_given_a_title_with_its_certificate_counts_them_once():
    for headline, body in (
        ('Tôn vinh 64 "Doanh nghiệp, doanh nhân tiêu biểu" tỉnh Lạng Sơn',
         "24 doanh nghiệp được tặng Cờ thi đua của UBND tỉnh; 40 doanh nhân được tặng danh hiệu "
         '"Doanh nhân tiêu biểu" và Bằng khen của Chủ tịch UBND tỉnh.'),
        ("Tuyên dương 25 thầy thuốc trẻ tiêu biểu",
         'Tại buổi lễ, 5 tập thể được Tỉnh đoàn tặng Bằng khen; 20 bác sĩ được trao danh hiệu "Thầy thuốc trẻ tiêu biểu" '
         "và Bằng khen của Tỉnh đoàn."),
    ):  # fmt: skip
        facts = article(f"{headline}\n20/01/2023 09:00\n{EVENT}{body}\nTrần Thu Hương\n")[1]
        assert "mixed" not in {k for _, k, _ in counted_kinds(facts)}, headline
        assert len(counted_kinds(facts)) == 3, headline  # (the body's three grants, the headline's none)
    # negative: a headline counting more than the body's recipients is a grant of its own
    facts = article(
        'Tôn vinh 90 "Doanh nghiệp, doanh nhân tiêu biểu" tỉnh Lạng Sơn\n20/01/2023 09:00\n'
        + EVENT
        + '24 doanh nghiệp được tặng Cờ thi đua của UBND tỉnh; 40 doanh nhân được tặng danh hiệu "Doanh nhân tiêu biểu" '
        "và Bằng khen của Chủ tịch UBND tỉnh.\nTrần Thu Hương\n"
    )[1]
    assert ("khen-thuong", "mixed", 90) in counted_kinds(facts)


def test_a_team_or_a_delegation_as_the_subject_of_a_passive_giving_is_one_collective():
    for said, award in (
        ("Đội tuyển của huyện giành Cúp vô địch và được UBND huyện tặng Giấy khen.", "giay-khen"),
        ("Đoàn vận động viên của tỉnh được Chủ tịch UBND tỉnh tặng Bằng khen.", "bang-khen-cap-bo-tinh"),
        ("Đội tuyển học sinh giỏi quốc gia của tỉnh được UBND tỉnh tặng Bằng khen.", "bang-khen-cap-bo-tinh"),
        ("Năm 2022, đội bóng đá nữ vinh dự được UBND huyện tặng Giấy khen.", "giay-khen"),
    ):
        assert [(r[0], r[1], r[2], r[10]) for r in grants_of(said)] == [(award, "collective", 1, None)], said
    # negatives: teams as a plural are uncounted, and those a team has, counted, receive
    assert short(grants_of("Các đội tuyển được UBND huyện tặng Giấy khen.")) == [("giay-khen", "collective", None)]
    assert short(grants_of("Đội tuyển có 5 em được UBND tỉnh tặng Bằng khen.")) == [("bang-khen-cap-bo-tinh", "individual", 5)]
    assert grants_of("Tại giải, đội tuyển của huyện giành giải Nhất toàn đoàn.") == []


def test_a_fishing_vessel_as_the_subject_of_a_passive_giving_is_one_collective_its_crew():
    rows = grants_of("Tàu cá QNg 90479 TS được UBND tỉnh tặng Bằng khen vì đã cứu 5 ngư dân gặp nạn.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", "collective", 1)]
    rows = grants_of("Năm 2022, thuyền viên tàu cá BĐ 95123 TS được Chủ tịch UBND tỉnh tặng Bằng khen.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("bang-khen-cap-bo-tinh", "collective", 1)]
    # negative: vessels as a plural receive no count
    assert all(r[2] is None for r in grants_of("Các tàu cá được UBND tỉnh tặng Bằng khen."))


def test_a_count_of_what_the_subject_did_before_its_own_passive_receives_nothing():
    rows = grants_of("Anh Nguyễn Văn Nam đã cứu 2 học sinh bị đuối nước và được UBND huyện tặng Giấy khen.")
    assert [(r[0], r[1], r[2], r[10]) for r in rows] == [("giay-khen", "individual", 1, "Nguyễn Văn Nam")]
    rows = grants_of("Thuyền viên tàu cá BĐ 95123 TS đã cứu 3 ngư dân và được UBND tỉnh tặng Bằng khen.")
    assert short(rows) == [("bang-khen-cap-bo-tinh", "collective", 1)]
    rows = grants_of("Tổ công tác vừa bắt giữ 5 đối tượng, được Giám đốc Công an tỉnh tặng Giấy khen.")
    assert short(rows) == [("giay-khen", "collective", 1)]
    # negatives: those the sentence says there were, the passive's subject, receive
    rows = grants_of("Năm qua, đã có 15 tập thể và 20 cá nhân được UBND huyện tặng Giấy khen.")
    assert short(rows) == [("giay-khen", "collective", 15), ("giay-khen", "individual", 20)]
    assert short(grants_of("Đơn vị đã có 3 cá nhân được UBND tỉnh tặng Bằng khen.")) == [("bang-khen-cap-bo-tinh", "individual", 3)]


def test_an_award_given_over_many_years_is_a_record_not_a_grant():
    for said in (
        "Qua 60 năm, bệnh viện đã được Chủ tịch nước tặng Huân chương Lao động hạng Ba (năm 2012); nhiều năm được UBND tỉnh tặng Cờ thi đua.",
        "Nhà trường nhiều năm được UBND huyện tặng Giấy khen.",
        "Chị Lan nhiều năm nay đều được công nhận danh hiệu Chiến sĩ thi đua cơ sở.",
    ):
        assert grants_of(said) == [], said
    # negatives: years of striving before a year's award, and this year's award after a record's clause
    assert short(grants_of("Sau nhiều năm phấn đấu, năm 2022 anh Nam được UBND tỉnh tặng Bằng khen.")) == [
        ("bang-khen-cap-bo-tinh", "individual", 1)
    ]
    rows = grants_of("Nhiều năm liền được tặng Giấy khen; năm nay, chị Lan được UBND tỉnh tặng Bằng khen.")
    assert short(rows) == [("bang-khen-cap-bo-tinh", "individual", 1)]


def test_a_province_s_committee_carried_from_the_clause_before_confers_no_grassroots_title():
    rows = grants_of("UBND tỉnh tặng Bằng khen cho 5 tập thể; công nhận danh hiệu Chiến sĩ thi đua cơ sở cho 10 cá nhân.")
    assert [(r[0], r[2], r[5]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", 5, "Ủy ban nhân dân tỉnh Lạng Sơn"), ("chien-si-thi-dua-co-so", 10, None)
    ]  # fmt: skip
    rows = grants_of(
        "Hội đồng thống nhất: Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 06 tập thể; công nhận danh hiệu Chiến sĩ thi đua "
        "cơ sở cho 62 cá nhân."
    )
    assert [(r[0], r[5]) for r in rows] == [
        ("bang-khen-cap-bo-tinh", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("chien-si-thi-dua-co-so", None),
    ]
    # negatives: a province's title goes on from it, a department's head confers grassroots titles, and a chair who
    # says so confers what the clause says
    rows = grants_of("Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể, công nhận danh hiệu Chiến sĩ thi đua cấp tỉnh cho 3 cá nhân.")
    assert {r[5] for r in rows} == {"Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"}
    rows = grants_of("Giám đốc Sở Y tế tặng Giấy khen cho 10 cá nhân; công nhận danh hiệu Chiến sĩ thi đua cơ sở cho 8 cá nhân.")
    assert {r[5] for r in rows} == {"Giám đốc Sở Y tế tỉnh Lạng Sơn"}
    rows = grants_of("Chủ tịch UBND tỉnh công nhận danh hiệu Chiến sĩ thi đua cơ sở cho 3 cá nhân.")
    assert [r[5] for r in rows] == ["Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"]


def test_an_award_handed_over_in_the_passive_to_a_named_body_and_a_count_gives_to_both():
    for said, award in (
        ("Bằng khen của UBND tỉnh được trao cho Trường THCS Quảng Long và 3 cá nhân.", "bang-khen-cap-bo-tinh"),
        ("Giấy khen được trao cho Trường THCS Quảng Long và 3 cá nhân.", "giay-khen"),
        ("Bằng khen của UBND tỉnh đã được trao tặng cho Trường THCS Quảng Long và 3 cá nhân.", "bang-khen-cap-bo-tinh"),
    ):
        rows = grants_of(said)
        assert [(r[0], r[1], r[2], r[10]) for r in rows] == [
            (award, "collective", 1, "Trường THCS Quảng Long"), (award, "individual", 3, None)
        ], said  # fmt: skip
    # negatives: counts alone after the passive, and the active telling, as they were
    rows = grants_of("Bằng khen của UBND tỉnh được trao cho 2 tập thể và 3 cá nhân.")
    assert short(rows) == [("bang-khen-cap-bo-tinh", "collective", 2), ("bang-khen-cap-bo-tinh", "individual", 3)]
    rows = grants_of("Giấy khen được trao cho 3 học sinh; Trường THCS Quảng Long được tặng Bằng khen.")
    assert short(rows) == [("giay-khen", "individual", 3), ("bang-khen-cap-bo-tinh", "collective", 1)]


def test_a_body_named_in_words_the_count_lists_use_is_a_recipient_before_the_count():
    # 'phòng', 'tổ chức', 'cán bộ', 'đội', 'tổ' are count nouns too: two capitalised words open a body's name
    for said, body in (
        ("Giám đốc Sở Nội vụ tặng Giấy khen cho Phòng Tổ chức cán bộ và 5 cá nhân.", "Phòng Tổ chức cán bộ"),
        ("Giấy khen của Giám đốc Sở Nội vụ được trao cho Phòng Tổ chức Cán bộ và 5 cá nhân.", "Phòng Tổ chức Cán bộ"),
        ("Chủ tịch UBND huyện tặng Giấy khen cho Tổ Công tác cán bộ cùng 4 cá nhân.", "Tổ Công tác cán bộ"),
    ):
        rows = grants_of(said)
        assert [(r[1], r[2], r[10]) for r in rows] == [("collective", 1, body), ("individual", 5 if "5" in said else 4, None)], said
    # negatives: counts alone, and counts after a plural in lower case, are still the award's list
    assert short(grants_of("Giám đốc Sở Nội vụ tặng Giấy khen cho 2 phòng và 5 cá nhân.")) == [
        ("giay-khen", "collective", 2), ("giay-khen", "individual", 5)
    ]  # fmt: skip
    rows = grants_of("Giám đốc Sở Nội vụ tặng Giấy khen cho 3 tổ chức, 12 cán bộ và 5 cá nhân.")
    assert [(r[1], r[2]) for r in rows] == [("collective", 3), ("individual", 12), ("individual", 5)]


def test_a_level_word_after_a_district_the_clause_names_stands_for_that_district():
    # a digest's item on another district, or a commune placed in one: its 'UBND huyện' is that district's
    for said, conferrer in (
        (
            "Hội đồng Thi đua - Khen thưởng huyện Cao Lộc họp xét, đề nghị Chủ tịch UBND huyện tặng Giấy khen cho 7 tập thể.",
            "Chủ tịch Ủy ban nhân dân huyện Cao Lộc",
        ),
        ("Tại huyện Bình Gia, UBND huyện đã tặng Giấy khen cho 5 tập thể.", "Ủy ban nhân dân huyện Bình Gia"),
        ("Xã Tân Liên, huyện Cao Lộc vinh dự được UBND huyện tặng Giấy khen.", "Ủy ban nhân dân huyện Cao Lộc"),
    ):
        assert [r[5] for r in grants_of(said)] == [conferrer] * len(grants_of(said)), said
    # negatives: named after the level word, in the sentence before, across a semicolon or a colon, or in a person's own titles
    # (the host's chair as likely as the district's): the article's own district
    for said in (
        "UBND huyện tặng Giấy khen cho xã Tân Liên, huyện Cao Lộc.",
        "Đoàn công tác huyện Cao Lộc đến thăm. UBND huyện tặng Giấy khen cho 3 tập thể.",
        "Huyện Cao Lộc có 5 tập thể được tặng Bằng khen; UBND huyện tặng Giấy khen cho 3 tập thể.",
        "Đoàn đã học tập kinh nghiệm tại huyện Cao Lộc: UBND huyện tặng Giấy khen cho 3 tập thể.",
        "Đồng chí Hoàng Văn Nam, Bí thư Huyện ủy Cao Lộc và đồng chí Lý Văn Hưng, Chủ tịch UBND huyện trao Giấy khen cho 5 tập thể.",
    ):
        assert grants_of(said)[-1][5] in ("Ủy ban nhân dân huyện Văn Lãng", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"), said


def test_an_award_handed_over_to_a_plural_whose_list_follows_is_given_to_those_the_items_name():
    items = "\n1. Anh Nông Văn Tú, trú tại xã Hoàng Văn Thụ;\n2. Chị Lục Thị Hoa, giáo viên Trường THCS Tân Mỹ.\nTin khác."
    for said in (
        # the plural, then its colon in the same sentence
        "Ông Hoàng Văn Thắng trao Bằng khen của Chủ tịch UBND tỉnh cho các cá nhân có hành động dũng cảm cứu người, gồm:",
        "Ông Hoàng Văn Thắng trao Bằng khen của Chủ tịch UBND tỉnh cho những cá nhân sau:",
        # or a lead of its own after the sentence that gave, handed over or conferred
        "Ông Hoàng Văn Thắng trao Bằng khen của Chủ tịch UBND tỉnh cho các cá nhân dũng cảm. Các cá nhân được khen thưởng gồm:",
        "Chủ tịch UBND tỉnh tặng Bằng khen cho các cá nhân dũng cảm cứu người.\nDanh sách các cá nhân được tặng Bằng khen:",
        "Chủ tịch UBND tỉnh tặng Bằng khen cho các cá nhân dũng cảm cứu người. Cụ thể như sau:",
        "UBND tỉnh vừa ban hành quyết định tặng Bằng khen cho các cá nhân dũng cảm cứu người. Danh sách gồm:",
        "Chủ tịch UBND tỉnh tặng Bằng khen cho các cá nhân dũng cảm cứu người. Danh sách khen thưởng bao gồm:",
    ):
        assert short(grants_of(said + items)) == [("bang-khen-cap-bo-tinh", "individual", 2)], said
    # one item: its recipient
    rows = grants_of(
        "Ông Hoàng Văn Thắng trao Bằng khen cho các cá nhân dũng cảm. Các cá nhân được khen thưởng gồm:\n- Anh Nông Văn Tú.\nTin khác."
    )
    assert [(r[2], r[10]) for r in rows] == [(1, "Nông Văn Tú")]
    # negatives: a lead to a list of others, and no list at all, leave it uncounted
    for said in (
        "Ông Hoàng Văn Thắng trao Bằng khen cho các cá nhân dũng cảm. Các đại biểu dự lễ gồm:" + items,
        "Ông Hoàng Văn Thắng trao Bằng khen cho các cá nhân dũng cảm. Danh sách đại biểu dự lễ gồm:" + items,
        "Ông Hoàng Văn Thắng trao Bằng khen cho các cá nhân dũng cảm. Buổi lễ kết thúc lúc 11 giờ.",
    ):
        assert short(grants_of(said)) == [("bang-khen-cap-bo-tinh", "individual", None)], said


def test_an_award_s_owner_is_read_to_the_end_of_a_name_that_holds_and_or_a_comma():
    # the owner's words stopped at 'và' inside a ministry's name, and the award, cut from its counts, was a bare
    # commendation
    for said, giver in (
        ("Kết quả như sau:\n- Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo: 2 tập thể, 5 cá nhân.\n", "Bộ trưởng Bộ Giáo dục và Đào tạo"),
        ("Kết quả như sau:\n- Bằng khen của Bộ Tài nguyên và Môi trường: 2 tập thể, 5 cá nhân.\n", "Bộ Tài nguyên và Môi trường"),
        (
            "Bằng khen của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch: 2 tập thể, 5 cá nhân.",
            "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch",
        ),
    ):
        assert [(r[0], r[2], r[5]) for r in grants_of(said)] == [
            ("bang-khen-cap-bo-tinh", 2, giver),
            ("bang-khen-cap-bo-tinh", 5, giver),
        ], said
    # negatives: two owners joined by 'và' are two, and two awards joined so stay each its own
    rows = grants_of("Trao Bằng khen của Chủ tịch UBND tỉnh và Bộ trưởng Bộ Y tế cho 2 tập thể.")
    assert [(r[0], r[5]) for r in rows] == [("bang-khen-cap-bo-tinh", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn")]
    rows = grants_of("Trao Bằng khen của Hội Liên hiệp Phụ nữ tỉnh và Giấy khen của UBND huyện cho 2 tập thể.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("khen-thuong", 2, None)]  # (which, the sentence leaves unsaid)


def test_units_listed_after_their_shared_level_word_are_units_whatever_their_names():
    # a commune named after a hero, in the list, was read as a person and the subject lost
    for said in (
        "Các xã Tân Mỹ, Hoàng Văn Thụ và Tân Thanh được UBND huyện tặng Giấy khen.",
        "3 xã Tân Mỹ, Hoàng Văn Thụ và Tân Thanh được UBND huyện tặng Giấy khen.",
        "Năm 2023, các xã Hoàng Văn Thụ, Tân Mỹ và Tân Thanh được UBND huyện tặng Giấy khen.",
        # (parted by commas alone, up to the verb they share)
        "Các xã Tân Mỹ, Hoàng Văn Thụ, Tân Thanh được UBND huyện tặng Giấy khen.",
        "Các xã Tân Mỹ, Hoàng Văn Thụ, Tân Thanh đều được UBND huyện tặng Giấy khen.",
    ):
        assert short(grants_of(said)) == [("giay-khen", "collective", 3)], said
    facts = article(HEAD + "Các phường Quang Trung, Trần Hưng Đạo và Lê Lợi được UBND thành phố tặng Giấy khen.\n")[1]
    assert [p.name for p in facts.people] == []
    # negative: a person listed after a unit, by an honorific, is a person
    facts = article(HEAD + "Xã Tân Mỹ, ông Hoàng Văn Thụ và bà Lê Thị Hoa được UBND huyện tặng Giấy khen.\n")[1]
    assert {p.name for p in facts.people} == {"Hoàng Văn Thụ", "Lê Thị Hoa"}
    facts = article(HEAD + "Đại diện các xã Tân Mỹ, Tân Thanh, ông Hoàng Văn Thụ, Chủ tịch UBND xã Tân Mỹ phát biểu.\n")[1]
    assert {p.name for p in facts.people} == {"Hoàng Văn Thụ"}


def test_bodies_a_plural_opening_a_passive_s_subject_names_are_counted():
    # ('Các trường' opening the sentence was read as one school's name, 'các' in capitals; the list stayed uncounted)
    for said, many in (
        ("Các trường THCS Tân Mỹ và THCS Tân Thanh được UBND huyện tặng Giấy khen.", 2),
        ("Năm học vừa qua, các trường THCS Tân Mỹ, THCS Tân Thanh và Tiểu học Hội Hoan đã được UBND huyện tặng Giấy khen.", 3),
        ("Những đơn vị Trạm Y tế xã Tân Mỹ và Trạm Y tế xã Hội Hoan được UBND huyện tặng Giấy khen.", 2),
    ):
        assert short(grants_of(said)) == [("giay-khen", "collective", many)], said
    # negatives: a plural with no names stays uncounted; a school named opening the sentence is one
    assert short(grants_of("Các trường có thành tích xuất sắc được UBND huyện tặng Giấy khen.")) == [("giay-khen", "collective", None)]
    assert [r[10] for r in grants_of("Trường THCS Tân Mỹ được UBND huyện tặng Giấy khen.")] == ["Trường THCS Tân Mỹ"]


def test_a_body_of_each_of_the_places_a_plural_names_is_counted_by_its_names():
    # 'cho UBND các xã A, B và C': one body of each commune, as many as named (the head before the plural cut the count
    # from the award, and the grant was lost)
    for said, many in (
        ("Chủ tịch UBND huyện tặng Giấy khen cho UBND các xã Tân Mỹ, Hội Hoan và Tân Thanh.", 3),
        ("Chủ tịch UBND huyện tặng Giấy khen cho Công an các xã Tân Mỹ và Hội Hoan.", 2),
        ("UBND huyện trao Giấy khen cho Ban Chỉ huy Quân sự các xã: Tân Mỹ, Hội Hoan và Tân Thanh.", 3),
    ):
        assert short(grants_of(said)) == [("giay-khen", "collective", many)], said
    # negatives: the people of the communes are no body of each; the plural right after 'cho' as before
    assert grants_of("Chủ tịch UBND huyện tặng Giấy khen cho nhân dân các xã Tân Mỹ và Hội Hoan.") == []
    assert short(grants_of("Chủ tịch UBND huyện tặng Giấy khen cho các xã Tân Mỹ và Hội Hoan.")) == [("giay-khen", "collective", 2)]


def test_a_body_named_after_the_word_for_a_unit_receives_as_after_the_word_for_a_collective():
    for said, body in (
        ("Đơn vị Bộ Chỉ huy Quân sự tỉnh được Bộ Quốc phòng tặng danh hiệu “Đơn vị Quyết thắng”.", "Bộ Chỉ huy Quân sự tỉnh Lạng Sơn"),
        ("Năm 2023, đơn vị Công an xã Tân Mỹ được UBND huyện tặng Giấy khen.", "Công an xã Tân Mỹ"),
        ("Đơn vị Trường THCS Tân Mỹ vinh dự được UBND huyện tặng Giấy khen.", "Trường THCS Tân Mỹ"),
    ):
        assert [(r[1], r[2], r[10]) for r in grants_of(said)] == [("collective", 1, body)], said
    # negative: a unit's title opening the sentence names no body
    assert grants_of("Đơn vị Quyết thắng được UBND huyện tặng Giấy khen.") == []


def test_kin_counted_together_by_their_kinship_are_individuals_as_many_as_said():
    for said, many in (
        ("Hai anh em Nguyễn Văn An và Nguyễn Văn Bình được Công an tỉnh tặng Giấy khen.", 2),
        ("Hai cha con anh Nguyễn Văn An và cháu Nguyễn Văn Bình được Công an tỉnh tặng Giấy khen.", 2),
        ("Vợ chồng ông Nguyễn Văn An và bà Lê Thị Bình được Công an tỉnh tặng Giấy khen.", 2),
        ("Ba chị em Lê Thị Hoa, Lê Thị Hồng và Lê Thị Huệ được Công an tỉnh tặng Giấy khen.", 3),
    ):
        assert [(r[1], r[2], r[5]) for r in grants_of(said)] == [("individual", many, "Công an tỉnh Lạng Sơn")], said
    # negatives: one person named is one; a count of another noun as before
    assert [(r[1], r[2]) for r in grants_of("Anh Nguyễn Văn An được Công an tỉnh tặng Giấy khen.")] == [("individual", 1)]
    assert [(r[1], r[2]) for r in grants_of("Hai em Nguyễn Văn An và Nguyễn Văn Bình được Công an tỉnh tặng Giấy khen.")] == [
        ("individual", 2)
    ]


def test_a_giver_that_decides_gives_what_its_decision_s_words_after_the_colon_give():
    for said, giver in (
        ("Chủ tịch UBND huyện quyết định: Tặng Giấy khen cho 12 tập thể và 30 cá nhân.", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
        ("Chủ tịch UBND huyện quyết định: Điều 1. Tặng Giấy khen cho 12 tập thể và 30 cá nhân.", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
        ("Sau khi xem xét, Giám đốc Sở Y tế quyết định: Khen thưởng 12 tập thể và 30 cá nhân.", "Giám đốc Sở Y tế tỉnh Lạng Sơn"),
    ):
        assert [(r[2], r[4], r[5]) for r in grants_of(said)] == [(12, "conferred", giver), (30, "conferred", giver)], said
    # negatives: a decision to ask is the one asked's to give; a decision that names no giving gives nothing
    rows = grants_of("Hội đồng quyết định: đề nghị UBND tỉnh tặng Bằng khen cho 2 tập thể.")
    assert [(r[4], r[5]) for r in rows] == [("proposed", "Ủy ban nhân dân tỉnh Lạng Sơn")]
    assert grants_of("UBND huyện quyết định: tăng cường kiểm tra công tác thi đua ở 5 xã.") == []


def test_a_giver_s_title_spelled_in_full_is_the_subject_as_its_short_form_is():
    # a body's name counts as one word: the subject's length no longer cut the full spelling off ('Ủy ban nhân dân'
    # against 'UBND'); and 'ký quyết định' in lower case signs a decision as 'ký Quyết định' does
    for said, giver in (
        (
            "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn Lê Trí Thanh vừa ký quyết định tặng Bằng khen cho 4 tập thể.",
            "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
        ),
        (
            "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Lạng Sơn Nguyễn Thanh Bình đã tặng Bằng khen cho 4 tập thể.",
            "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh Lạng Sơn",
        ),
        (
            "Chủ tịch UBND tỉnh Lạng Sơn Lê Trí Thanh vừa ký quyết định tặng Bằng khen cho 4 tập thể.",
            "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
        ),
    ):
        assert [(r[2], r[5]) for r in grants_of(said)] == [(4, giver)], said
    # negative: a long relative clause before the verb is still no subject
    rows = grants_of(
        "Các tập thể có nhiều đóng góp trong phong trào thi đua xây dựng nông thôn mới kiểu mẫu của huyện tặng Giấy khen cho 4 tập thể."
    )
    assert [r[5] for r in rows] == [None]


def test_titles_and_party_committees_written_in_lower_case_read_as_in_capitals():
    # national papers write a title before a name in lower case ('phó chủ tịch UBND tỉnh A'), some portals a Party
    # committee after its office ('Văn phòng tỉnh ủy'): presenters joined, a decision handed over, an office given to
    rows = grants_of("Chủ tịch UBND tỉnh Nguyễn Văn Út và phó chủ tịch UBND tỉnh Nguyễn Minh Lâm trao Bằng khen cho 15 doanh nghiệp.")
    assert [r[6] for r in rows] == ["Nguyễn Văn Út"]
    rows = grants_of(
        "Sáng 18/1, UBND huyện tổ chức lễ truy tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng” cho 3 mẹ. "
        "Đồng chí Nguyễn Thanh Bình, phó chủ tịch UBND tỉnh đến dự và trao Quyết định của chủ tịch nước cho thân nhân các mẹ."
    )
    assert [(r[0], r[6]) for r in rows] == [("ba-me-viet-nam-anh-hung", "Nguyễn Thanh Bình")]
    rows = grants_of("Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho Văn phòng tỉnh ủy và Ủy ban Kiểm tra tỉnh ủy.")
    assert [(r[1], r[2], r[4]) for r in rows] == [("collective", 2, "proposed")]
    # negatives: one who only attended is no presenter joined to the one who hands over; the capitals as before
    rows = grants_of("Chủ tịch UBND tỉnh Nguyễn Văn Út dự lễ và phó chủ tịch UBND tỉnh Nguyễn Minh Lâm trao Bằng khen cho 15 doanh nghiệp.")
    assert [r[6] for r in rows] == ["Nguyễn Minh Lâm"]
    rows = grants_of("Chủ tịch UBND tỉnh Nguyễn Văn Út và Phó Chủ tịch UBND tỉnh Nguyễn Minh Lâm trao Bằng khen cho 15 doanh nghiệp.")
    assert [r[6] for r in rows] == ["Nguyễn Văn Út"]


def test_a_lead_whose_comma_was_left_out_still_opens_the_clause_before_its_subject():
    # 'Tại buổi lễ bệnh viện vinh dự đón nhận ...': the lead, then the subject (the grant was lost without the comma)
    for said, body in (
        ("Tại buổi lễ Trường THCS Tân Mỹ vinh dự đón nhận Bằng khen của Bộ trưởng Bộ Y tế.", "Trường THCS Tân Mỹ"),
        ("Tại buổi lễ bệnh viện vinh dự đón nhận Bằng khen của Bộ trưởng Bộ Y tế.", None),
        ("Dịp này nhà trường được UBND tỉnh tặng Bằng khen.", None),
    ):
        assert [(r[1], r[2], r[10]) for r in grants_of(said)] == [("collective", 1, body)], said
    # negative: a named ceremony's own words are no lead ('Tại Lễ kỷ niệm ..., trường được ...' as before)
    rows = grants_of("Tại Lễ kỷ niệm 60 năm thành lập, Trường THCS Tân Mỹ vinh dự đón nhận Bằng khen của Bộ trưởng Bộ Y tế.")
    assert [(r[2], r[10]) for r in rows] == [(1, "Trường THCS Tân Mỹ")]


def test_a_giver_and_a_lead_carry_over_the_clauses_a_portal_prints_one_to_a_line():
    rows = grants_of(
        "Chủ tịch UBND huyện Văn Lãng tặng Giấy khen cho 24 tập thể;\n88 cá nhân;\ncông nhận danh hiệu Chiến sĩ thi đua cơ sở "
        "cho 61 cá nhân.\n",
        with_event=True,
    )
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [
        ("giay-khen", "collective", 24, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
        ("giay-khen", "individual", 88, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
        ("chien-si-thi-dua-co-so", "individual", 61, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
    ]
    # the occasion a sentence opens on holds for the clause on the next line, whose subject is a body's name
    rows = grants_of(
        "Nhân dịp này, Huyện ủy Văn Lãng tặng quà cho 12 hộ nghèo;\nUBND huyện Văn Lãng tặng Giấy khen cho thôn Nà Thâm.\n",
        with_event=True,
    )
    assert [(r[0], r[5], r[8] is not None) for r in rows] == [("giay-khen", "Ủy ban nhân dân huyện Văn Lãng", True)]
    # a sentence ended by its stop carries nothing to the next line
    rows = grants_of("Chủ tịch UBND huyện Văn Lãng tặng Giấy khen cho 24 tập thể.\n88 cá nhân được công nhận Chiến sĩ thi đua cơ sở.\n")
    assert [(r[0], r[5]) for r in rows] == [("giay-khen", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"), ("chien-si-thi-dua-co-so", None)]


def _reasons(body: str) -> list[tuple[str, str | None]]:
    facts = article(HEAD + body + "\nTrần Thu Hương\n")[1]
    return [(g.award, g.reason) for g in counted_once(facts.grants)]


def test_what_an_award_handed_over_to_those_it_names_was_for_is_its_reason():
    said = "Ông Hoàng Văn Khánh, Chủ tịch UBND xã Tân Mỹ trao Giấy khen cho em Lý Văn Páo vì đã dũng cảm cứu 2 em nhỏ bị đuối nước."
    assert _reasons(said) == [("giay-khen", "dũng cảm cứu 2 em nhỏ bị đuối nước")]
    said = "Thừa ủy quyền của Chủ tịch nước, ông Lê Minh An trao Huân chương Lao động hạng Ba cho Trường THPT Văn Lãng đã có thành tích xuất sắc trong công tác giáo dục."
    assert _reasons(said) == [("huan-chuong-lao-dong-hang-ba", "thành tích xuất sắc trong công tác giáo dục")]
    # no reason told, none read
    assert _reasons("Ông Hoàng Văn Khánh, Chủ tịch UBND xã Tân Mỹ trao Giấy khen cho em Lý Văn Páo.") == [("giay-khen", None)]


def test_who_an_award_was_given_by_after_do_is_no_reason_for_it():
    assert _reasons("Có 5 tập thể được tặng Bằng khen của Chủ tịch UBND tỉnh do có thành tích xuất sắc năm 2022.") == [
        ("bang-khen-cap-bo-tinh", "thành tích xuất sắc năm 2022")
    ]
    for said in (
        "Xã Hoàng Việt được tặng Bằng khen do Chủ tịch UBND tỉnh ký cho 5 tập thể.",
        "Có 12 cá nhân được nhận Giấy khen do ông Nông Văn Tài, Chủ tịch UBND huyện trao.",
        "Có 3 tập thể được nhận Cờ thi đua do UBND tỉnh Lạng Sơn trao tặng.",
    ):
        assert all(reason is None for _, reason in _reasons(said)), said


def _when(body: str) -> list[tuple]:
    facts = article(HEAD + body + "\nTrần Thu Hương\n")[1]
    return [(g.award, g.status, g.period, g.decision_number, g.decision_date) for g in counted_once(facts.grants)]


def test_a_year_or_a_day_a_sentence_opens_on_without_its_comma_still_dates_what_follows():
    # the year a paragraph opens on: what the award after its results rewards, and what a proposal in it evaluates
    said = "Năm 2022 Hợp tác xã Nông nghiệp Tân Thanh đạt doanh thu 12 tỷ đồng. Với kết quả này, Hợp tác xã được Chủ tịch UBND tỉnh tặng Bằng khen."
    assert _when(said) == [("bang-khen-cap-bo-tinh", "conferred", "2022", None, None)]
    said = "Năm 2022 huyện có 45 tập thể đạt danh hiệu Tập thể lao động tiên tiến. Hội đồng đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể."
    assert ("bang-khen-cap-bo-tinh", "proposed", "2022", None, None) in _when(said)
    # the day the signing of the decision was told on
    said = "Ngày 12/01/2023 Chủ tịch UBND huyện Văn Lãng ban hành Quyết định số 88/QĐ-UBND về việc tặng Giấy khen cho 18 tập thể."
    assert _when(said) == [("giay-khen", "conferred", None, "88/QĐ-UBND", dt.date(2023, 1, 12))]
    # a day the sentence opens on before another deed than the signing dates no decision; a year before a colon no paragraph
    said = "Ngày 12/01/2023 UBND huyện tổ chức hội nghị và trao Quyết định số 88/QĐ-UBND của Chủ tịch UBND huyện tặng Giấy khen cho 18 tập thể."
    assert _when(said) == [("giay-khen", "conferred", None, "88/QĐ-UBND", None)]
    said = "Năm 2022: Hợp tác xã Nông nghiệp Tân Thanh đạt doanh thu 12 tỷ đồng. Với kết quả này, Hợp tác xã được Chủ tịch UBND tỉnh tặng Bằng khen."
    assert _when(said) == [("bang-khen-cap-bo-tinh", "conferred", None, None, None)]


def test_a_body_by_its_head_noun_and_the_short_form_the_article_gave_it_is_that_body():
    told = "Ngày 18/1/2023, Phòng Cảnh sát hình sự (PC02) Công an tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác năm 2022.\n"
    rows = grants_of(told + "Phòng PC02 được Bộ trưởng Bộ Công an tặng Cờ thi đua.\n")
    assert [(r[0], r[10]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "Phòng Cảnh sát hình sự Công an tỉnh Lạng Sơn")]
    told = "Tổng công ty Điện lực miền Bắc (EVNNPC) tổ chức hội nghị tổng kết năm 2022.\n"
    rows = grants_of(told + "Thủ tướng Chính phủ tặng Bằng khen cho Tổng công ty EVNNPC.\n")
    assert [(r[0], r[10]) for r in rows] == [("bang-khen-thu-tuong", "Tổng công ty Điện lực miền Bắc")]
    # a unit of it, before its short form, is that unit of the body
    told = "Ngày 18/1/2023, Phòng Cảnh sát hình sự (PC02) Công an tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác năm 2022.\n"
    rows = grants_of(told + "Bộ trưởng Bộ Công an tặng Bằng khen cho Đội 4 PC02.\n")
    assert [(r[0], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", "Đội 4 Phòng Cảnh sát hình sự Công an tỉnh Lạng Sơn")]


def test_an_item_s_mark_or_a_digest_s_label_before_a_clause_is_not_its_subject():
    for said in (
        "- Trường THCS Hoàng Việt được Chủ tịch UBND tỉnh tặng Bằng khen.",
        "+ Trường THCS Hoàng Việt được Chủ tịch UBND tỉnh tặng Bằng khen.",
        "Xã Hoàng Việt: Trường THCS Hoàng Việt được Chủ tịch UBND tỉnh tặng Bằng khen.",
        "- Hoàng Việt: Trường THCS Hoàng Việt vinh dự được Chủ tịch UBND tỉnh tặng Bằng khen.",
    ):
        rows = grants_of("Các địa phương trong huyện tiếp tục đẩy mạnh phong trào thi đua.\n" + said + "\n")
        assert [(r[0], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", "Trường THCS Hoàng Việt")], said
    # a label before the verb it is the subject of receives
    rows = grants_of("Xã Hoàng Việt: Đón nhận Bằng khen của Chủ tịch UBND tỉnh.\n")
    assert [(r[0], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", "xã Hoàng Việt")]


def test_who_speaks_in_an_interview_after_their_unit_in_brackets_hands_nothing_over():
    said = "Ông Lê Văn Quý, Trưởng ban Thi đua - Khen thưởng (Sở Nội vụ tỉnh Lạng Sơn): Năm 2022, Chủ tịch UBND tỉnh trao Bằng khen cho 20 tập thể."
    assert [(r[0], r[6]) for r in grants_of(said + "\n")] == [("bang-khen-cap-bo-tinh", None)]
    # one named with a note in brackets, then the handing-over, hands it over
    said = "Ông Lê Văn Quý, Phó Chủ tịch UBND huyện (thứ hai từ trái) trao Giấy khen cho 20 tập thể."
    assert [(r[0], r[6]) for r in grants_of(said + "\n")] == [("giay-khen", "Lê Văn Quý")]


def test_a_digest_s_item_opening_on_a_commune_s_label_is_that_commune_s_news():
    body = (
        "Tin các xã trong huyện.\n"
        "- Xã Hoàng Việt: Ngày 15/1/2023, UBND xã Hoàng Việt tổ chức hội nghị tổng kết. Dịp này, UBND xã khen thưởng 5 tập thể.\n"
        "- Xã Tân Mỹ: Hội Nông dân xã được Hội Nông dân tỉnh tặng Bằng khen vì có thành tích xuất sắc.\n"
    )
    rows = grants_of(body)
    # the commune's bodies by their level word alone are its; the next item's grant was given at no event of the first's
    assert [(r[0], r[5], r[8] is not None, r[10]) for r in rows] == [
        ("khen-thuong", "Ủy ban nhân dân xã Hoàng Việt", True, None),
        ("bang-khen-cap-bo-tinh", "Hội Nông dân tỉnh Lạng Sơn", False, "Hội Nông dân xã Tân Mỹ"),
    ]


def test_a_title_listed_after_an_award_by_its_word_goes_to_the_same_recipient():
    for said in (
        "Bà Hoàng Thị Thu được Chủ tịch UBND tỉnh tặng Bằng khen và danh hiệu Chiến sĩ thi đua cấp tỉnh.",
        "Bà Hoàng Thị Thu được Chủ tịch UBND tỉnh tặng Bằng khen và công nhận danh hiệu Chiến sĩ thi đua cấp tỉnh.",
    ):
        assert [(r[0], r[5], r[10]) for r in grants_of(said + "\n")] == [
            ("bang-khen-cap-bo-tinh", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "Hoàng Thị Thu"),
            ("chien-si-thi-dua-cap-bo-tinh", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn", "Hoàng Thị Thu"),
        ], said
    said = "Hợp tác xã Tân Thành được tặng Cờ thi đua và danh hiệu Tập thể lao động xuất sắc."
    assert [(r[0], r[10]) for r in grants_of(said + "\n")] == [
        ("co-thi-dua-cap-bo-tinh", "Hợp tác xã Tân Thành"), ("tap-the-lao-dong-xuat-sac", "Hợp tác xã Tân Thành")
    ]  # fmt: skip
    # what is given with the award, no title, is no award of its own
    said = "Bà Hoàng Thị Thu được Chủ tịch UBND tỉnh tặng Bằng khen và phần thưởng 2 triệu đồng."
    assert [(r[0], r[10]) for r in grants_of(said + "\n")] == [("bang-khen-cap-bo-tinh", "Hoàng Thị Thu")]


def test_the_quota_each_unit_may_put_forward_is_no_grant():
    for said in (
        "Mỗi xã được chọn 2 cá nhân để đề nghị UBND huyện tặng Giấy khen.",
        "Mỗi cơ quan, đơn vị được lựa chọn không quá 3 tập thể để đề nghị Chủ tịch UBND tỉnh tặng Bằng khen.",
        "Theo kế hoạch, mỗi trường sẽ được cử 5 học sinh tiêu biểu để tuyên dương.",
    ):
        assert grants_of(said + "\n") == [], said
    # each commune's grants told as such are grants
    said = "Năm 2022, mỗi xã có 2 cá nhân được Chủ tịch UBND huyện tặng Giấy khen."
    assert [(r[0], r[1], r[2]) for r in grants_of(said + "\n")] == [("giay-khen", "individual", 2)]


def test_a_count_parted_by_thousands_goes_on_a_list_of_counts_by_level():
    said = "Năm 2022, khen thưởng cấp tỉnh 86 trường hợp; cấp huyện 1.165 trường hợp; cấp xã 2.310 trường hợp."
    assert [(r[0], r[1], r[2]) for r in grants_of(said + "\n")] == [
        ("khen-thuong", "mixed", 86), ("khen-thuong", "mixed", 1165), ("khen-thuong", "mixed", 2310)
    ]  # fmt: skip
    # a decimal is no count of a list
    said = "Năm 2022, khen thưởng cấp tỉnh 86 trường hợp; tỷ lệ hộ nghèo còn 1.5%."
    assert [(r[0], r[2]) for r in grants_of(said + "\n")] == [("khen-thuong", 86)]


def test_one_named_and_honoured_as_a_title_is_given_that_title():
    rows = grants_of("Chị Lê Thị Hoa được vinh danh là Chiến sĩ thi đua cấp tỉnh.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("chien-si-thi-dua-cap-bo-tinh", 1, "Lê Thị Hoa")]
    rows = grants_of("Trường THCS Kim Đồng được tôn vinh là Tập thể lao động xuất sắc năm học 2022 - 2023.")
    assert [(r[0], r[1], r[10]) for r in rows] == [("tap-the-lao-dong-xuat-sac", "collective", "Trường THCS Kim Đồng")]
    # negative: honoured at an event, or as what is no title of the system: a commendation of no form
    rows = grants_of("Chị Lê Thị Hoa được vinh danh tại Lễ tuyên dương Thanh niên tiêu biểu.")
    assert [(r[0], r[10]) for r in rows] == [("khen-thuong", "Lê Thị Hoa")]
    rows = grants_of("Anh Trần Văn Bình được tôn vinh là Doanh nhân tiêu biểu.")
    assert [(r[0], r[10]) for r in rows] == [("khen-thuong", "Trần Văn Bình")]


def test_a_decision_s_number_before_the_subject_leaves_the_subject_the_giver():
    for lead in ("Theo Quyết định số 99/QĐ-UBND", "Căn cứ Quyết định số 12/QĐ-UBND ngày 5/1/2023"):
        rows = grants_of(f"{lead}, UBND huyện tặng Giấy khen cho 5 tập thể.")
        assert [(r[0], r[2], r[5]) for r in rows] == [("giay-khen", 5, "Ủy ban nhân dân huyện Văn Lãng")], lead
    # negative: organs listed before the last of them hold it jointly, which gives it unsaid
    rows = grants_of("Huyện ủy, HĐND, UBND huyện tặng Giấy khen cho 5 tập thể.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("giay-khen", 5, None)]


def test_a_commendation_proposed_at_a_high_level_is_a_proposed_commendation():
    for said in ("UBND huyện đề nghị khen cao cho 8 tập thể, 12 cá nhân.", "Huyện đề nghị khen thưởng mức cao cho 8 tập thể, 12 cá nhân."):
        rows = grants_of(said)
        assert [(r[0], r[1], r[2], r[4]) for r in rows] == [
            ("khen-thuong", "collective", 8, "proposed"),
            ("khen-thuong", "individual", 12, "proposed"),
        ], said
    # negative: what is highly valued is no level of commendation
    assert grants_of("UBND huyện đánh giá cao 8 tập thể, 12 cá nhân.") == []


def test_one_given_an_award_and_now_proposed_for_another_is_proposed_for_it():
    for said in (
        "Chị Lê Thị Hoa đã được Thủ tướng Chính phủ tặng Bằng khen, nay tiếp tục được đề nghị tặng Huân chương Lao động hạng Ba.",
        "Chị Lê Thị Hoa được Thủ tướng Chính phủ tặng Bằng khen và được đề nghị tặng Huân chương Lao động hạng Ba.",
    ):
        rows = grants_of(said)
        assert [(r[0], r[4], r[10]) for r in rows] == [
            ("bang-khen-thu-tuong", "conferred", "Lê Thị Hoa"),
            ("huan-chuong-lao-dong-hang-ba", "proposed", "Lê Thị Hoa"),
        ], said
    # negative: a proposal with recipients of its own is theirs
    rows = grants_of("Chị Lê Thị Hoa được UBND tỉnh tặng Bằng khen, đồng thời UBND huyện đề nghị tặng Giấy khen cho 3 cá nhân.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", 1, "Lê Thị Hoa"), ("giay-khen", 3, None)]
    # (one to be proposed is none yet; and an award's name is no recipient's, whatever a clause reads after 'tặng')
    rows = grants_of(
        "Công ty Than Hà Lầm đã được Thủ tướng Chính phủ tặng Bằng khen, tới đây sẽ được đề nghị tặng Huân chương Lao động hạng Ba."
    )
    assert [(r[0], r[4], r[10]) for r in rows] == [("bang-khen-thu-tuong", "conferred", "Công ty Than Hà Lầm")]
    rows = grants_of("Công ty đã được Thủ tướng Chính phủ tặng Bằng khen, tới đây sẽ được đề nghị tặng Huân chương Lao động hạng Ba.")
    assert [(r[0], r[10]) for r in rows] == [("bang-khen-thu-tuong", None)]


def test_a_headline_s_commendation_of_a_team_named_by_its_deed_is_of_the_collectives_the_body_commends():
    def grants(headline: str, body: str) -> list[tuple]:
        facts = article(
            f"{headline}\n22/08/2023 14:05\nChiều 21/8, Công an tỉnh Lạng Sơn khen thưởng lực lượng phá án. {body}\nCông Nam\n"
        )[1]
        return [(g.award, g.recipient_kind, g.count, g.recipient) for g in counted_once(facts.grants)]

    given = "Giám đốc Công an tỉnh tặng Giấy khen cho 2 tập thể và 8 cá nhân."
    body = [("giay-khen", "collective", 2, None), ("giay-khen", "individual", 8, None)]
    for headline in (
        "Khen thưởng đột xuất Tổ công tác triệt phá đường dây ma túy",
        "Khen thưởng tổ công tác bắt giữ nhanh đối tượng trộm cắp",
    ):
        assert grants(headline, given) == body, headline
    # negatives: a team with a name of its own; a body that commends no collective
    assert ("khen-thuong", "collective", 1, "Tổ công tác 363") in grants("Khen thưởng đột xuất Tổ công tác 363", given)
    alone = grants("Khen thưởng đột xuất Tổ công tác triệt phá đường dây ma túy", "Giám đốc Công an tỉnh tặng Giấy khen cho 8 cá nhân.")
    assert any(g[:3] == ("khen-thuong", "collective", 1) for g in alone), alone


def test_a_unit_the_headline_names_short_and_the_lead_in_full_is_the_full_one_a_bare_unit_word_means():
    def recipients(text: str) -> list:
        _, facts = article(text + "\nHoàng Sơn\n")
        return sorted((g.award, g.recipient) for g in facts.grants)

    headline = "Bệnh viện Đa khoa Bắc Hà đón nhận Cờ thi đua của Chính phủ\n"
    lead = (
        "Ngày 5/9/2022, UBND tỉnh Lào Cai tổ chức Lễ trao Cờ thi đua của Chính phủ cho Bệnh viện Đa khoa huyện Bắc Hà. Ông"
        " Lê Văn Hải, Phó Chủ tịch UBND tỉnh trao Cờ thi đua cho đơn vị."
    )
    assert recipients(headline + lead) == [("co-thi-dua-chinh-phu", "Bệnh viện Đa khoa huyện Bắc Hà")]
    # a lead naming another body leaves the unit the headline's
    other = lead.replace("Bệnh viện Đa khoa huyện Bắc Hà", "Trung tâm Y tế huyện Si Ma Cai")
    assert ("co-thi-dua-chinh-phu", "Bệnh viện Đa khoa Bắc Hà") in recipients(headline + other)


def test_the_parts_a_proposal_s_total_lists_after_trong_do_and_a_colon_are_proposed_each_with_its_giver():
    def statuses(said: str) -> list:
        return [(r[0], r[2], r[4], r[5]) for r in grants_of(said)]

    proposal = "Năm 2022, huyện đã trình cấp trên khen thưởng cho 14 tập thể, 20 cá nhân"
    for parts in (
        "; trong đó: Thủ tướng Chính phủ tặng Bằng khen cho 2 tập thể; Chủ tịch UBND tỉnh tặng Cờ thi đua cho 3 tập thể.",
        ", trong số đó: Thủ tướng Chính phủ tặng Bằng khen cho 2 tập thể; Chủ tịch UBND tỉnh tặng Cờ thi đua cho 3 tập thể.",
    ):
        assert statuses(proposal + parts)[2:] == [
            ("bang-khen-thu-tuong", 2, "proposed", "Thủ tướng Chính phủ"),
            ("co-thi-dua-cap-bo-tinh", 3, "proposed", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"),
        ], parts
    # negatives: no colon, the clause after the parts the district's own giving; no proposal, each part given
    said = proposal + ", trong đó 5 tập thể là trường học; UBND huyện tặng Giấy khen cho 40 tập thể."
    assert statuses(said)[-1] == ("giay-khen", 40, "conferred", "Ủy ban nhân dân huyện Văn Lãng")
    said = "Năm 2022, có 14 tập thể được khen thưởng; trong đó: Chủ tịch UBND tỉnh tặng Cờ thi đua cho 3 tập thể."
    assert statuses(said)[-1] == ("co-thi-dua-cap-bo-tinh", 3, "conferred", "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn")


def test_a_bare_number_before_another_count_s_predicate_shares_its_noun_and_title():
    rows = grants_of("Năm 2022, huyện công nhận mới 4 và công nhận lại 11 khu dân cư văn hóa.")
    assert sorted(short(rows)) == [("thon-to-dan-pho-van-hoa", "collective", 4), ("thon-to-dan-pho-van-hoa", "collective", 11)]
    # negative: a year between is no elided noun; the first number counts nothing
    rows = grants_of("Năm 2022 có 3 và năm 2023 có 9 thôn được công nhận danh hiệu thôn văn hóa.")
    assert short(rows) == [("thon-to-dan-pho-van-hoa", "collective", 9)]


def test_counts_written_in_words_are_read_where_counts_in_digits_are():
    def rows(said: str) -> list:
        return [(r[0], r[1], r[2], r[5]) for r in grants_of(said)]

    # a count opening a clause of its own after a comma, a giver of its own
    said = "Năm 2022, Sở được Bộ Nội vụ tặng Cờ thi đua, ba phòng thuộc Sở được Giám đốc Sở tặng Giấy khen."
    assert [r[:3] for r in rows(said)] == [("co-thi-dua-cap-bo-tinh", "collective", 1), ("giay-khen", "collective", 3)]
    # a total broken down after 'gồm', or in brackets
    said = "UBND huyện tặng Giấy khen cho 12 gương điển hình, gồm bốn tập thể và tám cá nhân."
    assert sorted(r[:3] for r in rows(said)) == [("giay-khen", "collective", 4), ("giay-khen", "individual", 8)]
    said = "UBND huyện tặng Giấy khen cho 27 tập thể, cá nhân (bảy tập thể, hai mươi cá nhân)."
    assert sorted(r[:3] for r in rows(said)) == [("giay-khen", "collective", 7), ("giay-khen", "individual", 20)]
    # an award's owner ends before the count after it; an award then its count, after a colon
    said = "Năm 2022, huyện có 3 trường hợp được khen thưởng: Huân chương Lao động hạng Nhì một tập thể; Bằng khen của Thủ tướng Chính phủ hai cá nhân."
    assert rows(said) == [
        ("huan-chuong-lao-dong-hang-nhi", "collective", 1, "Chủ tịch nước"),
        ("bang-khen-thu-tuong", "individual", 2, "Thủ tướng Chính phủ"),
    ]
    # a calling counted in words is the calling, not a member's word ('tám hội viên')
    said = "Hội Nông dân tỉnh tặng Giấy khen cho sáu chi hội, chín hội viên."
    assert sorted(r[:3] for r in rows(said)) == [("giay-khen", "collective", 6), ("giay-khen", "individual", 9)]
    # the body told by its head noun before a count in words
    facts = article(
        "Trường Tiểu học Hòa Bình đạt chuẩn quốc gia\n05/12/2022 09:00\nNgày 3/12, Trường Tiểu học Hòa Bình tổ chức lễ đón Bằng"
        " công nhận. Nhân dịp này, UBND huyện tặng Giấy khen cho nhà trường và bốn giáo viên.\nLê Hà\n"
    )[1]
    assert sorted((g.recipient_kind, g.count, g.recipient) for g in facts.grants) == [
        ("collective", 1, "Trường Tiểu học Hòa Bình"), ("individual", 4, None)
    ]  # fmt: skip
    # negative: a year after a comma is no count ('năm 2022'), nor a number word with no noun of recipients after it
    said = "Năm 2021, Sở được Bộ Nội vụ tặng Cờ thi đua, năm 2022 Sở được Thủ tướng Chính phủ tặng Bằng khen."
    assert {r[2] for r in rows(said)} == {1}
    assert rows("Năm 2022, Sở được Bộ Nội vụ tặng Cờ thi đua ba năm liền.") == [("co-thi-dua-cap-bo-tinh", "collective", 1, "Bộ Nội vụ")]


def test_one_body_given_the_same_award_in_two_years_holds_two_grants():
    def grants(said: str) -> list:
        facts = article(
            "Bệnh viện Đa khoa tỉnh Yên Bái 50 năm xây dựng\n12/10/2023 09:00\nNgày 11/10, Bệnh viện Đa khoa tỉnh Yên Bái tổ chức"
            f" lễ kỷ niệm 50 năm thành lập. {said}\nLê Hà\n"
        )[1]
        return sorted((g.award, g.recipient, _label(g.conferrer), g.period or "") for g in facts.grants)

    flag = ("co-thi-dua-cap-bo-tinh", "Bệnh viện Đa khoa tỉnh Yên Bái", "Bộ Y tế")
    # each year's giving in a sentence of its own, or after a comma in one sentence
    said = "Năm 2021, Bệnh viện được Bộ Y tế tặng Cờ thi đua. Năm 2022, Bệnh viện tiếp tục được Bộ Y tế tặng Cờ thi đua."
    assert grants(said) == [(*flag, ""), (*flag, "")]
    said = "Năm 2021, Bệnh viện được Bộ Y tế tặng Cờ thi đua, năm 2022 lại được Bộ Y tế tặng Cờ thi đua."
    assert grants(said) == [(*flag, ""), (*flag, "2022")]
    # another year's giving by a giver of its own, after a comma: a grant of its own, its year its period
    said = "Năm 2021, Bệnh viện được Bộ Y tế tặng Cờ thi đua, năm 2022 được Thủ tướng Chính phủ tặng Bằng khen."
    assert grants(said) == [
        ("bang-khen-thu-tuong", "Bệnh viện Đa khoa tỉnh Yên Bái", "Thủ tướng Chính phủ", "2022"), (*flag, "")
    ]  # fmt: skip
    # negative: told twice, the second time with no year of its own, it is one grant
    said = "Năm 2021, Bệnh viện được Bộ Y tế tặng Cờ thi đua. Thứ trưởng Bộ Y tế Lê Văn Hải đã trao Cờ thi đua cho Bệnh viện."
    assert [g[:3] for g in grants(said)] == [flag]


def test_the_counts_an_award_runs_into_with_no_cho_are_its_recipients():
    def rows(said: str) -> list:
        return sorted((r[0], r[1], r[2]) for r in grants_of(said))

    said = "Hội Nông dân tỉnh tặng Bằng khen 12 chi hội vững mạnh xuất sắc và 30 hội viên có thành tích tiêu biểu."
    assert rows(said) == [("bang-khen-cap-bo-tinh", "collective", 12), ("bang-khen-cap-bo-tinh", "individual", 30)]
    # the title after the count says what those given it are, no award of its own
    said = "Tại hội nghị, UBND xã trao Giấy khen 25 hộ gia đình văn hóa tiêu biểu giai đoạn 2020-2022."
    assert rows(said) == [("giay-khen", "collective", 25)]
    # a second award after 'và', counted right after it, is given to its own counts
    facts = article(
        "Công ty Xi măng Hà Tiên đón nhận Cờ thi đua\n10/07/2023 09:00\nNgày 9/7, Công ty Xi măng Hà Tiên tổ chức hội nghị. Nhân"
        " dịp này, Tổng công ty Xi măng Việt Nam tặng Cờ thi đua cho công ty và Bằng khen 8 tập thể, 15 cá nhân.\nLê Hà\n"
    )[1]
    assert sorted((g.award, g.count, g.recipient, _label(g.conferrer)) for g in facts.grants) == [
        ("bang-khen-cap-bo-tinh", 8, None, "Tổng công ty Xi măng Việt Nam"),
        ("bang-khen-cap-bo-tinh", 15, None, "Tổng công ty Xi măng Việt Nam"),
        ("co-thi-dua-cap-bo-tinh", 1, "Công ty Xi măng Hà Tiên", "Tổng công ty Xi măng Việt Nam"),
    ]
    # a city's 'Thành phố' before a count is no numbered quarter ('Khu phố 4')
    said = "Bà Lê Thị Hoa trao Bằng khen của Chủ tịch UBND Thành phố 40 vận động viên và 9 huấn luyện viên."
    assert rows(said) == [("bang-khen-cap-bo-tinh", "individual", 9), ("bang-khen-cap-bo-tinh", "individual", 40)]
    # negatives: years after the award are no recipients; a quarter's number counts no one
    assert rows("Chủ tịch UBND huyện tặng Giấy khen 3 năm liền cho 15 tập thể.") == [("giay-khen", "collective", 15)]
    assert rows("Khu phố 4 tổ chức lễ tuyên dương; UBND huyện tặng Giấy khen cho 6 hộ.") == [("giay-khen", "collective", 6)]


def test_the_unit_word_under_a_headline_that_opens_on_no_body_is_the_unit_the_lead_opens_on():
    def recipients(lead: str) -> list:
        facts = article(f"Hà Giang: Ngành điện đón nhận Cờ thi đua\n12/10/2023 09:00\n{lead}\nLê Hà\n")[1]
        return sorted((g.award, g.recipient) for g in facts.grants)

    lead = "Sáng 11/10, Công ty Điện lực Hà Giang tổ chức hội nghị tổng kết. Năm 2023, đơn vị được UBND tỉnh tặng Cờ thi đua."
    assert recipients(lead) == [("co-thi-dua-cap-bo-tinh", "Công ty Điện lực Hà Giang")]
    # negative: a committee that holds the ceremony is no 'đơn vị' the article tells of
    lead = "Sáng 11/10, UBND huyện Vị Xuyên tổ chức hội nghị tổng kết. Năm 2023, đơn vị được UBND tỉnh tặng Cờ thi đua."
    assert recipients(lead) == [("co-thi-dua-cap-bo-tinh", None)]


def test_the_unit_word_under_a_headline_that_opens_on_the_giver_is_the_one_it_gives_to():
    def recipients(headline: str) -> list:
        facts = article(
            f"{headline}\n12/03/2022 09:00\nSáng 11/3, Bộ Quốc phòng tổ chức Lễ trao Huân chương Chiến công hạng Nhì. Thiếu tướng"
            " Lê Văn Hải, Thứ trưởng Bộ Quốc phòng trao Huân chương cho đơn vị.\nLê Hà\n"
        )[1]
        return sorted({g.recipient for g in facts.grants if g.award == "huan-chuong-chien-cong-hang-nhi"})

    assert recipients("Bộ Quốc phòng trao Huân chương Chiến công cho Lữ đoàn 168") == ["Lữ đoàn 168"]
    # negative: a headline opening on the unit that receives names it still
    assert recipients("Lữ đoàn 168 đón nhận Huân chương Chiến công hạng Nhì") == ["Lữ đoàn 168"]


def test_a_share_opening_a_clause_of_its_own_is_the_subject_of_the_title_after_it_not_the_count_before():
    for said in (
        "Năm 2023, toàn xã có 4 thôn được công nhận đạt chuẩn nông thôn mới kiểu mẫu, 92% hộ gia đình đạt danh hiệu Gia đình văn hóa.",
        "Năm 2023, có 5 thôn đạt chuẩn nông thôn mới và trên 85,5 % hộ đạt danh hiệu Gia đình văn hóa.",
        "Cuối năm, 3 khu dân cư được công nhận kiểu mẫu; 90% hộ được công nhận Gia đình văn hóa.",
    ):
        assert not [r for r in grants_of(said) if r[2] is not None], said
    # negatives: a share the count is, told after it, leaves the count the subject
    for said, count in (
        ("Năm 2023, 1.120 hộ, chiếm 92% số hộ, được công nhận danh hiệu Gia đình văn hóa.", 1120),
        ("Năm 2023, 1.250 hộ (đạt 92%) được công nhận danh hiệu Gia đình văn hóa.", 1250),
    ):
        assert [(r[0], r[2]) for r in grants_of(said)] == [("gia-dinh-van-hoa", count)], said


def test_the_unit_word_under_a_headline_whose_giver_names_no_one_given_to_is_the_one_the_lead_gives_to():
    def recipients(headline: str, lead: str) -> list:
        facts = article(f"{headline}\n12/03/2022 09:00\n{lead} Thiếu tướng Lê Văn Hải trao Huân chương cho đơn vị.\nLê Hà\n")[1]
        return sorted({g.recipient for g in facts.grants if g.award == "huan-chuong-chien-cong-hang-nhi"})

    lead = "Sáng 11/3, Bộ Tư lệnh Quân khu 2 tổ chức Lễ trao Huân chương Chiến công hạng Nhì cho Lữ đoàn 168."
    assert recipients("Quân khu 2 trao Huân chương Chiến công hạng Nhì", lead) == ["Lữ đoàn 168"]
    assert recipients("Bộ Quốc phòng tặng Huân chương Chiến công", lead) == ["Lữ đoàn 168"]
    # negatives: a lead giving to no body names no unit (the giver is none); a headline opening on the unit names it
    assert (
        recipients(
            "Quân khu 2 trao Huân chương Chiến công hạng Nhì", "Sáng 11/3, Quân khu 2 tổ chức Lễ trao Huân chương Chiến công hạng Nhì."
        )
        == []
    )
    assert recipients("Lữ đoàn 168 đón nhận Huân chương Chiến công hạng Nhì", lead) == ["Lữ đoàn 168"]


def test_the_hero_title_told_by_its_first_word_alone_is_the_state_honorary_title_the_sentence_before_names():
    def rows(body: str) -> list:
        return [(r[0], r[10]) for r in grants_of(body)]

    for said in (
        "Chủ tịch nước phong tặng danh hiệu Anh hùng Lao động cho Công ty Than Hà Tu. Ông Lê Văn An trao danh hiệu Anh hùng cho Công ty Than Hà Tu.",
        "Công ty Than Hà Tu được phong tặng danh hiệu Anh hùng Lao động. Ông Lê Văn An đã trao danh hiệu Anh hùng cho Công ty Than Hà Tu.",
    ):
        assert rows(said) == [("anh-hung-lao-dong", "Công ty Than Hà Tu")], said
    # alone, the generic state honorary title (no commendation by the name 'Anh hùng'); a hero title named whole stays
    assert rows("Ông Lê Văn An trao danh hiệu Anh hùng cho Công ty Than Hà Tu.") == [("danh-hieu-vinh-du-nha-nuoc", "Công ty Than Hà Tu")]
    assert rows("Chủ tịch nước phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho Công an huyện X.")[0][0] == (
        "anh-hung-luc-luong-vu-trang-nhan-dan"
    )


def test_a_subject_given_an_award_in_the_passive_keeps_it_where_another_after_va_is_given_to_a_count():
    for said, first in (
        ("Huyện Văn Lãng được UBND tỉnh tặng Cờ thi đua năm 2022 và Bằng khen cho 3 tập thể.", ("co-thi-dua-cap-bo-tinh", "collective", 1)),
        (
            "Năm 2022, Trường THCS Lê Lợi được Bộ trưởng Bộ Giáo dục và Đào tạo tặng Bằng khen và Giấy khen cho 5 giáo viên.",
            ("bang-khen-cap-bo-tinh", "collective", 1),
        ),
        (
            "Ông Lê Văn An được Chủ tịch UBND tỉnh tặng Bằng khen xuất sắc và Giấy khen cho 2 cá nhân.",
            ("bang-khen-cap-bo-tinh", "individual", 1),
        ),
    ):
        rows = grants_of(said)
        assert rows[0][:3] == first, said
        assert len(rows) == 2 and rows[1][2] in (2, 3, 5) and rows[1][1] in ("collective", "individual"), said
    rows = grants_of("Huyện Văn Lãng được UBND tỉnh tặng Cờ thi đua năm 2022 và Bằng khen cho 3 tập thể.")
    assert [(r[0], r[5], r[10]) for r in rows] == [
        ("co-thi-dua-cap-bo-tinh", "Ủy ban nhân dân tỉnh Lạng Sơn", "huyện Văn Lãng"),
        ("bang-khen-cap-bo-tinh", "Ủy ban nhân dân tỉnh Lạng Sơn", None),
    ]
    # negatives: no subject receiving, both awards are those counted's; a counted subject is theirs; no count, both the
    # subject's
    assert [r[:3] for r in grants_of("UBND huyện tặng Bằng khen và Giấy khen cho 5 giáo viên.")] == [("khen-thuong", "individual", 5)]
    assert [r[:3] for r in grants_of("Xã Tân Thanh được UBND tỉnh tặng Cờ thi đua và Bằng khen.")] == [
        ("co-thi-dua-cap-bo-tinh", "collective", 1),
        ("bang-khen-cap-bo-tinh", "collective", 1),
    ]


def test_a_number_ending_a_bodys_name_that_counts_the_nouns_after_it_is_the_count_not_the_name():
    for said, giver, count in (
        ("Dịp này, nhà trường tặng Giấy khen của Giám đốc Học viện Tài chính 35 giảng viên.", "Giám đốc Học viện Tài chính", 35),
        (
            "Dịp này, Công ty tặng Bằng khen của Tổng Giám đốc Tổng công ty Than Đông Bắc 12 công nhân.",
            "Tổng Giám đốc Tổng công ty Than Đông Bắc",
            12,
        ),
    ):
        assert [(r[2], r[5]) for r in grants_of(said)] == [(count, giver)], said
    # negatives: a unit named by its number keeps it, before a count of its own or none
    rows = grants_of("Dịp này, Bộ Tư lệnh Quân khu 2 tặng Bằng khen cho Lữ đoàn 168 và 5 cá nhân.")
    assert sorted((r[2], r[10]) for r in rows) == [(1, "Lữ đoàn 168"), (5, None)]
    assert [r[10] for r in grants_of("Dịp này, UBND tỉnh tặng Cờ thi đua cho Trung đoàn 894.")] == ["Trung đoàn 894"]


def test_an_achievement_recognised_by_an_award_gives_it_to_whose_achievement_it_is():
    for said, expected in (
        (
            "Thành tích của Trường THCS Lê Lợi được ghi nhận bằng Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo.",
            ("bang-khen-cap-bo-tinh", "collective", "Bộ trưởng Bộ Giáo dục và Đào tạo", "Trường THCS Lê Lợi"),
        ),
        (
            "Những đóng góp của ông Lê Văn An được Đảng, Nhà nước ghi nhận bằng Huân chương Lao động hạng Ba.",
            ("huan-chuong-lao-dong-hang-ba", "individual", "Chủ tịch nước", "Lê Văn An"),
        ),
        (
            "Kết quả đó của xã Tân Thanh được UBND tỉnh ghi nhận bằng Cờ thi đua.",
            ("co-thi-dua-cap-bo-tinh", "collective", "Ủy ban nhân dân tỉnh Lạng Sơn", "xã Tân Thanh"),
        ),
    ):
        assert [(r[0], r[1], r[5], r[10]) for r in grants_of(said)] == [expected], said
    # negatives: recognised with no award named gives none; an achievement the sentence opens on, no 'của', leaves the
    # subject after it
    assert grants_of("Thành tích của các tập thể được ghi nhận và biểu dương tại hội nghị.") == []
    rows = grants_of("Với thành tích đó, Trường THCS Lê Lợi được UBND tỉnh tặng Cờ thi đua.")
    assert [(r[0], r[10]) for r in rows] == [("co-thi-dua-cap-bo-tinh", "Trường THCS Lê Lợi")]


def test_a_printed_decisions_issuer_in_capitals_is_read_where_the_page_also_names_its_unit_in_mixed_case():
    page = (
        "ỦY BAN NHÂN DÂN HUYỆN VĂN LÃNG\nSố: 125/QĐ-UBND\nVăn Lãng, ngày 15 tháng 01 năm 2024\nQUYẾT ĐỊNH\nVề việc khen thưởng"
        " thành tích năm 2023\n{issuer}\nCăn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;\nXét đề nghị của Trưởng phòng Nội vụ"
        " huyện,\nQUYẾT ĐỊNH:\nĐiều 1. Tặng Giấy khen cho 05 tập thể và 12 cá nhân đã có thành tích xuất sắc năm 2023.\nCHỦ TỊCH\n"
        "Nguyễn Văn Hải\n"
    )
    chair = "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"
    facts = article(page.format(issuer="CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN VĂN LÃNG"))[1]
    assert [(g.count, _label(g.conferrer)) for g in facts.grants] == [(5, chair), (12, chair)]
    # negative: a head naming no office over the articles names no giver
    facts = article(page.format(issuer="TRUNG TÂM VĂN HÓA HUYỆN VĂN LÃNG"))[1]
    assert [_label(g.conferrer) for g in facts.grants] == [None, None]


def test_a_nomination_is_a_proposal_and_a_title_proposed_with_no_giving_verb_is_proposed_to_the_one_named():
    for said, expected in (
        ("Dịp này, 5 cá nhân được đề cử giải thưởng Gương mặt trẻ Việt Nam tiêu biểu.", ("khen-thuong", 5, "proposed", None)),
        ("Hội đồng đã đề cử 3 nhà giáo để xét tặng danh hiệu Nhà giáo ưu tú.", ("nha-giao-uu-tu", 3, "proposed", None)),
        ("Anh Lê Văn An được đề cử danh hiệu Chiến sĩ thi đua toàn quốc.", ("chien-si-thi-dua-toan-quoc", 1, "proposed", "Lê Văn An")),
        ("Anh Lê Văn An được đề nghị danh hiệu Chiến sĩ thi đua toàn quốc.", ("chien-si-thi-dua-toan-quoc", 1, "proposed", "Lê Văn An")),
    ):
        assert [(r[0], r[2], r[4], r[10]) for r in grants_of(said)] == [expected], said
    # negatives: a title given stays conferred; a proposal's basis ('theo đề nghị của') proposes nothing
    assert [(r[0], r[4]) for r in grants_of("Anh Lê Văn An được tặng danh hiệu Chiến sĩ thi đua toàn quốc.")] == [
        ("chien-si-thi-dua-toan-quoc", "conferred")
    ]
    rows = grants_of("Theo đề nghị của Sở Nội vụ, Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể.")
    assert [(r[0], r[4]) for r in rows] == [("bang-khen-cap-bo-tinh", "conferred")]


def test_a_place_s_organs_listed_jointly_receive_for_the_place():
    # 'Đảng ủy, HĐND, UBND xã X ... đón nhận Cờ thi đua': the commune receives it, not its Party committee, and the
    # giving told after it to the commune is the same grant
    rows = grants_of(
        "Ngày 15/1, Đảng ủy, HĐND, UBND xã Tân Mỹ tổ chức Hội nghị tổng kết năm 2022 và đón nhận Cờ thi đua của UBND tỉnh. "
        "Ông Hoàng Văn Nam, Phó Chủ tịch UBND tỉnh trao Cờ thi đua cho xã Tân Mỹ."
    )
    assert [(r[0], r[2], r[10]) for r in rows] == [("co-thi-dua-cap-bo-tinh", 1, "xã Tân Mỹ")]
    # (the district's, joined by dashes, at a ceremony of receiving it names)
    rows = grants_of("Ngày 15/1, Huyện ủy - HĐND - UBND huyện Văn Lãng tổ chức Lễ đón nhận Huân chương Lao động hạng Nhì.")
    assert [(r[0], r[10]) for r in rows] == [("huan-chuong-lao-dong-hang-nhi", "huyện Văn Lãng")]
    # negatives: one organ alone receives for itself; organs of two places are two recipients
    rows = grants_of("Ngày 15/1, Huyện ủy Văn Lãng tổ chức Lễ đón nhận Huân chương Lao động hạng Nhì.")
    assert [(r[0], r[10]) for r in rows] == [("huan-chuong-lao-dong-hang-nhi", "Huyện ủy Văn Lãng")]
    rows = grants_of("Ngày 15/1, Đảng ủy xã Tân Mỹ và UBND xã Hoàng Văn Thụ đón nhận Bằng khen của UBND tỉnh.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", 2, None)]


def test_an_award_given_to_those_an_event_commended_is_that_commending_s_award_whoever_gives_it():
    held = "Ngày 26/3, Huyện đoàn Văn Lãng tổ chức lễ kỷ niệm Ngày thành lập Đoàn và tuyên dương 12 “Thanh niên tiêu biểu” năm 2022. "
    for to in ("cho 12 đoàn viên, thanh niên được tuyên dương", "12 đoàn viên được biểu dương"):  # (with 'cho' or not)
        rows = grants_of(held + f"Ông Hoàng Văn Nam, Chủ tịch UBND huyện trao Giấy khen {to}.")
        assert [(r[0], r[2], r[5]) for r in rows] == [("giay-khen", 12, "Chủ tịch Ủy ban nhân dân huyện Văn Lãng")], to
    # negative: an award another giver gives to as many, not said to be those commended, is a grant of its own
    for to in ("cho 12 đoàn viên xuất sắc", "12 đoàn viên xuất sắc"):
        rows = grants_of(held + f"Ông Hoàng Văn Nam, Chủ tịch UBND huyện trao Giấy khen {to}.")
        assert sorted((r[0], r[2]) for r in rows) == [("giay-khen", 12), ("khen-thuong", 12)], to


def test_a_giving_a_proposal_asks_for_is_handed_over_by_no_one():
    chaired = "Ngày 9/3, Hội đồng Thi đua - Khen thưởng huyện Văn Lãng họp dưới sự chủ trì của ông Hoàng Văn Nam, Chủ tịch UBND huyện. "
    rows = grants_of(chaired + "Hội đồng thống nhất đề xuất Chủ tịch UBND huyện trao tặng Giấy khen cho 12 cá nhân.")
    assert [(r[0], r[2], r[4], r[6]) for r in rows] == [("giay-khen", 12, "proposed", None)]
    # negative: a giving done on a proposal ('Theo đề nghị của ...') is handed over by the one who gives it
    held = "Ngày 9/3, UBND huyện Văn Lãng tổ chức Lễ tuyên dương điển hình tiên tiến. "
    rows = grants_of(held + "Theo đề nghị của Phòng Nội vụ, ông Hoàng Văn Nam, Chủ tịch UBND huyện trao tặng Giấy khen cho 12 cá nhân.")
    assert [(r[0], r[2], r[4], r[6]) for r in rows] == [("giay-khen", 12, "conferred", "Hoàng Văn Nam")]


def test_an_award_to_a_force_named_after_luc_luong_is_that_force_s():
    for to, who in (
        ("cho lực lượng Cảnh sát biển Việt Nam", "Cảnh sát biển Việt Nam"),
        ("cho lực lượng Công an huyện Văn Lãng", "Công an huyện Văn Lãng"),
        ("cho lực lượng vũ trang tỉnh Lạng Sơn", "Lực lượng vũ trang tỉnh Lạng Sơn"),
        ("cho LLVT nhân dân huyện Văn Lãng", "Lực lượng vũ trang nhân dân huyện Văn Lãng"),
    ):
        rows = grants_of(f"Ngày 5/3/2024, Chủ tịch nước tặng Huân chương Chiến công hạng Ba {to}.")
        assert [(r[0], r[2], r[10]) for r in rows] == [("huan-chuong-chien-cong-hang-ba", 1, who)], to
    # negative: those counted of a force are not the force
    rows = grants_of("Ngày 5/3/2024, UBND tỉnh tặng Bằng khen cho 3 tập thể thuộc lực lượng Công an tỉnh.")
    assert [(r[0], r[2], r[10]) for r in rows] == [("bang-khen-cap-bo-tinh", 3, None)]


def test_a_giver_called_by_a_courtesy_then_their_title_gives_as_the_office():
    for said, office in (
        ("Sáng 5/4, ông Chủ tịch UBND huyện Hoàng Văn Nam trao Giấy khen cho 6 học sinh.", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
        ("Sáng 5/4, đồng chí Phó Chủ tịch UBND huyện trao Giấy khen cho 6 học sinh.", "Chủ tịch Ủy ban nhân dân huyện Văn Lãng"),
        ("Sáng 5/4, bà Giám đốc Sở Y tế Lê Thị Hoa trao Giấy khen cho 6 bác sĩ.", "Giám đốc Sở Y tế tỉnh Lạng Sơn"),
        ("Sáng 5/4, Đại tá Giám đốc Công an tỉnh trao Giấy khen cho 6 chiến sĩ.", "Giám đốc Công an tỉnh Lạng Sơn"),
    ):
        assert [(r[0], r[2], r[5]) for r in grants_of(said)] == [("giay-khen", 6, office)], said
    # negative: a courtesy before a name, with no title, names no giver (the one named hands it over)
    assert [(r[5], r[6]) for r in grants_of("Sáng 5/4, ông Hoàng Văn Nam trao Giấy khen cho 6 học sinh.")] == [(None, "Hoàng Văn Nam")]


def test_a_giver_named_then_set_off_from_their_title_by_a_dash_gives_as_the_office():
    for said, office in (
        ("Sáng 5/4, bà Lê Thị Hoa – Giám đốc Sở Y tế tặng Giấy khen cho 6 cá nhân.", "Giám đốc Sở Y tế tỉnh Lạng Sơn"),
        (
            "Sáng 5/4, ông Hoàng Văn Nam - Chủ tịch UBND huyện đã ký quyết định tặng Giấy khen cho 6 cá nhân.",
            "Chủ tịch Ủy ban nhân dân huyện Văn Lãng",
        ),
        (
            "Sáng 5/4, Thượng tá Hoàng Văn Nam - Chỉ huy trưởng Ban CHQS huyện tặng Giấy khen cho 6 cá nhân.",
            "Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Văn Lãng",
        ),
    ):
        assert [(r[0], r[2], r[5]) for r in grants_of(said)] == [("giay-khen", 6, office)], said
    # negative: a body set off from what it is by a dash gives as the body
    rows = grants_of("Sáng 5/4, UBND huyện - cơ quan thường trực của Hội đồng tặng Giấy khen cho 6 cá nhân.")
    assert [(r[0], r[2], r[5]) for r in rows] == [("giay-khen", 6, "Ủy ban nhân dân huyện Văn Lãng")]


def test_handing_over_an_award_to_the_models_in_the_plural_hands_it_to_both_kinds_honoured():
    honoured = (
        "Ngày 9/10/2020, UBND tỉnh tổ chức Hội nghị điển hình tiên tiến. Hội nghị đã biểu dương 102 tập thể, cá nhân điển "
        "hình tiên tiến, trong đó có 52 tập thể và 50 cá nhân. "
    )
    for to in ("các điển hình tiên tiến", "những điển hình"):
        rows = grants_of(honoured + f"Ông Lê Văn Nam, Phó Chủ tịch UBND tỉnh trao Bằng khen của Chủ tịch UBND tỉnh cho {to}.")
        assert sorted((r[0], r[1], r[2]) for r in rows) == [
            ("bang-khen-cap-bo-tinh", "collective", 52), ("bang-khen-cap-bo-tinh", "individual", 50)
        ], to  # fmt: skip
    # negative: handed to the individuals alone, the collectives' commendation stays bare
    rows = grants_of(honoured + "Ông Lê Văn Nam, Phó Chủ tịch UBND tỉnh trao Bằng khen của Chủ tịch UBND tỉnh cho các cá nhân.")
    assert sorted((r[0], r[1], r[2]) for r in rows) == [("bang-khen-cap-bo-tinh", "individual", 50), ("khen-thuong", "collective", 52)]
