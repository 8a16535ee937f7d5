"""What a person trusted from a warning: scoped, dated, bounded, and never a malicious text.

"Trust this site" used to be one permanent click on the scam page itself. Now a site is
trusted for a number of days (at most `MAX_DAYS`) or until PasteGuard restarts, each grant
says when it was given and why, and only texts below `malicious` from that site are let
through. ("This text once" is not a grant: the guard lets that one text through, as "Paste
anyway" does.)

Grants for days are kept in a small JSON file in the private data folder so that a restart
keeps them; grants until restart live in memory. The hook thread reads `site_trusted`
(a tuple replaced whole, so the read needs no lock); the file is written by the worker.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

log = logging.getLogger(__name__)

FILE_NAME = "trust-grants.json"
DEFAULT_DAYS = 7
MAX_DAYS = 30  # a person's trust in a site is revisited at least this often
MAX_GRANTS = 200  # the oldest go first


@dataclass(frozen=True)
class Grant:
    site: str  # a host name, lower case
    granted: float  # time.time() when it was given
    until: float | None  # time.time() when it ends; None: until PasteGuard restarts
    reason: str  # what the warning was about, in one line

    def active(self, now: float) -> bool:
        return self.until is None or now < self.until

    def covers(self, host: str) -> bool:
        """The site itself and every host under it."""
        return host == self.site or host.endswith("." + self.site)


class Grants:
    """The sites a person trusted; `path` None keeps everything in memory."""

    def __init__(self, path: Path | None, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self.clock = clock
        self._grants: tuple[Grant, ...] = self._load()

    def _load(self) -> tuple[Grant, ...]:
        if self.path is None or not self.path.exists():
            return ()
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            now = self.clock()
            grants = tuple(
                Grant(str(g["site"]), float(g["granted"]), float(g["until"]), str(g["reason"]))
                for g in raw[-MAX_GRANTS:]
                if isinstance(g, dict) and g.get("until") is not None
            )
            return tuple(g for g in grants if g.active(now))
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("the trusted-site grants could not be read; starting without them")
            return ()

    @property
    def all(self) -> tuple[Grant, ...]:
        now = self.clock()
        return tuple(g for g in self._grants if g.active(now))

    def add(self, site: str, days: int | None, reason: str) -> Grant:
        """Trust `site` for `days` (capped at MAX_DAYS) or, with None, until restart."""
        now = self.clock()
        until = None if days is None else now + 86400.0 * max(1, min(days, MAX_DAYS))
        grant = Grant(site.lower(), now, until, reason[:200])
        kept = tuple(g for g in self.all if g.site != grant.site)
        self._grants = (*kept, grant)[-MAX_GRANTS:]
        return grant

    def revoke(self, site: str) -> Grant | None:
        """End the trust in `site` now (any thread: the tuple is replaced whole); the grant that
        ended, or None when the site was not trusted. The file is rewritten by `save`."""
        site = site.lower()
        now = self.clock()
        ended = next((g for g in self._grants if g.site == site and g.active(now)), None)
        self._grants = tuple(g for g in self._grants if g.site != site)
        return ended

    def site_trusted(self, host: str) -> bool:
        if not host or not self._grants:
            return False
        now = self.clock()
        return any(g.active(now) and g.covers(host) for g in self._grants)

    def save(self) -> None:
        """Write the grants for days (worker thread); a failure is logged, never raised."""
        if self.path is None:
            return
        lasting = [asdict(g) for g in self.all if g.until is not None]
        tmp = self.path.with_suffix(".tmp")
        try:
            tmp.write_text(json.dumps(lasting), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            log.exception("the trusted-site grants could not be saved")
