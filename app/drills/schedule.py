"""When a person's drill happens: one slot per campaign, spread over the window, kept once done.

The slot is drawn from a hash of campaign, user and computer, so it is the same at every start
(a restart never reschedules), differs from person to person (no fleet-wide "drill day" that
spreads by word of mouth), and needs no server. A computer that was off at the slot runs the
drill at the next time within the allowed hours and weekdays, until the campaign's last day.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from app.config.files import write_private
from app.drills.policy import TrainingPolicy

STATE_FILE = "drills.json"
MAX_DONE = 200


def _digest(policy: TrainingPolicy, user: str, host: str) -> bytes:
    key = f"{policy.campaign}\0{user.casefold()}\0{host.casefold()}"
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).digest()


def slot(policy: TrainingPolicy, user: str, host: str) -> dt.datetime | None:
    """The local time of this person's drill, or None when the window has no allowed day."""
    days: list[dt.date] = []
    day = policy.start
    while day <= policy.end and len(days) < 3660:
        if day.weekday() in policy.weekdays:
            days.append(day)
        day += dt.timedelta(days=1)
    if not days:
        return None
    digest = _digest(policy, user, host)
    chosen = days[int.from_bytes(digest[:4], "big") % len(days)]
    minutes = (policy.hours[1] - policy.hours[0]) * 60
    minute = int.from_bytes(digest[4:8], "big") % minutes
    return dt.datetime.combine(chosen, dt.time(policy.hours[0])) + dt.timedelta(minutes=minute)


def style_for(policy: TrainingPolicy, user: str, host: str) -> str:
    return policy.styles[_digest(policy, user, host)[8] % len(policy.styles)]


class DrillSchedule:
    """Asked by the guard's housekeeping (worker thread): is a drill due now?"""

    def __init__(
        self,
        policy: TrainingPolicy,
        user: str,
        host: str,
        data_dir: Path,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        self.policy = policy
        self.user = user
        self.host = host
        self.path = data_dir / STATE_FILE
        self.now = now
        self.slot = slot(policy, user, host) if policy.includes(user) else None

    def _done(self) -> list[str]:
        try:
            value = json.loads(self.path.read_text(encoding="utf-8")).get("done", [])
        except (OSError, ValueError, AttributeError):
            return []
        return [str(v) for v in value] if isinstance(value, list) else []

    def due(self) -> str | None:
        """The style to run now, or None."""
        if self.slot is None:
            return None
        now = self.now()
        policy = self.policy
        if now < self.slot or now.date() > policy.end:
            return None
        if (
            now.weekday() not in policy.weekdays
            or not policy.hours[0] <= now.hour < policy.hours[1]
        ):
            return None
        if policy.campaign in self._done():
            return None
        return style_for(policy, self.user, self.host)

    def mark_done(self) -> None:
        done = [*self._done(), self.policy.campaign][-MAX_DONE:]
        write_private(self.path, json.dumps({"done": done}).encode("utf-8"))
