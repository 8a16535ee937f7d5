"""A real syslog collector for tests and benchmarks: Debian's rsyslogd on a loopback port,
writing each message it parsed to a file as one JSON line."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

# imtcp on loopback only; no imuxsock, so no /dev/log is needed. Each line holds what rsyslog's
# RFC 5424 parser made of the message: PRI, MSGID, STRUCTURED-DATA and MSG (BOM + ECS JSON).
# maxMessageSize stays at rsyslog's default (8 KiB), as on a stock collector.
CONFIG = """\
global(workDirectory="{work}")
module(load="imtcp")
template(name="pasteguard" type="list" option.jsonf="on") {{
  property(outname="pri" name="pri" format="jsonf")
  property(outname="hostname" name="hostname" format="jsonf")
  property(outname="appname" name="app-name" format="jsonf")
  property(outname="msgid" name="msgid" format="jsonf")
  property(outname="sd" name="structured-data" format="jsonf")
  property(outname="msg" name="msg" format="jsonf")
}}
input(type="imtcp" port="{port}" address="127.0.0.1")
action(type="omfile" file="{out}" template="pasteguard")
"""


def rsyslogd() -> str | None:
    return shutil.which("rsyslogd") or shutil.which("rsyslogd", path="/usr/sbin:/sbin")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Rsyslog:
    """`start`, `kill` (SIGKILL, as a crash) and `start` again on the same port."""

    def __init__(self, folder: Path, port: int | None = None) -> None:
        binary = rsyslogd()
        if binary is None:
            raise RuntimeError("rsyslogd not found: install Debian's rsyslog package")
        self.binary = binary
        self.folder = folder
        self.port = port or free_port()
        self.out = folder / "received.jsonl"
        self.pidfile = folder / "rsyslogd.pid"
        self.config = folder / "rsyslog.conf"
        self.log = folder / "rsyslogd.log"
        work = folder / "work"
        work.mkdir(parents=True, exist_ok=True)
        self.config.write_text(CONFIG.format(work=work, port=self.port, out=self.out))
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 10.0) -> None:
        self.pidfile.unlink(missing_ok=True)  # a killed rsyslogd leaves its pid file behind
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [self.binary, "-n", "-f", str(self.config), "-i", str(self.pidfile)],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"rsyslogd exited: {self.log.read_text(errors='replace')}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return
            except OSError:
                time.sleep(0.02)
        self.stop()
        raise RuntimeError(f"rsyslogd did not listen on {self.port} within {timeout} s")

    def kill(self) -> None:
        """Crash it: no chance to flush or say goodbye."""
        if self.process and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait(10)
        self.process = None

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.process = None

    def records(self) -> list[dict[str, Any]]:
        """Every message written so far (a last line still being written is left out)."""
        if not self.out.exists():
            return []
        lines = self.out.read_bytes().split(b"\n")
        return [json.loads(line) for line in lines[:-1] if line.strip()]

    @staticmethod
    def document(record: dict[str, Any]) -> dict[str, Any]:
        """The ECS JSON of one record (MSG without its BOM)."""
        msg = str(record["msg"])
        assert msg.startswith("\ufeff"), f"MSG lacks the BOM: {msg[:40]!r}"
        doc: dict[str, Any] = json.loads(msg[1:])
        return doc

    def ids(self) -> list[int]:
        return [int(self.document(r)["pasteguard"]["id"]) for r in self.records()]

    def wait_for_ids(self, wanted: set[int], timeout: float = 10.0) -> list[int]:
        deadline = time.monotonic() + timeout
        while True:
            ids = self.ids()
            if wanted <= set(ids) or time.monotonic() > deadline:
                return ids
            time.sleep(0.02)
