"""The signed feed: fetched on a schedule off the UI thread, verified, kept, never downgraded.

What happens on each round, and what the guard then uses:

- the network fails, or the server says no: the bundle in use stays (`network`);
- the signature does not verify, the bundle is malformed or its rule files have errors:
  the bundle in use stays (`signature`, `format`, `invalid`);
- it expired, or its serial is not newer than the one in use (a replay of an older bundle,
  which could take a block away): refused, the one in use stays (`expired`, `stale`);
- the same bundle again: nothing to do (`unchanged`);
- a newer, valid bundle: kept on disk (re-verified at the next start) and handed to
  `on_update` with the folder of its rule files (`updated`).
"""

from __future__ import annotations

import logging
import shutil
import threading
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.config.files import write_private
from app.intel.bundle import MAX_BUNDLE, Bundle, BundleError, verify_bundle, write_files

log = logging.getLogger(__name__)

KEPT = "bundle.json"
TIMEOUT = 20.0
UPDATED, UNCHANGED, NETWORK = "updated", "unchanged", "network"


def fetch_url(url: str, timeout: float = TIMEOUT) -> bytes:
    """GET `url` (https, or http on this computer) with a size cap; OSError when it fails."""
    if not url.lower().startswith(("https://", "http://")):
        raise OSError(f"not an http(s) URL: {url!r}")
    request = urllib.request.Request(url, headers={"User-Agent": "PasteGuard intel feed"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        data: bytes = response.read(MAX_BUNDLE + 1)
    if len(data) > MAX_BUNDLE:
        raise OSError(f"the feed answered more than {MAX_BUNDLE} bytes")
    return data


@dataclass
class FeedStatus:
    serial: int | None = None
    expires: str | None = None
    last_result: str | None = None
    last_error: str | None = None
    checked: str | None = None

    def to_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def _now() -> datetime:
    return datetime.now(UTC)


class IntelFeed:
    """One feed URL, its keys, and the folder where the bundle in use is kept."""

    def __init__(
        self,
        url: str,
        keys: Iterable[bytes],
        folder: Path,
        on_update: Callable[[Bundle, list[Path]], None],
        *,
        fetch: Callable[[str], bytes] = fetch_url,
        now: Callable[[], datetime] = _now,
        on_result: Callable[[str, str | None, Bundle | None], None] | None = None,
    ) -> None:
        self.url = url
        self.keys = tuple(keys)
        self.folder = folder
        self.on_update = on_update
        self.fetch = fetch
        self.now = now
        self.on_result = on_result
        self.current: Bundle | None = None
        self.status = FeedStatus()
        self._lock = threading.Lock()  # one round at a time (the schedule, `refresh` by hand)

    def load_kept(self) -> Bundle | None:
        """The bundle kept from last time, verified again (keys may have changed since)."""
        path = self.folder / KEPT
        try:
            data = path.read_bytes()
        except OSError:
            return None
        try:
            bundle = verify_bundle(data, self.keys, now=self.now())
        except BundleError as exc:
            log.warning("the kept feed bundle is not used: %s", exc)
            self._record(exc.reason, str(exc), None)
            return None
        self._use(bundle)
        return bundle

    def refresh(self) -> str:
        """One round: fetch, verify, use. Returns what happened (see the module docstring)."""
        with self._lock:
            try:
                data = self.fetch(self.url)
            except Exception as exc:  # urllib raises OSError subclasses, and more on odd servers
                return self._record(NETWORK, f"{type(exc).__name__}: {exc}", None)
            current = self.current
            if current is not None and data == current.raw:
                return self._record(UNCHANGED, None, current)
            try:
                bundle = verify_bundle(
                    data,
                    self.keys,
                    now=self.now(),
                    newer_than=current.serial if current else None,
                )
            except BundleError as exc:
                return self._record(exc.reason, str(exc), None)
            try:
                write_private(self.folder / KEPT, data)
            except OSError as exc:  # still used now; at the next start the old one returns
                log.warning("cannot keep the feed bundle: %s", exc)
            self._use(bundle)
            return self._record(UPDATED, None, bundle)

    def _use(self, bundle: Bundle) -> None:
        folder = self.folder / f"rules-{bundle.serial}"
        if folder.exists():
            shutil.rmtree(folder, ignore_errors=True)
        paths = write_files(folder, bundle.files)
        self.on_update(bundle, paths)  # the caller swaps its engine and lists
        self.current = bundle
        self.status.serial = bundle.serial
        self.status.expires = bundle.expires.isoformat()
        for old in self.folder.glob("rules-*"):
            if old != folder and old.is_dir():
                shutil.rmtree(old, ignore_errors=True)

    def _record(self, result: str, error: str | None, bundle: Bundle | None) -> str:
        self.status.last_result = result
        self.status.last_error = error
        self.status.checked = self.now().isoformat()
        if self.on_result is not None:
            try:
                self.on_result(result, error, bundle)
            except Exception:
                log.exception("recording the feed result failed")
        return result

    def serve(self, stop: threading.Event, every: float) -> None:
        """Refresh now, then every `every` seconds until `stop` is set (a thread's target)."""
        while not stop.is_set():
            try:
                self.refresh()
            except Exception:
                log.exception("the feed round failed")
            stop.wait(every)
