"""Notice that the rule files of the rules folder in use changed while the guard runs.

Only a changed `rules_dir` reloaded: a file added to, rewritten in or removed from the same
folder was read at the next start (on a fleet, weeks). The folder is looked at once a second
on a thread of its own (one directory listing and a stat per rule file, no file read; never
the Qt thread), and a change is handed on once it has held still for one look, so a file
being copied in is read whole. What it looks at is what the rule loader reads: the folder's
own `*.yaml` and `*.yml` files (app.detection.rules.rule_files).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)

INTERVAL = 1.0  # seconds between looks
RULE_SUFFIXES = (".yaml", ".yml")
MAX_FILES = 10_000  # a folder listing past this is not looked at file by file

Signature = tuple[tuple[str, int, int, int], ...] | None  # None: no such folder


def signature(folder: str) -> Signature:
    """What changes when a rule file of `folder` is added, removed, renamed or rewritten."""
    found: list[tuple[str, int, int, int]] = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if not entry.name.endswith(RULE_SUFFIXES):
                    continue
                try:
                    st = entry.stat()
                except OSError:  # removed between the listing and the stat
                    continue
                found.append((entry.name, st.st_mtime_ns, st.st_size, st.st_ino))
                if len(found) > MAX_FILES:
                    break
    except OSError:
        return None
    return tuple(sorted(found))


class RulesWatch:
    """Calls `changed(folder)` (on its own thread) when the rule files of the watched folder
    changed and then held still for one look. `watch` sets the folder from any thread; what
    is there at that moment is what the guard is about to load."""

    def __init__(self, changed: Callable[[str], None], interval: float = INTERVAL) -> None:
        self.changed = changed
        self.interval = interval
        self._lock = threading.Lock()
        self._folder: str | None = None
        self._seen: Signature = None  # what the rules in use were built from (or are being)
        self._pending: Signature = None  # a change seen once, not yet still
        self._has_pending = False

    def watch(self, folder: str | None) -> None:
        """The rules folder now in use or being loaded (None: the built-in rules only)."""
        seen = signature(folder) if folder else None
        with self._lock:
            self._folder, self._seen, self._has_pending = folder, seen, False

    def poll(self) -> bool:
        """One look; True when it handed a change on."""
        with self._lock:
            folder = self._folder
        if not folder:
            return False
        now = signature(folder)
        with self._lock:
            if folder != self._folder:
                return False  # the folder was changed meanwhile: its own watch() counts
            if now == self._seen:
                self._has_pending = False
                return False
            if not self._has_pending or now != self._pending:
                self._pending, self._has_pending = now, True  # still moving: look again
                return False
            self._seen, self._has_pending = now, False
        try:
            self.changed(folder)
        except Exception:  # the guard's reload reports its own problems; this is a bug
            log.exception("reloading the rules of %s failed", folder)
        return True

    def serve(self, stop: threading.Event) -> None:
        while not stop.wait(self.interval):
            self.poll()
