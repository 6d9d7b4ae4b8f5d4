"""Vietnamese personal names: the surname lexicon and the shape of a name."""

from __future__ import annotations

import itertools
import re

from . import lexicon
from .gazetteer import gazetteer

HIGHLAND_CLANS = frozenset(lexicon.words("highland_clans.txt"))
SURNAMES = frozenset(lexicon.words("surnames.txt")) | HIGHLAND_CLANS

# capitalised words that start bodies, places and documents, never names
NOT_NAME_WORDS = frozenset(lexicon.words("not_name_words.txt"))

# Vietnamese letters by case: a range such as À-Ỹ mixes both cases, so they are listed
UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
LOWER = "a-zđŭàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
# a syllable of a name; Central Highlands names join a letter to it by an apostrophe ('H'Bơ', 'K'Ré')
_WORD = rf"[{UPPER}](?:['’][{UPPER}])?[{LOWER}]+"
# after the family name, a one-letter syllable too: the 'A' of Hmong names ('Sùng A Hồ', 'Giàng A Páo')
NAME_RE = re.compile(rf"{_WORD}(?:\s(?:{_WORD}|[{UPPER}](?![\w'’]))){{1,4}}")
_CAP_WORD = re.compile(rf"^{_WORD}$")
_TITLE_START = re.compile(
    r"(?:Phó |Chủ tịch|Bí thư|Giám đốc|Trưởng |Ủy viên|Tỉnh ủy|Huyện ủy|Thành ủy|Ủy ban|Hội đồng|Sở |Ban |Phòng |Chánh |Tổng )"
)


def name_cased(text: str) -> str:
    """A name set in capitals, in the casing names are written in: 'NGUYỄN CHIẾN THẮNG' -> 'Nguyễn Chiến Thắng',
    "H'LIÊN NIÊ" -> "H'Liên Niê" (a syllable after the apostrophe of a highland name is capitalised too)."""
    return " ".join(_AFTER_APOSTROPHE.sub(lambda m: m.group(0).upper(), w[:1] + w[1:].lower()) for w in text.split())


_AFTER_APOSTROPHE = re.compile(r"(?<=['’])\w")


# an award's name, which no person's or institution's name runs into ('tặng ông A Giấy khen', 'tặng Trường X Bằng khen')
AWARD_START = re.compile(r"(?:Bằng khen|Giấy khen|Huân chương|Huy chương|Kỷ niệm chương|Cờ thi đua|Huy hiệu)(?!\w)")


def _words(text: str) -> list[str]:
    return text.split()


# words of a body's or a place's name that no personal name holds
_BODY_WORDS = frozenset(
    {"ủy", "ban", "hội", "sở", "phòng", "đảng", "ubnd", "hđnd", "mttq", "ubmttq", "xã", "huyện", "tỉnh", "phường", "quận", "trấn"}
) | frozenset("news online media tv radio portal net times today plus post press".split())  # a site's sign: 'Lâm Hà News'


def is_personal_name(text: str) -> bool:
    """A byline-shaped name: two to four capitalised syllables, none of them an institution word.

    Bylines may be pen names without a family name ('Thu Hằng'), so the surname
    lexicon is not required here.
    """
    words = _words(text.strip())
    if not 2 <= len(words) <= 4:
        return False
    if not all(_CAP_WORD.match(w) for w in words):
        return False
    if words[0] == "Trung" or any(a == "Trung" and b in ("Ương", "Tâm") for a, b in itertools.pairwise(words)):
        return False  # 'Trung Tâm Y Tế', 'Trung Ương Đoàn'; 'Ngô Trung Việt' is a name
    # (a body signing in capitals is no writer: 'UBND XÃ QUẢNG SƠN', 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG')
    if {w.casefold() for w in words} & _BODY_WORDS:
        return False
    # a pen name may open on the middle 'Văn' ('Văn Chiến', 'Văn Sự'), not on the word of an office or a field
    # ('Văn Phòng', 'Văn Hóa'), nor be a place's name ('Văn Lãng', a district)
    if words[0] == "Văn":
        return words[1].casefold() not in _VAN_COMPOUNDS and not gazetteer().is_place_name(" ".join(words))
    return words[0] not in NOT_NAME_WORDS


# the words 'Văn' opens a common noun with, capitalised in a body's or a page's name
_VAN_COMPOUNDS = frozenset({"phòng", "hóa", "hoá", "học", "nghệ", "bản", "kiện", "thư", "miếu", "minh", "hiến", "chương", "thể", "công"})


_COMPOUND_SURNAMES = frozenset(lexicon.lines("compound_surnames.txt"))
# middle syllables that mark a personal name whatever the family name
MIDDLE = frozenset({"Văn", "Thị"})


_SET_OFF_AFTER = re.compile(r"\s*(?:[,.;:()\n]|[-–—]\s|$)")


def _five_with_thi(words: list[str]) -> bool:
    """'Trần Thị Ngọc Bảo Châu': a woman's name of three given syllables after 'Thị', its last no word a name never
    ends with, nor its last two a place's name ('... Thu Bảo Lộc')."""
    return words[1] == "Thị" and words[4] not in NOT_NAME_WORDS and not gazetteer().is_place_name(" ".join(words[3:]))


def leading_name(text: str, after_honorific: bool = False, pos: int = 0) -> str | None:
    """The full name text[pos:] starts with ('Dương Mạnh Cường – Tỉnh ủy viên' -> 'Dương Mạnh Cường').

    The first syllable must be a known family name, so capitalised places and
    bodies are not read as people; after an honorific ('bà', 'đồng chí') a
    rarer family name is accepted when the name has the middle 'Văn' or 'Thị'.
    """
    m = NAME_RE.match(text, pos)
    if not m:
        return _ede_name(text, pos)
    words = _words(m.group(0))
    known = (
        words[0] in SURNAMES
        or " ".join(words[:2]) in _COMPOUND_SURNAMES
        or (after_honorific and len(words) >= 3 and words[1] in MIDDLE and words[0] not in NOT_NAME_WORDS)
    )
    if not known:
        return _ede_name(text, pos)  # "H'Mai Niê": a joined opening reads as one syllable
    # a caption can run a name into the title after it ('Nguyễn Văn Thành Chủ tịch ...'): cut where a title starts
    offset = m.start()
    starts = []
    for w in words:
        starts.append(offset)
        offset += len(w) + 1
    for i in range(2, len(words)):
        if _TITLE_START.match(text, starts[i]) or AWARD_START.match(text, starts[i]):  # (or an award: 'tặng ông A Giấy khen')
            words = words[:i]
            break
    # (set off after it, by a mark or the line's end: a fifth capitalised word run on may open a title, 'Hiệu trưởng', or
    # a place's name, 'Hà Nội')
    run_on = _SET_OFF_AFTER.match(text, m.end()) is None
    if len(words) == 5 and " ".join(words[:2]) not in _COMPOUND_SURNAMES and (run_on or not _five_with_thi(words)):
        words = words[:4]  # five syllables only after a family name of two ('Tôn Nữ Thị Minh Châu'), or a woman's
    if len(words) < 2:
        return None
    if len(words) == 2 and words[0] in NOT_NAME_WORDS and words[1] in NOT_NAME_WORDS and words[1] not in _GIVEN_TOO:
        return None  # 'Bí thư Đoàn Khối': a body's words, a family name's too ('Đoàn'), but no given name after it
    return " ".join(words)


def full_name(text: str, pos: int = 0) -> str | None:
    """The full name text[pos:] starts with, of three syllables or more with a middle 'Văn' or 'Thị' ('Nông Văn Dương');
    else None."""
    name = leading_name(text, pos=pos)
    return name if name is not None and len(words := name.split()) >= 3 and words[1] in MIDDLE else None


def full_name_at(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a person's full name with a middle 'Văn' or 'Thị' ('Nông Văn Dương'): a holder's
    name after a village's title ('Trưởng thôn Nông Văn Dương'), no village's."""
    name = full_name(text, start)
    return name is not None and start + len(name) >= end


# an Ê Đê name opens with 'Y' (a man's) or 'H' (a woman's, also joined: 'H'Yim') and ends with the clan, of one or
# two syllables ('Y Biêr Niê', 'Y Thanh Hà Niê Kđăm', 'H Yim Kđoh'): the clan a known family name after the given name
_EDE_NAME = re.compile(rf"(?:Y\s|H\s|H['’](?=[{UPPER}])){_WORD}(?:\s{_WORD}){{1,3}}")


def _ede_name(text: str, pos: int) -> str | None:
    m = _EDE_NAME.match(text, pos)
    if not m:
        return None
    opening = m.group(0)[:2]  # 'Y ', 'H ' or "H'"
    words = _words(m.group(0)[2:])
    clans = [i for i, w in enumerate(words) if i >= 1 and w in HIGHLAND_CLANS and not _TITLE_START.match(w + " ")]
    if not clans:
        return None  # 'Y Tý' (a commune), 'Y Ngông' without a clan: not read as a name
    last = clans[-1]
    if last + 1 < len(words) and not _TITLE_START.match(words[last + 1] + " "):
        last += 1  # the clan's second syllable ('Niê Kđăm')
    return opening + " ".join(words[: last + 1])


# an Ê Đê man's name of two syllables, 'Y' and his given name ('Y Ngọc'), where something vouches for a name
_Y_NAME = re.compile(rf"Y\s{_WORD}(?!\s[{UPPER}])")


# a Central Highlands given name after its mark, 'Y' or 'A' (a man's, or a Xơ Đăng woman's 'Y'), "H'" (a woman's) or
# the K'Ho's "K'", joined or set apart ("K' Mák"), with no clan name ('A Lưu', 'Y Ngọc', "H'Hen", "K'Bình"); only
# where an honorific or a title vouches for a name (or two more syllables, the clan the lexicon does not know:
# 'Thứ trưởng Y Vinh Tơr')
_HIGHLANDS_NAME = re.compile(rf"(?:(?:Y|A)\s{_WORD}|[HK]['’]\s?[{UPPER}][{LOWER}]+)(?:\s{_WORD}){{0,2}}(?!\s*[{UPPER}])(?![\w'’])")


def highlands_given_name(text: str, pos: int) -> str | None:
    """'A Lưu', 'Y Ngọc', "H'Hen" at `pos`: a given name with its mark and no clan; the caller must vouch for it."""
    m = _HIGHLANDS_NAME.match(text, pos)
    given = m.group(0).split()[1:] if m else []
    given = given or ([m.group(0)] if m else [])  # ("H'Hen": mark and name in one)
    # not 'A Đại diện'; a word that opens a body may end a name ('A Tâm')
    ok = all((w not in NOT_NAME_WORDS or w in _GIVEN_TOO) and w not in _NAME_OR_BODY for w in given)
    return m.group(0) if m and ok else None


# a foreign name after 'ông', 'bà' or 'Ngài' ('ông Khamphanh Phommathat, Đại sứ ...', 'ông Park Hang-seo'): two to four
# capitalised words, hyphens inside, set off by a comma, a bracket or a verb
# (a Lao or Khmer name written in syllables joined by hyphens: 'Khăm-phăn Phôm-ma-thắt')
_FOREIGN_NAME = re.compile(
    rf"[{UPPER}][\w'’]+(?:-[\w'’]+)*(?:\s[{UPPER}][\w'’]+(?:-[\w'’]+)*){{1,5}}"
    rf"(?=\s*[,(.;]|\s+(?:và|được|nhận|đã|vừa|cho biết|phát biểu)(?!\w))"
)


def foreign_name(text: str, pos: int) -> str | None:
    """A foreign name at `pos` (after 'ông', 'bà' or 'Ngài'); none of its words opens a body or a place."""
    m = _FOREIGN_NAME.match(text, pos)
    if not m or set(m.group(0).split()) & NOT_NAME_WORDS or gazetteer().is_place_name(m.group(0)):
        return None
    return m.group(0)


def rare_surname_name(text: str, pos: int) -> str | None:
    """A two-to-four-syllable name at `pos` whose family name the lexicon lacks ('Pờ Mé Tư', 'Y Ngọc'); the caller
    must vouch for it."""
    m = NAME_RE.match(text, pos)
    if not m:  # 'Y Vinh Tơr': an Ê Đê name whose clan the lexicon lacks; else 'Y Ngọc'
        y = _EDE_NAME.match(text, pos) or _Y_NAME.match(text, pos)
        return y.group(0) if y and not set(_words(y.group(0))) & NOT_NAME_WORDS else None
    words = _words(m.group(0))
    # a given name that also opens an award's name ends the name, not the award ('Vừ A Bằng', not 'Bằng khen')
    last_given = words[-1] in _GIVEN_OR_AWARD and not _AWARD_AFTER.match(text, m.end())
    if not 2 <= len(words) <= 4 or set(words[:-1] if last_given else words) & NOT_NAME_WORDS:
        return None
    return " ".join(words)


_GIVEN_OR_AWARD = frozenset({"Bằng"})
_AWARD_AFTER = re.compile(r"\s+(?:khen|công nhận|[Ll]ao động|Tổ quốc|[Gg]hi công)(?!\w)")


# (compared case-folded, as a credit set in capitals is read: 'UBND XÃ QUẢNG SƠN')
# (and a signature block's title in capitals, 'CHỦ TỊCH', 'KT. GIÁM ĐỐC', 'TRƯỞNG BAN': no writer's name)
_NOT_PEN_NAME_WORDS = _BODY_WORDS | frozenset("uỷ báo đài cổng bộ trường tin ảnh bài nguồn theo chủ tịch giám đốc trưởng kt. tm.".split())
# a centre's or the centre's words ('Trung tâm VH-TT', 'Trung ương'), not the given name 'Trung' ('Hữu Trung')
_CENTRE = re.compile(r"(?<!\w)trung\s+(?:tâm|ương)(?!\w)", re.I)


# the headings of the documents a portal prints, in capitals ('QUYẾT ĐỊNH', 'THÔNG BÁO'): no one's name
_DOCUMENT_HEADINGS = frozenset(
    {"quyết định", "thông báo", "kế hoạch", "báo cáo", "tờ trình", "công văn", "nghị quyết", "chỉ thị", "hướng dẫn", "giấy mời"}
)


# the army's and the police's ranks ('Đại úy', 'Thượng tá'), as a name is led by them
RANKS = r"(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy)"
_RANK = re.compile(rf"^{RANKS}\s+(?=[{UPPER}])")
_DEGREE = re.compile(r"^(?:(?:GS|PGS|TS|ThS|Ths|BS|CN|KS|Ls|LS)\.\s?(?:TS\.?\s?)?)+\s*")
# how a writer is called before their name in a byline ('Thầy Nguyễn Văn Hùng - Hiệu trưởng', 'Ông Trần Văn Nam'): no part
# of the name, and a vouch for it as a rank is (not 'Anh', 'Chị', 'Cô' alone, which open pen names: 'Anh Thư')
_CALLED = re.compile(rf"^(?:Thầy(?:\s+giáo)?|Cô\s+giáo|Ông|Bà|Đồng chí|[Đđ]/[Cc]|Bác\s+s[ĩỹ]|Nhà báo)\s+(?=[{UPPER}])")


def byline_name(text: str, labelled: bool = False) -> str | None:
    """The name a byline or photo credit gives, title-cased if the portal prints it in capitals ('ĐÌNH HẢI').

    After a label ('Ảnh:', 'Tin và ảnh:') a pen name may begin with a word that
    elsewhere starts a place ('Nam Nguyễn'), so only institution words are refused.
    """
    text = _DEGREE.sub("", text.strip(" .,:;"), count=1)  # 'ThS. Nguyễn Văn An': the writer's degree is no part of the name
    called = _CALLED.match(text)
    if called and (name := byline_name(text[called.end() :], labelled=True)) is not None:
        return name  # 'Thầy Nguyễn Văn Hùng': the name after the calling
    ranked = _RANK.match(text)
    if ranked:  # 'Đại úy Hồng Quân', as the army's paper signs: the rank is no part of the name, and vouches for it as a label
        text, labelled = text[ranked.end() :], True
    if text.isupper() and len(text.split()) >= 2:
        if text.casefold() in _DOCUMENT_HEADINGS:
            return None  # 'QUYẾT ĐỊNH' over a decision's text: its kind, no credit
        text = name_cased(text)
        labelled = True  # a name set in capitals on its own is a credit, whatever its first word
    if labelled:
        words = text.split()
        ok = 2 <= len(words) <= 4 and all(_CAP_WORD.match(w) for w in words) and not {w.casefold() for w in words} & _NOT_PEN_NAME_WORDS
        ok = ok and not _CENTRE.search(text)
        return text if ok or _HIGHLANDS_GIVEN.fullmatch(text) else None  # ("Bài, ảnh: H'Xuân": one word, a name)
    return text if is_personal_name(text) or _pen_name_of_two(text) or _HIGHLANDS_GIVEN.fullmatch(text) else None


# a Central Highlands given name with its mark of a man or a woman ('Y Phương', 'A Sang', "H'Nga", 'H’Hen Niê', and
# the K'Ho's "K'Linh"): a pen name too
_HIGHLANDS_GIVEN = re.compile(rf"(?:Y\s+|A\s+|[HK]['’]\s?)[{UPPER}][{LOWER}]+(?:\s+[{UPPER}][{LOWER}]+)?")


# syllables that open bodies ('Văn Phòng', 'Công An', 'Đại Học') and places ('Văn Lãng'), and pen names too ('Văn
# Quang', 'Công Minh', 'Quốc Việt'); after them, the syllables that make the pair a body's word, not a name
_NAME_OR_BODY = frozenset({"Văn", "Công", "Quốc", "Thành", "Việt", "Đại", "Toàn", "Trung"})
_BODY_PAIR = frozenset({
    "An", "Phố", "Hóa", "Hoá", "Bản", "Kiện", "Nghệ", "Học", "Thư", "Miếu", "Gia", "Tế", "Ương", "Biểu", "Tá",
    "Úy", "Uý", "Dân", "Thương", "Nghiệp", "Sự", "Chúng", "Lập",
})  # fmt: skip


# of those syllables, the ones a name may end with ('Quốc Việt', 'Minh Tâm'), and the pairs that are words, not names
_GIVEN_TOO = _NAME_OR_BODY | {"Nam", "Tâm"}
_WORDS_NOT_NAMES = frozenset({"Văn Minh", "Việt Nam", "Trung Tâm", "Thành Công", "Văn Công", "Đại Việt"})


def _pen_name_of_two(text: str) -> bool:
    words = _words(text)
    return (
        len(words) == 2 and words[0] in _NAME_OR_BODY and _CAP_WORD.match(words[1]) is not None
        and words[1] not in _BODY_PAIR and (words[1] not in NOT_NAME_WORDS or words[1] in _GIVEN_TOO)
        and text not in _WORDS_NOT_NAMES and not gazetteer().is_place_name(text)
    )  # fmt: skip
