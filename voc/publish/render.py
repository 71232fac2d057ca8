"""Render a Report as a self-contained HTML page and as Markdown (Jinja2 templates in templates/).

HTML autoescapes every value; charts are the only markup passed through (generated here
from numbers and our own labels). The Markdown environment escapes every value through
``finalize``, so no template can forget to.
"""

from __future__ import annotations

import math
import numbers
from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from voc.publish.charts import sparkline
from voc.publish.model import Report
from voc.publish.safety import direction, md_escape

ARROWS = {"rising": "▲ rising", "falling": "▼ falling", "steady": "● steady", "too_few": "too few to test"}


class Raw(str):
    """Markdown written by the template itself (headings, table rules): not escaped."""


def render_html(report: Report) -> str:
    """The report as one HTML page: inline CSS and SVG, no script, no external request."""
    return _env("html").get_template("report.html.j2").render(r=report, spark=lambda v: Markup(sparkline(v)),
                                                              svg=Markup)


def render_markdown(report: Report) -> str:
    """The report as Markdown; every value from the data is escaped and links are defanged."""
    return _env("md").get_template("report.md.j2").render(r=report, raw=Raw)


def render_index(audiences: list[dict], period: str) -> str:
    """A small index page linking each audience's report (for the folder / static-site channel)."""
    return _env("html").get_template("index.html.j2").render(audiences=audiences, period=period)


@lru_cache(maxsize=2)
def _env(kind: str) -> Environment:
    if kind == "html":
        env = Environment(loader=PackageLoader("voc.publish", "templates"), autoescape=select_autoescape(
            enabled_extensions=("html", "j2"), default=True), undefined=StrictUndefined, trim_blocks=True,
            lstrip_blocks=True)
    else:
        env = Environment(loader=PackageLoader("voc.publish", "templates"), autoescape=False,
                          finalize=_md_finalize, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                          keep_trailing_newline=True)
    env.filters.update(q=fmt_q, num=fmt_num, trend=lambda d: ARROWS.get(str(d), str(d)))
    env.globals.update(zip=zip, textdir=lambda text, lang=None: direction(str(text), lang))
    return env


def _md_finalize(value: object) -> str:
    if isinstance(value, Raw):
        return value
    return md_escape(value)


def fmt_q(value: object) -> str:
    """A q-value for reading: "<0.001", "0.012", "" when not tested."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    v = float(value)
    return "<0.001" if v < 0.001 else f"{v:.3f}"


def fmt_num(value: object) -> str:
    """Numbers as people read them: 1,234; 12.5; blanks for missing values."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, numbers.Integral):
        return f"{int(value):,}"
    if isinstance(value, numbers.Real):
        v = float(value)
        if math.isinf(v):
            return "∞"
        if v.is_integer() and abs(v) < 1e15:
            return f"{int(v):,}"
        return f"{v:,.3g}" if abs(v) < 1 else f"{v:,.1f}"
    return str(value)
