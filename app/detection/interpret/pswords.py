"""PowerShell's operators, escapes, automatic variables and parameter binding, on plain values."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.detection.interpret import regex
from app.detection.interpret.budget import MAX_ITEMS, MAX_STRING, OutOfBudget
from app.detection.interpret.objects import Value, as_int, as_list, as_text, texts

# Automatic variables whose letters obfuscated commands cut out ($PSHome[4], $ShellId[1]...).
AUTOMATIC: dict[str, Value] = {
    "pshome": "C:\\Windows\\System32\\WindowsPowerShell\\v1.0",
    "shellid": "Microsoft.PowerShell",
    "verbosepreference": "SilentlyContinue",
    "erroractionpreference": "Continue",
    "debugpreference": "SilentlyContinue",
    "warningpreference": "Continue",
    "informationpreference": "SilentlyContinue",
    "progresspreference": "Continue",
    "confirmpreference": "High",
    "null": None,
    "true": True,
    "false": False,
    "ofs": " ",
    "pid": None,
}

# Per-user variables: a stand-in user, so that paths built from them still read as paths.
USER_ENV = {
    "temp": "C:\\Users\\user\\AppData\\Local\\Temp",
    "tmp": "C:\\Users\\user\\AppData\\Local\\Temp",
    "appdata": "C:\\Users\\user\\AppData\\Roaming",
    "localappdata": "C:\\Users\\user\\AppData\\Local",
    "userprofile": "C:\\Users\\user",
    "homepath": "\\Users\\user",
    "homedrive": "C:",
    "username": "user",
}

_ESCAPES = {
    "0": "\0",
    "a": "\a",
    "b": "\b",
    "e": "\x1b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "v": "\v",
}


def unescape_expandable(text: str) -> str:
    """Backtick escapes of a double-quoted string; `x for any other x is x; "" is "."""
    if "`" not in text and '""' not in text:
        return text
    out: list[str] = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "`" and i + 1 < len(text):
            nxt = text[i + 1]
            if nxt == "u" and text[i + 2 : i + 3] == "{":
                end = text.find("}", i + 3, i + 12)
                if end > 0:
                    try:
                        out.append(chr(int(text[i + 3 : end], 16)))
                        i = end + 1
                        continue
                    except ValueError:
                        pass
            out.append(_ESCAPES.get(nxt, nxt))
            i += 2
            continue
        if c == '"' and text[i + 1 : i + 2] == '"':
            out.append('"')
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _plus(left: Value, right: Value) -> Value:
    if isinstance(left, str):
        tail = as_text(right)
        return None if tail is None else (left + tail)[:MAX_STRING]
    if isinstance(left, list):
        return (left + as_list(right))[:MAX_ITEMS]
    if left is None and isinstance(right, str | list):
        return None
    a, b = _numbers(left, right)
    return None if a is None or b is None else a + b


def _numbers(left: Value, right: Value) -> tuple[int | float | None, int | float | None]:
    def num(v: Value) -> int | float | None:
        return v if isinstance(v, float) else as_int(v)

    return num(left), num(right)


def _arith(
    fn: Callable[[int | float, int | float], int | float],
) -> Callable[[Value, Value], Value]:
    def apply(left: Value, right: Value) -> Value:
        a, b = _numbers(left, right)
        if a is None or b is None:
            return None
        try:
            result = fn(a, b)
        except (ZeroDivisionError, OverflowError, ValueError):
            return None
        if isinstance(result, float) and result.is_integer() and abs(result) < 1 << 53:
            return int(result)
        return result

    return apply


def _times(left: Value, right: Value) -> Value:
    count = as_int(right)
    if isinstance(left, str) and count is not None:
        return left * max(0, min(count, MAX_STRING // max(1, len(left))))
    return _arith(lambda a, b: a * b)(left, right)


def _bitwise(fn: Callable[[int, int], int]) -> Callable[[Value, Value], Value]:
    def apply(left: Value, right: Value) -> Value:
        if isinstance(left, list):
            return [apply(x, right) for x in left[:MAX_ITEMS]]
        a, b = _char_int(left), _char_int(right)
        return None if a is None or b is None else fn(a, b)

    return apply


def _char_int(value: Value) -> int | None:
    if isinstance(value, str) and len(value) == 1 and not value.isdigit():
        return ord(value)
    return as_int(value)


def _join(left: Value, right: Value) -> Value:
    sep = as_text(right) if right is not None else ""
    parts = [as_text(v) for v in as_list(left)]
    if sep is None or any(p is None for p in parts):
        return None
    return sep.join(p or "" for p in parts)[:MAX_STRING]


def _replace(case: bool) -> Callable[[Value, Value], Value]:
    def apply(left: Value, right: Value) -> Value:
        pair = as_list(right)
        pattern = as_text(pair[0]) if pair else None
        replacement = as_text(pair[1]) if len(pair) > 1 else ""
        if isinstance(left, list):
            return [apply(x, right) for x in left[:MAX_ITEMS]]
        text = as_text(left)
        if text is None or pattern is None or replacement is None:
            return None
        return regex_replace(text, pattern, replacement, case)

    return apply


def regex_replace(text: str, pattern: str, replacement: str, case: bool = False) -> str | None:
    """.NET Regex.Replace done with RE2 (linear time); $1 and ${1} in the replacement."""
    try:
        return regex.replace(text, pattern, replacement, case)
    except regex.TooManyMatches:
        raise OutOfBudget from None  # the reading is incomplete, never quietly wrong
    except IndexError:
        return None


def _split(left: Value, right: Value) -> Value:
    text = as_text(left)
    pattern = as_text(as_list(right)[0]) if right is not None else None
    if text is None or pattern is None:
        return None
    pieces = regex.split(text, pattern)
    return None if pieces is None else texts(pieces)


def _compare(fn: Callable[[object, object], bool]) -> Callable[[Value, Value], Value]:
    def apply(left: Value, right: Value) -> Value:
        if isinstance(left, str) or isinstance(right, str):
            a, b = as_text(left), as_text(right)
            if a is None or b is None:
                return None
            return fn(a.lower(), b.lower())
        x, y = _numbers(left, right)
        if x is None or y is None:
            return None
        return fn(x, y)

    return apply


def _range(left: Value, right: Value) -> Value:
    a, b = as_int(left), as_int(right)
    if a is None or b is None:
        return None
    step = 1 if b >= a else -1
    count = min(abs(b - a) + 1, MAX_ITEMS)
    return [a + step * i for i in range(count)]


def _logic(fn: Callable[[bool, bool], bool]) -> Callable[[Value, Value], Value]:
    def apply(left: Value, right: Value) -> Value:
        if isinstance(left, bool) and isinstance(right, bool):
            return fn(left, right)
        return None

    return apply


BINARY: dict[str, Callable[[Value, Value], Value]] = {
    "+": _plus,
    "-": _arith(lambda a, b: a - b),
    "*": _times,
    "/": _arith(lambda a, b: a / b),
    "%": _arith(lambda a, b: a % b),
    "-bxor": _bitwise(lambda a, b: a ^ b),
    "-band": _bitwise(lambda a, b: a & b),
    "-bor": _bitwise(lambda a, b: a | b),
    "-shl": _bitwise(lambda a, b: a << min(b, 64)),
    "-shr": _bitwise(lambda a, b: a >> min(b, 64)),
    "-join": _join,
    "-replace": _replace(False),
    "-ireplace": _replace(False),
    "-creplace": _replace(True),
    "-split": _split,
    "-isplit": _split,
    "-csplit": _split,
    "-eq": _compare(lambda a, b: a == b),
    "-ieq": _compare(lambda a, b: a == b),
    "-ne": _compare(lambda a, b: a != b),
    "-lt": _compare(lambda a, b: a < b),  # type: ignore[operator]
    "-le": _compare(lambda a, b: a <= b),  # type: ignore[operator]
    "-gt": _compare(lambda a, b: a > b),  # type: ignore[operator]
    "-ge": _compare(lambda a, b: a >= b),  # type: ignore[operator]
    "..": _range,
    "-and": _logic(lambda a, b: a and b),
    "-or": _logic(lambda a, b: a or b),
    "-xor": _logic(lambda a, b: a != b),
}

# Python re is safe here: no nested or unbounded repetition, so no backtracking blow-up
_FORMAT_ITEM = re.compile(r"\{(\d{1,3})(?:,\s{0,4}-?\d{1,3})?(?::([^{}]{0,16}))?\}")


def format_string(template: Value, args: Value) -> Value:
    """The -f operator: '{1}{0}' -f 'a','b', with {n:x2} hex and {{ }} escapes."""
    text = as_text(template)
    if text is None:
        return None
    items = as_list(args)
    out: list[str] = []
    pos = 0
    size = 0
    for m in _FORMAT_ITEM.finditer(text):
        if size > MAX_STRING:
            return None
        out.append(text[pos : m.start()].replace("{{", "{").replace("}}", "}"))
        index = int(m.group(1))
        if index >= len(items):
            return None
        value = items[index]
        spec = (m.group(2) or "").lower()
        number = as_int(value) if spec.startswith("x") else None
        if number is not None:
            width = as_int(spec[1:]) or 0
            out.append(format(number, "x").zfill(width))
        else:
            part = as_text(value)
            if part is None:
                return None
            out.append(part)
            size += len(part)
        pos = m.end()
    out.append(text[pos:].replace("{{", "{").replace("}}", "}"))
    return "".join(out)[:MAX_STRING]


def parameter_value(params: dict[str, Value], name: str, default: Value) -> Value:
    """The value of -name or any prefix of it PowerShell would accept (-Uri, -U, -ur)."""
    for key, value in params.items():
        if key and name.startswith(key) and value is not True:
            return value
    return default
