"""The Python API (tdkt.Store) and the command line over it: typed DataFrames, any query form, parameters bound
as terms, formats from file names, prefixes and @context, graph listing, SHACL report files, fast start."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
import rdflib

import tdkt
from tdkt import cli
from tdkt.cli import main

from ..conftest import SAMPLES


@pytest.fixture(scope="module")
def kg(sample_store) -> tdkt.Store:
    return tdkt.Store(sample_store)


def test_ingest_through_the_api_then_query_a_dataframe_with_typed_columns(tmp_path):
    kg = tdkt.open(tmp_path / "store")
    report = kg.ingest([SAMPLES])
    assert len(report.loaded) == 5 and not report.skipped
    grants = kg.query("award_grants")
    assert isinstance(grants, pd.DataFrame) and len(grants) >= 41
    assert str(grants["count"].dtype) == "Int64" and str(grants["approx"].dtype) == "boolean"
    assert str(grants["date"].dtype).startswith("datetime64")
    order = grants[(grants.articleId.str.startswith("003")) & (grants.award == "Huân chương Lao động")].iloc[0]
    assert order["count"] == 4 and order["conferrer"] == "Chủ tịch nước"
    assert grants["recipient"].isna().any()  # unbound is missing, not the text "None"
    assert kg.ingest([SAMPLES]).loaded and len(kg.query("award_grants")) == len(grants)  # again: nothing duplicated


def test_a_saved_query_takes_its_declared_parameters_as_terms(kg):
    posts = kg.query("person_posts", person="Hoàng Văn Nghiệm")
    assert set(posts["person"]) == {"Hoàng Văn Nghiệm"} and len(posts) == 2
    by_year = kg.query("awards_by_province_year", year=2021, province="tỉnh Lạng Sơn", by="recipient")  # 2021 becomes "2021", as declared
    assert set(by_year["year"]) == {"2021"} and by_year["recipients"].sum() == 85
    assert kg.query("person_posts", person='x" } } DROP ALL ; SELECT * { ?s ?p "').empty  # data, never query text
    with pytest.raises(tdkt.TdktError, match="no variable"):
        kg.query("person_posts", nobody="x")


def test_ask_construct_describe_and_inline_queries(kg, tmp_path):
    described = kg.query("DESCRIBE ?x WHERE { GRAPH ?g { ?x a <https://w3id.org/tdkt/ontology#AwardGrant> } } LIMIT 1")
    assert isinstance(described, rdflib.Graph)  # standard DESCRIBE: what the default graph says (here, nothing)
    assert kg.query("ASK { GRAPH ?g { ?x a <https://w3id.org/tdkt/ontology#AwardGrant> } }") is True
    built = kg.query("CONSTRUCT { ?p <http://xmlns.com/foaf/0.1/name> ?n } WHERE { GRAPH ?g { ?p <http://xmlns.com/foaf/0.1/name> ?n } }")
    assert isinstance(built, rdflib.Graph) and len(built) > 10
    path = tmp_path / "mine.sparql"
    path.write_text("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", encoding="utf-8")
    assert int(kg.query(str(path))["n"][0]) == kg.stats()["triples (all graphs)"]


def test_the_command_line_runs_any_query_form(sample_store, capsys):
    store = ["--store", str(sample_store)]
    assert main(["query", "-e", "ASK { GRAPH ?g { ?s ?p ?o } }", *store, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"head": {}, "boolean": True}
    construct = "CONSTRUCT { ?a ?p ?o } WHERE { GRAPH <https://w3id.org/tdkt/graph/awards> { ?a ?p ?o } } LIMIT 20"
    assert main(["query", "-e", construct, *store]) == 0
    out = capsys.readouterr().out
    assert out.startswith("@prefix") and len(rdflib.Graph().parse(data=out, format="turtle")) > 3
    assert main(["query", "-e", construct, *store, "--format", "csv"]) == 2
    assert "is a graph" in capsys.readouterr().err
    assert main(["query", "person_posts", *store, "--param", "person=Hoàng Văn Nghiệm", "--format", "csv"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 3
    assert main(["query", "-e", "DELETE WHERE { ?s ?p ?o }", *store]) == 2
    assert "nor a SPARQL query" in capsys.readouterr().err


def test_export_format_from_the_file_name_with_prefixes_and_a_context(sample_store, tmp_path, capsys):
    store = ["--store", str(sample_store)]
    for name, check in (
        ("all.nq", lambda b: b.split(b"\n", 1)[0].endswith(b"> .")),
        ("all.trig", lambda b: b.startswith(b"@prefix")),
        ("all.ttl", lambda b: b.startswith(b"@prefix")),
        ("all.jsonld", lambda b: "@context" in json.loads(b)),
    ):
        assert main(["export", *store, "-o", str(tmp_path / name), "-q"]) == 0, name
        assert check((tmp_path / name).read_bytes()), name
    assert main(["export", *store, "--format", "trig", "-o", str(tmp_path / "x.nq")]) == 2
    assert "does not fit" in capsys.readouterr().err
    assert main(["export", *store, "--graph", "https://w3id.org/tdkt/graph/article/nope"]) == 2
    assert "no graph" in capsys.readouterr().err


def test_graphs_lists_the_named_graphs(sample_store, capsys):
    assert main(["graphs", "--store", str(sample_store)]) == 0
    names = capsys.readouterr().out.split()
    assert "https://w3id.org/tdkt/graph/awards" in names and sum(n.startswith("https://w3id.org/tdkt/graph/article/") for n in names) == 5


def test_a_view_is_written_in_the_format_its_file_name_says(sample_store, tmp_path, capsys, kg):
    assert main(["graph", "conferrals", "--store", str(sample_store), "-o", str(tmp_path / "flows.gexf"), "--top", "1"]) == 0
    assert nx.read_gexf(tmp_path / "flows.gexf").number_of_edges() == kg.graph("conferrals").number_of_edges()
    assert main(["graph", "posts", "--store", str(sample_store), "-o", str(tmp_path / "p.gexf"), "--format", "graphml"]) == 2


def test_validate_names_every_rule_and_writes_a_shacl_report(tmp_path, capsys):
    store = tmp_path / "store"
    kg = tdkt.Store(store)
    kg.ingest([sorted(Path(SAMPLES).glob("*.txt"))[0]])
    from tdkt.store import TdktStore

    db = TdktStore(store)
    graph = db.article_graphs()[0]
    db.store.update(
        f"INSERT DATA {{ GRAPH <{graph}> {{ <https://w3id.org/tdkt/id/grant/x> a <https://w3id.org/tdkt/ontology#AwardGrant> }} }}"
    )
    del db
    report = kg.validate()
    assert not report.conforms and all("anonymous" not in v.rule for v in report.violations)
    assert any(v.rule.startswith("shapes:AwardGrantShape/") for v in report.violations)
    reference = kg.validate(engine="pyshacl")  # the compiled checks answer as the reference engine does
    assert {(v.article, v.node, v.rule) for v in reference.violations} == {(v.article, v.node, v.rule) for v in report.violations}
    assert main(["validate", "--store", str(store), "--report", str(tmp_path / "report.ttl"), "-q"]) == 3
    shacl = rdflib.Graph().parse(tmp_path / "report.ttl", format="turtle")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    assert len(list(shacl.subjects(rdflib.RDF.type, sh.ValidationResult))) == len(report.violations)


def test_an_endpoint_store_is_read_only():
    kg = tdkt.Store(endpoint="http://127.0.0.1:9/query")
    with pytest.raises(tdkt.TdktError, match="read only"):
        kg.ingest([SAMPLES])


def test_version_and_help_start_without_the_heavy_libraries():
    probe = "import sys, tdkt.cli; rc = 0\ntry:\n  tdkt.cli.main(['--help'])\nexcept SystemExit: pass\nprint(sorted(m for m in ('rdflib', 'pyshacl', 'pyoxigraph', 'pandas', 'networkx') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("[]")
    version = subprocess.run([sys.executable, "-m", "tdkt", "--version"], capture_output=True, text=True, check=True).stdout
    assert version.strip() == f"tdkt {tdkt.__version__}"


def test_the_command_lines_choices_are_the_librarys():
    from tdkt.graph.export import FORMATS
    from tdkt.graph.measures import MEASURES
    from tdkt.graph.views import VIEWS

    from tdkt.app import EXPORT_FORMATS

    assert set(cli.VIEWS) == set(VIEWS) and set(cli.MEASURES) == set(MEASURES)
    assert set(cli.GRAPH_FORMATS.values()) == set(FORMATS) and set(cli.EXPORT_FORMATS) == set(EXPORT_FORMATS)
    from tdkt.remote import DEFAULT_BATCH

    assert cli.DEFAULT_BATCH == DEFAULT_BATCH


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_a_bar_on_a_terminal_lines_with_verbose_and_quiet_in_a_pipe(sample_store, capsys, monkeypatch):
    assert main(["validate", "--store", str(sample_store)]) == 0
    assert "[1/5]" not in capsys.readouterr().err  # not a terminal: no progress at all
    assert main(["validate", "--store", str(sample_store), "-v"]) == 0
    assert "[5/5]" in capsys.readouterr().err
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["validate", "--store", str(sample_store)]) == 0
    assert "/5 [" in terminal.getvalue() and "article/s" in terminal.getvalue()  # tqdm's bar (it redraws at most every 0.1 s)


def test_the_readmes_first_session_runs(tmp_path, monkeypatch):
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    block = readme.split("## A first session", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "mine.rq").write_text("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", encoding="utf-8")
    exec(compile(block, "README.md", "exec"), {})
    assert (tmp_path / "tdkt.trig").stat().st_size > 100_000


def test_the_evidence_query_gives_each_facts_sentence_at_its_offsets(kg):
    texts = kg.query(
        "SELECT ?id ?text WHERE { GRAPH ?g { ?a <http://purl.org/dc/terms/identifier> ?id ; <https://w3id.org/tdkt/ontology#text> ?text } }"
    )
    text = dict(zip(texts["id"], texts["text"], strict=True))
    rows = kg.query("evidence")
    assert len(rows) > 100 and set(rows["kind"]) >= {"AwardGrant", "Conference", "Membership", "Participation"}
    for r in rows.itertuples():
        assert text[r.articleId][r.start : r.end] == r.sentence
    one = kg.query("evidence", articleId="003_2be54d8038de2afe")
    assert set(one["articleId"]) == {"003_2be54d8038de2afe"} and len(one) < len(rows)
