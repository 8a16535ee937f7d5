"""The Windows Event Log sink with a fake API that records each ReportEvent call."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace

import pytest

from app.events import Event, EventKind
from app.forwarding import winevent
from app.forwarding.ecs import to_ecs
from app.forwarding.sink import SinkError
from app.forwarding.winevent import Win32EventLog, WinEventSink


@dataclass
class Call:
    source: str
    event_id: int
    event_type: int
    category: int
    strings: list[str]


class FakeEventLog:
    def __init__(self, fail_at: int | None = None) -> None:
        self.calls: list[Call] = []
        self.fail_at = fail_at
        self.closed = False

    def report(
        self, source: str, event_id: int, event_type: int, category: int, strings: Sequence[str]
    ) -> None:
        if self.fail_at is not None and len(self.calls) == self.fail_at:
            raise OSError("The event log file is full")
        self.calls.append(Call(source, event_id, event_type, category, list(strings)))

    def close(self) -> None:
        self.closed = True


def test_entries_carry_summary_and_ecs(flagged_event: Event, error_event: Event) -> None:
    api = FakeEventLog()
    sink = WinEventSink(api)
    started = Event(kind=EventKind.STARTED, summary="PasteGuard started", id=1)
    warned = replace(flagged_event, kind=EventKind.PASTE_WARNED, level="suspicious")
    sink.send([flagged_event, error_event, started, warned])
    blocked, error, start, warn = api.calls
    assert {c.source for c in api.calls} == {"PasteGuard"}
    assert (blocked.event_id, blocked.event_type) == (1003, winevent.ERROR_TYPE)
    assert (error.event_id, error.event_type) == (3002, winevent.ERROR_TYPE)
    assert (start.event_id, start.event_type) == (2001, winevent.INFORMATION_TYPE)
    assert (warn.event_id, warn.event_type) == (1004, winevent.WARNING_TYPE)
    assert blocked.strings[0] == flagged_event.summary
    assert json.loads(blocked.strings[1]) == to_ecs(flagged_event)
    sink.close()
    assert api.closed


def test_every_kind_has_its_own_event_id() -> None:
    ids = [winevent.EVENT_IDS[k] for k in EventKind]
    assert len(set(ids)) == len(ids)
    assert winevent.OTHER_EVENT_ID not in ids
    api = FakeEventLog()
    WinEventSink(api).send([Event(kind="something_new")])
    assert api.calls[0].event_id == winevent.OTHER_EVENT_ID


def test_strings_stay_under_the_windows_limit(flagged_event: Event) -> None:
    api = FakeEventLog()
    WinEventSink(api).send([replace(flagged_event, text="z" * 40000, summary="s" * 40000)])
    summary, document = api.calls[0].strings
    assert len(summary) <= winevent.MAX_STRING_CHARS
    assert len(document) <= winevent.MAX_STRING_CHARS
    assert json.loads(document)["pasteguard"]["truncated"] is True


def test_failure_reports_what_was_written(flagged_event: Event) -> None:
    api = FakeEventLog(fail_at=2)
    with pytest.raises(SinkError, match="event log file is full") as err:
        WinEventSink(api).send([replace(flagged_event, id=i) for i in range(4)])
    assert err.value.accepted == {0, 1}


@pytest.mark.skipif(sys.platform == "win32", reason="checks the behaviour without pywin32")
def test_real_api_without_pywin32_is_an_oserror() -> None:
    with pytest.raises(OSError, match="pywin32"):
        Win32EventLog().report("PasteGuard", 1001, winevent.INFORMATION_TYPE, 0, ["x"])
    with pytest.raises(ValueError, match="only on Windows"):
        WinEventSink()
