"""The nightly review queue: the records the model is least sure of, plus a random sample.

Per night the budget is split into a random part (``random_share``) and an uncertain part.
The random part is drawn first, uniformly, so labels on it estimate quality without bias:
equally per language, and within a language in proportion to each channel's candidates.
The uncertain part then takes, slice by slice (language and channel, equal shares), the
candidates whose scores lie closest to 0.5. A record version already queued or labelled is
never queued again; the same store, day and seed always give the same queue.
"""

from __future__ import annotations

import hashlib
import math
import random
from collections import defaultdict
from datetime import date

import pyarrow as pa

from voc.review.allocate import share_equally, share_in_proportion
from voc.review.schema import ensure_schema
from voc.store import Store, now

LATEST_MODEL_SQL = """SELECT model_version FROM predictions GROUP BY model_version
ORDER BY max(predicted_at) DESC, model_version DESC LIMIT 1"""

# Candidates: the current version of every record the model scored, not yet queued or labelled.
CANDIDATES_SQL = """
SELECT r.record_id, r.version AS record_version, r.channel,
       CASE WHEN coalesce(p.lang, n.lang) = 'mixed' THEN coalesce(n.primary_lang, 'mixed')
            ELSE coalesce(p.lang, n.lang, r.lang, 'other') END AS lang,
       p.complaint_score, p.promise_gap_score,
       greatest(1 - 2 * abs(p.complaint_score - 0.5), 1 - 2 * abs(p.promise_gap_score - 0.5)) AS uncertainty
FROM predictions p
JOIN records r ON r.record_id = p.record_id AND r.version = p.record_version
LEFT JOIN normalized n ON n.record_id = r.record_id AND n.record_version = r.version
WHERE p.model_version = ?
  AND NOT EXISTS (SELECT 1 FROM review_queue q WHERE q.record_id = r.record_id AND q.record_version = r.version)
  AND NOT EXISTS (SELECT 1 FROM human_labels h WHERE h.record_id = r.record_id AND h.record_version = r.version)
ORDER BY r.record_id"""

TEXT_SQL = """SELECT r.record_id, n.text_redacted, r.text FROM records r
LEFT JOIN normalized n ON n.record_id = r.record_id AND n.record_version = r.version
WHERE r.record_id IN (SELECT unnest(?::VARCHAR[]))"""


def latest_model_version(store: Store) -> str | None:
    """The model version with the most recent predictions, or None when there are none."""
    return store.scalar(LATEST_MODEL_SQL)


def fill_queue(store: Store, *, day: date, budget: int, random_share: float = 0.2, seed: int = 0,
               model_version: str | None = None) -> dict:
    """Queue up to ``budget`` records for ``day`` (less what that day already holds).

    Args:
        store: an open, writable store.
        day: the night being filled; with ``seed`` it fixes every random choice.
        budget: records per night, all slices together.
        random_share: the part of the budget drawn at random (reason ``random``).
        seed: reproducibility seed.
        model_version: whose scores to use; default the one that predicted last.

    Returns:
        Counts: ``queued``, ``random``, ``uncertain``, ``candidates``, ``by_slice`` ("fa/review": n),
        ``raw_text`` (records queued with their raw text because no normalized row exists),
        the ``model_version`` used and ``budget_left`` for the day.
    """
    ensure_schema(store)
    model_version = model_version or latest_model_version(store)
    result = {"day": day.isoformat(), "model_version": model_version, "queued": 0, "random": 0,
              "uncertain": 0, "candidates": 0, "by_slice": {}, "raw_text": 0, "budget_left": 0}
    if model_version is None:
        return result
    held = dict(store.con.execute("SELECT reason, count(*) FROM review_queue WHERE day = ? GROUP BY reason",
                                  [day]).fetchall())
    room = max(0, budget - sum(held.values()))
    random_target = min(room, max(0, math.floor(budget * random_share + 0.5) - held.get("random", 0)))
    uncertain_target = room - random_target
    rows = store.query(CANDIDATES_SQL, [model_version])
    rng = random.Random(f"{seed}:{day.isoformat()}")
    picked_random = _pick_random(rows, random_target, rng)
    taken = {r["record_id"] for r in picked_random}
    picked_uncertain = _pick_uncertain([r for r in rows if r["record_id"] not in taken], uncertain_target,
                                       rng, f"{seed}:{day.isoformat()}")
    chosen = [(r, "random") for r in picked_random] + [(r, "uncertain") for r in picked_uncertain]
    result["raw_text"] = _insert(store, chosen, day, model_version)
    for r, reason in chosen:
        key = f"{r['lang']}/{r['channel']}"
        result["by_slice"][key] = result["by_slice"].get(key, 0) + 1
        result[reason] += 1
    result.update(queued=len(chosen), candidates=len(rows),
                  budget_left=room - len(chosen))
    return result


def _pick_random(rows: list[dict], target: int, rng: random.Random) -> list[dict]:
    by_lang: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        by_lang[r["lang"]][r["channel"]].append(r)
    per_lang = share_equally(target, {lang: sum(map(len, ch.values())) for lang, ch in by_lang.items()}, rng)
    picked = []
    for lang in sorted(by_lang):
        channels = by_lang[lang]
        per_channel = share_in_proportion(per_lang[lang], {c: len(v) for c, v in channels.items()}, rng)
        for channel in sorted(channels):
            picked += rng.sample(channels[channel], per_channel[channel])
    return picked


def _pick_uncertain(rows: list[dict], target: int, rng: random.Random, salt: str) -> list[dict]:
    by_slice: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:
        by_slice[(r["lang"], r["channel"])].append(r)
    per_slice = share_equally(target, {k: len(v) for k, v in by_slice.items()}, rng)
    picked = []
    for key in sorted(by_slice):
        # Ties in uncertainty are broken by a seeded digest, not by id order.
        ranked = sorted(by_slice[key], key=lambda r: (-r["uncertainty"], _digest(salt, r["record_id"])))
        picked += ranked[: per_slice[key]]
    return picked


def _digest(salt: str, record_id: str) -> str:
    return hashlib.blake2b(f"{salt}\x1f{record_id}".encode(), digest_size=8).hexdigest()


def _insert(store: Store, chosen: list[tuple[dict, str]], day: date, model_version: str) -> int:
    """Write the chosen rows with the text people will see; return how many fell back to raw text."""
    if not chosen:
        return 0
    texts = {row[0]: row[1:] for row in store.con.execute(TEXT_SQL, [[r["record_id"] for r, _ in chosen]]).fetchall()}
    ts, rows = now(), []
    for r, reason in chosen:
        redacted, raw = texts[r["record_id"]]
        rows.append({"record_id": r["record_id"], "record_version": r["record_version"], "day": day,
                     "reason": reason, "lang": r["lang"], "channel": r["channel"], "model_version": model_version,
                     "complaint_score": r["complaint_score"], "promise_gap_score": r["promise_gap_score"],
                     "uncertainty": r["uncertainty"], "text": raw if redacted is None else redacted,
                     "text_kind": "raw" if redacted is None else "redacted", "queued_at": ts})
    store.con.register("incoming_queue", pa.Table.from_pylist(rows))
    try:
        store.con.execute("""INSERT INTO review_queue (record_id, record_version, day, reason, lang, channel,
            model_version, complaint_score, promise_gap_score, uncertainty, text, text_kind, queued_at)
            SELECT record_id, record_version, day, reason, lang, channel, model_version, complaint_score,
            promise_gap_score, uncertainty, text, text_kind, queued_at FROM incoming_queue""")
    finally:
        store.con.unregister("incoming_queue")
    return sum(1 for r in rows if r["text_kind"] == "raw")
