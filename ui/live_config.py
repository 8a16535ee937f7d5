"""The settings in force while the guard runs: saved by the dialogs, applied by the guard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.config import EffectiveConfig, Settings, describe_locks, load_config, save_settings
from app.config.model import ALL_KEYS, to_flat


class LiveConfig(QObject):
    """One place that saves the person's settings and tells the guard they changed."""

    changed = Signal(object, list)  # EffectiveConfig, the dotted keys whose value changed

    def __init__(
        self, config_dir: Path, data_dir: Path, config: EffectiveConfig | None = None
    ) -> None:
        super().__init__()
        self.config_dir = config_dir
        self.data_dir = data_dir
        self.config = config or self._load()

    def _load(self) -> EffectiveConfig:
        return load_config(self.config_dir, state_dir=self.data_dir)

    @property
    def settings(self) -> Settings:
        return self.config.settings

    def locks(self) -> dict[str, str]:
        """Locked dotted key -> the reason to show beside it."""
        return describe_locks(self.config)

    def reload(self) -> list[str]:
        """Read the files again (the administrator changed the policy while the guard runs)
        and apply what they say now; the keys that changed. Always tells the guard, which
        also learns the policy's new state (applied, invalid)."""
        before = to_flat(self.config.settings)
        self.config = self._load()
        after = to_flat(self.config.settings)
        keys = [key for key in ALL_KEYS if before[key] != after[key]]
        self.changed.emit(self.config, keys)
        return keys

    def save(self, new: Settings) -> list[str]:
        """Save `new` and apply it; the keys that changed. Raises LockedSettingError,
        SettingsError (the file is untouched then) or OSError."""
        before = to_flat(self.config.settings)
        save_settings(self.config_dir, new, self.config)
        self.config = self._load()
        after = to_flat(self.config.settings)
        keys = [key for key in ALL_KEYS if before[key] != after[key]]
        if keys:
            self.changed.emit(self.config, keys)
        return keys
