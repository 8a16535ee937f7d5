"""Upgrades of settings files written by older versions, one version step at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.config.model import SettingsError

CURRENT_VERSION = 1

Migration = Callable[[dict[str, Any]], dict[str, Any]]

# MIGRATIONS[n] turns a version n document into a version n + 1 document. Version 2 will add
# `1: _v1_to_v2` here; each step is small and tested with a real version-n file.
MIGRATIONS: dict[int, Migration] = {}


class NewerVersionError(Exception):
    """The file was written by a newer PasteGuard; this one must not guess what it means."""


def migrate(document: dict[str, Any]) -> dict[str, Any]:
    """The document upgraded to CURRENT_VERSION; a file without `version` is version 1."""
    version = document.get("version", 1)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise SettingsError("version", version, "must be a whole number, 1 or more")
    if version > CURRENT_VERSION:
        raise NewerVersionError(
            f"settings version {version} was written by a newer PasteGuard "
            f"(this one understands up to {CURRENT_VERSION})"
        )
    upgraded = dict(document)
    while version < CURRENT_VERSION:
        upgraded = MIGRATIONS[version](upgraded)
        version += 1
        upgraded["version"] = version
    return upgraded
