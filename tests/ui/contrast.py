"""Contrast as a person sees it: measured on the rendered pixels of a widget."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from ui.theme import contrast


def dark_palette() -> QPalette:
    """A dark desktop theme (as Breeze Dark or Adwaita-dark give Qt)."""
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#1e1e1e",
        QPalette.ColorRole.WindowText: "#f0f0f0",
        QPalette.ColorRole.Base: "#121212",
        QPalette.ColorRole.AlternateBase: "#2a2a2a",
        QPalette.ColorRole.Text: "#f0f0f0",
        QPalette.ColorRole.Button: "#2d2d2d",
        QPalette.ColorRole.ButtonText: "#f0f0f0",
        QPalette.ColorRole.Mid: "#555555",
        QPalette.ColorRole.ToolTipBase: "#2a2a2a",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    return palette


def rendered_contrast(widget: QWidget) -> float:
    """The contrast between the widget's background (its commonest colour) and its text (the
    pixel farthest from it)."""
    window = widget.window()  # as drawn in place: the parents' backgrounds included
    inside = widget.contentsRect()  # within any border, which is not text
    image = window.grab(QRect(widget.mapTo(window, inside.topLeft()), inside.size())).toImage()
    counts: Counter[int] = Counter(
        image.pixel(x, y) for x in range(image.width()) for y in range(image.height())
    )
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    return max(contrast(QColor.fromRgb(p), background) for p in counts)
