"""The exploration notebook runs top to bottom against a small store built here."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "explore.ipynb"


@pytest.fixture
def small_store(tmp_path):
    from publish.conftest import report_rows
    from trends.factory import write_store

    return write_store(tmp_path / "voc.duckdb", report_rows())


def test_explore_notebook_runs_on_a_store(small_store, monkeypatch):
    monkeypatch.setenv("VOC_DB", str(small_store))
    monkeypatch.setenv("VOC_WEEKS", "8")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=180, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 3  # topic rates, daily counts, claims
    text = "".join(o.get("text", "") + str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    assert "free installation" in text and "نصب رایگان" in text
