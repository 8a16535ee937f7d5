"""What every command shares: exit statuses, usage errors, output helpers."""

from __future__ import annotations

from typing import IO

EXIT_OK = 0
EXIT_FLAGGED = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """A mistake in how the command was called: exit status 2 with a message."""


def ascii_json(out: IO[str]) -> bool:
    """Escape non-ASCII in JSON unless the output takes UTF-8, so no character is lost."""
    encoding = (getattr(out, "encoding", None) or "utf-8").lower().replace("-", "")
    return encoding != "utf8"
