"""The viewer shows a drill's results by outcome: one filter for every drill event."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.detection.model import PasteTarget
from app.drills.coordinator import DrillCoordinator
from app.events import Event
from app.storage import EventStore
from ui.viewer.window import ViewerWindow


def test_the_drill_filter_lists_each_outcome(qtbot: QtBot, tmp_path: Path) -> None:
    with EventStore.open(tmp_path / "data") as store:
        store.append(Event(kind="started", summary="the guard started"))
        drills = DrillCoordinator(store, lambda url: None)
        try:
            drill = drills.start("fake-captcha", campaign="2026-q4")
            drills.page(f"/drill/{drill.id}")
            drills.pasted(drill.id, PasteTarget.RUN_DIALOG, None, True)
        finally:
            drills.stop()
        store.append(Event(kind="paste_warned", summary="an ordinary warning", level="suspicious"))
        window = ViewerWindow(store, allow_delete=True)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: "events match" in window.count_label.text())
        combo = window.filters.kind
        combo.setCurrentIndex(combo.findText("Lure drills (every outcome)"))
        qtbot.waitUntil(lambda: window.count_label.text() == "4 events match")
        model = window.model
        kinds = [model.index(r, 3).data() for r in range(model.rowCount())]
        assert kinds == ["drill stopped", "drill pasted", "drill opened", "drill started"]
