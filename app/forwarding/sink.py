"""What every forwarding destination offers the forwarder, and how it reports a failure."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from app.events import Event


class SinkError(Exception):
    """The collector did not take (all of) a batch; the forwarder retries it later.

    `accepted` holds the positions in the batch that the collector did confirm (a partial
    Elastic bulk, an HTTP request that went through before a later one failed): those are done.
    """

    def __init__(self, message: str, accepted: Iterable[int] = ()) -> None:
        super().__init__(message)
        self.accepted = frozenset(accepted)


class Sink(Protocol):
    """A destination for events. Called from the forwarder's thread only; `send` blocks for at
    most about its timeout and returns only when the collector accepted the whole batch."""

    def send(self, events: Sequence[Event]) -> None:
        """Deliver the batch or raise SinkError."""
        ...

    def close(self) -> None:
        """Release connections; a later `send` opens them again."""
        ...
