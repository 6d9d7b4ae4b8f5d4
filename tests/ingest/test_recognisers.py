"""One generic runner over the example tables in examples/: each recogniser's layer on sentences
written for the tests, positive ones in several wordings and negatives that must find nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from tdkt.ingest.counts import counts_in
from tdkt.ingest.document import Document, Sentence
from tdkt.ingest.pipeline import RECOGNISERS

from ..conftest import article

EXAMPLES = Path(__file__).parent / "examples"
_PLACE = "Hội nghị tại huyện Tiên Yên, tỉnh Quảng Ninh"  # the article's place, for bodies left implicit


def _table(name: str) -> list[tuple[str, str]]:
    rows = []
    for line in (EXAMPLES / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            sentence, expected = line.split("\t")
            rows.append((sentence, expected))
    return rows


def _layer(sentence: str, layer: str) -> list:
    """Run the recognisers over a one-sentence article (with a headline that places it) and read one layer."""
    doc, _ = article(f"{_PLACE}\n\n{sentence}")
    doc.published = dt.date(2021, 3, 10)
    doc.layers.clear()
    for _name, _reads, _writes, recognise in RECOGNISERS:
        recognise(doc, None)
    start = doc.written.index(sentence)  # (the reading may recase a word: the offsets are the same)
    return [s.value for s in doc.spans(layer, start, start + len(sentence))]


def _expected(text: str) -> list[str]:
    return [] if text == "-" else text.split(";")


@pytest.mark.parametrize(("sentence", "expected"), _table("people"))
def test_people(sentence, expected):
    assert [m.name for m in _layer(sentence, "people")] == _expected(expected)


@pytest.mark.parametrize(("sentence", "expected"), _table("orgs"))
def test_orgs(sentence, expected):
    assert [o.name for o in _layer(sentence, "orgs")] == _expected(expected)


@pytest.mark.parametrize(("sentence", "expected"), _table("places"))
def test_places(sentence, expected):
    assert [v if isinstance(v, str) else v.label for v in _layer(sentence, "places")] == _expected(expected)


@pytest.mark.parametrize(("sentence", "expected"), _table("awards"))
def test_awards(sentence, expected):
    assert [a.award for a in _layer(sentence, "awards")] == _expected(expected)


@pytest.mark.parametrize(("sentence", "expected"), _table("award_names"))
def test_award_names(sentence, expected):
    assert [a.award + (f"={a.name}" if a.name else "") for a in _layer(sentence, "awards")] == _expected(expected)


@pytest.mark.parametrize(("sentence", "expected"), _table("counts"))
def test_counts(sentence, expected):
    found = [f"{c.value}/{c.kind}/{str(c.approx).lower()}" for c in _layer(sentence, "counts") if c.kind]
    assert found == _expected(expected)


@pytest.mark.parametrize(("sentence", "expected"), _table("dates"))
def test_dates(sentence, expected):
    assert [d.isoformat() for d in _layer(sentence, "dates")] == _expected(expected)


def test_a_sum_of_money_is_no_count():
    for text in ("trao Giấy khen và số tiền 5 triệu đồng/cá nhân", "kèm 500.000 đồng cho mỗi em", "tặng 2,5 tỷ đồng", "thưởng 300 USD"):
        assert counts_in(text) == [], text
    # negative: a bare number that counts awards stays one ('trao 12 Huân chương')
    assert [c.value for c in counts_in("trao 12 Huân chương Lao động")] == [12]


def test_a_layer_is_written_once():
    doc = Document("t", Path("t.txt"), "Một câu.", sentences=[Sentence(0, 8, "Một câu.")])
    doc.write_layer("x", [])
    with pytest.raises(ValueError, match="written twice"):
        doc.write_layer("x", [])
