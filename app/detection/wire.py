"""What the analysis process and its supervisor say to each other: plain data, never code.

A request is a text and the contexts to judge it in; a reply is one verdict per context. Each
is one frame of UTF-8 JSON on the pipe (multiprocessing.connection's `send_bytes`, which
prefixes the length). JSON rather than pickle, although both ends are the same code run by the
same user: the analysis process parses attacker text with native grammars, and a process whose
memory such a text corrupted must not be able to make the guard run anything by what it sends
back. Rebuilding a verdict from lists of strings and numbers can only give a wrong verdict.

Lone surrogates (a decoded layer may hold them) pass through as such ("surrogatepass").
The reply sends each part the verdicts of one reading share (layers, indicators, findings) once
and leaves out the text of a layer that is the request's text itself.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import fields
from functools import partial
from typing import Any

from app.detection.model import Context, Finding, Indicator, Layer, Level, PasteTarget, Verdict

_FINDING = tuple(f.name for f in fields(Finding))
_INDICATOR = tuple(f.name for f in fields(Indicator))


class WireError(ValueError):
    """A frame that is not what the other end should have sent."""


def _dump(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8", "surrogatepass"
    )


def _load(frame: bytes) -> Any:
    try:
        return json.loads(frame.decode("utf-8", "surrogatepass"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise WireError(f"not a frame of JSON: {exc}") from None


def encode_request(text: str, contexts: Sequence[Context]) -> bytes:
    return _dump({"text": text, "contexts": [[c.source, c.target.value] for c in contexts]})


def decode_request(frame: bytes) -> tuple[str, list[Context]]:
    data = _load(frame)
    try:
        text = data["text"]
        contexts = [Context(source, PasteTarget(target)) for source, target in data["contexts"]]
    except (KeyError, TypeError, ValueError) as exc:
        raise WireError(f"not a request: {exc}") from None
    if not isinstance(text, str):
        raise WireError("not a request: the text is not a string")
    return text, contexts


def _layer_rows(layers: Sequence[Layer], text: str) -> list[list[object]]:
    # the request's own text is not sent back (a raw layer of up to 1 MiB)
    return [
        [x.name, None if x.text is text or x.text == text else x.text, x.depth, x.parent]
        for x in layers
    ]


def _finding_row(finding: Finding) -> list[object]:
    return [getattr(finding, name) for name in _FINDING]


def _indicator_rows(indicators: Sequence[Indicator]) -> list[list[str]]:
    return [[getattr(i, name) for name in _INDICATOR] for i in indicators]


def encode_reply(text: str, verdicts: Sequence[Verdict]) -> bytes:
    """The verdicts of one reading share most of their parts (its layers, indicators and most
    findings): each part goes once, and a verdict names the ones it has by number."""
    layer_sets: list[list[list[object]]] = []
    findings: list[list[object]] = []
    indicator_sets: list[list[list[str]]] = []
    seen: dict[object, int] = {}  # a part's identity -> its number in its table

    def number(key: object, table: list[Any], row: Callable[[], Any]) -> int:
        if key not in seen:
            seen[key] = len(table)
            table.append(row())
        return seen[key]

    out = []
    for v in verdicts:
        layers = v.layers
        indicators = v.indicators
        out.append(
            {
                "level": v.level.value,
                "score": v.score,
                "summary": v.summary,
                "findings": [number(id(f), findings, partial(_finding_row, f)) for f in v.findings],
                "layers": number(id(layers), layer_sets, partial(_layer_rows, layers, text)),
                # each verdict has its own list of the reading's indicators
                "indicators": number(
                    ("i", *map(id, indicators)),
                    indicator_sets,
                    partial(_indicator_rows, indicators),
                ),
                "shells": list(v.shells),
                "elapsed_ms": v.elapsed_ms,
                "complete": v.complete,
                "context": [v.context.source, v.context.target.value],
                "kind": v.kind,
            }
        )
    return _dump(
        {"layers": layer_sets, "findings": findings, "indicators": indicator_sets, "verdicts": out}
    )


def decode_reply(frame: bytes, text: str) -> list[Verdict]:
    data = _load(frame)
    try:
        layer_sets = [
            [Layer(name, text if body is None else body, depth, parent)
             for name, body, depth, parent in layers]
            for layers in data["layers"]
        ]  # fmt: skip
        findings = [Finding(**dict(zip(_FINDING, f, strict=True))) for f in data["findings"]]
        indicator_sets = [
            [Indicator(**dict(zip(_INDICATOR, i, strict=True))) for i in indicators]
            for indicators in data["indicators"]
        ]
        verdicts = []
        for v in data["verdicts"]:
            source, target = v["context"]
            verdicts.append(
                Verdict(
                    level=Level(v["level"]),
                    score=int(v["score"]),
                    summary=str(v["summary"]),
                    findings=[findings[i] for i in v["findings"]],
                    layers=layer_sets[v["layers"]],
                    indicators=list(indicator_sets[v["indicators"]]),
                    shells=[str(s) for s in v["shells"]],
                    elapsed_ms=float(v["elapsed_ms"]),
                    complete=bool(v["complete"]),
                    context=Context(source, PasteTarget(target)),
                    kind=str(v["kind"]),
                )
            )
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise WireError(f"not a reply: {exc}") from None
    return verdicts
