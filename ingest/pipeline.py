"""The pipeline: article file -> Document -> ArticleFacts, one small component at a time."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from .awards import find_awards
from .campaigns import find_campaigns
from .document import Document
from .events import find_events
from .facts import ArticleFacts, Evidence, Office, Participation, PersonFact, PostFact
from .grants import find_grants, presents
from .layout import analyse_layout
from .names import is_personal_name
from .normalise import normalise
from .orgs import PlaceContext, find_orgs, parse_org
from .people import find_people
from .places import resolve_place
from .reader import read_article

_PARTS = [
    ("presided", re.compile(r"chủ trì", re.I)),
    ("presented_awards", re.compile(r"(?<![\wà-ỹđ])(?:trao tặng|trao|tặng|gắn)(?![\wà-ỹđ])", re.I)),
    ("launched", re.compile(r"phát động", re.I)),
    ("spoke", re.compile(r"phát biểu|nhấn mạnh|khẳng định|chỉ đạo|trình bày|báo cáo|tham luận|đề nghị", re.I)),
    ("attended", re.compile(r"(?<![\wà-ỹđ])(?:dự|tham dự|tới dự|đến dự)(?![\wà-ỹđ])", re.I)),
]


_PART = dict(_PARTS)
_ABOUT_EVENT = re.compile(r"[Hh]ội nghị|[Dd]ịp này|[Bb]uổi lễ")
# 'Tới dự có A; B; C', 'Dự hội nghị có các đồng chí: A, ...; B, ...': everyone listed after the cue attended
_ATTENDANCE = re.compile(
    r"(?:^|[,.;:]\s*)(?:(?:[Tt]ới|[Đđ]ến|[Vv]ề)\s+dự|[Tt]ham dự"
    r"|[Dd]ự(?:\s+(?:và\s+chỉ đạo\s+)?(?:hội nghị|buổi lễ|lễ|đại hội|hội thảo|chương trình))?\s+có)(?!\w)"
)


def read_document(path: Path, article_id: str | None = None) -> Document:
    source = read_article(path)
    doc = Document(article_id or path.stem, path, normalise(source.text), source.format)
    analyse_layout(doc)
    # the page's <meta> tags, where the text itself gives no date or byline
    doc.published = doc.published or source.published
    if doc.author is None and source.author and is_personal_name(source.author):
        doc.author = source.author
    return doc


def extract(doc: Document) -> ArticleFacts:
    facts = ArticleFacts()
    ctx = resolve_place(doc)
    _people(doc, ctx, facts)
    facts.events = find_events(doc, ctx)
    _participations(doc, ctx, facts)
    for sent in doc.sentences:
        for c in find_campaigns(sent):
            if any(c.name.casefold() == k.name.casefold() for k in facts.campaigns):
                continue
            written = (c.aliases or [c.name])[0]  # the name as the article writes it, not its catalogue form
            c.launched_by = _launcher(sent.text, sent.text.find(written), ctx)
            facts.campaigns.append(c)
    facts.grants = find_grants(doc, ctx, facts.events)
    _organisations(doc, ctx, facts)
    return facts


def process(path: Path, article_id: str | None = None) -> tuple[Document, ArticleFacts]:
    doc = read_document(path, article_id)
    return doc, extract(doc)


def _people(doc: Document, ctx: PlaceContext, facts: ArticleFacts) -> None:
    for sent in doc.sentences:
        ev = Evidence(sent.start, sent.end, sent.text)
        for m in find_people(sent.text, ctx, sent.start):
            person = facts.person(m.name)
            if person is None:
                person = PersonFact(m.name, doc.province_code)
                facts.people.append(person)
            person.evidence.append(ev)
            for post in m.posts:
                if not any((p.role, p.org) == (post.role, post.org) for p in person.posts):
                    person.posts.append(PostFact(m.name, post.role, post.org, ev))
    for name in doc.photographers:
        if facts.person(name) is None:
            pos = doc.text.find(name)
            photographer = PersonFact(name, doc.province_code, is_author=True)
            photographer.evidence.append(Evidence(pos, pos + len(name), name))
            facts.people.append(photographer)
    if doc.author and facts.person(doc.author) is None:
        author = PersonFact(doc.author, doc.province_code, is_author=True)
        pos = doc.text.rfind(doc.author)
        ev = Evidence(pos, pos + len(doc.author), doc.author)
        author.evidence.append(ev)
        unit = parse_org(doc.author_unit, 0, ctx) if doc.author_unit else None
        if unit:
            author.posts.append(PostFact(doc.author, None, unit[0], ev))
        facts.people.append(author)


def _participations(doc: Document, ctx: PlaceContext, facts: ArticleFacts) -> None:
    """People named in the main event's paragraph, in photo captions, or in sentences about it took part in it."""
    if not facts.events:
        return
    main = facts.events[0]
    para_start = doc.text.rfind("\n", 0, main.evidence.start) + 1
    para_end = doc.text.find("\n", main.evidence.end)
    para_end = len(doc.text) if para_end == -1 else para_end
    for sent in doc.sentences:
        in_paragraph = para_start <= sent.start < para_end
        # in an article about one event, a named person presenting awards or speaking does so there
        one_event = len(facts.events) == 1
        presenting = one_event and _plays("presented_awards", _PART["presented_awards"], sent.text)
        presenting = presenting or (one_event and _PART["spoke"].search(sent.text) is not None)
        attending = _ATTENDANCE.match(sent.text) is not None  # 'Đến dự có ...' in a paragraph of its own
        if not (in_paragraph or sent.is_caption or presenting or attending or _ABOUT_EVENT.search(sent.text)):
            continue
        for m in find_people(sent.text, ctx, sent.start):
            before = sent.text[: m.start - sent.start]
            after = re.split(r"[;.]", sent.text[m.chain_end - sent.start :])[0][:100]
            part = next((name for name, regex in _PARTS if _plays(name, regex, after)), None)
            if part is None and _ATTENDANCE.search(before):
                part = "attended"
            if part is None:
                part = next((name for name, regex in _PARTS if _plays(name, regex, before[-40:])), None)
            if part and not any((p.person, p.part) == (m.name, part) for p in main.participants):
                main.participants.append(Participation(m.name, part, Evidence(sent.start, sent.end, sent.text)))


def _plays(part: str, verb: re.Pattern[str], text: str) -> bool:
    """Whether `text` says the part is played; receiving an award, or handing over flowers or a
    hosting right, is not presenting awards."""
    if part == "presented_awards":
        m = presents(text)
        return m is not None and bool(find_awards(text[m.end() : m.end() + 80]))
    return verb.search(text) is not None


def _launcher(text: str, quote_at: int, ctx: PlaceContext) -> str | None:
    """The person whose act of launching the sentence reports; not a speaker announcing a launch to come."""
    launch = text.rfind("phát động", 0, max(quote_at, 0))
    if launch == -1:
        return None
    people = find_people(text[:launch], ctx)
    if not people:
        return None
    between = text[people[-1].chain_end : launch]
    if re.search(r"[:“\"]|(?<!\w)(?:sẽ|dự kiến|kế hoạch|chuẩn bị|đề nghị|yêu cầu)(?!\w)", between):
        return None
    return people[-1].name


def _organisations(doc: Document, ctx: PlaceContext, facts: ArticleFacts) -> None:
    def add(org, ev: Evidence | None) -> None:
        if org is None:
            return
        known = facts.organisations.get(org.name)
        if known is None:
            facts.organisations[org.name] = org
            if ev:
                facts.org_evidence[org.name] = ev
        else:
            facts.organisations[org.name] = replace(known, aliases=tuple(dict.fromkeys(known.aliases + org.aliases)))

    for sent in doc.sentences:
        ev = Evidence(sent.start, sent.end, sent.text)
        for org, _, _ in find_orgs(sent.text, ctx, sent.start):
            add(org, ev)
    for person in facts.people:
        for post in person.posts:
            add(post.org, post.evidence)
    for e in facts.events:
        add(e.organiser, e.evidence)
    for g in facts.grants:
        for who in (g.conferrer, g.on_behalf_of):
            add(who.org if isinstance(who, Office) else who, g.evidence)
        if g.recipient_org is not None and g.recipient_org.kind != "AdministrativeUnit":
            add(g.recipient_org, g.evidence)
