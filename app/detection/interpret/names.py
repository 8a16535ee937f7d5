"""What a Windows shell resolves a name against: aliases, cmdlets, and the programs on disk.

The lists are data (resources/names/); this module loads them once and answers PowerShell
wildcard queries (`i*x`, `*stM*`, `c??l.e*`, `[a-c]md`) the way `Get-Alias`, `Get-Command` and
`Get-ChildItem` would on a stock machine.
"""

from __future__ import annotations

import fnmatch
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.detection.rules import default_rules_dir

MAX_PATTERN = 128  # characters of one wildcard pattern
MAX_MATCHES = 64
# Extensions Get-Command and cmd.exe treat as runnable (PATHEXT plus what they list).
RUNNABLE = (
    ".exe",
    ".com",
    ".bat",
    ".cmd",
    ".vbs",
    ".vbe",
    ".js",
    ".jse",
    ".wsf",
    ".wsh",
    ".msc",
    ".cpl",
)
# Folders on the default PATH, searched in this order.
PATH_DIRS = (
    "c:\\windows\\system32",
    "c:\\windows",
    "c:\\windows\\system32\\wbem",
    "c:\\windows\\system32\\windowspowershell\\v1.0",
    "c:\\windows\\system32\\openssh",
)
# When a wildcard matches several commands, the one an attacker meant is the one that runs or
# fetches something: a stock machine has fewer commands than our union of versions and modules.
PREFERRED = (
    "invoke-expression",
    "invoke-restmethod",
    "invoke-webrequest",
    "new-object",
    "start-process",
    "invoke-item",
    "invoke-command",
    "start-bitstransfer",
    "set-mppreference",
    "add-mppreference",
    "get-childitem",
)


def names_dir() -> Path:
    return default_rules_dir().parent / "names"


def _lines(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return []
    return [x.strip() for x in text.splitlines() if x.strip() and not x.lstrip().startswith("#")]


@dataclass(frozen=True)
class Names:
    aliases: dict[str, str]  # lower-case alias -> command as written in the list
    cmdlets: dict[str, str]  # lower-case name -> name
    tree: dict[str, dict[str, bool]]  # lower-case folder -> {lower-case entry: is_folder}
    display: dict[str, str]  # lower-case full path -> path as written

    def alias(self, name: str) -> str | None:
        return self.aliases.get(name.lower())

    def canonical(self, name: str) -> str:
        """The command a name stands for: aliases followed, program paths cut to the file name."""
        low = name.lower().strip()
        seen = 0
        while low in self.aliases and seen < 4:
            low = self.aliases[low].lower()
            seen += 1
        if "\\" in low or "/" in low:
            low = low.replace("/", "\\").rsplit("\\", 1)[-1]
        return self.cmdlets.get(low, low)

    def applications(self) -> list[str]:
        out: list[str] = []
        for folder in PATH_DIRS:
            for entry, is_folder in self.tree.get(folder, {}).items():
                if not is_folder and entry.endswith(RUNNABLE):
                    out.append(entry)
        return out


@functools.cache
def load_names() -> Names:
    folder = names_dir()
    aliases: dict[str, str] = {}
    for line in _lines(folder / "powershell_aliases.tsv"):
        alias, _, target = line.partition("\t")
        if alias and target:
            aliases[alias.strip().lower()] = target.strip()
    cmdlets = {x.lower(): x for x in _lines(folder / "powershell_cmdlets.txt")}
    tree: dict[str, dict[str, bool]] = {}
    display: dict[str, str] = {}
    current: dict[str, bool] | None = None
    current_path = ""
    for line in _lines(folder / "windows_tree.txt"):
        if line.startswith("[") and line.endswith("]"):
            current_path = line[1:-1].rstrip("\\")
            current = tree.setdefault(current_path.lower(), {})
            display.setdefault(current_path.lower(), current_path)
            continue
        if current is None:
            continue
        entries = [line] if line.count("\\") == 1 and line.endswith("\\") else line.split()
        for entry in entries:
            is_folder = entry.endswith("\\")
            name = entry.rstrip("\\")
            current[name.lower()] = is_folder
            full = f"{current_path}\\{name}"
            display.setdefault(full.lower(), full)
    return Names(aliases, cmdlets, tree, display)


@functools.lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str] | None:
    """A wildcard as a regular expression, through fnmatch's translation, which is built to
    avoid backtracking blow-ups (each `*` becomes an atomic lookahead group)."""
    if "`" in pattern:
        return None  # escapes: the slower exact matcher below handles them
    try:
        return re.compile(fnmatch.translate(pattern.lower()[:MAX_PATTERN]), re.S)
    except re.error:
        return None


def _fast(pattern: str) -> Callable[[str], bool]:
    compiled = _compiled(pattern)
    if compiled is None:
        return lambda name: wildcard(pattern, name)
    return lambda name: compiled.match(name.lower()[:MAX_PATTERN]) is not None


def wildcard(pattern: str, name: str) -> bool:
    """PowerShell wildcard match, case-insensitive: `*`, `?`, `[set]`, `[a-z]`, backtick escape.

    Dynamic programming over (pattern, name): O(len(pattern) * len(name)), both bounded.
    """
    p = _tokens(pattern.lower()[:MAX_PATTERN])
    s = name.lower()[:MAX_PATTERN]
    reach = [True] + [False] * len(s)  # reach[j]: pattern so far matches s[:j]
    for kind, value in p:
        if kind == "*":
            for j in range(1, len(s) + 1):
                reach[j] = reach[j] or reach[j - 1]
            continue
        nxt = [False] * (len(s) + 1)
        for j in range(1, len(s) + 1):
            if reach[j - 1] and _one(kind, value, s[j - 1]):
                nxt[j] = True
        reach = nxt
        if not any(reach):
            return False
    return reach[len(s)]


def _one(kind: str, value: str, c: str) -> bool:
    if kind == "?":
        return True
    if kind == "c":
        return c == value
    # a set: pairs of (lo, hi)
    return any(value[i] <= c <= value[i + 1] for i in range(0, len(value) - 1, 2))


def _tokens(pattern: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "`" and i + 1 < len(pattern):
            out.append(("c", pattern[i + 1]))
            i += 2
            continue
        if c == "*":
            if not out or out[-1][0] != "*":
                out.append(("*", ""))
        elif c == "?":
            out.append(("?", ""))
        elif c == "[" and pattern.find("]", i + 2) > 0:
            end = pattern.find("]", i + 2)
            body = pattern[i + 1 : end]
            ranges = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == "-":
                    ranges.append(body[k] + body[k + 2])
                    k += 3
                else:
                    ranges.append(body[k] * 2)
                    k += 1
            out.append(("[", "".join(ranges)))
            i = end + 1
            continue
        else:
            out.append(("c", c))
        i += 1
    return out


def aliases_of(name: str) -> list[str]:
    """The aliases that stand for a command (lower-case): iex for invoke-expression."""
    return list(_aliases_by_command().get(name.lower(), ()))


@functools.cache
def _aliases_by_command() -> dict[str, list[str]]:
    """Each command's aliases in the list's order: a lookup per command, not a scan of all."""
    out: dict[str, list[str]] = {}
    for alias, target in load_names().aliases.items():
        out.setdefault(target.lower(), []).append(alias)
    return out


def has_wildcard(text: str) -> bool:
    return any(c in text for c in "*?[")


def _pick(matches: list[str]) -> list[str]:
    def rank(name: str) -> tuple[int, str]:
        low = name.lower()
        return (PREFERRED.index(low) if low in PREFERRED else len(PREFERRED), low)

    return sorted(dict.fromkeys(matches), key=rank)[:MAX_MATCHES]


@functools.lru_cache(maxsize=512)
def match_aliases(pattern: str) -> list[str]:
    """Aliases `Get-Alias pattern` lists, best guess first; each as its command's name."""
    names = load_names()
    test = _fast(pattern)
    hits = [target for alias, target in names.aliases.items() if test(alias)]
    return _pick([names.canonical(t) for t in hits])


@functools.lru_cache(maxsize=512)
def match_commands(pattern: str) -> list[str]:
    """Commands `Get-Command pattern` lists: cmdlets, aliases (as their command), programs."""
    names = load_names()
    if not has_wildcard(pattern):
        low = pattern.lower()
        if low in names.aliases or low in names.cmdlets:
            return [names.canonical(low)]
        apps = names.applications()
        for ext in ("", *RUNNABLE):
            if low + ext in apps:
                return [low + ext]
        return []
    test = _fast(pattern)
    hits = [n for low, n in names.cmdlets.items() if test(low)]
    hits += [names.canonical(a) for a in names.aliases if test(a)]
    hits += [app for app in names.applications() if test(app)]
    return _pick(hits)


@functools.lru_cache(maxsize=256)
def match_paths(pattern: str, cwd: str = "c:\\windows\\system32") -> list[str]:
    """Files and folders a wildcard path names on a stock Windows (`\\W*\\*32\\c??l.e*`)."""
    names = load_names()
    path = pattern.replace("/", "\\").strip().strip("'\"")
    if len(path) > 2 and path[1] == ":":
        base, rest = path[:2].lower(), path[2:]
    elif path.startswith("\\"):
        base, rest = cwd[:2], path
    else:
        base, rest = cwd, "\\" + path
    parts = [x for x in rest.split("\\") if x and x != "."]
    current = [base]
    for i, part in enumerate(parts):
        nxt: list[str] = []
        last = i == len(parts) - 1
        for folder in current:
            if part == "..":
                nxt.append(folder.rsplit("\\", 1)[0] if "\\" in folder else folder)
                continue
            test = _fast(part)
            for entry, is_folder in names.tree.get(folder, {}).items():
                if (is_folder or last) and test(entry):
                    nxt.append(f"{folder}\\{entry}")
        current = nxt[:MAX_MATCHES]
        if not current:
            return []
    return [names.display.get(p, p) for p in current]
