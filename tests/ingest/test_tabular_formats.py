"""The table connector: every file format and encoding, the column mapping, dates and ratings."""

from __future__ import annotations

import codecs
import csv
import io
import json
from datetime import datetime

import pytest

ROWS = [
    # Persian with ZWNJ (می‌خواستم) and Persian digits in the rating
    {"ticket": "fa-1", "body": "گفتند تا سه‌شنبه ارسال می‌شود ولی هنوز نرسیده", "when": "2024-05-01T08:30:00Z",
     "stars": "۲", "plan": "gold", "ver": "3.2.1"},
    # Arabic with a hamza on alef (أيام) and taa marbuta
    {"ticket": "ar-1", "body": "وعدوني بالتوصيل خلال ثلاثة أيام ولم يصل شيء", "when": "2024-05-02 14:45",
     "stars": "1", "plan": "silver", "ver": "3.2.0"},
    {"ticket": "en-1", "body": "The rep promised a refund within a week.", "when": "1714694400",
     "stars": "4.5", "plan": "gold", "ver": ""},
]
EXPECTED_DATES = [datetime(2024, 5, 1, 8, 30), datetime(2024, 5, 2, 14, 45), datetime(2024, 5, 3, 0, 0)]
MAPPING = {"external_id": "ticket", "text": "body", "created_at": "when", "rating": "stars", "version": "ver"}
SPEC = {"mapping": MAPPING, "channel": "ticket", "options": {"segments": ["plan"]}}


def csv_text(rows, delimiter=","):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=delimiter, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def write_csv(path, rows=ROWS, encoding="utf-8"):
    path.write_bytes(csv_text(rows).encode(encoding))


def write_jsonl(path, rows=ROWS):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def write_json_array(path, rows=ROWS):
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")


def write_json_object(path, rows=ROWS):
    # the shape of paged API dumps: one list of records beside scalar metadata
    path.write_text(json.dumps({"count": len(rows), "next": None, "results": rows}, ensure_ascii=False), encoding="utf-8")


def write_parquet(path, rows=ROWS):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=2)  # more than one batch


def write_xlsx(path, rows=ROWS):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(list(rows[0]))
    for r in rows:
        ws.append(list(r.values()))
    wb.save(path)


@pytest.mark.parametrize(
    ("name", "write"),
    [
        ("export.csv", write_csv),
        ("export.jsonl", write_jsonl),
        ("export.json", write_json_array),
        ("paged.json", write_json_object),
        ("export.parquet", write_parquet),
        ("export.xlsx", write_xlsx),
    ],
)
def test_every_format_maps_to_the_same_records(tmp_path, collect, name, write):
    write(tmp_path / name)
    records, rejects = collect("table", tmp_path, **SPEC)
    assert rejects == []
    assert [r.external_id for r in records] == ["fa-1", "ar-1", "en-1"]
    assert [r.text for r in records] == [row["body"] for row in ROWS]  # exactly as received
    assert [r.created_at for r in records] == EXPECTED_DATES
    assert [r.rating for r in records] == [2.0, 1.0, 4.5]
    assert [r.segments for r in records] == [{"plan": "gold", "version": "3.2.1"}, {"plan": "silver", "version": "3.2.0"},
                                             {"plan": "gold"}]
    assert {r.channel for r in records} == {"ticket"}
    assert {r.source for r in records} == {"src"}
    assert records[0].location.startswith(str(tmp_path / name))


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"],
)
def test_csv_in_every_unicode_encoding(tmp_path, collect, encoding):
    write_csv(tmp_path / "export.csv", encoding=encoding)
    records, rejects = collect("table", tmp_path, **SPEC)
    assert rejects == []
    assert [r.text for r in records] == [row["body"] for row in ROWS]
    assert records[0].external_id == "fa-1"  # no BOM glued to the first header or value


def test_csv_in_windows_1256_persian_and_arabic(tmp_path, collect):
    # legacy exports: Persian written with the Arabic yeh ي, which is all cp1256 can hold
    rows = [
        {"ticket": "fa-9", "body": "کارشناس گفت پيک امروز مي‌آيد ولي نيامد", "when": "2024-05-01", "stars": "1",
         "plan": "gold", "ver": "1"},
        {"ticket": "ar-9", "body": "قال المندوب إن الشحن مجاني لكنهم أضافوا رسوماً", "when": "2024-05-01",
         "stars": "2", "plan": "gold", "ver": "1"},
    ]
    write_csv(tmp_path / "legacy.csv", rows, encoding="cp1256")
    records, rejects = collect("table", tmp_path, **SPEC)
    assert rejects == []
    assert [r.text for r in records] == [r["body"] for r in rows]


def test_semicolon_and_tab_delimiters_are_sniffed(tmp_path, collect):
    (tmp_path / "a.csv").write_text(csv_text(ROWS, ";"), encoding="utf-8")  # Excel in many locales
    (tmp_path / "b.tsv").write_text(csv_text(ROWS[:1], "\t").replace("fa-1", "fa-2"), encoding="utf-8")
    records, rejects = collect("table", tmp_path, **SPEC)
    assert rejects == []
    assert sorted(r.external_id for r in records) == ["ar-1", "en-1", "fa-1", "fa-2"]


def test_csv_quoted_multiline_text_is_one_row_and_located_at_its_first_line(tmp_path, collect):
    text = "سلام\nسفارش ۴۵ هنوز نرسیده، گفتند فردا\n\"فوری\""
    (tmp_path / "m.csv").write_text(csv_text([{"ticket": "fa-1", "body": text}, {"ticket": "fa-2", "body": ""}]),
                                    encoding="utf-8")
    records, rejects = collect("table", tmp_path, mapping=MAPPING)
    assert [r.text for r in records] == [text]
    assert rejects[0].location == f"{tmp_path / 'm.csv'}:5"  # the row after the 3-line quoted field


def test_unmapped_fields_are_found_by_their_own_name_any_case(tmp_path, collect):
    rows = [{"External_ID": "x1", "TEXT": "الطلب تأخر أسبوعين", "Lang": "ar", "Customer_ID": "c-7",
             "account_id": 12.0, "Product": "روتر", "agent_id": "a-3", "customer_name": "مریم", "title": "تأخير"}]
    write_jsonl(tmp_path / "x.jsonl", rows)
    (r,), _ = collect("table", tmp_path, channel="review")
    assert (r.external_id, r.text, r.lang, r.customer_id, r.account_id, r.product, r.agent_id, r.customer_name,
            r.title, r.channel) == ("x1", "الطلب تأخر أسبوعين", "ar", "c-7", "12", "روتر", "a-3", "مریم", "تأخير", "review")


def test_lang_option_applies_when_no_column_says(tmp_path, collect):
    write_jsonl(tmp_path / "x.jsonl", [{"external_id": "1", "text": "قیمت را عوض کردند"},
                                       {"external_id": "2", "text": "hello", "lang": "en"}])
    records, _ = collect("table", tmp_path, options={"lang": "fa"})
    assert [r.lang for r in records] == ["fa", "en"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-01T12:00:00+03:30", datetime(2024, 5, 1, 8, 30)),  # Tehran offset to UTC
        ("2024-05-01 14:30", datetime(2024, 5, 1, 14, 30)),
        ("2024/05/01", datetime(2024, 5, 1)),
        ("۲۰۲۴-۰۵-۰۱ ۱۴:۳۰", datetime(2024, 5, 1, 14, 30)),  # Persian digits
        ("٢٠٢٤-٠٥-٠١", datetime(2024, 5, 1)),  # Arabic-Indic digits
        ("1714564800", datetime(2024, 5, 1, 12, 0)),  # epoch seconds
        ("1714564800000", datetime(2024, 5, 1, 12, 0)),  # epoch milliseconds
        ("45413.5", datetime(2024, 5, 1, 12, 0)),  # Excel serial day number
        ("", None),
    ],
)
def test_created_at_forms(tmp_path, collect, value, expected):
    write_jsonl(tmp_path / "d.jsonl", [{"external_id": "1", "text": "x", "created_at": value}])
    (r,), rejects = collect("table", tmp_path)
    assert rejects == []
    assert r.created_at == expected


def test_timezone_option_converts_naive_local_times(tmp_path, collect):
    write_jsonl(tmp_path / "d.jsonl", [{"external_id": "1", "text": "x", "created_at": "2024-05-01 12:00"}])
    (r,), _ = collect("table", tmp_path, options={"timezone": "Asia/Tehran"})
    assert r.created_at == datetime(2024, 5, 1, 8, 30)


def test_excel_datetime_cells(tmp_path, collect):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["external_id", "text", "created_at", "rating"])
    wb.active.append(["1", "گفتند گارانتی دو ساله است ولی یک ساله بود", datetime(2024, 3, 20, 9, 15), 3])
    wb.save(tmp_path / "d.xlsx")
    (r,), rejects = collect("table", tmp_path)
    assert rejects == []
    assert (r.created_at, r.rating, r.location) == (datetime(2024, 3, 20, 9, 15), 3.0, f"{tmp_path / 'd.xlsx'}:2")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("4", 4.0), ("۴", 4.0), ("٣", 3.0), ("4/5", 4.0), ("★★★", 3.0), ("4.5", 4.5), (5, 5.0), ("", None)],
)
def test_rating_forms(tmp_path, collect, value, expected):
    write_jsonl(tmp_path / "r.jsonl", [{"external_id": "1", "text": "x", "rating": value}])
    (r,), _ = collect("table", tmp_path)
    assert r.rating == expected


def test_records_stream_one_at_a_time(tmp_path):
    from voc.ingest import get_connector
    from voc.ingest.base import SourceSpec

    write_csv(tmp_path / "export.csv", ROWS * 1000)
    items = get_connector(SourceSpec("s", "table", tmp_path, mapping=MAPPING)).read()
    first = next(items)  # a generator, not a list built up front
    assert first.external_id == "fa-1"
    assert sum(1 for _ in items) == 2999


def test_bom_prefixed_header_still_maps(tmp_path, collect):
    (tmp_path / "b.csv").write_bytes(codecs.BOM_UTF8 + "external_id,text\n1,قیمت گران‌تر از قول بود\n".encode())
    (r,), rejects = collect("table", tmp_path)
    assert rejects == [] and r.external_id == "1"
