"""Adversarial articles: doubling one at most triples the time it takes (no step is quadratic).

Each input repeats what one step has to look back over: award names, counts in one list,
listed names, abbreviations that do not end a sentence, grants in one sentence. Times are the best of three runs,
so a busy machine does not fail the test; the sizes keep the whole file under a few seconds.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from tdkt.ingest.orgs import find_orgs
from tdkt.ingest.pipeline import document_of
from tdkt.ingest.readings import reading

from ..conftest import article

HEAD = "Huyện Tiên Yên tổng kết thi đua\n12/01/2023\n"
INPUTS = {
    "award names": lambda n: HEAD + "UBND huyện tặng " + "Bằng khen, Giấy khen, Cờ thi đua, " * n + "cho 5 tập thể.\n",
    "counts in one list": lambda n: HEAD + "UBND huyện tặng Giấy khen cho " + "5 tập thể, 7 cá nhân, " * n + "3 hộ.\n",
    "listed names": lambda n: HEAD + "Dự có các đồng chí: " + "Nguyễn Văn An, Lê Thị Hoa, " * n + "Trần Văn Bình.\n",
    "abbreviations": lambda n: HEAD + "UBND TP. Hạ Long và " * n + "huyện tổ chức hội nghị.\n",
    "a long subject before its verb": lambda n: HEAD + "Ông " + "Nguyễn Văn An, " * n + "được tặng Giấy khen.\n",
    "counts said of a person named": lambda n: (
        HEAD + "UBND huyện tặng Giấy khen cho anh Lê Văn Nam - người đã cứu " + "5 người, 7 em, " * n + "3 cụ.\n"
    ),
    "a past record of many awards": lambda n: (
        HEAD + "Trước đó, xã đã được tặng " + "Huân chương Lao động hạng Ba năm 1998, " * (n // 4) + "Cờ thi đua.\n"
    ),
    "classes of one order, each counted": lambda n: (
        HEAD + "Chủ tịch nước tặng " + "Huân chương Lao động hạng Ba, hạng Nhì cho 3 cá nhân, " * (n // 2) + "cho 5 tập thể.\n"
    ),
    # (a run of digits inside a list of counts, read whole: split among the list's repetitions, failing took time
    # exponential in its length)
    "a run of digits in a list of counts": lambda n: HEAD + "UBND huyện tặng Giấy khen cho 5 tập thể, " + "1" * (n // 100) + "x và 3 hộ.\n",
    # (each total after a semicolon looked back over the clause joined so far, and over every count at each total)
    "totals told in turn": lambda n: HEAD + "Số tập thể được tặng Bằng khen là 8" + "; số cá nhân là 15" * n + ".\n",
    # (each run of a headline in capitals is looked for in the whole text)
    "a headline in capitals over a long text": lambda n: (
        "HUYỆN TIÊN YÊN TỔNG KẾT THI ĐUA NĂM 2022 VÀ TRAO GIẤY KHEN CHO CÁC TẬP THỂ\n12/01/2023\n"
        + "Huyện tổ chức hội nghị tổng kết thi đua năm 2022. " * n
        + "\n"
    ),
    # (each change of case a crawler's glue may be is read with the word around it)
    "words glued at a change of case": lambda n: HEAD + "UBND huyện tặng Giấy khen cho " + "choBan VietinBank, " * n + "3 hộ.\n",
    "names in capitals": lambda n: HEAD + "Dự có " + "ông LÊ VĂN AN, " * n + "đồng chí Hà.\n",
    "bodies ending in a number": lambda n: HEAD + "UBND huyện tặng Giấy khen cho " + "Lữ đoàn 168 và " * n + "5 cá nhân.\n",
    "grants in one sentence": lambda n: (
        HEAD + "UBND huyện tặng " + "Bằng khen cho 5 tập thể, Giấy khen cho 7 cá nhân; " * (n // 4) + "Cờ thi đua cho 3 tập thể.\n"
    ),
}


def _best_time(text: str, run: Callable[[str], object] = article, runs: int = 5) -> float:
    """The best of `runs` runs, the garbage collector held off while timing: a pause is noise, not a cost."""
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            run(text)
            best = min(best, time.perf_counter() - start)
        finally:
            gc.enable()
    return best


@pytest.mark.parametrize("kind", sorted(INPUTS))
def test_doubling_an_adversarial_input_at_most_triples_the_time(kind):
    make = INPUTS[kind]
    small, large = _best_time(make(800)), _best_time(make(1600))
    assert large <= 3 * small + 0.1, f"{kind}: {small:.3f}s for 800 repeats, {large:.3f}s for 1600"


def _bodies(text: str) -> object:
    place = document_of(HEAD + "UBND huyện Tiên Yên tổ chức hội nghị.\n", "h", Path("h.txt")).place
    return find_orgs(text, place)


# one step's own work on inputs far longer than an article, where the whole pipeline's linear cost would hide a
# quadratic term: each body's number at its end was searched for from the text's start; each name in capitals looked
# for its line's other letters from the line's start
STEPS = {
    "bodies ending in a number": (_bodies, lambda n: "UBND huyện tặng Giấy khen cho " + "Lữ đoàn 168 và " * n + "5 cá nhân."),
    "names in capitals": (reading, lambda n: "Dự có " + "ông LÊ VĂN AN, " * (10 * n) + "đồng chí Hà."),
}


@pytest.mark.parametrize("kind", sorted(STEPS))
def test_doubling_a_long_input_to_one_step_at_most_triples_its_time(kind):
    run, make = STEPS[kind]
    small, large = _best_time(make(2000), run, 2), _best_time(make(4000), run, 2)
    assert large <= 3 * small + 0.1, f"{kind}: {small:.3f}s for 2000 repeats, {large:.3f}s for 4000"
