"""The level words of Vietnam's administrative units, spelled once.

'tỉnh Quảng Ninh', 'TP Móng Cái', 'TX. Quảng Yên', 'Huyện ủy Bình Liêu',
'xã Quảng Long': the places, bodies and events recognisers all read these words,
so their spellings and abbreviations live here and nowhere else.
"""

from __future__ import annotations

# province and district levels, with the portals' abbreviations ('TP', 'TX.', 'H. Phú Vang', 'Q. Bình Thạnh')
UNIT = r"tỉnh|huyện|thành phố|TP\.?|thị xã|TX\.?|quận|H\.|Q\."
# the commune level's words, not the 'xã' ending 'hợp tác xã' (a cooperative: 'Hợp tác xã Tân Hưng' is no commune)
COMMUNE_LEVEL = r"(?<!ợp tác )(?<!ỢP TÁC )xã|phường|thị trấn"
# the commune level, which the gazetteer of 0.6.x does not list ('TT. Phú Đa', 'P. An Hòa', 'X. Tân Lập')
COMMUNE = rf"{COMMUNE_LEVEL}|TT\.|P\.|X\."
ANY = rf"{UNIT}|{COMMUNE}"
# the units below the commune, which have no committee of their own ('thôn Đông Hạ', 'Khu dân cư số 4', 'ấp 3')
BELOW_COMMUNE = r"thôn|ấp|bản|làng|xóm|buôn|khóm|khu phố|khu dân cư|tổ dân phố"
# the first word of a Party committee's name ('Thành ủy', 'Thị ủy') and the level it stands for
PARTY_HEAD = r"Tỉnh|Thành|Huyện|Thị|Quận"
PARTY_LEVEL = {"tỉnh": "tỉnh", "thành": "thành phố", "huyện": "huyện", "thị": "thị xã", "quận": "quận"}
COMMUNE_WORDS = ("xã", "phường", "thị trấn")
DISTRICT_WORDS = ("huyện", "quận", "thị xã", "thành phố")
# district-level types in the order a unit is raised through them (a huyện becomes a thị xã, then a thành phố or,
# in a city, a quận); never the other way
DISTRICT_RANK = {"huyện": 0, "thị xã": 1, "thành phố": 2, "quận": 2}
_ABBREVIATIONS = {"tp": "thành phố", "tx": "thị xã", "h": "huyện", "q": "quận", "tt": "thị trấn", "p": "phường", "x": "xã"}


def canonical(level_word: str) -> str:
    """'TP.' -> 'thành phố', 'TX' -> 'thị xã', 'Huyện' -> 'huyện'."""
    lw = level_word.lower().rstrip(".").strip()
    return _ABBREVIATIONS.get(lw, lw)


def is_commune(level_word: str | None) -> bool:
    return bool(level_word) and canonical(level_word or "") in COMMUNE_WORDS
