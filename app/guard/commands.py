"""What each request on the control channel does (`pasteguard status`, `pause`, `restore`, ...).

Plain Python: the control server (app/guard/control.py) hands each decoded request to
`ControlCommands.handle` and sends back what it returns. The few things only the running
application can do (put a window up, say what state it is in) go through `ControlHost`.

Requests may arrive on the control server's thread: everything here is safe to call from any
thread (the service, the drills and the host take care of their own hand-overs).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Protocol

from app.config import Settings
from app.drills.coordinator import DrillCoordinator
from app.ipc import MAX_PAUSE_SECONDS

Answer = dict[str, Any]
Command = Callable[["ControlCommands", Mapping[str, Any]], Answer]
WINDOWS = ("viewer", "settings", "learn", "about")  # what `open` may bring up
PING_TIMEOUT = 30.0  # seconds a `ping_ui` may wait at most

NOT_ALLOWED_TO_PAUSE = "your organisation's policy does not allow pausing"
NOT_ALLOWED_TO_DELETE = "your organisation's policy does not allow deleting events"
MAX_FORGET_IDS = 100_000  # one request; more are sent in several
BAD_PAUSE = (
    f"seconds must be a number more than 0 and at most {MAX_PAUSE_SECONDS:.0f} (a week); "
    "without it, protection is paused until restart"
)
NOT_ALLOWED_TO_RESTORE = "Your organisation's policy does not allow putting blocked text back."
RESTORE_SHOWN = "The blocked text is shown in the PasteGuard warning: confirm there."
RESTORE_WAIT = 2.0  # seconds `restore` waits for the guard to find the text (the client: 3)


class ControlService(Protocol):
    """The part of GuardService the commands drive (any thread)."""

    def pause(self, seconds: float | None) -> None: ...
    def resume(self) -> bool:
        """False when protection was not paused (nothing to resume, nothing recorded)."""
        ...

    def request_restore(
        self, event_id: int | None, found: Callable[[bool], None] | None = None
    ) -> None: ...


class ControlHost(Protocol):
    """What only the running application knows or can do."""

    def status(self) -> dict[str, Any]:
        """Everything `pasteguard status` prints (never waits on the store)."""
        ...

    def open_window(self, name: str) -> None:
        """Bring window `name` (one of WINDOWS) up; from any thread, without waiting for it."""
        ...

    def ping_ui(self, timeout: float) -> float | None:
        """Milliseconds the UI thread took to take a call from this one; None when it did not
        within `timeout` seconds (a probe for stalls: bench/guard.py)."""
        ...

    def forget(self, ids: list[int] | None) -> int:
        """Delete these events (None: all of them) through the guard's own store; how many.
        Raises OSError-like store errors (StoreUnavailable) when the file cannot be written."""
        ...


def _pause_seconds(seconds: object) -> bool:
    """A pause length the guard takes: a finite number of seconds, 0 < s <= a week."""
    if isinstance(seconds, bool) or not isinstance(seconds, int | float):
        return False
    return 0 < seconds <= MAX_PAUSE_SECONDS  # False for NaN too


class ControlCommands:
    """The control channel's dispatcher: one request in, one answer out, never raises."""

    def __init__(
        self,
        service: ControlService,
        drills: DrillCoordinator,
        settings: Callable[[], Settings],
        host: ControlHost,
    ) -> None:
        self.service = service
        self.drills = drills
        self.settings = settings  # read at each request: settings change while running
        self.host = host

    def handle(self, message: Mapping[str, Any]) -> dict[str, Any]:
        cmd = message.get("cmd")
        handler = self._handlers.get(str(cmd))
        if handler is None:
            return {"ok": False, "error": f"unknown command {cmd!r}"}
        return handler(self, message)

    # -- the commands -------------------------------------------------------------------------

    def status(self, _message: Mapping[str, Any]) -> dict[str, Any]:
        return {"ok": True, **self.host.status()}

    def pause(self, message: Mapping[str, Any]) -> dict[str, Any]:
        if not self.settings().allow_pause:
            return {"ok": False, "error": NOT_ALLOWED_TO_PAUSE}
        seconds = message.get("seconds")
        if seconds is not None and not _pause_seconds(seconds):
            # checked before anything changes: `inf` paused the guard, then failed to record
            # it and answered with an error; NaN and 1e300 broke the tray's "Paused until"
            return {"ok": False, "error": BAD_PAUSE}
        self.service.pause(None if seconds is None else float(seconds))
        return {"ok": True, "message": "protection paused"}

    def resume(self, _message: Mapping[str, Any]) -> dict[str, Any]:
        if not self.service.resume():
            return {"ok": True, "message": "protection was not paused"}
        return {"ok": True, "message": "protection resumed"}

    def restore(self, message: Mapping[str, Any]) -> dict[str, Any]:
        """Answered once the guard has looked for the text: `restore 99999` said the warning
        showed it when there was nothing to show."""
        event_id = message.get("event_id")
        wanted = event_id if isinstance(event_id, int) and not isinstance(event_id, bool) else None
        looked = threading.Event()
        answer: list[bool] = []

        def found(there: bool) -> None:
            answer.append(there)
            looked.set()

        if not self.request_restore(wanted, found):
            return {"ok": False, "message": NOT_ALLOWED_TO_RESTORE, "error": NOT_ALLOWED_TO_RESTORE}
        if looked.wait(RESTORE_WAIT) and not answer[0]:
            missing = (
                "no blocked text is kept (none was blocked lately, or it has expired)"
                if wanted is None
                else f"event {wanted} kept no blocked text to put back (see `pasteguard log`)"
            )
            return {"ok": False, "message": missing, "error": missing}
        return {"ok": True, "message": RESTORE_SHOWN, "error": None}

    def request_restore(
        self, event_id: int | None, found: Callable[[bool], None] | None = None
    ) -> bool:
        """Put a blocked text back: only through the warning, as "Paste anyway" (the person
        sees what it is and confirms there), and only where the policy allows that. False when
        it does not (the tray says so in the person's language, the socket in English).
        `found` hears from the guard's worker whether there was such a text."""
        if not self.settings().allow_paste_anyway:
            return False
        self.service.request_restore(event_id, found)
        return True

    def drill(self, message: Mapping[str, Any]) -> dict[str, Any]:
        try:
            drill = self.drills.start(str(message.get("style")))
        except ValueError as exc:
            return {"ok": False, "error": str(exc)}
        return {"ok": True, "drill": drill.id, "url": self.drills.url(drill)}

    def drill_report(self, _message: Mapping[str, Any]) -> dict[str, Any]:
        if self.drills.report() is None:
            return {"ok": False, "error": "no drill is running"}
        return {"ok": True, "message": "reported: thank you, this was a drill"}

    def open(self, message: Mapping[str, Any]) -> dict[str, Any]:
        """A second start, or a desktop shortcut, brings a window up."""
        window = message.get("window")
        if window not in WINDOWS:
            return {"ok": False, "error": f"window must be {', '.join(WINDOWS[:-1])} or about"}
        self.host.open_window(str(window))
        return {"ok": True, "message": f"opened the {window}"}

    def forget(self, message: Mapping[str, Any]) -> dict[str, Any]:
        """`pasteguard forget` while a guard runs: deleted by the guard itself. Deleted from
        another process, the guard's watch over its log (app/storage/integrity.py) saw events
        vanish and reported `tampered` ("deleted ... outside PasteGuard") to the SIEM, and the
        tray showed it as a fault until the next start."""
        if not self.settings().allow_delete_events:
            return {"ok": False, "error": NOT_ALLOWED_TO_DELETE}
        ids = message.get("ids")
        if message.get("all") is True:
            wanted: list[int] | None = None
        elif (
            isinstance(ids, list)
            and len(ids) <= MAX_FORGET_IDS
            and all(isinstance(i, int) and not isinstance(i, bool) for i in ids)
        ):
            wanted = [int(i) for i in ids]
        else:
            return {
                "ok": False,
                "error": f"ids must be a list of at most {MAX_FORGET_IDS} event ids, or all true",
            }
        try:
            removed = self.host.forget(wanted)
        except Exception as exc:  # the file cannot be written now: said, never raised
            return {"ok": False, "error": f"the event log cannot be written: {exc}"}
        return {"ok": True, "deleted": removed}

    def ping_ui(self, message: Mapping[str, Any]) -> dict[str, Any]:
        """How long the UI thread takes to answer now (the socket itself is served elsewhere)."""
        timeout = message.get("timeout")
        wait = float(timeout) if isinstance(timeout, int | float) and timeout > 0 else 10.0
        wait = min(wait, PING_TIMEOUT)
        took = self.host.ping_ui(wait)
        if took is None:
            return {"ok": False, "error": f"the UI thread did not answer within {wait:g} s"}
        return {"ok": True, "ui_ms": round(took, 3)}

    _handlers: ClassVar[dict[str, Command]] = {
        "status": status,
        "pause": pause,
        "resume": resume,
        "restore": restore,
        "drill": drill,
        "drill_report": drill_report,
        "open": open,
        "ping_ui": ping_ui,
        "forget": forget,
    }
