"""The composition root: build the guard's parts, wire them to Qt, and run the event loop.

Everything is created here and passed in; nothing reaches for a global. The core (app/) knows
nothing of Qt: the clipboard, the tray, the local socket and the main loop live here.
"""

from __future__ import annotations

import argparse
import contextlib
import faulthandler
import gc
import getpass
import logging
import os
import signal
import socket
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import __version__, ipc, paths, privacy
from app.commands import EXIT_OK, UsageError
from app.commands.rules import guard_rule_folders
from app.config import EffectiveConfig, Settings, load_config
from app.config.model import to_flat
from app.detection.trust import TrustList, default_trust_path
from app.drills.coordinator import DrillCoordinator
from app.drills.schedule import DrillSchedule
from app.events import Action, Event, EventKind
from app.forwarding.forwarder import Forwarder, sinks_from_settings
from app.guard.commands import ControlCommands
from app.guard.control import AlreadyRunning, ControlServer, Handler, Listener
from app.guard.grants import FILE_NAME as GRANTS_FILE
from app.guard.grants import Grants
from app.guard.keys import PasteSequence
from app.guard.neutralize import COMMAND_LINE, TRAY, WINDOW
from app.guard.os_clipboard import backend_reader
from app.guard.provenance import read_provenance
from app.guard.remote_access import RemoteAccessWatcher, load_tools
from app.guard.rules_watch import RulesWatch
from app.guard.service import (
    ClipboardChange,
    ClipboardVerdict,
    GuardService,
    GuardSettings,
    PasteWarning,
    digest,
)
from app.guard.targets import TargetClassifier
from app.instance import InstanceLock
from app.intel.service import FleetIntel
from app.platform.base import WindowInfo
from app.platform.chooser import choose_backend
from app.shipped import resources_dir
from app.storage import EventStore
from app.storage.sentinel import Sentinel
from ui.bridge import GuardBridge
from ui.i18n import install_translator, uninstall_translators
from ui.icons import app_icon
from ui.live_config import LiveConfig
from ui.mail import open_mail
from ui.refcounts import keep_alive
from ui.rule_texts import current_language
from ui.tray.tray import REMOTE_ACCESS_ADVICE, GuardTray
from ui.warning.dialog import WarningDialog
from ui.warning.outcomes import Outcome, WarningOutcomes

log = logging.getLogger("pasteguard")
RESOURCES = resources_dir()
WATCHDOG_MS = 2000
# settings a running guard cannot change: they apply at its next start (none now: the
# language too is applied live, by building the windows again in it)
RESTART_KEYS: frozenset[str] = frozenset()
RETRANSLATE_WAIT_MS = 500  # a changed language waits while a question or notice is up
RULES_TAKEOVER_S = 60.0  # a changed rules folder: its analysis process is ready within this


class GuardApp:
    """One running guard: the parts, the Qt wiring, and a clean stop."""

    def __init__(
        self,
        qt: QApplication,
        data_dir: Path,
        use_tray: bool,
        unclean_pid: int | None = None,
        strict: bool = False,
    ) -> None:
        """`strict` (the tests): internal errors in the engine, key sequence, classifier and
        forwarder raise instead of being logged and outlived."""
        self.qt = qt
        self.keeper = keep_alive(qt)  # WORKAROUND for PySide6 6.12.0: see ui/refcounts.py
        try:
            self.data_dir = paths.private_dir(data_dir)
            self.data_problem: str | None = None
        except OSError as exc:  # read-only, not ours: the log is kept in memory (see store)
            self.data_dir = data_dir
            self.data_problem = f"the data folder {data_dir} cannot be used: {exc.strerror}"
        self.started = time.monotonic()
        self.ready_ms: float | None = None
        self.config_dir = paths.config_dir()
        self.config = load_config(self.config_dir, state_dir=self.data_dir)
        self.live = LiveConfig(self.config_dir, self.data_dir, self.config)
        settings = self.config.settings
        self.translator = install_translator(qt, settings.language)
        self._language = settings.language  # the setting the windows were built for
        trust = TrustList.load(default_trust_path(), list(settings.trusted_installers))
        # the built-in rules always; a custom folder only when it loads beside them
        rule_paths, self.rules_problem = guard_rule_folders(settings.rules_dir)
        sinks = sinks_from_settings(settings.forward)
        self.store = EventStore.open(
            self.data_dir,
            retention_days=settings.retention_days,
            max_events=settings.max_events,
            sinks=list(sinks),
        )
        # the engine with the organisation's block/allow lists in front, fed by a signed feed
        # ... which reads in a supervised process of its own: a crash there costs one reading
        self.intel = FleetIntel(rule_paths, trust, self.config.intel, self.data_dir, self.store,
                                strict=strict, isolate=True)  # fmt: skip
        self.engine = self.intel.screen
        self.forwarder = Forwarder(self.store, sinks, strict=strict)
        self.unclean_pid = unclean_pid  # the last guard on this folder was killed or crashed
        # heartbeats for the SIEM, and a watch over the database file (app/storage/sentinel.py)
        self.sentinel = Sentinel(
            self.store, settings.forward.heartbeat_minutes * 60.0, self._heartbeat_state,
            kick=self.forwarder.kick,
        )  # fmt: skip
        self.sentinel_stop = threading.Event()
        self.sentinel_thread = threading.Thread(
            target=self.sentinel.serve, args=(self.sentinel_stop,), name="sentinel", daemon=True
        )
        self.remote = RemoteAccessWatcher(load_tools(RESOURCES / "remote_access.yaml"))
        self.backend = choose_backend()
        self.classifier = TargetClassifier.load(RESOURCES / "targets.yaml", strict=strict)
        self.bridge = GuardBridge()
        # lure drills: pages on loopback, recognised copies, stopped pastes (app/drills)
        self.drills = DrillCoordinator(self.store)
        self.drill_schedule = (
            DrillSchedule(self.config.training, getpass.getuser(), socket.gethostname(),
                          self.data_dir)
            if self.config.training is not None
            else None
        )  # fmt: skip
        self.holder = self._make_holder()
        self.service = GuardService(
            self.engine,
            self.store,
            self.bridge,
            PasteSequence(strict=strict),
            self.classifier,
            self.backend.foreground_window,
            self.backend.can_suppress_keys,
            _guard_settings(self.config),
            holder=self.holder,
            housekeeping=self._housekeeping,
            drills=self.drills,
            grants=Grants(self.data_dir / GRANTS_FILE),
        )
        self.clipboard = QGuiApplication.clipboard()
        self.windows: dict[str, QWidget] = {}  # the viewer, settings, ... once opened
        self._makers: dict[str, Any] = {}  # how each was made (built again in a new language)
        self.tray = GuardTray(self, use_tray)
        # the harmless line on a blocked clipboard says where PasteGuard is to be found
        self.service.found_at = (
            TRAY if self.tray.icon is not None else WINDOW if self.tray.window is not None
            else COMMAND_LINE
        )  # fmt: skip
        self.service.language = current_language()  # ... in the interface's language
        self.outcomes = WarningOutcomes(self.store, self.service, self.clipboard, self.live)
        # built now, shown later: the warning must be up within 200 ms of the paste
        self.warning = WarningDialog(self.outcomes, notify=self.tray.say)
        self.warning.answered.connect(self.tray.warning_answered)
        self.live.changed.connect(self._config_changed)
        self.bridge.replaceRequested.connect(self._replace_clipboard)
        self.bridge.notifyRequested.connect(self.tray.notify)
        self.bridge.warnRequested.connect(self._warn)
        self.bridge.stateChanged.connect(self.tray.refresh)
        # X11: a reader thread of its own reads the clipboard; this thread never waits on
        # another program. Elsewhere (and if it cannot start) Qt reads it here.
        self.reader = self._make_reader()
        # X11 PRIMARY (middle-click paste) changes with every selection: read the last one only
        self.selection_timer = QTimer()
        self.selection_timer.setSingleShot(True)
        self.selection_timer.setInterval(150)
        self.selection_timer.timeout.connect(self._selection_changed)
        if self.reader is None:
            self.bridge.clipboardLost.connect(self._clipboard_changed)
            self.clipboard.dataChanged.connect(self._clipboard_changed)
            if self.clipboard.supportsSelection():
                self.clipboard.selectionChanged.connect(self.selection_timer.start)
        # the control channel (`pasteguard status`, `pause`, ...): plain Python in app/guard/
        self.commands = ControlCommands(self.service, self.drills, self.settings, self)
        self.bridge.openRequested.connect(self._open_window)
        self.bridge.pingRequested.connect(self._answer_ping)
        self.server = _control_server(self.data_dir, self.commands.handle)
        self.worker = threading.Thread(target=self.service.run_worker, name="guard-worker")
        # a send can block for a collector's timeout: forwarding gets its own thread
        self.forward_stop = threading.Event()
        self.forward_thread = threading.Thread(
            target=self.forwarder.serve, args=(self.forward_stop, 2.0), name="forwarder"
        )
        self._logged_degraded: dict[str, str] = {}
        self._policy_seen = _file_stamp(self.config.policy_path)  # read again when it changes
        self._forward_said: str | None = None  # what the last change did to forwarding
        self._at_next_start: dict[str, object] = {}  # changed keys only a start applies
        self._started_with = {k: v for k, v in to_flat(settings).items() if k in RESTART_KEYS}
        # a rules folder changed while running: the one in use, the newest asked for, and the
        # one being loaded (None: none is)
        self._rules_in_use = settings.rules_dir if not self.rules_problem else None
        self._rules_wanted = settings.rules_dir
        self._rules_lock = threading.Lock()
        self.rules_changing: str | None = None
        # ... and a file added to, rewritten in or removed from that folder: looked at once a
        # second on a thread of its own, built as a changed folder is
        self.rules_watch = RulesWatch(self._rules_files_changed)
        self.rules_watch.watch(settings.rules_dir)
        self.rules_watch_stop = threading.Event()
        self.rules_watch_thread = threading.Thread(
            target=self.rules_watch.serve, args=(self.rules_watch_stop,), name="rules-watch",
            daemon=True,
        )  # fmt: skip
        self.watchdog = QTimer()
        self.watchdog.setInterval(WATCHDOG_MS)
        self.watchdog.timeout.connect(self._watch)
        self._record_start()

    # -- start and stop ---------------------------------------------------------------------

    def _make_holder(self) -> Any:
        if self.backend.name != "xorg" or self.config.settings.mode == "monitor":
            return None
        from app.platform.xorg.selection_owner import Requestor, SelectionOwner

        def window_of(requestor: Requestor) -> WindowInfo:
            instance, _, klass = requestor.wm_class.partition(".")
            return WindowInfo(process=requestor.process or instance,
                              window_class=klass or instance, title="",
                              pid=requestor.pid)  # fmt: skip

        def decide(requestor: Requestor) -> bool:
            window = window_of(requestor)
            return self.service.requestor_allowed(self.classifier.classify(window, None), window)

        def refused(requestor: Requestor) -> None:
            window = window_of(requestor)
            self.service.refused_paste(self.classifier.classify(window, None), window)

        def served(requestor: Requestor) -> None:
            window = window_of(requestor)
            self.service.served_paste(self.classifier.classify(window, None), window)

        owner = SelectionOwner(
            decide,
            refused,
            os.environ.get("DISPLAY"),
            on_lost=self.bridge.clipboardLost.emit,
            on_served=served,
        )
        owner.start()
        return owner

    def _make_reader(self) -> Any:
        if self.backend.name != "xorg":
            return backend_reader(self.backend, self._content_read)  # Windows, macOS
        from app.guard.provenance import NO_HISTORY_FORMATS, SECRET_FORMATS, SOURCE_URL_FORMATS
        from app.platform.xorg.clipboard_reader import ClipboardReader

        reader = ClipboardReader(
            self._content_read,
            (*SOURCE_URL_FORMATS, *SECRET_FORMATS, *NO_HISTORY_FORMATS),
            os.environ.get("DISPLAY"),
            # self.holder, not the one at hand: a guard started in monitor mode makes its
            # holder when the mode changes
            ignore_owner=lambda owner: self.holder is not None and owner == self.holder.window_id,
        )
        if reader.start():
            return reader
        log.warning("the X11 clipboard reader could not start (%s); Qt reads it", reader.error)
        return None

    def _content_read(self, content: Any) -> None:
        """The reader's thread: hand the change over (the service only queues it)."""
        text = content.text or ""
        if content.selection == "primary":
            if len(text) <= 64 * 1024:  # a huge selection is not a paste lure
                self.service.clipboard_changed(
                    ClipboardChange(text, selection="primary", stamp=content.stamp)
                )
            return
        formats = content.formats
        provenance = read_provenance(content.targets, lambda name: formats.get(name, b""))
        self.service.clipboard_changed(ClipboardChange(text, provenance, stamp=content.stamp))

    def _all_sent(self) -> bool:
        try:
            return not any(self.store.outbox_size(name) for name in self.forwarder.sink_names)
        except Exception:  # the store is unavailable: nothing more to wait for
            return True

    def _heartbeat_state(self) -> dict[str, Any]:
        state = self.service.status()
        return {"protection": state.get("protection"), "mode": state.get("mode"),
                "backend": self.backend.name}  # fmt: skip

    def _record_start(self) -> None:
        cfg = self.config
        if self.unclean_pid is not None:
            self.store.append(Event(
                kind=EventKind.UNCLEAN_STOP.value, level="suspicious",
                summary="PasteGuard did not stop cleanly last time (killed, crashed or the "
                "computer lost power): nothing watched the clipboard from then until now.",
                details={"pid": self.unclean_pid}))  # fmt: skip
        kind = EventKind.POLICY_APPLIED if cfg.policy_state == "applied" else None
        if cfg.policy_state.startswith("invalid"):
            kind = EventKind.POLICY_INVALID
        if kind is not None:  # a row of `log` that says what happened, not "-"
            problems = "; ".join(cfg.problems)
            if kind is EventKind.POLICY_INVALID:
                said = f"The policy {cfg.policy_path} is invalid: {problems}"
            else:
                said = f"The policy {cfg.policy_path} applies" + (
                    f"; {problems}" if problems else ""
                )
            self.store.append(Event(kind=kind.value, summary=said[:500],
                                    details={"policy": str(cfg.policy_path),
                                             "state": cfg.policy_state}))  # fmt: skip
        if self.rules_problem:
            self.store.append(Event(kind=EventKind.ERROR.value, summary=self.rules_problem[:500],
                                    details={"rules_dir": cfg.settings.rules_dir}))  # fmt: skip
        degraded = self.degraded()
        said = f"PasteGuard started ({cfg.settings.mode} mode)"
        partly = [reason for key, reason in degraded.items() if key != "tray"]
        if partly:
            said += f"; partly working: {'; '.join(partly)}"
        self.store.append(Event(kind=EventKind.STARTED.value, action=Action.NONE.value,
                                summary=said[:500],
                                details={"backend": self.backend.name,
                                         "degraded": dict(degraded)}))  # fmt: skip

    def start(self) -> bool:
        if not self._listen():
            return False
        self.worker.start()
        self.forward_thread.start()
        self.sentinel_thread.start()
        self.rules_watch_thread.start()
        self.intel.start()
        try:
            self.backend.start(self.service.on_key, self.service.on_mouse)
        except Exception as exc:  # the guard keeps watching the clipboard without the hook
            log.exception("the keyboard listener could not start")
            self.service.last_error = f"keyboard listener: {exc}"
        self.watchdog.start()
        self.tray.show()
        if self.reader is None:
            self._clipboard_changed()  # what is on the clipboard already counts too
        self.ready_ms = (time.monotonic() - self.started) * 1000
        log.info("ready in %.0f ms (backend %s)", self.ready_ms, self.backend.name)
        # the redaction patterns, compiled when first needed (app/privacy.py): now, off this
        # thread, so the first flagged event's write does not wait ~80 ms for them
        threading.Thread(target=privacy.warm, name="privacy-warm", daemon=True).start()
        return True

    def stop(self) -> None:
        self.sentinel_stop.set()
        self.rules_watch_stop.set()
        # `stopped` first, given half a second to leave: a SIEM that sees heartbeats end
        # without it knows the guard was killed, not stopped
        self.store.append(Event(kind=EventKind.STOPPED.value, summary="PasteGuard stopped."))
        self.forwarder.kick()
        deadline = time.monotonic() + 0.5
        while time.monotonic() < deadline and not self._all_sent():
            time.sleep(0.05)
        # then forwarding stops: each sink's request in flight is cut, so a hanging
        # collector cannot hold the shutdown (the serve thread returns within about a second)
        self.forward_stop.set()
        self.watchdog.stop()
        self.tray.close()
        self.warning.hide()
        for window in self.windows.values():
            window.close()
        try:
            self.backend.stop()
        except Exception:
            log.exception("stopping the listener failed")
        if self.reader is not None:
            self.reader.stop()
        if self.holder is not None:
            self.holder.stop()
        self.service.stop_worker()
        if self.worker.is_alive():
            self.worker.join(timeout=5)
        if self.forward_thread.is_alive():
            self.forward_thread.join(timeout=1.5)
        self.intel.stop()
        self.drills.stop()
        self.store.flush()
        self.store.close()
        self.server.close()

    # -- clipboard --------------------------------------------------------------------------

    def _clipboard_changed(self) -> None:
        """Main thread: read text and formats, hand them to the worker. Never analyses here."""
        if self.holder is not None and self.holder.holding:
            # WORKAROUND: the change is the guard's own X11 holder taking the clipboard; reading
            # it back through Qt from this thread deadlocked against the holder thread (seen
            # under Xvfb). A real change by another program clears the holder first, and the
            # holder then calls clipboardLost, which reads the clipboard again.
            return
        data = self.clipboard.mimeData(QClipboard.Mode.Clipboard)
        if data is None or not data.hasText():
            self.service.clipboard_changed(ClipboardChange(""))
            return
        formats = list(data.formats())
        provenance = read_provenance(formats, lambda name: bytes(data.data(name).data()))
        self.service.clipboard_changed(ClipboardChange(data.text(), provenance))

    def _selection_changed(self) -> None:
        text = self.clipboard.text(QClipboard.Mode.Selection)
        if len(text) <= 64 * 1024:  # a huge selection is not a paste lure; judge it cheaply or not
            self.service.clipboard_changed(ClipboardChange(text, selection="primary"))

    def _replace_clipboard(self, expected: str, text: str) -> None:
        """Write the clipboard (not on X11, where the holder serves the guard's own texts);
        `expected` "" writes unconditionally (a text the person put back)."""
        if expected:
            read = getattr(self.reader, "current_text", None)  # Windows, macOS: never the owner
            current = read() if read else self.clipboard.text(QClipboard.Mode.Clipboard)
            if current is None or digest(current) != expected:
                return  # something newer is on the clipboard: never clobber it
        self.clipboard.setText(text, QClipboard.Mode.Clipboard)

    def restore(self, event_id: int | None) -> tuple[bool, str]:
        """Put a blocked text back through the warning, where the policy allows that
        (app/guard/commands.py); what happened, in the person's language."""
        if not self.commands.request_restore(event_id):
            return False, QCoreApplication.translate(
                "GuardApp", "Your organisation's policy does not allow putting blocked text back."
            )
        return True, QCoreApplication.translate(
            "GuardApp", "The blocked text is shown in the PasteGuard warning: confirm there."
        )

    def _warn(self, warning: PasteWarning) -> None:
        self.warning.present(warning)
        self.tray.warn(warning)

    def paste_anyway(self, warning: PasteWarning) -> Outcome:
        """The person chose to paste it after all: the text back on the clipboard, let through
        once (the key that was swallowed cannot be replayed, so they paste again)."""
        return self.outcomes.paste_anyway(warning)

    # -- what the tray asks (ui/tray/tray.py TrayHost) ---------------------------------------

    def settings(self) -> Settings:
        return self.config.settings

    def paused_until(self) -> float | None:
        return self.service.paused_until if self.service.paused else None

    def current(self) -> ClipboardVerdict | None:
        return self.service.current

    def can_restore(self) -> bool:
        return self.service.restorable is not None

    def pause(self, seconds: float | None) -> None:
        self.service.pause(seconds)

    def resume(self) -> None:
        self.service.resume()

    def quit(self) -> None:
        self.qt.exit(0)  # not quit(): see _install_signal_handlers

    # -- windows ----------------------------------------------------------------------------

    def _window(self, name: str, make: Any) -> QWidget:
        window = self.windows.get(name)
        if window is None:
            window = self.windows[name] = make()
            self._makers[name] = make
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def welcome_if_first_run(self) -> None:
        """The first start shows what PasteGuard does and where it lives (ui/welcome.py)."""
        from ui.welcome import WelcomeWindow, first_run

        if first_run(self.data_dir):
            has_tray = self.tray.icon is not None
            settings = self.config.settings
            forward = settings.forward
            forwarded = bool(forward.syslog or forward.http or forward.windows_event_log)
            monitor_only = settings.mode == "monitor"
            self._window(
                "welcome",
                lambda: WelcomeWindow(self.data_dir, has_tray, self.open_learn,
                                      forwarded=forwarded, monitor_only=monitor_only,
                                      no_tray_asked=not self.tray.wanted,
                                      can_pause=settings.allow_pause),
            )  # fmt: skip

    def open_viewer(self) -> None:
        from ui.viewer.window import ViewerWindow  # loaded when first opened: start-up stays fast

        viewer = self._window(
            "viewer",
            lambda: ViewerWindow(self.store, lambda: self.config.settings.allow_delete_events),
        )
        assert isinstance(viewer, ViewerWindow)
        viewer.apply_filter()  # what happened since it was last open

    def open_settings(self) -> None:
        from ui.settings import SettingsDialog

        dialog = self._window(
            "settings", lambda: SettingsDialog(self.live, self._settings_saved, trust=self.service)
        )
        assert isinstance(dialog, SettingsDialog)
        dialog.load()

    def report_page(self) -> tuple[str, str]:
        """The tray's "Report a suspicious page": a running lure drill counts it as reported;
        otherwise a mail draft to IT, when the policy names an address."""
        translate = QCoreApplication.translate
        if self.drills.report() is not None:
            title = translate("GuardApp", "Thank you for reporting it")
            message = translate(
                "GuardApp",
                "A security drill was running on this computer: if that is the page you mean, "
                "it was the drill, and reporting it was exactly right.",
            )
            return title, message
        address = self.config.settings.report_mail_to
        subject = "PasteGuard: a suspicious page asked me to paste something"
        mail = QUrl(f"mailto:{address}?subject={subject.replace(' ', '%20')}")
        if address and open_mail(mail):
            title = translate("GuardApp", "A mail to IT is ready")
            return title, translate("GuardApp", "Say which page it was, then send it.")
        title = translate("GuardApp", "Tell your IT team")
        if address:  # an address, but no mail program here to write with
            message = translate(
                "GuardApp",
                "Write to {address} and say which page it was: no mail program "
                "opened on this computer.",
            ).format(address=address)
            return title, message
        message = translate(
            "GuardApp", "Tell them which page it was: no report address is set on this computer."
        )
        return title, message

    def open_learn(self) -> None:
        from ui.learn import LearnWindow

        self._window("learn", LearnWindow)

    def open_about(self) -> None:
        def make() -> QMessageBox:
            box = QMessageBox()
            box.setWindowTitle(QCoreApplication.translate("GuardApp", "About PasteGuard"))
            box.setIconPixmap(app_icon().pixmap(64, 64))
            box.setText(
                QCoreApplication.translate(
                    "GuardApp",
                    "<b>PasteGuard {version}</b><br/>Stops copy-and-paste attacks: fake "
                    "CAPTCHAs, FileFix, console scams and fake tech support.",
                ).format(version=__version__)
            )
            # the state in words: it showed "invalid-using-defaults", the code `status` uses
            translate = QCoreApplication.translate
            states = {
                "none": translate("GuardApp", "none found"),
                "applied": translate("GuardApp", "applied"),
                "invalid-using-last-good": translate(
                    "GuardApp", "invalid; the last valid one applies"
                ),
                "invalid-using-defaults": translate(
                    "GuardApp", "invalid; the built-in settings apply at their strictest"
                ),
            }
            state = states.get(self.config.policy_state, self.config.policy_state)
            box.setInformativeText(
                translate("GuardApp", "Event log: {data}\nPolicy: {policy} ({state})").format(
                    data=self.data_dir, policy=self.config.policy_path, state=state
                )
            )
            box.setModal(False)
            return box

        self._window("about", make)

    def _settings_saved(self, keys: list[str]) -> None:
        self.store.append(Event(kind=EventKind.SETTINGS_CHANGED.value,
                                summary=f"Settings changed: {', '.join(keys)}.",
                                details={"keys": keys, "by": "user"}))  # fmt: skip

    def _config_changed(self, config: EffectiveConfig, keys: list[str]) -> None:
        """Apply saved settings at once (a new rules folder is checked and built on a thread
        of its own; a new language builds the windows again, once nothing asks a question)."""
        self.config = config
        settings = config.settings
        if any(k.startswith("forward.") and k != "forward.heartbeat_minutes" for k in keys):
            self._forward_said = self._apply_forwarding(config)
        if "forward.heartbeat_minutes" in keys:
            self.sentinel.heartbeat_s = settings.forward.heartbeat_minutes * 60.0
        if "rules_dir" in keys:
            self._change_rules(settings.rules_dir)
        if "language" in keys:
            # after this call: the settings dialog that saved it is still in its own slot
            QTimer.singleShot(0, self._retranslate)
        if RESTART_KEYS & set(keys):
            flat = to_flat(settings)
            for key in RESTART_KEYS:
                if flat[key] == self._started_with[key]:
                    self._at_next_start.pop(key, None)  # changed back: nothing waits
                else:
                    self._at_next_start[key] = flat[key]
        if self.holder is None and settings.mode != "monitor":
            # started in monitor mode on X11: the holder that refuses pastes to terminals is
            # made now. It waited for the next start, while `status` and the tray already
            # said "block" and terminal pastes went through with a warning after the fact.
            self.holder = self._make_holder()
            self.service.holder = self.holder
        self.service.settings = _guard_settings(config)  # replaced whole: threads read it
        self.store.retention_days = settings.retention_days
        self.store.max_events = max(1, settings.max_events)
        if "trusted_installers" in keys:
            self.intel.set_trust(
                TrustList.load(default_trust_path(), list(settings.trusted_installers))
            )
        self.tray.refresh()

    def _retranslate(self) -> None:
        """The language changed while the guard runs: the translation is swapped, and every
        window, the tray's menu, the status window, the notice and the warning are built
        again in it (a Qt widget keeps the words it was built with); an open window opens
        again where it was (the viewer shows its log afresh: its filters start over). Never
        under an open question (the warning, a confirmation), a menu or the settings dialog
        (its edits not saved yet): it waits for them.
        The harmless line left on a blocked clipboard speaks it from now on too."""
        wanted = self.config.settings.language
        if wanted == self._language:
            return  # changed back, or already built for it
        settings = self.windows.get("settings")
        busy = (
            self.warning.isVisible()
            or QApplication.activeModalWidget() is not None
            or QApplication.activePopupWidget() is not None
            # the person may be changing settings there: built again, their edits were lost
            or (settings is not None and settings.isVisible())
        )
        if busy:
            QTimer.singleShot(RETRANSLATE_WAIT_MS, self._retranslate)
            return
        uninstall_translators(self.qt, self.translator)
        self.translator = install_translator(self.qt, wanted)
        self._language = wanted
        self.service.language = current_language()
        self.tray.retranslate()
        old = self.warning
        self.warning = WarningDialog(self.outcomes, notify=self.tray.say)
        self.warning.answered.connect(self.tray.warning_answered)
        old.deleteLater()
        reopen = {"viewer": self.open_viewer, "settings": self.open_settings}
        for name, window in list(self.windows.items()):
            shown, where = window.isVisible(), window.geometry()
            del self.windows[name]
            window.hide()
            window.deleteLater()
            if shown:
                opener = reopen.get(name)
                if opener is not None:
                    opener()
                else:
                    self._window(name, self._makers[name])
                self.windows[name].setGeometry(where)
        log.info("the language changed to %s (%s)", wanted, current_language())

    def _change_rules(self, rules_dir: str | None) -> None:
        """The rules folder changed while the guard runs: checked and built on a thread of its
        own (never this one: a folder of rules takes a second or more), while the rules in
        use go on judging; the newest change wins. A folder that does not load is refused
        whole and the rules in use stay; either way the log, `status` and the tray say so."""
        self._rules_wanted = rules_dir
        self.rules_changing = rules_dir or "none"
        self.rules_watch.watch(rules_dir)  # what is there now is what the thread loads
        reload = threading.Thread(
            target=self._rebuild_rules, args=(rules_dir,), name="rules-reload", daemon=True
        )
        # once this change's own record is written (_watch_policy): the log reads cause, then
        # outcome, even when a broken folder is refused within milliseconds
        QTimer.singleShot(0, reload.start)
        self.tray.refresh()

    def _rules_files_changed(self, rules_dir: str) -> None:
        """The rules-watch thread: a rule file of the folder in use was added, rewritten or
        removed. Built here, off the Qt thread, as a changed folder is: the rules in use judge
        until the new ones are ready, and a folder that no longer loads is refused whole."""
        if rules_dir != self._rules_wanted:
            return  # another folder was asked for meanwhile: its own change loads it
        self.rules_changing = rules_dir
        self.bridge.stateChanged.emit()
        self._rebuild_rules(rules_dir, edited=True)

    def _rebuild_rules(self, rules_dir: str | None, edited: bool = False) -> None:
        """`edited`: the same folder, whose files changed (else the folder itself changed)."""
        with self._rules_lock:  # one at a time; a newer change waiting makes this one moot
            if rules_dir != self._rules_wanted:
                return
            folder = rules_dir or "none (the built-in rules only)"
            changed = (f"The rules in {folder} changed" if edited
                       else f"The rules folder changed to {folder}")  # fmt: skip
            they = "they are" if edited else "its rules are"
            paths, problem = guard_rule_folders(rules_dir)
            if problem is None:
                try:
                    self.intel.use_rule_paths(paths)
                except Exception as exc:  # a rule that checks but does not build: refused
                    log.exception("the rules folder %s could not be used", rules_dir)
                    problem = f"the custom rules in {rules_dir} are not used: {exc}"
            if problem is None:
                self.rules_problem = None
                said = f"{changed}; {they} in use now."
                # the old analysis process reads until the new one is warm: "in use" once so
                if not self.intel.rules_in_force(RULES_TAKEOVER_S):
                    said = (f"{changed}; {they} loaded, and the analysis process takes them "
                            "up once it is ready.")  # fmt: skip
                kind, level = EventKind.SETTINGS_CHANGED, "clean"
            else:
                kept = self._rules_in_use or "none (the built-in rules only)"
                error = problem.removeprefix(f"the custom rules in {rules_dir} are not used: ")
                error = error.removesuffix("; the built-in rules protect as usual")
                stay = f"the rules in use until now stay in force (rules folder: {kept})"
                if edited and self._rules_in_use == rules_dir:
                    stay = "the rules read from it before stay in force"
                # what stays first: a long parser message is cut at the event's 500 characters
                if edited:
                    problem = f"the rules in {folder} changed and are not used, {stay}: {error}"
                    said = f"{changed} but are not used; {stay}: {error}"
                else:
                    problem = f"the rules folder {folder} is not used, {stay}: {error}"
                    said = f"{changed} but is not used; {stay}: {error}"
                self.rules_problem = problem
                kind, level = EventKind.ERROR, "suspicious"
            if problem is None:
                self._rules_in_use = rules_dir
            log.info("%s", said)
            self.store.append(Event(kind=kind.value, level=level, summary=said[:500],
                                    details={"rules_dir": rules_dir, "applied": problem is None,
                                             "files_changed": edited}))  # fmt: skip
            if rules_dir == self._rules_wanted:
                self.rules_changing = None  # last: its record is written
        self.bridge.stateChanged.emit()  # the tray, on its own thread

    def _apply_forwarding(self, config: EffectiveConfig) -> str:
        """The forwarding targets changed while the guard runs: the new sinks are built and
        start now, the old ones stop after the batch in flight. A target still named keeps what
        it had not delivered; a removed one's undelivered events are dropped (nothing would
        deliver them), and the sentence returned says how many."""
        sinks = sinks_from_settings(config.settings.forward)
        gone = [name for name in self.forwarder.sink_names if name not in sinks]
        lost = sum(self.store.outbox_size(name) for name in gone)
        self.store.set_sinks(list(sinks))  # first: events from now on are queued for the new
        self.forwarder.replace_sinks(sinks)
        said = f"events now go to {', '.join(sinks)}" if sinks else "events are no longer sent"
        if gone:
            said += f"; no longer to {', '.join(gone)}"
            if lost:
                # one may be in flight to it still: "given up", not "not sent"
                said += f" ({lost} event{'s' if lost != 1 else ''} it had not confirmed given up)"
        log.info("forwarding changed: %s", said)
        return said

    # -- housekeeping (worker thread) and watchdog (main thread) ----------------------------

    def _housekeeping(self) -> None:
        schedule = self.drill_schedule
        if schedule is not None and not self.service.paused and (style := schedule.due()):
            schedule.mark_done()  # first: a drill that fails to open is not retried all day
            self.drills.start(style, schedule.policy.campaign)
        for start in self.remote.poll():
            self.store.append(Event(kind=EventKind.REMOTE_ACCESS_STARTED.value,
                                    summary=f"{start.tool} started ({start.process}).",
                                    details={"tool": start.tool, "pid": start.pid}))  # fmt: skip
            self.bridge.notify(f"{start.tool} just started", REMOTE_ACCESS_ADVICE)

    def _watch(self) -> None:
        self._watch_policy()
        for feature, reason in self.backend.degraded.items():
            if self._logged_degraded.get(feature) != reason:  # once each: never silent
                self._logged_degraded[feature] = reason
                log.warning("%s does not work: %s", feature, reason)
        if not self.backend.alive() and "keyboard" not in self.backend.degraded:
            log.warning("the keyboard listener stopped; restarting it")
            try:
                self.backend.stop()
                self.backend.start(self.service.on_key, self.service.on_mouse)
            except Exception:
                log.exception("restarting the keyboard listener failed")

    def _watch_policy(self) -> None:
        """The administrator changed the policy while the guard runs (a fleet's machines run
        for weeks): it applies now, not at the next start, and the SIEM hears of it
        (`policy_applied` or `policy_invalid`, as at a start), forwarding targets included
        (the new ones start now), a new rules folder too (checked and loaded on a thread of its
        own), a new language too (the windows are built again in it). What a running guard
        could not change (RESTART_KEYS: nothing now) would be named as applying at the next
        start, here and in `status`. A stat every WATCHDOG_MS, the file read only when it
        changed."""
        stamp = _file_stamp(self.config.policy_path)
        if stamp == self._policy_seen:
            return
        self._policy_seen = stamp
        before = self.config
        self._forward_said = None
        try:
            keys = self.live.reload()
        except Exception:  # load_config never raises for a bad file; this is a bug: said
            log.exception("reading the changed policy failed")
            return
        cfg = self.config
        if cfg.policy_digest == before.policy_digest and cfg.policy_state == before.policy_state:
            return  # touched, not changed
        # changed back to the value in use: nothing waits for a start
        later = sorted(k for k in keys if k in RESTART_KEYS and k in self._at_next_start)
        invalid = cfg.policy_state.startswith("invalid")
        kind = EventKind.POLICY_INVALID if invalid else EventKind.POLICY_APPLIED
        level = "clean"
        if invalid:
            said = "The policy changed while PasteGuard ran; it is invalid: "
            said += "; ".join(cfg.problems)
        elif cfg.policy_state == "none":  # worth an alert: who removed it?
            said = ("The policy was removed while PasteGuard ran; the person's own settings "
                    "and the defaults apply now")  # fmt: skip
            level = "suspicious"
        else:
            said = "The policy changed while PasteGuard ran; it applies now"
        if self._forward_said:
            said += f"; {self._forward_said}"
        if later:
            said += f" (at the next start: {', '.join(later)})"
        log.info("%s", said)
        self.store.append(Event(kind=kind.value, level=level, summary=said[:500],
                                details={"policy": str(cfg.policy_path),
                                         "state": cfg.policy_state, "reloaded": True,
                                         "changed": keys, "at_next_start": later,
                                         "forwarding": self.forwarder.sink_names}))  # fmt: skip

    def degraded(self) -> dict[str, str]:
        out = dict(self.backend.degraded)
        if not self.tray.wanted:  # asked for: not the desktop's doing
            out["tray"] = "started without a tray icon (--no-tray); notifications only"
        elif not self.tray.available:
            out["tray"] = (
                "no system tray on this desktop; a status window takes its place"
                if self.tray.window is not None
                else "no system tray on this desktop; notifications only"
            )
        store_problem = self.service.store_status.get("degraded")  # never the store's lock here
        if store_problem:
            out["event_log"] = str(store_problem)
        elif self.data_problem:
            out["event_log"] = self.data_problem
        if self.rules_problem:
            out["rules"] = self.rules_problem
        if self.sentinel.found:
            out["event_log_changed"] = self.sentinel.found[-1]
        for problem in self.config.problems:
            out.setdefault("settings", problem)
        if self.intel.problems:  # a `lists:` section in rules_dir that could not be used
            out["intel"] = self.intel.problems[0]
        if self.holder is not None and self.holder.error:
            out["clipboard_holder"] = self.holder.error
        elif (holder_problem := self.service.holder_problem()) is not None:
            out["clipboard_holder"] = holder_problem
        if self.reader is not None and (self.reader.error or not self.reader.alive()):
            out["clipboard_reader"] = self.reader.error or "the clipboard reader stopped"
        return out

    def status(self) -> dict[str, Any]:
        # texts are read in the analysis process: until it is first ready (it starts with the
        # guard and loads beside it), a copied text would wait for it, so the guard is starting
        # ... and until the server records keys for the hook (X11), a paste would go unseen
        ready = (
            self.ready_ms is not None
            and not self.intel.analysis_warming
            and not self.backend.starting
        )
        return {
            "running": True,
            "pid": os.getpid(),
            "version": __version__,
            "data_dir": str(self.data_dir),
            "backend": self.backend.name,
            "can_suppress_keys": self.backend.can_suppress_keys,
            "degraded": self.degraded(),
            # a tenth of a millisecond is all a reader can use (it printed 1979.9908320001123)
            "ready_ms": None if self.ready_ms is None else round(self.ready_ms, 1),
            "ready": ready,
            "uptime_s": round(time.monotonic() - self.started, 1),
            "policy": self.config.policy_state,
            # changed while it ran, used from the next start: key -> the value then
            "at_next_start": dict(self._at_next_start),
            # a rules folder changed while it runs, still being loaded (the old rules judge)
            "rules_loading": self.rules_changing,
            "forwarding": {name: s.to_dict() for name, s in self.forwarder.status().items()},
            "intel": self.intel.status(),
            "analysis": self.intel.analysis_status(),
            "drills": self.drills.status(),
            "clipboard_reader": None
            if self.reader is None
            else {"reads": self.reader.reads, "skipped_stale": self.reader.skipped_stale},
            **self.service.status(),
            # the control socket answers from its own thread while start() is still starting
            # the keyboard hook and the clipboard watch: say so rather than "on"
            **({} if ready else {"protection": "starting"}),
        }

    # -- the control channel (app/guard/control.py, app/guard/commands.py) -------------------

    def open_window(self, name: str) -> None:
        """ControlHost: any thread; the window comes up on the Qt thread."""
        self.bridge.open_window(name)

    def _open_window(self, name: str) -> None:
        opener = {"viewer": self.open_viewer, "settings": self.open_settings,
                  "learn": self.open_learn, "about": self.open_about}.get(name)  # fmt: skip
        if opener is not None:
            opener()

    def ping_ui(self, timeout: float) -> float | None:
        """ControlHost: a queued call into the Qt thread, timed from this one."""
        if threading.current_thread() is threading.main_thread():
            return 0.0  # asked on the Qt thread itself: it is answering
        answered = threading.Event()
        begin = time.perf_counter()
        self.bridge.ping(answered)
        if not answered.wait(timeout):
            return None
        return (time.perf_counter() - begin) * 1000

    def forget(self, ids: list[int] | None) -> int:
        """ControlHost: delete through the guard's own store (its watch counts its own
        deletions; the quarantined text goes with its event)."""
        removed = self.store.delete_all() if ids is None else self.store.delete(ids)
        if removed:  # the tray no longer offers them; a burst of one ends
            self.service.forgotten(ids)
        return removed

    def _answer_ping(self, answered: threading.Event) -> None:
        answered.set()

    def handle(self, message: dict[str, Any]) -> dict[str, Any]:
        """One control request, as if it came over the socket."""
        return self.commands.handle(message)

    def _listen(self) -> bool:
        try:
            self.server.listen()
        except AlreadyRunning as exc:
            sys.stderr.write(f"{exc}.\n")
            return False
        except OSError as exc:
            raise UsageError(f"cannot open the control socket: {exc}") from exc
        return True


def _control_server(data_dir: Path, handle: Handler) -> Listener:
    """A Unix socket served from plain Python; on Windows a named pipe Qt keeps to the user."""
    if sys.platform == "win32":
        from ui.control_pipe import PipeServer

        return PipeServer(data_dir, handle)
    return ControlServer(data_dir, handle)


def _guard_settings(config: EffectiveConfig) -> GuardSettings:
    settings = config.settings
    return GuardSettings(
        mode=settings.mode,
        notifications=settings.notifications,
        allow_paste_anyway=settings.allow_paste_anyway,
        trusted_sites=tuple(settings.trusted_sites),
    )


def _install_signal_handlers(qt: QApplication) -> None:
    """SIGTERM and SIGINT quit the Qt loop cleanly (the store is flushed on the way out)."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    from PySide6.QtCore import QSocketNotifier

    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, qt)

    def drain() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)

    notifier.activated.connect(drain)
    qt._pasteguard_wakeup = (reader, writer, notifier)  # type: ignore[attr-defined]
    for sig in (signal.SIGTERM, signal.SIGINT):
        # exit(), not quit(): Qt 6 quit() asks every window to close first, and the status
        # window (no tray) refuses, so quit() only minimised it
        signal.signal(sig, lambda *_: qt.exit(0))


def _check_session() -> None:
    """Qt aborts the process without a display; say what is missing instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise UsageError(
            "no desktop session here (neither DISPLAY nor WAYLAND_DISPLAY is set): PasteGuard "
            "guards a graphical session; start it from one (for a headless check set "
            "QT_QPA_PLATFORM=offscreen)"
        )


def run(args: argparse.Namespace, out: IO[str]) -> int:
    _check_session()
    if hasattr(signal, "SIGUSR1"):
        faulthandler.register(signal.SIGUSR1, all_threads=True)  # `kill -USR1` dumps stacks
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    qt = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt, QApplication)
    qt.setApplicationName("PasteGuard")
    qt.setQuitOnLastWindowClosed(False)
    data_dir = paths.data_dir(args.data_dir)
    with contextlib.suppress(OSError):
        data_dir.mkdir(parents=True, exist_ok=True)
    instance = InstanceLock(data_dir)  # held while this process lives, even when stopped
    if not instance.acquire():
        answer = ipc.request(data_dir, {"cmd": "status"}, timeout=1.0) or {}
        pid = answer.get("pid") or instance.holder()
        sys.stderr.write(f"PasteGuard already runs on {data_dir} (pid {pid}).\n")
        return 1
    guard = GuardApp(
        qt,
        data_dir,
        use_tray=not args.no_tray,
        unclean_pid=instance.unclean_pid,
        strict=getattr(args, "strict", False),
    )
    if not guard.start():
        guard.store.close()
        return 1
    _install_signal_handlers(qt)
    guard.welcome_if_first_run()
    try:
        qt.exec()
    finally:
        guard.stop()
        instance.release()
        # The interpreter's exit ends with a full collection that walks every object the
        # engine, rules and windows made, only to free them: ~0.1 s of CPU and ~0.7 s of the
        # 2 s a stop may take on a loaded machine. Frozen, they are left to the process's
        # end; the store, the socket and the logs are closed by then, and Qt's own teardown
        # (PySide's atexit) runs before that collection.
        gc.freeze()
    return EXIT_OK


def _file_stamp(path: Path | None) -> tuple[int, int, int] | None:
    """What changes when a file is replaced or written: None when there is none."""
    if path is None:
        return None
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)
