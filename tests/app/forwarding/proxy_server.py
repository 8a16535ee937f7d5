"""A small HTTP proxy on loopback for the forwarding tests: CONNECT tunnels and absolute-form
requests, as corporate proxies (Squid and the like) answer them. It records what it saw: each
request line and its headers, and every byte the client sent it, tunnel included."""

from __future__ import annotations

import contextlib
import select
import socket
import socketserver
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

# taken now: a test may slow socket.create_connection down for the sink, never for the proxy
_connect = socket.create_connection


@dataclass(frozen=True)
class Seen:
    method: str
    target: str  # "host:port" for CONNECT, the absolute URL otherwise
    headers: dict[str, str]  # lower-case names


class ProxyServer:
    """`auth`: the Proxy-Authorization value it demands (407 otherwise); `trickle`: seconds
    between the bytes of its answer to CONNECT (a proxy that answers, just never finishes)."""

    def __init__(self, port: int = 0, auth: str | None = None, trickle: float = 0.0) -> None:
        self.seen: list[Seen] = []
        self.accepted = 0  # connections its handler took (some may close before a request line)
        self.client_bytes = bytearray()
        self.auth = auth
        self.trickle = trickle
        self.closed = threading.Event()
        self._lock = threading.Lock()
        proxy = self

        class Handler(socketserver.StreamRequestHandler):
            rbufsize = 0  # unbuffered: nothing of a tunnel is read ahead with the headers

            def handle(self) -> None:
                with proxy._lock:
                    proxy.accepted += 1
                proxy._handle(self.connection, self.rfile)

        socketserver.ThreadingTCPServer.allow_reuse_address = True
        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.server.handle_error = lambda request, client_address: None  # type: ignore[method-assign]
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self.closed.set()
        self.server.shutdown()
        self.server.server_close()

    def _record(self, data: bytes) -> None:
        with self._lock:
            self.client_bytes += data

    def _handle(self, client: socket.socket, rfile: object) -> None:
        read = rfile.readline  # type: ignore[attr-defined]
        line = read(65536)
        self._record(line)
        method, target, _ = line.decode("latin-1").split(" ", 2)
        headers: dict[str, str] = {}
        while True:
            header = read(65536)
            self._record(header)
            if header in (b"\r\n", b"\n", b""):
                break
            name, _, value = header.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        self.seen.append(Seen(method, target, headers))
        if self.auth is not None and headers.get("proxy-authorization") != self.auth:
            client.sendall(b"HTTP/1.1 407 Proxy Authentication Required\r\n"
                           b"Proxy-Authenticate: Basic realm=\"test\"\r\n"
                           b"Content-Length: 0\r\nConnection: close\r\n\r\n")  # fmt: skip
            return
        if method == "CONNECT":
            host, _, port = target.rpartition(":")
            answer = b"HTTP/1.1 200 Connection established\r\n\r\n"
            upstream = _connect((host.strip("[]"), int(port)), timeout=5)
            with upstream:
                if self.trickle:
                    for i in range(len(answer)):
                        if self.closed.wait(self.trickle):
                            return
                        client.sendall(answer[i : i + 1])
                else:
                    client.sendall(answer)
                self._relay(client, upstream)
            return
        split = urlsplit(target)
        length = int(headers.get("content-length", "0"))
        body = b""
        while len(body) < length:
            piece = client.recv(length - len(body))
            if not piece:
                break
            body += piece
        self._record(body)
        upstream = _connect((split.hostname or "", split.port or 80), timeout=5)
        path = (split.path or "/") + (f"?{split.query}" if split.query else "")
        lines = [f"{method} {path} HTTP/1.1"]
        lines += [f"{k}: {v}" for k, v in headers.items()
                  if not k.startswith("proxy-") and k != "connection"]  # fmt: skip
        lines.append("Connection: close")
        with upstream:
            upstream.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
            while chunk := upstream.recv(65536):
                client.sendall(chunk)

    def _relay(self, client: socket.socket, upstream: socket.socket) -> None:
        """Both ways until one side closes; what the client sends is recorded."""
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not self.closed.is_set():
            ready, _, _ = select.select([client, upstream], [], [], 0.1)
            for sock in ready:
                try:
                    data = sock.recv(65536)
                except OSError:
                    return
                if not data:
                    return
                if sock is client:
                    self._record(data)
                    upstream.sendall(data)
                else:
                    with contextlib.suppress(OSError):
                        client.sendall(data)
