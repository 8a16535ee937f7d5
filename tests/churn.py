"""Another program that changes the X11 clipboard on a schedule (for the reader and soak tests).

Run as a script: `python -m tests.churn DISPLAY PLAN.json RATE REPORT.json`. It owns CLIPBOARD
with each text of the plan in turn, RATE changes a second, answers every paste request, and
writes a report: for each text, whether another program (the guard) took the clipboard from
it before its turn ended.
"""

from __future__ import annotations

import json
import select
import sys
import time

from Xlib import X, Xatom, display
from Xlib.protocol import event as xevent


def main(display_name: str, plan_path: str, rate: float, report_path: str) -> None:
    with open(plan_path, encoding="utf-8") as source:
        plan = json.load(source)
    dpy = display.Display(display_name)
    window = dpy.screen().root.create_window(0, 0, 1, 1, 0, X.CopyFromParent)
    names = ("CLIPBOARD", "TARGETS", "UTF8_STRING", "TEXT")
    atoms = {n: dpy.intern_atom(n) for n in names}
    text = ""
    lost = [False] * len(plan)
    after: list[float | None] = [None] * len(plan)  # seconds from taking it to losing it
    taken = 0.0
    index = -1
    start = time.monotonic()

    def serve(until: float) -> None:
        while True:
            timeout = until - time.monotonic()
            if dpy.pending_events() == 0:
                if timeout <= 0:
                    return
                select.select([dpy.fileno()], [], [], timeout)
            while dpy.pending_events():
                ev = dpy.next_event()
                if ev.type == X.SelectionClear and index >= 0 and not lost[index]:
                    lost[index] = True
                    after[index] = time.monotonic() - taken
                elif ev.type == X.SelectionRequest:
                    prop = ev.property or ev.target
                    granted = X.NONE
                    if ev.target == atoms["TARGETS"]:
                        ev.requestor.change_property(
                            prop, Xatom.ATOM, 32, [atoms["TARGETS"], atoms["UTF8_STRING"]]
                        )
                        granted = prop
                    elif ev.target in (atoms["UTF8_STRING"], atoms["TEXT"], Xatom.STRING):
                        ev.requestor.change_property(prop, atoms["UTF8_STRING"], 8, text.encode())
                        granted = prop
                    ev.requestor.send_event(
                        xevent.SelectionNotify(time=ev.time, requestor=ev.requestor,
                                               selection=ev.selection, target=ev.target,
                                               property=granted),
                        event_mask=0,
                    )  # fmt: skip
                    dpy.flush()

    for index, text in enumerate(plan):  # noqa: B007 - serve() reads them
        window.set_selection_owner(atoms["CLIPBOARD"], X.CurrentTime)
        dpy.flush()
        taken = time.monotonic()
        serve(start + (index + 1) / rate)
    serve(time.monotonic() + 2.0)  # the last text's turn: the guard may still take it
    with open(report_path, "w", encoding="utf-8") as out:
        json.dump({"lost": lost, "after": after, "seconds": time.monotonic() - start}, out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4])
