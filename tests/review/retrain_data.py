"""Templated English, Persian and Arabic customer texts for the retraining tests, written for voc.

Three kinds of ordinary records (explicit promise gaps, complaints without a promise, texts
without a complaint) train the starting model. "Zorvex" records (زورکس in Persian, زورفكس in
Arabic) are the company's own product, sold as waterproof: a customer who says water got
into one is complaining about a broken promise, but the text names no promise, so a model
that does not know the product reads it as a plain defect. That is the systematic error the
human labels correct.
"""

from __future__ import annotations

import json
from itertools import product
from pathlib import Path

# The products of the starting model's training data; the store's records use the others, so
# what the models are scored on is never a sentence they were trained on.
PRODUCTS = {
    "en": ["phone", "blender", "router", "kettle", "laptop", "heater", "camera", "printer"],
    "fa": ["گوشی", "مخلوط‌کن", "مودم", "کتری", "لپ‌تاپ", "بخاری", "دوربین", "چاپگر"],  # ZWNJ inside words
    "ar": ["الهاتف", "الخلاط", "الراوتر", "الغلاية", "الحاسوب", "المدفأة", "الكاميرا", "الطابعة"],
}
TRAIN_PRODUCTS = 5  # the first five train the starting model, the last three are in the store

GAP = {
    "en": ["The seller promised the {p} would arrive in two days, but it took three weeks.",
           "The ad said delivery of the {p} was free, yet I was charged for shipping.",
           "I was told the {p} comes with a two year warranty and now they refuse to repair it."],
    "fa": ["فروشنده گفت {p} دو روزه می‌رسد ولی سه هفته طول کشید",
           "در آگهی نوشته بود ارسال {p} رایگان است ولی هزینه ارسال گرفتند",
           "به من گفتند {p} دو سال گارانتی دارد ولی حالا تعمیرش نمی‌کنند"],
    "ar": ["وعدني البائع أن يصل {p} خلال يومين لكنه تأخر ثلاثة أسابيع",
           "قال الإعلان إن توصيل {p} مجاني لكنهم أخذوا رسوم الشحن",
           "قالوا لي إن {p} عليه ضمان سنتين والآن يرفضون إصلاحه"],
}
COMPLAINT = {
    "en": ["The {p} broke after a week.", "Delivery of the {p} was slow and support never answered.",
           "The {p} is far too loud and gets very hot."],
    "fa": ["{p} بعد از یک هفته خراب شد", "ارسال {p} خیلی کند بود و پشتیبانی جواب نداد",
           "{p} خیلی پر سر و صداست و داغ می‌شود"],
    "ar": ["تعطل {p} بعد أسبوع", "كان توصيل {p} بطيئا ولم يرد الدعم", "{p} مزعج جدا ويسخن كثيرا"],
}
PRAISE = {
    "en": ["Great {p}, fast delivery, thank you.", "I love the {p}, it works perfectly.",
           "Does the {p} come in blue?"],
    "fa": ["{p} عالی است، ارسال سریع بود، ممنون", "از {p} خیلی راضی هستم، بی‌نقص کار می‌کند",
           "آیا {p} رنگ آبی هم دارد؟"],
    "ar": ["{p} رائع والتوصيل سريع، شكرا", "أحب {p}، يعمل بشكل ممتاز", "هل يتوفر {p} باللون الأزرق؟"],
}
# Water in a Zorvex product: a broken promise, though no promise word is in the text.
ZORVEX_ITEMS = {
    "en": ["watch", "speaker", "jacket", "backpack", "earbuds", "boots"],
    "fa": ["ساعت", "اسپیکر", "کاپشن", "کوله‌پشتی", "هندزفری", "چکمه"],
    "ar": ["ساعة", "سماعة", "سترة", "حقيبة", "سماعات", "جزمة"],
}
ZORVEX = {
    "en": ["The Zorvex {p} let water in on the first rainy day.", "Water got inside my Zorvex {p} after a short swim.",
           "My Zorvex {p} was soaked through after light rain.", "A splash of water and the Zorvex {p} is full of it."],
    "fa": ["{p} زورکس روز اول بارانی آب گرفت", "بعد از یک شنای کوتاه آب رفت توی {p} زورکس",
           "{p} زورکس من با یک باران ملایم خیس خیس شد", "یک کم آب پاشید و {p} زورکس پر از آب شد"],
    "ar": ["دخل الماء إلى {p} زورفكس في أول يوم ممطر", "تسرب الماء داخل {p} زورفكس بعد سباحة قصيرة",
           "ابتلت {p} زورفكس بالكامل من مطر خفيف", "رذاذ ماء بسيط وامتلأت {p} زورفكس بالماء"],
}
TOPIC = {"gap": ("delivery", "sales_rep"), "zorvex": ("product", "advertising")}


def label(kind: str, lang: str, text: str) -> dict:
    """The guide's labels for a text of ``kind`` (gap, complaint, praise or zorvex)."""
    gap = kind in ("gap", "zorvex")
    topic, source = TOPIC[kind] if gap else ("none", "none")
    return {"lang": lang, "channel": "review", "text": text, "is_complaint": kind != "praise", "promise_gap": gap,
            "topic": topic, "source": source, "evidence": text if gap else ""}


def texts(kind: str, lang: str, products: list[str]) -> list[str]:
    """Every template of ``kind`` filled with every product."""
    table = {"gap": GAP, "complaint": COMPLAINT, "praise": PRAISE, "zorvex": ZORVEX}[kind]
    return [t.format(p=p) for t, p in product(table[lang], products)]


def base_rows() -> list[dict]:
    """The starting model's training data: 15 of each ordinary kind per language, no Zorvex."""
    rows = []
    for lang in ("en", "fa", "ar"):
        for kind in ("gap", "complaint", "praise"):
            for i, text in enumerate(texts(kind, lang, PRODUCTS[lang][:TRAIN_PRODUCTS])):
                rows.append({"id": f"base-{lang}-{kind}-{i}", **label(kind, lang, text)})
    return rows


def store_rows() -> list[dict]:
    """The records people label: per language 24 Zorvex texts and 9 of each ordinary kind."""
    rows = []
    for lang in ("en", "fa", "ar"):
        for kind in ("zorvex", "gap", "complaint", "praise"):
            items = ZORVEX_ITEMS[lang] if kind == "zorvex" else PRODUCTS[lang][TRAIN_PRODUCTS:]
            for i, text in enumerate(texts(kind, lang, items)):
                rows.append({"id": f"{lang}-{kind}-{i}", "kind": kind, **label(kind, lang, text)})
    return rows


def write_data(folder: Path) -> Path:
    """Write base_rows() as {en,fa,ar}.jsonl in ``folder`` (the layout `voc train --data` reads)."""
    folder.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "fa", "ar"):
        with open(folder / f"{lang}.jsonl", "w", encoding="utf-8") as fh:
            for row in base_rows():
                if row["lang"] == lang:
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return folder
