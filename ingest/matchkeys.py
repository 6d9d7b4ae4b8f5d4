"""The keys under which a proposal finds the conferral that granted it, made at ingest.

`queries/proposals.rq` pairs a proposed grant with a conferral of the same award type and recipient kind
(a conferral reported on or after the proposal's date):

- to the same named recipient (names compared in lower case);
- or, in the same province (the grant's tdkt:recipientProvince), to as many unnamed recipients (no count
  stands for the same as no count);
- or, in the same province, to one recipient that one of the two articles names and the other does not
  (no count stands for one).

Compared pair by pair at query time, that rule reads every conferral in the store for each proposal (6–9 s for
one article's proposals at 10k articles). Stored as keys, a conferral's "have" keys (`tdkt:matchKey`) and a
proposal's "want" keys (`tdkt:seeksKey`), the pairs are the equal keys: an index lookup. The three ways are
exclusive (both named, both unnamed, one of each), so a pair shares at most one key and is listed once.
"""

from __future__ import annotations

_SEP = "|"


def _head(award: str, kind: str) -> str:
    return f"{award}{_SEP}{kind}"


def _keys(award: str, kind: str, name: str | None, count: int | None, province: str | None, seeking: bool) -> list[str]:
    head = _head(award, kind)
    keys = []
    if name:
        keys.append(f"name{_SEP}{head}{_SEP}{name.lower()}")
    elif province:
        keys.append(f"count{_SEP}{head}{_SEP}{province}{_SEP}{count if count is not None else -1}")
    if province and count in (None, 1):
        named = bool(name) != seeking  # a proposal seeks the other side: a named one an unnamed conferral
        keys.append(f"{'one-named' if named else 'one-unnamed'}{_SEP}{head}{_SEP}{province}")
    return keys


def conferral_keys(award: str, kind: str, name: str | None, count: int | None, province: str | None) -> list[str]:
    """A conferred grant's keys: what a proposal it answers would seek."""
    return _keys(award, kind, name, count, province, seeking=False)


def proposal_keys(award: str, kind: str, name: str | None, count: int | None, province: str | None) -> list[str]:
    """A proposed grant's keys: those of the conferrals that would answer it."""
    return _keys(award, kind, name, count, province, seeking=True)
