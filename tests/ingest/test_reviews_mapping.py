"""The review connector: store exports read with the default column names, or the config's."""

from __future__ import annotations

import json
from datetime import datetime

import pytest


@pytest.mark.parametrize(
    ("row", "expected_id"),
    [
        # Google Play-style column names
        ({"reviewId": "gp-1", "userName": "رضا", "content": "نوشته بود ارسال فوری، ده روز طول کشید", "score": 1,
          "at": "2024-04-28 10:00:00", "appVersion": "5.1.0", "app_name": "فروشگاه"}, "gp-1"),
        # App Store Connect-style
        ({"id": "as-7", "title": "خدمة سيئة", "review": "وعدوا بإرجاع المبلغ خلال يومين ولم يحدث", "rating": "1",
          "date": "2024-04-28T10:00:00Z", "version": "5.1.0", "product": "فروشگاه", "author": "رضا"}, "as-7"),
        # a marketplace dump
        ({"review_id": "mk-3", "body": "Seller said original, it was a copy", "stars": 1, "review_date": "2024-04-28 10:00",
          "product_name": "فروشگاه", "app_version": "5.1.0", "nickname": "رضا"}, "mk-3"),
    ],
)
def test_default_mapping_reads_common_exports(tmp_path, collect, row, expected_id):
    (tmp_path / "r.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    (r,), rejects = collect("review", tmp_path)
    assert rejects == []
    assert r.external_id == expected_id
    assert r.text in row.values() and r.text.strip()
    assert (r.rating, r.created_at, r.product, r.customer_name) == (1.0, datetime(2024, 4, 28, 10), "فروشگاه", "رضا")
    assert r.segments == {"version": "5.1.0"}
    assert r.channel == "review"


def test_config_mapping_overrides_the_defaults(tmp_path, collect):
    # "text" exists but is the reply from the shop; the config points at the customer's words
    (tmp_path / "r.csv").write_text('id,text,customer_words,rating\n1,با عرض پوزش,"گفتند ضمانت دارد، ندارد",2\n',
                                    encoding="utf-8")
    (r,), _ = collect("review", tmp_path, mapping={"text": "customer_words"})
    assert r.text == "گفتند ضمانت دارد، ندارد"
    assert r.external_id == "1" and r.rating == 2.0  # the other defaults still apply


def test_channel_is_review_whatever_the_config_says(tmp_path, collect):
    (tmp_path / "r.csv").write_text("id,body\n1,التطبيق لا يعمل بعد التحديث\n", encoding="utf-8")
    (r,), _ = collect("review", tmp_path, channel="ticket")
    assert r.channel == "review"


def test_review_in_excel_and_windows_1256(tmp_path, collect):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["id", "stars", "comment", "date"])
    wb.active.append(["x-1", 5, "عالی بود، همان روز که گفتند رسید", datetime(2024, 4, 2)])
    wb.save(tmp_path / "store.xlsx")
    (tmp_path / "old.csv").write_bytes("id,stars,comment\nx-2,2,المنتج مختلف عن الصورة\n".encode("cp1256"))
    records, rejects = collect("review", tmp_path)
    assert rejects == []
    assert {r.external_id: r.text for r in records} == {"x-1": "عالی بود، همان روز که گفتند رسید",
                                                         "x-2": "المنتج مختلف عن الصورة"}


def test_review_without_body_is_rejected(tmp_path, collect):
    (tmp_path / "r.csv").write_text("id,stars,comment\nx-1,1,\n", encoding="utf-8")
    records, rejects = collect("review", tmp_path)
    assert records == []
    assert rejects[0].location == f"{tmp_path / 'r.csv'}:2" and "field 'comment' is missing or empty" in rejects[0].reason
