"""The normalize stage over the store: languages, redacted text, only pending records."""

from __future__ import annotations

from voc.stages.normalize import normalize_pending

TEXTS = {
    # Persian with ZWNJ and a phone number in Persian digits
    "fa-1": "فروشنده گفت نصب رایگان است ولی هزینه‌اش را گرفتند. شماره‌ام ۰۹۱۲۳۴۵۶۷۸۹ است",
    # Arabic with an e-mail address
    "ar-1": "وعدوني بالتوصيل خلال يومين ووصل الطلب بعد أسبوعين، راسلوني على sara.k@example.com",
    "en-1": "The listing said it works with iPhone 15. It does not. Card 4111 1111 1111 1111 was charged.",
}


def test_normalize_stage_writes_language_and_redacted_text(store, make_record):
    store.upsert_records([make_record(k, v) for k, v in TEXTS.items()])
    counts = normalize_pending(store, batch_size=2)
    rows = {r["record_id"]: r for r in store.query(
        "SELECT r.external_id AS record_id, n.lang, n.text_norm, n.text_redacted "
        "FROM normalized n JOIN records r USING (record_id)")}
    assert counts["normalized"] == 3 and counts["failed"] == 0
    assert {k: rows[k]["lang"] for k in TEXTS} == {"fa-1": "fa", "ar-1": "ar", "en-1": "en"}
    for secret in ("۰۹۱۲۳۴۵۶۷۸۹", "09123456789", "sara.k@example.com", "4111 1111 1111 1111"):
        assert all(secret not in r["text_norm"] and secret not in r["text_redacted"] for r in rows.values())
    assert "[PHONE]" in rows["fa-1"]["text_redacted"] and "[EMAIL]" in rows["ar-1"]["text_redacted"]
    assert "فروشنده گفت نصب رایگان است" in rows["fa-1"]["text_redacted"]  # the customer's own words stay


def test_normalize_stage_skips_done_records_and_redoes_changed_ones(store, make_record):
    store.upsert_records([make_record(k, v) for k, v in TEXTS.items()])
    normalize_pending(store)
    assert normalize_pending(store)["normalized"] == 0
    store.upsert_records([make_record("en-1", "The ad promised 24/7 support. Nobody answers.")])
    again = normalize_pending(store)
    assert again["normalized"] == 1
    assert store.scalar("SELECT count(*) FROM normalized") == 3
    assert "24/7" in store.scalar(
        "SELECT text_norm FROM normalized n JOIN records r USING (record_id) WHERE external_id = 'en-1'")
