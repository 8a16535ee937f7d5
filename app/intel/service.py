"""The guard's fleet intel: the engine with the organisation's lists in front, kept current
by the signed feed on a thread of its own (never the UI thread, never the worker)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from app.detection.rules import default_rules_dir
from app.detection.supervisor import IsolatedEngine
from app.detection.trust import TrustList
from app.detection.worker import WorkerSpec
from app.events import Action, Event, EventKind
from app.intel.lists import IntelLists
from app.intel.policy import IntelPolicy
from app.intel.rulefile import read_lists
from app.intel.screen import ScreenedEngine

if TYPE_CHECKING:  # the feed pulls in PyNaCl (libsodium): loaded only when a policy names a feed
    from app.detection.engine import Engine
    from app.intel.bundle import Bundle
    from app.intel.feed import IntelFeed

log = logging.getLogger(__name__)

FEED_FOLDER = "intel"


class EventSink(Protocol):
    def append(self, event: Event, *, original: str | None = None) -> int | None: ...


class FleetIntel:
    """Builds the screened engine from the rule folders and the policy; runs the feed."""

    def __init__(
        self,
        rule_paths: Sequence[Path],
        trust: TrustList,
        policy: IntelPolicy | None,
        data_dir: Path,
        store: EventSink,
        *,
        fetch: Callable[[str], bytes] | None = None,
        strict: bool = False,
        isolate: bool = False,
    ) -> None:
        """`isolate`: the engine reads in a supervised process of its own (the guard), so
        that a crash in a native parser costs one reading (app/detection/supervisor.py)."""
        self.rule_paths = list(rule_paths)
        self.strict = strict  # for the engines it builds (app.detection.Engine)
        self.isolate = isolate
        self.isolated: IsolatedEngine | None = None
        self.trust = trust
        self.store = store
        self.problems: list[str] = []
        # the shipped rules carry no lists: read only the organisation's folders (start-up time)
        own, errors = read_lists([p for p in self.rule_paths if p != default_rules_dir()])
        self.problems.extend(str(e) for e in errors)
        self.policy_lists = policy.lists if policy else IntelLists()
        self.base_lists = self.policy_lists.merged(own)
        # what the feed's bundle adds (its folder of rules, its lists): a new rules folder
        # keeps them, a new bundle keeps the rules folder
        self._bundle_folder: Path | None = None
        self._bundle_lists = IntelLists()
        # one rebuild at a time: the feed thread's and a changed rules folder's
        self._rebuilding = threading.Lock()
        self.screen = ScreenedEngine(self._engine(self.rule_paths), self.base_lists)
        self.feed: IntelFeed | None = None
        self.every = 60.0 * (policy.feed_every_minutes if policy else 60)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_failure: str | None = None
        if policy is not None and policy.feed_url:
            from app.intel.feed import IntelFeed

            extra: dict[str, Any] = {"fetch": fetch} if fetch is not None else {}
            self.feed = IntelFeed(
                policy.feed_url,
                policy.feed_keys,
                data_dir / FEED_FOLDER,
                self._use_bundle,
                on_result=self._record,
                **extra,
            )

    def _engine(self, paths: Sequence[Path]) -> Engine | IsolatedEngine:
        if not self.isolate:
            from app.detection.engine import Engine  # the guard's process reads elsewhere

            return Engine(rule_paths=list(paths), trust=self.trust, strict=self.strict)
        spec = WorkerSpec(tuple(paths), self.trust, self.strict)
        if self.isolated is None:
            # started at once: it loads its rules and grammars while the guard builds the rest
            self.isolated = IsolatedEngine(spec, start=True)
        else:
            self.isolated.rebuild(spec)  # the same process supervisor, new rules
        return self.isolated

    def set_trust(self, trust: TrustList) -> None:
        self.trust = trust
        self.screen.engine.trust = trust

    # -- the feed thread ------------------------------------------------------------------------

    def start(self) -> None:
        if self.feed is None or self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="intel-feed", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self.isolated is not None:
            self.isolated.stop()

    @property
    def analysis_warming(self) -> bool:
        """The analysis process is still loading for the first time."""
        return self.isolated is not None and self.isolated.warming

    def analysis_status(self) -> dict[str, object] | None:
        """The analysis process (None: the engine reads in this process)."""
        return self.isolated.status() if self.isolated is not None else None

    def _run(self) -> None:
        assert self.feed is not None
        try:
            self.feed.load_kept()  # the last bundle applies before the network answers
        except Exception:
            log.exception("the kept feed bundle could not be used")
        self.feed.serve(self._stop, self.every)

    def use_rule_paths(self, rule_paths: Sequence[Path]) -> None:
        """A rules folder changed while the guard runs (already checked: app.commands.rules.
        guard_rule_folders). Any thread but the UI's: the new engine is built here (a rule
        that does not build raises before anything is replaced) and swapped in whole, with
        the folder's lists; the feed's bundle stays in use. Until the analysis process for the
        new rules is ready, the old one reads (Supervisor.respec)."""
        own, errors = read_lists([p for p in rule_paths if p != default_rules_dir()])
        if errors:
            raise ValueError("; ".join(str(e) for e in errors))
        with self._rebuilding:
            bundle = [self._bundle_folder] if self._bundle_folder else []
            engine = self._engine([*rule_paths, *bundle])
            self.rule_paths = list(rule_paths)
            self.base_lists = self.policy_lists.merged(own)
            self.problems = []
            self.screen.engine = engine
            self.screen.lists = self.base_lists.merged(self._bundle_lists)

    def rules_in_force(self, timeout: float) -> bool:
        """After `use_rule_paths`: wait (up to `timeout` s, on the caller's thread) until the
        analysis process reading the texts is the one built with the new rules; True once it
        is (at once when the engine reads in this process)."""
        isolated = self.isolated
        reading_with = getattr(isolated.supervisor, "reading_with", None) if isolated else None
        if isolated is None or reading_with is None:
            return True
        deadline = time.monotonic() + timeout
        while reading_with() is not isolated.spec:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.05)
        return True

    def _use_bundle(self, bundle: Bundle, paths: list[Path]) -> None:
        """Feed thread: build the new engine and lists here, then swap them in whole."""
        folder = paths[0].parent if paths else None
        lists, errors = read_lists(paths)
        if errors:  # checked when verified; a disk that changed it underneath is refused
            raise ValueError("; ".join(str(e) for e in errors))
        with self._rebuilding:
            engine = self._engine([*self.rule_paths, *([folder] if folder else [])])
            self._bundle_folder, self._bundle_lists = folder, lists
            self.screen.engine = engine
            self.screen.lists = self.base_lists.merged(lists)

    def _record(self, result: str, error: str | None, bundle: Bundle | None) -> None:
        from app.intel.feed import NETWORK, UNCHANGED, UPDATED

        if result == UNCHANGED:
            return
        if result == UPDATED and bundle is not None:
            self._last_failure = None
            self.store.append(
                Event(
                    kind=EventKind.INTEL_FEED_UPDATED.value,
                    summary=f"Fleet intel bundle {bundle.serial} is in use.",
                    action=Action.NONE.value,
                    details={
                        "serial": bundle.serial,
                        "expires": bundle.expires.isoformat(),
                        "files": sorted(bundle.files),
                        "entries": self.screen.lists.size(),
                    },
                )
            )
            return
        if result == self._last_failure:
            return  # one event per change of state, not one per round while the network is down
        self._last_failure = result
        current = self.feed.current if self.feed else None
        kept = f"bundle {current.serial} stays in use" if current else "no bundle is in use"
        what = "could not be fetched" if result == NETWORK else f"was refused ({result})"
        self.store.append(
            Event(
                kind=EventKind.INTEL_FEED_FAILED.value,
                summary=f"The fleet intel feed {what}; {kept}.",
                action=Action.NONE.value,
                details={"result": result, "error": (error or "")[:300]},
            )
        )

    def status(self) -> dict[str, object]:
        return {
            "entries": self.screen.lists.size(),
            "feed": self.feed.status.to_dict() if self.feed else None,
            "problems": self.problems[:5],
        }
