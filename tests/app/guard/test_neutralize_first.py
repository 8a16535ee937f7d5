"""The clipboard is made harmless before anything is written: a database another program holds
(BEGIN EXCLUSIVE, a backup, a scanner) must not leave the command one paste away."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.detection import Engine, PasteTarget
from app.guard.keys import PasteSequence
from app.guard.neutralize import NEUTRAL_LINE
from app.guard.service import ClipboardChange, GuardService, GuardSettings, PasteWarning
from app.paths import database_path
from app.platform.base import KeyEvent
from app.storage import EventStore
from tests.app.guard.test_service import MALICIOUS, WEB, FakeClassifier


class RecordingUI:
    """Notes, at the moment the clipboard is replaced, whether the event was already tried."""

    def __init__(self, store: EventStore) -> None:
        self.store = store
        self.waiting_when_replaced: list[int] = []

    def replace_clipboard(self, expected_digest: str, text: str) -> None:
        assert text == NEUTRAL_LINE
        self.waiting_when_replaced.append(self.store.pending)

    def notify(self, title: str, message: str, restore_event_id: int | None = None) -> None:
        pass

    def warn(self, warning: PasteWarning) -> None:
        pass

    def state_changed(self) -> None:
        pass


def test_the_clipboard_is_replaced_before_the_event_waits_on_a_locked_database(
    tmp_path: Path,
) -> None:
    store = EventStore.open(tmp_path, busy_timeout=0.2, verify=False)
    ui = RecordingUI(store)
    service = GuardService(Engine(strict=True), store, ui, PasteSequence(strict=True), FakeClassifier(PasteTarget.TERMINAL),
                           lambda: None, False,
                           GuardSettings(mode="block"))  # fmt: skip
    other = sqlite3.connect(database_path(tmp_path), timeout=0)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the database
    try:
        service.clipboard_changed(ClipboardChange(MALICIOUS, WEB))
        service.process_pending()
        # the event could not be written (it waits in memory), but the clipboard was replaced
        # before the store was even tried
        assert ui.waiting_when_replaced == [0]
        assert store.pending >= 1
        assert service.current is not None and service.current.neutralized
    finally:
        other.rollback()
        other.close()
    store.flush(force=True)
    kinds = [e.kind for e in store.query()]
    assert "clipboard_neutralized" in kinds  # written once the lock was gone
    service.on_key(KeyEvent("v", True, frozenset({"ctrl"}), 0.0))
    service.process_pending()
    store.close()
