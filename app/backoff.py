"""How long to wait before trying again after failures: the one doubling rule of the app.

The event store waits this long before writing again after the disk or a lock failed
(app.storage.faults.Backoff); forwarding waits this long, with jitter, before sending an
undelivered event again (app.forwarding.forwarder).
"""

from __future__ import annotations


def doubling(failures: int, first: float, ceiling: float) -> float:
    """`first` seconds after one failure, twice as long after each further one, at most
    `ceiling`; 0 before any failure."""
    if failures <= 0:
        return 0.0
    return min(ceiling, first * 2.0 ** min(failures - 1, 64))
