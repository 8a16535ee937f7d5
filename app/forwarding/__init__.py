"""Forwarding events to the organisation's SIEM: ECS documents over syslog, HTTP or the Windows
Event Log, delivered at least once from the event store's outbox."""

from app.forwarding.ecs import to_ecs, to_ecs_json
from app.forwarding.forwarder import Forwarder, SinkStatus, sinks_from_settings
from app.forwarding.http import HttpSink
from app.forwarding.sink import Sink, SinkError
from app.forwarding.syslog import SyslogSink
from app.forwarding.winevent import WinEventSink

__all__ = [
    "Forwarder",
    "HttpSink",
    "Sink",
    "SinkError",
    "SinkStatus",
    "SyslogSink",
    "WinEventSink",
    "sinks_from_settings",
    "to_ecs",
    "to_ecs_json",
]
