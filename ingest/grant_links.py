"""Grants linked across sentences: counted once, handed over by their presenter, at their event, on its date.

A caption or the headline repeating a grant of the body, and one award to one named recipient
reported twice (conferred, then handed over), are one grant. 'X trao Bằng khen
cho các tập thể' hands over every grant of that award the article counts.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from . import lexicon
from .awards import BY_LEVEL, AwardMention, find_awards, is_ancestor, match_key, same_award
from .conferrers import default_conferrer, label, organ_s_body
from .counts import count_noun, noun_given_to, nouns_joined
from .document import DASHED_OR_NUMBERED, Document
from .facts import Conferrer, EventFact, GrantFact, Office, body_of
from .grant_details import LOOKING_BACK
from .orgs import OrgRef, told_shorter
from .verbs import hands_over


@dataclass(frozen=True)
class Presentation:
    """A person handing over an award to recipients the article counts elsewhere."""

    presenter: str
    award: AwardMention
    on_behalf_of: Conferrer | None
    uncounted: GrantFact | None = None  # the grant it tells, uncounted, where the article counts none to such recipients
    kind: str | None = None  # of the recipients it names uncounted ('cho các tập thể, cá nhân': mixed)
    event: str | None = None  # where it was handed over: the sentence's event, or the article's only one
    owner: Conferrer | None = None  # whose award it names ('trao Kỷ niệm chương của Bộ trưởng Bộ X cho ...')
    to: OrgRef | None = None  # the body it names as handed to ('trao danh hiệu cho Đảng bộ, chính quyền và Nhân dân xã X')


UNCOUNTED = "grants.uncounted-recipients"
COUNTS_AFTER_NAMED = "grants.counts-after-named"  # 'cho Phòng X, 2 đội và 8 cán bộ': the list going on after the one named
PERSON_AFTER_COUNTS = "grants.person-after-counts"  # 'cho 3 cá nhân và ông A': the one named after the count, beside it
NAMED_AND_COUNTED = "grants.named-person-and-counts"  # 'cho ông A và 5 cá nhân khác': the named one, and the count
NAMED_BODY_AND_COUNTED = "grants.named-body-and-counts"  # 'cho thôn Đông Thành và 2 hộ gia đình': the body, and the count


def _key(g: GrantFact) -> tuple:
    """What two tellings of one grant share: the kind and number of recipients, and the status."""
    return (g.recipient_kind, g.count, g.status)


def _specific(award: str) -> bool:
    """Not the bare 'khen thưởng', which every award is a kind of."""
    return award != "khen-thuong"


def _other_givers(a: GrantFact, b: GrantFact) -> bool:
    """Whether two grants name givers that are not one ('đề nghị Chủ tịch UBND huyện tặng Giấy khen cho 1 tập thể',
    then 'đề nghị Giám đốc Công an tỉnh tặng Giấy khen cho Đội X': two proposals); an office and its body are one
    ('UBND tỉnh', 'Chủ tịch UBND tỉnh')."""
    if a.conferrer is None or b.conferrer is None:
        return False
    x, y = label(a.conferrer).casefold(), label(b.conferrer).casefold()
    return x not in y and y not in x


def _years_apart(a: GrantFact, b: GrantFact) -> bool:
    """Whether two grants are told of different years: periods that differ, or sentences led by different years ('Năm
    2021, Sở được Bộ tặng Cờ thi đua.' and 'Năm 2022, Sở tiếp tục được Bộ tặng Cờ thi đua.': two flags, not one told
    twice)."""
    if a.period and b.period and a.period != b.period:
        return True
    x, y = _YEAR_LEAD.match(a.evidence.text), _YEAR_LEAD.match(b.evidence.text)
    if a.evidence.start == b.evidence.start and x is not None:
        # (one sentence: its lead's year for the grant of no period of its own, another year for the other's: 'Năm 2021,
        # Sở được Bộ tặng Cờ thi đua, năm 2022 tiếp tục được Bộ tặng Cờ thi đua')
        periods = {a.period, b.period}
        return None in periods and len(periods) == 2 and x["year"] not in periods
    return x is not None and y is not None and x["year"] != y["year"]


_YEAR_LEAD = lexicon.cue("year-lead")


def _named_key(named: object) -> str:
    """A named recipient by its name: a body's, or a person's."""
    return (named.name if isinstance(named, OrgRef) else str(named)).casefold()


def same_grant(a: GrantFact, b: GrantFact, restated: bool = False) -> bool:
    """The same award (or one of them its kind: 'Huân chương Lao động' for 'Huân chương Lao động hạng Ba'), to as
    many of the same kind, in the same status, to the same recipient; a headline or caption may leave its recipient out."""

    # a headline's or caption's bare 'khen thưởng' ('Tuyên dương 50 thanh niên') may sum up any award of the body
    kin = a.award == b.award or ((restated or (_specific(a.award) and _specific(b.award))) and same_award(a.award, b.award))
    kin = kin or _bare_form_of(a, b) or _bare_form_of(b, a)
    # a headline that does not say whom ('Trao 13 Huân chương ...') is read as 'mixed': any kind of the body's; one
    # that names one kind ('Tuyên dương 50 gương điển hình') may sum up the body's both kinds together
    # ('Tôn vinh 120 nông dân' over 'tặng Giấy khen cho 120 hộ nông dân': a bare commendation counts them its own way)
    unsaid = restated and ("mixed" in (a.recipient_kind, b.recipient_kind) or "khen-thuong" in (a.award, b.award))
    # and one that does not count ('Nhiều tập thể, cá nhân được khen thưởng') may sum up a count of the body's
    uncounted = restated and a.count is None and a.status == b.status and a.recipient_kind in (b.recipient_kind, "mixed")
    # and one that names the body's one recipient of that award tells of the same conferral, proposed or given ('X
    # được đề nghị tặng Cờ thi đua' over 'Theo kết quả bỏ phiếu, X được Bộ tặng Cờ thi đua'): the body's telling stands
    one_named = restated and a.recipient_kind == b.recipient_kind and _same_one_named(a, b)
    if kin and one_named:
        return True
    # a headline's one recipient of an award the body gives to several it names: one of that conferral's
    if kin and restated and a.count == 1 and a.recipient and a.recipient_kind == b.recipient_kind and _lists(b, a.recipient):
        return True
    if not kin or (_key(a) != _key(b) and not (unsaid and (a.count, a.status) == (b.count, b.status)) and not uncounted):
        return False
    if a.named and b.named and not {_named_key(n) for n in a.named} & {_named_key(n) for n in b.named}:
        return False  # 'Xã A và xã B được tặng Cờ thi đua.' then 'Xã C và xã D được tặng Cờ thi đua ...': two grants
    if (a.recipient or "").casefold() == (b.recipient or "").casefold() or (restated and a.recipient is None):
        return True
    if restated and a.recipient and b.recipient and _names_within(a.recipient, b.recipient):
        return True  # 'Huyện X đón nhận ...' over 'trao ... cho Đảng bộ, chính quyền và nhân dân huyện X'
    if a.recipient and b.recipient and people_of(a.recipient, b.recipient):
        return True  # 'Lễ trao Huân chương ... cho xã X', then 'trao ... cho Đảng bộ, chính quyền và Nhân dân xã X'
    if restated and _unit_around(a.recipient_org, b.recipient_org):
        return True  # 'Huyện X: Đón nhận danh hiệu Anh hùng' over '... phong tặng danh hiệu Anh hùng cho xã Y' of X
    # 'truy tặng ... cho 01 mẹ' and 'Mẹ Mai Thị Đây': one grant to one recipient, named once
    return a.count == 1 and (a.recipient is None) != (b.recipient is None)


_LOWER = {"province": ("district", "commune"), "district": ("commune",)}


def _unit_around(place: OrgRef | None, body: OrgRef | None) -> bool:
    """Whether a headline's recipient is the district a body of a commune is in ('Huyện X: Đón nhận ...' over a grant to
    xã Y of X), as a portal tags its headlines by its own place: the place is the tag, the body the recipient."""
    return (
        place is not None
        and body is not None
        and place.kind == "AdministrativeUnit"
        and place.unit_code is not None
        and place.unit_code == body.unit_code
        and body.level in _LOWER.get(place.level or "", ())
    )


def _bare_form_of(a: GrantFact, b: GrantFact) -> bool:
    """'Bà A trao Bằng khen cho Đảng bộ, chính quyền và Nhân dân thị trấn X' after 'Thị trấn X được Thủ tướng Chính phủ
    tặng Bằng khen', 'Các em được tặng Bằng khen gồm: A, B và C' after 'Thủ tướng tặng Bằng khen cho 3 học sinh': a
    bare form with no giver may be the Government's one told before (to as many, which same_grant asks)."""
    return a.conferrer is None and (a.award, b.award) in BY_LEVEL


def _kin_keyed(by_key: dict[tuple, list[GrantFact]], g: GrantFact) -> list[GrantFact]:
    """The body's grants a headline's grant may restate: those keyed as it is, and those to both kinds together (and
    those to its one named recipient, proposed or given: see same_grant)."""
    kin = by_key.get(_key(g), []) + by_key.get(("mixed", g.count, g.status), [])
    if g.count is not None and g.recipient is None:  # (and those told uncounted, which a headline's count may count)
        kin += by_key.get((g.recipient_kind, None, g.status), []) + by_key.get(("mixed", None, g.status), [])
    if g.recipient and g.count == 1:
        other = "conferred" if g.status == "proposed" else "proposed"
        kin += [h for h in by_key.get((g.recipient_kind, 1, other), []) if (h.recipient or "").casefold() == g.recipient.casefold()]
        # (and those that list it among the recipients they name: 'Đồn X nhận Bằng khen' over '... cho Đồn X và Đồn Y')
        kin += [h for hs in by_key.values() for h in hs if h.status == g.status and _lists(h, g.recipient)]
    return kin


def _lists(grant: GrantFact, recipient: str) -> bool:
    """Whether the grant names the recipient among the several it lists."""
    return any(getattr(n, "name", n).casefold() == recipient.casefold() for n in grant.named)


def people_of(a: str, b: str) -> bool:
    """One recipient is a unit, the other its Party, government and people ('Đảng bộ, chính quyền và Nhân dân xã X')."""
    x, y = sorted((a.casefold(), b.casefold()), key=len)
    if y.endswith(" " + x) and "nhân dân" in y[: len(y) - len(x)]:
        return True
    # or both its people, in two wordings ('Nhân dân và cán bộ huyện X', 'Đảng bộ, chính quyền và Nhân dân huyện X')
    # (or one of them its Party's committee, for the unit that received: 'Đảng ủy, HĐND, UBND xã X tổ chức Lễ ... đón
    # nhận Bằng khen', then 'Thủ tướng tặng Bằng khen cho Đảng bộ và nhân dân xã X')
    ux, uy = _PEOPLES_UNIT.search(x), _PEOPLES_UNIT.search(y)
    if not (ux and uy and ux["unit"] == uy["unit"]):
        return False
    bx, by = x[: ux.start("unit")], y[: uy.start("unit")]
    return ("nhân dân" in bx and "nhân dân" in by) or ("nhân dân" in by + bx and _PARTY_OF_UNIT.fullmatch(min(bx, by, key=len)) is not None)


_PARTY_OF_UNIT = re.compile(r"đảng (?:ủy|bộ) ")


# the typed place a unit's people are named after, at the end ('... và Nhân dân xã Tân Lập': 'xã tân lập', casefolded)
_PEOPLES_UNIT = re.compile(r"(?<!\w)(?P<unit>(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+\w[\w\s]*)$")


# the word that types a place before its name ('Cục Hải quan tỉnh Quảng Ninh'), which a headline may leave out
_UNIT_TYPE = re.compile(r"(?<!\w)(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn)\s+(?=\w)")


_SECTOR_HEAD = re.compile(r"(?:tổng cục|cục|sở|bộ|vụ)\s")


def _names_within(a: str, b: str) -> bool:
    """One recipient's name is the other's, or ends it: a headline's unit for the body's people of that unit, and
    'Cục Hải quan Quảng Ninh' for 'Cục Hải quan tỉnh Quảng Ninh'."""
    x, y = sorted((_UNIT_TYPE.sub("", a.casefold()), _UNIT_TYPE.sub("", b.casefold())), key=len)
    if y.endswith(x) or told_shorter(*sorted((a, b), key=len)):  # 'Công ty Than Hà Tu', 'Công ty CP Than Hà Tu - TKV'
        return True
    # 'Ngành Thống kê' for 'Tổng cục Thống kê': a sector, for the body at its head
    if any(s.startswith("ngành ") and _SECTOR_HEAD.match(t) and t.endswith(" " + s[len("ngành ") :]) for s, t in ((x, y), (y, x))):
        return True
    # 'Đồn Biên phòng Cửa khẩu Cầu Treo' for '... Cửa khẩu quốc tế Cầu Treo': a word or two left out inside (a short
    # form's part too: 'Đội CSGT Công an ...' for 'Đội CSGT-TT Công an ...')
    short, full = re.split(r"[\s\-–]+", x), re.split(r"[\s\-–]+", y)
    if len(short) >= 4 and short[:2] == full[:2] and full[-(len(short) - 2) :] == short[2:]:
        return True  # 'Công ty Thủy lợi X' for 'Công ty TNHH MTV Khai thác công trình thủy lợi X': its head and its last words
    return len(short) >= 3 and short[:2] == full[:2] and short[-1] == full[-1] and len(full) - len(short) <= 2 and _in_order(short, full)


def _shortened(short: str, full: str) -> bool:
    """Whether `short` opens with the first three words of `full` and keeps the rest of its words in order, some left
    out ('Phòng Cảnh sát PCCC số 3' for 'Phòng Cảnh sát PCCC và CNCH khu vực số 3 Công an thành phố Hải Phòng')."""
    s, f = short.casefold().split(), full.casefold().split()
    if len(s) >= 2 and s[0] == f[0] and any(w.isdigit() for w in s[1:]):
        return _in_order(s[1:], f[1:])  # 'Tổ 363' for 'Tổ công tác 363 Công an quận Ninh Kiều': its head and number
    return len(s) >= 4 and s[:3] == f[:3] and _in_order(s[3:], f[3:])


def _in_order(short: list[str], full: list[str]) -> bool:
    """Whether the words of `short` occur in `full` in the same order."""
    rest = iter(full)
    return all(word in rest for word in short)


def link_grants(
    doc: Document, found_in: list[tuple[GrantFact, bool]], presentations: list[Presentation], events: list[EventFact]
) -> list[GrantFact]:
    # a caption or headline that repeats a conferral of the body is the same grant
    body = _without_broken_down_totals([g for g, restated in found_in if not restated])
    by_key: dict[tuple, list[GrantFact]] = {}
    for h in body:
        by_key.setdefault(_key(h), []).append(h)
    grants = body + [
        g for g, restated in found_in
        if restated and not _told_in_body(g, body if _any_kind_of_body(g) else _kin_keyed(by_key, g))
        and not _sums(g, body) and not _sums_awards_told(doc, g, body) and not _sums_by_noun(doc, g, body)
        and not _holders_given(doc, g, body) and not _one_of_counted(doc, g, body) and not _award_of_its_officer(doc, g, body)
        and not _team_of_counted(g, body)
    ]  # fmt: skip
    grants = _without_told_uncounted(doc, _without_shares_of_totals(doc, _without_broken_down_totals(grants)))
    grants = _without_partial_lists(grants)
    grants = _without_umbrellas_over_next(doc, grants)
    # 'tổ chức Lễ biểu dương, khen thưởng 45 điển hình tiên tiến' over the 20 + 25 given there: the event's name sums
    # them up, as a headline does
    grants = [g for g in grants if not (_in_event_name(g, events) and _sums(g, [h for h in grants if h is not g], doc))]
    grants = _named_by_event(grants, events)
    for p in presentations:
        _hand_over(grants, p, events)
    for p in presentations:  # 'X trao Bằng khen cho các tập thể', and no grant of that award to such recipients
        if p.uncounted is not None and not _of_award(grants, p):
            grants.append(p.uncounted)
    grants = _merge_named(grants)
    grants = _merge_restated(grants)
    grants = _merge_one_and_others(grants)
    for p in presentations:
        _handed_as(grants, p)
    grants = _merge_handed_to_family(grants)
    grants = _without_named_members(doc, grants)
    by_all_levels: dict[int, bool] = {}  # (each sentence read once: a long one holds many grants)
    for g in grants:
        if g.event is None and g.status == "conferred" and g.evidence.start not in by_all_levels:
            by_all_levels[g.evidence.start] = _BY_ALL_LEVELS.search(g.evidence.text) is not None
        if g.event is None and g.status == "conferred" and not by_all_levels[g.evidence.start] and not LOOKING_BACK.match(g.evidence.text):
            # 'Lễ đón nhận Huân chương Độc lập hạng Nhất': the grant the event is named after (not the award a meeting
            # is about: 'Hội nghị tổng kết 10 năm xây dựng làng văn hóa' hands no village its title; nor what the levels
            # gave over the years a report sums up: 'có 2.350 lượt hội viên được các cấp khen thưởng'; nor one told as
            # before it: 'Trước đó, 2 công dân được UBND tỉnh tặng danh hiệu “Công dân tiêu biểu”' at the ceremony of it)
            g.event = next((e.key for e in events if _presented_in_name(e, g.award)), None)
    by_key = {e.key: e for e in events}
    for g in grants:
        if g.event and g.date is None:
            g.date = by_key[g.event].date
        if g.event and g.award != "khen-thuong" and g.count == 1 and g.recipient is not None and g.status == "conferred":
            # 'Lễ ... đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhất', then 'trao Huân chương cho Quân khu 9': the one
            # award of that kind the event's name presents, named in full there
            # (not where its own sentence names a class: 'ông B được tặng Huân chương hạng Ba' beside an order of 'hạng Nhì')
            finer = {a for a in by_key[g.event].awards if a != g.award and is_ancestor(g.award, a)}
            if (
                len(finer) == 1
                and not _CLASS_NAMED.search(g.evidence.text)
                and _presented_in_name(by_key[g.event], award := next(iter(finer)))
            ):
                g.award = award
    return grants


# commendations by the levels of the system, all of them ('được các cấp khen thưởng', 'các cấp tặng'): no one ceremony's
_BY_ALL_LEVELS = re.compile(r"(?<!\w)các cấp(?:\s+(?:chính quyền|Hội|hội|ủy đảng))?\s+(?:khen thưởng|tặng|trao tặng|biểu dương)(?!\w)")
_CLASS_NAMED = re.compile(r"(?<!\w)hạng\s+(?:nhất|nhì|ba|I{1,3}|[123])(?!\w)", re.I)  # an order's class, named
# a verb that presents or receives, in an event's name before the award it names ('Lễ đón nhận ...', 'trao tặng danh hiệu')
_PRESENTS_IN_NAME = re.compile(
    r"(?<!\w)(?:đón nhận|nhận|trao|tặng|phong|công bố|gắn|vinh danh|tôn vinh|tuyên dương|biểu dương|khen thưởng|công nhận)(?!\w)"
)


def _presented_in_name(e: EventFact, award: str) -> bool:
    """Whether an event's name presents (or receives) `award`: named after a verb that does. (A bare commendation is
    of every award's kind, but no name of another award presents it: 'Lễ đón nhận Cờ thi đua' is no ceremony of the
    'tuyên dương 20 đoàn viên' a later paragraph tells.)"""

    def named_as(other: str) -> bool:
        return other == award or (award != "khen-thuong" and same_award(other, award))

    named = find_awards(e.label)
    if not named:  # (read past the name, where it left a bracket out: the awards the event was read with)
        return any(named_as(a) for a in e.awards)
    key = match_key(e.label)
    # (not a title those it presents to had attained: 'Trao Giấy khen cho 45 hộ đạt danh hiệu Gia đình văn hóa')
    # (a title named by its quoted name, a bare commendation of its own, presents that title alone: 'Hội nghị biểu dương
    # “Cán bộ công đoàn tiêu biểu”' is no ceremony of a certificate given before it)
    return any(
        (m.award == award if m.name else named_as(m.award))
        and _PRESENTS_IN_NAME.search(key, 0, m.start) is not None
        and not _ATTAINED_BEFORE.search(key, 0, m.start)
        for m in named
    )


_ATTAINED_BEFORE = re.compile(r"(?<!\w)(?:đạt|đạt được|giữ vững|duy trì)(?:\s+danh hiệu)?\s*$")


def _without_umbrellas_over_next(doc: Document, grants: list[GrantFact]) -> list[GrantFact]:
    """'Đại hội đã biểu dương 35 tập thể, 48 cá nhân.' then 'Chủ tịch UBND quận tặng Giấy khen cho 5 tập thể, 7 cá
    nhân; Chủ tịch UBND phường tặng Giấy khen cho 30 tập thể, 41 cá nhân.': a bare commendation, to no one named, that
    only sums the grants of its kind the next sentence tells (two or more) is an umbrella over them, no grant."""
    bare = [g for g in grants if g.award == "khen-thuong" and not g.title and g.count and g.recipient is None and g.part_of is None]
    if not bare:
        return grants
    starts = [s.start for s in doc.sentences]
    # each sentence's grants of a kind and status: how many, and their counts' sum (read once, not once a bare one)
    told: dict[tuple[int, str, str], tuple[int, int]] = {}
    for h in grants:
        if h.count and h.part_of is None:
            # (a bare commendation of both kinds, 'tuyên dương 64 tập thể, cá nhân', sums the next sentence's of either)
            for kind in (h.recipient_kind, "mixed") if h.recipient_kind != "mixed" else ("mixed",):
                key = (h.evidence.start, kind, h.status)
                n, total = told.get(key, (0, 0))
                told[key] = (n + 1, total + h.count)
    given_at = {h.evidence.start for h in grants}  # the sentences that tell grants of any kind
    dropped = set()
    for g in bare:
        i = bisect.bisect_left(starts, g.evidence.start)
        if i >= len(starts) or starts[i] != g.evidence.start:
            continue
        if _SUM_TOLD.match(doc.sentences[i].text) and _sums_told_before(g, i, starts, told, given_at):
            dropped.add(id(g))  # 'Tổng cộng 70 tập thể, cá nhân được khen thưởng' after the 20 and the 50 told
            continue
        if i + 1 >= len(starts):
            continue
        if g.status == "proposed" and (
            _RESULTS_OF.match(doc.sentences[i + 1].text) is not None or RESULTS_LEAD_AFTER.search(doc.sentences[i].text) is not None
        ):
            # 'đề nghị cấp trên khen thưởng cho 48 tập thể. Kết quả: Chủ tịch nước tặng ...': the proposals' results, one
            # grant of them or more (or the items of a list after the lead, '... cho 18 tập thể. Kết quả:' over '- Bằng
            # khen ...: 15 tập thể;', or after '..., kết quả:' ending the proposal's own sentence)
            n = total = 0
            for j in range(i + 1, min(len(starts), i + 2 + _ITEMS_SUMMED)):
                if j > i + 1 and DASHED_OR_NUMBERED.match(doc.sentences[j].text) is None:
                    break
                more, more_total = told.get((starts[j], g.recipient_kind, "conferred"), (0, 0))
                n, total = n + more, total + more_total
            if n and total == g.count:
                dropped.add(id(g))
            continue
        # the next sentences in a row, each telling some, up to its sum ('89 tập thể, cá nhân được tuyên dương. Trong đó
        # có 3 cá nhân được ... tặng Bằng khen. Chủ tịch UBND quận tặng Giấy khen cho 86 tập thể, cá nhân.'); one that
        # tells no grant may come between ('Đồng chí A chủ trì hội nghị.')
        # (the items of a list count as one sentence: 'Kết quả cụ thể như sau:' over a row an award, as long as it runs)
        n = total = summed = items = 0
        j = i + 1
        while j < len(starts) and j < i + 1 + _SENTENCES_SCANNED + items:
            item = DASHED_OR_NUMBERED.match(doc.sentences[j].text) is not None
            if item and items < _ITEMS_SUMMED:
                items += 1
            if starts[j] not in given_at:
                j += 1
                continue
            more, more_total = told.get((starts[j], g.recipient_kind, g.status), (0, 0))
            if not more:
                break
            n, total, summed = n + more, total + more_total, summed + (not item)
            if total >= (g.count or 0) or summed == _SENTENCES_SUMMED:
                break
            j += 1
        if n > 1 and total == g.count:
            dropped.add(id(g))
    return [g for g in grants if id(g) not in dropped]


# a sentence that sums up what those before told ('Tổng cộng có 70 tập thể, cá nhân được khen thưởng', 'Như vậy, ...')
_SUM_TOLD = re.compile(r"\W*(?:[Tt]ổng cộng|[Tt]ổng số|[Nn]hư vậy|[Tt]ính chung|[Cc]ả thảy)(?!\w)")


def _sums_told_before(
    g: GrantFact, i: int, starts: list[int], told: dict[tuple[int, str, str], tuple[int, int]], given_at: set[int]
) -> bool:
    """Whether the bare commendation of sentence i, which sums up, adds up the grants of its kind the sentences just
    before it told (two or more; one that tells none may come between)."""
    n = total = 0
    for j in range(i - 1, max(-1, i - 1 - _SENTENCES_SCANNED), -1):
        if starts[j] not in given_at:
            continue
        more, more_total = told.get((starts[j], g.recipient_kind, g.status), (0, 0))
        if not more:
            break
        n, total = n + more, total + more_total
        if total >= (g.count or 0):
            break
    return n > 1 and total == g.count


_SENTENCES_SUMMED = 3  # the sentences in a row whose grants an umbrella may sum
_ITEMS_SUMMED = 40  # and the list items, which a table of awards turns into one a row
_SENTENCES_SCANNED = 4  # the sentences after it read for them, those of no grant among them
_RESULTS_OF = re.compile(r"\W*(?:[Kk]ết quả|[Qq]ua đó)\s*(?:,|:|là)")  # a sentence telling a proposal's results
# a proposal's own sentence that ends on the lead of its results ('... cho 18 tập thể, kết quả:'): the list after it
# tells what came of the proposals, conferred
RESULTS_LEAD_AFTER = re.compile(r"[,;.]\s*[Kk]ết quả(?:\s+(?:như sau|cụ thể|đạt được)){0,2}\s*:\s*$")
# a share the sentence says a unit has of those honoured ('Tỉnh Đồng Tháp có 2 nông dân được tôn vinh'), by its count
_HAS_SHARE = re.compile(r"(?<!\w)(?:có|trong đó có|trong số đó có)\s+0*(?P<n>\d+)\s")
_JOINED_SHARE = re.compile(r"[^\W\d]+(?:\s+[^\W\d]+){0,2}?\s*(?:,|\s+và)\s+0*(?P<n>\d+)\s")  # 'tập thể, 45 cá nhân'
# 'có' after a time ('Đặc biệt, trong năm có 3 tập thể được khen thưởng đột xuất') or opening its clause ('Có 3 tập thể
# ...'): there were so many, no unit's share
_THERE_WERE = re.compile(r"(?:(?<!\w)(?:năm|tháng|quý|tuần|kỳ|đợt|qua|nay|này)|^\W*|[,;:])\s*$", re.I)


def _without_shares_of_totals(doc: Document, grants: list[GrantFact]) -> list[GrantFact]:
    """'Lễ tôn vinh 100 nông dân Việt Nam xuất sắc', then 'Tỉnh Đồng Tháp có 2 nông dân được tôn vinh là A và B': a
    share a unit has of a commendation counted before, of the same noun, kind and status (and the same award, or a
    bare one), is a subset of that total, which the total records; not a grant of its own. (Read sentence by sentence,
    each count's noun once: an article of thousands of counts stays linear.)"""
    nouns: _Nouns = {}
    # the largest count told so far of each (noun, kind, status), by award
    seen: dict[tuple[str, str, str], dict[str, int]] = {}
    dropped: set[int] = set()
    by_sentence: dict[int, list[GrantFact]] = {}
    for g in grants:
        by_sentence.setdefault(g.evidence.start, []).append(g)
    for start in sorted(by_sentence):
        told = by_sentence[start]
        text = told[0].evidence.text
        said = (
            [m for m in _HAS_SHARE.finditer(text) if not (m[0].startswith("có") and _THERE_WERE.search(text, 0, m.start()))]
            if any(g.count for g in told)
            else []
        )
        shares = {int(m["n"]) for m in said}
        # (and the count joined right after one: 'cấp Bộ có 15 tập thể, 45 cá nhân được tặng Bằng khen': both are shares)
        shares |= {int(j["n"]) for m in said if (j := _JOINED_SHARE.match(text, m.end()))}
        for g in told:
            noun = _noun_of(doc, g, nouns) if g.count in shares else None
            before = seen.get((noun, g.recipient_kind, g.status), {}) if noun is not None else {}
            awards = before.keys() if g.award == "khen-thuong" else (g.award, "khen-thuong")
            if any(before.get(a, 0) > (g.count or 0) for a in awards):
                dropped.add(id(g))
        for g in told:
            if g.count and g.part_of is None and (noun := _noun_of(doc, g, nouns)) is not None:
                largest = seen.setdefault((noun, g.recipient_kind, g.status), {})
                largest[g.award] = max(largest.get(g.award, 0), g.count)
    return [g for g in grants if id(g) not in dropped] if dropped else grants


def _any_kind_of_body(restated: GrantFact) -> bool:
    """A headline's or caption's grant that may be any kind of the body's: to whom it leaves unsaid ('mixed'), a bare
    commendation, uncounted, or to the family of one the body names ('cho gia đình ông A': A's award)."""
    return (
        restated.recipient_kind == "mixed" or restated.award == "khen-thuong" or restated.count is None
        or _FAMILY_OF.match(restated.recipient or "") is not None
    )  # fmt: skip


def _told_in_body(restated: GrantFact, candidates: list[GrantFact]) -> bool:
    """Whether a caption's or headline's grant is one the body tells; the body's telling takes who handed it over and
    where, if only the caption says ('Đồng chí A trao Cờ thi đua của UBND tỉnh cho Sở X' under a photo, the body
    saying 'Năm 2023, Sở X được UBND tỉnh tặng Cờ thi đua')."""
    same = next((h for h in candidates if same_grant(restated, h, restated=True)), None)
    # the body's grants of the restated award, in its status: its one such grant may be the one restated
    of_award = [h for h in candidates if h.award == restated.award and h.status == restated.status] if same is None else []
    if same is None and restated.count is None:
        # 'Trao Bằng khen cho nhà tài trợ' over a body giving the one Bằng khen to a company: an uncounted headline's
        # word for its recipient may be of either kind; the body's one grant of that award is it
        same = of_award[0] if len(of_award) == 1 else None
    # '8 tập thể được tặng Cờ thi đua' over a body counting no such grant but 'các tập thể được trao Cờ thi đua của UBND
    # tỉnh' at its meeting: the body's one uncounted telling of it, counted by the headline
    if (
        same is None
        and restated.count is not None
        and restated.recipient is None
        and len(of_award) == 1
        and of_award[0].count is None
        and of_award[0].recipient is None
        and of_award[0].recipient_kind in (restated.recipient_kind, "mixed")
    ):
        same = of_award[0]
        same.count, same.approx, same.recipient_kind = restated.count, restated.approx, restated.recipient_kind
    if same is None and restated.count == 1 and restated.recipient is not None:
        # 'Phòng Cảnh sát PCCC số 3 được tặng Huân chương ...' over the body's one such grant to 'Phòng Cảnh sát PCCC và
        # CNCH khu vực số 3 ...': the headline's shorter name for the body's one recipient of that award
        kin = [
            h for h in candidates
            if h.award == restated.award and h.status == restated.status and h.count == 1 and h.recipient
            and _shortened(restated.recipient, h.recipient)
        ]  # fmt: skip
        if len(kin) > 1 and (giver := body_of(restated.conferrer)) is not None:
            # (the one the headline's giver gave: 'Công an TP khen thưởng Tổ 363' over its director's and a district's)
            kin = [h for h in kin if (other := body_of(h.conferrer)) is not None and other.name == giver.name]
        same = kin[0] if len(kin) == 1 else None
    if same is None and restated.count == 1 and restated.recipient is not None:
        # 'Khen thưởng đội tuyển bóng đá nữ Việt Nam' (or 'Trao Huân chương Lao động cho ...') over the body's one award to
        # 'đội tuyển bóng đá nữ quốc gia': a headline's commendation, or its award's kind, of the one recipient the body
        # names by the same head, in other words after it
        kin = [
            h for h in candidates
            if h.status == restated.status and h.count == 1 and h.recipient and _same_head(restated.recipient, h.recipient)
            and (restated.award == "khen-thuong" or same_award(restated.award, h.award))
        ]  # fmt: skip
        same = kin[0] if len({h.recipient for h in kin}) == 1 else None
    if same is None and restated.count == 1 and (family := _FAMILY_OF.match(restated.recipient or "")):
        # 'Trao Huân chương Kháng chiến cho gia đình ông Lò Văn Pọm' over the body's 'truy tặng liệt sĩ Lò Văn Pọm':
        # the family received the award of the one the body names in full, no household's own
        kin = [
            h for h in candidates
            if h.recipient_person == family["name"] and h.status == restated.status
            and same_award(h.award, restated.award)
        ]  # fmt: skip
        same = kin[0] if len(kin) == 1 else None
    if same is None:
        return False
    # ('Sở X nhận Cờ thi đua của Chính phủ' over the body's 'ông A trao Cờ thi đua cho tập thể Sở': the headline's form
    # names the award more exactly, read before its giver is taken, which would make the bare form a giver's own)
    _keep_narrower(same, restated)
    if same.presenter is None and restated.presenter is not None and restated.recipient is not None:
        same.presenter = restated.presenter
        same.event, same.date = same.event or restated.event, same.date or restated.date
    if (
        same.conferrer is None
        and restated.conferrer is not None
        and restated.status == same.status
        and not hands_over(restated.evidence.text)
    ):
        # 'Chủ tịch UBND tỉnh tặng Bằng khen cho 2 công dân dũng cảm' over the body's 'ông A, Chủ tịch UBND tỉnh trao Bằng
        # khen cho anh B và anh C': the giver only the headline says (not a body the headline says handed it over: 'Thành
        # đoàn X trao Giải thưởng Lý Tự Trọng cho 15 cán bộ', a prize of the central union's)
        same.conferrer = restated.conferrer
    if same.period is None and restated.period is not None and restated.recipient is not None and same.recipient == restated.recipient:
        # 'Trường X đạt danh hiệu Tập thể lao động xuất sắc năm học 2022-2023' over 'Năm học 2022-2023, Trường X được
        # UBND tỉnh tặng danh hiệu ...': the achievement the headline ties to the one recipient's award
        same.period = restated.period
    return True


_HEAD_WORDS = 4  # the words a unit's name opens with that name it, past which a headline may word it otherwise


def _same_head(a: str, b: str) -> bool:
    """Whether two names name one unit in other words after the same head ('đội tuyển bóng đá nữ Việt Nam', 'đội tuyển
    bóng đá nữ quốc gia'): four words or more the same, then words of which one side names no place, person or number;
    not two units each named after the head ('Đồn Biên phòng Cửa khẩu Cha Lo', '... Cửa khẩu quốc tế Cầu Treo', 'Phòng
    Cảnh sát PCCC khu vực số 5')."""
    wa, wb = a.split(), b.split()
    n = 0
    while n < min(len(wa), len(wb)) and wa[n].casefold() == wb[n].casefold():
        n += 1
    named = [any(w[:1].isupper() or any(c.isdigit() for c in w) for w in rest) for rest in (wa[n:], wb[n:])]
    return n >= _HEAD_WORDS and not all(named)


def _without_named_members(doc: Document, grants: list[GrantFact]) -> list[GrantFact]:
    """'tặng Bằng khen cho 4 tập thể, cá nhân. ... là: A; B; C và em D.' then 'Em D nhận Bằng khen': one named
    recipient among a counted total of the same award is the total's, told once (the total is recorded)."""
    sentences = doc.sentences
    index = {s.start: k for k, s in enumerate(sentences)}  # a grant's evidence is its sentence

    def listed_by(total: GrantFact, named: GrantFact) -> bool:
        i = index.get(total.evidence.start)
        # its sentence, or the list after it; not the named grant's own sentence, which tells a grant of its own
        told = (
            [s for s in sentences[i : i + 2] if s.start != named.evidence.start or s.start == total.evidence.start] if i is not None else []
        )
        return any(named.recipient in s.text for s in told)  # type: ignore[operator]

    def member(g: GrantFact) -> bool:
        if g.count != 1 or not g.recipient:
            return False
        return any(
            h is not g and h.count is not None and h.count > 1 and h.status == g.status and _specific(h.award) and same_award(h.award, g.award)
            and h.recipient_kind in (g.recipient_kind, "mixed") and h.presenter != g.recipient and listed_by(h, g)
            and not _beside(g, h) and (None in (g.conferrer, h.conferrer) or g.conferrer == h.conferrer)
            for h in grants
        )  # fmt: skip

    return [g for g in grants if not member(g)]


def _beside(named: GrantFact, total: GrantFact) -> bool:
    """'cho ông A và 5 cá nhân khác': the one named and the count beside them, read together, do not overlap."""
    if named.evidence.start != total.evidence.start:
        return False
    # (or the counts the list goes on with after the one named: 'cho ông A, 5 tập thể và 3 cá nhân'; a body named
    # first, then a count of its kind: 'cho thôn Đông Thành và 2 hộ gia đình', the body one more)
    named_first = named.evidence.rule in (NAMED_AND_COUNTED, NAMED_BODY_AND_COUNTED) and total.evidence.rule in (
        named.evidence.rule,
        COUNTS_AFTER_NAMED,
    )
    return named_first or named.evidence.rule == PERSON_AFTER_COUNTS


def counted_once(grants: list[GrantFact]) -> list[GrantFact]:
    """The grants that count each conferral once: a total whose parts the article also gives is left out for
    them (the view of award_grants.rq and of the gold annotations)."""
    totals = {id(g.part_of) for g in grants if g.part_of is not None}
    return [g for g in grants if id(g) not in totals]


# a number in an event's name, and the count of those it was held for right after the name (a count is matched by its
# value: patterns built for each count would be compiled again for every grant)
_NUMBER = re.compile(r"(?<![\d.])0*(?P<n>\d+)(?![\d.])")
# (or the commending it is coupled with, after its name: '... Chỉ thị số 05-CT/TW gắn với tôn vinh 15 tập thể, cá nhân',
# '... họp mặt kỷ niệm Ngày Nhà giáo Việt Nam, tuyên dương 75 nhà giáo tiêu biểu')
_FOR_THEM = re.compile(
    r"(?:\s+cho|(?:\s*,\s*|\s+(?:gắn với|kết hợp với|và)\s+)(?:tôn vinh|tuyên dương|biểu dương|khen thưởng|vinh danh))\s+0*(?P<n>\d+)(?![\d.,])"
)


def _in_event_name(g: GrantFact, events: list[EventFact]) -> bool:
    """Whether a grant's count is told in the name of an event its sentence names ('Lễ khen thưởng 45 điển hình')."""
    if g.count is None:
        return False

    def held_for(e: EventFact) -> bool:
        # (or right after it, those it was held for: 'tổ chức Lễ trao Huân chương Kháng chiến cho 12 cá nhân')
        at = e.evidence.text.lower().find(e.label.lower())
        return at >= 0 and (m := _FOR_THEM.match(e.evidence.text, at + len(e.label))) is not None and int(m["n"]) == g.count

    return any(
        e.evidence.start == g.evidence.start and (any(int(m["n"]) == g.count for m in _NUMBER.finditer(e.label)) or held_for(e))
        for e in events
    )


def _named_by_event(grants: list[GrantFact], events: list[EventFact]) -> list[GrantFact]:
    """'... tổ chức tuyên dương 10 gương thanh niên tiêu biểu', then 'trao Giấy khen của Giám đốc Công an tỉnh cho 10
    đoàn viên': the bare commendation an event is named after is the one grant of an award to as many of that kind
    given there, whoever gives it; told once, with what the bare one alone says (its period). A title of its own
    ('danh hiệu “Công dân tiêu biểu”') is an award apart."""
    out = []
    for g in grants:
        if g.award == "khen-thuong" and not g.title and g.event is not None and not g.named and _in_event_name(g, events):
            award_there = [
                h for h in grants
                if h is not g and h.event == g.event and h.award != "khen-thuong" and h.status == g.status
                and h.count == g.count and g.recipient_kind in (h.recipient_kind, "mixed")
            ]  # fmt: skip
            # (unless the article tells the bare commendation again as its giver's own act: 'Huyện đoàn tuyên dương 30
            # đoàn viên' beside another giver's award to 30)
            again = any(
                h is not g and h.award == "khen-thuong" and (h.count, h.recipient_kind) == (g.count, g.recipient_kind) for h in grants
            )
            if len(award_there) == 1 and not again:
                kept = award_there[0]
                for attr in ("period", "reason", "date"):
                    setattr(kept, attr, getattr(kept, attr) or getattr(g, attr))
                continue
        out.append(g)
    return out


TITLE_WITH_CERTIFICATE = "grants.title-with-certificate"  # the rule of a certificate given with a title to those it counts


def _sums(total: GrantFact, body: list[GrantFact], doc: Document | None = None) -> bool:
    """'Tặng Bằng khen cho 25 tập thể và cá nhân' over a body giving it to 13 tập thể and 12 cá nhân: the total told
    again. So is a headline's '5 nông dân được nhận bằng khen' over a body giving three awards to 1, 2 and 2 of them:
    an umbrella that only sums the grants the article lists. A headline's bare commendation may be loose about the kind
    it counts ('Tuyên dương 100 doanh nhân' over 25 enterprises and 75 businessmen); one told in an event's name, read
    with `doc`, is so only by a loose noun ('50 gương điển hình'), and one that counts persons there ('tuyên dương 30
    phụ nữ tiêu biểu') sums no grant to collectives."""
    if total.count is None:
        return False
    strict = doc is not None and _counts_persons(doc, total)

    def adds_up(grants: list[GrantFact]) -> bool:
        return len(grants) > 1 and sum(g.count or 0 for g in grants) == total.count

    def sums_bare(grants: list[GrantFact]) -> bool:  # (a total counting persons sums no grant to collectives)
        return adds_up(grants) and not (strict and _any_collective(grants))

    kinds = {total.recipient_kind, "mixed"} if total.recipient_kind != "mixed" else {"individual", "collective", "mixed"}
    # (the grants of its award, or of kinds of it, to its kind: 'Lễ trao Huân chương Lao động cho 3 cá nhân' over 1 of
    # the second class and 2 of the third, whatever else is given beside, 'Ngoài ra, 2 tập thể được tặng Cờ thi đua')
    parts = [g for g in body if same_award(g.award, total.award) and g.status == total.status and g.recipient_kind in kinds]
    # (of its own award first: not a bare commendation of others told beside, 'Trước đó, UBND tỉnh đã khen thưởng ...')
    for of_award in ([g for g in parts if g.award == total.award], parts):
        if adds_up(of_award):
            return True
    # (those given a title and the certificate with it counted once: '40 doanh nhân được tặng danh hiệu “Doanh nhân tiêu
    # biểu” và Bằng khen' are 40 of a headline's 'Tôn vinh 64 doanh nghiệp, doanh nhân')
    every = [g for g in body if g.status == total.status and g.evidence.rule != TITLE_WITH_CERTIFICATE]
    if adds_up(every) and all(g.recipient_kind in kinds for g in every):
        return True
    # ('20 tập thể, 35 cá nhân được khen thưởng' over a body commending 12 and 8 party cells and 35 members: a bare
    # commendation of one kind sums the body's grants of that kind)
    if total.award == "khen-thuong" and total.recipient_kind != "mixed":
        of_kind = [g.count or 0 for g in every if g.recipient_kind == total.recipient_kind]
        if len(of_kind) > 1 and sum(of_kind) == total.count:
            return True
    # 'Biểu dương 150 điển hình tiên tiến' over a ceremony giving 5 flags and 145 certificates: a headline's bare
    # commendation sums what was given at the event, of whatever kind, not what was given before it
    at_event = [g for g in every if g.event is not None]
    if total.award == "khen-thuong" and sums_bare(at_event):
        return True
    # ('Biểu dương 50 gương người tốt' over a body giving Giấy khen to 15 tập thể and 35 cá nhân, at no event it says: the
    # headline's word for them is loose about their kind, not its sum)
    if total.award == "khen-thuong" and sums_bare(every):
        return True
    # ('28 tập thể, cá nhân được khen thưởng' over 'trao Bằng khen cho 12 tập thể và 16 cá nhân' and a badge to one of
    # them besides: the grants of one award, of one sentence, or of one giver's award, that it sums; so does 'Biểu
    # dương 50 gương điển hình' over 'tặng giấy khen cho 20 tập thể và 30 cá nhân' and a higher body's 5, told apart
    # or beside them, its word loose about their kind where they are of both kinds)
    if total.award == "khen-thuong":
        groups: dict[object, list[GrantFact]] = {}
        for g in every:
            groups.setdefault(("award", g.award), []).append(g)
            groups.setdefault(("told", g.evidence.start), []).append(g)
            if g.conferrer is not None:
                groups.setdefault(("given", g.award, label(g.conferrer).casefold()), []).append(g)
        if any(
            sums_bare(group) and (total.recipient_kind == "mixed" or {g.recipient_kind for g in group} >= {"collective", "individual"})
            for group in groups.values()
        ):
            return True
    # 'khen thưởng hơn 3.000 lượt tập thể, cá nhân' over a body giving 12 flags, 350 certificates and 2.512 commendations:
    # a bare commendation counted roughly, of both kinds, rounds the sum of the grants given
    if total.award == "khen-thuong" and total.approx and total.recipient_kind == "mixed" and len(every) > 1:
        given = sum(g.count or 0 for g in every)
        if abs(given - total.count) <= _ROUNDED * total.count:
            return True
    # 'đề nghị khen thưởng 25 tập thể, cá nhân' over a meeting that proposes 15 and gives 10 itself: a bare commendation
    # of both kinds sums the article's grants, whatever their status
    return total.award == "khen-thuong" and total.recipient_kind == "mixed" and adds_up(body)


_ROUNDED = 0.2  # how far a sum may lie from the round number that tells it ('hơn 3.000' for 3.129)
# the nouns of a bare commendation loose about the kind it counts: its examples may be collectives too
_LOOSE_NOUNS = frozenset({"gương", "tấm gương", "điển hình", "điển hình tiên tiến"})


def _counts_persons(doc: Document, total: GrantFact) -> bool:
    """Whether a total of individuals counts them by a noun of persons ('30 phụ nữ', '58 học sinh'), not a loose one."""
    noun = _noun_of(doc, total) if total.recipient_kind == "individual" else None
    return noun is not None and noun not in _LOOSE_NOUNS


def _any_collective(grants: list[GrantFact]) -> bool:
    return any(g.recipient_kind != "individual" for g in grants)


_Nouns = dict[tuple[int, int], dict[tuple[int | None, str | None], str | None]]


def _noun_of(doc: Document, g: GrantFact, nouns: _Nouns | None = None) -> str | None:
    """The noun the count of a grant was written with ('23 học sinh'), read from its sentence's counts (the first of
    that number and kind). `nouns`, where given, keeps each sentence's nouns, read once a sentence: a caller asking of
    every grant of an article of thousands of counts stays linear."""
    key = (g.evidence.start, g.evidence.end)
    if nouns is None or (table := nouns.get(key)) is None:
        table = {}
        for c in doc.spans("counts", *key):
            table.setdefault((c.value.value, c.value.kind), count_noun(doc.text[c.start : c.end]))
        if nouns is not None:
            nouns[key] = table
    return table.get((g.count, g.recipient_kind))


def _sums_by_noun(doc: Document, total: GrantFact, body: list[GrantFact]) -> bool:
    """'Tuyên dương 58 học sinh đạt giải quốc gia' over a body giving Bằng khen to 23 học sinh and Giấy khen to 35 học
    sinh (and to 40 giáo viên): a headline's bare commendation sums the grants to those its noun counts."""
    if total.award != "khen-thuong" or not total.count or (noun := _noun_of(doc, total)) is None:
        return False
    parts = [h.count or 0 for h in body if h.status == total.status and h.count and _noun_of(doc, h) == noun]
    return len(parts) > 1 and sum(parts) == total.count


_ANY_BODY_NOUNS = frozenset({"tập thể", "đơn vị", "cơ quan", "địa phương"})


def _one_of_counted(doc: Document, g: GrantFact, body: list[GrantFact]) -> bool:
    """'Xã Tân Mỹ nhận Cờ thi đua của UBND tỉnh' over a body's 'UBND tỉnh tặng Cờ thi đua cho 3 xã': a headline's one
    named recipient of an award the body counts, unnamed, to several of its kind, from the same giver, is one of those
    (a subset of a counted total, which stands for it)."""
    if g.count != 1 or not g.recipient or g.status != "conferred":
        return False
    counted = [
        h for h in body
        if h.award == g.award and h.status == g.status and h.recipient_kind == g.recipient_kind and (h.count or 0) > 1
        and h.recipient is None and not h.named and (g.conferrer is None or label(g.conferrer) == label(h.conferrer))
    ]  # fmt: skip
    if len(counted) != 1:
        return False
    h = counted[0]
    span = next(
        (c for c in doc.spans("counts", h.evidence.start, h.evidence.end) if (c.value.value, c.value.kind) == (h.count, h.recipient_kind)),
        None,
    )
    # (the count's noun and those joined to it: '3 xã, thị trấn' counts 'Thị trấn X')
    nouns = {count_noun(doc.text[span.start : span.end]), *nouns_joined(doc.text, span.end)} if span is not None else set()
    said = g.recipient.casefold()
    return g.recipient_kind == "individual" or bool(nouns & _ANY_BODY_NOUNS) or any(n and said.startswith(n + " ") for n in nouns)


TEAM_WORDS = r"(?i:ê-?kíp|ê kíp|kíp|nhóm|tổ công tác)"  # a team of people, named by what it is, no body's name
_TEAM_ALONE = re.compile(rf"(?<!\w)(?:tập thể\s+)?{TEAM_WORDS}(?!\w)(?!\s+(?:\d|[A-ZĐ]))")  # (not 'Tổ công tác 178', named)


def _team_of_counted(g: GrantFact, body: list[GrantFact]) -> bool:
    """'Khen thưởng đột xuất Tổ công tác triệt phá đường dây ma túy' over a body's 'tặng Giấy khen cho 2 tập thể và 8 cá
    nhân': a headline's bare commendation of a team it names by what the team did, no name of its own, is of the
    collectives the body commends (one of them, or their sum)."""
    if g.award != "khen-thuong" or g.count != 1 or g.recipient_kind != "collective" or g.status != "conferred":
        return False
    # (the team as the recipient read, or, left unnamed, as the headline words it: 'Khen thưởng tổ công tác bắt giữ ...')
    if (_TEAM_ALONE.match(g.recipient) if g.recipient else _TEAM_ALONE.search(g.evidence.text)) is None:
        return False
    return any(h.status == "conferred" and h.recipient_kind in ("collective", "mixed") for h in body)


def _award_of_its_officer(doc: Document, g: GrantFact, body: list[GrantFact]) -> bool:
    """'Công ty X nhận Huân chương Lao động hạng Ba' over a body that gives that award to one person only, who holds a
    post in X ('Ông A, Giám đốc Công ty, được Chủ tịch nước tặng ...'): the headline names the unit for its officer's
    award; the body's grant is the one told."""
    if g.count != 1 or g.recipient_kind != "collective" or not g.recipient or not _specific(g.award):
        return False
    of_award = [h for h in body if h.status == g.status and same_award(h.award, g.award)]
    if len(of_award) != 1 or of_award[0].recipient_kind != "individual" or of_award[0].count != 1:
        return False
    holder = of_award[0].recipient_person
    units = {p.org.name for s in doc.spans("people") if s.value.name == holder for p in s.value.posts if p.org is not None}
    return any(_names_within(g.recipient, unit) for unit in units)


def _holders_given(doc: Document, g: GrantFact, body: list[GrantFact]) -> bool:
    """'45 gia đình được công nhận "Gia đình văn hóa tiêu biểu"' over a body's 'tặng Giấy khen cho 45 gia đình văn hóa
    tiêu biểu': a headline's title is what the body's counted recipients are called, the award they were given
    another; the body's grant is the one told."""
    if g.count is None:
        return False
    for h in body:
        if (h.count, h.status) != (g.count, g.status) or h.award == g.award or h.recipient_kind not in (g.recipient_kind, "mixed"):
            continue
        counts = [c for c in doc.spans("counts", h.evidence.start, h.evidence.end) if c.value.value == h.count]
        titles = [a for a in doc.spans("awards", h.evidence.start, h.evidence.end) if same_award(a.value.award, g.award)]
        if any(c.start <= a.start <= c.end + 1 for c in counts for a in titles):
            return True
    return False


def _sums_awards_told(doc: Document, total: GrantFact, body: list[GrantFact]) -> bool:
    """'Trao danh hiệu Thầy thuốc Nhân dân, Thầy thuốc Ưu tú cho 15 y, bác sĩ' over a body giving the one to 2 and the
    other to 13: a headline's or caption's one count of the several awards it names is their sum, told again."""
    if total.count is None:
        return False
    told = {a.award for a in doc.values("awards", total.evidence.start, total.evidence.end)}
    kinds = {total.recipient_kind, "mixed"}
    parts = [
        g for g in body
        if g.status == total.status and g.recipient_kind in kinds and any(same_award(g.award, a) for a in told)
    ]  # fmt: skip
    # (a grant the body tells twice, 'trao danh hiệu X cho 2 bác sĩ', then 'Các bác sĩ được phong tặng danh hiệu X gồm:
    # A và B', counts once)
    once = {(g.award, g.recipient_kind, g.count) for g in parts}
    return len(told) > 1 and len({award for award, _, _ in once}) > 1 and sum(n or 0 for _, _, n in once) == total.count


def _without_broken_down_totals(grants: list[GrantFact]) -> list[GrantFact]:
    """'Huân chương Lao động cho 5 tập thể (hạng nhất 1 tập thể; hạng nhì 3 tập thể; hạng ba 1 tập thể)':
    a sentence's total of an award whose narrower awards it also counts, to the same sum, is those grants: each
    part is linked to the total (GrantFact.part_of), and the total stays, so no count is lost or counted twice."""

    same_sentence: dict[tuple, list[GrantFact]] = {}
    for g in grants:
        same_sentence.setdefault((g.evidence.start, g.recipient_kind), []).append(g)
    at = {id(g): i for group in same_sentence.values() for i, g in enumerate(group)}  # a grant's place in its group
    awards_in = {key: {g.award for g in group} for key, group in same_sentence.items()}

    def parts(total: GrantFact) -> list[GrantFact]:
        """The grants that break the total down: every narrower one of the sentence if they add up to it, else
        the first ones after it that do ('5 cá nhân (hạng nhì 2 cá nhân; hạng ba 3 cá nhân); hạng Ba cho 2 cán
        bộ ...': the last is a grant of its own)."""
        if total.count is None or total.title:
            return []  # (a title named in quotes, 'danh hiệu “Công dân tiêu biểu”', is an award of its own, no total)
        # a total of 'tập thể, cá nhân' together ('50 tập thể, cá nhân được khen thưởng, trong đó ... Bằng khen cho 20
        # tập thể, 30 cá nhân') is broken down by the collectives and individuals the sentence counts after it
        # ('khen thưởng 45 tập thể, cá nhân, gồm: 5 Bằng khen ... và 40 Giấy khen ...': or by narrower awards to both)
        kinds = ("collective", "individual", "mixed") if total.recipient_kind == "mixed" else (total.recipient_kind,)
        if total.recipient_kind != "mixed" and not any(  # no narrower award in the sentence: not a total (and no scan)
            a != total.award and is_ancestor(total.award, a) for a in awards_in[(total.evidence.start, total.recipient_kind)]
        ):
            return []
        found = [
            g for kind in kinds for g in same_sentence.get((total.evidence.start, kind), [])
            if g is not total and g.count and (kind == total.recipient_kind or g.part_of is None)
            and ((g.award != total.award and is_ancestor(total.award, g.award))
                 or (g.award == total.award and total.recipient_kind == "mixed" != kind))  # 'Bằng khen (05 tập thể, 15 cá nhân)'
        ]  # fmt: skip
        if sum(g.count or 0 for g in found) == total.count:
            return found
        if total.approx and len(found) > 1 and abs(sum(g.count or 0 for g in found) - total.count) <= _ROUNDED * total.count:
            return found  # 'gần 100 tập thể, cá nhân được khen thưởng, trong đó 10 ..., 15 ..., 30 ... và 40 ...': rounded
        if total.recipient_kind == "mixed":
            return []
        after, run = [], 0
        for g in (g for g in found if at[id(g)] > at[id(total)]):
            after.append(g)
            run += g.count or 0
            if run >= total.count:
                break
        return after if run == total.count else []

    for total in grants:
        if total.part_of is None:
            for part in parts(total):
                part.part_of = total  # kept, and linked: sums count the parts or the total, never both
    return _classes_across_kinds(grants)


def _classes_across_kinds(grants: list[GrantFact]) -> list[GrantFact]:
    """'Huân chương Lao động cho 7 tập thể, 5 cá nhân (02 hạng Nhì, 10 hạng Ba)': a sentence's classes of an award
    counted with no kind of their own, adding up to its totals of both kinds together, cut across those totals: the
    totals stand, each with the classes it is made of (GrantFact.classes), and the classes' counts are no grants of
    their own (each conferral is counted once, by its kind)."""
    by_sentence: dict[int, list[GrantFact]] = {}
    for g in grants:
        if g.count and g.part_of is None and not g.title:
            by_sentence.setdefault(g.evidence.start, []).append(g)
    dropped: set[int] = set()
    for group in by_sentence.values():
        if len(group) < 4 or not any(g.recipient_kind == "mixed" for g in group):
            continue  # (no class counted with no kind: nothing to read, and no scan of a long sentence's grants)
        for total in {g.award: g for g in group if g.recipient_kind != "mixed"}.values():  # (each award once)
            totals = [t for t in group if t.award == total.award and t.status == total.status and t.recipient is None]
            classes = [g for g in group if g.award != total.award and is_ancestor(total.award, g.award) and g.status == total.status]
            if (
                {t.recipient_kind for t in totals} == {"collective", "individual"}
                and len(classes) > 1
                and any(g.recipient_kind == "mixed" for g in classes)
                and sum(g.count or 0 for g in classes) == sum(t.count or 0 for t in totals)
                and not any(t.classes for t in totals)
            ):
                ids = tuple(dict.fromkeys(g.award for g in classes))
                for t in totals:
                    t.classes = ids
                dropped |= {id(g) for g in classes}
                break
    return [g for g in grants if id(g) not in dropped] if dropped else grants


def _without_told_uncounted(doc: Document, grants: list[GrantFact]) -> list[GrantFact]:
    """'UBND huyện tặng Giấy khen cho các tập thể có thành tích': a grant to recipients named by their kind alone is
    the article's only telling of that award to them, or it sums up grants the article counts ('... cho 12 tập
    thể'), which it then is not; where it tells the one commendation counted as such (of several, the one counted
    by its noun: 'cho nhà giáo ...' after '24 HS' and '20 nhà giáo'), it says which award that was."""
    kept = []
    counted_by: dict[str, list[GrantFact]] = {}  # by status: only grants without a count look through them
    # (not a title the article names as given, an award of its own: '10 công dân được trao tặng danh hiệu “Công dân Thủ đô
    # ưu tú”', then 'Mỗi công dân được nhận Bằng khen của UBND thành phố', given with it)
    titled = _titles_given(grants)
    for h in grants:
        if h.evidence.rule != UNCOUNTED and not (h.award == "khen-thuong" and h.title in titled):
            counted_by.setdefault(h.status, []).append(h)
    for g in grants:
        if g.evidence.rule != UNCOUNTED:
            kept.append(g)
            continue
        # (a body that hands over in person is its host, not another giver: 'Ủy ban MTTQ tỉnh (tổ chức) trao Bằng khen cho
        # các tập thể, cá nhân' after '18 tập thể và 27 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen')
        hosted = hands_over(g.evidence.text)
        counted = [h for h in counted_by.get(g.status, []) if same_award(h.award, g.award) and (hosted or not _given_apart(g, h))]
        told_by = _to_kind(counted, g.recipient_kind)
        if told_by and (noun := noun_given_to(g.evidence.text)) is not None:
            # ('tặng Bằng khen cho các học sinh và 4 giáo viên': its own sentence's count of another noun counts others)
            told_by = [h for h in told_by if h.evidence.start != g.evidence.start or _noun_of(doc, h) == noun]
        if not told_by and g.recipient_kind == "mixed" and counted and _listed_with_others(g, grants):
            # 'trao Huân chương Hữu nghị, Huy chương Hữu nghị cho các tập thể, cá nhân', then each counted: the
            # collectives and individuals are those of the awards together, not of each one
            continue
        if len(told_by) > 1 and (noun := noun_given_to(g.evidence.text)) is not None:
            told_by = [h for h in told_by if _noun_of(doc, h) == noun] or told_by
        # the counting it tells: a generic commendation was this award (a total broken down, its parts too)
        if len(told_by) == 1 or _one_counting(told_by) or _one_total_and_parts(told_by):
            for h in told_by:
                _refine_generic(h, g.award, g.classes, g.conferrer)
                h.presenter = h.presenter or g.presenter
                h.on_behalf_of = h.on_behalf_of or g.on_behalf_of
        if not told_by:
            kept.append(g)
    return kept


LISTED_BY_ITEMS = "grants.listed-by-items"  # a grant a heading left uncounted, counted by the items of its list


def _without_partial_lists(grants: list[GrantFact]) -> list[GrantFact]:
    """'Chủ tịch UBND huyện tặng Giấy khen cho 3 cá nhân', then 'Danh sách cá nhân được tặng Giấy khen:' over two items:
    a list of fewer than a grant of that award counted before names some of its recipients, no grant of its own."""
    counted: list[GrantFact] = []
    kept = []
    for g in grants:
        if (
            g.evidence.rule == LISTED_BY_ITEMS
            and g.count
            and any(
                h.count > g.count and h.status == g.status and h.recipient_kind == g.recipient_kind and same_award(h.award, g.award)
                for h in counted
                if h.count
            )
        ):
            continue
        if g.evidence.rule != LISTED_BY_ITEMS:
            counted.append(g)
        kept.append(g)
    return kept


def _given_apart(g: GrantFact, h: GrantFact) -> bool:
    """Whether two grants are told with givers of different bodies ('Chủ tịch UBND thành phố khen thưởng 2 tập thể',
    then 'Giám đốc Công an thành phố tặng Giấy khen cho các đơn vị'): the one does not tell the other's award."""
    a, b = body_of(g.conferrer), body_of(h.conferrer)
    # (a body's standing organ gives in its name: 'Ban Thường vụ Huyện đoàn X' and 'Huyện đoàn X' are one giver)
    one_body = a is not None and b is not None and organ_s_body(a.name) == organ_s_body(b.name)
    return g.conferrer is not None and h.conferrer is not None and label(g.conferrer) != label(h.conferrer) and not one_body


def _one_counting(told_by: list[GrantFact]) -> bool:
    """Whether the grants are one sentence's generic commendation counted both ways ('khen thưởng 2 tập thể và 4 cá
    nhân'), which 'Các tập thể, cá nhân được tặng Bằng khen' then names the award of, for both."""
    return len({(h.evidence.start, h.award, h.recipient_kind) for h in told_by}) == len(told_by) and all(
        h.award == "khen-thuong" and h.evidence.start == told_by[0].evidence.start for h in told_by
    )


def _one_total_and_parts(told_by: list[GrantFact]) -> bool:
    """Whether the grants are one total and the parts it is broken down into ('120 học sinh được tuyên dương, trong đó
    có 3 ..., 45 ... và 72 ...'), which 'Mỗi em được tặng Giấy khen' then names the award of, for all."""
    totals = [h for h in told_by if h.part_of is None]
    return len(totals) == 1 and all(h.part_of is totals[0] for h in told_by if h is not totals[0])


def _listed_with_others(g: GrantFact, grants: list[GrantFact]) -> bool:
    """Whether the uncounted grant `g` is one of several awards its sentence lists to the same recipients."""
    return any(h is not g and h.evidence.rule == UNCOUNTED and h.evidence.start == g.evidence.start and h.award != g.award for h in grants)


def _refine_generic(g: GrantFact, award: str, classes: tuple[str, ...], conferrer: Conferrer | None) -> None:
    """'tôn vinh 45 nông dân xuất sắc', then 'trao Bằng khen của UBND tỉnh cho các nông dân xuất sắc': a commendation
    counted as such ('khen thưởng', 'tôn vinh'), then told as an award to the same recipients, was that award, from
    that award's own giver."""
    if g.award == "khen-thuong" and award != "khen-thuong" and (not g.title or g.evidence.rule == _COMMENDED_UNDER):
        g.award, g.classes, g.title = award, classes, None
        g.conferrer = conferrer or g.conferrer


def _of_award(grants: list[GrantFact], p: Presentation) -> list[GrantFact]:
    """The conferred grants of the award a presentation hands over, to recipients of the kind it names: 'các tập
    thể, cá nhân' (mixed) are the collectives and the individuals of an award counted both ways (or together), not
    its '90 gia đình' alone; 'các cá nhân' are its individuals (or a count of both kinds together)."""
    generic = p.award.award == "khen-thuong"  # handing over 'khen thưởng' hands over the commendations counted as such
    found = [g for g in grants if g.status == "conferred" and (g.award == "khen-thuong" if generic else same_award(g.award, p.award.award))]
    if not found and p.owner is None:
        # 'Lễ đón nhận Cờ thi đua của Chính phủ', then 'trao Cờ thi đua cho xã': a bare form, read at the province's
        # level, is the Government's told before
        found = [g for g in grants if g.status == "conferred" and (p.award.award, g.award) in BY_LEVEL]
    if p.award.name is not None and (named := [g for g in found if g.title == p.award.name]):
        found = named  # 'trao giải' at the 'Lễ trao Giải thưởng X': that prize's grants, not a bare commendation beside
    if not generic and _to_kind(told := [g for g in found if g.award != "khen-thuong"], p.kind):
        # 'Đại hội biểu dương 150 tập thể', '50 tập thể được tặng Bằng khen', then 'trao Bằng khen cho các tập thể': the
        # award's own grants, not the bare commendation it would otherwise name (told as such only where none is)
        found = told
    if generic and not found and p.event is not None:
        # ('trao các phần thưởng cho các tập thể, cá nhân' where none was counted bare: the awards given at its event)
        found = [g for g in grants if g.status == "conferred" and g.event == p.event]
    return _to_kind(found, p.kind)


def _to_kind(found: list[GrantFact], kind: str | None) -> list[GrantFact]:
    """Of the grants `found`, those to recipients of `kind`: for 'mixed' all of them, if they are counted both ways
    or together; for a kind, those to it, else those to both kinds together."""
    kinds = {g.recipient_kind for g in found}
    if kind is None:
        return found
    if kind == "mixed":
        return found if "mixed" in kinds or {"collective", "individual"} <= kinds else []
    return [g for g in found if g.recipient_kind == kind] or [g for g in found if g.recipient_kind == "mixed"]


def _hand_over(grants: list[GrantFact], p: Presentation, events: list[EventFact]) -> None:
    """'trao Bằng khen cho các tập thể, cá nhân' hands over every grant of that award to such recipients: those given at
    the event it was handed over at, if any; else, when several events are reported, those of the first event that has
    such grants."""
    targets = [g for g in _of_award(grants, p) if g.presenter is None and not _commended_by_another(g, p, events)]
    at_its_event = [g for g in targets if p.event is not None and g.event == p.event and g.count is not None]
    if at_its_event:  # those given where it was handed over, not the years' totals told before them
        targets = at_its_event
    elif targets:
        first_event = targets[0].event
        targets = [g for g in targets if g.event == first_event]
    owner = label(p.owner)
    givers = {label(g.conferrer) for g in targets}
    if owner is not None and (same_giver := [g for g in targets if label(g.conferrer) == owner]):
        targets = same_giver  # 'trao Bằng khen của Bộ trưởng cho các tập thể': the minister's, not the province's too
    elif owner is not None and len(givers) > 1 and (same_giver := [g for g in targets if one_authority(g.conferrer, p.owner)]):
        # (of grants by several givers, those of the one authority told two ways: 'Bằng khen của UBND tỉnh' in a caption,
        # 'Chủ tịch UBND tỉnh tặng Bằng khen' in the body; not the central union's beside it)
        targets = same_giver
    elif owner is not None and len(givers) == 1:
        # 'Sở X tổ chức trao Kỷ niệm chương cho 25 nhà giáo', then 'ông A trao Kỷ niệm chương của Bộ trưởng Bộ Y cho
        # các nhà giáo': the award is whose the handing-over names, not the organiser's
        for target in targets:
            # (one authority told two ways keeps its head's office: 'Chủ tịch UBND tỉnh tặng' over a caption's 'Bằng
            # khen của UBND tỉnh', 'Bằng khen của Bộ trưởng' over the ministry that held the ceremony)
            if not (one_authority(target.conferrer, p.owner) and isinstance(target.conferrer, Office)):
                target.conferrer = p.owner
    for target in targets:
        target.presenter = p.presenter
        if p.to is not None and target.count == 1 and p.to.kind == "OtherUnit" and people_of(target.recipient or "", p.to.name):
            # 'xã X tổ chức Lễ đón nhận danh hiệu ...', then 'trao danh hiệu cho Đảng bộ, chính quyền và Nhân dân xã X':
            # its people received it, not the commune's committee that held the ceremony
            target.recipient, target.recipient_org, target.recipient_person = p.to.name, p.to, None
        target.event = target.event or p.event  # handed over at an event, though counted where none is named
        if target.count == 1 and target.award != p.award.award and is_ancestor(target.award, p.award.award):
            # 'X đón nhận Huân chương' in the headline, then 'Bộ trưởng gắn Huân chương Bảo vệ Tổ quốc hạng Nhất lên Cờ
            # truyền thống của X': the award handed over names it more exactly (one recipient's: not 5 schools' orders,
            # of which one school's is handed over)
            target.award, target.classes = p.award.award, p.award.classes
        if p.on_behalf_of is not None:
            target.on_behalf_of = p.on_behalf_of
            # who delegated the handing-over confers it, not the body that held the ceremony ('Sở X tổ chức Lễ trao
            # Kỷ niệm chương ...', then 'Thừa ủy quyền của Bộ trưởng Bộ Y, bà Z đã trao Kỷ niệm chương ...')
            # an award that names its giver keeps it ('Thay mặt lãnh đạo tỉnh, bà A trao Bằng khen của Thủ tướng Chính
            # phủ cho xã'), as does one the law gives one office ('Thay mặt lãnh đạo tỉnh, ông A trao danh hiệu cho thân
            # nhân các mẹ': the President's title still)
            if owner is None and default_conferrer(target.award) is None:
                target.conferrer = p.on_behalf_of


def _commended_by_another(g: GrantFact, p: Presentation, events: list[EventFact]) -> bool:
    """'ông A trao Bằng khen của UBND huyện cho thị trấn', then 'UBND thị trấn khen thưởng 8 tổ dân phố': a bare
    commendation whose giver is said, another than the one whose award was handed over, is not that award (not one
    an event's name counts, its giver the host: 'Hội Nông dân huyện tổ chức Lễ tôn vinh 45 nông dân', where the award
    handed over is what they were honoured with)."""
    return (
        not _in_event_name(g, events)
        and g.award == "khen-thuong"
        and p.award.award != "khen-thuong"
        and p.owner is not None
        and g.conferrer is not None
        and not one_authority(g.conferrer, p.owner)
    )


def one_authority(a: Conferrer | None, b: Conferrer | None) -> bool:
    """Whether two givers are one authority told two ways: a body and its head's office ('Chủ tịch UBND tỉnh X' told
    in the body, 'Bằng khen của UBND tỉnh X' in a caption)."""
    bodies = [body_of(a), body_of(b)]
    return a is not None and b is not None and bodies[0] is not None and label(bodies[0]) == label(bodies[1])


def _handed_as(grants: list[GrantFact], p: Presentation) -> None:
    """A commendation counted, then handed over by a presenter as an award, was that award (`_refine_generic`)."""
    for g in grants:
        if g.presenter == p.presenter and g.status == "conferred" and g.count is not None:
            _refine_generic(g, p.award.award, p.award.classes, p.uncounted.conferrer if p.uncounted is not None else None)


def _merge_restated(grants: list[GrantFact]) -> list[GrantFact]:
    """'Lễ truy tặng danh hiệu ... cho 4 Mẹ' then 'đã trao Bằng ... cho thân nhân 4 Mẹ', or a lead restated in the
    body: one grant told twice, in two sentences, is one grant; what the second adds (presenter, date) is kept."""
    out: list[GrantFact] = []
    seen: dict[tuple, dict[int, list[GrantFact]]] = {}  # by key, then by sentence: a sentence never restates itself
    titled = _titles_given(grants)
    for g in grants:
        by_sentence = seen.get(_key(g), {})
        same = next(
            (
                h
                for start, told in by_sentence.items()
                if start != g.evidence.start
                for h in told
                if _one_event(g, h)
                and not _years_apart(g, h)
                and (
                    not _other_givers(g, h)
                    or (_organised_handing(g) != _organised_handing(h) and not _also_given(g))
                    or _to_those_commended(g, h)
                )
                and (same_grant(g, h) or _commended_as(g, h, titled) or _named_after(g, h))
            ),
            None,
        )
        if same is None:
            out.append(g)
            seen.setdefault(_key(g), {}).setdefault(g.evidence.start, []).append(g)
            continue
        if _other_givers(g, same) and _organised_handing(same) and not _OWNER_HANDED.search(same.evidence.text):
            # (the giver said, not the body that held the handing-over; but the award's owner it said with the award,
            # 'Tỉnh đoàn tổ chức trao Huy hiệu “...” của Trung ương Đoàn', stays, whoever hands it over after)
            same.conferrer = g.conferrer
        _told_again(same, g)
    return out


# those given with one named, counted as the others ('cho cô A cùng 2 nhà giáo khác', 'cho bà B và 4 cá nhân khác')
_OTHERS = re.compile(r"(?<!\w)(?:cùng|và)\s+0*(?P<n>\d+)\s+(?:\w+\s+){1,3}?khác(?!\w)", re.I)


def _merge_one_and_others(grants: list[GrantFact]) -> list[GrantFact]:
    """'3 nhà giáo được phong tặng danh hiệu Nhà giáo ưu tú', then 'trao Huy hiệu cho cô A cùng 2 nhà giáo khác': the
    one named and the others counted after her, as many together as a grant of that award told before, are that
    grant handed over; what the handing adds (its presenter, its day) is the grant's."""
    by_sentence: dict[int, list[GrantFact]] = {}
    for g in grants:
        by_sentence.setdefault(g.evidence.start, []).append(g)
    dropped: set[int] = set()
    for start, told in by_sentence.items():
        counted = [g for g in told if g.count and not g.recipient and g.part_of is None]
        if len(counted) != 1:
            continue
        rest = counted[0]
        alike = (rest.recipient_kind, rest.status)
        named = [
            g for g in told if g.count == 1 and g.recipient and (g.recipient_kind, g.status) == alike and same_award(g.award, rest.award)
        ]
        others = any(int(m["n"]) == rest.count for m in _OTHERS.finditer(rest.evidence.text))
        if not named and not others:
            continue
        total = rest.count + (len(named) or 1)
        whole = next(
            (
                h for h in grants
                if h.evidence.start < start and id(h) not in dropped and not h.recipient and h.count == total
                and (h.recipient_kind, h.status) == alike and same_award(h.award, rest.award)
                and _one_event(h, rest) and not _other_givers(h, rest)
            ),
            None,
        )  # fmt: skip
        if whole is not None:
            _told_again(whole, rest)
            dropped.update(id(g) for g in (rest, *named))
    return [g for g in grants if id(g) not in dropped]


# a body that held a handing-over of an award told before ('UBND phường đã tổ chức trao Bằng khen cho 2 gia đình'): the
# award's giver is the one told with it, not the host
_ORGANISED_HANDING = re.compile(r"(?<!\w)tổ chức\s+(?:lễ\s+)?(?:trao|trao tặng|gắn)(?!\w)", re.I)
_OWNER_HANDED = re.compile(_ORGANISED_HANDING.pattern + r"[^;.]{1,100}?\scủa\s", re.I)  # and the award's owner


# those given an award told as the ones commended ('trao Giấy khen cho 15 đoàn viên được tuyên dương'): whoever gives
# it, it is the award of that commending
_THOSE_COMMENDED = re.compile(
    r"(?<!\w)(?:cho\s+(?:các\s+)?(?:\d+\s+)?|(?<![\d.,])\d+\s+)[^;.:]{1,40}?\s+(?:đã\s+)?được\s+(?:tuyên dương|biểu dương|tôn vinh|vinh danh)(?!\w)"
)  # (counted with no 'cho': 'trao Giấy khen 15 đoàn viên được tuyên dương')


def _to_those_commended(a: GrantFact, b: GrantFact) -> bool:
    """Whether, of a bare commendation and a named award, the award is given to those the commendation named."""
    bare, given = (a, b) if a.award == "khen-thuong" else (b, a)
    return bare.award == "khen-thuong" != given.award and _THOSE_COMMENDED.search(given.evidence.text) is not None


# a giver said to give too ('Huyện đoàn cũng trao Giấy khen cho 2 em' after 'UBND huyện tổ chức trao Giấy khen cho em A
# và em B'): a conferral of its own, though to the same ones
_ALSO = re.compile(r"(?<!\w)cũng\s+(?:đã\s+)?(?:trao tặng|trao|tặng|khen thưởng)(?!\w)", re.I)


def _also_given(g: GrantFact) -> bool:
    return _ALSO.search(g.evidence.text) is not None


def _titles_given(grants: list[GrantFact]) -> set[str]:
    """The titles the article names as awards given ('10 công dân được trao tặng danh hiệu “Công dân Thủ đô ưu tú”'), not
    only as what those commended are called ('Tôn vinh 10 “Công dân Thủ đô ưu tú”', 'biểu dương 150 “Gia đình hiếu học”')."""
    return {g.title for g in grants if g.title and g.evidence.rule != _COMMENDED_UNDER}


def _organised_handing(g: GrantFact) -> bool:
    """Whether a grant is told as a handing-over its giver held ('X tổ chức trao Bằng khen cho ...')."""
    return g.conferrer is not None and _ORGANISED_HANDING.search(g.evidence.text) is not None


_COMMENDED_UNDER = "grants.generic-commendation"


# those counted as commended, before the verb ('40 hội viên được biểu dương', 'Trong 25 tập thể được khen thưởng')
_COUNTED_COMMENDED = re.compile(
    r"\d\s+[^\d,;.:]{1,40}?\s+(?:đã\s+)?được\s+(?:khen thưởng|khen|biểu dương|tuyên dương|tôn vinh|vinh danh)(?!\w)"
)


def _commended_as(a: GrantFact, b: GrantFact, titled: set[str] | frozenset[str] = frozenset()) -> bool:
    """'tổ chức Lễ kỷ niệm ... và tuyên dương 50 thanh niên tiêu biểu', then 'tặng Bằng khen cho 50 thanh niên tiêu
    biểu': a bare commendation at an event, counted as a grant of a named award at the same event is, is that grant."""
    x, y = sorted((label(a.conferrer) or "", label(b.conferrer) or ""), key=len)
    bare_one = a if a.award == "khen-thuong" else b
    # unsaid, the same, or its standing committee ('Ban Thường vụ Huyện đoàn X'); or the host of a commending it held,
    # not its giver ('Công an huyện tổ chức trao thưởng cho tổ công tác', then 'Giám đốc Công an tỉnh tặng Giấy khen ...')
    one_giver = not x or y.endswith(x) or _organised_handing(bare_one) or _to_those_commended(a, b)
    # a title named in quotes ('danh hiệu “Công dân tiêu biểu”') is an award of its own; the title those commended are
    # counted under ('biểu dương 150 “Gia đình hiếu học”') says who they are, and may be told as the award they got
    # (unless the article names that title as given: then those commended under it got it, an award of its own)
    bare = all(not g.title or (g.evidence.rule == _COMMENDED_UNDER and g.title not in titled) for g in (a, b))
    # (at no event, a count of two or more told again, of no others named: 'tặng Bằng khen cho 100 nông dân. 100 nông dân
    # được tôn vinh là ...', not 'Xã A và xã B được tặng Cờ thi đua. Xã C và xã D được tặng Cờ thi đua và Bằng khen.')
    # (and counted as those commended, not by a giver who commends them: 'Chủ tịch UBND xã khen thưởng 6 hộ')
    others_named = bool(a.named and b.named) and not {_named_key(n) for n in a.named} & {_named_key(n) for n in b.named}
    told_again = (a.count or 0) > 1 and not others_named and _COUNTED_COMMENDED.search(bare_one.evidence.text) is not None
    same_event = a.event == b.event and (a.event is not None or told_again)
    # (each to one it names, two others: 'trao thưởng cho Đội A', then 'tặng Giấy khen cho Đội B'; not one name told
    # with its owner and without: 'cho Tổ công tác Đội X Công an huyện Y', then 'cho Tổ công tác Đội X')
    two_named = bool(a.recipient and b.recipient) and not told_shorter(*sorted((a.recipient or "", b.recipient or ""), key=len))
    two_named = two_named and not people_of(a.recipient or "", b.recipient or "")
    return same_event and (a.award == "khen-thuong") != (b.award == "khen-thuong") and one_giver and bare and not two_named


def _named_after(g: GrantFact, h: GrantFact) -> bool:
    """'tặng Bằng khen cho 2 tập thể và 5 cá nhân. Các tập thể được khen thưởng gồm: A và B': a commendation with no
    giver that names as many as a grant told before counted, and none it named, names that grant's recipients."""
    return (
        g.award == "khen-thuong" and g.conferrer is None and len(g.named) == g.count and not h.named and h.recipient is None
        and h.count == g.count and h.status == g.status
    )  # fmt: skip


def _told_again(kept: GrantFact, other: GrantFact) -> None:
    """One grant told twice: the kept telling takes the other's narrower award or recipient and what it alone says."""
    _keep_narrower(kept, other)
    for attr in ("presenter", "on_behalf_of", "event", "date", "period", "conferrer", "reason"):
        if getattr(kept, attr) is None:
            setattr(kept, attr, getattr(other, attr))
    if not kept.named and other.named:  # 'Các em được tặng Bằng khen gồm: A, B và C': who the count was
        kept.named = other.named


def _keep_narrower(kept: GrantFact, other: GrantFact) -> None:
    """Of one grant told twice, the telling that names the award more exactly ('hạng Ba', the Government's), or its
    recipient, gives them."""
    if kept.award != other.award and (is_ancestor(kept.award, other.award) or _bare_form_of(kept, other)):
        if kept.award == "khen-thuong" and other.conferrer is not None:
            # 'Huyện đoàn tổ chức Lễ tuyên dương 15 thanh niên', then 'Ban Thường vụ Huyện đoàn tặng Giấy khen cho 15
            # đoàn viên': who gave the award named gave it, not the body that held the commendation
            kept.conferrer = other.conferrer
        kept.award, kept.classes = other.award, other.classes
        if kept.evidence.rule == _COMMENDED_UNDER:
            kept.title = other.title  # the title those commended were counted under names them, not the award they got
    # (or its people, where the kept telling has an organ of their unit: 'Đảng ủy, UBND xã X tổ chức Lễ đón nhận ...',
    # then 'Thủ tướng tặng Bằng khen cho Đảng bộ và nhân dân xã X': the people were given it)
    peoples = (
        kept.recipient is not None and other.recipient_org is not None and other.recipient_org.kind == "OtherUnit"
        and kept.recipient_org is not None and kept.recipient_org.kind != "OtherUnit" and people_of(kept.recipient, other.recipient or "")
    )  # fmt: skip
    if (kept.recipient is None and other.recipient is not None) or peoples:
        kept.recipient, kept.recipient_org, kept.recipient_person = other.recipient, other.recipient_org, other.recipient_person


# the family of a person, by a short name ('gia đình anh Hưng', 'thân nhân liệt sĩ Nguyễn Văn A')
_FAMILY_OF = re.compile(r"(?:gia đình|thân nhân|người thân)\s+(?:của\s+)?(?:ông|bà|anh|chị|cụ|liệt sĩ|mẹ|em|cháu)\s+(?P<name>.+)$", re.I)


def _merge_handed_to_family(grants: list[GrantFact]) -> list[GrantFact]:
    """'truy tặng Huân chương Dũng cảm cho anh Lò Văn Hưng', then 'trao Huân chương cho gia đình anh Hưng': an award
    handed to the family of a person the article has named as its recipient, called by a short name, is that
    person's, told again, not the household's own ('cho gia đình ông Nguyễn Văn Tư' in full is a household's)."""
    out: list[GrantFact] = []
    for g in grants:
        family = _FAMILY_OF.match(g.recipient or "") if g.count == 1 else None
        same = family and next(
            (
                h
                for h in out
                if h.recipient_person
                and h.recipient_person.endswith(" " + family["name"])  # by the short name of a person told before
                and (h.award == g.award or is_ancestor(g.award, h.award))
                and h.status == g.status
                and not _other_givers(g, h)
            ),
            None,
        )
        if same:
            _told_again(same, g)
        else:
            out.append(g)
    return out


def _one_event(a: GrantFact, b: GrantFact) -> bool:
    """Told of the same event, or of none the other contradicts."""
    return a.event == b.event or a.event is None or b.event is None


def _one_named_commended_as(a: GrantFact, b: GrantFact) -> bool:
    """'Giám đốc Công an tỉnh khen thưởng Đồn X', then 'Theo đó, Đồn X được tặng Giấy khen': one named recipient
    commended, and given one award, by no other giver, was given that award."""
    return a.status == b.status and "khen-thuong" in (a.award, b.award) and a.award != b.award and _same_one_named(a, b)


def _same_one_named(a: GrantFact, b: GrantFact) -> bool:
    """Whether two grants are each to one recipient, the same one named."""
    return a.count == b.count == 1 and bool(a.recipient) and (a.recipient or "").casefold() == (b.recipient or "").casefold()


def _merge_named(grants: list[GrantFact]) -> list[GrantFact]:
    """One award to one named recipient, reported twice (conferred, then handed over), is one grant."""
    out: list[GrantFact] = []
    seen: dict[tuple, list[GrantFact]] = {}
    for g in grants:
        # (a grant with no recipient named is no other's telling: not compared, so thousands of them stay linear)
        same = (
            next(
                (
                    h
                    for h in seen.get(_key(g), [])
                    if (same_grant(g, h) or _one_named_commended_as(g, h)) and not _other_givers(g, h) and not _years_apart(g, h)
                ),
                None,
            )
            if g.recipient
            else None
        )
        if same is None:
            out.append(g)
            seen.setdefault(_key(g), []).append(g)
            continue
        _told_again(same, g)
    return out
