"""SHACL validation of article graphs, with a report that names article, node and rule."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection

from tdkt.ingest.taxonomy import taxonomy_graph
from tdkt.resources import resource_path
from tdkt.vocab import RDF, RDFS, SH, SHAPES, TDKT


@dataclass(frozen=True)
class Violation:
    article: str
    node: str
    rule: str
    path: str | None
    message: str
    value: str | None

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        value = f" (value {self.value})" if self.value else ""
        return f"{self.article}: {self.node}{where}: {self.message}{value} [{self.rule}]"


@cache
def shapes_graph() -> Graph:
    """shapes.ttl and the shapes of the law that awards.ttl states as data (law_shapes)."""
    g = Graph().parse(resource_path("ontology/shapes.ttl"), format="turtle")
    return g + law_shapes(_awards())


_BOTH = frozenset({TDKT.Individual, TDKT.Collective})


def law_shapes(awards: Graph) -> Graph:
    """The Law on Emulation and Commendation as the award scheme records it, made shapes: for each set of award
    types that allow the same recipients (tdkt:recipientKind) or have the same conferring office (by
    tdkt:awardLevel: 'state' is the State President's, 'government' the Prime Minister's), a node shape that
    holds every grant of those types to it. Editing award_types.tsv changes the law the checks apply."""
    from tdkt.ingest.conferrers import PRESIDENT, PRIME_MINISTER
    from tdkt.ingest.rdf import body_iri, office_iri

    out = Graph()
    by_kinds: dict[frozenset, list[URIRef]] = {}
    by_level: dict[str, list[URIRef]] = {}
    for award in sorted(awards.subjects(RDF.type, TDKT.AwardType)):
        kinds = frozenset(awards.objects(award, TDKT.recipientKind))
        if kinds and kinds != _BOTH:
            allowed = kinds | ({TDKT.Collective} if TDKT.Household in kinds else set())
            by_kinds.setdefault(frozenset(allowed), []).append(award)
        level = awards.value(award, TDKT.awardLevel)
        if level is not None:
            by_level.setdefault(str(level), []).append(award)
    authorities = {
        "state": ("the State President (Chủ tịch nước)", [office_iri(PRESIDENT)]),
        "government": (
            "the Prime Minister (Thủ tướng Chính phủ) or the Government",
            [office_iri(PRIME_MINISTER), body_iri(PRIME_MINISTER.org)],
        ),
    }
    for allowed, types in sorted(by_kinds.items(), key=lambda kv: sorted(kv[0])):
        words = " or ".join(sorted(str(k).rsplit("#", 1)[-1].lower() for k in allowed))
        shape = SHAPES["Law-recipients-" + "-".join(sorted(str(k).rsplit("#", 1)[-1] for k in allowed))]
        alt = [_not_type(out, types), _property(out, TDKT.recipientKind, sorted(allowed), required=False)]
        _grant_rule(out, shape, alt, f"an award of these types goes to {words} recipients only (the award scheme's tdkt:recipientKind)")
    for level, (who, conferrers) in authorities.items():
        types = by_level.get(level, [])
        if types:
            alt = [_not_type(out, types), _property(out, TDKT.conferrer, conferrers, required=True)]
            _grant_rule(out, SHAPES[f"Law-conferrer-{level}"], alt, f"an award at the {level} level is conferred by {who}")
    return out


def _grant_rule(g: Graph, shape: URIRef, alternatives: list, message: str) -> None:
    g.add((shape, RDF.type, SH.NodeShape))
    g.add((shape, SH.targetClass, TDKT.AwardGrant))
    g.add((shape, SH.message, Literal(message)))
    head = BNode()
    Collection(g, head, alternatives)
    g.add((shape, SH["or"], head))


def _property(g: Graph, path: URIRef, values: list, required: bool) -> BNode:
    """[ sh:property [ sh:path PATH ; sh:in (VALUES) ; sh:minCount 1 if required ] ]"""
    node, prop, members = BNode(), BNode(), BNode()
    g.add((node, SH.property, prop))
    g.add((prop, SH.path, path))
    Collection(g, members, values)
    g.add((prop, SH["in"], members))
    if required:
        g.add((prop, SH.minCount, Literal(1)))
    return node


def _not_type(g: Graph, types: list[URIRef]) -> BNode:
    """[ sh:not [ sh:property [ sh:path tdkt:awardType ; sh:in (TYPES) ] ] ]: a grant of another type."""
    node = BNode()
    g.add((node, SH["not"], _property(g, TDKT.awardType, types, required=False)))
    return node


# shapes of the award scheme itself: checked once on the scheme (`tdkt validate`, the tests), not on every article
SCHEME_CLASSES = (TDKT.AwardType,)


@cache
def article_shapes() -> Graph:
    """The shapes an article's graph is checked against: all but those of the award scheme, parsed once."""
    every = shapes_graph()
    scheme = {s for c in SCHEME_CLASSES for s in every.subjects(SH.targetClass, c)}
    out = Graph()
    for t in every:
        if t[0] not in scheme:
            out.add(t)
    return out


@cache
def _awards() -> Graph:
    return taxonomy_graph()


def _scheme_facts(graph: Graph) -> Graph:
    """What the shapes need to know of the award types and units an article points to (their types, and a
    unit's label), not the whole scheme and gazetteer: copying them into every article's check cost more than
    the check itself."""
    awards, out = _awards(), Graph()
    used = set(graph.objects(None, TDKT.awardType)) | set(graph.objects(None, TDKT.includesAwardType))
    for award in used:
        for p in (RDF.type, TDKT.awardKind):
            for o in awards.objects(award, p):
                out.add((award, p, o))
    units = _gazetteer()
    for unit in set(graph.objects()) & set(units.subjects(RDF.type, TDKT.AdministrativeUnit)):
        for p in (RDF.type, RDFS.label):
            for o in units.objects(unit, p):
                out.add((unit, p, o))
    return out


@cache
def _gazetteer() -> Graph:
    from tdkt.ingest.rdf import gazetteer_graph

    return gazetteer_graph()


def validate_scheme() -> list[Violation]:
    """Violations of the award scheme's own shapes (labels in both languages, one broader concept...)."""
    return _violations("award scheme", _awards(), shapes_graph())


def validate_graph(article_id: str, graph: Graph) -> list[Violation]:
    """Violations of the shapes in one article's graph (with the facts of the award types it uses)."""
    return _violations(article_id, graph + _scheme_facts(graph), article_shapes())


def _violations(article_id: str, data: Graph, shapes: Graph) -> list[Violation]:
    # imported here: pyshacl takes a quarter of a second to import, and ingest's workers never call it
    from pyshacl import validate as shacl_validate

    conforms, results, _ = shacl_validate(data, shacl_graph=shapes, inference="none", advanced=False, inplace=True)
    if conforms:
        return []
    out = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        node = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        message = results.value(r, SH.resultMessage)
        shape = results.value(r, SH.sourceShape)
        value = results.value(r, SH.value)
        out.append(
            Violation(
                article_id,
                str(node),
                _shape_name(shape),
                _short(path) if path is not None else None,
                str(message) if message is not None else "violates a shape",
                str(value) if value is not None else None,
            )
        )
    return sorted(out, key=lambda v: (v.node, v.rule))


def _shape_name(shape) -> str:
    """A shape's name: its IRI, or for a property shape written inline, its node shape and path
    ('shapes:AwardGrantShape/tdkt:count'), so every rule in a report can be found in shapes.ttl."""
    if not isinstance(shape, BNode):
        return _short(shape)
    shapes = shapes_graph()
    name = shapes.value(shape, SH.name)
    parent = shapes.value(None, SH.property, shape)
    path = shapes.value(shape, SH.path)
    where = _short(parent) if parent is not None and not isinstance(parent, BNode) else "shapes"
    what = str(name) if name is not None else (_short(path) if path is not None and not isinstance(path, BNode) else "constraint")
    return f"{where}/{what}"


def report_graph(violations: list[Violation]) -> Graph:
    """Violations as a SHACL validation report (sh:ValidationReport, one sh:ValidationResult each)."""
    g = Graph()
    g.bind("sh", SH)
    report = BNode()
    g.add((report, RDF.type, SH.ValidationReport))
    g.add((report, SH.conforms, Literal(not violations)))
    for v in violations:
        r = BNode()
        g.add((report, SH.result, r))
        g.add((r, RDF.type, SH.ValidationResult))
        g.add((r, SH.resultSeverity, SH.Violation))
        g.add((r, SH.focusNode, URIRef(v.node) if "://" in v.node else Literal(v.node)))
        g.add((r, SH.resultMessage, Literal(v.message)))
        g.add((r, SH.sourceShape, _expand(v.rule.split("/")[0])))  # the node shape; the rule's full name follows
        g.add((r, RDFS.label, Literal(v.rule)))
        g.add((r, RDFS.comment, Literal(f"article {v.article}")))
        if v.path:
            g.add((r, SH.resultPath, _expand(v.path)))
        if v.value is not None:
            g.add((r, SH.value, Literal(v.value)))
    return g


def _expand(short: str) -> URIRef:
    for prefix, ns in (("shapes:", str(SHAPES)), ("tdkt:", str(TDKT))):
        if short.startswith(prefix):
            return URIRef(ns + short[len(prefix) :])
    return URIRef(short)


def _short(term) -> str:
    if isinstance(term, BNode):
        return "(anonymous)"
    text = str(term)
    for prefix, ns in (("shapes:", str(SHAPES)), ("tdkt:", str(TDKT))):
        if text.startswith(ns):
            return prefix + text[len(ns) :]
    return text
