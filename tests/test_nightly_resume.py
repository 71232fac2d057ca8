"""A nightly run killed part way: the next run finishes the work, nothing lost or duplicated."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from voc.store import Store

RUN = "import sys; from pipelines.nightly import nightly; nightly(sys.argv[1], trigger='doomed')"


def test_nightly_killed_mid_collection_resumes_without_loss_or_duplicates(prefect_harness, tmp_path, write_config):
    from prefect.settings import get_current_settings

    from pipelines.nightly import nightly

    cfg = write_config(tmp_path)
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


@pytest.mark.slow
def test_nightly_killed_while_workers_normalize_leaves_no_worker_and_resumes(prefect_harness, tmp_path,
                                                                             write_config):
    import psutil
    from prefect.settings import get_current_settings

    from pipelines.nightly import nightly

    cfg = write_config(tmp_path, run="batch_size = 20\nworkers = 2\n")
    (tmp_path / "inbox" / "reviews").mkdir()
    rows = "".join(f"{i},The ad promised delivery in {i % 5 + 1} days and it took a month\n" for i in range(400))
    (tmp_path / "inbox" / "reviews" / "all.csv").write_text("id,body\n" + rows, encoding="utf-8")
    env = {**os.environ, "PREFECT_API_URL": str(get_current_settings().api.url), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-c", RUN, str(cfg)], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, env=env)
    seen, workers = [], []
    for line in proc.stdout:  # kill once the workers' first batches are stored
        seen.append(line)
        if "normalize: " in line and " records" in line:
            workers = [p for p in psutil.Process(proc.pid).children(recursive=True)
                       if "spawn_main" in " ".join(p.cmdline())]
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=120)
    assert proc.returncode == -signal.SIGKILL, "".join(seen)
    assert len(workers) == 2
    _, alive = psutil.wait_procs(workers, timeout=60)  # the workers notice their parent is gone
    assert not alive, [p.cmdline() for p in alive]
    with Store(tmp_path / "voc.duckdb", read_only=True) as store:
        normalized_before = store.scalar("SELECT count(*) FROM normalized")
    assert 0 < normalized_before < 400

    summary = nightly(str(cfg), trigger="test")
    with Store(tmp_path / "voc.duckdb", read_only=True) as store:
        counts = store.query("""SELECT (SELECT count(*) FROM records) AS records,
                                       (SELECT count(DISTINCT record_id) FROM normalized) AS normalized,
                                       (SELECT count(*) FROM normalized) AS normalized_rows,
                                       (SELECT count(*) FROM predictions) AS predictions,
                                       (SELECT count(DISTINCT record_id) FROM predictions) AS predicted""")[0]
    assert counts == {"records": 400, "normalized": 400, "normalized_rows": 400, "predictions": 400,
                      "predicted": 400}
    assert summary["stages"]["normalize"]["normalized"] == 400 - normalized_before
    assert summary["stages"]["normalize"]["workers"] == 2
