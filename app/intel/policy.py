"""The policy's `[intel]` table: the organisation's lists and, optionally, a signed feed.

[intel]
block_hosts = ["verify-human.example"]          # the page, or any URL in the text
block_url_patterns = ['^https?://[^/]+\\.trycloudflare\\.com/']   # RE2, ignoring case
block_text_hashes = ["<sha256 of the text, as in events and reports>"]
allow_hosts = ["wiki.corp.example"]             # pages: suspicious becomes info
allow_text_hashes = ["<sha256>"]                # this exact text is let through
feed_url = "https://intel.corp.example/pasteguard/bundle.json"
feed_keys = ["<Ed25519 public key, base64, from `pasteguard rules keygen`>"]
feed_every_minutes = 60
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from app.intel.lists import IntelLists, parse_lists

FEED_KEYS = ("feed_url", "feed_keys", "feed_every_minutes")
MIN_EVERY, MAX_EVERY = 5, 7 * 24 * 60
MAX_KEYS = 8


@dataclass(frozen=True)
class IntelPolicy:
    lists: IntelLists = field(default_factory=IntelLists)
    feed_url: str | None = None
    feed_keys: tuple[bytes, ...] = ()  # raw 32-byte Ed25519 public keys
    feed_every_minutes: int = 60


def public_key(text: object) -> bytes:
    """An Ed25519 public key given as base64 (32 bytes)."""
    if not isinstance(text, str):
        raise ValueError("must be a base64 public key in quotes")
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError(f"{text[:60]!r} is not base64") from exc
    if len(raw) != 32:
        raise ValueError("is not an Ed25519 public key (32 bytes)")
    return raw


def parse_intel(table: object, where: str = "intel.") -> tuple[IntelPolicy, list[str]]:
    """The `[intel]` table, and one sentence per problem (the policy is invalid if any)."""
    if not isinstance(table, Mapping):
        return IntelPolicy(), ["intel must be an [intel] table"]
    lists, errors = parse_lists(table, where, extra_keys=FEED_KEYS)
    url: str | None = None
    raw_url: Any = table.get("feed_url", "")
    if raw_url not in ("", None):
        parts = urlsplit(raw_url) if isinstance(raw_url, str) else None
        if parts is None or parts.scheme not in ("https", "http") or not parts.hostname:
            errors.append(f"{where}feed_url must be an https:// URL")
        elif parts.scheme == "http" and parts.hostname not in ("127.0.0.1", "localhost", "::1"):
            # the signature protects the content; https keeps who fetches what private
            errors.append(f"{where}feed_url must be https:// (http only on this computer)")
        else:
            url = raw_url
    keys: list[bytes] = []
    raw_keys: Any = table.get("feed_keys", [])
    if not isinstance(raw_keys, list) or len(raw_keys) > MAX_KEYS:
        errors.append(f"{where}feed_keys must be a list of up to {MAX_KEYS} public keys")
    else:
        for i, item in enumerate(raw_keys):
            try:
                keys.append(public_key(item))
            except ValueError as exc:
                errors.append(f"{where}feed_keys[{i}] {exc}")
    if url and not keys and not errors:
        errors.append(f"{where}feed_url needs feed_keys: unsigned feeds are never used")
    every: Any = table.get("feed_every_minutes", 60)
    if isinstance(every, bool) or not isinstance(every, int) or not MIN_EVERY <= every <= MAX_EVERY:
        errors.append(
            f"{where}feed_every_minutes must be a whole number from {MIN_EVERY} to {MAX_EVERY}"
        )
        every = 60
    return IntelPolicy(lists, url, tuple(keys), every), errors
