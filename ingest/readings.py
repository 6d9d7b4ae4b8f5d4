"""The text the rules read: a word's variants rewritten, in the same length, to the one the rules are written for
(spaCy's NORM attribute). Portals hand an award over 'cho 5 tập thể', 'tới 5 tập thể', 'đến 5 tập thể' or 'đối với 5
tập thể'; the rules read 'cho'. `Document.text` is the reading, `Document.written` the text as written, which the graph
stores and quotes: a rewrite keeps every offset, so a quote is the written text at the reading's offsets.
"""

from __future__ import annotations

import re

from . import lexicon
from .counts import _NUMBER_WORDS, HONORIFIC_NOUNS, NOUN_RE
from .names import LOWER, SURNAMES, UPPER, name_cased
from .syllables import is_syllable

# the words that name what is handed over ('trao Giấy khen', 'trao tặng danh hiệu', 'trao quyết định khen thưởng')
_AWARD_WORD = (
    r"[Bb]ằng khen|[Gg]iấy khen|[Cc]ờ thi đua|[Cc]ờ truyền thống|[Hh]uân chương|[Hh]uy chương|[Kk]ỷ niệm chương"
    r"|[Hh]uy hiệu|[Dd]anh hiệu|[Cc]hiến sĩ thi đua|[Ll]ao động tiên tiến|[Qq]uyết định|[Kk]hen thưởng|[Pp]hần thưởng"
)
# 'trao Giấy khen tới 12 tập thể', 'trao tặng Bằng khen đến các tập thể, cá nhân', 'trao danh hiệu tới ông A': a
# giving verb, then in its clause each award and the preposition after it, before who receives: a count, a plural, an
# honorific or a capitalised name (not 'đến năm 2025', 'tới tận tay', 'đến dự', 'tới 2 tháng', 'hướng tới Đại hội')
_GIVING = re.compile(r"(?<!\w)(?:trao|tặng|khen thưởng)(?!\w)[^.;:\n]*", re.I)
_TO = re.compile(
    rf"(?<!\w)(?:{_AWARD_WORD})(?!\w)[^.;:\n]{{0,100}}?(?<!hướng)(?<!tiến)(?<!đi)(?<!gửi)(?<!về)\s(?P<to>tới|đến|đối với)"
    rf"(?=\s+(?:(?:(?:hơn|trên|gần|khoảng)\s+)?(?:\d{{1,4}}|{_NUMBER_WORDS}|các|những|toàn thể)\s+(?:em\s+)?(?:{NOUN_RE})(?!\w)"
    rf"|(?:{HONORIFIC_NOUNS}|đồng chí|đ/c|tập thể|cá nhân|gia đình)\s+(?-i:[{UPPER}])|thân nhân(?!\w)"
    rf"|(?-i:[{UPPER}])))",
    re.I,
)
# an award's word and its name, up to 'đối với', no comma between ('Giấy khen của Chủ tịch UBND huyện đối với')
_GIVEN_RIGHT_TO = re.compile(r"[^,.;:]{0,40}\s")


_DEPARTMENTS = lexicon.lines("departments.txt")
_CASED_BODIES = lexicon.lines("cased_bodies.txt")


def _cased_body() -> re.Pattern[str]:
    """A body written in lower case right after its head's title ('Chủ tịch hội nông dân', 'Giám đốc trung tâm y tế',
    'Trưởng phòng giáo dục và đào tạo'), the body in group `body`."""
    dept = "|".join(re.escape(d) for d in sorted(_DEPARTMENTS, key=len, reverse=True))
    named = "|".join(re.escape(b) for b in sorted(_CASED_BODIES, key=len, reverse=True))
    return re.compile(
        # (the title in lower case too, after the name it follows: 'ông A, giám đốc trung tâm y tế huyện'; not the
        # 'trưởng' of 'tăng trưởng')
        r"(?<!\w)(?:[Pp]hó\s+)?(?:[Cc]hủ tịch|[Gg]iám đốc|[Bb]í thư|[Cc]hỉ huy trưởng|(?<![Tt]ăng )[Tt]rưởng(?: ban| phòng)?|[Cc]hính ủy)\s+"
        rf"(?P<body>(?i:(?:{named}|(?:sở|phòng)\s+(?:{dept}))(?!\w)|(?<=phòng\s)(?:{dept})(?!\w)))"
    )


_CASED_BODY = _cased_body()
_CANONICAL = {b.lower(): b for b in (*_CASED_BODIES, *_DEPARTMENTS)}


def _recased(body: str) -> str:
    """A body's words in their own name's casing ('hội nông dân' -> 'Hội Nông dân', 'sở y tế' -> 'Sở Y tế')."""
    head, _, rest = body.partition(" ")
    if head.lower() in ("sở", "phòng") and rest.lower() in _CANONICAL:
        return head[:1].upper() + head[1:] + " " + _CANONICAL[rest.lower()]
    return _CANONICAL.get(body.lower(), body)


# a person's name written in capitals inside a line that is not ('Đồng chí NGUYỄN VĂN AN, Chủ tịch UBND huyện', 'Phó Chủ
# tịch UBND tỉnh LÊ VĂN HẢI trao ...'): a run of capitalised words, the whole run, read in a name's casing where it
# is two to five syllables and opens on a surname
_CAPITALS_RUN = re.compile(rf"(?<![\w-])[{UPPER}]+(?:[ \t]+[{UPPER}]+)*(?![\w-])")
_LOWER_LETTER = re.compile(rf"[{LOWER}]")
_NAME_WORDS = (2, 5)
_HEADLINE_REACH = 300  # letters: a headline's length at most (truecase's)


def _capitals_named(written: str, out: list[str] | None) -> list[str] | None:
    """`out` (or a copy of `written`) with each name in capitals of a line in mixed case in a name's casing."""
    for m in _CAPITALS_RUN.finditer(written):
        words = m.group(0).split()
        if not _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1] or name_cased(words[0]) not in SURNAMES:
            continue
        if not all(is_syllable(w.lower()) for w in words):
            continue  # ('UBND', 'HĐND': an abbreviation in the run is no name's)
        # (a line all in capitals is a headline, cased whole by the layout: one of a headline's length at most, so the
        # search stays near the run and a long text linear)
        start, end = max(0, m.start() - _HEADLINE_REACH), min(len(written), m.end() + _HEADLINE_REACH)
        line_start, line_end = written.rfind("\n", start, m.start()) + 1 or start, written.find("\n", m.end(), end)
        if not _LOWER_LETTER.search(written, line_start, line_end if line_end != -1 else end):
            continue
        cased = re.sub(r"\S+", lambda w: name_cased(w.group(0)), m.group(0))  # (each word: the spaces between kept)
        if len(cased) == len(m.group(0)):
            out = out if out is not None else list(written)
            out[m.start() : m.end()] = cased
    return out


def reading(written: str) -> str:
    """The text as the rules read it: `written` with the variants of 'cho' after a giving of an award rewritten
    'cho' (the same length: 'tới' and 'đến' are three letters), and a body written in lower case after its head's
    title in its own name's casing (the same letters: 'Chủ tịch hội nông dân huyện' reads 'Chủ tịch Hội Nông dân huyện'),
    and a person's name in capitals inside a line in mixed case in a name's casing ('NGUYỄN VĂN AN' reads 'Nguyễn Văn An')."""
    out: list[str] | None = None
    if "tới" in written or "đến" in written or "đối với" in written:
        out = list(written)
        for clause in _GIVING.finditer(written):  # (a giving's clause runs to its end: one match a clause)
            considered = written[max(0, clause.start() - 4) : clause.start()].lower() == "xét "
            for m in _TO.finditer(written, clause.start(), clause.end()):
                if m["to"] == "đối với" and (considered or not _GIVEN_RIGHT_TO.fullmatch(written, m.start(), m.start("to"))):
                    # (right after the award it gives: not 'trao Giấy khen, đối với các đơn vị chưa hoàn thành ...', what
                    # is said of others; nor after a consideration's 'xét tặng': 'Hội đồng xét tặng danh hiệu ... họp xét
                    # danh hiệu Nhà giáo ưu tú lần thứ 14 năm 2017 đối với 19 trường hợp')
                    continue
                # ('đối với', longer, reads 'cho' and the spaces that keep its length)
                out[m.start("to") : m.end("to")] = "cho".ljust(m.end("to") - m.start("to"))
    for m in _CASED_BODY.finditer(written):
        cased = _recased(m["body"])
        if cased != m["body"] and len(cased) == len(m["body"]):
            out = out if out is not None else list(written)
            out[m.start("body") : m.end("body")] = cased
    out = _capitals_named(written, out)
    return "".join(out) if out is not None else written
