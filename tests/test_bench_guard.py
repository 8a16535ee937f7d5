"""bench.guard: the guard it starts is byte-compiled as an installed copy is."""

from __future__ import annotations

from pathlib import Path

import pytest

import bench.guard as guard_bench
import bench.speed as speed_bench


def test_the_guard_bench_compiles_app_and_ui_before_a_guard_starts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    compiled: list[str] = []
    monkeypatch.setattr(speed_bench, "byte_compile_app", lambda: compiled.append("app"))
    monkeypatch.setattr(
        guard_bench.compileall, "compile_dir", lambda folder, **_: compiled.append(folder)
    )
    guard_bench._byte_compile()
    assert compiled[0] == "app"
    assert Path(compiled[1]) == guard_bench.REPO / "ui"
