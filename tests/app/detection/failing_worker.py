"""Test-only targets for the analysis process: the real process (worker.serve, the real engine),
except that a text carrying a marker makes it crash or hang there, deterministically.

The supervisor starts them in a fresh interpreter ("spawn"), which imports this module by
name; nothing in the product knows of them.

    SEGV-ALWAYS              the process kills itself with SIGSEGV on this text
    SEGV-ONCE:<path>         ... the first time only (the flag file at <path> remembers)
    HANG-ALWAYS              the process stops answering (sleeps) on this text
    HANG-ONCE:<path>         ... the first time only; it creates <path> when it starts hanging
"""

from __future__ import annotations

import os
import re
import signal
import time
from collections.abc import Sequence
from multiprocessing.connection import Connection
from pathlib import Path

from app.detection import Context, Engine, Verdict
from app.detection.worker import WorkerSpec, answer, quiet, serve, warm

_ONCE = re.compile(r"(SEGV|HANG)-ONCE:(\S+)")


def _first_time(path: str) -> bool:
    try:
        Path(path).touch(exist_ok=False)
    except FileExistsError:
        return False
    return True


def _fail(kind: str) -> None:
    if kind == "SEGV":
        os.kill(os.getpid(), signal.SIGSEGV)
    time.sleep(3600)


def failing(conn: Connection, spec: WorkerSpec) -> None:
    real = Engine.read

    def read(self: Engine, text: str | bytes, contexts: Sequence[Context]) -> list[Verdict]:
        assert isinstance(text, str)
        for kind in ("SEGV", "HANG"):
            if f"{kind}-ALWAYS" in text:
                _fail(kind)
        once = _ONCE.search(text)
        if once and _first_time(once.group(2)):
            _fail(once.group(1))
        return real(self, text, contexts)

    Engine.read = read  # type: ignore[method-assign]  # in this process only
    serve(conn, spec)


def never_ready(conn: Connection, spec: WorkerSpec) -> None:
    time.sleep(3600)


def native_crash(conn: Connection, spec: WorkerSpec) -> None:
    """The real process with tree-sitter-bash's out-of-bounds read within reach: the screen
    that keeps texts from it taken away, and the C library's character table fenced
    (interpret/bash_scanner_probe.py), so that a "{" before a character above U+00FF makes the
    grammar's scanner fault, every time, inside the native code."""
    from app.detection.interpret import grammar
    from tests.app.detection.interpret.bash_scanner_probe import fence

    quiet()
    engine = spec.engine()
    warm(engine)
    # after the engine is built: building it puts the C library's table back in place
    if not fence():
        raise SystemExit("the C library's character table could not be fenced")
    grammar.screen_bash = lambda data: data  # in this process only
    answer(conn, engine)
