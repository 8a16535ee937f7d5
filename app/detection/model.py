"""Value types the engine produces and every other part of PasteGuard consumes."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, overload

from app.detection.fastinit import direct_init

T = TypeVar("T")


class Deferred(Generic[T]):
    """A dataclass field that may be given a function instead of its value: the function is
    called on the first read, and its result kept.

    The engine gives evidence and indicators this way: they cost a good part of an analysis
    (excerpts, defanging) and a batch scan, which prints neither, never reads them. Whoever
    reads the field gets the value, as from a plain field; pickling the object (a worker
    process) computes every deferred value first.
    """

    def __init__(self, default: Callable[[], T]) -> None:
        self._default = default
        self._key = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._key = "_deferred_" + name

    @overload
    def __get__(self, obj: None, owner: type) -> Deferred[T]: ...
    @overload
    def __get__(self, obj: object, owner: type) -> T: ...
    def __get__(self, obj: object | None, owner: type) -> T | Deferred[T]:
        if obj is None:
            return self  # the dataclass's default: __set__ turns it into a fresh value
        value = obj.__dict__[self._key]
        if isinstance(value, _Pending):
            value = obj.__dict__[self._key] = value.compute()
        return value  # type: ignore[no-any-return]

    def __set__(self, obj: object, value: T | Callable[[], T] | Deferred[T]) -> None:
        stored: object = value
        if value is self:
            stored = self._default()
        elif callable(value):
            stored = _Pending(value)
        obj.__dict__[self._key] = stored


class _Pending:
    __slots__ = ("compute",)

    def __init__(self, compute: Callable[[], Any]) -> None:
        self.compute = compute


def _computed_state(obj: object) -> dict[str, Any]:
    """obj's attributes with every deferred value computed (for pickle and copy)."""
    state = dict(obj.__dict__)
    for key, value in state.items():
        if isinstance(value, _Pending):
            state[key] = obj.__dict__[key] = value.compute()
    return state


class Level(enum.IntEnum):
    """Verdict levels, ordered: a higher level is worse."""

    CLEAN = 0
    INFO = 1
    SUSPICIOUS = 2
    MALICIOUS = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Level:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown level {text!r}; expected one of {LEVEL_NAMES}") from None


LEVEL_NAMES = tuple(level.label for level in Level)


class PasteTarget(enum.Enum):
    """Where a paste is going, as far as the guard can tell."""

    UNKNOWN = "unknown"
    RUN_DIALOG = "run_dialog"
    EXPLORER_BAR = "explorer_bar"
    TERMINAL = "terminal"
    BROWSER_CONSOLE = "browser_console"
    OTHER = "other"

    @classmethod
    def parse(cls, text: str) -> PasteTarget:
        try:
            return cls(text.strip().lower())
        except ValueError:
            names = ", ".join(t.value for t in cls)
            raise ValueError(f"unknown paste target {text!r}; expected one of {names}") from None


@direct_init
@dataclass(frozen=True)
class Context:
    """What is known besides the text: where it came from and where it is going."""

    source: str | None = None  # page URL (from the browser's clipboard formats) or app name
    target: PasteTarget = PasteTarget.UNKNOWN


@direct_init
@dataclass(frozen=True)
class Layer:
    """One view of the text: the raw text, its normalised form, or something decoded from it."""

    name: str  # "raw", "normalized", "base64", "utf16le", "charcodes", ...
    text: str
    depth: int  # 0 for raw; decoded layers count how many decodings deep they are
    parent: str | None = None  # name of the layer this one was decoded from


@direct_init
@dataclass(frozen=True)
class Finding:
    """One reason for the verdict: a rule that matched, with its explanation and evidence."""

    rule_id: str
    title: str
    explanation: str  # one sentence a non-expert understands
    technique: str  # MITRE ATT&CK id, e.g. "T1204.004"
    weight: int
    layer: str
    # defanged, shortened excerpt of what matched (the engine gives a function: see Deferred)
    evidence: Deferred[str] = Deferred(str)
    action: str = ""  # what it would do, in plain words, e.g. "download and run a program"

    def __getstate__(self) -> dict[str, Any]:
        return _computed_state(self)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule_id": self.rule_id,
            "title": self.title,
            "explanation": self.explanation,
            "technique": self.technique,
            "weight": self.weight,
            "layer": self.layer,
            "evidence": self.evidence,
            "action": self.action,
        }


@dataclass(frozen=True)
class Indicator:
    """Something concrete the text points at: a URL, a domain, an IP, a UNC path, a program."""

    kind: str  # "url", "domain", "ip", "unc", "program", "shell", "phone"
    value: str  # as found (after decoding), never executed
    display: str  # defanged for display: hxxps://evil[.]test/x

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "value": self.value, "display": self.display}


# What a text is, as the warning names it: a command that runs, script code, a scam text with
# a phone number to call, a sign-in address carrying an OAuth code, or other text.
KINDS = ("command", "code", "scam-text", "oauth-code", "text")


@dataclass
class Verdict:
    """What the engine concluded about one piece of text."""

    level: Level
    score: int  # 0..100
    summary: str  # one sentence for the warning dialog
    findings: list[Finding] = field(default_factory=list)
    layers: list[Layer] = field(default_factory=list)
    # what the text points at (the engine gives a function: see Deferred)
    indicators: Deferred[list[Indicator]] = Deferred(list)
    shells: Deferred[list[str]] = Deferred(list)  # the engine gives a function, as above
    elapsed_ms: float = 0.0
    complete: bool = True  # False when a cap or the time budget cut the analysis short
    context: Context = field(default_factory=Context)
    kind: str = "text"  # one of KINDS: what the text is, for the summary and the warning

    def __getstate__(self) -> dict[str, Any]:
        return _computed_state(self)

    @property
    def rule_ids(self) -> list[str]:
        return [f.rule_id for f in self.findings]

    @property
    def flagged(self) -> bool:
        return self.level >= Level.SUSPICIOUS

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level.label,
            "kind": self.kind,
            "score": self.score,
            "summary": self.summary,
            "rules": self.rule_ids,
            "findings": [f.to_dict() for f in self.findings],
            "layers": [
                {"name": x.name, "depth": x.depth, "parent": x.parent, "text": x.text}
                for x in self.layers
            ],
            "indicators": [i.to_dict() for i in self.indicators],
            "shells": list(self.shells),
            "elapsed_ms": round(self.elapsed_ms, 3),
            "complete": self.complete,
            "source": self.context.source,
            "target": self.context.target.value,
        }
