"""Events and campaigns, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from tdkt.ingest.conferrers import label as _label

from ..conftest import article

HEAD = "Thị xã Quảng Yên tổng kết phong trào thi đua năm 2022\n15/01/2023 10:00\n"


def facts_of(body: str):
    return article(HEAD + body + "\nĐào Thu Hà\n")[1]


def _events_of(sentence: str) -> list[tuple[str, str, dt.date | None]]:
    """The kind, name and day of each event one sentence of the town's article tells."""
    return [(e.kind, e.label, e.date) for e in facts_of(sentence).events]


def test_the_consent_or_lead_an_event_is_held_under_is_not_its_organiser():
    for lead in (
        "Được sự nhất trí của Thường trực Thị ủy, ",
        "Được sự đồng ý của Ban Thường vụ Tỉnh ủy, ",
        "Dưới sự chỉ đạo của Huyện ủy Tiên Yên, ",
        "Ngày 12/1, được sự cho phép của UBND tỉnh, ",
    ):
        facts = facts_of(f"{lead}UBND thị xã Quảng Yên tổ chức Lễ tuyên dương học sinh giỏi năm 2023 vào tối 19/7.")
        assert [e.organiser.name for e in facts.events] == ["Ủy ban nhân dân thị xã Quảng Yên"], lead
    # negative: the body that is the subject, with no lead before it, stays the organiser
    facts = facts_of("Tối 19/7, Thị ủy Quảng Yên tổ chức Lễ tuyên dương học sinh giỏi năm 2023.")
    assert [e.organiser.name for e in facts.events] == ["Thị ủy Quảng Yên"]


def test_events_every_unit_held_over_the_days_a_lead_spans_are_none_of_the_article_s_own():
    for lead in ("Từ ngày 8 đến 11/1/2023, ", "Trong các ngày 8 - 11/1/2023, ", "Từ ngày 8/1 đến ngày 11/1/2023, "):
        for held in ("các xã, phường trên địa bàn thị xã đồng loạt tổ chức", "100% xã, phường đã tổ chức"):
            assert facts_of(f"{lead}{held} hội nghị tổng kết công tác thi đua năm 2022.").events == [], lead + held
    # negative: one body that held it over those days held an event
    facts = facts_of("Từ ngày 8 đến 11/1/2023, UBND thị xã Quảng Yên tổ chức Hội thi tuyên truyền viên giỏi.")
    assert [(e.label, e.organiser.name) for e in facts.events] == [("Hội thi tuyên truyền viên giỏi", "Ủy ban nhân dân thị xã Quảng Yên")]


def test_an_event_told_on_the_day_after_the_one_before_is_dated_the_next_day():
    for after, day in (
        ("Ngày hôm sau", dt.date(2023, 1, 13)),
        ("Sáng hôm sau", dt.date(2023, 1, 13)),
        ("Ngày tiếp theo", dt.date(2023, 1, 13)),
    ):
        facts = facts_of(
            f"Ngày 12/1, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết công tác thi đua năm 2022. {after}, Thị đoàn Quảng Yên "
            "tổ chức Lễ tuyên dương 20 thanh niên tiêu biểu."
        )
        assert [e.date for e in facts.events] == [dt.date(2023, 1, 12), day], after
    # (across a month's end)
    facts = facts_of(
        "Ngày 31/12/2022, UBND thị xã tổ chức Hội nghị tổng kết. Hôm sau, Thị đoàn tổ chức Lễ tuyên dương thanh niên tiêu biểu."
    )
    assert [e.date for e in facts.events][1] == dt.date(2023, 1, 1)
    # negative: the day after something the sentence tells, not leading it, dates nothing
    facts = facts_of("Thị đoàn Quảng Yên tổ chức Lễ tuyên dương 20 thanh niên tiêu biểu vào ngày hôm sau.")
    assert [e.date for e in facts.events] == [None]


def test_event_dated_when_it_happened_with_the_year_inferred_from_publication():
    facts = facts_of(
        "Sáng ngày 13/1, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết phong trào thi đua năm 2022, tới dự có lãnh đạo các phòng, ban."
    )
    [event] = facts.events
    assert event.date == dt.date(2023, 1, 13)
    assert event.label == "Hội nghị tổng kết phong trào thi đua năm 2022"
    assert event.organiser.name == "Ủy ban nhân dân thị xã Quảng Yên"


def test_an_event_held_at_night_is_dated_by_the_night_s_day():
    facts = facts_of("Đêm 12/1, Thị đoàn Quảng Yên tổ chức Đêm vinh danh thanh niên tiêu biểu năm 2022.")
    assert [(e.label, e.date) for e in facts.events] == [("Đêm vinh danh thanh niên tiêu biểu năm 2022", dt.date(2023, 1, 12))]
    # a night's event named with no day gives none
    facts = facts_of("Thị đoàn Quảng Yên đã tổ chức Đêm vinh danh thanh niên tiêu biểu năm 2022.")
    assert [e.date for e in facts.events] in ([], [None])


def test_an_event_named_first_is_dated_by_the_date_right_after_its_verb():
    facts = facts_of("Hội nghị tổng kết phong trào thi đua năm 2022 của thị xã Quảng Yên được tổ chức vào sáng ngày 13/1.")
    assert [e.date for e in facts.events] == [dt.date(2023, 1, 13)]
    # (past how it went: 'thành công', 'long trọng')
    for how in ("thành công", "long trọng"):
        facts = facts_of(f"Hội nghị tổng kết phong trào thi đua năm 2022 của thị xã Quảng Yên đã được tổ chức {how} vào ngày 13/1.")
        assert [e.date for e in facts.events] == [dt.date(2023, 1, 13)], how
    # a date further on says something else
    facts = facts_of("Hội nghị tổng kết phong trào thi đua năm 2022 đã được tổ chức thành công, đến ngày 13/1 có 20 đơn vị báo cáo.")
    assert [e.date for e in facts.events] == [None]


def test_a_council_s_session_named_first_is_held_by_the_council_it_names_and_its_closing_sitting_places_grants_at_it():
    facts = facts_of(
        "Chiều 12/1, Kỳ họp thứ 17 HĐND thị xã Quảng Yên khóa XX bế mạc.\n"
        "Tại phiên bế mạc, Thường trực HĐND thị xã tặng Giấy khen cho 10 tập thể."
    )
    assert [(e.kind, e.date, e.organiser.name) for e in facts.events] == [
        ("Meeting", dt.date(2023, 1, 12), "Hội đồng nhân dân thị xã Quảng Yên")
    ]
    assert [(g.award, g.event) for g in facts.grants] == [("giay-khen", "e1")]
    # one to come is none
    assert facts_of("Kỳ họp thứ 18 HĐND thị xã Quảng Yên sẽ khai mạc vào ngày 10/7.").events == []


def test_a_year_end_date_before_a_january_publication_is_last_year():
    facts = facts_of("Ngày 28/12, Hội đồng TĐKT thị xã tổ chức Hội nghị sơ kết thi đua ở thị xã Quảng Yên.")
    assert facts.events[0].date == dt.date(2022, 12, 28)
    assert facts.events[0].organiser.name == "Hội đồng Thi đua - Khen thưởng thị xã Quảng Yên"


def test_planned_and_everyone_s_events_are_not_events():
    facts = facts_of(
        "Thị xã Quảng Yên sẽ tổ chức Lễ tuyên dương điển hình tiên tiến vào tháng 5. "
        "Các xã, phường tổ chức hội nghị sơ kết ở cơ sở. Sở Nội vụ tham mưu tổ chức Hội nghị điển hình tiên tiến."
    )
    assert facts.events == []
    # 'Tham mưu' in a body's name plans nothing ('Bộ Tổng Tham mưu')
    facts = facts_of("Ngày 13/1/2023, Lữ đoàn 144 (Bộ Tổng Tham mưu) tổ chức hội nghị tổng kết công tác năm 2022.")
    assert [(e.date, e.organiser.name) for e in facts.events] == [(dt.date(2023, 1, 13), "Lữ đoàn 144")]
    # a sentence that opens on a plan, its event's verb far on, plans it
    for planned in (
        "Dự kiến ngày 15/1/2024, Sở Nội vụ tỉnh Quảng Ninh tổ chức Hội nghị tổng kết công tác năm 2023.",
        "Theo kế hoạch, sáng 20/1/2024, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết công tác năm 2023.",
    ):
        assert facts_of(planned).events == [], planned
    # negatives: a plan carried out; a plan's clause before another
    for held in (
        "Thực hiện kế hoạch, sáng 20/1/2024, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết công tác năm 2023.",
        "Theo dự kiến ban đầu, hội nghị kéo dài 2 ngày; sáng 20/1/2024, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết.",
    ):
        assert [e.date for e in facts_of(held).events] == [dt.date(2024, 1, 20)], held


def test_events_a_share_of_the_units_held_are_not_the_article_s():
    for subject in (
        "100% công đoàn cơ sở khu vực nhà nước",
        "15/15 xã, phường",
        "98,5% chi bộ",
        "Tất cả các trường học",
        "Hầu hết khu dân cư",
    ):
        facts = facts_of(f"Năm 2022, {subject} đã tổ chức hội nghị cán bộ, công chức và Ngày hội Đại đoàn kết.")
        assert facts.events == [], subject
    # negative: one body's is one event, and a day written bare before its body stays a day
    facts = facts_of("Ngày 12/1/2023, Công đoàn cơ sở Trường THPT Lê Lợi tổ chức hội nghị cán bộ, công chức năm 2023.")
    assert [e.organiser.name for e in facts.events] == ["Công đoàn cơ sở Trường THPT Lê Lợi"]
    assert len(facts_of("15/12, UBND phường Yên Giang tổ chức Ngày hội Đại đoàn kết toàn dân tộc.").events) == 1


def test_a_movement_s_quoted_name_does_not_make_its_launch_a_plan_or_everyone_s():
    facts = facts_of(
        "Ngày 9/1/2023, Thị ủy Quảng Yên tổ chức Lễ phát động đợt thi đua “Chào mừng đại hội công đoàn các cấp, "
        "tiến tới Đại hội Công đoàn tỉnh lần thứ XV”."
    )
    assert [(e.kind, e.date, e.organiser.name) for e in facts.events] == [("Ceremony", dt.date(2023, 1, 9), "Thị ủy Quảng Yên")]
    # nor the occasion the drive salutes, unquoted
    for launched in (
        "Lễ phát động đợt thi đua đặc biệt lập thành tích chào mừng Đại hội Đảng bộ các cấp, tiến tới Đại hội XIV của Đảng",
        "Lễ phát động thi đua hướng tới Đại hội Hội Nông dân các cấp",
    ):
        facts = facts_of(f"Ngày 9/1/2023, Thị ủy Quảng Yên tổ chức {launched}.")
        assert [(e.kind, e.date) for e in facts.events] == [("Ceremony", dt.date(2023, 1, 9))], launched
    # the same words outside quotes still say it
    assert facts_of("Ngày 9/1/2023, Thị ủy Quảng Yên tổ chức đại hội công đoàn các cấp.").events == []
    assert facts_of("Ngày 9/1/2023, Thị ủy Quảng Yên tổ chức Hội nghị chào mừng Đại hội Đảng bộ các cấp.").events == []
    assert facts_of("Ngày 9/1/2023, thị xã Quảng Yên sẽ tổ chức Lễ tuyên dương tiến tới Đại hội.").events == []


def test_a_named_month_of_action_keeps_its_purpose_in_a_long_event_name():
    facts = facts_of(
        "Tối 12/1, UBND thị xã Quảng Yên tổ chức Lễ mít tinh hưởng ứng Tháng hành động vì an toàn thực phẩm "
        "và Tháng hành động vì trẻ em của thị xã Quảng Yên năm 2023 ở nhà văn hóa."
    )
    [event] = facts.events
    assert event.label.startswith("Lễ mít tinh hưởng ứng Tháng hành động vì an toàn thực phẩm và Tháng hành động vì trẻ em")
    # a long name's complements are still cut off after another word
    facts = facts_of(
        "Tối 12/1, UBND thị xã Quảng Yên tổ chức Lễ trao tặng Huân chương Lao động hạng Ba và Bằng khen của Thủ tướng "
        "Chính phủ năm 2022 cho các tập thể, cá nhân vì đã có thành tích xuất sắc trong công tác."
    )
    assert " vì " not in facts.events[0].label


def test_an_event_name_reads_through_a_number_s_thousands_point():
    facts = facts_of("Sáng 9/1, thị xã Quảng Yên tổ chức Lễ ra quân cho 1.250 đoàn viên thanh niên tình nguyện.")
    assert [e.label for e in facts.events] == ["Lễ ra quân cho 1.250 đoàn viên thanh niên tình nguyện"]
    # a full stop after a year still ends it
    facts = facts_of("Sáng 9/1, thị xã Quảng Yên tổ chức Lễ ra quân năm 2023. 250 đoàn viên tham gia.")
    assert [e.label for e in facts.events] == ["Lễ ra quân năm 2023"]


def test_an_event_s_name_ends_before_the_occasion_it_is_held_on():
    for told, name in (
        ("Chiều 18/10, Hội LHPN thị xã tổ chức tọa đàm “Phụ nữ với thi đua yêu nước” nhân kỷ niệm 93 năm Ngày thành lập Hội.",
         "Tọa đàm “Phụ nữ với thi đua yêu nước”"),
        ("Chiều 13/10, UBND thị xã Quảng Yên tổ chức gặp mặt doanh nhân nhân Ngày Doanh nhân Việt Nam 13/10.", "Gặp mặt doanh nhân"),
        ("Sáng 2/9, UBND thị xã Quảng Yên tổ chức Lễ trao Giấy khen, nhân dịp Quốc khánh 2/9.", "Lễ trao Giấy khen"),
    ):  # fmt: skip
        assert [e.label for e in facts_of(told).events] == [name], told
    # a name that is a duty to multiply ('nhân rộng') goes on
    facts = facts_of("Sáng 9/1, UBND thị xã Quảng Yên tổ chức Hội nghị nhân rộng điển hình tiên tiến năm 2022.")
    assert [e.label for e in facts.events] == ["Hội nghị nhân rộng điển hình tiên tiến năm 2022"]


def test_an_event_s_name_ends_before_a_second_act_after_a_comma_and_a_gathering_gives_what_its_sentence_gives():
    for second in ("tuyên dương 30 phụ nữ tiêu biểu", "trao Giấy khen cho 30 phụ nữ tiêu biểu"):
        facts = facts_of(f"Ngày 7/3, Hội LHPN thị xã tổ chức họp mặt kỷ niệm 114 năm Ngày Quốc tế Phụ nữ, {second}.")
        assert [e.label for e in facts.events] == ["Họp mặt kỷ niệm 114 năm Ngày Quốc tế Phụ nữ"], second
        assert [(g.count, g.event) for g in facts.grants] == [(30, "e1")], second
    # a pair of verbs the name opens with stays whole ('Lễ tôn vinh, trao tặng ...', 'tuyên dương, khen thưởng 2 em')
    facts = facts_of("Ngày 9/10, UBND thị xã tổ chức Lễ tôn vinh, trao tặng danh hiệu “Công dân tiêu biểu” cho 10 cá nhân.")
    assert [e.label for e in facts.events] == ["Lễ tôn vinh, trao tặng danh hiệu “Công dân tiêu biểu” cho 10 cá nhân"]


def test_the_body_an_occasion_names_before_the_day_is_not_the_organiser():
    facts = facts_of(
        "Nhân kỷ niệm 93 năm Ngày thành lập Hội Nông dân Việt Nam, chiều 12/1, Hội Nông dân thị xã Quảng Yên tổ chức "
        "Lễ tôn vinh nông dân sản xuất giỏi."
    )
    assert [(e.organiser.name, e.date) for e in facts.events] == [("Hội Nông dân thị xã Quảng Yên", dt.date(2023, 1, 12))]
    facts = facts_of("Hưởng ứng Tháng hành động vì trẻ em, sáng 12/1, Đoàn Thanh niên thị xã Quảng Yên tổ chức Lễ ra quân.")
    assert [e.organiser.name for e in facts.events] == ["Đoàn Thanh niên Cộng sản Hồ Chí Minh thị xã Quảng Yên"]
    # a long occasion, its years in brackets
    facts = facts_of(
        "Nhân kỷ niệm 93 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2023), ngày 20/10, Hội LHPN "
        "thị xã Quảng Yên tổ chức tọa đàm và biểu dương 20 phụ nữ tiêu biểu."
    )
    assert [e.organiser.name for e in facts.events] == ["Hội Liên hiệp Phụ nữ thị xã Quảng Yên"]


def test_an_event_whose_name_says_who_holds_it_has_that_organiser():
    facts = facts_of("Ngày 12/1, Đại hội Thi đua yêu nước thị xã Quảng Yên lần thứ V đã khai mạc trọng thể.")
    assert [e.organiser.name for e in facts.events] == ["Ủy ban nhân dân thị xã Quảng Yên"]
    facts = facts_of("Lễ kỷ niệm 30 năm thành lập Hội Cựu chiến binh phường Yên Giang được tổ chức vào sáng 12/1.")
    assert [e.organiser.name for e in facts.events] == ["Hội Cựu chiến binh phường Yên Giang"]
    # a national body's anniversary is held everywhere: not by it
    facts = facts_of("Lễ kỷ niệm 30 năm Ngày thành lập Hội Cựu chiến binh Việt Nam được tổ chức vào sáng 12/1.")
    assert [e.organiser for e in facts.events] == [None]


def test_a_ceremony_chaired_on_a_day_the_sentence_gives_is_held():
    facts = facts_of("Sáng 9/1, Chủ tịch UBND thị xã Quảng Yên Vũ Văn Diện chủ trì Lễ phát động phong trào thi đua năm 2023.")
    assert [(e.kind, e.label, e.date) for e in facts.events] == [
        ("Ceremony", "Lễ phát động phong trào thi đua năm 2023", dt.date(2023, 1, 9))
    ]
    # chairing one told without a day, or a conference, tells no event of its own
    assert facts_of("Ông Vũ Văn Diện, Chủ tịch UBND thị xã Quảng Yên chủ trì Lễ phát động.").events == []
    assert facts_of("Sáng 9/1, ông Vũ Văn Diện chủ trì Hội nghị cùng các Phó Chủ tịch UBND thị xã Quảng Yên.").events == []


def test_place_as_organiser_and_a_caption_event():
    facts = facts_of(
        "Ngày 10/1/2023, thị xã Quảng Yên tổ chức Lễ kỷ niệm 10 năm thành lập thị xã.\nTổ chức thành công Hội thi tuyên truyền viên giỏi thị xã Quảng Yên"
    )
    labels = {e.label: e for e in facts.events}
    assert labels["Lễ kỷ niệm 10 năm thành lập thị xã"].organiser.name == "Ủy ban nhân dân thị xã Quảng Yên"
    assert labels["Hội thi tuyên truyền viên giỏi thị xã Quảng Yên"].date is None


def test_a_place_that_holds_an_event_is_not_its_address():
    # 'thị xã A (tỉnh B) tổ chức', 'thị xã A, tỉnh B tổ chức': the town holds it, the province is where the town is
    for subject in ("thị xã Quảng Yên (tỉnh Quảng Ninh)", "thị xã Quảng Yên, tỉnh Quảng Ninh"):
        facts = facts_of(f"Ngày 10/1/2023, {subject} tổ chức Lễ kỷ niệm 10 năm thành lập thị xã.")
        assert [e.organiser.name for e in facts.events] == ["Ủy ban nhân dân thị xã Quảng Yên"], subject
    # negative: the province alone holds it
    facts = facts_of("Ngày 10/1/2023, tỉnh Quảng Ninh tổ chức Lễ kỷ niệm 60 năm thành lập tỉnh.")
    assert [e.organiser.name for e in facts.events] == ["Ủy ban nhân dân tỉnh Quảng Ninh"]


def parts(facts) -> list[tuple[str, str]]:
    """Who took part in the article's events, and as what."""
    return [(p.person, p.part) for e in facts.events for p in e.participants]


def campaigns_of(body: str) -> dict[str, str]:
    return {c.name: c.kind for c in facts_of(body).campaigns}


def test_movement_drive_and_theme_with_their_cues():
    found = campaigns_of(
        "Thị xã Quảng Yên đẩy mạnh phong trào thi đua “Quảng Yên chung sức xây dựng đô thị văn minh” và cuộc vận động “Ngày thứ bảy vì môi trường xanh”. "
        "Chủ đề công tác năm 2023 là “Tăng tốc phát triển, nâng cao đời sống nhân dân”."
    )
    assert found == {
        "Quảng Yên chung sức xây dựng đô thị văn minh": "movement",
        "Ngày thứ bảy vì môi trường xanh": "drive",
        "Tăng tốc phát triển, nâng cao đời sống nhân dân": "theme",
    }


def test_a_list_opened_by_a_cue_and_broken_quotes():
    found = campaigns_of(
        "Các phong trào thi đua như: “Học tập suốt đời”; “Nông dân thi đua sản xuất giỏi, “Cựu chiến binh gương mẫu”, thi đua “Doanh nhân trẻ” đều đạt kết quả."
    )
    assert set(found) == {"Học tập suốt đời", "Nông dân thi đua sản xuất giỏi", "Cựu chiến binh gương mẫu", "Doanh nhân trẻ"}


def test_a_missing_closing_quote_ends_at_the_semicolon():
    found = campaigns_of(
        "Phong trào thi đua “Quảng Yên vì người nghèo - không ai bị bỏ lại phía sau; các phường thực hiện tốt công tác giảm nghèo."
    )
    assert found == {"Quảng Yên vì người nghèo - không ai bị bỏ lại phía sau": "movement"}


def test_slogans_principles_and_titles_in_quotes_are_not_campaigns():
    found = campaigns_of(
        "Thị xã Quảng Yên quán triệt phương châm “4 tại chỗ” và tinh thần “chống dịch như chống giặc”, "
        "thực hiện tốt “mục tiêu kép”; UBND thị xã tặng danh hiệu “Tập thể lao động tiên tiến” cho 30 tập thể."
    )
    assert found == {}
    # nor a flag's own name, though it speaks of a movement; a movement named in the same sentence still is one
    found = campaigns_of(
        "Năm 2022, thị xã được Bộ trưởng Bộ Công an tặng Cờ thi đua “Đơn vị xuất sắc phong trào Toàn dân bảo vệ an ninh"
        " Tổ quốc” và dẫn đầu phong trào thi đua “Quảng Yên chung sức xây dựng nông thôn mới”."
    )
    assert found == {"Quảng Yên chung sức xây dựng nông thôn mới": "movement"}


def test_a_standard_attained_in_quotes_is_no_campaign_though_a_movement_is_named_before_it():
    found = campaigns_of("Qua 5 năm, phong trào đã có 8/11 phường được công nhận đạt tiêu chuẩn “An toàn về an ninh, trật tự”.")
    assert found == {}
    found = campaigns_of("Thực hiện phong trào, có 30 cơ quan đạt chuẩn “Cơ quan an toàn về an ninh, trật tự” năm 2022.")
    assert found == {}
    # negative: the movement quoted before the standard still is one
    found = campaigns_of("Phong trào thi đua “Dân vận khéo” lan tỏa, 15 mô hình đạt chuẩn “Dân vận khéo cấp thị xã”.")
    assert found == {"Dân vận khéo": "movement"}


def test_the_person_who_launched_a_movement():
    facts = facts_of(
        "Tại hội nghị, đồng chí Hoàng Văn Đạt, Chủ tịch UBND thị xã đã phát động phong trào thi đua “Quảng Yên đổi mới sáng tạo” ở thị xã Quảng Yên."
    )
    assert [(c.name, c.launched_by) for c in facts.campaigns] == [("Quảng Yên đổi mới sáng tạo", "Hoàng Văn Đạt")]


def test_written_dates_and_a_time_of_day_before_a_yearless_date():
    written = facts_of("Ngày 12 tháng 1 năm 2023, UBND thị xã Quảng Yên tổ chức Hội nghị tuyên dương điển hình tiên tiến.")
    assert written.events[0].date == dt.date(2023, 1, 12)
    evening = facts_of("Chiều 11/1, UBND thị xã Quảng Yên tổ chức Hội nghị tuyên dương điển hình tiên tiến.")
    assert evening.events[0].date == dt.date(2023, 1, 11)
    undated = facts_of("Có 11/12 phường đạt chuẩn; UBND thị xã Quảng Yên tổ chức Hội nghị tuyên dương điển hình tiên tiến.")
    assert undated.events[0].date is None


def test_joint_organisers_give_the_lead_body():
    facts = facts_of("Ngày 9/1/2023, Thị ủy - HĐND - UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết năm 2022.")
    assert facts.events[0].organiser.name == "Thị ủy Quảng Yên"


def test_only_qualifiers_or_an_appositive_stand_between_the_verb_and_the_event():
    facts = facts_of(
        "Thị xã Quảng Yên chỉ đạo tổ chức tốt công tác tuyên truyền tại Hội nghị các cấp. "
        "UBND thị xã Quảng Yên tổ chức các hội nghị sơ kết ở cơ sở. "
        "Thị xã Quảng Yên đã tổ chức thành công sự kiện quan trọng - Đại hội Đảng bộ thị xã lần thứ XXV."
    )
    assert [e.label for e in facts.events] == ["Đại hội Đảng bộ thị xã lần thứ XXV"]


def test_a_programme_held_under_a_quoted_name_or_of_a_kind_held_named_before_its_verb_is_an_event():
    for said, label in (
        ("Tối 12/1, Chương trình “Tự hào Quảng Yên” đã được tổ chức tại Quảng trường thị xã.", "Chương trình “Tự hào Quảng Yên”"),
        (
            "Tối 12/1, chương trình nghệ thuật “Mùa xuân quê hương” đã diễn ra tại Nhà văn hóa.",
            "Chương trình nghệ thuật “Mùa xuân quê hương”",
        ),
        ("Tối 12/1, tại Quảng trường thị xã, Chương trình “Tự hào Quảng Yên” đã diễn ra.", "Chương trình “Tự hào Quảng Yên”"),
    ):
        assert [(e.label, e.date) for e in facts_of(said).events] == [(label, dt.date(2023, 1, 12))], said
    # negatives: a programme carried out, quoted or not, is no event held
    assert facts_of("Năm 2022, Chương trình “Mỗi xã một sản phẩm” đã được tổ chức thực hiện hiệu quả.").events == []
    assert facts_of("Chương trình mục tiêu quốc gia xây dựng nông thôn mới đã diễn ra sôi nổi ở các xã.").events == []


def test_an_event_named_before_its_verb_after_a_comma_in_lower_case_or_after_buoi_is_an_event():
    for said, label in (
        (
            "Sáng 12/1, hội nghị tổng kết công tác thi đua năm 2022 đã được tổ chức tại Nhà văn hóa.",
            "Hội nghị tổng kết công tác thi đua năm 2022",
        ),
        ("Sáng 12/1, đại hội thi đua yêu nước thị xã lần thứ V đã khai mạc.", "Đại hội thi đua yêu nước thị xã lần thứ V"),
        ("Sáng 12/1, buổi lễ tuyên dương học sinh giỏi đã diễn ra tại Nhà văn hóa.", "Lễ tuyên dương học sinh giỏi"),
        ("Sáng 12/1, Buổi lễ tuyên dương học sinh giỏi được tổ chức trang trọng.", "Lễ tuyên dương học sinh giỏi"),
    ):
        assert [(e.label, e.date) for e in facts_of(said).events] == [(label, dt.date(2023, 1, 12))], said
    # negatives: the head alone is the event told before; one to come is none held
    assert facts_of("Ngày 12/1, buổi lễ đã diễn ra trang trọng.").events == []
    facts = facts_of("Ngày 12/1, UBND thị xã tổ chức Lễ kỷ niệm 60 năm thành lập thị xã. Buổi lễ đã diễn ra trang trọng.")
    assert [e.label for e in facts.events] == ["Lễ kỷ niệm 60 năm thành lập thị xã"]
    assert facts_of("Theo kế hoạch, hội nghị tổng kết công tác năm 2022 sẽ được tổ chức vào ngày 20/1.").events == []


def test_the_event_named_before_its_verb_and_a_venue_named_after_a_conference():
    facts = facts_of(
        "Sáng 10/1, Hội nghị tổng kết công tác thi đua năm 2022 của thị xã Quảng Yên đã được tổ chức tại Nhà văn hóa thị xã. "
        "Chiều 12/1, tại Trung tâm Hội nghị thị xã Quảng Yên đã diễn ra Lễ tuyên dương học sinh giỏi."
    )
    assert [(e.label, e.date) for e in facts.events] == [
        ("Hội nghị tổng kết công tác thi đua năm 2022 của thị xã Quảng Yên", dt.date(2023, 1, 10)),
        ("Lễ tuyên dương học sinh giỏi", dt.date(2023, 1, 12)),
    ]
    # (or its host after 'do', another verb after it, on a day the sentence gives)
    facts = facts_of("Chiều 12/1, Hội nghị trực tuyến tổng kết công tác năm 2022 do Bộ Nội vụ chủ trì được kết nối tới 63 tỉnh, thành phố.")
    assert [(e.label, e.date, e.organiser.name) for e in facts.events] == [
        ("Hội nghị trực tuyến tổng kết công tác năm 2022", dt.date(2023, 1, 12), "Bộ Nội vụ")
    ]
    # negatives: one still to come; a host named with no day
    assert facts_of("Hội nghị tổng kết công tác năm 2022 do UBND thị xã chủ trì sẽ diễn ra vào ngày 20/1/2023.").events == []
    assert facts_of("Hội nghị tổng kết công tác năm 2022 do Bộ Nội vụ chủ trì được kết nối tới 63 tỉnh, thành phố.").events == []


def test_a_speaker_announcing_a_launch_to_come_is_not_its_launcher():
    facts = facts_of(
        "Ông Vi Văn Thành, Chủ tịch UBND thị xã Quảng Yên cho biết: “Năm 2023, thị xã sẽ phát động phong trào thi đua “Quảng Yên bứt phá””."
    )
    assert [(c.name, c.launched_by) for c in facts.campaigns] == [("Quảng Yên bứt phá", None)]


def test_everyone_listed_after_an_attendance_cue_attended_and_speakers_spoke():
    facts = facts_of(
        "Sáng 9/1, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết công tác thi đua năm 2022.\n"
        "Dự hội nghị có các đồng chí: Phạm Văn Nam, Bí thư Thị ủy; Lê Thu Hà, Chủ tịch UBND thị xã.\n"
        "Đồng chí Trịnh Quốc Anh, Trưởng phòng Nội vụ thị xã trình bày báo cáo tổng kết."
    )
    parts = {(p.person, p.part) for p in facts.events[0].participants}
    assert parts == {("Phạm Văn Nam", "attended"), ("Lê Thu Hà", "attended"), ("Trịnh Quốc Anh", "spoke")}
    # the event's name written capitalised, and 'và chỉ đạo', in a paragraph of its own
    for cue in (
        "Dự và chỉ đạo Đại hội có", "Dự Hội nghị có", "Về dự và chỉ đạo có", "Dự lễ kỷ niệm có", "Dự buổi gặp mặt có",
        "Cùng dự có", "Cùng tham dự có", "Về phía thị xã có", "Về phía Ban Tổ chức Thị ủy tham dự có",
    ):  # fmt: skip
        facts = facts_of(
            "Ngày 24/6, Đảng bộ phường Yên Giang tổ chức Đại hội đại biểu lần thứ XIV.\n"
            f"{cue} đồng chí Vũ Văn Tâm, Phó Bí thư Thị ủy.\nĐại hội đã bầu Ban Chấp hành gồm 15 đồng chí."
        )
        assert {(p.person, p.part) for p in facts.events[0].participants} == {("Vũ Văn Tâm", "attended")}, cue


def test_those_listed_after_attending_a_festival_a_session_or_a_meeting_attended():
    for event, cue in (
        ("Ngày hội Đại đoàn kết toàn dân tộc năm 2023", "Dự ngày hội có"),
        ("Lễ kỷ niệm 70 năm Ngày thành lập xã", "Dự buổi giao lưu có"),
        ("kỳ họp thứ 12 HĐND huyện khóa XX", "Dự kỳ họp có"),
        ("phiên họp xét khen thưởng", "Dự phiên họp có"),
        ("Hội nghị giao ban quý I", "Dự buổi họp có"),
    ):
        facts = facts_of(f"Sáng 16/11/2023, UBND xã Tân Hòa tổ chức {event}.\n{cue} ông Trần Văn Lực, Phó Chủ tịch UBND huyện.")
        assert {(p.person, p.part) for e in facts.events for p in e.participants} == {("Trần Văn Lực", "attended")}, cue
    # negative: what is planned to come ('Dự kiến có') lists no one who was there
    facts = facts_of(
        "Sáng 16/11/2023, UBND xã Tân Hòa tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023.\n"
        "Dự kiến có ông Trần Văn Lực, Phó Chủ tịch UBND huyện đến chung vui."
    )
    assert [p.part for e in facts.events for p in e.participants] == []


def test_a_speech_set_before_its_speaker_is_the_speaker_s():
    held = "Sáng 9/1, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết công tác thi đua năm 2022.\n"
    for told in (
        "Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Nguyễn Minh Hưng ghi nhận kết quả thị xã đạt được.",
        "Phát biểu chỉ đạo, Bí thư Thị ủy Phạm Văn Nam yêu cầu các ngành tiếp tục đổi mới.",
        "Kết luận hội nghị, đồng chí Nguyễn Minh Hưng, Phó Chủ tịch UBND tỉnh ghi nhận kết quả đạt được.",
    ):
        facts = facts_of(held + told)
        assert [p.part for p in facts.events[0].participants] == ["spoke"], told
    # what was said, right after the speaker's name and titles
    for told in (
        "Thay mặt lãnh đạo tỉnh, đồng chí Nguyễn Minh Hưng, Phó Chủ tịch UBND tỉnh chúc mừng những thành tích thị xã đạt được.",
        "Tại hội nghị, đồng chí Nguyễn Minh Hưng thay mặt lãnh đạo tỉnh ghi nhận những kết quả đạt được.",
        "Đồng chí Nguyễn Minh Hưng đánh giá cao kết quả thị xã đạt được.",
    ):
        facts = facts_of(held + told)
        assert [(p.person, p.part) for p in facts.events[0].participants] == [("Nguyễn Minh Hưng", "spoke")], told
    # the one congratulated did not speak; one acknowledged by another, in a year of their own, took no part
    facts = facts_of(held + "Đồng chí Nguyễn Minh Hưng trao Bằng khen và chúc mừng ông Lê Văn Tám.")
    assert [(p.person, p.part) for p in facts.events[0].participants] == [("Nguyễn Minh Hưng", "presented_awards")]
    facts = facts_of(held + "Năm 2022, ông Lê Văn Tám được Chủ tịch UBND tỉnh ghi nhận là gương điển hình.")
    assert facts.events[0].participants == []
    # who the speaker praised is no speaker
    facts = facts_of(held + "Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Nguyễn Minh Hưng biểu dương ông Lê Văn Tám.")
    assert [(p.person, p.part) for p in facts.events[0].participants] == [("Nguyễn Minh Hưng", "spoke")]


def test_a_headline_naming_the_conference_is_the_event_when_the_body_only_says_tong_ket():
    _, facts = article(
        "Hội nghị tổng kết công tác thi đua năm 2022 thị xã Quảng Yên\n06/01/2023\n"
        "Ngày 5/1, thị xã Quảng Yên tổng kết công tác thi đua năm 2022. Dịp này, 20 tập thể được tặng Giấy khen.\nĐào Thu Hà\n"
    )
    assert [(e.label, e.date) for e in facts.events] == [
        ("Hội nghị tổng kết công tác thi đua năm 2022 thị xã Quảng Yên", dt.date(2023, 1, 5))
    ]
    assert [(g.event, g.date) for g in facts.grants] == [("e1", dt.date(2023, 1, 5))]


def test_campaign_names_are_written_as_a_catalogue_would_and_keep_the_article_s_form():
    [c] = facts_of("Thị xã Quảng Yên đẩy mạnh phong trào “toàn dân phòng, chống dịch COVID -19;giữ vững,phát triển”.").campaigns
    assert c.name == "Toàn dân phòng, chống dịch COVID-19; giữ vững, phát triển"
    # (as read: a comma or a semicolon glued to the next word is spaced when the text is read, the rest as the article
    # wrote it)
    assert c.aliases == ["toàn dân phòng, chống dịch COVID -19; giữ vững, phát triển"]


def test_a_caption_naming_an_event_counts_only_when_no_other_event_is_reported():
    alone = facts_of("Năm 2022, thị xã Quảng Yên có nhiều thành tích.\nLễ trao tặng Huân chương Lao động hạng Ba cho Trường THPT Quảng Yên")
    assert [e.label for e in alone.events] == ["Lễ trao tặng Huân chương Lao động hạng Ba cho Trường THPT Quảng Yên"]
    within = facts_of(
        "Ngày 12/1/2023, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết thi đua năm 2022.\n"
        "Lễ trao tặng Huân chương Lao động hạng Ba cho Trường THPT Quảng Yên"
    )
    assert [e.label for e in within.events] == ["Hội nghị tổng kết thi đua năm 2022"]
    # a caption's event of a body is that body's
    of = facts_of(
        "Năm 2022, thị xã Quảng Yên có nhiều thành tích.\nHội nghị tổng kết phong trào của Hội Cựu chiến binh phường Yên Giang - Ảnh: Lê Hiền\nCác hội viên đánh giá kết quả của phong trào."
    )
    assert [(e.label, e.organiser.name) for e in of.events] == [
        ("Hội nghị tổng kết phong trào của Hội Cựu chiến binh phường Yên Giang", "Hội Cựu chiến binh phường Yên Giang")
    ]


def test_the_launcher_of_a_movement_whose_name_the_catalogue_form_changes():
    facts = facts_of(
        "Tại hội nghị, đồng chí Hoàng Văn Đạt, Chủ tịch UBND thị xã đã phát động phong trào thi đua “quảng Yên đổi mới,sáng tạo”."
    )
    assert [(c.name, c.launched_by) for c in facts.campaigns] == [("Quảng Yên đổi mới, sáng tạo", "Hoàng Văn Đạt")]


def test_meetings_of_a_council_in_three_wordings_and_the_proposals_they_decided():
    facts = facts_of("Hội đồng Thi đua - Khen thưởng thị xã vừa họp lần thứ 3 năm 2023 thông qua đề nghị khen thưởng.")
    [event] = facts.events
    assert (event.kind, event.label) == ("Meeting", "Họp lần thứ 3 năm 2023 của Hội đồng Thi đua - Khen thưởng thị xã Quảng Yên")
    facts = facts_of(
        "Chiều 12-1, ông Lê Văn Hà - Chủ tịch UBND thị xã, Chủ tịch Hội đồng Thi đua - Khen thưởng thị xã chủ trì cuộc họp "
        "với các thành viên hội đồng để xét khen thưởng năm 2022. Hội đồng thống nhất đề nghị tặng Bằng khen của Thủ tướng "
        "Chính phủ cho 4 tập thể."
    )
    [event] = facts.events
    assert (event.label, event.date) == ("Cuộc họp xét khen thưởng năm 2022", dt.date(2023, 1, 12))
    assert event.organiser.name == "Hội đồng Thi đua - Khen thưởng thị xã Quảng Yên"  # the body the chair chairs
    [grant] = facts.grants
    assert (grant.status, grant.event, grant.date) == ("proposed", event.key, dt.date(2023, 1, 12))
    facts = facts_of("Ngày 9 tháng 1 năm 2023, Hội đồng Thi đua, khen thưởng Bộ GD&ĐT đã họp dưới sự chủ trì của Bộ trưởng.")
    assert facts.events[0].organiser.name == "Hội đồng Thi đua - Khen thưởng Bộ Giáo dục và Đào tạo"


def test_a_council_that_meets_for_a_named_session_holds_a_meeting_without_vua_or_da():
    facts = facts_of("Ngày 28/12, Hội đồng Thi đua - Khen thưởng thị xã họp phiên thường kỳ quý IV năm 2022.")
    [event] = facts.events
    assert (event.kind, event.label, event.date) == (
        "Meeting", "Họp phiên thường kỳ quý IV năm 2022 của Hội đồng Thi đua - Khen thưởng thị xã Quảng Yên", dt.date(2022, 12, 28)
    )  # fmt: skip
    facts = facts_of("Hội đồng Thi đua - Khen thưởng thị xã họp xét đề nghị khen thưởng năm 2022.")
    assert [e.label for e in facts.events] == ["Họp xét đề nghị khen thưởng năm 2022 của Hội đồng Thi đua - Khen thưởng thị xã Quảng Yên"]
    # a comma inside a quoted title is the title's, not the end of the meeting's name; one outside still ends it
    facts = facts_of(
        "Hội đồng Thi đua - Khen thưởng thị xã họp xét tặng danh hiệu “Gia đình tiêu biểu, hiếu học” năm 2022, có 9 thành viên dự."
    )
    assert [e.label for e in facts.events] == [
        "Họp xét tặng danh hiệu “Gia đình tiêu biểu, hiếu học” năm 2022 của Hội đồng Thi đua - Khen thưởng thị xã Quảng Yên"
    ]
    # 'thi đua, khen thưởng' is one phrase: its comma does not end the name
    facts = facts_of("Ngày 5/12/2022, Hội Nông dân thị xã tổ chức họp xét thi đua, khen thưởng năm 2023, có 15 ủy viên dự.")
    assert [e.label for e in facts.events] == ["Họp Hội Nông dân thị xã Quảng Yên xét thi đua, khen thưởng năm 2023"]
    # a routine, not a meeting held
    assert facts_of("Hàng năm, Hội đồng Thi đua - Khen thưởng thị xã họp xét khen thưởng vào tháng 12.").events == []
    # 'họp' alone, with no session or purpose after it, says no more than that the council meets
    assert facts_of("Hội đồng Thi đua - Khen thưởng thị xã họp khi cần thiết.").events == []


def test_a_meeting_named_by_its_head_and_time_alone_is_named_as_the_body_s():
    def labels(held: str) -> list[str]:
        return [e.label for e in facts_of(f"Ngày 11/6/2022, Hội đồng Thi đua - Khen thưởng thị xã tổ chức {held}.").events]

    council = "Hội đồng Thi đua - Khen thưởng thị xã Quảng Yên"
    assert labels("phiên họp") == [f"Phiên họp của {council}"]
    assert labels("phiên họp thứ nhất năm 2022") == [f"Phiên họp thứ nhất năm 2022 của {council}"]
    assert labels("cuộc họp định kỳ quý II năm 2022") == [f"Họp định kỳ quý II năm 2022 của {council}"]
    # negative: a name that says what the meeting was for stays as written
    assert labels("phiên họp xét khen thưởng năm 2022") == ["Phiên họp xét khen thưởng năm 2022"]


def test_what_is_not_a_meeting_held():
    assert facts_of("UBND thị xã Quảng Yên sẽ họp để xét khen thưởng vào tháng tới.").events == []
    assert facts_of("Sáng 5/1, UBND thị xã Quảng Yên tổ chức họp báo về kết quả năm 2022.").events == []
    assert facts_of("Các xã đã họp bình xét thi đua ở thị xã Quảng Yên.").events == []


def test_an_undated_article_dates_a_day_and_month_by_the_year_it_names_most():
    facts = article(
        "Lễ công bố xã Hiệp Hòa đạt chuẩn nông thôn mới năm 2019\n"
        "Tối ngày 28.12, UBND xã Hiệp Hòa thị xã Quảng Yên tổ chức Lễ công bố xã đạt chuẩn nông thôn mới năm 2019. "
        "Năm 2019, xã hoàn thành 19 tiêu chí; năm 2020 xã phấn đấu giữ vững.\n"
    )[1]
    assert facts.events[0].date == dt.date(2019, 12, 28)


def test_an_undated_article_dates_a_day_and_month_no_earlier_than_a_whole_date_it_tells():
    def dates(lead: str) -> list[dt.date | None]:
        return [
            e.date
            for e in article(
                "Ngành Giáo dục huyện Yên Dũng tổng kết năm học\n"
                f"{lead}, Phòng GD&ĐT huyện Yên Dũng tổ chức hội nghị tổng kết năm học 2022-2023. Năm học 2022-2023, toàn "
                "ngành có 15 trường đạt chuẩn. Trước đó, ngày 20/7, UBND huyện tổ chức Lễ tuyên dương học sinh giỏi.\n"
            )[1].events
        ]

    assert dates("Ngày 25/7/2023") == [dt.date(2023, 7, 25), dt.date(2023, 7, 20)]
    # (where no whole date is told, a school year's review is held in the summer that school year ends)
    assert dates("Ngày 25/7") == [dt.date(2023, 7, 25), dt.date(2023, 7, 20)]


def test_an_undated_school_year_review_is_dated_in_the_year_the_school_year_ends():
    def date(body: str) -> dt.date | None:
        return article("Ngành giáo dục tổng kết năm học\n" + body + "\nMinh Huyền\n")[1].events[0].date

    assert date("Ngày 10-8, Sở GD&ĐT tỉnh Bắc Giang tổ chức hội nghị tổng kết năm học 2022-2023.") == dt.date(2023, 8, 10)
    assert date(
        "Ngày 10-8, Sở GD&ĐT tỉnh Bắc Giang tổ chức hội nghị tổng kết năm học 2022-2023 và triển khai nhiệm vụ năm học "
        "2023-2024. Năm học 2022-2023, toàn ngành có 2022 giáo viên dạy giỏi."
    ) == dt.date(2023, 8, 10)
    # a school year opened, not reviewed, is in the autumn it begins (test_an_undated_article_naming_one_school_year_...)
    assert date("Ngày 5-9, Trường THPT Yên Dũng số 1 tổ chức lễ khai giảng năm học 2023-2024.") == dt.date(2023, 9, 5)


def test_an_undated_review_of_a_period_is_dated_in_the_year_the_period_ends():
    def date(body: str, headline: str = "Tổng kết phong trào thi đua") -> dt.date | None:
        return article(headline + "\n" + body + "\nMinh Huyền\n")[1].events[0].date

    lead = "Chiều 24/5, Ban Dân vận Tỉnh ủy Bắc Giang tổ chức Hội nghị tổng kết phong trào thi đua “Dân vận khéo” "
    assert date(lead + "giai đoạn 2019-2024.") == dt.date(2024, 5, 24)
    assert date(lead + "5 năm (2019 - 2024). Năm 2019, tỉnh có 120 mô hình.") == dt.date(2024, 5, 24)
    # negative: a period launched, not reviewed, says nothing of the year it ends
    body = "Chiều 24/5, UBND tỉnh Bắc Giang tổ chức Lễ phát động phong trào thi đua giai đoạn 2019-2024."
    assert date(body, "Phát động phong trào thi đua") is None
    # the honours of a period's models too, held at its end
    body = "Chiều 24/4, UBND thị xã Kỳ Anh tổ chức lễ tuyên dương 100 gương điển hình tiên tiến giai đoạn 2020-2024."
    assert date(body, "Tuyên dương điển hình tiên tiến") == dt.date(2024, 4, 24)
    body = "Sáng 6/7, Hội Nông dân huyện tổ chức hội nghị biểu dương nông dân sản xuất giỏi giai đoạn 2019 - 2024."
    assert date(body, "Biểu dương nông dân sản xuất giỏi") == dt.date(2024, 7, 6)
    # (negative: a congress may name the period ahead)
    body = "Sáng 6/7, UBND phường Đông Thọ tổ chức Đại hội Thi đua yêu nước lần thứ VI, giai đoạn 2024 - 2029."
    assert date(body, "Đại hội Thi đua yêu nước phường Đông Thọ") != dt.date(2029, 7, 6)
    # (negative: the period a review launches after it is ahead, not reviewed: the review's period ends the year held)
    body = (
        "Sáng 6/7, UBND xã Tân Mỹ tổ chức Hội nghị biểu dương điển hình tiên tiến lần thứ III (giai đoạn 2015-2020) và "
        "phát động phong trào thi đua giai đoạn 2020 - 2025."
    )
    assert date(body, "Biểu dương điển hình tiên tiến xã Tân Mỹ") == dt.date(2020, 7, 6)


def test_an_undated_year_end_report_that_names_the_next_year_dates_its_spring_days_in_that_year():
    def dated(day: str, plan: str, meeting: str = "tổng kết công tác thi đua năm 2016") -> dt.date | None:
        return (
            article(
                "Thị trấn Cái Rồng: thi đua năm 2016\n"
                f"Sáng {day}, Hội đồng Thi đua - Khen thưởng thị trấn Cái Rồng tổ chức Hội nghị {meeting}. "
                f"Năm 2016, thị trấn hoàn thành 15 chỉ tiêu.{plan}\n"
            )[1]
            .events[0]
            .date
        )

    plan = " Hội nghị đề ra nhiệm vụ năm 2017."
    assert dated("ngày 9/3", plan) == dt.date(2017, 3, 9)  # held after the year it sums up
    assert dated("ngày 27/12", plan) == dt.date(2016, 12, 27)
    # a review of the year is held at its turn too, the next year unnamed ('tổng kết ... năm 2016' on 9 March)
    assert dated("ngày 9/3", "") == dt.date(2017, 3, 9)
    assert dated("ngày 27/12", "") == dt.date(2016, 12, 27)
    # negative: a meeting that reviews no year, or a school year, is of the year it names
    assert dated("ngày 9/3", "", "phát động thi đua năm 2016") == dt.date(2016, 3, 9)
    assert dated("ngày 9/3", "", "tổng kết năm học 2015 - 2016") == dt.date(2016, 3, 9)


def test_the_councils_of_every_level_are_not_an_event_held_at_every_level():
    [event] = facts_of(
        "Thị xã Quảng Yên vừa tổ chức Hội nghị tổng kết bầu cử đại biểu HĐND các cấp nhiệm kỳ 2021 – 2026 và tổng kết thi đua năm 2021."
    ).events
    assert event.label == (
        "Hội nghị tổng kết bầu cử đại biểu HĐND các cấp nhiệm kỳ 2021 – 2026 và tổng kết thi đua năm 2021"
    )  # a range of years does not end the name
    assert facts_of("Thị xã Quảng Yên đã tổ chức Đại hội Thi đua yêu nước các cấp trong năm 2022.").events == []


def test_those_honoured_at_every_level_are_honoured_at_one_event():
    for honoured in ("học sinh giỏi các cấp", "thanh niên tiên tiến các cấp", "nhà giáo tiêu biểu các cấp"):
        [event] = facts_of(f"Sáng 12/1/2023, Thị đoàn Quảng Yên tổ chức Lễ tuyên dương {honoured} năm 2022.").events
        assert (event.label, event.date) == (f"Lễ tuyên dương {honoured} năm 2022", dt.date(2023, 1, 12))
    # the meetings of every level are no one event, after a noun of honour or not
    assert facts_of("Sáng 12/1/2023, thị xã tổ chức Hội nghị điển hình các cấp.").events == []


def test_a_headline_names_its_event_after_a_lead_in_and_the_body_tells_it_in_full():
    facts = article(
        "Thị xã Quảng Yên: Hội nghị tổng kết thi đua năm 2022 và triển khai nhiệm vụ năm 2023\n"
        "15/01/2023 10:00\n"
        "Chiều 13/1, thị xã tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022 và triển khai nhiệm vụ năm 2023.\n"
    )[1]
    assert [(e.label, e.date) for e in facts.events] == [
        ("Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022 và triển khai nhiệm vụ năm 2023", dt.date(2023, 1, 13))
    ]
    facts = article("Thị xã Quảng Yên: Hội nghị tổng kết thi đua năm 2022\n15/01/2023 10:00\nThị xã có 11 phường đạt chuẩn.\n")[1]
    assert [e.label for e in facts.events] == ["Hội nghị tổng kết thi đua năm 2022"]
    assert article("Thị xã Quảng Yên: hoàn thành kế hoạch năm 2022\n15/01/2023 10:00\nThị xã có 11 phường.\n")[1].events == []


def test_a_long_event_name_ends_before_its_complements_and_the_press_is_no_organiser():
    facts = facts_of(
        "(Báo Quảng Ninh) - Sáng 12/1, Công an thị xã Quảng Yên tổ chức lễ trao tặng và truy tặng Huân chương của Chủ tịch nước "
        "cho 20 đồng chí nguyên là lãnh đạo, chỉ huy qua các thời kỳ."
    )
    [event] = facts.events
    assert event.label == "Lễ trao tặng và truy tặng Huân chương"
    assert event.organiser.name == "Công an thị xã Quảng Yên"
    facts = facts_of("Sáng 12/1, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022 của thị xã.")
    assert facts.events[0].label == "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022 của thị xã"  # short: kept whole
    # a name cut before its complement after a comma keeps no comma at its end
    facts = facts_of(
        "Sáng 11/4, Trường Tiểu học Trần Quốc Toản tổ chức tuyên dương và khen thưởng hai em Lê Gia Bảo và Nguyễn Minh Khôi, "
        "học sinh lớp 4A, vì đã nhặt được ví tiền và trả lại cho người đánh rơi."
    )
    assert facts.events[0].label == "Tuyên dương và khen thưởng hai em Lê Gia Bảo và Nguyễn Minh Khôi, học sinh lớp 4A"
    # and one that breaks its count down after a comma ends before it
    facts = facts_of(
        "Ngày 9/10, Ban Dân vận Tỉnh ủy tổ chức trao Kỷ niệm chương “Vì sự nghiệp Dân vận” cho 25 cá nhân, trong đó có các "
        "đồng chí: Lê Văn Dũng, Phó Bí thư Thường trực Tỉnh ủy; Trần Văn Tân, Phó Chủ tịch UBND tỉnh."
    )
    assert facts.events[0].label == "Trao Kỷ niệm chương “Vì sự nghiệp Dân vận” cho 25 cá nhân"


def test_birth_years_and_single_years_do_not_date_an_undated_article():
    facts = article(
        "Truy tặng danh hiệu Bà mẹ Việt Nam Anh hùng\n"
        "Ngày 26-7, huyện Hải Hà tổ chức Lễ truy tặng danh hiệu cho 2 Mẹ. Mẹ Hoàng Thị Xuân, sinh năm 1897; Mẹ Lê Thị Rong, sinh năm 1908.\n"
    )[1]
    assert facts.events[0].date is None


def test_an_undated_article_s_weekday_before_a_day_picks_the_year_it_names_that_the_day_falls_on():
    def dated(body: str) -> list[str]:
        facts = article(f"Tuổi trẻ ra quân Tháng Thanh niên\n{body}\nHà Linh\n")[1]
        return [str(e.date) for e in facts.events]

    # (a launch, which names its year but may be held before it: a ceremony that starts a thing, 'Lễ ra quân ... năm 2023',
    # is dated by its year alone, test_a_ceremony_that_starts_or_ends_something_named_with_its_year_is_held_in_that_year)

    said = "Thứ Hai (6/3), Tỉnh đoàn Nghệ An tổ chức Lễ phát động Tháng Thanh niên năm 2023. Năm 2022, Tỉnh đoàn được khen."
    assert dated(said) == ["2023-03-06"]  # (a Monday in 2023, a Sunday in 2022)
    said = "Sáng Chủ nhật, 5/3, Tỉnh đoàn Nghệ An tổ chức Lễ phát động Tháng Thanh niên năm 2023. Năm 2022, Tỉnh đoàn được khen."
    assert dated(said) == ["2023-03-05"]
    # negative: a weekday that falls on none of the years named, or on more than one, dates nothing
    said = "Thứ Ba (6/3), Tỉnh đoàn Nghệ An tổ chức Lễ phát động Tháng Thanh niên năm 2023. Năm 2022, Tỉnh đoàn được khen."
    assert dated(said) == ["None"]


def test_an_undated_article_celebrating_a_day_the_country_keeps_is_of_the_anniversary_s_year():
    def dated(body: str) -> list[str]:
        facts = article(f"Kỷ niệm ngày truyền thống\n{body}\nHà Linh\n")[1]
        return [str(e.date) for e in facts.events]

    # the first year of the day, and the years counted: 1945 + 78, 1930 + 93, 1982 + 41
    said = "Sáng 18/8, Công an huyện Hải Hà tổ chức Lễ kỷ niệm 78 năm Ngày truyền thống Công an nhân dân."
    assert dated(said) == ["2023-08-18"]
    said = "Chiều 15/11, khu dân cư số 3 tổ chức Ngày hội, kỷ niệm 93 năm ngày thành lập MTTQ Việt Nam."
    assert dated(said) == ["2023-11-15"]
    said = "Ngày 17-11, Phòng GD&ĐT huyện Hải Hà tổ chức Lễ kỷ niệm 41 năm Ngày Nhà giáo Việt Nam (20/11)."
    assert dated(said) == ["2023-11-17"]
    said = "Nhân kỷ niệm 76 năm Ngày thương binh Liệt sỹ, sáng 21/7, huyện Hải Hà tổ chức Lễ trao tặng Huân chương kháng chiến."
    assert dated(said) == ["2023-07-21"]  # ('sỹ' for 'sĩ', as some portals print it)
    # negative: a day a place's own body keeps, or a body the table does not know, dates nothing
    said = "Sáng 18/8, Công an huyện Hải Hà tổ chức Lễ kỷ niệm 45 năm ngày thành lập Công an tỉnh Quảng Ninh."
    assert dated(said) == ["None"]
    said = "Sáng 18/8, Ngân hàng Chính sách xã hội huyện Hải Hà tổ chức Lễ kỷ niệm 20 năm thành lập Ngân hàng Chính sách xã hội."
    assert dated(said) == ["None"]


def test_a_venue_before_the_organiser_is_not_the_organiser():
    facts = facts_of(
        "Sáng 12/1, tại Hội trường A1, Trường Đại học Hạ Long, Khối thi đua số 3 đã tổ chức Hội nghị tổng kết công tác thi đua năm 2022."
    )
    assert facts.events[0].organiser.name.startswith("Khối thi đua số 3")


def test_a_landmark_or_shrine_an_event_is_held_at_is_its_venue():
    facts = facts_of("Tối 14/10, tại Văn Miếu - Quốc Tử Giám, Thành đoàn Hà Nội tổ chức Lễ tuyên dương thủ khoa năm 2023.")
    assert [(e.place, e.organiser.name) for e in facts.events] == [("Văn Miếu - Quốc Tử Giám", "Thành đoàn Hà Nội")]
    facts = facts_of("Sáng 2/9, Huyện đoàn Tiên Yên tổ chức Lễ kết nạp đoàn viên tại Khu di tích lịch sử Đền Hùng.")
    assert [e.place for e in facts.events] == ["Khu di tích lịch sử Đền Hùng"]
    # negative: a landmark told of after the event, not where it was held, is no venue
    facts = facts_of("Sáng 2/9, Huyện đoàn Tiên Yên tổ chức Lễ kết nạp đoàn viên. Các đoàn viên đã dâng hương tại Đền Hùng.")
    assert [e.place for e in facts.events] == [None]


def test_a_headline_reporting_a_handing_over_is_a_ceremony_unless_the_body_tells_it():
    facts = article(
        "Trao Huân chương Lao động hạng Ba cho đồng chí Lê Văn Tuấn\n"
        "Đồng chí Bí thư Tỉnh ủy đã trao Huân chương Lao động hạng Ba cho đồng chí Lê Văn Tuấn ở thị xã Quảng Yên.\n"
    )[1]
    assert [(e.kind, e.label) for e in facts.events] == [("Ceremony", "Trao Huân chương Lao động hạng Ba cho đồng chí Lê Văn Tuấn")]
    assert facts.grants[0].event == facts.events[0].key
    facts = article(
        "Quảng Yên: Trao và truy tặng Huân chương Độc lập cho 12 cá nhân\n"
        "Sáng 25/4/2023, UBND thị xã Quảng Yên tổ chức lễ trao và truy tặng Huân chương Độc lập hạng ba cho 12 cá nhân.\n"
    )[1]
    assert [e.label for e in facts.events] == ["Lễ trao và truy tặng Huân chương Độc lập hạng ba cho 12 cá nhân"]
    # a decision reported in the headline is no ceremony
    facts = article("Tặng Bằng khen cho 25 tập thể và cá nhân\nChủ tịch UBND thị xã Quảng Yên vừa tặng Bằng khen cho 25 tập thể.\n")[1]
    assert facts.events == []
    # counted awards handed over are; scholarships, gifts and a contest's medals are not awards
    for headline, ceremony in (
        ("Quảng Yên: Trao 13 Huân chương Bảo vệ Tổ quốc cho các tập thể", True),
        ("Trao 120 suất học bổng cho học sinh nghèo vượt khó", False),
        ("Trao 45 huy chương vàng cho các vận động viên", False),
    ):
        facts = article(f"{headline}\nHội Khuyến học thị xã Quảng Yên trao quà cho các em.\n")[1]
        assert bool(facts.events) == ceremony, headline


def test_a_handing_over_headline_after_a_lead_in_is_the_body_s_ceremony_of_that_award():
    def labels(headline: str) -> list[str]:
        facts = article(
            f"{headline}\n20/11/2024\nSáng 19/11, UBND thị xã Quảng Yên tổ chức gặp mặt kỷ niệm 42 năm Ngày Nhà giáo Việt "
            "Nam 20/11 và trao danh hiệu Nhà giáo ưu tú. Đồng chí Lê Văn Tuấn trao danh hiệu Nhà giáo ưu tú cho 3 nhà giáo.\n"
        )[1]
        return [e.label for e in facts.events]

    body = "Gặp mặt kỷ niệm 42 năm Ngày Nhà giáo Việt Nam 20/11 và trao danh hiệu Nhà giáo ưu tú"
    assert labels("Kỷ niệm Ngày Nhà giáo Việt Nam: trao danh hiệu Nhà giáo ưu tú cho 3 nhà giáo") == [body]
    assert labels("Trao danh hiệu Nhà giáo ưu tú cho 3 nhà giáo") == [body]
    # another award handed over is another ceremony
    assert len(labels("Kỷ niệm Ngày Nhà giáo Việt Nam: trao Huân chương Lao động hạng Ba cho thầy Lê Văn Tâm")) == 2


def test_a_deadline_is_not_when_the_event_took_place():
    facts = facts_of(
        "Đến ngày 30/12, tất cả đơn vị thuộc thị xã Quảng Yên đã hoàn thành tổ chức Đại hội thi đua Quyết thắng cấp cơ sở giai đoạn 2019-2024."
    )
    assert [(e.label, e.date) for e in facts.events] == [("Đại hội thi đua Quyết thắng cấp cơ sở giai đoạn 2019-2024", None)]


def test_announced_events_are_not_events_held():
    facts = article(
        "Tổ chức Đại hội Thi đua yêu nước thị xã Quảng Yên lần thứ V trong tháng 8\n03/06/2020\n"
        "Trước và trong dịp diễn ra đại hội sẽ tổ chức triển lãm ảnh về các phong trào thi đua của thị xã Quảng Yên.\n"
    )[1]
    assert facts.events == []
    facts = article("Tổ chức thành công Đại hội Thi đua yêu nước thị xã Quảng Yên lần thứ V\n03/08/2020\nĐại hội đã bầu đoàn đại biểu.\n")[
        1
    ]
    assert [e.label for e in facts.events] == ["Đại hội Thi đua yêu nước thị xã Quảng Yên lần thứ V"]


def test_a_venue_town_before_the_organiser_and_a_bloc_named_by_its_members():
    facts = facts_of("Vừa qua tại xã Sông Khoai Khối thi đua các xã, phường tổ chức hội nghị tổng kết thi đua năm 2022.")
    assert facts.events[0].organiser.name == "Khối thi đua các xã, phường thị xã Quảng Yên"
    facts = facts_of("Ngày 25/12/2022, tại xã Sông Khoai Trưởng khối thi đua các xã, phường năm 2022 đã tổ chức hội nghị tổng kết.")
    assert facts.events[0].organiser.name == "Khối thi đua các xã, phường thị xã Quảng Yên"


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("Hội nghị tổng kết công tác năm 2023 của Hội Nông dân xã Sông Khoai- Ảnh: Minh Châu", "Hội nghị tổng kết công tác năm 2023 của Hội Nông dân xã Sông Khoai"),
        ("Hội nghị tổng kết công tác năm 2023 của Hội Nông dân xã Sông Khoai – Ảnh : Minh Châu", "Hội nghị tổng kết công tác năm 2023 của Hội Nông dân xã Sông Khoai"),
        # a name whose words go on is not cut at a word that only begins like the credit
        ("Sáng 9/1, UBND thị xã tổ chức Hội nghị tổng kết dự án Ảnh hưởng của thiên tai năm 2023.", "Hội nghị tổng kết dự án Ảnh hưởng của thiên tai năm 2023"),
    ],
)  # fmt: skip
def test_a_caption_s_photo_credit_is_not_part_of_the_event_s_name(body, label):
    assert [e.label for e in facts_of(body).events] == [label]


@pytest.mark.parametrize(
    ("bloc", "organiser"),
    [
        # HEAD places the article in thị xã Quảng Yên, tỉnh Quảng Ninh
        ("các cơ quan tham mưu Văn hóa-Xã hội tỉnh", "Khối thi đua các cơ quan tham mưu Văn hóa-Xã hội tỉnh Quảng Ninh"),
        ("các huyện, thị xã", "Khối thi đua các huyện, thị xã tỉnh Quảng Ninh"),  # a list of levels: its members
        ("các cơ quan Đảng huyện", "Khối thi đua các cơ quan Đảng huyện tỉnh Quảng Ninh"),  # a level not its unit's stays
    ],
)
def test_a_bloc_whose_name_ends_with_its_level_word_takes_the_unit_s_name_there(bloc, organiser):
    facts = facts_of(f"Sáng 7/3, Khối thi đua {bloc} tổ chức hội nghị ký kết giao ước thi đua.")
    assert facts.events[0].organiser.name == organiser


def test_the_party_state_and_people_of_a_commune_organise_its_ceremony():
    facts = facts_of(
        "Tối ngày 28/12, Đảng bộ, chính quyền và nhân dân xã Sông Khoai đã long trọng tổ chức Lễ công bố xã đạt chuẩn nông thôn mới."
    )
    assert facts.events[0].organiser.name == "Đảng bộ, chính quyền và nhân dân xã Sông Khoai"


def test_a_bare_meeting_is_the_meeting_already_named():
    facts = facts_of(
        "Ngày 16/1, Hội đồng Thi đua - Khen thưởng thị xã Quảng Yên vừa họp bình xét các cá nhân tiêu biểu năm 2022. "
        "Ông Lê Văn Hà, Chủ tịch UBND thị xã chủ trì cuộc họp."
    )
    assert [e.kind for e in facts.events] == ["Meeting"]


def test_a_theme_is_an_emulation_s_only_where_the_sentence_speaks_of_one():
    found = campaigns_of(
        "Tối 20/11, Trung tâm Văn hóa thị xã tổ chức chương trình nghệ thuật với chủ đề “Mùa xuân quê hương”. "
        "Buổi tọa đàm chủ đề “Tuổi trẻ và khát vọng” thu hút 200 sinh viên. "
        "Đợt thi đua cao điểm diễn ra từ tháng 3 đến tháng 6 với chủ đề: “100 ngày về đích”."
    )
    assert found == {"100 ngày về đích": "movement"}  # a drive of emulation's topic names it, as a movement's does
    # 'chủ đề thi đua' names the emulation itself; a topic of something else is still none
    found = campaigns_of(
        "Năm 2024, với chủ đề thi đua: “Kỷ cương, trách nhiệm, tăng tốc về đích”, các đơn vị đẩy mạnh thi đua. "
        "Hội thảo có chủ đề thi đấu: “Bóng đá học đường”."
    )
    assert found == {"Kỷ cương, trách nhiệm, tăng tốc về đích": "theme"}


def test_a_relative_day_and_a_venue_before_the_organiser_are_not_the_organiser():
    events = facts_of("Hôm qua (14/1), tại Hội trường UBND thị xã, Hội đồng TĐKT thị xã đã họp xét khen thưởng năm 2022.").events
    assert [(e.kind, e.organiser.name, e.date) for e in events] == [
        ("Meeting", "Hội đồng Thi đua - Khen thưởng thị xã Quảng Yên", dt.date(2023, 1, 14))
    ]
    events = facts_of("Sáng nay (15/1), tại Nhà văn hóa thị xã, Thị ủy Quảng Yên tổ chức Hội nghị tổng kết công tác năm 2022.").events
    assert [(e.organiser.name, e.date) for e in events] == [("Thị ủy Quảng Yên", dt.date(2023, 1, 15))]


def test_a_movement_named_in_single_quotes_and_an_apostrophe_in_a_name_opens_none():
    facts = facts_of("Thực hiện phong trào thi đua 'Dân vận khéo', phong trào ‘Toàn dân bảo vệ an ninh Tổ quốc’ ở thị xã Quảng Yên.")
    assert [(c.kind, c.name) for c in facts.campaigns] == [
        ("movement", "Dân vận khéo"),
        ("movement", "Toàn dân bảo vệ an ninh Tổ quốc"),
    ]
    facts = facts_of("Ông Ksor H'Bơ Khăp phát biểu tại phong trào thi đua của thị xã Quảng Yên, xã Ea H'leo có nhiều mô hình.")
    assert facts.campaigns == []
    # a double quote a page wrote as two single ones
    facts = facts_of("Thị xã Quảng Yên phát động phong trào thi đua ''Xanh, sạch, đẹp'' năm 2023.")
    assert [c.name for c in facts.campaigns] == ["Xanh, sạch, đẹp"]


def test_a_body_or_an_office_that_launched_a_movement_is_its_launcher():
    from tdkt.ingest.conferrers import label

    def launchers(body):
        return [(c.name, c.launched_by if isinstance(c.launched_by, str) else label(c.launched_by)) for c in facts_of(body).campaigns]

    assert launchers("Ngày 5/2, UBND tỉnh phát động phong trào thi đua “Quảng Ninh chung sức”.") == [
        ("Quảng Ninh chung sức", "Ủy ban nhân dân tỉnh Quảng Ninh")
    ]
    assert launchers("Thị xã hưởng ứng phong trào thi đua “Cả nước chung tay vì người nghèo” do Thủ tướng Chính phủ phát động.") == [
        ("Cả nước chung tay vì người nghèo", "Thủ tướng Chính phủ")
    ]
    # (past the campaign's period)
    assert launchers(
        "Thị xã hưởng ứng phong trào “Xây dựng xã hội học tập” giai đoạn 2021 - 2030 do Hội Khuyến học Việt Nam phát động."
    ) == [("Xây dựng xã hội học tập", "Trung ương Hội Khuyến học Việt Nam")]
    assert launchers("Ban Thường vụ Thị ủy phát động Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”.") == [
        ("Người Việt Nam ưu tiên dùng hàng Việt Nam", "Ban Thường vụ Thị ủy Quảng Yên")
    ]
    # carrying a movement out, or a launch to come, names no launcher
    assert launchers("Các phường đẩy mạnh thực hiện phong trào thi đua “Xây dựng đô thị văn minh”.") == [("Xây dựng đô thị văn minh", None)]
    assert launchers("Năm 2023, thị xã sẽ phát động phong trào “Quảng Yên xanh”.") == [("Quảng Yên xanh", None)]
    assert launchers("Năm 2023, thị xã tiếp tục hưởng ứng phong trào “Quảng Yên sạch”.") == [("Quảng Yên sạch", None)]
    # a plan or directive issued that launches it names its issuer; a plan to launch it later does not
    assert launchers("Ngày 5/2, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND phát động phong trào thi đua “Quảng Ninh xanh”.") == [
        ("Quảng Ninh xanh", "Ủy ban nhân dân tỉnh Quảng Ninh")
    ]
    assert launchers("Ban Thường vụ Thị ủy ký Chỉ thị phát động Cuộc vận động “Nói không với rác thải nhựa”.") == [
        ("Nói không với rác thải nhựa", "Ban Thường vụ Thị ủy Quảng Yên")
    ]
    assert launchers("Năm 2023, UBND tỉnh có kế hoạch phát động phong trào “Quảng Ninh sạch”.") == [("Quảng Ninh sạch", None)]


def test_the_cue_nearest_a_quoted_name_gives_its_kind_unless_it_lists_kinds():
    def kinds(sentence: str) -> list[tuple[str, str]]:
        return [(c.name, c.kind) for c in facts_of(sentence).campaigns]

    assert kinds("Các xã đẩy mạnh phong trào thi đua yêu nước gắn với thực hiện Cuộc vận động “Người Việt ưu tiên dùng hàng Việt”.") == [
        ("Người Việt ưu tiên dùng hàng Việt", "drive")
    ]
    assert kinds("Cuộc vận động đã lan tỏa tới phong trào thi đua “Chung sức xây dựng nông thôn mới” ở các xã.") == [
        ("Chung sức xây dựng nông thôn mới", "movement")
    ]
    # a list of kinds before its items: the first item is of the first kind
    listed = kinds("Thị xã thực hiện tốt các cuộc vận động, các phong trào: “Ngày vì người nghèo”, “Xây dựng đời sống văn hóa”.")
    assert listed[0] == ("Ngày vì người nghèo", "drive")


def test_an_event_named_before_its_host_and_its_verb():
    [event] = facts_of(
        "Các em học sinh đã được tuyên dương tại Lễ tuyên dương học sinh giỏi năm học 2021-2022 do UBND thị xã Quảng Yên tổ chức ngày 5/8."
    ).events
    assert (event.label, event.organiser.name) == ("Lễ tuyên dương học sinh giỏi năm học 2021-2022", "Ủy ban nhân dân thị xã Quảng Yên")
    assert event.date == dt.date(2022, 8, 5)
    # planned, or hosted by no body the article names: no event
    assert facts_of("Các em sẽ được tuyên dương tại Lễ tuyên dương do Thị đoàn Quảng Yên tổ chức vào tháng 9.").events == []
    assert facts_of("Các em dự Lễ ra quân do đồng chí Lê Văn Nam chủ trì tổ chức ở thị xã Quảng Yên.").events == []


def test_a_ceremony_named_by_what_a_body_held_it_to_do():
    [event] = facts_of("Ngày 15/5, Thị đoàn Quảng Yên tổ chức tuyên dương 30 đoàn viên tiêu biểu năm 2022.").events
    assert (event.kind, event.label, event.date) == ("Ceremony", "Tuyên dương 30 đoàn viên tiêu biểu năm 2022", dt.date(2022, 5, 15))
    assert event.organiser.name == "Thị đoàn Quảng Yên"
    # acting for another body: the body that held it
    [event] = facts_of(
        "Chiều 9/3, thay mặt Trung ương Đoàn, Ban Thường vụ Thị đoàn Quảng Yên đã tổ chức trao tặng Huy hiệu Tuổi trẻ dũng cảm cho em Lê Văn Bình."
    ).events
    assert event.organiser.name == "Ban Thường vụ Thị đoàn Quảng Yên"
    # no day, in a sentence that is not the article's lead; bodies in general; a plan: none
    assert facts_of("Thị xã có 11 phường đạt chuẩn. Thị đoàn Quảng Yên tổ chức tuyên dương đoàn viên tiêu biểu.").events == []
    assert facts_of("Ngày 15/5, các chi đoàn tổ chức tuyên dương đoàn viên tiêu biểu ở thị xã Quảng Yên.").events == []
    assert facts_of("Ngày 15/5, Thị đoàn Quảng Yên sẽ tổ chức tuyên dương 30 đoàn viên tiêu biểu.").events == []
    # a place as the subject, on a day the sentence tells: its People's Committee held it
    [event] = facts_of("Ngày 30/4, thị xã Quảng Yên long trọng tổ chức kỷ niệm 50 năm Ngày giải phóng thị xã.").events
    assert (event.label, event.organiser.name) == ("Kỷ niệm 50 năm Ngày giải phóng thị xã", "Ủy ban nhân dân thị xã Quảng Yên")
    # negative: a place's undated sapo sums up the event the body names and dates, no event of its own
    events = facts_of(
        "Thị xã Quảng Yên tổ chức tuyên dương 30 đoàn viên tiêu biểu. Tối 15/5, Thị đoàn Quảng Yên tổ chức chương trình "
        "giao lưu “Tuổi trẻ Quảng Yên” và tuyên dương đoàn viên tiêu biểu."
    ).events
    assert [e.label for e in events] == ["Chương trình giao lưu “Tuổi trẻ Quảng Yên” và tuyên dương đoàn viên tiêu biểu"]


def test_a_ceremony_named_by_what_was_done_though_another_event_is_named_after_it():
    [event] = facts_of(
        "Tối 2/10, UBND thị xã Quảng Yên tổ chức gặp mặt, biểu dương các vận động viên tham dự Đại hội Thể dục thể thao toàn quốc lần thứ IX."
    ).events
    assert (
        event.label.startswith("Gặp mặt, biểu dương các vận động viên tham dự Đại hội")
        and event.organiser.name == "Ủy ban nhân dân thị xã Quảng Yên"
    )
    # done at an event named after it ('tại Hội nghị ...'): not a ceremony of its own
    events = facts_of("Ngày 15/5, Thị đoàn Quảng Yên tổ chức tuyên dương 30 đoàn viên tại Hội nghị tổng kết công tác Đoàn năm 2022.").events
    assert not any(e.label.startswith("Tuyên dương") for e in events)
    # the event held is the one named after 'tại', on the day, its subject's
    [event] = facts_of("Sáng 2/6, Thị đoàn Quảng Yên tổ chức khen thưởng 30 đoàn viên tại Hội nghị tổng kết công tác Đoàn năm 2022.").events
    assert (event.label, event.date, event.organiser.name) == (
        "Hội nghị tổng kết công tác Đoàn năm 2022", dt.date(2022, 6, 2), "Thị đoàn Quảng Yên"
    )  # fmt: skip
    # work done well at a meeting is no event held
    assert facts_of("Ngày 15/5, Thị đoàn Quảng Yên đã tổ chức tốt công tác tuyên truyền tại Hội nghị sơ kết.").events == []
    # where those honoured achieved what it honours, told after 'tại': a ceremony of its own still
    for told in (
        "Tối 2/10, UBND thị xã Quảng Yên tổ chức gặp mặt, khen thưởng các vận động viên đạt thành tích cao tại Đại hội Thể thao Đông Nam Á.",
        "Tối 2/10, Thị đoàn Quảng Yên tổ chức tuyên dương các đoàn viên giành giải Nhất tại Hội thi Tuổi trẻ sáng tạo toàn quốc.",
    ):
        [event] = facts_of(told).events
        assert event.label.split()[0] in ("Gặp", "Tuyên") and " tại " not in event.label, told


def test_the_event_told_before_receiving_an_award_holds_no_ceremony_of_its_own():
    held = "Sáng 24/6, UBND thị xã Quảng Yên tổ chức Đại hội thi đua yêu nước lần thứ V. "
    for told in (
        "Đại hội vinh dự được đón nhận Cờ thi đua của Chính phủ tặng Đảng bộ, chính quyền và nhân dân thị xã Quảng Yên.",
        "Đại hội đã long trọng đón nhận Cờ thi đua của Chính phủ tặng Đảng bộ, chính quyền và nhân dân thị xã Quảng Yên.",
    ):
        facts = facts_of(held + told)
        assert [e.label for e in facts.events] == ["Đại hội thi đua yêu nước lần thứ V"], told
        assert [(g.award, g.event) for g in facts.grants] == [("co-thi-dua-chinh-phu", facts.events[0].key)], told
    # a body receiving holds its ceremony
    facts = facts_of("Sáng 24/6, thị xã Quảng Yên vinh dự đón nhận Cờ thi đua của Chính phủ.")
    assert [e.label for e in facts.events] == ["Lễ đón nhận Cờ thi đua của Chính phủ"]


def test_a_body_receiving_an_award_holds_the_ceremony():
    [event] = facts_of(
        "Ngày 10/11, Trường THPT Bạch Đằng tổ chức kỷ niệm 40 năm thành lập và đón nhận Huân chương Lao động hạng Ba."
    ).events
    assert (event.label, event.organiser.name) == (
        "Kỷ niệm 40 năm thành lập và đón nhận Huân chương Lao động hạng Ba", "Trường THPT Bạch Đằng"
    )  # fmt: skip
    [event] = facts_of("Ngày 10/11, Trường THPT Bạch Đằng vinh dự đón nhận Huân chương Lao động hạng Ba.").events
    assert (event.label, event.organiser.name) == ("Lễ đón nhận Huân chương Lao động hạng Ba", "Trường THPT Bạch Đằng")


def test_a_handing_over_headline_at_an_event_the_body_tells_is_a_moment_of_that_event():
    def events(headline: str) -> list[str]:
        text = headline + "\n15/01/2023 10:00\nSáng 12/1, Công an thị xã Quảng Yên tổ chức gặp mặt kỷ niệm 60 năm Ngày truyền thống.\n"
        return [e.label for e in article(text)[1].events]

    assert events("Trao 5 Huân chương Chiến công tại gặp mặt kỷ niệm Ngày truyền thống") == ["Gặp mặt kỷ niệm 60 năm Ngày truyền thống"]
    # at another event, or at none: the headline's own
    assert len(events("Trao 5 Huân chương Chiến công tại Hội nghị Công an toàn tỉnh")) == 2
    assert len(events("Trao 5 Huân chương Chiến công cho Công an thị xã")) == 2


def test_a_headline_s_meeting_told_again_in_the_body_in_other_words_is_one_meeting():
    text = (
        "Hội đồng thi đua khen thưởng phường họp xét chọn và giới thiệu đề nghị xét tặng danh hiệu “Gia đình văn hóa” năm 2022\n"
        "15/01/2023 10:00\n"
        "Chiều ngày 13/1/2023, Hội đồng thi đua khen thưởng phường Yên Giang tổ chức họp bình xét các hộ tiêu biểu giới thiệu "
        "để Hội đồng thị xã xét tặng danh hiệu.\n"
    )
    [event] = article(text)[1].events
    assert event.date == dt.date(2023, 1, 13) and "bình xét" in event.label


def test_two_ceremonies_whose_names_count_other_recipients_are_two_events():
    facts = facts_of(
        "Ngày 27/7, UBND thị xã Quảng Yên tổ chức Lễ truy tặng danh hiệu Bà mẹ Việt Nam Anh hùng cho 31 mẹ. "
        "Trước đó, UBND thị xã Quảng Yên đã tổ chức Lễ trao tặng danh hiệu Bà mẹ Việt Nam Anh hùng cho 12 mẹ."
    )
    assert len(facts.events) == 2
    # the same ceremony told twice, the second time without its count: one
    facts = facts_of(
        "Ngày 27/7, UBND thị xã Quảng Yên tổ chức Lễ truy tặng danh hiệu Bà mẹ Việt Nam Anh hùng cho 31 mẹ. "
        "Lễ truy tặng danh hiệu Bà mẹ Việt Nam Anh hùng đã được tổ chức trang trọng."
    )
    assert len(facts.events) == 1


def test_a_day_named_against_the_publication_date():
    [event] = facts_of(
        "Phát biểu tại hội nghị tổng kết công tác thi đua do UBND thị xã Quảng Yên tổ chức sáng nay, đồng chí Lê Văn Nam nhấn mạnh."
    ).events
    assert (event.label, event.date) == ("Hội nghị tổng kết công tác thi đua", dt.date(2023, 1, 15))  # the article's date line
    [event] = facts_of("Chiều qua, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết công tác thi đua.").events
    assert event.date == dt.date(2023, 1, 14)
    # an undated article: no day to count from
    facts = article("Thị xã tổng kết thi đua\nChiều qua, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết công tác thi đua.\n")[1]
    assert facts.events[0].date is None
    # a weekday with no date of its own: the last such day, on or before the article's (a Sunday, 15/1/2023)
    for day, date in (
        ("Sáng thứ Sáu", dt.date(2023, 1, 13)),
        ("Chiều thứ 7", dt.date(2023, 1, 14)),
        ("Sáng Chủ nhật", dt.date(2023, 1, 15)),
    ):
        [event] = facts_of(f"{day}, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết công tác thi đua.").events
        assert event.date == date, day
    # negative: one with its date keeps it, and an ordinal 'thứ năm' is no day
    assert facts_of("Sáng thứ Hai (9/1), UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết.").events[0].date == dt.date(2023, 1, 9)
    [event] = facts_of("Sáng 12/1, Hội Cựu chiến binh thị xã Quảng Yên tổ chức Đại hội đại biểu lần thứ năm.").events
    assert event.date == dt.date(2023, 1, 12)


def test_a_plan_on_a_meeting_s_agenda_does_not_make_the_meeting_a_plan():
    [event] = facts_of("Ngày 9/3, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết năm 2022 và triển khai kế hoạch năm 2023.").events
    assert event.label == "Hội nghị tổng kết năm 2022 và triển khai kế hoạch năm 2023"
    assert facts_of("UBND thị xã Quảng Yên triển khai kế hoạch tổ chức Hội nghị tổng kết năm 2022.").events == []


def test_an_undated_article_s_whole_dates_give_its_year():
    facts = article(
        "Tuyên dương học sinh dũng cảm\n"
        "Chiều 21/9, Thị đoàn Quảng Yên tổ chức Lễ tuyên dương em Lê Văn Tú. Trước đó, ngày 01/9/2021, em Tú đã cứu một bạn nhỏ.\n"
    )[1]
    assert facts.events[0].date == dt.date(2021, 9, 21)
    # a later year named after the whole date: no way to tell
    facts = article(
        "Tuyên dương học sinh dũng cảm\n"
        "Chiều 21/9, Thị đoàn Quảng Yên tổ chức Lễ tuyên dương em Lê Văn Tú. Trước đó, ngày 01/9/2021, em Tú đã cứu một bạn nhỏ; "
        "năm 2023 em vào lớp 10.\n"
    )[1]
    assert facts.events[0].date is None


def test_a_receiving_headline_and_the_body_s_ceremony_of_that_award_are_one_event():
    facts = article(
        "Trường THCS Bạch Đằng đón nhận Huân chương Lao động hạng Ba của Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam\n"
        "15/01/2023 10:00\n"
        "Ngày 14/1, Trường THCS Bạch Đằng tổ chức Lễ kỷ niệm 40 năm ngày thành lập trường và đón nhận Huân chương Lao động hạng Ba.\n"
    )[1]
    assert [(e.label, e.date) for e in facts.events] == [
        ("Lễ kỷ niệm 40 năm ngày thành lập trường và đón nhận Huân chương Lao động hạng Ba", dt.date(2023, 1, 14))
    ]
    # the anniversary's dates in brackets, then a second anniversary after a comma: the name goes on through them
    facts = article(
        "Công an huyện Tiên Yên đón nhận Huân chương Bảo vệ Tổ quốc hạng Ba\n15/01/2023 10:00\n"
        "Ngày 14/1, Công an huyện Tiên Yên tổ chức Lễ kỷ niệm 78 năm Ngày truyền thống (19/8/1945 - 19/8/2023), 18 năm Ngày "
        "hội toàn dân bảo vệ an ninh Tổ quốc và đón nhận Huân chương Bảo vệ Tổ quốc hạng Ba.\n"
    )[1]
    assert [e.label for e in facts.events] == [
        "Lễ kỷ niệm 78 năm Ngày truyền thống, 18 năm Ngày hội toàn dân bảo vệ an ninh Tổ quốc và đón nhận Huân chương Bảo vệ "
        "Tổ quốc hạng Ba"
    ]


def test_a_handing_over_headline_whose_award_the_body_s_event_saw_given_is_that_event():
    def events(headline: str, lead: str, then: str) -> list:
        return article(f"{headline}\n{lead} {then}\n")[1].events

    union = "Ngày 20-4-2024, LĐLĐ thị xã Quảng Yên tổ chức Lễ tuyên dương đoàn viên tiêu biểu năm 2023."
    veterans = "Sáng 3/3/2024, Hội Cựu chiến binh thị xã Quảng Yên tổ chức hội nghị tổng kết công tác Hội."
    # 'Tại lễ ..., 5 đoàn viên được X tặng Y' under 'Trao tặng Y cho 5 đoàn viên': the award given there, in the passive
    told = events(
        "Trao tặng Bằng Lao động sáng tạo cho 5 đoàn viên",
        union,
        "Tại lễ tuyên dương, 5 đoàn viên được Tổng Liên đoàn Lao động Việt Nam tặng Bằng Lao động sáng tạo.",
    )
    assert [e.label for e in told] == ["Lễ tuyên dương đoàn viên tiêu biểu năm 2023"]
    told = events(
        "Trao Kỷ niệm chương cho 12 hội viên",
        veterans,
        "Dịp này, 12 hội viên vinh dự nhận Kỷ niệm chương Vì sự nghiệp xây dựng Hội Cựu chiến binh Việt Nam.",
    )
    assert [e.kind for e in told] == ["Conference"]
    # an award the body's event did not see given leaves the headline's ceremony its own
    told = events("Trao Kỷ niệm chương cho 12 hội viên", veterans, "Tại hội nghị, 5 tập thể được UBND thị xã tặng Giấy khen.")
    assert sorted(e.kind for e in told) == ["Ceremony", "Conference"]


def test_an_event_named_in_full_where_something_was_done_is_an_event_held():
    assert _events_of("Ngày 10/1/2024, tại hội nghị triển khai công tác năm 2024, Chánh án TAND thị xã đã phát động đợt thi đua.") == [
        ("Conference", "Hội nghị triển khai công tác năm 2024", dt.date(2024, 1, 10))
    ]
    assert _events_of("Tại Hội nghị tổng kết công tác năm 2023 diễn ra ngày 10/1/2024, Giám đốc Sở Y tế phát động phong trào thi đua.") == [
        ("Conference", "Hội nghị tổng kết công tác năm 2023", dt.date(2024, 1, 10))
    ]
    # (or with a comma before the verb, the name's own commas and all)
    assert _events_of(
        "Tại Đại hội Thi đua yêu nước tỉnh lần thứ V, giai đoạn 2020 - 2025, diễn ra ngày 24/9/2020, 50 tập thể được khen thưởng."
    ) == [("Congress", "Đại hội Thi đua yêu nước tỉnh lần thứ V, giai đoạn 2020 - 2025", dt.date(2020, 9, 24))]
    # a comma inside the name runs on in lower case; the day after the name is when it was held
    assert _events_of("Tại Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 ngày 5/1/2024, ông Lê Văn A phát biểu.") == [
        ("Conference", "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023", dt.date(2024, 1, 5))
    ]
    [event] = facts_of("Tại lễ kỷ niệm 70 năm thành lập của Trường THPT Lê Lợi, 5 tập thể được tặng Giấy khen ở thị xã Quảng Yên.").events
    assert (event.kind, event.organiser.name) == ("Ceremony", "Trường THPT Lê Lợi")
    # (or after 'trong', the name in capitals; what the subject received there no ceremony of its own)
    said = "Sáng 5/9, trong Lễ khai giảng năm học mới 2022-2023, Trường THCS Lê Lợi đón nhận Cờ thi đua của UBND tỉnh."
    assert _events_of(said) == [("Ceremony", "Lễ khai giảng năm học mới 2022-2023", dt.date(2022, 9, 5))]
    said = "Trong Hội nghị tổng kết công tác năm 2022 ngày 10/1/2023, Công an thị xã vinh dự đón nhận Cờ thi đua của Bộ Công an."
    assert _events_of(said) == [("Conference", "Hội nghị tổng kết công tác năm 2022", dt.date(2023, 1, 10))]
    # the event told before ('Tại hội nghị, ...'), one to come, and a venue are not events held
    assert _events_of("Tại hội nghị, ông Lê Văn A phát biểu chỉ đạo.") == []
    # (nor a name in lower case after 'trong': the receiving's own ceremony)
    said = "Sáng 5/9, trong lễ khai giảng năm học mới, Trường THCS Lê Lợi đón nhận Cờ thi đua của UBND tỉnh."
    assert [e[1] for e in _events_of(said)] == ["Lễ đón nhận Cờ thi đua của UBND tỉnh"]
    assert _events_of("Tại Hội nghị, có 04 tập thể đã được trao tặng Huân chương Lao động hạng Nhất, Nhì, Ba.") == []
    assert _events_of("Tại Hội nghị tổng kết công tác năm 2024, UBND thị xã sẽ trao Cờ thi đua cho các đơn vị.") == []
    assert _events_of("Tại Hội trường UBND thị xã, các đại biểu thảo luận về công tác thi đua.") == []
    # the name ends before who acts on whose behalf; one pointed back to is the event told before
    said = "Tại Hội nghị tổng kết công tác năm 2023 ngày 5/1/2024, thừa ủy quyền của Chủ tịch nước, ông Lê Văn A trao Huân chương."
    assert [e[1] for e in _events_of(said)] == ["Hội nghị tổng kết công tác năm 2023"]
    assert _events_of("Tại Hội nghị này, thừa ủy quyền của Chủ tịch nước, ông Lê Văn A trao Huân chương Lao động hạng Ba.") == []


def test_an_event_held_as_a_buoi_or_cuoc_is_the_event_it_names():
    def events(sentence: str) -> list[tuple[str, str]]:
        return [(e.kind, e.label) for e in facts_of(sentence).events]

    assert events("Sáng 15/1/2024, UBND thị xã Quảng Yên tổ chức buổi lễ trao tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 3 mẹ.") == [
        ("Ceremony", "Lễ trao tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 3 mẹ")
    ]
    assert events("Ngày 15/1/2024, UBND thị xã Quảng Yên tổ chức buổi gặp mặt các gia đình chính sách tiêu biểu.") == [
        ("Ceremony", "Gặp mặt các gia đình chính sách tiêu biểu")
    ]
    # a session of work is no event named
    assert events("Ngày 15/1/2024, UBND thị xã Quảng Yên tổ chức buổi làm việc với các xã.") == []


def test_a_newspaper_holding_its_own_ceremony_is_its_organiser_but_the_press_as_a_source_is_not():
    def organisers(headline: str, lead: str) -> list[str | None]:
        facts = article(f"{headline}\n22/06/2024 09:00\n{lead}\nTrần Mai\n")[1]
        return [e.organiser.name if e.organiser else None for e in facts.events]

    lead = "Sáng 21/6/2024, Báo Quảng Ninh tổ chức Lễ kỷ niệm 70 năm Ngày truyền thống và đón nhận Huân chương Lao động hạng Nhất."
    assert organisers("Báo Quảng Ninh đón nhận Huân chương Lao động hạng Nhất", lead) == ["Báo Quảng Ninh"]
    # the press that reports it: a source tag, or 'Theo Báo X'
    for lead in (
        "(Báo Quảng Ninh) - Ngày 5/1/2024, UBND thị xã Quảng Yên tổ chức hội nghị tổng kết năm 2023.",
        "Theo Báo Quảng Ninh, ngày 5/1/2024, UBND thị xã Quảng Yên tổ chức hội nghị tổng kết năm 2023.",
        # (a tag in brackets with no dash after it, as news agencies print it)
        "(TTXVN/Vietnam+) Ngày 5/1/2024, UBND thị xã Quảng Yên tổ chức hội nghị tổng kết năm 2023.",
        "(TTXVN) Ngày 5/1/2024, tại phường Quảng Yên, UBND thị xã Quảng Yên tổ chức hội nghị tổng kết năm 2023.",
    ):
        assert organisers("Thị xã Quảng Yên tổng kết thi đua", lead) == ["Ủy ban nhân dân thị xã Quảng Yên"], lead
    # negative: a short form in brackets after the subject is no tag of the press
    lead = "Ngày 5/1/2024, Công an thị xã Quảng Yên (CATX) tổ chức hội nghị tổng kết năm 2023."
    assert organisers("Thị xã Quảng Yên tổng kết thi đua", lead) == ["Công an thị xã Quảng Yên"]


def test_a_long_name_is_not_cut_at_an_owner_that_leaves_too_little_to_name_it():
    [event] = facts_of(
        "Chiều 5/4/2024, Sở Y tế thị xã Quảng Yên tổ chức Lễ trao Quyết định của Thủ tướng Chính phủ công nhận danh hiệu "
        "“Chiến sĩ thi đua toàn quốc” cho bác sĩ Nguyễn Văn Nam, Giám đốc Bệnh viện Đa khoa thị xã Quảng Yên."
    ).events
    assert event.label == "Lễ trao Quyết định của Thủ tướng Chính phủ công nhận danh hiệu “Chiến sĩ thi đua toàn quốc”"
    # a name long enough before its owner still ends there
    [event] = facts_of(
        "Sở Y tế thị xã Quảng Yên tổ chức Lễ trao tặng Huân chương của Chủ tịch nước cho 83 đồng chí nguyên là cán bộ "
        "lãnh đạo chủ chốt của thị xã qua các thời kỳ đã có nhiều đóng góp."
    ).events
    assert event.label == "Lễ trao tặng Huân chương"


def test_an_arts_programme_held_is_an_event_and_a_quoted_title_stays_in_its_name():
    [event] = facts_of(
        "Tối 28/6, UBND thị xã Quảng Yên tổ chức Chương trình nghệ thuật “Quê hương – Mùa xuân” tuyên dương 20 gia đình."
    ).events
    assert (event.kind, event.label) == ("Ceremony", "Chương trình nghệ thuật “Quê hương – Mùa xuân” tuyên dương 20 gia đình")
    assert facts_of("Năm 2022, UBND thị xã Quảng Yên tổ chức thực hiện chương trình mục tiêu quốc gia về nông thôn mới.").events == []


def test_a_dash_date_and_a_venue_before_the_organiser_are_not_the_organiser():
    [event] = facts_of(
        "Ngày 12-1-2023, tại Hội trường UBND huyện, Hội đồng Thi đua - Khen thưởng huyện Tiên Yên đã tổ chức Hội nghị tổng kết năm 2022."
    ).events
    assert event.organiser.name == "Hội đồng Thi đua - Khen thưởng huyện Tiên Yên"
    [event] = facts_of("(TYĐT) - Ngày 12-1, Công an huyện Tiên Yên tổ chức Hội nghị tổng kết công tác năm 2022.").events
    assert event.organiser.name == "Công an huyện Tiên Yên"


def test_an_event_named_first_is_organised_by_the_body_it_is_of():
    [event] = facts_of("Hội nghị tổng kết phong trào thi đua năm 2022 của Công an huyện Tiên Yên đã diễn ra sáng 8/1.").events
    assert event.organiser.name == "Công an huyện Tiên Yên"
    [event] = facts_of("Hội nghị tổng kết của các đơn vị đã diễn ra sáng 8/1 ở thị xã Quảng Yên.").events
    assert event.organiser is None
    # a place's: its People's Committee
    [event] = facts_of("Hội nghị tổng kết công tác thi đua năm 2022 của huyện Tiên Yên được tổ chức vào sáng 8/1.").events
    assert event.organiser.name == "Ủy ban nhân dân huyện Tiên Yên"


def test_a_named_drive_of_emulation_is_a_movement():
    def kinds(sentence: str) -> list[tuple[str, str]]:
        return [(c.name, c.kind) for c in facts_of(sentence).campaigns]

    assert kinds("UBND thị xã phát động đợt thi đua cao điểm “90 ngày đêm” chào mừng Đại hội Đảng bộ tỉnh.") == [
        ("90 ngày đêm", "movement")
    ]
    assert kinds("Đợt thi đua diễn ra từ ngày 9/10 với chủ đề: “60 ngày về đích”.") == [("60 ngày về đích", "movement")]
    assert kinds("Năm 2023, thị xã thực hiện với chủ đề công tác năm: “Kỷ cương, đổi mới”.") == [("Kỷ cương, đổi mới", "theme")]
    assert kinds("Trong đợt thi đua, 3 đơn vị đạt danh hiệu “Đơn vị quyết thắng”.") == []


def test_a_meeting_named_by_what_was_held():
    [event] = facts_of("Ngày 10/1/2023, Liên đoàn Lao động thị xã tổ chức sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ.").events
    assert (event.kind, event.date, event.organiser.name) == ("Conference", dt.date(2023, 1, 10), "Liên đoàn Lao động thị xã Quảng Yên")
    assert event.label == "Sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ"
    [event] = facts_of("Sáng 11/1/2023, Hội Cựu chiến binh thị xã tổ chức tổng kết công tác hội năm 2022.").events
    assert (event.kind, event.label) == ("Conference", "Tổng kết công tác hội năm 2022")
    # every commune's meetings, and one to come, are not one held
    assert facts_of("Ngày 10/1/2023, các xã tổ chức tổng kết công tác thi đua năm 2022.").events == []
    assert facts_of("Ngày 10/1/2023, Hội Cựu chiến binh thị xã sẽ tổ chức tổng kết công tác hội năm 2022.").events == []


def test_a_council_s_meeting_told_in_the_headline_and_the_body_is_one_and_decides_the_proposals():
    facts = article(
        "Hội đồng Thi đua - Khen thưởng thị xã Quảng Yên họp xét khen thưởng\n12/01/2023\n"
        "Chiều 11/1, Hội đồng Thi đua - Khen thưởng thị xã Quảng Yên tổ chức phiên họp xét khen thưởng tổng kết năm 2022 "
        "dưới sự chủ trì của đồng chí Lê Văn Nam, Chủ tịch UBND thị xã. Hội đồng thống nhất đề nghị Thủ tướng Chính phủ "
        "tặng Bằng khen cho 2 tập thể; trình Chủ tịch UBND tỉnh tặng Cờ thi đua cho 3 tập thể và tặng Bằng khen cho 5 tập thể.\n"
        "Trần Mai\n"
    )[1]
    [event] = facts.events
    assert (event.kind, event.label, event.date) == ("Meeting", "Phiên họp xét khen thưởng tổng kết năm 2022", dt.date(2023, 1, 11))
    assert [(g.award, g.count, g.event, _label(g.conferrer)) for g in facts.grants] == [
        ("bang-khen-thu-tuong", 2, "e1", "Thủ tướng Chính phủ"),
        ("co-thi-dua-cap-bo-tinh", 3, "e1", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh"),
        ("bang-khen-cap-bo-tinh", 5, "e1", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh"),  # the first predicate's giver
    ]
    # another body's meeting is another meeting
    facts = article(
        "Hội đồng Thi đua - Khen thưởng thị xã Quảng Yên họp xét khen thưởng\n12/01/2023\n"
        "Chiều 11/1, Hội đồng Thi đua - Khen thưởng xã Sông Khoai tổ chức phiên họp xét khen thưởng năm 2022.\nTrần Mai\n"
    )[1]
    assert len(facts.events) == 2


def test_an_event_dated_after_its_name():
    for when in ("vào sáng ngày 12/1/2023", "vào ngày 12 tháng 1 năm 2023 tại Hội trường thị xã", "sáng 12/1/2023"):
        [event] = facts_of(f"UBND thị xã Quảng Yên đã tổ chức Hội nghị tổng kết công tác thi đua năm 2022 {when}.").events
        assert (event.label, event.date) == ("Hội nghị tổng kết công tác thi đua năm 2022", dt.date(2023, 1, 12))
    # a day that is part of the name ('Ngày Nhà giáo Việt Nam 20-11') stays in it
    [event] = facts_of("Sáng 12/1/2023, thị xã Quảng Yên tổ chức Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20-11 và tuyên dương nhà giáo.").events
    assert event.label == "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20-11 và tuyên dương nhà giáo"


def test_a_headline_naming_a_meeting_by_what_was_held_is_the_article_s_main_event():
    facts = article(
        "Quảng Yên: Tổng kết công tác thi đua khen thưởng năm 2022\n15/01/2023\n"
        "Trong năm 2022, thị xã Quảng Yên có nhiều phong trào thi đua. Thị xã đã tổ chức Lễ đón nhận Bằng xếp hạng di tích. "
        "Ông Lê Văn Nam, Chủ tịch UBND thị xã trao Giấy khen cho 12 tập thể.\nTrần Mai\n"
    )[1]
    assert [(e.kind, e.label) for e in facts.events] == [
        ("Conference", "Tổng kết công tác thi đua khen thưởng năm 2022"),
        ("Ceremony", "Lễ đón nhận Bằng xếp hạng di tích"),
    ]
    assert [(g.count, g.event) for g in facts.grants] == [(12, "e1")]  # handed over at the headline's meeting
    # a lead-in and a summing-up that is not a meeting's name
    facts = article("Quảng Yên: Nhiều kết quả trong tổng kết thi đua\n15/01/2023\nThị xã đạt nhiều kết quả.\nTrần Mai\n")[1]
    assert facts.events == []


def test_a_headline_in_capitals_names_the_event_the_body_tells_bare():
    facts = article(
        "HỘI NGHỊ TỔNG KẾT CÔNG TÁC THI ĐUA KHEN THƯỞNG NĂM 2022\n15/01/2023\n"
        "Sáng 12/1, UBND thị xã Quảng Yên tổ chức hội nghị. Hội nghị biểu dương 20 tập thể.\nTrần Mai\n"
    )[1]
    [event] = facts.events
    assert (event.label, event.date) == ("Hội nghị tổng kết công tác thi đua khen thưởng năm 2022", dt.date(2023, 1, 12))
    # a name the body tells in full stays the body's
    facts = article(
        "Hội nghị tổng kết thi đua của thị xã Quảng Yên năm 2022\n15/01/2023\n"
        "Sáng 12/1, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết công tác thi đua năm 2022 và triển khai nhiệm vụ năm 2023.\n"
        "Trần Mai\n"
    )[1]
    assert [e.label for e in facts.events] == ["Hội nghị tổng kết công tác thi đua năm 2022 và triển khai nhiệm vụ năm 2023"]


def test_a_campaign_launched_by_the_body_a_passive_names_after_it():
    [c] = facts_of('Phong trào "Toàn dân bảo vệ an ninh Tổ quốc" được Bộ Công an phát động từ năm 2005.').campaigns
    assert (c.name, c.launched_by.name) == ("Toàn dân bảo vệ an ninh Tổ quốc", "Bộ Công an")
    # taken up by the people is not launched by them
    [c] = facts_of('Phong trào "Dân vận khéo" được nhân dân hưởng ứng, phát động trong toàn thị xã.').campaigns
    assert c.launched_by is None


def test_a_headline_s_launcher_yields_to_the_one_the_text_names():
    def launchers(headline: str, lead: str) -> list:
        facts = article(f"{headline}\n05/04/2023 10:00\n{lead}\nĐào Thu Hà\n")[1]
        return [_label(c.launched_by) if c.launched_by is not None else None for c in facts.campaigns]

    headline = 'Thị xã Quảng Yên phát động cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam"'
    lead = (
        "Sáng 4/4, Ban Thường trực Ủy ban MTTQ Việt Nam thị xã Quảng Yên tổ chức lễ phát động Cuộc vận động “Người Việt "
        "Nam ưu tiên dùng hàng Việt Nam”."
    )
    assert launchers(headline, lead) == ["Ủy ban Mặt trận Tổ quốc Việt Nam thị xã Quảng Yên"]
    # negative: a text that names no launcher keeps the headline's
    lead = "Sáng 4/4, tại hội trường thị xã, Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” được hưởng ứng."
    assert launchers(headline, lead) == ["Ủy ban nhân dân thị xã Quảng Yên"]


def test_a_proposal_is_not_placed_at_the_headline_s_ceremony_among_other_events():
    facts = article(
        "Lễ đón nhận Huân chương Lao động hạng Ba của xã Sông Khoai\n15/01/2023\n"
        "Xã Sông Khoai có nhiều thành tích. Ngày 5/1/2023, xã tổ chức Hội nghị tổng kết công tác năm 2022. Xã đề nghị UBND "
        "thị xã tặng Giấy khen cho 5 tập thể.\nTrần Mai\n"
    )[1]
    assert [(g.award, g.status, g.event) for g in facts.grants if g.status == "proposed"] == [("giay-khen", "proposed", None)]


def test_a_name_that_lists_two_verbs_of_honouring_keeps_both_but_a_clause_that_honours_ends_it():
    facts = facts_of("Ngày 10/1, UBND thị xã Quảng Yên tổ chức Hội nghị tuyên dương, tôn vinh người tốt việc tốt năm 2022.")
    assert [e.label for e in facts.events] == ["Hội nghị tuyên dương, tôn vinh người tốt việc tốt năm 2022"]
    facts = facts_of("Ngày 10/1, UBND thị xã Quảng Yên tổ chức Lễ kỷ niệm 60 năm thành lập, tôn vinh 30 gương người tốt việc tốt.")
    assert [e.label for e in facts.events] == ["Lễ kỷ niệm 60 năm thành lập"]


def test_an_award_received_at_the_event_the_body_tells_has_no_ceremony_of_its_own():
    def events(headline: str, lead: str) -> list[tuple]:
        body = (
            f"{headline}\n15/01/2023 10:00\n{lead}Tại hội nghị, Trường THPT Lê Lợi vinh dự đón nhận Cờ thi đua của UBND tỉnh.\nĐào Thu Hà\n"
        )
        return [(e.kind, e.label) for e in article(body)[1].events]

    conference = "Ngày 12/1, Trường THPT Lê Lợi tổ chức Hội nghị tổng kết năm học 2021 - 2022. "
    assert events("Trường THPT Lê Lợi đón nhận Cờ thi đua của UBND tỉnh", conference) == [
        ("Conference", "Hội nghị tổng kết năm học 2021 - 2022")
    ]
    # a headline that hands over what the body hands over at its conference
    assert events("Trao Cờ thi đua của UBND tỉnh cho Trường THPT Lê Lợi", conference.replace(
        "2021 - 2022. ", "2021 - 2022. Tại hội nghị, ông Lê Văn Ba trao Cờ thi đua của UBND tỉnh cho nhà trường. "
    )) == [("Conference", "Hội nghị tổng kết năm học 2021 - 2022")]  # fmt: skip
    # with no event told in the body, the headline's receiving is the article's ceremony
    assert events("Trường THPT Lê Lợi đón nhận Cờ thi đua của UBND tỉnh", "") == [("Ceremony", "Lễ đón nhận Cờ thi đua của UBND tỉnh")]


def test_the_government_s_award_the_body_tells_given_by_its_giver_at_the_event_has_no_headline_ceremony():
    def events(told: str) -> list[tuple]:
        headline = "Công an huyện Tiên Yên đón nhận Bằng khen của Thủ tướng Chính phủ"
        lead = "Ngày 12/1, Công an tỉnh Quảng Ninh tổ chức Hội nghị tổng kết công tác năm 2022. "
        return [(e.kind, e.label) for e in article(f"{headline}\n15/01/2023 10:00\n{lead}{told}\nĐào Thu Hà\n")[1].events]

    conference = [("Conference", "Hội nghị tổng kết công tác năm 2022")]
    for told in (
        "Tại hội nghị, Công an huyện Tiên Yên được Thủ tướng Chính phủ tặng Bằng khen.",
        "Với thành tích đạt được, Công an huyện Tiên Yên được Thủ tướng Chính phủ tặng Bằng khen.",
        "Công an huyện Tiên Yên vinh dự được Thủ tướng trao tặng Bằng khen vì thành tích xuất sắc.",
        # (or received there bare, no giver said: the headline's)
        "Thượng tá Lê Văn Nam, Trưởng Công an huyện Tiên Yên nhận Bằng khen.",
        "Tại hội nghị, Công an huyện Tiên Yên vinh dự đón nhận Bằng khen.",
    ):
        assert events(told) == conference, told
    # negatives: a certificate another gives at the conference, the headline's ceremony stands beside it
    for told in (
        "Tại hội nghị, Công an huyện Tiên Yên được Giám đốc Công an tỉnh tặng Giấy khen.",
        "Tại hội nghị, Công an huyện Tiên Yên được UBND tỉnh tặng Bằng khen.",
        "Tại hội nghị, Thượng tá Lê Văn Nam nhận Bằng khen của Giám đốc Công an tỉnh.",
        "Tại hội nghị, Công an huyện Tiên Yên đón nhận Bằng khen của UBND tỉnh.",
    ):
        assert events(told) == [("Ceremony", "Lễ đón nhận Bằng khen của Thủ tướng Chính phủ"), *conference], told


def test_a_bank_s_year_is_no_annual_event():
    facts = facts_of("Ngày 13/1, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết hoạt động ngân hàng năm 2022.")
    assert [e.label for e in facts.events] == ["Hội nghị tổng kết hoạt động ngân hàng năm 2022"]
    # what is held every year everywhere is not the article's event
    assert facts_of("Ngày 13/1, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết hàng năm.").events == []


def test_a_body_that_holds_a_commendation_holds_a_ceremony_whose_recipients_do_not_present():
    facts = facts_of(
        "Chiều 3/6, UBND thị xã Quảng Yên tổ chức khen thưởng đột xuất cho các cá nhân có thành tích truy bắt tội phạm. "
        "Ông Trần Văn Lợi, Phó Chủ tịch UBND thị xã trao Giấy khen cho anh Nguyễn Văn Tình và anh Lê Minh Quân."
    )
    [event] = facts.events
    assert (event.kind, event.date) == ("Ceremony", dt.date(2022, 6, 3)) and event.label.startswith("Khen thưởng đột xuất")
    assert {(p.person, p.part) for p in event.participants} == {("Trần Văn Lợi", "presented_awards")}
    # a commendation to be held is no ceremony held
    assert facts_of("Các đơn vị cần tổ chức khen thưởng kịp thời cho các cá nhân có thành tích.").events == []
    # one named after the verb another presents by is its object, not a second presenter
    facts = facts_of(
        "Chiều 3/6, UBND thị xã Quảng Yên tổ chức khen thưởng đột xuất cho các cá nhân có thành tích truy bắt tội phạm. "
        "Ông Trần Văn Lợi, Phó Chủ tịch UBND thị xã trao Giấy khen và chúc mừng anh Nguyễn Văn Tình."
    )
    assert {(p.person, p.part) for p in facts.events[0].participants} == {("Trần Văn Lợi", "presented_awards")}
    facts = facts_of("Chiều 3/6, UBND thị xã Quảng Yên tổ chức lễ trao Giấy khen. Ông Trần Văn Lợi và ông Đỗ Văn Hải trao Giấy khen.")
    assert {(p.person, p.part) for p in facts.events[0].participants} == {
        ("Trần Văn Lợi", "presented_awards"), ("Đỗ Văn Hải", "presented_awards")
    }  # fmt: skip


def test_a_headline_joining_two_events_the_body_tells_is_neither_and_the_same_day_dates_the_second():
    body = (
        "Huyện Đức Thọ: Tổng kết thi đua và trao Huân chương Lao động\n15/01/2024 10:00\n"
        "Sáng 12/1, UBND huyện Đức Thọ tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. Chiều cùng ngày, "
        "UBND huyện tổ chức Lễ trao Huân chương Lao động hạng Ba cho xã Tùng Ảnh.\nĐào Thu Hà\n"
    )
    events = article(body)[1].events
    assert [(e.kind, e.date) for e in events] == [("Conference", dt.date(2024, 1, 12)), ("Ceremony", dt.date(2024, 1, 12))]
    # (a headline that reads as an event told, its lead-in before it: the same)
    joined = (
        "Xã Tùng Ảnh: Tổ chức Đại hội Thi đua yêu nước và kỷ niệm 75 năm Ngày thành lập xã\n05/09/2020 10:00\n"
        "Ngày 3/9, xã Tùng Ảnh tổ chức Đại hội Thi đua yêu nước lần thứ IV giai đoạn 2020-2025. Tối cùng ngày, xã tổ chức Lễ "
        "kỷ niệm 75 năm Ngày thành lập xã.\nĐào Thu Hà\n"
    )
    assert [(e.kind, e.date) for e in article(joined)[1].events] == [("Congress", dt.date(2020, 9, 3)), ("Ceremony", dt.date(2020, 9, 3))]
    # a headline that names one event and something else is still the article's main event
    events = article(body.replace("Tổng kết thi đua và trao Huân chương Lao động", "Hội nghị cán bộ chủ chốt và tọa đàm chuyên đề"))[
        1
    ].events
    assert len(events) == 3


def test_the_day_a_document_the_lead_cites_was_signed_is_not_the_event_s_day():
    def dates(lead: str) -> list:
        return [e.date for e in article("Xã Tân Mỹ tổng kết thi đua\n15/01/2024 10:00\n" + lead + "\nĐào Thu Hà\n")[1].events]

    said = "Thực hiện Kế hoạch số 08/KH-UBND ngày 3/1/2024 của UBND huyện, ngày 11/1, UBND xã Tân Mỹ tổ chức Hội nghị tổng kết công tác thi đua."
    assert dates(said) == [dt.date(2024, 1, 11)]
    said = "Căn cứ Quyết định số 27/QĐ-UBND, ngày 4/1/2024 của Chủ tịch UBND huyện, sáng 12/1, UBND xã Tân Mỹ tổ chức Lễ trao Giấy khen."
    assert dates(said) == [dt.date(2024, 1, 12)]
    # with no day of its own, the event's day is not said
    assert dates("Thực hiện Kế hoạch số 08/KH-UBND ngày 3/1/2024, UBND xã Tân Mỹ tổ chức Hội nghị tổng kết công tác thi đua.") == [None]
    # negative: a day after a number that is no document's is the event's
    assert dates("Tổ 3/1 phường Tân Mỹ, ngày 11/1 tổ chức Hội nghị tổng kết công tác thi đua.") == [dt.date(2024, 1, 11)]
    # nor is a day and month an anniversary is told by ('Ngày Học sinh - Sinh viên 9/1, ngày 8/1 ...'); a number of
    # digits alone after 'số' is a document's
    said = "Nhân kỷ niệm Ngày Học sinh - Sinh viên 9/1, ngày 8/1 Huyện đoàn Tân Mỹ tổ chức Lễ tuyên dương sinh viên 5 tốt."
    assert dates(said) == [dt.date(2024, 1, 8)]
    said = "Thực hiện Kế hoạch số 15/2024 ngày 3/1/2024 của UBND huyện, UBND xã Tân Mỹ tổ chức Hội nghị tổng kết công tác thi đua."
    assert dates(said) == [None]


def test_a_body_signing_its_pledge_of_emulation_on_a_day_holds_a_ceremony():
    def events(lead: str) -> list:
        return [
            (e.kind, e.date, e.label)
            for e in article("Khối thi đua số 5 ký kết giao ước\n14/03/2024 10:00\n" + lead + "\nĐào Thu Hà\n")[1].events
        ]

    assert events("Ngày 12/3, Khối thi đua số 5 ký kết giao ước thi đua năm 2024.") == [
        ("Ceremony", dt.date(2024, 3, 12), "Ký kết giao ước thi đua năm 2024")
    ]
    # negative: a year's signing, no day, in a sentence not the lead's, is no ceremony told
    said = "Ngày 12/3, Khối thi đua số 5 tổng kết công tác thi đua năm 2023. Năm 2024, Khối thi đua số 3 ký kết giao ước thi đua mới."
    assert [e[0] for e in events(said)] == ["Conference"]


def test_a_plan_s_word_inside_the_organiser_s_name_plans_nothing():
    def events(lead: str) -> list:
        return [(e.kind, e.date) for e in article("Khối thi đua ký kết giao ước\n20/04/2018 10:00\n" + lead + "\nĐào Thu Hà\n")[1].events]

    said = "Ngày 19/4/2018, Khối thi đua các cơ quan tham mưu tổng hợp tổ chức Lễ ký kết giao ước thi đua năm 2018."
    assert events(said) == [("Ceremony", dt.date(2018, 4, 19))]
    # negative: a body that advises another to hold one plans it; none is held yet
    said = "Ngày 19/4/2018, Ban Thi đua - Khen thưởng tỉnh tham mưu tổ chức Lễ ký kết giao ước thi đua năm 2018."
    assert events(said) == []


def test_the_same_day_with_no_event_told_before_is_the_last_day_the_text_named():
    def dates(body: str) -> list:
        return [e.date for e in article("Huyện Đức Thọ trao Huân chương\n15/01/2024 10:00\n" + body + "\nĐào Thu Hà\n")[1].events]

    said = (
        "Ngày 11/1, Thường trực Huyện ủy làm việc với xã Tùng Ảnh. Tối cùng ngày, UBND huyện tổ chức Lễ trao Huân chương Lao động hạng Ba."
    )
    assert dates(said) == [dt.date(2024, 1, 11)]
    # negative: a deadline named before is no day of it, and with no day named, the day stays unknown
    said = "Đến ngày 11/1, các xã đã hoàn thành hồ sơ. Tối cùng ngày, UBND huyện tổ chức Lễ trao Huân chương Lao động hạng Ba."
    assert dates(said) == [None]
    assert dates("Tối cùng ngày, UBND huyện tổ chức Lễ trao Huân chương Lao động hạng Ba.") == [None]


def test_people_joined_before_one_attendance_verb_all_attended_and_a_launch_at_the_congress_is_its():
    facts = facts_of(
        "Ngày 15/9/2022, UBND thị xã Quảng Yên tổ chức Đại hội Thi đua yêu nước lần thứ V. Đồng chí Vũ Văn Diện, Tỉnh ủy viên, "
        "Bí thư Thị ủy, Chủ tịch HĐND thị xã và đồng chí Nguyễn Thị Hương, Phó Bí thư Thị ủy, Chủ tịch UBND thị xã dự và "
        'chỉ đạo Đại hội.\nTại Đại hội, đồng chí Nguyễn Thị Hương đã phát động phong trào thi đua "Quảng Yên phát triển".'
    )
    parts = {(p.person, p.part) for p in facts.events[0].participants}
    assert parts == {("Vũ Văn Diện", "attended"), ("Nguyễn Thị Hương", "attended"), ("Nguyễn Thị Hương", "launched")}


def test_an_event_named_before_who_held_it_ends_before_them_and_a_bloc_of_provinces_is_no_province_s():
    facts = facts_of("Hội nghị tổng kết công tác thi đua năm 2022 do UBND thị xã Quảng Yên tổ chức đã diễn ra sáng 13/1.")
    assert [(e.label, e.organiser.name) for e in facts.events] == [
        ("Hội nghị tổng kết công tác thi đua năm 2022", "Ủy ban nhân dân thị xã Quảng Yên")
    ]  # fmt: skip
    # what another body proposed is part of the name
    facts = facts_of("Ngày 13/1, UBND thị xã Quảng Yên tổ chức Lễ tuyên dương các gương người tốt do Thị đoàn đề xuất.")
    assert [e.label for e in facts.events] == ["Lễ tuyên dương các gương người tốt do Thị đoàn đề xuất"]
    facts = facts_of("Ngày 13/1, Cụm thi đua các tỉnh biên giới phía Bắc tổ chức Hội nghị tổng kết công tác thi đua năm 2022.")
    assert [e.organiser.name for e in facts.events] == ["Cụm thi đua các tỉnh biên giới phía Bắc"]


def test_a_receiving_ceremony_to_be_held_is_no_event_held():
    said = "Chủ tịch nước vừa ký quyết định tặng Huân chương Lao động hạng Ba cho huyện Hải Hà. "
    assert facts_of(said + "Lễ đón nhận Huân chương sẽ được tổ chức vào dịp kỷ niệm ngày thành lập huyện.").events == []
    assert facts_of(said + "Lễ đón nhận Huân chương dự kiến diễn ra vào tháng 12.").events == []
    # negative: one held is
    events = facts_of(said + "Sáng 3/6, huyện Hải Hà long trọng đón nhận Huân chương Lao động hạng Ba.").events
    assert [(e.kind, e.date) for e in events] == [("Ceremony", dt.date(2022, 6, 3))]


def test_everyone_listed_after_a_presiding_cue_presided():
    facts = facts_of(
        "Sáng 3/6, UBND thị xã Quảng Yên tổ chức Hội nghị sơ kết công tác thi đua 6 tháng đầu năm.\n"
        "Đồng chủ trì có các đồng chí: Vũ Văn Diện, Chủ tịch UBND thị xã; Nguyễn Thị Hằng, Phó Bí thư Thị ủy."
    )
    assert {(p.person, p.part) for p in facts.events[0].participants} == {("Vũ Văn Diện", "presided"), ("Nguyễn Thị Hằng", "presided")}
    # negative: a list after an attendance cue attended
    facts = facts_of(
        "Sáng 3/6, UBND thị xã Quảng Yên tổ chức Hội nghị sơ kết công tác thi đua 6 tháng đầu năm.\n"
        "Tới dự có các đồng chí: Vũ Văn Diện, Chủ tịch UBND thị xã; Nguyễn Thị Hằng, Phó Bí thư Thị ủy."
    )
    assert {(p.person, p.part) for p in facts.events[0].participants} == {("Vũ Văn Diện", "attended"), ("Nguyễn Thị Hằng", "attended")}


def test_people_listed_by_semicolons_before_a_verb_of_presiding_preside_together():
    lead = "Sáng 3/6, Ban CHQS thị xã Quảng Yên tổ chức Hội nghị tổng kết công tác quốc phòng năm 2023.\n"
    for listed in (
        "Trung tá Vũ Văn Diện, Chỉ huy trưởng Ban CHQS thị xã; Thượng tá Nguyễn Văn Hằng, Chính trị viên chủ trì hội nghị.",
        "Đồng chí Vũ Văn Diện, Bí thư Thị ủy; đồng chí Nguyễn Văn Hằng, Chủ tịch UBND thị xã đồng chủ trì hội nghị.",
    ):
        parts = {(p.person, p.part) for p in facts_of(lead + listed).events[0].participants}
        assert parts == {("Vũ Văn Diện", "presided"), ("Nguyễn Văn Hằng", "presided")}, listed
    # negatives: one whose clause says what they did does that; one listed after an attendance cue attended
    said = "Ông Vũ Văn Diện, Chủ tịch UBND thị xã báo cáo kết quả; ông Nguyễn Văn Hằng, Phó Chủ tịch UBND thị xã chủ trì hội nghị."
    assert ("Vũ Văn Diện", "presided") not in {(p.person, p.part) for p in facts_of(lead + said).events[0].participants}
    said = "Dự có ông Vũ Văn Diện, Bí thư Thị ủy; ông Nguyễn Văn Hằng, Chủ tịch UBND thị xã chủ trì hội nghị."
    assert {(p.person, p.part) for p in facts_of(lead + said).events[0].participants} == {
        ("Vũ Văn Diện", "attended"),
        ("Nguyễn Văn Hằng", "presided"),
    }


def test_a_headline_s_undated_event_over_a_lead_telling_one_event_is_that_event():
    def events_of(headline: str, lead: str) -> list[tuple]:
        facts = article(f"{headline}\n{lead} Dịp này, UBND xã tặng Giấy khen cho 7 tập thể.\nThu Trang\n")[1]
        return [(e.kind, e.date) for e in facts.events] + [g.event for g in facts.grants]

    lead = "Ngày 26/12/2023, UBND xã Đông Xuân (huyện Quốc Oai) tổ chức hội nghị tổng kết công tác năm 2023."
    assert events_of("Xã Đông Xuân tổ chức lễ khen thưởng cuối năm", lead) == [("Conference", dt.date(2023, 12, 26)), "e1"]
    # negative: a headline's event held by another body is another event
    assert len(events_of("Huyện đoàn Quốc Oai tổ chức lễ tuyên dương đoàn viên", lead)) == 3


def test_a_programme_honouring_people_is_a_ceremony_and_one_carried_out_is_no_event():
    facts = facts_of("Tối 12/10, Hiệp hội Doanh nghiệp tỉnh tổ chức Chương trình tôn vinh doanh nhân tiêu biểu năm 2022.")
    assert [(e.kind, e.label, e.organiser.name) for e in facts.events] == [
        ("Ceremony", "Chương trình tôn vinh doanh nhân tiêu biểu năm 2022", "Hiệp hội Doanh nghiệp tỉnh Quảng Ninh")
    ]
    facts = facts_of("Sáng 3/11, Ban nhân dân khu phố 3 tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2022.")
    assert [(e.kind, e.label) for e in facts.events] == [("Ceremony", "Ngày hội Đại đoàn kết toàn dân tộc năm 2022")]
    # negative: a programme of work carried out is no event held
    assert facts_of("Năm 2022, thị xã tổ chức Chương trình mục tiêu quốc gia xây dựng nông thôn mới hiệu quả.").events == []
    # a programme held under a quoted name is one; one carried out under a quoted name is not
    facts = facts_of("Tối 19/11, Phòng Giáo dục thị xã Quảng Yên tổ chức Chương trình “Tri ân người thầy năm 2022”.")
    assert [(e.kind, e.label) for e in facts.events] == [("Ceremony", "Chương trình “Tri ân người thầy năm 2022”")]
    assert facts_of("Năm 2022, thị xã tổ chức thực hiện Chương trình “Mỗi xã một sản phẩm” hiệu quả.").events == []


def test_an_event_named_first_is_dated_after_its_venue_and_held_by_the_body_it_is_of():
    def event(sentence: str) -> tuple:
        e = facts_of(sentence).events[0]
        return e.label, e.date, e.organiser.name if e.organiser else None

    assert event("Hội nghị tổng kết công tác thi đua năm 2022 diễn ra trong ngày 12/1.")[1] == dt.date(2023, 1, 12)
    assert event("Hội nghị tổng kết công tác thi đua năm 2021 được tổ chức tại Hội trường thị xã vào sáng 12/1.")[1] == dt.date(2023, 1, 12)
    assert event("Sáng 12/1, đã diễn ra Hội nghị tổng kết công tác thi đua năm 2022 của UBND thị xã Quảng Yên.") == (
        "Hội nghị tổng kết công tác thi đua năm 2022 của UBND thị xã Quảng Yên",
        dt.date(2023, 1, 12),
        "Ủy ban nhân dân thị xã Quảng Yên",
    )
    assert event("Sáng 12/1, UBND thị xã Quảng Yên tổ chức Hội nghị trực tuyến tổng kết năm 2021 tới 11 điểm cầu cấp xã.")[0] == (
        "Hội nghị trực tuyến tổng kết năm 2021"
    )
    # (and before the link it makes: ', kết nối tới 63 điểm cầu')
    assert event("Ngày 5/1, UBND thị xã Quảng Yên tổ chức Hội nghị trực tuyến tổng kết năm 2022, kết nối tới 11 điểm cầu.")[0] == (
        "Hội nghị trực tuyến tổng kết năm 2022"
    )
    # negative: a date in another clause after the venue is not the event's
    assert event("Hội nghị tổng kết thi đua năm 2021 được tổ chức tại Hội trường thị xã, các đại biểu bàn việc ngày 12/1.")[1] is None


def test_a_theme_a_place_chooses_for_a_year_is_that_year_s_theme():
    def found(sentence: str) -> list[tuple[str, str]]:
        return [(c.kind, c.name) for c in facts_of(sentence).campaigns]

    assert found("Năm 2023, thị xã chọn chủ đề “Năm nâng cao chất lượng phục vụ Nhân dân”.") == [
        ("theme", "Năm nâng cao chất lượng phục vụ Nhân dân")
    ]
    assert found("Năm 2023, UBND thị xã lấy chủ đề năm là: “Kỷ cương, hiệu quả”.") == [("theme", "Kỷ cương, hiệu quả")]
    # negative: a contest's or a meeting's chosen topic is no year's theme
    assert found("Năm 2023, Hội thi chọn chủ đề “Tuổi trẻ sáng tạo” cho các đội.") == []
    assert found("Hội nghị với chủ đề “Đoàn kết, sáng tạo” đã thành công tốt đẹp.") == []
    # a year's tasks under a theme that names the year ('Năm ...'), said right after the year
    assert found("Hội nghị thông qua Nghị quyết về nhiệm vụ năm 2024 với chủ đề “Năm tăng tốc, bứt phá”.") == [
        ("theme", "Năm tăng tốc, bứt phá")
    ]
    assert found('UBND huyện ban hành kế hoạch năm 2025 với chủ đề "Năm kỷ cương, trách nhiệm".') == [
        ("theme", "Năm kỷ cương, trách nhiệm")
    ]
    # (not a show's theme of the new year, nor one that does not name its year)
    assert found("Năm 2024, chương trình nghệ thuật với chủ đề “Năm mới an khang” diễn ra tại quảng trường.") == []
    assert found("Hội nghị thông qua Nghị quyết về nhiệm vụ năm 2024 với chủ đề “Tăng tốc, bứt phá”.") == []


def test_a_campaign_an_event_launched_is_launched_by_the_body_that_held_it():
    def launchers(then: str) -> list:
        facts = article(
            "Đại hội Thi đua yêu nước ngành Xây dựng\n27/09/2025 10:00\n"
            f"Ngày 26/9/2025, Bộ Xây dựng tổ chức Đại hội Thi đua yêu nước ngành Xây dựng lần thứ VI. {then}\nPV\n"
        )[1]
        return [(c.name, _label(c.launched_by) if c.launched_by is not None else None) for c in facts.campaigns]

    assert launchers("Đại hội đã phát động phong trào thi đua “Ngành Xây dựng đổi mới”.") == [("Ngành Xây dựng đổi mới", "Bộ Xây dựng")]
    # negative: a campaign the event only answers to was launched by no one the article names
    assert launchers("Tại Đại hội, các đại biểu hưởng ứng phong trào thi đua “Ngành Xây dựng đổi mới”.") == [
        ("Ngành Xây dựng đổi mới", None)
    ]

    def held(lead: str) -> list:
        facts = article(f"Tuyên dương người tốt, việc tốt\n08/12/2023 15:40\n{lead}\nTấn Phát\n")[1]
        return [(c.name, _label(c.launched_by) if c.launched_by is not None else None) for c in facts.campaigns]

    # a launching the name of the event the sentence tells holds: by the body that held it
    for quoted in ("“Quảng Yên chung sức xây dựng đô thị văn minh”", "«Quảng Yên chung sức xây dựng đô thị văn minh»"):
        assert held(
            "Chiều 7/12, UBND thị xã Quảng Yên tổ chức Hội nghị tuyên dương gương người tốt, việc tốt năm 2023 và phát động "
            f"phong trào thi đua {quoted} năm 2024."
        ) == [("Quảng Yên chung sức xây dựng đô thị văn minh", "Ủy ban nhân dân thị xã Quảng Yên")], quoted
    # negative: an event that reviews a movement launched it not
    assert held(
        "Chiều 7/12, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết 5 năm thực hiện phong trào thi đua “Quảng Yên chung sức "
        "xây dựng đô thị văn minh”."
    ) == [("Quảng Yên chung sức xây dựng đô thị văn minh", None)]


def test_a_body_receiving_an_award_on_the_occasion_told_before_holds_no_ceremony_of_its_own():
    def events(then: str) -> list[str]:
        lead = "Sáng 9/1/2024, Chi cục Thuế thị xã Quảng Yên tổ chức hội nghị triển khai nhiệm vụ năm 2024."
        return [e.kind for e in article(f"Triển khai nhiệm vụ năm 2024\n{lead} {then}\nĐào Thu Hà\n")[1].events]

    for opening in ("Nhân dịp này", "Cũng tại hội nghị", "Cũng trong dịp này", "Dịp này"):
        assert events(f"{opening}, Chi cục Thuế vinh dự đón nhận Cờ thi đua của Bộ Tài chính.") == ["Conference"], opening
    # a day of its own is a ceremony of its own
    assert sorted(events("Ngày 15/2/2024, Chi cục Thuế đón nhận Cờ thi đua của Bộ Tài chính.")) == ["Ceremony", "Conference"]


def test_one_who_reports_awards_given_does_not_present_them():
    def parts(then: str) -> set[tuple[str, str]]:
        facts = facts_of("Ngày 7/1/2025, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024. " + then)
        return {(p.person, p.part) for p in facts.events[0].participants}

    for said in (
        "Ông Đào Văn Khải, Trưởng phòng Nội vụ cho biết, năm 2024 UBND thị xã đã tặng Giấy khen cho 42 tập thể.",
        "Bà Lê Thị Hoa, Phó Chủ tịch UBND thị xã thông tin, năm qua Chủ tịch UBND tỉnh tặng Bằng khen cho 15 cá nhân.",
    ):
        assert not any(part == "presented_awards" for _, part in parts(said)), said
    # one who hands over awards after speaking still presents them
    said = "Ông Đào Văn Khải, Phó Chủ tịch UBND thị xã phát biểu và trao Giấy khen cho 42 tập thể."
    assert ("Đào Văn Khải", "presented_awards") in parts(said)


def test_those_a_grant_lists_as_its_recipients_do_not_present_it():
    facts = facts_of(
        "Ngày 7/10, UBND xã Quảng Long tổ chức hội nghị biểu dương người tốt, việc tốt. Dịp này, UBND xã tặng Giấy khen "
        "cho 3 cá nhân gồm: ông Hà Văn Bình (thôn 1), bà Lò Thị Mai (thôn 3) và ông Vi Văn Sơn (thôn 5)."
    )
    assert facts.grants[0].named == ("Hà Văn Bình", "Lò Thị Mai", "Vi Văn Sơn")
    assert [(p.person, p.part) for p in facts.events[0].participants] == []
    # one named before the verb, who hands it over, does
    facts = facts_of(
        "Ngày 7/10, UBND xã Quảng Long tổ chức hội nghị biểu dương người tốt, việc tốt. Ông Hà Văn Bình, Chủ tịch UBND xã "
        "trao Giấy khen cho 3 cá nhân."
    )
    assert [(p.person, p.part) for p in facts.events[0].participants] == [("Hà Văn Bình", "presented_awards")]


def test_one_who_hands_over_an_award_told_before_by_its_first_word_presents_it():
    def parts(then: str) -> set[tuple[str, str]]:
        facts = facts_of(
            "Ngày 20/1, Công ty cổ phần Than Quảng Yên tổ chức hội nghị người lao động và đón nhận Cờ thi đua của Chính phủ. " + then
        )
        return {(p.person, p.part) for p in facts.events[0].participants}

    assert parts("Ông Lê Văn Hưng, Chủ tịch Tập đoàn Than - Khoáng sản Việt Nam trao Cờ cho Công ty.") == {
        ("Lê Văn Hưng", "presented_awards")
    }
    assert parts("Bà Phạm Thị Hòa, Phó Chủ tịch UBND thị xã trao Huân chương tới đơn vị.") == {("Phạm Thị Hòa", "presented_awards")}
    # the rewards, by the word for them
    assert parts("Bà Phạm Thị Hòa, Phó Chủ tịch UBND thị xã trao thưởng cho các tập thể, cá nhân.") == {
        ("Phạm Thị Hòa", "presented_awards")
    }
    # ... or by 'phần thưởng', to those named or to no one named
    assert parts("Bà Phạm Thị Hòa, Phó Chủ tịch UBND thị xã dự và trao các phần thưởng.") == {
        ("Phạm Thị Hòa", "presented_awards"),
        ("Phạm Thị Hòa", "attended"),  # (and there: 'dự và')
    }
    assert parts("Ông Lê Văn Hưng đã trao phần thưởng cho các tập thể xuất sắc.") == {("Lê Văn Hưng", "presented_awards")}
    # handing over gifts is not presenting an award
    assert parts("Bà Phạm Thị Hòa, Phó Chủ tịch UBND thị xã trao quà cho công nhân.") == set()
    assert parts("Bà Phạm Thị Hòa, Phó Chủ tịch UBND thị xã trao phần quà cho công nhân.") == set()
    assert parts("Bà Phạm Thị Hòa, Phó Chủ tịch UBND thị xã trao tiền thưởng Tết cho công nhân.") == set()
    # one given an award by a body whose name lists its fields with commas received it, and presented nothing
    given = "Trước đó, nghệ nhân Lê Văn Hưng từng được Bộ Văn hóa, Thể thao và Du lịch tặng Bằng khen."
    assert parts(given) == set()
    assert parts("Ông Đỗ Văn Tâm được Sở Lao động, Thương binh và Xã hội tặng Giấy khen.") == set()
    # a comma then another subject who hands over is not part of the passive
    assert parts("Công ty được tặng Cờ, ông Lê Văn Hưng trao Bằng khen cho 3 tập thể.") == {("Lê Văn Hưng", "presented_awards")}


def test_an_event_s_name_ends_before_the_list_of_those_it_is_for():
    facts = facts_of("Ngày 17/11, UBND thị xã Quảng Yên tổ chức gặp mặt 2 nhà giáo ưu tú năm 2022 gồm: thầy Lê Văn An; cô Vũ Thị Hoa.")
    assert [e.label for e in facts.events] == ["Gặp mặt 2 nhà giáo ưu tú năm 2022"]
    # 'gồm' inside a name with no list after it stays
    facts = facts_of("Ngày 17/11, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết công tác bao gồm cả khối doanh nghiệp.")
    assert [e.label for e in facts.events] == ["Hội nghị tổng kết công tác bao gồm cả khối doanh nghiệp"]


def test_an_event_said_to_open_or_close_was_held():
    assert _events_of("Chiều 28/9/2022, Đại hội Thi đua yêu nước thị xã Quảng Yên lần thứ V, giai đoạn 2022 - 2027 đã bế mạc.") == [
        ("Congress", "Đại hội Thi đua yêu nước thị xã Quảng Yên lần thứ V, giai đoạn 2022 - 2027", dt.date(2022, 9, 28))
    ]
    assert _events_of("Sáng 27/9/2022, Hội nghị biểu dương điển hình tiên tiến thị xã Quảng Yên long trọng khai mạc.") == [
        ("Conference", "Hội nghị biểu dương điển hình tiên tiến thị xã Quảng Yên", dt.date(2022, 9, 27))
    ]
    # one to open is not one held
    assert _events_of("Đại hội Thi đua yêu nước thị xã Quảng Yên sẽ khai mạc vào tháng 10.") == []


def test_an_event_named_first_then_held_by_a_body_named_in_its_passive():
    facts = facts_of(
        "Lễ đón nhận Huân chương Lao động hạng Nhì của Trường THCS Cẩm La được UBND thị xã Quảng Yên tổ chức trọng thể sáng 12/1."
    )
    assert [(e.label, e.date, e.organiser.name if e.organiser else None) for e in facts.events] == [
        ("Lễ đón nhận Huân chương Lao động hạng Nhì của Trường THCS Cẩm La", dt.date(2023, 1, 12), "Ủy ban nhân dân thị xã Quảng Yên")
    ]
    # a passive of giving inside the name is no host's
    facts = facts_of("Hội nghị biểu dương 20 tập thể được Chủ tịch UBND tỉnh tặng Bằng khen diễn ra sáng 12/1.")
    assert [e.organiser for e in facts.events] == [None]


def test_an_event_name_set_right_longer_than_its_words_at_a_sentence_s_end_reads_no_day_past_it():
    # ('thi đua,khen thưởng': the name gets the space its comma lacked, one character longer than the text it names)
    facts = article(
        "Tin tổng hợp\n15/01/2023 10:00\nUBND thị xã Quảng Yên tổ chức Hội nghị tổng kết thi đua,khen thưởng năm 2022\nĐào Thu Hà\n"
    )[1]
    assert [(e.label, e.date) for e in facts.events] == [("Hội nghị tổng kết thi đua, khen thưởng năm 2022", None)]


def test_an_event_told_to_have_ended_well_was_held_on_its_days_in_brackets():
    assert _events_of(
        "Diễn ra trong 2 ngày (8-9/10/2022), Đại hội Hội Liên hiệp Phụ nữ huyện Tiên Yên lần thứ XXV đã thành công tốt đẹp."
    ) == [("Congress", "Đại hội Hội Liên hiệp Phụ nữ huyện Tiên Yên lần thứ XXV", dt.date(2022, 10, 8))]
    assert _events_of("Sau một ngày làm việc (từ 7 đến 8/10/2022), Hội nghị Ban Chấp hành Đảng bộ xã Đông Ngũ đã kết thúc thành công.") == [
        ("Conference", "Hội nghị Ban Chấp hành Đảng bộ xã Đông Ngũ", dt.date(2022, 10, 7))
    ]
    # a wish is no event held
    assert _events_of("Đồng chí Lê Văn Hải chúc: Đại hội Hội Liên hiệp Phụ nữ huyện Tiên Yên lần thứ XXV thành công tốt đẹp.") == []


def test_a_headline_s_handing_over_is_dated_by_the_body_sentence_that_hands_its_award_over():
    def events(lead: str) -> list[tuple[str, dt.date | None]]:
        body = "Trao Huân chương Lao động cho người có uy tín\n" + lead + "\nThu Hà\n"
        return [(e.label, e.date) for e in article(body)[1].events]

    lead = "Chiều 10/10/2023, tại thị xã Quảng Yên, ông Lê Văn Hải, Phó Chủ tịch UBND tỉnh đã trao Huân chương Lao động hạng Ba cho ông Vũ Văn Thoan."
    assert events(lead) == [("Trao Huân chương Lao động cho người có uy tín", dt.date(2023, 10, 10))]
    # a sentence handing over another award dates nothing
    assert events(lead.replace("Huân chương Lao động hạng Ba", "Bằng khen của Chủ tịch UBND tỉnh")) == [
        ("Trao Huân chương Lao động cho người có uy tín", None)
    ]


def test_an_event_a_plan_is_about_is_not_held():
    assert (
        facts_of("Ngày 5/1, UBND thị xã Quảng Yên ban hành Kế hoạch số 12/KH-UBND về tổ chức Hội nghị biểu dương điển hình.").events == []
    )
    assert facts_of("UBND thị xã Quảng Yên có Công văn về việc tổ chức Lễ kỷ niệm 30 năm thành lập thị xã.").events == []
    # a conference held about a subject is held
    facts = facts_of("Ngày 5/1, UBND thị xã Quảng Yên tổ chức Hội nghị về công tác thi đua, khen thưởng.")
    assert [e.label for e in facts.events] == ["Hội nghị về công tác thi đua, khen thưởng"]


def test_an_anniversary_s_dates_in_brackets_are_read_through_where_its_name_goes_on():
    def labels(sentence: str) -> list[str]:
        return [e.label for e in facts_of(sentence).events]

    assert labels(
        "Sáng 15/11, Trường THCS Quảng Yên tổ chức Lễ kỷ niệm 40 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2022) "
        "và đón nhận Huân chương Lao động hạng Ba."
    ) == ["Lễ kỷ niệm 40 năm Ngày Nhà giáo Việt Nam và đón nhận Huân chương Lao động hạng Ba"]
    # before a comma they end it, and a clause saying what it marks is not its name
    assert labels("Sáng 3/3, Đồn Biên phòng Quảng Yên tổ chức Lễ kỷ niệm 63 năm Ngày truyền thống (1959 - 2022), ghi dấu chặng đường.") == [
        "Lễ kỷ niệm 63 năm Ngày truyền thống"
    ]
    assert labels("Sáng 3/3, Đồn Biên phòng Quảng Yên tổ chức Lễ kỷ niệm 63 năm Ngày truyền thống, ghi nhận nhiều chiến công.") == [
        "Lễ kỷ niệm 63 năm Ngày truyền thống"
    ]
    # a comma, then the receiving the ceremony holds too: one ceremony, not a second of receiving
    assert labels(
        "Sáng 13/11, Trường Đại học Y Dược Hải Dương tổ chức Lễ kỷ niệm 55 năm thành lập trường (1968-2023), đón nhận Huân "
        "chương Lao động hạng Nhất."
    ) == ["Lễ kỷ niệm 55 năm thành lập trường, đón nhận Huân chương Lao động hạng Nhất"]
    assert labels("Ngày 5/5, Bệnh viện Bãi Cháy tổ chức Lễ kỷ niệm 30 năm thành lập (5/5/1994 - 5/5/2024), và đón nhận Cờ thi đua.") == [
        "Lễ kỷ niệm 30 năm thành lập, và đón nhận Cờ thi đua"
    ]
    # negative: a comma and someone else's doing end it
    assert labels("Ngày 5/5, Bệnh viện Bãi Cháy tổ chức Lễ kỷ niệm 30 năm thành lập (1994 - 2024), ông Trần An đọc diễn văn.") == [
        "Lễ kỷ niệm 30 năm thành lập"
    ]


def test_a_ceremony_announcing_a_decision_keeps_who_decided_in_its_name_and_its_presenter_presents():
    facts = facts_of(
        "Sáng 30/4, UBND xã Quảng Yên tổ chức Lễ công bố Quyết định của Chủ tịch nước phong tặng danh hiệu Anh hùng Lực "
        "lượng vũ trang nhân dân cho xã. Ông Lê Văn Hải, Chủ tịch UBND tỉnh trao Quyết định của Chủ tịch nước cho xã."
    )
    [event] = facts.events
    assert event.label.startswith("Lễ công bố Quyết định của Chủ tịch nước phong tặng danh hiệu Anh hùng")
    assert event.organiser.name == "Ủy ban nhân dân xã Quảng Yên"  # who decided is no organiser
    assert {(p.person, p.part) for p in event.participants} == {("Lê Văn Hải", "presented_awards")}
    # a decision of another kind handed over presents no award
    facts = facts_of("Sáng 30/4, UBND thị xã Quảng Yên tổ chức hội nghị cán bộ. Ông Lê Văn Hải trao Quyết định bổ nhiệm cho ông B.")
    assert facts.events[0].participants == []


def test_a_body_handing_over_a_headline_s_award_holds_its_ceremony():
    body = (
        "Trao Huy hiệu “Tuổi trẻ dũng cảm” cho nam sinh cứu người\n"
        "Chiều 5/8/2023, Thị đoàn Quảng Yên trao Huy hiệu “Tuổi trẻ dũng cảm” của Trung ương Đoàn cho em Lê Văn Hiếu.\nThu Hà\n"
    )
    [event] = article(body)[1].events
    assert (event.organiser.name, event.date) == ("Thị đoàn Quảng Yên", dt.date(2023, 8, 5))
    # a person's title naming a body does not make the body the host
    [event] = article(body.replace("Thị đoàn Quảng Yên trao", "Bí thư Thị đoàn Quảng Yên Lê Văn An trao"))[1].events
    assert event.organiser is None
    # a Party badge is no award: the thing handed over, the same in the headline and the body, makes them one ceremony
    badge = body.replace("Huy hiệu “Tuổi trẻ dũng cảm”", "Huy hiệu 60 năm tuổi Đảng").replace(" của Trung ương Đoàn", "")
    [event] = article(badge)[1].events
    assert (event.organiser.name, event.date) == ("Thị đoàn Quảng Yên", dt.date(2023, 8, 5))
    # negative: a body handing over another thing holds no ceremony of the headline's
    [event] = article(badge.replace("trao Huy hiệu 60 năm tuổi Đảng cho em", "trao quà cho em"))[1].events
    assert (event.organiser, event.date) == (None, None)


def test_one_who_hands_over_a_title_named_before_presents_it():
    facts = facts_of(
        "Ngày 26/7, Thị ủy, HĐND, UBND thị xã Quảng Yên tổ chức Lễ truy tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam "
        "anh hùng” cho 3 mẹ, lần lượt là: mẹ Vũ Thị Gái, mẹ Đỗ Thị Hến và mẹ Lê Thị Tý.\n"
        "Đồng chí Lê Văn Hải, Bí thư Thị ủy đã trao danh hiệu cho thân nhân các mẹ."
    )
    assert {(p.person, p.part) for p in facts.events[0].participants} == {("Lê Văn Hải", "presented_awards")}


def test_an_event_named_by_its_head_word_alone_keeps_no_stop_of_the_sentence():
    assert [e.label for e in facts_of("Ngày 28/12/2023, UBND thị xã Quảng Yên tổ chức lễ.").events] == ["Lễ"]
    # negative: a name with its stop inside keeps it ('TP.'), its sentence's stop left out
    labels = [e.label for e in facts_of("Ngày 28/12/2023, UBND thị xã Quảng Yên tổ chức lễ kỷ niệm 10 năm thành lập TP. Hạ Long.").events]
    assert labels[0].startswith("Lễ kỷ niệm 10 năm") and not labels[0].endswith(".")


def test_one_given_to_before_another_handing_over_presents_nothing():
    facts = facts_of(
        "Ngày 26/6, UBND thị xã Quảng Yên tổ chức lễ đón các vận động viên. Ông Lê Văn Hải trao Huân chương Lao động hạng Ba "
        "cho VĐV Nguyễn Thị Oanh và trao thưởng cho 6 vận động viên."
    )
    assert {(p.person, p.part) for p in facts.events[0].participants} == {("Lê Văn Hải", "presented_awards")}


def test_a_meeting_the_headline_names_takes_the_day_of_the_body_s_bare_meeting():
    def events(headline: str, body: str) -> list[tuple]:
        facts = article(f"{headline}\n{body}\nHạnh Dung\n")[1]
        return [(e.kind, e.date) for e in facts.events]

    body = "Chiều 22-3-2024, Hội đồng cấp tỉnh xét tặng danh hiệu “Nghệ nhân ưu tú” lần thứ 4 tổ chức phiên họp."
    assert events("Quảng Ninh: Hội đồng Thi đua - Khen thưởng tỉnh họp xét hồ sơ", body) == [("Meeting", dt.date(2024, 3, 22))]
    # negative: a meeting of its own day keeps it
    body2 = "Chiều 22-3-2024, Hội đồng Thi đua - Khen thưởng tỉnh Quảng Ninh họp xét hồ sơ khen thưởng."
    assert events("Quảng Ninh: Hội đồng Thi đua - Khen thưởng tỉnh họp xét hồ sơ", body2) == [("Meeting", dt.date(2024, 3, 22))]


def test_a_bare_handing_over_ceremony_hands_over_the_one_award_told_before_it():
    lead = "Ngày 2/9, Chủ tịch nước ký quyết định phong tặng danh hiệu Anh hùng Lao động cho 6 tập thể, cá nhân của thị xã. "
    then = "Ngày 20/9, UBND thị xã Quảng Yên tổ chức lễ trao tặng. Đồng chí Lê Văn Hải, Bí thư Thị ủy trao danh hiệu."
    facts = facts_of(lead + then)
    assert [(g.award, g.event, g.presenter) for g in facts.grants] == [("anh-hung-lao-dong", facts.events[0].key, "Lê Văn Hải")]
    # negative: of two awards told before, the bare ceremony names neither
    two = lead.replace("cá nhân của thị xã.", "cá nhân và Huân chương Lao động cho 2 tập thể.")
    facts = facts_of(two + then.replace("trao danh hiệu.", "phát biểu tại buổi lễ."))
    assert [(g.award, g.event) for g in facts.grants] == [("anh-hung-lao-dong", None), ("huan-chuong-lao-dong", None)]
    # (though a title handed over there names the one title of the two)
    facts = facts_of(two + then)
    assert [(g.award, g.event) for g in facts.grants] == [("anh-hung-lao-dong", "e1"), ("huan-chuong-lao-dong", None)]


def test_an_organiser_named_after_the_venue_with_its_members_listed_is_the_one_named_before_the_list():
    facts = facts_of(
        "Ngày 28/6/2024, tại UBND thị xã Quảng Yên, Cụm thi đua số 3 tỉnh Quảng Ninh gồm các huyện Tiên Yên, Bình Liêu, "
        "Ba Chẽ tổ chức hội nghị sơ kết công tác thi đua."
    )
    assert facts.events[0].organiser.name == "Cụm thi đua số 3 tỉnh Quảng Ninh"
    # negative: with no list, the body after the venue's phrases is still the last one
    facts = facts_of("Ngày 28/6/2024, tại Hội trường A, Trường B, Cụm thi đua số 3 tỉnh Quảng Ninh tổ chức hội nghị sơ kết.")
    assert facts.events[0].organiser.name == "Cụm thi đua số 3 tỉnh Quảng Ninh"


def test_an_organiser_named_after_the_venue_keeps_the_commas_of_its_name():
    facts = facts_of(
        "Tối 19/5/2022, tại Nhà hát Lớn Hà Nội, Bộ Văn hóa, Thể thao và Du lịch tổ chức Lễ trao tặng Giải thưởng Hồ Chí Minh "
        "với sự tham gia của 500 đại biểu."
    )
    [event] = facts.events
    assert (event.label, event.organiser.name) == ("Lễ trao tặng Giải thưởng Hồ Chí Minh", "Bộ Văn hóa, Thể thao và Du lịch")
    # a province's department, its place named after its name's comma (the phrase after the comma is no body of its own)
    for sentence, organiser in [
        (
            "Sáng 9/9/2024, tại Nhà văn hóa trung tâm tỉnh, Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ tổ chức Lễ trao "
            "tặng danh hiệu Nghệ nhân Ưu tú.",
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ",
        ),
        (
            "Chiều 3/3, tại hội trường tỉnh, Sở Lao động, Thương binh và Xã hội tỉnh Nam Định tổ chức Hội nghị tổng kết "
            "công tác thi đua, khen thưởng năm 2023.",
            "Sở Lao động - Thương binh và Xã hội tỉnh Nam Định",
        ),
        # (not joint organs, each its own phrase: the lead one holds it)
        (
            "Sáng 9/9/2024, tại Hội trường tỉnh, Tỉnh ủy, HĐND, UBND tỉnh Quảng Ninh tổ chức Hội nghị tổng kết công tác thi "
            "đua, khen thưởng.",
            "Tỉnh ủy Quảng Ninh",
        ),
    ]:
        assert [e.organiser.name for e in facts_of(sentence).events] == [organiser], sentence


def test_a_long_name_keeps_its_award_s_giver_and_ends_before_its_reason():
    def labels(sentence: str) -> list[str]:
        return [e.label for e in facts_of(sentence).events]

    assert labels(
        "Ngày 10/2/2022, UBND phường Hà Tu tổ chức Lễ đón nhận Bằng khen của Thủ tướng Chính phủ vì có thành tích xuất "
        "sắc trong phong trào xây dựng nông thôn mới giai đoạn 2019 - 2021 và phát triển kinh tế."
    ) == ["Lễ đón nhận Bằng khen của Thủ tướng Chính phủ"]
    # nor is 'đối với' ('with regard to'), one word
    assert labels(
        "Ngày 3/3/2022, UBND thị xã Quảng Yên tổ chức lễ đón nhận Quyết định của Bộ Văn hóa, Thể thao và Du lịch công nhận "
        "di sản văn hóa phi vật thể cấp quốc gia đối với lễ hội Tiên Công của thị xã Quảng Yên."
    ) == [
        "Lễ đón nhận Quyết định của Bộ Văn hóa, Thể thao và Du lịch công nhận di sản văn hóa phi vật thể cấp quốc gia "
        "đối với lễ hội Tiên Công"
    ]
    # a quoted movement's words are no place to cut
    assert labels(
        "Ngày 5/12/2022, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết 10 năm thực hiện phong trào thi đua “Cả nước "
        "chung tay vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2012 - 2022 trên địa bàn thị xã."
    ) == [
        "Hội nghị tổng kết 10 năm thực hiện phong trào thi đua “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2012 - 2022 trên địa bàn thị xã"
    ]


def test_a_commune_organises_by_its_committee_and_a_hamlet_by_no_committee_of_its_address():
    def organiser(sentence: str) -> str | None:
        facts = article(f"Vui ngày hội đại đoàn kết\n15/11/2024 09:00\n{sentence}\nTrần Thu Hương\n")[1]
        return facts.events[0].organiser.name if facts.events[0].organiser else None

    said = "tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024."
    assert organiser(f"Sáng 14/11, xã Hưng Đạo (huyện Tứ Kỳ) {said}") == "Ủy ban nhân dân xã Hưng Đạo"
    assert organiser(f"Sáng 14/11, phường Trần Phú, thành phố Hải Dương {said}") == "Ủy ban nhân dân phường Trần Phú"
    # a hamlet's festival is not its district's or its city's, nor its commune's: the hamlet's own
    assert organiser(f"Tối 14/11, Khu dân cư số 4, phường Hưng Phúc (TP Vinh) {said}") == "Khu dân cư số 4"
    assert organiser(f"Sáng 14/11, thôn Đông Hạ, xã Hưng Đạo {said}") == "thôn Đông Hạ"
    # a district alone still organises by its committee
    assert organiser(f"Sáng 14/11, huyện Tứ Kỳ {said}") == "Ủy ban nhân dân huyện Tứ Kỳ"


def test_a_headline_dated_by_the_lead_and_held_by_the_same_unit_is_the_leads_event():
    facts = article(
        "Hội nghị biểu dương gia đình chính sách tiêu biểu\n26/07/2023 09:00\n"
        "Sáng 25/7/2023, Huyện ủy, HĐND, UBND huyện Can Lộc tổ chức gặp mặt, biểu dương gia đình chính sách tiêu biểu.\n"
        "Dịp này, UBND huyện đã tặng Giấy khen cho 20 gia đình chính sách tiêu biểu.\nTrần Thu Hương\n"
    )[1]
    assert [(e.label, e.organiser.name) for e in facts.events] == [
        ("Gặp mặt, biểu dương gia đình chính sách tiêu biểu", "Huyện ủy Can Lộc")
    ]


def test_a_day_and_month_in_an_events_name_are_no_count_that_tells_it_apart():
    facts = article(
        "Trao tặng Huy hiệu 55 năm tuổi Đảng cho đảng viên\n04/02/2024 09:00\n"
        "Sáng 3/2/2024, Đảng ủy phường Quang Trung tổ chức Lễ trao Huy hiệu Đảng đợt 3/2 cho các đảng viên.\nTrần Thu Hương\n"
    )[1]
    assert [e.label for e in facts.events] == ["Lễ trao Huy hiệu Đảng đợt 3/2 cho các đảng viên"]
    # two rounds counted apart stay two events
    facts = article(
        "Trao danh hiệu Bà mẹ Việt Nam anh hùng\n04/02/2024 09:00\n"
        "Sáng 3/2/2024, huyện tổ chức Lễ truy tặng danh hiệu cho 12 mẹ. Chiều 3/2/2024, thành phố tổ chức Lễ truy tặng danh hiệu cho 31 mẹ.\n"
        "Trần Thu Hương\n"
    )[1]
    labels = [e.label for e in facts.events]
    assert "Lễ truy tặng danh hiệu cho 12 mẹ" in labels and "Lễ truy tặng danh hiệu cho 31 mẹ" in labels


def test_the_articles_commune_written_with_a_word_in_lower_case_keeps_its_whole_name():
    def organiser(sentence: str) -> str:
        facts = article(f"Xã Hồng Phong (thị xã Đông Triều) tổng kết thi đua năm 2014\n15/02/2015 09:00\n{sentence}\nTrần Thu Hương\n")[1]
        return facts.events[0].organiser.name

    said = "Sáng 14/02/2015, Hội đồng thi đua khen thưởng xã {} tổ chức Hội nghị tổng kết công tác năm 2014."
    assert organiser(said.format("Hồng phong")) == "Hội đồng Thi đua - Khen thưởng xã Hồng Phong"
    # another commune's name is read as written
    assert organiser(said.format("Hồng Thái Tây")) == "Hội đồng Thi đua - Khen thưởng xã Hồng Thái Tây"


def test_a_state_farm_s_township_keeps_its_whole_name_and_places_the_article():
    doc, facts = article(
        "Tin tổng hợp\n14/04/2025 09:00\nSáng 12/4, Đảng ủy thị trấn Nông trường Mộc Châu tổ chức lễ phát động thi đua.\nTrần Thu Hương\n"
    )
    assert facts.events[0].organiser.name == "Đảng ủy thị trấn Nông trường Mộc Châu"
    assert (doc.place.province.name, doc.place.district.name) == ("Sơn La", "Mộc Châu")
    # negative: a farm in lower case after an ordinary commune's name is not part of it
    facts = article(
        "Tin tổng hợp\n14/04/2025 09:00\nSáng 12/4, UBND xã Chiềng Sơn tổ chức lễ khánh thành nông trường bò sữa.\nTrần Thu Hương\n"
    )[1]
    assert facts.events[0].organiser.name == "Ủy ban nhân dân xã Chiềng Sơn"


def test_a_hamlet_named_like_a_district_places_no_article_and_receives_what_its_board_holds_a_ceremony_for():
    doc, facts = article(
        "Ấp Phú Hòa đón nhận danh hiệu “Ấp văn hóa”\n12/10/2023 09:00\nSáng 11/10, Ban Nhân dân ấp Phú Hòa (xã Phú Thạnh) tổ "
        "chức Ngày hội Đại đoàn kết và đón nhận danh hiệu “Ấp văn hóa” giai đoạn 2021-2023.\nTrần Thu Hương\n"
    )
    assert doc.place.district is None  # (not the district of Phú Hòa, Phú Yên)
    assert facts.events[0].organiser.name == "Ban nhân dân ấp Phú Hòa"
    # the board that holds the ceremony receives; it gives itself nothing
    assert [(g.award, g.conferrer) for g in facts.grants] == [("thon-to-dan-pho-van-hoa", None)]
    # negative: the district named bare, with no hamlet's word before it, still places the article
    doc, _ = article("Phú Hòa đón nhận danh hiệu\n12/10/2023 09:00\nSáng 11/10, huyện tổ chức lễ kỷ niệm.\nTrần Thu Hương\n")
    assert doc.place.district is not None and doc.place.district.name == "Phú Hòa"


def test_a_commune_named_like_a_province_or_district_places_neither():
    # 'xã Hòa Bình' names a commune, not the province of Hòa Bình; 'xã Tân Phước' (of several districts) no district
    doc, facts = article(
        "Lễ truy tặng danh hiệu\n27/07/2024 09:00\nSáng 26/7, tại xã Hòa Bình, Bộ CHQS tỉnh tổ chức lễ truy tặng danh hiệu "
        "cho liệt sĩ. Đại tá Hà Văn Phúc, Chỉ huy trưởng Bộ CHQS tỉnh, trao danh hiệu.\nTrung Kiên\n"
    )
    assert doc.place.province is None
    assert facts.events[0].organiser.name == "Bộ Chỉ huy Quân sự tỉnh"
    doc, facts = article(
        "Xã Tân Phước tổng kết thi đua\n05/06/2025 09:00\nNgày 4/6, UBND xã Tân Phước tổ chức hội nghị tổng kết. "
        "Dự có ông Phạm Văn Út, Phó Chủ tịch UBND huyện.\nNgọc Hân\n"
    )
    assert doc.place.district is None
    assert [p.org.name for p in facts.people[0].posts] == ["Ủy ban nhân dân huyện"]
    # negative: the province named bare, with no commune's word before it, still places the article
    doc, _ = article(
        "Tin tổng hợp\n27/07/2024 09:00\nSáng 26/7, Bộ CHQS tỉnh tổ chức lễ tại Hòa Bình. Lực lượng vũ trang Hòa Bình dự.\nTrung Kiên\n"
    )
    assert doc.place.province is not None and doc.place.province.name == "Hòa Bình"


def test_a_venue_before_the_verb_is_no_organiser():
    def organiser(sentence: str) -> str | None:
        facts = article(f"Tin tổng hợp ngày 16/1/2024\n16/01/2024 09:00\n{sentence}\nTrần Thu Hương\n")[1]
        return facts.events[0].organiser.name if facts.events[0].organiser else None

    assert organiser("Sáng 15/1/2024, tại Hội trường UBND tỉnh Đắk Lắk đã diễn ra Lễ mít tinh kỷ niệm 70 năm Ngày truyền thống.") is None
    # a body after the venue and a comma organises
    assert organiser("Sáng 15/1/2024, tại Hội trường A, Học viện Ngân hàng tổ chức Lễ mít tinh kỷ niệm.") == "Học viện Ngân hàng"
    # the hour before the day ('Vào lúc 8 giờ 00 ngày ...', '14h00 ngày ...', '7g30 sáng ...'): the venue after it still no organiser
    for hour in ("Vào lúc 8 giờ 00 ngày 15 tháng 01 năm 2024", "Lúc 8 giờ ngày 15/1/2024", "14h00 ngày 15/1/2024", "7g30 sáng 15/1/2024"):
        told = f"{hour}, tại Hội trường UBND tỉnh Đắk Lắk, Sở Nội vụ tỉnh Đắk Lắk tổ chức hội nghị tổng kết công tác năm 2023."
        assert organiser(told) == "Sở Nội vụ tỉnh Đắk Lắk", hour
    # negative: with no body after the venue, the hour leaves it a venue still
    assert organiser("Lúc 8 giờ ngày 15/1/2024, tại Hội trường UBND tỉnh Đắk Lắk đã diễn ra Lễ mít tinh kỷ niệm.") is None


def test_a_battles_name_places_no_article():
    def organiser(sentence: str) -> str:
        return article(f"Tin tổng hợp ngày 16/1/2024\n16/01/2024 09:00\n{sentence}\nTrần Thu Hương\n")[1].events[0].organiser.name

    assert organiser("Sáng 15/1/2024, UBND tỉnh tổ chức Lễ mít tinh kỷ niệm 70 năm Chiến thắng Điện Biên Phủ.") == "Ủy ban nhân dân tỉnh"
    # the paper's mark in the dateline still places it
    assert organiser("(Báo Điện Biên Phủ) - Sáng 15/1/2024, UBND tỉnh tổ chức Hội nghị tổng kết.") == "Ủy ban nhân dân tỉnh Điện Biên"
    # (nor does a war's theatre a veteran fought in)
    for fought in ("chiến đấu tại chiến trường Quảng Trị", "chiến đấu ở mặt trận Tây Ninh"):
        facts = article(
            f"Người thương binh làm kinh tế giỏi\n27/07/2024 09:00\nÔng Lê Văn Ba nhập ngũ năm 1970, {fought}. Năm 2024, "
            "ông được Chủ tịch UBND tỉnh tặng Bằng khen.\nTrần Thu Hương\n"
        )[1]
        assert [_label(g.conferrer) for g in facts.grants] == ["Chủ tịch Ủy ban nhân dân tỉnh"], fought


def test_a_captions_receiving_under_the_ceremony_told_is_a_moment_of_it():
    text = (
        "Liên đoàn Lao động tỉnh nhận Huân chương Độc lập hạng Nhất\n29/07/2014 09:00\n"
        "Ngày 28/7/2014, Liên đoàn Lao động tỉnh Quảng Trị tổ chức lễ đón nhận Huân chương Độc lập hạng Nhất.\n\n"
        "Liên đoàn Lao động tỉnh Quảng Trị vinh dự đón nhận danh hiệu cao quý do Đảng và Nhà nước trao tặng\n\n"
        "Ông Lê Bá Nguyên đã trao Huân chương Độc lập hạng Nhất cho Liên đoàn.\nTrần Thu Hương\n"
    )
    doc, facts = article(text)
    assert any(s.is_caption for s in doc.sentences)
    assert [e.label for e in facts.events] == ["Lễ đón nhận Huân chương Độc lập hạng Nhất"]


def _parts_after(lead: str, sentence: str) -> list[tuple[str, str]]:
    """The parts people take in the article's one event, told in `lead`, as a paragraph of its own after it says."""
    facts = article(f"{lead}\n\n{sentence}\nTrần Thu Hương\n")[1]
    return [(p.person, p.part) for p in facts.events[0].participants]


def test_who_chairs_a_sitting_told_in_a_paragraph_of_its_own_presided_over_it():
    def parts(sentence: str) -> list[tuple[str, str]]:
        lead = (
            "Hội đồng Thi đua - Khen thưởng tỉnh Hậu Giang họp xét khen thưởng\n23/05/2024 09:00\nChiều 22/5/2024, Hội đồng "
            "Thi đua - Khen thưởng tỉnh Hậu Giang tổ chức phiên họp lần thứ hai năm 2024."
        )
        return _parts_after(lead, sentence)

    assert parts("Ông Nguyễn Văn Hòa, Chủ tịch UBND tỉnh chủ trì phiên họp.") == [("Nguyễn Văn Hòa", "presided")]
    assert parts("Chủ trì phiên họp có ông Nguyễn Văn Hòa, Chủ tịch UBND tỉnh.") == [("Nguyễn Văn Hòa", "presided")]
    # one who chairs something else does not take part in the sitting
    assert parts("Ông Nguyễn Văn Hòa, Chủ tịch UBND tỉnh chủ trì Đoàn công tác của tỉnh.") == []
    # nor with no object said: in an article about one sitting, the one who chairs chairs it
    assert parts("Chủ tịch UBND tỉnh Nguyễn Văn Hòa chủ trì.") == [("Nguyễn Văn Hòa", "presided")]
    assert parts("Ông Nguyễn Văn Hòa, Chủ tịch UBND tỉnh chủ trì. Các thành viên Hội đồng đã thảo luận.") == [
        ("Nguyễn Văn Hòa", "presided")
    ]


def test_who_chairs_a_congress_told_in_a_paragraph_of_its_own_presided_over_it():
    def parts(sentence: str) -> list[tuple[str, str]]:
        lead = (
            "Đại hội Thi đua yêu nước Công an tỉnh lần thứ V\n28/06/2024 09:00\nNgày 27/6/2024, Công an tỉnh Hậu Giang tổ chức "
            "Đại hội Thi đua yêu nước lần thứ V."
        )
        return _parts_after(lead, sentence)

    assert parts("Đại tá Nguyễn Văn Hòa, Giám đốc Công an tỉnh chủ trì Đại hội.") == [("Nguyễn Văn Hòa", "presided")]
    assert parts("Thay mặt Đoàn Chủ tịch, Đại tá Nguyễn Văn Hòa chủ trì đại hội.") == [("Nguyễn Văn Hòa", "presided")]
    # negative: one who chairs another body's business takes no part
    assert parts("Đại tá Nguyễn Văn Hòa, Giám đốc Công an tỉnh chủ trì Đoàn công tác của tỉnh.") == []


def test_a_district_two_provinces_share_is_read_in_the_province_named_bare():
    facts = article(
        "Tuyên dương 10 gương thanh niên tiêu biểu huyện Bảo Lâm\n27/03/2024 09:00\n"
        "Sáng 26/3, Huyện đoàn Bảo Lâm (Cao Bằng) tổ chức Lễ kỷ niệm 93 năm Ngày thành lập Đoàn.\nTrần Thu Hương\n"
    )[1]
    assert facts.events[0].organiser.name == "Huyện đoàn Bảo Lâm"
    doc = article(
        "Tuyên dương thanh niên tiêu biểu huyện Bảo Lâm\n27/03/2024 09:00\nSáng 26/3, Huyện đoàn (Cao Bằng) tổ chức Lễ kỷ niệm.\nA B\n"
    )[0]
    assert (doc.place.province.name, doc.place.district.name, doc.place.district.parent) == ("Cao Bằng", "Bảo Lâm", doc.place.province.code)


def test_a_handing_over_headline_over_a_body_telling_one_event_where_its_award_was_given_is_that_event():
    facts = article(
        'Trao danh hiệu "Gia đình văn hóa tiêu biểu" năm 2024\n11/12/2024 09:00\n'
        "Ngày 10/12/2024, UBND phường Bến Thành tổ chức Hội nghị tổng kết phong trào xây dựng đời sống văn hóa năm 2024.\n\n"
        'UBND phường đã trao giấy công nhận "Gia đình văn hóa tiêu biểu" cho 50 hộ gia đình.\nTrần Thu Hương\n'
    )[1]
    assert [e.kind for e in facts.events] == ["Conference"]
    # given on a day of its own, it was not: the headline's ceremony stands
    facts = article(
        'Trao danh hiệu "Gia đình văn hóa tiêu biểu" năm 2024\n11/12/2024 09:00\n'
        "Ngày 10/12/2024, UBND phường Bến Thành tổ chức Hội nghị tổng kết phong trào xây dựng đời sống văn hóa năm 2024.\n\n"
        'Ngày 5/12, UBND phường đã trao giấy công nhận "Gia đình văn hóa tiêu biểu" cho 50 hộ gia đình.\nTrần Thu Hương\n'
    )[1]
    assert sorted(e.kind for e in facts.events) == ["Ceremony", "Conference"]


def test_a_campaign_told_shorter_in_the_headline_is_the_one_the_lead_names_in_full():
    _, facts = article(
        'Xã Tân Mỹ tổng kết phong trào "Cả nước chung tay vì người nghèo"\n15/01/2023 10:00\n'
        'Ngày 10/1, UBND xã Tân Mỹ tổng kết phong trào "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía '
        'sau" giai đoạn 2021 - 2022.\nĐào Thu Hà\n'
    )
    assert [(c.name, c.aliases) for c in facts.campaigns] == [
        ("Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", ["Cả nước chung tay vì người nghèo"])
    ]
    # two campaigns that open alike but are not one told shorter stay two
    names = campaigns_of(
        'Xã đẩy mạnh phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" và phong trào "Toàn dân đoàn kết xây dựng '
        'nông thôn mới, đô thị văn minh".'
    )
    assert len(names) == 2


def test_a_campaign_told_by_the_first_part_of_its_name_however_short_is_that_campaign():
    _, facts = article(
        'Nhiều tập thể được khen thưởng trong phong trào thi đua "Xanh - Sạch - Đẹp"\n15/01/2023 10:00\n'
        'Ngày 10/1, Liên đoàn Lao động tỉnh tổng kết phong trào thi đua "Xanh - Sạch - Đẹp, Bảo đảm an toàn vệ sinh lao '
        'động" giai đoạn 2016-2021.\nĐào Thu Hà\n'
    )
    assert [(c.name, c.aliases) for c in facts.campaigns] == [
        ("Xanh - Sạch - Đẹp, Bảo đảm an toàn vệ sinh lao động", ["Xanh - Sạch - Đẹp"])
    ]
    # another wording: a drive, its first part told after its full name in one sentence
    names = campaigns_of('Xã hưởng ứng cuộc vận động "Ngày vì người nghèo, Tết vì người nghèo" và "Ngày vì người nghèo".')
    assert list(names) == ["Ngày vì người nghèo, Tết vì người nghèo"]
    # negative: a short name that is not the first part of the other, nor its words in order, stays apart
    names = campaigns_of('Xã đẩy mạnh phong trào "Xanh - Sạch - Đẹp" và phong trào "Sáng - Xanh - Sạch - Đẹp, an toàn".')
    assert len(names) == 2


def test_in_an_article_about_one_event_who_launches_a_drive_told_apart_launched_it_there():
    facts = facts_of(
        "Sáng 2/4, UBND thị xã Quảng Yên tổ chức Lễ ra quân đợt thi đua cao điểm 100 ngày đêm.\n"
        "Dự lễ ra quân có đồng chí Phạm Văn Nam, Bí thư Thị ủy.\n"
        "Năm nay, thị xã đặt mục tiêu hoàn thành 20 công trình.\n"
        "Chủ tịch UBND thị xã Lê Thu Hà phát động đợt thi đua và kêu gọi nhân dân hưởng ứng."
    )
    assert {(p.person, p.part) for p in facts.events[0].participants} == {("Phạm Văn Nam", "attended"), ("Lê Thu Hà", "launched")}
    # where the article tells two events, one launching apart is not placed at either
    facts = facts_of(
        "Sáng 2/4, UBND thị xã Quảng Yên tổ chức Lễ ra quân đợt thi đua. Chiều cùng ngày, thị xã tổ chức Hội nghị cán bộ.\n"
        "Năm nay, thị xã đặt mục tiêu hoàn thành 20 công trình.\n"
        "Chủ tịch UBND thị xã Lê Thu Hà phát động đợt thi đua và kêu gọi nhân dân hưởng ứng."
    )
    assert all(p.person != "Lê Thu Hà" for e in facts.events for p in e.participants)


def test_receiving_an_award_named_by_its_form_alone_is_no_ceremony_of_its_own():
    facts = facts_of(
        "Ngày 22/12, Ban Chỉ huy Quân sự thị xã Quảng Yên tổ chức Lễ công bố Quyết định truy tặng danh hiệu Anh hùng Lực "
        "lượng vũ trang nhân dân cho liệt sĩ Vũ Văn Tình.\\nÔng Vũ Văn Hòa, em trai liệt sĩ, đã thay mặt gia đình đón nhận "
        "danh hiệu cao quý này."
    )
    assert len(facts.events) == 1
    # an award named in full is received at a ceremony of its own
    facts = facts_of("Ngày 22/12, phường Yên Giang đón nhận Huân chương Lao động hạng Ba.")
    assert [e.label for e in facts.events] == ["Lễ đón nhận Huân chương Lao động hạng Ba"]


def test_the_hands_an_award_was_received_from_are_no_part_of_what_was_received():
    lead = "Ngày 26/7/2023, UBND thị xã Quảng Yên tổ chức Lễ truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 5 mẹ. "
    for received in (
        "Đại diện gia đình các mẹ đã đón nhận danh hiệu từ tay lãnh đạo thị xã.",
        "Thân nhân các mẹ xúc động đón nhận danh hiệu cao quý từ tay của Phó Chủ tịch UBND thị xã.",
    ):
        assert [e.label for e in facts_of(lead + received).events] == ["Lễ truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 5 mẹ"], received
    # negative: an award named in full received from one's hands is a ceremony of its own, named without them
    facts = facts_of("Sáng 3/9/2023, phường Yên Giang đón nhận Huân chương Lao động hạng Ba từ tay Phó Chủ tịch UBND tỉnh.")
    assert [e.label for e in facts.events] == ["Lễ đón nhận Huân chương Lao động hạng Ba"]


def test_a_meeting_that_honours_told_with_a_comma_is_one_event():
    facts = facts_of("Tối 20/11, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh tổ chức gặp mặt, tôn vinh 15 nhà khoa học tiêu biểu.")
    assert [(e.label, e.organiser.name if e.organiser else None) for e in facts.events] == [
        ("Gặp mặt, tôn vinh 15 nhà khoa học tiêu biểu", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ninh")
    ]
    # a conference's name still ends before what it honours after a comma
    facts = facts_of("Ngày 5/1, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết năm 2022, tôn vinh 20 điển hình.")
    assert [e.label for e in facts.events] == ["Hội nghị tổng kết năm 2022"]


def test_in_an_article_about_one_event_who_attends_in_a_sentence_of_their_own_attended_it():
    def parts(then: str) -> set[tuple[str, str]]:
        facts = facts_of("Sáng 18/5, Thị ủy Quảng Yên tổ chức Lễ tuyên dương 50 đảng viên trẻ.\\nNăm nay có nhiều gương mới.\\n" + then)
        return {(p.person, p.part) for p in facts.events[0].participants}

    assert ("Lê Văn Hiệu", "attended") in parts("Đồng chí Lê Văn Hiệu, Phó Bí thư Tỉnh ủy dự và trao Giấy chứng nhận cho các đảng viên.")
    assert parts("Đồng chí Lê Văn Hiệu, Phó Bí thư Tỉnh ủy về dự.") == {("Lê Văn Hiệu", "attended")}
    # honoured ('vinh dự'), or a plan ('dự kiến'), is no attending (saying so there is speaking)
    assert parts("Ông Vũ Văn Mạnh, Chủ tịch Hội Doanh nhân bày tỏ niềm vinh dự và cảm ơn.") == {("Vũ Văn Mạnh", "spoke")}
    assert parts("Ông Vũ Văn Mạnh, Chủ tịch Hội Doanh nhân cảm thấy vinh dự.") == set()
    assert parts("Ông Vũ Văn Mạnh, Chủ tịch Hội Doanh nhân cho biết dự kiến năm tới sẽ kết nạp 20 hội viên.") == set()
    # the address read at a rally or an anniversary is a speech (reading a decision out is none)
    assert parts("Ông Quàng Văn Bình, Bí thư Huyện ủy đọc diễn văn ôn lại truyền thống.") == {("Quàng Văn Bình", "spoke")}
    assert parts("Ông Quàng Văn Bình, Chánh Văn phòng Huyện ủy đọc quyết định khen thưởng.") == set()


def test_festivals_rallies_and_a_day_s_festival_told_before_their_verb_are_events():
    facts = facts_of("Sáng 19/5, Thị ủy Quảng Yên tổ chức Mít tinh kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh.")
    assert [(e.kind, e.label) for e in facts.events] == [("Ceremony", "Mít tinh kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh")]
    facts = facts_of("Ngày 5/5, Liên hoan các mô hình Dân vận khéo thị xã Quảng Yên lần thứ nhất được tổ chức tại phường Yên Giang.")
    assert [e.label for e in facts.events] == ["Liên hoan các mô hình Dân vận khéo thị xã Quảng Yên lần thứ nhất"]
    facts = facts_of("Sáng 12/11, Ngày hội Đại đoàn kết toàn dân tộc khu phố 3 đã diễn ra sôi nổi.")
    assert [e.label for e in facts.events] == ["Ngày hội Đại đoàn kết toàn dân tộc khu phố 3"]
    # a festival to come is none
    assert facts_of("Liên hoan các mô hình Dân vận khéo sẽ được tổ chức vào tháng 9.").events == []


def test_a_figure_of_history_named_in_a_speech_takes_no_part_in_the_event():
    facts = facts_of(
        "Tối 28/6, UBND thị xã Quảng Yên tổ chức Lễ tuyên dương gia đình văn hóa tiêu biểu. Ông Lê Văn Hải, Phó Chủ tịch "
        "UBND thị xã nhấn mạnh, sinh thời, Chủ tịch Hồ Chí Minh luôn quan tâm đến gia đình."
    )
    assert {p.person for p in facts.events[0].participants} == {"Lê Văn Hải"}


def test_the_body_where_an_event_was_held_is_its_venue_not_its_organiser():
    [event] = facts_of("Sáng 9/10, tại Nhà văn hóa huyện, UBND thị xã Quảng Yên tổ chức Lễ tuyên dương 30 gia đình tiêu biểu.").events
    assert event.organiser.name == "Ủy ban nhân dân thị xã Quảng Yên"
    # (after a dateline too)
    [event] = facts_of(
        "QUẢNG NINH - Sáng 9/10, tại Trường THPT Bạch Đằng, Thị đoàn Quảng Yên long trọng tổ chức Lễ tuyên dương 30 đoàn viên."
    ).events
    assert event.organiser.name == "Thị đoàn Quảng Yên"
    # a body that holds it at its own place is its organiser still
    [event] = facts_of("Sáng 9/10, Trường THPT Bạch Đằng tổ chức Lễ tuyên dương 30 học sinh tiêu biểu tại hội trường nhà trường.").events
    assert event.organiser.name == "Trường THPT Bạch Đằng"


def test_a_hospital_or_a_school_an_event_was_held_at_is_its_venue():
    [event] = facts_of("Sáng 19/1, tại Bệnh viện Bạch Mai, Khối thi đua các bệnh viện tổ chức Hội nghị tổng kết năm 2024.").events
    assert (event.place, event.organiser.name if event.organiser else None)[0] == "Bệnh viện Bạch Mai"
    [event] = facts_of("Sáng 9/10, tại Trường THPT Bạch Đằng, Thị đoàn Quảng Yên tổ chức Lễ tuyên dương 30 đoàn viên.").events
    assert (event.place, event.organiser.name) == ("Trường THPT Bạch Đằng", "Thị đoàn Quảng Yên")


def test_a_ceremony_named_by_what_was_done_is_held_at_the_venue_its_sentence_names():
    [event] = facts_of(
        "Chiều 17/4, tại Hội trường UBND thị xã, Thị đoàn Quảng Yên tổ chức buổi gặp mặt các điển hình tiên tiến năm 2022."
    ).events
    assert (event.label, event.place) == ("Gặp mặt các điển hình tiên tiến năm 2022", "Hội trường Ủy ban nhân dân thị xã")
    # negative: none named, none read
    [event] = facts_of("Chiều 17/4, Thị đoàn Quảng Yên tổ chức buổi gặp mặt các điển hình tiên tiến năm 2022.").events
    assert event.place is None


def test_a_ceremony_named_by_what_was_done_on_the_day_told_before_is_a_second_event():
    lead = "Sáng 12/1, Hội Cựu chiến binh thị xã Quảng Yên tổ chức Hội nghị tổng kết công tác Hội năm 2022. "
    facts = facts_of(lead + "Chiều cùng ngày, Hội Khuyến học thị xã tổ chức tuyên dương 60 học sinh nghèo vượt khó.")
    assert [(e.label, e.date) for e in facts.events] == [
        ("Hội nghị tổng kết công tác Hội năm 2022", dt.date(2023, 1, 12)),
        ("Tuyên dương 60 học sinh nghèo vượt khó", dt.date(2023, 1, 12)),
    ]
    # on the occasion told before, what was done is no event of its own
    facts = facts_of(lead + "Nhân dịp này, Hội Khuyến học thị xã tổ chức tuyên dương 60 học sinh nghèo vượt khó.")
    assert [e.label for e in facts.events] == ["Hội nghị tổng kết công tác Hội năm 2022"]


def test_a_place_s_organs_holding_an_event_jointly_after_its_venue_the_first_leads():
    [event] = facts_of(
        "Tối 1/9, tại Cung Văn hóa, Thị ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam thị xã Quảng Yên tổ chức Lễ tuyên dương 30 gia đình tiêu biểu."
    ).events
    assert event.organiser.name == "Thị ủy Quảng Yên"
    # a venue whose name has a comma: the last phrase holds it
    [event] = facts_of(
        "Sáng 5/3, tại Hội trường A, Trường Chính trị tỉnh, Thị đoàn Quảng Yên đã tổ chức Hội nghị tổng kết công tác Đoàn."
    ).events
    assert event.organiser.name == "Thị đoàn Quảng Yên"


def test_a_day_in_words_opens_a_clause_before_its_venue_and_organisers():
    # 'ngày 15 tháng 1 năm 2024' is a time lead as '15/1/2024' is: the venue after it is no organiser
    [event] = facts_of(
        "Sáng ngày 15 tháng 1 năm 2023, tại Hội trường UBND thị xã, Thị ủy, HĐND, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết."
    ).events
    assert (event.organiser.name, event.date) == ("Thị ủy Quảng Yên", dt.date(2023, 1, 15))
    [event] = facts_of("Ngày 15 tháng 1, tại Nhà văn hóa phường, Thị đoàn Quảng Yên tổ chức Hội nghị tổng kết công tác Đoàn.").events
    assert event.organiser.name == "Thị đoàn Quảng Yên"
    # 'Vào chiều 12/11,': a day after 'vào' opens a clause as the day alone does
    [event] = facts_of(
        "Vào chiều 12/1, tại Hội trường Trung tâm Chính trị thị xã, Thị ủy Quảng Yên tổ chức Hội nghị sơ kết Chỉ thị 05."
    ).events
    assert (event.organiser.name, event.date) == ("Thị ủy Quảng Yên", dt.date(2023, 1, 12))
    # and with no venue, the body that opens the clause after the day in words leads
    [event] = facts_of("Sáng ngày 15 tháng 1 năm 2023, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết công tác năm 2022.").events
    assert event.organiser.name == "Ủy ban nhân dân thị xã Quảng Yên"


def test_a_plan_in_a_body_s_name_plans_nothing():
    [event] = facts_of("Ngày 6/5, Cục Thống kê tỉnh (Bộ Kế hoạch và Đầu tư) tổ chức Lễ kỷ niệm 75 năm Ngày truyền thống.").events
    assert event.label == "Lễ kỷ niệm 75 năm Ngày truyền thống"
    [event] = facts_of("Ngày 6/5, Phòng Tài chính - Kế hoạch thị xã tổ chức Hội nghị tổng kết công tác năm 2022.").events
    assert event.label == "Hội nghị tổng kết công tác năm 2022"
    # a plan to hold one is none
    assert facts_of("Ngày 6/5, UBND thị xã Quảng Yên có kế hoạch tổ chức Hội nghị tổng kết công tác năm 2022.").events == []


def test_a_unit_no_body_rule_reads_receiving_an_award_holds_its_ceremony():
    [event] = facts_of("Ngày 5/3, Mobifone Quảng Ninh vinh dự đón nhận Huân chương Lao động hạng Ba.").events
    assert event.organiser.name == "Mobifone Quảng Ninh"
    # a state group's branch, by its brand and its province, is read as its branch
    [event] = facts_of("Ngày 5/3, Viettel Quảng Ninh vinh dự đón nhận Huân chương Lao động hạng Ba.").events
    assert event.organiser.name == "Viettel chi nhánh tỉnh Quảng Ninh"
    # a place receiving: its People's Committee holds it
    [event] = facts_of("Ngày 5/3, thị xã Quảng Yên vinh dự đón nhận Huân chương Lao động hạng Nhì.").events
    assert event.organiser.name == "Ủy ban nhân dân thị xã Quảng Yên"


def test_a_list_its_subject_opens_with_a_colon_is_part_of_the_organiser_s_name():
    facts = facts_of(
        "Ngày 27/12/2022, Cụm thi đua số 3 gồm các huyện: Tiên Yên, Bình Liêu, Đầm Hà tổ chức Hội nghị tổng kết công tác thi đua năm 2022."
    )
    assert [e.organiser.name if e.organiser else None for e in facts.events] == ["Cụm thi đua số 3 tỉnh Quảng Ninh"]
    facts = facts_of(
        "Ngày 27/12/2022, Khối thi đua các cơ quan Đảng gồm: Ban Tổ chức, Ban Tuyên giáo tổ chức Hội nghị tổng kết công tác thi đua năm 2022."
    )
    assert [e.organiser.name if e.organiser else None for e in facts.events] == ["Khối thi đua các cơ quan Đảng tỉnh Quảng Ninh"]
    # a colon that opens no list inside the subject still ends the clause before it
    facts = facts_of("Kết quả: ngày 27/12/2022, UBND huyện Tiên Yên tổ chức Hội nghị tổng kết công tác thi đua năm 2022.")
    assert [e.organiser.name if e.organiser else None for e in facts.events] == ["Ủy ban nhân dân huyện Tiên Yên"]


def test_a_bloc_is_not_named_by_the_year_after_its_word():
    facts = facts_of(
        "Ngày 27/12/2022, Cụm thi đua số 3 tổ chức hội nghị. Huyện Tiên Yên là đơn vị dẫn đầu Cụm thi đua năm 2022, được "
        "đề nghị UBND tỉnh tặng Cờ thi đua."
    )
    assert "Cụm thi đua năm 2022 tỉnh Quảng Ninh" not in facts.organisations


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Ngày 12 tháng Giêng năm 2023, UBND thị xã Quảng Yên tổ chức Lễ hội.", None),  # a lunar month, by its name
        ("Ngày 12 tháng Một năm 2023, UBND thị xã Quảng Yên tổ chức Hội nghị tuyên dương điển hình.", dt.date(2023, 1, 12)),
        ("Ngày 5 tháng Mười hai năm 2022, UBND thị xã Quảng Yên tổ chức Hội nghị tuyên dương điển hình.", dt.date(2022, 12, 5)),
        ("Sáng mùng 3/1, UBND thị xã Quảng Yên tổ chức Hội nghị tuyên dương điển hình.", dt.date(2023, 1, 3)),
        ("Ngày 10/1 âm lịch, UBND thị xã Quảng Yên tổ chức Lễ hội đền Cửa Ông.", None),
    ],
)
def test_a_month_in_words_and_a_day_after_mung_date_an_event_but_the_lunar_calendar_does_not(sentence, date):
    assert facts_of(sentence).events[0].date == date


def test_a_venue_that_names_an_organ_keeps_it_in_full():
    events = facts_of("Sáng 12/1/2023, tại Hội trường UBND phường Cộng Hòa đã diễn ra Hội nghị tổng kết công tác thi đua năm 2022.").events
    assert [e.place for e in events] == ["Hội trường Ủy ban nhân dân phường Cộng Hòa"]
    # the organiser named after the venue is no part of it
    events = facts_of(
        "Sáng 12/1/2023, tại Hội trường thị xã, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết công tác thi đua năm 2022."
    ).events
    assert [(e.place, e.organiser.name) for e in events] == [("Hội trường thị xã", "Ủy ban nhân dân thị xã Quảng Yên")]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Sáng 12/1/2023, UBND thị xã Quảng Yên tổ chức Lễ kỷ niệm 60 năm thành lập thị xã tại Nhà hát Ca múa nhạc tỉnh.",
            "Nhà hát Ca múa nhạc tỉnh",
        ),
        (
            "Sáng 12/1/2023, tại Phòng họp B2.05, Trung tâm Hội nghị tỉnh, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết.",
            "Phòng họp B2.05",
        ),
        ("Sáng 12/1/2023, tại Hội trường 2.01 UBND thị xã tổ chức Hội nghị tổng kết công tác thi đua năm 2022.", "Hội trường 2.01"),
        ("Ngày 12/1/2023, tại phường Yên Giang Cụm trưởng cụm thi đua số 2 đã tổ chức Hội nghị tổng kết.", "phường Yên Giang"),
    ],
)
def test_a_venue_s_name_keeps_its_room_number_and_ends_before_a_title(sentence, place):
    assert [e.place for e in facts_of(sentence).events] == [place]


def test_a_body_reviewing_its_work_on_a_day_is_a_meeting_told_by_its_verb():
    for told, label, organiser in (
        (
            "Ngày 12/1, Trung tâm Y tế thị xã Quảng Yên tổng kết công tác dân số năm 2022.",
            "Tổng kết công tác dân số năm 2022",
            "Trung tâm Y tế thị xã Quảng Yên",
        ),
        (
            "Sáng 12/1, Hội Nông dân thị xã Quảng Yên đã sơ kết phong trào nông dân sản xuất giỏi.",
            "Sơ kết phong trào nông dân sản xuất giỏi",
            "Hội Nông dân thị xã Quảng Yên",
        ),
        (  # (the verb that says it was carried out before it)
            "Ngày 12/1, UBND thị xã Quảng Yên tiến hành tổng kết 10 năm thực hiện Chỉ thị 39.",
            "Tổng kết 10 năm thực hiện Chỉ thị 39",
            "Ủy ban nhân dân thị xã Quảng Yên",
        ),
    ):
        [event] = facts_of(told + " Bà Lê Thị Hoa chủ trì hội nghị.").events
        assert (event.kind, event.date, event.label, event.organiser.name) == ("Conference", dt.date(2023, 1, 12), label, organiser)
    # undated, out of the lead, it reviews nothing held: 'Năm 2022, UBND thị xã đã tổng kết 10 năm ...' in a report
    facts = facts_of(
        "Ngày 12/1, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết phong trào thi đua năm 2022. Trong năm, UBND thị xã đã tổng kết"
        " công tác cải cách hành chính giai đoạn 2016 - 2020."
    )
    assert [e.label for e in facts.events] == ["Hội nghị tổng kết phong trào thi đua năm 2022"]


def test_bodies_gathering_people_on_a_day_is_a_ceremony_told_by_its_verb_held_by_the_lead_body():
    for told, label in (
        ("Tối 12/10, Thị ủy - UBND thị xã Quảng Yên họp mặt các doanh nghiệp, doanh nhân nhân Ngày Doanh nhân Việt Nam.",
         "Họp mặt các doanh nghiệp, doanh nhân"),
        ("Sáng 12/10, Thị ủy Quảng Yên gặp mặt các cựu chiến binh tiêu biểu của thị xã.", "Gặp mặt các cựu chiến binh tiêu biểu của thị xã"),
    ):  # fmt: skip
        [event] = facts_of(told).events
        assert (event.kind, event.date, event.label, event.organiser.name) == (
            "Ceremony",
            dt.date(2022, 10, 12),
            label,
            "Thị ủy Quảng Yên",
        ), told
    # undated, it tells of a habit, no gathering held
    assert facts_of("Hằng năm, Thị ủy Quảng Yên họp mặt các doanh nghiệp nhân Ngày Doanh nhân Việt Nam.").events == []


def test_an_occasion_told_after_the_day_is_no_part_of_the_organiser():
    facts = facts_of(
        "Ngày 12/1, nhân kỷ niệm 93 năm Ngày truyền thống MTTQ Việt Nam, Ủy ban MTTQ Việt Nam thị xã Quảng Yên tổ chức trao Kỷ"
        " niệm chương cho 25 cá nhân."
    )
    assert [e.organiser.name for e in facts.events] == ["Ủy ban Mặt trận Tổ quốc Việt Nam thị xã Quảng Yên"]
    # an occasion with no body in it leaves the organiser as it was
    facts = facts_of("Ngày 12/1, chào mừng năm mới, Hội Nông dân thị xã Quảng Yên tổ chức Hội nghị tổng kết công tác Hội năm 2022.")
    assert [e.organiser.name for e in facts.events] == ["Hội Nông dân thị xã Quảng Yên"]


def test_a_programme_held_to_mark_an_anniversary_is_an_event():
    facts = facts_of("Tối 12/1, Thị đoàn Quảng Yên tổ chức chương trình kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh.")
    assert [(e.label, e.kind) for e in facts.events] == [("Chương trình kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh", "Ceremony")]
    # a programme carried out is none
    assert facts_of("Ngày 12/1, Thị đoàn Quảng Yên tổ chức thực hiện chương trình kỷ niệm các ngày lễ lớn.").events == []


def test_a_dated_event_someone_attended_was_held_and_organised_by_no_guest():
    facts = facts_of(
        "Sáng 12/1, Chủ tịch UBND tỉnh Cao Tường Huy dự Lễ kỷ niệm 30 năm thành lập Trường THPT Quảng Yên và trao Huân chương"
        " Lao động hạng Ba cho nhà trường."
    )
    assert [(e.label, e.date, e.organiser) for e in facts.events] == [
        ("Lễ kỷ niệm 30 năm thành lập Trường THPT Quảng Yên", dt.date(2023, 1, 12), None)
    ]
    facts = facts_of("Sáng 12/1, Phó Chủ tịch UBND tỉnh Lê Văn An đã dự Hội nghị tổng kết công tác năm 2022 của Sở Y tế tỉnh Quảng Ninh.")
    assert [(e.kind, e.organiser.name) for e in facts.events] == [("Conference", "Sở Y tế tỉnh Quảng Ninh")]
    # (or attended and directed it: 'dự và chỉ đạo', 'tới dự, chỉ đạo', 'dự và phát biểu chỉ đạo tại')
    for attended in ("đã dự và chỉ đạo", "tới dự, chỉ đạo", "đến dự và phát biểu chỉ đạo tại"):
        facts = facts_of(f"Sáng 12/1, Phó Chủ tịch UBND tỉnh Lê Văn An {attended} Hội nghị tổng kết công tác năm 2022 của Sở Y tế.")
        assert [(e.label, e.date) for e in facts.events] == [("Hội nghị tổng kết công tác năm 2022 của Sở Y tế", dt.date(2023, 1, 12))]
        assert ("Lê Văn An", "attended") in [(p.person, p.part) for p in facts.events[0].participants], attended
    # undated, it tells who came to an event the article has told, or will tell; and those no person attends
    assert facts_of("Phó Chủ tịch UBND tỉnh Lê Văn An đã dự Hội nghị tổng kết công tác của Sở Y tế.").events == []
    assert facts_of("Phó Chủ tịch UBND tỉnh Lê Văn An đã dự và chỉ đạo Hội nghị tổng kết công tác của Sở Y tế.").events == []
    assert facts_of("Sáng 12/1, 30 triệu học sinh trên cả nước tham dự lễ khai giảng năm học mới.").events == []


def test_a_guest_at_a_ceremony_named_after_its_handing_over_attended_it_and_presented_nothing():
    def parts(lead: str) -> list[tuple[str, str]]:
        return [(p.person, p.part) for e in facts_of(lead).events for p in e.participants]

    assert parts("Sáng 12/1, đồng chí Lê Văn An, nguyên Bí thư Thị ủy đã dự lễ trao Huy hiệu Đảng tại Đảng bộ phường Minh Thành.") == [
        ("Lê Văn An", "attended")
    ]
    assert parts("Sáng 12/1, ông Lê Văn An tham dự buổi lễ trao Huân chương Lao động cho Trường THPT Quảng Yên.") == [
        ("Lê Văn An", "attended")
    ]
    # who attended and handed it over presented it
    assert parts(
        "Sáng 12/1, ông Lê Văn An dự lễ kỷ niệm ngày thành lập Trường THPT Quảng Yên và trao Huân chương Lao động cho nhà trường."
    ) == [("Lê Văn An", "presented_awards")]


def test_a_photo_of_an_award_handed_over_beside_a_council_s_meeting_shows_another_occasion():
    def events(headline: str, lead: str) -> list[tuple]:
        facts = article(
            f"{headline}\n11/01/2024 16:00\n{lead}\n"
            "Chủ tịch UBND thị xã trao Cờ thi đua của UBND tỉnh cho phường Minh Thành năm 2022\n"
            "Hội đồng đã bỏ phiếu đề nghị UBND tỉnh tặng Cờ thi đua cho 3 tập thể dẫn đầu phong trào thi đua năm 2023.\n"
            "Trần Thu Hương\n"
        )[1]
        return [(e.kind, e.date) for e in facts.events]

    headline = "Hội đồng Thi đua - Khen thưởng thị xã Quảng Yên họp xét khen thưởng năm 2023"
    meeting = "Chiều 10/1/2024, Hội đồng Thi đua - Khen thưởng thị xã Quảng Yên tổ chức phiên họp xét khen thưởng năm 2023."
    assert events(headline, meeting) == [("Meeting", dt.date(2024, 1, 10)), ("Ceremony", None)]
    # beside a conference, where awards are handed over, the photo shows a moment of it
    headline = "Thị xã Quảng Yên tổng kết công tác thi đua, khen thưởng năm 2023"
    conference = "Chiều 10/1/2024, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023."
    assert events(headline, conference) == [("Conference", dt.date(2024, 1, 10))]


def test_a_headline_handing_over_what_the_body_s_ceremony_hands_over_is_that_ceremony_award_or_not():
    def events(headline: str, lead: str) -> list[str]:
        return [e.label for e in article(f"{headline}\n03/02/2024 08:30\n{lead}\nThu Hà\n")[1].events]

    lead = "Sáng 2/2, Đảng bộ huyện Thạch Hà tổ chức Lễ trao Huy hiệu Đảng đợt 3/2 cho 42 đảng viên."
    assert events("Gắn Huy hiệu 50 năm tuổi Đảng cho đảng viên lão thành", lead) == ["Lễ trao Huy hiệu Đảng đợt 3/2 cho 42 đảng viên"]
    assert events("Trao Huy hiệu Đảng cho 42 đảng viên huyện Thạch Hà", lead) == ["Lễ trao Huy hiệu Đảng đợt 3/2 cho 42 đảng viên"]
    # a meeting of the body that hands the same thing over is that event too
    meeting = "Sáng 2/2, Đảng ủy phường Nam Hà tổ chức hội nghị sơ kết và trao Huy hiệu Đảng cho đảng viên."
    assert events("Trao Huy hiệu 55 năm tuổi Đảng và khen thưởng đảng viên", meeting) == [
        "Hội nghị sơ kết và trao Huy hiệu Đảng cho đảng viên"
    ]
    # a ceremony handing over another thing is another event
    other = "Sáng 2/2, Hội Cựu chiến binh huyện tổ chức Lễ trao Kỷ niệm chương cho 42 hội viên."
    assert len(events("Gắn Huy hiệu 50 năm tuổi Đảng cho đảng viên lão thành", other)) == 2
    # and so is a meeting that hands nothing over
    meeting = "Sáng 2/2, Đảng ủy phường Nam Hà tổ chức hội nghị sơ kết công tác xây dựng Đảng."
    assert len(events("Trao Huy hiệu 55 năm tuổi Đảng cho đảng viên", meeting)) == 2


def test_organising_an_event_as_the_work_an_award_rewards_holds_no_event():
    def events(then: str) -> list[str]:
        head = "Bế mạc Đại hội Thể dục thể thao huyện Tiên Du\n12/05/2024 08:00\n"
        lead = "Tối 11/5, UBND huyện Tiên Du tổ chức Lễ bế mạc Đại hội Thể dục thể thao huyện lần thứ X."
        facts = article(f"{head}{lead} {then}\nPhương Thảo\n")[1]
        return [e.label for e in facts.events]

    closing = ["Lễ bế mạc Đại hội Thể dục thể thao huyện lần thứ X"]
    assert events("Dịp này, UBND huyện tặng Giấy khen cho 5 tập thể có thành tích trong tổ chức Đại hội.") == closing
    assert events("UBND huyện tặng Giấy khen cho 3 cá nhân có thành tích xuất sắc trong công tác tổ chức Hội nghị.") == closing
    assert events("Các đơn vị đã góp phần tổ chức Hội thao thành công.") == closing
    # a body that organises an event the same day holds it
    assert len(events("Cùng ngày, Huyện đoàn tổ chức Hội nghị tuyên dương thanh niên tiêu biểu.")) == 2


def test_a_headline_handing_over_one_title_is_not_the_ceremony_of_another_title():
    facts = article(
        "Trao danh hiệu Nhà giáo Ưu tú cho 5 nhà giáo\n03/02/2024 08:30\nSáng 2/2, UBND huyện Văn Lãng tổ chức Lễ trao danh hiệu "
        "“Bà mẹ Việt Nam Anh hùng” cho 3 mẹ.\nThu Hà\n"
    )[1]
    assert len(facts.events) == 2


def test_an_event_s_name_ends_before_a_comma_and_the_person_the_sentence_is_about():
    def labels(sentence: str) -> list[str]:
        return [e.label for e in article(f"Trường Tiểu học Lê Lợi khai giảng\n06/09/2024 08:00\n{sentence}\nMinh Hiền\n")[1].events]

    assert labels("Tại Lễ khai giảng năm học mới, thầy Nguyễn Văn Tuấn, Hiệu trưởng nhà trường phát biểu.") == ["Lễ khai giảng năm học mới"]
    assert labels("Sáng 5/9, nhà trường tổ chức Lễ khai giảng năm học mới, ông Lê Văn An dự.") == ["Lễ khai giảng năm học mới"]
    # a name with a comma of its own goes on ('Lễ tuyên dương, khen thưởng ...')
    assert labels("Sáng 5/9, nhà trường tổ chức Lễ tuyên dương, khen thưởng học sinh giỏi.") == [
        "Lễ tuyên dương, khen thưởng học sinh giỏi"
    ]


def test_one_given_an_award_in_a_clause_after_a_giving_one_presents_nothing():
    facts = facts_of(
        "Chiều 26/9, Cục Thuế tỉnh Quảng Ninh tổ chức Lễ đón nhận Huân chương Lao động hạng Nhất. Cũng tại buổi lễ, Chi cục "
        "Thuế khu vực Tiên Yên được Bộ trưởng Bộ Tài chính tặng Bằng khen; ông Hồ Văn Minh, Phó Cục trưởng được tặng Bằng khen."
    )
    assert ("Hồ Văn Minh", "presented_awards") not in {(p.person, p.part) for p in facts.events[0].participants}
    # one who hands over in a clause of their own presents
    facts = facts_of(
        "Chiều 26/9, Cục Thuế tỉnh Quảng Ninh tổ chức Lễ đón nhận Huân chương Lao động hạng Nhất. Cũng tại buổi lễ, Chi cục "
        "Thuế khu vực Tiên Yên được Bộ trưởng Bộ Tài chính tặng Bằng khen; ông Hồ Văn Minh, Cục trưởng trao Giấy khen cho 5 cá nhân."
    )
    assert ("Hồ Văn Minh", "presented_awards") in {(p.person, p.part) for p in facts.events[0].participants}


def test_a_body_told_by_its_head_noun_before_an_auxiliary_launched_the_movement():
    from tdkt.ingest.conferrers import label

    def launchers(body: str) -> list:
        head = "Trường THCS Lê Lợi tổng kết năm học 2023 - 2024\n30/05/2024 09:00\n"
        facts = article(head + "Sáng 29/5, Trường THCS Lê Lợi tổ chức lễ tổng kết năm học. " + body + "\nMai Anh\n")[1]
        return [(c.name, c.launched_by if isinstance(c.launched_by, str) else label(c.launched_by)) for c in facts.campaigns]

    assert launchers("Năm học qua, nhà trường đã phát động phong trào thi đua “Dạy tốt, học tốt”.") == [
        ("Dạy tốt, học tốt", "Trường THCS Lê Lợi")
    ]
    assert launchers("Đầu năm, Trường cũng đồng thời phát động phong trào “Sáng tạo trẻ”.") == [("Sáng tạo trẻ", "Trường THCS Lê Lợi")]
    # the auxiliary of a launch to come still names no launcher
    assert launchers("Năm học tới, nhà trường sẽ phát động phong trào “Trường học xanh”.") == [("Trường học xanh", None)]


def test_who_gave_the_award_a_ceremony_receives_is_left_out_of_its_name():
    def labels(sentence: str) -> list[str]:
        return [e.label for e in facts_of(sentence).events]

    assert labels("Sáng 12/1, Hội Nông dân phường Yên Giang tổ chức Lễ đón nhận Cờ thi đua do UBND tỉnh tặng.") == [
        "Lễ đón nhận Cờ thi đua"
    ]
    # and where the name goes on after it
    assert labels(
        "Sáng 12/1, Công an thị xã tổ chức Lễ đón nhận Bằng khen do Thủ tướng Chính phủ trao tặng và kỷ niệm 10 năm thành lập đơn vị."
    ) == ["Lễ đón nhận Bằng khen và kỷ niệm 10 năm thành lập đơn vị"]
    # a 'do' that names no giver stays in the name
    assert labels("Sáng 12/1, thị xã tổ chức Lễ tuyên dương các gương điển hình do nhân dân bình chọn.") == [
        "Lễ tuyên dương các gương điển hình do nhân dân bình chọn"
    ]


def test_a_campaign_told_first_with_no_launcher_takes_the_one_a_later_sentence_names():
    from tdkt.ingest.conferrers import label

    def launchers(headline: str, body: str) -> list:
        facts = article(headline + "\n15/05/2024 09:00\n" + body + "\nThu Phương\n")[1]
        return [(c.name, label(c.launched_by), c.evidence.text[:9]) for c in facts.campaigns]

    body = "Hưởng ứng phong trào thi đua “Dân vận khéo” do Ban Dân vận Trung ương phát động, các xã đã xây dựng nhiều mô hình."
    assert launchers("Phong trào thi đua “Dân vận khéo” ở Yên Sơn", body) == [("Dân vận khéo", "Ban Dân vận Trung ương", "Hưởng ứng")]
    # one named first stays as it was told
    body = "Ngày 5/2, UBND huyện Yên Sơn phát động phong trào “Dân vận khéo”. Tỉnh đoàn cũng hưởng ứng phong trào “Dân vận khéo”."
    assert launchers("Yên Sơn phát động thi đua", body) == [("Dân vận khéo", "Ủy ban nhân dân huyện Yên Sơn", "Ngày 5/2,")]


def test_a_ceremony_held_to_launch_a_model_or_open_a_school_year_is_named_by_what_was_done():
    def events(sentence: str) -> list[tuple[str, str]]:
        return [(e.kind, e.label) for e in facts_of(sentence).events]

    assert events("Sáng 13/1, Đảng ủy phường Yên Giang tổ chức ra mắt mô hình “Dân vận khéo” trong cải cách hành chính.") == [
        ("Ceremony", "Ra mắt mô hình “Dân vận khéo” trong cải cách hành chính")
    ]
    assert events("Sáng 5/9, Trường THCS Yên Giang tổ chức khai giảng năm học 2022 - 2023.") == [
        ("Ceremony", "Khai giảng năm học 2022 - 2023")
    ]
    # organising the work of one is no event held
    assert events("Nhà trường đã làm tốt công tác tổ chức khai giảng.") == []


def test_who_chairs_a_council_s_session_told_in_a_paragraph_of_its_own_presided_over_it():
    def parts(sentence: str) -> list[tuple[str, str]]:
        facts = article(
            "Kỳ họp thứ 15 HĐND huyện Bảo Thắng\n20/12/2023 09:00\nSáng 19/12, HĐND huyện Bảo Thắng khóa XX tổ chức Kỳ họp "
            f"thứ 15.\n\n{sentence}\nNgọc Bích\n"
        )[1]
        return [(p.person, p.part) for p in facts.events[0].participants]

    assert parts("Ông Nguyễn Văn Hải, Chủ tịch HĐND huyện chủ trì kỳ họp.") == [("Nguyễn Văn Hải", "presided")]
    assert parts("Tại kỳ họp, ông Nguyễn Văn Hải, Chủ tịch HĐND huyện phát biểu.") == [("Nguyễn Văn Hải", "spoke")]
    # a sitting of another body chaired is no part of it
    assert parts("Ông Nguyễn Văn Hải, Chủ tịch HĐND huyện chủ trì Đoàn giám sát của huyện.") == []


def test_an_evening_of_honours_is_a_ceremony_whose_name_is_no_verb_of_its_givers():
    facts = facts_of(
        "Tối 12/3, UBND thị xã Quảng Yên tổ chức Đêm vinh danh các vận động viên đạt thành tích cao. Tại đêm vinh danh, "
        "Chủ tịch UBND thị xã tặng Giấy khen cho 12 vận động viên."
    )
    assert [(e.kind, e.label) for e in facts.events] == [("Ceremony", "Đêm vinh danh các vận động viên đạt thành tích cao")]
    assert [(_label(g.conferrer), g.event) for g in facts.grants] == [("Chủ tịch Ủy ban nhân dân thị xã Quảng Yên", "e1")]
    # an evening that names no ceremony is none
    assert facts_of("Đêm qua, mưa lớn khiến buổi lễ tôn vinh phải hoãn lại.").events == []


def test_a_school_opening_its_year_with_no_verb_before_it_holds_a_ceremony():
    facts = facts_of("Ngày 5/9, Trường THPT Tiên Yên long trọng khai giảng năm học mới 2022 - 2023.")
    assert [(e.kind, e.label, _label(e.organiser)) for e in facts.events] == [
        ("Ceremony", "Khai giảng năm học mới 2022 - 2023", "Trường THPT Tiên Yên")
    ]
    # an opening to come, or one waited for, is none
    assert facts_of("Các trường trên địa bàn thị xã Quảng Yên sẽ khai giảng năm học mới vào ngày 5/9.").events == []
    assert facts_of("Học sinh háo hức chờ ngày khai giảng năm học mới.").events == []


def test_a_dash_inside_a_body_s_name_does_not_end_an_event_s_name():
    facts = facts_of(
        "Ngày 10/1, Chủ tịch UBND tỉnh dự Lễ kỷ niệm 20 năm thành lập Trường Cao đẳng Kinh tế - Kỹ thuật Quảng Ninh."
        "\nNgày 12/1, Chủ tịch UBND tỉnh dự Hội nghị tổng kết năm 2022 của Sở Văn hóa – Thể thao tỉnh."
    )
    assert [e.label for e in facts.events] == [
        "Lễ kỷ niệm 20 năm thành lập Trường Cao đẳng Kinh tế - Kỹ thuật Quảng Ninh",
        "Hội nghị tổng kết năm 2022 của Sở Văn hóa – Thể thao tỉnh",
    ]
    # the field of work written with a dash in lower case ('thi đua - khen thưởng') is one field
    facts = facts_of("Ngày 12-1, UBND thị xã tổ chức hội nghị tổng kết công tác thi đua - khen thưởng năm 2022.")
    assert [e.label for e in facts.events] == ["Hội nghị tổng kết công tác thi đua - khen thưởng năm 2022"]
    # fields of work paired with a dash in lower case ('kinh tế - xã hội', 'văn hóa - thể thao') are one field
    facts = facts_of("Chiều 14/8, UBND thị xã tổ chức lễ phát động đợt thi đua hoàn thành các chỉ tiêu kinh tế - xã hội năm 2023.")
    assert [e.label for e in facts.events] == ["Lễ phát động đợt thi đua hoàn thành các chỉ tiêu kinh tế - xã hội năm 2023"]
    facts = facts_of("Ngày 12/1, Phòng Văn hóa tổ chức hội nghị tổng kết công tác văn hóa – thể thao năm 2022.")
    assert [e.label for e in facts.events] == ["Hội nghị tổng kết công tác văn hóa – thể thao năm 2022"]
    # a dash before what is no field of a name ends it ('... - Ảnh: ...', '... - dấu ấn ...')
    facts = facts_of("Ngày 10/1, Trường THPT Bãi Cháy tổ chức Lễ kỷ niệm 20 năm thành lập - Dấu ấn một chặng đường.")
    assert [e.label for e in facts.events] == ["Lễ kỷ niệm 20 năm thành lập"]


def test_a_launcher_told_by_a_pronoun_is_the_one_named_before():
    facts = facts_of(
        "Ngày 5/2, ông Nguyễn Văn Hùng, Chủ tịch UBND thị xã dự lễ ra quân."
        " Ông cũng phát động phong trào “Dân vận khéo” trên địa bàn thị xã."
    )
    assert [(c.name, c.launched_by) for c in facts.campaigns] == [("Dân vận khéo", "Nguyễn Văn Hùng")]
    # a woman's pronoun is no man's
    facts = facts_of(
        "Ngày 5/2, ông Nguyễn Văn Hùng, Chủ tịch UBND thị xã dự lễ ra quân."
        " Bà cũng phát động phong trào “Dân vận khéo” trên địa bàn thị xã."
    )
    assert [(c.name, c.launched_by) for c in facts.campaigns] == [("Dân vận khéo", None)]


def test_a_steering_committee_s_name_in_a_title_is_no_speaking():
    facts = facts_of(
        "Tối 13/6, Ban Chỉ đạo vận động hiến máu tình nguyện thị xã tổ chức Lễ tôn vinh người hiến máu tiêu biểu năm 2022."
        "\nTham dự có bà Nguyễn Thị Hoa, Phó Chủ tịch UBND thị xã, Trưởng Ban Chỉ đạo vận động hiến máu tình nguyện thị xã."
    )
    assert parts(facts) == [("Nguyễn Thị Hoa", "attended")]
    # the verb still speaks ('đồng chí A chỉ đạo các ngành ...')
    facts = facts_of(
        "Tối 13/6, Ban Chỉ đạo vận động hiến máu tình nguyện thị xã tổ chức Lễ tôn vinh người hiến máu tiêu biểu năm 2022."
        "\nBà Nguyễn Thị Hoa, Phó Chủ tịch UBND thị xã chỉ đạo các ngành tiếp tục vận động hiến máu."
    )
    assert parts(facts) == [("Nguyễn Thị Hoa", "spoke")]


def test_a_contest_s_final_is_the_contest_s_event():
    facts = facts_of("Ngày 21/5, Huyện đoàn tổ chức Chung kết Hội thi “Tuyên truyền viên giỏi” năm 2022.")
    assert [(e.kind, e.label) for e in facts.events] == [("Conference", "Hội thi “Tuyên truyền viên giỏi” năm 2022")]
    facts = facts_of("Ngày 21/5, Huyện đoàn tổ chức vòng sơ khảo Hội thi “Tuyên truyền viên giỏi” năm 2022.")
    assert [e.label for e in facts.events] == ["Hội thi “Tuyên truyền viên giỏi” năm 2022"]


def test_a_hamlet_that_holds_an_event_organises_it():
    facts = facts_of("Ngày 14/11, khu dân cư Tân Tiến, xã Tân Mỹ tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2022.")
    assert [e.organiser.name if e.organiser else None for e in facts.events] == ["khu dân cư Tân Tiến"]
    facts = facts_of("Ngày 14/11, thôn Đồng Tâm tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2022.")
    assert [e.organiser.name if e.organiser else None for e in facts.events] == ["thôn Đồng Tâm"]
    # (a town's block or group by its number, its address in brackets after it: 'khối 10, phường X (thành phố Y)')
    for block in ("khối 10", "tổ 5"):
        facts = facts_of(f"Ngày 14/11, {block}, phường Quảng Yên (thị xã Quảng Yên) tổ chức Ngày hội Đại đoàn kết năm 2022.")
        assert [e.organiser.name if e.organiser else None for e in facts.events] == [block], block
    # negative: a bloc of emulation is no block of a town
    facts = facts_of("Ngày 14/11, Khối thi đua các xã tổ chức Hội nghị tổng kết công tác thi đua năm 2022.")
    assert [e.organiser.name if e.organiser else None for e in facts.events] != ["Khối thi"]
    # a commune's committee, not the hamlet the event is held in ('tại thôn X')
    facts = facts_of("Ngày 14/11, tại thôn Đồng Tâm, UBND xã Tân Mỹ tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2022.")
    assert [e.organiser.name if e.organiser else None for e in facts.events] == ["Ủy ban nhân dân xã Tân Mỹ"]


def test_a_day_s_name_joined_by_a_dash_is_one_name():
    facts = facts_of("Sáng 25/7, UBND thị xã tổ chức Lễ kỷ niệm 75 năm Ngày Thương binh - Liệt sĩ.")
    assert [e.label for e in facts.events] == ["Lễ kỷ niệm 75 năm Ngày Thương binh - Liệt sĩ"]


def test_who_hands_over_the_party_s_badges_presents_at_the_ceremony_though_no_grant_is_made():
    facts = facts_of(
        "Ngày 3/2, Thị ủy tổ chức Lễ trao Huy hiệu Đảng đợt 3/2 cho 45 đảng viên."
        "\nĐồng chí Hà Văn Mạnh, Bí thư Thị ủy đã trao Huy hiệu 55 năm tuổi Đảng cho 2 đảng viên."
    )
    assert parts(facts) == [("Hà Văn Mạnh", "presented_awards")]
    assert facts.grants == []
    # the badge told by its word alone, handed over with flowers
    facts = facts_of(
        "Ngày 3/2, Thị ủy tổ chức Lễ trao Huy hiệu 70 năm tuổi Đảng cho đồng chí Nguyễn Văn Bảy."
        "\nĐồng chí Hà Văn Mạnh, Bí thư Thị ủy đã trao Huy hiệu và tặng hoa chúc mừng đồng chí Nguyễn Văn Bảy."
    )
    assert parts(facts) == [("Hà Văn Mạnh", "presented_awards")]
    # one who only speaks of the badges does not
    facts = facts_of(
        "Ngày 3/2, Thị ủy tổ chức Lễ trao Huy hiệu Đảng đợt 3/2 cho 45 đảng viên."
        "\nĐồng chí Hà Văn Mạnh, Bí thư Thị ủy phát biểu chúc mừng các đảng viên được nhận Huy hiệu Đảng."
    )
    assert parts(facts) == [("Hà Văn Mạnh", "spoke")]


def test_two_places_holding_events_of_one_name_hold_two_events():
    _, facts = article(
        "Các địa phương tổng kết công tác thi đua năm 2023\n18/01/2024\n"
        "Sáng 17/1, UBND huyện Tiên Yên tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n"
        "Cùng ngày, UBND huyện Bình Liêu cũng tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. Dịp này,"
        " Chủ tịch UBND huyện Bình Liêu tặng Giấy khen cho 18 tập thể.\nTrần Thu Hương\n"
    )
    assert [e.organiser.name for e in facts.events] == ["Ủy ban nhân dân huyện Tiên Yên", "Ủy ban nhân dân huyện Bình Liêu"]
    assert [(g.count, g.event) for g in facts.grants] == [(18, facts.events[1].key)]
    # negative: one place's event told twice, by the headline and by the lead, is one
    _, facts = article(
        "Huyện Tiên Yên tổng kết công tác thi đua, khen thưởng năm 2023\n18/01/2024\n"
        "Sáng 17/1, UBND huyện Tiên Yên tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\nTrần Thu Hương\n"
    )
    assert len(facts.events) == 1


def test_an_event_name_with_a_comma_typed_astray_is_set_as_a_name_writes_it():
    facts = facts_of("Sáng 26/12, UBND xã Đồng Rui tổ chức hội nghị tổng kết công tác năm 2023 ,triển khai nhiệm vụ năm 2024 .")
    assert [e.label for e in facts.events] == ["Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024"]
    # negative: a comma inside a number, or before a closing quote, is left as written
    facts = facts_of("Sáng 26/12, UBND xã Đồng Rui tổ chức Lễ tuyên dương “Người tốt, việc tốt” năm 2023.")
    assert [e.label for e in facts.events] == ["Lễ tuyên dương “Người tốt, việc tốt” năm 2023"]


def test_an_event_name_goes_on_past_a_dash_between_words_in_lower_case():
    facts = facts_of(
        "Ngày 5/1, Bộ Tài chính tổ chức Hội nghị tổng kết công tác tài chính - ngân sách nhà nước năm 2023 và triển khai nhiệm vụ năm 2024."
    )
    assert [e.label for e in facts.events] == [
        "Hội nghị tổng kết công tác tài chính - ngân sách nhà nước năm 2023 và triển khai nhiệm vụ năm 2024"
    ]
    # negative: a dash before a capital (a credit, a place) ends it
    facts = facts_of("Ngày 5/1, UBND xã Đồng Rui tổ chức Hội nghị tổng kết năm 2023 - Ảnh: Minh Hà.")
    assert [e.label for e in facts.events] == ["Hội nghị tổng kết năm 2023"]


def test_a_receiving_set_before_its_subject_is_no_ceremony_of_its_own():
    facts = facts_of("Vinh dự đón nhận Huân chương Lao động hạng Ba, Trường THPT Quảng Yên quyết tâm tiếp tục đổi mới.")
    assert [e.label for e in facts.events] == []
    # the receiving said of its subject is one
    facts = facts_of("Sáng 12/1, Trường THPT Quảng Yên đón nhận Huân chương Lao động hạng Ba.")
    assert [e.label for e in facts.events] == ["Lễ đón nhận Huân chương Lao động hạng Ba"]


def test_a_body_s_congress_told_before_its_verb_is_held_by_that_body():
    facts = facts_of("Ngày 20/12, Đại hội đại biểu Hội Cựu chiến binh thị xã lần thứ VIII, nhiệm kỳ 2022 - 2027 đã diễn ra.")
    assert [(e.kind, _label(e.organiser)) for e in facts.events] == [("Congress", "Hội Cựu chiến binh thị xã Quảng Yên")]
    # negative: a congress of emulation is no body's by its name
    facts = facts_of("Ngày 20/12, Đại hội thi đua yêu nước thị xã lần thứ V đã diễn ra.")
    assert [(e.kind, e.organiser) for e in facts.events] == [("Congress", None)]


def test_a_long_event_name_ends_before_what_it_is_coupled_with_not_inside_gan_voi():
    facts = facts_of(
        "Sáng 24/4, Ban Thường vụ Thị ủy tổ chức hội nghị sơ kết 3 năm thực hiện Chỉ thị số 05-CT/TW gắn với tôn vinh 15 tập "
        "thể, cá nhân điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."
    )
    assert [e.label for e in facts.events] == ["Hội nghị sơ kết 3 năm thực hiện Chỉ thị số 05-CT/TW"]
    # negative: a short name keeps what it is coupled with
    facts = facts_of("Sáng 24/4, Thị ủy tổ chức hội nghị sơ kết Chỉ thị 05 gắn với tôn vinh điển hình.")
    assert [e.label for e in facts.events] == ["Hội nghị sơ kết Chỉ thị 05 gắn với tôn vinh điển hình"]


def test_an_event_name_ends_at_a_comma_before_a_new_subject():
    facts = facts_of("Ngày 19/12, thị xã tổ chức hội nghị tổng kết, Chủ tịch UBND thị xã trao Giấy khen cho 6 tổ dân phố tiêu biểu.")
    assert [e.label for e in facts.events] == ["Hội nghị tổng kết"]
    # negative: a comma inside the name, before what the meeting does next, is the name's
    facts = facts_of("Ngày 19/12, thị xã tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2022, triển khai nhiệm vụ năm 2023.")
    assert [e.label for e in facts.events] == ["Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022, triển khai nhiệm vụ năm 2023"]


def test_where_someone_lives_is_no_event_s_venue():
    facts = facts_of("Ngày 20/7, UBND thị xã tổ chức lễ truy tặng Huân chương Dũng cảm cho anh Lê Văn Thắng (trú tại xã Xuân Hòa).")
    assert [(e.label, e.place) for e in facts.events] == [("Lễ truy tặng Huân chương Dũng cảm cho anh Lê Văn Thắng", None)]
    # negative: a venue with its district in brackets keeps it
    facts = facts_of("Ngày 4/4, tại xã Sông Khoai (thị xã Quảng Yên), UBND thị xã tổ chức lễ truy tặng danh hiệu Bà mẹ Việt Nam anh hùng.")
    assert [e.place for e in facts.events] == ["xã Sông Khoai (thị xã Quảng Yên)"]


def test_a_receiving_at_an_event_named_after_a_comma_holds_no_ceremony_of_its_own():
    def events(sentence: str) -> list[tuple[str, str]]:
        return [(e.kind, e.label) for e in facts_of(sentence).events]

    assert events(
        "Sáng 10/1/2023, tại Đại hội đại biểu Hội Nông dân thị xã lần thứ X, Hội Nông dân xã Hoàng Tân vinh dự đón nhận Cờ "
        "thi đua của Trung ương Hội Nông dân Việt Nam."
    ) == [("Congress", "Đại hội đại biểu Hội Nông dân thị xã lần thứ X")]
    # a receiving its sentence names no event for is a ceremony of its own
    assert events("Sáng 10/1/2023, Hội Nông dân xã Hoàng Tân vinh dự đón nhận Cờ thi đua của Trung ương Hội Nông dân Việt Nam.") == [
        ("Ceremony", "Lễ đón nhận Cờ thi đua của Trung ương Hội Nông dân Việt Nam")
    ]


def test_an_event_name_read_with_its_dates_in_brackets_left_out_still_names_its_award():
    facts = article(
        "Trung tâm Y tế huyện kỷ niệm Ngày Thầy thuốc Việt Nam\n27/02/2023 16:22\n"
        "Chiều 26/2, Trung tâm Y tế huyện Bảo Lạc tổ chức Lễ kỷ niệm 68 năm Ngày Thầy thuốc Việt Nam (27/2/1955 – 27/2/2023) "
        "và đón nhận danh hiệu Thầy thuốc Ưu tú.\nThu Hà\n"
    )[1]
    [event] = facts.events
    assert (event.label, event.awards) == (
        "Lễ kỷ niệm 68 năm Ngày Thầy thuốc Việt Nam và đón nhận danh hiệu Thầy thuốc Ưu tú", ("thay-thuoc-uu-tu",)
    )  # fmt: skip
    # an award named after the event's name is none of its
    facts = article(
        "Trung tâm Y tế huyện kỷ niệm Ngày Thầy thuốc Việt Nam\n27/02/2023 16:22\n"
        "Chiều 26/2, Trung tâm Y tế huyện Bảo Lạc tổ chức Lễ kỷ niệm 68 năm Ngày Thầy thuốc Việt Nam (27/2/1955 – 27/2/2023), "
        "tại đây 2 bác sĩ được tặng danh hiệu Thầy thuốc Ưu tú.\nThu Hà\n"
    )[1]
    assert [e.awards for e in facts.events] == [()]


def test_one_proposed_for_an_award_at_the_event_did_not_speak_there():
    lead = "Ngày 14/1/2023, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết phong trào thi đua năm 2022.\n"
    facts = facts_of(lead + "Tại hội nghị, ông Nguyễn Văn Hải và bà Lê Thị Thu được đề nghị UBND tỉnh tặng Bằng khen.")
    assert parts(facts) == []
    # one who proposes, there, speaks
    facts = facts_of(lead + "Tại hội nghị, ông Nguyễn Văn Hải, Chủ tịch UBND thị xã đề nghị các đơn vị đẩy mạnh phong trào thi đua.")
    assert parts(facts) == [("Nguyễn Văn Hải", "spoke")]


def test_a_venue_in_lower_case_or_before_the_time_ends_where_the_venue_does():
    facts = facts_of("Ngày 15/1, tại hội trường UBND xã Tân Mỹ, Hội Nông dân xã tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2023-2028.")
    assert [e.place for e in facts.events] == ["Hội trường Ủy ban nhân dân xã Tân Mỹ"]
    facts = facts_of(
        "UBND huyện Tiên Yên tổ chức Hội nghị tổng kết công tác thi đua năm 2023 tại Nhà văn hóa trung tâm huyện vào sáng 15/1."
    )
    assert [e.place for e in facts.events] == ["Nhà văn hóa trung tâm huyện"]
    facts = facts_of("UBND huyện Tiên Yên tổ chức Hội nghị tổng kết công tác thi đua năm 2023 tại Hội trường Huyện ủy chiều 15/1.")
    assert [e.place for e in facts.events] == ["Hội trường Huyện ủy"]
    # negative: a hall named after the event, not where it was held, is no venue
    facts = facts_of("UBND huyện Tiên Yên tổ chức Hội nghị tổng kết công tác thi đua năm 2023. Sau đó, đại biểu tham quan hội trường mới.")
    assert [e.place for e in facts.events] == [None]


def test_an_event_dated_by_a_time_of_day_is_dated():
    def events(body: str) -> list[tuple]:
        facts = article(f"Tin về hội nghị\n12/03/2024 09:00\n{body}\nTrần Thu Hương\n")[1]
        return [(e.label, e.date) for e in facts.events]

    assert events("Hội nghị tổng kết công tác năm 2023 được tổ chức vào lúc 14 giờ 30 phút ngày 10/3/2024 tại Hội trường UBND huyện.") == [
        ("Hội nghị tổng kết công tác năm 2023", dt.date(2024, 3, 10))
    ]
    assert events("Lễ viếng đồng chí Nguyễn Văn An được tổ chức từ 7 giờ ngày 11/3/2024.")[0][1] == dt.date(2024, 3, 11)
    # negative: a clock time with no day after it dates nothing ('vào lúc 14 giờ 30 phút', then the venue)
    assert events("Hội nghị tổng kết công tác năm 2023 được tổ chức vào lúc 14 giờ 30 phút tại Hội trường UBND huyện.") == [
        ("Hội nghị tổng kết công tác năm 2023", None)
    ]


def test_a_handing_over_headline_over_the_one_event_the_award_was_handed_over_at_is_a_moment_of_it():
    def labels(body: str, headline: str = "Trao Huân chương Lao động cho 2 doanh nghiệp") -> list[str]:
        facts = article(f"{headline}\n12/12/2023 15:00\n{body}\nLan Hương\n")[1]
        return [e.label for e in facts.events]

    lead = "Chiều 11/12, UBND thành phố Bắc Giang tổ chức Hội nghị gặp mặt doanh nghiệp năm 2023.\n"
    handed = "Tại hội nghị, đồng chí Lê Ô Pích, Phó Chủ tịch UBND tỉnh trao Huân chương Lao động hạng Ba cho Công ty X và Công ty Y."
    assert labels(lead + handed) == ["Hội nghị gặp mặt doanh nghiệp năm 2023"]
    # negative: a body that hands nothing over at its event leaves the headline's handing-over an event of its own
    assert len(labels(lead + "Hội nghị đánh giá tình hình sản xuất kinh doanh năm 2023.")) == 2
    # the award given there by its giver, with no one handing it over
    assert len(labels(lead + "Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 2 doanh nghiệp tiêu biểu.")) == 1
    assert len(labels(lead + "Dịp này, thành phố khen thưởng Huân chương Lao động cho 2 doanh nghiệp.")) == 1
    # and a grant of it told in a paragraph of its own was given there
    facts = article(
        "Trao Huân chương Lao động cho 2 doanh nghiệp\n12/12/2023 15:00\n" + lead + "Năm 2023 có nhiều khó khăn.\n"
        "Thành phố khen thưởng Huân chương Lao động cho 2 doanh nghiệp.\nLan Hương\n"
    )[1]
    assert [g.event for g in facts.grants] == [facts.events[0].key]
    # negative: the award only held, counted as the city's record
    assert len(labels(lead + "Đến nay, thành phố có 2 doanh nghiệp đạt Huân chương Lao động hạng Ba.")) == 2

    # a title the body says was recognised there, under a headline handing it over
    titled = "Trao danh hiệu Chiến sĩ thi đua cấp tỉnh"
    meeting = "Chiều 11/12, Sở Tư pháp tỉnh Bắc Giang tổ chức Hội nghị tổng kết năm 2023.\n"
    said = "Tại hội nghị, bà Lê Thị Hoa được công nhận danh hiệu Chiến sĩ thi đua cấp tỉnh; Giám đốc Sở tặng Giấy khen cho 5 tập thể."
    assert labels(meeting + said, titled) == ["Hội nghị tổng kết năm 2023"]
    # negative: recognised on a day of its own
    assert len(labels(meeting + said.replace("Tại hội nghị,", "Ngày 5/12,"), titled)) == 2


def test_a_ceremony_announcing_a_decision_keeps_what_the_decision_confers_in_its_name():
    facts = facts_of(
        "Ngày 10/3, Sở Giáo dục và Đào tạo tỉnh tổ chức Lễ công bố Quyết định của Chủ tịch nước về việc phong tặng danh "
        "hiệu “Nhà giáo ưu tú” trong lĩnh vực giáo dục nghề nghiệp.\\nTheo đó, 5 nhà giáo của tỉnh được Chủ tịch nước "
        "phong tặng danh hiệu “Nhà giáo ưu tú”.\\nPhó Chủ tịch UBND tỉnh Lê Văn Tâm trao danh hiệu cho các nhà giáo."
    )
    [event] = facts.events
    assert "về việc phong tặng danh hiệu “Nhà giáo ưu tú”" in event.label
    [grant] = facts.grants
    assert (grant.event, grant.presenter) == (event.key, "Lê Văn Tâm")
    # a decision about an appointment: the name still ends at what it is about
    facts = facts_of(
        "Ngày 10/3, UBND thị xã Quảng Yên tổ chức Lễ công bố Quyết định của Chủ tịch UBND tỉnh Quảng Ninh về việc bổ nhiệm "
        "ông Lê Văn Tâm giữ chức Giám đốc Sở Giáo dục và Đào tạo tỉnh Quảng Ninh."
    )
    assert [e.label for e in facts.events] == ["Lễ công bố Quyết định của Chủ tịch UBND tỉnh Quảng Ninh"]


def test_signing_an_emulation_compact_held_by_a_body_is_an_event():
    facts = facts_of("Sáng 7/3, Khối thi đua số 5 tổ chức ký kết giao ước thi đua năm 2024.")
    assert [(e.label, e.organiser.name if e.organiser else None) for e in facts.events] == [
        ("Ký kết giao ước thi đua năm 2024", "Khối thi đua số 5 tỉnh Quảng Ninh")
    ]
    # negative: signing anything else is no event of this kind
    assert facts_of("Sáng 7/3, UBND thị xã Quảng Yên tổ chức ký kết hợp đồng xây dựng trường học.").events == []


def test_announcing_a_decision_held_by_a_body_is_a_ceremony_named_by_what_was_done():
    def events(sentence: str) -> list[tuple[str, str, str | None]]:
        return [(e.kind, e.label, e.organiser.name if e.organiser else None) for e in facts_of(sentence).events]

    assert events("Chiều 9/1, Công an thị xã Quảng Yên tổ chức công bố Quyết định khen thưởng đột xuất cho 3 cá nhân.") == [
        ("Ceremony", "Công bố Quyết định khen thưởng đột xuất cho 3 cá nhân", "Công an thị xã Quảng Yên")
    ]
    assert [e.label for e in facts_of("Ngày 12/1, Thị ủy Quảng Yên tổ chức công bố và trao quyết định bổ nhiệm cán bộ.").events] == [
        "Công bố và trao quyết định bổ nhiệm cán bộ"
    ]
    # (its two verbs parted by a comma, the decisions in the plural: one name)
    assert [
        e.label for e in facts_of("Sáng 4/3, UBND thị xã tổ chức công bố, trao các quyết định khen thưởng của Chủ tịch UBND tỉnh.").events
    ] == ["Công bố, trao các quyết định khen thưởng của Chủ tịch UBND tỉnh"]
    # negative: announcing results is no ceremony of this kind, nor is one to come, nor announcing a plan after a comma
    assert events("Ngày 12/1, UBND thị xã Quảng Yên tổ chức công bố kết quả chấm thi.") == []
    assert events("Ngày 12/1, UBND thị xã Quảng Yên tổ chức công bố, triển khai quyết định về quy hoạch.") == []
    assert events("Ngày 12/1, Thị ủy Quảng Yên sẽ tổ chức công bố Quyết định thành lập Đảng bộ phường.") == []


def test_a_body_that_holds_a_review_of_lessons_learnt_on_a_day_holds_a_meeting():
    facts = facts_of("Chiều 31/10, UBND thị xã Quảng Yên tổ chức rút kinh nghiệm công tác ứng phó bão số 3 và khen thưởng 10 tập thể.")
    assert [(e.kind, e.label.split()[:3], e.organiser.name if e.organiser else None) for e in facts.events] == [
        ("Conference", ["Rút", "kinh", "nghiệm"], "Ủy ban nhân dân thị xã Quảng Yên")
    ]
    # negative: one asked for is none held
    assert facts_of("Các phường cần tổ chức rút kinh nghiệm sau mỗi đợt mưa bão.").events == []


def test_the_body_that_reports_what_others_held_is_not_their_organiser():
    facts = facts_of("Ngày 12/1, Hội Cựu chiến binh thị xã cho biết, các phường đã tổ chức tổng kết phong trào thi đua năm 2022.")
    assert facts.events == []
    # negative: a body that tells what it held itself, with no report between, holds it
    facts = facts_of("Ngày 12/1, Hội Cựu chiến binh thị xã đã tổ chức tổng kết phong trào thi đua năm 2022.")
    assert [e.organiser.name if e.organiser else None for e in facts.events] == ["Hội Cựu chiến binh thị xã Quảng Yên"]


def test_recipients_counted_receiving_after_the_lead_hold_no_ceremony_of_their_own():
    lead = "Ngày 12/1, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022.\n"
    facts = facts_of(lead + "15 tập thể vinh dự đón nhận Bằng khen của Chủ tịch UBND tỉnh từ tay đồng chí Lê Văn Hải.")
    assert [e.label for e in facts.events] == ["Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022"]
    assert [g.event for g in facts.grants] == ["e1"]
    facts = facts_of(lead + "Các tập thể, cá nhân vinh dự đón nhận Bằng khen của Chủ tịch UBND tỉnh.")
    assert len(facts.events) == 1
    # negative: a body named as the subject holds its own (and the lead's own news may be counted recipients' receiving)
    facts = facts_of(lead + "Sáng 13/1, Trường THCS Quảng Yên long trọng đón nhận Huân chương Lao động hạng Ba.")
    assert [e.label for e in facts.events][1:] == ["Lễ đón nhận Huân chương Lao động hạng Ba"]
    facts = facts_of("Sáng 12/1, 5 trường học của thị xã Quảng Yên vinh dự đón nhận Huân chương Lao động hạng Ba.")
    assert [e.label for e in facts.events] == ["Lễ đón nhận Huân chương Lao động hạng Ba"]


def test_the_time_an_event_is_held_told_as_a_time_of_something_else_is_no_event():
    assert facts_of("Giải thưởng được trao 5 năm một lần vào năm diễn ra Đại hội Công đoàn thị xã.").events == []
    assert facts_of("Trước khi diễn ra Hội nghị, các đại biểu đã dâng hương tại Đài tưởng niệm.").events == []
    # negative: an event told as held still is one
    facts = facts_of("Ngày 15/1, đã diễn ra Hội nghị tổng kết công tác thi đua năm 2022 của Khối thi đua số 2.")
    assert [e.label for e in facts.events] == ["Hội nghị tổng kết công tác thi đua năm 2022 của Khối thi đua số 2"]


def test_a_bloc_whose_members_are_counted_then_listed_after_a_colon_holds_its_meeting():
    facts = facts_of(
        "Ngày 20/12, Cụm thi đua số 4 gồm 3 đơn vị: Phường Yên Giang, Phường Nam Hòa và Phường Tân An đã tổ chức Hội nghị giao ban."
    )
    assert [(e.organiser.name if e.organiser else "").startswith("Cụm thi đua số 4") for e in facts.events] == [True]
    # negative: a colon that opens what the subject said, not its members, leaves the body after it
    facts = facts_of("Ngày 20/12, theo kế hoạch: Phòng Nội vụ thị xã Quảng Yên đã tổ chức Hội nghị giao ban.")
    assert [e.organiser.name if e.organiser else None for e in facts.events] == ["Phòng Nội vụ thị xã Quảng Yên"]


def test_a_body_celebrating_its_anniversary_on_a_day_holds_a_ceremony():
    facts = facts_of("Sáng 9/11, Trường THCS Quảng Yên long trọng kỷ niệm 60 năm ngày thành lập.")
    assert [(e.label, e.kind, e.organiser.name if e.organiser else None) for e in facts.events] == [
        ("Kỷ niệm 60 năm ngày thành lập", "Ceremony", "Trường THCS Quảng Yên")
    ]
    # negative: the year of an anniversary, no day: no ceremony told
    assert facts_of("Năm nay, Trường THCS Quảng Yên kỷ niệm 60 năm ngày thành lập.").events == []


def test_a_day_alone_in_brackets_after_an_event_s_name_dates_it():
    facts = facts_of("UBND thị xã Quảng Yên vừa tổ chức Hội nghị tổng kết công tác thi đua năm 2022 (sáng 12/1).")
    assert [(e.label, e.date) for e in facts.events] == [("Hội nghị tổng kết công tác thi đua năm 2022", dt.date(2023, 1, 12))]
    # negative: an anniversary's span of dates in brackets dates no event
    facts = facts_of("UBND thị xã Quảng Yên vừa tổ chức Lễ kỷ niệm 60 năm Ngày thành lập (10/10/1963 - 10/10/2023).")
    assert [e.date for e in facts.events] == [None]


def test_a_receiving_ceremony_s_name_keeps_the_award_as_the_article_writes_it():
    facts = facts_of("Ngày 22/12, Công an thị xã Quảng Yên đón nhận danh hiệu Anh hùng Lực lượng vũ trang nhân dân.")
    assert [e.label for e in facts.events] == ["Lễ đón nhận danh hiệu Anh hùng Lực lượng vũ trang nhân dân"]
    # an award written in capitals stays so
    facts = facts_of("Ngày 22/12, phường Yên Giang đón nhận Cờ thi đua của Chính phủ.")
    assert [e.label for e in facts.events] == ["Lễ đón nhận Cờ thi đua của Chính phủ"]


def test_receiving_an_award_written_in_lower_case_is_a_ceremony_too():
    facts = facts_of("Ngày 15/5, Trường Mầm non Hoa Sen đón nhận bằng công nhận trường đạt chuẩn quốc gia mức độ 1.")
    assert [e.label for e in facts.events] == ["Lễ đón nhận bằng công nhận trường đạt chuẩn quốc gia mức độ 1"]
    facts = facts_of("Ngày 15/5, phường Yên Giang đón nhận huân chương Lao động hạng Ba.")
    assert [e.label for e in facts.events] == ["Lễ đón nhận huân chương Lao động hạng Ba"]
    # negative: a guest welcomed with applause receives nothing
    assert facts_of("Ngày 15/5, đoàn công tác của tỉnh được đón bằng những tràng pháo tay.").events == []


def test_a_conference_named_in_capitals_that_someone_chaired_on_a_day_is_an_event_held():
    for lead in ("Ngày 15/1", "Sáng 15/1"):
        facts = facts_of(f"{lead}, đồng chí Vũ Văn Diện, Chủ tịch UBND thị xã chủ trì Hội nghị tổng kết công tác thi đua năm 2023.")
        assert [(e.kind, e.label, e.date and (e.date.month, e.date.day)) for e in facts.events] == [
            ("Conference", "Hội nghị tổng kết công tác thi đua năm 2023", (1, 15))
        ], lead
        assert {(p.person, p.part) for p in facts.events[0].participants} == {("Vũ Văn Diện", "presided")}
    # the same, told by its organiser first: one event
    facts = facts_of(
        "Sáng 15/1, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết công tác thi đua năm 2023. Sáng 15/1, đồng chí Vũ Văn "
        "Diện chủ trì Hội nghị tổng kết công tác thi đua năm 2023."
    )
    assert len(facts.events) == 1
    # negatives: 'hội nghị cùng ...' chaired, or one chaired on no day of its own, is the one told, no other
    assert facts_of("Ngày 15/1, đồng chí Vũ Văn Diện chủ trì hội nghị cùng các thành viên Hội đồng.").events == []
    assert facts_of("Đồng chí Vũ Văn Diện chủ trì Hội nghị tổng kết công tác thi đua năm 2023.").events == []


def test_the_opening_or_closing_of_a_named_event_on_a_day_is_that_event_held():
    for told in (
        "Sáng 15/1, khai mạc Đại hội Thi đua yêu nước thị xã Quảng Yên lần thứ VI.",
        "Chiều 15/1, bế mạc Đại hội Thi đua yêu nước thị xã Quảng Yên lần thứ VI.",
    ):
        facts = facts_of(told)
        assert [(e.kind, e.label, e.date and (e.date.month, e.date.day)) for e in facts.events] == [
            ("Congress", "Đại hội Thi đua yêu nước thị xã Quảng Yên lần thứ VI", (1, 15))
        ], told
    # negatives: a speech opening one ('phát biểu khai mạc hội nghị'), and 'khai mạc hội nghị' of the one told, are none
    assert facts_of("Đồng chí Vũ Văn Diện phát biểu khai mạc Hội nghị.").events == []
    assert facts_of("Sáng 15/1, đồng chí Vũ Văn Diện khai mạc hội nghị.").events == []


def test_a_contest_s_closing_and_prizegiving_held_by_a_body_is_an_event():
    def held(sentence: str) -> list[tuple]:
        return [(e.label, e.date, _label(e.organiser)) for e in facts_of(sentence).events]

    assert held("Chiều 12/1, Huyện đoàn Quảng Yên tổ chức bế mạc và trao giải Hội thi “Tuổi trẻ sáng tạo” năm 2022.") == [
        ("Bế mạc và trao giải Hội thi “Tuổi trẻ sáng tạo” năm 2022", dt.date(2023, 1, 12), "Huyện đoàn Quảng Yên")
    ]
    assert held("Sáng 10/1, Hội Nông dân thị xã tổ chức khai mạc và thi đấu vòng loại Hội thao nông dân năm 2023.") == [
        ("Khai mạc và thi đấu vòng loại Hội thao nông dân năm 2023", dt.date(2023, 1, 10), "Hội Nông dân thị xã Quảng Yên")
    ]
    # (a contest's opening named right after the verb keeps its own name, as before)
    assert [e.label for e in facts_of("Sáng 10/1, Phòng Giáo dục thị xã tổ chức khai mạc Hội thi giáo viên dạy giỏi.").events] == [
        "Hội thi giáo viên dạy giỏi"
    ]
    # negative: a closing spoken of, no body holding it on a day, is no event
    assert held("Ông Lê Văn Ba phát biểu bế mạc và cảm ơn các đại biểu.") == []


def test_an_anniversary_held_with_a_receiving_is_one_ceremony_named_by_both_and_gives_the_award():
    facts = facts_of(
        "Ngày 12/1, Trung tâm Y tế thị xã Quảng Yên long trọng tổ chức kỷ niệm 30 năm ngày thành lập (1993 - 2023) và đón "
        "nhận Huân chương Lao động hạng Ba của Chủ tịch nước."
    )
    [event] = facts.events
    assert event.label.startswith("Kỷ niệm 30 năm ngày thành lập và đón nhận Huân chương Lao động hạng Ba")
    assert (event.date, _label(event.organiser)) == (dt.date(2023, 1, 12), "Trung tâm Y tế thị xã Quảng Yên")
    assert [(g.award, g.recipient, _label(g.conferrer)) for g in facts.grants] == [
        ("huan-chuong-lao-dong-hang-ba", "Trung tâm Y tế thị xã Quảng Yên", "Chủ tịch nước")
    ]
    # negative: an anniversary with no receiving joined to it is named by itself, and a receiving told in a sentence of
    # its own after it is no part of its name
    facts = facts_of(
        "Ngày 12/1, Trung tâm Y tế thị xã Quảng Yên tổ chức kỷ niệm 30 năm ngày thành lập. Tại buổi lễ, Trung tâm vinh dự đón"
        " nhận Huân chương Lao động hạng Ba."
    )
    assert [e.label for e in facts.events] == ["Kỷ niệm 30 năm ngày thành lập"]


def test_an_event_s_name_reads_through_the_years_a_count_of_years_spans():
    [event] = facts_of(
        "Chiều 12/1, UBND thị xã Quảng Yên tổ chức hội nghị tổng kết 10 năm (2012 - 2022) thực hiện phong trào thi đua "
        "“Doanh nghiệp Việt Nam hội nhập và phát triển”."
    ).events
    assert event.label == "Hội nghị tổng kết 10 năm thực hiện phong trào thi đua “Doanh nghiệp Việt Nam hội nhập và phát triển”"
    # negative: years in brackets that end the sentence end the name there, as before
    [event] = facts_of("Chiều 12/1, Thị ủy Quảng Yên tổ chức Lễ kỷ niệm 90 năm (1930 - 2020).").events
    assert event.label == "Lễ kỷ niệm 90 năm"


def test_those_present_at_the_event_attended_it_and_name_no_event_of_their_own():
    facts = facts_of(
        "Sáng 12/1, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết công tác thi đua năm 2022. Có mặt tại hội nghị có bà Trần "
        "Thị Sáu, Phó Chủ tịch HĐND tỉnh. Có mặt có ông Trần Văn Bảy, Phó Chủ tịch UBND tỉnh."
    )
    assert [e.label for e in facts.events] == ["Hội nghị tổng kết công tác thi đua năm 2022"]
    assert parts(facts) == [("Trần Thị Sáu", "attended"), ("Trần Văn Bảy", "attended")]
    # negative: a person present early, of no list, attended nothing the rule reads
    facts = facts_of("Sáng 12/1, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết. Ông Lý Văn Mười có mặt từ sớm.")
    assert parts(facts) == []


def test_only_a_quoted_name_is_a_campaign():
    # the gold's schema: 'an unquoted "phong trào thi đua Quyết thắng" is left out', whatever its capitals
    assert campaigns_of("Thị xã đẩy mạnh phong trào thi đua Vì an ninh Tổ quốc trong toàn lực lượng.") == {}
    assert campaigns_of("Cuộc vận động Người Việt Nam ưu tiên dùng hàng Việt Nam tiếp tục được hưởng ứng.") == {}
    assert campaigns_of("Thị xã đẩy mạnh phong trào thi đua “Vì an ninh Tổ quốc” trong toàn lực lượng.") == {
        "Vì an ninh Tổ quốc": "movement"
    }


def test_a_headline_s_commune_with_its_district_in_brackets_receives_by_the_commune_s_committee():
    def events(headline: str) -> list[tuple]:
        facts = article(
            headline + "\nTối 28/12/2023, UBND xã Phong Hiền tổ chức lễ đón nhận Bằng công nhận xã đạt chuẩn nông thôn mới "
            "kiểu mẫu.\nPhan Thành\n"
        )[1]
        return [(e.label, e.organiser.name if e.organiser else None, e.date) for e in facts.events]

    one = [("Lễ đón nhận Bằng công nhận xã đạt chuẩn nông thôn mới kiểu mẫu", "Ủy ban nhân dân xã Phong Hiền", dt.date(2023, 12, 28))]
    # the headline's ceremony is the body's, not a second one held by the district
    assert events("Xã Phong Hiền (Phong Điền) đón Bằng công nhận xã đạt chuẩn nông thôn mới kiểu mẫu") == one
    assert events("Xã Phong Hiền, huyện Phong Điền vinh dự đón nhận Bằng công nhận đạt chuẩn nông thôn mới kiểu mẫu") == one
    # negative: a district that receives is the district's committee
    facts = article("Huyện Phong Điền đón nhận Huân chương Lao động hạng Nhì\nNgày 5/1/2024, lễ được tổ chức trọng thể.\nPhan Thành\n")[1]
    assert [e.organiser.name for e in facts.events] == ["Ủy ban nhân dân huyện Phong Điền"]


def test_the_partner_of_a_lead_body_no_rule_reads_is_not_the_organiser():
    def organisers(lead: str) -> list[str | None]:
        facts = article(f"Tổng kết năm 2022\n06/03/2023\nNgày 5/3/2023, {lead} tổ chức Hội nghị tổng kết công tác năm 2022.\nMinh Hà\n")[1]
        return [e.organiser.name if e.organiser else None for e in facts.events]

    assert organisers("Câu lạc bộ Thủ công mỹ nghệ tỉnh Bắc Ninh cùng với Sở Công Thương tỉnh Bắc Ninh") == [None]
    # an association or a fund a rule reads leads ('Hiệp hội X tỉnh Y', bodies.tsv local-federation-any; 'Quỹ X tỉnh Y',
    # local-fund)
    assert organisers("Hiệp hội Thủ công mỹ nghệ tỉnh Bắc Ninh cùng với Sở Công Thương tỉnh Bắc Ninh") == [
        "Hiệp hội Thủ công mỹ nghệ tỉnh Bắc Ninh"
    ]
    assert organisers("Quỹ Bảo trợ trẻ em tỉnh Bắc Ninh phối hợp với Sở Lao động - Thương binh và Xã hội tỉnh") == [
        "Quỹ Bảo trợ trẻ em tỉnh Bắc Ninh"
    ]
    # negative: a lead body read is the organiser, its partner not
    assert organisers("Sở Y tế tỉnh Bắc Ninh phối hợp với Công đoàn ngành Y tế tỉnh") == ["Sở Y tế tỉnh Bắc Ninh"]


def test_an_organising_committee_s_name_holds_no_event_verb():
    facts = facts_of(
        "Ngày 15/10/2022, Ban Tổ chức Hội thi “Dân vận khéo” thị xã Quảng Yên tổ chức bế mạc và trao giải Hội thi. "
        "Ban tổ chức Liên hoan tuyên truyền ca khúc cách mạng đã trao 3 giải Nhất."
    )
    assert [e.label for e in facts.events] == ["Bế mạc và trao giải Hội thi"]
    # negative: the verb after a board's name still reports its event
    facts = facts_of("Ngày 15/10/2022, Ban Dân vận Thị ủy Quảng Yên tổ chức Hội nghị tổng kết phong trào “Dân vận khéo”.")
    assert [e.label for e in facts.events] == ["Hội nghị tổng kết phong trào “Dân vận khéo”"]


def test_a_cultural_house_as_its_name_capitalises_it_is_the_venue():
    def venue(lead: str) -> str | None:
        return facts_of(lead).events[0].place

    assert venue("Tối 15/1/2023, tại Nhà Văn hóa thị xã, UBND thị xã Quảng Yên tổ chức chương trình “Tự hào Quảng Yên”.") == (
        "Nhà Văn hóa thị xã"
    )
    assert venue("Tối 15/1/2023, UBND thị xã Quảng Yên tổ chức Lễ tuyên dương tại Nhà văn hóa khu 5.") == "Nhà văn hóa khu 5"
    # negative: one who lives there is no event's venue
    assert venue("Ngày 15/1/2023, UBND thị xã Quảng Yên tổ chức Lễ tuyên dương anh Lê Văn Tú, trú tại Nhà văn hóa khu 5.") is None


def test_a_venue_s_head_in_lower_case_is_the_venue_capitalised_as_its_name():
    def venue(where: str) -> str | None:
        return facts_of(f"Ngày 15/1/2023, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết công tác năm 2022 tại {where}.").events[0].place

    assert venue("phòng họp UBND thị xã") == "Phòng họp Ủy ban nhân dân thị xã"
    assert venue("Phòng họp số 1 UBND thị xã") == "Phòng họp số 1 Ủy ban nhân dân thị xã"
    assert venue("nhà văn hóa khu 5") == "Nhà văn hóa khu 5"
    assert venue("sân vận động thị xã") == "Sân vận động thị xã"
    # negative: a commune's centre is where, no venue of a name
    assert venue("trung tâm xã Sông Khoai") is None


def test_an_event_named_with_a_body_s_short_form_in_brackets_reads_through_it():
    said = (
        "Chiều 27/2, tại Hội nghị tổng kết công tác năm 2021 của Phòng Cảnh sát giao thông (CSGT) Công an tỉnh, "
        "Đại tá Huỳnh Việt Hòa đã trao Cờ thi đua của Bộ Công an cho Phòng CSGT."
    )
    [event] = facts_of(said).events
    assert (event.kind, event.date, event.organiser.name) == (
        "Conference",
        dt.date(2022, 2, 27),
        "Phòng Cảnh sát giao thông Công an tỉnh Quảng Ninh",
    )
    assert event.label.endswith("(CSGT) Công an tỉnh")
    # (in other words: the short form before the body's level word)
    said = "Sáng 5/1, tại Hội nghị tổng kết năm 2021 của Hội Cựu chiến binh (CCB) thị xã Quảng Yên, ông A trao Giấy khen cho 5 tập thể."
    [event] = facts_of(said).events
    assert event.label == "Hội nghị tổng kết năm 2021 của Hội Cựu chiến binh (CCB) thị xã Quảng Yên"
    # negative: a bracket of words ends the name as before
    [event] = facts_of("Sáng 5/1, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết năm 2023 (lần thứ 5) tại hội trường.").events
    assert event.label == "Hội nghị tổng kết năm 2023"


def test_a_sitting_named_short_by_its_number_or_kind_after_tai_is_the_event_of_the_body_that_sits():
    def events(said: str) -> list[tuple]:
        return [(e.kind, e.label, e.date, e.organiser.name if e.organiser else None) for e in facts_of(said).events]

    council = "Hội đồng nhân dân thị xã Quảng Yên"
    said = "Ngày 27/9/2023, tại kỳ họp chuyên đề, HĐND thị xã Quảng Yên khóa XX đã bầu ông Nguyễn Tiến Hưng giữ chức Chủ tịch UBND thị xã."
    assert events(said) == [("Meeting", "Kỳ họp chuyên đề", dt.date(2023, 9, 27), council)]
    said = "Chiều 5/12/2023, tại Kỳ họp thứ 15, HĐND thị xã Quảng Yên đã thông qua 20 nghị quyết."
    assert events(said) == [("Meeting", "Kỳ họp thứ 15", dt.date(2023, 12, 5), council)]
    said = "Ngày 27/9/2023, tại Hội nghị lần thứ 15, Ban Chấp hành Đảng bộ thị xã Quảng Yên đã xem xét công tác cán bộ."
    assert events(said) == [("Conference", "Hội nghị lần thứ 15", dt.date(2023, 9, 27), "Thị ủy Quảng Yên")]
    # negatives: a bare head is the event told before; a subject that does not sit holds nothing
    assert events("Ngày 27/9/2023, tại hội nghị tổng kết, UBND thị xã Quảng Yên tặng Giấy khen cho 5 tập thể.") == []
    said = "Ngày 27/9/2023, tại Kỳ họp thứ 12, ông Nguyễn Tiến Hưng được bầu giữ chức Chủ tịch UBND thị xã."
    assert events(said) == [("Meeting", "Kỳ họp thứ 12", dt.date(2023, 9, 27), None)]


def test_a_comma_inside_the_organiser_s_name_after_the_venue_does_not_cut_it():
    facts = facts_of(
        "Ngày 27/6, tại Học viện Tài chính, Khối thi đua các trường đại học, học viện trực thuộc Bộ Tài chính tổ chức Hội nghị "
        "tổng kết công tác thi đua năm học 2022-2023."
    )
    assert [e.organiser.name[:31] for e in facts.events] == ["Khối thi đua các trường đại học"]
    # negative: after the venue, the last capitalised phrase is the organiser
    facts = facts_of("Ngày 27/6, tại Hội trường A, Học viện Tài chính, Khối thi đua số 5 tổ chức Hội nghị tổng kết công tác thi đua.")
    assert [e.organiser.name for e in facts.events] == ["Khối thi đua số 5 tỉnh Quảng Ninh"]


def test_a_committee_s_own_meeting_told_without_its_organiser_is_held_by_the_committee_s_body():
    for told, organiser in (
        ("Sáng 12/1, Hội nghị Ban Chấp hành Đảng bộ thị xã Quảng Yên lần thứ 15 đã được tổ chức.", "Thị ủy Quảng Yên"),
        ("Sáng 12/1, Hội nghị lần thứ 5 Ban Chấp hành Hội Nông dân thị xã Quảng Yên khóa X đã diễn ra.", "Hội Nông dân thị xã Quảng Yên"),
    ):
        assert [e.organiser.name for e in facts_of(told).events] == [organiser], told
    # negative: a meeting its name gives no body of leaves its organiser unsaid
    assert [e.organiser for e in facts_of("Sáng 12/1, Hội nghị tổng kết công tác năm 2022 đã được tổ chức.").events] == [None]


def test_a_headline_s_event_of_a_commune_held_by_one_of_its_villages_is_that_one_event():
    def events(headline: str, body: str) -> list[tuple[str, object]]:
        facts = article(f"{headline}\n16/11/2022\n{body}\nĐào Thu Hà\n")[1]
        return [(e.label, e.date) for e in facts.events]

    body = (
        "Ngày 15/11, Ban Công tác Mặt trận ấp Đông Hòa A (xã Đông Hòa, huyện Châu Thành, tỉnh Kiên Giang) tổ chức Ngày hội "
        "Đại đoàn kết toàn dân tộc năm 2022."
    )
    told = events("Xã Đông Hòa tổ chức Ngày hội Đại đoàn kết toàn dân tộc", body)
    assert told == [("Ngày hội Đại đoàn kết toàn dân tộc năm 2022", dt.date(2022, 11, 15))]
    # another wording: a hamlet ('thôn') of a district's commune, the headline's by the commune's committee
    body = "Ngày 15/11, Ban công tác Mặt trận thôn Đông Hà (xã Đông Hòa) tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2022."
    assert len(events("UBND xã Đông Hòa tổ chức Ngày hội Đại đoàn kết toàn dân tộc", body)) == 1
    # a ward's numbered area ('khu vực 5'), its address in brackets naming the city: the area's board held it, not the city
    body = (
        "Sáng 18/11, Ban Công tác Mặt trận khu vực 5, phường An Hòa (quận Ninh Kiều, TP Cần Thơ) tổ chức Ngày hội Đại đoàn "
        "kết toàn dân tộc năm 2022."
    )
    assert len(events("Phường An Hòa tổ chức Ngày hội Đại đoàn kết toàn dân tộc", body)) == 1
    # negative: two communes of one district holding the same day are two events
    body = (
        "Ngày 15/11, UBND xã Đông Ngũ tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2022. Cùng ngày, UBND xã Đông Hải "
        "cũng tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2022."
    )
    assert len(events("Huyện Tiên Yên sôi nổi các hoạt động ở cơ sở", body)) == 2


def test_those_listed_after_a_second_event_in_its_paragraph_took_part_in_that_one():
    facts = facts_of(
        "Sáng 26/7, UBND thị xã Quảng Yên tổ chức Lễ dâng hương tưởng niệm các anh hùng liệt sĩ.\n"
        "Chiều cùng ngày, UBND thị xã tổ chức gặp mặt người có công tiêu biểu. Tham dự có đồng chí Vũ Văn Tâm, Bí thư Thị ủy."
    )
    assert [[(p.person, p.part) for p in e.participants] for e in facts.events] == [[], [("Vũ Văn Tâm", "attended")]]
    # another wording: the speaker of the second, in its paragraph
    facts = facts_of(
        "Sáng 26/7, UBND thị xã Quảng Yên tổ chức Lễ dâng hương tưởng niệm các anh hùng liệt sĩ.\n"
        "Chiều cùng ngày, Thị đoàn tổ chức Lễ tuyên dương 30 đoàn viên. Đồng chí Lê Thu Hà, Bí thư Thị đoàn phát biểu."
    )
    assert [[(p.person, p.part) for p in e.participants] for e in facts.events] == [[], [("Lê Thu Hà", "spoke")]]
    # negative: listed in a paragraph of their own, they are at the article's main event
    facts = facts_of(
        "Sáng 26/7, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết. Chiều cùng ngày, Thị đoàn tổ chức Lễ tuyên dương.\n"
        "Tham dự có đồng chí Vũ Văn Tâm, Bí thư Thị ủy."
    )
    assert [[(p.person, p.part) for p in e.participants] for e in facts.events] == [[("Vũ Văn Tâm", "attended")], []]


def test_who_speaks_in_a_line_of_their_own_speaks_at_the_events_one_sentence_told_together():
    facts = facts_of(
        "Tối 12/10, Hội Nông dân thị xã Quảng Yên tổ chức Lễ tôn vinh nông dân xuất sắc và Hội nghị tổng kết năm 2023.\n"
        "Ông Vũ Văn Tâm, Chủ tịch Hội Nông dân thị xã phát biểu."
    )
    assert [(p.person, p.part) for p in facts.events[0].participants] == [("Vũ Văn Tâm", "spoke")]
    # (not events told apart: whose it is, unsaid)
    facts = facts_of(
        "Sáng 12/10, Hội Nông dân thị xã Quảng Yên tổ chức Lễ tôn vinh nông dân xuất sắc. Chiều cùng ngày, Thị đoàn tổ chức "
        "Hội nghị tổng kết năm 2023.\nÔng Vũ Văn Tâm, Chủ tịch Hội Nông dân thị xã phát biểu."
    )
    assert [e.participants for e in facts.events] == [[], []]


def test_a_sports_meet_held_is_an_event():
    [event] = facts_of("Sáng 12/1, Công an thị xã Quảng Yên tổ chức Hội thao năm 2023.").events
    assert (event.label, event.organiser.name) == ("Hội thao năm 2023", "Công an thị xã Quảng Yên")
    # another wording: the schools' games, by their name
    [event] = facts_of("Ngày 12/1, Phòng GD&ĐT thị xã tổ chức Hội khỏe Phù Đổng thị xã Quảng Yên lần thứ X.").events
    assert event.label == "Hội khỏe Phù Đổng thị xã Quảng Yên lần thứ X"
    # and one named as the subject of its opening ('Hội thao ... khai mạc sáng 12/1')
    [event] = facts_of("Hội thao Công an thị xã Quảng Yên năm 2023 khai mạc sáng 12/1.").events
    assert (event.label, event.date) == ("Hội thao Công an thị xã Quảng Yên năm 2023", dt.date(2023, 1, 12))
    # negative: a meet's word in a plan is none held
    assert facts_of("UBND thị xã Quảng Yên có kế hoạch tổ chức Hội thao năm 2023.").events == []


def test_a_year_s_theme_in_single_quotes_is_a_theme():
    assert campaigns_of("Năm 2024, huyện chọn chủ đề 'Năm chuyển đổi số' để tập trung chỉ đạo.") == {"Năm chuyển đổi số": "theme"}
    # another wording: curly single quotes, 'lấy chủ đề năm là'
    assert campaigns_of("Năm 2023, thị xã lấy chủ đề năm là ‘Năm dân vận chính quyền’.") == {"Năm dân vận chính quyền": "theme"}
    # negative: a talk's topic in single quotes is no emulation's
    assert campaigns_of("Buổi tọa đàm với chủ đề 'Phụ nữ và gia đình' thu hút đông đảo hội viên.") == {}


def test_a_headline_s_event_held_by_a_commune_is_the_one_its_district_holds_there():
    def events(headline: str, body: str) -> list[tuple]:
        facts = article(f"{headline}\n20/04/2019 09:00\n{body}\nHương Trà\n")[1]
        return [(e.label, str(e.date), _label(e.organiser)) for e in facts.events]

    told = (
        "Ngày 19/4/2019, UBND huyện Quảng Trạch phối hợp với UBND xã Quảng Hợp tổ chức Lễ đón nhận Bằng công nhận xã đạt "
        "chuẩn nông thôn mới."
    )
    assert events("Xã Quảng Hợp đón Bằng công nhận xã đạt chuẩn nông thôn mới", told) == [
        ("Lễ đón nhận Bằng công nhận xã đạt chuẩn nông thôn mới", "2019-04-19", "Ủy ban nhân dân huyện Quảng Trạch")
    ]
    # negative: a meeting the district holds is another event
    told = "Ngày 19/4/2019, UBND huyện Quảng Trạch tổ chức Hội nghị sơ kết xây dựng nông thôn mới."
    assert len(events("Xã Quảng Hợp đón Bằng công nhận xã đạt chuẩn nông thôn mới", told)) == 2


def test_a_headline_s_event_held_by_a_district_is_the_one_a_commune_of_it_holds_there():
    def events(headline: str, body: str) -> list[tuple]:
        facts = article(f"{headline}\n19/08/2025 09:00\n{body}\nHương Trà\n")[1]
        return [(e.label, str(e.date), _label(e.organiser)) for e in facts.events]

    told = "Tối 18/8/2025, UBND phường Đông Hà, tỉnh Quảng Trị tổ chức Lễ mít tinh kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9."
    assert events("Thành phố Đông Hà tổ chức Lễ mít tinh kỷ niệm 80 năm Cách mạng tháng Tám", told) == [
        ("Lễ mít tinh kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9", "2025-08-18", "Ủy ban nhân dân phường Đông Hà")
    ]
    # negative: a commune of another district holds another event
    told = told.replace("phường Đông Hà, tỉnh Quảng Trị", "xã Gio Việt (huyện Gio Linh)")
    assert len(events("Thành phố Đông Hà tổ chức Lễ mít tinh kỷ niệm 80 năm Cách mạng tháng Tám", told)) == 2


def test_an_event_s_name_ends_before_who_held_it_in_the_passive():
    facts = facts_of("Hội nghị tổng kết công tác thi đua năm 2023 được UBND huyện Văn Lãng tổ chức ngày 12/1/2024.")
    assert [(e.label, str(e.date), e.organiser.name) for e in facts.events] == [
        ("Hội nghị tổng kết công tác thi đua năm 2023", "2024-01-12", "Ủy ban nhân dân huyện Văn Lãng")
    ]
    facts = facts_of("Lễ đón nhận Huân chương Lao động hạng Ba đã được Trường THCS Tân Thanh long trọng tổ chức sáng 12/1/2024.")
    assert [e.label for e in facts.events] == ["Lễ đón nhận Huân chương Lao động hạng Ba"]
    # negative: a name whose own words say what was given is kept whole
    facts = facts_of("Ngày 12/1/2024, UBND huyện Văn Lãng tổ chức Lễ tuyên dương các học sinh được tặng Giấy khen năm 2023.")
    assert [e.label for e in facts.events] == ["Lễ tuyên dương các học sinh được tặng Giấy khen năm 2023"]


def test_a_headline_event_takes_the_day_of_a_lead_that_tells_who_presided_or_attended():
    def dated(lead: str) -> list[tuple[str, str]]:
        facts = article(f"Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 huyện Văn Lãng\n{lead}\nĐào Thu Hà\n")[1]
        return [(e.kind, str(e.date)) for e in facts.events]

    assert dated("Sáng 12/1/2024, đồng chí Lò Văn Sơn, Chủ tịch UBND huyện chủ trì.") == [("Conference", "2024-01-12")]
    assert dated("Sáng 12/1/2024, hơn 200 đại biểu đã về dự.") == [("Conference", "2024-01-12")]
    # negative: a lead about another thing of its day dates nothing ('dự án', 'dự kiến')
    assert dated("Ngày 12/1/2024, huyện đã khởi công 3 dự án giao thông.") == [("Conference", "None")]


def test_a_body_reviewing_its_work_the_same_day_as_the_event_before_is_an_event_of_that_day():
    facts = facts_of(
        "Ngày 11/1/2024, UBND huyện Văn Lãng tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n"
        "Chiều cùng ngày, Hội Nông dân huyện Văn Lãng tổng kết công tác Hội năm 2023, tặng Giấy khen cho 8 tập thể."
    )
    assert [(e.label, str(e.date)) for e in facts.events] == [
        ("Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023", "2024-01-11"),
        ("Tổng kết công tác Hội năm 2023", "2024-01-11"),
    ]
    assert [(g.count, g.event) for g in facts.grants] == [(8, "e2")]
    # negative: with no day and past the lead, a review told is no event
    facts = facts_of(
        "Ngày 11/1/2024, UBND huyện Văn Lãng tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n"
        "Hằng năm, Hội Nông dân huyện Văn Lãng tổng kết công tác Hội vào tháng 12."
    )
    assert len(facts.events) == 1


def test_a_region_s_office_of_the_state_audit_holds_its_ceremony_and_receives_its_order():
    facts = article(
        "Kiểm toán Nhà nước khu vực VI đón nhận Huân chương Lao động hạng Nhất\nSáng 14/7/2024, Kiểm toán Nhà nước khu vực VI "
        "tổ chức Lễ kỷ niệm 30 năm thành lập và đón nhận Huân chương Lao động hạng Nhất. Phó Tổng Kiểm toán Nhà nước Đoàn Anh "
        "Thơ đã trao Huân chương cho đơn vị.\nThu Trang\n"
    )[1]
    assert [e.organiser.name for e in facts.events] == ["Kiểm toán Nhà nước khu vực VI"]
    assert [(g.award, g.recipient, g.presenter) for g in facts.grants] == [
        ("huan-chuong-lao-dong-hang-nhat", "Kiểm toán Nhà nước khu vực VI", "Đoàn Anh Thơ")
    ]
    # negative: the State Audit itself is the national body, no region's
    facts = article(
        "Kiểm toán Nhà nước tổng kết năm 2023\nSáng 14/1/2024, Kiểm toán Nhà nước tổ chức Hội nghị tổng kết công tác năm 2023.\nThu Trang\n"
    )[1]
    assert [e.organiser.name for e in facts.events] == ["Kiểm toán Nhà nước"]


def test_a_paper_s_tag_opening_the_lead_defines_no_short_form_for_the_body_the_headline_ends_on():
    facts = article(
        "Viện KSND huyện Tam Đảo nhận Cờ thi đua của Viện trưởng VKSND tối cao\n(PTO) Ngày 25/1/2024, Viện Kiểm sát nhân dân "
        "huyện Tam Đảo tổ chức hội nghị triển khai công tác năm 2024.\nHoàng Anh\n"
    )[1]
    assert [e.organiser.name for e in facts.events] == ["Viện Kiểm sát nhân dân huyện Tam Đảo"]
    # negative: a short form in brackets on the name's own line is defined for it
    facts = article(
        "Tin hoạt động\nNgày 25/1/2024, Trung tâm Văn hóa, Thông tin và Thể thao huyện Tam Đảo (TTVHTT) tổ chức hội nghị tổng "
        "kết. TTVHTT tặng Giấy khen cho 5 cá nhân.\nHoàng Anh\n"
    )[1]
    assert [_label(g.conferrer) for g in facts.grants] == ["Trung tâm Văn hóa, Thông tin và Thể thao huyện Tam Đảo"]


def test_an_article_with_no_headline_or_date_is_of_the_turn_of_the_year_its_lead_reviews():
    facts = article(
        "(BLC) - Sáng 8/12, Cục Quản lý thị trường tỉnh Lào Cai tổ chức hội nghị tổng kết công tác năm 2023.\nDự hội nghị "
        "có đồng chí Giàng A Tông, Phó Chủ tịch UBND tỉnh.\nQuốc Hồng\n"
    )[1]
    assert [str(e.date) for e in facts.events] == ["2023-12-08"]
    # (in January, the next year's)
    facts = article("(BLC) - Sáng 8/1, Cục Thuế tỉnh Lào Cai tổ chức hội nghị tổng kết công tác năm 2023.\nQuốc Hồng\n")[1]
    assert [str(e.date) for e in facts.events] == ["2024-01-08"]
    # negative: a year named once and not reviewed dates nothing
    facts = article("(BLC) - Sáng 8/12, Cục Thuế tỉnh Lào Cai tổ chức hội nghị triển khai Luật Thuế năm 2023.\nQuốc Hồng\n")[1]
    assert [str(e.date) for e in facts.events] == ["None"]


def test_an_undated_article_is_of_the_year_its_meeting_carries_the_work_into_or_is_held_in():
    def dates(text: str) -> list[str]:
        return [str(e.date) for e in article(text)[1].events]

    # a covenant or a launch of the year is held at its start, whatever later year the article names
    assert dates(
        "Ký kết thi đua\n\nNgày 14/3, Khối thi đua số 2 tổ chức hội nghị ký kết giao ước thi đua năm 2022.\n\n"
        "Hội nghị bầu Sở Tư pháp làm Khối trưởng năm 2023.\n"
    ) == ["2022-03-14"]
    assert dates("Phát động\n\nSáng 9/2, Công an huyện C tổ chức Lễ phát động thi đua năm 2021.\n") == ["2021-02-09"]
    # the review of one year held with the next one's tasks: in January the next year, in December its own
    text = "Tổng kết\n\n{}, Hội Cựu chiến binh xã D tổ chức hội nghị tổng kết năm 2022, triển khai nhiệm vụ năm 2023.\n"
    assert dates(text.format("Chiều 6/1")) == ["2023-01-06"]
    assert dates(text.format("Chiều 27/12")) == ["2022-12-27"]
    # a mid-year review is of the year it names, whatever the month
    assert dates("Sơ kết\n\nSáng 12/7, Đoàn xã E sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020.\n") == [
        "2020-07-12"
    ]
    # negative: a task done, named once, dates nothing
    assert dates("Tuyên dương\n\nSáng 12/7, Đoàn xã E tổ chức hội nghị tuyên dương đoàn viên hoàn thành xuất sắc nhiệm vụ năm 2020.\n") == [
        "None"
    ]


def test_who_attends_and_does_something_there_attended_and_did_it():
    def parts(then: str) -> set[tuple[str, str]]:
        facts = facts_of("Sáng 9/1, Hội Nông dân huyện Tiên Du tổ chức hội nghị tổng kết công tác Hội năm 2023. " + then)
        return {(p.person, p.part) for p in facts.events[0].participants}

    assert parts("Phó Chủ tịch UBND huyện Đỗ Văn Khải dự và phát biểu chỉ đạo.") == {
        ("Đỗ Văn Khải", "attended"),
        ("Đỗ Văn Khải", "spoke"),
    }
    assert parts("Bà Hoàng Thị Lụa, Chủ tịch Hội Nông dân tỉnh đã về dự và chủ trì hội nghị.") == {
        ("Hoàng Thị Lụa", "attended"),
        ("Hoàng Thị Lụa", "presided"),
    }
    # the rewards handed over, said as 'khen thưởng', are awards presented
    assert parts("Ông Đỗ Văn Khải, Phó Chủ tịch UBND huyện dự và trao khen thưởng.") == {
        ("Đỗ Văn Khải", "attended"),
        ("Đỗ Văn Khải", "presented_awards"),
    }
    # negative: speaking alone is no attending said, and 'dự kiến' no attending
    assert parts("Phó Chủ tịch UBND huyện Đỗ Văn Khải phát biểu chỉ đạo.") == {("Đỗ Văn Khải", "spoke")}
    assert parts("Ông Đỗ Văn Khải, Phó Chủ tịch UBND huyện chủ trì và dự kiến năm tới khen thưởng nhiều hơn.") == {
        ("Đỗ Văn Khải", "presided")
    }


def test_an_undated_article_naming_one_school_year_dates_its_days_within_it():
    def dates(text: str) -> list[str]:
        return [str(e.date) for e in article(text)[1].events]

    assert dates("Khai giảng\n\nSáng 5/9, Trường THCS Lê Lợi tổ chức Lễ khai giảng năm học 2024-2025.\n") == ["2024-09-05"]
    # its days of January to August are its second year's, whatever its first year the article names again
    assert dates(
        "Hội khỏe\n\nNgày 18/1, Phòng GD&ĐT huyện Tiên Du tổ chức Hội khỏe Phù Đổng năm học 2023-2024. Năm 2023, huyện có "
        "5 trường đạt chuẩn.\n"
    ) == ["2024-01-18"]
    # negative: a school year ahead, in an article about another year, dates nothing of it
    assert dates(
        "Tổng kết\n\nNgày 20/12, UBND huyện Tiên Du tổ chức hội nghị tổng kết năm 2022. Năm 2022, huyện có 5 trường đạt "
        "chuẩn. Huyện chuẩn bị cho năm học 2024-2025.\n"
    ) == ["2022-12-20"]


def test_an_event_s_name_ends_before_how_it_was_held():
    for how in ("theo hình thức trực tuyến", "bằng hình thức trực tiếp kết hợp trực tuyến", "dưới hình thức hội nghị truyền hình"):
        facts = facts_of(f"Sáng 10/1/2024, UBND huyện Hải Hà tổ chức Hội nghị tổng kết công tác thi đua năm 2023 {how}.")
        assert [e.label for e in facts.events] == ["Hội nghị tổng kết công tác thi đua năm 2023"], how
    # negative: 'trực tuyến' inside a name, no form said, stays in it
    facts = facts_of("Sáng 10/1/2024, UBND huyện Hải Hà tổ chức Hội thi tìm hiểu pháp luật trực tuyến năm 2023.")
    assert [e.label for e in facts.events] == ["Hội thi tìm hiểu pháp luật trực tuyến năm 2023"]


def test_an_event_s_name_ends_before_how_many_came():
    for many in ("với 35 thành viên", "với hơn 200 đại biểu tham dự", "với khoảng 1.500 người tham gia"):
        facts = facts_of(f"Tối 20/10/2023, Huyện đoàn Hải Hà tổ chức Lễ ra mắt Câu lạc bộ Doanh nhân trẻ huyện {many}.")
        assert [e.label for e in facts.events] == ["Lễ ra mắt Câu lạc bộ Doanh nhân trẻ huyện"], many
    # negative: whom it met is part of its name
    facts = facts_of("Sáng 5/1/2024, UBND huyện Hải Hà tổ chức Hội nghị gặp mặt với 50 doanh nghiệp tiêu biểu.")
    assert [e.label for e in facts.events] == ["Hội nghị gặp mặt với 50 doanh nghiệp tiêu biểu"]


def test_a_headline_s_receiving_is_at_the_body_s_one_event_its_recipient_holds():
    def events(body: str) -> list[tuple]:
        facts = article(f"Trường THPT Lê Lợi đón nhận Huân chương Lao động hạng Ba\n21/11/2023 09:00\n{body}\nHương Trà\n")[1]
        return [(e.label, str(e.date)) for e in facts.events], [g.date for g in facts.grants]

    held = "Sáng 20/11/2023, Trường THPT Lê Lợi (thị xã Quảng Yên) tổ chức Lễ kỷ niệm Ngày Nhà giáo Việt Nam."
    assert events(held) == ([("Lễ kỷ niệm Ngày Nhà giáo Việt Nam", "2023-11-20")], [dt.date(2023, 11, 20)])
    # negative: an event another body holds is no ceremony of the school's
    held = "Sáng 20/11/2023, UBND thị xã Quảng Yên tổ chức Lễ kỷ niệm Ngày Nhà giáo Việt Nam."
    assert len(events(held)[0]) == 2


def test_the_review_of_a_month_or_a_contest_of_a_year_is_held_in_that_year_not_at_its_turn():
    def date_of(title: str, said: str) -> dt.date | None:
        return article(f"{title}\n{said}\nĐào Thu Hà\n")[1].events[0].date

    for named in ("Tháng Công nhân năm 2023", "Hội thi Dân vận khéo năm 2023", "đợt thi đua cao điểm năm 2023"):
        said = f"Tối ngày 24/5, Liên đoàn Lao động tỉnh Bắc Giang tổ chức Lễ tổng kết {named}."
        assert date_of(f"Tổng kết {named}", said) == dt.date(2023, 5, 24), named
    # negative: a year's review is held at the turn of the year, its days of spring the next year's
    said = "Sáng ngày 14/2, Liên đoàn Lao động tỉnh Bắc Giang tổ chức Hội nghị tổng kết công tác Công đoàn năm 2023."
    assert date_of("Tổng kết công tác Công đoàn năm 2023", said) == dt.date(2024, 2, 14)


def test_a_ceremony_that_starts_or_ends_something_named_with_its_year_is_held_in_that_year():
    def date_of(title: str, said: str) -> dt.date | None:
        return article(f"{title}\n{said}\nĐào Thu Hà\n")[1].events[0].date

    for named, day in (
        ("lễ trao bằng tốt nghiệp đại học đợt 2 năm 2025", dt.date(2025, 9, 14)),
        ("Lễ ra quân tấn công trấn áp tội phạm năm 2025", dt.date(2025, 9, 14)),
        ("Lễ khánh thành Nhà văn hóa thôn năm 2025", dt.date(2025, 9, 14)),
    ):
        assert date_of("Tin hoạt động", f"Sáng 14.9, Trường Đại học Hải Phòng tổ chức {named}.") == day, named
    # negative: the honours of a year's achievers may be held at the next year's start: no year said of its day
    assert date_of("Tin hoạt động", "Sáng 14.1, Trường Đại học Hải Phòng tổ chức Lễ tuyên dương sinh viên năm 2024.") is None


def test_a_festival_or_contest_named_with_its_year_is_held_in_that_year():
    def date_of(title: str, said: str) -> dt.date | None:
        return article(f"{title}\n{said}\nĐào Thu Hà\n")[1].events[0].date

    for named in ("Ngày hội Đại đoàn kết toàn dân tộc năm 2022", "Hội thi Tin học trẻ huyện Nghĩa Hưng năm 2022"):
        said = f"Tối 12/11, Ban công tác Mặt trận xóm 5 tổ chức {named}."
        assert date_of("Ngày hội ở xóm 5", said) == dt.date(2022, 11, 12), named
    # negative: a year said of something else in the article, once, dates nothing
    said = "Tối 12/11, Ban công tác Mặt trận xóm 5 tổ chức Ngày hội Đại đoàn kết toàn dân tộc. Xóm đạt chuẩn văn hóa năm 2022."
    assert date_of("Ngày hội ở xóm 5", said) is None


def test_a_report_told_at_an_event_ends_the_event_s_name_before_its_reporting_verb():
    lead = "Ngày 12/1/2023, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết phong trào thi đua năm 2022. "
    for told in (
        "Báo cáo tại hội nghị cho biết, năm qua, toàn thị xã có 12 tập thể được khen thưởng.",
        "Báo cáo tại ngày hội cho hay, năm qua, Công an phường đã giải quyết 45 vụ việc.",
        "Theo báo cáo tại Hội nghị tổng kết phong trào thi đua năm 2022 cho biết, thị xã có 50 mô hình hay.",
    ):
        labels = [e.label for e in facts_of(lead + told).events]
        assert labels == ["Hội nghị tổng kết phong trào thi đua năm 2022"], told
    # negative: a name that holds no reporting verb reads on as before
    labels = [e.label for e in facts_of("Ngày 12/1/2023, UBND thị xã tổ chức Hội nghị biểu dương điển hình tiên tiến năm 2022.").events]
    assert labels == ["Hội nghị biểu dương điển hình tiên tiến năm 2022"]


def test_an_event_s_name_ends_before_the_words_that_open_its_list():
    for lead, name in (
        (", cụ thể: 3 cá nhân được tặng Giấy khen.", "Hội nghị tổng kết công tác năm 2022 và khen thưởng các cá nhân"),
        (" như sau: 5 tập thể được tặng Giấy khen.", "Hội nghị tổng kết công tác năm 2022 và khen thưởng các cá nhân"),
    ):
        told = f"Ngày 12/1/2023, UBND thị xã tổ chức Hội nghị tổng kết công tác năm 2022 và khen thưởng các cá nhân{lead}"
        assert [e.label for e in facts_of(told).events] == [name], lead
    # negative: the words inside a name, no list after them, are the name's
    told = "Ngày 12/1/2023, UBND thị xã tổ chức Hội nghị cụ thể hóa Nghị quyết Đại hội Đảng bộ thị xã."
    assert [e.label for e in facts_of(told).events] == ["Hội nghị cụ thể hóa Nghị quyết Đại hội Đảng bộ thị xã"]


def test_a_body_of_a_presiding_person_s_title_is_no_subject_where_another_body_is_named():
    def organisers(told: str) -> list[str | None]:
        return [e.organiser.name if e.organiser else None for e in facts_of(told).events]

    told = (
        "Sáng 12/1/2023, dưới sự chủ trì của đồng chí Hoàng Văn Nam, Chủ tịch UBND thị xã, Hội đồng TĐKT thị xã đã họp "
        "phiên thứ nhất năm 2023."
    )
    assert organisers(told) == ["Hội đồng Thi đua - Khen thưởng thị xã Quảng Yên"]
    told = "Ngày 12/1/2023, với sự chủ trì của bà Lê Thị Mai, Phó Bí thư Thị ủy, Ban Dân vận Thị ủy tổ chức Hội nghị sơ kết."
    assert organisers(told) == ["Ban Dân vận Thị ủy Quảng Yên"]
    # negative: with no other body named, the body of the title holds it, as before
    told = "Ngày 12/1/2023, đồng chí Hoàng Văn Nam, Chủ tịch UBND thị xã tổ chức Hội nghị đối thoại với doanh nghiệp."
    assert organisers(told) == ["Ủy ban nhân dân thị xã Quảng Yên"]


def test_a_programme_under_its_own_name_held_to_gather_or_honour_people_is_an_event_named_by_it():
    for told, name in (
        ("Chiều 18/1, Sở Ngoại vụ tỉnh Quảng Ninh tổ chức chương trình Xuân quê hương năm 2024 gặp mặt kiều bào.",
         "Chương trình Xuân quê hương năm 2024 gặp mặt kiều bào"),
        ("Tối 2/9, Thị đoàn Quảng Yên tổ chức chương trình Thắp sáng ước mơ tuyên dương 30 học sinh vượt khó.",
         "Chương trình Thắp sáng ước mơ tuyên dương 30 học sinh vượt khó"),
        ("Sáng 5/5, UBND thị xã Quảng Yên tổ chức chương trình Tri ân họp mặt các gia đình chính sách.",
         "Chương trình Tri ân họp mặt các gia đình chính sách"),
    ):  # fmt: skip
        assert [(e.label, e.kind) for e in facts_of(told).events] == [(name, "Ceremony")], told
    # a programme carried out, or one of action, is no event
    for told in (
        "Ngày 9/2, UBND thị xã Quảng Yên tổ chức thực hiện chương trình mục tiêu quốc gia về giảm nghèo bền vững.",
        "Ngày 9/2, UBND thị xã Quảng Yên tổ chức chương trình hành động năm 2024 của thị xã.",
    ):
        assert facts_of(told).events == [], told


def test_an_event_s_name_ends_before_the_person_it_was_held_by():
    # 'do ông A, Phó Chủ tịch ... chủ trì' after a meeting's or an event's name: who chaired it, no part of the name
    f = facts_of(
        "Ngày 19/4, Hội đồng Thi đua - Khen thưởng tỉnh họp xét khen thưởng đợt 1 năm 2017 do bà Lê Thị Mai, Phó Chủ tịch"
        " UBND tỉnh chủ trì."
    )
    assert [e.label for e in f.events] == ["Họp xét khen thưởng đợt 1 năm 2017 của Hội đồng Thi đua - Khen thưởng tỉnh Quảng Ninh"]
    f = facts_of("Sáng 3/6, UBND thị xã tổ chức Hội nghị sơ kết 6 tháng do đồng chí Trần Văn An, Chủ tịch UBND thị xã chủ trì.")
    assert [e.label for e in f.events] == ["Hội nghị sơ kết 6 tháng"]
    # (not 'do ông bà để lại', what forebears left, in lower case after the honorific)
    f = facts_of("Sáng 3/6, UBND thị xã tổ chức Lễ tuyên dương các gương hiếu thảo do ông bà để lại.")
    assert f.events[0].label.startswith("Lễ tuyên dương các gương hiếu thảo do ông bà")


def test_handing_over_decisions_at_an_award_s_ceremony_is_presenting_the_award():
    lead = "Chiều 24/5/2022, Công an thị xã tổ chức lễ trao quyết định của Bộ trưởng Bộ Công an tặng Bằng khen cho 3 cán bộ."
    f = facts_of(lead + " Đại tá Đặng Hồng Sinh, Giám đốc Công an tỉnh trao quyết định và chúc mừng các đồng chí được khen thưởng.")
    assert [(p.person, p.part) for p in f.events[0].participants] == [("Đặng Hồng Sinh", "presented_awards")]
    f = facts_of(lead + " Thượng tá Lê Văn Hùng, Trưởng Công an thị xã đã trao các quyết định.")
    assert [(p.person, p.part) for p in f.events[0].participants] == [("Lê Văn Hùng", "presented_awards")]
    # (not at a ceremony of an appointment, whose name tells no award)
    f = facts_of(
        "Chiều 24/5/2022, Công an thị xã tổ chức lễ công bố quyết định bổ nhiệm Phó Trưởng Công an thị xã. Đại tá Đặng Hồng"
        " Sinh, Giám đốc Công an tỉnh trao quyết định và chúc mừng đồng chí Nguyễn Văn Thành."
    )
    assert all(p.part != "presented_awards" for e in f.events for p in e.participants)


def test_an_event_held_over_days_told_after_its_name_is_dated_by_its_first():
    for days in (
        "trong 2 ngày 14 và 15/8/2020",
        "trong hai ngày 14-15/8/2020",
        "từ ngày 14 đến ngày 15/8/2020",
        "từ ngày 14/8 đến 15/8/2020",
    ):
        held = facts_of(f"Đại hội Thi đua yêu nước huyện lần thứ V đã diễn ra {days}.").events
        organised = facts_of(f"UBND thị xã tổ chức Đại hội Thi đua yêu nước lần thứ V {days}.").events
        assert [e.date for e in held] == [dt.date(2020, 8, 14)], days
        assert [(e.label, e.date) for e in organised] == [("Đại hội Thi đua yêu nước lần thứ V", dt.date(2020, 8, 14))], days
    # (a span of ages or months after the name is no day, and stays in it)
    organised = facts_of("UBND thị xã tổ chức Hội thi Tìm hiểu pháp luật dành cho học sinh từ 15 đến 18 tuổi.").events
    assert [e.date for e in organised] == [None]


def test_a_campaign_s_launcher_after_its_period_set_off_by_a_comma():
    def launcher(sentence: str):
        c = facts_of(sentence).campaigns[0]
        return getattr(c.launched_by, "label", None) or getattr(c.launched_by, "name", None) or c.launched_by

    said = "Các xã hưởng ứng phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới”, giai đoạn 2021 - 2025 do Thủ tướng Chính phủ phát động."
    assert launcher(said) == "Thủ tướng Chính phủ"
    # (not the launcher of the campaign named after it)
    said = (
        "Các xã hưởng ứng phong trào “Cả nước chung sức xây dựng nông thôn mới”, giai đoạn 2021 - 2025 và phong trào"
        " “Nông dân sản xuất giỏi” do Hội Nông dân tỉnh phát động."
    )
    assert launcher(said) is None


def test_a_body_organising_the_year_s_tasks_on_a_day_holds_a_meeting():
    assert _events_of("Ngày 10/2/2023, Ngân hàng Nhà nước chi nhánh tỉnh tổ chức triển khai nhiệm vụ ngân hàng năm 2023.") == [
        ("Conference", "Triển khai nhiệm vụ ngân hàng năm 2023", dt.date(2023, 2, 10))
    ]
    assert _events_of("Chiều 12/1/2023, Hội Nông dân thị xã tổ chức triển khai công tác Hội năm 2023.") == [
        ("Conference", "Triển khai công tác Hội năm 2023", dt.date(2023, 1, 12))
    ]
    # negative: carrying a resolution or a plan out is no meeting, nor is the year's work told undated
    assert _events_of("Ngày 10/2/2023, UBND thị xã tổ chức triển khai thực hiện Nghị quyết số 12.") == []
    assert _events_of("Ngày 10/2/2023, UBND thị xã tổ chức triển khai kế hoạch phòng chống thiên tai.") == []
    assert _events_of("Năm 2023, UBND thị xã đã tổ chức triển khai nhiệm vụ đạt kết quả tốt.") == []


def test_a_gathering_named_by_its_verb_alone_takes_the_anniversary_told_before_it():
    def events(sentence: str) -> list[tuple[str, object]]:
        return [(e.label, e.date) for e in facts_of(sentence).events]

    assert events("Ngày 20/10/2023, nhân dịp kỷ niệm 93 năm Ngày thành lập Hội LHPN Việt Nam, Hội LHPN thị xã tổ chức gặp mặt.") == [
        ("Gặp mặt kỷ niệm 93 năm Ngày thành lập Hội LHPN Việt Nam", dt.date(2023, 10, 20))
    ]
    # (its years in brackets left out of the name)
    assert events(
        "Ngày 27/2/2023, nhân kỷ niệm 68 năm Ngày Thầy thuốc Việt Nam (27/2/1955 – 27/2/2023), Trung tâm Y tế thị xã tổ chức họp mặt."
    ) == [("Họp mặt kỷ niệm 68 năm Ngày Thầy thuốc Việt Nam", dt.date(2023, 2, 27))]
    # negative: an occasion that is no anniversary names nothing, and a gathering with nothing more said is no event
    assert events("Ngày 27/2/2023, nhân dịp Tết, Trung tâm Y tế thị xã tổ chức gặp mặt.") == []
    assert events("Ngày 27/2/2023, Trung tâm Y tế thị xã tổ chức gặp mặt.") == []


def test_an_undated_event_told_in_passing_leaves_the_dated_one_the_article_s_only_occasion():
    def parts(body: str) -> list[tuple[str, list[tuple[str, str]]]]:
        return [(e.label, [(p.person, p.part) for p in e.participants]) for e in facts_of(body).events]

    lead = "Ngày 6/1/2023, Hội Nông dân thị xã tổ chức hội nghị tổng kết công tác Hội năm 2022.\n"
    said = "Ông Lê Văn Sáu, Chủ tịch Hội Nông dân thị xã chủ trì. Năm 2022, Hội đã tổ chức Hội thi Nhà nông đua tài lần thứ 5.\n"
    assert parts(lead + said)[0] == ("Hội nghị tổng kết công tác Hội năm 2022", [("Lê Văn Sáu", "presided")])
    # negative: a second event on a day of its own is another occasion, where one presiding alone is not placed
    dated = "Ông Lê Văn Sáu, Chủ tịch Hội Nông dân thị xã chủ trì. Ngày 8/1/2023, Hội đã tổ chức Hội thi Nhà nông đua tài lần thứ 5.\n"
    assert parts(lead + dated)[0] == ("Hội nghị tổng kết công tác Hội năm 2022", [])


def test_a_body_reviewing_a_month_of_action_a_campaign_or_a_resolution_on_a_day_holds_a_meeting():
    for told, label in (
        (
            "Ngày 23/5, Ban Chỉ đạo liên ngành về an toàn thực phẩm thị xã tổng kết Tháng hành động vì an toàn thực phẩm.",
            "Tổng kết Tháng hành động vì an toàn thực phẩm",
        ),
        ("Sáng 10/8, Thị đoàn Quảng Yên tổng kết Chiến dịch thanh niên tình nguyện hè.", "Tổng kết Chiến dịch thanh niên tình nguyện hè"),
        (
            "Chiều 12/3, Thị ủy Quảng Yên sơ kết Nghị quyết số 05-NQ/TU về phát triển du lịch.",
            "Sơ kết Nghị quyết số 05-NQ/TU về phát triển du lịch",
        ),
        ("Ngày 2/6, UBND thị xã Quảng Yên tổng kết tháng cao điểm phòng, chống ma túy.", "Tổng kết tháng cao điểm phòng, chống ma túy"),
    ):
        [event] = facts_of("Đoàn viên ra quân hưởng ứng. " + told).events
        assert (event.kind, event.label) == ("Conference", label)
    # negatives: a month that is only the time reviewed; and a campaign reviewed in a year, no day told
    assert facts_of("Đoàn viên ra quân hưởng ứng. Ngày 2/5, Thị đoàn Quảng Yên tổng kết tháng qua và đề ra nhiệm vụ.").events == []
    assert facts_of("Đoàn viên ra quân hưởng ứng. Năm 2023, Thị đoàn Quảng Yên tổng kết Chiến dịch thanh niên tình nguyện hè.").events == []


def test_an_undated_event_is_dated_by_a_later_sentence_that_points_back_by_its_head_word():
    facts = facts_of(
        "UBND thị xã tổ chức Hội nghị tổng kết công tác thi đua năm 2023. Hội nghị diễn ra vào sáng 12/1/2024 tại Hội trường UBND thị xã."
    )
    assert [(e.label, e.date) for e in facts.events] == [("Hội nghị tổng kết công tác thi đua năm 2023", dt.date(2024, 1, 12))]
    facts = facts_of("Thị đoàn tổ chức Lễ tuyên dương thanh niên tiêu biểu năm 2023. Buổi lễ được tổ chức vào tối 20/1/2024.")
    assert [e.date for e in facts.events] == [dt.date(2024, 1, 20)]
    # negatives: another kind of event to come; and a day told already is kept
    facts = facts_of("UBND thị xã tổ chức Hội nghị tổng kết công tác thi đua năm 2023. Lễ trao giải sẽ diễn ra vào ngày 20/1/2024.")
    assert [e.date for e in facts.events] == [None]
    facts = facts_of(
        "Ngày 10/1/2024, UBND thị xã tổ chức Hội nghị tổng kết công tác thi đua năm 2023. Hội nghị diễn ra trong ngày 11/1/2024."
    )
    assert [e.date for e in facts.events] == [dt.date(2024, 1, 10)]


def test_a_body_that_holds_an_exchange_on_a_day_holds_a_ceremony_named_by_it():
    for told, label in (
        (
            "Ngày 12/3, UBND thị xã Quảng Yên tổ chức giao lưu, gặp mặt các điển hình tiên tiến.",
            "Giao lưu, gặp mặt các điển hình tiên tiến",
        ),
        (
            "Tối 8/3, Thị đoàn Quảng Yên tổ chức giao lưu văn nghệ chào mừng Ngày Quốc tế Phụ nữ.",
            "Giao lưu văn nghệ chào mừng Ngày Quốc tế Phụ nữ",
        ),
    ):
        [event] = facts_of("Đoàn viên ra quân hưởng ứng. " + told).events
        assert (event.kind, event.label) == ("Ceremony", label)
    # negatives: exchanges of a year, no day told; and one named by nothing more
    assert facts_of("Đoàn viên ra quân hưởng ứng. Năm 2023, Thị đoàn tổ chức giao lưu nhiều lần với các đơn vị.").events == []
    assert facts_of("Đoàn viên ra quân hưởng ứng. Ngày 12/3, UBND thị xã Quảng Yên tổ chức giao lưu.").events == []


def test_a_body_placed_in_brackets_before_its_review_verb_still_held_the_meeting():
    for said in (
        "Ngày 10/12/2022, Hội CCB phường Quang Trung (TP Thái Bình) tổng kết công tác Hội năm 2022.",
        "Ngày 10/12/2022, UBND xã Tân Lập (huyện Văn Lãng) tổng kết phong trào thi đua năm 2022.",
    ):
        [event] = facts_of(said).events
        assert (event.kind, event.date) == ("Conference", dt.date(2022, 12, 10)), said
        assert event.label.startswith("Tổng kết "), said
    # negative: what it says it will review is no meeting held
    assert facts_of("Ngày 10/12/2022, UBND xã Tân Lập (huyện Văn Lãng) cho biết sẽ tổng kết phong trào thi đua năm 2022.").events == []


def test_a_great_ceremony_is_a_ceremony():
    assert _events_of("Sáng 8/1, Ban Trị sự Giáo hội Phật giáo Việt Nam thị xã Quảng Yên tổ chức Đại lễ cầu siêu.") == [
        ("Ceremony", "Đại lễ cầu siêu", dt.date(2023, 1, 8))
    ]
    assert _events_of("Tối 12/1, UBND thị xã Quảng Yên long trọng tổ chức Đại lễ kỷ niệm 1000 năm danh xưng Quảng Yên.") == [
        ("Ceremony", "Đại lễ kỷ niệm 1000 năm danh xưng Quảng Yên", dt.date(2023, 1, 12))
    ]
    # (its host said after it, or it the subject of its passive: its whole name still)
    assert [e[1] for e in _events_of("Sáng 8/1, Đại lễ cầu an do Ban Trị sự Giáo hội Phật giáo Việt Nam thị xã Quảng Yên tổ chức.")] == [
        "Đại lễ cầu an"
    ]
    assert [e[1] for e in _events_of("Sáng 8/1, Đại lễ cầu an đã được Ban Trị sự Giáo hội Phật giáo thị xã tổ chức trọng thể.")] == [
        "Đại lễ cầu an"
    ]
    # negative: the words in a name and a word after it are no event
    assert _events_of("Ông Lê Văn Đại lễ phép chào hỏi các đại biểu ngày 12/1.") == []


def test_who_did_something_before_an_event_told_as_held_the_same_day_did_it_elsewhere():
    def parts(lead: str, after: str = "") -> list[list[tuple[str, str]]]:
        body = (
            f"Hội Cựu chiến binh tổng kết phong trào thi đua\n04/02/2024 09:00\n{lead}\n{{then}}, Hội Cựu chiến binh thị xã "
            f"Quảng Yên tổ chức tổng kết phong trào thi đua “Cựu chiến binh gương mẫu”.{after}\nTrần Thu Hương\n"
        )
        return [
            sorted((p.person, p.part) for p in article(body.format(then=then))[1].events[0].participants)
            for then in ("Cùng ngày", "Chiều cùng ngày", "Cũng trong ngày", "Sáng 3/2")
        ]

    visit = "Sáng 3/2, đồng chí Vũ Văn Diện, Bí thư Thị ủy Quảng Yên đã đến thăm, trao Huy hiệu 55 năm tuổi Đảng cho ông Trần Văn Lân."
    # told as held the same day after it, the event is another occasion; told on a day of its own, the one the article
    # is about
    assert parts(visit) == [[], [], [], [("Vũ Văn Diện", "presented_awards")]]
    # and one told after it, in its paragraph, took part in it
    spoke = [("Vũ Văn Diện", "attended"), ("Vũ Văn Diện", "spoke")]
    assert parts(visit, " Đồng chí Vũ Văn Diện dự và phát biểu.") == [spoke] * 3 + [sorted([*spoke, ("Vũ Văn Diện", "presented_awards")])]


def test_a_theme_a_place_carries_out_for_a_year_is_that_year_s_theme():
    def found(sentence: str) -> list[tuple[str, str]]:
        return [(c.kind, c.name) for c in facts_of(sentence).campaigns]

    assert found('Năm 2024, tỉnh thực hiện chủ đề "Năm chuyển đổi số".') == [("theme", "Năm chuyển đổi số")]
    assert found("Năm 2023, huyện triển khai chủ đề “Năm đẩy mạnh cải cách hành chính”.") == [("theme", "Năm đẩy mạnh cải cách hành chính")]
    # negatives: a contest's topic carried out, and a programme's topic, are no year's theme
    assert found('Hội thi năm 2024 thực hiện chủ đề "Tuổi trẻ sáng tạo".') == []
    assert found('Năm 2024, Đoàn thanh niên thực hiện chương trình với chủ đề "Tuổi trẻ xung kích".') == []


def test_a_handing_over_headline_ends_its_name_before_the_former_post_of_the_one_given_to():
    def labels(headline: str) -> list[str]:
        text = (
            headline + "\n15/01/2023 10:00\nSáng 12/1, đồng chí Nguyễn Văn Hải, Bí thư Tỉnh ủy trao Huân chương cho đồng chí Lê Văn Tuấn.\n"
        )
        return [e.label for e in article(text)[1].events]

    for dash in ("–", "-"):
        assert labels(f"Trao Huân chương Lao động hạng Ba cho đồng chí Lê Văn Tuấn {dash} nguyên Trưởng Ban Tuyên giáo Tỉnh ủy") == [
            "Trao Huân chương Lao động hạng Ba cho đồng chí Lê Văn Tuấn"
        ], dash
    # negative: a dash before a name's lower-case words goes on with the name
    assert labels("Hội nghị tổng kết – khen thưởng điển hình tiên tiến năm 2022") == [
        "Hội nghị tổng kết – khen thưởng điển hình tiên tiến năm 2022"
    ]


def test_the_event_told_before_its_comma_left_out_then_who_gave_at_it_is_no_event_of_its_own():
    # 'Tại hội nghị ông A trao ...': the comma after the event pointed back to left out, the giving read as its name
    for said in (
        "Tại hội nghị ông Lâm Hải Giang trao Bằng khen của UBND tỉnh cho 6 tập thể, 10 cá nhân.",
        "Tại hội nghị Thống đốc Ngân hàng Nhà nước Việt Nam tặng Cờ thi đua cho 2 đơn vị, Bằng khen cho 4 tập thể.",
        "Tại hội nghị UBND phường khen thưởng 10 tập thể, 35 cá nhân.",
        "Tại hội nghị thừa ủy quyền của Chủ tịch UBND tỉnh, ông Lê Văn An trao Cờ thi đua cho 2 tập thể.",
        # (the giver's title after a comma, which ended the name read before the verb was reached)
        "Tại hội nghị đồng chí Hoàng Thị Lan, Phó Viện trưởng VKSND tỉnh trao Cờ thi đua cho đơn vị.",
        "Tại buổi lễ bà Nguyễn Thị Mai, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh đã tặng Giấy khen cho 12 hội viên.",
        "Tại Đại hội Đ/c Lò Văn Sơn, Bí thư Huyện ủy phát biểu chỉ đạo.",
    ):
        assert _events_of(said) == [], said
    # negative: a ceremony that honours one named after more words is an event
    said = "Tại Lễ truy điệu đồng chí Lò Văn Sơn, ông Lê Văn A đọc điếu văn."
    assert [e[1] for e in _events_of(said)] == ["Lễ truy điệu đồng chí Lò Văn Sơn"]
    # negatives: a ceremony named for the giving it holds, and a named one before its comma, are events
    said = "Tại Lễ trao tặng Huân chương Lao động hạng Ba cho Trường THCS Lê Lợi ngày 5/1/2023, ông Lê Văn A phát biểu."
    assert [e[1] for e in _events_of(said)] == ["Lễ trao tặng Huân chương Lao động hạng Ba cho Trường THCS Lê Lợi"]
    said = "Tại Hội nghị Ban Chấp hành Đảng bộ thị xã lần thứ 15 ngày 5/1/2023, ông Lê Văn A trao Bằng khen cho 6 tập thể."
    assert [e[1] for e in _events_of(said)] == ["Hội nghị Ban Chấp hành Đảng bộ thị xã lần thứ 15"]


def test_the_unit_that_launches_is_the_body_opening_the_headline_a_page_prints_under_its_title(tmp_path):
    from tdkt.ingest.conferrers import label
    from tdkt.ingest.pipeline import process

    def launcher(title: str) -> str | None:
        page = tmp_path / "page.html"
        page.write_text(
            f"<html><head><title>{title} | Báo điện tử</title></head><body><h1>{title}</h1><p>15/01/2024 10:20</p>"
            "<p>Sáng 14/1, Trung tâm Y tế huyện Hải Hà tổ chức hội nghị tổng kết công tác năm 2023.</p>"
            "<p>Đơn vị phát động phong trào thi đua “Cán bộ y tế thân thiện, tận tụy” năm 2024.</p><p>Minh Thư</p></body></html>",
            encoding="utf-8",
        )
        _, facts = process(page)
        (campaign,) = facts.campaigns
        return label(campaign.launched_by) if campaign.launched_by is not None else None

    assert launcher("Trung tâm Y tế huyện Hải Hà đón nhận Bằng khen của Bộ Y tế") == "Trung tâm Y tế huyện Hải Hà"
    # a headline that does not open on a body leaves 'Đơn vị' the unit the lead opens on, its subject
    assert launcher("Sôi nổi thi đua ở cơ sở y tế huyện Hải Hà") == "Trung tâm Y tế huyện Hải Hà"


def test_a_conference_whose_name_joins_its_parts_by_dashes_keeps_them_all():
    for name in (
        "Hội nghị Quân - Dân chính Đảng năm 2023",
        "Hội nghị Quân – Dân – Chính – Đảng năm 2023",
        "Hội nghị quân – dân chính Đảng năm 2023",
        "Hội nghị Quân sự - Quốc phòng năm 2023",
    ):
        said = f"Sáng 12/1/2023, Ban Chỉ huy Quân sự thị xã tổ chức {name}."
        assert [e[1] for e in _events_of(said)] == [name], name
    # a dash before what the sentence goes on to tell ends the name
    said = "Sáng 12/1/2023, Ban Chỉ huy Quân sự thị xã tổ chức Hội nghị tổng kết năm 2022 - Đại tá Lê Văn Dân phát biểu."
    assert [e[1] for e in _events_of(said)] == ["Hội nghị tổng kết năm 2022"]


def test_an_event_s_name_cut_before_the_next_event_s_leaves_no_joining_word_behind():
    said = "Ngày 8/1/2023, Trường THPT Lê Hồng Phong tổ chức Lễ kỷ niệm 30 năm thành lập trường (1993 – 2023) và khai mạc Hội khỏe Phù Đổng cấp trường."
    assert [e[1] for e in _events_of(said)] == ["Lễ kỷ niệm 30 năm thành lập trường", "Hội khỏe Phù Đổng cấp trường"]
    said = "Ngày 8/1/2023, Trường THPT Lê Hồng Phong tổ chức Lễ kỷ niệm 30 năm thành lập trường và khai mạc Hội khỏe Phù Đổng cấp trường."
    assert _events_of(said)[0][1] == "Lễ kỷ niệm 30 năm thành lập trường"
    # a name that goes on after 'và' keeps it
    said = "Ngày 8/1/2023, Trường THPT Lê Hồng Phong tổ chức Lễ kỷ niệm 30 năm thành lập trường và đón nhận Bằng khen của UBND tỉnh."
    assert [e[1] for e in _events_of(said)] == ["Lễ kỷ niệm 30 năm thành lập trường và đón nhận Bằng khen của UBND tỉnh"]


def test_a_headline_s_event_told_again_in_the_body_with_other_quote_marks_is_one_event():
    def labels(headline: str, lead: str) -> list:
        return [e.label for e in article(f"{headline}\n14/06/2023 10:00\n{lead}\nLê Hà\n")[1].events]

    lead = 'Chiều 13/6, UBND xã Ea Nuôl tổ chức lễ đón nhận danh hiệu "Xã đạt chuẩn văn hóa nông thôn mới" giai đoạn 2021-2023.'
    assert labels("Trao danh hiệu “Xã đạt chuẩn văn hóa nông thôn mới” cho xã Ea Nuôl", lead) == [
        'Lễ đón nhận danh hiệu "Xã đạt chuẩn văn hóa nông thôn mới" giai đoạn 2021-2023'
    ]
    # negative: another title's ceremony is another event
    assert len(labels("Trao danh hiệu “Xã văn hóa tiêu biểu” cho xã Ea Bar", lead)) == 2


def test_a_ceremony_named_by_what_was_done_is_dated_by_the_day_right_after_its_name():
    def events(lead: str) -> list:
        return [(e.label, e.date) for e in article(f"Tuyên dương người tốt việc tốt\n03/09/2021 10:00\n{lead}\nNgọc Phúc\n")[1].events]

    said = 'UBND huyện An Phú tổ chức họp mặt tuyên dương "Người tốt, việc tốt" năm 2021 vào chiều 1/9.'
    assert events(said) == [('Họp mặt tuyên dương "Người tốt, việc tốt" năm 2021', dt.date(2021, 9, 1))]
    # negative: a day inside the name (the anniversary's) dates nothing
    said = "UBND huyện An Phú tổ chức họp mặt kỷ niệm 76 năm Quốc khánh 2/9 và tuyên dương người tốt việc tốt."
    assert [d for _, d in events(said)] == [None]


def test_a_photo_s_caption_is_of_the_event_told_last_before_it():
    def parts_by_event(told: str) -> dict[str, list[tuple[str, str]]]:
        facts = facts_of(told)
        return {e.label: [(p.person, p.part) for p in e.participants] for e in facts.events}

    body = (
        "Sáng 15/1, Thị ủy Quảng Yên tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2022. Đồng chí Hoàng Văn Đạt, "
        "Bí thư Thị ủy chủ trì hội nghị.\nChiều cùng ngày, UBND thị xã Quảng Yên tổ chức Lễ đón nhận Huân chương Lao động "
        "hạng Ba. Đồng chí Lê Văn Sơn, Chủ tịch UBND tỉnh trao Huân chương cho thị xã.\n"
    )
    caption = "Ảnh: Đồng chí Vũ Văn Hải trao Huân chương Lao động hạng Ba cho thị xã Quảng Yên.\n"
    by_event = parts_by_event(body + caption)
    assert ("Vũ Văn Hải", "presented_awards") in by_event["Lễ đón nhận Huân chương Lao động hạng Ba"]
    assert "Vũ Văn Hải" not in dict(by_event["Hội nghị tổng kết công tác xây dựng Đảng năm 2022"])
    # negative: a caption before any event is told is the main event's
    by_event = parts_by_event(caption + body)
    assert ("Vũ Văn Hải", "presented_awards") in by_event["Hội nghị tổng kết công tác xây dựng Đảng năm 2022"]
    # (and so is one after an event a review only mentions, of no day told)
    reviewed = (
        "Sáng 15/1, UBND thị xã Quảng Yên tổ chức Hội nghị tổng kết công tác thi đua năm 2022.\nNăm 2022, thị xã đã tổ chức "
        "thành công Hội nghị điển hình tiên tiến lần thứ V.\nĐồng chí Vũ Văn Hải, Bí thư Thị ủy phát biểu\nNăm 2023, thị "
        "xã đẩy mạnh phong trào thi đua.\n"
    )
    by_event = parts_by_event(reviewed)
    assert ("Vũ Văn Hải", "spoke") in by_event["Hội nghị tổng kết công tác thi đua năm 2022"]
