"""The backend's own clipboard reader thread (Windows, macOS), asked for the provenance formats.

X11's reader is built by the UI with the selection holder it must ignore; where a backend offers
none (or it cannot start), Qt reads the clipboard on its thread as before.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from app.guard.provenance import NO_HISTORY_FORMATS, SECRET_FORMATS, SOURCE_URL_FORMATS
from app.platform.clipboard import ClipboardContent

log = logging.getLogger(__name__)

WANTED_FORMATS = (*SOURCE_URL_FORMATS, *SECRET_FORMATS, *NO_HISTORY_FORMATS)


class Reader(Protocol):
    @property
    def error(self) -> str | None: ...

    reads: int
    skipped_stale: int

    def start(self, timeout: float = 5.0) -> bool: ...
    def stop(self) -> None: ...
    def alive(self) -> bool: ...


def backend_reader(backend: object, on_change: Callable[[ClipboardContent], None]) -> Reader | None:
    """The backend's reader, started; None when it has none or it could not start."""
    make = getattr(backend, "clipboard_reader", None)
    if make is None:
        return None
    reader: Reader | None = make(on_change, WANTED_FORMATS)
    if reader is None:
        return None
    if reader.start():
        return reader
    log.warning("the clipboard reader thread could not start (%s); Qt reads it", reader.error)
    reader.stop()
    return None
