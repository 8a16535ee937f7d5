"""The event store: events, quarantine and the forwarding outbox in one private SQLite file."""

from app.storage.faults import StoreUnavailable
from app.storage.store import EventFilter, EventStore, OutboxItem, QuarantineItem

__all__ = ["EventFilter", "EventStore", "OutboxItem", "QuarantineItem", "StoreUnavailable"]
