"""Named campaigns: quoted names after 'phong trào (thi đua)', 'cuộc vận động' and 'chủ đề công tác năm'.

A quoted text is a campaign only when a cue introduces it, or when it continues a
list that a cue opened ('các phong trào như: “A”; “B”, thi đua “C”'). Slogans,
principles and titles in quotes ('phương châm “3 trước”', 'danh hiệu “...”') are
not campaigns. Portals break quotes: a name whose closing mark is missing ends at
the first semicolon; an opening mark inside an open quote closes the first name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon
from .conferrers import pronoun_person, resolve_conferrer
from .document import Document, Sentence
from .facts import ArticleFacts, CampaignFact, Conferrer, Evidence
from .names import UPPER

_OPEN = '“"«'
_CLOSE = '”"»'
_OPENING = re.compile(f"[{_OPEN}]+")
_MARK = re.compile(f"[{_CLOSE}“«]")  # what ends a quote: a closing mark, or a new quote's opening
_CUES = [
    ("theme", re.compile(r"chủ đề (?:công tác|hành động|năm)[^“”\"]{0,30}?$", re.I)),
    ("drive", re.compile(r"cuộc vận động[^“”\".!?:]{0,70}:?\s*$", re.I)),
    ("movement", re.compile(r"phong trào[^“”\".!?:]{0,80}:?\s*$", re.I)),
    ("movement", re.compile(r"(?<!\w)thi đua(?: xây dựng)?\s*$", re.I)),
    ("movement", re.compile(r"(?<!\w)đợt thi đua(?: cao điểm| đặc biệt)?[^“”\".!?:]{0,30}?\s*$", re.I)),  # a named drive of emulation
    ("topic", re.compile(r"(?:với|có|mang)? ?chủ đề(?: thi đua)?\s*:?\s*$", re.I)),  # 'với chủ đề thi đua: “...”'
]
_LIST_GAP = re.compile(r"^[\s,;]*(?:và|cùng|gắn với)?\s*(?P<cue>[Pp]hong trào(?: thi đua)?|[Cc]uộc vận động|[Tt]hi đua(?: xây dựng)?)?\s*$")
_OF_EMULATION = re.compile(r"phong trào|đợt thi đua")
# what makes a theme ('với chủ đề “...”') an emulation's: the sentence speaks of one before it
_EMULATION = re.compile(r"(?<!\w)(?:thi đua|phong trào|công tác)(?!\w)", re.I)
# a year's work theme chosen or carried out ('Năm 2024, huyện chọn chủ đề “...”', 'lấy chủ đề năm là “...”', 'Năm 2024,
# tỉnh thực hiện chủ đề “Năm chuyển đổi số”')
_YEAR_CHOSEN = re.compile(
    r"(?<!\w)(?:chọn|lấy|xác định|thực hiện|triển khai)\s+(?:là\s+)?chủ đề(?:\s+(?:của\s+)?năm)?(?:\s+là)?\s*:?\s*[“\"«'‘]*$", re.I
)
_EVENT_CHOOSES = re.compile(r"(?<!\w)(?:hội thi|cuộc thi|hội diễn|hội nghị|đại hội|lễ|chương trình|giải|hội thảo)(?!\w)", re.I)
_A_YEAR = re.compile(r"(?<!\w)năm\s+(?:19|20)\d{2}(?!\d)", re.I)
# a theme that names its year ('“Năm chuyển đổi số”'), given to the tasks of a year right before it ('nhiệm vụ năm 2024
# với chủ đề')
_YEAR_NAMED = re.compile(f"[{_OPEN}'‘]*Năm\\s")
_YEAR_THEMED = re.compile(rf"(?<!\w)năm\s+(?:19|20)\d{{2}}\s*,?\s+(?:với|có|mang|theo)\s+chủ đề\s*:?\s*[{_OPEN}'‘]*$", re.I)
_NOT_CAMPAIGN = re.compile(
    # (a flag's or a bloc's own name: 'Cờ thi đua “Đơn vị dẫn đầu phong trào thi đua”'; a standard attained: 'đạt tiêu
    # chuẩn “An toàn về an ninh, trật tự”', 'đạt chuẩn “...”')
    r"(?:phương châm|tinh thần|khẩu hiệu|mục tiêu|danh hiệu|giải thưởng|kỳ họp|Lễ tôn vinh|tôn vinh|quy tắc|(?:cờ|khối|cụm) thi đua"
    r"|(?<!\w)(?:tiêu )?chuẩn)\s*$",
    re.I,
)


@dataclass
class Quote:
    start: int  # offsets of the name inside the sentence
    end: int
    next_pos: int  # where scanning resumes


# single quotes around a name ('phong trào thi đua 'Dân vận khéo''): opened after a non-letter, before a capital,
# closed before a non-letter; an apostrophe inside a name ('H'Bơ', 'Ea H’leo') follows a letter and opens nothing
# (or doubled, where a page wrote a double quote as two: "phong trào ''Dân vận khéo''")
_SINGLE = re.compile(rf"(?<![\w'‘’])(?:''|['‘])(?P<name>[{UPPER}][^'‘’\n]{{2,150}}?)(?:''|['’])(?!\w)")


def quotes(text: str) -> list[Quote]:
    """Quoted spans, repairing the two ways portals break quotes; single-quoted ones where no double quote is."""
    double = _double_quotes(text)
    single = [
        Quote(m.start("name"), m.end("name"), m.end())
        for m in _SINGLE.finditer(text)
        if not any(q.start - 1 <= m.start() < q.next_pos for q in double)
    ]
    return sorted(double + single, key=lambda q: q.start)


def _double_quotes(text: str) -> list[Quote]:
    out: list[Quote] = []
    i = 0
    while (opening := _OPENING.search(text, i)) is not None:
        start = opening.end()  # doubled opening marks are skipped with the first
        # text[start] opens nothing, so the first mark after it either closes the quote or opens a new one
        mark = _MARK.search(text, start)
        if mark is None:
            semi = text.find(";", start)
            end = semi if semi != -1 else len(text)
        elif mark.group() in _CLOSE:
            end = mark.start()
        else:  # a new quote opens: the first one ended before it
            comma = text.rfind(",", start, mark.start())
            end = comma if comma > start else mark.start()
        nxt = end + 1
        while nxt < len(text) and text[nxt] in _CLOSE:
            nxt += 1
        if end > start:
            out.append(Quote(start, end, nxt if text[end : end + 1] in _CLOSE else end))
        i = max(nxt, start)
    return out


def _clean(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip(" ,;:.…")


def _canonical(name: str) -> str:
    """The name as a catalogue writes it: capitalised, a space after ',' and ';', no space inside 'COVID-19'."""
    name = re.sub(r"([,;])(?=\w)", r"\1 ", name)
    name = re.sub(r"(\w) -(\d)", r"\1-\2", name)
    return name[0].upper() + name[1:]


# between two cues of one list of kinds ('các cuộc vận động, các phong trào: “...”')
_KIND_LIST = re.compile(r"^\S+(?:\s+\S+){0,2}?[\s,]*(?:và\s+)?(?:các|những)\s+$", re.I)


def _nearest_cue(gap: str, hits: list[tuple[int, str]]) -> str:
    """The kind of the cue nearest the quote ('phong trào thi đua ... gắn với Cuộc vận động “...”' is a drive), but
    of the first of a list of kinds ('các cuộc vận động, các phong trào: “...”', the first of its items)."""
    i = len(hits) - 1
    while i > 0 and _KIND_LIST.match(gap[hits[i - 1][0] : hits[i][0]]):
        i -= 1
    return hits[i][1]


def find_campaigns(sent: Sentence) -> list[CampaignFact]:
    text = sent.text
    found: list[CampaignFact] = []
    prev_end, prev_kind = 0, None
    sentence_has_movement = False
    for q in quotes(text):
        gap = text[prev_end : q.start].rstrip(_OPEN + "'‘")  # doubled opening marks belong to the quote (a single one too)
        kind = None
        if prev_kind and (lm := _LIST_GAP.match(gap)):
            cue = (lm["cue"] or "").lower()
            kind = "drive" if cue.startswith("cuộc") else ("movement" if cue else prev_kind)
        elif not _NOT_CAMPAIGN.search(gap):
            hits = []
            for k, regex in _CUES:
                m = regex.search(gap[-110:])
                if m:
                    hits.append((m.start(), k))
            if hits:
                kind = _nearest_cue(gap[-110:], sorted(hits))
                chosen = _YEAR_CHOSEN.search(text, 0, q.start)
                if kind == "topic" and chosen and _A_YEAR.search(text, 0, q.start) and not _EVENT_CHOOSES.search(text, 0, chosen.start()):
                    kind = "theme"  # 'Năm 2024, huyện chọn chủ đề “Năm đẩy mạnh cải cách hành chính”': the year's theme
                elif kind == "topic" and not _EMULATION.search(text, 0, q.start):
                    # 'tọa đàm chủ đề “...”', 'chương trình nghệ thuật với chủ đề “...”': not an emulation's; but a
                    # year's tasks under a theme that names the year ('Nghị quyết về nhiệm vụ năm 2024 với chủ đề “Năm
                    # tăng tốc, bứt phá”') are that year's theme
                    kind = (
                        "theme" if _YEAR_NAMED.match(text, q.start) and _YEAR_THEMED.search(text, max(0, q.start - 60), q.start) else None
                    )
                elif kind == "topic":
                    # the topic of a movement or of a drive of emulation names it; else a year's theme
                    kind = "movement" if (sentence_has_movement or _OF_EMULATION.search(text[: q.start].lower())) else "theme"
        if kind:
            name = _clean(text[q.start : q.end])
            if len(name) >= 3:
                canonical = _canonical(name)
                ev = Evidence(sent.start, sent.end, sent.text, f"campaigns.{kind}-cue")
                found.append(CampaignFact(canonical, kind, None, ev, [name] if name != canonical else []))
                sentence_has_movement |= kind == "movement"
        prev_end, prev_kind = q.next_pos, kind
    return found


_NOT_DONE = lexicon.cue("launch-not-done")
_AUXILIARIES = lexicon.cue("auxiliaries")


def campaign_facts(doc: Document, facts: ArticleFacts) -> None:
    """Campaigns of every sentence, once each, with the person, body or office the sentence says launched them."""
    for sent in doc.sentences:
        for c in find_campaigns(sent):
            told = next((k for k in facts.campaigns if c.name.casefold() == k.name.casefold()), None)
            # (a headline's launcher, often a place for its body ('Huyện X phát động ...'), yields to the one the text
            # names: 'Ban Thường trực Ủy ban MTTQ huyện X tổ chức lễ phát động ...')
            if told is not None and told.launched_by is not None and not _told_in_headline_first(doc, told, sent):
                continue
            written = (c.aliases or [c.name])[0]  # the name as the article writes it, not its catalogue form
            at = sent.text.find(written)
            c.launched_by = (
                _launcher(doc, sent, at)
                or _launched_by_after(doc, sent, at + len(written) if at != -1 else -1)
                or _launched_at_event(sent, at, facts)
                or _launched_by_event_s_name(sent, written, facts)
            )
            if told is not None:
                # told again ('... “Dân vận khéo” do Ban Dân vận Trung ương phát động'): who launched it, from the sentence
                # that says so, which is then the campaign's evidence
                if c.launched_by is not None:
                    told.launched_by, told.evidence = c.launched_by, c.evidence
                continue
            facts.campaigns.append(c)
    _merge_shortened(facts)


def _told_in_headline_first(doc: Document, told: CampaignFact, sent: Sentence) -> bool:
    """Whether a campaign was told in the headline and is told again in the text (`sent`)."""
    return told.evidence.start < doc.body_start <= sent.start


_WORD = re.compile(r"\w+")


def _merge_shortened(facts: ArticleFacts) -> None:
    """'Toàn dân bảo vệ chủ quyền an ninh biên giới quốc gia' in a headline, 'Toàn dân bảo vệ chủ quyền lãnh thổ, an
    ninh biên giới quốc gia trong tình hình mới' in the lead: one campaign, the shorter name a spelling of the longer
    (its words in order, from the same first word, four at least)."""
    words = [[w.casefold() for w in _WORD.findall(c.name)] for c in facts.campaigns]
    dropped = set()
    for i, short in enumerate(facts.campaigns):
        for j, full in enumerate(facts.campaigns):
            if i == j or j in dropped or short.kind != full.kind:
                continue
            if not _shortens(words[i], words[j]) and not _first_part(words[i], full.name):
                continue
            full.aliases.extend(a for a in (short.aliases or [short.name]) if a not in full.aliases)
            if full.launched_by is None:
                full.launched_by = short.launched_by
            dropped.add(i)
            break
    facts.campaigns[:] = [c for i, c in enumerate(facts.campaigns) if i not in dropped]


def _first_part(short: list[str], full: str) -> bool:
    """'Xanh - Sạch - Đẹp' for 'Xanh - Sạch - Đẹp, Bảo đảm an toàn vệ sinh lao động': a name told by its first part, up
    to the full name's first comma, however short."""
    head, comma, _ = full.partition(",")
    return bool(comma) and short == [w.casefold() for w in _WORD.findall(head)]


def _shortens(short: list[str], full: list[str]) -> bool:
    if len(short) < 4 or len(short) >= len(full) or short[0] != full[0]:
        return False
    rest = iter(full)
    return all(w in rest for w in short)  # each word found after the one before


# the event as the subject of a launch: 'Đại hội đã phát động phong trào thi đua “...”', 'Hội nghị cũng phát động ...'
_EVENT_LAUNCHED = re.compile(
    r"(?:^|[,;]\s*)(?:Tại\s+)?(?P<kind>Đại hội|Hội nghị|Lễ|Buổi lễ)(?:\s+[^,;.]{0,40}?)?\s+(?:(?:đã|cũng|đồng thời)\s+)*phát động\s"
)


def _launched_at_event(sent: Sentence, quote_at: int, facts: ArticleFacts) -> Conferrer | None:
    """'Đại hội đã phát động phong trào thi đua “...”': the body that held the article's one event of that kind."""
    m = _EVENT_LAUNCHED.search(sent.text, 0, max(quote_at, 0))
    if m is None:
        return None
    kind = {"Đại hội": "Congress", "Hội nghị": "Conference"}.get(m["kind"], "Ceremony")
    held = {e.organiser.name: e.organiser for e in facts.events if e.kind == kind and e.organiser is not None}
    return next(iter(held.values())) if len(held) == 1 else None


def _launched_by_event_s_name(sent: Sentence, written: str, facts: ArticleFacts) -> Conferrer | None:
    """'UBND huyện tổ chức Hội nghị tuyên dương ... và phát động phong trào thi đua “X”': a launching the name of an event
    the sentence tells holds, by the body that held it."""
    held = [
        e.organiser for e in facts.events
        if e.organiser is not None and e.evidence.start == sent.start and _LAUNCH_THEN.search(e.label, 0, max(e.label.find(written), 0))
    ]  # fmt: skip
    return held[0] if len(held) == 1 else None


_LAUNCH_THEN = re.compile(r"(?<!\w)phát động(?!\w)[^“”\"«»]{0,40}[“\"«]?$", re.I)  # (its launching right before the name)


# 'phong trào thi đua “…” do Thủ tướng Chính phủ phát động': the launcher after the name
# ('phong trào “…” được Bộ Công an phát động từ năm 2005': by a passive too)
# (past the campaign's period: '“…” giai đoạn 2021 - 2025 do Thủ tướng Chính phủ phát động', '“…”, giai đoạn ...')
_DO_LAUNCHED = re.compile(
    r"[”\"»’'\s]*(?:,\s*)?(?:(?:giai đoạn|năm|nhiệm kỳ)\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?"
    r"\s*,?\s*(?:do|của|(?:đã\s+)?được)\s+(?P<who>[^,;.:“”\"]{2,60}?)\s+(?:phát động|khởi xướng)(?!\w)"
)


def _launcher(doc: Document, sent: Sentence, quote_at: int) -> str | Conferrer | None:
    """Who launched it, as the sentence reports the launching before the name: the person whose act it is, else
    the body or office that is the subject of 'phát động'; not a speaker announcing a launch to come."""
    launch = sent.text.rfind("phát động", 0, max(quote_at, 0))
    if launch == -1:
        return None
    people = [p for p in doc.values("people", sent.start, sent.start + launch, base=sent.start) if p.end <= launch]
    if people:
        return None if _NOT_DONE.search(sent.text[people[-1].chain_end : launch]) else people[-1].name
    start = max(sent.text.rfind(mark, 0, launch) for mark in ',;:“"') + 1  # the subject's clause
    # 'UBND tỉnh ban hành Kế hoạch phát động ...': a plan issued launches it; its 'kế hoạch' plans nothing to come
    issued = _ISSUED.search(sent.text, start, launch)
    clause = sent.text[start : issued.start() if issued else launch]
    if _NOT_DONE.search(clause) or _SUBJECT_NOT_DONE.search(clause):
        return None
    if (person := pronoun_person(doc, sent.start + start, sent.start + start + len(clause))) is not None:
        return person  # 'Ông cũng phát động phong trào ...': the one named before, by a pronoun
    # 'Năm 2023, Công ty đã phát động ...': the subject without its auxiliaries, so a body's head noun is read alone
    end = start + len(_AUXILIARIES.sub("", clause))
    who, _ = resolve_conferrer(doc, sent.start + start, sent.start + end)
    return who


_ISSUED = re.compile(
    r"(?<!\w)(?:ban hành|ký)\s+(?:[Kk]ế hoạch|[Cc]hỉ thị|[Hh]ướng dẫn|[Qq]uyết định|[Cc]ông văn)(?:\s+số\s+\S+)?(?:\s+(?:về việc|về))?\s*$"
)
_SUBJECT_NOT_DONE = re.compile(r"(?<!\w)(?:sẽ|đang|tiếp tục|hưởng ứng|thực hiện|triển khai)(?!\w)", re.I)


def _launched_by_after(doc: Document, sent: Sentence, name_end: int) -> Conferrer | str | None:
    """'… “X” do Thủ tướng Chính phủ phát động': the person, body or office named after the campaign."""
    m = _DO_LAUNCHED.match(sent.text, name_end) if name_end >= 0 else None
    if m is None:
        return None
    people = doc.spans("people", sent.start + m.start("who"), sent.start + m.end("who"))
    if people:
        return people[0].value.name
    who, _ = resolve_conferrer(doc, sent.start + m.start("who"), sent.start + m.end("who"))
    return who
