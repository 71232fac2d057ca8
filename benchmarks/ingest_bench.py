"""Collection throughput: records per second from dropped JSON Lines files into the store.

Usage: .venv/bin/python benchmarks/ingest_bench.py [--records 100000] [--data ../shared/data]

Texts come from the real corpora in ../shared/data/corpus (repeated with fresh ids when more
records are asked for than they hold). Prints records/second for the first load, the time of
a second run over the same files (everything unchanged), and the peak memory of the process.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from datetime import datetime, timedelta
from itertools import cycle, islice
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from voc.collect import collect_source  # noqa: E402
from voc.ingest.base import SourceSpec  # noqa: E402
from voc.store import Store  # noqa: E402


def corpus_rows(data: Path):
    """Yield corpus rows from every language file, or synthetic rows when the corpus is absent."""
    files = sorted((data / "corpus").glob("*.jsonl"))
    if not files:
        print(f"note: no corpus under {data}; using synthetic texts", file=sys.stderr)
        while True:
            yield {"id": "syn", "lang": "en", "text": "The ad promised free delivery but I was charged."}
    handles = [open(f, encoding="utf-8") for f in files]
    for lines in zip(*handles):  # interleave languages
        for line in lines:
            yield json.loads(line)


def write_input(folder: Path, n: int, data: Path, files: int = 10) -> None:
    """Write n records as JSON Lines into `files` files, ids made unique per repetition."""
    rows = list(islice(corpus_rows(data), 200_000))
    start = datetime(2026, 1, 1)
    outs = [open(folder / f"part-{i:02d}.jsonl", "w", encoding="utf-8") for i in range(files)]
    for i, row in enumerate(islice(cycle(rows), n)):
        rec = {"id": f"{row['id']}-{i}", "text": row["text"], "lang": row["lang"],
               "created_at": (start + timedelta(minutes=7 * i)).isoformat(), "channel": row.get("channel")}
        outs[i % files].write(json.dumps(rec, ensure_ascii=False) + "\n")
    for f in outs:
        f.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--batch-size", type=int, default=20_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        inbox = Path(tmp) / "inbox"
        inbox.mkdir()
        write_input(inbox, args.records, args.data)
        spec = SourceSpec("bench", "table", inbox, "review", "*.jsonl",
                          mapping={"external_id": "id", "text": "text", "lang": "lang", "created_at": "created_at"})
        with Store(Path(tmp) / "bench.duckdb") as store:
            t0 = time.perf_counter()
            first = collect_source(store, spec, batch_size=args.batch_size)
            t1 = time.perf_counter()
            second = collect_source(store, spec, since=datetime(2000, 1, 1), batch_size=args.batch_size)
            t2 = time.perf_counter()
            stored = store.scalar("SELECT count(*) FROM records")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"records            {args.records:>10,}")
    print(f"stored             {stored:>10,}  (rejected {first.rejected})")
    print(f"first load         {t1 - t0:>10.1f} s  {first.inserted / (t1 - t0):>10,.0f} records/s")
    print(f"re-read unchanged  {t2 - t1:>10.1f} s  {second.unchanged / (t2 - t1):>10,.0f} records/s "
          f"(inserted {second.inserted})")
    print(f"peak memory        {peak_mb:>10,.0f} MB")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpus")


if __name__ == "__main__":
    main()
