"""Read a command the way its interpreter will, and say what it does.

`interpret(text)` picks the interpreters a text could be meant for (PowerShell, cmd.exe, POSIX
shells, JavaScript) by cheap markers, runs each within one shared budget, and returns the
de-obfuscated texts (extra layers for the rule engine) and the behaviours of the commands
(downloads, runs code, persists, weakens protection, sends data away). It never raises, never
runs or fetches anything, and only parses texts that show a sign of being code.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from app.detection.interpret.behaviour import Behaviour, behaviours
from app.detection.interpret.budget import Budget, OutOfBudget
from app.detection.interpret.facts import Facts
from app.detection.interpret.sniff import backwards, languages

Reader = Callable[[str, Facts, Budget], "str | None"]
READERS = ("powershell", "cmd", "posix", "javascript")
_loaded: dict[str, Reader] = {}

__all__ = ["Behaviour", "Interpretation", "interpret", "load_readers"]

log = logging.getLogger(__name__)
MAX_TEXT = 16 * 1024  # characters of one text interpreted (the grammars get at most this)


def load_readers() -> dict[str, Reader]:
    """The interpreters themselves, imported by the first engine that reads with them (Engine
    loads them with its rules). Importing this package does not load them: the guard's own
    patterns-only engine, which reads the texts its analysis process cannot, never needs them,
    and they were a large part of the guard's imports before it says it is ready."""
    global _loaded
    if not _loaded:
        from app.detection.interpret.cmd import interpret_cmd
        from app.detection.interpret.javascript import interpret_javascript
        from app.detection.interpret.posix import interpret_posix
        from app.detection.interpret.powershell import interpret_powershell

        # whole, then bound: a thread that finds it filled finds all four
        _loaded = {
            "powershell": interpret_powershell,
            "cmd": interpret_cmd,
            "posix": interpret_posix,
            "javascript": interpret_javascript,
        }
    return _loaded


@dataclass
class Interpretation:
    layers: list[str] = field(default_factory=list)  # the text as its interpreters read it
    behaviours: dict[Behaviour, list[str]] = field(default_factory=dict)  # what, with evidence
    facts: Facts = field(default_factory=Facts)
    complete: bool = True


def interpret(
    text: str, budget: Budget | None = None, readers: Sequence[str] | None = None
) -> Interpretation:
    """The de-obfuscated readings of text and what its commands do. Never raises.

    `readers` forces the interpreters to run (tests); by default the markers choose.
    """
    facts = Facts()
    budget = budget or Budget()
    result = Interpretation(facts=facts)
    try:
        sample = text[:MAX_TEXT]
        low = sample.lower()
        facts.source = low
        chosen = languages(low) if readers is None else readers
        if readers is None and chosen and backwards(low):
            chosen = []  # the reverse of a text that reverses a string: nothing to run
        table = _loaded or load_readers()
        for language in chosen:
            reading = table[language](sample, facts, budget)
            if reading:
                facts.layer(reading, sample)
        if chosen:  # with no interpreter run there are no facts to find behaviours in
            result.behaviours = behaviours(facts)
    except OutOfBudget:
        facts.complete = False
    except Exception:
        if budget.strict:
            raise
        log.debug("interpretation failed", exc_info=True)
        facts.complete = False
    result.layers = [x for x in facts.layers if x.strip() != text.strip()]
    result.complete = facts.complete and len(text) <= MAX_TEXT
    return result
