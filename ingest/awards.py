"""The award taxonomy (ontology/award_types.tsv) and the award names found in text.

Surface forms come from the taxonomy's labels and alternative labels. Orders are
parsed by their own grammar, because a class list shares one count ('Huân chương
Lao động hạng Nhất, Nhì, Ba') and a class may stand without its type
('Huân chương Hạng nhì': the generic order).
"""

from __future__ import annotations

import csv
import itertools
import re
from dataclasses import dataclass, replace
from functools import cache

from ..resources import resource_text
from . import lexicon
from .alternation import Alternation
from .counts import COUNTED, NOUN_RE
from .document import Document, Span, Taken, rebase
from .gazetteer import gazetteer
from .names import LOWER, UPPER


@dataclass(frozen=True)
class AwardType:
    id: str
    label_vi: str
    label_en: str
    broader: str
    kind: str
    recipients: str  # individual | collective | both | household
    conferred_by: str
    level: str
    alt_labels: tuple[str, ...]
    legal_basis: str


@dataclass(frozen=True)
class AwardMention:
    start: int
    end: int
    award: str  # AwardType.id
    classes: tuple[str, ...] = ()  # ids of the classes sharing one count
    explicit_conferrer: str | None = None  # 'của X' written after the award
    owner_start: int | None = None  # offsets of that X
    owner_end: int | None = None
    rule: str = "awards"
    name: str | None = None  # its own name where the taxonomy holds no type for it: a quoted title, a medal's ("Vì ...")


@cache
def award_types() -> dict[str, AwardType]:
    rows = csv.DictReader(resource_text("ontology/award_types.tsv").splitlines(), delimiter="\t")
    out = {}
    for r in rows:
        alts = tuple(a.strip() for a in (r["alt_labels_vi"] or "").split(";") if a.strip())
        out[r["id"]] = AwardType(
            r["id"], r["label_vi"], r["label_en"], r["broader"] or "", r["kind"], r["recipients"],
            r["conferred_by"] or "", r["level"] or "", alts, r["legal_basis"] or "",
        )  # fmt: skip
    return out


_QUOTES = re.compile("[“”‘’'«»]")  # a regex, not str.translate, which is slow over Vietnamese text


def match_key(text: str) -> str:
    """Casefolded text with one spelling of 'sĩ' and one quotation mark, same length as `text` so offsets hold."""
    return _QUOTES.sub('"', text.casefold().replace("sỹ", "sĩ"))


_ORDER_TYPES = {r[0]: r[1] for r in lexicon.rows("order_types.tsv")}
_ORDER_TYPE_NAMES = "|".join(sorted(_ORDER_TYPES, key=len, reverse=True))  # longest first: 'kháng chiến chống Mỹ' whole
# a class by its word, its digit or its Roman numeral ('hạng Nhì', 'hạng 2', 'hạng II')
_CLASS = {"nhất": "hang-nhat", "nhì": "hang-nhi", "ba": "hang-ba", "1": "hang-nhat", "2": "hang-nhi", "3": "hang-ba",
          "i": "hang-nhat", "ii": "hang-nhi", "iii": "hang-ba"}  # fmt: skip
_CLASS_NAMES = r"(?:nhất|nhì|ba|iii|ii|i|[123])(?!\w)"


def _classes_named(listed: str) -> list[str]:
    """The class words of a list of them ('hạng Nhất, Nhì, Ba', ', hạng Nhì và hạng III'), keys of _CLASS."""
    return re.findall(r"nhất|nhì|ba|iii|ii|i|[123]", re.sub(r"hạng\s+", " ", listed))


_CLASS_WORD = r"(?:hạng\s+" + _CLASS_NAMES + r"|(?:nhất|nhì|ba)(?!\w))"  # a digit only after 'hạng': '9 X hạng Ba, 3 Y
_ORDER = re.compile(  # (written short too: 'HC BVTQ hạng Nhì', 'HCBVTQ', where a type follows)
    r"(?:huân chương|(?<!\w)hc(?=\s?(?:" + _ORDER_TYPE_NAMES + r")(?!\w)))(?:\s*(?P<type>" + _ORDER_TYPE_NAMES + r")(?!\w))?"
    # (its classes in brackets too: 'Huân chương Lao động (hạng Nhất, Nhì, Ba)')
    r"(?:\s+(?P<paren>\(\s*)?hạng\s+(?P<classes>" + _CLASS_NAMES + r"(?:\s*(?:,|và)\s*" + _CLASS_WORD + r")*)(?(paren)\s*\)))?"
)
# forms the taxonomy lists under other wording, and rankings inside an emulation bloc
_EXTRA_FORMS = {r[0]: r[1] for r in lexicon.rows("award_forms.tsv")}
_LEADS_BLOC = re.compile(r"(?<!\w)(?:dẫn đầu|đứng đầu)\s+(?:cụm|khối)(?:\s+thi đua)?(?!\w)")
# a bloc's vote, or its members' evaluation that ranks them ('Qua bình xét, xã A dẫn đầu Khối')
_BLOC_VOTE = "(?:" + lexicon.cue("voted").pattern + r"|(?<!\w)bình xét(?!\w))"
_VOTED_BEFORE = re.compile(_BLOC_VOTE + r"[\s,][^.;:]*$")
# a unit's place in its bloc with no noun said ('huyện A xếp thứ nhất Khối', or after a vote: 'Kết quả bỏ phiếu, huyện A xếp
# thứ nhất, huyện B xếp thứ nhì', in figures too: 'xếp thứ 2'); not a contest's ('đội A xếp thứ nhất toàn đoàn'), nor
# 'xếp hạng nhì', whose class word an order's may be
_PLACED_IN_BLOC = re.compile(
    r"(?<!\w)(?:xếp|đứng)\s+thứ\s+(?P<rank>nhất|nhì|hai|0?1(?!\d)|0?2(?!\d))(?P<bloc>\s+(?:(?:của|trong)\s+)?(?:cụm|khối)(?:\s+thi đua)?)?(?!\w)"
    r"(?!\s+về\s)"  # (not a standing in one field: 'xếp thứ nhất Khối về thu ngân sách')
    r"(?!\s+(?:toàn đoàn|chung cuộc|toàn giải|toàn khóa|của giải)(?!\w))"  # (nor a contest's: 'xếp thứ 2 toàn đoàn')
)
_VOTE_BEFORE = re.compile(_BLOC_VOTE + r"[^.:]*$")  # (a vote before it: 'Kết quả bỏ phiếu, huyện A ...')
# (its place told: 'đơn vị xếp thứ nhì của Khối', 'đơn vị đứng thứ hai'; 'hai' only so, not 'đơn vị hai' of a count)
_RANKING_BARE = re.compile(r"đơn vị (?:(?P<placed>xếp|đứng)\s+(?:thứ|hạng)\s+)?(?P<rank>dẫn đầu|nhất|nhì|hai)(?!\w)")
# (not the subject a clause opens on, leading its bloc as its verb, then receiving after 'và': 'Năm 2022, đơn vị dẫn đầu
# Cụm thi đua số 2 và được ... tặng Cờ thi đua', a standing told as 'xã A dẫn đầu Cụm' is, where no vote made it a title)
_OPENS_CLAUSE = re.compile(r"(?:^|[,:;]|\d{4})\s*$")
_LEADS_THEN_RECEIVES = re.compile(
    r"đơn vị\s+(?:dẫn đầu|đứng đầu)\s+(?:của\s+|trong\s+)?(?:cụm|khối)[^,;.]{0,40}?\s+và\s+(?:(?:đã|cũng|vinh dự)\s+)*được(?!\w)"
)
# the owner of an award: 'của UBND tỉnh', 'của Bộ trưởng Bộ Công an', up to the next clause word
_OF = re.compile(  # after the year it rewards, if it names one: 'Cờ ... năm 2015 của UBND tỉnh'
    # (or with no 'của' before an office or a body that gives: 'Cờ thi đua UBND tỉnh', 'Bằng khen Bộ trưởng Bộ X', 'Cờ
    # thi đua Thủ tướng Chính phủ')
    # (or after the award's own quoted name: 'Kỷ niệm chương “Vì giai cấp nông dân Việt Nam” của Trung ương Hội'; or in
    # capitals, as a list's heading prints it: 'BẰNG KHEN CỦA THỦ TƯỚNG CHÍNH PHỦ')
    # (past the quote that closes the award's own name: 'danh hiệu “Thôn văn hóa” giai đoạn 2020 - 2023 của UBND huyện')
    r"(?:[”\"»](?=\s))?(?:\s*[“\"][^“”\"]{2,80}[”\"])?"
    r"(?:\s+(?:năm học|năm|giai đoạn)\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?\s+(?:(?:của|CỦA)\s+|"
    # (or 'từ' before a giver's title or body: 'nhận Bằng khen từ Thủ tướng Chính phủ'; not 'từ năm 2018')
    r"từ\s+(?=(?:Thủ tướng|Chủ tịch|UBND|Ủy ban|Bộ trưởng|Bộ|Ban|Tỉnh ủy|Thành ủy|Huyện ủy|Trung ương|Tổng Liên đoàn)(?!\w))|"
    r"(?=(?:UBND|Ủy ban nhân dân|Thủ tướng|"
    r"Chủ tịch (?:UBND|Ủy ban)|Bộ trưởng|Giám đốc|Tổng Giám đốc|Thống đốc|Tư lệnh|Ban Thường vụ|Ban Chấp hành|Tỉnh ủy|"
    r"Thành ủy|Huyện ủy|Tổng Liên đoàn|Chánh án|Viện trưởng|Tổng cục trưởng|Cục trưởng|Bộ(?= [A-ZĐ]))(?!\w)))"
    # (the Party and the State as one owner: 'Huân chương ... của Đảng và Nhà nước', past its 'và')
    # (the owner ends before the list its recipients open: 'Bằng khen của UBND tỉnh gồm: ông A, ...')
    r"(?P<who>Đảng(?:,|\s+và)\s+Nhà nước(?:\s+Việt Nam)?|[^,;:.()“”\"]+?)(?=\s+(?:cho|vì|do|về|trong|năm|giai đoạn|đã|được|tại|và|có|là|tặng|truy tặng|từ|lần lượt|(?:bao\s+)?gồm|như sau|sau đây)(?!\w)|\s*[,;:.()“”\"]|\s*$"
    # or a count of recipients: 'Bằng khen của Thủ tướng Chính phủ 5 tập thể', '... hai cá nhân' (not 'của Bộ Tư lệnh
    # Quân khu 2')
    rf"|\s+(?:(?:hơn|trên|gần|khoảng)\s+)?(?:\d[\d.]*\s+(?i:{NOUN_RE})(?!\w)|{COUNTED}))"
)


@cache
def _surface_forms() -> list[tuple[str, str]]:
    forms: dict[str, str] = {}
    for t in award_types().values():
        if t.kind == "generic" or t.id in ("huan-chuong", "danh-hieu-thi-dua"):
            continue
        for form in (t.label_vi, *t.alt_labels):
            forms.setdefault(match_key(form), t.id)
    for form, award in _EXTRA_FORMS.items():
        forms[match_key(form)] = award
    return sorted(forms.items(), key=lambda kv: -len(kv[0]))


@cache
def _forms_by_key() -> dict[str, str]:
    return dict(_surface_forms())


@cache
def _surface_regex() -> Alternation:
    """All surface forms as one alternation, longest first, so the longest form wins at each position (each word
    start tries only the forms that begin with its letter)."""
    return Alternation([re.escape(f) for f, _ in _surface_forms()], 0)


# the short forms the wordings table writes in capitals ('GK', 'CSTĐCS', 'HCLĐ hạng Ba'), by their match key: matched in
# capitals only ('Lê Văn Gk' names no certificate)
_CASED = {match_key(f): tuple(w for w in f.split() if len(w) > 1 and w.isupper()) for f in _EXTRA_FORMS if f != f.lower()}


def _in_its_case(form: str, written: str) -> bool:
    """Whether a form matched in lower case is written as the table writes it: its short words in capitals."""
    cased = _CASED.get(form)
    return cased is None or all(w in written.split() for w in cased)


# the field a sector's award names after 'ngành' ('Tài chính', 'Giáo dục và Đào tạo', 'Lao động - Thương binh và Xã hội')
# (its words, until one that goes on with the sentence: 'cho', 'năm', 'của' ...)
_FIELD_NAMED = re.compile(
    rf"\s+[{UPPER}]\w*(?:(?:\s+|\s*[-–]\s*)(?!(?:cho|năm|của|tại|vì|được|là|với|trong|nhân|đợt|lần|giai|đã|và\s+[{LOWER}]|các|những)(?!\w))\w+){{0,7}}"
)


def find_awards(text: str) -> list[AwardMention]:
    """Award names in `text`, longest first, not overlapping."""
    key = match_key(text)
    found: list[AwardMention] = []
    taken = Taken(len(key))
    free = taken.free

    for m in _ORDER.finditer(key):
        award, classes = "huan-chuong", ()
        cls = _classes_named(m["classes"] or "")
        if m["type"]:
            base = _ORDER_TYPES[m["type"]]
            ids = tuple(dict.fromkeys(f"{base}-{_CLASS[c]}" for c in cls if f"{base}-{_CLASS[c]}" in award_types()))
            award = ids[0] if len(ids) == 1 else base
            classes = ids if len(ids) > 1 else ()
        found.append(_with_of(text, AwardMention(m.start(), m.end(), award, classes, rule="awards.order")))
        taken.add(m.start(), m.end())
    forms = _forms_by_key()
    for m in _surface_regex().finditer(key):
        form = m.group(0)
        if free(m.start(), m.end()) and _in_its_case(form, text[m.start() : m.end()]) and not _unit_described(text, key, m, forms[form]):
            # a form that names its owner ('bằng khen của Bộ trưởng'): the owner is read in full from the text
            of = form.find(" của ")
            end = m.start() + of if of != -1 else m.end()
            if form.endswith(" ngành") and (field := _FIELD_NAMED.match(text, end)) is not None:
                end = field.end()  # 'Chiến sĩ thi đua ngành Tài chính', 'ngành Giáo dục và Đào tạo': the field named
            # (a mass organisation's own award, of no type the law names, keeps its name: 'Bằng Lao động sáng tạo')
            own = text[m.start() : end] if forms[form] == "khen-thuong" else None
            award, classes = forms[form], ()
            if (more := _MORE_CLASSES.match(key, end)) and (base := _CLASS_SUFFIX.sub("", award)) != award:
                # 'Huy chương Chiến sĩ vẻ vang hạng Nhất, Nhì, Ba': the classes sharing one count, as an order's
                ids = (award, *(f"{base}-{_CLASS[c]}" for c in _classes_named(more.group())))
                award, classes, end = base, tuple(dict.fromkeys(i for i in ids if i in award_types())), more.end()
            mention = _with_of(text, AwardMention(m.start(), end, award, classes, rule=_form_rule(form), name=own))
            found.append(mention)
            taken.add(m.start(), max(m.end(), mention.end))
    found += _classes_alone(key, sorted(found, key=lambda a: a.start), free)
    for a in found:
        if a.rule == CLASS_ALONE_RULE:
            taken.add(a.start, a.end)
    # a title given by its own quoted name, which the taxonomy does not hold ('trao tặng danh hiệu “Công dân Thủ đô ưu
    # tú” cho 10 cá nhân'): a commendation, of no type the law names
    for m in _TITLE_GIVEN.finditer(key) if "danh" in key or "tôn vinh" in key or "dương" in key or "công nhận" in key else ():
        title, name = ("title", "name") if m["title"] else ("bare", "bare_name")
        if free(m.start(title), m.end(title)) and not _standard_met(key, m, name):
            named = text[m.start(name) : m.end(name)].strip()
            mention = AwardMention(m.start(title), m.end(title), "khen-thuong", rule="awards.named-title", name=named)
            found.append(_with_of(text, mention))
            taken.add(m.start(title), m.end(title))
            # ('... danh hiệu “Gia đình hiếu học” cho 120 gia đình, “Dòng họ khuyến học” cho 15 dòng họ': the next quoted
            # title of the list, given as the first was, its verb and word left out)
            at = m.end(title)
            while (nxt := _NEXT_TITLE_LISTED.match(key, at)) is not None and free(nxt.start("q"), nxt.end("q")):
                named = text[nxt.start("name") : nxt.end("name")].strip()
                found.append(AwardMention(nxt.start("q"), nxt.end("q"), "khen-thuong", rule="awards.named-title", name=named))
                taken.add(nxt.start("q"), nxt.end("q"))
                at = nxt.end("q")
    # a prize or a title given by its own name unquoted, which the taxonomy does not hold ('trao Giải thưởng Lý Tự Trọng
    # cho 5 cán bộ Đoàn', 'trao danh hiệu Sinh viên 5 tốt cho 30 sinh viên'): a commendation, by that name
    for rule, regex in (("awards.named-prize", _PRIZE_NAMED), ("awards.named-title", _TITLE_UNQUOTED)):
        for m in regex.finditer(text) if "giải thưởng" in key or "danh hiệu" in key else ():
            start, end = m.start("title"), m.end("title")
            if rule == "awards.named-prize" and text[start - 1 : start] in '“"«' and (whole := _QUOTED_TO_END.match(text, start)):
                end = whole.end() - 1
            if (m.groupdict().get("attained") and not _echoes_holder(key, m)) or (
                rule == "awards.named-title" and _standard_met(key, m, "name")
            ):
                continue
            if free(start, end):
                named = text[start:end] if rule == "awards.named-prize" else m["name"]
                named = named[:1].upper() + named[1:]  # ('giải thưởng Nguyễn Đức Cảnh' mid-sentence names it too)
                # ('Giải thưởng “Sao Tháng Giêng”': the prize's word and its name, no quote marks left half open)
                named = " ".join(re.sub(r'[“”"«»]', " ", named).split())
                if named.casefold() in _HERO_BARE:
                    # ('trao danh hiệu Anh hùng cho đơn vị': the state's honorary title, its kind left to the sentence
                    # before; a generic title, not a commendation of another name)
                    mention = AwardMention(start, end, "danh-hieu-vinh-du-nha-nuoc", rule=rule)
                else:
                    mention = AwardMention(start, end, "khen-thuong", rule=rule, name=named)
                found.append(_with_of(text, mention))
                taken.add(start, end)
    # a flag by its own quoted name ('Cờ “Đơn vị xuất sắc phong trào Toàn dân bảo vệ an ninh Tổ quốc” của Bộ Công an'):
    # an emulation flag, its name kept (not 'cờ “Tổ quốc”', a flag hung)
    for m in _FLAG_NAMED.finditer(text) if "cờ" in key else ():
        if free(m.start(), m.end()):
            mention = AwardMention(m.start(), m.end(), "co-thi-dua-cap-bo-tinh", rule="awards.named-flag", name=m["name"].strip())
            found.append(_with_of(text, mention))
            taken.add(m.start(), m.end())
    # 'Suy tôn 09 đơn vị Nhất, 22 đơn vị Nhì khối thi đua'; the bloc's vote said without it ('suy tôn 2 đơn vị dẫn đầu')
    if "khối" in key or "cụm" in key or "suy tôn" in key or "bỏ phiếu" in key or "bình xét" in key:
        for m in _RANKING_BARE.finditer(key):
            if free(m.start(), m.end()) and (m["rank"] != "hai" or m["placed"]):
                award = "don-vi-nhi-khoi-thi-dua" if m["rank"] in ("nhì", "hai") else "don-vi-dan-dau-khoi-thi-dua"
                found.append(AwardMention(m.start(), m.end(), award, rule="awards.bloc-ranking"))
                taken.add(m.start(), m.end())
        # a unit voted to lead its bloc with no noun said ('suy tôn huyện X dẫn đầu Cụm'; not 'huyện dẫn đầu Khối về thu
        # ngân sách', a standing told, no title voted)
        for m in _LEADS_BLOC.finditer(key):
            if free(m.start(), m.end()) and _VOTED_BEFORE.search(key, max(0, m.start() - 120), m.start()):
                found.append(AwardMention(m.start(), m.end(), "don-vi-dan-dau-khoi-thi-dua", rule="awards.bloc-ranking"))
                taken.add(m.start(), m.end())
        for m in _PLACED_IN_BLOC.finditer(key):
            if free(m.start(), m.end()) and (m["bloc"] or _VOTE_BEFORE.search(key, max(0, m.start() - 160), m.start())):
                award = "don-vi-nhi-khoi-thi-dua" if m["rank"].lstrip("0") in ("nhì", "hai", "2") else "don-vi-dan-dau-khoi-thi-dua"
                found.append(AwardMention(m.start(), m.end(), award, rule="awards.bloc-ranking"))
                taken.add(m.start(), m.end())
    found = [a for a in found if not (_LEADS_THEN_RECEIVES.match(key, a.start) and _OPENS_CLAUSE.search(key, max(0, a.start - 8), a.start))]
    # the cultural title told bare ('11/12 thôn, bản đạt danh hiệu văn hóa', '1.820 hộ đạt danh hiệu văn hóa'): the title of
    # the households or the residential units counted right before it
    for m in _CULTURAL_TITLE_BARE.finditer(key) if "danh hiệu văn h" in key else ():
        if free(m.start(), m.end()) and (counted := _COUNTED_BEFORE_TITLE.search(key, max(0, m.start() - 80), m.start())):
            award = "gia-dinh-van-hoa" if counted["home"] else "thon-to-dan-pho-van-hoa"
            found.append(AwardMention(m.start(), m.end(), award, rule="awards.cultural-title-by-count"))
            taken.add(m.start(), m.end())
    # a Party membership badge ('Huy hiệu 40 năm tuổi Đảng') is not an emulation award
    found = [a for a in found if not (_PARTY_BADGE.match(key, a.end) or (a.award == "huy-hieu" and _PARTY_OWN.match(key, a.end)))]
    # a contest's gold, silver or bronze medal ('Huy chương Bạc Olympic Hóa học') is no state medal
    # and one won ('24 học sinh đoạt huy chương', 'giành 2 huy chương') or sets of them ('48 bộ huy chương') a contest's too
    found = [
        a
        for a in found
        if not (a.award == "huy-chuong" and (_CONTEST_MEDAL.match(key, a.end) or _MEDAL_WON.search(key, max(0, a.start - 30), a.start)))
    ]
    # the holders of an honour given a gift ('tặng quà cho 5 Mẹ Việt Nam anh hùng'): the honour describes them
    found = [a for a in found if not _GIFT_TO.search(key, max(0, a.start - 40), a.start)]
    # the exemplary communes' title after a plural's word describes the communes ('các xã, thị trấn tiêu biểu trong phong
    # trào'), no title given (given, it is 'đạt danh hiệu', 'công nhận 16 xã, thị trấn tiêu biểu')
    found = [
        a
        for a in found
        if not (a.award == "xa-phuong-thi-tran-tieu-bieu" and _PLURAL_WORD_BEFORE.search(key, max(0, a.start - 10), a.start))
    ]
    return sorted((_with_own_name(text, a) for a in found), key=lambda a: a.start)


_PLURAL_WORD_BEFORE = re.compile(r"(?<!\w)(?:các|những)\s+$")
_CULTURAL_TITLE_BARE = re.compile(r"(?<!\w)danh hiệu văn (?:hóa|hoá)(?!\w)(?!\s*\")")
_COUNTED_BEFORE_TITLE = re.compile(
    r"(?<![\d.,/])\d[\d./]*\s+(?:(?P<home>hộ gia đình|hộ|gia đình)|thôn|bản|ấp|buôn|làng|xóm|khóm|khu dân cư|tổ dân phố|khu phố"
    r"|khối phố|tiểu khu)(?!\w)[^.;\d]{0,40}$"
)
_TITLE_WORD_BEFORE = re.compile(r"(?<!\w)danh hiệu\s*[“\"]?\s*$")


def _unit_described(text: str, key: str, m: re.Match[str], award: str) -> bool:
    """Whether one unit's kind alone with 'tiêu biểu' ('xã tiêu biểu') describes a unit rather than names the exemplary
    title: the title is named in capitals ('Phường tiêu biểu') or after 'danh hiệu'; not 'là xã tiêu biểu của huyện', nor
    inside another word ('Hợp tác xã tiêu biểu')."""
    if award != "xa-phuong-thi-tran-tieu-bieu" or "," in m.group(0):
        return False
    inside = key[max(0, m.start() - 8) : m.start()].endswith("hợp tác ")
    return inside or not (text[m.start()].isupper() or _TITLE_WORD_BEFORE.search(key, max(0, m.start() - 15), m.start()))


_FLAG_NAMED = re.compile(r"(?<!\w)Cờ\s+[“\"«'‘](?P<name>(?:Đơn vị|Tập thể)\s[^“”\"«»'‘’]{5,120})[”\"»'’]")


# the name a commemorative medal, badge or medal of no state type is given after its word ('Kỷ niệm chương “Vì sự
# nghiệp giáo dục”', 'Huy hiệu “Tuổi trẻ dũng cảm”', 'Kỷ niệm chương Vì sự nghiệp phát triển các dân tộc')
_QUOTED_NAME = re.compile(r"[“\"«]\s*(?P<quoted>[^“”\"«»]{3,90}?)\s*[”\"»]")
NAMED_FORMS = frozenset({"ky-niem-chuong", "huy-chuong", "huy-hieu"})  # the forms a name of their own may follow
# the marks a medal's name is quoted in, double or single ('Kỷ niệm chương ‘Vì thế hệ trẻ’'), opening, closing and either
NAME_OPENS, NAME_CLOSES, NAME_QUOTES = "“\"«‘'", "”\"»’'", "“”\"«»‘’'"
_OWN_NAME = re.compile(
    rf"\s*(?:[{NAME_OPENS}]\s*(?P<quoted>[^{NAME_QUOTES}]{{3,90}}?)\s*[{NAME_CLOSES}]"
    # (it ends before the occasion, 'nhân dịp', 'nhân Ngày ...'; not inside its name: 'Vì sức khỏe nhân dân', 'Vì sự
    # nghiệp nhân đạo')
    r"|(?P<bare>Vì\s[^,;.:“”\"()]{3,90}?)(?=\s*(?:[,;.:()]|$|\s(?:cho|của|và|đến|tới|dịp|nhân(?=\s+(?:dịp|kỷ niệm|[Nn]gày|[Ll]ễ)(?!\w)))\s)))"
)


# a badge's or a commemorative medal's name unquoted, capitalised ('Huy hiệu Tuổi trẻ sáng tạo', 'Kỷ niệm chương
# Chiến sĩ cách mạng bị địch bắt tù đày'; not a medal's metal, 'Huy chương Vàng', nor the Party's badge, 'Huy hiệu Đảng')
_BADGE_NAMED = frozenset({"ky-niem-chuong", "huy-hieu"})


# a medal named after a field's cause, as the commemorative medals are ('Huy chương “Vì sự nghiệp Giáo dục”', as some
# portals write the Minister's 'Kỷ niệm chương'): no state medal is named so
_FIELD_MEDAL = re.compile(r"Vì\s+sự\s+(?:nghiệp|phát triển|tiến bộ)(?!\w)", re.I)


def _with_own_name(text: str, a: AwardMention) -> AwardMention:
    named = _named(text, a)
    if named.award == "huy-chuong" and named.name is not None and _FIELD_MEDAL.match(named.name):
        return replace(named, award="ky-niem-chuong")
    return named


def _named(text: str, a: AwardMention) -> AwardMention:
    if a.award not in NAMED_FORMS or a.name is not None:
        return a
    if a.explicit_conferrer is not None:
        # 'Kỷ niệm chương "Vì sự nghiệp ..." của Bộ trưởng Bộ X': the name in quotes between the medal and its owner
        quoted = _QUOTED_NAME.search(text, a.start, a.owner_start) if a.owner_start is not None else None
        return replace(a, name=quoted["quoted"].strip()) if quoted is not None else a
    m = _OWN_NAME.match(text, a.end)
    if m is None and a.award in _BADGE_NAMED and (bare := _OWN_NAME_UNQUOTED.match(text, a.end)) is not None:
        return replace(a, name=bare["name"])
    if m is not None and m["bare"] and (longer := _medal_named_on(text, m.start("bare"))) > m.end("bare"):
        # 'Kỷ niệm chương Vì sự nghiệp xây dựng và phát triển Hội Cựu chiến binh Việt Nam': a medal's name the table
        # knows, read past the 'và' inside it
        return replace(a, name=text[m.start("bare") : longer])
    return replace(a, name=(m["quoted"] or m["bare"]).strip()) if m else a


@cache
def _medal_names() -> tuple[str, ...]:
    """The medals' names the medal-givers table knows, casefolded, the longest first."""
    return tuple(sorted({r[0].casefold() for r in lexicon.rows("medal_givers.tsv")}, key=len, reverse=True))


def _medal_named_on(text: str, pos: int) -> int:
    """Where the longest medal name the table knows, starting at `pos` (with 'Việt Nam' after it), ends; `pos` if none."""
    head = " ".join(text[pos : pos + 120].casefold().split())
    for name in _medal_names():
        if head.startswith(name) and not head[len(name) : len(name) + 1].isalnum():
            end = pos + len(name)  # (the table's names hold single spaces, as the text mostly does)
            return end + len(" Việt Nam") if text[end : end + 9].casefold() == " việt nam" else end
    return pos


# the verbs that give a title, before 'danh hiệu' ('trao tặng danh hiệu ...', 'phong tặng danh hiệu ...')
_GIVES_TITLE = "trao tặng|trao|tặng|phong tặng|truy tặng"
_TITLE_GIVEN = re.compile(
    # (or recognised or attained: 'được công nhận danh hiệu “Nông dân Việt Nam xuất sắc”', '112 hộ đạt danh hiệu “...”')
    rf"(?<!\w)(?:(?:{_GIVES_TITLE}|công nhận(?:\s+đạt)?|đạt)\s+"
    r"(?P<title>danh hiệu\s+[“\"](?P<name>[^“”\"]{3,60})[”\"])"
    # a title honoured with by its quoted name alone ('được Hiệp hội vinh danh “Doanh nghiệp tiêu biểu”', 'vinh danh với
    # danh hiệu “Trường học hạnh phúc”')
    # (or commended with it: '5 thanh niên được tuyên dương “Gương mặt trẻ triển vọng”')
    # (or recognised as it: 'được công nhận là “Công dân Thủ đô ưu tú”'; not a standard met: 'công nhận là “Xã đạt chuẩn ...”',
    # nor a work recognised: 'công nhận “Sáng kiến kinh nghiệm” cho 25 giáo viên')
    r"|(?:(?:vinh danh|tôn vinh|tuyên dương|biểu dương)\s+(?:là\s+|với\s+(?:danh hiệu\s+)?)?|(?P<recognised>công nhận)\s+là\s+)"
    r"(?P<bare>[“\"](?P<bare_name>(?(recognised)(?![^“”\"]*(?:chuẩn|nông thôn mới)))[^“”\"]{3,60})[”\"]))"
)
# a standard a place met, which a title's name may word ('trao danh hiệu “Xã đạt chuẩn nông thôn mới nâng cao”', 'danh
# hiệu Thôn nông thôn mới kiểu mẫu'): a recognition, not an award (casefolded)
_STANDARD_MET = re.compile(r"đạt chuẩn|^(?:xã|huyện|thôn|ấp|bản|làng|khu dân cư|thị xã)\s+(?:nông thôn mới|ntm)(?!\w)")


def _standard_met(key: str, m: re.Match[str], group: str) -> bool:
    """Whether the title's name the match's `group` holds (in the casefolded `key`) is a standard a place met."""
    return _STANDARD_MET.search(key[m.start(group) : m.end(group)].strip()) is not None


# the next quoted title of a list given to its own recipients, after the recipients of the one before
_NEXT_TITLE_LISTED = re.compile(
    r"(?:\s+[^\s“”\",;.]+){0,3}?\s+cho\s[^;.“”\"]{1,60}?[,;]\s+(?:và\s+)?(?:danh hiệu\s+)?(?P<q>[“\"](?P<name>[^“”\"]{3,60})[”\"])(?=\s+cho\s)"
)
# where a name given unquoted ends: a word that goes on with the clause, or a mark
_NAME_ENDS = r"(?=\s+(?:cho|của|và|tại|năm|vì|do|trong|được|đã|lần|với|dành|tới|đến)(?!\w)|\s*[,;.:()“”\"]|\s*$)"
_OWN_NAME_UNQUOTED = re.compile(rf"\s+(?!Đảng(?!\w))(?P<name>[{UPPER}][\w-]*(?:\s+[\w-]+){{0,9}}?){_NAME_ENDS}")
_PRIZE_NAMED = re.compile(
    rf"(?<!\w)(?P<title>[Gg]iải thưởng\s+(?:[“\"«][^“”\"«»]{{3,60}}[”\"»]|[{UPPER}][\w-]*(?:\s+[\w-]+){{0,7}}?{_NAME_ENDS}))"
)
# (not an academic title: 'danh hiệu Giáo sư danh dự', 'Tiến sĩ danh dự')
_HERO_BARE = frozenset({"anh hùng"})  # the hero titles told by their first word alone
_TITLE_UNQUOTED = re.compile(
    rf"(?<!\w)(?:{_GIVES_TITLE}|công nhận|(?P<attained>đạt))\s+"
    r"(?P<title>danh hiệu\s+(?!(?:Phó\s+)?Giáo sư|Tiến sĩ|Thạc sĩ)"
    rf"(?P<name>[{UPPER}][\w-]*(?:\s+[\w-]+){{0,7}}?){_NAME_ENDS})"
)


def _echoes_holder(key: str, m: re.Match[str]) -> bool:
    """'120 gia đình đạt danh hiệu Gia đình hiếu học', '15 dòng họ đạt danh hiệu Dòng họ khuyến học': a title attained,
    unquoted, is read only where it names the kind of unit said to attain it just before (its first two words), as a
    unit's title does; not a standing told ('đạt danh hiệu Hoàn thành xuất sắc nhiệm vụ')."""
    head = " ".join(m["name"].split()[:2]).casefold()
    return len(head.split()) == 2 and head in key[max(0, m.start() - _HOLDER_REACH) : m.start()]


_HOLDER_REACH = 40  # how far before 'đạt' the attaining unit is looked for
# a prize's name quoted whole, its word inside the quotes ('“Giải thưởng CNVC, LĐ tiêu biểu tỉnh X lần thứ nhất”')
_QUOTED_TO_END = re.compile(r"[^“”\"«»]{0,100}[”\"»]")
_GIFT_TO = re.compile(r"(?<!\w)quà(?:\s+(?:tết|động viên|tri ân))?\s+(?:cho\s+)?(?:(?:\d+|các|những)\s+)?$")
CLASS_ALONE_RULE = "awards.order-class-alone"  # the rule of a class named alone after its order ('..., hạng Nhì')
_CLASS_ALONE = re.compile(r"(?<!xếp )(?<!\w)hạng\s+(?P<cls>nhất|nhì|ba)(?!\w)")


def _classes_alone(key: str, orders: list[AwardMention], free) -> list[AwardMention]:
    """'Huân chương Lao động các hạng cho 5 tập thể (hạng nhất 1 tập thể; hạng nhì 3 tập thể)': a class
    written without its order, after an order or medal of a stated type, is that one's class ('Huy chương Chiến sĩ vẻ
    vang hạng Nhất cho 15 cá nhân, hạng Nhì cho 22 cá nhân': the medal's second class)."""
    out = []
    for m in _CLASS_ALONE.finditer(key):
        if not free(m.start(), m.end()):
            continue
        before = [o for o in orders if o.end <= m.start()]
        base = _CLASS_SUFFIX.sub("", before[-1].award) if before else ""
        if not before or base not in _CLASSED_TYPES:
            continue  # no order before, or the generic one
        award = f"{base}-{_CLASS[m['cls']]}"
        if award in award_types():
            out.append(AwardMention(m.start(), m.end(), award, rule=CLASS_ALONE_RULE))
    return out


_CLASS_SUFFIX = re.compile(r"-hang-(?:nhat|nhi|ba)$")
# the further classes after a classed form ('..., Nhì, Ba', ', hạng Nhì và hạng Ba'); a bare word only where nothing goes
# on after it ('hạng Nhì, ba tập thể' counts three)
_MORE_CLASSES = re.compile(r"(?:\s*(?:,|và)\s*(?:hạng\s+" + _CLASS_NAMES + r"|(?:nhất|nhì|ba)(?=\s*(?:[,;.)]|và\s|cho\s|$))))+")
# the orders and medals that have classes, each by its id without one ('huan-chuong-lao-dong', 'huy-chuong-chien-si-ve-vang')
_CLASSED_TYPES = frozenset(_CLASS_SUFFIX.sub("", t) for t in award_types() if _CLASS_SUFFIX.search(t)) - {"huan-chuong", "huy-chuong"}
# (and medals 'of all kinds', a contest's golds, silvers and bronzes: 'trao 45 huy chương các loại cho các vận động viên')
_CONTEST_MEDAL = re.compile(r"\s+(?:vàng|bạc|đồng|các loại)(?!\w)")
# (or handed out by the set, gold, silver and bronze: 'trao 48 bộ huy chương cho các vận động viên')
_MEDAL_WON = re.compile(r"(?<!\w)(?:(?:đoạt|giành|giật|đạt)(?:\s+(?:được|về))?(?:\s+(?:\d+|nhiều|các))?|(?:\d+|các|những)\s+bộ)\s+$")
_PARTY_BADGE = re.compile(r"\s+\d+(?:\s*(?:,|và)\s*\d+)*\s+năm\s+tuổi\s+đảng")  # 'Huy hiệu 30, 40, 45 và 50 năm tuổi Đảng'
_PARTY_OWN = re.compile(r"\s+đảng(?!\s+(?:bộ|ủy|viên)(?!\w))(?!\w)")  # 'Huy hiệu Đảng', not a badge for 'Đảng bộ X'


def _with_of(text: str, mention: AwardMention) -> AwardMention:
    m, name = _OF.match(text, mention.end), mention.name
    if m is None and mention.award in NAMED_FORMS and (own := _OWN_NAME.match(text, mention.end)) and own["bare"]:
        # 'Kỷ niệm chương Vì sự nghiệp Báo chí Việt Nam của Hội Nhà báo Việt Nam': the medal's own name unquoted, then
        # its owner (past a 'của' inside a name the table knows: 'Vì sự nghiệp kiểm tra của Đảng' names no owner)
        end = max(own.end("bare"), _medal_named_on(text, own.start("bare")))
        if _OWNER_NEXT.match(text, end) and (m := _OF.match(text, end)) is not None:
            name = text[own.start("bare") : end].strip()
    if not m:
        return mention
    return AwardMention(mention.start, m.end(), mention.award, mention.classes, m["who"], m.start("who"), m.end("who"), mention.rule, name)


_OWNER_NEXT = re.compile(r"\s+(?:của|CỦA)\s")


def _form_rule(form: str) -> str:
    return "awards.wording" if form in _EXTRA_FORMS else "awards.taxonomy-label"


_GIVEN_RIGHT_BEFORE = re.compile(r"(?<!\w)(?:tặng|trao|phong|công nhận|danh hiệu|nhận|đón nhận|đạt)\s*[“\"]?\s*$", re.I)


def recognise_awards(doc: Document) -> None:
    """Layer `awards`: award names (value: AwardMention, with the classes that share a count and its owner)."""
    spans = []
    # a title held, said before its holder's name ('Nhà giáo Ưu tú Nguyễn Văn An được tặng ...'), is how the person
    # is named, not an award the sentence gives
    named_from = {p.start for p in doc.spans("people")}
    # an article about Party badges ('Lễ trao Huy hiệu Đảng ...'): a bare 'Huy hiệu' in it is that badge, no award
    party_badges = _PARTY_BADGE_NAMED.search(doc.text) is not None
    province = doc.place.province
    city = province is not None and province.type == "thành phố trung ương"
    # an award's short form inside a body's name is a word of that name ('Hội CTĐ xã A': the Red Cross, not a flag)
    bodies = [(o.start, o.end) for o in doc.spans("orgs")]
    # a short form the article defines for words that name no award ('Hội Chữ thập đỏ (CTĐ)'): those words, not a flag
    defined_otherwise = _short_forms_of_other_words(doc.text)
    for sent in doc.sentences:
        found = find_awards(sent.text)
        # ('trao Bằng và Huy hiệu Anh hùng LLVTND': the title's insignia, the title handed over, no badge of its own)
        insignia = {
            a.start
            for a, b in itertools.pairwise(found)
            if a.award == "huy-hieu" and _INSIGNIA_OF.fullmatch(sent.text, a.end, b.start) and b.award != "huy-hieu"
        }
        # ('trao Bằng công nhận và Huy hiệu cho 9 nghệ nhân ưu tú': a bare badge handed with a certificate, the title
        # the sentence names after them its insignia's)
        insignia |= {
            a.start
            for i, a in enumerate(found)
            if a.award == "huy-hieu"
            and a.name is None
            and CERTIFICATE_BEFORE.search(sent.text, 0, a.start)
            and any(award_types()[b.award].kind == "honorary_title" for b in found[i + 1 :])
        }
        for a in found:
            if a.start in insignia:
                continue
            at = sent.start + a.start
            short = sent.text[a.start : a.end]
            if short.isupper() and (short in defined_otherwise or any(s <= at and sent.start + a.end <= e for s, e in bodies)):
                continue
            if city and a.award == "chien-si-thi-dua-co-so" and (level := _CITY_LEVEL.match(sent.text, a.end)):
                # 'Chiến sĩ thi đua cấp Thành phố' in Hà Nội's or Hồ Chí Minh City's article: the province's title (a
                # town's or a district's city confers none of its own, only the grassroots one)
                a = replace(a, end=level.end(), award="chien-si-thi-dua-cap-bo-tinh", rule="awards.city-level-fighter")
            if party_badges and a.award == "huy-hieu" and _BARE_BADGE.fullmatch(sent.text, a.start, a.end):
                continue  # 'Đồng chí A trao Huy hiệu cho các đảng viên'
            a = _owner_named_in_full(doc, sent.start, a)
            end = sent.start + a.end
            # (not one given right there: 'truy tặng danh hiệu Bà mẹ Việt Nam anh hùng Nguyễn Thị X')
            named_next = end + 1 in named_from and doc.text[end : end + 1] == " "
            if named_next and not _GIVEN_RIGHT_BEFORE.search(sent.text, max(0, a.start - 30), a.start):
                continue
            spans.append(Span(sent.start + a.start, end, a.rule, rebase(a, -sent.start)))
    doc.write_layer("awards", spans)


# what a body's or an office's name goes on with past where an owner's words stop ('và' of 'Bộ Giáo dục và Đào tạo',
# the comma of 'Bộ Văn hóa, Thể thao và Du lịch')
_NAME_GOES_ON = re.compile(r"\s+và\s|,\s")


def _owner_named_in_full(doc: Document, base: int, a: AwardMention) -> AwardMention:
    """The award with its owner read to the end of the body or office named there, where the owner's words stopped
    inside its name ('Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo: 2 tập thể': the owner stopped at 'và', and the
    award, cut from its counts, was read as a bare commendation)."""
    if a.owner_start is None or a.owner_end is None:
        return a
    start, end = base + a.owner_start, base + a.owner_end
    if not _NAME_GOES_ON.match(doc.text, end):
        return a
    spans = [*doc.spans("titles", start, start + 1), *doc.spans("orgs", start, start + 1)]
    reach = max((s.end for s in spans if s.start == start), default=end)
    if reach <= end:
        return a
    return replace(a, end=reach - base, explicit_conferrer=doc.text[start:reach], owner_end=reach - base)


# a short form in brackets, defined for the words right before it ('Hội Chữ thập đỏ (CTĐ)', 'Cờ thi đua (CTĐ)')
_BRACKETED_SHORT_FORM = re.compile(rf"\(([{UPPER}]{{2,6}})\)")


def _short_forms_of_other_words(text: str) -> frozenset[str]:
    """The short forms `text` defines in brackets for the words before them, those words' initials, where the words
    name no award: 'Hội Chữ thập đỏ (CTĐ)' makes 'CTĐ' the Red Cross in that article, not the flag it abbreviates
    elsewhere; 'Cờ thi đua (CTĐ)' leaves it the flag."""
    found = set()
    for m in _BRACKETED_SHORT_FORM.finditer(text):
        short = m.group(1)
        words = text[max(0, m.start() - 12 * len(short)) : m.start()].split()[-len(short) :]
        if len(words) == len(short) and "".join(w[0] for w in words).upper() == short and not find_awards(" ".join(words)):
            found.add(short)
    return frozenset(found)


# ('Chiến sĩ thi đua cấp Thành phố', or bare: 'Chiến sĩ thi đua thành phố', not one named: 'thành phố Vinh')
_CITY_LEVEL = re.compile(rf"\s+(?:cấp\s+)?[Tt]hành phố(?!\w)(?!\s+[{UPPER}])")
_INSIGNIA_OF = re.compile(r"\s{1,2}")  # between 'Huy hiệu' and the title it is the insignia of
# a title's certificate handed with its insignia ('trao Bằng và huy hiệu', 'trao Bằng công nhận, Huy hiệu'): no badge of
# its own, but the title's
CERTIFICATE_BEFORE = re.compile(r"(?<!\w)[Bb]ằng(?:\s+công nhận)?\s*(?:,|và)\s*$")
_PARTY_BADGE_NAMED = re.compile(
    r"(?<!\w)[Hh]uy hiệu(?:\s+\d+(?:\s*(?:,|và)\s*\d+)*\s+năm)?\s+tuổi\s+[Đđ]ảng|(?<!\w)[Hh]uy hiệu\s+Đảng(?!\s+(?:bộ|ủy|viên))"
)
_BARE_BADGE = re.compile(r"[Hh]uy hiệu")


def recipients_kind(award: str) -> str | None:
    """individual / collective when the award fixes it, else None."""
    r = award_types()[award].recipients
    return {"individual": "individual", "collective": "collective", "household": "collective"}.get(r)


# a level written with the emulation fighter's title ('Chiến sĩ thi đua cơ sở', 'cấp cơ sở'): no conferrer changes it
_FIGHTER_LEVEL_NAMED = re.compile(r"(?:cấp\s+)?cơ sở\s*$", re.I)
# who confers the fighter's title of a ministry or province: a province's people's committee or its chair, a ministry
_MINISTRY_OR_PROVINCE = re.compile(r"(?:^|\s)(?:ủy ban nhân dân tỉnh|bộ(?!\s+(?:chỉ huy|tư lệnh))\s)", re.I)


# a certificate or flag named bare ('trao Bằng khen cho ...'), read at the province's level, and the Government's one
GOVERNMENT_FORM = {"bang-khen-cap-bo-tinh": "bang-khen-thu-tuong", "co-thi-dua-cap-bo-tinh": "co-thi-dua-chinh-phu"}
BY_LEVEL = frozenset(GOVERNMENT_FORM.items())


def refine_for_conferrer(award: str, conferrer_label: str | None, surface: str = "") -> str:
    """The certificate, flag or title a conferrer's level makes of a generic surface form ('Bằng khen' of the Prime
    Minister; a bare 'Chiến sĩ thi đua' of the province, but not one written 'cơ sở', nor one a department gives)."""
    if not conferrer_label:
        return award
    c = conferrer_label.casefold()
    if "thủ tướng" in c or c == "chính phủ":
        return GOVERNMENT_FORM.get(award, award)
    if (
        award == "chien-si-thi-dua-co-so"
        and (_MINISTRY_OR_PROVINCE.search(c) or _municipality_committee().search(c))
        and not _FIGHTER_LEVEL_NAMED.search(surface)
    ):
        return "chien-si-thi-dua-cap-bo-tinh"
    return award


@cache
def _municipality_committee() -> re.Pattern[str]:
    """The people's committee of a city of the centre ('ủy ban nhân dân thành phố hà nội'): a province's, in case
    folded, as conferrer labels are compared."""
    names = [u.name.casefold() for u in gazetteer().provinces() if u.type == "thành phố trung ương"]
    return re.compile(r"(?:^|\s)ủy ban nhân dân thành phố (?:" + "|".join(map(re.escape, names)) + r")(?!\w)")


def same_award(a: str, b: str) -> bool:
    """One award, or one of them the other's kind ('Huân chương Lao động' for 'Huân chương Lao động hạng Ba')."""
    return a == b or is_ancestor(a, b) or is_ancestor(b, a)


def common_kind(awards: list[str]) -> str:
    """The nearest award type all of `awards` are kinds of ('Nghệ sĩ Nhân dân' and 'Nghệ sĩ Ưu tú': a state honorary
    title; 'Bằng khen' and 'Giấy khen': a commendation)."""
    types, chain, award = award_types(), [], awards[0] if awards else "khen-thuong"
    while award:
        chain.append(award)
        award = types[award].broader if award in types else ""
    return next((a for a in chain if all(is_ancestor(a, b) for b in awards)), "khen-thuong")


def is_ancestor(ancestor: str, award: str) -> bool:
    types = award_types()
    while award:
        if award == ancestor:
            return True
        award = types[award].broader if award in types else ""
    return False
