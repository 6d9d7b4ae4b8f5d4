"""A prescanned pattern finds exactly what the pattern finds: the relaxed form only says where to try it."""

from __future__ import annotations

import importlib
import pkgutil
import random
import re

import pytest
import tdkt.ingest
from tdkt.ingest.pipeline import read_document
from tdkt.ingest.prescan import Prescanned, relaxed

from ..conftest import SAMPLES


def _found(matches) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in matches]


def same(rx: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> bool:
    fast = Prescanned(rx)
    assert fast.relaxed is not None, rx.pattern
    end = len(text) if endpos is None else endpos
    one, other = fast.search(text, pos, end), rx.search(text, pos, end)
    return _found(fast.finditer(text, pos, end)) == _found(rx.finditer(text, pos, end)) and (one and one.span()) == (other and other.span())


# a case-insensitive alternation with what it asks of the case around it: a capital after, no 'Chương' before
CALLED = re.compile(r"(?<!\w)(?<![Cc]hương )(?i:học sinh giỏi|học sinh|chiến sĩ|sĩ)\s+(?=[A-ZĐ])")


@pytest.mark.parametrize(
    "text",
    [
        # the longest calling fails its capital, a shorter one at the same place has it ('học sinh Giỏi')
        "Em là học sinh Giỏi Văn, HỌC SINH GIỎI Nguyễn An và chiến sĩ chiến sĩ Lê Bình.",
        "Trao Huân chương Chiến sĩ Vẻ vang; chương sĩ Hà; Học sinh lớp 9; chiến sĩ trẻ.",
        "İstanbul: học sinh Trần Mai, chiến sĩ Đỗ Hùng.",  # offsets would move: the pattern's own search
        "Không có ai.",
    ],
)
def test_a_prescanned_alternation_finds_what_the_pattern_finds(text):
    assert same(CALLED, text)
    assert CALLED.search(text) or "Không" in text


def test_a_negated_set_lets_through_the_letters_lower_casing_would_refuse():
    # '[^A]' lets 'a' through; lower-cased, the text's 'A' is an 'a' too: the relaxed set refuses no letter
    rx = re.compile(r"x[^A,]y")
    assert same(rx, "xay xAy x,y XAY") and [m.group() for m in rx.finditer("xay xAy x,y")] == ["xay"]
    assert same(re.compile(r"(?i:b)[^Đđ\s]+n"), "Bình đoàn bĐn B n")


def test_positions_lookbehinds_before_them_and_empty_matches_are_the_pattern_s():
    text = "Chủ tịch UBND tỉnh tặng Bằng khen của Bộ trưởng cho 5 tập thể; tặng Cờ thi đua cho xã A."
    owner = re.compile(r"(?:\s+của\s+[^,;]{3,60}?)?(?=\s+cho\s)")  # may match the empty string
    word = re.compile(r"(?<!\w)(?i:tặng)(?!\w)")
    for pos in range(0, len(text) + 3, 4):
        assert same(owner, text, pos) and same(word, text, pos) and same(word, text, pos, pos + 20)
    assert same(word, text, 25) and Prescanned(word).search(text, 20).start() == text.index("tặng Cờ")
    # after an empty match, a longer one at the same place ('a*?' over 'aA': '', 'a', '', 'A', '')
    lazy = re.compile(r"(?<!x)(?i:a)*?")
    assert same(lazy, "aAb") and [m.group() for m in Prescanned(lazy).finditer("aA")] == ["", "a", "", "A", ""]


def test_a_pattern_the_relaxing_cannot_read_is_searched_as_it_is():
    doubled = re.compile(r"(?P<w>\w+) (?P=w)")  # a backreference: its group may sit in a dropped lookaround
    assert relaxed(doubled) is None
    assert _found(Prescanned(doubled).finditer("khen khen thưởng")) == _found(doubled.finditer("khen khen thưởng"))


def _prescanned_rules() -> list[tuple[str, Prescanned]]:
    found = []
    for module in pkgutil.iter_modules(tdkt.ingest.__path__):
        for name, value in vars(importlib.import_module(f"tdkt.ingest.{module.name}")).items():
            if isinstance(value, Prescanned):
                found.append((f"{module.name}.{name}", value))
    return found


def test_every_prescanned_rule_finds_what_its_pattern_finds_in_the_samples_and_in_made_up_text():
    rules = _prescanned_rules()
    assert {"grants._PROPOSED", "people._CALLED", "conferrers._RECEIVED"} <= {name for name, _ in rules}
    docs = [read_document(p) for p in sorted(SAMPLES.glob("*.txt"))]
    texts = [d.text for d in docs] + [s.text for d in docs for s in d.sentences]
    words = "Đề nghị trình TRÌNH chương trình được tặng Bằng khen thí sinh Nguyễn An chiến sĩ Quyết định số 12/QĐ-UBND".split()
    rng = random.Random(5)
    texts += [" ".join(rng.choice(words) + rng.choice(["", ",", ".", ":"]) for _ in range(300)) for _ in range(10)]
    for name, rule in rules:
        assert rule.relaxed is not None, name
        for text in texts:
            assert same(rule.rx, text), (name, text[:80])
