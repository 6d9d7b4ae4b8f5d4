"""Faults a user can run into, each reproduced: a one-line message and the right exit code, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from tdkt.cli import main

from ..conftest import SAMPLES

BODY = (
    "Huyện Tiên Yên tổng kết thi đua năm 2022\n12/01/2023\n"
    "Ngày 10/1/2023, UBND huyện Tiên Yên tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022. "
    "UBND huyện tặng Giấy khen cho 20 tập thể.\nMai Anh\n"
)


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert "Traceback" not in err
    return err


@pytest.mark.parametrize("size", ["0", "-1", "many"])
def test_a_batch_size_below_one_is_a_usage_error(sample_store, capsys, size):
    with pytest.raises(SystemExit) as exit_:
        main(["load", "--store", str(sample_store), "--graph-store", "http://127.0.0.1:9/store", "--batch-size", size])
    assert exit_.value.code == 2
    assert "--batch-size" in one_line_error(capsys)


def test_export_to_a_missing_folder_a_folder_or_into_the_store(sample_store, tmp_path, capsys):
    for target, words in (
        (tmp_path / "missing" / "out.nq", "does not exist"),
        (tmp_path, "is a folder"),
        (sample_store / "CURRENT", "inside the store"),
    ):
        assert main(["export", "--store", str(sample_store), "--format", "nquads", "-o", str(target)]) == 2
        assert words in one_line_error(capsys)
    assert (sample_store / "CURRENT").stat().st_size < 1000  # the store's own file is untouched


def test_a_graph_name_that_is_no_iri(sample_store, capsys):
    assert main(["export", "--store", str(sample_store), "--graph", "not an iri"]) == 2
    assert "is not an IRI" in one_line_error(capsys)


def test_graph_output_to_a_missing_folder(sample_store, tmp_path, capsys):
    code = main(["graph", "posts", "--store", str(sample_store), "-o", str(tmp_path / "no" / "g.graphml")])
    assert code == 2 and "does not exist" in one_line_error(capsys)


def test_no_readable_input_creates_no_store(tmp_path, capsys):
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    store = tmp_path / "store"
    assert main(["ingest", str(bad), "--store", str(store)]) == 1
    assert not store.exists()


def test_a_file_whose_extraction_failed_does_not_make_its_copy_already_ingested(tmp_path, monkeypatch, capsys):
    import tdkt.ingest.pipeline as app  # where the per-article map (tdkt.batch.process) finds extract

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(BODY, encoding="utf-8")
    b.write_text(BODY, encoding="utf-8")
    real, calls = app.extract, []

    def failing_once(doc, *rest):
        calls.append(doc.article_id)
        if len(calls) == 1:
            raise RuntimeError("boom")
        return real(doc, *rest)

    monkeypatch.setattr(app, "extract", failing_once)
    store = tmp_path / "store"
    assert main(["ingest", str(a), str(b), "--store", str(store), "--quiet"]) == 0
    err = capsys.readouterr().err
    assert "extraction failed" in err and "already ingested" not in err


def test_a_failed_remote_load_keeps_the_local_store(tmp_path, capsys):
    store = tmp_path / "store"
    code = main(["ingest", str(SAMPLES), "--store", str(store), "--graph-store", "http://127.0.0.1:9/store", "--quiet"])
    assert code == 5
    assert "the local store" in one_line_error(capsys)
    assert main(["query", "articles", "--store", str(store), "--format", "csv"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 1 + len(list(Path(SAMPLES).glob("*.txt")))


def test_file_names_that_fold_alike_are_different_articles_and_one_name_twice_is_refused(tmp_path, capsys):
    store = tmp_path / "store"
    for i, name in enumerate(("Bài 1.txt", "bai-1.txt", "Bai_1.txt", "Thi đua.txt", "Khen thưởng.txt")):
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / name).write_text(BODY.replace("20 tập thể", f"{i + 2} tập thể"), encoding="utf-8")
    for name in ("Bài 1.txt", "bai-1.txt", "Bai_1.txt", "Thi đua.txt", "Khen thưởng.txt"):  # one batch each
        assert main(["ingest", str(tmp_path / "in" / name), "--store", str(store), "--quiet"]) == 0
    assert main(["query", "articles", "--store", str(store), "--format", "csv"]) == 0
    ids = {line.split(",")[0] for line in capsys.readouterr().out.strip().splitlines()[1:]}
    assert ids == {"Bài 1", "bai-1", "Bai_1", "Thi đua", "Khen thưởng"}
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "bai-1.txt").write_text(BODY.replace("20 tập thể", "40 tập thể"), encoding="utf-8")
    code = main(["ingest", str(tmp_path / "in" / "bai-1.txt"), str(tmp_path / "other" / "bai-1.txt"), "--store", str(store), "--quiet"])
    assert code == 0 and "is taken by" in capsys.readouterr().err


def test_one_file_reached_twice_is_read_once_not_refused_as_a_second_file_of_its_name(tmp_path, capsys):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    article = tmp_path / "in" / "sub" / "bai.txt"
    article.write_text(BODY, encoding="utf-8")
    store = tmp_path / "store"
    # the folder, its subfolder and the file itself all reach one file
    code = main(["ingest", str(tmp_path / "in"), str(tmp_path / "in" / "sub"), str(article), "--store", str(store), "--quiet"])
    assert code == 0 and "taken by" not in capsys.readouterr().err
    assert main(["query", "articles", "--store", str(store), "--format", "csv"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 2  # the header and the one article


def test_a_file_name_with_a_byte_that_is_not_utf8(tmp_path, capsys):
    import os

    folder = os.fsencode(tmp_path)
    path = os.path.join(folder, b"bai\xff.txt")
    with open(path, "wb") as f:
        f.write(BODY.encode("utf-8"))
    store = tmp_path / "store"
    assert main(["ingest", str(tmp_path / os.fsdecode(b"bai\xff.txt")), "--store", str(store), "--quiet"]) == 0
    assert main(["query", "articles", "--store", str(store), "--format", "csv"]) == 0
    assert "bai\ufffd" in capsys.readouterr().out


def test_escape_sequences_in_file_names_and_titles_are_shown_not_obeyed(tmp_path, capsys):
    bad = tmp_path / "a\x1b[31mred.txt"
    bad.write_text(BODY.replace("Huyện Tiên Yên tổng kết", "Huyện \x1b[2J Tiên Yên tổng kết"), encoding="utf-8")
    store = tmp_path / "store"
    assert main(["ingest", str(bad), "--store", str(store), "--verbose"]) == 0
    assert main(["query", "articles", "--store", str(store)]) == 0
    out, err = capsys.readouterr()
    assert "\x1b" not in out and "\x1b" not in err and "\\x1b" in err


def test_a_damaged_store_is_exit_4(sample_store, tmp_path, capsys):
    import shutil

    damaged = tmp_path / "damaged"
    shutil.copytree(sample_store, damaged)
    for f in damaged.iterdir():
        if f.is_file() and f.suffix == ".sst":
            f.write_bytes(b"\x00garbage" * 64)
    (damaged / "CURRENT").write_text("MANIFEST-999999\n")
    assert main(["stats", "--store", str(damaged)]) == 4
    assert "Traceback" not in capsys.readouterr().err


def test_a_query_path_that_is_a_folder_or_not_utf8(sample_store, tmp_path, capsys):
    folder = tmp_path / "x.rq"
    folder.mkdir()
    assert main(["query", str(folder), "--store", str(sample_store)]) == 2
    latin = tmp_path / "latin.rq"
    latin.write_bytes("SELECT ?s WHERE { ?s ?p 'Hà' }".encode("cp1258"))
    assert main(["query", str(latin), "--store", str(sample_store)]) == 2
    assert "UTF-8" in one_line_error(capsys)


def test_output_into_a_pipe_that_closes(sample_store):
    """`tdkt ... | head -1`: long outputs whose reader goes away end quietly, with exit 0, no traceback."""
    import subprocess
    import sys

    every = "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
    for argv in (
        ["query", "-e", every, "--store", str(sample_store), "--format", "csv"],
        ["graph", "posts", "--store", str(sample_store), "--top", "100000"],
        ["export", "--store", str(sample_store), "--format", "nquads"],
        ["stats", "--store", str(sample_store)],
        ["--help"],
    ):
        done = subprocess.run(
            ["bash", "-c", 'set -o pipefail; "$@" | head -1 >/dev/null; echo "${PIPESTATUS[0]}"', "_", sys.executable, "-m", "tdkt", *argv],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, argv
        assert done.stdout.strip() == "0", (argv, done.stderr)


def test_a_second_writer_is_refused_before_it_reads_anything(sample_store, tmp_path, capsys, monkeypatch):
    import shutil

    import tdkt.ingest.pipeline as app  # where the per-article map (tdkt.batch.process) finds extract

    from tdkt.store import TdktStore

    store = tmp_path / "store"
    shutil.copytree(sample_store, store)
    holder = TdktStore(store, read_only=False)  # another writer holds the store
    read: list[str] = []
    monkeypatch.setattr(app, "extract", lambda doc, *rest: read.append(doc.article_id))
    assert main(["ingest", str(SAMPLES), "--store", str(store)]) == 4
    assert read == []  # refused first, not after reading and extracting the batch
    err = one_line_error(capsys)
    assert "nothing was read" in err and "another process is writing" in err
    del holder
