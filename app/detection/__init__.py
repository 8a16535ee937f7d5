"""The detection engine: decides whether a piece of text is a copy-paste lure, and why.

The names below are loaded when first asked for (PEP 562), not when the package is: a module
that needs only `app.detection.model` or `display` (the event store, `pasteguard status`,
`export`) does not pay for the engine's import, a few hundred ms of CPU.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.detection.engine import Engine
    from app.detection.model import Context, Finding, Indicator, Layer, Level, PasteTarget, Verdict

__all__ = ["Context", "Engine", "Finding", "Indicator", "Layer", "Level", "PasteTarget", "Verdict"]

_HOMES = {name: "app.detection.model" for name in __all__} | {"Engine": "app.detection.engine"}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # asked once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
