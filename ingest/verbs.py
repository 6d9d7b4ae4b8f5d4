"""Verb readings several relation components share: an active handing-over versus receiving."""

from __future__ import annotations

import re

from . import lexicon

_PRESENT_VERB = lexicon.cue("present-verb")
_PASSIVE = lexicon.cue("passive-before")


def presents(text: str) -> re.Match[str] | None:
    """The verb of an active handing-over ('X trao Bằng khen'), not of receiving ('X được tặng Bằng khen')."""
    for m in _PRESENT_VERB.finditer(text):
        if not _PASSIVE.search(text[: m.start()]):
            return m
    return None
