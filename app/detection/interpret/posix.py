"""Read a POSIX shell command the way sh/bash will: quotes, escapes, variables, pipelines.

Parsed with the tree-sitter bash grammar. Words are evaluated as the shell would expand them
(`c""url`, `c\\url`, `$'\\x63url'`, `a=cu;b=rl;$a$b`, `${v:0:2}`, `${v//x/y}`), and the few
commands attackers use to unwrap a payload are modelled on their input: echo, printf, base64
-d, xxd -r -p, rev. A download piped into a shell, given to `sh -c "$(...)"`, `bash <(...)` or
`eval` is code fetched and run. Spellings that only the shell's own expansions undo read as
the shell reads them: a program path written as a glob (`/???/?as?` is /bin/bash), brace
expansion instead of spaces (`{curl,-s,URL}`), an empty `$@` or unset `${x}` inside a name
(`cu$@rl`), zsh's `=(…)` process substitution. Nothing is run or fetched.
"""

from __future__ import annotations

import fnmatch
import logging
import re

from tree_sitter import Node, Tree

from app.detection.interpret import values
from app.detection.interpret.budget import (
    MAX_DEPTH,
    MAX_NESTED_CODE,
    MAX_STRING,
    Budget,
    OutOfBudget,
)
from app.detection.interpret.facts import Facts
from app.detection.interpret.grammar import PARSE_MS, parse, text_of
from app.detection.interpret.objects import Remote

log = logging.getLogger(__name__)
MAX_SPANS = 4096
SHELLS = ("sh", "bash", "zsh", "dash", "ksh", "ash", "busybox")
INTERPRETERS = {
    "python": "-c",
    "python3": "-c",
    "perl": "-e",
    "ruby": "-e",
    "node": "-e",
    "php": "-r",
}
DOWNLOADERS = ("curl", "wget", "fetch")
_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{1,2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|.)", re.S)
_SIMPLE_ESCAPES = {
    "n": "\n",
    "t": "\t",
    "r": "\r",
    "a": "\a",
    "b": "\b",
    "e": "\x1b",
    "f": "\f",
    "v": "\v",
}

# A stand-in user's environment, so that letters cut out of $HOME or $PATH read as they would.
POSIX_ENV = {
    "HOME": "/home/user",
    "USER": "user",
    "LOGNAME": "user",
    "SHELL": "/bin/bash",
    "PATH": "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin",
    "PWD": "/home/user",
    "TMPDIR": "/tmp",
    "IFS": " ",
}

# The command name written as the user's login shell alone: $SHELL, ${SHELL}, "${SHELL}"
_LOGIN_SHELL = re.compile(r'(["\']?)\$(?:SHELL|\{SHELL\})\1')
_EMPTY_PARAMETERS = frozenset({"@", "*", *"123456789"})
_IFS_SPLIT = re.compile(r"\S\s+\S")

Out = str | Remote | None  # what a word or a command's output is: text, fetched content, unknown


def c_escapes(text: str) -> str:
    """$'...' and `echo -e`/printf escapes: \\x63, \\143, \\u0063, \\n ..."""

    def sub(m: re.Match[str]) -> str:
        e = m.group(1)
        try:
            if e[0] in "xuU" and len(e) > 1:
                return chr(int(e[1:], 16))
            if e[0] in "01234567":
                return chr(int(e, 8) & 0xFF)
        except ValueError:
            return m.group(0)
        return _SIMPLE_ESCAPES.get(e, e)

    return _ESCAPE.sub(sub, text) if "\\" in text else text


def _unescape_word(text: str) -> str:
    """Backslash outside quotes keeps the next character and is itself removed."""
    return re.sub(r"\\(.)", r"\1", text, flags=re.S) if "\\" in text else text


# Where programs live on Linux and macOS: a glob written for a program path (/???/?as?) is
# matched against these, as the shell would match it against the disk. Only what a lure would
# name; a glob matching none of them stays as written.
_PROGRAM_DIRS = ("/bin", "/sbin", "/usr/bin", "/usr/sbin", "/usr/local/bin", "/opt/homebrew/bin")
_PROGRAMS = (
    "sh", "bash", "zsh", "dash", "ksh", "ash", "busybox", "curl", "wget", "python", "python3",
    "perl", "ruby", "node", "php", "osascript", "nc", "ncat", "base64", "openssl", "xxd", "env",
    "sudo", "chmod", "cat", "echo", "printf", "rm", "tee", "nohup", "eval", "finger", "socat",
)  # fmt: skip
_PROGRAM_PATHS = tuple(sorted(f"{d}/{p}" for d in _PROGRAM_DIRS for p in _PROGRAMS))
_GLOB_CHARS = re.compile(r"[?*\[]")
MAX_GLOB = 64  # characters of a glob worth matching
# a word with a brace expansion ({curl,-s,URL}, cu{r,}l), not ${var} and not inside quotes
_BRACE_WORD = re.compile(
    r"(?<![\w$\\\"'{}])([^\s|;&<>(){}\"'$`]{0,64})"
    r"\{([^{}\s\"'$`]{0,256},[^{}\s\"'$`]{0,256})\}([^\s|;&<>()\"'$`]{0,64})"
)
MAX_BRACE_WORDS = 32
# zsh's =(…) (a file holding a command's output) where a word starts: read as bash's <(…)
_ZSH_EQUALS = re.compile(rb"(?:^|(?<=[\s;|&]))=\(")


def glob_program(word: str) -> str | None:
    """The program path a glob names, as the shell would pick it (the first match in sorted
    order, the others then being its arguments); None when it names none of the known ones."""
    if not word.startswith("/") or len(word) > MAX_GLOB or not _GLOB_CHARS.search(word):
        return None
    parts = word.split("/")
    for path in _PROGRAM_PATHS:
        names = path.split("/")
        if len(names) == len(parts) and all(
            fnmatch.fnmatchcase(n, p) for n, p in zip(names, parts, strict=True)
        ):
            return path
    return None


def expand_braces(text: str) -> str | None:
    """The text with each unquoted brace expansion spelled out as the words it makes
    ({curl,-s,URL}|{bash,} -> curl -s URL|bash ); None when there is none."""
    if "{" not in text or "," not in text:
        return None
    count = 0

    def sub(m: re.Match[str]) -> str:
        nonlocal count
        alternatives = m.group(2).split(",")
        count += len(alternatives)
        if count > MAX_BRACE_WORDS:
            return m.group(0)
        words = (m.group(1) + a + m.group(3) for a in alternatives)
        return " ".join(w for w in words if w) + " "

    out = _BRACE_WORD.sub(sub, text)
    return out if out != text else None


class _Shell:
    def __init__(self, facts: Facts, budget: Budget, nesting: int) -> None:
        self.facts = facts
        self.budget = budget
        self.nesting = nesting
        self.vars: dict[str, str] = dict(POSIX_ENV)
        self.fetched: dict[str, Remote] = {}  # variables holding what a download printed
        self.spans: dict[tuple[int, int], str] = {}
        self.data = b""
        self.depth = 0

    def run(self, text: str) -> str | None:
        expanded = expand_braces(text)
        if expanded is not None:  # the words the braces make are read as a text of their own
            self.run_code(expanded)
        parsed = parse("bash", text, self.budget.remaining_ms(PARSE_MS))
        if parsed is None:
            self.facts.complete = False
            return None
        tree, self.data = parsed
        if b"=(" in self.data:
            # zsh's =(…) is <(…) in a file: the same length, so every span stays where it was
            tree, self.data = self.zsh_equals(tree, text)
        try:
            self.exec(tree.root_node, None)
        except (OutOfBudget, RecursionError):
            self.facts.complete = False
        except Exception:
            if self.budget.strict:
                raise
            log.debug("shell evaluation stopped", exc_info=True)
            self.facts.complete = False
        return self.render()

    def zsh_equals(self, tree: Tree, text: str) -> tuple[Tree, bytes]:
        data = _ZSH_EQUALS.sub(b"<(", self.data)
        if data == self.data:
            return tree, self.data
        parsed = parse("bash", data.decode("utf-8", "replace"), self.budget.remaining_ms())
        return parsed if parsed is not None else (tree, self.data)

    # -- statements -------------------------------------------------------------------------

    def exec(self, node: Node, stdin: Out) -> Out:
        self.budget.tick()
        if self.depth > MAX_DEPTH:
            self.facts.complete = False
            return None
        self.depth += 1
        try:
            return self.statement(node, stdin)
        finally:
            self.depth -= 1

    def statement(self, node: Node, stdin: Out) -> Out:
        kind = node.type
        if kind == "variable_assignment":
            self.assign(node)
            return None
        if kind == "declaration_command":
            for child in node.named_children:
                if child.type == "variable_assignment":
                    self.assign(child)
            return None
        if kind == "command":
            return self.command(node, stdin)
        if kind == "pipeline":
            out: Out = stdin
            for child in node.named_children:
                out = self.exec(child, out)
            return out
        if kind in ("function_definition", "comment", "heredoc_body"):
            return None
        if kind == "redirected_statement":
            body = node.child_by_field_name("body") or (
                node.named_children[0] if node.named_children else None
            )
            return self.exec(body, stdin) if body is not None else None
        out = None
        for child in node.named_children:
            out = self.exec(child, stdin)
        return out

    def assign(self, node: Node) -> None:
        name_node = node.child_by_field_name("name")
        value_node = node.child_by_field_name("value")
        if name_node is None:
            return
        value = self.word(value_node) if value_node is not None else ""
        name = text_of(name_node, self.data)
        if isinstance(value, str):
            self.vars[name] = value[:MAX_STRING]
            self.fetched.pop(name, None)
        elif isinstance(value, Remote):  # X=$(curl …); eval "$X"
            self.fetched[name] = value

    # -- words ------------------------------------------------------------------------------

    def word(self, node: Node) -> Out:
        self.budget.tick()
        kind = node.type
        raw = text_of(node, self.data)
        value: Out
        if kind == "word":
            value = _unescape_word(raw)
            if value.startswith("/"):
                value = glob_program(value) or value
        elif kind == "number":
            value = raw
        elif kind == "raw_string":
            value = raw[1:-1]
        elif kind == "ansi_c_string":
            value = c_escapes(raw[2:-1])
        elif kind in ("string", "translated_string"):
            value = self.string(node)
        elif kind == "concatenation":
            children = [c for c in node.children if c.type not in ('"',)]
            parts = [self.word(c) for c in children]
            for i, part in enumerate(parts):
                if part is None and self.inserted_empty(children, i):
                    parts[i] = ""
            value = (
                None
                if any(not isinstance(p, str) for p in parts)
                else "".join(str(p) for p in parts)
            )
        elif kind == "simple_expansion":
            name = raw.lstrip("$")
            # a pasted line has no positional parameters: $@, $* and $1… are empty (the
            # grammar reads `$@tps` as one name; the shell reads $@ and then `tps`)
            value = (
                name[1:]
                if name[:1] in _EMPTY_PARAMETERS
                else self.vars.get(name, self.fetched.get(name))
            )
        elif kind == "expansion":
            value = self.expansion(node)
        elif kind in ("command_substitution", "process_substitution"):
            inner = [c for c in node.named_children]
            empty = kind == "command_substitution" and not raw.strip("$()` \t")
            value = "" if empty else None  # cur$()l: an empty command prints nothing
            for child in inner if not empty else ():
                value = self.exec(child, None)
        else:
            value = raw
        if kind == "concatenation" and isinstance(value, str) and value.startswith("/"):
            value = glob_program(value) or value  # /bin/ba[s]h, the grammar's pieces joined
        if isinstance(value, str) and value != raw and len(value) <= 8192:
            # a quoted string with nothing to expand or unescape ("…" or '…') reads as written:
            # quoting it again would only make a copy of the text that differs in its quotes
            literal = kind in ("string", "raw_string") and raw[1:-1] == value
            if not literal:
                self.spans.setdefault((node.start_byte, node.end_byte), _quote(value))
        return value

    def inserted_empty(self, children: list[Node], i: int) -> bool:
        """Whether part i of a word is a variable never set, between two letters (ba${x}sh,
        ht$Xtps): the shell makes it empty, so the word reads as its letters joined."""
        node = children[i]
        if node.type not in ("simple_expansion", "expansion") or node.named_child_count != 1:
            return False
        if node.named_children[0].type != "variable_name" or not 0 < i < len(children) - 1:
            return False
        before = text_of(children[i - 1], self.data)[-1:]
        after = text_of(children[i + 1], self.data)[:1]
        return before.isalpha() and after.isalpha()

    def string(self, node: Node) -> Out:
        out: list[str] = []
        for child in node.children:
            if child.type == '"':
                continue
            if child.type == "string_content":
                out.append(re.sub(r'\\([$`"\\\n])', r"\1", text_of(child, self.data)))
                continue
            value = self.word(child)
            if not isinstance(value, str):
                return value if isinstance(value, Remote) else None
            out.append(value)
        return "".join(out)[:MAX_STRING]

    def expansion(self, node: Node) -> Out:
        name_node = next((c for c in node.named_children if c.type == "variable_name"), None)
        if name_node is None:
            return None
        var = text_of(name_node, self.data)
        value = self.vars.get(var)
        if value is not None and len(node.children) > 1 and node.children[1].type == "!":
            # ${!x}: the variable whose name x holds (${!x*} and ${!a[@]} list names: unknown)
            if node.named_child_count != 1 or node.child_count != 4:
                return None
            return self.vars.get(value)
        if value is None:
            fetched = self.fetched.get(var)
            plain = fetched is not None and node.named_child_count == 1
            return fetched if plain else None  # ${X} of X=$(curl …) is what it fetched
        ops = [
            text_of(c, self.data)
            for c in node.children
            if node.field_name_for_child(node.children.index(c)) == "operator"
        ]
        args = [c for c in node.named_children if c is not name_node]
        texts = [text_of(a, self.data) for a in args]
        if not ops:
            return value
        if ops[0] == ":" and texts:
            try:
                start = int(texts[0])
                length = int(texts[1]) if len(texts) > 1 else None
            except ValueError:
                return None
            start = start if start >= 0 else max(0, len(value) + start)
            if length is None:
                return value[start:]
            return (
                value[start : start + length] if length >= 0 else value[start : len(value) + length]
            )
        if ops[0] in ("//", "/") and texts:
            new = texts[1] if len(texts) > 1 else ""
            return (
                value.replace(texts[0], new) if ops[0] == "//" else value.replace(texts[0], new, 1)
            )
        if ops[0] in ("#", "##") and texts:
            return value[len(texts[0]) :] if value.startswith(texts[0]) else value
        if ops[0] in ("%", "%%") and texts:
            return value[: -len(texts[0])] if texts[0] and value.endswith(texts[0]) else value
        if ops[0] == "^^":
            return value.upper()
        if ops[0] == ",,":
            return value.lower()
        return None

    # -- commands ---------------------------------------------------------------------------

    def command(self, node: Node, stdin: Out) -> Out:
        name_node = node.child_by_field_name("name")
        for child in node.named_children:
            if child.type == "variable_assignment":
                self.assign(child)
        if name_node is None:
            return None
        name_value = self.word(
            name_node.named_children[0] if name_node.named_children else name_node
        )
        name = name_value if isinstance(name_value, str) else text_of(name_node, self.data)
        written = text_of(name_node, self.data)
        hidden = isinstance(name_value, str) and name_value != written
        if hidden and name_value:
            self.spans[(name_node.start_byte, name_node.end_byte)] = name
        # "$SHELL" <(curl …): the user's own login shell, which the text did not choose
        # (micromamba's installer is run so); letters cut out of it, a default after ':-' or a
        # SHELL the text sets itself are the text's choice and stay hidden
        own_shell = (
            hidden
            and len(written) <= 12
            and _LOGIN_SHELL.fullmatch(written) is not None
            and self.vars.get("SHELL") == POSIX_ENV["SHELL"]
        )
        hidden = hidden and not own_shell
        arg_nodes = node.children_by_field_name("argument")
        args = [self.word(a) for a in arg_nodes]
        if hidden and name_value and _IFS_SPLIT.search(name):
            # curl${IFS}-s${IFS}URL: an unquoted expansion's blanks split the word, so its first
            # piece is the command and the others are its first arguments
            first, *more = name.split()
            name, args = first, [*more, *args]
        texts = [
            a if isinstance(a, str) else (a.url if isinstance(a, Remote) else "") for a in args
        ]
        base = name.rsplit("/", 1)[-1].lower()
        self.facts.invoke(base, texts, "posix", hidden, own_shell)
        return self.builtin(base, args, texts, stdin)

    def builtin(self, name: str, args: list[Out], texts: list[str], stdin: Out) -> Out:
        flags = [t for t in texts if t.startswith("-")]
        if name == "echo":
            words = [t for t in texts if t not in ("-n", "-e", "-ne", "-en")]
            joined = " ".join(words)
            return (
                c_escapes(joined) if "-e" in flags or "-ne" in flags or "-en" in flags else joined
            )
        if name == "printf" and texts:
            fmt = c_escapes(texts[0])
            rest = texts[1:]

            def argument(m: re.Match[str]) -> str:
                # %s as it is, %b with its escapes read (printf '%b' '\x63\x75\x72\x6c')
                if not rest:
                    return ""
                value = rest.pop(0)
                return c_escapes(value) if m.group(0) == "%b" else value

            out = re.sub(r"%[sb]", argument, fmt)
            return out[:MAX_STRING]
        if name in ("base64", "openssl") and any(
            f in ("-d", "--decode", "-D", "-decode") for f in flags
        ):
            text = next(
                (t for t in texts if not t.startswith("-") and t not in ("base64", "enc")), None
            )
            source = stdin if isinstance(stdin, str | Remote) else text
            if isinstance(source, Remote):
                return source
            data = values.from_base64(source) if source else None
            return data.decode("utf-8", "replace") if data is not None else None
        if name == "xxd" and "-r" in " ".join(flags):
            if isinstance(stdin, str):
                data = values.from_hex(stdin)
                return data.decode("utf-8", "replace") if data is not None else None
            return stdin if isinstance(stdin, Remote) else None
        if name == "rev":
            if isinstance(stdin, str):
                return "\n".join(line[::-1] for line in stdin.split("\n"))
            return None
        if name == "tr" and isinstance(stdin, str) and not flags and len(texts) == 2:
            # `echo '…' | tr 'b-za' 'a-z' | sh`: a text rotated or swapped letter for letter
            # on its way into a shell reads as what tr makes of it
            return translate(stdin, texts[0], texts[1])
        if name in ("cat", "tee", "tr", "sed", "awk", "head", "tail", "gunzip", "zcat"):
            return stdin if isinstance(stdin, Remote) else None
        if name in DOWNLOADERS:
            url = next((t for t in texts if "://" in t), None)
            return Remote(url) if url else None
        if name in SHELLS:
            if "-c" in texts:
                at = texts.index("-c")
                self.run_code(args[at + 1] if at + 1 < len(args) else None)
                return None
            remote = next((a for a in args if isinstance(a, Remote)), None)
            if remote is not None:
                self.run_code(remote)
            elif stdin is not None:
                self.run_code(stdin)
            return None
        if name == "eval":
            code: Out = (
                " ".join(t for t in texts) if all(isinstance(a, str) for a in args) else None
            )
            remote_arg = next((a for a in args if isinstance(a, Remote)), None)
            self.run_code(remote_arg or code)
            return None
        if name in ("source", "."):
            remote_arg = next((a for a in args if isinstance(a, Remote)), None)
            if remote_arg is not None:
                self.run_code(remote_arg)
            return None
        if name in INTERPRETERS:
            flag = INTERPRETERS[name]
            if flag in texts:
                at = texts.index(flag)
                code = texts[at + 1] if at + 1 < len(texts) else ""
                self.facts.layer(code, "")
            elif (isinstance(stdin, Remote) and not [t for t in texts if t != "-"]) or any(
                isinstance(a, Remote) for a in args
            ):
                remote = (
                    stdin
                    if isinstance(stdin, Remote)
                    else next(a for a in args if isinstance(a, Remote))
                )
                assert isinstance(remote, Remote)
                self.facts.remote_code.append(remote.url)
            return None
        if name in ("sudo", "env", "nohup", "exec", "command", "xargs", "time") and texts:
            inner = [t for t in texts if not t.startswith("-")]
            if inner:
                # the command a wrapper runs is run too: `sudo /???/b?sh` and `env c\\url` hide
                # it as well as a command written first would
                self.facts.invoke(inner[0].rsplit("/", 1)[-1].lower(), inner[1:], "posix")
                return self.builtin(
                    inner[0].rsplit("/", 1)[-1].lower(),
                    args[len(texts) - len(inner) + 1 :],
                    inner[1:],
                    stdin,
                )
        return None

    def run_code(self, code: Out) -> None:
        if isinstance(code, Remote):
            self.facts.remote_code.append(code.url)
            return
        if not code:
            return
        if self.nesting >= MAX_NESTED_CODE:
            self.facts.complete = False
            return
        self.facts.layer(code, "")
        rendered = interpret_posix(code, self.facts, self.budget, self.nesting + 1)
        if rendered:
            self.facts.layer(rendered, code)

    def render(self) -> str:
        out: list[str] = []
        pos = 0
        for (start, end), text in sorted(self.spans.items(), key=lambda x: (x[0][0], -x[0][1]))[
            :MAX_SPANS
        ]:
            if start < pos:
                continue
            out.append(self.data[pos:start].decode("utf-8", "replace"))
            out.append(text)
            pos = end
        out.append(self.data[pos:].decode("utf-8", "replace"))
        return "".join(out)[: 2 * MAX_STRING]


_TR_RANGE = re.compile(r"(.)-(.)", re.S)
MAX_TR_SET = 512


def _tr_set(spec: str) -> str | None:
    """tr's SET as the characters it stands for: ranges spelled out (a-z), escapes read; None
    for classes ([:alpha:]), repeats ([x*]) and sets too long to be letters."""
    if "[:" in spec or "[=" in spec or "*]" in spec:
        return None
    spec = c_escapes(spec.replace("[", "").replace("]", "")) if "[" in spec else c_escapes(spec)
    out: list[str] = []
    i = 0
    while i < len(spec):
        m = _TR_RANGE.match(spec, i)
        if m and ord(m.group(1)) <= ord(m.group(2)):
            out.extend(chr(c) for c in range(ord(m.group(1)), ord(m.group(2)) + 1))
            i = m.end()
        else:
            out.append(spec[i])
            i += 1
        if len(out) > MAX_TR_SET:
            return None
    return "".join(out)


def translate(text: str, set1: str, set2: str) -> str | None:
    """What `tr SET1 SET2` prints for `text`: each character of SET1 becomes the one at its
    place in SET2, SET2's last character standing in where it is shorter (GNU tr)."""
    a, b = _tr_set(set1), _tr_set(set2)
    if not a or not b:
        return None
    b = b + b[-1] * (len(a) - len(b))
    table: dict[int, str] = {}
    for x, y in zip(a, b, strict=False):
        table.setdefault(ord(x), y)  # the first place of a repeated character counts
    return text[:MAX_STRING].translate(table)


def _quote(value: str) -> str:
    if value and all(c.isalnum() or c in "-_./:=@%+,~" for c in value):
        return value
    return "'" + value.replace("'", "'\\''") + "'"


def interpret_posix(text: str, facts: Facts, budget: Budget, nesting: int = 0) -> str | None:
    """The text as a POSIX shell expands it. Never raises."""
    shell = _Shell(facts, budget, nesting)
    try:
        return shell.run(text)
    except (OutOfBudget, RecursionError):
        facts.complete = False
        return None
    except Exception:
        if budget.strict:
            raise
        log.debug("shell interpretation failed", exc_info=True)
        facts.complete = False
        return None
