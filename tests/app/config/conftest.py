"""Every config test runs against folders in tmp_path, never a real profile or /etc."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(frozen=True)
class Places:
    config_dir: Path
    policy: Path
    data_dir: Path

    @property
    def settings(self) -> Path:
        return self.config_dir / "settings.toml"

    @property
    def last_good(self) -> Path:
        return self.data_dir / "policy.last-good.toml"

    def write_settings(self, text: str) -> None:
        self.config_dir.mkdir(parents=True, exist_ok=True)
        self.settings.write_text(text, encoding="utf-8")

    def write_policy(self, text: str | bytes) -> None:
        self.policy.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8") if isinstance(text, str) else text
        self.policy.write_bytes(data)


@pytest.fixture(autouse=True)
def places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Places:
    found = Places(tmp_path / "config", tmp_path / "etc" / "policy.toml", tmp_path / "data")
    monkeypatch.setenv("PASTEGUARD_CONFIG_DIR", str(found.config_dir))
    monkeypatch.setenv("PASTEGUARD_POLICY", str(found.policy))
    monkeypatch.setenv("PASTEGUARD_DATA_DIR", str(found.data_dir))
    return found
