"""The nightly flow retrains with the labels people imported during the day, unattended, and
classifies that night with the model the promotion gate chose."""

from __future__ import annotations

import json
import shutil

from voc.review.promotions import promotion_history
from voc.store import Store

from .test_retrain import FAST, answer, correct, start, version  # noqa: F401 - start is a fixture

CONFIG = """[store]
path = "voc.duckdb"
[run]
data_dir = "inbox"
[classify]
model_path = "model"
[review]
retrain = true
training_data = "data"
min_holdout_labels = 10
retrain_settings = {settings}
"""


def test_nightly_retrains_after_labels_arrive_and_classifies_with_the_promoted_model(prefect_harness, start,
                                                                                      tmp_path):
    from pipelines.nightly import nightly

    shutil.copy(start / "voc.duckdb", tmp_path / "voc.duckdb")
    shutil.copytree(start / "model", tmp_path / "model")
    shutil.copytree(start / "data", tmp_path / "data")
    (tmp_path / "inbox").mkdir()
    cfg = tmp_path / "voc.toml"
    cfg.write_text(CONFIG.format(settings=json.dumps(FAST)), encoding="utf-8")
    start_version = version(start / "model")

    quiet = nightly(str(cfg), trigger="test")  # no labels yet: nothing to retrain on
    assert {k: v for k, v in quiet["stages"]["retrain"].items() if k != "seconds"} == {"ran": False, "new_labels": 0}

    answer(tmp_path, correct)  # people label the queue during the day (export, import through the CLI)
    night = nightly(str(cfg), trigger="test")
    retrained = night["stages"]["retrain"]
    assert retrained["ran"] and retrained["new_labels"] > 0 and retrained["promote"] is True, retrained
    new_version = version(tmp_path / "model")
    assert new_version == retrained["candidate_version"] != start_version
    with Store(tmp_path / "voc.duckdb", read_only=True) as store:
        [decision] = promotion_history(store)
        records = store.scalar("SELECT count(*) FROM records")
        by_version = dict(store.con.execute(
            "SELECT model_version, count(DISTINCT record_id) FROM predictions GROUP BY 1").fetchall())
    assert decision["promote"] and decision["candidate_version"] == new_version
    # That night every record got a prediction from the promoted model.
    assert night["stages"]["classify"]["classified"] == records and by_version[new_version] == records

    again = nightly(str(cfg), trigger="test")  # no new labels since that decision: no retraining
    assert again["stages"]["retrain"]["ran"] is False and again["stages"]["classify"]["classified"] == 0


def test_a_retraining_that_fails_is_reported_and_the_night_goes_on_with_the_current_model(prefect_harness, start,
                                                                                           tmp_path):
    from pipelines.nightly import nightly

    shutil.copy(start / "voc.duckdb", tmp_path / "voc.duckdb")
    shutil.copytree(start / "model", tmp_path / "model")
    shutil.copytree(start / "data", tmp_path / "data")
    (tmp_path / "inbox").mkdir()
    cfg = tmp_path / "voc.toml"
    cfg.write_text(CONFIG.format(settings='["hp.epochs=lots"]'), encoding="utf-8")
    answer(tmp_path, correct)
    night = nightly(str(cfg), trigger="test")
    retrained = night["stages"]["retrain"]
    assert retrained["ran"] and retrained["promote"] is False and "E114" in retrained["error"]
    assert version(tmp_path / "model") == version(start / "model")
    with Store(tmp_path / "voc.duckdb", read_only=True) as store:
        assert promotion_history(store) == []
        status = store.scalar("SELECT status FROM runs ORDER BY started_at DESC LIMIT 1")
    assert status == "succeeded"
