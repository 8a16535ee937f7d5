"""Captured text made safe to look at: defanged, invisible characters shown, lure tricks marked.

A ClickFix command hides in plain sight: dozens of spaces push it out of the Run box, and a
comment such as `# I am not a robot - Verification ID: 7537` is all the person sees. Here the
padding becomes "[… 60 spaces …]", the fake tail is marked, and control, zero-width and bidi
characters are shown by name instead of acting.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

import re2

from app.detection.display import visible
from app.detection.indicators import defang

PADDING_RUN = 12  # blank characters in a row that count as padding (as the padding signal does)
MAX_SHOWN = 2000  # characters shown at first; the rest is one click away

# Lure words of the fake verification tail (a short cousin of the engine's lure signal).
_LURE = re2.compile(
    r"(?i)not\s+a\s+r[o0]b[o0]t|\bhuman\b|captcha|\bverif(?:y|ied|ication)\b|\bray\s+id\b"
    r"|cloudflare|\bbot\s*check|✅|✔|☑|🔒|🛡"
)
_COMMENT_MARKS = ("#", "::", "//", "REM ", "rem ", "Rem ")

TEXT, PADDING, CONTROL, TAIL, NEWLINE = "text", "padding", "control", "tail", "newline"
PHONE = "phone"  # the number a tech-support scam text wants called


@dataclass(frozen=True)
class Piece:
    """A run of the shown text and what it is: plain text, padding, a control character, the
    fake tail, or a line break."""

    kind: str
    text: str


def _blank(c: str) -> bool:
    return c.isspace() and c not in "\n\r"


@dataclass(frozen=True)
class Words:
    """The words of the marks, in the interface's language (the warning passes them in)."""

    spaces: str = "{n} spaces"
    blanks: str = "{n} blank characters"
    more: str = "{n} more characters"


def _padding_label(run: str, words: Words = Words()) -> str:
    what = words.spaces if set(run) == {" "} else words.blanks
    return f"[… {what.format(n=len(run))} …]"


def tail_start(text: str) -> int | None:
    """Where the fake "I am not a robot" comment starts, if the text ends a line with one."""
    for line_start, line in _lines(text):
        for mark in _COMMENT_MARKS:
            at = line.find(mark)
            while at > 0:
                before = line[:at]
                # a mark glued to a word is part of it (https://, page#part), not a comment
                if before[-1].isspace():
                    after_padding = len(before) - len(before.rstrip()) >= PADDING_RUN
                    if after_padding or _LURE.search(line[at:]):
                        return line_start + at
                at = line.find(mark, at + 1)
    return None


def _lines(text: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for line in text.split("\n"):
        out.append((start, line))
        start += len(line) + 1
    return out


def pieces(text: str, words: Words = Words()) -> list[Piece]:
    """The pieces of `text` (defanged) to show, in order."""
    shown = defang(text)
    tail = tail_start(shown)
    out: list[Piece] = []
    plain: list[str] = []

    def flush() -> None:
        if plain:
            out.append(Piece(TEXT, "".join(plain)))
            plain.clear()

    i, end = 0, len(shown)
    while i < end:
        if tail is not None and i == tail:
            flush()
            line_end = shown.find("\n", i)
            line_end = end if line_end < 0 else line_end
            out.append(Piece(TAIL, visible(shown[i:line_end])))
            i = line_end
            continue
        c = shown[i]
        if _blank(c):
            stop = end if tail is None or tail <= i else tail
            j = i
            while j < stop and _blank(shown[j]):
                j += 1
            run = shown[i:j]
            if len(run) >= PADDING_RUN:
                flush()
                out.append(Piece(PADDING, _padding_label(run, words)))
            else:
                for blank in run:
                    if blank == " ":
                        plain.append(blank)
                    else:  # a tab, or a Unicode space that may hide a trick: named
                        flush()
                        shown_as = visible(blank) if blank == "\t" else _name(blank)
                        out.append(Piece(CONTROL, shown_as))
            i = j
            continue
        if c == "\n":
            flush()
            out.append(Piece(NEWLINE, "⏎"))
        elif visible(c) != c:
            flush()
            out.append(Piece(CONTROL, visible(c)))
        else:
            plain.append(c)
        i += 1
    flush()
    return out


def _name(c: str) -> str:
    """A Unicode space other than the plain one, by code point: it may hide a trick."""
    return f"<U+{ord(c):04X}>"


STYLES = {
    PADDING: "background-color:#fff1c2; color:#6b4f00;",
    CONTROL: "background-color:#ffd8d3; color:#a40e26;",
    TAIL: "background-color:#eadcff; color:#4b2a85;",
    PHONE: "background-color:#ffd8d3; color:#82071e; font-weight:bold; text-decoration:underline;",
}


def mark_phones(found: list[Piece], phones: list[str]) -> list[Piece]:
    """Split plain pieces so each phone number the verdict names is a piece of its own."""
    numbers = sorted({p for p in phones if p}, key=len, reverse=True)
    if not numbers:
        return found
    out: list[Piece] = []
    for piece in found:
        if piece.kind != TEXT:
            out.append(piece)
            continue
        rest = piece.text
        while rest:
            hits = [(rest.find(n), n) for n in numbers if n in rest]
            if not hits:
                out.append(Piece(TEXT, rest))
                break
            at, number = min(hits)
            if at:
                out.append(Piece(TEXT, rest[:at]))
            out.append(Piece(PHONE, number))
            rest = rest[at + len(number) :]
    return out


# Emoji lures use, and a plain mark for each where no installed font can draw it (a box
# with a question mark, or nothing at all, hides what the lure says).
PLAIN_MARKS = {
    "\u2705": "\u2713",  # white heavy check mark -> check mark
    "\u2714": "\u2713",
    "\u2611": "[\u2713]",
    "\u274c": "\u2717",  # cross mark -> ballot x
    "\U0001f512": "[lock]",
    "\U0001f6e1": "[shield]",
    "\U0001f916": "[robot]",
    "\ufe0f": "",  # the emoji presentation selector, meaningless without the emoji
}


def with_plain_marks(text: str, has_glyph: Callable[[str], bool]) -> str:
    """`text` with each emoji no font can draw replaced by its plain mark."""
    if text.isascii():
        return text
    return "".join(PLAIN_MARKS[c] if c in PLAIN_MARKS and not has_glyph(c) else c for c in text)


def to_html(
    text: str,
    limit: int | None = MAX_SHOWN,
    phones: list[str] | None = None,
    has_glyph: Callable[[str], bool] | None = None,
    words: Words = Words(),
) -> str:
    """`text` as HTML for a read-only text view, the marked pieces highlighted."""
    cut = text if limit is None else text[:limit]
    if has_glyph is not None:
        cut = with_plain_marks(cut, has_glyph)
    parts = []
    for piece in mark_phones(pieces(cut, words), phones or []):
        escaped = html.escape(piece.text)
        if piece.kind == NEWLINE:
            parts.append(f'<span style="{STYLES[CONTROL]}">{escaped}</span><br/>')
        elif piece.kind in STYLES:
            parts.append(f'<span style="{STYLES[piece.kind]}">{escaped}</span>')
        else:
            parts.append(escaped)
    if limit is not None and len(text) > limit:
        more = html.escape(words.more.format(n=len(text) - limit))
        parts.append(f"<i> [… {more} …]</i>")
    body = "".join(parts)
    return (
        '<div style="font-family:monospace; white-space:pre-wrap; '
        f'word-wrap:break-word;">{body}</div>'
    )


def marked_kinds(text: str, phones: list[str] | None = None) -> set[str]:
    """Which kinds of hidden trick `text` holds (for the legend under the command)."""
    return {p.kind for p in mark_phones(pieces(text[:MAX_SHOWN]), phones or [])} & set(STYLES)
