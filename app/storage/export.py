"""Events as CSV, JSON Lines or ECS: one code path for `pasteguard export` and the viewer."""

from __future__ import annotations

import csv
import json
from typing import IO, TYPE_CHECKING

from app.commands import ascii_json

if TYPE_CHECKING:  # the store is imported by whoever opens one: `scan` never does
    from app.storage import EventFilter, EventStore

FORMATS = ("jsonl", "csv", "ecs")
CSV_COLUMNS = ("id", "time", "kind", "level", "score", "action", "source", "target", "rules",
               "summary", "text", "sha256", "host", "user", "app_version")  # fmt: skip


def csv_safe(value: object) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas: keep them text (CWE-1236)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_export(store: EventStore, f: EventFilter, fmt: str, out: IO[str]) -> int:
    """Write every event matching `f`, oldest first, in `fmt` (one of FORMATS); how many."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    count = 0
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for event in store.iter_events(f):
            record = event.to_record()
            record["rules"] = " ".join(record["rules"])
            writer.writerow([csv_safe(record[c]) for c in CSV_COLUMNS])
            count += 1
        return count
    ascii_only = ascii_json(out)
    if fmt == "ecs":
        from app.forwarding.ecs import to_ecs  # only this format needs the ECS mapping

        for event in store.iter_events(f):
            out.write(json.dumps(to_ecs(event), ensure_ascii=ascii_only) + "\n")
            count += 1
        return count
    for line in store.iter_jsonl(f, ensure_ascii=ascii_only):
        out.write(line + "\n")
        count += 1
    return count
