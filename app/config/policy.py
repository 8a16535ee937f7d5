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

`[allow_user]` lets people set what changes the engine's judgement; without it, under a policy,
their own `rules_dir` and `trusted_installers` are not used::

    [allow_user]
    rules_dir = true                 # a folder of rules of the person's own
    trusted_installers = true        # installer URLs the person trusts

Unknown keys make the policy invalid, like bad values: a typo such as `mdoe = "block"` would
otherwise leave a setting the administrator meant to enforce open. An invalid policy never
weakens protection: the last valid policy applies, and the protection keys (`PROTECTION_KEYS`)
are held at the strictest of its value and the built-in default, and locked. For the installed
(system) policy the last valid copy is `policy.last-good.toml` beside it, written by the guard
when it runs as an administrator (or by the installer) and used only when an administrator
owns it: a person's own copy would let them choose the policy that applies. With no such copy
the built-in settings apply at their strictest, and the broken file's `[forward]` table, when
it is valid on its own, still forwards (so the SIEM hears `policy_invalid`).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
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
# Settings that change what the engine believes: under a policy a person may set them only
# where `[allow_user]` says so (a rule of weight -100, or trusting any host, defeats it).
USER_GATED = ("rules_dir", "trusted_installers")


@dataclass(frozen=True)
class Policy:
    enforced: Mapping[str, Any]  # flat dotted key -> validated value; these keys are locked
    defaults: Mapping[str, Any]  # flat dotted key -> validated value; the person may change
    digest: str  # sha256 of the file's bytes
    raw: bytes = field(repr=False, default=b"")  # kept as the last good copy, comments and all
    intel: IntelPolicy | None = None  # [intel]: block/allow lists and a signed feed (app.intel)
    training: TrainingPolicy | None = None  # [training]: lure drills (app.drills)
    # [allow_user]: the keys of USER_GATED the person may set (by default none of them)
    user_may: frozenset[str] = frozenset()

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
    user_may: set[str] = set()
    allow = document.pop("allow_user", {})
    if not isinstance(allow, dict):
        errors.append("allow_user must be an [allow_user] table")
        allow = {}
    for key, value in allow.items():
        if key not in USER_GATED:
            errors.append(f"allow_user.{shown('', key, 60)}: only {', '.join(USER_GATED)} exist")
        elif not isinstance(value, bool):
            errors.append(f"allow_user.{key} must be true or false")
        elif value:
            user_may.add(key)
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
        user_may=frozenset(user_may),
    )


def forwarding_of(data: bytes) -> Policy | None:
    """Only the `[forward]` table of a policy that is otherwise invalid, when that table is
    valid: the SIEM then still hears that the policy broke (`policy_invalid`)."""
    try:
        document = parse_toml(data)
    except TomlFileError:
        return None
    table = document.get("forward")
    if not isinstance(table, dict):
        return None
    parsed = parse_values({"forward": table})
    if parsed.errors or parsed.unknown or not parsed.values:
        return None
    return Policy(enforced=parsed.values, defaults={}, digest=hashlib.sha256(data).hexdigest())


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


def remember_last_good(state_dir: Path, policy: Policy, *, shared: bool = False) -> None:
    """Keep a copy of a valid policy, rewriting only when it changed.

    `shared`: the copy beside the installed policy, readable by everyone (0644) in a folder
    left as the administrator made it; otherwise a private copy in the person's data folder.
    """
    path = last_good_path(state_dir)
    try:
        if read_capped(path) == policy.raw:
            return
    except (FileNotFoundError, TomlFileError):
        pass
    if not shared:
        write_private(path, policy.raw)
        return
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as temp:
            temp.write(policy.raw)
            temp.flush()
            os.fsync(temp.fileno())
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise


def read_last_good(state_dir: Path) -> Policy | None:
    """The last valid policy; None when none was kept; PolicyError when the copy is damaged."""
    return read_policy(last_good_path(state_dir))


def admin_owned(path: Path) -> bool:
    """True when only an administrator can have written `path` (POSIX: root's, and neither
    group- nor world-writable, nor is its folder). Windows relies on the ProgramData ACL."""
    if os.name != "posix":
        return True
    try:
        for item in (path, path.parent):
            info = item.stat()
            if info.st_uid != 0 or info.st_mode & 0o022:
                return False
    except OSError:
        return False
    return True


def held_protection(policy: Policy | None) -> dict[str, Any]:
    """Protection values while the policy is invalid: the strictest of `policy` and defaults."""
    return {
        key: strictest(key, policy.protection_value(key), DEFAULTS[key])
        if policy
        else DEFAULTS[key]
        for key in PROTECTION_KEYS
    }
