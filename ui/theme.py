"""Colours that stay readable in light and dark desktop themes.

A colour is never set alone: either both text and background come from the palette, or both
are chosen here for the palette in use. Hints are the text colour toned down only as far as a
4.5:1 contrast (WCAG AA) allows.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

AA = 4.5  # WCAG 2 contrast for normal text

# header background, accent, text of the warning, per level and theme
WARNING_LIGHT = {
    "malicious": ("#ffebe9", "#cf222e", "#82071e"),
    "suspicious": ("#fff8c5", "#bf8700", "#6b4500"),
}
WARNING_DARK = {
    "malicious": ("#3d1216", "#f85149", "#ffd8d3"),
    "suspicious": ("#362a05", "#d29922", "#f8e3a1"),
}


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    r, g, b = (_linear(c) for c in (color.redF(), color.greenF(), color.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def is_dark(palette: QPalette) -> bool:
    return luminance(palette.color(QPalette.ColorRole.Window)) < 0.2


def _mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
    s = share_of_a
    return QColor.fromRgbF(
        a.redF() * s + b.redF() * (1 - s),
        a.greenF() * s + b.greenF() * (1 - s),
        a.blueF() * s + b.blueF() * (1 - s),
    )


def hint_color(palette: QPalette) -> QColor:
    """Secondary text: the text colour moved toward the background while it stays >= 4.5:1."""
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    for share in (0.65, 0.75, 0.85, 1.0):
        color = _mix(text, window, share)
        if contrast(color, window) >= AA:
            return color
    return text


def tinted(palette: QPalette, light: str, dark: str) -> QColor:
    """A signal colour (red for errors, amber for locks) that reads on this background."""
    window = palette.color(QPalette.ColorRole.Window)
    color = QColor(dark if is_dark(palette) else light)
    return color if contrast(color, window) >= AA else hint_color(palette)


def css(color: QColor) -> str:
    return color.name(QColor.NameFormat.HexRgb)


def warning_colors(palette: QPalette, level: str) -> tuple[str, str, str]:
    table = WARNING_DARK if is_dark(palette) else WARNING_LIGHT
    return table.get(level, table["suspicious"])
