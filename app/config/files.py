"""Reading TOML that may be hostile, and writing private files atomically."""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
import tomllib
from pathlib import Path
from typing import Any

MAX_BYTES = 256 * 1024  # a real policy is a few kilobytes; this bounds parse time and memory
MAX_NESTING = 16  # brackets and braces; settings need 3
MAX_DOTS = 16  # dots in one key; tomllib's dotted keys cost quadratic time and memory
STALE_TEMP_SECONDS = 3600


class TomlFileError(Exception):
    """A file that cannot be used, with a reason a person can act on."""


def read_capped(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most `max_bytes`; FileNotFoundError when absent."""
    # O_NONBLOCK: opening a FIFO put in place of the file must not hang the guard.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise
    except OSError as error:
        raise TomlFileError(f"cannot be read ({error.strerror})") from error
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise TomlFileError("is not a regular file")
        if info.st_size > max_bytes:
            raise TomlFileError(f"is larger than {max_bytes // 1024} KiB")
        chunks: list[bytes] = []
        size = 0
        while size <= max_bytes:  # st_size can lie (procfs, a file still growing)
            chunk = os.read(fd, max_bytes + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as error:
        raise TomlFileError(f"cannot be read ({error.strerror})") from error
    finally:
        os.close(fd)
    if size > max_bytes:
        raise TomlFileError(f"is larger than {max_bytes // 1024} KiB")
    return b"".join(chunks)


_SPECIAL = re.compile(r"[#\"'\[\]{}=,.\n]")
_BASIC_END = re.compile(r'\\.|"|\n', re.DOTALL)
_MULTI_BASIC_END = re.compile(r'\\.|"""', re.DOTALL)


def _string_end(text: str, start: int) -> int:
    """The index after the TOML string that starts at `start` (approximate, never slower)."""
    if text.startswith('"""', start):
        pattern, pos = _MULTI_BASIC_END, start + 3
        while (match := pattern.search(text, pos)) and match.group() != '"""':
            pos = match.end()
        return match.end() if match else len(text)
    if text.startswith("'''", start):
        end = text.find("'''", start + 3)
        return len(text) if end < 0 else end + 3
    if text[start] == '"':
        pos = start + 1
        while (match := _BASIC_END.search(text, pos)) and match.group() not in ('"', "\n"):
            pos = match.end()
        return match.end() if match else len(text)
    ends = [i for i in (text.find("'", start + 1), text.find("\n", start + 1)) if i >= 0]
    return min(ends) + 1 if ends else len(text)


def check_shape(text: str) -> None:
    """Refuse nesting and dotted keys deep enough to exhaust tomllib's recursion or memory.

    tomllib recurses per bracket and builds a tuple per prefix of a dotted key, so a 200 KB
    file of `a.a.a...` takes gigabytes. This linear scan runs first.
    """
    depth = dots = pos = 0
    while match := _SPECIAL.search(text, pos):
        char, pos = match.group(), match.end()
        if char == "#":
            newline = text.find("\n", pos)
            pos = len(text) if newline < 0 else newline
        elif char in "\"'":
            pos = _string_end(text, match.start())
        elif char in "[{":
            depth, dots = depth + 1, 0
            if depth > MAX_NESTING:
                raise TomlFileError(f"is nested more than {MAX_NESTING} levels deep")
        elif char in "]}":
            depth, dots = max(depth - 1, 0), 0
        elif char == ".":
            dots += 1
            if dots > MAX_DOTS:
                raise TomlFileError(f"has a dotted key with more than {MAX_DOTS} parts")
        else:
            dots = 0


def parse_toml(data: bytes) -> dict[str, Any]:
    try:
        text = data.decode("utf-8-sig")  # Notepad on Windows writes a byte order mark
    except UnicodeDecodeError as error:
        raise TomlFileError(
            f"is not UTF-8 text (byte {error.start}): is it a binary file?"
        ) from error
    if "\x00" in text:
        raise TomlFileError("contains NUL characters: is it a binary file?")
    check_shape(text)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise TomlFileError(f"is not valid TOML: {error}") from error
    except RecursionError as error:  # check_shape should have caught it; belt and braces
        raise TomlFileError("is nested too deeply") from error


def private_folder(path: Path) -> None:
    """Create a folder only its owner can enter; an existing folder keeps its permissions."""
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=0o700)


def _fsync_folder(path: Path) -> None:
    # The rename is only durable once the folder entry is on disk (POSIX; Windows has no
    # folder handles for this and NTFS journals the rename).
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_stale_temps(path: Path) -> None:
    """Temp files of a save killed before its rename; old enough not to be a save in progress."""
    cutoff = time.time() - STALE_TEMP_SECONDS
    for temp in path.parent.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            if temp.stat().st_mtime < cutoff:
                temp.unlink()


def write_private(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so a reader sees the old file or the new, never a part.

    The file is readable by its owner alone (0600 on POSIX; on Windows it inherits the
    per-user profile's ACL).
    """
    private_folder(path.parent)
    _remove_stale_temps(path)
    # mkstemp creates the file 0600, so there is no moment where others could read it.
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as temp:
            temp.write(data)
            temp.flush()
            os.fsync(temp.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _fsync_folder(path.parent)
