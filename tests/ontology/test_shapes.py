"""SHACL: the sample graphs conform; graphs with deliberately wrong facts fail with the rule's message."""

from __future__ import annotations

from rdflib import RDF, Literal, URIRef
from rdflib.namespace import PROV, XSD
from tdkt.ingest.pipeline import process
from tdkt.ingest.rdf import article_to_graph

from tdkt.store import TdktStore
from tdkt.validate import validate_graph
from tdkt.vocab import AWARD, TDKT

from ..conftest import SAMPLES


def _grant_graph():
    doc, facts = process(SAMPLES / "003_2be54d8038de2afe.txt")
    g = article_to_graph(doc, facts)
    grants = list(g.subjects(RDF.type, TDKT.AwardGrant))
    order = next(s for s in grants if str(g.value(s, TDKT.awardType)).startswith(str(AWARD["huan-chuong"])))
    flag = next(s for s in grants if g.value(s, TDKT.awardType) == AWARD["co-thi-dua-cap-bo-tinh"])
    return g, order, flag


def _body(g, label: str) -> URIRef:
    from rdflib.namespace import SKOS

    return next(s for s, o in g.subject_objects(SKOS.prefLabel) if str(o) == label)


def test_the_sample_graphs_conform(sample_store):
    store = TdktStore(sample_store)
    for iri in store.article_graphs():
        assert validate_graph(iri, store.graph(iri)) == []


def test_an_order_conferred_by_a_peoples_committee_breaks_the_law_rule():
    g, order, _ = _grant_graph()
    g.set((order, TDKT.conferrer, _body(g, "Ủy ban nhân dân tỉnh Lạng Sơn")))
    violations = [v for v in validate_graph("003", g) if v.node == str(order)]
    assert [v.rule for v in violations] == ["shapes:Law-conferrer-state"]
    assert "conferred by the State President (Chủ tịch nước)" in violations[0].message


def test_a_flag_for_individuals_breaks_the_collectives_rule():
    g, _, flag = _grant_graph()
    g.set((flag, TDKT.recipientKind, TDKT.Individual))
    violations = [v for v in validate_graph("003", g) if v.node == str(flag)]
    assert [v.rule for v in violations] == ["shapes:Law-recipients-Collective"]  # from the scheme's tdkt:recipientKind
    assert violations[0].article == "003"


def test_a_zero_count_and_a_missing_provenance_are_reported():
    g, order, flag = _grant_graph()
    g.set((flag, TDKT["count"], Literal(0, datatype=XSD.integer)))
    g.remove((order, TDKT.statedIn, None))
    found = {(v.node, v.message) for v in validate_graph("003", g)}
    assert (str(flag), "a count is a positive integer") in found
    assert (str(order), "every article-scoped fact names the one article that states it (tdkt:statedIn)") in found


def test_the_reference_graphs_conform():
    from pyshacl import validate
    from rdflib import Graph

    from tdkt.store import reference_graphs
    from tdkt.validate import shapes_graph

    data = Graph()
    for g in reference_graphs().values():
        data += g
    conforms, _, text = validate(data, shacl_graph=shapes_graph(), inference="none")
    assert conforms, text


def test_validate_command_reports_article_node_and_rule_and_exits_3(tmp_path, capsys):
    from tdkt.cli import main
    from tdkt.store import reference_graphs

    g, order, _ = _grant_graph()
    g.set((order, TDKT.conferrer, _body(g, "Ủy ban nhân dân tỉnh Lạng Sơn")))
    name = "https://w3id.org/tdkt/graph/article/003-2be54d8038de2afe"
    g.add((URIRef(name), PROV.wasGeneratedBy, URIRef("https://w3id.org/tdkt/id/run/t")))  # sealed, as ingest writes it
    store = TdktStore(tmp_path / "db")
    store.replace_graphs({**reference_graphs(), name: g})
    del store
    assert main(["validate", "--store", str(tmp_path / "db")]) == 3
    out = capsys.readouterr()
    line = next(v for v in out.out.splitlines() if "Law-conferrer-state" in v)
    assert line.startswith("003_2be54d8038de2afe: " + str(order)) and "State President" in line
    assert "1 violation" in out.err
