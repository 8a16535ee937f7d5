"""Checks a shown window the way a person would look at it: nothing overlaps, nothing is cut.

Used by the real-desktop tests and by `make screenshots` (a picture of a broken layout is not
taken). Offscreen rendering hides these faults; a real X server with a window manager, which
resizes windows on its own schedule, shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTextBoundaryFinder
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QLayout,
    QWidget,
)

SLACK = 1  # pixels of rounding tolerated


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def _layout_items(layout: QLayout) -> list[QWidget]:
    """The widgets a layout places, its sub-layouts included, in order."""
    found: list[QWidget] = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            found.append(widget)
        else:
            inner = item.layout()
            if inner is not None:
                found.extend(_layout_items(inner))
    return found


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()[:40]
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName() or text!r})"


def unbreakable(text: str) -> list[str]:
    """The pieces of `text` a line cannot be broken inside (Unicode line breaking)."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    pieces, start = [], 0
    position = finder.toNextBoundary()
    while position != -1:
        if position > start:
            pieces.append(text[start:position].strip())
        start = position
        position = finder.toNextBoundary()
    return [p for p in pieces if p]


def clipped_text(widget: QWidget) -> str:
    """Why the widget's text does not fit in it, or "" when it does."""
    if isinstance(widget, QLabel):
        if not widget.text() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return ""
        inner = widget.contentsRect()
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + SLACK:
                return f"needs {needed} px of height, has {widget.height()}"
            # a piece with no break in it (a long URL) longer than the line is cut; Qt's own
            # line breaking finds the pieces (between any two Chinese or Japanese characters)
            metrics = widget.fontMetrics()
            longest = max((metrics.horizontalAdvance(p) for p in unbreakable(widget.text())),
                          default=0)  # fmt: skip
            rich = widget.textFormat() == Qt.TextFormat.RichText
            if longest > inner.width() + SLACK and not rich:
                return f"a word needs {longest} px of width, has {inner.width()}"
            return ""
        hint = widget.sizeHint()
        if hint.width() > widget.width() + SLACK or hint.height() > widget.height() + SLACK:
            return f"needs {hint.width()}x{hint.height()}, has {widget.width()}x{widget.height()}"
        return ""
    if isinstance(widget, (QAbstractButton, QCheckBox)) and widget.text():
        hint = widget.minimumSizeHint()
        if hint.width() > widget.width() + SLACK:
            return f"needs {hint.width()} px of width, has {widget.width()}"
    return ""


def problems(window: QWidget) -> list[str]:
    """Overlapping siblings, widgets outside the window, and text that does not fit."""
    found: list[str] = []
    bounds = window.rect()
    for layout in [window.layout(), *window.findChildren(QLayout)]:
        if layout is None:
            continue
        placed = [w for w in _layout_items(layout) if _shown(w) and not w.isWindow()]
        for i, a in enumerate(placed):
            ra = _rect_in(a, window).adjusted(SLACK, SLACK, -SLACK, -SLACK)
            for b in placed[i + 1 :]:
                if a.isAncestorOf(b) or b.isAncestorOf(a):
                    continue
                rb = _rect_in(b, window).adjusted(SLACK, SLACK, -SLACK, -SLACK)
                if ra.intersects(rb):
                    found.append(f"{_name(a)} overlaps {_name(b)}")
    for widget in window.findChildren(QWidget):
        if not _shown(widget) or widget.isWindow() or not widget.isVisibleTo(window):
            continue
        rect = _rect_in(widget, window)
        if not bounds.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
            found.append(f"{_name(widget)} lies outside the window ({rect} not in {bounds})")
        reason = clipped_text(widget)
        if reason:
            found.append(f"{_name(widget)} is cut: {reason}")
    return sorted(set(found))
