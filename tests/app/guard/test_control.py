"""The control channel without Qt: what each request does (app/guard/commands.py) and the Unix
socket that carries it (app/guard/control.py), reached the way `pasteguard status` reaches it."""

from __future__ import annotations

import socket
import stat
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest

from app import ipc
from app.config import Settings
from app.drills.coordinator import DrillCoordinator
from app.guard import control
from app.guard.commands import ControlCommands
from app.guard.control import AlreadyRunning, ControlServer
from tests.app.guard.test_service import FakeStore


@dataclass
class FakeService:
    calls: list[tuple[str, object]] = field(default_factory=list)

    def pause(self, seconds: float | None) -> None:
        self.calls.append(("pause", seconds))

    def resume(self) -> bool:
        self.calls.append(("resume", None))
        return True

    def request_restore(
        self, event_id: int | None, found: Callable[[bool], None] | None = None
    ) -> None:
        self.calls.append(("restore", event_id))
        if found is not None:
            found(True)


@dataclass
class FakeHost:
    opened: list[str] = field(default_factory=list)
    opened_on: list[str] = field(default_factory=list)  # the thread that asked
    pinged: list[float] = field(default_factory=list)
    forgotten: list[list[int] | None] = field(default_factory=list)

    def status(self) -> dict[str, Any]:
        return {"running": True, "pid": 4242, "protection": "on"}

    def open_window(self, name: str) -> None:
        self.opened.append(name)
        self.opened_on.append(threading.current_thread().name)

    def ping_ui(self, timeout: float) -> float | None:
        self.pinged.append(timeout)
        return None if timeout < 1 else 12.5

    def forget(self, ids: list[int] | None) -> int:
        self.forgotten.append(ids)
        return 99 if ids is None else len(ids)


@dataclass
class Guard:
    commands: ControlCommands
    service: FakeService
    host: FakeHost
    opened_urls: list[str]
    settings: list[Settings]  # [current]: a test replaces it as a settings change would


@pytest.fixture
def guard() -> Iterator[Guard]:
    service, host, urls, settings = FakeService(), FakeHost(), [], [Settings()]
    drills = DrillCoordinator(FakeStore(), urls.append)
    commands = ControlCommands(service, drills, lambda: settings[0], host)
    try:
        yield Guard(commands, service, host, urls, settings)
    finally:
        drills.stop()


def test_pause_resume_and_restore_reach_the_service(guard: Guard) -> None:
    assert guard.commands.handle({"cmd": "pause", "seconds": 900}) == {
        "ok": True,
        "message": "protection paused",
    }
    guard.commands.handle({"cmd": "pause"})  # no time given: until restart
    assert guard.commands.handle({"cmd": "resume"})["ok"] is True
    restored = guard.commands.handle({"cmd": "restore", "event_id": 7})
    assert restored["ok"] is True and "warning" in restored["message"]
    assert guard.service.calls == [
        ("pause", 900.0),
        ("pause", None),
        ("resume", None),
        ("restore", 7),
    ]


def test_forget_is_done_by_the_guard_where_the_policy_allows_it(guard: Guard) -> None:
    assert guard.commands.handle({"cmd": "forget", "ids": [3, 4]}) == {"ok": True, "deleted": 2}
    assert guard.commands.handle({"cmd": "forget", "all": True})["deleted"] == 99
    for bad in ({"ids": "3"}, {"ids": [True]}, {"ids": [1.5]}, {"all": 1}, {}):
        assert guard.commands.handle({"cmd": "forget", **bad})["ok"] is False, bad
    guard.settings[0] = replace(guard.settings[0], allow_delete_events=False)
    refused = guard.commands.handle({"cmd": "forget", "all": True})
    assert refused == {
        "ok": False,
        "error": "your organisation's policy does not allow deleting events",
    }
    assert guard.host.forgotten == [[3, 4], None]


def test_the_policy_is_read_at_each_request(guard: Guard) -> None:
    guard.settings[0] = replace(Settings(), allow_pause=False, allow_paste_anyway=False)
    paused = guard.commands.handle({"cmd": "pause", "seconds": 60})
    restored = guard.commands.handle({"cmd": "restore"})
    assert paused == {"ok": False, "error": "your organisation's policy does not allow pausing"}
    assert restored["ok"] is False and "policy" in restored["error"]
    assert guard.service.calls == []  # nothing was paused or put back
    guard.settings[0] = Settings()  # the policy allows it again
    assert guard.commands.handle({"cmd": "pause", "seconds": 60})["ok"] is True
    assert guard.service.calls == [("pause", 60.0)]


def test_a_drill_starts_opens_its_page_and_is_reported(guard: Guard) -> None:
    assert guard.commands.handle({"cmd": "drill_report"}) == {
        "ok": False,
        "error": "no drill is running",
    }
    started = guard.commands.handle({"cmd": "drill", "style": "fake-captcha"})
    assert started["ok"] is True and guard.opened_urls == [started["url"]]
    assert started["url"].startswith("http://127.0.0.1:")
    unknown = guard.commands.handle({"cmd": "drill", "style": "nope"})
    assert unknown["ok"] is False and "unknown drill style" in unknown["error"]
    assert guard.commands.handle({"cmd": "drill_report"})["ok"] is True
    [drill] = guard.commands.drills.status()
    assert drill["id"] == started["drill"] and drill["outcomes"] == ["reported"]


def test_only_known_windows_are_opened(guard: Guard) -> None:
    assert guard.commands.handle({"cmd": "open", "window": "viewer"})["ok"] is True
    refused = guard.commands.handle({"cmd": "open", "window": "../../etc"})
    assert refused["ok"] is False and "viewer, settings, learn or about" in refused["error"]
    assert guard.host.opened == ["viewer"]


def test_ping_ui_waits_a_bounded_time(guard: Guard) -> None:
    assert guard.commands.handle({"cmd": "ping_ui"}) == {"ok": True, "ui_ms": 12.5}
    late = guard.commands.handle({"cmd": "ping_ui", "timeout": 0.5})
    assert late == {"ok": False, "error": "the UI thread did not answer within 0.5 s"}
    guard.commands.handle({"cmd": "ping_ui", "timeout": 1e9})
    guard.commands.handle({"cmd": "ping_ui", "timeout": "forever"})
    assert guard.host.pinged == [10.0, 0.5, 30.0, 10.0]  # never an unbounded wait


def test_unknown_commands_are_refused(guard: Guard) -> None:
    assert guard.commands.handle({"cmd": "format-disk"}) == {
        "ok": False,
        "error": "unknown command 'format-disk'",
    }
    assert guard.commands.handle({})["ok"] is False
    assert guard.service.calls == []


# -- the socket -------------------------------------------------------------------------------


@pytest.fixture
def served(guard: Guard, tmp_path: Path) -> Iterator[tuple[Path, ControlServer]]:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    server = ControlServer(data, guard.commands.handle)
    server.listen()
    try:
        yield data, server
    finally:
        server.close()


def test_the_command_line_reaches_the_dispatcher_through_the_socket(
    guard: Guard, served: tuple[Path, ControlServer]
) -> None:
    data, _ = served
    assert ipc.request(data, {"cmd": "status"}) == {
        "ok": True,
        "running": True,
        "pid": 4242,
        "protection": "on",
    }
    assert ipc.request(data, {"cmd": "pause", "seconds": 60}) == {
        "ok": True,
        "message": "protection paused",
    }
    assert guard.service.calls == [("pause", 60.0)]
    assert ipc.request(data, {"cmd": "open", "window": "learn"}) is not None
    # the server's own thread asked: the application must hand it to its UI thread itself
    assert guard.host.opened == ["learn"] and guard.host.opened_on == ["control-client"]


def test_the_socket_is_private_to_its_user(served: tuple[Path, ControlServer]) -> None:
    data, server = served
    assert server.path == data / ipc.SOCKET_NAME
    assert stat.S_IMODE(server.path.stat().st_mode) == 0o600
    assert sorted(p.name for p in data.iterdir()) == [ipc.SOCKET_NAME]  # no staging left


def raw(path: Path, payload: bytes) -> bytes:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(10)
        sock.connect(str(path))
        sock.sendall(payload)
        sock.shutdown(socket.SHUT_WR)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
        return b"".join(chunks)


def test_a_bad_request_is_answered_and_the_server_keeps_serving(
    served: tuple[Path, ControlServer],
) -> None:
    data, server = served
    assert ipc.decode(raw(server.path, b"not json\n"))["error"].startswith("bad request")
    assert ipc.decode(raw(server.path, b"[1, 2]\n"))["error"].startswith("bad request")
    assert raw(server.path, b"{" * (ipc.MAX_MESSAGE + 10)) == b""  # too long: no answer
    assert ipc.request(data, {"cmd": "status"})["running"] is True  # type: ignore[index]


def test_a_client_that_sends_nothing_does_not_hold_up_the_others(
    served: tuple[Path, ControlServer],
) -> None:
    data, server = served
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as silent:
        silent.connect(str(server.path))  # connected, never sends its line
        assert ipc.request(data, {"cmd": "status"}, timeout=3.0)["running"] is True  # type: ignore[index]


def test_a_second_guard_on_the_same_folder_finds_the_first(
    guard: Guard, served: tuple[Path, ControlServer]
) -> None:
    data, server = served
    with pytest.raises(AlreadyRunning) as raised:
        ControlServer(data, guard.commands.handle).listen()
    assert raised.value.pid == 4242
    assert ipc.request(data, {"cmd": "status"}) is not None  # the first one still answers
    assert server.path.exists()


def test_closing_removes_the_socket_and_a_stale_one_is_replaced(
    guard: Guard, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(data / ipc.SOCKET_NAME))  # a guard that died left its socket behind
    stale.close()
    assert ipc.request(data, {"cmd": "status"}) is None  # nobody answers on it
    server = ControlServer(data, guard.commands.handle)
    server.listen()
    try:
        assert ipc.request(data, {"cmd": "status"})["running"] is True  # type: ignore[index]
    finally:
        server.close()
    assert not (data / ipc.SOCKET_NAME).exists()
    assert ipc.request(data, {"cmd": "status"}) is None  # `pasteguard status`: no guard runs


def test_closing_wakes_the_thread_waiting_for_a_client_at_once(
    guard: Guard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The guard's whole shutdown has two seconds (tests/ui/test_guard_robustness.py): closing
    the server does not wait out the accept poll, here 30 s, so only the wake ends it sooner."""
    monkeypatch.setattr(control, "ACCEPT_POLL", 30.0)
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    server = ControlServer(data, guard.commands.handle)
    server.listen()
    assert ipc.request(data, {"cmd": "status"})["running"] is True  # type: ignore[index]
    # barrier: served, so the thread is back in accept(), the 30 s wait the wake must cut
    started = time.monotonic()
    server.close()
    assert time.monotonic() - started < 10.0
    assert not [t for t in threading.enumerate() if t.name == "control"]
    assert not (data / ipc.SOCKET_NAME).exists()


def test_status_of_a_guard_still_starting_is_not_a_success(
    guard: Guard, served: tuple[Path, ControlServer], capsys: pytest.CaptureFixture[str]
) -> None:
    """The socket answers from its own thread while the guard still starts its keyboard hook
    and clipboard watch: `pasteguard status` shows that and does not exit 0 (scripts and tests
    that wait for it would otherwise act on a guard that does not guard yet)."""
    from app.cli import main

    data, _ = served
    starting = {"running": True, "pid": 4242, "protection": "starting", "ready": False}
    guard.host.status = lambda: starting  # type: ignore[method-assign]
    assert main(["status", "--data-dir", str(data)]) == 1
    assert '"protection": "starting"' in capsys.readouterr().out
    guard.host.status = lambda: {**starting, "protection": "on", "ready": True}  # type: ignore[method-assign]
    assert main(["status", "--data-dir", str(data)]) == 0
