"""Each HTML report in headless Chromium: renders offline, charts drawn, Persian and Arabic right-to-left."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from voc.publish.config import AUDIENCES

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="Debian's chromium is not installed at /usr/bin/chromium "
                                       "(apt-get install -y chromium); the browser check needs it")

SVG_BOXES = """els => els.map(e => { const r = e.getBoundingClientRect();
    return [r.width, r.height, e.querySelectorAll('path, rect, polyline, line').length]; })"""
RTL_TEXT = """els => els.map(e => { const r = e.getBoundingClientRect();
    return [e.lang, getComputedStyle(e).direction, e.textContent, r.width, r.height]; })"""


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.mark.parametrize("audience", AUDIENCES)
def test_report_opens_offline_with_charts_and_rtl_quotes(browser, published, audience, tmp_path):
    _, out = published
    url = (out / audience / f"{audience}.html").resolve().as_uri()
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    try:
        page.goto(url, wait_until="load")
        shot = tmp_path / f"{audience}.png"
        page.screenshot(path=str(shot), full_page=True)
        charts = page.eval_on_selector_all("figure.chart svg", SVG_BOXES)
        quotes = page.eval_on_selector_all('blockquote[lang="fa"], blockquote[lang="ar"]', RTL_TEXT)
    finally:
        page.close()
    assert requests == [url]  # the page itself, nothing else
    assert shot.stat().st_size > 20_000
    assert len(charts) >= 2
    assert all(w > 200 and h > 100 and drawn > 10 for w, h, drawn in charts)
    shown = {lang for lang, _, text, w, h in quotes if ARABIC_SCRIPT.search(text) and w > 0 and h > 0}
    assert shown == {"fa", "ar"}
    assert all(d == "rtl" for _, d, text, *_ in quotes if ARABIC_SCRIPT.search(text))
