"""From findings and context to a score, a level and a one-sentence summary.

How the context changes the score (documented in docs/detection.md):
- a web page as the source adds 15 to any text that runs commands, unless the target is a
  terminal or a place that runs nothing: developers copy commands from web pages into
  terminals all day, so the page alone is no evidence there (what the page says about the
  script is: see provenance.py), and a text pasted into an editor does not run at all;
- the Run dialog or Explorer's address bar as the target adds 25 to any text that runs
  commands; anything there beyond a program name, a path or an address is at least
  `suspicious`, and such a command from a web page is `malicious`;
- the browser console as target adds 20 to script findings (cookies, tokens, remote scripts);
- a target that runs nothing (`other`: an editor, a chat box) takes 20 off, down to `info`,
  and there a command is `info` at most unless it is dressed up as a lure: what it would do
  cannot happen where it is pasted (a Makefile pasted into an editor); texts whose harm is in
  the words themselves (a scam's phone number, a sign-in code) keep their level (engine.py);
- an installer cleared by its provenance (its own project's page, or the trust list) with no
  lure trait is `info` at most outside the Run box and the console: it is never blocked;
- a command that a web page sharing nothing with its download host put into a terminal is
  blocked when it also has a lure trait (a disguise, a hidden window, a script posing as a
  picture...): without the trait it is a warning, since tutorials quote other people's
  installers all day; with it, there is no developer reading of the text left.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.detection.indicators import defang_host, parse_url
from app.detection.model import Context, Finding, Level, PasteTarget

MALICIOUS_AT = 70
SUSPICIOUS_AT = 40
# A finding of this weight or more is evidence on its own: what a waiver, a page's reading or a
# burst's sameness (guard/service.py) weighs; lighter ones are context.
WEIGHTY = 15

WEB_SOURCE_BONUS = 15
RUN_BOX_BONUS = 25
CONSOLE_SCRIPT_BONUS = 20
HARMLESS_TARGET_MALUS = 20

RUN_BOXES = (PasteTarget.RUN_DIALOG, PasteTarget.EXPLORER_BAR)
# Targets where being copied from a web page is no evidence: a terminal (developers copy
# commands from pages all day) and a place that runs nothing (an editor, a chat box).
QUIET_FOR_PAGES = (PasteTarget.TERMINAL, PasteTarget.OTHER)

# Rule tags that say what a text is when their finding is the strongest one.
# A lure asking for a wallet's recovery phrase is a scam text too, with no number to call (so
# not tagged scam-call, whose first pattern is the number the warning quotes).
KIND_TAGS = {"scam-call": "scam-text", "seed-phrase": "scam-text", "consentfix": "oauth-code"}
# Kinds whose harm is in the text itself (calling the number, handing over the code), so that
# a target which runs nothing does not make them any less.
HARM_IN_THE_TEXT = frozenset({"scam-text", "oauth-code"})
# Rule tags whose finding is harmful in the words alone, whatever the text is called: a
# device sign-in code someone hands you does its harm when you type it in, so it is no less
# pasted into an editor or a chat box.
HARM_IN_THE_TEXT_TAGS = frozenset({"device-code"})
# Rule tag of a device sign-in code handed to you: the warning says so, not "pasting this".
SIGN_IN_CODE_TAG = "sign-in-code"


def is_web_source(source: str | None) -> bool:
    return bool(source) and str(source).lower().startswith(("http://", "https://"))


def content_score(findings: Sequence[Finding], groups: dict[str, str]) -> int:
    """Sum of weights, counting only the strongest finding of each group; 0..100."""
    best: dict[str, int] = {}
    total = 0
    for f in findings:
        group = groups.get(f.rule_id, "")
        if group:
            best[group] = max(best.get(group, -1000), f.weight)
        else:
            total += f.weight
    return max(0, min(100, total + sum(best.values())))


def content_kind(
    findings: Sequence[Finding], rules: Mapping[str, object], runs: bool, script: bool
) -> str:
    """What the text is (model.KINDS), from its strongest finding and whether it runs."""
    strongest = max(findings, key=lambda f: f.weight, default=None)
    if strongest is not None and strongest.weight > 0:
        for tag in getattr(rules.get(strongest.rule_id), "tags", ()):
            if tag in KIND_TAGS:
                return KIND_TAGS[tag]
    return "command" if runs else "code" if script else "text"


def level_for(score: int, has_findings: bool) -> Level:
    if score >= MALICIOUS_AT:
        return Level.MALICIOUS
    if score >= SUSPICIOUS_AT:
        return Level.SUSPICIOUS
    return Level.INFO if has_findings else Level.CLEAN


def apply_context(
    score: int,
    level: Level,
    context: Context,
    runs_commands: bool,
    script: bool,
    beyond: bool = False,
    cleared: bool = False,
    stranger_lure: bool = False,
    lure_trait: bool = False,
    official: bool = False,
) -> tuple[int, Level]:
    """Score and level once the source and the target are known.

    `beyond`: the text is more than a program name, a path or an address (runbox.py);
    `cleared`: every download is an official installer or comes from the page's own project,
    and nothing in the text is a lure trait;
    `stranger_lure`: the text has a lure trait and the page shares no owner with any download;
    `lure_trait`: the text (or its page) has a lure trait, whatever the downloads;
    `official`: every download is an official installer of the trust list (nothing else in the
    text weighs): in the Run box from a page it is a warning, as typed, not a block.
    """
    web = is_web_source(context.source)
    # the context adds to what the text shows; on its own it is no evidence (`control` typed
    # into the Run box from a help page is fine)
    found = score > 0
    if found and runs_commands and web and context.target not in QUIET_FOR_PAGES:
        score += WEB_SOURCE_BONUS
    if found and context.target in RUN_BOXES and runs_commands:
        score += RUN_BOX_BONUS
    if context.target is PasteTarget.BROWSER_CONSOLE and script:
        score += CONSOLE_SCRIPT_BONUS
    if context.target is PasteTarget.OTHER:
        score -= HARMLESS_TARGET_MALUS
    score = max(0, min(100, score))
    new_level = level_for(score, level > Level.CLEAN)
    if context.target in RUN_BOXES and beyond:
        new_level = max(new_level, Level.SUSPICIOUS)
        score = max(score, SUSPICIOUS_AT)
        if web and beyond and not (official and not lure_trait):
            # a command a page wrote for the Run box is a block (issue 9); one that only runs
            # a vendor's official installer lets the page choose nothing harmful: a warning,
            # as when typed (AWS's docs give `msiexec /i https://awscli.amazonaws.com/...`)
            new_level, score = Level.MALICIOUS, max(score, MALICIOUS_AT)
    elif cleared and context.target is not PasteTarget.BROWSER_CONSOLE:
        new_level = min(new_level, Level.INFO)
        score = min(score, SUSPICIOUS_AT - 1)
    elif (
        stranger_lure
        and web
        and runs_commands
        and context.target is PasteTarget.TERMINAL
        and new_level >= Level.SUSPICIOUS
    ):
        new_level, score = Level.MALICIOUS, max(score, MALICIOUS_AT)
    if context.target is PasteTarget.OTHER and not lure_trait:
        new_level = min(new_level, Level.INFO)  # nothing runs there
        score = min(score, SUSPICIOUS_AT - 1)
    if context.target is PasteTarget.OTHER and level >= Level.INFO:
        new_level = max(new_level, Level.INFO)
    return score, new_level


def summarize(
    level: Level,
    findings: Sequence[Finding],
    context: Context,
    host: str | None,
    installer: str | None,
    kind: str,
    sign_in_code: bool = False,
) -> str:
    """One plain sentence for the warning: what it would do, and where it came from.

    `sign_in_code`: the strongest finding is a device sign-in code someone handed over."""
    if level is Level.CLEAN:
        return "Nothing risky found."
    if level is Level.INFO:
        if installer:
            where = f" from {defang_host(host)}" if host else ""
            return f"Looks like the official {installer} installer: it runs a script{where}."
        top = max(findings, key=lambda f: f.weight).title if findings else "Notable text"
        return f"{top}; nothing here looks harmful on its own."
    web = is_web_source(context.source)
    page = defang_host(_host_of(context.source or "")) if web else ""
    if kind == "scam-text":
        if web:
            return (
                f"A web page ({page}) put a scam text with a phone number on your clipboard: "
                "don't call it."
            )
        return "This is a scam text with a phone number: don't call it."
    if kind == "oauth-code":
        return (
            "This is a sign-in address that carries a code for your account: don't paste it "
            "into a web page, whoever gets it can sign in as you."
        )
    if sign_in_code:
        at = f" at {defang_host(host)}" if host else ""
        said = f"A web page ({page}) gave you" if web else "This is"
        return (
            f"{said} a sign-in code someone wants you to type in{at}: don't enter it, "
            "it would sign their device into your account."
        )
    ranked = sorted(findings, key=lambda f: -f.weight)
    action = next((f.action for f in ranked if f.action), "") or "run commands on your computer"
    shown_host = defang_host(host) if host else ""
    if "{host}" in action:
        action, where = action.replace("{host}", shown_host or "another site"), ""
    else:
        where = f" from {shown_host}" if shown_host and " from " not in action else ""
    what = {"command": "a command", "code": "code"}.get(kind, "text")
    if web:
        return f"A web page ({page}) put {what} on your clipboard that would {action}{where}."
    if kind == "command":
        return f"This is a command that would {action}{where}."
    if kind == "code":
        return f"This code would {action}{where}."
    return f"Pasting this could {action}{where}."


def _host_of(url: str) -> str:
    parsed = parse_url(url)
    return parsed.host if parsed else url[:80]
