"""voc.toml loading: validation errors name the field, env overrides, the starter config."""

from __future__ import annotations

from pathlib import Path

import pytest

from voc.config import load_config
from voc.errors import ConfigError

MINIMAL = """
[store]
path = "db/voc.duckdb"
[run]
data_dir = "inbox"
[[sources]]
name = "calls"
kind = "transcript"
path = "calls"
channel = "transcript"
"""


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "voc.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_config_relative_paths_resolve_against_config_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("VOC_DB", raising=False)
    monkeypatch.delenv("VOC_DATA_DIR", raising=False)
    cfg = load_config(write(tmp_path, MINIMAL))
    assert cfg.db_path == tmp_path / "db" / "voc.duckdb"
    assert cfg.source_specs()[0].path == tmp_path / "inbox" / "calls"


def test_config_environment_overrides_paths(tmp_path, monkeypatch):
    monkeypatch.setenv("VOC_DB", str(tmp_path / "elsewhere.duckdb"))
    monkeypatch.setenv("VOC_SOURCE_CALLS_PATH", "/mnt/share/calls")
    cfg = load_config(write(tmp_path, MINIMAL))
    assert cfg.db_path == tmp_path / "elsewhere.duckdb"
    assert cfg.source_specs()[0].path == Path("/mnt/share/calls")


def test_config_missing_file_says_how_to_make_one(tmp_path):
    with pytest.raises(ConfigError, match="voc init"):
        load_config(tmp_path / "nope.toml")


@pytest.mark.parametrize(
    "text, expected",
    [
        (MINIMAL.replace('kind = "transcript"', 'kind = "fax"'), "sources.0.kind"),
        (MINIMAL.replace('channel = "transcript"', 'channel = "phone"'), "sources.0.channel"),
        (MINIMAL + "\n[surprise]\nx = 1\n", "surprise"),
        (MINIMAL.replace('name = "calls"', 'name = "my calls"'), "letters, digits"),
        (MINIMAL + MINIMAL[MINIMAL.index("[[sources]]"):], "duplicate"),
    ],
)
def test_config_invalid_field_is_named(tmp_path, text, expected):
    with pytest.raises(ConfigError, match=expected):
        load_config(write(tmp_path, text))


def test_config_bad_toml_names_the_file(tmp_path):
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(write(tmp_path, "[store\npath = 1"))


def test_config_unknown_source_name_lists_known(tmp_path):
    with pytest.raises(ConfigError, match="Configured sources: calls"):
        load_config(write(tmp_path, MINIMAL)).source_specs(["mail"])


def test_config_starter_template_is_valid(tmp_path):
    from importlib import resources

    text = resources.files("voc").joinpath("templates/voc.toml").read_text(encoding="utf-8")
    cfg = load_config(write(tmp_path, text))
    assert {s.kind for s in cfg.sources} == {"review", "helpdesk", "email", "transcript"}
    assert cfg.run.schedule == "0 2 * * *"


def test_config_schedule_and_timezone_drive_the_served_flow(tmp_path):
    from pipelines.nightly import schedule_for

    cfg = load_config(write(tmp_path, MINIMAL.replace('[run]\n', '[run]\nschedule = "30 1 * * 1-5"\ntimezone = "Asia/Tehran"\n')))
    sched = schedule_for(cfg)
    assert (sched.cron, sched.timezone) == ("30 1 * * 1-5", "Asia/Tehran")
    assert schedule_for(load_config(write(tmp_path, MINIMAL))).cron == "0 2 * * *"  # the default: 02:00


@pytest.mark.parametrize("line, expected", [('schedule = "every night"', "cron expression"),
                                            ('timezone = "Mars/Olympus"', "unknown time zone")])
def test_config_bad_schedule_or_timezone_is_named(tmp_path, line, expected):
    with pytest.raises(ConfigError, match=expected):
        load_config(write(tmp_path, MINIMAL.replace("[run]\n", f"[run]\n{line}\n")))


def test_store_memory_limit_defaults_to_one_gigabyte_and_rejects_a_non_size(tmp_path):
    import pytest

    from voc.config import Config

    assert Config().store.memory_limit == "1GB"
    assert Config.model_validate({"store": {"memory_limit": " 2GB "}}).store.memory_limit == "2GB"
    with pytest.raises(ValueError, match="memory_limit 'lots' is not a size"):
        Config.model_validate({"store": {"memory_limit": "lots"}})
