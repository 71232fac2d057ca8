"""Run summaries: totals over the sources' stats, and the Markdown a person reads."""

from __future__ import annotations

from typing import Any

COUNT_KEYS = ("collected", "inserted", "updated", "unchanged", "rejected")


def totals(source_stats: list[dict[str, Any]]) -> dict[str, int]:
    """Sum the per-source counts."""
    return {k: sum(int(s.get(k, 0)) for s in source_stats) for k in COUNT_KEYS}


def summary_markdown(run_id: str, source_stats: list[dict[str, Any]], stages: dict[str, Any]) -> str:
    """A short Markdown summary of one run: counts per source, then each later stage's counts."""
    lines = [f"# voc nightly run {run_id}", "", "| source | " + " | ".join(COUNT_KEYS) + " |",
             "|---|" + "---|" * len(COUNT_KEYS)]
    for s in source_stats:
        lines.append(f"| {s['source']} | " + " | ".join(str(s.get(k, 0)) for k in COUNT_KEYS) + " |")
    t = totals(source_stats)
    lines.append("| **total** | " + " | ".join(f"**{t[k]}**" for k in COUNT_KEYS) + " |")
    for stage, info in stages.items():
        lines += ["", f"**{stage}**: " + ", ".join(f"{k} {v}" for k, v in info.items())]
    return "\n".join(lines)
