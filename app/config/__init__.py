"""Typed user settings and the administrator's policy (see `app.config.policy` for its format)."""

from app.config.load import describe_locks, load_config, save_settings
from app.config.model import (
    ALL_KEYS,
    HELD_REASON,
    POLICY_REASON,
    PROTECTION_KEYS,
    EffectiveConfig,
    ForwardSettings,
    HttpTarget,
    LockedSettingError,
    Settings,
    SettingsError,
)
from app.config.policy import LAST_GOOD_FILE
from app.config.user import SETTINGS_FILE

__all__ = [
    "ALL_KEYS",
    "HELD_REASON",
    "LAST_GOOD_FILE",
    "POLICY_REASON",
    "PROTECTION_KEYS",
    "SETTINGS_FILE",
    "EffectiveConfig",
    "ForwardSettings",
    "HttpTarget",
    "LockedSettingError",
    "Settings",
    "SettingsError",
    "describe_locks",
    "load_config",
    "save_settings",
]
