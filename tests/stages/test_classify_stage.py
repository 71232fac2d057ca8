"""The classify stage reads the normalize stage's output instead of running the language layer again."""

from __future__ import annotations

import pytest

from voc.classify import load_model
from voc.classify.data import PROJECT_DATA, read_labelled
from voc.stages.classify import classify_pending
from voc.stages.normalize import normalize_pending

FIELDS = ("lang", "is_complaint", "complaint_score", "promise_gap", "promise_gap_score", "topic", "source",
          "evidence", "evidence_start", "evidence_end")


@pytest.fixture(scope="module")
def model():
    return load_model()


def _project_texts(per_lang: int = 15) -> dict[str, tuple[str, str, str]]:
    out = {}
    for lang in ("fa", "ar", "en"):
        path = PROJECT_DATA / f"{lang}.jsonl"
        if not path.is_file():
            pytest.skip(f"project data {path} not present")
        gaps = [e for e in read_labelled(path, "project") if e.promise_gap][:per_lang]
        other = [e for e in read_labelled(path, "project") if not e.promise_gap][:per_lang]
        out.update({e.id: (e.text, lang, e.channel or "review") for e in gaps + other})
    return out


def _stored(store) -> dict[str, dict]:
    rows = store.query("SELECT r.external_id, p.* FROM predictions p JOIN records r USING (record_id)")
    return {r["external_id"]: {f: r[f] for f in FIELDS} for r in rows}


def test_stage_predictions_equal_the_raw_text_path(store, make_record, model, monkeypatch):
    texts = _project_texts()
    store.upsert_records([make_record(k, text, lang=lang, channel=ch) for k, (text, lang, ch) in texts.items()])
    normalize_pending(store)

    import voc.lang
    from voc.lang.pipeline import process

    calls = []
    monkeypatch.setattr(voc.lang, "process", lambda *a, **kw: calls.append(a[0]) or process(*a, **kw))
    counts = classify_pending(store, model)
    stored = _stored(store)

    gaps = [k for k, p in stored.items() if p["promise_gap"]]
    assert counts["classified"] == len(texts) and gaps
    # The layer ran again only to map the quotes of the records that got one back to raw offsets.
    assert len(calls) == len(gaps)
    direct = model.predict([{"id": k, "text": t, "lang": lang, "channel": ch}
                            for k, (t, lang, ch) in texts.items()])
    for p in direct:
        want = {f: p[f] for f in FIELDS}
        got = stored[p["id"]]
        assert got["promise_gap"] == want["promise_gap"] and got["topic"] == want["topic"], p["id"]
        assert (got["evidence"] or "") == want["evidence"], p["id"]
        assert got["evidence_start"] == want["evidence_start"], p["id"]
        assert got["promise_gap_score"] == pytest.approx(want["promise_gap_score"], abs=1e-4), p["id"]
        text = texts[p["id"]][0]
        if got["evidence"]:
            assert text[got["evidence_start"]:got["evidence_end"]] == got["evidence"]


def test_stage_runs_the_layer_itself_when_the_normalized_row_is_stale(store, make_record, model):
    texts = _project_texts(3)
    store.upsert_records([make_record(k, text, lang=lang, channel=ch) for k, (text, lang, ch) in texts.items()])
    normalize_pending(store)
    store.con.execute("UPDATE normalized SET text_norm = 'stale', normalizer_version = 'lang-0.0'")
    counts = classify_pending(store, model)
    stored = _stored(store)
    direct = {p["id"]: p for p in model.predict([{"id": k, "text": t, "lang": lang, "channel": ch}
                                                 for k, (t, lang, ch) in texts.items()])}
    assert counts["classified"] == len(texts) and counts["failed"] == 0
    assert {k: v["promise_gap"] for k, v in stored.items()} == {k: v["promise_gap"] for k, v in direct.items()}


def test_two_worker_processes_store_what_one_process_stores(tmp_path, make_record, model):
    from voc.store import Store

    texts = _project_texts(8)
    records = [make_record(k, text, lang=lang, channel=ch) for k, (text, lang, ch) in texts.items()]
    results = []
    for workers in (1, 2):
        with Store(tmp_path / f"w{workers}.duckdb") as store:
            store.upsert_records(records)
            norm = normalize_pending(store, batch_size=7, workers=workers)
            pred = classify_pending(store, model, batch_size=7, workers=workers)
            results.append((norm, pred, store.query(
                "SELECT r.external_id, n.lang, n.text_norm, n.text_redacted, p.promise_gap, p.topic, p.evidence, "
                "p.evidence_redacted, round(p.promise_gap_score, 4) AS score FROM records r "
                "JOIN normalized n USING (record_id) JOIN predictions p USING (record_id) ORDER BY 1")))
    (norm1, pred1, rows1), (norm2, pred2, rows2) = results
    assert norm1 == norm2 and norm1["normalized"] == len(texts)
    assert pred1 == pred2 and pred1["classified"] == len(texts) and pred1["promise_gaps"] > 0
    assert rows1 == rows2
