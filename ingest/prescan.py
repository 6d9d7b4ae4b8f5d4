"""A hot pattern searched fast: tried only where a relaxed form of it matches in the lower-cased text.

Most rule patterns open with lookbehinds ('(?<!\\w)', '(?<!theo )') and run under IGNORECASE; Python's `re`
then tries every alternative at every position, at about three times a plain search's cost, and finds no prefix
to skip to. The relaxed form of a pattern drops its lookarounds, writes its letters in lower case (a negated set
refuses no letter), and runs without IGNORECASE over the lower-cased text (whose offsets are the text's): it
matches wherever the pattern matches, at the same start, and opens on literal letters the engine skips to. The
pattern itself settles each place the relaxed one finds, so `Prescanned.search` and `.finditer` give what the
pattern's own give, match objects included. A pattern the relaxing cannot read (a backreference, a construct of
the parser it does not know) is searched as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from re import _compiler  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

_RANGE_LIMIT = 3000  # a range of more characters is not spelled out in lower case: the pattern is left as it is


class _Unreadable(Exception):
    """A construct the relaxing does not know how to relax."""


def _lower(code: int) -> int:
    low = chr(code).lower()
    if len(low) != 1:
        raise _Unreadable(chr(code))
    return ord(low)


# any character, the newline too ('[\s\S]')
_ANYTHING = (sre.IN, [(sre.CATEGORY, sre.CATEGORY_SPACE), (sre.CATEGORY, sre.CATEGORY_NOT_SPACE)])


def _uncased(code: int) -> bool:
    ch = chr(code)
    return ch.lower() == ch == ch.upper()


def _set(items: list) -> tuple:
    """A set in lower case, its originals kept. A negated set keeps what it refuses of no case (spaces, marks,
    digits, its categories) and lets any letter through: lower-casing may have turned a letter it lets through
    into one it refuses."""
    if items and items[0][0] is sre.NEGATE:
        kept = [(op, av) for op, av in items[1:] if op is sre.CATEGORY or (op is sre.LITERAL and _uncased(av))]
        kept += [(op, av) for op, av in items[1:] if op is sre.RANGE and all(_uncased(c) for c in range(av[0], av[1] + 1))]
        return (sre.IN, [(sre.NEGATE, None), *kept]) if kept else _ANYTHING
    out = []
    for op, av in items:
        if op is sre.LITERAL:
            out += [(op, av), (sre.LITERAL, _lower(av))]
        elif op is sre.RANGE:
            lo, hi = av
            if hi - lo > _RANGE_LIMIT:
                raise _Unreadable("a wide range")
            out.append((op, av))
            out += [(sre.LITERAL, low) for c in range(lo, hi + 1) if (low := _lower(c)) != c]
        elif op is sre.CATEGORY:
            out.append((op, av))  # \w, \s, \d and their negations: lower-casing keeps a character's category
        else:
            raise _Unreadable(str(op))
    return (sre.IN, out)


def _relax(items: list) -> list:
    out = []
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            continue  # a lookaround only ever refuses a match
        if op is sre.LITERAL:
            out.append((op, _lower(av)))
        elif op is sre.NOT_LITERAL:
            out.append((op, av) if _uncased(av) else _ANYTHING)
        elif op is sre.IN:
            out.append(_set(av))
        elif op in (sre.ANY, sre.AT, sre.CATEGORY):
            out.append((op, av))
        elif op is sre.BRANCH:
            out.append((op, (None, [_subpattern(alt) for alt in av[1]])))
        elif op is sre.SUBPATTERN:
            group, add_flags, del_flags, p = av
            out.append((op, (group, add_flags & ~re.IGNORECASE, del_flags, _subpattern(p))))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            lo, hi, p = av
            out.append((op, (lo, hi, _subpattern(p))))
        elif op is sre.ATOMIC_GROUP:
            out.append((op, _subpattern(av)))
        else:  # a backreference (its group may sit in a dropped lookaround), a conditional: not relaxed
            raise _Unreadable(str(op))
    return out


def _subpattern(p: sre_parse.SubPattern) -> sre_parse.SubPattern:
    return sre_parse.SubPattern(p.state, _relax(list(p)))


def relaxed(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """The relaxed form of `rx` (see the module's docstring), or None where it cannot be made."""
    try:
        parsed = sre_parse.parse(rx.pattern, rx.flags)
        parsed.state.flags &= ~re.IGNORECASE
        return _compiler.compile(sre_parse.SubPattern(parsed.state, _relax(list(parsed))), 0)
    except (_Unreadable, re.error, RecursionError, TypeError, ValueError):
        return None


class Prescanned:
    """`rx` with `search` and `finditer` that try it only where its relaxed form matches; everything else (`match`,
    `fullmatch`, `sub`, `pattern`, ...) is `rx`'s own."""

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self.relaxed = relaxed(rx)
        # the last text searched and its lower case: a long article searched from many positions is lowered once
        self._text: str | None = None
        self._low = ""

    def __getattr__(self, name: str):
        return getattr(self.rx, name)

    def _lowered(self, text: str) -> str | None:
        if text is not self._text:
            self._text, self._low = text, text.lower()
        return self._low if len(self._low) == len(text) else None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(self._from(text, pos, len(text) if endpos is None else endpos), None)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        return self._from(text, pos, len(text) if endpos is None else endpos)

    def _from(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        low = self._lowered(text) if self.relaxed is not None else None
        if low is None:  # no relaxed form, or lower-casing moved the offsets
            yield from self.rx.finditer(text, pos, endpos)
            return
        relaxed, rx = self.relaxed, self.rx
        endpos = min(endpos, len(text))  # (past the end, a search would find the empty match at the end again)
        pos = min(pos, len(text))
        while pos <= endpos and (candidate := relaxed.search(low, pos, endpos)) is not None:
            at = candidate.start()
            m = rx.match(text, at, endpos)
            if m is None:
                pos = at + 1
                continue
            if m.end() == at:  # an empty match: the pattern's own finditer goes on from it, as it steps past such
                yield from rx.finditer(text, at, endpos)
                return
            yield m
            pos = m.end()


@cache
def prescanned(rx: re.Pattern[str]) -> Prescanned:
    """The one `Prescanned` of a pattern: modules that read the same cue (`lexicon.cue` compiles each once) share its
    relaxed form, compiled once, and its lower-cased text."""
    return Prescanned(rx)
