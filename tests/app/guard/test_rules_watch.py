"""The watch over the rules folder in use: a rule file added, rewritten or removed is handed on
once it holds still; anything else in the folder, and a folder no longer watched, is not."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from app.guard.rules_watch import RulesWatch, signature


def watching(folder: Path) -> tuple[RulesWatch, list[str]]:
    seen: list[str] = []
    watch = RulesWatch(seen.append)
    watch.watch(str(folder))
    return watch, seen


def test_a_file_added_is_handed_on_once_it_held_still(tmp_path: Path) -> None:
    (tmp_path / "org.yaml").write_text("rules: []\n")
    watch, seen = watching(tmp_path)
    assert not watch.poll() and seen == []  # nothing changed: nothing to do
    (tmp_path / "more.yml").write_text("rules: [")  # being copied in
    assert not watch.poll()  # seen once: it may still be growing
    (tmp_path / "more.yml").write_text("rules: []\n")
    assert not watch.poll()  # it moved: look again
    assert watch.poll() and seen == [str(tmp_path)]  # still since the last look: loaded
    assert not watch.poll() and not watch.poll() and seen == [str(tmp_path)]  # once


def test_a_file_rewritten_or_removed_counts_and_other_files_do_not(tmp_path: Path) -> None:
    rules = tmp_path / "org.yaml"
    rules.write_text("rules: []\n")
    watch, seen = watching(tmp_path)
    (tmp_path / "notes.txt").write_text("not a rule file")
    (tmp_path / "i18n").mkdir()
    assert not watch.poll() and not watch.poll() and seen == []
    stat = rules.stat()
    rules.write_text("rules: [] \n")
    os.utime(rules, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert not watch.poll() and watch.poll() and len(seen) == 1
    rules.unlink()
    assert not watch.poll() and watch.poll() and len(seen) == 2


def test_no_folder_a_missing_one_and_a_folder_no_longer_watched(tmp_path: Path) -> None:
    watch, seen = watching(tmp_path / "missing")
    assert signature(str(tmp_path / "missing")) is None
    assert not watch.poll() and not watch.poll()
    (tmp_path / "missing").mkdir()  # made later: an empty folder is a change too
    (tmp_path / "missing" / "a.yaml").write_text("rules: []\n")
    assert not watch.poll() and watch.poll() and seen == [str(tmp_path / "missing")]
    watch.watch(None)
    (tmp_path / "missing" / "b.yaml").write_text("rules: []\n")
    assert not watch.poll() and not watch.poll() and len(seen) == 1
    other = tmp_path / "other"
    other.mkdir()
    watch.watch(str(other))  # what is there now is what the guard loads: no change
    (tmp_path / "missing" / "c.yaml").write_text("rules: []\n")
    assert not watch.poll() and not watch.poll() and len(seen) == 1


def test_a_failing_reload_does_not_stop_the_watch(tmp_path: Path) -> None:
    calls: list[str] = []

    def changed(folder: str) -> None:
        calls.append(folder)
        raise RuntimeError("a bug in the reload")

    watch = RulesWatch(changed, interval=0.01)
    watch.watch(str(tmp_path))
    (tmp_path / "a.yaml").write_text("rules: []\n")
    stop = threading.Event()
    thread = threading.Thread(target=watch.serve, args=(stop,))
    thread.start()
    try:
        for _ in range(500):
            if calls:
                break
            stop.wait(0.01)
        (tmp_path / "b.yaml").write_text("rules: []\n")
        for _ in range(500):
            if len(calls) == 2:
                break
            stop.wait(0.01)
    finally:
        stop.set()
        thread.join(timeout=5)
    assert calls == [str(tmp_path), str(tmp_path)] and not thread.is_alive()
