"""The organisation's lists in front of the engine: what the guard asks for a verdict."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from app.detection.model import Context, Finding, Level, Verdict
from app.intel.lists import IntelHit, IntelLists, IntelMatcher

if TYPE_CHECKING:
    from app.detection.engine import Engine
    from app.detection.supervisor import IsolatedEngine

TECHNIQUE = "T1204.004"
RULE_IDS = {
    "block_hosts": "PG-INTEL-BLOCK-HOST",
    "block_url_patterns": "PG-INTEL-BLOCK-URL",
    "block_text_hashes": "PG-INTEL-BLOCK-TEXT",
    "allow_hosts": "PG-INTEL-ALLOW-HOST",
    "allow_text_hashes": "PG-INTEL-ALLOW-TEXT",
}
_WHERE = {"page": "the page it was copied from", "text": "the text"}


def _finding(hit: IntelHit) -> Finding:
    if hit.verdict == "block":
        what = {
            "block_hosts": f"the address {hit.value}",
            "block_url_patterns": "an address",
            "block_text_hashes": "this exact text",
        }[hit.list]
        return Finding(
            rule_id=RULE_IDS[hit.list],
            title="Blocked by your organisation",
            explanation=(
                f"Your IT team has blocked {what} ({_WHERE[hit.where]}): it was reported as "
                "part of a scam that tricks people into running commands."
            ),
            technique=TECHNIQUE,
            weight=100,
            layer="raw",
            evidence=hit.value if hit.list != "block_text_hashes" else f"sha256 {hit.value}",
            action="run what a known scam asks for",
        )
    return Finding(
        rule_id=RULE_IDS[hit.list],
        title="Allowed by your organisation",
        explanation="Your IT team has allowed this text or the page it came from.",
        technique=TECHNIQUE,
        weight=0,
        layer="raw",
        evidence=hit.value,
    )


class ScreenedEngine:
    """`analyze` as the engine's, with the lists checked first.

    The guard asks five times per clipboard change (once per paste target) for the same
    text: the lists are checked once and remembered for that text. `lists` may be replaced
    from another thread (a feed update): the matcher is swapped whole.
    """

    def __init__(self, engine: Engine | IsolatedEngine, lists: IntelLists | None = None) -> None:
        self.engine = engine
        self._matcher = IntelMatcher(lists or IntelLists())
        self._last: tuple[str, str | None, IntelHit | None] | None = None
        self._lock = threading.Lock()

    @property
    def lists(self) -> IntelLists:
        return self._matcher.lists

    @lists.setter
    def lists(self, lists: IntelLists) -> None:
        matcher = IntelMatcher(lists)  # compiled here, off the worker's path
        with self._lock:
            self._matcher = matcher
            self._last = None

    def check(self, text: str, source: str | None) -> IntelHit | None:
        with self._lock:
            last, matcher = self._last, self._matcher
        if last is not None and last[0] is text and last[1] == source:
            return last[2]
        url = source if source and source.lower().startswith(("http:", "https:")) else None
        hit = matcher.check(text, url)
        with self._lock:
            if self._matcher is matcher:
                self._last = (text, source, hit)
        return hit

    def analyze(self, text: str | bytes, context: Context | None = None) -> Verdict:
        context = context or Context()
        if isinstance(text, bytes):
            text = text.decode("utf-8", errors="replace")
        return self._screened(text, context, lambda: self.engine.analyze(text, context))

    def read(self, text: str | bytes, contexts: Sequence[Context]) -> list[Verdict]:
        """One reading of the text (the engine's), the lists applied to it in each context."""
        if isinstance(text, bytes):
            text = text.decode("utf-8", errors="replace")
        hits = [self.check(text, c.source) for c in contexts]
        needed = [c for c, hit in zip(contexts, hits, strict=True) if not _allows_text(hit)]
        read = iter(self.engine.read(text, needed) if needed else [])
        return [
            _allowed(hit, context) if _allows_text(hit) else _screen(hit, next(read))
            for context, hit in zip(contexts, hits, strict=True)
        ]

    def _screened(self, text: str, context: Context, verdict_of: Callable[[], Verdict]) -> Verdict:
        hit = self.check(text, context.source)
        if _allows_text(hit):
            return _allowed(hit, context)
        return _screen(hit, verdict_of())


def _allows_text(hit: IntelHit | None) -> bool:
    return hit is not None and hit.verdict == "allow" and hit.list == "allow_text_hashes"


def _allowed(hit: IntelHit | None, context: Context) -> Verdict:
    assert hit is not None
    return Verdict(
        level=Level.CLEAN,
        score=0,
        summary="Allowed by your organisation.",
        findings=[_finding(hit)],
        context=context,
    )


def _screen(hit: IntelHit | None, verdict: Verdict) -> Verdict:
    if hit is None:
        return verdict
    if hit.verdict == "block":
        return replace(
            verdict,
            level=Level.MALICIOUS,
            score=100,
            summary="Your organisation has blocked this: it was reported as part of a scam.",
            findings=[_finding(hit), *verdict.findings],
        )
    if verdict.level is Level.SUSPICIOUS:  # an allowed page: never clears a malicious one
        return replace(verdict, level=Level.INFO, findings=[_finding(hit), *verdict.findings])
    return verdict
