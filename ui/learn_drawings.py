"""The drawings of 'How paste scams work' in the interface's language.

The words in resources/learn/*.svg are translated when a drawing is loaded (context
"LearnDrawing"); a translation longer than the English is drawn smaller so that it stays
inside the drawing. Names, addresses, commands and key caps are drawn as they are.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFont, QFontMetricsF

from ui.paths import learn_file

SVG = "{http://www.w3.org/2000/svg}"
ET.register_namespace("", SVG[1:-1])
SMALLEST = 0.6  # a translation is never drawn at less than this share of the English size

# Every sentence of the drawings, for pyside6-lupdate; tests check none is missing.
TEXTS = (
    QT_TRANSLATE_NOOP("LearnDrawing", "I'm not a robot"),
    QT_TRANSLATE_NOOP("LearnDrawing", "Verification steps:"),
    QT_TRANSLATE_NOOP("LearnDrawing", "1. Press"),
    QT_TRANSLATE_NOOP("LearnDrawing", "2. Press"),
    QT_TRANSLATE_NOOP("LearnDrawing", "3. Press"),
    QT_TRANSLATE_NOOP("LearnDrawing", "The click on the box already put a"),
    QT_TRANSLATE_NOOP("LearnDrawing", "command on your clipboard."),
    QT_TRANSLATE_NOOP("LearnDrawing", "Run"),
    QT_TRANSLATE_NOOP("LearnDrawing", "Open:"),
    QT_TRANSLATE_NOOP("LearnDrawing", "# I am not a robot - ID 4721"),
    QT_TRANSLATE_NOOP("LearnDrawing", "Hidden, out of view:"),
    QT_TRANSLATE_NOOP("LearnDrawing", "…followed by 60 spaces"),
    QT_TRANSLATE_NOOP("LearnDrawing", "today"),
    QT_TRANSLATE_NOOP("LearnDrawing", "Free Nitro / Robux! Press F12,"),
    QT_TRANSLATE_NOOP("LearnDrawing", "open Console, paste this and"),
    QT_TRANSLATE_NOOP("LearnDrawing", "press Enter to claim!"),
    QT_TRANSLATE_NOOP("LearnDrawing", "Warning: don't paste code you don't understand."),
    QT_TRANSLATE_NOOP("LearnDrawing", "Scammers use this to take over your account."),
    QT_TRANSLATE_NOOP("LearnDrawing", "Sends your login token to the scammer"),
    QT_TRANSLATE_NOOP("LearnDrawing", "Your account's key"),
    QT_TRANSLATE_NOOP("LearnDrawing", "Your file is ready"),
    QT_TRANSLATE_NOOP("LearnDrawing", "To open it:"),
    QT_TRANSLATE_NOOP("LearnDrawing", "1. Open File Explorer"),
    QT_TRANSLATE_NOOP("LearnDrawing", "2. Click the address bar"),
    QT_TRANSLATE_NOOP("LearnDrawing", "3. Paste the path, press Enter"),
    QT_TRANSLATE_NOOP("LearnDrawing", "Copy path"),
    QT_TRANSLATE_NOOP("LearnDrawing", "File Explorer"),
    QT_TRANSLATE_NOOP("LearnDrawing", "What the box really holds:"),
    QT_TRANSLATE_NOOP("LearnDrawing", 'A "path" that'),
    QT_TRANSLATE_NOOP("LearnDrawing", "starts with a"),
    QT_TRANSLATE_NOOP("LearnDrawing", "command"),
    QT_TRANSLATE_NOOP("LearnDrawing", "Stop before Enter"),
    QT_TRANSLATE_NOOP("LearnDrawing", "Close the page"),
    QT_TRANSLATE_NOOP("LearnDrawing", "No real site needs you to paste"),
    QT_TRANSLATE_NOOP("LearnDrawing", "commands into Windows or a terminal."),
    QT_TRANSLATE_NOOP("LearnDrawing", "Ask someone you trust"),
    QT_TRANSLATE_NOOP("LearnDrawing", "Your IT team, using a number you"),
    QT_TRANSLATE_NOOP("LearnDrawing", "already know, not one on the page."),
    QT_TRANSLATE_NOOP("LearnDrawing", "Report it"),
    QT_TRANSLATE_NOOP("LearnDrawing", '"Report to IT" in the warning saves'),
    QT_TRANSLATE_NOOP("LearnDrawing", "the details so others are protected too."),
    QT_TRANSLATE_NOOP("LearnDrawing", "Pasted and ran it already?"),
    QT_TRANSLATE_NOOP("LearnDrawing", "Disconnect from the network, call IT."),
    QT_TRANSLATE_NOOP("LearnDrawing", "VIRUS DETECTED"),
    QT_TRANSLATE_NOOP("LearnDrawing", "Your computer is locked."),
    QT_TRANSLATE_NOOP("LearnDrawing", 'Call "Support" now:'),
    QT_TRANSLATE_NOOP("LearnDrawing", "Incoming"),
    QT_TRANSLATE_NOOP("LearnDrawing", "call"),
    QT_TRANSLATE_NOOP("LearnDrawing", '"Install this app and'),
    QT_TRANSLATE_NOOP("LearnDrawing", 'paste this so I can fix it."'),
    QT_TRANSLATE_NOOP("LearnDrawing", "Real support never calls first."),
    QT_TRANSLATE_NOOP("LearnDrawing", "Remote access = they control"),
    QT_TRANSLATE_NOOP("LearnDrawing", "your computer and accounts."),
    QT_TRANSLATE_NOOP("LearnDrawing", "Scary pop-ups cannot lock your computer."),
    QT_TRANSLATE_NOOP("LearnDrawing", "Close the browser (Alt+F4) and call your own IT team."),
)


@dataclass(frozen=True)
class DrawnText:
    text: str
    x: float
    size: float
    bold: bool
    family: str

    def width(self) -> float:
        """How wide the text is drawn, measured with the drawing's own font."""
        font = QFont(self.family.split(",")[0].strip())
        font.setPixelSize(max(1, round(self.size)))
        font.setBold(self.bold)
        return QFontMetricsF(font).horizontalAdvance(self.text)


def _walk(node: ET.Element, inherited: dict[str, str]) -> list[tuple[ET.Element, dict[str, str]]]:
    attrs = {**inherited, **{k: v for k, v in node.attrib.items() if k.startswith("font")}}
    found = [(node, attrs)] if node.tag == f"{SVG}text" else []
    for child in node:
        found += _walk(child, attrs)
    return found


def localized(name: str) -> tuple[bytes, float, list[DrawnText]]:
    """The drawing's SVG in the current language, its width, and each text as drawn."""
    root = ET.fromstring(learn_file(name).read_bytes())
    width = float(root.get("viewBox", "0 0 480 270").split()[2])
    known = set(TEXTS)
    drawn: list[DrawnText] = []
    for element, attrs in _walk(root, {}):
        english = element.text or ""
        size = float(attrs.get("font-size", "12"))
        family = attrs.get("font-family", "DejaVu Sans")
        bold = attrs.get("font-weight") == "bold"
        if english in known:
            shown = QCoreApplication.translate("LearnDrawing", english)
            if shown != english:
                before = DrawnText(english, 0, size, bold, family).width()
                after = DrawnText(shown, 0, size, bold, family).width()
                if after > before:  # longer in this language: drawn smaller, not cut
                    size = max(size * SMALLEST, size * before / after)
                    element.set("font-size", f"{size:.2f}")
                element.text = shown
        drawn.append(
            DrawnText(element.text or "", float(element.get("x", "0")), size, bold, family)
        )
    return ET.tostring(root, encoding="utf-8"), width, drawn
