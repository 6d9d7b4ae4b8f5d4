"""Remote faults against real loopback servers the tests start: a redirect to another host, a server that
trickles its reply, one that answers 200 with broken JSON, one that echoes credentials in its error."""

from __future__ import annotations

import time

import pytest

from tdkt.cli import main
from tdkt.remote import GraphStore, RemoteError, Retry, query_endpoint

from .loopback import server

SPARQL = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"


def _json(handler, body: bytes, status: int = 200) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", "application/sparql-results+json")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def test_a_redirect_to_another_host_does_not_carry_the_credentials(monkeypatch):
    monkeypatch.setenv("TDKT_REMOTE_TOKEN", "s3cret-token")
    with server(lambda h: _json(h, b'{"head":{"vars":["s"]},"results":{"bindings":[]}}')) as (target, target_seen):
        other_host = target.replace("127.0.0.1", "localhost")

        def redirect(h) -> None:
            h.send_response(302)
            h.send_header("Location", other_host)
            h.end_headers()

        with server(redirect) as (first, first_seen):
            results = query_endpoint(first, SPARQL, timeout=10)
    assert results.variables == ["s"]
    assert first_seen[0].get("Authorization") == "Bearer s3cret-token"
    assert "Authorization" not in target_seen[0]


def test_a_trickling_server_meets_one_deadline_for_the_whole_request():
    def trickle(h) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/sparql-results+json")
        h.send_header("Content-Length", "1000")
        h.end_headers()
        for _ in range(40):
            h.wfile.write(b" ")
            h.wfile.flush()
            time.sleep(0.25)

    with server(trickle) as (url, _):
        started = time.monotonic()
        with pytest.raises(RemoteError, match="no complete reply within"):
            query_endpoint(url, SPARQL, timeout=2)
        assert time.monotonic() - started < 5
        started = time.monotonic()
        with pytest.raises(RemoteError, match="no complete reply within"):
            GraphStore(url.replace("/query", "/store"), timeout=2, retry=Retry(attempts=1)).put("http://x/g", b"<a> <b> <c> .\n")
        assert time.monotonic() - started < 5


def test_a_200_reply_with_broken_json_is_the_servers_fault(capsys):
    with server(lambda h: _json(h, b'{"head": {"vars": [')) as (url, _):
        assert main(["query", "articles", "--endpoint", url]) == 5
    err = capsys.readouterr().err
    assert "not SPARQL JSON results" in err and "articles.rq" not in err


def test_an_error_body_echoing_credentials_is_redacted_and_userinfo_is_not_printed(monkeypatch, capsys):
    monkeypatch.setenv("TDKT_REMOTE_USER", "alice")
    monkeypatch.setenv("TDKT_REMOTE_PASSWORD", "pa55word")

    def echo(h) -> None:
        body = f"bad request from {h.headers.get('Authorization')} password=pa55word".encode()
        h.send_response(400)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    with server(echo) as (url, _):
        assert main(["query", "articles", "--endpoint", url]) == 5
        err = capsys.readouterr().err
        assert "pa55word" not in err and "Basic " not in err and "[redacted]" in err
        assert main(["query", "articles", "--endpoint", url.replace("http://", "http://bob:hunter22@")]) == 5
        assert "hunter22" not in capsys.readouterr().err


def test_a_file_url_is_not_an_endpoint(capsys, tmp_path):
    assert main(["query", "articles", "--endpoint", f"file://{tmp_path}/x"]) == 5
    assert "not an http(s) URL" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("query", "calls"),
    [
        ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", True),
        ("select * where { service silent <http://x/> { ?s ?p ?o } }", True),
        ("SELECT * WHERE { ?s <http://x/SERVICE> 'SERVICE' . } # SERVICE in a comment", False),
        ("SELECT ?service WHERE { ?service ?p ?o }", False),
    ],
)
def test_service_clauses_are_found_outside_strings_iris_and_comments(query, calls):
    from tdkt.serve import calls_out

    assert calls_out(query) is calls


def test_serve_refuses_service_and_sends_no_cors_header(sample_store):
    import subprocess
    import sys
    import urllib.error
    import urllib.parse
    import urllib.request

    from .test_remote_stores import free_port, wait_for

    port = free_port()
    cmd = [sys.executable, "-m", "tdkt.cli", "serve", "--store", str(sample_store), "--bind", f"127.0.0.1:{port}", "--timeout", "5"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", proc)
        with server(lambda h: _json(h, b"{}")) as (other, seen):
            q = urllib.parse.urlencode({"query": f"SELECT * WHERE {{ SERVICE <{other}> {{ ?s ?p ?o }} }}"})
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/query?{q}", timeout=10)
            assert refused.value.code == 403 and seen == []
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=10) as resp:
            assert resp.status == 200 and "Access-Control-Allow-Origin" not in resp.headers
    finally:
        proc.terminate()
        proc.wait(timeout=20)
