"""The warning's words: a plain headline, where the text came from and went, what to do now."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from app.detection.display import visible
from app.detection.indicators import defang, parse_url
from app.detection.model import Level, PasteTarget, Verdict
from ui.rule_texts import current_language, rule_text


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
        return QCoreApplication.translate("Warning", "a web page")
    if source:
        return QCoreApplication.translate("Warning", "another program")
    return ""


COMMAND, CODE, SCAM_TEXT, SIGN_IN_CODE, TEXT = "command", "code", "scam-text", "oauth-code", "text"


def verdict_kind(verdict: Verdict) -> str:
    """What the text is: a command, code, a scam text (a phone number to call), a sign-in
    address with its code (ConsentFix), or other text.

    The engine says so in `verdict.kind`; a plain "text" is looked at again here, so that a
    phone number with no command in it is still called a scam text.
    """
    kind = str(getattr(verdict, "kind", "") or TEXT)
    if kind != TEXT:
        return kind
    if any(i.kind == "phone" for i in verdict.indicators) and not verdict.shells:
        return SCAM_TEXT
    if verdict.shells:
        return COMMAND
    return TEXT


def phone_numbers(verdict: Verdict) -> list[str]:
    return [i.value for i in verdict.indicators if i.kind == "phone"]


def target_host(verdict: Verdict) -> str:
    """The host the text reaches out to (defanged), for rule actions that say `{host}`."""
    for indicator in verdict.indicators:
        if indicator.kind == "url":
            parsed = parse_url(indicator.value)
            if parsed is not None:
                return defang(parsed.host)
        if indicator.kind in ("domain", "ip"):
            return defang(indicator.value)
    return ""


def fill_host(action: str, verdict: Verdict) -> str:
    """A rule's action with `{host}` filled in: never shown to a person as a placeholder."""
    if "{host}" not in action:
        return action
    return action.replace(
        "{host}", target_host(verdict) or QCoreApplication.translate("Warning", "another site")
    )


def action_phrase(verdict: Verdict) -> str:
    """What the text would do, in the words of its weightiest finding that says so."""
    for finding in sorted(verdict.findings, key=lambda f: -f.weight):
        if finding.action:
            return fill_host(translated(finding.rule_id, "action", finding.action), verdict)
    if verdict.level >= Level.MALICIOUS:
        return QCoreApplication.translate("Warning", "harm your computer")
    return QCoreApplication.translate("Warning", "do more than it seems to")


def translated(rule_id: str, field: str, english: str) -> str:
    """A rule's text in the language in use (rules carry their own translations)."""
    return rule_text(rule_id, field, current_language(), english)


def headline(verdict: Verdict, source: str | None) -> tuple[str, str]:
    """(The short call, the sentence after it), e.g. ("Don't paste this", "a web page put …")."""
    kind = verdict_kind(verdict)
    origin = origin_phrase(source)
    if kind == SCAM_TEXT:
        call = QCoreApplication.translate("Warning", "This is a scam")
        if origin:
            rest = QCoreApplication.translate(
                "Warning", "{origin} put a text on your clipboard that tells you to call a number"
            ).format(origin=origin)
        else:
            rest = QCoreApplication.translate(
                "Warning", "the text on your clipboard tells you to call a number"
            )
        return call, rest
    call = (
        QCoreApplication.translate("Warning", "Don't paste this")
        if verdict.level >= Level.MALICIOUS
        else QCoreApplication.translate("Warning", "Check this first")
    )
    action = action_phrase(verdict)
    if kind == CODE:
        if origin:
            rest = QCoreApplication.translate(
                "Warning", "{origin} put code on your clipboard that would {action}"
            )
        else:
            rest = QCoreApplication.translate(
                "Warning", "the code on your clipboard would {action}"
            )
    elif kind == SIGN_IN_CODE:
        if origin:
            rest = QCoreApplication.translate(
                "Warning", "{origin} asks you to paste a sign-in address that would {action}"
            )
        else:
            rest = QCoreApplication.translate(
                "Warning", "the sign-in address on your clipboard would {action}"
            )
    elif kind == COMMAND:
        if origin:
            rest = QCoreApplication.translate(
                "Warning", "{origin} put a command on your clipboard that would {action}"
            )
        else:
            rest = QCoreApplication.translate(
                "Warning", "the command on your clipboard would {action}"
            )
    elif origin:
        rest = QCoreApplication.translate(
            "Warning", "{origin} put a text on your clipboard that could {action}"
        )
    else:
        rest = QCoreApplication.translate("Warning", "the text on your clipboard could {action}")
    return call, rest.format(origin=origin, action=action)


def headline_text(verdict: Verdict, source: str | None) -> str:
    call, rest = headline(verdict, source)
    return f"{call}: {rest}"


def summary_text(verdict: Verdict, source: str | None) -> str:
    """What it would do, for the row under the headline: the engine's sentence in English,
    composed again from the rules' own words in any other language."""
    if current_language() == "en" or verdict.level < Level.SUSPICIOUS:
        return verdict.summary
    kind = verdict_kind(verdict)
    if kind == SCAM_TEXT:
        return QCoreApplication.translate(
            "Warning", "It asks you to call a phone number. Scammers answer that number."
        )
    host = target_host(verdict)
    action = action_phrase(verdict)
    if host and host not in action:
        return QCoreApplication.translate("Warning", "It would {action} (from {host}).").format(
            action=action, host=host
        )
    return QCoreApplication.translate("Warning", "It would {action}.").format(action=action)


def shown_source(source: str | None) -> str:
    """Where it came from: the page's host or the program's name, defanged. The whole address
    (defanged) is in the tooltip and the report; people need the host."""
    if not source:
        return QCoreApplication.translate("Warning", "unknown (no program or page said)")
    host = source_host(source)
    if host:
        return defang(host if host.isascii() else source_display_host(host))
    return visible(source)[:80]


def source_display_host(host: str) -> str:
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def target_phrase(target: PasteTarget) -> str:
    return {
        PasteTarget.RUN_DIALOG: QCoreApplication.translate("Warning", "the Run dialog (Win+R)"),
        PasteTarget.EXPLORER_BAR: QCoreApplication.translate(
            "Warning", "File Explorer's address bar"
        ),
        PasteTarget.TERMINAL: QCoreApplication.translate("Warning", "a terminal"),
        PasteTarget.BROWSER_CONSOLE: QCoreApplication.translate(
            "Warning", "the browser's developer console"
        ),
        PasteTarget.OTHER: QCoreApplication.translate("Warning", "another program"),
        PasteTarget.UNKNOWN: QCoreApplication.translate(
            "Warning", "a window PasteGuard could not identify"
        ),
    }[target]


def status_line(suppressed: bool, restore: bool = False) -> str:
    if restore:  # a blocked text the person asked to put back: no paste was involved
        return QCoreApplication.translate(
            "Warning",
            "PasteGuard took this off your clipboard before anything could paste it. "
            "Nothing has run.",
        )
    if suppressed:
        return QCoreApplication.translate(
            "Warning", "PasteGuard stopped the paste. Nothing has run."
        )
    return QCoreApplication.translate(
        "Warning",
        "PasteGuard could not stop this paste: the text may already be there. "
        "Do not press Enter; clear the line or close the window.",
    )


def advice(target: PasteTarget, kind: str = COMMAND) -> str:
    """What to do instead, in one or two sentences."""
    if kind == SIGN_IN_CODE:
        return QCoreApplication.translate(
            "Warning",
            "Don't paste it anywhere. The code in this address lets whoever gets it into your "
            "account; no real sign-in asks you to copy it back into a page.",
        )
    if kind == SCAM_TEXT:
        return QCoreApplication.translate(
            "Warning",
            "Don't call the number. No real company, bank or support team puts a phone number "
            "on your clipboard. Close the page; if you already called, hang up and tell your "
            "IT team.",
        )
    if target in (PasteTarget.RUN_DIALOG, PasteTarget.EXPLORER_BAR):
        return QCoreApplication.translate(
            "Warning",
            "Close the window you were pasting into and the web page that asked you to. "
            "No real website, CAPTCHA or support team asks you to paste commands into Windows.",
        )
    if target is PasteTarget.BROWSER_CONSOLE:
        return QCoreApplication.translate(
            "Warning",
            "Close the console. Anyone who asks you to paste code there wants your account: "
            "no prize, unlock or verification works that way.",
        )
    return QCoreApplication.translate(
        "Warning",
        "Don't run it. Close the page or chat that gave it to you, and ask your IT team if "
        "you are unsure.",
    )


LONG_WORD = 24  # characters: a word this long may not fit a line, so it gets break points
_BREAK_AFTER = "./-_?&=]"


def breakable(text: str) -> str:
    """`text` with invisible break points (U+200B) inside long words such as host names and
    addresses, so a label wraps them at a dot or slash instead of cutting them off."""
    words = []
    for word in text.split(" "):
        if len(word) >= LONG_WORD:
            word = "".join(
                c + "\u200b" if c in _BREAK_AFTER and word[i - 1 : i] != "[" else c
                for i, c in enumerate(word)
            )  # not inside a defanged "[.]"
        words.append(word)
    return " ".join(words)


def technique_label(technique: str) -> str:
    """ "T1059.001" with its ATT&CK name when known."""
    from app.forwarding.attack import TECHNIQUES  # the names live with the SIEM mapping

    if not technique:
        return ""
    name = TECHNIQUES.get(technique.split(".", 1)[0], ("", ()))[0]
    return f"ATT&CK {technique} ({name})" if name else f"ATT&CK {technique}"
