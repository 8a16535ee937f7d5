"""Block and allow lists an organisation keeps: hosts, URL patterns and text hashes.

They come from three places, merged: the policy's `[intel]` table, a `lists:` section in any
rule file (what `pasteguard rules from-report` writes), and the newest signed feed bundle.
They are checked before the engine: a text from a blocked page, naming a blocked host or URL,
or whose SHA-256 is blocked, is malicious whatever the rules say. Allow lists are narrower: an
allowed text hash lets that exact text through; an allowed page host lowers a suspicious
verdict to info (like `trusted_sites`), but never clears a malicious one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import re2

from app.detection.indicators import find_urls, parse_url
from app.events import sha256_of

LIST_KEYS = (
    "block_hosts",
    "block_url_patterns",
    "block_text_hashes",
    "allow_hosts",
    "allow_text_hashes",
)
MAX_ENTRIES = 50_000  # per list, all sources together
MAX_PATTERN = 1024
SCAN_CHARS = 64 * 1024  # URLs are looked for in this much of a text, like the engine's deep cap
_HASH = re.compile(r"[0-9a-f]{64}")
_LABEL = re.compile(r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?")


def _host(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError("must be a host name in quotes")
    text = value.strip().lower().rstrip(".")
    if text.startswith("*."):
        text = text[2:]  # "*.evil.example" says what a bare name means here anyway
    if not text.isascii():
        try:
            text = text.encode("idna").decode("ascii")
        except UnicodeError as exc:
            raise ValueError(f"{value!r} is not a valid international host name") from exc
    if not text or len(text) > 253 or not all(_LABEL.fullmatch(p) for p in text.split(".")):
        raise ValueError(f"{value!r} is not a host name (no scheme, port or path)")
    return text


def _hash(value: object) -> str:
    if not isinstance(value, str) or not _HASH.fullmatch(value.strip().lower()):
        raise ValueError(f"{value!r} is not a SHA-256 in hex (64 characters)")
    return value.strip().lower()


def _pattern(value: object) -> str:
    if not isinstance(value, str) or not value or len(value) > MAX_PATTERN:
        raise ValueError(f"must be an RE2 pattern of 1 to {MAX_PATTERN} characters")
    options = re2.Options()
    options.log_errors = False
    try:
        re2.compile(value, options)
    except re2.error as exc:
        raise ValueError(f"pattern {value!r} does not compile in RE2: {exc}") from exc
    return value


_CHECKS = {
    "block_hosts": _host,
    "block_url_patterns": _pattern,
    "block_text_hashes": _hash,
    "allow_hosts": _host,
    "allow_text_hashes": _hash,
}


@dataclass(frozen=True)
class IntelLists:
    block_hosts: frozenset[str] = frozenset()
    block_url_patterns: tuple[str, ...] = ()
    block_text_hashes: frozenset[str] = frozenset()
    allow_hosts: frozenset[str] = frozenset()
    allow_text_hashes: frozenset[str] = frozenset()

    @property
    def empty(self) -> bool:
        return not any(getattr(self, key) for key in LIST_KEYS)

    def size(self) -> int:
        return sum(len(getattr(self, key)) for key in LIST_KEYS)

    def merged(self, *others: IntelLists) -> IntelLists:
        lists = (self, *others)
        patterns = tuple(dict.fromkeys(p for one in lists for p in one.block_url_patterns))
        return IntelLists(
            block_hosts=frozenset().union(*(one.block_hosts for one in lists)),
            block_url_patterns=patterns[:MAX_ENTRIES],
            block_text_hashes=frozenset().union(*(one.block_text_hashes for one in lists)),
            allow_hosts=frozenset().union(*(one.allow_hosts for one in lists)),
            allow_text_hashes=frozenset().union(*(one.allow_text_hashes for one in lists)),
        )

    def to_document(self) -> dict[str, list[str]]:
        return {key: sorted(getattr(self, key)) for key in LIST_KEYS if getattr(self, key)}


def parse_lists(
    document: Mapping[str, Any], where: str = "", *, extra_keys: Iterable[str] = ()
) -> tuple[IntelLists, list[str]]:
    """Lists from a mapping of list names to entries; every bad entry is one error sentence."""
    errors: list[str] = []
    allowed = set(LIST_KEYS) | set(extra_keys) | {"__line__"}
    for name in document:
        if name not in allowed:
            errors.append(f"{where}{name} is not a known list (a typo?)")
    values: dict[str, list[str]] = {}
    for key in LIST_KEYS:
        raw = document.get(key, [])
        if not isinstance(raw, list | tuple):
            errors.append(f"{where}{key} must be a list")
            continue
        if len(raw) > MAX_ENTRIES:
            errors.append(f"{where}{key} has more than {MAX_ENTRIES} entries")
            continue
        good: list[str] = []
        for i, item in enumerate(raw):
            try:
                good.append(_CHECKS[key](item))
            except ValueError as exc:
                errors.append(f"{where}{key}[{i}] {exc}")
        values[key] = list(dict.fromkeys(good))
    lists = IntelLists(
        block_hosts=frozenset(values.get("block_hosts", ())),
        block_url_patterns=tuple(values.get("block_url_patterns", ())),
        block_text_hashes=frozenset(values.get("block_text_hashes", ())),
        allow_hosts=frozenset(values.get("allow_hosts", ())),
        allow_text_hashes=frozenset(values.get("allow_text_hashes", ())),
    )
    return lists, errors


# -- judging -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class IntelHit:
    """Why the lists decided: `verdict` is "block" or "allow"; `list` names the list."""

    verdict: str
    list: str
    value: str  # the host, pattern or hash that matched
    where: str  # "page" (the source URL) or "text"


def _on_list(host: str, hosts: frozenset[str]) -> str | None:
    """The listed name `host` is, or is under (evil.example blocks a.b.evil.example)."""
    if not host or not hosts:
        return None
    parts = host.split(".")
    for i in range(len(parts)):
        candidate = ".".join(parts[i:])
        if candidate in hosts:
            return candidate
    return None


@dataclass
class IntelMatcher:
    """Compiled lists; `check` is safe to call from one thread at a time (the guard's worker)."""

    lists: IntelLists = field(default_factory=IntelLists)

    def __post_init__(self) -> None:
        self._patterns: Any = None
        if self.lists.block_url_patterns:
            options = re2.Options()
            options.log_errors = False
            options.case_sensitive = False
            self._patterns = re2.Set.SearchSet(options)
            for pattern in self.lists.block_url_patterns:
                self._patterns.Add(pattern)
            self._patterns.Compile()

    def _pattern_hit(self, url: str) -> str | None:
        if self._patterns is None or not url:
            return None
        hits = self._patterns.Match(url)
        return self.lists.block_url_patterns[min(hits)] if hits else None

    def check(self, text: str, source_url: str | None) -> IntelHit | None:
        """Block first (any match blocks), then allow; None when no list has a say."""
        lists = self.lists
        if lists.empty:
            return None
        digests = {sha256_of(text), sha256_of(text.strip())}
        blocked = digests & lists.block_text_hashes
        if blocked:
            return IntelHit("block", "block_text_hashes", min(blocked), "text")
        page = parse_url(source_url) if source_url else None
        if page is not None:
            if (name := _on_list(page.host, lists.block_hosts)) is not None:
                return IntelHit("block", "block_hosts", name, "page")
            if (pattern := self._pattern_hit(page.full)) is not None:
                return IntelHit("block", "block_url_patterns", pattern, "page")
        if lists.block_hosts or self._patterns is not None:
            for url in find_urls(text[:SCAN_CHARS]):
                if (name := _on_list(url.host, lists.block_hosts)) is not None:
                    return IntelHit("block", "block_hosts", name, "text")
                if (pattern := self._pattern_hit(url.full)) is not None:
                    return IntelHit("block", "block_url_patterns", pattern, "text")
        allowed = digests & lists.allow_text_hashes
        if allowed:
            return IntelHit("allow", "allow_text_hashes", min(allowed), "text")
        if page is not None and (name := _on_list(page.host, lists.allow_hosts)) is not None:
            return IntelHit("allow", "allow_hosts", name, "page")
        return None
