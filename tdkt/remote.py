"""Triple-store servers: writing graphs over the SPARQL 1.1 Graph Store HTTP Protocol, querying endpoints.

Credentials come from the environment, never from the command line:
TDKT_REMOTE_TOKEN (bearer) or TDKT_REMOTE_USER and TDKT_REMOTE_PASSWORD (basic).
A graph is written with PUT, which replaces it, so loading again is idempotent and
a load that stopped halfway can simply be run again. A large graph is sent in
batches: the first PUT, the rest POST (append). Transient failures (connection
errors, timeouts, 429, 5xx) are retried with exponential backoff.
"""

from __future__ import annotations

import base64
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from .queries import Results

_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
TRANSIENT_STATUS = {408, 425, 429, 500, 502, 503, 504}
DEFAULT_BATCH = 50_000  # triples per request


class RemoteError(Exception):
    """A server refused or could not be reached; the message says what to do next."""


def auth_header() -> dict[str, str]:
    token = os.environ.get("TDKT_REMOTE_TOKEN")
    if token:
        return {"Authorization": f"Bearer {token}"}
    user, password = os.environ.get("TDKT_REMOTE_USER"), os.environ.get("TDKT_REMOTE_PASSWORD")
    if user is not None:
        pair = base64.b64encode(f"{user}:{password or ''}".encode()).decode()
        return {"Authorization": f"Basic {pair}"}
    return {}


def _hint(status: int) -> str:
    if status in (401, 403):
        return "set TDKT_REMOTE_TOKEN, or TDKT_REMOTE_USER and TDKT_REMOTE_PASSWORD, to credentials allowed to write"
    if status in (404, 405):
        return (
            "check the URL: it is the store's Graph Store endpoint (Oxigraph: /store, Virtuoso: /sparql-graph-crud, Fuseki: /DATASET/data)"
        )
    if status == 415:
        return "the server does not accept Turtle uploads at this URL"
    return "see the server's log"


@dataclass
class Retry:
    attempts: int = 5
    first_delay: float = 0.5
    sleep: Callable[[float], None] = time.sleep


def _request(req: urllib.request.Request, timeout: float, retry: Retry) -> bytes:
    delay = retry.first_delay
    for attempt in range(1, retry.attempts + 1):
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                return resp.read()
        except urllib.error.HTTPError as exc:
            body = exc.read().decode("utf-8", "replace").strip()[:300]
            if exc.code not in TRANSIENT_STATUS or attempt == retry.attempts:
                raise RemoteError(
                    f"{req.get_method()} {req.full_url}: HTTP {exc.code} {exc.reason}: {body or '(no message)'}; {_hint(exc.code)}"
                ) from None
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            if attempt == retry.attempts:
                reason = getattr(exc, "reason", exc)
                raise RemoteError(
                    f"{req.get_method()} {req.full_url}: cannot reach the server ({reason}) after {attempt} attempts; "
                    "check that it is running and the URL is right, then run the same command again"
                ) from None
        retry.sleep(delay)
        delay *= 2
    raise AssertionError("unreachable")


class GraphStore:
    """A SPARQL 1.1 Graph Store HTTP Protocol endpoint."""

    def __init__(self, url: str, timeout: float = 60.0, batch: int = DEFAULT_BATCH, retry: Retry | None = None) -> None:
        self.url, self.timeout, self.batch = url, timeout, batch
        self.retry = retry or Retry()

    def _graph_url(self, graph: str) -> str:
        sep = "&" if "?" in self.url else "?"
        return f"{self.url}{sep}{urllib.parse.urlencode({'graph': graph})}"

    def put(self, graph: str, ntriples: bytes) -> int:
        """Replace `graph` with the N-Triples given, in batches; return the number of requests."""
        requests = 0
        for i, chunk in enumerate(_chunks(ntriples, self.batch)):
            method = "PUT" if i == 0 else "POST"
            headers = {"Content-Type": "text/turtle; charset=utf-8", **auth_header()}
            req = urllib.request.Request(self._graph_url(graph), data=chunk, method=method, headers=headers)
            _request(req, self.timeout, self.retry)
            requests += 1
        return requests


def _chunks(ntriples: bytes, batch: int) -> Iterator[bytes]:
    """N-Triples split on line boundaries, `batch` triples at a time (an empty graph is one empty PUT)."""
    lines = ntriples.splitlines(keepends=True)
    if not lines:
        yield b""
        return
    for i in range(0, len(lines), batch):
        yield b"".join(lines[i : i + batch])


def query_endpoint(url: str, sparql: str, timeout: float = 120.0) -> Results:
    """Run a SELECT query on a SPARQL 1.1 endpoint through SPARQLWrapper."""
    from SPARQLWrapper import JSON, POST, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    sw = SPARQLWrapper(url)
    sw.setQuery(sparql)
    # SPARQLWrapper guesses the query form from keywords and can mistake 'tdkt:Movement' for MOVE;
    # saved queries are SELECT queries
    sw.queryType = "SELECT"
    sw.setMethod(POST)
    sw.setReturnFormat(JSON)
    sw.setTimeout(int(timeout))
    for name, value in auth_header().items():
        sw.addCustomHttpHeader(name, value)
    try:
        data = sw.queryAndConvert()
    except SPARQLWrapperException as exc:
        raise RemoteError(f"{url}: the endpoint rejected the query: {str(exc).strip()[:300]}") from None
    except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
        raise RemoteError(
            f"{url}: cannot reach the endpoint ({getattr(exc, 'reason', exc)}); check the URL and that the server runs"
        ) from None
    variables = data["head"]["vars"]
    rows = [{v: _term(b.get(v)) for v in variables} for b in data["results"]["bindings"]]
    return Results(variables, rows)


def _term(cell: dict | None):
    """A SPARQL JSON cell as a pyoxigraph term (Virtuoso still writes 'typed-literal')."""
    if cell is None:
        return None
    kind, value = cell["type"], cell["value"]
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if "xml:lang" in cell:
        return ox.Literal(value, language=cell["xml:lang"])
    if "datatype" in cell:
        if cell["datatype"] == _BOOLEAN:  # Virtuoso writes 0/1: the canonical forms are false/true
            value = {"0": "false", "1": "true"}.get(value, value)
        return ox.Literal(value, datatype=ox.NamedNode(cell["datatype"]))
    return ox.Literal(value)
