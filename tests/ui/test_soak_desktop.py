"""The guard under load on a real X desktop (marked `soak`; it runs in `make test`).

400 clipboard changes from another program at 20 a second, lures, re-copies of the same lures
and ordinary text mixed: every lure is neutralised (a re-copy too), no ordinary text is
touched, memory grows by at most 5 MB and the CPU is idle again within 2 s. Then a real
Chromium lure page clicked 20 times: 20 neutralisations, one event naming the page that counts
them (the same lure written again and again by one page is one event).

The same soak with 1,000 changes (50 s of them) is bench/soak.py's (`python -m bench
guard.soak`), with the same bounds; tests/soak.py holds both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.desktop import Desktop
from tests.soak import LURES, burst, clicks, lure, sha256
from tests.ui.test_guard_desktop import guard, screen  # noqa: F401 - the fixtures

pytestmark = [pytest.mark.desktop, pytest.mark.soak]

CHANGES = 400  # 80 lures: 40 texts, each copied twice
MAX_RSS_GROWTH_MB = 5.0
MAX_IDLE_CPU_S = 0.05
CLICKS = 20


def test_a_burst_of_changes_at_20_a_second_then_20_clicks_on_a_chromium_lure_page(
    guard: tuple[Desktop, Path],  # noqa: F811 - the fixture imported above
    tmp_path: Path,
) -> None:
    d, data = guard
    seen = burst(d, data, tmp_path, CHANGES)
    print(seen.shown())
    assert seen.missed == [], seen.shown()  # every lure taken off the clipboard
    assert seen.touched == []  # no ordinary text touched
    # every copy of a lure judged again: 40 lures, each copied twice
    assert seen.counts == {sha256(lure(n)): CHANGES // 5 // LURES for n in range(LURES)}
    assert seen.rss_growth_mb <= MAX_RSS_GROWTH_MB, f"memory grew by {seen.rss_growth_mb:.1f} MB"
    assert seen.idle_cpu_s <= MAX_IDLE_CPU_S, f"{seen.idle_cpu_s:.2f} s of CPU after the burst"

    # each click neutralised (`clicks` waits for each), and one event for them all: the same
    # text from the same page again and again is counted, not logged 20 times (it floods)
    url, clicked = clicks(d, data, tmp_path / "chrome", CLICKS)
    (event,) = clicked
    assert event["source"] == url and event["details"]["writes"] == CLICKS
