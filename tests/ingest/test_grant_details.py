"""The grant-detail rules (posthumous, decision, the campaign a grant rewards) and the newly-taken post rule, on
examples of our own wording with negatives (examples/grant_details.tsv), and on whole articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from tdkt.ingest.grant_details import campaign_ground, decision, posthumous
from tdkt.ingest.persons import newly_taken

ROWS = [
    line.rstrip("\n").split("\t")
    for line in (Path(__file__).parent / "examples" / "grant_details.tsv").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
]
_ROLES = ("Phó Chủ tịch", "Chủ tịch", "Giám đốc", "Bí thư")


def _answer(rule: str, sentence: str) -> str:
    if rule == "posthumous":
        return "yes" if posthumous(sentence) else "no"
    if rule == "decision":
        found = decision(sentence)
        return "-" if found is None else f"{found[0]}|{found[1].isoformat() if found[1] else '-'}"
    if rule == "ground":
        quoted = sentence.split("“")[1].split("”")[0] if "“" in sentence else ""
        return campaign_ground(sentence, [quoted] if quoted else []) or "-"
    if rule == "newly":
        return next((r for r in _ROLES if newly_taken(sentence, 0, len(sentence), r)), "-")
    raise AssertionError(rule)


@pytest.mark.parametrize(("rule", "sentence", "expected"), ROWS, ids=[f"{r[0]}:{r[1][:40]}" for r in ROWS])
def test_grant_detail_examples(rule, sentence, expected):
    assert _answer(rule, sentence) == expected


def test_every_rule_has_positives_and_negatives():
    for rule in {r[0] for r in ROWS}:
        answers = {r[2] for r in ROWS if r[0] == rule}
        assert len(answers) > 1 and ({"-", "no"} & answers), rule
