"""A real HTTP server on loopback for the tests of remote faults, scripted by a function per request."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def server(answer: Callable, path: str = "/query") -> Iterator[tuple[str, list[dict]]]:
    """A loopback HTTP server whose every request `answer(handler)` handles; yields its URL and the requests' headers."""
    seen: list[dict] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def _any(self) -> None:
            seen.append(dict(self.headers))
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            answer(self)

        do_GET = do_POST = do_PUT = _any

        def log_message(self, *args) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}{path}", seen
    finally:
        httpd.shutdown()
        httpd.server_close()
