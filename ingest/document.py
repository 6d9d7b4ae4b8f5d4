"""The one object every pipeline component reads and annotates: an article as a document."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Sentence:
    """A sentence of the normalised text, with its character offsets into Document.text."""

    start: int
    end: int
    text: str
    is_caption: bool = False


@dataclass
class Document:
    """An article after reading and normalisation, plus what the components found in it.

    Offsets everywhere refer to `text`, the normalised body that is also stored in
    the graph, so an evidence quote can always be checked against its article.
    """

    article_id: str
    path: Path
    text: str
    source_format: str = "txt"
    title: str | None = None
    published: dt.date | None = None
    author: str | None = None
    author_unit: str | None = None
    photographers: list[str] = field(default_factory=list)
    body_start: int = 0
    body_end: int = 0
    sentences: list[Sentence] = field(default_factory=list)
    # administrative unit codes the article is about (see ingest.gazetteer)
    place_code: str | None = None
    province_code: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        """Identity of the text, whatever the file is called: the same article saved twice is one article."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def body(self) -> str:
        return self.text[self.body_start : self.body_end]
