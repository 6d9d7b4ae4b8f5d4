"""A headline printed in capitals read in the casing its words have in the article ('UBND TỈNH LẠNG SƠN TỔNG KẾT
CÔNG TÁC THI ĐUA' reads 'UBND tỉnh Lạng Sơn tổng kết công tác thi đua'), so the rules, written for names that open
with a capital, find its bodies, places and events. Each run of two words or more is cased as the text writes the
longest run it holds; a word alone is lower case (the text's 'Văn' of 'Văn Lãng' or 'Hội' of 'Hội nghị' says nothing of
'VĂN HÓA-XÃ HỘI'), but an abbreviation (no syllable: 'UBND', 'HĐND') or a place's name. The letters keep their
number, so every offset stays the written text's.
"""

from __future__ import annotations

import re

from .gazetteer import gazetteer
from .syllables import is_syllable

_WORD = re.compile(r"\w+")
_HEADLINE_LONGEST = 300  # letters: a headline's, at most (a line longer is no headline to recase)
_LONGEST_RUN = 12  # words: a headline's body and place, named at length ('Khối thi đua các cơ quan Trung ương ...')
_OPENING = re.compile(r"(?:^|[:.!?]\s)[\W\d_]*?(?P<letter>[^\W\d_])")  # a letter that opens the line, or a part of it
# the neighbours whose orders the articles tell of, one word each (no word of Vietnamese but their names)
_COUNTRIES = {"lào": "Lào", "campuchia": "Campuchia", "cuba": "Cuba"}
_PLACE_WORDS = (3, 2)  # a place's name, of three words or two, that the text may not write again ('Ninh Thuận')


def in_capitals(line: str) -> bool:
    """Whether a line is written in capitals, four words or more of them ('KHỐI THI ĐUA ... TỔ CHỨC HỘI NGHỊ'), of a
    headline's length."""
    return len(line) <= _HEADLINE_LONGEST and line.isupper() and len(_WORD.findall(line)) >= 4


def truecased(line: str, text: str) -> str:
    """`line`, written in capitals, in the casing `text` (the article without it) writes its words; the line itself
    where casing would change its length."""
    low_text = text.lower()
    if len(low_text) != len(text):
        return line
    words = list(_WORD.finditer(line))
    # (a run holding a word the text never writes is not written either: the runs tried end before such a word)
    absent = [w.group(0).lower() not in low_text for w in words] + [True]
    out = list(line.lower())
    i = 0
    while i < len(words):
        written_on = next(k for k in range(i, len(words) + 1) if absent[k]) - i  # (the words from i the text writes)
        for n in range(min(_LONGEST_RUN, len(words) - i), 0, -1):
            start, end = words[i].start(), words[i + n - 1].end()
            cased = _as_written(line[start:end].lower(), text, low_text) if 1 < n <= written_on else None
            if cased is None and n in _PLACE_WORDS and gazetteer().is_place_name(line[start:end]):
                cased = " ".join(w[:1].upper() + w[1:] for w in line[start:end].lower().split(" "))
            if cased is None and n == 1 and not is_syllable(line[start:end].lower()):
                cased = line[start:end]  # 'UBND', 'HĐND', 'TP': an abbreviation, kept in capitals
            if cased is None and n == 1:
                cased = _COUNTRIES.get(line[start:end].lower())  # 'HUÂN CHƯƠNG ... CỦA NƯỚC CHDCND LÀO': a neighbour's
            if cased is not None and len(cased) == end - start:
                out[start:end] = cased
                i += n
                break
        else:
            i += 1
    # (a capital opens the line, and what follows a colon or a stop: 'Hòa Thành: Tổng kết ...')
    for opens in _OPENING.finditer(line):
        out[opens.start("letter")] = out[opens.start("letter")].upper()
    cased_line = "".join(out)
    return cased_line if len(cased_line) == len(line) else line


def _as_written(low: str, text: str, low_text: str) -> str | None:
    """How `text` writes the run of words `low` (in lower case): its first writing not in capitals, as a whole run of
    words; None where the text does not write it."""
    at = low_text.find(low)
    while at != -1:
        end = at + len(low)
        whole = (at == 0 or not low_text[at - 1].isalnum()) and (end == len(low_text) or not low_text[end].isalnum())
        if whole and not text[at:end].isupper():
            return text[at:end]
        at = low_text.find(low, at + 1)
    return None
