"""Keep the focused X11 window in a cache, so reading it at paste time is a plain attribute read.

Asking the X server is a round trip, too slow and too uncertain for the hook thread. A watcher
thread with its own connection listens for PropertyNotify on the root window (the window
manager updates `_NET_ACTIVE_WINDOW` there) and on the active window (its title), and
rebuilds the WindowInfo when either changes. Without a window manager there is no
`_NET_ACTIVE_WINDOW`: the watcher then follows the keyboard focus by asking a few times a
second, and says so in `degraded`.
"""

from __future__ import annotations

import logging
import os
import select
import socket
import threading
import warnings
from typing import Any

import psutil

from app.platform.base import TITLE_CAP, WindowInfo

log = logging.getLogger(__name__)

FOCUS_POLL_SECONDS = 0.25  # only without a window manager
NO_WM = "no window manager is running, so the focused window is guessed from the keyboard focus"
LOST = "the connection to the X server was lost"
_ATOMS = (
    "_NET_ACTIVE_WINDOW", "_NET_SUPPORTED", "_NET_WM_NAME", "_NET_WM_PID", "ATOM",
    "WM_NAME", "WM_CLASS", "WM_CLIENT_MACHINE", "STRING", "CARDINAL",
)  # fmt: skip


class XorgUnavailable(Exception):
    """The X display cannot be opened."""


def open_display(name: str | None) -> Any:
    """A new python-xlib connection; XorgUnavailable with the reason when there is none."""
    problem = ""
    with warnings.catch_warnings():
        # WORKAROUND: python-xlib leaves the socket of a failed connection open
        # (Xlib/support/unix_connect.py, get_socket); it is collected, with a ResourceWarning,
        # when the exception that holds it goes away, which is inside this block.
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            from Xlib import display as xdisplay  # type: ignore[import-untyped, unused-ignore]

            return xdisplay.Display(name)
        except Exception as exc:  # DisplayNameError, DisplayConnectionError, OSError, ...
            problem = str(exc) or type(exc).__name__
    raise XorgUnavailable(f"cannot open X display {name or '$DISPLAY'!r}: {problem}")


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value) if value is not None else ""


class ActiveWindowWatcher:
    """The focused top-level window of one X display, kept fresh by a thread of its own."""

    def __init__(self, display_name: str | None = None) -> None:
        self.display_name = display_name
        self.current: WindowInfo | None = None  # replaced whole, so any thread may read it
        self.has_record = False  # the X server offers RECORD (pynput's listeners need it)
        self.has_wm = False
        self._degraded: dict[str, str] = {}
        self._display: Any = None
        self._root: Any = None
        self._atoms: dict[str, int] = {}
        self._watched: Any = None  # the window whose title changes we listen to
        self._thread: threading.Thread | None = None
        self._wake: tuple[int, int] | None = None
        self._stopping = False
        self._hostname = socket.gethostname()

    @property
    def degraded(self) -> dict[str, str]:
        return dict(self._degraded)

    # -- owner thread -------------------------------------------------------------------------

    def start(self) -> None:
        """Connect, read the focused window once, and start watching. Raises XorgUnavailable."""
        from Xlib import X  # type: ignore[import-untyped, unused-ignore]

        self.stop()  # a restart after the watcher died: release the old connection first
        display = open_display(self.display_name)
        self._display = display
        try:
            display.set_error_handler(self._on_async_error)
            self._root = display.screen().root
            self._atoms = {name: display.intern_atom(name) for name in _ATOMS}
            self.has_record = bool(display.has_extension("RECORD"))
            self._root.change_attributes(event_mask=X.PropertyChangeMask)
            self._refresh()
        except Exception as exc:  # the server went away in the middle
            self.stop()
            raise XorgUnavailable(f"lost X display {self.display_name!r}: {exc}") from None
        self._stopping = False
        self._wake = os.pipe()
        self._thread = threading.Thread(target=self._run, name="x11-active-window", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping = True
        wake, self._wake = self._wake, None
        if wake is not None:
            os.write(wake[1], b"x")
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout=2.0)
        if wake is not None:
            os.close(wake[0])
            os.close(wake[1])
        display, self._display = self._display, None
        self._watched = None
        self.current = None
        if display is not None:
            try:
                display.close()
            except Exception:
                log.debug("closing the X connection failed", exc_info=True)

    def alive(self) -> bool:
        thread = self._thread
        return thread is not None and thread.is_alive()

    # -- watcher thread -----------------------------------------------------------------------

    def _run(self) -> None:
        try:
            self._loop()
        except Exception:
            if not self._stopping:
                self._degraded["window"] = LOST
                self.current = None
                log.exception("the X11 window watcher stopped")

    def _loop(self) -> None:
        from Xlib import X  # type: ignore[import-untyped, unused-ignore]

        display, root, atoms = self._display, self._root, self._atoms
        wake = self._wake
        assert wake is not None
        root_atoms = {atoms["_NET_ACTIVE_WINDOW"], atoms["_NET_SUPPORTED"]}
        title_atoms = {atoms["_NET_WM_NAME"], atoms["WM_NAME"]}
        while not self._stopping:
            if not display.pending_events():
                timeout = None if self.has_wm else FOCUS_POLL_SECONDS
                ready, _, _ = select.select([display.fileno(), wake[0]], [], [], timeout)
                if wake[0] in ready:
                    return
            refresh = not self.has_wm  # without a WM nothing tells us: look each time
            retitle = False
            while display.pending_events():
                event = display.next_event()
                if event.type in (X.DestroyNotify, X.UnmapNotify):
                    # The focused window went away; a window manager need not say so.
                    watched = self._watched
                    refresh = refresh or (watched is not None and event.window.id == watched.id)
                    continue
                if event.type != X.PropertyNotify:
                    continue
                if event.window.id == root.id:
                    refresh = refresh or event.atom in root_atoms
                elif event.atom in title_atoms:
                    retitle = True
            if refresh:
                self._refresh()
            elif retitle:
                self._retitle()

    def _on_async_error(self, error: Any, request: Any = None) -> None:
        # Requests without replies (selecting events on a window that just closed) fail
        # later and arrive here; the next PropertyNotify puts things right.
        log.debug("X error ignored: %s", error)

    # -- reading windows (watcher thread, or the owner before the thread starts) ----------------

    def _refresh(self) -> None:
        window = self._focused_window()
        if window is None:
            self._watch(None)
            self.current = None
            return
        self._watch(window)
        self.current = self._describe(window)

    def _retitle(self) -> None:
        current, watched = self.current, self._watched
        if current is None or watched is None:
            return
        title = self._title(watched)
        if title != current.title:
            self.current = WindowInfo(
                current.process, current.window_class, title, current.pid, current.app_id,
                current.handle,
            )  # fmt: skip

    def _focused_window(self) -> Any:
        from Xlib import X  # type: ignore[import-untyped, unused-ignore]

        display, root, atoms = self._display, self._root, self._atoms
        active = self._property(root, atoms["_NET_ACTIVE_WINDOW"], X.AnyPropertyType, 1)
        if active is None:  # also absent while an EWMH window manager has nothing focused
            supported = self._property(root, atoms["_NET_SUPPORTED"], atoms["ATOM"], 1024)
            ewmh = supported is not None and atoms["_NET_ACTIVE_WINDOW"] in supported
        self.has_wm = active is not None or ewmh
        if self.has_wm:
            self._degraded.pop("window", None)
            wid = int(active[0]) if active is not None and len(active) else 0
            return display.create_resource_object("window", wid) if wid else None
        self._degraded["window"] = NO_WM
        focus = display.get_input_focus().focus
        if isinstance(focus, int):  # X.NONE or X.PointerRoot: the window under the pointer
            if focus != X.PointerRoot:
                return None
            focus = root.query_pointer().child
            if isinstance(focus, int) or not focus:
                return None
        return self._top_level(focus)

    def _top_level(self, window: Any) -> Any:
        """The nearest ancestor (or the window itself) that carries WM_CLASS."""
        root_id = self._root.id
        for _ in range(16):  # a bound on how deep anyone nests windows
            if window is None or window.id == root_id:
                return None
            if self._property(window, self._atoms["WM_CLASS"], 0, 64) is not None:
                return window
            window = window.query_tree().parent
        return None

    def _watch(self, window: Any) -> None:
        from Xlib import X  # type: ignore[import-untyped, unused-ignore]

        old = self._watched
        if old is not None and (window is None or old.id != window.id):
            old.change_attributes(event_mask=X.NoEventMask)
        if window is not None and (old is None or old.id != window.id):
            window.change_attributes(event_mask=X.PropertyChangeMask | X.StructureNotifyMask)
        self._watched = window

    def _describe(self, window: Any) -> WindowInfo | None:
        from Xlib import X  # type: ignore[import-untyped, unused-ignore]
        from Xlib import error as xerror  # type: ignore[import-untyped, unused-ignore]

        try:
            if window.get_attributes().map_state == X.IsUnmapped:
                return None  # closed or withdrawn, though still named as active
        except xerror.XError:
            return None  # destroyed
        atoms = self._atoms
        wm_class = _text(self._property(window, atoms["WM_CLASS"], atoms["STRING"], 64))
        parts = wm_class.split("\0")
        window_class = parts[1] if len(parts) > 1 else parts[0]
        pid_value = self._property(window, atoms["_NET_WM_PID"], atoms["CARDINAL"], 1)
        pid = int(pid_value[0]) if pid_value is not None and len(pid_value) else None
        if pid is not None and not self._local(window):
            pid = None  # a client on another machine (ssh -X): its pid means nothing here
        return WindowInfo(
            process=self._process_name(pid) if pid else "",
            window_class=window_class,
            title=self._title(window),
            pid=pid,
            handle=int(window.id),
        )

    def _title(self, window: Any) -> str:
        atoms = self._atoms
        length = TITLE_CAP // 4 + 1  # in 32-bit units; UTF-8 is at most 4 bytes a character
        # Any type: _NET_WM_NAME should be UTF8_STRING, but some programs (xdotool) set STRING.
        value = self._property(window, atoms["_NET_WM_NAME"], 0, length)
        if not value:
            value = self._property(window, atoms["WM_NAME"], 0, length)
        return _text(value)[:TITLE_CAP]

    def _local(self, window: Any) -> bool:
        machine = self._property(window, self._atoms["WM_CLIENT_MACHINE"], 0, 64)
        return machine is None or _text(machine) in ("", self._hostname)

    @staticmethod
    def _process_name(pid: int) -> str:
        # Once per focus change, on the watcher thread: no cache, so a reused pid cannot lie.
        try:
            return str(psutil.Process(pid).name()).lower()
        except (psutil.Error, OSError):
            return ""

    def _property(self, window: Any, atom: int, type_: int, length: int) -> Any:
        """A property's value (bytes, or a sequence of numbers), at most `length` 32-bit units."""
        from Xlib import error as xerror  # type: ignore[import-untyped, unused-ignore]

        try:
            prop = window.get_property(atom, type_, 0, length)
        except xerror.XError:
            return None  # the window went away between the event and this request
        if prop is None:
            return None
        return prop.value
