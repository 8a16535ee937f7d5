"""The control channel of a whole GuardApp: requests arrive on the server's own thread, and what
needs the Qt thread (a window, a ping) is handed to it."""

from __future__ import annotations

import threading
from typing import Any

from pytestqt.qtbot import QtBot

from app import ipc
from tests.ui.conftest import MakeGuard


def test_a_window_asked_for_over_the_socket_opens_on_the_qt_thread(
    make_guard: MakeGuard, qtbot: QtBot
) -> None:
    guard: Any = make_guard()
    guard.server.listen()  # make_guard builds the guard without starting it
    answer = ipc.request(guard.data_dir, {"cmd": "open", "window": "learn"})
    assert answer == {"ok": True, "message": "opened the learn"}
    qtbot.waitUntil(lambda: "learn" in guard.windows and guard.windows["learn"].isVisible())
    status = ipc.request(guard.data_dir, {"cmd": "status"})
    assert status is not None and status["running"] is True and status["mode"] == "block"


def test_ping_ui_is_answered_only_when_the_qt_thread_runs(
    make_guard: MakeGuard, qtbot: QtBot
) -> None:
    guard: Any = make_guard()
    answers: list[dict[str, Any]] = []

    def ping(timeout: float) -> None:
        answers.append(guard.handle({"cmd": "ping_ui", "timeout": timeout}))

    stalled = threading.Thread(target=ping, args=(0.3,))
    stalled.start()
    stalled.join()  # the Qt thread waits here: it cannot take the call
    assert answers == [{"ok": False, "error": "the UI thread did not answer within 0.3 s"}]
    running = threading.Thread(target=ping, args=(10.0,))
    running.start()
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=10_000)  # the Qt loop runs meanwhile
    running.join()
    assert answers[1]["ok"] is True and 0 <= answers[1]["ui_ms"] < 10_000
