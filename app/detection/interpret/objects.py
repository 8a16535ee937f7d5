"""The values a PowerShell evaluation works with, and how they read as text.

Plain Python values stand for PowerShell ones (str, int, bool, bytes, list); the few objects
that matter for hiding code get their own small types. `None` means "unknown": anything the
evaluator could not or would not work out, such as the network or the user's files.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Union

from app.detection.interpret.budget import MAX_ITEMS, MAX_STRING


@dataclass(frozen=True)
class CommandRef:
    """What Get-Alias, Get-Command or Get-ChildItem returned: something `&` can run."""

    name: str  # the command or program, as PowerShell would name it
    path: str = ""  # a file's full path, when it is one


@dataclass(frozen=True)
class TypeRef:
    """A .NET type literal such as [Convert] or [Text.Encoding], lower-case, no 'system.'."""

    name: str


@dataclass(frozen=True)
class Obj:
    """A .NET or COM object the evaluator models: a WebClient, an Encoding, a stream..."""

    kind: str  # lower-case type or ProgID, e.g. "net.webclient", "encoding", "com:wscript.shell"
    data: str | bytes | None = None  # the encoding's name, a stream's bytes, a URL


@dataclass(frozen=True)
class Remote:
    """Content fetched from the network: never fetched here, only followed."""

    url: str


@dataclass(frozen=True)
class Code:
    """A script block or code text that can be run later (`[scriptblock]::Create`, `{...}`)."""

    text: str


Value = Union[
    str, int, float, bool, bytes, "list[Value]", CommandRef, TypeRef, Obj, Remote, Code, None
]


def type_name(text: str) -> str:
    low = text.strip().lower()
    if low.startswith("[") and low.endswith("]"):
        low = low[1:-1].strip()
    return low[7:] if low.startswith("system.") else low


def as_text(value: Value) -> str | None:
    """How PowerShell turns a value into a string (arrays joined by spaces, like $OFS)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, CommandRef):
        return value.path or value.name
    if isinstance(value, list):
        parts = [as_text(v) for v in value[:MAX_ITEMS]]
        if any(p is None for p in parts):
            return None
        return " ".join(p for p in parts if p is not None)[:MAX_STRING]
    if isinstance(value, Code):
        return value.text
    return None


def as_int(value: Value) -> int | None:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value)
    if isinstance(value, str):
        t = value.strip()
        try:
            return int(t, 16) if t.lower().startswith("0x") else int(t)
        except ValueError:
            return None
    return None


def as_list(value: Value) -> list[Value]:
    if isinstance(value, list):
        return value
    if isinstance(value, bytes):
        return list(value[:MAX_ITEMS])
    return [value]


def texts(items: Iterable[str | None]) -> list[Value]:
    """A list of strings (None: unknown) as a list of values (lists are invariant for the
    type checker)."""
    out: list[Value] = []
    out.extend(items)
    return out[:MAX_ITEMS]


def clip(value: Value) -> Value:
    if isinstance(value, str) and len(value) > MAX_STRING:
        return value[:MAX_STRING]
    if isinstance(value, list) and len(value) > MAX_ITEMS:
        return value[:MAX_ITEMS]
    return value
