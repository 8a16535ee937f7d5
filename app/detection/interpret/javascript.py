"""Read JavaScript the way a browser console will: strings computed, callees resolved.

Parsed with the tree-sitter JavaScript grammar. The evaluator knows the hiding tricks of
console-paste lures: `atob`, `String.fromCharCode`, `unescape`, split/reverse/join, bracket
member access (`window['ev'+'al']`), and what runs code: `eval`, `Function`, `setTimeout` with
a string, `$.getScript`, a `<script>` element given a `src`, and fetch-then-eval of a remote
URL. Nothing is run or fetched.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import re
import urllib.parse
from dataclasses import dataclass

import re2
from tree_sitter import Node

from app.detection.interpret.budget import (
    MAX_DEPTH,
    MAX_ITEMS,
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
GLOBAL_OBJECTS = ("window", "self", "globalthis", "top", "parent", "frames", "this")
FUNCTIONS = (
    "eval", "function", "atob", "btoa", "unescape", "decodeuricomponent", "decodeuri", "escape",
    "fetch", "settimeout", "setinterval", "parseint", "string", "importscripts",
)  # fmt: skip
RUNS_CODE = ("eval", "function", "settimeout", "setinterval", "execscript")
_ESCAPE = re.compile(
    r"\\(x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|[0-7]{1,3}|.)", re.S
)
# a handler that runs an XMLHttpRequest's text (RE2: linear in the handler's length)
_RUNS_RESPONSE = re2.compile(r"\b(?:eval|Function)\s*\([^)]*responseText")
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


@dataclass(frozen=True)
class Func:
    """A built-in function or method the evaluator recognises, by its lower-case name."""

    name: str


@dataclass(frozen=True)
class Obj:
    kind: str  # "window", "document", "jquery", "script-element", "xhr"


@dataclass(frozen=True)
class Code:
    text: str


Js = str | int | float | bool | list["Js"] | Func | Obj | Code | Remote | None


def js_escapes(text: str) -> str:
    def sub(m: re.Match[str]) -> str:
        e = m.group(1)
        try:
            if e.startswith("x"):
                return chr(int(e[1:], 16))
            if e.startswith("u{"):
                return chr(int(e[2:-1], 16))
            if e.startswith("u") and len(e) == 5:
                return chr(int(e[1:], 16))
            if e[0] in "1234567" or (e[0] == "0" and len(e) > 1):
                return chr(int(e, 8))
        except ValueError:
            return m.group(0)
        return _SIMPLE.get(e, e)

    return _ESCAPE.sub(sub, text) if "\\" in text else text


def _text(value: Js) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, list):
        parts = [_text(v) for v in value[:MAX_ITEMS]]
        return None if any(p is None for p in parts) else ",".join(p or "" for p in parts)
    return None


def _number(value: Js) -> int | float | None:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return value
    if isinstance(value, str):
        try:
            return float(value) if "." in value else int(value, 0)
        except ValueError:
            return None
    return None


class _Js:
    def __init__(self, facts: Facts, budget: Budget, nesting: int) -> None:
        self.facts = facts
        self.budget = budget
        self.nesting = nesting
        self.vars: dict[str, Js] = {}
        self.spans: dict[tuple[int, int], str] = {}
        self.data = b""
        self.depth = 0
        self.xhr_url = ""  # the address of the last XMLHttpRequest.open()
        self.xhr_handler_runs = False  # an XHR handler runs the response text

    def run(self, text: str) -> str | None:
        parsed = parse("javascript", text, self.budget.remaining_ms(PARSE_MS))
        if parsed is None:
            self.facts.complete = False
            return None
        tree, self.data = parsed
        try:
            self.exec(tree.root_node)
        except (OutOfBudget, RecursionError):
            self.facts.complete = False
        except Exception:
            if self.budget.strict:
                raise
            log.debug("JavaScript evaluation stopped", exc_info=True)
            self.facts.complete = False
        return self.render()

    def exec(self, node: Node) -> None:
        self.budget.tick()
        kind = node.type
        if kind in ("comment", "function_declaration", "class_declaration"):
            return
        if kind in ("lexical_declaration", "variable_declaration"):
            for declarator in node.named_children:
                name = declarator.child_by_field_name("name")
                value = declarator.child_by_field_name("value")
                if name is not None and name.type == "identifier":
                    self.vars[text_of(name, self.data)] = (
                        self.eval(value) if value is not None else None
                    )
            return
        if kind == "expression_statement":
            for child in node.named_children:
                self.eval(child)
            return
        for child in node.named_children:
            self.exec(child)

    def eval(self, node: Node) -> Js:
        self.budget.tick()
        if self.depth > MAX_DEPTH:
            self.facts.complete = False
            return None
        self.depth += 1
        try:
            value = self.evaluate(node)
        finally:
            self.depth -= 1
        if isinstance(value, str) and len(value) > MAX_STRING:
            value = value[:MAX_STRING]
        self.note(node, value)
        return value

    def note(self, node: Node, value: Js) -> None:
        plain = node.type in ("string", "number", "identifier", "assignment_expression")
        if len(self.spans) >= MAX_SPANS or plain:
            return
        raw = text_of(node, self.data)
        if isinstance(value, str) and len(value) <= 8192 and raw[1:-1] != value:
            self.spans[(node.start_byte, node.end_byte)] = json.dumps(value)
        elif (
            isinstance(value, Func) and not value.name.startswith(".") and raw.lower() != value.name
        ):
            self.spans[(node.start_byte, node.end_byte)] = value.name

    def evaluate(self, node: Node) -> Js:
        kind = node.type
        if kind == "string":
            return js_escapes(text_of(node, self.data)[1:-1])
        if kind == "template_string":
            return self.template(node)
        if kind == "number":
            return _number(text_of(node, self.data).replace("_", ""))
        if kind in ("true", "false"):
            return kind == "true"
        if kind == "identifier":
            return self.identifier(text_of(node, self.data))
        if kind == "this":
            return Obj("window")
        if kind == "parenthesized_expression" or kind == "sequence_expression":
            value: Js = None
            for child in node.named_children:
                value = self.eval(child)
            return value
        if kind == "array":
            return [self.eval(c) for c in node.named_children[:MAX_ITEMS]]
        if kind == "binary_expression":
            return self.binary(node)
        if kind == "member_expression":
            target = self.eval(node.child_by_field_name("object") or node.named_children[0])
            prop = node.child_by_field_name("property")
            return self.member(target, text_of(prop, self.data) if prop is not None else "")
        if kind == "subscript_expression":
            target = self.eval(node.child_by_field_name("object") or node.named_children[0])
            index_node = node.child_by_field_name("index")
            index = self.eval(index_node) if index_node is not None else None
            if isinstance(index, int | float) and isinstance(target, str | list):
                i = int(index)
                return target[i] if 0 <= i < len(target) else None
            name = _text(index)
            return self.member(target, name) if name is not None else None
        if kind in ("call_expression", "new_expression"):
            return self.call(node)
        if kind == "assignment_expression":
            return self.assign(node)
        if kind in ("arrow_function", "function_expression", "function"):
            return Code(text_of(node, self.data))
        if kind == "await_expression":
            return self.eval(node.named_children[0]) if node.named_children else None
        for child in node.named_children:
            self.eval(child)
        return None

    def template(self, node: Node) -> Js:
        out: list[str] = []
        for child in node.named_children:
            if child.type == "string_fragment" or child.type == "escape_sequence":
                out.append(js_escapes(text_of(child, self.data)))
            elif child.type == "template_substitution":
                value = _text(self.eval(child.named_children[0])) if child.named_children else None
                if value is None:
                    return None
                out.append(value)
        return "".join(out)

    def identifier(self, name: str) -> Js:
        if name in self.vars:
            return self.vars[name]
        low = name.lower()
        if low in GLOBAL_OBJECTS:
            return Obj("window")
        if name == "document":
            return Obj("document")
        if name in ("$", "jQuery"):
            return Obj("jquery")
        if name == "XMLHttpRequest":
            return Func("xmlhttprequest")
        if (low in FUNCTIONS and name[0].islower()) or name in ("Function", "String"):
            return Func(low)
        return None

    def member(self, target: Js, name: str) -> Js:
        low = name.lower()
        if isinstance(target, Obj):
            if target.kind == "window":
                return self.identifier(name) if name not in self.vars else self.vars[name]
            if target.kind == "jquery" and low in ("get", "getscript", "ajax", "post", "getjson"):
                return Func("$." + low)
            if target.kind == "document" and low in ("write", "writeln", "createelement"):
                return Func("document." + low)
        if isinstance(target, Remote) and low in ("responsetext", "response"):
            return Remote(target.url or self.xhr_url)
        if isinstance(target, Func) and target.name == "string" and low == "fromcharcode":
            return Func("string.fromcharcode")
        if isinstance(target, str | list) and low == "length":
            return len(target)
        if isinstance(target, str | list | Remote | Obj):
            return (
                Func("." + low) if not isinstance(target, Obj) or target.kind != "window" else None
            )
        return None

    def binary(self, node: Node) -> Js:
        left = self.eval(node.child_by_field_name("left") or node.named_children[0])
        right = self.eval(node.child_by_field_name("right") or node.named_children[-1])
        op_node = node.child_by_field_name("operator")
        op = text_of(op_node, self.data) if op_node is not None else ""
        if op == "+":
            if isinstance(left, str) or isinstance(right, str):
                a, b = _text(left), _text(right)
                return None if a is None or b is None else (a + b)[:MAX_STRING]
            x, y = _number(left), _number(right)
            return None if x is None or y is None else x + y
        x, y = _number(left), _number(right)
        if x is None or y is None:
            return None
        try:
            if op == "-":
                return x - y
            if op == "*":
                return x * y
            if op in ("^", "&", "|") and isinstance(x, int) and isinstance(y, int):
                return {"^": x ^ y, "&": x & y, "|": x | y}[op]
            if op == "%" and y:
                return x % y
        except (OverflowError, ValueError, TypeError):
            return None
        return None

    def assign(self, node: Node) -> Js:
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        value = self.eval(right) if right is not None else None
        if left is None:
            return value
        if left.type == "identifier":
            self.vars[text_of(left, self.data)] = value
        elif left.type == "member_expression":
            obj = left.child_by_field_name("object")
            prop = left.child_by_field_name("property")
            target = self.eval(obj) if obj is not None else None
            if isinstance(target, Obj) and target.kind == "script-element" and prop is not None:
                if text_of(prop, self.data).lower() == "src" and isinstance(value, str):
                    self.facts.remote_script.append(value)
                elif text_of(prop, self.data).lower() in ("text", "innerhtml", "textcontent"):
                    self.run_code(value)
            handler = text_of(prop, self.data).lower() if prop is not None else ""
            # xhr.onload = function () { eval(this.responseText) }
            if (
                isinstance(target, Remote)
                and handler.startswith("on")
                and isinstance(value, Code)
                and _RUNS_RESPONSE.search(value.text) is not None
            ):
                self.xhr_handler_runs = True
                if self.xhr_url:
                    self.facts.remote_script.append(self.xhr_url)
            navigates = prop is not None and text_of(prop, self.data).lower() == "location"
            if isinstance(target, Obj) and target.kind == "window" and navigates:
                self.facts.members.add("navigate")
        return value

    def call(self, node: Node) -> Js:
        callee_node = node.child_by_field_name("function") or node.child_by_field_name(
            "constructor"
        )
        args_node = node.child_by_field_name("arguments")
        callee = self.eval(callee_node) if callee_node is not None else None
        receiver: Js = None
        if callee_node is not None and callee_node.type == "member_expression":
            obj = callee_node.child_by_field_name("object")
            receiver = self.eval(obj) if obj is not None else None
        args = (
            [self.eval(a) for a in args_node.named_children[:MAX_ITEMS]]
            if args_node is not None
            else []
        )
        if (
            callee_node is not None
            and callee_node.type == "identifier"
            and text_of(callee_node, self.data) == "await"
        ):
            # outside an async function a console's top-level `await (x)` parses as a call
            return args[0] if args else None
        if isinstance(callee, Code):
            self.run_code(callee.text if node.type == "call_expression" else None)
            return None
        if not isinstance(callee, Func):
            return None
        name = callee.name
        written = text_of(callee_node, self.data).lower() if callee_node is not None else ""
        hidden = name.lstrip(".$") not in written.replace(" ", "")
        first = args[0] if args else None
        if not name.startswith("."):
            self.facts.invoke(name, [_text(a) or "" for a in args], "js", hidden)
            self.facts.members.add(name)
        if name == "atob":
            text = _text(first)
            if text is None:
                return None
            try:
                return base64.b64decode(text + "=" * (-len(text) % 4)).decode("latin-1")
            except (binascii.Error, ValueError):
                return None
        if name == "string.fromcharcode":
            codes = [_number(a) for a in args]
            if any(c is None or not 0 <= c < 0x110000 for c in codes):
                return None
            return "".join(chr(int(c or 0)) for c in codes)
        if name in ("unescape", "decodeuricomponent", "decodeuri"):
            text = _text(first)
            if text is None:
                return None
            text = re.sub(r"%u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
            return urllib.parse.unquote(text)
        if name == "parseint":
            text, base = _text(first), _number(args[1]) if len(args) > 1 else 10
            try:
                return int(text or "", int(base or 10))
            except ValueError:
                return None
        if name in ("eval", "settimeout", "setinterval", "execscript"):
            self.run_code(first)
            return None
        if name == "xmlhttprequest":
            return Remote("")  # its address comes with .open(); its text is .responseText
        if name == "function":
            if args and isinstance(args[-1], Remote):  # Function(fetched text)
                self.facts.remote_script.append(args[-1].url)
                return None
            body = _text(args[-1]) if args else None
            return Code(body) if body is not None else None
        if name in ("fetch", "$.get", "$.post", "$.getjson"):
            url = _text(first)
            if name == "$.get" and len(args) > 1 and isinstance(args[-1], Func | Code):
                self._then(Remote(url or ""), args[-1])
            return Remote(url or "")
        if name == "$.getscript" or name == "importscripts":
            url = _text(first)
            self.facts.remote_script.append(url or "")
            return None
        if name in ("document.write", "document.writeln"):
            text = _text(first)
            if text:
                self.facts.layer(text, "")
            return None
        if name == "document.createelement":
            return Obj("script-element") if (_text(first) or "").lower() == "script" else None
        return self.method(name[1:] if name.startswith(".") else name, receiver, args)

    def _then(self, source: Remote, handler: Js) -> None:
        runs = isinstance(handler, Func) and handler.name in RUNS_CODE
        if isinstance(handler, Code):
            runs = re.search(r"\b(?:eval|Function|setTimeout)\s*\(", handler.text) is not None
        if runs:
            self.facts.remote_script.append(source.url)

    def method(self, name: str, receiver: Js, args: list[Js]) -> Js:
        first = args[0] if args else None
        if isinstance(receiver, Remote):
            if name == "open" and len(args) > 1:  # XMLHttpRequest.open(method, url)
                self.xhr_url = _text(args[1]) or ""
                if self.xhr_handler_runs:
                    self.facts.remote_script.append(self.xhr_url)
                return None
            if name == "then" and first is not None:
                self._then(receiver, first)
            return receiver if name in ("then", "text", "json", "catch") else None
        if isinstance(receiver, str):
            if name == "split":
                sep = _text(first) if first is not None else None
                items: list[Js] = []
                if sep == "":
                    items.extend(receiver[:MAX_ITEMS])
                elif sep is None:
                    items.append(receiver)
                else:
                    items.extend(receiver.split(sep)[:MAX_ITEMS])
                return items
            if name == "replace" or name == "replaceall":
                old, new = _text(first), _text(args[1]) if len(args) > 1 else ""
                if old is None or new is None:
                    return None
                return (
                    receiver.replace(old, new)
                    if name == "replaceall"
                    else receiver.replace(old, new, 1)
                )
            if name in ("substr", "substring", "slice"):
                a = int(_number(first) or 0)
                b = _number(args[1]) if len(args) > 1 else None
                if name == "substr":
                    return receiver[a : a + int(b)] if b is not None else receiver[a:]
                return receiver[a : int(b)] if b is not None else receiver[a:]
            if name in ("tolowercase", "touppercase", "trim"):
                return {
                    "tolowercase": receiver.lower,
                    "touppercase": receiver.upper,
                    "trim": receiver.strip,
                }[name]()
            if name == "charcodeat":
                i = int(_number(first) or 0)
                return ord(receiver[i]) if 0 <= i < len(receiver) else None
            if name == "concat":
                parts = [_text(a) for a in args]
                return (
                    None
                    if any(p is None for p in parts)
                    else receiver + "".join(p or "" for p in parts)
                )
            if name == "tostring":
                return receiver
        if isinstance(receiver, list):
            if name == "reverse":
                return list(reversed(receiver))
            if name == "join":
                sep = _text(first) if first is not None else ","
                parts = [_text(v) for v in receiver]
                return (
                    None
                    if sep is None or any(p is None for p in parts)
                    else sep.join(p or "" for p in parts)
                )
            if name == "map" and isinstance(first, Func) and first.name == "string.fromcharcode":
                codes = [_number(v) for v in receiver]
                return None if any(c is None for c in codes) else [chr(int(c or 0)) for c in codes]
        return None

    def run_code(self, code: Js) -> None:
        if isinstance(code, Remote):
            self.facts.remote_script.append(code.url)
            return
        text = code.text if isinstance(code, Code) else _text(code)
        if not text:
            return
        if self.nesting >= MAX_NESTED_CODE:
            self.facts.complete = False
            return
        self.facts.layer(text, "")
        rendered = interpret_javascript(text, self.facts, self.budget, self.nesting + 1)
        if rendered:
            self.facts.layer(rendered, text)

    def render(self) -> str:
        out: list[str] = []
        pos = 0
        for (start, end), text in sorted(self.spans.items(), key=lambda x: (x[0][0], -x[0][1])):
            if start < pos:
                continue
            out.append(self.data[pos:start].decode("utf-8", "replace"))
            out.append(text)
            pos = end
        out.append(self.data[pos:].decode("utf-8", "replace"))
        return "".join(out)[: 2 * MAX_STRING]


_BOOKMARKLET = re.compile(r"(?i)javascript\s*:")


def script_of(text: str) -> str:
    """A `javascript:` URL with junk before it is the script after it, URL-decoded."""
    m = _BOOKMARKLET.search(text)
    if m is None:
        return text
    script = text[m.end() :]
    return urllib.parse.unquote(script) if "%" in script else script


def interpret_javascript(text: str, facts: Facts, budget: Budget, nesting: int = 0) -> str | None:
    """The text as a JavaScript console reads it. Never raises."""
    reader = _Js(facts, budget, nesting)
    try:
        return reader.run(script_of(text))
    except (OutOfBudget, RecursionError):
        facts.complete = False
        return None
    except Exception:
        if budget.strict:
            raise
        log.debug("JavaScript interpretation failed", exc_info=True)
        facts.complete = False
        return None
