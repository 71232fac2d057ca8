"""The whole nightly flow, end to end, at several sizes: records/second per stage, wall time, memory.

Usage: .venv/bin/python benchmarks/nightly_bench.py [--sizes 10000,100000,1000000] [--data ../shared/data]
       [--workers N]

Each size runs in a fresh process: the input (JSON Lines files made from the real corpora in
../shared/data/corpus, repeated with fresh ids and spread over twelve weeks) is written to a
temporary folder, then the real Prefect flow runs twice: once over everything, and once more
with no new records. Prints one table row per size. Peak memory is the largest sum of the
resident memory of the flow process and its stage workers, sampled four times a second.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from ingest_bench import write_input  # noqa: E402

CONFIG = """[store]
path = "{db}"
[run]
data_dir = "{inbox}"
reports_dir = "{reports}"
batch_size = {batch}
workers = {workers}
[[sources]]
name = "bench"
kind = "table"
path = "."
pattern = "*.jsonl"
channel = "review"
[sources.mapping]
external_id = "id"
text = "text"
lang = "lang"
created_at = "created_at"
"""


class PeakMemory:
    """Samples the resident memory of this process and all its children (the stage workers)
    every ``interval`` seconds on a thread; ``peak_mb`` is the largest sum seen."""

    def __init__(self, interval: float = 0.25):
        import threading

        self.interval, self.peak, self.at_peak = interval, 0, {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._stop.is_set():
            parts: dict[str, int] = {}
            for p in [me, *me.children(recursive=True)]:
                try:
                    role = "flow" if p.pid == me.pid else _role(" ".join(p.cmdline()))
                    parts[role] = parts.get(role, 0) + p.memory_info().rss
                except psutil.Error:
                    pass
            if sum(parts.values()) > self.peak:
                self.peak, self.at_peak = sum(parts.values()), {k: round(v / 2**20) for k, v in parts.items()}
            self._stop.wait(self.interval)

    def __enter__(self) -> "PeakMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def peak_mb(self) -> int:
        return round(self.peak / 2**20)


def _role(cmdline: str) -> str:
    if "uvicorn" in cmdline or "prefect" in cmdline:
        return "prefect server"
    return "workers" if "spawn_main" in cmdline else "other"


def run_one(n: int, data: Path, batch: int, workers: int = 0) -> dict:
    """Write n records, run the flow twice, return the measurements."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from pipelines.nightly import nightly

    with tempfile.TemporaryDirectory() as tmp:
        inbox = Path(tmp) / "inbox"
        inbox.mkdir()
        write_input(inbox, n, data, files=max(1, n // 50_000))
        cfg = Path(tmp) / "voc.toml"
        cfg.write_text(CONFIG.format(db=Path(tmp) / "voc.duckdb", inbox=inbox, reports=Path(tmp) / "reports",
                                     batch=batch, workers=workers), encoding="utf-8")
        with PeakMemory() as memory:
            t0 = time.perf_counter()
            first = nightly(str(cfg), trigger="bench")
            t1 = time.perf_counter()
            second = nightly(str(cfg), trigger="bench")
            t2 = time.perf_counter()
    # Stages that had nothing to do in a benchmark (retrain: no human labels) are left out.
    stages = {k: v.get("seconds") for k, v in first["stages"].items() if v.get("ran", True)}
    workers = {k: v["workers"] for k, v in first["stages"].items() if "workers" in v}
    return {"records": n, "total_s": round(t1 - t0, 1), "rerun_s": round(t2 - t1, 1), "stages": stages,
            "inserted": first["totals"]["inserted"], "rerun_inserted": second["totals"]["inserted"],
            "workers": workers, "peak_mb": memory.peak_mb, "peak_parts_mb": memory.at_peak,
            "flow_process_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--batch-size", type=int, default=5000)
    ap.add_argument("--workers", type=int, default=0, help="[run] workers (0: automatic, one per core)")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.data, args.batch_size, args.workers)))
        return
    rows = []
    for n in [int(x) for x in args.sizes.split(",")]:
        proc = subprocess.run([sys.executable, __file__, "--one", str(n), "--data", str(args.data),
                               "--batch-size", str(args.batch_size), "--workers", str(args.workers)], capture_output=True, text=True)
        if proc.returncode != 0:
            sys.exit(f"size {n} failed:\n{proc.stderr[-3000:]}")
        rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        print(f"done {n:,}", file=sys.stderr)
    stage_names = list(rows[0]["stages"])
    print("| records | " + " | ".join(f"{s} rec/s" for s in stage_names)
          + " | total | re-run | peak memory, all processes | of which | workers |")
    print("|---:|" + "---:|" * (len(stage_names) + 3) + "---|---|")
    for r in rows:
        rates = [f"{r['records'] / s:,.0f}" if s else "-" for s in (r["stages"][k] for k in stage_names)]
        workers = ", ".join(f"{k} {v}" for k, v in r["workers"].items())
        parts = ", ".join(f"{k} {v:,}" for k, v in r["peak_parts_mb"].items())
        print(f"| {r['records']:,} | " + " | ".join(rates)
              + f" | {r['total_s']:,.1f} s | {r['rerun_s']:,.1f} s | {r['peak_mb']:,} MB | {parts} | {workers} |")


if __name__ == "__main__":
    main()
