"""Extracted facts -> RDF: one named graph per article, entities apart from their mentions.

Canonical entities (people, bodies, posts, campaigns, award types, units) have IRIs
derived from what identifies them, with a hash of the name that keeps its tones, so
the same entity gets the same IRI in every article. What one article says about them
is article-scoped and replaced with the article: its mentions (tdkt:Mention, which carry
the evidence, the rule and the reason of each resolution and point to the entity), and
its facts (memberships, events, participations, grants: tdkt:statedIn the article, with
their evidence). The graph itself carries the provenance of the whole extraction.

How entities resolve across articles (the reason goes on each mention):
- a person with a national post in the article ('Chủ tịch nước', a post in a ministry
  or the Central Committee) is the national person of that name;
- any other person is the person of that name in the article's province (namesakes in
  other provinces stay apart); with no province, the article's own;
- a body by its canonical name (with its province below province level); a local body
  whose place the article leaves out is the article's own (tdkt:UnplacedBody), never a
  nationwide node.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from rdflib import Graph, Literal, URIRef

from .. import __version__
from ..vocab import (
    DCTERMS,
    FOAF,
    ID,
    NATIONAL_SCOPE,
    ORG,
    PREFIXES,
    PROV,
    RDF,
    RDFS,
    SKOS,
    TDKT,
    XSD,
    article_graph,
    article_iri,
    article_key,
    article_scoped,
    award_iri,
    campaign_iri,
    commune_iri,
    org_iri,
    post_iri,
    role_iri,
    short_hash,
    slug,
    unit_iri,
    unresolved_org_iri,
)  # fmt: skip
from ..vocab import person_iri as _person_iri  # scoped by _Builder._resolve
from .document import Document
from .facts import ArticleFacts, Conferrer, Evidence, GrantFact, Office, PostFact, body_of
from .gazetteer import gazetteer
from .matchkeys import conferral_keys, proposal_keys
from .orgs import OrgRef
from .people import FIGURES, NATIONAL_OFFICES, base_role
from .reader import readable


class _Terms:
    """A namespace whose terms are made once: rdflib makes a new URIRef at every attribute access, and an article's
    graph reads some six hundred of them."""

    def __init__(self, namespace: object) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = getattr(self._namespace, name)
        setattr(self, name, term)
        return term


DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD = (_Terms(ns) for ns in (DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD))  # type: ignore[assignment]


def national_post(posts: list[PostFact]) -> str | None:
    """The label of a national post the article gives a person, if any: it makes them the national person."""
    for post in posts:
        role = base_role(post.role) if post.role else None
        if post.org is not None and post.org.level == "national":
            return f"{role or ''} {post.org.name}".strip()
        if post.org is None and role in NATIONAL_OFFICES:
            return role
    return None


def body_iri(org: OrgRef, article_id: str | None = None) -> URIRef:
    if org.unplaced and article_id is not None:
        return unresolved_org_iri(article_id, org.name)
    gz = gazetteer()
    unit = gz.get(org.unit_code)
    province = gz.get(unit.parent).name if unit is not None and unit.level != "province" else None  # type: ignore[union-attr]
    return org_iri(org.name, province)


def office_iri(office: Office, article_id: str | None = None) -> URIRef:
    if office.org is None:
        return post_iri(None, office.label)
    return post_iri(body_iri(office.org, article_id), office.role)


def _literal(value: object, lang: str | None = None, datatype: URIRef | None = None) -> Literal:
    """A literal, made once per worker for each short value: offsets, rules, names, roles and dates recur across
    articles, and rdflib's Literal cost a fifth of building an article's triples. An article's text, a long quote,
    is made afresh (a worker's cache holds short values only)."""
    if isinstance(value, str) and len(value) > 160:
        return Literal(value, lang=lang, datatype=datatype)
    return _short_literal(value, lang, datatype)


@lru_cache(maxsize=1 << 16, typed=True)  # typed: True and 1 are different literals
def _short_literal(value: object, lang: str | None, datatype: URIRef | None) -> Literal:
    return Literal(value, lang=lang, datatype=datatype)


class _Builder:
    def __init__(self, doc: Document, facts: ArticleFacts) -> None:
        self.doc, self.facts = doc, facts
        self.triples: dict[tuple[URIRef, URIRef, URIRef | Literal], None] = {}  # in order, each once
        self.article = article_iri(doc.article_id)
        self.attested = doc.published
        self.people = {p.name: self._resolve(p.name, p.posts) for p in facts.people}

    def add(self, s, p, o) -> None:
        if o is not None:
            self.triples[(s, p, o)] = None

    def _resolve(self, name: str, posts: list[PostFact]) -> tuple[URIRef, str]:
        """A person's IRI and the reason: national post, else province, else this article."""
        national = national_post(posts)
        if national:
            return _person_iri(name, NATIONAL_SCOPE), f"same name and a national post ({national})"
        if name in FIGURES:  # 'Chủ tịch Hồ Chí Minh': one person in every article, wherever it was written
            return _person_iri(name, NATIONAL_SCOPE), "a figure of the nation's history"
        province = gazetteer().get(self.doc.province_code)
        if province is not None:
            return _person_iri(name, slug(province.name)), f"same name within {province.label}"
        return _person_iri(name, article_key(self.doc.article_id)), "name only, nothing places the person: this article's own"

    def evidence(self, node: URIRef, ev: Evidence | None) -> None:
        if ev is None:
            return
        if ev.rule:
            self.add(node, TDKT.rule, _literal(ev.rule))
        e = article_scoped("evidence", self.doc.article_id, f"{ev.start}-{ev.end}")
        self.add(node, TDKT.evidence, e)
        self.add(e, RDF.type, TDKT.Evidence)
        self.add(e, PROV.wasQuotedFrom, self.article)
        self.add(e, TDKT.quote, _literal(self.doc.as_written(ev.start, ev.end, ev.text), lang="vi"))
        self.add(e, TDKT.charStart, _literal(ev.start, datatype=XSD.integer))
        self.add(e, TDKT.charEnd, _literal(ev.end, datatype=XSD.integer))

    def stated(self, node: URIRef, ev: Evidence | None) -> None:
        """An article-scoped fact: the article that states it and the sentence it was read from."""
        self.add(node, TDKT.statedIn, self.article)
        self.evidence(node, ev)

    def mention(self, entity: URIRef, ev: Evidence | None, surface: str | None, resolution: str | None = None) -> None:
        """This article's mention of a canonical entity, with the evidence and the reason it denotes that entity."""
        m = article_scoped(
            "mention", self.doc.article_id, short_hash(entity, ev.start if ev else "", ev.end if ev else "", ev.rule if ev else "", surface)
        )
        self.add(m, RDF.type, TDKT.Mention)
        self.add(m, TDKT.inArticle, self.article)
        self.add(m, TDKT.denotes, entity)
        self.add(m, TDKT.surfaceForm, _literal(surface) if surface else None)
        self.add(m, TDKT.resolution, _literal(resolution) if resolution else None)
        self.evidence(m, ev)

    def org(self, org: OrgRef | None, ev: Evidence | None = None) -> URIRef | None:
        if org is None:
            return None
        if org.unit_code is None and (placed := self.facts.organisations.get(org.name)) is not None and placed.unit_code:
            org = placed  # 'UBND xã X' after 'UBND xã X, thị xã Y': the body the article placed, one node
        if org.kind == "AdministrativeUnit":
            if org.unit_code:
                return unit_iri(org.unit_code)
            # a commune: not in the gazetteer, identified by name within its district (else within the article)
            node = commune_iri(org.name, org.parent, self.doc.article_id)
            self.add(node, RDF.type, TDKT.Commune)
            self.add(node, RDF.type, TDKT.AdministrativeUnit)
            self.add(node, RDFS.label, _literal(org.name, lang="vi"))
            if org.parent:
                self.add(node, TDKT.within, unit_iri(org.parent))
            return node
        node = body_iri(org, self.doc.article_id)
        self.add(node, RDF.type, ORG.Organization)
        self.add(node, RDF.type, TDKT[org.kind])
        self.add(node, RDF.type, TDKT.UnplacedBody if org.unplaced else None)
        self.add(node, SKOS.prefLabel, _literal(org.name, lang="vi"))
        for alias in org.aliases:
            if alias != org.name:
                self.add(node, SKOS.altLabel, _literal(alias, lang="vi"))
        if org.unit_code:
            self.add(node, TDKT.locatedIn, unit_iri(org.unit_code))
        if org.parent:
            parent = OrgRef(org.parent, "PartyCommittee", org.unit_code, org.level)
            self.add(node, ORG.subOrganizationOf, self.org(parent))
        if ev is not None:
            reason = (
                "unplaced: the article names no place for it, so it is this article's own"
                if org.unplaced
                else "national body by its name"
                if org.level == "national"
                else "canonical name with its place"
            )
            self.mention(node, ev, org.aliases[0] if org.aliases else org.name, reason)
        return node

    def office(self, office: Office) -> URIRef:
        node = office_iri(office, self.doc.article_id)
        self.add(node, RDF.type, ORG.Post)
        self.add(node, RDF.type, TDKT.Office)
        self.add(node, RDFS.label, _literal(office.label, lang="vi"))
        self.add(node, ORG.role, self.role(office.role))
        if office.org is not None:
            self.add(node, ORG.postIn, self.org(office.org))
        return node

    def province_of(self, org: OrgRef | None) -> URIRef | None:
        """The pre-2025 province of a body or unit, by its unit (a commune by the district it is in)."""
        if org is None:
            return None
        return _province_iri(org.unit_code or (org.parent if org.kind == "AdministrativeUnit" else None))

    def conferrer(self, who: Conferrer | None) -> URIRef | None:
        if who is None:
            return None
        return self.office(who) if isinstance(who, Office) else self.org(who)

    def role(self, role: str) -> URIRef:
        node = role_iri(role)
        self.add(node, RDF.type, ORG.Role)
        self.add(node, RDFS.label, _literal(role, lang="vi"))
        return node

    def person(self, name: str) -> URIRef:
        if name not in self.people:  # a name the people layer did not list (a byline, a presenter): resolved alike
            self.people[name] = self._resolve(name, [])
        node = self.people[name][0]
        self.add(node, RDF.type, TDKT.Person)
        self.add(node, FOAF.name, _literal(name))
        return node

    def build(self) -> list[tuple[URIRef, URIRef, URIRef | Literal]]:
        self.article_node()
        for p in self.facts.people:
            node = self.person(p.name)
            self.mention(node, p.evidence[0] if p.evidence else None, p.name, self.people[p.name][1])
            for post in p.posts:
                self.membership(node, post)
        for name, org in self.facts.organisations.items():
            self.org(org, self.facts.org_evidence.get(name))
        events = {e.key: self.event(e) for e in self.facts.events}
        campaigns = {c.name: self.campaign(c) for c in self.facts.campaigns}
        grants = {id(g): self.grant_iri(i, g) for i, g in enumerate(self.facts.grants)}
        for g in self.facts.grants:
            self.grant(grants[id(g)], g, events, campaigns, grants)
        return list(self.triples)

    def article_node(self) -> None:
        d, a = self.doc, self.article
        graph = article_graph(d.article_id)
        self.add(graph, RDF.type, TDKT.ArticleGraph)
        self.add(graph, PROV.wasDerivedFrom, a)
        self.add(graph, TDKT.extractorVersion, _literal(__version__))
        self.add(a, RDF.type, TDKT.Article)
        self.add(a, DCTERMS.identifier, _literal(d.article_id))
        self.add(a, DCTERMS.title, _literal(d.title, lang="vi") if d.title else None)
        self.add(a, DCTERMS.issued, _literal(d.published, datatype=XSD.date) if d.published else None)
        self.add(a, DCTERMS.source, _literal(readable(d.path.name)))
        self.add(a, DCTERMS.format, _literal("text/html" if d.source_format == "html" else "text/plain"))
        self.add(a, PROV.hadPrimarySource, URIRef(d.source_url) if d.source_url else None)
        self.add(a, TDKT.text, _literal(d.written))
        self.add(a, TDKT.contentHash, _literal(d.content_hash))
        if d.author:
            if not d.author_is_initials:  # 'N.V' names no person to link
                self.add(a, DCTERMS.creator, self.person(d.author))
            self.add(a, TDKT.authorName, _literal(d.author))
        if d.place_code:
            self.add(a, TDKT.about, unit_iri(d.place_code))

    def membership(self, person: URIRef, post: PostFact) -> None:
        role, org, ev = post.role, post.org, post.evidence
        base = base_role(role) if role else None
        former = base != role  # 'nguyên Chủ tịch': a former post
        org_node = self.org(org, ev)
        m = article_scoped("membership", self.doc.article_id, short_hash(person, role, org_node))
        self.add(m, RDF.type, ORG.Membership)
        self.add(m, ORG.member, person)
        self.add(m, ORG.organization, org_node)
        if role:
            self.add(m, ORG.role, self.role(role))
            if org is not None:
                # a former post is the same post: 'nguyên Chủ tịch UBND' held the post of Chủ tịch UBND
                node = post_iri(org_node, base)
                self.add(node, RDF.type, ORG.Post)
                self.add(node, ORG.postIn, org_node)
                self.add(node, ORG.role, self.role(base))
                self.add(node, RDFS.label, _literal(f"{base} {org.name}", lang="vi"))
                if not former:
                    self.add(person, ORG.holds, node)
                self.add(m, TDKT.post, node)
        if former:
            self.add(m, TDKT.former, _literal(True))
        if post.newly:
            self.add(m, TDKT.newlyTaken, _literal(True))
        if self.attested:
            self.add(m, TDKT.attestedOn, _literal(self.attested, datatype=XSD.date))
        self.stated(m, ev)

    def event(self, e) -> URIRef:
        node = article_scoped("event", self.doc.article_id, e.key)
        self.add(node, RDF.type, TDKT[e.kind])
        self.add(node, RDF.type, TDKT.Event)  # so that stores without reasoning find every event
        self.add(node, RDFS.label, _literal(e.label, lang="vi"))
        self.add(node, TDKT.date, _literal(e.date, datatype=XSD.date) if e.date else None)
        self.add(node, TDKT.organiser, self.org(e.organiser, e.evidence))
        self.add(node, TDKT.placeName, _literal(e.place) if e.place else None)
        self.stated(node, e.evidence)
        for i, p in enumerate(e.participants):
            part = article_scoped("event", self.doc.article_id, f"{e.key}/participation/{i + 1}")
            self.add(part, RDF.type, TDKT.Participation)
            self.add(part, TDKT.inEvent, node)
            self.add(part, TDKT.participant, self.person(p.person))
            self.add(part, TDKT.part, TDKT[_PART_TERMS[p.part]])
            self.stated(part, p.evidence)
        return node

    def campaign(self, c) -> URIRef:
        node = campaign_iri(c.name)
        self.add(node, RDF.type, TDKT[{"movement": "Movement", "drive": "Drive", "theme": "YearlyTheme"}[c.kind]])
        self.add(node, RDF.type, TDKT.Campaign)
        self.add(node, RDFS.label, _literal(c.name, lang="vi"))
        for alias in c.aliases:
            self.add(node, SKOS.altLabel, _literal(alias, lang="vi"))
        if isinstance(c.launched_by, str):
            self.add(node, TDKT.launchedBy, self.person(c.launched_by))
        elif c.launched_by is not None:  # a body or an office
            self.add(node, TDKT.launchedBy, self.conferrer(c.launched_by))
        self.mention(node, c.evidence, c.name, "same quoted name")
        return node

    def grant_iri(self, i: int, g: GrantFact) -> URIRef:
        return article_scoped("grant", self.doc.article_id, short_hash(g.award, g.recipient_kind, g.count, g.evidence.start, i))

    def grant(self, node: URIRef, g: GrantFact, events: dict[str, URIRef], campaigns: dict[str, URIRef], grants: dict[int, URIRef]) -> None:
        self.add(node, RDF.type, TDKT.AwardGrant)
        self.add(node, TDKT.awardType, award_iri(g.award))
        for c in g.classes:
            self.add(node, TDKT.includesAwardType, award_iri(c))
        self.add(
            node, TDKT.recipientKind, TDKT[{"individual": "Individual", "collective": "Collective", "mixed": "Mixed"}[g.recipient_kind]]
        )
        if g.count is not None:
            self.add(node, TDKT["count"], _literal(g.count, datatype=XSD.integer))
        self.add(node, TDKT.approximate, _literal(g.approx))
        named = g.named or ((g.recipient_org,) if g.recipient_org is not None else (g.recipient_person,) if g.recipient_person else ())
        for who in named:
            self.add(node, TDKT.recipient, self.org(who, g.evidence) if isinstance(who, OrgRef) else self.person(who))
        self.add(node, TDKT.recipientName, _literal(g.recipient) if g.recipient else None)
        if g.posthumous:
            self.add(node, TDKT.posthumous, _literal(True))
        self.add(node, TDKT.status, TDKT[{"conferred": "Conferred", "proposed": "Proposed"}[g.status]])
        self.add(node, TDKT.statusCue, _literal(g.status_cue) if g.status_cue else None)
        self.add(node, TDKT.conferrer, self.conferrer(g.conferrer))
        self.add(node, TDKT.onBehalfOf, self.conferrer(g.on_behalf_of))
        self.add(node, TDKT.proposedBy, self.conferrer(g.proposer))
        if g.presenter:
            self.add(node, TDKT.presenter, self.person(g.presenter))
        for name in g.co_presenters:
            self.add(node, TDKT.coPresenter, self.person(name))
        if g.event:
            self.add(node, TDKT.atEvent, events.get(g.event))
        if g.campaign:
            self.add(node, TDKT.forCampaign, campaigns.get(g.campaign))
        if g.part_of is not None:
            self.add(node, TDKT.partOf, grants.get(id(g.part_of)))
        if g.decision_number or g.decision_date:
            d = article_scoped("decision", self.doc.article_id, short_hash(g.decision_number, g.decision_date))
            self.add(d, RDF.type, TDKT.Decision)
            self.add(d, TDKT.decisionNumber, _literal(g.decision_number) if g.decision_number else None)
            self.add(d, TDKT.date, _literal(g.decision_date, datatype=XSD.date) if g.decision_date else None)
            self.add(node, TDKT.decision, d)
        self.add(node, TDKT.date, _literal(g.date, datatype=XSD.date) if g.date else None)
        self.add(node, TDKT.dateSource, _literal("stated" if g.date else "published"))
        self.add(node, TDKT.conferrerProvince, self.province_of(body_of(g.conferrer)))
        recipient = self.province_of(g.recipient_org) if g.recipient_org is not None else None
        province = recipient or _province_iri(self.doc.place_code)
        self.add(node, TDKT.recipientProvince, province)
        keys, key_term = (conferral_keys, TDKT.matchKey) if g.status == "conferred" else (proposal_keys, TDKT.seeksKey)
        for key in keys(g.award, g.recipient_kind, g.recipient, g.count, str(province) if province is not None else None):
            self.add(node, key_term, _literal(key))
        if g.period:
            self.add(node, TDKT.period, _literal(g.period))
            start, _, end = g.period.partition("-")
            self.add(node, TDKT.periodStart, _literal(start, datatype=XSD.gYear))
            self.add(node, TDKT.periodEnd, _literal(end or start, datatype=XSD.gYear))
        self.add(node, TDKT.reason, _literal(g.reason, lang="vi") if g.reason else None)
        self.add(node, TDKT.awardName, _literal(g.title, lang="vi") if g.title else None)
        self.stated(node, g.evidence)


_PART_TERMS = {
    "presided": "Presided",
    "attended": "Attended",
    "spoke": "Spoke",
    "presented_awards": "PresentedAwards",
    "launched": "Launched",
}


def _province_iri(code: str | None) -> URIRef | None:
    gz = gazetteer()
    province = gz.province_of(gz.get(code))
    return unit_iri(province.code) if province is not None else None


def article_triples(doc: Document, facts: ArticleFacts) -> list[tuple[URIRef, URIRef, URIRef | Literal]]:
    """The article's graph as its triples, each once, in the order they were built."""
    return _Builder(doc, facts).build()


def article_to_graph(doc: Document, facts: ArticleFacts) -> Graph:
    """The article's graph as an rdflib Graph, with tdkt's prefixes (for the API, pyshacl and the tests)."""
    g = Graph(store="SimpleMemory")  # written once: no context indexes to keep
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for t in article_triples(doc, facts):
        g.add(t)
    return g


def article_to_ntriples(doc: Document, facts: ArticleFacts) -> tuple[bytes, int]:
    """The article's graph as N-Triples (and its number of triples)."""
    triples = article_triples(doc, facts)
    return ntriples(triples), len(triples)


def ntriples(triples: list[tuple[URIRef, URIRef, URIRef | Literal]], graph: str | None = None) -> bytes:
    """Triples as N-Triples, written straight from the terms: what ingest ships from its workers, three to four
    times cheaper than filling an rdflib Graph and serialising it. With `graph`, N-Quads lines of that named
    graph: what the store's bulk loader reads, with no pass over the lines to name their graph."""
    iris: dict[URIRef, str] = {}
    end = f" {URIRef(graph).n3()} .\n" if graph is not None else " .\n"
    lines = []
    for s, p, o in triples:
        subject = iris.get(s) or iris.setdefault(s, s.n3())  # n3() refuses an IRI N-Triples cannot hold
        predicate = iris.get(p) or iris.setdefault(p, p.n3())
        obj = _nt_literal(o) if isinstance(o, Literal) else iris.get(o) or iris.setdefault(o, o.n3())
        lines.append(f"{subject} {predicate} {obj}{end}")
    return "".join(lines).encode("utf-8")


def _nt_literal(lit: Literal) -> str:
    """A literal as N-Triples writes it (as rdflib's serializer does: quotes, backslashes and line breaks escaped)."""
    quoted = '"' + str(lit).replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r") + '"'
    if lit.language:
        return f"{quoted}@{lit.language}"
    if lit.datatype:
        return f"{quoted}^^<{lit.datatype}>"
    return quoted


def gazetteer_graph() -> Graph:
    """Every pre-2025 province and district and every post-2025 province, dated, with containment."""
    g = Graph()
    g.bind("tdkt", TDKT)
    classes = {
        "tỉnh": TDKT.Province,
        "thành phố trung ương": TDKT.Province,
        "huyện": TDKT.District,
        "quận": TDKT.District,
        "thành phố": TDKT.City,
        "thị xã": TDKT.Town,
    }
    for u in gazetteer().units.values():
        node = unit_iri(u.code)
        g.add((node, RDF.type, classes[u.type]))
        g.add((node, RDF.type, TDKT.AdministrativeUnit))
        g.add((node, RDFS.label, Literal(u.label, lang="vi")))
        g.add((node, TDKT.unitName, Literal(u.name)))
        g.add((node, TDKT.unitType, Literal(u.type)))
        g.add((node, DCTERMS.identifier, Literal(u.code)))
        if u.parent:
            g.add((node, TDKT.within, unit_iri(u.parent)))
        if u.valid_from:
            g.add((node, TDKT.validFrom, Literal(dt.date.fromisoformat(u.valid_from), datatype=XSD.date)))
        if u.valid_until:
            g.add((node, TDKT.validUntil, Literal(dt.date.fromisoformat(u.valid_until), datatype=XSD.date)))
        if u.successor:
            g.add((node, TDKT.succeededBy, unit_iri(u.successor)))
    # the 2025 reorganisation: one change event per new province, from the provinces merged into it (the
    # districts, abolished, pass to it too: tdkt:succeededBy says which)
    for u in gazetteer().units.values():
        if u.successor and u.level == "province":
            new = gazetteer().get(u.successor)
            change = ID[f"change/2025-07-01/{u.successor}"]
            g.add((change, RDF.type, ORG.ChangeEvent))
            g.add((change, RDFS.label, Literal(f"Sắp xếp đơn vị hành chính cấp tỉnh: {new.label if new else u.successor}", lang="vi")))
            g.add((change, TDKT.date, Literal(dt.date(2025, 7, 1), datatype=XSD.date)))
            g.add((change, TDKT.originalUnit, unit_iri(u.code)))
            g.add((change, TDKT.resultingUnit, unit_iri(u.successor)))
    return g


__all__ = [
    "article_to_graph",
    "article_to_ntriples",
    "article_triples",
    "body_iri",
    "gazetteer_graph",
    "national_post",
    "ntriples",
    "office_iri",
]
