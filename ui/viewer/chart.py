"""Events over time by level, as stacked bars drawn with QPainter (QtCharts is not in Essentials).

The bars fit the range shown: five minutes for the last hour, hours for a day, days for a
month, weeks for longer.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.viewer.model import LEVEL_COLORS

STACK = ("clean", "info", "suspicious", "malicious")  # bottom to top: the worst on top
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 44, 12, 22, 22


@dataclass(frozen=True)
class Bins:
    """`count` bars of `width` each from `first` (naive local time)."""

    unit: str  # "5min", "hour", "day", "week"
    first: datetime
    width: timedelta
    count: int

    @property
    def end(self) -> datetime:
        return self.first + self.width * self.count

    def index(self, when: datetime) -> int | None:
        i = int((when - self.first) // self.width)
        return i if 0 <= i < self.count else None

    def start(self, i: int) -> datetime:
        return self.first + self.width * i

    def label(self, i: int) -> str:
        when = self.start(i)
        if self.unit in ("5min", "hour"):
            return when.strftime("%H:%M") if i else when.strftime("%Y-%m-%d %H:%M")
        return when.date().isoformat()


UNITS = (  # the smallest bar that keeps a range to at most MAX_BARS bars
    ("5min", timedelta(minutes=5)),
    ("hour", timedelta(hours=1)),
    ("day", timedelta(days=1)),
    ("week", timedelta(days=7)),
)
MAX_BARS = 120


def choose_bins(since: datetime, until: datetime) -> Bins:
    """Bars for the naive local range [since, until): aligned to whole units, at most MAX_BARS."""
    for unit, width in UNITS:
        if (until - since) / width <= MAX_BARS or unit == "week":
            break
    if unit == "week":
        start = datetime.combine(
            since.date() - timedelta(days=since.weekday()), datetime.min.time()
        )
    elif unit == "day":
        start = datetime.combine(since.date(), datetime.min.time())
    elif unit == "hour":
        start = since.replace(minute=0, second=0, microsecond=0)
    else:
        start = since.replace(minute=since.minute - since.minute % 5, second=0, microsecond=0)
    count = max(1, -(-(until - start) // width))
    return Bins(unit, start, width, int(count))


class DayChart(QWidget):
    """Bars over the range shown, coloured by level."""

    def __init__(self) -> None:
        super().__init__()
        self.bins = choose_bins(datetime.now() - timedelta(days=1), datetime.now())
        self.bars: dict[int, dict[str, int]] = {}
        self.title = ""
        self.uncounted = 0  # the oldest bars, still being counted
        self.setMinimumHeight(130)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Events over time"))

    def sizeHint(self) -> QSize:
        return QSize(600, 140)

    def set_counts(
        self,
        counts: list[tuple[datetime, str, int]],
        bins: Bins,
        title: str,
        uncounted: int = 0,
    ) -> None:
        """`counts` as `EventStore.counts_by_bucket` gives them: (start, level, n); buckets
        smaller than a bar (days for a week bar) are added up. With `uncounted`, the first
        (oldest) that many bars are still being counted: they are drawn hatched, not as
        bars, and the title and the description say the chart is not complete."""
        bars: dict[int, dict[str, int]] = defaultdict(dict)
        for when, level, n in counts:
            i = bins.index(when)
            if i is not None and i >= uncounted:
                bars[i][level] = bars[i].get(level, 0) + n
        self.uncounted = max(0, min(uncounted, bins.count))
        if self.uncounted:
            title = self.tr("{title} (counting, newest first: {done} of {all} bars so far)").format(
                title=title, done=bins.count - self.uncounted, all=bins.count
            )
        self.bars, self.bins, self.title = dict(bars), bins, title
        self.setAccessibleDescription(self.describe())
        self.update()

    def totals(self) -> dict[int, int]:
        return {i: sum(levels.values()) for i, levels in self.bars.items()}

    def describe(self) -> str:
        """The chart in words, for screen readers."""
        totals = self.totals()
        still = ""
        if self.uncounted:
            still = " " + self.tr(
                "Still counting: the bars before {when} are not counted yet."
            ).format(when=self.bins.label(self.uncounted))
        if not totals:
            return self.tr("No events in this period.") + still
        busiest = max(totals, key=lambda i: totals[i])
        return (
            self.tr("{n} events; the busiest bar starts {when} with {most}.").format(
                n=sum(totals.values()), when=self.bins.label(busiest), most=totals[busiest]
            )
            + still
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
        legend = self._legend(painter, ink)
        painter.setPen(ink)
        painter.drawText(
            QRectF(0, 0, max(0.0, legend - 12), MARGIN_TOP),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            "  " + self.title,
        )
        span = self.bins.count
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
        if self.uncounted:  # not yet counted, which an empty bar would misstate as none
            painter.setBrush(QBrush(faint, Qt.BrushStyle.BDiagPattern))
            painter.drawRect(QRectF(area.left(), area.top(), self.uncounted * slot, area.height()))
        for i, levels in self.bars.items():
            x = area.left() + i * slot + (slot - bar) / 2
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
        for text, align in (
            (self.bins.label(0), Qt.AlignmentFlag.AlignLeft),
            (self.bins.label(self.bins.count - 1), Qt.AlignmentFlag.AlignRight),
        ):
            painter.drawText(
                QRectF(area.left(), area.bottom() + 2, area.width(), MARGIN_BOTTOM),
                align | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        painter.end()

    def _legend(self, painter: QPainter, ink: QColor) -> float:
        """Draw the legend at the top right; where it starts."""
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
        return x


def chart_range(
    now: datetime, since: datetime | None, until: datetime | None, earliest: datetime | None
) -> tuple[datetime, datetime]:
    """The naive local range to draw: the filter's, or for "all time" from the first event."""
    end = min(until, now) if until is not None else now
    start = since if since is not None else (earliest or end - timedelta(days=7))
    return start, max(end, start + timedelta(minutes=5))
