"""Article layout: headline, dateline, byline, body and its sentences.

Portals put the headline first or after a banner, the dateline under it (day/month,
or month/day with a weekday), and the byline after the last paragraph, as a bare
name, a name over a unit line, '(Name – Unit)' or 'Tác giả: Name'.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from functools import partial

from . import levels, lexicon
from .dategrammar import DATELINE as _DATE
from .dategrammar import ENGLISH_DATE, MONTH_FIRST_DATE, PLACE_BEFORE_DATE, PLACE_DATELINE, WRITTEN_DATE, find_date, weekday_number
from .dategrammar import ISO_DATE as _ISO_DATE
from .document import ITEM_MARK, Document, Sentence
from .gazetteer import gazetteer
from .names import LOWER, UPPER, byline_name
from .normalise import LEAD_OPENING
from .orgs import names_a_body
from .syllables import VOWELS
from .truecase import in_capitals, truecased

_META_LINE = re.compile(
    r"^(?:(?:Create|Created|Posted(?: on)?|Published(?: on)?|Ngày đăng(?: bài)?|Ngày cập nhật|Ngày phát hành|Ngày xuất bản|Cập nhật|Đăng ngày|Đăng lúc|Ngày|Thời gian)\s*:?\s*(?:ngày\s+)?)?"
    r"(?:(?:Thứ\s+\S+|Chủ nhật|T[2-7]|CN|\S+)\s*,\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:[AP]M)?"
    r"(?:\s+(?:bởi|by)\s+(?P<poster>[^|]{2,40}?))?\s*$"  # ('Đăng ngày 18/01/2024 bởi Quản trị viên': who posted it)
    # ('Ngày đăng: 25/06/2025 Người đăng: Thu Hà': the poster's label after the date, no bar between)
    r"|^(?:Ngày đăng(?: bài)?|Ngày cập nhật|Đăng ngày|Cập nhật|Ngày)\s*:?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"\s+(?:Người đăng|Tác giả|Người viết|Đăng bởi)\s*:\s*(?P<labelled>[^|]{2,60}?)\s*$"
    r"|^(?:Author|Tác giả|Người đăng|Người viết|Đăng bởi|Lượt xem|Views?)\s*:.*$",
    re.IGNORECASE,
)
# a label that says the date after it is the article's posting's ('Ngày đăng: 02/12/2023', 'Cập nhật lúc ...')
_POSTED_LABEL = re.compile(
    r"^(?:Ngày đăng(?: bài)?|Ngày cập nhật|Ngày phát hành|Ngày xuất bản|Cập nhật|Đăng ngày|Đăng lúc|Posted|Published|Created?)(?!\w)",
    re.IGNORECASE,
)
# the source a reposted article credits, with the day it printed it: 'Theo plo.vn, 16/8/2024', '(Nguồn: Báo X, ngày 16/8/2024)'
_DATED_SOURCE = re.compile(
    r"^\(?\s*(?:Theo|Nguồn)\s*:?\s+[^\d()]{2,60}?[,\s–-]+(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*\)?\s*\.?$", re.IGNORECASE
)
_DATED_TAG = lexicon.cue("dated-tag")
_CMS_ACCOUNTS = {"admin", "administrator", "quantri", "quản trị", "quản trị viên", "webmaster", "editor", "bbt"}
# ('Tin, ảnh: CTV Nguyễn Hải', 'Bài, ảnh: Phóng viên Lan Hương': the writer's calling after the label)
_BYLINE_LABEL = re.compile(
    r"^(?:(?:Tác giả(?: bài viết)?|Author|Tin,?\s*ảnh|Bài,?\s*ảnh|Bài và ảnh|Tin và ảnh|Người viết|Đăng bởi|Người đăng|Tin|Bài|Bài viết|Thực hiện|Nhóm phóng viên"
    r"|Phóng viên|Cộng tác viên|CTV)\s*:\s*(?:(?:PV|CTV|Phóng viên|Cộng tác viên)\.?\s+(?=[A-ZĐ]))?"
    r"|(?:PV|CTV|Phóng viên|Cộng tác viên)\.?\s+(?=[A-ZĐ]))(.+)$",
    re.I,
)
# the next credit after a writer's ('Tin: Hà Phương; Ảnh: Đức Thắng', 'Người viết: Vũ Hoa | Biên tập: Thu Hà')
_OTHER_CREDIT = re.compile(r"\s*;\s*|\s+\|\s+(?=[^|]{0,30}:)")
_TRAILING_UNIT = re.compile(r"^(?P<names>[^()]{3,80}?)\s*\((?P<unit>[^()]{2,60})\)$")
_PAREN_BYLINE = re.compile(
    r"^\((?P<name>[^()–—\-]{3,40}?)\s*(?:[–—-]\s*(?P<unit>[^()]+))?\)$"  # (Thanh Nga – Trung tâm TT&VH)
    r"|^(?P<name2>[^()–—\-]{3,40}?)\s*\((?P<unit2>[^()]+)\)$"  # Hà Linh (Trung tâm VH-TT huyện X)
    r"|^(?P<name3>[^()–—\-]{3,40}?)\s+[–—-]\s+(?P<unit3>(?:Trung tâm|Ban|Báo|Đài|Phòng|Sở|Văn phòng|Cổng|Hội)\b.+)$"  # Name - Unit
)
# '... - Cổng thông tin điện tử tỉnh X' after a page <title>: the portal, not the headline
_SITE_SUFFIX = re.compile(r"\s+[-|–—]\s+(?:Cổng\s|Cổng TTĐT|Trang\s+(?:thông tin|tin)|Báo\s|Website|Tin tức|Portal).*$", re.I)
# a photo credit on its own line, or ending a caption ('... cho các tập thể. Ảnh: Nam Nguyễn')
_PHOTO_CREDIT = re.compile(r"(?:^|(?<=[.\s(]))(?:Ảnh|Ảnh minh họa|Photo)\s*:\s*(?P<name>[^,;().:]+?)\s*\.?\)?$")  # '(Ảnh: X)' too
# the parts of a byline: 'Trần Hằng - CC VHXH Kim Long', 'Thu Hà – Minh Anh', 'Vũ Hoa | Trung tâm VH-TT huyện'
_BYLINE_PARTS = re.compile(r"\s+[-–—|]\s+|\s*,\s*|\s+và\s+|\s*/\s*")  # (and a slash, as agencies print it: 'Đức Anh/Báo Tin tức')
_UNIT_HEADS = (
    "Trung tâm", "Ban ", "Báo ", "Đài ", "Phòng ", "Sở ", "Văn phòng", "Cổng", "Hội ", "Phóng viên", "CTV", "CC ", "Công chức",
    "TTVH", "TT VH", "TT-VH", "TTTT", "TT TT",  # a district's culture centre, by its short forms ('Thu Hà - TTVH huyện X')
    # a hospital's or a school's department, a team, a police force, an agency ('Lê Thị Mai - Khoa Dược')
    "Khoa ", "Đội ", "Công an ", "Bệnh viện", "Viện ", "Cục ", "Chi cục",
    # a committee signing its report under the text, in full or short, in capitals or not ('Ủy ban nhân dân xã Phúc Lợi',
    # 'UBND xã Phúc Lợi', 'ỦY BAN NHÂN DÂN XÃ PHÚC LỢI')
    "Ủy ban ", "Uỷ ban ", "UBND ", "ỦY BAN ", "UỶ BAN ",
)  # fmt: skip
# abbreviations that end with a period inside a sentence (place levels, degrees, initials)
# (not a Roman numeral that ends an ordinal: 'Đại hội lần thứ V. Đại hội ...', 'khóa X. Ông ...')
# (a Roman numeral after the word it numbers ends a sentence: 'công tác quý I. Tại hội nghị, ...', 'hạng I.')
_ABBREVIATION = re.compile(
    r"(?<!\w)(?<!thứ )(?<!khóa )(?<!khoá )(?<!kỳ )(?<!quý )(?<!Quý )(?<!hạng )(?<!giải )(?<!đợt )(?:TP|Tp|TX|Tx|TT|Q|P|H|X|ThS|TS|PGS|GS|BS|KS|CN|Th\.S|[A-ZĐ])\.$"
)
_LIST_NUMBER = re.compile(r"\s*(?:\d{1,2}|[IVX]{1,4}|[a-zđ])\.")  # a numbered item's number: '1.', 'II.', 'a.'
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“(]?[" + UPPER + r"0-9])|(?<=[" + LOWER + r"]{2}\.)(?=[" + UPPER + "])")


_DATELINE_NOISE = re.compile(
    r"(?:Lượt xem|Lượt đọc|Lượt truy cập|Views?)\s*:?\s*\d[\d.,]*|\d{4}-\d{2}-\d{2}(?:T[\d:.+-]+)?|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}:\d{2}(?::\d{2})?|\(?GMT\s*[+-]\s*\d+\)?|[AP]M\b|"
    r"Thứ\s+\S+|Chủ nhật|\bT[2-7]\b|\bCN\b|\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|Create[d]?|Cập nhật|Ngày đăng|Đăng ngày|Ngày|Thời gian|lúc|tháng|năm|xuất bản|đăng",
    re.I,
)


_META_PARTS = re.compile(r"\s+[|·•]\s+")  # ('Ngày đăng: ... · Tác giả: ...')


def _is_meta(line: str) -> bool:
    """A line of page metadata: a date, an author, a counter, or several joined by '|' ('Ngày đăng: ... | Tác giả: ...')."""
    if _META_LINE.match(line) or _is_dateline(line):
        return True
    # the site or the source printed beside the date ('(Baohanam.com.vn) - 08/11/2023', '08/11/2023 (TTXVN)')
    if (rest := _without_source(line)) != line and rest and (_META_LINE.match(rest) or _is_dateline(rest)):
        return True
    parts = _META_PARTS.split(line)
    dated = [bool(_META_LINE.match(p) or _is_dateline(p)) for p in parts]
    if all(dated):
        return True
    # (a date, and short labels of where it is filed or who wrote it: '06/06/2023 | Phòng GD&ĐT huyện Yên Thế')
    return len(parts) > 1 and any(dated) and all(d or _LABEL_PART.fullmatch(p) for d, p in zip(dated, parts, strict=True))


# ('15:30 Chính trị': the time, then the section; or the time alone: '08:30 | 05/01/2024 | Thời sự')
_LABEL_PART = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH))?|(?:\d{1,2}:\d{2}\s+)?(?:Nguồn\s*:\s*)?[^.!?;:]{1,50}")


def _without_source(line: str) -> str:
    """The line without the site or source printed beside its date, if any."""
    source = _SOURCE_BESIDE.search(line)
    return (line[: source.start()] + " " + line[source.end() :]).strip(" -–—|:") if source else line


# a site's address, bracketed or not, or a short source in brackets at either end of a line ('(TTXVN)')
_SOURCE_BESIDE = re.compile(
    r"\(?(?<![\w.])[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|info)(?![\w.])\)?|^\s*\([^()\d]{2,30}\)|\([^()\d]{2,30}\)\s*$", re.I
)


# a section's label then the date it was posted ('Tiêu điểm - Sự kiện 21/08/2011'), a dateline of a portal
# (or written out: 'Tin tức - Sự kiện 21 tháng 08 năm 2011')
_LABELLED_DATE = re.compile(
    r"^[^\d.!?]{2,40}?\s+(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|" + WRITTEN_DATE.pattern + r")(?:\s+\d{1,2}:\d{2})?\s*$", re.I
)


_IMAGE_FILE = re.compile(r"^\S+\.(?:jpe?g|png|gif|webp)$", re.I)
_LEAD_OPENING = re.compile(rf"\s*(?:{LEAD_OPENING})")


# the day the lead tells of, written as Vietnamese prose writes it, day first ('Sáng 4/2, ...', 'Ngày 14-3, ...')
_LEAD_DAY = re.compile(
    r"(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Nn]gày|[Hh]ôm)\s+(?:ngày\s+)?(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})"
    r"(?:[/.-](?P<y>(?:19|20)\d{2}))?(?![/.-]?\d)"  # (its year too: 'Ngày 8/1/2024, ...')
)
_LEAD_REACH = 45  # days a report is printed after the day it tells of, at most, for the lead to settle its date


def _weekday_confirms(published: dt.date, lines: list[tuple[int, int, str]]) -> bool:
    """Whether a dateline above the body names the weekday `published` falls on, beside that date written day first."""
    for _, _, text in lines:
        for m in _DATE.finditer(text):
            if m["wd"] and (int(m["a"]), int(m["b"]), int(m["y"])) == (published.day, published.month, published.year):
                return weekday_number(m["wd"]) == published.weekday()
    return False


def _month_first_if_the_lead_says(published: dt.date, lines: list[tuple[int, int, str]], first_body: int) -> dt.date:
    """A dateline both ways a date ('2/5/2024 9:15 AM': 2 May or 5 February) is read day first, unless the lead's day
    (day first, as the prose writes it: 'Sáng 4/2') falls in the weeks before the other reading and not before this one:
    some portals print month/day."""
    if not (published.day <= 12 and published.month <= 12 and published.day != published.month):
        return published
    swapped = published.replace(month=published.day, day=published.month)
    if _weekday_confirms(published, lines[: first_body + 1]):
        return published  # 'Thứ sáu, 01/12/2023': 1 December was a Friday, whatever day the lead tells of
    lead = next((m for _, _, t in lines[first_body : first_body + 3] if (m := _LEAD_DAY.search(t))), None)
    if lead is None:
        return published
    try:
        years = (int(lead["y"]), int(lead["y"])) if lead["y"] else (published.year, swapped.year)
        told = (dt.date(years[0], int(lead["m"]), int(lead["d"])), dt.date(years[1], int(lead["m"]), int(lead["d"])))
    except ValueError:
        return published
    fits = [0 <= (p - t).days <= _LEAD_REACH for p, t in ((published, told[0]), (swapped, told[1]))]
    return swapped if fits == [False, True] else published


def _same_line(a: str, b: str) -> bool:
    """Two lines that say the same, whatever their dashes and case."""
    return _DASHES.sub("-", a).casefold().strip() == _DASHES.sub("-", b).casefold().strip()


_DASHES = re.compile(r"\s*[-–—]\s*")


def _no_headline(lines: list[tuple[int, int, str]], i: int) -> bool:
    """Whether line `i`, the nearest to the text that could head it, is a photo's caption (under its file name) or a
    lead paragraph without its period, not a headline."""
    return bool(_IMAGE_FILE.match(lines[i - 1][2].strip()) or _LEAD_OPENING.match(lines[i][2]))


def _dated_label(line: str) -> bool:
    """A line that dates the article: a dateline, or a short label and a date."""
    return _is_dateline(line) or (_is_meta(line) and find_date(line) is not None) or bool(_LABELLED_DATE.match(line))


def _is_dateline(line: str) -> bool:
    """A short line that is a date, a time, a weekday and labels, and nothing else."""
    written = (WRITTEN_DATE, MONTH_FIRST_DATE, ENGLISH_DATE)
    if len(line) > 80 or not (_DATE.search(line) or _ISO_DATE.search(line) or any(w.search(line) for w in written)):
        return False
    rest = PLACE_BEFORE_DATE.sub("", line)
    for w in written:  # (a month in words is the date's, not other words: '05 Tháng Mười Hai 2023')
        rest = w.sub(" ", rest)
    rest = _DATELINE_NOISE.sub(" ", rest)
    return sum(ch.isalpha() for ch in rest) < 6


def _is_body_line(line: str, unstopped: bool = False) -> bool:
    """Prose: a long line, or one ending as a sentence or a list's lead-in ('... cho 2 cá nhân là:') does; in a text
    whose paragraphs dropped their stops (`unstopped`), a line as long as a paragraph's."""
    if len(line) < 12 and sum(ch.isalpha() for ch in line) < 3:
        return False  # '.', './.', a separator
    if unstopped and len(line) >= _UNSTOPPED_PARAGRAPH and not _is_meta(line) and not _is_dateline(line):
        return True
    if len(line) < _NAME_WITH_STOP and line.rstrip().endswith(".") and byline_name(line) is not None:
        return False  # 'Thu Hà.': a writer's name, its stop and all, is no prose
    return (
        len(line) > 250
        or line.rstrip('”"’) ').endswith((".", "!", "?", "./.", ";", "…"))
        # ('Tại buổi lễ, UBND huyện đã khen thưởng:'; 'Toàn huyện có 120 đơn vị. Trong đó:', a sentence before its lead)
        or (line.rstrip().endswith(":") and (len(line) > 60 or ", " in line or ". " in line))
        # (or a short one that opens the awards listed under it: 'Kết quả khen thưởng năm 2022:', 'Cụ thể như sau:')
        or (line.rstrip().endswith(":") and _OPENS_AWARDS.search(line) is not None)
    )


# a line its label says is a photo's caption, punctuated as prose ('Ảnh: Lãnh đạo Sở trao Cờ thi đua cho nhà trường.'),
# more than a photographer's credit ('Ảnh: Nam Nguyễn')
_CAPTION_LABEL = re.compile(r"\s*\(?(?:Ảnh|Ảnh minh họa|Trong ảnh)\s*:\s*\S+(?:\s+\S+){3,}")
_DASHED_ROUND = re.compile(r"^\s*[-–—]\s*(.+?)\s*[-–—]\s*$")
_NAME_WITH_STOP = 40  # characters: a byline's name with a stop after it, shorter than a sentence
# a byline a page glued to its last paragraph, after its last stop ('... tập thể./. Hồng Nhung', '... tập thể. (Thu Hà)')
_GLUED_BYLINE = re.compile(rf"(?:[.!?…]|\./\.)\s+(?P<byline>\(?[{UPPER}][^.!?:;()]{{2,{_NAME_WITH_STOP}}}\)?)\s*$")
_SAPO = 100  # characters: a sapo's line at least, longer than most headlines
_HEADLINE_OVER_DATE = 25  # characters: a headline's over its dateline, longer than a section's or a category's label
_UNSTOPPED_PARAGRAPH = 60  # characters: a paragraph's line, longer than a headline's usual, a byline's or a caption's
_OPENS_AWARDS = re.compile(r"(?i)(?<!\w)(?:khen thưởng|tặng|trao|đề nghị|công nhận|như sau|cụ thể)(?!\w)")


# a document's number on a line of its own in its head ('Số: 1234/QĐ-UBND'), after its slash the kind given (any here)
NUMBER_LINE = r"^\s*Số\s*:\s*(?P<number>\d+[\w.]*/{kind}[\w./-]+)\s*$"
_DOCUMENT_NUMBER = re.compile(NUMBER_LINE.format(kind=""), re.M)
_SECTION_HEADING = re.compile(r"\s*(?:[IVX]{1,4}|\d{1,2}|[A-ZĐ])[.)]\s")


def _is_headline(line: str) -> bool:
    return (
        12 <= len(line) <= 300
        and not line.rstrip().endswith(":")  # 'Kết quả khen thưởng năm 2022:' opens the list under it, no headline
        and not _is_meta(line)
        and not _is_body_line(line)
        and not _signed(line.strip(" |"))
        and not _is_credit(line)
        and _dated_byline(line) is None  # ('Quang Huy · 06/02/2024 · 09:12': a writer and the day, no headline)
    )


def _asks(line: str) -> bool:
    """Whether a line is one short question, as a headline may be (not a question labelled as one of an interview's or
    a reader's: 'PV: ...?', 'Hỏi: ...?')."""
    return (
        line.rstrip('”"’) ').endswith("?")
        and 12 <= len(line) <= _QUESTION_HEADLINE
        and not _two_sentences(line)
        and _ASKED_LABEL.match(line) is None
    )


_QUESTION_HEADLINE = 160  # characters: a headline's at most, shorter than a paragraph's
_ASKED_LABEL = re.compile(r"\s*(?:PV|Phóng viên|Hỏi|Câu hỏi|Bạn đọc|Q)\s*[:.-]", re.I)


def _signed(line: str) -> bool:
    """Whether a line is a byline: names, and a unit after them; not a place, then what the news is ('Móng Cái -
    Tuyên dương 20 tập thể xuất sắc', a headline that opens with its place)."""
    names, unit = _byline_names(line)
    return bool(names) and not (unit and gazetteer().is_place_name(names[0]) and not unit.startswith(_UNIT_HEADS))


def _is_credit(line: str) -> bool:
    """A writer's credit, in brackets or with the unit in brackets after the name ('(Tin: Lê Hà)', 'Lê Thu Hà (Đài
    TT-TH huyện)'): under a headline, no headline of its own."""
    inner = line.strip()
    inner = inner[1:-1].strip() if inner.startswith("(") and inner.endswith(")") else inner
    label = _BYLINE_LABEL.match(inner)
    if label and _byline_names(label.group(1), labelled=True)[0]:
        return True
    bracket = _TRAILING_UNIT.match(inner)
    return bool(bracket and _byline_names(bracket["names"])[0] and len(bracket["names"].split()) <= 4)


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


# a short line that counts recipients ('+ Cờ thi đua: 3 tập thể', 'Bằng khen: 12 cá nhân'): an item of a list, no byline
_COUNTS_RECIPIENTS = re.compile(r"(?<!\w)\d+\s+(?:tập thể|cá nhân|đơn vị|hộ|lượt|người|gia đình|học sinh|đồng chí)(?!\w)", re.I)


def _item_of_list(lines: list[tuple[int, int, str]], i: int) -> bool:
    """'- Phòng Nội vụ', '- Ông Nguyễn Văn An' under '... gồm:', a section's heading or another item: a list's item,
    marked, however short; or one unmarked that opens on a person's honorific ('Ông Hoàng Văn Hùng, Chủ tịch UBND xã
    X' under '... gồm:'), which no byline does."""
    line, before = lines[i][2], lines[i - 1][2]
    under = before.rstrip().endswith(":") or bool(ITEM_MARK.match(before)) or _heads_items(lines, i - 1)
    if ITEM_MARK.match(line):
        return under
    if _PERSON_ITEM.match(line):
        return before.rstrip().endswith(":") or bool(_PERSON_ITEM.match(before))
    # (a body unmarked, 'Trường Tiểu học Kim Đồng' under 'Tập thể:', with another item or heading after it: the last line
    # of a list of bodies may be the writer's unit, a credit)
    return (
        names_a_body(line.strip())
        and (before.rstrip().endswith(":") or names_a_body(before.strip()))
        and i + 1 < len(lines)
        and (_opens_item(lines[i + 1][2]) or _heads_items(lines, i + 1))
    )


def _opens_item(line: str) -> bool:
    """Whether a line reads as a list's item: marked, or opening on a person's honorific or a body's first word."""
    return bool(ITEM_MARK.match(line) or _PERSON_ITEM.match(line) or names_a_body(line.strip()))


def _heads_items(lines: list[tuple[int, int, str]], i: int) -> bool:
    """'Tập thể:', 'I. TẬP THỂ', 'II. CÁ NHÂN' over '- ...' or '1. ...': a short heading of a list's section, its items
    right under it."""
    line = lines[i][2]
    heading = line.rstrip().endswith(":") or _SECTION_NUMBER.match(line) is not None
    return heading and len(line) <= 40 and i + 1 < len(lines) and _opens_item(lines[i + 1][2])


# a section's number before its heading: 'I. ', 'II) ', 'A. '
_SECTION_NUMBER = re.compile(r"\s*(?:[IVX]{1,4}|[A-ZĐ])[.)]\s+\S")
# an item that names a person by an honorific, then the name ('Ông Hoàng Văn Hùng, Chủ tịch ...', 'Bà Lê Thị Hoa')
_PERSON_ITEM = re.compile(rf"\s*(?:Ông|Bà|Đồng chí|Đ/c|Anh|Chị|Em|Thầy|Cô)\s+[{UPPER}]\w*\s+[{UPPER}]")


# a byline that dates itself ('Hoàng Minh (Trung tâm VH-TT&TT huyện) - 15/01/2024'): the names, then the day
_DATED_BYLINE = re.compile(
    r"^(?P<by>\S.{1,80}?)(?:\s*(?P<sep>[-–|,·•])\s*|\s+)(?P<day_word>ngày\s+)?(?P<date>\d{1,2}[/.-]\d{1,2}[/.-]\d{4})(?:\s*[-–|,·•]?\s*\d{1,2}[:h]\d{2})?\s*$"
)


# (or the day first: '02/05/2024 | Hải Yến', under the text)
_DATE_THEN_BYLINE = re.compile(
    r"^(?P<date>\d{1,2}[/.-]\d{1,2}[/.-]\d{4})(?:\s*[-–|,·•]?\s*\d{1,2}[:h]\d{2})?\s*(?P<sep>[-–|·•])\s*(?P<by>[^\d\s].{1,80}?)\s*$"
)


_WEEKDAY = re.compile(r"(?i:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn|t[2-7])\W*$")


_WRITER_AND_PAPER = re.compile(r"\s[-–]\s+(?:Báo|Tạp chí|Đài|Cổng|Trang|Trung tâm)\s")


def _dated_byline(line: str) -> re.Match[str] | None:
    """'Hoàng Minh (TTVH huyện) - 15/01/2024': a writer's byline, then the day; not a weekday's or a place's dateline
    ('Thứ Tư, 08/03/2023', 'Hà Giang, 15/04/2024')."""
    dated = _DATED_BYLINE.match(line.strip(" |")) or _DATE_THEN_BYLINE.match(line.strip(" |"))
    if dated is None or _WEEKDAY.match(dated["by"]) or _is_dateline(dated["by"]):
        return None
    if dated["sep"] == "," and dated.groupdict().get("day_word") and not _WRITER_AND_PAPER.search(dated["by"]):
        # 'Tân Lập, ngày 16/11/2023': a place, then its day, as a document's dateline writes them (not 'Thu Phương -
        # Báo Tuyên Quang, ngày 20/5/2025': a writer and the paper, then the day it was printed)
        return None
    bracket = _TRAILING_UNIT.match(dated["by"])  # ('Hoàng Minh (Trung tâm VH-TT&TT huyện)': the names before the unit)
    labelled = _BYLINE_LABEL.match(dated["by"])  # ('Bài và ảnh: Phương Linh 06/10/2023 09:00': the names after the label)
    names = (
        _byline_names(labelled.group(1), labelled=True)[0]
        if labelled
        else _byline_names(dated["by"])[0] or (_byline_names(bracket["names"])[0] if bracket else [])
    )
    return dated if names and not gazetteer().is_place(names[0]) else None


def _undated_byline(doc: Document, line: str) -> str:
    """A byline dated after its names, the names alone, its day the page's where the page printed none; any other line
    as it is."""
    dated = _dated_byline(line)
    if dated is None:
        return line
    doc.published = doc.published or find_date(dated["date"])
    if re.search(rf"(?<!\w)(?i:{levels.ANY}|{levels.BELOW_COMMUNE})\s+{re.escape(dated['by'])}(?!\w)", doc.text):
        return line  # 'Yên Thọ, 28/12/2023' over 'Xã Yên Thọ tổng kết ...': a place the article names, not a writer
    return dated["by"]


def _is_byline(line: str) -> bool:
    if _COUNTS_RECIPIENTS.search(line):
        return False
    if _dated_byline(line) is not None:
        return True
    return bool(
        byline_name(line)
        or _byline_names(line)[0]
        or _BYLINE_LABEL.match(line)
        or _PAREN_BYLINE.match(line)
        or line.startswith((*_UNIT_HEADS, "Nguồn", "Theo "))
        or len(line) < 25
    )


_NO_UNIT = frozenset(
    {"tổng hợp", "th", "t/h", "st", "s/t", "sưu tầm", "tổng hợp, biên dịch", "tổng hợp và biên tập"}  # compiled, collected
    | {"dịch", "lược dịch", "biên dịch", "trích", "lược trích", "ghi", "lược ghi", "ghi chép", "thực hiện", "biên tập"}  # how written
    | {"ctv", "cộng tác viên", "pv", "phóng viên"}  # the writer's calling
)


def _byline_names(text: str, labelled: bool = False, writer: Callable[[str], bool] | None = None) -> tuple[list[str], str | None]:
    """The names a byline line gives, and the unit written after them ('Trần Hằng - CC VHXH Kim Long'); `writer` tells a
    place's name before another writer's that is a pen name ('Thanh Hà - Hoàng Nam'), not the writers' whereabouts."""
    names: list[str] = []
    text = text.strip()
    parts = _BYLINE_PARTS.split(text)
    at = 0  # where the part read starts in the text
    for i, part in enumerate(parts):
        at = text.find(part, at)
        name = byline_name(part, labelled)
        if names:
            # 'Lê Hằng - Quốc Việt': the first writer's name vouches for the line, so a pen name after it is read as
            # after a label; a place ('Minh Châu - Hà Giang') is the writer's whereabouts, not a second writer
            name = name or byline_name(part, labelled=True)
            name = None if name is None or gazetteer().is_place_name(name) else name
            # (nor a unit, by its head: 'CN. Lê Thị Mai - Khoa Dược', 'Thu Hà - Đội CSGT')
            name = None if part.startswith(_UNIT_HEADS) else name
        elif (
            name is not None
            and i + 1 < len(parts)
            and gazetteer().is_place_name(name)
            and byline_name(parts[i + 1])
            and (writer is None or not writer(name))
        ):
            continue  # 'Bắc Giang - Thu Trang': the writer's whereabouts, then the writer (as after a name)
        if name is None:
            unit = text[at:] if at != -1 else " - ".join(parts[i:])  # as written: 'Phòng Văn hóa và Thông tin huyện'
            if unit.casefold() in _NO_UNIT:
                return names, None  # 'Thu Hà (tổng hợp)': how it was written, not where
            if not names or (len(unit) > 40 and not unit.startswith(_UNIT_HEADS)):
                return [], None  # 'Lê Quang Vinh, Chủ tịch UBND huyện trao Giấy khen ...': a caption, not a byline
            return names, unit
        names.append(name)
    return names, None


def _pen_name_of_a_district(doc: Document, written: str) -> bool:
    """Whether what a byline writes after a writer's name is a second writer's name that is also a district's ('Văn Tú -
    Thanh Hà'): a name of two syllables, of no province (a correspondent's province is where they write from: 'Minh Châu
    - Hà Giang'), that the text names nowhere else (a district the article is about is where they write from)."""
    if len(written.split()) != 2 or byline_name(written, labelled=True) != written or not gazetteer().is_place_name(written):
        return False
    if (unit := gazetteer().lookup(written)) is not None and unit.level == "province":
        return False
    return doc.text.casefold().count(written.casefold()) <= 1


def _set_authors(doc: Document, names: list[str], unit: str | None) -> None:
    from .orgs import names_a_body  # the bodies' first words; orgs reads the layout's sentences, not this
    from .people import match_role  # the roles table

    doc.author, doc.coauthors = names[0], names[1:]
    if unit and _pen_name_of_a_district(doc, unit):
        doc.coauthors = [*doc.coauthors, unit]  # 'Văn Tú - Thanh Hà' under a report of Quảng Ninh: a second writer
        unit = None
    # a unit ('Thu Hà - BHXH tỉnh'), or the writer's title ('ThS. Nguyễn Văn An - Phó Trưởng phòng Nội vụ'), which
    # gives the writer's post
    if unit and (
        unit.startswith(_UNIT_HEADS)
        or (len(unit) <= 80 and ((names_a_body(unit) and not gazetteer().is_place_name(unit)) or match_role(unit, 0) is not None))
    ):
        doc.author_unit = unit


def _signed_by(doc: Document, block: list[str]) -> None:
    """A decision's signature block ('KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', then a name): the signer, and their title (the last
    title line, its 'KT.'/'TM.' mark dropped) with the issuing body its heading names ('ỦY BAN NHÂN DÂN TỈNH X'), written
    as a title is ('Phó chủ tịch Ủy ban nhân dân tỉnh X') for the posts to read."""
    titles = [t.strip() for t in block if _SIGNATURE.match(t.strip())]
    name = next((byline_name(t) for t in block[len(titles) :] if t.strip()), None)
    if not titles or name is None:
        return
    role = _SIGN_MARK.sub("", titles[-1]).strip()
    issuer = next((m for t in doc.text.splitlines() if t.isupper() and (m := _ISSUER.match(t.strip()))), None)
    from .people import match_role  # the roles table

    doc.signer = name
    # (as a title is written: the role as the roles table writes it, the body's head in lower case, the place capitalised)
    written = role.capitalize()
    found = match_role(written, 0)
    role = found[0] if found is not None and found[1] == len(written) else written
    body = f" Ủy ban nhân dân {issuer['level'].lower()} {issuer['place'].title()}" if issuer else ""
    doc.signer_title = role + body


_SIGN_MARK = re.compile(r"^(?:KT|TM|TL|Q|T/M)\.?\s*")
# the heading naming the body that issues a decision ('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', 'CHỦ TỊCH UBND HUYỆN X')
_ISSUER = re.compile(
    r"^(?:(?:PHÓ\s+)?CHỦ TỊCH\s+)?(?:(?:ỦY|UỶ) BAN NHÂN DÂN|UBND)\s+(?P<level>TỈNH|THÀNH PHỐ|HUYỆN|THỊ XÃ|QUẬN|XÃ|PHƯỜNG|THỊ TRẤN)\s+(?P<place>.+)$"
)


# a reposted article's writer, credited with the paper it came from in brackets or after a slash: 'Theo Thu Hà (Báo Lạng
# Sơn)', 'Theo Thu Hà/Báo Lạng Sơn'
_REPOSTED_FROM = re.compile(
    r"^Theo\s+(?=[^()/]{2,40}(?:\([^()]{2,60}\)|\s*/\s*(?:Báo|Tạp chí|Đài|Cổng|TTXVN|VOV|VTV|VNA)(?![\w])[^()/]{0,50})\s*\.?$)"
)


# a decision's signature block under its text ('CHỦ TỊCH', 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH', 'TM. ỦY BAN NHÂN DÂN'): the name
# under it signed the decision and wrote no article
_SIGNATURE = re.compile(
    r"^(?:(?:KT|TM|TL|Q|T/M)\.?\s*)?(?:PHÓ\s+|TỔNG\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|TRƯỞNG PHÒNG|BÍ THƯ|HIỆU TRƯỞNG|CỤC TRƯỞNG|VIỆN TRƯỞNG|CHI CỤC TRƯỞNG|"
    r"CHÁNH VĂN PHÒNG|THỦ TRƯỞNG|BỘ TRƯỞNG|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)(?![\w])[^a-zà-ỹđ]*$"
)


def _byline(doc: Document, tail: list[str]) -> None:
    for i, line in enumerate(tail):
        line = _REPOSTED_FROM.sub("", line)
        if _place_dateline(line):
            continue  # 'Thanh Hóa, 15/8/2023' over 'Lê Hòa': where and when it was filed, the writer after it
        if _SIGNATURE.match(line.strip()):
            _signed_by(doc, tail[i:])
            return
        m = _BYLINE_LABEL.match(line)
        if m:
            # 'Bài, ảnh: Lê Hà (TTVH huyện)': the writer, then the unit in brackets; 'Tin: Hà Phương; Ảnh: Đức Thắng':
            # the writer, up to the photographer's credit
            written = _OTHER_CREDIT.split(m.group(1))[0].strip()
            bracket = _TRAILING_UNIT.match(written)
            names, unit = _byline_names(bracket["names"] if bracket else written, labelled=True)
            unit = unit or (bracket["unit"] if bracket else None)
            if names and names[0].lower() not in _CMS_ACCOUNTS:
                _set_authors(doc, names, unit)
                return
            continue
        m = _PAREN_BYLINE.match(line)
        name = _name_with_unit(m) if m else None
        if m and name:
            doc.author = name
            unit = (m["unit"] or m["unit2"] or m["unit3"] or "").strip()
            doc.author_unit = unit if unit and unit.casefold() not in _NO_UNIT and not gazetteer().is_place_name(unit) else None
            return
        bracket = _TRAILING_UNIT.match(line)  # 'Thu Hà - Minh Anh (TTXVN)': the writers, then their agency in brackets
        writer = partial(_pen_name_of_a_district, doc)
        names, unit = _byline_names(bracket["names"], writer=writer) if bracket else ([], None)
        if not names:
            names, unit = _byline_names(line, writer=writer)
        elif bracket:
            unit = unit or bracket["unit"]
        if names and not _the_place_told(doc, names[0]):
            nxt = tail[i + 1] if i + 1 < len(tail) else ""
            _set_authors(doc, names, unit or nxt)
            return


def _place_dateline(line: str) -> bool:
    """'Thanh Hóa, 15/8/2023', 'Hà Nội, ngày 5/1/2024': a place the gazetteer knows, then a date, and nothing else (not a
    writer's name before the day: 'Hoàng Minh, 15/01/2024')."""
    place = PLACE_BEFORE_DATE.match(line)
    return place is not None and _is_dateline(line) and gazetteer().is_place(line[: place.end()].strip(" ,"))


def _the_place_told(doc: Document, name: str) -> bool:
    """'Đức Thọ' under 'Huyện Đức Thọ: Tổng kết ...': the place the headline names, signing for its portal, not a writer."""
    return (
        gazetteer().is_place_name(name) and re.search(rf"(?:{levels.ANY})\s+{re.escape(name)}(?!\w)", doc.headline or "", re.I) is not None
    )


def _name_with_unit(m: re.Match[str]) -> str | None:
    """The writer's name before the unit a byline gives; a unit that is a centre, a desk or a newspaper
    ('Văn Sơn - Trung tâm VH-TT huyện', 'Thu Hà (TTVH-TT xã)') vouches for a pen name, as a label would."""
    name = (m["name"] or m["name2"] or m["name3"] or "").strip()
    unit = (m["unit"] or m["unit2"] or m["unit3"] or "").strip()
    if found := byline_name(name):
        return found
    vouched = unit.startswith(_UNIT_HEADS) or _CENTRE_SHORT.match(unit) is not None
    return byline_name(name, labelled=True) if vouched and not gazetteer().is_place_name(name) else None


# 'TTVH', 'TTVH-TT', 'TT VH-TT', 'TTTT': a district's or commune's culture or media centre, written short
_CENTRE_SHORT = re.compile(r"TT\s?(?:VH|TT|TH|VHTT)(?![a-zđ])")
# two or three letters: four ('HYTV') are a station's or an agency's
_INITIALS = re.compile(r"(?:[A-ZĐ]\.?){2,3}")
# a pen name with its family name cut to one or two letters ('Ng. Hùng', 'Th.Hà', 'N.T.Hương')
_ABBREVIATED = re.compile(rf"(?:[A-ZĐ][a-zđ]?\.\s?)+[{UPPER}][{LOWER}]+(?:\s[{UPPER}][{LOWER}]+)?")
# the same in capitals ('T.HOÀNG', 'N.T. HƯƠNG')
_ABBREVIATED_CAPS = re.compile(rf"(?P<i>(?:[A-ZĐ]{{1,2}}\.\s?)+)(?P<name>[{UPPER}]{{2,}}(?:\s[{UPPER}]{{2,}})?)")
_SIGNS_FOR = frozenset({"KT", "TM", "TL", "TUQ", "Q"})  # 'KT. CHỦ TỊCH': a signature's 'on behalf of', no initials
_VOWEL = re.compile(f"[{VOWELS}]")
_INITIALS_BEFORE_DATE = re.compile(r"^(?P<i>(?:[A-ZĐ]\.?){2,3})\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4}")
# letters that sign for a desk or an agency, not for a writer
_NOT_INITIALS = frozenset(
    {"PV", "CTV", "BBT", "BTV", "STT", "TT", "TTXVN", "TTX", "QĐND", "CAND", "VOV", "VTV", "TTO", "UBND", "HĐND", "TP", "TX"}
)


def _initials(header: list[str], tail: list[str]) -> str | None:
    """A byline of initials only: a short last line ('N.V', 'NT'), or a name whose family name is cut to its initial
    ('Ng. Hùng', 'Th.Hà - Q.Anh': the first), or initials before the dateline."""
    for line in tail[:3]:
        labelled = _BYLINE_LABEL.match(line.strip())  # 'Tin, ảnh: H.T': the initials after the label
        line = labelled.group(1) if labelled else line
        if _INITIALS.fullmatch(line.strip()) and line.strip().replace(".", "") not in _NOT_INITIALS:
            return line.strip()
        first = _BYLINE_PARTS.split(line.strip())[0]
        if _ABBREVIATED.fullmatch(first):
            return first
        caps = _ABBREVIATED_CAPS.fullmatch(first)
        if caps and re.sub(r"[.\s]", "", caps["i"]) not in _SIGNS_FOR and all(_VOWEL.search(w.lower()) for w in caps["name"].split()):
            return caps["i"] + caps["name"].title()  # 'T.HOÀNG': 'T.Hoàng' (not 'TP.HCM', no name)
    for line in header:
        m = _INITIALS_BEFORE_DATE.match(line.strip())
        if m and m["i"].replace(".", "") not in _NOT_INITIALS:
            return m["i"]
    return None


def _sentence_ends(line: str) -> Iterator[re.Match[str]]:
    """Where a line's sentences end before another's opening: not at an abbreviation's stop ('TP. Hạ Long', 'PGS.TS.
    Nguyễn ...', 'Q. 1')."""
    return (m for m in _SENTENCE_END.finditer(line) if not _ABBREVIATION.search(line, max(0, m.start() - 8), m.start()))


def _two_sentences(line: str) -> bool:
    """Whether a line holds a sentence's end before another's opening."""
    return next(_sentence_ends(line), None) is not None


# a report's numbered section heading: a number or a Roman numeral, then two words or more ('II. KẾT QUẢ KHEN THƯỞNG')
_NUMBERED_SECTION = re.compile(r"\s*(?:[IVX]{1,4}|\d{1,2})[.)]\s+(?P<rest>\w+(?:\s+\S+)+)\s*")


def _opens_section(line: str) -> bool:
    """Whether a line above the first paragraph opens a section of the text ('1. Khen thưởng cấp Nhà nước'), not a
    pen name after an initial ('V. Hùng') or a date."""
    m = _NUMBERED_SECTION.fullmatch(line)
    return (
        m is not None
        and (len(m["rest"].split()) > 3 or not byline_name(m["rest"]))  # (a heading in capitals reads as a name)
        and not _is_meta(line)
        and not _is_dateline(line)
    )


def analyse_layout(doc: Document) -> None:
    """Fill title, published, author, body bounds and sentences of `doc`."""
    lines = _lines(doc.text)
    # (a page that prints its paragraphs a line each with no stop at their ends: its long lines are its prose)
    unstopped = not any(_is_body_line(t) for _, _, t in lines) and sum(len(t) >= _UNSTOPPED_PARAGRAPH for _, _, t in lines) >= 2
    first_body = next((i for i, (_, _, t) in enumerate(lines) if _is_body_line(t, unstopped) and not _is_meta(t)), 0)
    asks = first_body == 0 and len(lines) > 1 and _asks(lines[0][2])
    if asks:  # 'Vì sao xã X được tặng Cờ thi đua?' over the text: a headline that asks, the body below it
        first_body = next((i for i in range(1, len(lines)) if _is_body_line(lines[i][2], unstopped) and not _is_meta(lines[i][2])), 0)
    candidates = [i for i in range(first_body - 1, -1, -1) if _is_headline(lines[i][2]) or (asks and i == 0)]
    # a report's section heading ('I. KẾT QUẢ ...') over its first paragraph is not the headline above it
    title_i = next((i for i in candidates if not _SECTION_HEADING.match(lines[i][2])), candidates[0] if candidates else None)
    if title_i == 1 and _LABELLED_DATE.match(lines[1][2]) and _is_headline(lines[0][2]):
        title_i = 0  # a section's label and the date under the headline ('Tiêu điểm - Sự kiện 21/08/2011'): no headline itself
    top_date = next((i for i, (_, _, t) in enumerate(lines[:6]) if _is_dateline(t)), None)
    # (not a sapo printed over the date, under the headline right above it: 'Trao Huân chương ... cho chuyên gia Nhật Bản',
    # 'Hôm qua (15/3), tại trụ sở UBND tỉnh, ông A ... đã trao ...', '15:20, 16/03/2023')
    sapo_over_date = title_i == first_body - 1 and len(lines[title_i][2]) >= _HEADLINE_OVER_DATE and len(lines[first_body][2]) >= _SAPO
    if (
        top_date
        and first_body == top_date - 1
        and len(lines[first_body][2]) <= 300
        and not sapo_over_date
        and not _two_sentences(lines[first_body][2])  # (a paragraph over a date in the page's foot is no headline)
    ):
        # a headline that ends with a period, over its dateline: the body starts below the date
        title_i = top_date - 1
        first_body = next((i for i in range(top_date + 1, len(lines)) if _is_body_line(lines[i][2], unstopped)), first_body)
    nearest_in_capitals = title_i not in (None, 0) and lines[title_i][2].isupper()
    # (or a sapo without its period under the dateline that dates the headline over it: 'Tuyên dương 30 điển hình ...',
    # '15/01/2024 08:00', 'Hội nghị là dịp để tôn vinh ...')
    sapo = title_i not in (None, 0, 1) and len(lines[0][2]) >= _HEADLINE_OVER_DATE and len(lines[title_i][2]) >= _SAPO
    if (
        title_i not in (None, 0)
        and (_no_headline(lines, title_i) or nearest_in_capitals or sapo)
        and _is_headline(lines[0][2])
        and _dated_label(lines[1][2])
    ):
        # the first line over its date is the headline, where the line nearest the text is a photo's caption or a
        # lead that lost its period, or a heading in capitals of a document the page prints ('QUYẾT ĐỊNH', 'CHỦ TỊCH
        # ỦY BAN NHÂN DÂN TỈNH X'): those, and the lines between (a sapo, the document's head), are the article's
        title_i, first_body = 0, 2
    if (
        nearest_in_capitals
        and title_i is not None
        and not lines[0][2].isupper()
        and len(lines[0][2]) >= _HEADLINE_OVER_DATE
        and _is_headline(lines[0][2])
        and any(_DOCUMENT_NUMBER.match(t) for _, _, t in lines[1:title_i])
    ):
        # a document printed under the page's headline, its head in capitals ('ỦY BAN NHÂN DÂN TỈNH X', 'Số: 1234/QĐ-UBND',
        # 'QUYẾT ĐỊNH', 'CHỦ TỊCH ...'): the headline is the page's, the document's head is no title but the article's,
        # from the line under the headline's own lines (the copy a page prints as its heading, the date)
        head = title_i
        title_i, first_body = 0, 1
        while first_body < head and (
            _same_line(_SITE_SUFFIX.sub("", lines[0][2]), lines[first_body][2]) or _dated_label(lines[first_body][2])
        ):
            first_body += 1
    # (the page's title with the site's name after it: 'Trao Huân chương ... | Báo X' over 'Trao Huân chương ...')
    printed_twice = len(lines) > 2 and _same_line(_SITE_SUFFIX.sub("", lines[0][2]), lines[1][2]) and len(lines[0][2]) <= 300
    # (not the site's name printed as the page's title and again as its banner, where the line nearer the text has its
    # own date under it: 'Cổng thông tin điện tử huyện X' twice, then the menu, 'Krông Pắc: Trao Huân chương ...', its date)
    dated_nearer = title_i not in (None, 0, 1) and title_i + 1 < len(lines) and _is_dateline(lines[title_i + 1][2])
    if printed_twice and title_i not in (None, 0, 1) and _is_headline(lines[0][2]) and not dated_nearer:
        # the page's title, then its heading ('... họp phiên thứ hai' twice, one dash apart): the headline, whatever
        # line without a period stands nearer the text (a photo's caption); the page's byline and date under it are not
        title_i, first_body = 0, 2
        while first_body < len(lines) and (_dated_label(lines[first_body][2]) or _dated_byline(lines[first_body][2])):
            first_body += 1
    if title_i is None and printed_twice:
        # a headline that ends with a period, printed twice (the page's title, then its heading): the body follows it
        title_i = 0
        first_body = next(
            (i for i in range(2, len(lines)) if _is_body_line(lines[i][2], unstopped) and not _is_meta(lines[i][2])), first_body
        )
    while first_body - 1 not in (-1, title_i) and _opens_section(lines[first_body - 1][2]):
        first_body -= 1  # 'I. KẾT QUẢ', '1. Khen thưởng cấp Nhà nước' over a report's first item: the body's, not the header's
    if title_i is not None:  # (as written: the title is stored, not read again)
        start, end, line = lines[title_i]
        capitals = in_capitals(line)
        if capitals:
            # a headline in capitals: the rules read it in the casing the article writes its words
            line = truecased(line, doc.text[:start] + " " + doc.text[end:])
            doc.text, lines[title_i] = doc.text[:start] + line + doc.text[end:], (start, end, line)
        doc.title = _SITE_SUFFIX.sub("", doc.as_written(start, end, line))
        doc.headline = _SITE_SUFFIX.sub("", line) if capitals else doc.title
    else:
        doc.title = doc.headline = None
    header = lines[:first_body]
    guessed = False  # the header's date read off a line that does not say it is the posting's ('Thứ Hai, 04/12/2023')
    for i, (_, _, line) in enumerate(header):
        if i != title_i:
            line = _undated_byline(doc, line)  # 'Hoàng Minh - 15/01/2024 08:00' under the headline
        credit = i != title_i and not doc.author and not _is_meta(line) and not re.search(r"\d", line)
        # '(Tin: Lê Hà)' under the headline: a credit in brackets, read as the same credit without them
        line = line.strip()[1:-1] if credit and line.strip().startswith("(") and line.strip().endswith(")") else line
        bracket = _TRAILING_UNIT.match(line.strip(" |")) if credit else None  # 'Lê Thu Hà (Đài TT-TH huyện)'
        names, unit = _byline_names((bracket["names"] if bracket else line).strip(" |")) if credit else ([], None)
        if names:  # 'VĂN TOÀN - ĐOÀN NHÂN |' under the headline
            _set_authors(doc, names, unit or (bracket["unit"] if bracket else None))
        for t in _META_PARTS.split(line) if _is_meta(line) else [line]:
            dated = _without_source(t)  # ('(Baohanam.com.vn) - 08/11/2023': the date beside the site)
            if _META_LINE.match(dated) or _is_dateline(dated) or (i == 1 and title_i == 0 and _LABELLED_DATE.match(t)):
                posted = _POSTED_LABEL.match(dated) is not None
                if doc.published is None or (guessed and posted):
                    # (a bar's today over the headline, then 'Ngày đăng: 02/12/2023' under it: the posting's day)
                    doc.published, guessed = find_date(dated), not posted
            m = _BYLINE_LABEL.match(t)
            names, unit = _byline_names(m.group(1), labelled=True) if m else ([], None)
            if (posted := _META_LINE.match(t)) and (posted["poster"] or posted["labelled"]):  # 'Đăng ngày 18/01/2024 bởi Thu Hà'
                names, unit = _byline_names(posted["poster"] or posted["labelled"], labelled=True)
            if names and names[0].lower() not in _CMS_ACCOUNTS:
                _set_authors(doc, names, unit)
    # the body runs to the last line that reads as prose or a caption before the byline
    last_body = max((i for i, (_, _, t) in enumerate(lines) if _is_body_line(t, unstopped)), default=len(lines) - 1)
    # captions after the last paragraph are still article text; the byline ends it
    # (and a list's items, under its lead-in or a short heading of its own: 'Tập thể:' over '- Trường Tiểu học A')
    while last_body + 1 < len(lines) and (
        not _is_byline(lines[last_body + 1][2]) or _item_of_list(lines, last_body + 1) or _heads_items(lines, last_body + 1)
    ):
        last_body += 1
    tail = [t for _, _, t in lines[last_body + 1 :]]
    # 'Hoàng Minh (TTVH huyện) - 15/01/2024' under the text; '- Thu Hà -', set off by dashes
    tail = [_undated_byline(doc, _DASHED_ROUND.sub(r"\1", t)) for t in tail]
    if doc.published is None:  # some portals print 'Ngày đăng: ...' under the byline, or date the source they credit
        doc.published = next((find_date(t) for t in tail if _META_LINE.match(t) or _is_dateline(t) or _DATED_SOURCE.match(t)), None)
    if doc.published is None and first_body < len(lines) and (tag := _DATED_TAG.match(lines[first_body][2])):
        doc.published = find_date(tag["date"])  # '(Ngày 20/11/2023) - Chiều 18/11, ...': the day it was printed
    if doc.published is None and first_body < len(lines) and (lead := PLACE_DATELINE.match(lines[first_body][2])):
        doc.published = find_date(lead["date"] or lead["bracketed"])
    if doc.published is None and top_date is not None and top_date > first_body:
        # 'BGĐT - Ngày 15/6, huyện ... tổ chức ...' (the sapo), then 'Thứ Hai, 16/06/2025 - 08:45': the page's dateline
        doc.published = find_date(lines[top_date][2])
    if doc.published is not None:
        doc.published = _month_first_if_the_lead_says(doc.published, lines, first_body)
    if not doc.author:
        _byline(doc, tail)
    # '... cho 25 tập thể./. Hồng Nhung': the writer glued to the last paragraph (not a place's name there, which a
    # sentence may end on)
    glued = _GLUED_BYLINE.search(lines[last_body][2]) if not doc.author and not tail and lines else None
    if glued and not gazetteer().is_place_name(glued["byline"].strip("() ")):
        _byline(doc, [glued["byline"]])
    if not doc.author:  # 'N.V' under the text, or 'NT 30/05/2024 17:48' over it: initials, an author but no person
        doc.author = _initials([t for _, _, t in lines[:first_body]], tail)
        doc.author_is_initials = doc.author is not None
    for _, _, t in lines:
        m = _PHOTO_CREDIT.search(t)
        name = byline_name(m["name"], labelled=True) if m else None
        if name and name not in doc.photographers:
            doc.photographers.append(name)
    doc.body_start = lines[first_body][0] if lines else 0
    doc.body_end = lines[last_body][1] if lines else 0
    doc.sentences = list(_sentences(doc.text, lines, first_body, last_body, title_i, unstopped))


def _goes_on(lines: list[tuple[int, int, str]], i: int) -> bool:
    """Whether line i carries on the sentence of the line before it, which ended in ';' (a portal that prints a
    sentence's clauses one to a line): it opens on a word, a count or a quote, and neither it nor the line before
    is an item of a list (whose items may end in ';' too)."""
    line = lines[i][2].lstrip()
    return (
        i > 0
        and lines[i - 1][2].rstrip().endswith(";")
        and (line[:1].isalnum() or line[:1] in _OPENING_QUOTES)
        and not ITEM_MARK.match(line)
        and not _item_of_list(lines, i)
        and (line[:1].islower() or not _item_of_list(lines, i - 1))
    )


_OPENING_QUOTES = '“"‘«'


def _sentences(text: str, lines: list[tuple[int, int, str]], first: int, last: int, title_i: int | None, unstopped: bool = False):
    """Sentences of the title and body; short unpunctuated body lines are photo captions.

    A caption wrapped over two lines (the first ending in a comma) is one sentence;
    lines without a letter (photo numbers) are skipped.
    """
    # (the headline once, if the body's bounds hold it too)
    chosen = ([lines[title_i]] if title_i is not None else []) + [ln for i, ln in enumerate(lines[first : last + 1], first) if i != title_i]
    merged: list[tuple[int, int, str, bool]] = []
    headline_start = lines[title_i][0] if title_i is not None else -1
    for i, (start, end, line) in enumerate(chosen):
        caption = not (title_i is not None and i == 0) and (not _is_body_line(line, unstopped) or _CAPTION_LABEL.match(line) is not None)
        if not any(ch.isalpha() for ch in line):
            continue
        if merged and merged[-1][3] and caption and merged[-1][2].endswith(","):
            prev = merged.pop()
            # the text as it stands between them (a skipped line of digits too), so offsets still hold
            merged.append((prev[0], end, text[prev[0] : end], True))
            continue
        # (a short line too, which reads as a caption, where it opens in lower case: '...; trong đó:', no caption does)
        goes_on_short = caption and line.lstrip()[:1].islower()
        if merged and (not caption or goes_on_short) and not merged[-1][3] and merged[-1][0] != headline_start and _goes_on(chosen, i):
            prev = merged.pop()
            merged.append((prev[0], end, text[prev[0] : end], False))
            continue
        merged.append((start, end, line, caption))
    for start, _end, line, caption in merged:
        pos = 0
        headline = start == headline_start
        for m in _sentence_ends(line):
            if _LIST_NUMBER.fullmatch(line, pos, m.start()):
                continue  # '1. Đề nghị ...': an item's number, not a sentence
            piece = line[pos : m.start()]
            if piece.strip():
                yield Sentence(start + pos, start + m.start(), piece, caption, headline)
            pos = m.end()
        if line[pos:].strip():
            yield Sentence(start + pos, start + len(line), line[pos:], caption, headline)
