"""Export from a real event store: every format, its caller's ECS mapping, and what a file or
console that is not UTF-8 receives."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.commands.events import EXPORT_FORMATS
from app.events import Event, EventKind
from app.forwarding.ecs import to_ecs
from app.storage import EventFilter, EventStore
from app.storage.export import FORMATS, write_export


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EventStore]:
    store = EventStore.open(tmp_path / "data")
    store.append(Event(kind=EventKind.STARTED.value))
    store.append(Event(kind=EventKind.ERROR.value, summary="Ünïcode ☃ and =cmd|' /C calc'!A0"))
    store.flush()
    try:
        yield store
    finally:
        store.close()


def test_the_command_line_offers_every_format_the_store_writes() -> None:
    assert EXPORT_FORMATS == FORMATS


def test_ecs_is_written_with_the_mapping_its_caller_passes(store: EventStore) -> None:
    out = io.StringIO()
    assert write_export(store, EventFilter(), "ecs", out, ecs=to_ecs) == 2
    documents = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [d["event"]["action"] for d in documents] == ["started", "error"]  # oldest first
    marked = write_export(store, EventFilter(), "ecs", io.StringIO(), ecs=lambda e: {"k": e.kind})
    assert marked == 2
    with pytest.raises(ValueError, match="ECS mapping"):
        write_export(store, EventFilter(), "ecs", io.StringIO())  # never a half-made file
    with pytest.raises(ValueError, match="unknown export format"):
        write_export(store, EventFilter(), "xml", io.StringIO())


class Latin1(io.StringIO):
    encoding = "latin-1"


@pytest.mark.parametrize("fmt", ["jsonl", "ecs"])
def test_json_to_an_output_that_is_not_utf8_keeps_every_character(
    store: EventStore, fmt: str
) -> None:
    out = Latin1()
    write_export(store, EventFilter(), fmt, out, ecs=to_ecs)
    text = out.getvalue()
    assert text.isascii() and "\\u2603" in text  # escaped, not lost
    assert any("Ünïcode ☃" in json.dumps(json.loads(line), ensure_ascii=False)
               for line in text.splitlines())  # fmt: skip


def test_csv_keeps_a_formula_as_text(store: EventStore) -> None:
    store.append(Event(kind=EventKind.ERROR.value, summary="=cmd|' /C calc'!A0"))
    store.flush()
    out = io.StringIO()
    assert write_export(store, EventFilter(), "csv", out) == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[2]["summary"] == "'=cmd|' /C calc'!A0"  # a spreadsheet shows it, never runs it
    assert rows[1]["summary"] == "Ünïcode ☃ and =cmd|' /C calc'!A0"  # only a leading = counts
