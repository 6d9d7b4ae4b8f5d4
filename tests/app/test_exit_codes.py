"""The README's exit-code table, command by command: every row of it reproduced, with a one-line message and
no traceback. 0 done; 1 no input could be read; 2 usage; 3 shape violations; 4 the store; 5 a remote server."""

from __future__ import annotations

from pathlib import Path

import pytest

from tdkt.cli import main

from ..conftest import SAMPLES
from .loopback import server


def _refuse(handler) -> None:
    handler.send_response(403, "Forbidden")
    handler.end_headers()
    handler.wfile.write(b"read-only")


@pytest.fixture(scope="module")
def refusing():
    """A real server that refuses every request (403 is not retried, so the test is quick)."""
    with server(_refuse, path="/") as (url, _):
        yield url


@pytest.fixture
def nothing(tmp_path) -> str:
    return str(tmp_path / "no-store")


@pytest.fixture
def damaged(sample_store, tmp_path) -> str:
    import shutil

    copy = tmp_path / "damaged"
    shutil.copytree(sample_store, copy)
    for f in copy.iterdir():
        if f.suffix == ".sst":
            f.write_bytes(b"\0" * 64)
    return str(copy)


def _cases(store: str, nothing: str, damaged: str, remote: str, tmp: Path) -> list[tuple[list[str], int]]:
    unreadable = tmp / "empty.txt"
    unreadable.write_text("", encoding="utf-8")
    bad_query = tmp / "bad.rq"
    bad_query.write_text("SELECT WHERE {", encoding="utf-8")
    return [
        ([], 2),
        (["ingest", "--store", str(tmp / "s1")], 2),
        (["ingest", str(unreadable), "--store", str(tmp / "s2")], 1),
        (["ingest", str(unreadable), str(SAMPLES), "--store", str(tmp / "s3"), "--strict", "-q"], 1),
        (["ingest", str(SAMPLES), "--store", damaged, "-q"], 4),
        (["ingest", str(SAMPLES), "--graph-store", remote + "store", "-q"], 5),
        (["validate", "--store", nothing], 4),
        (["validate", "--store", damaged], 4),
        (["explain", "no-such-article", "--store", store], 2),
        (["explain", "x", "--store", nothing], 4),
        (["query", "articles", "--store", store], 0),
        (["query", "no_such_query", "--store", store], 2),
        (["query", str(bad_query), "--store", store], 2),
        (["query", "articles", "--store", nothing], 4),
        (["query", "articles", "--endpoint", remote + "query"], 5),
        (["export", "--store", store, "--graph", "not an iri"], 2),
        (["export", "--store", nothing], 4),
        (["load", "--store", nothing, "--graph-store", remote + "store"], 4),
        (["load", "--store", store, "--graph-store", remote + "store", "-q"], 5),
        (["serve", "--store", nothing], 4),
        (["graph", "posts", "--store", store, "--top", "1"], 0),
        (["graph", "posts", "--store", nothing], 4),
        (["graph", "posts", "--endpoint", remote + "query"], 5),
        (["stats", "--store", store], 0),
        (["stats", "--store", nothing], 4),
    ]


def test_every_row_of_the_exit_code_table(sample_store, nothing, damaged, refusing, tmp_path, capsys):
    for argv, code in _cases(str(sample_store), nothing, damaged, refusing, tmp_path):
        assert main(argv) == code, argv
        err = capsys.readouterr().err
        assert "Traceback" not in err, argv
        if code:
            assert err.strip(), f"{argv}: exit {code} without a word"
    assert not Path(nothing).exists()  # no command but ingest creates a store


def test_validate_exits_3_on_a_shape_violation(tmp_path, capsys):
    store = tmp_path / "store"
    first = sorted(Path(SAMPLES).glob("*.txt"))[0]
    assert main(["ingest", str(first), "--store", str(store), "-q"]) == 0
    from tdkt.store import TdktStore

    db = TdktStore(store)
    graph = next(iter(db.article_graphs()))
    grant = "<https://w3id.org/tdkt/id/grant/broken> a <https://w3id.org/tdkt/ontology#AwardGrant>"
    db.store.update(f"INSERT DATA {{ GRAPH <{graph}> {{ {grant} }} }}")
    del db
    assert main(["validate", "--store", str(store)]) == 3
    assert "broken" in capsys.readouterr().out


def test_serve_on_a_busy_port_or_a_bad_address_is_a_usage_error(sample_store, capsys):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert main(["serve", "--store", str(sample_store), "--bind", f"127.0.0.1:{port}"]) == 2
        err = capsys.readouterr().err
        assert "cannot listen" in err and "Traceback" not in err and "serving" not in err
    with pytest.raises(SystemExit) as exit_:
        main(["serve", "--store", str(sample_store), "--bind", "127.0.0.1:http"])
    assert exit_.value.code == 2 and "HOST:PORT" in capsys.readouterr().err
