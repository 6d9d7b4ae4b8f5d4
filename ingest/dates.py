"""The `dates` layer: every date a sentence gives, read with the one date grammar."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from . import lexicon
from .dategrammar import TEXT_DATE, text_date
from .document import Document, Span


def recognise_dates(doc: Document) -> None:
    """Layer `dates`: every date of a sentence (value: datetime.date)."""
    spans = []
    reference, rule_suffix = doc.published, ""
    if reference is None and (year := _article_year(doc)):
        reference, rule_suffix = dt.date(year, 12, 31), "-year-of-article"
    for sent in doc.sentences:
        spans_of_years = [(r.start(), r.end()) for r in _ANNIVERSARY_SPAN.finditer(sent.text)]
        for m in TEXT_DATE.finditer(sent.text):
            if any(a <= m.start() < b for a, b in spans_of_years):
                continue  # '(20/11/1982 - 20/11/2025)': the years an anniversary counts, not when anything happened
            date = text_date(sent.text, m, reference)
            if date is not None:
                rule = "dates.numeric" if m["d"] else "dates.written"
                if _BOUND.search(sent.text, max(0, m.start() - 14), m.start()):
                    rule = "dates.bound"  # 'đến ngày 30/5 đã hoàn thành': a deadline or a range's end, not when it happened
                rule += rule_suffix if not (m["y"] or m["wy"]) else ""
                spans.append(Span(sent.start + m.start(), sent.start + m.end(), rule, date))
    doc.write_layer("dates", spans)


_BOUND = lexicon.cue("date-bound")
_ANNIVERSARY_SPAN = lexicon.cue("anniversary-span")
_BORN = lexicon.cue("birth-year")
_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d{2}(?![\d/])")


def _article_year(doc: Document) -> int | None:
    """An undated article's year, for dates it gives without one ('Tối ngày 28.12'): the year it names most
    (the later on a tie), as a year-end report names the year it reports on."""
    text = _BORN.sub(" ", f"{doc.title or ''} {doc.body}")
    years = Counter(int(y) for y in _YEAR.findall(text))
    if not years:
        return None
    year = max(years, key=lambda y: (years[y], y))
    # a year named once, and not in the headline, is no evidence of when the article was written
    return year if years[year] >= 2 or str(year) in (doc.title or "") else None


def date_before(doc: Document, start: int, end: int) -> dt.date | None:
    """The first date given in text[start:end] (a sentence up to its event's verb)."""
    return next((s.value for s in doc.spans("dates", start, end) if s.end <= end and s.rule != "dates.bound"), None)
