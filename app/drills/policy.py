"""The policy's `[training]` table: when drills happen, to whom, and which lure they imitate.

[training]
campaign = "2026-q4"                 # each person gets one drill per campaign
styles = ["fake-captcha", "fix-error", "filefix", "console"]
start = 2026-12-07                   # first and last day (TOML dates, local time)
end = 2026-12-18
hours = [9, 16]                      # from 9:00 to before 16:00, local time
weekdays = ["mon", "tue", "wed", "thu", "fri"]
users = ["*"]                        # login names, or "*" for everyone
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

STYLES = ("fake-captcha", "fix-error", "filefix", "console")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
KEYS = ("campaign", "styles", "start", "end", "hours", "weekdays", "users")
_CAMPAIGN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
MAX_USERS = 10_000


@dataclass(frozen=True)
class TrainingPolicy:
    campaign: str
    styles: tuple[str, ...]
    start: dt.date
    end: dt.date
    hours: tuple[int, int] = (9, 16)
    weekdays: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday = 0
    users: tuple[str, ...] = ("*",)

    def includes(self, user: str) -> bool:
        return "*" in self.users or user.casefold() in {u.casefold() for u in self.users}


def parse_training(
    table: object, where: str = "training."
) -> tuple[TrainingPolicy | None, list[str]]:
    """The `[training]` table, and one sentence per problem (the policy is invalid if any)."""
    if not isinstance(table, Mapping):
        return None, ["training must be a [training] table"]
    errors = [f"{where}{k} is not a known setting (a typo?)" for k in table if k not in KEYS]
    campaign: Any = table.get("campaign")
    if not isinstance(campaign, str) or not _CAMPAIGN.fullmatch(campaign):
        errors.append(f"{where}campaign must name the campaign (letters, digits, . _ -)")
    styles: Any = table.get("styles", list(STYLES))
    if not isinstance(styles, list) or not styles or not all(s in STYLES for s in styles):
        errors.append(f"{where}styles must be a list of: {', '.join(STYLES)}")
        styles = list(STYLES)
    start, end = table.get("start"), table.get("end")
    for name, value in (("start", start), ("end", end)):
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            errors.append(f"{where}{name} must be a date such as 2026-12-07 (no quotes)")
    if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start:
        errors.append(f"{where}end is before start")
    hours: Any = table.get("hours", [9, 16])
    if (
        not isinstance(hours, list)
        or len(hours) != 2
        or not all(isinstance(h, int) and not isinstance(h, bool) for h in hours)
        or not 0 <= hours[0] < hours[1] <= 24
    ):
        errors.append(f"{where}hours must be [from, to] in whole hours, such as [9, 16]")
        hours = [9, 16]
    days: Any = table.get("weekdays", list(WEEKDAYS[:5]))
    if not isinstance(days, list) or not days or not all(d in WEEKDAYS for d in days):
        errors.append(f"{where}weekdays must be a list of: {', '.join(WEEKDAYS)}")
        days = list(WEEKDAYS[:5])
    users: Any = table.get("users", ["*"])
    if (
        not isinstance(users, list)
        or not users
        or len(users) > MAX_USERS
        or not all(isinstance(u, str) and u.strip() for u in users)
    ):
        errors.append(f'{where}users must be a list of login names, or ["*"] for everyone')
        users = ["*"]
    if errors:
        return None, errors
    return (
        TrainingPolicy(
            campaign=campaign,
            styles=tuple(dict.fromkeys(styles)),
            start=start,  # type: ignore[arg-type]
            end=end,  # type: ignore[arg-type]
            hours=(hours[0], hours[1]),
            weekdays=tuple(sorted({WEEKDAYS.index(d) for d in days})),
            users=tuple(u.strip() for u in users),
        ),
        [],
    )
