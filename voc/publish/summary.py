"""Short forms of a publish run: the chat digest of one report, and the Markdown run summary."""

from __future__ import annotations

from typing import Any

from voc.publish.model import Report
from voc.publish.safety import md_escape


def digest(report: Report) -> dict[str, Any]:
    """Totals and the top claims of a report, for chat messages (texts already guarded)."""
    h = report.header
    claims = next((s.claims for s in report.sections if s.key == "claims"), [])
    topics = next((t.frame for s in report.sections for t in s.tables if t.name == "topic_trends"), None)
    return {
        "records": h["volume"]["records"], "promise_gaps": h.get("audience_gaps", 0),
        "model": ", ".join(str(m["model_version"]) for m in h["model_versions"]) or "none",
        "rising": [] if topics is None else list(topics.loc[topics["trend"] == "rising", "topic"]),
        "claims": [{"label": c.label, "count": c.count, "latest": c.latest, "direction": c.direction,
                    "topic": c.topic, "dir": c.dir, "quote": c.quotes[0].text if c.quotes else ""}
                   for c in claims],
    }


def summary_markdown(result: dict[str, Any]) -> str:
    """A Markdown summary of ``publish()``'s result, for a Prefect artifact or a log.

    Lists the period, volume, and per audience the files written and each channel's outcome
    (failures with their reason). Every value is escaped.
    """
    p = result["period"]
    t = result.get("totals", {})
    mode = " (dry run: nothing sent)" if result.get("dry_run") else ""
    lines = [f"# voc publish {md_escape(p['weeks'][0])} to {md_escape(p['latest_week'])}{mode}", "",
             f"{md_escape(p['start'])} to {md_escape(p['end'])}: {t.get('records', 0)} records, "
             f"{t.get('complaints', 0)} complaints, {t.get('promise_gaps', 0)} promise gaps. "
             f"Channels: {result.get('delivered', 0)} delivered, {result.get('failed', 0)} failed, "
             f"{result.get('skipped', 0)} skipped.", "",
             "| audience | promise gaps | claims | rising | falling | files | channels |",
             "|---|---|---|---|---|---|---|"]
    for name, a in result["audiences"].items():
        chans = "; ".join(f"{md_escape(c['channel'])}: {c['status']}" for c in a["channels"]) or "none"
        lines.append(f"| {md_escape(name)} | {a.get('promise_gaps', 0)} | {a['claims']} | "
                     f"{md_escape(', '.join(a['rising'])) or '–'} | {md_escape(', '.join(a['falling'])) or '–'} | "
                     f"{len(a['files'])} | {chans} |")
    failures = [(n, c) for n, a in result["audiences"].items() for c in a["channels"] if c["status"] == "failed"]
    if failures:
        lines += ["", "**Failed deliveries**", ""]
        lines += [f"- {md_escape(n)} / {md_escape(c['channel'])} after {c['attempts']} attempts: "
                  f"{md_escape(c.get('error', ''))}" for n, c in failures]
    return "\n".join(lines)
