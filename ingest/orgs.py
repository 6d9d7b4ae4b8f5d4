"""Organisation mentions: a small grammar of Vietnamese public bodies.

A mention is HEAD [LEVEL] [PLACE]: 'UBND huyện', 'Hội đồng TĐKT tỉnh', 'Thành ủy
Móng Cái', 'Ủy ban MTTQ Việt Nam tỉnh'. The head gives the body's kind and its
canonical wording; the level word and place name, or the article's place when
they are left implicit, give the unit it belongs to. The result is the body's
canonical full name ('Ủy ban nhân dân huyện Bình Liêu'), which is also its
identity across articles.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field, replace
from functools import cache

from . import levels, lexicon
from .alternation import by_first_letter
from .casefree import lowered, searchable
from .context import PlaceContext, place_near
from .counts import counts_in
from .document import Document, Span, skip_space
from .gazetteer import NAME_REST, NAME_WORD, Gazetteer, Unit, commune_districts, gazetteer
from .names import AWARD_START, LOWER, UPPER, highlands_given_name, leading_name

# kinds, as in the ontology (tdkt:PartyCommittee, ...)
PARTY = "PartyCommittee"
PEOPLES_COMMITTEE = "PeoplesCommittee"
PEOPLES_COUNCIL = "PeoplesCouncil"
MASS = "MassOrganisation"
EMULATION_COUNCIL = "EmulationCouncil"
DEPARTMENT = "Department"
BLOC = "EmulationBloc"
ENTERPRISE = "Enterprise"
UNIT = "OtherUnit"


@dataclass(frozen=True)
class OrgRef:
    """A body as the article names it, resolved to its canonical name and place."""

    name: str
    kind: str
    unit_code: str | None = None
    level: str | None = None  # national | province | district | commune
    parent: str | None = None  # canonical name of the body it belongs to
    aliases: tuple[str, ...] = field(default=(), compare=False)
    place: str | None = field(default=None, compare=False)  # 'xã Quảng Long': a commune, which the gazetteer lacks
    unplaced: bool = False  # a local body whose place neither the mention nor the article gives ('UBND' alone)


_LEVEL = rf"(?P<level>{levels.ANY})"
_CAP = rf"(?=[{UPPER}]){NAME_WORD}"  # 'H’leo' in 'Ea H’leo': an apostrophe inside a Central Highlands name
_PLACE = rf"(?P<place>(?:{_CAP}|\d{{1,2}}(?!\w)){NAME_REST})"  # 'Lạng sơn': case is checked by the gazetteer
# 'UBND tỉnh Bắc Kạn', 'UBND TP.HCM', and a short level word glued to the name ('UBND H.Tiên Yên')
_PLACE_AFTER = re.compile(r"(?:\s+|\.(?=[" + UPPER + r"])|(?<=\.)(?=[" + UPPER + r"0-9]))" + _PLACE)
_LEVEL_AFTER = re.compile(r"\s+" + _LEVEL + r"(?:(?<=\.)|(?!\w))", re.I)
_GENERIC = re.compile(rf"\s*(?:các|những|cấp|\d+\s+(?:{levels.ANY})(?!\w))\b", re.I)

_PARTY_HEAD = rf"(?P<party>{levels.PARTY_HEAD})\s+ủy(?!\s*viên)"
# every written form of a department's name -> its canonical name ('GD&ĐT' -> 'Giáo dục và Đào tạo')
DEPARTMENT_FORMS = {
    form.strip(): r[0].strip() for r in lexicon.rows("departments.txt") for form in (r[0], *(r[1].split(";") if len(r) > 1 else ()))
}


# and each written with its words after the first in lower case, as portals write them ('Sở Thông tin và truyền thông',
# 'Sở Văn hóa, thể thao và du lịch')
def _lower_after_first(form: str) -> str:
    first, _, rest = form.partition(" ")
    return f"{first} {rest.lower()}" if rest else form


DEPARTMENT_FORMS |= {
    _lower_after_first(form): canonical
    for form, canonical in list(DEPARTMENT_FORMS.items())
    if _lower_after_first(form) not in DEPARTMENT_FORMS
}
# and each joined by an en or em dash where the table writes a hyphen ('Sở Văn hóa – Thể thao và Du lịch', 'Phòng Tài
# chính – Kế hoạch'), as many portals print it
DEPARTMENT_FORMS |= {
    form.replace(" - ", dash): canonical for form, canonical in list(DEPARTMENT_FORMS.items()) if " - " in form for dash in (" – ", " — ")
}
DEPARTMENT_NAMES = tuple(DEPARTMENT_FORMS)
# a short form -> (the day its body changed, the canonical name from then): 'Nông nghiệp' from 1 March 2025
_DEPARTMENT_SUCCESSORS = {r[0]: (dt.date.fromisoformat(r[1]), r[2]) for r in lexicon.rows("department_successors.tsv")}


def department_named(form: str, ctx: PlaceContext) -> str:
    """The canonical name of the department `form` names, as in force on the article's date."""
    successor = _DEPARTMENT_SUCCESSORS.get(form)
    if successor is not None and ctx.published is not None and ctx.published >= successor[0]:
        return successor[1]
    return DEPARTMENT_FORMS.get(form, form)


# two-syllable words that keep a lower-case syllable inside a proper name ('Ngân hàng', 'Nhà nước')
_COMPOUNDS = lexicon.name_compounds()
_DEPT_FORMS = "|".join(re.escape(n) for n in sorted(DEPARTMENT_NAMES, key=len, reverse=True))
# (a name that goes on after a dash with another field is another office: 'Phòng Kế hoạch - Tài chính Sở Y tế' is no
# 'Phòng Kế hoạch'; a title after a dash is not a field: 'Giám đốc Sở Y tế - Trưởng ban')
_DEPT = rf"(?:{_DEPT_FORMS})(?![\w&])(?!\s*[-–]\s*(?:{_DEPT_FORMS})(?!\w))"


@dataclass(frozen=True)
class BodySpec:
    """A row of lexicon/bodies.tsv: how one kind of body is written, and its canonical name."""

    rule: str
    regex: re.Pattern[str]
    head: str
    kind: str
    place: str  # local | party | none
    default_level: str | None


# the words a body's own name, read up to them, ends before (bodies.tsv {verbs_after}: 'Hiệp hội Dệt may Việt Nam tặng ...')
_VERBS_AFTER_NAME = "tặng|trao|đã|đang|vừa|cũng|và|cho|được|khen thưởng|phát biểu|tổ chức"


def _load_specs() -> list[BodySpec]:
    specs = []
    for r in lexicon.records("bodies.tsv", ("rule", "pattern", "head", "kind", "place", "ignorecase", "default_level")):
        pattern = r["pattern"].replace("{party_head}", _PARTY_HEAD).replace("{departments}", _DEPT).replace("{upper}", UPPER)
        pattern = pattern.replace("{compounds}", _COMPOUNDS).replace("{lower}", LOWER).replace("{verbs_after}", _VERBS_AFTER_NAME)
        flags = re.I if r["ignorecase"] == "yes" else 0
        specs.append(BodySpec(r["rule"], re.compile(pattern, flags), r["head"], r["kind"], r["place"], r["default_level"] or None))
    return specs


_SPECS = _load_specs()


def _specs_by_letter(specs: list[BodySpec]) -> tuple[dict[str, list[BodySpec]], list[BodySpec]]:
    """The rows that can begin with each letter, in table order (a row whose first letter cannot be read is in
    every list), and the rows for any other letter: a mention tries only the rows that can match it."""
    by_letter, everywhere = by_first_letter([(s.regex.pattern, s.regex.flags) for s in specs])
    return {c: [specs[i] for i in ids] for c, ids in by_letter.items()}, [specs[i] for i in everywhere]


_SPECS_BY_LETTER, _SPECS_ANY = _specs_by_letter(_SPECS)
# an emulation bloc is named by its capitalised name or its number, never 'các khối thi đua'
# ('Khối thi đua các xã, thị trấn': a list of levels is one name)
# what a bloc does, after its name: no name begins with it ('Cụm thi đua bình chọn Phòng A, ...': the bloc votes)
_BLOC_ACTS = (
    r"tổ chức|đăng ký|ký|ký kết|giao ban|tổng kết|sơ kết|họp|phát động|triển khai|chủ trì|điều hành|phát biểu|cho biết"
    r"|nhấn mạnh|báo cáo|tham dự|dự|trao|tặng|nhận|đón nhận|suy tôn|bình chọn|bình xét|xét|bầu|thống nhất"
    # (what its members go on doing: 'các đơn vị trong Khối thi đua tiếp tục đẩy mạnh ...')
    r"|tiếp tục|đẩy mạnh|hưởng ứng|luôn|đều|tích cực|quyết tâm"
    # (the manner of its holding: 'Cụm thi đua các tỉnh Tây Nguyên long trọng tổ chức ...')
    r"|long trọng|trọng thể|chính thức|vừa\s+(?:tổ chức|tiến hành|ký kết|họp)"  # (not 'doanh nghiệp nhỏ và vừa')
)
_BLOC = re.compile(
    r"(?:(?P<head>Khối|Cụm) thi đua\s+(?P<desc>các\s+\w+(?:\s\w+)?(?:,\s*(?:thị trấn|thành phố|phường|xã|huyện|thị xã|quận)(?!\w))+"
    rf"|(?!(?:đã|được|sẽ|đang|cũng|và|có|là|năm|thuộc|số\s+\d|{_BLOC_ACTS})(?!\w)).+?)"
    r"|(?P<head2>[Kk]hối|[Cc]ụm) thi đua\s+(?P<desc2>số\s+\d+\w*|các\s+\w+(?:\s\w+)?(?:,\s*(?:thị trấn|thành phố|phường|xã|huyện|thị xã|quận)(?!\w))*))"
    # a comma ends the name, but in the fixed 'các sở, ban, ngành' ('Khối thi đua các sở, ngành kinh tế')
    # (or the province the bloc is of: 'Cụm thi đua các huyện, thị xã, thành phố tỉnh Lào Cai')
    # (or the quarter or months of its meeting: 'Hội nghị giao ban Khối thi đua ... quý I/2024', '... 6 tháng đầu năm')
    rf"(?=\s+(?:đã|được|năm|quý|\d+\s+tháng|trong|tại|của|với|gồm|có|do|vì|trực thuộc|{_BLOC_ACTS})(?!\w)|\s*[-–]\s(?![Xx]ã hội(?!\w))|[.;:“\"(]"
    # (a bloc by its number ends there: 'Khối thi đua số 3 và Sở Nội vụ là ...')
    r"|(?<=\d)(?=\s)|(?<=\d[A-Za-z])(?=\s)"
    r"|(?:(?<=thành phố)|(?<=thị xã)|(?<=thị trấn)|(?<=huyện)|(?<=quận)|(?<=phường)|(?<=xã))\s+tỉnh(?!\w)"
    # (nor 'Khối thi đua các cơ quan Đảng, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh X': its members)
    # (nor 'Cụm thi đua các trường đại học, cao đẳng khu vực miền Trung': the kinds of its members)
    # (nor 'Khối thi đua các Ban xây dựng Đảng, Văn phòng Huyện ủy và Trung tâm Chính trị huyện X': the Party's office)
    r"|,(?!\s*(?:ban|ngành|đoàn thể|Mặt trận|MTTQ|các đoàn thể|cao đẳng|trung cấp|học viện|viện"
    r"|Văn phòng (?:Tỉnh|Thành|Huyện|Quận|Thị) ủy)(?!\w))|$)"
)
_SMALL_COUNT = lexicon.cue("small-count").pattern
_SEVERAL_UNITS = r"(?:tỉnh|thành phố trực thuộc|bộ|cơ quan trung ương)(?!\w)"
_OF_PROVINCES = re.compile(rf"các\s+{_SEVERAL_UNITS}", re.I)
# the same said after a bloc's number, of its members ('Cụm thi đua số 3 gồm Tòa án nhân dân các tỉnh Tây Nguyên', 'Cụm
# thi đua số 5 Cục Thuế các tỉnh miền Trung', 'Khối thi đua số 2 gồm 6 tỉnh Đông Nam Bộ'): a sector's bloc across provinces
_OF_PROVINCES_AFTER = re.compile(
    rf"\s+(?:(?:bao\s+)?gồm(?:\s+có)?\s*:?\s*)?(?:[{UPPER}]\w*(?:\s+\w+){{0,4}}?\s+)?(?:các|{_SMALL_COUNT})\s+{_SEVERAL_UNITS}"
)
# a bloc of a region or of the country ('Cụm thi đua các trường đại học khu vực miền Trung') is no one province's
_REGIONAL = re.compile(
    r"(?<!\w)(?:khu vực\s+(?:miền|phía|Tây Bắc|Tây Nguyên|Đông Bắc|Đông Nam Bộ|Nam Bộ|Bắc Bộ|Trung Bộ|Duyên hải|Đồng bằng)"
    r"|miền (?:Bắc|Trung|Nam)|toàn quốc|cả nước)(?!\w)"
)
# a bloc of a department's units, the department's name holding a comma ('Văn hóa, Thể thao và Du lịch')
_COMMA_DEPARTMENT = re.compile(
    r"(?P<desc>[^.;:“\"(]{0,60}?(?:Sở|Bộ|Phòng)\s+(?:Văn hóa, Thể thao và Du lịch|Lao động, Thương binh và Xã hội))"
)
# a bloc's name that ends with a district named ('... và Trung tâm Chính trị huyện Lục Ngạn'), or with a district's level
# word alone ('... đoàn thể huyện')
_DISTRICT_NAMED_AT_END = re.compile(rf"(?<!\w)(?P<level>huyện|quận|thị xã|thành phố)(?=\s+[{UPPER}][^,]*$)")
_DISTRICT_AT_END = re.compile(r"(?<!các)(?<!những)(?<!,)\s+(?P<level>huyện|quận|thị xã)$")
# a district's Party committee named in a body's name ('Ban Tổ chức Huyện ủy', 'Văn phòng Quận ủy')
DISTRICT_PARTY = re.compile(r"(?<!\w)(?:Huyện|Quận|Thị) ủy(?!\w)")
# a bloc's name that ends with its unit's level word, not a list of levels ('các huyện', 'các xã, thị trấn')
_LEVEL_AT_END = re.compile(rf"(?<!các)(?<!những)(?<!,)\s+(?P<level>{levels.UNIT})$", re.I)
_LEVEL_WORDS = {"province": ("tỉnh", "thành phố"), "district": levels.DISTRICT_WORDS}
_PARTY_PREFIX = {
    "tỉnh": "Tỉnh ủy",
    "thành phố trung ương": "Thành ủy",
    "thành phố": "Thành ủy",
    "huyện": "Huyện ủy",
    "quận": "Quận ủy",
    "thị xã": "Thị ủy",
}


def _earlier_type(unit: Unit, written: str | None) -> str | None:
    """The district type the text gives a unit the gazetteer knows by a later one ('huyện Thủy Nguyên', a city since
    2025; a unit is raised, never lowered), else None."""
    if unit.level != "district" or written not in levels.DISTRICT_RANK or unit.type_word not in levels.DISTRICT_RANK:
        return None
    return written if levels.DISTRICT_RANK[written] < levels.DISTRICT_RANK[unit.type_word] else None


def party_committee(unit: Unit, written: str | None = None) -> OrgRef:
    """The Party committee of a unit: Tỉnh ủy Quảng Ninh, Huyện ủy Bình Liêu, Thành ủy Móng Cái, Quận ủy Quận 3; a
    district's by the type the text gives it (`written`: 'Huyện ủy Thủy Nguyên' before it became a city)."""
    name = unit.label[0].upper() + unit.label[1:] if unit.numbered else unit.name
    kind = _earlier_type(unit, written) or unit.type
    return OrgRef(f"{_PARTY_PREFIX[kind]} {name}", PARTY, unit.code, unit.level)


def party_committee_unplaced(level_word: str, name: str) -> OrgRef:
    """The Party committee of a district named without a unit ('Huyện ủy Tam Nông', a name two provinces share)."""
    return OrgRef(f"{_PARTY_PREFIX[level_word]} {name}", PARTY, None, "district")


def _as_written(unit: Unit, level_word: str | None) -> str:
    """A district's name with the type the text gives it, where the gazetteer knows it by a later one ('UBND huyện
    Thủy Nguyên' in 2024, a city since 2025): the body as it was named then; the unit's code stays the one unit's."""
    earlier = _earlier_type(unit, levels.canonical(level_word.lower()) if level_word else None)
    return f"{earlier} {unit.name}" if earlier else unit.label


def peoples_committee(unit: Unit, written: str | None = None) -> OrgRef:
    """A unit's People's Committee; a district's by the type the text gives it (`written`, see _as_written)."""
    return OrgRef(f"Ủy ban nhân dân {_as_written(unit, written)}", PEOPLES_COMMITTEE, unit.code, unit.level)


def commune_committee(doc: Document, start: int, end: int) -> OrgRef | None:
    """'xã Hưng Đạo (huyện Tứ Kỳ) tổ chức', 'phường A, TP B đã tặng': a subject opening with a commune acts by the
    commune's People's Committee; the units after it are its address, not the agent."""
    start = skip_space(doc.text, start)
    commune = next((s for s in doc.spans("places", start, end) if s.rule == "places.commune"), None)
    if commune is None or commune.start != start:
        return None  # 'Khu dân cư số 4, phường A tổ chức': the commune is where the subject is, not the subject
    district = next(
        (s.value for s in doc.spans("places", commune.end, end) if s.rule == "places.typed-unit" and s.value.level == "district"),
        doc.place.district,
    )
    return OrgRef(
        f"Ủy ban nhân dân {commune.value}", PEOPLES_COMMITTEE, district.code if district else None, "commune", place=commune.value
    )


_PROVINCE_NEXT = re.compile(r"\s*[,(–-]\s*(?:tỉnh|thành phố|TP)\s")
# a place's name the gazetteer does not list, not a sentence's or a caption's first word run in ('UBND TP Ngày 28-10'),
# nor a level word ('Quận ủy Quận 3')
_UNLISTED_PLACE = re.compile(
    rf"(?!(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Hôm|Tháng|Năm|Trong|Tại|Theo|Với|Sau|Trước|Từ|Đến|Cùng|Ảnh|Nguồn|Quận|Huyện|Tỉnh|Thành|Thị|Xã|Phường|TP)(?!\w)){_CAP}(?:\s{_CAP})*"
)


def _place_after(text: str, pos: int, ctx: PlaceContext, level_word: str | None) -> tuple[Unit | None, str | None, int]:
    """Read an optional place name at `pos`; return (unit, unresolved surface name, end)."""
    m = _PLACE_AFTER.match(text, pos)
    if not m or (m["place"][0].isdigit() and levels.canonical(level_word or "") not in ("quận", "phường")):
        return None, None, pos  # 'UBND 2 xã' is two communes' committees, not Quận 2's
    words = m["place"].split()
    gz = gazetteer()
    n = gz.longest_name_at(words)
    if n:
        name = " ".join(words[:n])
        end = m.start("place") + len(name)
        province = ctx.province.code if ctx.province else None
        unit = gz.lookup(name, level_word, province)
        if unit is None and level_word and not levels.is_commune(level_word) and levels.canonical(level_word) != "tỉnh":
            unit = gz.lookup(name, None, province)  # 'thành phố Hạ Long' written 'huyện': the unit of that name
        # a commune's level word ('xã Thuận Hóa') never falls back to a district of the same name elsewhere; a commune
        # the gazetteer lacks keeps its whole name, though it begins with a listed one ('xã Long Điền A')
        if unit is not None or not (level_word and levels.is_commune(level_word)):
            return unit, None if unit else name, end
    if level_word and levels.is_commune(level_word):
        own = ctx.commune_for(level_word)
        at, own_name = m.start("place"), split_commune(own)[1] if own else ""
        if (
            own_name
            and text[at : at + len(own_name)].casefold() == own_name.casefold()
            and not text[at + len(own_name) : at + len(own_name) + 1].isalnum()
        ):
            return None, own_name, at + len(own_name)  # the article's commune, a word of it in lower case ('xã Hồng phong')
        holder = leading_name(text, pos=at)
        if holder and len(holder.split()) >= 3 and not _CAP_AFTER.match(text, at + len(holder)):
            # 'Chủ tịch UBND xã Hoàng Văn Dũng chủ trì' in an article about one commune: that commune's, then its
            # chair's name (a commune named for a hero, 'phường Hoàng Văn Thụ', is other than the article's own)
            if own_name:
                return None, own_name, at
            if (levels.canonical(level_word), holder) not in commune_districts():
                # in an article of no one commune, a name no commune bears: the chair's, of a commune unsaid
                return None, "", len(text[:at].rstrip())
        if (numbered := re.match(r"\d{1,2}(?!\w)", m["place"])) is not None:
            return None, numbered.group(0), m.start("place") + numbered.end()  # 'Phường 3', a ward the gazetteer lacks
        # (a state farm's township, its second word in lower case: 'thị trấn Nông trường Mộc Châu')
        capitalised = re.match(rf"(?:Nông trường\s+)?{_CAP}(?:\s{_CAP})*", m["place"])
        if capitalised is None:
            return None, None, pos
        name = _before_holder(text, m.start("place"), capitalised.group(0))
        if (numbered := _NUMBER_AFTER.match(text, m.start("place") + len(name))) and (
            (levels.canonical(level_word), f"{name} {numbered['n']}") in commune_districts()
            # (or a ward of the 2025 map, which the table of the old communes lacks, its name ending there: 'phường Hà
            # Giang 1, tỉnh Tuyên Quang')
            or _NAME_ENDS.match(text, numbered.end())
        ):
            name = f"{name} {numbered['n']}"  # 'phường Mỹ Đình 1', 'xã Tam Xuân 2': the number is the name's
        return None, name, m.start("place") + len(name)
    if (
        level_word
        and (capitalised := _UNLISTED_PLACE.match(m["place"]))
        and _ABROAD_AFTER.match(text, m.start("place") + capitalised.end())
    ):
        # 'Phó Chủ tịch tỉnh Attapeu (Lào)': another country's unit, which the gazetteer lacks: its name as written, not
        # the article's province
        return None, capitalised.group(0), m.start("place") + capitalised.end()
    district_word = level_word is not None and levels.canonical(level_word) in levels.DISTRICT_WORDS
    # (or a Central Highlands given name with its mark, 'Y Phương', 'A Sang': a person's, whatever follows)
    holder = (leading_name(text, pos=m.start("place")) or highlands_given_name(text, m.start("place"))) if district_word else None
    if holder and len(holder.split()) < 3 and _PROVINCE_NEXT.match(text, m.start("place") + len(holder)):
        holder = None  # 'huyện Sầm Tớ, tỉnh Hủa Phăn': a place that begins with a family name, its province after it
    if district_word and (capitalised := _UNLISTED_PLACE.match(m["place"])) and not holder:
        # 'Bệnh viện Đa khoa huyện Tĩnh Gia', a district the gazetteer lacks (merged before 2020, or another country's): its
        # name as written, not the article's district ('Chủ tịch UBND huyện Nguyễn Văn A', its chair's name, is none)
        name = _before_holder(text, m.start("place"), capitalised.group(0))
        # (three words or more are a person's more likely: 'Chủ tịch UBND huyện Lô Thanh Hoàng'; one is none of a
        # district's, which the gazetteer lists whenever so short: 'Ảnh: UBND TP Trận chung kết ...' names no 'TP Trận')
        if len(name.split()) == 2:
            return None, name, m.start("place") + len(name)
    return None, None, pos


_CAP_AFTER = re.compile(rf"\s+[{UPPER}]")
# a neighbouring country named right after a unit, in brackets or after a comma ('tỉnh Attapeu (Lào)', ', nước CHDCND Lào')
_ABROAD_AFTER = re.compile(
    r"\s*(?:\(\s*|,\s*(?:nước\s+(?:bạn\s+)?)?)(?:CHDCND Lào|Lào|Campuchia|Vương quốc Campuchia|Trung Quốc|Cộng hòa Dân chủ Nhân dân Lào)(?!\w)"
)
_NUMBER_AFTER = re.compile(r" (?P<n>[1-9]\d?)(?![\w/.,]\d)(?!\w)")
# where a unit's name ends: a stop, a bracket, the sentence's end, or the level word of the unit it is in
_NAME_ENDS = re.compile(rf"\s*(?:[,;.:()]|$|\s(?i:{levels.ANY})\s)")


def _before_holder(text: str, start: int, run: str) -> str:
    """'Bí thư Đảng ủy xã Tân Mỹ Nguyễn Văn An': a commune the gazetteer does not list, its name run into its office
    holder's. The commune keeps at least two words; the rest is a full name (a known family name first) reaching past
    the run ('phường Hoàng Văn Thụ' alone stays whole)."""
    words = run.split(" ")
    at = start
    for k, word in enumerate(words):
        if k >= 2:
            holder = leading_name(text, pos=at)
            if holder and at + len(holder) >= start + len(run):
                return " ".join(words[:k])
        at += len(word) + 1
    return run


# a place's organs as lists of joint holders name them, each without its place ('Thành ủy, HĐND, UBND, Ủy ban MTTQ ...')
LIST_HEADS = (
    r"(?:HĐND|UBND|UBMTTQ|MTTQ|Ủy ban MTTQ(?: Việt Nam)?|Ủy ban nhân dân|Hội đồng nhân dân|Mặt trận Tổ quốc(?: Việt Nam)?"
    r"|Đảng ủy|Huyện ủy|Tỉnh ủy|Thành ủy|Thị ủy|Hội đồng TĐKT|Hội đồng TĐ\s*[-–]\s*KT(?![-–\w])|Hội đồng Thi đua\s*-\s*Khen thưởng)"
)
# a place's organ named bare, before the last of a joint list that names the place ('Đảng ủy, HĐND, UBND xã X')
BARE_ORGAN = re.compile(LIST_HEADS, re.I)
# 'Đảng ủy - HĐND - UBND - MTTQ xã Quảng Long': the place after the last body is every body's
_SHARED_PLACE = re.compile(r"(?:\s*[-–,]\s*(?:và\s+)?" + LIST_HEADS + r")+(?=\s+" + _LEVEL + r"(?!\w))", re.I)


# a union, then an institution's head noun alone: the union of the article's one institution of that kind
_OWN_HEAD_WORDS = r"(?i:tổng công ty|công ty|bệnh viện|trường|nhà trường|ngân hàng|tập đoàn)"  # (see _INSTITUTION_WORDS)
_UNION_OF_OWN = re.compile(rf"Công đoàn(?: cơ sở)?\s+(?P<word>{_OWN_HEAD_WORDS})(?!\w)(?![ \t]+[{UPPER}0-9])")
# a board of a mass organisation by its own name, then the organisation ('Ban Chính sách - Pháp luật Tổng LĐLĐ Việt Nam',
# 'Ban Tổ chức Tỉnh đoàn', 'Ban Nữ công LĐLĐ tỉnh'); not its standing or executive committee, which acts as it
_PARTY_IN_NAME = re.compile(r"(?<!\w)(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s+ủy(?!\w)", re.I)
_MASS_BOARD_OF = re.compile(
    rf"[Bb]an\s+(?!(?:Thường vụ|Chấp hành|Chỉ đạo|Chỉ huy|Thường trực|Đại diện|Điều hành|Quản lý|Tổ chức Đại hội)(?!\w))"
    rf"(?P<name>[{UPPER}][\w]*(?:\s+(?:[-–]\s+)?(?!kiêm(?!\w))[\w]+){{0,5}}?)\s+"  # (not 'Ban Dân vận kiêm Chủ tịch ...')
    r"(?=(?:Tổng LĐLĐ|Tổng Liên đoàn|LĐLĐ|Liên đoàn Lao động|Công đoàn|Tỉnh đoàn|Thành đoàn|Huyện đoàn|Quận đoàn|Thị đoàn"
    r"|Trung ương Đoàn|TW Đoàn|Trung ương Hội|TW Hội|Hội|Ủy ban MTTQ|UBMTTQ|Ủy ban Mặt trận)(?!\w))"
)

# an office by its own name, then the body it is of ('Phòng Nghiệp vụ Dược Sở Y tế'): a few words, then that body's start
_CLAUSE_WORD = re.compile(r"(?<!\w)(?:được|đã|vừa|vinh dự|nhận|tặng|trao|đón nhận|là|cho|của)(?!\w)")
_OFFICE_OF = re.compile(
    rf"[Pp]hòng\s+(?=[{UPPER}])(?P<name>[^\s,;.()]+(?:\s+(?:[-–]\s+)?[^\s,;.()]+){{0,6}}?)(?:\s*,)?\s+"
    r"(?=(?:Sở|Bộ|Công an|Cục|Tổng cục|Chi cục|Bảo hiểm|BHXH|Kho bạc|KBNN|Ngân hàng|Bệnh viện|Viện|Học viện|Đại học|Trung tâm"
    r"|Văn phòng|Ủy ban|UBND|Tòa án|TAND|VKSND|Tập đoàn|Tổng công ty|Công ty)(?!\w))"
)


def parse_org(text: str, pos: int, ctx: PlaceContext, hint: Unit | None = None) -> tuple[OrgRef, int, str] | None:
    """The body named at text[pos:], with the end of its mention and the id of the rule that read it, or None; a
    number at its end that counts the nouns after it left out (_count_left_out)."""
    parsed = _parse_org(text, pos, ctx, hint)
    return _count_left_out(text, *parsed) if parsed is not None else None


def _parse_org(text: str, pos: int, ctx: PlaceContext, hint: Unit | None = None) -> tuple[OrgRef, int, str] | None:
    """The body named at text[pos:], with the end of its mention and the id of the rule that read it, or None.

    `hint` is the unit of a neighbouring body in the same title chain, used when
    the mention gives no level or place ('Phó Bí thư, Chủ tịch UBND huyện').
    Generic plurals ('UBND các huyện') are not bodies and give None.
    """
    bloc = _BLOC.match(text, pos)
    if bloc and not re.search(r"(?:các|những)\s*$", text[max(0, pos - 8) : pos]):
        desc, end = bloc["desc"] or bloc["desc2"], bloc.end()
        if bloc["desc"] and (named := _COMMA_DEPARTMENT.match(text, bloc.start("desc"))) and named.end() > end:
            desc, end = named["desc"], named.end()  # '... thuộc Sở Văn hóa, Thể thao và Du lịch': a comma in a name
        desc = desc.strip(" ,")
        core = f"{(bloc['head'] or bloc['head2']).capitalize()} thi đua {desc}"
        of = re.compile(r"\s+của").match(text, end)
        owner = _owner_after(text, of.end(), ctx) if of else None
        if owner is None and desc.startswith("số") and (party := _body_named_after(text, end, ctx, _PARTY_COMMITTEE)) is not None:
            owner = party  # 'Cụm thi đua số 6 Tỉnh ủy gồm 5 đơn vị: Huyện ủy A, ...': a bloc of the committee's units
        if owner is not None:  # 'Khối thi đua số 6 của Ngân hàng Nhà nước': a bloc of a ministry's or a sector's units
            org, end = owner
            return OrgRef(f"{core} của {org.name}", BLOC, None, org.level, org.name, aliases=(text[pos:end],)), end, "orgs.emulation-bloc"
        # a bloc of communes is the district's; any other, the province's: the one written after it, else the article's
        # (or one whose name ends in a district's level word, or names a district's Party committee: 'Khối thi đua các cơ
        # quan Đảng, Mặt trận và đoàn thể huyện', 'Khối thi đua các Ban Đảng, Văn phòng Huyện ủy')
        # (of the article's district's own level: 'các cơ quan Đảng huyện' in a town's article is no bloc of the town)
        ends = _DISTRICT_AT_END.search(desc)
        of_district = re.search(r"(?<!\w)(?<!thị )(?:xã(?! hội)|phường|thị trấn)(?!\w)", desc) or (
            ends is not None and ctx.district is not None and ctx.district.label.startswith(ends["level"] + " ")
        )
        unit = ctx.district if ctx.district and (of_district or DISTRICT_PARTY.search(desc)) else ctx.province
        if (ends := _DISTRICT_NAMED_AT_END.search(desc)) is not None:
            named, _, named_end = _place_after(desc, ends.end(), ctx, ends["level"])
            if named is not None and named.level == "district" and named_end == len(desc):
                unit = named  # '... Văn phòng Huyện ủy và Trung tâm Chính trị huyện Lục Ngạn': the district named last
        if (lm := _LEVEL_AFTER.match(text, end)) and levels.canonical(lm["level"]) == "tỉnh":
            written, _, place_end = _place_after(text, lm.end(), ctx, lm["level"])
            if written is not None and written.level == "province":
                unit, end = written, place_end  # 'Cụm thi đua các huyện, thị xã, thành phố tỉnh Lào Cai'
        if _OF_PROVINCES.match(desc) or _REGIONAL.search(desc) or _OF_PROVINCES_AFTER.match(text, bloc.end()):
            unit = None  # 'Cụm thi đua các tỉnh biên giới phía Bắc': a bloc of provinces (or of a region) is no province's
        suffix = f" {unit.label}" if unit and unit.name not in desc else ""
        level_word = _LEVEL_AT_END.search(core) if suffix else None
        if level_word and levels.canonical(level_word["level"]) in _LEVEL_WORDS.get(unit.level, ()):  # type: ignore[union-attr]
            core = core[: level_word.start()]  # '... Văn hóa-Xã hội tỉnh': 'tỉnh Ninh Thuận' takes that word's place
        return (
            OrgRef(core + suffix, BLOC, unit.code if unit else None, unit.level if unit else None, aliases=(text[pos:end],)),
            end,
            "orgs.emulation-bloc",
        )
    if (union := _UNION_OF_OWN.match(text, pos)) is not None and (
        own := ctx.institution(_INSTITUTION_WORDS[union["word"].lower()])
    ) is not None:
        # 'Công đoàn Bệnh viện khen thưởng ...' in an article about one hospital: that hospital's union
        return (
            OrgRef(f"Công đoàn {own.name}", MASS, own.unit_code, own.level, parent=own.name, aliases=(union.group(0),)),
            union.end(),
            "orgs.union-of-own-institution",
        )
    board = _MASS_BOARD_OF.match(text, pos)
    if board is not None and _PARTY_IN_NAME.search(board["name"]):
        board = None  # 'Ban Tuyên giáo Tỉnh ủy và Hội Nông dân tỉnh': a Party committee's board, then another body
    if board is not None and (owner := parse_org(text, board.end(), ctx, hint)) is not None:
        body, end, _ = owner
        if body.kind == MASS:  # (its own row is read first: 'Ban Thi đua - Khen thưởng' is no province's here)
            name = f"Ban {board['name']} {body.name}"
            return (
                OrgRef(name, UNIT, body.unit_code, body.level, parent=body.name, aliases=(text[pos:end],)),
                end,
                "orgs.board-of-mass-body",
            )
    for acronym, org in ctx.acronyms:  # 'Agribank Cà Mau': a short form with its place, before the brand alone
        end = pos + len(acronym)
        if " " in acronym and text.startswith(acronym, pos) and not (end < len(text) and text[end].isalnum()):
            return replace(org, aliases=(acronym,)), end, "orgs.article-acronym"
    if (branch := _brand_branch(text, pos)) is not None:
        return branch
    # 'Tập đoàn Dầu khí Việt Nam (PVN)', then 'PVN khen thưởng': the body the article's own short form names, where a
    # row reads another (not 'HĐND huyện' in an article that defines the province's 'HĐND': the level's)
    acronym = _article_acronym(text, pos, ctx)
    defined = acronym if acronym is not None and not _LEVEL_AFTER.match(text, acronym[1]) else None
    for spec in _SPECS_BY_LETTER.get(text[pos : pos + 1], _SPECS_ANY):
        m = spec.regex.match(text, pos)
        if m:
            found = _parse_spec(spec, m, text, pos, ctx, hint)
            # (not where the row reads on past the short form: 'Ngân hàng Nhà nước (NHNN) chi nhánh tỉnh X', then
            # 'Giám đốc NHNN chi nhánh tỉnh X': the branch, not the bank)
            if defined is not None and (found is None or (found[0].name != defined[0].name and found[1] <= defined[1])):
                return defined
            return (found[0], found[1], "orgs." + spec.rule) if found else None
    office = _OFFICE_OF.match(text, pos)
    if office is not None and _CLAUSE_WORD.search(office["name"]):
        office = None  # 'Phòng Hành chính tư pháp được UBND tỉnh tặng ...': the clause goes on, no body's name
    if office is not None and (owner := parse_org(text, office.end(), ctx, hint)) is not None:
        # 'Phòng Nghiệp vụ Dược Sở Y tế', 'Phòng Kế hoạch - Tài chính, Sở Y tế tỉnh X': an office no row names, of the
        # body named after it
        body, end, _ = owner
        name = f"Phòng {office['name']} {body.name}"
        return OrgRef(name, UNIT, body.unit_code, body.level, parent=body.name, aliases=(text[pos:end],)), end, "orgs.office-of-body"
    if ctx.department is not None and (bare := bare_department(text, pos)) is not None:
        return ctx.department, bare, "orgs.own-department"  # its aliases are the forms that name it
    if ctx.council is not None and (bare := BARE_COUNCIL.match(text, pos)):
        return ctx.council, bare.end(), "orgs.own-council"  # 'Chủ tịch Hội đồng chủ trì', 'Hội đồng thống nhất đề nghị'
    return acronym


def _article_acronym(text: str, pos: int, ctx: PlaceContext) -> tuple[OrgRef, int, str] | None:
    """'Tổng Giám đốc EVNNPC': a short form the article defined, at `pos`; or after the head noun the body it stands for
    is named with ('Phòng PC07', 'Tổng công ty EVNNPC'), the same body."""
    for acronym, org in ctx.acronyms:
        words = org.name.split()
        heads = ("", *(" ".join(words[:n]) + " " for n in range(1, min(3, len(words) - 1) + 1)))
        for head in heads:
            end = pos + len(head) + len(acronym)
            if (
                text.startswith(head, pos)
                and text.startswith(acronym, pos + len(head))
                and not (end < len(text) and (text[end].isalnum() or text[end] == "&"))
            ):
                return replace(org, aliases=(text[pos:end],)), end, "orgs.article-acronym"
    return None


# a state bank's or a state telecom group's brand and a province's bare name: its branch there, as the press names it
# ('Giám đốc Agribank Quảng Bình', 'Vietcombank Hà Tĩnh', 'Viettel Lạng Sơn'), the name in the form the branch rows give it
_BRAND_THEN_PLACE = re.compile(rf"(?P<brand>Agribank|Vietcombank|VietinBank|BIDV|Viettel|VNPT)\s+(?=[{UPPER}])")
_BRAND_HEADS = {"Agribank": "Ngân hàng Nông nghiệp và Phát triển Nông thôn chi nhánh"}


_STOP_AFTER_WORD = '.,;:!?)"”'


def _words_to_stop(text: str) -> list[str]:
    """The words of `text` up to the first a stop ends, without it ('Cà Mau;' ends a place's name, 'Mau;' is no word)."""
    words: list[str] = []
    for word in text.split():
        core = word.rstrip(_STOP_AFTER_WORD)
        if core:
            words.append(core)
        if core != word:
            break
    return words


def _brand_branch(text: str, pos: int) -> tuple[OrgRef, int, str] | None:
    m = _BRAND_THEN_PLACE.match(text, pos)
    if m is None:
        return None
    words = _words_to_stop(text[m.end() : m.end() + 40])
    n = gazetteer().longest_name_at(words)
    unit = gazetteer().lookup(" ".join(words[:n]), "tỉnh") if n else None
    if unit is None or unit.level != "province":
        return None  # 'Tổng Giám đốc Agribank Tiết Văn Thành': the bank, then its head's name
    end = m.end() + len(" ".join(words[:n]))
    head = _BRAND_HEADS.get(m["brand"], f"{m['brand']} chi nhánh")
    return OrgRef(f"{head} {unit.label}", "OtherUnit", unit.code, unit.level, aliases=(text[pos:end],)), end, "orgs.bank-brand-branch"


# 'Chủ tịch Hội đồng chủ trì', 'Hội đồng đã bỏ phiếu': the emulation council the article names, not another council
# named after the word ('Hội đồng nhân dân', 'Hội đồng quản trị', 'Hội đồng khoa học', ...)
BARE_COUNCIL = re.compile(
    rf"(?<!\w)Hội đồng(?!\w)(?![ \t]+[{UPPER}&])(?!\s+(?:nhân dân|thi đua|quản trị|quản lý|khoa học|tuyển|giám khảo|xét duyệt|"
    r"thẩm định|nghệ thuật|sư phạm|đội|tư vấn|bầu cử|trường|giáo|hương|y khoa|chuyên môn|kỷ luật|lương|nghiệm thu|"
    r"chấm|định giá|bồi thường|thành viên|cấp)(?!\w))"
)
# 'Giám đốc Sở phát biểu', 'Sở đã tổ chức': the article's own department, not one named after it (on its line)
BARE_DEPARTMENT = re.compile(rf"(?<!\w)Sở(?!\w)(?![ \t]+[{UPPER}&])")
_BARE_SO = re.compile(r"(?<!\w)Sở(?!\w)[ \t]*")


def bare_department(text: str, pos: int) -> int | None:
    """Where a bare 'Sở' at `pos`, the article's own department, ends: 'Sở' alone, or before its officer's full name
    ('Phó Giám đốc Sở Nguyễn Thanh Tâm'; not 'Sở Lê Lợi', two syllables a street's or a school's name may be)."""
    if BARE_DEPARTMENT.match(text, pos):
        return pos + 2
    m = _BARE_SO.match(text, pos)
    name = leading_name(text, pos=m.end()) if m else None
    return pos + 2 if name is not None and len(name.split()) >= 3 else None


def writes_bare_department(text: str) -> bool:
    """Whether the text writes a bare 'Sở' anywhere, which the article's one department then stands for."""
    return any(bare_department(text, m.start()) is not None for m in _BARE_SO.finditer(text))


_NUMBERED_REGION = re.compile(r"\s+khu vực\s+(?:số\s+)?(?P<n>[IVXL]{1,6}|\d{1,2})(?![\w])")
# (or by the place it covers: 'khu vực Hạ Long', 'khu vực Thủ Dầu Một')
_NAMED_REGION = re.compile(rf"\s+khu vực\s+(?P<n>[{UPPER}][\w]*(?:\s+[{UPPER}][\w]*){{0,3}})(?!\w)")


def _parse_spec(spec: BodySpec, m: re.Match[str], text: str, pos: int, ctx: PlaceContext, hint: Unit | None) -> tuple[OrgRef, int] | None:
    """The body a matched row names: national, a Party committee's, or a local body with its place."""
    groups = {k: v or "" for k, v in m.groupdict().items()}  # (a row's alternatives each fill a group of their own)
    if groups.get("dept"):
        groups["dept"] = department_named(groups["dept"], ctx)
    if groups.get("sub"):  # 'Hội chữ thập đỏ xã': an association's name as the table writes it, its first letter capital
        groups["sub"] = groups["sub"][0].upper() + groups["sub"][1:]
    if spec.place == "none":
        end = m.end()
        if groups.get("paper"):  # 'Tổng Biên tập Báo Quảng Trị Trần Ngọc Lan': the paper's name ends before its editor's
            groups["paper"] = _before_holder(text, m.start("paper"), groups["paper"])
            end = m.start("paper") + len(groups["paper"])
        if groups.get("own"):
            if ctx.province is None:
                return None  # 'Đài PT-TH tỉnh' in an article that names no province: whose is not known
            groups["station"] = ctx.province.name  # the article's province's station
        press = groups.get("paper") or groups.get("station")
        if press and (province := gazetteer().lookup(press, "tỉnh")) is not None:
            # 'Báo Quảng Trị', 'Đài PT-TH Vĩnh Long': a province's own paper or station, named after it
            return OrgRef(spec.head.format(**groups), spec.kind, province.code, "province", aliases=(text[pos:end],)), end
        return OrgRef(spec.head.format(**groups), spec.kind, None, "national", aliases=(text[pos:end],)), end
    if spec.place == "party":
        return _party_body(spec, groups, text, pos, m.end(), ctx, hint)
    if spec.place == "ministry":
        return _ministry_s_own(spec, groups, text, pos, m.end(), ctx)
    end = m.end()
    if spec.rule == "provincial-board" and (cut := _placed_before_holder(text, m.start("sub"), groups["sub"], zone=True)) != groups["sub"]:
        # 'Trưởng ban Quản lý các khu công nghiệp Huỳnh Văn Sơn cho biết': the board's name ends before its holder's
        groups["sub"], end = cut, m.start("sub") + len(cut)
    region = _NUMBERED_REGION.match(text, end) if spec.place == "local" else None
    if "sub" in groups and spec.place == "local" and region is None and (named := _NAMED_REGION.match(text, end)):
        region = named if gazetteer().is_place_name(named["n"]) else None  # 'Đội Cảnh sát PCCC&CNCH khu vực Hạ Long'
    if region and "sub" in groups:
        # 'Phòng Cảnh sát PCCC và CNCH khu vực số 3 (Công an TP X)': a police unit's own area, within its province (the
        # province's force's: an area is no district's)
        groups = {**groups, "sub": f"{groups['sub']} {region.group(0).strip()}"}
        return _local_body(replace(spec, default_level="tỉnh"), groups, text, pos, region.end(), ctx, hint)
    if region:
        # 'Kho bạc Nhà nước khu vực VII', 'Chi cục Thuế khu vực II': a regional unit, over several provinces, by its number
        name = f"{spec.head.format(**groups)} khu vực {region['n']}"
        return OrgRef(name, spec.kind, None, None, aliases=(text[pos : region.end()],)), region.end()
    if spec.place == "institution":
        return _institution(spec, groups, text, pos, m, ctx)
    return _local_body(spec, groups, text, pos, end, ctx, hint)


def _ministry_s_own(spec: BodySpec, groups: dict, text: str, pos: int, end: int, ctx: PlaceContext) -> tuple[OrgRef, int] | None:
    """A ministry's own office or inspectorate, of the ministry named after it ('Thanh tra Bộ Tài chính') or, named
    bare, of the one the article is about ('Chánh Văn phòng Bộ'); None where neither is known (no province's own)."""
    of = _owner_after(text, end, ctx)
    if of is None or of[0].level != "national" or not of[0].name.startswith("Bộ "):
        return None
    owner, owner_end = of
    return OrgRef(
        f"{spec.head.format(**groups)} {owner.name}", spec.kind, None, "national", owner.name, aliases=(text[pos:owner_end],)
    ), owner_end


def _party_body(
    spec: BodySpec, groups: dict, text: str, pos: int, end: int, ctx: PlaceContext, hint: Unit | None
) -> tuple[OrgRef, int] | None:
    """A Party committee or one of its boards, placed by its own place name, a neighbour or the article."""
    word = groups["party"]
    if not word:  # a board told bare ('Trưởng Ban Tuyên giáo, ...'): of the article's district's committee, else its province's
        if ctx.commune is not None or (ctx.district or ctx.province) is None:
            return None  # (a commune's article: its own committee's boards are named with it)
        word = _PARTY_WORD[ctx.district.type if ctx.district is not None else ctx.province.type]  # type: ignore[union-attr]
    level_word = _short_party_level(word, ctx) if word in _PARTY_SHORT else levels.PARTY_LEVEL[word.lower()]
    # ('Thành ủy TP. Hồ Chí Minh', 'Thành ủy Thành phố Hồ Chí Minh', 'Huyện ủy huyện X': the committee's own level word
    # written again before the name)
    again = _LEVEL_AFTER.match(text, end)
    start = again.end() if again is not None and levels.canonical(again["level"]) == levels.canonical(level_word) else end
    unit, raw, after = _place_after(text, start, ctx, level_word)
    end = after if unit is not None or raw is not None else end
    if unit is None and raw is None:
        unit = hint if hint is not None and _fits(hint, level_word) else ctx.unit_for_level(level_word)
    if unit is None and raw is None and ctx.district_unplaced and ctx.district_unplaced[0] == levels.canonical(level_word):
        raw = ctx.district_unplaced[1]  # 'Huyện ủy' in an article on 'huyện Tam Nông', which no province places
    if unit is None and raw is None:
        # 'Tỉnh ủy' in an article that names no province: the committee of that level, its place unresolved
        name = _committee_named(spec, groups, _committee_word(word, level_word))
        return OrgRef(name, spec.kind, None, None, aliases=(text[pos:end],), unplaced=True), end
    if unit is None and levels.is_commune(level_word):
        return None
    if unit is None:
        # 'Huyện ủy Tam Nông', a district's name two provinces share, neither named (or one the gazetteer lacks): the
        # committee by its name as written, its place unresolved (as 'UBND huyện Tam Nông' is kept)
        name = _committee_named(spec, groups, f"{_committee_word(word, level_word)} {raw}")
        level = "province" if levels.canonical(level_word) == "tỉnh" else "district"
        return OrgRef(name, spec.kind, None, level, aliases=(text[pos:end],)), end
    party = party_committee(unit, level_word)
    youth = party.name.replace(" ủy ", " đoàn ", 1)
    name = spec.head.format(party=party.name, sub=groups.get("sub") or "", youth=youth)
    parent = party.name if "{party}" in spec.head and name != party.name else None
    return OrgRef(name, spec.kind, unit.code, unit.level, parent, aliases=(text[pos:end],)), end


# the word a Party committee is named by, by its unit's type ('Thành ủy' of a city, 'Huyện ủy' of a district): the
# level words' table read the other way, a centrally run city's committee a 'Thành ủy' too
_PARTY_WORD = {level: word for word, level in levels.PARTY_LEVEL.items()} | {"thành phố trung ương": "thành"}
_PARTY_SHORT = {"HU": "huyện", "QU": "quận", "TU": "tỉnh"}  # 'TU' read by the article's unit (_short_party_level)


def _committee_word(word: str, level_word: str) -> str:
    """The committee's word for its level, as written ('Tỉnh ủy', 'Huyện ủy'; a short form's by the level it names)."""
    return _PARTY_PREFIX[level_word] if word in _PARTY_SHORT else word[:1].upper() + word[1:].lower() + " ủy"


def _committee_named(spec: BodySpec, groups: dict, committee: str) -> str:
    """The body's name of a committee placed by no unit (its board's, its youth union's: the rule's head)."""
    return spec.head.format(party=committee, sub=groups.get("sub") or "", youth=committee.replace(" ủy", " đoàn"))


def _short_party_level(word: str, ctx: PlaceContext) -> str:
    """The level a committee's short form names: 'TU' is a town's or city's committee in an article about one (where
    'TUV' still names the province's member), the province's elsewhere."""
    if word == "TU" and ctx.district is not None and ctx.district.type in ("thị xã", "thành phố"):
        return ctx.district.type
    return _PARTY_SHORT[word]


# 'ngành' where a level word would be, with no sector named after it ('ngành Giáo dục' names its own)
_SECTOR = re.compile(rf"\s+ngành(?!\s+[{UPPER}])(?!\w)")
_SECTOR_KINDS = ("EmulationCouncil",)


# the district a commune is in, written after it ('xã Minh Tân, huyện Vị Xuyên', 'xã Tân Lập (huyện Đan Phượng)')
_DISTRICT_AFTER = re.compile(r"\s*(?:,|\(|[-–])\s*(?P<level>huyện|quận|thị xã|thành phố|TP\.?)(?=\s)", re.I)


def _district_after(text: str, end: int, ctx: PlaceContext) -> Unit | None:
    """The district a commune's name is followed by (the article's province's first, else the one of that name
    elsewhere); None where none is written."""
    m = _DISTRICT_AFTER.match(text, end)
    if m is None:
        return None
    unit, _, _ = _place_after(text, m.end(), ctx, m["level"])
    return unit if unit is not None and unit.level == "district" else None


def _below(level_word: str, body_level: str) -> bool:
    """Whether a level word names a unit below the one level a body exists at (a district's for a province's body: not
    'thành phố', which a province may be)."""
    word = levels.canonical(level_word.lower())
    if levels.is_commune(word):
        return not levels.is_commune(body_level)
    return body_level == "tỉnh" and word in levels.DISTRICT_WORDS and word != "thành phố"


def _local_body(
    spec: BodySpec, groups: dict, text: str, pos: int, end: int, ctx: PlaceContext, hint: Unit | None
) -> tuple[OrgRef, int] | None:
    """A local body: HEAD [các] [LEVEL] [PLACE]; the place left out comes from a neighbour or the article."""
    surface_end = end
    if groups.get("sub"):  # (its field in full: 'Đội Cảnh sát PCCC&CNCH' is the fire and rescue police's team)
        groups = {**groups, "sub": expand_acronyms(groups["sub"])}
    if _GENERIC.match(text, end):
        return None
    of = _owner_after(text, end, ctx)
    if of is not None:  # 'Hội đồng Thi đua, khen thưởng Bộ GD&ĐT', 'Đảng ủy Ngân hàng Nhà nước': the owner's own body
        owner, owner_end = of
        head_text = spec.head.format(**groups)
        return OrgRef(f"{head_text} {owner.name}", spec.kind, None, owner.level, owner.name, aliases=(text[pos:owner_end],)), owner_end
    board = _BOARD_BESIDE.match(text, end) if spec.rule == "party-committee-commune-or-bloc" else None
    if board is not None and (owner := _board_owner(text, board, ctx)) is not None:
        # 'Đảng ủy, Bộ Tư lệnh Quân khu 7 tổ chức': the Party committee of the unit whose command stands beside it
        return OrgRef(f"{spec.head.format(**groups)} {owner.name}", spec.kind, owner.unit_code, owner.level, aliases=(text[pos:end],)), end
    sector = _SECTOR.match(text, end) if spec.kind in _SECTOR_KINDS else None
    if sector:  # 'Hội đồng Thi đua - Khen thưởng ngành': the sector's council, whose ministry or department the
        # title chain names beside it (persons.py gives it its owner)
        head_text = spec.head.format(**groups)
        return OrgRef(f"{head_text} ngành", spec.kind, None, None, aliases=(text[pos : sector.end()],), unplaced=True), sector.end()
    shared = _SHARED_PLACE.match(text, end)
    if shared and spec.default_level and (below := _LEVEL_AFTER.match(text, shared.end())) and _below(below["level"], spec.default_level):
        shared = None  # 'Sở Tài chính, UBND huyện Yên Minh': a district's place is no province's department's
    at = shared.end() if shared else end  # read the place the list shares, but end this mention here
    lm = _LEVEL_AFTER.match(text, at)
    level_word = lm["level"] if lm else None
    if lm:
        at = lm.end()
    unit, raw, place_end = _place_after(text, at, ctx, level_word)
    if not shared:
        end = place_end
    if unit is None and raw is None and lm is None and not shared and spec.head.endswith(" chi nhánh"):
        named = _BRANCH_NAMED.match(text, end)
        if named is not None:
            return _named_branch(spec.head.format(**groups), named, text, pos, spec.kind)
    if unit is None and raw is None:
        implied = level_word or spec.default_level
        commune = ctx.commune_for(level_word) if implied is None or levels.is_commune(implied) else None
        if commune is not None:  # 'HĐND xã', 'Đảng ủy' in an article about a commune
            level_word, raw = split_commune(commune)
        elif levels.is_commune(implied):
            if level_word:  # 'UBND xã' with no commune to give it
                return None
            unit = hint  # 'Đảng ủy' elsewhere: only a neighbouring body can place it
        else:
            unit = hint if hint is not None and (implied is None or _fits(hint, implied)) else ctx.unit_for_level(implied)
            own = ctx.district_unplaced
            if unit is None and own and (implied is None or levels.canonical(implied) == own[0]):
                level_word, raw = own  # 'UBND huyện' in an article on 'huyện Tam Nông', which no province places
    head_text = spec.head.format(**groups)
    if unit is not None:
        place = _as_written(unit, level_word)
        return OrgRef(f"{head_text} {place}", spec.kind, unit.code, unit.level, aliases=(text[pos:end],), place=place), end
    if raw is not None:  # a commune: identified within the article's district
        place = f"{levels.canonical(level_word or '')} {raw}".strip()
        if level_word and not levels.is_commune(level_word):  # 'huyện Chợ Mới' of two provinces, neither named: unplaced
            level = {"tỉnh": "province", "huyện": "district", "quận": "district", "thị xã": "district"}.get(levels.canonical(level_word))
            return OrgRef(f"{head_text} {place}", spec.kind, None, level, aliases=(text[pos:end],), place=place), end
        district = _district_after(text, end, ctx) or ctx.district
        return OrgRef(
            f"{head_text} {place}", spec.kind, district.code if district else None, "commune", aliases=(text[pos:end],), place=place
        ), end
    if lm is not None and not shared:  # 'UBND tỉnh' in an article that names no province: the level, unplaced
        return OrgRef(
            f"{head_text} {levels.canonical(lm['level'])}", spec.kind, None, None, aliases=(text[pos : lm.end()],), unplaced=True
        ), lm.end()
    if head_text.endswith(" Công an") and spec.default_level:  # 'Đội ... Công an huyện', not a force of no level
        head_text = f"{head_text} {spec.default_level}"
    if spec.default_level == "national":  # 'Tư lệnh Bộ đội Biên phòng' with no place after it: the national force
        return OrgRef(head_text, spec.kind, None, "national", aliases=(text[pos:surface_end],)), surface_end
    return OrgRef(head_text, spec.kind, None, None, aliases=(text[pos:surface_end],), unplaced=True), surface_end


# a bank's branch named by a name that is no unit's ('Agribank Chi nhánh Nam Hà Nội', 'BIDV Chi nhánh Đông Đô')
_BRANCH_NAMED = re.compile(rf"\s+(?P<name>[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{0,7}})(?!\w)")


def _named_branch(head: str, named: re.Match[str], text: str, pos: int, kind: str) -> tuple[OrgRef, int]:
    """The branch as named, in the province its name holds ('Nam Đắk Lắk': Đắk Lắk's), else unplaced; not the article's
    province's branch, which another may be. Its holder's full name after it is not its name ('Giám đốc Agribank Chi
    nhánh Nam Hà Nội Nguyễn Văn An')."""
    words, at = named["name"].split(), named.start("name")
    for k, word in enumerate(words):
        if k and _holder_after(text, at) is not None:
            words = words[:k]
            break
        at += len(word) + 1
    end = named.start("name") + len(" ".join(words))
    province = _province_ending(" ".join(words), first=0)
    name = f"{head} {' '.join(words)}"
    if province is not None:
        return OrgRef(name, kind, province.code, None, aliases=(text[pos:end],)), end
    return OrgRef(name, kind, None, None, aliases=(text[pos:end],), unplaced=True), end


_ACRONYMS = {r[0]: r[1] for r in lexicon.rows("acronyms.tsv")}
_ACRONYM_RE = re.compile("|".join(rf"(?<!\w){re.escape(a)}(?!\w)" for a in sorted(_ACRONYMS, key=len, reverse=True)))


def expand_acronyms(name: str) -> str:
    """'Ngân hàng TP.HCM' -> 'Ngân hàng Thành phố Hồ Chí Minh'; a name already in full stays as it is."""

    def expand(m: re.Match[str]) -> str:
        full = _ACRONYMS[m.group(0)]
        return m.group(0) if name.startswith(full, m.start()) else full

    return _ACRONYM_RE.sub(expand, name)


_SCHOOL_TYPE_WRITTEN_LOW = re.compile(r"(?<=^Trường )[a-zđà-ỹ]")


_AMPERSAND_SPACED = re.compile(r"(?<=[A-ZĐ])\s*&\s*(?=[A-ZĐ])")


def _type_as_named(kind: str) -> str:
    """A school's or a company's type as its name writes it, where the article wrote it in lower case ('trường mầm non'
    -> 'Trường Mầm non', 'Trường trung học cơ sở' -> 'Trường Trung học cơ sở', 'công ty TNHH' -> 'Công ty TNHH')."""
    if kind.startswith("công ty "):  # 'công ty TNHH ...'
        return "C" + kind[1:]
    if kind == "Tổng Công ty":  # one corporation however its name's case is written ('Tổng Công ty Điện lực miền Bắc')
        return "Tổng công ty"
    if kind == "Công đoàn Cơ sở":  # (one union however its word is written: 'Công đoàn Cơ sở Trường X')
        return "Công đoàn cơ sở"
    kind = _AMPERSAND_SPACED.sub("&", kind)  # 'Trường TH &THCS X' is 'Trường TH&THCS X'
    if not kind.startswith(("trường ", "Trường ")):
        return kind
    kind = "T" + kind[1:]
    return _SCHOOL_TYPE_WRITTEN_LOW.sub(lambda m: m.group(0).upper(), kind)


def _institution(spec: BodySpec, groups: dict, text: str, pos: int, m: re.Match[str], ctx: PlaceContext) -> tuple[OrgRef, int]:
    """A school, hospital, bank, enterprise or union by its proper name: national in scope, whatever its place;
    unless the name ends with a place ('Bệnh viện Đa khoa tỉnh', 'Trung tâm Y tế huyện Văn Lãng'), which it keeps."""
    name = _before_award(text, m.start("name"), groups["name"].rstrip("."))  # (not its full stop)
    name = _placed_before_holder(text, m.start("name"), name, spec.rule == "agency")
    name = _before_listed_person(text, m.start("name"), name)
    if spec.rule == "agency":
        name = _ended_by_province(name)
    end = m.start("name") + len(name)
    head = expand_acronyms(spec.head.format(type=_type_as_named(groups["type"]), name=name))
    level = _INSTITUTION_LEVEL.match(text, end)
    if level:
        level_word = levels.canonical(level["level"].lower())
        unit, raw, place_end = _place_after(text, level.end(), ctx, level_word)
        if unit is None and raw is None:
            unit = ctx.unit_for_level(level_word)
        if unit is not None:
            return OrgRef(f"{head} {unit.label}", spec.kind, unit.code, unit.level, aliases=(text[pos:place_end],)), place_end
        if raw is not None:
            return OrgRef(f"{head} {level_word} {raw}", spec.kind, None, None, aliases=(text[pos:place_end],), unplaced=True), place_end
        # ('Trung tâm Y tế huyện' in an article that names no district: the level, unplaced, its word read with it; a
        # list 'cho Trung tâm Y tế huyện, UBND xã A' goes on after it)
        return OrgRef(f"{head} {level_word}", spec.kind, None, None, aliases=(text[pos : level.end()],), unplaced=True), level.end()
    if spec.rule == "agency" and (province := _province_ending(head)) is not None:
        # 'Cục Hải quan Lạng Sơn': a province's agency by the province's bare name, as 'Cục Hải quan tỉnh Lạng Sơn'
        core = head[: len(head) - len(province.name)].rstrip()
        return OrgRef(f"{core} {province.label}", spec.kind, province.code, province.level, aliases=(text[pos:end],)), end
    kind_word = next((w for w in _PROVINCE_S_OWN if groups["type"].startswith(w)), None)
    field = _LEGAL_FORM_AS_WRITTEN.sub("", head[len(kind_word) :]) if kind_word and "Trung ương" not in head else ""
    if (province := _province_ending(head) if field else None) is not None and _FIELD.match(field):
        # 'Công ty Điện lực Hà Tĩnh', 'Bệnh viện Đa khoa Long An': an enterprise or a hospital named by its field and a
        # province is that province's, its name kept as written ('Công ty TNHH Hòa Bình', no field, is placed nowhere;
        # nor a central hospital where it stands, 'Bệnh viện Đa khoa Trung ương Thái Nguyên')
        return OrgRef(head, spec.kind, province.code, province.level, aliases=(text[pos:end],)), end
    if (addressed := _addressed(text, end, ctx)) is not None:
        # 'Trường THCS Kim Đồng (huyện Đông Hưng)', 'Trường Tiểu học X (xã Y)': placed by its address in brackets, its
        # name kept as written (a comma may join a list instead: 'cho Trường A, xã B và ...')
        return OrgRef(head, spec.kind, addressed.code, addressed.level, aliases=(text[pos:end],)), end
    # a ministry's general department or its department ('Tổng cục Thuế', 'Vụ Pháp chế') is of the country, unplaced
    national = spec.rule == "agency" and groups["type"] in ("Tổng cục", "Vụ")
    # and so is one named for the whole country ('Học viện Nông nghiệp Việt Nam', 'Bảo tàng Phụ nữ Việt Nam')
    national = national or head.endswith(" Việt Nam")
    return OrgRef(head, spec.kind, None, "national" if national else None, aliases=(text[pos:end],)), end


# an address in brackets right after a name: its first typed unit ('(huyện Đông Hưng)', '(xã Hoằng Lộc)', '(TP Tam Kỳ)')
_ADDRESS = re.compile(rf"\s*\(\s*(?P<level>{levels.ANY})(?=\s+[{UPPER}0-9])", re.I)
_ADDRESS_END = re.compile(r"[^()]{0,80}\)")


def _addressed(text: str, end: int, ctx: PlaceContext) -> Unit | None:
    """The district (or province) an address in brackets after a name places it in: the one it names, or for a commune
    with no district after it, the article's district; None where no address follows or none resolves."""
    m = _ADDRESS.match(text, end)
    if m is None or _ADDRESS_END.match(text, m.end()) is None:
        return None
    level_word = levels.canonical(m["level"])
    if level_word in levels.COMMUNE_WORDS:
        after = _DISTRICT_AFTER.search(text, m.end(), m.end() + 80)
        district = _district_after(text, after.start(), ctx) if after else None
        return district or ctx.district
    unit, _, _ = _place_after(text, m.end(), ctx, level_word)
    return unit


def _province_ending(name: str, first: int = 2) -> Unit | None:
    """The province whose bare name ends an agency's name after its field ('Cục Thuế Hà Tĩnh'), if one does; its
    words from the `first` on (the type and a field word come first)."""
    words = name.split()
    for k in range(max(first, len(words) - 4), len(words)):
        unit = gazetteer().lookup(" ".join(words[k:]), "tỉnh") if all(w[:1].isupper() for w in words[k:]) else None
        if unit is not None and unit.level == "province":
            return unit
    return None


def _ended_by_province(name: str) -> str:
    """'Cục Hải quan Lạng Sơn thu ngân sách đạt ...': an agency's name (after its type) that reaches a province's bare
    name after its field ends there; what follows in lower case is the sentence's ('Cục Thuế Hà Tĩnh', whole)."""
    words = name.split(" ")
    for k in range(2, len(words)):
        if not words[k][:1].isupper() and words[k - 1][:1].isupper() and _province_ending(" ".join(words[:k]), first=1):
            return " ".join(words[:k])
    return name


# the word heading an institution's name, which alone stands for the one the article names ('Giám đốc Bệnh viện',
# 'Hiệu trưởng nhà trường'); the longer words first, and each to the head its names begin with
_INSTITUTION_WORDS = {
    "tổng công ty": "Tổng công ty",
    "công ty": "Công ty",
    "bệnh viện": "Bệnh viện",
    "nhà trường": "Trường",
    "trường": "Trường",
    "học viện": "Học viện",
    "tập đoàn": "Tập đoàn",
    "ngân hàng": "Ngân hàng",
    "chi cục": "Chi cục",
    "cục": "Cục",
    "đảng ủy khối": "Đảng ủy Khối",  # 'Bí thư Đảng ủy Khối': the bloc's Party committee the article names
    "phòng": "Phòng",  # 'Phó Trưởng phòng' where the article names one Phòng ('Phòng Cảnh sát hình sự Công an tỉnh X')
}
_INSTITUTION_WORD = re.compile(r"(?<!\w)(?<![Tt]ổng )(?:" + "|".join(_INSTITUTION_WORDS) + r")(?!\w)", re.I)
# the head word as a named institution's name begins ('Bệnh viện Đa khoa tỉnh X'), capitalised
# (a bloc's Party committee named by what it gathers, in lower case: 'Đảng ủy Khối các cơ quan tỉnh X')
_INSTITUTION_NAMED = re.compile(
    r"(?<!\w)(?<!Tổng )(?:(?:"
    + "|".join(w[0].upper() + w[1:] for w in _INSTITUTION_WORDS if w not in ("nhà trường", "đảng ủy khối"))
    + r")\s+(?=["
    + UPPER
    + r"]|cổ phần\s+["  # (a company's legal form in lower case: 'Công ty cổ phần Gang thép Thái Nguyên')
    + UPPER
    + r"])|Đảng ủy Khối\s+)"
)


def _holder_after(text: str, pos: int) -> str | None:
    """The full name of three or more syllables that text[pos:] is, up to the end of its run of capitalised words
    ('Nguyễn Văn Hương cảm ơn'), or None ('Đa khoa tỉnh', 'Nguyễn Văn Hương Quang')."""
    name = leading_name(text, pos=pos)
    if name is None or len(name.split()) < 3:
        return None
    return None if _NEXT_CAPITAL.match(text, pos + len(name)) else name


_NEXT_CAPITAL = re.compile(rf"\s[{UPPER}]")  # the run of capitalised words goes on


def institutions_named(doc: Document, ctx: PlaceContext) -> tuple[tuple[str, OrgRef], ...]:
    """The one institution of each kind the article names, by the head word of its name; a kind named twice over
    names none. A name is read within its sentence ('cho Trường Đại học Vinh. Đồng thời, ...' is no 'Vinh Đồng'). A
    head word followed by a full name after a title ('Giám đốc Bệnh viện Nguyễn Văn A') names a holder, not an
    institution of that name, and is not counted."""
    found: dict[str, dict[str, OrgRef]] = {}
    text = doc.text
    for sent in doc.sentences:
        for m in _INSTITUTION_NAMED.finditer(sent.text):
            head = _INSTITUTION_WORDS[m.group(0).rstrip().lower()]
            parsed = parse_org(sent.text, m.start(), ctx)
            if parsed is None or not parsed[0].name.startswith(head) or parsed[0].name == head:
                continue
            at, end = sent.start + m.start(), sent.start + m.end()
            if _holder_after(text, skip_space(text, end)) and re.search(r"[\w.]\s+$", text[max(0, at - 3) : at]):
                continue  # a title's holder right after the head word, not the name of the institution
            found.setdefault(head, {})[parsed[0].name] = parsed[0]
        for m in _YOUTH_UNIT_NAMED.finditer(sent.text):
            # a youth union's unit named in full ('Đoàn Thanh niên Sở Y tế tỉnh X', 'Chi đoàn Công an xã Y'), for one named
            # by its kind alone ('Bí thư Đoàn Sở', 'Bí thư Chi đoàn'), keyed by that kind
            parsed = parse_org(sent.text, m.start(), ctx)
            kind = next((k for k, opening in _YOUTH_UNIT_KINDS if parsed and parsed[0].name.startswith(opening)), None)
            if parsed is not None and kind is not None:
                found.setdefault(kind, {})[parsed[0].name] = parsed[0]
    return tuple((head, one) for head, named in found.items() if (one := one_named(list(named.values()))) is not None)


# where a youth union's unit may be named in full, and the kinds of those a title names by kind alone, by how the full
# names of each open ('Bí thư Đoàn Sở': 'Đoàn Thanh niên Cộng sản Hồ Chí Minh Sở Y tế tỉnh X')
_YOUTH_UNIT_NAMED = re.compile(rf"(?<!\w)(?:(?:Liên chi|Chi) đoàn|Đoàn(?: Thanh niên| TN)?)\s+(?=[{UPPER}]|trường\s)")
YOUTH = "Đoàn Thanh niên Cộng sản Hồ Chí Minh"
_YOUTH_UNIT_KINDS = (
    ("Đoàn Sở", f"{YOUTH} Sở "),
    ("Đoàn trường", f"{YOUTH} Trường "),
    ("Liên chi đoàn", "Liên chi đoàn "),
    ("Chi đoàn", "Chi đoàn "),
)


def youth_unit_kind(written: str) -> str | None:
    """The kind of the table above a youth union's unit named bare is of ('Đoàn Sở', 'Đoàn Thanh niên trường', 'Chi
    đoàn'), as institutions_named keys it; None for a kind no one names in full ('Đoàn cơ sở', 'Đoàn ngành')."""
    words = written.split()
    first = words[0].lower()
    kind = "Liên chi đoàn" if first == "liên" else "Chi đoàn" if first == "chi" else f"Đoàn {words[-1]}"
    return kind if any(kind == k for k, _ in _YOUTH_UNIT_KINDS) else None


# the words of a company's legal form, which a name told short leaves out ('Công ty CP Than Hà Tu', 'Công ty Than Hà Tu')
_LEGAL_FORM = re.compile(r"\s(?:cổ phần|cp|tnhh|mtv|một thành viên)(?=\s|$)|\s-(?=\s)")
_LEGAL_FORM_AS_WRITTEN = re.compile(_LEGAL_FORM.pattern, re.I)
_PROVINCE_S_OWN = ("Công ty", "Bệnh viện")  # the kinds of institution a field and a province name as the province's
# a field in an enterprise's name after its legal form: a capitalised word, then one in lower case ('Điện lực', 'Cấp
# nước', 'Xổ số kiến thiết'); 'Công ty TNHH Hòa Bình' names none
_FIELD = re.compile(rf"\s*[{UPPER}]\w*\s+[{LOWER}]\w*(?=\s)")


def one_named(orgs: list[OrgRef]) -> OrgRef | None:
    """The one body the names of `orgs` are: one name, or the fullest where each other is it told shorter ('Công ty
    Than Hà Tu' for 'Công ty CP Than Hà Tu - TKV'); None for two bodies."""
    if not orgs:
        return None
    fullest = max(orgs, key=lambda o: len(o.name))
    return fullest if all(told_shorter(o.name, fullest.name) for o in orgs) else None


def told_shorter(short: str, full: str) -> bool:
    """Whether a body's name `short` is `full` without its legal form or its trailing owner ('Công ty Than Hà Tu',
    'Công ty CP Than Hà Tu - TKV')."""
    core = " ".join(_LEGAL_FORM.sub("", short.casefold()).split())
    return " ".join(_LEGAL_FORM.sub("", full.casefold()).split()).startswith(core) or _lower_words_left_out(short, full)


def _lower_words_left_out(short: str, full: str) -> bool:
    """'Đồn Biên phòng Cửa khẩu Lao Bảo' for 'Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo': the same first two words and
    last one, the others in order, only words in lower case left out."""
    s, f = short.split(), full.split()
    if len(s) < 3 or len(s) >= len(f) or s[:2] != f[:2] or s[-1] != f[-1]:
        return False
    at = 0
    for word in f:
        if at < len(s) and word == s[at]:
            at += 1
        elif word[:1].isupper() or word[:1].isdigit():
            return False  # a word of the name proper left out: another body
    return at == len(s)


def own_institution(text: str, pos: int, ctx: PlaceContext) -> tuple[OrgRef, int] | None:
    """The article's institution that a head word alone names after a title: bare ('Giám đốc Bệnh viện cảm ơn',
    'Hiệu trưởng nhà trường'), or followed by the title holder's full name ('Giám đốc Bệnh viện Nguyễn Văn A phát
    biểu'), which is not the institution's own name."""
    m = _INSTITUTION_WORD.match(text, pos)
    if m is None or (own := ctx.institution(_INSTITUTION_WORDS[m.group(0).lower()])) is None:
        return None
    after = skip_space(text, m.end())
    if after < len(text) and text[after].isupper():
        holder = _holder_after(text, after)
        return (own, m.end()) if holder and not own.name.endswith(holder) else None
    parsed = parse_org(text, pos, ctx)
    return (own, m.end()) if parsed is None or parsed[1] <= m.end() else None


# a section's name inside an institution: a capitalised word, then words or dashes ('Tổ chức - Cán bộ', 'Đào tạo')
_SECTION_WORDS = re.compile(rf"[{UPPER}][\w]*(?:(?:\s*[-–]\s*|\s+)[\w]+){{0,6}}")
_SECTION_HEADS = {"ban": "Ban", "phòng": "Phòng", "khoa": "Khoa"}
_WORD_START = re.compile(r"\s+(?=\S)")


def section_of(text: str, head: int, pos: int, ctx: PlaceContext, hint: Unit | None = None) -> tuple[OrgRef, int] | None:
    """'Trưởng Ban Tổ chức - Cán bộ Đại học Huế', 'Trưởng phòng Tổ chức - Hành chính nhà trường': a section (its head
    word at text[head:pos]) of the institution named right after its name, the article's one by a head word alone."""
    word = _SECTION_HEADS.get(text[head:pos].strip().lower())
    named = _SECTION_WORDS.match(text, skip_space(text, pos))
    if word is None or named is None:
        return None
    start = named.start()
    for gap in _WORD_START.finditer(text, start + 1, named.end() + 1):
        at = gap.end()
        found = own_institution(text, at, ctx)
        parsed = found or ((p[0], p[1]) if (p := parse_org(text, at, ctx, hint)) is not None else None)
        if parsed is not None and parsed[0].kind not in (PARTY, PEOPLES_COMMITTEE):
            org, end = parsed
            name = f"{word} {text[start : gap.start()]} {org.name}"
            return OrgRef(name, "Department", org.unit_code, org.level, org.name, aliases=(text[head:end],)), end
    return None


def _before_award(text: str, start: int, name: str) -> str:
    """A name read up to an award's name right after it, which is no word of it ('Trường THCS Kiên Lao Bằng khen')."""
    at = start
    for k, word in enumerate(name.split(" ")):
        if k and AWARD_START.match(text, at):
            return name[: at - start].rstrip()
        at += len(word) + 1
    return name


def _placed_before_holder(text: str, start: int, name: str, agency: bool = False, zone: bool = False) -> str:
    """'Cục trưởng Cục Hải quan Lạng Sơn Nguyễn Khắc Hưng trao ...': a name that ends with a province's, a district's or
    a ward's name, or the country's, run into its holder's full name, ends there ('Bệnh viện Đa khoa Nguyễn Đình
    Chiểu', named after a person, stays whole); an agency's (no agency is named after a person) ends too where a
    field's word in lower case does ('Tổng cục trưởng Tổng cục Thống kê Nguyễn Thị Hương'), and after a field of one
    word ('Cục trưởng Cục Thuế Nguyễn Văn Nam'); a board of economic zones' wherever the holder's name starts (a zone is
    named after no person: 'Ban Quản lý Khu kinh tế Vân Phong Lê Văn Dũng')."""
    words = name.split(" ")
    if len(words) < 4:
        return name
    gz = gazetteer()
    at = start + len(words[0]) + 1
    first_holder = None  # (a zone's: where the first holder's name reaching the end starts, if no place ends before one)
    for k in range(1, len(words) - 2):
        holder = words[k][:1].isupper() and _holder_after(text, at)
        if holder and at + len(holder) == start + len(name):
            if (agency and (k == 1 or words[k - 1][:1].islower())) or any(
                _ends_a_name(gz, " ".join(words[j:k])) for j in range(max(0, k - 3), k)
            ):
                return " ".join(words[:k])  # ('Ninh Nguyễn Văn Thắng' is a name too, but no place comes before it)
            first_holder = k if first_holder is None else first_holder
        at += len(words[k]) + 1
    return " ".join(words[:first_holder]) if zone and first_holder is not None else name


def _before_listed_person(text: str, start: int, name: str) -> str:
    """'... Nguyễn Văn Tiến, giáo viên Trường THCS Cam Lộ và Trần Thị Lý, Phó Hiệu trưởng ...': a name that runs on
    through 'và' into a person's full name, a comma after it (their title follows), ends before 'và' ('Công ty Xây
    dựng và Thương mại Hoàng Long, ...' stays whole: no full name follows its 'và')."""
    for joint in _AND_CAPITAL.finditer(name):
        at = start + joint.end()
        holder = _holder_after(text, at)
        if holder and at + len(holder) == start + len(name) and _COMMA.match(text, at + len(holder)):
            return name[: joint.start()]
    return name


_AND_CAPITAL = re.compile(rf" và (?=[{UPPER}])")
_COMMA = re.compile(r"\s*,")


def _ends_a_name(gz: Gazetteer, words: str) -> bool:
    """A place, or the country a national body's name ends with ('Tập đoàn Điện lực Việt Nam'); a commune or ward of
    two words or more too ('Bệnh viện Đa khoa Bãi Cháy', 'Công ty Than Hà Tu')."""
    return words in ("Việt Nam", "VN") or gz.is_place_name(words) or (" " in words and words in _commune_names())


@cache
def _commune_names() -> frozenset[str]:
    """The names of the pre-2025 communes and wards, as the articles write them."""
    return frozenset(name for _, name in commune_districts())


# the level word that ends an institution's name with its place ('Bệnh viện Đa khoa tỉnh', 'Trung tâm Y tế huyện')
_INSTITUTION_LEVEL = re.compile(r"\s+(?P<level>tỉnh|huyện|thị xã|thành phố|TP|quận)(?!\w)")


# a unit's command or board named beside its Party committee ('Đảng ủy, Bộ Tư lệnh Quân khu 7', 'Đảng ủy - Ban Giám
# đốc Công an tỉnh X', 'Đảng ủy, Bộ Chỉ huy Quân sự tỉnh X')
_BOARD_BESIDE = re.compile(
    r"\s*[-–,]\s*(?P<board>Bộ Tư lệnh|Ban Giám đốc|Ban Giám hiệu|Ban Tổng Giám đốc|Hội đồng quản trị|Bộ Chỉ huy|Ban Chỉ huy)\s+"
)


def _board_owner(text: str, board: re.Match[str], ctx: PlaceContext) -> OrgRef | None:
    """The unit a command or board beside a Party committee leads: named after the board ('Quân khu 7', 'Công an
    tỉnh X'), or the command's own name without its board ('Quân sự tỉnh X' of 'Bộ Chỉ huy Quân sự tỉnh X')."""
    if (after := parse_org(text, board.end(), ctx)) is not None:
        return after[0]
    whole = parse_org(text, board.start("board"), ctx)
    if whole is None or not whole[0].name.startswith(board["board"] + " "):
        return None
    return replace(whole[0], name=whole[0].name[len(board["board"]) + 1 :])


_BARE_OWNER = re.compile(rf"\s+(?P<word>Bộ|Sở)(?!\w)(?!\s+[{UPPER}])")  # 'Bộ', 'Sở' with no name after it
_BARE_INSTITUTION = re.compile(rf"\s+(?P<word>{_OWN_HEAD_WORDS})(?!\w)(?!\s+[{UPPER}])")


def _owner_after(text: str, end: int, ctx: PlaceContext) -> tuple[OrgRef, int] | None:
    """A ministry or an institution named right after a body ('Hội đồng TĐKT Bộ GD&ĐT', 'Đảng ủy Ngân hàng
    Nhà nước'), which the body belongs to."""
    # 'Hội đồng Thi đua - Khen thưởng Bộ', 'Công đoàn Sở': the ministry or the department the article is about
    if (bare := _BARE_OWNER.match(text, end)) and (owner := ctx.ministry if bare["word"] == "Bộ" else ctx.department):
        return owner, bare.end()
    # ('Đảng ủy Công ty', 'Công đoàn Bệnh viện': the one company or hospital the article names)
    if (bare := _BARE_INSTITUTION.match(text, end)) and (owner := ctx.institution(_INSTITUTION_WORDS[bare["word"].lower()])):
        return owner, bare.end()
    return _body_named_after(text, end, ctx, _OWNERS)


def _body_named_after(text: str, end: int, ctx: PlaceContext, rules: frozenset[str]) -> tuple[OrgRef, int] | None:
    """The body of one of `rules` named right after `end`, capitalised: the owner of the body before it."""
    m = _CAPITAL_NEXT.match(text, end)
    if not m:
        return None
    for spec in _SPECS:
        if spec.rule in rules and (owner := spec.regex.match(text, m.end())):
            return _parse_spec(spec, owner, text, m.end(), ctx, None)
    return None


_CAPITAL_NEXT = re.compile(r"\s+(?=[" + UPPER + r"])")
_PARTY_COMMITTEE = frozenset({"party-committee"})  # a numbered bloc's owner ('Cụm thi đua số 6 Tỉnh ủy')


# the bodies a local body may belong to, named right after it: a ministry, an institution, and a province's department,
# police or military command ('Hội đồng Thi đua - Khen thưởng Sở Tư pháp tỉnh X', 'Công đoàn Công an tỉnh')
_OWNERS = frozenset(
    {"ministry", "named-institution", "provincial-department", "police", "police-province-short", "provincial-military-command"}
)


def split_commune(label: str) -> tuple[str, str]:
    """'thị trấn Cái Rồng' -> ('thị trấn', 'Cái Rồng')."""
    for level in levels.COMMUNE_WORDS:
        if label.lower().startswith(level + " "):
            return level, label[len(level) + 1 :]
    return "xã", label


def _fits(unit: Unit, level_word: str) -> bool:
    lw = levels.canonical(level_word)
    if lw == "tỉnh":
        return unit.level == "province"
    if lw == "thành phố":
        return unit.type_word == "thành phố"
    return unit.level == "district" and unit.type_word == lw


_ORG_START = re.compile(
    r"(?<!\w)(?:Ban Thường vụ|BTV|Ban Chấp hành|BCH|BTG|BTC|BDV|UBKT|UB MTTQ|TTYT|CA(?=\s)|CA[HXQT](?![\w&])|CATP|CĐCS|CĐ(?=\s)|ĐU(?=\s)|ĐTN(?=\s)|HLHPN|HND|HCCB|Trạm|Hạt Kiểm lâm|Thường trực|Ban|Ủy ban|UBND|UBMTTQ|HĐND|Hội đồng|HĐ|MTTQ|Mặt trận|"
    r"Tỉnh ủy|Thành ủy|Huyện ủy|Thị ủy|Quận ủy|Quân ủy|Đoàn|Sở|Phòng|Văn phòng|Hội|Liên đoàn|Liên minh|Liên hiệp|LĐLĐ|Trung tâm|Bộ|Công an|Quốc hội|"
    r"Chính phủ|Đảng|Quân và dân|Khối thi đua|Cụm thi đua|Tổng Liên đoàn|Trung ương|Báo|Đài|Tỉnh đoàn|Huyện đoàn|Thành đoàn|Thị đoàn|Tỉnh đội|Huyện đội|Thị đội|Thanh tra|"
    r"Tòa án|TAND|Viện|Kho bạc|KBNN|KTNN|Kiểm toán|Bảo hiểm|BHXH|Nhân dân|Cán bộ|Cơ quan (?:Cảnh sát|An ninh|CSĐT|ANĐT)|Học viện|Đại học|Trường|Bệnh viện|BVĐK|Ngân hàng|Tập đoàn|Tổng công ty|Công ty|"
    r"Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán|Hợp tác xã|HTX|Bưu điện|Viễn thông|Điện lực|Công đoàn|BĐBP|Tổng LĐLĐ|Quân khu|Chi bộ|Chi hội|Liên chi đoàn|Chi đoàn|Chi nhánh|Bảo tàng|Nhà hát|Nhà máy|Xí nghiệp|Thư viện|Hiệp hội|Quỹ|Tổng cục|Chi cục|Cục|Vụ|VKSND|NHCSXH|PGD|Đồn|Đội|HĐTĐKT|Agribank|Vietcombank|VietinBank|BIDV|Viettel|VNPT|EVN|TKV|Vinacomin|PVN|VCCI|Thông tấn xã|TTXVN|VOV|VTV|Petrovietnam|PetroVietnam|"
    r"Lữ đoàn|Trung đoàn|Sư đoàn|Quân đoàn|Binh đoàn|Hải đoàn|Tiểu đoàn|Đại đội|Hải đội|Vùng|Quân chủng|Binh chủng|Hải quân|Cảnh sát biển|Lực lượng vũ trang|LLVT|T\.Ư|TƯ|TW|NHNN|Giáo hội|GHPGVN|Giáo xứ|Giáo họ|Họ đạo|Chùa|Tu viện|Thánh thất|Hội thánh|Vườn quốc gia|Khu bảo tồn|Liên đội|Cảng vụ|"
    r"(?-i:HU|QU|TU)(?![\w&])|(?-i:VP)(?=\s))",
    re.I,
)
_ORG_START_LOWER = lowered(_ORG_START)


def names_a_body(text: str) -> bool:
    """Whether `text` opens, capitalised, on a body's first word ('BHXH tỉnh', 'Huyện đoàn Đức Trọng')."""
    return text[:1].isupper() and _ORG_START.match(text) is not None


def find_orgs(text: str, ctx: PlaceContext, offset: int = 0) -> list[tuple[OrgRef, int, int, str]]:
    """Every body mentioned in `text`: (body, start, end, rule), offsets shifted by `offset`."""
    found, pos = [], 0
    searched, start = searchable(text, _ORG_START, _ORG_START_LOWER)
    if ctx.acronyms:  # the article's own short forms start a mention too
        start = _with_acronyms(start, tuple(a for a, _ in ctx.acronyms))
        searched = text
    while True:
        m = start.search(searched, pos)
        if not m:
            return found
        parsed = parse_org(text, m.start(), ctx.at(text, m.start()))
        if parsed:
            org, end, rule = parsed
            found.append((org, offset + m.start(), offset + end, rule))
            pos = max(end, m.end())
        else:  # a start that names no body may hold one that does ('Chính ủy Ban Chỉ huy ...' is no 'Ủy ban')
            pos = m.start() + 1


# a number ending a body's name that counts those after it ('tặng Giấy khen của Giám đốc Học viện X 35 giảng viên'):
# the count's, not the name's (not 'Lữ đoàn 168', 'Trường Mầm non 19/5')
# (its noun in lower case: not 'Cụm thi đua số 5 Cục Thuế', a name after it; nor a number after 'số', a name's own)
_NUMBER_ENDS = re.compile(r"(?<!\ssố)\s+(?P<n>\d{1,4})$")
_LOWER_NEXT = re.compile(rf"\s+[{LOWER}]")
_COUNT_REACH = 40  # characters after the number: a count's noun and what closes it
_ORGANISES = re.compile(r"\s+tổ\s+chức(?!\s+cơ\s+sở)", re.I)  # ('Quân khu 4 tổ chức hội nghị': the verb, not 4 bodies)


def _count_left_out(text: str, org: OrgRef, end: int, rule: str) -> tuple[OrgRef, int, str]:
    """A body's mention without a number at its end that counts the nouns after it."""
    number = _NUMBER_ENDS.search(text, max(0, end - 8), end)  # (its last word only: a long text stays linear)
    if number is None or not org.name.endswith(" " + number["n"]) or _ORGANISES.match(text, end) or not _LOWER_NEXT.match(text, end):
        return org, end, rule
    counted = counts_in(text[number.start("n") : end + _COUNT_REACH])
    if not (counted and counted[0].start == 0 and counted[0].kind and counted[0].end > end - number.start("n")):
        return org, end, rule
    cut = len(number["n"]) + 1
    aliases = tuple(a[:-cut] if a.endswith(" " + number["n"]) else a for a in org.aliases)
    return replace(org, name=org.name[:-cut], aliases=aliases), number.start(), rule


@cache
def _with_acronyms(start: re.Pattern[str], acronyms: tuple[str, ...]) -> re.Pattern[str]:
    """The mention starts, and an article's own short forms ('EVNNPC'), searched in the text as written."""
    forms = "|".join(re.escape(a) for a in sorted(acronyms, key=len, reverse=True))
    return re.compile(rf"{_ORG_START.pattern}|(?<!\w)(?:{forms})(?![\w&])", _ORG_START.flags)


def recognise_orgs(doc: Document) -> None:
    """Layer `orgs`: every body named in a sentence (value: OrgRef), and the unit of the byline."""
    spans = [Span(s, e, rule, org) for sent in doc.sentences for org, s, e, rule in find_orgs(sent.text, place_near(doc, sent), sent.start)]
    if doc.author_unit:
        parsed = parse_org(doc.author_unit, 0, doc.place)
        at = doc.text.rfind(doc.author_unit)
        if parsed and at != -1:
            spans.append(Span(at, at + parsed[1], "byline." + parsed[2], parsed[0]))
    # 'Ban Thường vụ Đoàn Khối' after 'Đoàn Khối các cơ quan tỉnh X': the one body of that name the article names in full
    bodies = [s.value for s in spans]
    spans = [replace(s, value=_named_in_full(s.value, bodies)) if s.value.name in _BARE_BLOC_BODIES else s for s in spans]
    doc.write_layer("orgs", spans)


_PRESS_RULES = frozenset({"orgs.newspaper", "orgs.broadcaster"})
_BARE_BLOC_BODIES = frozenset({"Đoàn Khối", "Đảng ủy Khối"})  # bodies.tsv: youth-bloc-bare, party-bloc-bare


def _named_in_full(bare: OrgRef, bodies: list[OrgRef]) -> OrgRef:
    """The one body among `bodies` whose name a bare one opens ('Đoàn Khối' of 'Đoàn Khối các cơ quan tỉnh X'), else it;
    one body written two ways ('Đảng ủy Khối Cơ quan tỉnh X' in a headline, 'Đảng ủy Khối các cơ quan tỉnh X') is one."""
    full = {_bloc_key(b.name): b for b in bodies if b.name.startswith(bare.name + " ")}
    return next(iter(full.values())) if len(full) == 1 else bare


def _bloc_key(name: str) -> str:
    """A bloc's body's name as one key whatever its case and its 'các' ('khối cơ quan tỉnh x')."""
    return name.lower().replace("khối các ", "khối ")


def agents(doc: Document, start: int, end: int) -> list[Span]:
    """The bodies of text[start:end] that can act (organise, confer, receive): not the press as the source that
    reports it ('(Báo X) -', 'Theo Báo X'); a newspaper that holds its own ceremony is one ('Báo X tổ chức Lễ ...')."""
    return [s for s in doc.spans("orgs", start, end) if s.rule not in _PRESS_RULES or not _press_tag(doc, s)]


# the press as a report's source: in brackets, after 'Theo' or 'Nguồn', or set off by a dash before the lead
_SOURCE_BEFORE = re.compile(r"(?:\(|(?<!\w)(?:[Tt]heo|[Nn]guồn\s*:?|của|trên|[Pp]hóng viên|PV)\s*)$")
_SOURCE_AFTER = re.compile(r"\s*(?:\)|[-–—]\s|đưa tin|cho biết|phản ánh|thông tin)")


def _press_tag(doc: Document, span: Span) -> bool:
    return bool(_SOURCE_BEFORE.search(doc.text, max(0, span.start - 12), span.start) or _SOURCE_AFTER.match(doc.text, span.end))


# agencies, and the public institutions a place's name places ('Trung tâm Y tế', 'Bảo tàng': bodies.tsv placed-institution)
_PLACED_AGENCY = ("Cục ", "Chi cục ", "Trung tâm ", "Bệnh viện ", "Bảo tàng", "Thư viện", "Trường Chính trị")


def as_named_in_article(doc: Document, org: OrgRef) -> OrgRef:
    """'Trưởng khối thi đua số 6' after 'Khối thi đua số 6 của Ngân hàng Nhà nước': the bloc the article named in full;
    'Cục trưởng Cục Thuế' after 'Cục Thuế tỉnh Bình Dương', 'Giám đốc Bảo tàng' after 'Bảo tàng tỉnh Điện Biên': the one
    placed body of that name the article named; 'Bí thư Đoàn Khối' after 'Đoàn Khối các cơ quan tỉnh X': that one."""
    if org.name in _BARE_BLOC_BODIES:  # 'Bí thư Đoàn Khối' after 'Đoàn Khối các cơ quan tỉnh X'
        return _named_in_full(org, [s.value for s in doc.spans("orgs")])
    # (an agency only: a force named bare, 'Chính ủy Bộ đội Biên phòng', is the national one)
    if org.name.startswith(_PLACED_AGENCY) and org.unit_code is None and org.level is None:
        placed = {s.value.name: s.value for s in doc.spans("orgs") if s.value.unit_code and s.value.name.startswith(org.name + " ")}
        return next(iter(placed.values())) if len(placed) == 1 else org
    if org.kind != BLOC or not org.aliases:
        return org
    core = org.aliases[0].strip()
    core = core[:1].upper() + core[1:]
    full = next((s.value for s in doc.spans("orgs") if s.value.kind == BLOC and s.value.name.startswith(core + " của ")), None)
    return full or org


_BLOC_ROLES = frozenset({"Trưởng khối", "Phó Trưởng khối", "Trưởng cụm", "Phó Trưởng cụm"})


def _bloc_headed(doc: Document, role: str | None) -> OrgRef | None:
    """'Vi Văn Sơn, Bí thư Huyện ủy Kỳ Sơn, Cụm trưởng Cụm thi đua': the one emulation bloc the article names, whose
    head or deputy a bloc's title with no bloc named after it is."""
    if role not in _BLOC_ROLES:
        return None
    blocs = {s.value.name: s.value for s in doc.spans("orgs") if s.value.kind == BLOC}
    # (one told shorter, in the headline, and in full: 'Khối thi đua các bệnh viện tuyến Trung ương' and '... khu vực phía Bắc';
    # 'Khối thi đua các cơ quan Đảng, đoàn thể tỉnh X' and '... cơ quan Đảng, Mặt trận Tổ quốc và các đoàn thể ... tỉnh X')
    blocs = {name: bloc for name, bloc in blocs.items() if not any(other != name and _words_within(name, other) for other in blocs)}
    return next(iter(blocs.values())) if len(blocs) == 1 else None


def _words_within(short: str, full: str) -> bool:
    """Whether every word of `short` is a word of `full`, in the same order."""
    words = iter(re.findall(r"\w+", full.casefold()))
    return all(w in words for w in re.findall(r"\w+", short.casefold()))


# the bodies a head's title with none written after it heads, by the first words of their names
_MILITARY_UNITS = (
    "Lữ đoàn ", "Trung đoàn ", "Sư đoàn ", "Quân đoàn ", "Binh đoàn ", "Hải đoàn ", "Tiểu đoàn ", "Vùng ", "Quân khu ", "Quân chủng ",
    "Binh chủng ",
)  # fmt: skip
ENTERPRISE_HEADS = ("Tổng công ty ", "Công ty ", "Tập đoàn ", "Ngân hàng ")  # (people.py reads them too)
_DIRECTED = (*ENTERPRISE_HEADS, "Bệnh viện ", "Trung tâm ", "Sở ", "Học viện ", "Bảo tàng ", "Nhà hát ", "Thư viện ", "Kho bạc ", "Bảo hiểm xã hội ",
             "Vườn quốc gia ", "Chi nhánh ", "Xí nghiệp ", "Nhà máy ")  # fmt: skip
_COMMANDS = ("Bộ Chỉ huy ", "Ban Chỉ huy ")  # a province's or a district's military or border guard command
_HEADED_BY_TITLE = {
    "Hiệu trưởng": ("Trường ",),
    "Phó Hiệu trưởng": ("Trường ",),
    "Chủ tịch Hội đồng trường": ("Trường ", "Học viện "),  # a university's council, its head's title naming it
    "Phó Chủ tịch Hội đồng trường": ("Trường ", "Học viện "),
    "Lữ đoàn trưởng": ("Lữ đoàn ",),
    "Phó Lữ đoàn trưởng": ("Lữ đoàn ",),
    "Trung đoàn trưởng": ("Trung đoàn ",),
    "Phó Trung đoàn trưởng": ("Trung đoàn ",),
    "Sư đoàn trưởng": ("Sư đoàn ",),
    "Phó Sư đoàn trưởng": ("Sư đoàn ",),
    "Đoàn trưởng": ("Đoàn Kinh tế - Quốc phòng ",),  # an army's economic and defence corps (bodies.tsv)
    "Phó Đoàn trưởng": ("Đoàn Kinh tế - Quốc phòng ",),
    "Cục trưởng": ("Cục ",),
    "Phó Cục trưởng": ("Cục ",),
    "Đại sứ": ("Đại sứ quán ",),  # 'Đại sứ Nguyễn Bá Hùng' at the embassy the lead names
    "Tổng Lãnh sự": ("Tổng Lãnh sự quán ",),
    "Chi cục trưởng": ("Chi cục ",),
    "Phó Chi cục trưởng": ("Chi cục ",),
    "Kiểm toán trưởng": ("Kiểm toán Nhà nước khu vực ",),
    "Phó Kiểm toán trưởng": ("Kiểm toán Nhà nước khu vực ",),
    "Viện trưởng": ("Viện ",),
    "Phó Viện trưởng": ("Viện ",),
    "Trưởng ban": ("Ban ",),  # 'Đoàn của Ban Thi đua - Khen thưởng Trung ương do ông A, Trưởng Ban dẫn đầu'
    "Phó Trưởng ban": ("Ban ",),
    "Chính ủy": _MILITARY_UNITS + _COMMANDS,
    "Phó Chính ủy": _MILITARY_UNITS + _COMMANDS,
    "Tư lệnh": _MILITARY_UNITS,
    "Phó Tư lệnh": _MILITARY_UNITS,
    "Tham mưu trưởng": _MILITARY_UNITS + _COMMANDS,
    "Chỉ huy trưởng": _COMMANDS,  # 'Thượng tá A, Phó Chỉ huy trưởng, Tham mưu trưởng' in an article of one command
    "Phó Chỉ huy trưởng": _COMMANDS,
    "Chính trị viên": _COMMANDS,
    "Phó Chính trị viên": _COMMANDS,
    "Đồn trưởng": ("Đồn ",),
    "Phó Đồn trưởng": ("Đồn ",),
    "Đội trưởng": ("Đội ",),  # 'Thiếu tá A, Phó Đội trưởng' in an article of one police or fire team
    "Phó Đội trưởng": ("Đội ",),
    # an enterprise's, a hospital's, a centre's or a department's director: 'Giấy khen của Tổng Giám đốc', '... Giám đốc'
    "Tổng Giám đốc": ENTERPRISE_HEADS,
    "Phó Tổng Giám đốc": ENTERPRISE_HEADS,
    "Giám đốc": _DIRECTED,
    "Phó Giám đốc": _DIRECTED,
}


def _unit_headed(doc: Document, role: str | None) -> OrgRef | None:
    """'cô Nguyễn Thị Lan, Hiệu trưởng nhà trường', 'Lữ đoàn trưởng tặng Giấy khen': the one school or unit the
    article's headline or lead sentence names, whose head the title with no body named after it is."""
    heads = _HEADED_BY_TITLE.get(role or "")
    if heads is None:
        return None
    lead = doc.lead_sentence()
    for end in (doc.body_start, lead.end if lead else doc.body_start):  # the headline's first, then with the lead's
        units = {s.value.name: s.value for s in doc.spans("orgs", 0, end) if s.value.name.startswith(heads)}
        if units:
            return next(iter(units.values())) if len(units) == 1 else None
    # none there: the one of that kind the article names anywhere
    return next((org for head in heads if (org := doc.place.institution(head.strip())) is not None), None)


# a body named by its head noun alone ('nhà trường', 'Chi nhánh', 'Công ty'), or as 'the unit' ('đơn vị', 'cơ quan')
BARE_BODY_HEADS = (
    r"(?:nhà\s+)?(?P<head>trường|chi nhánh|công ty|tổng công ty|tập đoàn|bệnh viện|ngân hàng|cục|chi cục|tổng cục|sở|trung tâm|học viện"
    r"|hợp tác xã|htx|chi bộ|đảng bộ|chi đoàn|chi hội|công đoàn(?: ngành| cơ sở| công ty| tổng công ty| trường| bệnh viện| ngân hàng| chi nhánh)?|hội|hiệp hội|đảng ủy khối|đồn|lữ đoàn|trung đoàn|sư đoàn|quân khu|quân đoàn|binh chủng|quân chủng"
    r"|bộ tư lệnh(?:\s+(?:quân khu|quân đoàn|binh đoàn|vùng))?|bộ chỉ huy|ban chỉ đạo|nhà hát|thư viện|bảo tàng|đài|báo|viện|xí nghiệp|nhà máy"
    # (a district's office in capitals only: 'Giấy khen của Phòng'; not 'phòng, chống', 'phòng họp')
    r"|(?-i:Phòng)(?![\s,]+(?:chống|ngừa)(?!\w))"
    # (a navy's or coast guard's region in capitals: 'Tư lệnh Vùng'; not 'Vùng sâu, vùng xa')
    r"|(?-i:Vùng)(?!\s+(?:sâu|xa|cao|núi|biên|đồng|khó|dân tộc|kinh tế)(?!\w)))"
    r"|(?P<unit>đơn vị|cơ quan)"
)
_HEAD_SPELLED = {"htx": "hợp tác xã"}  # a head noun written short, as the names it heads spell it
_BARE_BODY = re.compile(BARE_BODY_HEADS, re.I)


# the words that make a head noun part of another word ('Môi trường', 'Xã hội', 'Bệnh viện', 'cơ sở'), no head there
_COMPOUNDED = {
    "trường": {"môi", "thị", "quảng", "hiện", "công", "chiến", "lập", "phi", "thương"},
    "hội": {"xã", "đại", "hiệp"},
    "viện": {"bệnh", "học"},
    "cục": {"tổng", "chi"},
    "sở": {"cơ", "trụ"},
    "báo": {"thông", "tình", "cảnh", "dự", "nhật"},
}


def _head_inside(head: str, name: str, before_level: bool = False) -> bool:
    """Whether a head noun stands inside a name as a word of its own ('Công đoàn Trường THPT X'; not the 'trường' of
    'Sở Tài nguyên và Môi trường'); `before_level`: right before a level word ('NHCSXH chi nhánh tỉnh X')."""
    after = rf"\s+(?:{levels.ANY})(?!\w)" if before_level else r"\s"
    for m in re.finditer(rf"(?<!\w)(?P<before>\w+)\s+{re.escape(head)}(?={after})", name, re.I):
        if m["before"].casefold() not in _COMPOUNDED.get(head, ()):
            return True
    return False


_TIME_LEAD = lexicon.cue("time-lead")
# a giving verb after a headline's opening body, and its award, up to 'cho' and the one given to (or the giving verb
# with no 'cho': the one given to named after 'cho' in the lead)
_GIVING_VERB = r"\s+(?:(?:đã|vừa)\s+)?(?:trao tặng|trao|tặng|khen thưởng|gắn)\s"
_GIVES_TO = re.compile(_GIVING_VERB + r"[^:;.]{0,120}?\scho\s+")
_GIVES = re.compile(_GIVING_VERB)
_CHO = re.compile(r"(?<!\w)cho\s+")
# the bodies that hold others' ceremonies, whose own 'đơn vị' an article does not tell of
_ORGANISERS = frozenset({PEOPLES_COMMITTEE, PEOPLES_COUNCIL, PARTY, EMULATION_COUNCIL, BLOC})


def _lead_subject_unit(doc: Document) -> OrgRef | None:
    """'Sáng 11/10, Công ty X tổ chức lễ kỷ niệm ...', under a headline that opens on no body: the unit the lead opens
    on, its subject, which 'đơn vị' then means (not a committee holding a ceremony for another)."""
    lead = doc.lead_sentence()
    if lead is None:
        return None
    at = lead.start + _TIME_LEAD.match(lead.text).end()
    first = doc.spans("orgs", at, lead.end)[:1]
    return first[0].value if first and first[0].start == at and first[0].value.kind not in _ORGANISERS else None


def _unit_meant(doc: Document, named_first: list[Span]) -> OrgRef | None:
    """The unit 'đơn vị' means: the body opening the headline (`named_first`: the bodies named up to the lead's end),
    as the lead names it in full; the one it gives to, where it opens on the giver; the lead's subject, where it opens
    on no body."""
    # (the headline's first word: the text's, or a page's title over it, or a banner, leaves it further on)
    headline = next((s.start for s in doc.sentences if s.is_headline), 0)
    opening = [o for o in named_first if o.start == headline]
    if not opening:
        return _lead_subject_unit(doc)
    if (given := _GIVES_TO.match(doc.text, opening[0].end)) is not None:
        # 'Bộ Công an trao Huân chương ... cho Công an tỉnh X': the headline opens on the giver; the unit is the one it
        # gives to, named after 'cho'
        to = [o for o in named_first if o.start == given.end()]
        return to[0].value if to else None
    if _GIVES.match(doc.text, opening[0].end) is not None and (lead := doc.lead_sentence()) is not None:
        # 'Quân khu 9 trao danh hiệu Anh hùng ...' over a lead telling it given 'cho Bộ đội Biên phòng tỉnh X': the one the
        # lead gives to; the giver is not the unit
        after = {m.end() for m in _CHO.finditer(doc.text, lead.start, lead.end)}
        to = [o for o in named_first if o.start in after]
        return to[0].value if to else None
    # (named in full in the lead, the headline's short for it: 'Đồn Biên phòng Cửa khẩu Lao Bảo' over '... Cửa khẩu quốc
    # tế Lao Bảo' the lead names)
    short = opening[0].value
    fuller = {
        o.value.name: o.value
        for o in named_first
        if o.start >= doc.body_start and o.value.name != short.name and told_shorter(short.name, o.value.name)
    }
    return next(iter(fuller.values())) if len(fuller) == 1 else short


def own_body(doc: Document, subject: str) -> OrgRef | None:
    """'nhà trường vinh dự đón nhận Bằng khen', 'Chi nhánh được Thống đốc tặng Cờ thi đua': the one body of that head
    the headline or the lead sentence names ('đơn vị': the one body opening the headline)."""
    bare = _BARE_BODY.fullmatch(subject.strip())
    if bare is None:
        return None
    lead = doc.lead_sentence()
    named_first = doc.spans("orgs", 0, lead.end if lead else doc.body_start)
    if bare["unit"]:
        return _unit_meant(doc, named_first)
    head = " ".join(bare["head"].casefold().split())
    head = _HEAD_SPELLED.get(head, head)
    # by its name, or by the head noun written before it ('Chi nhánh Ngân hàng Chính sách xã hội tỉnh X': the branch);
    # a name opening on the head before one holding it ('Hợp tác xã X' before 'Liên minh Hợp tác xã tỉnh')
    opening_on = [o for o in named_first if o.value.name.casefold().startswith(head + " ")]
    if opening_on and one_named([o.value for o in opening_on]) is None:
        # two bodies: the one both the headline and the lead name ('Viện X đón nhận ...', then 'Viện X (thuộc Viện Y) tổ
        # chức ...'); a headline and a lead naming one each leave it no one's
        lead_names = [o.value.name for o in opening_on if o.start >= doc.body_start]
        both = [
            o for o in opening_on
            if o.end <= doc.body_start and any(told_shorter(o.value.name, n) or told_shorter(n, o.value.name) for n in lead_names)
        ]  # fmt: skip
        opening_on = both or opening_on
    found = (
        {o.value.name: o.value for o in opening_on}
        or {
            o.value.name: o.value
            for o in named_first
            if _head_inside(head, o.value.name)
            or doc.text[max(0, o.start - len(head) - 1) : o.start].casefold() == head + " "
            or doc.text[o.start : o.end].casefold().startswith(head + " ")  # ('Chi nhánh NHCSXH tỉnh X': read from its head)
            or _head_inside(head, doc.text[o.start : o.end], before_level=True)  # ('NHCSXH chi nhánh tỉnh X': written inside)
        }
    )
    if not found and (head_word := _INSTITUTION_WORDS.get(head)) is not None:
        return doc.place.institution(head_word)  # none there: the one of that kind the article names anywhere
    if not found:  # none there: the one body the article names anywhere by a name that opens on the head noun
        found = {
            o.value.name: o.value for o in doc.spans("orgs") if o.value.name.casefold().startswith(head + " ") and not o.value.unplaced
        }
    if not found and (command := _COMMAND_OF.fullmatch(head)) is not None and (unit := own_body(doc, command["unit"])):
        # 'Bộ Tư lệnh Quân khu tặng ...' where the lead names 'Quân khu 4': that unit's command
        parsed = parse_org(f"Bộ Tư lệnh {unit.name}", 0, doc.place)
        return parsed[0] if parsed else None
    return one_named(list(found.values()))


_COMMAND_OF = re.compile(r"bộ tư lệnh (?P<unit>quân khu|quân đoàn|binh đoàn|vùng)")


# a body's head noun right after a title, as the whole of its body ('Phó Giám đốc bệnh viện', 'Tổng giám đốc Công ty')
_HEAD_AFTER_TITLE = re.compile(rf"[ \t]+(?P<bare>{_BARE_BODY.pattern})(?!\w)(?![ \t]+(?-i:[{UPPER}\d]))", re.I)


def body_after_title(doc: Document, end: int) -> OrgRef | None:
    """'Phó Giám đốc bệnh viện', 'Tổng giám đốc Công ty tặng Giấy khen': a title whose body is written by its head
    noun alone after it heads the one body of that head the headline or the lead sentence names."""
    m = _HEAD_AFTER_TITLE.match(doc.text, end)
    return own_body(doc, m["bare"]) if m else None


# a short form no row and no definition in the article reads ('Tổng Giám đốc EVNNPC'), or a brand in Latin letters
# with a capital inside it ('Tổng Giám đốc PVPower'; not a degree's 'ThS'): a body of its own, unknown
_UNREAD_ACRONYM = re.compile(rf"[ \t]+[{UPPER}](?:[{UPPER}0-9&]{{2,}}|[A-Za-z0-9]{{0,12}}?[A-Z][a-z]{{0,16}}[a-z]{{2}})(?!\w)")


def acronym_after(doc: Document, end: int) -> bool:
    """Whether a title ending at `end` is followed by a short form it did not read as a body: the title is that body's,
    not the one the article is about."""
    return _UNREAD_ACRONYM.match(doc.text, end) is not None


# a committee's head, then the committee he acts for ('Ông A, Phó Chủ tịch thường trực cũng thay mặt UBND tỉnh X tặng ...')
_ACTS_FOR = re.compile(r"\s*,?\s*(?:(?:cũng|đã|đồng thời)\s+)*thay mặt\s+")
_COMMITTEE_HEADS = frozenset({"Chủ tịch", "Phó Chủ tịch", "Phó Chủ tịch Thường trực"})


def committee_acted_for(doc: Document, end: int, role: str | None) -> OrgRef | None:
    """The People's Committee or Council a chair's or deputy chair's bare title acts for right after it: the post's
    body (a committee's chair acts for no other committee)."""
    if role is None or role.replace("thường trực", "Thường trực") not in _COMMITTEE_HEADS:
        return None
    m = _ACTS_FOR.match(doc.text, end)
    parsed = parse_org(doc.text, m.end(), doc.place) if m else None
    return parsed[0] if parsed and parsed[0].kind in (PEOPLES_COMMITTEE, PEOPLES_COUNCIL) else None


def head_after(doc: Document, end: int) -> bool:
    """Whether a title ending at `end` is followed by a body's head noun alone ('Giám đốc Công ty')."""
    return _HEAD_AFTER_TITLE.match(doc.text, end) is not None


# a byline's office, desk or department of a body ('Thu Hằng - Văn phòng Sở', 'Phòng Tổ chức cán bộ Công ty', 'Văn
# phòng Sở Y tế'): its head word, a few words of its own, then the body's, which open in capitals
_OFFICE_HEAD = re.compile(r"(?:Văn phòng|Phòng|Ban|Khoa)\s+")
_OFFICE_OWN_WORDS = 6
_WORD_AT = re.compile(r"\S+")


def office_of_body(doc: Document, unit: str) -> OrgRef | None:
    """'Thu Hằng - Văn phòng Sở' under a report of Sở Tư pháp tỉnh X: an office of a body the byline names after it, in
    full ('Văn phòng Sở Y tế') or by its head noun alone, the one body of that head the headline or the lead names
    ('Văn phòng Sở Tư pháp tỉnh X'); none where the article names no such body, or two."""
    unit = unit.strip().rstrip(".")
    head = _OFFICE_HEAD.match(unit)
    if head is None:
        return None
    for word in itertools.islice(_WORD_AT.finditer(unit, head.end()), _OFFICE_OWN_WORDS + 1):
        rest = unit[word.start() :]  # (the body's words, if they start here)
        bare = _BARE_BODY.fullmatch(rest)
        if not rest[:1].isupper() or (bare is not None and bare["unit"]):
            continue
        if bare is not None:
            body = own_body(doc, rest)
        else:
            parsed = parse_org(rest, 0, doc.place)
            body = parsed[0] if parsed and parsed[1] >= len(rest) else None
        if body is not None:
            name = f"{unit[: word.start()].strip()} {body.name}"
            return OrgRef(name, "OtherUnit", body.unit_code, body.level, parent=body.name, aliases=(unit,))
    return None


def body_of_bare_title(doc: Document, role: str | None, end: int | None = None) -> OrgRef | None:
    """The body a title written with none after it heads: the article's one bloc, or its headline's one school or unit;
    None where, after the title at `end`, a body of that head is named that was not read and is not that one ('Đội
    trưởng Đội Phòng chống ma túy' beside the article's 'Đội Kiểm tra thuế số 2')."""
    found = _bloc_headed(doc, role) or _unit_headed(doc, role)
    if found is None or end is None:
        return found
    at = skip_space(doc.text, end)
    named = any(
        doc.text.startswith(head, at) and doc.text[at + len(head) : at + len(head) + 1].isupper()
        for head in _HEADED_BY_TITLE.get(role or "", ())
    )
    return None if named and not doc.text.casefold().startswith(found.name.casefold(), at) else found
