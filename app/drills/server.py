"""The drill pages, served on the loopback interface only, on a port the system picks.

Requests must name this server by its loopback address and port in `Host` (a page on another
site that rebinds its DNS name to 127.0.0.1 sends its own name and is refused), only GET is
answered, and nothing is sent that lets another origin read a page (no CORS headers).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import http.server

log = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"
# No other page may frame a drill page (clicking it inside a lure would still only ever make
# the guard stricter, but a drill is the person's own lesson, not someone else's prop).
POLICY = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "frame-ancestors 'none'"
)
# path -> page bytes, or None for "not found"; called on the server's threads
Pages = Callable[[str], bytes | None]


class DrillServer:
    """A tiny HTTP server for the drill pages; `start` binds, `stop` closes."""

    def __init__(self, pages: Pages) -> None:
        self.pages = pages
        self._server: http.server.ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        assert self._server is not None, "start() the server first"
        return int(self._server.server_address[1])

    @property
    def origin(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    @property
    def running(self) -> bool:
        return self._server is not None

    def start(self) -> None:
        if self._server is not None:
            return
        import http.server  # here: start-up does not pay for a server no drill may need

        pages = self.pages
        server_ref: list[http.server.ThreadingHTTPServer] = []

        class Handler(http.server.BaseHTTPRequestHandler):
            server_version = "PasteGuard"
            sys_version = ""

            def do_GET(self) -> None:
                expected = f"{LOOPBACK}:{server_ref[0].server_address[1]}"
                if self.headers.get("Host", "") != expected:
                    self._send(421, b"wrong host\n", "text/plain")
                    return
                try:
                    body = pages(self.path.split("?", 1)[0][:256])
                except Exception:
                    log.exception("a drill page failed")
                    body = None
                if body is None:
                    self._send(404, b"not found\n", "text/plain")
                else:
                    self._send(200, body, "text/html; charset=utf-8")

            def _send(self, status: int, body: bytes, kind: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.send_header("X-Content-Type-Options", "nosniff")
                self.send_header("Referrer-Policy", "no-referrer")
                self.send_header("Content-Security-Policy", POLICY)
                self.send_header("X-Frame-Options", "DENY")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        server = http.server.ThreadingHTTPServer((LOOPBACK, 0), Handler)
        server.daemon_threads = True
        server_ref.append(server)
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, name="drill-pages", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
