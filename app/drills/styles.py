"""The lures a drill imitates: what the page says, where it asks for the paste, the inert command.

Every drill command is inert where it is pasted (an `echo`, a `console.log`) and carries the
marker `PGDRILL-<nonce>`: the nonce is random per drill and lives only in the guard's memory,
so the text cannot be forged ahead of time, and the guard also requires that the text came
from its own loopback page (see app.drills.coordinator).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.detection.model import PasteTarget

MARKER = "PGDRILL-"


@dataclass(frozen=True)
class DrillStyle:
    id: str
    name: str  # for administrators and the results
    page_title: str  # what the browser tab says (an imitation)
    heading: str
    button: str
    steps: tuple[str, ...]  # the instructions the lure gives, after the click
    target: PasteTarget  # where the lure asks for the paste
    command: str  # the inert command; {marker} is replaced with MARKER + nonce
    signs: tuple[str, str, str]  # the three signs a person could have spotted
    next_time: str

    def command_for(self, nonce: str) -> str:
        return self.command.format(marker=MARKER + nonce)


STYLES: dict[str, DrillStyle] = {
    s.id: s
    for s in (
        DrillStyle(
            id="fake-captcha",
            name="Fake CAPTCHA with Win+R",
            page_title="Just a moment...",
            heading="Verify you are human",
            button="I'm not a robot",
            steps=(
                "Press and hold the Windows key and press R.",
                "Press Ctrl and V together.",
                "Press Enter to finish the verification.",
            ),
            target=PasteTarget.RUN_DIALOG,
            command="cmd /c echo PasteGuard security drill - nothing was run   # {marker}",
            signs=(
                "A real CAPTCHA never asks you to press keys outside the web page.",
                "The page put text on your clipboard without you selecting anything.",
                "Win+R runs whatever is pasted: no website needs that to check you are human.",
            ),
            next_time="Close the page, do not press the keys, and tell your IT team about it.",
        ),
        DrillStyle(
            id="fix-error",
            name='Fake "fix the error" page with Terminal',
            page_title="Document preview failed",
            heading="This document could not be displayed",
            button="Copy the fix",
            steps=(
                "Open Terminal (Windows: press Win+X, then I).",
                "Paste the fix with Ctrl+Shift+V (or right-click).",
                "Press Enter and reload this page.",
            ),
            target=PasteTarget.TERMINAL,
            command='echo "PasteGuard security drill - nothing was run"   # {marker}',
            signs=(
                "A web page cannot be fixed by running commands on your computer.",
                "It pushed you to act fast to see a document you were waiting for.",
                "The 'fix' was copied for you, so you could not read what it does.",
            ),
            next_time="Never paste what a web page gives you into a terminal; ask IT instead.",
        ),
        DrillStyle(
            id="filefix",
            name="Explorer address bar (FileFix)",
            page_title="Shared file - HR-Policy-2026.docx",
            heading="Open the shared file in File Explorer",
            button="Copy the file path",
            steps=(
                "Press Win+E to open File Explorer.",
                "Click the address bar at the top and press Ctrl+V.",
                "Press Enter to open the file.",
            ),
            target=PasteTarget.EXPLORER_BAR,
            command=(
                "cmd /c echo PasteGuard security drill - nothing was run"
                "                                  # C:\\company\\HR-Policy-2026.docx {marker}"
            ),
            signs=(
                "A file path does not start with a command: only the end of the text was visible.",
                "Explorer's address bar runs programs, not only opens folders.",
                "Real file shares open with a link, not with a pasted path.",
            ),
            next_time="Open shared files from the link or the app you know; report the page.",
        ),
        DrillStyle(
            id="console",
            name='Browser console "verification"',
            page_title="Account verification",
            heading="Verify your account to continue",
            button="Copy verification code",
            steps=(
                "Press F12 (or Ctrl+Shift+J) to open the console.",
                "Click in the console and press Ctrl+V.",
                "Press Enter to verify your account.",
            ),
            target=PasteTarget.BROWSER_CONSOLE,
            command='console.log("PasteGuard security drill - nothing was run") // {marker}',
            signs=(
                "The browser console is for developers: no site verifies you through it.",
                "Browsers themselves warn about pasting into the console.",
                "Code pasted there acts as you on the site: your account, your messages.",
            ),
            next_time="Never paste into the console because a page or a person asks you to.",
        ),
    )
}
