"""Language layer: identification accuracy and throughput of voc.lang.process on the real corpora.

Usage: .venv/bin/python benchmarks/lang_bench.py [--data ../shared/data] [--limit N]

Reads corpus/{fa,ar,en}.jsonl (their ``lang`` field is the truth) and runs the whole layer
(identify, normalize, redact, segment) on every record, without a language hint, in this
one process. Prints, per language: accuracy on records of three or more words, the same
on records whose text holds a word in the label's script (the Arabic corpus holds English
and European-language reviews labelled ``ar``; those count as errors in the first column),
accuracy on one- and two-word records, how many records came out ``mixed``, and what the
3+ word records were identified as (Persian vs Arabic is the hard pair). Then
throughput in records per CPU second of this single process (and per wall second), and
peak memory. The first records of each language warm up the models and are not timed.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections import Counter
from itertools import islice
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from voc.lang import process  # noqa: E402
from voc.lang.langid import blank_noise  # noqa: E402
from voc.lang.script import count_scripts  # noqa: E402

LANGS = ("fa", "ar", "en")
WARMUP = 50


def load(data: Path, lang: str, limit: int | None) -> list[dict]:
    """The corpus records of one language (the first ``limit`` of them)."""
    with open(data / "corpus" / f"{lang}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in islice(f, limit)]


def in_label_script(text: str, lang: str) -> bool:
    """True when the text has a word in the script its label implies."""
    counts = count_scripts(blank_noise(text))
    return bool(counts.latin if lang == "en" else counts.arabic)


def run(records: list[dict]) -> tuple[Counter, float, float]:
    """Process every record; count outcomes by length bucket; return CPU and wall seconds."""
    for r in records[:WARMUP]:
        process(r["text"])
    stats: Counter = Counter()
    cpu = wall = 0.0
    for r in records:
        t_cpu, t_wall = time.process_time(), time.perf_counter()
        result = process(r["text"])
        cpu += time.process_time() - t_cpu
        wall += time.perf_counter() - t_wall
        words = len(r["text"].split())
        bucket = "3+" if words >= 3 else str(words)
        ok = result.lang == r["lang"]
        stats[(bucket, ok)] += 1
        if bucket == "3+":
            stats[("predicted", result.lang)] += 1
            if in_label_script(r["text"], r["lang"]):
                stats[("3+script", ok)] += 1
        stats["mixed"] += result.lang == "mixed"
        stats["romanized"] += result.romanized is not None
    return stats, cpu, wall


def share(stats: Counter, bucket: str) -> str:
    n = stats[(bucket, True)] + stats[(bucket, False)]
    return f"{100 * stats[(bucket, True)] / n:.2f}% of {n}" if n else "-"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--limit", type=int, default=None, help="records per language (default: all)")
    args = ap.parse_args()
    if not (args.data / "corpus").is_dir():
        sys.exit(f"no corpus under {args.data}; pass --data DIR holding corpus/{{fa,ar,en}}.jsonl")
    rows, total, cpu, wall = [], 0, 0.0, 0.0
    for lang in LANGS:
        records = load(args.data, lang, args.limit)
        stats, c, w = run(records)
        total, cpu, wall = total + len(records), cpu + c, wall + w
        rows.append((lang, len(records), stats, len(records) / c))
    print("| lang | records | >=3 words | >=3 words, label's script | 1 word | 2 words | mixed | romanized | rec/CPU s |")
    print("|---|---|---|---|---|---|---|---|---|")
    for lang, n, stats, speed in rows:
        print(f"| {lang} | {n} | {share(stats, '3+')} | {share(stats, '3+script')} | {share(stats, '1')} "
              f"| {share(stats, '2')} | {stats['mixed']} | {stats['romanized']} | {speed:.0f} |")
    print("\n>=3 words, what each language was identified as:")
    print("| lang | fa | ar | en | other | mixed |")
    print("|---|---|---|---|---|---|")
    for lang, _, stats, _ in rows:
        cells = " | ".join(str(stats[("predicted", code)]) for code in ("fa", "ar", "en", "other", "mixed"))
        print(f"| {lang} | {cells} |")
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nwhole layer: {total} records, {total / cpu:.0f} records per CPU second "
          f"({total / wall:.0f} per wall second), one process; peak memory {peak_mib:.0f} MiB")


if __name__ == "__main__":
    main()
