"""Events that took place: conferences, ceremonies, congresses and meetings.

An event is reported by a trigger ('X tổ chức Hội nghị ...', 'đã diễn ra Hội
nghị ...', a caption 'Tổ chức thành công Đại hội ...', 'Huyện X đón Bằng ...').
Planned events ('sẽ tổ chức', 'tham mưu tổ chức') and events held by everyone
('các cơ quan, đơn vị tổ chức hội nghị') are not events of the article.
"""

from __future__ import annotations

import datetime as dt
import re

from .document import Document, Sentence
from .facts import EventFact, Evidence
from .gazetteer import Unit
from .orgs import OrgRef, PlaceContext, find_orgs, peoples_committee
from .places import unit_for_subject

_HEAD = r"(?:[Hh]ội nghị|[Ll]ễ|[Đđ]ại hội|[Hh]ội thảo|[Hh]ội thi|[Hh]ội diễn|[Tt]ọa đàm|[Dd]iễn đàn|[Kk]ỳ họp|[Pp]hiên họp|[Cc]uộc họp)(?![\wà-ỹđ])"
_KIND = {
    "hội nghị": "Conference",
    "lễ": "Ceremony",
    "đại hội": "Congress",
    "kỳ họp": "Meeting",
    "phiên họp": "Meeting",
    "cuộc họp": "Meeting",
}
_TRIGGER = re.compile(r"(?<![\wà-ỹđ])(?:[Tt]ổ chức(?: thành công)?|diễn ra)\s+")
_RECEIVE = re.compile(r"(?<![\wà-ỹđ])đón(?: nhận)?\s+(?P<what>(?:Bằng|Huân chương|Cờ|danh hiệu|Huy chương)\b.*)$")
_MEETING = re.compile(r"(?<![\wà-ỹđ])tổ chức (?:cuộc )?họp(?P<rest>[^;.]*)")
# what may stand between 'tổ chức' and the event: qualifiers, or an appositive ended by a dash
_BEFORE_HEAD = re.compile(r"(?:(?:thành công|long trọng|trọng thể|trang trọng|thành công tốt đẹp|trực tuyến)\s*)*|[^“\".;]{0,70}\s[-–]\s")
_PLANNED = re.compile(r"(?<![\wà-ỹđ])(?:sẽ|dự kiến|chuẩn bị|tham mưu|kế hoạch|đề nghị|phấn đấu|hướng tới|tiến tới)(?![\wà-ỹđ])", re.I)
_GENERIC_SUBJECT = re.compile(r"^\W*(?:các|những|mỗi|từng|nhiều)(?![\wà-ỹđ])", re.I)
_LABEL_STOP = re.compile(
    r",\s*(?:tới|đến|về)?\s*dự\b|,\s*(?:tôn vinh|thu hút|với sự|có sự|nhằm|để|qua đó|đồng thời)\b"
    r"|\s(?:tại|với sự tham dự|để|nhằm)\s|\s(?:đã\s+)?(?:được tổ chức|được long trọng tổ chức|diễn ra)(?!\w)"
    r"|[.;:!?]|\s[–—]\s|\s-\s(?!\d)|\(|$"
)
_GENERIC_LABEL = re.compile(r"cấp cơ sở|các cấp|hàng năm|định kỳ", re.I)
_DATE = re.compile(
    r"(?<![\d/])(?P<d>\d{1,2})\s*[/-]\s*(?P<m>\d{1,2})(?:\s*[/-]\s*(?P<y>(?:19|20)\d{2}))?(?![\d/])"
    r"|(?<![\wà-ỹđ])ngày\s+(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})(?:\s+năm\s+(?P<wy>(?:19|20)\d{2}))?",
    re.I,
)
_DAY_CONTEXT = re.compile(r"(?:ngày|sáng|chiều|tối|trưa|hôm)\s*$", re.I)
_PLACE = re.compile(
    r"(?<![\wà-ỹđ])tại\s+(?P<place>(?:Trung tâm|Hội trường|Nhà văn hóa|Cung|Khách sạn|trụ sở|huyện|tỉnh|thành phố|TP|thị xã|xã|phường)\b[^,.;]*?)(?=\s+(?:đã|Khối|Hội đồng|UBND|Ủy ban|diễn ra|tổ chức)\b|[,.;]|$)"
)


def event_date(sentence: str, before: int, published: dt.date | None) -> dt.date | None:
    """The date a sentence gives before `before`; a missing year comes from the publication date."""
    for m in _DATE.finditer(sentence[:before]):
        day, month, year_text = (m["d"], m["m"], m["y"]) if m["d"] else (m["wd"], m["wm"], m["wy"])
        if year_text is None and m["d"] and not _DAY_CONTEXT.search(sentence[max(0, m.start() - 12) : m.start()]):
            continue  # '15/1' is a date only after 'ngày', 'sáng', 'chiều' ...
        year = int(year_text) if year_text else (published.year if published else None)
        if year is None:
            continue
        try:
            date = dt.date(year, int(month), int(day))
        except ValueError:
            continue
        if year_text is None and published and date > published:
            date = date.replace(year=year - 1)
        return date
    return None


_INVERTED = re.compile(  # the event begins its clause ('Sáng 10/1, Hội nghị ... đã được tổ chức'), unlike a venue's name
    r"(?:^|(?<=[,;:]\s))(?:Hội nghị|Lễ|Đại hội|Hội thảo)(?!\w)[^.;]{3,160}?\s(?:đã\s+)?(?P<verb>được tổ chức|được long trọng tổ chức|diễn ra)(?!\w)"
)


def _organiser_after(rest: str, ctx: PlaceContext, offset: int) -> OrgRef | None:
    """'... được tổ chức bởi UBND huyện X' / 'do UBND huyện X tổ chức'."""
    m = re.match(r"\s*(?:bởi|do)\s+(?P<who>[^,.;]+)", rest)
    if not m:
        return None
    orgs = find_orgs(m["who"], ctx, offset)
    return orgs[0][0] if orgs else None


def _label(text: str, start: int) -> str:
    stop = _LABEL_STOP.search(text, start + 3)
    label = text[start : stop.start() if stop else len(text)].strip(" ,")
    return label[0].upper() + label[1:] if label else label


def _kind(label: str) -> str:
    low = label.lower()
    return next((k for h, k in _KIND.items() if low.startswith(h)), "Meeting" if low.startswith("họp") else "Conference")


def _organiser(subject: str, label: str, ctx: PlaceContext, offset: int) -> OrgRef | None:
    orgs = find_orgs(subject, ctx, offset)
    if orgs:
        return orgs[0][0]  # of joint organisers ('Huyện ủy - HĐND - UBND huyện X'), the lead one
    unit: Unit | None = unit_for_subject(subject, ctx)
    if unit is None or label.lower().startswith("đại hội đảng"):
        # the People's Committee acts for its place, but does not hold Party congresses
        return None
    return peoples_committee(unit)


def _subject(text: str, trigger_start: int) -> str:
    clause_start = max(text.rfind(";", 0, trigger_start), text.rfind(":", 0, trigger_start)) + 1
    subject = text[clause_start:trigger_start]
    if not re.search(r"[^\W\d_]{2}", subject.replace("đã", "")):
        # the clause shares the sentence's subject: the words before its first verb
        subject = re.split(r"(?<![\wà-ỹđ])(?:đã|đang|tập trung|chỉ đạo|thực hiện)(?![\wà-ỹđ])", text[:trigger_start])[0]
    # drop leading time adverbials: 'Ngày 19/1/2021,', 'Sáng ngày 06/2/2021,', 'Vừa qua'
    subject = re.sub(r"^\s*(?:(?:Sáng|Chiều|Tối)\s+)?(?:[Nn]gày\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?\s*,?\s*", "", subject)
    return re.sub(r"^\s*(?:Vừa qua|Mới đây|Trong năm|Năm \d{4})\s*,?\s*", "", subject)


def _headline_event(doc: Document) -> EventFact | None:
    """A headline that is an event's name ('Hội nghị tổng kết ... năm 2022'), dated by the lead sentence."""
    if not doc.title or not re.match(_HEAD, doc.title) or not doc.sentences:
        return None
    title = doc.sentences[0]
    if title.start >= doc.body_start:  # no headline sentence
        return None
    lead = next((s for s in doc.sentences if s.start >= doc.body_start), None)
    date = event_date(lead.text, len(lead.text), doc.published) if lead else None
    if lead is None or not re.search(r"tổ chức|diễn ra|tổng kết|sơ kết|khai mạc", lead.text):
        date = None
    label = _label(doc.title, 0)
    return EventFact("", label, _kind(label), date, None, None, None, Evidence(title.start, title.end, title.text))


def find_events(doc: Document, ctx: PlaceContext) -> list[EventFact]:
    events: list[EventFact] = []
    headline = _headline_event(doc)
    for sent in doc.sentences:
        for ev in _events_in(sent, doc, ctx):
            same = next((e for e in events if _same_event(e, ev)), None)
            if same is None:
                events.append(ev)
            else:
                if same.evidence.start < doc.body_start <= ev.evidence.start:
                    # the headline announced it; the body reports it in full
                    same.label, same.evidence = ev.label, ev.evidence
                    same.organiser = ev.organiser or same.organiser
                same.date = same.date or ev.date
                same.organiser = same.organiser or ev.organiser
                same.place = same.place or ev.place
    if not events:
        # a photo caption that names an event ('Lễ trao tặng Huân chương ... cho ...') shows it took place;
        # in an article reporting another event, such a caption shows a moment of that one
        for sent in doc.sentences:
            label = _label(sent.text, 0) if sent.is_caption and re.match(_HEAD, sent.text) else ""
            if not label or _GENERIC_LABEL.search(label) or _PLANNED.search(sent.text):
                continue
            caption = EventFact("", label, _kind(label), None, None, None, None, Evidence(sent.start, sent.end, sent.text))
            if not any(_same_event(e, caption) for e in events):
                events.append(caption)
    if headline is not None and not any(_same_event(e, headline) or e.evidence.start == headline.evidence.start for e in events):
        events.insert(0, headline)  # the article's main event
    for i, e in enumerate(events):
        e.key = f"e{i + 1}"
    return events


def _same_event(a: EventFact, b: EventFact) -> bool:
    ta, tb = set(a.label.lower().split()), set(b.label.lower().split())
    overlap = len(ta & tb) / max(1, min(len(ta), len(tb)))
    return _kind(a.label) == _kind(b.label) and overlap >= 0.75 and (a.date is None or b.date is None or a.date == b.date)


def _events_in(sent: Sentence, doc: Document, ctx: PlaceContext) -> list[EventFact]:
    text, out = sent.text, []
    evidence = Evidence(sent.start, sent.end, sent.text)
    for t in _TRIGGER.finditer(text):
        window = text[t.end() : t.end() + 90]
        window = re.split(r"[;.]", window)[0]
        heads = list(re.finditer(_HEAD, window))
        if not heads:
            continue
        subject = _subject(text, t.start())
        if _GENERIC_SUBJECT.search(subject) or _PLANNED.search(text[max(0, t.start() - 25) : t.start()]):
            continue
        first = heads[0].start()
        if not _BEFORE_HEAD.fullmatch(window[:first]):
            continue  # 'tổ chức tốt công tác ... tại Hội nghị', 'tổ chức các hội nghị'
        if re.search(r"(?:các|những|nhiều)\s*$", window[:first]):
            continue
        date = event_date(text, t.start(), doc.published)
        place_m = _PLACE.search(text)
        labels = re.split(r"\s+và\s+(?=" + _HEAD + ")", text[t.end() + first :])
        pos = t.end() + first
        for part in labels:
            label = _label(text, pos)
            pos += len(part) + len(" và ")
            if not label or _GENERIC_LABEL.search(label):
                continue
            organiser = _organiser(subject, label, ctx, sent.start + text.find(subject))
            out.append(EventFact("", label, _kind(label), date, organiser, place_m["place"] if place_m else None, None, evidence))
    for inv in _INVERTED.finditer(text):
        # 'Hội nghị tổng kết ... đã được tổ chức tại ...': the event first, the verb after it
        label = _label(text, inv.start())
        if not label or _GENERIC_LABEL.search(label) or _PLANNED.search(text[: inv.start("verb")]):
            continue
        if re.search(r"(?:các|những|nhiều)\s*$", text[: inv.start()]):
            continue
        date = event_date(text, inv.start("verb"), doc.published)
        place_m = _PLACE.search(text)
        organiser = _organiser_after(text[inv.end() :], ctx, sent.start + inv.end())
        out.append(EventFact("", label, _kind(label), date, organiser, place_m["place"] if place_m else None, None, evidence))
    m = _MEETING.search(text)
    if m and not _PLANNED.search(text[: m.start()]):
        subject = _subject(text, m.start())
        organiser = _organiser(subject, "họp", ctx, sent.start)
        if organiser and not _GENERIC_SUBJECT.search(subject):
            rest = re.split(r"\s(?:để|nhằm)\s", m["rest"])[0].strip(" ,")
            label = f"Họp {organiser.name} {rest}".strip()
            out.append(EventFact("", label, "Meeting", event_date(text, m.start(), doc.published), organiser, None, None, evidence))
    r = _RECEIVE.search(text)
    if r and not _PLANNED.search(text[: r.start()]):
        subject = text[: r.start()]
        unit = unit_for_subject(subject, ctx)
        label = "Lễ đón nhận " + _label(r["what"], 0)
        organiser = peoples_committee(unit) if unit else None
        out.append(EventFact("", label, "Ceremony", event_date(text, r.start(), doc.published), organiser, None, None, evidence))
    return out
