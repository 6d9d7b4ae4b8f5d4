"""Rule tables as data: lexicons and patterns the recognisers load, one file a table.

Files are UTF-8, `#` starts a comment line, columns are tab-separated. A new
wording of a body, a role, an award or a cue goes into its table, not the code;
the recogniser that reads the table names each row's rule in the facts it finds.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

_HERE = Path(__file__).parent


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a table (comment and blank lines skipped), each as its columns."""
    out = []
    for line in (_HERE / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(tuple(line.split("\t")))
    return tuple(out)


@cache
def words(name: str) -> tuple[str, ...]:
    """A list of single words (surnames), any number a line."""
    return tuple(w for r in rows(name) for w in r[0].split())


@cache
def lines(name: str) -> tuple[str, ...]:
    """A list of phrases (department names), one a line."""
    return tuple(r[0].strip() for r in rows(name))


def records(name: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """A table's rows as dicts over `columns`; missing trailing columns are empty."""
    return [dict(zip(columns, r + ("",) * (len(columns) - len(r)), strict=True)) for r in rows(name)]


@cache
def name_compounds() -> str:
    """The two-syllable words of proper names ('Ngân hàng', 'Kỹ thuật') as one alternation, the longer first."""
    return "|".join(re.escape(w) for w in sorted(lines("name_compounds.txt"), key=len, reverse=True))


_CUE_REF = re.compile(r"%([a-z-]+)%")


@cache
def _builtins() -> dict[str, str]:
    """What a cue may splice besides other cues: the letters by case (inside a [...] class), the level words, the
    two-syllable words of proper names and the nouns that count people."""
    from .. import levels  # imported late: levels and names load this package
    from ..names import LOWER, UPPER

    return {
        "upper": UPPER,
        "lower": LOWER,
        "level-words": f"(?:{levels.ANY})",
        "name-compounds": f"(?:{name_compounds()})",
        "person-nouns": f"(?:{person_nouns()})",
    }


# the two spellings of the one syllable the tables write in one ('bác sĩ'/'bác sỹ', 'chiến sĩ'/'chiến sỹ')
_SPELLINGS = (("sĩ", "sỹ"),)


@cache
def count_nouns() -> tuple[tuple[str, str], ...]:
    """The nouns a count is made of (count_nouns.tsv) and the kind each counts, each in both spellings of its 'sĩ'."""
    out: dict[str, str] = {}
    for noun, kind, *_ in rows("count_nouns.tsv"):
        out.setdefault(noun, kind)
        for one, other in _SPELLINGS:
            out.setdefault(noun.replace(one, other), kind)
    return tuple(out.items())


@cache
def person_nouns() -> str:
    """The count nouns of count_nouns.tsv that count people ('nghệ nhân', 'đoàn viên'), as written there, the longer
    first: what a plural may call the people it lists ('các nghệ nhân: A, B')."""
    nouns = {noun for noun, kind in count_nouns() if kind == "individual"}
    return "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))


def _cue_source(name: str, seen: tuple[str, ...] = ()) -> str:
    """A cue's pattern with its %name% references spliced in, as a group keeping the cue's own flag."""
    if name in seen:
        raise ValueError(f"cue {name!r} in lexicon/cues.tsv refers to itself through {' -> '.join(seen)}")
    for r in rows("cues.tsv"):
        if r[0] == name:
            body = _CUE_REF.sub(lambda m: _builtins().get(m[1]) or _cue_source(m[1], (*seen, name)), r[1])
            return f"(?i:{body})" if len(r) > 2 and r[2] == "yes" else f"(?:{body})"
    raise KeyError(f"no cue {name!r} in lexicon/cues.tsv")


@cache
def cue(name: str) -> re.Pattern[str]:
    """A named cue pattern of cues.tsv, compiled, other cues it names as %name% spliced in."""
    return re.compile(_cue_source(name))
