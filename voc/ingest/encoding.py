"""Decode files in the encodings seen in the field: UTF-8 (BOM or not), UTF-16, Windows-1256."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path
from typing import TextIO

from voc.errors import E009, InputError

AUTO_TRIED = "UTF-8, UTF-16 or Windows-1256"
HEAD_BYTES = 1 << 16  # enough to decide an encoding; files are then decoded as a stream
BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Characters a legacy Arabic/Persian export plausibly holds, besides ASCII and Latin-1:
# Arabic, Arabic Supplement, presentation forms, and the joiners/bidi marks (ZWNJ, RLM).
PLAUSIBLE_BLOCKS = ((0x00A0, 0x00FF), (0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF),
                    (0xFB50, 0xFDFF), (0xFE70, 0xFEFF), (0x2000, 0x206F), (0x20AC, 0x20AC))
MIN_PLAUSIBLE = 0.97
UTF8_MAJORITY = 4  # valid multi-byte characters per broken byte above which a file is damaged UTF-8
MAX_CONTROLS = 0.01  # valid UTF-8 can still be binary: \x01..\x1f are valid code points


def _plausible_char(ch: str) -> bool:
    if ch.isascii():
        return ch.isprintable() or ch in "\t\r\n"
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in PLAUSIBLE_BLOCKS) and unicodedata.category(ch) != "Cn"


def _controls(text: str) -> float:
    """Share of control characters other than line breaks and tabs: high means binary."""
    if not text:
        return 0.0
    return sum(1 for ch in text if ch < " " and ch not in "\t\r\n\f\v") / len(text)


def plausibility(text: str) -> float:
    """Share of characters that are printable ASCII, Latin-1 or Arabic script (0..1)."""
    if not text:
        return 1.0
    return sum(map(_plausible_char, text)) / len(text)


def _try(data: bytes, codec: str, final: bool) -> str | None:
    try:
        return codecs.getincrementaldecoder(codec)("strict").decode(data, final=final)
    except UnicodeDecodeError:
        return None


def _refuse_broken_utf8(data: bytes, location: str) -> None:
    """Raise E009 at the first bad byte if ``data`` is UTF-8 with a few broken bytes.

    UTF-8 Persian or Arabic read as Windows-1256 still looks like Arabic script ("ط³ظ„ط§ظ…"),
    so a damaged UTF-8 file must not fall through to the Windows-1256 guess. Real
    Windows-1256 text forms almost no valid UTF-8 sequences.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    valid = sum(1 for ch in text if ch > "\x7f" and ch != "\ufffd")
    if valid >= UTF8_MAJORITY * bad:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as err:
            line = data[: err.start].count(b"\n") + 1
            where = f"{location}:{line}" if location else f"line {line}"
            raise InputError(E009.format(location=where, tried="UTF-8 (a damaged byte here)"), location=where) from err


def detect_encoding(data: bytes, *, complete: bool = True, location: str = "") -> str:
    """Name the codec that decodes ``data`` (the whole file, or its head if not ``complete``).

    Order: a byte-order mark; UTF-16 without BOM when the bytes hold NULs (text never does);
    strict UTF-8 (but not control-character soup, i.e. binary); Windows-1256 when the bytes
    are not damaged UTF-8 and the result reads as Arabic script or ASCII.

    Raises:
        InputError: E009 when none of them fits.
    """
    for bom, codec in BOMS:
        if data.startswith(bom):
            return codec
    if b"\x00" in data:
        even = data[: len(data) - len(data) % 2]
        scored = [(plausibility(t), c) for c in ("utf-16-le", "utf-16-be")
                  if (t := _try(even, c, final=complete)) is not None]
        best = max(scored, default=(0.0, ""))
        if best[0] >= MIN_PLAUSIBLE:
            return best[1]
        raise InputError(E009.format(location=location, tried=AUTO_TRIED), location=location)
    text = _try(data, "utf-8", final=complete)
    if text is not None:
        if _controls(text) <= MAX_CONTROLS:
            return "utf-8"
        raise InputError(E009.format(location=location, tried=AUTO_TRIED), location=location)
    _refuse_broken_utf8(data, location)
    text = data.decode("cp1256", errors="replace")
    if plausibility(text) >= MIN_PLAUSIBLE:
        return "cp1256"
    raise InputError(E009.format(location=location, tried=AUTO_TRIED), location=location)


def decode_bytes(data: bytes, encoding: str = "auto", location: str = "") -> str:
    """Decode a whole file's bytes, stripping any byte-order mark.

    Args:
        data: the raw bytes.
        encoding: ``auto`` to detect (see ``detect_encoding``), else a Python codec name.
        location: where the bytes come from, for the error message.

    Raises:
        InputError: E009 when the bytes cannot be decoded.
    """
    codec = detect_encoding(data, location=location) if encoding == "auto" else _codec(encoding, location)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as err:
        raise InputError(E009.format(location=location, tried=encoding), location=location) from err
    return text.removeprefix("\ufeff")


def _codec(encoding: str, location: str) -> str:
    """The codec for an explicit encoding; UTF-8 reads through 'utf-8-sig' to drop a BOM."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError as err:
        raise InputError(E009.format(location=location, tried=encoding), location=location) from err
    return "utf-8-sig" if name == "utf-8" else name


def open_text(path: Path, encoding: str = "auto", newline: str | None = None) -> TextIO:
    """Open a file as a decoded text stream, detecting the encoding from its first 64 KiB.

    A decoding error further into the file surfaces as UnicodeDecodeError while reading.

    Raises:
        InputError: E009 when the encoding is unknown or the head cannot be decoded.
    """
    if encoding != "auto":
        return open(path, encoding=_codec(encoding, str(path)), errors="strict", newline=newline)
    with open(path, "rb") as raw:
        head = raw.read(HEAD_BYTES)
    codec = detect_encoding(head, complete=len(head) < HEAD_BYTES, location=str(path))
    return open(path, encoding=codec, errors="strict", newline=newline)
