"""The clock an analysis's time budget is kept in: the analysing thread's CPU time, less the
time that thread spent in full garbage collections.

The budget bounds the work attacker text can cause. Kept in CPU time, the same text gets the
same verdict on a busy machine as on an idle one; in wall time, a loaded machine cut analyses
short and turned ordinary long texts `suspicious` (seen under a load of 8 on two cores).

A full (oldest-generation) collection walks every object the process holds, so its cost is
the process's, not the text's: one that fell inside an analysis made `xattr -c file` (13
characters, under 1 ms of work) "could not be checked fully" and `malicious` in a test process
holding a large heap. Such collections are taken off the clock. The young generations are
left on it: how often they run is what the text's own allocations decide.
"""

from __future__ import annotations

import contextlib
import gc
import threading
import time
from collections.abc import Iterator
from typing import Any

FULL = 2  # the generation a full collection reports
# An analysis's budget unless told (engine.py); here, so that what only names it (the
# analysis process's spec, worker.py) does not import the engine
DEFAULT_BUDGET_MS = 60.0


class _GcTime(threading.local):
    started = -1.0  # thread CPU time when this thread's full collection began (-1: none)
    total = 0.0  # seconds of this thread's CPU time spent in full collections


_gc = _GcTime()


def _on_gc(phase: str, info: dict[str, Any]) -> None:
    """gc.callbacks hook: runs in the thread whose allocation set the collection off."""
    if info.get("generation") != FULL:
        return
    now = time.thread_time()
    if phase == "start":
        _gc.started = now
    elif _gc.started >= 0.0:
        _gc.total += now - _gc.started
        _gc.started = -1.0


if _on_gc not in gc.callbacks:
    gc.callbacks.append(_on_gc)


def budget_clock() -> float:
    """Seconds of this thread's CPU time outside full collections; compare only with other
    readings of this thread."""
    return time.thread_time() - _gc.total


@contextlib.contextmanager
def off_the_clock() -> Iterator[None]:
    """Work inside is taken off this thread's budget clock, as a full collection is: what a
    process makes once when first needed (a long text's prefilters), whose cost is the
    process's, not the text's that happened to need it first."""
    start, collected = time.thread_time(), _gc.total
    try:
        yield
    finally:  # a full collection inside is off the clock already
        _gc.total += (time.thread_time() - start) - (_gc.total - collected)
