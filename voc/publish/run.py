"""publish(): build, render, export and deliver every audience's report; return what happened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from voc.publish.audiences import build_report
from voc.publish.channels import Rendered, deliver, make_channel
from voc.publish.config import AUDIENCES, PublishConfig, parse_publish
from voc.publish.export import export_tables
from voc.publish.header import model_quality
from voc.publish.model import Report
from voc.publish.render import render_html, render_index, render_markdown
from voc.publish.summary import digest
from voc.store import Store
from voc.trends import TrendData, compute


def publish(store_or_trends: Store | str | Path | TrendData, config: Any, *, dry_run: bool = False,
            out_dir: str | Path | None = None, quality: dict[str, dict[str, float]] | None = None,
            as_of=None, base_dir: str | Path | None = None) -> dict[str, Any]:
    """Write each enabled audience's report (HTML, Markdown, CSV, Parquet) and deliver it.

    Args:
        store_or_trends: An open Store, a store path, or TrendData already computed.
        config: voc's Config (its ``publish`` table, reports_dir, base_dir and time zone are
            used), a PublishConfig, or the raw [publish] dict.
        dry_run: Render and write files, send nothing.
        out_dir: Where to write; default ``[publish] out_dir``, else the run's reports_dir.
        quality: The model's measured quality per language; default voc.classify's.
        as_of: Last day covered (default: the latest classified record's day).
        base_dir: Folder relative paths (pitch script, channel folders) resolve against.

    Returns:
        ``{"period", "out_dir", "dry_run", "totals", "audiences": {name: {"title", "files",
        "claims", "rising", "falling", "channels": [{"channel", "status", ...}]}},
        "delivered", "failed", "skipped"}``. Prints nothing; a failing channel is reported, not raised.
    """
    cfg, base, default_out, tz = _settings(config, base_dir)
    trends = _trends(store_or_trends, cfg, tz, as_of)
    out = Path(out_dir) if out_dir else (_under(base, cfg.out_dir) if cfg.out_dir else default_out)
    out.mkdir(parents=True, exist_ok=True)
    measured, note = model_quality(quality)
    result: dict[str, Any] = {"period": trends.window.as_dict(), "out_dir": str(out), "dry_run": dry_run,
                              "totals": trends.totals(), "audiences": {}, "delivered": 0, "failed": 0, "skipped": 0}
    index = []
    for audience in AUDIENCES:
        if not cfg.audience(audience).enabled:
            continue
        report = build_report(audience, trends, cfg, measured, base, note)
        rendered = write_report(report, out / audience, cfg.formats, cfg.base_url)
        channels = _deliver(audience, rendered, cfg, base, dry_run)
        result["audiences"][audience] = _entry(report, rendered, channels)
        index.append({"audience": audience, "title": report.title, "href": f"{audience}/{rendered.html_path.name}",
                      "markdown": f"{audience}/{audience}.md" if "md" in cfg.formats else None})
        for c in channels:
            result[c["status"]] = result.get(c["status"], 0) + 1
    (out / "index.html").write_text(render_index(index, rendered_period(trends)), encoding="utf-8")
    return result


def trends_for(store: Store | str | Path, config: Any, *, as_of=None) -> TrendData:
    """The trends ``publish`` would compute: window and thresholds from [publish.trends], time zone
    from [run] (for the nightly flow's separate ``trends`` stage)."""
    cfg, _, _, tz = _settings(config, None)
    return _trends(store, cfg, tz, as_of)


def write_report(report: Report, folder: Path, formats: list[str], base_url: str | None = None) -> Rendered:
    """Render and write one report into ``folder``; the HTML is always written (it is what is delivered)."""
    folder.mkdir(parents=True, exist_ok=True)
    html, markdown = render_html(report), render_markdown(report)
    html_path = folder / f"{report.audience}.html"
    html_path.write_text(html, encoding="utf-8")
    files = [html_path]
    if "md" in formats:
        (folder / f"{report.audience}.md").write_text(markdown, encoding="utf-8")
        files.append(folder / f"{report.audience}.md")
    files += export_tables(report, folder, formats)
    period = f"{report.header['period']['weeks'][0]} to {report.header['period']['latest_week']}"
    url = f"{base_url.rstrip('/')}/{report.audience}/index.html" if base_url else None
    return Rendered(report.audience, report.title, period, html, markdown, html_path, files, digest(report), url)


def rendered_period(trends: TrendData) -> str:
    return f"{trends.window.weeks[0]} to {trends.window.latest_week} ({trends.window.start} to {trends.window.end})"


def _deliver(audience: str, item: Rendered, cfg: PublishConfig, base: Path, dry_run: bool) -> list[dict]:
    out = []
    for name in cfg.audience(audience).channels:
        spec = cfg.channels[name]
        if dry_run:
            out.append({"channel": name, "kind": spec.kind, "status": "skipped", "attempts": 0,
                        "detail": "dry run: rendered, not sent"})
            continue
        r = cfg.retry
        sent = deliver(make_channel(name, spec, base), item, attempts=r.attempts, wait_initial=r.wait_initial,
                       wait_max=r.wait_max)
        out.append({"kind": spec.kind, **sent})
    return out


def _entry(report: Report, rendered: Rendered, channels: list[dict]) -> dict[str, Any]:
    topics = next((t.frame for s in report.sections for t in s.tables if t.name == "topic_trends"), None)
    moved = {d: [] if topics is None else list(topics.loc[topics["trend"] == d, "topic"])
             for d in ("rising", "falling")}
    return {"title": report.title, "files": [str(f) for f in rendered.files], "html": str(rendered.html_path),
            "claims": len(next((s.claims for s in report.sections if s.key == "claims"), [])),
            "promise_gaps": report.header.get("audience_gaps", 0), **moved, "channels": channels}


def _settings(config: Any, base_dir) -> tuple[PublishConfig, Path, Path, str]:
    """(publish config, base folder, default output folder, time zone) from any accepted config form."""
    if hasattr(config, "publish") and hasattr(config, "reports_dir"):
        base = Path(base_dir) if base_dir else Path(config.base_dir)
        return parse_publish(config.publish), base, Path(config.reports_dir), config.run.timezone
    base = Path(base_dir) if base_dir else Path.cwd()
    return parse_publish(config), base, base / "reports", "UTC"


def _trends(source: Any, cfg: PublishConfig, tz: str, as_of) -> TrendData:
    if isinstance(source, TrendData):
        return source
    if isinstance(source, (Store, str, Path)):
        t = cfg.trends
        return compute(source, as_of=as_of, weeks=t.weeks, tz=tz, min_records=t.min_records, min_count=t.min_count,
                       alpha=t.alpha, claim_min_size=t.claim_min_size)
    from voc.errors import VocError
    from voc.publish.messages import P008

    raise VocError(P008.format(kind=type(source).__name__))


def _under(base: Path, value: str) -> Path:
    p = Path(value).expanduser()
    return p if p.is_absolute() else base / p
