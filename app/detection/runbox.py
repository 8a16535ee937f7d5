"""What a text is, as the Run dialog or Explorer's address bar would take it.

People type three things there: a program's name (`notepad`, `appwiz.cpl`), a path
(`C:\\Users\\me\\Documents`, `\\\\server\\share`, `%APPDATA%`, a file name with spaces) or an
address (`https://…`, `ms-settings:display`, `shell:startup`). Arguments, options, several
commands, more than one line: that is a command, and nothing legitimate asks a person to paste
a command there. Words that name no known program and nothing to open (a sentence, `git
status`) are text: the box fails to run them.

One family of arguments is no command: the names Windows gives its own settings pages. IT help
pages tell people to type `control printers`, `control /name Microsoft.DeviceManager`,
`control appwiz.cpl`, `mmc devmgmt.msc`; each opens a page of Windows itself, by a name Windows
looks up among its own (the canonical Control Panel names, the legacy `control` keywords,
Windows' own Control Panel items and console snap-ins by bare file name), and Office's own
start-up switches that take nothing (`excel /safe`, `outlook /resetnavpane`), the switches of
Windows' own tools that pick one of their pages (`perfmon /rel`), and Explorer opening a shell
folder by name (`explorer shell:::{…}`). None of them can
fetch anything or start a program someone else chose, so they are taken like `appwiz.cpl` or
`ms-settings:` alone: a program name. Any path, share, address, variable, unknown name or extra
word makes it a command again (`control \\\\host\\x.cpl` loads a library from another computer).

Windows' own maintenance commands that refresh this computer from the sources it already has
(`gpupdate /force`, `w32tm /resync`, `ipconfig /flushdns`; resources/runbox.yaml `refresh`),
alone or after `cmd /c`, one or a few of them one after the other (`cmd /c ipconfig /flushdns
&& ipconfig /registerdns`), are taken like a program name whoever wrote them: an
organisation's wiki gives them, and they fetch, start and change nothing a page could choose.

Some entries are a person's own only when typed (no source; engine.py): Remote Desktop to a named
computer, an editor given a file or a folder here, Windows Terminal started in one of its
profiles or folders, Windows' own tools with the switches of resources/runbox.yaml, a program
or script file outside the folders programs are installed in (`%TEMP%\\upd.exe`: a fake check
page has the browser save it, then asks for it in the box), and a
console kept open on a command that only shows this computer's state (`cmd /k ipconfig /all`,
`powershell -NoExit -Command Get-NetAdapter`) or in a folder of this computer (`cmd /k cd /d
C:\\src`, perhaps `&& git status` there; `powershell -NoExit -Command Set-Location C:\\src`).
Written by a page, a mail or a chat, they are commands like any other.

Except what does no more than a program name, a path or an address would (resources/runbox.yaml
`opens`, taken like a program name whoever wrote it): a viewer or Office given a file here or a
macro-free document on the local network, Explorer selecting a file or opening a folder here, a
browser on a web page in a private window or one of its profiles, Windows' own consoles in one
of their modes or aimed at a computer of the local network, Remote Desktop's window or its
connection to such a computer, a report written to a text file here; and a program (.exe) by
its path outside every folder a page can have a file saved into (`C:\\Tools\\x.exe`). A page
gains nothing by writing them that it had not by writing the name, the path or the address
alone. A shell, a script host, an editor that runs a folder's tasks, a shutdown stay typed only.
"""

from __future__ import annotations

import enum
import functools
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.detection.indicators import parse_url
from app.detection.provenance import on_local_network
from app.detection.signals import COMMAND_PROGRAMS, on_private_network, url_lure_word

log = logging.getLogger(__name__)

MAX_CHARS = 4096  # a Run box holds 259 characters; longer text is a command whatever it says


class Shape(enum.Enum):
    EMPTY = "empty"
    PROGRAM = "program"
    PATH = "path"
    URL = "url"
    TEXT = "text"  # words that name no program and nothing to open: fails to run, harmless
    CONNECT = "connect"  # Remote Desktop to a computer by name: an admin's, typed (see below)
    # a Windows editor given a file here, Windows Terminal given one of its profiles: typed
    OPEN = "open"
    # Windows' own management tool with switches that only open a console, select a file or
    # write a report here (resources/runbox.yaml): typed
    TOOL = "tool"
    # a console kept open on one of Windows' own commands that only show this computer's state
    # (`cmd /k ipconfig /all`, `powershell -NoExit -Command Get-NetAdapter`): typed
    QUERY = "query"
    # a program or script file of this computer outside the folders Windows and installers put
    # programs in (`%TEMP%\upd.exe`, `C:\Users\Public\fix.hta`): typed
    RUN_FILE = "run-file"
    # one of Windows' own maintenance commands that refresh this computer from the sources it
    # already has (`gpupdate /force`, `w32tm /resync`), alone or after `cmd /c`: from any source
    REFRESH = "refresh"
    # a console kept open on Windows' own commands that show this computer's settings and
    # nothing a scam page could stage as proof (`cmd /k ipconfig /all`, `cmd /k driverquery /v`),
    # one or a few of them, with the network checks of runbox.yaml `pages`: from any source
    SHOW = "show"
    COMMAND = "command"


# Entries a user types there and a page, a mail or a chat has no business writing: taken like a
# program name only with no source (engine.py), a command otherwise.
TYPED_SHAPES = frozenset({Shape.CONNECT, Shape.OPEN, Shape.TOOL, Shape.QUERY, Shape.RUN_FILE})


_METACHARACTERS = re.compile(r"[|&<>^;`\n\r]|\$\(|%[^%\s]{1,40}:~|\s\s{3,}")
_URI = re.compile(r"(?i)[a-z][a-z0-9+.\-]{1,30}:(?://)?\S+")
_PATH_START = re.compile(r"(?i)(?:[a-z]:[\\/]|\\\\|%[a-z_][a-z0-9_()]*%|shell:|~[\\/]|\.\.?[\\/])")
# fmt: off
_RUNNABLE = (".exe", ".com", ".bat", ".cmd", ".ps1", ".vbs", ".vbe", ".js", ".jse", ".wsf",
             ".hta", ".msi", ".scr", ".pif", ".lnk", ".cpl", ".msc", ".reg", ".application")
# fmt: on
_SCHEME = re.compile(r"(?i)[a-z][a-z0-9+.\-]{1,30}:[^\s:]")
# a program's or script's file name ending a word, more words after it (not .com or .js, which
# end folder names too: "example.com backups", "Node.js projects")
_PROGRAM_THEN_WORDS = re.compile(r"(?i)\.(?:exe|bat|cmd|ps1|vbs|vbe|wsf|hta|msi|scr|pif|lnk)\s+\S")
_FILE_NAME_END = re.compile(r"\.[A-Za-z0-9]{1,5}$")
_TOKEN = re.compile(r'"[^"]*"|\S+')

# The legacy keywords `control` understands (Microsoft: "Command line commands for Control Panel
# applets"); each opens a Windows page.
CONTROL_KEYWORDS = frozenset(
    {
        "admintools", "color", "date/time", "desktop", "folders", "fonts", "international",
        "keyboard", "mouse", "netconnections", "netware", "ports", "printers", "schedtasks",
        "telephony", "userpasswords", "userpasswords2", "update",
        # Configuration Manager's client applet (System32\smscfgrc.cpl), which company IT pages
        # open this way for "Machine Policy Retrieval": Windows' folder, by its own name
        "smscfgrc",
    }
)  # fmt: skip
# Control Panel items and console snap-ins that come with Windows, by bare file name (sysdm.cpl,
# sysdm.cpl,,3 for its fourth tab, devmgmt.msc): Windows finds these among its own files. A
# name not on these lists could be a file someone left where the lookup reaches.
WINDOWS_APPLETS = frozenset(
    {
        "access", "appwiz", "bthprops", "collab", "desk", "firewall", "hdwwiz", "inetcpl",
        "infocardcpl", "intl", "irprops", "joy", "main", "mlcfg32", "mmsys", "ncpa", "nusrmgr",
        "odbccp32", "powercfg", "sticpl", "sysdm", "tabletpc", "telephon", "timedate",
        "wscui", "wuaucpl",
    }
)  # fmt: skip
WINDOWS_SNAPINS = frozenset(
    {
        "azman", "certlm", "certmgr", "certsrv", "comexp", "compmgmt", "devmgmt", "dhcpmgmt",
        "diskmgmt", "dnsmgmt", "dsa", "dssite", "eventvwr", "fsmgmt", "gpedit", "gpmc",
        "lusrmgr", "napclcfg", "perfmon", "printmanagement", "rsop", "secpol", "services",
        "taskschd", "tpm", "virtmgmt", "wf", "wmimgmt",
    }
)  # fmt: skip
_CANONICAL_NAME = re.compile(r"(?i)microsoft\.[a-z][a-z0-9]{1,60}")
# Windows' own libraries that `control` opens as a page by bare name, as Microsoft's support
# pages write it (`control keymgr.dll`: Stored User Names and Passwords, the page
# `rundll32 keymgr.dll,KRShowKeyMgr` opens). Any other library, or one by a path, is a command:
# `control` loads what it is given (`control C:\Users\Public\x.dll`, T1218.002).
# Indexing Options (`control srchadmin.dll`) is another, as help pages write it.
CONTROL_LIBRARIES = frozenset({"keymgr.dll", "srchadmin.dll"})
_CPL_BY_NAME = re.compile(r"(?i)([a-z][a-z0-9]{0,30})\.cpl(?:,@?\d{0,2}(?:,\d{1,2})?)?")
_MSC_BY_NAME = re.compile(r"(?i)([a-z][a-z0-9]{0,30})\.msc")
# a page of a Control Panel item by its name (`/page pageWallpaper`), by the one setting
# Windows' own items read from it (`/page ?SelectedVault=CredmanVault`), or by the number of its
# tab (`control /name Microsoft.Mouse /page 1`): letters and digits only
_PAGE_NAME = re.compile(r"(?i)\??[a-z][a-z0-9]{1,60}(?:=[a-z][a-z0-9]{1,60})?|\d{1,2}")


# Office's own start-up switches that Microsoft's support pages tell people to type into the Run
# box (`excel /safe`, `outlook /resetnavpane`): each starts the program in a mode of its own and
# takes no file, address or other argument. Switches that do take one (`outlook /altvba <file>`
# runs its macros) are not here.
OFFICE_SWITCHES = {
    "excel": frozenset({"/safe"}),
    "winword": frozenset({"/safe", "/a"}),
    "powerpnt": frozenset({"/safe"}),
    "msaccess": frozenset({"/safe"}),
    "mspub": frozenset({"/safe"}),
    "visio": frozenset({"/safe"}),
    "onenote": frozenset({"/safeboot"}),
    "outlook": frozenset(
        {"/safe", "/resetnavpane", "/cleanviews", "/cleanreminders", "/profiles",
         "/manageprofiles", "/resetfolders", "/resetfoldernames"}
    ),
}  # fmt: skip
# Windows' own tools with switches that only pick one of their pages (`perfmon /rel` opens the
# Reliability Monitor, `perfmon /res` the Resource Monitor, `perfmon /sys /comp` the monitor in
# compare mode, for laying one saved log over another): no file, address or program. A pair of
# switches is written as the page is named, one space between them.
WINDOWS_SWITCHES = {
    "perfmon": frozenset({"/rel", "/res", "/report", "/sys", "/sys /comp"}),
    "msinfo32": frozenset({"/categories"}),
}
# A folder of Windows' shell by its name (`shell:common startup`, `shell:My Music`), a folder
# inside it named without dots (`shell:Local AppData\Programs`: no file name, so nothing a
# file's type could start), or its class id (`shell:::{20D04FE0-3AEA-1069-A2D8-08002B30309D}`):
# Explorer opens a folder, nothing runs.
_SHELL_FOLDER = re.compile(
    r"(?i)shell:(?:[a-z][a-z0-9 ]{0,40}(?:\\[a-z0-9][a-z0-9 _&()'-]{0,60}){0,6}\\?"
    r"|::\{[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\})"
)
# A page of Windows' Settings app by its own address (`ms-settings:windowsupdate`,
# `ms-settings:privacy-webcam`), which Explorer hands to Settings as the box alone does: a page
# of Windows, no file, program or address of anyone's.
_SETTINGS_PAGE = re.compile(r"(?i)ms-settings:(?:[a-z][a-z0-9-]{0,60})?")
# Explorer's names for places of its own namespace, typed or pasted into its address bar:
# `Control Panel\All Control Panel Items`, `This PC\Documents` (names without dots: no file).
_NAMESPACE_PATH = re.compile(
    r"(?i)(?:control panel|this pc|desktop|recycle bin|network|libraries|quick access|home)"
    r"(?:\\[a-z0-9][a-z0-9 &()'-]{0,60}){1,6}"
)


# Windows pages that Microsoft's support pages open through rundll32 by a library of Windows and
# one of its entry points that takes nothing: the environment variables dialog, Stored User
# Names and Passwords, locking the workstation, and the Control Panel (alone or with one of
# Windows' own applets). Every other entry point is a command: several run what they are given
# (url.dll,FileProtocolHandler; shell32.dll,ShellExec_RunDLL; advpack.dll,LaunchINFSection;
# zipfldr.dll,RouteTheCall) or dump memory (comsvcs.dll,MiniDump).
RUNDLL_PAGES = frozenset(
    {
        ("sysdm.cpl", "editenvironmentvariables"), ("keymgr.dll", "krshowkeymgr"),
        ("user32.dll", "lockworkstation"), ("shell32.dll", "control_rundll"),
    }
)  # fmt: skip
# Entry points of Windows' shell that open one of its own dialogs on the page their one argument
# names, as Microsoft's pages and IT wikis write them: Folder Options on a tab by its number
# (`shell32.dll,Options_RunDLL 7`), the printers or fonts folder or the add-printer wizard by
# keyword (`shell32.dll,SHHelpShortcuts_RunDLL PrintersFolder`). A number or a keyword picks a
# page; nothing names a file, a library or an address.
RUNDLL_PAGE_ARGUMENTS = {
    ("shell32.dll", "options_rundll"): re.compile(r"\d{1,2}"),
    ("shell32.dll", "shhelpshortcuts_rundll"): re.compile(
        r"(?i)addprinter|printersfolder|fontsfolder"
    ),
    # the Add Printer wizard, where the person picks the printer (no server, driver or file)
    ("printui.dll", "printuientry"): re.compile(r"(?i)/il"),
}
_RUNDLL_ENTRY = re.compile(r"(?i)([a-z][a-z0-9]{0,30}\.(?:dll|cpl)),([a-z_][a-z0-9_]{1,60})")


def _rundll_page(rest: list[str]) -> bool:
    """`rundll32 sysdm.cpl,EditEnvironmentVariables`, `rundll32 shell32.dll,Control_RunDLL
    desk.cpl`, `rundll32 shell32.dll,Options_RunDLL 7`: a Windows page by a library's bare name
    (no path: Windows finds its own)."""
    match = _RUNDLL_ENTRY.fullmatch(rest[0]) if rest else None
    if match is None:
        return False
    entry = (match.group(1).lower(), match.group(2).lower())
    page_argument = RUNDLL_PAGE_ARGUMENTS.get(entry)
    if page_argument is not None:
        return len(rest) == 2 and bool(page_argument.fullmatch(rest[1]))
    if entry not in RUNDLL_PAGES:
        return False
    if len(rest) == 1:
        return True
    control = entry[1] == "control_rundll"
    return control and 2 <= len(rest) <= 3 and _windows_applet(rest[1:])


def _named(pattern: re.Pattern[str], word: str, names: frozenset[str]) -> bool:
    match = pattern.fullmatch(word)
    return match is not None and match.group(1).lower() in names


# An applet's tab written apart from its name, as help pages and Windows' own shortcuts write it
# (`mmsys.cpl ,1`, `sysdm.cpl ,,3`, `main.cpl @1`): the same page as `mmsys.cpl,1`, a number
# after a comma or an at sign and nothing else.
_APPLET_TAB = re.compile(r",@?\d{0,2}(?:,\d{1,2})?|@\d{1,2}")


def _windows_applet(words: list[str]) -> bool:
    """One of Windows' own applets by bare name, with its tab joined to it (`mmsys.cpl,,1`) or
    written apart (`mmsys.cpl ,1`)."""
    if len(words) == 2 and _APPLET_TAB.fullmatch(words[1]):
        joined = words[0] + ("," + words[1] if words[1].startswith("@") else words[1])
        return _named(_CPL_BY_NAME, joined, WINDOWS_APPLETS)
    return len(words) == 1 and _named(_CPL_BY_NAME, words[0], WINDOWS_APPLETS)


# Windows' own folder of programs, where only administrators write: a program named by its path
# there (`%windir%\system32\control.exe /name Microsoft.Troubleshooting`, as shortcuts and help
# pages write it) is the program of that name. Not another folder of Windows (Temp, Tasks: anyone
# writes there) and not a climb out of it (`..`: the name no longer is the program's).
_SYSTEM_PROGRAMS = re.compile(
    r"(?i)(?:%(?:windir|systemroot)%|c:\\windows)\\(?:system32|syswow64)\\"
)


def opens_windows_page(tokens: list[str]) -> bool:
    """`control printers`, `control /name Microsoft.X [/page p]`, `mmc devmgmt.msc`: a Windows
    settings page by its own name, which can neither fetch nor run anything foreign."""
    first = tokens[0].lower().removesuffix(".exe")
    in_system = _SYSTEM_PROGRAMS.match(first)
    if in_system and "\\" not in first[in_system.end() :]:
        first = first[in_system.end() :]
    rest = tokens[1:]
    if first.endswith(".cpl"):
        return _windows_applet(tokens)
    if first == "control":
        if _windows_applet(rest):
            return True
        if len(rest) == 1:
            word = rest[0]
            return (
                word.lower() in CONTROL_KEYWORDS
                or word.lower() in CONTROL_LIBRARIES
                or bool(_CANONICAL_NAME.fullmatch(word))
            )
        if len(rest) in (2, 4) and rest[0].lower() == "/name":
            if not _CANONICAL_NAME.fullmatch(rest[1]):
                return False
            return len(rest) == 2 or (
                rest[2].lower() == "/page" and bool(_PAGE_NAME.fullmatch(rest[3]))
            )
        return False
    if first == "mmc":
        return len(rest) == 1 and _named(_MSC_BY_NAME, rest[0], WINDOWS_SNAPINS)
    if first == "explorer":
        return len(rest) == 1 and bool(
            _SHELL_FOLDER.fullmatch(rest[0]) or _SETTINGS_PAGE.fullmatch(rest[0])
        )
    if first == "rundll32":
        return _rundll_page(rest)
    if first in WINDOWS_SWITCHES and 1 <= len(rest) <= 2:
        return " ".join(rest).lower() in WINDOWS_SWITCHES[first]
    switches = OFFICE_SWITCHES.get(first)
    if switches and len(rest) == 1:
        return rest[0].lower() in switches or (first == "outlook" and rest[0].lower() == "/safe:1")
    return False


# Remote Desktop Connection given the computer to connect to (`mstsc /v:term01.corp.example`,
# `mstsc /v:10.0.0.5:3389 /admin`), with only the switches that shape the window or the session:
# it opens a connection to that computer and runs nothing here. Administrators type it all day;
# a page, a mail or a chat telling someone to paste it into the Run box is still a command there
# (a rogue server collects the password typed into its prompt), so only a text with no source,
# typed, is taken like a program name (engine.py). A .rdp file to connect with, `/shadow`, a path
# or an address are a command whatever the source; `/edit` of a .rdp file here (its settings
# window, which connects only when the person clicks Connect) is a typed tool (runbox.yaml).
MSTSC_SWITCHES = frozenset(
    {"/admin", "/f", "/multimon", "/span", "/public", "/prompt", "/restrictedadmin",
     "/remoteguard"}
)  # fmt: skip
_COMPUTER = re.compile(
    r"(?i)[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9][a-z0-9-]{0,62}){0,8}(?::\d{1,5})?"
)
_WINDOW_SIZE = re.compile(r"(?i)/[wh]:\d{3,4}")


def connects_to_computer(tokens: list[str]) -> bool:
    """`mstsc /v:<computer> [switches]`: Remote Desktop to a computer named plainly."""
    if tokens[0].lower().removesuffix(".exe") != "mstsc":
        return False
    rest = [t.lower() for t in tokens[1:]]
    targets = [t for t in rest if t.startswith("/v:")]
    if len(targets) != 1 or not _COMPUTER.fullmatch(targets[0][3:]):
        return False
    return all(
        t in MSTSC_SWITCHES or _WINDOW_SIZE.fullmatch(t) for t in rest if not t.startswith("/v:")
    )


# Windows' own editors and viewers given one file on this computer (`notepad
# %USERPROFILE%\.gitconfig`, `mspaint C:\Users\me\Pictures\a.png`): they show a file and run
# nothing. A share (`\\host\x`: the computer connects and hands over the login), an address,
# a second argument or a switch make it a command.
VIEWERS = frozenset({"notepad", "write", "wordpad", "mspaint"})
_LOCAL_FILE = re.compile(
    r"(?i)(?:[a-z]:|%[a-z_][a-z0-9_()]{0,40}%)(?:\\[^\\/:*?\"<>|%\r\n]{1,120}){1,16}"
)
# Windows Terminal opening one of its own profiles in a window of its own (`wt -p Ubuntu`,
# `wt -w 0 -p "Windows PowerShell"`): a switch that takes a profile's or a window's name, and
# flags that size the window; any other word is a command line it would run.
WT_NAMED = frozenset({"-p", "--profile", "-w", "--window"})
WT_FLAGS = frozenset({"-m", "--maximized", "-f", "--fullscreen", "--focus"})
# ...or in a folder of this computer (`wt -d C:\\src`): its shell starts there, nothing runs
WT_FOLDER = frozenset({"-d", "--startingdirectory"})
# ...in a new tab of a window (`wt new-tab -p Ubuntu`, `wt -w 0 nt -d C:\\src`): where it opens
WT_TAB = frozenset({"new-tab", "nt"})
# A program by its quoted path in the folders only administrators write to, as one word
_INSTALLED_PROGRAM = re.compile(
    r'(?i)(")(?:[a-z]:\\program files(?: \(x86\))?|%programfiles(?:\(x86\))?%)'
    r'(?:\\[^\\/:*?"<>|%.\r\n][^\\/:*?"<>|%\r\n]{0,80}){1,4}?\\([a-z0-9_+-]{1,40})\.exe\1'
)
# Code editors opening one folder or file of this computer (`code C:\\src\\website`,
# `notepad++ C:\\logs\\app.log`): a developer's own entry. A share, an address, a second argument
# or a switch make it a command.
EDITORS = frozenset({"code", "code-insiders", "notepad++"})
# ...in a new window or the last one (`code --new-window C:\\dev\\site`): where it opens, nothing
# more; never --install-extension, --extensions-dir, --user-data-dir, --inspect-extensions or
# `tunnel`, which fetch, load or serve something
EDITOR_WINDOW = frozenset({"-n", "--new-window", "-r", "--reuse-window"})
_PROFILE = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._()+-]{0,60}")


# runas given an account and one program by its name (`runas /user:CORP\\admin cmd`, `runas
# /user:administrator "mmc compmgmt.msc"`): Windows asks that account's password and starts the
# program as it, as an administrator types for their own work. The program is what the Run box
# takes like a program name (cmd, powershell, a Windows console), never a command, a file or a
# path; never /savecred, which keeps the password for whoever runs runas next.
RUNAS_SWITCHES = frozenset({"/noprofile", "/profile", "/env", "/netonly"})
_ACCOUNT = re.compile(
    r"(?i)/user:(?:[a-z0-9._-]{1,64}\\)?[a-z0-9._$-]{1,64}(?:@[a-z0-9.-]{1,253})?"
)


def runs_as_other_user(tokens: list[str]) -> bool:
    """`runas /user:<account> [/noprofile|/env|/netonly] <program>`: a program by its name,
    started as another account of this organisation after its password is typed."""
    if tokens[0].strip('"').lower().removesuffix(".exe") != "runas" or len(tokens) < 3:
        return False
    switches, program = [t.lower() for t in tokens[1:-1]], tokens[-1]
    accounts = [t for t in switches if t.startswith("/user:")]
    if len(accounts) != 1 or not _ACCOUNT.fullmatch(accounts[0]):
        return False
    others = [t for t in switches if not t.startswith("/user:")]
    if len(set(others)) != len(others) or not set(others) <= RUNAS_SWITCHES:
        return False
    inner = program[1:-1] if len(program) > 2 and program[0] == program[-1] == '"' else program
    return '"' not in inner and run_box_shape(inner) is Shape.PROGRAM


def opens_own_thing(tokens: list[str]) -> bool:
    """A Windows editor given one local file, or Windows Terminal given one of its profiles:
    taken like a program name when typed (engine: only with no source)."""
    first = tokens[0].strip('"').lower().removesuffix(".exe")
    installed = _INSTALLED_PROGRAM.fullmatch(tokens[0])
    if installed:
        first = installed.group(2).lower()  # "C:\\Program Files\\Notepad++\\notepad++.exe"
    rest = [t.strip('"') for t in tokens[1:]]
    if first in VIEWERS:
        return len(rest) == 1 and bool(_LOCAL_FILE.fullmatch(rest[0]))
    if first in EDITORS:
        window = [word for word in rest if word.lower() in EDITOR_WINDOW]
        opened = [word for word in rest if word.lower() not in EDITOR_WINDOW]
        if len(window) == 1 and not opened:
            return True  # an empty window of its own (`code -n`)
        return len(window) <= 1 and len(opened) == 1 and _value("folder", opened[0])
    if first != "wt" or not rest:
        return False
    i, named, used = 0, False, set()
    while i < len(rest):
        switch = rest[i].lower()
        if switch in used:
            return False
        used.add(switch)
        value = rest[i + 1] if i + 1 < len(rest) else ""
        if switch in WT_FLAGS or switch in WT_TAB:
            i += 1
        elif (switch in WT_NAMED and _PROFILE.fullmatch(value)) or (
            switch in WT_FOLDER and _value("folder", value)
        ):
            named, i = True, i + 2
        else:
            return False
    return named


# Windows' own management tools and their switches that only open a console, select a file in
# Explorer or write a report to this computer (resources/runbox.yaml, where the rule of thumb is
# written): taken like a program name when typed (engine: only with no source).
CONSOLE = "console"  # a tool name standing for Windows' own snap-ins by bare file name
VALUE_KINDS = (
    "file", "folder", "number", "drive", "computer", "name", "document", "plainfolder",
    "webpage", "profile", "comment", "rdpfile", "localcomputer", "report",
)  # fmt: skip
# Environment variables that name a folder of this computer (%LOGONSERVER%, %HOMESHARE% can
# name another computer's share, so they are not here).
LOCAL_VARIABLES = frozenset(
    {
        "userprofile", "temp", "tmp", "appdata", "localappdata", "public", "systemroot",
        "windir", "systemdrive", "programdata", "programfiles", "programfiles(x86)",
        "onedrive", "homedrive",
    }
)  # fmt: skip
# Programs that run what they are given (signals.COMMAND_PROGRAMS) but have a switch that only
# selects: Explorer's /select, highlights a file in its folder and opens nothing.
# Explorer also opens a folder (`explorer /e,C:\\Users\\Public\\Documents`, `explorer D:\\Photos`):
# only a {plainfolder}, whose last name has no dot, so no file a type could start. Each switch
# with the one kind of value it may take.
ONLY_SELECTS = {
    "explorer": {
        "/select,": "folder",
        "/e,": "plainfolder",
        "/n,": "plainfolder",
        "": "plainfolder",
    }
}
_LOCAL_PATH = re.compile(
    r"(?i)(?:[a-z]:|%([a-z_][a-z0-9_()]{0,40})%)((?:\\[^\\/:*?\"<>|%,\r\n]{1,120}){0,16})\\?"
)
_VALUES = {
    "number": re.compile(r"\d{1,5}"),
    "drive": re.compile(r"(?i)[a-z]:?"),
    "computer": re.compile(r"(?i)(?:\\\\)?" + _COMPUTER.pattern.removeprefix("(?i)")),
    # a log's or a channel's name (Application, Microsoft-Windows-PowerShell/Operational): no
    # backslash, colon or variable, so no path, share or address
    "name": re.compile(r"[A-Za-z][A-Za-z0-9 ._/-]{0,120}"),
    # a web page a browser opens (`msedge --inprivate https://intranet.corp.example`), as the
    # address alone in the box opens it: http(s) only (no file:, no share, no other scheme),
    # no quote, space or backslash
    "webpage": re.compile(r"(?i)https?://[a-z0-9][a-z0-9.-]{0,252}(?::\d{1,5})?(?:/[^\s\"\\]*)?"),
    # a browser's profile folder by its own name (`--profile-directory="Profile 2"`): one name
    # inside the browser's own folder, no separator, so never a folder elsewhere
    "profile": re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._()+-]{0,60}"),
}
# shutdown's message in its dialog (`/c "Updates installed, restarting in 1 minute"`): quoted
# words, few digits and no dotted name (no number to call, no site to visit: a scare message
# with a phone number or a site in it stays a command)
_COMMENT = re.compile(r"(?:[A-Za-z ,!?'()-]|\.(?![A-Za-z])|\d(?!\d{2})){1,127}")
_COMMENT_DIGITS = re.compile(r"\d")
WEB_PAGE_EXTENSIONS = frozenset({".html", ".htm", ".aspx", ".php", ".jsp"})
# a switch, then perhaps its value: after a space, joined by = : or , or by nothing (/t{number})
_SWITCH_SPEC = re.compile(
    r"([/-]-?[a-z0-9][a-z0-9-]{0,30}(?::[a-z]{2,12})?)(?:( |[=:,]|)\{([a-z]+)\})?|()()\{([a-z]+)\}"
)
# A document Office opens that cannot hold macros (resources/runbox.yaml says why these): here,
# or on a share of a computer of the local network (provenance.on_local_network: \\fs01,
# \\nas.local). Not a public name or an address (\\3325256811 and \\0xcb007105 are addresses
# too), not WebDAV (@SSL, @port: fetched from any web server).
MACRO_FREE = (".xlsx", ".docx", ".pptx", ".vsdx", ".xltx", ".dotx", ".potx", ".vstx")
_SHARE_FILE = re.compile(
    r"(?i)\\\\([a-z0-9][a-z0-9.-]{0,62})((?:\\[^\\/:*?\"<>|%@\r\n]{1,120}){2,16})"
)
# A program by its path in the folders only administrators write to (`C:\Program Files\Mozilla
# Firefox\firefox.exe -P`, quoted or not): the program installed there, named by its file.
_PROGRAM_FILES = re.compile(
    r'(?i)("?)(?:[a-z]:\\program files(?: \(x86\))?|%programfiles(?:\(x86\))?%)'
    r'(?:\\[^\\/:*?"<>|%.\r\n][^\\/:*?"<>|%\r\n]{0,80}){1,4}?\\([a-z0-9_+-]{1,40})\.exe\1(?= )'
)
_ARGUMENT = re.compile(r'(?:"[^"\r\n]*"|[^\s"])+')


@dataclass(frozen=True)
class ToolSwitch:
    """One switch of a tool, and what may follow it."""

    head: str  # the switch as typed, lower case, with the character joining its value if any
    value: str | None = None  # one of VALUE_KINDS
    spaced: bool = False  # the value is the next word, not joined to the switch


class CatalogueError(ValueError):
    """resources/runbox.yaml says something the reader cannot take."""


def default_tools_path() -> Path:
    from app.detection.rules import default_rules_dir

    return default_rules_dir().parent / "runbox.yaml"


def parse_tools(
    document: Any, where: str = "runbox.yaml", key: str = "tools"
) -> dict[str, tuple[ToolSwitch, ...]]:
    """The catalogue's tools (or `key`'s list) by name; a script host or a malformed switch is
    an error."""
    tools = document.get(key) if isinstance(document, dict) else None
    if not isinstance(tools, list):
        raise CatalogueError(f"{where}: '{key}' must be a list")
    out: dict[str, tuple[ToolSwitch, ...]] = {}
    for tool in tools:
        line = tool.get("__line__", 0) if isinstance(tool, dict) else 0
        names, switches = (tool.get("names"), tool.get("switches")) if line else (None, None)
        if not isinstance(names, list) or not names or not isinstance(switches, list):
            raise CatalogueError(f"{where}:{line}: a tool needs 'names' and 'switches' lists")
        if not isinstance(tool.get("what"), str) or not tool["what"].strip():
            raise CatalogueError(f"{where}:{line}: a tool needs 'what', one plain sentence")
        parsed = []
        for spec in switches:
            match = _SWITCH_SPEC.fullmatch(spec) if isinstance(spec, str) else None
            kind = match and (match.group(3) or match.group(6))
            if match is None or (kind and kind not in VALUE_KINDS):
                raise CatalogueError(f"{where}:{line}: cannot read switch {spec!r}")
            joiner = match.group(2)
            # a value alone (`{document}`) is a switch with an empty head: what it opens
            head = (match.group(1) or "") + (joiner if joiner and joiner != " " else "")
            parsed.append(ToolSwitch(head, kind, joiner == " "))
        for name in names:
            key = str(name).lower().removesuffix(".exe")
            allowed = ONLY_SELECTS.get(key, {})
            if key in COMMAND_PROGRAMS and any(
                allowed.get(switch.head, "-") != switch.value for switch in parsed
            ):
                raise CatalogueError(f"{where}:{line}: {name} runs what it is given")
            out[key] = tuple(parsed)
    return out


@functools.cache
def typed_tools() -> dict[str, tuple[ToolSwitch, ...]]:
    """The shipped catalogue (read once); empty, so nothing is cleared, if it cannot be read."""
    return _shipped("tools")


@functools.cache
def page_tools() -> dict[str, tuple[ToolSwitch, ...]]:
    """The shipped tools' switches that only pick one of their windows, tabs or logs
    (runbox.yaml `pages`), read once; empty if unreadable."""
    return _shipped("pages")


@functools.cache
def open_tools() -> dict[str, tuple[ToolSwitch, ...]]:
    """The shipped programs given what a name, a path or an address would open anyway
    (runbox.yaml `opens`), read once; empty if unreadable."""
    return _shipped("opens")


@functools.cache
def refresh_tools() -> dict[str, tuple[ToolSwitch, ...]]:
    """The shipped maintenance commands (runbox.yaml `refresh`), read once; empty if unreadable."""
    return _shipped("refresh")


def _shipped(key: str) -> dict[str, tuple[ToolSwitch, ...]]:
    from app.detection.rules import read_yaml

    path = default_tools_path()
    document, error = read_yaml(path)
    if error is not None:
        log.error("cannot read the Run box tools: %s", error)
        return {}
    try:
        return parse_tools(document, str(path), key)
    except CatalogueError:
        log.exception("the Run box tools are not taken")
        return {}


# Where a browser, a mail program or an archive tool leaves what it was handed: a Downloads or
# temporary folder, the browser's or Outlook's cache
_SAVED_FOLDER = re.compile(
    r"(?i)\\downloads\\|\\te?mp\\|%te?mp%|\\inetcache\\|\\content\.outlook\\"
)


def _value(kind: str, word: str) -> bool:
    if len(word) > 1 and word[0] == word[-1] == '"':
        word = word[1:-1]
    elif '"' in word:
        return False
    if kind in ("file", "folder"):
        match = _LOCAL_PATH.fullmatch(word)
        if match is None or (kind == "file" and not match.group(2)):
            return False
        variable = match.group(1)
        return variable is None or variable.lower() in LOCAL_VARIABLES
    if kind == "rdpfile":
        # a Remote Desktop connection's settings file on this computer (`mstsc /edit`), never
        # on a share or an address, nor where a browser or a mail saves what it is handed (a
        # Downloads or temporary folder: a rogue server's .rdp file a page had saved)
        return (
            word.lower().endswith(".rdp")
            and _value("file", word)
            and not _SAVED_FOLDER.search(word)
        )
    if kind == "localcomputer":
        return _local_computer(word)
    if kind == "report":
        # a report written to a text file here (`msinfo32 /nfo C:\Temp\pc.nfo`), never into a
        # Startup folder, where a file is started at the next sign-in
        # (its name may hold this computer's or this person's name: %COMPUTERNAME%.nfo)
        lowered = _NAME_VARIABLES.sub("name", word.lower())
        return (
            lowered.endswith(REPORT_EXTENSIONS)
            and "\\startup\\" not in lowered
            and _value("file", lowered)
        )
    if kind == "plainfolder":
        return _value("folder", word) and "." not in word.rstrip("\\").rsplit("\\", 1)[-1]
    if kind == "webpage":
        # ...and none that wears a fake check's word (verify, captcha, robot: signals'), which
        # a person typing their own page has no reason to write
        if not _VALUES["webpage"].fullmatch(word) or url_lure_word(word) or _lure_host(word):
            return False
        # a page, not a file the browser would download (a.hta, setup.exe, x.zip): the last
        # name of the path has no extension, or a web page's
        last = word.split("://", 1)[1].split("?", 1)[0].split("#", 1)[0].rsplit("/", 1)
        extension = _FILE_NAME_END.search(last[1]) if len(last) == 2 else None
        return extension is None or extension.group(0).lower() in WEB_PAGE_EXTENSIONS
    if kind == "comment":
        return (
            bool(_COMMENT.fullmatch(word))
            and len(_COMMENT_DIGITS.findall(word)) <= 4
            and bool(word.strip())
        )
    if kind == "document":
        if not word.lower().endswith(MACRO_FREE):
            return False
        share = _SHARE_FILE.fullmatch(word)
        if share is not None:
            return on_local_network(share.group(1))
        return _value("file", word)
    return bool(_VALUES[kind].fullmatch(word))


REPORT_EXTENSIONS = (".txt", ".nfo", ".xml")
# variables that hold a name and nothing a path is made of (no separator, drive or share)
_NAME_VARIABLES = re.compile(r"(?i)%(?:computername|username|userdomain)%")
_PORT = re.compile(r":\d{1,5}$")
_DOTTED_QUAD = re.compile(r"(?:0|[1-9]\d{0,2})(?:\.(?:0|[1-9]\d{0,2})){3}")


def _local_computer(word: str) -> bool:
    """A computer only the local network reaches, as a program is aimed at it (`WS-0188`,
    `\\\\WS-0188`, `rdgw.corp.local`, `10.20.30.41:3390`): a plain name or one under the labels
    organisations give their own networks (provenance.on_local_network), or a private address
    (RFC 1918) as a plain dotted quad. A public name or address is a stranger's server, which
    collects the sign-in the program offers it."""
    host = word.removeprefix("\\\\")
    port = _PORT.search(host)
    if port is not None:
        host = host[: port.start()]
    if not host or not _COMPUTER.fullmatch(host):
        return False
    if _DOTTED_QUAD.fullmatch(host):
        first, second = (int(part) for part in host.split(".")[:2])
        if max(int(part) for part in host.split(".")) > 255:
            return False
        return first == 10 or (first == 172 and 16 <= second <= 31) or (first, second) == (192, 168)
    if host.replace(".", "").isdigit():
        return False  # a number that is no dotted quad (3325256811): an address in disguise
    return on_local_network(host)


# A web page's host that is a lure's, not a page a person opens for themselves: a host anyone
# can publish on (trust.yaml `never_trusted`: paste sites, tunnels, free hosting), or a public
# address by number (a private one is a device here: a router's, a NAS's page).


def _lure_host(word: str) -> bool:
    """The {webpage}'s host is one anyone publishes on, or a public address by number."""
    url = parse_url(word) if len(word) <= 2048 else None
    if url is None:
        return True
    if url.ip:
        return not on_private_network(url)
    return _never_trusted(url.host)


@functools.cache
def _never_trusted_hosts() -> frozenset[str]:
    from app.detection.rules import default_rules_dir, read_yaml

    document, error = read_yaml(default_rules_dir().parent / "trust.yaml")
    hosts = document.get("never_trusted") if isinstance(document, dict) else None
    if error is not None or not isinstance(hosts, list):
        log.error("cannot read the never-trusted hosts: %s", error)
        return frozenset({""})  # every host: no address is taken as a page's
    return frozenset(str(h).lower().lstrip(".") for h in hosts)


def _never_trusted(host: str) -> bool:
    """The host or a parent of it is one anyone can publish on (trust.yaml `never_trusted`)."""
    hosts = _never_trusted_hosts()
    if "" in hosts:
        return True
    labels = host.lower().split(".")
    return any(".".join(labels[i:]) in hosts for i in range(len(labels)))


def uses_own_tool(text: str, tools: dict[str, tuple[ToolSwitch, ...]] | None = None) -> bool:
    """`dxdiag /t %USERPROFILE%\\Desktop\\dx.txt`, `compmgmt.msc /computer=\\\\ws-01`, `explorer
    /select,C:\\x`: Windows' own tool with switches of its catalogue entry, each at most once."""
    catalogue = typed_tools() if tools is None else tools
    if text.count('"') % 2:
        return False
    installed = _PROGRAM_FILES.match(text)
    if installed:
        text = installed.group(2) + text[installed.end() :]
    words = _ARGUMENT.findall(text)
    if len(words) < 2:
        return False
    first = words[0].strip('"').lower().removesuffix(".exe")
    rest = words[1:]
    snapin = ""
    if first == "mmc" and _named(_MSC_BY_NAME, rest[0], WINDOWS_SNAPINS):
        snapin, first, rest = rest[0].lower(), CONSOLE, rest[1:]
    elif _named(_MSC_BY_NAME, first, WINDOWS_SNAPINS):
        snapin, first = first, CONSOLE
    switches = catalogue.get(first, ())
    if snapin:
        # a snap-in whose program has switches of its own takes them as the console
        # (eventvwr.msc /c:Application, as eventvwr /c:Application)
        switches += catalogue.get(snapin.removesuffix(".msc"), ())
    if not switches or not rest:
        return False
    used: set[str] = set()
    i = 0
    while i < len(rest):
        word = rest[i].lower()
        for switch in switches:
            if switch.head in used:
                continue
            if not switch.head:  # a value alone: what the tool opens, never a switch
                if word[:1] in "/-" or not _value(switch.value or "", rest[i]):
                    continue
                i += 1
            elif switch.value is None and word == switch.head:
                i += 1
            elif switch.spaced and word == switch.head and i + 1 < len(rest):
                if not _value(switch.value or "", rest[i + 1]):
                    continue  # perhaps the same switch alone (`firefox -P -private-window`)
                i += 2
            elif not switch.spaced and switch.value and word.startswith(switch.head):
                if not _value(switch.value, rest[i][len(switch.head) :]):
                    return False
                i += 1
            else:
                continue
            used.add(switch.head)
            break
        else:
            return False
    return True


# Windows' own commands that only show this computer's state, with the switches of theirs that
# only choose what is shown (ipconfig /all; not /release, /renew or /registerdns, which change
# it; not nslookup or ping, which reach another computer and can bring back what it answers).
QUERIES = {
    "ipconfig": frozenset({"/all", "/displaydns"}),
    "systeminfo": frozenset(),
    "whoami": frozenset({"/all", "/groups", "/priv", "/user", "/upn", "/fqdn"}),
    "hostname": frozenset(),
    "ver": frozenset(),
    "getmac": frozenset({"/v"}),
    "netstat": frozenset({"-a", "-n", "-o", "-b", "-e", "-r", "-s", "-an", "-ano", "-abno"}),
    "route": frozenset({"print"}),
    "arp": frozenset({"-a"}),
    "tasklist": frozenset({"/svc", "/v"}),
    "driverquery": frozenset({"/v"}),
    # the Kerberos tickets this session holds (never `purge`, `add_bind` or `get`, which drop
    # or request them)
    "klist": frozenset({"tickets", "tgt", "sessions"}),
    # the shares this computer has connected or offers, its password policy (never `use` with
    # a drive or a share, which connects to another computer, nor a switch, which changes it)
    "net": frozenset({"use", "share", "accounts"}),
    # the domain controller, site, trust or secure channel of this computer's own domain, or
    # of one domain by name (`nltest /dsgetdc:corp.example`: VALUED_QUERIES); never
    # /sc_reset, /sc_change_pwd or /server:, which change the channel or ask another computer
    "nltest": frozenset({"/dsgetdc:", "/sc_query:", "/dclist:", "/dsgetsite", "/domain_trusts"}),
}
# The queries' switches that take the one domain they ask about, joined by a colon
# (`/dsgetdc:corp.example`): a name, no share, path or address with a port
VALUED_QUERIES = frozenset({"/dsgetdc:", "/sc_query:", "/dclist:"})
_DOMAIN_NAME = re.compile(r"(?i)[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9][a-z0-9-]{0,62}){0,8}")
# cmd's switch that keeps its window open on what the command showed
CMD_KEEP = frozenset({"/k"})
# PowerShell's switches that only shape its own window or start-up (no -EncodedCommand, no
# -File, no -WindowStyle, no -ExecutionPolicy), then at most -Command
PS_OPTIONS = frozenset({"-noexit", "-noprofile", "-nologo"})
PS_COMMAND = frozenset({"-command", "-c"})
PS_HOSTS = frozenset({"powershell", "pwsh"})
# one cmdlet that only gets and shows (Get-NetAdapter, Get-Volume), with no argument, or one
# that only tests and tells (Test-ComputerSecureChannel: never with -Repair, which resets the
# channel), perhaps with -Verbose, which only says more
_GET_CMDLET = re.compile(r"(?i)get-[a-z]{2,40}")
PS_TESTS = frozenset({"test-computersecurechannel"})
PS_VERBOSE = frozenset({"-verbose"})


# git's commands that only show the state of the repository of the current folder, with the
# switches of theirs that only shape what is shown (`git status`, `git log --oneline`): what a
# developer keeps a console open on, in a folder of theirs. Nothing is fetched (no fetch, pull
# or clone), nothing is changed or run.
GIT_QUERIES = {
    "status": frozenset({"-s", "-sb", "--short", "--branch"}),
    "log": frozenset({"--oneline", "--graph", "--all"}),
    "branch": frozenset({"-a", "-v", "-vv", "--all"}),
    "diff": frozenset({"--stat"}),
}
# the queries that also print as a table, a list or CSV (`driverquery /fo table`, `systeminfo
# /fo list`): /fo and one of these formats, and /nh (no header row)
FORMATTED = frozenset({"systeminfo", "driverquery", "whoami", "getmac", "tasklist"})
FORMATS = frozenset({"table", "list", "csv"})


def _query(words: list[str], queries: dict[str, frozenset[str]] | None = None) -> bool:
    """One of QUERIES (or of `queries`) with only its own switches, each once (`ipconfig
    /all`), or, of QUERIES, one of git's own status commands (`git status`)."""
    if not words:
        return False
    program = words[0].lower().removesuffix(".exe")
    switches = (QUERIES if queries is None else queries).get(program)
    rest = [_valued(w.lower()) for w in words[1:]]
    if program == "git" and rest and queries is None:
        switches, rest = GIT_QUERIES.get(rest[0]), rest[1:]
    if program in FORMATTED and "/fo" in rest:
        at = rest.index("/fo")
        if at + 1 >= len(rest) or rest[at + 1] not in FORMATS:
            return False
        rest = [*rest[:at], "/fo", *rest[at + 2 :]]
        switches = (switches or frozenset()) | {"/fo", "/nh"}
    return switches is not None and len(set(rest)) == len(rest) and set(rest) <= switches


def _valued(word: str) -> str:
    """A switch of VALUED_QUERIES given one domain's name (`/dsgetdc:corp.example`), as the
    switch alone; any other word as it is (a bad value stays a word no query takes)."""
    head, colon, value = word.partition(":")
    if colon and head + colon in VALUED_QUERIES and _DOMAIN_NAME.fullmatch(value):
        return head + colon
    return word


# The queries a page may write for the Run box (runbox.Shape.SHOW): this computer's network
# settings, name, account, Windows version, system summary and drivers, as IT wikis have people
# read them out to the help desk. Not netstat, tasklist, arp, route or ipconfig /displaydns:
# lists of connections, programs, neighbours and visited sites are what fake support staff
# read out as "proof" of an intrusion.
PAGE_QUERIES = {
    name: QUERIES[name]
    for name in ("systeminfo", "whoami", "hostname", "ver", "getmac", "driverquery")
} | {"ipconfig": frozenset({"/all"})}


# cmd's commands that only change its own current folder (`cd /d C:\src`): a console opened
# in a folder of this computer, where nothing runs
CMD_CHANGE_FOLDER = frozenset({"cd", "chdir", "pushd"})


def _opens_in_folder(words: list[str]) -> bool:
    """`cd /d %USERPROFILE%\\source\\repos`: cmd's own folder change to a folder here (never a
    share: `pushd \\\\host\\x` connects to another computer), with /d at most."""
    if not words or words[0].lower() not in CMD_CHANGE_FOLDER:
        return False
    rest = words[1:]
    if rest and rest[0].lower() == "/d":
        rest = rest[1:]
    return len(rest) == 1 and _value("folder", rest[0])


# PowerShell's own commands that change its current folder (`Set-Location D:\\src`), with
# -Path or -LiteralPath at most: a console opened in a folder of this computer
PS_CHANGE_FOLDER = frozenset({"set-location", "sl", "cd", "chdir", "push-location", "pushd"})
PS_PATH = frozenset({"-path", "-literalpath"})


def _ps_opens_in_folder(words: list[str]) -> bool:
    """`Set-Location D:\\Projects\\site`: PowerShell's own folder change to a folder here (never a
    share: `Set-Location \\\\host\\x` connects to another computer)."""
    if not words or words[0].lower() not in PS_CHANGE_FOLDER:
        return False
    rest = words[1:]
    if rest and rest[0].lower() in PS_PATH:
        rest = rest[1:]
    if len(rest) == 1 and len(rest[0]) > 2 and rest[0][0] == rest[0][-1] == "'":
        rest = ['"' + rest[0][1:-1] + '"']  # PowerShell's literal quotes, as cmd's
    return len(rest) == 1 and _value("folder", rest[0])


# What a query's output may be piped into to be read: a pager, a sort, a search for one plain
# word (`ipconfig /all | more`, `netstat -ano | findstr 3389`); they print, nothing else
_FILTERS = frozenset({"more", "sort"})
_SEARCHES = frozenset({"findstr", "find"})
_FILTER_WORD = re.compile(r'"?[A-Za-z0-9_.:-]{1,40}"?')


def _filter(words: list[str]) -> bool:
    """`more`, `sort`, `findstr 3389`, `find /i "error"`: what a listing is piped into."""
    if not words:
        return False
    name = words[0].lower().removesuffix(".exe")
    if name in _FILTERS:
        return len(words) == 1
    rest = [w for w in words[1:] if w.lower() != "/i"]
    return name in _SEARCHES and len(rest) == 1 and bool(_FILTER_WORD.fullmatch(rest[0]))


def _cmd_step(words: list[str]) -> bool:
    """A query or a folder change, a query perhaps piped into filters that only print (never a
    listing of folders, `dir /s` or `tree`: the scrolling "proof" fake support staff dictate)."""
    pieces: list[list[str]] = [[]]
    for word in words:
        if word == "|":
            pieces.append([])
        else:
            pieces[-1].append(word)
    first, filters = pieces[0], pieces[1:]
    if filters and not all(_filter(piece) for piece in filters):
        return False
    return _query(first) or (not filters and _opens_in_folder(first))


def _cmd_steps(words: list[str]) -> bool:
    """What `cmd /k` keeps its window open on: a query or a folder change, or a few of them
    one after the other with `&&` or `&` (`cd /d D:\\src && git status`), a query's
    output perhaps piped into a pager or a search (`ipconfig /all | more`), nothing else."""
    steps: list[list[str]] = [[]]
    for word in words:
        if word in ("&", "&&"):
            steps.append([])
        else:
            steps[-1].append(word)
    if len(steps) > MAX_CHAIN:
        return False
    in_folder = False
    for step in steps:
        if in_folder and (_lists_own_folder(step) or _edits_own_folder(step)):
            continue
        if not _cmd_step(step):
            return False
        in_folder = in_folder or _opens_in_folder(step)
    return True


# dir's switches that only shape the listing of the one folder it is in (wide, bare, by order,
# a page at a time); never /s (every folder below: the scrolling "proof" fake support staff
# dictate) and never a path (another folder, a share)
DIR_SWITCHES = frozenset({"/w", "/b", "/p", "/o", "/od", "/o-d", "/on", "/os", "/a", "/q"})


def _edits_own_folder(words: list[str]) -> bool:
    """`code .` after `cd /d C:\\src`: the editor opened on the folder the person just opened."""
    return len(words) == 2 and words[0].lower() in EDITORS and words[1] == "."


def _lists_own_folder(words: list[str]) -> bool:
    """`dir`, `dir /w` after `cd /d C:\\src`: the files of the folder the person just opened."""
    if not words or words[0].lower() != "dir":
        return False
    rest = [word.lower() for word in words[1:]]
    return len(set(rest)) == len(rest) and set(rest) <= DIR_SWITCHES


def _unquoted(words: list[str]) -> list[str]:
    """What a console is given as one quoted argument (`cmd /k "cd /d C:\\src && git status"`,
    `-Command "Set-Location C:\\src"`), read as its words; anything else as it is."""
    if len(words) == 1 and len(words[0]) > 2 and words[0][0] == words[0][-1] == '"':
        return _TOKEN.findall(words[0][1:-1])
    return words


def shows_own_query(tokens: list[str]) -> bool:
    """`cmd /k ipconfig /all`, `powershell -NoExit -Command Get-NetAdapter`: a console kept
    open on a command that only shows this computer's state, or in a folder of this computer
    (`cmd /k cd /d C:\\src`, `powershell -NoExit -Command Set-Location C:\\src`), perhaps with
    a status query there after it (`cmd /k cd /d C:\\src && git status`); nothing else."""
    first = tokens[0].strip('"').lower().removesuffix(".exe")
    rest = tokens[1:]
    if first == "cmd":
        if len(rest) < 2 or rest[0].lower() not in CMD_KEEP:
            return False
        return _cmd_steps(_unquoted(rest[1:]))
    if first not in PS_HOSTS:
        return False
    options = [word.lower() for word in rest]
    if options and set(options) <= PS_OPTIONS and len(set(options)) == len(options):
        return True  # PowerShell alone with its window's switches (-NoExit, -NoProfile)
    i, seen = 0, set()
    while i < len(rest) and rest[i].lower() in PS_OPTIONS and rest[i].lower() not in seen:
        seen.add(rest[i].lower())
        i += 1
    if i < len(rest) and rest[i].lower() in PS_COMMAND:
        i += 1
    command = _unquoted(rest[i:])
    shows = command and (_GET_CMDLET.fullmatch(command[0]) or command[0].lower() in PS_TESTS)
    if shows and (len(command) == 1 or (len(command) == 2 and command[1].lower() in PS_VERBOSE)):
        return True
    return _query(command) or ("-noexit" in seen and _ps_opens_in_folder(command))


def _looks_up_name(words: list[str]) -> bool:
    """`nslookup intranet.corp.example`: one name looked up in the DNS server this computer
    already uses, its answer shown. Never with a server, a record type or any option (`nslookup
    -q=txt stage.example 203.0.113.53`): lures read a payload out of such an answer, and pipe it
    into a shell, which a line of these pieces cannot do."""
    return (
        len(words) == 2
        and words[0].lower().removesuffix(".exe") == "nslookup"
        and words[1][:1] not in "-/\\"
        and _value("computer", words[1])
    )


# The certificate stores certutil lists by name (`certutil -user -store My`): it shows what
# they hold. Never -addstore, -delstore, -urlcache, -decode or any other verb.
CERT_STORES = frozenset({"my", "root", "ca", "authroot", "trust", "trustedpublisher", "disallowed"})


def _lists_certificates(words: list[str]) -> bool:
    """`certutil -store My`, `certutil -user -store Root`: one certificate store of this
    computer or this user, listed."""
    lowered = [w.lower() for w in words]
    if not lowered or lowered[0].removesuffix(".exe") != "certutil":
        return False
    rest = lowered[1:]
    if rest[:1] == ["-user"]:
        rest = rest[1:]
    return len(rest) == 2 and rest[0] == "-store" and rest[1] in CERT_STORES


# Windows' own read-outs IT wikis give beside those: the serial number and model by WMI's
# aliases (`wmic bios get serialnumber`: never `call`, `process`, `/node`, `/format`, which run
# code or reach another computer), the Wi-Fi adapter and saved networks by name (never
# `key=clear`, which shows a password), this computer's name and account, its variables.
WMIC_ALIASES = frozenset(
    {"bios", "csproduct", "computersystem", "baseboard", "os", "cpu", "diskdrive",
     "memorychip", "logicaldisk", "nic", "nicconfig", "qfe", "systemenclosure"}
)  # fmt: skip
_WMIC_PROPERTIES = re.compile(r"(?i)[a-z]{2,40}(?:,[a-z]{2,40}){0,8}")
NETSH_SHOWS = frozenset(
    {("wlan", "show", "interfaces"), ("wlan", "show", "drivers"), ("wlan", "show", "networks"),
     ("wlan", "show", "profiles"), ("wlan", "show", "settings"), ("winhttp", "show", "proxy"),
     ("interface", "ip", "show", "config"), ("interface", "ip", "show", "addresses"),
     ("interface", "ip", "show", "dnsservers")}
)  # fmt: skip
ECHOED = frozenset(
    {"%computername%", "%username%", "%userdomain%", "%userdnsdomain%", "%logonserver%",
     "%processor_architecture%", "%os%"}
)  # fmt: skip
# PowerShell's cmdlets that show this computer's network, disks and build and take nothing
# (`powershell -NoExit -Command Get-NetIPConfiguration`): never Get-Process or Get-Service
# (fake support staff's "proof"), nor one given a path, a computer or a credential
PS_SHOWS = frozenset(
    {"get-netipconfiguration", "get-netadapter", "get-netipaddress", "get-dnsclientserveraddress",
     "get-netconnectionprofile", "get-computerinfo", "get-volume", "get-physicaldisk", "get-disk",
     "get-timezone", "get-hotfix"}
)  # fmt: skip
# what the output may be filtered through: a search for a word, a pager or a sort (never a
# program that sends, copies or runs it: clip, curl, cmd, powershell)
_FILTER = re.compile(
    r'(?i)(?:findstr|find)(?:\s+(?:/[icvnb]|/c:[a-z0-9.:_-]{1,40}|/c:"[a-z0-9 .:_-]{1,40}"))*'
    r'(?:\s+(?:[a-z0-9.:_-]{1,40}|"[a-z0-9 .:_-]{1,40}")){0,4}|more|sort'
)
# a report of it written to a text file of this computer (`> %USERPROFILE%\Desktop\ip.txt`)
_REPORT = re.compile(r"\s+>>?\s*(\S+)$")


def _shown(piece: str, pages: dict[str, tuple[ToolSwitch, ...]]) -> bool:
    """One command of a SHOW line: it only shows this computer, perhaps filtered through a
    search for a word and written to a text file here."""
    report = _REPORT.search(piece)
    if report is not None:
        target = report.group(1).strip('"')
        if not (_value("file", target) and target.lower().endswith((".txt", ".log"))):
            return False
        piece = piece[: report.start()]
    head, bar, rest = piece.partition(" | ")
    if bar and not _FILTER.fullmatch(rest.strip()):
        return False
    if _METACHARACTERS.search(head) or '"' in head:
        return False
    words = head.split()
    lowered = [w.lower() for w in words]
    if not lowered:
        return False
    program = lowered[0].removesuffix(".exe")
    if lowered in (["pause"], ["set"]):
        return True
    if bar and program == "nslookup":
        return False  # a DNS answer searched for its name: the first half of a DNS-staged lure
    if program == "echo":
        return 1 < len(lowered) <= 4 and set(lowered[1:]) <= ECHOED
    if program == "wmic":
        return (
            len(lowered) in (4, 5)
            and lowered[1] in WMIC_ALIASES
            and lowered[2] == "get"
            and bool(_WMIC_PROPERTIES.fullmatch(lowered[3]))
            and lowered[4:] in ([], ["/value"])
        )
    if program == "netsh":
        return tuple(lowered[1:]) in NETSH_SHOWS
    refresh = refresh_tools()
    return (
        _query(words, PAGE_QUERIES)
        or _looks_up_name(words)
        or _lists_certificates(words)
        or (bool(pages) and uses_own_tool(head.strip(), pages))
        or (bool(refresh) and uses_own_tool(head.strip(), refresh))
    )


def _powershell_shows(text: str) -> bool:
    """`powershell -NoExit -Command Get-NetIPConfiguration`: PowerShell with only the switches
    that shape its own window, then one cmdlet of PS_SHOWS and nothing else."""
    words = text.split()
    if not words or words[0].lower().removesuffix(".exe") not in PS_HOSTS:
        return False
    rest = [w.lower() for w in words[1:]]
    i, seen = 0, set()
    while i < len(rest) and rest[i] in PS_OPTIONS and rest[i] not in seen:
        seen.add(rest[i])
        i += 1
    if i < len(rest) and rest[i] in PS_COMMAND:
        i += 1
    return len(rest[i:]) == 1 and rest[i] in PS_SHOWS


def shows_this_computer(text: str) -> bool:
    """`cmd /k ipconfig /all`, `cmd /c systeminfo /fo list & pause`, `cmd /k ipconfig /all &
    ping -n 4 fs01 & tracert -d 10.0.0.1`, `cmd /k wmic bios get serialnumber`: cmd kept open
    (/k, or /c with `pause` last) on one to MAX_CHAIN of Windows' own commands that only show
    this computer's settings (PAGE_QUERIES, certificates, WMI's serial number and model, the
    Wi-Fi adapter), look up one name, check whether one computer answers (runbox.yaml `pages`:
    ping, tracert, pathping) or refresh it from its own sources (`refresh`), one after the other;
    each perhaps filtered through a search for a word or written to a text file here. Or
    PowerShell kept open on one cmdlet that shows the network or the disks. Whoever wrote it,
    nothing is fetched, started, changed or sent: a page gains nothing by having it run."""
    text = text.strip()
    prefix = _CMD_PREFIX.match(text)
    if prefix is None:
        return _powershell_shows(text)
    rest = text[prefix.end() :]
    if len(rest) > 2 and rest[0] == rest[-1] == '"' and '"' not in rest[1:-1]:
        rest = rest[1:-1]  # `cmd /k "wmic bios get serialnumber"`: cmd runs what the quotes hold
    pieces = [piece.strip() for piece in _CMD_CHAIN.split(rest)]
    if not 1 <= len(pieces) <= MAX_CHAIN:
        return False
    if prefix.group(1).lower() not in CMD_KEEP and pieces[-1].lower() != "pause":
        return False  # `cmd /c` closes its window at once: only with `pause` last is it a read-out
    pages = page_tools()
    return all(_shown(piece, pages) for piece in pieces)


# Where Windows and installers keep programs: a program of these folders is one the computer
# already had (`%windir%\system32\devmgmt.msc`, `C:\Program Files\Contoso\app.exe`).
# Its temporary folder is no such place.
_PROGRAM_FOLDER = re.compile(
    r"(?i)(?:[a-z]:\\(?:program files(?: \(x86\))?|windows)\\"
    r"|%(?:programfiles(?:\(x86\))?|programw6432|commonprogramfiles(?:\(x86\))?|windir|systemroot)%\\)"
)
_TEMP_FOLDER = re.compile(r"(?i)\\temp\\")


def _runs_local_file(word: str) -> bool:
    """`%TEMP%\\upd.exe`, `C:\\Users\\Public\\fix.hta`, `Downloads\\Verify.exe`,
    `shell:Downloads\\Verify.exe`, `file:///C:/Users/Public/fix.hta`: a path on this computer to
    a file the box would run, outside the folders programs are installed in. A fake check page
    has its browser save the file first and then asks for it in the Run box; a person types
    such a path for a tool of their own. A share (`\\\\host\\x.exe`, `file://host/x.exe`) is
    not read here."""
    path = word
    lowered = word.lower()
    for local in ("file:///", "file://localhost/"):
        if lowered.startswith(local):
            path = word[len(local) :].replace("%20", " ").replace("/", "\\")
            break
    if path.startswith("\\\\") or not path.lower().endswith(_RUNNABLE):
        return False
    other_scheme = _SCHEME.match(path) and not path.lower().startswith("shell:")
    if other_scheme and not re.match(r"(?i)[a-z]:[\\/]", path):
        return False  # an address of another kind (https://…/x.exe, ms-appinstaller:…)
    if not (_PATH_START.match(path) or "\\" in path):
        return False
    return not _PROGRAM_FOLDER.match(path) or bool(_TEMP_FOLDER.search(path))


# Folders a web page can have a file saved into, or a fake check can name for one: the user's
# profile and every folder in it (a Downloads, Desktop or Documents folder wherever it is, the
# temporary and application-data folders), the folders every account writes to (Public,
# ProgramData, a Temp at a drive's root, the recycle bin) and a drive's root itself. A program
# saved anywhere else on a drive (`C:\Tools\SysinternalsSuite\procexp64.exe`, `D:\Apps\x.exe`)
# was put there by the person or their administrators, not by a browser.
_PAGE_SAVES_TOP = frozenset(
    {"users", "programdata", "temp", "tmp", "$recycle.bin", "recovery", "perflogs", "windows"}
)  # fmt: skip
_PAGE_SAVES_ANYWHERE = frozenset(
    {"downloads", "desktop", "documents", "temp", "tmp", "appdata", "inetcache",
     "content.outlook", "startup", "onedrive", "public"}
)  # fmt: skip
_DRIVE_PATH = re.compile(r"(?i)(?:[a-z]:|%systemdrive%)\\")


# The person's own folder of programs (Windows' FOLDERID_UserProgramFiles,
# `%LOCALAPPDATA%\Programs`), where per-user installers put a program in a folder of its own
# (`...\Programs\Microsoft VS Code\Code.exe`, `...\Programs\Python\Python312\python.exe`). A
# browser saves into Downloads, never there, so a program by its path there is one the person
# installed, as under Program Files. Not a file straight in Programs (no program's folder), not
# a climb, a variable or a Downloads/Temp folder inside it (_PAGE_SAVES_ANYWHERE still applies
# to the folders after it), not the Public or Default profile, which every account writes to.
_NAME = r'[^\\/:*?"<>|%.\r\n][^\\/:*?"<>|%\r\n]'  # a folder's name: no separator, no leading dot
_USER_PROGRAMS = re.compile(
    rf"(?i)(?:%localappdata%|[a-z]:\\users\\{_NAME}{{0,63}}\\appdata\\local)"
    rf"\\programs((?:\\{_NAME}{{0,80}}){{1,4}})\\{_NAME}{{0,80}}\.exe"
)
# profiles every account writes to: no person's own folder of programs
_PUBLIC_PROFILES = ("c:\\users\\public\\", "c:\\users\\default\\")


def _where_a_page_saves(path: str) -> bool:
    """The file is where a page could have had it saved (above); any path not on a drive by its
    letter (a variable, a relative path, `shell:`, `file:`) counts as one, except a program in a
    folder of its own in the person's folder of programs (_USER_PROGRAMS)."""
    own = _USER_PROGRAMS.fullmatch(path)
    if own is not None and not path.lower().startswith(_PUBLIC_PROFILES):
        folders = own.group(1).lower().split("\\")[1:]
        return any(folder.strip() in _PAGE_SAVES_ANYWHERE for folder in folders)
    drive = _DRIVE_PATH.match(path)
    if drive is None:
        return True
    folders = path[drive.end() :].lower().split("\\")[:-1]
    if not folders or folders[0] in _PAGE_SAVES_TOP or "" in folders or ".." in folders:
        return True
    return any(folder in _PAGE_SAVES_ANYWHERE for folder in folders)


def _local_file_shape(path: str) -> Shape:
    """A path alone: a program or script file of this computer the box would run (RUN_FILE,
    typed only), or a path like any other. A program (.exe) outside every folder a page can
    have a file saved into (_where_a_page_saves) is a path, from any source: the box starts a
    program the person already keeps there, as it starts one of Program Files. A script, a
    shortcut or a console file anywhere outside the program folders stays typed only."""
    if not _runs_local_file(path):
        return Shape.PATH
    if path.lower().endswith(".exe") and not _where_a_page_saves(path):
        return Shape.PATH
    return Shape.RUN_FILE


# cmd's switches that run one command and end (/c) or keep the window open on it (/k)
CMD_RUN = frozenset({"/c", "/k"})
_CMD_PREFIX = re.compile(r"(?i)cmd(?:\.exe)?\s+(/[ck])\s+")
# cmd's separators between commands that run one after the other (not `|`, `||`, `<` or `>`)
_CMD_CHAIN = re.compile(r" {1,4}&&? {1,4}")
MAX_CHAIN = 4  # maintenance commands a line runs one after the other


def refreshes_this_computer(
    text: str, tools: dict[str, tuple[ToolSwitch, ...]] | None = None
) -> bool:
    """`gpupdate /force`, `cmd /c w32tm /resync /force`: one of Windows' own maintenance
    commands with switches of its `refresh` entry (resources/runbox.yaml), alone or as the one
    command `cmd /c` or `cmd /k` runs. It refreshes this computer from the sources it already
    has (its domain's policy, its time server, its DNS cache): nothing the text names is fetched,
    started or changed, so whoever wrote it, it is taken like a program name."""
    catalogue = refresh_tools() if tools is None else tools
    prefix = _CMD_PREFIX.match(text)
    rest = text[prefix.end() :] if prefix else text
    if not catalogue:
        return False
    if prefix is None or "&" not in rest:
        return uses_own_tool(rest, catalogue)
    # several of them one after the other, as cmd runs `a && b` or `a & b` (`cmd /c ipconfig
    # /flushdns && ipconfig /registerdns`): each one of them, and nothing else on the line
    pieces = _CMD_CHAIN.split(rest)
    return 1 < len(pieces) <= MAX_CHAIN and all(
        not _METACHARACTERS.search(piece) and uses_own_tool(piece.strip(), catalogue)
        for piece in pieces
    )


# An organisation's document library on its SharePoint Online tenant by the WebDAV address
# Explorer takes for it (`\\contoso.sharepoint.com@SSL\DavWWWRoot\sites\HR\Shared Documents`,
# OneDrive for work's `contoso-my.sharepoint.com\...\personal\<account>\Documents`): a tenant's
# host of the service's own domain (sharepoint.<suffix>: .com and the national clouds'), a site,
# team or personal area by name and folders below it, none with a file's extension. Explorer
# lists a folder and opens nothing; people type it to map the library as a drive.
_TENANT_LIBRARY = re.compile(
    r"(?i)\\\\[a-z0-9][a-z0-9-]{0,62}\.sharepoint\.[a-z]{2,12}@ssl(?:@443)?"
    r"(?:\\davwwwroot)?\\(?:sites|teams|personal)"
    r"(?:\\[^\\/:*?\"<>|%@.\r\n][^\\/:*?\"<>|%@\r\n]{0,120}){1,8}\\?"
)
_EXTENSION_END = re.compile(r"\.[A-Za-z0-9]{1,8}\\?$")


# what opening a file runs, or runs what it points to (a program, a script, a shortcut, a
# console, a Control Panel item, a search or library description, a ClickOnce application)
# fmt: off
_SHARE_RUNS = (*_RUNNABLE, ".jar", ".diagcab", ".appref-ms", ".url", ".scf", ".settingcontent-ms",
               ".library-ms", ".search-ms", ".searchconnector-ms", ".wsh", ".msp")
# fmt: on
_SHARE_PROGRAM_PATH = re.compile(r"(?i)(?:\\\\|file:/{2,4})([^\\/\s\"']{1,253})[\\/][^\n\"']*$")


def share_program(text: str) -> tuple[str, bool] | None:
    """(host, WebDAV) of the share when the whole text is the path of a file on another
    computer's share that opening runs (`\\\\fileserv\\share\\update.exe`, a quoted path,
    `file://fileserv/share/x.hta`), else None. A folder, a document or an image is no program."""
    word = text.strip()
    if len(word) > 1024 or "\n" in word:
        return None
    if len(word) > 1 and word[0] == word[-1] and word[0] in "\"'":
        word = word[1:-1].strip()
    if not word.lower().endswith(_SHARE_RUNS):
        return None
    m = _SHARE_PROGRAM_PATH.match(word)
    if m is None:
        return None
    host = m.group(1).lower()
    name = host.split("@", 1)[0]
    if ":" in name or name in ("localhost", ".", "?") or name.startswith("127."):
        return None  # this computer (file:///C:/…, \\\\localhost\\c$, \\\\?\\C:\\…)
    return name, "@" in host


def opens_tenant_library(text: str) -> bool:
    """`\\\\contoso.sharepoint.com@SSL\\DavWWWRoot\\sites\\HR\\Shared Documents`: a folder of an
    organisation's SharePoint library by its WebDAV address, nothing else (a file in it, a
    program given it, another host are not this)."""
    t = text.strip()
    if len(t) > MAX_CHARS or not _TENANT_LIBRARY.fullmatch(t):
        return False
    return _EXTENSION_END.search(t) is None


# Windows' enrolment link into an organisation's device management (Intune and other MDMs):
# `ms-device-enrollment:?mode=mdm&username=first.last@company.example`, perhaps with the
# enrolment server's address. Windows opens its own "Set up a work or school account" page
# with the fields filled in; the username's domain picks the server that will manage the PC
# (its `enterpriseenrollment.<domain>` discovery). A company's help page hands out its own;
# a stranger's page handing one hands over the computer (engine: _own_enrolment).
_ENROLMENT = re.compile(r"(?i)ms-device-enrollment:\?([a-z0-9=&@%._\-:/]{1,600})")
_ENROLMENT_FIELDS = frozenset({"mode", "username", "servername"})
_ENROLMENT_MODES = frozenset({"mdm", "aadj"})
_MAILBOX_DOMAIN = re.compile(
    r"(?i)[a-z0-9._%+\-]{1,64}@([a-z0-9\-]{1,63}(?:\.[a-z0-9\-]{1,63}){1,8})"
)


def enrolment_domains(text: str) -> tuple[str, str] | None:
    """(the username's domain, the enrolment server's host or "") of a text that is one
    enrolment link and nothing else, whose fields are Windows' own (mode, username,
    servername), each once, the mode mdm or aadj and the server, when named, an https address
    by name; None for anything else (another field, a second link, a space, a quote)."""
    t = text.strip()
    if len(t) > MAX_CHARS:
        return None
    m = _ENROLMENT.fullmatch(t)
    if m is None:
        return None
    fields: dict[str, str] = {}
    for pair in m.group(1).split("&"):
        key, sep, value = pair.partition("=")
        key = key.lower()
        if not sep or key not in _ENROLMENT_FIELDS or key in fields or not value:
            return None
        fields[key] = value
    if fields.get("mode", "").lower() not in _ENROLMENT_MODES:
        return None
    mailbox = _MAILBOX_DOMAIN.fullmatch(fields.get("username", ""))
    if mailbox is None:
        return None
    server = ""
    if "servername" in fields:
        url = parse_url(fields["servername"])
        if url is None or url.scheme != "https" or not url.host or url.ip or url.userinfo:
            return None
        server = url.host.lower()
    return mailbox.group(1).lower(), server


def _option(token: str) -> bool:
    return len(token) > 1 and token[0] in "-/" and not token.startswith("//")


# A web address whose folder or file names have spaces in them, copied as shown rather than with
# %20 (`https://acme.sharepoint.com/sites/IT/Shared Documents`, `…/Shared Documents/HR/Leave
# Policy.pdf`): the browser opens it whole. Only plain words after it, a few, letters first,
# none a program's extension and none of a fake check's tail (`https://x/a.pdf Verification ID
# 4821.txt`, `… I am not a robot`), which stay a command.
_SPACED_WEB_ADDRESS = re.compile(r"(?i)https?://[a-z0-9.\-]+(?::\d{1,5})?/[^\s?#\"'<>]*")
# one http(s) address and nothing else, whose only characters a shell would read are the &
# and ; of its query (never | < > ^ or a backtick, never a space or a line break)
_ONE_WEB_ADDRESS = re.compile(
    r"(?i)https?://[a-z0-9.\-]{1,253}(?::\d{1,5})?(?:[/?#][^\s|<>^`\"']{0,4000})?"
)
# one link of a program that only talks (mail, a call, a meeting, a chat), whose only characters
# a shell would read are the & and ; of its query: `mailto:a@b.example?subject=Hi&body=…`,
# `zoommtg://zoom.us/join?confno=…&pwd=…`, `slack://channel?team=…&id=…`. The Run box hands it
# whole to the program that owns the scheme, and none of these runs what the link names (the
# schemes that install, import or run a file are not here: ms-appinstaller, search-ms,
# shortcuts, applescript, file)
_TALK_LINK = re.compile(
    r"(?i)(?:mailto|tel|callto|sip|sips|im|skype|zoommtg|zoomus|slack|msteams|ms-teams|webex"
    r"|webexteams|ciscospark|tg|whatsapp|signal|facetime|facetime-audio|sms|discord|element"
    r"|spotify):/{0,2}[a-z0-9@%+._~\-]{1,320}(?:[/?#][^\s|<>^`\"']{0,4000})?"
)
_PATH_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9()'_.,/\-]{0,60}")
_TAIL_WORD = re.compile(
    r"(?i)verif|robot|human|captcha|cloudflare|\bray\b|\bid\b|\bcode\b|check|confirm|"
    r"\bpress\b|\bpaste\b|\brun\b|\benter\b"
)


def _code_like(word: str) -> bool:
    """A one-time or device code (`FJ6CMNQ8R`, `R4TW-8NPQ`): capitals and digits mixed, no
    lower-case letter; folder names are words, years or Q4."""
    bare = word.replace("-", "")
    return (
        len(bare) >= 5
        and not any(c.islower() for c in bare)
        and any(c.isdigit() for c in bare)
        and any(c.isalpha() for c in bare)
    )


def _web_address_with_spaces(text: str, first: str) -> bool:
    if not _SPACED_WEB_ADDRESS.fullmatch(first) or first.endswith((":", ",", ";")):
        return False  # (`https://microsoft.com/devicelogin: FJ6CMNQ8R` is a label and a code)
    words = text[len(first) :].split()
    if not words or len(words) > 4 or not all(_PATH_WORD.fullmatch(w) for w in words):
        return False
    if any(_code_like(w) for w in words):
        return False
    rest = " ".join(words)
    ends = [w.rsplit("/", 1)[-1].lower() for w in (first, *words)]
    if any(w.lower().removesuffix(".exe") in COMMAND_PROGRAMS for w in words):
        return False  # (`https://x/y mshta`: a program's name is no folder's)
    return not _TAIL_WORD.search(rest) and not any(e.endswith(_RUNNABLE) for e in ends)


def run_box_shape(text: str) -> Shape:
    """Program, path, address or command: how a Run box would take this text."""
    t = text.strip()
    if not t:
        return Shape.EMPTY
    if len(t) > MAX_CHARS:
        return Shape.COMMAND
    if (
        _METACHARACTERS.search(t)
        and (_ONE_WEB_ADDRESS.fullmatch(t) or _TALK_LINK.fullmatch(t))
        and "$(" not in t
    ):
        # one web address whose query joins its fields with & or ; (a mail's tracking link,
        # `…watch?v=…&list=…`): the Run box and Explorer's bar hand it whole to the browser,
        # no shell reads its & (a program's name and anything after it are words, below)
        return Shape.URL
    if _METACHARACTERS.search(t):
        # Windows' own maintenance commands one after the other after `cmd /c` (above)
        if "&" in t and refreshes_this_computer(t):
            return Shape.REFRESH
        # ...or commands that only show this computer's settings after cmd, from any source
        # (`cmd /k ipconfig /all | findstr IPv4`, `cmd /c systeminfo & pause`)
        if shows_this_computer(t):
            return Shape.SHOW
        # ...or a console kept open in a folder here on a status query (`cmd /k cd /d C:\\src
        # && git status`, `cmd /k netstat -ano | more`), the steps apart from their `&&` and
        # `|`: typed only, like one of them alone
        if (
            ("&" in t or "|" in t)
            and _METACHARACTERS.search(t.replace("&", "").replace("|", "")) is None
            and shows_own_query(_TOKEN.findall(t))
        ):
            return Shape.QUERY
        return Shape.COMMAND
    if _SHELL_FOLDER.fullmatch(t):
        return Shape.URL  # shell:startup, shell:common startup
    if _NAMESPACE_PATH.fullmatch(t):
        return Shape.PATH
    tokens = _TOKEN.findall(t)
    if len(tokens) == 1:
        word = tokens[0].strip('"')
        if not word or " " in word.strip():
            if not (word and _PATH_START.match(word)):
                return Shape.COMMAND
            return _local_file_shape(word)
        if _PATH_START.match(word) or "\\" in word or "/" in word.split(":", 1)[-1]:
            if _runs_local_file(word):
                return _local_file_shape(word)
            if _URI.fullmatch(word) and not re.match(r"(?i)[a-z]:[\\/]", word):
                return Shape.URL
            return Shape.PATH
        if _URI.fullmatch(word) and not re.match(r"(?i)[a-z]:", word[:2]):
            return Shape.URL
        return Shape.PROGRAM
    if (
        opens_windows_page(tokens)
        or uses_own_tool(t, page_tools())
        or uses_own_tool(t, open_tools())
    ):
        return Shape.PROGRAM
    if connects_to_computer(tokens):
        return Shape.CONNECT
    if runs_as_other_user(tokens):
        return Shape.OPEN
    if opens_own_thing(tokens):
        return Shape.OPEN
    if uses_own_tool(t):
        return Shape.TOOL
    if refreshes_this_computer(t):
        return Shape.REFRESH
    if shows_this_computer(t):
        return Shape.SHOW
    if shows_own_query(tokens):
        return Shape.QUERY
    first = tokens[0].strip('"')
    if tokens[0] == first and _web_address_with_spaces(t, first):
        return Shape.URL
    address = "://" in first or bool(_SCHEME.match(first))
    if any(_option(tok) for tok in tokens[1:]) or address or "/" in first:
        return Shape.COMMAND
    if first.lower().endswith(_RUNNABLE) and _PATH_START.match(first):
        # a program by its path given words (`C:\Users\Public\x.exe go`, `%windir%\system32\
        # rundll32.exe C:\x.dll,Start`): one saved outside the program folders runs as a file
        # does; Windows' own that runs what it is given is a command by its path as by its name
        if _runs_local_file(first) or "\\..\\" in first:  # (a climb leaves the folder)
            return Shape.RUN_FILE
        in_system = _SYSTEM_PROGRAMS.match(first)
        name = first[in_system.end() :] if in_system else ""
        if "\\" not in name and name.lower().removesuffix(".exe") in COMMAND_PROGRAMS | {"mmc"}:
            return Shape.COMMAND
    if _PATH_START.match(t):  # C:\Program Files\Some App (a path with spaces, not quoted)
        # ...unless one of its words ends in a program's file name and more words follow
        # (`C:\Program Files\Some App\app.exe https://…`): the box finds the program word by
        # word and runs it with the rest as its arguments
        if _PROGRAM_THEN_WORDS.search(t):
            installed = _PROGRAM_FILES.match(t)
            if installed and opens_own_thing(
                [installed.group(2), *_TOKEN.findall(t[installed.end() :])]
            ):
                return Shape.OPEN  # C:\Program Files\Notepad++\notepad++.exe C:\logs\a.log
            return Shape.COMMAND
        return _local_file_shape(t)
    program = first.lower()
    if program in COMMAND_PROGRAMS or program.endswith(_RUNNABLE):
        return Shape.COMMAND
    if program.removesuffix(".exe") in COMMAND_PROGRAMS | {"mmc"}:
        return Shape.COMMAND  # mmc with any console but Windows' own (above) runs its scripts
    if any(_PATH_START.match(tok.strip('"')) or _URI.fullmatch(tok) for tok in tokens[1:]):
        return Shape.COMMAND  # a program given something to open: notepad C:\x, mspaint https://…
    if _FILE_NAME_END.search(tokens[-1]) and not tokens[-1].lower().endswith(_RUNNABLE):
        return Shape.PATH  # a file name with spaces: Quarterly report 2024.pdf
    return Shape.TEXT
