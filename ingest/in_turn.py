"""Awards counted in turn: each award of a list given its own number of a list of numbers, in the order written.

'Huân chương Lao động hạng Nhất, Nhì, Ba (lần lượt) cho 1, 2 và 4 tập thể' is three grants, not four of the order;
'tặng Cờ thi đua và Bằng khen lần lượt cho 3 và 12 tập thể' is two, not twelve shared out. The grants rules read such
a sentence as one grant counted by the last number (the one the count layer joins to its noun); this step, run on
the grants of each sentence, splits that grant into one per award, where the numbers are as many as the awards.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import lexicon
from .awards import refine_for_conferrer
from .conferrers import label
from .counts import NOUN_RE, number_value
from .document import Document, Span
from .facts import GrantFact

_N = lexicon.cue("small-count").pattern
# a list of two or more numbers then the noun they count, opened by 'lần lượt' or right after 'cho', 'là' or a colon
_NUMBERS_IN_TURN = re.compile(
    rf"(?P<turn>(?<!\w)lần lượt\s+(?:(?:cho|là)\s+|:\s*)?|(?<!\w)(?:cho|là)\s+(?:lần lượt\s+)?|:\s*)"
    rf"(?P<nums>(?:{_N})(?:\s*,\s*(?:{_N}))*\s*(?:,\s*)?(?:và|,)\s*(?:{_N}))\s+(?P<noun>{NOUN_RE})(?!\w)",
    re.I,
)
_NUMBER = re.compile(rf"(?<!\w)(?:{_N})(?!\w)", re.I)
_JOINED = re.compile(r"\s*(?:,|và)\s*")  # awards listed together ('Cờ thi đua, Bằng khen và Giấy khen')
# what may stand between the list's last award and its numbers: its giver ('Bằng khen của UBND tỉnh lần lượt cho ...')
_BEFORE_NUMBERS = re.compile(r"(?:\s+của\s+[^,;:]{1,60}?)?\s*,?\s*")


def split_in_turn(doc: Document, grants: list[GrantFact]) -> list[GrantFact]:
    """The grants, each one counted in turn over several awards split into one grant per award."""
    out: list[GrantFact] = []
    read: dict[int, list[tuple[re.Match[str], list[int]]]] = {}
    totals = {id(h.part_of) for h in grants if h.part_of is not None}  # (a total broken down stays whole, its parts its)
    for g in grants:
        start = g.evidence.start
        if start not in read:  # each sentence's lists of numbers, read once
            read[start] = [(m, _values(m["nums"])) for m in _NUMBERS_IN_TURN.finditer(g.evidence.text)]
        out += (_split(doc, g, read[start]) if id(g) not in totals else []) or [g]
    return out


def _values(nums: str) -> list[int]:
    values = [number_value(n) for n in _NUMBER.findall(nums)]
    return [v for v in values if v is not None] if all(v is not None for v in values) else []


def _split(doc: Document, g: GrantFact, lists: list[tuple[re.Match[str], list[int]]]) -> list[GrantFact]:
    """`g` split over the awards its numbers count in turn, or [] where it is no such grant."""
    for m, values in lists:
        if len(values) < 2 or g.count != values[-1] or g.part_of is not None:
            continue
        # the classes of one order ('hạng Nhất, Nhì, Ba cho 1, 2 và 4 tập thể'), as many as the numbers
        if len(g.classes) == len(values):
            return [replace(g, award=a, classes=(), count=n) for a, n in zip(g.classes, values, strict=True)]
        # or, said to be in turn, the awards listed together right before ('Cờ thi đua và Bằng khen lần lượt cho ...')
        if "lần lượt" not in m["turn"].lower():
            continue
        start = g.evidence.start
        awards = [a for a in doc.spans("awards", start, start + m.start()) if a.end <= start + m.start()]
        run = _listed_before(doc.text, awards, start + m.start())
        if len(run) == len(values):
            # (each as its giver makes it: 'Thủ tướng tặng Cờ thi đua và Bằng khen ...', the Government's flag)
            giver = label(g.conferrer)
            return [
                replace(g, award=refine_for_conferrer(a.value.award, giver, doc.text[a.start : a.end]), classes=(), count=n)
                for a, n in zip(run, values, strict=True)
            ]
    return []


def _listed_before(text: str, awards: list[Span], at: int) -> list[Span]:
    """The awards listed together that end right before `at`, in the order written."""
    if not awards or not _BEFORE_NUMBERS.fullmatch(text, awards[-1].end, at):
        return []
    k = len(awards) - 1
    while k and _JOINED.fullmatch(text, awards[k - 1].end, awards[k].start):
        k -= 1
    return awards[k:]
