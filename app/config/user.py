"""The person's own settings file, `settings.toml` in the per-user config folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import tomli_w

from app.config import migrate as migrations
from app.config.files import TomlFileError, parse_toml, read_capped, write_private
from app.config.model import SettingsError, shown
from app.config.values import parse_values, to_document
from app.paths import move_aside

SETTINGS_FILE = "settings.toml"
MAX_REPORTED = 10  # a hostile file must not flood the tray


@dataclass
class UserSettings:
    values: dict[str, Any] = field(default_factory=dict)  # validated, flat dotted keys
    problems: list[str] = field(default_factory=list)


def settings_path(config_dir: Path) -> Path:
    return config_dir / SETTINGS_FILE


def _set_aside(path: Path, reasons: list[str], now: datetime | None) -> UserSettings:
    try:
        moved = move_aside(path, now)
    except OSError as error:
        where = f"it could not be moved aside ({error.strerror})"
    else:
        where = f"it was kept as {moved.name}"
    shown_reasons = "; ".join(reasons[:MAX_REPORTED])
    if len(reasons) > MAX_REPORTED:
        shown_reasons += f"; and {len(reasons) - MAX_REPORTED} more"
    return UserSettings(
        problems=[
            f"Your settings file {path} could not be used ({shown_reasons}). "
            f"PasteGuard is using its default settings; {where}."
        ]
    )


def read_user_settings(config_dir: Path, now: datetime | None = None) -> UserSettings:
    """The person's values; a corrupt or invalid file is moved aside and reported, never raised."""
    path = settings_path(config_dir)
    try:
        data = read_capped(path)
    except FileNotFoundError:
        return UserSettings()
    except TomlFileError as error:
        if path.is_file():
            return _set_aside(path, [f"the file {error}"], now)
        # Not a regular file or not readable: moving it could do harm, and it cannot be read.
        return UserSettings(
            problems=[f"Your settings file {path} {error}; PasteGuard is using its defaults."]
        )
    try:
        document = migrations.migrate(parse_toml(data))
    except TomlFileError as error:
        return _set_aside(path, [f"the file {error}"], now)
    except SettingsError as error:
        return _set_aside(path, [str(error)], now)
    except migrations.NewerVersionError as error:
        # Kept as it is: after an upgrade again the newer PasteGuard reads it.
        return UserSettings(
            problems=[f"Your settings file {path}: {error}; PasteGuard is using its defaults."]
        )
    document.pop("version", None)
    parsed = parse_values(document)
    if parsed.errors:
        return _set_aside(path, [str(e) for e in parsed.errors], now)
    problems = [
        f"Your settings file {path} has an unknown setting {shown('', name, 60)}; it is ignored."
        for name in parsed.unknown[:MAX_REPORTED]
    ]
    if len(parsed.unknown) > MAX_REPORTED:
        problems.append(f"... and {len(parsed.unknown) - MAX_REPORTED} more unknown settings.")
    return UserSettings(values=parsed.values, problems=problems)


def write_user_settings(config_dir: Path, values: dict[str, Any]) -> None:
    """Write the person's own values (flat dotted keys) with the current version number.

    SettingsError, and the file untouched, when a newer PasteGuard wrote it: this one cannot
    know what it holds, and saving over it lost the newer version's settings."""
    newer = _newer_version(settings_path(config_dir))
    if newer is not None:
        raise SettingsError(
            "version", newer, "the settings file was written by a newer PasteGuard; it is kept "
            "as it is, so nothing was saved (update PasteGuard to change settings)",
        )  # fmt: skip
    document = {"version": migrations.CURRENT_VERSION, **to_document(values)}
    write_private(settings_path(config_dir), tomli_w.dumps(document).encode("utf-8"))


def _newer_version(path: Path) -> object | None:
    """The version of the settings file at `path` when a newer PasteGuard wrote it."""
    try:
        document = parse_toml(read_capped(path))
        migrations.migrate(dict(document))
    except migrations.NewerVersionError:
        return document.get("version")
    except (OSError, TomlFileError, SettingsError):
        pass  # missing, unreadable or invalid: set aside when read, and written anew
    return None
