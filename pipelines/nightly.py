"""The nightly flow: collect → (normalize → classify → trends → publish) → store."""

from __future__ import annotations

import os
import time
from datetime import datetime
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
def normalize(store: Store, run_id: str, batch_size: int) -> dict:
    """Identify the language of, normalize and redact every new or changed record."""
    from voc.stages.normalize import normalize_pending

    log = get_run_logger()
    done = 0

    def progress(n: int) -> None:
        nonlocal done
        done += n
        log.info("normalize: %d records", done)

    return normalize_pending(store, batch_size=batch_size, run_id=run_id, progress=progress)


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
    with Store(cfg.db_path) as store:
        run_id = store.start_run(trigger)
        source_stats: list[dict] = []
        stages: dict[str, Any] = {}
        try:
            t0 = time.perf_counter()
            for spec in cfg.source_specs(sources):
                source_stats.append(collect(store, spec, run_id, since, cfg.run.batch_size))
            stages["collect"] = {**totals(source_stats), "seconds": round(time.perf_counter() - t0, 2)}
            _timed(stages, "normalize", normalize, store, run_id, cfg.run.batch_size)
            trend_data = _timed(stages, "trends", trends, store, cfg)
            stages["trends"].update(trend_data.summary())
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


if __name__ == "__main__":
    import sys

    print(nightly(sys.argv[1] if len(sys.argv) > 1 else None))
