"""The warning: what the text would do, where it came from and went, and the safe way out.

It must stop a hurried, frightened or trusting person from pressing Enter and teach them why
in a few words. "Keep me safe" is the default for Enter and Esc; the Enter a lure told them to
press moments ago is swallowed instead of dismissing the warning unread.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.detection.indicators import defang
from app.detection.model import Level
from app.guard.grants import DEFAULT_DAYS
from app.guard.service import PasteWarning
from ui.icons import TrayState, app_icon, tray_icon
from ui.theme import warning_colors
from ui.warning import command_view
from ui.warning.outcomes import Outcome, WarningOutcomes
from ui.warning.wording import (
    SCAM_TEXT,
    advice,
    breakable,
    headline,
    headline_text,
    phone_numbers,
    shown_source,
    status_line,
    summary_text,
    target_phrase,
    technique_label,
    translated,
    verdict_kind,
)

REFLEX_MS = 600  # an Enter this soon after the warning appears was meant for the Run box
# The line that says the paste was stopped waits this long after the warning: a hook or event
# tap that answered too late is reported by the OS right after the answer (Windows within the
# same hook call, macOS on the tap's next run-loop turn), so the line says the truth first
# instead of "stopped" and then correcting itself. Ctrl+V to the warning is unchanged (p95
# 52 ms); to the stopped line it is within the 200 ms target.
STATUS_HOLD_MS = 120
COMMAND_LINES = 5  # lines of the command shown before it scrolls

Notify = Callable[[str, str], None]


@cache
def has_glyph(char: str) -> bool:
    """Whether the command view's font, or an installed emoji font Qt falls back to, has it."""
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    if QFontMetrics(font).inFontUcs4(ord(char)):
        return True
    return any("emoji" in family.lower() for family in QFontDatabase.families())


class WarningDialog(QDialog):
    """One dialog, reused: a second warning replaces the content instead of stacking windows."""

    answered = Signal(str)  # the choice that closed it: keep_safe, paste_anyway, trust_site

    def __init__(
        self,
        outcomes: WarningOutcomes,
        notify: Notify | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.outcomes = outcomes
        self.notify = notify or (lambda title, message: None)
        self.warning: PasteWarning | None = None
        self.shown_at = 0.0
        self.times = 0  # pastes stopped while this warning was up
        self._status_hold = QTimer(self)  # the stopped line, once the OS had its say
        self._status_hold.setSingleShot(True)
        self._status_hold.setInterval(STATUS_HOLD_MS)
        self._status_hold.timeout.connect(self._show_status)
        self._decided = True
        self._full_text = ""
        self._phones: list[str] = []
        self.setWindowTitle(self.tr("PasteGuard warning"))
        self.setWindowIcon(app_icon())
        self.setWindowFlags(
            Qt.WindowType.Dialog
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowTitleHint
            | Qt.WindowType.WindowCloseButtonHint
        )
        self.setMinimumWidth(600)
        self.setMaximumWidth(760)
        self._build()

    # -- layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 12)
        outer.setSpacing(10)

        self.header = QFrame()
        self.header.setObjectName("header")
        head = QHBoxLayout(self.header)
        head.setContentsMargins(18, 14, 18, 14)
        self.icon = QLabel()
        self.icon.setFixedSize(QSize(48, 48))
        self.icon.setPixmap(tray_icon(TrayState.ATTENTION, False).pixmap(QSize(48, 48)))
        self.icon.setAccessibleName(self.tr("Warning"))
        head.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        # Each sub-layout joins its parent before it gets widgets: PySide then leaves them to
        # Qt. Filled first, they stay owned by Python and are deleted twice at exit (segfault).
        titles = QVBoxLayout()
        head.addLayout(titles, 1)
        self.call = QLabel()
        self.call.setObjectName("call")
        self.rest = QLabel()
        self.rest.setWordWrap(True)
        self.rest.setObjectName("rest")
        titles.addWidget(self.call)
        titles.addWidget(self.rest)
        outer.addWidget(self.header)

        body = QVBoxLayout()
        outer.addLayout(body)
        body.setContentsMargins(18, 0, 18, 0)
        body.setSpacing(8)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("status")
        body.addWidget(self.status)

        form = self.form = QFormLayout()
        body.addLayout(form)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.summary = self._value_label()
        self.source = self._value_label()
        self.target = self._value_label()
        form.addRow(self._form_label(self.tr("What it would do:"), self.summary), self.summary)
        form.addRow(self._form_label(self.tr("Where it came from:"), self.source), self.source)
        form.addRow(self._form_label(self.tr("Where it was going:"), self.target), self.target)

        command_title = self.command_title = QLabel(self.tr("The command, made safe to read:"))
        body.addWidget(command_title)
        self.command = QTextBrowser()
        self.command.setOpenLinks(False)
        self.command.setAccessibleName(self.tr("The command"))
        self.command.setAccessibleDescription(
            self.tr("The copied text with links disarmed and hidden parts marked in brackets")
        )
        self.command.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.command.setTabChangesFocus(True)
        line = self.command.fontMetrics().lineSpacing()
        self.command.setFixedHeight(line * COMMAND_LINES + 16)
        command_title.setBuddy(self.command)
        body.addWidget(self.command)
        legend_row = QHBoxLayout()
        body.addLayout(legend_row)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        legend_row.addWidget(self.legend, 1)
        self.show_all = QPushButton(self.tr("Show the whole text"))
        self.show_all.setAutoDefault(False)
        self.show_all.clicked.connect(self._show_whole_text)
        legend_row.addWidget(self.show_all)

        self.why = QToolButton()
        self.why.setText(self.tr("Why?"))
        self.why.setCheckable(True)
        self.why.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.why.setArrowType(Qt.ArrowType.RightArrow)
        self.why.setAccessibleName(self.tr("Why? Show the reasons"))
        self.why.setAccessibleDescription(
            self.tr("Shows each reason for this warning and what the text points at")
        )
        self.why.toggled.connect(self._toggle_why)
        body.addWidget(self.why)
        self.reasons = QTextBrowser()
        self.reasons.setOpenLinks(False)
        self.reasons.setAccessibleName(self.tr("The reasons for this warning"))
        self.reasons.setTabChangesFocus(True)
        self.reasons.setVisible(False)
        self.reasons.setMinimumHeight(150)
        body.addWidget(self.reasons)

        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setObjectName("advice")
        body.addWidget(self.advice)
        self.result_note = QLabel()  # not `result`: that is QDialog.result()
        self.result_note.setWordWrap(True)
        # shown with break points in long paths (see breakable), so not for copying: the plain
        # sentence is the tooltip and what a screen reader reads
        self.result_note.setVisible(False)
        body.addWidget(self.result_note)

        buttons = QHBoxLayout()
        outer.addLayout(buttons)
        buttons.setContentsMargins(18, 6, 18, 0)
        self.report = self._button(
            self.tr("Report to IT"),
            self._report,
            self.tr("Save a report of this for your IT team; it says what was sent and where"),
        )
        self.trust = self._button(
            self.tr("Trust this site"),
            self._trust_site,
            self.tr("Trust the site this came from: its suspicious pastes will only be logged"),
        )
        # trust is scoped: this text once, the site for some days, or until restart
        self.trust_menu = QMenu(self.trust)
        for label, scope in (
            (self.tr("Only this text, once"), "text"),
            (self.tr("This site for {days} days").format(days=DEFAULT_DAYS), "days"),
            (self.tr("This site until PasteGuard restarts"), "session"),
        ):
            action = self.trust_menu.addAction(label)
            action.triggered.connect(lambda _=False, s=scope: self._trust_site(s))
        self.trust.setMenu(self.trust_menu)
        buttons.addWidget(self.report)
        buttons.addWidget(self.trust)
        buttons.addStretch(1)
        self.understand = QCheckBox(self.tr("I understand the risk"))
        self.understand.setAccessibleName(self.tr("I understand the risk"))
        self.understand.setAccessibleDescription(
            self.tr("Tick this to be able to paste the text anyway")
        )
        self.understand.toggled.connect(self._update_paste_button)
        buttons.addWidget(self.understand)
        self.paste = self._button(
            self.tr("Paste anyway"),
            self._paste_anyway,
            self.tr("Put the text back so that you can paste it (not recommended)"),
        )
        buttons.addWidget(self.paste)
        self.keep = self._button(
            self.tr("Keep me safe"), self._keep_safe, self.tr("Do not paste; close this warning")
        )
        self.keep.setDefault(True)
        self.keep.setAutoDefault(True)
        self.keep.setObjectName("keep")
        buttons.addWidget(self.keep)

        # the reflex guard sees Enter wherever the focus is (a focused button handles it first)
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)
        self.setTabOrder(self.keep, self.paste)

    def _button(self, text: str, slot: Callable[[], None], description: str) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(True)  # Enter presses the focused button, as in any dialog
        button.setAccessibleName(text)
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        button.clicked.connect(slot)
        return button

    def _value_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # attacker-chosen text is never markup
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _form_label(self, text: str, buddy: QLabel) -> QLabel:
        label = QLabel(f"<b>{html.escape(text)}</b>")
        label.setBuddy(buddy)
        buddy.setAccessibleName(text.rstrip(":"))
        return label

    def _style(self, level: Level) -> None:
        # header colours chosen for the theme in use; the advice box takes both its text and
        # its background from the palette, so a dark theme never puts white on light grey
        background, accent, ink = warning_colors(self.palette(), level.label)
        self.setStyleSheet(
            f"QFrame#header {{ background: {background}; border-bottom: 3px solid {accent}; }}"
            f"QLabel#call {{ color: {ink}; font-size: 17pt; font-weight: bold; }}"
            f"QLabel#rest {{ color: {ink}; font-size: 11pt; }}"
            "QLabel#status { font-weight: bold; }"
            "QLabel#advice { background: palette(base); color: palette(text); "
            "border: 1px solid palette(mid); border-radius: 4px; padding: 6px; }"
            "QPushButton#keep { font-weight: bold; padding: 5px 18px; }"
        )

    # -- content ----------------------------------------------------------------------------

    def present(self, warning: PasteWarning) -> None:
        """Show `warning` on top and focused; a repeat of the same one only brings it back."""
        same = (
            self.isVisible()
            and self.warning is not None
            and (self.warning.digest, self.warning.target) == (warning.digest, warning.target)
        )
        shown = self.warning
        if same and shown is not None and shown.suppressed and not warning.suppressed:
            # the same paste, said after all not to be stopped (macOS passed the key on when
            # the event tap answered too late): the status line tells the truth, no new count
            self.warning = warning
            self._status_hold.stop()
            self.status.setText(status_line(False))
        elif same:
            self.times += 1
        else:
            self._fill(warning)
        self.shown_at = time.monotonic()
        self.show()
        self.raise_()
        self.activateWindow()
        self.keep.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _show_status(self) -> None:
        if self.warning is not None:
            restore = self.warning.restore_event is not None
            self.status.setText(status_line(self.warning.suppressed, restore))

    def _fill(self, warning: PasteWarning) -> None:
        self.warning = warning
        self.times = 1
        self._decided = False
        verdict = warning.verdict
        self._style(verdict.level)
        call, rest = headline(verdict, warning.source)
        self.call.setText(call)
        sentence = rest[:1].upper() + rest[1:]
        # the full stop is the language's: "。" in Chinese and Japanese
        self.rest.setText(breakable(self.tr("{sentence}.").format(sentence=sentence)))
        kind = verdict_kind(verdict)
        summary = summary_text(verdict, warning.source)
        self.setAccessibleName(headline_text(verdict, warning.source))
        self.setAccessibleDescription(summary)
        restore = warning.restore_event is not None
        if warning.suppressed and not restore:  # a key the hook swallowed
            self.status.setText("")  # nothing about the outcome until the OS had its say
            self._status_hold.start()
        else:
            self._status_hold.stop()
            self.status.setText(status_line(warning.suppressed, restore))
        # a text put back was going nowhere: "a window PasteGuard could not identify" was
        # said of it, as of a paste into an unknown window
        self.form.setRowVisible(self.target, not restore)
        self.summary.setText(breakable(summary))
        self.source.setText(breakable(shown_source(warning.source)))
        self.source.setToolTip(defang(warning.source or ""))
        self.target.setText(target_phrase(warning.target))
        self._full_text = self.outcomes.original(warning) or self._evidence(warning)
        self._phones = phone_numbers(verdict) if kind == SCAM_TEXT else []
        self.command_title.setText(
            self.tr("The text, made safe to read:")
            if kind == SCAM_TEXT
            else self.tr("The command, made safe to read:")
        )
        self.command.setHtml(
            command_view.to_html(
                self._full_text, phones=self._phones, has_glyph=has_glyph, words=self._words()
            )
        )
        marked = command_view.marked_kinds(self._full_text, phones=self._phones)
        hidden = sorted(marked - {command_view.PHONE})
        parts = [self._legend_name(k) for k in hidden]
        legend = (
            self.tr("Marked: {parts}. They were hidden from you.").format(parts=", ".join(parts))
            if parts
            else ""
        )
        if command_view.PHONE in marked:
            legend = " ".join(
                x for x in (self.tr("Marked: {parts}.").format(
                    parts=self._legend_name(command_view.PHONE)), legend) if x
            )  # fmt: skip
        self.legend.setText(legend)
        self.legend.setVisible(bool(marked))
        self.show_all.setVisible(len(self._full_text) > command_view.MAX_SHOWN)
        self.reasons.setHtml(self._reasons_html(warning))
        self.why.setChecked(False)
        self.advice.setText(advice(warning.target, kind))
        self.result_note.setVisible(False)
        self.trust.setVisible(self.outcomes.can_trust_site(warning))
        self.report.setEnabled(True)
        allowed = warning.allow_paste_anyway and self.outcomes.live.settings.allow_paste_anyway
        malicious = verdict.level >= Level.MALICIOUS
        self.paste.setVisible(allowed)
        # a malicious text needs a deliberate second step before it can be pasted
        self.understand.setVisible(allowed and malicious)
        self.understand.setChecked(False)
        self._update_paste_button()
        self._fit()

    def _words(self) -> command_view.Words:
        return command_view.Words(
            spaces=self.tr("{n} spaces"),
            blanks=self.tr("{n} blank characters"),
            more=self.tr("{n} more characters"),
        )

    def _legend_name(self, kind: str) -> str:
        return {
            command_view.PADDING: self.tr("hidden padding"),
            command_view.CONTROL: self.tr("invisible or control characters"),
            command_view.TAIL: self.tr('fake "I am not a robot" text'),
            command_view.PHONE: self.tr("the scammers' phone number: do not call it"),
        }[kind]

    @staticmethod
    def _evidence(warning: PasteWarning) -> str:
        """What the findings quote, when the text itself is gone."""
        return "\n".join(f.evidence for f in warning.verdict.findings[:1])

    def _reasons_html(self, warning: PasteWarning) -> str:
        parts = []
        seen_in = self.tr("seen in")
        for finding in warning.verdict.findings:
            title = translated(finding.rule_id, "title", finding.title)
            explanation = translated(finding.rule_id, "explanation", finding.explanation)
            label = technique_label(finding.technique)
            parts.append(
                f"<p><b>{html.escape(title)}</b><br/>{html.escape(explanation)}"
                f"<br/><small>{html.escape(label) + ' · ' if label else ''}"
                f"{html.escape(finding.rule_id)} · {html.escape(seen_in)} "
                f"{html.escape(finding.layer)}: <code>{html.escape(finding.evidence)}</code>"
                "</small></p>"
            )
        shown = [i for i in warning.verdict.indicators if i.kind != "program"]
        if shown:
            items = "".join(
                f"<li>{html.escape(i.kind)}: <code>{html.escape(i.display)}</code></li>"
                for i in shown[:12]
            )
            points_at = self.tr("It points at")
            parts.append(f"<p><b>{html.escape(points_at)}</b></p><ul>{items}</ul>")
        if not warning.verdict.complete:
            parts.append(
                "<p><i>"
                + html.escape(
                    self.tr(
                        "The check could not finish, so PasteGuard errs on the side of caution."
                    )
                )
                + "</i></p>"
            )
        return "".join(parts)

    def _update_paste_button(self) -> None:
        warning = self.warning
        needs_step = warning is not None and warning.verdict.level >= Level.MALICIOUS
        self.paste.setEnabled(not needs_step or self.understand.isChecked())

    def _toggle_why(self, shown: bool) -> None:
        self.why.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.reasons.setVisible(shown)
        self._fit()

    def _show_whole_text(self) -> None:
        self.command.setHtml(
            command_view.to_html(
                self._full_text,
                limit=None,
                phones=self._phones,
                has_glyph=has_glyph,
                words=self._words(),
            )
        )
        self.show_all.setVisible(False)

    # -- choices ----------------------------------------------------------------------------

    def _finish(self, choice: str, outcome: Outcome) -> None:
        self._decided = True
        self.hide()
        self.answered.emit(choice)
        if outcome.message:
            self.notify(self.tr("PasteGuard"), outcome.message)

    def _keep_safe(self) -> None:
        if self.warning is not None and not self._decided:
            self.outcomes.keep_safe(self.warning)
            self._decided = True
            self.answered.emit("keep_safe")
        self.hide()

    def _paste_anyway(self) -> None:
        if self.warning is None or not self.paste.isEnabled():
            return
        outcome = self.outcomes.paste_anyway(self.warning)
        if outcome.ok:
            self._finish("paste_anyway", outcome)
        else:
            self._show_result(outcome)

    def _trust_site(self, scope: str = "days") -> None:
        if self.warning is None:
            return
        outcome = self.outcomes.trust_site(self.warning, scope)
        if outcome.ok:
            self._finish("trust_site", outcome)
        else:
            self._show_result(outcome)

    def _report(self) -> None:
        if self.warning is None:
            return
        outcome = self.outcomes.report(self.warning)
        self._show_result(outcome)
        if outcome.ok:
            self.report.setEnabled(False)  # one report per warning
            self.keep.setFocus()

    def _show_result(self, outcome: Outcome) -> None:
        self.result_note.setText(breakable(outcome.message))
        self.result_note.setToolTip(outcome.message)
        self.result_note.setAccessibleName(outcome.message)
        self.result_note.setVisible(True)
        self._fit()

    def _fit(self) -> None:
        """Grow (or shrink) to the height the wrapped text needs at the current width.

        adjustSize() alone asks the layout for its size hint, in which a word-wrapped label
        counts one guessed line width; under a real window manager the dialog then kept its
        old height and "Why?" and the report's result were drawn over the advice. The minimum
        height is the layout's height for this width, so nothing is squeezed.
        """
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = min(max(self.width(), self.minimumWidth()), self.maximumWidth())
        needed = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        screen = self.screen()
        room = screen.availableGeometry().height() - 40 if screen is not None else needed
        height = max(layout.totalMinimumSize().height(), min(needed, room))
        self.setMinimumHeight(height)
        self.resize(width, height)

    # -- keys and closing -------------------------------------------------------------------

    def _too_soon(self) -> bool:
        return (time.monotonic() - self.shown_at) * 1000 < REFLEX_MS

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self._too_soon()
        ):
            return True  # swallowed: the warning stays up to be read
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._too_soon():
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Esc and the close button: the safe choice."""
        self._keep_safe()

    def accept(self) -> None:
        self._keep_safe()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._keep_safe()
        event.accept()
