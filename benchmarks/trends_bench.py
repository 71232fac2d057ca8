"""Time voc.trends.compute and voc.publish.publish on a synthetic store; print seconds and peak memory.

Usage: python benchmarks/trends_bench.py [RECORDS] (default 100000). Records spread over eight
ISO weeks in fa/ar/en; about a fifth are promise gaps whose quotes vary products and numbers.
"""

from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd

from voc.store import Store

TEMPLATES = {
    "en": ["The rep promised free installation for the {p}, but I was charged ${n}.",
           "The listing said 2-day delivery for the {p}. It took {n} days.",
           "I was told the {p} works with iPhone. It does not pair.",
           "The ad said {n} hours of battery for the {p}; I get four."],
    "fa": ["فروشنده گفت نصب {p} رایگان است ولی {n} هزار تومان گرفتند.",
           "تو سایت نوشته بود ارسال دو روزه، {p} بعد از {n} روز رسید.",
           "گفتن {p} با آیفون کار می‌کنه ولی وصل نمی‌شه."],
    "ar": ["وعدوني بتركيب مجاني لـ {p} ودفعت {n} درهم.",
           "الإعلان قال التوصيل خلال يومين، ووصل {p} بعد {n} أيام.",
           "قال البائع إن {p} يعمل مع الآيفون ولا يعمل."],
}
TOPICS = ["pricing", "delivery", "compatibility", "product"]
PRODUCTS = ["Router X2", "Fiber 100", "Watch S3", "Buds Pro", "TV Box 4K", "Book Air"]


def build(path: Path, n: int, seed: int = 0) -> None:
    rng = random.Random(seed)
    start = datetime(2026, 9, 21, 8)
    recs, norms, preds = [], [], []
    for i in range(n):
        lang = rng.choice(["fa", "fa", "ar", "en"])
        gap = rng.random() < 0.2
        k = rng.randrange(len(TEMPLATES[lang]))
        quote = TEMPLATES[lang][k].format(p=rng.choice(PRODUCTS), n=rng.randint(2, 500)) if gap else None
        text = quote or "thanks, all good"
        rid = f"r{i:08d}"
        recs.append((rid, "bench", str(i), rng.choice(["review", "ticket", "transcript"]), lang, text,
                     start + timedelta(minutes=rng.randrange(8 * 7 * 24 * 60)), rng.choice(PRODUCTS)))
        norms.append((rid, lang, lang, text, text))
        preds.append((rid, "bench-1", lang, gap or rng.random() < 0.3, gap, TOPICS[k] if gap else "none",
                      rng.choice(["sales_rep", "listing", "advertising"]) if gap else "none", quote,
                      0 if gap else None, len(quote) if gap else None, quote))
    with Store(path) as s:
        s.con.register("r", pd.DataFrame(recs, columns=["id", "src", "ext", "ch", "lang", "text", "ts", "prod"]))
        s.con.execute("""INSERT INTO records (record_id, source, external_id, channel, lang, text, created_at, product,
                         content_hash, version, needs_processing, first_seen_at, updated_at)
                         SELECT id, src, ext, ch, lang, text, ts, prod, 'h', 1, false, now(), now() FROM r""")
        s.con.register("n", pd.DataFrame(norms, columns=["id", "lang", "pl", "tn", "tr"]))
        s.con.execute("""INSERT INTO normalized (record_id, record_version, lang, primary_lang, text_norm,
                         text_redacted, normalizer_version, processed_at)
                         SELECT id, 1, lang, pl, tn, tr, 'b', now() FROM n""")
        cols = ["id", "mv", "lang", "c", "g", "t", "s", "e", "es", "ee", "er"]
        s.con.register("p", pd.DataFrame(preds, columns=cols))
        s.con.execute("""INSERT INTO predictions SELECT id, 1, mv, lang, c, 0.9, g, 0.9, t, '{}', s, e, es, ee, er,
                         now(), 'bench' FROM p""")


def main(n: int) -> None:
    from voc.publish import publish
    from voc.trends import compute

    folder = Path(tempfile.mkdtemp())
    build(folder / "bench.duckdb", n)
    compute(folder / "bench.duckdb", weeks=2)  # warm-up: imports and normalizers
    t = time.perf_counter()
    trends = compute(folder / "bench.duckdb", weeks=8)
    t_trends = time.perf_counter() - t
    t = time.perf_counter()
    publish(trends, {}, out_dir=folder / "out", dry_run=True, quality={})
    t_publish = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"records {n:,}; promise gaps {int(trends.facts.promise_gap.sum()):,}; claims {len(trends.claims)}; "
          f"emerging {len(trends.emerging)}")
    print(f"trends.compute {t_trends:.1f} s; publish (3 audiences, dry run) {t_publish:.1f} s; "
          f"peak memory {peak:.0f} MiB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
