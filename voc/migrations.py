"""The store's schema as forward migrations: version N holds the statements that reach N."""

from __future__ import annotations

# Append new versions at the end; never edit one that has shipped.
MIGRATIONS: list[tuple[int, list[str]]] = [
    (
        1,
        [
            """CREATE TABLE records (
                record_id VARCHAR PRIMARY KEY,      -- digest of (source, external_id)
                source VARCHAR NOT NULL,
                external_id VARCHAR NOT NULL,
                channel VARCHAR NOT NULL,           -- review | ticket | transcript
                lang VARCHAR,                       -- as given by the source, if any
                text VARCHAR NOT NULL,              -- exactly as received
                title VARCHAR,
                created_at TIMESTAMP,
                customer_id VARCHAR,
                account_id VARCHAR,
                product VARCHAR,
                agent_id VARCHAR,
                rating DOUBLE,
                customer_name VARCHAR,
                segments JSON,
                location VARCHAR,                   -- file and line it came from
                content_hash VARCHAR NOT NULL,
                version INTEGER NOT NULL,           -- 1, +1 each time upstream content changes
                needs_processing BOOLEAN NOT NULL,  -- new or changed since the stages last ran
                first_seen_at TIMESTAMP NOT NULL,
                updated_at TIMESTAMP NOT NULL,
                run_id VARCHAR                      -- the run that last wrote it
            )""",
            """CREATE TABLE turns (
                record_id VARCHAR NOT NULL,
                turn_index INTEGER NOT NULL,
                role VARCHAR NOT NULL,              -- agent | customer | unknown
                speaker VARCHAR,
                start_s DOUBLE,
                end_s DOUBLE,
                text VARCHAR NOT NULL,
                char_start INTEGER NOT NULL,        -- offsets of this turn's text in records.text
                char_end INTEGER NOT NULL
            )""",
            """CREATE TABLE runs (
                run_id VARCHAR PRIMARY KEY,
                started_at TIMESTAMP NOT NULL,
                ended_at TIMESTAMP,
                status VARCHAR NOT NULL,            -- running | succeeded | failed
                trigger VARCHAR,
                collected INTEGER DEFAULT 0,
                inserted INTEGER DEFAULT 0,
                updated INTEGER DEFAULT 0,
                unchanged INTEGER DEFAULT 0,
                rejected INTEGER DEFAULT 0,
                stats JSON,
                message VARCHAR
            )""",
            """CREATE TABLE watermarks (
                source VARCHAR PRIMARY KEY,
                cursor TIMESTAMP NOT NULL,
                updated_at TIMESTAMP NOT NULL,
                run_id VARCHAR
            )""",
            """CREATE TABLE rejects (
                reject_id VARCHAR PRIMARY KEY,      -- digest of source, location, reason, payload
                run_id VARCHAR,
                source VARCHAR NOT NULL,
                location VARCHAR NOT NULL,
                reason VARCHAR NOT NULL,
                payload VARCHAR,
                first_seen_at TIMESTAMP NOT NULL,
                last_seen_at TIMESTAMP NOT NULL,
                times_seen INTEGER NOT NULL
            )""",
        ],
    ),
    (
        2,
        [
            """CREATE TABLE normalized (
                record_id VARCHAR PRIMARY KEY,
                record_version INTEGER NOT NULL,    -- records.version this row was made from
                lang VARCHAR NOT NULL,              -- fa | ar | en | other | mixed
                lang_confidence DOUBLE,
                primary_lang VARCHAR,               -- the language holding most words
                langs VARCHAR[],                    -- per sentence
                romanized VARCHAR,                  -- finglish | arabizi
                text_norm VARCHAR NOT NULL,         -- normalized, personal data replaced
                text_redacted VARCHAR NOT NULL,     -- the raw wording, personal data replaced
                sentences JSON,                     -- [[start, end], ...] into text_norm
                pii JSON,                           -- {"PHONE": 1, ...}
                normalizer_version VARCHAR NOT NULL,
                processed_at TIMESTAMP NOT NULL
            )""",
        ],
    ),
    (
        3,
        [
            """CREATE TABLE predictions (
                record_id VARCHAR NOT NULL,
                record_version INTEGER NOT NULL,    -- records.version that was classified
                model_version VARCHAR NOT NULL,
                lang VARCHAR,
                is_complaint BOOLEAN NOT NULL,
                complaint_score DOUBLE NOT NULL,
                promise_gap BOOLEAN NOT NULL,
                promise_gap_score DOUBLE NOT NULL,
                topic VARCHAR NOT NULL,             -- 'none' when no promise gap
                topic_scores JSON,
                source VARCHAR NOT NULL,            -- 'none' when no promise gap
                evidence VARCHAR,                   -- raw quote, records.text[evidence_start:evidence_end]
                evidence_start INTEGER,
                evidence_end INTEGER,
                evidence_redacted VARCHAR,          -- the quote with personal data replaced: reports use this
                predicted_at TIMESTAMP NOT NULL,
                run_id VARCHAR,
                PRIMARY KEY (record_id, model_version)
            )""",
        ],
    ),
    (
        4,
        [
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
        ],
    ),
    (
        5,
        [
            """CREATE TABLE IF NOT EXISTS model_promotions (
        promotion_id VARCHAR PRIMARY KEY,   -- digest of the decision time and both versions
        decided_at TIMESTAMP NOT NULL,
        candidate_version VARCHAR NOT NULL, -- the model retrained with the human labels
        current_version VARCHAR,            -- the model it was compared with; NULL when there was none
        promote BOOLEAN NOT NULL,           -- whether the candidate replaced the current model
        reasons JSON NOT NULL,              -- why, one line each (Decision.reasons)
        comparison JSON NOT NULL,           -- one row per language and metric (Decision.table)
        metrics JSON NOT NULL,              -- both models' scores on the held-out labels, per language
        labels JSON NOT NULL,               -- human labels used for training and held out, per language
        model_path VARCHAR NOT NULL,        -- the current model's folder
        candidate_path VARCHAR NOT NULL     -- where the candidate was written
    )""",
        ],
    ),
]

LATEST = MIGRATIONS[-1][0]
