"""The review loop's tables (queue, human labels, imports, quality) and a helper that creates them.

``MIGRATION_SQL`` is meant to become migration 4 in ``voc/migrations.py``. Until it does,
``ensure_schema`` creates the tables itself; once a store holds them it does nothing. The
statements use ``IF NOT EXISTS`` so a store that got the tables from ``ensure_schema`` still
migrates cleanly to version 4 later.
"""

from __future__ import annotations

from voc.store import Store

TABLES = ("review_queue", "human_labels", "review_imports", "review_quality")

MIGRATION_SQL: list[str] = [
    """CREATE TABLE IF NOT EXISTS review_queue (
        record_id VARCHAR NOT NULL,
        record_version INTEGER NOT NULL,    -- records.version that was queued
        day DATE NOT NULL,                  -- the night that queued it
        reason VARCHAR NOT NULL,            -- uncertain | random
        lang VARCHAR NOT NULL,
        channel VARCHAR NOT NULL,
        model_version VARCHAR,              -- the prediction shown as pre-annotation
        complaint_score DOUBLE,
        promise_gap_score DOUBLE,
        uncertainty DOUBLE,                 -- 1 = scores at 0.5, 0 = scores at 0 or 1
        text VARCHAR NOT NULL,              -- the text people see: redacted unless text_kind = 'raw'
        text_kind VARCHAR NOT NULL,         -- redacted | raw (no normalized row when queued)
        queued_at TIMESTAMP NOT NULL,
        exported_at TIMESTAMP,
        PRIMARY KEY (record_id, record_version)
    )""",
    """CREATE TABLE IF NOT EXISTS human_labels (
        label_id VARCHAR PRIMARY KEY,       -- digest of record, version, labeller, time and answer
        record_id VARCHAR NOT NULL,
        record_version INTEGER NOT NULL,
        lang VARCHAR NOT NULL,
        channel VARCHAR NOT NULL,
        text VARCHAR NOT NULL,              -- the text as labelled (review_queue.text)
        text_kind VARCHAR NOT NULL,         -- redacted | raw
        is_complaint BOOLEAN NOT NULL,
        promise_gap BOOLEAN NOT NULL,
        topic VARCHAR NOT NULL,             -- 'none' when no promise gap
        source VARCHAR NOT NULL,            -- 'none' when no promise gap
        evidence VARCHAR,                   -- text[evidence_start:evidence_end], code points
        evidence_start INTEGER,
        evidence_end INTEGER,
        labeller VARCHAR NOT NULL,
        labelled_at TIMESTAMP NOT NULL,
        model_version VARCHAR,              -- the prediction the person saw and confirmed or corrected
        queue_reason VARCHAR,               -- uncertain | random
        queue_day DATE,
        import_id VARCHAR NOT NULL,
        origin VARCHAR NOT NULL,            -- file and line (or task index) it came from
        imported_at TIMESTAMP NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS review_imports (
        import_id VARCHAR PRIMARY KEY,
        path VARCHAR NOT NULL,
        format VARCHAR NOT NULL,            -- labelstudio | csv | jsonl
        imported_at TIMESTAMP NOT NULL,
        written INTEGER NOT NULL,
        unchanged INTEGER NOT NULL,
        unanswered INTEGER NOT NULL,
        invalid INTEGER NOT NULL,
        problems JSON
    )""",
    """CREATE TABLE IF NOT EXISTS review_quality (
        day DATE NOT NULL,                  -- the night the estimate was made
        lang VARCHAR NOT NULL,
        label VARCHAR NOT NULL,             -- promise_gap | is_complaint
        model_version VARCHAR NOT NULL,     -- the model whose predictions were checked
        window_days INTEGER NOT NULL,
        n INTEGER NOT NULL,                 -- random-sample labels used
        tp INTEGER NOT NULL,
        fp INTEGER NOT NULL,
        fn INTEGER NOT NULL,
        tn INTEGER NOT NULL,
        "precision" DOUBLE,
        precision_low DOUBLE,
        precision_high DOUBLE,
        recall DOUBLE,
        recall_low DOUBLE,
        recall_high DOUBLE,
        computed_at TIMESTAMP NOT NULL,
        PRIMARY KEY (day, lang, label, model_version)
    )""",
]


def has_schema(store: Store) -> bool:
    """Whether the store holds every review table."""
    found = store.scalar(
        f"SELECT count(*) FROM information_schema.tables WHERE table_name IN ({', '.join('?' * len(TABLES))})",
        list(TABLES),
    )
    return found == len(TABLES)


def ensure_schema(store: Store) -> bool:
    """Create the review tables when missing; return whether anything was created.

    A read-only store is left as it is (readers treat missing tables as empty).
    """
    if store.read_only or has_schema(store):
        return False
    store.con.execute("BEGIN")
    try:
        for sql in MIGRATION_SQL:
            store.con.execute(sql)
        store.con.execute("COMMIT")
    except Exception:
        store.con.execute("ROLLBACK")
        raise
    return True
