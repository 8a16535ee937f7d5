"""The clock an analysis's time budget is kept in: the analysing thread's CPU time.

The budget bounds the work attacker text can cause. Kept in CPU time, the same text gets the
same verdict on a busy machine as on an idle one; in wall time, a loaded machine cut analyses
short and turned ordinary long texts `suspicious` (seen under a load of 8 on two cores).
"""

from __future__ import annotations

import time


def budget_clock() -> float:
    """Seconds of this thread's CPU time; compare only with other readings of this thread."""
    return time.thread_time()
