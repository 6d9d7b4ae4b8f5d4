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
import json
import os
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

import pyoxigraph as ox

from .errors import RemoteError
from .queries import Answer, Results, query_form

T = TypeVar("T")

_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
TRANSIENT_STATUS = {408, 425, 429, 500, 502, 503, 504}
DEFAULT_BATCH = 50_000  # triples per request


def auth_header() -> dict[str, str]:
    token = os.environ.get("TDKT_REMOTE_TOKEN")
    if token:
        return {"Authorization": f"Bearer {token}"}
    user, password = os.environ.get("TDKT_REMOTE_USER"), os.environ.get("TDKT_REMOTE_PASSWORD")
    if user is not None:
        pair = base64.b64encode(f"{user}:{password or ''}".encode()).decode()
        return {"Authorization": f"Basic {pair}"}
    return {}


def safe_url(url: str) -> str:
    """The URL without its 'user:password@', for messages."""
    parts = urllib.parse.urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


_SECRETS = re.compile(
    r"(?i)(?:bearer|basic)\s+[\w.~+/=-]+|(?:password|passwd|pwd|token|secret|api[_-]?key)\s*[=:]\s*\S+|//[^/\s:@]+:[^/\s@]+@"
)


def redact(text: str) -> str:
    """A server's words with anything that looks like a credential removed (a server may echo the request)."""
    text = _SECRETS.sub("[redacted]", text)
    for name in ("TDKT_REMOTE_TOKEN", "TDKT_REMOTE_PASSWORD"):
        secret = os.environ.get(name)
        if secret and len(secret) >= 4:
            text = text.replace(secret, "[redacted]")
    return text


def check_url(url: str) -> None:
    """Only http(s): a file:// or other 'endpoint' is a mistake, not a server."""
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise RemoteError(f"{safe_url(url)}: not an http(s) URL; give the server's address, e.g. http://localhost:7878/query")


class _SameHostRedirect(urllib.request.HTTPRedirectHandler):
    """Follow a redirect, but never carry credentials to another host."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and urllib.parse.urlsplit(newurl).netloc != urllib.parse.urlsplit(req.full_url).netloc:
            for name in ("Authorization", "Proxy-Authorization", "Cookie"):
                new.headers.pop(name, None)
                new.unredirected_hdrs.pop(name, None)
        return new


_OPENER = urllib.request.build_opener(_SameHostRedirect)


def _open(req, timeout: float | None = None):
    return _OPENER.open(req, timeout=timeout)


def with_deadline(work: Callable[[], T], seconds: float, what: str) -> T:
    """Run `work` with one deadline for the whole request (a server trickling bytes resets a per-read timeout)."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:  # handed to the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise RemoteError(f"{what}: no complete reply within {seconds:.0f} s; check the server, or raise the timeout")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]


def _hint(status: int, sent_credentials: bool = False) -> str:
    """What to do about a refusal; a 403 with credentials is not fixed by setting them again."""
    if status == 401 or (status == 403 and not sent_credentials):
        return (
            "the server wants credentials: set TDKT_REMOTE_TOKEN, or TDKT_REMOTE_USER and TDKT_REMOTE_PASSWORD "
            "(or it is read-only, like `tdkt serve`: write to its store's writable endpoint instead)"
        )
    if status == 403:
        return "the server refused these credentials: they may not be allowed to write, or this endpoint is read-only"
    if status in (404, 405):
        return (
            "check the URL: it is the store's Graph Store endpoint (Oxigraph: /store, Virtuoso: /sparql-graph-crud, Fuseki: /DATASET/data)"
        )
    if status == 415:
        return "the server does not accept Turtle uploads at this URL"
    return "see the server's log"


def _to_stderr(message: str) -> None:
    import sys

    print(f"tdkt: {message}", file=sys.stderr, flush=True)


@dataclass
class Retry:
    """How transient failures are retried; each wait is announced, so a slow load is never silent."""

    attempts: int = 5
    first_delay: float = 0.5
    sleep: Callable[[float], None] = time.sleep
    notify: Callable[[str], None] = _to_stderr


def _request(req: urllib.request.Request, timeout: float, retry: Retry) -> bytes:
    delay = retry.first_delay
    where = f"{req.get_method()} {safe_url(req.full_url)}"

    def send() -> bytes:
        with _open(req, timeout=timeout) as resp:
            return resp.read()

    for attempt in range(1, retry.attempts + 1):
        try:
            return with_deadline(send, timeout, where)
        except urllib.error.HTTPError as exc:
            body = redact(exc.read().decode("utf-8", "replace").strip())[:300]
            problem = f"HTTP {exc.code} {exc.reason}"
            if exc.code not in TRANSIENT_STATUS or attempt == retry.attempts:
                hint = _hint(exc.code, req.has_header("Authorization"))
                raise RemoteError(f"{where}: HTTP {exc.code} {exc.reason}: {body or '(no message)'}; {hint}") from None
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            problem = redact(str(getattr(exc, "reason", exc)))
            if attempt == retry.attempts:
                reason = problem
                raise RemoteError(
                    f"{where}: cannot reach the server ({reason}) after {attempt} attempts; "
                    "check that it is running and the URL is right, then run the same command again"
                ) from None
        retry.notify(f"{where}: {problem}; retrying in {delay:.1f} s (attempt {attempt + 1} of {retry.attempts})")
        retry.sleep(delay)
        delay *= 2
    raise AssertionError("unreachable")


class GraphStore:
    """A SPARQL 1.1 Graph Store HTTP Protocol endpoint."""

    def __init__(self, url: str, timeout: float = 60.0, batch: int = DEFAULT_BATCH, retry: Retry | None = None) -> None:
        check_url(url)
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


def query_endpoint(url: str, sparql: str, timeout: float = 120.0) -> Answer:
    """Run any query on a SPARQL 1.1 endpoint through SPARQLWrapper: solutions, a boolean, or triples."""
    import SPARQLWrapper.Wrapper as wrapper
    from SPARQLWrapper import JSON, N3, POST, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    check_url(url)
    form = query_form(sparql)
    wrapper.urlopener = _open  # redirects that keep credentials on their host
    sw = SPARQLWrapper(url)
    sw.setQuery(sparql)
    # SPARQLWrapper guesses the query form from keywords and can mistake 'tdkt:Movement' for MOVE: tell it
    sw.queryType = form
    sw.setMethod(POST)
    sw.setReturnFormat(N3 if form in ("CONSTRUCT", "DESCRIBE") else JSON)  # N3 asks for Turtle, which N3 includes
    sw.setTimeout(int(timeout))
    for name, value in auth_header().items():
        sw.addCustomHttpHeader(name, value)
    where = safe_url(url)
    try:
        data = with_deadline(lambda: sw.query().response.read(), timeout, where)
    except SPARQLWrapperException as exc:
        raise RemoteError(f"{where}: the endpoint rejected the query: {redact(str(exc).strip())[:300]}") from None
    except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
        reason = redact(str(getattr(exc, "reason", exc)))
        raise RemoteError(f"{where}: cannot reach the endpoint ({reason}); check the URL and that the server runs") from None
    if form in ("CONSTRUCT", "DESCRIBE"):
        try:
            return list(ox.parse(data, format=ox.RdfFormat.TURTLE))
        except SyntaxError:
            raise RemoteError(f"{where}: the reply is not Turtle; is this the query endpoint?") from None
    try:
        parsed = json.loads(data)
    except ValueError:  # a 200 reply that is not JSON
        raise RemoteError(f"{where}: the reply is not SPARQL JSON results; is this the query endpoint?") from None
    try:
        if form == "ASK":
            return bool(parsed["boolean"])
        variables = parsed["head"]["vars"]
        rows = [{v: _term(b.get(v)) for v in variables} for b in parsed["results"]["bindings"]]
    except (KeyError, TypeError, AttributeError):
        raise RemoteError(f"{where}: the reply is JSON but not SPARQL results; is this the query endpoint?") from None
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
