"""The `dates` layer: every date a sentence gives, read with the one date grammar."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from . import lexicon
from .dategrammar import PARTS_OF_DAY, PLACE_DATELINE, TEXT_DATE, WEEKDAY_NAMED, text_date, weekday_number
from .document import Document, Span


def recognise_dates(doc: Document) -> None:
    """Layer `dates`: every date of a sentence (value: datetime.date)."""
    spans = []
    reference, rule_suffix = doc.published, ""
    if reference is None and (reference := _article_reference(doc)):
        rule_suffix = "-year-of-article"
    lead = doc.lead_sentence()
    for sent in doc.sentences:
        spans_of_years = [(r.start(), r.end()) for r in _ANNIVERSARY_SPAN.finditer(sent.text)]
        spans_of_years += [(r.start(), r.end()) for r in _DATED_TAG.finditer(sent.text)]  # the day it was printed
        if sent is lead and (dateline := PLACE_DATELINE.match(sent.text)) and TEXT_DATE.search(sent.text, dateline.end()):
            # 'Vĩnh Linh, 16/10/2024 - Ngày 15/10, ...': the day it was filed, where the lead tells the day of its own
            # (with none, the filing day is the day it tells of: 'Kon Tum, 30/5/2023 - UBND tỉnh tổ chức ...')
            spans_of_years.append(dateline.span())
        ranges = []
        # 'Từ 10/1 - 12/1/2024', 'Trong 2 ngày 16 và 17/1': the event began on the first day (a range of dates read first)
        for regex, first_day in _RANGES:
            for r in regex.finditer(sent.text):
                if any(a <= r.start() < b for a, b in ranges) or (found := first_day(r, reference)) is None:
                    continue
                date, own_year = found
                ranges.append((r.start(), r.end()))
                rule = "dates.range-start" + ("" if own_year else rule_suffix)
                spans.append(Span(sent.start + r.start(), sent.start + r.end(), rule, date))
        if doc.published is not None and (" nay" in sent.text or " qua" in sent.text):
            for r in _RELATIVE_DAY.finditer(sent.text):  # 'do Sở Y tế tổ chức sáng nay': the day it was published
                date = doc.published - dt.timedelta(days=1 if r["which"].lower() == "qua" else 0)
                spans.append(Span(sent.start + r.start(), sent.start + r.end(), "dates.relative-to-published", date))
        if doc.published is not None and ("thứ" in (lowered := sent.text.lower()) or "chủ nhật" in lowered):
            for r in _WEEKDAY.finditer(sent.text):  # 'Sáng thứ Hai, ...' in a Tuesday's news: the day before, the last such
                weekday = weekday_number(r["day"])
                if weekday is None:
                    continue
                date = doc.published - dt.timedelta(days=(doc.published.weekday() - weekday) % 7)
                spans.append(Span(sent.start + r.start(), sent.start + r.end(), "dates.relative-to-published", date))
        for m in TEXT_DATE.finditer(sent.text):
            if any(a <= m.start() < b for a, b in spans_of_years + ranges):
                continue  # '(20/11/1982 - 20/11/2025)': the years an anniversary counts, not when anything happened
            date = text_date(sent.text, m, reference)
            if date is not None:
                rule = "dates.numeric" if m["d"] else "dates.written"
                if _BOUND.search(sent.text, max(0, m.start() - 14), m.start()):
                    rule = "dates.bound"  # 'đến ngày 30/5 đã hoàn thành': a deadline or a range's end, not when it happened
                elif _DOCUMENT_DATE.search(sent.text, max(0, m.start() - _DOCUMENT_REACH), m.start()):
                    rule = "dates.document"  # 'Thực hiện Kế hoạch số 12/KH-UBND ngày 2/1/2024, ...': when it was signed
                rule += rule_suffix if not (m["y"] or m["wy"]) else ""
                spans.append(Span(sent.start + m.start(), sent.start + m.end(), rule, date))
    doc.write_layer("dates", spans)


# days of one month, a range or a pair, after 'ngày': 'ngày 16-17/1', 'ngày 16 và 17/1/2023', 'từ ngày 16 đến ngày 18/1',
# 'trong các ngày từ 9 - 10/3', 'diễn ra từ 10 - 11/1/2024';
# or in brackets, after a span of days told: 'Diễn ra trong 2 ngày (14-15/12)', 'Sau 2 ngày làm việc (từ 14 đến 15/12)'
# (or its month written out: 'Trong 2 ngày 24 và 25 tháng 4 năm 2023')
_DAY_RANGE = re.compile(
    r"(?:(?<!\w)ngày\s+(?:từ\s+)?|(?<!\w)từ\s+(?:ngày\s+)?|\(\s*(?:từ\s+)?(?:ngày\s+)?)(?P<d1>\d{1,2})\s*(?:[-–]|và|,|đến(?:\s+ngày)?)\s*(?P<d2>\d{1,2})"
    r"(?:\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})(?:\s*(?P=sep)\s*(?P<y>(?:19|20)\d{2}))?(?![\d/]|\.\d)"
    r"|\s+tháng\s+(?P<wm>\d{1,2})(?:\s+năm\s+(?P<wy>(?:19|20)\d{2}))?(?!\d))",
    re.I,
)


# two days each with its month, from the first to the second ('Từ 10/1 - 12/1/2024', 'từ ngày 10/1 đến ngày 12/1')
_DATE_RANGE = re.compile(
    r"(?<!\w)từ\s+(?:ngày\s+)?(?P<d1>\d{1,2})\s*[/.]\s*(?P<m1>\d{1,2})(?:\s*[/.]\s*(?P<y1>(?:19|20)\d{2}))?"
    r"\s*(?:[-–]|đến(?:\s+ngày)?)\s*(?P<d2>\d{1,2})\s*[/.]\s*(?P<m2>\d{1,2})(?:\s*[/.]\s*(?P<y2>(?:19|20)\d{2}))?(?![\d/])",
    re.I,
)


def _dates_range_start(r: re.Match[str], reference: dt.date | None) -> tuple[dt.date, bool] | None:
    """The first of two dates a range names, its year its own, or the second's (the year before, where its month is
    later: 'từ 30/12 đến 2/1/2024'), or the reference's; and whether the range says its year."""
    m1, m2 = int(r["m1"]), int(r["m2"])
    if r["y1"]:
        year = int(r["y1"])
    elif r["y2"]:
        year = int(r["y2"]) - (1 if m1 > m2 else 0)
    elif reference is not None:
        year = reference.year
    else:
        return None
    return _first_day(year, m1, int(r["d1"]), bool(r["y1"] or r["y2"]), reference)


def _range_start(r: re.Match[str], reference: dt.date | None) -> tuple[dt.date, bool] | None:
    """The first day of a range of days, its year the range's own or the reference's (the last before it); and whether
    the range says its year."""
    own_year = r["y"] or r["wy"]
    year = int(own_year) if own_year else (reference.year if reference else None)
    if year is None or not int(r["d1"]) < int(r["d2"]):
        return None
    return _first_day(year, int(r["m"] or r["wm"]), int(r["d1"]), bool(own_year), reference)


def _first_day(year: int, month: int, day: int, own_year: bool, reference: dt.date | None) -> tuple[dt.date, bool] | None:
    """A range's first day; a year not its own is the last before the reference's day."""
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return (date.replace(year=year - 1) if not own_year and reference and date > reference else date), own_year


# the ranges a sentence may tell, each with what reads its first day: two dates first, then days of one month
_RANGES = ((_DATE_RANGE, _dates_range_start), (_DAY_RANGE, _range_start))


_BOUND = lexicon.cue("date-bound")
_DOCUMENT_DATE = lexicon.cue("document-date")
_DOCUMENT_REACH = 60  # a document's number and 'ngày' before its date: well within this


def tells_when(span: Span) -> bool:
    """Whether a date says when something happened: not a deadline or a range's end ('đến ngày 30/5'), nor the day a
    document was signed ('Kế hoạch số 12/KH-UBND ngày 2/1/2024')."""
    return not span.rule.startswith(("dates.bound", "dates.document"))


# no date of its own right after a day's name ('hôm nay (15/1)', 'Hôm nay, 11-3', 'Sáng thứ Hai (15/1)' have one)
_NO_DATE_AFTER = r"(?!\w)(?!\s*\(?\s*(?:ngày\s+)?\d)(?!\s*,\s*(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d)"
# a day named against the publication date, with no date of its own after it
_RELATIVE_DAY = re.compile(rf"(?<!\w)(?:{PARTS_OF_DAY}|hôm)\s+(?P<which>nay|qua){_NO_DATE_AFTER}", re.I)
# a weekday after a part of the day, with no date of its own after it ('Sáng thứ Hai, UBND huyện tổ chức ...'; not 'lần
# thứ năm', no day)
_WEEKDAY = re.compile(rf"(?<!\w)(?:{PARTS_OF_DAY})\s+(?:ngày\s+)?(?P<day>{WEEKDAY_NAMED}){_NO_DATE_AFTER}", re.I)
_ANNIVERSARY_SPAN = lexicon.cue("anniversary-span")
_DATED_TAG = lexicon.cue("dated-tag")
_BORN = lexicon.cue("birth-year")
_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d{2}(?![\d/])")
# a year named after what it is the year of ('... năm 2023'; not a range, 'năm 2023-2024', nor a date, 'năm 2023/...')
_OF_YEAR = r"năm\s+(?P<year>(?:19|20)\d{2})(?![\d/-]|\s*-\s*\d)"
# the year a year-end review reviews ('tổng kết công tác Hội năm 2023'), held at the turn of that year and the next
# (not the review of a month, a round or a contest of that year, held when it ends: 'tổng kết Tháng Công nhân năm 2023')
_YEAR_REVIEWED = re.compile(r"(?i:tổng kết)(?:(?!(?i:tháng|đợt|hội thi|cuộc thi|chiến dịch)(?!\w))[^.\n]){0,80}?(?<!\w)" + _OF_YEAR)

# the year a meeting carries the work into ('triển khai nhiệm vụ năm 2024', 'ký kết giao ước thi đua năm 2024', 'phát động
# phong trào thi đua năm 2024'), held at its start (or at the end of the year before, with the review of that one); not a
# plan or a task done ('hoàn thành xuất sắc nhiệm vụ năm 2023') nor a law put in force ('triển khai Luật Thuế năm 2023')
_YEAR_AHEAD = re.compile(
    r"(?i:(?:triển khai|phương hướng)(?:,?\s+(?:công tác|nhiệm vụ|kế hoạch)(?:\s+(?:trọng tâm|chủ yếu))?)?"
    r"|(?:giao ước|phát động)(?:\s+phong trào)?\s+thi đua(?:\s+yêu nước)?)\s+" + _OF_YEAR
)
# the year a mid-year meeting is of ('sơ kết 6 tháng đầu năm 2024', '... nhiệm vụ 6 tháng cuối năm 2024', 'quý III năm 2024')
_YEAR_UNDER_WAY = re.compile(
    r"(?:(?i:sơ kết)[^.\n]{0,120}?|(?i:\d+\s+tháng\s+(?:đầu|cuối)|quý\s+[IV1-4]+|những tháng cuối)\s+)(?<!\w)" + _OF_YEAR
)
# the year a festival, contest or month of action is of, named after it ('Ngày hội Đại đoàn kết toàn dân tộc năm 2022',
# 'Hội thi ... năm 2023'): held in that year (not its review, 'tổng kết Hội thi ... năm 2023', nor a prize of it); so a
# ceremony that starts or ends something in its year ('lễ trao bằng tốt nghiệp đợt 2 năm 2025', 'Lễ ra quân ... năm 2024')
_YEAR_HELD = re.compile(
    r"(?<!tổng kết )(?<!sơ kết )(?i:ngày hội|lễ hội|hội thi|hội thao|hội diễn|liên hoan|hội khỏe|hội trại|tuần lễ"
    r"|lễ (?:trao bằng tốt nghiệp|tốt nghiệp|bế giảng|ra quân|khởi công|khánh thành))"
    r"(?:(?!(?i:năm học))[^.\n]){0,80}?(?<!\w)" + _OF_YEAR
)

# a school year's review ('tổng kết năm học 2022-2023'): held in the summer the school year ends, its days of that year
_SCHOOL_YEAR_REVIEWED = re.compile(r"(?i:tổng kết)\s+(?:công tác\s+)?(?i:năm học)\s+(?:19|20)\d{2}\s*[-–]\s*(?P<end>(?:19|20)\d{2})(?!\d)")


# a period's review ('tổng kết phong trào thi đua ... giai đoạn 2019-2024', '... 5 năm (2019 - 2024)'), or the honours of
# its models ('tuyên dương 100 gương điển hình tiên tiến ... giai đoạn 2020-2024'): held in the year the period ends, its
# days without a year that year's at the earliest (its first year, named as often, is long past); not a congress, which
# may name the period ahead ('Đại hội Thi đua yêu nước ... giai đoạn 2025 - 2030')
# (the period found first, then the review before it in its sentence: the review's words tried at every position of a
# long report had cost more than the rest of the dating)
_PERIOD = re.compile(r"(?:(?i:giai đoạn)\s+|\(\s*)(?:19|20)\d{2}\s*[-–]\s*(?P<end>(?:19|20)\d{2})(?!\d)")
# (not across a launch: '... điển hình tiên tiến (giai đoạn 2015-2020) và phát động phong trào thi đua giai đoạn 2020-2025'
# names the period ahead)
_REVIEWED_BEFORE = re.compile(
    r"(?i:tổng kết|sơ kết|tuyên dương|biểu dương|tôn vinh|vinh danh|điển hình tiên tiến)(?:(?!(?i:phát động|triển khai))[^.\n]){0,120}?$"
)


# a school year named ('Hội khỏe Phù Đổng ... năm học 2023-2024'): its days from September in its first year, to August
# in its second
_SCHOOL_YEAR = re.compile(r"(?i:năm học)\s+(?P<start>(?:19|20)\d{2})\s*[-–]\s*(?P<end>(?:19|20)\d{2})(?!\d)")


def _article_reference(doc: Document) -> dt.date | None:
    reference = _reference_by_years(doc)
    text = f"{doc.headline or ''} {doc.body}"
    ends = [dt.date(int(m["end"]), 12, 31) for m in _SCHOOL_YEAR_REVIEWED.finditer(text)]
    ends += [
        dt.date(int(m["end"]), 12, 31) for m in _PERIOD.finditer(text) if _REVIEWED_BEFORE.search(text, max(0, m.start() - 150), m.start())
    ]
    reference = max([reference, *ends] if reference else ends, default=None)
    # (one school year named, of the year found or with none found: its days of January to August are its second year's)
    school_years = {int(m["end"]) for m in _SCHOOL_YEAR.finditer(text) if int(m["end"]) == int(m["start"]) + 1}
    if len(school_years) == 1 and (end := school_years.pop()) and (reference is None or reference.year in (end - 1, end)):
        return max(reference or dt.date.min, dt.date(end, 8, 31))
    return reference


# an anniversary of a day the country keeps ('kỷ niệm 77 năm Ngày truyền thống lực lượng CAND'): the year it falls in,
# the first year of the day (anniversaries.tsv) and the years counted; not a province's own day ('... Công an tỉnh X')
_FIRST_YEARS = [(re.compile(rf"(?:{pattern})$", re.I), int(year)) for pattern, year in lexicon.rows("anniversaries.tsv")]
_ANNIVERSARY = re.compile(
    r"(?<![\w/.-])(?P<n>\d{1,3})\s+năm\s+(?:ngày\s+)?(?:(?:truyền thống|thành lập)\s+(?:của\s+)?)?(?:lực lượng\s+)?"
    rf"(?P<day>{'|'.join(f'(?:{pattern})' for pattern, _ in lexicon.rows('anniversaries.tsv'))})(?!\w)"
    r"(?!\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|khu vực|Quân khu)(?!\w))",
    re.I,
)


def anniversary_year(text: str) -> int | None:
    """The year the anniversaries an article celebrates fall in (the latest, if it counts several), or None."""
    years = [first + int(m["n"]) for m in _ANNIVERSARY.finditer(text) for day, first in _FIRST_YEARS if day.match(m["day"])]
    return max(years, default=None)


def _reference_by_years(doc: Document) -> dt.date | None:
    """The latest date an undated article can speak of, for dates it gives without a year ('Tối ngày 28.12'): the end
    of the year it names most (the later on a tie), as a year-end report names the year it reports on. A report that
    also names the next year (its tasks, its new movement), or reviews the year ('tổng kết ... năm 2023'), is written at
    the turn of the two: its days of January to June are the next year's ('Sáng 14/02, hội nghị tổng kết năm 2014 ...')."""
    text = _BORN.sub(" ", f"{doc.headline or ''} {doc.body}")
    years = Counter(int(y) for y in _YEAR.findall(text))
    year = max(years, key=lambda y: (years[y], y)) if years else None
    # a year named once, and not in the headline, is no evidence of when the article was written
    # (or one a review names as the year it reviews: 'tổng kết công tác năm 2023' in an article with no headline)
    reviewed = {int(m["year"]) for m in _YEAR_REVIEWED.finditer(text)}
    # (or the year the meeting is of, mid-year or ahead: 'sơ kết 6 tháng đầu năm 2024', 'giao ước thi đua năm 2024')
    under_way = {int(m["year"]) for m in _YEAR_UNDER_WAY.finditer(text)}
    under_way |= {int(m["year"]) for m in _YEAR_HELD.finditer(text)}  # ('Ngày hội ... năm 2022': held in it)
    ahead = {int(m["year"]) for m in _YEAR_AHEAD.finditer(text)} - under_way
    named = reviewed | under_way | ahead
    if year is not None and years[year] < 2 and year not in named and named:
        year = max(named, key=lambda y: (years[y], y))  # ('... giao ước thi đua năm 2024', then 'Cụm trưởng năm 2025')
    if year is None or (years[year] < 2 and str(year) not in (doc.headline or "") and year not in named):
        # but a whole date is ('Trước đó, ngày 01/9/2021, em A ...'): the article is of its year at the latest one
        dated = [int(m["y"] or m["wy"]) for m in TEXT_DATE.finditer(text) if m["y"] or m["wy"]]
        if not dated or max(dated) < max(years, default=0):
            # ('Sáng 19/8, ... lễ kỷ niệm 77 năm Ngày truyền thống lực lượng CAND': the anniversary's year)
            year = anniversary_year(text) or _year_by_weekday(text, years)
            return dt.date(year, 12, 31) if year is not None else None
        return dt.date(max(dated), 12, 31)
    if year in reviewed:
        reference = dt.date(year + 1, 6, 30)
    elif year in under_way:
        reference = dt.date(year, 12, 31)
    elif year in ahead:  # a year ahead is no year reviewed, whatever year after it the article names ('Cụm trưởng năm 2025')
        reference = dt.date(year, 6, 30)
    else:
        reference = dt.date(year + 1, 6, 30) if year + 1 in years else dt.date(year, 12, 31)
    # (no earlier than a whole date it tells: 'Ngày 25/7/2023, ... tổng kết năm học 2022-2023', then 'Trước đó, ngày 20/7')
    return max([reference, *(d for m in TEXT_DATE.finditer(text) if (m["y"] or m["wy"]) and (d := text_date(text, m, None)))])


# a weekday, then a day of a month with no year ('Thứ Hai (6/3)', 'sáng Chủ nhật, 5/11', 'thứ Bảy, ngày 9/12')
_WEEKDAY_DATE = re.compile(
    r"(?<!\w)(?P<wd>thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\s*,?\s*\(?\s*(?:ngày\s+)?(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})"
    r"(?!\d)(?!\s*[/.-]\s*\d)",
    re.I,
)


def _year_by_weekday(text: str, years: Counter[int]) -> int | None:
    """The one year the article names (or the one after it, when a report of it is held) that a weekday it gives a day
    of a month falls on ('Thứ Hai (6/3)' in an article naming 2022 and 2023: 2023, the year 6 March was a Monday)."""
    candidates = set(years) | {y + 1 for y in years}
    for m in _WEEKDAY_DATE.finditer(text):
        wanted = weekday_number(m["wd"])
        fits = set()
        for y in candidates:
            try:
                if dt.date(y, int(m["m"]), int(m["d"])).weekday() == wanted:
                    fits.add(y)
            except ValueError:
                continue
        if len(fits) == 1:
            return fits.pop()
    return None


def date_before(doc: Document, start: int, end: int) -> dt.date | None:
    """The first date given in text[start:end] (a sentence up to its event's verb)."""
    return next((s.value for s in doc.spans("dates", start, end) if s.end <= end and tells_when(s)), None)
