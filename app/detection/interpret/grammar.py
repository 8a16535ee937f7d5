"""Tree-sitter grammars for PowerShell, POSIX shells and JavaScript, loaded once, parsed bounded.

Each parse gets at most MAX_PARSE bytes and a deadline, checked by tree-sitter's progress
callback, so a hostile text cannot hold the parser. A grammar that fails to load (a broken
install) makes its interpreter return nothing rather than fail the analysis.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable, Iterator

from tree_sitter import Language, Node, Parser, Point, Tree

log = logging.getLogger(__name__)

MAX_PARSE = 12 * 1024  # bytes given to one parse
PARSE_MS = 6.0
MAX_NODES = 30_000  # a tree with more nodes is not walked


@functools.cache
def _language(name: str) -> Language | None:
    try:
        if name == "powershell":
            import tree_sitter_powershell

            return Language(tree_sitter_powershell.language())
        if name == "bash":
            import tree_sitter_bash

            return Language(tree_sitter_bash.language())
        if name == "javascript":
            import tree_sitter_javascript

            return Language(tree_sitter_javascript.language())
        return None
    except Exception:  # a missing or incompatible grammar wheel: interpret without it
        log.warning("tree-sitter grammar %s is not available", name, exc_info=True)
        return None


def warm() -> None:
    """Load every grammar and name list now (a few ms), so the first paste does not pay."""
    from app.detection.interpret.names import load_names

    for name in ("powershell", "bash", "javascript"):
        _language(name)
    load_names()


def parse(name: str, text: str, ms: float = PARSE_MS) -> tuple[Tree, bytes] | None:
    """The syntax tree of text (cut to MAX_PARSE bytes), or None past the deadline."""
    language = _language(name)
    if language is None or ms <= 0:
        return None
    ms = min(ms, PARSE_MS)
    data = text.encode("utf-8", "replace")[:MAX_PARSE]
    deadline = time.thread_time() + ms / 1000.0

    def read(offset: int, _point: Point) -> bytes:
        return data[offset : offset + 4096]

    def progress(_offset: int, _has_error: bool) -> bool:
        return time.thread_time() > deadline  # True stops the parse

    try:
        tree = Parser(language).parse(read, progress_callback=progress)
    except Exception:
        log.debug("tree-sitter parse of %s failed", name, exc_info=True)
        return None
    if tree is None or tree.root_node.descendant_count > MAX_NODES:
        return None
    return tree, data


def text_of(node: Node, data: bytes) -> str:
    return data[node.start_byte : node.end_byte].decode("utf-8", "replace")


def walk(node: Node, limit: int) -> Iterator[Node]:
    """Every node under node, pre-order, at most limit of them."""
    stack = [node]
    while stack and limit > 0:
        current = stack.pop()
        limit -= 1
        yield current
        stack.extend(reversed(current.children))


def wraps(node: Node) -> bool:
    """Whether node only wraps one child that is the same text (grammar layering)."""
    if node.child_count != 1 or node.type == "command":
        return False
    child = node.children[0]
    return (
        child.is_named and child.start_byte == node.start_byte and child.end_byte == node.end_byte
    )


def unwrap(node: Node) -> Node:
    while wraps(node):
        node = node.children[0]
    return node


Visitor = Callable[[Node], None]
