"""The bounds every interpreter works within: steps, nesting, value sizes and a deadline.

An interpreter ticks its budget for each node it visits; when the budget runs out it raises
`OutOfBudget`, which the interpreter's entry point catches to return what it has so far.
"""

from __future__ import annotations

from app.detection.clock import budget_clock

MAX_STEPS = 10_000  # nodes visited (evaluated or rendered) per interpretation, nested ones included
MAX_DEPTH = 120  # nested evaluation calls (wrapper chains are walked without recursion)
MAX_STRING = 64 * 1024  # characters of one evaluated string
MAX_ITEMS = 4096  # elements of one evaluated array
MAX_NESTED_CODE = 3  # code run by code (iex of iex of iex)
DEFAULT_MS = 15.0


_clock = budget_clock  # CPU time, as the engine's whole budget (app/detection/clock.py)


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
        self.deadline = _clock() + ms / 1000.0
        self.exhausted = False

    def tick(self, n: int = 1) -> None:
        self.steps -= n
        # the clock is read once every 256 steps: perf_counter costs more than a step
        if self.steps < 0 or (self.steps & 0xFF == 0 and _clock() > self.deadline):
            self.exhausted = True
            raise OutOfBudget

    def remaining_ms(self) -> float:
        return max(0.0, (self.deadline - _clock()) * 1000.0)

    def expired(self) -> bool:
        if self.steps < 0 or _clock() > self.deadline:
            self.exhausted = True
        return self.exhausted
