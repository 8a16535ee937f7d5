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
from collections.abc import Callable

from tree_sitter import Node, Tree

from app.detection.deobfuscate import WINDOWS_ENV
from app.detection.interpret import methods, psplain
from app.detection.interpret.budget import (
    MAX_DEPTH,
    MAX_ITEMS,
    MAX_STRING,
    Budget,
    OutOfBudget,
)
from app.detection.interpret.facts import Facts
from app.detection.interpret.grammar import PARSE_MS, parse, text_of, unwrap
from app.detection.interpret.names import load_names
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
from app.detection.interpret.pscommands import MAX_LOOP, SHELLS, Commands, is_command_flag
from app.detection.interpret.pswords import (
    AUTOMATIC,
    BINARY,
    USER_ENV,
    format_string,
    parameter_value,
    unescape_expandable,
)

log = logging.getLogger(__name__)
RENDER_QUOTE_MAX = 8192  # longer computed strings are left as written in the rendering
MAX_SPANS = 4096  # rewritten spans of one text


class _Interpreter(Commands):
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
        # node id -> what evaluating it needs that depends on the node alone (the node it
        # wraps down to, its type, a literal's value or a variable's name): a script block run
        # per item (`% {...}`) evaluates the same nodes again and again. Each entry holds a node
        # of the tree, which keeps the tree, and so the id, alive as long as the entry.
        self.shapes: dict[int, Shape] = {}
        # script blocks parsed once per interpreter, however many pipelines run them
        self.blocks: dict[str, tuple[Tree, bytes] | None] = {}
        # method call node id -> call_parts(node), for the same reason as shapes
        self.calls: dict[int, tuple[Node, Node | None, Node | None, str | None]] = {}

    # -- entry ----------------------------------------------------------------------------

    def run(self, text: str) -> str | None:
        plain = plain_statements(text) if PLAIN else None
        if plain is not None:
            return self.run_plain(text, plain)
        parsed = parse("powershell", text, self.budget.remaining_ms(PARSE_MS))
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
            if self.budget.strict:
                raise
            log.debug("PowerShell evaluation stopped", exc_info=True)
            self.facts.complete = False
        return self.render()

    def run_plain(self, text: str, plain: list[psplain.Statement]) -> str | None:
        """A plain command line (psplain.py), read as run() reads its tree: each command
        called with its arguments, and the same rewritten text."""
        if self.budget.remaining_ms(PARSE_MS) <= 0:  # where parse() would give up
            self.facts.complete = False
            return None
        self.data = text.encode("ascii")
        for start, end, elements in plain:
            self.budget.tick()
            self.plain_command(text, start, end, elements)
        return self.render()

    def plain_command(
        self, text: str, start: int, end: int, elements: list[psplain.Element]
    ) -> None:
        """Commands.command() for a plain command (no aliases of the text's own, a name as
        written, none of the commands builtin() reads but downloads and powershell)."""
        canonical = load_names().canonical(text[start:end])
        args: list[Value] = []
        params: dict[str, Value] = {}
        pending: str | None = None
        for kind, at, until in elements:
            word = text[at:until]
            value: Value
            if kind == psplain.PARAMETER:
                pending = word[1:].lower()
                params[pending] = True
                continue
            if kind == psplain.WORD:
                value = word
            elif kind == psplain.ENV_PATH:
                # bare_word() and note_leading_variable(), the variable looked up once
                name = word[: word.index("\\")]
                known = self.variable(name)
                value = (known if isinstance(known, str) else name) + word[len(name) :]
                self.note_span(at, at + len(name), known)
            elif kind == psplain.ENV:
                value = self.variable(word)
                if value is not None:
                    self.note_span(at, until, value)
            elif kind == psplain.VERBATIM:
                value = word[1:-1]
            else:
                value = self.plain_expandable(text, at, until)
                if value is not None:
                    self.note_span(at, until, value)
            if pending is not None:
                params[pending] = value
                pending = None
            else:
                args.append(value)
        flags: list[str] = []
        for key, value in params.items():
            flags.append(f"-{key}")
            if value is not True:
                flags.append(as_text(value) or "")
        self.facts.invoke(canonical, flags + [as_text(a) or "" for a in args], "powershell")
        low = canonical.lower()
        if low in _DOWNLOADS:
            out = parameter_value(params, "outfile", parameter_value(params, "destination", None))
            if isinstance(out, str):
                self.facts.downloaded_files.append(out)
        elif low in SHELLS:
            flags_at = [(a, c) for k, a, c in elements if k == psplain.PARAMETER]
            flag = next((c for a, c in flags_at if is_command_flag(text[a:c])), None)
            if flag is not None:
                self.run_shell_code(flag, elements[-1][2])
            else:
                self.shell_args(args, params)

    def plain_expandable(self, text: str, start: int, end: int) -> Value:
        """expandable() of a plain double-quoted string (its only expansions $env:NAME)."""
        out: list[str] = []
        pos = start + 1
        for at, until in psplain.variables(text, start + 1, end - 1):
            out.append(text[pos:at])
            value = self.variable(text[at:until])
            if value is not None:
                self.note_span(at, until, value)  # as eval() notes the variable
            value = as_text(value)
            if value is None:
                return None
            out.append(value)
            pos = until
        out.append(text[pos : end - 1])
        return "".join(out)

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
        budget = self.budget
        budget.steps -= 1  # Budget.tick(), inlined (the hottest call): the same checks
        if budget.steps & 0xFF == 0 or budget.steps < 0:
            budget.tick(0)
        key = node.id
        shape = self.shapes.get(key)
        if shape is None:
            shape = self.shapes[key] = self.shape(node)
        inner, kind, fixed, how = shape
        if self.depth > MAX_DEPTH:
            self.facts.complete = False
            return None
        self.depth += 1
        try:
            if how is None:  # a literal
                value = fixed
            elif kind in _VARIABLES:
                value = self.variable_named(fixed) if isinstance(fixed, str) else None
            elif fixed is None:
                value = how(self, inner)
            else:  # a cast's type or an operator, from shape()
                value = how(self, inner, fixed)
        finally:
            self.depth -= 1
        if isinstance(value, (str, list)) and len(value) > 1024:
            value = value[:MAX_STRING] if isinstance(value, str) else value[:MAX_ITEMS]  # clip()
            self.budget.tick(len(value) // 1024)  # big values cost what copying them costs
        if value is not None and self.recording:
            self.note_span(node.start_byte, node.end_byte, value)
        return value

    def shape(self, node: Node) -> Shape:
        """What eval() needs from the node alone, worked out once: the node it wraps down to,
        its type, a literal's value, a variable's name, a cast's type or an operator, and the
        method that evaluates it (evaluate()'s choice, made once; None for a literal)."""
        while node.child_count == 1 and node.type != "command":  # wraps(), inlined
            child = node.children[0]
            if not child.is_named or (child.start_byte, child.end_byte) != (
                node.start_byte,
                node.end_byte,
            ):
                break
            node = child
        kind = node.type
        if kind in _LITERALS:
            return node, kind, clip(self.evaluate(node, kind)), None
        if kind in _VARIABLES:
            return node, kind, self.var_name(text_of(node, self.data)), _Interpreter.variable_named
        if kind == "cast_expression" and node.named_child_count:
            cast_type = type_name(text_of(node.named_children[0], self.data))
            return node, kind, cast_type, _Interpreter.cast
        if kind == "expression_with_unary_operator" and node.child_count >= 2:
            op = text_of(node.children[0], self.data).strip().lower()
            return node, kind, op, _Interpreter.unary
        if kind not in _EVALUATE and not _is_array(kind) and node.child_count == 3:
            op = text_of(node.children[1], self.data).strip().lower()
            return node, kind, op, _Interpreter.binary
        method = _EVALUATE.get(kind)
        if method is not None:
            return node, kind, None, method
        if _is_array(kind):
            return node, kind, None, _Interpreter.items
        if node.child_count == 3:
            return node, kind, None, _Interpreter.binary
        if node.named_child_count == 1:
            return node, kind, None, _Interpreter.only_child
        return node, kind, None, _Interpreter.each_child

    def items(self, node: Node) -> Value:
        return [self.eval(c) for c in node.named_children[:MAX_ITEMS]]

    def only_child(self, node: Node) -> Value:
        return self.eval(node.named_children[0])

    def each_child(self, node: Node) -> Value:
        for child in node.named_children:
            self.eval(child)
        return None

    def evaluate(self, node: Node, kind: str, fixed: Value = None) -> Value:
        if isinstance(fixed, str):  # a cast's type or an operator, from shape()
            if kind == "cast_expression":
                return self.cast(node, fixed)
            if kind == "expression_with_unary_operator":
                return self.unary(node, fixed)
            return self.binary(node, fixed)
        method = _EVALUATE.get(kind)
        if method is not None:
            return method(self, node)
        if _is_array(kind):
            return [self.eval(c) for c in node.named_children[:MAX_ITEMS]]
        if node.child_count == 3:
            return self.binary(node)
        if node.named_child_count == 1:
            return self.eval(node.named_children[0])
        for child in node.named_children:
            self.eval(child)
        return None

    def integer(self, node: Node) -> Value:
        return methods.number(text_of(node, self.data))

    def real(self, node: Node) -> Value:
        try:
            return float(text_of(node, self.data).rstrip("dD"))
        except ValueError:
            return None

    def type_literal(self, node: Node) -> Value:
        return TypeRef(type_name(text_of(node, self.data)))

    def script_block(self, node: Node) -> Value:
        return Code(text_of(node, self.data)[1:-1])

    def array(self, node: Node) -> Value:
        return self.group(node, array=True)

    def parenthesised(self, node: Node) -> Value:
        return self.group(node, array=False)

    def command_alone(self, node: Node) -> Value:
        return self.command(node, None)

    def nothing(self, node: Node) -> Value:
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
        return self.variable_named(self.var_name(text))

    def variable_named(self, name: str) -> Value:
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

    def plus_one(self, node: Node) -> Value:
        return self.increment(node, 1)

    def minus_one(self, node: Node) -> Value:
        return self.increment(node, -1)

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

    def call_parts(self, node: Node) -> tuple[Node, Node | None, Node | None, str | None]:
        """A method call's target, member and arguments, and the member's name when it is
        written out (not an expression): worked out once per call node, as shape() does."""
        named = node.named_children
        name_node = next((c for c in named if c.type == "member_name"), None)
        args_node = next((c for c in named if c.type == "argument_list"), None)
        plain_name = None
        if name_node is not None and _plain_member(unwrap(name_node)):
            plain_name = text_of(name_node, self.data).strip("'\"`").lower()
        return named[0], name_node, args_node, plain_name

    def member_name(self, node: Node) -> str:
        """`.Name`, or `.('Down'+'loadString')`: a member named by an expression."""
        inner = unwrap(node)
        if _plain_member(inner):
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
        parts = self.calls.get(node.id)
        if parts is None:
            parts = self.calls[node.id] = self.call_parts(node)
        target_node, name_node, args_node, plain_name = parts
        target = self.eval(target_node)
        if name_node is None:
            return None
        name = plain_name if plain_name is not None else self.member_name(name_node)
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

    def cast(self, node: Node, kind: str | None = None) -> Value:
        kind = kind or type_name(text_of(node.named_children[0], self.data))
        value = self.eval(node.named_children[-1])
        return methods.cast(kind, value, self.facts)

    def unary(self, node: Node, op: str | None = None) -> Value:
        if node.child_count < 2:
            return self.eval(node.children[0]) if node.child_count else None
        op = op if op is not None else text_of(node.children[0], self.data).strip().lower()
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

    def binary(self, node: Node, op: str | None = None) -> Value:
        left_node, op_node, right_node = node.children
        op = op if op is not None else text_of(op_node, self.data).strip().lower()
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

    def read_nested(self, code: str) -> str | None:
        return interpret_powershell(code, self.facts, self.budget, self.nesting + 1)

    # -- rendering ---------------------------------------------------------------------------

    def note(self, node: Node, value: Value) -> None:
        """Remember a computed string or command for the rewritten text (outermost wins)."""
        self.note_span(node.start_byte, node.end_byte, value)

    def note_span(self, start: int, end: int, value: Value) -> None:
        """note(), for the bytes start..end of the source."""
        if not self.recording or len(self.spans) >= MAX_SPANS:
            return
        if isinstance(value, CommandRef):
            text = value.path or value.name
        elif isinstance(value, str) and len(value) <= RENDER_QUOTE_MAX:
            written = self.data[start:end].decode("utf-8", "replace")
            if written[1:-1] == value and written[:1] in "'\"":
                return
            text = "'" + value.replace("'", "''") + "'"
        else:
            return
        self.spans[(start, end)] = text

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


# node types whose value depends on the node alone (worked out once, in shape()), and variables
_LITERALS = frozenset(
    {
        "integer_literal",
        "decimal_integer_literal",
        "hexadecimal_integer_literal",
        "real_literal",
        "type_literal",
        "script_block_expression",
        "verbatim_string_characters",
        "verbatim_here_string_characters",
    }
)
_VARIABLES = frozenset({"variable", "braced_variable"})
# what eval() keeps of a node (_Interpreter.shape)
Shape = tuple[Node, str, Value, "Callable[..., Value] | None"]


def _plain_member(inner: Node) -> bool:
    """Whether a member is named as written (`.Name`), not by an expression."""
    return inner.type in ("simple_name", "member_name") or inner.named_child_count == 0


def _is_array(kind: str) -> bool:
    return kind == "array_literal_expression" or kind.endswith("argument_expression_list")


_EVALUATE: dict[str, Callable[[_Interpreter, Node], Value]] = {
    "string_literal": _Interpreter.string,
    "verbatim_string_characters": _Interpreter.string,
    "verbatim_here_string_characters": _Interpreter.string,
    "expandable_string_literal": _Interpreter.expandable,
    "expandable_here_string_literal": _Interpreter.expandable,
    "integer_literal": _Interpreter.integer,
    "decimal_integer_literal": _Interpreter.integer,
    "hexadecimal_integer_literal": _Interpreter.integer,
    "real_literal": _Interpreter.real,
    "parenthesized_expression": _Interpreter.parenthesised,
    "sub_expression": _Interpreter.parenthesised,
    "array_expression": _Interpreter.array,
    "type_literal": _Interpreter.type_literal,
    "script_block_expression": _Interpreter.script_block,
    "assignment_expression": _Interpreter.assign,
    "pipeline": _Interpreter.pipeline,
    "pipeline_chain": _Interpreter.pipeline,
    "command": _Interpreter.command_alone,
    "element_access": _Interpreter.element,
    "member_access": _Interpreter.member,
    "invokation_expression": _Interpreter.invoke,
    "cast_expression": _Interpreter.cast,
    "expression_with_unary_operator": _Interpreter.unary,
    "post_increment_expression": _Interpreter.plus_one,
    "pre_increment_expression": _Interpreter.plus_one,
    "post_decrement_expression": _Interpreter.minus_one,
    "pre_decrement_expression": _Interpreter.minus_one,
    "hash_literal_expression": _Interpreter.nothing,
}


# Whether the plain reading may read a text (psplain.py): tests turn it off to compare.
PLAIN = True
# what builtin() reads of a command beside calling it, besides downloads and powershell: a text
# that runs any of them is parsed and evaluated
_NOT_PLAIN = frozenset(
    {"invoke-expression", "foreach-object", "where-object", "write-output", "out-string",
     "write-host", "echo", "get-alias", "get-command", "get-childitem", "get-item",
     "resolve-path", "get-variable", "set-variable", "new-variable", "set-alias", "new-alias",
     "new-object", "invoke-command", "start-job", "join-path", "&", "."}
)  # fmt: skip
_DOWNLOADS = frozenset({"invoke-webrequest", "invoke-restmethod", "start-bitstransfer"})


def plain_statements(text: str) -> list[psplain.Statement] | None:
    """The statements of a plain command line (psplain.py) whose every command plain_command()
    reads as builtin() does; None for any other text (parsed and evaluated)."""
    found = psplain.statements(text)
    if found is None:
        return None
    names = load_names()
    if any(names.canonical(text[a:b]).lower() in _NOT_PLAIN for a, b, _ in found):
        return None
    return found


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
        if budget.strict:
            raise
        log.debug("PowerShell interpretation failed", exc_info=True)
        facts.complete = False
        return None
