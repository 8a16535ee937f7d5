"""The viewer's count and chart, read on a thread of their own: the Qt thread never waits on
them (a word on every event of a full log takes most of a second to chart: its bars are drawn
as they are counted, newest first, saying so, until the complete chart replaces them).

Each filter change asks for both with a new generation number; the thread answers the newest
request only, stops a read that a newer request made useless (`EventStore.interrupt`), and
reads on its own connection (a lane), so it never holds up the page the table reads. Answers
come back as Qt signals, queued to the Qt thread, which drops any older than its filter.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal

from app.storage import EventFilter, EventStore, StoreUnavailable
from ui.viewer.chart import Bins, chart_range, choose_bins

log = logging.getLogger(__name__)

LANE = "viewer-stats"
COUNT_CAP = 10_000  # a free-text search is counted up to this: "more than 10,000 events"
# A chart counted in steps (a word on many events) is drawn as it is counted: first once it
# has been counted this long (its first step: a week of a full log, ~10 ms), then at most
# this often, then complete.
FIRST_PARTIAL_S = 0.0
PARTIAL_EVERY_S = 0.25
# A search whose chart took this long is counted once more while the viewer is idle and kept
# in memory (EventStore.keep_counts): its count becomes exact ("more than 10,000" until then),
# its next charts and counts take milliseconds. 0: every chart counted in steps (a word on
# many events) is kept, however quick: the events per day and template answer a word of the
# summaries in tens of ms, but not its count.
KEEP_AFTER_S = 0.0


@dataclass(frozen=True)
class Request:
    generation: int
    filter: EventFilter
    now: datetime  # naive local
    utc_offset: timedelta


def _local(moment: datetime | None) -> datetime | None:
    """An aware UTC moment as naive local time, as the chart draws it."""
    return moment.astimezone().replace(tzinfo=None) if moment is not None else None


class StatsReader(QObject):
    """`ask` from the Qt thread; `counted`, `charted` and `failed` come back on it."""

    counted = Signal(int, int, bool)  # generation, events (at most COUNT_CAP + 1), exact
    # generation, [(bin start, level, n)], Bins, how many of the oldest bins are not counted
    # yet (0: the chart is complete; else the newer bins are final and these still to come)
    charted = Signal(int, object, object, int)
    failed = Signal(int, str)  # generation, why
    kept = Signal(int)  # generation: its search's counts are kept, its next charts are quick

    def __init__(self, store: EventStore) -> None:
        super().__init__()
        self.store = store
        self.cap = COUNT_CAP
        self._wanted: Request | None = None
        self._busy_with = -1
        self._stop = False
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._serve, name="viewer-stats", daemon=True)
        self._thread.start()

    def ask(self, request: Request) -> None:
        with self._changed:
            self._wanted = request
            running = self._busy_with
            self._changed.notify()
        if running >= 0:
            self.store.interrupt(LANE)  # whatever it reads is for an older filter

    def stop(self) -> None:
        with self._changed:
            self._stop = True
            self._wanted = None
            self._changed.notify()
        self.store.interrupt(LANE)
        self._thread.join(timeout=10)

    def _next(self) -> Request | None:
        with self._changed:
            while self._wanted is None and not self._stop:
                self._changed.wait()
            if self._stop:
                return None
            request, self._wanted = self._wanted, None
            assert request is not None
            self._busy_with = request.generation
            return request

    def _stale(self, request: Request) -> bool:
        with self._changed:
            return self._stop or self._wanted is not None

    def _serve(self) -> None:
        while (request := self._next()) is not None:
            try:
                with self.store.reading_lane(LANE):
                    self._answer(request)
            except sqlite3.OperationalError as exc:
                if "interrupt" not in str(exc).lower():
                    log.warning("viewer: counting failed: %s", exc)
                    self.failed.emit(request.generation, str(exc))
            except StoreUnavailable as exc:
                self.failed.emit(request.generation, str(exc))
            except Exception:  # a bug must not end the thread: the next filter tries again
                log.exception("viewer: counting failed")
            finally:
                with self._changed:
                    self._busy_with = -1

    def _answer(self, request: Request) -> None:
        f = request.filter
        kept = self.store.kept_count(f)  # a word on many events charted before: exact
        is_common: bool | None = None  # of its search, once known: not asked again below
        if kept is not None:
            self.counted.emit(request.generation, kept, True)
        elif f.search:
            total, is_common = self.store.count_planned(f, at_most=self.cap)
            self.counted.emit(request.generation, total, total <= self.cap)
        else:
            self.counted.emit(request.generation, self.store.count(f), True)
        if self._stale(request):
            return
        since, until = _local(f.since), _local(f.until)
        oldest = None if since is not None else self.store.earliest(f, is_common=is_common)
        bins: Bins = choose_bins(*chart_range(request.now, since, until, _local(oldest)))
        steps = self.store.counts_in_bins_stepwise(
            f,
            bins.first,
            bins.width,
            bins.count,
            utc_offset=request.utc_offset,
            is_common=is_common,
        )
        began = shown = time.monotonic()
        wait = FIRST_PARTIAL_S
        for taken, (uncounted, counts) in enumerate(steps):
            if not uncounted:
                self.charted.emit(request.generation, counts, bins, 0)
                slow = time.monotonic() - began >= KEEP_AFTER_S
                if taken and slow and f.search:  # a word on many events: next time at once
                    self._keep_counts(request, f.search, bins)
                return
            if self._stale(request):
                return
            now = time.monotonic()
            if now - shown >= wait:
                self.charted.emit(request.generation, counts, bins, uncounted)
                shown, wait = now, PARTIAL_EVERY_S

    def _keep_counts(self, request: Request, search: str, bins: Bins) -> None:
        """Count the word's matches per day into a tally the store keeps, a short read at a
        time, until done or a newer request comes (then the part counted is dropped)."""
        building = self.store.keep_counts(
            search, bins.first, bins.width, bins.count, utc_offset=request.utc_offset
        )
        for _ in building:
            if self._stale(request):
                building.close()
                return
        self.kept.emit(request.generation)
        total = self.store.kept_count(request.filter)
        if total is not None and not self._stale(request):  # "more than 10,000" made exact
            self.counted.emit(request.generation, total, True)
