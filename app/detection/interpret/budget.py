"""The bounds every interpreter works within: steps, nesting, value sizes and a deadline.

An interpreter ticks its budget for each node it visits; when the budget runs out it raises
`OutOfBudget`, which the interpreter's entry point catches to return what it has so far.
"""

from __future__ import annotations

import time

from app.detection.clock import budget_clock

MAX_STEPS = 10_000  # nodes visited (evaluated or rendered) per interpretation, nested ones included
MAX_DEPTH = 120  # nested evaluation calls (wrapper chains are walked without recursion)
MAX_STRING = 64 * 1024  # characters of one evaluated string
MAX_ITEMS = 4096  # elements of one evaluated array
MAX_NESTED_CODE = 3  # code run by code (iex of iex of iex)
DEFAULT_MS = 15.0


_clock = budget_clock  # CPU time, as the engine's whole budget (app/detection/clock.py)
# Reading a thread's CPU time is a system call (~1.5 us here, as much as a few hundred steps);
# the wall clock is not. A thread's CPU time cannot pass faster than the wall clock, so while
# less wall time has passed than the budget had left (less this margin, for two clocks' ticks),
# the deadline cannot have been reached and the CPU clock is not read.
WALL_MARGIN_S = 0.0005


class OutOfBudget(Exception):
    """Raised inside an interpreter when its budget is spent; never escapes `interpret`."""


class Budget:
    def __init__(
        self, steps: int = MAX_STEPS, ms: float = DEFAULT_MS, strict: bool = False
    ) -> None:
        self.steps = steps
        # a programming error raises instead of leaving the reading incomplete (the tests: the
        # caller's composition root decides, app/cli.py or tests/conftest.py)
        self.strict = strict
        now = _clock()
        self.deadline = now + ms / 1000.0
        self.exhausted = False
        # until this wall-clock time, the deadline cannot have passed (WALL_MARGIN_S)
        self.safe_until = time.perf_counter() + ms / 1000.0 - WALL_MARGIN_S

    def past_deadline(self) -> bool:
        """Whether the CPU clock is past the deadline (read only when it may be)."""
        return time.perf_counter() >= self.safe_until and _clock() > self.deadline

    def tick(self, n: int = 1) -> None:
        self.steps -= n
        # the clock is read once every 256 steps: perf_counter costs more than a step
        if self.steps < 0 or (self.steps & 0xFF == 0 and self.past_deadline()):
            self.exhausted = True
            raise OutOfBudget

    def remaining_ms(self, at_most: float | None = None) -> float:
        """The CPU milliseconds left (at most `at_most`: then the CPU clock is read only when
        less than that may be left)."""
        if at_most is not None:
            left = (self.safe_until - time.perf_counter()) * 1000.0  # at least this is left
            if left >= at_most:
                return at_most
            return min(at_most, max(0.0, (self.deadline - _clock()) * 1000.0))
        return max(0.0, (self.deadline - _clock()) * 1000.0)

    def expired(self) -> bool:
        if self.steps < 0 or self.past_deadline():
            self.exhausted = True
        return self.exhausted
