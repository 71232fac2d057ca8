"""`voc publish` as the lead wires it: register(app) adds a thin command over publish()."""

from __future__ import annotations

import typer
from typer.testing import CliRunner

from publish.conftest import report_rows
from trends.factory import write_store
from voc.errors import VocError
from voc.publish.commands import register


def app() -> typer.Typer:
    a = typer.Typer()
    register(a)

    @a.callback()
    def main() -> None:  # keeps "publish" a subcommand, as in voc's app
        pass

    return a


def config(tmp_path, extra: str = "") -> str:
    write_store(tmp_path / "voc.duckdb", report_rows())
    path = tmp_path / "voc.toml"
    path.write_text('[store]\npath = "voc.duckdb"\n[run]\nreports_dir = "reports"\n\n[publish]\n'
                    '[publish.audiences.product]\nenabled = false\n[publish.audiences.marketing]\nenabled = false\n'
                    + extra, encoding="utf-8")
    return str(path)


def test_publish_dry_run_writes_reports_and_sends_nothing(tmp_path, monkeypatch):
    monkeypatch.delenv("VOC_DB", raising=False)
    monkeypatch.delenv("VOC_REPORTS_DIR", raising=False)
    cfg = config(tmp_path, '[publish.audiences.sales]\nchannels = ["chat"]\n'
                           '[publish.channels.chat]\nkind = "slack"\nurl = "http://127.0.0.1:9/never"\n')
    result = CliRunner().invoke(app(), ["publish", "--config", cfg, "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "dry run" in result.output and "chat: skipped" in result.output
    assert (tmp_path / "reports" / "sales" / "sales.html").is_file()


def test_publish_out_option_and_failed_channel_exit_code(tmp_path, monkeypatch):
    monkeypatch.delenv("VOC_DB", raising=False)
    cfg = config(tmp_path, '[publish.retry]\nattempts = 1\nwait_initial = 0\n'
                           '[publish.audiences.sales]\nchannels = ["chat"]\n'
                           '[publish.channels.chat]\nkind = "slack"\nurl = "http://127.0.0.1:9/never"\n')
    result = CliRunner().invoke(app(), ["publish", "--config", cfg, "--out", str(tmp_path / "elsewhere")])
    assert result.exit_code == 1
    assert "chat: failed" in result.output and "could not reach" in result.output
    assert (tmp_path / "elsewhere" / "sales" / "sales.md").is_file()


def test_publish_without_a_store_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.delenv("VOC_DB", raising=False)
    path = tmp_path / "voc.toml"
    path.write_text('[store]\npath = "missing.duckdb"\n', encoding="utf-8")
    result = CliRunner().invoke(app(), ["publish", "--config", str(path)])
    assert isinstance(result.exception, VocError) and "voc run" in str(result.exception)


def test_trends_for_takes_the_window_from_publish_and_the_time_zone_from_run(tmp_path, monkeypatch):
    from voc.config import load_config
    from voc.publish import trends_for

    monkeypatch.delenv("VOC_DB", raising=False)
    write_store(tmp_path / "voc.duckdb", report_rows())
    path = tmp_path / "voc.toml"
    path.write_text('[store]\npath = "voc.duckdb"\n[run]\ntimezone = "Asia/Tehran"\n'
                    '[publish.trends]\nweeks = 4\nmin_records = 10\n', encoding="utf-8")
    t = trends_for(load_config(path).db_path, load_config(path))
    assert t.window.weeks == ("2026-W43", "2026-W44", "2026-W45", "2026-W46")
    assert t.window.tz == "Asia/Tehran" and t.settings["min_records"] == 10
