"""Typed settings: what a person may choose, what an administrator may enforce, and the errors."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.drills.policy import TrainingPolicy
    from app.intel.policy import IntelPolicy

MODES = ("block", "warn", "monitor")  # strictest first
HTTP_KINDS = ("elastic", "splunk", "webhook")
POLICY_STATES = ("none", "applied", "invalid-using-last-good", "invalid-using-defaults")

POLICY_REASON = "Set by your organisation's policy"
HELD_REASON = "Kept at the safest setting while your organisation's policy is invalid"


@dataclass(frozen=True)
class HttpTarget:
    """A SIEM collector that takes events over HTTP."""

    url: str
    kind: str = "webhook"  # "elastic" (_bulk), "splunk" (HEC), "webhook" (JSON array POST)
    # A secret: kept out of repr so it never lands in a log line or a traceback.
    token: str | None = field(default=None, repr=False)
    index: str | None = None
    verify_tls: bool = True
    ca_file: str | None = None


@dataclass(frozen=True)
class ForwardSettings:
    syslog: str | None = None  # "tcp://host:port", "udp://host:port", "tls://host:port"
    syslog_ca: str | None = None
    syslog_app_name: str = "pasteguard"
    http: tuple[HttpTarget, ...] = ()
    windows_event_log: bool = False
    # a `heartbeat` event this often while the guard runs (0: none); a SIEM alert on its
    # absence catches a guard that was killed, frozen or removed (docs/deployment.md)
    heartbeat_minutes: int = 15


@dataclass(frozen=True)
class Settings:
    version: int = 1
    mode: str = "block"  # block | warn | monitor
    notifications: bool = True
    trusted_sites: tuple[str, ...] = ()  # host names whose suspicious pastes are only logged
    trusted_installers: tuple[str, ...] = ()  # https URL prefixes of installer scripts
    rules_dir: str | None = None  # extra rule files
    retention_days: int = 90
    max_events: int = 1_000_000
    allow_paste_anyway: bool = True
    allow_pause: bool = True
    allow_quit: bool = True
    allow_delete_events: bool = True
    report_mail_to: str | None = None  # "Report to IT" mail address
    language: str = "system"  # a code such as de or pt-BR; "system" follows the desktop
    forward: ForwardSettings = field(default_factory=ForwardSettings)


@dataclass(frozen=True)
class EffectiveConfig:
    """What applies now, which keys the person may not change, and what went wrong on the way."""

    settings: Settings  # defaults < policy [defaults] < user settings < policy
    locked: frozenset[str]  # dotted keys, e.g. "mode", "forward.syslog"
    problems: tuple[str, ...]  # for the tray, one sentence each
    policy_path: Path
    policy_state: str  # one of POLICY_STATES
    # defaults < policy [defaults]: a user value equal to it is not saved, so that the person
    # follows the organisation's default when it changes.
    baseline: Settings = field(default_factory=Settings)
    # What settings.toml held (validated, flat dotted keys), including values a lock hides,
    # so that saving other keys does not lose them.
    user_values: Mapping[str, Any] = field(default_factory=dict)
    held: frozenset[str] = frozenset()  # protection keys held strict: the policy is invalid
    policy_digest: str | None = None  # sha256 of the policy in force, for `policy_applied`
    policy_errors: tuple[str, ...] = ()  # for the `policy_invalid` event
    intel: IntelPolicy | None = None  # the policy in force's [intel] table, if any
    training: TrainingPolicy | None = None  # its [training] table, if any


class SettingsError(ValueError):
    """A value that is not allowed, with the key and the reason."""

    def __init__(self, key: str, value: object, reason: str) -> None:
        self.key = key
        self.value = value
        self.reason = reason
        super().__init__(f"{key} = {shown(key, value)}: {reason}")


class LockedSettingError(Exception):
    """The person tried to change a key the policy locks."""

    def __init__(self, key: str, reason: str = POLICY_REASON) -> None:
        self.key = key
        self.reason = reason
        super().__init__(f"{key} cannot be changed: {reason}")


def shown(key: str, value: object, limit: int = 80) -> str:
    """A value as it may appear in a message: secrets masked, control characters escaped, short."""
    if key.rsplit(".", 1)[-1] == "token" and value:
        return "'***'"
    # repr escapes control, bidi and zero-width characters, so a hostile file cannot forge text.
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


# Dotted keys in a fixed order; derived from the dataclasses so they cannot drift apart.
TOP_KEYS: tuple[str, ...] = tuple(
    f.name for f in fields(Settings) if f.name not in ("version", "forward")
)
FORWARD_KEYS: tuple[str, ...] = tuple("forward." + f.name for f in fields(ForwardSettings))
ALL_KEYS: tuple[str, ...] = TOP_KEYS + FORWARD_KEYS

# The keys an invalid policy must not weaken.
PROTECTION_KEYS: tuple[str, ...] = (
    "mode",
    "notifications",
    "allow_paste_anyway",
    "allow_pause",
    "allow_quit",
    "allow_delete_events",
)


def to_flat(settings: Settings) -> dict[str, Any]:
    flat = {key: getattr(settings, key) for key in TOP_KEYS}
    for key in FORWARD_KEYS:
        flat[key] = getattr(settings.forward, key.removeprefix("forward."))
    return flat


def from_flat(values: Mapping[str, Any]) -> Settings:
    """Settings from a complete flat mapping (every key of ALL_KEYS)."""
    forward = ForwardSettings(**{k.removeprefix("forward."): values[k] for k in FORWARD_KEYS})
    return Settings(**{k: values[k] for k in TOP_KEYS}, forward=forward)


DEFAULTS: Mapping[str, Any] = to_flat(Settings())


def strictest(key: str, a: Any, b: Any) -> Any:
    """The value of a protection key that protects more."""
    if key == "mode":
        return a if MODES.index(a) <= MODES.index(b) else b
    if key == "notifications":
        return bool(a or b)  # being told beats not being told
    return bool(a and b)  # allow_*: a permission withheld beats one granted
