"""RFC 5424 messages read back with a strict pattern, and the transports against local collectors."""

from __future__ import annotations

import contextlib
import json
import re
import socket
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from app.events import Event
from app.forwarding import syslog
from app.forwarding.ecs import to_ecs
from app.forwarding.sink import SinkError
from app.forwarding.syslog import SyslogSink, SyslogTarget, format_message
from tests.app.forwarding.fakes import numbered
from tests.app.forwarding.servers import (
    Certificate,
    TcpCollector,
    UdpCollector,
    free_port,
    make_certificate,
    read_frames,
    wait_until,
)

# RFC 5424 section 6, byte for byte: SD-NAME is 1-32 PRINTUSASCII except = SP ] "; a
# PARAM-VALUE escapes only " \ and ]; MSG here is BOM + UTF-8.
_NAME = rb"[!#-<>-\\^-~]{1,32}"
_VALUE = rb'(?:[^"\\\]]|\\["\\\]])*'
_ELEMENT = rb"\[" + _NAME + rb"(?: " + _NAME + rb'="' + _VALUE + rb'")*\]'
RFC5424 = re.compile(
    rb"<(?P<pri>\d{1,3})>1 "
    rb"(?P<ts>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z) "
    rb"(?P<host>[!-~]{1,255}) (?P<app>[!-~]{1,48}) (?P<procid>[!-~]{1,128}) "
    rb"(?P<msgid>[!-~]{1,32}) "
    rb"(?P<sd>-|(?:" + _ELEMENT + rb")+)"
    rb"(?: \xef\xbb\xbf(?P<msg>.*))?",
    re.DOTALL,
)
_PARAM = re.compile(rb"(" + _NAME + rb')="(' + _VALUE + rb')"')


def parse(message: bytes) -> dict[str, object]:
    match = RFC5424.fullmatch(message)
    assert match, f"not RFC 5424: {message[:300]!r}"
    parts: dict[str, object] = {k: v for k, v in match.groupdict().items()}
    elements = re.findall(rb"\[(" + _NAME + rb")((?: " + _NAME + rb'="' + _VALUE + rb'")*)\]',
                          match["sd"])  # fmt: skip
    parts["sd"] = {
        name.decode(): {
            k.decode(): re.sub(rb'\\(["\\\]])', rb"\1", v).decode() for k, v in _PARAM.findall(body)
        }
        for name, body in elements
    }
    parts["json"] = json.loads(match["msg"].decode("utf-8")) if match["msg"] else None
    return parts


def test_flagged_event_is_strict_rfc5424(flagged_event: Event) -> None:
    parts = parse(format_message(flagged_event, procid="4242"))
    assert parts["pri"] == b"162"  # local4 (20) * 8 + critical (2)
    assert parts["ts"] == b"2026-03-01T09:30:00.123Z"
    assert parts["host"] == flagged_event.host.encode()
    assert parts["app"] == b"pasteguard"
    assert parts["procid"] == b"4242"
    assert parts["msgid"] == b"paste_blocked"
    assert parts["sd"] == {
        "pasteguard@32473": {
            "id": "42",
            "level": "malicious",
            "score": str(flagged_event.score),
            "action": "blocked",
            "rule": flagged_event.rules[0],
            "target": "run_dialog",
        },
        "origin": {"software": "PasteGuard", "swVersion": flagged_event.app_version},
    }
    assert parts["json"] == to_ecs(flagged_event)


def test_facility_and_severity(flagged_event: Event, error_event: Event) -> None:
    auth = syslog.FACILITIES["auth"]
    assert parse(format_message(error_event, facility=auth))["pri"] == b"35"  # 4*8 + error
    started = Event(kind="started", id=1)
    assert parse(format_message(started))["pri"] == b"166"  # local4 + informational
    warned = replace(flagged_event, level="suspicious")
    assert parse(format_message(warned))["pri"] == b"164"  # local4 + warning


def test_structured_data_escaping_round_trips(flagged_event: Event) -> None:
    nasty = replace(flagged_event, rules=('A"B\\C]D [x="y"]',), target="run\ndialog]")
    message = format_message(nasty)
    assert b'rule="A\\"B\\\\C\\]D [x=\\"y\\"\\]"' in message
    sd = parse(message)["sd"]
    assert isinstance(sd, dict)
    assert sd["pasteguard@32473"]["rule"] == 'A"B\\C]D [x="y"]'
    assert sd["pasteguard@32473"]["target"] == "run dialog]"  # control characters become spaces


def test_header_fields_are_printable_ascii(flagged_event: Event) -> None:
    odd = replace(flagged_event, host="PC of Zoë", kind="k" * 40)
    parts = parse(format_message(odd, app_name="paste guard"))
    assert parts["host"] == b"PC_of_Zo_"
    assert parts["app"] == b"paste_guard"
    assert parts["msgid"] == b"k" * 32
    assert parse(format_message(replace(flagged_event, host="")))["host"] == b"-"


def test_message_starts_msg_with_bom(flagged_event: Event) -> None:
    message = format_message(flagged_event)
    sd_end = message.index(b"] \xef\xbb\xbf{")
    assert message[sd_end + 2 : sd_end + 5] == syslog.BOM


def test_large_event_fits_the_default_size_as_valid_json(flagged_event: Event) -> None:
    big = replace(flagged_event, text="x" * 16000)
    message = format_message(big)
    assert len(message) <= syslog.DEFAULT_MAX_BYTES
    doc = parse(message)["json"]
    assert isinstance(doc, dict) and doc["pasteguard"]["truncated"] is True
    assert doc["pasteguard"]["text"].startswith("xxxx")
    roomy = format_message(big, max_bytes=65000)
    assert len(roomy) > 16000 and "truncated" not in json.dumps(parse(roomy)["json"])


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("tcp://siem.example.com:5514", ("tcp", "siem.example.com", 5514, 20, 8192)),
        ("udp://10.0.0.1", ("udp", "10.0.0.1", 514, 20, 8192)),
        ("tls://[::1]", ("tls", "::1", 6514, 20, 8192)),
        ("TCP://h:1?facility=auth&max_bytes=65000", ("tcp", "h", 1, 4, 65000)),
        ("udp://h:1?max_bytes=999999", ("udp", "h", 1, 20, syslog.UDP_MAX_BYTES)),
    ],
)
def test_target_parsing(url: str, expected: tuple[object, ...]) -> None:
    t = SyslogTarget.parse(url)
    assert (t.scheme, t.host, t.port, t.facility, t.max_bytes) == expected


@pytest.mark.parametrize(
    "url",
    [
        "http://h:514",
        "tcp://:514",
        "tcp://h:99999",
        "tcp://h:1?facility=nope",
        "tcp://h:1?max_bytes=10",
    ],
)
def test_bad_targets_are_refused(url: str) -> None:
    with pytest.raises(ValueError):
        SyslogTarget.parse(url)


def test_tcp_octet_counted_batch_on_one_connection(flagged_event: Event) -> None:
    collector = TcpCollector()
    sink = SyslogSink(f"tcp://127.0.0.1:{collector.port}")
    try:
        events = numbered(flagged_event, 3)
        sink.send(events)
        sink.send(numbered(flagged_event, 2, start=10))
        received = collector.wait_for(5)
        ids = [parse(m)["json"]["pasteguard"]["id"] for m in received]  # type: ignore[index]
        assert ids == [1, 2, 3, 10, 11]
        assert collector.connections == 1
    finally:
        sink.close()
        collector.close()


def test_reconnects_when_the_collector_closed_the_connection(flagged_event: Event) -> None:
    # Writing into a connection the collector already closed "succeeds" and loses the batch;
    # the sink must notice the close and open a new connection instead.
    collector = TcpCollector(close_after=2)
    sink = SyslogSink(f"tcp://127.0.0.1:{collector.port}")
    try:
        sink.send(numbered(flagged_event, 2))
        wait_until(lambda: collector.closed_connections == 1, what="the collector to hang up")
        sink.send(numbered(flagged_event, 2, start=3))
        received = collector.wait_for(4)
        assert sorted(parse(m)["json"]["pasteguard"]["id"] for m in received) == [1, 2, 3, 4]  # type: ignore[index]
        assert collector.connections == 2
    finally:
        sink.close()
        collector.close()


def test_refused_then_delivered_once_the_collector_is_up(flagged_event: Event) -> None:
    port = free_port()
    sink = SyslogSink(f"tcp://127.0.0.1:{port}", timeout=2.0)
    with pytest.raises(SinkError, match=r"tcp://127\.0\.0\.1:\d+: Connection refused") as err:
        sink.send([flagged_event])
    assert err.value.accepted == frozenset()
    collector = TcpCollector(port=port)
    try:
        sink.send([flagged_event])
        assert len(collector.wait_for(1)) == 1
    finally:
        sink.close()
        collector.close()


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    return make_certificate(tmp_path_factory.mktemp("tls"))


def test_tls_with_the_collectors_ca(flagged_event: Event, certificate: Certificate) -> None:
    collector = TcpCollector(context=certificate.server_context())
    sink = SyslogSink(f"tls://localhost:{collector.port}", ca_file=str(certificate.cert))
    try:
        sink.send(numbered(flagged_event, 3))
        sink.send(numbered(flagged_event, 1, start=4))
        received = collector.wait_for(4)
        assert [parse(m)["json"]["pasteguard"]["id"] for m in received] == [1, 2, 3, 4]  # type: ignore[index]
        assert collector.connections == 1
    finally:
        sink.close()
        collector.close()


def test_tls_refuses_an_unknown_certificate(flagged_event: Event, certificate: Certificate) -> None:
    collector = TcpCollector(context=certificate.server_context())
    sink = SyslogSink(f"tls://localhost:{collector.port}")  # system CAs only
    try:
        with pytest.raises(
            SinkError,
            match=r"certificate is not accepted \(self.signed certificate\); check syslog_ca",
        ):
            sink.send([flagged_event])
        assert collector.messages == []
    finally:
        sink.close()
        collector.close()


def test_tls_to_a_collector_that_hangs_up_says_so_plainly(flagged_event: Event) -> None:
    """A plain TCP collector given a TLS handshake closes the connection: the status said
    "[SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in violation of protocol (_ssl.c:1006)"."""
    plain = socket.create_server(("127.0.0.1", 0))
    port = plain.getsockname()[1]

    def hang_up() -> None:
        with contextlib.suppress(OSError):
            while True:  # each try: the sink connects again once
                conn, _ = plain.accept()
                conn.recv(4096)
                conn.close()

    threading.Thread(target=hang_up, daemon=True).start()
    sink = SyslogSink(f"tls://localhost:{port}", timeout=2.0)
    try:
        with pytest.raises(SinkError) as err:
            sink.send([flagged_event])
        assert str(err.value) == (
            f"syslog tls://localhost:{port}: it closed the connection during the TLS handshake "
            "(it may not speak TLS, or it refused this client)"
        )
    finally:
        sink.close()
        plain.close()


def test_a_collector_that_never_answers_costs_one_timeout_not_two(
    flagged_event: Event, certificate: Certificate
) -> None:
    """The first connection attempt (which looks for unread events) failed in silence and the
    send tried again: a collector that never answers the handshake held the forwarder for
    twice its timeout each round."""
    silent = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []

    def accept() -> None:
        with contextlib.suppress(OSError):
            while True:
                accepted.append(silent.accept()[0])  # never answers the handshake

    threading.Thread(target=accept, daemon=True).start()
    port = silent.getsockname()[1]
    sink = SyslogSink(f"tls://localhost:{port}", ca_file=str(certificate.cert), timeout=0.3)
    try:
        with pytest.raises(SinkError, match="timed out"):
            sink.send([flagged_event])
        time.sleep(0.1)  # a second attempt would have been accepted by now
        assert len(accepted) == 1
    finally:
        sink.close()
        silent.close()
        for conn in accepted:
            conn.close()


def test_tls_handshake_times_out(flagged_event: Event, certificate: Certificate) -> None:
    silent = socket.create_server(("127.0.0.1", 0))  # accepts, never answers the handshake
    port = silent.getsockname()[1]
    sink = SyslogSink(f"tls://localhost:{port}", ca_file=str(certificate.cert), timeout=0.3)
    try:
        started = time.monotonic()
        with pytest.raises(SinkError, match=r"timed out \(no answer in 0\.3 s\)$"):
            sink.send([flagged_event])
        assert time.monotonic() - started < 3
    finally:
        sink.close()
        silent.close()


def test_udp_one_datagram_per_message(flagged_event: Event) -> None:
    collector = UdpCollector()
    sink = SyslogSink(f"udp://127.0.0.1:{collector.port}")
    big = SyslogSink(f"udp://127.0.0.1:{collector.port}?max_bytes=65000")
    try:
        sink.send(numbered(flagged_event, 3))
        huge = replace(flagged_event, text="y" * 70000, id=99)
        sink.send([huge])
        big.send([huge])
        received = collector.wait_for(5)
        assert [parse(m)["json"]["pasteguard"]["id"] for m in received[:3]] == [1, 2, 3]  # type: ignore[index]
        assert len(received[3]) <= 8192 < len(received[4]) <= 65000
        for message in received[3:]:
            assert parse(message)["json"]["pasteguard"]["truncated"] is True  # type: ignore[index]
    finally:
        sink.close()
        big.close()
        collector.close()


def test_empty_batch_opens_no_connection() -> None:
    sink = SyslogSink(f"tcp://127.0.0.1:{free_port()}")  # nothing listens there
    sink.send([])
    sink.close()
    sink.close()


def ids_of(messages: list[bytes]) -> list[int]:
    return [parse(m)["json"]["pasteguard"]["id"] for m in messages]  # type: ignore[index]


def test_udp_to_a_port_nobody_listens_on_is_refused_not_delivered(flagged_event: Event) -> None:
    """Seen with the real app: a UDP syslog collector down, three events "delivered" (status
    healthy, backlog 0) and lost. The connected socket's ICMP "port unreachable" was read,
    and thrown away, as if it were a closed stream. Now the send waits a moment for it: the
    batch is refused (nothing taken: it stays in the outbox) and goes once a collector listens."""
    port = free_port()
    sink = SyslogSink(f"udp://127.0.0.1:{port}")
    try:
        with pytest.raises(SinkError, match="Connection refused") as err:
            sink.send(numbered(flagged_event, 2))
        assert err.value.accepted == frozenset()
        collector = UdpCollector(port=port)
        try:
            sink.send(numbered(flagged_event, 2))
            assert ids_of(collector.wait_for(2)) == [1, 2]
        finally:
            collector.close()
    finally:
        sink.close()


def test_datagrams_refused_after_the_send_are_sent_again_before_the_next(
    flagged_event: Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A remote collector's ICMP answer may come after the moment the send waits: it is found
    before the next send, and the datagrams it refused go again, first."""
    monkeypatch.setattr(syslog, "_refused_now", lambda sock: None)  # the answer comes late
    port = free_port()
    sink = SyslogSink(f"udp://127.0.0.1:{port}")
    try:
        sink.send(numbered(flagged_event, 1))  # nobody listens; "sent"
        time.sleep(0.05)
        collector = UdpCollector(port=port)
        try:
            sink.send(numbered(flagged_event, 1, start=2))
            assert ids_of(collector.wait_for(2)) == [1, 2]
        finally:
            collector.close()
    finally:
        sink.close()


def test_a_stream_the_collector_reset_unread_is_sent_again(flagged_event: Event) -> None:
    """Seen with the real app: a TCP collector that stopped reading (hung) took three events
    into its connection, then died: the guard said them delivered, the collector never had
    them. Its kernel answers such a close with a reset, not a FIN: the events sent lately on
    that connection go again on the next (a collector that read them and closed sends a FIN,
    and nothing is sent twice: test_reconnects_when_the_collector_closed_the_connection)."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(5)
    sink = SyslogSink(f"tcp://127.0.0.1:{server.getsockname()[1]}")
    try:
        sink.send(numbered(flagged_event, 3))  # taken by the kernel, never read
        hung, _ = server.accept()
        wait_until(lambda: bool(hung.recv(1, socket.MSG_PEEK)), what="the events to arrive")
        hung.close()  # unread: a reset
        time.sleep(0.05)
        sink.send(numbered(flagged_event, 1, start=4))
        fresh, _ = server.accept()
        fresh.settimeout(5)  # a failure fails in seconds
        received: list[bytes] = []
        read_frames(fresh, received, threading.Lock(), limit=4)
        fresh.close()
        assert ids_of(received) == [1, 2, 3, 4]
    finally:
        sink.close()
        server.close()


def test_events_a_collector_never_read_outlast_a_guard_stopped_while_it_is_down(
    flagged_event: Event, tmp_path: Path
) -> None:
    """Three events taken by a TCP collector's kernel, never read; it dies (a reset) and stays
    down, and the guard stops. Those three were marked delivered in the outbox, and the sink
    knew them unread only in its memory: gone with the process. Now they wait in the outbox
    again, and the next guard sends them once the collector is back."""
    from app.forwarding.forwarder import Forwarder
    from app.storage import EventStore

    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(5)
    port = server.getsockname()[1]
    url = f"tcp://127.0.0.1:{port}"
    with EventStore.open(tmp_path, sinks=["syslog"]) as store:
        ids = [store.append(replace(flagged_event, id=None)) for _ in range(3)]
        forwarder = Forwarder(
            store, {"syslog": SyslogSink(url)}, strict=True, base_backoff=0.001, max_backoff=0.001
        )
        assert forwarder.run_once() == {"syslog": 3}  # "delivered": the kernel took them
        hung, _ = server.accept()
        wait_until(lambda: bool(hung.recv(1, socket.MSG_PEEK)), what="the events to arrive")
        hung.close()  # unread: a reset
        server.close()  # and the collector stays down
        time.sleep(0.05)
        assert forwarder.run_once() == {"syslog": 0}
        assert store.outbox_size("syslog") == 3
        forwarder.close()  # the guard stops
    time.sleep(0.01)  # past the retry time
    collector = TcpCollector(port=port)
    try:
        with EventStore.open(tmp_path, sinks=["syslog"]) as store:
            forwarder = Forwarder(store, {"syslog": SyslogSink(url)}, strict=True)
            assert forwarder.run_once() == {"syslog": 3}
            assert ids_of(collector.wait_for(3)) == ids
            forwarder.close()
    finally:
        collector.close()
