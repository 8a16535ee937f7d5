"""The viewer's filter bar: time range, level, kind, target and free text, as an EventFilter."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.detection.model import PasteTarget
from app.events import EventKind
from app.storage import EventFilter

SEARCH_DELAY_MS = 300  # typing pauses this long before the search runs
CUSTOM = "custom"


class FilterBar(QWidget):
    """Emits `changed` whenever the filter the person set up changes."""

    changed = Signal()

    def __init__(self, now: type[datetime] = datetime) -> None:
        super().__init__()
        self._now = now
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.period = QComboBox()
        for label, key in (
            (self.tr("All time"), None),
            (self.tr("Last hour"), 1 / 24),
            (self.tr("Last 24 hours"), 1.0),
            (self.tr("Last 7 days"), 7.0),
            (self.tr("Last 30 days"), 30.0),
            (self.tr("Custom range"), CUSTOM),
        ):
            self.period.addItem(label, key)
        self.since = QDateTimeEdit()
        self.until = QDateTimeEdit()
        for edit, name, offset in (
            (self.since, self.tr("From"), -7),
            (self.until, self.tr("To"), 1),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setDateTime(QDateTime.currentDateTime().addDays(offset))
            edit.setAccessibleName(name)
            edit.setVisible(False)
            edit.dateTimeChanged.connect(self.changed)
        # a range that ends before it starts holds nothing, and the chart said "No events in
        # this period" as if the log had been quiet (as `log --since 2021 --until 2020` did):
        # each end keeps to its side of the other
        self.since.dateTimeChanged.connect(self.until.setMinimumDateTime)
        self.until.dateTimeChanged.connect(self.since.setMaximumDateTime)
        self.until.setMinimumDateTime(self.since.dateTime())
        self.since.setMaximumDateTime(self.until.dateTime())
        self.level = QComboBox()
        for label, levels in (
            (self.tr("Any level"), None),
            (self.tr("Malicious"), ("malicious",)),
            (self.tr("Suspicious or worse"), ("suspicious", "malicious")),
            (self.tr("Suspicious"), ("suspicious",)),
            (self.tr("Info"), ("info",)),
            (self.tr("Clean"), ("clean",)),
        ):
            self.level.addItem(label, levels)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Any kind"), None)
        for kind in EventKind:
            self.kind.addItem(kind.value.replace("_", " "), kind.value)
        # a drill's results by outcome: every drill event, one row per outcome (docs/drills.md)
        drills = tuple(k.value for k in EventKind if k.value.startswith("drill_"))
        self.kind.addItem(self.tr("Lure drills (every outcome)"), drills)
        self.target = QComboBox()
        self.target.addItem(self.tr("Any target"), None)
        for target in PasteTarget:
            self.target.addItem(target.value.replace("_", " "), target.value)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search summary, text, source, rules"))
        self.search.setClearButtonEnabled(True)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._typing.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _text: self._typing.start())
        self.search.returnPressed.connect(self._search_now)

        for text, widget in (
            (self.tr("&When:"), self.period),
            (None, self.since),
            (None, self.until),
            (self.tr("&Level:"), self.level),
            (self.tr("&Kind:"), self.kind),
            (self.tr("&Target:"), self.target),
            (self.tr("&Search:"), self.search),
        ):
            if text is not None:
                caption = QLabel(text)
                caption.setBuddy(widget)
                layout.addWidget(caption)
                widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            layout.addWidget(widget, 2 if widget is self.search else 0)
        for box in (self.period, self.level, self.kind, self.target):
            box.currentIndexChanged.connect(self._combo_changed)
        for widget, description in (
            (self.period, self.tr("Show only events from this time")),
            (self.since, self.tr("The start of the time range")),
            (self.until, self.tr("The end of the time range")),
            (self.level, self.tr("Show only events of this level")),
            (self.kind, self.tr("Show only events of this kind")),
            (self.target, self.tr("Show only pastes into this kind of window")),
            (self.search, self.tr("Show only events whose text contains these words")),
        ):
            widget.setAccessibleDescription(description)

    def _combo_changed(self) -> None:
        custom = self.period.currentData() == CUSTOM
        self.since.setVisible(custom)
        self.until.setVisible(custom)
        self.changed.emit()

    def _search_now(self) -> None:
        self._typing.stop()
        self.changed.emit()

    def current(self) -> EventFilter:
        since = until = None
        period = self.period.currentData()
        if period == CUSTOM:
            since = _utc(self.since.dateTime())
            until = _utc(self.until.dateTime())
        elif isinstance(period, float):
            since = self._now.now(UTC) - timedelta(days=period)
        levels = self.level.currentData()
        kind = self.kind.currentData()
        target = self.target.currentData()
        text = self.search.text().strip()
        return EventFilter(
            since=since,
            until=until,
            levels=frozenset(levels) if levels else None,
            kinds=frozenset(kind if isinstance(kind, tuple) else {kind}) if kind else None,
            targets=frozenset({target}) if target else None,
            search=text or None,
        )

    def select(self, box: QComboBox, data: object) -> None:
        """Choose the entry of `box` whose data is `data` (tests and the bench use it)."""
        index = box.findData(data)
        box.setCurrentIndex(index if index >= 0 else 0)

    def stop(self) -> None:
        """Forget a search still waiting for the typing to pause."""
        self._typing.stop()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _utc(moment: QDateTime) -> datetime:
    """A QDateTime as an aware UTC datetime (PySide's toPython() is typed as object)."""
    value = moment.toPython()
    assert isinstance(value, datetime)
    return value.astimezone(UTC)
