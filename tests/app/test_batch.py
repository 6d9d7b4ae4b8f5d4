"""Ingest at scale: worker processes give the same graph as one process, chunks and load calls bound memory, an
interrupted ingest leaves the store as it was (or graphs without a seal, which validate names) and running it again
completes it, and each article has a size and a time budget."""

from __future__ import annotations

import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from tdkt import app, batch
from tdkt.batch import Budget, in_graph, out_of_graph
from tdkt.cli import main
from tdkt.staging import STAGING, Staging
from tdkt.store import TdktStore

from ..conftest import SAMPLES, store_quads


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Twenty distinct articles: the samples, four times, each copy with a headline of its own."""
    folder = tmp_path_factory.mktemp("corpus")
    for copy in range(4):
        for sample in sorted(Path(SAMPLES).glob("*.txt")):
            headline, rest = sample.read_text(encoding="utf-8").split("\n", 1)
            text = f"{headline} (bản {copy})\n{rest}"
            (folder / f"{sample.stem}_{copy}.txt").write_text(text, encoding="utf-8")
    return folder


def _quads(store: Path) -> list[str]:
    return store_quads(store)


def test_workers_and_chunks_give_the_graph_of_one_process(corpus, tmp_path):
    one = app.ingest([corpus], tmp_path / "one", workers=1, chunk=1000)
    two = app.ingest([corpus], tmp_path / "two", workers=2, chunk=3)
    assert one.loaded == two.loaded and len(one.loaded) == 20 and not two.skipped  # results in input order
    assert _quads(tmp_path / "one") == _quads(tmp_path / "two")


def test_an_ingest_interrupted_while_staging_leaves_the_store_as_it_was_and_running_it_again_completes(
    corpus, tmp_path, monkeypatch, capsys
):
    clean, store = tmp_path / "clean", tmp_path / "store"
    app.ingest([corpus], clean, chunk=4)
    app.ingest([sorted(corpus.glob("*.txt"))[0]], store)  # a store with one article already
    before = _quads(store)
    real, calls = Staging.write, []

    def crash_on_the_third(self, quads, seals, articles):
        calls.append(articles)
        if len(calls) == 3:
            raise OSError("disk full (injected)")
        real(self, quads, seals, articles)

    monkeypatch.setattr(Staging, "write", crash_on_the_third)
    assert main(["ingest", str(corpus), "--store", str(store), "--chunk", "4", "--workers", "1", "-q"]) == 4
    err = capsys.readouterr().err
    assert "disk full" in err and "the store is unchanged" in err and "run the same command again" in err
    assert _quads(store) == before and (store / STAGING).is_dir()  # two chunks staged, none loaded
    monkeypatch.setattr(Staging, "write", real)
    assert main(["ingest", str(corpus), "--store", str(store), "--chunk", "4", "--workers", "1", "-q"]) == 0
    assert _quads(store) == _quads(clean)  # completed, nothing twice
    assert not (store / STAGING).exists()  # the staged shards went once loaded


def test_a_load_cut_off_before_its_seals_is_named_by_validate_and_completed_by_running_again(corpus, tmp_path, monkeypatch, capsys):
    clean, store = tmp_path / "clean", tmp_path / "store"
    app.ingest([corpus], clean, chunk=8)

    def killed(self, db):  # every quad went in, the process died before the seals
        raise OSError("killed (injected)")

    monkeypatch.setattr(Staging, "_seal", killed)
    assert main(["ingest", str(corpus), "--store", str(store), "--chunk", "8", "--workers", "1", "-q"]) == 4
    assert "killed" in capsys.readouterr().err
    monkeypatch.undo()
    assert main(["validate", "--store", str(store)]) == 3
    out = capsys.readouterr().out
    assert out.count("store:GraphWrittenWhole") == len(list(corpus.glob("*.txt")))  # each graph, named
    assert main(["ingest", str(corpus), "--store", str(store), "--chunk", "8", "--workers", "1", "-q"]) == 0
    assert main(["validate", "--store", str(store)]) == 0
    assert _quads(store) == _quads(clean)


def test_the_workers_check_each_article_and_report_what_validate_finds(corpus, tmp_path, monkeypatch):
    import tdkt.ingest.rdf as rdf
    from rdflib import Literal, URIRef

    real, typo = rdf._Builder.article_node, URIRef("https://w3id.org/tdkt/ontology#textt")

    def one_bad_article(self):  # a misspelt property: the closed article shape's rule
        real(self)
        if self.doc.article_id.endswith("_2"):
            self.add(self.article, typo, Literal(1))

    monkeypatch.setattr(rdf._Builder, "article_node", one_bad_article)
    report = app.ingest([corpus], tmp_path / "s", workers=1, chunk=7)  # tasks of 50 articles, chunks of 7
    found = {(v.article, v.rule) for v in report.violations}
    assert found and {a for a, _ in found} == {p.stem for p in corpus.glob("*_2.txt")}
    assert all(v.value == str(typo) for v in report.violations)
    _, validated = app.validate(tmp_path / "s")
    assert {(v.article, v.node, v.rule) for v in validated} == {(v.article, v.node, v.rule) for v in report.violations}
    clean = app.ingest([corpus], tmp_path / "t", workers=1, check=False)
    assert not clean.violations and "check" not in clean.stage_seconds


def test_an_article_over_its_size_or_time_budget_is_skipped_and_the_batch_goes_on(tmp_path, monkeypatch, capsys):
    import tdkt.ingest.pipeline as pipeline

    folder = tmp_path / "in"
    folder.mkdir()
    samples = sorted(Path(SAMPLES).glob("*.txt"))
    for s in samples:
        (folder / s.name).write_text(s.read_text(encoding="utf-8"), encoding="utf-8")
    big = max(samples, key=lambda p: p.stat().st_size)
    report = app.ingest([folder], tmp_path / "s1", budget=Budget(max_bytes=big.stat().st_size - 1))
    assert len(report.loaded) == 4 and "raise the limit with --max-bytes" in report.skipped[0]

    real = pipeline.extract

    def slow_on_one(doc, *rest):
        if doc.article_id == samples[0].stem:
            time.sleep(30)
        return real(doc, *rest)

    monkeypatch.setattr(pipeline, "extract", slow_on_one)
    started = time.monotonic()
    assert main(["ingest", str(folder), "--store", str(tmp_path / "s2"), "--article-seconds", "1", "--workers", "1", "-q"]) == 0
    assert time.monotonic() - started < 20
    err = capsys.readouterr().err
    assert "still not done after 1 s" in err and samples[0].name in err
    assert len(TdktStore(tmp_path / "s2", read_only=True).article_graphs()) == 4


def test_in_a_worker_thread_an_article_over_its_budget_stops_at_the_next_check_of_its_deadline(monkeypatch):
    """Dask runs tasks in threads, where SIGALRM cannot stop them: the deadline is checked between components."""
    import threading

    import tdkt.ingest.pipeline as pipeline

    name, reads, writes, first = pipeline.COMPONENTS[0]

    def slow(doc, facts):
        time.sleep(1.5)
        first(doc, facts)

    monkeypatch.setattr(pipeline, "COMPONENTS", [(name, reads, writes, slow), *pipeline.COMPONENTS[1:]])
    sample = sorted(Path(SAMPLES).glob("*.txt"))[0]
    found: list = []
    for seconds in (0.5, 30):
        worker = threading.Thread(target=lambda s=seconds: found.append(batch.process(sample, Budget(seconds=s))))
        started = time.monotonic()
        worker.start()
        worker.join()
        found[-1] = (found[-1], time.monotonic() - started)
    (over, took), (within, _) = found
    assert over.skipped and "still not done after 0.5 s" in over.skipped and took < 5
    assert within.skipped is None and within.nquads  # the same slow article, within a budget it fits


def test_n_triples_become_n_quads_of_one_graph():
    nt = b'<http://a> <http://b> "x .\\n y" .\n<http://a> <http://c> <http://d> .\n'
    assert in_graph(nt, "http://g") == (b'<http://a> <http://b> "x .\\n y" <http://g> .\n<http://a> <http://c> <http://d> <http://g> .\n')


def test_n_quads_of_one_graph_become_n_triples_again():
    nq = b'<http://a> <http://b> "x <y> .\\n z" <http://g> .\n<http://a> <http://c> <http://d> <http://g> .\n'
    assert out_of_graph(nq) == b'<http://a> <http://b> "x <y> .\\n z" .\n<http://a> <http://c> <http://d> .\n'
    assert in_graph(out_of_graph(nq), "http://g") == nq


def test_a_worker_ships_its_article_as_quads_of_the_articles_graph(corpus):
    done = batch.process(sorted(corpus.glob("*.txt"))[0])
    quads = list(ox.parse(done.nquads, format=ox.RdfFormat.N_QUADS))
    assert len(quads) > 50 and {q.graph_name for q in quads} == {ox.NamedNode(done.graph)}


def test_without_worker_processes_the_map_runs_in_this_process(corpus, monkeypatch, capsys):
    import multiprocessing

    from tdkt import batch

    class NoPool:
        def Pool(self, *args, **kwargs):
            raise OSError(38, "Function not implemented")

    monkeypatch.setattr(multiprocessing, "get_context", lambda *a: NoPool())
    done = list(batch.run_map(sorted(corpus.glob("*.txt")), batch.DEFAULT_BUDGET, workers=2))
    assert len(done) == 20 and not any(d.skipped for d in done)
    assert "cannot start worker processes" in capsys.readouterr().err


def test_the_staged_shards_load_in_calls_of_bounded_size_with_the_same_quads(corpus, tmp_path, monkeypatch):
    from tdkt import staging

    shards = [Path(f"shard-{i}.nq") for i in range(5)]
    sizes = [(40, 2), (50, 2), (30, 1), (200, 9), (10, 1)]
    assert staging._groups(shards, sizes, 100) == [shards[0:2], shards[2:3], shards[3:4], shards[4:5]]  # a big one alone
    one, many = tmp_path / "one", tmp_path / "many"
    app.ingest([corpus], one, chunk=2)
    monkeypatch.setattr(staging, "LOAD_BYTES", 1)  # every shard its own bulk load
    app.ingest([corpus], many, chunk=2)
    assert _quads(one) == _quads(many)
