"""Verb readings several relation components share: an active handing-over versus receiving."""

from __future__ import annotations

import re

from . import lexicon

_PRESENT_VERB = lexicon.cue("present-verb")
_PASSIVE = lexicon.cue("passive-before")
# 'ký quyết định tặng Bằng khen': a decision signed, not an award handed over
_DECISION = lexicon.cue("decision")
# 'nhận Bằng khen do Chủ tịch UBND tỉnh trao tặng': the verb of the giver an agent phrase names, not the subject's act
_BY_AGENT = re.compile(r"(?<!\w)do\s+[^,;.()]{2,60}?\s*$")


def presents(text: str) -> re.Match[str] | None:
    """The verb of an active handing-over ('X trao Bằng khen'), not of receiving ('X được tặng Bằng khen') or of
    a decision ('X ký quyết định tặng Bằng khen')."""
    for m in _PRESENT_VERB.finditer(text):
        before = text[max(0, m.start() - 70) : m.start()]
        if not _PASSIVE.search(text[: m.start()]) and not _DECISION.search(before[-60:]) and not _BY_AGENT.search(before):
            return m
    return None
