"""Vietnam's administrative units, before and after the 1 July 2025 reform.

Read from ingest/data/gazetteer.tsv (built by scripts/build_gazetteer.py from
vietnam-provinces 0.6 and underthesea's address mapping). Codes: pNN for a
pre-2025 province, dNNN for a pre-2025 district-level unit, nNN for a province
from 1 July 2025. The pre-2025 communes are a table of their own (communes.tsv),
read only to find the district of a commune an article names alone.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from . import levels

# abbreviations and other names the press uses for unit names ('Huế' for the province of Thừa Thiên Huế, beside the
# city of Huế: a name shared by a province and its city is the province's unless typed 'thành phố')
ALIASES = {
    "HCM": "Hồ Chí Minh",
    "HCMC": "Hồ Chí Minh",
    "TPHCM": "Hồ Chí Minh",
    "TP.HCM": "Hồ Chí Minh",
    "Thừa Thiên - Huế": "Thừa Thiên Huế",
    "Huế": "Thừa Thiên Huế",
    # names the press spells otherwise than the package
    "Mù Căng Chải": "Mù Cang Chải",  # (the package's spelling of the official name)
    "Krông Ana": "Krông A Na",
    "Cư Mgar": "Cư M'gar",
    "Kon Plong": "Kon Plông",
}


@dataclass(frozen=True)
class Unit:
    code: str
    level: str  # province | district
    type: str  # tỉnh, thành phố trung ương, huyện, quận, thành phố, thị xã
    name: str
    parent: str
    valid_from: str
    valid_until: str
    successor: str

    @property
    def type_word(self) -> str:
        """The word used before the name in running text and in canonical names."""
        return "thành phố" if self.type == "thành phố trung ương" else self.type

    @property
    def label(self) -> str:
        return f"{self.type_word} {self.name}"

    @property
    def numbered(self) -> bool:
        """Urban districts of a few cities are numbers: 'Quận 3'."""
        return self.name.isdigit()


# a word of a place name: an apostrophe joins a syllable to it ('Ea H’leo', 'Cư M'gar'), as `fold` reads it
NAME_WORD = r"\w+(?:['’]\w+)*"
# the words of a place name after its first, up to four in all; a province's name may hold a dash ('Bà Rịa - Vũng
# Tàu'), which `fold` reads as a hyphen
NAME_REST = rf"(?:\s(?:[-–]\s)?{NAME_WORD}){{0,3}}"


_HIGHLAND_TONE = re.compile(r"(?<!\w)(đ|l)ắk(?!\w)")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case- and tone-style-insensitive key for matching place names (cached: the same few words recur)."""
    from .normalise import unify_tones

    # 'Ea H’leo' is 'Ea H'leo', 'Bà Rịa – Vũng Tàu' is 'Bà Rịa - Vũng Tàu'; 'Đắk Glong' is 'Đăk Glong', the
    # Central Highlands' 'Đắk'/'Đăk' and 'Lắk'/'Lăk' being one word spelled with and without its tone
    folded = unicodedata.normalize("NFC", unify_tones(text)).casefold().replace("’", "'").replace("–", "-").strip()
    # 'Phan Rang - Tháp Chàm' is 'Phan Rang-Tháp Chàm', 'Ia H'Drai' is 'Ia H' Drai': spacing around the marks is not kept
    folded = _MARK_SPACING.sub(lambda m: m.group(1) or m.group(2), folded)
    return _HIGHLAND_TONE.sub(r"\1ăk", folded)


_LEVEL_FIRST = re.compile(rf"(?i:{levels.UNIT})\s*")
_MARK_SPACING = re.compile(r"\s*(-)\s*|(?<=\w)(')\s+")


class Gazetteer:
    def __init__(self, units: list[Unit]) -> None:
        self.units = {u.code: u for u in units}
        self._by_name: dict[str, list[Unit]] = {}
        for u in units:
            if u.valid_until:  # articles use the pre-2025 map
                self._by_name.setdefault(fold(u.name), []).append(u)
        for alias, name in ALIASES.items():  # abbreviations the press uses for unit names
            self._by_name[fold(alias)] = self._by_name.get(fold(alias), []) + self._by_name.get(fold(name), [])
        self.max_words = max(len(u.name.split()) for u in units)
        self._all_names = {fold(u.name) for u in units} | {fold(alias) for alias in ALIASES}

    def is_place_name(self, name: str) -> bool:
        """Whether `name` is the name of a province or district, old or new ('Cao Bằng', 'Hà Giang'), or the press's
        short name for one ('TP.HCM', 'Huế')."""
        return fold(name) in self._all_names

    def is_place(self, text: str) -> bool:
        """Whether `text` names a province or district by its name, after its level word or not, as a dateline writes
        it ('Hà Giang', 'TP HCM', 'TP. Hồ Chí Minh', 'Thành phố Huế')."""
        typed = _LEVEL_FIRST.match(text.strip())
        return self.is_place_name(text) or (typed is not None and self.is_place_name(text.strip()[typed.end() :]))

    def shared_name(self, name: str, type_word: str) -> bool:
        """Whether `name` is the name of districts of that type in more than one province ('huyện Tam Nông', 'huyện
        Châu Thành'), which the name alone does not place."""
        tw = fold(type_word)
        return len({u.parent for u in self._by_name.get(fold(name), []) if u.level == "district" and fold(u.type_word) == tw}) > 1

    def get(self, code: str | None) -> Unit | None:
        return self.units.get(code) if code else None

    def lookup(self, name: str, type_word: str | None = None, province: str | None = None) -> Unit | None:
        """The pre-2025 unit called `name`, of the given type word if any, preferring one in `province`."""
        candidates = self._by_name.get(fold(name), [])
        if type_word:
            tw = fold(levels.canonical(type_word))  # ('TX', 'TX.', 'H.': the type word they shorten)
            if tw == "thành phố":
                candidates = [u for u in candidates if u.type_word == "thành phố"]
            elif tw == "tỉnh":  # 'tỉnh Hà Nội' written for the city: a province's name, whatever its type
                candidates = [u for u in candidates if u.level == "province"]
            else:
                typed = [u for u in candidates if u.type_word == tw]
                # 'huyện Hòa Thành' (2015) for today's 'thị xã Hòa Thành': a district the map has since raised
                candidates = typed or [
                    u
                    for u in candidates
                    if u.level == "district" and levels.DISTRICT_RANK.get(u.type_word, -1) > levels.DISTRICT_RANK.get(tw, 9)
                ]
        if len(candidates) > 1 and province:
            inside = [u for u in candidates if u.code == province or u.parent == province]
            candidates = inside or candidates
        if len(candidates) > 1:
            # a name shared by a province and its capital city: the province, unless typed
            provinces = [u for u in candidates if u.level == "province"]
            if len(provinces) == 1 and not type_word:
                return provinces[0]
            return None if len({u.parent for u in candidates}) > 1 else candidates[0]
        return candidates[0] if candidates else None

    def provinces(self) -> list[Unit]:
        """The provinces of the pre-2025 map, which the articles speak of."""
        return [u for u in self.units.values() if u.level == "province" and u.valid_until]

    def province_of(self, unit: Unit | None) -> Unit | None:
        if unit is None:
            return None
        return unit if unit.level == "province" else self.units.get(unit.parent)

    def longest_name_at(self, words: list[str]) -> int:
        """How many of `words` form a known unit name (0 if none)."""
        for n in range(min(self.max_words, len(words)), 0, -1):
            if fold(" ".join(words[:n])) in self._by_name:
                return n
        return 0


@cache
def gazetteer() -> Gazetteer:
    """The units, their names in the one tone style the articles are normalised to ('Hòa Bình', not the package's
    'Hoà Bình'): a name is counted, compared and labelled against normalised text."""
    from .normalise import unify_tones

    text = (Path(__file__).parent / "data" / "gazetteer.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines(), delimiter="\t")
    return Gazetteer([Unit(**(row | {"name": unify_tones(row["name"])})) for row in rows])


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_ROMAN_NUMBER = re.compile(r" (?P<n>I{1,3}|IV)$")


@cache
def commune_districts() -> dict[tuple[str, str], tuple[str, ...]]:
    """The districts of the pre-2025 communes by (level word, name) ('phường', 'Cẩm Phô') -> ('d503',); a name that
    several districts' communes bear ('xã', 'Hồng Phong') gives them all."""
    from .normalise import unify_tones

    text = (Path(__file__).parent / "data" / "communes.tsv").read_text(encoding="utf-8")
    found: dict[tuple[str, str], list[str]] = {}
    for row in csv.DictReader(text.splitlines(), delimiter="\t"):
        name = unify_tones(row["name"])
        # a state farm's township, which the table writes short ('NT Mộc Châu') or capitalised, the press in full
        # ('thị trấn Nông trường Mộc Châu'): each spelling
        farm = _STATE_FARM.match(name)
        spellings = [name] if farm is None else [f"NT {farm['rest']}", f"Nông trường {farm['rest']}", f"Nông Trường {farm['rest']}"]
        if roman := _ROMAN_NUMBER.search(name):  # 'Tam Xuân I', which the press writes 'Tam Xuân 1' too
            spellings.append(f"{name[: roman.start()]} {_ROMAN[roman['n']]}")
        for spelt in spellings:
            found.setdefault((row["type"], spelt), []).append(row["district"])
    return {key: tuple(dict.fromkeys(codes)) for key, codes in found.items()}


_STATE_FARM = re.compile(r"(?:NT|Nông [Tt]rường)\s+(?P<rest>\S.*)")
