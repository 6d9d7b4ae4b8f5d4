"""The place an article is about: the district and province it names most.

Portals of a district leave their district implicit ('Bí thư huyện ủy', 'UBND
huyện'); the typed mentions elsewhere in the article ('huyện Bình Liêu', 'TP Móng
Cái') say which one it is, and the gazetteer gives its province.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, TypeVar

from ..vocab import slug
from . import levels, lexicon
from .casefree import count_words, lowered, searchable
from .context import PlaceContext
from .document import Document, Span
from .gazetteer import NAME_REST, NAME_WORD, Unit, commune_districts, fold, gazetteer
from .names import LOWER, UPPER, full_name_at, leading_name

if TYPE_CHECKING:
    from .orgs import OrgRef

_TYPED = re.compile(
    rf"(?<!\w)(?P<type>{levels.UNIT})(?:\s+|(?<=\.)(?=[{UPPER}])|(?<=TP)(?=HCM))(?P<name>(?=[{UPPER}]){NAME_WORD}{NAME_REST}|\d{{1,2}}(?!\w))",
    re.I,
)
_TYPED_LOWER = lowered(_TYPED)  # ('TPHCM': the city's level word glued to its name, as 'TP.HCM' is after a dot)
# (its youth union's and military command's too: 'Huyện đoàn Phú Giáo', 'Thành đoàn Hà Nội', 'Huyện đội Ba Vì'; the
# second word capitalised as some portals write it: 'Tỉnh Đoàn Bình Dương', 'Tỉnh Ủy Quảng Ninh')
_PARTY_PLACE = re.compile(
    rf"(?<!\w)(?P<type>{levels.PARTY_HEAD}) (?:ủy|Ủy|[đĐ]oàn|[đĐ]ội) (?P<name>(?=[{UPPER}]){NAME_WORD}(?:\s{NAME_WORD}){{0,3}})"
)
TITLE_WEIGHT = 3
# a commune's level word without its name ('... phường họp ...'), in a headline about that commune
# (not 'xã hội', society: 'Khối Văn hóa - Xã hội tổ chức hội nghị' names no commune)
_BARE_COMMUNE = re.compile(rf"(?<!\w)(?<![Tt]hị )(?!(?i:xã\s+hội)(?!\w))(?i:{levels.COMMUNE})(?!\s+[{UPPER}])(?!\w)")
# a commune's body named by its level word alone ('Đảng ủy phường', 'UBND xã', 'Chủ tịch UBND thị trấn')
_BARE_COMMUNE_BODY = re.compile(
    rf"(?<!\w)(?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân|Đảng ủy|Đảng bộ|(?:UBMTTQ|UB MTTQ|Ủy ban MTTQ|Ủy ban Mặt trận Tổ quốc)(?:\s+Việt Nam)?"
    # (and its associations, youth union, police and military command: 'Chủ tịch HLHPN xã', 'Trưởng Công an xã')
    r"|Hội (?:LHPN|Liên hiệp Phụ nữ|Phụ nữ|Nông dân|CCB|Cựu chiến binh|Khuyến học|Chữ thập đỏ|CTĐ|Người cao tuổi|NCT)|HLHPN|HND|HCCB|Đoàn|ĐTN|Công an|CA|Ban CHQS|BCH Quân sự)"
    rf"\s+(?P<type>{levels.COMMUNE})"
    rf"(?!\s+[{UPPER}0-9])(?!\w)"
)
_AT_VENUE = re.compile(r"(?<!\w)tại\s+(?:[^\s,;.]+\s+){0,3}$")  # 'tại Đảng bộ phường ...', 'tại xã ...'
_PERSON_CUE = re.compile(rf"(?<!\w)(?:[Đđ]ồng chí|[Đđ]/[Cc]|[Ôô]ng|[Bb]à)\s+[{UPPER}]")  # where the persons of a sentence begin
# the communes whose name ends in a number ('phường Mỹ Đình 1', 'xã Tam Xuân 2'), as the table of communes lists them: a
# number after another commune's name is a count ('xã Tam Anh 12 năm liền', 'xã A 15, xã B 20')
_NUMBERED_COMMUNES = "|".join(
    sorted({re.escape(name) for _, name in commune_districts() if re.search(r" \d{1,2}$", name)}, key=len, reverse=True)
)
# (a name ends before a title run into it: 'tại xã Kim Long Trưởng khối thi đua ...')
COMMUNE = re.compile(
    # (a state farm's township: 'thị trấn Nông trường Mộc Châu')
    rf"(?<!\w)(?<![Tt]hị )(?<!THỊ )(?i:(?P<type>{levels.COMMUNE}))\s+(?P<name>(?:{_NUMBERED_COMMUNES})(?![\w/.,-]?\d)(?!\w)"
    r"|(?:Nông trường\s+)?[" + UPPER + r"]\w*"
    r"(?:\s(?!(?:Trưởng|Phó|Chủ tịch|Bí thư|Giám đốc)(?!\w))[" + UPPER + r"]\w*){0,3}"
    # a city's ward by its number ('Phường 3', 'phường 12'), not a count of wards ('12 phường 5 xã') nor a date
    r"|(?<=[Pp]hường )\d{1,2}(?![\w/.,-]?\d)(?!\w)(?!\s+(?:xã|phường|thị trấn)(?!\w)))"
)


def commune_label(m: re.Match[str]) -> str:
    """A commune as a COMMUNE match names it, its level word canonical ('xã Tân Lập', 'phường 3')."""
    return f"{levels.canonical(m['type'])} {m['name']}"


def typed_mentions(text: str, province: str | None = None, shared: set[tuple[str, str]] | None = None) -> list[tuple[Unit, int, int]]:
    """Units named with their level word ('huyện Bình Liêu'), with offsets; and into `shared`, where given, each
    (level word, name) of a district whose name several provinces share, which no unit answers ('huyện Tam Nông').

    The name pattern reads a few words ahead for the gazetteer to pick the longest
    name; scanning resumes where that name ends, so 'tỉnh X thăm huyện Y' finds both.
    """
    gz = gazetteer()
    out = []
    for regex in (_TYPED, _PARTY_PLACE):
        searched, rx = searchable(text, _TYPED, _TYPED_LOWER) if regex is _TYPED else (text, regex)
        pos = 0
        while m := rx.search(searched, pos):  # the groups' text is read from `text`, by their offsets
            pos = m.end("type")
            words = text[m.start("name") : m.end("name")].split()
            if not words or not (words[0][0].isupper() or words[0][0].isdigit()):
                continue  # 'Huyện vinh dự đón nhận': a name is written with its capital ('huyện Vinh' is)
            n = gz.longest_name_at(words)
            if not n:
                continue
            type_word = text[m.start("type") : m.end("type")].lower()
            type_word = levels.PARTY_LEVEL[type_word] if regex is _PARTY_PLACE else levels.canonical(type_word)
            if words[0][0].isdigit() and type_word != "quận":
                continue  # only a city's districts go by a number ('Quận 3'); 'UBND huyện 3 tập thể' counts three
            name = " ".join(words[:n])
            unit = gz.lookup(name, type_word, province)
            if unit:
                end = m.start("name") + len(name)
                out.append((unit, m.start(), end))
                pos = end
            elif shared is not None and type_word in levels.DISTRICT_WORDS and gz.shared_name(name, type_word):
                shared.add((type_word, name))
    return out


# names that are also an ideology's, a union's or a person's ('tư tưởng Hồ Chí Minh'), never a province alone
_NOT_BARE = {"Hồ Chí Minh"}


# where a person comes from, up to the place named: not what the article is about
_ORIGIN = re.compile(
    rf"(?<!\w)(?:nguyên quán|quê quán|quê(?=\s+(?:ở|tại|{levels.ANY})(?!\w))|sinh ra(?=\s+(?:ở|tại)(?!\w)))[^.;()]*$", re.I
)


def _score_typed(scores: Counter[str], title: str, body: str, province: str | None, shared: set[tuple[str, str]] | None = None) -> None:
    """Count the units the headline (weighted) and the body name with their level word, not where people come from
    (and gather into `shared` the districts named whose name several provinces share: `typed_mentions`)."""
    for text, weight in ((title, TITLE_WEIGHT), (body, 1)):
        for unit, start, _ in typed_mentions(text, province, shared):
            if _ORIGIN.search(text, max(0, start - 80), start):
                continue  # '(Nguyên quán tại xã X, huyện Y, tỉnh Z)': where a person comes from
            scores[unit.code] += weight


_PORTAL_NAMED = re.compile(r"(?:Cổng|Trang)\s", re.I)  # a portal's name (the portal's own rules read it), no writer's unit


def _unit_of_byline(unit: str) -> tuple[Unit | None, Unit | None]:
    """The district and province a byline's unit names by its level word ('TTVH huyện Bình Gia'), else none."""
    gz = gazetteer()
    scores: Counter[str] = Counter()
    _score_typed(scores, "", unit, None)
    if not scores:
        return None, None
    unit_named = gz.get(scores.most_common(1)[0][0])
    if unit_named is None or unit_named.level not in ("district", "province"):
        return None, None
    return (unit_named, gz.province_of(unit_named)) if unit_named.level == "district" else (None, unit_named)


def resolve_place(doc: Document) -> None:
    """Set doc.place: the units the article is about, for bodies it leaves implicit."""
    gz = gazetteer()
    scores: Counter[str] = Counter()
    title = doc.headline or ""
    shared: set[tuple[str, str]] = set()  # districts named whose name several provinces share, none placing them
    _score_typed(scores, title, doc.body, None, shared)
    provinces_named = [c for c, _ in scores.most_common() if gz.units[c].level == "province"]
    if provinces_named and not any(gz.units[c].level == "district" for c in scores):
        # 'huyện Châu Thành (tỉnh Tây Ninh)': a district name several provinces share, read in the province named
        district_scores: Counter[str] = Counter()
        _score_typed(district_scores, title, doc.body, provinces_named[0])
        scores.update({c: n for c, n in district_scores.items() if gz.units[c].level == "district"})
    # bare names of units already seen typed ('Móng Cái phát động ...')
    low_body = doc.body.lower()
    for code in list(scores):
        unit = gz.get(code)
        if unit and unit.name not in _NOT_BARE:  # 'tư tưởng Hồ Chí Minh' names no city
            bare = count_words(unit.name, doc.body, low_body)
            if bare > scores[code]:  # (read again as written, where it may add: not inside a person's name, 'Nguyễn Hồng Lĩnh')
                bare = named_bare(unit.name, doc.body)
            scores[code] += max(0, bare - scores[code])
            if unit.name in title:
                scores[code] += TITLE_WEIGHT
    # a province the article names only bare, twice or more ('Trường Cao đẳng nghề Ninh Thuận', '... tại Ninh
    # Thuận'), against provinces typed once at most ('Đại học Nông lâm thành phố Hồ Chí Minh'): a candidate too
    if all(n < 2 for c, n in scores.items() if gz.units[c].level == "province"):
        for unit in gz.provinces():
            if unit.code not in scores and unit.name not in _NOT_BARE and unit.name in doc.body:
                bare = named_bare(unit.name, doc.body)
                if bare >= 2:
                    scores[unit.code] = bare
    districts = [(n, c) for c, n in scores.most_common() if gz.units[c].level == "district"]
    provinces = [(n, c) for c, n in scores.most_common() if gz.units[c].level == "province"]
    district = gz.get(districts[0][1]) if districts else None
    province = gz.province_of(district) if district else (gz.get(provinces[0][1]) if provinces else None)
    fallback = None
    if district and provinces and provinces[0][1] != district.parent and provinces[0][0] > districts[0][0]:
        # an article about a province that mentions a district of another one
        province, district = gz.get(provinces[0][1]), None
    elif district and provinces and provinces[0][1] == district.parent and provinces[0][0] >= 2 * districts[0][0]:
        # an article about a province that mentions one of its districts in passing: the district
        # only answers for bodies said to be a district's ('UBND huyện')
        district, fallback = None, district
    elif district and len(districts) >= 3 and districts[0][0] < sum(n for n, _ in districts[1:]) and district.name not in title:
        # an article about a province's cluster or its districts, naming three or more, the first named less often than
        # the others together and none in its headline ('Cụm thi đua các huyện miền núi ...'): about the province; the
        # first district only answers for bodies said to be a district's
        district, fallback = None, district
    elif (
        district and len(districts) >= 2 and districts[0][0] == districts[1][0] and not any(gz.units[c].name in title for _, c in districts)
    ):
        # two districts or more named as often as each other, none in the headline ('Cờ thi đua cho Phòng GD&ĐT huyện A
        # và Phòng GD&ĐT thị xã B'): about neither, the province's; the first only answers for a district's bodies
        district, fallback = None, district
    if province is None and district is None and (headed := _district_heading(doc)) is not None:
        district, province = headed, gz.province_of(headed)  # 'Hạ Long: 20 tập thể được khen thưởng'
    if province is None and district is None:
        province = _province_named_bare(doc)
    portal_unit, portal_commune = _portal_unit(doc)
    portal = portal_unit if district is None and fallback is None else None
    if portal is not None and (province is None or portal.code == province.code or portal.parent == province.code):
        # 'Cổng thông tin điện tử huyện Phú Bình' in the page's title: the unit whose portal published it
        district, province = (portal, gz.province_of(portal)) if portal.level == "district" else (None, portal)
    if province is None and district is None and (dated := _dateline_place(doc)) is not None:
        district, province = (dated, gz.province_of(dated)) if dated.level == "district" else (None, dated)
    if province is None and district is None:
        province = _province_of_source(doc)
        # 'hoianrt', 'dongtrieu' in the page's address or the file's name: a district's portal, where the district's
        # name is its alone (of the source's province, where that names one too)
        own = _district_of_source(doc)
        if own is not None and (province is None or own.parent == province.code):
            district, province = own, gz.province_of(own)
    if province is None and district is None:
        # 'Chi cục Thuế khu vực Đồng Xoài - Hớn Quản': districts named bare in a body's name, all of one province
        district, province = _districts_named_bare(doc)
    if province is None and district is None:
        # 'Hội nghị tổng kết của Hội CCB phường Cẩm Phô': communes named with their level word, each the name of
        # communes of one district alone, all of that district
        district = _district_of_communes(doc)
        province = gz.province_of(district)
    if province is None and district is None and doc.author_unit and not _PORTAL_NAMED.match(doc.author_unit):
        # 'Thu Hà - TTVH huyện Bình Gia' under an article that names no place: the unit the writer's byline names
        district, province = _unit_of_byline(doc.author_unit)
    if province is not None and district is None and fallback is None:
        # 'huyện Bảo Lâm' under '(Cao Bằng)': a district name two provinces share, read in the one the article names
        in_province: Counter[str] = Counter()
        _score_typed(in_province, title, doc.body, province.code)
        named = [c for c, _ in in_province.most_common() if gz.units[c].level == "district" and gz.units[c].parent == province.code]
        district = gz.get(named[0]) if named else None
    commune = _in_own_case(COMMUNE.search(title), doc.body)  # an article about a commune names it in its headline
    bare = _BARE_COMMUNE.search(title) if commune is None else None
    if bare:  # 'Hội đồng thi đua khen thưởng phường họp ...': the one commune of that level the body names
        named = {m["name"]: m for m in COMMUNE.finditer(doc.body) if m["type"].lower() == bare.group(0).lower()}
        commune = next(iter(named.values())) if len(named) == 1 else None
    if commune is None and (bare := _BARE_COMMUNE_BODY.search(doc.body)) and (lead := doc.lead_sentence()):
        # 'Bí thư Đảng ủy phường trao Giấy khen của UBND phường ...' under a headline naming no commune: the commune
        # the lead's subject names (before any person it names), when the body names no other of that level
        subject = lead.text[: person.start()] if (person := _PERSON_CUE.search(lead.text)) else lead.text
        level = bare["type"].lower()
        named = [m for m in COMMUNE.finditer(subject) if m["type"].lower() == level]
        # (or named further on in the lead, after its persons, as where the event was: 'đồng chí A đã dự lễ trao Huy hiệu
        # Đảng tại Đảng bộ phường Hiến Nam'; not in a person's title)
        named = named or [
            m
            for m in COMMUNE.finditer(lead.text)
            if m["type"].lower() == level and _AT_VENUE.search(lead.text, max(0, m.start() - 40), m.start())
        ]
        others = {m["name"] for m in COMMUNE.finditer(doc.body) if m["type"].lower() == level}
        commune = named[0] if named and len(others) == 1 else None
        if commune is None and len(others) == 1:
            # (or the commune whose body signs the article under its text, 'UBND xã Phúc Lợi', the one of that level
            # the body names: a commune's report)
            # (in capitals too, 'ỦY BAN NHÂN DÂN XÃ PHÚC LỢI': the body's mention of it, as the text spells it)
            signed = {m["name"].casefold() for m in COMMUNE.finditer(doc.text, doc.body_end) if m["type"].lower() == level}
            commune = next((m for m in COMMUNE.finditer(doc.body) if m["type"].lower() == level and m["name"].casefold() in signed), None)
    label = commune_label(commune) if commune else None
    if label is None and portal_commune is not None and district is not None and district == portal_unit:
        label = portal_commune  # the commune whose portal published it ('Cổng thông tin điện tử xã Yên Phong - huyện ...')
    if label and district is None and fallback is not None:
        # an article about a commune (its headline names it) whose district the rules above left only as a fallback (named
        # in passing, or first among others): the commune's district ('Công an xã Hòa Thuận ...', then 'Chủ tịch UBND
        # huyện Phú Hòa (Phú Yên) ký quyết định')
        district, fallback = fallback, None
    if commune and district is None and fallback is None and (within := _district_in_brackets(doc, commune, province)) is not None:
        district, province = within, gz.province_of(within)  # 'xã Sơn Hà (Hữu Lũng)': the district the brackets name
    if commune and district is None and fallback is None and province is not None and province.valid_until:
        # 'xã Tân Lập' in an article of the old province the portal gives: the one district of that province whose
        # commune bears the name (not a province of the 2025 map, which has no districts)
        own = [c for c in _districts_of_commune(commune) if gz.units[c].parent == province.code]
        district = gz.get(own[0]) if len(own) == 1 else None
    # (the one such district the article names, where nothing else places it: its bodies named by its name alone)
    unplaced = shared.pop() if len(shared) == 1 and province is None and district is None and fallback is None else None
    place = PlaceContext(province, district, label, fallback, published=doc.published, district_unplaced=unplaced)
    text = f"{title}\n{doc.body}"
    doc.place = replace(
        place,
        department=_own_department(doc, text, place),
        ministry=_own_ministry(doc, text, title, place),
        council=_own_council(doc, text, place),
        institutions=_own_institutions(doc, place),
        acronyms=_acronyms_defined(text, place),
        villages=_villages(text),
    )


# a village by its level word and its name or number ('ấp Phú Hòa', 'thôn 3', 'Bản Nà Pàn')
_VILLAGE = re.compile(
    rf"(?<!\w)(?P<word>(?i:{levels.BELOW_COMMUNE}))\s+"
    rf"(?P<name>(?:số\s+)?\d+[A-Z]?(?!\w)|[{UPPER}][\w'’]*(?:\s+[{UPPER}][\w'’]*){{0,2}})"
)


def _villages(text: str) -> tuple[tuple[str, str], ...]:
    """The one village of each level word the article names, by that word: ('ấp', 'ấp Phú Hòa'); a word under which
    it names two villages or more gives none."""
    named: dict[str, set[str]] = {}
    for m in _VILLAGE.finditer(text):
        if not full_name_at(text, m.start("name"), m.end("name")):  # ('Trưởng thôn Nông Văn Dương': a holder's name)
            named.setdefault(m["word"].lower(), set()).add(m["name"])
    return tuple((word, f"{word} {next(iter(names))}") for word, names in named.items() if len(names) == 1)


def _own_institutions(doc: Document, ctx: PlaceContext) -> tuple[tuple[str, OrgRef], ...]:
    """The one institution of each kind the article names, for a bare head word after a title."""
    from .orgs import institutions_named  # orgs reads the place context this module builds

    return institutions_named(doc, ctx)


# a short form in brackets right after a body's name: 'Tổng công ty Điện lực miền Bắc (EVNNPC)', 'Học viện Ngân hàng (BAV)', a
# brand of one word ('Tập đoàn Dầu khí Quốc gia Việt Nam (Petrovietnam)'),
# or a brand with its place ('Ngân hàng Nông nghiệp và Phát triển Nông thôn - Chi nhánh tỉnh Cà Mau (Agribank Cà Mau)',
# 'Công ty Điện lực Hà Tĩnh (PC Hà Tĩnh)'), not a town's ('(TP Hà Tĩnh)')
# (on the name's own line: the next paragraph's paper tag, '(PTO) Ngày 25/1, ...', defines nothing the headline ends on)
# (or a short name in words of the name, after its first in lower case: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh
# (Liên hiệp hội)')
_DEFINED_ACRONYM = re.compile(
    rf"[ \t]*\((?P<acronym>[{UPPER}][{UPPER}0-9&]{{1,11}}|[A-Z][A-Za-z]{{4,19}}|(?P<brand>(?!(?:TP|TX|TT)\s)[A-Z][A-Za-z0-9&]{{1,15}})(?:\s+[{UPPER}][\w'-]*){{1,3}}"
    rf"|(?P<short>[{UPPER}][{LOWER}]+(?:\s+[{LOWER}]+){{1,3}}))\)"
)
_NAME_REACH = 150  # how far back a body's name may begin before its bracketed short form


def _acronyms_defined(text: str, ctx: PlaceContext) -> tuple[tuple[str, OrgRef], ...]:
    """The short forms the article defines for the bodies it names, each for the body named right before it; one
    defined for two bodies names neither."""
    from .orgs import BLOC, find_orgs, parse_org  # orgs reads the place context this module builds

    defined: dict[str, set[OrgRef]] = {}
    for m in _DEFINED_ACRONYM.finditer(text):
        window = max(0, m.start() - _NAME_REACH)
        found = [(org, start) for org, start, end, _ in find_orgs(text[window : m.start()], ctx, window) if end == m.start()]
        if found and _abbreviates_tail(m["acronym"], text[found[-1][1] : m.start()]):
            continue  # 'Bộ Chỉ huy Bộ đội Biên phòng (BĐBP)': the border guard, not the command ('Tư lệnh BĐBP' is the force's)
        before = [org for org, _ in found]
        if before and before[-1].kind == BLOC and (of := text.rfind(" của ", window, m.start())) != -1:
            # 'Khối thi đua số 6 của Ngân hàng Nhà nước Việt Nam (NHNN)': the body the bloc is of
            owner = parse_org(text[: m.start()], of + len(" của "), ctx)
            before = [owner[0]] if owner and owner[1] == m.start() else []
        if m["brand"] and gazetteer().longest_name_at(m["acronym"].split()):
            continue  # '(Long An)': a place in brackets, not a short form
        if m["short"] and not (found and _words_of(m["short"], text[found[-1][1] : m.start()])):
            continue  # '(thứ hai từ trái)', '(Nay là xã X)': no short name of the body before it
        if before and m["acronym"] not in before[-1].name:
            defined.setdefault(m["acronym"], set()).add(before[-1])
    return tuple((acronym, next(iter(orgs))) for acronym, orgs in defined.items() if len(orgs) == 1)


def _words_of(short: str, written: str) -> bool:
    """Whether a short name's words are words of a body's name as written, in order ('Liên hiệp hội' of 'Liên hiệp các
    Hội Khoa học và Kỹ thuật tỉnh'), fewer than them."""
    words = iter(written.casefold().split())
    wanted = short.casefold().split()
    return len(wanted) < len(written.split()) and all(w in words for w in wanted)


def _abbreviates_tail(acronym: str, written: str) -> bool:
    """Whether a short form spells the initials of the last words of a body's name as written, not of its first."""
    words = written.split()
    if "".join(w[0] for w in words).upper().startswith(acronym.upper()):
        return False
    return any("".join(w[0] for w in words[k:]).upper() == acronym.upper() for k in range(1, len(words) - 1))


_MINISTRY_AT = re.compile(rf"(?<!\w)Bộ\s+(?=[{UPPER}])")


def _own_ministry(doc: Document, text: str, title: str, ctx: PlaceContext) -> OrgRef | None:
    """The ministry an article is about: the one it names, named in its headline or lead sentence ('Bộ Tài nguyên và
    Môi trường đón nhận ...'), which a bare 'Bộ trưởng' or 'Thứ trưởng' serves ('Về phía Bộ có Bộ trưởng A'); None
    where the article names two, or its one only further down ('Trường X nhận Cờ thi đua của Bộ GD&ĐT')."""
    lead = lead_sentence.text if (lead_sentence := doc.lead_sentence()) else ""
    found = _ministries(text, ctx)
    return next(iter(found.values())) if len(found) == 1 and set(found) & set(_ministries(f"{title}\n{lead}", ctx)) else None


def _ministries(text: str, ctx: PlaceContext) -> dict[str, OrgRef]:
    """The ministries `text` names, by name."""
    return {name: org for name, org in _departments_at(text, ctx, _MINISTRY_AT, "Bộ ").items() if org.level == "national"}


def _departments_at(text: str, ctx: PlaceContext, at: re.Pattern[str], head: str, kind: str = "Department") -> dict[str, OrgRef]:
    """The departments (a province's 'Sở X', a ministry 'Bộ X'), or other bodies of `kind`, named where `at` finds
    their head word, by name."""
    from .orgs import parse_org  # orgs reads the place context this module builds

    found: dict[str, OrgRef] = {}
    for m in at.finditer(text):
        parsed = parse_org(text, m.start(), ctx)
        if parsed and parsed[0].kind == kind and parsed[0].name.startswith(head):
            found.setdefault(parsed[0].name, parsed[0])
    return found


_DEPARTMENT_AT = re.compile(rf"(?<!\w)Sở\s+(?=[{UPPER}])")


def _own_department(doc: Document, text: str, ctx: PlaceContext) -> OrgRef | None:
    """The one department the article names ('Sở Y tế', 'Sở GD&ĐT tỉnh X'), which a bare 'Sở' stands for on the
    department's own portal ('Giám đốc Sở phát biểu'); None where it names two, or none, or writes no bare 'Sở'
    (a caption's counts) for it to stand for."""
    from .orgs import writes_bare_department  # orgs reads the place context this module builds

    if not writes_bare_department(doc.text):
        return None
    found = _departments_at(text, ctx, _DEPARTMENT_AT, "Sở ")
    return next(iter(found.values())) if len(found) == 1 else None


_COUNCIL_AT = re.compile(r"(?<!\w)(?:Hội đồng (?:[Tt]hi đua|TĐKT)|HĐTĐKT|HĐ TĐKT|Hội đồng (?:cấp \w+ )?xét (?:tặng|công nhận))(?!\w)")


def _own_council(doc: Document, text: str, ctx: PlaceContext) -> OrgRef | None:
    """The one emulation council the article names ('Hội đồng Thi đua - Khen thưởng tỉnh X'), which a bare 'Hội đồng'
    stands for ('Chủ tịch Hội đồng chủ trì', 'Hội đồng thống nhất đề nghị'); None where it names two, or none."""
    from .orgs import BARE_COUNCIL, EMULATION_COUNCIL  # orgs reads the place context this module builds

    if not BARE_COUNCIL.search(doc.text):
        return None
    found = _departments_at(text, ctx, _COUNCIL_AT, "", EMULATION_COUNCIL)
    own = [c for c in found.values() if c.level != "national"]  # not the state's council the article's proposes to
    # one council of one place, named shorter in the headline ('Hội đồng cấp tỉnh xét tặng danh hiệu X'): the fullest
    return max(own, key=lambda c: len(c.name)) if own and len({c.unit_code for c in own}) == 1 and _one_council(own) else None


def _one_council(councils: list[OrgRef]) -> bool:
    """Whether the names are one council's: the same name, or an honours council's told with fewer of its titles."""
    heads = {c.name.split(" danh hiệu ")[0] for c in councils}
    return len(councils) == 1 or (len(heads) == 1 and " xét " in next(iter(heads)))


def _in_own_case(m: re.Match[str] | None, body: str) -> re.Match[str] | None:
    """A commune named in capitals ('XÃ TÂN THANH TỔNG KẾT ...') ends where the body's spelling of it ends ('xã Tân
    Thanh'); with none, the capitals name no commune ('XÃ HỘI TỔ CHỨC HỘI NGHỊ' is 'society holds a conference')."""
    if m is None or not m.group(0).isupper():
        return m
    shout = m.group(0)
    for own in COMMUNE.finditer(body):
        spelt = f"{own['type']} {own['name']}".upper()
        if not own.group(0).isupper() and shout.startswith(spelt) and shout[len(spelt) : len(spelt) + 1] in ("", " "):
            return own
    # (or the body spells its name alone, its level word nowhere by it: '"Tân Hương chung sức ..."' under 'BÁO CÁO ...
    # CỦA UBND XÃ TÂN HƯƠNG'), the longest such run of capitalised words
    words = m["name"].split()
    for n in range(len(words), 1, -1):
        if (spelt := _spelt_in(" ".join(words[:n]), body)) is not None:
            return COMMUNE.match(f"{m['type'].lower()} {spelt}")
    return None


def _spelt_in(shouted: str, body: str) -> str | None:
    """The body's spelling of a name it prints in capitals elsewhere, where it spells it capitalised, as a whole."""
    for own in re.finditer(rf"(?<!\w)(?i:{re.escape(shouted)})(?!\w)", body):
        if not own.group(0).isupper() and all(w[:1].isupper() for w in own.group(0).split()):
            return own.group(0)
    return None


_WORD_BEFORE = re.compile(r"(?:\w+\s+){1,2}$")


# the word a battle's or a campaign's name opens with ('Chiến thắng Điện Biên Phủ', 'Chiến dịch Hồ Chí Minh'), or a
# war's theatre ('chiến đấu tại chiến trường Quảng Trị', 'mặt trận Tây Nam'): where a veteran fought, not the news
_HISTORIC_BEFORE = re.compile(r"(?<!\w)(?:[Cc]hiến thắng|[Cc]hiến dịch|[Tt]rận|[Hh]iệp định|[Cc]hiến trường|[Mm]ặt trận)\s+$")


def _historic(text: str, at: int) -> bool:
    """Whether the name at `at` is a battle's or a campaign's ('Chiến thắng Điện Biên Phủ', not the paper's)."""
    return _HISTORIC_BEFORE.search(text, max(0, at - 14), at) is not None


_LOWER_UNIT_WORD_BEFORE = re.compile(rf"(?<!\w)(?i:{levels.COMMUNE}|{levels.BELOW_COMMUNE})\s+$")


def named_bare(name: str, text: str) -> int:
    """How often `text` names a unit by its bare name, as written (capitalised, whole words), and not inside a
    person's name: 'Phó Thủ tướng Trương Hòa Bình' names no province, nor does 'hòa bình' (peace)."""
    count = 0
    for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        if _historic(text, m.start()):
            continue  # '70 năm Chiến thắng Điện Biên Phủ': a battle's name, no place the article is about
        if _LOWER_UNIT_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # 'Ấp Phú Hòa đón nhận ...', 'tại xã Hòa Bình': a hamlet's or a commune's name, no district's or province's
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before:
            starts = [before.start(), *(i + 1 for i in range(before.start(), m.start()) if text[i].isspace())]
            if any((person := leading_name(text, pos=at)) and at + len(person) > m.start() for at in starts if at < m.start()):
                continue
        count += 1
    return count


# a headline that opens with the place it is about, bare, before a colon or a dash ('Hạ Long: ...', 'Móng Cái - ...')
_HEADLINE_PLACE = re.compile(r"\s*(?P<name>[^\W\d_][^:–—\-]{1,28}?)\s*(?::|\s[-–—])\s")


def _district_heading(doc: Document) -> Unit | None:
    """The one district a headline opens with, bare, before a colon or a dash, where the article types no unit."""
    m = _HEADLINE_PLACE.match(doc.headline or "")
    unit = gazetteer().lookup(m["name"]) if m and m["name"] not in _NOT_BARE else None
    return unit if unit is not None and unit.level == "district" else None


# a dateline on its own line, its place (after its level word or not) then its day ('Điện Biên, ngày 10/01/2023', 'TP
# HCM, 13/10/2024'), as letters and notices are dated
_DATELINE = re.compile(
    rf"^[ \t]*(?:(?P<type>(?i:{levels.UNIT}))[ \t]*)?(?P<name>[{UPPER}][\w]*(?:[ \t][{UPPER}][\w]*){{0,3}}),[ \t]*(?:ngày[ \t]+)?"
    rf"\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}}[ \t]*$",
    re.M,
)


def _dateline_place(doc: Document) -> Unit | None:
    """The province (or the one district) a dateline above the text or opening it names: where the article was written,
    for an article whose text names no place."""
    gz = gazetteer()
    m = _DATELINE.search(doc.text, 0, doc.body_start) or _DATELINE.match(doc.text, doc.body_start, doc.text.find("\n", doc.body_start))
    if m is None or (m["name"] in _NOT_BARE and not m["type"]):
        return None  # ('Hồ Chí Minh' alone names the leader, 'TP. Hồ Chí Minh' the city)
    if m["type"]:
        return gz.lookup(m["name"], m["type"])
    return gz.lookup(m["name"], "tỉnh") or gz.lookup(m["name"])


def _province_named_bare(doc: Document) -> Unit | None:
    """'(Báo Quảng Ngãi) - ... Công an nhân dân Quảng Ngãi': the one province an article names without
    its level word, when it names none with one."""
    gz = gazetteer()
    text = f"{doc.headline or ''}\n{doc.body}"
    counts: Counter[str] = Counter()
    for unit in gz.provinces():
        if unit.name not in _NOT_BARE and unit.name in text:  # most names are absent: a substring test first
            counts[unit.code] = named_bare(unit.name, text)
    top = [c for c in counts.most_common(2) if c[1] > 0]
    if not top or (len(top) == 2 and top[1][1] == top[0][1]):
        return None  # none, or two named as often: no way to tell
    return gz.get(top[0][0])


def _districts_named_bare(doc: Document) -> tuple[Unit | None, Unit | None]:
    """Where an article names no place with a level word, nor a province bare: the districts it names bare (as
    written, not inside a person's name), each a name of one district alone and of two syllables or more, all of one
    province. One district: the article's; several: the province's, none of them standing for a district's bodies the
    article leaves unnamed (no fallback). (district, province), or none."""
    gz = gazetteer()
    text = f"{doc.headline or ''}\n{doc.body}"
    counts: Counter[str] = Counter()
    for unit in _unique_district_names():
        if unit.name in text:  # most names are absent: a substring test first
            counts[unit.code] = named_bare(unit.name, text)
    named = [gz.units[c] for c, n in counts.most_common() if n > 0]
    if not named or len({u.parent for u in named}) > 1:
        return None, None
    return (named[0] if len(named) == 1 else None), gz.province_of(named[0])


def _district_in_brackets(doc: Document, commune: re.Match[str], province: Unit | None) -> Unit | None:
    """'UBND xã Sơn Hà (Hữu Lũng)': the district named bare in brackets right after the article's commune, where
    it is a district's name (of the article's province, where one is known)."""
    text = f"{doc.headline or ''}\n{doc.body}"
    for m in COMMUNE.finditer(text):
        if m["name"] == commune["name"] and (b := _BRACKETED.match(text, m.end())):
            unit = gazetteer().lookup(b["name"], None, province.code if province else None)
            if unit is not None and unit.level == "district" and (province is None or unit.parent == province.code):
                return unit
    return None


_BRACKETED = re.compile(rf"\s*\((?P<name>[{UPPER}]\w*(?:\s[{UPPER}]\w*){{0,3}})\)")


def _districts_of_commune(m: re.Match[str]) -> tuple[str, ...]:
    """The codes of the pre-2025 districts with a commune of the level word and name a COMMUNE match reads."""
    return commune_districts().get((levels.canonical(m["type"]), m["name"]), ())


def _district_of_communes(doc: Document) -> Unit | None:
    """The one district every commune the article names with its level word belongs to, counting only the communes
    whose name and level word no other district's commune shares ('phường Cẩm Phô', not 'xã Hồng Phong'); none where
    they disagree or none is so named."""
    text = f"{doc.headline or ''}\n{doc.body}"
    districts = set()
    for m in COMMUNE.finditer(text):
        found = _districts_of_commune(m)
        if len(found) == 1:
            districts.add(found[0])
    return gazetteer().get(next(iter(districts))) if len(districts) == 1 else None


@cache
def _unique_district_names() -> tuple[Unit, ...]:
    """The pre-2025 districts whose name no other unit bears, two syllables or more ('Hớn Quản', not 'Châu Thành')."""
    gz = gazetteer()
    bearers = Counter(v.name for v in gz.units.values() if v.valid_until)
    return tuple(
        u
        for u in gz.units.values()
        if u.level == "district" and u.valid_until and len(u.name.split()) >= 2 and u.name not in _NOT_BARE
        and (found := gz.lookup(u.name)) is not None and found.code == u.code
        and bearers[u.name] == 1
    )  # fmt: skip


@cache
def _province_slugs() -> dict[str, Unit]:
    """Each province's name as web addresses spell it: 'Thái Nguyên' -> 'thainguyen', 'Bà Rịa - Vũng Tàu' -> 'bariavungtau'."""
    return {slug(u.name).replace("-", ""): u for u in gazetteer().provinces()}


_PRINTED_ADDRESS = re.compile(r"(?<![\w.])[A-Za-z][A-Za-z0-9-]{2,40}(?:\.[a-z]{2,4})*\.vn(?![\w.])", re.I)


# a government portal's name, with its unit typed ('Cổng thông tin điện tử huyện Phú Bình', 'Trang TTĐT thị xã Quảng Trị')
_PORTAL = re.compile(
    rf"(?i:Cổng thông tin điện tử|Cổng TTĐT|Trang thông tin điện tử|Trang TTĐT|Cổng thông tin)\s+(?:của\s+)?"
    # (a commune's portal names its commune first: 'Cổng thông tin điện tử xã Yên Phong - huyện Yên Mô - tỉnh Ninh Bình')
    rf"(?:(?P<ctype>(?i:xã|phường|thị trấn))\s+(?P<cname>[{UPPER}][\w]*(?:[ \t][{UPPER}][\w]*){{0,3}})[ \t]*[,-][ \t]*)?"
    rf"(?P<type>(?i:tỉnh|thành phố|TP\.?|huyện|thị xã|quận))\s+(?P<name>[{UPPER}][\w]*(?:[ \t][{UPPER}][\w]*){{0,3}})"
    # (its province after it, which settles a name several districts share: 'huyện Tam Nông, tỉnh Đồng Tháp')
    rf"(?:[ \t]*[,-][ \t]*(?i:tỉnh|thành phố|TP\.?)[ \t]+(?P<province>[{UPPER}][\w]*(?:[ \t][{UPPER}][\w]*){{0,3}}))?"
)


def _portal_unit(doc: Document) -> tuple[Unit | None, str | None]:
    """The province or district whose government portal published the article, as the page's title names it above
    the text or its footer below it (a name several units share, typed the same, names none unless the portal's
    name gives its province); and the commune, where the portal is a commune's ('xã Yên Phong')."""
    gz = gazetteer()
    for m in (_PORTAL.search(doc.text, 0, doc.body_start), _PORTAL.search(doc.text, doc.body_end)):
        if m is None:
            continue
        province = gz.lookup(m["province"], "tỉnh") if m["province"] else None
        unit = gz.lookup(m["name"], m["type"], province.code if province else None)
        if unit is not None and (province is None or unit.code == province.code or unit.parent == province.code):
            commune = f"{levels.canonical(m['ctype'])} {m['cname']}" if m["ctype"] and unit.level == "district" else None
            return unit, commune
    return None, None


def _province_of_source(doc: Document) -> Unit | None:
    """The province the article's source names, for an article whose text names none: the page's address
    ('thainguyen.gov.vn', 'baohagiang.vn'), else the file's name when it was made from one
    ('h06_thainguyen_hdtdkt2016.txt'), and the paper's address printed in its dateline or credit. As a reader would, the publishing portal settles a province the text leaves
    implicit. The name may sit inside a word ('baothanhhoa', 'hungyentv'); a source naming two provinces names none.
    Districts are read by _district_of_source, only those whose name is theirs alone."""
    words = _source_words(doc)
    ends = f"{doc.body[:200]}\n{doc.body[-200:]}"
    # the paper's address printed in its dateline or its credit under the text ('(Baotuyenquang.com.vn) -', 'Theo
    # baothanhhoa.vn')
    printed = f"{doc.body[:200]}\n{doc.text[doc.body_end :][:300]}"
    words += [w for m in _PRINTED_ADDRESS.finditer(printed) for w in re.split(r"[^a-z0-9]+", m.group(0).lower()) if w]
    found = {unit.code for slug, unit in _province_slugs().items() for w in words if slug in w}
    if not found:  # a paper whose name is not its province's: its mark in the dateline or byline, or its address
        marks, slugs = _press()
        found = {unit.code for mark, unit in marks if any(not _historic(ends, m.start()) for m in mark.finditer(ends))}
        found |= {unit.code for slug, unit in slugs for w in words if slug in w}
    if not found:  # the paper named after its province, in the page's title or the credit ('... - Báo Bắc Kạn')
        found = {
            unit.code for m in _PAPER_NAMED.finditer(f"{doc.text[: doc.body_start]}\n{printed}") if (unit := _paper_province(m["name"]))
        }
    return gazetteer().get(found.pop()) if len(found) == 1 else None


def _source_words(doc: Document) -> list[str]:
    """The words of the article's address, else of its file's name ('h06_thainguyen_hdtdkt2016': 'h06', 'thainguyen',
    ...), as the province's and the district's slugs are looked for in them."""
    return [w for w in re.split(r"[^a-z0-9]+", (doc.source_url or doc.path.stem).lower()) if w]


def _district_of_source(doc: Document) -> Unit | None:
    """The district the article's source names ('hoianrt', 'dongtrieu', 'h07_tamduong_khoixa2019.txt'): a word of its
    address or file name that is the slug of a district whose name no other unit bears, of two syllables or more, alone
    or with a few letters of the station's or paper's mark ('rt', 'tv', 'bao'); none where it names two."""
    slugs = _district_slugs()
    found = set()
    for w in _source_words(doc):  # (a slug is the word, or its start or its end with up to three letters beside it)
        for k in range(max(1, len(w) - 3), len(w) + 1):
            found.update(slugs.get(w[:k], ()))
            found.update(slugs.get(w[-k:], ()))
    return gazetteer().get(found.pop()) if len(found) == 1 else None


@cache
def _district_slugs() -> dict[str, tuple[str, ...]]:
    """The slugs of the districts whose name is theirs alone, none a province's, to their codes: {'hoian': ('d503',)}."""
    provinces = set(_province_slugs())
    out: dict[str, tuple[str, ...]] = {}
    for u in _unique_district_names():
        s = slug(u.name).replace("-", "")
        if s not in provinces:
            out[s] = (*out.get(s, ()), u.code)
    return out


# a paper by its name, its province's ('Báo Bắc Kạn', 'Báo Hà Nội Mới'; 'Báo Nhân Dân' names none)
_PAPER_NAMED = re.compile(rf"(?<!\w)Báo\s+(?P<name>[{UPPER}]\w*(?:[ \t][{UPPER}]\w*){{0,3}})")


def _paper_province(name: str) -> Unit | None:
    """The province a paper's name opens with (its longest run of words that names one), else None."""
    words = name.split()
    for n in range(len(words), 0, -1):
        unit = gazetteer().lookup(" ".join(words[:n]), "tỉnh")
        if unit is not None:
            return unit
    return None


@cache
def _press() -> tuple[list[tuple[re.Pattern[str], Unit]], list[tuple[str, Unit]]]:
    """The table of papers named otherwise than their province: marks to find as words, and address slugs."""
    gz = gazetteer()
    marks, slugs = [], []
    for mark, province in lexicon.rows("press.tsv"):
        unit = gz.lookup(province, "tỉnh")  # 'tỉnh' finds a province whatever its type: Hà Nội, Hồ Chí Minh too
        if unit is None:
            raise ValueError(f"press.tsv: no province {province!r} in the gazetteer")
        if mark.islower() and mark.isascii():
            slugs.append((mark, unit))
        else:
            marks.append((re.compile(rf"(?<!\w){re.escape(mark)}(?!\w)"), unit))
    return marks, slugs


def recognise_places(doc: Document) -> None:
    """Layer `places`: units named with their level word (value: Unit) and communes (value: 'xã X')."""
    province = doc.province_code
    spans = []
    for sent in doc.sentences:
        for unit, start, end in typed_mentions(sent.text, province):
            spans.append(Span(sent.start + start, sent.start + end, "places.typed-unit", unit))
            for sibling, at, until in (
                [] if _PLURAL_BEFORE.search(sent.text, max(0, start - 12), start) else _siblings_after(sent.text, end, unit)
            ):
                spans.append(Span(sent.start + at, sent.start + until, "places.typed-unit", sibling))
        for m in COMMUNE.finditer(sent.text):
            if m.group(0).isupper():
                continue  # capitals: where the name ends cannot be told ('XÃ HỘI TỔ CHỨC' is 'society organises')
            spans.append(Span(sent.start + m.start(), sent.start + m.end(), "places.commune", commune_label(m)))
            for label, at, until in (
                [] if _PLURAL_BEFORE.search(sent.text, max(0, m.start() - 12), m.start()) else _sibling_communes_after(sent.text, m)
            ):
                spans.append(Span(sent.start + at, sent.start + until, "places.commune", label))
    doc.write_layer("places", spans)


# (not after a plural or a count, 'các xã A, B và C', '3 huyện A, B và C', which UNITS_AFTER_LEVEL reads)
_PLURAL_BEFORE = re.compile(rf"(?<!\w){lexicon.cue('plural-or-count').pattern}\s+$")
# units named after their count and one level word they share ('Hai xã Tân Mỹ và Hoàng Việt', 'các huyện A, B và C',
# after a colon or 'là': '3 xã: A, B và C'; or parted by commas alone up to the verb they share: 'các xã A, B, C được')
_LISTED_NAME = rf"[{UPPER}][\w']*(?:\s[{UPPER}][\w']*){{0,3}}"
_SHARED_VERB = r"\s+(?:(?:đã|đều|cũng|vinh dự)\s+)*(?:được|nhận|đón nhận|lần lượt)(?!\w)"
UNITS_AFTER_LEVEL = re.compile(
    rf"(?<!\w){lexicon.cue('plural-or-count').pattern}\s+(?P<level>xã|phường|thị trấn|huyện|thị xã|quận)(?:\s*:\s*|\s+là\s*:?\s*|\s+)"
    rf"(?P<names>{_LISTED_NAME}(?:(?:\s*,\s*{_LISTED_NAME})*(?:\s*,?\s+và\s+{_LISTED_NAME})(?!\w)"
    rf"|(?:\s*,\s*{_LISTED_NAME})+(?={_SHARED_VERB})))"
)


T = TypeVar("T")
# one level word before a list of names ('huyện Ba Tơ và Sơn Tây', 'xã Tân Lập, Tân Mỹ và Hội Hoan'): the names after
# the first, each parted by a comma or 'và', up to the one after 'và' that closes the list
_LIST_NAME = re.compile(rf"(?P<apart>\s*,\s*(?:và\s+)?|\s+và\s+)(?P<name>[{UPPER}]\w*(?:\s[{UPPER}]\w*){{0,3}})")


def _listed_after(text: str, end: int, known: Callable[[str], T | None]) -> list[tuple[T, int, int]]:
    """What `known` reads each name listed after a unit at `end` as (None: no unit), the longest reading of its words,
    and where it is; [] unless a name after 'và' closes the list ('xã A, B, tỉnh C' is an address, not a list)."""
    found: list[tuple[T, int, int]] = []
    pos = end
    while (m := _LIST_NAME.match(text, pos)) is not None:
        words = m["name"].split()
        read = next(((k, v) for k in range(len(words), 0, -1) if (v := known(" ".join(words[:k]))) is not None), None)
        if read is None:
            break
        until = m.start("name") + len(" ".join(words[: read[0]]))
        found.append((read[1], m.start("name"), until))
        if "và" in m["apart"]:
            return found
        pos = until
    return []


def _siblings_after(text: str, end: int, unit: Unit) -> list[tuple[Unit, int, int]]:
    """The units of the same level word and province as `unit` its list names after it ('huyện Ba Tơ và Sơn Tây')."""
    gz = gazetteer()

    def sibling(name: str) -> Unit | None:
        found = gz.lookup(name, unit.type_word, unit.parent or None)
        return found if found and found.type_word == unit.type_word and found.parent == unit.parent else None

    return _listed_after(text, end, sibling)


def _sibling_communes_after(text: str, m: re.Match[str]) -> list[tuple[str, int, int]]:
    """The communes of the same level word, and of a district the first is in, the list names after it ('xã Tân Lập,
    Tân Mỹ và Hội Hoan')."""
    table, word = commune_districts(), levels.canonical(m["type"])
    districts = set(table.get((word, m["name"]), ()))
    return _listed_after(text, m.end(), lambda n: f"{word} {n}" if districts & set(table.get((word, n), ())) else None)


_BELOW_COMMUNE_FIRST = re.compile(rf"\s*(?:{levels.BELOW_COMMUNE})(?!\w)", re.I)


# a body's head words no body rule reads, before its level word ('Ban Chỉ đạo tỉnh tặng Giấy khen'): that body acts, not
# the unit's People's Committee
_BODY_BEFORE_LEVEL = re.compile(r"\s*(?:Ban|Hội đồng|Tổ|Đội|Hội|Câu lạc bộ|Quỹ)\s")


def unit_for_subject(doc: Document, start: int, end: int) -> Unit | None:
    """A place used as an agent ('TP Móng Cái tổ chức', 'được huyện khen thưởng', 'Thành phố đã'), in text[start:end]."""
    ctx, subject = doc.place, doc.text[start:end]
    if _BELOW_COMMUNE_FIRST.match(subject):
        return None  # 'Khu dân cư số 4, phường A (TP B) tổ chức': a hamlet acts, not the places of its address
    units = [s.value for s in doc.spans("places", start, end) if s.rule == "places.typed-unit" and s.end <= end]
    if units:
        # ('huyện Đắk Tô (tỉnh Kon Tum) tổ chức', 'huyện A, tỉnh B tổ chức': the province is the district's address)
        addresses = {u.parent for u in units}
        return ([u for u in units if u.code not in addresses] or units)[-1]
    m = re.search(rf"(?<!\w)({levels.UNIT})(?!\w)", subject, re.I)
    if m and _BODY_BEFORE_LEVEL.match(subject, 0, m.start()) is None:
        return ctx.unit_for_level(m.group(1))
    for unit in (ctx.district, ctx.province):
        if unit and re.search(rf"(?<!\w){re.escape(unit.name)}(?!\w)", subject):
            return unit
    return None


__all__ = ["fold", "recognise_places", "resolve_place", "typed_mentions", "unit_for_subject"]
