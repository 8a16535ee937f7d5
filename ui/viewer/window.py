"""The administrator's event log viewer: `pasteguard viewer`, and "Open the event log" in the tray.

A table of events read from the store a page at a time, filters, the chosen event in full, a
chart of events per day by level, export through the same code as `pasteguard export`, and
deletion where the policy allows it.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO, cast

from PySide6.QtCore import QItemSelection, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import ipc, paths
from app.commands import EXIT_OK, UsageError
from app.events import Event
from app.forwarding.ecs import to_ecs
from app.storage import EventFilter, EventStore, StoreUnavailable
from app.storage.export import write_export
from ui.icons import app_icon
from ui.refcounts import keep_alive
from ui.viewer.chart import Bins, DayChart, chart_range, choose_bins
from ui.viewer.details import details_html
from ui.viewer.filters import FilterBar
from ui.viewer.model import COLUMNS, EventTableModel
from ui.viewer.stats import Request, StatsReader

log = logging.getLogger(__name__)

EXPORT_LANE = "viewer-export"  # its own reading connection: the table's pages never wait on it


class _Stopped(Exception):
    """The window closed while exporting: the half-written file is removed."""


class _StoppableOut:
    """The export's file, refusing further writes once `stop` is set."""

    def __init__(self, out: IO[str], stop: threading.Event) -> None:
        self._out, self._stop = out, stop
        self.encoding = getattr(out, "encoding", None)

    def write(self, text: str) -> int:
        if self._stop.is_set():
            raise _Stopped
        return self._out.write(text)


class _ExportAnswer(QObject):
    """How the export thread reaches the Qt thread (queued): a QObject of its own, which the
    thread keeps alive, so an answer after the window was closed and deleted goes nowhere."""

    done = Signal(int, str, str)  # events written (-1: failed), the file, why it failed


EXPORTS = (
    ("csv", "CSV (*.csv)"),
    ("jsonl", "JSON Lines (*.jsonl)"),
    ("ecs", "ECS JSON Lines (*.ndjson)"),
)


class ViewerWindow(QMainWindow):
    """One window over one store; `allow_delete` is the policy's `allow_delete_events`."""

    def __init__(
        self,
        store: EventStore,
        allow_delete: Callable[[], bool] | bool = True,
        deleter: Callable[[list[int]], int] | None = None,
    ) -> None:
        """`deleter` deletes in place of `store.delete` (the standalone viewer: through a
        running guard, see guard_deleter)."""
        super().__init__()
        self.store = store
        self._allow_delete = allow_delete
        self._deleter = deleter or store.delete
        self.setWindowTitle(self.tr("PasteGuard event log"))
        self.setWindowIcon(app_icon())
        self.resize(1180, 760)
        self.model = EventTableModel(store)
        self.filters = FilterBar()
        self.chart = DayChart()
        self.table = QTableView()
        self.details = QTextBrowser()
        self.count_label = QLabel()
        # the count and the chart follow the table, read on a thread of their own
        self._generation = 0  # of the filter shown; older answers are dropped
        self.stats_pending = False  # the count or the chart of the filter shown is on its way
        self.chart_generation = 0  # the filter whose chart (complete or not yet) is drawn
        self._charted = self._counted = True
        self.stats = StatsReader(store)
        self.stats.counted.connect(self._show_count)
        self.stats.charted.connect(self._show_chart)
        self.stats.failed.connect(self._stats_failed)
        # an export runs on a thread of its own (ECS: minutes for a full log): its stop flag
        self._exporting: threading.Event | None = None
        self._export_answer = _ExportAnswer()
        self._export_answer.done.connect(self._exported)
        self._build()
        self.apply_filter()

    # -- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.filters)
        self.filters.changed.connect(self.apply_filter)

        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        # fixed row heights: Qt never measures rows, so scrolling a long table stays cheap
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        # the summary says what happened: third, and it takes the room the others leave
        header.setStretchLastSection(False)
        for column, width in enumerate((140, 95, 0, 130, 85, 170, 95)):
            if COLUMNS[column] == "summary":
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.resizeSection(column, width)
        header.setMinimumSectionSize(60)
        table.setAccessibleName(self.tr("Events"))
        table.setAccessibleDescription(self.tr("Newest first; choose one to see it in full"))
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.details.setAccessibleName(self.tr("Event details"))
        self.details.setAccessibleDescription(self.tr("Everything the log holds about the event"))
        self.details.setOpenLinks(False)
        self.details.setHtml(self._hint())

        # the details under the table, so the table keeps the window's width for the summary
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([360, 240])
        layout.addWidget(self.chart)
        layout.addWidget(split, 1)

        bottom = QHBoxLayout()
        layout.addLayout(bottom)  # before its widgets: see WarningDialog._build
        bottom.addWidget(self.count_label, 1)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.apply_filter)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("&Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setAccessibleName(self.tr("Export the shown events"))
        menu = QMenu(self.export_button)
        for fmt, label in EXPORTS:
            menu.addAction(label).triggered.connect(lambda _=False, f=fmt: self._export_clicked(f))
        self.export_button.setMenu(menu)
        self.delete_button = QPushButton(self.tr("&Delete selected"))
        self.delete_button.clicked.connect(self._delete_clicked)
        for widget, description in (
            (self.refresh_button, self.tr("Read the log again")),
            (self.export_button, self.tr("Save the shown events as CSV, JSON Lines or ECS")),
            (self.delete_button, self.tr("Delete the selected events for good")),
        ):
            widget.setAccessibleDescription(description)
            bottom.addWidget(widget)
        self.setCentralWidget(central)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.apply_filter)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filters.focus_search)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self._delete_clicked)
        self._update_delete_button()

    def _hint(self) -> str:
        return "<p><i>" + self.tr("Choose an event to see it in full.") + "</i></p>"

    @property
    def allow_delete(self) -> bool:
        allowed = self._allow_delete
        return allowed() if callable(allowed) else allowed

    def _update_delete_button(self) -> None:
        allowed = self.allow_delete
        selected = bool(self.table.selectionModel().selectedRows())
        self.delete_button.setEnabled(allowed and selected)
        self.delete_button.setToolTip(
            "" if allowed else self.tr("Your organisation's policy does not allow deleting events")
        )

    # -- filtering and paging ---------------------------------------------------------------

    def apply_filter(self) -> None:
        """Show the first page for the current filter now; the count and chart right after."""
        try:
            self.model.set_filter(self.filters.current())
        except StoreUnavailable as exc:
            self.count_label.setText(
                self.tr("The event log cannot be read: {reason}").format(reason=exc)
            )
            return
        self.details.setHtml(self._hint())
        self._update_delete_button()
        self.update_stats()

    def update_stats(self) -> None:
        """Ask for the count and the chart of the filter shown, in bars that fit its range.

        When every match is loaded already (a rare search, say) they are counted from the
        table at once; otherwise the stats thread reads them and `stats_pending` is True
        until both are shown."""
        self._generation += 1
        f = self.model.filter
        now = datetime.now()
        offset = datetime.now().astimezone().utcoffset() or timedelta(0)
        if not self.model.canFetchMore():  # no second scan for what the table holds
            since, until = _local(f.since), _local(f.until)
            days = self.model.counts_by_bucket(timedelta(days=1)) if since is None else []
            earliest = min((when for when, _, _ in days), default=None)
            bins = choose_bins(*chart_range(now, since, until, earliest))
            width = bins.width if bins.unit != "week" else timedelta(days=1)
            self._counted = self._charted = False
            self._show_count(self._generation, self.model.loaded, True)
            self._show_chart(self._generation, self.model.counts_by_bucket(width), bins)
            return
        self._counted = self._charted = False
        self.stats_pending = True
        self.count_label.setText(self.tr("Counting…"))
        # asked on the event loop's next turn, once the table is painted: the stats thread's
        # work would otherwise compete with the painting for the CPU
        request = Request(self._generation, f, now, offset)
        QTimer.singleShot(0, self, lambda: self._ask(request))

    @property
    def generation(self) -> int:
        """The filter shown, numbered: answers for an older one are dropped."""
        return self._generation

    def _ask(self, request: Request) -> None:
        if request.generation == self._generation:  # not overtaken by a newer filter
            self.stats.ask(request)

    def _settled(self) -> None:
        self.stats_pending = not (self._counted and self._charted)

    def _show_count(self, generation: int, total: int, exact: bool) -> None:
        if generation != self._generation:
            return
        if exact:
            text = self.tr("{n} events match").format(n=f"{total:,}")
        else:
            text = self.tr("More than {n} events match").format(n=f"{self.stats.cap:,}")
        self.count_label.setText(text)
        self._counted = True
        self._settled()

    def _show_chart(
        self,
        generation: int,
        found: list[tuple[datetime, str, int]],
        bins: Bins,
        uncounted: int = 0,
    ) -> None:
        """Draw the chart; with `uncounted`, the oldest bars are still being counted (a word
        on many events): the chart says so until the complete one replaces it."""
        if generation != self._generation:
            return
        titles = {
            "5min": self.tr("Events per 5 minutes, {first} to {last}"),
            "hour": self.tr("Events per hour, {first} to {last}"),
            "day": self.tr("Events per day, {first} to {last}"),
            "week": self.tr("Events per week, {first} to {last}"),
        }
        self.chart.set_counts(
            found,
            bins,
            titles[bins.unit].format(
                first=bins.label(0) if bins.unit in ("day", "week") else bins.first.strftime(
                    "%Y-%m-%d %H:%M"),
                last=(bins.end - timedelta(seconds=1)).strftime(
                    "%Y-%m-%d" if bins.unit in ("day", "week") else "%H:%M"),
            ),
            uncounted,
        )  # fmt: skip
        self.chart_generation = generation
        self._charted = not uncounted
        self._settled()

    def _stats_failed(self, generation: int, reason: str) -> None:
        if generation != self._generation:
            return
        self.count_label.setText(
            self.tr("The event log cannot be read: {reason}").format(reason=reason)
        )
        self._counted = self._charted = True
        self._settled()

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self._update_delete_button()
        rows = self.table.selectionModel().selectedRows()
        event = self.model.event_at(rows[-1].row()) if rows else None
        if event is None:
            self.details.setHtml(self._hint())
            return
        self.details.setHtml(details_html(event, self.flagging_event(event)))

    def flagging_event(self, event: Event) -> Event | None:
        """For an event without text (a choice in the warning, a restore), the latest earlier
        event with the same text's hash that kept it: the one that flagged it."""
        if event.text or not event.sha256:
            return None
        try:
            earlier = self.store.query(EventFilter(until=event.time), limit=FLAGGED_LOOKBACK)
        except StoreUnavailable:
            return None
        return next((e for e in earlier if e.sha256 == event.sha256 and e.text), None)

    # -- export and delete ------------------------------------------------------------------

    def _export_clicked(self, fmt: str) -> None:
        suffix = {"csv": ".csv", "jsonl": ".jsonl", "ecs": ".ndjson"}[fmt]
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export events"),
            str(export_folder() / f"pasteguard-events{suffix}"),
            dict(EXPORTS)[fmt],
        )
        if name:
            self.export_to(Path(name), fmt)

    @property
    def exporting(self) -> bool:
        return self._exporting is not None

    def export_to(self, path: Path, fmt: str) -> bool:
        """Export the events the filter shows (all of them, not only the loaded pages), on a
        thread of its own: it ran on the Qt thread, and a full log took minutes in ECS (18 s
        for 50,000 events), while in the guard's own process (the tray's "Open the event
        log") that thread also writes the harmless line and raises the warning. The status
        bar says it is under way, then how many were written. False: one is running."""
        if self._exporting is not None:
            return False
        stop = threading.Event()
        self._exporting = stop
        self.export_button.setEnabled(False)
        self.statusBar().showMessage(
            self.tr("Exporting the shown events to {path}… (closing this window stops it)").format(
                path=path
            )
        )
        answer = self._export_answer
        wanted = self.model.filter
        threading.Thread(
            target=self._export_run, args=(path, fmt, wanted, stop, answer),
            name="viewer-export", daemon=True,
        ).start()  # fmt: skip
        return True

    def _export_run(
        self, path: Path, fmt: str, wanted: EventFilter, stop: threading.Event,
        answer: _ExportAnswer,
    ) -> None:  # fmt: skip
        """The export thread: never touches a widget; its answer is queued to the Qt thread."""
        store = self.store
        try:
            with store.reading_lane(EXPORT_LANE), path.open("w", encoding="utf-8", newline="") as f:
                out = cast(IO[str], _StoppableOut(f, stop))  # write() and encoding: all it uses
                count = write_export(store, wanted, fmt, out, ecs=to_ecs)
        except Exception as exc:
            if stop.is_set():  # the window closed (its read interrupted, or a write refused)
                with contextlib.suppress(OSError):
                    path.unlink()  # no half file left to be mistaken for all of it
                return
            if not isinstance(exc, OSError | StoreUnavailable):
                log.exception("exporting to %s failed", path)
            answer.done.emit(-1, str(path), str(exc))
            return
        answer.done.emit(count, str(path), "")

    def _exported(self, count: int, path: str, reason: str) -> None:
        self._exporting = None
        self.export_button.setEnabled(True)
        if count < 0:
            self.statusBar().showMessage(self.tr("Export failed: {reason}").format(reason=reason))
            return
        self.statusBar().showMessage(
            self.tr("Exported {n} events to {path}").format(n=count, path=path), 10_000
        )

    def selected_ids(self) -> list[int]:
        ids = []
        for index in self.table.selectionModel().selectedRows():
            event = self.model.event_at(index.row())
            if event is not None and event.id is not None:
                ids.append(event.id)
        return ids

    def confirm_delete(self, count: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete events"),
            self.tr("Delete {n} events for good? This cannot be undone.").format(n=count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _delete_clicked(self) -> None:
        ids = self.selected_ids()
        if not ids or not self.allow_delete or not self.confirm_delete(len(ids)):
            return
        self.delete(ids)

    def delete(self, ids: list[int]) -> int:
        """Delete these events (the policy permitting); how many went."""
        if not self.allow_delete:
            return 0
        try:
            removed = self._deleter(ids)
        except StoreUnavailable as exc:
            self.statusBar().showMessage(self.tr("Delete failed: {reason}").format(reason=exc))
            return 0
        self.apply_filter()
        self.statusBar().showMessage(self.tr("Deleted {n} events").format(n=removed), 10_000)
        return removed

    def closeEvent(self, event: QCloseEvent) -> None:
        # a pending count or search must not read a store that is about to close; an export
        # under way stops and removes its half-written file
        self.stats.stop()
        self.filters.stop()
        if self._exporting is not None:
            self._exporting.set()
            self.store.interrupt(EXPORT_LANE)
            self._exporting = None
            self.export_button.setEnabled(True)
        super().closeEvent(event)


FLAGGED_LOOKBACK = 500  # events looked through for the one that flagged a text


def export_folder() -> Path:
    """Where an export is offered: the person's Documents, else their home (never the folder
    the app happened to start in)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def _local(moment: datetime | None) -> datetime | None:
    """A filter's aware UTC bound as naive local time, as the chart draws it."""
    return moment.astimezone().replace(tzinfo=None) if moment is not None else None


def guard_deleter(directory: Path, store: EventStore) -> Callable[[list[int]], int]:
    """Deleting for `pasteguard viewer`, a process of its own: a guard running on the folder
    deletes them itself, as for `pasteguard forget` (deleted from here, its watch over the log
    reports `tampered` to the SIEM); with none running, the viewer's own store does."""

    def delete(ids: list[int]) -> int:
        answer = ipc.request(directory, {"cmd": "forget", "ids": ids}, timeout=FORGET_WAIT)
        if answer is None:
            return store.delete(ids)
        if not answer.get("ok"):
            raise StoreUnavailable(str(answer.get("error") or "the guard could not delete them"))
        return int(answer.get("deleted") or 0)

    return delete


FORGET_WAIT = 60.0  # seconds the standalone viewer waits for the guard to delete


def run_viewer(args: argparse.Namespace, out: IO[str]) -> int:
    """`pasteguard viewer`: the window over the data folder's event log, until it is closed."""
    from app.config import load_config

    directory = paths.data_dir(args.data_dir)
    if not paths.database_path(directory).exists():
        raise UsageError(f"no event log in {directory} (has PasteGuard run yet?)")
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    ):  # Qt would abort the process with a list of its plugins
        raise UsageError(
            "no desktop session here (neither DISPLAY nor WAYLAND_DISPLAY is set): the viewer "
            "is a window; here use `pasteguard log` or `pasteguard export`"
        )
    # the guard checks the file at its start, and moves a damaged one aside: never the
    # viewer (the guard may have it open); a log it cannot read is said before any window
    store = EventStore.open(directory, verify=False, repair=False)
    try:
        store.count(at_most=1)
    except StoreUnavailable:
        store.close()
        raise  # app/cli.py says why, as for `log`
    qt = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt, QApplication)
    qt.setApplicationName("PasteGuard")
    keep_alive(qt)  # WORKAROUND for PySide6 6.12.0: see ui/refcounts.py
    config = load_config(state_dir=directory)
    window = ViewerWindow(
        store, config.settings.allow_delete_events, guard_deleter(directory, store)
    )
    try:
        window.show()
        qt.exec()
    finally:
        window.close()
        store.close()
    return EXIT_OK
