"""Checks of single values: text, host names, URLs, paths and mail addresses."""

from __future__ import annotations

import ipaddress
import os
import re
import unicodedata
from urllib.parse import SplitResult, parse_qs, urlsplit

from app.config.model import SettingsError

MAX_TEXT = 2048


def kind_of(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__  # dates and times


def text_value(key: str, value: object, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise SettingsError(key, value, f"must be text in quotes, not {kind_of(value)}")
    if len(value) > limit:
        raise SettingsError(key, value, f"is longer than {limit} characters")
    if any(unicodedata.category(c) == "Cc" for c in value):
        raise SettingsError(key, value, "contains control characters")
    return value


_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


def host_name(key: str, value: object) -> str:
    """A DNS name in the ASCII form browsers report (punycode), lower case."""
    text = text_value(key, value, 253).strip().lower().rstrip(".")
    if any(c in text for c in "/:@*? ") or not text:
        raise SettingsError(
            key, value, "must be a host name such as docs.example.com, without scheme or path"
        )
    if not text.isascii():
        # Browsers label clipboard sources with the punycode form of the host.
        try:
            text = text.encode("idna").decode("ascii")
        except UnicodeError as error:
            raise SettingsError(key, value, "is not a valid international host name") from error
    if len(text) > 253 or not all(_LABEL.fullmatch(label) for label in text.split(".")):
        raise SettingsError(key, value, "is not a valid host name")
    return text


def _split_url(
    key: str, value: object, schemes: tuple[str, ...], wrong_scheme: str
) -> tuple[str, SplitResult]:
    text = text_value(key, value)
    if any(c.isspace() for c in text):
        raise SettingsError(key, value, "must not contain spaces")
    try:
        parts = urlsplit(text)
        _ = parts.port  # raises ValueError for a port that is not a number in range
    except ValueError as error:
        raise SettingsError(key, value, f"is not a valid URL ({error})") from error
    if parts.scheme not in schemes:  # urlsplit lower-cases the scheme
        raise SettingsError(key, value, wrong_scheme)
    if not parts.hostname:
        raise SettingsError(key, value, "has no host name")
    if parts.username is not None or parts.password is not None:
        # A user part is how lures disguise hosts (https://trusted@evil); credentials belong
        # in `token`, never in a URL that ends up in logs.
        raise SettingsError(key, value, "must not contain a user name or password (user@host)")
    try:
        ipaddress.ip_address(parts.hostname)
    except ValueError:
        try:
            host_name(key, parts.hostname)
        except SettingsError as error:
            raise SettingsError(key, value, f"has an invalid host: {error.reason}") from error
    return text, parts


def installer_prefix(key: str, value: object) -> str:
    # The trust list never trusts plain HTTP: anyone on the path can change the script.
    text, parts = _split_url(key, value, ("https",), "must start with https://")
    if parts.query or parts.fragment:
        raise SettingsError(key, value, "must not contain ? or #: give the address of the script")
    return text


def path(key: str, value: object) -> str:
    # Expanded here, once, so every consumer gets a usable path; in a policy, "~" is the home
    # folder of whoever runs PasteGuard.
    text = os.path.expanduser(text_value(key, value))
    if not os.path.isabs(text):
        # Relative to what? The guard's working folder differs between autostart and a shell.
        raise SettingsError(key, value, "must be an absolute path")
    return text


_MAIL = re.compile(r"[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\"]+")


def mail(key: str, value: object) -> str:
    text = text_value(key, value, 254)
    if not _MAIL.fullmatch(text):
        raise SettingsError(key, value, "must be a mail address such as it-security@example.com")
    return text


def syslog_url(key: str, value: object) -> str:
    text, parts = _split_url(
        key, value, ("tcp", "udp", "tls"), "must start with tcp://, udp:// or tls://"
    )
    if parts.port is None or parts.port == 0:
        raise SettingsError(key, value, "needs a port, e.g. tcp://siem.example.com:514")
    if parts.path not in ("", "/") or parts.fragment:
        raise SettingsError(key, value, "must be only scheme://host:port[?facility=…&max_bytes=…]")
    for name, values in parse_qs(parts.query, keep_blank_values=True).items():
        given = values[-1]
        if name == "facility" and given.lower() in SYSLOG_FACILITIES:
            continue
        if name == "max_bytes" and given.isdigit() and 2048 <= int(given) <= 1 << 20:
            continue
        raise SettingsError(
            key, value, "takes only ?facility=local0-7, auth, … and ?max_bytes=2048-1048576"
        )
    return text


# the facilities app.forwarding.syslog knows (kept here: configuration does not import it)
SYSLOG_FACILITIES = frozenset(
    ["kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news", "uucp", "cron",
     "authpriv", "ftp", *(f"local{n}" for n in range(8))]
)  # fmt: skip


def http_url(key: str, value: object) -> str:
    text, parts = _split_url(key, value, ("http", "https"), "must start with https:// or http://")
    if parts.fragment:
        raise SettingsError(key, value, "must not contain #")
    return text


def token(key: str, value: object) -> str:
    text = text_value(key, value, 4096)
    if not text or any(c.isspace() for c in text):
        raise SettingsError(key, value, "must be the token alone, without spaces")
    return text


_INDEX = re.compile(r"[a-z0-9][a-z0-9_.+-]{0,254}")


def index(key: str, value: object) -> str:
    text = text_value(key, value, 255)
    if not _INDEX.fullmatch(text):
        raise SettingsError(
            key, value, "must be an index name: lower-case letters, digits, - _ . +"
        )
    return text


def url_identity(url: str) -> str:
    """The same collector whatever the case of scheme and host or a trailing slash."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{parts.path.rstrip('/')}?{parts.query}"


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
