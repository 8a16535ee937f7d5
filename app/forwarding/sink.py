"""What every forwarding destination offers the forwarder, and how it reports a failure."""

from __future__ import annotations

import ssl
from collections.abc import Iterable, Sequence
from typing import Protocol

from app.events import Event


class SinkError(Exception):
    """The collector did not take (all of) a batch; the forwarder retries it later.

    `accepted` holds the positions in the batch that the collector did confirm (a partial
    Elastic bulk, an HTTP request that went through before a later one failed): those are done.
    """

    def __init__(self, message: str, accepted: Iterable[int] = ()) -> None:
        super().__init__(message)
        self.accepted = frozenset(accepted)


class Sink(Protocol):
    """A destination for events. Called from the forwarder's thread only; `send` blocks for at
    most about its timeout and returns only when the collector accepted the whole batch."""

    def send(self, events: Sequence[Event]) -> None:
        """Deliver the batch or raise SinkError."""
        ...

    def close(self) -> None:
        """Release connections; a later `send` opens them again."""
        ...


# OpenSSL's reasons for a handshake that a collector not speaking TLS ends: its answer is not a
# TLS record (a plain syslog or HTTP port answers text)
_NOT_TLS = ("WRONG_VERSION_NUMBER", "HTTP_REQUEST", "PACKET_LENGTH_TOO_LONG",
            "RECORD_LAYER_FAILURE", "UNKNOWN_PROTOCOL")  # fmt: skip


def failure_reason(exc: BaseException, ca_setting: str = "ca_file") -> str:
    """Why a send failed, in words an administrator acts on. OpenSSL's own ("[SSL:
    WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)") named neither that the
    collector does not speak TLS on that port nor what to check. `ca_setting`: the key that
    names the collector's CA (forward.syslog_ca, or a [[forward.http]] target's ca_file)."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        said = exc.verify_message or exc.reason or "not trusted"
        return f"its TLS certificate is not accepted ({said}); check {ca_setting} and the address"
    if isinstance(exc, ssl.SSLError):
        code = str(exc.reason or "")
        if code in _NOT_TLS:
            return "it does not answer in TLS on that port (a plain TCP or HTTP port?)"
        if isinstance(exc, ssl.SSLEOFError | ssl.SSLZeroReturnError) or code.startswith(
            "UNEXPECTED_EOF"
        ):
            return ("it closed the connection during the TLS handshake (it may not speak TLS, "
                    "or it refused this client)")  # fmt: skip
        if "CERTIFICATE_REQUIRED" in code:
            return "it asks for a client certificate, which PasteGuard does not send"
        if "ALERT" in code:  # the collector said no: its alert, in words
            alert = code.split("ALERT_", 1)[-1].replace("_", " ").lower()
            return f"it refused the TLS handshake ({alert})"
        return f"TLS failed ({(code or str(exc)).replace('_', ' ').lower()})"
    if isinstance(exc, TimeoutError):
        return "timed out"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__
