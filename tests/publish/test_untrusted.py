"""Customer text is untrusted: markup, scripts, links and formulas come out as plain text everywhere."""

from __future__ import annotations

import csv
import json
from datetime import datetime, timedelta
from html.parser import HTMLParser

from markdown_it import MarkdownIt

from publish.conftest import QUALITY
from trends.factory import gap, weekly, write_store
from voc.publish import publish
from voc.trends import compute

HOSTILE = [
    "They promised free installation <script>alert('pwned')</script> and charged me",
    'The rep promised free installation <img src=x onerror="alert(1)"> then a $49 fee',
    "Free installation was promised [click here](https://evil.example/phish) for details",
    '=HYPERLINK("https://evil.example/x","free installation was promised")',
    'I was told free installation " onmouseover="alert(2)" data-x=" charged anyway',
    "They promised free installation <a href=\"javascript:alert(3)\">support</a> www.evil.example",
]
PRODUCT = '<b onclick="alert(4)">Router</b>'
FORMULA_PRODUCT = "=cmd|' /C calc'!A0"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MARKERS = ("<script>alert('pwned')</script>", '<img src=x onerror="alert(1)">', 'onmouseover="alert(2)"',
           '<a href="javascript[:]alert(3)">', '=HYPERLINK("https[:]//evil.example/x"')


class Audit(HTMLParser):
    def __init__(self):
        super().__init__()
        self.bad, self.text = [], []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "img", "iframe", "object", "embed", "a", "form", "i"):
            self.bad.append(tag)
        self.bad += [name for name, _ in attrs if name.startswith("on") or name == "data-x"]

    def handle_data(self, data):
        self.text.append(data)


def audit_html(html: str) -> tuple[list[str], str]:
    a = Audit()
    a.feed(html)
    return a.bad, "".join(a.text)


def test_hostile_text_is_plain_text_in_every_output(tmp_path, smtp_server, http_server):
    rows = weekly({}, [30] * 8, seed=9, lang="en")
    day = datetime(2026, 11, 9, 10, 0)
    for i, quote in enumerate(HOSTILE * 2):
        rows.append(gap(f"h{i}", day + timedelta(hours=i), "pricing", "listing" if i % 2 else "sales_rep", quote,
                        lang="en", product=FORMULA_PRODUCT if i % 3 == 0 else PRODUCT,
                        segments={"store": "<i onmouseover=alert(5)>x</i>"}))
    trends = compute(write_store(tmp_path / "h.duckdb", rows), weeks=8)
    cfg = {"retry": {"attempts": 1, "wait_initial": 0},
           "audiences": {"sales": {"channels": ["mail", "slack", "teams"], "quotes": 5},
                         "marketing": {"channels": ["mail"], "quotes": 5}, "product": {"enabled": False}},
           "channels": {"mail": {"kind": "email", "host": "127.0.0.1", "port": smtp_server.port, "security": "none",
                                 "from": "voc@example.com", "to": ["x@example.com"]},
                        "slack": {"kind": "slack", "url": f"{http_server.url}/ok/s"},
                        "teams": {"kind": "teams", "url": f"{http_server.url}/ok/t"}}}
    result = publish(trends, cfg, out_dir=tmp_path / "out", quality=QUALITY)
    assert result["failed"] == 0
    out = tmp_path / "out"

    # HTML reports and the HTML e-mail bodies: no element or attribute from the data, the text shown
    htmls = {p.name: p.read_text(encoding="utf-8") for p in out.glob("*/*.html")}
    for _, message in smtp_server.messages:
        htmls["mail:" + message["Subject"]] = message.get_body(("html",)).get_content()
    assert len(htmls) == 4
    for name, html in htmls.items():
        bad, text = audit_html(html)
        assert bad == [], name
        shown = [m for m in MARKERS if m in text]
        assert len(shown) >= 2, name  # hostile markup is there, as text

    # Markdown: rendered by a CommonMark renderer (raw HTML allowed), nothing becomes markup or a link
    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    for path in out.glob("*/*.md"):
        rendered = md.render(path.read_text(encoding="utf-8"))
        assert "<script" not in rendered and "<img" not in rendered and "<a " not in rendered, path.name
        assert any(m in rendered for m in ("&lt;script&gt;alert", "&lt;img src=x", "&lt;a href=", "[click here]"))

    # chat: customer text only in fields shown as plain text
    for path, body in http_server.posts:
        blob = json.dumps(body)
        assert "alert(" in blob  # the hostile text is there, as text
        if path == "/ok/s":
            for block in body["blocks"]:
                for obj in [block.get("text") or {}, *block.get("elements", [])]:
                    if obj.get("type") == "mrkdwn":
                        assert "alert(" not in obj["text"] and "<" not in obj["text"].replace("&lt;", "")
        else:
            card = body["attachments"][0]["content"]
            for item in card["body"]:
                if item["type"] == "TextBlock":
                    assert "alert(" not in item["text"]
            assert "actions" not in card

    # CSV: no cell starts like a formula; the formula is still readable after the quote mark
    cells = []
    for path in out.glob("*/*.csv"):
        with path.open(encoding="utf-8-sig", newline="") as f:
            cells += [c for row in csv.reader(f) for c in row]
    assert not [c for c in cells if c.startswith(FORMULA_START)]
    assert any(c.startswith("'=HYPERLINK(") for c in cells) and "'" + FORMULA_PRODUCT in cells
