"""A nightly run killed part way: the next run finishes the work, nothing lost or duplicated."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from voc.store import Store

SOURCES = """
[[sources]]
name = "reviews"
kind = "table"
path = "reviews"
channel = "review"
[sources.mapping]
external_id = "id"
text = "body"
"""
RUN = "import sys; from pipelines.nightly import nightly; nightly(sys.argv[1], trigger='doomed')"


def test_nightly_killed_mid_collection_resumes_without_loss_or_duplicates(prefect_harness, tmp_path, write_config):
    from prefect.settings import get_current_settings

    from pipelines.nightly import nightly

    cfg = write_config(tmp_path, SOURCES)
    (tmp_path / "inbox" / "reviews").mkdir()
    for f in range(3):
        rows = "".join(f"{f}-{i},سفارش {i} قرار بود دو روزه برسد ولی نرسید\n" for i in range(100))
        (tmp_path / "inbox" / "reviews" / f"part-{f}.csv").write_text("id,body\n" + rows, encoding="utf-8")
    env = {**os.environ, "PREFECT_API_URL": str(get_current_settings().api.url), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-c", RUN, str(cfg)], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, env=env)
    seen = []
    for line in proc.stdout:  # kill as soon as the first batches are stored
        seen.append(line)
        if "records written" in line:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=120)
    assert proc.returncode == -signal.SIGKILL, "".join(seen)
    with Store(tmp_path / "voc.duckdb", read_only=True) as store:
        stored_before = store.scalar("SELECT count(*) FROM records")
    assert 0 < stored_before < 300  # killed part way, after some batches were stored

    summary = nightly(str(cfg), trigger="test")
    with Store(tmp_path / "voc.duckdb", read_only=True) as store:
        total, distinct = store.query("SELECT count(*) AS n, count(DISTINCT external_id) AS d FROM records")[0].values()
        normalized = store.scalar("SELECT count(*) FROM normalized")
        statuses = sorted(r["status"] for r in store.query("SELECT status FROM runs"))
    assert (total, distinct, normalized) == (300, 300, 300)
    assert summary["totals"]["inserted"] == 300 - stored_before
    assert statuses == ["interrupted", "succeeded"]
