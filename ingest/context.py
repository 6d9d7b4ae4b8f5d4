"""The places an article is about, for bodies and agents whose place the text leaves implicit.

Set once by the place component (places.resolve_place) on the Document; every
later component reads it from there.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from . import levels
from .gazetteer import Unit

if TYPE_CHECKING:
    from .document import Document, Sentence
    from .orgs import OrgRef


@dataclass(frozen=True)
class PlaceContext:
    """The units an article is about, for bodies whose place is left implicit."""

    province: Unit | None = None
    district: Unit | None = None
    commune: str | None = None  # 'xã Quảng Long', when the article is about a commune
    district_mentioned: Unit | None = None  # in a province's article, the district it names, for 'UBND huyện'
    department: OrgRef | None = None  # the one department ('Sở Y tế tỉnh X') the article names, for a bare 'Sở'
    ministry: OrgRef | None = None  # the one ministry an article about it names, for a bare 'Bộ trưởng'
    council: OrgRef | None = None  # the one emulation council the article names, for a bare 'Hội đồng'
    # the one institution of each kind the article names ('Bệnh viện Đa khoa tỉnh X'), by the word that heads its name
    # ('Bệnh viện', 'Trường'), for a bare 'Giám đốc Bệnh viện' or 'Hiệu trưởng nhà trường'
    institutions: tuple[tuple[str, OrgRef], ...] = ()
    # the short forms the article gives its bodies ('Tổng công ty Điện lực miền Bắc (EVNNPC)'), for 'Tổng Giám đốc EVNNPC'
    acronyms: tuple[tuple[str, OrgRef], ...] = ()
    published: dt.date | None = None  # the article's date, for a short name whose body changed ('Sở Nông nghiệp')
    # the one village of each level word the article names ('ấp Phú Hòa'), by that word, for a bare 'Trưởng ấp'
    villages: tuple[tuple[str, str], ...] = ()
    # the districts a paragraph names, last named last: in an article about a huyện, 'UBND thị xã' after 'thị xã Nghĩa Lộ'
    # is that town's, not the huyện's
    nearby: tuple[Unit, ...] = ()
    # the district the article is about where its name is one several provinces share and none is named ('huyện Tam
    # Nông'): its level word and name, for a bare 'Huyện ủy' or 'UBND huyện', which it names without a unit
    district_unplaced: tuple[str, str] | None = None
    # the district a paragraph opens on before a colon ('Huyện Thanh Chương: Ngày 15/1, UBND huyện ...'), an item of a
    # digest about it: its level word there is that district's, whatever district the article names elsewhere
    paragraph_district: Unit | None = None
    # the districts a sentence names, each by where its name ends there: its level word after one is that one's
    # ('Hội đồng Thi đua - Khen thưởng huyện Lập Thạch ..., đề nghị Chủ tịch UBND huyện tặng ...' in a digest of
    # several districts' news), whatever district the article is about (see `at`)
    in_sentence: tuple[tuple[int, Unit], ...] = ()

    def institution(self, head: str) -> OrgRef | None:
        """The article's one institution whose name `head` begins, if it names one."""
        return next((org for h, org in self.institutions if h == head), None)

    def village(self, level_word: str) -> str | None:
        """The article's one village of that level word ('ấp Phú Hòa' for 'ấp'), if it names one."""
        return next((name for word, name in self.villages if word == level_word), None)

    def commune_for(self, level_word: str | None) -> str | None:
        """The article's commune, for a body whose level is the commune's or left out."""
        if self.commune is None:
            return None
        if level_word is None or self.commune.split()[0] == level_word.lower().split()[0]:
            return self.commune
        return None

    def unit_for_level(self, level_word: str | None) -> Unit | None:
        if level_word is None:
            return self.district or self.province
        lw = levels.canonical(level_word)
        if lw == "tỉnh":
            return self.province
        if self.paragraph_district is not None and self.paragraph_district.type == lw:
            return self.paragraph_district
        if lw == "thành phố":
            if self.district is not None and self.district.type == "thành phố":
                return self.district
            if self.province is not None and self.province.type == "thành phố trung ương":
                return self.province
            # ('Tại thành phố Sông Công, UBND thành phố tổ chức ...' in a district's article: the city its paragraph names)
            named = next((u for u in reversed(self.nearby) if u.type == "thành phố"), None)
            return named or self._own_district_as(lw)
        if lw in levels.DISTRICT_WORDS:
            # (of another kind than the article's district, or than the one a province's article names first: the
            # one its paragraph names)
            own = self.district or self.district_mentioned
            if own is not None and own.type != lw:
                named = next((u for u in reversed(self.nearby) if u.type == lw), None)
                if named is not None:
                    return named
            return self._own_district_as(lw)
        return None

    def _own_district_as(self, lw: str) -> Unit | None:
        """The article's district, for a level word it may have been called by: its own, one it was raised from
        ('UBND thị xã' of a unit the gazetteer knows as a city, in an older article), or the next above it (raised
        after the gazetteer's release); not two steps above ('UBND thành phố' in an article about a huyện is another
        unit's, the province's city)."""
        own = self.district or self.district_mentioned
        if own is None or levels.DISTRICT_RANK.get(lw, 0) - levels.DISTRICT_RANK.get(own.type, 0) < 2:
            return own
        return None

    def at(self, text: str, pos: int) -> PlaceContext:
        """This context at `pos` of its sentence `text`: the district the clause names last before it (no ';' or ':' between),
        where that is not the article's own, is the one its level word stands for, as a paragraph's opening district
        is. (A person's titles keep the article's: in 'Dự có đồng chí A, Bí thư Huyện ủy X, đồng chí B, Chủ tịch UBND
        huyện' the host's chair is as likely as X's; recognise_people reads them with the paragraph's context.)"""
        named = next((u for end, u in reversed(self.in_sentence) if end <= pos and not _CLAUSE_BREAK.search(text, end, pos)), None)
        if named is None or self.paragraph_district is not None or named == (self.district or self.district_mentioned):
            return self
        return replace(self, paragraph_district=named)

    def near(self, units: list[Unit]) -> PlaceContext:
        """This context, with the districts of another kind than the article's (or than the one a province's article
        names first) that a paragraph names nearby."""
        own = self.district or self.district_mentioned
        other = tuple(u for u in units if u.level == "district" and (own is None or u.type != own.type))
        return replace(self, nearby=other) if other else self


_CLAUSE_BREAK = re.compile(r"[;:]")
# a paragraph opening on a district by its level word and name, then a colon ('Huyện Thanh Chương: ', 'TX Hoàng Mai: '),
# or on a commune ('- Xã Tân Hiệp: '), an item of a digest marked or not
OPENS_ON_UNIT = re.compile(
    r"[ \t]*(?:[-–+•*][ \t]+)?(?:Huyện|Quận|Thị xã|Thành phố|TP\.?|TX\.?|(?P<commune>Xã|Phường|Thị trấn))\s+"
    r"(?P<name>[^\W\d][^:\n.;,]{1,30}):(?!\d)"
)


# a line that is a heading, no sentence: no stop at its end, nor one inside it
_HEADING_LINE = re.compile(r"[^\n]{1,150}(?<![.!?…:;,])\n")
_STOP_INSIDE = re.compile(r"[.!?…]\s")


def _item_opening(doc: Document, start: int) -> tuple[int, re.Match[str]] | None:
    """The unit the paragraph at `start` opens on before a colon ('Xã Tân Hiệp: Ngày 24/1, ...'), or the one a digest's
    heading just before it does ('Thị trấn Nước Hai: Gặp mặt các gia đình chính sách', then the item's paragraph): where
    that line starts, and the match. None before the body (the headline is the article's own)."""
    if (opening := OPENS_ON_UNIT.match(doc.text, start)) is not None:
        return (start, opening) if start >= doc.body_start else None
    before = doc.text.rfind("\n", 0, max(start - 1, 0)) + 1
    if before < doc.body_start or before >= start or (opening := OPENS_ON_UNIT.match(doc.text, before)) is None:
        return None
    if not _HEADING_LINE.fullmatch(doc.text, before, start) or _STOP_INSIDE.search(doc.text, before, start - 1):
        return None
    return before, opening


def place_near(doc: Document, sent: Sentence) -> PlaceContext:
    """The article's context for one sentence: with the districts its paragraph names up to the sentence's end, and
    the one it (or the digest's heading over it) opens on before a colon, if it does."""
    start = doc.text.rfind("\n", 0, sent.start) + 1
    if (item := _item_opening(doc, start)) is not None:
        line, opening = item
        if opening["commune"] and opening["name"].istitle():
            # ('- Xã Tân Hiệp: Ngày 24/1, UBND xã tổ chức ...': the commune's bodies, whatever commune the article is about)
            return replace(doc.place, commune=f"{opening['commune'].lower()} {opening['name'].strip()}")
        unit = next((v for v in doc.values("places", line, opening.end()) if isinstance(v, Unit)), None)
        if unit is not None and unit.level == "district":
            return replace(doc.place, paragraph_district=unit)
    named = tuple(
        (s.end - sent.start, s.value)
        for s in doc.spans("places", sent.start, sent.end)
        if isinstance(s.value, Unit) and s.value.level == "district" and s.rule == "places.typed-unit"
    )
    ctx = replace(doc.place, in_sentence=named) if named else doc.place
    if doc.place.district is None and doc.place.district_mentioned is None:
        return ctx
    units = [v for v in doc.values("places", start, sent.end) if isinstance(v, Unit)]
    return ctx.near(units) if units else ctx
