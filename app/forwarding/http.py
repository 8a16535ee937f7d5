"""HTTP JSON forwarding: Elastic `_bulk`, Splunk HTTP Event Collector, or a generic webhook."""

from __future__ import annotations

import contextlib
import http.client
import json
import logging
import socket
import ssl
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol
from urllib.parse import urlsplit, urlunsplit

from app import __version__
from app.events import Event
from app.forwarding.ecs import encode, event_uid, to_ecs_json
from app.forwarding.proxy import route_for
from app.forwarding.sink import SinkError, failure_reason

log = logging.getLogger(__name__)

KINDS = ("elastic", "splunk", "webhook")
DEFAULT_INDEX = "logs-pasteguard-default"  # an Elastic data stream: type-dataset-namespace
SPLUNK_PATH = "/services/collector/event"
SOURCETYPE = "pasteguard:ecs"
# Requests are split so that none exceeds what the receiver takes by default (Splunk HEC and
# most webhooks: about 1 MB; Elasticsearch: 100 MB).
MAX_REQUEST_BYTES = {"elastic": 10 << 20, "splunk": 1_000_000, "webhook": 1_000_000}
MAX_RESPONSE_BYTES = 16 << 20


class HttpTarget(Protocol):
    """One `[[forward.http]]` entry (app.config.HttpTarget has these attributes)."""

    @property
    def url(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def token(self) -> str | None: ...
    @property
    def index(self) -> str | None: ...
    @property
    def verify_tls(self) -> bool: ...
    @property
    def ca_file(self) -> str | None: ...


class HttpSink:
    """Posts batches of ECS documents; a batch counts as delivered only when the receiver
    answered 2xx and, for Elastic and Splunk, reported every event as taken."""

    def __init__(
        self,
        target: HttpTarget,
        timeout: float = 10.0,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        """`timeout`: seconds for a whole request, from connecting to the last byte.
        `environ` (default: this process's) names the proxy, as curl reads it
        (app.forwarding.proxy)."""
        if target.kind not in KINDS:
            raise ValueError(f"unknown HTTP forwarding kind {target.kind!r}; use one of {KINDS}")
        split = urlsplit(target.url)
        if split.scheme not in ("http", "https") or not split.hostname:
            raise ValueError(f"forwarding URL {target.url!r} is not an http(s) URL")
        self.kind = target.kind
        self.url = _endpoint(target.url, target.kind)
        self.host = split.hostname
        self.index = target.index
        self.timeout = timeout
        self._token = target.token
        self._context = _tls_context(target.verify_tls, target.ca_file)
        route = route_for(self.url, environ)
        self.proxy = route.proxy
        self.route = route.note  # what status says about the way out; None: direct
        if route.note:
            log.info("forwarding to %s: proxy %s", self.host, route.note)
        if not target.verify_tls:
            log.warning("forwarding to %s without checking its TLS certificate", self.host)
        self._lock = threading.Lock()
        # the request in flight: its connection, "cut" (set when ended early), "finished"
        self._current: (
            tuple[http.client.HTTPConnection, threading.Event, threading.Event] | None
        ) = None
        self._aborted = False

    def send(self, events: Sequence[Event]) -> None:
        if not events:
            return
        encoder: Callable[[Event], bytes]
        post: Callable[[list[bytes]], None]
        if self.kind == "elastic":
            encoder, post = self._bulk_lines, self._post_bulk
        elif self.kind == "splunk":
            encoder, post = self._hec_line, self._post_hec
        else:
            encoder, post = _webhook_item, self._post_webhook
        accepted: set[int] = set()
        for chunk in _chunks([encoder(e) for e in events], MAX_REQUEST_BYTES[self.kind]):
            try:
                post([part for _, part in chunk])
            except SinkError as exc:
                accepted.update(chunk[i][0] for i in exc.accepted)
                raise SinkError(str(exc), accepted) from exc
            accepted.update(i for i, _ in chunk)

    def close(self) -> None:
        pass  # urllib opens one connection per request

    # Elastic ------------------------------------------------------------------------------

    def _bulk_lines(self, event: Event) -> bytes:
        # `create` with the event's stable id: a batch sent again after a lost answer is
        # refused as a duplicate (409) instead of indexed twice; data streams take only create.
        action: dict[str, Any] = {"_id": event_uid(event)}
        if self.index is not None or not self._url_names_index():
            action["_index"] = self.index or DEFAULT_INDEX
        return encode(json.dumps({"create": action}) + "\n" + to_ecs_json(event) + "\n")

    def _url_names_index(self) -> bool:
        return urlsplit(self.url).path.rstrip("/") not in ("", "/_bulk")

    def _post_bulk(self, parts: list[bytes]) -> None:
        answer = self._post(b"".join(parts), "application/x-ndjson", f"ApiKey {self._token}")
        if not isinstance(answer, dict) or not isinstance(answer.get("items"), list):
            raise SinkError(f"Elastic {self.host}: the _bulk answer has no items")
        items = answer["items"]
        if not answer.get("errors") and len(items) == len(parts):
            return
        taken, problems = set(), []
        for i, item in enumerate(items[: len(parts)]):
            result: Any = next(iter(item.values()), {}) if isinstance(item, dict) else {}
            status = result.get("status", 0) if isinstance(result, dict) else 0
            if 200 <= status < 300 or status == 409:  # 409: this id is already indexed
                taken.add(i)
            else:
                error = result.get("error", {}) if isinstance(result, dict) else {}
                # Only the type: Elastic's reason can quote the document, i.e. flagged text.
                kind = error.get("type", "error") if isinstance(error, dict) else "error"
                problems.append(f"{kind} ({status})")
        if len(taken) == len(parts):
            return
        refused = len(parts) - len(taken)
        detail = ", ".join(sorted(set(problems))) or "no answer for some events"
        raise SinkError(f"Elastic {self.host} refused {refused} of {len(parts)}: {detail}", taken)

    # Splunk -------------------------------------------------------------------------------

    def _hec_line(self, event: Event) -> bytes:
        head: dict[str, Any] = {
            "time": round(event.time.timestamp(), 3),
            "host": event.host or None,
            "source": "pasteguard",
            "sourcetype": SOURCETYPE,
        }
        if self.index:
            head["index"] = self.index
        meta = json.dumps({k: v for k, v in head.items() if v is not None})
        # The ECS JSON goes in as is, not parsed and dumped again.
        return encode(meta[:-1] + ',"event":' + to_ecs_json(event) + "}\n")

    def _post_hec(self, parts: list[bytes]) -> None:
        answer = self._post(b"".join(parts), "application/json", f"Splunk {self._token}")
        if isinstance(answer, dict) and answer.get("code", 0) != 0:
            raise SinkError(f"Splunk {self.host}: {answer.get('text', 'error')}")

    # Webhook ------------------------------------------------------------------------------

    def _post_webhook(self, parts: list[bytes]) -> None:
        auth = f"Bearer {self._token}" if self._token else None
        self._post(b"[" + b",".join(parts) + b"]", "application/json", auth)

    # --------------------------------------------------------------------------------------

    def _post(self, body: bytes, content_type: str, auth: str | None) -> Any:
        """POST `body`; the whole request (connect, send, the answer) gets `self.timeout`
        seconds in total. A socket timeout alone restarts with every byte: a collector that
        answers a byte every two seconds held the forwarder, and the guard's shutdown, forever."""
        headers = {"Content-Type": content_type, "User-Agent": f"PasteGuard/{__version__}"}
        if auth and self._token:
            headers["Authorization"] = auth
        connection, path = self._connection(headers)
        cut, finished = threading.Event(), threading.Event()
        timer = threading.Timer(self.timeout, self._cut, args=(connection, cut, finished))
        timer.daemon = True
        with self._lock:
            if self._aborted:
                raise SinkError(f"{self.kind} {self.host}: forwarding is stopping")
            self._current = (connection, cut, finished)
        timer.start()
        connected = False
        try:
            connection.connect()  # through a proxy: the CONNECT tunnel and the TLS inside it
            if cut.is_set():  # the deadline passed while the TCP connection was being made
                raise TimeoutError("cut while connecting")
            connected = True
            connection.request("POST", path, body=body, headers=headers)
            with connection.getresponse() as response:  # closing it releases the socket
                status, reason = response.status, response.reason
                raw = response.read(MAX_RESPONSE_BYTES) if 200 <= status < 300 else b""
        except (OSError, http.client.HTTPException, ValueError) as exc:
            # a failure before the collector answered may be the proxy's: say which one
            via = f" (through proxy {self.proxy.address})" if self.proxy and not connected else ""
            if cut.is_set():
                raise SinkError(
                    f"{self.kind} {self.host}: timed out "
                    f"(no complete answer in {self.timeout:g} s){via}"
                ) from exc
            raise SinkError(f"{self.kind} {self.host}: {failure_reason(exc)}{via}") from exc
        finally:
            finished.set()
            timer.cancel()
            with self._lock:
                self._current = None
            connection.close()
        if not 200 <= status < 300:  # a redirect too: a collector never means one
            raise SinkError(f"{self.kind} {self.host}: HTTP {status} {reason}")
        try:
            return json.loads(raw) if raw.strip() else None
        except ValueError:
            if self.kind == "webhook":
                return None  # a webhook may answer anything; 2xx is its only promise
            raise SinkError(f"{self.kind} {self.host}: the answer is not JSON") from None

    def _connection(self, headers: dict[str, str]) -> tuple[http.client.HTTPConnection, str]:
        """A connection (not yet open) for one request, and the path to ask for.

        Through a proxy: an https collector is reached by a CONNECT tunnel, so the proxy sees
        its host and port and nothing of the request (the token, the events); an http collector
        is asked for by its absolute URL, as HTTP/1.1 proxies expect. Raises SinkError for a
        proxy this sink cannot use: the events wait rather than go around it.
        """
        split = urlsplit(self.url)
        host = split.hostname or ""
        https = split.scheme == "https"
        port = split.port or (443 if https else 80)
        path = (split.path or "/") + (f"?{split.query}" if split.query else "")
        proxy = self.proxy
        if proxy is not None and proxy.problem:
            raise SinkError(f"{self.kind} {self.host}: proxy {proxy.describe()}")
        if proxy is None:
            if https:
                return http.client.HTTPSConnection(
                    host, port, timeout=self.timeout, context=self._context
                ), path
            return http.client.HTTPConnection(host, port, timeout=self.timeout), path
        if https:
            tunnel = http.client.HTTPSConnection(
                proxy.host, proxy.port, timeout=self.timeout, context=self._context
            )
            tunnel_headers = {"User-Agent": headers["User-Agent"]}
            if proxy.authorization:
                tunnel_headers["Proxy-Authorization"] = proxy.authorization
            tunnel.set_tunnel(host, port, headers=tunnel_headers)
            return tunnel, path
        if proxy.authorization:
            headers["Proxy-Authorization"] = proxy.authorization
        connection = http.client.HTTPConnection(proxy.host, proxy.port, timeout=self.timeout)
        return connection, urlunsplit(
            (split.scheme, split.netloc, split.path or "/", split.query, "")
        )

    @staticmethod
    def _cut(
        connection: http.client.HTTPConnection, cut: threading.Event, finished: threading.Event
    ) -> None:
        """Another thread (the deadline's timer): end the request now. While the TCP connection
        is still being made (no socket yet; that wait is bounded by the socket timeout), the
        socket is shut as soon as there is one: a proxy or collector that then trickles its
        answer cannot outlast the deadline."""
        cut.set()
        while not finished.is_set():
            sock = connection.sock
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                return
            finished.wait(0.02)

    def abort(self) -> None:
        """Any thread: end the request in flight and refuse new ones (shutdown)."""
        with self._lock:
            self._aborted = True
            current = self._current
        if current is not None:  # never waits here: a connect in progress is cut by a helper
            threading.Thread(
                target=self._cut, args=current, name="forward-abort", daemon=True
            ).start()


def _webhook_item(event: Event) -> bytes:
    return encode(to_ecs_json(event))


def _endpoint(url: str, kind: str) -> str:
    """The URL to post to: a bare Elastic or Splunk address gets its API path."""
    split = urlsplit(url)
    path = split.path.rstrip("/")
    if kind == "elastic" and not path.endswith("/_bulk"):
        path += "/_bulk"
    elif kind == "splunk" and not path:
        path = SPLUNK_PATH
    return urlunsplit((split.scheme, split.netloc, path or "/", split.query, ""))


def _tls_context(verify: bool, ca_file: str | None) -> ssl.SSLContext:
    if not verify:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return context
    return ssl.create_default_context(cafile=ca_file)


def _chunks(parts: list[bytes], limit: int) -> list[list[tuple[int, bytes]]]:
    """Consecutive runs of (position, part) whose total size stays under `limit` (a part larger
    than the limit goes alone)."""
    chunks: list[list[tuple[int, bytes]]] = []
    current: list[tuple[int, bytes]] = []
    total = 0
    for i, part in enumerate(parts):
        if current and total + len(part) > limit:
            chunks.append(current)
            current, total = [], 0
        current.append((i, part))
        total += len(part)
    if current:
        chunks.append(current)
    return chunks
