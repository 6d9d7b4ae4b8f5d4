"""Text normalisation: one Unicode form, one spelling of tones, clean whitespace, no page chrome.

Portals publish the same word in two tone placements (old 'hoá', 'Uỷ'; new 'hóa',
'Ủy') and wrap articles in navigation, counters and feedback links. Everything
downstream matches on the output of `normalise`, which is also the text stored in
the graph, so its offsets are the evidence offsets.
"""

from __future__ import annotations

import re
import unicodedata

from . import lexicon
from .names import LOWER, SURNAMES, UPPER
from .syllables import is_syllable, split_glued

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
# oa, oe, uy at the end of a syllable carry the tone on the first vowel in the
# new style: hoá -> hóa, khoẻ -> khỏe, Uỷ -> Ủy; not after q, where u belongs to
# the consonant (quý stays quý).
# the tone is the vowel's last mark: in 'hoặc' (NFD a, dot below, breve) the vowel is ă and the syllable goes on
_OLD_STYLE_TONE = re.compile(
    r"(?<![qQ])([oO])([aAeE])([" + _TONE_MARKS + r"])(?![^\W\d_]|[\u0300-\u036f])"
    r"|(?<![qQ])([uU])([yY])([" + _TONE_MARKS + r"])(?![^\W\d_]|[\u0300-\u036f])"
)


# a precomposed a, e or y carrying a tone, after o or u: where an old-style tone can be, in NFC text
_TONED = "".join(
    ch
    for ch in map(chr, range(0xC0, 0x1F00))
    if len(d := unicodedata.normalize("NFD", ch)) == 2 and d[0] in "aAeEyY" and d[1] in _TONE_MARKS
)
_OLD_STYLE_WORD = re.compile(rf"(?<!\w)\w*?[oOuU][{_TONED}]\w*")  # tried at word starts only


def unify_tones(text: str) -> str:
    """Move the tone of syllable-final oa/oe/uy to the first vowel (new style). Only the words where such a
    tone can be are decomposed and moved: an article has a few ('hoá', 'Uỷ'), and the whole text in NFD cost a
    tenth of reading it."""
    return _OLD_STYLE_WORD.sub(lambda m: _unify_word(m.group()), unicodedata.normalize("NFC", text))


def _unify_word(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)

    def move(m: re.Match[str]) -> str:
        if m.group(1):
            return m.group(1) + m.group(3) + m.group(2)
        return m.group(4) + m.group(6) + m.group(5)

    return unicodedata.normalize("NFC", _OLD_STYLE_TONE.sub(move, decomposed))


# Page chrome of Vietnamese government portals: feedback links, share buttons,
# visitor counters and the headings of side boxes. A line that starts with one of
# these (or has one glued to its end) is not article text.
CHROME_PHRASES = (
    "Gửi ý kiến phản hồi", "Ý kiến phản hồi", "Ý kiến bạn đọc", "Gửi bình luận", "Bình luận",
    "Tin liên quan", "Tin cùng chuyên mục", "Các tin khác", "Tin khác", "Tin mới", "Tin tiêu điểm",
    "Bài viết mới", "Bài viết liên quan", "Bài viết khác", "Các bài viết khác", "Tin nổi bật", "Tin đọc nhiều",
    "Đọc nhiều nhất", "Tin bài khác", "Tin cùng loại", "Tin sở ban ngành", "Tin đã đưa", "Xem thêm", "XEM THÊM", "Đọc thêm", "ĐỌC THÊM", "Thống kê truy cập", "Lượt truy cập",
    "Website liên kết", "Liên kết website", "Bản đồ", "Bình chọn", "Lịch công tác", "Tìm kiếm",
    "Thông tin báo chí", "Chia sẻ", "In bài viết", "In trang", "Copy link", "Trả lời", "Loading...",
    "Tổng số điểm của bài viết", "Click để đánh giá", "Tăng tương phản", "Giảm tương phản",
    "Đánh giá bài viết", "Về đầu trang", "Quay lại", "Tổng truy cập", "Từ khóa:", "Tags:",
    # the portal's footer: its owner, licence and copyright
    "Bản quyền thuộc", "Bản quyền ©", "© Bản quyền", "©", "Copyright", "Cơ quan chủ quản:", "Chịu trách nhiệm chính:", "Giấy phép số",
)  # fmt: skip
# visitor counters whose labels also begin sentences ('Hôm nay (15/3), huyện ...', 'Trong tháng 12, ...'):
# chrome only as a label with its number
_COUNTER_LABEL = re.compile(r"^(?:Hôm nay|Hôm qua|Trong tuần|Trong tháng|Đã truy cập|Đang trực tuyến|Đang online)\s*:?\s*[\d.,]*$")
# Headings after which a page has no more article text.
FOOTER_HEADINGS = (
    "Gửi ý kiến phản hồi", "Ý kiến phản hồi", "Ý kiến bạn đọc", "Tin liên quan", "Tin cùng chuyên mục",
    "Các tin khác", "Tin khác", "Thống kê truy cập", "Website liên kết", "Liên kết website", "Bài viết mới",
    "Bài viết liên quan", "Bài viết khác", "Các bài viết khác", "Tin bài khác", "Tin cùng loại",
    "Tổng số điểm của bài viết", "Bình chọn", "Tin sở ban ngành", "Tin tiêu điểm",
    "Bản quyền thuộc", "Bản quyền ©", "© Bản quyền", "©", "Copyright", "Cơ quan chủ quản:", "Chịu trách nhiệm chính:", "Giấy phép số",
)  # fmt: skip
_CHROME_RE = re.compile("|".join(re.escape(p) for p in sorted(CHROME_PHRASES, key=len, reverse=True)))
# the portal's contact block, a footer too: its address, telephone or mail, after its name at most ('Cổng thông tin điện
# tử huyện X - tỉnh Y. Địa chỉ: ...', 'Điện thoại: 0239.3833.123 - Email: ...'); or an online paper's name, then its
# licence or owner ('Báo X điện tử. Giấy phép số 123/GP-BTTTT ...')
_CONTACTS = re.compile(
    r"^(?:(?:Cổng|Trang|Website)\s+(?:[Tt]hông tin|TTĐT|tin)[^.:]{0,100}?(?:\.|\s[-–|])\s*)?"
    r"(?:Địa chỉ|Điện thoại|ĐT|Email|E-mail|Fax|Đường dây nóng)\s*:"
    r"|^Báo\s[^.:]{2,60}?\sđiện tử\s*[.|–-]\s*(?:Giấy phép(?:\s+số|\s*:)|Cơ quan chủ quản|Chịu trách nhiệm|Tổng biên tập|Bản quyền|©)",
)
# ('Lượt xem: 1.245'; not a date in dots, 'Đăng ngày: 15.01.2024', the day it was posted)
_COUNTER = re.compile(r"^[^\W\d_][\w ]{0,30}\s?:\s?(?!\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}$)[\d.,]+$")
# ... not a tally of awards or their recipients in the same shape ('Cờ thi đua: 5', 'Bằng khen: 12', 'Tập thể: 4')
_TALLY_LABEL = re.compile(r"(?i)khen|thi đua|huân chương|huy chương|kỷ niệm chương|danh hiệu|tiên tiến|tập thể|cá nhân|hộ gia đình")
_HASH_BULLET = re.compile(r"^[•·\-*]\s*\S*_[0-9a-f]{6,}$")
_FONT_TOOLS = re.compile(r"^A-\s*A\s*A\+")
_BREADCRUMB = re.compile(r"^(?:Trang chủ|Trang nhất|Home)\s*[>»/|›]")
# a menu: three or more short items between bars, no sentence among them ('Giới thiệu | Tin tức - Sự kiện | Văn bản')
_MENU = re.compile(r"^[^|.,;:]{1,30}(?:\|[^|.,;:]{1,30}){2,}$")
# a run of spaces, or one space of another kind: a single plain space, the common case, is no match
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# characters that show nothing but split a word for every pattern: zero-width spaces and joiners, the word
# joiner, soft hyphens, byte-order marks inside the text, direction marks, embeddings and isolates
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# line and paragraph separators of other conventions
_LINE_BREAKS = re.compile("[\u2028\u2029\u0085\x0b\x0c]")


# a lower-case word glued to a capitalised one ('tỉnhĐắk Lắk'; 'Cửu Longtổ chức' is split by its syllables, in
# `syllables`): a crawler dropped the space around a link; Vietnamese words never change case inside themselves
# two lower-case letters at least, so that 'ThS', 'iPhone', 'mRNA' stay whole
# and a word glued after an acronym ('TP.HCMcó', 'UBNDtỉnh'): two capitals, then two lower-case letters at least
# (a brand's name in Latin letters changes case inside itself, its half before no syllable, or more than once:
# 'VietinBank', 'PetroVietnam', 'TPBank', 'LienVietPostBank' stay whole, where a crawler's glued halves are Vietnamese
# words: 'choBan', 'BIDVcó'; the word around a point is read only where the cheap pattern finds one)
_GLUED = re.compile(rf"(?<=[{LOWER}][{LOWER}])(?=[{UPPER}])|(?<=[{UPPER}][{UPPER}])(?=[{LOWER}]{{2}})")
_WORD_REACH = 24  # letters looked at on each side of a point: a long run of letters is read in linear time


def _glued_apart(m: re.Match[str]) -> str:
    """A space where a glued case change parts two words, none where the word is a brand's in Latin letters."""
    text, at = m.string, m.start()
    start = at
    while start > max(0, at - _WORD_REACH) and text[start - 1].isalpha():
        start -= 1
    end = at
    while end < min(len(text), at + _WORD_REACH) and text[end].isalpha():
        end += 1
    word = text[start:end]
    after_lower = text[at - 1].islower()  # ('choBan', not the acronym's 'BIDVcó', whose capitals are no brand's)
    half = text[start:at] if after_lower else text[at:end]
    brand = word.isascii() and (not is_syllable(half.lower()) or (after_lower and sum(c.isupper() for c in word[1:]) > 1))
    return "" if brand else " "


# a comma with no space after it, between a word and a number ('15 tập thể,30 cá nhân'), two words ('Sở Văn hóa,Thể
# thao và Du lịch', 'CNVC,LĐ') or a number and a word ('năm 2023,UBND huyện'): not a decimal comma between digits ('1,5
# triệu đồng'); a quoted name so spaced reads as before (the comma parts its words either way)
# (each pattern opens on its mark, its context looked at behind it: a look-behind tried at every position of every line
# had cost half a millisecond an article)
_COMMA_GLUED = re.compile(r",(?:(?<=[^\W\d_],)(?=[^\W_])|(?<=\d,)(?=[^\W\d_]))")
# a dash between two words spaced on one side only ('Hoàng Anh- Trưởng khối', 'Văn hóa -Xã hội'): spaced on both, as
# the tables and patterns write it (not a dash glued to a number: 'ngày 15- 1', 'COVID -19')
_HALF_SPACED_DASH = re.compile(r"[-–—](?:(?<=[^\W\d_][-–—]) (?=[^\W\d_])|(?<=[^\W\d_] [-–—])(?=[^\W\d_]))")
# a semicolon glued to the word after it ('Phó Chủ tịch UBND thành phố;ông A, Trưởng phòng ...'): an item of a list
_SEMICOLON_GLUED = re.compile(r";(?<=[^\W_];)(?=[^\W_])")
# a stop glued to the sentence after it ('... nói riêng.Đây là năm ...', '... của NHNN.Đồng thời, ...'): a word of two
# letters or more, then a word in capitals and lower case; not an abbreviation's ('TP.HCM', 'ThS.BS', 'P.Tân Định'), a
# pen name's short syllable ('Th.Hà': a capital and one letter), a level or a degree of two capitals before a name
# ('TX.Quảng Yên', 'TS.Phạm'), nor a web address ('baolangson.vn')
_STOP_GLUED = re.compile(rf"\.(?<=[^\W\d_]{{2}}\.)(?<!(?<!\w)[{UPPER}][{LOWER}]\.)(?<!(?<!\w)[{UPPER}]{{2}}\.)(?=[{UPPER}][{LOWER}])")
# the two offices of the state written in another casing ('Chủ tịch Nước', 'Chủ Tịch nước', 'Thủ tướng chính phủ'),
# read as the rules write them; the first letter as typed (a headline in capitals is read apart)
_PRESIDENT_CASED = re.compile(r"(?<!\w)([Cc])hủ (?:Tịch (?:[Nn])ước|tịch Nước)(?!\w)")
_PREMIER_CASED = re.compile(r"(?<!\w)([Tt])hủ (?:Tướng (?:[Cc])hính (?:[Pp])hủ|tướng (?:chính phủ|Chính Phủ|chính Phủ))(?!\w)")
# a space typed before a stop or after an opening bracket ('ông A , Phó Chủ tịch', 'Bằng khen ; Giấy khen', '( 2020 - 2023 )')
_SPACE_INSIDE_MARKS = re.compile(r"(?<=\S) +(?=[,;:.!?)](?:\s|$))|(?<=\() +")
_SPACED_MARKS = (" ,", " ;", " :", " .", " !", " ?", " )", "( ")
# a number glued to the word before it or to the noun it counts ('cho15 tập thể', '15tập thể và 20cá nhân'): typed
# without its space; not a code ('H5N1', 'COVID-19'), a time ('8h30') or a unit ('20ha')
_NUMBER_GLUED_AFTER = re.compile(r"(?<!\w)(cho|và|có|gồm|tặng|trao|được|là|với|tổng số)(\d)")
_NUMBER_GLUED_BEFORE = re.compile(
    r"(?<![\w.,/-])(\d{1,3}(?:\.\d{3})+|\d+)("
    + "|".join(re.escape(n) for n, _ in sorted(lexicon.count_nouns(), key=lambda r: -len(r[0])))
    + r")(?!\w)"
)


# the arrows a page prints before a link's label (not a list's bullets: '- Bình chọn 5 gương ...' is text)
_LINK_MARKS = re.compile(r"\s*[>»›→]+\s*")


# the chrome words that are verbs a sentence may open on ('Chia sẻ tại hội nghị, ...', 'Trả lời phóng viên, ...', 'Bình
# chọn 10 gương ...'), and the rest of such a sentence: its words going on in lower case or a number, five more at least,
# to its stop
_VERB_CHROME = frozenset({"Chia sẻ", "Trả lời", "Bình chọn", "Quay lại", "Tìm kiếm", "Bình luận", "Bản đồ"})
_OPENS_SENTENCE = re.compile(rf"\s+[{LOWER}0-9][^\s]*(?:\s+\S+){{4,}}[.!?…][\"”’)]?")


def _clean_line(line: str) -> tuple[str, bool]:
    """Return (kept text, whether chrome started on this line)."""
    line = _COMMA_GLUED.sub(", ", split_glued(_GLUED.sub(_glued_apart, _SPACES.sub(" ", line)), SURNAMES)).strip()
    line = _STOP_GLUED.sub(". ", _SEMICOLON_GLUED.sub("; ", line))
    line = _HALF_SPACED_DASH.sub(lambda m: f" {m[0]}" if m[0].endswith(" ") else f"{m[0]} ", line)
    line = _NUMBER_GLUED_BEFORE.sub(r"\1 \2", _NUMBER_GLUED_AFTER.sub(r"\1 \2", line))
    if not line:
        return "", False
    if (
        _HASH_BULLET.match(line)
        or _FONT_TOOLS.match(line)
        or (_COUNTER.match(line) and not _TALLY_LABEL.search(line, 0, line.index(":")))
        or _COUNTER_LABEL.match(line)
        or _BREADCRUMB.match(line)
        or _MENU.match(line)
    ):
        return "", False
    if _CONTACTS.match(line):
        return "", True
    # (a heading in capitals is the same heading: 'TIN LIÊN QUAN')
    probe = line if not line.isupper() else line[:1] + line[1:].lower()
    m = _CHROME_RE.search(probe)
    marked = m is not None and _LINK_MARKS.fullmatch(line, 0, m.start()) is not None  # '>> Đọc thêm: ...', '» Xem thêm'
    # (not a sentence's own words, after a word of it in lower case: 'Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu
    # nạn huyện tổ chức hội nghị', 'được Ban tổ chức Bình chọn là ...')
    last_word = line[: m.start()].rstrip().rpartition(" ")[2] if m else ""
    in_sentence = last_word[:1].islower() and "." not in last_word
    glued = m is not None and len(line) - m.end() < 40 and not in_sentence
    if m and m.start() == 0 and _OPENS_SENTENCE.fullmatch(line, m.end()) and m.group(0) in _VERB_CHROME:
        return line, False  # 'Chia sẻ tại hội nghị, ông A cho biết ...': a sentence that opens on the verb
    if m and (m.start() == 0 or marked or glued) and not line[: m.start()].rstrip().endswith((",", ":")):
        # chrome at the start of a line, or glued to the end of a short byline
        heading = any(probe[m.start() :].startswith(h) for h in FOOTER_HEADINGS)
        return ("" if marked else line[: m.start()].strip()), heading
    return line, False


# a line of prose: a sentence of some length that ends with its full stop
_PROSE = re.compile(r"^.{60,}[.!?…][\"”’)]?$")


# a line's end that ends a sentence, a heading or a list's item; and what opens an item of a list
_LINE_ENDED = re.compile(r"[.!?:;…]['\"”’)\]]*\s*$")
_ITEM_OPENS = re.compile(r"\s*(?:[-+•*–—]|\d{1,2}[.)]|[a-zđ][.)]\s)")
# a lead paragraph's opening: a paper's tag in brackets ('(PLO)- ...') or the day it tells of ('Ngày 17-6, ...')
LEAD_OPENING = r"\([^()]{2,30}\)\s*[-–]|(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm)\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d"
# a paragraph's opening no wrapped line starts with: that, or a paper's tag bare ('LSO-Ngày ...')
_PARAGRAPH_OPENS = re.compile(rf"\s*(?:[A-ZĐ]{{2,6}}\s*[-–]|{LEAD_OPENING})")
# the first line, a headline, is joined to the next only where that goes on mid-sentence, in lower case
_GOES_ON = re.compile(rf"\s*[{LOWER}0-9(,]")
_NEAR_WIDTH = 0.7  # of the longest broken line: how long most broken lines of a hard wrap are
_WRAP_MIN = 40  # a hard-wrapped line is as long as its editor's width, far above a headline's or byline's breaks
# a caption's photo credit ending its line ('... trao Giấy khen cho các tập thể. (Ảnh: Hoàng Long)', '... Ảnh: Minh Đức'):
# the caption ends there; and a line that opens on a date (a dateline under the headline): none goes on into it
_CREDIT_ENDS = re.compile(r"(?<!\w)\(?\s*(?:[Ảả]nh|ẢNH|[Ảả]nh minh họa|[Nn]guồn|Video)\s*:\s*[^():.;]{1,40}\)?\s*$")
_OPENS_ON_DATE = re.compile(r"\W*(?:\w+\s*,\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}(?!\d)")


def unwrapped(lines: list[str]) -> list[str]:
    """A text hard-wrapped inside its paragraphs ('tổ chức Hội nghị tổng' / 'kết công tác ...', paragraphs parted by
    blank lines or not), its lines joined back: only where several long lines end mid-sentence and most long lines
    do, so that a headline over its first paragraph, a list, or prose printed one paragraph a line stays as it is."""
    broken = [
        i for i in range(len(lines) - 1)
        if len(lines[i].strip()) >= _WRAP_MIN and lines[i + 1].strip()
        and not _LINE_ENDED.search(lines[i]) and not _ITEM_OPENS.match(lines[i + 1])
        and not _PARAGRAPH_OPENS.match(lines[i + 1]) and not (i == 0 and not _GOES_ON.match(lines[1]))
        and not _CREDIT_ENDS.search(lines[i]) and not _OPENS_ON_DATE.match(lines[i + 1])
    ]  # fmt: skip
    # the long lines with one after them (a headline's, a dateline's or a byline's short line breaks nothing: with no
    # blank line between paragraphs, they are not counted against the wrapping)
    inner = sum(1 for i in range(len(lines) - 1) if len(lines[i].strip()) >= _WRAP_MIN and lines[i + 1].strip())
    if len(broken) < 3 or len(broken) < 0.6 * inner:
        return lines
    # (the broken lines of a hard wrap are near its width, one as long as another; prose printed a paragraph a line, its
    # final stops dropped, breaks wherever its paragraphs end)
    widths = [len(lines[i].strip()) for i in broken]
    if sum(w >= _NEAR_WIDTH * max(widths) for w in widths) < 0.8 * len(widths):
        return lines
    out = list(lines)
    for i in reversed(broken):  # each joined to the next: the line break becomes a space
        out[i : i + 2] = [out[i].rstrip() + " " + out[i + 1].lstrip()]
    return out


# the Icelandic eth some converters write for Đ ('Nam Ðịnh', 'NÐ-CP'): the one letter Vietnamese has
_ETH = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})


# a line ending mid-enumeration, and the next going on with it in lower case ('Dự hội nghị có đồng chí A, ...;' over
# 'đồng chí B, ...', as a page's line break inside a paragraph leaves it): one sentence
_ENUMERATION_ENDS = re.compile(r"[;,]\s*$")
_GOES_ON_LOWER = re.compile(rf"\s*(?:đồng chí|ông|bà|anh|chị|các|cùng|và)\s+[{UPPER}{LOWER}]")


def _enumerations_joined(lines: list[str]) -> list[str]:
    """Lines an enumeration goes on across ('..., Phó Chủ tịch UBND tỉnh;' over 'đồng chí B, ...'), and a sentence broken
    once where it goes on in lower case ('... tổ chức Lễ tuyên dương các điển hình tiên tiến' over 'trong phong trào thi
    đua ...': a line break a page's <br> or a copy left), joined; not after a line's stop, colon or credit, nor before
    an item ('a) ...')."""
    out: list[str] = []
    for line in lines:
        if out and ((_ENUMERATION_ENDS.search(out[-1]) and _GOES_ON_LOWER.match(line)) or _goes_on_in_lower_case(out[-1], line)):
            out[-1] = out[-1].rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return out


_WORDS = re.compile(r"[^\W\d_]+")
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)(?=[\s,;.]|$)")


def _goes_on_in_lower_case(before: str, line: str) -> bool:
    first = _FIRST_WORD.match(line)  # (a word: not a web address, 'https://...', which goes on nothing)
    return (
        first is not None
        and first.group(1)[0].islower()
        and len(_WORDS.findall(before)) >= 8  # (a sentence's words: not a dateline, '20/01/2023 09:00', a byline, a cell)
        and not _OPENS_ON_DATE.match(before)
        and not _LINE_ENDED.search(before)
        and not _CREDIT_ENDS.search(before)
        and not _ITEM_OPENS.match(line)
    )


def normalise(raw: str) -> str:
    """No invisible characters, NFC, one tone style, single spaces, no chrome lines; paragraphs kept as lines.

    Every offset the pipeline takes is into this text, which is the text the store keeps.
    """
    text = _LINE_BREAKS.sub("\n", _INVISIBLE.sub("", raw))
    text = unify_tones(unicodedata.normalize("NFC", text).translate(_ETH)).replace("\r\n", "\n").replace("\r", "\n")
    lines: list[str] = []
    seen_text = prose = 0
    raw_lines = _enumerations_joined(unwrapped(text.split("\n")))
    resume = -1  # the line the text goes on at after a box of related links inside it
    for i, raw_line in enumerate(raw_lines):
        if i < resume:
            continue
        kept, footer = _clean_line(raw_line)
        box = prose and (footer or _BOX_HEADING.fullmatch(raw_line.strip()) is not None)
        if box and (back := _after_links(raw_lines, i)) is not None:
            resume = back  # 'TIN LIÊN QUAN' and its links between two paragraphs: the box, not the article's end
            continue
        # ('Xem thêm' and links with no paragraph after them: the related news under the text, which has ended)
        footer = footer or box
        if kept:
            lines.append(kept)
            seen_text += len(kept)
            prose += bool(_PROSE.search(kept))
        # a footer heading after the article's text ends it; one above it (a side box first on the page) does not
        # (a short item's two sentences are its text: 'Tin liên quan:' after them ends it too; so does one sentence of
        # prose with a line or two more, a brief's)
        if footer and (seen_text > 400 or prose >= 2 or (prose and seen_text > 150)):
            # a byline the page prints under its related-news box ('Tin liên quan' ... 'Tác giả: Minh Anh') is the
            # article's still: the first labelled one soon after the box
            late = next((ln.strip() for ln in raw_lines[i + 1 : i + 1 + _LATE_BYLINE_REACH] if _LATE_BYLINE.match(ln.strip())), None)
            if late is not None:
                lines.append(_clean_line(late)[0])
            break
    return _as_typed_plainly("\n".join(lines) + "\n")


def _as_typed_plainly(text: str) -> str:
    """The text with no space before a stop or inside a bracket, and the state's two offices in the casing the rules
    write: read once over the whole text (a pass a line cost more than the reading it saves)."""
    if any(mark in text for mark in _SPACED_MARKS):  # (most texts have none: no pass over them)
        text = _SPACE_INSIDE_MARKS.sub("", text)
    if "Tịch" in text or "Nước" in text:
        text = _PRESIDENT_CASED.sub(lambda m: m.group(1) + "hủ tịch nước", text)
    if "chính phủ" in text or "Tướng" in text or "Phủ" in text:
        text = _PREMIER_CASED.sub(lambda m: m.group(1) + "hủ tướng Chính phủ", text)
    return text


# a box's heading on a line of its own ('Xem thêm:', 'ĐỌC THÊM'): skipped with its links where a paragraph follows them,
# the text's end where none does
# (or the page's other boxes of headlines: 'Tin mới hơn', 'TIN MỚI NHẤT', 'Tin đã đưa', 'Tin nổi bật', 'Đọc nhiều nhất')
_BOX_HEADING = re.compile(
    r"(?i:xem thêm|đọc thêm|tin liên quan|bài liên quan|tin cùng chuyên mục|tin mới(?: hơn| nhất)?|(?:các )?tin đã đưa"
    r"|tin nổi bật|tin tiêu điểm|tin đọc nhiều(?: nhất)?|đọc nhiều nhất|bài viết mới(?: nhất)?)\s*:?"
)
_LINKS_REACH = 8  # lines: how many links a box of related news inside the text may list
_LINK_MAX = 160  # characters: a link's headline, shorter than a paragraph


def _after_links(raw_lines: list[str], heading: int) -> int | None:
    """Where the article's text goes on after a related-news heading at `heading` and the links under it (short lines,
    none prose), if a paragraph follows within reach; None where none does (the page's footer: the text has ended)."""
    for j in range(heading + 1, min(len(raw_lines), heading + 1 + _LINKS_REACH)):
        line, chrome = _clean_line(raw_lines[j])
        if chrome:
            return None  # another box's heading, or the page's footer
        if _PROSE.search(line):
            return j if j > heading + 1 else None
        if len(line) > _LINK_MAX:
            return None
    return None


# a labelled byline (how far past a footer heading it is looked for)
_LATE_BYLINE = re.compile(r"^(?:Tác giả|Tin,?\s*ảnh|Bài,?\s*ảnh|Bài và ảnh|Tin và ảnh|Người viết|Thực hiện)\s*:\s*\S.{1,60}$", re.I)
_LATE_BYLINE_REACH = 40
