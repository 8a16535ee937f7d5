"""'How paste scams work': short illustrated pages on the lures PasteGuard stops, and what to do."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.icons import app_icon
from ui.learn_drawings import localized
from ui.paths import learn_file


@dataclass(frozen=True)
class Page:
    drawing: str  # resources/learn/<drawing>.svg
    title: str
    story: str  # what happens, two or three sentences
    signs: tuple[str, ...]  # how to recognise it (or, on the last page, what helps)
    instead: str  # what to do
    signs_title: str = ""  # the heading over `signs`: "How to recognise it" when empty
    instead_title: str = ""  # the heading over `instead`: "What to do" when empty


def pages() -> list[Page]:
    return [
        Page(
            "clickfix",
            QCoreApplication.translate("Learn", "Fake CAPTCHA (ClickFix)"),
            QCoreApplication.translate(
                "Learn",
                'A page shows an "I\'m not a robot" check. Clicking it quietly copies a command. '
                "The page then asks you to press Win+R, Ctrl+V and Enter: you would run the "
                "attacker's program yourself. Spaces push the real command out of view, so the "
                'Run box only shows a harmless-looking "I am not a robot" line.',
            ),
            (
                QCoreApplication.translate(
                    "Learn", "A website asks you to press keys rather than click or type letters"
                ),
                QCoreApplication.translate(
                    "Learn", 'Win+R, Win+X, Ctrl+V, or "open Terminal" in the instructions'
                ),
                QCoreApplication.translate(
                    "Learn", 'A "verification ID" you are supposed to paste'
                ),
            ),
            QCoreApplication.translate(
                "Learn",
                "Real CAPTCHAs never ask you to press keys outside the page. Close the tab.",
            ),
        ),
        Page(
            "filefix",
            QCoreApplication.translate("Learn", "Fake file paths (FileFix)"),
            QCoreApplication.translate(
                "Learn",
                "A page offers a document and asks you to open File Explorer, click the address "
                'bar and paste its "path". The copied text starts with a command and ends with '
                "a file name after a comment mark, so the bar looks like an ordinary path.",
            ),
            (
                QCoreApplication.translate(
                    "Learn",
                    "A site wants you to paste something into File Explorer or an Open dialog",
                ),
                QCoreApplication.translate(
                    "Learn", '"Copy path" buttons for documents you did not ask for'
                ),
            ),
            QCoreApplication.translate(
                "Learn", "Download files with the browser. Never paste a path a web page gave you."
            ),
        ),
        Page(
            "techsupport",
            QCoreApplication.translate("Learn", "Fake tech support and remote access"),
            QCoreApplication.translate(
                "Learn",
                "A loud pop-up says your computer is infected or locked and shows a phone "
                'number. The "technician" asks you to install a remote-access tool or paste a '
                "command. Then they control your computer, your bank and your mail.",
            ),
            (
                QCoreApplication.translate(
                    "Learn", "A warning with a phone number, often with sound and full screen"
                ),
                QCoreApplication.translate(
                    "Learn",
                    "A caller who asks you to install AnyDesk, TeamViewer, Quick Assist or similar",
                ),
                QCoreApplication.translate(
                    "Learn", 'Pressure: "do it now, or you lose everything"'
                ),
            ),
            QCoreApplication.translate(
                "Learn",
                "Hang up and close the browser (Alt+F4). Call your IT team on a number you "
                "already know. PasteGuard tells you when a remote-access tool starts.",
            ),
        ),
        Page(
            "console",
            QCoreApplication.translate("Learn", "Pasting into the browser console (self-XSS)"),
            QCoreApplication.translate(
                "Learn",
                "A message on Discord, Roblox or social media promises free items or a "
                "verification if you press F12 and paste some code into the console. The code "
                "runs as you: it sends your login token to the scammer, who then owns your "
                "account.",
            ),
            (
                QCoreApplication.translate(
                    "Learn", 'Instructions that mention F12, "Console" or "Inspect"'
                ),
                QCoreApplication.translate(
                    "Learn", 'Free Nitro, Robux, skins or a "verify your account" prize'
                ),
            ),
            QCoreApplication.translate(
                "Learn", "Close the developer tools. No prize or support team needs code from you."
            ),
        ),
        Page(
            "instead",
            QCoreApplication.translate("Learn", "What to do instead"),
            QCoreApplication.translate(
                "Learn",
                "Every one of these tricks needs one thing: that you paste and press Enter. "
                "Stopping there is enough. Nothing has happened until you run it.",
            ),
            (
                QCoreApplication.translate("Learn", "Close the page or chat that asked you"),
                QCoreApplication.translate(
                    "Learn", "Ask your IT team, using a number or address you already know"
                ),
                QCoreApplication.translate(
                    "Learn",
                    'Use "Report to IT" in PasteGuard\'s warning so others are protected too',
                ),
            ),
            QCoreApplication.translate(
                "Learn",
                "If you already ran something: disconnect from the network and call IT at once. "
                "Change your passwords from another device.",
            ),
            signs_title=QCoreApplication.translate("Learn", "Three things that help"),
            instead_title=QCoreApplication.translate("Learn", "If it is too late"),
        ),
    ]


# The drawings' descriptions (their SVG <title>), read by screen readers: for pyside6-lupdate.
TITLES = (
    QT_TRANSLATE_NOOP(
        "LearnDrawing", "A fake CAPTCHA page asks you to press Win+R, Ctrl+V and Enter"
    ),
    QT_TRANSLATE_NOOP(
        "LearnDrawing", "A message asks you to paste code into the browser's developer console"
    ),
    QT_TRANSLATE_NOOP(
        "LearnDrawing", 'A page asks you to paste a "file path" into File Explorer\'s address bar'
    ),
    QT_TRANSLATE_NOOP("LearnDrawing", "What to do instead: stop, close the page, ask IT"),
    QT_TRANSLATE_NOOP("LearnDrawing", "A fake virus alert, a phone call, and a remote-access tool"),
)


class Drawing(QWidget):
    """An SVG drawn at the screen's resolution, keeping its proportions."""

    def __init__(self) -> None:
        super().__init__()
        self.renderer = QSvgRenderer()
        self.setMinimumSize(QSize(480, 270))
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def load(self, name: str) -> None:
        svg, _, _ = localized(name)  # its words in the interface's language
        self.renderer.load(QByteArray(svg))
        self.update()

    def heightForWidth(self, width: int) -> int:
        return width * 9 // 16

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.renderer.isValid():
            return
        size = self.renderer.defaultSize().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - size.width()) / 2
        card = QRectF(x, 0, size.width(), size.height()).adjusted(1, 1, -1, -1)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#d0d7de"))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(card, 8, 8)
        self.renderer.render(painter, card.adjusted(8, 8, -8, -8))
        painter.end()


def page_html(page: Page) -> str:
    signs = "".join(f"<li>{html.escape(s)}</li>" for s in page.signs)
    signs_title = page.signs_title or QCoreApplication.translate("Learn", "How to recognise it")
    instead_title = page.instead_title or QCoreApplication.translate("Learn", "What to do")
    return (
        f"<h2>{html.escape(page.title)}</h2><p>{html.escape(page.story)}</p>"
        f"<p><b>{html.escape(signs_title)}</b></p><ul>{signs}</ul>"
        f"<p><b>{html.escape(instead_title)}</b><br/>{html.escape(page.instead)}</p>"
    )


class LearnWindow(QWidget):
    """Pages listed on the left; Back and Next (Alt+B, Alt+N) or the arrow keys move."""

    def __init__(self) -> None:
        super().__init__(None)
        self.pages = pages()
        self.setWindowTitle(self.tr("How paste scams work"))
        self.setWindowIcon(app_icon())
        self.resize(960, 720)
        layout = QHBoxLayout(self)
        self.index = QListWidget()
        self.index.setAccessibleName(self.tr("Pages"))
        self.index.setAccessibleDescription(self.tr("Choose a page to read"))
        self.index.addItems([p.title for p in self.pages])
        self.index.setFixedWidth(230)
        self.index.setWordWrap(True)
        self.index.setSpacing(4)
        self.index.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.index)
        right = QVBoxLayout()
        layout.addLayout(right, 1)
        self.drawing = Drawing()
        right.addWidget(self.drawing, 3)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # screen readers can stop on it
        right.addWidget(self.text, 2)
        buttons = QHBoxLayout()
        right.addLayout(buttons)
        self.back = QPushButton(self.tr("&Back"))
        self.next = QPushButton(self.tr("&Next"))
        self.back.setAccessibleDescription(self.tr("The previous page"))
        self.next.setAccessibleDescription(self.tr("The next page"))
        self.back.clicked.connect(lambda: self.show_page(self.index.currentRow() - 1))
        self.next.clicked.connect(lambda: self.show_page(self.index.currentRow() + 1))
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.next)
        self.index.currentRowChanged.connect(self._show)
        self.show_page(0)

    def show_page(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.index.setCurrentRow(row)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.pages):
            return
        page = self.pages[row]
        self.drawing.load(page.drawing)
        self.drawing.setAccessibleName(page.title)
        self.drawing.setAccessibleDescription(self.renderer_title())
        self.text.setText(page_html(page))
        self.text.setAccessibleName(page.title)
        self.back.setEnabled(row > 0)
        self.next.setEnabled(row < len(self.pages) - 1)

    def renderer_title(self) -> str:
        """The drawing's own description (its SVG <title>), for screen readers."""
        page = self.pages[self.index.currentRow()]
        try:
            text = learn_file(page.drawing).read_text(encoding="utf-8")
        except OSError:
            return ""
        start, end = text.find("<title>"), text.find("</title>")
        title = html.unescape(text[start + 7 : end]) if 0 <= start < end else ""
        return QCoreApplication.translate("LearnDrawing", title) if title else ""
