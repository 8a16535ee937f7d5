"""The guard as a process: status, one instance per user, clean stop, a socket only its user opens."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import stat
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import ipc
from tests import proc
from tests.desktop import BIN, serving, wait_for


def env_for(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PASTEGUARD_CONFIG_DIR=str(tmp_path / "config"),
        PASTEGUARD_POLICY=str(tmp_path / "no-policy.toml"),
    )
    return env


def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "pasteguard"), *args], env=env, capture_output=True, text=True, timeout=20
    )


@pytest.fixture
def running(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], Path, dict[str, str]]]:
    data = tmp_path / "data"
    env = env_for(tmp_path)
    with (tmp_path / "guard.log").open("wb") as log:
        guard = subprocess.Popen([str(BIN / "pasteguard"), "run", "--no-tray", "--data-dir", str(data)],
                                 env=env, stdout=log, stderr=log)  # fmt: skip
        try:
            wait_for(lambda: serving(data), timeout=20, step=0.1)
            yield guard, data, env
        finally:
            if guard.poll() is None:
                guard.terminate()
                guard.wait(timeout=10)


def test_status_without_a_guard_exits_1(tmp_path: Path) -> None:
    result = cli(env_for(tmp_path), "status", "--data-dir", str(tmp_path / "nothing"))
    assert result.returncode == 1 and json.loads(result.stdout)["running"] is False


def test_status_reports_state_backend_and_degraded_features(
    running: tuple[subprocess.Popen[bytes], Path, dict[str, str]],
) -> None:
    guard, data, env = running
    status = json.loads(cli(env, "status", "--data-dir", str(data)).stdout)
    assert status["running"] is True and status["pid"] == guard.pid
    assert status["protection"] == "on" and status["mode"] == "block"
    assert status["backend"] == "none"  # no display at all here
    assert "keyboard" in status["degraded"] and "tray" in status["degraded"]
    assert "counts" in status
    # what start-up cost (load cannot inflate it), and the wait, stretched only by load
    assert proc.cpu_seconds(guard.pid) < 2.0
    assert status["ready_ms"] < proc.wall_limit(2.0) * 1000, status


def test_pause_and_resume_through_the_socket(
    running: tuple[subprocess.Popen[bytes], Path, dict[str, str]],
) -> None:
    _, data, env = running
    assert cli(env, "pause", "--minutes", "15", "--data-dir", str(data)).returncode == 0
    assert json.loads(cli(env, "status", "--data-dir", str(data)).stdout)["protection"] == "paused"
    assert cli(env, "resume", "--data-dir", str(data)).returncode == 0
    assert json.loads(cli(env, "status", "--data-dir", str(data)).stdout)["protection"] == "on"
    # `pause --minutes inf` paused the guard, recorded no event (the summary's round(inf)
    # raised) and answered with an error; NaN and 1e300 broke the tray's "Paused until".
    # Each is refused, by the command line and by the guard, before anything changes; and a
    # resume with nothing paused records no resumption.
    for minutes in ("inf", "nan"):
        result = cli(env, "pause", f"--minutes={minutes}", "--data-dir", str(data))
        assert result.returncode == 2 and "at most 10080" in result.stderr, (minutes, result)
    for seconds in (float("inf"), float("nan"), 1e300, 604801, -1, 0, True, "15"):
        answer = ipc.request(data, {"cmd": "pause", "seconds": seconds})
        assert answer is not None and answer["ok"] is False, (seconds, answer)
        assert "at most 604800" in answer["error"]
    assert (ipc.request(data, {"cmd": "status"}) or {})["protection"] == "on"
    said = cli(env, "resume", "--data-dir", str(data))
    assert said.returncode == 0 and said.stdout.strip() == "protection was not paused"
    # the barrier: a pause the guard takes, and its resumption, are recorded (in order)
    assert (ipc.request(data, {"cmd": "pause", "seconds": 30}) or {})["ok"] is True
    assert (ipc.request(data, {"cmd": "resume"}) or {})["message"] == "protection resumed"

    def recorded() -> list[dict[str, object]]:
        out = cli(env, "export", "--format", "jsonl", "--data-dir", str(data)).stdout
        rows = [json.loads(line) for line in out.splitlines() if line.strip()]
        return [e for e in rows if str(e["kind"]).startswith("protection_")]

    wait_for(lambda: len(recorded()) >= 4, timeout=10, step=0.2)
    kinds = [(e["kind"], e["summary"]) for e in recorded()]
    assert kinds == [
        ("protection_paused", "Protection was paused for 15 minutes."),
        ("protection_resumed", "Protection was resumed."),
        ("protection_paused", "Protection was paused for less than a minute."),
        ("protection_resumed", "Protection was resumed."),
    ]


def test_a_second_start_talks_to_the_first_and_leaves(
    running: tuple[subprocess.Popen[bytes], Path, dict[str, str]],
) -> None:
    guard, data, env = running
    second = subprocess.run([str(BIN / "pasteguard"), "run", "--no-tray", "--data-dir", str(data)],
                            env=env, capture_output=True, text=True, timeout=30)  # fmt: skip
    assert second.returncode == 1 and "already runs" in second.stderr
    assert guard.poll() is None  # the first one is unharmed
    assert cli(env, "status", "--data-dir", str(data)).returncode == 0


def test_the_control_socket_is_private(
    running: tuple[subprocess.Popen[bytes], Path, dict[str, str]],
) -> None:
    _, data, _env = running
    sock = data / "pasteguard.sock"
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE(sock.stat().st_mode) == 0o600
    setpriv = shutil.which("setpriv")
    assert setpriv and os.geteuid() == 0, "this check runs as root (as CI does) with util-linux"

    def connect_as_nobody(path: Path) -> subprocess.CompletedProcess[str]:
        # the system's Python: the virtualenv's lives under root's home, which nobody can enter
        return subprocess.run(
            [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups", "/usr/bin/python3",
             "-c", "import socket,sys; s=socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); print('CONNECTED')",
             str(path)],
            capture_output=True, text=True, timeout=20,
        )  # fmt: skip

    # Barrier: the same probe reaches an open socket beside the data folder, through the same
    # folders, so a refusal below is the data folder's and socket's own modes at work (not
    # pytest's private temporary folders, nor a probe that cannot run at all).
    top = Path(tempfile.gettempdir())
    opened: dict[Path, int] = {}  # pytest's own folders, closed again afterwards
    for folder in (data.parent, *data.parent.parents):
        if folder == top or folder == folder.parent:
            break
        opened[folder] = folder.stat().st_mode
        folder.chmod(opened[folder] | 0o001)
    open_path = data.parent / "open.sock"
    listener = socket.socket(socket.AF_UNIX)
    try:
        listener.bind(str(open_path))
        os.chmod(open_path, 0o777)
        listener.listen(1)
        reached = connect_as_nobody(open_path)
        other = connect_as_nobody(sock)
    finally:
        listener.close()
        for folder, mode in opened.items():
            folder.chmod(mode)
    assert "CONNECTED" in reached.stdout, reached.stderr
    assert "CONNECTED" not in other.stdout
    assert "Permission denied" in other.stderr, other.stderr


def test_sigterm_stops_cleanly_with_the_store_flushed(
    running: tuple[subprocess.Popen[bytes], Path, dict[str, str]],
) -> None:
    guard, data, env = running
    guard.send_signal(signal.SIGTERM)
    assert guard.wait(timeout=10) == 0
    assert not (data / "pasteguard.sock").exists()
    events = [
        json.loads(line) for line in cli(env, "export", "--data-dir", str(data)).stdout.splitlines()
    ]
    assert events[0]["kind"] == "started" and events[-1]["kind"] == "stopped"


def test_sigint_stops_it_too(running: tuple[subprocess.Popen[bytes], Path, dict[str, str]]) -> None:
    guard, _, _ = running
    time.sleep(0.2)
    guard.send_signal(signal.SIGINT)
    assert guard.wait(timeout=10) == 0


def test_without_a_desktop_session_it_says_so_instead_of_crashing(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run([str(BIN / "pasteguard"), "run", "--no-tray", "--data-dir", str(tmp_path)],
                            env=env, capture_output=True, text=True, timeout=30)  # fmt: skip
    assert result.returncode == 2 and "no desktop session" in result.stderr
