"""The working state of one analysis, shared by the pattern matcher and the signals."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from app.detection.commands import CommandStructure
from app.detection.indicators import ParsedURL, UNCPath
from app.detection.interpret.behaviour import Behaviour
from app.detection.model import Context, Layer
from app.detection.trust import Trust, TrustList

R = TypeVar("R")


@dataclass
class FetchedURL:
    url: ParsedURL
    trust: Trust
    installer: str | None
    in_comment: bool  # appears only in a comment, so it is never fetched
    argument: bool = False  # the value of a variable or option (a proxy, a resolver), not fetched
    written_https: bool = False  # https:// spelt out (a bare host may be fetched over HTTP)
    written_http: bool = False  # http:// spelt out: plain HTTP for certain


@dataclass
class Analysis:
    raw: str
    context: Context
    trust: TrustList
    deep: str = ""  # what is folded and decoded: raw, or the deep windows of a long text
    folded: str = ""  # deep, Unicode-folded
    raw_bytes: bytes | None = None  # raw as UTF-8 when it is not ASCII (encoded once)
    # what the rules match of a long raw text: its random-looking runs blanked (noise.py)
    rules_bytes: bytes | None = None
    layers: list[Layer] = field(default_factory=list)
    structure: CommandStructure = field(default_factory=CommandStructure)
    programs: set[str] = field(default_factory=set)  # across every layer
    urls: list[FetchedURL] = field(default_factory=list)
    unc_paths: list[UNCPath] = field(default_factory=list)
    tags: set[str] = field(default_factory=set)  # tags of the pattern findings so far
    phones: list[str] = field(default_factory=list)  # the numbers a scam text wants called
    complete: bool = True
    incomplete_reason: str = ""
    max_depth_reached: int = 0
    # what the commands do once read as their interpreter would (app/detection/interpret)
    behaviours: dict[Behaviour, list[str]] = field(default_factory=dict)
    interpretations: int = 0  # texts interpreted so far (each costs a parse)
    # facts about the text that more than one check asks for, found by the first that asks
    memo: dict[Hashable, Any] = field(default_factory=dict)
    _active: tuple[list[FetchedURL], int, list[FetchedURL]] | None = None

    def first_reading(self, read: Callable[[str], R], limit: int) -> R | None:
        """The first answer `read` gives that is not empty, over the first `limit` layers (the
        text as written, normalised, decoded), each distinct text read once."""
        seen: set[str] = set()
        for layer in self.layers[:limit]:
            if layer.text in seen:
                continue
            seen.add(layer.text)
            found = read(layer.text)
            if found:
                return found
        return None

    @property
    def normalized(self) -> str:
        for layer in self.layers:
            if layer.name == "normalized":
                return layer.text
        return self.layers[0].text if self.layers else self.raw

    @property
    def active_urls(self) -> list[FetchedURL]:
        """URLs the command would download from: not in comments, not option values.

        Listed once for the list `urls` holds (a dozen checks ask); do not change the list."""
        urls, cached = self.urls, self._active
        if cached is None or cached[0] is not urls or cached[1] != len(urls):
            active = [u for u in urls if not u.in_comment and not u.argument]
            cached = self._active = (urls, len(urls), active)
        return cached[2]
