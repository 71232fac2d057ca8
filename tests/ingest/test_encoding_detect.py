"""decode_bytes / open_text: every encoding seen in the field, and the ones that cannot be read."""

from __future__ import annotations

import codecs

import pytest

from voc.errors import InputError
from voc.ingest.encoding import decode_bytes, detect_encoding, open_text

FA = "فروشنده قول داد سفارش تا پنج‌شنبه برسد، اما هنوز خبری نیست."  # ZWNJ in پنج‌شنبه
AR = "وعدوني بالتوصيل خلال يومين ولم يصل الطلب حتى الآن."
EN = "They promised delivery by Friday; nothing arrived."
MIXED = f"id,text\n1,{FA}\n2,{AR}\n3,{EN}\n"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(MIXED.encode("utf-8"), id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + MIXED.encode("utf-8"), id="utf-8-bom"),  # Excel "CSV UTF-8"
        pytest.param(MIXED.encode("utf-16"), id="utf-16-native-bom"),
        pytest.param(codecs.BOM_UTF16_LE + MIXED.encode("utf-16-le"), id="utf-16-le-bom"),  # Excel "Unicode text"
        pytest.param(codecs.BOM_UTF16_BE + MIXED.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(MIXED.encode("utf-16-le"), id="utf-16-le-no-bom"),  # NULs give it away
        pytest.param(MIXED.encode("utf-16-be"), id="utf-16-be-no-bom"),
    ],
)
def test_decode_bytes_auto_reads_unicode_encodings(data):
    assert decode_bytes(data) == MIXED  # BOM stripped, text intact


# Windows-1256 has the Persian letters پ چ ژ گ ک and ZWNJ (0x9D) but no Persian yeh (U+06CC)
# and no Persian or Arabic-Indic digits: legacy Persian exports were written with the Arabic
# yeh ي (U+064A). These are the strings cp1256 really round-trips.
FA_1256 = "گفتند ژاکت و کفش تا چهارشنبه مي‌رسد ولي پول را پس ندادند"  # ي not ی; ZWNJ kept
AR_1256 = "الموظف وعد بخصم على الفاتورة ولم يُطبَّق"  # harakat (damma, fatha, shadda) exist in cp1256


@pytest.mark.parametrize("text", [FA_1256, AR_1256, f"{FA_1256}\n{AR_1256}\nOrder 1234: late"], ids=["fa", "ar", "mixed"])
def test_decode_bytes_auto_reads_windows_1256(text):
    data = text.encode("cp1256")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the case that needs the fallback
    assert detect_encoding(data) == "cp1256"
    assert decode_bytes(data) == text


def test_windows_1256_cannot_hold_persian_yeh():
    # why FA_1256 uses ي: a Persian yeh cannot be written in cp1256 at all
    with pytest.raises(UnicodeEncodeError):
        "مشتری".encode("cp1256")
    assert "مشتري".encode("cp1256").decode("cp1256") == "مشتري"


@pytest.mark.parametrize(
    ("data", "encoding", "expected"),
    [
        (FA.encode("utf-8"), "utf-8", FA),
        (codecs.BOM_UTF8 + AR.encode("utf-8"), "utf-8", AR),  # explicit utf-8 still drops the BOM
        (AR.encode("cp1256"), "windows-1256", AR),  # codec alias
        (FA.encode("utf-16"), "utf-16", FA),
        ("é à".encode("latin-1"), "latin-1", "é à"),  # any codec Python knows
    ],
)
def test_decode_bytes_honours_explicit_encoding(data, encoding, expected):
    assert decode_bytes(data, encoding) == expected


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (bytes(range(0, 32)) * 8, "auto"),  # binary junk: control bytes, not text
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "auto"),  # an image dropped by mistake
        (AR.encode("cp1256"), "utf-8"),  # wrong explicit encoding is not guessed around
        (FA.encode("utf-8"), "no-such-codec"),
    ],
)
def test_decode_bytes_rejects_undecodable_with_e009(data, encoding):
    with pytest.raises(InputError) as err:
        decode_bytes(data, encoding, location="in/export.csv")
    assert str(err.value).startswith("E009 in/export.csv: cannot decode")
    assert err.value.location == "in/export.csv"


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "cp1256"])
def test_open_text_streams_a_file_bigger_than_the_head(tmp_path, codec):
    # 3000 lines is well past the 64 KiB head used for detection
    line = "مشتري: سفارش ديروز نرسيد\n" if codec == "cp1256" else f"{FA}\n"
    path = tmp_path / "big.txt"
    path.write_bytes((line * 3000).encode(codec))
    with open_text(path) as fh:
        lines = list(fh)
    assert len(lines) == 3000
    assert lines[0] == line and lines[-1] == line  # BOM stripped from the first line


def test_open_text_raises_e009_for_undecodable_head(tmp_path):
    path = tmp_path / "blob.csv"
    path.write_bytes(bytes(range(0, 32)) * 100)
    with pytest.raises(InputError, match="E009"):
        open_text(path)


def test_damaged_utf8_is_not_mistaken_for_windows_1256():
    # UTF-8 Persian with one bad byte would decode as cp1256 into Arabic-looking junk
    # ("ط³ظ„ط§ظ…"); it must be refused at the damaged line instead
    data = f"{FA}\n{AR}\n".encode() * 20 + b"\xff broken\n" + FA.encode()
    with pytest.raises(InputError) as err:
        decode_bytes(data, location="export.csv")
    assert err.value.location == "export.csv:41"
    assert "UTF-8" in str(err.value)
