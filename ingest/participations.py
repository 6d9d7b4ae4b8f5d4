"""Who took part in the article's main event, and how: presided, attended, spoke, presented awards, launched.

People named in the main event's paragraph, in photo captions, in attendance
lists or in sentences about it took part in it (those named after another event's
sentence, in its paragraph, in that one); the verb near their name says how.
Reads the layers people and awards, and the grants' events; writes EventFact.participants.
"""

from __future__ import annotations

import re
from itertools import pairwise

from . import lexicon
from .binding import home_opened
from .conferrers import REPORTING_VERBS
from .document import Document
from .facts import ArticleFacts, EventFact, Evidence, Participation
from .people import FIGURES
from .verbs import confers_by_decision, presents

_PARTS = [(part, lexicon.cue(f"part-{part}")) for part in ("presided", "presented_awards", "launched", "spoke", "attended")]
_PART = dict(_PARTS)
_ABOUT_EVENT = lexicon.cue("about-the-event")
# 'Tới dự có A; B; C', 'Dự hội nghị có các đồng chí: A, ...; B, ...': everyone listed after the cue attended
_ATTENDANCE = lexicon.cue("attendance-list")
# 'Chủ trì hội nghị gồm các đồng chí: A, ...; B, ...': everyone listed after the cue presided
_PRESIDING_LIST = lexicon.cue("presiding-list")
# 'Bộ trưởng A chủ trì.': presiding, with no object said (not 'chủ trì Đoàn công tác của tỉnh')
_PRESIDES_ALONE = re.compile(r"(?<!\w)chủ trì\s*(?:[.;]|$)", re.I)
# 'A, Phó Bí thư Tỉnh ủy dự và trao ...', 'B dự buổi lễ': attending, said as such (not 'dự kiến', 'dự án')
_ATTENDS = re.compile(
    r"(?<!\w)(?<!vinh )(?:tham |tới |đến |về )?dự(?:\s+(?:và|buổi lễ|lễ|hội nghị|đại hội|chương trình|buổi gặp mặt)(?!\w)|\s*[,.;])", re.I
)

# the same, right after the name and titles, with what else was done there ('dự và phát biểu chỉ đạo', 'đã về dự và trao')
_ATTENDS_AND = re.compile(r"\s*,?\s*(?:(?:đã|cũng)\s+)?(?:tham |tới |đến |về )?dự\s+và(?!\w)", re.I)


def participations(doc: Document, facts: ArticleFacts) -> None:
    if not facts.events:
        return
    main = facts.events[0]
    para_start = doc.text.rfind("\n", 0, main.evidence.start) + 1
    para_end = doc.text.find("\n", main.evidence.end)
    para_end = len(doc.text) if para_end == -1 else para_end
    # (or events one sentence tells together, 'tổ chức Lễ tôn vinh ... và Hội nghị ...': one occasion, the first its name)
    # (an undated event the text tells of in passing, after a dated main one, is no other occasion: 'Năm 2022, Hội đã tổ
    # chức Hội thi ...' in the report of a conference held on a day)
    told = [e for e in facts.events if e is main or not (e.date is None and main.date is not None and e.evidence.start >= doc.body_start)]
    one_event = len({e.evidence.start for e in told}) == 1
    by_key = {e.key: e for e in facts.events}
    # a sentence whose grants were all given at another event tells who took part in that one ('Chiều cùng ngày, ...
    # Hội nghị cán bộ ... Tại hội nghị này, Giám đốc A tặng Giấy khen')
    given_at: dict[int, set[str | None]] = {}
    received: set[tuple[int, str]] = set()  # (sentence, person) of those a grant of the sentence is given to
    for g in facts.grants:
        given_at.setdefault(g.evidence.start, set()).add(g.event)
        for who in (g.recipient_person, *g.named):
            if isinstance(who, str):
                received.add((g.evidence.start, who))

    def told_before(at: int, in_paragraph: bool = True) -> EventFact:
        """The event told last before `at` in its paragraph ('Chiều cùng ngày, UBND huyện tổ chức gặp mặt ... . Tham dự
        có ...': those at the meeting), or in the whole text, of a day told (not one a review only mentions: 'Thành phố
        đã tổ chức thành công Hội nghị ...'), else the main one."""
        opens = doc.text.rfind("\n", 0, at) + 1 if in_paragraph else 0
        here = [
            e for e in facts.events
            if opens <= e.evidence.start <= at and e.evidence.start >= doc.body_start and (in_paragraph or e.date is not None)
        ]  # fmt: skip
        return max(here, key=lambda e: e.evidence.start) if here else main

    # an event told as held the same day as what the text told before it ('Sáng 3/2, đồng chí A đến thăm, trao Huy hiệu
    # Đảng cho ông B. Cùng ngày, Hội X tổ chức tổng kết ...'): the sentences before it tell another occasion
    same_day_after = _SAME_DAY_LEAD.match(main.evidence.text) is not None and main.evidence.start > doc.body_start
    for sent in doc.sentences:
        # (in the main event's paragraph, or in another's: after that event's sentence, in its paragraph)
        in_paragraph = para_start <= sent.start < para_end or told_before(sent.start) is not main
        # in an article about one event, a named person presenting awards, speaking, launching a drive or presiding
        # with no object said ('Bộ trưởng A chủ trì.') does so there
        presenting = (
            one_event
            and not (same_day_after and doc.body_start <= sent.start < main.evidence.start)
            and (
                _plays(doc, "presented_awards", sent.start, sent.text)
                or _PART["spoke"].search(sent.text) is not None
                or _PRESIDES_ALONE.search(sent.text) is not None
                or _PART["launched"].search(sent.text) is not None
                or _ATTENDS.search(sent.text) is not None
                or _SAYS_VERB.search(sent.text) is not None
            )
        )
        attending = _ATTENDANCE.match(sent.text) is not None  # 'Đến dự có ...' in a paragraph of its own
        presiding = _PRESIDING_LIST.match(sent.text) is not None  # 'Chủ trì hội nghị gồm các đồng chí: A, ...; B, ...'
        if not (in_paragraph or sent.is_caption or presenting or attending or presiding or _ABOUT_EVENT.search(sent.text)):
            continue
        mentions = doc.values("people", sent.start, sent.end, base=sent.start)
        if not mentions:
            continue
        # 'Đồng chí A, ... và đồng chí B, ... dự và chỉ đạo Đại hội': the verb after the last of them is all theirs
        shared = _SHARED_VERB.match(sent.text, mentions[-1].chain_end) if len(mentions) > 1 else None
        # 'Trung tá A, Chỉ huy trưởng ...; Thượng tá B, Chính trị viên ... chủ trì hội nghị': the people listed preside
        # together (not one whose clause the verb is not in: 'A báo cáo; B chủ trì')
        co_presiding = (
            len(mentions) > 1
            and _SHARED_PRESIDING.match(sent.text, mentions[-1].chain_end) is not None
            and all(_JOINED.fullmatch(sent.text, a.chain_end, b.start) for a, b in pairwise(mentions))
        )
        presenter_before = False  # a person named before, who presents: those after the verb are its objects
        at_events = given_at.get(sent.start, set())  # (the sentence's event, whoever it names)
        event = by_key[next(iter(at_events))] if len(at_events) == 1 and None not in at_events else told_before(sent.start)
        if sent.is_caption and not at_events:
            event = told_before(sent.start, in_paragraph=False)  # a photo's caption: of the event told last before it
        for m in mentions:
            before = sent.text[: m.start]
            after_at = m.chain_end
            after = re.split(r"[;.]", sent.text[after_at:])[0][:100]
            if reported := _REPORTING.match(after):
                # 'Ông A cho biết, năm 2024 UBND tỉnh đã tặng ...': what A reports, not what A did (but 'nhấn mạnh' is speaking)
                after = after[: reported.end()]
            part = next((name for name, _ in _PARTS if _plays(doc, name, sent.start + after_at, after)), None)
            if part is None and event.awards and _HANDS_DECISION.match(after):
                # 'Đại tá A, Giám đốc Công an tỉnh trao quyết định và chúc mừng các đồng chí: ...' at the ceremony of
                # handing over an award's decisions: the decisions of the award its name tells
                part = "presented_awards"
            if part is not None and home_opened(sent.text, m.start) is not None:
                part = None  # 'tại nhà riêng ông A, lãnh đạo tỉnh đã trao ...': A's home, where it was done, not A
            if part is None and presiding:
                part = "presided"
            if part is None and _SAYS.match(after):
                part = "spoke"  # 'đồng chí A thay mặt lãnh đạo tỉnh chúc mừng ...': what the person said there, right after
            if part is None and m is mentions[0] and _FRONTED_SPEECH.match(before):
                part = "spoke"  # 'Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh A ghi nhận ...': the subject it is set before
            if part is None and _ATTENDANCE.search(before):
                part = "attended"
            if part is None and co_presiding:
                part = "presided"
            if part is None and shared is not None:
                part = "attended"
            if part is None:
                at = max(0, len(before) - 40, before.rfind(";") + 1)  # (a verb of the clause before is not theirs)
                part = next((name for name, _ in _PARTS if _plays(doc, name, sent.start + at, before[at:])), None)
                if part == "presented_awards" and (_GIVEN_TO.search(before[at:]) or presenter_before):
                    # 'trao Giấy khen cho anh A', 'A trao Huân chương và chúc mừng ông B': the one it is given to
                    part = None
            if part == "presented_awards" and _GIVEN_TO.search(before, max(0, len(before) - 40)):
                part = None  # 'trao Huân chương cho VĐV A và trao thưởng cho ...': the one given to, whatever follows
            elif part == "presented_awards" and (sent.start, m.name) in received:
                part = None  # 'tặng Giấy khen cho 5 cá nhân gồm: ông A (...), bà B': those it is given to
            elif (
                part == "presented_awards"
                and (verb := presents(after))
                and confers_by_decision(sent.text[:after_at] + after[: verb.start()], verb)
            ):
                part = None  # 'Chủ tịch nước Võ Văn Thưởng đã tặng Huân chương ...': decided, handed over by no one named
            elif part == "presented_awards":
                presenter_before = True
            if part:
                _take_part(event, m.name, part, Evidence(sent.start, sent.end, sent.text, f"participations.{part}"))
            if part not in (None, "attended") and _ATTENDS_AND.match(after):
                # 'A, Phó Bí thư Tỉnh ủy dự và phát biểu chỉ đạo': there, and speaking
                _take_part(event, m.name, "attended", Evidence(sent.start, sent.end, sent.text, "participations.attended"))
    # who handed a grant over at an event presented awards there, whatever words the sentence used ('trao danh hiệu')
    for g in facts.grants:
        event = by_key.get(g.event or "")
        if g.presenter and event is not None:
            ev = Evidence(g.evidence.start, g.evidence.end, g.evidence.text, "participations.presented_awards")
            _take_part(event, g.presenter, "presented_awards", ev)


def _take_part(event: EventFact, person: str, part: str, evidence: Evidence) -> None:
    """The person's part in the event, told once whatever sentences tell it; a figure of history ('Chủ tịch Hồ Chí
    Minh' in a speech quoted) takes none."""
    if person in FIGURES:
        return
    if not any((p.person, p.part) == (person, part) for p in event.participants):
        event.participants.append(Participation(person, part, evidence))


# 'đã trao Cờ cho Công ty', 'trao Huân chương cho đơn vị': an award named in full before, by its first word
# ('trao Quyết định của Chủ tịch nước cho thân nhân các mẹ': the decision conferring it, by whom it confers; 'trao
# thưởng cho các nhà giáo', 'trao các phần thưởng': the rewards)
_AWARD_TOLD_BEFORE = re.compile(
    r"\s+(?:tặng\s+)?(?:Cờ|Huân chương|Bằng khen|Giấy khen|Kỷ niệm chương|Huy chương|Bằng|danh hiệu|thưởng|[Qq]uyết định"
    r"(?:\s+của\s+(?:Chủ tịch nước|Thủ tướng Chính phủ|Chủ tịch (?:UBND|Ủy ban nhân dân)(?:\s+(?:tỉnh|huyện|thành phố|thị xã|quận))?))?)"
    r"\s+(?:cho|tới|đến)(?!\w)"
    # 'dự và trao các phần thưởng.', 'trao phần thưởng tại buổi lễ', 'dự và trao khen thưởng.': the rewards, to no one named
    r"|\s+(?:các\s+)?(?:phần\s+thưởng|khen\s+thưởng)(?:\s+(?:cho|tới|đến|tại)(?!\w)|\s*(?:[.;,]|$))"
    # 'trao Huy hiệu 55 năm tuổi Đảng cho 2 đảng viên': the Party's badge, an honour handed over, if none of the system's
    r"|\s+(?:tặng\s+)?Huy hiệu\s+(?:Đảng|[\d, ]+năm tuổi Đảng)(?!\w)"
    # 'đã trao Huy hiệu và tặng hoa chúc mừng đồng chí A': a badge named before, by its word alone
    r"|\s+(?:tặng\s+)?Huy hiệu(?=\s+(?:và|cho|tới|đến)(?!\w)|\s*(?:[.;,]|$))"
)


# what may stand between a name's titles and the person's act: an aspect, or whom they act for ('đã', 'thay mặt lãnh đạo
# tỉnh,', 'đại diện Ban Tổ chức')
_AFTER_NAME = r"\s*,?\s*(?:(?:đã|cũng|thay mặt\s[^,;.]{0,60}?|đại diện\s[^,;.]{0,40}?)\s*,?\s+)*"
# a decision handed over by the one named, with nothing after it that names what it decides ('trao quyết định và chúc
# mừng ...', 'trao các quyết định.'; not 'trao quyết định bổ nhiệm ...', 'trao quyết định cho ...', read as awards are)
_HANDS_DECISION = re.compile(_AFTER_NAME + r"trao(?:\s+tặng)?\s+(?:các\s+)?[Qq]uyết định(?=\s+và\s|\s*[.;,]|\s*$)")


# a lead that dates a sentence to the day told before it ('Cùng ngày,', 'Chiều cùng ngày,', 'Cũng trong ngày,')
_SAME_DAY_LEAD = re.compile(
    r"\W*(?:(?:[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối)\s+)?(?:[Cc]ùng ngày|(?:[Cc]ũng\s+)?[Tt]rong ngày(?:\s+hôm đó)?)\s*,"
)
# what a speaker says, right after the name and titles (on someone's behalf): 'chúc mừng', 'ghi nhận', 'yêu cầu' (only
# after: 'trao Huân chương và chúc mừng ông B' is said to B)
_SAYS_VERB = re.compile(r"(?<!\w)(?:chúc mừng|ghi nhận|đánh giá cao|yêu cầu|gửi lời|bày tỏ|mong muốn|căn dặn|biểu dương những)(?!\w)")
_SAYS = re.compile(_AFTER_NAME + _SAYS_VERB.pattern)
# a speech set before its speaker, the sentence's subject: 'Phát biểu chỉ đạo tại hội nghị, ', 'Phát biểu kết luận, '
# (the speaker's titles may come between: 'Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh ')
_FRONTED_SPEECH = re.compile(
    r"\W*(?:[Pp]hát biểu(?:\s+(?:chỉ đạo|khai mạc|bế mạc|kết luận|tổng kết|tại|chúc mừng))?|[Kk]ết luận|[Cc]hỉ đạo)"
    r"(?!\w)[^,;.]{0,80},\s*[^,;.]{0,80}$"
)
_GIVEN_TO = re.compile(r"(?<!\w)cho\s+(?:\S+\s+){0,3}$")
# a verb of reporting right after a person's name and titles: what follows is said, not done
_REPORTING = re.compile(rf"\s*,?\s*(?:đã\s+|cũng\s+)?(?:{REPORTING_VERBS}|báo cáo)(?!\w)")


_SHARED_VERB = re.compile(r"\s*(?:cùng\s+)?(?:đã\s+)?(?:về\s+)?(?:" + _PART["attended"].pattern + ")", re.I)
_SHARED_PRESIDING = re.compile(r"\s*(?:cùng\s+)?(?:đồng\s+)?(?:" + _PART["presided"].pattern + r")(?!\w)", re.I)
# what joins people who act together ('A, ...; Thượng tá B, ...', '... và đồng chí B'): the cue binding reads too
_JOINED = lexicon.cue("joined-people")


def _plays(doc: Document, part: str, start: int, text: str) -> bool:
    """Whether `text` (at document offset `start`) says the part is played; receiving an award, or handing
    over flowers or a hosting right, is not presenting awards."""
    if part == "presented_awards":
        m = presents(text)
        return m is not None and (
            bool(doc.spans("awards", start + m.end(), start + min(len(text), m.end() + 80)))
            or _AWARD_TOLD_BEFORE.match(text, m.end()) is not None
        )
    return _PART[part].search(text) is not None
