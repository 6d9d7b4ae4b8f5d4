"""Which award each count of a clause is for, and who hands it over.

'06 tập thể được tặng Cờ thi đua', 'Bằng khen cho 13 tập thể và 12 cá nhân',
'hạng nhì 3 tập thể', '90 gia đình văn hóa ... được nhận Bằng khen': the bindings
of the grants component, kept apart so that each reads as one rule with its name.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from . import levels, lexicon
from .awards import CLASS_ALONE_RULE, AwardMention, award_types, common_kind, is_ancestor, recipients_kind
from .counts import _NUMBERS, COUNTED, NOUN_RE, Count, counts_in, noun_kind, total_in_turn, total_opened
from .grant_links import COUNTS_AFTER_NAMED, NAMED_AND_COUNTED, NAMED_BODY_AND_COUNTED, TEAM_WORDS, TITLE_WITH_CERTIFICATE, UNCOUNTED
from .names import UPPER
from .orgs import BARE_BODY_HEADS
from .people import HONORIFIC, PersonMention
from .verbs import RECEIVING, of_decision, passive_by_agent

# what may stand between 'cho' and a later count of the same list: other counts, times counted too ('150 lượt tập thể')
# (a count of a noun the lexicon does not hold goes on a list of counts too, a separator after it: 'cho 4 chốt và 20 cá nhân')
# (all of them, said: 'tặng Giấy khen cho cả 100 em', 'cho tất cả 12 tập thể')
# (a run of digits read whole, '(?!\d)': split among repetitions it would take time exponential in its length to fail;
# and one parted by thousands: '1.165 trường hợp')
COUNT_LIST = re.compile(
    r"(?:[\s,;:&+]|và|hơn|trên|gần|khoảng|thêm|lượt|(?:tất\s+)?cả(?!\w)|\d+(?!\d)(?:\s+[^\W\d]+){1,2}?(?=\s*(?:,|và\s|&))|\d{1,3}(?:\.\d{3})+(?![\d.])|\d+(?!\d)|"
    # (the level each count's commendation was made at: '... cấp Nhà nước 2 tập thể; cấp tỉnh 28 tập thể, 50 cá nhân'; not
    # a heading's label: 'Khen thưởng cấp Nhà nước: 62 trường hợp, gồm ...')
    r"cấp\s+(?:[Nn]hà nước|Trung ương|tỉnh|thành phố|huyện|quận|thị xã|xã|phường|cơ sở|[Bb]ộ|ngành)(?!\w)(?!\s*:)|"
    + "|".join(_NUMBERS)
    + "|"
    + NOUN_RE
    + r")*",
    re.I,
)
_GLUE_MAX = 600  # a list of counts longer than this in one clause is no list a portal prints; the cap keeps binding linear
_COLON_LIST = re.compile(r"\s*[\"”’»]?\s*:" + COUNT_LIST.pattern, re.I)  # 'Danh hiệu “Lao động tiên tiến”: 28 cá nhân' too
# (not after 'và', which joins a second thing commended: 'tôn vinh “Nông dân Việt Nam xuất sắc” và 100 nông dân ...')
_SPACE_LIST = re.compile(r"\s(?![\"”’»]?\s*và\s)" + COUNT_LIST.pattern, re.I)
# 'Bằng khen (05 tập thể, 15 cá nhân)', 'Huân chương Lao động 15 (5 tập thể, 10 cá nhân)'; the bracket may say they
# make it up ('Giấy khen (gồm 5 tập thể, 10 cá nhân)', '(trong đó: 2 tập thể ...)')
_PAREN_LIST = re.compile(r"\s*(?:\d+\s*)?\(\s*" + lexicon.cue("bracket-breakdown-word").pattern + COUNT_LIST.pattern, re.I)


# the giving told first, then who received it ('Được tặng Bằng khen của UBND tỉnh có 5 tập thể và 10 cá nhân'), or the
# receiving ('(Vinh dự) nhận Bằng khen lần này có 5 tập thể và 8 cá nhân')
_FRONTED_PASSIVE = re.compile(r"\W*(?:[^,]{0,30},\s*)?(?:[Đđ]ược|(?:[Vv]inh dự\s+)?(?:[Nn]hận|[Đđ]ón nhận))\s")
# ('Được tặng Bằng khen lần này gồm 5 tập thể ...': the occasion, then 'gồm' or 'là' for 'có')
_HAS_LIST = re.compile(
    r"\s+(?:(?:lần này|đợt này|năm nay|dịp này),?\s+)?(?:thì\s+)?(?:có|(?:bao\s+)?gồm(?:\s+có)?|là)\s*:?\s" + COUNT_LIST.pattern, re.I
)
# a plural subject that is commended, its members counted after the verb ('Các tập thể, cá nhân được tặng Giấy khen lần
# này gồm 10 tập thể và 25 cá nhân', 'Những cá nhân được biểu dương gồm: ...', 'Tổng số được khen thưởng là 15 tập
# thể và 10 cá nhân'), read as a fronted passive is
_PLURAL_PASSIVE = re.compile(r"\W*(?:[^,]{0,30},\s*)?(?:[Cc]ác|[Nn]hững|(?:[Tt]ổng\s+)?[Ss]ố)\s+(?:[^;:.]{0,40}?\s+)?được\s")
# who among a plural subject commended some are, by 'có', a count and what they are or did ('Các em được tuyên dương
# có 12 em đạt giải quốc gia', 'Những hộ được tặng Giấy khen có 7 hộ là đồng bào Khmer'): a share of them, not their list
_SHARE_SAID = re.compile(r"\s+(?:là|đạt|thuộc|đến từ|ở|từng|đang)(?!\w)", re.I)
_LISTS_ALL = re.compile(r"(?<!\w)(?:gồm|là)(?!\w)", re.I)


def _a_share(clause: str, after: int, count: Count) -> bool:
    """Whether the count after a plural subject's award or verb (from `after`) is a share of them told by 'có'."""
    return _SHARE_SAID.match(clause, count.end) is not None and _LISTS_ALL.search(clause, after, count.start) is None


# ('Được Chủ tịch UBND tỉnh tặng Bằng khen, 5 tập thể và 7 cá nhân đã ...': or the counts after a comma, the subject)
_SUBJECT_LIST = re.compile(r"\s*,\s*" + COUNT_LIST.pattern, re.I)


def glue(clause: str, a: int, b: int, pattern: re.Pattern[str] = COUNT_LIST) -> bool:
    """Whether clause[a:b] holds nothing but other counts and list words ('5 tập thể, 7 cá nhân và')."""
    return b - a <= _GLUE_MAX and bool(pattern.fullmatch(clause, a, b))


_GENERIC_VERB = lexicon.cue("generic-commendation")
_NOT_GENERIC = lexicon.cue("not-generic-before")
_PRESENT_VERB = lexicon.cue("present-verb")
_RECEIVED_BEFORE = re.compile(r"(?<!\w)được\s+(?:(?:truy|phong)\s+)?$")
# a verb of receiving between a person and the award ('Ông A (vinh dự) nhận Huân chương')
_RECEIVES_AWARD = re.compile(r"(?<!\w)" + RECEIVING)
_ON_BEHALF = lexicon.cue("on-behalf-of")
_DELEGATED_BY = lexicon.cue("delegated-by")


# an award, a colon and a bare number that ends the item ('- Huân chương Lao động hạng Ba: 02;', 'Cờ thi đua: 5.')
_COLON_BEFORE = re.compile(r"\s*:\s*")
_ITEM_END = re.compile(r"\s*[;.]?\s*$")


def _bare_colon_count(clause: str, awards: list[AwardMention], c: Count, ends: list[int]) -> AwardMention | None:
    """The award an item counts by a bare number after its colon, naming no kind of recipient ('- Cờ thi đua của UBND
    tỉnh: 04;'): as many of that award (not a year, nor a number that goes on: 'Bằng khen: 5 năm liền')."""
    k = bisect.bisect_right(ends, c.start)
    if not k or c.value is None or c.value >= 1900 or not _ITEM_END.match(clause, c.end):
        return None
    award = awards[k - 1]
    return award if _COLON_BEFORE.fullmatch(clause, award.end, c.start) else None


_NUMBER_NEXT = re.compile(r"\s*:?\s*\d")
_NOTHING_BUT_TITLE_WORD = re.compile(r"\s*(?:danh hiệu\s*[“\"«]?\s*)?")


def _class_right_before(clause: str, awards: list[AwardMention], c: Count, ends: list[int]) -> AwardMention | None:
    """'14 Huân chương Lao động (hạng Nhì 2, hạng Ba 12)': the class named alone right before a bare number, which counts
    it (not a year)."""
    k = bisect.bisect_right(ends, c.start)
    if not k or c.value is None or c.value >= 1900:
        return None
    award = awards[k - 1]
    return award if award.rule == CLASS_ALONE_RULE and not clause[award.end : c.start].strip(" :") else None


def bind(
    clause: str, awards: list[AwardMention], counts: list[Count], people: tuple[int, ...] = ()
) -> list[tuple[Count, AwardMention | None, str]]:
    """Pair each count with the award it is counted for (None: only a generic commendation), and the rule that did.

    `people` are the offsets of the people the clause names: a count before one of them is not the
    subject of a verb after it ('cứu 6 học sinh, anh A được tặng Bằng khen').
    """
    pairs: list[tuple[Count, AwardMention | None, str]] = []
    # the awards' offsets, searched by bisection: a clause of thousands of counts and awards stays linear
    index = ([a.start for a in awards], [a.end for a in awards])
    starts = index[0]
    for c in counts:
        # the award follows the number, or its first words are the count's noun ('12 đơn vị dẫn đầu khối')
        i = bisect.bisect_right(starts, c.start)
        direct = awards[i] if i < len(awards) and starts[i] <= c.end + 1 else None
        if direct is None and c.kind is None:
            j = bisect.bisect_left(starts, c.end)  # (only the first award after the count can follow it with nothing between)
            # (or the word of a title only: '26 danh hiệu “Bà mẹ Việt Nam anh hùng”', titles counted by the piece)
            direct = awards[j] if j < len(awards) and _NOTHING_BUT_TITLE_WORD.fullmatch(clause, c.end, starts[j]) else None
        if direct is None and c.kind is None and (before := _class_right_before(clause, awards, c, index[1])) is not None:
            pairs.append((c, before, "grants.count-award"))  # '(hạng Nhì 2, hạng Ba 12)': the class, then its number
            continue
        if direct is not None and c.kind is not None and direct.start < c.end:
            # '90 gia đình văn hóa ... được nhận Bằng khen', 'Cờ thi đua cho 57 đơn vị dẫn đầu': the award the
            # count's noun begins describes the recipients when another award is given to them
            award, rule = _award_for_noun_count(clause, awards, c, people, counts, index)
            stronger = rule in ("grants.award-for-counts", "grants.award-colon-counts", "grants.award-then-counts") or (
                rule == "grants.counts-given-award" and _received(clause, c, award)
            )
            if award is not None and award is not direct and stronger:
                pairs.append((c, award, rule))
                continue
            if _GENERIC_VERB.search(clause[max(0, c.start - 16) : c.start]) and clause[c.start - 1 : c.start].isspace():
                # 'tuyên dương 90 gia đình văn hóa tiêu biểu': families who hold the title, commended
                pairs.append((c, None, "grants.generic-commendation"))
                continue
        if direct is not None:
            pairs.append((c, direct, "grants.count-award"))
        elif c.kind is not None:
            award, rule = _award_for_noun_count(clause, awards, c, people, counts, index)
            nxt = bisect.bisect_left(starts, c.end)  # (the first award after the count)
            own = nxt < len(awards) and _before_own_subject(clause, c, awards[nxt])
            if award is None and own and not commends(clause, c):
                continue  # 'Hợp tác xã có 120 thành viên, hợp tác xã được ... tặng Cờ thi đua': members, no one commended
            pairs.append((c, award, rule))
        elif (colon := _bare_colon_count(clause, awards, c, index[1])) is not None:
            pairs.append((c, colon, "grants.award-colon-counts"))
    # 'trao 12 Huân chương X cho 12 cá nhân': the number of the awards and of their recipients, one grant of that kind
    said = {(id(a), c.value) for c, a, _ in pairs if a is not None and c.kind is not None}
    pairs = [(c, a, r) for c, a, r in pairs if not (c.kind is None and a is not None and (id(a), c.value) in said)]
    pairs = _classes_of_total(awards, pairs)
    pairs = _parallel_predicates(clause, pairs)
    return _named_body_then_counts(clause, awards, _with_joined_awards(clause, awards, pairs), people)


def _before_own_subject(clause: str, c: Count, award: AwardMention) -> bool:
    """Whether a body told by its head noun is the subject of the passive giving the award after the count ('Hợp tác
    xã có 120 thành viên, hợp tác xã được UBND tỉnh tặng Cờ thi đua'): the award is that body's, not theirs."""
    return BARE_BODY_RECEIVES.search(clause, c.end, award.start) is not None


# a share of a whole that opens a clause of its own after a comma or 'và' ('4 thôn đạt chuẩn nông thôn mới, 92% hộ gia
# đình đạt danh hiệu ...'): the subject of what follows (not a share the count is, told after it: '120 hộ, chiếm 92% số
# hộ, được công nhận ...', '1.250 hộ (đạt 92%) ...')
_SHARE_SUBJECT = re.compile(r"(?:[,;]|(?<!\w)và)\s+(?:(?:có|hơn|trên|gần|khoảng|xấp xỉ)\s+)?\d{1,3}(?:[.,]\d{1,2})?\s?%\s+(?-i:[a-zđ])")


def _share_between(clause: str, c: Count, award: AwardMention) -> bool:
    """Whether a share opening a clause of its own stands between the count and the award: the award is its clause's."""
    return _SHARE_SUBJECT.search(clause, c.end, award.start) is not None


# two counts, each with the same verb of its own, the award named after the second only: 'có 5 thôn được công nhận mới
# và 9 thôn được công nhận lại danh hiệu Thôn văn hóa', '15 mẹ được phong tặng, 30 mẹ được truy tặng ...' (not '5 thôn được công
# nhận đạt chuẩn nông thôn mới, 9 thôn ...': what the first was recognised as is said)
_VERB_OF_COUNT = r"\s+(?:(?:đã|cũng|đều)\s+)?(?:được\s+)?(?P<verb>công nhận|tặng|trao tặng|tặng thưởng|khen thưởng|phong tặng|truy tặng)"
_PARALLEL_FIRST = re.compile(_VERB_OF_COUNT + r"(?:\s+(?:mới|lần đầu|lại))?\s*(?:,\s*(?:và\s+)?|\s+và\s+)")
_PARALLEL_SECOND = re.compile(_VERB_OF_COUNT + r"(?:\s+(?:mới|lần đầu|lại))?\s+(?:danh hiệu\s+)?")
PARALLEL_PREDICATES = "grants.parallel-predicates"


def _parallel_predicates(clause: str, pairs: list[tuple[Count, AwardMention | None, str]]) -> list[tuple[Count, AwardMention | None, str]]:
    """A count given no award whose verb the next count repeats before its award: that award is both counts'."""
    out = list(pairs)
    for i in range(len(out) - 2, -1, -1):
        (c1, a1, _), (c2, a2, _) = out[i], out[i + 1]
        if a1 is not None or a2 is None or not c1.kind or c1.kind != c2.kind or a2.start < c2.end:
            continue
        first = _PARALLEL_FIRST.fullmatch(clause, c1.end, c2.start)
        second = _PARALLEL_SECOND.fullmatch(clause, c2.end, a2.start)
        if first and second and _verb_family(first["verb"]) == _verb_family(second["verb"]):
            out[i] = (c1, a2, PARALLEL_PREDICATES)
    return out


def _verb_family(verb: str) -> str:
    """'phong tặng' and 'truy tặng' give as 'tặng' does ('15 mẹ được phong tặng, 30 mẹ được truy tặng danh hiệu ...')."""
    return "tặng" if verb.endswith("tặng") or verb == "tặng thưởng" else verb


def _classes_of_total(
    awards: list[AwardMention], pairs: list[tuple[Count, AwardMention | None, str]]
) -> list[tuple[Count, AwardMention | None, str]]:
    """'Huân chương Lao động (1 hạng Nhì, 2 hạng Ba) cho 3 tập thể', '... cho 3 tập thể, trong đó 1 hạng Nhì, 2 hạng Ba':
    the classes counted with no noun, adding up to the one count of a kind, are its parts: of its kind, and it is of
    the order they are classes of (the part's grants are linked to its later: grant_links)."""
    counted = [(c, a) for c, a, _ in pairs if c.kind and c.value and a is not None]
    classes = [(c, a) for c, a, _ in pairs if c.kind is None and c.value and a is not None]
    if len(counted) != 1 or len(classes) < 2:
        return pairs
    total, total_award = counted[0]
    order = next((o for o in awards if all(o.award != a.award and is_ancestor(o.award, a.award) for _, a in classes)), None)
    if order is None or sum(c.value or 0 for c, _ in classes) != total.value:
        return pairs
    kinds = {id(c): replace(c, kind=total.kind) for c, _ in classes}
    return [(kinds.get(id(c), c), order if c is total and is_ancestor(order.award, total_award.award) else a, r) for c, a, r in pairs]


# between a title or badge and the certificate given with it: 'và', 'cùng', 'kèm theo', after the title's own name
# ('Huy hiệu Tuổi trẻ dũng cảm', 'danh hiệu “Thầy thuốc trẻ tiêu biểu”') and its owner, if it names one
_WITH_CERTIFICATE = re.compile(
    r"(?:\s*[“\"][^“”\"]{1,80}[”\"]|(?:\s+(?!(?:của|cho|vì|do|được|đã|và|cùng|kèm|với|tại|năm|gồm|là)(?!\w))[^\s,;:.“”\"]+){1,8}?)?"
    r"\s+(?:và|cùng|kèm theo)\s+"
)
_TITLES = frozenset({"emulation_title", "honorary_title", "commemorative_medal"})


def _with_joined_awards(
    clause: str, awards: list[AwardMention], pairs: list[tuple[Count, AwardMention | None, str]]
) -> list[tuple[Count, AwardMention | None, str]]:
    """'20 cá nhân được trao danh hiệu “Thầy thuốc trẻ tiêu biểu” và Bằng khen của X', '2 đoàn viên được trao Huy hiệu
    Tuổi trẻ dũng cảm và Bằng khen': a title or badge and the certificate given with it are each the counted
    recipients' (two grants). A count of both kinds, or a list of awards of other forms, shares them out instead
    (_award_for_noun_count)."""
    out = []
    for c, a, r in pairs:
        out.append((c, a, r))
        certificate = _certificate_with(clause, awards, a) if c.kind in ("individual", "collective") and a is not None else None
        if certificate is not None and a is not None and a.start >= c.end and all(x is not certificate for _, x, _ in pairs):
            out.append((c, certificate, TITLE_WITH_CERTIFICATE))
    return out


def _certificate_with(clause: str, awards: list[AwardMention], title: AwardMention) -> AwardMention | None:
    """The certificate joined right after a title or badge ('danh hiệu X và Bằng khen của Y'), if one is."""
    kind = award_types().get(title.award)
    if not (title.name or (kind is not None and kind.kind in _TITLES)):
        return None
    at = title.owner_end if title.owner_end is not None else title.end
    nxt = next((b for b in awards if b.start >= at), None)
    kind = award_types().get(nxt.award) if nxt is not None else None
    if nxt is None or kind is None or kind.kind != "certificate" or not _WITH_CERTIFICATE.fullmatch(clause, at, nxt.start):
        return None
    return nxt


# what joins a recipient named to those counted after it: 'và', or 'cùng (với)' ('cho cô A cùng 15 giáo viên')
_JOINED_BY = r"(?:và|cùng(?:\s+với)?)"
# 'cho tập thể Công an huyện X và 3 cá nhân', 'cho xã Tân Lập và 5 cá nhân': one collective named, then a count,
# after the award's 'cho' (or several: 'cho Đồn Biên phòng X, Công an xã Y và 7 cá nhân', counted by grants)
# (a school's class by its number: 'cho lớp 12A1 và 15 học sinh')
# ('cho lớp 9A và 5 học sinh': its number and letter the whole name)
# (or a unit below the commune, by its name or its number: 'cho thôn Đông Thành và 2 hộ', 'cho khu phố 3 và 4 hộ')
_NAMED_ONE = (
    rf"(?:(?:[{UPPER}]|(?:{levels.ANY}|{levels.BELOW_COMMUNE})\s+[{UPPER}])[^,;:()]{{2,80}}?"
    rf"|(?:lớp|chi đội|{levels.BELOW_COMMUNE})\s+(?:số\s+)?\d[^,;:()]{{0,80}}?)"
)
# (or a comma before the count, a list of counts going on: 'cho Phòng Cảnh sát hình sự, 2 đội và 8 cán bộ')
# (or after their kind in the plural and a colon: 'cho các tập thể: Phòng Nội vụ, Phòng Tư pháp và 3 cá nhân'; or after
# the colon alone: 'cho: Trung tâm Y tế huyện, Công an huyện và 12 cá nhân')
_NAMED_BODY_AND = re.compile(
    rf"cho(?:\s*:)?\s+(?:(?:tập thể|đơn vị)\s+|các\s+(?:tập thể|đơn vị)\s*:\s*)?{_NAMED_ONE}(?:,\s+{_NAMED_ONE}){{0,6}}(?:\s+{_JOINED_BY}|,)\s+$"
)
_LIST_REACH = 400  # how far before the count such a list may open (seven names of a unit and its district, each ~50 letters)
# a body told by its head noun alone, the subject of a passive giving ('nhà trường được UBND tỉnh tặng', 'Đơn vị vinh
# dự đón nhận', 'Tập thể nhà trường được ...'), or a unit by its level word ('Năm 2023, thôn được công nhận danh hiệu “Thôn văn hóa”')
# where a passive's subject opens: the clause's start, a comma or colon, a year, or a lead whose comma was left out ('Dịp
# này nhà trường được ...', 'Tại buổi lễ bệnh viện vinh dự đón nhận ...')
SUBJECT_OPENS = r"(?:^\s*|[,:]\s*|\d{4}\s+|^\s*(?:(?:[Nn]hân\s+)?[Dd]ịp này|[Tt]ại buổi lễ|[Tt]ại hội nghị)\s+)"
BARE_BODY = rf"{SUBJECT_OPENS}(?:(?:[Tt]ập thể|[Tt]oàn thể)\s+)?(?:{BARE_BODY_HEADS}|(?P<place>{'|'.join(levels.COMMUNE_WORDS)}|{levels.BELOW_COMMUNE}|huyện|thị xã|tỉnh))"
# (no comma after the verb, but between givers named in capitals: 'được Đảng, Nhà nước tặng thưởng', 'được UBND tỉnh,
# Bộ GD&ĐT tặng Bằng khen')
PASSIVE_TO_AWARD = rf"(?!\w)(?:[^,;]|,(?=\s+(?-i:[{UPPER}])))*$"
BARE_BODY_RECEIVES = re.compile(rf"{BARE_BODY}\s+(?:(?:đã|cũng|vinh dự|tiếp tục)\s+)*(?:được|nhận|đón nhận){PASSIVE_TO_AWARD}", re.I)
# 'cho Bệnh viện và 5 cá nhân', 'cho nhà trường và 3 cá nhân': a body by its head noun alone, which the counts' list words would otherwise take in
# (or a team by its words: 'cho tổ công tác và 3 cá nhân', 'cho ê kíp cấp cứu và 5 y, bác sĩ')
_BARE_HEAD_AND = re.compile(
    rf"cho\s+(?:tập thể\s+)?(?:(?:{BARE_BODY_HEADS})|{TEAM_WORDS}(?:\s+[^\s\d,;.:()]+){{0,8}}?)\s+{_JOINED_BY}\s+$", re.I
)


# 'Trường THCS X và 5 cá nhân được Bộ trưởng tặng Bằng khen', 'Nhà trường và 3 cá nhân vinh dự nhận ...': the subject
# body, then a count, then its passive; after a lead of no giving verb ('Năm 2023, ...')
NAMED_SUBJECT_AND_COUNTED = "grants.named-subject-and-counts"
_SUBJECT_BODY_AND = re.compile(
    rf"^\s*(?:(?![^,]*(?<!\w)(?:cho|tặng|trao|khen)(?!\w))[^,]{{1,60}},\s+)?"
    rf"(?P<body>(?:(?i:tập thể)\s+)?(?:(?i:{BARE_BODY_HEADS})|{_NAMED_ONE}))\s+và\s+$"
)
_PASSIVE_AFTER = re.compile(r"\s+(?:khác\s+)?(?:(?:đã|cùng|vinh dự|đều)\s+)*(?:được|nhận|đón nhận)(?!\w)")
# (a few words of the count's noun between: '15 giáo viên của trường vinh dự được ...')
_PASSIVE_SOON_AFTER = re.compile(r"(?:\s+(?!(?:được|nhận)(?!\w))[^\s,;:.()]+){0,4}?" + _PASSIVE_AFTER.pattern)


def _subject_before_counts(clause: str, count_start: int) -> tuple[int, int] | None:
    """Where the subject body of 'X và 5 cá nhân được ... tặng AWARD' is, or None."""
    m = _SUBJECT_BODY_AND.search(clause, 0, count_start)
    return (m.start("body"), m.end("body")) if m else None


# (COUNTS_AFTER_NAMED: 'cho Phòng X, 2 đội và 8 cán bộ': '8 cán bộ', the list going on)
_NAMED_AND_COUNTS_RULES = frozenset({NAMED_AND_COUNTED, NAMED_BODY_AND_COUNTED, COUNTS_AFTER_NAMED})


# an award's owner, then the passive that hands it over, before those it is given to ('Bằng khen của UBND tỉnh được trao
# cho ...')
_HANDED_OVER = re.compile(r"(?:\s+của\s+[^,;:()]{2,60}?)?\s+(?:(?:đã|vừa)\s+)?được\s+(?:trao tặng|tặng thưởng|trao|tặng)\s*")


def _named_body_then_counts(
    clause: str, awards: list[AwardMention], pairs: list[tuple[Count, AwardMention | None, str]], people: tuple[int, ...] = ()
) -> list[tuple[Count, AwardMention | None, str]]:
    """The count after a named collective in 'AWARD cho tập thể X và 3 cá nhân' is the award's, and so is the
    collective (one more grant, of one)."""
    out: list[tuple[Count, AwardMention | None, str]] = []
    for c, a, r in pairs:
        last = out[-1] if out else None
        if (
            a is None
            and c.kind
            and last is not None
            and last[2] in _NAMED_AND_COUNTS_RULES
            and last[1] is not None
            and _COUNTS_APART.fullmatch(clause, last[0].end, c.start)
        ):
            out.append((c, last[1], COUNTS_AFTER_NAMED))  # 'cho Phòng X, 2 đội và 8 cán bộ': the list goes on
            continue
        # (a person by the honorific first: 'cho Đồng chí A và 3 cá nhân' opens on a capital as a body's name does)
        person = _NAMED_PERSON_AND.search(clause, max(0, c.start - 100), c.start) if a is None and c.kind else None
        if person is not None and any(person.start() <= x.start < c.start for x, _, _ in pairs if x is not c):
            person = None  # (a count in the title's place is a list of counts: 'cho ông A, 5 tập thể và 3 cá nhân')
        m = person or (_NAMED_BODY_AND.search(clause, max(0, c.start - _LIST_REACH), c.start) if a is None and c.kind else None)
        if m is not None and person is None and _named_first_person(clause, m.start(), people):
            person = m  # 'cho Nguyễn Văn A và 2 huấn luyện viên': a person named bare, where a body's name would be
        m = m or (_BARE_HEAD_AND.search(clause, max(0, c.start - 40), c.start) if c.kind else None)
        # (the award right before, or its owner and the passive handing it over between: 'Bằng khen của UBND tỉnh được trao
        # cho Trường X và 3 cá nhân')
        award = (
            next(
                (
                    x
                    for x in awards
                    if x.end <= m.start() and (not clause[x.end : m.start()].strip() or _HANDED_OVER.fullmatch(clause, x.end, m.start()))
                ),
                None,
            )
            if m
            else None
        )
        others = _WITH_OTHERS.search(clause, max(0, c.start - 12), c.start) if c.kind == "individual" and award is None else None
        named = [p for p in people if p < c.start and others and _COUNT_FREE_PHRASE.fullmatch(clause, p, others.start())] if others else []
        together = named and "cùng" in others.group() and _PASSIVE_SOON_AFTER.match(clause, c.end) and _opens_on(clause, named[-1])
        if named and (OTHERS_AFTER.match(clause, c.end) or together):
            # 'ông A cùng 2 cá nhân khác được tặng Bằng khen': the one named, a grant of one, beside the others counted
            # (or the clause's subject together with them, 'khác' left out: 'Ông A cùng 15 giáo viên được tặng Giấy khen';
            # after 'và' the count may hold the one named)
            out.append((Count(named[-1], named[-1], 1, False, "individual"), a, NAMED_AND_COUNTED))
            out.append((c, a, NAMED_AND_COUNTED))
            continue
        commended = _COMMENDED_BODY_AND.search(clause, max(0, c.start - 120), c.start) if a is None and c.kind and award is None else None
        if commended is not None:  # 'khen thưởng đột xuất Phòng X và 6 cá nhân': the body, one more grant of one
            out.append((Count(commended.start("body"), commended.start("body"), 1, False, "collective"), None, NAMED_COMMENDED))
            out.append((c, None, NAMED_COMMENDED))
            continue
        subject = _subject_before_counts(clause, c.start) if a is not None and c.kind and m is None else None
        # (not one that holds a count of its own: 'Chúc mừng 3 tập thể và 7 cá nhân được nhận ...' names no body; nor one
        # given an award of its own before 'và': 'Trường X nhận Cờ thi đua và 4 giáo viên nhận Bằng khen'; nor a person)
        holds_its_own = subject is not None and (
            any(subject[0] <= x.start < subject[1] for x, _, _ in pairs if x.value)
            or any(subject[0] <= x.start < subject[1] for x in awards)
            or any(subject[0] <= p < subject[1] for p in people)
        )
        if subject is not None and not holds_its_own and _PASSIVE_AFTER.match(clause, c.end):
            # 'Trường THCS X và 5 cá nhân được Bộ trưởng tặng Bằng khen': the body, one more grant of one ('Bà A và 3
            # cá nhân được ...' names a person, whom the count may hold)
            out.append((Count(subject[0], subject[1], 1, False, "collective"), a, NAMED_SUBJECT_AND_COUNTED))
            out.append((c, a, NAMED_SUBJECT_AND_COUNTED))
            continue
        plural = _PLURAL_AND.search(clause, max(0, c.start - 80), c.start) if m is None and a is None and c.kind else None
        given = (
            next((x for x in awards if x.end <= plural.start() and not clause[x.end : plural.start()].strip()), None) if plural else None
        )
        if plural is not None and given is not None:
            # 'tặng Bằng khen cho các học sinh và 4 giáo viên': those of the plural, uncounted, and those counted, each
            # a grant of the award
            out.append((Count(plural.start("noun"), plural.start("noun"), None, False, noun_kind(plural["noun"])), given, UNCOUNTED))
            out.append((c, given, "grants.award-for-counts"))
            continue
        if award is None or m is None:
            out.append((c, a, r))
            continue
        # 'cho ông A và 5 cá nhân khác': the person named is one more grant, of one, as a collective named is
        kind, rule = ("individual", NAMED_AND_COUNTED) if person else ("collective", NAMED_BODY_AND_COUNTED)
        out.append((Count(m.start(), m.start(), 1, False, kind), award, rule))
        out.append((c, award, rule))
    return out


# a plural given to, then 'và' and a count ('cho các học sinh và 4 giáo viên'; not what the plural did: 'cho các học sinh
# đạt giải Nhất và ...' reads its words up to 'và')
_PLURAL_AND = re.compile(rf"cho\s+(?:các|những)\s+(?P<noun>{NOUN_RE})(?!\w)(?:\s+[^\d\s,;:.()]+){{0,8}}?\s+{_JOINED_BY}\s+$", re.I)
_AFTER_CHO = re.compile(r"cho\s+")


def _named_first_person(clause: str, at: int, people: tuple[int, ...]) -> bool:
    """Whether the name right after the 'cho' at `at` is a person's (a start in `people`)."""
    opened = _AFTER_CHO.match(clause, at)
    return opened is not None and opened.end() in people


# 'ông A cùng 2 cá nhân khác': one named, then the others, counted (read as 'cho ông A và 5 cá nhân' is)
_WITH_OTHERS = re.compile(r"\s(?:cùng|và)\s+(?:với\s+)?$")
OTHERS_AFTER = re.compile(r"\s+khác(?!\w)")  # (grants reads the others of a total's list by it too)
# what a clause may open with before its subject person: a time or lead set off by a comma, an honorific
_SUBJECT_PERSON_OPENS = re.compile(rf"\W*(?:[^,;:]{{0,40}},\s*)?(?:{HONORIFIC.pattern})?")


def _opens_on(clause: str, at: int) -> bool:
    """Whether the person named at `at` is the clause's subject, opening it ('Năm 2023, ông A và 15 giáo viên ...')."""
    return _SUBJECT_PERSON_OPENS.fullmatch(clause, 0, at) is not None


# a name and its titles up to 'cùng': no other count, no clause break
_COUNT_FREE_PHRASE = re.compile(r"[^;:\d]{2,120}")


# a commendation with no award named, to a body named, then a count: 'khen thưởng đột xuất Phòng X và 6 cá nhân'
NAMED_COMMENDED = "grants.named-body-commended-and-counts"
# counted recipients given a list of awards ('5 tập thể, 7 cá nhân được nhận Bằng khen, Giấy khen'): commended, by which
# award the article leaves unsaid (a commendation, whatever the verb)
SHARED_AWARDS = "grants.shared-awards"
_COMMENDED_BODY_AND = re.compile(
    rf"(?i:khen thưởng|tuyên dương|biểu dương)(?:,?\s+(?:đột xuất|kịp thời|nóng))?(?:\s+cho)?\s+"
    rf"(?P<body>(?:tập thể\s+)?(?:[{UPPER}]|lớp\s+\d)[^,;:()]{{2,80}}?)\s+và\s+$"
)
# ('cho ông A, Chủ tịch Hội Nông dân xã và 3 hội viên': the one named, with the title after his name, figures and all:
# 'thuyền trưởng tàu cá CM 92345 TS')
# (by any honorific or calling before the name: 'cho vận động viên A và 2 huấn luyện viên', 'cho cô giáo B và 5 học sinh')
_NAMED_PERSON_AND = re.compile(
    rf"cho\s+(?:{HONORIFIC.pattern})[{UPPER}][^,;:()]{{2,60}}?(?:,\s+[^,;:()]{{2,80}}?)?(?:\s+{_JOINED_BY}|,)\s+$"
)
# between two counts of one list ('2 đội và 8 cán bộ', '2 đội, 8 cán bộ')
_COUNTS_APART = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+)")


_RECEIVED_VERB = lexicon.cue("received-verb")


def _received(clause: str, c: Count, award: AwardMention | None) -> bool:
    return award is not None and bool(_RECEIVED_VERB.search(clause, c.end, award.start + 1))


def specific(awards: list[AwardMention], clause: str) -> list[AwardMention]:
    """'danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam Anh hùng”': a kind of award named, then which one; the one (not a
    class that counts a share of it, its number after it: '14 Huân chương Lao động (hạng Nhì 2, hạng Ba 12)')."""
    out: list[AwardMention] = []
    for a in awards:
        if (
            out
            and a.start - out[-1].end <= 3
            and is_ancestor(out[-1].award, a.award)
            and out[-1].award != a.award
            and not (a.rule == CLASS_ALONE_RULE and _NUMBER_NEXT.match(clause, a.end))
        ):
            out[-1] = AwardMention(out[-1].start, a.end, a.award, a.classes, a.explicit_conferrer, a.owner_start, a.owner_end, a.rule)
            continue
        out.append(a)
    return out


_QUOTED_TITLE = lexicon.cue("quoted-title")


def _unknown_title_between(clause: str, start: int, end: int, awards: list[AwardMention]) -> bool:
    """A quoted title or prize between `start` and `end` that no award mention covers: one the taxonomy lacks."""
    return any(not any(m.start() <= a.start < m.end() for a in awards) for m in _QUOTED_TITLE.finditer(clause, start, end))


# (its own name in quotes between: 'trao Huy hiệu “Thanh niên tiên tiến làm theo lời Bác” cho 30 thanh niên')
_FOR_ITS_OWN = re.compile(r"(?:\s*[“\"«][^”\"»]{1,120}[”\"»])?(?:\s+của\s+[^,;:]{1,60}?)?\s+cho\s+(?:(?:hơn|trên|gần|khoảng)\s+)?$")


def _given_to_its_own(clause: str, award: AwardMention, others: list[Count]) -> bool:
    """Whether `award` is given to a count of its own right after it ('... và Giấy khen cho 10 vận động viên'): the first
    count after it (`others` in the order written), a 'cho' (and its giver) between."""
    i = bisect.bisect_left(others, award.end, key=lambda o: o.start)
    return i < len(others) and bool(others[i].kind) and _FOR_ITS_OWN.fullmatch(clause, award.end, others[i].start) is not None


def _counted_right_after(clause: str, award: AwardMention, others: list[Count]) -> bool:
    """Whether `award` has a count of its own right after it, in brackets, after a colon or a space ('Bằng khen (5 tập
    thể)', 'Bằng khen: 5 tập thể', 'Huân chương Lao động hạng Ba 01 tập thể'): the first count after it (`others` in the
    order written)."""
    i = bisect.bisect_left(others, award.end, key=lambda o: o.start)
    return (
        i < len(others)
        and bool(others[i].kind)
        and any(glue(clause, award.end, others[i].start, joined) for joined in (_PAREN_LIST, _COLON_LIST, _SPACE_LIST))
    )


# a giving verb, active, right between a count and the award ('Chủ tịch UBND huyện cùng 3 cán bộ trao Giấy khen cho ...')
_ACTIVE_GIVING = re.compile(r"\s+(?:(?:đã|cùng|trực tiếp|lần lượt|đồng loạt)\s+)*(?:trao tặng|trao|tặng|gắn)\s+")
_GIVEN_TO_AFTER = re.compile(r"[^;]*?(?<!\w)cho\s")


def _givers_counted(clause: str, c: Count, award: AwardMention) -> bool:
    """Whether the count is of those who hand the award over, its recipients named after it ('... cùng 3 cán bộ trao
    Giấy khen cho các hộ'): the subject's, not a count of recipients."""
    return _ACTIVE_GIVING.fullmatch(clause, c.end, award.start) is not None and given_to_after(clause, award.end)


def given_to_after(clause: str, at: int) -> bool:
    """Whether the clause, from `at` to its next ';', gives to someone ('cho ...')."""
    return _GIVEN_TO_AFTER.match(clause, at) is not None


def _counted_between(clause: str, c: Count, award: AwardMention, others: list[Count]) -> bool:
    """'cứu 6 học sinh ..., hai thanh niên được tặng Bằng khen': another count, not listed with this one, is the subject."""
    for k in range(bisect.bisect_left(others, c.end, key=lambda o: o.start), len(others)):  # the counts up to the award
        o = others[k]
        if o.end > award.start:
            break
        if o.kind and not glue(clause, c.end, o.start) and not _subjects_joined(clause, c, o):
            return True
    return False


_TIME_LEAD = lexicon.cue("time-lead")
_DESCRIBED_AND = re.compile(r"[^,;:()]{0,100}?\s+và\s+")


def _subjects_joined(clause: str, c: Count, other: Count) -> bool:
    """'25 học sinh đạt giải cao tại kỳ thi cấp tỉnh và 10 giáo viên được tặng Giấy khen': two counts that open the
    clause as its subject, the first described, joined by 'và' (not 'cứu 6 học sinh và 3 người dân', after a verb)."""
    lead = _TIME_LEAD.match(clause)
    return not clause[lead.end() if lead else 0 : c.start].strip() and bool(_DESCRIBED_AND.fullmatch(clause, c.end, other.start))


# a count that is the subject of its own passive giving, the award right after the verb ('40 cá nhân được tặng Giấy
# khen'), or of its own proposal ('3 tập thể (được) đề nghị tặng Cờ thi đua'); what it names in brackets between
# ('01 tập thể (Trường THCS X) được tặng Cờ thi đua')
_OWN_PASSIVE = re.compile(
    r"\s*(?:\([^()]{1,120}\)\s*)?(?:đã\s+|vinh dự\s+)*"
    r"(?:(?:được\s+(?:đề nghị\s+)?|đề nghị\s+)(?:(?:trao|truy|phong)\s+)?(?:tặng(?:\s+thưởng)?|trao|nhận)|nhận)\s+(?:danh hiệu\s+)?"
)  # '15 tập thể được tặng Bằng khen', '36 đồng chí nhận hạng Ba': the count's own award, right after its verb
_CHO = re.compile(r"(?<!\w)cho\s")
_GIVING = lexicon.cue("other-given")


_OWN_COUNTED = re.compile(rf"(?<![\w.,]){COUNTED}")


def _gives_other(clause: str, award_end: int, cho: int) -> bool:
    """'Giấy khen cho 5 chi bộ tiêu biểu, đồng thời tặng quà cho 12 đảng viên': between an award given to its own
    recipients (after 'cho' or counted right after it: 'tặng Bằng khen 2 tập thể và thăng cấp ... cho 2 cán bộ') and a
    later 'cho', a verb that gives (a gift, a rank, a raise); that 'cho' gives something else (not so in 'Giấy khen và
    tặng quà cho 10 cá nhân', where the award has no recipients of its own)."""
    own = _CHO.search(clause, award_end, cho) or _OWN_COUNTED.search(clause, award_end, cho)
    return own is not None and _GIVING.search(clause, own.end(), cho) is not None


_LIST_OPENS = lexicon.cue("list-opens")


def itemised(clause: str, count: Count, pairs: list[tuple[Count, AwardMention | None, str]]) -> bool:
    """'1. Khen thưởng cấp Nhà nước: 62 trường hợp, gồm: 1 Huân chương ...; 14 Huân chương ...': a count whose list, after
    it, counts the awards it is made of (an item's total under a heading that commends: no grant of its own)."""
    return any(m is not None and c.start > count.end and _LIST_OPENS.search(clause, count.end, c.start) for c, m, _ in pairs)


# those who receive for the recipients counted after them ('cho đại diện thân nhân của 9 Bà mẹ', 'cho gia đình 3 liệt sĩ')
_FOR_THEM = re.compile(
    r"\s*(?:đại diện\s+(?:(?:thân nhân|gia đình|người thân)\s+)?|(?:thân nhân|gia đình|người thân)\s+)(?:(?:của|các)\s+)*"
)


# the recipients named, then counted ('cho phường A và xã B là 2 đơn vị dẫn đầu'): the count says how many were named
# ('cho ông A và bà B là 2 hộ gia đình ...': people by their honorifics too)
_NAMED_THEN_COUNTED = re.compile(rf"\s*(?:(?:{HONORIFIC.pattern})?[{UPPER}]|(?:{levels.ANY})\s+[{UPPER}])[^;:.]{{2,160}}?\s+là\s+")
# (or after a comma, as many as it names: 'cho ông A và bà B, hai hộ gia đình đã hiến đất làm đường')
_NAMED_THEN_COMMA = re.compile(rf"\s*(?:{HONORIFIC.pattern})?[{UPPER}][^;:.]{{2,160}}?,\s+")


def _named_then_as_many(clause: str, start: int, count: Count, people: tuple[int, ...]) -> bool:
    """Whether clause[start:count] names two people or more, then after a comma counts as many ('hai hộ gia đình')."""
    named = sum(1 for p in people if start <= p < count.start)
    return named >= 2 and count.value == named and _NAMED_THEN_COMMA.fullmatch(clause, start, count.start) is not None


# a plural of a kind, then what it is made of ('cho các cá nhân gồm 3 cán bộ và 2 giáo viên'): the counts after it are its
# ('cho các tập thể, cá nhân có thành tích xuất sắc, gồm 5 tập thể và 10 cá nhân', '... (5 tập thể và 10 cá nhân)',
# '..., với tổng số 15 tập thể, cá nhân': the plural and what is said of them, then the counts, a total's word read with them;
# or a colon: 'cho các tập thể, cá nhân: 3 tập thể, 5 cá nhân')
_PLURAL_MADE_OF = re.compile(
    rf"(?:các|những)\s+(?:{NOUN_RE})(?:\s*(?:,|và)\s*(?:{NOUN_RE}))?(?!\w)(?:\s+[^\d,;:.()]{{1,80}}?)??"
    r"(?:\s*,?\s*(?:bao\s+)?gồm(?:\s+có)?\s*:?|\s*,?\s*với(?=\s+tổng\s+số)|\s*\(|\s*:(?=\s*\d))\s*",
    re.I,
)


def _made_of(clause: str, cho: int, opened: int) -> int:
    """Where the counts of 'cho ...' start: after the word, and after a plural that says what they make up."""
    m = _PLURAL_MADE_OF.match(clause, cho + opened)
    return m.end() if m else cho + opened


# counts each attaining a title of its own: '1.250 hộ đạt danh hiệu Gia đình văn hóa và 45 thôn, bản đạt danh hiệu Thôn
# văn hóa' (not 'tặng Giấy khen cho 45 thôn đạt danh hiệu Thôn văn hóa 5 năm liền', where attaining is the reason)
_ATTAINS = re.compile(r"(?:\s*,\s*[^\W\d]+){0,2}\s+(?:(?:đã|được công nhận)\s+)?đạt\s+(?:danh hiệu\s+)?", re.I)
_ATTAINED = re.compile(r"(?<!\w)đạt\s+(?:danh hiệu\s+)?$", re.I)


def _attains_in_turn(clause: str, before: AwardMention, c: Count, starts: list[int]) -> bool:
    """Whether the count after an award attained attains the next award in turn: that award is its own."""
    m = _ATTAINS.match(clause, c.end)
    return (
        m is not None
        and _ATTAINED.search(clause, max(0, before.start - 20), before.start) is not None
        and (at := bisect.bisect_left(starts, m.end())) < len(starts)
        and starts[at] == m.end()
    )


_AWARDS_JOINED = re.compile(r"\s*(?:,|và|hoặc)\s*")


def _joined_run(clause: str, awards: list[AwardMention], at: int, back: bool = False) -> tuple[int, int]:
    """The first and last index of the awards listed together with awards[at], forwards from it (or backwards to it)."""
    lo = hi = at
    while back and lo > 0 and _AWARDS_JOINED.fullmatch(clause, awards[lo - 1].end, awards[lo].start):
        lo -= 1
    while not back and hi + 1 < len(awards) and _AWARDS_JOINED.fullmatch(clause, awards[hi].end, awards[hi + 1].start):
        hi += 1
    return lo, hi


def _shared(clause: str, awards: list[AwardMention], at: int, back: bool = False) -> tuple[AwardMention | None, str]:
    """The awards listed together from awards[at] (forwards, or backwards to it), shared out among counted recipients:
    their nearest common kind ('Nghệ sĩ Nhân dân, Nghệ sĩ Ưu tú': a state honorary title), or None where that is only
    a commendation ('Bằng khen, Giấy khen')."""
    lo, hi = _joined_run(clause, awards, at, back)
    kind = common_kind([a.award for a in awards[lo : hi + 1]])
    if kind == "khen-thuong":
        return _one_giver_of(awards[lo : hi + 1]), SHARED_AWARDS
    return AwardMention(awards[lo].start, awards[hi].end, kind, rule="awards.shared"), SHARED_AWARDS


def _shared_by(clause: str, awards: list[AwardMention], at: int, c: Count, back: bool = False) -> tuple[AwardMention | None, str]:
    """The awards listed together from awards[at] given to the count `c`: the one of them its recipients can hold, where
    the others cannot ('trao Cờ thi đua và Giấy khen của Giám đốc Công an tỉnh cho 3 cán bộ': a flag is no person's),
    else shared out among them (_shared)."""
    lo, hi = _joined_run(clause, awards, at, back)
    if c.kind in ("individual", "collective"):
        fitting = [a for a in awards[lo : hi + 1] if recipients_kind(a.award) in (None, c.kind)]
        if len(fitting) == 1:
            return fitting[0], "grants.award-for-counts"
    return _shared(clause, awards, at, back)


def _one_giver_of(run: list[AwardMention]) -> AwardMention | None:
    """'Cờ thi đua và Bằng khen của UBND tỉnh': awards listed together that one giver gives, as one commendation of
    theirs; None where they name none, or several."""
    owner = run[-1]
    if owner.explicit_conferrer is None or len({a.explicit_conferrer for a in run}) != 1:
        return None
    return AwardMention(
        run[0].start, owner.end, "khen-thuong", explicit_conferrer=owner.explicit_conferrer,
        owner_start=owner.owner_start, owner_end=owner.owner_end, rule="awards.shared",
    )  # fmt: skip


def listed_together(clause: str, awards: list[AwardMention]) -> AwardMention | None:
    """'tặng Cờ thi đua và Bằng khen cho xã A và xã B': the first award listed with others before those it names, as
    one mention of their nearest common kind (which each named got is unsaid); None where it stands alone, or is a
    title with the certificate given with it."""
    if len(awards) < 2 or not _shared_awards(clause, awards[:2], awards):
        return None
    mention, _ = _shared(clause, awards, 0)
    if mention is not None:
        return mention
    _, hi = _joined_run(clause, awards, 0)
    return AwardMention(awards[0].start, awards[hi].end, "khen-thuong", rule="awards.shared")


def _shared_awards(clause: str, following: list[AwardMention], awards: list[AwardMention]) -> bool:
    """Whether the first two awards after a count are listed together ('Bằng khen, Giấy khen', 'Bằng khen và Giấy
    khen'): the counted recipients share them out, no one of them is each one's; a title and the certificate given
    with it are each the recipients' (_with_joined_awards)."""
    return (
        len(following) > 1
        and _AWARDS_JOINED.fullmatch(clause, following[0].end, following[1].start) is not None
        and _certificate_with(clause, awards, following[0]) is None
    )


# what says those counted hold a title, between the count and the title ('120 học sinh đạt danh hiệu ...')
_HOLD_TITLE = re.compile(r"\s+(?:(?:đã|đều)\s+)?(?:đạt|đạt được|được công nhận(?:\s+đạt)?)\s+(?:danh hiệu\s+)?[“\"]?")


def _titled_then_given(clause: str, c: Count, title: AwardMention, award: AwardMention) -> bool:
    """'120 học sinh đạt danh hiệu Học sinh giỏi được Hiệu trưởng tặng Giấy khen': those counted said to hold a title of
    no type the law names (a school's, a club's), then given an award: the title says who they are, the award is given."""
    if title.award != "khen-thuong" or _HOLD_TITLE.fullmatch(clause, c.end, title.start) is None:
        return False
    at = title.end + (clause[title.end : title.end + 1] in ("”", '"'))  # (past the quote that closes its name)
    # (given in the passive, its agent named or not: 'được Hiệu trưởng tặng', 'đã được tặng')
    return _OWN_PASSIVE.fullmatch(clause, at, award.start) is not None or passive_by_agent(clause, at, award.start)


def _held_by_count(clause: str, counts: list[Count], award: AwardMention, c: Count) -> bool:
    """Whether `award` is the title a count other than `c`, right before it, is said to hold ('120 học sinh đạt danh
    hiệu Học sinh giỏi'): what the count is, not an award of its own to those counted after."""
    i = bisect.bisect_right(counts, award.start, key=lambda o: o.start)
    return bool(i) and counts[i - 1] is not c and _HOLD_TITLE.fullmatch(clause, counts[i - 1].end, award.start) is not None


def _noun_of_count(counts: list[Count], award: AwardMention, c: Count) -> bool:
    """Whether `award` begins inside the noun of a count other than `c` (counts sorted by where they start)."""
    i = bisect.bisect_right(counts, award.start, key=lambda o: o.start)
    return bool(i) and counts[i - 1] is not c and counts[i - 1].start < award.start < counts[i - 1].end


# the people a count names right after its noun ('Hai em Nguyễn Văn A và Lê Thị B', 'Ba chiến sĩ A, B và C'), each by
# the word they are called by or not ('Hai cha con anh A và cháu B')
_CALLED_IN_LIST = r"(?:(?:anh|chị|em|ông|bà|cháu|cô|thầy|cụ|đồng chí|đ/c)\s+)?"
_NAMES_OF_COUNT = re.compile(
    rf"\s+{_CALLED_IN_LIST}(?P<first>[{UPPER}][\w']*)(?:\s+[{UPPER}][\w']*){{1,4}}"
    rf"(?:\s*(?:,|và)\s*{_CALLED_IN_LIST}[{UPPER}][\w']*(?:\s+[{UPPER}][\w']*){{1,4}})*"
)


def _totals_in_turn(clause: str, award: AwardMention, total_at: int) -> bool:
    """Whether a total opened after an award goes on from one opened before it, whose number ends right before ('Số tập
    thể được tặng Bằng khen là 8, số cá nhân là 15'): the second counts the same award."""
    before = total_in_turn(clause, total_at, award.end)
    return before is not None and (first := total_opened(clause, before.start("num"))) is not None and first < award.start


def _first_of_list(clause: str, counts: list[Count], c: Count) -> Count:
    """The first count of the list `c` ends ('15 tập thể, 20 hộ và 10 cá nhân': the 15), the counts parted by commas or
    'và' alone, a few back at most; `c` itself where nothing but a count's parting comes right before it. (`counts` are
    in order: found by bisection, so a clause of thousands of counts stays linear.)"""
    first = c
    i = bisect.bisect_right(counts, c.start, key=lambda o: o.end)
    for before in reversed(counts[max(0, i - _LIST_COUNTS_BACK) : i]):
        if not _COUNTS_APART.fullmatch(clause, before.end, first.start):
            break
        first = before
    return first


# the counts an award's name runs into with no 'cho' ('Giấy khen 20 tập thể', '... hai cá nhân')
COUNTS_RIGHT_AFTER = re.compile(rf"\s+(?=\d|{COUNTED})")


# a body's name where the list would open, two capitalised words, which list words may spell ('cho Phòng Tổ chức cán
# bộ và 5 cá nhân': 'phòng', 'tổ chức' and 'cán bộ' all count nouns): a body, the counts after it (_named_body_then_counts)
_NAME_OPENS = re.compile(rf"[{UPPER}][^\W\d]*\s+[{UPPER}]")
# a body's head before a plural of places, a body of each ('cho UBND các xã A, B và C', 'cho Trạm Y tế các xã A và B')
_HEAD_OF_EACH = re.compile(rf"[{UPPER}][\w/&]*(?:\s+[\w/&-]+){{0,4}}?\s+")
_PLACES_PLURAL = re.compile(r"(?:các|những)\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|thôn|bản|ấp|khu phố|tổ dân phố)(?!\w)")
_LIST_COUNTS_BACK = 6  # the counts a total's list may hold before the one read ('15 tập thể, 20 hộ, ... và 10 cá nhân')


# a count recognised again, or for the first time, its title left unsaid ('... và 9 thôn được công nhận lại'); not a share
# of a total before it ('120 hộ được công nhận Gia đình văn hóa, trong đó 20 hộ được công nhận lần đầu')
_RECOGNISED_AGAIN = re.compile(r"\s+(?:đã\s+)?được\s+(?:công nhận|tái công nhận)\s+(?:lại|mới|lần đầu)(?!\w)\s*(?:[,;.]|$|và\s)")
_SHARE_OPENS = re.compile(r"(?<!\w)trong (?:đó|số đó)(?!\w)")
# (the title's own recognition told new or again too, the two groups set apart: 'công nhận mới ..., ... công nhận lại';
# '120 hộ được công nhận Gia đình văn hóa, 100 hộ được công nhận lại' may tell a share)
_NEW_OR_AGAIN = re.compile(r"(?<!\w)(?:lần đầu|mới|lại)(?!\w)")


def _recognised_again(clause: str, c: Count, title: AwardMention, after: int) -> bool:
    """'3 thôn được công nhận thôn văn hóa lần đầu và 9 thôn được công nhận lại': the count after an emulation title
    recognised for others of its kind, recognised again with the title unsaid, holds that title."""
    return (
        _RECOGNISED_AGAIN.match(clause, after) is not None
        and (held := award_types().get(title.award)) is not None
        and held.kind == "emulation_title"
        and recipients_kind(title.award) in (c.kind, None)
        and not _SHARE_OPENS.search(clause, title.end, c.start)
        and _NEW_OR_AGAIN.search(clause, max(0, title.start - 24), c.start) is not None
    )


def _award_for_noun_count(
    clause: str,
    awards: list[AwardMention],
    c: Count,
    people: tuple[int, ...] = (),
    others: list[Count] | None = None,
    index: tuple[list[int], list[int]] | None = None,
) -> tuple[AwardMention | None, str]:
    """'AWARD cho 06 tập thể', 'AWARD: 06 tập thể', else the award the count's verb names after it. `index` holds the
    awards' starts and ends, which the caller may read once for all its counts."""
    starts, ends = index or ([a.start for a in awards], [a.end for a in awards])
    after = c.end
    if (names := _NAMES_OF_COUNT.match(clause, c.end)) is not None and any(abs(p - names.start("first")) <= 1 for p in people):
        after = names.end()  # 'Ba chiến sĩ A, B và C được UBND huyện tặng Giấy khen': the count's names, then its verb
    own = _OWN_PASSIVE.match(clause, after)
    if own and (at := bisect.bisect_left(starts, own.end())) < len(awards) and starts[at] == own.end():
        if _shared_awards(clause, awards[at : at + 2], awards):
            return _shared_by(clause, awards, at, c)  # '5 tập thể, 7 cá nhân được nhận Bằng khen, Giấy khen': which, unsaid
        return awards[at], "grants.counts-given-award"  # '..., 15 tập thể được tặng Bằng khen và 40 cá nhân được tặng Giấy khen'
    window = max(0, c.start - _GLUE_MAX - 4)
    # the last 'cho' before the count; or 'tặng' after the award's owner, where 'cho' would be ('Bằng khen của Bộ
    # trưởng tặng 3 tập thể')
    cho, opened = max((clause.rfind(word, window, c.start), len(word)) for word in ("cho ", "cho:", "tặng "))
    # (or the award itself, its counts right after it with no 'cho': 'tặng Giấy khen 20 tập thể đạt ... và 35 cá nhân')
    k = bisect.bisect_right(ends, c.start)
    # the last award before the count (not one that is an earlier count's noun: 'cho 4 khu dân cư văn hóa tiêu biểu
    # và 6 gia đình ...', where 'khu dân cư văn hóa' says what the 4 are; nor the title an earlier count is said to hold:
    # 'cho 120 học sinh đạt danh hiệu Học sinh giỏi và 35 học sinh ...')
    last = k
    while last and others and (_noun_of_count(others, awards[last - 1], c) or _held_by_count(clause, others, awards[last - 1], c)):
        last -= 1
    # ('trao Giấy khen 60 gia đình văn hóa tiêu biểu và 10 tổ dân phố': right after that award, past the noun)
    bare = COUNTS_RIGHT_AFTER.match(clause, ends[last - 1]) if last and ends[last - 1] >= max(window, cho) else None
    if bare is not None:
        cho, opened = bare.end(), 0
    counts_from = _made_of(clause, cho, opened)
    if k and _recognised_again(clause, c, awards[k - 1], after):
        # '3 thôn được công nhận thôn văn hóa và 9 thôn được công nhận lại': the title the count before holds, held again
        return awards[k - 1], "grants.recognised-again"
    k = last
    preceding = awards[max(0, k - 1) : k]
    if preceding and (total_at := total_opened(clause, c.start)) is not None and total_at < preceding[-1].start:
        return preceding[-1], "grants.total-of-award"  # 'Tổng số cá nhân được tặng Giấy khen là 45': the total's award
    if preceding and total_at is not None and _totals_in_turn(clause, preceding[-1], total_at):
        return preceding[-1], "grants.total-of-award"  # '... Bằng khen của Bộ trưởng là 8; số cá nhân là 15': the same
    if (
        preceding
        and total_at is None
        and others
        and (first := _first_of_list(clause, others, c)) is not c
        and (first_at := total_opened(clause, first.start)) is not None
        and first_at < preceding[-1].start
    ):
        return preceding[-1], "grants.total-of-award"  # 'Tổng số được tặng Giấy khen là 15 tập thể và 10 cá nhân': its list
    if (
        cho != -1
        and (
            (glue(clause, counts_from, c.start) and not _NAME_OPENS.match(clause, counts_from))
            or (_HEAD_OF_EACH.fullmatch(clause, counts_from, c.start) is not None and _PLACES_PLURAL.match(clause, c.start) is not None)
            or _described_list(clause, counts_from, c.start)
            or _FOR_THEM.fullmatch(clause, cho + opened, c.start) is not None
            or _NAMED_THEN_COUNTED.fullmatch(clause, cho + opened, c.start) is not None
            or _named_then_as_many(clause, cho + opened, c, people)
        )
        and preceding
        and preceding[-1].end <= cho
        and not _gives_other(clause, preceding[-1].end, cho)
    ):
        if _unknown_title_between(clause, preceding[-1].end, cho, awards):
            return None, "grants.unknown-title"  # 'tặng danh hiệu "Công dân Thủ đô ưu tú" cho 10 cá nhân'
        if k >= 2 and _shared_awards(clause, awards[k - 2 : k], awards):
            return _shared_by(clause, awards, k - 1, c, back=True)  # 'tặng Bằng khen, Giấy khen cho 3 tập thể, 6 cá nhân'
        return preceding[-1], "grants.award-then-counts" if bare is not None else "grants.award-for-counts"
    if preceding and glue(clause, preceding[-1].end, c.start, _COLON_LIST):
        return preceding[-1], "grants.award-colon-counts"  # 'Bằng khen của Chủ tịch UBND tỉnh: 06 tập thể, 11 cá nhân'
    if preceding and glue(clause, preceding[-1].end, c.start, _SPACE_LIST) and not _attains_in_turn(clause, preceding[-1], c, starts):
        return preceding[-1], "grants.award-then-counts"  # 'hạng nhì 3 tập thể, 2 cá nhân'
    if preceding and glue(clause, preceding[-1].end, c.start, _PAREN_LIST):
        return preceding[-1], "grants.award-then-counts"  # '... được tặng Bằng khen (05 tập thể, 15 cá nhân)'
    if preceding and (
        (
            _FRONTED_PASSIVE.match(clause)
            and (glue(clause, preceding[-1].end, c.start, _HAS_LIST) or glue(clause, preceding[-1].end, c.start, _SUBJECT_LIST))
        )
        or (
            _PLURAL_PASSIVE.match(clause, 0, preceding[-1].start)
            and glue(clause, preceding[-1].end, c.start, _HAS_LIST)
            and not _a_share(clause, preceding[-1].end, c)
        )
    ):
        return preceding[-1], "grants.award-then-counts"  # 'Được tặng Bằng khen của UBND tỉnh có 5 tập thể và 10 cá nhân'
    following = awards[(j := bisect.bisect_left(starts, c.end)) : j + 2]  # the first two after it
    if len(following) > 1 and _titled_then_given(clause, c, following[0], following[1]):
        following = awards[(j := j + 1) : j + 2]  # '120 học sinh đạt danh hiệu Học sinh giỏi được tặng Giấy khen': the Giấy khen
    if (
        following
        and c.title
        and _PRESENT_VERB.search(clause, c.end, following[0].start)
        and any(o.kind and o.start > following[0].end for o in others or [])
    ):
        # 'tuyên dương 30 “Thanh niên tiên tiến làm theo lời Bác”, trao Huy hiệu ... cho 5 đoàn viên': those commended under
        # a title, the award after them another verb's, with recipients counted of its own (not 'và trao Bằng khen cho
        # các em': those commended)
        return None, "grants.generic-commendation"
    if (
        following
        and (
            not any(after <= p < following[0].start for p in people)
            # ('5 tập thể được đồng chí A, Phó Chủ tịch UBND tỉnh trao Bằng khen': a person the count's passive names as
            # its agent hands it over; the count receives it)
            or passive_by_agent(clause, c.end, following[0].start)
        )
        and not _counted_between(clause, c, following[0], others or [])
        and not _givers_counted(clause, c, following[0])
        and not _before_own_subject(clause, c, following[0])
        and not _share_between(clause, c, following[0])
    ):
        if _breakdown_in_brackets(clause, c.end, following[0].start, awards):
            # 'cho 5 cá nhân (Huân chương Lao động hạng Ba cho 1 cá nhân, Bằng khen cho 4 cá nhân)': a total, broken down
            # (not what share they are: '1.250 hộ (đạt 92%) được công nhận danh hiệu Gia đình văn hóa')
            return None, "grants.generic-commendation"
        if any(
            o.kind is None
            and c.end <= o.start
            and o.end <= following[0].start
            and _NOTHING_BUT_TITLE_WORD.fullmatch(clause, o.end, following[0].start)
            and _LIST_OPENS.search(clause, c.end, o.start)
            for o in others or []
        ):
            # 'khen thưởng 45 tập thể, cá nhân, gồm: 5 Bằng khen ... và 40 Giấy khen ...': the award has its own number
            return None, "grants.generic-commendation"
        if _shared_awards(clause, following, awards):
            # '62 tập thể, cá nhân được nhận Huân chương Lao động, Bằng khen của Thủ tướng, Cờ thi đua': shared, not one each
            return _shared_by(clause, awards, j, c)
        if _given_to_its_own(clause, following[0], others or []):
            # 'trao Cờ cho 3 đơn vị dẫn đầu và Giấy khen cho 10 vận động viên': the award after is given to its own count
            return None, "grants.generic-commendation"
        if _LIST_OPENS.search(clause, c.end, following[0].start) and _counted_right_after(clause, following[0], others or []):
            # 'khen thưởng 10 tập thể, 20 cá nhân, gồm: Bằng khen của Chủ tịch UBND tỉnh (5 tập thể), Giấy khen ...': the
            # awards the list opens count their own, in brackets or after a colon; the count before it, their total
            return None, "grants.generic-commendation"
        return following[0], "grants.counts-given-award"
    return None, "grants.generic-commendation"


def _breakdown_in_brackets(clause: str, start: int, end: int, awards: list[AwardMention]) -> bool:
    """Whether the first brackets in clause[start:end] break a count down: left open (the award after them is inside),
    or holding an award or a count of recipients. (The first alone: each count reads one bracket, however many.)"""
    m = _BRACKETED_BETWEEN.search(clause, start, end)
    if m is None:
        return False
    return not m.group(0).endswith(")") or any(m.start() < a.start < m.end() for a in awards) or any(x.kind for x in counts_in(m.group(0)))


_BRACKETED_BETWEEN = re.compile(r"\([^()]*\)?")
_JOINED = lexicon.cue("joined-people")
_REPORTS = re.compile(r"(?<!\w)(?:đề nghị|thông tin|chia sẻ|nói)(?!\w)")
_NOT_THE_SUBJECT = re.compile(r"(?<!\w)(?:cho|của|với)(?!\w)")
_POSSESSED = re.compile(r"(?<!\w)của\s+(?:" + HONORIFIC.pattern + r")?$")  # a name right after 'của', a possessor
# the presenter attended the event, named whole, and handed the award over at it ('Chủ tịch nước A dự Lễ kỷ niệm 34 năm
# Ngày truyền thống Tập đoàn X và trao danh hiệu ...'): the event's name is no subject of its own, however long
_ATTENDS_AND = re.compile(
    r"\s*,?\s*(?:đã\s+|cũng\s+)?(?:đến\s+|tới\s+|về\s+)?(?:tham\s+)?dự\s+(?:và\s+chỉ đạo\s+)?"
    r"(?:(?-i:[A-ZĐ])|buổi|lễ|hội nghị|chương trình)[^;]{0,200}?\s+và\s+(?:đã\s+|cùng\s+)?(?:trực tiếp\s+)?",
    re.I,
)


def presenter_of(clause: str, people: list[PersonMention], awards: list[AwardMention]) -> str | None:
    """'Tổng Bí thư A tặng hoa, Bộ trưởng B trao Bằng khen ...': the person before the verb that hands the award over."""
    presenters = presenters_of(clause, people, awards)
    return presenters[0] if presenters else None


# a home the handing-over went to, named after its owner ('tại nhà riêng ông A', 'đến gia đình bà B', 'tại tư gia của
# cụ C'): the owner is where it was handed over, not who handed it
_HOME_OF = re.compile(
    r"(?<!\w)(?:tại|ở|đến|tới|về)\s+(?:nhà riêng|nhà|tư gia|gia đình)(?:\s+(?:riêng|của))?\s+(?:" + HONORIFIC.pattern + r")?\s*$"
)


def home_opened(text: str, name_start: int) -> int | None:
    """Where the phrase naming a home after its owner opens, when the name at `name_start` is that owner ('tại nhà
    riêng ông A'); None for anyone else."""
    home = _HOME_OF.search(text, max(0, name_start - 60), name_start)
    return home.start() if home is not None else None


_SPEAKS = re.compile(r"\s*(?:\([^()]{1,80}\)\s*)?:")  # (the colon after the speaker's titles, or the unit in brackets after them)


def presenters_of(clause: str, people: list[PersonMention], awards: list[AwardMention]) -> list[str]:
    """Those who hand the award over, the first named first: 'Đồng chí A, ... và đồng chí B, ... đã trao' is A, then
    B; [] where no one does."""
    homes = [(h, max(p.chain_end, p.end)) for p in people if (h := home_opened(clause, p.start)) is not None]
    people = [p for p in people if not any(start < p.start < end for start, end in homes)]
    if not people:
        return []
    # (not a receiving: '... cho thân nhân 4 mẹ được truy tặng và mẹ A được phong tặng')
    verbs = [
        m
        for m in _PRESENT_VERB.finditer(clause)
        if (not awards or m.start() < awards[0].start)
        and not _RECEIVED_BEFORE.search(clause, max(0, m.start() - 12), m.start())
        # (not a decision's: 'A trao quyết định của Chủ tịch nước truy tặng Huân chương': A hands it over)
        and not of_decision(clause, m)
    ]
    if verbs:
        # (not one possessed: 'Ghi nhận những đóng góp của đồng chí A ..., Ban Thường vụ tặng': A is no subject)
        before = [p for p in people if p.start < verbs[-1].start() and not _POSSESSED.search(clause, max(0, p.start - 40), p.start)]
        if not before:
            told_after = _presenter_told_after(clause, people, verbs[-1])
            return [told_after] if told_after else []
        at, verb = max(before[-1].chain_end, before[-1].end), verbs[-1].start()
        between = clause[at:verb]
        if (d := _DELEGATED_BY.search(clause, at)) is not None and d.end() <= verb:
            between = clause[at : d.start()] + clause[d.end() : verb]  # 'bà A, Giám đốc Sở X thừa ủy quyền của Bộ trưởng trao'
        between = _ON_BEHALF.sub("", between)
        for start, end in reversed(homes):  # ('đồng chí A, ... đến nhà riêng của mẹ B trao ...': A, the home B's)
            if at <= start and end <= verb:
                between = between[: start - at] + between[end - at :]
        # '... cho hành động của em A, đồng thời đề nghị Chủ tịch tặng': A is not the verb's subject; nor is one who
        # reports it ('Bà A thông tin, năm qua Chủ tịch UBND tỉnh tặng ...')
        if _REPORTS.search(between) or ((len(between) > 80 or _NOT_THE_SUBJECT.search(between)) and not _ATTENDS_AND.fullmatch(between)):
            return []
        if _SPEAKS.match(between):
            # 'Ông A: Năm 2023, Chủ tịch UBND tỉnh tặng ...', 'Ông A, Trưởng ban (Sở Nội vụ): ...': who speaks in an
            # interview, not who hands it over
            return []
        joined = [before.pop()]
        while before and _JOINED.fullmatch(clause[max(before[-1].chain_end, before[-1].end) : joined[-1].start]):
            joined.append(before.pop())  # 'đồng chí A, ... và đồng chí B, ... đã trao': all of them, the first first
        return list(dict.fromkeys(p.name for p in reversed(joined)))
    if awards and _RECEIVES_AWARD.search(clause, people[0].end, awards[0].start):
        return []  # 'Ông A nhận Huân chương ... truy tặng liệt sĩ': who receives it, the verb after the award its own
    if awards and people[0].start > awards[0].start and _GIVEN_TO_BEFORE.search(clause, 0, people[0].start):
        return []  # 'Lễ đón nhận danh hiệu ... của Chủ tịch nước phong tặng cho ông A': whom it was given to
    return [people[0].name]


# who an award is given to, right before their name ('cho ông ', 'cho đồng chí ')
_GIVEN_TO_BEFORE = re.compile(r"(?<!\w)cho\s+(?:(?:ông|bà|anh|chị|đồng chí|đ/c|em|cô|thầy|cụ|mẹ|nghệ sĩ|nhà giáo|bác sĩ)\s+)?$", re.I)


# 'Tới dự và trao Huân chương có Phó Tổng cục trưởng A', 'Trao Bằng khen cho đơn vị có đồng chí B': the verb opens the
# clause (after attending at most), and who did it is said after 'có' ('là' names a recipient: 'cho 1 cá nhân là ông C')
_VERB_OPENS = re.compile(r"\W*(?:(?:(?:tới|đến|về|tham)\s+)?dự\s+và\s+)?", re.I)
PRESENTER_TOLD_AFTER = re.compile(r"\scó\s", re.I)
# (or by 'là' after recipients told as a plural, which no one person is: 'Trao Bằng khen cho các tập thể là đồng chí A')
_PLURAL_THEN_IS = re.compile(r"(?<!\w)(?:các|những)\s[^,;:.()]{2,40}?\slà\s+(?=" + HONORIFIC.pattern + ")")


def presenter_cue(clause: str, start: int, end: int | None = None) -> re.Match[str] | None:
    """The word after an award that names who handed it over ('... có đồng chí A', '... cho các tập thể là đồng chí
    A'), in clause[start:end]."""
    end = len(clause) if end is None else end
    return PRESENTER_TOLD_AFTER.search(clause, start, end) or _PLURAL_THEN_IS.search(clause, start, end)


def _presenter_told_after(clause: str, people: list[PersonMention], verb: re.Match[str]) -> str | None:
    """The presenter a clause that opens on its verb names after the award, by 'có'; else None."""
    if _VERB_OPENS.fullmatch(clause, 0, verb.start()) is None:
        return None
    after = [p for p in people if p.start > verb.end()]
    if not after:
        return None
    cue = presenter_cue(clause, verb.end(), after[0].start)
    return after[0].name if cue is not None and len(clause[cue.end() : after[0].start]) <= 80 else None


def listed_kind(counts: list[Count], count: Count) -> str | None:
    """'cho 83 đồng chí ..., gồm: 9 Huân chương X, 3 Huân chương Y': a bare number in a list counts
    what the total before it counted."""
    totals = [c for c in counts if c.end <= count.start and c.kind and c.value and count.value and c.value > count.value]
    return totals[-1].kind if totals else None


def names_the_work(clause: str, verb: re.Match[str]) -> bool:
    """'công tác khen thưởng', 'thi đua, khen thưởng': the verb names the field of work, it commends no one."""
    return bool(_NOT_GENERIC.search(clause[max(0, verb.start() - 30) : verb.start()]))  # the cue ends at the verb: 30 letters suffice


def commend_verbs(clause: str) -> list[re.Match[str]]:
    """The commendation verbs of a clause, found once for all its counts."""
    return list(_GENERIC_VERB.finditer(clause))


# what may follow a count in a list before the next one: a few words saying which ('5 chi bộ trong sạch vững mạnh
# tiêu biểu và 12 đảng viên', '57 học sinh đạt giải Ba, giải Khuyến khích và 16 giáo viên'), no verb or preposition
# among them, then 'và' or a comma
# (or the one a count of one names: 'cho 01 tập thể là Trường THCS X và 02 cá nhân'; or those a count names after a colon
# or in brackets: 'cho 3 tập thể: Đồn Biên phòng A, Trạm B, Ban C và 7 cá nhân', 'cho 2 tập thể (Trường A, Trường B) và
# 7 cá nhân')
_NAMES_AFTER = rf"\s*(?::\s*|,?\s+gồm\s+)[{UPPER}][^,;:.()]{{1,80}}?(?:,\s+[{UPPER}][^,;:.()]{{1,80}}?){{0,8}}|\s*\([^()]{{1,200}}\)"
_DESCRIBED_NEXT = re.compile(
    rf"(?:{_NAMES_AFTER}|\s*,?\s+là(?=\s+[{UPPER}]))?"
    # (a description may open on 'có' of what they did, not of a number they hold: '5 tập thể có thành tích xuất sắc và
    # 10 cá nhân', not '5 tập thể có 3 cá nhân')
    r"(?:(?:\s*,)?\s+(?!(?:được|đã|là|của|cho|tặng|trao|khen|có(?=\s+(?:\d|hơn|trên|gần|khoảng)(?!\w))|với|tại|vì|do|trong (?:đó|số|năm|dịp))(?!\w))"
    r"(?:[^\s,;:.()“”\"]+|\([^()]{1,30}\)|“[^“”]{1,60}”|\"[^\"]{1,60}\")){0,12}?(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+)"
)


_BRACKETED = re.compile(r"\([^()]{1,60}\)")


def _described_list(clause: str, start: int, end: int) -> bool:
    """'khen thưởng 5 chi bộ trong sạch vững mạnh tiêu biểu và 12 đảng viên': clause[start:end] (from the verb to a
    count) is counts, each with a short description, joined by 'và', commas or semicolons."""
    text = clause[start:end]
    brackets = [(m.start(), m.end()) for m in _BRACKETED.finditer(text)]
    # a bare number ('5 năm liền') describes, and so does a count in brackets ('(trong đó có 3 trường học)')
    counts = [c for c in counts_in(text) if c.kind and not any(a <= c.start < b for a, b in brackets)]
    if not counts or counts[0].start > 5 or clause[start : start + counts[0].start].strip(" :") not in ("", "cho"):
        return False
    ends = [start + c.end for c in counts]
    return all(
        _DESCRIBED_NEXT.fullmatch(clause, e, nxt) for e, nxt in zip(ends, [start + c.start for c in counts[1:]] + [end], strict=True)
    )


_PASSIVE_END = re.compile(r"(?<!\w)được\s*$")
_AND_THEN = re.compile(r"(?<!\w)(?:và|rồi)(?:\s+(?:đã|cũng|sẽ))?\s*$")
# a phrase said of the recipients counted before it, set off by a comma ('..., có nhiều cống hiến cho xã hội ...')
_SAID_OF = re.compile(r"^(?:[^,]*,)?\s*(?:có|là|đều|từng|thuộc|đang|với)(?!\w)[^,]*(?:,\s*)?(?:đã\s+)?được\s*$")


# a decision's owner, and the reward handed over with it, before those it is for ('Quyết định khen thưởng của Chủ tịch UBND
# tỉnh và tiền thưởng cho ...')
DECISION_OWNER = re.compile(r"(?:\s+của\s+[^,;]{3,60}?)?(?:\s+và\s+(?:tiền thưởng|phần thưởng|quà))?(?=\s+cho\s)")


_COUNTED_AS = re.compile(r"\s+(?:(?P<who>[^;:.]{3,240}?)\s+)?là\s+")
_PASSIVE_BEFORE = re.compile(r"(?<!\w)được\s+$")
# one of those counted, right after the verb: 'A được UBND huyện tuyên dương là một trong 10 cán bộ tiêu biểu'
_ONE_OF = re.compile(r"\s+là\s+một\s+trong\s+(?:số\s+)?")
_PASSIVE_BY = re.compile(r"(?<!\w)được(?:\s+[^,;:]{2,60}?)?\s+$")  # (its agent between: 'được UBND huyện tuyên dương')


def commends(clause: str, count: Count, verbs: list[re.Match[str]] | None = None) -> bool:
    """Whether a commendation verb governs the count: 'khen thưởng 12 tập thể, 7 cá nhân', or '144 tập thể ...
    được khen thưởng' within the count's own phrase; not 'Vụ 3 người bị sát hại: Biểu dương cháu bé'."""
    for m in commend_verbs(clause) if verbs is None else verbs:
        if names_the_work(clause, m):
            continue
        # ('trao Quyết định khen thưởng của Chủ tịch UBND tỉnh (và tiền thưởng) cho 5 tập thể': the decision's owner and
        # what came with it, before the recipients)
        glue = DECISION_OWNER.match(clause, m.end(), count.start) if m.end() <= count.start else None
        start = glue.end() if glue else m.end()
        if (
            m.end() <= count.start
            and count.start - m.end() <= _GLUE_MAX
            and (
                COUNT_LIST.fullmatch(clause[start : count.start].replace("cho", " ").replace("đối với", " "))
                or _described_list(clause, start, count.start)
            )
        ):
            return True  # the verb, then the list the count belongs to
        if (
            m.end() <= count.start
            and _PLURAL_PASSIVE.match(clause, 0, m.start())
            and _HAS_LIST.fullmatch(clause, m.end(), count.start)
            and not _a_share(clause, m.end(), count)
        ):
            return True  # 'Các tập thể, cá nhân được khen thưởng lần này gồm 10 tập thể và 25 cá nhân'
        # 'A và B được tuyên dương là 2 đơn vị dẫn đầu', 'tuyên dương A và B là 2 đơn vị': how many were commended
        # (not 'Điều đáng tuyên dương là 2 đơn vị ...': what is worth it, no one commended)
        if (
            m.end() <= count.start
            and (counted := _COUNTED_AS.fullmatch(clause, m.end(), count.start))
            and (counted["who"] or _PASSIVE_BEFORE.search(clause, max(0, m.start() - 12), m.start()))
        ):
            return True
        if _ONE_OF.fullmatch(clause, m.end(), count.start) and _PASSIVE_BY.search(clause, max(0, m.start() - 72), m.start()):
            return True
        if m.start() >= count.end:
            between = clause[count.end : min(m.start(), count.end + _GLUE_MAX + 81)]
            rest = clause[count.end + COUNT_LIST.match(between[:_GLUE_MAX]).end() : m.start()]  # the rest of the list the count opens
            if not re.search(r"[,;:]|\s[-–]\s", rest) and len(rest) <= 80 and not _AND_THEN.search(rest):
                return True  # the count, then its phrase, then the verb (not another predicate: '5 xã ... và khen thưởng')
            if _PASSIVE_END.search(rest) and _SAID_OF.search(rest) and not re.search(r"[;:\d]|\s[-–]\s", rest) and len(rest) <= 80:
                return True  # '20 thanh niên tiêu biểu, có nhiều cống hiến, đã được vinh danh': a phrase set off by commas
    return False
