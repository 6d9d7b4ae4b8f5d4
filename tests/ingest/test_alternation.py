"""The fast scan of a long alternation finds exactly what the one big pattern finds."""

from __future__ import annotations

import random
import re

from tdkt.ingest.alternation import Alternation, first_letters
from tdkt.ingest.people import ROLES

from ..conftest import SAMPLES


def _spans(matches) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in matches]


def test_first_letters_are_read_from_the_pattern():
    assert first_letters("Phó Chủ tịch|PCT(?= UBND)") == {"P"}
    assert first_letters("(?:Phó Giám đốc|GĐ) phụ trách") == {"P", "G"}
    assert first_letters("[Đđ]ại biểu") == {"Đ", "đ"}
    assert first_letters(r"\w+ viên") is None  # a class it cannot list: tried at every word start


def test_the_roles_scan_finds_what_the_one_pattern_finds_in_the_samples_and_in_made_up_text():
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    words = "Phó Chủ tịch UBND tỉnh Bí thư Huyện ủy viên Trưởng ban Giám đốc Sở PCT HĐND phòng Phường phó Ủy viên Ban Thường vụ".split()
    rng = random.Random(3)
    texts += [" ".join(rng.choice(words) + rng.choice(["", ",", ".", "x", " –"]) for _ in range(400)) for _ in range(20)]
    for text in texts:
        assert _spans(ROLES.finditer(text)) == _spans(ROLES.regex.finditer(text))
        for pos in range(0, len(text), 5):
            fast, slow = ROLES.match(text, pos), ROLES.regex.match(text, pos)
            assert (fast and (fast.span(), fast.lastgroup)) == (slow and (slow.span(), slow.lastgroup))


def test_a_pattern_whose_first_letter_cannot_be_read_is_tried_everywhere():
    alt = Alternation([r"\w+ viên", "Bí thư"], re.I)
    text = "ông Tỉnh viên, bí thư Chi bộ; Hội viên"
    assert _spans(alt.finditer(text)) == _spans(alt.regex.finditer(text)) != []


def test_a_word_inside_another_word_is_no_match():
    alt = Alternation(["Bí thư", "Chủ tịch"], re.I)
    text = "XBí thư Chủ tịchX chủ tịch"
    assert _spans(alt.finditer(text)) == [(text.index("chủ tịch"), len(text), "r1")]


def test_the_award_forms_scan_finds_what_the_one_pattern_finds():
    from tdkt.ingest.awards import _surface_regex, match_key

    forms = _surface_regex()
    texts = [match_key(p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.txt"))]
    texts.append(match_key("Tặng “Cờ thi đua của Chính phủ” và Bằng khen, danh hiệu 'Chiến sỹ thi đua cơ sở', XBằng khen"))
    found = 0
    for text in texts:
        fast = _spans(forms.finditer(text))
        assert fast == _spans(forms.regex.finditer(text))
        found += len(fast)
    assert found > 20
