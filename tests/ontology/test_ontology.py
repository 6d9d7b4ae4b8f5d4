"""The ontology, the SKOS award scheme and the shapes: they parse, are labelled, and agree with the data."""

from __future__ import annotations

import csv

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import SKOS
from tdkt.ingest.taxonomy import taxonomy_graph

from tdkt.store import TdktStore
from tdkt.vocab import TDKT

from ..conftest import ROOT


@pytest.mark.parametrize("name", ["tdkt.ttl", "awards.ttl", "shapes.ttl"])
def test_every_ontology_file_parses(name):
    g = Graph().parse(ROOT / "ontology" / name, format="turtle")
    assert len(g) > 100


def test_every_term_has_vietnamese_and_english_labels_and_a_comment():
    g = Graph().parse(ROOT / "ontology" / "tdkt.ttl")
    terms = [s for t in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty) for s in g.subjects(RDF.type, t)]
    assert len(terms) > 60
    for term in terms:
        langs = {lit.language for lit in g.objects(term, RDFS.label)}
        assert {"vi", "en"} <= langs, term
        assert g.value(term, RDFS.comment) is not None, term


def test_awards_ttl_is_the_taxonomy_built_from_the_tsv():
    committed = Graph().parse(ROOT / "ontology" / "awards.ttl")
    assert isomorphic(committed, taxonomy_graph()), "run `python -m tdkt.ingest.taxonomy` after editing award_types.tsv"


def test_pref_labels_are_exactly_the_tsv_labels():
    g = taxonomy_graph()
    rows = list(csv.DictReader((ROOT / "ontology" / "award_types.tsv").open(encoding="utf-8"), delimiter="\t"))
    for row in rows:
        concept = URIRef(f"https://w3id.org/tdkt/award/{row['id']}")
        assert Literal(row["label_vi"], lang="vi") in set(g.objects(concept, SKOS.prefLabel))
        if row["broader"]:
            assert (concept, SKOS.broader, URIRef(f"https://w3id.org/tdkt/award/{row['broader']}")) in g


def test_every_tdkt_term_the_data_uses_is_declared(sample_store):
    declared = set(Graph().parse(ROOT / "ontology" / "tdkt.ttl").subjects())
    store = TdktStore(sample_store)
    used = set()
    for iri in store.article_graphs():
        for _s, p, o in store.graph(iri):
            used |= {t for t in (p, o) if isinstance(t, URIRef) and str(t).startswith(str(TDKT))}
            if p == RDF.type:
                used.add(o)
    missing = {t for t in used if str(t).startswith(str(TDKT))} - declared
    assert not missing
