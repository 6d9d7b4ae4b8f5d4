"""What else a grant's sentence says about it: posthumous, the decision, the proposer, the campaign it rewards.

Reads facts.grants (their evidence sentences), facts.events, facts.campaigns and the orgs layer; writes the
grant fields named (a list of recipients after their count), posthumous, decision_number, decision_date, proposer, status_cue and campaign. Each rule reads only the grant's
own sentence, so a detail is never carried from another grant's sentence.
"""

from __future__ import annotations

import datetime as dt
import re

from . import lexicon
from .conferrers import named
from .document import Document
from .facts import ArticleFacts, GrantFact
from .orgs import OrgRef, agents

_GIVE = lexicon.cue("give-verb")
_POSTHUMOUS = lexicon.cue("posthumous")
_BOTH = lexicon.cue("posthumous-and-living")
_DECISION = lexicon.cue("decision-number")
_GROUND = lexicon.cue("campaign-ground")
_PROPOSED = lexicon.cue("proposed")
_LISTED = lexicon.cue("recipients-list")
_DMY = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")


def posthumous(sentence: str, award_at: int | None = None) -> bool:
    """Whether the verb that gives the award at `award_at` (default: the sentence's end) is 'truy tặng': the last
    giving verb of its clause before it ('trao Huân chương cho 6 gia đình và truy tặng danh hiệu ... cho 9 mẹ' gives
    the order to the living). 'trao và truy tặng', which gives to both, is neither."""
    before = sentence[: len(sentence) if award_at is None else award_at]
    clause = before[max(before.rfind(";"), before.rfind(". ")) + 1 :]
    verbs = list(_GIVE.finditer(clause))
    if not verbs or _BOTH.search(clause[verbs[-1].start() - 20 if verbs[-1].start() > 20 else 0 :]):
        return False
    return bool(_POSTHUMOUS.match(verbs[-1].group(0)))


def _award_at(doc: Document, g: GrantFact) -> int | None:
    """Where in its sentence the grant's award is named: the mention of that award (or of its kind) followed, in its
    clause, by the grant's count where it has one."""
    from .grant_links import same_award

    sent = g.evidence
    spans = [s for s in doc.spans("awards", sent.start, sent.end) if same_award(s.value.award, g.award)]
    if g.count is not None:
        counted = []
        for s in spans:
            tail = doc.text[s.end : sent.end]
            clause = tail[: tail.find(";")] if ";" in tail else tail
            if re.search(rf"(?<!\d)0*{g.count}(?!\d)", clause):
                counted.append(s)
        spans = counted or spans
    return spans[0].start - sent.start if spans else None


def decision(sentence: str) -> tuple[str, dt.date | None] | None:
    """The first decision the sentence cites: (number, date or None)."""
    m = _DECISION.search(sentence)
    if m is None:
        return None
    return m["number"].rstrip("."), _date(m["date"]) if m["date"] else None


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
    for name in names:
        at = sentence.find(name)
        while at != -1:
            if _GROUND.search(sentence[max(0, at - 60) : at]):
                return name
            at = sentence.find(name, at + 1)
    return None


def listed_recipients(doc: Document, g: GrantFact) -> tuple[OrgRef | str, ...]:
    """'cho 07 tập thể, đó là: A; B; ...': the recipients a grant's sentence lists after its count, each a body,
    unit or person; only when the list names as many as the count (else it is not this grant's list)."""
    if g.count is None or g.count < 2 or g.named:
        return ()
    sent = g.evidence
    m = _LISTED.search(sent.text)
    if m is None or int(m["n"]) != g.count:
        return ()
    start = sent.start + m.end()
    tail = doc.text[start : sent.end].rstrip(" .")
    # items end at semicolons where the list has them (an item may hold 'và': 'Nhân dân và cán bộ xã A'), else at
    # commas and the last 'và'
    parts = tail.split(";") if ";" in tail else re.split(r",\s*(?:và\s+)?|\s+và\s+", tail)
    items, pos = [], start
    for part in parts:
        s = doc.text.find(part, pos)
        pos = s + len(part)
        items.append((s, pos))
    found: list[OrgRef | str] = []
    for s, e in items:
        people = doc.spans("people", s, e)
        who: OrgRef | str | None = people[0].value.name if people and g.recipient_kind == "individual" else named(doc, s, e)
        if who is None:
            return ()
        found.append(who)
    return tuple(found) if len(found) == g.count else ()


def grant_details(doc: Document, facts: ArticleFacts) -> None:
    names = sorted({n for c in facts.campaigns for n in (c.name, *c.aliases)}, key=len, reverse=True)
    by_alias = {n: c.name for c in facts.campaigns for n in (c.name, *c.aliases)}
    events = {e.key: e for e in facts.events}
    for g in facts.grants:
        ev = g.evidence
        if posthumous(ev.text, _award_at(doc, g)):
            g.posthumous = True
        found = decision(ev.text)
        if found is not None:
            g.decision_number, g.decision_date = found
        g.named = g.named or listed_recipients(doc, g)
        ground = campaign_ground(ev.text, names)
        if ground is not None:
            g.campaign = by_alias[ground]
        if g.status == "proposed":
            cue = _PROPOSED.search(ev.text)
            g.status_cue = cue.group(0) if cue else None
            if g.proposer is None:
                g.proposer = _proposer(doc, g, events)


def _proposer(doc: Document, g: GrantFact, events: dict) -> object | None:
    """Who proposed it: the body the sentence names before 'đề nghị' ('Hội đồng TĐKT huyện đề nghị UBND tỉnh
    tặng ...'), else the organiser of the meeting that decided it."""
    sent = g.evidence
    cue = _PROPOSED.search(sent.text)
    if cue is not None:
        before = agents(doc, sent.start, sent.start + cue.start())
        if before:
            return before[-1].value
    event = events.get(g.event) if g.event else None
    return event.organiser if event is not None and event.kind == "Meeting" else None


__all__ = ["campaign_ground", "decision", "grant_details", "posthumous"]
