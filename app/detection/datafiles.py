"""Shipped YAML data parsed once per version of each file: a cache beside it, as Python keeps
the bytecode of a module beside its source.

Importing PyYAML and parsing the rule, catalogue and trust files (PyYAML's constructor is
Python code) was ~13 % of the start-up of every `pasteguard scan`. A file's parsed document is
kept in `__pycache__/<file>.<kind>.<python>.marshal` next to it, keyed by the SHA-256 of the
file's bytes and checked against its own digest before it is read:

- a changed file is parsed again (a cache never stands for an older rule);
- a cache that is missing, truncated, corrupt or for another file is ignored, and replaced;
- it is written only where Python would write bytecode (the folder is writable, and
  PYTHONDONTWRITEBYTECODE is unset), so it is never more writable than the file it stands
  for; a read-only install parses its files at each start, as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

_ALWAYS_WRITE = [False]  # set while compile_shipped() runs
# Rule translations are left out: the window reads one language's once (ui/rule_texts.py), and
# keeping all of their parses would add 0.7 MB to a build that is at its size target.
TRANSLATIONS = "i18n"
MAGIC = b"PGDATA01"  # this layout; a new one changes it
_DIGEST = 32  # bytes of a SHA-256
_TAG = f"{sys.implementation.cache_tag}-m{marshal.version}"  # marshal's format is Python's


def cache_path(path: Path, kind: str) -> Path:
    """Where the parsed document of `path` read as `kind` is kept."""
    return path.parent / "__pycache__" / f"{path.name}.{kind}.{_TAG}.marshal"


def read_text(data: bytes) -> str:
    """The file's text as `Path.read_text(encoding="utf-8")` gives it (universal newlines)."""
    return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def load(path: Path, kind: str, parse: Callable[[str], Any]) -> Any:
    """`parse(text of path)`, from the cache when it holds this very file's document.

    `kind` names the parse (a different parse of the same file is kept apart). Reading or
    decoding errors of the file, and whatever `parse` raises, reach the caller as they are.
    """
    data = path.read_bytes()
    key = hashlib.sha256(kind.encode() + b"\0" + data).digest()
    cached = cache_path(path, kind)
    document = _cached(cached, key)
    if document is not None:
        return document[0]
    parsed = parse(read_text(data))
    if _ALWAYS_WRITE[0] or not sys.dont_write_bytecode:
        _store(cached, key, parsed)
    return parsed


def compile_shipped() -> None:
    """Keep the parse of every shipped data file the engine reads (and of the Public Suffix
    List), as compileall does for the bytecode: for builds (build.spec), and the bench, which
    runs with PYTHONDONTWRITEBYTECODE."""
    from app.detection import hsfilter
    from app.detection.rules import CompiledRules, default_rules_dir, load_rules, read_yaml
    from app.detection.scriptgate import file_pages
    from app.detection.signals import SIGNALS
    from app.detection.suffixlist import public_suffix_list
    from app.detection.trust import TrustList, default_trust_path  # they import this module
    from app.shipped import resources_dir

    _ALWAYS_WRITE[0] = True
    try:
        for path in sorted(resources_dir().rglob("*.yaml")):
            if TRANSLATIONS not in path.relative_to(resources_dir()).parts:
                read_yaml(path)
        for path in sorted((resources_dir() / "rules").glob("*.yaml")):
            file_pages(path)  # which rules need another script's letters
        # which patterns have no literal to prefilter on (atoms.py), kept as the engine does
        rules = load_rules([default_rules_dir()], SIGNALS, check_patterns=False)[0]
        compiled = CompiledRules(rules, hyperscan=False)
        # the Hyperscan database of the rule patterns (hsfilter.py): ~4 s, here and never when
        # a text is read; without Hyperscan installed the rules are matched without it
        hsfilter.write(hsfilter.shipped_path(), compiled.patterns())
        TrustList.load(default_trust_path())
        public_suffix_list()
    finally:
        _ALWAYS_WRITE[0] = False
    _record_patterns()


def _record_patterns() -> None:
    """The compiled regular expressions of a scan's start-up (patterncache.py), recorded in a
    fresh process: in this one they were compiled before anything could keep them."""
    import subprocess

    home = Path(__file__).resolve().parents[2]  # where `app` is imported from
    done = subprocess.run(
        [sys.executable, "-c", "from app.detection.patterncache import record; record()"],
        cwd=home, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    if done.returncode != 0:  # scans then compile their patterns as before: said, not fatal
        sys.stderr.write(f"the regular expressions were not kept: {done.stderr[-800:]}\n")


def _cached(cached: Path, key: bytes) -> tuple[Any] | None:
    try:
        blob = cached.read_bytes()
    except OSError:
        return None
    head = len(MAGIC) + 2 * _DIGEST
    if len(blob) < head or not blob.startswith(MAGIC):
        return None
    if blob[len(MAGIC) : len(MAGIC) + _DIGEST] != key:
        return None  # another version of the file
    payload = blob[head:]
    if hashlib.sha256(payload).digest() != blob[len(MAGIC) + _DIGEST : head]:
        return None  # cut short or damaged: never given to marshal
    try:
        return (marshal.loads(payload),)
    except (EOFError, ValueError, TypeError):
        return None


def _store(cached: Path, key: bytes, document: Any) -> None:
    try:
        payload = marshal.dumps(document)
    except ValueError:  # a type marshal does not keep (a YAML timestamp): parsed each time
        return
    blob = MAGIC + key + hashlib.sha256(payload).digest() + payload
    partial = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
    try:
        cached.parent.mkdir(exist_ok=True)
        partial.write_bytes(blob)
        os.replace(partial, cached)  # whole or not at all, for a reader at the same time
    except OSError:  # a read-only install, a full disk: parsed again next time
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
