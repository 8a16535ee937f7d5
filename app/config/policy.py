"""The administrator's policy: its format, validation, and the last good copy kept for failures.

The policy is a TOML file only administrators can write (`app.paths.policy_path()`;
`PASTEGUARD_POLICY` overrides it). Every part is optional::

    version = 1                      # format of this file; only 1 exists

    # Top-level keys are ENFORCED: the value applies whatever the person chose, and the
    # settings dialog shows the key as locked.
    mode = "block"                   # block | warn | monitor
    allow_paste_anyway = false
    allow_quit = false
    trusted_installers = ["https://tools.corp.example/install.sh"]
    report_mail_to = "it-security@corp.example"

    # [defaults] are the organisation's defaults: they apply until the person changes them.
    [defaults]
    notifications = true
    language = "de"

    # [forward] is always enforced: each key set here is locked. Tokens belong here.
    [forward]
    syslog = "tls://siem.corp.example:6514"
    syslog_ca = "/etc/pasteguard/siem-ca.pem"

    [[forward.http]]
    url = "https://splunk.corp.example:8088/services/collector/event"
    kind = "splunk"                  # elastic | splunk | webhook
    token = "00000000-0000-0000-0000-000000000000"
    index = "pasteguard"

Any key of `Settings` may be enforced or, except `forward`, given as a default. An empty string
enforces "not set" (e.g. `syslog = ""` forbids personal syslog forwarding; `http = []` forbids
personal HTTP targets). A key in both places is enforced.

`[intel]` (block and allow lists, a signed feed: app.intel.policy) and `[training]` (lure
drills: app.drills.policy) apply to the whole fleet and have no user counterpart.

Unknown keys make the policy invalid, like bad values: a typo such as `mdoe = "block"` would
otherwise leave a setting the administrator meant to enforce open. An invalid policy never
weakens protection: the last valid policy (kept as `policy.last-good.toml` in the data folder)
applies, and the protection keys (`PROTECTION_KEYS`) are held at the strictest of its value and
the built-in default, and locked.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.config.files import TomlFileError, parse_toml, read_capped, write_private
from app.config.model import DEFAULTS, PROTECTION_KEYS, shown, strictest
from app.config.values import parse_values
from app.drills.policy import TrainingPolicy, parse_training
from app.intel.policy import IntelPolicy, parse_intel

POLICY_VERSION = 1
LAST_GOOD_FILE = "policy.last-good.toml"
MAX_ERRORS = 20


@dataclass(frozen=True)
class Policy:
    enforced: Mapping[str, Any]  # flat dotted key -> validated value; these keys are locked
    defaults: Mapping[str, Any]  # flat dotted key -> validated value; the person may change
    digest: str  # sha256 of the file's bytes
    raw: bytes = field(repr=False, default=b"")  # kept as the last good copy, comments and all
    intel: IntelPolicy | None = None  # [intel]: block/allow lists and a signed feed (app.intel)
    training: TrainingPolicy | None = None  # [training]: lure drills (app.drills)

    def protection_value(self, key: str) -> Any:
        """The value this policy gives a protection key, before the person's choice."""
        return self.enforced.get(key, self.defaults.get(key, DEFAULTS[key]))


class PolicyError(Exception):
    """A policy that cannot be applied; `errors` has one sentence per problem."""

    def __init__(self, errors: list[str]) -> None:
        if len(errors) > MAX_ERRORS:
            errors = [*errors[:MAX_ERRORS], f"and {len(errors) - MAX_ERRORS} more"]
        self.errors = tuple(errors)
        super().__init__("; ".join(self.errors))


def parse_policy(data: bytes) -> Policy:
    try:
        document = parse_toml(data)
    except TomlFileError as error:
        raise PolicyError([f"the file {error}"]) from error
    errors: list[str] = []
    version = document.pop("version", POLICY_VERSION)
    if version != POLICY_VERSION or isinstance(version, bool):
        errors.append(f"version = {shown('version', version)}: only version 1 is known")
    defaults_table = document.pop("defaults", {})
    if not isinstance(defaults_table, dict):
        errors.append("defaults must be a [defaults] table")
        defaults_table = {}
    # Fleet-only tables, checked by the parts that use them; a person's settings have neither.
    intel = training = None
    if "intel" in document:
        intel, problems = parse_intel(document.pop("intel"))
        errors.extend(problems)
    if "training" in document:
        training, problems = parse_training(document.pop("training"))
        errors.extend(problems)
    enforced = parse_values(document)
    defaults = parse_values(defaults_table, "defaults.", forward_allowed=False)
    for parsed in (enforced, defaults):
        errors.extend(str(error) for error in parsed.errors)
        errors.extend(
            f"{shown('', name, 60)} is not a known setting (a typo?)" for name in parsed.unknown
        )
    if errors:
        raise PolicyError(errors)
    return Policy(
        enforced=enforced.values,
        defaults=defaults.values,
        digest=hashlib.sha256(data).hexdigest(),
        raw=data,
        intel=intel,
        training=training,
    )


def read_policy(path: Path) -> Policy | None:
    """The policy at `path`; None when there is none; PolicyError when it cannot be applied."""
    try:
        data = read_capped(path)
    except FileNotFoundError:
        return None
    except TomlFileError as error:
        raise PolicyError([f"the file {error}"]) from error
    return parse_policy(data)


def last_good_path(state_dir: Path) -> Path:
    return state_dir / LAST_GOOD_FILE


def remember_last_good(state_dir: Path, policy: Policy) -> None:
    """Keep a private copy of a valid policy, rewriting only when it changed."""
    path = last_good_path(state_dir)
    try:
        if read_capped(path) == policy.raw:
            return
    except (FileNotFoundError, TomlFileError):
        pass
    write_private(path, policy.raw)


def read_last_good(state_dir: Path) -> Policy | None:
    """The last valid policy; None when none was kept; PolicyError when the copy is damaged."""
    return read_policy(last_good_path(state_dir))


def held_protection(policy: Policy | None) -> dict[str, Any]:
    """Protection values while the policy is invalid: the strictest of `policy` and defaults."""
    return {
        key: strictest(key, policy.protection_value(key), DEFAULTS[key])
        if policy
        else DEFAULTS[key]
        for key in PROTECTION_KEYS
    }
