"""The detection engine under test, loaded once per run and shared by every section."""

from __future__ import annotations

import functools
import time
from typing import TYPE_CHECKING

from bench.report import BenchError

if TYPE_CHECKING:
    from app.detection import Engine

SUSPICIOUS = 2  # Level.SUSPICIOUS: at or above this a text is "flagged" (the user is warned)
MALICIOUS = 3  # Level.MALICIOUS: the paste is blocked
LABELS = ("clean", "info", "suspicious", "malicious")


@functools.cache
def load() -> tuple[Engine, float]:
    """``(Engine(), seconds it took to build)``; fails clearly while the engine does not exist."""
    try:
        from app.detection import Engine
    except ImportError as exc:
        raise BenchError(f"the detection engine cannot be imported ({exc})") from exc
    start = time.perf_counter()
    engine = Engine()
    return engine, time.perf_counter() - start


def engine() -> Engine:
    return load()[0]


def label(level: int) -> str:
    return LABELS[level] if 0 <= level < len(LABELS) else str(level)


def parse_level(text: str) -> int | None:
    """A level name such as ``"suspicious"`` as its number, or None if it is not one."""
    name = text.strip().lower()
    return LABELS.index(name) if name in LABELS else None
