"""The guard: decide when the clipboard changes, act when a paste is about to happen.

Three threads, each with one job (HOUSE-STYLE):
- the UI thread hands clipboard changes to `clipboard_changed` (it only queues them);
- the worker thread (`run_worker`) analyses text, owns the event store, and does the slow
  things: quarantine, events, forwarding, the remote-access scan;
- the OS hook thread calls `on_key` / `on_mouse`, which only look the current verdict up.

The verdict for each guarded paste target is computed when the clipboard changes, long before
a person can press Win+R, Ctrl+V, Enter; the hook never scans and never touches the disk.
Each change is read once (`Analyzer.read`: the engine, in the guard in a supervised process of
its own, app/detection/supervisor.py) and each target's context applied to that reading.

One paste is one event: key repeat, the Enter that follows, and the X11 holder's answers to the
same paste are details of it (app/guard/pastes.py), written once the paste has settled.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Protocol

from app.detection import Context, Level, PasteTarget, Verdict
from app.detection.indicators import parse_url
from app.detection.scoring import WEIGHTY  # the engine's own threshold: what weighs
from app.events import Action, Event, EventKind, sha256_of
from app.forwarding.ecs import follows
from app.guard.grants import Grant, Grants
from app.guard.neutralize import ALL_LINES, TRAY, neutral_line
from app.guard.pastes import OpenPaste, PasteAttempt, PasteRecorder
from app.guard.provenance import Provenance
from app.platform.base import KeyEvent, MouseEvent, WindowInfo
from app.privacy import safe_text, secrets_in
from app.storage.faults import StoreUnavailable
from app.storage.store import amended

log = logging.getLogger(__name__)

JUDGED_AT_PASTE = frozenset({PasteTarget.RUN_DIALOG, PasteTarget.EXPLORER_BAR})
GUARDED = (
    PasteTarget.RUN_DIALOG,
    PasteTarget.EXPLORER_BAR,
    PasteTarget.TERMINAL,
    PasteTarget.BROWSER_CONSOLE,
)
MODES = ("block", "warn", "monitor")
QUEUE_LIMIT = 256  # paste records and events waiting for the worker
TICK = 0.5  # seconds between the worker's housekeeping rounds
FORWARD_EVERY = 5.0
RETENTION_EVERY = 3600.0  # the first run is at start
STATUS_EVERY = 1.0  # seconds between the worker's snapshots of the store's status
OWN_WRITE_TTL = 2.0  # the guard's own clipboard write is recognised this soon after, once
PASTE_SETTLE = 2.0  # repeats, Enter and holder answers this close together are one paste
GESTURE_MATCH = 2.0  # the X11 holder ties a request to a paste gesture this recent
GESTURE_WAIT = 0.25  # ... and waits this long for the hook to report one for a browser
HOLDER_BURST = 0.5  # seconds: one program's requests for one paste come within this
WRITTEN_KEPT = 8  # pastes written last that a late OS answer can still correct
# A page that rewrites the clipboard in a loop (setInterval, 25 times a second): every write is
# still judged and neutralised or held, but a text from the same source again this soon after
# its last write, judged the same for the same reasons (`_likeness`: the same text, or the same
# lure with a counter or a random suffix appended) is a repeat of one event, not an event of
# its own (`_Burst`)
BURST_GAP = 5.0
BURST_REPORT_EVERY = 30.0  # a burst that goes on: its event is brought up to date this often
BURST_RETRY_FOR = 600.0  # a burst's final count waits this long for a log that cannot take it
BURSTS_KEPT = 16  # texts whose bursts are followed at once (a page alternating a few lures)
VERSIONS_KEPT = 8  # a burst's distinct texts its event keeps: the first and the last whole
VERSION_CHARS = 200  # ... the ones between cut to this
DISTINCT_COUNTED = 4096  # distinct texts of a burst told apart (their digests kept) up to this
# what a text points at that makes two lures different ones (a program is named by the rules)
PLACES = frozenset({"url", "domain", "ip", "unc", "phone"})
NOTICE_GAP = 5.0  # seconds between two "blocked" notices; a later one waits, the newest only
# The event id a notice, the tray and a restore give a blocked text whose event the log could
# not take yet (it waits in memory with its quarantined original): put back from memory
UNWRITTEN = -1
# A "blocked" notice's title (app/ speaks English; the tray shows it in the person's language):
# a command (or code) for what runs, a text for a scam text or a sign-in code, which run nothing
BLOCKED_COMMAND = "PasteGuard blocked a dangerous command"
BLOCKED_TEXT = "PasteGuard took a dangerous text off your clipboard"
# ... and the answers to "Put it back" that come from here (the tray translates them too)
NOTHING_TO_RESTORE = "Nothing to restore (it may have expired)."
LOG_UNREADABLE = "The event log cannot be read now: "


# A text's identity (the clipboard's, the holder's, a restore's): the same SHA-256 the events
# record, so one can be matched with the other.
digest = sha256_of
# The harmless lines' digests: one handed over again is still the guard's own (see _analyse)
LINE_DIGESTS = frozenset(digest(line) for line in ALL_LINES)


@dataclass(frozen=True)
class ClipboardChange:
    """What the UI thread read from the clipboard (or the X11 PRIMARY selection)."""

    text: str
    provenance: Provenance = field(default_factory=Provenance)
    selection: str = "clipboard"
    received: float = field(default_factory=time.monotonic)
    stamp: int = 0  # X11: the server time of the change (the holder never takes a newer one)


@dataclass(frozen=True)
class ClipboardVerdict:
    """The verdicts the hook looks up: one per guarded target, decided in advance.

    `verdict` is the one the clipboard decision used (the worst of them), and what its event
    shows; a paste uses its target's verdict, for the warning and the event alike.
    """

    digest: str
    verdict: Verdict
    verdicts: Mapping[PasteTarget, Verdict]
    provenance: Provenance
    text: str = ""  # kept while current: "Paste anyway" needs it, never a clipboard read
    event_id: int | None = None
    neutralized: bool = False
    held: bool = False  # X11: the guard owns the clipboard and refuses guarded targets
    allowed: bool = False  # the person let this text through ("Paste anyway", a restore)
    drill: str | None = None  # the id of the lure drill this text belongs to (app.drills)
    analysed: float = field(default_factory=time.monotonic)
    no_target: Verdict | None = None  # the verdict with no target (None: `verdict` is it)
    levels: Mapping[PasteTarget, Level] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "levels", {t: v.level for t, v in self.verdicts.items()})

    @property
    def unaimed(self) -> Verdict:
        """The verdict wherever the text goes (no paste target)."""
        return self.no_target or self.verdict

    def for_target(self, target: PasteTarget) -> Verdict:
        return self.verdicts.get(target, self.verdict)


@dataclass(frozen=True)
class PasteWarning:
    """What the warning shows: the verdict, where the text came from and where it was going."""

    verdict: Verdict
    target: PasteTarget
    source: str | None
    window: WindowInfo | None
    suppressed: bool  # True only when the paste was really stopped
    neutralized: bool
    allow_paste_anyway: bool
    digest: str
    restore_event: int | None = None  # a blocked text the person asked to put back


class GuardUI(Protocol):
    """Implemented by the Qt bridge. Called from the worker or hook thread: only queue work."""

    def replace_clipboard(self, expected_digest: str, text: str) -> None: ...
    def notify(self, title: str, message: str, restore_event_id: int | None = None) -> None: ...
    def warn(self, warning: PasteWarning) -> None: ...
    def state_changed(self) -> None: ...


class Store(Protocol):
    def append(self, event: Event, *, original: str | None = None) -> int | None: ...
    def flush(self) -> bool: ...
    def index_when_idle(self) -> bool: ...
    def apply_retention(self) -> int: ...
    @property
    def status(self) -> Mapping[str, object]: ...
    def quarantined(self, event_id: int | None = None) -> Any: ...
    def get(self, event_id: int) -> Event | None: ...
    def amend(
        self,
        event_id: int | None,
        corrected: Event,
        *,
        was: Event | None = None,
        original: str | None = None,
    ) -> bool: ...


class KeySequence(Protocol):
    def feed(self, event: KeyEvent, window: WindowInfo | None = None) -> Any: ...
    def feed_mouse(self, event: MouseEvent) -> Any: ...


class Analyzer(Protocol):
    """The engine, or the organisation's lists in front of it (app.intel.screen)."""

    def read(self, text: str | bytes, contexts: Sequence[Context]) -> list[Verdict]:
        """One reading of the text, its verdict in each of `contexts` (in order)."""
        ...


class Drills(Protocol):
    """Lure drills (app.drills.coordinator): recognise a drill's copy, learn of its paste."""

    def recognise(self, text: str, provenance: Provenance) -> str | None: ...
    def level_for(self, target: PasteTarget) -> Level: ...
    def pasted(
        self, drill_id: str, target: PasteTarget, window: WindowInfo | None, stopped: bool
    ) -> None: ...
    def passed_on(self, drill_id: str, target: PasteTarget) -> None:
        """The OS let the drill's paste through after all (a late hook or tap answer)."""
        ...


class Classifier(Protocol):
    def classify(self, window: WindowInfo | None, hint: PasteTarget | None) -> PasteTarget: ...


class Holder(Protocol):
    def hold(self, text: str, after: int = 0) -> None: ...
    def release(self) -> None: ...
    def can_serve(self, text: str) -> bool: ...
    def serving(self, text: str) -> bool:
        """Any thread, O(1): pastes of `text` are answered by the holder (it has it)."""
        ...


@dataclass
class _Burst:
    """One text written again and again by one source: one event, counted (worker thread)."""

    event_id: int | None
    event: Event  # as the store has it now (first written, or last brought up to date)
    first: Event  # as first written: each update is built from it
    verb: str  # what was done each time, for the summary ("blocked", "flagged")
    started: float  # the clock's time of the first write
    last: float  # ... and of the latest
    last_at: datetime  # the latest write's wall time, for the event
    writes: int = 1
    reported: int = 1  # the writes the event says now
    reported_at: float = 0.0
    closed: bool = False  # the event says the writes stopped (burst_ended)
    failed: bool = False  # an update could not be written (said once in the log)
    # the distinct texts written (a counter or a random suffix appended to one lure): their
    # digests (up to DISTINCT_COUNTED), the ones kept between the first and the last, the last
    digests: set[str] = field(default_factory=set)
    distinct: int = 1
    uncounted: bool = False  # more distinct texts came than DISTINCT_COUNTED
    between: list[str] = field(default_factory=list)  # made safe (defanged, redacted) at once
    last_text: str | None = None  # None: the last write was the first text
    last_digest: str = ""
    # a blocked burst: its first text as written (what the quarantine holds at first) and the
    # digest of the text the quarantine holds now ("Put it back" gives the last one written)
    original: str | None = None
    kept_digest: str = ""


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
        sequence: KeySequence,
        classifier: Classifier,
        foreground: Callable[[], WindowInfo | None],
        can_suppress_keys: bool,
        settings: GuardSettings | None = None,
        holder: Holder | None = None,
        housekeeping: Callable[[], None] | None = None,
        grants: Grants | None = None,
        drills: Drills | None = None,
        clock: Callable[[], float] = time.monotonic,
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
        self.grants = grants or Grants(None)
        self.drills = drills
        self.clock = clock  # the paste path's time: gestures, the holder's answers, settling
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
            "skipped_stale": 0,
        }
        self.last_error: str | None = None
        self.restorable: int | None = None  # the event whose blocked text can be put back
        # the text last blocked while the log could not take its event (UNWRITTEN): its text,
        # source and level, so that "Put it back" works from memory
        self._unwritten: tuple[str, str | None, Level] | None = None
        self.busy_since: float | None = None  # the worker's current item started (monotonic)
        self.store_status: Mapping[str, object] = {}  # refreshed by the worker
        self._retention: threading.Thread | None = None
        # where the person reaches PasteGuard (neutralize.TRAY, WINDOW or COMMAND_LINE): the
        # harmless line says so; the UI sets it once its tray is built
        self.found_at = TRAY
        # ... in the language the interface speaks (a code of neutralize.TEXTS; the UI sets it
        # at its start and when the language changes)
        self.language = "en"
        # the guard's own clipboard write (digest, deadline): recognised once, and only soon
        self._own_write: tuple[str, float] | None = None
        self._queue: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=QUEUE_LIMIT)
        # clipboard changes: only the newest waits; a burst skips stale texts, never the last
        self._latest: ClipboardChange | None = None
        self._latest_primary: ClipboardChange | None = None
        self._latest_lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self.pastes = PasteRecorder(PASTE_SETTLE, HOLDER_BURST)  # worker thread only
        self._restore_texts: dict[str, tuple[str, int, str | None]] = {}
        # hook thread: the last dangerous paste gesture (for one-event and the X11 holder)
        self._gesture: tuple[str, PasteTarget, WindowInfo | None, float] | None = None
        self._gesture_seen = threading.Event()
        self._served: tuple[WindowInfo, float] | None = None  # X11 holder gave the text
        # hook thread: the paste whose key the last gesture swallowed (a late answer retracts
        # it): its verdict, target, window, keys and the gesture's time
        self._swallowed: (
            tuple[ClipboardVerdict, PasteTarget, WindowInfo | None, str, float] | None
        ) = None
        # worker: the pastes written last, with their event's id and the event as written, so
        # that a late answer that comes after its paste settled corrects that event
        self._written: deque[tuple[OpenPaste, int | None, Event]] = deque(maxlen=WRITTEN_KEPT)
        # the holder's answers to one paste, a burst: (text and target, the hook's gesture it
        # was tied to, its last answer); and the gesture the last burst was tied to
        self._burst: tuple[tuple[str, PasteTarget], float | None, float] | None = None
        self._claimed: float | None = None
        # worker: texts being written again and again, by (event kind, digest, source)
        self._bursts: dict[tuple[object, ...], _Burst] = {}
        # worker: the last "blocked" notice's time, and one that waits for NOTICE_GAP to pass
        self._noticed_at: float | None = None
        self._notice_waiting: tuple[str, str, int | None] | None = None

    # -- state ------------------------------------------------------------------------------

    @property
    def paused(self) -> bool:
        return self.paused_until is not None and time.monotonic() < self.paused_until

    def pause(self, seconds: float | None) -> None:
        """Pause protection for `seconds` (None: until restart); recorded as an event."""
        self.paused_until = float("inf") if seconds is None else time.monotonic() + seconds
        self.current = None
        self.record(
            Event(
                kind=EventKind.PROTECTION_PAUSED.value,
                # worth an administrator's look (ATT&CK T1562, impair defenses): a scammer on
                # the phone asks for exactly this, so it shows under "suspicious or worse"
                level=Level.SUSPICIOUS.label,
                summary="Protection was paused" + _pause_length(seconds),
                details={"seconds": seconds},
                action=Action.NONE.value,
            )
        )
        self.ui.state_changed()

    def resume(self) -> bool:
        """End a pause; False (and nothing recorded) when protection was not paused, so the
        log never shows a resumption that did not happen."""
        was_paused = self.paused
        self.paused_until = None
        if not was_paused:
            return False
        # the end of an unprotected window, at the level of its start so both show together
        self.record(
            Event(
                kind=EventKind.PROTECTION_RESUMED.value,
                level=Level.SUSPICIOUS.label,
                summary="Protection was resumed.",
            )
        )
        self.ui.state_changed()
        return True

    def status(self) -> dict[str, object]:
        # the worker's snapshot: answering `status` (on the UI thread) never waits on the store
        store_status = dict(self.store_status)
        return {
            "protection": "paused" if self.paused else "on",
            "mode": self.settings.mode,
            "counts": dict(self.counts),
            "queue": self._queue.qsize() + (self._latest is not None),
            "current": None
            if self.current is None
            else {
                "level": self.current.verdict.level.label,
                "held": self._holding(self.current),
                "neutralized": self.current.neutralized,
            },
            "trusted_sites_for_now": [
                {"site": g.site, "granted": g.granted, "until": g.until, "reason": g.reason}
                for g in self.grants.all
            ],
            "store": store_status,
            "last_error": self.last_error,
        }

    # -- UI thread --------------------------------------------------------------------------

    def clipboard_changed(self, change: ClipboardChange) -> None:
        """Hand a clipboard change to the worker; O(1), never blocks.

        Only the newest change waits: when changes come faster than they can be judged, the
        stale ones are skipped and the one on the clipboard now is always judged.
        """
        if change.provenance.secret:
            # a password manager's secret: not analysed, not stored, not even remembered
            self.current = None
            return
        with self._latest_lock:
            if change.selection == "primary":
                self._latest_primary = change
            else:
                if self._latest is not None:
                    self.counts["skipped_stale"] += 1
                self._latest = change
        self._wake.set()

    def record(self, event: Event) -> None:
        """Write `event` from any thread without waiting: the worker owns the store."""
        self._submit("event", event)

    def request_restore(
        self, event_id: int | None, found: Callable[[bool], None] | None = None
    ) -> None:
        """Put a blocked text back, through the warning (any thread; the worker looks it up
        and calls `found` with whether there was one, before it reads it again)."""
        self._submit("restore", (event_id, found))

    # -- hook thread ------------------------------------------------------------------------

    def on_key(self, event: KeyEvent) -> bool:
        """Look the verdict up for a paste gesture; True swallows the key. Never raises."""
        try:
            if event.passed_on:  # the OS let the key we swallowed go on after all: said so
                self._passed_on()
                return False
            window = self.foreground()  # a cached read: hints follow the focus
            gesture = self.sequence.feed(event, window)
            if gesture is None:
                return False
            # a key Windows passed on before the hook could answer cannot be stopped: said so
            return self._on_gesture(gesture, window, self.can_suppress_keys and event.can_suppress)
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

    def _on_gesture(
        self, gesture: Any, window: WindowInfo | None, can_suppress: bool | None = None
    ) -> bool:
        can_suppress = self.can_suppress_keys if can_suppress is None else can_suppress
        self._swallowed = None  # set again below when this gesture's key is swallowed
        primary = getattr(gesture, "selection", "clipboard") == "primary"
        current = self.current_primary if primary else self.current
        if current is None or self.paused or current.allowed:
            return False
        target = self.classifier.classify(window, getattr(gesture, "hint", None))
        if target not in GUARDED:
            return False
        if current.drill is not None:  # a drill's paste: stopped, and the drill page explains
            stopped = can_suppress or current.held
            self._submit("drill", (current.drill, target, window, stopped))
            keys, now = str(getattr(gesture, "keys", "")), self.clock()
            self._swallowed = (current, target, window, keys, now) if can_suppress else None
            return can_suppress
        verdict = current.for_target(target)
        if verdict.level < Level.SUSPICIOUS or self._trusted(current, verdict):
            return False
        kind = getattr(gesture, "kind", "paste")
        now = self.clock()
        last = self._gesture
        same_paste = (
            last is not None
            and last[0] == current.digest
            and last[1] is target
            and (kind == "execute" or now - last[3] < GESTURE_MATCH)
        )
        if kind == "execute" and not same_paste:
            return False  # Enter after something else: not this paste
        self._gesture = (current.digest, target, window, now)
        self._gesture_seen.set()
        # key repeat and the Enter after it are details of the paste already recorded; a new
        # press is a new paste (its own event), and brings the warning back
        repeat = bool(getattr(gesture, "repeat", False)) or kind == "execute"
        keys = str(getattr(gesture, "keys", ""))
        if current.neutralized:
            # the clipboard already holds the harmless line: the paste can do no harm
            self._attempt(current, target, window, False, kind, keys, repeat, now)
            return False
        if self.settings.mode == "monitor":
            self._attempt(current, target, window, False, kind, keys, repeat, now)
            return False
        suppress = can_suppress
        if current.held and not self._holding(current):
            # the holder lost the text or stopped: nothing refuses this paste, so it is no
            # held paste (one would be called stopped when it settled, 2 s later, in error)
            current = replace(current, held=False)
        self._attempt(current, target, window, suppress, kind, keys, repeat, now)
        if current.held and not suppress:
            served = self._served
            if (
                served is not None
                and now - served[1] < GESTURE_MATCH
                and _same_app(served[0], window)
            ):
                # the holder had already given the text to this window: it went through
                self._attempt(current, target, window, False, "served", "", True, now)
                if not repeat:
                    self._warn(current, target, window, suppressed=False)
            # otherwise the holder's answer to the paste decides what the warning says
            return False
        if not repeat:  # a new press brings the warning back (it counts them)
            self._warn(current, target, window, suppressed=suppress)
        self._swallowed = (current, target, window, keys, now) if suppress else None
        return suppress

    def _passed_on(self) -> None:
        """Hook thread: the key last swallowed went on anyway (macOS passes an event on when the
        event tap answered too late, Windows when the hook procedure did). The paste it belongs
        to was not stopped: its event records it so and the warning says so ("the text may
        already be there")."""
        swallowed, self._swallowed = self._swallowed, None
        if swallowed is None:
            return
        current, target, window, keys, when = swallowed
        if current.drill is not None:  # the drill was not stopped: its page and events say so
            self._submit("drill_passed", (current.drill, target))
            return
        # at the swallowed gesture's time: the report belongs to that paste, however late
        self._attempt(current, target, window, False, "passed", keys, True, when)
        self._warn(current, target, window, suppressed=False)

    def holder_problem(self) -> str | None:
        """Any thread: why the held text is not really held (status and tray say so), if so."""
        current = self.current
        if current is None or not current.held or self._holding(current):
            return None
        return "the clipboard holder does not have the suspicious text: its pastes are not stopped"

    def _holding(self, current: ClipboardVerdict) -> bool:
        """The text is held, and the holder really has it (or is about to take it)."""
        return current.held and self.holder is not None and self.holder.serving(current.text)

    def _attempt(
        self,
        current: ClipboardVerdict,
        target: PasteTarget,
        window: WindowInfo | None,
        suppressed: bool,
        kind: str,
        keys: str,
        repeat: bool,
        now: float,
    ) -> None:
        self._submit(
            "paste", PasteAttempt(current, target, window, suppressed, kind, keys, repeat, now)
        )

    def _warn(
        self,
        current: ClipboardVerdict,
        target: PasteTarget,
        window: WindowInfo | None,
        suppressed: bool,
    ) -> None:
        self.ui.warn(
            PasteWarning(
                verdict=current.for_target(target),
                target=target,
                source=current.provenance.source,
                window=window,
                suppressed=suppressed,
                neutralized=current.neutralized,
                allow_paste_anyway=self.settings.allow_paste_anyway,
                digest=current.digest,
            )
        )

    # -- the X11 holder's thread ------------------------------------------------------------

    def requestor_allowed(self, target: PasteTarget, window: WindowInfo | None = None) -> bool:
        """X11 holder: may this requestor (already classified) receive the held text?

        A browser's console is known only from the keys (F12, then Ctrl+V): the request is
        tied to the hook's paste gesture in the same program, waiting briefly for the hook.
        """
        current = self.current
        if current is None or not current.held or current.allowed or self.paused:
            return True
        target = self._requestor_target(current, target, window)
        if target not in GUARDED:
            return True
        verdict = current.for_target(target)
        return verdict.level < Level.SUSPICIOUS or self._trusted(current, verdict)

    def _requestor_target(
        self, current: ClipboardVerdict, target: PasteTarget, window: WindowInfo | None
    ) -> PasteTarget:
        if target in GUARDED or window is None:
            return target
        gesture = self._recent_gesture(current, window)
        if gesture is None and self._could_be_console(window, current):
            self._gesture_seen.clear()
            self._gesture_seen.wait(GESTURE_WAIT)
            gesture = self._recent_gesture(current, window)
        return gesture if gesture is not None else target

    def _recent_gesture(self, current: ClipboardVerdict, window: WindowInfo) -> PasteTarget | None:
        gesture = self._gesture
        if gesture is None or gesture[0] != current.digest:
            return None
        _, target, gesture_window, at = gesture
        if self.clock() - at > GESTURE_MATCH or not _same_app(window, gesture_window):
            return None
        return target

    def _could_be_console(self, window: WindowInfo, current: ClipboardVerdict) -> bool:
        console = PasteTarget.BROWSER_CONSOLE
        return (
            self.classifier.classify(window, console) is console
            and current.for_target(console).level >= Level.SUSPICIOUS
        )

    def refused_paste(self, target: PasteTarget, window: WindowInfo | None) -> None:
        """X11 holder refused a guarded paste: part of that paste's event, and warned."""
        current = self.current
        if current is not None and current.drill is not None:
            self._submit("drill", (current.drill, target, window, True))
            return
        self._holder_answer(target, window, refused=True)

    def served_paste(self, target: PasteTarget, window: WindowInfo | None) -> None:
        """X11 holder gave the held text to a requestor it did not know to refuse."""
        if window is not None:
            self._served = (window, self.clock())
        self._holder_answer(target, window, refused=False)

    def _holder_answer(self, target: PasteTarget, window: WindowInfo | None, refused: bool) -> None:
        current = self.current
        if current is None or not current.held or current.allowed:
            return
        if window is not None and target not in GUARDED:
            target = self._recent_gesture(current, window) or target
        if target not in GUARDED:
            return
        verdict = current.for_target(target)
        if verdict.level < Level.SUSPICIOUS or self._trusted(current, verdict):
            return
        gesture = self._gesture
        now = self.clock()
        recent = (
            gesture[3]
            if gesture is not None and gesture[0] == current.digest and now - gesture[3] < 1.0
            else None
        )
        self._attempt(current, target, window, refused, "refused" if refused else "served",
                      "", False, now)  # fmt: skip
        key = (current.digest, target)
        burst = self._burst
        if burst is not None and burst[0] == key and now - burst[2] < HOLDER_BURST:
            # one paste asks for several formats within milliseconds: one warning for them
            tied = burst[1]
            if recent is None or recent == tied:
                self._burst = (key, tied, now)
                return
            if tied is None:  # the hook reported this paste's key after its first request
                self._burst, self._claimed = (key, recent, now), recent
                return
            # a new press while the last paste's requests were still coming: a new paste
        # A new paste. It is tied to the hook's gesture unless an earlier paste already was:
        # when the request comes before the hook reports the key (a loaded machine), the
        # gesture at hand is the last paste's, and this paste is no repeat of it.
        tie = recent if recent is not None and recent != self._claimed else None
        self._burst = (key, tie, now)
        if tie is not None:
            self._claimed = tie
        if refused or tie is not None:
            self._warn(current, target, window, suppressed=refused)

    # -- worker thread ----------------------------------------------------------------------

    def _submit(self, kind: str, item: Any) -> None:
        try:
            self._queue.put_nowait((kind, item))
            self._wake.set()
        except queue.Full:
            self.counts["dropped"] += 1

    def run_worker(self) -> None:
        """The worker loop: returns when `stop_worker` is called (the store is then flushed)."""
        last_forward = last_status = 0.0
        last_retention = -RETENTION_EVERY  # due at start: a guard that never runs an hour still
        self._refresh_status()
        try:  # what a restart left restorable (the tray reads this, never the store)
            item = self.store.quarantined(None)
            self.restorable = self.restorable or (item.event_id if item is not None else None)
        except StoreUnavailable as exc:  # status says why the log cannot be used; no trace
            log.warning("a text blocked before this start cannot be put back now: %s", exc)
        except Exception:
            log.exception("reading the quarantine failed")
        while not self._stop.is_set():
            self._wake.wait(TICK)
            self._wake.clear()
            try:
                self._drain()
                # events that waited in memory (a full disk, a locked file) are written as
                # soon as the store can take them, not only when a newer event comes along:
                # until then they are in no log, reach no SIEM and die with a killed guard
                self.store.flush()
                # nothing queued now: the search index's batch, rather than in a later append
                self.store.index_when_idle()
                now = self.clock()
                self._settle(now)
                self._report_bursts(now)
                if now - last_forward >= FORWARD_EVERY and self.housekeeping is not None:
                    last_forward = now
                    self.housekeeping()
                if now - last_retention >= RETENTION_EVERY:
                    last_retention = now
                    self._start_retention()
                if now - last_status >= STATUS_EVERY:
                    last_status = now
                    self._refresh_status()
            except Exception as exc:
                log.exception("guard worker step failed")
                self.last_error = f"{type(exc).__name__}: {exc}"
            finally:
                self.busy_since = None
        self._settle(float("inf"))
        self._report_bursts(float("inf"))
        self.store.flush()

    def _refresh_status(self) -> None:
        try:
            self.store_status = dict(self.store.status)
        except Exception:
            log.exception("reading the store's status failed")

    def _start_retention(self) -> None:
        """Expired events go on a thread of their own: deleting 200,000 of them takes a while,
        and meanwhile the worker keeps judging the clipboard (the store locks per batch)."""
        if self._retention is not None and self._retention.is_alive():
            return

        def run() -> None:
            try:
                self.store.apply_retention()
            except Exception:
                log.exception("applying retention failed")

        self._retention = threading.Thread(target=run, name="retention", daemon=True)
        self._retention.start()

    def stop_worker(self) -> None:
        self._stop.set()
        self._wake.set()

    def process_pending(self, now: float | None = None) -> None:
        """Handle everything queued now, on the calling thread (tests and shutdown); a paste
        still open is written too, or with `now`, only one settled by then (as the worker)."""
        self._drain()
        self._settle(float("inf") if now is None else now)
        if now is not None:  # only then: the bursts of texts written again end in time
            self._report_bursts(now)
        self.store.flush()
        self._refresh_status()

    def _drain(self) -> None:
        """The records waiting (cheap, in order), then the newest clipboard change; again
        while more arrive. Changes that came in between were stale: skipped, never judged."""
        while True:
            handled = False
            while True:
                try:
                    kind, item = self._queue.get_nowait()
                except queue.Empty:
                    break
                self._step(kind, item)
                handled = True
            with self._latest_lock:
                change, self._latest = self._latest, None
                primary, self._latest_primary = self._latest_primary, None
            for pending in (change, primary):
                if pending is not None:
                    self._step("clipboard", pending)
                    handled = True
            if not handled:
                return

    def _step(self, kind: str, item: Any) -> None:
        self.busy_since = time.monotonic()
        try:
            self._handle(kind, item)
        except Exception as exc:
            if kind != "clipboard":
                raise
            log.exception("judging a clipboard change failed")
            self.last_error = f"{type(exc).__name__}: {exc}"

    def _handle(self, kind: str, item: Any) -> None:
        if kind == "clipboard":
            self._analyse(item)
        elif kind == "paste":
            if item.kind == "passed" and self._correct_written(item):
                pass  # its paste had been written already: that event now says what happened
            elif self.pastes.add(item):
                self._settle(float("inf"))  # a new paste: the one before it is complete
                self.pastes.add(item)
        elif kind == "event":
            self.store.append(self._linked(item))
        elif kind == "restore":
            self._restore(*item)
        elif kind == "drill" and self.drills is not None:
            self.drills.pasted(*item)
        elif kind == "drill_passed" and self.drills is not None:
            self.drills.passed_on(*item)
        elif kind == "grants":
            self.grants.save()
        elif kind == "end_bursts":
            self._end_bursts_of(item)
        elif kind == "forgotten":
            self._forget_bursts(item)
        self.store.flush()

    def _linked(self, event: Event) -> Event:
        """A blocked text put back (the warning's choice) names the event that blocked it by
        the id a SIEM knows it by (app.forwarding.ecs.follows), not only the local id."""
        blocked_id = event.details.get("event_id")
        if event.kind != EventKind.RESTORED.value or not isinstance(blocked_id, int):
            return event
        if blocked_id == UNWRITTEN:  # its event had no id yet: the hash joins the two
            return replace(event, details={**event.details, "event_id": None})
        blocked = self.store.get(blocked_id)
        if blocked is None:
            return event
        return replace(event, details={**event.details, "follows": follows(blocked)})

    def _judge(self, change: ClipboardChange, text_digest: str) -> ClipboardVerdict:
        """One reading of the text; the verdict with no target and for each guarded target.

        The decision's verdict is the worst of them (the no-target one on a tie), leaving out
        the Run box and the address bar (judged at paste time): it is what the clipboard event
        records.
        """
        source = change.provenance.source
        contexts = [Context(source=source), *(Context(source=source, target=t) for t in GUARDED)]
        no_target, *per_target = self.engine.read(change.text, contexts)
        verdicts = dict(zip(GUARDED, per_target, strict=True))
        decisive = no_target
        for target, verdict in verdicts.items():
            # The Run box and Explorer's address bar take only a program, a path or an address,
            # so almost any command is suspicious there (detection/runbox.py): judged when a
            # paste really goes there (the keyboard hook), never a reason to flag every copy.
            if target not in JUDGED_AT_PASTE and verdict.level > decisive.level:
                decisive = verdict
        return ClipboardVerdict(
            text_digest, decisive, verdicts, change.provenance, change.text, no_target=no_target
        )

    def _analyse_primary(self, change: ClipboardChange) -> None:
        """PRIMARY changes with every selection: judge it, keep it for middle-click, log nothing."""
        if self.paused or not change.text.strip():
            self.current_primary = None
            return
        self.current_primary = self._judge(change, digest(change.text))

    def _own(self, text_digest: str) -> bool:
        """Is this change the guard's own write (the harmless line, a text put back)?"""
        own = self._own_write
        if own is None or own[0] != text_digest:
            return False
        self._own_write = None  # once: the next copy of the same text is judged again
        return time.monotonic() < own[1]

    def _same_copy(self, change: ClipboardChange, text_digest: str) -> bool:
        """The copy judged last, handed over again: its verdict (and a "Paste anyway") stands.

        Windows moves its clipboard counter when the owner renders a format on demand ("If
        clipboard rendering is delayed, the sequence number is not incremented until the
        changes are rendered"), so each program that asks for another format (a paste target,
        clipboard history) made the reader hand the same copy over again: a new event each
        time, and a text the person let through blocked again. Never with an X11 holder (a
        copy of the same text there takes the clipboard from it), never for a neutralized text
        (copied again, it is back on the clipboard), never while paused."""
        current = self.current
        return (
            self.holder is None
            and current is not None
            and not current.neutralized
            and current.digest == text_digest
            and current.provenance == change.provenance
            and not self.paused
        )

    def expect_own_write(self, text: str) -> None:
        """The guard's UI is about to put `text` on the clipboard: not a copy to judge."""
        self._own_write = (digest(text), time.monotonic() + OWN_WRITE_TTL)

    def _analyse(self, change: ClipboardChange) -> None:
        if change.selection == "primary":
            self._analyse_primary(change)
            return
        text = change.text
        text_digest = digest(text)
        if self._own(text_digest):
            return  # the harmless line (or a text put back) the guard itself just wrote
        if text_digest in LINE_DIGESTS and self.current is not None and self.current.neutralized:
            # the harmless line handed over again: Windows moves its clipboard counter when
            # the owner renders a format on demand, as Qt's write does for each program that
            # asks; judged as a new copy, the blocked text behind it was forgotten
            return
        if self._same_copy(change, text_digest):
            return
        if self.paused or not text.strip():
            self.current = None
            return
        if self.drills is not None:
            drill = self.drills.recognise(text, change.provenance)
            if drill is not None:
                self._hold_drill(change, text_digest, drill)
                return
        record = self._judge(change, text_digest)
        verdict = record.verdict
        self.counts["analysed"] += 1
        if verdict.level < Level.SUSPICIOUS:
            self.current = record  # clean and info texts are never written anywhere
            self.release_hold()  # another program copied: the holder lets go if still owner
            return
        self.counts["flagged"] += 1
        if self.settings.mode == "block" and record.unaimed.level is Level.MALICIOUS:
            # malicious wherever it goes: the decision (and its event) is the no-target verdict
            self._neutralize(replace(record, verdict=record.unaimed), text, change.stamp)
            return
        held = False
        if self.holder is not None and self.settings.mode in ("block", "warn"):
            if self.holder.can_serve(text):
                self.holder.hold(text, after=change.stamp)  # before the event: the db may be slow
                held = True
            elif self.settings.mode == "block" and change.provenance.source_url:
                # X11 cannot swallow the key and the holder cannot serve this text (over its
                # size limit, or it stopped): nothing would refuse its paste into a terminal. A
                # page's text is taken off the clipboard (restorable), or a page could pad a
                # command past the limit to get round block mode; a large text of the person's
                # own (a build log from a terminal or an editor) stays, whole, for editors.
                self._neutralize(record, text, change.stamp)
                return
        self.current = replace(record, held=held)
        kind = EventKind.CLIPBOARD_FLAGGED.value
        repeat = self._repeat(kind, record, text)
        if repeat is not None:
            self.current = replace(record, event_id=repeat.event_id, held=held)
            self.ui.state_changed()
            return
        event = Event.from_verdict(kind, verdict, text, Action.LOGGED.value)
        event_id = self.store.append(event)
        self._start_burst(kind, record, event_id, event, "flagged", None)
        self.current = replace(record, event_id=event_id, held=held)
        self.ui.state_changed()

    def _hold_drill(self, change: ClipboardChange, text_digest: str, drill: str) -> None:
        """A drill's own copy: stop it wherever commands run, say nothing until the paste."""
        assert self.drills is not None
        source = change.provenance.source
        verdicts = {
            t: Verdict(
                level=self.drills.level_for(t),
                score=100,
                summary="A PasteGuard lure drill.",
                context=Context(source=source, target=t),
            )
            for t in GUARDED
        }
        verdict = Verdict(Level.MALICIOUS, 100, "A PasteGuard lure drill.",
                          context=Context(source=source))  # fmt: skip
        held = False
        if self.holder is not None and self.holder.can_serve(change.text):
            self.holder.hold(change.text)  # X11 cannot swallow the key: refuse the paste instead
            held = True
        self.current = ClipboardVerdict(
            text_digest, verdict, verdicts, change.provenance, change.text, held=held, drill=drill
        )
        self.ui.state_changed()

    def _neutralize(self, record: ClipboardVerdict, text: str, stamp: int = 0) -> None:
        # The clipboard first: writing the event can wait on a busy or locked database, and
        # until the harmless line is there the command is one paste away.
        line = neutral_line(
            record.verdict.kind, self.found_at, self.language, self.settings.allow_paste_anyway
        )
        if self.holder is not None and self.holder.can_serve(line):
            # X11: the guard owns the clipboard with the harmless line; no Qt clipboard write
            self.holder.hold(line, after=stamp)
        else:
            self.expect_own_write(line)
            self.ui.replace_clipboard(record.digest, line)
        self.current = replace(record, neutralized=True)
        self.counts["neutralized"] += 1
        kind = EventKind.CLIPBOARD_NEUTRALIZED.value
        repeat = self._repeat(kind, record, text)
        if repeat is not None:
            # the page wrote it again: neutralised again, counted in its event, no new notice;
            # "Put it back" gives this one, the last written (as the event says)
            self.current = replace(record, event_id=repeat.event_id, neutralized=True)
            if repeat.event_id is None and self._unwritten is not None:
                self._unwritten = (text, record.provenance.source, record.verdict.level)
            self.ui.state_changed()
            return
        event = Event.from_verdict(kind, record.verdict, text, Action.NEUTRALIZED.value)
        # one step: the event and its quarantined original are written (or wait) together
        event_id = self.store.append(event, original=text)
        self._start_burst(kind, record, event_id, event, "blocked", text)
        self.current = replace(record, event_id=event_id, neutralized=True)
        if event_id is None:  # the log cannot take it now: it waits, and "Put it back" works
            self._unwritten = (text, record.provenance.source, record.verdict.level)
        self.restorable = UNWRITTEN if event_id is None else event_id
        if self.settings.notifications:
            runs = record.verdict.kind in ("command", "code")
            self._notice(
                BLOCKED_COMMAND if runs else BLOCKED_TEXT,
                record.verdict.summary,
                UNWRITTEN if event_id is None else event_id,
            )
        self.ui.state_changed()

    # -- a text written again and again (worker) ----------------------------------------------

    @staticmethod
    def _likeness(kind: str, record: ClipboardVerdict) -> tuple[object, ...]:
        """What makes two writes one event's: the same kind of event from the same source (a
        page's address without its query or fragment), the same level, the same findings of
        weight and the same places pointed at (hosts and paths, a phone number). A counter or
        a random suffix appended to a lure changes none of them; another command, another
        payload's address or another number to call does."""
        verdict = record.verdict
        rules = {f.rule_id for f in verdict.findings if f.weight >= WEIGHTY}
        places = set()
        for indicator in verdict.indicators:
            if indicator.kind not in PLACES:
                continue
            url = parse_url(indicator.value) if indicator.kind == "url" else None
            value = f"{url.host}{url.path}" if url else indicator.value.lower()
            places.add((indicator.kind, value))
        source = record.provenance.source or ""
        source = source.split("#", 1)[0].split("?", 1)[0]
        return (kind, source, verdict.level.label, tuple(sorted(rules or verdict.rule_ids)),
                tuple(sorted(places)))  # fmt: skip

    def _repeat(self, kind: str, record: ClipboardVerdict, text: str) -> _Burst | None:
        """The burst this write repeats (counted in it), or None: the write is an event."""
        key = self._likeness(kind, record)
        burst = self._bursts.get(key)
        now = self.clock()
        if burst is None or now - burst.last >= BURST_GAP:
            return None
        burst.writes += 1
        burst.last = now
        burst.last_at = datetime.now(UTC)
        if record.digest != burst.last_digest:
            if record.digest not in burst.digests:
                if len(burst.digests) < DISTINCT_COUNTED:
                    burst.digests.add(record.digest)
                    burst.distinct += 1
                else:
                    burst.uncounted = True
                if len(burst.between) < VERSIONS_KEPT - 2 and burst.last_text is not None:
                    burst.between.append(safe_text(burst.last_text, secrets_in(burst.last_text)))
            burst.last_digest = record.digest
            burst.last_text = None if record.digest == burst.first.sha256 else text
        return burst

    def _start_burst(
        self,
        kind: str,
        record: ClipboardVerdict,
        event_id: int | None,
        event: Event,
        verb: str,
        original: str | None,
    ) -> None:
        """`original`: the blocked text as written, quarantined with its event (None: flagged)."""
        key = self._likeness(kind, record)
        old = self._bursts.pop(key, None)
        if old is not None:
            self._report_burst(old, ended=True)
        while len(self._bursts) >= BURSTS_KEPT:  # the one written to longest ago ends
            oldest = min(self._bursts, key=lambda k: self._bursts[k].last)
            self._report_burst(self._bursts.pop(oldest), ended=True)
        now = self.clock()
        self._bursts[key] = _Burst(event_id, event, event, verb, now, now, event.time,
                                   reported_at=now, digests={record.digest},
                                   last_digest=record.digest, original=original,
                                   kept_digest=record.digest)  # fmt: skip

    def _report_bursts(self, now: float) -> None:
        """Bring the events of texts written again up to date: when their writes stop (none
        for BURST_GAP), and every BURST_REPORT_EVERY while they go on. Each update is a
        correction of the event (EventStore.amend), so a SIEM that had it is sent the new
        count naming the version it replaces. A deferred notice is shown once its gap is over."""
        for key, burst in list(self._bursts.items()):
            if now - burst.last >= BURST_GAP:
                # kept while the log cannot take the count (a full disk): tried every round
                if self._report_burst(burst, ended=True) or now - burst.last >= BURST_RETRY_FOR:
                    del self._bursts[key]
            elif burst.writes > burst.reported and now - burst.reported_at >= BURST_REPORT_EVERY:
                burst.reported_at = now
                self._report_burst(burst, ended=False)
        waiting = self._notice_waiting
        if waiting is not None and (
            self._noticed_at is None or now - self._noticed_at >= NOTICE_GAP
        ):
            self._notice_waiting = None
            self._noticed_at = now
            self.ui.notify(waiting[0], waiting[1], restore_event_id=waiting[2])

    def _report_burst(self, burst: _Burst, ended: bool) -> bool:
        """Bring the burst's event up to date; False when the store could not take it now.
        A blocked burst's quarantined text becomes the last version written, in the same step:
        what the person last saw on the clipboard (and was told of) is what "Put it back" gives."""
        stale = burst.original is not None and burst.kept_digest != burst.last_digest
        said_all = burst.writes == burst.reported and (
            not ended or burst.writes == 1 or burst.closed
        )
        if said_all and not stale:
            return True  # the event already says it (a single write needs no update at its end)
        first = burst.first
        seconds = max(1, round(burst.last - burst.started))
        details: dict[str, Any] = {
            **first.details,
            "writes": burst.writes,
            "last_write": burst.last_at.isoformat(timespec="milliseconds"),
            "burst_ended": ended,
        }
        if burst.distinct == 1:
            said = (f"The same text was put on the clipboard {burst.writes} times within "
                    f"{seconds} s; it was {burst.verb} each time.")  # fmt: skip
        else:
            over = "more than " if burst.uncounted else ""
            said = (
                f"Texts like it were put on the clipboard {burst.writes} times within "
                f"{seconds} s ({over}{burst.distinct} different versions, with the same "
                f"findings and the same addresses; this is the first); each was {burst.verb}."
            )
            if burst.original is not None:
                said += ' "Put it back" gives the last one written.'
            details["versions"] = burst.distinct
            details["versions_at_least"] = bool(over)
            details["version_texts"] = self._versions_of(burst)
        corrected = replace(
            burst.event,
            summary=f"{first.summary} {said}",
            details=details,
        )
        original = None
        if stale:
            original = burst.original if burst.last_text is None else burst.last_text
        if not self.store.amend(burst.event_id, corrected, was=burst.event, original=original):
            # the event is neither in the file nor waiting (deleted, dropped from a full
            # queue) or the file fails now: the count is tried again at the next update
            if not burst.failed:  # once: a full disk is tried again every round
                log.warning("the repeated writes of event %s could not be counted in it yet",
                            burst.event_id)  # fmt: skip
            burst.failed = True
            return False
        burst.event = amended(burst.event, corrected)  # where it waits, found by this again
        burst.reported = burst.writes
        burst.closed = ended
        burst.kept_digest = burst.last_digest
        return True

    @staticmethod
    def _versions_of(burst: _Burst) -> list[dict[str, object]]:
        """The distinct texts an event keeps: the first and the last whole (as any event's text:
        defanged, secrets redacted, MAX_STORED_CHARS), up to VERSIONS_KEPT - 2 between them
        (the earliest) cut to VERSION_CHARS."""
        first: dict[str, object] = {
            "text": burst.first.text,
            "sha256": burst.first.sha256,
            "whole": True,
        }
        kept: list[dict[str, object]] = [first]
        for text in burst.between:  # cut to VERSION_CHARS: "whole" when that cut nothing
            kept.append({"text": text[:VERSION_CHARS], "whole": len(text) <= VERSION_CHARS})
        last = burst.last_text
        if last is not None:  # else the last write was the first text again
            kept.append({"text": safe_text(last, secrets_in(last)),
                         "sha256": burst.last_digest, "whole": True})  # fmt: skip
        return kept

    def _end_bursts_of(self, text_digest: str) -> None:
        """Worker: the person let this text through (a restore, "Paste anyway"): its next write
        by the page is a new event, not a repeat of the one they answered."""
        for key in [k for k, b in self._bursts.items() if text_digest in b.digests]:
            self._report_burst(self._bursts.pop(key), ended=True)

    def forgotten(self, ids: Sequence[int] | None) -> None:
        """Any thread: these events (None: all) were deleted (`pasteguard forget`, the viewer).
        A page still writing the text of one is not counted into an event that is gone: its
        next write is an event of its own."""
        if ids is None or self.restorable in ids:
            self.restorable = None  # the tray no longer offers to put it back
        if ids is None:  # "forget --all": a text kept in memory for "Put it back" goes too
            self._unwritten = None
        self._submit("forgotten", None if ids is None else frozenset(ids))

    def _forget_bursts(self, ids: frozenset[int] | None) -> None:
        for key, burst in list(self._bursts.items()):
            if ids is None or burst.event_id in ids:
                del self._bursts[key]

    def _notice(self, title: str, message: str, event_id: int | None) -> None:
        """A "blocked" notice, at most one per NOTICE_GAP: a later one waits for the gap to
        pass (the newest only), so that a page writing lure after lure floods no screen."""
        now = self.clock()
        if self._noticed_at is not None and now - self._noticed_at < NOTICE_GAP:
            self._notice_waiting = (title, message, event_id)
            return
        self._noticed_at = now
        self._notice_waiting = None
        self.ui.notify(title, message, restore_event_id=event_id)

    # -- letting a text through (the person chose to) -----------------------------------------

    def text_of(self, text_digest: str) -> str | None:
        """The text a warning is about, from memory (never the clipboard or the store)."""
        current = self.current
        if current is not None and current.digest == text_digest and current.text:
            return current.text
        restore = self._restore_texts.get(text_digest)
        return restore[0] if restore is not None else None

    def let_through(self, text_digest: str) -> bool:
        """Put the text back / let it be pasted once; False when it is no longer known.

        Never waits: on X11 the holder serves it (to every program, once allowed); elsewhere
        the Qt thread writes it and the guard recognises its own write.
        """
        text = self.text_of(text_digest)
        if text is None:
            return False
        self._restore_texts.pop(text_digest, None)
        self._submit("end_bursts", text_digest)
        current = self.current
        if current is not None and current.digest == text_digest and current.held:
            self.current = replace(current, allowed=True)  # the holder now gives it to all
            return True
        # the text the person chose stays known as theirs (a revoked trust re-arms it)
        mine = current is not None and current.digest == text_digest
        self.current = replace(current, allowed=True) if mine and current else None
        if self.holder is not None and self.holder.can_serve(text):
            self.holder.hold(text)
        else:
            self.expect_own_write(text)
            self.ui.replace_clipboard("", text)
        return True

    def trust_site(self, site: str, days: int | None, reason: str) -> None:
        """Trust `site` for `days` (None: until restart); saved by the worker."""
        self.grants.add(site, days, reason)
        if days is not None:
            self._submit("grants", None)

    def revoke_trust(self, site: str) -> Grant | None:
        """End the trust in `site` (Settings); any thread, never waits. A text from that site
        the person let through is judged again at its next paste; the change is an event."""
        grant = self.grants.revoke(site)
        if grant is None:
            return None
        current = self.current
        if current is not None and current.allowed and grant.covers(self._host_of(current)):
            self.current = replace(current, allowed=False)
        if grant.until is not None:
            self._submit("grants", None)
        until = (
            "until PasteGuard restarts"
            if grant.until is None
            else "until " + datetime.fromtimestamp(grant.until, UTC).isoformat(timespec="minutes")
        )
        self.record(
            Event(
                kind=EventKind.SETTINGS_CHANGED.value,
                summary=f"The person stopped trusting {grant.site} (it was trusted {until}).",
                details={"revoked_trust": grant.site, "granted": grant.granted,
                         "until": grant.until},
                action=Action.NONE.value,
            )
        )  # fmt: skip
        self.ui.state_changed()
        return grant

    @staticmethod
    def _host_of(current: ClipboardVerdict) -> str:
        url = parse_url(current.provenance.source_url or "")
        return url.host if url else ""

    def release_hold(self) -> None:
        if self.holder is not None:
            self.holder.release()

    def _restore(self, event_id: int | None, found: Callable[[bool], None] | None) -> None:
        """Worker: find the quarantined text and show it in the warning, with its friction."""
        if event_id == UNWRITTEN or (event_id is None and self.restorable == UNWRITTEN):
            self._restore_unwritten(found)
            return
        wanted = self.restorable if event_id is None else event_id
        burst = next((b for b in self._bursts.values() if b.event_id == wanted), None)
        if burst is not None:  # a page still writing versions: the quarantine gets the last
            self._report_burst(burst, ended=False)
        try:
            item = self.store.quarantined(event_id)
        except StoreUnavailable as exc:  # said, not a worker traceback and a caller left waiting
            if found is not None:
                found(False)
            self.ui.notify("PasteGuard", f"{LOG_UNREADABLE}{exc}")
            return
        if found is not None:
            found(item is not None)
        if item is None:
            self.ui.notify("PasteGuard", NOTHING_TO_RESTORE)
            return
        text = item.text
        if burst is not None and burst.event_id == item.event_id and burst.original is not None:
            # the log could not take the last version yet: it is in memory
            text = burst.original if burst.last_text is None else burst.last_text
        original = self.store.get(item.event_id)
        source = original.source if original is not None else None
        verdict = self.engine.read(text, [Context(source=source)])[0]
        if original is not None and original.level:
            level = Level.parse(original.level)
            if level > verdict.level:
                verdict = replace(verdict, level=level)
        text_digest = digest(text)
        self._restore_texts = {text_digest: (text, item.event_id, source)}
        self.ui.warn(
            PasteWarning(
                verdict=verdict,
                target=PasteTarget.UNKNOWN,
                source=source,
                window=None,
                suppressed=True,
                neutralized=True,
                allow_paste_anyway=self.settings.allow_paste_anyway,
                digest=text_digest,
                restore_event=item.event_id,
            )
        )

    def _restore_unwritten(self, found: Callable[[bool], None] | None) -> None:
        """The text blocked while the event log could not take its event: from memory (its
        event and quarantined original wait in the store's memory until the file takes them)."""
        kept = self._unwritten
        if found is not None:
            found(kept is not None)
        if kept is None:
            self.ui.notify("PasteGuard", NOTHING_TO_RESTORE)
            return
        text, source, level = kept
        verdict = self.engine.read(text, [Context(source=source)])[0]
        if level > verdict.level:
            verdict = replace(verdict, level=level)
        text_digest = digest(text)
        self._restore_texts = {text_digest: (text, UNWRITTEN, source)}
        self.ui.warn(
            PasteWarning(
                verdict=verdict,
                target=PasteTarget.UNKNOWN,
                source=source,
                window=None,
                suppressed=True,
                neutralized=True,
                allow_paste_anyway=self.settings.allow_paste_anyway,
                digest=text_digest,
                restore_event=UNWRITTEN,
            )
        )

    def restored(self, event_id: int) -> None:
        if self.restorable == event_id:
            self.restorable = None
        if event_id == UNWRITTEN:
            self._unwritten = None

    # -- one paste, one event (worker) -------------------------------------------------------

    def _settle(self, now: float) -> None:
        """Write the paste that has settled (all of it, at shutdown) as one event."""
        paste = self.pastes.settled(now)
        if paste is None:
            return
        first = paste.first
        if paste.unanswered:  # X11: the program never asked for the held text
            # worth a line (worker thread): a run of these is how a broken holder looked
            log.info("a paste into %s never asked the holder for the held text (holder has "
                     "it: %s); warned as it settled", first.target.value,
                     self._holding(first.current))  # fmt: skip
            self._warn(first.current, first.target, first.window, suppressed=True)
        event = paste.event(monitor=self.settings.mode == "monitor")
        stopped = event.kind == EventKind.PASTE_BLOCKED.value
        self.counts["pastes_stopped" if stopped else "pastes_warned"] += 1
        event_id = self.store.append(event)
        # kept for a late answer without the clipboard text (the event needs only its verdicts)
        paste.first = replace(first, current=replace(first.current, text=""))
        self._written.append((paste, event_id, event))

    def _correct_written(self, passed: PasteAttempt) -> bool:
        """A late answer (the OS let a swallowed key go on) to a paste already written: amend
        that paste's event rather than write a second one for the same paste. False when the
        paste is still open (the report joins it) or no written paste is its own."""
        open_paste = self.pastes.open
        if open_paste is not None and open_paste.owns(passed):
            return False
        for i in range(len(self._written) - 1, -1, -1):
            paste, event_id, written = self._written[i]
            if not paste.owns(passed):
                continue
            was_stopped = written.kind == EventKind.PASTE_BLOCKED.value
            paste.take(passed)
            fresh = paste.event(monitor=self.settings.mode == "monitor")
            event = replace(written, kind=fresh.kind, action=fresh.action, details=fresh.details)
            if not self.store.amend(event_id, event, was=written):
                # neither in the file nor waiting (dropped), or the file fails: written on its
                # own, saying which paste it corrects, rather than the correction lost
                log.warning("a late answer could not correct its paste's event %s; written "
                            "as an event of its own", event_id)  # fmt: skip
                event = replace(event, details={**event.details, "corrects_event": event_id})
                event_id = self.store.append(event)
            self._written[i] = (paste, event_id, event)
            if was_stopped and event.kind != EventKind.PASTE_BLOCKED.value:
                self.counts["pastes_stopped"] -= 1
                self.counts["pastes_warned"] += 1
            return True
        return False

    def _trusted(self, current: ClipboardVerdict, verdict: Verdict) -> bool:
        if verdict.level >= Level.MALICIOUS:
            return False  # never: not a site setting, not a grant
        host = self._host_of(current)
        if not host:
            return False
        return self.grants.site_trusted(host) or any(
            host == site or host.endswith("." + site) for site in self.settings.trusted_sites
        )


def _same_app(a: WindowInfo | None, b: WindowInfo | None) -> bool:
    """The requesting window and the focused one belong to one program (pid, else class)."""
    if a is None or b is None:
        return False
    if a.pid and b.pid:
        return a.pid == b.pid
    return bool(a.window_class) and a.window_class.lower() == b.window_class.lower()


def _pause_length(seconds: float | None) -> str:
    """The end of "Protection was paused…": how long, as a person would say it."""
    if seconds is None:
        return " until restart."
    minutes = seconds / 60
    if minutes < 1:
        return " for less than a minute."
    return f" for {round(minutes)} minute{'' if round(minutes) == 1 else 's'}."
