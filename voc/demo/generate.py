"""Write the demo data set: ``python -m voc.demo.generate [--out DIR] [--seed N]``.

Deterministic: the same seed writes the same bytes. Writes the files under ``data/`` and the
answer key ``expected.jsonl`` next to that folder, then prints the counts as Markdown.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import random
import shutil
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from voc.demo import DEMO_DIR
from voc.demo.compose import Composer
from voc.demo.plan import plan
from voc.demo.write_calls import write_calls
from voc.demo.write_reviews import legacy_ok, write_app, write_export, write_legacy, write_marketplace
from voc.demo.write_tickets import write_mail, write_zendesk

SEED = 20261115
FOLDERS = ("reviews", "tickets", "calls")


def generate(out: Path = DEMO_DIR / "data", seed: int = SEED) -> list[dict]:
    """Write every demo file under ``out`` and return the answer key (one dict per row)."""
    rng = random.Random(seed)
    items = plan(rng)
    c = Composer(rng)
    buckets: dict[str, list] = defaultdict(list)
    for item in items:
        core = c.core(item)
        if item.channel == "review":
            title = c.title(item) if rng.random() < 0.8 else ""
            body = c.review_body(item, core)
            if item.fmt == "legacy" and not legacy_ok(body):
                item.fmt = "csv"  # the old system could not have stored this text
            buckets[item.fmt].append((item, core, title, body, c.rating(item)))
        elif item.channel == "ticket":
            buckets[item.fmt].append((item, core))
        else:
            buckets["calls"].append((item, core, c.call_turns(item, core)))
    for folder in FOLDERS:
        shutil.rmtree(out / folder, ignore_errors=True)
        (out / folder).mkdir(parents=True)
    key = []
    key += write_marketplace(buckets["csv"], c, out)
    key += write_app(buckets["jsonl"], c, out)
    key += write_export(buckets["xlsx"], c, out)
    key += write_legacy(buckets["legacy"], c, out)
    key += write_zendesk(buckets["zendesk"], c, out)
    key += write_mail(buckets["eml"], buckets["mbox"], c, out)
    key += write_calls(buckets["calls"], c, out)
    with open(out.parent / "expected.jsonl", "w", encoding="utf-8") as fh:
        for row in key:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    return key


def summary(key: list[dict]) -> str:
    """The counts the README reports, as Markdown."""
    good = [r for r in key if not r["malformed"]]
    bad = [r for r in key if r["malformed"]]
    parts = [f"records: {len(good)}, malformed rows/files: {len(bad)} ({100 * len(bad) / len(key):.1f}% of {len(key)})"]
    for title, field in (("language", "lang"), ("channel", "channel"), ("format", "format"), ("ISO week", "iso_week")):
        counts = Counter(r[field] for r in good)
        rows = "\n".join(f"| {k} | {v} |" for k, v in sorted(counts.items()))
        parts.append(f"\n| {title} | records |\n|---|---|\n{rows}")
    weeks = sorted({r["iso_week"] for r in good})
    table = defaultdict(Counter)
    for r in good:
        series = r["topic"] if r["promise_gap"] else ("complaint, no promise" if r["is_complaint"] else "no complaint")
        table[r["trend"] or series][r["iso_week"]] += 1
    head = "| series | " + " | ".join(w[-3:] for w in weeks) + " | total |"
    lines = [f"| {k} | " + " | ".join(str(v[w]) for w in weeks) + f" | {sum(v.values())} |"
             for k, v in sorted(table.items())]
    parts.append("\n" + head + "\n|---|" + "---|" * (len(weeks) + 1) + "\n" + "\n".join(lines))
    cross = Counter((r["lang"], r["channel"]) for r in good)
    parts.append("\n| lang | review | ticket | transcript |\n|---|---|---|---|\n" + "\n".join(
        f"| {lang} | " + " | ".join(str(cross[(lang, ch)]) for ch in ("review", "ticket", "transcript")) + " |"
        for lang in ("fa", "ar", "en")))
    return "\n".join(parts)


def check(seed: int = SEED) -> list[str]:
    """Regenerate into a temporary folder; the committed files that differ (empty: all match)."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "data"
        generate(fresh, seed)
        same_key = filecmp.cmp(Path(tmp) / "expected.jsonl", DEMO_DIR / "expected.jsonl", shallow=False)
        differ = [] if same_key else ["expected.jsonl"]
        for path in sorted(p for p in fresh.rglob("*") if p.is_file()):
            rel = path.relative_to(fresh)
            committed = DEMO_DIR / "data" / rel
            if not committed.is_file() or not filecmp.cmp(path, committed, shallow=False):
                differ.append(f"data/{rel.as_posix()}")
        extra = {p.relative_to(DEMO_DIR / "data") for p in (DEMO_DIR / "data").rglob("*") if p.is_file()}
        differ += [f"data/{p.as_posix()} (not generated)" for p in sorted(extra) if not (fresh / p).is_file()]
    return differ


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEMO_DIR / "data", help="folder to write (default: voc/demo/data)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--check", action="store_true", help="only verify that the committed files match the generator")
    args = parser.parse_args(argv)
    if args.check:
        differ = check(args.seed)
        print("demo data matches its generator" if not differ else "differ from the generator:\n" + "\n".join(differ))
        return 1 if differ else 0
    print(summary(generate(args.out, args.seed)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
