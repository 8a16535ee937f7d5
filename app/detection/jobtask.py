"""A job task's page handing out a repository to clone and run (fake job interviews).

Fake recruiters send a "take-home assignment" whose repository runs its payload the moment it is
built or started (npm's install scripts, a Makefile, a setup.py): the page is a job posting, an
assessment or an interview's, and the text clones a repository and builds or runs it. Developers'
own READMEs and tutorials clone and build too, so the page's words are what tells them apart:
only a page that speaks of hiring, an interview or an assignment makes it a lure trait.

Attacker text: RE2 only (linear), on a bounded prefix.
"""

from __future__ import annotations

import re

import re2

from app.detection.indicators import parse_web_page

MAX_TEXT = 16 * 1024  # characters of the text looked at: a task's steps are short

# git clone of an address, then (on the same line after && or ;, or on a later line) a step that
# builds or starts what was cloned: a package manager's install or run, pip on the tree, make,
# cargo, go, a script or program of the tree, docker compose
CLONE_THEN_RUN = re2.compile(
    r"(?is)\bgit\s+clone\s[^\n]{0,300}?(?:https?|git|ssh)://\S{1,300}"
    r".*?(?:&&|;|\n|\|\|)\s*(?:sudo\s+)?(?:"
    r"npm\s+(?:i|install|ci|start|test|run(?:-script)?\s+\S+)\b|yarn\b|pnpm\s+(?:i|install|dev|start"
    r"|run\s+\S+)\b|bun\s+(?:i|install|dev|start|run\s+\S+)\b|npx\s+\S+|node\s+\S+"
    r"|pip3?\s+install\s+(?:-\S+\s+)*(?:-e\s+)?(?:\.|-r\s+\S+)|python[0-9.]*\s+(?:-m\s+\S+|\S+\.py)"
    r"|poetry\s+(?:install|run)\b|uv\s+(?:sync|run)\b|make\b|cmake\b|cargo\s+(?:run|build|install)\b"
    r"|go\s+(?:run|build|install|generate)\b|docker(?:-|\s+)compose\s+up\b"
    r"|\./\S+|(?:ba|z)?sh\s+\S+\.sh\b)"
)

# Words of a page address that speak of hiring someone and testing them (a job board's posting,
# an assessment platform's task, a recruiter's page): "take home" is two words in an address.
_JOB_WORDS = frozenset(
    {
        "hire", "hiring", "hired", "job", "jobs", "career", "careers", "recruit", "recruiter",
        "recruiters", "recruiting", "recruitment", "interview", "interviews", "assignment",
        "assignments", "candidate", "candidates", "takehome", "assessment", "assessments",
        "vacancy", "vacancies", "talent", "applicant", "applicants", "devjobs", "webjobs",
        "codingtest", "techtest",
    }
)  # fmt: skip
_WORD = re.compile(r"[a-z0-9]+")
MAX_WORDS = 32


def job_task_page(page_address: str | None) -> str:
    """The word of a page's address that makes it a job's or an interview's page, or ""."""
    page = parse_web_page(page_address)
    if page is None:
        return ""
    words: list[str] = _WORD.findall((page.host + " " + page.path).lower())[:MAX_WORDS]
    for i, word in enumerate(words):
        if word in _JOB_WORDS:
            return word
        # web3-devjobs, hire-me: a job word inside a joined name
        if word.endswith(("jobs", "hiring", "careers")) and len(word) <= 16:
            return word
        if word == "take" and i + 1 < len(words) and words[i + 1] == "home":
            return "take-home"
    return ""


def clones_and_runs(text: str) -> bool:
    """Whether the text clones a repository and then builds or runs it."""
    head = text[:MAX_TEXT]
    return "clone" in head.lower() and CLONE_THEN_RUN.search(head) is not None
