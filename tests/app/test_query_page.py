"""The query page of `tdkt serve`, driven in headless Chromium (Debian's chromium): it loads, runs the saved
query award_grants against the read-only endpoint, and shows its rows; it loads nothing from elsewhere."""

from __future__ import annotations

import shutil
import subprocess
import sys
import urllib.request

from tdkt.queries import run, saved_queries
from tdkt.store import TdktStore

from ..servers import free_port, unavailable, wait_for


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if path := shutil.which(name):
            return path
    unavailable("no Chromium to drive the query page (apt-get install chromium)")
    raise AssertionError("unreachable")


def test_the_query_page_runs_a_saved_query_and_shows_its_rows(sample_store):
    browser = _chromium()
    expected = len(run(TdktStore(sample_store, read_only=True), saved_queries()["award_grants"].read_text(encoding="utf-8")).rows)
    port = free_port()
    cmd = [sys.executable, "-m", "tdkt", "serve", "--store", str(sample_store), "--bind", f"127.0.0.1:{port}"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", proc)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/") as page:
            html = page.read().decode("utf-8")
            policy = page.headers["Content-Security-Policy"]
        code = html.rsplit("<script>", 1)[1]
        assert "connect-src 'self'" in policy and "://" not in code and " src=" not in html  # nothing from elsewhere
        assert all(f'"name": "{name}"' in html for name in saved_queries())  # every saved query preloaded
        dom = subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--virtual-time-budget=20000",
                "--dump-dom",
                f"http://127.0.0.1:{port}/?run=award_grants",
            ],
            capture_output=True,
            text=True,
            timeout=120,
        ).stdout
        assert f'data-rows="{expected}"' in dom and f"{expected} rows in" in dom
        assert "<td>Huân chương Lao động</td>" in dom and "<th>recipientKind</th>" in dom
    finally:
        proc.terminate()
        proc.wait(timeout=20)
