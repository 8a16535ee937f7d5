"""The warning's words: a plain headline, where the text came from and went, what to do now."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from app.detection.indicators import defang
from app.detection.model import Level, PasteTarget, Verdict


def _tr(text: str) -> str:
    return QCoreApplication.translate("Warning", text)


def source_host(source: str | None) -> str:
    """The host of a page URL ("" for an app name or nothing), as browsers report it."""
    if not source or "://" not in source:
        return ""
    try:
        return (urlsplit(source).hostname or "").lower()
    except ValueError:
        return ""


def origin_phrase(source: str | None) -> str:
    if source_host(source):
        return _tr("a web page")
    if source:
        return _tr("another program")
    return ""


def action_phrase(verdict: Verdict) -> str:
    """What the text would do, in the words of its weightiest finding that says so."""
    for finding in sorted(verdict.findings, key=lambda f: -f.weight):
        if finding.action:
            return finding.action
    if verdict.level >= Level.MALICIOUS:
        return _tr("harm your computer")
    return _tr("do more than it seems to")


def headline(verdict: Verdict, source: str | None) -> tuple[str, str]:
    """(The short call, the sentence after it), e.g. ("Don't paste this", "a web page put …")."""
    call = _tr("Don't paste this") if verdict.level >= Level.MALICIOUS else _tr("Check this first")
    origin = origin_phrase(source)
    action = action_phrase(verdict)
    if origin:
        rest = _tr("{origin} put a command on your clipboard that would {action}").format(
            origin=origin, action=action
        )
    else:
        rest = _tr("the command on your clipboard would {action}").format(action=action)
    return call, rest


def headline_text(verdict: Verdict, source: str | None) -> str:
    call, rest = headline(verdict, source)
    return f"{call}: {rest}"


def shown_source(source: str | None) -> str:
    """Where it came from, defanged so it is never one click from opening."""
    if not source:
        return _tr("unknown (no program or page said)")
    return defang(source)


def target_phrase(target: PasteTarget) -> str:
    return {
        PasteTarget.RUN_DIALOG: _tr("the Run dialog (Win+R)"),
        PasteTarget.EXPLORER_BAR: _tr("File Explorer's address bar"),
        PasteTarget.TERMINAL: _tr("a terminal"),
        PasteTarget.BROWSER_CONSOLE: _tr("the browser's developer console"),
        PasteTarget.OTHER: _tr("another program"),
        PasteTarget.UNKNOWN: _tr("a window PasteGuard could not identify"),
    }[target]


def status_line(suppressed: bool) -> str:
    if suppressed:
        return _tr("PasteGuard stopped the paste. Nothing has run.")
    return _tr(
        "This system does not let PasteGuard stop the paste: the text may already be there. "
        "Do not press Enter; clear the line or close the window."
    )


def advice(target: PasteTarget) -> str:
    """What to do instead, in one or two sentences."""
    if target in (PasteTarget.RUN_DIALOG, PasteTarget.EXPLORER_BAR):
        return _tr(
            "Close the window you were pasting into and the web page that asked you to. "
            "No real website, CAPTCHA or support team asks you to paste commands into Windows."
        )
    if target is PasteTarget.BROWSER_CONSOLE:
        return _tr(
            "Close the console. Anyone who asks you to paste code there wants your account: "
            "no prize, unlock or verification works that way."
        )
    return _tr(
        "Don't run it. Close the page or chat that gave it to you, and ask your IT team if "
        "you are unsure."
    )


def technique_label(technique: str) -> str:
    """ "T1059.001" with its ATT&CK name when known."""
    from app.forwarding.attack import TECHNIQUES  # the names live with the SIEM mapping

    name = TECHNIQUES.get(technique.split(".", 1)[0], ("", ()))[0]
    return f"ATT&CK {technique} ({name})" if name else f"ATT&CK {technique}"
