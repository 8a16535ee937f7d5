"""Events as rows: exact UTC times, JSON columns, and clipboard text SQLite can always take."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.events import Event
from app.privacy import redact
from app.storage import EventFilter, EventStore, rows
from app.storage.rows import COLUMNS, event_from_row, event_row, from_us, storable, to_us
from tests.app.storage.conftest import make_event

# Every code point, lone surrogates included: what a Windows clipboard can hand over.
ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=300)


@given(st.datetimes(timezones=st.just(UTC)))
def test_times_survive_the_trip_to_microseconds(when: datetime) -> None:
    assert from_us(to_us(when)) == when


def test_times_before_1970_work_too() -> None:
    when = datetime(1969, 12, 31, 23, 59, 59, 999_999, tzinfo=UTC)
    assert to_us(when) == -1
    assert from_us(-1) == when


@given(ANY_TEXT)
def test_storable_text_is_valid_utf8_and_unchanged_when_it_already_was(text: str) -> None:
    out = storable(text)
    out.encode("utf-8")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return
    assert out == text


def test_a_surrogate_pair_becomes_its_character() -> None:
    assert storable("\ud83d\udee1") == "🛡"


def test_a_row_turns_back_into_the_same_event() -> None:
    event = make_event(details={"a": [1, 2]}, indicators=({"kind": "url", "value": "x"},))
    assert event_from_row((7, *event_row(event))) == event.with_id(7)


@pytest.mark.parametrize(
    "fields",
    [
        {"kind": None},
        {"level": 3},
        {"score": 1.5},
        {"score": True},
        {"rules": ("ok", 2)},
        {"text": b"bytes"},
        {"time": "2026-01-01"},
        {"details": {"x": {1, 2}}},
    ],
)
def test_wrong_types_are_programming_errors(fields: dict[str, object]) -> None:
    with pytest.raises(TypeError):
        event_row(make_event(**fields))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ANY_TEXT, summary=ANY_TEXT, source=st.none() | ANY_TEXT, search=ANY_TEXT)
def test_any_clipboard_text_is_stored_and_searched_without_raising(
    tmp_path_factory: pytest.TempPathFactory,
    text: str,
    summary: str,
    source: str | None,
    search: str,
) -> None:
    directory: Path = tmp_path_factory.mktemp("prop")
    with EventStore.open(directory, verify=False) as store:
        event = make_event(text=text, summary=summary, source=source)
        event_id = store.append(event, original=text)
        assert event_id is not None
        got = store.get(event_id)
        assert got is not None
        # what the store keeps is the text with any secret in it redacted ('a:b@host' reads
        # as a URL password), in a form SQLite can hold
        assert got.text == storable(redact(text)) and got.summary == storable(redact(summary))
        store.query(EventFilter(search=search))
        if storable(text) and text.isascii() and redact(text) == text:
            assert store.count(EventFilter(search=text)) == 1


def test_a_secret_in_a_stored_summary_is_kept_redacted(tmp_path: Path) -> None:
    with EventStore.open(tmp_path, verify=False) as store:
        event_id = store.append(make_event(summary="from https://ann:hunter2@intranet.test/x"))
        got = store.get(event_id) if event_id is not None else None
    assert got is not None and "hunter2" not in got.summary and "[REDACTED" in got.summary


def test_sqlite_rejects_what_storable_repairs(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.db")
    with pytest.raises(UnicodeEncodeError):
        conn.execute("SELECT ?", ("\ud800",))
    assert conn.execute("SELECT ?", (storable("\ud800"),)).fetchone() == ("\ufffd",)
    conn.close()


def test_event_defaults_are_storable() -> None:
    event = Event(kind="started", time=datetime(2026, 1, 1, tzinfo=UTC) + timedelta(0))
    assert event_from_row((1, *event_row(event))) == event.with_id(1)


def test_numbers_json_cannot_hold_are_programming_errors() -> None:
    with pytest.raises(ValueError):
        event_row(make_event(details={"elapsed_ms": float("nan")}))


def test_a_value_that_holds_itself_is_a_programming_error() -> None:
    details: dict[str, object] = {"complete": True}
    details["self"] = details
    with pytest.raises(ValueError, match="Circular reference"):
        event_row(make_event(details=details))


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(details=st.dictionaries(st.text(), JSON_VALUES, max_size=5), evidence=st.text())
def test_json_columns_are_what_json_dumps_writes(details: dict[str, object], evidence: str) -> None:
    finding = {"rule_id": "x.y", "evidence": evidence, "layer": 0}
    row = event_row(make_event(details=details, findings=(finding,)))
    columns = dict(zip(COLUMNS, row, strict=True))
    dumps = {"ensure_ascii": False, "separators": (",", ":"), "allow_nan": False}
    assert columns["details"] == storable(json.dumps(details, **dumps))  # type: ignore[arg-type]
    assert columns["findings"] == storable(json.dumps([finding], **dumps))  # type: ignore[arg-type]


def test_rules_are_encoded_once_per_list_and_checked_each_time() -> None:
    """The rules' JSON is kept per tuple (events name few lists), so the same list costs a
    lookup; a list that is not rule ids still raises every time, cached list or not."""
    rules = ("clickfix.run-dialog", "powershell.download-cradle")
    first = event_row(make_event(rules=rules))[COLUMNS.index("rules")]
    assert first == json.dumps(list(rules), separators=(",", ":"))
    assert rows._RULES_JSON[rules] is first
    again = event_row(make_event(rules=tuple(list(rules))))[COLUMNS.index("rules")]
    assert again is first  # an equal tuple: the kept text
    for wrong in ((*rules, 3), (*rules, ["x"])):  # a number; a list, which cannot be hashed
        with pytest.raises(TypeError):
            event_row(make_event(rules=wrong))  # type: ignore[arg-type]
    surrogate = event_row(make_event(rules=("rule\udc00",)))[COLUMNS.index("rules")]
    assert surrogate == '["rule\ufffd"]'  # what SQLite can store, as any text column


@pytest.mark.parametrize("name", ["kind", "summary", "source", "text", "host"])
def test_text_fields_beyond_ascii_are_still_made_storable(name: str) -> None:
    """ASCII text is taken as it is (most fields); other text goes through `storable`."""
    row = event_row(make_event(**{name: "caf\u00e9 \ud800 x"}))
    assert row[COLUMNS.index(name)] == "caf\u00e9 \ufffd x"
    assert event_row(make_event(**{name: "plain"}))[COLUMNS.index(name)] == "plain"
