"""Shared fixtures: the sample articles, a store built from them, and an article helper."""

from __future__ import annotations

from pathlib import Path

import pytest
from tdkt.ingest.document import Document
from tdkt.ingest.facts import ArticleFacts
from tdkt.ingest.pipeline import document_of, extract

from tdkt.cli import main as cli_main

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"


def article(text: str, article_id: str = "t") -> tuple[Document, ArticleFacts]:
    """Run the whole pipeline on an article written in a test."""
    doc = document_of(text, article_id, Path(f"{article_id}.txt"))
    return doc, extract(doc)


def posts_by_name(facts: ArticleFacts) -> dict[str, set[tuple[str | None, str | None]]]:
    """Each person of the article, with their posts as (role, body's name) pairs."""
    return {p.name: {(x.role, x.org.name if x.org else None) for x in p.posts} for p in facts.people}


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("store") / "db"
    assert cli_main(["ingest", str(SAMPLES), "--store", str(store), "--quiet"]) == 0
    return store


def store_quads(store: Path) -> list[str]:
    """A store's quads, sorted, without the provenance of the ingest run that wrote them (its time and id differ
    from run to run; every other quad is deterministic)."""
    import pyoxigraph as ox

    from tdkt.store import TdktStore

    lines = TdktStore(store, read_only=True).dump(ox.RdfFormat.N_QUADS).decode().splitlines()
    return sorted(line for line in lines if "/tdkt/id/run/" not in line)
