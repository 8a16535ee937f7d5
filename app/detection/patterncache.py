"""Python's regular expressions, compiled once per version of Python instead of at every start.

`re.compile` parses a pattern and turns it into the matcher's code in Python (re._parser,
re._compiler) before C takes it (`_sre.compile`). The engine's modules compile ~370 patterns
when they are imported and the engine is built: ~70 ms of the ~250 ms of CPU a
`pasteguard scan` spends before it reads its first line, with the other CPU idle (the workers
of `scan --jsonl` are forked only after it). This keeps what `_sre.compile` is given for each
pattern (its flags, code, groups and group names: ints, strings and None, which marshal keeps)
in `resources/__pycache__/python-patterns.<python>.marshal`, and gives `_sre.compile` that
again for a pattern it holds. The compiled pattern is the one re.compile would make: the same
code from the same pattern and flags; C checks the code as it would check re's own.

- The cache is keyed by the exact version of Python and of its matcher (`_sre.MAGIC`, the
  size of a code word), and checked against its own SHA-256 as datafiles.py checks its caches:
  another Python, a damaged or cut-short file, is ignored and replaced.
- A pattern it lacks is compiled as re compiles it and added; the cache is written, when a
  pattern was added, where Python would write bytecode (`keep`), and always by
  `datafiles.compile_shipped` (`record`), which the build, `make venv` and the bench run.
- Only Python versions whose `re._compiler.compile` this repeats (3.11-3.13) use it; on any
  other, `install` does nothing and patterns are compiled as before.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import _thread
import sys
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_RE_COMPILE = _compiler.compile  # re's own
_KIND = "python-patterns"
_SUPPORTED = ((3, 11), (3, 12), (3, 13))


def cache_path() -> Path:
    from app.detection.datafiles import _TAG
    from app.shipped import resources_dir

    return resources_dir() / "__pycache__" / f"{_KIND}.{_TAG}.marshal"


def _key() -> bytes:
    import hashlib

    version = f"{_KIND}\0{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}\0{_sre.MAXREPEAT}"
    return hashlib.sha256(version.encode()).digest()


def entry(pattern: str | bytes, flags: int) -> Entry:
    """What re._compiler.compile gives `_sre.compile` for `pattern` (after the pattern)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # ints, not re's named opcode constants (an int subclass marshal refuses)
    return (
        int(flags | parsed.state.flags),
        [int(word) for word in code],
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


class PatternCache:
    """The patterns of one process: `compile` stands for re._compiler.compile (`install`)."""

    def __init__(self, path: Path, table: dict[tuple[str | bytes, int], Entry]) -> None:
        self.path = path
        self.table = table
        self.added = 0  # patterns compiled here that the file did not hold
        # once sealed, a pattern the file lacks is compiled and not kept: one made from a text
        # read (a variable's name in a script) never reaches the file, which keeps the patterns
        # of the code alone (and does not grow with the texts)
        self.sealed = False
        self._lock = _thread.allocate_lock()  # a thread's compile never stores under another's key

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, (str, bytes)) or flags & 128:  # re.DEBUG prints the code
            return _RE_COMPILE(pattern, flags)
        flags = int(flags)
        key = (pattern, flags)
        found = self.table.get(key)
        if found is not None:
            try:
                return _sre.compile(pattern, *found)
            except Exception:
                self.table.pop(key, None)
        if self.sealed:
            return _RE_COMPILE(pattern, flags)
        with self._lock:
            made = entry(pattern, flags)
            compiled = _sre.compile(pattern, *made)
            self.table[key] = made
            self.added += 1
        return compiled

    def keep(self, always: bool = False) -> None:
        """Write the table when patterns were added (where Python would write bytecode, or
        `always`)."""
        from app.detection import datafiles

        if self.added and (always or not sys.dont_write_bytecode):
            datafiles._store(self.path, _key(), self.table)
            self.added = 0


_INSTALLED: list[PatternCache] = []


def install(path: Path | None = None) -> PatternCache | None:
    """Compile this process's patterns through the cache at `path` (the shipped one by
    default); the cache in use, or None on a Python this does not know."""
    if _INSTALLED:
        return _INSTALLED[0]
    if sys.version_info[:2] not in _SUPPORTED:
        return None
    if not all(hasattr(m, n) for m, n in ((_parser, "parse"), (_compiler, "_code"))):
        return None  # pragma: no cover - every supported version has them
    from app.detection import datafiles

    target = path or cache_path()
    found = datafiles._cached(target, _key())
    table = found[0] if found is not None and isinstance(found[0], dict) else {}
    cache = PatternCache(target, table)
    _compiler.compile = cache.compile
    _INSTALLED.append(cache)
    return cache


def uninstall() -> None:
    """Compile as re does again (the tests)."""
    if _INSTALLED:
        _compiler.compile = _RE_COMPILE
        _INSTALLED.clear()


def seal() -> None:
    """The modules are imported: the patterns compiled from now on are not kept (`sealed`)."""
    if _INSTALLED:
        _INSTALLED[0].sealed = True


def keep() -> None:
    """Write the installed cache when this process added patterns to it before it was sealed
    (`pasteguard scan`, once its answers are out)."""
    if _INSTALLED:
        _INSTALLED[0].keep()


def record() -> None:
    """Write the cache of what a `pasteguard scan` compiles: the engine's imports, its build and
    a first reading. Run in a fresh process (`python -c ...`) by datafiles.compile_shipped: in
    its own process the modules were imported, and their patterns compiled, before it could
    look."""
    cache = install()
    if cache is None:
        return
    from app.detection.engine import Engine
    from app.detection.worker import warm_first

    warm_first(Engine())
    cache.keep(always=True)
