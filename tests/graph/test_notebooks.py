"""The notebooks run from top to bottom on the sample graph, so they cannot rot."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parents[2] / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_executes_and_answers(path, tmp_path, sample_store, monkeypatch):
    monkeypatch.setenv("TDKT_NOTEBOOK_STORE", str(sample_store))
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    errors = [f"{o['ename']}: {o['evalue']}" for o in outputs if o.get("output_type") == "error"]
    assert not errors
    data = [o.get("data", {}) for o in outputs]
    text = "\n".join(str(o.get("text", "")) for o in outputs) + "\n".join(d.get("text/markdown", "") for d in data)
    assert "huyện Đầm Hà" in text  # the most honoured place in the samples
    assert sum("text/html" in d for d in data) >= 5  # pandas tables, not hand-made Markdown
    # the pictures: conferral flows, timeline, provinces old and new, hierarchy, posts, co-attendance
    assert sum("image/png" in d for d in data) >= 6
    said = [d["text/markdown"] for d in data if "text/markdown" in d]
    assert len(said) >= 9 and not any(s.strip() == "" for s in said)  # one sentence per result
