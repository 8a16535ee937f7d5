"""WORKAROUND: keep None, True and False alive under PySide6 releases that drop references to them.

PySide6 6.12.0 on CPython 3.11 loses a reference to None at every call of a Qt method that
returns nothing (`show`, `setText`, `processEvents`, ...) and each time Qt calls a Python slot,
and one to True at every `Signal.emit()`. 6.11.3 does not; from CPython 3.12 these objects are
immortal, so it cannot matter there. Unchecked, None's count reaches zero within hours of
running the guard (minutes of busy UI) and the interpreter aborts ("none_dealloc").
`keep_alive` measures the loss once at start and, only where there is one, holds a cushion of
references and tops the counts up four times a second. Counting them higher than needed is
harmless: they are never freed anyway. Pinning PySide6 below 6.12 makes all this idle.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

SINGLETONS = (None, True, False)
PROBES = 32  # calls that show a loss beyond doubt (one per call when the bug is there)
TOP_UP_MS = 250
CUSHION = 100_000  # references held from the start: a burst of emits between top-ups is safe

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QObject):
    ping = Signal()


def _counts() -> list[int]:
    return [sys.getrefcount(obj) for obj in SINGLETONS]


def leaks_references() -> bool:
    """Whether this PySide6 drops references at emits and slot calls (measured, not guessed)."""
    if sys.version_info >= (3, 12):
        return False
    probe = _Probe()
    probe.ping.connect(lambda: None)
    before = _counts()
    for _ in range(PROBES):
        probe.ping.emit()
    after = _counts()
    lost = any(b - a >= PROBES // 2 for b, a in zip(before, after, strict=True))
    _top_up(before)  # give back what the probe itself cost
    return lost


def _top_up(floor: list[int]) -> None:
    for obj, wanted, now in zip(SINGLETONS, floor, _counts(), strict=True):
        for _ in range(wanted - now):
            _incref(obj)


class Keeper(QObject):
    """Holds None, True and False at least at their counts when it started."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        # one list per object holds the cushion: made at C speed, 0.8 MB each
        self.cushion = [[obj] * CUSHION for obj in SINGLETONS]
        self.floor = _counts()
        self.timer = QTimer(self)
        self.timer.setInterval(TOP_UP_MS)
        self.timer.timeout.connect(self.top_up)
        self.timer.start()

    def top_up(self) -> None:
        _top_up(self.floor)


def keep_alive(app: QCoreApplication) -> Keeper | None:
    """Start the keeper on `app` when this PySide6 needs it; None when it does not."""
    existing = app.findChild(Keeper)
    if existing is not None:
        return existing
    return Keeper(app) if leaks_references() else None
