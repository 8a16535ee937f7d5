"""HTTP forwarding through the organisation's proxy, named in the environment as curl reads it:
a real proxy on loopback (tests/app/forwarding/proxy_server.py) and a real local collector."""

from __future__ import annotations

import base64
import http.client
import logging
import socket
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from app.config import ForwardSettings, HttpTarget
from app.events import Event
from app.forwarding.forwarder import Forwarder, sinks_from_settings
from app.forwarding.http import HttpSink
from app.forwarding.proxy import bypassed, parse_proxy, proxy_for, route_for, system_proxies
from app.forwarding.sink import SinkError
from app.storage import EventStore
from tests.app.forwarding.fakes import Clock
from tests.app.forwarding.proxy_server import ProxyServer
from tests.app.forwarding.servers import (
    Certificate,
    HttpCollector,
    free_port,
    make_certificate,
    wait_until,
)

TOKEN = "collector-token-7Hq2"


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    return make_certificate(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def tls_collector(certificate: Certificate) -> Iterator[HttpCollector]:
    collector = HttpCollector(certificate.server_context())
    yield collector
    collector.close()


@pytest.fixture
def collector() -> Iterator[HttpCollector]:
    collector = HttpCollector()
    yield collector
    collector.close()


@pytest.fixture
def proxy() -> Iterator[ProxyServer]:
    server = ProxyServer()
    yield server
    server.close()


def tls_target(collector: HttpCollector, certificate: Certificate) -> HttpTarget:
    return HttpTarget(f"https://localhost:{collector.port}/hook", "webhook", token=TOKEN,
                      ca_file=str(certificate.cert))  # fmt: skip


# -- the environment, read as curl and urllib read it ------------------------------------------


def test_the_scheme_decides_the_variable_and_lower_case_wins() -> None:
    env = {"HTTPS_PROXY": "http://upper:3128", "https_proxy": "http://lower:3128",
           "HTTP_PROXY": "plain:8080"}  # fmt: skip
    assert proxy_for("https://siem.example/x", env) == parse_proxy("http://lower:3128",
                                                                   "https_proxy")  # fmt: skip
    plain = proxy_for("http://siem.example/x", env)
    assert plain is not None and (plain.host, plain.port) == ("plain", 8080)  # schemeless: http
    assert proxy_for("https://siem.example/x", {"ALL_PROXY": "http://all:1"}) is not None
    assert proxy_for("https://siem.example/x", {"https_proxy": "", "HTTP_PROXY": "h:1"}) is None
    assert proxy_for("https://siem.example/x", {}) is None


@pytest.mark.parametrize(
    ("no_proxy", "host", "port", "exempt"),
    [
        ("*", "siem.example.com", 443, True),
        ("example.com", "siem.example.com", 443, True),
        (".example.com", "example.com", 443, True),
        ("*.example.com", "siem.example.com", 443, True),
        ("example.com", "badexample.com", 443, False),
        ("other.org, example.com", "example.com", 443, True),
        ("example.com:8443", "example.com", 443, False),
        ("example.com:8443", "example.com", 8443, True),
        ("10.0.0.0/8", "10.2.3.4", 443, True),
        ("10.0.0.0/8", "11.2.3.4", 443, False),
        ("127.0.0.1", "127.0.0.1", 9200, True),
        ("[::1]:9200", "::1", 9200, True),
        ("::1", "::2", 443, False),
        ("", "example.com", 443, False),
    ],
)
def test_no_proxy_entries(no_proxy: str, host: str, port: int, exempt: bool) -> None:
    assert bypassed(host, port, no_proxy) is exempt


def test_credentials_become_a_header_and_stay_out_of_what_is_shown() -> None:
    proxy = parse_proxy("http://alice%40corp:p%3Ass@proxy.corp:3128", "HTTPS_PROXY")
    assert proxy.authorization == "Basic " + base64.b64encode(b"alice@corp:p:ss").decode()
    assert proxy.describe() == "http://proxy.corp:3128 (from HTTPS_PROXY)"
    assert "p:ss" not in proxy.describe() and "alice" not in proxy.describe()
    assert parse_proxy("proxy.corp").port == 1080  # curl's default


def test_status_says_which_proxy_is_used_or_why_none() -> None:
    url = "https://siem.corp.example:8088"  # no request is made
    env = {"HTTPS_PROXY": "http://u:secretpw@proxy.corp:3128"}
    via = Forwarder(store=None, sinks={"http": HttpSink(HttpTarget(url), environ=env)}, strict=True)  # type: ignore[arg-type]
    shown = via.status()["http"].to_dict()["proxy"]
    assert shown == "http://proxy.corp:3128 (from HTTPS_PROXY)"
    exempt = HttpSink(HttpTarget(url), environ={**env, "no_proxy": "corp.example"})
    assert exempt.route == "none: no_proxy exempts siem.corp.example"
    assert HttpSink(HttpTarget(url), environ={}).route is None  # direct, nothing set
    assert route_for(url, {"https_proxy": "socks5://s:1080"}).note == (
        "https_proxy: socks5:// proxies are not supported; use an http:// proxy"
    )


# -- through a real proxy ------------------------------------------------------------------------


def test_https_goes_through_a_connect_tunnel_and_the_token_never_reaches_the_proxy(
    tls_collector: HttpCollector, certificate: Certificate, proxy: ProxyServer,
    flagged_event: Event,
) -> None:  # fmt: skip
    sink = HttpSink(tls_target(tls_collector, certificate), environ={"HTTPS_PROXY": proxy.url})
    sink.send([flagged_event])
    (request,) = tls_collector.requests
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.json()[0]["event"]["id"]  # the event arrived whole
    (seen,) = proxy.seen
    assert (seen.method, seen.target) == ("CONNECT", f"localhost:{tls_collector.port}")
    assert "authorization" not in seen.headers
    relayed = bytes(proxy.client_bytes)
    assert len(relayed) > 1000  # the TLS handshake and the request went through the proxy
    assert TOKEN.encode() not in relayed and b"Bearer" not in relayed
    assert b"powershell" not in relayed and b"verify" not in relayed  # nor the event


def test_a_proxy_that_wants_credentials_gets_them_from_the_variable(
    tls_collector: HttpCollector, certificate: Certificate, flagged_event: Event
) -> None:
    wanted = "Basic " + base64.b64encode(b"svc-siem:pr0xy pw").decode()
    proxy = ProxyServer(auth=wanted)
    try:
        bare = {"https_proxy": proxy.url}
        with pytest.raises(SinkError, match="407") as refused:
            HttpSink(tls_target(tls_collector, certificate), environ=bare).send([flagged_event])
        assert f"through proxy {proxy.url}" in str(refused.value)
        assert tls_collector.requests == []  # barrier: the same collector answers below
        with_user = {"https_proxy": proxy.url.replace("://", "://svc-siem:pr0xy%20pw@")}
        HttpSink(tls_target(tls_collector, certificate), environ=with_user).send([flagged_event])
        assert len(tls_collector.requests) == 1
        assert proxy.seen[-1].headers["proxy-authorization"] == wanted
        assert "pr0xy" not in str(refused.value)
    finally:
        proxy.close()


def test_plain_http_is_asked_for_by_its_absolute_url(
    collector: HttpCollector, proxy: ProxyServer, flagged_event: Event
) -> None:
    env = {"HTTP_PROXY": f"http://127.0.0.1:{free_port()}",  # upper case: not used
           "http_proxy": proxy.url.replace("://", "://u:p@")}  # fmt: skip
    HttpSink(HttpTarget(collector.url + "/hook?x=1"), environ=env).send([flagged_event])
    (seen,) = proxy.seen
    assert (seen.method, seen.target) == ("POST", f"{collector.url}/hook?x=1")
    assert seen.headers["host"] == f"127.0.0.1:{collector.port}"
    assert seen.headers["proxy-authorization"] == "Basic " + base64.b64encode(b"u:p").decode()
    (request,) = collector.requests
    assert request.path == "/hook?x=1"
    assert "proxy-authorization" not in request.headers  # the proxy's, not the collector's


def test_no_proxy_sends_directly(
    tls_collector: HttpCollector, certificate: Certificate, proxy: ProxyServer,
    flagged_event: Event,
) -> None:  # fmt: skip
    env = {"HTTPS_PROXY": proxy.url, "NO_PROXY": "intranet.example, localhost"}
    HttpSink(tls_target(tls_collector, certificate), environ=env).send([flagged_event])
    assert len(tls_collector.requests) == 1
    # barrier: the proxy is up and used for a host NO_PROXY does not name
    other = {"HTTPS_PROXY": proxy.url, "NO_PROXY": "intranet.example"}
    HttpSink(tls_target(tls_collector, certificate), environ=other).send([flagged_event])
    assert len(tls_collector.requests) == 2
    assert [s.method for s in proxy.seen] == ["CONNECT"]  # only the second one


def test_the_whole_request_deadline_holds_through_a_trickling_proxy(
    tls_collector: HttpCollector, certificate: Certificate, flagged_event: Event
) -> None:
    proxy = ProxyServer(trickle=0.4)  # each byte restarts a socket timeout; the deadline does not
    try:
        sink = HttpSink(tls_target(tls_collector, certificate), timeout=1.0,
                        environ={"HTTPS_PROXY": proxy.url})  # fmt: skip
        with pytest.raises(SinkError, match=r"timed out .*through proxy"):
            sink.send([flagged_event])
        assert tls_collector.requests == []
    finally:
        proxy.close()


def test_an_unsupported_proxy_is_reported_never_gone_around(
    tls_collector: HttpCollector, certificate: Certificate, flagged_event: Event
) -> None:
    env = {"HTTPS_PROXY": "socks5://127.0.0.1:1080"}
    with pytest.raises(SinkError, match="socks5:// proxies are not supported"):
        HttpSink(tls_target(tls_collector, certificate), environ=env).send([flagged_event])
    HttpSink(tls_target(tls_collector, certificate), environ={}).send([flagged_event])  # barrier
    assert len(tls_collector.requests) == 1  # only the direct one


def test_an_unreachable_proxy_keeps_the_event_in_the_outbox_until_it_answers(
    tmp_path: Path, tls_collector: HttpCollector, certificate: Certificate, flagged_event: Event
) -> None:
    port = free_port()
    clock = Clock()
    sink = HttpSink(tls_target(tls_collector, certificate), timeout=3.0,
                    environ={"HTTPS_PROXY": f"http://127.0.0.1:{port}"})  # fmt: skip
    event = replace(flagged_event, id=None)
    with EventStore.open(tmp_path / "data", clock=clock, sinks=["http"]) as store:
        store.append(event)
        store.flush()
        forwarder = Forwarder(store, {"http": sink}, clock=clock, jitter=lambda: 0.0, strict=True)
        assert forwarder.run_once() == {"http": 0}
        status = forwarder.status()["http"]
        assert not status.healthy
        assert f"through proxy http://127.0.0.1:{port}" in (status.last_error or "")
        assert status.proxy == f"http://127.0.0.1:{port} (from HTTPS_PROXY)"
        assert store.outbox_size("http") == 1 and tls_collector.requests == []
        proxy = ProxyServer(port=port)  # the proxy comes back
        try:
            clock.advance(seconds=5)
            assert forwarder.run_once() == {"http": 1}
        finally:
            proxy.close()
        assert store.outbox_size("http") == 0
        assert forwarder.status()["http"].healthy
    (request,) = tls_collector.requests
    assert request.json()[0]["event"]["kind"]  # the event itself, not a placeholder
    assert [s.method for s in proxy.seen] == ["CONNECT"]


def test_the_guard_reads_this_process_environment_and_logs_the_route(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, proxy: ProxyServer,
    tls_collector: HttpCollector, certificate: Certificate, flagged_event: Event,
) -> None:  # fmt: skip
    monkeypatch.setenv("https_proxy", proxy.url.replace("://", "://u:hidden-pw@"))
    settings = ForwardSettings(http=(tls_target(tls_collector, certificate),))
    with caplog.at_level(logging.INFO, logger="app.forwarding"):
        (sink,) = sinks_from_settings(settings).values()
    assert f"forwarding to localhost: proxy {proxy.url} (from https_proxy)" in caplog.text
    assert "hidden-pw" not in caplog.text
    sink.send([flagged_event])
    assert [s.method for s in proxy.seen] == ["CONNECT"] and len(tls_collector.requests) == 1


def test_a_collector_on_this_machine_goes_through_a_local_proxy_only() -> None:
    remote = {"http_proxy": "http://proxy.corp:3128"}
    for url in ("http://localhost:9200", "http://127.0.0.5:9200", "http://[::1]:9200"):
        route = route_for(url, remote)
        assert route.proxy is None and route.note is not None and "this machine" in route.note
    local = route_for("http://127.0.0.1:9200", {"http_proxy": "http://127.0.0.1:3128"})
    assert local.proxy is not None and local.proxy.port == 3128
    assert route_for("http://siem.corp:9200", remote).proxy is not None


def test_without_variables_windows_and_macos_settings_name_the_proxy() -> None:
    settings = {"https": "http://sysproxy.corp:8080", "http": "http://sysproxy.corp:8080"}

    def route(url: str, env: dict[str, str] | None = None) -> str | None:
        return route_for(url, env, system=lambda: settings,
                         system_exempts=lambda host: host.endswith(".intranet")).note  # fmt: skip

    assert route("https://siem.corp.example") == (
        "http://sysproxy.corp:8080 (from the system's proxy settings)"
    )
    assert (
        route("https://siem.intranet") == "none: the system's proxy settings exempt siem.intranet"
    )
    # a variable wins; an explicit environment (not this process's) never reads the system
    assert route("https://siem.corp.example", {"https_proxy": "http://p:1"}) == (
        "http://p:1 (from https_proxy)"
    )
    assert route("https://siem.corp.example", {}) is None
    if sys.platform not in ("win32", "darwin"):  # Linux desktops: only the variables
        assert system_proxies() == {} and route_for("https://siem.corp.example").proxy is None


def test_the_deadline_holds_when_it_passes_while_connecting(
    monkeypatch: pytest.MonkeyPatch, tls_collector: HttpCollector, certificate: Certificate,
    flagged_event: Event,
) -> None:  # fmt: skip
    """A proxy slow to accept (the deadline passes before there is a socket to cut) that then
    trickles its answer: the request still ends as timed out, not after the whole trickle."""
    proxy = ProxyServer(trickle=0.3)
    connect = socket.create_connection
    gate = threading.Event()

    def slow_connect(*args: Any, **kwargs: Any) -> socket.socket:
        gate.wait(1.5)  # longer than the sink's deadline; the test releases it never earlier
        return connect(*args, **kwargs)

    monkeypatch.setattr(http.client.socket, "create_connection", slow_connect)
    try:
        sink = HttpSink(tls_target(tls_collector, certificate), timeout=1.0,
                        environ={"HTTPS_PROXY": proxy.url})  # fmt: skip
        with pytest.raises(SinkError, match=r"timed out .*through proxy"):
            sink.send([flagged_event])
        assert tls_collector.requests == []
        # it did reach the proxy; whether the CONNECT line got out first is a race the sink's
        # cut may win (it shuts the socket as soon as there is one), and the proxy's handler
        # thread records what it read after send() has already raised
        wait_until(lambda: proxy.accepted == 1, what="the proxy to take the connection")
        assert [s.method for s in proxy.seen] in ([], ["CONNECT"])  # nothing else, ever
    finally:
        proxy.close()
