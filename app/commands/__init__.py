"""What every command shares: exit statuses and usage errors."""

from __future__ import annotations

import os
import sys

EXIT_OK = 0
EXIT_FLAGGED = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """A mistake in how the command was called: exit status 2 with a message."""


def clipboard_error(doing: str, exc: Exception) -> UsageError:
    """The clipboard could not be read or written from the command line: why, plainly.

    Without a desktop session pyperclip said "could not find a copy/paste mechanism" and to
    `apt-get install xclip`, which was installed: the session was what was missing."""
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        return UsageError(
            f"cannot {doing} the clipboard: no desktop session here (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set); run it from the desktop whose clipboard you mean"
        )
    return UsageError(f"cannot {doing} the clipboard: {exc}")
