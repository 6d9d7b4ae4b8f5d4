"""Verb readings several relation components share: an active handing-over versus receiving."""

from __future__ import annotations

import re

from . import lexicon

_PRESENT_VERB = lexicon.cue("present-verb")
_PASSIVE = lexicon.cue("passive-before")
# 'ký quyết định tặng Bằng khen': a decision signed, not an award handed over
_DECISION = lexicon.cue("decision")


def presents(text: str) -> re.Match[str] | None:
    """The verb of an active handing-over ('X trao Bằng khen'), not of receiving ('X được tặng Bằng khen') or of
    a decision ('X ký quyết định tặng Bằng khen')."""
    for m in _PRESENT_VERB.finditer(text):
        if not _PASSIVE.search(text[: m.start()]) and not _DECISION.search(text[max(0, m.start() - 60) : m.start()]):
            return m
    return None
