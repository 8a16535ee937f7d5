"""One paste, one event: the gestures and answers that make up a paste, until it settles.

A Ctrl+V held down repeats, Enter follows it, and on X11 the clipboard holder answers the
program's requests for the text (several formats for one paste). All of these are details of
one paste: `PasteRecorder` (worker thread) gathers them and hands the paste over once nothing
more came for `settle` seconds; `OpenPaste.event` is its one event.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.detection import PasteTarget
from app.events import Action, Event, EventKind
from app.platform.base import WindowInfo

if TYPE_CHECKING:
    from app.guard.service import ClipboardVerdict


@dataclass(frozen=True)
class PasteAttempt:
    """One paste gesture that met a dangerous clipboard (from the hook or the X11 holder)."""

    current: ClipboardVerdict
    target: PasteTarget
    window: WindowInfo | None
    suppressed: bool  # the key was swallowed
    kind: str  # "paste", "execute" (Enter after it), "refused" / "served" (the X11 holder),
    # "passed" (the OS let a key the hook swallowed go on: macOS, a tap that answered too late)
    keys: str
    repeat: bool  # key repeat or Enter: part of the paste before it
    time: float


@dataclass
class OpenPaste:
    """A paste being recorded: its gestures until it settles, then one event."""

    first: PasteAttempt
    last: float
    keys: str = ""
    pressed: bool = False  # a paste key (not only the X11 holder's answer) is part of it
    repeats: int = 0
    executed: bool = False
    refused: bool = False  # the X11 holder refused the text to the target
    served: bool = False  # the X11 holder gave it (the paste went through)
    passed_on: bool = False  # the OS let a swallowed key go on (the paste went through)
    suppressed: bool = False
    answered: float | None = None  # the X11 holder's last answer to it

    def joins(self, attempt: PasteAttempt, settle: float, burst: float) -> bool:
        if attempt.kind == "passed":  # a report on a gesture of this paste, however late
            return self.owns(attempt)
        if (
            self.first.current.digest != attempt.current.digest
            or self.first.target is not attempt.target
            or attempt.time - self.last >= settle
        ):
            return False
        if attempt.repeat:
            return True
        if attempt.kind in ("refused", "served"):
            # one paste's requests come together; one well after them is the next paste's,
            # even before the hook has reported that paste's key (a loaded machine)
            return self.answered is None or attempt.time - self.answered < burst
        return not self.pressed  # the holder answered before the hook saw the key

    def owns(self, attempt: PasteAttempt) -> bool:
        """`attempt` is about a gesture of this paste (same text, target, and time span)."""
        return (
            self.first.current.digest == attempt.current.digest
            and self.first.target is attempt.target
            and self.first.time <= attempt.time <= self.last
        )

    def take(self, attempt: PasteAttempt) -> None:
        self.last = max(self.last, attempt.time)
        if attempt.kind in ("refused", "served"):
            self.answered = max(self.answered or 0.0, attempt.time)
        self.keys = self.keys or attempt.keys
        self.pressed = self.pressed or attempt.kind == "paste"
        if attempt.kind == "paste":
            self.repeats += attempt.repeat  # key repeat: the same paste, again
        elif attempt.kind == "execute":
            self.executed = True
        elif attempt.kind == "refused":
            self.refused = True
        elif attempt.kind == "served":
            self.served = True
        elif attempt.kind == "passed":
            self.passed_on = True
        self.suppressed = self.suppressed or attempt.suppressed

    @property
    def unanswered(self) -> bool:
        """X11: the text was held and the program never asked for it (nothing was pasted)."""
        return (
            self.first.current.held
            and not (self.refused or self.served)
            and self.first.kind == "paste"
        )

    def event(self, monitor: bool) -> Event:
        """The paste's one event: stopped only when it really was (never a served text, nor a
        key the OS let go on after the hook swallowed it)."""
        first = self.first
        current = first.current
        stopped = (
            current.neutralized
            or (self.suppressed and not self.passed_on)
            or (self.refused and not self.served)
            or self.unanswered
        )
        action = (
            Action.NEUTRALIZED
            if current.neutralized
            else Action.LOGGED
            if monitor
            else Action.BLOCKED
            if stopped
            else Action.WARNED
        )
        blocked = action in (Action.NEUTRALIZED, Action.BLOCKED)
        kind = EventKind.PASTE_BLOCKED if blocked else EventKind.PASTE_WARNED
        verdict = current.for_target(first.target)
        window = first.window
        return Event(
            kind=kind.value,
            level=verdict.level.label,
            score=verdict.score,
            rules=tuple(verdict.rule_ids),
            summary=verdict.summary,
            source=current.provenance.source,
            target=first.target.value,
            action=action.value,
            sha256=current.digest,
            details={
                "window_process": window.process if window else None,
                "window_class": window.window_class if window else None,
                "clipboard_event": current.event_id,
                "keys": self.keys or None,
                "repeats": self.repeats,
                "executed": self.executed,
                "held": current.held,
                "refused_by_holder": self.refused,
                "given_by_holder": self.served,
                "passed_on_by_os": self.passed_on,
            },
        )


class PasteRecorder:
    """The paste being recorded (worker thread only)."""

    def __init__(self, settle: float, burst: float) -> None:
        self.settle = settle
        self.burst = burst  # the holder's answers to one paste come within this of each other
        self.open: OpenPaste | None = None

    def add(self, attempt: PasteAttempt) -> bool:
        """Record `attempt`. True: it starts a new paste while another is open; write that
        one (`settled`) and add this again."""
        paste = self.open
        if paste is not None and not paste.joins(attempt, self.settle, self.burst):
            return True
        if paste is None:
            if attempt.kind == "execute":
                return False  # Enter long after a paste already written: nothing to add
            paste = self.open = OpenPaste(attempt, attempt.time)
        paste.take(attempt)
        return False

    def settled(self, now: float) -> OpenPaste | None:
        """The open paste once nothing came for `settle` seconds (any: `now` = inf)."""
        paste = self.open
        if paste is None or now - paste.last < self.settle:
            return None
        self.open = None
        return paste
