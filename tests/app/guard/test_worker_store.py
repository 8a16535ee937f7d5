"""The guard's worker over the real event store: what it does when the disk fills and frees."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.config import Settings
from app.detection import Engine, PasteTarget
from app.drills.coordinator import DrillCoordinator
from app.events import Event
from app.guard.commands import RESTORE_SHOWN, ControlCommands
from app.guard.keys import PasteSequence
from app.guard.service import ClipboardChange, GuardService, GuardSettings
from app.storage import EventStore
from tests.app.guard.test_control import FakeHost
from tests.app.guard.test_service import MALICIOUS, RUN_BOX, WEB, FakeClassifier, FakeUI


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(strict=True)


@pytest.fixture
def running(engine: Engine, tmp_path: Path) -> Iterator[tuple[GuardService, EventStore]]:
    store = EventStore.open(tmp_path / "data")
    service = GuardService(
        engine, store, FakeUI(), PasteSequence(strict=True), FakeClassifier(PasteTarget.TERMINAL),
        lambda: RUN_BOX, False, GuardSettings(mode="block"),
    )  # fmt: skip
    worker = threading.Thread(target=service.run_worker, daemon=True)
    worker.start()
    try:
        yield service, store
    finally:
        service.stop_worker()
        worker.join(10)
        store.close()


def wait_for(check: object, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return
        time.sleep(0.02)
    raise AssertionError(f"gave up after {timeout} s")


def test_an_event_that_waited_for_a_full_disk_is_written_once_there_is_room_with_nothing_newer(
    running: tuple[GuardService, EventStore],
) -> None:
    """Seen under Xvfb on a 2 MB tmpfs: a blocked lure's event waited in memory while the
    disk was full, `status` then said the store was fine again, and the event stayed in
    memory (not in `pasteguard log`, not forwarded, lost on a kill) until some other event
    happened to be written. The worker must write what waits as soon as the disk has room."""
    service, store = running
    service.record(Event(kind="started"))
    wait_for(lambda: [e.kind for e in store.iter_events()] == ["started"])
    db = store._db
    assert db is not None
    conn = db.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")  # the file may not grow: a full disk
    service.record(Event(kind="clipboard_neutralized", level="malicious", text="x" * 20_000))
    wait_for(lambda: store.pending == 1 and "full" in str(store.status["degraded"]))
    conn.execute("PRAGMA max_page_count = 1073741823")  # room again; nothing new happens
    wait_for(lambda: store.pending == 0, timeout=5)
    assert [e.kind for e in store.iter_events()] == ["started", "clipboard_neutralized"]
    assert store.status["degraded"] is None


def test_restore_over_the_control_channel_says_so_when_there_is_nothing_to_show(
    running: tuple[GuardService, EventStore],
) -> None:
    """`pasteguard restore 99999` printed "The blocked text is shown in the PasteGuard
    warning: confirm there." with no such text and no warning; the guard's worker only told
    the tray. The answer now waits for the worker to look (bounded), over the real store."""
    service, store = running
    drills = DrillCoordinator(store, lambda url: None)
    commands = ControlCommands(service, drills, Settings, FakeHost())
    try:
        missing = commands.handle({"cmd": "restore", "event_id": 99999})
        assert missing["ok"] is False and "event 99999 kept no blocked text" in missing["error"]
        assert commands.handle({"cmd": "restore"})["ok"] is False  # none blocked yet
        service.clipboard_changed(ClipboardChange(MALICIOUS, WEB))  # a lure is blocked
        wait_for(lambda: store.quarantined(None) is not None)
        (blocked,) = [e for e in store.iter_events() if e.kind == "clipboard_neutralized"]
        shown = commands.handle({"cmd": "restore", "event_id": blocked.id})
        assert shown == {"ok": True, "message": RESTORE_SHOWN, "error": None}
        assert commands.handle({"cmd": "restore"})["ok"] is True  # the last one
        wait_for(lambda: len(service.ui.warnings) == 2)  # type: ignore[attr-defined]
        assert service.ui.warnings[-1].restore_event == blocked.id  # type: ignore[attr-defined]
    finally:
        drills.stop()
