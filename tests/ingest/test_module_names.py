"""Each module of the extractor binds a name once: a pattern defined again further down silently replaces the first
for every function that reads it (two regexes called `_DECISION_LEAD` once made one rule read the other's)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

INGEST = Path(__file__).resolve().parents[2] / "ingest"


def _bound_twice(source: str) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        names.update(t.id for t in targets if isinstance(t, ast.Name))
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(n for n, c in names.items() if c > 1)


@pytest.mark.parametrize("module", sorted(INGEST.glob("*.py")), ids=lambda p: p.name)
def test_each_module_level_name_is_bound_once(module: Path):
    assert _bound_twice(module.read_text(encoding="utf-8")) == []


def test_a_name_bound_twice_is_found():
    assert _bound_twice('import re\n_A = re.compile("x")\ndef f(): return _A\n_A = re.compile("y")\n') == ["_A"]
