"""The voc command: exit codes and messages a person can act on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

VOC = [sys.executable, "-m", "voc.cli"]


def run_voc(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", **env}
    full_env.pop("VOC_CONFIG", None)
    return subprocess.run([*VOC, *args], cwd=cwd, capture_output=True, text=True, env=full_env, timeout=120)


def test_cli_init_writes_a_valid_config_and_refuses_to_overwrite(tmp_path):
    first = run_voc("init", cwd=tmp_path)
    second = run_voc("init", cwd=tmp_path)
    assert first.returncode == 0 and (tmp_path / "voc.toml").is_file()
    assert second.returncode == 2 and "--force" in second.stderr
    from voc.config import load_config

    assert load_config(tmp_path / "voc.toml").sources


def test_cli_missing_config_exits_2_with_the_fix(tmp_path):
    proc = run_voc("status", cwd=tmp_path)
    assert proc.returncode == 2
    assert "E001" in proc.stderr and "voc init" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_cli_status_without_store_says_run_first(tmp_path):
    (tmp_path / "voc.toml").write_text('[store]\npath = "x.duckdb"\n', encoding="utf-8")
    proc = run_voc("status", cwd=tmp_path)
    assert proc.returncode == 2 and "voc run" in proc.stderr


def test_cli_status_shows_runs_counts_and_rejects(tmp_path, make_record):
    from voc.records import Reject
    from voc.store import Store

    with Store(tmp_path / "voc.duckdb") as store:
        run_id = store.start_run("test")
        store.upsert_records([make_record("a", lang="fa"), make_record("b", "hello", lang="en")], run_id)
        store.add_rejects([Reject("reviews", "reviews.csv:9", "E008 field 'text' is missing")], run_id)
        store.finish_run(run_id, "succeeded", {"collected": 2, "inserted": 2, "rejected": 1})
    (tmp_path / "voc.toml").write_text('[store]\npath = "voc.duckdb"\n', encoding="utf-8")
    proc = run_voc("status", cwd=tmp_path, COLUMNS="200")
    assert proc.returncode == 0, proc.stderr
    assert run_id in proc.stdout and "succeeded" in proc.stdout
    assert "reviews.csv:9" in proc.stdout and "E008" in proc.stdout
    assert "records by lang" in proc.stdout


def test_cli_second_writer_is_refused_with_exit_3(tmp_path):
    from voc.store import Store

    (tmp_path / "voc.toml").write_text('[store]\npath = "voc.duckdb"\n', encoding="utf-8")
    with Store(tmp_path / "voc.duckdb"):
        proc = run_voc("run", cwd=tmp_path)
    assert proc.returncode == 3, proc.stderr
    assert "Only one writer" in proc.stderr


@pytest.mark.parametrize("args", [["--help"], ["run", "--help"], ["status", "--help"]])
def test_cli_help_exits_0(tmp_path, args):
    proc = run_voc(*args, cwd=tmp_path)
    assert proc.returncode == 0 and "Usage" in proc.stdout
