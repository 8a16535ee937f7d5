"""Shipped YAML parsed once per version of the file (app/detection/datafiles.py): the cache
beside a file never stands for another version of it, and a damaged one is never used."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.detection import datafiles
from app.detection.rules import read_yaml
from app.shipped import resources_dir

RULE = "rules:\n  - id: T-ONE\n    title: One\n    weight: {weight}\n"


@pytest.fixture
def writing(monkeypatch: pytest.MonkeyPatch) -> None:
    """As a process that may write bytecode (the tests may run with PYTHONDONTWRITEBYTECODE)."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def rule_file(folder: Path, weight: int) -> Path:
    path = folder / "rules.yaml"
    path.write_text(RULE.format(weight=weight), encoding="utf-8")
    return path


def weight_read(path: Path) -> object:
    document, error = read_yaml(path)
    assert error is None
    return document["rules"][0]["weight"]


def test_a_changed_file_is_read_as_it_is_now_never_from_the_cache(
    tmp_path: Path, writing: None
) -> None:
    path = rule_file(tmp_path, 10)
    assert weight_read(path) == 10
    assert datafiles.cache_path(path, "lines").is_file()
    path.write_text(RULE.format(weight=20), encoding="utf-8")  # same size, maybe same mtime
    assert weight_read(path) == 20
    assert weight_read(path) == 20  # and the cache now holds the new version


def test_a_cache_is_what_parsing_the_file_gives_with_lines(tmp_path: Path, writing: None) -> None:
    path = rule_file(tmp_path, 10)
    parsed = read_yaml(path)
    assert read_yaml(path) == parsed  # the second from the cache
    assert parsed[0]["rules"][0]["__line__"] == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda blob: blob[: len(blob) // 2],  # cut short
        lambda blob: blob[:-3] + b"\xff\xfe\xfd",  # bytes changed at the end
        lambda blob: b"",
        lambda blob: b"garbage",
        lambda blob: blob[:8] + bytes(32) + blob[40:],  # another file's key
    ],
)
def test_a_damaged_cache_is_ignored_and_replaced(
    tmp_path: Path, writing: None, damage: object
) -> None:
    path = rule_file(tmp_path, 10)
    weight_read(path)
    cached = datafiles.cache_path(path, "lines")
    good = cached.read_bytes()
    cached.write_bytes(damage(good))  # type: ignore[operator]
    assert weight_read(path) == 10
    assert cached.read_bytes() == good


def test_a_forged_cache_with_a_valid_digest_for_another_text_is_not_used(
    tmp_path: Path, writing: None
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    forged = rule_file(other, 99)
    weight_read(forged)
    path = rule_file(tmp_path, 10)
    cached = datafiles.cache_path(path, "lines")
    cached.parent.mkdir()
    cached.write_bytes(datafiles.cache_path(forged, "lines").read_bytes())
    assert weight_read(path) == 10


def test_a_cache_folder_it_cannot_make_is_read_each_time_without_error(
    tmp_path: Path, writing: None
) -> None:
    # a file where the cache folder would go refuses the write to everyone, root included (a
    # read-only install refuses it by its modes, which root would not feel)
    (tmp_path / "__pycache__").write_bytes(b"not a folder")
    path = rule_file(tmp_path, 10)
    assert weight_read(path) == 10
    assert weight_read(path) == 10
    assert (tmp_path / "__pycache__").read_bytes() == b"not a folder"
    assert {p.name for p in tmp_path.iterdir()} == {"__pycache__", path.name}


def test_nothing_is_written_where_python_writes_no_bytecode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    path = rule_file(tmp_path, 10)
    assert weight_read(path) == 10
    assert not (tmp_path / "__pycache__").exists()


def test_every_shipped_file_reads_the_same_from_its_cache(tmp_path: Path, writing: None) -> None:
    """The shipped files, copied: what the cache gives is what parsing gives."""
    for source in sorted(resources_dir().rglob("*.yaml")):
        copy = tmp_path / source.relative_to(resources_dir())
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_bytes(source.read_bytes())
        parsed = read_yaml(copy)
        assert parsed[1] is None, parsed[1]
        assert datafiles.cache_path(copy, "lines").is_file()
        assert read_yaml(copy) == parsed, source


def test_the_public_suffix_list_from_its_cache_is_the_list_as_parsed(
    tmp_path: Path, writing: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import publicsuffixlist
    from publicsuffixlist import PublicSuffixList

    from app.detection.suffixlist import public_suffix_list

    copy = tmp_path / "public_suffix_list.dat"
    copy.write_bytes(Path(publicsuffixlist.PSLFILE).read_bytes())
    monkeypatch.setattr(publicsuffixlist, "PSLFILE", str(copy))
    parsed = PublicSuffixList(accept_encoded_idn=False)
    first = public_suffix_list()  # parsed, and kept
    assert list(tmp_path.joinpath("__pycache__").iterdir())
    cached = public_suffix_list()
    assert vars(first) == vars(cached) == vars(parsed)
    for host in ("get.vendor.dev", "a.b.example.co.uk", "x.github.io", "localhost", "com"):
        assert cached.privatesuffix(host) == parsed.privatesuffix(host), host
