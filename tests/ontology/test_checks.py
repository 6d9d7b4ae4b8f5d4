"""The shapes compiled to SPARQL (tdkt.checks) report what pyshacl reports: nothing on the sample graphs, and, fault
by fault, the same nodes under the same rules, so the fast checks of ingest and `validate` can stand in for it."""

from __future__ import annotations

from collections.abc import Callable

import pyoxigraph as ox
import pytest
from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.namespace import FOAF, ORG, PROV, SKOS, XSD
from tdkt.ingest.pipeline import process
from tdkt.ingest.rdf import article_to_graph

from tdkt.checks import UnsupportedShape, _Compiler, compiled, run_checks
from tdkt.store import TdktStore, reference_ntriples
from tdkt.validate import validate_graph
from tdkt.vocab import AWARD, AWARDS_GRAPH, ID, TDKT

from ..conftest import SAMPLES

GRAPH = "https://w3id.org/tdkt/graph/article/t"
DC_ID = URIRef("http://purl.org/dc/terms/identifier")


@pytest.fixture(scope="module")
def article() -> Graph:
    doc, facts = process(SAMPLES / "003_2be54d8038de2afe.txt")
    return article_to_graph(doc, facts)


def _first(g: Graph, cls, where: Callable | None = None):
    return next(s for s in sorted(g.subjects(RDF.type, cls)) if where is None or where(s))


def _order(g: Graph):
    return _first(g, TDKT.AwardGrant, lambda s: str(g.value(s, TDKT.awardType)).startswith(str(AWARD["huan-chuong"])))


def _flag(g: Graph):
    return _first(g, TDKT.AwardGrant, lambda s: g.value(s, TDKT.awardType) == AWARD["co-thi-dua-cap-bo-tinh"])


def _grant(g: Graph):
    return _first(g, TDKT.AwardGrant, lambda s: g.value(s, TDKT["count"]) is not None)


FAULTS: dict[str, Callable[[Graph], None]] = {
    "count zero": lambda g: g.set((_grant(g), TDKT["count"], Literal(0))),
    "count as text": lambda g: g.set((_grant(g), TDKT["count"], Literal("ba"))),
    "two counts": lambda g: g.add((_grant(g), TDKT["count"], Literal(999))),
    "no status": lambda g: g.remove((_grant(g), TDKT.status, None)),
    "status outside its list": lambda g: g.set((_grant(g), TDKT.status, TDKT.Individual)),
    "award type not in the scheme": lambda g: g.set((_grant(g), TDKT.awardType, ID["org/x"])),
    "period not a year": lambda g: g.set((_grant(g), TDKT.period, Literal("năm ngoái"))),
    "order from a province": lambda g: g.set((_order(g), TDKT.conferrer, ID["org/uy-ban-nhan-dan-tinh-lang-son"])),
    "flag to individuals": lambda g: g.set((_flag(g), TDKT.recipientKind, TDKT.Individual)),
    "conferrer a person": lambda g: g.set((_grant(g), TDKT.conferrer, _first(g, TDKT.Person))),
    "approximate not boolean": lambda g: g.set((_grant(g), TDKT.approximate, Literal("no"))),
    "member not a person": lambda g: g.set((_first(g, ORG.Membership), ORG.member, _first(g, ORG.Organization))),
    "article without identifier": lambda g: g.remove((_first(g, TDKT.Article), DC_ID, None)),
    "negative offset": lambda g: g.set((_first(g, TDKT.Evidence), TDKT.charStart, Literal(-4))),
    "body label without language": lambda g: g.set((_first(g, ORG.Organization), SKOS.prefLabel, Literal("UBND"))),
    "person without name": lambda g: g.remove((_first(g, TDKT.Person), FOAF.name, None)),
    "fact without provenance": lambda g: g.remove((_flag(g), PROV.wasDerivedFrom, None)),
    "fact without evidence": lambda g: g.remove((_flag(g), TDKT.evidence, None)),
    "two article dates": lambda g: g.add(
        (_first(g, TDKT.Article), URIRef("http://purl.org/dc/terms/issued"), Literal("2020-01-01", datatype=XSD.date))
    ),
    "a grant with nothing": lambda g: g.add((ID["grant/empty"], RDF.type, TDKT.AwardGrant)),
    "evidence from nowhere": lambda g: g.set((_first(g, TDKT.Evidence), PROV.wasQuotedFrom, ID["org/x"])),
    "presenter a body": lambda g: g.add((_order(g), TDKT.presenter, _first(g, ORG.Organization))),
}


def _compiled_violations(g: Graph) -> set[tuple[str, str]]:
    store = ox.Store()
    store.load(reference_ntriples()[str(AWARDS_GRAPH)], format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(AWARDS_GRAPH)))
    store.load(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(GRAPH))
    return {(v.node, v.rule) for v in run_checks(store, [GRAPH])}


def test_the_sample_graphs_have_no_violation_either_way(sample_store):
    db = TdktStore(sample_store, read_only=True)
    assert run_checks(db.store) == []
    assert all(validate_graph(iri, db.graph(iri)) == [] for iri in db.article_graphs())


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_each_fault_is_reported_by_both_engines_alike(article, fault):
    g = Graph()
    for t in article:
        g.add(t)
    FAULTS[fault](g)
    reference = {(v.node, v.rule) for v in validate_graph("t", g)}
    assert reference, f"pyshacl does not see {fault}"
    assert _compiled_violations(g) == reference


def test_a_constraint_the_compiler_does_not_know_is_refused():
    shapes = Graph()
    shape, prop = URIRef("https://w3id.org/tdkt/shapes#X"), BNode()
    sh = "http://www.w3.org/ns/shacl#"
    shapes.add((shape, URIRef(sh + "targetClass"), TDKT.Person))
    shapes.add((shape, URIRef(sh + "property"), prop))
    shapes.add((prop, URIRef(sh + "path"), FOAF.name))
    shapes.add((prop, URIRef(sh + "maxLength"), Literal(3)))
    with pytest.raises(UnsupportedShape, match="maxLength"):
        _Compiler(shapes).node_shape(shape)
    assert len(compiled()) > 60  # every shape of shapes.ttl compiles
