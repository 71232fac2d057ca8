"""`voc review export|import|status` through Typer, plus the nightly step and the [review] settings."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from voc.errors import ConfigError, VocError
from voc.review.commands import register
from voc.review.messages import LabelFileError
from voc.review.nightly import review_nightly
from voc.review.settings import review_settings
from voc.store import Store

TEXT = "فروشنده قول داد نصب رایگان باشد ولی پول گرفتند"  # "the seller promised free installation, but charged"


@pytest.fixture
def project(tmp_path, builder):
    with Store(tmp_path / "voc.duckdb") as store:
        b = builder(store)
        for i in range(6):
            b.record(f"r{i}", TEXT).predict(f"r{i}", gap=0.2 + i / 10)
        review_nightly(store, day=b.day, settings={"daily_budget": 4, "random_share": 0.5, "seed": 3})
    (tmp_path / "voc.toml").write_text('[store]\npath = "voc.duckdb"\n[review]\ndaily_budget = 4\n', encoding="utf-8")
    return tmp_path


def invoke(*args):
    app = typer.Typer()
    app.command()(lambda: None)  # a second command keeps "review" a sub-command, as in voc's app
    register(app)
    return CliRunner().invoke(app, ["review", *map(str, args)])


def test_commands_export_import_status(project):
    cfg = project / "voc.toml"
    out = invoke("export", project / "q.json", "--config", cfg)
    assert out.exit_code == 0, out.output
    assert "wrote 4 item(s)" in out.output and "q.label_config.xml" in out.output
    tasks = json.loads((project / "q.json").read_text(encoding="utf-8"))
    done = [{**t, "annotations": [{"completed_by": 2, "created_at": "2026-10-02T10:00:00Z", "result": [
        {"from_name": "is_complaint", "type": "choices", "value": {"choices": ["true"]}},
        {"from_name": "promise_gap", "type": "choices", "value": {"choices": ["false"]}}]}]} for t in tasks]
    (project / "done.json").write_text(json.dumps(done, ensure_ascii=False), encoding="utf-8")
    res = invoke("import", project / "done.json", "--config", cfg)
    assert res.exit_code == 0, res.output
    assert "4 label(s) written" in res.output
    st = invoke("status", "--config", cfg)
    assert st.exit_code == 0, st.output
    assert "0 open of 4" in st.output and "4 record(s)" in st.output and "done.json" in st.output


def test_commands_import_of_a_bad_file_raises_the_listed_problems(project):
    with Store(project / "voc.duckdb", read_only=True) as store:
        rid = store.scalar("SELECT min(record_id) FROM review_queue")
    (project / "bad.jsonl").write_text(f'{{"record_id": "{rid}", "is_complaint": "sometimes"}}\n', encoding="utf-8")
    res = invoke("import", project / "bad.jsonl", "--config", project / "voc.toml", "--labeller", "sara")
    assert isinstance(res.exception, LabelFileError)
    assert f"bad.jsonl:1 record {rid} field 'is_complaint'" in str(res.exception)
    assert "field 'promise_gap': is missing" in str(res.exception)


def test_commands_without_a_store_say_run_first(tmp_path):
    (tmp_path / "voc.toml").write_text('[store]\npath = "none.duckdb"\n', encoding="utf-8")
    res = invoke("status", "--config", tmp_path / "voc.toml")
    assert isinstance(res.exception, VocError) and "voc run" in str(res.exception)


def test_nightly_fills_the_queue_and_estimates_quality(project):
    with Store(project / "voc.duckdb", read_only=True) as store:
        reasons = dict(store.con.execute("SELECT reason, count(*) FROM review_queue GROUP BY 1").fetchall())
    assert reasons == {"random": 2, "uncertain": 2}


def test_settings_defaults_and_errors_name_the_key():
    s = review_settings({})
    assert (s.daily_budget, s.random_share, s.export_offsets) == (60, 0.2, "utf16")
    with pytest.raises(ConfigError, match="E210 .*'random_share'"):
        review_settings({"random_share": 1.5})
    with pytest.raises(ConfigError, match="E210 .*'budget'"):
        review_settings({"budget": 10})  # a misspelt key is an error, not ignored
