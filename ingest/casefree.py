"""Case-insensitive search without IGNORECASE: Python's IGNORECASE over Vietnamese letters costs about three times
a plain search, so a hot pattern is compiled in lower case and searched in the lower-cased text, whose offsets are
the text's (`str.lower` keeps the length of Vietnamese text; where it does not, the IGNORECASE pattern is used)."""

from __future__ import annotations

import re

_UPPER_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\[A-Z]")


def lowered(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The IGNORECASE pattern `rx` spelt in lower case, without the flag. An upper-case escape (\\W, \\S, \\D, \\B)
    would change its meaning in lower case, so it is refused."""
    if _UPPER_ESCAPE.search(rx.pattern):
        raise ValueError(f"{rx.pattern[:60]!r}: an upper-case escape cannot be lower-cased")
    if re.search(r"\(\?P<\w*[A-Z]", rx.pattern):
        raise ValueError(f"{rx.pattern[:60]!r}: a group name with capitals cannot be lower-cased")
    spelt = rx.pattern.lower().replace("(?p<", "(?P<").replace("(?p=", "(?P=")  # the syntax keeps its capitals
    return re.compile(spelt, rx.flags & ~re.IGNORECASE)


def searchable(text: str, rx: re.Pattern[str], low_rx: re.Pattern[str]) -> tuple[str, re.Pattern[str]]:
    """(the text to search, the pattern to search it with): the lower-cased text and `low_rx`, or, where lower-casing
    would move offsets, the text itself and the IGNORECASE `rx`. Read the groups' text from `text` by their offsets."""
    low = text.lower()
    return (low, low_rx) if len(low) == len(text) else (text, rx)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches in a str pattern


def count_words(name: str, text: str, low_text: str) -> int:
    r"""How often `text` names `name` as a whole word, in any case (what `(?<!\w)NAME(?!\w)` with IGNORECASE
    finds): the name in lower case found in `low_text` (text.lower()) by str.find, its ends checked by hand, a
    tenth of the time of the pattern over a long report, whose leading lookbehind is tried at every position; by
    the pattern where lower-casing moved the offsets."""
    if len(low_text) != len(text):
        return len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I))
    low, count = name.lower(), 0
    at = low_text.find(low)
    while at != -1:
        end = at + len(low)
        if (at == 0 or not _word_char(low_text[at - 1])) and (end == len(low_text) or not _word_char(low_text[end])):
            count += 1
            at = low_text.find(low, end)
        else:
            at = low_text.find(low, at + 1)
    return count
