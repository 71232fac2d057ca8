"""Charts as inline SVG: matplotlib for the weekly charts, a hand-built polyline for sparklines.

Chart text is limited to topic names, language codes and week labels (ours, not customer
text): matplotlib does not shape Persian or Arabic, so claim names stay in the HTML.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping, Sequence

from matplotlib.figure import Figure

PALETTE = ("#1b6ca8", "#d1495b", "#edae49", "#00798c", "#66a182", "#8d6a9f", "#30638e", "#c17c74")
_XML_HEAD_RE = re.compile(r"^.*?(?=<svg)", re.S)
_METADATA_RE = re.compile(r"<metadata>.*?</metadata>\s*", re.S)
RC = {"svg.fonttype": "none", "svg.hashsalt": "voc", "font.family": "DejaVu Sans", "font.size": 9}


def line_chart(series: Mapping[str, Sequence[float]], weeks: Sequence[str], *, title: str, ylabel: str,
               key: str) -> str:
    """Lines over ISO weeks, one per series; returns ``<svg ...>`` markup."""
    fig = Figure(figsize=(7.2, 3.0), layout="constrained")
    ax = fig.add_subplot()
    x = range(len(weeks))
    for i, (name, values) in enumerate(series.items()):
        ax.plot(x, list(values), marker="o", markersize=3, linewidth=1.6, color=PALETTE[i % len(PALETTE)], label=name)
    _axes(ax, weeks, title, ylabel)
    if series:
        ax.legend(fontsize=8, frameon=False, loc="upper left", ncols=min(4, len(series)))
    return to_svg(fig, key)


def stacked_bars(series: Mapping[str, Sequence[float]], weeks: Sequence[str], *, title: str, ylabel: str,
                 key: str) -> str:
    """Stacked bars over ISO weeks, one layer per series; returns ``<svg ...>`` markup."""
    fig = Figure(figsize=(7.2, 2.6), layout="constrained")
    ax = fig.add_subplot()
    bottom = [0.0] * len(weeks)
    for i, (name, values) in enumerate(series.items()):
        ax.bar(range(len(weeks)), list(values), bottom=bottom, color=PALETTE[i % len(PALETTE)], label=name, width=0.7)
        bottom = [b + v for b, v in zip(bottom, values)]
    _axes(ax, weeks, title, ylabel)
    if series:
        ax.legend(fontsize=8, frameon=False, loc="upper left", ncols=min(4, len(series)))
    return to_svg(fig, key)


def sparkline(values: Sequence[int], *, width: int = 120, height: int = 24) -> str:
    """A tiny line of weekly counts as SVG (numbers only), the last point marked."""
    values = list(values) or [0]
    top = max(max(values), 1)
    step = width / max(len(values) - 1, 1)
    pts = [(round(i * step, 1), round(height - 2 - (v / top) * (height - 4), 1)) for i, v in enumerate(values)]
    path = " ".join(f"{x},{y}" for x, y in pts)
    lx, ly = pts[-1]
    return (f'<svg class="spark" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
            f'aria-label="weekly counts {" ".join(str(int(v)) for v in values)}">'
            f'<polyline fill="none" stroke="#1b6ca8" stroke-width="1.5" points="{path}"/>'
            f'<circle cx="{lx}" cy="{ly}" r="2.2" fill="#d1495b"/></svg>')


def to_svg(fig: Figure, key: str) -> str:
    """The figure as an ``<svg>`` element (XML header dropped), ids unique per ``key``."""
    buf = io.StringIO()
    import matplotlib

    with matplotlib.rc_context({**RC, "svg.hashsalt": f"voc-{key}"}):
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    return _METADATA_RE.sub("", _XML_HEAD_RE.sub("", buf.getvalue(), count=1)).strip()


def _axes(ax, weeks: Sequence[str], title: str, ylabel: str) -> None:
    ax.set_title(title, loc="left", fontsize=10)
    ax.set_ylabel(ylabel)
    ax.set_xticks(range(len(weeks)))
    ax.set_xticklabels([w.split("-")[-1] for w in weeks], fontsize=8)
    ax.set_xlabel(f"ISO week ({weeks[0]} to {weeks[-1]})" if weeks else "ISO week")
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_ylim(bottom=0)
    ax.grid(axis="y", linewidth=0.4, alpha=0.5)
