"""What a Vietnamese syllable is, so that two glued by a crawler can be told apart.

Vietnamese writes one syllable a word: an initial consonant, one to three vowels, and one
final consonant at most, with one tone mark at most. A page whose crawler dropped the space
around a link ('Hội CCB huyệntặng Giấy khen', 'Cửu Longtổ chức') leaves a word that is no
syllable but two; it is split where both halves are syllables. Where it may be split at two
points ('cáchoạt': 'cá choạt', 'các hoạt', 'cách oạt'), the one whose halves are both
syllables the project's own tables write (its place names and lexicons) is taken; where
none or two are, the word stays as written.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
# ('k' ends the highlands' syllables: 'Đắk', 'Lắk', 'Búk')
_SYLLABLE = re.compile(rf"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?[{VOWELS}]{{1,3}}(?:ch|ng|nh|[cmnptk])?", re.I)
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
# a word with two runs of vowels, consonants between them ('huyệntặng', 'Longtổ', 'Agribank'): one syllable has one
# run, so only such a word can be two; the regular expression engine finds them, the rest of the text never reaches Python
_TWO_VOWEL_RUNS = re.compile(rf"(?<![^\W\d_])[^\W\d_]*?[{VOWELS}][^{VOWELS}\W\d_]+[{VOWELS}][^\W\d_]*", re.I)


# the vowel pairs that never end a syllable ('người', 'muốn', 'tiền', 'yêu': always a final after them; 'Rươ' is none)
_OPEN_PAIRS_NEVER = ("ươ", "uô", "iê", "yê")


def is_syllable(word: str) -> bool:
    """One Vietnamese syllable: its letters in order, one tone mark at most, and no vowel pair left open that is
    always closed."""
    if _SYLLABLE.fullmatch(word) is None:
        return False
    decomposed = unicodedata.normalize("NFD", word)
    if sum(c in _TONE_MARKS for c in decomposed) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS)).lower()
    return not base.endswith(_OPEN_PAIRS_NEVER)


@cache
def _known() -> frozenset[str]:
    """The syllables the project's own tables write: the gazetteer's place names and the lexicons' words."""
    here = Path(__file__).parent
    files = [*sorted((here / "data").glob("*.tsv")), *sorted((here / "lexicon").glob("*.t*"))]
    words = (w.lower() for f in files for w in re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", f.read_text("utf-8"))))
    return frozenset(w for w in words if is_syllable(w))


_LONGEST_TWO = 14  # letters of two syllables at most ('nghiêng' and 'nghiêng'): a longer word is none of them


@lru_cache(maxsize=1 << 16)
def _split(word: str) -> str:
    if len(word) > _LONGEST_TWO or word.isascii() or is_syllable(word):
        return word  # (a long or foreign word, an acronym, a syllable: as written)
    if not (word.islower() or (word[0].isupper() and word[1:].islower())):
        return word
    points = [i for i in range(2, len(word) - 1) if is_syllable(word[:i]) and is_syllable(word[i:])]
    known = [i for i in points if word[:i].lower() in _known() and word[i:] in _known()]
    # (a capitalised word only where both halves are known: 'Longtổ' is 'Long tổ', 'Khamphăn', a Lao given name, stays)
    unsure = word[0].isupper()
    at = known[0] if len(known) == 1 else points[0] if len(points) == 1 and not known and not unsure else None
    return word if at is None else word[:at] + " " + word[at:]


def split_glued(line: str, keep: frozenset[str] = frozenset()) -> str:
    """`line` with each word that is two syllables glued set apart ('huyệntặng' -> 'huyện tặng'); the words in `keep`
    (the highlands' clan names of two syllables written as one: 'Pinăng') as written."""
    return _TWO_VOWEL_RUNS.sub(lambda m: m.group() if m.group() in keep else _split(m.group()), line)
