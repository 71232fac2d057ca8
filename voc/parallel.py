"""Run a function over batches in worker processes, with results back in order.

The heavy stages (normalize, classify) are CPU-bound Python; one process uses one core. This
spreads their batches over a pool of worker processes while the calling process stays the
only one that reads and writes the store. At most ``2 * workers`` batches are in flight, so
memory stays bounded however many records are pending. Workers are started with "spawn"
(never fork: the flow process holds threads and an open DuckDB file).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

B = TypeVar("B")
AUTO_MIN_RECORDS = 20_000  # below this, starting workers (seconds each) costs more than it saves
MAX_AUTO_WORKERS = 8


def worker_count(setting: int, pending: int) -> int:
    """How many worker processes a stage uses for ``pending`` records.

    Args:
        setting: ``[run] workers`` from the config: 0 for automatic (one per core when at least
            AUTO_MIN_RECORDS are pending, else none), 1 to stay in this process, N for N workers.
        pending: records the stage has to process.
    """
    if setting > 0:
        return setting
    if pending < AUTO_MIN_RECORDS:
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_AUTO_WORKERS))


def _init_worker(setup: Callable[..., None] | None, args: tuple) -> None:
    """Each worker uses one core (one torch thread), ends when its parent ends, then runs the
    caller's setup."""
    import multiprocessing
    import threading

    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent.sentinel,), daemon=True, name="voc-parent-watch").start()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import torch

    torch.set_num_threads(1)
    if setup is not None:
        setup(*args)


def _exit_with(sentinel: int) -> None:
    """Wait for the parent process to end (killed, say), then end this worker at once: a worker
    must not outlive the run that started it."""
    from multiprocessing.connection import wait

    wait([sentinel])
    os._exit(1)


def map_batches(fn: Callable[[B], Any], batches: Iterable[B], workers: int,
                setup: Callable[..., None] | None = None, setup_args: tuple = ()) -> Iterator[tuple[B, Any]]:
    """Yield ``(batch, fn(batch))`` for each batch, in order.

    A batch whose call raises yields ``(batch, exception)`` so the caller can reject its records
    and go on. With ``workers <= 1`` everything runs here. With more, ``fn``, ``setup`` and
    ``setup_args`` must be picklable (module-level functions); ``setup(*setup_args)`` runs once
    in each worker before its first batch (to load a model once, say), and not at all here.

    Raises:
        BrokenProcessPool: a worker died (killed, out of memory); the run stops and the next
            run picks up what was not stored.
    """
    if workers <= 1:
        for batch in batches:
            try:
                yield batch, fn(batch)
            except Exception as err:  # noqa: BLE001 - handed to the caller, which rejects the batch
                yield batch, err
        return
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                             initargs=(setup, setup_args)) as pool:
        in_flight: deque[tuple[B, Future]] = deque()
        for batch in batches:
            in_flight.append((batch, pool.submit(fn, batch)))
            if len(in_flight) >= 2 * workers:
                yield _result(*in_flight.popleft())
        while in_flight:
            yield _result(*in_flight.popleft())


def _result(batch: B, future: Future) -> tuple[B, Any]:
    try:
        return batch, future.result()
    except BrokenProcessPool:
        raise
    except Exception as err:  # noqa: BLE001 - handed to the caller, which rejects the batch
        return batch, err
