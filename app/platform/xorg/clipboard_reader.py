"""Read the X11 clipboard on a thread of its own: the UI thread never waits on another program.

Qt reads the clipboard on its main thread and waits there for the owning program to answer,
up to seconds for a slow or hostile one; a thousand changes from one program left the guard's
status unanswered. This reader has its own X connection. XFixes tells it each time CLIPBOARD
(or PRIMARY) gets a new owner, with the server's timestamp of that change; it asks the owner
for the text and the few formats that say where it came from, and hands the result to the
guard. Changes that arrive while it reads make that read stale: it is dropped and the newest
content read instead, so a burst may skip stale texts, never the current one.

Large texts come in pieces (the INCR protocol) and are read up to `MAX_READ` bytes.
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import select
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from app.platform.clipboard import ClipboardContent

__all__ = ["ClipboardContent", "ClipboardReader"]

log = logging.getLogger(__name__)

MAX_READ = 4 * 1024 * 1024  # bytes of text read at all (the engine reads 1 Mi characters)
MAX_FORMAT = 64 * 1024  # bytes of a provenance format (a URL, a hint)
READ_TIMEOUT = 1.0  # seconds an owner has to answer one request
PRIMARY_QUIET = 0.15  # PRIMARY changes with every selection: read it once it settles
# the text's formats, best first. An owner that offers only "text/plain" (or COMPOUND_TEXT) went
# unread, nothing judged, while Qt programs (Konsole) and browsers (their consoles) paste it
TEXT_TARGETS = (
    "UTF8_STRING",
    "text/plain;charset=utf-8",
    "STRING",
    "TEXT",
    "text/plain;charset=UTF-8",
    "text/plain",
    "COMPOUND_TEXT",
)


class _Stale(Exception):
    """A newer change came while reading: this read no longer matters."""


class ClipboardReader:
    """Reports every clipboard change as `ClipboardContent`, newest first, from its thread."""

    def __init__(
        self,
        on_change: Callable[[ClipboardContent], None],
        wanted_formats: Iterable[str],
        display_name: str | None = None,
        ignore_owner: Callable[[int], bool] | None = None,
        primary: bool = True,
    ) -> None:
        self.on_change = on_change
        self.wanted = frozenset(wanted_formats)
        self.display_name = display_name
        self.ignore_owner = ignore_owner or (lambda owner: False)
        self.primary = primary
        self.error: str | None = None
        self.reads = 0
        self.skipped_stale = 0
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None
        self._wake_r, self._wake_w = os.pipe()
        self._events: queue.SimpleQueue[Any] = queue.SimpleQueue()

    # -- any thread ---------------------------------------------------------------------------

    def start(self, timeout: float = 5.0) -> bool:
        """Start reading; False (and `error` says why) when this X server cannot be read so."""
        self._thread = threading.Thread(target=self._run, name="x11-clipboard-reader", daemon=True)
        self._thread.start()
        self._ready.wait(timeout)
        return self.error is None and self.alive()

    def stop(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            os.write(self._wake_w, b"x")
        if self._thread is not None:
            self._thread.join(timeout=2)

    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- the reader thread --------------------------------------------------------------------

    def _run(self) -> None:
        try:
            from Xlib import X, display
            from Xlib.ext import xfixes
        except ImportError as exc:  # pragma: no cover - python-xlib comes with pynput
            self.error = f"python-xlib is missing: {exc}"
            self._ready.set()
            return
        try:
            dpy = display.Display(self.display_name)
        except Exception as exc:
            self.error = f"cannot open the X display: {exc}"
            self._ready.set()
            return
        try:
            if not dpy.has_extension("XFIXES"):
                self.error = "the X server has no XFIXES extension"
                return
            dpy.xfixes_query_version()
            self._loop(dpy, X, xfixes)
        except Exception:
            log.exception("the X11 clipboard reader stopped")
            self.error = "the clipboard reader stopped unexpectedly"
        finally:
            self._ready.set()
            dpy.close()

    def _loop(self, dpy: Any, X: Any, xfixes: Any) -> None:
        self._dpy, self._X = dpy, X
        self._names: dict[int, str] = {}
        self._atoms = {n: dpy.intern_atom(n) for n in ("CLIPBOARD", "PRIMARY", "TARGETS", "INCR")}
        # a property per request, in turn: a late answer to a request abandoned as stale
        # never passes for the answer to the current one
        self._props = [dpy.intern_atom(f"PASTEGUARD_READ_{i}") for i in range(16)]
        self._turn = 0
        self.window = dpy.screen().root.create_window(0, 0, 1, 1, 0, X.CopyFromParent)
        self.window.change_attributes(event_mask=X.PropertyChangeMask)
        mask = (
            xfixes.XFixesSetSelectionOwnerNotifyMask
            | xfixes.XFixesSelectionWindowDestroyNotifyMask
            | xfixes.XFixesSelectionClientCloseNotifyMask
        )
        root = dpy.screen().root
        dpy.xfixes_select_selection_input(root, self._atoms["CLIPBOARD"], mask)
        if self.primary:
            dpy.xfixes_select_selection_input(root, self._atoms["PRIMARY"], mask)
        owner = dpy.get_selection_owner(self._atoms["CLIPBOARD"])
        # what is on the clipboard already counts too
        self._pending: dict[str, tuple[int, int, float]] = {
            "clipboard": (int(getattr(owner, "id", owner) or 0), 0, 0.0)
        }
        self._ready.set()
        while not self._stop.is_set():
            self._pump(block=not self._due())
            for selection in ("clipboard", "primary"):
                pending = self._pending.get(selection)
                if pending is None or time.monotonic() < pending[2]:
                    continue
                del self._pending[selection]
                try:
                    content = self._read(selection, pending[0], pending[1])
                except _Stale:
                    self.skipped_stale += 1
                    continue
                if content is not None:
                    self.reads += 1
                    self._deliver(content)

    def _due(self) -> bool:
        now = time.monotonic()
        return any(at <= now for _, _, at in self._pending.values())

    def _deliver(self, content: ClipboardContent) -> None:
        try:
            self.on_change(content)
        except Exception:
            log.exception("handing a clipboard change over failed")

    def _pump(self, block: bool, until: float | None = None) -> None:
        """Take what the server sent; wait for more only when asked to."""
        dpy = self._dpy
        if block and dpy.pending_events() == 0:
            timeout = None
            if self._pending:
                timeout = max(
                    0.0, min(at for _, _, at in self._pending.values()) - time.monotonic()
                )
            if until is not None:
                timeout = max(0.0, until - time.monotonic())
            ready, _, _ = select.select([dpy.fileno(), self._wake_r], [], [], timeout)
            if self._wake_r in ready:
                os.read(self._wake_r, 4096)
        while dpy.pending_events():
            self._note(dpy.next_event())

    def _note(self, event: Any) -> None:
        """Remember an owner change (the newest per selection); keep replies for the read."""
        if hasattr(event, "selection_timestamp") and hasattr(event, "owner"):
            selection = "primary" if event.selection == self._atoms["PRIMARY"] else "clipboard"
            owner = int(getattr(event.owner, "id", event.owner) or 0)
            at = time.monotonic() + (PRIMARY_QUIET if selection == "primary" else 0.0)
            self._pending[selection] = (owner, int(event.selection_timestamp), at)
            return
        self._events.put(event)

    # -- one read -----------------------------------------------------------------------------

    def _read(self, selection: str, owner: int, stamp: int) -> ClipboardContent | None:
        if owner == 0:
            return ClipboardContent(selection, None, owner=0, stamp=stamp)
        if self.ignore_owner(owner):
            return None  # the guard's own holder: nothing new to judge
        atom = self._atoms["PRIMARY" if selection == "primary" else "CLIPBOARD"]
        targets = self._targets(atom, selection)
        if not targets:
            return ClipboardContent(selection, None, owner=owner, stamp=stamp)
        formats: dict[str, bytes] = {}
        if selection == "clipboard":
            for name in targets:
                if _base(name) in self.wanted:
                    data = self._convert(atom, name, selection, MAX_FORMAT)
                    if data is not None:
                        formats[name] = data
        text: str | None = None
        for name in TEXT_TARGETS:
            if name in targets:
                data = self._convert(atom, name, selection, MAX_READ)
                if data is not None:
                    text = data.decode("utf-8" if name != "STRING" else "latin-1", "replace")
                    break
        if self._stale(selection):
            raise _Stale  # it changed again meanwhile: read the newer one instead
        return ClipboardContent(selection, text, formats, tuple(targets), owner, stamp)

    def _stale(self, selection: str) -> bool:
        return selection in self._pending

    def _targets(self, atom: int, selection: str) -> list[str]:
        data = self._convert(atom, "TARGETS", selection, 64 * 1024, atoms=True)
        if data is None:
            return []
        names = []
        for value in memoryview(data).cast("I")[:256]:
            name = self._names.get(value)
            if name is None:
                try:
                    name = self._names[value] = self._dpy.get_atom_name(value)
                except Exception:
                    continue
            names.append(name)
        return names

    def _convert(
        self, selection_atom: int, target: str, selection: str, limit: int, atoms: bool = False
    ) -> bytes | None:
        """Ask the owner for `target`; its bytes, or None when refused or too slow."""
        X, dpy = self._X, self._dpy
        target_atom = self._dpy.intern_atom(target)
        self._turn = (self._turn + 1) % len(self._props)
        name = self._props[self._turn]
        self.window.delete_property(name)
        self.window.convert_selection(selection_atom, target_atom, name, X.CurrentTime)
        dpy.flush()
        reply = self._wait(
            lambda e: (
                e.type == X.SelectionNotify
                and e.requestor == self.window
                and e.target == target_atom
                and e.property in (name, X.NONE)
            ),
            selection,
        )
        if reply is None or reply.property == X.NONE:
            return None
        prop = self.window.get_full_property(name, X.AnyPropertyType, sizehint=limit // 4)
        if prop is None:
            return None
        if prop.property_type == self._atoms["INCR"]:
            return self._incremental(name, selection, limit)
        self.window.delete_property(name)
        return _bytes(prop.value, atoms)[:limit]

    def _incremental(self, name: int, selection: str, limit: int) -> bytes | None:
        """The INCR protocol: delete the property, take each new piece until an empty one."""
        X = self._X
        self.window.delete_property(name)
        self._dpy.flush()
        chunks: list[bytes] = []
        size = 0
        while True:
            event = self._wait(
                lambda e: (
                    e.type == X.PropertyNotify and e.atom == name and e.state == X.PropertyNewValue
                ),
                selection,
            )
            if event is None:
                return None
            prop = self.window.get_full_property(name, X.AnyPropertyType)
            self.window.delete_property(name)
            self._dpy.flush()
            piece = _bytes(prop.value, False) if prop is not None else b""
            if not piece:
                return b"".join(chunks)
            if size < limit:
                chunks.append(piece[: limit - size])
                size += len(piece)

    def _wait(self, match: Callable[[Any], bool], selection: str) -> Any:
        """The next event that `match`es, within READ_TIMEOUT; raises _Stale on a newer change."""
        deadline = time.monotonic() + READ_TIMEOUT
        while True:
            while not self._events.empty():
                event = self._events.get()
                if match(event):
                    return event
            if self._stale(selection) and selection == "clipboard":
                raise _Stale
            if time.monotonic() >= deadline or self._stop.is_set():
                return None
            self._pump(block=True, until=min(deadline, time.monotonic() + 0.05))


def _base(name: str) -> str:
    return name.split(";", 1)[0].strip()


def _bytes(value: Any, atoms: bool) -> bytes:
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    if isinstance(value, str):
        return value.encode("latin-1", "replace")
    import array

    if atoms:
        return array.array("I", (int(v) for v in value)).tobytes()
    return bytes(bytearray(int(v) & 0xFF for v in value))
