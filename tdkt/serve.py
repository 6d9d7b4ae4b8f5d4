"""`tdkt serve`: the store as a read-only SPARQL endpoint on loopback, behind a guard.

Oxigraph's server answers on a private port with a query time limit; the guard in front
of it takes only SPARQL queries on /query, refuses SERVICE (which would make the server
call other hosts for whoever can reach it, a web page in the user's browser included)
and sends no CORS headers. On / it serves tdkt's own query page (tdkt/page.html: no
script from elsewhere, the saved queries preloaded), under a content security policy
that lets it talk to this server only.
"""

from __future__ import annotations

import http.server
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

# strings, IRIs and comments hide nothing: a SERVICE keyword is looked for outside them
_QUOTED = re.compile(r"\"\"\"[\s\S]*?\"\"\"|'''[\s\S]*?'''|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|<[^<>\s]*>|#[^\n]*")
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:])", re.I)


def calls_out(query: str) -> bool:
    """Whether a SPARQL query has a SERVICE clause (a federated call to another endpoint)."""
    return bool(_SERVICE.search(_QUOTED.sub(" ", query)))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


_PAGE_POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'"


def query_page() -> bytes:
    """The query page with the saved queries (name, what it answers, text) preloaded as examples."""
    import json

    from .queries import describe, saved_queries

    saved = [{"name": n, "description": describe(p), "sparql": p.read_text(encoding="utf-8")} for n, p in saved_queries().items()]
    data = json.dumps(saved, ensure_ascii=False).replace("</", "<\\/")  # no '</script>' inside the script block
    page = (Path(__file__).with_name("page.html")).read_text(encoding="utf-8")
    return page.replace("__SAVED_QUERIES__", data).encode("utf-8")


class _Guard(http.server.BaseHTTPRequestHandler):
    backend = ""  # set on the class by serve()
    timeout_s = 30
    page = b""

    def _refuse(self, status: int, message: str) -> None:
        body = (message + "\n").encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _query(self) -> str | None:
        url = urllib.parse.urlsplit(self.path)
        if self.command == "GET":
            return urllib.parse.parse_qs(url.query).get("query", [None])[0]
        data = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8", "replace")
        if (self.headers.get("Content-Type") or "").startswith("application/sparql-query"):
            return data
        return urllib.parse.parse_qs(data).get("query", [None])[0]

    def _page(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Security-Policy", _PAGE_POLICY)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Length", str(len(self.page)))
        self.end_headers()
        self.wfile.write(self.page)

    def _any(self) -> None:
        if self.command == "GET" and urllib.parse.urlsplit(self.path).path in ("/", "/index.html"):
            self._page()
            return
        if urllib.parse.urlsplit(self.path).path != "/query" or self.command not in ("GET", "POST"):
            self._refuse(405, "read-only endpoint: SPARQL queries only, on /query")
            return
        query = self._query()
        if not query:
            self._refuse(400, "no query: send ?query=... or a POST with the query")
            return
        if calls_out(query):
            self._refuse(403, "SERVICE is disabled on this endpoint: it would make the server call other hosts")
            return
        req = urllib.request.Request(
            self.backend,
            data=urllib.parse.urlencode({"query": query}).encode(),
            headers={"Accept": self.headers.get("Accept") or "application/sparql-results+json"},
        )
        try:
            with urllib.request.urlopen(req, timeout=self.timeout_s + 5) as resp:
                status, ctype, body = resp.status, resp.headers.get("Content-Type"), resp.read()
        except urllib.error.HTTPError as exc:
            status, ctype, body = exc.code, exc.headers.get("Content-Type"), exc.read()
        except (urllib.error.URLError, TimeoutError) as exc:
            self._refuse(504, f"the query did not finish: {getattr(exc, 'reason', exc)}")
            return
        self.send_response(status)
        self.send_header("Content-Type", ctype or "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _any

    def log_message(self, *args) -> None:
        pass


def serve(server: str, store: Path, bind: str, timeout_s: int, ready: Callable[[], None] = lambda: None) -> None:
    """Run Oxigraph read-only on a private port and the guard on `bind`, until interrupted or terminated."""
    host, _, port = bind.rpartition(":")
    # the public address is taken first: a busy port is a clear error before any server is started
    httpd = http.server.ThreadingHTTPServer((host or "127.0.0.1", int(port)), _Guard)
    private = _free_port()
    child = subprocess.Popen(
        [server, "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{private}", "--timeout-s", str(timeout_s)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _Guard.backend, _Guard.timeout_s, _Guard.page = f"http://127.0.0.1:{private}/query", timeout_s, query_page()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        for _ in range(100):  # the guard answers once the server does
            if child.poll() is not None:  # the server could not start: say why in one line, not with its backtrace
                reason = (child.stderr.read().decode("utf-8", "replace").strip().splitlines() or ["no message"])[0]
                raise OSError(f"the Oxigraph server could not open the store: {reason[:200]}")
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", private)) == 0:
                    break
            time.sleep(0.1)
        ready()
        httpd.serve_forever()
    finally:
        httpd.server_close()
        if child.poll() is None:
            child.terminate()
            child.wait(timeout=20)
