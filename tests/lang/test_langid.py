"""Language identification: fa, ar, en, other, mixed; Persian vs Arabic on short texts."""

import pytest

from voc.lang import identify
from voc.lang.langid import blank_noise, fa_or_ar


@pytest.mark.parametrize(
    "text, lang",
    [
        ("فروشنده گفت ارسال رایگان است ولی هزینه گرفتند", "fa"),
        # Persian typed with Arabic yeh (old keyboards): still Persian
        ("خيلي عالي بود ولي دير رسيد", "fa"),
        # colloquial Persian with ZWNJ
        ("سفارشم دیر رسید و غذا سرد بود، دیگه سفارش نمی‌دم", "fa"),
        ("الطلب وصل متأخر والأكل كان بارد جداً", "ar"),
        # Egyptian dialect
        ("المنتج مش زي الصورة خالص وعايز أرجعه", "ar"),
        # Gulf dialect with Persian-looking گ used for /g/
        ("الأكل زين وايد بس الخدمة بطيئة", "ar"),
        ("The ad promised free delivery but I was charged", "en"),
        # tweet noise: handles, URLs and hashtags are not language
        ("@airline my flight got cancelled again https://t.co/abc #fail", "en"),
        ("Le produit est arrivé cassé et le service client ne répond pas", "other"),
        ("Посылка пришла поврежденной", "other"),
        # a Latin product name inside a Persian sentence stays Persian
        ("گوشی Samsung Galaxy خریدم خیلی خوبه", "fa"),
        # a Latin product name after an Arabic heading stays Arabic
        ("مزايا وعيوب Casio G-Shock Watch", "ar"),
    ],
)
def test_identify_language(text, lang):
    found, confidence = identify(text)
    assert found == lang
    assert 0.0 <= confidence <= 1.0


@pytest.mark.parametrize(
    "text, lang",
    [
        # one-word Persian with Persian-only letters
        ("عالیه", "fa"),
        ("ممنونم", "fa"),
        # one or two Arabic words with Arabic-only letters or common words
        ("ممتازة", "ar"),
        ("جيد جدا", "ar"),
        ("thanks", "en"),
    ],
)
def test_identify_short_texts(text, lang):
    assert identify(text)[0] == lang


@pytest.mark.parametrize(
    "text",
    [
        # code-switched: a Persian sentence and an English sentence of real weight
        "سفارشم خیلی دیر رسید و پشتیبانی جواب نداد.\nThe delivery was promised for Monday but never came.",
        # an Arabic review followed by its English version
        "الخدمة سيئة جدا والطلب تأخر كثيرا.\nThe service was very bad and the order was very late.",
    ],
)
def test_identify_mixed_records(text):
    assert identify(text)[0] == "mixed"


@pytest.mark.parametrize("text", ["", "   ", "12345 !!!", "https://t.co/xyz @someone"])
def test_identify_text_without_letters_is_other_with_zero_confidence(text):
    assert identify(text) == ("other", 0.0)


def test_fa_or_ar_letter_evidence_decides_without_lingua():
    # پ/ژ/ی/ک only Persian types; ة/ك only Arabic
    assert fa_or_ar("پیتزا", ["پیتزا"])[0] == "fa"
    assert fa_or_ar("مكتبة", ["مكتبة"])[0] == "ar"


def test_fa_or_ar_other_arabic_script_language():
    # Urdu letters (ٹ ڑ ے) are neither Persian nor Arabic
    text = "یہ ٹھیک نہیں ہے بڑا مسئلہ ہے"
    assert fa_or_ar(text, text.split())[0] == "other"


def test_blank_noise_keeps_length():
    text = "@shop see https://x.io/a #bad_service"
    blanked = blank_noise(text)
    assert len(blanked) == len(text)
    assert "shop" not in blanked and "x.io" not in blanked
    assert "bad" in blanked and "service" in blanked
