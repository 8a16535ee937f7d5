"""Detection quality on the BLIND set (bench/blind/): lures and benign texts written from the
threat reports, not from the rules, each scanned bare and with its context through
``pasteguard scan --jsonl``, beside the Sigma baseline on the same texts in the same run."""

from __future__ import annotations

import base64
import json
import random
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from bench import corpus, sigma, speed, tuned
from bench.corpus import Sample
from bench.detection import Scored, id_list, score_sigma
from bench.engine import MALICIOUS, SUSPICIOUS, parse_level
from bench.report import BenchError, Result, met, ratio, table

BLIND_DIR = corpus.REPO_ROOT / "bench" / "blind"
LURES = BLIND_DIR / "lures.jsonl"
BENIGN = BLIND_DIR / "benign.jsonl"
# The second blind set: written later by another author, from the same brief but other sources
# (bench/blind/README.md, "blind-2").
LURES_2 = BLIND_DIR / "lures-2.jsonl"
BENIGN_2 = BLIND_DIR / "benign-2.jsonl"
# The third: another author again, weighted towards fresh benign texts (installers from their
# own pages above all), written by bench/blind/make_blind3.py (bench/blind/README.md, "blind-3").
LURES_3 = BLIND_DIR / "lures-3.jsonl"
BENIGN_3 = BLIND_DIR / "benign-3.jsonl"
# The fourth: another author again, aimed at techniques and spellings the first three used less,
# written by bench/blind/make_blind4.py (bench/blind/README.md, "blind-4").
LURES_4 = BLIND_DIR / "lures-4.jsonl"
BENIGN_4 = BLIND_DIR / "benign-4.jsonl"
# The fifth: another author again, aimed at staging, proxies and social wrappers the first four did
# not use, written by bench/blind/make_blind5.py (bench/blind/README.md, "blind-5").
LURES_5 = BLIND_DIR / "lures-5.jsonl"
BENIGN_5 = BLIND_DIR / "benign-5.jsonl"
# The sixth: another author again, weighted like the hold-out (mostly mainstream lure shapes in new
# spellings, hosts and wrappers; real projects' installers from their own pages), written by
# bench/blind/make_blind6.py (bench/blind/README.md, "blind-6").
LURES_6 = BLIND_DIR / "lures-6.jsonl"
BENIGN_6 = BLIND_DIR / "benign-6.jsonl"
# The seventh: another author again, weighted like the hold-out (live-page lures, bare IOC commands
# with no page, fixture-style obfuscations; real projects' installers from their own pages),
# written by bench/blind/make_blind7.py (bench/blind/README.md, "blind-7").
LURES_7 = BLIND_DIR / "lures-7.jsonl"
BENIGN_7 = BLIND_DIR / "benign-7.jsonl"
# The eighth: another author again, weighted like the hold-out (live-page lures in new wrappers and
# spellings, bare IOC commands, fixture-style obfuscations; real projects' installers from their
# own pages, none in sets 1-7), written by bench/blind/make_blind8.py (README.md, "blind-8").
LURES_8 = BLIND_DIR / "lures-8.jsonl"
BENIGN_8 = BLIND_DIR / "benign-8.jsonl"
# The ninth: another author again, weighted like the hold-out (live-page lures in new wrappers and
# spellings, bare IOC commands, fixture-style obfuscations; real projects' installers from their
# own pages, none in sets 1-8), written by bench/blind/make_blind9.py (README.md, "blind-9").
LURES_9 = BLIND_DIR / "lures-9.jsonl"
BENIGN_9 = BLIND_DIR / "benign-9.jsonl"
# The tenth: another author again, weighted like the hold-out (live-page lures in new wrappers and
# spellings, bare IOC commands, fixture-style obfuscations; real projects' installers from their
# own pages, none in sets 1-9), written by bench/blind/make_blind10.py (README.md, "Blind-10").
LURES_10 = BLIND_DIR / "lures-10.jsonl"
BENIGN_10 = BLIND_DIR / "benign-10.jsonl"
# The eleventh: another author again, weighted like the hold-out (live-page lures in new wrappers,
# hosts and 2025-2026 shapes, bare IOC commands, fixture-style obfuscations; real projects'
# installers from their own pages, none in sets 1-10), written by bench/blind/make_blind11.py
# (README.md, "Blind-11").
LURES_11 = BLIND_DIR / "lures-11.jsonl"
BENIGN_11 = BLIND_DIR / "benign-11.jsonl"
# The twelfth: another author again, weighted like the hold-out (live-page lures in new wrappers,
# hosts and 2025-2026 shapes, bare IOC commands, fixture-style obfuscations; real projects'
# installers from their own pages, none in sets 1-11), written by bench/blind/make_blind12.py
# (README.md, "Blind-12").
LURES_12 = BLIND_DIR / "lures-12.jsonl"
BENIGN_12 = BLIND_DIR / "benign-12.jsonl"
# The thirteenth: another author again, weighted like the hold-out (live-page lures in new wrappers,
# hosts and 2025-2026 shapes, bare IOC commands, fixture-style obfuscations; real projects'
# installers from their own pages, none in sets 1-12), written by bench/blind/make_blind13.py
# (README.md, "Blind-13").
LURES_13 = BLIND_DIR / "lures-13.jsonl"
BENIGN_13 = BLIND_DIR / "benign-13.jsonl"
# The fourteenth: another author again, weighted like the hold-out (live-page lures in new wrappers,
# hosts and 2025-2026 shapes, bare IOC commands, fixture-style obfuscations; real projects'
# installers from their own pages, none in sets 1-13), written by bench/blind/make_blind14.py
# (README.md, "Blind-14").
LURES_14 = BLIND_DIR / "lures-14.jsonl"
BENIGN_14 = BLIND_DIR / "benign-14.jsonl"
# The fifteenth: another author again, weighted like the hold-out (live-page lures in new wrappers,
# hosts and 2025-2026 shapes, bare IOC commands, fixture-style obfuscations; real projects'
# installers from their own pages, none in sets 1-14, download-and-run scripts first), written by
# bench/blind/make_blind15.py (README.md, "Blind-15").
LURES_15 = BLIND_DIR / "lures-15.jsonl"
BENIGN_15 = BLIND_DIR / "benign-15.jsonl"
# The sixteenth: another author again, weighted like the hold-out (live-page lures in new wrappers,
# hosts and 2025-2026 shapes, bare IOC commands, fixture-style obfuscations), with a benign side big
# enough to measure 1 % (real projects' installers from their own pages, none in sets 1-15, and
# many other texts people copy), written by bench/blind/make_blind16.py (README.md, "Blind-16").
LURES_16 = BLIND_DIR / "lures-16.jsonl"
BENIGN_16 = BLIND_DIR / "benign-16.jsonl"
# The seventeenth: another author again, weighted like the hold-out (live-page lures in new
# wrappers, hosts and 2025-2026 shapes, bare IOC commands, fixture-style obfuscations), with a
# benign side big enough to measure 1 % (mostly other texts people copy: the own-page long tail is
# used up), written by bench/blind/make_blind17.py (README.md, "Blind-17").
LURES_17 = BLIND_DIR / "lures-17.jsonl"
BENIGN_17 = BLIND_DIR / "benign-17.jsonl"
# The eighteenth: another author again, weighted like the hold-out (live-page lures in new
# wrappers, hosts and spellings, bare IOC commands, fixture-style obfuscations), with a benign side
# big enough to measure 1 % (own-page installers found in public README files, none of their
# projects in sets 1-17, and over 600 other texts people copy), written by
# bench/blind/make_blind18.py (README.md, "Blind-18").
LURES_18 = BLIND_DIR / "lures-18.jsonl"
BENIGN_18 = BLIND_DIR / "benign-18.jsonl"
# The nineteenth: another author again, weighted like the hold-out (live-page lures in new
# wrappers, hosts and spellings, bare IOC commands, fixture-style obfuscations, scam texts in 16
# languages), with own-page installers found anew in public README files by other search strings
# (none of their projects in sets 1-18) and over 690 other texts people copy, written by
# bench/blind/make_blind19.py (README.md, "Blind-19").
LURES_19 = BLIND_DIR / "lures-19.jsonl"
BENIGN_19 = BLIND_DIR / "benign-19.jsonl"
# The twentieth: another author again, weighted like the hold-out (live-page lures on lookalikes of
# real services, FileFix with padding, macOS and Linux terminal lures, 2025-2026 variants, bare IOC
# commands, fixture-style obfuscations, scam texts in 19 languages), with own-page installers found
# by install styles sets 1-19 did not search (none of their projects in sets 1-19) and over 650
# other texts people copy, written by bench/blind/make_blind20.py (README.md, "Blind-20").
LURES_20 = BLIND_DIR / "lures-20.jsonl"
BENIGN_20 = BLIND_DIR / "benign-20.jsonl"
# The twenty-first: another author again, weighted like the hold-out and made harder in the ways
# the hold-out is hard (2026 variants: Windows Terminal blobs, cache smuggling, CrashFix, DNS
# staging, AI-installer and fake-meeting pages, macOS and Linux terminal lures, scam texts in 19
# languages), with own-page installers found by install styles and languages sets 1-20 did not
# search (none of their projects in sets 1-20) and benign texts close to lures, written by
# bench/blind/make_blind21.py (README.md, "Blind-21").
LURES_21 = BLIND_DIR / "lures-21.jsonl"
BENIGN_21 = BLIND_DIR / "benign-21.jsonl"
# The twenty-second: another author again, harder where the hold-out is hard (live lookalike pages
# of real services, FileFix with path padding, cache smuggling, DNS staging, CrashFix, ConsentFix,
# macOS and Linux terminal lures, scam texts in 15 languages), with own-page installers of 68
# projects found by install styles and hosts sets 1-21 did not use (GitHub release assets,
# jsDelivr, Codeberg, GitLab, Gitee, npx github:, python3 -, zsh) and benign texts close to lures,
# written by bench/blind/make_blind22.py (README.md, "Blind-22").
LURES_22 = BLIND_DIR / "lures-22.jsonl"
BENIGN_22 = BLIND_DIR / "benign-22.jsonl"
# The twenty-third: another author again, different rather than bigger (live-crawl clipboard
# payloads with verification tails and padding, 77 IOC lines with no page in other detectors'
# fixture styles, 2026 staging: dead drops, smart-chain payloads, image carriers, Bun/Deno/Node),
# with own-page installers of 62 projects found by install styles sets 1-22 did not search
# (scriptblock installers, nix run, mise ubi:, scoop buckets, refs/heads raw URLs, zsh, jsr:),
# written by bench/blind/make_blind23.py (README.md, "Blind-23").
LURES_23 = BLIND_DIR / "lures-23.jsonl"
BENIGN_23 = BLIND_DIR / "benign-23.jsonl"
OWN_PAGE_KIND = "installer-own-page"
CLI_TIMEOUT_S = 600
SIGMA_MAX_CHARS = 64 * 1024
LICENCE_WORDS = (
    "the licensee may copy distribute and modify the software provided that the notice and "
    "this permission appear in all copies warranty liability contributor source form"
)
LABEL = (
    "**BLIND:** written on 2026-12-05 from threat reports without reading the "
    "rules, the LOLBin catalogue, the trust list, app/detection or the case files "
    "(bench/blind/README.md). "
    "Once a rule is changed because of a case here, that case is tuned: see the README."
)
LABEL_2 = (
    "**BLIND-2:** a second set, written on 2026-12-05 (before 18:31 UTC) by the helper "
    '"redteam" from threat reports without reading the rules, the LOLBin catalogue, the trust '
    "list, app/detection or the case files (bench/blind/README.md). Cases tuned since are listed "
    "in the README."
)
LABEL_3 = (
    "**BLIND-3:** a third set, written on 2026-12-05 (before 21:25 UTC) by the helper "
    '"blind3" from threat reports without reading the rules, the LOLBin catalogue, the trust list, '
    "app/detection, the case files or the other blind sets (bench/blind/README.md). Cases tuned "
    "since are listed in the README."
)
LABEL_4 = (
    "**BLIND-4:** a fourth set, written on 2026-12-06 (before 00:30 UTC) by the helper "
    '"blind4" from threat reports without reading the rules, the LOLBin catalogue, the trust list, '
    "app/detection or the case files, avoiding the other blind sets' techniques "
    "(bench/blind/README.md). Cases tuned since are listed in the README."
)

LABEL_5 = (
    "**BLIND-5:** a fifth set, written on 2026-12-06 (before 03:50 UTC) by the helper "
    '"blind5" from threat reports without reading the rules, the LOLBin catalogue, the trust list, '
    "app/detection or the case files, avoiding the other blind sets' techniques, texts and "
    "installer pages (bench/blind/README.md). Cases tuned since are listed in the README."
)

LABEL_6 = (
    "**BLIND-6:** a sixth set, written on 2026-12-06 (before 06:30 UTC) by the helper "
    '"blind6" from threat reports without reading the rules, the LOLBin catalogue, the trust list, '
    "app/ or the case files, weighted like the hold-out: mostly mainstream lure shapes in new "
    "spellings, hosts and wrappers, and real projects' installers from their own pages "
    "(bench/blind/README.md). Cases tuned since are listed in the README."
)

LABEL_7 = (
    "**BLIND-7:** a seventh set, written on 2026-12-06 (before 09:20 UTC) by the "
    'helper "blind7" from threat reports without reading the rules, the LOLBin catalogue, the '
    "trust list, app/detection, the case files or any misses list, weighted like the hold-out: "
    "live-page lures, bare IOC commands with no page, fixture-style obfuscations, and real "
    "projects' installers from their own pages (bench/blind/README.md). Cases tuned since are "
    "listed in the README."
)

LABEL_8 = (
    "**BLIND-8:** an eighth set, written on 2026-12-06 (before 12:20 UTC) by the "
    'helper "blind8" from threat reports without reading the rules, the LOLBin catalogue, the '
    "trust list, app/, the case files, any misses list or any verdict, weighted like the "
    "hold-out: live-page lures, bare IOC commands with no page, fixture-style obfuscations, and "
    "real projects' installers from their own pages, none of them in sets 1-7 "
    "(bench/blind/README.md). Cases tuned since are listed in the README."
)

LABEL_9 = (
    "**BLIND-9:** a ninth set, written on 2026-12-06 (before 13:30 UTC) by the "
    'helper "blind9" from threat reports without reading the rules, the LOLBin catalogue, the '
    "trust list, app/, the case files, any misses list or any verdict, weighted like the "
    "hold-out: live-page lures, bare IOC commands with no page, fixture-style obfuscations, and "
    "real projects' installers from their own pages, none of them in sets 1-8 "
    "(bench/blind/README.md). Cases tuned since are listed in the README."
)

LABEL_10 = (
    "**BLIND-10:** a tenth set, written on 2026-12-06 (before 15:00 UTC) by the "
    'helper "blind10" from threat reports without reading the rules, the LOLBin catalogue, the '
    "trust list, app/, the case files, any misses list or any verdict, weighted like the "
    "hold-out: live-page lures, bare IOC commands with no page, fixture-style obfuscations, and "
    "real projects' installers from their own pages, none of them in sets 1-9 "
    "(bench/blind/README.md). Cases tuned since are listed in the README."
)

LABEL_11 = (
    "**BLIND-11:** an eleventh set, written on 2026-12-06 (before 18:00 UTC) by the "
    'helper "blind11" from threat reports without reading the rules, the LOLBin catalogue, the '
    "trust list, app/, the case files, any misses list or any verdict, weighted like the "
    "hold-out: live-page lures, bare IOC commands with no page, fixture-style obfuscations, and "
    "real projects' installers from their own pages, none of them in sets 1-10 "
    "(bench/blind/README.md). Cases tuned since are listed in the README."
)

LABEL_12 = (
    "**BLIND-12:** a twelfth set, written on 2026-12-06 (before 21:00 UTC) by the "
    'helper "blind12" from threat reports without reading the rules, the LOLBin catalogue, the '
    "trust list, app/, the case files, any misses list or any verdict, weighted like the "
    "hold-out: live-page lures, bare IOC commands with no page, fixture-style obfuscations, and "
    "real projects' installers from their own pages, none of them in sets 1-11 "
    "(bench/blind/README.md). Cases tuned since are listed in the README."
)

LABEL_13 = (
    "**BLIND-13:** a thirteenth set, written on 2026-12-06 (before 23:55 UTC) by the "
    'helper "blind13" from threat reports without reading the rules, the LOLBin catalogue, the '
    "trust list, app/, the case files, any misses list or any verdict, weighted like the "
    "hold-out: live-page lures, bare IOC commands with no page, fixture-style obfuscations, and "
    "real projects' installers from their own pages, none of them in sets 1-12 "
    "(bench/blind/README.md). Cases tuned since are listed in the README."
)

LABEL_14 = (
    "**BLIND-14:** a fourteenth set, written on 2026-12-06 (before 23:55 UTC) by the "
    'helper "blind14" from threat reports without reading the rules, the LOLBin catalogue, the '
    "trust list, app/, the case files, any misses list or any verdict, weighted like the "
    "hold-out: live-page lures, bare IOC commands with no page, fixture-style obfuscations, and "
    "real projects' installers from their own pages, none of them in sets 1-13 "
    "(bench/blind/README.md). Cases tuned since are listed in the README."
)

LABEL_15 = (
    "**BLIND-15:** a fifteenth set, written on 2026-12-07 (before 02:25 UTC) by the "
    'helper "blind15" from threat reports without reading the rules, the LOLBin catalogue, the '
    "trust list, app/, the case files, any misses list or any verdict, weighted like the "
    "hold-out: live-page lures, bare IOC commands with no page, fixture-style obfuscations, and "
    "real projects' installers from their own pages, none of them in sets 1-14 "
    "(bench/blind/README.md). Cases tuned since are listed in the README."
)

LABEL_16 = (
    "**BLIND-16 (not tuned):** a sixteenth set, written on 2026-12-07 (before 05:00 UTC) by the "
    'helper "blind16" from threat reports without reading the rules, the LOLBin catalogue, the '
    "trust list, app/, the case files, any misses list or any verdict, weighted like the "
    "hold-out: live-page lures, bare IOC commands with no page, fixture-style obfuscations; on the "
    "benign side real projects' installers from their own pages (none of them in sets 1-15) and "
    "over 600 other texts people copy, so that 1 % can be measured (bench/blind/README.md). "
    "Cases tuned since are listed in the README."
)

LABEL_17 = (
    "**BLIND-17 (not tuned):** a seventeenth set, written on 2026-12-07 (before 08:20 UTC) by the "
    'helper "blind17" from threat reports without reading the rules, the LOLBin catalogue, the '
    "trust list, app/, the case files, any misses list or any verdict, weighted like the "
    "hold-out: live-page lures, bare IOC commands with no page, fixture-style obfuscations; on the "
    "benign side a few real projects' installers from their own pages and about 700 other texts "
    "people copy, so that 1 % can be measured (bench/blind/README.md). "
    "Cases tuned since are listed in the README."
)

LABEL_18 = (
    "**BLIND-18 (not tuned):** an eighteenth set, written on 2026-12-07 (before 11:35 UTC) by the "
    'helper "blind18" from threat reports without reading the rules, the LOLBin catalogue, the '
    "trust list, app/, the case files, any misses list or any verdict, weighted like the "
    "hold-out: live-page lures, bare IOC commands with no page, fixture-style obfuscations; on the "
    "benign side real projects' installers from their own pages, found in public README files "
    "(none of them in sets 1-17), and over 600 other texts people copy, so that 1 % can be "
    "measured (bench/blind/README.md). Cases tuned since are listed in the README."
)

LABEL_19 = (
    "**BLIND-19 (not tuned):** a nineteenth set, written on 2026-12-07 (before 13:30 UTC) by the "
    'helper "blind19" from threat reports without reading the rules, the LOLBin catalogue, the '
    "trust list, app/, the case files, any misses list or any verdict, weighted like the "
    "hold-out: live-page lures, bare IOC commands with no page, fixture-style obfuscations, scam "
    "texts in 16 languages; on the benign side real projects' installers from their own pages, "
    "found in public README files by new search strings (none of them in sets 1-18), and over "
    "690 other texts people copy, so that 1 % can be measured (bench/blind/README.md). Cases "
    "tuned since are listed in the README."
)

LABEL_20 = (
    "**BLIND-20 (not tuned):** a twentieth set, written on 2026-12-07 (before 16:10 UTC) by the "
    'helper "blind20" from threat reports without reading the rules, the LOLBin catalogue, the '
    "trust list, app/, the case files, any misses list or any verdict, weighted like the "
    "hold-out: live-page lures (many on lookalikes of real services), FileFix, macOS and Linux "
    "terminal lures, bare IOC commands with no page, fixture-style obfuscations, scam texts in 19 "
    "languages; on the benign side real projects' installers from their own pages, found in public "
    "README files by install styles not searched before (none of them in sets 1-19), and over 650 "
    "other texts people copy, so that 1 % can be measured (bench/blind/README.md). Cases tuned "
    "since are listed in the README."
)

LABEL_21 = (
    "**BLIND-21 (not tuned):** a twenty-first set, written on 2026-12-07 (before 19:30 UTC) by the "
    'helper "blind21" from threat reports without reading the rules, the LOLBin catalogue, the '
    "trust list, app/, the case files, any misses list or any verdict, weighted like the "
    "hold-out and harder where it is hard: 2026 variants (Windows Terminal blobs, cache "
    "smuggling, CrashFix, DNS staging, fake AI-installer, meeting, driver and game pages), "
    "FileFix, macOS and Linux terminal lures, bare IOC commands and fixture-style obfuscations "
    "with no page, scam texts in 19 languages; on the benign side real projects' installers from "
    "their own pages found by install styles not searched before (none of them in sets 1-20) and "
    "over 640 other texts people copy, many close to lures (bench/blind/README.md). Cases tuned "
    "since are listed in the README."
)

LABEL_22 = (
    "**BLIND-22 (not tuned):** a twenty-second set, written on 2026-12-07 (before 22:00 UTC) by "
    'the helper "blind22" from threat reports without reading the rules, the LOLBin catalogue, the '
    "trust list, app/, the case files, any other set's texts, any misses list or any verdict, "
    "weighted like the hold-out and harder where it is hard: Run-box lures on lookalike pages of "
    "real services with the 2025-2026 staging set, FileFix with path padding and cache smuggling, "
    "Windows Terminal, macOS and Linux terminal lures, console lures, 2026 social wrappers, bare "
    "IOC commands and fixture-style obfuscations with no page, scam texts in 15 languages; on the "
    "benign side 68 real projects' installers from their own pages (none of them in sets 1-21), "
    "vendors' own download-and-run lines and over 600 other texts people copy, many close to "
    "lures (bench/blind/README.md). Cases tuned since are listed in the README."
)

LABEL_23 = (
    "**BLIND-23 (not tuned):** a twenty-third set, written on 2026-12-08 (before 00:40 UTC) by "
    'the helper "blind23" from threat reports without reading the rules, the LOLBin catalogue, the '
    "trust list, app/, the case files, any other set's texts, any misses list or any verdict, "
    "different rather than bigger: fake-CAPTCHA clipboard payloads as a crawl sees them (padding, "
    "unicode, verification tails), FileFix, bare IOC lines in other detectors' fixture styles, "
    "2026 staging (dead drops, smart-chain payloads, image carriers, DNS, finger, WebDAV, "
    "Bun/Deno/Node), macOS, Linux and console lures, scam texts in 18 languages; on the benign "
    "side 62 real projects' installers from their own pages (none of them in sets 1-22), "
    "vendors' own install lines and over 600 other texts people copy, some close to lures "
    "(bench/blind/README.md). Cases tuned since are listed in the README."
)


@dataclass(frozen=True)
class Case:
    """One blind text as scored with its context, bare, and by the Sigma baseline."""

    sample: Sample
    ctx: Scored
    bare: Scored
    sigma: Scored

    @property
    def family(self) -> str:
        technique = self.sample.technique or self.sample.kind or "(none)"
        return "support-scam" if technique.startswith("support-scam") else technique


# ----------------------------------------------------------------------------------------------
# The samples: the two files, plus long benign texts made here (deterministic, > 64 KiB)
# ----------------------------------------------------------------------------------------------


def large_benign() -> list[Sample]:
    """Long texts people paste whole: a source file, a log and a licence-like text (seeded)."""
    rng = random.Random(20261205)
    funcs = []
    for i in range(900):
        name = f"handle_{rng.choice(['order', 'user', 'invoice', 'report'])}_{i}"
        funcs.append(
            f"def {name}(request, db):\n"
            f'    """Load record {i} and render it; callers check permissions first."""\n'
            f"    row = db.fetch_one('select * from items where id = ?', ({i},))\n"
            f"    if row is None:\n"
            f"        raise NotFound({i})\n"
            f"    return render('item.html', item=row, page={rng.randint(1, 40)})\n"
        )
    source = "import json\nimport logging\n\nlog = logging.getLogger(__name__)\n\n\n"
    source += "\n\n".join(funcs)
    levels = ["INFO", "INFO", "INFO", "WARN", "DEBUG"]
    log = "\n".join(
        f"2026-12-0{1 + i % 5}T{i % 24:02d}:{i % 60:02d}:{(i * 7) % 60:02d}Z {rng.choice(levels)} "
        f"api[{1000 + i % 17}] GET /api/v1/items/{rng.randint(1, 99999)} 200 "
        f"{rng.randint(2, 900)}ms ua=Mozilla/5.0"
        for i in range(2200)
    )
    words = LICENCE_WORDS.split()
    prose = "\n\n".join(
        " ".join(rng.choice(words) for _ in range(rng.randint(40, 90))).capitalize() + "."
        for _ in range(260)
    )
    texts = [
        ("large-python-source", "https://github.com/example/shop/blob/main/views.py", source),
        ("large-server-log", None, log),
        ("large-licence-text", "https://opensource.example/licenses/long", prose),
        ("large-python-source-300k", None, source * 3),
    ]
    return [
        Sample(
            f"blind-ok-{name}",
            text,
            kind="large-text",
            expect="not_flagged",
            source=src,
            target="other",
        )
        for name, src, text in texts
    ]


INSTALL_NOTE = (
    "\nInstall or upgrade:\n\n```sh\ncurl -fsSL https://tidewatch.dev/install.sh | sh\n```\n"
)


def large_benign_3() -> list[Sample]:
    """Blind-3's long texts (> 64 KiB, seeded): a lockfile full of base64 integrity hashes and
    registry URLs, a project's changelog that quotes its own installer, and a PowerShell module
    of admin functions; each pasted whole into an editor."""
    rng = random.Random(20261205 + 3)
    letters = "abcdefghijklmnopqrstuvwxyz"
    packages = []
    for i in range(700):
        name = "".join(rng.choice(letters) for _ in range(rng.randint(4, 10)))
        version = f"{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"
        digest = base64.b64encode(rng.randbytes(64)).decode()
        packages.append(
            f'    "node_modules/{name}-{i}": {{\n'
            f'      "version": "{version}",\n'
            f'      "resolved": "https://registry.npmjs.org/{name}-{i}/-/{name}-{i}-{version}.tgz",\n'
            f'      "integrity": "sha512-{digest}",\n'
            f'      "license": "MIT"\n'
            f"    }}"
        )
    lockfile = (
        '{\n  "name": "webapp",\n  "version": "1.0.0",\n  "lockfileVersion": 3,\n'
        '  "requires": true,\n  "packages": {\n' + ",\n".join(packages) + "\n  }\n}\n"
    )
    entries = []
    for i in range(500, 0, -1):
        entries.append(
            f"## v0.{i // 10}.{i % 10} ({2026 - i // 120}-{1 + i % 12:02d}-{1 + i % 28:02d})\n\n"
            f"- Fix {rng.choice(['sync', 'parser', 'config', 'TLS', 'retry'])} handling when "
            f"the {rng.choice(['server', 'cache', 'index', 'watcher'])} restarts (#{1000 + i})\n"
            f"- Faster start-up on large workspaces ({rng.randint(5, 40)} % less time)\n"
            + (INSTALL_NOTE if i % 25 == 0 else "")
        )
    changelog = "# Changelog\n\n" + "\n".join(entries)
    funcs = []
    for i in range(260):
        noun = rng.choice(["Mailbox", "Printer", "Share", "Licence", "Device", "Group"])
        funcs.append(
            f"function Get-Contoso{noun}Report{i} {{\n"
            "    [CmdletBinding()]\n"
            "    param([Parameter(Mandatory)][string]$ComputerName, [int]$Days = 30)\n"
            f"    $since = (Get-Date).AddDays(-$Days)\n"
            f"    Get-CimInstance -ClassName Win32_{rng.choice(['Printer', 'Share', 'Volume'])}"
            " -ComputerName $ComputerName |\n"
            "        Where-Object { $_.InstallDate -ge $since } |\n"
            "        Select-Object Name, Status, InstallDate |\n"
            f'        Export-Csv -Path "\\\\reports01\\it\\{noun.lower()}-{i}.csv" -NoType\n'
            "}\n"
        )
    module = "#Requires -Version 5.1\nSet-StrictMode -Version Latest\n\n" + "\n".join(funcs)
    texts = [
        ("lockfile", "https://github.com/example-org/webapp/blob/main/package-lock.json", lockfile),
        ("changelog", "https://github.com/mbraun-dev/tidewatch/blob/main/CHANGELOG.md", changelog),
        ("ps-module", None, module),
    ]
    return [
        Sample(
            f"blind3-ok-large-{name}",
            text,
            kind="large-text",
            expect="not_flagged",
            source=src,
            target="other",
        )
        for name, src, text in texts
    ]


def large_benign_4() -> list[Sample]:
    """Blind-4's long texts (> 64 KiB, seeded), each pasted whole into an editor: a web server's
    access log with documentation-range clients, a Markdown handbook whose setup chapter quotes
    its project's own installer, and a YAML file of Kubernetes manifests."""
    rng = random.Random(20261206 + 4)
    paths = ["/", "/login", "/api/v2/orders", "/static/app.js", "/static/app.css", "/health"]
    agents = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "curl/8.11.1", "Go-http-client/2.0"]
    access = "\n".join(
        f"{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{rng.randint(1, 254)} - - "
        f"[05/Dec/2026:{i % 24:02d}:{i % 60:02d}:{(i * 13) % 60:02d} +0000] "
        f'"{rng.choice(["GET", "GET", "POST"])} {rng.choice(paths)} HTTP/1.1" '
        f"{rng.choice([200, 200, 200, 304, 404, 500])} {rng.randint(120, 90000)} "
        f'"-" "{rng.choice(agents)}"'
        for i in range(1500)
    )
    topics = ["configuration", "backups", "upgrades", "monitoring", "access control", "logging"]
    chapters = []
    for i in range(120):
        topic = rng.choice(topics)
        body = " ".join(
            f"The {topic} step {j} keeps the service available while nodes restart."
            for j in range(rng.randint(6, 12))
        )
        chapters.append(f"## {i + 1}. {topic.capitalize()}\n\n{body}\n")
    setup = (
        "## 0. Setup\n\nInstall the command-line tool from this project:\n\n```sh\n"
        "curl -fsSL https://raw.githubusercontent.com/brackenfold/tarn/main/install.sh | bash\n"
        "```\n"
    )
    handbook = "# Tarn operator handbook\n\n" + setup + "\n".join(chapters)
    manifests = []
    for i in range(220):
        name = f"svc-{rng.choice(['orders', 'users', 'billing', 'search'])}-{i}"
        manifests.append(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n"
            f"  name: {name}\n  labels:\n    app: {name}\nspec:\n"
            f"  replicas: {rng.randint(1, 5)}\n  selector:\n    matchLabels:\n      app: {name}\n"
            "  template:\n    metadata:\n      labels:\n"
            f"        app: {name}\n    spec:\n      containers:\n        - name: app\n"
            f"          image: ghcr.io/example-org/{name}:1.{rng.randint(0, 40)}.0\n"
            "          ports:\n            - containerPort: 8080\n"
        )
    k8s = "---\n".join(manifests)
    texts = [
        ("access-log", None, access),
        ("handbook", "https://github.com/brackenfold/tarn/blob/main/docs/HANDBOOK.md", handbook),
        ("k8s-manifests", "https://github.com/example-org/platform/blob/main/deploy/all.yaml", k8s),
    ]
    return [
        Sample(
            f"blind4-ok-large-{name}",
            text,
            kind="large-text",
            expect="not_flagged",
            source=src,
            target="other",
        )
        for name, src, text in texts
    ]


def large_benign_5() -> list[Sample]:
    """Blind-5's long texts (100-400 KiB, seeded), each pasted whole into an editor: a Cargo.lock
    full of sha256 checksums and registry sources, a systemd journal with sshd failures from
    documentation-range addresses, a Go source file, and a docs page whose install chapter quotes
    the project's own shell and PowerShell installers from its own domain."""
    rng = random.Random(20261206 + 5)
    letters = "abcdefghijklmnopqrstuvwxyz"
    crates = []
    for i in range(1100):
        name = "".join(rng.choice(letters) for _ in range(rng.randint(3, 9))) + f"-{i}"
        version = f"{rng.randint(0, 4)}.{rng.randint(0, 40)}.{rng.randint(0, 30)}"
        deps = "".join(f' "dep-{rng.randint(0, 1099)}",\n' for _ in range(rng.randint(0, 3)))
        crates.append(
            f'[[package]]\nname = "{name}"\nversion = "{version}"\n'
            'source = "registry+https://github.com/rust-lang/crates.io-index"\n'
            f'checksum = "{rng.randbytes(32).hex()}"\n'
            + (f"dependencies = [\n{deps}]\n" if deps else "")
        )
    cargo_lock = (
        "# This file is automatically @generated by Cargo.\n# It is not intended for manual "
        "editing.\nversion = 4\n\n" + "\n".join(crates)
    )
    units = ["sshd", "CRON", "systemd", "kernel", "nginx", "postgres"]
    journal = []
    for i in range(3000):
        unit = rng.choice(units)
        stamp = f"Dec {1 + i % 6:2d} {i % 24:02d}:{(i * 7) % 60:02d}:{(i * 13) % 60:02d}"
        if unit == "sshd":
            ip = f"{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{rng.randint(1, 254)}"
            user = rng.choice(["admin", "test", "oracle", "ubuntu"])
            msg = (
                f"Failed password for invalid user {user} from {ip} port {rng.randint(1024, 65535)}"
            )
        elif unit == "CRON":
            msg = "(root) CMD (cd / && run-parts --report /etc/cron.hourly)"
        elif unit == "systemd":
            msg = f"Started {rng.choice(['logrotate', 'apt-daily', 'fstrim', 'certbot'])}.service."
        elif unit == "kernel":
            port = rng.choice([23, 445, 3389, 5900])
            msg = f"[UFW BLOCK] IN=eth0 SRC=203.0.113.{rng.randint(1, 254)} PROTO=TCP DPT={port}"
        elif unit == "nginx":
            item = rng.randint(1, 9999)
            msg = f'upstream timed out (110) reading response header, "GET /api/items/{item}"'
        else:
            msg = f"LOG:  checkpoint complete: wrote {rng.randint(10, 9000)} buffers"
        journal.append(f"{stamp} web02 {unit}[{rng.randint(300, 65000)}]: {msg}")
    journal_text = "\n".join(journal)
    funcs = []
    for i in range(700):
        noun = rng.choice(["Order", "Invoice", "Customer", "Shipment"])
        funcs.append(
            f"// Get{noun}{i} loads one {noun.lower()} and checks the caller may see it.\n"
            f"func (s *Store) Get{noun}{i}(ctx context.Context, id int64) (*{noun}, error) {{\n"
            f'\trow := s.db.QueryRowContext(ctx, "SELECT id, data FROM {noun.lower()}s'
            ' WHERE id = $1", id)\n'
            f"\tvar v {noun}\n"
            "\tif err := row.Scan(&v.ID, &v.Data); err != nil {\n"
            f'\t\treturn nil, fmt.Errorf("get {noun.lower()} %d: %w", id, err)\n'
            "\t}\n\treturn &v, nil\n}\n"
        )
    go_source = (
        'package store\n\nimport (\n\t"context"\n\t"database/sql"\n\t"fmt"\n)\n\n'
        "type Store struct{ db *sql.DB }\n\n" + "\n".join(funcs)
    )
    install = (
        "## Installation\n\nmacOS and Linux:\n\n```sh\n"
        "curl -fsSL https://lanternfish.dev/install.sh | sh\n```\n\nWindows (PowerShell):\n\n"
        "```powershell\nirm https://lanternfish.dev/install.ps1 | iex\n```\n"
    )
    sections = []
    for i in range(260):
        topic = rng.choice(["queries", "indexes", "replication", "backups", "metrics", "auth"])
        body = " ".join(
            f"Lanternfish {topic} option {j} can be set in lanternfish.toml or with --{topic}-{j}."
            for j in range(rng.randint(5, 10))
        )
        sections.append(f"### {i + 1}. {topic.capitalize()}\n\n{body}\n")
    docs = "# Lanternfish documentation\n\n" + install + "\n".join(sections)
    texts = [
        ("cargo-lock", "https://github.com/example-org/agent/blob/main/Cargo.lock", cargo_lock),
        ("journal", None, journal_text),
        ("go-source", "https://github.com/example-org/shop/blob/main/store/store.go", go_source),
        ("docs-page", "https://lanternfish.dev/docs/all", docs),
    ]
    return [
        Sample(
            f"blind5-ok-large-{name}",
            text,
            kind="large-text",
            expect="not_flagged",
            source=src,
            target="other",
        )
        for name, src, text in texts
    ]


def large_benign_6() -> list[Sample]:
    """Blind-6's long texts (100-400 KiB, seeded), each pasted whole into an editor: a Rust source
    file, a CSV export of Windows security events (logon failures from documentation-range
    addresses), a Terraform state file, and a real project's install guide that quotes its own
    shell and PowerShell installers from its own domain (dprint.dev)."""
    rng = random.Random(20261206 + 6)
    funcs = []
    for i in range(900):
        noun = rng.choice(["Order", "Invoice", "Account", "Parcel"])
        funcs.append(
            f"/// Loads {noun.lower()} {i} and checks the caller may read it.\n"
            f"pub async fn get_{noun.lower()}_{i}(db: &Pool, id: i64) -> Result<{noun}, Error> {{\n"
            f"    let row = sqlx::query_as::<_, {noun}>"
            f'("SELECT * FROM {noun.lower()}s WHERE id = $1")\n'
            "        .bind(id)\n        .fetch_optional(db)\n        .await?;\n"
            f"    row.ok_or(Error::NotFound({i}))\n}}\n"
        )
    rust = "use crate::{Error, Pool};\n\n" + "\n".join(funcs)
    rows = ['"TimeCreated","Id","LevelDisplayName","Message"']
    for i in range(1800):
        ip = f"{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{rng.randint(1, 254)}"
        user = rng.choice(["administrator", "svc_backup", "jdoe", "scanner"])
        stamp = f"12/0{1 + i % 6}/2026 {i % 24:02d}:{(i * 7) % 60:02d}:{(i * 11) % 60:02d}"
        rows.append(
            f'"{stamp}","4625","Information","An account failed to log on. Account Name: {user} '
            f"Source Network Address: {ip} Logon Type: 3 Failure Reason: Unknown user name or "
            'bad password."'
        )
    events = "\n".join(rows)
    resources = []
    for i in range(700):
        kind = rng.choice(["aws_s3_bucket", "aws_iam_role", "aws_security_group"])
        resources.append(
            f'    {{\n      "mode": "managed",\n      "type": "{kind}",\n'
            f'      "name": "r{i}",\n      "provider": "provider[\\"registry.terraform.io/'
            'hashicorp/aws\\"]",\n'
            f'      "instances": [{{"attributes": {{"id": "res-{rng.randbytes(6).hex()}", '
            f'"arn": "arn:aws:iam::123456789012:{kind}/r{i}"}}}}]\n    }}'
        )
    state = (
        '{\n  "version": 4,\n  "terraform_version": "1.9.8",\n  "serial": 412,\n'
        '  "resources": [\n' + ",\n".join(resources) + "\n  ]\n}\n"
    )
    install = (
        "## Install\n\nmacOS and Linux:\n\n```sh\ncurl -fsSL https://dprint.dev/install.sh | sh\n"
        "```\n\nWindows:\n\n```powershell\niwr https://dprint.dev/install.ps1 -useb | iex\n```\n"
    )
    sections = []
    for i in range(300):
        topic = rng.choice(["plugins", "includes", "excludes", "line width", "incremental"])
        body = " ".join(
            f"The {topic} setting {j} is read from dprint.json and can be overridden per plugin."
            for j in range(rng.randint(5, 10))
        )
        sections.append(f"### {i + 1}. {topic.capitalize()}\n\n{body}\n")
    guide = "# dprint guide\n\n" + install + "\n".join(sections)
    texts = [
        ("rust-source", "https://github.com/example-org/ledger/blob/main/src/store.rs", rust),
        ("security-events-csv", None, events),
        ("terraform-state", None, state),
        ("install-guide", "https://dprint.dev/install/", guide),
    ]
    return [
        Sample(
            f"blind6-ok-large-{name}",
            text,
            kind="large-text",
            expect="not_flagged",
            source=src,
            target="other",
        )
        for name, src, text in texts
    ]


def samples() -> tuple[list[Sample], list[Sample]]:
    """(lures, benign) of the blind set."""
    return corpus.load(LURES), corpus.load(BENIGN) + large_benign()


# ----------------------------------------------------------------------------------------------
# Scoring through the CLI, bare and with context
# ----------------------------------------------------------------------------------------------


def scan_cli(items: list[Sample], context: bool) -> list[Scored]:
    """Each text through ``pasteguard scan --jsonl`` (the batch code path), in one process."""
    with tempfile.TemporaryDirectory(prefix="pasteguard-blind-") as tmp:
        path = corpus.write(Path(tmp) / "blind.jsonl", items, context=context)
        cmd = [*speed.cli_command(), str(path)]
        try:
            proc = subprocess.run(
                cmd, capture_output=True, text=True, timeout=CLI_TIMEOUT_S, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise BenchError(f"pasteguard scan --jsonl failed: {exc}") from exc
    if proc.returncode != 0:
        raise BenchError(f"pasteguard scan --jsonl exited {proc.returncode}: {proc.stderr[-500:]}")
    answers = {}
    for line in proc.stdout.splitlines():
        answer = json.loads(line)
        if "error" in answer:
            raise BenchError(f"pasteguard scan --jsonl: {answer['id']}: {answer['error']}")
        answers[str(answer["id"])] = answer
    scored = []
    for s in items:
        answer = answers.get(s.id)
        if answer is None:
            raise BenchError(f"pasteguard scan --jsonl gave no answer for {s.id}")
        level = parse_level(str(answer["level"]))
        scored.append(Scored(s, level or 0, tuple(answer.get("rules", ()))))
    return scored


def sigma_levels(items: list[Sample]) -> list[Scored]:
    """The baseline's levels; texts over SIGMA_MAX_CHARS count as not flagged (the baseline does
    not finish them in its time limit)."""
    short = [s for s in items if len(s.text) <= SIGMA_MAX_CHARS]
    with tempfile.TemporaryDirectory(prefix="pasteguard-blind-") as tmp:
        path = corpus.write(Path(tmp) / "blind.jsonl", short)
        by_id = {s.sample.id: s for s in score_sigma(short, sigma.run(path))}
    return [by_id.get(s.id, Scored(s, 0, ("not run: too long",))) for s in items]


def score(items: list[Sample]) -> list[Case]:
    ctx = scan_cli(items, context=True)
    bare = scan_cli([replace(s, source=None, target=None) for s in items], context=False)
    base = sigma_levels(items)
    return [Case(s, c, b, g) for s, c, b, g in zip(items, ctx, bare, base, strict=True)]


# ----------------------------------------------------------------------------------------------
# Tables
# ----------------------------------------------------------------------------------------------

Count = Callable[[Scored], bool]


def _flagged(s: Scored) -> bool:
    return s.level >= SUSPICIOUS


def _blocked(s: Scored) -> bool:
    return s.level >= MALICIOUS


@dataclass(frozen=True)
class Row:
    name: str
    target: str
    group: Callable[[list[Case], list[Case]], list[Case]]
    view: str  # "ctx" or "bare": which of our two scans the row counts
    count: Count
    ok: Callable[[int, int], bool] | None


def _lures(lures: list[Case], benign: list[Case]) -> list[Case]:
    return lures


def _blockers(lures: list[Case], benign: list[Case]) -> list[Case]:
    return [c for c in lures if c.sample.expect == "malicious"]


def _benign(lures: list[Case], benign: list[Case]) -> list[Case]:
    return benign


def _own_page(lures: list[Case], benign: list[Case]) -> list[Case]:
    return [c for c in benign if c.sample.kind == OWN_PAGE_KIND]


ROWS = (
    Row(
        "lures flagged, with context", "≥ 98 %", _lures, "ctx", _flagged, lambda n, t: n >= 0.98 * t
    ),
    Row(
        "lures blocked, with context", "≥ 90 %", _lures, "ctx", _blocked, lambda n, t: n >= 0.90 * t
    ),
    Row(
        "lures expected `malicious` blocked, with context",
        "(≥ 90 %)",
        _blockers,
        "ctx",
        _blocked,
        lambda n, t: n >= 0.90 * t,
    ),
    Row(
        "lures flagged, without context",
        "≥ 95 %",
        _lures,
        "bare",
        _flagged,
        lambda n, t: n >= 0.95 * t,
    ),
    Row(
        "benign flagged, with context",
        "≤ 1 %",
        _benign,
        "ctx",
        _flagged,
        lambda n, t: n <= 0.01 * t,
    ),
    Row("benign flagged, without context", "–", _benign, "bare", _flagged, None),
    Row(
        "installers from their own page flagged, with context",
        "≤ 2 %",
        _own_page,
        "ctx",
        _flagged,
        lambda n, t: n <= 0.02 * t,
    ),
    Row(
        "installers from their own page blocked, with context",
        "0",
        _own_page,
        "ctx",
        _blocked,
        lambda n, t: n == 0,
    ),
)


def _met(row: Row, n: int, total: int) -> str:
    return met(row.ok(n, total)) if row.ok else "–"


def summary_table(lures: list[Case], benign: list[Case], which: str) -> str:
    rows = []
    for row in ROWS:
        group = row.group(lures, benign)
        ours = sum(row.count(c.ctx if row.view == "ctx" else c.bare) for c in group)
        base = sum(row.count(c.sigma) for c in group)
        rows.append(
            [
                row.name,
                row.target,
                ratio(ours, len(group)),
                _met(row, ours, len(group)),
                ratio(base, len(group)),
                _met(row, base, len(group)),
            ]
        )
    headers = [
        f"metric ({which})",
        "target",
        "PasteGuard",
        "met?",
        "Sigma (bare)",
        "Sigma met?",
    ]
    return table(headers, rows, "llrcrc")


def family_table(cases: list[Case]) -> str:
    """Per technique family (lures) or kind (benign): flagged and blocked, both ways, and Sigma."""
    groups: dict[str, list[Case]] = {}
    for c in cases:
        groups.setdefault(c.family, []).append(c)
    rows = []
    for family in sorted(groups):
        g = groups[family]
        rows.append(
            [
                family,
                len(g),
                ratio(sum(_flagged(c.ctx) for c in g), len(g)),
                ratio(sum(_blocked(c.ctx) for c in g), len(g)),
                ratio(sum(_flagged(c.bare) for c in g), len(g)),
                ratio(sum(_flagged(c.sigma) for c in g), len(g)),
            ]
        )
    headers = [
        "family",
        "N",
        "flagged (context)",
        "blocked (context)",
        "flagged (bare)",
        "Sigma flagged",
    ]
    return table(headers, rows, "lrrrrr")


def run() -> list[Result]:
    return _run_set(LURES, BENIGN, LABEL, "BLIND", large=large_benign)


def run2() -> list[Result]:
    return _run_set(LURES_2, BENIGN_2, LABEL_2, "BLIND-2", large=False)


def run3() -> list[Result]:
    return _run_set(LURES_3, BENIGN_3, LABEL_3, "BLIND-3", large=large_benign_3)


def run4() -> list[Result]:
    return _run_set(LURES_4, BENIGN_4, LABEL_4, "BLIND-4", large=large_benign_4)


def run5() -> list[Result]:
    return _run_set(LURES_5, BENIGN_5, LABEL_5, "BLIND-5", large=large_benign_5)


def run6() -> list[Result]:
    return _run_set(LURES_6, BENIGN_6, LABEL_6, "BLIND-6", large=large_benign_6)


def run7() -> list[Result]:
    return _run_set(LURES_7, BENIGN_7, LABEL_7, "BLIND-7", large=None)


def run8() -> list[Result]:
    return _run_set(LURES_8, BENIGN_8, LABEL_8, "BLIND-8", large=None)


def run9() -> list[Result]:
    return _run_set(LURES_9, BENIGN_9, LABEL_9, "BLIND-9", large=None)


def run10() -> list[Result]:
    return _run_set(LURES_10, BENIGN_10, LABEL_10, "BLIND-10", large=None)


def run11() -> list[Result]:
    return _run_set(LURES_11, BENIGN_11, LABEL_11, "BLIND-11", large=None)


def run12() -> list[Result]:
    return _run_set(LURES_12, BENIGN_12, LABEL_12, "BLIND-12", large=None)


def run13() -> list[Result]:
    return _run_set(LURES_13, BENIGN_13, LABEL_13, "BLIND-13", large=None)


def run14() -> list[Result]:
    return _run_set(LURES_14, BENIGN_14, LABEL_14, "BLIND-14", large=None)


def run15() -> list[Result]:
    return _run_set(LURES_15, BENIGN_15, LABEL_15, "BLIND-15", large=None)


def run16() -> list[Result]:
    return _run_set(LURES_16, BENIGN_16, LABEL_16, "BLIND-16", large=None)


def run17() -> list[Result]:
    return _run_set(LURES_17, BENIGN_17, LABEL_17, "BLIND-17", large=None)


def run18() -> list[Result]:
    return _run_set(LURES_18, BENIGN_18, LABEL_18, "BLIND-18", large=None)


def run19() -> list[Result]:
    return _run_set(LURES_19, BENIGN_19, LABEL_19, "BLIND-19", large=None)


def run20() -> list[Result]:
    return _run_set(LURES_20, BENIGN_20, LABEL_20, "BLIND-20", large=None)


def run21() -> list[Result]:
    return _run_set(LURES_21, BENIGN_21, LABEL_21, "BLIND-21", large=None)


def run22() -> list[Result]:
    return _run_set(LURES_22, BENIGN_22, LABEL_22, "BLIND-22", large=None)


def run23() -> list[Result]:
    return _run_set(LURES_23, BENIGN_23, LABEL_23, "BLIND-23", large=None)


def _run_set(
    lure_path: Path,
    benign_path: Path,
    label: str,
    name: str,
    large: Callable[[], list[Sample]] | None,
) -> list[Result]:
    if not (lure_path.is_file() and benign_path.is_file()):
        raise BenchError(f"missing blind set {lure_path.name}/{benign_path.name} in {BLIND_DIR}")
    lure_samples = corpus.load(lure_path)
    long_texts = large() if large else []
    benign_samples = corpus.load(benign_path) + long_texts
    lures, benign = score(lure_samples), score(benign_samples)
    made = f" ({len(long_texts)} of them long texts made by bench/blind.py)" if large else ""
    notes = [
        label,
        f"{len(lures)} lures and {len(benign)} benign texts{made}. Context = each case's "
        "`source` page and `target` as the guard would "
        "know them; bare = the text alone. Both through `pasteguard scan --jsonl`. The Sigma "
        "baseline has no context: its columns are the bare texts (high/critical = blocked); it is "
        "not run on texts over 64 KiB (it does not finish them), which count as not flagged.",
        id_list(
            "Lures missed with context (below suspicious)",
            [c.ctx for c in lures if not _flagged(c.ctx)],
        ),
        id_list(
            "Lures expected `malicious` but not blocked with context",
            [c.ctx for c in lures if c.sample.expect == "malicious" and not _blocked(c.ctx)],
        ),
        id_list("Lures missed without context", [c.bare for c in lures if not _flagged(c.bare)]),
        id_list("Benign flagged with context", [c.ctx for c in benign if _flagged(c.ctx)], True),
        id_list(
            "Benign flagged without context", [c.bare for c in benign if _flagged(c.bare)], True
        ),
    ]
    number = tuned.number(name)
    status, short = tuned.status(number), tuned.short_status(number)
    return [
        Result(
            f"Detection quality: {name} set ({status})",
            summary_table(lures, benign, f"{name}, {short}"),
            notes,
        ),
        Result(
            f"Detection quality: {name} lures by technique family ({short})", family_table(lures)
        ),
        Result(f"Detection quality: {name} benign texts by kind ({short})", family_table(benign)),
    ]
