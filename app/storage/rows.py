"""Events as database rows and back: UTC microseconds, JSON columns, text SQLite can store."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import fields
from datetime import UTC, datetime, timedelta
from typing import Any

from app.events import Event

# In the order of the `events` table after `id` (NEXT_ID).
COLUMNS = (
    "time",
    "kind",
    "level",
    "score",
    "rules",
    "summary",
    "source",
    "target",
    "action",
    "text",
    "sha256",
    "indicators",
    "findings",
    "details",
    "host",
    "user",
    "app_version",
)
SELECT_COLUMNS = "id, " + ", ".join(COLUMNS)  # what `event_from_row` reads, in this order
# An `events` row with the id SQLite chooses (the newest plus one): what versions before 9
# wrote, and what another program writes.
INSERT_EVENT = f"INSERT INTO events ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
# ... as the store writes it: its id above the newest event and above every id ever deleted
# (app.storage.schema, version 9), so none is reused; SQLite's own choice if that mark is gone.
NEXT_ID = "(SELECT max(coalesce((SELECT max(id) FROM events), 0), id) + 1 FROM events_id_floor)"
APPEND_EVENT = (
    f"INSERT INTO events (id, {', '.join(COLUMNS)}) "
    f"VALUES ({NEXT_ID}, {', '.join('?' * len(COLUMNS))})"
)
TIME_INDEX = 1  # position of `time` in a SELECT_COLUMNS row

Row = tuple[object, ...]

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
DAY_US = 86_400_000_000


def to_us(when: datetime) -> int:
    """Microseconds since 1970-01-01 UTC, exactly (no float rounding)."""
    if when.tzinfo is None:  # Event times are UTC by contract; a naive one is taken as UTC
        when = when.replace(tzinfo=UTC)
    return (when - EPOCH) // _MICROSECOND


def from_us(us: int) -> datetime:
    return EPOCH + timedelta(microseconds=us)


def storable(text: str) -> str:
    """`text` as SQLite can store it: lone surrogates (clipboards can hold them) become U+FFFD.

    Valid UTF-16 surrogate pairs are joined into the character they encode.
    """
    if text.isascii():  # most text: no surrogate can be in it, and no copy is made
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def _text(name: str, value: object) -> str:
    if value.__class__ is str and value.isascii():  # most fields: nothing to check or copy
        return value
    if not isinstance(value, str):
        raise TypeError(f"Event.{name} must be a str, not {type(value).__name__}")
    return storable(value)


def _optional_text(name: str, value: object) -> str | None:
    if value is None:
        return None
    if value.__class__ is str and value.isascii():
        return value
    return _text(name, value)


# The C scanner behind json.loads, without its wrapper: half the cost per column, which is
# most of what exporting 100,000 events takes.
_scan_json: Callable[[str, int], tuple[Any, int]]
_scan_json = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
_RULES_CACHE: dict[str, tuple[str, ...]] = {}  # few distinct rule lists; tuples are immutable
_RULES_CACHE_SIZE = 4096


def _from_json(text: str) -> Any:
    try:
        value, end = _scan_json(text, 0)
    except StopIteration:
        return json.loads(text)  # raises the usual JSONDecodeError
    return value if end == len(text) else json.loads(text)


def _rules(text: str) -> tuple[str, ...]:
    rules = _RULES_CACHE.get(text)
    if rules is None:
        if len(_RULES_CACHE) >= _RULES_CACHE_SIZE:
            _RULES_CACHE.clear()
        rules = _RULES_CACHE[text] = tuple(_from_json(text))
    return rules


# One encoder for every row (json.dumps with options builds a new one per call).
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)
# ... and its C part, made once: `encode` makes a new one per call, half the cost of encoding
# an event's few small values. Without the circular-reference check (a value that holds
# itself overflows the stack instead; `_json` then lets `encode` say so).
_C_ENCODE: Callable[[Any, int], Any] | None = (
    None
    if json.encoder.c_make_encoder is None  # type: ignore[attr-defined]
    else json.encoder.c_make_encoder(  # type: ignore[attr-defined]
        None,  # no markers: no circular-reference check
        _ENCODER.default,
        json.encoder.encode_basestring,  # what ensure_ascii=False encodes strings with
        None,  # no indent
        ":",
        ",",
        False,  # sort_keys
        False,  # skipkeys
        False,  # allow_nan
    )
)


def _json(value: Any) -> str:
    # TypeError for values JSON cannot hold (ValueError for NaN and infinities, which JSON has
    # no words for, and for a value that holds itself): a programming error, raised before
    # anything waits.
    if _C_ENCODE is not None:
        try:
            text = "".join(_C_ENCODE(value, 0))
        except RecursionError:
            pass  # the checking encoder below raises ValueError for it
        else:
            return text if text.isascii() else storable(text)
    return storable(_ENCODER.encode(value))


# The rules' JSON by their tuple: events name few distinct lists of rules (a tuple of str is
# immutable, so its JSON never changes); encoded once each, as `_RULES_CACHE` decodes them.
_RULES_JSON: dict[tuple[str, ...], str] = {}


def _rules_json(rules: tuple[str, ...]) -> str:
    try:
        found = _RULES_JSON.get(rules) if rules.__class__ is tuple else None
    except TypeError:  # an element that cannot be hashed: not a rule id (raised below)
        found = None
    if found is not None:
        return found
    if not all(isinstance(rule, str) for rule in rules):
        raise TypeError("Event.rules must hold rule ids (str)")
    text = _json(list(rules))
    if rules.__class__ is tuple and all(rule.__class__ is str for rule in rules):
        if len(_RULES_JSON) >= _RULES_CACHE_SIZE:
            _RULES_JSON.clear()
        _RULES_JSON[rules] = text
    return text


def event_row(event: Event) -> Row:
    """The `events` row for `event`, in `COLUMNS` order; TypeError when a field has a wrong type."""
    if not isinstance(event, Event):
        raise TypeError(f"expected an Event, not {type(event).__name__}")
    if not isinstance(event.time, datetime):
        raise TypeError(f"Event.time must be a datetime, not {type(event.time).__name__}")
    if not isinstance(event.score, int) or isinstance(event.score, bool):
        raise TypeError(f"Event.score must be an int, not {type(event.score).__name__}")
    return (
        to_us(event.time),
        _text("kind", event.kind),
        _text("level", event.level),
        event.score,
        _rules_json(event.rules),
        _text("summary", event.summary),
        _optional_text("source", event.source),
        _optional_text("target", event.target),
        _text("action", event.action),
        _optional_text("text", event.text),
        _optional_text("sha256", event.sha256),
        _json(list(event.indicators)),
        _json(list(event.findings)),
        _json(event.details),
        _text("host", event.host),
        _text("user", event.user),
        _text("app_version", event.app_version),
    )


# `event_from_row` fills every field of `Event` without calling its __init__; a field added
# to Event must be added here too, so a change is caught at import time.
_EVENT_FIELDS = {*COLUMNS, "id"}
if {f.name for f in fields(Event)} != _EVENT_FIELDS:  # pragma: no cover
    raise ImportError("app.events.Event changed its fields: update app/storage/rows.py")
_PLAIN_EVENT = "__post_init__" not in vars(Event) and "__slots__" not in vars(Event)
_new_object = object.__new__
_set_attribute = object.__setattr__


def event_from_row(row: Sequence[Any]) -> Event:
    """The event a `SELECT {SELECT_COLUMNS}` row holds."""
    (
        event_id,
        time,
        kind,
        level,
        score,
        rules,
        summary,
        source,
        target,
        action,
        text,
        sha256,
        indicators,
        findings,
        details,
        host,
        user,
        app_version,
    ) = row
    values = {
        "kind": kind,
        "time": from_us(time),
        "level": level,
        "score": score,
        "rules": _rules(rules),
        "summary": summary,
        "source": source,
        "target": target,
        "action": action,
        "text": text,
        "sha256": sha256,
        "indicators": () if indicators == "[]" else tuple(_from_json(indicators)),
        "findings": () if findings == "[]" else tuple(_from_json(findings)),
        "details": _from_json(details),
        "host": host,
        "user": user,
        "app_version": app_version,
        "id": event_id,
    }
    if not _PLAIN_EVENT:  # pragma: no cover - only if Event grows checks or slots
        return Event(**values)
    # A frozen dataclass's __init__ sets 18 fields one object.__setattr__ at a time (4 µs,
    # the largest cost of an export); a stored row was a valid Event, so fill it at once.
    event = _new_object(Event)
    _set_attribute(event, "__dict__", values)
    return event


# `Event.to_record()` as SQLite's JSON functions build it, in the same key order: exporting
# is then a matter of writing lines (several times faster than building Events and encoding
# them in Python). tests/app/storage/test_rows.py holds the two to the same output.
_US_OF_SECOND = "((time % 1000000) + 1000000) % 1000000"  # also right before 1970
RECORD_JSON = f"""json_object(
    'id', id,
    'time', strftime('%Y-%m-%dT%H:%M:%S', (time - {_US_OF_SECOND}) / 1000000, 'unixepoch')
        || printf('.%03dZ', {_US_OF_SECOND} / 1000),
    'kind', kind,
    'level', level,
    'score', score,
    'action', action,
    'source', source,
    'target', target,
    'rules', json(rules),
    'summary', summary,
    'text', text,
    'sha256', sha256,
    'indicators', json(indicators),
    'findings', json(findings),
    'details', json(details),
    'host', host,
    'user', user,
    'app_version', app_version
)"""
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def ascii_json(text: str) -> str:
    """JSON text with every non-ASCII character written as a \\u escape (as ensure_ascii)."""
    return text if text.isascii() else _NON_ASCII.sub(_escape, text)
