"""'How paste scams work': every page has its own drawing and words, and the keyboard moves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtSvg import QSvgRenderer
from pytestqt.qtbot import QtBot

from ui.i18n import install_translator, shipped, uninstall_translators
from ui.learn import LearnWindow, pages
from ui.paths import learn_file


def test_each_page_has_a_valid_drawing_and_advice(qapp) -> None:
    found = pages()
    assert [p.drawing for p in found] == ["clickfix", "filefix", "techsupport", "console",
                                          "instead"]  # fmt: skip
    for page in found:
        renderer = QSvgRenderer(str(learn_file(page.drawing)))
        assert renderer.isValid(), page.drawing
        assert page.title and page.story and page.signs and page.instead


def test_back_and_next_walk_the_pages(qtbot: QtBot) -> None:
    window = LearnWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.index.currentRow() == 0 and not window.back.isEnabled()
    assert "Fake CAPTCHA (ClickFix)" in window.text.text()
    for _ in range(4):
        qtbot.mouseClick(window.next, Qt.MouseButton.LeftButton)
    assert window.index.currentRow() == 4 and not window.next.isEnabled()
    assert "What to do instead" in window.text.text()
    window.index.setFocus()
    qtbot.keyClick(window.index, Qt.Key.Key_Up)  # keyboard only
    assert window.index.currentRow() == 3 and "console" in window.text.text()


def test_the_drawing_is_described_for_screen_readers(qtbot: QtBot) -> None:
    window = LearnWindow()
    qtbot.addWidget(window)
    assert window.drawing.accessibleDescription() == (
        "A fake CAPTCHA page asks you to press Win+R, Ctrl+V and Enter"
    )
    assert window.index.accessibleName() == "Pages"


@pytest.mark.parametrize("language", ["en", *shipped()])
def test_every_text_of_every_drawing_stays_inside_it(qapp, language: str) -> None:
    from ui.learn_drawings import TEXTS, localized

    translator = install_translator(qapp, language)
    try:
        for page in pages():
            _, width, drawn = localized(page.drawing)
            for text in drawn:
                assert text.x + text.width() <= width, (page.drawing, text.text, text.width())
            if language != "en":  # and the drawings speak the language
                left = [t.text for t in drawn if t.text in TEXTS and len(t.text) > 3]
                assert left == [], (language, page.drawing)
    finally:
        uninstall_translators(qapp, translator)


def test_every_sentence_of_the_drawings_can_be_translated(qapp) -> None:
    import re

    from ui.learn_drawings import TEXTS, localized

    # drawn as they are everywhere: addresses, commands, key caps, names
    as_is = re.compile(r"^(\W*|\w|Win|Ctrl|Enter|OK|FreeGifts|.*(\.example|iwr|fetch|token|"
                       r"Network|\+1 |\\).*)$")  # fmt: skip
    for page in pages():
        for text in localized(page.drawing)[2]:
            assert text.text in TEXTS or as_is.match(text.text), (page.drawing, text.text)


def test_each_page_heads_its_lists_with_what_they_are(qapp) -> None:
    from ui.learn import page_html

    found = {p.drawing: page_html(p) for p in pages()}
    assert "How to recognise it" in found["clickfix"]
    assert "How to recognise it" not in found["instead"]  # a list of actions, not of signs
    assert "Three things that help" in found["instead"]
