"""SHACL validation of article graphs, with a report that names article, node and rule."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pyshacl import validate as shacl_validate
from rdflib import BNode, Graph, Literal, URIRef

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
    return Graph().parse(resource_path("ontology/shapes.ttl"), format="turtle")


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
    """What the shapes need to know of the award types an article uses (their type and kind), not the whole
    1,100-triple scheme: copying the scheme into every article's check cost more than the check itself."""
    awards, out = _awards(), Graph()
    used = set(graph.objects(None, TDKT.awardType)) | set(graph.objects(None, TDKT.includesAwardType))
    for award in used:
        for p in (RDF.type, TDKT.awardKind):
            for o in awards.objects(award, p):
                out.add((award, p, o))
    return out


def validate_scheme() -> list[Violation]:
    """Violations of the award scheme's own shapes (labels in both languages, one broader concept...)."""
    return _violations("award scheme", _awards(), shapes_graph())


def validate_graph(article_id: str, graph: Graph) -> list[Violation]:
    """Violations of the shapes in one article's graph (with the facts of the award types it uses)."""
    return _violations(article_id, graph + _scheme_facts(graph), article_shapes())


def _violations(article_id: str, data: Graph, shapes: Graph) -> list[Violation]:
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
