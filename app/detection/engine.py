"""The engine: normalise and decode a text into layers, match rules and signals, give a verdict.

`Engine.analyze` never raises on any input and never runs anything it reads. Inputs are
capped, every stage is bounded, and the whole analysis has a time budget; an analysis that is
cut short is reported as such and is at least `suspicious` (fail closed).

The text is read once (`examine`, the costly part, which knows nothing of where the text came
from or goes) and the context is applied to that reading (`in_context`, cheap): the guard reads
each clipboard change once and asks what it means for every paste target.
"""

from __future__ import annotations

import base64
import itertools
import logging
import re
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from app.detection import askedabout, decoders, redirects, refnumbers
from app.detection.advancenotice import advance_notice
from app.detection.analysis import Analysis, FetchedURL
from app.detection.blobs import first_by_risk
from app.detection.chatshare import shared_chat
from app.detection.claims import official_claim_elsewhere
from app.detection.clock import DEFAULT_BUDGET_MS as DEFAULT_BUDGET_MS
from app.detection.clock import budget_clock
from app.detection.commands import program_name, read_commands
from app.detection.decoders import DECODERS, MAX_CANDIDATES, MAY_DECODE
from app.detection.deobfuscate import deobfuscate
from app.detection.display import shown
from app.detection.display import visible as visible  # the UI imports it from here too
from app.detection.handover import (
    HANDOVER_TAG,
    SITE_OWN_TAG,
    foreign_index_hosts,
    forge_keys_address,
    handover_owner,
    public_index,
    site_own_addresses,
    tenant_dressed_as_fix,
)
from app.detection.helpdesk import own_help_desk
from app.detection.indicators import (
    ParsedURL,
    defang,
    defang_host,
    find_unc_paths,
    find_urls,
    is_argument_url,
    parse_url,
)
from app.detection.interpret import interpret, load_readers
from app.detection.interpret import signals as behaviour_signals
from app.detection.interpret.behaviour import Behaviour
from app.detection.interpret.budget import WALL_MARGIN_S, Budget
from app.detection.jobtask import clones_and_runs, job_task_page
from app.detection.lanshares import LAN_SHARE_RULES, lan_shares_only, text_to_shell
from app.detection.lanshares import MAX_SHARES as MAX_LAN_SHARES
from app.detection.model import (
    Context,
    Deferred,
    Finding,
    Indicator,
    Layer,
    Level,
    PasteTarget,
    Verdict,
)
from app.detection.noise import rules_view
from app.detection.ownapp import own_app_notice, own_way_out
from app.detection.pagelinks import (
    PUBLIC_REGISTRIES,
    REGISTRY_SITES,
    handler_link,
    names_package,
    package_runner,
)
from app.detection.prose import (
    elided_sample,
    is_prose,
    is_sample_write_up,
    is_write_up,
    names_only,
    reads_as_report,
)
from app.detection.provenance import (
    argument_repository,
    comment_thread,
    forge_owner,
    forge_short_link,
    named_storage,
    on_local_network,
    own_repository_rest,
    own_share,
    own_short_link,
    package_repository_rest,
    page_about_software,
    page_bars_vouching,
    page_disguise,
    page_dressed_for_stranger,
    page_hub_product,
    page_names_repository,
    page_product_elsewhere,
    registrable_domain,
    repository_page,
    same_project,
    same_tenant_site,
    storage_name,
    warm,
)
from app.detection.queries import is_detection_content
from app.detection.records import defanged_host, is_record, live_address
from app.detection.rules import (
    CompiledRules,
    LayerHits,
    Reported,
    Rule,
    RuleLoadError,
    default_rules_dir,
    load_rules,
)
from app.detection.runbox import (
    TYPED_SHAPES,
    Shape,
    enrolment_domains,
    opens_tenant_library,
    run_box_shape,
    share_program,
    typed_tools,
)
from app.detection.scamsentence import scam_sentence_signal
from app.detection.scoring import (
    HARM_IN_THE_TEXT,
    HARM_IN_THE_TEXT_TAGS,
    MALICIOUS_AT,
    RUN_BOXES,
    SIGN_IN_CODE_TAG,
    SUSPICIOUS_AT,
    WEIGHTY,
    apply_context,
    content_kind,
    content_score,
    is_web_source,
    level_for,
    summarize,
)
from app.detection.shells import detect_shells
from app.detection.signals import (
    NEEDS,
    SIGNALS,
    TAGS_SIGNALS_READ,
    URLS,
    URLS_OR_UNC,
    command_like,
    is_loopback,
    needs_present,
    on_private_network,
    url_lure_word,
)
from app.detection.sitedata import reads_every_value_signal
from app.detection.staging import copies_in_then_runs_signal
from app.detection.trust import Trust, TrustList
from app.detection.trust import default_trust_path as default_trust_path
from app.detection.unicode_fold import fold, shell_view
from app.detection.windows import select_windows

log = logging.getLogger(__name__)

MAX_INPUT = 1024 * 1024  # characters read at all
DEEP_CAP = 64 * 1024  # characters normalised and decoded: the whole text or its deep windows
WINDOWS_SHARE = 0.4  # of the time budget, for choosing the deep windows of a long text
WINDOWS_BUDGET = 32 * 1024  # characters of windows folded and decoded in a long text
RUNS_SHARE = 0.6  # of the budget: a bulk weighing of runs begun in the windows' share stops
MAX_LAYERS = 24
MAX_DEPTH = 4
INTERPRET_MS = 15.0  # of the budget, for reading commands as their interpreters would
# ... of a text longer than DEEP_CAP, which they read only in windows: the rules' linear pass
# over the whole raw text needs the rest (a 300 KiB source file's ~30-45 ms), and the
# interpreters took their whole 15 ms reading its windows of code as PowerShell and sh
INTERPRET_LONG_MS = 8.0
# A text longer than DEEP_CAP also costs time outside the budget's reach, in proportion to its
# length (encoding it, scanning it for triggers, blanking its random runs, the steps between
# two looks at the clock): ~30-35 ms a megabyte. So the shorter a long text, the more of the
# budget it may use, and what it takes in all stays about the same: a megabyte has the budget,
# a text of up to ~600 KiB 1.2 times it. The rules' linear pass over a 300 KiB source file read
# for the first time takes 35-50 ms alone; with 60 ms in all it was cut short, and the file was
# "suspicious: not checked fully" (its whole reading now needs up to ~63 ms of CPU, first
# time in a process, load ~7). At 1.3 a hostile 512 KiB reading that used all of its 78 ms
# and then the stages after the rules (structure, signals: up to ~9 ms) took 109-117 ms.
LONG_BUDGET_MAX = 1.2  # times the budget, at most
LONG_BUDGET_SLOPE = 0.6  # times the budget, added as a text is shorter than MAX_INPUT
MAX_INTERPRETED = 3  # layers interpreted per analysis (the first, then decoded ones)
EVIDENCE_CHARS = 160
MAX_PHONES = 3
PAGES_REMEMBERED = 4096  # page addresses whose reading the engine keeps
CLONES_AND_RUNS = "clones-and-runs"  # Analysis.memo's key: whether the text clones and runs
_K = TypeVar("_K")
_V = TypeVar("_V")
INCOMPLETE_RULE = "PG-ENGINE-INCOMPLETE"
# how much of a text is searched for an installer script's repository argument (a README's line)
MAX_ARGUMENT_TEXT = 4096
REMOTE_ACCESS_RULE = "PG-RAT-SCRIPTED-INSTALL"  # waived only on the tool's own vendor's page
INSTALLER_RULE = "PG-INFO-KNOWN-INSTALLER"
SAME_PROJECT_RULE = "PG-INFO-SAME-PROJECT"
PAGE_DISGUISE_RULE = "PG-PAGE-DISGUISED"
PAGE_OFF_TOPIC_RULE = "PG-PAGE-OFF-TOPIC"
PAGE_SHARED_CHAT_RULE = "PG-PAGE-SHARED-CHAT"
PAGE_HANDOVER_RULE = "PG-PAGE-HANDOVER"
PAGE_ACT_TAG = "check-page-act"  # a note bare, blocked from a page dressed up as a check
PAGE_SHARE_PROGRAM_RULE = "PG-PAGE-SHARE-PROGRAM"
_DOTTED_QUAD = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
PAGE_PACKAGE_RUNNER_RULE = "PG-PAGE-PACKAGE-RUNNER"
PAGE_HANDLER_LINK_RULE = "PG-PAGE-HANDLER-LINK"
# the rules that read a program's link which installs or imports a file (52-t20, 26-nix-lures)
HANDLER_LINK_RULES = frozenset({"PG-T20-HANDLER-LINK-RUNS", "PG-MAC-AUTOMATION-URL"})
PAGE_JOB_TASK_RULE = "PG-PAGE-JOB-TASK"
PAGE_STRANGER_BUILD_RULE = "PG-PAGE-STRANGER-BUILD"
STRANGER_BUILD_RULE = "PG-NIX-STRANGER-CLONE-BUILD"
COPY_IN_RULE = "PG-COPY-IN-THEN-RUN"
URL_WORDS_RULE = "PG-LURE-WORDS-IN-URL"
PERSISTS_RULE = "PG-DO-PERSISTS"
PLAIN_HTTP_RULE = "PG-PLAIN-HTTP-EXEC"
DEFANGED_RULE = "PG-INFO-DEFANGED"
ENCODED_RULE = "PG-WIN-PS-ENCODED-COMMAND"
WEBDAV_PATH_RULE = "PG-WIN-WEBDAV-PATH"
MAPPED_SHARE_RUN_RULE = "PG-WIN-RUN-FROM-MAPPED-WEBDAV"
INDEX_RULE = "PG-PACKAGE-INDEX-STRANGER"
ENCODED_READS_RULE = "PG-INFO-ENCODED-READS-ONLY"
# The callback lure's rules (a charge or an order and a number to call to cancel it)
CALLBACK_PREFIX = "PG-SCAM-CALLBACK-"
CALL_TO_CANCEL_RULE = "PG-SCAM-CALL-TO-CANCEL"
SCAM_BRAND_GROUP = "scam-brand"
# (in that group, but the shape of the ask, not a borrowed name: a provider's notice of a charge
# to come, read as one, leaves it nothing to stand beside)
CALL_ONLY_ROUTE_RULE = "PG-SCAM-CALL-ONLY-ROUTE"
# Findings about fetching (a download, a remote script, the address it comes from): a text
# whose every address is defanged (hxxps://, [.]) fetches nothing, so they describe it only.
FETCH_TAGS = frozenset({"download", "remote-exec"})
# Where a write-up quoting a defanged lure is read as the report it is (`_defanged_write_up`):
# a place that runs nothing, and a place the guard does not know. In a terminal, the Run box
# or the console the words would run, so they are weighed as usual.
WRITE_UP_TARGETS = frozenset({PasteTarget.OTHER, PasteTarget.UNKNOWN})
# PowerShell commands that only read and show (and their aliases): an encoded command made of
# these alone hides nothing harmful (Microsoft's own -EncodedCommand examples: Get-Date, dir).
READ_ONLY_VERBS = ("get-", "test-", "measure-", "select-", "sort-", "format-", "compare-",
                   "convertto-", "convertfrom-", "resolve-", "find-")  # fmt: skip
READ_ONLY_COMMANDS = frozenset(
    {
        "dir", "ls", "gci", "gps", "ps", "gsv", "gdr", "gi", "gp", "gc", "cat", "type", "pwd",
        "gl", "echo", "write", "write-output", "write-host", "out-string", "out-host",
        "where-object", "where", "select", "sort", "ft", "fl", "fw", "measure", "join-path",
        "split-path", "hostname", "whoami", "ver",
    }
)  # fmt: skip
_PS_STATEMENT = re.compile(r"[;|\n]")
_NOT_PLAIN_PS = re.compile(r"[$(){}\[\]&`@<>]")
# powershell's -e/-ec/-enc/.../-EncodedCommand with a literal base64 argument
_ENCODED_ARGUMENT = re.compile(
    r"(?i)(?:^|\s)[-/]e(?:c|n|nc|nco|ncod|ncode|ncoded|ncodedc|ncodedco|ncodedcom|ncodedcomm|"
    r"ncodedcomma|ncodedcomman|ncodedcommand)?\s+['\"]?([A-Za-z0-9+/]{8,}={0,2})(?![A-Za-z0-9+/=])"
)
MAX_READ_ONLY = 400  # characters of decoded command judged by its command names alone
# Where a page's disguise counts: the places that run what is pasted (not an editor, and not the
# copy itself, whose target is not known yet: the paste into one of these is judged again).
DISGUISE_TARGETS = frozenset(
    {
        PasteTarget.TERMINAL,
        PasteTarget.RUN_DIALOG,
        PasteTarget.EXPLORER_BAR,
        PasteTarget.BROWSER_CONSOLE,
    }
)
# Tags of findings that show a lure or a disguise: no page can vouch for a text that has one.
LURE_TAGS = frozenset({"lure", "evasion", "obfuscation"})
# Host labels of sign-in services (login.microsoftonline.com, accounts.google.com): a code on
# their pages is the person's own.
# Tag of the ConsentFix findings (a loopback sign-in redirect carrying a code)
CONSENTFIX_TAG = "consentfix"
SIGN_IN_LABELS = frozenset(
    {"login", "logon", "signin", "sign-in", "accounts", "account", "auth", "oauth", "sso", "id",
     "identity", "idp", "microsoftonline", "okta", "auth0"}
)  # fmt: skip
# Tags of findings that are a lure trait only beside someone else's script: settings written in
# front of a download-and-run look like configuration to hide it, and are what a vendor's own
# page documents for its installer (DD_API_KEY=… bash -c "$(curl …)"). Its own page vouches
# for them; from any other page they are a lure trait like the others.
DISGUISE_TAG = "disguise"
STRANGER_TRAIT_TAGS = LURE_TAGS | {DISGUISE_TAG}
# Findings about who owns a download host, which the page's own word answers for a script
# from the same project (a gist or pages site of the very account whose page this is).
NEVER_TRUSTED_RULE = "PG-NEVER-TRUSTED-HOST"
OWNER_UNKNOWN_RULES = frozenset({"PG-SHARED-HOST-UNKNOWN-OWNER", NEVER_TRUSTED_RULE})
# Where a script from the page's own project may be cleared: never the Run box or address bar
# (no project asks for a paste there) and never the browser console.
# Loading a script into the page, which a well-known library's CDN may answer for
# (_library_in_console)
LIBRARY_RULES = frozenset({"PG-JS-REMOTE-SCRIPT", "PG-JS-IMPORT-REMOTE"})
PROVENANCE_TARGETS = frozenset({PasteTarget.TERMINAL, PasteTarget.UNKNOWN, PasteTarget.OTHER})
# Why a reading without the interpreters (Engine(interpreters=False)) is incomplete: only the
# fallback after the analysis process died twice on a text reads that way (detection/supervisor.py)
WITHOUT_INTERPRETERS = (
    "the full reading failed (the analysis process stopped), so only the patterns were checked"
)
PROSE_RULE = "PG-INFO-PROSE-MENTION"
PROSE_FACTOR = 0.3
QUERY_RULE = "PG-INFO-DETECTION-QUERY"
CONTEXT_RULES = {
    PasteTarget.RUN_DIALOG: "PG-CONTEXT-RUN-BOX",
    PasteTarget.EXPLORER_BAR: "PG-CONTEXT-RUN-BOX",
    PasteTarget.BROWSER_CONSOLE: "PG-CONTEXT-CONSOLE",
    PasteTarget.UNKNOWN: "PG-CONTEXT-WEB-SOURCE",
}


def _kept(memo: dict[_K, _V], key: _K, make: Callable[[], _V]) -> _V:
    """memo[key], made once; a memo at PAGES_REMEMBERED entries starts again (hostile pages
    cannot grow it without bound)."""
    if key in memo:
        return memo[key]
    value = make()
    if len(memo) >= PAGES_REMEMBERED:
        memo.clear()
    memo[key] = value
    return value


def _utf16_base64(value: str) -> str | None:
    """What powershell -EncodedCommand would run: base64 of UTF-16LE text, or None."""
    if len(value) > 4 * MAX_READ_ONLY * 2:
        return None
    try:
        return base64.b64decode(value, validate=True).decode("utf-16-le")
    except (ValueError, UnicodeDecodeError):
        return None


def _reads_only(command: str) -> bool:
    """Whether a decoded PowerShell command is only commands that read and show things, with
    plain local arguments (no variables, subexpressions, script blocks, calls, redirections,
    network paths or addresses)."""
    text = command.strip()
    if not text or len(text) > MAX_READ_ONLY or _NOT_PLAIN_PS.search(text):
        return False
    if "\\\\" in text or "://" in text:
        return False  # another computer's share or an address: not a local read
    for statement in _PS_STATEMENT.split(text):
        words = statement.split()
        if not words:
            continue
        name = words[0].lower().strip("'\"")
        if name not in READ_ONLY_COMMANDS and not name.startswith(READ_ONLY_VERBS):
            return False
    return True


def _bare_name(name: str) -> str:
    return name.lower().replace("-", "").replace("_", "").replace(".", "")


def excerpt(text: str, span: tuple[int, int] | None) -> str:
    if span is None:
        return shown(text[:EVIDENCE_CHARS])
    start, end = span
    lo = max(0, start - 40)
    hi = min(len(text), max(end, start + 40) + 40, lo + EVIDENCE_CHARS)
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(text) else ""
    return prefix + shown(text[lo:hi]) + suffix


def _shown_later(evidence: list[str]) -> Callable[[], str]:
    """A signal's evidence, made safe to show when it is first read (model.Deferred)."""
    return lambda: shown("; ".join(evidence))


@dataclass
class Content:
    """What the text says by itself, before any context: one reading, any number of verdicts."""

    analysis: Analysis
    findings: list[Finding] = field(default_factory=list)
    score: int = 0
    level: Level = Level.CLEAN
    installer: str | None = None  # the known installer the text fetches, if it is one
    runs: bool = False  # it runs commands
    kind: str = "text"  # what it is: one of model.KINDS
    # which shells it is written for; whether it is more than a program name, a path or an
    # address (runbox.py): each found when first read (model.Deferred), as few verdicts need it
    shells: Deferred[list[str]] = Deferred(list)  # noqa: RUF009 (a descriptor, not a value)
    beyond: Deferred[bool] = Deferred(bool)  # noqa: RUF009 (a descriptor, not a value)
    # Remote Desktop to a named computer (runbox.Shape.CONNECT), an editor given a file here or
    # Windows Terminal a profile (Shape.OPEN), Windows' own tool with switches that only open,
    # select or report (Shape.TOOL): beyond unless typed (no source)
    typed_only: Deferred[bool] = Deferred(bool)  # noqa: RUF009 (a descriptor, not a value)
    empty: bool = False  # nothing but whitespace
    failed: bool = False  # the reading stopped on an internal error
    indicators: list[Indicator] | None = None  # listed when a verdict's are first read
    elapsed_ms: float = 0.0
    # findings that need a live address, in a text whose every address is defanged (inert)
    inert: frozenset[str] = frozenset()


# Programs that only fetch an address (and show or save what answers): given this computer's
# own address they talk to this computer alone (`_code_to_own_app`)
LOCAL_FETCHERS = frozenset(
    {"curl", "wget", "http", "https", "xh", "invoke-webrequest", "iwr", "invoke-restmethod", "irm"}
)


# `NAME=value` settings written in a command (a value quoted or up to a blank), and the host
# names a value holds (datadoghq.eu, https://fleet.example.test:8220)
_SETTING = re.compile(
    r"(?<![\w$])[A-Za-z_]\w{0,63}=(\"[^\"\n]{0,300}\"|'[^'\n]{0,300}'|[^\s;&|]{1,300})"
)
_SETTING_HOST = re.compile(r"(?i)(?<![\w.@-])[a-z0-9](?:[a-z0-9-]{0,62}\.)+[a-z]{2,24}(?![\w-])")
MAX_SETTINGS = 16  # settings read; a text with more is not cleared by them


def _settings_own(text: str, installers: list[FetchedURL]) -> bool:
    """Every host that the text's `NAME=value` settings name is the installer's vendor's (its
    registrable name under any suffix: datadoghq.eu for install.datadoghq.com): settings for
    the vendor's own script, never a redirect of it to someone else's server
    (HOMEBREW_BREW_GIT_REMOTE=https://elsewhere…)."""
    names = {(registrable_domain(u.url.host) or "").split(".", 1)[0] for u in installers}
    names.discard("")
    if not names:
        return False
    settings = list(itertools.islice(_SETTING.finditer(text[:DEEP_CAP]), MAX_SETTINGS + 1))
    if len(settings) > MAX_SETTINGS:
        return False
    for m in settings:
        for host in _SETTING_HOST.findall(m.group(1)):
            if (registrable_domain(host.lower()) or "").split(".", 1)[0] not in names:
                return False
    return True


def _unfetched(a: Analysis, u: FetchedURL) -> bool:
    """An address beside an official installer that nothing downloads from: this computer's
    own (`Then open http://localhost:8000.`: no stranger's server answers there), or one that
    only sentences name (`See https://docs.example/install for other ways.`: every line that
    holds its host starts with a word that is no program, so a shell fails there). An address
    decoded from a hidden layer, or on any line a command could run, is fetched."""
    if u.trust is Trust.INSTALLER:
        return False
    if is_loopback(u.url.host):
        return True
    host = u.url.host.lower()
    lines = [line for line in a.structure.active.splitlines() if host in line.lower()]
    return bool(lines) and all(names_only(line) for line in lines)


def _vendor_account(u: FetchedURL, name: str) -> bool:
    """An HTTPS download from a forge account named exactly `name` (github.com/<name>/...)."""
    owner = forge_owner(u.url)
    return (
        owner is not None and not owner.storage and owner.owner == name and u.url.scheme == "https"
    )


def _tool_repository(u: FetchedURL, name: str) -> bool:
    """An HTTPS download from a forge repository named exactly `name`, whoever's account holds
    it (github.com/<someone>/<name>/...)."""
    owner = forge_owner(u.url)
    return (
        owner is not None
        and not owner.storage
        and owner.repo.lower() == name
        and u.url.scheme == "https"
    )


class Engine:
    """Loads rules once; `analyze` is then safe to call from any one thread at a time."""

    def __init__(
        self,
        rule_paths: Sequence[Path] | None = None,
        trust: TrustList | None = None,
        budget_ms: float = DEFAULT_BUDGET_MS,
        strict: bool = False,
        interpreters: bool = True,
    ) -> None:
        """`strict`: an internal error raises instead of making the text `suspicious` (the tests;
        set by the composition root, app/cli.py or tests/conftest.py). `interpreters=False`:
        no native grammar is loaded or run, and every reading is incomplete (at least
        `suspicious`): the guard's fallback when its analysis process cannot read a text."""
        paths = list(rule_paths) if rule_paths else [default_rules_dir()]
        # the patterns are parsed once, by the compile; only when a file has an error is it
        # all read again with every check, for the whole list with files and lines
        rules, errors = load_rules(paths, SIGNALS, check_patterns=False)
        try:
            if errors:
                raise RuleLoadError(errors)
            self.rules = CompiledRules(rules)
        except RuleLoadError as exc:
            raise RuleLoadError(load_rules(paths, SIGNALS)[1] or exc.errors) from None
        self.by_id = {r.id: r for r in rules}
        self.trust = trust or TrustList.load(default_trust_path())
        warm()  # the Public Suffix List is read here, never inside an analysis's time budget
        self.trust.vendors  # noqa: B018 (built now for the same reason)
        self.budget_s = budget_ms / 1000.0
        self._groups = {r.id: r.group for r in rules}
        # Which finding of a group is kept, and the order findings are listed and summed up
        # in: the heavier first, then the rule's `priority` (the higher first), then its id: a
        # rank per rule, made here (`_strength`). Never the order the rule files, their rules
        # or the patterns' hits come in: adding a rule anywhere must not change which finding
        # of a group wins, nor what the summary says (issue 9).
        ranked = sorted(rules, key=lambda r: (-r.weight, -r.priority, r.id))
        self._rank = {r.id: i for i, r in enumerate(ranked)}
        # the signals whose rules give a tag that signals read run first, then the others (all
        # by id): each signal sees those tags whatever the rule files' order
        self._signal_rules = sorted(
            self.rules.signal_rules,
            key=lambda r: (not TAGS_SIGNALS_READ.intersection(r.tags), r.id),
        )
        # the signal rules whose need a text meets, in that order, for each combination of
        # needs met (needs_present's values): a text meets a few, and the rules whose need it
        # did not meet (~40 of 60, the 15 never run among them) were each looked at for nothing
        self._signals_by_needs: dict[tuple[bool, ...], list[Rule]] = {}
        # the signal rules that give no tag and `require` a group no signal rule is in: with
        # no pattern finding in that group their finding is dropped (_with_requirements: the
        # steps before it only drop findings), so the signal is not run for nothing (the
        # wallet addresses of PG-JS-WALLET-STRANGER were looked for in every text). Only
        # when no rule outside that group requires the rule's own group: a dropped finding's
        # group still counts for the others' requirements
        signal_groups = {r.group for r in self.rules.signal_rules}
        self._needs_group = {
            r.id: r.requires
            for r in self.rules.signal_rules
            if r.requires
            and not r.tags
            and r.requires not in signal_groups
            and all(o.group == r.requires for o in rules if r.group and o.requires == r.group)
        }
        # pattern index -> the rules it may set off, each with the indexes of its `all`
        # patterns, so that a text with no hit costs no rule evaluation: a rule under one
        # pattern it needs, the first of its `all` (every one must be among the hits), else
        # each of its `any`. Of the rules a text's hits named under every pattern, ~9 in 10
        # lacked one of their `all` patterns: now ruled out by one subset test each, not a call
        # of rule_matches or could_match. _raw_triggers: those that count on the raw layer.
        triggers: dict[int, list[tuple[Rule, frozenset[int]]]] = {}
        raw_triggers: dict[int, list[tuple[Rule, frozenset[int]]]] = {}
        index = self.rules._index
        for rule in self.rules.pattern_rules:
            needs = frozenset(index[p] for p in rule.all)
            # never on the raw layer: a hidden rule, a decoded one (see _match_patterns)
            raw = not rule.hidden and rule.layers != "decoded"
            for pattern in rule.all[:1] or tuple(dict.fromkeys(rule.any)):
                triggers.setdefault(index[pattern], []).append((rule, needs))
                if raw:
                    raw_triggers.setdefault(index[pattern], []).append((rule, needs))
        self._triggers = {i: tuple(rules) for i, rules in triggers.items()}
        self._raw_triggers = {i: tuple(rules) for i, rules in raw_triggers.items()}
        self._strict = strict
        self._safe_until = 0.0  # the wall-clock time before which the budget cannot run out
        self._budget_s = self.budget_s  # the budget of the text being read (budget_for)
        # what a page's address says of it (provenance.page_bars_vouching, page_disguise), by
        # address: the same page comes back for every paste target and copy after copy
        self._pages: dict[tuple[bool, str | None], str | None] = {}
        self._pages_of: TrustList | None = None  # the trust list they were read with
        self._projects: dict[
            tuple[str, tuple[str, ...], tuple[bool, ...]], str | None
        ] = {}  # same_project of a page and an address, with that trust list
        assert behaviour_signals.BEHAVIOUR_SIGNALS[0] in SIGNALS  # registered on import
        assert SIGNALS["copies-in-then-runs"] is copies_in_then_runs_signal  # as well
        assert SIGNALS["scam-sentence"] is scam_sentence_signal  # as well
        assert SIGNALS["official-claim-elsewhere"] is official_claim_elsewhere  # as well
        assert SIGNALS["reads-every-stored-value"] is reads_every_value_signal  # as well
        typed_tools()  # the Run box's tool catalogue, read with the rules, not on a verdict
        self.interpreters = interpreters
        if interpreters:
            from app.detection.interpret.grammar import warm as warm_grammars

            load_readers()  # imported now, not on the first text read (see load_readers)
            warm_grammars()

    # -- public -----------------------------------------------------------------------------

    def analyze(self, text: str | bytes, context: Context | None = None) -> Verdict:
        return self.in_context(self.examine(text), context or Context())

    def read(self, text: str | bytes, contexts: Sequence[Context]) -> list[Verdict]:
        """One reading of the text, and its verdict in each of `contexts` (in that order)."""
        content = self.examine(text)
        return [self.in_context(content, context) for context in contexts]

    def budget_for(self, length: int) -> float:
        """The time budget, in seconds, of reading a text of `length` characters (or bytes)."""
        if length <= DEEP_CAP:
            return self.budget_s
        shorter = max(0.0, 1.0 - length / MAX_INPUT)
        return self.budget_s * min(LONG_BUDGET_MAX, 1.0 + LONG_BUDGET_SLOPE * shorter)

    def examine(self, text: str | bytes) -> Content:
        """Read the text once (the costly part; it knows nothing of source or target)."""
        started = time.perf_counter()
        self._budget_s = self.budget_for(len(text))
        # until then the budget cannot have run out (_over_budget): CPU time cannot pass
        # faster than the wall clock, and reading it is a system call
        self._safe_until = started + self._budget_s - WALL_MARGIN_S
        try:
            content = self._examine(text, budget_clock())
        except Exception:
            if self._strict:
                raise
            log.exception("analysis failed; reporting the text as suspicious")
            content = Content(Analysis(raw="", context=Context(), trust=self.trust), failed=True)
        content.elapsed_ms = (time.perf_counter() - started) * 1000.0
        return content

    def in_context(self, content: Content, context: Context) -> Verdict:
        """The verdict for that reading pasted from `context.source` into `context.target`."""
        started = time.perf_counter()
        try:
            verdict = self._failed(context) if content.failed else self._verdict(content, context)
        except Exception:
            if self._strict:
                raise
            log.exception("analysis failed; reporting the text as suspicious")
            verdict = self._failed(context)
        verdict.elapsed_ms = content.elapsed_ms + (time.perf_counter() - started) * 1000.0
        return verdict

    # -- stages -----------------------------------------------------------------------------

    def _failed(self, context: Context) -> Verdict:
        rule = self.by_id[INCOMPLETE_RULE]
        finding = self._finding(rule, "raw", "the analysis stopped on an internal error")
        return Verdict(
            level=Level.SUSPICIOUS,
            score=SUSPICIOUS_AT,
            summary="PasteGuard could not check this text, so treat it with care.",
            findings=[finding],
            complete=False,
            context=context,
        )

    def _strength(self, finding: Finding) -> tuple[int, int]:
        """The sort key of findings, strongest first: weight, then the rule's rank."""
        return -finding.weight, self._rank[finding.rule_id]

    def _finding(self, rule: Rule, layer: str, evidence: str | Callable[[], str]) -> Finding:
        """`evidence` may be a function, called when the evidence is first read (model.Deferred)."""
        return Finding(
            rule_id=rule.id,
            title=rule.title,
            explanation=rule.explanation,
            technique=rule.technique,
            weight=rule.weight,
            layer=layer,
            evidence=evidence,
            action=rule.action,
        )

    def _over_budget(self, a: Analysis, started: float, stage: str) -> bool:
        if time.perf_counter() < self._safe_until:
            return False
        if budget_clock() - started > self._budget_s:
            if a.complete:
                a.complete = False
                a.incomplete_reason = f"the time budget ran out while {stage}"
            return True
        return False

    def _build_layers(self, a: Analysis, started: float) -> None:
        decoders.new_text()
        raw = a.raw
        layers = [Layer("raw", raw, 0)]
        # The whole raw text is matched by the rules; folding and decoding work on the whole
        # of a short text and on bounded windows of a long one. Length alone is not evidence:
        # only an encoded blob that could not be looked into makes the analysis incomplete.
        deadline = started + self._budget_s * WINDOWS_SHARE
        data = a.raw_bytes
        if len(raw) > DEEP_CAP and data is None:
            data = raw.encode("utf-8")
        # A bulk weighing of a megabyte of runs, once begun in the windows' share, may go on
        # to RUNS_SHARE (a lockfile's digests: ~15-25 ms, all of them read). Blanking the
        # random runs for the rules (linear, ~5-15 ms a megabyte) may take what is left of
        # the budget: cut short, it left random base64 to the rules, where one RE2 set's
        # pass over a 64 KiB chunk of it took 25-65 ms that no clock could stop.
        runs_deadline = started + self._budget_s * RUNS_SHARE
        deep = select_windows(raw, DEEP_CAP, deadline, data, WINDOWS_BUDGET, runs_deadline)
        if len(raw) > DEEP_CAP and data is not None:
            a.rules_bytes = rules_view(data, started + self._budget_s)
        if deep.undecoded and a.complete:
            a.complete = False
            a.incomplete_reason = deep.undecoded
        a.deep = deep.text
        a.folded = fold(deep.text)
        normalized = deobfuscate(a.folded)[: 2 * DEEP_CAP]
        seen = {raw, normalized}
        if normalized != raw:
            layers.append(Layer("normalized", normalized, 0, "raw"))
        queue: deque[Layer] = deque([layers[-1] if normalized != raw else layers[0]])
        budget = Budget(
            ms=INTERPRET_MS if len(raw) <= DEEP_CAP else INTERPRET_LONG_MS, strict=self._strict
        )
        first = queue[0]
        # a decoded text as a layer reads it: the layers repeat most of what decodes (a base64
        # run in the text is in its interpreted reading too), folded and rewritten once
        readings: dict[str, str] = {}
        while queue and len(layers) < MAX_LAYERS:
            if self._over_budget(a, started, "decoding"):
                break
            layer = queue.popleft()
            for name, decoder in DECODERS.items():
                may = MAY_DECODE.get(name)
                if may is not None and not may(layer.text):
                    continue
                for decoded in first_by_risk(decoder(layer.text), MAX_CANDIDATES):
                    text = readings.get(decoded)
                    if text is None:
                        text = readings[decoded] = deobfuscate(fold(decoded[:DEEP_CAP]))[
                            : 2 * DEEP_CAP
                        ]
                    if text in seen or not text.strip():
                        continue
                    seen.add(text)
                    if layer.depth + 1 > MAX_DEPTH:
                        a.complete = False
                        a.incomplete_reason = (
                            f"the text is encoded more than {MAX_DEPTH} times over"
                        )
                        continue
                    child = Layer(name, text, layer.depth + 1, layer.name)
                    a.max_depth_reached = max(a.max_depth_reached, child.depth)
                    layers.append(child)
                    queue.append(child)
                    if len(layers) >= MAX_LAYERS:
                        break
            if layer.name != "interpreted" and self.interpreters:
                # after the decoders, so that a layer they find keeps its decoder's name;
                # the first layer is read as written (folded), not as normalised
                source = Layer(layer.name, a.folded, 0) if layer is first else layer
                self._interpret(a, source, layers, queue, seen, budget)
                if layer is first:
                    # folding turns a no-break or ideographic space into a blank and drops an
                    # invisible one; a shell does neither (`hi<NBSP>#; curl …` is no comment)
                    kept = shell_view(a.deep)
                    if kept is not None:
                        self._interpret(a, Layer(layer.name, kept, 0), layers, queue, seen, budget)
        a.layers = layers

    def _interpret(
        self,
        a: Analysis,
        layer: Layer,
        layers: list[Layer],
        queue: deque[Layer],
        seen: set[str],
        budget: Budget,
    ) -> None:
        """Add what the text reads as to its interpreter as layers; note what it does."""
        if a.interpretations >= MAX_INTERPRETED or len(layers) >= MAX_LAYERS:
            return
        a.interpretations += 1
        reading = interpret(layer.text, budget)
        for kind, evidence in reading.behaviours.items():
            a.behaviours.setdefault(kind, []).extend(evidence)
        for text in reading.layers:
            text = fold(text[:DEEP_CAP])
            if text in seen or len(layers) >= MAX_LAYERS:
                continue
            seen.add(text)
            child = Layer("interpreted", text, layer.depth + 1, layer.name)
            layers.append(child)
            queue.append(child)

    def _scope_layers(self, a: Analysis, scope: str) -> list[Layer]:
        layers = a.layers
        if scope == "any":
            return layers
        if scope == "raw":
            return layers[:1]
        if scope == "decoded":
            return [x for x in layers if x.depth > 0]
        derived = [x for x in layers if x.name != "raw"]
        if scope == "normalized":
            normal = [x for x in layers if x.depth == 0 and x.name != "raw"]
            return normal or layers[:1]
        return derived or layers[:1]

    def _match_patterns(self, a: Analysis, started: float) -> list[Finding]:
        deadline = started + self._budget_s
        layers = a.layers
        hits: list[LayerHits] = [frozenset()] * len(layers)
        # A long text's deep layers (its windows, folded and decoded) go first, then its raw
        # megabyte, chunk by chunk: what the budget cuts short is the raw text's far end, not
        # a payload decoded from it; and once the budget has run out no layer is begun.
        order = list(range(len(layers)))
        long = len(a.raw) > DEEP_CAP
        if long:
            order = order[1:] + order[:1]
        raw_read = False  # a hidden rule says a word is NOT in the raw text: only once all read
        for i in order:
            layer = layers[i]
            data = (a.rules_bytes or a.raw_bytes) if layer.name == "raw" else None
            if not long:
                # a short text's layers: their reports, each confirmed only if a rule asks
                reported = self.rules.reported(layer.text, data)
                if reported is not None:
                    hits[i] = reported
                    raw_read = raw_read or i == 0
                    continue
            # every layer of a long text looks at the clock, the short ones too: the windows
            # and decoding may have spent the budget, and a first pass over 16 KiB of random
            # Unicode builds RE2 states for ~20 ms
            layer_hits, finished = self.rules.hits(layer.text, deadline, data, timed=long)
            hits[i] = layer_hits
            raw_read = raw_read or (i == 0 and finished)
            if not finished:
                if a.complete:
                    a.complete = False
                    a.incomplete_reason = "the time budget ran out while matching rules"
                break
        raw_hits = hits[0]
        # a rule is a candidate when a pattern it needs is reported: those of the layers read
        # lazily may not occur (a rule that none matches is ruled out below)
        maybe = [h.reported if isinstance(h, Reported) else h for h in hits]
        findings = []
        matches = self.rules.rule_matches
        if len(layers) == 1:
            # the raw text alone (most texts): every scope but "decoded" is the raw layer, and
            # a hidden rule never counts there (_raw_triggers holds neither)
            raw, named = layers[0], maybe[0]
            picked: dict[str, Rule] = {}
            raw_triggers = self._raw_triggers
            for index in named:
                for rule, needs in raw_triggers.get(index, ()):
                    if needs <= named:
                        picked[rule.id] = rule
            for rule in picked.values():
                if matches(rule, raw_hits):
                    evidence = self._pattern_evidence(rule, raw.text)
                    findings.append(self._finding(rule, raw.name, evidence))
                    a.tags.update(rule.tags)
            return findings
        # most candidates match no layer: one look at the hits of all layers together rules
        # them out (a rule's `none` patterns are left for its layers, where they count)
        anywhere = frozenset().union(*maybe)
        candidates: dict[str, Rule] = {}
        triggers = self._triggers
        for index in anywhere:
            for rule, needs in triggers.get(index, ()):
                if needs <= anywhere:
                    candidates[rule.id] = rule
        positions = {id(layer): i for i, layer in enumerate(a.layers)}
        # each scope's layers and their hits, once per text (a hidden rule's without the raw
        # layer, where it never counts)
        scoped: dict[tuple[str, bool], tuple[list[Layer], list[LayerHits]]] = {}
        possible = self.rules.could_match
        first = self.rules.first_match
        for rule in candidates.values():
            if not possible(rule, anywhere):
                continue
            if rule.hidden and (not raw_read or matches(rule, raw_hits)):
                continue
            key = (rule.layers, rule.hidden)
            in_scope = scoped.get(key)
            if in_scope is None:
                chosen = [
                    x
                    for x in self._scope_layers(a, rule.layers)
                    if not rule.hidden or x.name != "raw"
                ]
                in_scope = scoped[key] = (chosen, [hits[positions[id(x)]] for x in chosen])
            k = first(rule, in_scope[1])
            if k >= 0:
                layer = in_scope[0][k]
                evidence = self._pattern_evidence(rule, layer.text)
                findings.append(self._finding(rule, layer.name, evidence))
                a.tags.update(rule.tags)
        return findings

    def _pattern_evidence(self, rule: Rule, text: str) -> Callable[[], str]:
        """What a rule matched in text, found and shortened only if someone reads it."""

        def evidence() -> str:
            try:
                return excerpt(text, self.rules.evidence(rule, text))
            except Exception:
                if self._strict:
                    raise
                log.exception("evidence for %s failed", rule.id)
                return excerpt(text, None)

        return evidence

    def _read_structure(self, a: Analysis) -> None:
        segments: dict[str, tuple[str, ...]] = {}  # the layers repeat most command segments
        a.structure = read_commands(a.normalized[:DEEP_CAP], segments)
        a.programs = set(a.structure.programs)
        seen: set[str] = set()
        comment_text = "\n".join(a.structure.comments)
        sources: list[tuple[str, bool]] = [(a.structure.active, False), (comment_text, True)]
        for layer in a.layers:
            if layer.depth > 0:
                structure = read_commands(layer.text[:DEEP_CAP], segments)
                a.programs.update(structure.programs)
                sources.append((structure.active, False))
        active_seen: set[str] = set()
        for text, in_comment in sources:
            if not text:
                continue  # no comments (most texts): no address in them
            for url in find_urls(text):
                key = url.full
                if key in seen and (in_comment or key in active_seen):
                    continue
                seen.add(key)
                if not in_comment:
                    active_seen.add(key)
                # (TrustList.classify's reading, with the installer looked up once)
                installer = self.trust.installer_for(url)
                if installer:
                    trust = Trust.INSTALLER
                elif self.trust.is_never_trusted(url.host):
                    trust = Trust.NEVER
                else:
                    trust = Trust.UNKNOWN
                a.urls.append(
                    FetchedURL(
                        url=url,
                        trust=trust,
                        installer=installer,
                        in_comment=in_comment,
                        argument=is_argument_url(text, url),
                        written_https=text[max(0, url.start) : url.start + 8].lower() == "https://",
                        written_http=text[max(0, url.start) : url.start + 7].lower() == "http://",
                    )
                )
        # a URL that is also in the active text is not "only in a comment"
        a.urls = [u for u in a.urls if not (u.in_comment and u.url.full in active_seen)]
        normalized = any(layer.name == "normalized" for layer in a.layers)
        for layer in a.layers:
            if layer.name == "raw" and normalized:
                continue
            a.unc_paths.extend(find_unc_paths(layer.text[:DEEP_CAP]))

    def _signals(self, a: Analysis, found: list[Finding]) -> list[Finding]:
        """The signal rules' findings, beside the pattern findings `found`."""
        findings = []
        present = needs_present(a)  # a signal whose need is absent would find nothing
        met = tuple(present.values())
        rules = self._signals_by_needs.get(met)
        if rules is None:
            rules = self._signals_by_needs[met] = [
                rule for rule in self._signal_rules if present[NEEDS[rule.signal]]
            ]
        needs_group = self._needs_group
        groups = {self._groups.get(f.rule_id, "") for f in found} if needs_group else set()
        failed: list[str] = []
        for rule in rules:
            if rule.id in needs_group and needs_group[rule.id] not in groups:
                continue  # its finding would be dropped (see __init__)
            try:
                evidence = SIGNALS[rule.signal](a)
            except Exception:
                # one signal's fault must not throw away what every other part found (a lure
                # with a broken address in it would drop from blocked to a warning)
                if self._strict:
                    raise
                log.exception("signal %s failed; the analysis is incomplete", rule.signal)
                failed.append(rule.signal)
                continue
            if evidence:
                findings.append(self._finding(rule, "signal", _shown_later(evidence)))
                a.tags.update(rule.tags)
        if failed and a.complete:  # fail closed: at least the "could not be checked" finding
            a.complete = False
            a.incomplete_reason = f"the check {failed[0]} failed"
            for rule in self._signal_rules:
                if rule.signal == "analysis-incomplete":
                    findings.append(self._finding(rule, "signal", shown(a.incomplete_reason)))
                    a.tags.update(rule.tags)
        return findings

    def _redirect_settings(self, a: Analysis, findings: list[Finding]) -> list[Finding]:
        """A redirect act (a hosts entry, DNS servers, a web proxy) is cleared setting by
        setting: its finding goes only when every setting of that act in the text names this
        computer, the local network or a well-known resolver (redirects.py), so a harmless
        setting on one interface no longer clears a stranger's on another."""
        if not any(f.rule_id in redirects.RULES for f in findings):
            return findings
        texts = [layer.text for layer in a.layers]
        return [
            f
            for f in findings
            if f.rule_id not in redirects.RULES or not redirects.cleared(f.rule_id, texts)
        ]

    def _own_help_desk(self, a: Analysis, findings: list[Finding]) -> list[Finding]:
        """An organisation's own help-desk notice ("your account is locked, call the service
        desk, ext. 4321") is no tech-support scam, though it says the scam's first sentence:
        its scam-call findings are dropped (helpdesk.py says what it must and must not say);
        the brand and the other asks that need one go with them (`_with_requirements`). So is
        a company's own notice that sends you to its own app first (ownapp.py)."""
        tags = self.by_id
        if not any("scam-call" in tags[f.rule_id].tags for f in findings):
            return findings
        if not own_help_desk(a.raw) and not own_app_notice(a.raw):
            # a lock rule that reads the hurry itself goes when the company's own channel is
            # named and the call is not pressed (ownapp.own_way_out: the same own-channel reading)
            if any("own-way-out" in tags[f.rule_id].tags for f in findings) and own_way_out(a.raw):
                return [f for f in findings if "own-way-out" not in tags[f.rule_id].tags]
            return findings
        return [f for f in findings if "scam-call" not in tags[f.rule_id].tags]

    def _asked_about(self, a: Analysis, findings: list[Finding]) -> list[Finding]:
        """Someone quoting a scam text to ask whether it is real ('Hi IT, is this real? "Your PC
        is infected, call …"', '… "go to microsoft.com/devicelogin and enter FQK5-HW3U"'):
        every number to call, and every device sign-in page, inside the quotation, and the
        words outside it asking or reporting, not telling anyone to call, go or enter
        (askedabout.py). Its scam-call and device-code findings go; a number, a page, a code
        or an order outside the quote keeps them all."""
        tags = self.by_id
        scam = [f for f in findings if "scam-call" in tags[f.rule_id].tags]
        # (a rule that `requires` another's group counts only beside it: _with_requirements)
        device = [
            f
            for f in findings
            if "device-code" in tags[f.rule_id].tags and not tags[f.rule_id].requires
        ]
        if not (scam or device) or len(a.raw) > askedabout.MAX_CHARS:
            return findings
        if device and not askedabout.asked_about_device_code(a.raw):
            return findings
        if scam:
            spans: set[tuple[int, int]] = set()
            for f in scam:
                # a rule read from signals has no pattern: askedabout's own look
                spans.update(self._pattern_spans(tags[f.rule_id], a.raw) or ())
            if not askedabout.asked_about(a.raw, sorted(spans)):
                return findings
        return [f for f in findings if not {"scam-call", "device-code"} & set(tags[f.rule_id].tags)]

    def _advance_notice(self, a: Analysis, findings: list[Finding]) -> list[Finding]:
        """A provider's notice of a charge to come on a named day, or of an appointment, with
        another way than the call to cancel it and nothing of a charge already made (a renewal
        reminder, a direct debit, a dentist's fee for a missed visit): no callback lure, which
        reports a charge and wants the call (advancenotice.py). Its callback findings go."""
        callback = {
            f.rule_id
            for f in findings
            if f.rule_id.startswith(CALLBACK_PREFIX) or f.rule_id == CALL_TO_CANCEL_RULE
        }
        if not callback or not advance_notice(a.raw):
            return findings
        if any(
            self._groups.get(f.rule_id) == SCAM_BRAND_GROUP and f.rule_id != CALL_ONLY_ROUTE_RULE
            for f in findings
        ):
            return findings  # a name the callback lures borrow (PG-SCAM-BRAND) beside the number
        return [f for f in findings if f.rule_id not in callback]

    @staticmethod
    def _lan_shares(a: Analysis, findings: list[Finding]) -> list[Finding]:
        """A program or script run from a file server of the user's own network (a private
        address, a local-only name: lanshares.py) reaches no stranger's server: the findings
        that read only the share are dropped; the rest of the text is weighed as before."""
        if not any(f.rule_id in LAN_SHARE_RULES for f in findings):
            return findings
        if not lan_shares_only(a.raw, a.urls, a.unc_paths, a.complete):
            return findings
        return [f for f in findings if f.rule_id not in LAN_SHARE_RULES]

    def _references_only(self, a: Analysis, findings: list[Finding]) -> list[Finding]:
        """A receipt whose every "phone number" is a reference it labels as one ("Order
        number: 7745-1182-0091", refnumbers.py) gives no number to call: its scam-call findings
        are dropped (and the brand that needs one, `_with_requirements`). A number left
        unlabelled keeps them all."""
        scam = [f for f in findings if "scam-call" in self.by_id[f.rule_id].tags]
        if not scam:
            return findings
        for f in scam:
            for layer in filter(None, dict.fromkeys((a.raw, a.normalized))):
                text = layer[: refnumbers.MAX_CHARS + 1]
                spans = self._pattern_spans(self.by_id[f.rule_id], text)
                if spans is None or not refnumbers.only_references(text, spans):
                    return findings
        return [f for f in findings if "scam-call" not in self.by_id[f.rule_id].tags]

    def _pattern_spans(self, rule: Rule, text: str) -> list[tuple[int, int]] | None:
        """Where a scam-call rule's number pattern (its first `all`) matches in `text`; None
        for a rule read from signals, which has no pattern."""
        if not rule.all:
            return None
        return [m.span() for m in self.rules.pattern(rule.all[0]).finditer(text)]

    def _with_requirements(self, findings: list[Finding]) -> list[Finding]:
        """Drop findings whose rule `requires` a group that no other finding is in."""
        present = {self._groups.get(f.rule_id, "") for f in findings}
        return [
            f
            for f in findings
            if not self.by_id[f.rule_id].requires or self.by_id[f.rule_id].requires in present
        ]

    def _defanged(
        self, a: Analysis, findings: list[Finding]
    ) -> tuple[list[Finding], frozenset[str]]:
        """A text whose every address is written defanged (hxxps://, [.], [:]) fetches
        nothing: no program takes such an address. Its findings about fetching still say what
        it would do (reports publish real lures that way), but the text is never blocked: see
        `_verdict`. Returns the findings (with PG-INFO-DEFANGED) and the ids of those that
        need a live address. Anything else (a hidden window, a persistence key, a live address
        beside the defanged ones, a network path) counts as usual."""
        if not a.urls or a.unc_paths or not all(u.url.defanged for u in a.urls):
            return findings, frozenset()
        fetching = []
        for f in sorted(findings, key=self._strength):
            rule = self.by_id[f.rule_id]
            needs = NEEDS.get(rule.signal, "") if rule.signal else ""
            if set(rule.tags) & FETCH_TAGS or needs in (URLS, URLS_OR_UNC):
                fetching.append(f)
        if not fetching:
            return findings, frozenset()
        named = ", ".join(dict.fromkeys(f.title.lower() for f in fetching[:4]))
        evidence = f"every address is defanged, so nothing is fetched; if they were live: {named}"
        info = self._finding(self.by_id[DEFANGED_RULE], "signal", evidence)
        return [*findings, info], frozenset(f.rule_id for f in fetching)

    def _encoded_reads_only(self, a: Analysis, findings: list[Finding]) -> list[Finding]:
        """`powershell -EncodedCommand` whose every encoded argument, decoded, only reads and
        shows (Get-Date, `dir "c:\\program files"`): the guard has read what the encoding hides,
        and it is harmless; nothing else in the text may count."""
        encoded = [f for f in findings if f.rule_id == ENCODED_RULE]
        if not encoded or not a.complete:
            return findings
        if any(f.weight >= WEIGHTY for f in findings if f.rule_id != ENCODED_RULE):
            return findings
        commands = []
        for layer in a.layers:
            for m in itertools.islice(_ENCODED_ARGUMENT.finditer(layer.text[:DEEP_CAP]), 8):
                command = _utf16_base64(m.group(1))
                if command is None or not _reads_only(command):
                    return findings
                commands.append(command.strip())
        if not commands:
            return findings  # the argument is never written out: nothing was read
        kept = [f for f in findings if f.rule_id != ENCODED_RULE]
        shown_text = "; ".join(shown(c[:80]) for c in dict.fromkeys(commands))
        kept.append(self._finding(self.by_id[ENCODED_READS_RULE], "signal", shown_text))
        return kept

    def _waive_installers(
        self, a: Analysis, findings: list[Finding]
    ) -> tuple[list[Finding], str | None]:
        waivable = [f for f in findings if self.by_id[f.rule_id].waivable]
        if not waivable:
            return findings, None
        # (an address of this computer, as an install guide says "then open
        # http://localhost:8000", or one only a sentence names, downloads nothing from anyone:
        # it neither needs nor denies the installers' clearing; _unfetched)
        active = [u for u in a.active_urls if not _unfetched(a, u)]
        if not active or not all(u.trust is Trust.INSTALLER for u in active):
            return findings, None
        # settings in front of a known installer (DD_API_KEY=… DD_SITE=datadoghq.eu bash -c
        # "$(curl …install.datadoghq.com…)") are the ones its vendor documents: they hide no
        # stranger's download, unless they name a host of someone else's for it to use
        own_settings = _settings_own(a.raw, active)
        blocking = [
            f
            for f in findings
            if not self.by_id[f.rule_id].waivable
            and f.weight >= WEIGHTY
            and not (own_settings and DISGUISE_TAG in self.by_id[f.rule_id].tags)
        ]
        if blocking:
            return findings, None
        names = sorted({u.installer for u in active if u.installer})
        kept = [f for f in findings if not self.by_id[f.rule_id].waivable]
        rule = self.by_id[INSTALLER_RULE]
        kept.append(self._finding(rule, "signal", ", ".join(names)))
        return kept, names[0] if names else None

    def _waived_by_page(self, finding: Finding) -> bool:
        return self.by_id[finding.rule_id].waivable or finding.rule_id in OWNER_UNKNOWN_RULES

    def _tool_vendor_page(self, a: Analysis, page: str) -> bool:
        """The page is the remote-access tool's own vendor's (teamviewer.com for TeamViewer),
        and every download comes from that very domain: the vendor's own Linux instructions,
        not a scammer's page or a scammer's copy of the tool. A help desk's domain serving
        'anydesk.msi' is not a tool's name, so its own download stays a finding. The vendor's
        forge account of the same name counts as that domain (rustdesk.com's docs and
        github.com/rustdesk/rustdesk/releases), as a project's site and account do elsewhere
        (provenance.same_project): the page is the vendor's, and it names the account."""
        parsed = parse_url(page[:2048])
        domain = registrable_domain(parsed.host) if parsed and parsed.host else None
        rule = self.by_id.get(REMOTE_ACCESS_RULE)
        if not domain or rule is None or not rule.all or not a.active_urls:
            return False
        name = domain.split(".", 1)[0]
        if len(name) < 4 or not re.fullmatch(rule.all[0], name, re.IGNORECASE):
            return False
        return all(
            registrable_domain(u.url.host) == domain or _vendor_account(u, name)
            for u in a.active_urls
        )

    def _tool_named_repository(
        self, a: Analysis, findings: list[Finding], context: Context
    ) -> bool:
        """A remote-access tool's install line whose every download is a file of the forge
        repository named for the tool, copied from that repository's own page (its README, not
        its issues) or from the tool's own site (a domain named for it, as in _tool_vendor_page,
        whose account the repository is not under): a self-hosted tool's own instructions
        (github.com/<o>/tacticalrmm, docs.tacticalrmm.example and raw.githubusercontent.com/<o>/
        tacticalrmm/main/install.sh). No other remote-access tool is named in the text, and the
        page would vouch for everything else it does. A warning, never a block nor a clearing:
        the repository is no stranger to the page, but a repository's name is anyone's to pick
        (github.com/<anyone>/rustdesk), where the vendor's domain and its account of that name
        are the vendor's; the person is told it installs a remote-control program. Another
        tool's name anywhere in the text (…/main/<other>.sh, a switch, a second download)
        stays a block."""
        rule = self.by_id.get(REMOTE_ACCESS_RULE)
        page = context.source
        if (
            not page
            or context.target not in PROVENANCE_TARGETS
            or rule is None
            or not rule.all
            or not a.active_urls
            or not any(f.rule_id == REMOTE_ACCESS_RULE for f in findings)
        ):
            return False
        if not all(self._waived_by_page(f) for f in findings if f.rule_id != REMOTE_ACCESS_RULE):
            return False
        tool = rule.all[0]
        parsed = parse_url(page[:2048])
        if parsed is None or not parsed.host:
            return False
        owner = repository_page(parsed)
        if owner is not None:
            name = owner.repo.lower()
            if not all(own_repository_rest(page, u.url) is not None for u in a.active_urls):
                return False
        else:
            domain = registrable_domain(parsed.host) or ""
            name = domain.split(".", 1)[0]
            if not all(_tool_repository(u, name) for u in a.active_urls):
                return False
        if len(name) < 4 or not re.fullmatch(tool, name, re.IGNORECASE):
            return False
        # the repository's own name (its release files, the package it saves) is the page's;
        # any other tool's name is the text's
        named = re.compile(tool, re.IGNORECASE)
        return all(
            m.group(0).lower() == name for layer in a.layers for m in named.finditer(layer.text)
        )

    def _vouched_by_page(
        self, a: Analysis, findings: list[Finding], context: Context, plain_http: bool = False
    ) -> str:
        """Why the page the text was copied from vouches for every script it fetches, or "".

        Only in a terminal (or where the target is unknown or runs nothing), only for HTTPS
        downloads from the page's own project (provenance.py), only when every download is
        vouched for or an official installer, and never next to a lure trait or a finding
        that has nothing to do with downloading and running.

        `plain_http`: whether the page's own project would vouch for its plain http://
        downloads if they were HTTPS (the answer is then never a clearing: see
        _own_plain_http); "" when no download is plain HTTP.
        """
        if not context.source or context.target not in PROVENANCE_TARGETS:
            return ""
        if not any(self.by_id[f.rule_id].waivable for f in findings):
            return ""
        if self._page_reading(context.source, bars=True):
            return ""  # a fake check or fix page serving its own script vouches for nothing
        for f in findings:
            rule = self.by_id[f.rule_id]
            if self._page_names_words(a, f, context):
                continue  # the repository's own name (zsh4humans), which its page carries
            if f.rule_id == PERSISTS_RULE and _enables_downloaded_service(a, f):
                continue  # its own package's service (code-server@$USER), vouched for below
            if plain_http and f.rule_id == PLAIN_HTTP_RULE:
                continue
            if set(rule.tags) & LURE_TAGS:
                return ""
            if DISGUISE_TAG in rule.tags:
                continue  # the page's own installer's settings: kept, and weighed below
            if not self._waived_by_page(f) and f.weight >= WEIGHTY:
                return ""
        reasons = []
        for u in a.active_urls:
            if u.trust is Trust.INSTALLER:
                continue
            # https:// spelt out, or no scheme at all (`irm vendor.dev/install.ps1`, which the
            # vendor's own page wrote); never a plain http:// download
            written = u.written_https or not u.written_http
            if written:
                reason = self._same_project(a, context.source, u)
            elif plain_http:
                # the same address over HTTPS: who serves it is the same, only the wire is not
                secure = replace(u, url=replace(u.url, scheme="https"), written_http=False)
                reason = self._same_project_of(context.source, secure)
            else:
                reason = None
            if not reason:
                return ""
            reasons.append(reason)
        if plain_http and not any(u.written_http for u in a.active_urls):
            return ""
        # a share the text installs or copies from: the organisation's own (its intranet wiki
        # and \\deploy.<its domain>\apps), never an address, WebDAV or a stranger's computer
        for unc in a.unc_paths:
            if self.trust.is_never_trusted(unc.host):
                return ""
            reason = own_share(context.source, unc.host, unc.webdav)
            if not reason:
                return ""
            reasons.append(reason)
        return reasons[0] if reasons else ""

    def _own_plain_http(self, a: Analysis, findings: list[Finding], context: Context) -> bool:
        """A download the page's own project serves over plain http:// (a README's
        `curl http://install.<its domain>/x.sh | bash`): who wrote the page and who serves the
        script are the same, so it is no lure, but anyone on the network path can swap the
        script, so it is a warning (PG-PLAIN-HTTP-EXEC), never cleared and never blocked."""
        if context.target not in PROVENANCE_TARGETS or not any(
            u.written_http for u in a.active_urls
        ):
            return False
        return bool(self._vouched_by_page(a, findings, context, plain_http=True))

    def _page_names_words(self, a: Analysis, finding: Finding, context: Context) -> bool:
        """A fake check's words in a download address (PG-LURE-WORDS-IN-URL) that are only the
        name of the page's own repository: github.com/romkatv/zsh4humans fetching its own
        raw.githubusercontent.com/romkatv/zsh4humans/v5/install (human). The project named
        itself, and its page says so; a word anywhere else in the address (a branch, a file
        name, the host) is the address's own and stays a lure trait."""
        if finding.rule_id != URL_WORDS_RULE or not context.source:
            return False
        worded = [
            u
            for u in a.active_urls
            if u.trust is not Trust.INSTALLER
            and url_lure_word(u.url.host + u.url.path + "?" + u.url.query)
        ]
        for u in worded:
            rest = own_repository_rest(context.source, u.url)
            if rest is None:
                # the registry's page of the package that repository is (pypi.org/project/
                # openapi-spec-validator <-> github.com/python-openapi/openapi-spec-validator)
                rest = package_repository_rest(context.source, u.url)
            if rest is None or url_lure_word(u.url.host + rest + "?" + u.url.query):
                return False
        return bool(worded)

    def _page_disguise(self, content: Content, context: Context) -> str:
        """How the page that wrote a command dresses up as a check page or a company (a lure
        trait of the page, provenance.page_disguise); only beside something the text itself
        shows, and only where it is pasted into something that runs it."""
        # a way in handed over (a login key, a package source: handover.py) is an act of its
        # own even when the text alone is only information
        hands_over = any(HANDOVER_TAG in self.by_id[f.rule_id].tags for f in content.findings)
        # an act an admin's own notes do and no check page has reason to hand out (Gatekeeper
        # turned off, a udev rule fetched, the browser's debugging port on the real profile:
        # tag `check-page-act`): a note bare, the page's act from a page dressed up as a check
        page_act = any(PAGE_ACT_TAG in self.by_id[f.rule_id].tags for f in content.findings)
        runs = content.runs or "js" in content.analysis.tags or hands_over or page_act
        if context.target not in DISGUISE_TARGETS or not runs or content.installer:
            return ""
        # a stranger's repository cloned and started (PG-NIX-STRANGER-CLONE-BUILD) is a note
        # bare, since teams build from their own servers that way; from a check page it is
        # that page's act, as a way in handed over is
        builds = any(f.rule_id == STRANGER_BUILD_RULE for f in content.findings)
        if content.level < Level.SUSPICIOUS and not (hands_over or builds or page_act):
            return ""  # it sharpens what the text shows by itself; no evidence on its own
        how = self._page_reading(context.source, bars=False) or ""
        if how and self._quotes_named_product(content.analysis, context.source):
            return ""
        if not how:
            urls = [u.url for u in content.analysis.active_urls if u.trust is not Trust.INSTALLER]
            hosts = [u.host for u in urls]
            if hosts or hands_over:
                how = page_dressed_for_stranger(context.source, hosts) or ""
            if not how and urls and "remote-exec" in content.analysis.tags:
                # a product's page installing the product from a host that names nothing of it
                how = page_product_elsewhere(context.source, urls, content.analysis.raw) or ""
        return how

    def _quotes_named_product(self, a: Analysis, page: str | None) -> bool:
        """A download or help site's page named for a product (provenance.hub_product) whose
        every download comes from a domain named for that product (arcbrowser.app-downloads
        quoting releases.arc.net): a stranger quoting the vendor's installer, which is a
        warning, not the page dressed up as the vendor's to hand out someone else's script."""
        product = page_hub_product(page)
        urls = [u for u in a.active_urls if u.trust is not Trust.INSTALLER]
        if not product or not urls:
            return False
        for u in urls:
            # the product's own one-word name, whole or cut short (arc for arcbrowser); a name
            # joined with other words (arcbrowser-dl) is how look-alike hosts are made; on a
            # forge, the account or repository named for it (github.com/docker/compose)
            owner = forge_owner(u.url)
            if owner is not None and not owner.storage:
                named = [w for w in (owner.owner, owner.repo) if len(w) >= 3]
                if any(_bare_name(w).startswith(product) for w in named):
                    continue
                return False
            name = (registrable_domain(u.url.host) or "").split(".", 1)[0]
            if len(name) < 3 or not name.isalnum() or not product.startswith(name):
                return False
        return True

    def _same_trust(self) -> TrustList:
        """The trust list; what was kept of pages is forgotten when it is another one (policy,
        intel updates assign one)."""
        trust = self.trust
        if self._pages_of is not trust:
            self._pages.clear()
            self._projects.clear()
            self._pages_of = trust
        return trust

    def _page_reading(self, page: str | None, bars: bool) -> str | None:
        """page_bars_vouching (bars) or page_disguise of a page, worked out once per address."""
        trust = self._same_trust()
        read = page_bars_vouching if bars else page_disguise
        return _kept(
            self._pages,
            (bars, page),
            lambda: read(page, trust.imitation_of, trust.borrowed_names),
        )

    def _page_off_topic(self, content: Content, context: Context) -> str:
        """Why the page that wrote a download-and-run for a terminal is about something else
        (provenance.page_about_software), when the script is neither an official installer
        nor the page's own: a recipe or a match report has no reason to hand out a command that
        fetches and runs a stranger's script, so no developer reading of the text is left."""
        a = content.analysis
        if context.target is not PasteTarget.TERMINAL or content.installer:
            return ""
        if content.level < Level.SUSPICIOUS or "remote-exec" not in a.tags:
            return ""
        # the addresses it fetches (those a comment seems to hold when no other is seen: a
        # shell reads '#' inside a word as a plain character)
        urls = a.active_urls or a.urls
        # a file copied in from another computer (scp host:path, rsync) names no address a
        # page could own: the copy is the stranger's as much as a download from elsewhere
        copied = any(f.rule_id == COPY_IN_RULE for f in content.findings)
        if not is_web_source(context.source) or not (urls or copied):
            return ""
        page = context.source or ""
        # (a page that names the repository it installs from is about that project: a forum
        # thread on `autoyes_tool` handing out github.com/<owner>/claude-code-autoyes)
        if urls and not any(
            u.trust is not Trust.INSTALLER
            and not self._same_project(a, page, u)
            and not page_names_repository(page, u.url)
            for u in urls
        ):
            return ""
        if page_about_software(page) is not False:
            return ""
        return f"{shown(page[:120])} says nothing of software, and its script comes from elsewhere"

    def _page_shared_chat(self, content: Content, context: Context) -> str:
        """Why the page that wrote a download-and-run for a terminal is a shared AI-chat
        conversation (chatshare.py), when some script it fetches is neither an official
        installer nor the page's own: whoever shared the conversation chose what it says, as
        whoever posts in an issue thread does, so it vouches for nothing."""
        a = content.analysis
        if context.target is not PasteTarget.TERMINAL or content.installer:
            return ""
        if content.level < Level.SUSPICIOUS or "remote-exec" not in a.tags:
            return ""
        page = context.source or ""
        urls = a.active_urls or a.urls
        if not is_web_source(page) or not urls:
            return ""
        if not any(
            u.trust is not Trust.INSTALLER and not self._same_project(a, page, u) for u in urls
        ):
            return ""
        return shared_chat(page)

    def _page_job_task(self, content: Content, context: Context) -> tuple[str, str]:
        """(rule, why) when a web page that is not the repository's own wrote a clone-and-run
        for a terminal, or ("", ""):

        - the page is a job task's (a posting, an interview, an assignment: jobtask.py): fake
          recruiters hand out a repository whose build or start runs their program, from any
          host, a forge's too (PG-PAGE-JOB-TASK, a lure trait);
        - the repository is on a server that is no public forge (PG-NIX-STRANGER-CLONE-BUILD, a
          note bare: a team builds from its own server the same way): a stranger's page handing
          it out is a warning (PG-PAGE-STRANGER-BUILD)."""
        if context.target is not PasteTarget.TERMINAL or not is_web_source(context.source):
            return "", ""
        a = content.analysis
        source = context.source or ""
        # no clone-and-run in the text (most texts): the page's address is not read at all
        clones = a.memo.get(CLONES_AND_RUNS)
        if clones is None:
            clones = a.memo[CLONES_AND_RUNS] = clones_and_runs(a.raw)
        if not clones:
            return "", ""
        stranger = any(f.rule_id == STRANGER_BUILD_RULE for f in content.findings)
        word = job_task_page(source)
        if not (stranger or word):
            return "", ""
        if a.active_urls and all(self._same_project(a, source, u) for u in a.active_urls):
            return "", ""  # the repository's own page (github.com/o/coding-interview-university)
        page = shown(source[:120])
        if word:
            why = (
                f"{page} is a job task's page ('{word}') handing out a repository to build and run"
            )
            return PAGE_JOB_TASK_RULE, why
        return PAGE_STRANGER_BUILD_RULE, f"{page} hands out a build of code from an unknown server"

    def _own_indexes(self, a: Analysis, page: str) -> str:
        """Why the page owns every package index the text only sets (GOPROXY, PIP_INDEX_URL:
        named by no download), asked as a download of it would be (provenance.same_project):
        the company's wiki on its wiki vendor's site (acme.atlassian.net) setting the
        company's own proxy (goproxy.acme.example), as `npm config set registry` with the
        address as a download already is. Never on a page barred from vouching, never past
        the two indexes read, never when one index is not vouched for."""
        if self._page_reading(page, bars=True):
            return ""
        hosts = list(dict.fromkeys(foreign_index_hosts(a.raw)))
        if not hosts or len(hosts) > 2:
            return ""
        reasons = []
        for host in hosts:
            found = next((u for u in a.urls if u.url.host.lower() == host), None)
            reason = self._same_project_of(page, found) if found is not None else None
            if not reason:
                return ""
            reasons.append(reason)
        return reasons[0]

    def _page_hands_over(self, content: Content, context: Context) -> tuple[str, str]:
        """(why the page hands over, why the page owns it): a terminal paste from a web page
        that lets someone in without a download piped into a shell (a login key, a hosts
        entry, a container given this computer: findings tagged `handover`). A company's own
        page names its own domain in what it hands over (the key's comment, the hosts entry's
        name, the key's or index's address) or is on the company's own network: then it is
        the owner's, and cleared; any other page hands over a stranger's way in."""
        if context.target is not PasteTarget.TERMINAL or not is_web_source(context.source):
            return "", ""
        a = content.analysis
        acts = [f for f in content.findings if HANDOVER_TAG in self.by_id[f.rule_id].tags]
        if not acts:
            return "", ""
        page = context.source or ""
        # a check page or an imitation owns nothing; what the text downloads must be the
        # page's own too (or an official installer)
        owner = "" if self._page_reading(page, bars=True) else handover_owner(a.raw, page)
        # (a public index beside the company's own, GOPROXY=https://goproxy.acme.example,
        # https://proxy.golang.org,direct, is no download of the page's to vouch for)
        indexes_only = all(f.rule_id == INDEX_RULE for f in acts)
        reasons = [
            self._same_project(a, page, u) if u.trust is not Trust.INSTALLER else "official"
            for u in a.active_urls
            if not forge_keys_address(u.url.host, u.url.path)  # whose keys: handover_owner
            and not (indexes_only and public_index(u.url.host))
        ]
        if not all(reasons):
            owner = ""
        elif not owner and reasons and not self._page_reading(page, bars=True):
            owner = reasons[0] or ""
        elif not owner and not reasons and indexes_only:
            owner = self._own_indexes(a, page)
        if owner:
            return "", owner
        act = acts[0].title.lower()
        return f"{shown(page[:120])} hands over this ({act}) naming nothing of its own", ""

    def _page_share_program(self, content: Content, context: Context) -> tuple[str, bool]:
        """(why, whether it blocks): a web page that writes the path of a program, script or
        shortcut on another computer's share into the Run box or the address bar, where
        opening it runs it (runbox.share_program). The page's own (a page on the local network,
        or a dotted share under the page's own domain) is left alone; from a page dressed up as
        a check or a company it blocks. PG-PAGE-SHARE-PROGRAM in 53-g20-lures.yaml."""
        if context.target not in RUN_BOXES or not is_web_source(context.source):
            return "", False
        found = share_program(content.analysis.raw)
        page = parse_url((context.source or "")[:2048])
        if found is None or page is None or not page.host:
            return "", False
        host, webdav = found
        if on_local_network(page.host) or on_private_network(page):
            return "", False  # the organisation's own intranet page
        domain = registrable_domain(page.host)
        if not webdav and "." in host and domain and registrable_domain(host) == domain:
            return "", False  # \\deploy.contoso.com\apps from wiki.contoso.com
        share_host = parse_url(f"https://{host}/")
        if not webdav and share_host and self.trust.publisher_vouches(page, share_host):
            return "", False  # \\live.sysinternals.com\tools from Microsoft Learn
        # an intranet on a public name (wiki.corp-intranet.example) hands out \\\\deploy01's
        # setup.exe in the same words: only a page dressed up as a check or a company is read
        disguised = self._page_reading(context.source, bars=True) or self._page_reading(
            context.source, bars=False
        )
        if not disguised:
            return "", False
        return (
            f"{defang_host(page.host)} hands you a program on \\\\{defang_host(host)} to open",
            True,
        )

    def _own_https_domain(self, source: str) -> str:
        """The registrable domain of an https page by name that is no shared host's tenant (a
        plain-http page is anyone's on the way; an address names no organisation); "" else."""
        page = parse_url(source[:2048])
        if page is None or not page.host or page.ip or not source.lower().startswith("https://"):
            return ""
        if page.host in self.trust.shared_hosts:
            return ""
        return registrable_domain(page.host) or ""

    def _own_domain_shares(self, a: Analysis, source: str) -> bool:
        """Every share of the text is a server by a dotted name on the registrable domain of
        the page it comes from (never WebDAV, never an address), no web address, the text read
        to its end and none of it handed to a shell as text (lanshares.lan_shares_only's
        terms); the page is no shared host's tenant and not dressed up as a check or a
        company."""
        if a.urls or not a.complete or not 0 < len(a.unc_paths) < MAX_LAN_SHARES:
            return False
        domain = self._own_https_domain(source)
        if not domain:
            return False
        for share in a.unc_paths:
            host = share.host.lower()
            if share.webdav or "." not in host or _DOTTED_QUAD.fullmatch(host):
                return False
            if registrable_domain(host) != domain:
                return False
        if text_to_shell(a.raw):
            return False  # a share's text handed to a shell to run
        return not self._page_reading(source, bars=True)

    def _own_proxy(self, a: Analysis, source: str) -> bool:
        """Every proxy the text sets by name is on the registrable domain of the page it comes
        from (not a shared host's tenant, not a page dressed up as a check or a company): the
        organisation's own wiki setting its own proxy (redirects.stranger_proxies)."""
        domain = self._own_https_domain(source)
        if not domain:
            return False
        proxies = redirects.stranger_proxies(layer.text for layer in a.layers)
        if not proxies or any(registrable_domain(h) != domain for h in proxies):
            return False
        return not self._page_reading(source, bars=True)

    def _page_runs_code(self, content: Content, context: Context) -> tuple[str, str, bool]:
        """(rule, why, whether it blocks): a page that hands over what runs someone's code with
        no download in the text (pagelinks.py). A package runner for a terminal from a page
        dressed up as a check or a company, or one offering a fix with another's package,
        blocks. A program's link for the address bar (App Installer, Shortcuts) to a file the
        page does not own: from a disguised page, or an App Installer package, it blocks; a
        Shortcuts file is warned about. 54-g21-lures.yaml."""
        source = context.source
        if not is_web_source(source) or content.analysis.raw.count("\n") > 8:
            return "", "", False
        raw = content.analysis.raw
        # the page's address is read only for a text that hands over a runner or a link
        # (few do): either way a page with no host ends it as nothing found
        if context.target in (PasteTarget.TERMINAL, PasteTarget.UNKNOWN):
            runner = package_runner(raw)
            if runner is None:
                return "", "", False
            page = parse_url((source or "")[:2048])
            if page is None or not page.host:
                return "", "", False
            name, spec, host = runner
            if registrable_domain(page.host) in REGISTRY_SITES:
                return "", "", False  # the registry's own page of the package
            why = (
                self._page_reading(source, bars=True)
                or self._page_reading(source, bars=False)
                or (
                    None
                    if host in PUBLIC_REGISTRIES or names_package(page.host + page.path, spec)
                    else page_dressed_for_stranger(source, [host])
                )
            )
            if not why:
                return "", "", False
            return (
                PAGE_PACKAGE_RUNNER_RULE,
                f"{why}; it hands you `{name} {shown(spec[:60])}` to run",
                True,
            )
        if context.target is not PasteTarget.OTHER:
            return "", "", False
        link = handler_link(raw)
        if link is None or not any(f.rule_id in HANDLER_LINK_RULES for f in content.findings):
            # (the link rules leave the scheme owners' own hosts alone: Microsoft's App
            # Installer links, iCloud's shortcuts)
            return "", "", False
        page = parse_url((source or "")[:2048])
        if page is None or not page.host:
            return "", "", False
        program, address, host = link
        disguised = self._page_reading(source, bars=True) or self._page_reading(source, bars=False)
        target = parse_url(address)
        owned = (
            target is not None
            and not disguised
            and same_project(source, target, False, host in self.trust.shared_hosts)
        )
        if owned:
            return "", "", False
        why = disguised or f"{defang_host(page.host)} does not own {defang_host(host)}"
        return (
            PAGE_HANDLER_LINK_RULE,
            f"{why}; it hands you a {program} link to a file on {defang_host(host)}",
            bool(disguised) or program == "App Installer",
        )

    def _site_own_console(self, a: Analysis, findings: list[Finding], context: Context) -> bool:
        """A console snippet whose every finding of weight is one the site's own developer docs
        may hand out (rules tagged `site-own`: an account setting or a wallet network written
        in), copied from those docs, whose every address is the docs' own site."""
        if context.target is not PasteTarget.BROWSER_CONSOLE or not is_web_source(context.source):
            return False
        if not any(SITE_OWN_TAG in self.by_id[f.rule_id].tags for f in findings):
            return False
        if any(
            SITE_OWN_TAG not in self.by_id[f.rule_id].tags and f.weight >= WEIGHTY for f in findings
        ):
            return False
        return bool(site_own_addresses(context.source or "", [u.url for u in a.urls]))

    def _library_in_console(self, a: Analysis, findings: list[Finding], context: Context) -> bool:
        """A snippet that only loads a script into the page (PG-JS-REMOTE-SCRIPT, -IMPORT-
        REMOTE) whose every address is a file of a well-known library's CDN (trust.yaml
        `library_cdns`: code.jquery.com, cdnjs's /ajax/libs/, Google's and Microsoft's hosted
        libraries): developers' answers load jQuery or d3 into any page to try something, and
        a released library does nothing by being loaded. Anything else of weight in the text
        (a lure's words, a page dressed up as a brand, what is done with the library, a
        stranger's address beside it), a fake check or fix page or a page whose address is
        about something other than software (a bonus, a claim), the Run box, or any address
        off those CDNs (npm's and forges' CDNs serve anyone's package) keeps its reading."""
        if context.target in RUN_BOXES or not a.urls:
            return False
        if not any(f.rule_id in LIBRARY_RULES for f in findings):
            return False
        if any(f.rule_id not in LIBRARY_RULES and f.weight >= WEIGHTY for f in findings):
            return False
        if context.source and (
            self._page_reading(context.source, bars=True)
            or page_about_software(context.source) is False
        ):
            return False  # a check, claim or bonus page: its reasons are not a developer's
        return all(self.trust.library_file(u.url) for u in a.urls)

    def _owned_handover(self, findings: list[Finding], owner: str) -> bool:
        """The page owns what it hands over, and nothing else of weight is in the text: an
        admin's own key or hosts entry from the company's own docs."""
        if not owner:
            return False
        for f in findings:
            tags = set(self.by_id[f.rule_id].tags)
            if tags & STRANGER_TRAIT_TAGS:
                return False
            if (
                HANDOVER_TAG not in tags
                and not self.by_id[f.rule_id].waivable
                and f.weight >= WEIGHTY
            ):
                return False
        return True

    def _evidence_score(self, findings: list[Finding]) -> int:
        """content_score of what the text shows. A text that could not be read to its end is
        at least `suspicious` (its floor is set where its level is), but the part not read is
        no evidence: it never adds weight towards `malicious` (a 1 MiB manifest cut short at a
        certificate it had no time to look into is a warning, not a block)."""
        return content_score([f for f in findings if f.rule_id != INCOMPLETE_RULE], self._groups)

    def _defanged_write_up(self, content: Content, context: Context) -> bool:
        """Sentences quoting a command in backticks whose every address is defanged, pasted
        where nothing runs or where the guard does not know: a report about a lure
        (`powershell -w h … hxxps://bad[.]example`), not the lure, which needs a live address
        to do anything. What the quoted command would do is still named (info); its disguise
        is the lure's, not the report's. A terminal, the Run box and the console still weigh
        it as usual: there the words would run. So do sentences that name the command as
        words, every line of them (PG-INFO-PROSE-MENTION: a blog's paragraph, "launches mshta
        to fetch hxxps://cdn[.]example/x"), with every address defanged. A sample set apart
        as reports set it (a fenced or indented code block, a command in double quotes) is
        quoted as backticks quote it: with its addresses defanged it fetches nothing. So is
        one an analyst's record holds (records.py)."""
        if context.target not in WRITE_UP_TARGETS or not content.inert:
            return False
        if any(f.rule_id == PROSE_RULE for f in content.findings):
            return True
        if is_sample_write_up(content.analysis.raw):
            return True
        # ...or sentences quoting it in their own words, after a colon, with its pipe, in a
        # lower-case chat line or among CJK sentences (prose.reads_as_report)
        if reads_as_report(content.analysis.raw):
            return True
        # an analyst's record (an alert's JSON, a timeline table, `Process: …` fields) quotes
        # the command as a value, a string or a cell (records.py), unless a layer read or
        # decoded from it holds a live copy of a defanged address
        return is_record(content.analysis.raw) and not any(
            live_address(layer.text) for layer in content.analysis.layers
        )

    @staticmethod
    def _local_shares_only(a: Analysis) -> bool:
        """No address anywhere, and every share on a computer of the local network by name
        (never an IP address in any spelling, never WebDAV's host@SSL)."""
        return (
            not a.urls
            and a.complete
            and bool(a.unc_paths)
            and all(on_local_network(p.host) and not p.webdav for p in a.unc_paths)
        )

    def _addressless_write_up(self, content: Content, context: Context) -> bool:
        """Sentences naming a technique by its command in backticks (`conhost.exe --headless`,
        `mshta`), with no address, share or host anywhere in the text or what it decodes to,
        pasted where nothing runs or where the guard does not know: a write-up that mentions
        the command, as a sentence does (_dampen_prose). With nothing to fetch, the quoted
        words reach nothing outside this computer; a terminal, the Run box and the console
        still weigh them as usual (a shell runs what backticks hold), and the same paste is
        judged again there. Its words that are a lure's (paste instructions, a fake check) keep
        their weight. Sentences alone (a list of living-off-the-land binaries in a report:
        PG-INFO-PROSE-MENTION) are such a write-up too, and a share by a name only the local
        network resolves (`\\\\host@SSL\\DavWWWRoot`, as reports write the shape) reaches no
        stranger's server either."""
        if context.target not in WRITE_UP_TARGETS or content.inert:
            return False
        a = content.analysis
        if a.urls or not a.complete:
            return False
        if a.unc_paths and not all(on_local_network(p.host) for p in a.unc_paths):
            return False
        if any(f.rule_id == PROSE_RULE for f in content.findings):
            return True
        if a.unc_paths:
            return False
        # ...and one that quotes a command as reports set a sample apart (in double quotes or
        # parentheses after a word) with its payload elided ("(often powershell -w hidden ... |
        # iex or mshta https://...)"): an ellipsis runs and fetches nothing; or with the host
        # it names written defanged (`"finger x@185.xxx.xxx[.]10 | cmd"`: finger reaches no
        # one at such a name); and an analyst's record (`- Child: conhost.exe --headless
        # powershell.exe`, records.py), whose lines start no program
        if is_write_up(a.raw) or is_record(a.raw):
            return True
        return (elided_sample(a.raw) or defanged_host(a.raw)) and is_sample_write_up(a.raw)

    def _dampened(
        self,
        findings: list[Finding],
        note: str = PROSE_RULE,
        why: str = "every line reads as a sentence",
    ) -> list[Finding]:
        """The command findings scaled down as a sentence's (PROSE_FACTOR), with the note."""
        out = [
            f
            if "text" in self.by_id[f.rule_id].tags
            else replace(f, weight=int(f.weight * PROSE_FACTOR))
            for f in findings
        ]
        if not any(f.rule_id == note for f in findings):
            out.append(self._finding(self.by_id[note], "signal", why))
        return out

    def _quoted_live(self, findings: list[Finding], content: Content) -> list[Finding]:
        """What a defanged write-up quotes, weighed as a sentence quotes a command with no
        address (_addressless_write_up): a hidden window (`conhost --headless powershell …
        irm hxxps://…[.]top/r | iex`) starts a program that can fetch nothing. Not when the
        text holds a lure's own words (a paste instruction, a fake check) beside it: that is
        the lure's page quoted with its ask, and its command keeps its weight; nor for a text
        already read as sentences (its findings are scaled down once)."""
        if not content.inert or any(f.rule_id == PROSE_RULE for f in findings):
            return findings
        if any(
            "text" in self.by_id[f.rule_id].tags and f.rule_id != DEFANGED_RULE for f in findings
        ):
            return findings
        return self._dampened(findings)

    def _live_score(self, findings: list[Finding], content: Content) -> int:
        """The score of what a defanged text shows without its addresses: the findings that
        need a live address (`content.inert`) and the defanged note itself left out."""
        return self._evidence_score(
            [f for f in findings if f.rule_id not in content.inert and f.rule_id != DEFANGED_RULE]
        )

    def _example_sign_in(self, content: Content, context: Context) -> bool:
        """A sign-in redirect copied from a documentation page into a place that runs nothing
        (an editor): an example of the flow, not someone's sign-in. ConsentFix hands over the
        code a person's own browser shows in its address bar after signing in, pasted into
        the lure's page; a page that writes a code itself gives nothing away. Copied with no
        page, from the loopback address itself, from a page not about software or dressed up
        as a check page, it stays what it is."""
        if self._sign_in_guide(content, context) or self._code_to_own_app(content, context):
            return True
        if content.kind != "oauth-code" or context.target is not PasteTarget.OTHER:
            return False
        page = context.source or ""
        if not is_web_source(page):
            return False
        parsed = parse_url(page[:2048])
        if parsed is None or not parsed.host or parsed.scheme != "https" or parsed.ip:
            return False
        if parsed.host == "localhost" or parsed.host.endswith(".localhost"):
            return False
        # a sign-in service's own page shows the person's real code (an out-of-band or
        # native-client flow), and a page whose address carries a code is that sign-in's
        labels = set(parsed.host.split(".")[:-1])
        if labels & SIGN_IN_LABELS or "code=" in parsed.query.lower():
            return False
        if self._page_reading(page, bars=True):
            return False
        return page_about_software(page) is True

    def _code_to_own_app(self, content: Content, context: Context) -> bool:
        """`curl -i 'http://localhost:8080/callback?code=…'` pasted into a terminal: a developer
        calling their own app's sign-in callback. ConsentFix harms by a page receiving the
        code; here the one command fetches the loopback address, so the code goes back to
        this computer and to no page. One line, a program that only fetches (curl, wget,
        Invoke-WebRequest), every address this computer's, no second command or redirection,
        nothing found but the code and the fetch. Anywhere else (the page's box, where the
        guard does not know) the code is what ConsentFix wants."""
        if content.kind != "oauth-code" or context.target is not PasteTarget.TERMINAL:
            return False
        a = content.analysis
        line = a.raw.strip()
        if not line or len(line) > 2048 or "\n" in line or any(c in line for c in "|;<>`$"):
            return False
        if "&&" in line or " & " in line or line.endswith("&"):
            return False
        if program_name(line.split(None, 1)[0].strip("\"'")) not in LOCAL_FETCHERS:
            return False
        if not a.urls or a.unc_paths or not all(is_loopback(u.url.host) for u in a.urls):
            return False
        return all(
            CONSENTFIX_TAG in self.by_id[f.rule_id].tags or "download" in self.by_id[f.rule_id].tags
            for f in content.findings
        )

    def _sign_in_guide(self, content: Content, context: Context) -> bool:
        """A sign-in redirect, code and all, copied alone from a sign-in service's own developer
        guide (trust.yaml `sign_in_docs`: Google's OAuth guide, Microsoft's identity platform,
        the RFCs): the guide's example of the flow. ConsentFix
        harms by the code a person's own browser shows after they sign in; a code a guide
        wrote is nobody's, and no lure page is one of these pages. Pasted anywhere the guard
        reads the page (a terminal, an editor, where it does not know); the same address from
        any other page, or with no page, stays what it is."""
        if content.kind != "oauth-code" or context.target not in PROVENANCE_TARGETS:
            return False
        page = context.source or ""
        if not is_web_source(page):
            return False
        if len(content.analysis.raw.split()) != 1:
            # the address alone, as a guide's code block shows it: words around it asking for
            # it back are a lure's, whatever page they claim to come from
            return False
        parsed = parse_url(page[:2048])
        if parsed is None or not self.trust.documents_sign_in(parsed):
            return False
        return all(
            CONSENTFIX_TAG in self.by_id[f.rule_id].tags or f.weight <= 0 for f in content.findings
        )

    def _stranger_lure(self, a: Analysis, findings: list[Finding], context: Context) -> bool:
        """A lure trait, and a download that is neither official nor from the page's owner
        (being cut short is no trait: see _evidence_score)."""
        if not context.source or not any(
            set(self.by_id[f.rule_id].tags) & STRANGER_TRAIT_TAGS
            for f in findings
            if f.rule_id != INCOMPLETE_RULE
        ):
            return False
        return not a.active_urls or any(
            u.trust is not Trust.INSTALLER and not self._same_project(a, context.source, u)
            for u in a.active_urls
        )

    def _short_link_blocks(self, a: Analysis, findings: list[Finding], context: Context) -> bool:
        """Whether only a short link makes this terminal paste from a page about software a
        block: a tutorial, a question or a forum quoting a project's installer through a short
        link (`curl -L bit.ly/widgetctl | bash`). The link hides where the script comes from, so
        it is a warning; it is no lure trait, and without one nothing else says lure (the
        project's own page vouches for its own link: provenance.own_short_link)."""
        if context.target is not PasteTarget.TERMINAL:
            return False
        never = [u for u in a.active_urls if u.trust is Trust.NEVER]
        if not never or any(u.url.host not in self.trust.shorteners for u in never):
            return False
        if page_about_software(context.source) is not True:
            return False
        if comment_thread(context.source):
            # an issue, a pull request or a discussion is where anyone writes: a "fix" posted
            # there through a short link is how such threads are spammed with malware
            return False
        rest = [f for f in findings if f.rule_id != NEVER_TRUSTED_RULE]
        return self._evidence_score(rest) < MALICIOUS_AT

    def _known_name(self, name: str) -> bool:
        """A known publisher's name (its domain's or its forge account's)."""
        brands = self.trust.vendors.brands
        return name.lower() in brands or _bare_name(name) in brands

    def _own_enrolment(self, raw: str, context: Context) -> str:
        """Why a Run-box paste is the page's own organisation's enrolment link
        (runbox.enrolment_domains): an https page by name, neither barred from vouching nor
        dressed as someone else, that owns the username's domain as it would own a download
        from it (provenance.same_project: its own domain, or the company's tenant of its wiki
        or office vendor named after it), and an enrolment server, when one is named, on that
        same domain. Then it is an address, as `ms-settings:workplace` is; from a stranger's
        page, typed, or with anything else in it, it stays a command."""
        if context.target not in RUN_BOXES or not context.source:
            return ""
        domains = enrolment_domains(raw)
        if domains is None:
            return ""
        user, server = domains
        domain = registrable_domain(user)
        if not domain or (server and registrable_domain(server) != domain):
            return ""
        page = context.source
        if not page.lower().startswith("https://"):
            return ""  # (a plain-http page is anyone's on the way)
        if self._page_reading(page, bars=True) or self._page_reading(page, bars=False):
            return ""
        url = parse_url(f"https://{server or 'enterpriseenrollment.' + domain}/")
        if url is None:
            return ""
        return same_project(page, url, False, False, known=self._known_name) or ""

    def _official_for_run_box(self, installer: str | None, vouched: str, context: Context) -> bool:
        """Whether a page's Run-box paste only runs a vendor's official installer (the trust
        list's), from a page about software that is no fake check or fix page: a warning
        there, as typed, not a block (scoring.apply_context). A check page's command is its
        lure's whatever it runs, and a page's own vouching alone (its own script) is no
        official installer."""
        if not installer or vouched or context.target not in RUN_BOXES:
            return False
        if not context.source:
            return True
        # a page about something else (a film, a recipe) has no reason to hand out an
        # installer for the Run box: what it hands out there is its lure's
        if page_about_software(context.source) is False:
            return False
        return not self._page_reading(context.source, bars=True)

    def _claimed_name(self, name: str) -> bool:
        """A known publisher's name, or one that fake check, update and download pages borrow
        (trust.yaml borrowed_names: chatgpt, zoom): no stranger's bucket or site may use it."""
        return self._known_name(name) or name.lower() in self.trust.borrowed_names

    def _same_project(self, a: Analysis, page: str, u: FetchedURL) -> str | None:
        """provenance.same_project for a download of this reading, asked once per page (the
        page's vouching and the stranger-lure check both ask, for every paste target)."""
        key = ("same-project", page, id(u))
        if key not in a.memo:
            installs = argument_repository(u.url, a.raw[:MAX_ARGUMENT_TEXT])
            if installs is not None:
                # an installer script told which repository's release to install: that
                # repository's, as if the release were fetched from it (provenance)
                why = same_project(page, installs, False, True, known=self._known_name)
                where = installs.path.strip("/")
                a.memo[key] = (
                    f"{u.url.host} installs the release of {where}: {why}" if why else None
                )
            else:
                a.memo[key] = self._same_project_of(page, u)
        reason: str | None = a.memo[key]
        return reason

    def _same_project_of(self, page: str, u: FetchedURL) -> str | None:
        """same_project by page and address (every field of the address but where it stood in
        its text), kept across texts as the pages' readings are (_page_reading)."""
        self._same_trust()
        url = u.url
        never, shared = u.trust is Trust.NEVER, url.host in self.trust.shared_hosts
        fields = (url.raw, url.scheme, url.host, url.path, url.query, url.userinfo)
        flags = (url.ip, url.obfuscated_ip, url.defanged, url.backslashes, never, shared)
        return _kept(
            self._projects,
            (page, fields, flags),
            lambda: (
                same_project(page, url, never, shared, known=self._known_name)
                or (self._same_site(page, url) if never else None)
                or self._vouched_otherwise(page, url, never)
            ),
        )

    def _same_site(self, page: str, url: ParsedURL) -> str | None:
        """A never-trusted host the page vouches for all the same: its own tenant site
        (provenance.same_tenant_site) or its own short link (provenance.own_short_link)."""
        trust = self.trust
        tenant = same_tenant_site(page, url, trust.tenant_sites, known=self._known_name)
        if tenant and (
            self._page_reading(page, bars=False) or tenant_dressed_as_fix(page, trust.tenant_sites)
        ):
            # a tenant's site named after a company that scam pages borrow (zoom-desktop.pages.dev,
            # apple-mac-cleaner.vercel.app) or like a fake fix (mac-fix.pages.dev): a name costs
            # nothing there, and fake app downloads take exactly these; it vouches for nothing
            tenant = None
        return tenant or own_short_link(page, url, trust.shorteners, known=self._known_name)

    def _vouched_otherwise(self, page: str, url: ParsedURL, never: bool) -> str | None:
        """A publisher's documentation naming the hosts it serves from (the trust list's
        `publishers`), or a product's own site naming its bucket or download folder
        (provenance.named_storage); never from a page on a host where anyone publishes."""
        parsed = parse_url(page[:2048]) if page else None
        if parsed is None or not parsed.host or self.trust.is_never_trusted(parsed.host):
            return None
        how = self.trust.publisher_vouches(parsed, url) or forge_short_link(
            page, url, self.trust.forge_shorteners
        )
        if how:
            return how
        if never and storage_name(url) is None:
            return None  # paste sites, tunnels and chat CDNs name no one's storage
        return named_storage(page, url, known=self._claimed_name)

    def _dampen_prose(self, a: Analysis, findings: list[Finding]) -> list[Finding]:
        """Sentences that quote commands do not run them, nor does a hunting query or a
        detection rule that names them as strings to match: scale command findings down."""
        command_findings = [f for f in findings if "text" not in self.by_id[f.rule_id].tags]
        if not command_findings:
            return findings
        if is_prose(a.deep):
            return self._dampened(findings)
        if is_detection_content(a.raw):
            return self._dampened(findings, QUERY_RULE, "every line belongs to a query or a rule")
        return findings

    def _context_finding(self, context: Context) -> Finding:
        """Why the context alone raised the level, so that every warning has a reason."""
        rule_id = CONTEXT_RULES.get(context.target, CONTEXT_RULES[PasteTarget.UNKNOWN])
        target = context.target.value.replace("_", " ")
        where = shown(context.source or "an unknown source")
        return self._finding(self.by_id[rule_id], "context", f"from {where} into {target}")

    def _strongest_per_group(self, findings: list[Finding]) -> list[Finding]:
        """Only the strongest finding of each group is shown (and counted); others repeat it."""
        seen: set[str] = set()
        kept = []
        for f in findings:  # already strongest first (_strength)
            group = self._groups.get(f.rule_id, "")
            if group and group in seen:
                continue
            seen.add(group)
            kept.append(f)
        return kept

    def _indicators(self, a: Analysis, kind: str) -> list[Indicator]:
        out: list[Indicator] = []
        for u in a.urls:
            out.append(Indicator("url", u.url.full, defang(u.url.full)))
        for host in dict.fromkeys(u.url.host for u in a.urls):
            out.append(
                Indicator(
                    "ip" if any(x.url.host == host and x.url.ip for x in a.urls) else "domain",
                    host,
                    defang_host(host),
                )
            )
        for p in a.unc_paths:
            value = f"\\\\{p.host}\\{p.share}"
            out.append(Indicator("unc", value, defang(value)))
        if kind not in HARM_IN_THE_TEXT:  # the words of a scam text are not programs
            for program in sorted(a.programs)[:32]:
                out.append(Indicator("program", program, program))
        for phone in a.phones:
            out.append(Indicator("phone", phone, phone))
        return out

    def _content_indicators(self, content: Content) -> list[Indicator]:
        """The reading's indicators, listed once for all its verdicts, when first read."""
        if content.indicators is None:
            try:
                content.indicators = self._indicators(content.analysis, content.kind)
            except Exception:
                if self._strict:
                    raise
                log.exception("listing the indicators failed")
                content.indicators = []
        return list(content.indicators)

    def _phones(self, a: Analysis, findings: list[Finding]) -> list[str]:
        """The numbers a scam text wants called: its scam rule's first pattern is the number."""
        for f in findings:
            rule = self.by_id[f.rule_id]
            if "scam-call" in rule.tags and rule.all:
                pattern = self.rules.pattern(rule.all[0])
                for layer in (a.normalized, a.raw):
                    found = [m.group(0).strip() for m in pattern.finditer(layer[:DEEP_CAP])]
                    if found:
                        return list(dict.fromkeys(found))[:MAX_PHONES]
        return []

    def _examine(self, text: str | bytes, started: float) -> Content:
        if isinstance(text, bytes | bytearray):
            text = bytes(text[: MAX_INPUT * 4]).decode("utf-8", errors="replace")
        elif not isinstance(text, str):
            raise TypeError(f"expected text, got {type(text).__name__}")
        truncated = len(text) > MAX_INPUT
        if truncated:
            text = text[:MAX_INPUT]
        raw_bytes: bytes | None = None
        if not text.isascii():
            try:
                raw_bytes = text.encode("utf-8")  # kept: the raw layer's RE2 scan reuses it
            except UnicodeEncodeError:
                # lone surrogates cannot be encoded for RE2; they are not valid text anyway
                text = text.encode("utf-8", "replace").decode("utf-8")
        a = Analysis(raw=text, context=Context(), trust=self.trust, raw_bytes=raw_bytes)
        if truncated:
            a.complete = False
            a.incomplete_reason = f"the text is longer than {MAX_INPUT // 1024} KiB"
        if not self.interpreters:  # the fallback's reading: say why it is incomplete
            a.complete = False
            a.incomplete_reason = WITHOUT_INTERPRETERS
        if not text.strip() and not truncated:
            a.layers = [Layer("raw", text, 0)]
            return Content(a, empty=True)
        self._build_layers(a, started)
        findings = self._match_patterns(a, started)
        self._read_structure(a)
        findings.extend(self._signals(a, findings))
        findings = self._redirect_settings(a, findings)
        findings = self._lan_shares(a, findings)
        findings = self._own_help_desk(a, findings)
        findings = self._references_only(a, findings)
        findings = self._advance_notice(a, findings)
        findings = self._asked_about(a, findings)
        findings = self._with_requirements(findings)
        findings, inert = self._defanged(a, findings)
        findings = self._encoded_reads_only(a, findings)
        findings, installer = self._waive_installers(a, findings)
        findings = self._dampen_prose(a, findings)
        findings.sort(key=self._strength)
        score = self._evidence_score(findings)
        findings = self._strongest_per_group(findings)
        level = level_for(score, bool(findings))
        if not a.complete:
            level = max(level, Level.SUSPICIOUS)
            score = max(score, SUSPICIOUS_AT)
        runs = command_like(a)
        kind = content_kind(findings, self.by_id, runs, "js" in a.tags)
        if kind == "scam-text":
            a.phones = self._phones(a, findings)
        content = Content(a, findings, score, level, installer, runs, kind, inert=inert)
        content.shells = lambda: self._shells(a)
        content.beyond = lambda: run_box_shape(a.raw) is Shape.COMMAND
        content.typed_only = lambda: run_box_shape(a.raw) in TYPED_SHAPES
        return content

    def _shells(self, a: Analysis) -> list[str]:
        try:
            return detect_shells(a.normalized[:DEEP_CAP], a.programs)
        except Exception:
            if self._strict:
                raise
            log.exception("naming the shells failed")
            return []

    def _verdict(self, content: Content, context: Context) -> Verdict:
        a = content.analysis
        if content.empty:
            return Verdict(Level.CLEAN, 0, "Nothing risky found.", context=context, layers=a.layers)
        findings = list(content.findings)  # the reading is shared by every context: copy
        installer, content_level, score = content.installer, content.level, content.score
        if (
            not context.source
            and context.target in RUN_BOXES
            and findings
            and all(f.rule_id == WEBDAV_PATH_RULE for f in findings)
            and opens_tenant_library(a.raw)
        ):
            # typed: a folder of the organisation's own SharePoint library by its WebDAV
            # address (runbox.opens_tenant_library), which Explorer lists and opens nothing of;
            # written by a page, a mail or a chat it is a stranger's web folder as before
            findings, score, content_level = [], 0, Level.CLEAN
        if any(f.rule_id == MAPPED_SHARE_RUN_RULE for f in findings) and self._local_shares_only(a):
            # `net use Z: \\fs01.corp\it && Z:\setup.cmd`: a drive mapped to a computer only
            # the local network resolves (provenance.on_local_network) and a program started
            # from it is an administrator's runbook, not a program from a web server; whatever
            # else the text does, and the Run box's own rules, are still weighed
            findings = [f for f in findings if f.rule_id != MAPPED_SHARE_RUN_RULE]
            score = self._evidence_score(findings)
            content_level = level_for(score, bool(findings))
        if (
            context.source
            and context.target in PROVENANCE_TARGETS
            and any(f.rule_id == REMOTE_ACCESS_RULE for f in findings)
            and self._tool_vendor_page(a, context.source)
        ):
            # the remote-access tool from its own vendor's page and domain: installing it is
            # what the page is for; whatever else the text does is still weighed
            findings = [f for f in findings if f.rule_id != REMOTE_ACCESS_RULE]
            score = self._evidence_score(findings)
            content_level = level_for(score, bool(findings))
        if (
            context.source
            and context.target in PROVENANCE_TARGETS
            and any(f.rule_id == redirects.NIX_PROXY_RULE for f in findings)
            and self._own_proxy(a, context.source)
        ):
            # `networksetup -setwebproxy Wi-Fi proxy.acme.example 8080` from wiki.acme.example:
            # the company's own proxy, set as its own page says; whatever else the text does
            # is still weighed
            findings = [f for f in findings if f.rule_id != redirects.NIX_PROXY_RULE]
            score = self._evidence_score(findings)
            content_level = level_for(score, bool(findings))
        if (
            context.source
            and context.target in PROVENANCE_TARGETS
            and any(f.rule_id in LAN_SHARE_RULES for f in findings)
            and self._own_domain_shares(a, context.source)
        ):
            # `& \\fs01.acme.example\scripts\setup.ps1` or `net use Z: \\fs01.acme.example\it`
            # then `Z:\setup.cmd` from wiki.acme.example: the organisation's file server by its
            # public name, handed out by its own page, as a local name is from anywhere
            # (lanshares.py); whatever else the text does is still weighed
            findings = [f for f in findings if f.rule_id not in LAN_SHARE_RULES]
            score = self._evidence_score(findings)
            content_level = level_for(score, bool(findings))
        vouched = self._vouched_by_page(a, findings, context)
        if vouched:
            kept = [
                f
                for f in findings
                if not self._waived_by_page(f) and not self._page_names_words(a, f, context)
            ]
            kept.append(self._finding(self.by_id[SAME_PROJECT_RULE], "context", defang(vouched)))
            findings = sorted(kept, key=self._strength)
            score = self._evidence_score(findings)
            content_level = level_for(score, True)
        disguise = "" if vouched else self._page_disguise(content, context)
        if disguise:
            findings.append(self._finding(self.by_id[PAGE_DISGUISE_RULE], "context", disguise))
            score = self._evidence_score(findings)
            content_level = max(content_level, level_for(score, True))
        off_topic = "" if vouched or disguise else self._page_off_topic(content, context)
        if off_topic:
            findings.append(self._finding(self.by_id[PAGE_OFF_TOPIC_RULE], "context", off_topic))
            score = self._evidence_score(findings)
            content_level = max(content_level, level_for(score, True))
        shared = ""
        if not (vouched or disguise or off_topic):
            shared = self._page_shared_chat(content, context)
        if shared:
            findings.append(self._finding(self.by_id[PAGE_SHARED_CHAT_RULE], "context", shared))
            score = self._evidence_score(findings)
            content_level = max(content_level, level_for(score, True))
        job_task = ("", "") if vouched else self._page_job_task(content, context)
        if job_task[0]:
            findings.append(self._finding(self.by_id[job_task[0]], "context", job_task[1]))
            score = self._evidence_score(findings)
            content_level = max(content_level, level_for(score, True))
        handover, handover_owned = self._page_hands_over(content, context)
        if handover:
            findings.append(self._finding(self.by_id[PAGE_HANDOVER_RULE], "context", handover))
            score = self._evidence_score(findings)
            content_level = max(content_level, level_for(score, True))
        share, share_blocks = self._page_share_program(content, context)
        if share:
            findings.append(self._finding(self.by_id[PAGE_SHARE_PROGRAM_RULE], "context", share))
            score = self._evidence_score(findings)
            content_level = max(content_level, level_for(score, True))
        runs_rule, runs_why, runs_blocks = (
            ("", "", False) if vouched else self._page_runs_code(content, context)
        )
        if runs_rule:
            findings.append(self._finding(self.by_id[runs_rule], "context", runs_why))
            score = self._evidence_score(findings)
            content_level = max(content_level, level_for(score, True))
        write_up = self._defanged_write_up(content, context)
        if (
            not write_up
            and any("text" not in self.by_id[f.rule_id].tags for f in findings)
            and self._addressless_write_up(content, context)
        ):
            findings = sorted(self._dampened(findings), key=lambda f: -f.weight)
            score = self._evidence_score(findings)
            content_level = level_for(score, bool(findings))
            write_up = True
        lure_trait = (
            any(
                set(self.by_id[f.rule_id].tags) & STRANGER_TRAIT_TAGS
                for f in findings
                if f.rule_id not in content.inert and f.rule_id != INCOMPLETE_RULE
            )
            and not write_up
        )
        score, level = apply_context(
            score,
            content_level,
            context,
            content.runs,
            "js" in a.tags,
            # only the Run box and the address bar ask (read, then, once per reading)
            beyond=context.target in RUN_BOXES
            and (content.beyond or (bool(context.source) and content.typed_only))
            and not self._own_enrolment(a.raw, context),
            cleared=bool(vouched or installer or self._owned_handover(findings, handover_owned)),
            stranger_lure=self._stranger_lure(a, findings, context),
            lure_trait=lure_trait,
            official=self._official_for_run_box(installer, vouched, context),
        )
        if runs_rule and level < Level.SUSPICIOUS:
            # the address bar dampens what a page hands a program there; this is a lure
            level, score = Level.SUSPICIOUS, max(score, SUSPICIOUS_AT)
        if (
            disguise
            and level in (Level.INFO, Level.SUSPICIOUS)
            and any(PAGE_ACT_TAG in self.by_id[f.rule_id].tags for f in findings)
        ):
            # an act no check page has reason to hand out (Gatekeeper off, a udev rules file,
            # the browser's debugging port), handed out by one dressed up as a check
            level, score = Level.MALICIOUS, max(score, MALICIOUS_AT)
        if (share_blocks or runs_blocks) and level is Level.SUSPICIOUS:
            # a program on a share handed out by a page dressed up as a check or a company
            level, score = Level.MALICIOUS, max(score, MALICIOUS_AT)
        if (
            handover
            and lure_trait
            and context.target is PasteTarget.TERMINAL
            and level is Level.SUSPICIOUS
        ):
            # a stranger's page handing over a way in (a login key, a package source) with a
            # lure trait beside it: such an act needs no download piped into a shell to be
            # the lure, and no developer's reading of it is left
            level, score = Level.MALICIOUS, max(score, MALICIOUS_AT)
        if (
            level is Level.MALICIOUS
            and not lure_trait
            and (
                self._short_link_blocks(a, findings, context)
                or (not vouched and self._own_plain_http(a, findings, context))
                or self._tool_named_repository(a, findings, context)
            )
        ):
            level, score = Level.SUSPICIOUS, MALICIOUS_AT - 1
        if level > Level.INFO and self._site_own_console(a, findings, context):
            # the site's own developer docs calling the site's own API or node from the console
            # (a developer trying the docs on their own account): information, not a warning
            level, score = Level.INFO, min(score, SUSPICIOUS_AT - 1)
        if level > Level.INFO and self._library_in_console(a, findings, context):
            # a well-known library loaded into the page from its own or a reviewed CDN (a Q&A
            # answer's jQuery, d3 or moment.js): a library's release does nothing by loading
            level, score = Level.INFO, min(score, SUSPICIOUS_AT - 1)
        if level > Level.INFO and self._code_to_own_app(content, context):
            # a developer's fetch of their own app's callback, code and all: it goes to this
            # computer, to no page
            level, score = Level.INFO, min(score, SUSPICIOUS_AT - 1)
        if level > Level.INFO and self._sign_in_guide(content, context):
            # an example redirect from a sign-in service's own guide, code and all: nobody's
            # sign-in (the same address from any other page stays ConsentFix's)
            level, score = Level.INFO, min(score, SUSPICIOUS_AT - 1)
        if content.inert and context.target not in RUN_BOXES and level is Level.MALICIOUS:
            # defanged: no program can fetch from its addresses, so nothing is stopped (an
            # analyst's clipboard of indicators stays theirs); it is still a warning
            level, score = Level.SUSPICIOUS, min(score, MALICIOUS_AT - 1)
        if (
            write_up
            and level > Level.INFO
            and self._live_score(self._quoted_live(findings, content), content) < SUSPICIOUS_AT
        ):
            # a report quoting a defanged lure where the guard does not know the target: what
            # the quoted command would do is named (info), and what it does without a live
            # address (its hidden window) is no warning on its own
            level, score = Level.INFO, min(score, SUSPICIOUS_AT - 1)
        if (
            level < content_level
            and (
                content.kind in HARM_IN_THE_TEXT
                or any(set(self.by_id[f.rule_id].tags) & HARM_IN_THE_TEXT_TAGS for f in findings)
            )
            and not self._example_sign_in(content, context)
        ):
            # a scam text or a sign-in code is what it is wherever it is pasted
            score, level = content.score, content_level
        if level > content_level and level >= Level.SUSPICIOUS:
            findings.append(self._context_finding(context))
        if not a.complete:
            level = max(level, Level.SUSPICIOUS)
            score = max(score, SUSPICIOUS_AT)
        host = next((u.url.host for u in a.active_urls if u.trust is not Trust.INSTALLER), None)
        if host is None and a.unc_paths:
            host = a.unc_paths[0].host
        if host is None and installer:
            host = next((u.url.host for u in a.active_urls), None)
        strongest = max(findings, key=lambda f: f.weight, default=None)
        sign_in_code = (
            content.kind == "text"
            and strongest is not None
            and SIGN_IN_CODE_TAG in getattr(self.by_id.get(strongest.rule_id), "tags", ())
        )
        summary = summarize(level, findings, context, host, installer, content.kind, sign_in_code)
        if vouched and level <= Level.INFO:
            summary = (
                "An installer from the same project as the page it was copied from "
                f"({defang(vouched)}); nothing else in it looks harmful."
            )
        return Verdict(
            level=level,
            score=score,
            summary=summary,
            kind=content.kind,
            findings=findings,
            layers=a.layers,
            indicators=lambda: self._content_indicators(content),
            shells=lambda: list(content.shells),
            complete=a.complete,
            context=context,
        )


def _enables_downloaded_service(a: Analysis, finding: Finding) -> bool:
    """Persistence (PG-DO-PERSISTS) that is only `systemctl enable` of one service named for
    what the text downloads: a README installing its own package and starting the service it
    ships (code-server's .deb from its releases, then `systemctl enable --now
    code-server@$USER`). Whoever serves the package can make it start again from inside it;
    so when the page vouches for every download (checked by the caller), enabling its service
    adds nothing. A service named for nothing downloaded, a timer or a unit with a path, or
    more than one unit at once stays persistence."""
    enabled = a.behaviours.get(Behaviour.PERSISTS, [])
    if finding.rule_id != PERSISTS_RULE or not a.active_urls or not enabled:
        return False
    fetched = [_bare_words(u.url.host + u.url.path) for u in a.active_urls]
    for evidence in enabled:
        words = evidence.split()
        if len(words) != 3 or words[:2] != ["systemctl", "enable"]:
            return False
        unit = words[2].split("@", 1)[0].removesuffix(".service")
        name = _bare_words(unit)
        if len(name) < 4 or not re.fullmatch(r"[a-z0-9][a-z0-9_.-]*", unit):
            return False
        if not any(name in where for where in fetched):
            return False
    return True


def _bare_words(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())
