"""The ontology, the data of the sample articles, W3C ORG and PROV-O together are consistent under OWL RL:
owlrl's closure reports no error (PROV-O makes Activity and Entity disjoint; FOAF, Person and Organization)."""

from __future__ import annotations

from pathlib import Path

import owlrl
from rdflib import Graph, URIRef
from rdflib.namespace import FOAF, OWL, PROV, RDF, RDFS

from tdkt.store import TdktStore, reference_graphs
from tdkt.vocab import ID, TDKT

VOCAB = Path(__file__).parent.parent / "data" / "vocab"  # copies of the W3C files (../shared/reference/vocab)
ERROR = URIRef("http://www.daml.org/2002/03/agents/agent-ont#error")  # how owlrl records an inconsistency


def _vocabularies(gazetteer: bool = True) -> Graph:
    g = Graph()
    g.parse(VOCAB / "org.ttl")
    g.parse(VOCAB / "prov-o.ttl")
    # FOAF's axioms that matter here, stated rather than fetched
    g.add((FOAF.Person, OWL.disjointWith, FOAF.Organization))
    g.add((FOAF.Person, RDFS.subClassOf, FOAF.Agent))
    g.add((FOAF.Organization, RDFS.subClassOf, FOAF.Agent))
    for name, ref in reference_graphs().items():  # the ontology, the award scheme, the gazetteer and its change events
        if gazetteer or not name.endswith("/gazetteer"):
            g += ref
    return g


def _errors(g: Graph) -> list[str]:
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(g)
    return sorted(str(o) for o in g.objects(None, ERROR))


def test_ontology_and_sample_data_are_consistent_under_owl_rl(sample_store):
    g = _vocabularies()
    db = TdktStore(sample_store, read_only=True)
    for iri in db.article_graphs():
        g += db.graph(iri)
    assert len(list(g.subjects(RDF.type, TDKT.Event))) >= 5 and len(list(g.subjects(RDF.type, TDKT.Mention))) > 100
    assert _errors(g) == []


def test_the_closure_reports_an_event_said_to_be_derived_from_an_article():
    # the fault the model had: events are prov:Activity, and prov:wasDerivedFrom makes its subject a prov:Entity
    g = _vocabularies(gazetteer=False)  # 6,000 triples of units the fault does not touch
    event = ID["event/a/e1"]
    g.add((event, RDF.type, TDKT.Conference))
    g.add((event, PROV.wasDerivedFrom, ID["article/a"]))
    errors = _errors(g)
    assert len(errors) == 1 and "Activity" in errors[0] and str(event) in errors[0]
