"""Test doubles for forwarding: an in-memory outbox, a controllable clock, sinks that fail."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from app.events import Event
from app.forwarding.sink import SinkError

T0 = datetime(2026, 3, 1, 9, 30, 0, 123000, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@dataclass
class Item:
    id: int
    event_id: int
    sink: str
    attempts: int
    event: Event
    retry_at: datetime | None = None
    done: bool = False


class FakeOutbox:
    """The outbox methods of app.storage.EventStore, in memory, with their documented meaning."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.items: list[Item] = []
        self.failed_calls: list[tuple[list[int], datetime]] = []

    def add(self, events: Iterable[Event], sinks: Sequence[str]) -> None:
        for event in events:
            for sink in sinks:
                assert event.id is not None
                self.items.append(Item(len(self.items) + 1, event.id, sink, 0, event))

    def outbox_pending(self, sink: str, limit: int = 500) -> list[Item]:
        now = self.clock()
        due = [
            i
            for i in self.items
            if i.sink == sink and not i.done and (i.retry_at is None or i.retry_at <= now)
        ]
        return due[:limit]

    def outbox_done(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        for item in self.items:
            if item.id in wanted:
                item.done = True

    def outbox_failed(self, ids: Iterable[int], retry_at: datetime) -> None:
        wanted = list(ids)
        self.failed_calls.append((wanted, retry_at))
        for item in self.items:
            if item.id in wanted:
                item.attempts += 1
                item.retry_at = retry_at

    def outbox_retry_now(self, sink: str) -> None:
        for item in self.items:
            if item.sink == sink:
                item.attempts, item.retry_at = 0, None

    def outbox_requeue(self, sink: str, event_ids: Iterable[int]) -> bool:
        for event_id in event_ids:
            event = next(i.event for i in self.items if i.event_id == event_id)
            self.items.append(Item(len(self.items) + 1, event_id, sink, 0, event))
        return True

    def outbox_size(self, sink: str | None = None) -> int:
        return sum(1 for i in self.items if not i.done and (sink is None or i.sink == sink))


class RecordingSink:
    """Takes every batch; `down` makes it refuse, `accept` makes it take only some positions."""

    def __init__(self) -> None:
        self.batches: list[list[Event]] = []
        self.attempts = 0
        self.down = False
        self.accept: set[int] | None = None
        self.closed = False

    def send(self, events: Sequence[Event]) -> None:
        self.attempts += 1
        if self.down:
            raise SinkError("collector down (test)")
        if self.accept is not None:
            taken = [e for i, e in enumerate(events) if i in self.accept]
            self.batches.append(taken)
            raise SinkError("partly refused (test)", self.accept)
        self.batches.append(list(events))

    def close(self) -> None:
        self.closed = True

    @property
    def received_ids(self) -> list[int]:
        return [e.id for batch in self.batches for e in batch if e.id is not None]


def numbered(template: Event, count: int, start: int = 1) -> list[Event]:
    """`count` copies of an event with ids start, start+1, … and times a millisecond apart."""
    return [
        replace(template, id=i, time=template.time + timedelta(milliseconds=i))
        for i in range(start, start + count)
    ]
