"""The guard's watch over its own log: a heartbeat the SIEM can miss, and a check every few
seconds that the event database is still what the guard wrote (app.storage.integrity).

A SIEM cannot see a guard that was killed, frozen or uninstalled; it can see heartbeats
stop. docs/deployment.md gives the alert rules for Elastic, Splunk and Wazuh. Each round also
syncs what the guard wrote since the last one (`EventStore.sync`), so a power cut loses at
most a round's events.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from app.events import Event, EventKind

log = logging.getLogger(__name__)

CHECK_EVERY_S = 20.0  # a deleted or swapped database is noticed well within a minute


class WatchedStore(Protocol):
    def append(self, event: Event, *, original: str | None = None) -> int | None: ...
    def check_underneath(self) -> list[str]: ...
    def sync(self) -> bool: ...


class Sentinel:
    """Run `serve(stop)` on a thread of its own."""

    def __init__(
        self,
        store: WatchedStore,
        heartbeat_s: float,
        state: Callable[[], Mapping[str, Any]],
        kick: Callable[[], None] = lambda: None,
        check_every_s: float = CHECK_EVERY_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """`heartbeat_s` <= 0 turns heartbeats off; `state` gives their details (protection
        on or paused, the mode); `kick` asks the forwarder to send at once."""
        self.store = store
        self.heartbeat_s = heartbeat_s
        self.state = state
        self.kick = kick
        self.check_every_s = check_every_s
        self.clock = clock
        self.found: list[str] = []  # everything noticed so far, for status

    def serve(self, stop: threading.Event) -> None:
        next_beat = self.clock() + self.heartbeat_s
        while True:
            wait = self.check_every_s
            if self.heartbeat_s > 0:
                wait = min(wait, max(0.0, next_beat - self.clock()))
            if stop.wait(wait):
                return
            self.round(beat=self.heartbeat_s > 0 and self.clock() >= next_beat)
            if self.heartbeat_s > 0 and self.clock() >= next_beat:
                next_beat = self.clock() + self.heartbeat_s

    def round(self, beat: bool) -> None:
        """One check (and a heartbeat when `beat`); never raises."""
        send = False
        try:
            found = self.store.check_underneath()
            self.found.extend(found)
            send = bool(found)
            if beat:
                details = dict(self.state())
                self.store.append(
                    Event(kind=EventKind.HEARTBEAT.value, summary="PasteGuard is running.",
                          details={**details, "every_s": self.heartbeat_s})
                )  # fmt: skip
                send = True
            # the events of this round survive a power cut (SQLite syncs the WAL only at a
            # checkpoint, every CHECKPOINT_EVENTS events: app/storage/checkpointer.py)
            self.store.sync()
        except Exception:
            log.exception("the event log's watch failed this round")
        if send:
            self.kick()
