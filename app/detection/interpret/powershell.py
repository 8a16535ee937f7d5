"""Read PowerShell the way PowerShell will: evaluate what hides names and URLs, then rewrite.

The text is parsed with the tree-sitter PowerShell grammar. Statements are evaluated in order
over a small, side-effect-free model (strings, numbers, arrays, a few .NET objects); nothing is
run, fetched or read from disk. Command names are resolved the way PowerShell would on a stock
machine: aliases, `gal`/`gcm` wildcards, `dir` on wildcard paths, `&` and `.` with computed
names. The result is the program re-rendered with every computed string and name written out,
plus the code it would hand to `iex`, each interpreted in turn.
"""

from __future__ import annotations

import logging
import os
import re

from tree_sitter import Node

from app.detection.deobfuscate import WINDOWS_ENV
from app.detection.interpret import methods
from app.detection.interpret.budget import (
    MAX_DEPTH,
    MAX_ITEMS,
    MAX_NESTED_CODE,
    MAX_STRING,
    Budget,
    OutOfBudget,
)
from app.detection.interpret.facts import Facts
from app.detection.interpret.grammar import parse, text_of
from app.detection.interpret.names import load_names, match_aliases, match_commands, match_paths
from app.detection.interpret.objects import (
    Code,
    CommandRef,
    Obj,
    Remote,
    TypeRef,
    Value,
    as_int,
    as_list,
    as_text,
    clip,
    type_name,
)
from app.detection.interpret.pswords import (
    AUTOMATIC,
    BINARY,
    USER_ENV,
    format_string,
    parameter_value,
    unescape_expandable,
)

log = logging.getLogger(__name__)
_LOOKUP = re.compile(
    r"^\(\s{0,8}([A-Za-z-]{2,20})\s{1,8}(?:-Name\s{1,8}|-Path\s{1,8})?(\S{1,200})\s{0,8}\)$", re.I
)
_BARE_VARIABLE = re.compile(r"\$(?:env:)?[A-Za-z_][A-Za-z0-9_]{0,40}")
STRICT = os.environ.get("PASTEGUARD_STRICT") == "1"  # tests: a programming error must show
MAX_LOOP = 4096  # iterations of one loop
RENDER_QUOTE_MAX = 8192
MAX_SPANS = 4096  # longer computed strings are left as written in the rendering

# Commands that take code and run it, with the parameter that carries the code.
RUNS_CODE = {"invoke-expression": ("command",), "invoke-command": ("scriptblock",)}
SHELLS = ("powershell", "powershell.exe", "pwsh", "pwsh.exe")


class _Interpreter:
    def __init__(self, facts: Facts, budget: Budget, nesting: int) -> None:
        self.facts = facts
        self.budget = budget
        self.nesting = nesting
        self.vars: dict[str, Value] = {}
        self.aliases: dict[str, str] = {}
        # byte span of the source -> how it reads once evaluated, for the rewritten text
        self.spans: dict[tuple[int, int], str] = {}
        self.skip: set[int] = set()  # argument nodes already used as a call's arguments
        self.recording = True  # off while evaluating text from elsewhere (a script block)
        self.data = b""
        self.depth = 0

    # -- entry ----------------------------------------------------------------------------

    def run(self, text: str) -> str | None:
        parsed = parse("powershell", text, self.budget.remaining_ms())
        if parsed is None:
            self.facts.complete = False
            return None
        tree, self.data = parsed
        root = tree.root_node
        try:
            self.exec(root)
        except (OutOfBudget, RecursionError):
            self.facts.complete = False
        except Exception:
            if STRICT:
                raise
            log.debug("PowerShell evaluation stopped", exc_info=True)
            self.facts.complete = False
        return self.render()

    # -- statements -----------------------------------------------------------------------

    def exec(self, node: Node) -> None:
        self.budget.tick()
        kind = node.type
        if kind in ("function_statement", "class_statement", "comment", "param_block"):
            return
        if kind == "foreach_statement":
            self.foreach(node)
            return
        if kind in ("for_statement", "while_statement", "do_statement"):
            self.loop(node)
            return
        if (
            kind in ("pipeline", "pipeline_chain")
            or kind.endswith("_expression")
            or kind == "command"
        ):
            self.eval(node)
            return
        for child in node.named_children:
            self.exec(child)

    def foreach(self, node: Node) -> None:
        var = next((c for c in node.named_children if c.type == "variable"), None)
        items = [c for c in node.named_children if c.type not in ("variable", "statement_block")]
        body = next((c for c in node.named_children if c.type == "statement_block"), None)
        if var is None or body is None or not items:
            return
        name = self.var_name(text_of(var, self.data))
        for item in as_list(self.eval(items[0]))[:MAX_LOOP]:
            self.vars[name] = item
            self.exec(body)

    def loop(self, node: Node) -> None:
        init = node.child_by_field_name("for_initializer")
        cond = node.child_by_field_name("for_condition") or node.child_by_field_name("condition")
        step = node.child_by_field_name("for_iterator")
        body = next((c for c in node.named_children if c.type == "statement_block"), None)
        if body is None:
            return
        if init is not None:
            self.eval(init)
        for _ in range(MAX_LOOP):
            if cond is not None and self.eval(cond) is not True:
                break
            self.exec(body)
            if step is not None:
                self.eval(step)
            if cond is None:
                break

    # -- expressions ----------------------------------------------------------------------

    def eval(self, node: Node) -> Value:
        self.budget.tick()
        outer = node
        while _wraps(node):
            node = node.children[0]
        if self.depth > MAX_DEPTH:
            self.facts.complete = False
            return None
        self.depth += 1
        try:
            value = clip(self.evaluate(node))
        finally:
            self.depth -= 1
        if isinstance(value, str | list) and len(value) > 1024:
            self.budget.tick(len(value) // 1024)  # big values cost what copying them costs
        if value is not None:
            self.note(outer, value)
        return value

    def evaluate(self, node: Node) -> Value:
        kind = node.type
        if kind == "string_literal":
            return self.string(node)
        if kind in ("verbatim_string_characters", "verbatim_here_string_characters"):
            return self.string(node)
        if kind in ("expandable_string_literal", "expandable_here_string_literal"):
            return self.expandable(node)
        if kind in ("integer_literal", "decimal_integer_literal", "hexadecimal_integer_literal"):
            return methods.number(text_of(node, self.data))
        if kind == "real_literal":
            try:
                return float(text_of(node, self.data).rstrip("dD"))
            except ValueError:
                return None
        if kind in ("variable", "braced_variable"):
            return self.variable(text_of(node, self.data))
        if kind in ("parenthesized_expression", "sub_expression", "array_expression"):
            return self.group(node, array=kind == "array_expression")
        if kind == "type_literal":
            return TypeRef(type_name(text_of(node, self.data)))
        if kind == "script_block_expression":
            return Code(text_of(node, self.data)[1:-1])
        if kind == "assignment_expression":
            return self.assign(node)
        if kind in ("pipeline", "pipeline_chain"):
            return self.pipeline(node)
        if kind == "command":
            return self.command(node, None)
        if kind == "array_literal_expression" or kind.endswith("argument_expression_list"):
            return [self.eval(c) for c in node.named_children[:MAX_ITEMS]]
        if kind == "element_access":
            return self.element(node)
        if kind == "member_access":
            return self.member(node)
        if kind == "invokation_expression":
            return self.invoke(node)
        if kind == "cast_expression":
            return self.cast(node)
        if kind == "expression_with_unary_operator":
            return self.unary(node)
        if kind in ("post_increment_expression", "pre_increment_expression"):
            return self.increment(node, 1)
        if kind in ("post_decrement_expression", "pre_decrement_expression"):
            return self.increment(node, -1)
        if kind == "hash_literal_expression":
            return None
        if node.child_count == 3:
            return self.binary(node)
        if node.named_child_count == 1:
            return self.eval(node.named_children[0])
        for child in node.named_children:
            self.eval(child)
        return None

    def string(self, node: Node) -> Value:
        if node.named_child_count == 1 and node.child_count == 1:
            return self.eval(node.children[0])
        text = text_of(node, self.data)
        if node.type == "verbatim_here_string_characters" or text.startswith("@'"):
            return text[2:-2].strip("\r\n")
        if text.startswith("'") or text.startswith("\u2018") or text.startswith("\u2019"):
            return text[1:-1].replace("''", "'")
        return self.expandable(node)

    def expandable(self, node: Node) -> Value:
        text = text_of(node, self.data)
        here = text.startswith("@")
        out: list[str] = []
        pos = node.start_byte + (2 if here else 1)
        end = node.end_byte - (2 if here else 1)
        for child in node.named_children:
            if child.start_byte < pos:
                continue
            out.append(
                unescape_expandable(self.data[pos : child.start_byte].decode("utf-8", "replace"))
            )
            value = as_text(self.eval(child))
            if value is None:
                return None
            out.append(value)
            pos = child.end_byte
        out.append(unescape_expandable(self.data[pos:end].decode("utf-8", "replace")))
        result = "".join(out)
        return result.strip("\r\n") if here else result

    def var_name(self, text: str) -> str:
        name = text.lstrip("$@").strip("{}").lower()
        for scope in ("global:", "script:", "local:", "private:", "variable:"):
            if name.startswith(scope):
                name = name[len(scope) :]
        return name

    def variable(self, text: str) -> Value:
        name = self.var_name(text)
        if name in self.vars:
            return self.vars[name]
        if name.startswith("env:"):
            return WINDOWS_ENV.get(name[4:]) or USER_ENV.get(name[4:])
        if name == "executioncontext":
            return Obj("executioncontext")
        return AUTOMATIC.get(name)

    def group(self, node: Node, array: bool) -> Value:
        inner = [c for c in node.named_children]
        if not inner:
            return [] if array else None
        values = [self.eval(c) for c in inner]
        value = values[-1] if len(values) == 1 else values
        if array and not isinstance(value, list):
            return [value]
        return value

    def assign(self, node: Node) -> Value:
        left = node.children[0]
        op = text_of(node.children[1], self.data).strip() if node.child_count > 2 else "="
        right = node.child_by_field_name("value") or node.children[-1]
        value = self.eval(right)
        target = left
        while target.named_child_count == 1 and target.type != "variable":
            target = target.named_children[0]
        if target.type not in ("variable", "braced_variable"):
            return None
        name = self.var_name(text_of(target, self.data))
        if op == "=":
            self.vars[name] = value
        elif op == "+=":
            self.vars[name] = BINARY["+"](self.vars.get(name), value)
        elif op == "-=":
            self.vars[name] = BINARY["-"](self.vars.get(name), value)
        else:
            self.vars[name] = None
        return None

    def increment(self, node: Node, step: int) -> Value:
        target = next((c for c in node.named_children), None)
        if target is None:
            return None
        name = self.var_name(text_of(target, self.data))
        current = as_int(self.vars.get(name))
        self.vars[name] = None if current is None else current + step
        return current

    def element(self, node: Node) -> Value:
        base = self.eval(node.named_children[0])
        index = self.eval(node.named_children[1]) if node.named_child_count > 1 else None
        return methods.index(base, index)

    def member(self, node: Node) -> Value:
        target = self.eval(node.named_children[0])
        name = self.member_name(node.named_children[-1])
        self.facts.members.add(name)
        static = any(c.type == "::" for c in node.children)
        return methods.property_of(target, name, static)

    def member_name(self, node: Node) -> str:
        """`.Name`, or `.('Down'+'loadString')`: a member named by an expression."""
        inner = _unwrap(node)
        if inner.type in ("simple_name", "member_name") or inner.named_child_count == 0:
            return text_of(node, self.data).strip("'\"`").lower()
        value = as_text(self.eval(inner))
        if value:
            self.facts.hidden_members.add(value.strip("'\"`").lower())
        return (value or text_of(node, self.data)).strip("'\"`").lower()

    def arguments(self, node: Node | None) -> list[Value]:
        if node is None:
            return []
        values: list[Value] = []
        for child in node.named_children:
            if child.type.endswith("argument_expression_list"):
                values.extend(self.eval(c) for c in child.named_children[:MAX_ITEMS])
            else:
                values.append(self.eval(child))
        return values

    def invoke(self, node: Node) -> Value:
        target_node = node.named_children[0]
        target = self.eval(target_node)
        name_node = next((c for c in node.named_children if c.type == "member_name"), None)
        args_node = next((c for c in node.named_children if c.type == "argument_list"), None)
        if name_node is None:
            return None
        name = self.member_name(name_node)
        args = self.arguments(args_node)
        self.facts.members.add(name)
        if isinstance(target, TypeRef):
            self.facts.members.add(target.name)
            if target.name in ("array", "linq.enumerable") and name == "reverse" and args_node:
                return self.reverse_in_place(args_node, args)
        return self.call(target, name, args)

    def call(self, target: Value, name: str, args: list[Value]) -> Value:
        """A method call; code it runs is interpreted, fetched code it runs is noted."""
        self.facts.members.add(name)
        result = methods.call(target, name, args, self.facts)
        if isinstance(result, Code) and name in ("invoke", "invokescript", "invokereturnasis"):
            self.run_code(result.text)
            return None
        if isinstance(result, Remote) and name in ("invoke", "invokescript"):
            self.facts.remote_code.append(result.url)
            return None
        return result

    def reverse_in_place(self, args_node: Node, args: list[Value]) -> Value:
        first = args[0] if args else None
        reversed_value: Value = None
        if isinstance(first, list):
            reversed_value = list(reversed(first))
        elif isinstance(first, str):
            reversed_value = [c for c in reversed(first)]
        var = next((c for c in _descendants(args_node, 8) if c.type == "variable"), None)
        if var is not None and reversed_value is not None:
            self.vars[self.var_name(text_of(var, self.data))] = reversed_value
        return reversed_value

    def cast(self, node: Node) -> Value:
        kind = type_name(text_of(node.named_children[0], self.data))
        value = self.eval(node.named_children[-1])
        return methods.cast(kind, value, self.facts)

    def unary(self, node: Node) -> Value:
        if node.child_count < 2:
            return self.eval(node.children[0]) if node.child_count else None
        op = text_of(node.children[0], self.data).strip().lower()
        value = self.eval(node.children[-1])
        if op == "-join":
            parts = [as_text(v) for v in as_list(value)]
            return None if any(p is None for p in parts) else "".join(p or "" for p in parts)
        if op == "-split":
            text = as_text(value)
            return None if text is None else list(text.split())
        if op == "-":
            number = as_int(value) if not isinstance(value, float) else value
            return None if number is None else -number
        if op in ("!", "-not"):
            return not value if isinstance(value, bool) else None
        if op == "-bnot":
            number = as_int(value)
            return None if number is None else ~number
        if op == ",":
            return [value]
        return None

    def binary(self, node: Node) -> Value:
        left_node, op_node, right_node = node.children
        op = text_of(op_node, self.data).strip().lower()
        left = self.eval(left_node)
        right = self.eval(right_node)
        fn = BINARY.get(op)
        if fn is not None:
            return fn(left, right)
        if op == "-f":
            return format_string(left, right)
        return None

    # -- pipelines and commands ------------------------------------------------------------

    def pipeline(self, node: Node) -> Value:
        parts: list[Node] = []
        for child in node.children:
            if child.type in ("|",):
                continue
            if child.type in ("&&", "||", ";"):
                if parts:
                    self.flow(parts)
                parts = []
                continue
            if child.is_named:
                parts.append(child)
        return self.flow(parts) if parts else None

    def flow(self, parts: list[Node]) -> Value:
        value: Value = None
        for i, part in enumerate(parts):
            inner = part
            while (
                inner.child_count == 1 and inner.named_child_count == 1 and inner.type != "command"
            ):
                inner = inner.children[0]
            if inner.type == "command" and i > 0:
                value = self.command(inner, (value,))
            else:
                value = self.eval(part)
        return value

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
        inner = _unwrap(node)
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
                access = _unwrap(previous)
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
            flag = text_of(child, self.data).lstrip("-/").lower()
            if flag and "command".startswith(flag) and flag.startswith("c"):
                # powershell.exe takes the rest of its command line as the code
                line_end = self.data.find(b"\n", child.end_byte)
                end = max(node.end_byte, line_end if line_end >= 0 else len(self.data))
                code = self.data[child.end_byte : end].decode("utf-8", "replace").strip()
                if len(code) > 1 and code[0] == code[-1] and code[0] in "\"'":
                    code = code[1:-1]
                self.run_code(code)
                return True
        return False

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

    def map(self, items: Value, block: Value) -> Value:
        if not isinstance(block, Code):
            return None
        parsed = parse("powershell", block.text, self.budget.remaining_ms())
        if parsed is None:
            return None
        tree, data = parsed
        saved = self.data
        self.data = data
        self.recording = False
        out: list[Value] = []
        try:
            for item in as_list(items)[:MAX_LOOP]:
                self.vars["_"] = item
                self.vars["psitem"] = item
                value: Value = None
                for statement in tree.root_node.named_children:
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
        rendered = interpret_powershell(code, self.facts, self.budget, self.nesting + 1)
        if rendered:
            self.facts.layer(rendered, code)

    # -- rendering ---------------------------------------------------------------------------

    def note(self, node: Node, value: Value) -> None:
        """Remember a computed string or command for the rewritten text (outermost wins)."""
        if not self.recording or len(self.spans) >= MAX_SPANS:
            return
        if isinstance(value, CommandRef):
            text = value.path or value.name
        elif isinstance(value, str) and len(value) <= RENDER_QUOTE_MAX:
            written = self.data[node.start_byte : node.end_byte].decode("utf-8", "replace")
            if written[1:-1] == value and written[:1] in "'\"":
                return
            text = "'" + value.replace("'", "''") + "'"
        else:
            return
        self.spans[(node.start_byte, node.end_byte)] = text

    def render(self) -> str:
        """The program with every noted span replaced: outermost spans, left to right."""
        out: list[str] = []
        pos = 0
        for (start, end), text in sorted(self.spans.items(), key=lambda x: (x[0][0], -x[0][1])):
            if start < pos:
                continue  # inside a span already replaced
            out.append(self.data[pos:start].decode("utf-8", "replace"))
            out.append(text)
            pos = end
        out.append(self.data[pos:].decode("utf-8", "replace"))
        return "".join(out)[: 2 * MAX_STRING]


def _truthy(value: Value) -> bool:
    if isinstance(value, list):
        return bool(value)
    return bool(value) and value is not None


def _wraps(node: Node) -> bool:
    """Whether node only wraps one child that is the same text (grammar layering)."""
    if node.child_count != 1 or node.type == "command":
        return False
    child = node.children[0]
    return (
        child.is_named and child.start_byte == node.start_byte and child.end_byte == node.end_byte
    )


def _unwrap(node: Node) -> Node:
    while _wraps(node):
        node = node.children[0]
    return node


def _commands(names: list[str]) -> Value:
    refs: list[Value] = [CommandRef(n) for n in names]
    if not refs:
        return None
    return refs[0] if len(refs) == 1 else refs


def _var_obj(value: Value) -> Value:
    return Obj("variable", as_text(value))


def _descendants(node: Node, limit: int) -> list[Node]:
    out: list[Node] = []
    stack = [node]
    while stack and len(out) < limit * 16:
        current = stack.pop()
        out.append(current)
        stack.extend(reversed(current.children))
    return out


def interpret_powershell(text: str, facts: Facts, budget: Budget, nesting: int = 0) -> str | None:
    """The text as PowerShell reads it, rewritten with computed names and strings written out.

    Commands, members and fetched-then-run URLs go into facts. Never raises: a budget cut or
    any surprise leaves facts.complete False and returns what was rendered so far.
    """
    interpreter = _Interpreter(facts, budget, nesting)
    try:
        return interpreter.run(text)
    except (OutOfBudget, RecursionError):
        facts.complete = False
        return None
    except Exception:
        if STRICT:
            raise
        log.debug("PowerShell interpretation failed", exc_info=True)
        facts.complete = False
        return None
