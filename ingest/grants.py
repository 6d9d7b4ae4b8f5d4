"""Award grants: who conferred which award on how many of whom, and when.

A sentence is read clause by clause (clauses end at ';'). In a clause, counts
('hơn 37 tập thể', '01 cá nhân', 'nhiều tập thể, cá nhân') are bound to award
names: a count directly before an award ('60 Tập thể Lao động tiên tiến'), after
'AWARD cho' ('tặng giấy khen cho 346 tập thể và hơn 542 cá nhân'), or before the
award its verb names ('06 tập thể được tặng Cờ thi đua'). Counts no award claims
go to the generic 'khen thưởng' when the clause commends them. The conferrer is
the clause's agent ('được huyện khen thưởng'), the owner in 'của UBND tỉnh', the
sentence's subject, or, for awards only one office may confer, that office.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .awards import AwardMention, award_types, find_awards, is_ancestor, recipients_kind, refine_for_conferrer
from .document import Document, Sentence
from .facts import Conferrer, EventFact, Evidence, GrantFact, Office
from .orgs import OrgRef, PlaceContext, find_orgs, peoples_committee
from .people import find_people, match_role, parse_chain
from .places import COMMUNE, typed_mentions, unit_for_subject

PRESIDENT = Office("Chủ tịch nước", "Chủ tịch nước")
PRIME_MINISTER = Office("Thủ tướng Chính phủ", "Thủ tướng", OrgRef("Chính phủ", "Department", None, "national"))

_NUMBERS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_NOUNS = {
    "tập thể, cá nhân": "mixed", "tập thể và cá nhân": "mixed", "tập thể và các cá nhân": "mixed",
    "mô hình tập thể": "collective", "mô hình cá nhân": "individual", "mô hình": "mixed",
    "tập thể": "collective", "cá nhân": "individual", "đơn vị": "collective", "cơ quan": "collective",
    "doanh nghiệp": "collective", "hộ gia đình": "collective", "gia đình": "collective", "hộ": "collective",
    "xã": "collective", "thôn": "collective", "bản": "collective", "trường": "collective",
    "điển hình tiên tiến": "individual", "điển hình": "individual", "người": "individual", "đồng chí": "individual",
    "cán bộ": "individual", "đảng viên": "individual", "học sinh": "individual", "giáo viên": "individual",
    "hội viên": "individual", "công nhân": "individual", "nông dân": "individual",
}  # fmt: skip
_NOUN_RE = "|".join(re.escape(n) for n in sorted(_NOUNS, key=len, reverse=True))
_COUNT = re.compile(
    r"(?<![\wà-ỹđ/.,])(?:(?P<approx>hơn|trên|gần|khoảng|gần như)\s+)?"
    r"(?P<num>\d{1,3}(?:\.\d{3})+|\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|nhiều)(?![\d/%,.]\d)"
    r"(?:\s+(?P<noun>" + _NOUN_RE + r"))?(?![\wà-ỹđ])",
    re.I,
)
# what may stand between 'cho' and a later count of the same list: other counts
_COUNT_LIST = re.compile(r"(?:[\s,;:&+]|và|hơn|trên|gần|khoảng|\d+|" + "|".join(_NUMBERS) + "|" + _NOUN_RE + r")*", re.I)
_GENERIC_VERB = re.compile(r"(?<![\wà-ỹđ])(?:khen thưởng|tôn vinh|biểu dương)(?![\wà-ỹđ])", re.I)
_NOT_GENERIC = re.compile(r"(?:thi đua\s*[-–,]?\s*|công tác\s+)$", re.I)
_PROPOSED = re.compile(r"(?<![\wà-ỹđ])(?:đề nghị|đề xuất|trình)(?![\wà-ỹđ])", re.I)
_AGENT = re.compile(
    r"(?<![\wà-ỹđ])(?:được|đề nghị)\s+(?P<agent>.{2,60}?)\s+(?:trao tặng|tặng thưởng|tặng|khen thưởng|công nhận|suy tôn|tôn vinh)(?![\wà-ỹđ])"
)
_ACTIVE = re.compile(
    r"(?<![\wà-ỹđ])(?:đã\s+)?(?:xét,?\s*)?(?:trao tặng|tặng thưởng|tặng|công nhận|suy tôn|khen thưởng|tôn vinh|tổ chức)(?![\wà-ỹđ])"
)
_PERIOD = re.compile(r"(?<![\wà-ỹđ])(?:năm học|năm|giai đoạn|từ năm|nhiệm kỳ)\s+(?P<a>(?:19|20)\d{2})(?:\s*[-–]\s*(?P<b>(?:19|20)\d{2}))?")
_ANAPHOR = re.compile(r"(?:[Dd]ịp này|[Tt]ại [Hh]ội nghị|[Tt]ại buổi lễ|[Tt]ại [Ll]ễ|[Tt]ại [Đđ]ại hội)")
_CONTINUE = re.compile(r"^\s*(?:Ngoài ra|Cũng|Đồng thời|Bên cạnh đó)")
_ON_BEHALF = re.compile(r"thừa ủy quyền (?:của )?(?P<who>Chủ tịch nước|Thủ tướng Chính phủ|Thủ tướng)", re.I)
_PRESENT_VERB = re.compile(r"(?<![\wà-ỹđ])(?:trao tặng|trao|tặng|gắn)(?![\wà-ỹđ])")
_PASSIVE = re.compile(r"(?<![\wà-ỹđ])được(?:\s+[^\s,;]+){0,6}\s*$")


_YEAR_LEAD = re.compile(r"^\s*(?:Năm|Trong năm)\s+(?P<year>(?:19|20)\d{2})\s*,")
_TIME_LEAD = re.compile(
    r"^\s*(?:(?:Trong đó|Năm \d{4}|Trong năm(?: \d{4})?|Ngoài ra|Dịp này|Nhân dịp này|Cũng trong dịp này|Tại [Hh]ội nghị)\s*,?\s*)+"
)


def presents(text: str) -> re.Match[str] | None:
    """The verb of an active handing-over ('X trao Bằng khen'), not of receiving ('X được tặng Bằng khen')."""
    for m in _PRESENT_VERB.finditer(text):
        if not _PASSIVE.search(text[: m.start()]):
            return m
    return None


@dataclass
class Count:
    start: int
    end: int
    value: int | None
    approx: bool
    kind: str | None


def _counts(text: str) -> list[Count]:
    out = []
    for m in _COUNT.finditer(text):
        num = m["num"].lower()
        if num in _NUMBERS or num == "nhiều":
            if not m["noun"]:
                continue  # 'năm 2020', 'ba' alone: not a count
            value = None if num == "nhiều" else _NUMBERS[num]
        else:
            value = int(num.replace(".", ""))
        if value == 0:
            continue
        kind = _NOUNS.get(m["noun"].lower()) if m["noun"] else None
        out.append(Count(m.start(), m.end(), value, bool(m["approx"]), kind))
    return out


def _clauses(text: str) -> list[tuple[int, str]]:
    """Clauses end at ';', except in a list of counts ('cho: 45 tập thể; 120 cá nhân')."""
    out: list[tuple[int, str]] = []
    pos = 0
    for part in text.split(";"):
        if out and _COUNT_LIST.fullmatch(part.rstrip(" .")) and _counts(part):
            start, prev = out.pop()
            out.append((start, prev + ";" + part))
        else:
            out.append((pos, part))
        pos += len(part) + 1
    return out


def resolve_conferrer(phrase: str, ctx: PlaceContext) -> tuple[Conferrer | None, bool]:
    """(conferrer, stated): stated is True when the phrase names an agent, even a vague one."""
    p = phrase.strip(" ,")
    low = p.casefold()
    if not p:
        return None, False
    if re.search(r"(?<![\wà-ỹđ])(?:các|những|cấp)(?![\wà-ỹđ])", low):
        return None, True
    if "chủ tịch nước" in low:
        return PRESIDENT, True
    if "thủ tướng" in low or low == "chính phủ":  # the Government's awards are signed by the Prime Minister
        return PRIME_MINISTER, True
    if match_role(p, 0):  # an office: 'chủ tịch UBND huyện', 'Bộ trưởng Bộ Công an'
        posts, _ = parse_chain(p, 0, ctx)
        if posts and posts[0].org:
            return Office(f"{posts[0].role} {posts[0].org.name}", posts[0].role, posts[0].org), True
    orgs = find_orgs(p, ctx)
    if orgs:
        return orgs[0][0], True
    unit = unit_for_subject(p, ctx)
    if unit:
        return peoples_committee(unit), True
    return None, False


def _label(c: Conferrer | None) -> str | None:
    if c is None:
        return None
    return c.label if isinstance(c, Office) else c.name


def _default_conferrer(award: str) -> Conferrer | None:
    """Orders, medals and state titles are the President's to confer; the Government's flag and
    the Prime Minister's certificate are the Prime Minister's (Law on Emulation and Commendation)."""
    by = award_types()[award].conferred_by
    if by == "Chủ tịch nước":
        return PRESIDENT
    if by.startswith("Thủ tướng") or by.startswith("Chính phủ"):
        return PRIME_MINISTER
    return None


def _subject(clause: str) -> str:
    lead = _TIME_LEAD.match(clause)
    body = clause[lead.end() if lead else 0 :]
    m = _ACTIVE.search(body)
    if not m:
        return ""
    subject = body[: m.start()]
    subject = re.split(r"(?<![\wà-ỹđ])(?:đã|sẽ|đang)(?![\wà-ỹđ])", subject)[0]
    if len(subject) > 60 or "được" in subject:
        return ""
    return subject


def _period(clause: str, after: int, multi_ground: bool) -> str | None:
    for m in _PERIOD.finditer(clause, after):
        if multi_ground and clause[: m.start()].rstrip().endswith("”"):
            return None
        return f"{m['a']}-{m['b']}" if m["b"] else m["a"]
    return None


def _bind(clause: str, awards: list[AwardMention], counts: list[Count]) -> list[tuple[Count, AwardMention | None]]:
    """Pair each count with the award it is counted for (None: only a generic commendation)."""
    pairs = []
    for c in counts:
        # the award follows the number, or its first words are the count's noun ('12 đơn vị dẫn đầu khối')
        direct = next((a for a in awards if c.start < a.start <= c.end + 1), None)
        if direct is None and c.kind is None:
            direct = next((a for a in awards if a.start >= c.end and not clause[c.end : a.start].strip()), None)
        if direct is not None:
            pairs.append((c, direct))
            continue
        if c.kind is None:
            continue
        cho = max(clause.rfind("cho ", 0, c.start), clause.rfind("cho:", 0, c.start))
        between = clause[cho + 4 : c.start] if cho != -1 else ""
        preceding = [a for a in awards if a.end <= c.start]
        if cho != -1 and _COUNT_LIST.fullmatch(between) and preceding and preceding[-1].end <= cho:
            pairs.append((c, preceding[-1]))
            continue
        if preceding and re.fullmatch(r"\s*:" + _COUNT_LIST.pattern, clause[preceding[-1].end : c.start], re.I):
            pairs.append((c, preceding[-1]))  # 'Bằng khen của Chủ tịch UBND tỉnh: 06 tập thể, 11 cá nhân'
            continue
        following = [a for a in awards if a.start >= c.end]
        if following:
            pairs.append((c, following[0]))
            continue
        pairs.append((c, None))
    return pairs


def _generic_verb_at(clause: str) -> bool:
    return any(not _NOT_GENERIC.search(clause[: m.start()]) for m in _GENERIC_VERB.finditer(clause))


def find_grants(doc: Document, ctx: PlaceContext, events: list[EventFact]) -> list[GrantFact]:
    found_in: list[tuple[GrantFact, bool]] = []  # each grant, and whether a photo caption reported it
    presentations: list[tuple[str, AwardMention, Conferrer | None, Sentence]] = []
    prev_event: str | None = None
    sentences = doc.sentences
    paragraph_year: str | None = None
    for i, sent in enumerate(sentences):
        if i == 0 or "\n" in doc.text[sentences[i - 1].end : sent.start]:
            paragraph_year = None  # a new paragraph
        lead = _YEAR_LEAD.match(sent.text)
        paragraph_year = lead["year"] if lead else paragraph_year
        nxt = sentences[i + 1].text if i + 1 < len(sentences) else ""
        if re.match(r"\s*Trong đó\b", nxt) and not find_awards(sent.text):
            prev_event = None
            continue  # an umbrella total that the next sentence breaks down
        event = _event_for(sent, events, prev_event)
        found = _grants_in(sent, ctx, event, presentations, events[0].key if len(events) == 1 else None)
        for g in found:
            # a proposal rewards the year under evaluation, which the paragraph opened with
            if g.status == "proposed" and g.period is None and paragraph_year:
                g.period = paragraph_year
        if found:
            prev_event = event
        found_in.extend((g, sent.is_caption) for g in found)
    # a caption that repeats a conferral of the body is the same grant
    body = [g for g, caption in found_in if not caption]
    grants = body + [g for g, caption in found_in if caption and not any(_same_grant(g, h) for h in body)]
    for presenter, mention, on_behalf, _sent in presentations:
        # 'trao Bằng khen cho các tập thể, cá nhân' hands over every grant of that award; when several
        # events are reported, only those of the first event that has such grants
        targets = [g for g in grants if g.presenter is None and g.status == "conferred" and _same_award(g.award, mention.award)]
        if targets:
            first_event = targets[0].event
            targets = [g for g in targets if g.event == first_event]
        for target in targets:
            target.presenter = presenter
            if on_behalf is not None:
                target.on_behalf_of = on_behalf
                target.conferrer = target.conferrer or on_behalf
    grants = _merge_named(grants)
    for g in grants:
        if g.event is None and g.status == "conferred":
            # 'Lễ đón nhận Huân chương Độc lập hạng Nhất': the grant the event is named after
            g.event = next((e.key for e in events if any(_same_award(a.award, g.award) for a in find_awards(e.label))), None)
    by_key = {e.key: e for e in events}
    for g in grants:
        if g.event and g.date is None:
            g.date = by_key[g.event].date
    return grants


def _merge_named(grants: list[GrantFact]) -> list[GrantFact]:
    """One award to one named recipient, reported twice (conferred, then handed over), is one grant."""
    out: list[GrantFact] = []
    for g in grants:
        same = next((h for h in out if g.recipient and _same_grant(g, h)), None)
        if same is None:
            out.append(g)
            continue
        for attr in ("presenter", "on_behalf_of", "event", "date", "period", "conferrer", "reason"):
            if getattr(same, attr) is None:
                setattr(same, attr, getattr(g, attr))
    return out


def _same_award(a: str, b: str) -> bool:
    return a == b or is_ancestor(a, b) or is_ancestor(b, a)


def _same_grant(a: GrantFact, b: GrantFact) -> bool:
    def key(g: GrantFact) -> tuple:
        return (g.award, g.recipient_kind, g.count, g.status, (g.recipient or "").casefold())

    return key(a) == key(b)


def _event_for(sent: Sentence, events: list[EventFact], prev_event: str | None) -> str | None:
    for e in events:
        if e.evidence.start == sent.start and not e.label.lower().startswith("họp"):
            return e.key
    if events and _ANAPHOR.search(sent.text):
        return events[0].key
    if prev_event and _CONTINUE.match(sent.text):
        return prev_event
    return None


def _grants_in(
    sent: Sentence, ctx: PlaceContext, event: str | None, presentations: list, single_event: str | None = None
) -> list[GrantFact]:
    text = sent.text
    evidence = Evidence(sent.start, sent.end, text)
    out: list[GrantFact] = []
    sentence_subject: Conferrer | None = None
    people = find_people(text, ctx)
    for offset, clause in _clauses(text):
        awards = find_awards(clause)
        counts = _counts(clause)
        person_here = [p for p in people if offset <= p.start < offset + len(clause)]
        if person_here and awards and presents(clause) and not any(c.value for c in counts):
            # a presentation: 'Đồng chí X, ... (thừa ủy quyền của Chủ tịch nước) trao tặng AWARD cho ...'
            ob = _ON_BEHALF.search(clause)
            on_behalf = (PRESIDENT if "nước" in ob["who"] else PRIME_MINISTER) if ob else None
            named = _presented_to(clause, awards[0], ctx)
            if named is None:  # 'cho các tập thể': the grants the article counts elsewhere
                presentations.append((person_here[0].name, awards[0], on_behalf, sent))
                continue
            conferrer = _conferrer_of(awards[0], on_behalf, ctx)
            award = refine_for_conferrer(awards[0].award, _label(conferrer))
            at = event or single_event  # a handing-over in an article about one event happened there
            out.append(GrantFact(award, "collective", 1, False, "conferred", evidence, awards[0].classes, named.name, named,
                                 conferrer=conferrer, presenter=person_here[0].name, on_behalf_of=on_behalf, event=at,
                                 period=_period(clause, awards[0].start, False)))  # fmt: skip
            continue
        pairs = [(c, a) for c, a in _bind(clause, awards, counts) if a is not None or c.kind is not None]
        if not pairs:
            recipient = _named_recipient(clause, awards, ctx) or (_presented_to(clause, awards[0], ctx) if awards else None)
            if recipient is None:
                subj_conf, _ = resolve_conferrer(_subject(clause), ctx)
                sentence_subject = subj_conf or sentence_subject
                continue
            kind = "individual" if isinstance(recipient, str) else "collective"
            pairs = [(Count(0, 0, 1, False, kind), awards[0])]
        else:
            recipient = None
        # 'đồng chí X thừa ủy quyền của Chủ tịch nước trao tặng AWARD cho 01 tập thể': presented here
        presenter = person_here[0].name if person_here and presents(clause) else None
        on_behalf_m = _ON_BEHALF.search(clause)
        on_behalf = (PRESIDENT if "nước" in on_behalf_m["who"] else PRIME_MINISTER) if on_behalf_m else None
        agent_m = _AGENT.search(clause)
        agent, agent_stated = resolve_conferrer(agent_m["agent"], ctx) if agent_m else (None, False)
        subj, subj_stated = resolve_conferrer(_subject(clause), ctx)
        if subj is not None:
            sentence_subject = subj
        # a vague agent or subject ('các cấp', 'cấp trên') says the conferrer is not known: no carry-over
        clause_conferrer = agent if agent_stated else (subj if subj_stated else sentence_subject)
        proposed = bool(_PROPOSED.search(clause))
        multi_ground = clause.lower().count("phong trào") >= 2
        generic_ok = _generic_verb_at(clause)
        for count, mention in pairs:
            if mention is None and not generic_ok:
                continue
            award = mention.award if mention else "khen-thuong"
            conferrer = clause_conferrer
            if mention and mention.explicit_conferrer:
                conferrer, _ = resolve_conferrer(mention.explicit_conferrer, ctx)
            award = refine_for_conferrer(award, _label(conferrer))
            if conferrer is None and on_behalf is not None:
                conferrer = on_behalf
            if conferrer is None:  # whoever proposed it, the law fixes who confers an order
                conferrer = _default_conferrer(award)
            kind = count.kind or recipients_kind(award) or "mixed"
            after = min(count.start, mention.start if mention else count.start)
            out.append(
                GrantFact(
                    award=award,
                    recipient_kind=kind,
                    count=count.value,
                    approx=count.approx,
                    status="proposed" if proposed else "conferred",
                    evidence=evidence,
                    classes=mention.classes if mention else (),
                    recipient=recipient if isinstance(recipient, str) else (recipient.name if recipient else None),
                    recipient_org=recipient if isinstance(recipient, OrgRef) else None,
                    recipient_person=recipient if isinstance(recipient, str) else None,
                    conferrer=conferrer,
                    presenter=presenter,
                    on_behalf_of=on_behalf,
                    event=None if proposed else (event or (single_event if presenter else None)),
                    period=_period(clause, after, multi_ground),
                    reason=_reason(clause),
                )
            )
    return out


def _conferrer_of(mention: AwardMention, on_behalf: Conferrer | None, ctx: PlaceContext) -> Conferrer | None:
    if mention.explicit_conferrer:
        owner, _ = resolve_conferrer(mention.explicit_conferrer, ctx)
        if owner is not None:
            return owner
    return on_behalf or _default_conferrer(mention.award)


def _presented_to(clause: str, mention: AwardMention, ctx: PlaceContext) -> OrgRef | None:
    """The one named recipient of 'trao AWARD cho <unit or body>', or None for 'cho các ...'."""
    m = re.search(r"(?<![\wà-ỹđ])cho\s+(?P<who>[^,;.]+)", clause[mention.end :])
    if not m or re.match(r"(?:các|những|nhiều|\d)", m["who"], re.I):
        return None
    return _named(m["who"].strip(), ctx, at_start=True)


def _named(phrase: str, ctx: PlaceContext, at_start: bool = False) -> OrgRef | None:
    """A named body or unit: 'Huyện ủy X', 'tỉnh Bắc Kạn', 'xã Đồng Phúc' (not 'các xã')."""
    orgs = find_orgs(phrase, ctx)
    if orgs and (not at_start or orgs[0][1] == 0):
        return orgs[0][0]
    typed = typed_mentions(phrase, ctx.province.code if ctx.province else None)
    if typed and (not at_start or typed[0][1] == 0):
        unit = typed[0][0]
        return OrgRef(unit.label, "AdministrativeUnit", unit.code, unit.level)
    commune = COMMUNE.match(phrase) if at_start else COMMUNE.search(phrase)
    if commune:  # communes are not in the gazetteer: keep the name, in the article's district
        label = f"{commune['type'].lower()} {commune['name']}"
        return OrgRef(label, "AdministrativeUnit", None, "commune", parent=ctx.district.code if ctx.district else None)
    return None


_RECEIVED = re.compile(r"(?<![\wà-ỹđ])được\s+(?:đề nghị\s+)?(?:(?P<agent>[^,;]{2,40}?)\s+)?(?:trao\s+)?tặng")


def _named_recipient(clause: str, awards: list[AwardMention], ctx: PlaceContext) -> OrgRef | str | None:
    """'Huyện Đầm Hà được đề nghị tặng Cờ thi đua ...': one named unit, body or person receives the award.

    A person is returned as their name; a body or unit as an OrgRef.
    """
    m = _RECEIVED.search(clause)
    if not m or not awards or awards[0].start < m.end():
        return None
    subject = _TIME_LEAD.sub("", clause[: m.start()]).strip(" ,")
    people = find_people(subject, ctx)
    if people and people[0].start <= 4:
        return people[0].name
    # 'Với những thành tích ..., tỉnh Bắc Kạn vinh dự': the last phrase, without its adverbs
    subject = re.sub(r"(?:\s+(?:vinh dự|đã|cũng|vừa|rất))+$", "", subject.split(",")[-1].strip())
    if not subject or len(subject) > 50 or re.match(r"(?:các|những|nhiều|có)\b", subject, re.I):
        return None
    return _named(subject, ctx, at_start=True)


def _reason(clause: str) -> str | None:
    m = re.search(r"(?<![\wà-ỹđ])(?:vì|do)\s+(?:đã\s+)?(?:có\s+)?(?P<r>.+)$|(?:đã có|có) thành tích(?P<t>.+)$", clause)
    if not m:
        return None
    return (m["r"] or ("thành tích" + m["t"])).strip(" ,.")
