"""The budget clock: the analysing thread's CPU time, with full collections taken off."""

from __future__ import annotations

import gc
import threading

from app.detection.clock import budget_clock, off_the_clock


def _busy(seconds: float) -> None:
    start = budget_clock()
    while budget_clock() - start < seconds:
        pass


def test_the_clock_counts_the_threads_own_work() -> None:
    start = budget_clock()
    _busy(0.02)
    assert budget_clock() - start >= 0.02


def test_a_full_collection_of_a_large_heap_is_not_charged_to_the_analysis() -> None:
    # a heap the text did not make: full collections of it cost the process, not the text
    heap = [[i, str(i), {i: i}] for i in range(300_000)]
    try:
        start = budget_clock()
        for _ in range(3):
            gc.collect()  # each walks ~1 million objects: tens of ms of CPU time
        charged = budget_clock() - start
    finally:
        del heap
    assert charged < 0.005, f"{charged * 1000:.1f} ms of full collections charged"


def test_a_full_collection_in_another_thread_leaves_this_threads_clock_alone() -> None:
    import time

    heap = [[i, str(i)] for i in range(300_000)]
    offset = time.thread_time() - budget_clock()  # what this thread has had taken off so far

    def collect() -> None:
        gc.collect()

    thread = threading.Thread(target=collect)
    thread.start()
    thread.join()
    # a count shared by all threads would have moved by the other thread's ~10 ms collection
    assert abs((time.thread_time() - budget_clock()) - offset) < 0.001
    del heap


def test_work_off_the_clock_is_not_charged_and_a_collection_inside_is_taken_off_once() -> None:
    heap = [[i, str(i), {i: i}] for i in range(300_000)]
    try:
        start = budget_clock()
        with off_the_clock():
            _busy_thread(0.02)
            gc.collect()  # a full collection inside: off the clock already, not twice
        charged = budget_clock() - start
        _busy(0.01)  # and the clock runs again after it
        after = budget_clock() - start
    finally:
        del heap
    assert abs(charged) < 0.003, f"{charged * 1000:.1f} ms charged"
    assert after >= 0.01


def _busy_thread(seconds: float) -> None:
    import time

    start = time.thread_time()
    while time.thread_time() - start < seconds:
        pass
