"""Events per day by level, as stacked bars drawn with QPainter (QtCharts is not in Essentials)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.viewer_model import LEVEL_COLORS

STACK = ("clean", "info", "suspicious", "malicious")  # bottom to top: the worst on top
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 44, 12, 22, 22


class DayChart(QWidget):
    """Bars for each day from `first` to `last` (inclusive), coloured by level."""

    def __init__(self) -> None:
        super().__init__()
        self.first = self.last = date.today()
        self.days: dict[date, dict[str, int]] = {}
        self.title = ""
        self.setMinimumHeight(130)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Events per day"))

    def sizeHint(self) -> QSize:
        return QSize(600, 140)

    def set_counts(
        self, counts: list[tuple[str, str, int]], first: date, last: date, title: str
    ) -> None:
        """`counts` as `EventStore.counts_by_day` gives them: (YYYY-MM-DD, level, n)."""
        days: dict[date, dict[str, int]] = defaultdict(dict)
        for day, level, n in counts:
            when = date.fromisoformat(day)
            if first <= when <= last:
                days[when][level] = days[when].get(level, 0) + n
        self.days, self.first, self.last, self.title = dict(days), first, last, title
        self.setAccessibleDescription(self.describe())
        self.update()

    def totals(self) -> dict[date, int]:
        return {day: sum(levels.values()) for day, levels in self.days.items()}

    def describe(self) -> str:
        """The chart in words, for screen readers."""
        totals = self.totals()
        if not totals:
            return self.tr("No events in this period.")
        busiest = max(totals, key=lambda d: totals[d])
        return self.tr("{n} events; the busiest day was {day} with {most}.").format(
            n=sum(totals.values()), day=busiest.isoformat(), most=totals[busiest]
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        ink = palette.color(palette.ColorRole.WindowText)
        faint = QColor(ink)
        faint.setAlpha(60)
        area = QRectF(
            MARGIN_LEFT,
            MARGIN_TOP,
            max(1.0, self.width() - MARGIN_LEFT - MARGIN_RIGHT),
            max(1.0, self.height() - MARGIN_TOP - MARGIN_BOTTOM),
        )
        painter.setPen(ink)
        painter.drawText(
            QRectF(0, 0, self.width() / 2, MARGIN_TOP),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            "  " + self.title,
        )
        self._legend(painter, ink)
        span = max(1, (self.last - self.first).days + 1)
        top = max(self.totals().values(), default=0)
        scale = area.height() / top if top else 0.0
        painter.setPen(QPen(faint, 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.drawLine(area.topLeft(), area.bottomLeft())
        painter.setPen(ink)
        painter.drawText(
            QRectF(0, area.top() - 8, MARGIN_LEFT - 6, 16),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(top),
        )
        painter.drawText(
            QRectF(0, area.bottom() - 8, MARGIN_LEFT - 6, 16),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            "0",
        )
        slot = area.width() / span
        bar = max(1.0, slot * 0.8)
        painter.setPen(Qt.PenStyle.NoPen)
        for day, levels in self.days.items():
            x = area.left() + (day - self.first).days * slot + (slot - bar) / 2
            y = area.bottom()
            for level in STACK:
                n = levels.get(level, 0)
                if not n:
                    continue
                height = n * scale
                painter.setBrush(QColor(LEVEL_COLORS[level]))
                painter.drawRect(QRectF(x, y - height, bar, height))
                y -= height
        painter.setPen(ink)
        for when, align in (
            (self.first, Qt.AlignmentFlag.AlignLeft),
            (self.last, Qt.AlignmentFlag.AlignRight),
        ):
            painter.drawText(
                QRectF(area.left(), area.bottom() + 2, area.width(), MARGIN_BOTTOM),
                align | Qt.AlignmentFlag.AlignVCenter,
                when.isoformat(),
            )
        painter.end()

    def _legend(self, painter: QPainter, ink: QColor) -> None:
        x = float(self.width() - MARGIN_RIGHT)
        metrics = painter.fontMetrics()
        for level in STACK:
            label = level
            width = metrics.horizontalAdvance(label)
            x -= width
            painter.setPen(ink)
            painter.drawText(QRectF(x, 0, width, MARGIN_TOP), Qt.AlignmentFlag.AlignVCenter, label)
            x -= 14
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(LEVEL_COLORS[level]))
            painter.drawRect(QRectF(x, MARGIN_TOP / 2 - 5, 10, 10))
            x -= 12


def chart_span(
    today: date, since: date | None, until: date | None, most: int = 90
) -> tuple[date, date]:
    """The days to draw (both inclusive): the filter's range, at most `most` days to its end."""
    last = until or today
    first = last - timedelta(days=most - 1)
    if since is not None and since > first:
        first = since
    return first, max(first, last)
