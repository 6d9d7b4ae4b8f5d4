"""A long alternation of rule patterns (a table's rows), scanned fast.

`re` tries every alternative at every word start: with ninety roles, most of the scan is
spent on words no role can begin with. `Alternation` finds the same matches as the one big
pattern, but tries at each word start only the alternatives that can begin with its first
letter (read from each pattern by Python's own regex parser; a pattern whose first letter
cannot be read is tried everywhere).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from .casefree import lowered


def first_letters(pattern: str, flags: int = 0) -> set[str] | None:
    """The characters a match of `pattern` can start with, or None if the parse does not say."""
    return _first(list(sre_parse.parse(pattern, flags)))


def _first(items: list) -> set[str] | None:
    for op, av in items:
        if op is sre.LITERAL:
            return {chr(av)}
        if op is sre.IN:
            if all(o is sre.LITERAL for o, _ in av):
                return {chr(a) for _, a in av}
            return None
        if op is sre.BRANCH:
            out: set[str] = set()
            for alternative in av[1]:
                found = _first(list(alternative))
                if found is None:
                    return None
                out |= found
            return out
        if op is sre.SUBPATTERN:
            return _first(list(av[-1]))  # a group that could match nothing would need its follower too: such
            # patterns make no table row, and a wrong set here is caught by the equivalence test
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue  # zero-width: the next item starts the match
        return None
    return None


def by_first_letter(patterns: list[tuple[str, int]]) -> tuple[dict[str, list[int]], list[int]]:
    """Which of the (pattern, flags) a match that starts with each letter can be: for each letter, their indices in
    order, the patterns whose first letters cannot be read among them; and the indices of those alone (the patterns
    to try at any other letter)."""
    keys: list[set[str] | None] = []
    for pattern, flags in patterns:
        letters = first_letters(pattern, flags)
        cases = (lambda ch: (ch.lower(), ch.upper())) if flags & re.I else (lambda ch: (ch,))
        keys.append(None if letters is None else {k for ch in letters for k in cases(ch)})
    everywhere = [i for i, k in enumerate(keys) if k is None]
    letters_seen = set().union(*(k for k in keys if k is not None))
    return {c: [i for i, k in enumerate(keys) if k is None or c in k] for c in letters_seen}, everywhere


class Alternation:
    """`(?<!\\w)(?:(?P<r0>p0)(?!\\w)|(?P<r1>p1)(?!\\w)|...)` over the patterns, with `finditer` and `match` giving
    what the one compiled pattern (`self.regex`) gives, group names included."""

    def __init__(self, patterns: list[str], flags: int = re.I) -> None:
        branches = [f"(?P<r{i}>{p})(?!\\w)" for i, p in enumerate(patterns)]
        self.regex = re.compile(r"(?<!\w)(?:" + "|".join(branches) + ")", flags)
        by_letter, everywhere = by_first_letter([(p, flags) for p in patterns])
        self._everywhere = bool(everywhere)
        if everywhere:  # then every word start is a candidate, and the one pattern is as fast
            self._by_letter: dict[str, re.Pattern] = {}
            return
        self._starts = re.compile(r"(?<!\w)[" + re.escape("".join(sorted(by_letter))) + "]")
        self._by_letter = {
            letter: re.compile(r"(?<!\w)(?:" + "|".join(branches[i] for i in ids) + ")", flags) for letter, ids in by_letter.items()
        }
        # without IGNORECASE, over the lower-cased text: the same matches, three times faster (see casefree)
        self._lower = bool(flags & re.I)
        if self._lower:
            self._low_starts = re.compile(r"(?<!\w)[" + re.escape("".join(sorted({k.lower() for k in by_letter}))) + "]")
            self._low_by_letter = {k: lowered(rx) for k, rx in self._by_letter.items() if k == k.lower()}

    def finditer(self, text: str) -> Iterator[re.Match]:
        """The matches, in order; with IGNORECASE they are matches over the lower-cased text (read their offsets and
        `lastgroup`, not their text)."""
        if self._everywhere:
            yield from self.regex.finditer(text)
            return
        starts, by_letter = self._starts, self._by_letter
        if self._lower and len(low := text.lower()) == len(text):
            text, starts, by_letter = low, self._low_starts, self._low_by_letter
        resume = 0
        for start in starts.finditer(text):
            at = start.start()
            if at < resume:
                continue
            m = by_letter[text[at]].match(text, at)
            if m is not None:
                resume = m.end()
                yield m

    def match(self, text: str, pos: int = 0) -> re.Match | None:
        if self._everywhere or pos >= len(text):
            return self.regex.match(text, pos)
        sub = self._by_letter.get(text[pos])
        return sub.match(text, pos) if sub is not None else None
