"""Real triple-store servers: load the sample graph with `tdkt load`, and every saved query returns the
same rows on the embedded store, on an Oxigraph server and on Virtuoso 7."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tdkt.cli import main
from tdkt.queries import Results, run, saved_queries
from tdkt.remote import GraphStore, RemoteError, Retry, query_endpoint
from tdkt.store import TdktStore

from ..servers import free_port, oxigraph_server, virtuoso_server, wait_for
from .loopback import server

QUERIES = sorted(saved_queries())


def rows(results: Results) -> list[tuple]:
    """The rows as a sorted list: stores may order ties differently."""
    out = []
    for row in results.rows:
        cells = []
        for v in results.variables:
            t = row[v]
            if t is None:
                cells.append(None)
            elif hasattr(t, "datatype"):
                cells.append((t.value, t.language or t.datatype.value))
            else:
                cells.append(t.value)
        out.append(tuple(cells))
    return sorted(out, key=repr)


@pytest.fixture(scope="module")
def embedded(sample_store) -> dict[str, list[tuple]]:
    store = TdktStore(sample_store, read_only=True)
    return {q: rows(run(store, saved_queries()[q].read_text(encoding="utf-8"))) for q in QUERIES}


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory, sample_store) -> Iterator[str]:
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as base:
        assert main(["load", "--store", str(sample_store), "--graph-store", f"{base}/store", "-q"]) == 0
        yield base


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory, sample_store) -> Iterator[str]:
    with virtuoso_server(tmp_path_factory.mktemp("virtuoso")) as base:
        assert main(["load", "--store", str(sample_store), "--graph-store", f"{base}/sparql-graph-crud", "-q"]) == 0
        yield base


@pytest.mark.parametrize("name", QUERIES)
def test_oxigraph_server_returns_the_embedded_rows(embedded, oxigraph, name):
    sparql = saved_queries()[name].read_text(encoding="utf-8")
    assert rows(query_endpoint(f"{oxigraph}/query", sparql)) == embedded[name]


@pytest.mark.parametrize("name", QUERIES)
def test_virtuoso_returns_the_embedded_rows(embedded, virtuoso, name):
    sparql = saved_queries()[name].read_text(encoding="utf-8")
    assert rows(query_endpoint(f"{virtuoso}/sparql", sparql)) == embedded[name]


def test_query_command_on_an_endpoint(capsys, oxigraph, embedded):
    assert main(["query", "articles", "--endpoint", f"{oxigraph}/query", "--format", "csv"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 1 + len(embedded["articles"])


def _count(base: str, path: str = "query") -> int:
    res = query_endpoint(f"{base}/{path}", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return int(res.rows[0]["n"].value)


def test_loading_again_replaces_and_adds_nothing(oxigraph, sample_store):
    before = _count(oxigraph)
    assert before == len(TdktStore(sample_store, read_only=True))
    assert main(["load", "--store", str(sample_store), "--graph-store", f"{oxigraph}/store", "-q", "--batch-size", "500"]) == 0
    assert _count(oxigraph) == before


def test_ingest_straight_into_a_server(tmp_path, sample_store):
    from ..conftest import SAMPLES

    with oxigraph_server(tmp_path / "ox") as base:
        assert main(["ingest", str(SAMPLES), "--graph-store", f"{base}/store", "-q"]) == 0
        assert _count(base) == len(TdktStore(sample_store, read_only=True))


def test_tdkt_serve_exposes_the_store_read_only_on_loopback(sample_store, embedded):
    port = free_port()
    cmd = [sys.executable, "-m", "tdkt.cli", "serve", "--store", str(sample_store), "--bind", f"127.0.0.1:{port}"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", proc)
        sparql = saved_queries()["award_grants"].read_text(encoding="utf-8")
        assert rows(query_endpoint(f"http://127.0.0.1:{port}/query", sparql)) == embedded["award_grants"]
        with pytest.raises(RemoteError):  # read-only: updates are refused
            GraphStore(f"http://127.0.0.1:{port}/store", retry=Retry(attempts=1)).put("https://w3id.org/tdkt/graph/x", b"")
    finally:
        proc.terminate()
        proc.wait(timeout=20)


# ---------------------------------------------------------------- failures, with a real (small) HTTP server


@contextmanager
def scripted_server(statuses: list[int]) -> Iterator[tuple[str, list[str]]]:
    """An HTTP server on loopback answering each request with the next status (the last one repeats)."""
    seen: list[str] = []

    def answer(h) -> None:
        seen.append(f"{h.command} {h.path}")
        status = statuses[min(len(seen) - 1, len(statuses) - 1)]
        h.send_response(status)
        body = b"" if status < 300 else b"refused by the test server"
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    with server(answer, "/store") as (url, _):
        yield url, seen


def test_transient_failures_are_retried_with_backoff():
    waits: list[float] = []
    said: list[str] = []
    with scripted_server([503, 502, 204]) as (url, seen):
        retry = Retry(sleep=waits.append, notify=said.append)
        GraphStore(url, retry=retry).put("https://w3id.org/tdkt/graph/x", b"<http://a> <http://b> <http://c> .\n")
    assert len(seen) == 3 and waits == [0.5, 1.0]
    assert "HTTP 503" in said[0] and "retrying in 0.5 s (attempt 2 of 5)" in said[0] and "HTTP 502" in said[1]  # never silent


def test_a_refusal_is_a_clear_error_with_what_to_do():
    with scripted_server([401]) as (url, _), pytest.raises(RemoteError) as exc:
        GraphStore(url).put("https://w3id.org/tdkt/graph/x", b"")
    assert "HTTP 401" in str(exc.value) and "TDKT_REMOTE_TOKEN" in str(exc.value)


def test_a_403_hint_fits_whether_credentials_were_sent(monkeypatch):
    monkeypatch.delenv("TDKT_REMOTE_TOKEN", raising=False)
    monkeypatch.delenv("TDKT_REMOTE_USER", raising=False)
    with scripted_server([403]) as (url, _), pytest.raises(RemoteError) as without:
        GraphStore(url).put("https://w3id.org/tdkt/graph/x", b"")
    assert "wants credentials" in str(without.value) and "read-only" in str(without.value)
    monkeypatch.setenv("TDKT_REMOTE_TOKEN", "s3cret")
    with scripted_server([403]) as (url, _), pytest.raises(RemoteError) as refused:
        GraphStore(url).put("https://w3id.org/tdkt/graph/x", b"")
    assert "refused these credentials" in str(refused.value) and "s3cret" not in str(refused.value)


def test_an_unreachable_server_is_named(capsys, sample_store):
    url = f"http://127.0.0.1:{free_port()}/store"
    code = main(["load", "--store", str(sample_store), "--graph-store", url, "-q"])
    err = capsys.readouterr().err
    assert code == 5 and url.split("/store")[0] in err and "run the same command again" in err


def test_credentials_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("TDKT_REMOTE_TOKEN", "s3cret")
    from tdkt.remote import auth_header

    assert auth_header() == {"Authorization": "Bearer s3cret"}
    monkeypatch.delenv("TDKT_REMOTE_TOKEN")
    monkeypatch.setenv("TDKT_REMOTE_USER", "dba")
    monkeypatch.setenv("TDKT_REMOTE_PASSWORD", "pw")
    assert auth_header() == {"Authorization": "Basic ZGJhOnB3"}


def test_an_interrupted_load_completes_when_run_again(capsys, tmp_path, sample_store):
    with scripted_server([204, 204, 204, 400]) as (url, seen):
        assert main(["load", "--store", str(sample_store), "--graph-store", url, "-q"]) == 5
    assert len(seen) == 4 and "HTTP 400" in capsys.readouterr().err
    with oxigraph_server(tmp_path / "ox") as base:
        assert main(["load", "--store", str(sample_store), "--graph-store", f"{base}/store", "-q"]) == 0
        assert _count(base) == len(TdktStore(sample_store, read_only=True))


def test_graph_views_read_the_same_from_an_endpoint(oxigraph, sample_store):
    import networkx as nx
    from tdkt.graph import EndpointSource, StoreSource, views

    for name in ("posts", "conferrals", "hierarchy"):
        local = views.VIEWS[name](StoreSource(sample_store))
        remote = views.VIEWS[name](EndpointSource(f"{oxigraph}/query"))
        assert nx.utils.graphs_equal(local, remote), name


def test_the_api_reads_an_endpoint_as_it_reads_the_store(oxigraph, sample_store):
    import tdkt

    remote, local = tdkt.Store(endpoint=f"{oxigraph}/query"), tdkt.Store(sample_store)
    for name in ("award_grants", "who_awarded_what"):
        a, b = remote.query(name), local.query(name)
        assert a.dtypes.to_dict() == b.dtypes.to_dict() and a.equals(b), name
    assert remote.query("ASK { GRAPH ?g { ?s ?p ?o } }") is True
    construct = "CONSTRUCT { ?a ?p ?o } WHERE { GRAPH <https://w3id.org/tdkt/graph/awards> { ?a ?p ?o } }"
    assert len(remote.query(construct)) == len(local.query(construct)) > 1000
    assert remote.query("person_posts", person="Hoàng Văn Nghiệm").equals(local.query("person_posts", person="Hoàng Văn Nghiệm"))
