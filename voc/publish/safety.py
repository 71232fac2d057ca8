"""Customer text is untrusted: scrub personal data again, defang links, escape per output format.

``guard`` runs once on every customer-written string that enters a report (quotes, claim
and emerging labels, product and segment names): a second ``voc.lang.redact`` pass, then
links defanged so no output (HTML, Markdown, e-mail, chat) turns them into something a
reader can click. The format escapes (HTML by Jinja2's autoescape, Markdown and Slack
here) apply on top when rendering; CSV cells are neutralised against formula injection.
"""

from __future__ import annotations

import re
from functools import lru_cache

from voc.trends.facts import scrub

# "https://evil.example/x" -> "https[:]//evil.example/x"; "javascript:alert(1)" -> "javascript[:]alert(1)"
_SCHEME_RE = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]{1,15}):(?=//)|\b(javascript|vbscript|data|mailto|file|tel):")
# "www.evil.example" -> "www[.]evil.example"
_WWW_RE = re.compile(r"(?i)\bwww\.")
# Markdown's inline syntax characters, escaped with a backslash wherever they appear
# ("[" and "<" open links, images, autolinks and HTML; "*" "_" "~" "`" format; "|" splits cells).
_MD_INLINE_RE = re.compile(r"([\\`*_\[\]<>|~&!])")
# Block syntax a value could open when it starts a line: "# x", "- x", "+ x", "= x", "> x", "1. x".
_MD_BLOCK_START_RE = re.compile(r"^(\s*)([#\-+=>])")
_MD_LIST_NUMBER_RE = re.compile(r"^(\s*\d+)([.)])(?=\s|$)")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# Arabic-script letters (Persian and Arabic) decide right-to-left display.
_RTL_RE = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_LTR_RE = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=65536)
def guard(text: str | None, lang: str | None = None) -> str:
    """Customer-written ``text`` made safe to show: personal data redacted again, links defanged."""
    if text is None:
        return ""
    text = _CONTROL_RE.sub(" ", str(text))
    return defang(scrub(text, lang if lang in ("fa", "ar", "en") else None))


def defang(text: str) -> str:
    """Break URLs so no renderer or mail client makes them links: "https[:]//x", "www[.]x"."""
    text = _SCHEME_RE.sub(lambda m: f"{m.group(1) or m.group(2)}[:]", text)
    return _WWW_RE.sub(lambda m: m.group()[:-1] + "[.]", text)


def md_escape(text: object) -> str:
    """Plain text for Markdown: every special character backslash-escaped, lines joined."""
    s = "" if text is None else str(text)
    s = _MD_INLINE_RE.sub(r"\\\1", s.replace("\r", " ").replace("\n", " "))
    s = _MD_BLOCK_START_RE.sub(lambda m: m.group(1) + "\\" + m.group(2), s)
    return _MD_LIST_NUMBER_RE.sub(lambda m: m.group(1) + "\\" + m.group(2), s)


def slack_escape(text: object) -> str:
    """Text for a Slack mrkdwn field: &, < and > escaped as Slack requires, so no link or mention forms."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def csv_cell(value: object) -> object:
    """A CSV cell that a spreadsheet shows as text: a leading ' before = + - @ tab CR (OWASP)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def direction(text: str, lang: str | None = None) -> str:
    """"rtl" for text mostly in Arabic script (Persian, Arabic), "ltr" for Latin text, else by language."""
    rtl, ltr = len(_RTL_RE.findall(text or "")), len(_LTR_RE.findall(text or ""))
    if rtl or ltr:
        return "rtl" if rtl > ltr else "ltr"  # Finglish and Arabizi quotes read left to right
    return "rtl" if lang in ("fa", "ar") else "ltr" if lang == "en" else "auto"
