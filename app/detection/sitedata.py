"""Every value a site saved, read out: Object.entries(localStorage) and Object.values(...) whose
values go somewhere, as opposed to a developer listing the keys or the values' lengths.

Documentation pages show `Object.entries(sessionStorage).map(([k, v]) => `${k}: ${v.length}`)` to
see what a site keeps and how much; a console scam has the values themselves printed for a
"support agent", copied, or sent. What decides is what the code does with each value:

- the entries or values handed on whole (`console.log(Object.entries(localStorage))`,
  `JSON.stringify(Object.values(sessionStorage))`, `body: Object.entries(localStorage)`);
- a callback (`.map`, `.forEach`, `.reduce` …) whose value parameter is used other than as
  `<value>.length`, or a callback that does not take its entry apart (`e => send(e)`);
- any other method on them (`.join()`, `.toString()`).

Their `.length` (how many there are), keys alone, and callbacks that use the value only through
`.length` are not the data. Pure string work, linear in the text (bounded windows).
"""

from __future__ import annotations

import re

from app.detection.analysis import Analysis
from app.detection.signals import signal

MAX_TEXT = 64 * 1024  # characters of a layer read
MAX_LAYERS = 3
MAX_CALLS = 16  # storage reads looked at per layer
BODY = 400  # characters of a callback read after its arrow or brace

_READ = re.compile(
    r"(?i)\bobject\s*\.\s*(entries|values)\s*\(\s*(?:window\s*\.\s*|self\s*\.\s*)?"
    r"(?:local|session)storage\s*\)"
)
_CALLBACKS = frozenset(
    {"map", "foreach", "reduce", "reduceright", "filter", "flatmap", "some", "every", "find",
     "findindex", "findlast", "findlastindex", "sort"}
)  # fmt: skip
_METHOD = re.compile(r"\s*\.\s*([A-Za-z]\w{0,20})\s*(\()?")
_IDENT = r"[A-Za-z_$][\w$]{0,40}"
# a callback's parameters: ([k, v]) => / ([k, v], i) => / (acc, [k, v]) => / v => / (a, v) =>
# / function ([k, v]) {  (what follows is the body)
_ARROW_PARAMS = re.compile(rf"\s*(?:\(([^()]{{0,160}})\)|({_IDENT}))\s*=>")
_FUNCTION_PARAMS = re.compile(r"\s*(?:async\s+)?function\s*[\w$]{0,40}\s*\(([^()]{0,160})\)\s*\{")
_NAME = re.compile(_IDENT)
_DESTRUCTURED = re.compile(r"\[([^\[\]]{0,160})\]")


def _value_names(method: str, params: str, kind: str) -> list[str] | None:
    """The names a callback's value is bound to; None when it takes an entry whole (e => …)."""
    destructured = _DESTRUCTURED.search(params)
    if destructured:
        names = [n.strip() for n in destructured.group(1).split(",")]
        return [n for n in names[1:2] if _NAME.fullmatch(n)]  # [key, value]: the second
    names = [n.strip() for n in params.split(",") if n.strip()]
    if not names or not all(_NAME.fullmatch(n) for n in names):
        return None
    if kind == "entries":
        return None  # an entry [key, value] taken whole
    # Object.values: the value is the first parameter, or the second of reduce's (acc, v)
    index = 1 if method in ("reduce", "reduceright") else 0
    if method == "sort":
        return names[:2]
    return names[index : index + 1] if len(names) > index else []


def _only_lengths(body: str, names: list[str]) -> bool:
    """Every use of each name in the body is `<name>.length`."""
    for name in names:
        for m in re.finditer(rf"(?<![\w$.]){re.escape(name)}(?![\w$])", body):
            if not re.match(r"\s*(?:\?\s*)?\.\s*length\b", body[m.end() : m.end() + 40]):
                return False
    return True


def reads_every_value(text: str) -> str | None:
    """Evidence that the text reads out every value a site saved, or None."""
    text = text[:MAX_TEXT]
    for n, read in enumerate(_READ.finditer(text)):
        if n >= MAX_CALLS:
            break
        kind = read.group(1).lower()
        shown = read.group(0)
        method = _METHOD.match(text, read.end())
        if method is None:
            return f"{shown}, handed on whole"
        name = method.group(1).lower()
        if name == "length" and not method.group(2):
            continue  # how many there are
        if name not in _CALLBACKS or not method.group(2):
            return f"{shown}.{method.group(1)}"
        start = method.end()
        arrow = _ARROW_PARAMS.match(text, start)
        function = None if arrow else _FUNCTION_PARAMS.match(text, start)
        found = arrow or function
        if found is None:
            return f"{shown}.{method.group(1)}(…), handed to a function elsewhere"
        params = found.group(1) if found.group(1) is not None else (found.group(2) or "")
        names = _value_names(name, params, kind)
        if names is None:
            return f"{shown}.{method.group(1)}(…), each entry whole"
        if not _only_lengths(text[found.end() : found.end() + BODY], names):
            return f"{shown}.{method.group(1)}(…), each value"
    return None


@signal("reads-every-stored-value")
def reads_every_value_signal(a: Analysis) -> list[str]:
    found = a.first_reading(
        lambda text: reads_every_value(text) if "torage" in text else None, MAX_LAYERS
    )
    return [found] if found else []
