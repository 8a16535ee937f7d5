"""Signals on behaviour: what the commands do once read as their interpreter would.

The rules that name them live in resources/rules/05-behaviour.yaml.
"""

from __future__ import annotations

from app.detection.analysis import Analysis
from app.detection.interpret.behaviour import Behaviour
from app.detection.signals import BEHAVIOURS, signal


def _evidence(a: Analysis, kind: Behaviour) -> list[str]:
    return a.behaviours.get(kind, [])[:4]


@signal("behaviour-runs-downloaded", needs=BEHAVIOURS)
def runs_downloaded(a: Analysis) -> list[str]:
    """Code fetched from the network is handed to an interpreter (iex, sh, eval...)."""
    return _evidence(a, Behaviour.RUNS_DOWNLOADED)


@signal("behaviour-loads-hidden-script", needs=BEHAVIOURS)
def loads_hidden_script(a: Analysis) -> list[str]:
    """Page code made to load and run a script whose address or loader is hidden."""
    return _evidence(a, Behaviour.LOADS_HIDDEN_SCRIPT)


@signal("behaviour-hidden-command", needs=BEHAVIOURS)
def hidden_command(a: Analysis) -> list[str]:
    """A command that downloads or runs code is reached through a lookup or a computed name."""
    return _evidence(a, Behaviour.HIDDEN_COMMAND)


@signal("behaviour-hidden-address", needs=BEHAVIOURS)
def hidden_address(a: Analysis) -> list[str]:
    """The host a command fetches from is put together, decoded or reversed, never written."""
    return _evidence(a, Behaviour.HIDDEN_ADDRESS)


@signal("behaviour-persists", needs=BEHAVIOURS)
def persists(a: Analysis) -> list[str]:
    return _evidence(a, Behaviour.PERSISTS)


@signal("behaviour-weakens-protection", needs=BEHAVIOURS)
def weakens(a: Analysis) -> list[str]:
    return _evidence(a, Behaviour.WEAKENS_PROTECTION)


@signal("behaviour-sends-data", needs=BEHAVIOURS)
def sends(a: Analysis) -> list[str]:
    return _evidence(a, Behaviour.SENDS_DATA)


BEHAVIOUR_SIGNALS = ("behaviour-runs-downloaded", "behaviour-hidden-command")
