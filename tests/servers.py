"""Start and stop real triple-store servers on loopback for the tests: Oxigraph and Virtuoso 7."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def unavailable(reason: str) -> None:
    """Skip on a developer machine without the server; fail where CI promised to provide it."""
    if os.environ.get("TDKT_REQUIRE_SERVERS"):
        pytest.fail(f"{reason} (TDKT_REQUIRE_SERVERS is set: .ci/run installs the servers)")
    pytest.skip(reason)


def wait_for(url: str, proc: subprocess.Popen, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode} before answering {url}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.3)
    raise RuntimeError(f"no answer from {url} after {seconds}s")


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def oxigraph_binary() -> str | None:
    return shutil.which("oxigraph") or (
        str(Path(sys.executable).with_name("oxigraph")) if Path(sys.executable).with_name("oxigraph").exists() else None
    )


@contextmanager
def oxigraph_server(location: Path, read_only: bool = False) -> Iterator[str]:
    """An Oxigraph server on a free loopback port; yields its base URL."""
    binary = oxigraph_binary()
    if binary is None:
        unavailable("the oxigraph server is not installed (pip install oxigraph)")
    port = free_port()
    cmd = [binary, "serve-read-only" if read_only else "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base}/query?query=ASK%7B%7D", proc)
        yield base
    finally:
        _stop(proc)


@contextmanager
def virtuoso_server(workdir: Path) -> Iterator[str]:
    """A private Virtuoso 7 instance (own database, own ports) with SPARQL update granted; yields its base URL."""
    if shutil.which("virtuoso-t") is None or not VIRTUOSO_INI.exists():
        unavailable("Virtuoso 7 is not installed (Debian package virtuoso-opensource)")
    sql_port, http_port = free_port(), free_port()
    lines = []
    section = ""
    for line in VIRTUOSO_INI.read_text().splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            section = stripped
        key = stripped.split("=", 1)[0].strip()
        if "/var/lib/virtuoso-opensource-7/db" in line:
            line = line.replace("/var/lib/virtuoso-opensource-7/db", str(workdir))
        elif key == "ServerPort" and section == "[Parameters]":
            line = f"ServerPort = {sql_port}"
        elif key == "ServerPort" and section == "[HTTPServer]":
            line = f"ServerPort = {http_port}"
        elif key == "DirsAllowed":
            line = f"DirsAllowed = ., {workdir}, /usr/share/virtuoso-opensource-7/vad"
        lines.append(line)
    ini = workdir / "virtuoso.ini"
    ini.write_text("\n".join(lines) + "\n")
    proc = subprocess.Popen(
        ["virtuoso-t", "+foreground", "+configfile", str(ini)], cwd=workdir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{http_port}"
    try:
        wait_for(f"{base}/sparql?query=ASK%7B%7D", proc)
        isql = shutil.which("isql-vt") or shutil.which("isql")
        subprocess.run(
            [isql, str(sql_port), "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'], check=True, capture_output=True, timeout=60
        )
        yield base
    finally:
        _stop(proc)
