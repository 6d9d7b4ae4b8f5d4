"""The pipeline: article file -> Document -> ArticleFacts, one small component at a time.

`COMPONENTS` names them in order. Recognisers write one mention layer each;
relation components read layers (never another component's finder) and write
facts. Data flows one way: nothing later is read by anything earlier.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .awards import recognise_awards
from .campaigns import campaign_facts
from .counts import recognise_counts
from .dates import recognise_dates
from .document import Document
from .events import find_events
from .facts import ArticleFacts
from .grant_details import grant_details
from .grants import find_grants
from .in_turn import split_in_turn
from .layout import analyse_layout
from .names import is_personal_name
from .normalise import normalise
from .organisations import organisations
from .orgs import recognise_orgs
from .participations import participations
from .people import recognise_people
from .persons import people_facts
from .places import recognise_places, resolve_place
from .reader import MAX_ARTICLE_BYTES, read_article, readable
from .readings import reading


def _events(doc: Document, facts: ArticleFacts) -> None:
    facts.events = find_events(doc)


def _grants(doc: Document, facts: ArticleFacts) -> None:
    facts.grants = split_in_turn(doc, find_grants(doc, facts.events))


def _document_only(recognise: Callable[[Document], None]) -> Callable[[Document, ArticleFacts], None]:
    return lambda doc, _facts: recognise(doc)


# The components in order: (name, reads, writes, component). Recognisers write one mention layer
# each; relation components read layers and write facts. Nothing reads what a later one writes.
COMPONENTS: list[tuple[str, str, str, Callable[[Document, ArticleFacts], None]]] = [
    ("place", "sentences, headline", "doc.place", _document_only(resolve_place)),
    ("places", "sentences", "layer places", _document_only(recognise_places)),
    ("orgs", "sentences, doc.place, byline", "layer orgs", _document_only(recognise_orgs)),
    ("people", "sentences, doc.place", "layers people, titles", _document_only(recognise_people)),
    ("awards", "sentences, layers people, orgs", "layer awards", _document_only(recognise_awards)),
    ("counts", "sentences, layers orgs, places", "layer counts", _document_only(recognise_counts)),
    ("dates", "sentences, published", "layer dates", _document_only(recognise_dates)),
    ("persons", "layers people, orgs", "facts.people", people_facts),
    ("events", "layers orgs, places, dates, awards", "facts.events", _events),
    ("campaigns", "layers people, titles, orgs, places; facts.events", "facts.campaigns", campaign_facts),
    ("grants", "layers awards, counts, people, titles, orgs, places; facts.events", "facts.grants", _grants),
    ("grant-details", "layer orgs; facts.grants, events, campaigns", "grant details", grant_details),
    ("participations", "layers people, awards; facts.events, grants (their named recipients)", "event participants", participations),
    ("organisations", "layer orgs; all facts", "facts.organisations", organisations),
]
RECOGNISERS = COMPONENTS[:7]


def document_of(text: str, article_id: str, path: Path, source_format: str = "txt") -> Document:
    """An article's text as a document: normalised, its reading made, its layout read."""
    written = normalise(text)
    doc = Document(article_id, path, reading(written), source_format, written=written)
    analyse_layout(doc)
    return doc


def read_document(path: Path, article_id: str | None = None, max_bytes: int = MAX_ARTICLE_BYTES) -> Document:
    source = read_article(path, max_bytes)
    doc = document_of(source.text, article_id or readable(path.stem), path, source.format)
    # the day the page's metadata declares it published, before any the text shows (a portal's bar prints today's date
    # over the headline: 'Thứ hai, 08/01/2024 | Đăng nhập'); a bare <time> only where the text gives none
    doc.published = source.published or doc.published or source.dated
    doc.source_url = source.url
    if doc.author is None and source.author and is_personal_name(source.author):
        doc.author = source.author
    return doc


def extract(doc: Document, checkpoint: Callable[[], None] | None = None) -> ArticleFacts:
    """The facts of a document, component by component; `checkpoint` (a deadline's check) runs after each."""
    facts = ArticleFacts()
    for _name, _reads, _writes, component in COMPONENTS:
        component(doc, facts)
        if checkpoint is not None:
            checkpoint()
    return facts


_WARM_UP = (
    "Huyện Tiên Yên tổng kết thi đua năm 2022\n12/01/2023\n"
    "Ngày 10/1/2023, UBND huyện Tiên Yên tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022. "
    "Đồng chí Nguyễn Văn An, Chủ tịch UBND huyện trao Giấy khen cho 20 tập thể.\nMai Anh\n"
)


def warm_up() -> None:
    """Load every rule table and the gazetteer now (a worker process does this once, before its first article)."""
    from .rdf import article_to_graph  # lazily: extracting alone does not need the RDF layer

    doc = document_of(_WARM_UP, "warm-up", Path("warm-up.txt"))
    article_to_graph(doc, extract(doc))


def process(path: Path, article_id: str | None = None) -> tuple[Document, ArticleFacts]:
    doc = read_document(path, article_id)
    return doc, extract(doc)
