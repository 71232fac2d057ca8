"""Malformed label files give errors naming the line (or task), the field and the fix, and never
change the stored labels; with skip_invalid the valid answers go in and the rest are reported."""

from __future__ import annotations

import csv
import json

import pytest

from voc.errors import InputError
from voc.review.export import export_queue
from voc.review.importer import import_labels
from voc.review.messages import LabelFileError
from voc.review.queue import fill_queue

FA = "فروشنده گفت ارسال رایگان است ولی هزینهٔ ارسال گرفتند"  # heh with hamza (ۀ-like) in هزینهٔ
AR = "الإعلان قال إن السعر شامل التوصيل لكنهم طلبوا رسوما إضافية"
HEADER = ["record_id", "is_complaint", "promise_gap", "topic", "source", "evidence", "labeller"]


@pytest.fixture
def queued(build):
    """Two records queued and already labelled once (the labels a failed import must not touch)."""
    build.record("fa1", FA).predict("fa1", gap=0.5)
    build.record("ar1", AR, lang="ar").predict("ar1", gap=0.5)
    fill_queue(build.store, day=build.day, budget=5, random_share=0.0)
    return build.store


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        w.writerows(rows)
    return path


GOOD_FA = ["fa1", "true", "true", "pricing", "sales_rep", "فروشنده گفت ارسال رایگان است", "sara"]
GOOD_AR = ["ar1", "true", "false", "none", "none", "", "omar"]


def test_import_good_csv_writes_labels(queued, tmp_path):
    res = import_labels(queued, write_csv(tmp_path / "a.csv", [GOOD_FA, GOOD_AR]))
    assert res["written"] == 2 and res["invalid"] == 0
    row = queued.query("SELECT * FROM human_labels WHERE record_id = 'fa1'")[0]
    assert FA[row["evidence_start"]:row["evidence_end"]] == "فروشنده گفت ارسال رایگان است"


@pytest.mark.parametrize("row,field,needle", [
    (["fa1", "maybe", "false", "none", "none", "", "sara"], "is_complaint", "'maybe', expected true or false"),
    (["fa1", "true", "true", "shipping", "sales_rep", "ارسال رایگان", "sara"], "topic", "'shipping'"),
    (["fa1", "true", "true", "none", "sales_rep", "ارسال رایگان", "sara"], "topic", "promise_gap is true"),
    (["fa1", "true", "false", "delivery", "none", "", "sara"], "topic", "must be 'none'"),
    (["fa1", "true", "true", "delivery", "salesman", "ارسال رایگان", "sara"], "source", "'salesman'"),
    (["fa1", "false", "true", "delivery", "sales_rep", "ارسال رایگان", "sara"], "promise_gap", "is_complaint is false"),
    (["fa1", "true", "true", "delivery", "sales_rep", "", "sara"], "evidence", "is missing"),
    (["fa1", "true", "true", "delivery", "sales_rep", "ارسال مجانی", "sara"], "evidence", "not a verbatim substring"),
    (["fa1", "true", "false", "none", "none", "ارسال رایگان", "sara"], "evidence", "promise_gap is false"),
    (["fa1", "true", "false", "none", "none", "", ""], "labeller", "--labeller"),
    (["zz9", "true", "false", "none", "none", "", "sara"], "record_id", "not in the review queue"),
])
def test_import_wrong_labels_name_line_field_and_leave_labels_unchanged(queued, tmp_path, snapshot, row, field, needle):
    import_labels(queued, write_csv(tmp_path / "old.csv", [GOOD_AR]))  # a label stored before
    before = snapshot(queued)
    good = ["ar1", "true", "true", "pricing", "advertising", "السعر شامل التوصيل", "omar"]
    path = write_csv(tmp_path / "bad.csv", [good, row])
    with pytest.raises(LabelFileError) as err:
        import_labels(queued, path)
    msg = str(err.value)
    assert "E201" in msg and "nothing was imported" in msg and "--skip-invalid" in msg
    assert f"bad.csv:3 record {row[0]} field {field!r}" in msg and needle in msg
    assert [p.field for p in err.value.problems] == [field]
    assert snapshot(queued) == before  # the valid ar1 answer on line 2 was not written either


def test_import_skip_invalid_writes_the_valid_rows_and_reports_the_rest(queued, tmp_path):
    bad = ["fa1", "yes please", "true", "delivery", "sales_rep", "ارسال رایگان", "sara"]
    res = import_labels(queued, write_csv(tmp_path / "a.csv", [bad, GOOD_AR]), skip_invalid=True)
    assert res["written"] == 1 and res["invalid"] == 1
    assert res["problems"] == ["a.csv:2 record fa1 field 'is_complaint': has value 'yes please', expected true or "
                               "false. Fix the value"]
    assert [r["record_id"] for r in queued.query("SELECT record_id FROM human_labels")] == ["ar1"]
    assert queued.scalar("SELECT invalid FROM review_imports") == 1


def test_import_duplicate_answers_in_one_file_are_errors(queued, tmp_path, snapshot):
    before = snapshot(queued)
    path = write_csv(tmp_path / "dup.csv", [GOOD_FA, GOOD_AR, ["fa1", "true", "false", "none", "none", "", "ali"]])
    with pytest.raises(LabelFileError) as err:
        import_labels(queued, path)
    assert [p.location for p in err.value.problems] == ["dup.csv:2", "dup.csv:4"]
    assert "also at dup.csv:4" in str(err.value) and "Keep one answer per record" in str(err.value)
    assert snapshot(queued) == before


def test_import_broken_label_studio_json_names_line_and_column(queued, tmp_path, snapshot):
    path = tmp_path / "tasks.json"
    path.write_text('[{"data": {"record_id": "fa1", "text": "x"},\n "annotations": [}]', encoding="utf-8")
    with pytest.raises(LabelFileError, match=r"E204 .*tasks.json line 2 column \d+: not valid JSON"):
        import_labels(queued, path)
    assert snapshot(queued) == []


def test_import_json_min_export_is_refused_with_the_fix(queued, tmp_path):
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps([{"record_id": "fa1", "is_complaint": "true"}]), encoding="utf-8")
    with pytest.raises(LabelFileError, match="E205 .*not JSON-MIN"):
        import_labels(queued, path)


def ls_task(rid: str, text: str, results: list[dict], n_annotations: int = 1) -> dict:
    ann = {"completed_by": 1, "created_at": "2026-10-02T10:00:00Z", "was_cancelled": False, "result": results}
    data = {"record_id": rid, "record_version": 1, "text": text}
    return {"id": 5, "data": data, "annotations": [ann] * n_annotations}


def choices(**kv) -> list[dict]:
    return [{"from_name": k, "to_name": "text", "type": "choices", "value": {"choices": [v]}} for k, v in kv.items()]


def test_import_label_studio_problems_name_the_task(queued, tmp_path, snapshot):
    no_gap = choices(is_complaint="true", promise_gap="false")
    tasks = [
        ls_task("fa1", FA, no_gap),
        ls_task("ar1", AR, no_gap, n_annotations=2),  # two people answered: resolve in Label Studio first
        ls_task("fa1", FA + " ویرایش", no_gap),  # duplicate record, and its text was edited
        ls_task("nope", "x", no_gap),
        {"id": 9, "data": {"record_id": "ar1", "text": AR}, "annotations": []},  # not yet labelled: skipped
    ]
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(LabelFileError) as err:
        import_labels(queued, path)
    got = {(p.location.split(" (")[0], p.field) for p in err.value.problems}
    assert got == {("tasks.json task 2", "annotations"), ("tasks.json task 4", "record_id"),
                   ("tasks.json task 1", "record_id"), ("tasks.json task 3", "record_id")}
    assert "has 2 completed annotations" in str(err.value)
    assert snapshot(queued) == []


def test_import_label_studio_edited_text_and_bad_span_are_reported(queued, tmp_path):
    gap = choices(is_complaint="true", promise_gap="true", topic="pricing", source="advertising")
    span = {"from_name": "evidence", "to_name": "text", "type": "labels",
            "value": {"start": 0, "end": 5, "text": "السعر", "labels": ["evidence"]}}  # offsets do not hold it
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps([ls_task("ar1", AR, gap + [span]), ls_task("fa1", FA + "!", choices(
        is_complaint="false", promise_gap="false"))], ensure_ascii=False), encoding="utf-8")
    with pytest.raises(LabelFileError) as err:
        import_labels(queued, path)
    reasons = {p.field: p.reason for p in err.value.problems}
    assert "span 0-5 does not hold 'السعر'" in reasons["evidence"]
    assert "differs from the exported text" in reasons["text"]


def test_import_jsonl_broken_line_is_reported_with_its_number(queued, tmp_path, snapshot):
    path = tmp_path / "answers.jsonl"
    good = {"record_id": "ar1", "is_complaint": False, "promise_gap": False, "labeller": "omar"}
    path.write_text(json.dumps(good) + "\n\n" + '{"record_id": "fa1", "is_complaint": tru\n', encoding="utf-8")
    with pytest.raises(LabelFileError) as err:
        import_labels(queued, path)
    assert err.value.problems[0].location == "answers.jsonl:3" and "not valid JSON" in str(err.value)
    assert snapshot(queued) == []
    res = import_labels(queued, path, skip_invalid=True)
    assert res["written"] == 1 and res["invalid"] == 1


def test_import_file_level_errors(queued, tmp_path):
    with pytest.raises(InputError, match="E202 .*does not exist"):
        import_labels(queued, tmp_path / "missing.csv")
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="E203 .*--format"):
        import_labels(queued, tmp_path / "a.txt")
    (tmp_path / "cols.csv").write_text("record_id,label\nfa1,true\n", encoding="utf-8")
    with pytest.raises(InputError, match="E207 .*missing column.*is_complaint"):
        import_labels(queued, tmp_path / "cols.csv")
    (tmp_path / "ansi.csv").write_bytes(",".join(HEADER).encode() + "\nfa1,".encode() + "ارسال".encode("cp1256"))
    with pytest.raises(InputError, match="E206 .*CSV UTF-8"):
        import_labels(queued, tmp_path / "ansi.csv")


def test_import_exported_csv_with_multiline_text_reports_the_starting_line(build, tmp_path):
    build.record("t1", "سلام\nگفتند نصب رایگان است\nولی پول گرفتند")  # a review written on three lines
    build.predict("t1", gap=0.5)
    build.record("t2", "کیفیت عالی بود").predict("t2", gap=0.5)
    fill_queue(build.store, day=build.day, budget=5, random_share=0.0)
    path = tmp_path / "q.csv"
    export_queue(build.store, path)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:
        r.update(is_complaint="true", promise_gap="banana", labeller="sara")
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    with pytest.raises(LabelFileError) as err:
        import_labels(build.store, path)
    assert [p.location for p in err.value.problems] == ["q.csv:2", "q.csv:5"]  # t1 spans lines 2-4
