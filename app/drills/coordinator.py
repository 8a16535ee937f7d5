"""A drill from start to finish: open the page, recognise its copy, stop its paste, teach.

Why the drill's text can never silence the guard, nor be taken for a real lure:

- It is recognised only when three things hold at once: the text is exactly the command this
  drill put out (with its `PGDRILL-<nonce>` marker, the nonce random per drill and held only
  in this process's memory), the browser labels it as copied from this guard's own loopback
  page (`http://127.0.0.1:<port of this guard's server>/drill/<id>`), and the drill is still
  running (30 minutes at most). A real page that copies the same words — even with a valid
  nonce — is labelled with its own address, and gets the ordinary verdict.
- Recognition only ever makes the guard stricter: a drill's text is stopped in every place
  that runs commands. Nothing about a drill lowers a verdict or pauses anything.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Protocol
from urllib.parse import urlsplit

from app.detection.model import Level, PasteTarget
from app.drills.pages import lure_page, result_page
from app.drills.server import LOOPBACK, DrillServer
from app.drills.styles import MARKER, STYLES, DrillStyle
from app.events import Action, Event, EventKind
from app.guard.provenance import Provenance
from app.platform.base import WindowInfo

log = logging.getLogger(__name__)

LIFETIME = 30 * 60.0  # seconds a drill waits for its copy and paste
MAX_DRILLS = 8
_NONCE = re.compile(MARKER + r"([0-9a-f]{32})")
OUTCOMES = ("opened", "copied", "pasted", "stopped", "reported")
_KINDS = {
    "started": EventKind.DRILL_STARTED,
    "opened": EventKind.DRILL_OPENED,
    "copied": EventKind.DRILL_COPIED,
    "pasted": EventKind.DRILL_PASTED,
    "stopped": EventKind.DRILL_STOPPED,
    "reported": EventKind.DRILL_REPORTED,
}
_SAID = {
    "started": "PasteGuard opened a lure drill ({style}).",
    "opened": "The drill page ({style}) was opened in the browser.",
    "copied": "The drill page ({style}) put its command on the clipboard.",
    "pasted": "The drill command ({style}) was pasted into {target}.",
    "stopped": "PasteGuard stopped the drill command ({style}) in {target} and explained it.",
    "reported": "The person reported the drill page ({style}).",
}
# a drill_stopped event, corrected: the OS let the paste through (a late hook or tap answer)
_NOT_STOPPED = (
    "The drill command ({style}) was pasted into {target}: PasteGuard's answer came too late "
    "and the system let the paste through."
)


class EventSink(Protocol):
    def append(self, event: Event, *, original: str | None = None) -> int | None: ...
    def amend(
        self, event_id: int | None, corrected: Event, *, was: Event | None = None
    ) -> bool: ...


def open_in_browser(url: str) -> None:
    """The default browser (or PASTEGUARD_BROWSER, a command line the URL is added to).

    Never waits for the browser: a thread for the system's opener, a detached process for
    the configured command.
    """
    command = os.environ.get("PASTEGUARD_BROWSER", "").strip()
    if command:
        import shlex
        import subprocess

        subprocess.Popen(
            [*shlex.split(command), url],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        return
    import webbrowser  # only when a drill opens

    threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()


@dataclass
class Drill:
    id: str
    nonce: str
    style: DrillStyle
    campaign: str | None
    started: float
    command: str
    outcomes: list[str] = field(default_factory=list)
    stopped_in: PasteTarget | None = None  # where it was pasted
    stopped: bool = False  # the guard kept it out (the result page says which)
    result_shown: bool = False
    events: dict[str, tuple[int | None, Event]] = field(default_factory=dict)  # by outcome

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "style": self.style.id,
            "campaign": self.campaign,
            "outcomes": list(self.outcomes),
            "result_shown": self.result_shown,
        }


class DrillCoordinator:
    """Runs drills for one guard. Methods say which thread calls them; all are thread-safe."""

    def __init__(
        self,
        store: EventSink,
        open_url: Callable[[str], None] = open_in_browser,
        clock: Callable[[], float] = time.monotonic,
        lifetime: float = LIFETIME,
    ) -> None:
        self.store = store
        self.open_url = open_url
        self.clock = clock
        self.lifetime = lifetime
        self.server = DrillServer(self.page)
        self._drills: dict[str, Drill] = {}  # by id
        self._lock = threading.Lock()

    # -- starting (IPC, the schedule) ---------------------------------------------------------

    def start(self, style_id: str, campaign: str | None = None) -> Drill:
        """Start a drill and open its page in the browser; ValueError for an unknown style."""
        style = STYLES.get(style_id)
        if style is None:
            raise ValueError(f"unknown drill style {style_id!r}; one of {', '.join(STYLES)}")
        self.server.start()
        nonce = secrets.token_hex(16)
        drill = Drill(
            id=secrets.token_hex(8),
            nonce=nonce,
            style=style,
            campaign=campaign,
            started=self.clock(),
            command=style.command_for(nonce),
        )
        with self._lock:
            self._expire()
            while len(self._drills) >= MAX_DRILLS:
                oldest = min(self._drills.values(), key=lambda d: d.started)
                del self._drills[oldest.id]
            self._drills[drill.id] = drill
        self._record(drill, "started")
        self.open_url(self.url(drill))
        return drill

    def url(self, drill: Drill, page: str = "") -> str:
        return f"{self.server.origin}/drill/{drill.id}{'/' + page if page else ''}"

    def _expire(self) -> None:
        now = self.clock()
        for drill_id in [i for i, d in self._drills.items() if now - d.started > self.lifetime]:
            del self._drills[drill_id]

    def _get(self, drill_id: str) -> Drill | None:
        with self._lock:
            self._expire()
            return self._drills.get(drill_id)

    # -- the pages (server threads) -----------------------------------------------------------

    def page(self, path: str) -> bytes | None:
        parts = path.strip("/").split("/")
        if len(parts) not in (2, 3) or parts[0] != "drill":
            return None
        drill = self._get(parts[1])
        if drill is None:
            return None
        if len(parts) == 2:
            self._once(drill, "opened")
            return lure_page(drill.style, drill.command)
        if parts[2] == "result" and "pasted" in drill.outcomes:
            drill.result_shown = True
            return result_page(drill.style, drill.stopped_in, drill.stopped)
        return None

    # -- the guard (worker thread) ------------------------------------------------------------

    def recognise(self, text: str, provenance: Provenance) -> str | None:
        """The id of the running drill this clipboard text is, or None (see the module doc)."""
        if MARKER not in text:
            return None
        found = _NONCE.search(text)
        if found is None or not self.server.running:
            return None
        nonce = found.group(1)
        with self._lock:
            self._expire()
            drill = next((d for d in self._drills.values() if d.nonce == nonce), None)
        if drill is None or text.strip() != drill.command.strip():
            return None
        if not self._from_own_page(provenance.source_url, drill):
            return None
        self._once(drill, "copied")
        return drill.id

    def _from_own_page(self, source_url: str | None, drill: Drill) -> bool:
        if not source_url:
            return False
        try:
            parts = urlsplit(source_url)
            port = parts.port
        except ValueError:
            return False
        return (
            parts.scheme == "http"
            and parts.hostname == LOOPBACK
            and port == self.server.port
            and parts.path == f"/drill/{drill.id}"
            and not parts.username
        )

    def level_for(self, target: PasteTarget) -> Level:
        """A drill's text is stopped wherever commands run, and left alone elsewhere."""
        return Level.MALICIOUS if target is not PasteTarget.OTHER else Level.INFO

    def pasted(
        self, drill_id: str, target: PasteTarget, window: WindowInfo | None, stopped: bool
    ) -> None:
        """The person pasted the drill's text where commands run; `stopped` says whether the
        guard could keep it out (X11 in monitor mode, say, cannot: the page then says so)."""
        drill = self._get(drill_id)
        if drill is None:
            return
        first = "pasted" not in drill.outcomes
        if first:
            drill.stopped_in = target
            drill.stopped = stopped
        self._once(drill, "pasted", target)
        if stopped:
            self._once(drill, "stopped", target)
        if first:
            self.open_url(self.url(drill, "result"))

    def passed_on(self, drill_id: str, target: PasteTarget) -> None:
        """The OS let the drill's paste through after all (the guard's answer to its key came
        too late): the drill was not stopped. Its `drill_stopped` event becomes a
        `drill_pasted` one saying so (one paste, no stop: what `drill results` and the SIEM
        count), and a result page already shown is shown again, corrected."""
        drill = self._get(drill_id)
        if drill is None:
            return
        with self._lock:
            if not drill.stopped or drill.stopped_in is not target:
                return
            drill.stopped = False
            if "stopped" in drill.outcomes:
                drill.outcomes.remove("stopped")
            recorded = drill.events.pop("stopped", None)
            shown = drill.result_shown
        if recorded is not None:
            event_id, event = recorded
            where = target.value.replace("_", " ")
            corrected = replace(
                event,
                kind=EventKind.DRILL_PASTED.value,
                action=Action.NONE.value,
                summary=_NOT_STOPPED.format(style=drill.style.name, target=where),
                details={**event.details, "outcome": "pasted", "passed_on_by_os": True},
            )
            if not self.store.amend(event_id, corrected, was=event):
                log.warning("drill %s: its stop could not be corrected in place; "
                            "the correction is an event of its own", drill.id)  # fmt: skip
                self.store.append(
                    replace(corrected, details={**corrected.details, "corrects_event": event_id})
                )
        if shown:
            self.open_url(self.url(drill, "result"))

    def report(self) -> Drill | None:
        """The person reported the page (tray or `pasteguard drill report`): the newest drill."""
        with self._lock:
            self._expire()
            drills = sorted(self._drills.values(), key=lambda d: d.started)
        if not drills:
            return None
        self._once(drills[-1], "reported")
        return drills[-1]

    # -- state and events ---------------------------------------------------------------------

    def status(self) -> list[dict[str, object]]:
        with self._lock:
            self._expire()
            return [d.to_dict() for d in self._drills.values()]

    def stop(self) -> None:
        self.server.stop()

    def _once(self, drill: Drill, outcome: str, target: PasteTarget | None = None) -> None:
        with self._lock:
            if outcome in drill.outcomes:
                return
            drill.outcomes.append(outcome)
        self._record(drill, outcome, target)

    def _record(self, drill: Drill, outcome: str, target: PasteTarget | None = None) -> None:
        where = (target or drill.style.target).value.replace("_", " ")
        event = Event(
            kind=_KINDS[outcome].value,
            level=Level.INFO.label,
            summary=_SAID[outcome].format(style=drill.style.name, target=where),
            target=target.value if target else None,
            action=Action.BLOCKED.value if outcome == "stopped" else Action.NONE.value,
            details={
                "drill": drill.id,
                "campaign": drill.campaign,
                "style": drill.style.id,
                "outcome": outcome,
                "asked_for": drill.style.target.value,
            },
        )
        drill.events[outcome] = (self.store.append(event), event)
