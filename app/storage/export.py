"""Events as CSV, JSON Lines or ECS: one code path for `pasteguard export` and the viewer.

The ECS document shape is the forwarders' (app/forwarding/ecs.py), which this layer may not
import (storage and forwarding are siblings): the caller passes `to_ecs` in.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Mapping
from typing import IO, TYPE_CHECKING, Any

from app.detection.display import ascii_only
from app.events import Event

if TYPE_CHECKING:
    from app.storage import EventFilter, EventStore

EventMapping = Callable[[Event], Mapping[str, Any]]

FORMATS = ("jsonl", "csv", "ecs")
CSV_COLUMNS = ("id", "time", "kind", "level", "score", "action", "source", "target", "rules",
               "summary", "text", "sha256", "host", "user", "app_version")  # fmt: skip


def csv_safe(value: object) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas: keep them text (CWE-1236)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_export(
    store: EventStore,
    f: EventFilter,
    fmt: str,
    out: IO[str],
    *,
    ecs: EventMapping | None = None,
) -> int:
    """Write every event matching `f`, oldest first, in `fmt` (one of FORMATS); how many.

    `ecs` maps an event to its ECS document (app.forwarding.ecs.to_ecs); only "ecs" needs it.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if fmt == "ecs" and ecs is None:
        raise ValueError("the ecs format needs the ECS mapping (app.forwarding.ecs.to_ecs)")
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
    ascii = ascii_only(out)
    if ecs is not None and fmt == "ecs":
        for event in store.iter_events(f):
            out.write(json.dumps(ecs(event), ensure_ascii=ascii) + "\n")
            count += 1
        return count
    for line in store.iter_jsonl(f, ensure_ascii=ascii):
        out.write(line + "\n")
        count += 1
    return count
