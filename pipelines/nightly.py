"""The nightly flow: collect → (normalize → classify → trends → publish) → store."""

from __future__ import annotations

import os
import time
from datetime import datetime
from functools import lru_cache
from typing import Any

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.artifacts import create_markdown_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.schedules import Cron  # noqa: E402

from voc.collect import collect_source  # noqa: E402
from voc.config import Config, load_config  # noqa: E402
from voc.ingest.base import SourceSpec  # noqa: E402
from voc.runs import summary_markdown, totals  # noqa: E402
from voc.store import Store  # noqa: E402


def _io_error(task, task_run, state) -> bool:
    """Retry only on I/O trouble (a share that blinked), never on a bad config or a lock."""
    try:
        state.result()
    except OSError:
        return True
    except Exception:  # noqa: BLE001 - any other failure is final
        return False
    return False


@task(retries=2, retry_delay_seconds=[10, 60], retry_condition_fn=_io_error, cache_policy=NO_CACHE)
def collect(store: Store, spec: SourceSpec, run_id: str, since: datetime | None, batch_size: int) -> dict:
    """Collect one source into the store."""
    log = get_run_logger()
    written = 0

    def progress(n: int) -> None:
        nonlocal written
        written += n
        log.info("%s: %d records written", spec.name, written)

    stats = collect_source(store, spec, run_id=run_id, since=since, batch_size=batch_size, progress=progress)
    log.info("%s: %s", spec.name, stats.as_dict())
    return stats.as_dict()


@task(cache_policy=NO_CACHE)
def normalize(store: Store, cfg: Config, run_id: str) -> dict:
    """Identify the language of, normalize and redact every new or changed record."""
    from voc.parallel import worker_count
    from voc.stages.normalize import count_normalize_pending, normalize_pending

    log = get_run_logger()
    done = 0
    workers = worker_count(cfg.run.workers, count_normalize_pending(store))

    def progress(n: int) -> None:
        nonlocal done
        done += n
        log.info("normalize: %d records", done)

    result = normalize_pending(store, batch_size=cfg.run.batch_size, run_id=run_id, progress=progress,
                               workers=workers)
    return {**result, "workers": workers}


@lru_cache(maxsize=2)
def _model(path: str | None, version: str):
    """One model handle per process (Dask worker) and model version; never a task result. The
    weights load where predictions are made: the flow's process loads none when workers classify."""
    from voc.classify.handle import ModelHandle

    handle = ModelHandle(path)
    if handle.version != version:
        from voc.classify.messages import E117
        from voc.errors import ModelError

        raise ModelError(E117.format(path=handle.path, detail=f"it holds {handle.version}, the run classifies "
                                                              f"with {version}; the folder changed during the run"))
    return handle


@task(cache_policy=NO_CACHE)
def predict_chunk(items: list[dict], model_path: str | None, version: str) -> list[dict]:
    """Classify one chunk of records; runs wherever the flow's task runner puts it (Dask workers)."""
    return _model(model_path, version).predict(items)


@task(cache_policy=NO_CACHE)
def retrain(store: Store, cfg: Config) -> dict:
    """Retrain with the human labels imported since the last decision, behind the promotion gate.

    Runs only with ``[review] retrain = true``. Trains on ``[review] training_data`` (default:
    voc's project data) plus the train side of the human labels; the shared dev set is for
    `voc train` by hand. A failure is reported in the run summary and the current model stays:
    tonight's classify goes on with it.
    """
    from voc.classify.data import PROJECT_DATA
    from voc.classify.labels import DEFAULT_MODEL
    from voc.review.retrain import new_labels_since_last_decision, retrain as retrain_model
    from voc.review.settings import review_settings

    log = get_run_logger()
    review = review_settings(cfg.review)
    new = new_labels_since_last_decision(store)
    if not review.retrain or not new:
        return {"ran": False, "new_labels": new}
    data = Config._resolve(review.training_data, cfg.base_dir) if review.training_data else PROJECT_DATA
    try:
        settings = None
        if review.retrain_settings:
            from voc.classify.overrides import apply_overrides
            from voc.classify.train import Settings

            settings = apply_overrides(Settings(), review.retrain_settings)
        res = retrain_model(store, model=cfg.model_path or DEFAULT_MODEL, data=data, shared=None, settings=settings,
                            review=review)
    except Exception as err:  # noqa: BLE001 - a failed retraining keeps the current model; the run goes on
        log.error("retraining failed, the current model stays: %s", err)
        return {"ran": True, "new_labels": new, "promote": False, "error": str(err)}
    log.info("retrained %s: %s (%s)", res["candidate_version"], "promoted" if res["promote"] else "not promoted",
             "; ".join(res["reasons"]))
    return {"ran": True, "new_labels": new, "promote": res["promote"], "candidate_version": res["candidate_version"],
            "current_version": res["current_version"], "reasons": res["reasons"]}


def classify(store: Store, cfg: Config, run_id: str) -> dict:
    """Classify every record the current model has not seen, writing from this process only.

    With ``[classify] runner = "dask"`` each batch is cut into chunks that run as Prefect tasks
    on the flow's Dask task runner; the predictions come back here and this process, the single
    store writer, merges them.
    """
    from voc.classify.handle import ModelHandle
    from voc.parallel import worker_count
    from voc.stages.classify import classify_pending, count_classify_pending

    log = get_run_logger()
    model_path = str(cfg.model_path) if cfg.model_path else None
    model = ModelHandle(model_path)  # read now: a model promoted by tonight's retrain is the one used
    done = 0

    def progress(n: int) -> None:
        nonlocal done
        done += n
        log.info("classify: %d records", done)

    def on_dask(items: list[dict]) -> list[dict]:
        size = cfg.classify.chunk_size
        futures = [predict_chunk.submit(items[i:i + size], model_path, model.version)
                   for i in range(0, len(items), size)]
        return [p for f in futures for p in f.result()]

    if cfg.classify.runner == "dask":
        result = classify_pending(store, model, batch_size=cfg.run.batch_size, run_id=run_id, progress=progress,
                                  predict=on_dask)
        return {**result, "runner": "dask"}
    workers = worker_count(cfg.run.workers, count_classify_pending(store, model.version))
    result = classify_pending(store, model, batch_size=cfg.run.batch_size, run_id=run_id, progress=progress,
                              workers=workers)
    return {**result, "runner": "local", "workers": workers}


def task_runner_for(cfg: Config):
    """The flow's task runner: Dask when the config asks for it, else Prefect's default."""
    if cfg.classify.runner != "dask":
        return None
    from prefect_dask import DaskTaskRunner

    if cfg.classify.dask_address:
        return DaskTaskRunner(address=cfg.classify.dask_address)
    return DaskTaskRunner(cluster_kwargs={"n_workers": cfg.classify.dask_workers, "threads_per_worker": 1,
                                          "processes": True, "dashboard_address": None})


@task(cache_policy=NO_CACHE)
def trends(store: Store, cfg: Config):
    """Topic trends over the store for the report window."""
    from voc.publish import trends_for

    return trends_for(store, cfg)


@task(retries=1, retry_delay_seconds=30, retry_condition_fn=_io_error, cache_policy=NO_CACHE)
def publish(data, cfg: Config) -> dict:
    """Render every audience's report and deliver it; a failing channel is reported, not raised."""
    from voc.publish import publish as publish_reports

    return publish_reports(data, cfg)


@task(cache_policy=NO_CACHE)
def review(store: Store, cfg: Config) -> dict:
    """Queue tonight's records for people to check; estimate quality from their answers."""
    from zoneinfo import ZoneInfo

    from voc.review.nightly import review_nightly

    day = datetime.now(ZoneInfo(cfg.run.timezone)).date()
    result = review_nightly(store, day=day, settings=cfg.review)
    queue = result["queue"]
    return {"queued": queue.get("queued", 0) if isinstance(queue, dict) else 0,
            "quality_rows": len(result["quality"])}


def _trend_counts(summary: dict[str, Any]) -> dict[str, Any]:
    """The trend summary's headline numbers, for the run summary (the reports hold the rest)."""
    moves = summary.get("moves", [])
    return {**summary.get("totals", {}), "claims": summary.get("claims", 0), "emerging": summary.get("emerging", 0),
            "rising": sum(m["direction"] == "rising" for m in moves),
            "falling": sum(m["direction"] == "falling" for m in moves),
            "weeks": f"{summary['window']['weeks'][0]}..{summary['window']['latest_week']}"
            if summary.get("window", {}).get("weeks") else ""}


def schedule_for(cfg: Config) -> Cron:
    """The nightly schedule from the config: cron expression and time zone."""
    return Cron(cfg.run.schedule, timezone=cfg.run.timezone)


def _timed(stages: dict[str, Any], name: str, fn, *args) -> Any:
    """Run one stage, keeping its result and its wall time in seconds in the summary."""
    t0 = time.perf_counter()
    result = fn(*args)
    stages[name] = {**(result if isinstance(result, dict) else {}), "seconds": round(time.perf_counter() - t0, 2)}
    return result


@flow(name="voc-nightly", log_prints=True)
def nightly(config_path: str | None = None, since: datetime | None = None,
            sources: list[str] | None = None, trigger: str = "prefect") -> dict[str, Any]:
    """Run every stage once over the new records; return the run summary."""
    cfg = load_config(config_path)
    with Store(cfg.db_path, memory_limit=cfg.store.memory_limit) as store:
        run_id = store.start_run(trigger)
        source_stats: list[dict] = []
        stages: dict[str, Any] = {}
        try:
            t0 = time.perf_counter()
            for spec in cfg.source_specs(sources):
                source_stats.append(collect(store, spec, run_id, since, cfg.run.batch_size))
            stages["collect"] = {**totals(source_stats), "seconds": round(time.perf_counter() - t0, 2)}
            _timed(stages, "retrain", retrain, store, cfg)
            _timed(stages, "normalize", normalize, store, cfg, run_id)
            _timed(stages, "classify", classify, store, cfg, run_id)
            trend_data = _timed(stages, "trends", trends, store, cfg)
            stages["trends"].update(_trend_counts(trend_data.summary()))
            _timed(stages, "review", review, store, cfg)
            published = _timed(stages, "publish", publish, trend_data, cfg)
            stages["publish"] = {k: published.get(k) for k in ("out_dir", "delivered", "failed", "skipped")} | {
                "seconds": stages["publish"]["seconds"]}
        except BaseException as err:
            store.finish_run(run_id, "failed", totals(source_stats), {"sources": source_stats}, str(err))
            raise
        summary = {"run_id": run_id, "db": str(cfg.db_path), "sources": source_stats,
                   "totals": totals(source_stats), "stages": stages}
        store.finish_run(run_id, "succeeded", summary["totals"], summary)
    create_markdown_artifact(summary_markdown(run_id, source_stats, stages), key="voc-nightly-summary",
                             description="voc nightly run summary")
    from voc.publish import summary_markdown as publish_markdown

    create_markdown_artifact(publish_markdown(published), key="voc-publish-summary",
                             description="voc reports of this run")
    return summary


def run_nightly(config_path: str | None = None, **kwargs: Any) -> dict[str, Any]:
    """Run the flow once with the task runner the config asks for (what `voc run` calls)."""
    runner = task_runner_for(load_config(config_path))
    flow_fn = nightly.with_options(task_runner=runner) if runner is not None else nightly
    return flow_fn(config_path, **kwargs)


@flow(name="voc-nightly-deployment", log_prints=True)
def scheduled(config_path: str | None = None, trigger: str = "deployment") -> dict[str, Any]:
    """What the deployment in prefect.yaml runs: voc-nightly with the task runner the config asks
    for (a flow's task runner is fixed when it starts, so this parent flow picks it)."""
    return run_nightly(config_path, trigger=trigger)


if __name__ == "__main__":
    import sys

    print(nightly(sys.argv[1] if len(sys.argv) > 1 else None))
