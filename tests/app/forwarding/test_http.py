"""HTTP sinks against a local server: Elastic _bulk, Splunk HEC, a webhook; auth, failures, TLS."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from app.config import HttpTarget
from app.events import Event
from app.forwarding import http as http_sink
from app.forwarding.ecs import event_uid, to_ecs
from app.forwarding.forwarder import Forwarder
from app.forwarding.http import HttpSink
from app.forwarding.sink import SinkError
from tests.app.forwarding.fakes import Clock, FakeOutbox, numbered
from tests.app.forwarding.servers import (
    Certificate,
    HttpCollector,
    Reply,
    Request,
    free_port,
    make_certificate,
)


@pytest.fixture
def server() -> Any:
    collector = HttpCollector()
    yield collector
    collector.close()


def elastic_answer(request: Request, fail: set[int] = frozenset(), status: int = 201) -> Reply:  # type: ignore[assignment]
    """What Elasticsearch answers to a _bulk of `create` actions."""
    lines = request.ndjson()
    items = []
    for i, action in enumerate(lines[0::2]):
        meta = action["create"]
        if i in fail:
            error = {
                "type": "mapper_parsing_exception",
                "reason": "failed to parse [SECRETPREVIEW]",
            }
            items.append({"create": {"_id": meta["_id"], "status": 400, "error": error}})
        else:
            items.append({"create": {"_id": meta["_id"], "status": status}})
    return Reply(200, {"took": 3, "errors": bool(fail) or status >= 300, "items": items})


def test_elastic_bulk(server: HttpCollector, flagged_event: Event) -> None:
    server.default = elastic_answer
    events = numbered(flagged_event, 3)
    HttpSink(HttpTarget(server.url, "elastic", token="aWQ6a2V5")).send(events)
    (request,) = server.requests
    assert request.path == "/_bulk"
    assert request.headers["authorization"] == "ApiKey aWQ6a2V5"
    assert request.headers["content-type"] == "application/x-ndjson"
    assert request.body.endswith(b"\n")
    lines = request.ndjson()
    assert len(lines) == 6
    for event, action, doc in zip(events, lines[0::2], lines[1::2], strict=True):
        assert action == {"create": {"_id": event_uid(event), "_index": "logs-pasteguard-default"}}
        assert doc == to_ecs(event)


def test_elastic_index_from_settings_or_url(server: HttpCollector, flagged_event: Event) -> None:
    server.default = elastic_answer
    HttpSink(HttpTarget(server.url + "/", "elastic", index="pg-events")).send([flagged_event])
    HttpSink(HttpTarget(server.url + "/my-index", "elastic")).send([flagged_event])
    first, second = server.requests
    assert first.ndjson()[0]["create"]["_index"] == "pg-events"
    assert "authorization" not in first.headers  # no token, no header
    assert second.path == "/my-index/_bulk"
    assert "_index" not in second.ndjson()[0]["create"]


def test_elastic_partial_failure_raises_and_is_retried(
    server: HttpCollector, flagged_event: Event
) -> None:
    sink = HttpSink(HttpTarget(server.url, "elastic", token="t"))
    events = numbered(flagged_event, 3)
    server.default = lambda r: elastic_answer(r, fail={1})
    with pytest.raises(SinkError) as err:
        sink.send(events)
    assert err.value.accepted == {0, 2}
    message = str(err.value)
    assert "refused 1 of 3" in message and "mapper_parsing_exception (400)" in message
    assert "SECRETPREVIEW" not in message  # Elastic's reason may quote the document

    # Through the forwarder: the two taken are done, the refused one is sent again and lands.
    clock = Clock()
    outbox = FakeOutbox(clock)
    outbox.add(events, ["http:127.0.0.1"])
    forwarder = Forwarder(
        outbox, {"http:127.0.0.1": sink}, clock=clock, base_backoff=1.0, strict=True
    )
    server.requests.clear()
    assert forwarder.run_once() == {"http:127.0.0.1": 2}
    assert [i.done for i in outbox.items] == [True, False, True]
    status = forwarder.status()["http:127.0.0.1"]
    assert status.last_error is not None and "refused 1 of 3" in status.last_error
    server.default = elastic_answer
    clock.advance(5)
    assert forwarder.run_once() == {"http:127.0.0.1": 1}
    assert outbox.outbox_size() == 0
    retried = server.requests[-1].ndjson()
    assert [d["pasteguard"]["id"] for d in retried[1::2]] == [2]


def test_elastic_duplicate_counts_as_delivered(server: HttpCollector, flagged_event: Event) -> None:
    # A batch sent again after a lost answer: Elastic already has these ids (409 on create).
    server.default = lambda r: elastic_answer(r, status=409)
    HttpSink(HttpTarget(server.url, "elastic")).send(numbered(flagged_event, 2))


def test_elastic_answer_without_items_is_a_failure(
    server: HttpCollector, flagged_event: Event
) -> None:
    server.default = lambda r: Reply(200, {"acknowledged": True})
    with pytest.raises(SinkError, match="no items"):
        HttpSink(HttpTarget(server.url, "elastic")).send([flagged_event])


def test_splunk_hec(server: HttpCollector, flagged_event: Event) -> None:
    server.default = lambda r: Reply(200, {"text": "Success", "code": 0})
    events = numbered(flagged_event, 2)
    HttpSink(HttpTarget(server.url, "splunk", token="hec-token", index="security")).send(events)
    (request,) = server.requests
    assert request.path == "/services/collector/event"
    assert request.headers["authorization"] == "Splunk hec-token"
    lines = request.ndjson()
    for event, line in zip(events, lines, strict=True):
        assert line["event"] == to_ecs(event)
        assert line["sourcetype"] == "pasteguard:ecs"
        assert line["source"] == "pasteguard"
        assert line["index"] == "security"
        assert line["host"] == event.host
        assert line["time"] == pytest.approx(event.time.timestamp(), abs=0.001)


def test_splunk_error_code_is_a_failure(server: HttpCollector, flagged_event: Event) -> None:
    server.default = lambda r: Reply(400, {"text": "Invalid token", "code": 4})
    with pytest.raises(SinkError, match="HTTP 400"):
        HttpSink(HttpTarget(server.url, "splunk", token="bad")).send([flagged_event])
    server.default = lambda r: Reply(200, {"text": "Server is busy", "code": 9})
    with pytest.raises(SinkError, match="Server is busy"):
        HttpSink(HttpTarget(server.url, "splunk", token="t")).send([flagged_event])


def test_webhook(server: HttpCollector, flagged_event: Event) -> None:
    server.default = lambda r: Reply(204, b"")
    events = numbered(flagged_event, 2)
    HttpSink(HttpTarget(server.url + "/hooks/pg?x=1", "webhook", token="abc")).send(events)
    HttpSink(HttpTarget(server.url + "/hooks/pg", "webhook")).send(events[:1])
    first, second = server.requests
    assert first.path == "/hooks/pg?x=1"
    assert first.headers["authorization"] == "Bearer abc"
    assert first.headers["content-type"] == "application/json"
    assert first.json() == [to_ecs(e) for e in events]
    assert "authorization" not in second.headers


@pytest.mark.parametrize("status", [301, 302, 307, 400, 401, 403, 413, 500, 503])
def test_webhook_non_2xx_fails(server: HttpCollector, flagged_event: Event, status: int) -> None:
    server.default = lambda r: Reply(status, {}, headers={"Location": server.url + "/elsewhere"})
    with pytest.raises(SinkError, match=f"HTTP {status}"):
        HttpSink(HttpTarget(server.url + "/hook", "webhook")).send([flagged_event])
    assert [r.path for r in server.requests] == ["/hook"]  # a redirect is not followed


def test_refused_and_timeout(server: HttpCollector, flagged_event: Event) -> None:
    with pytest.raises(SinkError, match="refused"):
        HttpSink(HttpTarget(f"http://127.0.0.1:{free_port()}", "webhook")).send([flagged_event])
    server.default = lambda r: Reply(200, [], delay=1.0)
    with pytest.raises(SinkError, match="timed out"):
        HttpSink(HttpTarget(server.url, "webhook"), timeout=0.2).send([flagged_event])


def test_batches_are_split_and_partial_progress_reported(
    server: HttpCollector, flagged_event: Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    size = len(json.dumps(to_ecs(flagged_event)).encode())
    monkeypatch.setitem(http_sink.MAX_REQUEST_BYTES, "webhook", 2 * size + 100)
    server.replies = [Reply(200), Reply(500)]
    with pytest.raises(SinkError) as err:
        HttpSink(HttpTarget(server.url, "webhook")).send(numbered(flagged_event, 5))
    assert err.value.accepted == {0, 1}
    assert [len(r.json()) for r in server.requests] == [2, 2]


def test_bad_targets_are_refused() -> None:
    with pytest.raises(ValueError, match="kind"):
        HttpSink(HttpTarget("https://h", "graylog"))
    with pytest.raises(ValueError, match="http"):
        HttpSink(HttpTarget("ftp://h/x", "webhook"))


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    return make_certificate(tmp_path_factory.mktemp("tls"))


def test_https_to_a_plain_http_port_says_it_does_not_answer_in_tls(flagged_event: Event) -> None:
    """The most common mistake, https:// for a collector's plain port: the status said
    "[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)"."""
    server = HttpCollector()
    try:
        with pytest.raises(SinkError) as err:
            HttpSink(HttpTarget(f"https://localhost:{server.port}/hook", "webhook")).send(
                [flagged_event]
            )
        assert str(err.value) == (
            "webhook localhost: it does not answer in TLS on that port (a plain TCP or HTTP port?)"
        )
    finally:
        server.close()


def test_tls_verification(flagged_event: Event, certificate: Certificate) -> None:
    server = HttpCollector(certificate.server_context())
    try:
        url = f"https://localhost:{server.port}/hook"
        HttpSink(HttpTarget(url, "webhook", ca_file=str(certificate.cert))).send([flagged_event])
        with pytest.raises(
            SinkError,
            match=r"certificate is not accepted \(self.signed certificate\); check ca_file",
        ):
            HttpSink(HttpTarget(url, "webhook")).send([flagged_event])
        HttpSink(HttpTarget(url, "webhook", verify_tls=False)).send([flagged_event])
        assert len(server.requests) == 2
    finally:
        server.close()


def test_secrets_stay_out_of_errors(server: HttpCollector, flagged_event: Event) -> None:
    server.default = lambda r: Reply(401, {"error": "bad"})
    target = HttpTarget(server.url.replace("://", "://user:pw@"), "splunk", token="TOPSECRET")
    with pytest.raises(SinkError) as err:
        HttpSink(target).send([replace(flagged_event)])
    assert "TOPSECRET" not in str(err.value) and "pw" not in str(err.value)
    assert "TOPSECRET" not in repr(target)
