"""Read article files (plain text or HTML) and folders of them into raw text."""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from . import lexicon
from .errors import ArticleError
from .syllables import is_syllable

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
MIN_ARTICLE_CHARS = 80  # shorter than a headline and one sentence: not an article

_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "footer", "figure", "figcaption", "blockquote", "td", "th",
    "title", "dd", "dt",
}  # fmt: skip
_CELL_TAGS = {"td", "th"}
_LINE_BREAK = "\ue000"  # where a <br> was, until the text is put together
# where a link's words open and close (outside a heading), until the text is put together: a page's lists of other
# news or of links, each line a link, are told by them
_LINK_OPEN, _LINK_CLOSE = "\ue001", "\ue002"
_LINKED = re.compile(f"{_LINK_OPEN}[^{_LINK_CLOSE}]*{_LINK_CLOSE}?")
_LINK_MARKS = str.maketrans("", "", _LINK_OPEN + _LINK_CLOSE)
_LINK_RUN = 2  # lines each a link, one after another, that make a list of links (one alone may be a byline's or a source's)
_BREAK_IN_SENTENCE = re.compile(rf"(?<=[^.!?:;…\s])[ \t]*{_LINE_BREAK}[ \t]*(?=(?P<next>[^\W\d_]))")
# what a table's column may count, by its header ('Tập thể', 'Cá nhân'): a row of numbers under them is a count each
_COUNT_NOUNS = frozenset(noun for noun, _ in lexicon.count_nouns())
_NUMBER_CELL = re.compile(r"\d{1,3}(?:\.\d{3})*|\d+")


def _counted_lines(rows: list[list[str]]) -> list[str]:
    """A table of counts under a header of what they count ('Bằng khen của Chủ tịch UBND tỉnh | 15 | 27' under 'Hình
    thức | Tập thể | Cá nhân') as the list items it stands for ('- Bằng khen ...: 15 tập thể, 27 cá nhân.'); [] for any
    other table, a page's layout as often as data, which is read cell by cell, in its place."""
    flat = [[" ".join(c.split()) for c in row] for row in rows if any(c.strip() for c in row)]
    if len(flat) > 2 and flat[1] and all(c.lower() in _COUNT_NOUNS for c in flat[1]) and len(flat[0]) < len(flat[2]):
        # a header in two rows ('Hình thức | Số lượng' over 'Tập thể | Cá nhân', its first cells spanning both rows): the
        # second names the columns the last cell of the first spans
        flat = [flat[0][: len(flat[2]) - len(flat[1])] + flat[1], *flat[2:]]
    if flat and flat[0] and flat[0][0].lower().strip(" :.") in _ORDINAL_HEADERS:
        flat = [row[1:] for row in flat]  # 'STT | Hình thức | Tập thể | Cá nhân': the ordinal column left out
    header = [c.lower() for c in flat[0][1:]] if flat else []
    if not header or not all(c in _COUNT_NOUNS for c in header):
        return _kinds_by_row_lines(flat)
    lines = []
    for row in flat[1:]:
        cells = row[1:]
        if row and _totals(row[0]):
            continue  # 'Tổng cộng | 45 | 97': the sum of the rows above, no grant of its own
        if len(cells) == len(header) and all(_NUMBER_CELL.fullmatch(c) or c in ("", "-") for c in cells):
            counts = [f"{c} {noun}" for c, noun in zip(cells, header, strict=True) if _NUMBER_CELL.fullmatch(c)]
            lines.append(f"- {row[0]}: {', '.join(counts)}." if counts else row[0])  # an item of the list the table is
        else:
            lines.extend(c for c in row if c)
    return lines


_TOTAL_ROWS = frozenset({"tổng cộng", "tổng", "cộng", "tổng số"})


def _totals(cell: str) -> bool:
    """Whether a row's label cell names the sum of the rows above ('Tổng cộng'), no grant of its own."""
    return cell.lower().strip(" :.") in _TOTAL_ROWS


def _kinds_by_row_lines(flat: list[list[str]]) -> list[str]:
    """A table of counts with what they count down its first column and the forms across its header ('Đối tượng |
    Bằng khen ... | Giấy khen ...' over 'Tập thể | 5 | 40', 'Cá nhân | 12 | 85') as the list items it stands for, a
    form each ('- Bằng khen ...: 5 tập thể, 12 cá nhân.'); [] for any other table."""
    rows = [row for row in flat[1:] if row and not _totals(row[0])]
    forms = flat[0][1:] if flat else []
    if not rows or not forms or any(_NUMBER_CELL.fullmatch(f) for f in forms):
        return []
    if not all(row[0].lower() in _COUNT_NOUNS and len(row) == len(forms) + 1 for row in rows):
        return []
    if not all(_NUMBER_CELL.fullmatch(c) or c in ("", "-") for row in rows for c in row[1:]):
        return []
    lines = []
    for j, form in enumerate(forms, start=1):
        counts = [f"{row[j]} {row[0].lower()}" for row in rows if _NUMBER_CELL.fullmatch(row[j])]
        if counts:
            lines.append(f"- {form}: {', '.join(counts)}.")
    return lines


# the headers of a table's column of award forms and of its column of how many were given them
_FORM_HEADERS = frozenset(
    {"hình thức", "hình thức khen thưởng", "danh hiệu", "danh hiệu thi đua", "hình thức, danh hiệu", "loại hình khen thưởng"}
)
_AMOUNT_HEADERS = frozenset({"số lượng", "kết quả", "số lượng khen thưởng", "số lượng được khen"})
_COUNT_CELL = re.compile(r"\d[\d.]*\s+\w")  # '5 tập thể, 8 cá nhân': a number and what it counts


def _form_count_lines(rows: list[list[str]]) -> list[str]:
    """A table of award forms beside how many were given each, in words ('Bằng khen của Chủ tịch UBND tỉnh | 5 tập
    thể, 8 cá nhân' under 'Hình thức | Số lượng') as the list items it stands for ('- Bằng khen ...: 5 tập thể, 8 cá
    nhân.'); [] for any other table."""
    flat = [[" ".join(c.split()) for c in row] for row in rows if any(c.strip() for c in row)]
    header = [c.lower().strip(" :") for c in flat[0]] if flat else []
    form = next((i for i, c in enumerate(header) if c in _FORM_HEADERS), None)
    amount = next((i for i, c in enumerate(header) if c in _AMOUNT_HEADERS), None)
    if form is None or amount is None:
        return []
    lines = []
    for row in flat[1:]:
        if max(form, amount) < len(row) and _totals(row[form]):
            continue  # 'Tổng cộng | 45 tập thể, 97 cá nhân': the sum of the rows above
        if max(form, amount) < len(row) and _COUNT_CELL.match(row[amount]):
            lines.append(f"- {row[form].rstrip('.;,:')}: {row[amount].rstrip('.;,')}.")
        elif max(form, amount) < len(row) and _NUMBER_CELL.fullmatch(row[amount]) and (kind := _FORM_FOR_KIND.fullmatch(row[form])):
            # 'Giấy khen của Chủ tịch UBND xã cho tập thể | 6': a bare number, what it counts said with the form
            lines.append(f"- {kind['form'].rstrip('.;,:')}: {row[amount]} {kind['noun'].lower()}.")
        else:
            lines.extend(c for c in row if c)
    return lines


# a form that says whom its number counts ('... cho tập thể', '... (cá nhân)', '... - hộ gia đình')
_FORM_FOR_KIND = re.compile(
    r"(?P<form>.+?)\s*(?:\s(?:cho|đối với)\s+|[-–(:]\s*)(?P<noun>"
    + "|".join(re.escape(n) for n in sorted(_COUNT_NOUNS, key=len, reverse=True))
    + r")\s*\)?\s*[.;]?",
    re.I,
)


# the header of a table's column of recipients by name ('Họ và tên', 'Tên tập thể'): each row below is one of a list
_NAME_HEADERS = frozenset(
    {
        "họ và tên",
        "họ tên",
        "tên tập thể",
        "tên đơn vị",
        "tập thể, cá nhân",
        "tên tập thể, cá nhân",
        "đơn vị",
        "tên cá nhân",
        "tập thể",
        "cá nhân",
    }
)
_ORDINAL_HEADERS = frozenset({"stt", "tt", "số tt", "số thứ tự"})


def _listed_lines(rows: list[list[str]]) -> list[str]:
    """A table of recipients by name ('STT | Họ và tên | Chức vụ, đơn vị') as the list items it stands for ('- Ông Lý
    Seo Chư, Chủ tịch UBND xã Pha Long.'), its ordinal column left out; [] for any other table."""
    flat = [[" ".join(c.split()) for c in row] for row in rows if any(c.strip() for c in row)]
    header = [c.lower().strip(" :") for c in flat[0]] if flat else []
    if not any(c in _NAME_HEADERS for c in header):
        return []
    form = next((i for i, c in enumerate(header) if c in _FORM_HEADERS), None)
    keep = [i for i, c in enumerate(header) if c not in _ORDINAL_HEADERS and i != form]
    lines = []
    for row in flat[1:]:
        cells = [row[i] for i in keep if i < len(row) and row[i]]
        given = row[form].rstrip(".;,") if form is not None and form < len(row) else ""
        if cells and given:  # '- Nguyễn Thị Lan, Hiệu trưởng: Chiến sĩ thi đua cơ sở.': the award after its recipient
            lines.append(f"- {', '.join(cells).rstrip('.;,')}: {given}.")
        elif cells:
            lines.append(f"- {', '.join(cells).rstrip('.;,')}.")
    return lines


# a Markdown table's rule under its header ('|---|:---:|')
_PIPE_RULE = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*")


def _cells(line: str) -> list[str] | None:
    """A plain text's table row as its cells: parted by tabs (as a page's table is copied), or by '|' (as a Markdown
    table, or a page's copied with its rules, writes one: '| 1 | Bằng khen ... | 15 | 22 |'); None for any other line."""
    if "\t" in line.strip("\t "):
        return [c.strip() for c in line.split("\t")]
    inner = line.strip()
    if inner.count("|") >= 2 or (inner.count("|") == 1 and not inner.startswith("|") and not inner.endswith("|")):
        return [c.strip() for c in inner.strip("|").split("|")]
    return None


def _tab_tables_as_lines(text: str) -> str:
    """A plain text's tables, their cells parted by tabs or by '|', read as a page's are: a table of counts, of forms
    and amounts, or of names as the list items it stands for; any other left as it is."""
    lines = text.split("\n")
    if not any("\t" in line or "|" in line for line in lines):
        return text
    out: list[str] = []
    i = 0
    while i < len(lines):
        j, rows = i, []
        while j < len(lines) and ((cells := _cells(lines[j])) is not None or (rows and _PIPE_RULE.fullmatch(lines[j]))):
            if cells is not None and not _PIPE_RULE.fullmatch(lines[j]):
                if rows and "\t" not in lines[j] and len(cells) != len(rows[0]):
                    break  # (a '|' row of another width is no row of it: 'Đăng lúc: 22/09 | Tác giả: X' under a table)
                rows.append(cells)
            j += 1
        if len(rows) >= 2:  # a run of two rows or more
            out += _counted_lines(rows) or _form_count_lines(rows) or _listed_lines(rows) or lines[i:j]
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


@dataclass
class _Table:
    """A table being read: where its text starts among the page's parts, its rows of cells, its open cell's start."""

    start: int
    rows: list[list[str]] = field(default_factory=list)
    cell_start: int | None = None


# what never holds the article's text: code, forms, menus, and side boxes ('<aside>Bài viết mới ...</aside>')
_HEADINGS = frozenset({"h1", "h2", "h3", "h4"})
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select", "nav", "aside"}
# a box a page marks by its class or id as readers' comments, related news or sharing ('<div class="comments">',
# 'binh-luan', 'tin-lien-quan', 'box-share'): no article text, however it is nested
_JUNK_BOX = re.compile(
    r"(?:^|[-_])(?:comments?|binh-?luan|binhluan|related|tin-?lien-?quan|lien-?quan|tin-?khac|share|sharing|social"
    # (other news under the text: 'other-news', 'news-other', 'tin-cung-chuyen-muc', 'xem-them')
    r"|other-?news|news-?other|more-?news|tin-?cung(?:-?chuyen-?muc)?|cung-?chuyen-?muc|xem-?them|doc-?them)(?:$|[-_])",
    re.I,
)


# the page's own chrome around the article, a box marked by its whole class or id ('<div id="menu">', '<div
# class="footer">'): not the article's own parts ('article-footer' may hold its byline)
_PAGE_CHROME = frozenset(
    {"menu", "main-menu", "mainmenu", "top-menu", "topmenu", "navbar", "nav", "navigation", "breadcrumb", "breadcrumbs",
     "footer", "site-footer", "page-footer", "main-footer", "sidebar", "side-bar"}
)  # fmt: skip


_META_DATES = {
    "article:published_time",
    "og:published_time",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.issued",
}
_META_AUTHORS = {"author", "dc.creator", "article:author"}


@dataclass
class Article:
    """What a reader got from a file: its text, its format, and what the page's metadata says."""

    text: str
    format: str
    published: dt.date | None = None  # the day the page declares it was published (<meta>, JSON-LD, itemprop)
    author: str | None = None
    url: str | None = None  # the page's own address (<link rel="canonical">, og:url), when it gives one
    dated: dt.date | None = None  # the day of the page's first <time> that declares nothing: the text's own date first


def _web_address(value: str) -> str | None:
    """An absolute http(s) address with nothing that would break an IRI, else None."""
    value = value.strip()
    return value if re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", value) else None


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page, one line per block element, and its <meta> date and author."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self.published: dt.date | None = None
        self.dated: dt.date | None = None
        self.author: str | None = None
        self.url: str | None = None
        # each table open, innermost last: where its text starts in `parts`, its rows of cells, where its open cell starts
        self._tables: list[_Table] = []
        self._junk: tuple[str, int] | None = None  # the junk box being skipped: its tag, and how deep that tag is open
        self._junk_parts: list[str] = []  # its text, kept until it closes: a box a broken page never closes is the page's
        self._linked_data: list[str] | None = None  # the text of a <script type="application/ld+json"> being read
        # the headings read, those whose words are a link (an index's teasers') and the page's own title (an <h1> of no link)
        self._heading: tuple[str, bool] | None = None  # the heading open: its tag, and whether a link is in it
        self.linked_headings = 0
        self.plain_titles = 0
        self._in_link = False  # inside a link's words (outside a heading), marked in `parts`

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script" and any(k == "type" and (v or "").strip().lower() == "application/ld+json" for k, v in attrs):
            self._linked_data = []  # (skipped as a script is, but read for its date and author)
        if tag == "meta":
            a = {k.lower(): (v or "") for k, v in attrs}
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            content = a.get("content", "").strip()
            if key in _META_DATES and self.published is None:
                self.published = _iso_date(content)
            elif key in _META_AUTHORS and content and self.author is None:
                self.author = content
            elif key == "og:url" and self.url is None:
                self.url = _web_address(content)
            return
        if tag == "link":
            a = {k.lower(): (v or "") for k, v in attrs}
            if "canonical" in a.get("rel", "").lower().split():
                self.url = _web_address(a.get("href", "")) or self.url
            return
        if tag == "time":  # '<time datetime="2024-01-16T08:45:00+07:00">'
            a = {k.lower(): (v or "") for k, v in attrs}
            if a.get("itemprop", "").strip().lower() == "datepublished":  # (schema.org's publication, declared)
                self.published = self.published or _iso_date(a.get("datetime", ""))
            else:  # (any other: a sidebar's or a widget's as often as the article's)
                self.dated = self.dated or _iso_date(a.get("datetime", ""))
        if self._junk is not None:
            if tag == self._junk[0]:
                self._junk = (tag, self._junk[1] + 1)
            if tag in _BLOCK_TAGS:
                self._junk_parts.append("\n")
            return
        if tag in _BLOCK_TAGS and any(
            _JUNK_BOX.search(token) or token.lower() in _PAGE_CHROME
            for k, v in attrs
            if k in ("class", "id")
            for token in (v or "").split()
        ):
            self._junk, self._junk_parts = (tag, 1), ["\n"]
            return
        if tag in _SKIP_TAGS:
            self._skip += 1
            return
        if self._skip:
            return  # (a list's items in a menu or a side box mark nothing)
        if tag in _HEADINGS:
            self._heading = (tag, False)
        elif tag == "a" and self._heading is not None and any(k == "href" for k, _ in attrs):
            self._heading = (self._heading[0], True)
        elif tag == "a" and any(k == "href" for k, _ in attrs):
            # (a link left open is closed by the next, as a browser closes it)
            self.parts.append(_LINK_CLOSE + _LINK_OPEN if self._in_link else _LINK_OPEN)
            self._in_link = True
        if tag == "br":
            # (a break inside a sentence is none: see text(); the source's white space around it is no text)
            if self.parts and self.parts[-1] != "\n":
                self.parts[-1] = self.parts[-1].rstrip()
            self.parts.append(_LINE_BREAK)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("- ")  # an item of a list, marked as a plain text marks it ('<li>Tặng Giấy khen cho ...')
        if tag == "table":
            self._tables.append(_Table(len(self.parts)))
        elif tag == "tr" and self._tables:
            self._tables[-1].rows.append([])
        elif tag in _CELL_TAGS and self._tables:
            self._tables[-1].cell_start = len(self.parts)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._linked_data is not None:
            published, author = _linked_data_meta("".join(self._linked_data))
            self.published, self.author = self.published or published, self.author or author
            self._linked_data = None
        if self._junk is not None:
            if tag == self._junk[0]:
                self._junk = (tag, self._junk[1] - 1) if self._junk[1] > 1 else None
            if self._junk is None:
                self._junk_parts = []  # closed: none of it was the article's
            elif tag in _BLOCK_TAGS:
                self._junk_parts.append("\n")
            return
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
            return
        if self._skip:
            return  # (what a skipped box holds opened nothing)
        if tag == "a" and self._in_link:
            self._in_link = False
            self.parts.append(_LINK_CLOSE)
        if self._heading is not None and tag == self._heading[0]:
            self.linked_headings += self._heading[1]
            self.plain_titles += tag == "h1" and not self._heading[1]
            self._heading = None
        table = self._tables[-1] if self._tables else None
        if tag in _CELL_TAGS and table is not None and table.cell_start is not None:
            if not table.rows:
                table.rows.append([])  # a cell outside any row
            table.rows[-1].append("".join(self.parts[table.cell_start :]).translate(_LINK_MARKS))
            table.cell_start = None
        elif tag == "table" and table is not None:
            self._tables.pop()
            counted = _counted_lines(table.rows) or _form_count_lines(table.rows) or _listed_lines(table.rows)
            if counted:  # a table of counts, or of recipients by name, reads as the list items it stands for, in its place
                del self.parts[table.start :]
                self.parts.append("\n" + "\n".join(counted) + "\n")
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._linked_data is not None:
            self._linked_data.append(data)
        if self._skip:
            return
        if self._junk is None and self.parts and self.parts[-1] == _LINE_BREAK:
            data = data.lstrip()
        (self.parts if self._junk is None else self._junk_parts).append(data)

    def text(self) -> str:
        # (a box the page opened as comments or sharing and never closed held the rest of the page: it is kept)
        if self._in_link:  # (a link never closed is the page's broken markup, not a link over the rest of the page)
            at = next((i for i in range(len(self.parts) - 1, -1, -1) if self.parts[i].endswith(_LINK_OPEN)), None)
            if at is not None:  # (a table read as its list may have taken the part that opened it)
                self.parts[at] = self.parts[at][: -len(_LINK_OPEN)]
            self._in_link = False
        text = "".join(self.parts + self._junk_parts)
        # a <br> inside a sentence, the words going on after it in lower case ('... các điển hình tiên tiến<br>trong
        # phong trào ...'), is a space; any other ends its line
        joined = _BREAK_IN_SENTENCE.sub(lambda m: " " if m["next"].islower() else m.group(0), text)
        return _without_link_lists(joined.replace(_LINE_BREAK, "\n")).translate(_LINK_MARKS)


def _link_line(line: str) -> bool:
    """Whether a line is a link and nothing more but marks, numbers or a date ('- <a>Xã A đón nhận ...</a> (05/12/2022)')."""
    return _LINK_OPEN in line and not any(c.isalpha() for c in _LINKED.sub("", line))


def _without_link_lists(text: str) -> str:
    """The text without its lists of links: a side box's other news ('TIN MỚI', each headline a link) is no part of the
    article on a page that marks the box by no class; a run of such lines, blank lines apart, is one."""
    lines = text.split("\n")
    drop: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, "end"]):
        if not line.strip():
            continue
        if i < len(lines) and _link_line(line):
            run.append(i)
            continue
        if len(run) >= _LINK_RUN:
            drop.update(run)
        run = []
    return "\n".join(line for i, line in enumerate(lines) if i not in drop)


def _iso_date(value: str) -> dt.date | None:
    """The day an ISO date or timestamp opens with ('2024-01-15T08:00:00+07:00'), if it is one."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if m is None:
        return None
    with contextlib.suppress(ValueError):
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    return None


def _linked_data_meta(source: str) -> tuple[dt.date | None, str | None]:
    """The date published and the author's name a page's JSON-LD gives ('{"@type": "NewsArticle", "datePublished":
    "2024-01-15T08:00:00+07:00", "author": {"name": "Hồng Minh"}}', in a list or a '@graph' too); none where it is not
    JSON or says neither."""
    try:
        data = json.loads(source)
    except ValueError:
        return None, None
    published, author = None, None
    stack = [data]
    while stack and (published is None or author is None):
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
            continue
        if not isinstance(item, dict):
            continue
        published = published or _iso_date(str(item.get("datePublished") or ""))
        who = item.get("author")
        who = who[0] if isinstance(who, list) and who else who
        if isinstance(who, dict):  # (a person's, not the paper's: '"author": {"@type": "Organization", ...}')
            who = who.get("name") if who.get("@type") != "Organization" else None
        if isinstance(who, str) and who.strip() and author is None:
            author = who.strip()
        if "@graph" in item:
            stack.append(item["@graph"])
    return published, author


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)


def _decode(path: Path, data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, or the charset an HTML page declares."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = _CHARSET.search(data[:4096])
        if declared:
            with contextlib.suppress(LookupError, UnicodeDecodeError):
                return data.decode(declared.group(1).decode("ascii").lower())
        if (legacy := _windows_1258(data)) is not None:
            return legacy  # a plain-text article saved by an old Vietnamese Windows, no charset to say so
        raise ArticleError(
            path,
            f"not valid UTF-8, nor Vietnamese in Windows-1258 (byte {exc.start}: {data[exc.start : exc.start + 1]!r})",
            "re-save the file as UTF-8",
        ) from None


_WORD = re.compile(r"[^\W\d_]+")
_LEGACY_WORDS_MIN = 20  # accented words a text must have to be judged Vietnamese at all
_LEGACY_SYLLABLES_MIN = 0.9  # the share of them that must be Vietnamese syllables


def _windows_1258(data: bytes) -> str | None:
    """The text of bytes in Windows-1258 (Vietnamese letters, tone marks combining), where nearly all its accented words
    read as Vietnamese syllables once composed; None for anything else (UTF-8 with a bad byte reads as 'Ä‘' runs, no
    syllables)."""
    text = unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
    accented = [w for w in _WORD.findall(text) if not w.isascii()]
    if len(accented) < _LEGACY_WORDS_MIN:
        return None
    syllables = sum(is_syllable(w) for w in accented)
    return text if syllables >= _LEGACY_SYLLABLES_MIN * len(accented) else None


# a long year-end report is about 60 kB; a file far past that is a dump, not an article, and would hold up its batch
MAX_ARTICLE_BYTES = 2_000_000


def readable(name: str) -> str:
    """A file name as text: a byte that is not UTF-8 ('bai\\xff.txt') becomes U+FFFD instead of failing the store."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def read_article(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> Article:
    """Read one article file, or raise ArticleError naming the problem (a file over `max_bytes` is not read)."""
    if not path.exists():
        raise ArticleError(path, "no such file", "check the path")
    if not path.is_file():
        raise ArticleError(path, "not a regular file")
    size = path.stat().st_size
    if size > max_bytes:
        raise ArticleError(
            path,
            f"{size / 1e6:.1f} MB is far more than a news article (the limit is {max_bytes / 1e6:g} MB)",
            "split the file into its articles, or raise the limit with --max-bytes",
        )
    data = path.read_bytes()
    if not data.strip():
        raise ArticleError(path, "the file is empty")
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ArticleError(path, "binary data, not an article", "give a .txt or .html file")
    # (in composed form: a page may write its marks apart, 'ê' as 'e' and a combining circumflex)
    raw = unicodedata.normalize("NFC", _decode(path, data))
    is_html = path.suffix.lower() in HTML_SUFFIXES or raw.lstrip()[:200].lower().startswith(("<!doctype html", "<html"))
    published = author = url = dated = None
    if is_html:
        parser = _TextExtractor()
        parser.feed(raw)
        parser.close()
        text, published, author, url, dated = parser.text(), parser.published, parser.author, parser.url, parser.dated
    else:
        text = _tab_tables_as_lines(raw)
    if len(text.strip()) < MIN_ARTICLE_CHARS:
        raise ArticleError(path, f"only {len(text.strip())} characters of text: not an article")
    if _vietnamese_share(text) < 0.02:
        raise ArticleError(path, "no Vietnamese text: not an article", "tdkt reads Vietnamese news articles")
    if is_html and parser.linked_headings >= _INDEX_TEASERS and not parser.plain_titles:
        # ('<h3><a href=...>Trao Huân chương ...</a></h3>' over each teaser, no heading of the page's own article)
        raise ArticleError(
            path,
            f"a portal's index of {parser.linked_headings} articles (each headline a link), not one article",
            "save each article's own page and ingest those",
        )
    if (teasers := len(_READ_MORE.findall(text))) >= _INDEX_TEASERS:
        raise ArticleError(
            path,
            f"a portal's index of {teasers} articles ('Xem tiếp' under each), not one article",
            "save each article's own page and ingest those",
        )
    return Article(text, "html" if is_html else "txt", published, author, url, dated)


# an index page's link under each teaser ('Xem tiếp', 'Đọc tiếp »'), on a line of its own
_READ_MORE = re.compile(r"^[ \t]*(?:[Xx]em tiếp|[Đđ]ọc tiếp|[Xx]em thêm|[Xx]em chi tiết)[ \t]*(?:»|>>|\.\.\.|…)?[ \t]*$", re.M)
_INDEX_TEASERS = 3  # an article may end on one such link; an index has one under each of its teasers


_VIETNAMESE = "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"


def _vietnamese_share(text: str) -> float:
    """Share of letters that only Vietnamese spelling uses (about 15-25% in Vietnamese prose)."""
    low = text.lower()
    return sum(map(low.count, _VIETNAMESE)) / max(1, sum(map(str.isalpha, low)))


def iter_article_paths(inputs: Iterable[Path]) -> Iterator[Path]:
    """Files named, and the article files inside folders named, in a stable order.

    A missing path is yielded as it is, so that reading it reports the problem in
    its place in the batch. A file reached twice (named twice, or a folder given with
    one inside it) is yielded once: it is one article, not two files of one name.
    """
    seen: set[Path] = set()
    for item in inputs:
        found = sorted(p for p in item.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES) if item.is_dir() else [item]
        for path in found:
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                yield path
