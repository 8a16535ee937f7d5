"""The control channel's name: every process of one user finds the same guard."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

NAME_OF = "import sys; from pathlib import Path; from app import ipc; print(ipc.pipe_name(Path(sys.argv[1])))"


def pipe_name_in_a_new_process(data: Path, seed: str, user: str = "alice") -> str:
    """What a separate Python process (the CLI, a second guard) computes for `data`."""
    env = {**os.environ, "PYTHONHASHSEED": seed, "USERNAME": user}
    result = subprocess.run(
        [sys.executable, "-c", NAME_OF, str(data)],
        env=env, capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    return result.stdout.strip()


def test_the_windows_pipe_name_is_the_same_in_every_process(tmp_path: Path) -> None:
    # Two processes with different string-hash salts: `status` must reach the running guard.
    first = pipe_name_in_a_new_process(tmp_path, seed="1")
    second = pipe_name_in_a_new_process(tmp_path, seed="2")
    assert first == second
    assert first.startswith("PasteGuard-alice-")


def test_the_windows_pipe_name_differs_by_user_and_data_folder(tmp_path: Path) -> None:
    mine = pipe_name_in_a_new_process(tmp_path / "a", seed="1")
    assert pipe_name_in_a_new_process(tmp_path / "b", seed="1") != mine
    assert pipe_name_in_a_new_process(tmp_path / "a", seed="1", user="bob") != mine
