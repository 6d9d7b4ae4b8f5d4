"""Read article files (plain text or HTML) and folders of them into raw text."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path

from .errors import ArticleError

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
MIN_ARTICLE_CHARS = 80  # shorter than a headline and one sentence: not an article

_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "footer", "figure", "figcaption", "blockquote", "td", "th",
    "title", "dd", "dt",
}  # fmt: skip
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select", "nav"}


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page, one line per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)

    def text(self) -> str:
        return "".join(self.parts)


def html_to_text(html: str) -> str:
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return parser.text()


def read_text(path: Path) -> tuple[str, str]:
    """Return (text, format) of one article file, or raise ArticleError naming the problem."""
    if not path.exists():
        raise ArticleError(path, "no such file", "check the path")
    if not path.is_file():
        raise ArticleError(path, "not a regular file")
    data = path.read_bytes()
    if not data.strip():
        raise ArticleError(path, "the file is empty")
    if b"\x00" in data[:4096]:
        raise ArticleError(path, "binary data, not an article", "give a .txt or .html file")
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            path,
            f"not valid UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r})",
            "re-save the file as UTF-8",
        ) from None
    is_html = path.suffix.lower() in HTML_SUFFIXES or raw.lstrip()[:200].lower().startswith(("<!doctype html", "<html"))
    text = html_to_text(raw) if is_html else raw
    if len(text.strip()) < MIN_ARTICLE_CHARS:
        raise ArticleError(path, f"only {len(text.strip())} characters of text: not an article")
    if _vietnamese_share(text) < 0.02:
        raise ArticleError(path, "no Vietnamese text: not an article", "tdkt reads Vietnamese news articles")
    return text, "html" if is_html else "txt"


_VIETNAMESE = set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")


def _vietnamese_share(text: str) -> float:
    """Share of letters that only Vietnamese spelling uses (about 15-25% in Vietnamese prose)."""
    letters = [ch for ch in text.lower() if ch.isalpha()]
    return sum(ch in _VIETNAMESE for ch in letters) / max(1, len(letters))


def iter_article_paths(inputs: Iterable[Path]) -> Iterator[Path]:
    """Files named, and the article files inside folders named, in a stable order.

    A missing path is yielded as it is, so that reading it reports the problem in
    its place in the batch.
    """
    for item in inputs:
        if item.is_dir():
            yield from sorted(p for p in item.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            yield item
