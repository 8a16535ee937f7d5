"""Copy in, then start: a file brought from another computer and started by a later command.

Whatever program brings it (copy, xcopy, robocopy, replace, extrac32, expand, esentutl, print /D:,
findstr with its output redirected, Copy-Item, scp, tftp, a browser told to --dump-dom), what it
does is the same: a file from a share, a WebDAV folder, a web address or
another computer lands on this one and a later command of the same text starts it. This reads
that act instead of a list of copy programs: the commands are split where the shell splits them,
each one that names a remote source gives the names of the files it writes (the source's own
name, the local files it names, what its output is redirected to), and a later command that runs
one of them (as the program, or through start, call, a script host or another runner) completes
it. A share on a single-label host (\\\\fileserver) or an internal domain (.corp, .local, .lan,
.internal) is the local network's, not a stranger's, and does not count. A name kept in a
variable first ($p = "$env:TEMP\\x.exe", p=/tmp/x, set p=%TEMP%\\x.exe) is the file it names
wherever the variable is used, and .NET's [IO.File]::Copy(from, to) is a copy like any other.

Pure string work, linear in the text, on at most MAX_TEXT characters of a few layers.
"""

from __future__ import annotations

import re
from collections.abc import Container

import re2

from app.detection.analysis import Analysis
from app.detection.occurs import occurs
from app.detection.signals import signal

MAX_TEXT = 8 * 1024  # characters of a layer read
MAX_COMMANDS = 64  # commands of a layer read
MAX_LAYERS = 4  # layers read (the text as written, normalised, decoded)

# Where the shells split a line into commands: cmd's & && || (and PowerShell's ; ), newlines.
_SPLIT = re.compile(r"&&|\|\||[&;\r\n]|\|")
_TOKEN = re.compile(r'"[^"\n]*"|\'[^\'\n]*\'|[^\s"\']+')
_UNC = re.compile(r"^\\\\(?:[?.]\\unc\\)?([^\\/\s]+)\\", re.I)
_URL = re.compile(r"(?:^|[:=])(?:https?|ftps?|webdavs?|rsync)://([^/\s\"']+)(/[^\s\"']*)?", re.I)
_SCP = re.compile(r"^(?:[^\s@/\\:]+@)?([a-z0-9][a-z0-9.\-]*|\[[0-9a-f:]+\]):(/?[^\s]*)$", re.I)
# what a text needs for this act: a network path, a web address, an scp source, a tftp GET, and
# a later command after a separator (RE2, one linear pass; most texts have none of the first)
_MAY_BRING = re2.compile(
    r"(?:\\\\|://|@[\w.\-]+:|[a-z0-9]\.[a-z0-9.\-]+:/|(?i:tftp))[^\n&;|]*[\n&;|]"
)
_IP = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
# a variable given a value (PowerShell's $p = …, a POSIX shell's p=…, cmd's set p=…), and a
# variable used ($p, ${p}, %p%, $env:p once set that way)
_ASSIGN = re.compile(r"^(?:set\s+|\$(?:env:)?)?([a-z_]\w{0,40})\s*=\s*(\S.*)$", re.I)
_USE = re.compile(r"\$\{(\w+)\}|\$(?:env:)?(\w+)|%(\w+)%")
MAX_VARIABLES = 32
# .NET's file copy and move, written as a method call: the same act as Copy-Item
_DOTNET_COPY = re.compile(r"\[(?:system\.)?io\.file\]::(?:copy|move)\s*\(([^()\n]{1,600})\)", re.I)
# labels of the names companies give their own networks (fs01.corp.example.com, nas.local)
_INTERNAL = frozenset({"corp", "local", "lan", "internal", "intra", "intranet", "home", "ad"})
# what a started file can be: programs, scripts, installers, libraries, shortcuts
RUNNABLE = frozenset(
    {"exe", "dll", "bat", "cmd", "com", "pif", "scr", "cpl", "vbs", "vbe", "js", "jse", "wsf",
     "wsh", "hta", "msi", "msp", "ps1", "psm1", "lnk", "jar", "xbap", "application", "appref-ms",
     "sh", "py", "pyw", "app", "pkg", "command", "elf", "bin", "run", "appimage"}
)  # fmt: skip
# programs that run the file they are given
RUNNERS = frozenset(
    {"start", "call", "cmd", "powershell", "pwsh", "start-process", "saps", "invoke-item", "ii",
     "mshta", "rundll32", "regsvr32", "wscript", "cscript", "msiexec", "explorer", "&", ".",
     "sh", "bash", "zsh", "python", "python3", "java", "javaw", "presentationhost", "open",
     "conhost", "forfiles", "pcalua", "installutil", "regasm", "regsvcs", "msbuild", "wmic",
     "schtasks", "runas", "nohup", "sudo", "exec", "source"}
)  # fmt: skip
# the ordinary downloaders: a web address they fetch and run is for the download rules, which
# know an installer's own ways (curl -fsSLO …/install.sh && sh install.sh); here only the copy
# programs, shares and other computers, and programs that are no downloaders (a browser's
# --dump-dom, a lock-screen helper) bring files from a web address
DOWNLOADERS = frozenset(
    {"curl", "wget", "wget2", "iwr", "irm", "invoke-webrequest", "invoke-restmethod", "aria2c",
     "start-bitstransfer", "bitsadmin", "certutil", "fetch", "http", "xh", "lwp-download"}
)  # fmt: skip
# programs that name another computer without bringing a file (only looked at, never a copy)
_NOT_COPIES = frozenset(
    {"ping", "nslookup", "tracert", "traceroute", "net", "ssh", "telnet", "echo", "rem", "start",
     "call", "explorer", "mshta", "rundll32", "regsvr32", "msiexec", "pushd", "cd", "dir", "ls",
     "git", "open", "presentationhost", "wscript", "cscript", "powershell", "pwsh", "cmd"}
)  # fmt: skip


def _plain(token: str) -> str:
    return token.strip("\"'()")


def _basename(path: str) -> str:
    path = _plain(path).split(",", 1)[0]  # rundll32 x.dll,Entry
    return path.replace("\\", "/").rsplit("/", 1)[-1].lower()  # after its last \\ or /


def _extension(name: str) -> str:
    return name.rsplit(".", 1)[1] if "." in name[1:] else ""


def _foreign(host: str) -> bool:
    """A computer outside the local network: an IP, a WebDAV address, a dotted public name."""
    host = host.lower().split("@", 1)[0].strip("[]")
    if host in ("localhost", "127.0.0.1", "::1", "?", ".", ""):
        return False
    if _IP.match(host) or ":" in host:
        return not host.startswith(("10.", "192.168.", "127."))
    labels = host.split(".")
    return len(labels) > 1 and not _INTERNAL.intersection(labels)


def _remote_source(token: str, program: str) -> str | None:
    """The remote path a token names, when it names one on a foreign computer."""
    raw = _plain(token)
    # (every _UNC match starts with two backslashes, every _URL match holds "://": most
    # words of a command are neither, and are not scanned)
    m = _UNC.match(raw) if raw.startswith("\\\\") else None
    if m:
        host = m.group(1)
        return raw if _foreign(host) or "@" in host else None
    m = _URL.search(raw) if "://" in raw else None
    if m:
        if program in DOWNLOADERS:
            return None  # their download-then-run rules judge these, installers' ways included
        return raw[m.start() :].lstrip(":=") if _foreign(m.group(1)) else None
    if program in ("scp", "pscp", "sftp", "rsync"):
        m = _SCP.match(raw)
        if m and _foreign(m.group(1)):
            return raw
    return None


def _written(tokens: list[str], source: str) -> set[str]:
    """Names of the files a command that reads `source` writes: the source's own name, the
    local files it names, what its output goes to (> file, /D:file, -o file)."""
    names = {_basename(source.rsplit(":", 1)[-1])}  # (an scp source is host:path)
    for i, token in enumerate(tokens[1:], 1):
        raw = _plain(token)
        if raw.startswith(">"):
            raw = raw.lstrip(">") or (_plain(tokens[i + 1]) if i + 1 < len(tokens) else "")
        elif raw[:3].lower() == "/d:":
            raw = raw[3:]
        elif (raw.startswith("/") and not _UNIX_PATH.match(raw)) or raw.startswith("-"):
            continue  # an option (cmd's /Y, -o), not a file
        elif _remote_source(raw, "") or "://" in raw:
            continue
        name = _basename(raw)
        if _extension(name) or "/" in raw:  # (a Unix path names a file with no extension)
            names.add(name)
    return {n for n in names if n}


# an absolute Unix path a copy writes to (/tmp/u.sh, /var/tmp/x/): two slashes at least, which
# none of cmd's switches (/Y, /D:file) has
_UNIX_PATH = re.compile(r"^/[\w.\-]+/[\w.\-/]*$")
# a file name a Unix program or script can have, and a command started by its own path
_UNIX_NAME = re.compile(r"^[\w.\-]{1,64}$")
_PATH_RUN = re.compile(r"^(?:\.{0,2}/|~/|\$home/|\$\{home\}/)[\w.\-/]*$", re.I)
# what starts a file that has no extension: a POSIX shell or interpreter given it, or its path
_POSIX_RUNNERS = frozenset(
    {"sh", "bash", "zsh", "dash", "ksh", "source", ".", "python", "python3", "perl", "nohup",
     "sudo", "exec"}
)  # fmt: skip


# Programs that start the command written after them, and their options that take a value
# (sudo -u root x, doas x, nohup x, exec x, setsid x, env A=1 x, nice -n 5 x): the command after
# them is what runs, not each of their words (sudo chmod +x /usr/local/bin/x runs chmod).
_PREFIXES = frozenset({"sudo", "doas", "nohup", "exec", "setsid", "env", "nice"})
_PREFIX_VALUES = frozenset({"-u", "-g", "-n", "-c", "-d", "-p", "-r", "-t", "-h", "--user",
                            "--group", "--adjustment", "--chdir"})  # fmt: skip
_ENV_ASSIGN = re.compile(r"^[a-z_]\w{0,40}=", re.I)
MAX_PREFIXES = 8
# a folder on the search path of a Unix shell (/usr/local/bin, ~/.local/bin, /opt/x/bin): a
# program copied there is started by its bare name (x version)
_BIN_DIR = re.compile(
    r"^(?:/usr(?:/local)?|/opt/[\w.\-]{1,64}|(?:~|\$home|\$\{home\}|/home/[\w.\-]{1,64}|/root)/\.local)?"
    r"/s?bin/([\w.\-]{1,64})$",
    re.I,
)


def _after_prefixes(tokens: list[str]) -> list[str]:
    """The command that sudo, nohup, exec, env … start: their words taken off."""
    for _ in range(MAX_PREFIXES):
        if not tokens or _basename(tokens[0]) not in _PREFIXES:
            return tokens
        i = 1
        while i < len(tokens):
            word = _plain(tokens[i]).lower()
            if word in _PREFIX_VALUES:
                i += 2
            elif word.startswith("-") or _ENV_ASSIGN.match(word):
                i += 1
            else:
                break
        tokens = tokens[i:]
    return tokens


def _starts(tokens: list[str], names: Container[str], on_path: Container[str] = ()) -> str | None:
    """The name among `names` that a command starts, if it starts one. A name with no
    extension (a Unix program or script) counts only when a POSIX shell, an interpreter or
    its own path (./p, /tmp/p) starts it, or its bare name when it was copied into a folder on
    the search path (`on_path`). Words of sudo, nohup, env … are not started; the command after
    them is."""
    tokens = _after_prefixes(tokens)
    if not tokens or not names:
        return None
    program = _basename(tokens[0])
    stem = program.removesuffix(".exe")
    if program in names and (
        _extension(program) or _PATH_RUN.match(_plain(tokens[0])) or program in on_path
    ):
        return program
    if stem in RUNNERS or program in RUNNERS:
        for token in tokens[1:]:
            name = _basename(token)
            if name in names and (_extension(name) or program in _POSIX_RUNNERS):
                return name
    return None


def _tftp_names(tokens: list[str]) -> set[str]:
    """tftp [-i] host GET source [destination]: the files it writes."""
    lowered = [_plain(t).lower() for t in tokens]
    if "get" not in lowered:
        return set()
    at = lowered.index("get")
    host = next((t for t in lowered[1:at] if not t.startswith("-")), "")
    if not _foreign(host):
        return set()
    return {_basename(t) for t in tokens[at + 1 : at + 3] if _basename(t)}


_WRAPPERS = frozenset({"cmd", "powershell", "pwsh", "conhost"})
_COMMAND_OPTIONS = frozenset({"/c", "/k", "/r", "-c", "-command", "-com", "-comm", "--headless"})


def _unwrapped(tokens: list[str]) -> list[str]:
    """The command a wrapper runs (cmd /c X, powershell -w h -c X, conhost --headless X)."""
    while tokens and _basename(tokens[0]).removesuffix(".exe") in _WRAPPERS:
        at = next((i for i, t in enumerate(tokens) if _plain(t).lower() in _COMMAND_OPTIONS), 0)
        if not at:
            return tokens
        tokens = tokens[at + 1 :]
        if tokens and tokens[0][:1] in "\"'" and " " in tokens[0]:  # cmd /c "copy … x.exe"
            tokens = _TOKEN.findall(tokens[0][1:-1]) + tokens[1:]
    return tokens


def _path_in(value: str) -> str | None:
    """The file a variable's value names: its last word with a file extension
    ("$env:TEMP\\x.exe", $env:TEMP + '\\x.exe', Join-Path $env:APPDATA svc.exe)."""
    named = [_plain(t) for t in _TOKEN.findall(value) if _extension(_basename(t))]
    return named[-1].strip("+") if named else None


def _with_values(command: str, values: dict[str, str]) -> str:
    """The command with the variables that hold a file's name written out."""
    if not values or ("$" not in command and "%" not in command):
        return command

    def value(m: re.Match[str]) -> str:
        name = (m.group(1) or m.group(2) or m.group(3)).lower()
        return values.get(name, m.group(0))

    return _USE.sub(value, command)


def _may_bring(text: str) -> bool:
    """What every _MAY_BRING match holds: two backslashes, ':/', '@' or 'tftp' in any case (a
    plain look costs less than the pattern's scan, and most texts have none)."""
    return "\\\\" in text or ":/" in text or "@" in text or "tftp" in text.lower()


def copies_in_then_runs(text: str) -> str | None:
    """Evidence that text brings a file from another computer and then starts it."""
    text = text[:MAX_TEXT]
    if not _may_bring(text) or not occurs(_MAY_BRING, text):
        return None
    if "::" in text:
        text = _DOTNET_COPY.sub(lambda m: "copy-item " + m.group(1).replace(",", " "), text)
    commands = [c.strip() for c in _SPLIT.split(text)[:MAX_COMMANDS]]
    brought: dict[str, str] = {}  # a runnable file's name -> where it was brought from
    values: dict[str, str] = {}  # a variable's name -> the file its value names
    on_path: set[str] = set()  # names written into a folder on the search path
    for command in commands:
        if not command:
            continue
        command = _with_values(command, values)
        assigned = _ASSIGN.match(command)
        if assigned:
            path = _path_in(assigned.group(2))
            if path and len(values) < MAX_VARIABLES:
                values[assigned.group(1).lower()] = path
            command = assigned.group(2)  # what is assigned may itself copy ($r = Copy-Item …)
        if brought:
            started = _starts(_TOKEN.findall(command), brought, on_path)
            if started:
                return f"brings {brought[started][:80]} to this computer and starts {started}"
        if not ("\\\\" in command or "://" in command or "@" in command or "tftp" in command):
            continue
        tokens = _unwrapped(_TOKEN.findall(command))
        program = _basename(tokens[0]).removesuffix(".exe") if tokens else ""
        if program in _NOT_COPIES:
            continue
        if program == "tftp":
            _note(brought, _tftp_names(tokens), "a TFTP server")
            continue
        if program in DOWNLOADERS and "\\\\" not in command:
            continue  # (_remote_source) a downloader's addresses are the download rules': no share
        for token in tokens[1:]:
            remote = _remote_source(token, program)
            if remote:
                _note(brought, _written(tokens, remote), remote)
                on_path.update(_on_path(tokens))
                break
    return None


def _on_path(tokens: list[str]) -> set[str]:
    """Names of the files a copy writes into a folder on the search path (-o /usr/local/bin/x)."""
    found = (_BIN_DIR.match(_plain(token)) for token in tokens[1:])
    return {m.group(1).lower() for m in found if m}


def _note(brought: dict[str, str], names: set[str], source: str) -> None:
    for name in names:
        # a runnable file, or one with no extension at all (Unix programs and scripts)
        if _extension(name) in RUNNABLE or (not _extension(name) and _UNIX_NAME.match(name)):
            brought.setdefault(name, source)


@signal("copies-in-then-runs")
def copies_in_then_runs_signal(a: Analysis) -> list[str]:
    found = a.first_reading(copies_in_then_runs, MAX_LAYERS)
    return [found] if found else []
