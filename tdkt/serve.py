"""`tdkt serve`: the store as a read-only SPARQL endpoint on loopback, behind a guard.

Oxigraph's server answers on a private port with a query time limit; the guard in front
of it takes only SPARQL queries on /query, refuses SERVICE (which would make the server
call other hosts for whoever can reach it, a web page in the user's browser included)
and sends no CORS headers.
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


class _Guard(http.server.BaseHTTPRequestHandler):
    backend = ""  # set on the class by serve()
    timeout_s = 30

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

    def _any(self) -> None:
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

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _any

    def log_message(self, *args) -> None:
        pass


def serve(server: str, store: Path, bind: str, timeout_s: int) -> None:
    """Run Oxigraph read-only on a private port and the guard on `bind`, until interrupted or terminated."""
    host, _, port = bind.rpartition(":")
    private = _free_port()
    child = subprocess.Popen(
        [server, "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{private}", "--timeout-s", str(timeout_s)],
        stdout=subprocess.DEVNULL,
    )
    _Guard.backend, _Guard.timeout_s = f"http://127.0.0.1:{private}/query", timeout_s
    httpd = http.server.ThreadingHTTPServer((host or "127.0.0.1", int(port)), _Guard)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        for _ in range(100):  # the guard answers once the server does
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", private)) == 0:
                    break
            time.sleep(0.1)
        httpd.serve_forever()
    finally:
        httpd.server_close()
        child.terminate()
        child.wait(timeout=20)
