"""Organisation mentions: a small grammar of Vietnamese public bodies.

A mention is HEAD [LEVEL] [PLACE]: 'UBND huyện', 'Hội đồng TĐKT tỉnh', 'Thành ủy
Móng Cái', 'Ủy ban MTTQ Việt Nam tỉnh'. The head gives the body's kind and its
canonical wording; the level word and place name, or the article's place when
they are left implicit, give the unit it belongs to. The result is the body's
canonical full name ('Ủy ban nhân dân huyện Bình Liêu'), which is also its
identity across articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .gazetteer import Unit, gazetteer
from .names import UPPER

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


@dataclass(frozen=True)
class PlaceContext:
    """The units an article is about, for bodies whose place is left implicit."""

    province: Unit | None = None
    district: Unit | None = None
    commune: str | None = None  # 'xã Quảng Long', when the article is about a commune
    district_mentioned: Unit | None = None  # in a province's article, the district it names, for 'UBND huyện'

    def commune_for(self, level_word: str | None) -> str | None:
        """The article's commune, for a body whose level is the commune's or left out."""
        if self.commune is None:
            return None
        if level_word is None or self.commune.split()[0] == level_word.lower().split()[0]:
            return self.commune
        return None

    def unit_for_level(self, level_word: str | None) -> Unit | None:
        if level_word is None:
            return self.district or self.province
        lw = level_word.lower().rstrip(".")
        if lw == "tỉnh":
            return self.province
        if lw in ("tp", "thành phố"):
            if self.district is not None and self.district.type == "thành phố":
                return self.district
            if self.province is not None and self.province.type == "thành phố trung ương":
                return self.province
            return self.district or self.district_mentioned
        if lw in ("huyện", "quận", "thị xã", "tx"):
            return self.district or self.district_mentioned
        return None


_LEVEL = r"(?P<level>tỉnh|huyện|thành phố|TP\.?|thị xã|TX\.?|quận|xã|phường|thị trấn)"
_CAP = rf"[{UPPER}]\w*"
_PLACE = rf"(?P<place>(?:{_CAP}|\d{{1,2}}(?!\w))(?:\s[\wà-ỹđ]+){{0,3}})"  # 'Lạng sơn': case is checked by the gazetteer
_GENERIC = re.compile(r"\s*(?:các|những|cấp|\d+\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)(?!\w))\b", re.I)

# Standard names of provincial departments (Sở) and district offices (Phòng),
# and of ministries (Bộ), per the government's organisational decrees.
DEPARTMENT_NAMES = (
    "Nội vụ", "Tư pháp", "Kế hoạch và Đầu tư", "Tài chính", "Công Thương", "Công thương",
    "Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và Môi trường", "Giao thông vận tải",
    "Xây dựng", "Tài nguyên và Môi trường", "Thông tin và Truyền thông", "Lao động - Thương binh và Xã hội",
    "Lao động, Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch", "Văn hóa và Thể thao", "Văn hóa và Thông tin",
    "Văn hóa - Thông tin", "Du lịch", "Khoa học và Công nghệ", "Giáo dục và Đào tạo", "Y tế", "Ngoại vụ",
    "Kinh tế", "Kinh tế - Hạ tầng", "Quản lý đô thị", "Tài chính - Kế hoạch", "Dân tộc", "Quốc phòng", "Công an",
)  # fmt: skip
_DEPT = "|".join(re.escape(n) for n in sorted(DEPARTMENT_NAMES, key=len, reverse=True))
_PARTY_HEAD = r"(?P<party>Tỉnh|Thành|Huyện|Thị|Quận)\s+ủy(?!\s*viên)"

# (regex at the mention's start, canonical head, kind, how the place is given)
#   place = "local": [LEVEL] [PLACE]; "party": the committee's own place; "none": national
_SPECS: list[tuple[re.Pattern[str], str, str, str]] = [
    # national bodies of the mass organisations, before their local branches
    (re.compile(r"Tổng Liên đoàn Lao động(?: Việt Nam)?"), "Tổng Liên đoàn Lao động Việt Nam", MASS, "none"),
    (
        re.compile(r"(?:Ban Chấp hành )?Trung ương Đoàn(?: TNCS Hồ Chí Minh| Thanh niên Cộng sản Hồ Chí Minh)?"),
        "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        MASS,
        "none",
    ),
    (
        re.compile(r"Trung ương Hội (?P<sub>Liên hiệp Phụ nữ|Nông dân|Cựu chiến binh)(?: Việt Nam)?"),
        "Trung ương Hội {sub} Việt Nam",
        MASS,
        "none",
    ),
    (re.compile(r"Ủy ban Trung ương Mặt trận Tổ quốc(?: Việt Nam)?"), "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", MASS, "none"),
    (re.compile(r"(?:Ban Thường vụ|BTV)\s+" + _PARTY_HEAD, re.I), "Ban Thường vụ {party}", PARTY, "party"),
    (re.compile(r"(?:Ban Chấp hành|BCH)(?:\s+Đảng bộ)?\s+" + _PARTY_HEAD, re.I), "{party}", PARTY, "party"),
    (re.compile(r"Thường trực\s+" + _PARTY_HEAD, re.I), "Thường trực {party}", PARTY, "party"),
    (re.compile(r"Ban (?P<sub>Tuyên giáo|Tổ chức|Dân vận|Nội chính)\s+" + _PARTY_HEAD, re.I), "Ban {sub} {party}", PARTY, "party"),
    (re.compile(r"Ủy ban Kiểm tra\s+" + _PARTY_HEAD, re.I), "Ủy ban Kiểm tra {party}", PARTY, "party"),
    (re.compile(_PARTY_HEAD, re.I), "{party}", PARTY, "party"),
    (re.compile(r"Thường trực\s+(?:HĐND|Hội đồng nhân dân)", re.I), "Thường trực Hội đồng nhân dân", PEOPLES_COUNCIL, "local"),
    (re.compile(r"Đảng bộ(?!\s+(?:cấp|cơ sở|trực thuộc|các|xã,))"), "Đảng bộ", PARTY, "local"),
    (re.compile(r"Đảng ủy(?!\s+(?:viên|cấp|các|cơ sở))"), "Đảng ủy", PARTY, "local"),  # a commune's or a bloc's
    (re.compile(r"Đảng(?!\s+(?:bộ|ủy|viên|đoàn|Cộng sản|cộng sản))(?!\w)"), "Đảng Cộng sản Việt Nam", PARTY, "none"),
    (re.compile(rf"Báo (?P<paper>[{UPPER}]\w*(?:\s[{UPPER}]\w*){{0,3}})"), "Báo {paper}", UNIT, "none"),
    (
        re.compile(rf"Đài Phát thanh và Truyền hình (?P<station>[{UPPER}]\w*(?:\s[{UPPER}]\w*){{0,3}})"),
        "Đài Phát thanh và Truyền hình {station}",
        UNIT,
        "none",
    ),
    (re.compile(r"(?:Ủy ban nhân dân|UBND)", re.I), "Ủy ban nhân dân", PEOPLES_COMMITTEE, "local"),
    (re.compile(r"(?:Hội đồng nhân dân|HĐND)", re.I), "Hội đồng nhân dân", PEOPLES_COUNCIL, "local"),
    (re.compile(r"(?:Ủy ban (?:Mặt trận Tổ quốc|MTTQ)|UBMTTQ)(?:\s+Việt Nam)?", re.I), "Ủy ban Mặt trận Tổ quốc Việt Nam", MASS, "local"),
    (re.compile(r"(?:Mặt trận Tổ quốc|MTTQ)(?:\s+Việt Nam)?"), "Mặt trận Tổ quốc Việt Nam", MASS, "local"),
    (
        re.compile(r"(?:Hội đồng|HĐ)\s+(?:TĐKT|Thi đua\s*[-–,]?\s*khen thưởng)", re.I),
        "Hội đồng Thi đua - Khen thưởng",
        EMULATION_COUNCIL,
        "local",
    ),
    (re.compile(r"Ban Thi đua\s*[-–,]?\s*Khen thưởng", re.I), "Ban Thi đua - Khen thưởng", DEPARTMENT, "local"),
    (re.compile(r"Đoàn (?:ĐBQH|Đại biểu Quốc hội)", re.I), "Đoàn Đại biểu Quốc hội", DEPARTMENT, "local"),
    (re.compile(rf"Sở (?P<dept>{_DEPT})"), "Sở {dept}", DEPARTMENT, "local"),
    (re.compile(rf"Phòng (?P<dept>{_DEPT})"), "Phòng {dept}", DEPARTMENT, "local"),
    (
        re.compile(r"Văn phòng (?P<of>HĐND và UBND|Hội đồng nhân dân và Ủy ban nhân dân|UBND|Ủy ban nhân dân)"),
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
        DEPARTMENT,
        "local",
    ),
    (re.compile(r"(?:Hội Liên hiệp Phụ nữ|Hội LHPN)(?:\s+Việt Nam)?"), "Hội Liên hiệp Phụ nữ", MASS, "local"),
    (re.compile(r"Hội Nông dân(?:\s+Việt Nam)?"), "Hội Nông dân", MASS, "local"),
    (re.compile(r"(?:Hội Cựu chiến binh|Hội CCB)(?:\s+Việt Nam)?"), "Hội Cựu chiến binh", MASS, "local"),
    (re.compile(r"(?:Liên đoàn Lao động|LĐLĐ)"), "Liên đoàn Lao động", MASS, "local"),
    (
        re.compile(r"(?:Đoàn Thanh niên(?: Cộng sản Hồ Chí Minh)?|Đoàn TNCS Hồ Chí Minh)"),
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        MASS,
        "local",
    ),
    (re.compile(r"Trung tâm (?:Truyền thông và Văn hóa|TT\s?&\s?VH|TTVH|TT-VH)"), "Trung tâm Truyền thông và Văn hóa", UNIT, "local"),
    (re.compile(r"(?P<party>Tỉnh|Huyện|Thành|Thị|Quận) đoàn"), "{youth}", MASS, "party"),  # the youth union's committee
    (re.compile(r"Thanh tra(?=\s+(?:tỉnh|huyện|thành phố|TP|thị xã|quận)\b)"), "Thanh tra", DEPARTMENT, "local"),
    (re.compile(r"Tòa án nhân dân|TAND"), "Tòa án nhân dân", DEPARTMENT, "local"),
    (re.compile(r"Viện (?:Kiểm sát nhân dân|KSND)"), "Viện Kiểm sát nhân dân", DEPARTMENT, "local"),
    (re.compile(r"Kho bạc Nhà nước"), "Kho bạc Nhà nước", DEPARTMENT, "local"),
    (re.compile(r"Bảo hiểm xã hội|BHXH"), "Bảo hiểm xã hội", DEPARTMENT, "local"),
    (re.compile(r"Bộ Chỉ huy Quân sự"), "Bộ Chỉ huy Quân sự", UNIT, "local"),  # of a province
    (re.compile(r"Ban Chỉ huy Quân sự"), "Ban Chỉ huy Quân sự", UNIT, "local"),  # of a district
    (re.compile(r"Công an"), "Công an", UNIT, "local"),
    (re.compile(r"Bộ Chính trị"), "Bộ Chính trị", PARTY, "none"),
    (re.compile(r"Ban Bí thư"), "Ban Bí thư Trung ương Đảng", PARTY, "none"),
    (re.compile(r"Ủy ban Thường vụ Quốc hội"), "Ủy ban Thường vụ Quốc hội", DEPARTMENT, "none"),
    (re.compile(r"Quốc hội"), "Quốc hội", DEPARTMENT, "none"),
    (re.compile(r"Chính phủ"), "Chính phủ", DEPARTMENT, "none"),
    (re.compile(r"Đảng Cộng sản Việt Nam", re.I), "Đảng Cộng sản Việt Nam", PARTY, "none"),
    (re.compile(rf"Bộ (?P<dept>{_DEPT})"), "Bộ {dept}", DEPARTMENT, "none"),
]
# bodies that exist at one level only, when the mention leaves the level out
_DEFAULT_LEVEL = {
    "Đảng ủy": "xã",
    "Sở {dept}": "tỉnh",
    "Đoàn Đại biểu Quốc hội": "tỉnh",
    "Ban Thi đua - Khen thưởng": "tỉnh",
    "Bộ Chỉ huy Quân sự": "tỉnh",
    "Ban Chỉ huy Quân sự": "huyện",
}
# an emulation bloc is named by its capitalised name or its number, never 'các khối thi đua'
_BLOC = re.compile(
    r"(?:(?P<head>Khối|Cụm) thi đua\s+(?P<desc>.+?)|(?P<head2>[Kk]hối|[Cc]ụm) thi đua\s+(?P<desc2>số\s+\d+\w*))"
    r"(?=\s+(?:tổ chức|đã|được|năm|trong|tại|của|với|gồm|có|do|vì|đăng ký|trực thuộc)(?!\w)|[.;:“\"(]|$)"
)
_PARTY_PREFIX = {
    "tỉnh": "Tỉnh ủy",
    "thành phố trung ương": "Thành ủy",
    "thành phố": "Thành ủy",
    "huyện": "Huyện ủy",
    "quận": "Quận ủy",
    "thị xã": "Thị ủy",
}
_PARTY_LEVEL = {"tỉnh": "tỉnh", "thành": "thành phố", "huyện": "huyện", "thị": "thị xã", "quận": "quận"}


def party_committee(unit: Unit) -> OrgRef:
    """The Party committee of a unit: Tỉnh ủy Quảng Ninh, Huyện ủy Bình Liêu, Thành ủy Móng Cái, Quận ủy Quận 3."""
    name = unit.label[0].upper() + unit.label[1:] if unit.numbered else unit.name
    return OrgRef(f"{_PARTY_PREFIX[unit.type]} {name}", PARTY, unit.code, unit.level)


def peoples_committee(unit: Unit) -> OrgRef:
    return OrgRef(f"Ủy ban nhân dân {unit.label}", PEOPLES_COMMITTEE, unit.code, unit.level)


def _place_after(text: str, pos: int, ctx: PlaceContext, level_word: str | None) -> tuple[Unit | None, str | None, int]:
    """Read an optional place name at `pos`; return (unit, unresolved surface name, end)."""
    m = re.compile(r"\s+" + _PLACE).match(text, pos)
    if not m or (m["place"][0].isdigit() and (level_word or "").lower() not in ("quận", "phường")):
        return None, None, pos  # 'UBND 2 xã' is two communes' committees, not Quận 2's
    words = m["place"].split()
    gz = gazetteer()
    n = gz.longest_name_at(words)
    if n:
        name = " ".join(words[:n])
        end = m.start("place") + len(name)
        province = ctx.province.code if ctx.province else None
        unit = gz.lookup(name, level_word, province)
        if unit is None and level_word:
            unit = gz.lookup(name, None, province)
        return unit, None if unit else name, end
    if level_word and level_word.lower() in ("xã", "phường", "thị trấn"):
        capitalised = re.match(rf"{_CAP}(?:\s{_CAP})*", m["place"])
        return None, capitalised.group(0), m.start("place") + capitalised.end()
    return None, None, pos


_LIST_HEADS = (
    r"(?:HĐND|UBND|UBMTTQ|MTTQ|Ủy ban MTTQ(?: Việt Nam)?|Ủy ban nhân dân|Hội đồng nhân dân|Mặt trận Tổ quốc(?: Việt Nam)?"
    r"|Đảng ủy|Huyện ủy|Tỉnh ủy|Thành ủy|Thị ủy|Hội đồng TĐKT|Hội đồng Thi đua\s*-\s*Khen thưởng)"
)
# 'Đảng ủy - HĐND - UBND - MTTQ xã Quảng Long': the place after the last body is every body's
_SHARED_PLACE = re.compile(r"(?:\s*[-–,]\s*(?:và\s+)?" + _LIST_HEADS + r")+(?=\s+" + _LEVEL + r"(?!\w))", re.I)


def parse_org(text: str, pos: int, ctx: PlaceContext, hint: Unit | None = None) -> tuple[OrgRef, int] | None:
    """The body named at text[pos:], with the end of its mention, or None.

    `hint` is the unit of a neighbouring body in the same title chain, used when
    the mention gives no level or place ('Phó Bí thư, Chủ tịch UBND huyện').
    Generic plurals ('UBND các huyện') are not bodies and give None.
    """
    bloc = _BLOC.match(text, pos)
    if bloc and not re.search(r"(?:các|những)\s*$", text[max(0, pos - 8) : pos]):
        desc = (bloc["desc"] or bloc["desc2"]).strip(" ,")
        unit = ctx.province
        suffix = f" {unit.label}" if unit and unit.name not in desc else ""
        name = f"{(bloc['head'] or bloc['head2']).capitalize()} thi đua {desc}{suffix}"
        return OrgRef(name, BLOC, unit.code if unit else None, "province", aliases=(text[pos : bloc.end()],)), bloc.end()
    for regex, head, kind, mode in _SPECS:
        m = regex.match(text, pos)
        if not m:
            continue
        end = m.end()
        surface_end = end
        groups = m.groupdict()
        if mode == "none":
            return OrgRef(head.format(**groups), kind, None, "national", aliases=(m.group(0),)), end
        if mode == "party":
            level_word = _PARTY_LEVEL[groups["party"].lower()]
            unit, raw, end = _place_after(text, end, ctx, level_word)
            if unit is None and raw is None:
                unit = hint if hint is not None and _fits(hint, level_word) else ctx.unit_for_level(level_word)
            if unit is None:
                return None
            party = party_committee(unit)
            youth = party.name.replace(" ủy ", " đoàn ", 1)
            name = head.format(party=party.name, sub=groups.get("sub") or "", youth=youth)
            parent = party.name if "{party}" in head and name != party.name else None
            return OrgRef(name, kind, unit.code, unit.level, parent, aliases=(text[pos:end],)), end
        # local body: [các] [LEVEL] [PLACE]
        if _GENERIC.match(text, end):
            return None
        shared = _SHARED_PLACE.match(text, end)
        at = shared.end() if shared else end  # read the place the list shares, but end this mention here
        lm = re.compile(r"\s+" + _LEVEL + r"(?![\wà-ỹđ])", re.I).match(text, at)
        level_word = lm["level"] if lm else None
        if lm:
            at = lm.end()
        unit, raw, place_end = _place_after(text, at, ctx, level_word)
        if not shared:
            end = place_end
        if unit is None and raw is None:
            implied = level_word or _DEFAULT_LEVEL.get(head)
            commune = ctx.commune_for(level_word) if implied is None or _is_commune_level(implied) else None
            if commune is not None:  # 'HĐND xã', 'Đảng ủy' in an article about a commune
                level_word, raw = split_commune(commune)
            elif _is_commune_level(implied):
                if level_word:  # 'UBND xã' with no commune to give it
                    return None
                unit = hint  # 'Đảng ủy' elsewhere: only a neighbouring body can place it
            else:
                unit = hint if hint is not None and (implied is None or _fits(hint, implied)) else ctx.unit_for_level(implied)
        head_text = head.format(**groups)
        if unit is not None:
            name = f"{head_text} {unit.label}"
            return OrgRef(name, kind, unit.code, unit.level, aliases=(text[pos:end],), place=unit.label), end
        if raw is not None:  # a commune: identified within the article's district
            place = f"{(level_word or '').lower()} {raw}".strip()
            district = ctx.district.code if ctx.district else None
            return OrgRef(f"{head_text} {place}", kind, district, "commune", aliases=(text[pos:end],), place=place), end
        return OrgRef(head_text, kind, None, None, aliases=(text[pos:surface_end],)), surface_end
    return None


_COMMUNE_LEVELS = ("xã", "phường", "thị trấn")


def _is_commune_level(level_word: str | None) -> bool:
    return bool(level_word) and level_word.lower() in _COMMUNE_LEVELS  # type: ignore[union-attr]


def split_commune(label: str) -> tuple[str, str]:
    """'thị trấn Cái Rồng' -> ('thị trấn', 'Cái Rồng')."""
    for level in _COMMUNE_LEVELS:
        if label.lower().startswith(level + " "):
            return level, label[len(level) + 1 :]
    return "xã", label


def _fits(unit: Unit, level_word: str) -> bool:
    lw = level_word.lower().rstrip(".")
    if lw == "tỉnh":
        return unit.level == "province"
    if lw in ("thành phố", "tp"):
        return unit.type_word == "thành phố"
    return unit.level == "district" and unit.type_word == {"tx": "thị xã"}.get(lw, lw)


_ORG_START = re.compile(
    r"(?<![\wà-ỹđ])(?:Ban Thường vụ|BTV|Ban Chấp hành|BCH|Thường trực|Ban|Ủy ban|UBND|UBMTTQ|HĐND|Hội đồng|HĐ|MTTQ|Mặt trận|"
    r"Tỉnh ủy|Thành ủy|Huyện ủy|Thị ủy|Quận ủy|Đoàn|Sở|Phòng|Văn phòng|Hội|Liên đoàn|LĐLĐ|Trung tâm|Bộ|Công an|Quốc hội|"
    r"Chính phủ|Đảng|Khối thi đua|Cụm thi đua|Tổng Liên đoàn|Trung ương|Báo|Đài|Tỉnh đoàn|Huyện đoàn|Thành đoàn|Thị đoàn|Thanh tra|"
    r"Tòa án|TAND|Viện|Kho bạc|Bảo hiểm|BHXH)",
    re.I,
)


def find_orgs(text: str, ctx: PlaceContext, offset: int = 0) -> list[tuple[OrgRef, int, int]]:
    """Every body mentioned in `text`, with (start, end) offsets shifted by `offset`."""
    found, pos = [], 0
    while True:
        m = _ORG_START.search(text, pos)
        if not m:
            return found
        parsed = parse_org(text, m.start(), ctx)
        if parsed:
            org, end = parsed
            found.append((org, offset + m.start(), offset + end))
            pos = max(end, m.end())
        else:
            pos = m.end()
