"""patterncache: a pattern from the cache is the pattern re.compile makes, and a cache that
cannot be trusted is never used."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.detection import patterncache
from app.detection.patterncache import PatternCache, entry

REPO = Path(__file__).resolve().parents[3]

PATTERNS: list[tuple[str | bytes, int]] = [
    (r"(?i)iex\s*\(\s*(?P<call>iwr|irm)\b", 0),
    (r"(?x) ^ (?P<scheme> https? ) :// (?P<host> [^/\s]+ )", 0),
    (r"(?<=\bcurl\s)-[a-zA-Z]+", re.IGNORECASE),
    (r"[\u0400-\u04ff]{3,}|[\u200b-\u200f]", re.UNICODE),
    (r"(a|b)*?c{2,5}(?!d)(?:e|(?P<f>f))\1", re.DOTALL | re.MULTILINE),
    (rb"\x00[\x80-\xff]+(?P<tail>..)$", 0),
    (r"^$", re.ASCII),
    (r"(?s:abc.*)\Z", 0),
]


@pytest.fixture(autouse=True)
def _not_installed() -> Any:
    """Each test installs its own cache, and the process compiles as re does after it."""
    installed = list(patterncache._INSTALLED)
    patterncache.uninstall()
    yield
    patterncache.uninstall()
    if installed:  # the scan path of this process installed one before: put it back
        from re import _compiler  # type: ignore[attr-defined]

        _compiler.compile = installed[0].compile
        patterncache._INSTALLED.append(installed[0])


def _given_to_sre(pattern: str | bytes, flags: int, monkeypatch: pytest.MonkeyPatch) -> tuple:
    """What re's own compile gives _sre.compile for the pattern."""
    import _sre
    from re import _compiler  # type: ignore[attr-defined]

    seen: list[tuple] = []

    class Recorder:
        def __getattr__(self, name: str) -> Any:
            return getattr(_sre, name)

        def compile(self, *args: Any) -> Any:
            seen.append(args)
            return _sre.compile(*args)

    with monkeypatch.context() as patch:
        patch.setattr(_compiler, "_sre", Recorder())
        _compiler.compile(pattern, flags)
    return seen[-1]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_entry_is_what_re_gives_the_matcher(
    pattern: str | bytes, flags: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    given = _given_to_sre(pattern, flags, monkeypatch)
    assert given[0] is pattern
    made = entry(pattern, flags)
    assert made[0] == given[1]  # flags
    assert made[1] == list(given[2])  # code
    assert made[2:] == (given[3], dict(given[4]), given[5])


def _same(ours: re.Pattern[Any], theirs: re.Pattern[Any]) -> None:
    assert (ours.pattern, ours.flags, ours.groups) == (theirs.pattern, theirs.flags, theirs.groups)
    assert dict(ours.groupindex) == dict(theirs.groupindex)
    probe: Any = "iex (iwr x) https://a.example/b curl -fsSL cc cce ПРИВЕТ \u200b\n"
    if isinstance(theirs.pattern, bytes):
        probe = b"\x00\xff\xfeab" + probe.encode("utf-8")
    assert [m.span() for m in ours.finditer(probe)] == [m.span() for m in theirs.finditer(probe)]


def test_kept_patterns_come_back_the_same(tmp_path: Path) -> None:
    path = tmp_path / "__pycache__" / "patterns.marshal"
    first = patterncache.install(path)
    assert first is not None and first.table == {}
    made = [first.compile(p, f) for p, f in PATTERNS]
    assert first.added == len(PATTERNS)
    first.keep(always=True)
    assert path.exists() and first.added == 0
    patterncache.uninstall()

    second = patterncache.install(path)
    assert second is not None and second is not first
    assert set(second.table) == {(p, f) for p, f in PATTERNS}
    from re import _compiler  # type: ignore[attr-defined]

    assert _compiler.compile == second.compile  # re.compile goes through it
    again = [second.compile(p, f) for p, f in PATTERNS]
    assert second.added == 0  # every one from the file
    for ours, theirs, (p, f) in zip(again, made, PATTERNS, strict=True):
        _same(ours, theirs)
        _same(ours, re.compile(p, f))
    patterncache.uninstall()
    assert _compiler.compile is not second.compile


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage"])
def test_a_damaged_cache_is_not_used(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "patterns.marshal"
    cache = PatternCache(path, {})
    for p, f in PATTERNS:
        cache.compile(p, f)
    cache.keep(always=True)
    blob = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(blob[: len(blob) // 2])
    elif damage == "flip":
        path.write_bytes(blob[:-10] + bytes([blob[-10] ^ 1]) + blob[-9:])
    else:
        path.write_bytes(b"not a cache at all")
    loaded = patterncache.install(path)
    assert loaded is not None and loaded.table == {}
    _same(loaded.compile(*PATTERNS[0]), re.compile(*PATTERNS[0]))


def test_a_cache_of_another_python_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "patterns.marshal"
    monkeypatch.setattr(patterncache, "_key", lambda: b"another python".ljust(32, b"\0"))
    cache = PatternCache(path, {})
    cache.compile(*PATTERNS[0])
    cache.keep(always=True)
    monkeypatch.undo()
    loaded = patterncache.install(path)
    assert loaded is not None and loaded.table == {}


def test_code_the_matcher_refuses_is_made_again(tmp_path: Path) -> None:
    pattern, flags = PATTERNS[0]
    good = entry(pattern, flags)
    cache = PatternCache(
        tmp_path / "p.marshal", {(pattern, flags): (good[0], [9999, 1, 2], *good[2:])}
    )
    _same(cache.compile(pattern, flags), re.compile(pattern, flags))
    assert cache.table[(pattern, flags)] == good


def test_written_only_where_bytecode_would_be(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "patterns.marshal"
    cache = PatternCache(path, {})
    cache.keep()  # nothing added: nothing written
    assert not path.exists()
    cache.compile(*PATTERNS[1])
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    cache.keep()
    assert not path.exists()
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    cache.keep()
    assert path.exists()


def test_re_debug_and_compiled_patterns_pass_through(tmp_path: Path) -> None:
    cache = PatternCache(tmp_path / "p.marshal", {})
    parsed = re._parser.parse("ab+", 0)  # type: ignore[attr-defined]
    assert cache.compile(parsed, 0).match("abb")  # a parsed pattern, as sre_compile takes
    assert cache.compile("ab+", re.DEBUG | re.ASCII).match("abb")  # (printed, not kept)
    assert cache.table == {} and cache.added == 0


def test_the_scan_command_compiles_through_the_cache() -> None:
    code = (
        "import re\n"
        "from app.cli import scan_parser\n"
        "scan_parser()\n"
        "print(re._compiler.compile.__qualname__)\n"
    )
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True,
        timeout=60, check=True,
    )  # fmt: skip
    assert done.stdout.split() == ["PatternCache.compile"]


def test_once_sealed_nothing_more_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pattern made after the modules were imported (from a text read: a script's variable
    names) is compiled, and never written to the file."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = tmp_path / "patterns.marshal"
    cache = patterncache.install(path)
    assert cache is not None
    cache.compile(*PATTERNS[0])
    patterncache.seal()
    made = cache.compile(r"(?i)[%!](secret_name)[%!]", 0)
    assert made.search("echo %SECRET_NAME%")
    patterncache.keep()
    assert set(cache.table) == {PATTERNS[0]}
    from app.detection import datafiles

    kept = datafiles._cached(path, patterncache._key())
    assert kept is not None and set(kept[0]) == {PATTERNS[0]}
