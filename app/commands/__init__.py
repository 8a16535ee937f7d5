"""What every command shares: exit statuses and usage errors."""

from __future__ import annotations

EXIT_OK = 0
EXIT_FLAGGED = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """A mistake in how the command was called: exit status 2 with a message."""
