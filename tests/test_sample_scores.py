"""The extraction keeps its scores on the sample gold (../shared/gold), through the saved queries."""

from __future__ import annotations

import importlib.util
import json

import pytest

from tdkt.cli import main

from .conftest import SHARED

TASK_TARGET = 0.95
ATTRIBUTE_TARGET = 0.95


@pytest.fixture(scope="module")
def scores(sample_store, tmp_path_factory, capsysbinary=None):
    if not (SHARED / "gold").is_dir() or not (SHARED / "eval" / "score.py").is_file():
        pytest.skip("../shared/gold and ../shared/eval are not beside this checkout")
    results = tmp_path_factory.mktemp("results")
    import contextlib
    import io

    for q in ("articles", "officials", "events", "campaigns", "award_grants"):
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            assert main(["query", q, "--store", str(sample_store), "--format", "json"]) == 0
        (results / f"{q}.json").write_text(buf.getvalue(), encoding="utf-8")
    spec = importlib.util.spec_from_file_location("tdkt_score", SHARED / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score.score(SHARED / "gold", results)


@pytest.mark.parametrize("task", ["people", "posts", "events", "campaigns", "grants"])
def test_task_f1_on_the_samples(scores, task):
    assert scores["tasks"][task]["f1"] >= TASK_TARGET, json.dumps(scores["tasks"][task])


@pytest.mark.parametrize(
    "attribute",
    [
        "grant.conferrer",
        "grant.presenter",
        "grant.status",
        "grant.period",
        "grant.date",
        "event.organiser",
        "article.published",
        "article.author",
    ],
)
def test_attribute_accuracy_on_the_samples(scores, attribute):
    assert scores["attributes"][attribute]["accuracy"] >= ATTRIBUTE_TARGET, json.dumps(scores["attributes"][attribute])
