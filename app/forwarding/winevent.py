"""Windows Event Log forwarding: each event as an Application log entry of source "PasteGuard"."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Sequence
from typing import Any, Protocol

from app.events import Event, EventKind
from app.forwarding.ecs import syslog_severity, to_ecs_json
from app.forwarding.sink import SinkError

SOURCE = "PasteGuard"
# winnt.h event types
ERROR_TYPE = 0x0001
WARNING_TYPE = 0x0002
INFORMATION_TYPE = 0x0004
# ReportEvent takes at most 31,839 characters per insertion string.
MAX_STRING_CHARS = 31_839

_K = EventKind
# Stable ids an administrator can filter on (Event Viewer, Windows Event Forwarding, Winlogbeat):
# 1xxx what happened to copied or pasted text, 2xxx the guard itself, 3xxx faults, 4xxx drills.
EVENT_IDS: dict[str, int] = {
    _K.CLIPBOARD_FLAGGED: 1001,
    _K.CLIPBOARD_NEUTRALIZED: 1002,
    _K.PASTE_BLOCKED: 1003,
    _K.PASTE_WARNED: 1004,
    _K.PASTE_ALLOWED_BY_USER: 1005,
    _K.RESTORED: 1006,
    _K.REPORTED: 1007,
    _K.SITE_TRUSTED: 1008,
    _K.REMOTE_ACCESS_STARTED: 1009,
    _K.WARNING_HEEDED: 1010,
    _K.STARTED: 2001,
    _K.STOPPED: 2002,
    _K.PROTECTION_PAUSED: 2003,
    _K.PROTECTION_RESUMED: 2004,
    _K.POLICY_APPLIED: 2005,
    _K.SETTINGS_CHANGED: 2006,
    _K.INTEL_FEED_UPDATED: 2007,
    _K.HEARTBEAT: 2008,
    _K.UNCLEAN_STOP: 3004,
    _K.TAMPERED: 3005,
    _K.DRILL_STARTED: 4001,  # lure drills: training, never an attack
    _K.DRILL_OPENED: 4002,
    _K.DRILL_COPIED: 4003,
    _K.DRILL_PASTED: 4004,
    _K.DRILL_STOPPED: 4005,
    _K.DRILL_REPORTED: 4006,
    _K.INTEL_FEED_FAILED: 3003,
    _K.POLICY_INVALID: 3001,
    _K.ERROR: 3002,
}
OTHER_EVENT_ID = 1000


class EventLogApi(Protocol):
    """The part of the Win32 event log API the sink uses (a fake in the tests)."""

    def report(
        self, source: str, event_id: int, event_type: int, category: int, strings: Sequence[str]
    ) -> None:
        """Write one entry; raise OSError when the log refuses it."""
        ...

    def close(self) -> None: ...


class Win32EventLog:
    """`win32evtlog.ReportEvent` from pywin32, imported on first use so other systems never
    need it. The source is registered under Application by the installer (it needs admin);
    unregistered, Windows still stores the strings and shows them with a "description not
    found" note."""

    def __init__(self) -> None:
        self._api: Any = None
        self._handles: dict[str, Any] = {}

    def report(
        self, source: str, event_id: int, event_type: int, category: int, strings: Sequence[str]
    ) -> None:
        try:
            if self._api is None:
                self._api = _win32evtlog()
            handle = self._handles.get(source)
            if handle is None:
                handle = self._handles[source] = self._api.RegisterEventSource(None, source)
            self._api.ReportEvent(handle, event_type, category, event_id, None, list(strings), None)
        except ImportError as exc:
            raise OSError(f"pywin32's win32evtlog cannot be imported: {exc}") from exc
        except Exception as exc:  # pywintypes.error is no OSError: give the sink one kind
            raise OSError(str(exc)) from exc

    def close(self) -> None:
        for handle in self._handles.values():
            # A handle Windows already dropped cannot be closed again; nothing to do then.
            with contextlib.suppress(Exception):
                self._api.DeregisterEventSource(handle)
        self._handles.clear()


def _win32evtlog() -> Any:
    if sys.platform == "win32":
        # pywin32, imported statically so that PyInstaller bundles it
        import win32evtlog  # type: ignore[import-untyped,import-not-found,unused-ignore]

        return win32evtlog
    raise ImportError("win32evtlog exists only on Windows")


def event_type(event: Event) -> int:
    """Error for malicious verdicts and faults, warning for suspicious ones and bad policy."""
    severity = syslog_severity(event)
    if severity <= 3:
        return ERROR_TYPE
    if severity == 4:
        return WARNING_TYPE
    return INFORMATION_TYPE


class WinEventSink:
    """Writes each event as one entry: strings = the summary, then the ECS JSON."""

    def __init__(self, api: EventLogApi | None = None, source: str = SOURCE) -> None:
        if api is None and sys.platform != "win32":
            raise ValueError("the Windows Event Log exists only on Windows")
        self._api = api if api is not None else Win32EventLog()
        self.source = source

    def send(self, events: Sequence[Event]) -> None:
        for i, event in enumerate(events):
            strings = [
                (event.summary or event.kind)[:MAX_STRING_CHARS],
                to_ecs_json(event, max_bytes=MAX_STRING_CHARS),  # bytes >= characters
            ]
            try:
                self._api.report(
                    self.source,
                    EVENT_IDS.get(event.kind, OTHER_EVENT_ID),
                    event_type(event),
                    0,
                    strings,
                )
            except OSError as exc:
                raise SinkError(f"Windows Event Log: {exc}", range(i)) from exc

    def close(self) -> None:
        self._api.close()
