"""The event log as a Qt table model that reads the store a page at a time, newest first.

Qt asks `canFetchMore`/`fetchMore` as the person scrolls towards the end; each page is one
keyset query (`EventStore.query(before_id=...)`), so the 500th page costs what the first does
and a table over a million events opens as fast as one over a hundred.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from app.commands.events import counted_summary
from app.detection.engine import visible
from app.detection.indicators import defang
from app.events import Event
from app.storage import EventFilter, EventStore

PAGE = 200
COLUMNS = ("time", "level", "summary", "kind", "action", "source", "target")
LEVEL_COLORS = {
    "malicious": "#cf222e",
    "suspicious": "#bf8700",
    "info": "#0969da",
    "clean": "#8c959f",
}
CELL_CHARS = 300  # a cell shows this much; the details pane shows all

Index = QModelIndex | QPersistentModelIndex


def _dot(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(QColor(color).darker(130))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


def _short(text: str | None) -> str:
    shown = visible(text or "")
    return shown if len(shown) <= CELL_CHARS else shown[: CELL_CHARS - 1] + "…"


def cells(event: Event) -> tuple[str, ...]:
    """What each column shows: local time, and text with control characters visible."""
    return (
        event.time.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
        event.level,
        _short(counted_summary(event)),  # "(123 times) …": the count ends the summary
        event.kind.replace("_", " "),
        event.action,
        _short(defang(event.source)) if event.source else "",
        (event.target or "").replace("_", " "),
    )


class EventTableModel(QAbstractTableModel):
    """Rows are events matching `filter`, newest first, loaded `page` at a time."""

    def __init__(self, store: EventStore, page: int = PAGE) -> None:
        super().__init__()
        self.store = store
        self.page = page
        self.filter = EventFilter()
        self._events: list[Event] = []
        self._cells: list[tuple[str, ...]] = []
        self._exhausted = True
        self._dots = {level: _dot(color) for level, color in LEVEL_COLORS.items()}
        self._headers = (
            self.tr("Time"),
            self.tr("Level"),
            self.tr("Summary"),
            self.tr("Kind"),
            self.tr("Action"),
            self.tr("Source"),
            self.tr("Target"),
        )

    # -- loading ----------------------------------------------------------------------------

    def set_filter(self, f: EventFilter) -> None:
        """Show the events matching `f`, from the newest (the first page is read now)."""
        self.beginResetModel()
        self.filter = f
        self._events, self._cells = [], []
        self._exhausted = False
        self._append(self._read_page())
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self.filter)

    def _read_page(self) -> list[Event]:
        before = self._events[-1].id if self._events else None
        page = self.store.query(self.filter, limit=self.page, before_id=before)
        if len(page) < self.page:
            self._exhausted = True
        return page

    def _append(self, page: list[Event]) -> None:
        self._events.extend(page)
        self._cells.extend(cells(e) for e in page)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self._read_page()
        if not page:
            return
        first = len(self._events)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._append(page)
        self.endInsertRows()

    # -- reading ----------------------------------------------------------------------------

    def event_at(self, row: int) -> Event | None:
        return self._events[row] if 0 <= row < len(self._events) else None

    def counts_by_bucket(self, bucket: timedelta) -> list[tuple[datetime, str, int]]:
        """(bucket start, naive local, level, n) of the loaded events, as
        EventStore.counts_by_bucket gives them for the local offset."""
        epoch = datetime(1970, 1, 1)
        totals: Counter[tuple[datetime, str]] = Counter()
        for e in self._events:
            local = e.time.astimezone().replace(tzinfo=None)
            totals[(epoch + (local - epoch) // bucket * bucket, e.level)] += 1
        return sorted((when, level, n) for (when, level), n in totals.items())

    @property
    def loaded(self) -> int:
        return len(self._events)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cells[row][column]
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[column] in ("source", "summary"):
            return self._cells[row][column]
        if role == Qt.ItemDataRole.DecorationRole and COLUMNS[column] == "level":
            return self._dots.get(self._events[row].level)
        if role == Qt.ItemDataRole.UserRole:
            return self._events[row]
        return None
