"""Who confers an award and who receives it, read from the mention layers of a phrase.

A phrase is a stretch of the document (an agent 'được UBND huyện tặng', a subject,
the owner in 'Bằng khen của Chủ tịch UBND tỉnh', a recipient 'cho xã X'); its
bodies, title chains, places and people are the spans the recognisers wrote there.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from itertools import pairwise

from . import levels, lexicon
from .awards import NAME_OPENS, NAME_QUOTES, award_types
from .counts import COUNTED, NOUN_RE
from .document import ITEM_MARK, Document, skip_space
from .facts import Conferrer, Office
from .gazetteer import gazetteer
from .names import LOWER, RANKS, UPPER
from .orgs import (
    BARE_BODY_HEADS,
    BARE_ORGAN,
    UNIT,
    OrgRef,
    acronym_after,
    agents,
    as_named_in_article,
    body_after_title,
    body_of_bare_title,
    commune_committee,
    head_after,
    own_body,
    parse_org,
    peoples_committee,
)
from .people import HONORIFIC, LIST_HONORIFIC, ROLES, PersonMention
from .places import PlaceContext, unit_for_subject
from .prescan import prescanned

PRESIDENT = Office("Chủ tịch nước", "Chủ tịch nước")
PRIME_MINISTER = Office("Thủ tướng Chính phủ", "Thủ tướng", OrgRef("Chính phủ", "Department", None, "national"))
_VAGUE = lexicon.cue("vague-agent")


def strip_range(doc: Document, start: int, end: int, chars: str = " ,") -> tuple[int, int]:
    """The range without the given characters at either end."""
    while start < end and doc.text[start] in chars:
        start += 1
    while end > start and doc.text[end - 1] in chars:
        end -= 1
    return start, end


_CENTRAL_ASSOCIATION = re.compile(r"(?:trung ương|tw|t\.ư\.?|tư) hội")  # an association's central body, its name left out


# an association's committee by its level word alone ('Tỉnh Hội tặng Bằng khen', 'Huyện Hội tặng Giấy khen')
# (or its standing or executive committee: 'Ban Thường vụ Tỉnh Hội', 'BCH Huyện Hội')
_ASSOCIATION_AT = re.compile(
    r"(?:(?P<organ>ban thường vụ|btv|ban chấp hành|bch|thường trực)\s+)?(?P<level>tỉnh|thành|huyện|quận|thị)\s+hội"
    # (or its level word after it: 'Hội tỉnh tặng Giấy khen', 'Ban Thường vụ Hội huyện')
    r"|(?:(?P<organ2>ban thường vụ|btv|ban chấp hành|bch|thường trực)\s+)?hội\s+(?P<level2>tỉnh|thành(?= phố)|huyện|quận|thị(?= xã))(?:\s+(?:phố|xã))?"
)
_ORGANS = {
    "ban thường vụ": "Ban Thường vụ", "btv": "Ban Thường vụ", "ban chấp hành": "Ban Chấp hành", "bch": "Ban Chấp hành",
    "thường trực": "Thường trực",
}  # fmt: skip
_ASSOCIATION_LEVELS = {"tỉnh": "tỉnh", "thành": "thành phố", "huyện": "huyện", "quận": "quận", "thị": "thị xã"}
# an association's own name, without its central body's word and its place ('Hội Nông dân' in 'Trung ương Hội Nông
# dân Việt Nam' and in 'Hội Nông dân huyện Châu Thành')
_ASSOCIATION_KIND = re.compile(rf"(?:Trung ương\s+)?(?P<kind>Hội\s.+?)(?:\s+Việt Nam|\s+(?:{levels.ANY})\s.*)?")


def _associations(doc: Document) -> tuple[str | None, list[OrgRef]]:
    """The one association the article names ('Hội Nông dân'), if it names one only, and its bodies it names."""
    read = [
        (o.value, m) for o in doc.spans("orgs") if o.value.kind == "MassOrganisation" and (m := _ASSOCIATION_KIND.fullmatch(o.value.name))
    ]
    kinds = {m["kind"] for _, m in read}
    return (kinds.pop() if len(kinds) == 1 else None), [org for org, _ in read]


def _association_at_level(doc: Document, level_word: str) -> OrgRef | None:
    """'Tỉnh Hội', 'Huyện Hội': the one association the article names, at that level; its body the article names
    there, else the one of the article's unit (left unplaced where the article gives none)."""
    kind, named = _associations(doc)
    if kind is None:
        return None
    word, province = _ASSOCIATION_LEVELS[level_word], doc.place.province
    # ('Thành Hội' is a city's: the province's where it is a city, else the city of the province's)
    city = province is None or province.type == "thành phố trung ương"
    level = "province" if word == "tỉnh" or (word == "thành phố" and city) else "district"
    if len(there := {o.name: o for o in named if o.level == level}) == 1:
        return next(iter(there.values()))
    unit = province if level == "province" else doc.place.district
    if unit is not None and word == "thành phố" and unit.type_word != word:
        unit = None  # ('Thành Hội' in an article on a district: a city's, which the article does not name)
    if unit is not None:
        return OrgRef(f"{kind} {unit.label}", "MassOrganisation", unit.code, unit.level)
    return OrgRef(f"{kind} {word}", "MassOrganisation", None, level, unplaced=True)


# a committee of the Party or the youth union by its level word alone, which its own name places ('Huyện đoàn X')
_COMMITTEES = ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Thị ủy", "Quận ủy", "Tỉnh đoàn", "Thành đoàn", "Huyện đoàn", "Thị đoàn", "Quận đoàn")


_AT_LEVEL_WORD = re.compile(rf"\s(?:{'|'.join(('tỉnh', *levels.DISTRICT_WORDS, *levels.COMMUNE_WORDS))})$")


def _placed_as_named(doc: Document, org: OrgRef) -> OrgRef | None:
    """An unplaced committee, or its standing board, by the one placed committee of that word the article names
    ('Ban Thường vụ Huyện đoàn' where it names 'Huyện đoàn Mường Nhé' only: Ban Thường vụ Huyện đoàn Mường Nhé)."""
    head = _ORGAN_OF.sub("", org.name)
    # (or any body left at its level word, 'Ủy ban MTTQ huyện', where the article names it once with the place, 'Ủy ban
    # MTTQ Việt Nam huyện Châu Thành', though the gazetteer holds that name more than once)
    if head not in _COMMITTEES and not _AT_LEVEL_WORD.search(head):
        return None
    named = {o.value.name: o.value for o in doc.spans("orgs") if not o.value.unplaced and o.value.name.startswith(head + " ")}
    if len(named) != 1:
        return None
    committee = next(iter(named.values()))
    return replace(org, name=org.name + committee.name.removeprefix(head), unit_code=committee.unit_code, level=committee.level,
                   unplaced=False, place=committee.place)  # fmt: skip


# a holder's name set off from their title by a dash, nothing else between ('Hoàng Văn Nam - ')
_NAME_THEN_DASH = re.compile(r"[^,;:()]+?\s[-–—]\s*")


def _title_after_holder(doc: Document, start: int, end: int) -> int | None:
    """Where the title begins in 'ông A - Chủ tịch UBND huyện', 'Đại tá B – Giám đốc Công an tỉnh': a person named at
    the phrase's start (after an honorific), a dash, and the title they hold; None otherwise."""
    people = doc.spans("people", start, end)
    if not people or not (people[0].start == start or HONORIFIC.fullmatch(doc.text, start, people[0].start)):
        return None
    title = next((t for t in doc.spans("titles", people[0].start + 1, end) if t.start > people[0].start), None)
    return title.start if title and _NAME_THEN_DASH.fullmatch(doc.text, people[0].start, title.start) else None


def _title_in_brackets(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """Where text[start:end] is a person named with their title in brackets after the name ('ông A (Chủ tịch UBND
    huyện)'), the title's offsets; else None."""
    if doc.text[end - 1] != ")":
        return None
    people = doc.spans("people", start, end)
    if not people or not (people[0].start == start or HONORIFIC.fullmatch(doc.text, start, people[0].start)):
        return None
    opening = doc.text.find("(", people[0].start, end)
    if opening == -1 or doc.text[people[0].start : opening].strip() != people[0].value.name:
        return None
    return opening + 1, end - 1


def resolve_conferrer(doc: Document, start: int, end: int) -> tuple[Conferrer | None, bool]:
    """(conferrer, stated) of the phrase text[start:end]: stated is True when it names an agent, even a vague one."""
    start, end = strip_range(doc, start, end)
    if (start == 0 or doc.text[start - 1] == "\n") and (mark := ITEM_MARK.match(doc.text, start, end)):
        start = mark.end()  # '- Chủ tịch UBND huyện tặng ...': an item's subject after its mark
    low = doc.text[start:end].casefold()
    if not low:
        return None, False
    if _CENTRAL_ASSOCIATION.fullmatch(low):
        # 'Bằng khen của Trung ương Hội' after 'Trung ương Hội LHPN Việt Nam': the central body named before it
        before = [o.value for o in doc.spans("orgs", 0, start) if o.value.name.startswith("Trung ương Hội ")]
        if len({o.name for o in before}) == 1:
            return before[-1], True
        if not before and (kind := _associations(doc)[0]) is not None:
            # ('Trung ương Hội tặng Bằng khen' in an article on 'Hội LHPN tỉnh X': that association's central body)
            return OrgRef(f"Trung ương {kind} Việt Nam", "MassOrganisation", None, "national"), True
    if (at_level := _ASSOCIATION_AT.fullmatch(low)) is not None:
        body = _association_at_level(doc, at_level["level"] or at_level["level2"])
        organ = _ORGANS.get(at_level["organ"] or at_level["organ2"] or "")
        return (replace(body, name=f"{organ} {body.name}") if body is not None and organ else body), True
    # ('các' inside a body's own name is no vagueness: 'Đảng ủy Khối các cơ quan tỉnh tặng ...'; 'các cấp' is)
    # (nor inside a body's name its organ is named before: 'Ban Chấp hành Công đoàn các Khu công nghiệp tặng ...')
    if (vague := _VAGUE.search(low)) and (
        "các cấp" in low or not any(o.start <= start + vague.start() and o.end == end for o in agents(doc, start, end))
    ):
        return None, True
    if "chủ tịch nước" in low:
        return PRESIDENT, True
    # the Government's awards are signed by the Prime Minister ('TTCP', 'TTg', 'CP': as reports shorten them)
    if "thủ tướng" in low or low in ("chính phủ", "cp", "ttcp", "ttg", "thủ tướng cp"):
        return PRIME_MINISTER, True
    if (title := _title_in_brackets(doc, start, end)) is not None:
        return resolve_conferrer(doc, *title)  # 'Đại tá A (Giám đốc Công an tỉnh) khen thưởng ...': the office he holds
    if (titled := _title_after_holder(doc, start, end)) is not None:
        return resolve_conferrer(doc, titled, end)  # 'ông A - Chủ tịch UBND huyện tặng ...': the office, set off by a dash
    titles = doc.spans("titles", start, end)
    if titles and (courtesy := HONORIFIC.match(doc.text, start, end)) and skip_space(doc.text, courtesy.end()) == titles[0].start:
        start = titles[0].start  # 'Ông Chủ tịch UBND huyện trao ...', 'Đồng chí Phó Chủ tịch UBND tỉnh A trao ...': the office
    if titles and titles[0].start == start:  # an office: 'chủ tịch UBND huyện', 'Bộ trưởng Bộ Công an'
        posts = titles[0].value
        if len(posts) > 1 and (posts[0].role, posts[1].role) == ("Bộ trưởng", "Chủ nhiệm") and posts[1].org:
            posts = posts[1:]  # 'của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc': the committee's head, of a minister's rank
        if posts and posts[0].org:
            role = _head_of(posts[0].role)
            # ('Cục trưởng Cục Thuế tặng ...' after 'Cục Thuế tỉnh Bắc Ninh': the one the article named in full)
            org = as_named_in_article(doc, posts[0].org)
            return Office(office_label(role, org.name), role, org), True
        if posts and posts[0].role and not doc.spans("people", titles[0].end, end):
            # a bare title with no holder named ('Chỉ huy trưởng tặng Giấy khen'): the office the article gave with its
            # body before ('Đại tá A, Chỉ huy trưởng Bộ CHQS tỉnh'), else an office it leaves open, its own giver still
            bare = not head_after(doc, titles[0].end) and not acronym_after(doc, titles[0].end)
            org = body_after_title(doc, titles[0].end) or _office_before(doc, posts[0].role, start, bare=bare)
            if org is None and posts[0].role == "Bộ trưởng":
                # 'Thứ trưởng Bộ Công an trao Bằng khen của Bộ trưởng': the minister of the ministry the sentence names
                # before (else the article's, or the one over the department it is about)
                org = _ministry_before(doc, start)
            return (Office(office_label(posts[0].role, org.name), posts[0].role, org), True) if org else (None, True)
    orgs = agents(doc, start, end)
    if orgs and orgs[0].value.unplaced and (placed := _placed_as_named(doc, orgs[0].value)) is not None:
        return placed, True  # 'Ban Thường vụ Huyện đoàn tặng ...' where the article names 'Huyện đoàn Mường Nhé'
    if orgs and orgs[0].value.unplaced and (body := own_body(doc, _ORGAN_OF.sub("", doc.text[start:end]))) is not None:
        return body, True  # 'Đảng ủy Khối tặng ...': a body by its head noun, which names no place, is the lead's one
    if orgs:
        return orgs[0].value, True
    if low == "bộ" and (ministry := _ministry_before(doc, start)) is not None:
        return ministry, True  # 'Bộ trưởng Bộ X trao Cờ thi đua của Bộ': the ministry named before, or the article's
    if (commune := commune_committee(doc, start, end)) is not None:
        return commune, True
    if (ward := _own_commune(doc, doc.text[start:end])) is not None:
        # 'Năm 2023, phường đã phát động ...', 'xã tặng Giấy khen cho 5 hộ': the article's commune, by its committee
        name, district = ward
        return OrgRef(f"Ủy ban nhân dân {name}", "PeoplesCommittee", district, "commune", place=name), True
    unit = unit_for_subject(doc, start, end)
    if unit:
        return peoples_committee(unit), True
    # 'Nhà trường tặng Giấy khen', 'Ban Chấp hành Công đoàn ngành đã khen thưởng': a body told by its head noun alone
    # (its executive committee's for it) is the one of that head the headline or the lead sentence names
    body = own_body(doc, _ORGAN_OF.sub("", doc.text[start:end]))
    return (body, True) if body is not None else (None, False)


# a deputy gives in the name of the office they stand in for ('Phó Chủ tịch UBND huyện trao Giấy khen': the chair's)
_DEPUTY_OF = {"Thứ trưởng": "Bộ trưởng", "Phó Tổng Giám đốc": "Tổng Giám đốc", "Phó Tổng cục trưởng": "Tổng cục trưởng"}
_HEADS = frozenset(
    {"Chủ tịch", "Giám đốc", "Hiệu trưởng", "Cục trưởng", "Viện trưởng", "Chánh án", "Tư lệnh", "Trưởng ban", "Chỉ huy trưởng"}
)


def _head_of(role: str) -> str:
    """The head's office for a deputy's title ('Phó Chủ tịch' -> 'Chủ tịch', 'Thứ trưởng' -> 'Bộ trưởng'); any other as is."""
    if role in _DEPUTY_OF:
        return _DEPUTY_OF[role]
    head = role.removeprefix("Phó ")
    head = head[:1].upper() + head[1:]
    return head if role.startswith("Phó ") and head in _HEADS else role


# a body's standing organs and boards, which give in its name ('Ban Chấp hành Công đoàn ngành', 'Ban Thường vụ Hội',
# 'Ban Giám hiệu nhà trường', 'Ban Giám đốc Công ty')
_ORGAN_OF = re.compile(
    r"^(?:Ban Chấp hành|Ban Thường vụ|BCH|BTV|Thường trực|Ban Giám hiệu|Ban Giám đốc|Ban Tổng Giám đốc|Ban lãnh đạo)\s+(?:của\s+)?",
    re.I,
)


def organ_s_body(name: str) -> str:
    """The body a standing organ's name names ('Ban Thường vụ Huyện đoàn X' -> 'Huyện đoàn X'); any other as is."""
    return _ORGAN_OF.sub("", name, count=1)


def office_label(role: str, body: str) -> str:
    """'Trưởng Ban Thi đua - Khen thưởng tỉnh', not 'Trưởng ban Ban ...'; 'Tổng Kiểm toán Nhà nước', not 'Tổng Kiểm
    toán Kiểm toán Nhà nước': a title whose last words are its body's first says them once, as the body's name does."""
    words, body_words = role.split(), body.split()
    for n in range(min(len(words) - 1, len(body_words)), 0, -1):
        if [w.casefold() for w in words[-n:]] == [w.casefold() for w in body_words[:n]]:
            return " ".join([*words[:-n], *body_words])
    return f"{role} {body}"


def _office_before(doc: Document, role: str, before: int, bare: bool = True) -> OrgRef | None:
    """The one body whose `role` the article's title chains before `before` name."""
    bodies = {post.org.name: post.org for span in doc.spans("titles", 0, before) for post in span.value if post.role == role and post.org}
    # else, written `bare`, the body such a title heads when none is written ('Hiệu trưởng trao ...': the headline's
    # school; not 'Giám đốc Công ty trao ...' where the headline names no company)
    return next(iter(bodies.values())) if len(bodies) == 1 else body_of_bare_title(doc, role) if not bodies and bare else None


def _ministry_before(doc: Document, at: int) -> OrgRef | None:
    """The ministry a bare 'Bộ' at `at` stands for: the last one its sentence names before it, else the article's."""
    sentence = next((s for s in doc.sentences if s.start <= at < s.end), None)
    named = [o.value for o in doc.spans("orgs", sentence.start, at)] if sentence else []
    ministries = [
        o for o in named if o.name.startswith("Bộ ") and o.kind == "Department" and o.level in (None, "national") and o.parent is None
    ]
    return ministries[-1] if ministries else doc.place.ministry or _ministry_over(doc)


def _ministry_over(doc: Document) -> OrgRef | None:
    """The ministry over the one department an article is about, the one its headline and lead name ('Bằng khen của
    Bộ' in Sở Giáo dục và Đào tạo tỉnh X's article: Bộ Giáo dục và Đào tạo), whose name it shares."""
    lead = doc.lead_sentence()
    named = {o.value.name: o.value for o in doc.spans("orgs", 0, lead.end if lead else doc.body_start)}
    departments = [o for o in named.values() if o.name.startswith("Sở ") and o.kind == "Department"]
    department = doc.place.department or (departments[0] if len(departments) == 1 else None)
    if department is None or not department.name.startswith("Sở "):
        return None
    name = department.name.removeprefix("Sở ")
    if department.place and name.endswith(" " + department.place):
        name = name[: -len(department.place) - 1]
    ministry = _body_named(f"Bộ {name}", doc.place)
    return ministry if ministry is not None and ministry.level == "national" else None


def _body_named(name: str, ctx: PlaceContext) -> OrgRef | None:
    """The body `name` names whole, as the body tables read it (conferrers read the orgs layer; this parses one name);
    None where they read none of it, or only its start."""
    parsed = parse_org(name, 0, ctx)
    return parsed[0] if parsed is not None and parsed[1] == len(name) else None


def label(c: Conferrer | None) -> str | None:
    if c is None:
        return None
    return c.label if isinstance(c, Office) else c.name


def default_conferrer(award: str) -> Conferrer | None:
    """Orders, medals and state titles are the President's to confer; the Government's flag and
    the Prime Minister's certificate are the Prime Minister's (Law on Emulation and Commendation)."""
    by = award_types()[award].conferred_by
    if by == "Chủ tịch nước":
        return PRESIDENT
    if by.startswith("Thủ tướng") or by.startswith("Chính phủ"):
        return PRIME_MINISTER
    return None


# a commemorative medal's own name after it ('Kỷ niệm chương “Vì sự nghiệp Giáo dục”', 'Kỷ niệm chương Vì thế hệ trẻ')
_MEDAL_NAME = re.compile(rf"\s*(?:[{NAME_OPENS}]\s*(?P<quoted>[^{NAME_QUOTES}]{{3,90}})|(?P<bare>[^{NAME_QUOTES},;.()]{{3,90}}))")

# the whole name, 'Việt Nam' after it or not: 'Vì sự nghiệp Xây dựng' is the Ministry of Construction's, 'Vì sự nghiệp
# xây dựng nông thôn mới' is not (unquoted, the name ends where the clause goes on: 'Vì thế hệ trẻ cho 3 cá nhân')
_MEDAL_NAME_END = r"(?:\s+việt nam)?(?=\s+(?:cho|của|và|tặng|trao|tới|đến|năm)(?!\w)|\s*$)"


@cache
def _medal_givers() -> tuple[tuple[re.Pattern[str], re.Pattern[str], OrgRef], ...]:
    """The medal-givers table, each body parsed as the body tables name it (a row no table reads is an error here,
    not a conferrer silently lost); each name as it starts an unquoted name, and as a quoted name whole."""
    out = []
    for start, name in lexicon.rows("medal_givers.tsv"):
        if (body := _body_named(name, PlaceContext())) is None:
            raise ValueError(f"medal_givers.tsv: no body table reads {name!r}")
        out.append(
            (re.compile(re.escape(start.casefold()) + _MEDAL_NAME_END), re.compile(re.escape(start.casefold()) + r"(?:\s+việt nam)?"), body)
        )
    return tuple(out)


def medal_giver(text: str, pos: int) -> OrgRef | None:
    """The central body a commemorative medal named at `pos` is the medal of: its field, by the medal's name (a quoted
    name whole: 'Vì sự nghiệp xây dựng và phát triển Hội Cựu chiến binh Việt Nam' is not the Ministry of Construction's)."""
    m = _MEDAL_NAME.match(text, pos)
    if m is None:
        return None
    # (its dashes read as the table's hyphen: 'Vì sự nghiệp Lao động – Thương binh và Xã hội')
    name = " ".join((m["quoted"] or m["bare"]).casefold().replace("–", "-").replace("—", "-").split())
    if m["quoted"]:
        return next((body for _, whole, body in _medal_givers() if whole.fullmatch(name)), None)
    # (the longest name that opens it: 'Vì sự nghiệp xây dựng và phát triển Hội Cựu chiến binh' is not 'Vì sự nghiệp xây
    # dựng' and then 'và')
    found = [(len(opening.pattern), body) for opening, _, body in _medal_givers() if opening.match(name)]
    return max(found, key=lambda f: f[0])[1] if found else None


def on_behalf(who: str) -> Office:
    return PRESIDENT if "nước" in who else PRIME_MINISTER


def named(doc: Document, start: int, end: int, at_start: bool = False) -> OrgRef | None:
    """A named body or unit in text[start:end]: 'Huyện ủy X', 'tỉnh Bắc Kạn', 'xã Đồng Phúc' (not 'các xã')."""
    orgs = agents(doc, start, end)
    if orgs and (not at_start or orgs[0].start == start):
        return orgs[0].value
    places = doc.spans("places", start, end)
    typed = [s for s in places if s.rule == "places.typed-unit"]
    if typed and (not at_start or typed[0].start == start):
        unit = typed[0].value
        return OrgRef(unit.label, "AdministrativeUnit", unit.code, unit.level)
    communes = [s for s in places if s.rule == "places.commune"]
    if communes and (not at_start or communes[0].start == start):
        # communes are not in the gazetteer: keep the name, in the article's district
        district = doc.place.district
        return OrgRef(communes[0].value, "AdministrativeUnit", None, "commune", parent=district.code if district else None)
    return None


# who an award is given to: 'cho X', or the owner of the flag an order is pinned on ('gắn Huân chương lên lá cờ truyền
# thống của Trường X')
# 'cho', or 'tặng' before a name ('trao Huân chương Độc lập hạng Nhất của Chủ tịch nước tặng Tổng cục Thống kê'; not
# 'tặng quà')
# (or before a unit by its level word: 'Cờ thi đua của Chính phủ trao tặng tỉnh Hà Tĩnh')
_GIVEN_TO = rf"(?<!\w)(?:cho(?:\s*:)?|lên\s+(?:lá\s+)?cờ(?:\s+truyền thống)?(?:\s+của)?|tặng(?=\s+(?:(?:{levels.ANY})\s+)?[{UPPER}]))\s+"


_STAFF = (
    r"(?:lãnh đạo|cán bộ|công chức|viên chức|giáo viên|giảng viên|nhân viên|người lao động|công nhân|chiến sĩ|sĩ quan|y,? bác sĩ"
    r"|thầy và trò|thầy,? trò|thầy,? cô giáo)"
)
# the staff of a body, as a collective, by its head noun ('tập thể cán bộ, nhân viên bệnh viện', 'tập thể thầy và trò nhà
# trường', 'tập thể lãnh đạo, cán bộ Phòng X'); a school's teachers and pupils are the school, 'tập thể' said or not
# ('cho thầy và trò Trường THPT X')
_STAFF_OF_BODY = re.compile(
    rf"(?:tập thể\s+|(?=thầy\s*(?:và|,)?\s*trò\s)){_STAFF}(?:\s*(?:,\s*(?:và\s+)?|và\s+){_STAFF})*\s+(?:(?P<bare>{BARE_BODY_HEADS})(?!\w)(?!\s+(?-i:[{UPPER}\d]))|(?=(?-i:[{UPPER}])))",
    re.I,
)


def presented_to(doc: Document, after: int, end: int) -> OrgRef | None:
    """The one named recipient of 'trao AWARD cho <unit or body>' after `after`, or None for 'cho các ...'."""
    m = re.search(_GIVEN_TO + _KIND_BEFORE_NAME + r"(?P<who>[^,;.]+)", doc.text[after:end])
    if not m or re.match(r"(?:các|những|nhiều|\d)", m["who"], re.I):
        return None
    if re.match(r"cho\s+(?:các|những)\s", m.group(0)) and re.match(r"\s*(?:,|và\s)", doc.text[after + m.end("who") : end]):
        return None  # 'cho các tập thể: A, B': the plural names several, not the first alone
    start, stop = strip_range(doc, after + m.start("who"), after + m.end("who"), " ")
    if (unit := _subunit_of_body(doc, start, end)) is not None:
        return unit  # 'cho (tập thể) lớp 8B, Trường THCS X': the class, past the comma its name holds
    household = _HOUSEHOLD.match(doc.text, start, stop)
    head = doc.spans("people", household.end(), stop)[:1] if household else []
    if household and head and head[0].start == household.end():
        return unit_as_written(doc.text[start : head[0].end])  # 'cho gia đình ông A': the household, a collective
    if (staff := _STAFF_OF_BODY.match(doc.text, start, end)) is not None:
        # 'cho tập thể cán bộ, giáo viên nhà trường': the school; '... giáo viên Trường THCS X': that school
        if staff["bare"]:
            return own_body(doc, staff["bare"])
        body_end = re.compile(r"[^,;.]*").match(doc.text, staff.end(), end).end()
        return named(doc, *strip_range(doc, staff.end(), body_end, " "), at_start=True)
    found = named(doc, start, stop, at_start=True)
    if found is None and (level := _LEVEL_WORD_ALONE.match(doc.text, start, end)) is not None:
        return _own_unit(doc, level["level"])  # 'trao Bằng khen của UBND huyện cho thị trấn.': the article's town
    if found is not None and _ECHELON.match(found.name) and (at := _named_at(doc, start, stop)) is not None and at[0] == found:
        found = _of_unit_above(doc, at, end)[0]  # 'cho Đại đội 2, Tiểu đoàn 3' (past the comma the name stopped at)
    if found is None and (at := _named_at(doc, start, stop)) is not None and at[0].unplaced:
        of_institution = _of_unit_above(doc, at, end)[0]
        if of_institution is not at[0]:
            return of_institution  # 'cho Trung tâm Chống độc, Bệnh viện Bạch Mai': the one unit, of the institution
    # 'cho Đội Cảnh sát hình sự Công an huyện X', 'cho Tổ dân phố 5'; 'cho Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn,
    # cứu hộ': the commas a unit's name holds
    if found is None and (unit := _UNIT_NAMED.match(doc.text, start, end)):
        return _unit_at(doc, start, start + len(unit[0].rstrip(".")))  # (not the sentence's full stop)
    if found is None and (bare := _BARE_UNIT_HEAD.match(doc.text, start, end)) is not None:
        fuller = told_in_full_before(doc, bare["head"], start)
        if fuller is not None:
            return unit_as_written(fuller)  # 'tặng Giấy khen cho tổ công tác và thưởng ...': the team named in full before
    if found is None and (head := _HEAD_THEN_REASON.match(doc.text, start, stop)) and (body := own_body(doc, head["head"])):
        return body  # 'cho Công ty vì đã hoàn thành ...': the headline's one company
    if found is None and (people := _PEOPLE_OF_UNIT.match(doc.text, start, stop)):
        return unit_as_written(people.group(0))  # 'cho Nhân dân thôn Nà Pồng': a unit's people, one collective
    if (
        found is None
        and (proper := _PROPER_NAME.match(doc.text, start, stop)) is not None
        and not doc.spans("people", start, proper.end())
        and not doc.spans("awards", start, proper.end())  # (an award's name is no unit's: 'tặng Huân chương Lao động ...')
        and ROLES.match(doc.text, start) is None
        and _ENVOY.match(doc.text, start) is None
    ):
        # 'trao Huân chương ... cho Xưởng may Phú Hưng': a name of capitals no rule knows, and no person's, is the unit's
        return unit_as_written(proper.group(0))
    # ('trao Cờ thi đua cho Cục Thuế' after 'Cục Thuế tỉnh Vĩnh Long': the one placed agency of that name the article named)
    return as_named_in_article(doc, found) if found is not None else None


_ENVOY = re.compile(r"(?:Đại sứ|Tổng Lãnh sự|Lãnh sự|Đại biện|Tùy viên)(?!\w)")  # a title, not a unit ('cho Đại sứ Lào')
_NOT_IN_NAME = r"của|và|cho|vì|đã|được|các|những|có|trong|tại|với|về|do|là|đạt|thuộc|nhân|năm|ông|bà|anh|chị|em"
# a name that ends the recipients' phrase: of a capital, and its last word of a capital or a number ('Xưởng may Phú
# Hưng', 'Đoàn Kinh tế Quốc phòng Lâm Bình', 'Đội 3'), with no word between that joins or says more ('và', 'vì', 'của')
_PROPER_NAME = re.compile(rf"[{UPPER}][\w'’]*(?:\s+(?!(?:{_NOT_IN_NAME})(?!\w))[\w'’]+){{0,8}}?\s+(?:[{UPPER}][\w'’]*|\d+[A-Z]?)(?=\s*$)")


# a unit's level word alone, then the end of the recipients' phrase ('cho thị trấn.', 'cho xã vì đã có thành tích ...')
_LEVEL_WORD_ALONE = re.compile(rf"(?P<level>{levels.ANY})(?=\s*(?:[,;.]|$)|\s+(?:vì|do|đã|trong|nhân|và)\s)", re.I)


# a team or a unit by its head noun alone, in lower case, then the end of the recipients' phrase ('cho tổ công tác và
# thưởng 10 triệu đồng', 'cho ban chuyên án.'): the one named in full before
_BARE_UNIT_HEAD = re.compile(
    r"(?P<head>tổ công tác|tổ tuần tra|tổ cứu hộ|tổ cứu nạn|ban chuyên án|tổ|đội)(?=\s*(?:[,;.]|$)|\s+(?:và|vì|do|đã|trong|nhân)\s)"
)
# (the same, the subject of a passive, and only that: 'Ban chuyên án đã được ...', 'Tổ công tác được ...')
_BARE_UNIT_SUBJECT = re.compile(r"(?P<head>(?i:tổ công tác|tổ tuần tra|tổ cứu hộ|tổ cứu nạn|ban chuyên án))(?:\s+(?:đã|cũng|đều|vinh dự))*")
# the people of a unit, named by its level word ('Nhân dân thôn Nà Pồng', 'nhân dân các dân tộc xã Tân Mỹ')
_PEOPLE_OF_UNIT = re.compile(
    rf"[Nn]hân dân(?: các dân tộc)?\s+(?:{levels.ANY}|{levels.BELOW_COMMUNE})\s+(?:số\s+)?(?:\d+\w*|[{UPPER}][\w'’]*(?:\s+[{UPPER}][\w'’]*){{0,3}})"
)


# ('suy tôn tỉnh A, tỉnh B nhận Bằng khen của Thủ tướng': voted to receive it, no title between)
_ELECTED = re.compile(
    r"(?<!\w)(?:suy tôn|bình chọn|bầu chọn|lựa chọn|chọn)\s+(?P<who>[^;:]{2,160}?)\s+(?:(?:là|làm)\s+(?:danh hiệu\s+)?|(?:được\s+)?nhận\s+)$"
)


# a place in the bloc said by its verb, no 'là' before it ('suy tôn xã A xếp thứ nhất Khối', '... dẫn đầu Cụm')
_PLACE_BY_VERB = re.compile(r"(?:xếp|đứng|dẫn đầu)(?!\w)", re.I)
_ELECTED_PLACED = re.compile(r"(?<!\w)(?:suy tôn|bình chọn|bầu chọn|lựa chọn|bình xét)\s+(?P<who>[^;:,]{2,160}?)\s+$")


def elected(doc: Document, start: int, award_start: int) -> OrgRef | tuple[OrgRef, ...] | None:
    """'Hội nghị suy tôn xã Tân Dĩnh là đơn vị dẫn đầu Khối': the one named body or unit elected to the title after it;
    or the bodies it lists ('suy tôn Công an tỉnh và Tòa án nhân dân tỉnh là đơn vị dẫn đầu'), each elected; or the one
    voted to a place its verb says ('suy tôn xã A xếp thứ nhất Khối')."""
    m = _ELECTED.search(doc.text, max(start, award_start - 200), award_start)
    if m is None and _PLACE_BY_VERB.match(doc.text, award_start):
        m = _ELECTED_PLACED.search(doc.text, max(start, award_start - 200), award_start)
    if m is None:
        return None
    s, e = strip_range(doc, m.start("who"), m.end("who"), " ")
    if listed := bodies_listed(doc, s, e):
        return tuple(listed)
    return named(doc, s, e, at_start=True) if "," not in doc.text[s:e] else None


# a body by its head noun alone, then the end of the recipients' phrase, its reason, or the others counted beside it
_REASON_OPENS = r"(?:vì|về|do|đã|theo(?!\s+dõi)|nhân dịp|trong)(?!\w)"
# ('cho tập thể nhà trường vì đã có ...': the head of two words stops before the reason, or before the decision it is
# given by: 'cho tập thể Bệnh viện theo Quyết định số ...'; 'cho Bệnh viện và 5 cá nhân', '... và năm giáo viên')
_HEAD_THEN_REASON = re.compile(
    rf"(?:tập thể\s+)?(?P<head>(?:nhà\s+)?\S+(?:\s(?!{_REASON_OPENS}|và\s)\S+){{0,3}}?)(?=\s+{_REASON_OPENS}|\s+và\s+(?:\d|{COUNTED}|(?:{HONORIFIC.pattern}))|\s*$)"
)


def people_beside(doc: Document, after: int, end: int) -> list[str]:
    """'trao Bằng khen cho UBND xã X và ông A': the people the recipients' list names after its body, or its bodies."""
    m = re.search(r"(?<!\w)cho(?P<colon>\s*:)?\s+" + _KIND_BEFORE_NAME, doc.text[after:end])
    body = _named_at(doc, after + m.end(), end) if m else None
    body_end = body[1] if body else None
    if m and body_end is None and (head := _HEAD_THEN_REASON.match(doc.text, after + m.end(), end)) and own_body(doc, head["head"]):
        body_end = head.end()  # 'cho Công đoàn Công ty và ông A': the article's body, by its head noun alone

    def apart_at(pos: int) -> re.Match[str] | None:
        # (after a colon, semicolons part the items too: 'cho: Trường A; Trạm Y tế xã B; ông C; bà D')
        # (or in a clause that reads on past one: 'cho Bệnh viện A; ông C, Giám đốc Sở D', grants._clauses)
        return _BODIES_APART.match(doc.text, pos, end) or (_SEMICOLON_APART.match(doc.text, pos, end) if m else None)

    apart = apart_at(body_end) if body_end is not None else None
    while apart is not None and (more := _named_at(doc, apart.end(), end)) is not None:
        apart = apart_at(more[1])  # (after a list of bodies: 'cho Trường A, Trường B và ông C')
    if apart is None:
        return []
    people = doc.spans("people", apart.end(), end)
    if not people or not (people[0].start == apart.end() or LIST_HONORIFIC.fullmatch(doc.text, apart.end(), people[0].start)):
        return []
    return _people_listed(doc, people, end)


def body_beside(doc: Document, after: int, end: int) -> OrgRef | None:
    """'trao Giấy khen cho ông A, bà B và Công an xã X': the one body the recipients' list names after its people."""
    m = re.search(r"(?<!\w)cho\s+", doc.text[after:end])
    people = doc.spans("people", after + m.end(), end) if m else []
    if not people or not (people[0].start == after + m.end() or LIST_HONORIFIC.fullmatch(doc.text, after + m.end(), people[0].start)):
        return None
    listed = _people_listed(doc, people, end)
    last = next((p for p in people if p.value.name == listed[-1]), None) if listed else None
    apart = _BODIES_APART.match(doc.text, last.end, end) if last else None  # (a person's span ends with their titles)
    if apart is None and last is not None and (apart := _SEMICOLON_APART.match(doc.text, last.end, end)) is not None:
        # 'cho ông A, Giám đốc Sở X; Bệnh viện Y': a semicolon parts the items of a clause that reads on past it
        # (grants._clauses), no post's unit after it
        return named(doc, apart.end(), end, at_start=True)
    if apart and "và" not in apart.group() and (_BARE_PLACE.match(doc.text, apart.end()) or last.value.posts):
        # 'cho ông A, Giám đốc Công ty X, huyện Văn Lâm': where the person's post is, no one receiving; 'cho liệt sĩ A,
        # nguyên Chính trị viên Đại đội 1, Tiểu đoàn 506': the body the post's unit is of, past a comma without 'và'
        return None
    if apart and "và" not in apart.group() and len(listed) == 1 and _ends_list_with_one_body(doc, apart.end(), end):
        # 'cho Trung úy A, Công an xã X vì ...': the one person's unit, set off by a comma, the list ending with it
        return None
    return named(doc, apart.end(), end, at_start=True) if apart else None


def _ends_list_with_one_body(doc: Document, at: int, end: int) -> bool:
    """Whether a body is named at `at` and the recipients' list ends with it (no comma or 'và' after it)."""
    bodies = doc.spans("orgs", at, end)
    return bool(bodies) and bodies[0].start == at and _LIST_GOES_ON.match(doc.text, bodies[0].end, end) is None


_LIST_GOES_ON = re.compile(r"\s*(?:,|;|và\s)")
_BARE_PLACE = re.compile(rf"(?:{levels.ANY})\s+[{UPPER}]")


def unit_as_written(name: str) -> OrgRef:
    """A unit the parser has no rule for, by its name as the article writes it."""
    return OrgRef(name, UNIT, None, None, aliases=(name,), unplaced=True)


def _unit_at(doc: Document, start: int, end: int) -> OrgRef:
    """A unit of a body the text names at its end ('Đội Cảnh sát hình sự Công an huyện'), with that body by its full
    name ('... Công an huyện Văn Lãng'); else by its name as the article writes it."""
    name = doc.text[start:end]
    name = "T" + name[1:] if name.startswith("tổ ") else name  # 'tổ công tác Đội X': the team's name, 'Tổ công tác Đội X'
    # ('Phòng Quản lý ngân sách (Sở Tài chính)': or the body in brackets after the unit's name)
    close = end - 1 if name.endswith(")") and "(" in name else end
    body = next((o for o in doc.spans("orgs", start + 1, close) if o.end == close and o.start > start), None)
    if body is not None and body.value.unit_code is not None:
        name = doc.text[start : body.start].rstrip(" (") + " " + body.value.name
    elif (fuller := told_in_full_before(doc, name, start)) is not None:
        name = fuller  # 'Ban Chuyên án' after 'Ban Chuyên án 124T': the one unit told in full before
    return unit_as_written(name)


_SENTENCE_BREAK = re.compile(r"[.;]\s|\n")
_TOLD_BEFORE_WINDOW = 3000  # how far back a unit told in full is looked for (the article's last paragraphs)


def told_in_full_before(doc: Document, name: str, before: int) -> str | None:
    """The one unit's name, told in full in the paragraphs before `before`, that `name` is the opening of ('Ban
    Chuyên án' of 'Ban Chuyên án 124T', 'tổ công tác' of 'Tổ công tác Công an huyện X'); None where none, or two, are."""
    opening = name.casefold() + " "
    fuller = {
        _SENTENCE_BREAK.split(m.group(0), maxsplit=1)[0].rstrip(".,;: ")  # (the name, not the next sentence's opening)
        for m in _UNIT_NAMED.finditer(doc.text, max(0, before - _TOLD_BEFORE_WINDOW), before)
        if m.group(0).casefold().startswith(opening)
    }
    return next(iter(fuller)) if len(fuller) == 1 else None


_UNIT_NAMED = lexicon.cue("unit-named")
_HAMLET_NAMED = lexicon.cue("hamlet-named")
_HOUSEHOLD = re.compile(r"(?:[Gg]ia đình|[Hh]ộ(?:\s+gia đình)?)\s+(?:của\s+)?(?:ông|bà|anh|chị|cụ|liệt sĩ|[Mm]ẹ)\s+")
# the number of households a list names before it ('Hai hộ gia đình ông A và bà B'), and each next one in the list, by
# its own household word or by its head's honorific alone
_HOUSEHOLDS_COUNTED = re.compile(r"(?:(?:[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|\d{1,2})\s+(?=[Hh]ộ|[Gg]ia đình))?")
_NEXT_HOUSEHOLD = re.compile(  # (past what a bracket says of the one before: 'gia đình ông A (tổ 35) và gia đình bà B')
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:và\s+)?|và\s+)(?P<word>(?:gia đình|hộ(?:\s+gia đình)?)\s+(?:của\s+)?)?(?P<head>(?:ông|bà|anh|chị|cụ)\s+)"
)


def household_head(recipient: object) -> str | None:
    """The head a household recipient is named by ('gia đình cụ A': A), else None."""
    if not isinstance(recipient, OrgRef) or (m := _HOUSEHOLD.match(recipient.name)) is None:
        return None
    return recipient.name[m.end() :] or None


def households_at(doc: Document, start: int, end: int) -> list[OrgRef]:
    """The households named from `start` ('Gia đình ông A', 'Hai hộ gia đình ông A và bà B', 'gia đình ông A và gia
    đình bà B'), each a collective by its head's name; [] where none opens text[start:end]."""
    counted = _HOUSEHOLDS_COUNTED.match(doc.text, start, end)
    household = _HOUSEHOLD.match(doc.text, counted.end(), end)
    people = doc.spans("people", household.end(), end) if household else []
    if not people or people[0].start != household.end():
        return []
    *words, head = [w for w in household.group(0).split() if w != "của"]  # 'hộ gia đình (của) ông '
    word = " ".join(words)
    word = word[:1].upper() + word[1:]
    found = [unit_as_written(f"{word} {head} {people[0].value.name}")]
    for before, after in pairwise(people):
        nxt = _NEXT_HOUSEHOLD.fullmatch(doc.text, before.end, after.start)
        if nxt is None or not (nxt["word"] or counted.group(0)):
            break  # (the head's honorific alone goes on a list the number opened: 'gia đình ông A và ông B' is two kinds)
        own = " ".join(nxt["word"].split()[:3]).removesuffix(" của") if nxt["word"] else word
        found.append(unit_as_written(f"{own[:1].upper()}{own[1:]} {nxt['head'].strip()} {after.value.name}"))
    return found


# 'cho tập thể Trường X', 'cho đơn vị xã X', 'cho các tập thể: A, B và C': the kind of recipient, then the names (or a
# class, or a unit below the commune, by its number or name: 'cho tập thể lớp 12A1', 'cho tập thể thôn 5')
_KIND_BEFORE_NAME = (
    rf"(?:(?:các\s+)?(?:tập thể|đơn vị|lực lượng(?! vũ trang))\s*:?\s+(?=[{UPPER}]|(?:{levels.ANY})\s+[{UPPER}]"
    rf"|(?:lớp|chi đội|{levels.BELOW_COMMUNE})\s+(?:số\s+)?(?:\d|[{UPPER}])))?"
)


# between two recipients of one list: a comma, 'và', or both
_BODIES_APART = lexicon.cue("list-separator")
_SEMICOLON_APART = re.compile(r"\s*;\s*(?:và\s+)?")


def presented_to_all(doc: Document, after: int, end: int) -> list[OrgRef]:
    """The named bodies and units of 'tặng AWARD cho X, Y và Z' after `after`, in order: [] unless a list of two
    or more, each named in full where the one before it ends ('cho xã Tân Mỹ, xã Tân Thanh và thị trấn Na Sầm')."""
    # (or their list after a colon: 'đề nghị UBND tỉnh tặng Cờ thi đua là: A và B', 'tặng Bằng khen cho: A, B và C')
    m = re.search(r"(?<!\w)(?:(?i:cho)\s*:?|là\s*:|gồm\s*:)\s+" + _KIND_BEFORE_NAME + r"(?!(?i:các|những|nhiều)|\d)", doc.text[after:end])
    if m is None:
        return []
    households = households_at(doc, after + m.end(), end)  # 'cho hai hộ gia đình ông A và bà B': each household
    # (after a colon, the items parted by semicolons too: 'tặng Bằng khen cho: Trường THCS A; Trạm Y tế xã B'; or in a
    # clause that reads on past one, its items named alone: 'cho Bệnh viện A; Trường B', grants._clauses)
    semicolons = ":" in m.group(0) or ";" in doc.text[after + m.end() : end]
    return households if len(households) > 1 else bodies_listed(doc, after + m.end(), end, semicolons=semicolons)


_SAID_OF_IT = re.compile(r"\s*\([^()]{1,80}\)")


def bodies_listed(doc: Document, pos: int, end: int, semicolons: bool = False) -> list[OrgRef]:
    """The bodies and units listed from `pos` ('xã A, xã B và thị trấn C'), up to the clause's end: [] unless two or
    more; with `semicolons`, a list a colon opened, its items parted by them too."""
    stop = next((pos + i for i, ch in enumerate(doc.text[pos:end]) if ch in ("." if semicolons else ";.")), end)
    found: list[OrgRef] = []
    separators: list[str] = []
    addresses: list[OrgRef] = []  # the units read as where the recipient before each is
    while (hit := _named_at(doc, pos, stop)) is not None:
        hit = _of_unit_above(doc, hit, stop)  # 'cho Đại đội 2, Tiểu đoàn 3 và ...'
        # 'cho Nhân dân xã A, huyện B, tỉnh C': where the recipient is, not another one; the list may go on after it
        # ('cho UBND xã A, thị xã B và UBND xã C, huyện D')
        # (not one after 'và': 'cho Trường THCS A và xã B' gives both; and a unit of the level of one read as an address
        # before it, 'cho Trường THCS A, xã B và xã C', says that one was listed too)
        if not (found and "và" not in separators[-1] and _address_of(found[-1], hit[0])):
            if found and "và" in separators[-1]:
                found += [unit for unit in addresses if unit.level == hit[0].level and unit.kind == hit[0].kind]
            found.append(hit[0])
        else:
            addresses.append(hit[0])
        # (past what a bracket says of it: 'cho UBND huyện A (đơn vị nhì Khối), UBND huyện B')
        said = _SAID_OF_IT.match(doc.text, hit[1], stop)
        apart = _BODIES_APART.match(doc.text, said.end() if said else hit[1], stop)
        if apart is None and semicolons:
            apart = _SEMICOLON_APART.match(doc.text, said.end() if said else hit[1], stop)
        if apart is None:
            break
        separators.append(apart.group(0))
        pos = apart.end()
    # 'cho Đồn Biên phòng X, BĐBP tỉnh Y': a unit, a comma, and the force above it, is that unit, not a list of two
    if len(found) == 2 and "và" not in separators[0] and _SUBUNIT.match(found[0].name) and _above(found[1], found[0]):
        return []
    return found if len(found) > 1 else []


def _above(body: OrgRef, unit: OrgRef) -> bool:
    """Whether a body is a province's or a district's own, of a wider level than the unit before it ('Đồn Biên phòng
    X, BĐBP tỉnh Y'); not a unit of one, nor one a level below ('Phòng Cảnh sát ... Công an tỉnh, Công an huyện Z')."""
    if body.level not in ("province", "district") or body.kind == "AdministrativeUnit" or _SUBUNIT.match(body.name):
        return False
    return _wider(body.level, unit.level)


_LEVELS = ("commune", "district", "province", "national")
# the armed forces' echelons, smallest first: a unit named, then one of a higher echelon, is the first of the second
_ECHELONS = ("Tiểu đội", "Trung đội", "Đại đội", "Tiểu đoàn", "Trung đoàn", "Lữ đoàn", "Sư đoàn")
_ECHELON = re.compile("(" + "|".join(_ECHELONS) + r")\s")
_COMMA_SPACED = re.compile(r",\s+")


def _of_unit_above(doc: Document, hit: tuple[OrgRef, int], stop: int) -> tuple[OrgRef, int]:
    """'Đại đội 2, Tiểu đoàn 3': a military unit, a comma, then a unit of a higher echelon is the first of the second,
    one unit named by both (and where its name ends); else the unit as it was named."""
    low = _ECHELON.match(hit[0].name)
    comma = _COMMA_SPACED.match(doc.text, hit[1], stop)
    if (
        comma
        and hit[0].unplaced
        and not _ENDS_WITH_LEVEL.search(hit[0].name)
        and (above := _named_at(doc, comma.end(), stop))
        and _INSTITUTION_HEAD.match(above[0].name)
    ):
        # 'Trung tâm Chống độc, Bệnh viện Bạch Mai', 'Khoa Nhi, Bệnh viện Đa khoa tỉnh X': a unit no place names, of the
        # institution after it, one unit named by both and placed as it is (not a body of a level the article leaves
        # unnamed: 'Phòng Nội vụ huyện, Bệnh viện Đa khoa huyện' are two)
        one = replace(above[0], name=f"{hit[0].name}, {above[0].name}", kind=hit[0].kind, aliases=(), parent=None)
        return one, above[1]
    above = _named_at(doc, comma.end(), stop) if low and comma else None
    high = _ECHELON.match(above[0].name) if above else None
    if above is None or high is None or _ECHELONS.index(high[1]) <= _ECHELONS.index(low[1]):  # type: ignore[index]
        return hit
    return replace(hit[0], name=f"{hit[0].name}, {above[0].name}"), above[1]


_ENDS_WITH_LEVEL = re.compile(rf"\s(?:{levels.ANY})$")
# an institution a unit is part of, by its head word ('Bệnh viện Bạch Mai', 'Trường Đại học Vinh', 'Công ty X')
_INSTITUTION_HEAD = re.compile(r"(?:Bệnh viện|Trường|Học viện|Đại học|Viện|Công ty|Tổng công ty|Tập đoàn|Ngân hàng)\s")


def _address_of(before: OrgRef, unit: OrgRef) -> bool:
    """Whether `unit` is a wider administrative unit than the recipient before it (its district or province)."""
    if unit.kind != "AdministrativeUnit" or unit.level not in _LEVELS:
        return False
    return _wider(unit.level, before.level)


def _wider(level: str, than: str | None) -> bool:
    """Whether an administrative level is wider than another, or than a body's of no such level (a unit's)."""
    return than not in _LEVELS or _LEVELS.index(level) > _LEVELS.index(than)


def _named_at(doc: Document, start: int, end: int) -> tuple[OrgRef, int] | None:
    """The body or unit named at `start` (as `named` reads it), and where its name ends."""
    spans = [s for s in agents(doc, start, end) if s.start == start]
    spans += [s for s in doc.spans("places", start, end) if s.start == start]
    if not spans:  # a unit no body rule reads, by a name ('cho Đội Cảnh sát hình sự, Đội Cảnh sát giao thông')
        if (task := _TASK_UNIT.match(doc.text, start, end)) is not None:
            return _unit_at(doc, start, task.end()), task.end()  # (or by its task alone: 'cho Ban chuyên án, Phòng X')
        unit = _UNIT_NAMED.match(doc.text, start, end)
        if unit is None or not _PROPER_AFTER_HEAD.search(unit[0]):
            return None
        return _unit_at(doc, start, unit.end()), unit.end()
    span = max(spans, key=lambda s: s.end)
    org = named(doc, span.start, span.end, at_start=True)
    return (org, span.end) if org is not None else None


_UNPLACED_LEVELS = {"huyện": "district", "thị xã": "district", "quận": "district", "tỉnh": "province"}


def own_place(doc: Document, head: str) -> OrgRef | None:
    """'Năm 2023, thôn được công nhận danh hiệu Thôn văn hóa': the one unit of that level word the headline or the
    lead sentence names ('thôn Phú Xuân'); None if they name none, or two."""
    lead = doc.lead_sentence()
    end, word = lead.end if lead else doc.body_start, " ".join(head.casefold().split())
    # the communes and wider units the places layer holds; a hamlet by its name ('thôn Phú Xuân', 'ấp 3')
    told = set()
    for sent in (s for s in doc.sentences if s.end <= end):
        told |= {(p.start, p.end, sent.end) for p in doc.spans("places", sent.start, sent.end)}
        told |= {(sent.start + m.start(), sent.start + m.end(), sent.end) for m in _HAMLET_NAMED.finditer(sent.text)}
    names = {doc.text[a:b].casefold(): (a, e) for a, b, e in told if doc.text[a:b].casefold().startswith(word + " ")}
    if not names and word in _UNPLACED_LEVELS:
        # 'UBND huyện Bảo Lâm' where two districts have that name: the unit its bodies are placed in, as written
        places = {o.value.place for o in doc.spans("orgs", 0, end) if o.value.unit_code is None and o.value.place}
        places = {p for p in places if p.casefold().startswith(word + " ")}
        return OrgRef(places.pop(), "AdministrativeUnit", None, _UNPLACED_LEVELS[word]) if len(places) == 1 else None
    if len(names) != 1:
        return None
    found = _named_at(doc, *next(iter(names.values())))
    if found and found[0].unplaced and found[0].name[: len(word)] != word:  # 'Thôn Nà Pàn ...' opening the headline
        return unit_as_written(word + found[0].name[len(word) :])
    return found[0] if found else None


# 'cho em Cao Văn Đức', 'cho nam sinh A', 'cho các Bà mẹ: A, B và C': people named as the recipients
_FOR_PEOPLE = lexicon.cue("for-people")


def people_given(doc: Document, after: int, end: int) -> list[str]:
    """The people an award is given to by name after `after` ('cho em Cao Văn Đức'; 'cho các Bà mẹ: A, B và C')."""
    m = _FOR_PEOPLE.search(doc.text, after, end)
    if not m:
        return []
    people = [s for s in doc.spans("people", m.start(), end)]
    if not people or people[0].start - m.end() > 30:
        return []
    if not m["many"] and not m["colon"]:  # one name, or names joined to it ('cho Trần Văn A và Lê Văn B')
        joined = [people[0]]
        for nxt in people[1:]:
            if not _listed_apart(doc, joined[-1].end, nxt.start):
                break
            joined.append(nxt)
        return list(dict.fromkeys(s.value.name for s in joined))
    return list(dict.fromkeys(s.value.name for s in people))


_RECEIVED = prescanned(lexicon.cue("passive-given"))  # (read in every clause: prescanned)
_ADVERBS = lexicon.cue("subject-adverbs")
_HAS = re.compile(r"\scó\s+")
_SHARE_OF_MEMBERS = re.compile(r"(?:\d[\d.,]*\s*%|\d|(?:hơn|trên|gần|nhiều|các|những)\s)", re.I)
_SUBJECT_LEAD = lexicon.cue("subject-lead")
# a sentence that opens with its passive ('Được ...', 'Vinh dự được ...', 'Sau khi được ...'); ends with 'được'
_FRONTED = re.compile(rf"(?:{lexicon.cue('feeling').pattern}(?:\s+(?:khi|vì))?\s+|(?:sau\s+)?khi\s+)?(?:vừa\s+|đã\s+)?được(?!\w)", re.I)
# a clause that opens with the receiving, its subject after the award ('Vinh dự đón nhận Huân chương ..., Trường X ...')
_FRONTED_RECEIVING = re.compile(rf"(?:{lexicon.cue('feeling').pattern}\s+)?(?:đón nhận|nhận)\s", re.I)
# between two people of one list: what is said of the first in brackets (or its closing bracket, where the title in
# it is the person's), then a comma or 'và'
# ('cô giáo A (Trường X) và thầy giáo B': after an honorific, a rank or a calling, as people are named)
_PEOPLE_APART = re.compile(r"\s*\)?\s*(?:\([^()]{0,80}\))?\s*(?:[,;]\s*(?:và\s+)?|và|cùng)\s*(?:" + HONORIFIC.pattern + ")?", re.I)
# (or past the rest of a title the first one's chain could not place, or a calling after a comma, up to 'và' or a
# comma or semicolon and the next one's honorific: 'ông A, Chủ tịch Hội Cựu chiến binh xã và bà B', 'cô A, giáo viên Trường THCS X
# và thầy B', 'cô A, giáo viên Trường X thuộc huyện Y; thầy B'; no verb among its words)
_NOT_IN_TITLE = r"(?!(?:được|đã|là|cho|có|tặng|trao|nhận|và|cùng|" + lexicon.cue("part-spoke").pattern + r")(?!\w))"
_TITLE_REST_APART = re.compile(
    rf"(?:\s+{_NOT_IN_TITLE}[^\s,;()]+){{1,12}}(?:\s+và|\s*;)\s+(?:{HONORIFIC.pattern})"
    rf"|,(?:\s+{_NOT_IN_TITLE}[^\s,;()]+){{1,12}}(?:\s+và|\s*[,;])\s+(?:{HONORIFIC.pattern})",
    re.I,
)


# (or each one's own sum of money: 'thưởng 100 triệu đồng cho em A, 60 triệu đồng cho em B')
_MONEY_APART = re.compile(
    r"\s*,\s*(?:và\s+)?\d[\d.,]*\s*(?:triệu|nghìn|ngàn|tỷ)?\s*(?:đồng|đ)\s+cho\s+(?:" + HONORIFIC.pattern + ")?", re.I
)


def _listed_apart(doc: Document, before: int, after: int) -> bool:
    """Whether text[before:after] parts two people of one list."""
    return bool(
        _PEOPLE_APART.fullmatch(doc.text, before, after)
        or _TITLE_REST_APART.fullmatch(doc.text, before, after)
        or _MONEY_APART.fullmatch(doc.text, before, after)
    )


# what may stand between a verb of receiving and its award: 'nhận danh hiệu “Nhà giáo Ưu tú”'
_RIGHT_BEFORE_AWARD = re.compile(r"\s{1,3}(?:danh hiệu\s+)?[“\"]?")


# (after the vote that ranked it, in the passive: 'phường A và phường B được suy tôn là đơn vị dẫn đầu')
_RANKED_AS = re.compile(r"(?<!\w)(?:được\s+(?:bình xét,?\s+)?(?:suy tôn|bình chọn|bầu chọn|lựa chọn)\s+)?là\s+(?:một\s+)?$")


# 'huyện A xếp thứ nhất', 'xã B dẫn đầu Khối': the ranking is its own verb
_PLACED_RANK = re.compile(r"(?:xếp|đứng)\s+thứ\s|(?:dẫn đầu|đứng đầu)\s+(?:cụm|khối)(?!\w)", re.I)


def ranked_as(clause: str, award_start: int) -> re.Match[str] | None:
    """'Cục X là đơn vị dẫn đầu Khối thi đua': the 'là' that says the subject holds the bloc's ranking right after it
    (or the ranking's own verb: 'huyện A xếp thứ nhất Khối', 'xã B dẫn đầu Cụm')."""
    if (placed := _PLACED_RANK.match(clause, award_start)) is not None:
        return placed
    ranked = _RANKED_AS.search(clause, max(0, award_start - 40), award_start)
    return ranked if ranked and clause[award_start:].lower().startswith("đơn vị") else None


_GIVEN_RIGHT_BEFORE = re.compile(
    r"(?<!\w)được\s+(?:(?:(?:trao|truy|phong)\s+)?tặng(?:\s+thưởng)?|công nhận(?:\s+đạt)?|suy tôn|tôn vinh)\s+(?:danh hiệu\s+|là\s+)?[“\"]?$"
)


def _receiving(clause: str, first_award: int) -> re.Match[str] | None:
    """The verb before the clause's first award that makes its subject the recipient: a verb of receiving or a bare
    'được' right before the award ('nhận Bằng khen', 'được Bằng khen', 'nhận danh hiệu Nhà giáo Ưu tú'; not 'nhận
    định, ... Bằng khen'), or a passive giving anywhere before it ('được UBND tỉnh tặng ... Bằng khen')."""
    if ranked := ranked_as(clause, first_award):
        return ranked  # 'Cục X là đơn vị dẫn đầu Khối thi đua, được Bộ trưởng tặng Cờ thi đua': the bloc's ranking
    for m in _RECEIVED.finditer(clause):
        if first_award < m.end():
            # ('X được tặng Bằng khen và được tặng Cờ thi đua của Y': the first 'được tặng' with no agent, right before
            # the first award, not an agent that runs over it to the second)
            return _GIVEN_RIGHT_BEFORE.search(clause, 0, first_award)
        if not (m["receive"] or m["bare"] or m["commended"]) or _RIGHT_BEFORE_AWARD.fullmatch(clause, m.end(), first_award):
            return m
    return None


def people_listed_at(doc: Document, start: int, end: int) -> list[str]:
    """The people a list opening at `start` names ('ông A (sinh năm 1980) và anh B'), the first right there or after
    its honorific; [] where no one opens it."""
    s, e = strip_range(doc, start, end, " ")
    people = doc.spans("people", s, e)
    if not people or not (people[0].start == s or LIST_HONORIFIC.fullmatch(doc.text, s, people[0].start)):
        return []
    return _people_listed(doc, people, e)


def _people_listed(doc: Document, people: list, end: int) -> list[str]:
    """The names of a list of people that opens a subject ('ông A (xã X) và bà B'), the first one's alone if no list."""
    names = [people[0].value.name]
    for before, after in pairwise(people):
        if not _listed_apart(doc, before.end, after.start) or after.end > end:
            break
        names.append(after.value.name)
    return list(dict.fromkeys(names))


# 'Tập thể Phòng X và ông A': the word for a collective before a body, and the conjunction joining people to it
_COLLECTIVE_WORD = re.compile(r"(?i:tập thể)\s+")
_JOINED_TO = re.compile(r"\s*(?:và|cùng)\s+")


def body_and_people(doc: Document, start: int, end: int) -> tuple[OrgRef, list[str]] | None:
    """'(Tập thể) Phòng Tài chính - Kế hoạch thị xã và ông A, Trưởng phòng được tặng Bằng khen': the body that opens
    the subject in text[start:end], and the people joined to it after 'và' (each with their titles); None otherwise."""
    word = _COLLECTIVE_WORD.match(doc.text, start, end)
    first = word.end() if word else start
    bodies = [o for o in doc.spans("orgs", first, end) if o.start == first]
    if not bodies:
        return None
    body = max(bodies, key=lambda o: o.end)
    joined = _JOINED_TO.match(doc.text, body.end, end)
    people = doc.spans("people", joined.end(), end) if joined else []
    if not people or not (people[0].start == joined.end() or LIST_HONORIFIC.fullmatch(doc.text, joined.end(), people[0].start)):
        return None
    return body.value, _people_listed(doc, people, end)


def joined_to_receiver(
    doc: Document, start: int, end: int, first_award: int, time_lead: re.Pattern[str]
) -> tuple[OrgRef, list[str]] | None:
    """The body the clause text[start:end] opens its receiving subject with, and the people joined to it
    (body_and_people), the subject ending where named_recipient ends it: at the verb of receiving its first award."""
    clause = doc.text[start:end]
    m = _receiving(clause, first_award)
    return body_and_people(doc, start + time_lead.match(clause).end(), start + m.start()) if m else None


def named_recipient(
    doc: Document, start: int, end: int, first_award: int | None, time_lead: re.Pattern[str]
) -> OrgRef | str | tuple[str, ...] | tuple[OrgRef, ...] | None:
    """'Huyện Đầm Hà được đề nghị tặng Cờ thi đua ...': the one named unit, body or person of the clause text[start:end]
    who receives its first award ('X được tặng', 'X nhận', 'X vinh dự đón nhận', 'X được Bằng khen').

    A person is returned as their name, several people listed as the subject as their names; a body or unit as an
    OrgRef.
    """
    clause = doc.text[start:end]
    if first_award is None:
        return None
    if (said := _SPEAKER.match(clause)) is not None and said.end() < first_award:
        people = doc.spans("people", start, start + said.end())
        if people and people[0].start - start <= 12:
            # 'Ông A, Chủ tịch UBND xã X: Năm 2023, xã được UBND huyện tặng Giấy khen': who speaks in an interview
            # receives nothing; what they say is read on its own
            return named_recipient(doc, start + said.end(), end, first_award - said.end(), time_lead)
    opening = time_lead.match(clause).end()
    fronted = _FRONTED.match(clause, opening)
    if fronted:  # 'Được Chủ tịch nước tặng ..., tập thể Trường X phấn khởi': the subject after the award's phrase
        verb = fronted.end() - len("được")  # read with the verb in lower case, as the cue spells it
        m = _receiving(clause[:verb] + "được" + clause[fronted.end() :], first_award)
        if m and m.start() == verb:
            return _fronted_subject(doc, start, end, doc.spans("awards", start + first_award, end)[0].end)
    received = _FRONTED_RECEIVING.match(clause, opening)
    if received and clause[received.end() : first_award].strip().lower() in ("", "danh hiệu"):
        # 'Đón nhận Bằng khen của Bộ trưởng, cô giáo A xúc động ...': who received it, after the award's phrase
        return _fronted_subject(doc, start, end, doc.spans("awards", start + first_award, end)[0].end)
    m = _receiving(clause, first_award)
    if m is None:
        return None
    return receiver_before(doc, start, start + m.start(), time_lead)


# an interview's speaker before what they say ('Ông A, Chủ tịch UBND xã X: ...')
_SPEAKER = re.compile(r"[^:;.]{3,150}?:\s+")


# a plural object of a verb, right before the verb of receiving ('biểu dương các nhà giáo (đã) được tặng'), not one of a
# list of recipients ('Trường X và các cá nhân được tặng')
# (after a verb, a word in lower case: not inside a name, 'Đảng bộ Khối các cơ quan tỉnh được tặng')
_PLURAL_OBJECT = re.compile(rf"(?<!\S)(?!và |cùng |với )[{LOWER}]+\s(?:các|những)\s+\w+(?:\s+\w+){{0,4}}\s*$")


def receiver_before(
    doc: Document, start: int, verb: int, time_lead: re.Pattern[str]
) -> OrgRef | str | tuple[str, ...] | tuple[OrgRef, ...] | None:
    """The subject before a verb of receiving at `verb` (subject_before), unless it is a person who only speaks of
    or to those who receive."""
    if _PLURAL_OBJECT.search(doc.text, max(start, verb - 60), verb):
        # 'Sở X tổ chức gặp mặt, biểu dương các nhà giáo được tặng danh hiệu ...': those the verb before speaks of
        # receive it, not the subject of that verb
        return None
    clause = doc.text[start:verb]
    if (achieved := _ACHIEVEMENT_OF.match(clause, time_lead.match(clause).end())) is not None:
        # 'Thành tích của nhà trường được ghi nhận bằng Bằng khen ...': whose achievement is rewarded receives it
        return subject_before(doc, start + achieved.end(), verb, time_lead)
    found = subject_before(doc, start, verb, time_lead)
    if not isinstance(found, str):
        return found
    person = next((p for p in doc.spans("people", start, verb) if p.value.name == found), None)
    said = _REPORTED.search(clause, person.start - start) if person else None
    if said and not _SPEAKER_AGAIN.search(clause, said.end()):
        # 'Ông A, Trưởng thôn cho biết năm nay thôn có 95% hộ đạt ...': the speaker receives nothing; who they say
        # receives it does ('Bà A cho biết, anh B được tuyên dương')
        return receiver_before(doc, start + said.end(), verb, time_lead)
    if person and (addressed := _ADDRESSING.search(clause, person.end - start)):
        # 'Ông A chúc mừng các hội viên được nhận Kỷ niệm chương': those A speaks to receive it, not A; one of them by
        # name if A names them ('chúc mừng bà B được nhận')
        spoken_to = [p.value.name for p in doc.spans("people", start + addressed.end(), verb)]
        return spoken_to[0] if len(spoken_to) == 1 else None
    opening = time_lead.match(clause).end()
    # (or as its representative, said before the name: 'Đại diện tập thể, ông A nhận Cờ thi đua'; not after it, which
    # sets aside whom they speak for: 'Cô A, đại diện tập thể giáo viên Trường X được tặng Giấy khen')
    if _ON_BEHALF_OF_ALL.search(clause, opening) or (person and _AS_REPRESENTATIVE.search(clause, opening, person.start - start)):
        # 'Ông A, Giám đốc Học viện thay mặt tập thể đón nhận Huân chương': the body the person heads receives it
        return _body_headed(doc, person.start, person.value) if person else None
    if person and _FOR_THOSE.search(clause, person.end - start):
        return None  # 'Bà A thay mặt các cá nhân được nhận Kỷ niệm chương phát biểu': those A speaks for received it
    return found


def _body_headed(doc: Document, start: int, person: PersonMention) -> OrgRef | None:
    """The body a person's title chain names last ('Giám đốc Học viện X'), or the one its bare head noun stands for
    ('Giám đốc Học viện' in an article about one)."""
    chain = doc.text[start : person.chain_end]
    for post in reversed(person.posts):
        if post.org is not None:
            return post.org
        at = chain.find(post.role)
        body = body_after_title(doc, start + at + len(post.role)) if at != -1 else None
        if body := body or body_of_bare_title(doc, post.role):
            return body
    return None


# an achievement opening the subject, and 'của' before whose it is ('Thành tích của nhà trường được ghi nhận bằng ...',
# 'Những đóng góp của ông được ...')
_ACHIEVEMENT_OF = re.compile(
    r"\W*(?:[Nn]hững\s+|[Cc]ác\s+)?(?:[Tt]hành tích|[Đđ]óng góp|[Cc]ông lao|[Cc]ống hiến|[Nn]ỗ lực|[Kk]ết quả)"
    r"(?:\s+[^\W\d][^,;:]{0,40}?)?\s+của\s+"
)


# a verb of saying between a subject and a verb of receiving: what follows is what they said
# ... unless they say it of themself ('Ông A cho biết, năm nay ông được tặng Giấy khen')
_SPEAKER_AGAIN = re.compile(r"(?<!\w)(?:ông|bà|anh|chị|tôi|em|mình)\s+(?:(?:đã|cũng|vừa|vinh dự|rất vui khi)\s+)*$")
# verbs by which a person reports what others did ('Ông A cho biết, ...'): what follows is said, not done
REPORTING_VERBS = "cho biết|cho hay|thông tin|chia sẻ|khẳng định|nhấn mạnh|nói"
_REPORTED = re.compile(rf"(?<!\w)(?:{REPORTING_VERBS})(?!\w)")


# a verb by which a subject speaks to or of others before their verb of receiving ('chúc mừng các hội viên được nhận')
_ADDRESSING = re.compile(
    r"(?<!\w)(?:chúc mừng|biểu dương|khen ngợi|ghi nhận|đánh giá cao|động viên|đề nghị|mong|yêu cầu|"
    r"tuyên dương|kêu gọi)(?!\w)"
)


# a person receiving on behalf of their unit ('thay mặt tập thể', 'thay mặt cán bộ, giảng viên nhà trường'): the award
# is the unit's
_WHOLE_UNIT = r"tập thể|đơn vị|nhà trường|toàn thể"  # (the unit as a whole, that one may stand for)
_AS_REPRESENTATIVE = re.compile(rf"(?<!\w)đại diện(?:\s+cho)?\s+(?:{_WHOLE_UNIT})(?!\w)", re.I)
_FOR_THOSE = re.compile(r"(?<!\w)thay mặt(?:\s+cho)?\s+(?:các|những)\s")  # speaking for several others
_ON_BEHALF_OF_ALL = re.compile(
    rf"(?<!\w)thay mặt(?:\s+cho)?\s+(?:{_WHOLE_UNIT}|cán bộ|tập thể cán bộ|lãnh đạo và|giáo dân|nhân dân"
    r"|bà con|người dân|gia đình|hội viên|đoàn viên|đảng viên)(?!\w)",
    re.I,
)


_COMMA = re.compile(r",\s*")


# ('A và B lần lượt được tặng Cờ thi đua và Bằng khen': each, one award after another; 'A và B cùng được tặng': both)
_EACH_BEFORE = re.compile(r"\s+(?:mỗi\s+(?:đơn vị|tập thể|cá nhân|người|em|đồng chí)|đều|cùng|lần lượt|tương ứng)\s*$")


# a district or province after a comma at the end of a subject ('..., huyện Trảng Bom vinh dự'), its adverbs after it
_PLACE_NAME = rf"[{UPPER}][\w']*(?:\s+[{UPPER}][\w']*){{0,3}}"  # a place's own name after its type word
_ADVERBS_AT_END = r"(?:(?:đã|cũng|còn|vinh dự|rất vinh dự|đều|vừa|tiếp tục|lại)\s*)*$"  # what a subject's verb may follow it with
_VERB_AFTER_COMMA = re.compile(r"\s*,\s*" + _ADVERBS_AT_END)  # a comma, then the verb (after its adverbs)
_LOCATED_AT_END = re.compile(rf",\s*(?:(?:huyện|tỉnh|thành phố|thị xã|quận|TP\.?)\s+{_PLACE_NAME}\s*,?\s*)+" + _ADVERBS_AT_END)
# a place named by its type ('xã Hưng Thịnh'), at the end of what comes before such a district
_TYPED_PLACE_AT_END = re.compile(rf"(?<!\w)(?i:{'|'.join((*levels.COMMUNE_WORDS, *levels.DISTRICT_WORDS))})\s+{_PLACE_NAME}\s*$")


# a unit under a body or a commune, named before it ('Đồn Biên phòng X, BĐBP tỉnh Y', 'Chi bộ thôn 3, xã Đồng Tâm')
_SUBUNIT = re.compile(r"(?:Đồn|Đội|Phòng|Trạm|Chi bộ|Chi đoàn|Chi hội|Tổ|Khoa|Ban|Trung đội|Đại đội|Tiểu đoàn|Hải đội|Chi cục|Chi nhánh)\s")
_COMMUNE_ALONE = re.compile(rf"(?:{'|'.join(levels.COMMUNE_WORDS)})\s+{_PLACE_NAME}")


def _unit_then_above(doc: Document, s: int, e: int) -> int | None:
    """Where a subject's own unit ends, before a comma and the body or commune above it ('Đồn Biên phòng X, BĐBP
    tỉnh Y được tặng', 'Chi bộ thôn 3, xã Đồng Tâm được tặng': the post, the Party cell); None for anything else."""
    comma = doc.text.rfind(",", s, e)
    if comma <= s:
        return None
    rest, _ = strip_range(doc, comma + 1, e, " ")
    adverbs = _ADVERBS.search(doc.text, rest, e)
    rest_end = strip_range(doc, rest, adverbs.start() if adverbs else e, " ")[1]
    above = any(o.start == rest and o.end == rest_end for o in doc.spans("orgs", rest, rest_end))
    if not above and not _COMMUNE_ALONE.fullmatch(doc.text, rest, rest_end):
        return None
    unit = any(o.end == comma and _SUBUNIT.match(o.value.name) for o in doc.spans("orgs", s, comma))
    return comma if unit else None


# a hamlet by its level word and its number or name, all the subject before a comma ('Thôn 3', 'Khóm Nà Pàn')
_HAMLET_BEFORE = re.compile(rf"(?i:{levels.BELOW_COMMUNE})\s+(?:số\s+)?(?:\d+[A-Za-z]?|{_PLACE_NAME})\s*")
_COMMUNE_AT_END = re.compile(
    rf",\s*(?:xã|phường|thị trấn)\s+(?:{_PLACE_NAME}|\d{{1,2}}(?!\w))\s*,?\s*(?:(?:huyện|thành phố|thị xã|quận|TP\.?)\s+{_PLACE_NAME}\s*,?\s*)?"
    + _ADVERBS_AT_END
)


def _placed_before(doc: Document, s: int, comma: int) -> bool:
    """Whether what comes before a district after a comma ends with a place or a body it places ('... Nhân dân xã
    Hưng Thịnh', 'Trường THCS X'), not with a phrase of its own ('Với những thành tích ..., tỉnh X vinh dự được')."""
    if _TYPED_PLACE_AT_END.search(doc.text, s, comma):
        return True
    return any(o.end == comma for o in doc.spans("orgs", s, comma))


def subject_before(
    doc: Document, start: int, verb: int, time_lead: re.Pattern[str]
) -> OrgRef | str | tuple[str, ...] | tuple[OrgRef, ...] | None:
    """The one named unit, body or person (or the people listed) that is the subject of the verb of receiving at
    `verb`, in the clause that starts at `start`."""
    lead = time_lead.match(doc.text[start:verb])
    s, e = strip_range(doc, start + (lead.end() if lead else 0), verb)
    if (
        (has := _HAS.search(doc.text, s, e)) is not None
        and _SHARE_OF_MEMBERS.match(doc.text, has.end())
        and not _VERB_AFTER_COMMA.fullmatch(doc.text, e, verb)
    ):
        # 'Lữ đoàn có 100% cơ quan, đơn vị đạt danh hiệu ...': its members attain it, as many as counted, not it (but 'Bà A
        # có nhiều sáng kiến, được tặng Bằng khen': what the subject has ends at the comma, the subject receives)
        return None
    if (located := _LOCATED_AT_END.search(doc.text, s, e)) is not None and _placed_before(doc, s, located.start()):
        # '..., Đảng bộ, chính quyền và Nhân dân xã X, huyện Y vinh dự được tặng': the district after a comma places
        # the subject named before it, and is not the subject
        return subject_before(doc, start, located.start(), time_lead)
    if (commune := _COMMUNE_AT_END.search(doc.text, s, e)) is not None and (
        any(o.end == commune.start() and o.value.kind == "OtherUnit" for o in doc.spans("orgs", s, commune.start()))
        or _HAMLET_BEFORE.fullmatch(doc.text, s, commune.start()) is not None  # 'Thôn 3, xã Tân Lập đón nhận': the hamlet
    ):
        # 'Trường THCS Kim Đông, xã Kim Mỹ được tặng': the commune after a comma places the school, the hospital or the
        # cooperative named before it (not 'xã A, xã B được tặng', a list)
        return subject_before(doc, start, commune.start(), time_lead)
    if (cut := _unit_then_above(doc, s, e)) is not None:
        return subject_before(doc, start, cut, time_lead)
    if each := _EACH_BEFORE.search(doc.text, s, e):
        e = each.start()  # 'A, B và C mỗi đơn vị nhận Bằng khen': the bodies listed, each receiving
    last_phrase, _ = strip_range(doc, doc.text.rfind(",", s, e) + 1 or s, e, " ")
    if pronoun := _PRONOUN_SUBJECT.fullmatch(doc.text, last_phrase, e):
        return _antecedent(doc, s, pronoun["who"].lower())  # 'Năm 2023, thầy được ...', 'Sau đó, anh ấy được ...'
    listed = _SUBJECT_LEAD.match(doc.text, s, e)
    first = listed.end() if listed else s
    if (place := place_of_joint_organs(doc, first, e)) is not None:
        return place  # 'Đảng ủy, HĐND, UBND xã X tổ chức ... và đón nhận Cờ thi đua': the commune, not its Party committee
    if (unit := _subunit_of_body(doc, first, e)) is not None:
        return unit  # '(Tập thể) lớp 9A, Trường THCS X được tặng': the class, not the school after the comma
    if households := households_at(doc, first, e):
        # 'Gia đình ông A được tặng': the household, collective; 'Hai hộ gia đình ông A và bà B': each
        return households[0] if len(households) == 1 else tuple(households)
    # the person who opens the subject ('Bà A, Chủ tịch UBND xã B được tặng'; 'Đó là ông A (xã X) và ông B được
    # nhận'), or the phrase before the verb ('Vì đã cứu 3 em nhỏ, anh Hoàng Văn Nam được tặng')
    # ('Cũng tại buổi lễ, bà A, Hiệu trưởng nhà trường được tặng': a phrase before it, a title after it)
    if (mixed := body_and_people(doc, first, e)) is not None:
        # 'Phòng X và ông A, Trưởng phòng được tặng': the body (the people are grants of their own), before any of the
        # people after a comma is read as the subject ('Trường X và các em A, B được tặng')
        return mixed[0]
    commas = [m.end() for m in _COMMA.finditer(doc.text, first, e)]
    # the first phrases and the last: a long list before the verb is not read phrase by phrase
    for opening in dict.fromkeys((first, *commas[:3], *commas[-1:])):
        people = doc.spans("people", opening, e)
        # the name right at the opening, or after its honorific ('Đồng chí A được tặng', 'Liệt sĩ A được truy tặng')
        if people and (
            people[0].start - opening <= 6
            or LIST_HONORIFIC.fullmatch(doc.text, opening, people[0].start)
            or _titled_at(doc, opening, people[0].start)  # 'Giám đốc Sở Y tế Nguyễn Văn A được tặng'
            # (or after the calling of a count, its field after it: 'Vận động viên điền kinh Nguyễn Thị A được tặng')
            or _CALLING_BEFORE_NAME.fullmatch(doc.text, opening, people[0].start)
            # (or after the kin who receive it for the dead: 'Thân nhân liệt sĩ A nhận Huân chương ...')
            or _KIN_RECEIVING_FOR.fullmatch(doc.text, opening, people[0].start)
        ):
            names = _people_listed(doc, people, e)
            return names[0] if len(names) == 1 else tuple(names)
    # (not one a person opening the subject speaks for: 'Ông A, đại diện tập thể cán bộ ... được tặng')
    if (staff := _STAFF_OF_BODY.search(doc.text, s, e)) is not None:
        # '..., tập thể cán bộ, giáo viên Trường Mầm non X đã được tặng': the staff of a body, the body as a collective
        if staff["bare"]:
            return own_body(doc, staff["bare"])
        adverbs = _ADVERBS.search(doc.text, staff.end(), e)
        return named(doc, *strip_range(doc, staff.end(), adverbs.start() if adverbs else e, " "), at_start=True)
    # (without the adverbs before the verb: 'xã A và xã B vinh dự được tặng')
    listed_end = adverbs.start() if (adverbs := _ADVERBS.search(doc.text, first, e)) is not None else e
    units = _bodies_listed(doc, first, listed_end)
    # (after a phrase of its own: 'Qua 5 năm thực hiện, A và B được'; the first phrases only, as for people above)
    for after_comma in commas[:3] if units is None else ():
        if (units := _bodies_listed(doc, after_comma, listed_end)) is not None:
            break
    if units is not None:
        return units  # 'Quận 1 và thành phố Thủ Đức được tặng Cờ thi đua': each of the bodies the subject lists
    # 'Với những thành tích ..., tỉnh Bắc Kạn vinh dự': the last phrase, without its adverbs; else a body that
    # opens the subject before a phrase set off by commas ('Trường X, với thành tích năm học 2022 - 2023, được tặng')
    comma = doc.text.rfind(",", s, e)
    while comma != -1 and doc.text.rfind("(", s, comma) > doc.text.rfind(")", s, comma):
        comma = doc.text.rfind(",", s, comma)  # 'Trường X (phường Y, quận 7) tổ chức ...': a comma in brackets parts nothing
    # nor one inside a body's name ('Với những thành tích ..., Đảng bộ, chính quyền và Nhân dân xã X vinh dự được')
    while comma != -1 and (inside := next((o for o in doc.spans("orgs", s, e) if o.start < comma < o.end), None)) is not None:
        comma = doc.text.rfind(",", s, inside.start)
    # (past a conjunction that opens it: '..., còn Trường X được tặng Bằng khen')
    last = _last_phrase_subject(doc, comma + 1 if comma != -1 else first, e, time_lead)
    bare = _BARE_UNIT_SUBJECT.fullmatch(doc.text, *strip_range(doc, comma + 1 if comma != -1 else first, e, " "))
    if last is None and bare is not None:
        # '(Sau đó,) Ban chuyên án được Giám đốc Công an tỉnh khen thưởng': the team named in full before, or as written
        fuller = told_in_full_before(doc, bare["head"].lower(), first)
        return unit_as_written(fuller or bare["head"][:1].upper() + bare["head"][1:])
    opening_comma = doc.text.find(",", first, e)
    if last is None and opening_comma != -1:
        return named(doc, *strip_range(doc, first, opening_comma, " "), at_start=True)
    brand = _BRAND_AT_PLACE.fullmatch(doc.text, *strip_range(doc, first, e, " ")) if last is None else None
    if brand and gazetteer().is_place_name(brand["place"]):
        return unit_as_written(brand.group(0))  # 'Viettel Thanh Hóa vinh dự đón nhận ...': a company's branch by brand and place
    return last


_ORGANS_JOINED = re.compile(r"\s*(?:,|[-–]|và)\s*")


def place_of_joint_organs(doc: Document, start: int, end: int) -> OrgRef | None:
    """The place whose organs, listed jointly, open the subject at `start` ('Huyện ủy - HĐND - UBND huyện X', 'Đảng ủy,
    HĐND, UBND xã X': the place after the last is every organ's): they act for the place, which receives what they
    receive; None where one body alone opens it."""
    bodies = agents(doc, start, end)
    if not bodies or bodies[0].start != skip_space(doc.text, start):
        return None
    run = 1
    while (
        run < len(bodies)
        and BARE_ORGAN.fullmatch(doc.text, bodies[run - 1].start, bodies[run - 1].end)
        and _ORGANS_JOINED.fullmatch(doc.text, bodies[run - 1].end, bodies[run].start)
    ):
        run += 1
    last = bodies[run - 1]
    organs = [b.value for b in bodies[:run]]
    # (each of one place: its level and unit, and its name where the organ names it; a Party committee may not)
    if run < 2 or len({(o.unit_code, o.level) for o in organs}) != 1 or len({o.place for o in organs} - {None}) != 1:
        return None
    where = [p for p in doc.spans("places", last.start, last.end) if p.end == last.end]
    return named(doc, where[0].start, last.end, at_start=True) if where else None


# a calling that counts people ('vận động viên', 'VĐV', 'học sinh'), then a few words of its field in lower case, right
# before a person's name
_CALLING_BEFORE_NAME = re.compile(rf"\s*(?i:{NOUN_RE})(?:\s+[{LOWER}]+){{0,3}}\s*")
# the kin, or their representative, who receive an award for the one they name, who has died ('Thân nhân liệt sĩ A', 'Đại
# diện gia đình cố đồng chí A'; not the household itself: 'Gia đình ông A được tặng', a collective)
_KIN_RECEIVING_FOR = re.compile(
    r"\s*(?:[Tt]hân nhân|[Đđ]ại diện\s+(?:thân nhân|gia đình))(?:\s+của)?\s+(?:(?:liệt sĩ|cố|[Mm]ẹ|[Bb]à mẹ)\s+)?"
    rf"(?:(?:ông|bà|đồng chí|[Đđ]/c|(?i:{RANKS}))\s+)?"  # (by the ranks people are called by: 'cố Thiếu tướng A')
)


def _titled_at(doc: Document, opening: int, name: int) -> bool:
    """Whether text[opening:name] is a title chain, its holder's name right after it."""
    at = skip_space(doc.text, opening)
    return any(t.start == at and skip_space(doc.text, t.end) == name for t in doc.spans("titles", at, name))


# a person told of before, as the subject by a pronoun of kinship or respect ('thầy', 'chị', 'ông ấy'), and the adverbs
# before the verb ('Năm 2023, thầy vinh dự được ...')
_PRONOUN_SUBJECT = re.compile(
    r"(?P<who>[Tt]hầy|[Cc]ô|[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Ee]m|[Cc]háu)(?:\s+giáo)?(?:\s+ấy)?"
    r"(?:\s+(?:cũng|đã|vừa|còn|tiếp tục|vinh dự|rất vinh dự|được)(?!\w))*"
)


_FEMALE, _MALE = frozenset({"cô", "bà", "chị"}), frozenset({"thầy", "ông", "anh"})
_ANTECEDENT_REACH = 600  # characters back to the person a pronoun stands for


def pronoun_person(doc: Document, start: int, end: int) -> str | None:
    """The person text[start:end] stands for when it is a pronoun of kinship or respect and its adverbs ('Ông cũng',
    'Bà đã'): the last one named before it (`_antecedent`)."""
    pronoun = _PRONOUN_SUBJECT.fullmatch(doc.text, *strip_range(doc, start, end, " "))
    return _antecedent(doc, start, pronoun["who"].lower()) if pronoun else None


def _antecedent(doc: Document, at: int, pronoun: str) -> str | None:
    """The person a pronoun at `at` stands for: the last one named before it, near enough, of its sex where the
    pronoun and the name tell it ('thầy' is not 'Nguyễn Thị A')."""
    before = doc.spans("people", max(0, at - _ANTECEDENT_REACH), at)
    if not before:
        return None
    words = before[-1].value.name.split()
    if (pronoun in _FEMALE and "Văn" in words) or (pronoun in _MALE and "Thị" in words):
        return None
    return before[-1].value.name


_LIST_JOIN = re.compile(r"\s*,\s*|\s+và\s+|\s+cùng(?:\s+với)?\s+")  # ('xã A cùng xã B được tặng': both)


def unit_named_whole(doc: Document, start: int, end: int) -> OrgRef | None:
    """A unit no body rule reads, named by the whole of text[start:end] ('Khu phố 3', 'Đội Cảnh sát hình sự'), as
    the article writes it; else None."""
    if _HAMLET_NAMED.fullmatch(doc.text, start, end) or _UNIT_NAMED.fullmatch(doc.text, start, end):
        return _unit_at(doc, start, end)
    return None


def _bodies_listed(doc: Document, start: int, end: int) -> tuple[OrgRef, ...] | None:
    """The bodies or units a subject lists, each phrase of the list one named whole ('xã A, xã B và thị trấn C', or
    with commas alone, 'Trường A, Trường B'); None unless there are two or more and nothing else stands between them."""
    text = doc.text[start:end]
    joined = " và " in text or " cùng " in text
    if not joined and "," not in text:
        return None
    found: list[OrgRef] = []
    bounds = [0, *(x for m in _LIST_JOIN.finditer(text) for x in (m.start(), m.end())), len(text)]
    for a, b in zip(bounds[::2], bounds[1::2], strict=True):
        s, e = strip_range(doc, start + a, start + b, " ")
        spans = [x for x in (*doc.spans("orgs", s, e), *doc.spans("places", s, e)) if x.start == s and x.end >= e]
        part = named(doc, s, e, at_start=True) if spans else None
        part = part or unit_named_whole(doc, s, e)  # 'Khu phố 3 và Khu phố 7 được tuyên dương'
        if part is None:
            return None
        found.append(part)
    if not joined and len({(p.kind, p.level if p.kind == "AdministrativeUnit" else None) for p in found}) > 1:
        return None  # commas alone list bodies of one kind ('Trường A, Trường B được tặng'); 'Trường A, xã B' places A
    return tuple(found) if len(found) >= 2 else None


def _last_phrase_subject(doc: Document, s: int, e: int, time_lead: re.Pattern[str]) -> OrgRef | str | None:
    """The named unit or body that the subject's last phrase is, without its lead and adverbs."""
    s, e = strip_range(doc, s, e, " ")
    phrase_lead = time_lead.match(doc.text[s:e])  # 'Được biết, năm nay Trường X được tặng'
    s += phrase_lead.end() if phrase_lead else 0
    adverbs = _ADVERBS.search(doc.text[s:e])
    s, e = strip_range(doc, s, s + adverbs.start() if adverbs else e, " ")
    if merits := _MERITS_OF.match(doc.text, s, e):
        s = merits.end()  # 'Những đóng góp của xã X đã được ghi nhận bằng Bằng khen': X's merits, X receives
    if (bracket := _BRACKET_AFTER.search(doc.text, s, e)) and bracket.start() > s:
        e = bracket.start()  # 'Trường THPT Quế Võ số 1 (huyện Quế Võ) vừa được ...': where it is, in brackets
    if (merit := _ACHIEVED_AFTER.search(doc.text, s, e) or _NAMED_AS_AFTER.search(doc.text, s, e)) and merit.start() > s:
        # 'Hội CCB huyện có thành tích xuất sắc trong phong trào thi đua nên được ...': what it did; 'xã X được bình chọn là
        # xã văn hóa tiêu biểu và nhận ...': what it was named
        e = merit.start()
    subject = doc.text[s:e]
    whole = [o for o in agents(doc, s, e) if o.start == s and o.end == e]
    if whole:
        return whole[0].value  # one body named in full, however long its name ('Ban Trị sự Giáo hội Phật giáo ...')
    if not subject or len(subject) > 50 or re.match(r"(?:các|những|nhiều|có)\b", subject, re.I):
        return None
    has = _HAS.search(subject)  # 'Cụm thi đua số 3 có huyện X được tặng': the member named after 'có' receives it
    if has and (member := named(doc, s + has.end(), e, at_start=True)) is not None:
        return member
    kind = _COLLECTIVE_OF.match(subject)
    if kind:  # 'Tập thể Trường X được tặng', 'Tập thể lớp 12A1 Trường X được tặng': the collective after its kind
        return named(doc, s + kind.end(), e, at_start=True) or _unit_at(doc, s + kind.end(), e)
    if (found := named(doc, s, e, at_start=True) or _own_unit(doc, subject) or own_body(doc, subject)) is not None:
        return found
    # 'Chi đoàn thôn Tân Lập được tặng': a unit no body rule reads, by a name ('Đội tuyển bóng đá huyện' names none)
    unit = _UNIT_NAMED.fullmatch(doc.text, s, e)
    return _unit_at(doc, unit.start(), unit.end()) if unit and _PROPER_AFTER_HEAD.search(unit.group(0)) else None


# what the subject achieved, said after it and before the verb of receiving ('... có thành tích xuất sắc trong ... nên')
_ACHIEVED_AFTER = re.compile(r"\s+(?:đã\s+)?" + lexicon.cue("achieved").pattern + r"[^,;]{0,120}?(?:\s+(?:nên|và))?$")
_NAMED_AS_AFTER = re.compile(r"\s+(?:đã\s+)?được\s+(?:bình chọn|công nhận|suy tôn|chọn)\s+là\s+[^,;]{2,80}?\s+(?:và|nên)$")
_BRACKET_AFTER = re.compile(rf"\s*\((?:{levels.ANY})\s[^()]{{1,50}}\)\s*$", re.I)  # a place in brackets, not a body
# a team named by its task alone, the list going on right after it ('cho Ban chuyên án, Phòng X và 5 cán bộ')
_TASK_UNIT = re.compile(
    r"(?:Ban chuyên án|Tổ (?:công tác|tuần tra|cứu hộ|cứu nạn|xung kích)|Đội (?:tuần tra|xung kích|cứu hộ))(?=\s*(?:[,;]|và\s))"
)
_PROPER_AFTER_HEAD = re.compile(rf"\s(?:[{UPPER}]|\d+[A-Z\d]*(?!\w))")  # (or a number: 'Ban chuyên án 224X', 'Đội 3', 'Lớp 12A1')
# a brand in Latin letters, then a province's name ('Viettel Thanh Hóa', 'VNPT Hà Giang', 'Agribank Cà Mau')
_BRAND_AT_PLACE = re.compile(rf"(?P<brand>[A-Z][A-Za-z0-9&]{{2,15}})\s+(?P<place>[{UPPER}][\w']*(?:\s+[{UPPER}][\w']*){{0,3}})")
_MERITS_OF = re.compile(
    r"(?:[Nn]hững|[Cc]ác)?\s*(?:đóng góp|thành tích|nỗ lực|cống hiến|kết quả)(?:\s+(?:đó|này|to lớn|xuất sắc))?\s+(?:của\s+)"
)
_BARE_LEVEL = re.compile(rf"(?:{levels.UNIT})", re.I)


def _own_commune(doc: Document, subject: str) -> tuple[str, str | None] | None:
    """A commune's level word alone ('phường', 'xã') where the article is about a commune of that word: its name, and
    its district's code."""
    commune, word = doc.place.commune, subject.strip().casefold()
    if commune and word in levels.COMMUNE_WORDS and commune.casefold().startswith(word + " "):
        return commune, doc.place.district.code if doc.place.district else None
    return None


def _own_unit(doc: Document, subject: str) -> OrgRef | None:
    """'Huyện được Nhà nước phong tặng danh hiệu ...': a level word alone is the article's unit of that level."""
    if (ward := _own_commune(doc, subject)) is not None:
        # 'Năm 2023, phường được UBND thành phố tặng Giấy khen': the article's ward
        return OrgRef(ward[0], "AdministrativeUnit", None, "commune", parent=ward[1])
    if not _BARE_LEVEL.fullmatch(subject):
        return None
    unit = doc.place.unit_for_level(subject)
    return OrgRef(unit.label, "AdministrativeUnit", unit.code, unit.level) if unit else None


def _fronted_subject(doc: Document, start: int, end: int, award_end: int) -> OrgRef | str | None:
    """The subject after the phrase a fronted passive gives ('Được UBND tỉnh tặng Bằng khen, anh A cho biết')."""
    comma = doc.text.find(",", award_end, end)
    return opening_recipient(doc, comma + 1, end) if comma != -1 else None


def opening_recipient(doc: Document, start: int, end: int) -> OrgRef | str | None:
    """The one who opens text[start:end]: a person at the opening (after an honorific), a 'tập thể X', or a body
    named first; else none."""
    s, e = strip_range(doc, start, end, " ")
    people = doc.spans("people", s, e)
    if people and (people[0].start - s <= 6 or HONORIFIC.fullmatch(doc.text, s, people[0].start)):
        return people[0].value.name
    kind = _COLLECTIVE_OF.match(doc.text, s, e)
    if (unit := _subunit_of_body(doc, s, e)) is not None:
        return unit  # '(Tập thể) lớp 9A, Trường THCS X': the class, not the school after the comma
    if kind:
        s = kind.end()  # ('tập thể Trường X', 'tập thể lớp 9A2': the body, or the unit, after its kind)
    found = named(doc, s, e, at_start=True)
    if found is None and (unit := _UNIT_NAMED.match(doc.text, s, e)):
        # 'khen thưởng đột xuất cho Đội Cảnh sát hình sự Công an huyện X'
        return _unit_at(doc, unit.start(), unit.start() + len(unit.group(0).rstrip(".,;:")))
    return found


_MAYBE_COLLECTIVE_WORD = re.compile(r"(?:[Tt]ập thể\s+)?")
# a unit by its head noun in lower case and its number or name, then the body it is of ('lớp 9A, Trường THCS X', 'tổ 3,
# Công an phường Y')
_SUBUNIT_THEN_BODY = re.compile(
    rf"(?P<head>[Ll]ớp|[Tt]ổ|[Đđ]ội|[Kk]hoa|[Pp]hòng|[Bb]an|[Cc]hi bộ|[Cc]hi đoàn)\s+(?P<id>[\w./-]*\d[\w./-]*|[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{0,3}})\s*,\s*"
)


def _subunit_of_body(doc: Document, pos: int, end: int) -> OrgRef | None:
    """'lớp 9A, Trường THCS X' at `pos`: the class of the body named after it (not the body), by its name as written
    with the body's in full."""
    unit = _SUBUNIT_THEN_BODY.match(doc.text, _MAYBE_COLLECTIVE_WORD.match(doc.text, pos, end).end(), end)
    body = next((o for o in doc.spans("orgs", unit.end(), end) if o.start == unit.end()), None) if unit else None
    if unit is None or body is None:
        return None
    return unit_as_written(f"{unit['head'][:1].upper()}{unit['head'][1:]} {unit['id']} {body.value.name}")


# 'Tập thể' before a named collective or a unit by its head noun (a class, a team, a ward's group); 'Chi nhánh' before
# the bank a province's branch is told by ('Chi nhánh NHCSXH tỉnh được tặng': the province's bank)
_COLLECTIVE_OF = re.compile(
    # (or 'đơn vị' before a body's name: 'Đơn vị Bộ Chỉ huy Quân sự tỉnh được ...'; not a title: 'Đơn vị Quyết thắng')
    rf"[Tt]ập thể\s+(?=[{UPPER}]|(?:lớp|tổ|đội|khoa|phòng|ban|chi bộ|chi đoàn)\s+\S)"
    rf"|[Đđ]ơn vị\s+(?=[{UPPER}])(?!(?:Quyết thắng|Anh hùng|Tiên tiến|Dẫn đầu|Văn hóa)(?!\w))|[Cc]hi nhánh\s+(?=Ngân hàng|NHCSXH|NHNN|NHNo|Agribank|Vietcombank|VietinBank|BIDV)"
)
