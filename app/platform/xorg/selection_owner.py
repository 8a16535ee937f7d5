"""Hold a suspicious clipboard on X11 and answer each paste by who asks for it.

X11 cannot swallow a key, but it tells the clipboard owner which window wants the text: every
paste is a SelectionRequest naming the requestor. So for a suspicious text PasteGuard becomes
the CLIPBOARD owner itself, serves the text to editors and chat windows, and refuses it to
guarded targets such as terminals (the terminal pastes nothing) while the guard warns.

In block mode it also serves the harmless line that replaces a malicious text, and a text
the person chose to put back: the guard's own clipboard writes never go through the Qt thread.

Runs its own X connection on its own thread; `hold` and `release` may be called from any
thread. Nothing here blocks the caller for more than queueing a request. A text it could not
serve in one piece (over `MAX_SERVED`) is never held: `can_serve` says so first.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import queue
import select
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

MAX_SERVED = 256 * 1024  # larger texts would need the INCR protocol; they are refused instead


@dataclass(frozen=True)
class Requestor:
    window: int
    wm_class: str  # "instance.Class" of the nearest window that has one, lower case
    pid: int | None
    process: str = ""  # the program's name, when X-Resource names the client (lower case)


def _process_name(pid: int | None) -> str:
    if not pid:
        return ""
    try:
        import psutil

        return str(psutil.Process(pid).name()).lower()
    except Exception:  # gone, or not ours to look at
        return ""


Decide = Callable[[Requestor], bool]  # True: give the text; False: refuse (and warn)
Refused = Callable[[Requestor], None]
Served = Callable[[Requestor], None]


class SelectionOwner:
    """Owns CLIPBOARD while `hold(text)` is in force; stops when another program copies."""

    def __init__(
        self,
        decide: Decide,
        on_refused: Refused,
        display_name: str | None = None,
        on_lost: Callable[[], None] | None = None,
        on_served: Served | None = None,
    ) -> None:
        self.decide = decide
        self.on_refused = on_refused
        self.on_served = on_served
        self.on_lost = on_lost  # another program copied something: read the clipboard again
        self.display_name = display_name
        self._requests: queue.Queue[tuple[str, Any]] = queue.Queue()
        self.window_id = 0  # the window that owns the clipboard while holding
        self._thread: threading.Thread | None = None
        self._held: str | None = None
        # what `serving` answers from any thread: the newest hold asked for (its number and
        # text), and the number of the last hold that was lost or never taken
        self._asked = itertools.count(1)
        self._wanted: tuple[int, str] | None = None
        self._held_number = 0
        self._lost_upto = 0
        self._stop = threading.Event()
        self._wake_r, self._wake_w = os.pipe()  # wakes the X thread when a request is queued
        self.error: str | None = None

    # -- any thread ---------------------------------------------------------------------------

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="x11-selection", daemon=True)
        self._thread.start()

    def hold(self, text: str, after: int = 0) -> None:
        """Own the clipboard with `text`; with `after` (an X server time) only if nobody took
        the clipboard after that moment: the guard never clobbers a newer copy."""
        number = next(self._asked)
        self._wanted = (number, text)
        self._requests.put(("hold", (text, after, number)))
        self._wake()

    def release(self) -> None:
        self._wanted = None
        self._requests.put(("release", None))
        self._wake()

    def serving(self, text: str) -> bool:
        """Any thread, never waits: whether a paste of `text` is answered here, because this
        holder owns the clipboard with it or its hold is queued (and comes before any later
        request). False once another program took the clipboard, the hold could not be taken
        (a newer copy came first) or the holder stopped: the guard must not call that paste
        stopped."""
        wanted = self._wanted
        return (
            wanted is not None
            and wanted[0] > self._lost_upto
            and self.error is None
            and self.alive()
            and wanted[1] == text  # the same object as a rule: no comparison of the text
        )

    def can_serve(self, text: str) -> bool:
        """Whether holding `text` would let every allowed program have all of it."""
        if not self.alive() or self.error:
            return False
        return len(text) * 4 <= MAX_SERVED or len(text.encode("utf-8", "replace")) <= MAX_SERVED

    def _wake(self) -> None:
        # a full pipe means the thread has wake-ups pending anyway
        with contextlib.suppress(OSError):
            os.write(self._wake_w, b"x")

    def stop(self) -> None:
        self._stop.set()
        self._requests.put(("stop", None))
        self._wake()
        if self._thread is not None:
            self._thread.join(timeout=2)

    @property
    def holding(self) -> bool:
        return self._held is not None

    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- the selection thread -----------------------------------------------------------------

    def _run(self) -> None:
        try:
            from Xlib import X, Xatom, display  # python-xlib comes with pynput on Linux
        except ImportError as exc:  # pragma: no cover - python-xlib is a pynput dependency
            self.error = f"python-xlib is missing: {exc}"
            return
        try:
            dpy = display.Display(self.display_name)
        except Exception as exc:  # any X error means no display
            self.error = f"cannot open the X display: {exc}"
            return
        try:
            self._loop(dpy, X, Xatom)
        except Exception:  # never take the guard down; report instead
            log.exception("the X11 selection owner stopped")
            self.error = "the clipboard holder stopped unexpectedly"
        finally:
            dpy.close()

    def _loop(self, dpy: Any, X: Any, Xatom: Any) -> None:
        atoms = {
            name: dpy.intern_atom(name)
            for name in ("CLIPBOARD", "TARGETS", "UTF8_STRING", "TEXT", "TIMESTAMP", "_NET_WM_PID")
        }
        string_atoms = {atoms["UTF8_STRING"], atoms["TEXT"], Xatom.STRING}
        window = dpy.screen().root.create_window(0, 0, 1, 1, 0, X.CopyFromParent)
        window.change_attributes(event_mask=X.PropertyChangeMask)
        self.window_id = int(window.id)
        acquired_at = X.CurrentTime
        while not self._stop.is_set():
            while not self._requests.empty():
                action, text = self._requests.get_nowait()
                if action == "stop":
                    return
                if action == "hold" and text is not None:
                    acquired_at = self._take(dpy, window, atoms, X, *text)
                elif action == "release" and self._held is not None:
                    self._held = None
                    self._give_up(dpy, window, atoms)
            if dpy.pending_events() == 0:
                # sleep until X sends something or a request is queued: no polling when idle
                ready, _, _ = select.select([dpy.fileno(), self._wake_r], [], [], 1.0)
                if self._wake_r in ready:
                    os.read(self._wake_r, 4096)
                continue
            event = dpy.next_event()
            if event.type == X.SelectionClear:
                if dpy.get_selection_owner(atoms["CLIPBOARD"]) == window:
                    # stale: the clipboard was taken from us, but a hold queued meanwhile (the
                    # guard judged the new copy) took it back before this event was read.
                    # Obeying it left the holder owning the clipboard with nothing to serve:
                    # every paste refused in silence, the warning only when it settled (2 s)
                    continue
                self._held = None  # another program copied something: it owns the clipboard now
                self._lost_upto = max(self._lost_upto, self._held_number)
                if self.on_lost is not None:
                    self._call(self.on_lost)
            elif event.type == X.SelectionRequest:
                self._answer(dpy, event, atoms, string_atoms, acquired_at, X, Xatom)

    @staticmethod
    def _give_up(dpy: Any, window: Any, atoms: dict[str, int]) -> None:
        """Leave the clipboard without an owner, but only if it is still ours.

        (python-xlib's `window.set_selection_owner(selection, time)` always makes *that
        window* the owner: passing X.NONE as an extra argument re-took the clipboard with
        nothing to serve, and every later paste got nothing.)
        """
        from Xlib import X
        from Xlib.protocol import request

        if dpy.get_selection_owner(atoms["CLIPBOARD"]) != window:
            return  # another program (or the guard's own Qt side) owns it now: leave it
        request.SetSelectionOwner(
            display=dpy.display, window=X.NONE, selection=atoms["CLIPBOARD"], time=X.CurrentTime
        )
        dpy.flush()

    def _take(
        self,
        dpy: Any,
        window: Any,
        atoms: dict[str, int],
        X: Any,
        text: str,
        after: int,
        number: int,
    ) -> int:
        # With `after`, the server ignores the request if the clipboard changed since then (a
        # SetSelectionOwner older than the last change has no effect): checked afterwards.
        self._held, self._held_number = text, number
        window.set_selection_owner(atoms["CLIPBOARD"], after or X.CurrentTime)
        if after:
            if dpy.get_selection_owner(atoms["CLIPBOARD"]) != window:
                self._held = None  # a newer copy came first: it stays
                self._lost_upto = max(self._lost_upto, number)
            return after
        dpy.flush()
        return int(X.CurrentTime)

    def _answer(
        self,
        dpy: Any,
        event: Any,
        atoms: dict[str, int],
        string_atoms: set[int],
        acquired_at: int,
        X: Any,
        Xatom: Any,
    ) -> None:
        from Xlib.protocol import event as xevent

        prop = event.property or event.target
        requestor = event.requestor
        granted = X.NONE
        text = self._held
        if text is not None and event.selection == atoms["CLIPBOARD"]:
            if event.target == atoms["TARGETS"]:
                targets = [atoms["TARGETS"], atoms["TIMESTAMP"], *sorted(string_atoms)]
                requestor.change_property(prop, Xatom.ATOM, 32, targets)
                granted = prop
            elif event.target == atoms["TIMESTAMP"]:
                requestor.change_property(prop, Xatom.INTEGER, 32, [acquired_at])
                granted = prop
            elif event.target in string_atoms:
                who = self._identify(dpy, requestor, atoms)
                # a lone surrogate is served as '?', as the engine judged it (can_serve counts
                # it so): a strict encode raised here and stopped the holder's thread. STRING
                # is Latin-1 (ICCCM): UTF-8 bytes served as STRING turned the translated
                # harmless line's "ü" into "Ã¼"; what Latin-1 lacks becomes '?'
                latin = event.target == Xatom.STRING
                data = text.encode("latin-1" if latin else "utf-8", "replace")
                if len(data) <= MAX_SERVED and self._allowed(who):
                    kind = Xatom.STRING if latin else atoms["UTF8_STRING"]
                    requestor.change_property(prop, kind, 8, data)
                    granted = prop
                    if self.on_served is not None:
                        served = self.on_served
                        self._call(lambda: served(who))
                else:
                    self._refused(who)
        reply = xevent.SelectionNotify(
            time=event.time,
            requestor=requestor,
            selection=event.selection,
            target=event.target,
            property=granted,
        )
        requestor.send_event(reply, event_mask=0)
        dpy.flush()

    def _allowed(self, who: Requestor) -> bool:
        try:
            return bool(self.decide(who))
        except Exception:  # a broken decision refuses: fail closed
            log.exception("deciding a paste request failed; refusing it")
            return False

    def _refused(self, who: Requestor) -> None:
        self._call(lambda: self.on_refused(who))

    @staticmethod
    def _call(callback: Callable[[], None]) -> None:
        try:
            callback()
        except Exception:  # a failing callback must not stop the owner
            log.exception("a clipboard holder callback failed")

    def _identify(self, dpy: Any, window: Any, atoms: dict[str, int]) -> Requestor:
        """Who asks: the nearest window with WM_CLASS, else the X client that made the window.

        Browsers ask from a hidden clipboard window that has no WM_CLASS (Chromium does): the
        X-Resource extension names its client's pid, so a paste into a browser's console is
        tied to the browser. Round trips here are on the holder's thread, never the UI's.
        """
        found = self._by_wm_class(dpy, window, atoms)
        if found.wm_class and found.pid:
            return found
        pid = found.pid or self._client_pid(dpy, window)
        return Requestor(window.id, found.wm_class, pid, _process_name(pid))

    @staticmethod
    def _client_pid(dpy: Any, window: Any) -> int | None:
        try:
            from Xlib.ext import res

            if not dpy.has_extension("X-Resource"):
                return None
            reply = dpy.res_query_client_ids([{"client": window.id,
                                               "mask": res.LocalClientPIDMask}])  # fmt: skip
            for value in reply.ids:
                if value.spec.mask == res.LocalClientPIDMask and value.value:
                    return int(value.value[0])
        except Exception:  # an old server, a window gone: unknown, not an error
            log.debug("X-Resource could not name a requestor", exc_info=True)
        return None

    def _by_wm_class(self, dpy: Any, window: Any, atoms: dict[str, int]) -> Requestor:
        """Walk up from the requesting window to the first one with WM_CLASS (the client)."""
        current = window
        for _ in range(16):  # window trees are shallow; a bound keeps a hostile tree harmless
            try:
                wm_class = current.get_wm_class()
                if wm_class:
                    pid_prop = current.get_full_property(atoms["_NET_WM_PID"], 0)
                    pid = int(pid_prop.value[0]) if pid_prop and len(pid_prop.value) else None
                    return Requestor(window.id, ".".join(wm_class).lower(), pid)
                parent = current.query_tree().parent
            except Exception:  # the window may have gone away meanwhile
                break
            if not parent or parent.id == dpy.screen().root.id:
                break
            current = parent
        return Requestor(window.id, "", None)
