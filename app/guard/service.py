"""The guard: decide when the clipboard changes, act when a paste is about to happen.

Three threads, each with one job (HOUSE-STYLE):
- the UI thread hands clipboard changes to `clipboard_changed` (it only queues them);
- the worker thread (`run_worker`) analyses text, owns the event store, and does the slow
  things: quarantine, events, forwarding, the remote-access scan;
- the OS hook thread calls `on_key` / `on_mouse`, which only look the current verdict up.

The verdict for each guarded paste target is computed when the clipboard changes, long before
a person can press Win+R, Ctrl+V, Enter; the hook never scans and never touches the disk.
"""

from __future__ import annotations

import hashlib
import logging
import queue
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from app.detection import Context, Level, PasteTarget, Verdict
from app.detection.indicators import parse_url
from app.events import Action, Event, EventKind
from app.guard.neutralize import NEUTRAL_LINE
from app.guard.provenance import Provenance
from app.platform.base import KeyEvent, MouseEvent, WindowInfo

log = logging.getLogger(__name__)

GUARDED = (
    PasteTarget.RUN_DIALOG,
    PasteTarget.EXPLORER_BAR,
    PasteTarget.TERMINAL,
    PasteTarget.BROWSER_CONSOLE,
)
MODES = ("block", "warn", "monitor")
QUEUE_LIMIT = 256  # clipboard changes and paste records waiting for the worker
TICK = 0.5  # seconds between the worker's housekeeping rounds
FORWARD_EVERY = 5.0
RETENTION_EVERY = 3600.0


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class ClipboardChange:
    """What the UI thread read from the clipboard (or the X11 PRIMARY selection)."""

    text: str
    provenance: Provenance = field(default_factory=Provenance)
    selection: str = "clipboard"
    received: float = field(default_factory=time.monotonic)


@dataclass(frozen=True)
class ClipboardVerdict:
    """The verdict the hook looks up: one level per guarded target, decided in advance."""

    digest: str
    verdict: Verdict
    levels: Mapping[PasteTarget, Level]
    provenance: Provenance
    event_id: int | None = None
    neutralized: bool = False
    held: bool = False  # X11: the guard owns the clipboard and refuses guarded targets
    drill: str | None = None  # the id of the lure drill this text belongs to (app.drills)
    analysed: float = field(default_factory=time.monotonic)


@dataclass(frozen=True)
class PasteWarning:
    """What the warning shows: the verdict, where the text came from and where it was going."""

    verdict: Verdict
    target: PasteTarget
    source: str | None
    window: WindowInfo | None
    suppressed: bool
    neutralized: bool
    allow_paste_anyway: bool
    digest: str


class GuardUI(Protocol):
    """Implemented by the Qt bridge. Called from the worker or hook thread: only queue work."""

    def replace_clipboard(self, expected_digest: str, text: str) -> None: ...
    def notify(self, title: str, message: str, restore_event_id: int | None = None) -> None: ...
    def warn(self, warning: PasteWarning) -> None: ...
    def state_changed(self) -> None: ...


class Store(Protocol):
    def append(self, event: Event, *, original: str | None = None) -> int | None: ...
    def flush(self) -> bool: ...
    def apply_retention(self) -> int: ...
    @property
    def status(self) -> Mapping[str, object]: ...


class Sequence(Protocol):
    def feed(self, event: KeyEvent, window: WindowInfo | None = None) -> Any: ...
    def feed_mouse(self, event: MouseEvent) -> Any: ...


class Analyzer(Protocol):
    """The engine, or the organisation's lists in front of it (app.intel.screen)."""

    def analyze(self, text: str | bytes, context: Context | None = None) -> Verdict: ...


class Drills(Protocol):
    """Lure drills (app.drills.coordinator): recognise a drill's copy, learn of its paste."""

    def recognise(self, text: str, provenance: Provenance) -> str | None: ...
    def level_for(self, target: PasteTarget) -> Level: ...
    def pasted(
        self, drill_id: str, target: PasteTarget, window: WindowInfo | None, stopped: bool
    ) -> None: ...


class Classifier(Protocol):
    def classify(self, window: WindowInfo | None, hint: PasteTarget | None) -> PasteTarget: ...


class Holder(Protocol):
    def hold(self, text: str) -> None: ...
    def release(self) -> None: ...


@dataclass
class GuardSettings:
    mode: str = "block"
    notifications: bool = True
    allow_paste_anyway: bool = True
    trusted_sites: tuple[str, ...] = ()


class GuardService:
    """Owns the decisions; the platform backend, the store and the UI are passed in."""

    def __init__(
        self,
        engine: Analyzer,
        store: Store,
        ui: GuardUI,
        sequence: Sequence,
        classifier: Classifier,
        foreground: Callable[[], WindowInfo | None],
        can_suppress_keys: bool,
        settings: GuardSettings | None = None,
        holder: Holder | None = None,
        housekeeping: Callable[[], None] | None = None,
        drills: Drills | None = None,
    ) -> None:
        self.engine = engine
        self.store = store
        self.ui = ui
        self.sequence = sequence
        self.classifier = classifier
        self.foreground = foreground
        self.can_suppress_keys = can_suppress_keys
        self.settings = settings or GuardSettings()
        self.holder = holder
        self.housekeeping = housekeeping
        self.drills = drills
        self.current: ClipboardVerdict | None = None  # replaced whole: the hook reads it lock-free
        self.current_primary: ClipboardVerdict | None = None  # X11 PRIMARY (middle-click paste)
        self.paused_until: float | None = None  # time.monotonic(); inf = until restart
        self.counts: dict[str, int] = {
            "analysed": 0,
            "flagged": 0,
            "neutralized": 0,
            "pastes_stopped": 0,
            "pastes_warned": 0,
            "dropped": 0,
        }
        self.last_error: str | None = None
        self._own_digests: dict[str, float] = {}  # texts the guard itself put on the clipboard
        self._queue: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=QUEUE_LIMIT)
        self._stop = threading.Event()
        self._last_refusal: tuple[str, float] = ("", 0.0)

    # -- state ------------------------------------------------------------------------------

    @property
    def paused(self) -> bool:
        return self.paused_until is not None and time.monotonic() < self.paused_until

    def pause(self, seconds: float | None) -> None:
        """Pause protection for `seconds` (None: until restart); recorded as an event."""
        self.paused_until = float("inf") if seconds is None else time.monotonic() + seconds
        self.current = None
        self._submit(
            "event",
            Event(
                kind=EventKind.PROTECTION_PAUSED.value,
                # worth an administrator's look (ATT&CK T1562, impair defenses): a scammer on
                # the phone asks for exactly this, so it shows under "suspicious or worse"
                level=Level.SUSPICIOUS.label,
                summary="Protection was paused"
                + (f" for {round(seconds / 60)} minutes." if seconds else " until restart."),
                details={"seconds": seconds},
                action=Action.NONE.value,
            ),
        )
        self.ui.state_changed()

    def resume(self) -> None:
        self.paused_until = None
        # the end of an unprotected window, at the level of its start so both show together
        self._submit(
            "event",
            Event(
                kind=EventKind.PROTECTION_RESUMED.value,
                level=Level.SUSPICIOUS.label,
                summary="Protection was resumed.",
            ),
        )
        self.ui.state_changed()

    def status(self) -> dict[str, object]:
        store_status = dict(self.store.status)
        return {
            "protection": "paused" if self.paused else "on",
            "mode": self.settings.mode,
            "counts": dict(self.counts),
            "queue": self._queue.qsize(),
            "current": None
            if self.current is None
            else {
                "level": self.current.verdict.level.label,
                "held": self.current.held,
                "neutralized": self.current.neutralized,
            },
            "store": store_status,
            "last_error": self.last_error,
        }

    # -- UI thread --------------------------------------------------------------------------

    def clipboard_changed(self, change: ClipboardChange) -> None:
        """Queue a clipboard change for analysis; O(1), never blocks."""
        if change.provenance.secret:
            # a password manager's secret: not analysed, not stored, not even remembered
            self.current = None
            return
        self._submit("clipboard", change)

    # -- hook thread ------------------------------------------------------------------------

    def on_key(self, event: KeyEvent) -> bool:
        """Look the verdict up for a paste gesture; True swallows the key. Never raises."""
        try:
            window = self.foreground()  # a cached read: hints follow the focus
            gesture = self.sequence.feed(event, window)
            return self._on_gesture(gesture, window) if gesture is not None else False
        except Exception:
            log.exception("key handling failed")
            return False

    def on_mouse(self, event: MouseEvent) -> None:
        try:
            gesture = self.sequence.feed_mouse(event)
            if gesture is not None:
                self._on_gesture(gesture, self.foreground())
        except Exception:
            log.exception("mouse handling failed")

    def _on_gesture(self, gesture: Any, window: WindowInfo | None) -> bool:
        primary = getattr(gesture, "selection", "clipboard") == "primary"
        current = self.current_primary if primary else self.current
        if current is None or self.paused:
            return False
        target = self.classifier.classify(window, getattr(gesture, "hint", None))
        if target not in GUARDED:
            return False
        if current.drill is not None:  # a drill's paste: stopped, and the drill page explains
            stopped = self.can_suppress_keys or current.held
            self._submit("drill", (current.drill, target, window, stopped))
            return self.can_suppress_keys
        level = current.levels.get(target, current.verdict.level)
        if level < Level.SUSPICIOUS or self._trusted(current):
            return False
        mode = self.settings.mode
        if current.neutralized:
            # the clipboard already holds the harmless line: the paste can do no harm
            self._submit("paste", (current, target, window, False, EventKind.PASTE_BLOCKED))
            return False
        if mode == "monitor":
            self._submit("paste", (current, target, window, False, EventKind.PASTE_WARNED))
            return False
        suppress = self.can_suppress_keys
        kind = EventKind.PASTE_BLOCKED if suppress or current.held else EventKind.PASTE_WARNED
        self._submit("paste", (current, target, window, suppress, kind))
        self.ui.warn(
            PasteWarning(
                verdict=current.verdict,
                target=target,
                source=current.provenance.source,
                window=window,
                suppressed=suppress or current.held,
                neutralized=False,
                allow_paste_anyway=self.settings.allow_paste_anyway,
                digest=current.digest,
            )
        )
        return suppress

    def requestor_allowed(self, target: PasteTarget) -> bool:
        """X11 holder: may this requestor (already classified) receive the held text?"""
        current = self.current
        if current is None or not current.held or target not in GUARDED:
            return True
        return current.levels.get(target, current.verdict.level) < Level.SUSPICIOUS

    def refused_paste(self, target: PasteTarget, window: WindowInfo | None) -> None:
        """X11 holder refused a guarded paste: record it once and warn."""
        current = self.current
        if current is None:
            return
        if current.drill is not None:
            self._submit("drill", (current.drill, target, window, True))
            return
        now = time.monotonic()
        key = f"{current.digest}:{target.value}"
        if self._last_refusal[0] == key and now - self._last_refusal[1] < 1.0:
            return  # one paste asks for several formats; one warning is enough
        self._last_refusal = (key, now)
        self._submit("paste", (current, target, window, True, EventKind.PASTE_BLOCKED))
        self.ui.warn(
            PasteWarning(
                current.verdict,
                target,
                current.provenance.source,
                window,
                True,
                False,
                self.settings.allow_paste_anyway,
                current.digest,
            )
        )

    # -- worker thread ----------------------------------------------------------------------

    def _submit(self, kind: str, item: Any) -> None:
        try:
            self._queue.put_nowait((kind, item))
        except queue.Full:
            self.counts["dropped"] += 1

    def run_worker(self) -> None:
        """The worker loop: returns when `stop_worker` is called (the store is then flushed)."""
        last_forward = last_retention = 0.0
        while not self._stop.is_set():
            try:
                kind, item = self._queue.get(timeout=TICK)
            except queue.Empty:
                kind, item = "tick", None
            try:
                self._handle(kind, item)
                now = time.monotonic()
                if now - last_forward >= FORWARD_EVERY and self.housekeeping is not None:
                    last_forward = now
                    self.housekeeping()
                if now - last_retention >= RETENTION_EVERY:
                    last_retention = now
                    self.store.apply_retention()
            except Exception as exc:
                log.exception("guard worker step failed")
                self.last_error = f"{type(exc).__name__}: {exc}"
        self.store.flush()

    def stop_worker(self) -> None:
        self._stop.set()

    def process_pending(self) -> None:
        """Handle everything queued now, on the calling thread (tests and shutdown)."""
        while True:
            try:
                kind, item = self._queue.get_nowait()
            except queue.Empty:
                return
            self._handle(kind, item)

    def _handle(self, kind: str, item: Any) -> None:
        if kind == "clipboard":
            self._analyse(item)
        elif kind == "paste":
            self._record_paste(*item)
        elif kind == "event":
            self.store.append(item)
        elif kind == "drill" and self.drills is not None:
            self.drills.pasted(*item)
        self.store.flush()

    def _judge(self, change: ClipboardChange, text_digest: str) -> ClipboardVerdict:
        """The verdict with no target, and the level for each guarded target, decided now."""
        source = change.provenance.source
        verdict = self.engine.analyze(change.text, Context(source=source))
        levels = {
            t: self.engine.analyze(change.text, Context(source=source, target=t)).level
            for t in GUARDED
        }
        return ClipboardVerdict(text_digest, verdict, levels, change.provenance)

    def _analyse_primary(self, change: ClipboardChange) -> None:
        """PRIMARY changes with every selection: judge it, keep it for middle-click, log nothing."""
        if self.paused or not change.text.strip():
            self.current_primary = None
            return
        self.current_primary = self._judge(change, digest(change.text))

    def _analyse(self, change: ClipboardChange) -> None:
        if change.selection == "primary":
            self._analyse_primary(change)
            return
        text = change.text
        text_digest = digest(text)
        if self._own_digests.pop(text_digest, None) is not None:
            return  # the harmless line (or held text) the guard itself put there
        if self.paused or not text.strip():
            self.current = None
            return
        if self.drills is not None:
            drill = self.drills.recognise(text, change.provenance)
            if drill is not None:
                self._hold_drill(change, text_digest, drill)
                return
        record = self._judge(change, text_digest)
        verdict, levels = record.verdict, record.levels
        self.counts["analysed"] += 1
        worst = max(levels.values(), default=verdict.level)
        if max(worst, verdict.level) < Level.SUSPICIOUS:
            self.current = record  # clean and info texts are never written anywhere
            self.release_hold()
            return
        self.counts["flagged"] += 1
        if self.settings.mode == "block" and verdict.level is Level.MALICIOUS:
            self._neutralize(record, text)
            return
        event = Event.from_verdict(
            EventKind.CLIPBOARD_FLAGGED.value, verdict, text, Action.LOGGED.value
        )
        event_id = self.store.append(event)
        held = False
        if self.holder is not None and self.settings.mode in ("block", "warn"):
            self._own_digests[text_digest] = time.monotonic()
            self.holder.hold(text)
            held = True
        self.current = ClipboardVerdict(
            text_digest, verdict, levels, change.provenance, event_id, held=held
        )
        self.ui.state_changed()

    def _hold_drill(self, change: ClipboardChange, text_digest: str, drill: str) -> None:
        """A drill's own copy: stop it wherever commands run, say nothing until the paste."""
        assert self.drills is not None
        levels = {t: self.drills.level_for(t) for t in GUARDED}
        verdict = Verdict(
            level=Level.MALICIOUS,
            score=100,
            summary="A PasteGuard lure drill.",
            context=Context(source=change.provenance.source),
        )
        held = False
        if self.holder is not None:  # X11 cannot swallow the key: refuse the paste instead
            self._own_digests[text_digest] = time.monotonic()
            self.holder.hold(change.text)
            held = True
        self.current = ClipboardVerdict(
            text_digest, verdict, levels, change.provenance, held=held, drill=drill
        )
        self.ui.state_changed()

    def _neutralize(self, record: ClipboardVerdict, text: str) -> None:
        event = Event.from_verdict(
            EventKind.CLIPBOARD_NEUTRALIZED.value, record.verdict, text, Action.NEUTRALIZED.value
        )
        # one step: the event and its quarantined original are written (or wait) together
        event_id = self.store.append(event, original=text)
        self._own_digests[digest(NEUTRAL_LINE)] = time.monotonic()
        self.ui.replace_clipboard(record.digest, NEUTRAL_LINE)
        self.current = ClipboardVerdict(
            record.digest,
            record.verdict,
            record.levels,
            record.provenance,
            event_id,
            neutralized=True,
        )
        self.counts["neutralized"] += 1
        if self.settings.notifications:
            self.ui.notify(
                "PasteGuard blocked a dangerous command",
                record.verdict.summary,
                restore_event_id=event_id,
            )
        self.ui.state_changed()

    def allow_once(self, text: str) -> None:
        """The person restored this text on purpose: let it through when it reappears."""
        self._own_digests[digest(text)] = time.monotonic()
        self.release_hold()
        self.current = None

    def release_hold(self) -> None:
        if self.holder is not None:
            self.holder.release()

    def _record_paste(
        self,
        current: ClipboardVerdict,
        target: PasteTarget,
        window: WindowInfo | None,
        suppressed: bool,
        kind: EventKind,
    ) -> None:
        action = (
            Action.NEUTRALIZED
            if current.neutralized
            else Action.BLOCKED
            if suppressed
            else Action.WARNED
            if self.settings.mode != "monitor"
            else Action.LOGGED
        )
        if suppressed or current.neutralized:
            self.counts["pastes_stopped"] += 1
        else:
            self.counts["pastes_warned"] += 1
        verdict = current.verdict
        event = Event(
            kind=kind.value,
            level=current.levels.get(target, verdict.level).label,
            score=verdict.score,
            rules=tuple(verdict.rule_ids),
            summary=verdict.summary,
            source=current.provenance.source,
            target=target.value,
            action=action.value,
            sha256=current.digest,
            details={
                "window_process": window.process if window else None,
                "window_class": window.window_class if window else None,
                "clipboard_event": current.event_id,
            },
        )
        self.store.append(event)

    def _trusted(self, current: ClipboardVerdict) -> bool:
        url = parse_url(current.provenance.source_url or "")
        host = url.host if url else ""
        return (
            bool(host)
            and any(
                host == site or host.endswith("." + site) for site in self.settings.trusted_sites
            )
            and current.verdict.level < Level.MALICIOUS
        )
