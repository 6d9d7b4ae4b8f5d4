"""What else a grant's sentence says about it: posthumous, the decision, the proposer, the campaign it rewards.

Reads facts.grants (their evidence sentences), facts.events, facts.campaigns and the orgs layer; writes the
grant fields posthumous, decision_number, decision_date, proposer, status_cue and campaign. Each rule reads only the grant's
own sentence, so a detail is never carried from another grant's sentence.
"""

from __future__ import annotations

import datetime as dt
import re

from . import lexicon
from .document import Document
from .facts import ArticleFacts, GrantFact
from .orgs import agents

_POSTHUMOUS = lexicon.cue("posthumous")
_BOTH = lexicon.cue("posthumous-and-living")
_DECISION = lexicon.cue("decision-number")
_GROUND = lexicon.cue("campaign-ground")
_PROPOSED = lexicon.cue("proposed")
_DMY = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")


def posthumous(sentence: str) -> bool:
    """'truy tặng' without 'phong tặng' or 'trao tặng' beside it (which gives to the living too)."""
    return bool(_POSTHUMOUS.search(sentence)) and not _BOTH.search(sentence)


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


def grant_details(doc: Document, facts: ArticleFacts) -> None:
    names = sorted({n for c in facts.campaigns for n in (c.name, *c.aliases)}, key=len, reverse=True)
    by_alias = {n: c.name for c in facts.campaigns for n in (c.name, *c.aliases)}
    events = {e.key: e for e in facts.events}
    for g in facts.grants:
        ev = g.evidence
        if posthumous(ev.text):
            g.posthumous = True
        found = decision(ev.text)
        if found is not None:
            g.decision_number, g.decision_date = found
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
