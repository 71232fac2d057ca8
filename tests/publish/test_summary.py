"""The Markdown run summary (a Prefect artifact): counts, channel outcomes, escaped values."""

from __future__ import annotations

from voc.publish import summary_markdown


def result(channels):
    return {"period": {"start": "2026-09-21", "end": "2026-11-15", "weeks": ["2026-W39", "2026-W46"],
                       "latest_week": "2026-W46"},
            "dry_run": False, "totals": {"records": 720, "complaints": 91, "promise_gaps": 91},
            "audiences": {"sales": {"promise_gaps": 40, "claims": 3, "rising": ["pricing"], "falling": [],
                                    "files": ["a", "b"], "channels": channels}},
            "delivered": 1, "failed": 1, "skipped": 0}


def test_summary_lists_audiences_and_failed_channels_with_reasons():
    md = summary_markdown(result([
        {"channel": "site", "status": "delivered", "attempts": 1},
        {"channel": "chat_ops", "status": "failed", "attempts": 3, "error": "HTTP 500 <b>[x](http://a)</b>"}]))
    assert "2026-W39 to 2026-W46" in md and "720 records" in md
    assert "| sales | 40 | 3 | pricing |" in md
    assert "chat\\_ops after 3 attempts" in md
    assert "<b>" not in md and "\\[x\\]" in md  # the error text is escaped
