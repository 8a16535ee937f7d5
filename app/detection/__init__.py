"""The detection engine: decides whether a piece of text is a copy-paste lure, and why."""

from app.detection.engine import Engine
from app.detection.model import Context, Finding, Indicator, Layer, Level, PasteTarget, Verdict

__all__ = ["Context", "Engine", "Finding", "Indicator", "Layer", "Level", "PasteTarget", "Verdict"]
