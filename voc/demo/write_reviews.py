"""Review files: marketplace CSV (UTF-8 BOM), app-store JSON Lines, an Excel export and a
legacy Windows-1256 Arabic CSV, each with a few rows broken on purpose."""

from __future__ import annotations

import csv
import io
import json
from datetime import timezone
from pathlib import Path

import openpyxl

from voc.demo.compose import Composer, Core, canonical
from voc.demo.plan import Item
from voc.demo.truth import malformed, truth
from voc.demo.zipfix import freeze_zip

MARKETPLACE = "reviews/bazaarino-reviews.csv"
APP = "reviews/app-store-reviews.jsonl"
EXPORT = "reviews/bazaarino-export-2026.xlsx"
LEGACY = "reviews/legacy-ar-reviews-cp1256.csv"
COUNTRIES = {"fa": ["IR"], "ar": ["AE", "AE", "SA", "IQ", "OM"], "en": ["AE", "GB", "US", "IR"]}
APPS = {"watch": "Novin Wear", "buds": "Novin Wear", "router": "Novin Home", "fiber": "Novin Home",
        "tvbox": "Novin Home", "laptop": "Novin Shop"}
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
Doc = tuple[Item, Core, str, str, int]  # item, core, title, body, rating


def legacy_ok(body: str) -> bool:
    """Whether a text survives Windows-1256 (it has no Arabic-Indic digits, emoji...)."""
    try:
        return body.encode("cp1256").decode("cp1256") == body
    except UnicodeEncodeError:
        return False


def local(item: Item) -> str:
    return item.at.strftime("%Y-%m-%d %H:%M")


def write_marketplace(docs: list[Doc], c: Composer, data: Path) -> list[dict]:
    """Bazaarino/Novin Online reviews, CSV in UTF-8 with BOM, local (Tehran) times."""
    rng = c.rng
    header = ["review_id", "product", "rating", "title", "body", "date", "store", "country", "buyer"]
    rows, out = [], []
    for i, (item, core, title, body, rating) in enumerate(docs):
        rid = f"BZR-{204100 + 3 * i + rng.randrange(3)}"
        stars = str(rating).translate(PERSIAN_DIGITS) if item.lang == "fa" and rng.random() < 0.2 else str(rating)
        store = rng.choice(["Bazaarino", "Bazaarino", "Novin Online"])
        rows.append([rid, canonical(core.product), stars, title, body, local(item), store,
                     rng.choice(COUNTRIES[item.lang]), rng.choice(c.books[item.lang].CUSTOMERS)])
        out.append(truth(item, core, MARKETPLACE, rid, "csv"))
    # Broken on purpose (README, "Malformed rows"): an empty body, an impossible date, a rating in words.
    bad = [
        (12, ["BZR-299901", "Novin Router X2", "1", "بد بود", "", "2026-09-03 11:20", "Bazaarino", "IR", "رضا احمدی"],
         "empty body: E008 field 'body' is missing or empty"),
        (47, ["BZR-299902", "NovinBook Air", "4", "Fine", "Arrived fine, works as expected so far.", "31/02/2026 10:00",
              "Novin Online", "GB", "Tom Fletcher"], "bad date 31/02/2026: E011 field 'date'"),
        (88, ["BZR-299903", "Novin Buds Pro", "five", "Brilliant", "Brilliant little earbuds, crisp sound.",
              "2026-10-21 18:05", "Bazaarino", "AE", "Grace Kim"], "rating 'five': E011 field 'rating'"),
    ]
    for pos, row, reason in bad:
        rows.insert(pos, row)
        out.append(malformed(MARKETPLACE, row[0], "csv", "review", reason))
    with open(data / MARKETPLACE, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)
    return out


def write_app(docs: list[Doc], c: Composer, data: Path) -> list[dict]:
    """Google Play / App Store reviews of Novin's apps, JSON Lines, UTC times."""
    rng = c.rng
    lines, out = [], []
    for i, (item, core, title, body, rating) in enumerate(docs):
        apple = rng.random() < (0.8 if item.kind.name == "iphone" else 0.45)
        rid = f"as-{7301000 + 11 * i}" if apple else f"gp:AOqpT{rng.getrandbits(40):010x}"
        version = f"3.{2 + item.week // 4}.{rng.randrange(4)}"
        app = APPS[core.product]
        row = {"reviewId": rid, "userName": rng.choice(c.books[item.lang].CUSTOMERS), "rating": rating,
               "title": title, "content": body,
               "at": item.at.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
               "appVersion": version, "app": app, "store": "App Store" if apple else "Google Play",
               "country": rng.choice(COUNTRIES[item.lang]), "language": item.lang}
        lines.append(json.dumps(row, ensure_ascii=False))
        out.append(truth(item, core, APP, rid, "jsonl", product=f"{app} app"))
    # Broken on purpose: a line cut off mid-object, and a review with empty content.
    lines.insert(20, '{"reviewId": "gp:AOqpTbroken0001", "userName": "Hannah Lee", "rating": 2, '
                     '"title": "Crashes", "content": "The app crashes every time I op')
    out.append(malformed(APP, "line 21", "jsonl", "review", "broken JSON line (cut off): E010 JSON Lines parse error"))
    lines.insert(55, json.dumps({"reviewId": "as-7399999", "userName": "مریم حسینی", "rating": 3, "title": "",
                                 "content": "", "at": "2026-10-08T09:12:00Z", "appVersion": "3.3.1",
                                 "app": "Novin Home", "store": "App Store", "country": "IR", "language": "fa"},
                                ensure_ascii=False))
    out.append(malformed(APP, "as-7399999", "jsonl", "review", "empty content: E008 field 'content'"))
    (data / APP).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def write_export(docs: list[Doc], c: Composer, data: Path) -> list[dict]:
    """A marketplace seller-centre export, .xlsx with real date cells and a second sheet."""
    rng = c.rng
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "reviews"
    ws.append(["review_no", "item", "stars", "headline", "review_text", "submitted_at", "store", "country"])
    out = []
    for i, (item, core, title, body, rating) in enumerate(docs):
        rid = 55010 + 2 * i
        stars: int | str = "★" * rating if i % 15 == 7 else rating  # a few star strings, as some exports write
        ws.append([rid, canonical(core.product), stars, title or None, body, item.at.replace(tzinfo=None),
                   "Bazaarino", rng.choice(COUNTRIES[item.lang])])
        ws.cell(row=ws.max_row, column=6).number_format = "yyyy-mm-dd hh:mm"
        out.append(truth(item, core, EXPORT, str(rid), "xlsx"))
    # Broken on purpose: a date typed as words.
    ws.append([59999, "Novin Watch S3", 2, "Strap", "Strap clasp feels loose after a week.", "next Tuesday",
               "Bazaarino", "GB"])
    out.append(malformed(EXPORT, "59999", "xlsx", "review", "date 'next Tuesday': E011 field 'submitted_at'"))
    about = wb.create_sheet("about")
    about.append(["Bazaarino seller centre export", "seller: Novin Official", "period: 2026-08-24 to 2026-11-15"])
    wb.properties.creator = "Bazaarino"
    path = data / EXPORT
    wb.save(path)
    freeze_zip(path)
    return out


def write_legacy(docs: list[Doc], c: Composer, data: Path) -> list[dict]:
    """An old Arabic shop system's export: Windows-1256, Arabic headers, no store columns."""
    lines, out = ["رقم,المنتج,التقييم,التعليق,التاريخ"], []
    for i, (item, core, _title, body, rating) in enumerate(docs):
        rid = f"L-{30200 + i}"
        cells = [rid, canonical(core.product), str(rating), body, item.at.strftime("%Y/%m/%d %H:%M")]
        lines.append(_csv_line(cells))
        out.append(truth(item, core, LEGACY, rid, "legacy-csv"))
    # Broken on purpose: a row cut short (the old system truncated long lines).
    lines.insert(9, "L-30999,Novin Router X2,2,الراوتر يفصل كل")
    out.append(malformed(LEGACY, "L-30999", "legacy-csv", "review",
                         "row with 4 fields, header has 5: E010 CSV parse error"))
    text = "\r\n".join(lines) + "\r\n"
    payload = text.encode("cp1256")
    assert payload.decode("cp1256") == text, "legacy file must round-trip through Windows-1256"
    (data / LEGACY).write_bytes(payload)
    return out


def _csv_line(cells: list[str]) -> str:
    """One CSV row as text; fields holding line breaks come out quoted."""
    sink = io.StringIO()
    csv.writer(sink, lineterminator="\r\n").writerow(cells)
    return sink.getvalue().removesuffix("\r\n")
