"""The `dates` layer: every date a sentence gives, read with the one date grammar."""

from __future__ import annotations

import datetime as dt

from .dategrammar import TEXT_DATE, text_date
from .document import Document, Span


def recognise_dates(doc: Document) -> None:
    """Layer `dates`: every date of a sentence (value: datetime.date)."""
    spans = []
    for sent in doc.sentences:
        for m in TEXT_DATE.finditer(sent.text):
            date = text_date(sent.text, m, doc.published)
            if date is not None:
                rule = "dates.numeric" if m["d"] else "dates.written"
                spans.append(Span(sent.start + m.start(), sent.start + m.end(), rule, date))
    doc.write_layer("dates", spans)


def date_before(doc: Document, start: int, end: int) -> dt.date | None:
    """The first date given in text[start:end] (a sentence up to its event's verb)."""
    return next((s.value for s in doc.spans("dates", start, end) if s.end <= end), None)
