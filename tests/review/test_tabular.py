"""The spreadsheet forms: CSV with BOM and JSON Lines keep right-to-left text intact and round-trip answers."""

from __future__ import annotations

import csv
import json

import pytest

from voc.review.export import export_queue
from voc.review.importer import import_labels
from voc.review.queue import fill_queue

FA = "گفتند گارانتی ۱۸ ماهه است ولی قبول نمی‌کنند 😤"  # Persian digits, ZWNJ, emoji at the end
AR = "-- قالوا التركيب مجاني ثم طلبوا ١٠٠ ريال"  # starts with '-': a spreadsheet would take it for a formula


@pytest.fixture
def queued(build):
    build.record("fa1", FA).predict("fa1", gap=0.7, topic="terms", evidence=(0, FA.index(" ولی")))
    build.record("ar1", AR, lang="ar", channel="ticket").predict("ar1", gap=0.45)
    build.record("raw1", "بدون نرمال", normalized=False).predict("raw1", gap=0.5)
    fill_queue(build.store, day=build.day, budget=5, random_share=0.0)
    return build.store


def test_tabular_csv_has_bom_and_keeps_the_text(queued, tmp_path):
    path = tmp_path / "q.csv"
    res = export_queue(queued, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = {r["record_id"]: r for r in csv.DictReader(fh)}
    assert rows["fa1"]["text"] == FA and rows["fa1"]["model_topic"] == "terms"
    assert rows["fa1"]["model_evidence"] == "گفتند گارانتی ۱۸ ماهه است"
    assert rows["ar1"]["text"] == "'" + AR  # formula guard; the importer reads the text from the queue
    assert rows["fa1"]["is_complaint"] == "" and rows["fa1"]["topic"] == ""  # answers left to people
    assert res["raw_text"] == 1 and "raw1" in res["warnings"][0] and "NOT replaced" in res["warnings"][0]


def test_tabular_csv_answers_round_trip_and_empty_rows_are_unanswered(queued, tmp_path):
    path = tmp_path / "q.csv"
    export_queue(queued, path)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:
        if r["record_id"] == "fa1":
            r.update(is_complaint="TRUE", promise_gap="true", topic="terms", source="contract",
                     evidence="گارانتی ۱۸ ماهه")
        if r["record_id"] == "ar1":
            r.update(is_complaint="1", promise_gap="1", topic="pricing", source="sales_rep",
                     evidence="قالوا التركيب مجاني")
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    res = import_labels(queued, path, labeller="reza")
    assert (res["written"], res["unanswered"], res["invalid"]) == (2, 1, 0)
    labels = {r["record_id"]: r for r in queued.query("SELECT * FROM human_labels")}
    fa = labels["fa1"]
    assert FA[fa["evidence_start"]:fa["evidence_end"]] == "گارانتی ۱۸ ماهه" and fa["labeller"] == "reza"
    assert labels["ar1"]["source"] == "sales_rep" and AR[labels["ar1"]["evidence_start"]:].startswith("قالوا")


def test_tabular_jsonl_round_trip_with_evidence_start(queued, tmp_path):
    text = "خوب بود. گفتند ارسال رایگان. گفتند ارسال رایگان ولی پول گرفتند"  # the quote occurs twice
    queued.con.execute("UPDATE review_queue SET text = ? WHERE record_id = 'fa1'", [text])
    path = tmp_path / "q.jsonl"
    export_queue(queued, path)
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    assert {x["record_id"] for x in lines} == {"fa1", "ar1", "raw1"} and lines[0]["is_complaint"] is None
    second = text.rindex("گفتند ارسال رایگان")
    answers = [{"record_id": "fa1", "is_complaint": True, "promise_gap": True, "topic": "pricing",
                "source": "sales_rep", "evidence": "گفتند ارسال رایگان", "evidence_start": second,
                "labeller": "mina", "labelled_at": "2026-10-02T08:00:00+03:30"}]
    path.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in answers) + "\n", encoding="utf-8")
    import_labels(queued, path)
    lab = queued.query("SELECT * FROM human_labels")[0]
    assert lab["evidence_start"] == second and str(lab["labelled_at"]) == "2026-10-02 04:30:00"  # stored as UTC
