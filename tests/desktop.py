"""A real X desktop for tests: Xvfb with RECORD, openbox, and helpers to own and read the clipboard.

Tests that use it are marked `desktop`; they start everything themselves and stop it in a
finally, so they run the same on a developer machine and in CI.
"""

from __future__ import annotations

import os
import random
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def start_xvfb(env: dict[str, str], record: bool = True) -> tuple[str, subprocess.Popen[bytes]]:
    """Xvfb (with RECORD unless told) on a free, random high display, confirmed by -displayfd."""
    for _ in range(8):
        # other sessions on this machine take the low numbers, and an abstract-namespace
        # socket can be taken without a lock file to show it: pick high and confirm
        number = random.randrange(200, 900)
        if Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
            continue
        read, write = os.pipe()
        server = subprocess.Popen(
            ["Xvfb", f":{number}", "-displayfd", str(write), "-screen", "0", "1280x800x24",
             "+extension" if record else "-extension", "RECORD", "-nolisten", "tcp", "-noreset"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
        )  # fmt: skip
        os.close(write)
        answer = b""
        try:
            # read up to the newline: closing the pipe early makes Xvfb exit
            deadline = time.monotonic() + 15.0
            while not answer.endswith(b"\n") and time.monotonic() < deadline:
                ready, _, _ = select.select([read], [], [], max(0.0, deadline - time.monotonic()))
                chunk = os.read(read, 64) if ready else b""
                if not chunk:
                    break
                answer += chunk
        finally:
            os.close(read)
        if answer.strip() == str(number).encode():
            return f":{number}", server
        server.terminate()
        server.wait(timeout=5)
    raise RuntimeError("Xvfb did not start on any display")


def serving(data: Path) -> bool:
    """Whether `pasteguard status --data-dir DATA` would exit 0 (a guard runs there and is
    ready: app/commands/guard.py), asked from this process. A guard's start is polled every
    0.1 s, and each `status` run for it is a Python start-up that imports the engine: ~0.4 s of
    CPU each, several per start. Tests that read what `status` prints still run it."""
    from app import ipc

    answer = ipc.request(data, {"cmd": "status"})
    return bool(answer and answer.get("running") and answer.get("ready", True))


def wait_for(check: Callable[[], object], timeout: float = 10.0, step: float = 0.02) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(step)
    raise TimeoutError(f"gave up after {timeout} s")


@dataclass
class Desktop:
    display: str
    env: dict[str, str]
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def start(self, *argv: str, **kwargs: object) -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(argv, env=self.env, **kwargs)  # type: ignore[call-overload]
        self.processes.append(proc)
        return proc

    def run(
        self, *argv: str, timeout: float = 10, **kwargs: object
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            argv, env=self.env, capture_output=True, text=True, timeout=timeout, **kwargs
        )  # type: ignore[call-overload]

    def set_clipboard(self, text: str) -> subprocess.Popen[bytes]:
        """Another program (xclip) owns the clipboard with this text until it is replaced."""
        proc = self.start(
            "xclip",
            "-selection",
            "clipboard",
            "-quiet",
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        assert proc.stdin is not None
        proc.stdin.write(text.encode())
        proc.stdin.close()
        return proc

    def clipboard(self) -> str:
        result = self.run("xclip", "-o", "-selection", "clipboard", timeout=5)
        return result.stdout if result.returncode == 0 else ""

    def fresh(self) -> Desktop:
        """This desktop for one test: its own environment and processes, the same X server
        and window manager. `stop` it at the test's end; `clean` waits until nothing of it
        is left on the screen or the clipboard."""
        return Desktop(self.display, dict(self.env))

    def clean(self, timeout: float = 10.0) -> None:
        """Until no window is mapped and nobody owns the clipboard (the processes that owned
        them are stopped): the next test starts on an empty desktop."""

        def empty() -> bool:
            windows = self.run("xdotool", "search", "--onlyvisible", "--name", ".").stdout
            owner = self.run("xclip", "-o", "-selection", "clipboard", timeout=5)
            return not windows.strip() and owner.returncode != 0

        wait_for(empty, timeout=timeout, step=0.05)

    def stop(self) -> None:
        # newest first, one at a time: the guard must finish before the X server goes away
        for proc in reversed(self.processes):
            if proc.poll() is None:
                proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
            for stream in (proc.stdin, proc.stdout, proc.stderr):
                if stream is not None:
                    stream.close()
        self.processes.clear()


@contextmanager
def desktop(window_manager: bool = True) -> Iterator[Desktop]:
    for tool in ("Xvfb", "openbox", "xclip", "xdotool"):
        assert shutil.which(tool), f"{tool} is missing: `make test` installs it (Makefile APT_PKGS)"
    env = dict(os.environ)
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)  # the guard under test uses the real X display
    display, server = start_xvfb(env)
    env["DISPLAY"] = display
    d = Desktop(display, env, [server])
    try:
        if window_manager:
            d.start("openbox", "--sm-disable", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            wait_for(
                lambda: "window id" in d.run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK").stdout,
                timeout=20,
                step=0.05,
            )
        yield d
    finally:
        d.stop()
