"""What each choice in the warning does: to the clipboard, the settings, and the event log.

Every choice is an event, so an administrator sees how warnings are answered. The events carry
the verdict's level, rules, source, target and hash, never the text again: the event that
flagged it already holds it (defanged).

Nothing here waits: the text comes from the guard's memory (never a clipboard read), events
go to the guard's worker (never a store lock on this thread), and putting a text back is the
guard's `let_through` (on X11 the holder serves it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QClipboard

from app.detection.model import Level
from app.events import Action, Event, EventKind
from app.guard.grants import DEFAULT_DAYS
from app.guard.service import GuardService, PasteWarning, digest
from app.storage import EventStore
from ui.live_config import LiveConfig
from ui.mail import open_mail
from ui.warning.report import mailto, report_document, write_report
from ui.warning.wording import source_host

TRUST_SCOPES = ("text", "days", "session")


@dataclass(frozen=True)
class Outcome:
    """What happened, in a sentence for the person."""

    ok: bool
    message: str
    report: Path | None = None


class WarningOutcomes:
    """The choices of the warning dialog, carried out on the Qt main thread."""

    def __init__(
        self,
        store: EventStore,
        service: GuardService,
        clipboard: QClipboard,
        live: LiveConfig,
        open_url: Callable[[QUrl], bool] = open_mail,
    ) -> None:
        self.store = store
        self.service = service
        self.clipboard = clipboard
        self.live = live
        self.open_url = open_url

    # -- the text ---------------------------------------------------------------------------

    def original(self, warning: PasteWarning) -> str | None:
        """The text the warning is about, found by its hash in the guard's memory or the
        verdict's raw layer. None when it is gone."""
        text = self.service.text_of(warning.digest)
        if text is not None:
            return text
        for layer in warning.verdict.layers[:1]:
            if digest(layer.text) == warning.digest:
                return layer.text
        return None

    # -- events -----------------------------------------------------------------------------

    def _record(
        self, kind: EventKind, action: Action, warning: PasteWarning, summary: str, **details: Any
    ) -> int | None:
        verdict = warning.verdict
        event = Event(
            kind=kind.value,
            level=verdict.level.label,
            score=verdict.score,
            rules=tuple(verdict.rule_ids),
            summary=summary,
            source=warning.source,
            target=warning.target.value,
            action=action.value,
            sha256=warning.digest,
            details={"by": "user", "suppressed": warning.suppressed, **details},
        )
        self.service.record(event)  # the worker writes it: this thread never waits on the store
        return None

    # -- the choices ------------------------------------------------------------------------

    def keep_safe(self, warning: PasteWarning) -> Outcome:
        """The person heeded the warning: nothing changes but the record of it.

        Its own kind, so that the paste the guard stopped and the choice after it are not
        counted twice as stopped pastes.
        """
        action = Action.BLOCKED if warning.suppressed else Action.WARNED
        self._record(
            EventKind.WARNING_HEEDED,
            action,
            warning,
            QCoreApplication.translate("Outcomes", 'The person chose "Keep me safe".'),
            choice="keep_safe",
        )
        return Outcome(
            True, QCoreApplication.translate("Outcomes", "Good call. Nothing was pasted.")
        )

    def paste_anyway(self, warning: PasteWarning) -> Outcome:
        """Let the text through once; for a restore, put the blocked text back (same friction,
        same policy, recorded at the level it was blocked at)."""
        if not (warning.allow_paste_anyway and self.live.settings.allow_paste_anyway):
            return Outcome(
                False,
                QCoreApplication.translate(
                    "Outcomes", "Your organisation's policy does not allow this."
                ),
            )
        if not self.service.let_through(warning.digest):
            return Outcome(
                False,
                QCoreApplication.translate(
                    "Outcomes", "The text is no longer available; copy it again."
                ),
            )
        if warning.restore_event is not None:
            self.service.restored(warning.restore_event)
            self._record(
                EventKind.RESTORED,
                Action.RESTORED,
                warning,
                QCoreApplication.translate(
                    "Outcomes", "A blocked text was put back on the clipboard."
                ),
                event_id=warning.restore_event,
            )
            return Outcome(
                True,
                QCoreApplication.translate(
                    "Outcomes", "The blocked text is back on your clipboard."
                ),
            )
        self._record(
            EventKind.PASTE_ALLOWED_BY_USER,
            Action.ALLOWED,
            warning,
            QCoreApplication.translate("Outcomes", 'The person chose "Paste anyway".'),
            choice="paste_anyway",
        )
        return Outcome(
            True,
            QCoreApplication.translate(
                "Outcomes", "The text is on your clipboard: paste it again to use it."
            ),
        )

    def can_trust_site(self, warning: PasteWarning) -> bool:
        """Offered only for a suspicious (never a malicious) text from a page, and only where
        the policy lets the person paste anyway and does not lock the trusted sites."""
        return (
            warning.verdict.level == Level.SUSPICIOUS
            and warning.restore_event is None
            and bool(source_host(warning.source))
            and warning.allow_paste_anyway
            and self.live.settings.allow_paste_anyway
            and "trusted_sites" not in self.live.locks()
        )

    def trust_site(self, warning: PasteWarning, scope: str = "days") -> Outcome:
        """Trust for a scope: "text" (this text, once), "days" (this site for DEFAULT_DAYS
        days) or "session" (this site until PasteGuard restarts). Dated, with the reason."""
        host = source_host(warning.source)
        if not self.can_trust_site(warning) or scope not in TRUST_SCOPES:
            return Outcome(
                False,
                QCoreApplication.translate("Outcomes", "This site cannot be trusted from here."),
            )
        if not self.service.let_through(warning.digest) and scope == "text":
            return Outcome(
                False,
                QCoreApplication.translate(
                    "Outcomes", "The text is no longer available; copy it again."
                ),
            )
        days = DEFAULT_DAYS if scope == "days" else None
        if scope != "text":
            self.service.trust_site(host, days, warning.verdict.summary)
        self._record(
            EventKind.SITE_TRUSTED,
            Action.ALLOWED,
            warning,
            QCoreApplication.translate("Outcomes", "The person trusted {what}.").format(
                what=QCoreApplication.translate("Outcomes", "this text once")
                if scope == "text"
                else host
            ),
            site=host,
            scope=scope,
            days=days,
        )
        if scope == "text":
            return Outcome(
                True,
                QCoreApplication.translate(
                    "Outcomes", "This text is let through once: paste it again."
                ),
            )
        if days is None:
            said = QCoreApplication.translate(
                "Outcomes", "{host} is trusted until PasteGuard restarts: paste again."
            )
            return Outcome(True, said.format(host=host))
        said = QCoreApplication.translate(
            "Outcomes", "{host} is trusted for {days} days: paste again."
        )
        return Outcome(True, said.format(host=host, days=days))

    def report(self, warning: PasteWarning) -> Outcome:
        """Write the report file, record it (forwarded as `reported`), open a mail draft when an
        address is configured, and say exactly which of these happened. The clipboard is not
        touched: it may hold what the person needs next."""
        text = self.original(warning) or ""
        event = Event.from_verdict(
            EventKind.REPORTED.value, warning.verdict, text, Action.LOGGED.value
        )
        event = replace(
            event, source=warning.source, target=warning.target.value, sha256=warning.digest
        )
        window = warning.window
        extra = {
            "suppressed": warning.suppressed,
            "window": {"process": window.process, "class": window.window_class} if window else None,
            "explanations": [f.explanation for f in warning.verdict.findings],
        }
        document = report_document(event, extra)
        try:
            path = write_report(self.live.data_dir, document)
        except OSError as exc:
            return Outcome(
                False,
                QCoreApplication.translate(
                    "Outcomes", "The report could not be saved: {reason}"
                ).format(reason=exc.strerror or exc),
            )
        settings = self.live.settings
        address = settings.report_mail_to
        forward = settings.forward
        forwarded = bool(forward.syslog or forward.http or forward.windows_event_log)
        details = {**event.details, "report": str(path), "mail_to": address}
        # the `reported` event goes to the SIEM with every other event, when one is configured
        self.service.record(replace(event, details=details))  # written by the guard's worker
        mailed = bool(address) and self.open_url(QUrl(mailto(address or "", document, path)))
        said = []
        if mailed:
            said.append(
                QCoreApplication.translate(
                    "Outcomes", "A mail to {address} is open in your mail program: press Send."
                ).format(address=address)
            )
        if forwarded:
            said.append(
                QCoreApplication.translate(
                    "Outcomes", "A copy goes to your IT team's security log."
                )
            )
        if not said:
            said.append(
                QCoreApplication.translate(
                    "Outcomes",
                    "Nothing was sent: show it to your IT team, or tell them what happened.",
                )
            )
        said.append(
            QCoreApplication.translate(
                "Outcomes", "The report is saved on this computer: {path}"
            ).format(path=path)
        )
        message = " ".join(said)
        return Outcome(True, message, path)
