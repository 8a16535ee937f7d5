"""Run as an ordinary user: once an administrator installed a policy, nothing that person
controls replaces or weakens it (PASTEGUARD_POLICY, their own last-good copy, --data-dir, their
settings); the policy's [forward] still reaches the SIEM when the file breaks."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.users import LocalUser, local_user  # noqa: F401 - fixture

pytestmark = pytest.mark.slow

SYSTEM_POLICY = """\
mode = "block"
allow_pause = false
allow_paste_anyway = false
[forward]
syslog = "tcp://127.0.0.1:5514"
"""
OWN_POLICY = 'mode = "monitor"\nallow_pause = true\n'  # what the person would like instead
# The person's process is its own composition root here: it passes where the system policy
# lives, as ui/application.py passes the real place.
PROBE = """\
import json, sys
from pathlib import Path
from app.config import load_config
cfg = load_config(system_policy=Path(sys.argv[1]))
s = cfg.settings
print(json.dumps({"path": str(cfg.policy_path), "state": cfg.policy_state, "mode": s.mode,
                  "allow_pause": s.allow_pause, "syslog": s.forward.syslog,
                  "rules_dir": s.rules_dir, "trusted": list(s.trusted_installers),
                  "problems": list(cfg.problems)}))
"""


@pytest.fixture
def system_dir() -> Iterator[Path]:
    """A root-owned folder in sticky /tmp: the person can neither write nor replace it."""
    folder = Path(tempfile.mkdtemp(prefix="pgt-system-", dir="/tmp"))
    os.chmod(folder, 0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder)


def probe(user: LocalUser, system: Path) -> dict[str, object]:
    home = user.home
    for name, text in (
        ("mine.toml", OWN_POLICY),
        ("data/policy.last-good.toml", OWN_POLICY),  # a copy the person edited
        ("config/settings.toml",
         f'mode = "monitor"\nrules_dir = "{home}/rules"\n'
         'trusted_installers = ["https://evil.example/install.sh"]\n'),
        ("rules/allow-all.yaml", "rules: []\n"),
    ):  # fmt: skip
        result = user.run(["/bin/sh", "-c", 'mkdir -p "$(dirname "$1")" && cat > "$1"',
                           "sh", str(home / name)], timeout=10)  # fmt: skip
        assert result.returncode == 0, result.stderr
        (home / name).write_text(text, encoding="utf-8")
    env = user.env(PASTEGUARD_POLICY=str(home / "mine.toml"),
                   PASTEGUARD_DATA_DIR=str(home / "data"))  # fmt: skip
    result = user.run(["/usr/bin/python3", "-c", PROBE, str(system / "policy.toml")], env)
    assert result.returncode == 0, result.stderr
    answer: dict[str, object] = json.loads(result.stdout)
    return answer


def test_the_installed_policy_applies_whatever_the_person_sets(
    local_user: LocalUser,  # noqa: F811
    system_dir: Path,
) -> None:
    policy = system_dir / "policy.toml"
    policy.write_text(SYSTEM_POLICY, encoding="utf-8")
    policy.chmod(0o644)
    cfg = probe(local_user, system_dir)
    assert cfg["path"] == str(policy) and cfg["state"] == "applied"
    assert cfg["mode"] == "block" and cfg["allow_pause"] is False
    assert cfg["syslog"] == "tcp://127.0.0.1:5514"
    # a person's own rule folder and trusted installers need the policy's [allow_user]
    assert cfg["rules_dir"] is None and cfg["trusted"] == []
    problems = " ".join(str(p) for p in cfg["problems"])  # type: ignore[union-attr]
    assert "rules_dir" in problems and "trusted_installers" in problems

    # broken by the administrator: the person's own "last good" copy is not believed, and
    # the broken file's valid [forward] still reports it to the SIEM
    policy.write_text("mdoe = 1\n" + SYSTEM_POLICY, encoding="utf-8")  # a typo
    cfg = probe(local_user, system_dir)
    assert cfg["state"] == "invalid-using-defaults"
    assert cfg["mode"] == "block"  # built-in settings held, not the person's "monitor"
    assert cfg["syslog"] == "tcp://127.0.0.1:5514"

    # the administrator's last good copy beside it is believed
    (system_dir / "policy.last-good.toml").write_text(SYSTEM_POLICY, encoding="utf-8")
    (system_dir / "policy.last-good.toml").chmod(0o644)
    cfg = probe(local_user, system_dir)
    assert cfg["state"] == "invalid-using-last-good", cfg
    assert cfg["syslog"] == "tcp://127.0.0.1:5514", cfg


def test_without_an_installed_policy_the_override_works(
    local_user: LocalUser,  # noqa: F811
    system_dir: Path,
) -> None:
    """Development and tests: no system policy, so PASTEGUARD_POLICY names the policy."""
    cfg = probe(local_user, system_dir)  # system_dir holds no policy.toml
    assert cfg["path"] == str(local_user.home / "mine.toml") and cfg["state"] == "applied"
    assert cfg["mode"] == "monitor"
