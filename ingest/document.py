"""The one object every pipeline component reads and annotates: an article as a document.

Recognisers write mention layers (`Document.layers`): each layer is written once,
by one component, as spans with document offsets and the id of the rule that
found them. Relation components read spans from the layers; none parses the text
for another component's mentions again.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .context import PlaceContext

# the mark of an item of a list printed line by line ('-', '+', '2.', 'b)'), which the people's, the conferrers' and
# the grants' rules each read
_DASH_OR_NUMBER = r"[-–+•*]|\d{1,2}[.)]"
ITEM_MARK = re.compile(rf"\s*(?:{_DASH_OR_NUMBER}|[a-zđ][.)])\s")
# (by a dash or a number only, as a table's rows and a list of results are printed: not 'b)', which may open a sublist)
DASHED_OR_NUMBERED = re.compile(rf"\s*(?:{_DASH_OR_NUMBER})\s")


@dataclass(frozen=True)
class Sentence:
    """A sentence of the normalised text, with its character offsets into Document.text."""

    start: int
    end: int
    text: str
    is_caption: bool = False
    is_headline: bool = False  # the article's title, which restates what the body tells


@dataclass(frozen=True)
class Span:
    """A mention in a layer: document offsets, the rule that found it, and what it denotes."""

    start: int
    end: int
    rule: str
    value: Any


@dataclass
class Document:
    """An article after reading and normalisation, plus what the components found in it.

    Offsets everywhere refer to `text`, the normalised body as the rules read it (`readings`); `written` is the
    same text as the article wrote it, of the same length, which the graph stores and quotes, so an evidence quote
    can always be checked against its article.
    """

    article_id: str
    path: Path
    text: str
    source_format: str = "txt"
    source_url: str | None = None  # the page's own address, where the HTML gives it
    title: str | None = None  # as written, which the graph stores
    headline: str | None = None  # the title as the rules read it (a headline in capitals in its words' casing)
    published: dt.date | None = None
    author: str | None = None
    author_unit: str | None = None
    author_is_initials: bool = False  # 'N.V': the article's author, but no person to name
    photographers: list[str] = field(default_factory=list)
    coauthors: list[str] = field(default_factory=list)  # 'Thu Hà – Minh Anh': the names after the first
    signer: str | None = None  # the name under a decision's signature block ('KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name')
    signer_title: str | None = None  # their title there, with the issuing body ('Phó chủ tịch Ủy ban nhân dân tỉnh X')
    body_start: int = 0
    body_end: int = 0
    sentences: list[Sentence] = field(default_factory=list)
    place: PlaceContext = field(default_factory=PlaceContext)
    layers: dict[str, list[Span]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    written: str = ""  # the normalised text before `readings` rewrote it; "" where the reading is the text itself

    def __post_init__(self) -> None:
        self.written = self.written or self.text
        if len(self.written) != len(self.text):
            raise ValueError("a reading must keep the written text's offsets")

    def as_written(self, start: int, end: int, text: str) -> str:
        """`text`, read at [start, end), as the article wrote it (a quote): the written text there if it is what was
        read, else `text` itself (a quote put together from pieces)."""
        return self.written[start:end] if self.text[start:end] == text else text

    @property
    def content_hash(self) -> str:
        """Identity of the text, whatever the file is called: the same article saved twice is one article."""
        return hashlib.sha256(self.written.encode("utf-8")).hexdigest()

    @property
    def body(self) -> str:
        return self.text[self.body_start : self.body_end]

    @property
    def province_code(self) -> str | None:
        return self.place.province.code if self.place.province else None

    @property
    def place_code(self) -> str | None:
        """The unit the article is about: its district, else its province."""
        unit = self.place.district or self.place.province
        return unit.code if unit else None

    def lead_sentence(self) -> Sentence | None:
        """The body's first sentence, which tells the article's news."""
        return next((s for s in self.sentences if s.start >= self.body_start), None)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds document offset `offset`, or None (a byline outside every sentence)."""
        i = bisect.bisect_right(self.sentences, offset, key=lambda s: s.start) - 1
        return self.sentences[i] if i >= 0 and offset < self.sentences[i].end else None

    def write_layer(self, name: str, spans: list[Span]) -> None:
        """Each layer is written once, by the component that owns it."""
        if name in self.layers:
            raise ValueError(f"layer {name!r} is written twice")
        self.layers[name] = sorted(spans, key=lambda s: (s.start, -s.end))

    def spans(self, layer: str, start: int = 0, end: int | None = None) -> list[Span]:
        """The spans of a layer that start in [start, end)."""
        spans = self.layers[layer]
        lo = bisect.bisect_left(spans, start, key=lambda s: s.start)
        hi = len(spans) if end is None else bisect.bisect_left(spans, end, key=lambda s: s.start)
        return spans[lo:hi]

    def values(self, layer: str, start: int = 0, end: int | None = None, base: int = 0) -> list[Any]:
        """The values of spans in [start, end), with offsets rebased so that `base` is 0 (for parsing a clause)."""
        return [rebase(s.value, base) for s in self.spans(layer, start, end)]


def rebase(value: Any, base: int) -> Any:
    """A mention value with its offset fields (start, end, chain_end, owner_*) shifted by -base."""
    if not base or not dataclasses.is_dataclass(value):
        return value
    names = {f.name for f in dataclasses.fields(value)} & {"start", "end", "chain_end", "owner_start", "owner_end"}
    return dataclasses.replace(value, **{n: getattr(value, n) - base for n in names if getattr(value, n) is not None})


class Taken:
    """The stretches of a text a recogniser's rules have read, so a later rule skips them; each check looks at
    its own stretch only, so a long text with many mentions stays linear."""

    def __init__(self, length: int) -> None:
        self._mask = bytearray(length + 1)

    def add(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)

    def free(self, start: int, end: int | None = None) -> bool:
        """Whether nothing in text[start:end] (the one position `start` when end is None) has been read."""
        return not any(self._mask[start : start + 1 if end is None else end])


def skip_space(text: str, pos: int) -> int:
    """Where the text after `pos` starts past its spaces, tabs and line breaks."""
    while pos < len(text) and text[pos] in " \n\t":
        pos += 1
    return pos
