"""The control channel of a whole GuardApp: requests arrive on the server's own thread, and what
needs the Qt thread (a window, a ping) is handed to it."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from app import ipc
from app.guard.control import AlreadyRunning, check_not_running
from tests.ui.conftest import MakeGuard
from ui.control_pipe import PipeServer


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


def test_the_windows_pipe_server_answers_like_the_socket(tmp_path: Path, qtbot: QtBot) -> None:
    # ui/control_pipe.py serves Windows' named pipe through Qt; Qt serves a Unix socket here
    # with the same code, so its framing and answers are checked on this system too.
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    asked: list[dict[str, Any]] = []

    def handle(message: dict[str, Any]) -> dict[str, Any]:
        asked.append(message)
        return {"ok": True, "running": True, "pid": 7}

    server = PipeServer(data, handle)
    server.listen()
    answers: list[dict[str, Any] | None] = []
    try:
        client = threading.Thread(
            target=lambda: answers.extend(
                [ipc.request(data, {"cmd": "status"}), ipc.request(data, {"cmd": "resume"})]
            )
        )
        client.start()
        qtbot.waitUntil(lambda: len(answers) == 2, timeout=10_000)  # Qt serves on this thread
        client.join()
        found: list[AlreadyRunning] = []

        def second_guard() -> None:  # what PipeServer.listen asks first
            try:
                check_not_running(data)
            except AlreadyRunning as exc:
                found.append(exc)

        second = threading.Thread(target=second_guard)
        second.start()
        qtbot.waitUntil(lambda: not second.is_alive(), timeout=10_000)
        assert [exc.pid for exc in found] == [7]
    finally:
        server.close()
    assert answers == [{"ok": True, "running": True, "pid": 7}] * 2
    assert [m["cmd"] for m in asked] == ["status", "resume", "status"]
    assert ipc.request(data, {"cmd": "status"}) is None  # closed: no guard answers


def test_forget_while_a_guard_runs_is_done_by_the_guard_and_is_no_tampering(
    make_guard: MakeGuard, capsys: Any
) -> None:
    """Walked through under Xvfb: `pasteguard forget 36` beside a running guard deleted from
    the command line's own connection; 20 s later the guard recorded `tampered` ("1 events
    were deleted from the event log outside PasteGuard"), sent it to the SIEM as tamper
    evidence and showed it in the tray until the next start. The command line now asks the
    running guard to delete them."""
    from app.cli import main
    from app.events import Event
    from app.storage import EventStore

    guard: Any = make_guard()
    guard.server.listen()
    ids = [guard.store.append(Event(kind="error", summary=f"event {i}")) for i in range(3)]
    assert guard.store.check_underneath() == []  # the baseline: nothing changed underneath
    assert main(["forget", str(ids[0]), "--data-dir", str(guard.data_dir)]) == 0
    assert capsys.readouterr().out == "deleted 1 event for good\n"
    assert guard.store.get(ids[0]) is None and guard.store.get(ids[1]) is not None
    assert guard.store.check_underneath() == []  # the guard did it: no tampering
    # what the command line did before, from a connection of its own, is still caught
    other = EventStore.open(guard.data_dir, sinks=None)
    try:
        assert other.delete([ids[1]]) == 1
    finally:
        other.close()
    assert guard.store.check_underneath() == [
        "1 event was deleted from the event log outside PasteGuard."
    ]
    assert main(["forget", "--all", "--yes", "--data-dir", str(guard.data_dir)]) == 0
    assert guard.store.count() == 0 and guard.store.check_underneath() == []


def test_the_standalone_viewer_deletes_through_a_running_guard(
    make_guard: MakeGuard, qtbot: QtBot
) -> None:
    """`pasteguard viewer` is a process of its own with a store of its own: its "Delete
    selected" beside a running guard would be `tampered`, as `forget` was."""
    from app.events import Event
    from app.storage import EventStore
    from ui.viewer.window import ViewerWindow, guard_deleter

    guard: Any = make_guard()
    guard.server.listen()
    ids = [guard.store.append(Event(kind="error", summary=f"event {i}")) for i in range(2)]
    assert guard.store.check_underneath() == []
    own = EventStore.open(guard.data_dir, verify=False)  # as run_viewer opens it
    window = ViewerWindow(own, True, guard_deleter(guard.data_dir, own))
    qtbot.addWidget(window)
    try:
        assert window.delete([ids[0]]) == 1
        assert guard.store.get(ids[0]) is None and guard.store.check_underneath() == []
    finally:
        window.close()
        own.close()
