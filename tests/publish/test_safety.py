"""Escaping and neutralising untrusted customer text for each output."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from voc.publish.safety import csv_cell, defang, direction, guard, md_escape, slack_escape


@pytest.mark.parametrize("value, expected", [
    ('=HYPERLINK("http://evil.example","click")', "'=HYPERLINK(\"http://evil.example\",\"click\")"),
    ("+1-555-0100", "'+1-555-0100"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
    ("\t=1+1", "'\t=1+1"),  # a leading tab or CR lets some spreadsheets still read a formula
    ("\r=1+1", "'\r=1+1"),
    ("＝1+1", "'＝1+1"),  # full-width equals sign, read as "=" by some spreadsheets
    ("قیمت = ۱۰۰", "قیمت = ۱۰۰"),  # a formula character later in the text is harmless
    ("free installation", "free installation"),
])
def test_csv_cell_neutralises_formula_starts(value, expected):
    assert csv_cell(value) == expected


def test_csv_cell_leaves_numbers_alone():
    assert csv_cell(-3) == -3 and csv_cell(2.5) == 2.5


@pytest.mark.parametrize("text", [
    "[click here](https://evil.example/steal)",
    "![x](http://evil.example/pixel.png)",
    "<https://evil.example>",
    "visit www.evil.example now",
    "<script>alert(1)</script><img src=x onerror=alert(1)>",
    "# heading\n- list\n1. item",
    "a | b | c",
    "*bold* _it_ ~strike~ `code` &amp;",
])
def test_md_escape_renders_as_the_same_plain_text(text):
    md = MarkdownIt("commonmark", {"html": True, "linkify": False}).enable("table")
    html = md.render("> " + md_escape(defang(text)) + "\n")
    assert "<a " not in html and "<img" not in html and "<script" not in html
    assert "<h1>" not in html and "<li>" not in html and "<em>" not in html and "<code>" not in html


@pytest.mark.parametrize("text, expected", [
    ("see https://evil.example/x", "see https[:]//evil.example/x"),
    ("javascript:alert(1)", "javascript[:]alert(1)"),
    ("www.evil.example", "www[.]evil.example"),
    ("no links here", "no links here"),
])
def test_defang_breaks_links(text, expected):
    assert defang(text) == expected


def test_slack_escape_prevents_links_and_mentions():
    assert slack_escape("<!channel> <https://x|y> & co") == "&lt;!channel&gt; &lt;https://x|y&gt; &amp; co"


@pytest.mark.parametrize("text, lang, expected", [
    ("فروشنده گفت ارسال رایگان است", "fa", "rtl"),
    ("وعدوني بالتوصيل خلال يومين", "ar", "rtl"),
    ("forooshande goft ersal rayegan", "fa", "ltr"),  # Finglish reads left to right
    ("The rep promised", "en", "ltr"),
    ("گفتن با iPhone کار می‌کنه", None, "rtl"),  # mixed, mostly Persian letters
])
def test_direction_follows_the_script(text, lang, expected):
    assert direction(text, lang) == expected


@pytest.mark.parametrize("text, secret", [
    ("call me on 09121234567", "09121234567"),
    ("شماره من ۰۹۱۲۱۲۳۴۵۶۷ است", "۰۹۱۲۱۲۳۴۵۶۷"),  # Persian digits
    ("ايميلي ahmad.k@example.com", "ahmad.k@example.com"),
])
def test_guard_redacts_personal_data_a_second_time(text, secret):
    assert secret not in guard(text)
