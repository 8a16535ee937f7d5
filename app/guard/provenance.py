"""Where clipboard text came from, read from the formats that browsers and password managers add.

Browsers label what a page writes: Chromium adds `chromium/x-source-url` on Linux,
`Chromium internal source URL` on Windows and `org.chromium.source-url` on macOS, Firefox
`text/x-moz-url-priv`, old Edge `msSourceUrl`. `text/source-url` is the cross-browser name
Microsoft proposed for the same thing; any browser that ships it is read too. Pages cannot
write these formats themselves: a page's own types go into the browser's custom-data blob
(`chromium/x-web-custom-data`, `application/x-moz-custom-clipdata`).

Password managers mark secrets: `x-kde-passwordManagerHint: secret`,
`org.nspasteboard.ConcealedType`, `ExcludeClipboardContentFromMonitorProcessing`,
`CanIncludeInClipboardHistory = 0`. Qt reports all of them through QMimeData.formats(); on
Windows it wraps registered formats as `application/x-qt-windows-mime;value="NAME"`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

SOURCE_URL_FORMATS = (  # a browser's own name first; the proposed common one after it
    "chromium/x-source-url",
    "Chromium internal source URL",
    "org.chromium.source-url",
    "text/x-moz-url-priv",
    "msSourceUrl",
    "text/source-url",
)
SECRET_FORMATS = (
    "x-kde-passwordManagerHint",
    "org.nspasteboard.ConcealedType",
    "ExcludeClipboardContentFromMonitorProcessing",
)
NO_HISTORY_FORMATS = ("CanIncludeInClipboardHistory", "CanUploadToCloudClipboard")
MAX_URL = 4096


@dataclass(frozen=True)
class Provenance:
    source_url: str | None = None  # the web page that wrote the text, when a browser says so
    owner_app: str | None = None  # the program that owns the clipboard, where the system tells
    secret: bool = False  # a password manager marked it: never analysed, stored or forwarded
    formats: tuple[str, ...] = ()

    @property
    def source(self) -> str | None:
        return self.source_url or self.owner_app


def base_format(name: str) -> str:
    """`application/x-qt-windows-mime;value="NAME"` → `NAME`; other names unchanged."""
    marker = 'value="'
    if name.startswith("application/x-qt-windows-mime") and marker in name:
        return name.split(marker, 1)[1].rstrip('"')
    return name


def decode_format_text(data: bytes) -> str:
    """Format payloads come as UTF-8, or UTF-16LE (Windows, Firefox); NUL-terminated often."""
    if len(data) >= 2 and data[1:2] == b"\x00":
        text = data.decode("utf-16-le", errors="replace")
    else:
        text = data.decode("utf-8", errors="replace")
    return text.split("\x00", 1)[0].strip()


def _first_line(text: str) -> str:
    # text/x-moz-url-priv may carry "URL\ntitle"
    return text.splitlines()[0].strip() if text else ""


def read_provenance(
    formats: Iterable[str], data: Callable[[str], bytes], owner_app: str | None = None
) -> Provenance:
    """Provenance from the clipboard's format names and a reader for a format's bytes."""
    names = tuple(formats)
    by_base = {base_format(n): n for n in names}
    secret = False
    for name in SECRET_FORMATS:
        if name in by_base:
            value = decode_format_text(data(by_base[name])).lower()
            # the KDE hint says "secret"; the others mark a secret by being present at all
            secret = secret or name != "x-kde-passwordManagerHint" or value == "secret"
    for name in NO_HISTORY_FORMATS:
        if name in by_base:
            raw = data(by_base[name])
            if raw[:4] == b"\x00\x00\x00\x00":  # a DWORD 0: do not keep this in any history
                secret = True
    url: str | None = None
    for name in SOURCE_URL_FORMATS:
        if name in by_base:
            candidate = _first_line(decode_format_text(data(by_base[name])))[:MAX_URL]
            if candidate:
                url = candidate
                break
    return Provenance(source_url=url, owner_app=owner_app, secret=secret, formats=names)
