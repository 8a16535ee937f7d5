"""The guard under load (soak): 1,000 clipboard changes at 20 a second, then 20 clicks on a real
Chromium lure page, with the bounds the suite's shorter soak asserts (tests/soak.py holds both;
tests/ui/test_soak_desktop.py runs 400 changes).

The guard runs for real under Xvfb with openbox (the X11 backend), as in bench/guard.py.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.guard import _start_guard
from bench.report import Result, met, table
from tests.desktop import desktop
from tests.soak import RATE, burst, clicks, writes

CHANGES = 1000
CLICKS = 20
MAX_RSS_GROWTH_MB = 5.0  # as tests/ui/test_soak_desktop.py
MAX_IDLE_CPU_S = 0.05


def run() -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="pasteguard-soak-") as folder, desktop() as d:
        tmp = Path(folder)
        data = tmp / "data"
        _start_guard(d, tmp, data)
        seen = burst(d, data, tmp, CHANGES)
        url, clicked = clicks(d, data, tmp / "chrome", CLICKS)
    lures = sum(seen.expected.values())
    judged = sum(min(seen.counts.get(k, 0), n) for k, n in seen.expected.items())
    from_page = [e for e in clicked if e["source"] == url]
    rows = [
        [f"lures taken off the clipboard (of {lures} changes)", f"{lures - len(seen.missed)}",
         f"{lures}", met(not seen.missed)],
        [f"ordinary texts touched (of {CHANGES - lures})", f"{len(seen.touched)}", "0",
         met(not seen.touched)],
        ["re-copies judged again (neutralised events for the burst's lures)", f"{judged}",
         f"{lures}", met(seen.counts == seen.expected)],
        ["change → neutralised", seen.shown().removeprefix("neutralised after (s): "), "",
         met(None)],
        [f"resident memory growth over {CHANGES:,} changes", f"{seen.rss_growth_mb:.1f} MB",
         f"≤ {MAX_RSS_GROWTH_MB:.0f} MB", met(seen.rss_growth_mb <= MAX_RSS_GROWTH_MB)],
        ["guard CPU in the second from 2 s after the burst", f"{seen.idle_cpu_s:.3f} s",
         f"≤ {MAX_IDLE_CPU_S} s", met(seen.idle_cpu_s <= MAX_IDLE_CPU_S)],
        [f"{CLICKS} clicks on a Chromium lure page → neutralised, counted in one event naming "
         "the page", f"{writes(from_page)} in {len(from_page)}", f"{CLICKS} in 1",
         met(writes(from_page) == CLICKS and len(from_page) == 1)],
    ]  # fmt: skip
    notes = [
        f"{CHANGES:,} changes at {RATE:.0f} a second by another program (tests/churn.py) after "
        "100 to warm up: every fifth a lure (40 distinct ones, each copied 5 times), the rest "
        "ordinary text; memory is measured from after the warm-up. Then Chromium (--app) on a "
        "loopback page whose button copies a lure, clicked with xdotool. X11 under Xvfb + "
        "openbox. The suite runs the same with 400 changes (tests/ui/test_soak_desktop.py).",
    ]
    return [Result("Guard under load (soak)", table(("", "measured", "target", "met?"), rows,
                                                    "lrrc"), notes)]  # fmt: skip
