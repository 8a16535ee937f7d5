"""The forwarder: at-least-once delivery from the outbox, backoff with jitter, status for the tray."""

from __future__ import annotations

import logging
import random
import sqlite3
import threading
import time
from collections.abc import Sequence
from datetime import timedelta

import pytest

from app.config import ForwardSettings, HttpTarget
from app.events import Event
from app.forwarding.forwarder import Forwarder, sinks_from_settings
from app.forwarding.http import HttpSink
from app.forwarding.sink import SinkError
from app.forwarding.syslog import SyslogSink
from tests.app.forwarding.fakes import Clock, FakeOutbox, RecordingSink, numbered
from tests.app.forwarding.servers import wait_until


def setup(
    template: Event, count: int = 10, sinks: tuple[str, ...] = ("a",), **options: object
) -> tuple[Clock, FakeOutbox, dict[str, RecordingSink], Forwarder]:
    clock = Clock()
    outbox = FakeOutbox(clock)
    outbox.add(numbered(template, count), sinks)
    recorders = {name: RecordingSink() for name in sinks}
    forwarder = Forwarder(
        outbox, recorders, clock=clock, jitter=lambda: 1.0, **options, strict=True
    )  # type: ignore[arg-type]
    return clock, outbox, recorders, forwarder


def test_delivers_everything_to_every_sink(flagged_event: Event) -> None:
    clock, outbox, sinks, forwarder = setup(flagged_event, 25, ("a", "b"), batch=10)
    assert forwarder.run_once() == {"a": 25, "b": 25}
    assert outbox.outbox_size() == 0
    for sink in sinks.values():
        assert sink.received_ids == list(range(1, 26))
        assert [len(b) for b in sink.batches] == [10, 10, 5]
    status = forwarder.status()["a"]
    assert status.healthy and status.backlog == 0 and status.delivered == 25
    assert status.last_success == clock.now and status.last_error is None
    assert forwarder.run_once() == {"a": 0, "b": 0}


def test_outage_loses_nothing_and_backs_off(flagged_event: Event) -> None:
    clock, outbox, sinks, forwarder = setup(flagged_event, 5, base_backoff=2.0, max_backoff=60.0)
    sink = sinks["a"]
    sink.down = True
    assert forwarder.run_once() == {"a": 0}
    assert sink.attempts == 1
    assert outbox.outbox_size("a") == 5
    status = forwarder.status()["a"]
    assert not status.healthy and status.failures == 1
    assert status.last_error == "collector down (test)" and status.last_error_at == clock.now
    assert status.next_attempt == clock.now + timedelta(seconds=2.0)
    assert status.backlog == 5

    # Until the backoff is over the sink is left alone, even for events that came in since.
    outbox.add(numbered(flagged_event, 2, start=100), ["a"])
    clock.advance(1.9)
    assert forwarder.run_once() == {"a": 0}
    assert sink.attempts == 1
    clock.advance(0.2)
    forwarder.run_once()
    assert sink.attempts == 2
    assert forwarder.status()["a"].next_attempt == clock.now + timedelta(seconds=4.0)

    sink.down = False
    clock.advance(4.0)
    assert forwarder.run_once() == {"a": 7}
    assert sorted(sink.received_ids) == [1, 2, 3, 4, 5, 100, 101]
    status = forwarder.status()["a"]
    assert status.healthy and status.backlog == 0 and status.next_attempt is None
    assert status.last_error == "collector down (test)"  # kept for context


def test_backoff_doubles_with_jitter_and_is_capped(flagged_event: Event) -> None:
    outbox = FakeOutbox(Clock())
    low = Forwarder(
        outbox, {}, base_backoff=1.0, max_backoff=300.0, jitter=lambda: 0.0, strict=True
    )
    high = Forwarder(
        outbox, {}, base_backoff=1.0, max_backoff=300.0, jitter=lambda: 1.0, strict=True
    )
    assert [high.backoff(n) for n in range(5)] == [1.0, 2.0, 4.0, 8.0, 16.0]
    assert [low.backoff(n) for n in range(5)] == [0.5, 1.0, 2.0, 4.0, 8.0]
    assert high.backoff(20) == 300.0 and high.backoff(10_000) == 300.0
    spread = Forwarder(outbox, {}, jitter=random.Random(7).random, strict=True)
    delays = {round(spread.backoff(3), 6) for _ in range(50)}
    assert len(delays) > 40 and all(4.0 <= d <= 8.0 for d in delays)


def test_retry_time_follows_the_items_attempts(flagged_event: Event) -> None:
    clock, outbox, sinks, forwarder = setup(flagged_event, 3, base_backoff=1.0)
    for item in outbox.items:
        item.attempts = 6  # failed six times before, e.g. in an earlier run of the app
    sinks["a"].down = True
    forwarder.run_once()
    ids, retry_at = outbox.failed_calls[-1]
    assert ids == [1, 2, 3]
    assert retry_at == clock.now + timedelta(seconds=64.0)


def test_partial_acceptance_marks_only_the_rest_failed(flagged_event: Event) -> None:
    clock, outbox, sinks, forwarder = setup(flagged_event, 4)
    sinks["a"].accept = {0, 2}
    assert forwarder.run_once() == {"a": 2}
    assert [i.done for i in outbox.items] == [True, False, True, False]
    assert outbox.failed_calls[-1][0] == [2, 4]
    sinks["a"].accept = None
    clock.advance(10)
    assert forwarder.run_once() == {"a": 2}
    assert outbox.outbox_size() == 0
    assert forwarder.status()["a"].delivered == 4


def test_one_failing_sink_does_not_hold_up_another(flagged_event: Event) -> None:
    _, outbox, sinks, forwarder = setup(flagged_event, 3, ("down", "up"))
    sinks["down"].down = True
    assert forwarder.run_once() == {"down": 0, "up": 3}
    assert outbox.outbox_size("down") == 3 and outbox.outbox_size("up") == 0


def test_a_long_backlog_is_sent_over_several_rounds(flagged_event: Event) -> None:
    _, _, sinks, forwarder = setup(flagged_event, 50, batch=10, max_batches=2)
    assert forwarder.run_once() == {"a": 20}
    assert forwarder.status()["a"].backlog == 30
    assert forwarder.run_once() == {"a": 20}
    assert forwarder.run_once() == {"a": 10}
    assert sinks["a"].received_ids == list(range(1, 51))


def test_flaky_sink_delivers_every_event_at_least_once(flagged_event: Event) -> None:
    rng = random.Random(1234)

    class Flaky(RecordingSink):
        def send(self, events: Sequence[Event]) -> None:
            roll = rng.random()
            if roll < 0.3:
                raise SinkError("down")
            if roll < 0.5:  # takes a random part, like a partial bulk
                taken = {i for i in range(len(events)) if rng.random() < 0.5}
                self.batches.append([e for i, e in enumerate(events) if i in taken])
                raise SinkError("partial", taken)
            if roll < 0.6:  # took it all but the answer was lost: must be sent again
                self.batches.append(list(events))
                raise SinkError("answer lost")
            self.batches.append(list(events))

    clock = Clock()
    outbox = FakeOutbox(clock)
    flaky = Flaky()
    forwarder = Forwarder(
        outbox, {"s": flaky}, clock=clock, batch=7, base_backoff=0.5, max_backoff=4.0, strict=True
    )
    added = 0
    for _round in range(400):
        if added < 300:
            outbox.add(numbered(flagged_event, 5, start=added + 1), ["s"])
            added += 5
        forwarder.run_once()
        clock.advance(1.0)
    for _ in range(100):
        if not outbox.outbox_size():
            break
        forwarder.run_once()
        clock.advance(5.0)
    assert outbox.outbox_size() == 0
    assert set(flaky.received_ids) == set(range(1, 301))
    assert all(item.done for item in outbox.items)


def test_store_failure_is_reported_not_raised(
    flagged_event: Event, caplog: pytest.LogCaptureFixture
) -> None:
    _, outbox, _, forwarder = setup(flagged_event, 2)

    def locked(sink: str, limit: int = 500) -> list[object]:
        raise sqlite3.OperationalError("database is locked")

    outbox.outbox_pending = locked  # type: ignore[method-assign,assignment]
    with caplog.at_level(logging.WARNING):
        assert forwarder.run_once() == {"a": 0}
    assert "database is locked" in (forwarder.status()["a"].last_error or "")
    assert "event store" in caplog.text


def test_a_bug_in_a_sink_fails_loudly_in_tests_and_softly_in_production(
    flagged_event: Event,
) -> None:
    class Broken(RecordingSink):
        def send(self, events: Sequence[Event]) -> None:
            raise KeyError("bug")

    clock = Clock()
    outbox = FakeOutbox(clock)
    outbox.add(numbered(flagged_event, 1), ["x"])
    with pytest.raises(KeyError):
        Forwarder(outbox, {"x": Broken()}, clock=clock, strict=True).run_once()
    forwarder = Forwarder(outbox, {"x": Broken()}, clock=clock)  # as the guard runs it
    assert forwarder.run_once() == {"x": 0}
    assert forwarder.status()["x"].last_error == "KeyError: 'bug'"
    assert outbox.outbox_size() == 1


def test_serve_runs_rounds_until_stopped_and_closes_sinks(flagged_event: Event) -> None:
    _, outbox, sinks, forwarder = setup(flagged_event, 3)
    stop = threading.Event()
    thread = threading.Thread(target=forwarder.serve, args=(stop, 0.01))
    thread.start()
    try:
        for _ in range(500):
            if outbox.outbox_size() == 0:
                break
            threading.Event().wait(0.01)
    finally:
        stop.set()
        thread.join(5)
    assert outbox.outbox_size() == 0 and sinks["a"].closed


def test_sinks_replaced_while_serving_start_at_once_and_the_old_ones_stop(
    flagged_event: Event,
) -> None:
    """audit20 left it: a policy's new forwarding targets applied only at the next start (weeks
    on a fleet). Now the forwarder takes new sinks while it serves: each starts on a thread of
    its own, a name kept delivers what its old sink had not (its backoff starts again), and a
    replaced sink is sent nothing more and is closed."""
    _, outbox, sinks, forwarder = setup(flagged_event, 3, ("a", "b"))
    sinks["a"].down = True  # the old collector is down: its backlog waits
    stop = threading.Event()
    thread = threading.Thread(target=forwarder.serve, args=(stop, 0.01))
    thread.start()
    try:
        wait_until(lambda: outbox.outbox_size("b") == 0 and sinks["a"].attempts > 0)
        assert not forwarder.status()["a"].healthy
        moved, added = RecordingSink(), RecordingSink()
        forwarder.replace_sinks({"a": moved, "c": added})  # b removed, a moved, c new
        outbox.add(numbered(flagged_event, 1, start=4), ("a", "c"))
        wait_until(lambda: outbox.outbox_size() == 0, what="the new sinks to deliver")
        assert sorted(moved.received_ids) == [1, 2, 3, 4] and added.received_ids == [4]
        assert forwarder.sink_names == ["a", "c"] and forwarder.status()["a"].healthy
        wait_until(lambda: sinks["a"].closed and sinks["b"].closed, what="the old sinks closed")
        attempts = sinks["a"].attempts
        forwarder.kick()
        time.sleep(0.05)
        assert sinks["a"].attempts == attempts and len(sinks["b"].batches) == 1  # no more
    finally:
        stop.set()
        thread.join(5)
    assert moved.closed and added.closed and not thread.is_alive()


def test_a_late_answer_of_a_replaced_sink_changes_nothing_of_its_successor(
    flagged_event: Event,
) -> None:
    _, outbox, sinks, forwarder = setup(flagged_event, 2)
    old = sinks["a"]
    old.down = True
    successor = RecordingSink()
    forwarder.replace_sinks({"a": successor})
    forwarder._deliver("a", old, list(outbox.outbox_pending("a")))  # its batch in flight fails
    assert forwarder.status()["a"].healthy and forwarder.status()["a"].failures == 0
    assert forwarder._drain("a", old) == 0  # its thread's next round: nothing
    assert forwarder.run_once() == {"a": 2}  # not put off by the old one's failure
    assert successor.received_ids == [1, 2] and forwarder.status()["a"].healthy


def test_status_is_json_ready(flagged_event: Event) -> None:
    _, _, sinks, forwarder = setup(flagged_event, 1)
    sinks["a"].down = True
    forwarder.run_once()
    data = forwarder.status()["a"].to_dict()
    assert data["healthy"] is False and data["backlog"] == 1
    assert data["last_error"] == "collector down (test)"
    assert isinstance(data["next_attempt"], str)


def test_sinks_from_settings(caplog: pytest.LogCaptureFixture) -> None:
    forward = ForwardSettings(
        syslog="tcp://127.0.0.1:5514",
        http=(
            HttpTarget("https://es.example.com:9200", "elastic", token="k"),
            HttpTarget("https://es.example.com/hook", "webhook"),
            HttpTarget("https://es.example.com/hook2", "webhook"),
            HttpTarget("https://splunk.example.com:8088", "splunk", token="t"),
        ),
        windows_event_log=True,
    )
    with caplog.at_level(logging.WARNING):
        sinks = sinks_from_settings(forward)
    assert list(sinks) == [
        "syslog",
        "http:es.example.com",
        "http:es.example.com-webhook",
        "http:es.example.com-webhook-2",
        "http:splunk.example.com",
    ]
    assert isinstance(sinks["syslog"], SyslogSink)
    assert isinstance(sinks["http:splunk.example.com"], HttpSink)
    assert "no Windows Event Log" in caplog.text  # this is Linux
    assert sinks_from_settings(ForwardSettings()) == {}


def test_a_bad_target_is_skipped_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    forward = ForwardSettings(
        syslog="smtp://h:25", http=(HttpTarget("https://u:pw@h/x", "nonsense"),)
    )
    with caplog.at_level(logging.ERROR):
        assert sinks_from_settings(forward) == {}
    assert "syslog forwarding is off" in caplog.text
    assert "pw" not in caplog.text.replace("pwn", "")
