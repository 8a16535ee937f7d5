"""The forwarding outbox: every event reaches every sink at least once, within bounds."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from app.storage import EventFilter, EventStore
from tests.app.storage.conftest import Clock, make_event


def _summaries(store: EventStore, sink: str) -> list[str]:
    return [item.event.summary for item in store.outbox_pending(sink)]


def test_each_new_event_is_queued_for_each_sink(data_dir: Path, clock: Clock) -> None:
    with EventStore.open(data_dir, clock=clock, sinks=["syslog", "http"]) as store:
        ids = [store.append(make_event(summary=f"e{i}")) for i in range(3)]
        for sink in ("syslog", "http"):
            items = store.outbox_pending(sink)
            assert [i.event_id for i in items] == ids
            assert all(i.sink == sink and i.attempts == 0 for i in items)
            assert items[0].event == store.get(items[0].event_id)
        assert store.outbox_size() == 6
        assert store.status["outbox"] == {"http": 3, "syslog": 3}


def test_done_items_go_and_failed_ones_come_back_when_due(data_dir: Path, clock: Clock) -> None:
    with EventStore.open(data_dir, clock=clock, sinks=["syslog"]) as store:
        for i in range(4):
            store.append(make_event(summary=f"e{i}"))
        first, second, *_rest = store.outbox_pending("syslog", limit=10)
        store.outbox_done([first.id])
        store.outbox_failed([second.id], retry_at=clock.now + timedelta(seconds=30))
        assert _summaries(store, "syslog") == ["e2", "e3"]
        assert store.outbox_size("syslog") == 3
        clock.advance(seconds=30)
        items = store.outbox_pending("syslog")
        assert [i.event.summary for i in items] == ["e1", "e2", "e3"]
        assert items[0].attempts == 1
        store.outbox_done(i.id for i in items)
        assert store.outbox_pending("syslog") == []
        assert store.outbox_size() == 0


def test_items_not_marked_done_are_delivered_again(data_dir: Path, clock: Clock) -> None:
    with EventStore.open(data_dir, clock=clock, sinks=["syslog"]) as store:
        store.append(make_event(summary="once"))
        assert _summaries(store, "syslog") == ["once"]  # the forwarder crashes here
    with EventStore.open(data_dir, clock=clock) as store:
        assert _summaries(store, "syslog") == ["once"]


def test_pending_respects_the_limit(data_dir: Path, clock: Clock) -> None:
    with EventStore.open(data_dir, clock=clock, sinks=["syslog"]) as store:
        for i in range(7):
            store.append(make_event(summary=f"e{i}"))
        assert _summaries(store, "syslog")[:2] == ["e0", "e1"]
        assert [i.event.summary for i in store.outbox_pending("syslog", limit=2)] == ["e0", "e1"]


def test_a_new_sink_gets_new_events_and_a_removed_one_loses_its_items(
    data_dir: Path, clock: Clock
) -> None:
    with EventStore.open(data_dir, clock=clock, sinks=["syslog"]) as store:
        store.append(make_event(summary="before"))
        store.set_sinks(["syslog", "http"])
        store.append(make_event(summary="after"))
        assert _summaries(store, "syslog") == ["before", "after"]
        assert _summaries(store, "http") == ["after"]
        store.set_sinks(["http"])
        assert store.sinks == ["http"]
        assert store.outbox_pending("syslog") == []
        assert store.outbox_size() == 1
        store.set_sinks([])
        store.append(make_event(summary="unforwarded"))
        assert store.outbox_size() == 0


def test_the_outbox_is_bounded_and_says_what_it_dropped(data_dir: Path, clock: Clock) -> None:
    with EventStore.open(data_dir, clock=clock, sinks=["syslog"], max_outbox=5) as store:
        for i in range(4):
            store.append(make_event(summary=f"e{i}"))
        assert len(store.outbox_pending("syslog")) == 4  # these are now in the outbox table
        for i in range(4, 9):
            store.append(make_event(summary=f"e{i}"))
        items = store.outbox_pending("syslog")
        assert len(items) == 5
        assert store.outbox_size("syslog") == 5
        assert [i.event.summary for i in items[:4]] == ["e5", "e6", "e7", "e8"]
        notice = items[4].event
        assert notice.kind == "error"
        assert notice.details == {"sink": "syslog", "lost": 5, "outbox_limit": 5}
        assert store.count() == 10  # the log itself keeps everything


def test_retention_also_bounds_the_outbox(data_dir: Path, clock: Clock) -> None:
    with EventStore.open(data_dir, clock=clock, sinks=["syslog"], max_outbox=3) as store:
        for i in range(6):
            store.append(make_event(time=clock.now, summary=f"e{i}"))
        store.apply_retention()
        assert store.outbox_size("syslog") == 3


def test_events_another_process_writes_are_forwarded_too(data_dir: Path, clock: Clock) -> None:
    guard = EventStore.open(data_dir, clock=clock, sinks=["syslog"])
    try:
        with EventStore.open(data_dir, clock=clock) as command_line:  # sinks=None: as stored
            assert command_line.sinks == ["syslog"]
            command_line.append(make_event(kind="restored", summary="restored by the CLI"))
        assert _summaries(guard, "syslog") == ["restored by the CLI"]
    finally:
        guard.close()


def test_deleted_events_are_not_forwarded(data_dir: Path, clock: Clock) -> None:
    with EventStore.open(data_dir, clock=clock, sinks=["syslog"]) as store:
        a = store.append(make_event(summary="a"))
        store.append(make_event(summary="b"))
        assert a is not None
        store.delete([a])
        assert _summaries(store, "syslog") == ["b"]
        store.delete_all()
        assert store.outbox_pending("syslog") == []
        assert store.sinks == ["syslog"]


def test_a_locked_file_gives_the_forwarder_nothing_rather_than_an_error(
    data_dir: Path, clock: Clock
) -> None:
    with EventStore.open(data_dir, clock=clock, sinks=["syslog"], busy_timeout=0.02) as store:
        store.append(make_event())
        other = sqlite3.connect(data_dir / "events.db", isolation_level=None)
        try:
            other.execute("BEGIN EXCLUSIVE")
            assert store.outbox_pending("syslog") == []
            store.outbox_done([1])
            assert "locked" in str(store.status["degraded"])
            other.execute("COMMIT")
        finally:
            other.close()
        assert len(store.outbox_pending("syslog")) == 1
        assert store.status["degraded"] is None


def test_a_corrected_event_stays_one_event_and_reaches_each_sink_corrected(
    data_dir: Path, clock: Clock
) -> None:
    """A late OS answer corrects a stopped paste (EventStore.amend): the log, its counts, its
    search index and each sink see the corrected event; a sink that had delivered the first
    version gets the correction, one whose item still waited sends only the corrected one."""
    with EventStore.open(data_dir, clock=clock, sinks=["syslog", "http"]) as store:
        event_id = store.append(make_event(kind="paste_blocked", action="blocked",
                                           summary="stopped zebra"))  # fmt: skip
        assert event_id is not None
        store.outbox_done(i.id for i in store.outbox_pending("syslog"))  # delivered
        assert [i.event_id for i in store.outbox_pending("http")] == [event_id]  # waiting
        store.index_when_idle()
        store._catch_up_index()  # the search index holds its first words
        corrected = replace(
            store.get(event_id) or make_event(), kind="paste_warned", action="warned",
            summary="not stopped yak", details={"passed_on_by_os": True},
        )  # fmt: skip
        assert store.amend(event_id, corrected)

        (only,) = store.query()
        assert (only.id, only.kind, only.action) == (event_id, "paste_warned", "warned")
        assert only.details == {
            "passed_on_by_os": True, "corrects": {"kind": "paste_blocked", "action": "blocked"},
            "revision": 1,
        }  # fmt: skip
        assert store.count(EventFilter(kinds=frozenset({"paste_blocked"}))) == 0
        assert store.count(EventFilter(kinds=frozenset({"paste_warned"}))) == 1
        assert store.count(EventFilter(search="zebra")) == 0
        assert store.count(EventFilter(search="yak")) == 1
        for sink in ("syslog", "http"):
            (item,) = store.outbox_pending(sink)
            assert item.event == only and item.attempts == 0
        assert store.amend(event_id + 1, corrected) is False  # no such event: nothing written
        assert len(store.query()) == 1
        assert store.check_underneath() == []  # the guard's own change: no tamper evidence


def test_events_a_collector_never_read_wait_again_in_the_file(data_dir: Path, clock: Clock) -> None:
    """Delivered, then found unread (a syslog reset): queued again, due now, and still there
    after the store is closed and opened again; never for an event the sink has not taken,
    one deleted, or a sink the store no longer has."""
    with EventStore.open(data_dir, clock=clock, sinks=["syslog"]) as store:
        ids = [store.append(make_event(summary=f"e{i}")) for i in range(3)]
        store.outbox_done([item.id for item in store.outbox_pending("syslog")])
        assert store.outbox_size("syslog") == 0
        assert store.outbox_requeue("syslog", [ids[0], ids[1], 999, ids[0]])
        assert store.outbox_requeue("gone", [ids[2]])  # no such sink: nothing queued
    with EventStore.open(data_dir, clock=clock, sinks=["syslog"]) as store:
        assert _summaries(store, "syslog") == ["e0", "e1"]  # once each, oldest first
        assert store.outbox_size() == 2
        later = store.append(make_event(summary="later"))
        store.outbox_requeue("syslog", [later])  # above the cursor: taken in time anyway
        assert _summaries(store, "syslog") == ["e0", "e1", "later"]
