"""Small local collectors for the sink tests: syslog over TCP/TLS/UDP and an HTTP endpoint."""

from __future__ import annotations

import json
import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


def wait_until(check: Callable[[], bool], timeout: float = 5.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.01)


def read_frames(conn: socket.socket | ssl.SSLSocket, sink: list[bytes], lock: threading.Lock,
                limit: int | None = None) -> None:  # fmt: skip
    """Read RFC 6587 octet-counted frames ("LEN SP MSG") until EOF or `limit` messages."""
    buffer = b""
    count = 0
    while limit is None or count < limit:
        try:
            chunk = conn.recv(65536)
        except OSError:
            return
        if not chunk:
            return
        buffer += chunk
        while b" " in buffer:
            length_text, rest = buffer.split(b" ", 1)
            assert length_text.isdigit(), f"bad frame start {buffer[:40]!r}"
            length = int(length_text)
            if len(rest) < length:
                break
            with lock:
                sink.append(rest[:length])
            count += 1
            buffer = rest[length:]


class TcpCollector:
    """Accepts syslog connections (TLS when given a context); `close_after` closes each
    connection after that many messages, as a collector restart would."""

    def __init__(self, context: ssl.SSLContext | None = None, close_after: int | None = None,
                 port: int = 0) -> None:  # fmt: skip
        self.server = socket.create_server(("127.0.0.1", port))
        self.port = self.server.getsockname()[1]
        self.context = context
        self.close_after = close_after
        self.messages: list[bytes] = []
        self.connections = 0
        self.closed_connections = 0
        self.handshake_errors: list[str] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        stream: socket.socket | ssl.SSLSocket = conn
        try:
            if self.context is not None:
                conn.settimeout(5)
                stream = self.context.wrap_socket(conn, server_side=True)
            read_frames(stream, self.messages, self._lock, self.close_after)
        except (OSError, ssl.SSLError) as exc:
            self.handshake_errors.append(str(exc))
        finally:
            stream.close()
            self.closed_connections += 1

    def wait_for(self, count: int, timeout: float = 5.0) -> list[bytes]:
        wait_until(lambda: len(self.messages) >= count, timeout, f"{count} syslog messages")
        return list(self.messages)

    def close(self) -> None:
        self.server.close()


class UdpCollector:
    def __init__(self, port: int = 0) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 << 20)
        self.sock.bind(("127.0.0.1", port))
        self.port = self.sock.getsockname()[1]
        self.messages: list[bytes] = []
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        while True:
            try:
                data = self.sock.recv(70000)
            except OSError:
                return
            self.messages.append(data)

    def wait_for(self, count: int, timeout: float = 5.0) -> list[bytes]:
        wait_until(lambda: len(self.messages) >= count, timeout, f"{count} datagrams")
        return list(self.messages)

    def close(self) -> None:
        self.sock.close()


@dataclass(frozen=True)
class Certificate:
    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert, self.key)
        return context


def make_certificate(folder: Path) -> Certificate:
    """A self-signed certificate for localhost and 127.0.0.1, made with Debian's openssl."""
    openssl = shutil.which("openssl")
    assert openssl, "the TLS tests need the openssl command (Debian package openssl)"
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return Certificate(cert, key)


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    def ndjson(self) -> list[Any]:
        return [json.loads(line) for line in self.body.decode().splitlines() if line.strip()]


@dataclass
class Reply:
    status: int = 200
    body: Any = field(default_factory=dict)  # JSON-able, or bytes as is
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    # seconds between bytes of the whole answer, status line included: a collector that
    # answers, just never finishes (each byte restarts a socket timeout)
    trickle: float = 0.0


class HttpCollector:
    """Records every request; answers with the queued replies, then with `default`
    (which may be a function of the request, to answer like Elastic would)."""

    def __init__(self, context: ssl.SSLContext | None = None) -> None:
        self.requests: list[Request] = []
        self.replies: list[Reply] = []
        self.default: Callable[[Request], Reply] = lambda _: Reply()
        self.closed = threading.Event()
        collector = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                request = Request(
                    "POST", self.path, {k.lower(): v for k, v in self.headers.items()},
                    self.rfile.read(length),
                )  # fmt: skip
                collector.requests.append(request)
                reply = (
                    collector.replies.pop(0) if collector.replies else collector.default(request)
                )
                if reply.delay:
                    time.sleep(reply.delay)
                body = (
                    reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
                )
                if reply.trickle:
                    raw = (f"HTTP/1.0 {reply.status} OK\r\nContent-Type: application/json\r\n"
                           f"Content-Length: {len(body)}\r\n\r\n").encode() + body  # fmt: skip
                    for i in range(len(raw)):
                        if collector.closed.wait(reply.trickle):
                            return
                        try:
                            self.wfile.write(raw[i : i + 1])
                            self.wfile.flush()
                        except OSError:
                            return  # the client gave up: what the test wants
                    return
                self.send_response(reply.status)
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        # Clients that time out or refuse our certificate hang up: that is the test, not noise.
        self.server.handle_error = lambda request, client_address: None  # type: ignore[method-assign]
        if context is not None:
            self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        self.scheme = "https" if context else "http"
        threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True).start()

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def close(self) -> None:
        self.closed.set()
        self.server.shutdown()
        self.server.server_close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
