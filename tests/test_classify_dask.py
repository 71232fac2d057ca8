"""The classify stage on a local Dask cluster gives the same predictions as one process."""

from __future__ import annotations

import pytest

from voc.store import Store

ROWS = [
    "فروشنده گفت نصب رایگان است ولی هزینه نصب را از من گرفتند",
    "کیفیت عالی بود، ممنون",
    "وعدوني بالتوصيل خلال يومين ووصل الطلب بعد أسبوعين",
    "الفندق نظيف والموقع ممتاز",
    "The ad said 24/7 support, but nobody answers the phone after 5pm.",
    "The headphones broke after two weeks.",
    "حجزت غرفة مطلة على البحر حسب الإعلان وأعطوني غرفة على الشارع",
    "رنگ محصول با عکس سایت فرق داشت",
]
COLUMNS = ("external_id, is_complaint, complaint_score, promise_gap, promise_gap_score, topic, p.source, "
           "evidence, evidence_start, evidence_end, model_version")


def _run(tmp_path, write_config, runner: str) -> list[tuple]:
    from pipelines.nightly import run_nightly, scheduled

    folder = tmp_path / runner
    folder.mkdir()
    extra = '\n[classify]\nrunner = "dask"\ndask_workers = 2\nchunk_size = 3\n' if runner == "dask" else ""
    cfg = write_config(folder, extra=extra)
    (folder / "inbox" / "reviews").mkdir()
    body = "".join(f'r{i},"{t}"\n' for i, t in enumerate(ROWS))
    (folder / "inbox" / "reviews" / "r.csv").write_text("id,body\n" + body, encoding="utf-8")
    # The Dask run goes through the deployment's entry point, as a Prefect worker would start it.
    summary = scheduled(str(cfg), trigger="test") if runner == "dask" else run_nightly(str(cfg), trigger="test")
    assert summary["stages"]["classify"]["classified"] == len(ROWS)
    assert summary["stages"]["classify"]["runner"] == runner
    with Store(folder / "voc.duckdb", read_only=True) as store:
        return store.con.execute(
            f"SELECT {COLUMNS} FROM predictions p JOIN records USING (record_id) ORDER BY external_id").fetchall()


@pytest.mark.slow
def test_classify_on_local_dask_cluster_matches_single_process(prefect_harness, tmp_path, write_config):
    local = _run(tmp_path, write_config, "local")
    on_dask = _run(tmp_path, write_config, "dask")
    assert len(local) == len(ROWS)
    assert on_dask == local


def test_the_deployment_runs_the_flow_that_honours_the_configured_runner():
    from pathlib import Path

    import yaml

    from pipelines import nightly

    spec = yaml.safe_load((Path(__file__).resolve().parents[1] / "prefect.yaml").read_text(encoding="utf-8"))
    (deployment,) = spec["deployments"]
    path, name = deployment["entrypoint"].split(":")
    assert path == "pipelines/nightly.py" and getattr(nightly, name) is nightly.scheduled
    assert deployment["concurrency_limit"] == 1
