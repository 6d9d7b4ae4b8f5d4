"""Reading and normalising articles: formats, bad input, tones, page chrome, headline, dateline, byline."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from tdkt.ingest.conferrers import label as _label
from tdkt.ingest.dategrammar import find_date, resolve_date
from tdkt.ingest.errors import ArticleError
from tdkt.ingest.normalise import normalise, unify_tones
from tdkt.ingest.pipeline import process, read_document
from tdkt.ingest.reader import read_article

from ..conftest import ROOT, article

BODY = "Ngày 5/3/2022, UBND huyện Tiên Yên tổ chức Hội nghị sơ kết công tác thi đua quý I năm 2022. Các đơn vị báo cáo kết quả."


def test_tones_move_to_the_new_style_but_not_after_q():
    assert unify_tones("Uỷ ban, hoá, khoẻ, thuỷ, quý, hoàng") == "Ủy ban, hóa, khỏe, thủy, quý, hoàng"
    assert unify_tones("HOÁ CHẤT, Toà án, xoè, Thuý, luỹ kế.") == "HÓA CHẤT, Tòa án, xòe, Thúy, lũy kế."


def test_a_tone_under_a_vowel_with_another_mark_stays():
    # 'hoặc' is o + ặ (a, breve, dot below): not the syllable-final oa whose tone moves
    assert unify_tones("hoặc, Hoặc, ngoặc, ngoặt, khuệch") == "hoặc, Hoặc, ngoặc, ngoặt, khuệch"
    assert unify_tones(unicodedata.normalize("NFD", "hoặc hoá")) == "hoặc hóa"


def test_tones_move_only_where_the_word_ends():
    assert unify_tones("hoạt, toàn, hoàng, thuyền") == "hoạt, toàn, hoàng, thuyền"


def test_a_menu_of_bar_separated_items_and_the_keywords_line_are_chrome():
    text = normalise(f"Tiêu đề bài báo về thi đua\nGiới thiệu | Tin tức - Sự kiện | Văn bản\n{BODY}\nTừ khóa: thi đua, khen thưởng\n")
    assert "Giới thiệu" not in text and "Từ khóa" not in text
    # a sentence with a bar in it, and two items only, stay
    kept = normalise("Tiêu đề bài báo về thi đua\nNgày 5/3, UBND huyện tổ chức hội nghị | lần 2.\nHà Nội | Hải Phòng\n")
    assert "hội nghị | lần 2." in kept and "Hà Nội | Hải Phòng" in kept


def test_chrome_lines_and_glued_feedback_links_are_removed():
    text = normalise(f"Tiêu đề bài báo về thi đua\n{BODY}\nLê Thu TrangGửi ý kiến phản hồi\nThống kê truy cập\nHôm nay: 12\n")
    assert "Gửi ý kiến" not in text and "Hôm nay" not in text
    assert text.splitlines()[-1] == "Lê Thu Trang"


def test_a_chrome_word_that_is_a_sentence_s_own_after_a_word_of_it_in_lower_case_keeps_the_line_whole():
    for line in (
        "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn huyện tổ chức hội nghị.",
        "Xã Tân Lập được Ban tổ chức Bình chọn là đơn vị tiêu biểu.",
    ):
        assert normalise(line) == line + "\n"
    # (so does a sentence that opens on a chrome word that is a verb)
    for line in (
        "Chia sẻ tại hội nghị, đồng chí Hoàng Văn Nam cho biết huyện đã khen thưởng 50 tập thể.",
        "Trả lời phóng viên, ông Lê Văn An cho biết huyện đã trao 20 Giấy khen.",
        "Bình chọn 10 gương thanh niên tiêu biểu năm 2023 được tổ chức trang trọng.",
    ):
        assert normalise(line) == line + "\n"
    assert normalise("Chia sẻ Facebook Twitter\nBình luận (0)\nTìm kiếm") == "\n"  # (the page's own)
    # a tally of awards in a visitor counter's shape is the article's ('Cờ thi đua: 5'); the counter is not ('Lượt xem: 1.234')
    text = normalise("Kết quả khen thưởng:\nCờ thi đua: 5\nBằng khen: 12\nTập thể: 4\nLượt xem: 1.234\nHôm nay: 15\n")
    assert text == "Kết quả khen thưởng:\nCờ thi đua: 5\nBằng khen: 12\nTập thể: 4\n"
    # negative: glued to a byline, or after a sentence's stop, it is the page's
    assert normalise("Lê Thu Trang Chia sẻ Facebook") == "Lê Thu Trang\n"
    assert (
        normalise("UBND huyện tặng Giấy khen cho 5 tập thể. Tin liên quan: Huyện X trao Cờ") == "UBND huyện tặng Giấy khen cho 5 tập thể.\n"
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((2, 9, 2021, "T3"), dt.date(2021, 2, 9)),  # month/day: 9 Feb 2021 was a Tuesday
        ((2, 9, 2021, None), dt.date(2021, 9, 2)),  # no weekday: day/month
        ((20, 1, 2021, None), dt.date(2021, 1, 20)),
        ((3, 2, 2023, "Thứ Sáu"), dt.date(2023, 2, 3)),
    ],
)
def test_dates_use_the_weekday_to_choose_between_day_month_and_month_day(args, expected):
    assert resolve_date(*args) == expected


def test_headline_after_a_banner_dateline_and_byline_with_unit():
    doc, _ = article(
        f'Chủ đề năm 2022: "Đoàn kết, đổi mới"\nHuyện Tiên Yên sơ kết thi đua quý I\nT4, 03/09/2022 - 08:00\n{BODY}\nLê Thu Trang\nTrung tâm TTVH\n'
    )
    assert doc.title == "Huyện Tiên Yên sơ kết thi đua quý I"
    assert doc.published == dt.date(2022, 3, 9)
    assert (doc.author, doc.author_unit) == ("Lê Thu Trang", "Trung tâm TTVH")


@pytest.mark.parametrize(
    ("tail", "author"),
    [
        ("Tác giả: Phạm Quốc Huy", "Phạm Quốc Huy"),
        ("ThS. Nguyễn Văn An - Phòng Nội vụ", "Nguyễn Văn An"),  # the writer's degree is no part of the name
        ("Ng. Hùng", "Ng. Hùng"),  # a pen name with its family name cut to its initial: an author, no person
        ("Th.Hà – P.T", "Th.Hà"),
        ("T.HOÀNG", "T.Hoàng"),  # the same in capitals, as the name is printed
        ("N.T. HƯƠNG - TTXVN", "N.T. Hương"),
        ("TP.HCM", None),  # a city's short form, no name after its initials
        ("PGS.TS Trần Văn Bình", "Trần Văn Bình"),
        ("(Mai Lan – Trung tâm TT&VH)", "Mai Lan"),
        ("Author: admin", None),
        ("ĐÌNH HẢI", "Đình Hải"),  # printed in capitals
        ("VŨ THỊ NGỌC MAI\n.", "Vũ Thị Ngọc Mai"),  # a lone period after it is no body line
        ("Tin và ảnh: Trần Hằng - CC VHXH xã Kim Long", "Trần Hằng"),  # the unit after a dash, in a house abbreviation
        ("Bài và ảnh: Nam Phong", "Nam Phong"),  # a pen name opening with a word that elsewhere starts a place
        ("Bài và ảnh: Hữu Trung - Trung tâm VH-TT huyện", "Hữu Trung"),  # 'Trung' a given name, not a centre's word
        ("Đại úy Hồng Quân", "Hồng Quân"),  # a rank before a pen name, as the army's paper signs, vouches for it
        ("Thiếu tá Nguyễn Văn Hải - Phòng Chính trị", "Nguyễn Văn Hải"),
        ("Đại Hồng Quân", None),
        ("Tin: Thành Trung", "Thành Trung"),
        ("Tin: Trung Tâm VHTT", None),
        ("Nguồn: Sở Nội vụ tỉnh Hòa Bình", None),
        ("TRUNG TÂM VĂN HÓA", None),
        ("Lý Trung Kiên", "Lý Trung Kiên"),  # 'Trung' in a name, not opening 'Trung tâm'
        ("Trung Tâm Y Tế", None),
        # a unit after a pen name vouches for it, as a label would; a district's name is still no writer's
        ("Văn Sơn - Trung tâm VH-TT huyện", "Văn Sơn"),
        ("Văn Sơn (TTVH huyện)", "Văn Sơn"),  # a culture centre written short
        ("Văn Lãng (Trung tâm TTVH huyện)", None),
        ("Văn Sơn (Ban Tổ chức)", "Văn Sơn"),
        ("Đức Anh/Báo Tin tức", "Đức Anh"),  # a slash, as agencies print it
        ("Đức Anh / TTXVN", "Đức Anh"),
        # two-syllable pen names opening with a syllable that also opens bodies and places; not the words they make
        ("Văn Quang", "Văn Quang"),
        ("Công Minh", "Công Minh"),
        ("Quốc Việt", "Quốc Việt"),
        ("VĂN QUANG", "Văn Quang"),
        ("Văn Lãng", None),  # a district
        ("Văn Phòng", None),
        ("Công An", None),
        ("Việt Nam", None),
        ("Trung Tâm", None),
        # a Central Highlands given name with its mark of a man or a woman
        ("Y Phương", "Y Phương"),
        ("H'Nga", "H'Nga"),
        ("K’Linh", "K’Linh"),  # the K'Ho's mark of a man
        ("K'Brơi - Huyện đoàn Lạc Dương", "K'Brơi"),
        ("K'linh", None),  # its name capitalised
        ("Bài, ảnh: H'Xuân", "H'Xuân"),  # after a label too, one word as it is
        ("Tin, ảnh: Y Khoa", "Y Khoa"),
        ("Bài, ảnh: H'linh", None),
        ("Y Phương (Báo Đắk Lắk)", "Y Phương"),
        ("A Sang", "A Sang"),
        ("Y tế", None),
        ("A lô", None),
        # a reposted article's writer, with the paper it came from; the paper alone names no writer
        ("Theo Thu Hà (Báo Lạng Sơn)", "Thu Hà"),
        ("Theo Minh Anh (TTXVN)", "Minh Anh"),
        ("Theo Thu Hà/Báo Lạng Sơn", "Thu Hà"),  # (or after a slash)
        ("Theo Thu Hà / TTXVN", "Thu Hà"),
        ("Theo Quyết định số 12/QĐ-UBND", None),
        ("Theo Báo Lạng Sơn", None),
        ("Theo baolangson.vn", None),
        # a body signing in capitals is no writer
        ("UBND XÃ QUẢNG SƠN", None),
        ("HỘI NÔNG DÂN HUYỆN", None),
        ("NGUYỄN THỊ HOA", "Nguyễn Thị Hoa"),
        # a pen name opening on the middle 'Văn'; not an office's or a field's word
        ("Văn Chiến", "Văn Chiến"),
        ("VĂN PHÒNG UBND HUYỆN", None),
        ("Văn Hóa Thông Tin", None),
        # a byline dated after the names: the writer (the date is the page's)
        ("Hoàng Minh (Trung tâm VH-TT&TT huyện) - 15/01/2024", "Hoàng Minh"),
        ("Thu Hà | 15/01/2024 08:30", "Thu Hà"),
        # or the day first
        ("15/01/2024 | Thu Hà", "Thu Hà"),
        ("15/01/2024 08:30 - Hoàng Minh (Trung tâm VH-TT&TT huyện)", "Hoàng Minh"),
        ("15/01/2024 | Thanh Hóa", None),  # (a place's)
        ("15/01/2024 - Cập nhật", None),
        ("Cập nhật - 15/01/2024", None),
        ("Thứ Tư, 15/01/2024", None),  # a weekday's dateline, no writer
        # a place's dateline over the writer's name: the writer; a writer's name then the day: the writer
        ("Thanh Hóa, 15/8/2023\nLê Hòa", "Lê Hòa"),
        ("Lê Hòa\nThanh Hóa, 15/8/2023", "Lê Hòa"),
        ("Hoàng Minh, 15/8/2023", "Hoàng Minh"),
        # a contributor's byline by its label; an editorial desk's letters sign for no writer
        ("CTV Hoàng Anh", "Hoàng Anh"),
        ("Cộng tác viên: Lê Minh Phương", "Lê Minh Phương"),
        ("PV. Thanh Hà", "Thanh Hà"),  # its short label with a stop
        # the calling after a credit's label ('Tin, ảnh: CTV A'), and a label alone before a calling that is no name
        ("Tin, ảnh: CTV Nguyễn Hải", "Nguyễn Hải"),
        ("Bài và ảnh: Phóng viên Lan Hương", "Lan Hương"),
        ("Tin: PV", None),
        ("Tác giả bài viết: Hoàng Mai", "Hoàng Mai"),
        ("Người viết: Vũ Hoa | Biên tập: Thu Hà", "Vũ Hoa"),  # the writer, up to the next credit
        ("Người viết: Vũ Hoa | Trung tâm VH-TT huyện", "Vũ Hoa"),
        ("PV.", None),
        ("BTV", None),
        # a name with its stop, or set off by dashes
        ("Thu Hà.", "Thu Hà"),
        ("- Thu Hà -", "Thu Hà"),
        ("– Nguyễn Thu Hà –", "Nguyễn Thu Hà"),
        # a site's sign, an English word in it, is no writer; a writer before the site still is
        ("Lâm Hà News", None),
        ("Văn Lãng Online", None),
        ("Thu Hà - Văn Lãng TV", "Thu Hà"),
    ],
)
def test_byline_forms(tail, author):
    doc, facts = article(f"Tiêu đề bài báo về thi đua khen thưởng\n{BODY}\n{tail}\n")
    assert doc.author == author
    if author and "." in author and " " not in author.replace(". ", "."):
        assert facts.person(author) is None  # initials, or a name cut to them, make no person


@pytest.mark.parametrize(
    ("tail", "names"),
    [
        ("Thu Hà – Minh Anh", ["Thu Hà", "Minh Anh"]),
        ("Tin, ảnh: Lê Hằng, Quốc Việt", ["Lê Hằng", "Quốc Việt"]),
        ("Hoàng Nam - Báo Lạng Sơn", ["Hoàng Nam"]),
        ("Lê Hằng - Minh Anh (TTXVN)", ["Lê Hằng", "Minh Anh"]),
        # unlabelled: the first writer's full name vouches for a pen name after it; a place is the writer's whereabouts
        ("Hoàng Thu Hà - Quốc Việt", ["Hoàng Thu Hà", "Quốc Việt"]),
        ("Đức Anh - Hà Giang", ["Đức Anh"]),
        # or before the writer: 'Bắc Giang - Thu Trang' (not a pen name alone, nor a writer named as a place is after one)
        ("Lạng Sơn - Thu Trang", ["Thu Trang"]),
        ("Hà Giang – Đức Anh, Minh Hằng", ["Đức Anh", "Minh Hằng"]),
        ("Minh Hằng - Đức Anh", ["Minh Hằng", "Đức Anh"]),
        ("Hoàng Thu Hà - Phòng Văn hóa và Thông tin", ["Hoàng Thu Hà"]),
        # a second writer's name that is also a district's the text names nowhere else: a writer ('Thanh Hà', 'Kim Bảng'),
        # not a district the article is about ('Tiên Yên')
        ("Văn Tú - Thanh Hà", ["Văn Tú", "Thanh Hà"]),
        ("Thu Trang - Kim Bảng", ["Thu Trang", "Kim Bảng"]),
        ("Thu Trang - Tiên Yên", ["Thu Trang"]),
        # (or first, before the second writer: 'Thanh Hà - Hoàng Nam'; not a province, nor the district told)
        ("Thanh Hà - Hoàng Nam (TTXVN)", ["Thanh Hà", "Hoàng Nam"]),
        ("Kim Bảng - Thu Trang", ["Kim Bảng", "Thu Trang"]),
        ("Tiên Yên - Thu Trang", ["Thu Trang"]),
        # the writer, up to a photo credit after a semicolon
        ("Bài: Minh Hằng; ảnh: tư liệu", ["Minh Hằng"]),
    ],
)
def test_two_authors_are_both_people_and_the_first_is_the_author(tail, names):
    doc, facts = article(f"Tiêu đề bài báo về thi đua khen thưởng\n{BODY}\n{tail}\n")
    assert [doc.author, *doc.coauthors] == names
    assert {p.name for p in facts.people if p.is_author} == set(names)


def test_a_district_station_in_a_byline_by_its_district_s_bare_name_is_the_writer_s_unit():
    _, facts = article(f"Tiêu đề bài báo về thi đua khen thưởng\n{BODY}\nHoàng Anh (Đài TT-TH Tiên Yên)\n")
    assert [(p.role, p.org.name if p.org else None) for p in facts.person("Hoàng Anh").posts] == [
        (None, "Đài Truyền thanh - Truyền hình huyện Tiên Yên")
    ]


def test_a_byline_of_writer_and_photographer_makes_the_writer_the_author_and_both_people():
    doc, facts = article(f"Tiêu đề bài báo về thi đua khen thưởng\n{BODY}\nTin: Hà Phương; Ảnh: Đức Thắng\n")
    assert (doc.author, doc.coauthors) == ("Hà Phương", [])
    assert {p.name for p in facts.people if p.is_author} == {"Hà Phương", "Đức Thắng"}


@pytest.mark.parametrize(
    ("caption", "photographer"),
    [
        ("Đồng chí Bí thư trao Bằng khen cho các tập thể. Ảnh: Nam Nguyễn", "Nam Nguyễn"),
        ("Quang cảnh hội nghị. Ảnh: QUANG HUY", "Quang Huy"),
        ("Quang cảnh hội nghị (Ảnh minh họa)", None),
        ("Quang cảnh hội nghị. Ảnh: Báo Lạng Sơn", None),
    ],
)
def test_a_photo_credit_at_the_end_of_a_caption(caption, photographer):
    doc, _ = article(f"Tiêu đề bài báo về thi đua khen thưởng\n{BODY}\n{caption}\n{BODY}\nMai Anh Thư\n")
    assert doc.photographers == ([photographer] if photographer else [])


def test_a_headline_ending_with_a_period_over_its_dateline_and_a_lead_in_ending_with_a_colon():
    doc, _ = article(f"Huyện Tiên Yên tổng kết công tác thi đua năm 2022.\n\n26/12/2022\n\n{BODY}\n")
    assert (doc.title, doc.published) == ("Huyện Tiên Yên tổng kết công tác thi đua năm 2022.", dt.date(2022, 12, 26))
    doc, _ = article(
        f"Tặng Bằng khen cho 2 cá nhân\nChủ tịch UBND tỉnh vừa ký quyết định tặng Bằng khen cho 2 cá nhân là:\n- Ông Lê Văn Tấn;\n{BODY}\n"
    )
    assert doc.title == "Tặng Bằng khen cho 2 cá nhân"


def test_a_headline_that_asks_a_question_over_the_text_is_the_headline():
    for asked in (
        "Vì sao xã Đồng Rui được tặng Cờ thi đua của UBND tỉnh?",
        "Khen thưởng thế nào cho đúng người, đúng việc?",
        "Bao giờ “Khen đúng người” thành nếp?”",
    ):
        doc, _ = article(f"{asked}\n{BODY}\n")
        assert doc.title == asked and not any(s.text == asked for s in doc.sentences if s.start >= doc.body_start), asked
        doc, _ = article(f"{asked}\n26/12/2022\n{BODY}\n")  # (over its date)
        assert (doc.title, doc.published) == (asked, dt.date(2022, 12, 26)), asked
    # negatives: an interview's question opens the text under no headline; two sentences are a paragraph
    doc, _ = article(f"PV: Xin ông cho biết kết quả công tác khen thưởng năm 2023?\n{BODY}\n")
    assert doc.title is None
    doc, _ = article(f"Năm 2023 xã được tặng Cờ thi đua. Vì sao vậy?\n{BODY}\n")
    assert doc.title is None


def test_the_first_line_over_its_date_is_the_headline_and_the_lines_under_the_date_are_the_article_s():
    text = (
        "Xã Đồng Rui nhận Cờ thi đua của UBND tỉnh\nTin hoạt động 21/08/2024\n"
        "Xã Đồng Rui được UBND tỉnh tặng Cờ thi đua vì dẫn đầu phong trào thi đua năm 2023\n"  # a sapo with no period
        "IMG_2210.jpg\nĐồng chí Bí thư Huyện ủy trao Cờ thi đua cho xã Đồng Rui\n"
        f"{BODY}\nMai Anh Thư\n"
    )
    doc, _ = article(text)
    assert (doc.title, doc.published) == ("Xã Đồng Rui nhận Cờ thi đua của UBND tỉnh", dt.date(2024, 8, 21))
    assert any(s.text.startswith("Xã Đồng Rui được UBND tỉnh tặng") for s in doc.sentences)
    # 'Ngày phát hành: ...' under the headline is its date, not a headline of its own
    doc, _ = article(f"Xã Đồng Rui nhận Cờ thi đua của UBND tỉnh\nNgày phát hành: 18/10/2023\n{BODY}\n")
    assert (doc.title, doc.published) == ("Xã Đồng Rui nhận Cờ thi đua của UBND tỉnh", dt.date(2023, 10, 18))
    # a site's name over the date is no headline: the headline under it stands
    doc, _ = article(f"CỔNG THÔNG TIN ĐIỆN TỬ\n21/08/2024\nXã Đồng Rui nhận Cờ thi đua của UBND tỉnh\n{BODY}\n")
    assert doc.title == "Xã Đồng Rui nhận Cờ thi đua của UBND tỉnh"


def test_a_headline_printed_twice_one_dash_apart_heads_a_caption_under_it():
    doc, _ = article(
        "Hội đồng Thi đua - Khen thưởng thị xã họp phiên thứ hai\nHội đồng Thi đua – Khen thưởng thị xã họp phiên thứ hai\n"
        f"Đồng chí Chủ tịch UBND thị xã phát biểu tại cuộc họp\n{BODY}\n"
    )
    assert doc.title == "Hội đồng Thi đua - Khen thưởng thị xã họp phiên thứ hai"
    assert [s.is_caption for s in doc.sentences[1:2]] == [True]


def test_a_page_s_title_with_its_site_s_name_over_its_heading_is_the_headline_and_the_byline_dated_under_it_its_writer():
    # '<title>X | Báo Y</title>' then '<h1>X</h1>', then a byline and its day: the headline is X, the writer is named
    for byline in ("Bài và ảnh: Phương Linh 06/10/2023 09:00", "Phương Linh 06/10/2023 09:00", "Phương Linh - 06/10/2023"):
        doc, _ = article(
            f"Trao Huân chương Lao động cho Bệnh viện | Báo Quảng Ninh\nTrao Huân chương Lao động cho Bệnh viện\n{byline}\n{BODY}\n"
        )
        assert (doc.title, doc.published, doc.author) == (
            "Trao Huân chương Lao động cho Bệnh viện",
            dt.date(2023, 10, 6),
            "Phương Linh",
        ), byline
    # negatives: a place, or a label, before the day with no mark between is no writer
    for dateline in ("Hà Nội 06/10/2023", "Cập nhật 06/10/2023 09:00"):
        doc, _ = article(f"Trao Huân chương Lao động cho Bệnh viện\n{dateline}\n{BODY}\n")
        assert (doc.title, doc.author) == ("Trao Huân chương Lao động cho Bệnh viện", None), dateline


def test_a_byline_and_its_day_set_apart_by_a_middle_dot_name_the_writer():
    for byline in ("Quang Huy · 06/02/2024", "Quang Huy · 06/02/2024 · 09:12", "06/02/2024 • Quang Huy"):
        doc, _ = article(f"Kho bạc Nhà nước tỉnh đón nhận Cờ thi đua\n{byline}\n{BODY}\n")
        assert (doc.published, doc.author) == (dt.date(2024, 2, 6), "Quang Huy"), byline
    # (labelled parts of a meta line set apart by it, as by '|')
    doc, _ = article(f"Kho bạc Nhà nước tỉnh đón nhận Cờ thi đua\nNgày đăng: 06/02/2024 · Tác giả: Quang Huy\n{BODY}\n")
    assert (doc.title, doc.published, doc.author) == ("Kho bạc Nhà nước tỉnh đón nhận Cờ thi đua", dt.date(2024, 2, 6), "Quang Huy")
    # negative: a place before the dot is no writer
    doc, _ = article(f"Kho bạc Nhà nước tỉnh đón nhận Cờ thi đua\nHà Nội · 06/02/2024\n{BODY}\n")
    assert (doc.published, doc.author) == (dt.date(2024, 2, 6), None)


def test_a_document_printed_under_the_page_s_headline_leaves_the_headline_the_title():
    head = (
        "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSố: 1234/QĐ-UBND\nHà Giang, ngày 15 tháng 8 năm 2024\nQUYẾT ĐỊNH\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
    )
    doc, facts = article(
        f"Khen thưởng các tập thể trong phong trào xây dựng nông thôn mới\n{head}Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh "
        "cho 05 tập thể đã có thành tích xuất sắc.\nCHỦ TỊCH\nNguyễn Văn Sơn\n"
    )
    assert (doc.title, doc.published) == ("Khen thưởng các tập thể trong phong trào xây dựng nông thôn mới", dt.date(2024, 8, 15))
    assert [(g.award, g.count) for g in facts.grants] == [("bang-khen-cap-bo-tinh", 5)]
    # negative: a headline in capitals under a long line with no document's number between is the headline
    doc, _ = article(f"Tin tức hoạt động của các cơ quan, đơn vị trên địa bàn\nHUYỆN TIÊN YÊN TỔNG KẾT THI ĐUA\n{BODY}\n")
    assert doc.title == "HUYỆN TIÊN YÊN TỔNG KẾT THI ĐUA"


def test_a_paragraph_over_a_date_in_the_page_s_foot_is_no_headline_and_is_read_once():
    doc, facts = article(
        "Huyện Tiên Yên tổng kết\nNgày 4/1, UBND huyện Tiên Yên tổ chức hội nghị tổng kết năm 2023. Chủ tịch UBND huyện tặng "
        "Giấy khen cho 12 tập thể.\n05/01/2024\nThu Trang\n"
    )
    assert (doc.title, doc.published, doc.author) == ("Huyện Tiên Yên tổng kết", dt.date(2024, 1, 5), "Thu Trang")
    assert [g.count for g in facts.grants] == [12]
    # (a headline ending with a period over its date still is one, an abbreviation's stop inside it)
    doc, _ = article(f"Hội nghị tổng kết của TP. Hạ Long năm 2023.\n05/01/2024\n{BODY}\n")
    assert doc.title == "Hội nghị tổng kết của TP. Hạ Long năm 2023."


def test_a_line_its_label_says_is_a_caption_is_one_however_punctuated_and_repeats_the_body_s_grant():
    doc, facts = article(
        "Trường THPT Tiên Yên nhận Cờ thi đua của Bộ\n20/09/2024\nSáng 19/9, Trường THPT Tiên Yên tổ chức Lễ đón nhận Cờ thi "
        "đua.\nẢnh: Lãnh đạo Sở GD&ĐT trao Cờ thi đua cho nhà trường.\nBà Lê Thị Hoa, Phó Giám đốc Sở GD&ĐT trao Cờ thi đua "
        "của Bộ Giáo dục và Đào tạo cho nhà trường.\nThu Hà\n"
    )
    assert [s.is_caption for s in doc.sentences if s.text.startswith("Ảnh")] == [True]
    assert [(g.award, g.conferrer.name) for g in facts.grants] == [("co-thi-dua-cap-bo-tinh", "Bộ Giáo dục và Đào tạo")]
    # (not a photographer's credit, nor a sentence that speaks of photos)
    doc, _ = article(f"Hội nghị tổng kết\n20/09/2024\n{BODY}\nẢnh: Nam Nguyễn.\nThu Hà\n")
    assert not any(s.is_caption and "Nam Nguyễn" in s.text for s in doc.sentences)
    doc, _ = article(f"Hội nghị tổng kết\n20/09/2024\n{BODY}\nẢnh chụp tại hội nghị được trưng bày tại nhà văn hóa xã.\nThu Hà\n")
    assert not any(s.is_caption for s in doc.sentences if s.text.startswith("Ảnh"))


def test_a_headline_over_a_paragraph_that_opens_with_its_tag_is_not_joined_to_it_however_wrapped_the_text():
    wrapped = (
        "Trường THPT Chuyên Lê Hồng Phong đón nhận Huân chương Lao động hạng Nhất\n"
        "LSO-Ngày 10/11/2013, Trường THPT Chuyên Lê Hồng Phong tổ chức kỷ niệm 25 năm Ngày thành lập trường và\n"
        "đón nhận Huân chương Lao động hạng Nhất, tới dự có đồng chí Phó Bí thư Thường trực Tỉnh ủy và các\n"
        "đồng chí trong Ban Thường vụ Tỉnh ủy, lãnh đạo các sở, ban, ngành của tỉnh cùng đông đảo các thế hệ\n"
        "thầy và trò nhà trường qua các thời kỳ đến dự buổi lễ\n"
    )
    doc, _ = article(wrapped)
    assert doc.title == "Trường THPT Chuyên Lê Hồng Phong đón nhận Huân chương Lao động hạng Nhất"
    assert doc.text.count("\n") == 2  # the wrapped paragraph is one line again; the headline is a line of its own


def test_a_text_wrapped_with_no_blank_line_between_its_paragraphs_is_unwrapped_and_prose_a_line_a_paragraph_is_not():
    wrapped = (
        "Huyện Tam Nông tổng kết công tác thi đua, khen thưởng năm 2023\n16/01/2024 08:45\n"
        "Sáng 15/1, UBND huyện Tam Nông tổ chức Hội nghị tổng kết công tác thi đua,\n"
        "khen thưởng năm 2023. Dự hội nghị có đồng chí Nguyễn Văn Hùng, Phó Chủ tịch\n"
        "UBND tỉnh Đồng Tháp.\n"
        "Tại hội nghị, Chủ tịch UBND huyện tặng Giấy khen cho 25 tập thể và 40 cá\n"
        "nhân có thành tích xuất sắc trong phong trào thi đua năm 2023.\nTrần Hòa\n"
    )
    doc, facts = article(wrapped)
    assert doc.text.count("\n") == 5  # headline, dateline, two paragraphs, byline, each a line
    assert (doc.title, doc.published) == ("Huyện Tam Nông tổng kết công tác thi đua, khen thưởng năm 2023", dt.date(2024, 1, 16))
    assert sorted((g.award, g.recipient_kind, g.count) for g in facts.grants) == [
        ("giay-khen", "collective", 25), ("giay-khen", "individual", 40)
    ]  # fmt: skip
    # one paragraph a line, with a caption and a heading that end with no full stop: as it is
    prose = (
        "Huyện Tam Nông tổng kết công tác thi đua, khen thưởng năm 2023\n16/01/2024 08:45\n"
        "Sáng 15/1, UBND huyện Tam Nông tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n"
        "Đồng chí Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh Đồng Tháp phát biểu tại hội nghị\n"
        "Tại hội nghị, Chủ tịch UBND huyện tặng Giấy khen cho 25 tập thể và 40 cá nhân có thành tích xuất sắc.\n"
        "Kết quả thực hiện các phong trào thi đua trong năm qua\n"
        "Năm 2023, các phong trào thi đua được triển khai sâu rộng, thu hút đông đảo cán bộ tham gia.\nTrần Hòa\n"
    )
    doc, _ = article(prose)
    assert doc.text.count("\n") == 8  # each line its own


def test_a_dateline_both_ways_a_date_is_read_month_first_where_the_lead_tells_of_the_days_before_that_reading():
    def published(dateline: str, lead: str) -> dt.date | None:
        doc, _ = article(f"Huyện Tiên Yên tổng kết công tác thi đua năm 2023\n{dateline}\n{lead}, UBND huyện Tiên Yên tổ chức hội nghị.\n")
        return doc.published

    assert published("2/5/2024 9:15:00 AM", "Sáng 4/2") == dt.date(2024, 2, 5)  # 5 February, the day after 4 February
    assert published("2/5/2024 9:15:00 AM", "Sáng 1/5") == dt.date(2024, 5, 2)  # day first, and the lead fits it
    assert published("2/5/2024", "Sáng nay") == dt.date(2024, 5, 2)  # no day told: day first
    assert published("25/1/2024", "Sáng 24/1") == dt.date(2024, 1, 25)  # one way only
    # the lead's day told with its year
    assert published("1/9/2024 8:30:00 AM", "Ngày 8/1/2024") == dt.date(2024, 1, 9)
    assert published("1/9/2024 8:30:00 AM", "Ngày 31/8/2024") == dt.date(2024, 9, 1)  # (negative: day first fits)
    # a weekday beside the dateline that fits it day first settles it, whatever day the lead tells of
    assert published("Thứ sáu, 01/12/2023 10:15", "Ngày 11/1") == dt.date(2023, 12, 1)  # 1 December 2023: a Friday
    assert published("T6, 01/12/2023", "Sáng 11/1") == dt.date(2023, 12, 1)
    assert published("Thứ Sáu, ngày 01/12/2023", "Sáng 11/1") == dt.date(2023, 12, 1)  # ('ngày' between them)
    # (negative: a weekday that fits the other reading, or none, leaves the lead to settle it)
    assert published("Thứ năm, 01/12/2023 10:15", "Ngày 11/1") == dt.date(2023, 1, 12)  # 12 January 2023: a Thursday
    assert published("01/12/2023 10:15", "Ngày 11/1") == dt.date(2023, 1, 12)


def test_a_poster_s_label_after_the_date_on_one_line_gives_both():
    def read(line: str) -> tuple[dt.date | None, str | None]:
        doc, _ = article(f"Đại hội thi đua phường Phú Lợi\n{line}\nNgày 24/6, UBND phường Phú Lợi tổ chức Đại hội.\n")
        return doc.published, doc.author

    assert read("Ngày đăng: 25/06/2025 Người đăng: Thu Hà") == (dt.date(2025, 6, 25), "Thu Hà")
    # another wording: a time after the date, 'Tác giả:'; a unit that posted it dates it and is no writer
    assert read("Cập nhật: 25/06/2025 08:30 Tác giả: Lê Văn Tâm") == (dt.date(2025, 6, 25), "Lê Văn Tâm")
    assert read("Ngày đăng: 25/06/2025 Người đăng: Văn phòng HĐND-UBND phường") == (dt.date(2025, 6, 25), None)
    # negative: the site's account is no writer
    assert read("Ngày đăng: 25/06/2025 Người đăng: admin") == (dt.date(2025, 6, 25), None)


def test_a_dateline_in_english_dates_the_article():
    def published(dateline: str) -> dt.date | None:
        doc, _ = article(
            f"Huyện Tiên Yên tổng kết công tác thi đua năm 2023\n{dateline}\nNgày 4/1, UBND huyện Tiên Yên tổ chức hội nghị.\n"
        )
        return doc.published

    assert published("Jan 05, 2024") == dt.date(2024, 1, 5)
    # other wordings: an English weekday and a time; the day before the month
    assert published("Friday, January 5, 2024 08:30") == dt.date(2024, 1, 5)
    assert published("05 Jan 2024 08:30") == dt.date(2024, 1, 5)
    assert find_date("Sept 3rd, 2023") == dt.date(2023, 9, 3)
    # negative: a month and a year are no day; nor a word that opens like a month
    assert published("May 2024 report") is None
    assert find_date("Janet 5, 2024") is None


def test_a_dateline_that_opens_the_first_paragraph_dates_the_article():
    def published(lead: str) -> dt.date | None:
        doc, _ = article(f"Huyện Tiên Yên tổng kết công tác thi đua năm 2023\n{lead} UBND huyện Tiên Yên tổ chức hội nghị.\nLê Hà\n")
        return doc.published

    assert published("Quảng Ninh, 12/01/2024 -") == dt.date(2024, 1, 12)
    assert published("Tiên Yên (Quảng Ninh), ngày 3.2.2024 (PV):") == dt.date(2024, 2, 3)
    # a sentence that opens on a place and a day, no dash after it: not a dateline
    assert published("Tiên Yên, 12/01/2024 là ngày") is None
    assert published("Ngày 12/01/2024,") is None  # the day the event was held, not the day filed
    # the day alone before the dash, no place: the day it was printed, and the lead's day is the event's
    assert published("20/01/2024 - Sáng 19/1,") == dt.date(2024, 1, 20)
    assert published("Ngày 20/01/2024 – Chiều 18/1,") == dt.date(2024, 1, 20)
    # a span of days before the dash is none
    assert published("12/01/2024 - 15/01/2024,") is None


def test_html_articles_read_like_text():
    doc, facts = process(ROOT / "tests" / "data" / "tien_yen.html")
    assert doc.title == "Huyện Tiên Yên tổng kết công tác thi đua, khen thưởng năm 2022"
    assert doc.published == dt.date(2023, 2, 3)
    assert "Thống kê truy cập" not in doc.text and "var x" not in doc.text
    assert {p.name for p in facts.people} == {"Trần Minh Khoa", "Lục Văn Thắng", "Hà Thị Lan Anh", "Nguyễn Hải Yến"}


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        ("Chào".encode("cp1258"), "not valid UTF-8"),
        ("Ngắn quá.".encode(), "not an article"),
    ],
)
def test_bad_files_get_an_error_naming_the_file_and_the_problem(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError) as exc:
        read_article(path)
    assert str(path) in str(exc.value) and problem in str(exc.value)


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        read_document(Path(tmp_path / "nowhere.txt"))


def test_evidence_offsets_point_into_the_stored_text():
    doc, facts = process(ROOT / "samples" / "003_2be54d8038de2afe.txt")
    evidence = [g.evidence for g in facts.grants] + [p.evidence for person in facts.people for p in person.posts]
    assert evidence
    for ev in evidence:
        assert doc.text[ev.start : ev.end] == ev.text


def test_a_dateline_with_weekday_time_and_zone_a_breadcrumb_and_a_photo_credit():
    doc, facts = article(
        "Trang chủ > Tin tức > Thi đua\nThị xã Đông Triều tuyên dương điển hình tiên tiến\nThứ tư, 05/03/2025, 09:10 (GMT+7)\n"
        f"{BODY}\nẢnh: Quang Huy\nMai Anh Thư\n"
    )
    assert doc.title == "Thị xã Đông Triều tuyên dương điển hình tiên tiến"
    assert doc.published == dt.date(2025, 3, 5)
    assert "Trang chủ" not in doc.text
    assert {p.name for p in facts.people} >= {"Quang Huy", "Mai Anh Thư"}


def test_abbreviations_do_not_end_sentences():
    doc, _ = article(f"Tiêu đề bài báo về thi đua khen thưởng\nUBND TP. Uông Bí và PGS.TS. Lê Văn Hải dự hội nghị. {BODY}\n")
    assert doc.sentences[1].text == "UBND TP. Uông Bí và PGS.TS. Lê Văn Hải dự hội nghị."
    # nor does an initial ('Nguyễn V. An'); a Roman numeral ending an ordinal does
    doc, _ = article(
        "Tiêu đề bài báo về thi đua khen thưởng\nHuyện tổ chức Đại hội lần thứ V. Đại hội đón nhận Cờ thi đua. Ông Lê V. "
        f"Hải dự. Hội nghị khóa X. Tiếp đó, huyện họp. {BODY}\n"
    )
    assert [s.text for s in doc.sentences[1:5]] == [
        "Huyện tổ chức Đại hội lần thứ V.", "Đại hội đón nhận Cờ thi đua.", "Ông Lê V. Hải dự.", "Hội nghị khóa X."
    ]  # fmt: skip
    # (or one that numbers a quarter, a class or a round: 'quý I.', 'hạng I.')
    doc, _ = article(
        "Tiêu đề bài báo về thi đua khen thưởng\nHuyện sơ kết công tác quý I. Tại hội nghị, huyện trao Huân chương hạng I. "
        f"Tiếp đó, huyện họp. {BODY}\n"
    )
    assert [s.text for s in doc.sentences[1:4]] == [
        "Huyện sơ kết công tác quý I.", "Tại hội nghị, huyện trao Huân chương hạng I.", "Tiếp đó, huyện họp."
    ]  # fmt: skip


def test_a_name_followed_by_its_unit_in_brackets_is_a_byline():
    doc, _ = article(f"Tiêu đề bài báo về thi đua khen thưởng\n{BODY}\nLò Thu Hà (Trung tâm TTVH huyện Tiên Yên)\n")
    assert (doc.author, doc.author_unit) == ("Lò Thu Hà", "Trung tâm TTVH huyện Tiên Yên")


def test_a_name_dash_unit_byline():
    doc, _ = article(f"Tiêu đề bài báo về thi đua khen thưởng\n{BODY}\nHồng Nhung - Trung tâm TTVH huyện Tiên Yên\n")
    assert (doc.author, doc.author_unit) == ("Hồng Nhung", "Trung tâm TTVH huyện Tiên Yên")


def test_a_credit_under_the_headline_in_brackets_or_with_its_unit_is_the_byline_not_the_headline():
    for credit, author in (
        ("(Tin: Lê Hà)", "Lê Hà"),
        ("Lê Thu Hà (Đài TT-TH huyện)", "Lê Thu Hà"),
        ("(Bài, ảnh: Vi Thị Hoa)", "Vi Thị Hoa"),
    ):
        doc, _ = article(f"Tiêu đề bài báo về thi đua khen thưởng\n{credit}\n{BODY}\n")
        assert (doc.title, doc.author) == ("Tiêu đề bài báo về thi đua khen thưởng", author), credit
    # a headline with a bracket of its own stays the headline
    doc, _ = article(f"Tiêu đề bài báo về thi đua khen thưởng (huyện Tiên Yên)\n{BODY}\nVi Thị Hoa\n")
    assert (doc.title, doc.author) == ("Tiêu đề bài báo về thi đua khen thưởng (huyện Tiên Yên)", "Vi Thị Hoa")


def test_a_headline_that_opens_with_its_place_and_a_dash_is_the_headline_not_a_byline():
    doc, _ = article(f"Móng Cái - Tuyên dương 20 tập thể xuất sắc\n{BODY}\nVi Thị Hoa\n")
    assert (doc.title, doc.author) == ("Móng Cái - Tuyên dương 20 tập thể xuất sắc", "Vi Thị Hoa")
    # negative: a writer, then where they work, under a headline, is the byline
    doc, _ = article(f"Tiêu đề bài báo về thi đua khen thưởng\nVi Thị Hoa - Trung tâm TT-VH Móng Cái\n{BODY}\n")
    assert (doc.title, doc.author) == ("Tiêu đề bài báo về thi đua khen thưởng", "Vi Thị Hoa")


def test_a_byline_s_unit_is_kept_as_written_and_a_note_of_compiling_is_no_unit():
    doc, facts = article(f"Tiêu đề bài báo về thi đua khen thưởng\n{BODY}\nTác giả: Vi Thị Hoa - Phòng Văn hóa và Thông tin huyện\n")
    assert (doc.author, doc.author_unit) == ("Vi Thị Hoa", "Phòng Văn hóa và Thông tin huyện")
    assert [(p.role, p.org.name) for p in facts.person("Vi Thị Hoa").posts] == [(None, "Phòng Văn hóa và Thông tin huyện Tiên Yên")]
    # (or written short: 't/h' compiled, 's/t' collected)
    for note in (
        "Vi Thị Hoa (tổng hợp)",
        "Vi Thị Hoa - Tổng hợp",
        "Vi Thị Hoa (lược ghi)",
        "Vi Thị Hoa (Thực hiện)",
        "Vi Thị Hoa (t/h)",
        "Vi Thị Hoa (S/t)",
    ):
        doc, _ = article(f"Tiêu đề bài báo về thi đua khen thưởng\n{BODY}\n{note}\n")
        assert (doc.author, doc.author_unit) == ("Vi Thị Hoa", None), note
    # two writers joined by 'và' stay two
    doc, _ = article(f"Tiêu đề bài báo về thi đua khen thưởng\n{BODY}\nVi Thị Hoa và Lò Văn Tâm\n")
    assert (doc.author, doc.coauthors) == ("Vi Thị Hoa", ["Lò Văn Tâm"])


def test_a_byline_s_unit_after_a_dash_may_be_any_body_written_short_or_long():
    for byline, author, unit, body in (
        ("Thu Hà - BHXH tỉnh", "Thu Hà", "BHXH tỉnh", "Bảo hiểm xã hội tỉnh Quảng Ninh"),
        ("Lò Văn Tâm – Huyện đoàn Tiên Yên", "Lò Văn Tâm", "Huyện đoàn Tiên Yên", "Huyện đoàn Tiên Yên"),
        ("Tin: Vi Thị Hoa - Công an huyện", "Vi Thị Hoa", "Công an huyện", "Công an huyện Tiên Yên"),
        # (the nation's news agency and broadcasters, by their short forms)
        ("Thu Hà - TTXVN", "Thu Hà", "TTXVN", "Thông tấn xã Việt Nam"),
        ("Lò Văn Tâm/VOV", "Lò Văn Tâm", "VOV", "Đài Tiếng nói Việt Nam"),
    ):
        doc, facts = article(f"Tiêu đề bài báo về thi đua khen thưởng\n{BODY}\n{byline}\n")
        assert (doc.author, doc.author_unit) == (author, unit), byline
        assert [p.org.name for p in facts.person(author).posts] == [body], byline
    doc, facts = article(f"Tiêu đề bài báo về thi đua khen thưởng\n{BODY}\nThu Hà (TTXVN)\n")
    assert [p.org.name for p in facts.person("Thu Hà").posts] == ["Thông tấn xã Việt Nam"]
    # a place after the dash is where the writer is, not a body: no post
    for place in ("Tiên Yên", "Hội An"):  # (a town named like a body)
        doc, facts = article(f"Tiêu đề bài báo về thi đua khen thưởng\n{BODY}\nThu Hà - {place}\n")
        assert (doc.author, doc.author_unit, facts.person("Thu Hà").posts) == ("Thu Hà", None, []), place


def test_a_byline_s_office_of_a_body_named_after_it_or_by_its_head_noun_is_that_body_s():
    lead = "Sở Tư pháp tỉnh Quảng Ninh tổng kết năm 2022\n20/01/2023\nNgày 18/1, Sở Tư pháp tỉnh Quảng Ninh tổ chức hội nghị tổng kết.\n"

    def unit(byline: str, text: str = lead) -> list[str | None]:
        facts = article(text + byline + "\n")[1]
        return [p.org.name if p.org else None for p in facts.person("Thu Hằng").posts]

    assert unit("Thu Hằng - Văn phòng Sở") == ["Văn phòng Sở Tư pháp tỉnh Quảng Ninh"]
    assert unit("Thu Hằng - Phòng Tổ chức cán bộ Sở") == ["Phòng Tổ chức cán bộ Sở Tư pháp tỉnh Quảng Ninh"]
    assert unit("Thu Hằng - Văn phòng Sở Y tế") == ["Văn phòng Sở Y tế tỉnh Quảng Ninh"]
    # negatives: a head noun the article names no body of; an office of no body
    assert unit("Thu Hằng - Khoa Dược Bệnh viện") == []
    assert unit("Thu Hằng - Ban Tuyên giáo") == []


def test_a_dateline_under_the_byline():
    doc, _ = article(f"Tiêu đề bài báo về thi đua khen thưởng\n{BODY}\nVi Thị Hoa\nNgày đăng: 05/01/2023\n")
    assert (doc.author, doc.published) == ("Vi Thị Hoa", dt.date(2023, 1, 5))


def test_a_text_hard_wrapped_inside_its_paragraphs_is_joined_back():
    wrapped = (
        "Huyện Tiên Yên tổng kết thi đua năm 2022\n\n"
        "Ngày 5/3/2022, UBND huyện Tiên Yên tổ chức Hội nghị tổng\n"
        "kết công tác thi đua, khen thưởng năm 2022 và triển khai nhiệm\n"
        "vụ năm 2023.\n\n"
        "Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 120 tập\n"
        "thể, 230 cá nhân có thành tích xuất sắc trong phong trào thi\n"
        "đua yêu nước.\n\nVi Thị Hoa\n"
    )
    doc, facts = article(wrapped)
    assert "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022" in doc.text
    assert [(g.award, g.count) for g in facts.grants] == [("giay-khen", 120), ("giay-khen", 230)]
    assert (doc.title, doc.author) == ("Huyện Tiên Yên tổng kết thi đua năm 2022", "Vi Thị Hoa")


def test_lines_that_end_their_sentences_or_open_items_are_not_joined():
    from tdkt.ingest.normalise import unwrapped

    prose = [
        "Huyện Tiên Yên tổng kết công tác thi đua, khen thưởng năm 2022 và triển khai nhiệm vụ",
        "Ngày 5/3/2022, UBND huyện Tiên Yên tổ chức Hội nghị tổng kết công tác thi đua.",
        "Kết quả khen thưởng năm 2022 của huyện Tiên Yên được báo cáo như sau",
        "- Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể và 12 cá nhân xuất sắc;",
        "- Chủ tịch UBND huyện tặng Giấy khen cho 15 tập thể và 48 cá nhân tiêu biểu",
        "- Giám đốc Sở GD&ĐT tặng Giấy khen cho 15 tập thể và 48 cá nhân tiêu biểu",
        "Vi Thị Hoa",
    ]
    assert unwrapped(prose) == prose


def test_a_reposted_article_is_dated_by_the_source_it_credits_with_a_date():
    for credit in ("Theo plo.vn, 16/8/2024", "(Nguồn: Báo Lào Cai, ngày 16/08/2024)", "Theo Báo Nhân Dân - 16.8.2024"):
        doc, _ = article(f"Tiêu đề bài báo về thi đua khen thưởng\n{BODY}\nThu Hằng\n{credit}\n")
        assert doc.published == dt.date(2024, 8, 16), credit
    # a credit without a date dates nothing, nor does a sentence of the text that opens with 'Theo'
    doc, _ = article(f"Tiêu đề bài báo về thi đua khen thưởng\n{BODY}\nThu Hằng\nTheo plo.vn\n")
    assert doc.published is None
    doc, _ = article(f"Tiêu đề bài báo về thi đua khen thưởng\n{BODY}\nTheo kế hoạch, lễ tổng kết sẽ diễn ra ngày 16/8/2024.\n")
    assert doc.published is None


def test_html_meta_tags_give_the_date_and_author_when_the_text_does_not(tmp_path):
    page = tmp_path / "meta.html"
    page.write_text(
        '<html><head><meta property="article:published_time" content="2023-03-09T08:00:00+07:00">'
        '<meta name="author" content="Đỗ Thu Trang"></head><body><h1>Huyện Tiên Yên sơ kết thi đua quý I</h1>'
        f"<p>{BODY}</p></body></html>",
        encoding="utf-8",
    )
    doc, facts = process(page)
    assert (doc.published, doc.author) == (dt.date(2023, 3, 9), "Đỗ Thu Trang")
    # (the text does not print the name: no person is told of, none whose evidence would quote nothing)
    assert facts.person("Đỗ Thu Trang") is None
    assert all(ev.start >= 0 and doc.text[ev.start : ev.end] == ev.text for p in facts.people for ev in p.evidence)
    # negative: a byline the text prints is the author's person too
    page.write_text(page.read_text(encoding="utf-8").replace("</p></body>", "</p><p>Đỗ Thu Trang</p></body>"), encoding="utf-8")
    doc, facts = process(page)
    assert facts.person("Đỗ Thu Trang") is not None


def test_the_day_a_page_declares_it_published_comes_before_the_date_its_bar_prints(tmp_path):
    def published(declared: str) -> dt.date | None:
        page = tmp_path / "bar.html"
        page.write_text(
            f"<html><head>{declared if declared.startswith('<meta') else ''}</head><body>"
            "<div>Thứ hai, 08/01/2024 | Đăng nhập</div><article><h1>Huyện Tiên Yên sơ kết thi đua quý I</h1>"
            f"{declared if declared.startswith('<time') else ''}<p>{BODY}</p></article></body></html>",
            encoding="utf-8",
        )
        return process(page)[0].published

    # the portal's bar prints today's date over the headline; the page declares the day it was published
    assert published('<meta property="article:published_time" content="2024-01-06T16:20:00+07:00">') == dt.date(2024, 1, 6)
    assert published('<time itemprop="datePublished" datetime="2024-01-06T16:20:00+07:00">06/01/2024</time>') == dt.date(2024, 1, 6)
    # negative: a bare <time>, which declares nothing, yields to the date the text prints
    assert published('<time datetime="2024-01-06T16:20:00+07:00">06/01/2024</time>') == dt.date(2024, 1, 8)
    assert published("") == dt.date(2024, 1, 8)
    # nor does a line under the headline that says it is the posting's day ('Ngày đăng: ...', 'Cập nhật lúc ...')
    assert published("<time>Ngày đăng: 06/01/2024 | Lượt xem: 1.245</time>") == dt.date(2024, 1, 6)
    assert published("<time>Cập nhật: 06/01/2024 16:20</time>") == dt.date(2024, 1, 6)
    # negative: an unlabelled date under the headline yields to the bar's, read first
    assert published("<time>06/01/2024 16:20</time>") == dt.date(2024, 1, 8)


def test_a_page_s_linked_data_gives_the_date_and_the_writer_when_the_text_does_not(tmp_path):
    def meta(linked: str) -> tuple[dt.date | None, str | None]:
        page = tmp_path / "ld.html"
        page.write_text(
            f'<html><head><script type="application/ld+json">{linked}</script></head><body>'
            f"<h1>Huyện Tiên Yên sơ kết thi đua quý I</h1><p>{BODY}</p></body></html>",
            encoding="utf-8",
        )
        doc, _ = process(page)
        return doc.published, doc.author

    article_ld = (
        '{"@type": "NewsArticle", "datePublished": "2023-03-09T08:00:00+07:00", "author": {"@type": "Person", "name": "Đỗ Thu Trang"}}'
    )
    assert meta(article_ld) == (dt.date(2023, 3, 9), "Đỗ Thu Trang")
    graph = '{"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, {"@type": "Article", "datePublished": "2023-03-09", "author": [{"name": "Đỗ Thu Trang"}]}]}'
    assert meta(graph) == (dt.date(2023, 3, 9), "Đỗ Thu Trang")
    # negative: the paper as its author is no writer; a script that is not JSON says nothing
    paper = '{"@type": "NewsArticle", "datePublished": "2023-03-09", "author": {"@type": "Organization", "name": "Báo Quảng Ninh"}}'
    assert meta(paper) == (dt.date(2023, 3, 9), None)
    assert meta("{datePublished: 2023-03-09") == (None, None)


def test_readers_comments_related_news_and_share_boxes_are_no_article_text(tmp_path):
    page = tmp_path / "boxes.html"
    page.write_text(
        f"<html><body><h1>Huyện Tiên Yên sơ kết thi đua quý I</h1><div class='detail'><p>{BODY}</p>"
        "<p><strong>Đỗ Thu Trang</strong></p></div>"
        "<section class='comments'><div class='c'><div>Lê Văn Tâm: Chúc mừng các tập thể được tặng Bằng khen!</div></div></section>"
        "<div id='box-binh-luan'>Gửi bình luận</div><div class='tin-lien-quan'><ul><li>Trao Huân chương cho 3 tập thể</li></ul></div>"
        "<aside><ul><li>Tin mới</li></ul></aside></body></html>",
        encoding="utf-8",
    )
    doc, _ = process(page)
    assert "Chúc mừng" not in doc.text and "Trao Huân chương" not in doc.text and "bình luận" not in doc.text
    assert doc.author == "Đỗ Thu Trang"  # the byline is the article's last line again
    # (other news by its other names: 'other-news', 'news-other', 'tin-cung-chuyen-muc', 'xem-them')
    for box in ("other-news", "box-news-other", "tin-cung-chuyen-muc", "xem-them"):
        page.write_text(
            f"<html><body><h1>Huyện Tiên Yên sơ kết thi đua quý I</h1><div class='detail'><p>{BODY}</p></div>"
            f"<div class='{box}'><ul><li><a href='/a'>Trao Huân chương cho 3 tập thể</a></li></ul></div></body></html>",
            encoding="utf-8",
        )
        assert "Trao Huân chương" not in process(page)[0].text, box
    # a box whose class only contains such a word as part of another is the article's
    page.write_text(
        f"<html><body><h1>Huyện Tiên Yên sơ kết thi đua quý I</h1><div class='commentary-free sharedcontent othernesswise'><p>{BODY}</p></div></body></html>",
        encoding="utf-8",
    )
    assert BODY in process(page)[0].text
    # a box a broken page opens and never closes holds the rest of the page: it is read, not lost
    page.write_text(
        f"<html><body><h1>Huyện Tiên Yên sơ kết thi đua quý I</h1><div class='box-share'>Chia sẻ<p>{BODY}</p></body></html>",
        encoding="utf-8",
    )
    assert BODY in process(page)[0].text


def test_a_table_s_number_column_is_no_byline(tmp_path):
    page = tmp_path / "table.html"
    page.write_text(
        f"<html><body><h1>Huyện Tiên Yên sơ kết thi đua quý I</h1><p>{BODY}</p><table><tr><td>STT</td><td>Tên tập thể</td>"
        "</tr><tr><td>1</td><td>Trường Tiểu học Đông Ngũ</td></tr></table><p>Ban biên tập</p></body></html>",
        encoding="utf-8",
    )
    doc, _ = process(page)
    assert doc.author is None


def test_a_page_s_list_items_are_items_that_the_sentence_opening_the_list_gives(tmp_path):
    page = tmp_path / "list.html"
    page.write_text(
        "<html><body><nav><ul><li><a href='/'>Trang chủ</a></li><li><a href='/tin'>Tin tức - Sự kiện</a></li></ul></nav>"
        f"<h1>Huyện Tiên Yên biểu dương điển hình tiên tiến</h1><p>{BODY}</p>"
        "<p>Tại hội nghị, UBND huyện đã khen thưởng các tập thể, cá nhân sau:</p>"
        "<ol><li>Tặng Giấy khen cho 12 tập thể;</li><li>Tặng danh hiệu Chiến sĩ thi đua cơ sở cho 8 cá nhân.</li></ol>"
        "<p>Vi Thị Hoa</p><div><h3>Tin liên quan</h3><ul><li><a href='/a'>Huyện Tiên Yên tổng kết năm 2022</a></li></ul></div>"
        "</body></html>",
        encoding="utf-8",
    )
    doc, facts = process(page)
    assert (doc.title, doc.author) == ("Huyện Tiên Yên biểu dương điển hình tiên tiến", "Vi Thị Hoa")
    assert [(g.award, g.count, _label(g.conferrer)) for g in facts.grants] == [
        ("giay-khen", 12, "Ủy ban nhân dân huyện Tiên Yên"),
        ("chien-si-thi-dua-co-so", 8, "Ủy ban nhân dân huyện Tiên Yên"),
    ]


def test_a_numbered_item_s_number_is_not_a_sentence_of_its_own():
    doc, _ = article(
        f"Huyện Tiên Yên sơ kết thi đua quý I\n12/01/2023\n{BODY}\nKết quả như sau:\n1. Huyện đạt 5 chỉ tiêu.\nII. Nhiệm vụ năm 2023.\n"
    )
    assert [s.text for s in doc.sentences][-2:] == ["1. Huyện đạt 5 chỉ tiêu.", "II. Nhiệm vụ năm 2023."]


def test_a_date_beside_a_sentence_is_no_dateline():
    doc, _ = article(f"Tiêu đề bài báo về thi đua khen thưởng\n05/09/2024 | Ngày 4/9, UBND huyện tổ chức hội nghị tổng kết.\n{BODY}\n")
    assert (doc.title, doc.published) == ("Tiêu đề bài báo về thi đua khen thưởng", None)


def test_a_place_and_a_date_in_the_body_is_no_dateline():
    doc, _ = article(f"Tiêu đề bài báo về thi đua khen thưởng\n{BODY}\nLai Châu, ngày 10 tháng 01 năm 2023 là ngày hội của toàn tỉnh\n")
    assert doc.published is None


def test_a_portal_suffix_is_not_part_of_the_headline():
    doc, _ = article(f"Huyện Tiên Yên sơ kết thi đua quý I - Cổng thông tin điện tử tỉnh Quảng Ninh\n{BODY}\n")
    assert doc.title == "Huyện Tiên Yên sơ kết thi đua quý I"


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("2023-09-04 08:45", dt.date(2023, 9, 4)),
        ("15:20 | 11/01/2024", dt.date(2024, 1, 11)),
        ("Cập nhật lúc: 08:45 - 04-09-2023", dt.date(2023, 9, 4)),
        ("Lai Châu, ngày 10 tháng 01 năm 2023", dt.date(2023, 1, 10)),  # a place first, as an official letter
        ("Thành phố Hồ Chí Minh, ngày 5/9/2024", dt.date(2024, 9, 5)),
        ("Buôn Hồ (Đắk Lắk), ngày 10/01/2024", dt.date(2024, 1, 10)),  # the province in brackets after the place
        ("Mường Tè (Lai Châu), ngày 3 tháng 5 năm 2023", dt.date(2023, 5, 3)),
        ("Yên Bái, 15/3/2024", dt.date(2024, 3, 15)),  # the date in figures, no 'ngày'
        ("Krông Pắc (Đắk Lắk), 02-01-2024", dt.date(2024, 1, 2)),
        ("Ngày xuất bản: 05/09/2024", dt.date(2024, 9, 5)),
        ("2024/09/05", dt.date(2024, 9, 5)),
        # a date beside short labels of where it is filed ('| Phòng GD&ĐT huyện X', '| Nguồn: ...')
        ("05/09/2024 | Phòng GD&ĐT huyện Lục Nam", dt.date(2024, 9, 5)),
        ("Tin hoạt động | 05/09/2024", dt.date(2024, 9, 5)),
        ("Cập nhật ngày 05/09/2024 | Nguồn: Trung tâm Văn hóa huyện", dt.date(2024, 9, 5)),
        # a section's label, then the date (in figures or written out)
        ("Hoạt động cơ sở - Tin tức 05/09/2024", dt.date(2024, 9, 5)),
        ("Tin tức - Sự kiện 5 tháng 9 năm 2024", dt.date(2024, 9, 5)),
        ("Tin địa phương 05 tháng 09 năm 2024 08:10", dt.date(2024, 9, 5)),
        # a year of two digits after a slash
        ("05/09/24 08:30", dt.date(2024, 9, 5)),
        ("Thứ Năm, 05/09/24", dt.date(2024, 9, 5)),
    ],
)
def test_dateline_forms(dateline, expected):
    doc, _ = article(f"Tiêu đề bài báo về thi đua khen thưởng\n{dateline}\n{BODY}\n")
    assert (doc.title, doc.published) == ("Tiêu đề bài báo về thi đua khen thưởng", expected)


def _to_cp1258(text: str) -> bytes:
    """windows-1258 has the vowels ê, ơ, ư ... but writes tones as combining marks."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        decomposed = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        out.append(base + "".join(c for c in decomposed if c in tones))
    return "".join(out).encode("cp1258")


def test_utf16_files_and_declared_html_charsets_are_read(tmp_path):
    text = f"Tiêu đề bài báo về thi đua khen thưởng\n{BODY}\n"
    utf16 = tmp_path / "u16.txt"
    utf16.write_bytes(text.encode("utf-16"))
    assert read_article(utf16).text.startswith("Tiêu đề")
    page = tmp_path / "cp1258.html"
    html = f'<html><head><meta charset="windows-1258"></head><body><p>{text}</p></body></html>'
    page.write_bytes(_to_cp1258(html))
    assert "Tiêu đề bài báo" in normalise(read_article(page).text)


def test_metadata_joined_by_a_bar_under_the_headline():
    doc, _ = article(
        f"Bộ Giao thông vận tải tặng Kỷ niệm chương cho 8 cá nhân\n\nNgày đăng bài: 22/03/2019 | Tác giả: Hữu Thành\n\n{BODY}\n"
    )
    assert (doc.title, doc.published, doc.author) == (
        "Bộ Giao thông vận tải tặng Kỷ niệm chương cho 8 cá nhân",
        dt.date(2019, 3, 22),
        "Hữu Thành",
    )


def test_a_byline_in_capitals_under_the_headline():
    doc, _ = article(f"Huyện Tiên Yên trao Huân chương Độc lập\n\nVĂN TOÀN - ĐOÀN NHÂN |\n\n{BODY}\n")
    assert (doc.title, doc.author, doc.coauthors) == ("Huyện Tiên Yên trao Huân chương Độc lập", "Văn Toàn", ["Đoàn Nhân"])
    doc, _ = article(f"Huyện Tiên Yên trao Huân chương Độc lập\nThứ Sáu, 14/05/2021 08:30\n{BODY}\n")
    assert doc.author is None


def test_a_comma_a_semicolon_or_a_stop_glued_to_what_follows_is_set_apart_and_a_decimal_comma_is_not():
    assert normalise("Dịp này, UBND huyện tặng Giấy khen cho 15 tập thể,30 cá nhân.\n") == (
        "Dịp này, UBND huyện tặng Giấy khen cho 15 tập thể, 30 cá nhân.\n"
    )
    assert normalise("Mỗi tập thể được thưởng 1,5 triệu đồng, mỗi cá nhân 800.000 đồng.\n") == (
        "Mỗi tập thể được thưởng 1,5 triệu đồng, mỗi cá nhân 800.000 đồng.\n"
    )
    # (or to the word after it, after a word or a number: a body's name, a list, a year)
    assert normalise("Ông A, Phó Giám đốc Sở Văn hóa,Thể thao và Du lịch; năm 2023,UBND huyện tặng Giấy khen.\n") == (
        "Ông A, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch; năm 2023, UBND huyện tặng Giấy khen.\n"
    )
    # (and a semicolon glued to the item after it)
    assert normalise("Dự có bà A, Phó Chủ tịch UBND thành phố;ông B, Trưởng phòng Nội vụ.\n") == (
        "Dự có bà A, Phó Chủ tịch UBND thành phố; ông B, Trưởng phòng Nội vụ.\n"
    )
    # (and a stop glued to the sentence after it; not one inside an abbreviation, nor a web address's)
    assert normalise("Năm 2023 là năm đặc biệt.Đây là năm đầu tiên; BAV nhận Cờ thi đua của NHNN.Đồng thời, ...\n") == (
        "Năm 2023 là năm đặc biệt. Đây là năm đầu tiên; BAV nhận Cờ thi đua của NHNN. Đồng thời, ...\n"
    )
    for kept in (
        "Ông A, Phó Giám đốc Sở Y tế TP.HCM phát biểu.\n",
        "Xem tại baolangson.vn và P.Tân Định.\n",
        "Ng.Minh\n",
        "UBND TX.Quảng Yên\n",
    ):
        assert normalise(kept) == kept
    # (and a dash between words spaced on one side is spaced on both; not one glued to a number)
    assert normalise("Bà A- Trưởng khối, Ban Văn hóa -Xã hội, Sở Lao động– Thương binh; COVID -19, ngày 15- 1.\n") == (
        "Bà A - Trưởng khối, Ban Văn hóa - Xã hội, Sở Lao động – Thương binh; COVID -19, ngày 15- 1.\n"
    )
    # and so reads the body as with the space
    _, facts = article(
        "Hội nghị tổng kết công tác văn hóa\n15/01/2024\nDự có ông Lê Văn An, Phó Giám đốc Sở Văn hóa,Thể thao và Du lịch.\nHà An\n"
    )
    assert [p.org.name for p in facts.person("Lê Văn An").posts] == ["Sở Văn hóa, Thể thao và Du lịch"]


def test_a_space_typed_before_a_stop_or_inside_a_bracket_is_dropped_so_lists_read_as_typed_without_it():
    assert (
        normalise("Dự có ông A , Phó Chủ tịch UBND tỉnh ; bà B ( Giám đốc Sở ) .\n")
        == "Dự có ông A, Phó Chủ tịch UBND tỉnh; bà B (Giám đốc Sở).\n"
    )
    # negative: a stop that opens a number is no stop after a space ('1 .5' stays as typed)
    assert normalise("Tỷ lệ tăng 1 .5 lần.\n") == "Tỷ lệ tăng 1 .5 lần.\n"
    head = "Huyện Văn Lãng tổng kết năm 2022\n20/01/2023 09:00\n"

    def grants(body: str) -> list[tuple]:
        return [(g.award, g.recipient_kind, g.count) for g in article(head + body + "\nTrần Thu Hương\n")[1].grants]

    spaced = grants("UBND huyện tặng Cờ thi đua cho 3 tập thể , Giấy khen cho 20 tập thể , 35 cá nhân .")
    assert spaced == grants("UBND huyện tặng Cờ thi đua cho 3 tập thể, Giấy khen cho 20 tập thể, 35 cá nhân.") and len(spaced) == 3


def test_the_state_s_two_offices_written_in_another_casing_are_read_as_the_rules_write_them():
    head = "Huyện Văn Lãng truy tặng danh hiệu Bà mẹ Việt Nam anh hùng\n20/01/2023 09:00\n"
    lead = "Ngày 18/1/2023, UBND huyện Văn Lãng tổ chức Lễ truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 5 mẹ.\n"

    def presenters(office: str) -> list[str | None]:
        said = f"Đồng chí Hoàng Văn Nam, Bí thư Huyện ủy trao Quyết định của {office} cho đại diện thân nhân các mẹ."
        return [g.presenter for g in article(head + lead + said + "\nTrần Thu Hương\n")[1].grants]

    assert presenters("Chủ tịch Nước") == presenters("Chủ Tịch nước") == presenters("Chủ tịch nước") == ["Hoàng Văn Nam"]
    assert normalise("Thủ tướng chính phủ tặng Bằng khen.\n") == "Thủ tướng Chính phủ tặng Bằng khen.\n"
    # negative: a headline in capitals is read apart, as typed; another chair keeps the casing typed
    assert normalise("CHỦ TỊCH NƯỚC TRAO HUÂN CHƯƠNG\n") == "CHỦ TỊCH NƯỚC TRAO HUÂN CHƯƠNG\n"
    assert normalise("Chủ Tịch Hội Nông dân phát biểu.\n") == "Chủ Tịch Hội Nông dân phát biểu.\n"


def test_words_a_crawler_glued_to_a_capitalised_word_are_parted():
    assert normalise("Sở GD-ĐT tỉnhĐắk Lắk và UBND huyệnTiên Yên\n") == "Sở GD-ĐT tỉnh Đắk Lắk và UBND huyện Tiên Yên\n"
    # abbreviations that mix cases stay whole
    assert normalise("ThS. Lê Văn An, QĐ-TTg, iPhone\n") == "ThS. Lê Văn An, QĐ-TTg, iPhone\n"
    # a word glued after an acronym: two capitals, then a lower-case syllable ('MCs' is too short to tell)
    assert normalise("Trường THPTchuyên của TP.HCMcó 5 MCs\n") == "Trường THPT chuyên của TP.HCM có 5 MCs\n"


def test_a_brand_s_latin_name_that_changes_case_inside_stays_whole():
    kept = "VietinBank Cà Mau, PetroVietnam, TPBank và HDBank, MobiFone\n"
    assert normalise(kept) == kept
    # negative: a crawler's glued Vietnamese words, even in letters without tones, are parted
    assert normalise("trao Bằng khen choBan Chỉ đạo và BIDVcó 5 chi nhánh\n") == "trao Bằng khen cho Ban Chỉ đạo và BIDV có 5 chi nhánh\n"


def test_two_syllables_a_crawler_glued_are_parted_where_one_split_is_plain():
    assert normalise("Hội Nông dân xãtặng Giấy khen, Trường ĐH Cửu Longtổ chức lễ\n") == (
        "Hội Nông dân xã tặng Giấy khen, Trường ĐH Cửu Long tổ chức lễ\n"
    )
    # split where both halves are syllables the project's tables know ('các hoạt', not 'cá choạt' or 'cách oạt')
    assert normalise("Đó lànhạc sĩ A, người tham gia cáchoạt động\n") == "Đó là nhạc sĩ A, người tham gia các hoạt động\n"
    # negative: foreign words, acronyms, a highlands name of two syllables written as one, a single syllable
    kept = "Agribank, Vietcombank, TĐKT, bà Pinăng Thị Duyên, ông Y Kđoh Êban, khuyến khích nghiêng\n"
    assert normalise(kept) == kept
    # nor a Khmer name's word whose first half would leave a vowel pair open that Vietnamese always closes ('Rươ')
    assert normalise("em Thạch Thị Sa Rươne, chị Danh Thị Xuônene\n") == "em Thạch Thị Sa Rươne, chị Danh Thị Xuônene\n"
    assert normalise("ông Sơn Ngọc Thànhtặng\n") == "ông Sơn Ngọc Thành tặng\n"
    # a capitalised word is parted only where both halves are known: a Lao given name stays whole ('Kham' is unknown)
    assert normalise("ông Khamphăn Phommathat, Phó Tỉnh trưởng\n") == "ông Khamphăn Phommathat, Phó Tỉnh trưởng\n"


def test_the_eth_some_converters_write_for_d_with_stroke_is_that_letter():
    assert normalise("tỉnh Nam Ðịnh, Nghị định số 91/2017/NÐ-CP, ðồng chí\n") == "tỉnh Nam Định, Nghị định số 91/2017/NĐ-CP, đồng chí\n"


@pytest.mark.parametrize(
    ("dateline", "tail", "author"),
    [
        ("Ngày 12 tháng 01 năm 2023", "Bài, ảnh: Lan Hương", "Lan Hương"),
        ("Thứ Năm, 12/1/2023, 08:30 (GMT+7)", "Tin: Lê Thu Hà", "Lê Thu Hà"),
        ("Cập nhật lúc 08:30 ngày 12/01/2023", "Thực hiện: Minh Anh", "Minh Anh"),
        ("12/01/2023 | 08:30", "PV", None),  # 'phóng viên': no name
        ("12/01/2023", "PV Hoàng Yến", "Hoàng Yến"),  # a reporter named after the label
        ("12/01/2023", "Bài, ảnh: Lê Hà (TTVH huyện)", "Lê Hà"),  # the unit in brackets after a label
        ("12/01/2023", "Nhóm PV", None),
        ("Cập nhật: 10:25 | 12/01/2023 Lượt xem: 235", "Minh Anh", "Minh Anh"),  # a page's view counter beside its date
        # who posted it after the date: a writer's name is the byline, the site's account none
        ("Đăng ngày 12/01/2023 bởi Quản trị viên | Lượt xem: 245", "Minh Anh", "Minh Anh"),
        ("Đăng ngày 12/01/2023 bởi Lê Thu Hà", "Ban biên tập", "Lê Thu Hà"),
        ("Ngày đăng: 12/01/2023 08:30 by admin", "Ban biên tập", None),
        ("Posted on 12/01/2023 by admin", "Minh Anh", "Minh Anh"),  # an English theme's words
        ("Published on 12/01/2023 08:30", "Minh Anh", "Minh Anh"),
        # the time, then the page's section, after the date
        ("Thứ Năm, 12/01/2023 | 15:30 Chính trị", "Minh Anh", "Minh Anh"),
        # the poster's label: a writer's name, not the site's account
        ("Đăng bởi: Lê Thu Hà | 12/01/2023", "Ban biên tập", "Lê Thu Hà"),
        ("Người đăng: admin | 12/01/2023", "Ban biên tập", None),
        ("12/01/2023 | 08:30 Thi đua - Khen thưởng", "Minh Anh", "Minh Anh"),
        # (the time alone between bars, before the date)
        ("08:30 | 12/01/2023 | Thời sự", "Minh Anh", "Minh Anh"),
        ("10:15:20 AM | 12/01/2023", "Minh Anh", "Minh Anh"),
        # how the writer is called, no part of the name ('Anh Thư', a pen name, keeps its first word)
        ("12/01/2023", "Thầy Hoàng Văn Lợi - Hiệu trưởng", "Hoàng Văn Lợi"),
        ("12/01/2023", "Ông Triệu Văn Sinh", "Triệu Văn Sinh"),
        ("12/01/2023", "Cô giáo Lương Thị Hà", "Lương Thị Hà"),
        ("12/01/2023", "Anh Thư", "Anh Thư"),
    ],
)
def test_more_datelines_and_labelled_bylines(dateline, tail, author):
    doc, _ = article(f"Huyện Tiên Yên sơ kết thi đua\n{dateline}\n{BODY}\n{tail}\n")
    assert (doc.title, doc.published, doc.author) == ("Huyện Tiên Yên sơ kết thi đua", dt.date(2023, 1, 12), author)


def test_invisible_characters_inside_words_lose_no_fact():
    import random

    clean = (
        "Huyện Tiên Yên tổng kết thi đua năm 2022\n12/01/2023\n"
        "Ngày 10/1/2023, UBND huyện Tiên Yên tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022. "
        "Đồng chí Lê Văn Hải, Chủ tịch UBND huyện trao Giấy khen cho 20 tập thể và 35 cá nhân.\nMai Anh\n"
    )
    invisible = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\u200e", "\u200f", "\ufeff", "\u202a", "\u2066"]
    rng = random.Random(7)
    dirty = "".join(ch + (rng.choice(invisible) if ch.isalpha() and rng.random() < 0.3 else "") for ch in clean)
    dirty = dirty.replace("\n", "\u2028", 1)

    def facts_of(text):
        doc, facts = article(text)
        return (
            doc,
            [(g.award, g.count, g.recipient_kind) for g in facts.grants],
            sorted(p.name for p in facts.people),
            [e.date for e in facts.events],
        )

    doc, *seen = facts_of(dirty)
    assert tuple(seen) == facts_of(clean)[1:]
    assert not any(ch in doc.text for ch in invisible)
    for p in article(dirty)[1].people:
        for ev in p.evidence:
            assert doc.text[ev.start : ev.end] == ev.text  # offsets are into the cleaned, stored text


def test_a_file_far_larger_than_an_article_is_refused_by_name(tmp_path):
    big = tmp_path / "dump.txt"
    big.write_text("Huyện Tiên Yên tặng Giấy khen cho 5 tập thể. " * 60_000, encoding="utf-8")
    with pytest.raises(ArticleError, match="far more than a news article"):
        read_article(big)


def test_a_caption_wrapped_over_lines_with_a_line_of_digits_between_keeps_its_offsets():
    doc, _ = article(
        f"Tiêu đề bài báo về thi đua khen thưởng\n12/01/2023\n{BODY}\n"
        "Đồng chí Lê Văn Hải, Chủ tịch UBND huyện trao Giấy khen,\n0\nQuang cảnh hội nghị tổng kết năm 2022 ở Tiên Yên\n"
        f"{BODY}\nMai Anh\n"
    )
    assert all(doc.text[s.start : s.end] == s.text for s in doc.sentences)
    assert any("\n0\n" in s.text for s in doc.sentences)  # one caption over its lines, the line of digits kept


def test_a_portal_s_footer_ends_the_article_and_its_byline_stays():
    kept = normalise(
        "Ngày 11/12, huyện Tiên Yên tổ chức hội nghị.\nThanh Hải\nBản quyền thuộc UBND huyện Tiên Yên. Địa chỉ: số 1\n"
        "Chịu trách nhiệm chính: ông A\n"
    )
    assert kept == "Ngày 11/12, huyện Tiên Yên tổ chức hội nghị.\nThanh Hải\n"
    assert normalise("Copyright © 2024 Cổng TTĐT tỉnh\n").strip() == ""
    kept = normalise("Ngày 11/12, huyện Tiên Yên tổ chức hội nghị.\nThanh Hải\n© Báo Quảng Ninh điện tử. Giấy phép 12/GP\n")
    assert kept == "Ngày 11/12, huyện Tiên Yên tổ chức hội nghị.\nThanh Hải\n"
    # a sentence about copyright is the article's
    assert "bản quyền" in normalise("Hội nghị bàn về bảo hộ bản quyền tác giả trong hoạt động báo chí.\n")


def test_a_portal_s_contact_block_is_its_footer_and_the_byline_over_it_is_read():
    body = "Ngày 11/12, huyện Tiên Yên tổ chức hội nghị tổng kết.\nThanh Hải - TTVH\n"
    kept = normalise(body + "Cổng thông tin điện tử huyện Tiên Yên - tỉnh Quảng Ninh. Địa chỉ: Khu 3, thị trấn Tiên Yên.\n")
    assert kept == body
    # another wording: the address and telephone on lines of their own, and more of the page after them
    assert normalise(body + "Địa chỉ: Khu 3, thị trấn Tiên Yên\nĐiện thoại: 0203.3876.123\nBình chọn\n") == body
    doc, _ = article("Huyện Tiên Yên tổng kết năm 2023\n12/01/2024\n" + body + "Trang thông tin điện tử huyện. Email: a@b.vn\n")
    assert doc.author == "Thanh Hải"
    # an online paper's name, then its licence or owner
    doc, _ = article("Huyện Tiên Yên tổng kết năm 2023\n12/01/2024\n" + body + "Báo Quảng Ninh điện tử. Giấy phép số 12/GP-BTTTT.\n")
    assert doc.author == "Thanh Hải"
    assert normalise(body + "Báo Tiên Yên điện tử | Cơ quan chủ quản: UBND huyện\n") == body
    # negative: a sentence that speaks of an address is the article's
    said = "Ông A cho biết địa chỉ: thôn 3, xã Hải Lạng là nơi tổ chức lễ.\n"
    assert normalise(said) == said
    said = "Báo Quảng Ninh điện tử đã có nhiều bài viết về phong trào thi đua.\n"
    assert normalise(said) == said


def test_counter_labels_are_chrome_only_with_their_numbers():
    kept = normalise("Hôm nay: 1.234\nTrong tháng 12, huyện Tiên Yên tổ chức hội nghị.\nĐang trực tuyến 15\n")
    assert kept == "Trong tháng 12, huyện Tiên Yên tổ chức hội nghị.\n"


@pytest.mark.parametrize(
    ("before", "after", "author"),
    [
        ("", "N.V", "N.V"),
        ("NT 30/05/2024 17:48\n", "", "NT"),
        ("", "PV", None),  # a desk, not a writer
        ("", "HYTV", None),  # a station
        ("", "Tin, ảnh: H.T", "H.T"),  # after a label
        ("", "Tin: PV", None),
    ],
)
def test_a_byline_of_initials_is_the_author_but_no_person(before, after, author):
    doc, facts = article(f"Huyện Tiên Yên sơ kết thi đua\n{before}{BODY}\n{after}\n")
    assert doc.author == author
    assert all(p.name != author for p in facts.people)


_PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'>{head}</head><body><h1>Huyện tổng kết thi đua năm 2022</h1>"
    "<p>Ngày 10/1/2023, UBND huyện Tiên Yên tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022 "
    "và trao Giấy khen cho 20 tập thể có thành tích xuất sắc.</p></body></html>"
)


@pytest.mark.parametrize(
    ("head", "url"),
    [
        ('<link rel="canonical" href="https://tienyen.quangninh.gov.vn/tin/1.html">', "https://tienyen.quangninh.gov.vn/tin/1.html"),
        ('<meta property="og:url" content="http://baoquangninh.vn/a-2.html">', "http://baoquangninh.vn/a-2.html"),
        ('<meta property="og:url" content="http://a.vn/og"><link rel="canonical" href="https://a.vn/c">', "https://a.vn/c"),
        ('<link rel="canonical" href="/tin/1.html">', None),  # relative: the page does not say where it lives
        ('<link rel="canonical" href="https://a.vn/x y">', None),  # not an IRI
        ("", None),
    ],
)
def test_the_pages_own_address_is_read_from_canonical_or_og_url(tmp_path: Path, head, url):
    page = tmp_path / "a.html"
    page.write_text(_PAGE.format(head=head), encoding="utf-8")
    assert read_article(page).url == url


def _page(tmp_path, headline: str, day: str, body: str):
    """A page of one headline, its day, then `body` (HTML), read through the pipeline: (document, facts)."""
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><h1>{headline}</h1><p>{day}</p>{body}</body></html>", encoding="utf-8")
    return process(page)


@pytest.mark.parametrize(
    ("table", "other", "other_cells"),
    [
        (  # counts under what they count ('Hình thức | Tập thể | Cá nhân')
            "<table><tr><th>Hình thức</th><th>Tập thể</th><th>Cá nhân</th></tr>"
            "<tr><td>Cờ thi đua của UBND tỉnh</td><td>3</td><td>-</td></tr>"
            "<tr><td><p>Giấy khen của Chủ tịch UBND huyện</p></td><td>120</td><td>245</td></tr></table>",
            "<table><tr><td>STT</td><td>Nội dung</td></tr><tr><td>1</td><td>Trường THCS Đông Ngũ</td></tr></table>",
            "\n1\nTrường THCS Đông Ngũ\n",  # a table of anything else: its cells, each on its own line
        ),
        (  # award forms beside how many were given each, in words ('Hình thức khen thưởng | Số lượng')
            "<table><tr><th>TT</th><th>Hình thức khen thưởng</th><th>Số lượng</th></tr>"
            "<tr><td>1</td><td>Cờ thi đua của UBND tỉnh</td><td>3 tập thể</td></tr>"
            "<tr><td>2</td><td>Giấy khen của Chủ tịch UBND huyện</td><td>120 tập thể, 245 cá nhân</td></tr>"
            "<tr><td></td><td>Tổng cộng</td><td>123 tập thể, 245 cá nhân</td></tr></table>",
            "<table><tr><th>Hình thức</th><th>Số lượng</th></tr><tr><td>Ghi chú</td><td>không có</td></tr></table>",
            "\nGhi chú\nkhông có\n",  # a row with no count in it: its cells, each on its own line
        ),
        (  # a header in two rows, its first cells spanning both ('Hình thức | Số lượng' over 'Tập thể | Cá nhân')
            "<table><tr><th rowspan='2'>STT</th><th rowspan='2'>Hình thức</th><th colspan='2'>Số lượng</th></tr>"
            "<tr><th>Tập thể</th><th>Cá nhân</th></tr>"
            "<tr><td>1</td><td>Cờ thi đua của UBND tỉnh</td><td>3</td><td></td></tr>"
            "<tr><td>2</td><td>Giấy khen của Chủ tịch UBND huyện</td><td>120</td><td>245</td></tr></table>",
            # (negative: a second row of no count nouns makes no header)
            "<table><tr><th>Hình thức</th><th>Số lượng</th></tr><tr><th>Năm</th><th>Ghi chú</th></tr>"
            "<tr><td>Ghi chú</td><td>2023</td><td>x</td></tr></table>",
            "\nGhi chú\n2023\nx\n",
        ),
        (  # what they count down the first column, the forms across the header; a row of totals, no grant of its own
            "<table><tr><th>Đối tượng</th><th>Cờ thi đua của UBND tỉnh</th><th>Giấy khen của Chủ tịch UBND huyện</th></tr>"
            "<tr><td>Tập thể</td><td>3</td><td>120</td></tr><tr><td>Cá nhân</td><td>-</td><td>245</td></tr>"
            "<tr><td>Tổng cộng</td><td>3</td><td>365</td></tr></table>",
            # (negative: a first column of no count nouns is no such table)
            "<table><tr><th>Nội dung</th><th>Năm 2022</th><th>Năm 2023</th></tr><tr><td>Thu ngân sách</td><td>3</td><td>5</td></tr></table>",
            "\nThu ngân sách\n3\n5\n",
        ),
    ],
)
def test_a_table_of_counts_reads_as_the_list_items_it_stands_for(tmp_path, table, other, other_cells):
    doc, facts = _page(
        tmp_path,
        "Huyện Tiên Yên: kết quả khen thưởng năm 2022",
        "12/01/2023",
        "<p>Ngày 10/1/2023, UBND huyện Tiên Yên tổ chức Hội nghị tổng kết công tác thi đua. Kết quả khen thưởng như sau:</p>"
        f"{table}{other}<p>Thu Hà</p>",
    )
    assert "- Cờ thi đua của UBND tỉnh: 3 tập thể." in doc.text
    assert "- Giấy khen của Chủ tịch UBND huyện: 120 tập thể, 245 cá nhân." in doc.text
    assert other_cells in doc.text
    assert [(g.award, g.recipient_kind, g.count) for g in facts.grants] == [
        ("co-thi-dua-cap-bo-tinh", "collective", 3),
        ("giay-khen", "collective", 120),
        ("giay-khen", "individual", 245),
    ]


def test_a_table_of_forms_that_say_whom_a_bare_number_beside_them_counts_reads_as_its_list(tmp_path):
    rows = (
        "<tr><td>1</td><td>Giấy khen của Chủ tịch UBND xã cho tập thể</td><td>6</td></tr>"
        "<tr><td>2</td><td>Giấy khen của Chủ tịch UBND xã (cá nhân)</td><td>18</td></tr>"
        "<tr><td>3</td><td>Giấy khen của Chủ tịch UBND xã</td><td>5</td></tr>"  # (whom it counts unsaid: its cells)
    )
    doc, facts = _page(
        tmp_path,
        "Xã Đông Ngũ tổng kết công tác năm 2024",
        "28/12/2024",
        "<p>Ngày 27/12/2024, UBND xã Đông Ngũ tổ chức Hội nghị tổng kết. Tại hội nghị, UBND xã đã khen thưởng:</p>"
        f"<table><tr><th>STT</th><th>Hình thức</th><th>Số lượng</th></tr>{rows}</table><p>Thu Hà</p>",
    )
    assert "- Giấy khen của Chủ tịch UBND xã: 6 tập thể." in doc.text
    assert "- Giấy khen của Chủ tịch UBND xã: 18 cá nhân." in doc.text
    assert [(g.award, g.recipient_kind, g.count) for g in facts.grants] == [
        ("giay-khen", "collective", 6),
        ("giay-khen", "individual", 18),
    ]


def test_a_plain_text_s_table_parted_by_tabs_reads_as_a_page_s_does(tmp_path):
    text = tmp_path / "tabs.txt"
    text.write_text(
        "Huyện Tiên Yên: kết quả khen thưởng năm 2022\n12/01/2023\n"
        "Ngày 10/1/2023, UBND huyện Tiên Yên tổ chức Hội nghị tổng kết công tác thi đua. Kết quả khen thưởng như sau:\n"
        "STT\tHình thức khen thưởng\tTập thể\tCá nhân\n1\tCờ thi đua của UBND tỉnh\t3\t\n"
        "2\tGiấy khen của Chủ tịch UBND huyện\t120\t245\n"
        "Ghi chú:\tsố liệu tạm tính\nĐơn vị\tphụ trách\nThu Hà\n",
        encoding="utf-8",
    )
    doc, facts = process(text)
    assert "- Giấy khen của Chủ tịch UBND huyện: 120 tập thể, 245 cá nhân." in doc.text
    assert [(g.award, g.recipient_kind, g.count) for g in facts.grants] == [
        ("co-thi-dua-cap-bo-tinh", "collective", 3),
        ("giay-khen", "collective", 120),
        ("giay-khen", "individual", 245),
    ]
    assert "\nsố liệu tạm tính\n" in doc.text  # rows after it of another kind: their cells, as a page's are read
    # tabs in lines of no table at all stay as they are
    plain = tmp_path / "plain.txt"
    plain.write_text(f"Tiêu đề bài báo về thi đua khen thưởng\n{BODY}\tCác đơn vị báo cáo.\nVi Thị Hoa\n", encoding="utf-8")
    assert "Các đơn vị báo cáo" in process(plain)[0].text


def test_a_table_of_recipients_by_name_reads_as_the_list_it_stands_for_and_counts_them(tmp_path):
    doc, facts = _page(
        tmp_path,
        "UBND huyện Tiên Yên khen thưởng các cá nhân có thành tích xuất sắc",
        "12/03/2024",
        "<p>Ngày 10/3/2024, Chủ tịch UBND huyện Tiên Yên ký quyết định tặng Giấy khen cho các cá nhân có thành tích xuất "
        "sắc, cụ thể như sau:</p><table><tr><th>STT</th><th>Họ và tên</th><th>Chức vụ, đơn vị</th></tr>"
        "<tr><td>1</td><td>Ông Lý Seo Chư</td><td>Chủ tịch UBND xã Pha Long</td></tr>"
        "<tr><td>2</td><td>Bà Giàng Thị Mai</td><td>Công chức xã Tả Ngải Chồ</td></tr></table>"
        "<p>Phòng Nội vụ huyện</p>",
    )
    assert "- Ông Lý Seo Chư, Chủ tịch UBND xã Pha Long." in doc.text
    assert doc.author is None  # a name in the table is no byline
    assert [(g.award, g.recipient_kind, g.count) for g in facts.grants] == [("giay-khen", "individual", 2)]


def test_a_table_of_units_under_a_bare_unit_header_reads_as_its_list_and_leaves_the_byline_the_writer_s(tmp_path):
    doc, facts = _page(
        tmp_path,
        "Xã Hưng Đạo tuyên dương điển hình tiên tiến",
        "20/05/2024",
        "<p>Chiều 18/5/2024, UBND xã Hưng Đạo tổ chức Hội nghị biểu dương điển hình tiên tiến. Chủ tịch UBND xã tặng Giấy "
        "khen cho 2 tập thể.</p><table><tr><td>STT</td><td>Đơn vị</td><td>Hình thức</td></tr>"
        "<tr><td>1</td><td>Thôn An Lại</td><td>Giấy khen</td></tr><tr><td>2</td><td>Thôn Đông</td><td>Giấy khen</td></tr>"
        "</table><p>Phạm Thu - Đài TT xã</p>",
    )
    assert "- Thôn An Lại: Giấy khen." in doc.text
    assert doc.author == "Phạm Thu"  # not a unit's name from the table's cells
    assert [(g.award, g.recipient_kind, g.count) for g in facts.grants] == [("giay-khen", "collective", 2)]
    # negative: a layout table whose first row names no column of recipients is read cell by cell, as before
    doc, _ = _page(
        tmp_path,
        "Xã Hưng Đạo tuyên dương",
        "20/05/2024",
        f"<table><tr><td>Trang chủ</td><td>Tin tức</td></tr><tr><td>Menu</td><td><p>{BODY}</p></td></tr></table><p>Phạm Thu</p>",
    )
    assert "- Trang chủ" not in doc.text and doc.author == "Phạm Thu"


def test_a_page_laid_out_in_a_table_keeps_its_paragraphs(tmp_path):
    page = tmp_path / "layout.html"
    page.write_text(
        "<html><body><table><tr><td>Trang chủ</td><td><h1>Huyện Tiên Yên sơ kết thi đua quý I</h1><p>12/01/2023</p>"
        f"<p>{BODY}</p><p>Thu Hà</p></td></tr></table></body></html>",
        encoding="utf-8",
    )
    doc, _ = process(page)
    assert (doc.title, doc.published, doc.author) == ("Huyện Tiên Yên sơ kết thi đua quý I", dt.date(2023, 1, 12), "Thu Hà")


def test_a_table_inside_a_table_s_cell_loses_none_of_the_cell_s_text(tmp_path):
    page = tmp_path / "nested.html"
    page.write_text(
        "<html><body><table><tr><td><h1>Huyện Tiên Yên sơ kết thi đua quý I</h1><table><tr><td>Trang chủ</td><td>Tin tức</td>"
        f"</tr></table><p>12/01/2023</p><p>{BODY}</p><p>Thu Hà</p></td></tr></table></body></html>",
        encoding="utf-8",
    )
    doc, _ = process(page)
    assert (doc.title, doc.published, doc.author) == ("Huyện Tiên Yên sơ kết thi đua quý I", dt.date(2023, 1, 12), "Thu Hà")


def test_a_report_s_section_heading_over_its_first_paragraph_is_not_the_headline():
    doc, _ = article(f"Báo cáo kết quả công tác thi đua năm 2022 của huyện Tiên Yên\nNgày 10/01/2023\nI. KẾT QUẢ THỰC HIỆN\n{BODY}\n")
    assert doc.title == "Báo cáo kết quả công tác thi đua năm 2022 của huyện Tiên Yên"
    # a numbered line alone over the body is still its headline
    doc, _ = article(f"1. Huyện Tiên Yên tổng kết công tác thi đua\n{BODY}\n")
    assert doc.title == "1. Huyện Tiên Yên tổng kết công tác thi đua"


def test_the_place_a_headline_names_signing_for_its_portal_is_no_writer():
    doc, _ = article(f"Huyện Tiên Yên: Tổng kết thi đua năm 2022\n{BODY}\nTiên Yên\n")
    assert doc.author is None
    # a writer's name that is some other place's is still the writer's
    doc, _ = article(f"Huyện Tiên Yên: Tổng kết thi đua năm 2022\n{BODY}\nThanh Hà\n")
    assert doc.author == "Thanh Hà"


def test_a_content_system_s_page_side_boxes_left_out_and_its_date_read_from_time_or_words(tmp_path):
    page = tmp_path / "wp.html"
    page.write_text(
        "<html><body><main><article><h1>Xã Tân Mỹ tổng kết năm 2023</h1>"
        '<div><span>Đăng bởi: admin</span> <time datetime="2024-01-16T08:45:00+07:00">16 Tháng Một, 2024</time></div>'
        "<p>Ngày 12/01/2024, UBND xã Tân Mỹ (huyện Văn Lãng) tổ chức hội nghị tổng kết công tác năm 2023. Tại hội nghị, "
        "UBND xã tặng Giấy khen cho 8 tập thể.</p><p>Năm 2023, xã đã hoàn thành 18/18 chỉ tiêu phát triển kinh tế - xã hội, "
        "thu nhập bình quân đầu người đạt 52 triệu đồng, tỷ lệ hộ nghèo giảm còn 1,2%. Công tác cải cách hành chính, chuyển đổi "
        "số được đẩy mạnh; an ninh chính trị, trật tự an toàn xã hội được giữ vững. Các phong trào thi đua được triển khai sâu "
        "rộng, thu hút đông đảo cán bộ, đảng viên và Nhân dân tham gia.</p></article>"
        "<aside><h3>Bài viết mới</h3><ul><li>Trao 15 Huân chương Lao động cho các cá nhân</li></ul></aside>"
        "<div><h3>Bài viết liên quan</h3><ul><li>Tặng Bằng khen cho 20 tập thể</li></ul></div></main></body></html>",
        encoding="utf-8",
    )
    doc, facts = process(page)
    assert doc.published == dt.date(2024, 1, 16)
    assert [(g.award, g.count) for g in facts.grants] == [("giay-khen", 8)]
    # a date in words with no <time> to give it: '16 Tháng Một, 2024'
    page.write_text(page.read_text(encoding="utf-8").replace(' datetime="2024-01-16T08:45:00+07:00"', ""), encoding="utf-8")
    assert process(page)[0].published == dt.date(2024, 1, 16)


def test_a_dateline_with_its_month_in_words_is_a_date_before_or_after_the_day():
    for line in ("05 Tháng Mười Hai 2023", "Tháng Mười Hai 5, 2023", "Thứ Ba, 05 Tháng Mười Hai, 2023 09:30", "Tháng 12 5, 2023"):
        doc, _ = article(f"HUYỆN TIÊN YÊN TỔNG KẾT THI ĐUA\n{line}\n{BODY}\nVi Thị Hoa\n")
        assert (doc.published, doc.title) == (dt.date(2023, 12, 5), "HUYỆN TIÊN YÊN TỔNG KẾT THI ĐUA"), line
    # negative: a month in words with words of its own beside it is no dateline
    doc, _ = article(f"Huyện Tiên Yên tổng kết thi đua\nTháng Mười Hai 5, 2023 là ngày hội lớn\n{BODY}\nVi Thị Hoa\n")
    assert doc.published is None


def test_related_headlines_after_a_short_item_s_text_are_not_the_article_s():
    item = (
        "Sáng 12/1, Sở Tư pháp tỉnh Quảng Ninh tổ chức Hội nghị tổng kết công tác tư pháp năm 2023.\n"
        "Năm 2023, Sở được Bộ trưởng Bộ Tư pháp tặng Cờ thi đua; 3 tập thể được UBND tỉnh tặng Bằng khen.\n"
    )
    related = "Tin liên quan:\n- Trao Huân chương Lao động hạng Ba cho Phòng Công chứng số 1\n"
    assert normalise(item + related) == item
    # a side box above the text, its headings first on the page, leaves the text that follows
    assert normalise("Tin liên quan\nHội nghị cán bộ năm 2024\n" + item).endswith(item)
    # a brief of one sentence of prose and a shorter one: the box after it is not its text either
    brief = (
        "Huyện Văn Lãng tổng kết thi đua năm 2023\nNgày 11/1, UBND huyện Văn Lãng tổ chức Hội nghị tổng kết công tác thi đua, "
        "khen thưởng năm 2023.\nTại hội nghị, UBND huyện tặng Giấy khen cho 20 tập thể.\n"
    )
    assert normalise(brief + "Chia sẻ: Facebook Twitter\n" + related) == brief


def test_a_labelled_byline_printed_under_the_related_news_box_is_the_article_s():
    item = (
        "Sáng 12/1, Sở Tư pháp tỉnh Quảng Ninh tổ chức Hội nghị tổng kết công tác tư pháp năm 2023.\n"
        "Năm 2023, Sở được Bộ trưởng Bộ Tư pháp tặng Cờ thi đua; 3 tập thể được UBND tỉnh tặng Bằng khen.\n"
    )
    related = "Tin liên quan:\n- Trao Huân chương Lao động hạng Ba cho Phòng Công chứng số 1\n- Hội nghị cán bộ năm 2024\n"
    assert normalise(item + related + "Tác giả: Minh Anh\nBản quyền thuộc Sở Tư pháp\n") == item + "Tác giả: Minh Anh\n"
    doc, _ = article("Sở Tư pháp tổng kết năm 2023\n13/01/2024\n" + item + related + "Tin, ảnh: Hoàng Hà\n")
    assert doc.author == "Hoàng Hà"
    # an unlabelled line there is a related headline's or the footer's, no byline
    assert normalise(item + related + "Minh Anh\n") == item


def test_a_headline_ending_with_a_full_stop_printed_twice_is_the_headline():
    title = "Xã Tân Mỹ tổng kết công tác thi đua khen thưởng năm 2023."
    doc, _ = article(f"{title}\n\n{title}\n\n\nSáng 14/1, UBND xã Tân Mỹ tổ chức Hội nghị tổng kết công tác năm 2023.\nHà Vân\n")
    assert doc.title == title and doc.place.commune == "xã Tân Mỹ"
    assert next(s.text for s in doc.sentences if s.start >= doc.body_start).startswith("Sáng 14/1")
    # a first line said once is not taken for a headline for ending with a full stop
    doc, _ = article("Sáng 14/1, UBND xã Tân Mỹ tổ chức Hội nghị tổng kết công tác năm 2023.\nNăm 2023, xã đạt nhiều kết quả.\nHà Vân\n")
    assert doc.title is None


def test_a_place_and_a_date_are_a_dateline_only_on_a_line_of_their_own():
    from tdkt.ingest.layout import _is_dateline

    assert _is_dateline("Yên Bái, 15/3/2024")
    assert not _is_dateline("Yên Bái, 15/3/2024 là ngày hội lớn của đồng bào")
    assert not _is_dateline("Ông Lê Văn Tám, Chủ tịch, 15/3/2024")


def _index_page(teasers: int) -> str:
    items = "".join(
        f"<div><h3><a href='#'>UBND huyện Văn Lãng tặng Giấy khen cho {n} tập thể</a></h3><span>12/01/2024</span>"
        f"<p>Sáng 11/1, UBND huyện Văn Lãng tổng kết công tác thi đua, tặng Giấy khen cho {n} tập thể.</p><a href='#'>Xem tiếp</a></div>"
        for n in range(10, 10 + teasers)
    )
    return f"<html><head><title>Tin tức - Sự kiện</title></head><body><h1>Tin tức - Sự kiện</h1>{items}</body></html>"


def test_a_portal_s_index_of_articles_is_refused_naming_the_file_and_what_to_do(tmp_path):
    page = tmp_path / "index.html"
    page.write_text(_index_page(3), encoding="utf-8")
    with pytest.raises(ArticleError, match="index of 3 articles") as exc:
        process(page)
    assert "index.html" in str(exc.value) and "each article's own page" in str(exc.value)
    # an article that ends on one link to read more is an article
    page.write_text(_index_page(1), encoding="utf-8")
    assert [g.count for g in process(page)[1].grants] == [10]
    # an index with no such link, each teaser's headline a link and no title of one article's own
    bare = _index_page(3).replace("<a href='#'>Xem tiếp</a>", "").replace("<h1>Tin tức - Sự kiện</h1>", "")
    page.write_text(bare, encoding="utf-8")
    with pytest.raises(ArticleError, match="index of 3 articles"):
        process(page)
    # negative: an article under its own title, linked headlines of others beside it, is that article
    article_page = bare.replace(
        "<body>", "<body><h1>Xã Tân Lập đón nhận Cờ thi đua</h1><p>Sáng 11/1, UBND tỉnh tặng Cờ thi đua cho xã Tân Lập.</p>"
    )
    page.write_text(article_page, encoding="utf-8")
    assert process(page)[0].title == "Xã Tân Lập đón nhận Cờ thi đua"


def test_the_day_printed_in_brackets_before_the_first_paragraph_dates_the_article_not_its_event():
    text = "Xã Tân Lập đón nhận Cờ thi đua\n({d}) - Chiều 28/12, UBND xã Tân Lập tổ chức Lễ đón nhận Cờ thi đua.\nHà An\n"
    for tag in ("Ngày 02/01/2024", "02/01/2024, 08:15", "02.01.2024"):
        doc, facts = article(text.format(d=tag))
        assert doc.published == dt.date(2024, 1, 2)
        assert [e.date for e in facts.events] == [dt.date(2023, 12, 28)]
    # a date in brackets further into the paragraph is the event's own
    doc, facts = article("Xã Tân Lập đón nhận Cờ thi đua\nHôm nay (28/12/2023) - UBND xã Tân Lập tổ chức Lễ đón nhận Cờ thi đua.\nHà An\n")
    assert doc.published is None and [e.date for e in facts.events] == [dt.date(2023, 12, 28)]


def test_a_decision_s_signature_block_is_no_byline():
    text = (
        "Quyết định tặng Bằng khen\nNgày ban hành: 14/05/2024\n"
        "Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho 02 tập thể có thành tích xuất sắc.\n{sign}\nTrần Văn Hòa\n"
    )
    for sign in ("CHỦ TỊCH", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"):
        doc, facts = article(text.format(sign=sign))
        assert doc.author is None and "Chủ Tịch" not in {p.name for p in facts.people}, sign
    # a writer's name in capitals is still a byline
    doc, _ = article(text.format(sign="").replace("\n\nTrần Văn Hòa", "\nHOÀNG MINH"))
    assert doc.author == "Hoàng Minh"


def test_the_government_portal_named_in_the_page_title_places_an_article_whose_text_names_no_place(tmp_path):
    def place_of(portal: str) -> tuple[str | None, str | None]:
        page = tmp_path / "p.html"
        page.write_text(
            f"<html><head><title>Xã Tân Hòa biểu dương người tốt - {portal}</title></head><body>"
            "<h1>Xã Tân Hòa biểu dương người tốt</h1><p>09/09/2024</p>"
            "<p>Sáng 7/9, UBND xã Tân Hòa tổ chức hội nghị. Phó Chủ tịch Ủy ban MTTQ huyện Dương Văn Lượng dự.</p>"
            "<p>Chủ tịch UBND xã tặng Giấy khen cho 12 cá nhân.</p></body></html>",
            encoding="utf-8",
        )
        place = process(page)[0].place
        return (place.district.label if place.district else None, place.province.label if place.province else None)

    assert place_of("Cổng thông tin điện tử huyện Phú Bình") == ("huyện Phú Bình", "tỉnh Thái Nguyên")
    assert place_of("Trang TTĐT tỉnh Bắc Kạn") == (None, "tỉnh Bắc Kạn")
    # a district's name that several provinces share names none
    assert place_of("Cổng thông tin điện tử huyện Châu Thành") == (None, None)


def test_the_government_portal_named_in_the_page_footer_places_the_article_its_province_settling_a_shared_name(tmp_path):
    def place_of(footer: str) -> tuple[str | None, str | None]:
        page = tmp_path / "p.html"
        page.write_text(
            "<html><head><title>Biểu dương người tốt</title></head><body><h1>Biểu dương người tốt</h1><p>09/09/2024</p>"
            "<p>Sáng 7/9, Ban Dân vận Huyện ủy tổ chức hội nghị biểu dương người tốt, việc tốt.</p>"
            f"<p>Huyện tặng Giấy khen cho 12 cá nhân.</p><p>Minh Thư</p><footer>{footer}</footer></body></html>",
            encoding="utf-8",
        )
        place = process(page)[0].place
        return (place.district.label if place.district else None, place.province.label if place.province else None)

    assert place_of("Cổng thông tin điện tử huyện Phú Bình") == ("huyện Phú Bình", "tỉnh Thái Nguyên")
    # a name several provinces' districts share, its province after it: that province's
    assert place_of("Cổng thông tin điện tử huyện Châu Thành - tỉnh Tây Ninh") == ("huyện Châu Thành", "tỉnh Tây Ninh")
    # without it, none; nor a province that has no district of that name
    assert place_of("Cổng thông tin điện tử huyện Châu Thành") == (None, None)
    assert place_of("Cổng thông tin điện tử huyện Châu Thành, tỉnh Quảng Ninh") == (None, None)


def test_the_unit_a_byline_names_places_an_article_whose_text_names_no_place():
    def place_of(byline: str) -> tuple[str | None, str | None]:
        doc, _ = article(
            "Tổng kết công tác thi đua năm 2023\n12/01/2024\nNgày 11/1, UBND huyện tổ chức hội nghị tổng kết công tác thi "
            f"đua, khen thưởng năm 2023. Chủ tịch UBND huyện tặng Giấy khen cho 15 tập thể.\n{byline}\n"
        )
        place = doc.place
        return (place.district.label if place.district else None, place.province.label if place.province else None)

    assert place_of("Thu Hà - TTVH huyện Bình Gia") == ("huyện Bình Gia", "tỉnh Lạng Sơn")
    assert place_of("Thu Hà (Phòng Nội vụ huyện Bình Gia)") == ("huyện Bình Gia", "tỉnh Lạng Sơn")
    # negative: a unit by no level word names no place, and no unit none
    assert place_of("Thu Hà - Đài TT-TH Bình Gia") == (None, None)
    assert place_of("Thu Hà") == (None, None)


def test_a_short_lead_in_ending_with_a_colon_is_the_body_not_the_headline():
    doc, _ = article(
        "Huyện Văn Lãng khen thưởng\n20/01/2023 09:00\nTại buổi lễ, UBND huyện đã khen thưởng:\n- 15 tập thể;\n- 20 cá nhân.\nThu Hà\n"
    )
    assert doc.title == "Huyện Văn Lãng khen thưởng"
    # a short heading of its own ending with a colon is no prose
    doc, _ = article("Huyện Văn Lãng khen thưởng\n20/01/2023 09:00\nKẾT QUẢ:\nUBND huyện tặng Giấy khen cho 15 tập thể.\nThu Hà\n")
    assert doc.title == "Huyện Văn Lãng khen thưởng"
    # a short sentence, then the lead-in of its list, on one line: the body's first line
    doc, _ = article("Huyện Văn Lãng tổng kết\n20/01/2023 09:00\nHuyện có 96 đơn vị. Trong đó:\n- 5 xã;\n- 91 thôn.\nThu Hà\n")
    assert doc.text[doc.body_start :].startswith("Huyện có 96 đơn vị.")
    # negative: a headline with a colon inside it ends with none
    doc, _ = article("Lạng Sơn: Huyện Văn Lãng khen thưởng\n20/01/2023 09:00\nUBND huyện tặng Giấy khen cho 15 tập thể.\nThu Hà\n")
    assert doc.title == "Lạng Sơn: Huyện Văn Lãng khen thưởng"


def test_the_reading_rewrites_toi_and_den_after_an_award_and_the_graph_keeps_the_words_as_written():
    from rdflib import Literal
    from tdkt.ingest.rdf import TDKT, article_to_graph

    doc, facts = article("Huyện A trao thưởng\n12/03/2024\nUBND huyện trao Giấy khen tới 12 tập thể, Bằng khen đến 3 cá nhân.\nMai Anh\n")
    assert "Giấy khen cho 12 tập thể, Bằng khen cho 3 cá nhân" in doc.text  # what the rules read
    assert "Giấy khen tới 12 tập thể, Bằng khen đến 3 cá nhân" in doc.written and len(doc.written) == len(doc.text)
    graph = article_to_graph(doc, facts)
    quotes = {str(o) for o in graph.objects(None, TDKT.quote)}
    assert any("Giấy khen tới 12 tập thể" in q for q in quotes) and not any("cho 12" in q for q in quotes)
    assert Literal(doc.written) in set(graph.objects(None, TDKT.text)) and Literal(doc.text) not in set(graph.objects(None, TDKT.text))
    # the same article written with 'cho' is another text: its hash is of the text as written
    other, _ = article("Huyện A trao thưởng\n12/03/2024\nUBND huyện trao Giấy khen cho 12 tập thể, Bằng khen cho 3 cá nhân.\nMai Anh\n")
    assert other.content_hash != doc.content_hash


@pytest.mark.parametrize(
    ("tail", "unit"),
    [("NGUYỄN THỊ HOA (CTV)", None), ("Thu Hà (PV)", None), ("Thu Hà (cộng tác viên)", None), ("Thu Hà (TTVH-TT huyện)", "TTVH-TT huyện")],
)
def test_a_writer_s_role_in_brackets_is_no_unit(tail, unit):
    doc, _ = article(f"Tiêu đề bài báo về thi đua khen thưởng\n{BODY}\n{tail}\n")
    assert doc.author_unit == unit


def test_the_reading_writes_a_body_in_lower_case_after_its_head_s_title_as_its_name_is_cased_and_the_graph_keeps_it_as_written():
    from tdkt.ingest.readings import reading

    assert reading("Chủ tịch hội nông dân huyện A phát biểu.") == "Chủ tịch Hội Nông dân huyện A phát biểu."
    assert reading("Trưởng phòng giáo dục và đào tạo huyện B dự.") == "Trưởng phòng Giáo dục và Đào tạo huyện B dự."
    assert reading("Phó Giám đốc sở y tế C dự.") == "Phó Giám đốc Sở Y tế C dự."
    # (its title in lower case too, after the name: 'ông A, giám đốc trung tâm y tế huyện')
    assert reading("Ông A, giám đốc trung tâm y tế huyện báo cáo.") == "Ông A, giám đốc Trung tâm Y tế huyện báo cáo."
    assert reading("Tốc độ tăng trưởng phòng giáo dục chưa tính.") == "Tốc độ tăng trưởng phòng giáo dục chưa tính."
    # a steering committee after its head's 'Trưởng ban', its word 'ban' cased as the body's own
    assert reading("Bà A, Trưởng ban chỉ đạo xây dựng nông thôn mới xã dự.") == "Bà A, Trưởng Ban Chỉ đạo xây dựng nông thôn mới xã dự."
    assert reading("Ông B, Phó Trưởng ban Chỉ đạo phong trào phát biểu.") == "Ông B, Phó Trưởng Ban Chỉ đạo phong trào phát biểu."
    assert reading("Ban chỉ đạo đã họp.") == "Ban chỉ đạo đã họp."
    _, facts = article(
        "Xã Tân Lập tổng kết\n12/01/2024\nBà Lê Thị Nguyệt, Trưởng ban chỉ đạo xây dựng nông thôn mới xã Tân Lập phát biểu.\nThu Hà\n"
    )
    assert [(x.role, x.org.name) for p in facts.people for x in p.posts] == [
        ("Trưởng ban", "Ban Chỉ đạo xây dựng nông thôn mới xã Tân Lập")
    ]
    # negative: the same words not after a head's title, or another body's words, are left as written
    for text in ("Hội viên hội nông dân tham gia đông đủ.", "Chủ tịch nước trao Huân chương.", "Giám đốc bệnh viện phát biểu."):
        assert reading(text) == text
    doc, _ = article("Huyện Văn Lãng tổng kết\n12/01/2024\nChủ tịch hội nông dân huyện Lương Văn Bình phát biểu.\nThu Hà\n")
    assert "Chủ tịch hội nông dân huyện" in doc.written and "Chủ tịch Hội Nông dân huyện" in doc.text


def test_the_reading_takes_the_relatives_an_award_is_handed_to_and_leaves_other_words():
    from tdkt.ingest.readings import reading

    # 'đối với' right after the award reads 'cho', its length kept with spaces
    assert reading("UBND huyện tặng Giấy khen đối với 15 tập thể.") == "UBND huyện tặng Giấy khen cho     15 tập thể."
    assert reading("Ông A trao Bằng khen đối với ông Lê Văn Bình.") == "Ông A trao Bằng khen cho     ông Lê Văn Bình."
    # not what is said of others after a comma, nor the cases a council considers
    for text in (
        "Ông A trao Giấy khen, đối với các tập thể chưa hoàn thành thì không xét.",
        "Hội đồng xét tặng danh hiệu họp xét danh hiệu Nhà giáo ưu tú đối với 19 trường hợp.",
    ):
        assert reading(text) == text

    assert "Chủ tịch nước cho thân nhân các Mẹ" in reading("Ông A trao Quyết định của Chủ tịch nước tới thân nhân các Mẹ.")
    assert reading("Ông A trao Giấy khen, đến dự có ông B.") == "Ông A trao Giấy khen, đến dự có ông B."


def test_a_short_line_opening_a_list_of_awards_is_the_bodys_first_not_the_headline():
    doc, facts = article(
        "Huyện Văn Lãng tổng kết công tác thi đua, khen thưởng năm 2022\n20/01/2023 09:00\nKết quả khen thưởng năm 2022:\n"
        "- Cờ thi đua của UBND tỉnh: 03 tập thể.\nTrần Thu Hương\n"
    )
    assert doc.title == "Huyện Văn Lãng tổng kết công tác thi đua, khen thưởng năm 2022"
    assert [(g.award, g.count) for g in facts.grants] == [("co-thi-dua-cap-bo-tinh", 3)]
    # negative: a short heading of related links ending with a colon is no body line
    doc, _ = article(f"Tiêu đề bài báo về thi đua khen thưởng\n{BODY}\nTin liên quan:\nTrần Thu Hương\n")
    assert "Tin liên quan" not in doc.text[doc.body_start : doc.body_end]


@pytest.mark.parametrize(
    "dateline",
    ["(Baohanam.com.vn) - 08/11/2023", "Baohanam.com.vn – 08/11/2023 09:15", "08/11/2023 (TTXVN)", "(TTXVN) - Thứ Tư, 08/11/2023"],
)
def test_a_date_printed_beside_the_site_or_source_is_the_dateline_not_the_headline(dateline):
    doc, _ = article(f"Hội đồng Thi đua tỉnh Hà Nam họp xét khen thưởng\n{dateline}\n\nChiều 7/11, Hội đồng tổ chức phiên họp.\n\nHà Chi\n")
    assert (doc.title, doc.published) == ("Hội đồng Thi đua tỉnh Hà Nam họp xét khen thưởng", dt.date(2023, 11, 8))


def test_a_headline_that_names_a_site_is_still_the_headline():
    doc, _ = article(
        "Baohanam.com.vn ra mắt chuyên trang thi đua yêu nước\n08/11/2023\n\nChiều 7/11, Báo Hà Nam tổ chức lễ ra mắt.\n\nHà Chi\n"
    )
    assert doc.title == "Baohanam.com.vn ra mắt chuyên trang thi đua yêu nước"


def test_a_plain_text_s_table_parted_by_pipes_reads_as_a_page_s_does(tmp_path):
    text = tmp_path / "pipes.txt"
    text.write_text(
        "Huyện Tiên Yên: kết quả khen thưởng năm 2022\n12/01/2023\n"
        "Ngày 10/1/2023, UBND huyện Tiên Yên tổ chức Hội nghị tổng kết công tác thi đua. Kết quả khen thưởng như sau:\n"
        "| STT | Hình thức khen thưởng | Tập thể | Cá nhân |\n|---|---|---:|---:|\n| 1 | Cờ thi đua của UBND tỉnh | 3 | |\n"
        "| 2 | Giấy khen của Chủ tịch UBND huyện | 120 | 245 |\n"
        "Đăng lúc: 12/01/2023 | Tác giả: Thu Hà\n",
        encoding="utf-8",
    )
    doc, facts = process(text)
    assert [(g.award, g.recipient_kind, g.count) for g in facts.grants] == [
        ("co-thi-dua-cap-bo-tinh", "collective", 3),
        ("giay-khen", "collective", 120),
        ("giay-khen", "individual", 245),
    ]
    # a line of another width under it is no row of it: kept as it is
    assert "Đăng lúc: 12/01/2023 | Tác giả: Thu Hà" in doc.text
    # negative: one line with a '|' is no table ('Ngày đăng: ... | Lượt xem: ...')
    plain = tmp_path / "plain.txt"
    plain.write_text(
        f"Tiêu đề bài báo về thi đua khen thưởng\nNgày đăng: 12/01/2023 | Lượt xem: 1.245\n{BODY}\nVi Thị Hoa\n", encoding="utf-8"
    )
    assert "Ngày đăng: 12/01/2023 | Lượt xem: 1.245" in process(plain)[0].text


def test_a_table_of_names_with_a_column_of_awards_gives_each_its_award(tmp_path):
    text = tmp_path / "names.txt"
    text.write_text(
        "Kết quả khen thưởng năm học 2022-2023\n15/09/2023\n"
        "Căn cứ Quyết định số 2145/QĐ-UBND ngày 30/8/2023 của UBND huyện Yên Thế, các tập thể, cá nhân của nhà trường được "
        "khen thưởng như sau:\nSTT | Họ và tên | Chức vụ | Hình thức khen thưởng\n1 | Nguyễn Thị Lan | Hiệu trưởng | Chiến sĩ thi đua cơ sở\n"
        "2 | Trần Văn Dũng | Giáo viên | Chiến sĩ thi đua cơ sở\n3 | Tổ Khoa học tự nhiên | | Tập thể lao động tiên tiến\n"
        "Trường THCS Đồng Tâm\n",
        encoding="utf-8",
    )
    doc, facts = process(text)
    assert "- Trần Văn Dũng, Giáo viên: Chiến sĩ thi đua cơ sở." in doc.text
    assert [(g.award, g.count, g.conferrer.name, [getattr(n, "name", n) for n in g.named]) for g in facts.grants] == [
        ("chien-si-thi-dua-co-so", 2, "Ủy ban nhân dân huyện Yên Thế", ["Nguyễn Thị Lan", "Trần Văn Dũng"]),
        ("tap-the-lao-dong-tien-tien", 1, "Ủy ban nhân dân huyện Yên Thế", []),
    ]


def test_captions_ending_on_a_photo_credit_are_not_lines_wrapped_mid_sentence(tmp_path):
    text = tmp_path / "captions.txt"
    text.write_text(
        "Huyện Văn Lãng tổng kết thi đua năm 2023\n12/01/2024\n"
        "Ngày 11/1, UBND huyện Văn Lãng tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n"
        "Lãnh đạo huyện trao Giấy khen cho các tập thể. (Ảnh: Hoàng Long)\n"
        "Tại hội nghị, UBND huyện tặng Giấy khen cho 20 tập thể.\n"
        "Đồng chí Bí thư Huyện ủy phát biểu tại hội nghị. Ảnh: Minh Đức\n"
        "Tin, ảnh: Thu Hà - Trung tâm VH-TT huyện\n",
        encoding="utf-8",
    )
    doc, _ = process(text)
    # the headline, its dateline and each line stay apart: the date is read, the byline and both photographers too
    assert (doc.title, doc.published, doc.author) == ("Huyện Văn Lãng tổng kết thi đua năm 2023", dt.date(2024, 1, 12), "Thu Hà")
    assert doc.photographers == ["Hoàng Long", "Minh Đức"]
    # negative: a text wrapped mid-sentence is still joined back, credits or not
    wrapped = tmp_path / "wrapped.txt"
    wrapped.write_text(
        "Huyện Tam Nông tổng kết công tác thi đua, khen thưởng năm 2023\n16/01/2024 08:45\n"
        "Sáng 15/1, UBND huyện Tam Nông tổ chức Hội nghị tổng kết công tác thi đua,\n"
        "khen thưởng năm 2023. Dự hội nghị có đồng chí Nguyễn Văn Hùng, Phó Chủ tịch\n"
        "UBND tỉnh Đồng Tháp.\n"
        "Tại hội nghị, Chủ tịch UBND huyện tặng Giấy khen cho 25 tập thể và 40 cá\n"
        "nhân có thành tích xuất sắc. (Ảnh: Hoàng Long)\nTrần Hòa\n",
        encoding="utf-8",
    )
    assert "tặng Giấy khen cho 25 tập thể và 40 cá nhân" in process(wrapped)[0].text


def test_a_read_more_link_in_the_text_is_no_article_text():
    text = (
        "Ngày 11/1, UBND huyện Văn Lãng tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n"
        ">> Đọc thêm: Chủ tịch nước tặng Huân chương cho 10 cá nhân\n» XEM THÊM: Trao Cờ thi đua cho 3 xã\n"
        "Tại hội nghị, UBND huyện tặng Giấy khen cho 20 tập thể.\n"
    )
    kept = normalise(text)
    assert "Huân chương" not in kept and "Cờ thi đua" not in kept and "20 tập thể" in kept
    # negative: a list's item in the text that opens on a chrome word after its bullet is text
    item = "- Bình chọn 5 gương điển hình tiêu biểu để tuyên dương ở cấp tỉnh năm 2024 theo kế hoạch.\n"
    assert item in normalise(text + item)


def test_short_items_of_a_list_that_count_recipients_are_the_article_s_not_its_byline():
    for mark in ("+ ", "- ", ""):
        doc, facts = article(
            "Huyện Tiên Yên tổng kết thi đua\n12/01/2024 09:00\n"
            "Sáng 10/1, UBND huyện Tiên Yên tổ chức hội nghị tổng kết công tác thi đua năm 2023. Kết quả khen thưởng như sau:\n"
            f"{mark}Cờ thi đua: 3 tập thể\n{mark}Bằng khen: 12 tập thể, 25 cá nhân\n{mark}Giấy khen: 45 tập thể\nLê Thu Hà\n"
        )
        assert [(g.award, g.count) for g in facts.grants] == [
            ("co-thi-dua-cap-bo-tinh", 3), ("bang-khen-cap-bo-tinh", 12), ("bang-khen-cap-bo-tinh", 25), ("giay-khen", 45)
        ], mark  # fmt: skip
        assert doc.author == "Lê Thu Hà", mark
    # marked items under a lead that opens them, however short, each naming a recipient
    doc, facts = article(
        "Huyện Tiên Yên tổng kết thi đua\n12/01/2024 09:00\n"
        "Sáng 10/1, UBND huyện Tiên Yên tổ chức hội nghị tổng kết năm 2023. Các cá nhân được tặng Bằng khen gồm:\n"
        "- Ông Nguyễn Văn An\n- Bà Lê Thị Bình\nLê Thu Hà\n"
    )
    assert [(g.award, g.count) for g in facts.grants] == [("bang-khen-cap-bo-tinh", 2)]
    assert doc.author == "Lê Thu Hà" and {"Nguyễn Văn An", "Lê Thị Bình"} <= {p.name for p in facts.people}
    # (a short line of names under the text is still its byline)
    doc, _ = article("Huyện Tiên Yên tổng kết thi đua\n12/01/2024 09:00\n" + BODY + "\nThu Hà - Minh Đức\n")
    assert doc.author == "Thu Hà"


def test_a_page_whose_paragraphs_dropped_their_stops_reads_a_paragraph_a_line_not_one_run_on_sentence():
    stopped = (
        "Huyện Tiên Yên tổng kết công tác thi đua năm 2023\n12/01/2024 09:00\n"
        "Sáng 10/1, UBND huyện Tiên Yên tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\n"
        "Dự hội nghị có đồng chí Nguyễn Văn Khước, Phó Chủ tịch UBND tỉnh Quảng Ninh.\n"
        "Năm 2023, UBND huyện tặng Giấy khen cho 95 tập thể và 210 cá nhân.\n"
        "Tại hội nghị, đồng chí Nguyễn Văn Khước trao Bằng khen của Chủ tịch UBND tỉnh cho 6 tập thể.\nLê Thu Hà\n"
    )
    unstopped = stopped.replace(".\n", "\n")

    def read(text: str):
        doc, facts = article(text)
        return (
            doc.title, doc.published, doc.author, [e.label for e in facts.events],
            [(g.award, g.count, g.presenter, g.event) for g in facts.grants],
        )  # fmt: skip

    assert read(unstopped) == read(stopped)
    assert read(unstopped)[3] == ["Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023"]
    # (a hard-wrapped text, its lines of one width broken mid-sentence, is still joined back: see the test above)


def test_a_byline_dated_after_its_names_dates_an_undated_page():
    doc, _ = article(f"{BODY}\nHoàng Minh (Trung tâm VH-TT&TT huyện Tiên Yên) - 15/01/2024\n")
    assert (doc.author, doc.published) == ("Hoàng Minh", dt.date(2024, 1, 15))
    doc, _ = article(f"{BODY}\n15/01/2024 | Hoàng Minh\n")  # (the day first)
    assert (doc.author, doc.published) == ("Hoàng Minh", dt.date(2024, 1, 15))
    # (a page's own dateline stands)
    doc, _ = article(f"Tiêu đề bài báo về thi đua khen thưởng\n12/01/2024 09:00\n{BODY}\nHoàng Minh - 15/01/2024\n")
    assert (doc.author, doc.published) == ("Hoàng Minh", dt.date(2024, 1, 12))


def test_a_dateline_printed_under_the_sapo_dates_the_page():
    for top in (
        "Những bông hoa đẹp ở Tiên Yên\nBQN - Ngày 15/6, huyện Tiên Yên tổ chức Hội nghị điển hình tiên tiến lần thứ VI.\nThứ Hai, 16/06/2025 - 08:45\n",
        "NDO - Sáng 15/6, huyện Tiên Yên tổ chức Hội nghị điển hình tiên tiến lần thứ VI.\nNhững bông hoa đẹp ở Tiên Yên\n16-06-2025, 08:45\n",
    ):
        doc, _ = article(f"{top}{BODY}\nHoàng Minh\n")
        assert doc.published == dt.date(2025, 6, 16), top
    # negative: a date in the text's later lines is no dateline of the page
    doc, _ = article(f"Những bông hoa đẹp ở Tiên Yên\n{BODY}\n{BODY}\n{BODY}\n{BODY}\n{BODY}\n16/06/2025\n{BODY}\nHoàng Minh\n")
    assert doc.published is None


def test_a_sapo_without_its_period_under_the_dateline_is_not_the_headline_over_it():
    sapo = "Hội nghị là dịp để tôn vinh những tập thể, cá nhân có thành tích xuất sắc trong các phong trào thi đua giai đoạn 2019-2023"
    doc, _ = article(f"Tuyên dương 30 điển hình tiên tiến huyện Tiên Yên\n15/01/2024 08:00\n{sapo}\n{BODY}\nHoàng Minh\n")
    assert (doc.title, doc.published) == ("Tuyên dương 30 điển hình tiên tiến huyện Tiên Yên", dt.date(2024, 1, 15))
    # a section's short label over the date heads nothing: the headline under it stands
    doc, _ = article(f"Thi đua - Khen thưởng\n15/01/2024 08:00\nTuyên dương 30 điển hình tiên tiến huyện Tiên Yên\n{BODY}\n")
    assert doc.title == "Tuyên dương 30 điển hình tiên tiến huyện Tiên Yên"


def test_a_page_s_title_printed_twice_over_its_dated_byline_names_the_writer_and_the_day():
    doc, _ = article(
        "Huyện Tiên Yên tuyên dương 30 điển hình tiên tiến\nHuyện Tiên Yên tuyên dương 30 điển hình tiên tiến\n"
        f"Hoàng Minh - 15/01/2024 08:00\n{BODY}\n"
    )
    assert (doc.title, doc.author, doc.published) == (
        "Huyện Tiên Yên tuyên dương 30 điển hình tiên tiến",
        "Hoàng Minh",
        dt.date(2024, 1, 15),
    )
    assert not any("Hoàng Minh" in s.text for s in doc.sentences)
    # (a place's dateline under it names no writer)
    doc, _ = article(f"Huyện Tiên Yên tuyên dương 30 điển hình\nHuyện Tiên Yên tuyên dương 30 điển hình\nQuảng Ninh, 15/01/2024\n{BODY}\n")
    assert (doc.author, doc.published) == (None, dt.date(2024, 1, 15))


@pytest.mark.parametrize("dateline", ["Tân Lập, ngày 16/11/2023", "Xuân Phong, ngày 2/3/2024 - 07:30", "Phường 3, ngày 16/11/2023"])
def test_a_commune_s_dateline_written_as_a_document_s_dates_the_article_and_names_no_writer(dateline):
    # (a commune's name is not in the gazetteer of provinces and districts: the comma and 'ngày' make it a place's)
    doc, _ = article(f"Xã Tân Lập tổ chức Ngày hội Đại đoàn kết\n{dateline}\n{BODY}\nHồng Nhung\n")
    assert doc.author == "Hồng Nhung"
    assert doc.published == find_date(dateline)
    # (or without 'ngày', where the article names the place with its level word: 'Xã Tân Lập', 'thôn Đồng Bụt')
    for place in ("Tân Lập", "Đồng Bụt"):
        doc, _ = article(f"Xã Tân Lập tổ chức Ngày hội Đại đoàn kết ở thôn Đồng Bụt\n{place}, 16/11/2023\n{BODY}\nHồng Nhung\n")
        assert (doc.author, doc.published) == ("Hồng Nhung", dt.date(2023, 11, 16)), place
    # (a writer's byline that dates itself, with a dash or without the word 'ngày', is still a byline)
    for byline in ("Thanh Tâm - ngày 16/11/2023", "Thanh Tâm, 16/11/2023"):
        doc, _ = article(f"Xã Tân Lập tổ chức Ngày hội Đại đoàn kết\n{byline}\n{BODY}\n")
        assert (doc.author, doc.published) == ("Thanh Tâm", dt.date(2023, 11, 16))


@pytest.mark.parametrize(
    "dateline", ["TP HCM, 13/10/2024", "TP. Hồ Chí Minh, ngày 13/10/2024", "Thành phố Hồ Chí Minh, 13/10/2024", "TPHCM, 13/10/2024"]
)
def test_a_city_s_dateline_with_its_level_word_names_no_writer_and_places_the_article(dateline):
    text = "Tối 12/10, Hiệp hội Doanh nghiệp tổ chức Lễ kỷ niệm Ngày Doanh nhân Việt Nam."
    doc, facts = article(f"Nhiều doanh nhân được khen thưởng\n{dateline}\n{text}\nTrọng Tín\n")
    assert (doc.author, doc.published) == ("Trọng Tín", dt.date(2024, 10, 13))
    assert [_label(e.organiser) for e in facts.events] == ["Hiệp hội Doanh nghiệp thành phố Hồ Chí Minh"]
    # (a district's city after its level word too; a name alone that is a person's places nothing)
    doc, facts = article(f"Nhiều doanh nhân được khen thưởng\nTP Vinh, 13/10/2024\n{text}\nTrọng Tín\n")
    assert [_label(e.organiser) for e in facts.events] == ["Hiệp hội Doanh nghiệp thành phố Vinh"]
    doc, facts = article(f"Nhiều doanh nhân được khen thưởng\nHồ Chí Minh, 13/10/2024\n{text}\nTrọng Tín\n")
    assert [_label(e.organiser) for e in facts.events] == ["Hiệp hội Doanh nghiệp"]
    # (a writer's name before the day is still a byline)
    doc, _ = article(f"Nhiều doanh nhân được khen thưởng\nThanh Tâm, 13/10/2024\n{text}\n")
    assert doc.author == "Thanh Tâm"


def test_a_site_s_name_printed_as_title_and_banner_is_no_headline_over_a_dated_one(tmp_path):
    page = tmp_path / "portal.html"
    head = "<html><head><title>Cổng thông tin điện tử huyện Tiên Yên</title></head><body>"
    page.write_text(
        head + "<h1><a href='/'>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TIÊN YÊN</a></h1><div>Trang chủ | Giới thiệu | Tin tức</div>"
        "<h2>Tiên Yên: Trao Huân chương Kháng chiến cho 12 cá nhân</h2><div>Cập nhật lúc 15:30 ngày 22/07/2016</div>"
        f"<p>{BODY}</p></body></html>",
        encoding="utf-8",
    )
    doc = process(page)[0]
    assert (doc.title, doc.published) == ("Tiên Yên: Trao Huân chương Kháng chiến cho 12 cá nhân", dt.date(2016, 7, 22))
    # negative: the page's title and its heading printed twice over the date are the headline, a caption's line nearer
    # the text (no date under it) is not
    page.write_text(
        "<html><head><title>Huyện Tiên Yên sơ kết thi đua quý I | Báo Quảng Ninh</title></head><body>"
        "<h1>Huyện Tiên Yên sơ kết thi đua quý I</h1><div>05/03/2022 10:00</div><p>Lãnh đạo huyện trao Giấy khen cho các tập thể</p>"
        f"<p>{BODY}</p></body></html>",
        encoding="utf-8",
    )
    assert process(page)[0].title == "Huyện Tiên Yên sơ kết thi đua quý I"


def test_a_list_of_links_a_page_marks_by_no_class_is_no_article_text(tmp_path):
    page = tmp_path / "table.html"
    side = (
        "<td><b>TIN MỚI</b><br>- <a href='1.html'>Huyện Chư Păh đón nhận Huân chương Lao động hạng Ba</a><br>"
        "- <a href='2.html'>Xã Ia Ka tặng Giấy khen cho 15 hộ gia đình</a> (01/12/2022)<br></td>"
    )
    body = (
        "<td><font><b>HUYỆN TIÊN YÊN SƠ KẾT THI ĐUA QUÝ I</b></font><br><br>"
        f"{BODY}<br>Xem văn bản tại <a href='qd.pdf'>Quyết định số 12/QĐ-UBND</a>.<br><b>Đỗ Thu Trang</b></td>"
    )
    page.write_text(f"<html><body><table><tr>{side}{body}</tr></table></body></html>", encoding="utf-8")
    doc, facts = process(page)
    assert "Chư Păh" not in doc.text and "Ia Ka" not in doc.text and BODY in doc.text
    assert facts.grants == [] and [e.label for e in facts.events] == ["Hội nghị sơ kết công tác thi đua quý I năm 2022"]
    # a link inside a line of the text is the text's, and so is one line alone that is a link
    assert "Xem văn bản tại Quyết định số 12/QĐ-UBND." in doc.text
    page.write_text(
        f"<html><body><h1>Huyện Tiên Yên sơ kết thi đua quý I</h1><p>{BODY}</p><p><a href='/t'>Đỗ Thu Trang</a></p></body></html>",
        encoding="utf-8",
    )
    assert process(page)[0].author == "Đỗ Thu Trang"
    # negative: a link the page never closes is its broken markup, and the text after it is read
    page.write_text(
        f"<html><body><h1>Huyện Tiên Yên sơ kết thi đua quý I</h1><p><a href='/x'>{BODY}</p><p>{BODY}</p></body></html>", encoding="utf-8"
    )
    assert process(page)[0].text.count(BODY) == 2
    # (or one left open in a table of counts, which reads as its list: the page is read, its counts too)
    page.write_text(
        "<html><body><h1>Huyện Tiên Yên sơ kết thi đua quý I</h1><table><tr><th>Hình thức</th><th>Tập thể</th><th>Cá nhân</th></tr>"
        f"<tr><td><a href='/x'>Bằng khen của UBND tỉnh</td><td>5</td><td>7</td></tr></table><p>{BODY}</p></body></html>",
        encoding="utf-8",
    )
    doc = process(page)[0]
    assert "Bằng khen của UBND tỉnh: 5 tập thể, 7 cá nhân" in doc.text and BODY in doc.text


def test_a_box_of_related_links_inside_the_text_is_skipped_and_one_after_it_ends_the_text():
    lead = "Sáng 13/1, UBND huyện Tiên Yên tổ chức hội nghị biểu dương điển hình tiên tiến giai đoạn 2019-2023."
    then = "Tại hội nghị, UBND huyện đã khen thưởng 12 tập thể và 18 cá nhân có thành tích xuất sắc."
    links = "Xã Đông Ngũ đón nhận Cờ thi đua của UBND tỉnh\nTrao Bằng khen cho 5 tập thể có thành tích phòng chống dịch\n"
    for heading in ("TIN LIÊN QUAN", "Tin liên quan", "Xem thêm", "Tin mới hơn", "Tin nổi bật"):
        doc, facts = article(f"Huyện Tiên Yên tuyên dương điển hình\n15/01/2024 08:00\n{lead}\n{heading}\n{links}{then}\nHoàng Minh\n")
        assert [(g.award, g.count) for g in facts.grants] == [("khen-thuong", 12), ("khen-thuong", 18)], heading
        assert len(facts.events) == 1 and doc.author == "Hoàng Minh", heading
    # after the text, the box ends it: its links are no text of the article
    doc, facts = article(f"Huyện Tiên Yên tuyên dương điển hình\n15/01/2024 08:00\n{lead}\n{then}\nHoàng Minh\nTin liên quan\n{links}")
    assert [(g.award, g.count) for g in facts.grants] == [("khen-thuong", 12), ("khen-thuong", 18)]
    # (so does a box headed 'Xem thêm' or 'Đọc thêm', with no byline between the text and it)
    for heading in ("Xem thêm", "Đọc thêm:", "Bài liên quan", "Tin mới hơn", "TIN MỚI NHẤT", "Tin đã đưa", "Tin nổi bật"):
        doc, facts = article(f"Huyện Tiên Yên tuyên dương điển hình\n15/01/2024 08:00\n{lead}\n{then}\n{heading}\n{links}")
        assert [(g.award, g.count) for g in facts.grants] == [("khen-thuong", 12), ("khen-thuong", 18)], heading
        assert len(facts.events) == 1, heading


def test_a_sapo_printed_over_the_date_under_its_headline_is_the_article_s_lead_not_its_headline():
    doc, facts = article(
        "Trao Huân chương Hữu nghị cho chuyên gia Nhật Bản\nHôm qua (15/3), tại trụ sở UBND tỉnh Quảng Nam, ông Lê Trí "
        "Thanh, Chủ tịch UBND tỉnh, đã trao Huân chương Hữu nghị cho ông Tanaka Hiroshi, chuyên gia JICA.\n"
        "15:20, 16/03/2023\nHoàng Liên\n"
    )
    assert doc.title == "Trao Huân chương Hữu nghị cho chuyên gia Nhật Bản"
    assert doc.published == dt.date(2023, 3, 16)
    assert [(e.label, e.date) for e in facts.events] == [("Trao Huân chương Hữu nghị cho chuyên gia Nhật Bản", dt.date(2023, 3, 15))]
    # negative: a headline that ends with a period, over its date, is the headline
    doc, _ = article("UBND huyện Tiên Yên tổng kết công tác thi đua năm 2022.\n15/01/2023\nNgày 14/1, UBND huyện tổ chức hội nghị.\n")
    assert doc.title == "UBND huyện Tiên Yên tổng kết công tác thi đua năm 2022."


def test_a_file_that_writes_its_marks_apart_reads_as_one_that_composes_them(tmp_path):
    # (no 'đ', which has no marks to write apart: every other letter of its own is written as a base and marks)
    text = (
        "Cục Hải quan tỉnh Lào Cai tổng kết công tác năm 2023\n12/01/2024\n"
        "Ngày 11/1/2024, Cục Hải quan tỉnh Lào Cai tổ chức Hội nghị tổng kết công tác năm 2023. Bộ trưởng Bộ Tài chính tặng"
        " Cờ thi tài cho Chi cục Hải quan cửa khẩu Lào Cai; Tổng cục trưởng Tổng cục Hải quan tặng Bằng khen cho 3 tập thể.\n"
        "Quang Minh\n"
    )
    assert "đ" not in text.lower()
    composed, apart = tmp_path / "nfc.txt", tmp_path / "nfd.txt"
    composed.write_text(text, encoding="utf-8")
    apart.write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    assert unicodedata.normalize("NFC", apart.read_text(encoding="utf-8")) == text != apart.read_text(encoding="utf-8")

    def facts_of(path: Path) -> list[tuple]:
        _, facts = process(path)
        return [(g.award, g.count, g.recipient, g.presenter, g.event) for g in facts.grants] + [(e.label, e.date) for e in facts.events]

    assert facts_of(apart) == facts_of(composed) and len(facts_of(composed)) == 2


def test_a_commune_s_portal_named_in_the_footer_places_the_article_in_its_commune(tmp_path):
    def place_of(footer: str) -> tuple[str | None, str | None, str | None, list]:
        page = tmp_path / "p.html"
        page.write_text(
            "<html><head><title>Hội nghị tổng kết năm 2023</title></head><body><h1>Hội nghị tổng kết năm 2023</h1>"
            "<p>Ngày 28/12/2023, UBND xã tổ chức Hội nghị tổng kết năm 2023. Tại Hội nghị, UBND xã đã khen thưởng 6 tập thể.</p>"
            f"<footer>{footer}</footer></body></html>",
            encoding="utf-8",
        )
        doc, facts = process(page)
        place = doc.place
        district = place.district.label if place.district else None
        province = place.province.label if place.province else None
        return district, province, place.commune, [_label(g.conferrer) for g in facts.grants]

    assert place_of("Cổng thông tin điện tử xã Yên Phong - huyện Yên Mô - tỉnh Ninh Bình") == (
        "huyện Yên Mô", "tỉnh Ninh Bình", "xã Yên Phong", ["Ủy ban nhân dân xã Yên Phong"]
    )  # fmt: skip
    # (in other words: a ward, commas between)
    assert place_of("Cổng thông tin điện tử phường Hiến Nam - thành phố Hưng Yên - tỉnh Hưng Yên")[2] == "phường Hiến Nam"
    # negative: a district's portal names no commune
    assert place_of("Cổng thông tin điện tử huyện Yên Mô - tỉnh Ninh Bình")[:3] == ("huyện Yên Mô", "tỉnh Ninh Bình", None)


def test_a_line_break_inside_an_enumeration_going_on_in_lower_case_is_no_paragraph_break():
    # a page's <br> inside a paragraph: 'Dự hội nghị có đồng chí A, ...;' then 'đồng chí B, ...' on the next line
    text = "Dự hội nghị có đồng chí Lò Văn Ba, Bí thư Huyện ủy;\nđồng chí Hà Thị Mai, Chủ tịch UBND huyện.\nTin: Thu Hà"
    assert normalise(text).split("\n")[0].endswith("Bí thư Huyện ủy; đồng chí Hà Thị Mai, Chủ tịch UBND huyện.")
    _, facts = article(
        "Huyện Bát Xát tổng kết công tác năm 2023\nNgày 5/1/2024, UBND huyện Bát Xát tổ chức hội nghị tổng kết công tác năm "
        "2023.\nDự hội nghị có ông Lò Văn Ba, Phó Chủ tịch UBND tỉnh Lào Cai,\nông Vàng Seo Pao, Bí thư Huyện ủy Bát Xát.\nThu Hà\n"
    )
    assert {p.person for p in facts.events[0].participants} == {"Lò Văn Ba", "Vàng Seo Pao"}
    # negative: a list's heading and its items, a sentence's end, or a new sentence in capitals stay lines of their own
    for text in (
        "Dự hội nghị có:\nđồng chí Lò Văn Ba, Bí thư Huyện ủy.",
        "Hội nghị đã kết thúc.\nông Lò Văn Ba phát biểu.",
        "Dự có đồng chí Lò Văn Ba;\nĐồng chí Hà Văn Hải phát biểu.",
    ):
        assert normalise(text).strip().count("\n") == 1, text


def test_a_date_in_dots_after_its_label_is_the_day_posted_not_a_counter():
    body = "Ngày 12/1, UBND huyện Bát Xát tổ chức hội nghị tổng kết công tác thi đua năm 2023.\nHồng Minh\n"
    for line in ("Đăng ngày: 15.01.2024", "Ngày đăng: 15.1.2024", "Cập nhật: 15.01.2024"):
        doc, facts = article(f"Bát Xát tổng kết thi đua\n{line}\n{body}")
        assert (doc.published, facts.events[0].date) == (dt.date(2024, 1, 15), dt.date(2024, 1, 12)), line
    # negative: a counter's number in dots is still a counter, left out of the text
    assert "Lượt xem" not in normalise("Bát Xát tổng kết thi đua\nLượt xem: 1.245.678\n" + body)


def test_a_number_glued_to_the_word_before_it_or_to_the_noun_it_counts_is_set_apart():
    assert normalise("UBND huyện tặng Giấy khen cho15 tập thể và 20cá nhân, 2.500hộ.").strip() == (
        "UBND huyện tặng Giấy khen cho 15 tập thể và 20 cá nhân, 2.500 hộ."
    )
    _, facts = article("Huyện Văn Lãng khen thưởng\nNgày 12/1/2024, UBND huyện Văn Lãng tặng Giấy khen cho15tập thể.\nThu Hà\n")
    assert [(g.award, g.count) for g in facts.grants] == [("giay-khen", 15)]
    # negative: codes, times, units and decimals keep their letters and figures together
    text = "Lúc 8h30, H5N1, COVID-19, 20ha, 100m2, Quyết định số 15/QĐ-UBND, 1,5ha."
    assert normalise(text).strip() == text


def test_a_line_break_inside_a_sentence_of_a_page_is_a_space(tmp_path):
    page = tmp_path / "br.html"
    page.write_text(
        "<html><body><h1>Tuyên dương 50 gương điển hình tiên tiến</h1>"
        "<div>Sáng 27/4, UBND huyện Tiên Yên tổ chức Lễ tuyên dương các điển hình tiên tiến<br>\n"
        "trong phong trào thi đua yêu nước năm 2023.<br>Dự buổi lễ có đồng chí Lê Văn Ánh, Phó Chủ tịch UBND tỉnh.</div>"
        "<div>Quyết định:<br>- Tặng Giấy khen cho 5 tập thể,<br> 10 cá nhân.</div></body></html>",
        encoding="utf-8",
    )
    doc = read_document(page)
    assert doc.title == "Tuyên dương 50 gương điển hình tiên tiến"
    lines = doc.text.splitlines()
    assert (
        "Sáng 27/4, UBND huyện Tiên Yên tổ chức Lễ tuyên dương các điển hình tiên tiến trong phong trào thi đua yêu nước năm 2023." in lines
    )
    # negative: a break after a sentence's end, or before a capital, a dash or a number, ends its line
    assert "Dự buổi lễ có đồng chí Lê Văn Ánh, Phó Chủ tịch UBND tỉnh." in lines
    assert "- Tặng Giấy khen cho 5 tập thể," in lines and "10 cá nhân." in lines


def test_a_sentence_broken_once_where_it_goes_on_in_lower_case_is_one_line():
    doc, facts = article(
        "Tuyên dương 50 gương điển hình tiên tiến\nSáng 27/4/2023, UBND huyện Tiên Yên tổ chức Lễ tuyên dương các điển hình\n"
        "tiên tiến trong phong trào thi đua yêu nước năm 2023.\nCác tập thể được tặng Giấy khen gồm:\na) Trường THCS Kim Đồng;\n"
        "Vũ Hoa\nhttps://baoquangninh.vn/tuyen-duong-50-guong.html\n"
    )
    assert doc.title == "Tuyên dương 50 gương điển hình tiên tiến"
    assert [e.label for e in facts.events] == ["Lễ tuyên dương các điển hình tiên tiến trong phong trào thi đua yêu nước năm 2023"]
    lines = doc.text.splitlines()
    # negative: an item after a colon, and a web address under a byline, stay lines of their own
    assert "a) Trường THCS Kim Đồng;" in lines and doc.author == "Vũ Hoa"


def test_a_list_s_short_section_headings_and_their_items_are_the_article_s_text():
    doc, facts = article(
        "Tặng Giấy khen cho các tập thể, cá nhân năm 2023\nNgày 29/12/2023, Chủ tịch UBND huyện Tiên Yên ký Quyết định tặng "
        "Giấy khen cho 2 tập thể và 2 cá nhân đã có thành tích xuất sắc năm 2023, gồm:\nTập thể:\n- Trường Tiểu học Kim Đồng\n"
        "- Trạm Y tế xã Hải Lạng\nCá nhân:\n- Ông Hoàng Văn Hùng, Chủ tịch UBND xã Hải Lạng\n- Bà Lê Thị Hoa, giáo viên Trường "
        "Tiểu học Kim Đồng\nVi Thị Hoa\n"
    )
    assert {p.name for p in facts.people if not p.is_author} == {"Hoàng Văn Hùng", "Lê Thị Hoa"}
    assert doc.author == "Vi Thị Hoa"
    # negative: a short line with a colon over no items is no heading of the text ('Liên hệ:' under the byline)
    doc, _ = article(f"Tiêu đề bài báo về thi đua khen thưởng\n{BODY}\nVi Thị Hoa\nLiên hệ:\nĐường dây nóng 0203 3888 999\n")
    assert doc.author == "Vi Thị Hoa" and "Liên hệ" not in doc.text[doc.body_start : doc.body_end]


def test_a_list_s_numbered_sections_and_its_unmarked_people_are_the_article_s_text():
    lead = (
        "Tặng Giấy khen năm 2023\nNgày 29/12/2023, Chủ tịch UBND huyện Tiên Yên ký Quyết định tặng Giấy khen cho 1 tập "
        "thể và 2 cá nhân, gồm:\n"
    )
    people = "Ông Hoàng Văn Hùng, Chủ tịch UBND xã Hải Lạng\nBà Lê Thị Hoa, giáo viên Trường Tiểu học Kim Đồng\n"
    numbered = "I. TẬP THỂ\n1. Trường Tiểu học Kim Đồng\nII. CÁ NHÂN\n" + "".join(
        f"{i}. {line}\n" for i, line in enumerate(people.splitlines(), 1)
    )
    for items in (numbered, people):
        doc, facts = article(lead + items + "Anh Thư\n")
        assert {p.name for p in facts.people if not p.is_author} == {"Hoàng Văn Hùng", "Lê Thị Hoa"}, items
        # negative: the writer's name under the list, one word after 'Anh', is the byline still
        assert doc.author == "Anh Thư", items


def test_unmarked_bodies_under_a_section_heading_are_items_and_the_people_after_them_too():
    doc, facts = article(
        "Tặng Giấy khen năm 2023\nNgày 29/12/2023, Chủ tịch UBND huyện Tiên Yên ký Quyết định tặng Giấy khen cho 2 tập thể "
        "và 1 cá nhân, gồm:\nTập thể:\nTrường Tiểu học Kim Đồng\nTrạm Y tế xã Hải Lạng\nCá nhân:\n"
        "Ông Hoàng Văn Hùng, Chủ tịch UBND xã Hải Lạng\nVi Thị Hoa\n"
    )
    assert {p.name for p in facts.people if not p.is_author} == {"Hoàng Văn Hùng"}
    assert doc.author == "Vi Thị Hoa"
    # negative: a unit under the last item, with nothing after it, is the writer's credit, not an item
    doc, _ = article(
        "Tặng Giấy khen năm 2023\nNgày 29/12/2023, Chủ tịch UBND huyện Tiên Yên ký Quyết định tặng Giấy khen cho 2 tập thể, "
        "gồm:\nTrường Tiểu học Kim Đồng\nTrạm Y tế xã Hải Lạng\nPhòng Văn hóa và Thông tin huyện Tiên Yên\n"
    )
    assert "Phòng Văn hóa và Thông tin" not in doc.text[doc.body_start : doc.body_end]


def test_a_place_s_dateline_dates_the_article_and_the_day_the_lead_tells_dates_its_event():
    def read(lead: str) -> tuple[dt.date | None, list[dt.date | None]]:
        doc, facts = article(f"Huyện Vĩnh Linh gặp mặt người cao tuổi tiêu biểu\n{lead}\nHoàng Lan\n")
        return doc.published, [e.date for e in facts.events]

    filed, told = dt.date(2024, 10, 16), dt.date(2024, 10, 15)
    # the date in brackets after the place, or after a comma; the day told after it is the event's
    assert read("Vĩnh Linh (16/10/2024) - Ngày 15/10, Hội Người cao tuổi huyện tổ chức gặp mặt người cao tuổi tiêu biểu.") == (
        filed,
        [told],
    )
    assert read("Vĩnh Linh, 16/10/2024 - Ngày 15/10, Hội Người cao tuổi huyện tổ chức gặp mặt người cao tuổi tiêu biểu.") == (
        filed,
        [told],
    )
    assert read("Hà Nội, ngày 16/10/2024 (TTXVN): Chiều 15/10, Hội Người cao tuổi huyện tổ chức gặp mặt người cao tuổi.") == (
        filed,
        [told],
    )
    # (negative: a lead that tells no day of its own is of the day it was filed)
    assert read("Vĩnh Linh, 16/10/2024 - Hội Người cao tuổi huyện tổ chức gặp mặt người cao tuổi tiêu biểu.") == (filed, [filed])


def test_a_page_s_own_menu_and_footer_marked_by_class_or_id_are_no_text_and_the_byline_above_them_names_the_writer(tmp_path):
    page = tmp_path / "p.html"

    def read(footer_class: str):
        page.write_text(
            '<html><body><div id="menu"><ul><li>Giới thiệu</li><li>Tin tức</li></ul></div><div class="content">'
            "<h2>Xã Tân Hòa biểu dương người tốt</h2><p>09/09/2024</p>"
            "<p>Sáng 7/9, UBND xã Tân Hòa (huyện Phú Bình) tổ chức hội nghị. Chủ tịch UBND xã tặng Giấy khen cho 12 cá nhân.</p>"
            f'<p class="author">Hoàng Văn Dũng</p></div><div class="{footer_class}">Sở Nội vụ tỉnh Bắc Kạn. Địa chỉ: Tổ 1, '
            "phường Đức Xuân.</div></body></html>",
            encoding="utf-8",
        )
        return process(page)[0]

    doc = read("footer")
    assert doc.author == "Hoàng Văn Dũng" and "Giới thiệu" not in doc.text and "Địa chỉ" not in doc.text
    # negative: a class only part of whose name is a footer's is the article's own ('article-footer')
    assert "Địa chỉ" in read("article-footer").text


def test_a_dateline_above_the_text_places_an_article_whose_text_names_no_place(tmp_path):
    def place_of(dateline: str) -> tuple[str | None, str | None]:
        page = tmp_path / "p.html"
        page.write_text(
            f"<html><body><h2>Kết quả công tác khen thưởng năm 2022</h2><p>{dateline}</p>"
            "<p>Năm 2022, Ban Thi đua - Khen thưởng đã tham mưu cho UBND tỉnh khen thưởng 320 tập thể.</p></body></html>",
            encoding="utf-8",
        )
        place = process(page)[0].place
        return (place.district.label if place.district else None, place.province.label if place.province else None)

    assert place_of("Điện Biên, ngày 10/01/2023") == (None, "tỉnh Điện Biên")
    assert place_of("Sơn La, 10/01/2023") == (None, "tỉnh Sơn La")
    # negative: a date with no place names none
    assert place_of("Ngày 10/01/2023") == (None, None)


def test_a_press_dateline_with_its_day_written_out_in_brackets_dates_the_article():
    def published(dateline: str):
        doc = article(
            f"Huyện Vĩnh Linh biểu dương người cao tuổi\n{dateline} - Ngày 15/10, Hội Người cao tuổi huyện tổ chức gặp mặt, "
            "biểu dương 52 người cao tuổi tiêu biểu.\nMinh Hiền\n"
        )[0]
        return doc.published

    assert published("Vĩnh Linh (16 tháng 10 năm 2024)") == dt.date(2024, 10, 16)
    assert published("Vĩnh Linh (16/10/2024)") == dt.date(2024, 10, 16)
    # negative: no year written, no day of the article's
    assert published("Vĩnh Linh (16 tháng 10)") is None


def test_a_byline_glued_to_the_last_paragraph_after_its_stop_is_the_author():
    text = (
        "Tiêu đề bài báo về thi đua khen thưởng\nNgày 18/1/2024, UBND huyện Tiên Yên tổ chức hội nghị tổng kết công tác thi đua"
        " năm 2023. Tại hội nghị, Chủ tịch UBND huyện tặng Giấy khen cho 25 tập thể.{}\n"
    )
    for glued in (" Hồng Nhung", "/. Hồng Nhung", " (Hồng Nhung)"):
        doc, facts = article(text.format(glued))
        assert doc.author == "Hồng Nhung" and facts.person("Hồng Nhung").is_author, glued
    # negatives: a place's name, or words of a sentence left without its stop, after the last stop sign nothing
    for glued in (" Tiên Yên", " Chúc mừng các tập thể", ""):
        assert article(text.format(glued))[0].author is None, glued


def test_a_unit_after_the_writer_s_name_is_their_unit_and_a_bare_title_there_heads_the_article_s_school():
    school = "Trường THCS Kim Đồng tổng kết năm học\n24/05/2024\nSáng 23/5, Trường THCS Kim Đồng tổ chức Lễ tổng kết năm học 2023-2024.\n"
    doc, facts = article(school + "CN. Hoàng Thị Lụa - Khoa Dược\n")
    assert (doc.author, doc.coauthors, doc.author_unit) == ("Hoàng Thị Lụa", [], "Khoa Dược")
    doc, facts = article(school + "Nông Văn Tính - Phó Hiệu trưởng\n")
    author = next(p for p in facts.people if p.is_author)
    assert [(p.role, p.org.name if p.org else None) for p in author.posts] == [("Phó Hiệu trưởng", "Trường THCS Kim Đồng")]
    # negative: a second writer's pen name after a dash stays a writer
    doc, _ = article(school + "Lê Hằng - Quốc Việt\n")
    assert (doc.author, doc.coauthors) == ("Lê Hằng", ["Quốc Việt"])


def test_a_plain_text_article_in_windows_1258_reads_as_its_utf_8_twin(tmp_path):
    text = (
        "Huyện Tiên Yên tổng kết công tác thi đua, khen thưởng năm 2023\n15/01/2024\n"
        "Ngày 12/1, UBND huyện Tiên Yên tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. Đồng chí Lục Văn "
        "Thắng, Chủ tịch UBND huyện dự và phát biểu. Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 15 tập thể và 30 cá nhân "
        "có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2023.\nTrần Minh Khoa\n"
    )
    legacy, utf8 = tmp_path / "cu.txt", tmp_path / "moi.txt"
    legacy.write_bytes(_to_cp1258(text))
    utf8.write_text(text, encoding="utf-8")
    (doc, facts), (doc8, facts8) = process(legacy), process(utf8)
    assert doc.text == doc8.text and doc.title == doc8.title
    assert (
        [(g.award, g.count) for g in facts.grants] == [(g.award, g.count) for g in facts8.grants] == [("giay-khen", 15), ("giay-khen", 30)]
    )
    # negative: UTF-8 with one bad byte is not taken for Windows-1258 (its letters would read as 'Ä‘' runs)
    broken = tmp_path / "hong.txt"
    data = text.encode("utf-8")
    broken.write_bytes(data[:40] + b"\xff" + data[40:])
    with pytest.raises(ArticleError, match="not valid UTF-8"):
        read_article(broken)


@pytest.mark.parametrize("byline", ["Thu Phương - Báo Quảng Ninh, ngày 20/1/2024", "Lê Hòa – Đài PT-TH huyện, ngày 20/01/2024"])
def test_a_writer_and_the_paper_under_the_text_then_the_day_name_the_writer_and_date_the_article(byline):
    doc, _ = article(f"Huyện Tiên Yên tuyên dương 30 điển hình tiên tiến\n{BODY}\n{byline}\n")
    assert (doc.author, doc.published) == (byline.split(" ")[0] + " " + byline.split(" ")[1], dt.date(2024, 1, 20))
    # negative: a place and its day under the writer, as a document dates itself, is no second writer
    doc, _ = article(f"Huyện Tiên Yên tuyên dương 30 điển hình tiên tiến\n{BODY}\nHồng Nhung\nTân Lập, ngày 20/1/2024\n")
    assert (doc.author, doc.coauthors, doc.published) == ("Hồng Nhung", [], dt.date(2024, 1, 20))


def test_a_headline_in_capitals_is_read_in_the_casing_the_article_writes_its_words():
    from tdkt.ingest.truecase import truecased

    body = "Ngày 8/3, tại Cục Thống kê tỉnh, Khối thi đua các cơ quan Trung ương trên địa bàn tỉnh Ninh Thuận tổ chức Hội nghị."
    assert truecased("KHỐI THI ĐUA CÁC CƠ QUAN TRUNG ƯƠNG TỈNH NINH THUẬN TỔ CHỨC HỘI NGHỊ", body) == (
        "Khối thi đua các cơ quan Trung ương tỉnh Ninh Thuận tổ chức Hội nghị"
    )
    # words the article does not write: lower case, an abbreviation kept, a place's name cased as a name
    assert truecased("UBND HUYỆN TIÊN YÊN TRAO GIẤY KHEN CHO 12 HỘ", "Các hộ đều ở xã Đông Hải.") == (
        "UBND huyện Tiên Yên trao giấy khen cho 12 hộ"
    )
    # a capital after a colon too, not after a number's dot; a neighbour's name cased as a name
    assert truecased("HÒA THÀNH: TRAO GIẤY KHEN CHO 1.250 HỘ", "Huyện Hòa Thành có nhiều hộ.") == "Hòa Thành: Trao giấy khen cho 1.250 hộ"
    assert truecased("ĐÓN NHẬN HUÂN CHƯƠNG CỦA NƯỚC BẠN LÀO", "x") == "Đón nhận huân chương của nước bạn Lào"
    # a word alone is lower case, however the text writes it ('Văn' of 'Văn Lãng', 'Hội' of 'Hội nghị')
    body = "Ngày 10/1, UBND xã Tân Thanh, huyện Văn Lãng tổ chức Hội nghị tổng kết."
    assert truecased("KHỐI VĂN HÓA-XÃ HỘI TỔ CHỨC HỘI NGHỊ TỔNG KẾT", body) == "Khối văn hóa-xã hội tổ chức Hội nghị tổng kết"


def test_an_article_under_a_headline_in_capitals_reads_its_bodies_and_places_there():
    doc, facts = article(
        "UBND TỈNH LẠNG SƠN TỔ CHỨC HỘI NGHỊ TỔNG KẾT PHONG TRÀO THI ĐUA NĂM 2020\n06/02/2021\n"
        "Chiều 6/2, tỉnh tổ chức hội nghị tổng kết phong trào thi đua năm 2020. Ông Hồ Tiến Thiệu phát biểu.\nMinh Thu\n"
    )
    assert [(e.label, e.organiser.name if e.organiser else None) for e in facts.events] == [
        ("Hội nghị tổng kết phong trào thi đua năm 2020", "Ủy ban nhân dân tỉnh Lạng Sơn")
    ]
    assert doc.title == "UBND TỈNH LẠNG SƠN TỔ CHỨC HỘI NGHỊ TỔNG KẾT PHONG TRÀO THI ĐUA NĂM 2020"  # stored as written
    # negative: a headline of three words in capitals is no headline to recase
    doc, _ = article("TIN ĐỊA PHƯƠNG\n06/02/2021\nChiều 6/2, tỉnh Lạng Sơn tổ chức hội nghị tổng kết năm 2020.\nMinh Thu\n")
    assert doc.headline == doc.title


def test_a_sentence_whose_clauses_a_portal_prints_one_to_a_line_after_their_semicolons_is_one_sentence():
    head = "Huyện Yên Thế tổng kết thi đua năm 2023\n12/01/2024 08:00\n"
    doc, _ = article(
        head + "Năm 2023, Chủ tịch UBND huyện tặng Giấy khen cho 18 tập thể;\n42 cá nhân được công nhận Chiến sĩ thi đua cơ sở;\n"
        "Nhân dịp này, Huyện ủy tặng quà cho 6 gia đình chính sách;\nUBND huyện tặng Giấy khen cho xã Tam Tiến.\nLê Hồng Nhung\n"
    )
    body = [s.text for s in doc.sentences if s.start >= doc.body_start]
    assert body == [
        "Năm 2023, Chủ tịch UBND huyện tặng Giấy khen cho 18 tập thể;\n42 cá nhân được công nhận Chiến sĩ thi đua cơ sở;\n"
        "Nhân dịp này, Huyện ủy tặng quà cho 6 gia đình chính sách;\nUBND huyện tặng Giấy khen cho xã Tam Tiến."
    ]
    assert all(doc.text[s.start : s.end] == s.text for s in doc.sentences)
    # an item's clause that goes on, unmarked and in lower case, under it is the item's
    doc, _ = article(
        head
        + "- Chủ tịch UBND tỉnh tặng Cờ thi đua cho 2 tập thể;\ntặng Bằng khen cho 9 cá nhân;\n- Huyện tặng 30 Giấy khen.\nLê Hồng Nhung\n"
    )
    body = [s.text for s in doc.sentences if s.start >= doc.body_start]
    assert body == ["- Chủ tịch UBND tỉnh tặng Cờ thi đua cho 2 tập thể;\ntặng Bằng khen cho 9 cá nhân;", "- Huyện tặng 30 Giấy khen."]
    # a short line that goes on in lower case, which would read as a caption, is the sentence's too ('...; trong đó:')
    said = "Huyện đề nghị cấp trên khen thưởng cho 46 tập thể, 112 cá nhân;\ntrong đó:\n- Bằng khen của Thủ tướng Chính phủ: 2 tập thể.\n"
    doc, _ = article(head + said + "Lê Hồng Nhung\n")
    body = [s.text for s in doc.sentences if s.start >= doc.body_start]
    assert body[0] == "Huyện đề nghị cấp trên khen thưởng cho 46 tập thể, 112 cá nhân;\ntrong đó:"
    # negative: a short line in capitals after it stays a caption of its own
    doc, _ = article(head + "UBND huyện tặng Giấy khen cho 18 tập thể;\nẢnh: Lê Hồng\nNăm 2023, huyện có 5 xã đạt chuẩn.\nLê Hồng Nhung\n")
    assert "UBND huyện tặng Giấy khen cho 18 tập thể;" in [s.text for s in doc.sentences]


def test_the_items_of_a_list_that_end_in_semicolons_stay_sentences_of_their_own():
    head = "Huyện Yên Thế tổng kết thi đua năm 2023\n12/01/2024 08:00\n"
    for items in (
        "- Phòng Nội vụ huyện;\n- Phòng Tư pháp huyện;\n- Trường THCS Bố Hạ.",
        "Ông Nguyễn Văn Lâm, Trưởng phòng Nội vụ;\nBà Trần Thị Hoa, Chánh Văn phòng HĐND và UBND huyện.",
        "Trường THCS Bố Hạ;\nTrường Tiểu học Tam Tiến;\nTrường Mầm non Đồng Kỳ.",
    ):
        doc, _ = article(head + "Chủ tịch UBND huyện Yên Thế tặng Giấy khen cho các tập thể, cá nhân sau:\n" + items + "\nLê Hồng Nhung\n")
        body = [s.text for s in doc.sentences if s.start >= doc.body_start]
        assert body[1:] == items.split("\n"), items
    # nor does a line that ends its sentence with a stop run on into the next, in lower case or not
    doc, _ = article(head + "UBND huyện tặng Giấy khen cho 18 tập thể.\n42 cá nhân được công nhận Chiến sĩ thi đua cơ sở.\nLê Hồng Nhung\n")
    assert len([s for s in doc.sentences if s.start >= doc.body_start]) == 2


def _decision_page(path: Path, title: str, body_lines: list[str]) -> Path:
    """A portal's page: its <title> with the site's name, the heading again, the date, then the paragraphs."""
    paragraphs = "".join(f"<p>{line}</p>" for line in body_lines)
    path.write_text(
        f"<html><head><title>{title} - Cổng thông tin điện tử</title></head><body><h1>{title}</h1>"
        f"<div class='date'>Ngày 12/04/2024</div><div class='content'>{paragraphs}</div></body></html>",
        encoding="utf-8",
    )
    return path


def test_a_decision_a_page_prints_under_its_title_and_heading_keeps_its_head_in_capitals(tmp_path):
    head = ["ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "Số: 845/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc tặng Cờ thi đua của Chủ tịch UBND tỉnh",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"]  # fmt: skip
    rest = ["Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", "QUYẾT ĐỊNH:",
            "Điều 1. Tặng Cờ thi đua của Chủ tịch UBND tỉnh cho 02 tập thể đã có thành tích xuất sắc năm 2023.",
            "Điều 2. Quyết định có hiệu lực kể từ ngày ký.", "CHỦ TỊCH", "Võ Văn Hưng"]  # fmt: skip
    page = _decision_page(tmp_path / "qd.html", "Quyết định tặng Cờ thi đua của Chủ tịch UBND tỉnh", head + rest)
    doc, facts = process(page)
    assert doc.title == "Quyết định tặng Cờ thi đua của Chủ tịch UBND tỉnh"
    body = [s.text for s in doc.sentences if s.start >= doc.body_start]
    assert body[0] == "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ" and "Ngày 12/04/2024" not in body
    assert [(g.award, g.count, _label(g.conferrer)) for g in facts.grants] == [
        ("co-thi-dua-cap-bo-tinh", 2, "Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị")
    ]
    # a page whose text has no document's head opens its body on the first paragraph, as before
    told = "Sáng 11/4, Chủ tịch UBND tỉnh Quảng Trị trao Cờ thi đua cho 02 tập thể."
    doc, _ = process(_decision_page(tmp_path / "tin.html", "Quảng Trị tặng Cờ thi đua cho hai tập thể", [told]))
    assert [s.text for s in doc.sentences if s.start >= doc.body_start] == [told]


def test_the_unit_after_two_writers_names_is_each_one_s_and_a_district_radio_by_its_short_form_is_a_unit():
    head = "Huyện Sơn Hòa tổng kết thi đua năm 2023\n12/01/2024 08:00\nNgày 10/1, UBND huyện Sơn Hòa tổ chức hội nghị tổng kết.\n"
    for byline in ("Kim Oanh - Đức Trí (Đài TT huyện Sơn Hòa)", "Kim Oanh, Đức Trí (Đài TT-TH huyện)"):
        _, facts = article(head + byline + "\n")
        posts = {p.name: [(x.role, x.org.name if x.org else None) for x in p.posts] for p in facts.people}
        assert posts == {
            "Kim Oanh": [(None, "Đài Truyền thanh - Truyền hình huyện Sơn Hòa")],
            "Đức Trí": [(None, "Đài Truyền thanh - Truyền hình huyện Sơn Hòa")],
        }, byline
    # writers with no unit after them have none
    _, facts = article(head + "Kim Oanh - Đức Trí\n")
    assert {p.name: p.posts for p in facts.people} == {"Kim Oanh": [], "Đức Trí": []}
