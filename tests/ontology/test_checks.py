"""The shapes compiled to SPARQL (tdkt.checks) report what pyshacl reports: nothing on the sample graphs, and, fault
by fault, the same nodes under the same rules, so the fast checks of ingest and `validate` can stand in for it."""

from __future__ import annotations

from collections.abc import Callable

import pyoxigraph as ox
import pytest
from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.namespace import FOAF, ORG, PROV, RDFS, SKOS, XSD
from tdkt.ingest.pipeline import process
from tdkt.ingest.rdf import article_to_graph

from tdkt.checks import UnsupportedShape, _Compiler, compiled, run_checks
from tdkt.pychecks import check_article
from tdkt.store import TdktStore, reference_ntriples
from tdkt.validate import validate_graph
from tdkt.vocab import AWARD, AWARDS_GRAPH, GAZETTEER_GRAPH, ID, TDKT

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


def _pm_certificate(g: Graph):
    return _first(g, TDKT.AwardGrant, lambda s: g.value(s, TDKT.awardType) == AWARD["bang-khen-thu-tuong"])


def _province_body(g: Graph):
    return _first(g, ORG.Organization, lambda s: str(g.value(s, SKOS.prefLabel)) == "Ủy ban nhân dân tỉnh Lạng Sơn")


def _district(g: Graph) -> URIRef:
    return ID["unit/d178"]  # a district of the gazetteer (not a province)


def _set(node: Callable[[Graph], URIRef], prop, value) -> Callable[[Graph], None]:
    return lambda g: g.set((node(g), prop, value(g) if callable(value) else value))


def _typo(name: str) -> URIRef:
    return URIRef(str(TDKT) + name)  # TDKT refuses undeclared terms: a typo is written by hand


def _heroic_mother_to_collective(g: Graph, grant: URIRef) -> None:
    g.set((grant, TDKT.awardType, AWARD["ba-me-viet-nam-anh-hung"]))
    g.set((grant, TDKT.recipientKind, TDKT.Collective))


DCT = "http://purl.org/dc/terms/"
# 53 kinds of fault, each a change a careless writer of RDF (or a broken rule) could make to a valid article graph
FAULTS: dict[str, Callable[[Graph], None]] = {
    # counts, statuses, types
    "count zero": _set(_grant, TDKT["count"], Literal(0)),
    "count as text": _set(_grant, TDKT["count"], Literal("ba")),
    "two counts": lambda g: g.add((_grant(g), TDKT["count"], Literal(999))),
    "no status": lambda g: g.remove((_grant(g), TDKT.status, None)),
    "status outside its list": _set(_grant, TDKT.status, TDKT.Individual),
    "award type not in the scheme": _set(_grant, TDKT.awardType, ID["org/x"]),
    "two award types": lambda g: g.add((_grant(g), TDKT.awardType, AWARD["giay-khen"])),
    "approximate not boolean": _set(_grant, TDKT.approximate, Literal("no")),
    "a grant with nothing": lambda g: g.add((ID["grant/empty"], RDF.type, TDKT.AwardGrant)),
    # periods
    "period not a year": _set(_grant, TDKT.period, Literal("năm ngoái")),
    "award name without its language": _set(_grant, TDKT.awardName, Literal("Công dân ưu tú")),
    "reversed period": lambda g: (
        g.set((_grant(g), TDKT.periodStart, Literal("2020", datatype=XSD.gYear))),
        g.set((_grant(g), TDKT.periodEnd, Literal("2015", datatype=XSD.gYear))),
    ),
    "period start not a year": _set(_grant, TDKT.periodStart, Literal("2015-01-01", datatype=XSD.date)),
    # the law, from the award scheme
    "order from a province": _set(_order, TDKT.conferrer, _province_body),
    "order with no conferrer": lambda g: g.remove((_order(g), TDKT.conferrer, None)),
    "Prime Minister's certificate from a province": _set(_pm_certificate, TDKT.conferrer, _province_body),
    "flag to individuals": _set(_flag, TDKT.recipientKind, TDKT.Individual),
    "Heroic Mother title to a collective": lambda g: _heroic_mother_to_collective(g, _order(g)),
    # links to things of the wrong class, or to nothing
    "conferrer a person": _set(_grant, TDKT.conferrer, lambda g: _first(g, TDKT.Person)),
    "presenter a body": lambda g: g.add((_order(g), TDKT.presenter, _first(g, ORG.Organization))),
    "co-presenter a body": lambda g: g.add((_order(g), TDKT.coPresenter, _first(g, ORG.Organization))),
    "dangling event link": _set(_grant, TDKT.atEvent, ID["event/nowhere"]),
    "grant at a person, not an event": _set(_grant, TDKT.atEvent, lambda g: _first(g, TDKT.Person)),
    "dangling recipient link": lambda g: g.add((_grant(g), TDKT.recipient, ID["org/nowhere"])),
    "conferrer province not a province": _set(_flag, TDKT.conferrerProvince, _district),
    "member not a person": _set(lambda g: _first(g, ORG.Membership), ORG.member, lambda g: _first(g, ORG.Organization)),
    "participation in no event": _set(lambda g: _first(g, TDKT.Participation), TDKT.inEvent, lambda g: _first(g, TDKT.Person)),
    "participation part outside its list": _set(lambda g: _first(g, TDKT.Participation), TDKT.part, TDKT.Conferred),
    "mention of nothing known": _set(lambda g: _first(g, TDKT.Mention), TDKT.denotes, ID["person/nowhere"]),
    "campaign launched by an event": lambda g: g.add((_first(g, TDKT.Movement), TDKT.launchedBy, _first(g, TDKT.Event))),
    "article source not an IRI": lambda g: g.add((_first(g, TDKT.Article), PROV.hadPrimarySource, Literal("http://x.vn/a"))),
    "article about a person": _set(lambda g: _first(g, TDKT.Article), TDKT.about, lambda g: _first(g, TDKT.Person)),
    # provenance and evidence
    "fact without provenance": lambda g: g.remove((_flag(g), TDKT.statedIn, None)),
    "fact stated in two articles": lambda g: g.add((_flag(g), TDKT.statedIn, ID["article/other"])),
    "fact without evidence": lambda g: g.remove((_flag(g), TDKT.evidence, None)),
    "mention without its article": lambda g: g.remove((_first(g, TDKT.Mention), TDKT.inArticle, None)),
    "mention without its reason": lambda g: g.remove((_first(g, TDKT.Mention), TDKT.resolution, None)),
    "graph not derived from its article": lambda g: g.remove((None, PROV.wasDerivedFrom, None)),
    "evidence from nowhere": _set(lambda g: _first(g, TDKT.Evidence), PROV.wasQuotedFrom, ID["org/x"]),
    "negative offset": _set(lambda g: _first(g, TDKT.Evidence), TDKT.charStart, Literal(-4)),
    "offsets reversed": lambda g: g.set(
        (_first(g, TDKT.Evidence), TDKT.charStart, Literal(int(g.value(_first(g, TDKT.Evidence), TDKT.charEnd)) + 5))
    ),
    "quote without its language": _set(lambda g: _first(g, TDKT.Evidence), TDKT.quote, Literal("Sáng 6/2")),
    # articles, people, bodies, events, memberships
    "article without identifier": lambda g: g.remove((_first(g, TDKT.Article), DC_ID, None)),
    "two article dates": lambda g: g.add((_first(g, TDKT.Article), URIRef(DCT + "issued"), Literal("2020-01-01", datatype=XSD.date))),
    "body label without language": _set(lambda g: _first(g, ORG.Organization), SKOS.prefLabel, Literal("UBND")),
    "person without name": lambda g: g.remove((_first(g, TDKT.Person), FOAF.name, None)),
    "a person who is also a body": lambda g: g.add((_first(g, TDKT.Person), RDF.type, ORG.Organization)),
    "event with two dates": lambda g: g.add((_first(g, TDKT.Event), TDKT.date, Literal("1999-01-01", datatype=XSD.date))),
    "event with no label": lambda g: g.remove((_first(g, TDKT.Event), RDFS.label, None)),
    "membership ending before it starts": lambda g: (
        g.add((_first(g, ORG.Membership), TDKT.startDate, Literal("2020-05-01", datatype=XSD.date))),
        g.add((_first(g, ORG.Membership), TDKT.endDate, Literal("2019-05-01", datatype=XSD.date))),
    ),
    "former flag not boolean": _set(lambda g: _first(g, ORG.Membership), TDKT.former, Literal("nguyên")),
    # closed shapes: a typo beside the real property
    "typo property on a grant": lambda g: g.add((_grant(g), _typo("conferer"), _province_body(g))),
    "typo property on evidence": lambda g: g.add((_first(g, TDKT.Evidence), _typo("charstart"), Literal(3))),
    "stray property on a person": lambda g: g.add((_first(g, TDKT.Person), RDFS.comment, Literal("?"))),
}


def _compiled_violations(g: Graph) -> set[tuple[str, str]]:
    store = ox.Store()
    for ref in (AWARDS_GRAPH, GAZETTEER_GRAPH):
        store.load(reference_ntriples()[str(ref)], format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(ref)))
    store.load(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(GRAPH))
    return {(v.node, v.rule) for v in run_checks(store, [GRAPH])}


def test_the_sample_graphs_have_no_violation_either_way(sample_store):
    db = TdktStore(sample_store, read_only=True)
    assert run_checks(db.store) == []
    assert all(validate_graph(iri, db.graph(iri)) == [] for iri in db.article_graphs())
    assert all(check_article(iri, db.graph(iri)) == [] for iri in db.article_graphs())


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_each_fault_is_reported_by_both_engines_alike(article, fault):
    g = Graph()
    for t in article:
        g.add(t)
    FAULTS[fault](g)
    reference = {(v.node, v.rule) for v in validate_graph("t", g)}
    assert reference, f"pyshacl does not see {fault}"
    assert _compiled_violations(g) == reference
    assert {(v.node, v.rule) for v in check_article("t", g)} == reference  # the Python form, as the workers run it


def test_there_are_at_least_forty_kinds_of_fault():
    assert len(FAULTS) >= 40


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


def _store_of(*graphs: tuple[str, Graph], sealed: bool = True) -> ox.Store:
    """A store as ingest writes it: each graph sealed by the run that wrote it (unless `sealed` is false)."""
    store = ox.Store()
    for name, g in graphs:
        store.load(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(name))
        if sealed:
            seal = ox.Quad(ox.NamedNode(name), ox.NamedNode(str(PROV.wasGeneratedBy)), ox.NamedNode(str(ID["run/t"])), ox.NamedNode(name))
            store.add(seal)
    return store


def test_the_store_pass_names_an_article_graph_cut_off_before_its_seal(article):
    from tdkt.checks import store_checks

    found = store_checks(_store_of((GRAPH, article), sealed=False))
    assert [v.rule for v in found] == ["store:GraphWrittenWhole"] and "run the same ingest again" in found[0].message
    assert found[0].node == str(next(article.subjects(RDF.type, TDKT.Article)))


def test_the_store_pass_finds_a_quote_that_is_not_the_text_at_its_offsets(article):
    from tdkt.checks import store_checks

    assert store_checks(_store_of((GRAPH, article))) == []
    g = Graph()
    for t in article:
        g.add(t)
    ev = _first(g, TDKT.Evidence)
    g.set((ev, TDKT.quote, Literal("Một câu khác hẳn.", lang="vi")))  # still a valid graph for SHACL Core
    assert validate_graph("t", g) == []
    found = store_checks(_store_of((GRAPH, g)))
    assert [(v.node, v.rule) for v in found] == [(str(ev), "store:QuoteMatchesOffsets")]


def test_the_store_pass_finds_an_iri_that_two_articles_give_different_kinds_or_names(article):
    from tdkt.checks import store_checks

    person = _first(article, TDKT.Person)
    other = Graph()
    other.add((ID["article/other"], RDF.type, TDKT.Article))
    other.add((person, RDF.type, ORG.Organization))
    other.add((person, FOAF.name, Literal("Một Tên Khác")))
    rules = {v.rule for v in store_checks(_store_of((GRAPH, article), (GRAPH + "-2", other))) if v.node == str(person)}
    assert rules == {"store:PersonAndBody", "store:OnePersonOneName"}
