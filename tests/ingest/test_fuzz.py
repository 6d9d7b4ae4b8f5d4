"""Fuzzing the reader and the pipeline: mutated sample articles and random HTML never raise (an unreadable
file is an ArticleError naming it), never take longer than a per-article budget, and every evidence offset
points at its text in the stored document. Bounded in count, with a fixed seed, so CI runs it the same way."""

from __future__ import annotations

import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tdkt.ingest.errors import ArticleError
from tdkt.ingest.pipeline import extract, read_document

from ..conftest import SAMPLES

ARTICLES = [p.read_text(encoding="utf-8") for p in sorted(Path(SAMPLES).glob("*.txt"))]
BUDGET_S = 5.0
NASTY = ["\u200b", "\u00ad", "\u202e", "\ufeff", "\u2028", "\x00", "\x1b[2J", "<", ">", "&", '"', "“", "”", "\n\n", "; ", ":", "(", ")"]
WORDS = ["Huân chương", "Bằng khen", "cho", "tập thể", "UBND", "huyện", "Đồng chí", "hạng", "Nhì", "12", "01/02/2023", "năm 2022"]


def _evidence_holds(doc, facts) -> None:
    items = [g.evidence for g in facts.grants] + [e.evidence for e in facts.events] + [ev for p in facts.people for ev in p.evidence]
    for ev in items:
        if ev.start >= 0:
            assert doc.text[ev.start : ev.end] == ev.text


def _run(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    started = time.monotonic()
    try:
        doc = read_document(path)
    except ArticleError:
        return  # named and explained: a file that is not an article
    facts = extract(doc)
    assert time.monotonic() - started < BUDGET_S
    _evidence_holds(doc, facts)


@st.composite
def mutated(draw) -> str:
    text = draw(st.sampled_from(ARTICLES))
    for _ in range(draw(st.integers(1, 12))):
        at = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["insert", "delete", "repeat"]))
        piece = draw(st.one_of(st.sampled_from(NASTY + WORDS), st.text(max_size=8)))
        if op == "insert":
            text = text[:at] + piece + text[at:]
        elif op == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 200)) :]
        else:
            text = text[:at] + text[at : at + 300] * draw(st.integers(1, 20)) + text[at:]
    return text


@settings(
    max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(text=mutated())
def test_mutated_articles_never_raise_hang_or_misplace_evidence(tmp_path, text):
    _run(tmp_path, "mutated.txt", text)


_TAGS = st.sampled_from(["p", "div", "script", "style", "h1", "span", "br", "meta", "title", "table", "td"])


@st.composite
def html(draw) -> str:
    parts = ["<html><head><title>", draw(st.sampled_from(ARTICLES))[:80], "</title></head><body>"]
    for _ in range(draw(st.integers(1, 30))):
        tag = draw(_TAGS)
        body = draw(st.one_of(st.sampled_from(ARTICLES).map(lambda a: a[:400]), st.text(max_size=30), st.sampled_from(NASTY + WORDS)))
        parts.append(draw(st.sampled_from([f"<{tag}>{body}</{tag}>", f"<{tag} class='x'>{body}", body, f"</{tag}>"])))
    return "".join(parts)


@settings(
    max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(page=html())
def test_random_html_never_raises_hangs_or_misplaces_evidence(tmp_path, page):
    _run(tmp_path, "page.html", page)
