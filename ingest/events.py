"""Events that took place: conferences, ceremonies, congresses and meetings.

An event is reported by a trigger ('X tổ chức Hội nghị ...', 'đã diễn ra Hội
nghị ...', a caption 'Tổ chức thành công Đại hội ...', 'Huyện X đón Bằng ...').
Planned events ('sẽ tổ chức', 'tham mưu tổ chức') and events held by everyone
('các cơ quan, đơn vị tổ chức hội nghị') are not events of the article.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from . import levels, lexicon
from .awards import GOVERNMENT_FORM, is_ancestor, refine_for_conferrer, same_award
from .campaigns import quotes
from .conferrers import REPORTING_VERBS, subject_before, unit_as_written
from .dategrammar import DAY_WRITTEN, PARTS_OF_DAY
from .dates import date_before, tells_when
from .document import Document, Sentence, Span
from .facts import EventFact, Evidence
from .gazetteer import Unit
from .names import UPPER
from .orgs import BARE_ORGAN, PEOPLES_COMMITTEE, OrgRef, agents, commune_committee, peoples_committee
from .places import unit_for_subject
from .verbs import presents

_HEAD = (
    r"(?:[Hh]ội nghị|[Ll]ễ|[Đđ]ại lễ|[Đđ]ại hội|[Hh]ội thảo|[Hh]ội thi|[Hh]ội thao|[Hh]ội khỏe|[Hh]ội diễn|[Tt]ọa đàm|[Dd]iễn đàn|[Kk]ỳ họp|[Pp]hiên họp|[Cc]uộc họp"
    r"|[Nn]gày hội|[Ll]iên hoan|[Mm]ít tinh|[Hh]ội trại|[Đđ]êm (?:vinh danh|tôn vinh|trao giải|gala)"
    r"|[Cc]hương trình (?:nghệ thuật|giao lưu|gặp mặt|họp mặt|văn nghệ|tôn vinh|vinh danh|tuyên dương|biểu dương|kỷ niệm|khen thưởng)"
    r"|[Cc]hương trình(?=\s+[“\"«]))(?!\w)"  # a programme held, or one held under a quoted name, not one carried out
)
_KIND = {
    "hội nghị": "Conference",
    "lễ": "Ceremony",
    "đại lễ": "Ceremony",  # 'Đại lễ Phật đản', 'Đại lễ kỷ niệm 1000 năm ...': a great ceremony
    "đại hội": "Congress",
    "kỳ họp": "Meeting",
    "phiên họp": "Meeting",
    "cuộc họp": "Meeting",
    "chương trình": "Ceremony",
    "ngày hội": "Ceremony",
    "liên hoan": "Ceremony",
    "mít tinh": "Ceremony",
    "đêm": "Ceremony",  # 'Đêm vinh danh ...': an evening's ceremony
}
_TRIGGER = lexicon.cue("event-trigger")
_OWN_TIME = lexicon.cue("own-time")
_RECEIVE = lexicon.cue("receiving-ceremony")
_GIVEN_TO = lexicon.cue("passive-given")  # 'được (X) tặng', 'nhận': an award the recipient got
_MEETING = lexicon.cue("meeting")
# 'chủ trì cuộc họp với các thành viên hội đồng để xét ...': the purpose is the meeting's name
_MEETING_PURPOSE = lexicon.cue("meeting-purpose")
_MEETING_REST_END = lexicon.cue("meeting-name-end")
# what may stand between 'tổ chức' and the event: qualifiers, or an appositive ended by a dash
_BEFORE_HEAD = lexicon.cue("before-event-head")
_PLANNED = lexicon.cue("planned")
# a plan on a meeting's agenda, not the meeting's: 'Hội nghị tổng kết ... và triển khai kế hoạch năm 2023'
_AGENDA = re.compile(r"(?<!\w)(?:triển khai|thực hiện|xây dựng|ban hành|thông qua)\s+kế hoạch(?!\w)", re.I)


def _plan_before(doc: Document, pos: int, floor: int = 0) -> bool:
    """Whether the words right before `pos` (from `floor` on) say the event is planned ('sẽ tổ chức', 'tham mưu tổ
    chức'), not a body's name holding such a word ('Khối thi đua các cơ quan tham mưu tổng hợp tổ chức ...')."""
    start = max(floor, pos - _PLAN_REACH)
    sent = doc.sentence_at(pos)
    if sent is not None and (opening := _PLAN_OPENS.match(sent.text)) and ";" not in doc.text[sent.start + opening.end() : pos]:
        return True  # 'Dự kiến ngày 15/1, Sở Nội vụ tổ chức hội nghị ...': the sentence opens on the plan, its verb far on
    bodies = doc.spans("orgs", sent.start if sent is not None else start, pos)  # (those begun before the window too)
    return any(not any(b.start <= start + m.start() < b.end for b in bodies) for m in _PLANNED.finditer(doc.text[start:pos]))


_PLAN_REACH = 25  # how far before the event's verb a plan's word is looked for
# a sentence that opens on a plan ('Dự kiến ngày 15/1, ...', 'Theo kế hoạch, ...'; not 'Thực hiện kế hoạch, ...', done)
_PLAN_OPENS = re.compile(r"\W*(?:[Tt]heo\s+(?:dự kiến|kế hoạch)|[Dd]ự kiến)(?!\w)")


def _planned(text: str) -> bool:
    """Whether an event's name or its clause speaks of a plan (not of one on the agenda it names, nor in the name of a
    movement, quoted or the occasion it salutes: 'phát động đợt thi đua “... tiến tới Đại hội XIV”')."""
    return bool(_PLANNED.search(_AGENDA.sub(" ", _own_words(text))))


# the occasion a drive of emulation salutes, after its name ('phát động thi đua lập thành tích chào mừng Đại hội Đảng bộ
# các cấp, tiến tới Đại hội XIV của Đảng'): another event's words, not the one launching it
_SALUTED = re.compile(r"(?<!\w)thi đua(?!\w)[^.;:]*?\s(?P<verb>chào mừng|tiến tới|hướng tới)(?!\w)", re.I)


def _own_words(text: str) -> str:
    """An event's words that may say it is planned or held at every level: outside what it quotes and the occasion
    its drive of emulation salutes (blanked, offsets kept)."""
    text = _unquoted(text)
    if (saluted := _SALUTED.search(text)) is None:
        return text
    return text[: saluted.start("verb")] + " " * (len(text) - saluted.start("verb"))


def _unquoted(text: str) -> str:
    """The text with what it quotes blanked out, offsets kept."""
    parts, at = [], 0
    for q in quotes(text):  # in order, apart
        parts += [text[at : q.start], " " * (q.end - q.start)]
        at = q.end
    return "".join(parts) + text[at:] if parts else text


_TIME_LEAD = lexicon.cue("time-lead")
# the days an event ran over, leading its clause: no part of who held it
_DAYS_LEAD = re.compile(r"^\W*(?:[Tt]ừ\s+(?:ngày\s+)?|[Tt]rong\s+(?:(?:các|\d+|hai|ba)\s+)?ngày\s+)\d[^,;]{0,40},\s*")
_GENERIC_SUBJECT = lexicon.cue("plural-subject")
_LABEL_STOP = lexicon.cue("event-name-end")
_GENERIC_LABEL = lexicon.cue("generic-event")
_PLACE = lexicon.cue("event-venue")


# the organs a venue's name holds, written short ('Hội trường UBND xã X'), and in full as the graph names them
_VENUE_ORGANS = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "UBMTTQ": "Ủy ban Mặt trận Tổ quốc"}
_VENUE_ORGAN = re.compile(r"(?<!\w)(?:UBND|HĐND|UBMTTQ)(?!\w)")


def _venue(m: re.Match[str] | None) -> str | None:
    """The venue an event was held at ('tại Hội trường UBND xã Bình Khương'), its organs' names in full, a building's
    head capitalised as the venue's name is ('tại hội trường UBND xã X': 'Hội trường Ủy ban nhân dân xã X')."""
    if m is None:
        return None
    place = _VENUE_ORGAN.sub(lambda o: _VENUE_ORGANS[o.group(0)], m["place"])
    heads = ("hội trường", "trụ sở", "phòng họp", "nhà văn hóa", "sân vận động", "quảng trường", "nhà thi đấu", "trung tâm hội nghị")
    return place[0].upper() + place[1:] if place.startswith(heads) else place


_INVERTED = lexicon.cue("event-then-verb")
_AFTER_PLURAL = re.compile(r"(?:các|những|nhiều)\s*$")  # 'tổ chức các hội nghị': events in general, not one held
_HOSTED = lexicon.cue("event-hosted")


def _organiser_after(doc: Document, start: int, end: int) -> OrgRef | None:
    """'... được tổ chức bởi UBND huyện X' / 'do UBND huyện X tổ chức', in text[start:end]."""
    m = re.match(r"\s*(?:bởi|do)\s+(?P<who>[^,.;]+)", doc.text[start:end])
    if not m:
        return None
    orgs = agents(doc, start + m.start("who"), start + m.end("who"))
    return orgs[0].value if orgs else None


_LONG_LABEL_CUT = lexicon.cue("long-name-cut")
# a decision or an award right before 'của': what follows names who gives it ('Quyết định của Chủ tịch nước', 'Bằng khen
# của Thủ tướng Chính phủ'), part of the event's name and not its organiser
_GIVER_FOLLOWS = re.compile(r"(?<!\w)(?:[Qq]uyết định|Bằng khen|Giấy khen|Cờ thi đua|Kỷ niệm chương)\s*$")
_LABEL_WORDS = 20
# what a decision the ceremony announces is about, part of its name: 'Lễ công bố Quyết định (số 12/QĐ-CTN) (của Chủ
# tịch nước) về việc phong tặng danh hiệu ...' (a decision on an appointment gives no award, and its name ends there)
_DECISION_SUBJECT = re.compile(r"\s+về\s+việc\s+(?:\w+\s+){0,2}?(?:phong tặng|truy tặng|tặng|khen thưởng|công nhận)(?!\w)")
_DECISION_BEFORE = re.compile(r"(?<!\w)[Qq]uyết định(?!\w)")


def _label(text: str, start: int) -> str:
    # the first end cue outside quotation marks: 'với chủ đề “Gia đình hạnh phúc – Quốc gia thịnh vượng”' is one name
    label = text[start : start + 3 + _end_outside_quotes(_LABEL_STOP, text[start + 3 :])].strip(" ,")
    if label.endswith(".") and len(label.split()) == 1:
        label = label[:-1]  # 'tổ chức lễ.': the sentence's stop, inside the few letters read before any stop is sought
    # 'Lễ kỷ niệm 43 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2025) và đón nhận ...': the dates in brackets are
    # read through, and left out of the name
    label = _DATES_IN_BRACKETS.sub("", label)
    # '... đón nhận Huân chương X do Chủ tịch nước trao tặng và kỷ niệm ...': who gave it, left out of a name going on
    label = _GIVER_WITHIN.sub("", label)
    if len(label.split()) > _LABEL_WORDS:
        # 'Lễ trao tặng Huân chương của Chủ tịch nước cho 83 đồng chí nguyên là ...': the name ends before its complements
        third = len(" ".join(label.split()[:3]))
        # not at an owner where too little is left to name it ('Lễ trao Quyết định' of 'Lễ trao Quyết định của Thủ tướng ...')
        quoted = [(q.start, q.end) for q in quotes(label)]  # nor inside a quoted name ('"... chung tay vì người nghèo"')
        cuts = (
            c
            for c in _LONG_LABEL_CUT.finditer(label, third)
            if not any(a <= c.start() < b for a, b in quoted)
            and not (_DECISION_SUBJECT.match(label, c.start()) and _DECISION_BEFORE.search(label, 0, c.start()))
        )
        # nor at the giver of a decision or an award the ceremony is for ('Lễ công bố Quyết định của Chủ tịch nước ...')
        cut = next(
            (
                c
                for c in cuts
                if c.group().strip() != "của"
                or (len(label[: c.start()].split()) > _BARE_HEAD_WORDS and not _GIVER_FOLLOWS.search(label, 0, c.start()))
            ),
            None,
        )
        label = label[: cut.start()].rstrip(" ,;:") if cut else label  # (no comma the cut leaves: '..., học sinh lớp 4A,')
    # ('Hội nghị tổng kết năm 2023 ,triển khai nhiệm vụ năm 2024': a comma typed astray is set as a name writes it)
    label = _SPACE_BEFORE_MARK.sub(r"\1", label)
    label = _NO_SPACE_AFTER_MARK.sub(r"\1 ", label)
    # ('Lễ kỷ niệm 20 năm thành lập trường và khai mạc Hội khỏe Phù Đổng': the name cut before the next event's, the word
    # that joined them left behind; and the dates in brackets it then ends on)
    if (joined := _TRAILING_JOIN.search(label)) is not None:
        label = _DATES_AT_END.sub("", label[: joined.start()])
    return label[0].upper() + label[1:] if label else label


_SPACE_BEFORE_MARK = re.compile(r"\s+([,;])")
_NO_SPACE_AFTER_MARK = re.compile(r"([,;])(?=[^\s\d”\"»)’'])")


_GIVER_WITHIN = re.compile(r"\s+do\s+[^,.;]{2,80}?\s(?:trao tặng|trao|tặng)(?=\s+và\s)")


# dates or years in brackets, which an anniversary's name carries ('(20/11/1982 - 20/11/2025)', '(1945-2025)')
# where the name goes on after them ('... (1945 - 2025) và đón nhận ...', '... (3/3/1959 - 3/3/2024), 35 năm Ngày ...',
# '... (1968-2023), đón nhận Huân chương ...'); before another comma or the sentence's end they end it
_YEARS_IN_BRACKETS = r"\s*\((?:\d{1,2}[/.-]\d{1,2}[/.-])?\d{4}\s*[-–]\s*(?:\d{1,2}[/.-]\d{1,2}[/.-])?\d{4}\)"
_DATES_IN_BRACKETS = re.compile(
    _YEARS_IN_BRACKETS + r"(?=\s+và\s|,\s*\d+\s+năm\s|,\s*(?:và\s+)?đón nhận\s)"
    # (or the years a count of years spans, the name going on: 'tổng kết 10 năm (2010 - 2020) thực hiện phong trào ...')
    r"|(?<=\d năm)\s*\(\d{4}\s*[-–]\s*\d{4}\)(?=\s+[a-zà-ỹđ])"
)
_DATES_AT_END = re.compile(_YEARS_IN_BRACKETS + "$")  # (those a name cut short ends on)
# the word a name cut before the next event's leaves behind ('Lễ kỷ niệm ... và' of '... và khai mạc Hội khỏe Phù Đổng')
_TRAILING_JOIN = re.compile(r"(?:\s*,|\s+(?:và|cùng|cùng với|với|đồng thời))+\s*$")


def _generic(label: str) -> bool:
    """Whether an event's name says it is held at every level or every year ('Đại hội các cấp'), outside the name of a
    movement it launches ('Lễ phát động đợt thi đua “Chào mừng Đại hội Đảng bộ các cấp”', or unquoted, 'Lễ phát động
    thi đua chào mừng Đại hội Đảng bộ các cấp', is one ceremony)."""
    return _GENERIC_LABEL.search(_own_words(label)) is not None


def _end_outside_quotes(end: re.Pattern[str], text: str) -> int:
    """Where a name ends: at the first end cue outside quotation marks ('xét tặng danh hiệu “Người tốt, việc tốt” năm
    2018' is one name, its comma inside the title it names)."""
    # in order, apart: walked once beside the cues; dates in brackets too ('(1945 - 2025)' inside an anniversary's name)
    inside = sorted([(q.start, q.end) for q in quotes(text)] + [(m.start() + 1, m.end()) for m in _DATES_IN_BRACKETS.finditer(text)])
    i = 0
    for m in end.finditer(text):
        while i < len(inside) and inside[i][1] <= m.start():
            i += 1
        if i == len(inside) or m.start() < inside[i][0]:
            return m.start()
    return len(text)


def _kind(label: str) -> str:
    low = label.lower()
    return next((k for h, k in _KIND.items() if low.startswith(h)), "Meeting" if low.startswith("họp") else "Conference")


def _organiser(doc: Document, start: int, end: int, label: str) -> OrgRef | None:
    """The body of the subject text[start:end] that organised the event."""
    # ('tại Nhà hát Lớn, UBND thành phố tổ chức': the body where it was held is a venue, not an organiser)
    orgs = [o for o in agents(doc, start, end) if not _VENUE_BEFORE.search(doc.text, max(start, o.start - 6), o.start)]
    # ('dưới sự chủ trì của đồng chí A, Chủ tịch UBND huyện, Hội đồng TĐKT huyện đã họp': a body of a person's title is
    # no subject where another body is named; where none is, the titled person's body holds it, as before)
    people = [p for p in doc.spans("people", max(0, start - _TITLED_BEFORE), end) if p.end > start]  # (one named before it too)
    orgs = [o for o in orgs if not any(p.start <= o.start < p.end for p in people)] or orgs
    if orgs and _after_partner(doc, start, orgs[0].start):
        return None  # 'Quỹ X phối hợp với Sở Y tổ chức ...': the partner of a lead body no rule reads, not the organiser
    if orgs:
        return orgs[0].value  # of joint organisers ('Huyện ủy - HĐND - UBND huyện X'), the lead one
    if (commune := commune_committee(doc, start, end)) is not None:
        return commune
    if (hamlet := _HAMLET.match(doc.text, start, end)) is not None:
        # 'khu dân cư Tân Tiến, xã X (huyện Y) tổ chức Ngày hội ...': the hamlet holds it, not the places of its address
        return unit_as_written(hamlet["name"])
    unit: Unit | None = unit_for_subject(doc, start, end)
    if unit is None or label.lower().startswith("đại hội đảng"):
        # the People's Committee acts for its place, but does not hold Party congresses
        return None
    return peoples_committee(unit)


_TITLED_BEFORE = 300  # how far before a subject a person whose title runs into it may be named
_HAMLET = re.compile(r"[\s,]*(?P<name>" + lexicon.cue("hamlet-named").pattern + ")")
_OF = re.compile(r"\scủa\s")
_PARTNER_BEFORE = re.compile(r"(?<!\w)(?:phối hợp(?:\s+với)?|cùng với)\s+$", re.I)


def _after_partner(doc: Document, start: int, at: int) -> bool:
    """Whether the body at `at` is named as a partner ('phối hợp với', 'cùng với'), not before `start`."""
    return _PARTNER_BEFORE.search(doc.text, max(start, at - 16), at) is not None


_ADVERBS_BEFORE = re.compile(r"(?:\s+(?:đã|vừa|được|vinh dự|rất vinh dự|long trọng|trọng thể|tổ chức))*\s*$")
_VENUE_BEFORE = re.compile(r"(?<!\w)(?:tại|ở)\s+$", re.I)


def _body_right_before(doc: Document, start: int, verb: int) -> OrgRef | None:
    """The body named right before a verb (its name's commas and all), if one is."""
    bodies = [b for b in agents(doc, start, verb) if not doc.text[b.end : verb].strip(" ,")]
    if bodies and _after_partner(doc, start, bodies[-1].start):
        return None  # (the partner of a lead body unread: see _organiser)
    return bodies[-1].value if bodies else None


def _organiser_of(doc: Document, start: int, end: int, label: str) -> OrgRef | None:
    """The body an event's name says it is of, in text[start:end] ('Hội nghị tổng kết ... của Công an huyện X'; '... của
    huyện X': a place's People's Committee)."""
    of = _OF.search(doc.text, start, end)
    if of and _GIVER_FOLLOWS.search(doc.text, start, of.start()):
        return None  # 'Lễ đón nhận Quyết định của Bộ X công nhận ...': who decided or gave, not whose event it is
    return _organiser(doc, of.end(), end, label) if of else None


_VENUE_LEAD = lexicon.cue("venue-lead")


# a colon that opens a list inside the subject ('Cụm thi đua số 3 gồm các huyện: A, B, C tổ chức ...', '... gồm 5 đơn vị:'),
# not a clause
_LIST_IN_SUBJECT = re.compile(r"(?<!\w)gồm(?:\s+có)?(?:\s+(?:các|những|\d{1,3})\s+\w+(?:\s\w+)?)?\s*$")


_MEMBERS_LISTED = re.compile(r"(?<!\w)gồm(?:\s+có)?(?:\s+(?:các|những))?\s")


# a reporting verb and the comma that opens what it reports ('Ông A cho biết, ...'), the last one before the verb
_SAID = re.compile(rf"(?<!\w)(?:{REPORTING_VERBS})\s*,(?!.*(?<!\w)(?:{REPORTING_VERBS})\s*,)")


def _subject(sent: Sentence, doc: Document, trigger_start: int) -> str:
    """The words before an event's verb that name who held it: the clause's, after its time and venue."""
    text = sent.text
    colon = text.rfind(":", 0, trigger_start)
    while colon != -1 and _LIST_IN_SUBJECT.search(text, max(0, colon - 40), colon):
        colon = text.rfind(":", 0, colon)
    clause_start = max(text.rfind(";", 0, trigger_start), colon) + 1
    subject = text[clause_start:trigger_start]
    if "," in subject and (said := _SAID.search(subject)) is not None:
        subject = subject[said.end() :]  # 'Hội X cho biết, các xã đã tổ chức ...': who held it is in what is reported
    if not re.search(r"[^\W\d_]{2}", subject.replace("đã", "")):
        # the clause shares the sentence's subject: the words before its first verb
        subject = re.split(r"(?<!\w)(?:đã|đang|tập trung|chỉ đạo|thực hiện)(?!\w)", text[:trigger_start])[0]
    # drop leading time adverbials: 'Ngày 19/1/2021,', 'Sáng ngày 06/2/2021,', 'Vừa qua'
    subject = _TIME_LEAD.sub("", subject, count=1)
    subject = _DAYS_LEAD.sub("", subject, count=1)  # 'Từ ngày 8 đến 11/1/2024,', 'Trong các ngày 8 - 11/1,'
    subject = _VENUE_LEAD.sub("", subject, count=1)  # 'tại huyện Tân Uyên Khối thi đua ... tổ chức'
    if re.match(r"\s*tại\s", subject) and "," in subject.rstrip(" ,"):
        phrases = _phrases(sent, doc, trigger_start, subject)
        # 'tại Nhà hát Lớn, Thành ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam TP Hà Nội tổ chức': the place's bodies, held jointly
        # (the run of such organs right before the last phrase, after the venue's first: read once, back from the last)
        joint = len(phrases) - 1
        # (a phrase in lower case goes on the name before it: 'Khối thi đua các trường đại học, học viện trực thuộc Bộ X')
        while joint > 1 and phrases[joint].strip()[:1].islower():
            joint -= 1
        while joint > 1 and BARE_ORGAN.fullmatch(phrases[joint - 1].strip()):
            joint -= 1
        # (a list of members inside the subject runs on to the verb: 'tại UBND huyện A, Cụm thi đua số 3 gồm các huyện
        # A, B, C tổ chức': the phrase that opens it names the subject)
        listing = next((k for k in range(1, len(phrases)) if _MEMBERS_LISTED.search(phrases[k])), None)
        if listing is not None:
            joint = min(joint, listing)
        # else the last phrase: 'tại Hội trường A, Học viện B, Khối thi đua C đã tổ chức'
        subject = ",".join(phrases[joint:])
    elif re.match(r"\s*tại\s", subject):
        return ""  # 'tại Hội trường UBND tỉnh đã diễn ra Lễ ...': a venue, no organiser
    return subject


def _phrases(sent: Sentence, doc: Document, trigger_start: int, subject: str) -> list[str]:
    """The subject's comma-separated phrases (the subject being the words right before the trigger); a comma inside a
    body's name cuts nothing ('tại Nhà văn hóa tỉnh, Sở Văn hóa, Thể thao và Du lịch tỉnh X tổ chức': two phrases, the
    venue and the body)."""
    at = sent.start + trigger_start - len(subject)
    inside = [(b.start - at, b.end - at) for b in doc.spans("orgs", at, at + len(subject))]
    words = subject.rstrip(" ,")
    cuts = [i for i, c in enumerate(words) if c == "," and not any(a < i < b for a, b in inside)]
    return [words[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(words)], strict=True)]


# a headline that reports an award handed over in person ('Trao Huân chương Lao động hạng Ba cho đồng chí X'):
# a ceremony, unlike a decision ('Tặng Bằng khen cho 25 tập thể')
_HANDING_OVER = lexicon.cue("handing-over-headline")


# a headline's lead-in before the event's name: its place or body ('Huyện Chư Sê: Hội nghị tổng kết ...')
# ('Hoà Thành: Tổng kết công tác thi đua khen thưởng năm 2015': a meeting named by what was held, after the lead-in)
_HEADLINE_LEAD_IN = re.compile(rf"[^:.!?]{{2,40}}:\s*(?={_HEAD}|(?:Tổng kết|Sơ kết)\s)")


_PRESIDED_OR_ATTENDED = re.compile(
    r"(?<!\w)(?:chủ trì|(?:tham |tới |về |đến )?dự)(?!\w)(?!\s+(?:án|kiến|báo|thảo|toán|định|trữ|bị|phòng)(?!\w))"
)


def _headline_event(doc: Document) -> EventFact | None:
    """A headline that is an event's name ('Hội nghị tổng kết ... năm 2022', after a lead-in: 'Huyện X: Hội nghị ...')
    or reports a handing-over, dated by the lead sentence."""
    # a headline in capitals ('HỘI NGHỊ TỔNG KẾT ...') is read as a sentence ('Hội nghị tổng kết ...')
    headline = doc.headline[:1] + doc.headline[1:].lower() if doc.headline and doc.headline.isupper() else doc.headline
    lead_in = _HEADLINE_LEAD_IN.match(headline) if headline else None
    named = lead_in or re.match(_HEAD, headline or "")
    if not headline or not (named or _HANDING_OVER.match(headline)) or not doc.sentences:
        return None
    title = doc.sentences[0]
    if title.start >= doc.body_start:  # no headline sentence
        return None
    lead = doc.lead_sentence()
    date = date_before(doc, lead.start, lead.end) if lead else None
    # (a lead that tells who presided over it or attended, naming it no more: 'Sáng 12/1, đồng chí A, Chủ tịch UBND
    # huyện chủ trì.' under 'Hội nghị tổng kết ...')
    if lead is None or not (re.search(r"tổ chức|diễn ra|tổng kết|sơ kết|khai mạc", lead.text) or _PRESIDED_OR_ATTENDED.search(lead.text)):
        date = None
    handing = _HANDING_OVER.match(headline) and not named
    start = lead_in.end() if lead_in else headline.find(":") + 1 if handing and ":" in headline[:42] else 0
    label = _label(headline, start)
    evidence = Evidence(title.start, title.end, title.text, "events.headline-handing-over" if handing else "events.headline")
    kind = "Ceremony" if handing else _kind(label)
    # (the awards its name holds, read from where the name starts: after a lead-in, 'Kỷ niệm Ngày Nhà giáo: trao ...')
    return EventFact("", label, kind, date, None, None, None, evidence, awards=_awards_in(doc, title.start + start, len(label), label))


def find_events(doc: Document) -> list[EventFact]:
    events: list[EventFact] = []
    headline = _headline_event(doc)
    for sent in doc.sentences:
        for ev in _events_in(sent, doc):
            named_meeting = next((e for e in events if e.kind == "Meeting"), None) if ev.kind == "Meeting" else None
            if named_meeting is not None and len(ev.label.split()) <= 2:
                # 'chủ trì cuộc họp': the meeting the article has already named (its day too, where the headline that
                # named it gave none: 'Hội đồng X họp xét hồ sơ' over 'Chiều 22-3-2024, Hội đồng ... tổ chức phiên họp')
                named_meeting.date = named_meeting.date or ev.date
                continue
            # a headline says it shorter: less of its wording must recur in the body's telling, or the ceremony hands
            # over the award it names ('T78 đón nhận Huân chương Lao động hạng Nhất' and 'Lễ kỷ niệm ... và đón nhận ...')
            same = next((e for e in events if _same_event(e, ev, 0.6 if e.evidence.start < doc.body_start else 0.75)), None)
            if same is not None and _SAME_DAY.search(sent.text) and ev.organiser is not None and same.organiser not in (None, ev.organiser):
                same = None  # 'Chiều cùng ngày, Hội Nông dân huyện tổng kết công tác Hội': another body's, that day
            if same is None and sent.start >= doc.body_start and ev.kind == "Ceremony" and ev.awards:
                same = next(
                    (
                        e
                        for e in events
                        if e.evidence.start < doc.body_start and e.kind == "Ceremony" and _award_shared(e.awards, ev.awards)
                    ),
                    None,
                )
            if same is None and sent.start >= doc.body_start:
                # 'Xã A đón Bằng công nhận ...' over 'UBND huyện B phối hợp với UBND xã A tổ chức lễ đón nhận ...': the
                # headline's undated event, held by a commune, is the one its district holds there
                # (or the other way round: 'Thành phố X tổ chức Lễ mít tinh ...' over 'UBND phường X (mới) tổ chức Lễ mít tinh
                # ...', a headline naming the wider unit it knew, the body the commune of it that held it)
                same = next(
                    (
                        e
                        for e in events
                        if e.evidence.start < doc.body_start and e.date is None and (_held_for_commune(e, ev) or _held_for_commune(ev, e))
                    ),
                    None,
                )
            if same is None and ev.evidence.rule == "events.receiving-ceremony" and sent.is_caption and ev.date is None:
                # a photo's caption 'X vinh dự đón nhận danh hiệu cao quý ...' under the ceremony told: a moment of it
                same = next((e for e in events if e.kind == "Ceremony"), None)
            if same is None and ev.evidence.rule == "events.receiving-ceremony" and ev.awards and ev.date is None:
                # 'Ông A thay mặt tập thể đón nhận Huân chương ...' after 'tổ chức Lễ kỷ niệm ... đón nhận Huân chương':
                # the award received at the event told before, no ceremony of its own
                same = next((e for e in events if set(e.awards) & set(ev.awards)), None)
                if same is not None:
                    same.retold_at += (sent.start,)
            if same is None and sent.start >= doc.body_start and ev.kind == "Meeting" and ev.organiser is not None:
                # 'Hội đồng TĐKT tỉnh họp xét khen thưởng' over '... tổ chức phiên họp xét khen thưởng ...': one body's meeting
                same = next(
                    (e for e in events if e.evidence.start < doc.body_start and e.kind == "Meeting" and e.organiser == ev.organiser), None
                )
            if same is None:
                if ev.date is None and _SAME_DAY.search(sent.text):
                    # 'Chiều cùng ngày, UBND huyện tổ chức Lễ trao ...': the day told before, an event's (or, with none
                    # told yet, the last day the text names before: 'Ngày 10/1, Hội đồng họp. Chiều cùng ngày, ...')
                    ev.date = events[-1].date if events and events[-1].date else _last_day_before(doc, sent.start)
                elif ev.date is None and _NEXT_DAY.match(sent.text):
                    # 'Ngày hôm sau, UBND huyện tổ chức Lễ trao ...': the day after the one told before
                    before = events[-1].date if events and events[-1].date else _last_day_before(doc, sent.start)
                    ev.date = before + dt.timedelta(days=1) if before else None
                events.append(ev)
            else:
                if same.evidence.start < doc.body_start <= ev.evidence.start:
                    # the headline announced it; the body reports it in full
                    same.label, same.evidence, same.awards = ev.label, ev.evidence, ev.awards
                    same.organiser = ev.organiser or same.organiser
                same.date = same.date or ev.date
                same.organiser = same.organiser or ev.organiser
                same.place = same.place or ev.place
    # 'Xã X: Tổ chức Đại hội Thi đua yêu nước và kỷ niệm 75 năm Ngày thành lập xã' over the congress and the ceremony the
    # body tells: the headline joins two of them, neither one nor a third
    body_told = [e for e in events if e.evidence.start >= doc.body_start]
    events = [e for e in events if e.evidence.start >= doc.body_start or not _sums_up(e, body_told)]
    _date_told_after(doc, events)
    if not events:
        # a photo caption that names an event ('Lễ trao tặng Huân chương ... cho ...') shows it took place;
        # in an article reporting another event, such a caption shows a moment of that one
        for sent in doc.sentences:
            label = _label(sent.text, 0) if sent.is_caption and re.match(_HEAD, sent.text) else ""
            if not label or _generic(label) or _planned(sent.text):
                continue
            evidence = Evidence(sent.start, sent.end, sent.text, "events.caption")
            of = _organiser_of(doc, sent.start, sent.start + len(label), label)  # 'Hội nghị tổng kết ... của Hội CCB phường X'
            caption = EventFact(
                "", label, _kind(label), None, of, None, None, evidence, awards=_awards_in(doc, sent.start, len(label), label)
            )
            if not any(_same_event(e, caption) for e in events):
                events.append(caption)
    # a headline says it shorter ('Trao ... cho 12 cá nhân' for 'Lễ trao ... hạng ba'): less of its wording must recur
    # 'tổ chức hội nghị tổng kết.' under 'HỘI NGHỊ TỔNG KẾT CÔNG TÁC THI ĐUA ... NĂM 2023': the headline names it in full
    short = next((e for e in events if headline and _said_shorter(e.label, headline.label) and _same_event(e, headline, 0.6)), None)
    if short is not None:
        short.label = headline.label  # type: ignore[union-attr]
    if (
        headline is not None
        # ('Trao Huân chương Lao động cho Công ty X' over the body's 'Lễ kỷ niệm ... và đón nhận Huân chương Lao động
        # hạng Nhất': the ceremony handing over the award it names)
        and not any(
            _same_event(e, headline, 0.6)
            or e.evidence.start == headline.evidence.start
            or (headline.kind == e.kind == "Ceremony" and _award_shared(headline.awards, e.awards))
            # (or a meeting of the body that hands the same thing over: 'Hội nghị sơ kết và trao Huy hiệu Đảng')
            or (headline.kind == "Ceremony" and not headline.awards and not e.awards and _thing_shared(headline.label, e.label))
            for e in events
        )
        and not _sums_up(headline, events)
    ):
        host = _host_in_headline(doc, headline, events)
        if host is None:
            events.insert(0, headline)  # the article's main event
            _handed_over(doc, headline)
        else:  # 'Trao 13 Huân chương ... tại gặp mặt kỷ niệm Ngày truyền thống': a moment of the event the body tells
            host.awards = tuple(dict.fromkeys(host.awards + headline.awards))
    if events and all(e.kind == "Meeting" for e in events):
        events += _photographed_handings(doc)
    events = _without_headline_handed_at(doc, _without_headline_retold(doc, _without_headline_receiving(doc, events)))
    events = _without_headline_received_at_its_own(doc, events)
    for e in events:
        e.organiser = e.organiser or _organiser_by_name(doc, e)
        if e.kind == "Meeting" and e.organiser is not None and _BARE_MEETING.fullmatch(e.label):
            e.label = f"{e.label} của {e.organiser.name}"  # 'Phiên họp thứ nhất năm 2022 của Hội đồng Thi đua - Khen thưởng ...'
    for i, e in enumerate(events):
        e.key = f"e{i + 1}"
    return events


# a meeting named by its head alone, or with its number, kind and time ('Phiên họp', 'Phiên họp thứ nhất năm 2022'): a
# name that says no more than that is a meeting of the body that held it, as a meeting's full name says after 'của'
_MEETING_WHEN = (
    r"(?:\s+(?:lần\s+)?thứ\s+[\wIVX]+)?(?:\s+(?:thường kỳ|định kỳ|thường lệ|đột xuất|mở rộng))?"
    r"(?:\s+(?:quý\s+[IV]+|tháng\s+\d{1,2}|\d\s+tháng\s+(?:đầu|cuối)))?(?:\s+năm\s+\d{4})?"
)
_BARE_MEETING = re.compile(r"(?:Phiên họp|Cuộc họp)" + _MEETING_WHEN, re.I)
_WHEN_ALONE = re.compile(_MEETING_WHEN, re.I)  # (after a space: ' định kỳ quý II năm 2022')


# a photo's caption handing an award over ('PTT, Bộ trưởng trao cờ năm học 2008-2009 cho ...'): from the verb on
_CAPTION_HANDING = re.compile(
    r"(?<!\w)(?:trao tặng|trao|gắn)\s+(?:(?i:cờ|bằng khen|huân chương|huy chương|kỷ niệm chương|giấy khen|danh hiệu))(?!\w)[^.;]*"
)


def _photographed_handings(doc: Document) -> list[EventFact]:
    """A council's meeting votes, it hands nothing over: in an article whose only events are meetings, a photo's
    caption of an award handed over shows another occasion, undated, named by the handing-over."""
    out: list[EventFact] = []
    for sent in doc.sentences:
        m = _CAPTION_HANDING.search(sent.text) if sent.is_caption and not _planned(sent.text) else None
        if m is None:
            continue
        label = m.group(0).strip(" ,")
        label = label[:1].upper() + label[1:]
        evidence = Evidence(sent.start, sent.end, sent.text, "events.caption-handing-over")
        out.append(
            EventFact(
                "", label, "Ceremony", None, None, None, None, evidence, awards=_awards_in(doc, sent.start + m.start(), len(label), label)
            )
        )
    return out


# an event whose name says who holds it: a unit's emulation congress, held by its People's Committee ('Đại hội Thi đua
# yêu nước huyện Kim Bảng lần thứ V'); a body's own anniversary ('Lễ kỷ niệm 30 năm (Ngày) thành lập Hội CCB xã X')
_EMULATION_CONGRESS = re.compile(r"Đại hội Thi đua yêu nước\s", re.I)
_OWN_ANNIVERSARY = re.compile(r"\bkỷ niệm\s+\d+\s+năm\s+(?:[Nn]gày\s+)?thành lập\s+", re.I)


def _organiser_by_name(doc: Document, e: EventFact) -> OrgRef | None:
    """The body an event's name says holds it, where the text names none (see _EMULATION_CONGRESS, _OWN_ANNIVERSARY)."""
    at = e.named_at(doc.text)
    if at < 0:
        return None
    end = at + len(e.label)
    if _EMULATION_CONGRESS.match(e.label):
        units = [sp for sp in doc.spans("places", at, end) if sp.rule == "places.typed-unit"]
        return peoples_committee(units[0].value, doc.text[units[0].start : units[0].end].split(" ")[0]) if units else None
    if anniversary := _OWN_ANNIVERSARY.search(e.label):
        # (not a national body's: 'kỷ niệm 93 năm Ngày thành lập Hội Nông dân Việt Nam' is held in every province)
        body = [o.value for o in agents(doc, at + anniversary.end(), end) if o.start == at + anniversary.end()]
        return body[0] if body and not body[0].unplaced and body[0].unit_code else None
    if own := _COMMITTEE_MEETING.match(e.label):
        # 'Hội nghị Ban Chấp hành Đảng bộ huyện X lần thứ 15', 'Hội nghị lần thứ 5 Ban Chấp hành Hội Nông dân tỉnh Y': the
        # committee meets, its body holds it
        starts = {at + own.start("committee"), at + own.end()}
        body = [o.value for o in agents(doc, at, end) if o.start in starts]
        return body[0] if body and not body[0].unplaced else None
    return None


# a committee's own meeting, its body named after it
_COMMITTEE_MEETING = re.compile(
    r"(?:Hội nghị|Kỳ họp|Phiên họp)\s+(?:lần thứ\s+\S+\s+)?(?:của\s+)?(?P<committee>Ban Chấp hành|BCH|Ban Thường vụ|BTV)\s+"
)


def _without_headline_receiving(doc: Document, events: list[EventFact]) -> list[EventFact]:
    """'Cục Thuế X đón nhận Cờ thi đua' over 'Tại hội nghị, Cục Thuế vinh dự đón nhận Cờ thi đua ...': the award was
    received at the event the body tells, which no ceremony of the headline's stands beside."""
    received: set[str] = set()
    body = [e for e in events if e.evidence.start >= doc.body_start]
    if not body or not any(e.evidence.start < doc.body_start and e.evidence.rule in _HEADLINE_HANDING for e in events):
        return events  # (no headline's receiving beside the body's events: nothing to read the body for)
    for sent in doc.sentences:
        # ('Tại hội nghị, ...'; or, in an article whose body tells one event, a sentence with no time of its own)
        at_it = _AT_THE_EVENT.match(sent.text) or (
            len(body) == 1 and sent.start > body[0].evidence.start and not _OWN_TIME.search(sent.text)
        )
        if sent.start < doc.body_start or not at_it:
            continue
        if r := _RECEIVE.search(sent.text):
            received.update(_awards_in(doc, sent.start + r.start("what"), len(r["what"])))
            received.update(_government_s_if_bare(doc, sent.start + r.start("what"), sent.end))
        # 'Tại hội nghị, ông A trao Kỷ niệm chương ...' or 'Tại lễ, 5 đoàn viên được X tặng Kỷ niệm chương ...' under 'Trao ...'
        elif given := presents(sent.text) or _GIVEN_TO.search(sent.text):
            received.update(_awards_in(doc, sent.start + given.end(), sent.end - sent.start - given.end()))
            received.update(by_agent := _given_by_agent(doc, sent))
            received.update(() if by_agent else _government_s_if_bare(doc, sent.start + given.end(), sent.end))
    return [
        e for e in events
        if not (body and e.evidence.start < doc.body_start and e.evidence.rule in _HEADLINE_HANDING and set(e.awards) & received)
    ]  # fmt: skip


def _government_s_if_bare(doc: Document, start: int, end: int) -> set[str]:
    """'X đón nhận Bằng khen của Thủ tướng' over 'Ông A, Giám đốc X nhận Bằng khen': a certificate or flag received
    bare, no giver said, may be the Government's the headline names."""
    return {
        GOVERNMENT_FORM[sp.value.award]
        for sp in doc.spans("awards", start, end)
        if sp.value.award in GOVERNMENT_FORM and not sp.value.explicit_conferrer
    }


def _given_by_agent(doc: Document, sent: Sentence) -> set[str]:
    """'Đồn được Thủ tướng Chính phủ tặng Bằng khen': the awards a passive's giver gives, as its level makes a bare
    form (the Prime Minister's certificate, which a headline names in full)."""
    out: set[str] = set()
    for m in _GIVEN_TO.finditer(sent.text):
        if who := m.group("agent") or m.group("giver"):
            end = sent.text.find(";", m.end())
            end = len(sent.text) if end == -1 else end
            out.update(refine_for_conferrer(a, who) for a in _awards_in(doc, sent.start + m.end(), end - m.end()))
    return out


def _handed_over(doc: Document, headline: EventFact) -> None:
    """'Trao Huân chương Lao động cho người có uy tín' over 'Chiều 10/10/2023, ông A ... đã trao Huân chương Lao động
    hạng Ba cho ông B': the day the body's sentence handing over the headline's award gives, and the body that hands it
    over, when a body is that sentence's subject ('Chiều 5/8, Tỉnh đoàn X trao Huy hiệu ...'), holds the ceremony."""
    for sent in doc.sentences:
        if sent.start < doc.body_start or (verb := presents(sent.text)) is None:
            continue
        awards = _awards_in(doc, sent.start + verb.end(), len(sent.text) - verb.end())
        # (or the same thing, which is no award, handed over: 'Trao Huy hiệu 55 năm tuổi Đảng' over '..., Đảng ủy xã X
        # trao Huy hiệu 55 năm tuổi Đảng cho ...')
        if _award_shared(headline.awards, awards) or (not headline.awards and _thing_shared(headline.label, sent.text[verb.start() :])):
            headline.date = headline.date or date_before(doc, sent.start, sent.start + verb.start())
            opening = sent.start + _TIME_LEAD.match(sent.text).end()
            bodies = agents(doc, opening, sent.start + verb.start())
            if (
                headline.organiser is None
                and bodies
                and bodies[0].start == opening
                and not doc.spans("people", opening, sent.start + verb.start())
            ):
                headline.organiser = bodies[0].value
            return


def _award_shared(told: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether two events are named after one award, one of them perhaps by its kind ('Huân chương Lao động' in a
    headline for the body's 'Huân chương Lao động hạng Nhất')."""
    return any(same_award(a, b) for a in told for b in other)


# what a handing-over hands over, by its first two words: 'Gắn Huy hiệu 50 năm tuổi Đảng cho ...', 'Lễ trao Huy hiệu Đảng'
_HANDED_THING = re.compile(r"(?<!\w)(?:trao tặng|trao|gắn|tặng)\s+(?P<thing>[^\W\d]+\s+[^\W\d]+)(?!\w)", re.I)


def _thing_shared(headline: str, label: str) -> bool:
    """Whether a headline handing a thing over and a ceremony of the body hand over the same thing, which is no award
    (a Party badge): one ceremony (awards are compared as awards: 'danh hiệu' is shared by titles that differ)."""
    told, other = _HANDED_THING.match(headline), _HANDED_THING.search(label)
    return told is not None and other is not None and told["thing"].casefold() == other["thing"].casefold()


_HEADLINE_HANDING = frozenset({"events.receiving-ceremony", "events.headline-handing-over"})


_SAME_DAY = lexicon.cue("same-day")
_NEXT_DAY = lexicon.cue("next-day")


def _last_day_before(doc: Document, pos: int) -> dt.date | None:
    """The last day a body sentence before `pos` names as when something happened (not 'đến ngày 30/5')."""
    days = [s for s in doc.spans("dates", doc.body_start, pos) if tells_when(s) and s.end <= pos]
    return days[-1].value if days else None


# the day told before, said as a day (not 'Nhân dịp này', 'Cùng dịp': the occasion, whose ceremony it may be part of)
_DAY_TOLD_BEFORE = re.compile(r"(?<!\w)(?:cùng ngày|ngày hôm đó|trong ngày)(?!\w)", re.I)


def _sums_up(headline: EventFact, events: list[EventFact]) -> bool:
    """'Tổng kết thi đua và trao Huân chương Lao động' over a conference and a ceremony the body tells: a headline
    that joins two of the body's events is neither of them, nor a third."""
    parts = re.split(r"\s+và\s+", headline.label)
    if len(parts) < 2 or len(events) < 2:
        return False
    return all(any(_overlap(part, e.label) >= 0.6 or _said_shorter(part, e.label) for e in events) for part in parts)


def _said_shorter(label: str, fuller: str) -> bool:
    """Whether `label` is a bare head ('hội nghị', 'hội nghị tổng kết') whose every word `fuller` says, and more; a
    name the body tells in full ('Lễ công bố xã đạt chuẩn nông thôn mới năm 2017') stays the body's."""
    words, more = label.lower().split(), fuller.lower().split()
    return len(words) <= _BARE_HEAD_WORDS < len(more) and set(words) <= set(more)


_BARE_HEAD_WORDS = 4  # syllables: "hội nghị tổng kết"


def _without_headline_retold(doc: Document, events: list[EventFact]) -> list[EventFact]:
    """'Xã X tổ chức lễ khen thưởng cuối năm' over a lead telling one event ('... tổ chức hội nghị tổng kết công tác
    năm 2023'): the headline's one undated event, by the same body (or one it leaves unnamed), is the news the lead
    reports, named another way."""
    lead = doc.lead_sentence()
    head = [e for e in events if e.evidence.start < doc.body_start]
    body = [e for e in events if e.evidence.start >= doc.body_start]
    # (a headline naming an event is dated by the lead: the lead's own day is no other event's; a handing-over
    # headline dated so may tell a moment of another day)
    if lead is None or len(head) != 1 or len(body) != 1 or body[0].evidence.start != lead.start:
        return events
    if head[0].date is not None and (head[0].date != body[0].date or head[0].evidence.rule != "events.headline"):
        return events
    a, b = head[0].organiser, body[0].organiser
    # ('Xã X tổ chức ...' over 'Đảng ủy, HĐND, UBND xã X tổ chức ...': a place in a headline stands for its bodies)
    same_body = a is None or b is None or a == b or (a.kind == PEOPLES_COMMITTEE and _of_one_unit(a, b))
    return body if same_body else events


def _of_one_unit(a: OrgRef, b: OrgRef) -> bool:
    """Whether two bodies are of one administrative unit ('Ủy ban nhân dân huyện X', 'Huyện ủy X'): a commune by its
    name (the communes of a district share its code), a district or a province by its code."""
    if a.level != b.level:
        return False
    return a.place is not None and a.place == b.place if a.level == "commune" else a.unit_code is not None and a.unit_code == b.unit_code


def _host_in_headline(doc: Document, headline: EventFact, events: list[EventFact]) -> EventFact | None:
    """The body's event that a handing-over headline says it took place at ('Trao ... tại gặp mặt kỷ niệm ...')."""
    at = re.search(r"\stại\s+(?P<at>.+)$", doc.headline or "")
    if headline.evidence.rule != "events.headline-handing-over" or at is None:
        return None
    return next((e for e in events if _overlap(at["at"], e.label) >= 0.5), None)


def _without_headline_handed_at(doc: Document, events: list[EventFact]) -> list[EventFact]:
    """'Trao Huân chương Lao động cho 2 doanh nghiệp' over the body's one event ('Hội nghị gặp mặt doanh nghiệp'), at
    which a sentence hands that award over, on no day of its own: the headline tells a moment of that event, no event of
    its own."""
    pair = _headline_over_one(doc, events, "events.headline-handing-over")
    if pair is None:
        return events
    headline, told = pair
    if headline.date is not None and headline.date != told.date:
        return events  # (handed over on a day of its own: 'Ngày 5/12, UBND phường đã trao ...' under a meeting of 10/12)
    handed = any(
        _award_shared(headline.awards, (a.value.award,))
        and _HANDED_BEFORE.search(doc.text, max(doc.body_start, a.start - 60), a.start)
        and _on_its_day(doc, a.start, told)
        for a in doc.spans("awards", doc.body_start, doc.body_end)
    )
    # (what the headline hands over was handed over at the body's event: the grants of it told apart are of that event)
    return [_with_awards_of(told, headline)] if handed else events


def _without_headline_received_at_its_own(doc: Document, events: list[EventFact]) -> list[EventFact]:
    """'Trường X đón nhận Huân chương Lao động hạng Ba' over the body's one event, which X holds ('Sáng 20/11, Trường X
    tổ chức Lễ kỷ niệm Ngày Nhà giáo Việt Nam'), the body telling the award no more: received at that event, no ceremony
    of the headline's own (not one held by another body, nor told on a day of its own)."""
    pair = _headline_over_one(doc, events, "events.receiving-ceremony")
    if pair is None or pair[0].date is not None:
        return events
    headline, host = pair
    if (
        not isinstance(host.organiser, OrgRef)
        or not isinstance(headline.organiser, OrgRef)
        or host.organiser.name.casefold() != headline.organiser.name.casefold()  # (the headline's read with no place)
        or host.kind == "Meeting"
    ):
        return events
    return [_with_awards_of(host, headline)]


def _headline_over_one(doc: Document, events: list[EventFact], rule: str) -> tuple[EventFact, EventFact] | None:
    """The headline's event read by `rule`, naming an award, and the body's one event, where those two are all the
    article's events; else None."""
    told = [e for e in events if e.evidence.start >= doc.body_start]
    headline = next((e for e in events if e.evidence.start < doc.body_start and e.evidence.rule == rule), None)
    if headline is None or len(told) != 1 or not headline.awards or len(events) != 2:
        return None
    return headline, told[0]


def _with_awards_of(host: EventFact, headline: EventFact) -> EventFact:
    """The body's event, holding the awards the headline's names too: one event told twice."""
    return replace(host, awards=tuple(dict.fromkeys(host.awards + headline.awards)))


def _on_its_day(doc: Document, at: int, event: EventFact) -> bool:
    """Whether the sentence at `at` tells no day of its own, or the event's."""
    sent = doc.sentence_at(at)
    days = {d.value for d in doc.spans("dates", sent.start, sent.end)} if sent is not None else set()
    return not days or days == {event.date}


# a verb handing over or giving the award right after it, in its clause ('đồng chí A ... trao Huân chương ...', 'UBND
# thị trấn khen thưởng 120 hộ gia đình văn hóa tiêu biểu'; a title recognised or conferred: 'bà A được công nhận danh hiệu')
_HANDED_BEFORE = re.compile(r"(?<!\w)(?:trao tặng|trao|gắn|tặng|khen thưởng|công nhận|phong tặng|truy tặng)(?!\w)[^.;,]{0,40}$")


_WORDS = re.compile(r"\w+")


def _overlap(a: str, b: str) -> float:
    """How much of the shorter of two names the other shares, word for word (its marks apart: '"Xã' is '“Xã')."""
    ta, tb = set(_WORDS.findall(a.lower())), set(_WORDS.findall(b.lower()))
    return len(ta & tb) / max(1, min(len(ta), len(tb)))


_DAY_MONTH = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\d/])")


def _same_event(a: EventFact, b: EventFact, overlap_needed: float = 0.75) -> bool:
    overlap = _overlap(a.label, b.label)
    # 'Lễ trao tặng danh hiệu ... cho 182 mẹ' is not the '... cho 831 mẹ' of another day, nor 2021's meeting 2022's
    # ('đợt 3/2', the round of a day, is no count)
    na, nb = (set(re.findall(r"\d+", _DAY_MONTH.sub("", e.label))) for e in (a, b))
    other_numbers = bool(na and nb and not (na <= nb or nb <= na))
    # ('UBND huyện A tổ chức Hội nghị tổng kết ...', then 'Cùng ngày, UBND huyện B cũng tổ chức Hội nghị tổng kết ...':
    # held by two places, two events; told of one district's unit, the district's own (a headline's 'Thị trấn X' read as
    # the district of that name), one place)
    # (two communes of one district are two places too: 'xã A tổ chức Lễ đón nhận ...', then 'Chiều cùng ngày, xã B cũng')
    hosts = [_host(e.organiser) if isinstance(e.organiser, OrgRef) else None for e in (a, b)]
    other_places = None not in hosts and hosts[0] != hosts[1] and not _within(a.organiser, b.organiser)
    return (
        a.kind == b.kind
        and overlap >= overlap_needed
        and not other_numbers
        and not other_places
        and (a.date is None or b.date is None or a.date == b.date)
    )


_COMMUNE_NAMED = re.compile(rf"(?<!\w)(?:{levels.COMMUNE_LEVEL})\s+\S.*$", re.I)


_VILLAGE_BODY = re.compile(rf"(?<!\w)(?:{levels.BELOW_COMMUNE})\s", re.I)


def _within(a: object, b: object) -> bool:
    """Whether one of two bodies of one district is a village's, which names no commune and is in one ('Ban Công tác
    Mặt trận ấp Đông Hòa A' in 'xã Đông Hòa'): where the other holds events, it may."""
    if not isinstance(a, OrgRef) or not isinstance(b, OrgRef) or a.unit_code != b.unit_code:
        return False
    return any(_VILLAGE_BODY.search(o.name) and not _COMMUNE_NAMED.search(o.name) for o in (a, b))


def _held_for_commune(headline: EventFact, told: EventFact) -> bool:
    """Whether the body's event is the headline's, which a commune holds, held by the commune's district: one kind, the
    headline's wording mostly in it."""
    a, b = headline.organiser, told.organiser
    return (
        headline.kind == told.kind
        and isinstance(a, OrgRef)
        and isinstance(b, OrgRef)
        and a.unit_code is not None
        and a.unit_code == b.unit_code
        and a.level == "commune"
        and b.level == "district"
        and _overlap(headline.label, told.label) >= 0.6
    )


def _host(org: OrgRef) -> tuple[str | None, str | None] | None:
    """Where a body holds its events: its unit's code, and the commune its name ends with, if any."""
    if org.unit_code is None:
        return None
    commune = _COMMUNE_NAMED.search(org.name)
    return org.unit_code, commune.group(0).casefold() if commune else None


def _awards_in(doc: Document, start: int, length: int, label: str | None = None) -> tuple[str, ...]:
    """The award types named in the stretch of text an event's name was read from; a name read with a bracket left
    out ('Lễ kỷ niệm 68 năm Ngày Thầy thuốc Việt Nam (27/2/1955 - 27/2/2023) và đón nhận danh hiệu ...') runs in the
    text to where its last words are."""
    end = start + length
    if label:
        tail = " ".join(label.split()[-3:])
        at = doc.text.find(tail, start, end + _BRACKETS_LEFT_OUT + len(tail))
        end = max(end, at + len(tail)) if at != -1 else end
    named = tuple(sp.value.award for sp in doc.spans("awards", start, end))
    if not named and label and _TITLE_PRESENTED.search(label):
        # 'lễ trao danh hiệu' after '5 nhà giáo được phong tặng danh hiệu Nhà giáo ưu tú': the one title told before it
        told = {sp.value.award for sp in doc.spans("awards", 0, start) if any(is_ancestor(t, sp.value.award) for t in _TITLES)}
        return tuple(told) if len(told) == 1 else ()
    if not named and label and _BARE_HANDING.search(label):
        # 'tổ chức lễ trao tặng.' after 'Chủ tịch nước phong tặng danh hiệu Anh hùng Lao động cho 6 tập thể': the one
        # award told before it is what it hands over
        told = {sp.value.award for sp in doc.spans("awards", 0, start)}
        return tuple(told) if len(told) == 1 else ()
    return named


_BRACKETS_LEFT_OUT = 120  # characters of brackets an event's name may have left out
# an event's name that presents a title by its bare word, the title it is told in the text before ('Lễ trao danh hiệu')
_TITLE_PRESENTED = re.compile(r"(?<!\w)(?:trao|trao tặng|đón nhận|phong tặng|công bố|vinh danh)\s+danh hiệu$", re.I)
_TITLES = ("danh-hieu-vinh-du-nha-nuoc", "danh-hieu-thi-dua")
_BARE_HANDING = re.compile(r"^(?:lễ|buổi lễ)\s+(?:trao|trao tặng|đón nhận)$", re.I)  # naming nothing it hands over


def _events_in(sent: Sentence, doc: Document) -> list[EventFact]:
    triggered = _triggered(sent, doc)
    # 'tổ chức phiên họp xét ...' names its meeting after the trigger: not another meeting held
    held = [] if any(e.kind == "Meeting" for e in triggered) else _meeting(sent, doc)
    named = triggered + _inverted(sent, doc) + _hosted(sent, doc) + held
    named = named or _reviewed(sent, doc)
    at_named = _at_named(sent, doc)
    named += [e for e in at_named if not any(_same_event(n, e, 0.6) for n in named)]
    if any("đón nhận" in e.label.lower() for e in named):
        return named  # 'tổ chức Lễ kỷ niệm ... và đón nhận Huân chương ...': the receiving is that ceremony's
    if at_named:
        return named  # 'trong Lễ khai giảng ..., Trường X đón nhận Cờ thi đua': received at the event it names
    return named + _received(sent, doc)


def _triggered(sent: Sentence, doc: Document) -> list[EventFact]:
    """'X tổ chức Hội nghị ...', 'đã diễn ra Lễ ... và Hội nghị ...'; 'Ngày 15/5, Tỉnh đoàn X tổ chức tuyên dương ...'."""
    text, out = sent.text, []
    evidence = Evidence(sent.start, sent.end, sent.text, "events.trigger-verb")
    for t in _TRIGGER.finditer(text):
        window = re.split(r"[;.]", text[t.end() : t.end() + 90])[0]
        heads = list(re.finditer(_HEAD, window))
        if not heads:
            out += _ceremony_by_verb(sent, doc, t)
            continue
        subject = _subject(sent, doc, t.start())
        if _GENERIC_SUBJECT.search(subject) or _plan_before(doc, sent.start + t.start()):
            continue
        if _SUBJECT_MATTER.search(text, max(0, t.start() - 12), t.start()):
            continue  # 'ban hành Kế hoạch số 245/KH-UBND về tổ chức Hội nghị ...': what a document is about, not held
        if _WORK_ON.search(text, max(0, t.start() - 30), t.start()):
            continue  # 'có thành tích xuất sắc trong công tác tổ chức Đại hội': the work rewarded, not an event held
        if _WHEN_HELD.search(text, max(0, t.start() - 20), t.start()):
            continue  # 'trao 5 năm một lần vào năm diễn ra Đại hội ...': when such an event is held, none held here
        if sent.is_headline and not subject.strip() and not text[t.start() : t.end()].lower().startswith("tổ chức thành công"):
            continue  # a headline 'Tổ chức Đại hội ... trong tháng 8' announces; it does not report
        first = heads[0].start()
        # (each read once: the ceremony's verb after the trigger, and a 'tại' right before the event's head)
        ceremony, at_head = _CEREMONY_VERB.match(text, t.end()) is not None, _AT_HEAD.search(window[:first]) is not None
        if not _BEFORE_HEAD.fullmatch(window[:first]) and ceremony and (not at_head or _ACHIEVED_AT.search(window[:first])):
            # 'tổ chức gặp mặt, khen thưởng đoàn vận động viên tham dự Đại hội Thể thao ...': named by what was done,
            # the event named after it is another one (not 'tổ chức tuyên dương ... tại Hội nghị tổng kết': where;
            # but '... khen thưởng các vận động viên đạt thành tích cao tại Đại hội Thể thao ...': where they achieved)
            out += _ceremony_by_verb(sent, doc, t)
            continue
        # 'tổ chức tuyên dương 30 đoàn viên tại Hội nghị tổng kết ...': what was done there, the event held the one
        # named after 'tại' (not 'tổ chức tốt công tác ... tại Hội nghị': no doing of a ceremony's)
        if (not (ceremony and at_head) and not _BEFORE_HEAD.fullmatch(window[:first])) or _AFTER_PLURAL.search(window, 0, first):
            continue  # 'tổ chức tốt công tác ... tại Hội nghị', 'tổ chức các hội nghị'
        date = date_before(doc, sent.start, sent.start + t.start())
        if (t["presided"] or t["attended"]) and date is None:
            continue  # 'Ông A chủ trì hội nghị': who chaired the event told; one dated in its sentence is the news
        if t["attended"] and not _guest_before(doc, sent.start + t.start()):
            continue  # 'biểu dương các vận động viên tham dự Đại hội Thể thao ...': who they are, no event held here
        place_m = _PLACE.search(text)
        pos = t.end() + first
        for part in re.split(r"\s+và\s+(?=" + _HEAD + ")", text[pos:]):
            label, at_label = _label(text, pos), pos
            if t["attended"]:  # 'dự Lễ kỷ niệm ... và trao danh hiệu ...': what the guest did there is no part of its name
                label = _GUEST_DID.split(label, maxsplit=1)[0]
            pos += len(part) + len(" và ")
            chaired_named = _kind(label) == "Conference" and _NAMED_CONFERENCE.match(label) is not None
            if not label or _generic(label) or _planned(label) or (t["presided"] and _kind(label) != "Ceremony" and not chaired_named):
                # 'trong dịp diễn ra đại hội sẽ tổ chức triển lãm': not an event held (a meeting chaired: its own rule; a
                # conference chaired, 'chủ trì hội nghị cùng ...', is one told; one named in capitals, 'Sáng 15/1, đồng chí
                # A chủ trì Hội nghị tổng kết ...', is the news)
                continue
            at = sent.start + text.find(subject)
            # ('Sáng 1/6, Chủ tịch nước dự Lễ kỷ niệm ...': one who attended organised nothing; the name may say whose)
            organiser = _organiser(doc, at, at + len(subject), label) if not t["attended"] else None
            if organiser is None and not t["attended"]:  # 'tại Nhà hát Lớn, Bộ ... tổ chức': the body right before the verb
                organiser = _body_right_before(doc, sent.start, sent.start + t.start())
            if organiser is None:  # 'đã diễn ra Hội nghị tổng kết ... của UBND tỉnh X': the body it is of
                organiser = _organiser_of(doc, sent.start + at_label, sent.start + at_label + len(label), label)
            place = _venue(place_m)
            awards = _awards_in(doc, sent.start + at_label, len(label) + 1, label)
            # 'tổ chức Hội nghị ... vào sáng ngày 15/1/2024': the day after the name
            when = date or _date_after(doc, sent.start + at_label + len(label), sent.end)
            out.append(EventFact("", label, _kind(label), when, organiser, place, None, evidence, awards=awards))
    return out


_AT_HEAD = re.compile(r"(?<!\w)(?:tại|trong|ở)\s+$")
# a conference named in capitals by what it does ('Hội nghị tổng kết ...', 'Hội nghị triển khai ...'), not 'hội nghị cùng ...'
_NAMED_CONFERENCE = re.compile(r"Hội nghị\s+(?!(?:cùng|với|này|đó|trên)(?!\w))[a-zà-ỹđ]")
# what those honoured did where the event named after it was held: 'đạt thành tích cao tại', 'giành huy chương tại'
_ACHIEVED_AT = re.compile(r"(?<!\w)(?:đạt|giành|đoạt|thi đấu|dự thi|tham dự|tham gia|lập)(?!\w)[^,;.]{0,40}?\s(?:tại|trong|ở)\s+$", re.I)
_GUEST_ADVERBS = re.compile(r"(?:\s+(?:đã|cũng|đến|về|và|vừa))*\s*")


def _guest_before(doc: Document, verb: int) -> bool:
    """Whether a person, by name or by title, is the subject right before 'dự' ('Chủ tịch nước Võ Văn Thưởng dự')."""
    named = doc.spans("people", max(0, verb - 80), verb) + doc.spans("titles", max(0, verb - 80), verb)
    return any(_GUEST_ADVERBS.fullmatch(doc.text, s.end, verb) for s in named)


_GUEST_DID = re.compile(r",?\s+và\s+(?:trao|tặng|gắn|phát biểu|chúc mừng|chỉ đạo)(?!\w)")
_SUBJECT_MATTER = re.compile(r"(?<!\w)(?:về|về việc|v/v)\s+$", re.I)
_WORK_ON = re.compile(r"(?<!\w)(?:trong|phục vụ|góp phần)\s+(?:(?:công tác|việc)\s+)?$", re.I)
# the time an event is held, as a time of something else ('vào năm diễn ra Đại hội', 'trước khi diễn ra Hội nghị')
_WHEN_HELD = re.compile(r"(?<!\w)(?:năm|trước khi|khi)\s+$", re.I)
_CEREMONY_VERB = lexicon.cue("ceremony-verb")
_DELEGATED_BY = lexicon.cue("delegated-by")  # 'Thừa ủy quyền của X, ', 'Thay mặt X, ': as grants read it


# a body reviewing its work, the meeting told by its verb alone: 'Ngày 28/12, Trung tâm Y tế huyện tổng kết công tác dân số',
# '... Ban Chỉ đạo tỉnh tổng kết Tháng hành động vì an toàn thực phẩm năm 2024'
# ('UBND huyện tiến hành tổng kết ...': the verb that says it was carried out, too)
_REVIEWS = re.compile(
    r"(?:\s+(?:đã|vừa|cũng|tiến hành))*\s+(?P<verb>tổng kết|sơ kết)\s+"
    r"(?=công tác|phong trào|hoạt động|thi đua|nhiệm vụ|năm\s|chương trình|\d"
    # (or a campaign, a month of action, a resolution or a scheme it carried out: 'tổng kết Tháng hành động vì ...')
    # (not a month: 'tổng kết tháng qua')
    r"|Tháng\s|tháng (?:hành động|cao điểm)|(?i:chiến dịch|cuộc vận động|đề án|dự án|nghị quyết|chỉ thị|kế hoạch|giai đoạn)\s)"
    # or celebrating its anniversary ('Trường THPT X long trọng kỷ niệm 50 năm ngày thành lập'): a ceremony
    r"|(?:\s+(?:đã|vừa|cũng))*\s+(?:long trọng\s+|trọng thể\s+)?(?P<anniversary>kỷ niệm)\s+(?=\d+\s+năm\s)"
    # or gathering people ('Tối 12/10, Thành ủy - UBND thành phố X họp mặt các doanh nghiệp ...'): a ceremony too
    r"|(?:\s+(?:đã|vừa|cũng))*\s+(?:long trọng\s+|thân mật\s+)?(?P<gathering>họp mặt|gặp mặt)\s+(?=\w)"
    # or signing its pledge of emulation ('Khối thi đua số 5 ký kết giao ước thi đua năm 2024'): a ceremony
    r"|(?:\s+(?:đã|vừa|cũng))*\s+(?P<pledge>ký kết\s+giao ước thi đua)(?!\w)"
)


def _reviewed(sent: Sentence, doc: Document) -> list[EventFact]:
    """'Ngày 28/12/2023, Trung tâm Y tế huyện Tân Yên tổng kết công tác dân số năm 2023': a meeting a body held to review
    its work, told by the verb right after the body, on a day the sentence gives (or in the lead, the article's news);
    or a ceremony it held for its anniversary ('Sáng 10/3, Trường THPT X long trọng kỷ niệm 50 năm ngày thành lập'), or to
    gather people ('Tối 12/10, Thành ủy X họp mặt các doanh nghiệp ...'), or to sign its pledge of emulation, on a day the
    sentence gives ('Năm nay, trường kỷ niệm 50 năm ...' tells of a year, no ceremony)."""
    for span in agents(doc, sent.start, sent.end):
        # (past what places the body, in brackets: 'Hội CCB phường X (TP Thái Bình) tổng kết công tác Hội')
        placed = _PLACED_IN_BRACKETS.match(doc.text, span.end, sent.end)
        m = _REVIEWS.match(doc.text, placed.end() if placed else span.end, sent.end)
        if m is None or _plan_before(doc, span.start, sent.start):
            continue
        date = date_before(doc, sent.start, span.start)
        # ('Cùng ngày, Hội Nông dân huyện X tổng kết công tác Hội năm 2023': the day of the event told before)
        same_day = _SAME_DAY.search(doc.text, sent.start, span.start) is not None
        if date is None and not same_day and (m["anniversary"] or m["gathering"] or m["pledge"] or doc.lead_sentence() is not sent):
            return []
        verb = next((v for v in ("anniversary", "gathering", "pledge") if m[v]), "verb")
        label = _label(sent.text, m.start(verb) - sent.start)
        if len(label.split()) < 4:
            return []
        evidence = Evidence(sent.start, sent.end, sent.text, "events.review-verb")
        kind = "Conference" if verb == "verb" else "Ceremony"
        return [EventFact("", label, kind, date, _first_of_joint(doc, sent, span).value, None, None, evidence)]
    return []


_PLACED_IN_BRACKETS = re.compile(r"\s*\([^()]{2,60}\)")
_JOINED = re.compile(r"\s*(?:[-–,]|và)\s*")


def _first_of_joint(doc: Document, sent: Sentence, span: Span) -> Span:
    """Of bodies acting jointly ('Thành ủy - UBND thành phố X họp mặt ...'), the lead one, named first, as for an event
    a subject organised."""
    before = [a for a in agents(doc, sent.start, span.start) if a.end <= span.start]
    first = span
    for a in reversed(before):
        if not _JOINED.fullmatch(doc.text, a.end, first.start):
            break
        first = a
    return first


# the anniversary a ceremony was held for, told before its body ('nhân kỷ niệm 68 năm Ngày Thầy thuốc Việt Nam (...), ')
_OCCASION_REACH = 300  # how far before the body's verb the anniversary may be told (a bound: a sentence may be long)
_OCCASION_BEFORE = re.compile(r"(?<!\w)[Nn]hân\s+(?:dịp\s+)?(?P<what>kỷ niệm\s+\d+\s+năm\s[^,;()]{4,120}?)\s*(?:\([^()]{0,40}\)\s*)?,")


def _ceremony_by_verb(sent: Sentence, doc: Document, t: re.Match[str]) -> list[EventFact]:
    """'Ngày 15/5, Tỉnh đoàn X tổ chức tuyên dương 50 thanh niên ...', 'Bộ Chỉ huy Quân sự tỉnh tổ chức phát động đợt thi
    đua ...': a ceremony named by what was done at it ('tổ chức sơ kết công tác 6 tháng ...': a meeting). Only one a
    body held on a day the sentence gives, or in the lead sentence, which reports the article's news; a receiving
    ceremony ('tổ chức kỷ niệm ... và đón nhận Huân chương') is read by its own rule."""
    text = sent.text
    v = _CEREMONY_VERB.match(text, t.end())
    if v is None or _plan_before(doc, sent.start + t.start()):
        return []
    # ('tổ chức kỷ niệm 68 năm Ngày Thầy thuốc Việt Nam và đón nhận Huân chương ...': one ceremony, named by both; any
    # other receiving is read by its own rule)
    if _RECEIVE.search(text) and not (v["verb"] == "kỷ niệm" and _RECEIVING_JOINED.search(_label(text, v.start("verb")))):
        return []
    subject = _subject(sent, doc, t.start())
    if _GENERIC_SUBJECT.search(subject):
        return []
    date = date_before(doc, sent.start, sent.start + t.start())
    if date is None and doc.lead_sentence() is not sent and not _DAY_TOLD_BEFORE.search(text, 0, t.start()):
        return []  # (the day of the event told before: 'Cùng ngày, Hội Khuyến học xã tổ chức tuyên dương ...')
    if date is None and v["verb"] == "triển khai":
        return []  # ('Năm 2023, UBND huyện đã tổ chức triển khai nhiệm vụ ...': the year's work carried out, no meeting)
    # 'thừa ủy quyền của Trung ương Đoàn, Ban Thường vụ Tỉnh Đoàn X tổ chức': the body after the one it acts for
    if delegated := _DELEGATED_BY.search(subject):
        subject = subject[delegated.end() :].lstrip()
    at = sent.start + text.find(subject)
    label_at = v.start("programme") if v["programme"] else v.start("verb")
    label = _label(text, label_at)
    # ('... tổ chức họp mặt tuyên dương ... vào sáng 1/9': or the day right after its name)
    date = date or _date_after(doc, sent.start + label_at + len(label), sent.end)
    if len(label.split()) < 3 and (occasion := _OCCASION_BEFORE.search(text, max(0, t.start() - _OCCASION_REACH), t.start())) is not None:
        # 'Sáng 27/2, nhân kỷ niệm 68 năm Ngày Thầy thuốc Việt Nam, Trung tâm Y tế huyện tổ chức gặp mặt.': named by
        # what was done and the anniversary it was held for, told first
        label = f"{label} {occasion['what']}"
    if len(label.split()) < 3:
        return []
    # (a place as the subject holds it by its People's Committee, as for an event named by its head: 'Ngày 7-2, huyện X
    # long trọng tổ chức kỷ niệm 50 năm Ngày giải phóng huyện'; on a day the sentence tells: a sapo's 'TP.HCM tổ chức
    # tuyên dương ...' sums up the event the body names and dates)
    organisers = agents(doc, at, at + len(subject))
    dated = _DAY_NAMED.search(text, 0, t.start()) is not None
    organiser = organisers[0].value if organisers else _organiser(doc, at, at + len(subject), label) if dated else None
    if organiser is None:
        return []
    evidence = Evidence(sent.start, sent.end, sent.text, "events.ceremony-verb")
    awards = _awards_in(doc, sent.start + v.start("verb"), len(label), label)
    kind = "Conference" if v["meeting"] else "Ceremony"
    # 'Chiều 17/4, tại Hội trường UBND huyện, ... tổ chức buổi gặp mặt ...': where, as for an event named by its head
    return [EventFact("", label, kind, date, organiser, _venue(_PLACE.search(text)), None, evidence, awards=awards)]


_RECEIVING_JOINED = re.compile(r"\svà\s+(?:vinh dự\s+)?(?:được\s+)?đón nhận\s")
_DAY_NAMED = re.compile(r"(?<![\d/.-])\d{1,2}\s*[-/.]\s*\d{1,2}(?![\d])|(?<!\w)ngày\s+\d", re.I)  # 'Ngày 7-2', 'Sáng 12/2/2024'


# a body's own congress, its name right after the word ('Đại hội đại biểu Hội Nông dân huyện', 'Đại hội Đoàn TNCS ...')
# (or a council's session, the council named after its number: 'Kỳ họp thứ 17 HĐND tỉnh X khóa XVII')
_CONGRESS_OF = re.compile(
    r"Đại hội\s+(?:đại biểu\s+)?(?:toàn quốc\s+)?(?:lần thứ\s+[IVXLC\d]+\s+)?|Kỳ họp\s+(?:thứ\s+[IVXLC\d]+|thường lệ|chuyên đề)\s+(?:của\s+)?"
)


def _congress_of(doc: Document, start: int, end: int) -> OrgRef | None:
    """The body whose congress the event named at `start` is, named right after 'Đại hội (đại biểu)' (or whose session,
    after 'Kỳ họp thứ N')."""
    m = _CONGRESS_OF.match(doc.text, start, end)
    body = [o for o in agents(doc, m.end(), end) if o.start == m.end()] if m else []
    return body[0].value if body else None


_HEAD_ALONE = re.compile(rf"{_HEAD}(?:\s+đã)?")


def _inverted(sent: Sentence, doc: Document) -> list[EventFact]:
    """'Hội nghị tổng kết ... đã được tổ chức tại ...': the event first, the verb after it."""
    text, out = sent.text, []
    for inv in _INVERTED.finditer(text):
        # ('buổi lễ tuyên dương ...': the ceremony's name, without the word for its sitting)
        label = _label(text, inv.end("sitting") if inv["sitting"] else inv.start())
        if not label or _generic(label) or _planned(text[: inv.start("verb")]) or _HEAD_ALONE.fullmatch(label):
            continue  # ('Buổi lễ đã diễn ra trang trọng': the event told before, its head alone)
        if _AFTER_PLURAL.search(text, 0, inv.start()):
            continue
        date = date_before(doc, sent.start, sent.start + inv.start("verb")) or _date_after(doc, sent.start + inv.end(), sent.end)
        if inv["verb"] == "do" and (date is None or _planned(text[inv.end() :])):
            continue  # 'Hội nghị ... do X chủ trì' held on a day the sentence gives, not one to come ('... sẽ diễn ra')
        place_m = _PLACE.search(text)
        # ('Hội nghị ... do Bộ Nội vụ chủ trì được kết nối ...': the host right after 'do', the verb read)
        organiser = _organiser_after(doc, sent.start + (inv.start("verb") if inv["verb"] == "do" else inv.end()), sent.end)
        if organiser is None and inv["agent"]:  # 'Lễ ... được UBND tỉnh tổ chức trọng thể': the body that held it
            hosts = agents(doc, sent.start + inv.start("agent"), sent.start + inv.end("agent"))
            organiser = hosts[0].value if hosts else None
        if organiser is None:  # 'Hội nghị tổng kết ... của Công an huyện X đã diễn ra': the body it is of
            organiser = _organiser_of(doc, sent.start + inv.start(), sent.start + inv.start("verb"), label)
        if organiser is None:  # 'Đại hội đại biểu Hội Nông dân huyện lần thứ XI ... đã diễn ra': the body whose congress
            organiser = _congress_of(doc, sent.start + inv.start(), sent.start + inv.start("verb"))
        evidence = Evidence(sent.start, sent.end, sent.text, "events.event-then-verb")
        awards = _awards_in(doc, sent.start + inv.start(), len(label), label)
        out.append(EventFact("", label, _kind(label), date, organiser, _venue(place_m), None, evidence, awards=awards))
    return out


def _hosted(sent: Sentence, doc: Document) -> list[EventFact]:
    """'được vinh danh tại Lễ tuyên dương ... do Trung ương Đoàn tổ chức sáng 17/8': the event, then its host."""
    text, out = sent.text, []
    if " do " not in text:
        return out  # no host named: skip the search
    for m in _HOSTED.finditer(text):
        label = _label(text[: m.start("by")], m.start())
        if not label or _generic(label) or _planned(text[: m.start("verb")]):
            continue
        if _AFTER_PLURAL.search(text, 0, m.start()):
            continue
        hosts = agents(doc, sent.start + m.start("host"), sent.start + m.end("host"))
        if not hosts:
            continue  # 'Lễ ... do đồng chí X chủ trì tổ chức': a person, not a host
        date = date_before(doc, sent.start, sent.start + m.start()) or _date_after(doc, sent.start + m.end(), sent.end)
        evidence = Evidence(sent.start, sent.end, sent.text, "events.event-hosted")
        awards = _awards_in(doc, sent.start + m.start(), len(label), label)
        out.append(EventFact("", label, _kind(label), date, hosts[0].value, None, None, evidence, awards=awards))
    return out


# what may stand between 'được tổ chức' and its date: 'vào', 'sáng', 'ngày' ('được tổ chức vào sáng ngày 15/1')
# 'vào sáng', 'trong', 'chiều' before a day; and a time of day ('từ 7 giờ ngày', 'vào lúc 14 giờ 30 phút ngày', 'lúc 8h ngày')
# (or the days it took, then their dates: 'trong 2 ngày 14 và 15/8', 'trong hai ngày (14 - 15/8)')
_DAY_LEAD = (
    r"(?:(?:vào|trong|từ)\s+)?(?:"
    + lexicon.cue("days-taken").pattern
    + r")?(?:lúc\s+)?(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?(?:\s*(?:"
    + PARTS_OF_DAY
    + r"))?\s*,?\s*)?"
    r"(?:(?:" + PARTS_OF_DAY + r")\s+)?"
)
# (past how it went: 'được tổ chức thành công vào ngày 15/1')
_TO_DATE = re.compile(r"\s*,?\s*(?:(?:thành công|long trọng|trọng thể|tốt đẹp)\s+)?" + _DAY_LEAD + r"(?:ngày\s+)?", re.I)


def _date_after(doc: Document, start: int, end: int) -> dt.date | None:
    """'Hội nghị ... được tổ chức vào ngày 15/1', '... diễn ra trong ngày 12/1', '... tại Hội trường huyện vào sáng 12/1':
    the date right after the verb of an event named first, or after its venue."""
    if (bracketed := _DAY_IN_BRACKETS.match(doc.text, start, end)) is not None:
        start = bracketed.start("day")  # 'Hội nghị tổng kết ... năm 2023 (ngày 10/3)': a day alone in brackets after the name
    for at in (start, venue.end() if (venue := _VENUE_THEN.match(doc.text, start, end)) else None):
        if at is None or at > end:
            continue  # (a name read longer than its words, a mark set right: past the sentence's end, no day after it)
        at = _TO_DATE.match(doc.text, at, end).end()
        found = next((s.value for s in doc.spans("dates", start, end) if s.start <= at <= s.end and tells_when(s)), None)
        if found is not None:
            return found
    return None


def _date_told_after(doc: Document, events: list[EventFact]) -> None:
    """'UBND huyện tổ chức Hội nghị tổng kết ...', then 'Hội nghị diễn ra vào sáng 12/1/2024 tại ...': the day a later
    sentence gives the event told undated before it, pointing back by its head word alone."""
    for sent in doc.sentences:
        m = _HEAD_HELD.match(sent.text)
        if m is None or sent.start < doc.body_start:
            continue
        head = m["head"].casefold()
        before = [e for e in events if e.evidence.start < sent.start and e.label.casefold().startswith(head)]
        if before and before[-1].date is None:
            before[-1].date = _date_after(doc, sent.start + m.end(), sent.end)


# a head word alone, then the verb of its taking place ('Hội nghị diễn ra vào ...', 'Buổi lễ được tổ chức ...'; not
# 'Lễ trao giải sẽ diễn ra ...', to come)
_HEAD_HELD = re.compile(rf"(?:[Bb]uổi\s+)?(?P<head>{_HEAD})(?:\s+(?:này|trên|nói trên))?\s+(?:đã\s+)?(?:diễn ra|được tổ chức)(?!\w)")


# a day alone in brackets ('(ngày 10/3)', '(sáng 10/3/2024)'): not an anniversary's span of dates ('(20/11/1982 - 20/11/2025)')
_DAY_IN_BRACKETS = re.compile(r"\s*\(\s*" + _DAY_LEAD + r"(?:ngày\s+)?(?P<day>\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?)\s*\)", re.I)
_VENUE_THEN = re.compile(r"\s*tại\s+[^,.;]{2,80}?(?=\s*,?\s*(?:vào|trong|" + PARTS_OF_DAY + r"|ngày)\s)")


def _meeting(sent: Sentence, doc: Document) -> list[EventFact]:
    """A meeting: 'X tổ chức (cuộc) họp ...', 'Hội đồng X vừa họp lần thứ 2 ...', 'ông Y ... chủ trì cuộc họp ...'."""
    text = sent.text
    m = _MEETING.search(text)
    if not m or _PLANNED.search(text[: m.start()]) or _GENERIC_LABEL.search(text[: m.start()]):
        return []  # 'sẽ họp', 'Hàng năm, Hội đồng họp xét': no meeting that took place
    how = "held" if m["held"] else "met" if m["met"] else "chaired"
    subject = _subject(sent, doc, m.start())
    at = sent.start + text.find(subject)
    if how == "chaired":  # the chair's title chain names the body whose meeting it is, last
        orgs = agents(doc, at, at + len(subject))
        organiser = orgs[-1].value if orgs else None
    else:
        organiser = _organiser(doc, at, at + len(subject), "họp")
        if not organiser:
            return []
    if _GENERIC_SUBJECT.search(subject):
        return []
    rest = _MEETING_PURPOSE.sub("", m["rest"], count=1)
    rest = rest[: _end_outside_quotes(_MEETING_REST_END, rest)].strip(" ,")
    if how == "chaired":
        label = f"Cuộc họp {rest}".strip()
    elif how == "met":
        label = f"Họp {rest} của {organiser.name}" if rest else f"Họp {organiser.name}"
    elif rest and _WHEN_ALONE.fullmatch(" " + rest):
        label = f"Họp {rest} của {organiser.name}"  # ('tổ chức cuộc họp định kỳ quý II năm 2022': when it met, and whose)
    else:
        label = f"Họp {organiser.name} {rest}".strip()
    evidence = Evidence(sent.start, sent.end, sent.text, f"events.meeting-{how}")
    date = date_before(doc, sent.start, sent.start + m.start())
    awards = _awards_in(doc, sent.start + m.start("rest"), len(m["rest"]))
    return [EventFact("", label, "Meeting", date, organiser, None, None, evidence, awards=awards)]


# 'Ngày 10/1/2024, tại Hội nghị triển khai công tác năm 2024, Chánh án ... đã phát động ...': an event named by its
# full name where what the sentence tells was done; 'Tại hội nghị, ...' (a bare head) is the event told before
# (or 'trong' before a name in capitals: 'Sáng 5/9, trong Lễ khai giảng năm học mới 2022-2023, Trường X đón nhận ...')
_AT_NAMED = re.compile(rf"(?<!\w)(?:[Tt]ại\s+|[Tt]rong\s+(?=[{UPPER}]))(?={_HEAD})")
# (', diễn ra ngày 24/9, ...': after a comma too)
_AT_NAMED_THEN = re.compile(  # what may stand between the name and the clause: what it is in brackets, when it was held
    r"(?P<when>(?:\s*\([^()]{0,60}\))?(?:\s*,?\s+(?:diễn ra|được tổ chức))?(?:\s+(?:vào|trong))?(?:\s+(?:" + PARTS_OF_DAY + r"))?"
    r"(?:\s+ngày)?(?:\s+" + DAY_WRITTEN + r")?)\s*,\s+\S"
)
# where the name ends and the clause begins: a comma before a subject ('..., Chánh án ...', '..., 5 tập thể ...',
# '..., ông A ...'); a comma inside a name runs on in lower case ('thi đua, khen thưởng năm 2023, triển khai ...')
_AT_NAMED_CLAUSE = re.compile(
    rf",\s+(?=[{UPPER}0-9]|(?:ông|bà|đồng chí|đ/c|các|nhiều|những|lãnh đạo|đại diện|thay mặt|thừa ủy quyền|toàn)\s)"
    r"|\s+(?=(?:diễn ra\s+|được tổ chức\s+)?" + _DAY_LEAD + r"ngày\s+\d)"
)
# (nor one pointed back to: 'Tại Hội nghị này, ...', 'Tại buổi lễ đó')
_AT_NAMED_NOT_NAME = re.compile(
    rf"^{_HEAD}\s*,|^{_HEAD}\s+(?:có|còn|cũng)\s|^{_HEAD}\s+(?:này|lần này|đó|ấy|trên|nói trên)(?!\w)|(?<!\w)(?:đã|được|vừa)(?!\w)"
    # (nor the event told before, its comma left out, then who gave at it: 'Tại hội nghị ông A trao Bằng khen ...',
    # 'Tại hội nghị Thống đốc Ngân hàng Nhà nước tặng Cờ thi đua ...')
    rf"|^{_HEAD}\s+(?:(?:ông|bà|đồng chí|đ/c)\s+|[Pp]hó\s+)?(?:[Cc]hủ tịch|[Bb]í thư|[Gg]iám đốc|[Bb]ộ trưởng|[Tt]hứ trưởng|[Tt]hống đốc|[Tt]ổng [Gg]iám đốc"
    r"|[Tt]rưởng ban|[Tt]ư lệnh|[Cc]hánh án|[Vv]iện trưởng|[Cc]ục trưởng|[Tt]hủ tướng|[Ll]ãnh đạo|[Đđ]ại diện|UBND|HĐND|(?-i:[A-ZĐ])\w+\s+(?-i:[A-ZĐ])\w+)"
    r"[^,;]{0,80}?\s(?:trao|tặng|trao tặng|khen thưởng|biểu dương|tuyên dương)(?!\w)"
    # (or on whose behalf one gave there: 'Tại hội nghị thừa ủy quyền của Chủ tịch UBND tỉnh, ông A trao ...')
    rf"|^{_HEAD}\s+(?:thừa (?:ủy|uỷ) quyền|thay mặt)(?!\w)"
    # (or the one who spoke or gave there, named right after the head, the comma before his title ending the name read:
    # 'Tại hội nghị đồng chí A, Phó Chủ tịch UBND tỉnh trao ...'; a name honours one only after more words: 'Lễ tang ông A')
    rf"|^{_HEAD}\s+(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|[Đđ]/[Cc])\s+[{UPPER}]"
)
_FUTURE = re.compile(r"(?<!\w)(?:sẽ|dự kiến|sắp)(?!\w)", re.I)
_SITTING_HOLDERS = frozenset({"PeoplesCouncil", "PartyCommittee"})  # the bodies that sit ('HĐND', 'Ban Chấp hành Đảng bộ')
# a short name that still names one sitting: by its number or its kind ('Kỳ họp thứ 12', 'kỳ họp chuyên đề')
_SITTING_NAMED = re.compile(r"(?<!\w)(?:(?:lần\s+)?thứ\s+(?:\d{1,3}|[IVXLC]{1,6})|chuyên đề|bất thường)(?!\w)")


def _at_named(sent: Sentence, doc: Document) -> list[EventFact]:
    """An event named after 'tại' and followed by the clause of what was done there."""
    text, out = sent.text, []
    if _FUTURE.search(text):
        return []
    for m in _AT_NAMED.finditer(text):
        cut = _AT_NAMED_CLAUSE.search(text, m.end())
        label = _label(text[: cut.start()] if cut else text, m.end())
        then = _AT_NAMED_THEN.match(text, m.end() + len(label)) if label else None
        if then is None or (len(label.split()) <= _BARE_HEAD_WORDS and not _SITTING_NAMED.search(label)):
            continue  # ('tại hội nghị tổng kết, ...': the one told before; not 'tại kỳ họp thứ 12', named by its number)
        if _generic(label) or _planned(label) or _AT_NAMED_NOT_NAME.search(label):
            continue  # 'Tại Hội nghị, có 04 tập thể đã được trao ...': the event told before, then what was done there
        start = sent.start + m.end()
        date = date_before(doc, sent.start, sent.start + m.start()) or date_before(
            doc, sent.start + then.start(), sent.start + then.end("when")
        )
        organiser = _organiser_of(doc, start, start + len(label), label)
        if organiser is None and _SITTING_NAMED.search(label):
            # 'tại Kỳ họp thứ 12, HĐND huyện X đã bầu ...': the council or the Party's committee whose sitting it was
            clause = sent.start + then.end() - 1
            holder = next((o for o in agents(doc, clause, sent.end) if o.start == clause), None)
            organiser = holder.value if holder is not None and holder.value.kind in _SITTING_HOLDERS else None
        evidence = Evidence(sent.start, sent.end, text, "events.at-named")
        out.append(
            EventFact("", label, _kind(label), date, organiser, None, None, evidence, awards=_awards_in(doc, start, len(label), label))
        )
    return out


# 'Dịp này, ...', 'Nhân dịp này, ...', 'Cũng tại hội nghị, ...': what follows happened at the event told before
_AT_THE_EVENT = re.compile(r"\W*(?:(?:[Nn]hân|[Cc]ũng(?:\s+(?:trong|nhân))?|[Tt]rong|[Vv]ào)\s+)?" + lexicon.cue("at-the-event").pattern)
# (or after the day it was on: 'Chiều 18/1, tại Hội nghị tổng kết công tác năm 2023, Công ty X đã vinh dự đón nhận ...')
_AT_THE_EVENT_AFTER_COMMA = re.compile(r",\s*" + lexicon.cue("at-the-event").pattern)
_TO_BE_HELD = lexicon.cue("event-to-come")


# an award named by its form alone, as one names it again ('danh hiệu', 'Huân chương', 'phần thưởng cao quý này')
# the one who handed over what was received, after it ('đón nhận Bằng khen từ tay Chủ tịch UBND tỉnh')
_FROM_HANDS = re.compile(r"\s+từ\s+(?:tay|tay của)\s+\S")
_AWARD_TOLD = re.compile(
    r"(?:danh hiệu|huân chương|huy chương|phần thưởng|giải thưởng|bằng khen|giấy khen|kỷ niệm chương|cờ thi đua|cờ)"
    r"(?:\s+(?:này|trên|đó|cao quý|ấy))*",
    re.I,
)


# nothing but a feeling before the receiving: the phrase opens the sentence, set before its subject
_OPENS_RECEIVING = re.compile(rf"\W*(?:{lexicon.cue('feeling').pattern}\s+)?")

# the event told before as the subject of a receiving: 'Đại hội vinh dự được đón nhận', 'Hội nghị đã long trọng đón nhận'
_EVENT_RECEIVES = re.compile(
    r"\W*(?:[Hh]ội nghị|[Đđ]ại hội|[Bb]uổi lễ|[Bb]uổi gặp mặt)(?:\s+(?:lần này|này))?"
    r"(?:\s+(?:đã|cũng|còn|vừa|vinh dự|được|long trọng|trọng thể|phấn khởi|tự hào))*\s*"
)


def _received(sent: Sentence, doc: Document) -> list[EventFact]:
    """'Huyện X đón nhận Huân chương ...': the ceremony receiving it."""
    text = sent.text
    r = _RECEIVE.search(text)
    if not r or _PLANNED.search(text[: r.start()]) or _AT_THE_EVENT.match(text) or _AT_THE_EVENT_AFTER_COMMA.search(text, 0, r.start()):
        return []  # 'Tại hội nghị, X đón nhận ...': received at the event told before, no ceremony of its own
    if _OPENS_RECEIVING.fullmatch(text, 0, r.start()):
        return []  # 'Vinh dự đón nhận Huân chương ..., Trường X quyết tâm ...': a phrase set before its subject, no ceremony
    if _EVENT_RECEIVES.fullmatch(text, 0, r.start()):
        return []  # 'Đại hội vinh dự được đón nhận Cờ thi đua ...': received at the event told before, its subject
    what = _label(r["what"], 0)
    what = r["what"].lstrip()[:1] + what[1:]  # within the ceremony's name, as the article writes it ('danh hiệu ...')
    if hands := _FROM_HANDS.search(what):
        what = what[: hands.start()]  # '... đón nhận danh hiệu từ tay lãnh đạo huyện': whose hands are no part of its name
    if _TO_BE_HELD.search(r["what"]):
        return []  # 'Lễ đón nhận Huân chương sẽ được tổ chức vào dịp ...': a ceremony to come
    if _AWARD_TOLD.fullmatch(what.strip(" .,")):
        return []  # 'ông A đã thay mặt gia đình đón nhận danh hiệu': the award told before, no ceremony of its own
    # 'Trường THPT X tổ chức ... đón nhận': the body named; 'Huyện X đón nhận': its People's Committee
    bodies = agents(doc, sent.start, sent.start + r.start())
    if (
        not bodies and not sent.is_headline and sent is not doc.lead_sentence()
        and (doc.spans("counts", sent.start, sent.start + r.start()) or _GENERIC_SUBJECT.search(_TIME_LEAD.sub("", text[: r.start()], count=1)))
    ):  # fmt: skip
        # '15 tập thể vinh dự đón nhận Bằng khen ...', 'Các tập thể đón nhận ...' after the lead: recipients counted, at
        # the event the article tells, no ceremony of their own (the lead's own news may be one: '5 trường học vinh dự
        # đón nhận Huân chương ...')
        return []
    # ('Viettel Thanh Hóa vinh dự đón nhận ...': a unit the subject names that no body rule reads, a brand at a place)
    adverbs = _ADVERBS_BEFORE.search(text, 0, r.start())
    named = None if bodies else subject_before(doc, sent.start, sent.start + adverbs.start(), _TIME_LEAD)
    unit = None if bodies else unit_for_subject(doc, sent.start, sent.start + r.start())
    if isinstance(named, OrgRef) and named.kind != "AdministrativeUnit":
        organiser: OrgRef | None = named
    else:
        # ('Xã A (huyện B) đón nhận ...': the commune's committee, the district its address)
        commune = None if bodies else commune_committee(doc, sent.start, sent.start + r.start())
        organiser = bodies[0].value if bodies else commune or (peoples_committee(unit) if unit else None)
    evidence = Evidence(sent.start, sent.end, sent.text, "events.receiving-ceremony")
    date = date_before(doc, sent.start, sent.start + r.start())
    awards = _awards_in(doc, sent.start + r.start("what"), len(what))
    return [EventFact("", "Lễ đón nhận " + what, "Ceremony", date, organiser, None, None, evidence, awards=awards)]
