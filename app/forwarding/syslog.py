"""Syslog forwarding: RFC 5424 over TCP (RFC 6587 octet counting), UDP, or TLS (RFC 5425)."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import select
import socket
import ssl
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC
from urllib.parse import parse_qs, urlsplit

from app import __version__
from app.events import Event
from app.forwarding.ecs import corrected, encode, syslog_severity, to_ecs_json
from app.forwarding.sink import SinkError, failure_reason

FACILITIES = {
    "kern": 0, "user": 1, "mail": 2, "daemon": 3, "auth": 4, "syslog": 5, "lpr": 6,
    "news": 7, "uucp": 8, "cron": 9, "authpriv": 10, "ftp": 11,
    **{f"local{n}": 16 + n for n in range(8)},
}  # fmt: skip
DEFAULT_FACILITY = "local4"
DEFAULT_PORTS = {"tcp": 514, "udp": 514, "tls": 6514}
# The IANA example enterprise number (RFC 5612): a placeholder until PasteGuard has its own PEN.
SD_ID = "pasteguard@32473"
BOM = b"\xef\xbb\xbf"
# rsyslog's default maxMessageSize (8 KiB): a stock collector takes every message whole. Larger
# events lose evidence and text first (see ecs.to_ecs_json); raise it with ?max_bytes=65000.
DEFAULT_MAX_BYTES = 8192
UDP_MAX_BYTES = 65_000  # one IPv4 datagram carries at most 65,507 bytes of payload
SD_VALUE_MAX = 256  # characters per structured-data value; the JSON carries the full values
# Plain syslog has no receipt: what the collector's connection took may still be lost, unread, if
# the collector dies (its kernel then answers with a reset, not a close) or, over UDP, was not
# listening (an ICMP "port unreachable" comes back). The events sent lately are kept, and sent
# again on the next connection when the old one shows it was not read: the last ones a stream
# took (up to these many, this recent), the last batch of datagrams.
RESENT_AT_MOST = 2048
RESENT_WITHIN_S = 120.0

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyslogTarget:
    """Where to send: `tcp://host:port`, `udp://…` or `tls://…`, optionally with
    `?facility=auth&max_bytes=65000`."""

    scheme: str
    host: str
    port: int
    facility: int = FACILITIES[DEFAULT_FACILITY]
    max_bytes: int = DEFAULT_MAX_BYTES

    @classmethod
    def parse(cls, url: str) -> SyslogTarget:
        split = urlsplit(url.strip())
        scheme = split.scheme.lower()
        if scheme not in DEFAULT_PORTS:
            raise ValueError(f"syslog URL {url!r}: use tcp://, udp:// or tls://host:port")
        try:
            port = split.port or DEFAULT_PORTS[scheme]
        except ValueError:
            raise ValueError(f"syslog URL {url!r}: the port is not a number 1-65535") from None
        if not split.hostname:
            raise ValueError(f"syslog URL {url!r} names no host")
        query = {k: v[-1] for k, v in parse_qs(split.query).items()}
        facility = query.get("facility", DEFAULT_FACILITY).lower()
        if facility not in FACILITIES:
            raise ValueError(f"syslog URL {url!r}: unknown facility {facility!r}")
        limit = UDP_MAX_BYTES if scheme == "udp" else 1 << 20
        try:
            max_bytes = min(int(query.get("max_bytes", DEFAULT_MAX_BYTES)), limit)
        except ValueError:
            raise ValueError(f"syslog URL {url!r}: max_bytes is not a number") from None
        if max_bytes < 2048:
            raise ValueError(f"syslog URL {url!r}: max_bytes must be at least 2048")
        return cls(scheme, split.hostname, port, FACILITIES[facility], max_bytes)

    @property
    def display(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}"


def format_message(
    event: Event,
    *,
    app_name: str = "pasteguard",
    facility: int = FACILITIES[DEFAULT_FACILITY],
    procid: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> bytes:
    """One RFC 5424 message: header, structured data, then BOM and the ECS JSON as MSG."""
    pri = facility * 8 + syslog_severity(event)
    stamp = event.time.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    header = " ".join(
        (
            f"<{pri}>1",
            stamp,
            header_field(event.host, 255),
            header_field(app_name, 48),
            header_field(procid or str(os.getpid()), 128),
            header_field(event.kind, 32),
            structured_data(event),
        )
    )
    head = encode(header) + b" " + BOM
    return head + encode(to_ecs_json(event, max_bytes=max(max_bytes - len(head), 0)))


def header_field(value: str | None, limit: int) -> str:
    """A header field: 1 to `limit` printable US-ASCII characters, or the NILVALUE "-"."""
    text = "".join(c if "!" <= c <= "~" else "_" for c in (value or ""))[:limit]
    return text or "-"


def structured_data(event: Event) -> str:
    params = {
        "id": "" if event.id is None else str(event.id),
        "level": event.level,
        "score": str(event.score),
        "action": event.action,
        "rule": event.rules[0] if event.rules else "",
        "target": event.target or "",
        "corrects": (corrected(event) or {}).get("event_id", ""),
    }
    body = " ".join(f'{k}="{sd_escape(v)}"' for k, v in params.items() if v)
    origin = f'[origin software="PasteGuard" swVersion="{sd_escape(__version__)}"]'
    return f"[{SD_ID} {body}]{origin}" if body else f"[{SD_ID}]{origin}"


def sd_escape(value: str) -> str:
    """A PARAM-VALUE: `"`, `\\` and `]` escaped with a backslash (RFC 5424 section 6.3.3);
    control characters become spaces so the header stays one line for any reader."""
    value = value[:SD_VALUE_MAX]
    value = "".join(" " if ord(c) < 0x20 or c == "\x7f" else c for c in value)
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("]", "\\]")


class SyslogSink:
    """Sends batches to one syslog collector, keeping a TCP/TLS connection open between sends."""

    def __init__(
        self,
        url: str,
        ca_file: str | None = None,
        app_name: str = "pasteguard",
        timeout: float = 5.0,
    ) -> None:
        self.target = SyslogTarget.parse(url)
        self.ca_file = ca_file
        self.app_name = app_name
        self.timeout = timeout
        self._procid = str(os.getpid())
        self._sock: socket.socket | None = None
        # sent on the current connection, not known to be read (monotonic time sent, event)
        self._sent: deque[tuple[float, Event]] = deque(maxlen=RESENT_AT_MOST)
        self._again: list[Event] = []  # known not read: sent before the next batch
        # The forwarder's: queue events known not read in the store's outbox again, so a guard
        # stopped before the collector is back still sends them; True when that was done (then
        # they are not kept here). Unset (a sink on its own), or False: kept in memory.
        self.on_lost: Callable[[list[Event]], bool] | None = None

    def send(self, events: Sequence[Event]) -> None:
        if not events:
            return
        sock = None
        unreachable: OSError | None = None
        try:
            sock = self._connected()  # first: it may find the last events were not read
        except OSError as exc:  # said below, as a failed send; not tried a second time (a
            unreachable = exc  # collector that never answers cost twice the timeout)
        again = self._again
        batch = [*again, *events]
        messages = [
            format_message(
                e,
                app_name=self.app_name,
                facility=self.target.facility,
                procid=self._procid,
                max_bytes=self.target.max_bytes,
            )
            for e in batch
        ]
        sent = 0
        try:
            if unreachable is not None:
                raise unreachable
            assert sock is not None
            if self.target.scheme == "udp":
                for message in messages:
                    sock.send(message)
                    sent += 1
                _refused_now(sock)  # nobody listening: the ICMP answer is back within ms
            else:
                # RFC 6587 octet counting: "LEN SP MSG", so a message may hold any byte.
                frames = b"".join(b"%d %s" % (len(m), m) for m in messages)
                sock.sendall(frames)
        except OSError as exc:  # refused, reset, timeout, TLS failure, name resolution
            refused = isinstance(exc, ConnectionRefusedError)
            # a stream write may have been cut anywhere: all of it is sent again; datagrams
            # that left went, unless the port refused them (then none reached a collector)
            self._again = again if refused else again[sent:]
            if not isinstance(exc, TimeoutError):  # a reset: what the stream took is unread
                self._lost()
            self._sent.clear()
            self.close()
            taken = range(0) if refused else range(max(0, sent - len(again)))
            said = _reason(exc, self.timeout)
            raise SinkError(f"syslog {self.target.display}: {said}", taken) from exc
        self._again = []
        now = time.monotonic()
        if self.target.scheme == "udp":
            self._sent.clear()  # an ICMP answer comes back quickly: the last batch is enough
        self._sent.extend((now, e) for e in batch)

    def probe(self) -> None:
        """Look, without sending, whether the open connection shows its collector did not
        read what it took (a reset): those events are known unread at once, even when no new
        event comes to send (and before a guard that stops forgets them)."""
        if self._sock is None:
            return
        state = _peer_state(self._sock, self.timeout)
        if state == "open":
            return
        if state == "lost":
            self._lost()
        self._sent.clear()
        self.close()

    def abort(self) -> None:
        """Any thread: end a write in flight now (the guard is stopping)."""
        sock = self._sock
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        if self._sock is not None:
            with contextlib.suppress(OSError):
                self._sock.close()
            self._sock = None

    def _connected(self) -> socket.socket:
        # A collector that restarted closed our old connection; writing to it would "succeed"
        # into the void, so look for the peer's FIN/RST before reusing it. A reset (a stream
        # the collector did not read to its end) or a refused datagram means what was sent
        # lately was not read: it is sent again.
        if self._sock is not None:
            state = _peer_state(self._sock, self.timeout)
            if state != "open":
                if state == "lost":
                    self._lost()
                self._sent.clear()
                self.close()
        if self._sock is None:
            self._sock = self._connect()
        return self._sock

    def _lost(self) -> None:
        """The collector did not read what was sent lately: it goes again, before what waits."""
        horizon = time.monotonic() - RESENT_WITHIN_S
        waiting = {id(e) for e in self._again}
        lost = [e for t, e in self._sent if t >= horizon and id(e) not in waiting]
        if not lost:
            return
        log.warning("syslog %s: the collector did not read the last %d events sent (%s); they "
                    "are sent again", self.target.display, len(lost),
                    "its port refused them" if self.target.scheme == "udp"
                    else "it reset the connection")  # fmt: skip
        on_lost = self.on_lost
        if on_lost is not None and all(e.id is not None for e in lost):
            try:
                if on_lost(lost):
                    return  # waiting in the outbox, oldest first, before newer events
            except Exception:  # the store failed: memory, as without one
                log.exception(
                    "syslog %s: could not queue the unread events again", self.target.display
                )
        self._again = [*lost, *self._again][:RESENT_AT_MOST]

    def _connect(self) -> socket.socket:
        host, port = self.target.host, self.target.port
        if self.target.scheme == "udp":
            family, kind, proto, _, address = socket.getaddrinfo(
                host, port, type=socket.SOCK_DGRAM
            )[0]
            sock = socket.socket(family, kind, proto)
            sock.settimeout(self.timeout)
            sock.connect(address)  # so an ICMP "port unreachable" surfaces on a later send
            return sock
        raw = socket.create_connection((host, port), timeout=self.timeout)
        raw.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        if self.target.scheme != "tls":
            return raw
        try:
            context = ssl.create_default_context(cafile=self.ca_file)
            return context.wrap_socket(raw, server_hostname=host)
        except (OSError, ValueError):
            raw.close()
            raise


def _refused_now(sock: socket.socket, wait: float = 0.05) -> None:
    """Raise ConnectionRefusedError when a datagram just sent was refused (no collector on that
    port): a connected UDP socket gets the ICMP answer as an error, on a local network within
    `wait`; one that comes later is found before the next send (_peer_state)."""
    with contextlib.suppress(OSError, ValueError):
        select.select([sock], [], [], wait)
    error = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
    if error:
        raise ConnectionRefusedError(error, os.strerror(error))


def _peer_state(sock: socket.socket, timeout: float) -> str:
    """ "open"; "closed" (the collector closed the connection having read it: a FIN); or "lost"
    (a reset: it closed with our data unread, or died; for UDP a datagram was refused). A
    collector never sends us data otherwise."""
    try:
        if sock.type == socket.SOCK_DGRAM and sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR):
            return "lost"  # an ICMP "port unreachable" for a datagram sent (the error cleared)
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return "closed"
    if not readable or sock.type == socket.SOCK_DGRAM:
        return "open"
    sock.setblocking(False)
    try:
        data = sock.recv(4096)
    except (ssl.SSLWantReadError, BlockingIOError):
        return "open"  # only TLS housekeeping (a session ticket), no end of stream
    except OSError as exc:
        return "lost" if exc.errno in (errno.ECONNRESET, errno.EPIPE) else "closed"
    finally:
        sock.settimeout(timeout)
    return "open" if data else "closed"


def _reason(exc: OSError, timeout: float) -> str:
    if isinstance(exc, TimeoutError):  # as the HTTP sinks say it: how long it was given
        return f"timed out (no answer in {timeout:g} s)"
    return failure_reason(exc, "syslog_ca")
