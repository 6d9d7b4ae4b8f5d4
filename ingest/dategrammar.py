"""The date grammar, in one place: datelines (a weekday may settle day/month order) and dates in text.

The layout reads datelines with it, the `dates` recogniser dates in sentences
('ngày 17/01', 'sáng 18.8', 'ngày 9 tháng 3 năm 2020'), the year completed from
the publication date when the text leaves it out.
"""

from __future__ import annotations

import datetime as dt
import re

from .names import UPPER

# 'Lai Châu, ngày 10 tháng 01 năm 2023': a document's place and date, as an official letter heads them
PLACE_BEFORE_DATE = re.compile(
    rf"^\s*[{UPPER}][\w.]*(?:\s(?:[{UPPER}]\w*|phố|xã|\d{{1,2}}\b)){{0,4}}(?:\s*\([{UPPER}][\w.]*(?:\s[{UPPER}]\w*){{0,3}}\))?,\s*(?=[Nn]gày\s+\d|\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*\d{{4}})"
)  # (its province in brackets: 'Buôn Hồ (Đắk Lắk), ngày 10/01/2024'; the date in figures alone: 'Yên Bái, 15/3/2024'; a numbered ward: 'Phường 3, ngày ...')
# a dateline that opens a paragraph, then a dash ('Kon Tum, 30/5/2023 - UBND tỉnh ...', 'Hà Nội, ngày 2/3/2024 (TTXVN): ...'),
# or its date in brackets after the place ('Vĩnh Linh (16/10/2024) - ...'): the day it was filed, no day told of
PLACE_DATELINE = re.compile(
    rf"(?:{PLACE_BEFORE_DATE.pattern}(?:[Nn]gày\s+)?(?P<date>\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*(?:19|20)\d{{2}})\s*(?:\([^()]{{1,30}}\)\s*)?"
    rf"|^\s*[{UPPER}][\w.]*(?:\s[{UPPER}]\w*){{0,4}}\s*\(\s*(?:[Nn]gày\s+)?(?P<bracketed>\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*(?:19|20)\d{{2}}"
    # (or written out: 'Vĩnh Linh (16 tháng 10 năm 2024) - ...')
    rf"|\d{{1,2}}\s+tháng\s+\d{{1,2}}\s+năm\s+(?:19|20)\d{{2}})\s*\)\s*)"
    r"[-–—:]\s"
)

# a dateline: [weekday,] dd/mm/yyyy (or mm/dd/yyyy, which only the weekday tells apart)
DATELINE = re.compile(
    r"(?:(?P<wd>T[2-7]|CN|Chủ nhật|Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|Hai|Ba|Tư|Năm|Sáu|Bảy)|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s*(?:[Nn]gày\s+)?)?"
    r"(?<!\d)(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>(?:19|20)\d{2})(?!\d)"
    # (a year of two digits after a slash, as some portals print it: '08/01/24 10:30', this century's)
    r"|(?<![\d/])(?P<a2>\d{1,2})/(?P<b2>\d{1,2})/(?P<y2>[0-3]\d)(?=\s|$|[,|)])"
)
_WEEKDAYS = {
    "t2": 0, "t3": 1, "t4": 2, "t5": 3, "t6": 4, "t7": 5, "cn": 6, "chủ nhật": 6,
    "thứ hai": 0, "thứ ba": 1, "thứ tư": 2, "thứ năm": 3, "thứ sáu": 4, "thứ bảy": 5,
    "thứ 2": 0, "thứ 3": 1, "thứ 4": 2, "thứ 5": 3, "thứ 6": 4, "thứ 7": 5,
    "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip

# the parts of the day a day is told by ('sáng 15/1', 'đêm 11/1'), one list for every pattern of days
PARTS_OF_DAY = "sáng|chiều|tối|trưa|đêm"
# a day as a sentence's lead writes it, by its numbers or its month in words ('15/1', '15-1-2024', '15 tháng 1', '15
# tháng 1 năm 2024'), for the patterns that read such a lead
DAY_WRITTEN = r"\d{1,2}(?:[/.-]\d{1,2}(?:[/.-]\d{4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)"
# a weekday by its name or number ('thứ Hai', 'thứ 7', 'chủ nhật'), as running text writes it
WEEKDAY_NAMED = r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật"
# a date in running text: d/m[/y] after 'ngày', 'sáng', ...; or written out
TEXT_DATE = re.compile(
    r"(?<![\d/.])(?P<d>\d{1,2})\s*(?P<sep>[/-]|\.(?=\d))\s*(?P<m>\d{1,2})(?:\s*(?P=sep)\s*(?P<y>(?:19|20)\d{2}))?(?![\d/]|\.\d)"
    rf"|(?<!\w)(?:(?:{PARTS_OF_DAY})\s+(?:ngày\s+)?|ngày\s+)(?:(?:mùng|mồng)\s+)?(?P<wd>\d{{1,2}})\s+tháng\s+"
    r"(?P<wm>\d{1,2}|mười một|mười hai|một|hai|ba|tư|bốn|sáu|bảy|tám|chín|mười)(?!\w)(?:\s+năm\s+(?P<wy>(?:19|20)\d{2}))?",
    re.I,
)
# what makes '15/1' a day: 'ngày', a part of the day, or 'hôm nay (15/1)', 'chiều qua (14/3)'
# what makes '15/1' a date: a day's word before it ('ngày', 'sáng', 'hôm qua', a weekday: 'Sáng thứ Hai (15/1)')
_DAY_CONTEXT = re.compile(
    rf"(?:ngày|{PARTS_OF_DAY}|hôm|mùng|mồng|{WEEKDAY_NAMED})(?:\s+(?:nay|qua|mùng|mồng))?\s*,?\s*\(?\s*$",
    re.I,
)


def weekday_number(name: str) -> int | None:
    """The weekday a name says, Monday 0 ('Thứ Hai', 'thứ hai', 'T2', 'Chủ nhật'); None for no weekday's name."""
    return _WEEKDAYS.get(re.sub(r"\s+", " ", name.lower()))


def resolve_date(day_or_month: int, month_or_day: int, year: int, weekday: str | None) -> dt.date | None:
    """Read dd/mm/yyyy, unless the weekday says the portal printed mm/dd/yyyy."""
    candidates = []
    for d, m in ((day_or_month, month_or_day), (month_or_day, day_or_month)):
        try:
            candidates.append(dt.date(year, m, d))
        except ValueError:
            continue
    if not candidates:
        return None
    if weekday:
        wanted = weekday_number(weekday)
        for c in candidates:
            if c.weekday() == wanted:
                return c
    return candidates[0]


ISO_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)")  # '2024/01/15' too


def find_date(text: str) -> dt.date | None:
    iso = ISO_DATE.search(text)
    if iso:
        try:
            return dt.date(int(iso["y"]), int(iso["m"]), int(iso["d"]))
        except ValueError:
            pass
    m = DATELINE.search(text)
    if m and m["y2"]:
        return resolve_date(int(m["a2"]), int(m["b2"]), 2000 + int(m["y2"]), None)
    if m:
        return resolve_date(int(m["a"]), int(m["b"]), int(m["y"]), m["wd"])
    w = WRITTEN_DATE.search(text) or MONTH_FIRST_DATE.search(text)
    if w:
        try:
            return dt.date(int(w["y"]), month_of(w["m"]), int(w["d"]))
        except ValueError:
            return None
    e = ENGLISH_DATE.search(text)
    if e:
        try:
            return dt.date(int(e["y"] or e["y2"]), _ENGLISH_MONTHS[(e["m"] or e["m2"])[:3].lower()], int(e["d"] or e["d2"]))
        except ValueError:
            return None
    return None


# a dateline in English, as some content systems print it ('Jan 05, 2024', 'January 5, 2024', '5 Jan 2024')
_ENGLISH_MONTHS = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_ENGLISH_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])\.?"
)
ENGLISH_DATE = re.compile(
    rf"(?<!\w)(?P<m>{_ENGLISH_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})(?!\d)"
    rf"|(?<!\w)(?P<d2>\d{{1,2}})\s+(?P<m2>{_ENGLISH_MONTH}),?\s+(?P<y2>(?:19|20)\d{{2}})(?!\d)",
    re.I,
)


# 'Ngày 12 tháng 01 năm 2023', a dateline some portals write out
# ('16 Tháng Một, 2024': the month in words, as some content systems print it)
_MONTH_WORDS = {
    "một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
    "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}  # fmt: skip
WRITTEN_DATE = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2}|mười một|mười hai|"
    + "|".join(k for k in _MONTH_WORDS if " " not in k)
    + r")\s*(?:năm|,|/)?\s*(?P<y>(?:19|20)\d{2})(?!\d)",
    re.I,
)


# ('Tháng Mười Hai 5, 2023': the month first, as a content system's Vietnamese locale prints it)
MONTH_FIRST_DATE = re.compile(
    r"(?<!\w)tháng\s+(?P<m>\d{1,2}|mười một|mười hai|"
    + "|".join(k for k in _MONTH_WORDS if " " not in k)
    + r")\s+(?P<d>\d{1,2}),\s*(?P<y>(?:19|20)\d{2})(?!\d)",
    re.I,
)


def month_of(word: str) -> int:
    """'01' -> 1, 'Một' -> 1, 'Mười Hai' -> 12."""
    return int(word) if word.isdigit() else _MONTH_WORDS[" ".join(word.lower().split())]


# a day of the lunar calendar ('mùng 10 tháng 3 âm lịch'; the lunar months by their names, 'tháng Giêng', are not read)
_LUNAR = re.compile(r"\s*\(?\s*(?:âm lịch|ÂL)(?!\w)", re.I)


def text_date(sentence: str, m: re.Match[str], published: dt.date | None) -> dt.date | None:
    day, month, year_text = (m["d"], m["m"], m["y"]) if m["d"] else (m["wd"], m["wm"], m["wy"])
    if _LUNAR.match(sentence, m.end()):
        return None
    if year_text is None and m["d"] and not _DAY_CONTEXT.search(sentence[max(0, m.start() - 12) : m.start()]):
        return None  # '15/1' is a date only after 'ngày', 'sáng', 'chiều' ...
    year = int(year_text) if year_text else (published.year if published else None)
    if year is None:
        return None
    try:
        date = dt.date(year, month_of(month), int(day))
    except ValueError:
        return None
    if year_text is None and published and date > published:
        date = date.replace(year=year - 1)
    return date
