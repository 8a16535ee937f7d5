"""What the commands do, decided on their resolved names and arguments, not on their spelling."""

from __future__ import annotations

import enum

from app.detection.interpret.facts import Facts, Invocation
from app.detection.interpret.names import aliases_of

MAX_EVIDENCE = 4


class Behaviour(enum.Enum):
    DOWNLOADS = "downloads"
    RUNS_CODE = "runs code"
    RUNS_DOWNLOADED = "downloads and runs"
    LOADS_HIDDEN_SCRIPT = "makes the page run a script from an address it hides"
    HIDDEN_COMMAND = "runs a command it looks up or assembles"
    HIDDEN_ADDRESS = "fetches from an address it never writes out"
    PERSISTS = "persists"
    WEAKENS_PROTECTION = "weakens protection"
    SENDS_DATA = "sends data away"


DOWNLOADERS = frozenset(
    {
        "invoke-webrequest", "invoke-restmethod", "start-bitstransfer", "curl", "wget", "wget2",
        "bitsadmin", "certutil", "ftp", "tftp", "finger", "aria2c", "fetch", "lwp-download",
    }
)  # fmt: skip
RUNNERS = frozenset(
    {
        "invoke-expression", "start-process", "invoke-item", "invoke-command", "mshta", "rundll32",
        "regsvr32", "wscript", "cscript", "msiexec", "cmd", "powershell", "pwsh", "sh", "bash",
        "zsh", "dash", "ksh", "python", "python3", "perl", "ruby", "node", "osascript", "eval",
        "source", ".", "conhost", "pcalua", "forfiles", "wmic", "start", "call", "explorer",
        "cmstp", "msbuild", "installutil", "regasm", "regsvcs", "odbcconf",
        "syncappvpublishingserver", "function", "settimeout", "setinterval", "&",
    }
)  # fmt: skip
PERSISTERS = frozenset(
    {"schtasks", "register-scheduledtask", "new-service", "crontab", "launchctl", "at", "systemctl"}
)
LOLBINS = frozenset({"certutil", "bitsadmin", "mshta", "finger", "regsvr32", "rundll32", "msiexec"})
_FETCH_OR_RUN = DOWNLOADERS | RUNNERS | LOLBINS  # built once, not per command
RUN_KEY = "currentversion\\run"
WEB_MEMBERS = frozenset(
    {"downloadstring", "downloadfile", "downloaddata", "openread", "getstringasync",
     "net.webclient", "com:msxml2.xmlhttp", "com:winhttp.winhttprequest.5.1",
     "com:microsoft.xmlhttp",
     "com:msxml2.serverxmlhttp", "net.http.httpclient", "xmlhttprequest", "fetch", "$.get",
     "$.getscript", "$.ajax", "importscripts"}
)  # fmt: skip
RUN_MEMBERS = frozenset(
    {"reflection.assembly.load", "invokescript", "newscriptblock", "eval", "function",
     "com:wscript.shell", "com:shell.application", "shellexecute"}
)  # fmt: skip
# the web and run members whose name is a word a text would spell (not COM ProgIDs, not the JS
# words a page writes in other senses)
_SPELT_MEMBERS = frozenset(
    {"downloadstring", "downloadfile", "downloaddata", "openread", "getstringasync",
     "net.webclient", "net.http.httpclient", "reflection.assembly.load", "invokescript",
     "newscriptblock"}
)  # fmt: skip
WEAKEN_MEMBERS = frozenset({"amsiutils", "amsiinitfailed", "amsicontext", "amsiscanbuffer"})


def _url_in(args: tuple[str, ...]) -> bool:
    return any("://" in a or a.startswith("\\\\") for a in args)


def _lower(args: tuple[str, ...]) -> list[str]:
    return [a.lower() for a in args]


# The checks below lower-case a command's arguments only for the names that look at them:
# most invocations are of other commands, and their arguments can be long.


def _downloads(inv: Invocation) -> bool:
    if inv.name == "bitsadmin":
        return any("/transfer" in a or "/addfile" in a for a in _lower(inv.args))
    if inv.name == "certutil":
        args = _lower(inv.args)
        return any("urlcache" in a or "verifyctl" in a for a in args) and _url_in(inv.args)
    if inv.name == "finger":
        return any("@" in a for a in _lower(inv.args))
    return inv.name in DOWNLOADERS and (
        _url_in(inv.args) or inv.name.startswith("invoke-") or inv.name == "start-bitstransfer"
    )


def _runs(inv: Invocation) -> bool:
    if inv.name == "invoke-expression":
        return True
    if inv.name not in _RUN_ARG_NAMES:
        return inv.name in RUNNERS
    args = _lower(inv.args)
    if inv.name == "cmd":
        return any(a in ("/c", "/k", "/r") for a in args)
    if inv.name in (
        "sh",
        "bash",
        "zsh",
        "dash",
        "ksh",
        "python",
        "python3",
        "perl",
        "ruby",
        "node",
    ):
        return any(a in ("-c", "-e", "-") for a in args)
    if inv.name == "wmic":
        return "create" in args
    return inv.name in RUNNERS and inv.name not in ("cmd", "sh", "bash")


_RUN_ARG_NAMES = frozenset(
    {"cmd", "sh", "bash", "zsh", "dash", "ksh", "python", "python3", "perl", "ruby", "node", "wmic"}
)
_PERSIST_ARG_NAMES = frozenset(
    {
        "schtasks",
        "reg",
        "new-itemproperty",
        "set-itemproperty",
        "sp",
        "sc",
        "launchctl",
        "systemctl",
    }
)
_WEAKEN_NAMES = frozenset(
    {"set-mppreference", "add-mppreference", "netsh", "set-netfirewallprofile", "xattr", "spctl",
     "vssadmin", "wevtutil", "bcdedit"}
)  # fmt: skip
_SEND_NAMES = frozenset({"invoke-webrequest", "invoke-restmethod", "curl", "wget"})


def _persists(inv: Invocation) -> bool:
    if inv.name not in _PERSIST_ARG_NAMES:
        return inv.name in PERSISTERS
    args = _lower(inv.args)
    joined = " ".join(args)
    if inv.name == "schtasks":
        return "/create" in args
    if inv.name in ("reg", "new-itemproperty", "set-itemproperty", "sp"):
        return RUN_KEY in joined
    if inv.name == "sc":
        return "create" in args
    if inv.name == "launchctl":
        return any(a in ("load", "bootstrap", "submit") for a in args)
    if inv.name == "systemctl":
        return "enable" in args
    return inv.name in PERSISTERS and inv.name not in ("launchctl", "systemctl")


def _weakens(inv: Invocation) -> bool:
    if inv.name not in _WEAKEN_NAMES:
        return False
    args = _lower(inv.args)
    joined = " ".join(args)
    if inv.name == "set-mppreference":
        return "-disable" in joined or ("$true" in joined and "disable" in joined)
    if inv.name == "add-mppreference":
        return "-exclusion" in joined
    if inv.name == "netsh":
        return "firewall" in joined and ("off" in args or "disable" in args)
    if inv.name == "set-netfirewallprofile":
        return "false" in joined
    if inv.name == "xattr":
        return "com.apple.quarantine" in joined
    if inv.name == "spctl":
        return "--master-disable" in args or "--global-disable" in args
    if inv.name == "vssadmin":
        return "delete" in args
    if inv.name == "wevtutil":
        return "cl" in args or "clear-log" in args
    if inv.name == "bcdedit":
        return "recoveryenabled" in joined
    return False


def _sends(inv: Invocation) -> bool:
    if inv.name not in _SEND_NAMES:
        return inv.name == "send-mailmessage"
    args = _lower(inv.args)
    if inv.name in ("invoke-webrequest", "invoke-restmethod"):
        # a file from this computer, not a form's literal fields
        return any(a in ("-infile", "-inf", "-in") for a in args)
    if inv.name == "curl":
        return any(
            a.startswith(("-d", "--data", "-f", "--form", "-t", "--upload-file")) for a in args
        ) and any(a.startswith("@") or "@" in a for a in args)
    if inv.name == "wget":
        return any(a.startswith(("--post-file", "--body-file")) for a in args)
    return inv.name == "send-mailmessage"


# members whose written form is not their name: `[Reflection.Assembly]::LoadFrom(...)` spells
# reflection.assembly.load out as plainly as a text can (an admin's own DLL loaded by path)
_MEMBER_SPELLINGS = {
    "reflection.assembly.load": (
        "reflection.assembly]::load", "reflection.assembly]::loadfrom",
        "reflection.assembly]::loadfile",
    ),
}  # fmt: skip


def _written_out(name: str, source: str) -> bool:
    """Whether the text spells the command (or one of its aliases) out as a word anywhere."""
    for spelling in {name, *aliases_of(name), *_MEMBER_SPELLINGS.get(name, ())}:
        if not spelling:
            continue
        at = source.find(spelling)
        while at >= 0:
            before = source[at - 1 : at]
            after = source[at + len(spelling) : at + len(spelling) + 1]
            if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
                return True
            at = source.find(spelling, at + 1)
    return False


def _hidden_addresses(facts: Facts, fetching: list[Invocation]) -> list[str]:
    """URLs the commands fetch (and run) that the text never writes out (`fetching`: the
    invocations that download, in order)."""
    urls = [*facts.remote_code]
    for inv in fetching:
        urls.extend(a for a in inv.args if "://" in a)
    out = []
    for url in urls:
        core = url.lower().split("://", 1)[-1].rstrip("/")
        if core and not _written_up_to_owner(url.lower(), core, facts.source):
            out.append(url)
    return out


def _written_up_to_owner(url: str, core: str, source: str) -> bool:
    """Whether the text writes the address out as far as who serves it: its scheme, host and,
    when more follows, its first path segment (the account on a forge or a bucket), in one
    piece. A release tag or file name put in from a variable (`releases/download/v$v/`) hides
    no one; a host, an account or the address's own punctuation put together from pieces do."""
    if core in source:
        return True
    host, _, path = core.partition("/")
    first, sep, rest = path.partition("/")
    need = len(host) + 1 + (len(first) + 1 if sep and rest else 0)
    prefix = url[: len(url) - len(core)] + core[:need]
    return bool(path) and "://" in prefix and prefix in source


OUTPUT_FLAGS = ("-o", "--output", "-outfile", "-destination", "-O")


def _bundled_output_flag(arg: str) -> bool:
    """curl's and wget's short flags written together, the last one taking the file:
    -sLo FILE, -qO FILE."""
    return len(arg) > 2 and arg[0] == "-" and arg[1:].isalpha() and arg[-1] in "oO"


def _output_files(fetching: list[Invocation]) -> list[str]:
    """Files a download command writes (curl -o X, wget -O X, certutil ... X, bitsadmin ... X);
    `fetching`: the invocations that download, in order."""
    out: list[str] = []
    for inv in fetching:
        args = list(inv.args)
        fetcher = inv.name in ("curl", "wget")
        for i, arg in enumerate(args):
            if fetcher and arg.startswith(("--output=", "--output-document=")):
                out.append(arg.split("=", 1)[1])  # --output=FILE
            elif i + 1 < len(args) and (
                arg in OUTPUT_FLAGS
                or arg.lower() in OUTPUT_FLAGS
                or (fetcher and arg == "--output-document")
                or (fetcher and _bundled_output_flag(arg))
            ):
                out.append(args[i + 1])
        if inv.name in ("certutil", "bitsadmin") and args and "://" not in args[-1]:
            out.append(args[-1])
    return out


def _show(inv: Invocation) -> str:
    shown = " ".join(a for a in inv.args[:3] if a)
    return f"{inv.name} {shown}".strip()[:120]


def behaviours(facts: Facts) -> dict[Behaviour, list[str]]:
    """Each behaviour the commands show, with a few lines of evidence."""
    found: dict[Behaviour, list[str]] = {}

    def add(kind: Behaviour, evidence: str) -> None:
        bucket = found.setdefault(kind, [])
        if evidence not in bucket and len(bucket) < MAX_EVIDENCE:
            bucket.append(evidence)

    # each check once per invocation (the loops below ask again), and each command's name
    # looked for in the text once however often it runs
    fetching: list[Invocation] = []
    running: list[Invocation] = []
    written: dict[str, bool] = {}
    for inv in facts.invocations:
        downloads = _downloads(inv)
        runs = _runs(inv)
        weakens = _weakens(inv)
        if downloads:
            fetching.append(inv)
            add(Behaviour.DOWNLOADS, _show(inv))
        if runs:
            running.append(inv)
            add(Behaviour.RUNS_CODE, _show(inv))
        if _persists(inv):
            add(Behaviour.PERSISTS, _show(inv))
        if weakens:
            add(Behaviour.WEAKENS_PROTECTION, _show(inv))
        if _sends(inv):
            add(Behaviour.SENDS_DATA, _show(inv))
        if inv.own_shell or not (downloads or runs or weakens or inv.name in _FETCH_OR_RUN):
            continue  # not _dangerous(inv), or the user's own shell
        if inv.name in facts.aliased:
            add(Behaviour.HIDDEN_COMMAND, inv.name)
            continue
        spelt = written.get(inv.name)
        if spelt is None:
            spelt = written[inv.name] = _written_out(inv.name, facts.source)
        if not spelt:
            add(Behaviour.HIDDEN_COMMAND, inv.name)
    members = facts.members
    for member in sorted(members & WEB_MEMBERS):
        add(Behaviour.DOWNLOADS, member)
    for member in sorted(facts.hidden_members & (WEB_MEMBERS | RUN_MEMBERS | {"downloadfile"})):
        add(Behaviour.HIDDEN_COMMAND, member)
    for member in sorted(members & _SPELT_MEMBERS):
        # a web or run member that only a reading shows ('Downlo%adString' made whole by a
        # .Replace, a string split and joined, then run): the text never spells it
        if member not in facts.hidden_members and not _written_out(member, facts.source):
            add(Behaviour.HIDDEN_COMMAND, member)
    for member in sorted(members & RUN_MEMBERS):
        add(Behaviour.RUNS_CODE, member)
    for member in sorted(members & WEAKEN_MEMBERS):
        add(Behaviour.WEAKENS_PROTECTION, member)
    if any(m.startswith("upload") for m in members):
        add(Behaviour.SENDS_DATA, "upload")
    for url in facts.remote_code:
        add(Behaviour.RUNS_DOWNLOADED, url or "a downloaded script")
    for url in _hidden_addresses(facts, fetching):
        add(Behaviour.HIDDEN_ADDRESS, url)
    hidden_loader = any(i.hidden and i.shell == "js" for i in facts.invocations)
    for url in facts.remote_script:
        if hidden_loader or (url and url.lower() not in facts.source):
            add(Behaviour.LOADS_HIDDEN_SCRIPT, url or "a script from elsewhere")
    for path in [*facts.downloaded_files, *_output_files(fetching)]:
        base = path.replace("/", "\\").rsplit("\\", 1)[-1].lower()
        stem = base.rsplit(".", 1)[0]
        if base and (
            any(inv.name == stem for inv in facts.invocations)
            or any(any(base in a.lower() for a in inv.args) for inv in running)
        ):
            add(Behaviour.RUNS_DOWNLOADED, path)
    return found
