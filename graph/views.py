"""networkx views of the knowledge graph, each built by one SPARQL query.

Every node and edge carries `iri`, `label`, `kind` and `articles` (the article ids it
came from, ';'-joined), all GraphML-safe (strings and numbers only), so a view
written with `graph.export` opens in Gephi as it is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from itertools import pairwise

import networkx as nx

from tdkt.vocab import AWARDS_GRAPH, TDKT

from .source import Source
from .units import Units


def _sparql(text: str) -> str:
    """Queries name the ontology and the award graph through the vocabulary, not by hand."""
    return text.replace("TDKT_NS", str(TDKT)).replace("AWARDS_GRAPH", str(AWARDS_GRAPH))


def _local(iri: str | None) -> str:
    return (iri or "").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


class _Builder:
    """Accumulates nodes and edges, merging the articles each one came from."""

    def __init__(self, graph: nx.Graph) -> None:
        self.g = graph
        self.articles: dict[object, set[str]] = defaultdict(set)

    def node(self, iri: str, label: str, kind: str, article: str | None = None, **attrs: object) -> str:
        if iri not in self.g:
            self.g.add_node(iri, iri=iri, label=label or _local(iri), kind=kind)
        for k, v in attrs.items():
            if v is not None and v != "":
                self.g.nodes[iri][k] = v
        if article:
            self.articles[iri].add(article)
        return iri

    def edge(self, u: str, v: str, kind: str, article: str | None = None, weight: float = 1.0, **attrs: object) -> None:
        weight = float(weight)  # one GraphML type for every edge
        if self.g.has_edge(u, v):
            data = self.g.edges[u, v]
            data["weight"] += weight
        else:
            self.g.add_edge(u, v, iri=f"{u} {v}", label=kind, kind=kind, weight=weight)
            data = self.g.edges[u, v]
        for k, val in attrs.items():
            if val is None or val == "":
                continue
            if isinstance(val, str) and k in data and val not in str(data[k]).split(";"):
                data[k] = f"{data[k]};{val}"
            elif k not in data:
                data[k] = val
        if article:
            self.articles[self.key(u, v)].add(article)

    def key(self, u: str, v: str) -> tuple[str, str]:
        return (u, v) if self.g.is_directed() else (min(u, v), max(u, v))

    def done(self) -> nx.Graph:
        for n, data in self.g.nodes(data=True):
            data["articles"] = ";".join(sorted(self.articles.get(n, ())))
        for u, v, data in self.g.edges(data=True):
            data["articles"] = ";".join(sorted(self.articles.get(self.key(u, v), ())))
        return self.g


def posts(source: Source) -> nx.Graph:
    """People and the bodies they hold posts in; an edge per person and body, with the roles."""
    units = Units(source)
    rows = source.select(
        _sparql("""
SELECT ?person ?name ?org ?orgName ?kind ?unit ?role ?attested ?articleId WHERE {
  GRAPH ?g {
    ?a a tdkt:Article ; dcterms:identifier ?articleId .
    ?m a org:Membership ; tdkt:statedIn ?a ; org:member ?person ; org:organization ?org .
    ?person foaf:name ?name . ?org skos:prefLabel ?orgName .
    OPTIONAL { ?m org:role ?r . ?r rdfs:label ?role }
    OPTIONAL { ?m tdkt:attestedOn ?attested }
    OPTIONAL { ?org tdkt:locatedIn ?unit }
    OPTIONAL { ?org a ?kind FILTER(STRSTARTS(STR(?kind), "TDKT_NS")) }
  }
}""")
    )
    b = _Builder(nx.Graph())
    for r in rows:
        province = units.province_of(r["unit"])
        b.node(r["person"], r["name"], "Person", r["articleId"])
        b.node(r["org"], r["orgName"], _local(r["kind"]) or "Organisation", r["articleId"], province=province)
        b.edge(r["person"], r["org"], "post", r["articleId"], weight=0, roles=r["role"] or "(member)", attested=r["attested"])
    g = b.done()
    for u, v, data in g.edges(data=True):
        data["weight"] = float(len(data["roles"].split(";")))
        person, body = (u, v) if g.nodes[u]["kind"] == "Person" else (v, u)
        if g.nodes[body].get("province"):  # a person is placed where the bodies they serve are
            g.nodes[person].setdefault("province", g.nodes[body]["province"])
    return g


def _participations(source: Source) -> list[dict[str, str | None]]:
    return source.select(
        _sparql("""
SELECT ?person ?name ?event ?eventLabel ?date ?part ?articleId ?unit WHERE {
  GRAPH ?g {
    ?a a tdkt:Article ; dcterms:identifier ?articleId .
    OPTIONAL { ?a tdkt:about ?unit }
    ?pa a tdkt:Participation ; tdkt:statedIn ?a ; tdkt:inEvent ?event ; tdkt:participant ?person ; tdkt:part ?part .
    ?person foaf:name ?name . ?event rdfs:label ?eventLabel .
    OPTIONAL { ?event tdkt:date ?date }
  }
}""")
    )


def attendance(source: Source) -> nx.Graph:
    """People and the events they took part in; each edge says the part played (presided, spoke, ...)."""
    units = Units(source)
    b = _Builder(nx.Graph())
    for r in _participations(source):
        b.node(r["person"], r["name"], "Person", r["articleId"], province=units.province_of(r["unit"]))
        b.node(r["event"], r["eventLabel"], "Event", r["articleId"], date=r["date"], province=units.province_of(r["unit"]))
        b.edge(r["person"], r["event"], "took_part", r["articleId"], weight=0, part=_part(r["part"]))
    g = b.done()
    for _u, _v, data in g.edges(data=True):
        data["weight"] = float(len(data["part"].split(";")))
    return g


def _part(term: str | None) -> str:
    name = _local(term)
    return {"PresentedAwards": "presented_awards"}.get(name, name.lower())


# A projection links every pair of a group: a group of n people makes n(n-1)/2 edges. Groups larger than this
# (a congress of hundreds, a body that lists its whole staff) are left out of the pairwise views, and counted in
# the graph's `groups_left_out`, so that their work and memory stay bounded; the bipartite views keep them.
MAX_GROUP = 40


def co_attendance(source: Source, max_group: int = MAX_GROUP) -> nx.Graph:
    """Who meets whom: people linked by the events they attended together, weighted by how many
    (events with more than `max_group` people named are left out of the pairs: see MAX_GROUP)."""
    bipartite = attendance(source)
    b = _Builder(nx.Graph())
    events = [n for n, d in bipartite.nodes(data=True) if d["kind"] == "Event"]
    for n, d in bipartite.nodes(data=True):
        if d["kind"] == "Person":
            parts = sorted(p for _, _, e in bipartite.edges(n, data=True) for p in e["part"].split(";"))
            b.node(n, d["label"], "Person", None, province=d.get("province", ""), parts=";".join(parts))
            b.articles[n] |= set(d["articles"].split(";")) - {""}
    left_out = 0
    for e in events:
        people = sorted(bipartite.neighbors(e))
        if len(people) > max_group:
            left_out += 1
            continue
        for i, u in enumerate(people):
            for v in people[i + 1 :]:
                b.edge(u, v, "met_at", None, events=bipartite.nodes[e]["label"])
                b.articles[b.key(u, v)] |= set(bipartite.nodes[e]["articles"].split(";")) - {""}
    b.g.graph["groups_left_out"] = left_out
    return b.done()


def conferrals(source: Source) -> nx.DiGraph:
    """Honours flowing from conferring authorities to recipients (named, or the article's place).

    Only what was conferred makes an edge's `weight` (recipients counted) and `grants`; what was only proposed
    is kept apart in `proposed` and `proposedGrants`, so strength and most_honoured never mix the two. A grant
    whose recipients were not counted ("nhiều cá nhân") adds to `uncounted`, not to the weight as zero."""
    units = Units(source)
    rows = source.select(
        _sparql("""
SELECT ?grant ?conferrer ?cOrg ?cOffice ?recipient ?recipientName ?unit ?count ?awardLabel ?status ?articleId WHERE {
  GRAPH ?g {
    ?a a tdkt:Article ; dcterms:identifier ?articleId .
    OPTIONAL { ?a tdkt:about ?unit }
    ?grant a tdkt:AwardGrant ; tdkt:statedIn ?a ; tdkt:awardType ?type ; tdkt:status ?status ; tdkt:conferrer ?conferrer .
    OPTIONAL { ?conferrer skos:prefLabel ?cOrg }
    OPTIONAL { ?conferrer rdfs:label ?cOffice }
    OPTIONAL { ?grant tdkt:count ?count }
    OPTIONAL { ?grant tdkt:recipient ?recipient . OPTIONAL { ?grant tdkt:recipientName ?recipientName } }
  }
  GRAPH <AWARDS_GRAPH> { ?type skos:prefLabel ?awardLabel FILTER(LANG(?awardLabel) = "vi") }
}""")
    )
    b = _Builder(nx.DiGraph())
    for r in rows:
        conferrer_kind = "Office" if r["cOffice"] and not r["cOrg"] else "Organisation"
        b.node(r["conferrer"], r["cOrg"] or r["cOffice"], conferrer_kind, r["articleId"])
        if r["recipient"]:
            target = b.node(
                r["recipient"],
                r["recipientName"] or _local(r["recipient"]),
                "Recipient",
                r["articleId"],
                province=units.province_of(r["unit"]),
            )
        elif r["unit"]:
            target = b.node(r["unit"], units.label(r["unit"]), "AdministrativeUnit", r["articleId"], province=units.province_of(r["unit"]))
        else:
            continue
        count = int(r["count"]) if r["count"] else 0
        conferred = _local(r["status"]) == "Conferred"
        b.edge(r["conferrer"], target, "conferral", r["articleId"], weight=count if conferred else 0, awards=r["awardLabel"])
        data = b.g.edges[r["conferrer"], target]
        for key in ("grants", "proposed", "proposedGrants", "uncounted"):
            data.setdefault(key, 0)
        if conferred:
            data["grants"] += 1
        else:
            data["proposed"] += count
            data["proposedGrants"] += 1
        data["uncounted"] += 0 if r["count"] else 1
    for _, _, data in b.g.edges(data=True):  # an edge of proposals only says so
        data["kind"] = data["label"] = "conferred" if data["grants"] else "proposed"
    return b.done()


def hierarchy(source: Source) -> nx.DiGraph:
    """Bodies, the bodies they belong to, and the administrative units that contain them (child -> parent)."""
    units = Units(source)
    rows = source.select(
        _sparql("""
SELECT DISTINCT ?org ?orgName ?parent ?parentName ?unit ?articleId WHERE {
  GRAPH ?g {
    ?a a tdkt:Article ; dcterms:identifier ?articleId .
    ?om tdkt:inArticle ?a ; tdkt:denotes ?org .
    ?org a org:Organization ; skos:prefLabel ?orgName .
    OPTIONAL { ?org org:subOrganizationOf ?parent . ?parent skos:prefLabel ?parentName }
    OPTIONAL { ?org tdkt:locatedIn ?unit }
  }
}""")
    )
    b = _Builder(nx.DiGraph())
    for r in rows:
        b.node(r["org"], r["orgName"], "Organisation", r["articleId"], province=units.province_of(r["unit"]))
        if r["parent"]:
            b.node(r["parent"], r["parentName"], "Organisation", r["articleId"], province=units.province_of(r["unit"]))
            b.edge(r["org"], r["parent"], "part_of", r["articleId"])
        if r["unit"]:
            b.node(r["unit"], units.label(r["unit"]), "AdministrativeUnit", r["articleId"], province=units.province_of(r["unit"]))
            b.edge(r["org"], r["unit"], "located_in", r["articleId"])
            chain = units.chain(r["unit"])
            for inner, outer in pairwise(chain):
                b.node(outer.iri, outer.label, "AdministrativeUnit", None, province=outer.label)
                b.edge(inner.iri, outer.iri, "within")
    return b.done()


def campaigns(source: Source) -> nx.DiGraph:
    """Campaigns, the people, bodies and offices that launched them, and the places whose articles promote them."""
    units = Units(source)
    rows = source.select(
        _sparql("""
SELECT ?campaign ?name ?kind ?launcher ?lPerson ?lOrg ?lOffice ?unit ?articleId WHERE {
  GRAPH ?g {
    ?a a tdkt:Article ; dcterms:identifier ?articleId .
    OPTIONAL { ?a tdkt:about ?unit }
    VALUES ?kind { tdkt:Movement tdkt:Drive tdkt:YearlyTheme }
    ?cm tdkt:inArticle ?a ; tdkt:denotes ?campaign .
    ?campaign a ?kind ; rdfs:label ?name .
    OPTIONAL { ?campaign tdkt:launchedBy ?launcher }
    OPTIONAL { ?launcher foaf:name ?lPerson }
    OPTIONAL { ?launcher skos:prefLabel ?lOrg }
    OPTIONAL { ?launcher rdfs:label ?lOffice }
  }
}""")
    )
    b = _Builder(nx.DiGraph())
    for r in rows:
        b.node(r["campaign"], r["name"], _local(r["kind"]), r["articleId"])
        if r["launcher"]:
            kind = "Person" if r["lPerson"] else "Organisation" if r["lOrg"] else "Office"
            label = r["lPerson"] or r["lOrg"] or r["lOffice"]
            b.node(r["launcher"], label, kind, r["articleId"], province=units.province_of(r["unit"]))
            b.edge(r["launcher"], r["campaign"], "launched", r["articleId"])
        if r["unit"]:
            b.node(r["unit"], units.label(r["unit"]), "AdministrativeUnit", r["articleId"], province=units.province_of(r["unit"]))
            b.edge(r["unit"], r["campaign"], "promotes", r["articleId"])
    return b.done()


def _memberships(source: Source) -> list[dict[str, str | None]]:
    return source.select(
        _sparql("""
SELECT ?person ?name ?org ?orgName ?role ?post ?attested ?articleId WHERE {
  GRAPH ?g {
    ?a a tdkt:Article ; dcterms:identifier ?articleId .
    ?m a org:Membership ; tdkt:statedIn ?a ; org:member ?person ; org:organization ?org ; org:role ?r ; tdkt:post ?post .
    ?person foaf:name ?name . ?org skos:prefLabel ?orgName . ?r rdfs:label ?role .
    OPTIONAL { ?m tdkt:attestedOn ?attested }
  }
}""")
    )


def careers(source: Source) -> nx.DiGraph:
    """Posts (role in body) linked in the order people held them, across articles, by attested date."""
    by_person: dict[str, list[dict]] = defaultdict(list)
    for r in _memberships(source):
        by_person[r["person"]].append(r)
    b = _Builder(nx.DiGraph())
    for items in by_person.values():
        steps: list[tuple[str, str]] = []
        for r in sorted(items, key=lambda r: (r["attested"] or "", r["orgName"], r["role"])):
            post = r["post"]
            b.node(post, f"{r['role']} {r['orgName']}", "Post", r["articleId"])
            if not steps or steps[-1][0] != post:
                steps.append((post, r["attested"] or ""))
        for (a, da), (c, dc) in pairwise(steps):
            if da and dc and da != dc:  # posts attested on one day are held together, not in sequence
                b.edge(a, c, "next_post", None, person=items[0]["name"], since=dc)
    return b.done()


def co_workers(source: Source, max_group: int = MAX_GROUP) -> nx.Graph:
    """People holding posts in the same body at the same time (same attested date), weighted by how often
    (bodies with more than `max_group` people at one date are left out of the pairs: see MAX_GROUP)."""
    by_body: dict[tuple[str, str], dict[str, dict]] = defaultdict(dict)
    for r in _memberships(source):
        by_body[(r["org"], r["attested"] or "")][r["person"]] = r
    b = _Builder(nx.Graph())
    left_out = 0
    for (_org, _date), people in by_body.items():
        ids = sorted(people)
        for p in ids:
            b.node(p, people[p]["name"], "Person", people[p]["articleId"])
        if len(ids) > max_group:
            left_out += 1
            continue
        for i, u in enumerate(ids):
            for v in ids[i + 1 :]:
                b.edge(u, v, "co_worker", people[u]["articleId"], bodies=people[u]["orgName"])
    b.g.graph["groups_left_out"] = left_out
    return b.done()


VIEWS: dict[str, Callable[[Source], nx.Graph]] = {
    "posts": posts,
    "co-attendance": co_attendance,
    "attendance": attendance,
    "conferrals": conferrals,
    "hierarchy": hierarchy,
    "campaigns": campaigns,
    "careers": careers,
    "co-workers": co_workers,
}
