"""PowerShell commands: how a name is resolved, arguments bound, and what the built-ins give.

Get-Alias, Get-Command and Get-ChildItem lookups, iex, ForEach-Object and Where-Object,
New-Object, Set-Alias and Set-Variable, and `powershell -c/-enc`: the commands that hide or
run code. A mixin of the PowerShell interpreter (powershell.py), which provides evaluation.
"""

from __future__ import annotations

import re

from tree_sitter import Node, Tree

from app.detection.interpret import methods
from app.detection.interpret.budget import MAX_ITEMS, MAX_NESTED_CODE, MAX_STRING, Budget
from app.detection.interpret.facts import Facts
from app.detection.interpret.grammar import PARSE_MS, parse, text_of, unwrap
from app.detection.interpret.names import load_names, match_aliases, match_commands, match_paths
from app.detection.interpret.objects import (
    Code,
    CommandRef,
    Obj,
    Remote,
    Value,
    as_list,
    as_text,
)
from app.detection.interpret.pswords import parameter_value

MAX_LOOP = 4096  # iterations of one loop
SHELLS = ("powershell", "powershell.exe", "pwsh", "pwsh.exe")
_LOOKUP = re.compile(
    r"^\(\s{0,8}([A-Za-z-]{2,20})\s{1,8}(?:-Name\s{1,8}|-Path\s{1,8})?(\S{1,200})\s{0,8}\)$", re.I
)
_BARE_VARIABLE = re.compile(r"\$(?:env:)?[A-Za-z_][A-Za-z0-9_]{0,40}")


class Commands:
    """What the interpreter provides that the commands use (see powershell._Interpreter)."""

    facts: Facts
    budget: Budget
    nesting: int
    data: bytes
    vars: dict[str, Value]
    aliases: dict[str, str]
    spans: dict[tuple[int, int], str]
    skip: set[int]
    recording: bool
    blocks: dict[str, tuple[Tree, bytes] | None]

    def eval(self, node: Node) -> Value:
        raise NotImplementedError

    def variable(self, text: str) -> Value:
        raise NotImplementedError

    def call(self, target: Value, name: str, args: list[Value]) -> Value:
        raise NotImplementedError

    def arguments(self, node: Node | None) -> list[Value]:
        raise NotImplementedError

    def read_nested(self, code: str) -> str | None:
        raise NotImplementedError

    def note_span(self, start: int, end: int, value: Value) -> None:
        raise NotImplementedError

    def command(self, node: Node, piped: tuple[Value] | None) -> Value:
        name_node = node.child_by_field_name("command_name")
        elements = node.child_by_field_name("command_elements")
        if name_node is None:
            return None
        name, hidden, target = self.command_name(name_node)
        if name is None and isinstance(target, Code):
            self.run_code(target.text)
            return None
        if name is None and isinstance(target, Remote):
            self.facts.remote_code.append(target.url)
            return None
        if name is None:
            return None
        canonical = load_names().canonical(self.aliases.get(name.lower(), name))
        if name.lower() in self.aliases:
            hidden = True
            name = canonical
            self.facts.aliased.add(canonical.lower())
        if hidden or name.lower() != text_of(name_node, self.data).lower():
            prefix = "" if name_node.type == "command_name" else " "
            self.spans[(name_node.start_byte, name_node.end_byte)] = prefix + name
        args, params = self.command_args(elements)
        texts = [as_text(a) or "" for a in args]
        low = canonical.lower()
        flags: list[str] = []
        for key, value in params.items():
            flags.append(f"-{key}")
            if value is not True:
                flags.append(as_text(value) or "")
        self.facts.invoke(canonical, flags + texts, "powershell", hidden)
        return self.builtin(low, args, params, piped, node)

    def command_name(self, node: Node) -> tuple[str | None, bool, Value]:
        inner = unwrap(node)
        if inner.type == "path_command_name" and inner.named_child_count >= 2:
            value = self.path_value(inner)
            if isinstance(value, CommandRef):
                return value.name, True, value
            return None, True, value
        if node.type == "command_name":
            text = text_of(node, self.data)
            plain = text.replace("`", "")
            hidden = plain != text
            return plain, hidden, None
        value = self.lookup_fallback(text_of(node, self.data)) if node.has_error else None
        if value is None:
            value = self.eval(node)
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, CommandRef):
            return value.name, True, value
        if isinstance(value, str) and value.strip() and len(value) < 260:
            return value.strip(), True, value
        return None, True, value

    def words(self, elements: Node) -> list[Node | str]:
        """The elements of a command, with a bare word the grammar broke into pieces (an
        ERROR next to tokens, as in `$env:windir\\*\\p*.exe`) given back whole as text."""
        out: list[Node | str] = []
        run: list[Node] = []

        def flush() -> None:
            # adjacent pieces are one word, except a call's arguments glued to what it calls
            broken = len(run) > 1 and all(n.type != "argument_list" for n in run)
            if broken:
                out.append(
                    self.data[run[0].start_byte : run[-1].end_byte].decode("utf-8", "replace")
                )
            else:
                out.extend(run)
            run.clear()

        for child in elements.named_children[:MAX_ITEMS]:
            if child.type == "command_argument_sep":
                flush()
                out.append(child)
                continue
            if run and child.start_byte != run[-1].end_byte:
                flush()
            run.append(child)
        flush()
        return out

    def lookup_fallback(self, text: str) -> Value:
        """`(Get-Alias [h-j]e[w-y])`: wildcard sets the grammar cannot read, looked up as
        PowerShell reads the bare word."""
        m = _LOOKUP.match(text)
        if m is None:
            return None
        verb = load_names().canonical(m.group(1)).lower()
        pattern = self.bare_word(m.group(2).strip("'\""))
        if verb == "get-alias":
            return _commands(match_aliases(pattern))
        if verb == "get-command":
            return _commands(match_commands(pattern))
        if verb in ("get-childitem", "get-item"):
            found = [CommandRef(p.rsplit("\\", 1)[-1], p) for p in match_paths(pattern)]
            return found[0] if found else None
        return None

    def path_value(self, node: Node) -> Value:
        """`$ExecutionContext.InvokeCommand.GetCommand(...)` after `&`: the grammar splits the
        call into a path and a parenthesised argument that follows it."""
        value = self.eval(node.named_children[0])
        members = text_of(node.named_children[1], self.data).strip(".").split(".")
        for member in members[:-1]:
            value = methods.property_of(value, member.lower(), False)
        last = members[-1].lower() if members else ""
        following = node.parent.next_named_sibling if node.parent is not None else None
        if following is not None and following.type == "command_elements":
            first = next(
                (c for c in following.named_children if c.type != "command_argument_sep"), None
            )
            if first is not None and first.start_byte == node.end_byte:
                self.skip.add(first.id)
                return self.call(value, last, as_list(self.eval(first)))
        return methods.property_of(value, last, False)

    def command_args(self, elements: Node | None) -> tuple[list[Value], dict[str, Value]]:
        args: list[Value] = []
        params: dict[str, Value] = {}
        if elements is None:
            return args, params
        pending: str | None = None
        method: str | None = None
        previous: Node | None = None
        for child in self.words(elements):
            if isinstance(child, str):
                if pending is not None:
                    params[pending] = self.bare_word(child)
                    pending = None
                else:
                    args.append(self.bare_word(child))
                continue
            if child.type not in ("command_argument_sep", "argument_list"):
                previous = child
            if child.type == "command_argument_sep" or child.id in self.skip:
                continue
            if child.type == "ERROR":
                # `iex (...).ReadToEnd()`: the grammar leaves `.Method` after an argument as ERROR
                text = text_of(child, self.data).strip()
                method = text[1:].lower() if text.startswith(".") and args else None
                continue
            if child.type == "argument_list" and method is not None:
                args[-1] = self.call(args[-1], method, self.arguments(child))
                method = None
                continue
            if child.type == "argument_list" and previous is not None and args:
                # `iex (New-Object Net.WebClient).DownloadString('...')`: the grammar gives
                # the member access and its arguments as two elements
                access = unwrap(previous)
                if access.type == "member_access":
                    member = text_of(access.named_children[-1], self.data).strip("'\"`").lower()
                    target = self.eval(access.named_children[0])
                    args[-1] = self.call(target, member, self.arguments(child))
                    previous = None
                    continue
            if child.type == "command_parameter":
                text = text_of(child, self.data)
                name, _, inline = text.lstrip("-\u2013\u2014").partition(":")
                pending = name.lower()
                params[pending] = True
                if inline:
                    params[pending] = inline
                    pending = None
                continue
            if child.type == "generic_token":
                value: Value = self.bare_word(text_of(child, self.data))
                self.note_leading_variable(child)
            elif child.type == "argument_list":
                value = self.arguments(child)
                if args and isinstance(args[-1], str):
                    args[-1] = [args[-1], value]  # New-Object Type(ctor args)
                    continue
            else:
                value = self.eval(child)
            if pending is not None:
                params[pending] = value
                pending = None
            else:
                args.append(value)
        return args, params

    def builtin(
        self,
        name: str,
        args: list[Value],
        params: dict[str, Value],
        piped: tuple[Value] | None,
        node_of_command: Node | None = None,
    ) -> Value:
        first = args[0] if args else None
        if name == "invoke-expression":
            code = parameter_value(params, "command", first if piped is None else piped[0])
            self.run_value(code)
            return None
        if name == "foreach-object" and piped is not None:
            block = parameter_value(params, "process", first)
            return self.map(piped[0], block)
        if name == "where-object" and piped is not None:
            block = parameter_value(params, "filterscript", first)
            keep = self.map(piped[0], block)
            if not isinstance(keep, list):
                return None
            items = as_list(piped[0])
            return [item for item, ok in zip(items, keep, strict=False) if _truthy(ok)]
        if name in ("write-output", "out-string", "write-host") or name == "echo":
            if piped is not None:
                return piped[0]
            return first if len(args) == 1 else args
        if name == "get-alias":
            pattern = as_text(parameter_value(params, "name", first))
            return _commands(match_aliases(pattern)) if pattern else None
        if name == "get-command":
            pattern = as_text(parameter_value(params, "name", first))
            return _commands(match_commands(pattern)) if pattern else None
        if name in ("get-childitem", "get-item", "resolve-path"):
            path = as_text(parameter_value(params, "path", first))
            if not path:
                return None
            found = [CommandRef(p.rsplit("\\", 1)[-1], p) for p in match_paths(path)]
            return found[0] if len(found) == 1 else list(found) or None
        if name == "get-variable":
            var = as_text(parameter_value(params, "name", first))
            if not var:
                return None
            value = self.vars.get(var.lower())
            only = any(k.startswith("va") for k in params)
            return value if only else Obj("variable", None) if value is None else _var_obj(value)
        if name in ("set-variable", "new-variable"):
            var = as_text(parameter_value(params, "name", first))
            if var:
                self.vars[var.lower()] = parameter_value(
                    params, "value", args[1] if len(args) > 1 else None
                )
            return None
        if name in ("set-alias", "new-alias"):
            alias = as_text(parameter_value(params, "name", first))
            target = as_text(parameter_value(params, "value", args[1] if len(args) > 1 else None))
            if alias and target:
                self.aliases[alias.lower()] = target
            return None
        if name == "new-object":
            return methods.new_object(
                parameter_value(params, "typename", first), params, self.facts
            )
        if name in ("invoke-webrequest", "invoke-restmethod", "start-bitstransfer"):
            url = as_text(parameter_value(params, "uri", parameter_value(params, "source", first)))
            out = parameter_value(params, "outfile", parameter_value(params, "destination", None))
            if isinstance(out, str):
                self.facts.downloaded_files.append(out)
            return Remote(url) if url else None
        if name in SHELLS:
            if not self.shell_command(node_of_command):
                self.shell_args(args, params)
            return None
        if name in ("invoke-command", "start-job") and isinstance(params.get("scriptblock"), Code):
            block = params["scriptblock"]
            assert isinstance(block, Code)
            self.run_code(block.text)
            return None
        if name == "join-path":
            parts = [as_text(a) for a in args]
            return None if any(p is None for p in parts) else "\\".join(p or "" for p in parts)
        if isinstance(first, Code) and name in ("&", "."):
            self.run_code(first.text)
        return None

    def shell_command(self, node: Node | None) -> bool:
        """`powershell -c <rest>`: everything after -c is the code, as powershell.exe joins it;
        taken from the source, since the grammar reads such a rest as broken arguments."""
        if node is None:
            return False
        elements = node.child_by_field_name("command_elements")
        if elements is None:
            return False
        for child in elements.named_children:
            if child.type != "command_parameter":
                continue
            if is_command_flag(text_of(child, self.data)):
                self.run_shell_code(child.end_byte, node.end_byte)
                return True
        return False

    def run_shell_code(self, flag_end: int, command_end: int) -> None:
        """The code after powershell's -c (which ends at flag_end), run: powershell.exe takes
        the rest of its command line as the code."""
        line_end = self.data.find(b"\n", flag_end)
        end = max(command_end, line_end if line_end >= 0 else len(self.data))
        code = self.data[flag_end:end].decode("utf-8", "replace").strip()
        quote = code[0] if len(code) > 1 and code[0] == code[-1] else ""
        if quote == "'" or (quote == '"' and '\\"' not in code):
            # one quoted script: its quotes off, what is inside as written (lures
            # often quote inside it too, and are read as their author meant)
            code = code[1:-1]
        elif code[:1] == '"':
            # a quoted script, perhaps with more words after it (`-c "iex (…)" ; iex
            # $null`): powershell.exe joins its arguments as Windows split them, quotes
            # gone, and `\\"` before a quote is a backslash and the quote's end
            code = _argv_joined(code)
        self.run_code(code)

    def shell_args(self, args: list[Value], params: dict[str, Value]) -> None:
        for key, value in params.items():
            if "command".startswith(key) and key.startswith("c"):
                code = [value, *args] if isinstance(value, str) else args
                self.run_value(" ".join(as_text(v) or "" for v in code))
                return
            if key.startswith("e") and "encodedcommand".startswith(key) and isinstance(value, str):
                self.run_value(methods.decode_encoded_command(value))
                return

    def bare_word(self, text: str) -> str:
        """A bare argument such as $env:windir\\*\\p*.exe: variables in it are expanded."""
        word = text.replace("`", "")
        if "$" not in word:
            return word

        def value_of(m: re.Match[str]) -> str:
            known = as_text(self.variable(m.group(0)))
            return known if known is not None else m.group(0)

        return _BARE_VARIABLE.sub(value_of, word)[:MAX_STRING]

    def note_leading_variable(self, node: Node) -> None:
        """A bare word that starts with a variable (`$env:TEMP\\x.exe`, which the grammar reads
        as one word thanks to grammar.screen_powershell): the variable is written out in the
        rewritten text, as for a variable on its own."""
        start = node.start_byte
        if self.data[start : start + 1] != b"$":
            return
        m = _BARE_VARIABLE.match(self.data[start : node.end_byte].decode("utf-8", "replace"))
        if m is not None:
            self.note_span(start, start + m.end(), self.variable(m.group(0)))

    def map(self, items: Value, block: Value) -> Value:
        if not isinstance(block, Code):
            return None
        if block.text not in self.blocks:
            self.blocks[block.text] = parse(
                "powershell", block.text, self.budget.remaining_ms(PARSE_MS)
            )
        parsed = self.blocks[block.text]
        if parsed is None:
            return None
        tree, data = parsed
        saved = self.data
        self.data = data
        self.recording = False
        out: list[Value] = []
        statements = tree.root_node.named_children
        try:
            for item in as_list(items)[:MAX_LOOP]:
                self.vars["_"] = item
                self.vars["psitem"] = item
                value: Value = None
                for statement in statements:
                    value = self.eval(statement)
                out.append(value)
        finally:
            self.data = saved
            self.recording = True
        return out

    def run_value(self, code: Value) -> None:
        if isinstance(code, Remote):
            self.facts.remote_code.append(code.url)
        elif isinstance(code, Code):
            self.run_code(code.text)
        else:
            text = as_text(code)
            if text:
                self.run_code(text)

    def run_code(self, code: str) -> None:
        """Code handed to iex and friends: interpreted in turn, as its own layer."""
        if self.nesting >= MAX_NESTED_CODE:
            self.facts.complete = False
            return
        self.facts.layer(code, "")
        rendered = self.read_nested(code)
        if rendered:
            self.facts.layer(rendered, code)


def is_command_flag(text: str) -> bool:
    """Whether a parameter of powershell.exe is -Command (or a prefix of it from -c on)."""
    flag = text.lstrip("-/").lower()
    return bool(flag) and "command".startswith(flag) and flag.startswith("c")


def _truthy(value: Value) -> bool:
    if isinstance(value, list):
        return bool(value)
    return bool(value) and value is not None


def _commands(names: list[str]) -> Value:
    refs: list[Value] = [CommandRef(n) for n in names]
    if not refs:
        return None
    return refs[0] if len(refs) == 1 else refs


def _var_obj(value: Value) -> Value:
    return Obj("variable", as_text(value))


# CommandLineToArgvW's pieces: backslashes before a quote, a quote, other backslashes,
# blanks, anything else (possessive: a long run of backslashes is read once)
_ARGV_PIECE = re.compile(r'(\\*+)"|(\\++)|([ \t]++)|([^\\" \t]++)')


def _argv_joined(line: str) -> str:
    r"""A command line's words as Windows splits them (CommandLineToArgvW), joined by single
    spaces as powershell.exe joins its -Command: a double quote groups and vanishes; before
    one, 2n backslashes are n and the quote still groups, 2n+1 are n and a quote of the word
    (so `\\"` is a backslash and the end of a group: taken for a quote of the word, the rest
    of the line was read inside a string); other backslashes are themselves; blanks outside
    quotes part words."""
    words: list[str] = []
    out: list[str] = []
    word = quoted = False
    for m in _ARGV_PIECE.finditer(line):
        slashes, other_slashes, blanks, plain = m.groups()
        if slashes is not None:
            out.append("\\" * (len(slashes) // 2))
            if len(slashes) % 2:
                out.append('"')
            else:
                quoted = not quoted
        elif blanks is not None and not quoted:
            if word:
                words.append("".join(out))
                out = []
            word = False
            continue
        else:
            out.append(other_slashes or blanks or plain)
        word = True
    if word:
        words.append("".join(out))
    return " ".join(words)
