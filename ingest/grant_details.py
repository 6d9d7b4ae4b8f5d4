"""What else a grant's sentence says about it: posthumous, the decision, the proposer, the campaign it rewards.

Reads facts.grants (their evidence sentences), facts.events, facts.campaigns and the orgs layer; writes the
grant fields named (a list of recipients after their count: `name_listed`, which the grants' reader calls before it
merges a grant told twice, and a list in the sentence after), posthumous, decision_number, decision_date, date (of a grant
given at no event), proposer, status_cue and campaign, and clears a period that ends years after the grant (a plan's,
not the achievement's: read once the grant's date is known). Each rule reads the grant's own sentence, and a sentence before
it only where the grant's points back to it ('Theo đó, ...': its decision; 'Cùng ngày, ...': its day), so a detail is
never carried from another grant's sentence unasked.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections import Counter

from . import levels, lexicon
from .awards import refine_for_conferrer, same_award
from .conferrers import named, unit_named_whole
from .counts import COUNTED, NOUN_RE, counts_in, noun_kind, number_value
from .document import Document, Sentence
from .facts import ArticleFacts, GrantFact, Office
from .gazetteer import gazetteer
from .layout import NUMBER_LINE
from .names import UPPER
from .orgs import OrgRef, agents, peoples_committee
from .people import HONORIFIC
from .places import UNITS_AFTER_LEVEL
from .prescan import prescanned

_GIVE = lexicon.cue("give-verb")
_POSTHUMOUS = lexicon.cue("posthumous")
_FALLEN = re.compile(r"(?<!\w)[Ll]iệt\s+sĩ\s+$")  # right before the recipient's name
_BOTH = lexicon.cue("posthumous-and-living")
_DECISION = prescanned(lexicon.cue("decision-number"))  # (searched in every sentence: prescanned)
_GROUND = lexicon.cue("campaign-ground")
_PROPOSED = prescanned(lexicon.cue("proposed"))
_LISTED = lexicon.cue("recipients-list")
_LISTED_SUBJECT = lexicon.cue("recipients-listed-subject")
_LISTED_NAMED = lexicon.cue("recipients-list-named")
_APPOSED = lexicon.cue("recipients-apposed")
_COUNT_REACH = 160  # characters after an award's mention in which its count is looked for
_NUMBER = re.compile(r"(?<![\d.,])\d{1,6}(?![\d.,]\d)")
_WORD_COUNTED = re.compile(rf"(?<!\w)(?!\d){COUNTED}", re.I)  # (a count in words: 'cho sáu tập thể')
_DMY = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")


class _Sentence:
    """What the rules read from one sentence, read once however many grants it holds (a sentence may hold
    hundreds: reading it again for each would grow with the square of its length)."""

    def __init__(self, text: str, campaigns: list[str]) -> None:
        self.text = text
        self.verbs = list(_GIVE.finditer(text))
        self.verb_starts = [v.start() for v in self.verbs]
        self.bounds = [m.start() for m in re.finditer(r";|\.\s", text)]
        self.decision = decision(text)
        self.cue = _PROPOSED.search(text)
        self.ground = _ground(text, campaigns)
        self.awards: dict[tuple[str, int | None], int] | None = None  # _mentions, read when a grant needs it

    def posthumous_at(self, at: int | None) -> bool:
        at = len(self.text) if at is None else at
        b = bisect.bisect_left(self.bounds, at)
        clause_start = self.bounds[b - 1] + 1 if b else 0
        i = bisect.bisect_right(self.verb_starts, at) - 1
        while i >= 0 and self.verbs[i].end() > at:
            i -= 1
        if i < 0 or self.verbs[i].start() < clause_start:
            return False
        verb = self.verbs[i]
        if _BOTH.search(self.text[max(clause_start, verb.start() - 25) : min(at, verb.end() + 25)]):
            return False
        if _POSTHUMOUS.match(verb.group(0)):
            return True
        # 'trao Bằng khen của Chủ tịch UBND tỉnh truy tặng anh A': handed over, given posthumously by the verb right
        # after the award and its owner, before the one it names
        after = self.verbs[i + 1] if i + 1 < len(self.verbs) else None
        clause_end = self.bounds[b] if b < len(self.bounds) else len(self.text)
        return (
            after is not None
            and after.start() < clause_end
            and bool(_POSTHUMOUS.match(after.group(0)))
            and _OWNER_ONLY.fullmatch(self.text, at, after.start()) is not None
        )


# what may stand between an award and a verb said of it: its own words and its owner, no recipient ('cho')
_OWNER_ONLY = re.compile(r"(?:(?!(?<!\w)(?:cho|và)(?!\w))[^,;.]){0,80}")


def posthumous(sentence: str, award_at: int | None = None) -> bool:
    """Whether the verb that gives the award at `award_at` (default: the sentence's end) is 'truy tặng': the last
    giving verb of its clause before it ('trao Huân chương cho 6 gia đình và truy tặng danh hiệu ... cho 9 mẹ' gives
    the order to the living). 'trao và truy tặng', which gives to both, is neither."""
    return _Sentence(sentence, []).posthumous_at(award_at)


def _mentions(doc: Document, start: int, end: int) -> dict[tuple[str, int | None], int]:
    """Where each award is first named in text[start:end] (offset in the sentence), by (award, None) and by
    (award, n) for each number n that follows it closely in its clause: read once a sentence."""
    first: dict[tuple[str, int | None], int] = {}
    for span in doc.spans("awards", start, end):
        at, award = span.start - start, span.value.award
        first.setdefault((award, None), at)
        window = doc.text[span.end : min(end, span.end + _COUNT_REACH)].split(";", 1)[0]
        for m in _NUMBER.finditer(window):
            first.setdefault((award, int(m.group(0))), at)
        for c in counts_in(window) if _WORD_COUNTED.search(window) else ():
            if c.value is not None:
                first.setdefault((award, c.value), at)  # (or counted in words: 'cho sáu tập thể')
    return first


def _award_at(first: dict[tuple[str, int | None], int], g: GrantFact) -> int | None:
    """Where in its sentence the grant's award is named: the first mention of that award (or of its kind) followed,
    in its clause, by the grant's count, else its first mention."""
    kin = {award for award, _ in first if same_award(award, g.award)}
    counted = [first[(a, g.count)] for a in kin if g.count is not None and (a, g.count) in first]
    named = counted or [first[(a, None)] for a in kin]
    return min(named) if named else None


_UNDER_DECISION = lexicon.cue("under-decision")
_ISSUER_CODE = re.compile(r"/QĐ-(?P<code>[^\W\d_][\w&]*)")
_ISSUERS = {
    r["code"]: Office(r["office"], r["role"], OrgRef(r["body"], r["kind"], None, "national") if r["body"] else None)
    for r in lexicon.records("decision_issuers.tsv", ("code", "office", "role", "body", "kind"))
}


def decision_issuer(number: str) -> Office | None:
    """The office that signs a decision, by the code in its number ('1234/QĐ-TTg': the Prime Minister), if the table
    knows it."""
    m = _ISSUER_CODE.search(number)
    return _ISSUERS.get(m["code"].replace("&", "").upper()) if m else None


# a decision the page prints whole: its number in its head ('Số: 2156/QĐ-UBND'), its place and date ('Yên Bái, ngày 09
# tháng 10 năm 2023'), its kind in capitals ('QUYẾT ĐỊNH'), and its articles ('Điều 1. Tặng Bằng khen ...')
_PRINTED_NUMBER = re.compile(NUMBER_LINE.format(kind="QĐ-"), re.M)
_PRINTED_DATE = re.compile(r"^[^,\n]{2,40},\s*ngày\s+(?P<date>\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*$", re.M)
_PRINTED_KIND = re.compile(r"^\s*QUYẾT ĐỊNH\s*:?\s*$", re.M)
_ARTICLE_OF_DECISION = re.compile(r"(?:^|\n)\s*Điều\s+\d{1,2}\s*[.:]")  # (its number may be read as a sentence of its own)
_HEAD_REACH = 1500  # characters of the page in which a printed decision's head is looked for


def _decision_printed(doc: Document) -> tuple[str, dt.date | None] | None:
    """The decision a page prints whole, by its head: (number, date)."""
    head = doc.text[:_HEAD_REACH]
    number = _PRINTED_NUMBER.search(head)
    if number is None or _PRINTED_KIND.search(head) is None:
        return None
    date = _PRINTED_DATE.search(head, number.end())
    return number["number"], _date(date["date"]) if date else None


# the office a printed decision names in capitals over its articles ('CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN VĂN LÃNG')
_PRINTED_ISSUER = re.compile(
    r"^\s*CHỦ TỊCH\s+(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)\s+(?P<level>TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)"
    r"\s+(?P<name>[^\n]{2,40}?)\s*$",
    re.M,
)


def _issuer_printed(doc: Document) -> Office | None:
    """The chair of the People's Committee a printed decision names as its issuer, where that is the article's unit
    of that level and name (the decision's articles give under it: 'Điều 1. Tặng Giấy khen cho ...')."""
    # (as the page writes it: the layout reads a line in capitals in the article's casing)
    m = _PRINTED_ISSUER.search(doc.written, 0, _HEAD_REACH) if _PRINTED_KIND.search(doc.text, 0, _HEAD_REACH) else None
    unit = doc.place.unit_for_level(m["level"].lower()) if m else None
    if m is None or unit is None or unit.name.casefold() != m["name"].casefold():
        return None
    committee = peoples_committee(unit)
    return Office(f"Chủ tịch {committee.name}", "Chủ tịch", committee)


def decision(sentence: str) -> tuple[str, dt.date | None] | None:
    """The first decision the sentence cites: (number, date or None); its date written after its number, or the
    day the sentence opens on when it tells of the signing ('Ngày 15/3/2024, Chủ tịch UBND tỉnh ban hành Quyết
    định số 245/QĐ-UBND ...')."""
    m = _DECISION.search(sentence)
    if m is None:
        return None
    if m["date"]:
        return m["number"].rstrip("."), _date(m["date"])
    signed = _SIGNED_ON.match(sentence, 0, m.start())
    return m["number"].rstrip("."), _date(signed["date"]) if signed else None


# the day a sentence opens on, after a lead phrase at most ('Ghi nhận những thành tích đó, ngày 15/8/2024, '), and
# the verb of signing after it
# (or a part of the day, or a day told against the publication's with its date in brackets: 'Sáng 15/3/2024, ...', 'Hôm
# qua (15/3/2024), ...')
_DAY_OPENS = (
    r"(?:[Vv]ào\s+)?(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Hh]ôm)(?:\s+(?:nay|qua))?\s*\(\s*(?:ngày\s+)?"
    r"|(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)\s+(?:ngày\s+)?|[Nn]gày\s+)"
)
_SIGNING_DAY = (
    rf"\s*(?:[^,;:.]{{1,60}},\s*)?{_DAY_OPENS}"
    r"(?P<date>\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\)?"
)
_SIGNS = r"(?<!\w)(?:ký|kí|ban hành)(?:\s+ban hành)?"
# then the signing of the decision it cites ('Ngày 15/3/2024, Chủ tịch UBND tỉnh đã ký ')
_SIGNED_ON = re.compile(_SIGNING_DAY + r"\s*,?[^;:]*?" + _SIGNS + r"\s*$")
# then the signing of a decision it gives no number ('Ngày 3/10/2024, Chủ tịch UBND huyện đã ký quyết định khen thưởng 9
# tập thể ...'), whose breakdown the next sentence gives
_SIGNED_UNNUMBERED = re.compile(_SIGNING_DAY + r"\s*,?[^;:.]*?" + _SIGNS + r"\s+(?:các\s+)?(?:[Qq]uyết định|QĐ)(?!\w)")


def _date(text: str) -> dt.date | None:
    m = _DMY.search(text)
    if m is None:
        return None
    d, mo, y = (int(x) for x in (m.groups()[:3] if m.group(1) else m.groups()[3:]))
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def campaign_ground(sentence: str, names: list[str]) -> str | None:
    """The campaign whose achievements the sentence rewards: a campaign's name right after 'thành tích trong
    phong trào', 'thực hiện cuộc vận động' and the like (a campaign merely named beside it is not a ground)."""
    ground = _ground(sentence, names)
    return ground[0] if ground else None


def _ground(sentence: str, names: list[str]) -> tuple[str, int] | None:
    """campaign_ground, and where in the sentence it is told."""
    for name in names:
        at = sentence.find(name)
        while at != -1:
            if _GROUND.search(sentence[max(0, at - 60) : at]):
                return name, at
            at = sentence.find(name, at + 1)
    if len(names) == 1 and (told := _GROUND_TOLD.search(sentence)):
        return names[0], told.start()  # 'có thành tích xuất sắc trong phong trào.': the one campaign the article names
    return None


def _ground_of_other_clause(doc: Document, sent: _Sentence, base: int, award_at: int | None) -> bool:
    """'Hội A tặng Bằng khen cho 2 tập thể; Hội B tặng Giấy khen cho 11 tập thể ... trong phong trào X': a ground told
    in a part after a semicolon that gives an award of its own rewards that part's grants, not the grants before it
    (but 'cho: 45 tập thể; 120 cá nhân có thành tích trong phong trào X' counts on: it is all the grants')."""
    if sent.ground is None or award_at is None:
        return False
    first, last = sorted((award_at, sent.ground[1]))
    cut = sent.text.rfind(";", first, last)
    if cut == -1:
        return False
    return bool(doc.spans("awards", base + cut, base + last)) or award_at > sent.ground[1]


# a ground that points back to a campaign, its name left out ('có thành tích xuất sắc trong phong trào', '... tham gia
# cuộc vận động này')
_GROUND_TOLD = re.compile(
    r"(?<!\w)(?:trong|thực hiện|tham gia)\s+(?:phong trào(?:\s+thi đua)?|cuộc vận động)(?:\s+(?:này|trên|nói trên))?\s*(?:[.;,]|$)"
)


def name_listed(doc: Document, grants: list[GrantFact]) -> None:
    """Each grant's recipients as the list its sentence gives after their count names them: read before the grants
    told twice are merged, so a sentence that tells a grant again to list them ('... cho 2 thanh niên. Theo đó, ... tặng
    Bằng khen cho hai anh A và B') names the grant it merges into."""
    read: dict[int, re.Match[str] | None] = {}
    voted_in: dict[int, re.Match[str] | None] = {}  # (each read once a sentence: it may hold hundreds of grants)
    # the lists a sentence names its counts' members in: after a level word, before the passive, in brackets
    lists_in: dict[int, tuple[list[re.Match[str]], re.Match[str] | None, list[re.Match[str]]]] = {}
    for g in grants:
        start = g.evidence.start
        if start not in read:
            text = g.evidence.text
            read[start] = _LISTED.search(text) or _LISTED_SUBJECT.search(text) or _LISTED_NAMED.search(text)
            voted_in[start] = (_VOTED_NAMED.search(text) or _SUBJECT_NAMED.search(text)) if read[start] is None else None
        if (listed := read[start]) is not None and not g.named:
            g.named = listed_recipients(doc, g, listed)
        elif (
            listed is None and not g.named and g.count and g.count > 1 and (voted := voted_in[start])
            and number_value(voted["n"]) == g.count
        ):  # fmt: skip
            # 'suy tôn huyện A và huyện B là 2 đơn vị dẫn đầu, đề nghị UBND tỉnh tặng Cờ thi đua': those voted, named
            # before their count, are its recipients and the title's
            g.named = _items(doc, g, start + voted.start("who"), start + voted.end("who"))
        if g.named or g.recipient is not None or not g.count or g.count < 2:
            continue
        if start not in lists_in:
            text = g.evidence.text
            lists_in[start] = (list(UNITS_AFTER_LEVEL.finditer(text)), _APPOSED.search(text), list(_BRACKETED_AFTER_COUNT.finditer(text)))
        after_level, apposed, bracketed = lists_in[start]
        if g.recipient_kind == "collective":
            g.named = _units_named_after_level(doc, g, after_level)  # 'Hai xã Tân Mỹ và Hoàng Việt được tặng Cờ thi đua'
        if not g.named and apposed is not None and number_value(apposed["n"]) == g.count:
            # '2 cá nhân là ông A và bà B được tặng ...': the count's members, named before the passive
            g.named = _items(doc, g, start + apposed.start("list"), start + apposed.end("list"))
        if not g.named:
            g.named = _bracketed(doc, g, bracketed)
    name_both_kinds(doc, grants)


_SMALL_COUNT = lexicon.cue("small-count").pattern


def _units_named_after_level(doc: Document, g: GrantFact, found: list[re.Match[str]]) -> tuple[OrgRef, ...]:
    """The units a grant's sentence names after their count and the level word they share (`found`, read once a
    sentence), if as many as counted."""
    return next((units for m in found if len(units := units_sharing_level(doc, m)) == g.count), ())


def units_sharing_level(doc: Document, m: re.Match[str]) -> tuple[OrgRef, ...]:
    """The units a list names after the level word they share (a match of `UNITS_AFTER_LEVEL`): communes by their names
    in the article's district, districts as the gazetteer places them (none where one is not found)."""
    names = _LIST_SEPARATOR.split(m["names"])
    level = m["level"].lower()
    if levels.is_commune(level):
        district = doc.place.district.code if doc.place.district else None
        return tuple(OrgRef(f"{level} {n}", "AdministrativeUnit", None, "commune", parent=district) for n in names)
    province = doc.place.province.code if doc.place.province else None
    units = [gazetteer().lookup(n, level, province) for n in names]
    return tuple(OrgRef(u.label, "AdministrativeUnit", u.code, u.level) for u in units if u) if all(units) else ()


# as many as counted, named in brackets right after their count ('02 cá nhân (ông A, bà B)', '2 tập thể (xã A, xã B)')
_BRACKETED_AFTER_COUNT = re.compile(rf"(?<![\w/])(?P<n>{_SMALL_COUNT})\s+(?:{NOUN_RE})(?!\w)\s*\((?P<names>[^()]{{3,300}})\)", re.I)


def _bracketed(doc: Document, g: GrantFact, found: list[re.Match[str]]) -> tuple[OrgRef | str, ...]:
    """The recipients a grant's sentence names in brackets right after its count (`found`, read once a sentence), if
    they are as many."""
    for m in found:
        if number_value(m["n"]) == g.count:
            return _items(doc, g, g.evidence.start + m.start("names"), g.evidence.start + m.end("names"))
    return ()


# those a vote or a giving names before their count ('suy tôn A và B là 2 đơn vị dẫn đầu', 'bình chọn X, Y, Z là 3 tập thể
# xuất sắc', 'tặng Cờ thi đua cho A và B là 2 đơn vị dẫn đầu')
_TIME_LEAD_SOURCE = lexicon.cue("time-lead-anywhere").pattern
_COUNTED_AS = rf"(?:là|làm)\s+(?P<n>{_SMALL_COUNT})\s+(?:{NOUN_RE}|địa phương)(?!\w)"  # '... là 2 đơn vị dẫn đầu'
_VOTED_NAMED = re.compile(
    r"(?<!\w)(?:suy tôn|bình chọn|bầu chọn|lựa chọn|cho|tuyên dương|biểu dương|tôn vinh|vinh danh)\s+(?P<who>[^;:]{3,240}?)\s+"
    + _COUNTED_AS,
    re.I,
)
# or the subject of the passive, or of 'là', opening the sentence or a clause of it ('Khu phố 3 và Khu phố 7 được
# tuyên dương là 2 khu phố dẫn đầu', '...; A và B là 2 đơn vị xuất sắc, đề nghị ... tặng Bằng khen'): read where no
# vote or giving names them
_SUBJECT_NAMED = re.compile(
    rf"(?:^|;\s*){_TIME_LEAD_SOURCE}(?P<who>[^;:]{{3,240}}?)\s+(?:(?:đã|cùng|vinh dự)\s+)*(?:được\s+"
    r"(?:tuyên dương|biểu dương|tôn vinh|vinh danh|khen thưởng|suy tôn|bình chọn)\s+)?" + _COUNTED_AS,
    re.I,
)


# the list after the counts of both kinds ('cho 2 tập thể và 1 cá nhân gồm: A, B và ông C'): its opening word
_BOTH_KINDS_LISTED = re.compile(r"\s*,?\s*(?:(?:gồm(?: có)?|đó là|là)\s*:?|:)\s+", re.I)


def name_both_kinds(doc: Document, grants: list[GrantFact]) -> None:
    """'tặng Giấy khen cho 2 tập thể và 1 cá nhân gồm: Trường A, Trường B và ông C': the bodies and the people a list
    after a sentence's two counts of one award names, as many of each as counted, are those grants' recipients."""
    by_sentence: dict[tuple[int, str], list[GrantFact]] = {}
    for g in grants:
        by_sentence.setdefault((g.evidence.start, g.award), []).append(g)
    for (start, _), pair in by_sentence.items():
        kinds = {g.recipient_kind: g for g in pair}
        if len(pair) != 2 or set(kinds) != {"collective", "individual"} or any(g.named or g.recipient for g in pair):
            continue
        counts = doc.spans("counts", start, start + len(pair[0].evidence.text))
        if not counts or any(not g.count for g in pair):
            continue
        opener = _BOTH_KINDS_LISTED.match(doc.text, counts[-1].end)
        text_end = start + len(pair[0].evidence.text)
        if opener is None:
            continue
        bodies: list[OrgRef] = []
        people: list[str] = []
        for s, e in _item_spans(doc, opener.end(), text_end):
            person = doc.spans("people", s, e)
            if person and len(doc.text[s : person[0].start].split()) <= 2:  # ('ông A, Bí thư ...': after an honorific)
                people.append(person[0].value.name)
            elif isinstance(body := named(doc, s, e), OrgRef):
                bodies.append(body)
            else:
                bodies = []  # an item that names no one: not a list of recipients
                break
        if len(bodies) != kinds["collective"].count or len(people) != kinds["individual"].count:
            continue
        for g, who in ((kinds["collective"], bodies), (kinds["individual"], people)):
            if len(who) > 1:
                g.named = tuple(who)
            elif isinstance(who[0], OrgRef):
                g.recipient, g.recipient_org = who[0].name, who[0]
            else:
                g.recipient = g.recipient_person = who[0]


def listed_recipients(doc: Document, g: GrantFact, listed: re.Match[str]) -> tuple[OrgRef | str, ...]:
    """'cho 07 tập thể, đó là: A; B; ...': the recipients a grant's sentence lists after its count, each a body,
    unit or person; only when the list names as many as the count (else it is not this grant's list)."""
    if g.count is None or g.count < 2 or number_value(listed["n"]) != g.count:
        return ()
    start = g.evidence.start + listed.end()
    # (the list ends at a semicolon before another giving: '... cho 2 tập thể là xã A và phường B; trao Bằng khen ...')
    part = _GIVING_PART.search(doc.text, start, g.evidence.end)
    return _items(doc, g, start, part.start() if part else g.evidence.end)


_GIVING_PART = re.compile(r";(?=\s*(?:[^\s;]+\s+){0,6}?(?:trao|tặng|khen thưởng|công nhận|đề nghị)(?!\w))", re.I)


_BETWEEN_ITEMS = lexicon.cue("items-separator")
_LIST_SEPARATOR = lexicon.cue("list-separator")


def _items(doc: Document, g: GrantFact, start: int, end: int) -> tuple[OrgRef | str, ...]:
    """The recipients a list in text[start:end] names, if it names as many as `g` counts: its bodies, where they fill
    it ('Phòng Giáo dục và Đào tạo' holds a 'và'), else its items parted as written."""
    bodies = agents(doc, start, end)
    if (
        g.recipient_kind == "collective"
        and len(bodies) == g.count
        and doc.text[start : bodies[0].start].strip() == ""
        and all(_BETWEEN_ITEMS.fullmatch(doc.text, a.end, b.start) for a, b in itertools.pairwise(bodies))
        and doc.text[bodies[-1].end : end].strip(" .") == ""
    ):
        return tuple(b.value for b in bodies)
    # items end at semicolons where the list has them (an item may hold 'và': 'Nhân dân và cán bộ xã A'), else at
    # commas and the last 'và'
    found: list[OrgRef | str] = []
    for s, e in _item_spans(doc, start, end):
        people = doc.spans("people", s, e)
        who: OrgRef | str | None = (
            people[0].value.name if people and g.recipient_kind == "individual" else named(doc, s, e) or unit_named_whole(doc, s, e)
        )
        if who is None:
            return _people_only(doc, g, start, end)
        found.append(who)
    return tuple(found) if len(found) == g.count else _people_only(doc, g, start, end)


def _item_spans(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a list in text[start:end], parted at semicolons where it has them, else at commas and 'và'."""
    tail = doc.text[start:end].rstrip(" .")
    parts = tail.split(";") if ";" in tail else _LIST_SEPARATOR.split(tail)
    items, pos = [], start
    for part in parts:
        s = doc.text.find(part, pos)
        pos = s + len(part)
        items.append((s, pos))
    return items


def _people_only(doc: Document, g: GrantFact, start: int, end: int) -> tuple[str, ...]:
    """'gồm: mẹ A, mẹ B, mẹ C, đều ở phường X': a list of people that a clause of what they share ends, read by
    its names, as many as counted, the first at the list's start."""
    people = doc.spans("people", start, end)
    if g.recipient_kind != "individual" or len(people) != g.count or len(doc.text[start : people[0].start].split()) > 2:
        return ()
    return tuple(p.value.name for p in people)


_TEACHERS = r"thầy,?\s*cô(?:\s+giáo)?"  # 'các thầy, cô': teachers, by their honorifics, no count noun
# a sentence of its own that lists those a grant of the sentence before counted ('Các tập thể được khen gồm: A, B và C')
_LISTED_AFTER = re.compile(
    rf"\W*(?:(?:[Cc]ác|[Nn]hững)\s+(?P<noun>(?i:{NOUN_RE}))(?!\w)(?:\s+[^\s,;:.]+){{0,6}}?\s*,?\s*(?:gồm(?: có)?|là|sau(?: đây)?)"
    # or a list's heading: 'Danh sách cá nhân được tặng Giấy khen:', its items on the lines after it
    rf"|[Dd]anh sách\s+(?:(?:các|những)\s+)?(?P<listed>(?i:{NOUN_RE}))(?!\w)(?:\s+[^\s,;:.]+){{0,8}}?"
    # or who they are, told before the list: 'Đó là các thầy, cô: A, B và C', 'Cụ thể là các đơn vị: ...'
    rf"|(?:[Đđ]ó là|[Cc]ụ thể là|[Gg]ồm(?: có)?)\s+(?:các|những)\s+(?P<told>(?i:{NOUN_RE})|{_TEACHERS})(?!\w)(?:\s+[^\s,;:.]+){{0,4}}?"
    r")\s*:\s*"
)
# or who they are, straight before the first of them with no colon: 'Đó là bác sĩ A, Giám đốc ... và bác sĩ B, ...'
_THOSE_ARE = re.compile(r"\W*(?:[Đđ]ó là|[Đđ]ây là)\s+(?=" + HONORIFIC.pattern + rf"[{UPPER}])")
# an item of a list on a line of its own: '1. Ông Nguyễn Văn A, ...;', '- Bà B, ...'
_ITEM_MARK = re.compile(r"\s*(?:\d{1,3}[.)]|[-+•*–])\s+")


def _decision_of_items(doc: Document) -> dict[int, tuple[str, dt.date | None] | None]:
    """'Theo Quyết định số 1020/QĐ-CTN ngày 20/8/2023 của Chủ tịch nước, các cá nhân được tặng thưởng Huân chương
    gồm:', then '1. Huân chương Lao động hạng Nhì: ông A ...', '2. ...': the marked items a lead citing a decision
    opens are given under it, by the sentence the item starts at; so are those a lead of its own opens after a sentence
    citing one ('Theo đó:')."""
    out: dict[int, tuple[str, dt.date | None] | None] = {}
    told: tuple[str, dt.date | None] | None = None
    cited = None  # the decision the sentence before cites
    for sent in doc.sentences:
        if told is not None and _ITEM_MARK.match(sent.text):
            out[sent.start] = told
            continue
        cites, opens = decision(sent.text), sent.text.rstrip().endswith(":")
        told = cites if opens else None
        if told is None and cited is not None and opens and _UNDER_DECISION.match(sent.text):
            told = cited  # '... ban hành Quyết định số 1567/QĐ-UBND ...', then 'Theo đó:' and its items
        cited = cites or (cited if told is not None else None)
    return out


def _named_after(doc: Document, grants: list[GrantFact]) -> None:
    """'... 5 tập thể và 7 cá nhân được tặng Giấy khen. Các tập thể được khen gồm: A, B, C, D và E.': the one grant
    of that kind the sentence before counts, to as many as the list names, names them."""
    for i, sent in enumerate(doc.sentences[1:], 1):
        before = doc.sentences[i - 1]
        m = _LISTED_AFTER.match(sent.text)
        if m is None and (those := _THOSE_ARE.match(sent.text)) is not None:
            # '... phong tặng danh hiệu Thầy thuốc Ưu tú cho 2 bác sĩ. Đó là bác sĩ A, Giám đốc ... và bác sĩ B, ...'
            counted = [g for g in grants if g.evidence.start == before.start and g.recipient_kind == "individual" and (g.count or 0) > 1]
            if len(counted) == 1 and not counted[0].named:
                items = _items(doc, counted[0], sent.start + those.end(), sent.end)
                counted[0].named = items if len(items) == counted[0].count else ()
            continue
        if m is None:
            # '... lễ truy tặng danh hiệu “Bà mẹ Việt Nam anh hùng” cho 3 mẹ. Theo Quyết định, 3 mẹ được truy tặng danh
            # hiệu gồm: mẹ A, mẹ B và mẹ C': the grant before of that count, told again to list them
            told = _LISTED_SUBJECT.search(sent.text)
            if told is None or not any(g.evidence.start == sent.start for g in grants):
                counted = [g for g in grants if told and g.evidence.start == before.start and g.count == int(told["n"]) > 1]
                if len(counted) == 1 and not counted[0].named:
                    counted[0].named = _items(doc, counted[0], sent.start + told.end(), sent.end)
            continue
        kind = noun_kind(m["noun"] or m["listed"] or m["told"]) or ("individual" if m["told"] else None)
        counted = [g for g in grants if g.evidence.start == before.start and g.recipient_kind == kind and g.count and g.count > 1]
        if len(counted) != 1 or counted[0].named:
            continue
        if m.end() < len(sent.text.rstrip()):
            counted[0].named = _items(doc, counted[0], sent.start + m.end(), sent.end)
        else:  # the items on the lines after the heading, one a line
            counted[0].named = _lines_listed(doc, doc.sentences[i + 1 : i + 1 + counted[0].count], counted[0])


def _lines_listed(doc: Document, items: list, g: GrantFact) -> tuple[OrgRef | str, ...]:
    """The recipient each item line names first, a person or a body as `g` counts them: only when every line is a
    marked item naming one, or a line that is nothing but one's name ('Trường THCS Nhữ Bá Sỹ'), as many as `g` counts."""
    found: list[OrgRef | str] = []
    for item in items:
        spans = doc.spans("people", item.start, item.end) if g.recipient_kind == "individual" else agents(doc, item.start, item.end)
        if not spans:
            return ()
        whole = doc.text[item.start : item.end].strip().rstrip(";,.").rstrip() == doc.text[spans[0].start : spans[0].end]
        if not _ITEM_MARK.match(item.text) and not whole:
            return ()
        found.append(spans[0].value.name if g.recipient_kind == "individual" else spans[0].value)
    return tuple(found) if len(found) == g.count else ()


def grant_details(doc: Document, facts: ArticleFacts) -> None:
    names = sorted({n for c in facts.campaigns for n in (c.name, *c.aliases)}, key=len, reverse=True)
    by_alias = {n: c.name for c in facts.campaigns for n in (c.name, *c.aliases)}
    events = {e.key: e for e in facts.events}
    read: dict[tuple[int, int], _Sentence] = {}
    # the decision the sentence before cites, for a sentence that goes on under it
    decision_before: dict[int, tuple[str, dt.date | None] | None] = {}
    signed_before: dict[int, dt.date] = {}  # the day the sentence before says a decision of no number was signed
    for prev, sent in itertools.pairwise(doc.sentences):
        if _UNDER_DECISION.match(sent.text):
            # (or the one the sentence before went on under: 'Theo đó, ...', then 'Cũng theo Quyết định, ...')
            decision_before[sent.start] = decision(prev.text) or decision_before.get(prev.start)
            if (signed := _SIGNED_UNNUMBERED.match(prev.text)) is not None and (day := _date(signed["date"])) is not None:
                signed_before[sent.start] = day  # 'Ngày 3/10/2024, Chủ tịch UBND huyện đã ký quyết định khen thưởng ...'
    decision_of_item = _decision_of_items(doc)
    printed = _decision_printed(doc)
    issuer = _issuer_printed(doc)
    for g in facts.grants:
        ev = g.evidence
        sent = read.get((ev.start, ev.end))
        if sent is None:
            sent = read[(ev.start, ev.end)] = _Sentence(ev.text, names)
        if sent.verbs:
            if sent.awards is None:
                sent.awards = _mentions(doc, ev.start, ev.end)
            g.posthumous = sent.posthumous_at(_award_at(sent.awards, g))
        if not g.posthumous and g.recipient_person and _FALLEN.search(ev.text, 0, max(0, ev.text.find(g.recipient_person))):
            g.posthumous = True  # '... của Chủ tịch nước truy tặng liệt sĩ Lò Văn Pọm': a fallen soldier's, given after death
        if sent.decision is not None:
            g.decision_number, g.decision_date = sent.decision
        elif _UNDER_DECISION.match(ev.text) and (told := decision_before.get(ev.start)) is not None:
            g.decision_number, g.decision_date = told  # '... ban hành Quyết định số 15/QĐ-UBND. Theo đó, tặng ...'
        elif (told := decision_of_item.get(ev.start)) is not None:
            g.decision_number, g.decision_date = told
        elif printed is not None and _ARTICLE_OF_DECISION.search(doc.text, max(0, ev.start - 12), ev.start + 12):
            g.decision_number, g.decision_date = printed  # 'Điều 1. Tặng Bằng khen ...' of the decision the page prints
        _signed(g)  # 'Theo Quyết định số 1234/QĐ-TTg, 3 tập thể được tặng Bằng khen': the Prime Minister's, by who signs it
        if g.conferrer is None and issuer is not None and _ARTICLE_OF_DECISION.search(doc.text, max(0, ev.start - 12), ev.start + 12):
            g.conferrer, g.award = issuer, refine_for_conferrer(g.award, issuer.label)  # the printed decision's issuer
        if g.date is None and g.event is None and g.status == "conferred":
            g.date = _told_on(doc, ev.start, sent) or g.decision_date or signed_before.get(ev.start)
        # an achievement is past: a period that ends years after it was rewarded names a plan or a project ('Đề án
        # “... giai đoạn 2021 – 2030”'), not what the award rewards (a five-year term may be rewarded in its last
        # year but one: a commune's congress of 2024 rewards 'giai đoạn 2020 - 2025')
        when = g.date or g.decision_date or doc.published
        if g.period and when is not None and int(g.period[-4:]) > when.year + 1:
            g.period = None
        if sent.ground is not None:
            if sent.awards is None:
                sent.awards = _mentions(doc, ev.start, ev.end)
            # (the grant's own award named, followed by its count; not a kind's: a 'khen-thuong' names no award)
            own = sent.awards.get((g.award, g.count), sent.awards.get((g.award, None)))
            if not _ground_of_other_clause(doc, sent, ev.start, own):
                g.campaign = by_alias[sent.ground[0]]
        if g.status == "proposed":
            # (a bloc's nomination, read by its vote, keeps the vote's word: grants.py)
            g.status_cue = g.status_cue or (sent.cue.group(0) if sent.cue else None)
            if g.proposer is None:
                g.proposer = _proposer(doc, g, sent.cue, events)
    _decided_elsewhere(doc, facts.grants)
    _named_after(doc, facts.grants)


def _decided_elsewhere(doc: Document, grants: list[GrantFact]) -> None:
    """'Cục X tổ chức Lễ đón nhận Huân chương Lao động hạng Ba ... tặng Chi cục Y', then 'Ngày 15/11/2022, Chủ tịch
    nước đã ký Quyết định số 1356/QĐ-CTN tặng thưởng Huân chương Lao động hạng Ba cho Chi cục Y': a grant to one named
    recipient, told again in a sentence that cites a decision, is given under that decision (the one such sentence); so
    is the article's one grant of that award, its recipient told again by a pronoun ('... truy tặng danh hiệu Anh hùng
    Lực lượng vũ trang nhân dân cho ông')."""
    pending = [g for g in grants if g.decision_number is None and g.count == 1 and g.recipient]
    if not pending:
        return
    # (each sentence's words and awards read once, and each award's grants counted once: thousands stay linear)
    cited = [
        (sent.text.casefold(), told, {m.award for m in doc.values("awards", sent.start, sent.end)})
        for sent in doc.sentences
        if (told := decision(sent.text)) is not None
    ]
    if not cited:
        return
    of_award = Counter(g.award for g in grants)
    for g in pending:
        alone = of_award[g.award] == 1
        found = {told for text, told, awards in cited if g.award in awards and (alone or g.recipient.casefold() in text)}
        if len(found) == 1:
            g.decision_number, g.decision_date = found.pop()
            _signed(g)


def _signed(g: GrantFact) -> None:
    """A grant of no conferrer, under a decision whose number names its signer ('1234/QĐ-TTg'), is the signer's."""
    if g.conferrer is None and g.decision_number and (issuer := decision_issuer(g.decision_number)) is not None:
        g.conferrer, g.award = issuer, refine_for_conferrer(g.award, issuer.label)


_SAME_DAY = lexicon.cue("same-day")
EARLIER_WORDS = r"[Tt]rước đó|[Tt]rước đây"  # 'before that', which a sentence opens on to tell of an earlier time
LOOKING_BACK = re.compile(rf"\W*(?:{EARLIER_WORDS})(?!\w)")  # a sentence that opens on them
_LOOK_BACK = 8  # sentences: 'cùng ngày' speaks of a day told just before, and the search stays linear


def _told_on(doc: Document, start: int, sent: _Sentence) -> dt.date | None:
    """The day a grant given at no event was given, as its sentence tells it before its giving verb ('Ngày 12/7/2024,
    Giám đốc Công ty tặng Giấy khen ...'), or as the day told before ('Cùng ngày, Tổng công ty cũng tặng ...')."""
    if not sent.verbs:
        return None
    lead = sent.verbs[0].start()
    told = next((s.value for s in doc.spans("dates", start, start + lead) if s.rule != "dates.bound"), None)
    if told is None and (same := _SAME_DAY.search(sent.text, 0, lead)):
        # the last day a sentence before tells, but not one told looking back ('Trước đó, chiều 10/6, em Nam đã ...')
        i = bisect.bisect_left(doc.sentences, start, key=lambda t: t.start)
        before = [t for t in reversed(doc.sentences[max(0, i - _LOOK_BACK) : i]) if not LOOKING_BACK.match(t.text)]
        if _OCCASION.fullmatch(same.group(0)):
            # 'Cùng dịp, UBND huyện tặng Giấy khen' after 'Ngày 2/8, Tỉnh đoàn trao Huy hiệu ...' and a deed's day ('đã cứu
            # 3 bạn nhỏ ngày 20/7'): the occasion of the giving or the gathering told before, where one is told
            before = [t for t in before if _OCCASION_TOLD.search(t.text)] or before
        told = next((day for t in before if (day := _day_told(doc, t)) is not None), None)
    return told


def _day_told(doc: Document, sent: Sentence) -> dt.date | None:
    """The day a sentence tells its giving or gathering on: the last told before its verb ('Ngày 2/7, ... trao thưởng
    nóng cho ... vụ án xảy ra ngày 28/6' is the 2nd), else the last it tells."""
    days = [s for s in doc.spans("dates", sent.start, sent.end) if s.rule != "dates.bound"]
    verb = _OCCASION_TOLD.search(sent.text)
    lead = [s for s in days if verb is not None and s.start < sent.start + verb.start()]
    return (lead or days)[-1].value if days else None


_OCCASION = re.compile(r"(?i:cùng dịp|(?:nhân |trong )?dịp này)")
# what tells an occasion: a giving, or a gathering held
_OCCASION_TOLD = re.compile(_GIVE.pattern + r"|(?<!\w)(?:tổ chức|diễn ra|khai mạc)(?!\w)", _GIVE.flags)


# (and the council's consideration before its proposal: 'được Hội đồng TĐKT tỉnh xét, đề nghị Thủ tướng tặng ...')
# a proposal's subject that is a unit's level word alone, after a lead of time: 'Trong năm, huyện đã đề nghị'
_LEVEL_SUBJECT = re.compile(
    r"\W*(?:[^,.;:]{0,30},\s*)?(?P<level>[Hh]uyện|[Tt]ỉnh|[Tt]hành phố|[Tt]hị xã|[Qq]uận)"
    r"(?:\s+(?:đã|cũng|tiếp tục|đều|thống nhất|xét|kịp thời|hoàn thiện hồ sơ))*\s*"
)
_SUBJECT_GAP = re.compile(
    r"\s*(?:(?:đã|cũng|sẽ|vừa|tiếp tục|thống nhất|nhất trí|có văn bản|có tờ trình|thông qua|danh sách|(?:xem xét|bình xét|xét|thẩm định),?|(?:lập|làm|hoàn thiện)\s+hồ sơ)\s+)*"
)


_VOTED_FOR = re.compile(lexicon.cue("voted").pattern + r"\s+[^;:.]*$")


def _proposer(doc: Document, g: GrantFact, cue: re.Match[str] | None, events: dict) -> object | None:
    """Who proposed it: the body the sentence names before its proposal cue ('Hội đồng TĐKT huyện đề nghị UBND
    tỉnh tặng ...'), else the organiser of the meeting that decided it."""
    sent = g.evidence
    if cue is not None:
        before = agents(doc, sent.start, sent.start + cue.start())
        # the proposal's subject, right before its cue ('Hội đồng TĐKT huyện đã thống nhất đề nghị'); not a body a clause
        # before it ranked or named ('suy tôn A và B là 2 đơn vị dẫn đầu, đề nghị ...')
        # (nor the bodies a vote names right before it: 'suy tôn A và B đề nghị tặng Bằng khen')
        if (
            before
            and _SUBJECT_GAP.fullmatch(doc.text, before[-1].end, sent.start + cue.start())
            and not _VOTED_FOR.search(doc.text, max(sent.start, before[-1].start - 160), before[-1].start)
        ):
            return before[-1].value
        # ('Trong năm, huyện đề nghị cấp trên khen thưởng ...': the article's unit by its level word, its committee)
        bare = _LEVEL_SUBJECT.fullmatch(doc.text, sent.start, sent.start + cue.start()) if not before else None
        if bare is not None and (unit := doc.place.unit_for_level(bare["level"])) is not None:
            return peoples_committee(unit)
    event = events.get(g.event) if g.event else None
    return event.organiser if event is not None and event.kind == "Meeting" else None


__all__ = ["campaign_ground", "decision", "grant_details", "posthumous"]
