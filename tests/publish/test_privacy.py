"""Personal data planted in source records reaches no report, export, e-mail or chat message."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta

import pandas as pd
import pytest

from publish.conftest import QUALITY
from trends.factory import gap, weekly, write_store
from voc.lang import redact
from voc.publish import publish
from voc.trends import compute

# Fictitious values that pass their checksums (Luhn, Iranian mod-11, Saudi Luhn, IBAN).
CARD = "6037997592872312"
IR_ID = "0499370899"
SA_ID = "1087654321"
FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
AR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PLANTED = [
    # (quote, lang, customer name, the secrets it holds)
    ("The rep promised free installation, call me on 09121234567 or reza.ahmadi@example.com", "en",
     "Reza Ahmadi", ["09121234567", "reza.ahmadi@example.com", "Reza Ahmadi"]),
    (f"They promised free installation. My card {CARD} was charged $49. I am Reza Ahmadi.", "en",
     "Reza Ahmadi", [CARD]),
    (f"Free installation was promised; national id {IR_ID}, refund to IR820540102680020817909002", "en",
     None, [IR_ID, "IR820540102680020817909002"]),
    # Persian digits, a card written in groups
    (f"فروشنده گفت نصب رایگان است ولی کارتم {CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:]} شارژ شد".translate(FA),
     "fa", "مریم رضایی", [CARD]),
    ("کارشناس فروش قول داد نصب رایگان باشه، شماره من ۰۹۱۲۱۲۳۴۵۶۷ است، مریم رضایی", "fa", "مریم رضایی",
     ["09121234567", "مریم رضایی"]),
    (f"تو تبلیغ نوشته بود نصب رایگان، کد ملی من {IR_ID} است".translate(FA), "fa", None, [IR_ID]),
    # Arabic-Indic digits
    ("وعدوني بالتوصيل خلال يومين، جوالي ٠٥٠١٢٣٤٥٦٧ وبريدي salem.k@example.ae", "ar", "سالم الكعبي",
     ["0501234567", "salem.k@example.ae"]),
    (f"الإعلان قال التوصيل خلال يومين، رقم الهوية {SA_ID}".translate(AR), "ar", None, [SA_ID]),
    ("قالوا التوصيل خلال يومين، أنا سالم الكعبي", "ar", "سالم الكعبي", ["سالم الكعبي"]),
]
SECRETS = sorted({s for *_, secrets in PLANTED for s in secrets})
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def rows(upstream_redacts: bool):
    out = weekly({}, [30] * 8, seed=5, lang="en") + weekly({}, [30] * 8, seed=6, lang="fa") + \
        weekly({}, [30] * 8, seed=7, lang="ar")
    day = datetime(2026, 11, 9, 10, 0)
    for i, (quote, lang, name, _) in enumerate(PLANTED * 2):
        topic = "delivery" if lang == "ar" else "pricing"
        redacted = redact(quote, [name] if name else [], lang=lang) if upstream_redacts else quote
        out.append(gap(f"pii{i}", day + timedelta(hours=i), topic, "sales_rep", quote, lang=lang,
                       customer_name=name, evidence_redacted=redacted, product=f"Plan for {name or 'x'}",
                       text_redacted=redacted))
    return out


def leaks(text: str) -> list[str]:
    """Secrets found in ``text``, digits compared whatever their script and grouping."""
    flat = re.sub(r"[\s\-]", "", text.translate(_DIGITS))
    found = [s for s in SECRETS if s in text]
    found += [s for s in SECRETS if s.isdigit() and s in flat and s not in found]
    return found


@pytest.mark.parametrize("upstream_redacts", [True, False], ids=["redacted-upstream", "leaked-upstream"])
def test_no_personal_data_in_any_output(tmp_path, smtp_server, http_server, upstream_redacts):
    store = write_store(tmp_path / "pii.duckdb", rows(upstream_redacts))
    trends = compute(store, weeks=8)
    assert len(trends.claims)  # the planted quotes form claims, so they are shown
    cfg = {"retry": {"attempts": 1, "wait_initial": 0},
           "audiences": {a: {"channels": ["mail", "slack", "teams"], "quotes": 5} for a in ("sales", "product",
                                                                                          "marketing")},
           "channels": {"mail": {"kind": "email", "host": "127.0.0.1", "port": smtp_server.port,
                                 "security": "none", "from": "voc@example.com", "to": ["x@example.com"]},
                        "slack": {"kind": "slack", "url": f"{http_server.url}/ok/s"},
                        "teams": {"kind": "teams", "url": f"{http_server.url}/ok/t"}}}
    result = publish(trends, cfg, out_dir=tmp_path / "out", quality=QUALITY)
    assert result["failed"] == 0
    outputs = {}
    for path in (tmp_path / "out").rglob("*"):
        if path.suffix == ".parquet":
            outputs[str(path)] = pd.read_parquet(path).to_csv(index=False)
        elif path.is_file():
            outputs[str(path)] = path.read_text(encoding="utf-8-sig")
    for _, message in smtp_server.messages:
        outputs["mail:" + message["Subject"]] = message.as_string() + "".join(
            p.get_content() for p in message.walk() if p.get_content_maintype() == "text")
    for path, body in http_server.posts:
        outputs["chat:" + path] = json.dumps(body, ensure_ascii=False)
    assert len(smtp_server.messages) == 3 and len(http_server.posts) == 6
    shown = "".join(outputs.values())
    assert "[PHONE]" in shown and "[CARD]" in shown and "free installation" in shown
    found = {name: leaks(text) for name, text in outputs.items() if leaks(text)}
    assert found == {}
