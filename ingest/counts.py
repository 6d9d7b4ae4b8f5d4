"""The count grammar, in one place: how many recipients of what kind ('hơn 37 tập thể', '01 cá nhân', '8/9 ấp').

A bare number word ('năm 2020', 'ba') is not a count; zero is not a count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import levels, lexicon
from .casefree import lowered, searchable
from .dategrammar import PARTS_OF_DAY
from .document import Document, Span
from .names import LOWER, UPPER

_NUMBERS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
# the ones after a ten ('mười lăm', 'hai mươi mốt'): five is 'lăm', one 'mốt', four may be 'tư'
_ONES = {**{k: v for k, v in _NUMBERS.items() if v < 10}, "lăm": 5, "nhăm": 5, "mốt": 1, "tư": 4}
_TENS = r"(?:(?:hai|ba|bốn|năm|sáu|bảy|tám|chín)\s+mươi|mười)"
_DIGIT = "một|hai|ba|bốn|năm|sáu|bảy|tám|chín"
_BELOW_HUNDRED = rf"{_TENS}(?:\s+(?:{'|'.join(_ONES)}))?|{_DIGIT}"
# hundreds, a ten or a one after them ('một trăm hai mươi', 'hai trăm lẻ tám': 'lẻ' or 'linh' before a one alone)
_HUNDREDS = rf"(?:{_DIGIT})\s+trăm(?:\s+(?:(?:lẻ|linh)\s+(?:{_DIGIT})|{_TENS}(?:\s+(?:{'|'.join(_ONES)}))?))?"
_NUMBER_WORDS = rf"{_HUNDREDS}|{_BELOW_HUNDRED}"
# words for a number left uncounted ('nhiều', 'hàng chục', 'hàng trăm'): a count without a value
_UNCOUNTED = r"nhiều|hàng (?:chục|trăm|nghìn|ngàn)"
_NOUNS = {noun.lower(): kind for noun, kind in lexicon.count_nouns()}  # read in lower case, abbreviations too ("CĐCS")
# the count nouns as one alternation, longest first: other modules put it in their own patterns
# (both kinds joined by a slash, spaced or not: '12 tập thể/cá nhân', '12 tập thể / cá nhân')
# (and any calling of a person by '... viên', which the table need not list: '4 phiên dịch viên', '6 giao dịch viên'; not
# '3 công viên', parks)
# (nor a number word before a calling: 'tám hội viên' counts 'hội viên')
_MEMBER = rf"(?!công\s+viên)(?!(?:{_DIGIT}|mười|mươi|lăm|mốt)\s)[{LOWER}]+(?:\s+[{LOWER}]+)?\s+viên"
_MEMBER_RE = re.compile(_MEMBER, re.I)
NOUN_RE = "|".join(re.escape(n).replace("/", r"\s*/\s*") for n in sorted(_NOUNS, key=len, reverse=True)) + "|" + _MEMBER
# a count's number, in digits or in words, then its noun ('5 cá nhân', 'hai cá nhân', 'mười lăm tập thể'): what the
# patterns that look ahead for a count match (not 'năm 2023', no noun after it)
COUNTED = rf"(?:{lexicon.cue('count-number').pattern})\s+(?i:{NOUN_RE})(?!\w)"
# the word after a count noun that makes it another word ('3 em nhỏ', 'cụ thể', 'tổ chức'): no one counted
_NOT_THE_NOUN = r"(?!\s+(?:nhỏ|bé|thể|chức|đất|cát|đá|bê tông|gỗ|rác|nước)(?!\w))"
_COUNT = re.compile(
    # ('tổng cộng 156 lượt tập thể', 'cho tổng số 56 cá nhân': a total, its word read with it)
    # ('trên dưới 30 cá nhân', 'xấp xỉ 200 hội viên': about as many)
    # (not the month of a date written with a dash, 'Ngày 26-7 huyện X tổ chức ...', its comma left out: the 7 counts nothing)
    r"(?<![\w/.,])(?<!\d[-–])(?:tổng\s+(?:cộng|số)\s+)?(?:(?P<approx>hơn|trên dưới|trên|gần|khoảng|gần như|xấp xỉ)\s+)?"
    # ('hơn 1 nghìn lượt', '1,2 nghìn': thousands by their word)
    rf"(?P<num>\d{{1,3}}(?:,\d{{1,2}})?\s+(?:nghìn|ngàn)|\d{{1,3}}(?:\.\d{{3}})+|\d+|{_NUMBER_WORDS}|{_UNCOUNTED})(?:/(?P<of>\d{{1,3}}(?:\.\d{{3}})+|\d+))?(?![\d/%,.]\d)"
    # '3 nam thanh niên', '20 em học sinh', '245 lượt tập thể'; '8 em' counted, '3 em nhỏ' (small children) not, nor
    # '40 cụ' in '5 cụ thể' ('specific'), nor '3 tổ' in 'khóm 3 tổ chức' ('organises'); the
    # noun may open the quoted title they earn ('tuyên dương 100 “Gương mặt trẻ tiêu biểu”')
    # ('01 (một) tập thể': the number again in words, in brackets, as decisions write it)
    r"(?:\s*\((?:" + _NUMBER_WORDS + r")\))?"
    r"(?:\s+[“\"«]?(?:(?:nam|nữ|em|cháu|lượt)\s+)?(?P<noun>" + NOUN_RE + r")(?!\w)" + _NOT_THE_NOUN + r")?(?!\w)",
    re.I,
)
_COUNT_LOWER = lowered(_COUNT)
# times counted alone, at the end of what they count ('Giấy khen: 150 lượt.', 'cho 150 lượt và ...')
_TIMES_ALONE = re.compile(r"\s*(?:[.,;:)]|$|\s(?:và|được|cho|trong|năm|đạt|có)(?!\w))")
_DATE_WORD_BEFORE = re.compile(r"(?<!\w)(?:năm|tháng|ngày)\s*$", re.I)
_IN_THE_YEAR = re.compile(r"(?<!\w)(?:trong|suốt|cả|mỗi|hằng|hàng)\s+$", re.I)
# 'lần thứ 2', 'thứ 3': an ordinal, not a count ('Đây là lần thứ 2 tập thể lớp nhận Bằng khen'); and a number that
# names a class, a grade, a team or a hamlet ('học sinh lớp 8 Trường THCS X', 'khóa 12 học viên', 'Khu phố 4 phường X'; not 'trong số 36 tập thể')
# (but those whose relatives receive for them are who: 'cho thân nhân của 9 Bà mẹ', 'gia đình của 3 liệt sĩ')
_WHERE_BEFORE = re.compile(r"(?<!\w)(?:tại|ở|(?<!thân nhân )(?<!người thân )(?<!gia đình )(?<!thân nhân các )của)\s+$", re.I)
_ORDINAL_BEFORE = re.compile(
    r"(?<!\w)(?:thứ|lớp|khối|khóa|tổ|khu|thôn|ấp|bản|xóm|buôn|khóm|làng|(?<!thành )phố|vực|đội|quận|phường)\s*$", re.I
)  # (not a city's 'thành phố': 'Bằng khen của UBND Thành phố 45 vận động viên' counts them)
_DAY_BEFORE = re.compile(r"(?<!\w)(?:ngày|" + PARTS_OF_DAY + r"|hôm)\s*$", re.I)


@dataclass
class Count:
    start: int
    end: int
    value: int | None
    approx: bool
    kind: str | None
    rule: str = "counts.number-noun"
    title: str | None = None  # the quoted title those counted are commended under ('20 “Thủ lĩnh thanh niên tiêu biểu”')


def number_value(written: str) -> int | None:
    """A number as written, in digits or in words ('12', 'hai', 'mười lăm')."""
    written = written.strip().lower()
    return int(written) if written.isdigit() else _number_words(written)


def _number_words(words: str) -> int | None:
    """'mười lăm' -> 15, 'hai mươi mốt' -> 21, 'ba' -> 3, 'một trăm lẻ tám' -> 108; 'nhiều', 'hàng chục' -> None
    (a count without a value)."""
    if re.fullmatch(_UNCOUNTED, words):
        return None
    parts = words.split()
    if len(parts) > 1 and parts[1] == "trăm":
        rest = [p for p in parts[2:] if p not in ("lẻ", "linh")]
        tail = _number_words(" ".join(rest)) if rest else 0
        return _NUMBERS[parts[0]] * 100 + (tail or 0)
    if parts[0] == "mười":
        return 10 + (_ONES[parts[1]] if len(parts) > 1 else 0)
    if len(parts) > 1 and parts[1] == "mươi":
        return _NUMBERS[parts[0]] * 10 + (_ONES[parts[2]] if len(parts) > 2 else 0)
    return _NUMBERS[parts[0]]


# a sum of money after a bare number ('5 triệu đồng', '500.000 đồng', '2,5 tỷ đồng', '300 USD')
_MONEY_AFTER = re.compile(r"(?:,\d+)?\s*(?:(?:triệu|nghìn|ngàn|tỷ|trăm)\s+)*(?:đồng|đ|USD|VNĐ|VND)(?!\w)", re.I)


# the members of a body who vote, after their count ('12/15 thành viên Hội đồng nhất trí', '100% đại biểu tán thành')
_VOTERS = re.compile(
    r"(?:\s+(?:Hội đồng|HĐ|Ban|Thường trực|có mặt|dự họp|tham dự)(?:\s+[^\s,;.]+){0,6}?)?\s+(?:đã\s+)?(?:nhất trí|thống nhất|đồng ý|tán thành|bỏ phiếu|biểu quyết)(?!\w)"
)


_TWO_KINDS = {"collective", "individual"}
# a noun of the other kind listed right after a count's ('10 doanh nhân, doanh nghiệp', '50 hộ gia đình và cá nhân'):
# the count is of both; not a body it names ('5 cá nhân và tập thể Trường X': the five, and that one body), nor a title
# in capitals ('cho 112 tập thể, Lao động tiên tiến cho 1.254 cá nhân')
_RECEIVES = re.compile(r"\s+(?:(?:đã|đều|cũng|vinh dự)\s+)*(?:được|nhận|đón nhận)(?!\w)")
# (not a word the noun opens: '3 tập thể, cụ thể:' counts bodies only)
_OTHER_NOUN = re.compile(rf"\s*(?:,|và|&)\s*(?P<noun>{NOUN_RE})(?!\w){_NOT_THE_NOUN}(?!\s+(?-i:[{UPPER}\d]))", re.I)

# units counted as having some of their own commended ('14 phường đều có đại diện được tuyên dương', '5 xã có hộ gia đình
# được khen thưởng'): the units are where those commended are, not whom
_HAVE_THEIR_OWN = re.compile(
    r"(?:\s+[^\s,;.]+){0,3}?\s+(?:(?:đều|cũng)\s+)?có\s+(?:(?:các|những|một số|nhiều)\s+)?(?:đại diện|" + NOUN_RE + r")(?!\w)"
    r"[^,;.]{0,40}?\s(?:(?:đã|đều|cũng)\s+)?được\s+(?:(?:trao\s+)?tặng|trao|khen|tuyên dương|biểu dương|vinh danh|nhận|(?:truy|phong)\s+tặng)(?!\w)",
    re.I,
)


# a bare number, then 'và' and another's predicate and count, its noun the one both count ('công nhận mới 3 và công
# nhận lại 9 thôn văn hóa'): a verb of a few words in lower case between (not numbers alone, '1, 2 và 4 tập thể', which
# may count in turn)
_NOUN_ELIDED = re.compile(rf"\s+và\s+(?:[{LOWER}]+\s+){{1,3}}?\d+\s+(?P<noun>{NOUN_RE})(?!\w){_NOT_THE_NOUN}", re.I)


def _subject_again(text: str, start: int, other: re.Match[str]) -> bool:
    """Whether the noun after a count's comma is the subject that has the counted ones, told again as the subject of
    what follows ('Hợp tác xã có 120 thành viên, hợp tác xã được UBND tỉnh tặng Cờ thi đua'): no second noun of the count."""
    if not other.group(0).lstrip().startswith(","):
        return False
    noun = re.escape(other["noun"])
    return re.search(rf"(?:^|[,;:.]\s*)(?i:{noun})(?:\s+\w+){{0,2}}\s+có\s+$", text[max(0, start - 60) : start]) is not None


def counts_in(text: str) -> list[Count]:
    """Counts of recipients in `text`: a number (or a number word, or 'nhiều') and the noun counted."""
    out = []
    searched, pattern = searchable(text, _COUNT, _COUNT_LOWER)  # its groups are read in lower case anyway
    for m in pattern.finditer(searched):
        num = " ".join(m["num"].lower().split())
        if not num[0].isdigit():
            if not m["noun"]:
                continue  # 'năm 2020', 'ba' alone: not a count
            value = _number_words(num)
        elif num.endswith(("nghìn", "ngàn")):  # '1,2 nghìn', as the pattern's first alternative reads it
            value = round(float(num.split()[0].replace(",", ".")) * 1000)
        else:
            value = int(num.replace(".", ""))
        if m["of"] and (
            not m["noun"] or not num[0].isdigit() or value > int(m["of"].replace(".", "")) or _DAY_BEFORE.search(text, 0, m.start())
        ):
            continue  # '8/9 ấp': 8 of the 9 counted; '15/10' without a noun, or after 'ngày', is a date
        if num == "năm" and _IN_THE_YEAR.search(text, max(0, m.start() - 8), m.start()):
            continue  # 'Trong năm huyện đã tổ chức ...': in the year, not five districts
        if value == 0 or (m["num"][0].isdigit() and _DATE_WORD_BEFORE.search(text, max(0, m.start() - 8), m.start())):
            continue  # 'năm 2023 thôn có 95% hộ ...', 'tháng 12 Chủ tịch Hội ...': a year, a month or a day before the subject, not a count
        if _ORDINAL_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # 'lần thứ 2 tập thể lớp nhận ...': the second time; 'lớp 8 Trường X': the eighth grade
        if _WHERE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue  # 'tại nhiều quận - huyện, ... tổ chức lễ truy tặng ...', 'ở 5 xã': where, not who ('con của một Bà mẹ ...': whose)
        if not m["noun"] and _MONEY_AFTER.match(text, m.end()):
            continue  # 'trao Giấy khen và số tiền 5 triệu đồng/cá nhân': a sum of money, no one counted
        if m["noun"] and _VOTERS.match(text, m.end()):
            continue  # '12/15 thành viên Hội đồng nhất trí đề nghị ...': those who voted, not those commended
        if m["noun"] and _HAVE_THEIR_OWN.match(text, m.end()):
            continue  # '14 phường đều có đại diện được tuyên dương': where those commended are, not how many
        kind = noun_kind(m["noun"]) if m["noun"] else None
        if kind is None and num[0].isdigit() and not m["of"] and (shared := _NOUN_ELIDED.match(text, m.end())) is not None:
            kind = noun_kind(shared["noun"])  # 'công nhận mới 3 và công nhận lại 9 thôn văn hóa': the next count's noun
        if kind and m["noun"] and m["noun"].lower() == "lượt" and not _TIMES_ALONE.match(text, m.end()):
            kind = None  # '12.000 lượt bạn đọc': times of something else, no recipients counted
        end = m.end()
        if (
            kind in _TWO_KINDS
            and (other := _OTHER_NOUN.match(text, end))
            and other["noun"][0].islower()
            and not _subject_again(text, m.start(), other)
        ):
            if {kind, noun_kind(other["noun"])} == _TWO_KINDS:
                kind, end = "mixed", other.end()  # '10 doanh nhân, doanh nghiệp': one count of both kinds
            elif noun_kind(other["noun"]) == kind and _RECEIVES.match(text, other.end()):
                # '115 tác giả, đồng tác giả được tặng ...': one count, of one kind, the subject of its passive
                end = other.end()
        out.append(Count(m.start(), end, value, bool(m["approx"]), kind))
    for m in _PLACES_NAMED.finditer(text):
        # 'các xã Đồng Tâm, Tân Sỏi và Bố Hạ được tặng ...': as many places as the plural names, before or after 'cho'
        if (named := named_items(m["names"])) is not None:
            out.append(Count(m.start(), m.end("noun"), named, False, "collective"))
    for m in _CLASSES_NAMED.finditer(text) if "lớp" in text or "đội" in text else ():
        # 'các lớp 9A, 8B và 7C được tặng Giấy khen': as many classes as it names by their grades
        out.append(Count(m.start(), m.end("noun"), len(_CLASS.findall(m["names"])), False, "collective"))
    nouned = {c.start for c in out if c.kind}  # (read once: a text of many totals would read every count at each)
    for m in _TOTAL_IS.finditer(text) if any(w in text for w in _TOTAL_WORDS) else ():
        # 'Tổng số tập thể, cá nhân được khen thưởng là 350': the number after 'là' counts the noun before it (where no
        # noun after the number counts it already: 'là 45 người')
        if m.start("num") not in nouned:
            # (no noun before it, 'Tổng số được khen thưởng là 25': of either kind)
            kind = noun_kind(m["noun"]) if m["noun"] else "mixed"
            out.append(Count(m.start("num"), m.end("num"), int(m["num"].replace(".", "")), False, kind))
    for m in _COMMENDED_TITLES.finditer(text):
        if counted := [c for c in out if c.start <= m.start("num") < c.end and c.kind]:
            counted[0].title = m["title"].strip()  # counted by its noun already ('15 “Doanh nghiệp tiêu biểu”'): its title
            continue
        out = [c for c in out if c.start != m.start("num")]  # a bare number: what it counts is the title after it
        first = m["title"].split()[0].lower()
        kind = "collective" if first in _COLLECTIVE_TITLE_WORDS else "individual"
        out.append(Count(m.start("num"), m.end(), int(m["num"]), False, kind, title=m["title"].strip()))
    return sorted(out, key=lambda c: c.start)


# a total told with its noun first and its number after 'là' ('Tổng số tập thể, cá nhân được khen thưởng là 350')
# ('Tổng số cá nhân được tặng Giấy khen năm 2023 là 45': the award and its year between, which binding reads:
# total_opened)
# (or the number of them alone, its number after a colon: 'Số tập thể được khen thưởng: 15; số cá nhân ...: 30')
TOTAL_OPENERS = "tổng số|tổng cộng"  # the words a total opens with ('Tổng số tập thể ...', 'tổng cộng 70 tập thể, cá nhân')
_TOTAL_IS = re.compile(
    # (or its noun after the number, the total opening on what they were given: 'Tổng số được tặng Giấy khen là 15 tập thể')
    rf"(?<![\w/])(?i:{TOTAL_OPENERS}|số)\s+(?:(?i:có)\s+)?(?:(?P<noun>(?i:{NOUN_RE}))(?!\w)|(?=(?i:được)\s))"
    r"(?:\s+năm\s+\d{4}|[^,;.:\d]){0,80}?(?:\s+là\s+|\s*:\s*)(?P<num>\d[\d.]*)(?![\d.,]\d)"
)
_TOTAL_WORDS = ("ổng", "ố")  # the words a total opens with, a cheap test before the pattern is tried
# a total told in turn after another, its noun alone before 'là' ('...; số cá nhân là 15'), and the number a total ends on
# with what parts it from the next ('... là 8; ', '... là 8 và ')
_TOTAL_IN_TURN = re.compile(rf"\s*(?:tổng\s+)?số\s+(?:{NOUN_RE})(?!\w)(?:\s+được\s+(?:tặng|khen thưởng|nhận))?\s+là\s+\d", re.I)
_ENDS_ON_TOTAL = re.compile(r"\s+là\s+(?P<num>\d[\d.]*)\s*(?:[;,]|\s+và)?\s*$")
_TURN_REACH = 40  # characters before a total in turn within which the one before ends on its number


def total_in_turn(text: str, at: int, since: int = 0) -> re.Match[str] | None:
    """Where text[since:at] ends on a total's number ('Số tập thể ... là 8; ') and a total told in turn opens at `at`
    ('số cá nhân là 15'): the match of the first's number (group 'num'); else None."""
    if _TOTAL_IN_TURN.match(text, at) is None:
        return None
    # (its number right before: 'là 1.250; ' is well within the reach, and a long text is not read again at each total)
    return _ENDS_ON_TOTAL.search(text, max(since, at - _TURN_REACH), at)


_TOTAL_REACH = 200  # 'tổng số' and a noun, up to 80 letters and 'năm' years between, 'là': well within this


def total_opened(text: str, num_start: int) -> int | None:
    """Where 'Tổng số ...' opens the total whose number starts at `num_start`, if one does."""
    # (read in a window before the number the pattern can span: a clause of many counts stays linear)
    window = max(0, num_start - _TOTAL_REACH)
    if not any(w in text[window:num_start] for w in _TOTAL_WORDS):
        return None
    return next((m.start() for m in _TOTAL_IS.finditer(text, window, num_start + 12) if m.start("num") == num_start), None)


# those commended counted by the title they are commended under, in quotes ('tuyên dương 20 “Thủ lĩnh thanh niên tiêu
# biểu”'): people, unless the title names bodies ('vinh danh 15 “Doanh nghiệp tiêu biểu”')
_COMMENDED_TITLES = re.compile(
    r"(?<!\w)(?:tuyên dương|biểu dương|tôn vinh|vinh danh|khen thưởng)\s+(?:cho\s+)?(?P<num>\d{1,4})\s+[“\"«]"
    rf"(?P<title>[{UPPER}][^”\"»]{{2,60}})[”\"»]",
    re.I,
)
_COLLECTIVE_TITLE_WORDS = frozenset(
    {"tập", "đơn", "doanh", "gia", "hộ", "khu", "thôn", "bản", "làng", "xã", "trường", "cơ", "chi", "mô", "công", "hợp"}
)  # the first words of a title of bodies: 'Tập thể ...', 'Đơn vị ...', 'Gia đình ...', 'Chi bộ ...', 'Công trình ...


# the money or gift handed over with an award, before those it is given to ('trao Giấy khen và tiền thưởng cho các em')
_WITH_REWARD = r"(?:\s*,?\s*(?:và|kèm(?:\s+theo)?|cùng(?:\s+với)?)\s+(?:tiền thưởng|phần thưởng|quà|hiện vật)(?:\s+[^\s,;]+){0,3}?)?"
_PLURAL = re.compile(rf"{_WITH_REWARD}\s*cho\s+(?:các|những)\s+(?P<noun>{NOUN_RE})(?!\w)", re.I)
_EXEMPLARS = frozenset({"điển hình", "điển hình tiên tiến"})  # the models honoured, of either kind in the plural


# a noun of recipients with no count nor plural word ('tặng Giấy khen cho học sinh đạt giải Nhất'), not one a name
# follows, nor a person by an honorific alone ('cho em': the one told before), nor a unit's or a place's word, which
# names one by what follows it or is a word of another sense ('cho bản kế hoạch tốt nhất', 'cho lớp tập huấn')
HONORIFIC_NOUNS = r"em|cháu|anh|chị|cụ|ông|bà"  # the count nouns that, alone, call one person told of before
_BARE_NOUN = re.compile(
    rf"{_WITH_REWARD}\s*cho\s+(?!(?:{HONORIFIC_NOUNS}|bản|thôn|xã|ấp|làng|xóm|buôn|khóm|phường|thị trấn|tổ|khu vực|khu phố"
    r"|tổ dân phố|khu dân cư|lớp|phòng|sở|cục|chi cục|trường|trạm|đồn|chi nhánh|khoa)(?!\w)(?!\s+công tác))"
    rf"(?P<noun>{NOUN_RE})(?!\w)(?!\s+(?-i:[{UPPER}]))",
    re.I,
)


# the noun recipients are told by after 'cho', with or without a plural word ('cho nhà giáo ...', 'cho các học sinh')
_NOUN_GIVEN_TO = re.compile(rf"(?<!\w)cho\s+(?:(?:các|những)\s+)?(?P<noun>{NOUN_RE})(?!\w)", re.I)


def noun_given_to(text: str) -> str | None:
    """The noun, in lower case, that the first 'cho' of `text` tells its recipients by, uncounted; else None."""
    m = _NOUN_GIVEN_TO.search(text)
    return m["noun"].lower() if m else None


def bare_noun_kind(text: str) -> str | None:
    """The kind of the recipients 'cho học sinh đạt giải' names at the start of `text`, uncounted; else None."""
    m = _BARE_NOUN.match(text)
    return noun_kind(m["noun"]) if m else None


# 'cho các xã: Ea Phê, Ea Kly và Ea Knuếc', 'cho các tỉnh Bắc Giang, Quảng Ninh và Hải Dương': the names the plural
# lists, after its colon or right after its noun, each capitalised
# a plural of a kind, then the names it lists, after its colon or right after its noun ('các xã: A, B', 'các trường THCS A')
_PLURAL_THEN_NAMES = rf"(?:các|những)\s+(?P<noun>{NOUN_RE})(?:\s*:\s*|\s+(?=(?-i:[{UPPER}])))"
_PLURAL_NAMES = re.compile(rf"\s*cho\s+{_PLURAL_THEN_NAMES}(?P<names>[^.;:()]+)", re.I)
_NAME_ITEM = lexicon.cue("list-separator")
_LOWER_WORD = re.compile(rf"\s+(?![{UPPER}\d])\S")  # where a run of capitalised words ends
_LEVEL_OPENS = re.compile(rf"^(?:{'|'.join(levels.COMMUNE_WORDS + levels.DISTRICT_WORDS)})\s+(?=[{UPPER}])")


def plural_named(text: str) -> int | None:
    """How many recipients the plural at the start of `text` names, two or more, each opening with a capital ('cho
    các xã: Ea Phê, Ea Kly và Ea Knuếc' is 3); the last ends before the words said of them all ('... và Hải Dương đã
    hoàn thành ...'); else None."""
    m = _PLURAL_NAMES.match(text)
    return named_items(m["names"]) if m else None


# (or the plural opening a passive's subject: 'Các trường THCS Tân Mỹ và THCS Tân Thanh được UBND huyện tặng ...', after
# a time or lead set off by a comma)
_PLURAL_SUBJECT_NAMES = re.compile(
    rf"\W*(?:[^,;:]{{0,40}},\s*)?{_PLURAL_THEN_NAMES}"
    # (not the units each given its own in turn, 'lần lượt', which grants pairs with the awards)
    r"(?P<names>(?:(?!lần lượt)[^.;:()])+?)\s+(?:(?:đã|cũng|vinh dự|đều)\s+)*(?:được|nhận|đón nhận)(?!\w)",
    re.I,
)


def plural_subject_named(text: str) -> int | None:
    """How many recipients a plural opening a passive's subject names, two or more (plural_named's, before the verb)."""
    m = _PLURAL_SUBJECT_NAMES.match(text)
    return named_items(m["names"]) if m else None


def named_items(names: str) -> int | None:
    """How many names a list holds ('Ea Phê, Ea Kly và Ea Knuếc' is 3), two or more, each opening with a capital."""
    # (an item of another level names its place after its level word: 'các xã A, B và thị trấn C')
    items = [_LEVEL_OPENS.sub("", i.strip()) for i in _NAME_ITEM.split(names.strip())]
    # (the list ends where a count goes on after it: 'các xã A, B, C và 15 cá nhân')
    items = items[: next((k for k, i in enumerate(items) if i[:1].isdigit()), len(items))]
    if items and (rest := _LOWER_WORD.search(items[-1])):
        items[-1] = items[-1][: rest.start()]
    return len(items) if len(items) >= 2 and all(i[:1].isupper() and len(i.split()) <= 6 for i in items) else None


# a plural of places with their names after it ('các xã Đồng Tâm, Tân Sỏi và Bố Hạ', 'các huyện: A, B và C')
# ('các tỉnh Đồng Tháp, Cà Mau được Thủ tướng Chính phủ tặng Bằng khen': a bloc of provinces)
_PLACES_NAMED = re.compile(
    rf"(?<!\w)(?i:các|những)\s+(?P<noun>tỉnh|thành phố|xã|phường|thị trấn|huyện|quận|thị xã|thôn|bản|ấp|tổ dân phố|khu phố)(?:\s*:\s*|\s+(?=[{UPPER}]))"
    r"(?P<names>[^.;:()]+)"
)

# a plural of classes with their grades after it ('các lớp 9A, 8B và 7C', 'những chi đội 6A1 và 7A2')
_CLASS = re.compile(r"\d{1,2}[A-ZĐ]\d{0,2}(?![\w/])")  # (its letter: 'các lớp 9 và 5 học sinh' names no class)
_CLASSES_NAMED = re.compile(
    rf"(?<!\w)(?i:các|những)\s+(?P<noun>(?i:lớp|chi đội))\s+(?P<names>{_CLASS.pattern}(?:\s*(?:,|và)\s*{_CLASS.pattern})+)"
)


_NOUN_AT_END = re.compile(rf"(?:{NOUN_RE})$", re.I)


def count_noun(written: str) -> str | None:
    """The noun a count's text ends with ('58 học sinh' -> 'học sinh'), in lower case."""
    m = _NOUN_AT_END.search(written)
    return m.group(0).lower() if m else None


def noun_kind(noun: str) -> str | None:
    """The kind of recipient a count noun counts ('tập thể': collective, 'nghệ nhân': individual), if it is one."""
    kind = _NOUNS.get(_SLASHED.sub("/", noun.lower()))
    return "individual" if kind is None and _MEMBER_RE.fullmatch(noun) else kind


_SLASHED = re.compile(r"\s*/\s*")


# a second noun listed with a plural's ('các doanh nghiệp, doanh nhân', 'các tập thể và các cá nhân')
_AND_NOUN = re.compile(rf"\s*(?:,|và)\s*(?:(?:các|những)\s+)?(?P<noun>{NOUN_RE})(?!\w)", re.I)


def nouns_joined(text: str, pos: int) -> list[str]:
    """The nouns joined to a count's own right after it ('3 xã, thị trấn': ['thị trấn']), lower-cased."""
    found = []
    while m := _AND_NOUN.match(text, pos):
        found.append(m["noun"].lower())
        pos = m.end()
    return found


def plural_kind(text: str) -> str | None:
    """The kind of the recipients 'cho các tập thể, cá nhân' names at the start of `text`, uncounted; else None. Two
    nouns of two kinds listed ('cho các doanh nghiệp, doanh nhân') are both kinds."""
    m = _PLURAL.match(text)
    if m is None:
        return None
    if m["noun"].casefold() in _EXEMPLARS:
        return "mixed"  # 'cho các điển hình tiên tiến': all those honoured, collectives and individuals (counted: one kind)
    kind = noun_kind(m["noun"])
    other = noun_kind(n["noun"]) if (n := _AND_NOUN.match(text, m.end())) else None
    return "mixed" if other is not None and {kind, other} == _TWO_KINDS else kind


# 'các cá nhân được đề nghị Chủ tịch nước tặng AWARD, gồm:': the recipients as the subject, their list after the colon
# ('Mỗi thủ khoa được nhận Bằng khen ...': each of them, as many as were counted)
_PLURAL_SUBJECT = re.compile(
    # (a list's heading says so too: 'Danh sách tập thể được tặng Giấy khen:')
    rf"(?<!\w)(?:các|những|mỗi|danh sách(?:\s+(?:các|những))?)\s+(?P<noun>{NOUN_RE})(?!\w)"
    rf"(?:(?:\s*,|\s+và)\s*(?:(?:các|những)\s+)?(?P<noun2>{NOUN_RE})(?!\w))?"  # 'Các tập thể, cá nhân được': both kinds
    r"[^,;:.]{0,40}?\s+(?:được|(?:vinh dự\s+)?(?:đón\s+)?nhận)(?!\w)",
    re.I,
)
_PREDICATE_AFTER = re.compile(
    r"(?<!\w)(?:đã|đều|sẽ|đang|cũng)\s|(?<!\w)(?:phát biểu|bày tỏ|chia sẻ|cho biết|hứa|cảm ơn|tri ân|xúc động)(?!\w)", re.I
)
# where what the clause says of its recipients ends and why they were given starts ('... vì đã có thành tích')
_REASON_AFTER = re.compile(r"(?<!\w)(?:vì|bởi|nhờ|do có|có thành tích)(?!\w)", re.I)
# 'Dịp này, ', 'Tại buổi lễ, ': a lead phrase before a subject (and those standing for it: 'Đại diện các tập thể nhận')
_LEAD_ONLY = re.compile(r"\W*(?:[^,;:]{0,30},\s*)?(?:(?:[Đđ]ại diện|[Tt]hay mặt)\s+)?")
_LIST_AFTER = re.compile(r"[^.;]*?(?:gồm|như sau|sau đây|sau)\s*:\s*$", re.I)
_COLON_END = re.compile(r"\s*:\s*$")


def plural_subject_kind(before: str, after: str) -> str | None:
    """The kind of the recipients a plural subject names before the award (`before`), where the clause ends by
    opening their list (`after`): 'các cá nhân được đề nghị ... tặng Huân chương Lao động hạng Ba, gồm:'; or where
    it opens the clause, after its lead at most ('Các cá nhân được tuyên dương được tặng Bằng khen của X')."""
    m = _PLURAL_SUBJECT.search(before)
    if m is None:  # ('Các trường THCS A, THCS B và Tiểu học C được ...': the names it lists, commas between)
        named = _PLURAL_SUBJECT_NAMES.match(before)
        return noun_kind(named["noun"]) if named is not None and named_items(named["names"]) else None
    # (not where a verb of its own follows the award: 'Các cá nhân được tặng Huân chương ... đã phát biểu', a relative)
    said = after[: r.start()] if (r := _REASON_AFTER.search(after)) else after
    opens = _LEAD_ONLY.fullmatch(before, 0, m.start()) is not None and not _PREDICATE_AFTER.search(said)
    # (a list's heading the clause's subject announces, its items below: 'Ban X thông báo danh sách cá nhân được đề nghị
    # ... tặng Huân chương Lao động hạng Ba:')
    heading = m.group(0).lower().startswith("danh sách") and _COLON_END.match(after) is not None
    if not opens and not heading and not _LIST_AFTER.match(after):
        return None
    kind, other = noun_kind(m["noun"]), noun_kind(m["noun2"]) if m["noun2"] else None
    return "mixed" if other is not None and {kind, other} == _TWO_KINDS else kind


def recognise_counts(doc: Document) -> None:
    """Layer `counts` (value: Count). A number that ends a body's name ('Quân khu 9 tổ chức lễ', 'Quận 1 trao') is
    no count, whatever noun follows it; nor is a number word inside a place's name ('thị xã Ba Đồn': not three border
    posts)."""
    spans = []
    for sent in doc.sentences:
        bodies = [(o.start, o.end) for o in doc.spans("orgs", sent.start, sent.end)]
        bodies += [(p.start, p.end) for p in doc.spans("places", sent.start, sent.end)]
        for c in counts_in(sent.text):
            at = sent.start + c.start
            if any(a < at < b for a, b in bodies):
                continue
            spans.append(
                Span(
                    sent.start + c.start,
                    sent.start + c.end,
                    c.rule,
                    Count(sent.start + c.start, sent.start + c.end, c.value, c.approx, c.kind, title=c.title),
                )
            )
    doc.write_layer("counts", spans)
