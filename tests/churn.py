"""Another program that changes the X11 clipboard on a schedule (for the reader and soak tests).

Run as a script: `python -m tests.churn DISPLAY PLAN.json RATE REPORT.json`. It owns CLIPBOARD
with each text of the plan in turn, RATE changes a second, answers every paste request, and
writes a report: for each text, whether another program (the guard) took the clipboard from
it before its turn ended.

Each text has a whole turn (1/RATE) from when it was put there: when this program falls behind
(a loaded machine), the changes come later rather than some turns shrinking to nothing, which
no guard could take a text in. A plan entry [TEXT, HOLD] is a text the guard is to take: if it
has not by the end of its turn, it stays until it is taken or HOLD seconds from its start.
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

    def serve(until: float, until_lost: bool = False) -> None:
        while not (until_lost and lost[index]):
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

    for index, entry in enumerate(plan):
        text, hold = (entry, 0.0) if isinstance(entry, str) else (entry[0], float(entry[1]))
        window.set_selection_owner(atoms["CLIPBOARD"], X.CurrentTime)
        dpy.flush()
        taken = time.monotonic()
        serve(max(start + (index + 1) / rate, taken + 1 / rate))
        if hold and not lost[index]:
            serve(taken + hold, until_lost=True)
    serve(time.monotonic() + 2.0)  # the last text's turn: the guard may still take it
    with open(report_path, "w", encoding="utf-8") as out:
        json.dump({"lost": lost, "after": after, "seconds": time.monotonic() - start}, out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4])
