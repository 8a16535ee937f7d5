"""What applies: built-in defaults, the policy's defaults, the person's settings, the policy."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

from app import paths
from app.config.checks import url_identity
from app.config.files import TomlFileError, read_capped
from app.config.model import (
    ALL_KEYS,
    DEFAULTS,
    HELD_REASON,
    POLICY_REASON,
    PROTECTION_KEYS,
    EffectiveConfig,
    LockedSettingError,
    Settings,
    SettingsError,
    from_flat,
    shown,
    to_flat,
)
from app.config.policy import (
    USER_GATED,
    Policy,
    PolicyError,
    admin_owned,
    forwarding_of,
    held_protection,
    last_good_path,
    read_last_good,
    read_policy,
    remember_last_good,
)
from app.config.user import read_user_settings, write_user_settings
from app.config.values import parse_values, to_document


@dataclass
class _PolicyOutcome:
    policy: Policy | None = None  # the policy whose values apply (the last good one if invalid)
    state: str = "none"
    problems: list[str] = field(default_factory=list)
    errors: tuple[str, ...] = ()


def _resolve_policy(policy_file: Path, state_dir: Path, system: bool) -> _PolicyOutcome:
    """`system`: the installed policy, whose last good copy lives beside it (admin-only)."""
    keep_dir = policy_file.parent if system else state_dir
    try:
        policy = read_policy(policy_file)
    except PolicyError as error:
        return _fall_back(policy_file, keep_dir, error, system)
    if policy is None:
        return _PolicyOutcome()
    outcome = _PolicyOutcome(policy, "applied")
    try:
        remember_last_good(keep_dir, policy, shared=system)
    except OSError as err:
        # a person's guard cannot write beside the installed policy, and must not: the
        # installer (or the guard run by an administrator) keeps that copy
        if not system:
            outcome.problems.append(
                f"The organisation's policy applies, but a copy for emergencies could not be "
                f"kept in {state_dir} ({err.strerror}); if the policy breaks, defaults will apply."
            )
    return outcome


def _fall_back(
    policy_file: Path, keep_dir: Path, error: PolicyError, system: bool
) -> _PolicyOutcome:
    head = f"Your organisation's policy {policy_file} is invalid: {error.errors[0]}"
    head = head.rstrip(".")
    if not head.endswith(("?", "!")):  # "… is it a binary file?." read as a typo
        head += "."
    more = [f"Policy problem: {e}" for e in error.errors[1:]]
    last_good: Policy | None = None
    if not system or admin_owned(last_good_path(keep_dir)):
        try:
            last_good = read_last_good(keep_dir)
        except PolicyError as damaged:
            more.append(
                f"The kept copy of the last valid policy is damaged too: {damaged.errors[0]}"
            )
    if last_good is None:
        # its [forward] table alone, when valid: the SIEM still hears that the policy broke
        salvaged = None
        with contextlib.suppress(FileNotFoundError, TomlFileError):
            salvaged = forwarding_of(read_capped(policy_file))
        return _PolicyOutcome(
            salvaged,
            "invalid-using-defaults",
            [f"{head} PasteGuard uses its built-in settings at their strictest.", *more],
            error.errors,
        )
    return _PolicyOutcome(
        last_good,
        "invalid-using-last-good",
        [
            f"{head} PasteGuard keeps applying the last valid policy, "
            "with protection at its strictest.",
            *more,
        ],
        error.errors,
    )


def _gate_user_values(
    values: dict[str, Any], outcome: _PolicyOutcome, problems: list[str]
) -> tuple[dict[str, Any], set[str]]:
    """The person's values that apply, and the gated keys they may not set.

    Under a policy (valid or not) a person's `rules_dir` and `trusted_installers` apply only
    where the policy's `[allow_user]` permits them.
    """
    if outcome.state == "none":
        return values, set()
    may = outcome.policy.user_may if outcome.policy else frozenset()
    gated = {key for key in USER_GATED if key not in may}
    for key in sorted(gated & set(values)):
        problems.append(
            f"Your organisation's policy does not let you set {key}; your value is not used."
        )
    return {k: v for k, v in values.items() if k not in gated}, gated


def _refuse_tokens(values: dict[str, Any], policy: Policy | None, problems: list[str]) -> None:
    """Drop the person's targets that name a policy collector with their own token."""
    policy_targets = policy.enforced.get("forward.http") if policy else None
    if not policy_targets or "forward.http" not in values:
        return
    defined = {url_identity(t.url) for t in policy_targets}
    kept = []
    for target in values["forward.http"]:
        if target.token and url_identity(target.url) in defined:
            problems.append(
                f"Your settings give a token for {shown('', target.url)}, a collector your "
                "organisation's policy defines; the token is refused and the policy's own is used."
            )
        else:
            kept.append(target)
    values["forward.http"] = tuple(kept)


def load_config(
    config_dir: Path | None = None,
    policy_file: Path | None = None,
    state_dir: Path | None = None,
    *,
    now: datetime | None = None,
    system_policy: Path | None = None,
) -> EffectiveConfig:
    """Everything that applies now. Never raises for bad files: `problems` says what happened.

    `state_dir` keeps the last good copy of a policy that is not the installed one (default:
    the data folder). `now` names a file moved aside (tests). `system_policy` is where the
    installed policy lives (default: the system's place, `paths.system_policy_path`); a test
    passes its own. When that file exists it applies, whatever `policy_file` or the
    environment say.
    """
    config_dir = config_dir or paths.config_dir()
    system_path = system_policy or paths.system_policy_path()
    system = paths.exists_for_us(system_path)
    policy_file = system_path if system else policy_file or paths.policy_path(system=system_path)
    state_dir = state_dir or paths.data_dir()

    outcome = _resolve_policy(policy_file, state_dir, system)
    policy = outcome.policy
    problems = list(outcome.problems)
    user = read_user_settings(config_dir, now)
    problems.extend(user.problems)
    user_values = dict(user.values)
    _refuse_tokens(user_values, policy, problems)
    applied, gated = _gate_user_values(user_values, outcome, problems)

    flat = dict(DEFAULTS)
    if policy:
        flat.update(policy.defaults)
    baseline = from_flat(flat)
    flat.update(applied)
    locked: set[str] = set(gated)
    if policy:
        flat.update(policy.enforced)
        locked.update(policy.enforced)
    held: frozenset[str] = frozenset()
    if outcome.state.startswith("invalid"):
        flat.update(held_protection(policy))
        held = frozenset(PROTECTION_KEYS)
        locked.update(held)

    return EffectiveConfig(
        settings=from_flat(flat),
        locked=frozenset(locked),
        problems=tuple(problems),
        policy_path=policy_file,
        policy_state=outcome.state,
        baseline=baseline,
        user_values=MappingProxyType(user_values),
        held=held,
        policy_digest=policy.digest if policy else None,
        policy_errors=outcome.errors,
        intel=policy.intel if policy else None,
        training=policy.training if policy else None,
    )


def validated(settings: Settings) -> dict[str, Any]:
    """Flat, normalised values of `settings`; SettingsError for the first bad one."""
    parsed = parse_values(to_document(to_flat(settings)))
    if parsed.errors:
        raise parsed.errors[0]
    if parsed.unknown:  # only a bug in to_document can cause this
        raise SettingsError(parsed.unknown[0], None, "is not a known setting")
    return parsed.values


def save_settings(config_dir: Path, new: Settings, current: EffectiveConfig) -> None:
    """Save the person's own values: those that differ from the organisation's defaults.

    Raises LockedSettingError when `new` changes a locked key and SettingsError for a bad
    value; the file is untouched then. Values hidden by a lock are kept as they were.
    """
    new_values = validated(new)
    current_values = to_flat(current.settings)
    for key in ALL_KEYS:
        if key in current.locked and new_values[key] != current_values[key]:
            raise LockedSettingError(key, describe_locks(current)[key])
    baseline = to_flat(current.baseline)
    own: dict[str, Any] = {}
    for key in ALL_KEYS:
        if key in current.locked:
            if key in current.user_values:
                own[key] = current.user_values[key]
        elif new_values[key] != baseline[key]:
            own[key] = new_values[key]
    write_user_settings(config_dir, own)


def describe_locks(cfg: EffectiveConfig) -> dict[str, str]:
    """Locked key -> the reason the settings dialog shows beside it."""
    return {key: HELD_REASON if key in cfg.held else POLICY_REASON for key in sorted(cfg.locked)}
