"""Bad rows and bad files become rejects with a location and a reason; the rest is still read."""

from __future__ import annotations

import json

import pytest

GOOD = {"id": "ok-1", "body": "گفتند بازپرداخت سه روزه است، دو هفته گذشت", "date": "2024-05-01"}
MAPPING = {"external_id": "id", "text": "body", "created_at": "date", "rating": "stars"}


def jsonl(path, rows):
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows),
                    encoding="utf-8")


@pytest.mark.parametrize(
    ("bad", "code", "field_text"),
    [
        ({"id": "r2", "body": "   ", "date": "2024-05-01"}, "E008", "field 'body' is missing or empty"),  # blank text
        ({"id": "r2", "date": "2024-05-01"}, "E008", "field 'body' is missing"),  # column absent in this row
        ({"body": "العميل ينتظر منذ أسبوع", "date": "2024-05-01"}, "E008", "field 'id' is missing"),
        ({"id": "r2", "body": "x", "date": "۱۴۰۳/۰۲/۱۲"}, "E011", "field 'date' has value '۱۴۰۳/۰۲/۱۲'"),  # Jalali date
        ({"id": "r2", "body": "x", "date": "next Tuesday-ish"}, "E011", "field 'date'"),
        ({"id": "r2", "body": "x", "date": "2024-05-01", "stars": "خوب"}, "E011", "field 'stars' has value 'خوب'"),
    ],
)
def test_bad_row_is_rejected_with_location_field_and_raw_row(tmp_path, collect, bad, code, field_text):
    jsonl(tmp_path / "in.jsonl", [GOOD, bad, GOOD | {"id": "ok-3"}])
    records, rejects = collect("table", tmp_path, mapping=MAPPING)
    assert [r.external_id for r in records] == ["ok-1", "ok-3"]  # the run goes on past the bad row
    (rej,) = rejects
    assert rej.source == "src"
    assert rej.location == f"{tmp_path / 'in.jsonl'}:2"
    assert rej.reason.startswith(f"{code} {rej.location}: ")
    assert field_text in rej.reason
    assert json.loads(rej.payload) == bad


def test_broken_json_line_is_rejected_with_its_raw_text(tmp_path, collect):
    broken = '{"id": "r2", "body": "قول تخفیف دادند'  # cut off mid-string
    jsonl(tmp_path / "in.jsonl", [GOOD, broken, "[1, 2]", GOOD | {"id": "ok-4"}])
    records, rejects = collect("table", tmp_path, mapping=MAPPING)
    assert [r.external_id for r in records] == ["ok-1", "ok-4"]
    assert [r.location for r in rejects] == [f"{tmp_path / 'in.jsonl'}:2", f"{tmp_path / 'in.jsonl'}:3"]
    assert rejects[0].reason.startswith("E010") and "JSON Lines parse error" in rejects[0].reason
    assert rejects[0].payload == broken
    assert "expected an object" in rejects[1].reason


def test_csv_row_with_too_many_fields_is_rejected(tmp_path, collect):
    (tmp_path / "in.csv").write_text(
        "id,body,date\n"
        "ok-1,سفارش دیر رسید,2024-05-01\n"
        "r2,المندوب وعد, ثم اختفى,2024-05-01\n"  # an unquoted comma in the text
        "ok-3,fine,2024-05-02\n",
        encoding="utf-8",
    )
    records, rejects = collect("table", tmp_path, mapping=MAPPING)
    assert [r.external_id for r in records] == ["ok-1", "ok-3"]
    (rej,) = rejects
    assert rej.location == f"{tmp_path / 'in.csv'}:3"
    assert "the row has 4 fields, the header has 3" in rej.reason
    assert rej.payload == "r2,المندوب وعد, ثم اختفى,2024-05-01"  # the row as written


def test_undecodable_file_is_one_reject_and_other_files_are_read(tmp_path, collect):
    (tmp_path / "a.csv").write_bytes(bytes(range(1, 32)) * 50)
    (tmp_path / "b.csv").write_text("id,body\nok-1,گفتند رایگان است\n", encoding="utf-8")
    records, rejects = collect("table", tmp_path, mapping=MAPPING)
    assert [r.external_id for r in records] == ["ok-1"]
    (rej,) = rejects
    assert rej.location == str(tmp_path / "a.csv")
    assert rej.reason.startswith("E009") and "set `encoding`" in rej.reason


def test_wrong_explicit_encoding_is_rejected_not_guessed(tmp_path, collect):
    (tmp_path / "a.csv").write_bytes("id,body\n1,الشحن متأخر\n".encode("cp1256"))
    records, rejects = collect("table", tmp_path, mapping=MAPPING, encoding="utf-8")
    assert records == []
    assert rejects[0].reason.startswith("E009") and "utf-8" in rejects[0].reason


def test_broken_json_file_names_the_line(tmp_path, collect):
    (tmp_path / "a.json").write_text('[\n{"id": "1", "body": "x"},\n{"id": "2" "body": "y"}\n]', encoding="utf-8")
    records, rejects = collect("table", tmp_path, mapping=MAPPING)
    assert records == []
    assert rejects[0].location == f"{tmp_path / 'a.json'}:3"
    assert rejects[0].reason.startswith("E010") and "JSON parse error" in rejects[0].reason


@pytest.mark.parametrize(
    ("doc", "detail"),
    [
        ({"reviews": [{"id": "1"}], "replies": [{"id": "2"}]}, "set options.records_key"),  # two candidate lists
        ({"total": 3}, "found no list of objects"),
        ("just a string", "the document is a str"),
    ],
)
def test_json_without_one_list_of_objects_is_rejected(tmp_path, collect, doc, detail):
    (tmp_path / "a.json").write_text(json.dumps(doc), encoding="utf-8")
    records, rejects = collect("table", tmp_path, mapping=MAPPING)
    assert records == [] and detail in rejects[0].reason


def test_records_key_option_picks_the_list(tmp_path, collect):
    doc = {"reviews": [{"id": "1", "body": "وعدوا بهدية ولم تصل"}], "replies": [{"id": "2", "body": "y"}]}
    (tmp_path / "a.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    (r,), rejects = collect("table", tmp_path, mapping=MAPPING, options={"records_key": "reviews"})
    assert rejects == [] and r.location == f"{tmp_path / 'a.json'}#reviews[0]"


def test_non_object_in_json_array_is_rejected_alone(tmp_path, collect):
    (tmp_path / "a.json").write_text(json.dumps([{"id": "1", "body": "x"}, "oops", {"id": "3", "body": "z"}]),
                                     encoding="utf-8")
    records, rejects = collect("table", tmp_path, mapping=MAPPING)
    assert [r.external_id for r in records] == ["1", "3"]
    assert rejects[0].location == f"{tmp_path / 'a.json'}#[1]" and rejects[0].payload == '"oops"'


def test_corrupt_workbook_is_rejected(tmp_path, collect):
    (tmp_path / "a.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    records, rejects = collect("table", tmp_path, mapping=MAPPING)
    assert records == [] and "Excel parse error" in rejects[0].reason


def test_missing_sheet_is_rejected_with_the_sheet_names(tmp_path, collect):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "Reviews"
    wb.save(tmp_path / "a.xlsx")
    _, rejects = collect("table", tmp_path, mapping=MAPPING, options={"sheet": "Tickets"})
    assert "no sheet named 'Tickets'" in rejects[0].reason and "Reviews" in rejects[0].reason


def test_corrupt_parquet_is_rejected(tmp_path, collect):
    (tmp_path / "a.parquet").write_bytes(b"PAR1 truncated")
    records, rejects = collect("table", tmp_path, mapping=MAPPING)
    assert records == [] and rejects[0].location == str(tmp_path / "a.parquet")


def test_bad_bytes_past_the_detection_head_end_the_file_with_a_located_reject(tmp_path, collect):
    # 2000 good UTF-8 rows (past the 64 KiB head that picks the encoding), then a cp1256 row
    good = "".join(f"r{i},قول دادند فردا تحویل می‌شود\n" for i in range(2000))
    data = b"id,body\n" + good.encode() + "bad,الطلب لم يصل\n".encode("cp1256") + b"r-last,ok\n"
    (tmp_path / "big.csv").write_bytes(data)
    records, rejects = collect("table", tmp_path, mapping=MAPPING)
    (rej,) = rejects
    assert rej.reason.startswith("E009") and "set `encoding`" in rej.reason
    line = int(rej.location.rsplit(":", 1)[1])
    assert 1000 < line <= 2002  # near the damage: rows after the last good chunk are re-read once fixed
    assert records and records[-1].external_id == f"r{line - 3}"  # every row before the reject was read
