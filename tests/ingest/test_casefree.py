"""Searching a lower-cased pattern in the lower-cased text finds what IGNORECASE finds, at the same offsets."""

from __future__ import annotations

import re

import pytest
from tdkt.ingest.casefree import count_words, lowered, searchable

RX = re.compile(r"(?<!\w)(?P<type>Ủy ban|UBND|Huyện ủy)\s+(?P<name>[A-ZĐ]\w*)", re.I)
LOW = lowered(RX)


def spans(text: str, rx: re.Pattern[str], low: re.Pattern[str] | None = None) -> list[tuple[int, int, str]]:
    searched, pattern = searchable(text, rx, low) if low is not None else (text, rx)
    return [(m.start(), m.end(), text[m.start("name") : m.end("name")]) for m in pattern.finditer(searched)]


@pytest.mark.parametrize(
    "text",
    [
        "UBND Huyện Tiên Yên và ủy ban xã Đông Ngũ, HUYỆN ỦY Tiên Yên họp.",
        "Không có cơ quan nào ở đây.",
        # 'İ' lower-cases to two characters: the offsets would move, so the IGNORECASE pattern is used
        "İstanbul: UBND Tỉnh gửi thư, Ủy ban Nhân dân đáp.",
    ],
)
def test_the_lowered_pattern_finds_what_ignorecase_finds(text):
    assert spans(text, RX, LOW) == spans(text, RX)
    assert spans(text, RX, LOW) or "Không" in text


def test_a_pattern_whose_escapes_change_meaning_in_lower_case_is_refused():
    with pytest.raises(ValueError, match="upper-case escape"):
        lowered(re.compile(r"Sở\W+Nội vụ", re.I))
    with pytest.raises(ValueError, match="group name"):
        lowered(re.compile(r"(?P<Org>Sở)", re.I))
    # an escaped backslash before a capital is a literal backslash and a letter
    assert lowered(re.compile(r"a\\B", re.I)).pattern == r"a\\b"


@pytest.mark.parametrize(
    "text",
    [
        "Móng Cái phát động; MÓNG CÁI và móng cái, TP.Móng Cái, Móng Cáix, xMóng Cái, _Móng Cái, Móng Cái_, Móng Cái2",
        "Móng CáiMóng Cái Móng Cái",  # back to back: the first is no whole word, the next two are
        "Không nhắc đến nơi nào.",
        "İstanbul và Móng Cái, móng cái.",  # lower-casing moves the offsets: the pattern is used
    ],
)
def test_a_bare_place_name_is_counted_as_the_ignorecase_pattern_counts_it(text):
    for name in ("Móng Cái", "Cái", "Tiên Yên"):
        expected = len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I))
        assert count_words(name, text, text.lower()) == expected, name
    assert count_words("Móng Cái", text, text.lower()) > 0 or "Không" in text


def test_bare_place_names_in_the_samples_are_counted_as_the_pattern_counts_them():
    from tdkt.resources import resource_path

    for path in sorted(resource_path("samples").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for name in ("Bình Liêu", "Tiên Yên", "Quảng Ninh", "Hà Giang", "Đầm Hà", "Lạng Sơn"):
            assert count_words(name, text, text.lower()) == len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I))
