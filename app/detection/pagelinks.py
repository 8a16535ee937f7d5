"""What a page hands over that runs someone's code without a download in the text.

Two shapes that are quiet on their own and a lure from the wrong page (engine._page_runs_code,
PG-PAGE-PACKAGE-RUNNER and PG-PAGE-HANDLER-LINK in 54-g21-lures.yaml):

- a package runner: `npx pkg`, `npm exec -- github:owner/repo`, `pnpm dlx`, `yarn dlx`, `bunx`,
  `deno run -A npm:pkg`, `uvx pkg`, `pipx run pkg`, `go run host/mod@latest`. Each fetches a
  package from a registry or a forge and runs it at once, with the user's rights: a developer's
  everyday line on the project's own page, and the same one-liner as a fake check page's "fix"
  (the package is the payload; nothing in the text looks like a download);
- a program's own link pasted into the address bar: `ms-appinstaller:?source=<package>` (App
  Installer installs a stranger's signed package with one click) and
  `shortcuts://import-shortcut?url=<file>` (Shortcuts imports a stranger's shortcut).

The readers here only say what the text is (one line, read to its end, bounded); the engine
asks who the page is.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

MAX_LINE = 1024
MAX_LINES = 4  # a runner among a few lines (a comment, `cd` first); a longer text is a script

# an optional prompt, then the runner and what it runs
_RUNNER = re.compile(
    r"(?i)^\s*(?:\$\s+|>\s+|PS [^>\n]{0,80}>\s*|%\s+)?(?:sudo\s+(?:-\w+\s+){0,3})?"
    r"(npx|pnpx|bunx|uvx|dnx|pnpm\s+dlx|yarn\s+dlx|bun\s+x|npm\s+(?:exec|x)|uv\s+tool\s+run"
    r"|pipx\s+run|go\s+run|deno\s+(?:run|x)|nix\s+run"
    # ...or a package manager installing one (its install scripts run as it installs, and a
    # command of that name is then on the PATH to run)
    r"|npm\s+(?:install|i|add|create|init)|pnpm\s+(?:add|create)|yarn\s+(?:global\s+add|add|create)"
    r"|bun\s+(?:add|create|install|i)|pip3?\s+install|python3?\s+-m\s+pip\s+install|py\s+-m\s+pip"
    r"\s+install|pipx\s+install|uv\s+(?:pip|tool)\s+install|gem\s+install|cargo\s+install"
    r"|go\s+install|dotnet\s+tool\s+(?:install|exec|run)"
    # ...or Homebrew installing a formula, a cask or a tap (a tap is someone's repository of
    # formulas, a cask by address someone's file), or a container run from an image
    r"|brew\s+(?:install|reinstall|tap)|docker\s+(?:run|container\s+run)|podman\s+run)\s+(.{1,900})$"
)
# the first argument that is not an option (and not an option's value we know takes one)
_TOKEN = re.compile(r"\S+")
_VALUED = frozenset(
    {"-p", "--package", "--from", "--with", "--spec", "-c", "--call", "--python", "-r",
     "--requirement", "--constraint", "--index-url", "-i", "--extra-index-url", "--registry",
     "--target", "-t", "--prefix", "--root", "--version", "--git", "--branch", "--tag"}
)  # fmt: skip
# the options of `docker run` / `podman run` that take a value (`-v /:/host`, `--name x`)
_CONTAINER_VALUED = frozenset(
    {"-v", "--volume", "-p", "--publish", "-e", "--env", "--env-file", "--name", "--network",
     "--net", "-w", "--workdir", "--entrypoint", "--mount", "-u", "--user", "--restart",
     "--platform", "-l", "--label", "-m", "--memory", "--cpus", "--add-host", "--device",
     "--cap-add", "--cap-drop", "--security-opt", "--pid", "--ipc", "-h", "--hostname", "--tmpfs",
     "--ulimit", "--log-driver", "--log-opt", "--gpus", "--shm-size", "--dns", "--link",
     "--volumes-from", "--expose", "--runtime", "--userns", "--uts", "--pull", "--cidfile"}
)  # fmt: skip
# deno runs a remote module or a package of a registry; a local file is the user's own
_DENO_REMOTE = re.compile(r"(?i)^(?:npm:|jsr:|https?://)")
# go run of a module at a version (`@latest`, `@v1.2.3`): fetched, built and run; a path or
# a file (`.`, `./cmd/x`, `main.go`) is the checked-out project's own
_GO_REMOTE = re.compile(
    r"(?i)^([a-z0-9][a-z0-9.-]{0,252}\.[a-z]{2,63})(?:/[^\s@]{1,300})?@\S{1,80}$"
)
_GITHUB_SPEC = re.compile(r"(?i)^(?:github:|git\+https://github\.com/)([a-z0-9][a-z0-9-]{0,38})/")
_URL_SPEC = re.compile(r"(?i)^(?:git\+)?https?://([a-z0-9.-]{1,253})(?:[:/]|$)")

# where a package manager's installs come from (a runner of the same family reads the same)
INSTALLERS = {
    "npm": "registry.npmjs.org",
    "pnpm": "registry.npmjs.org",
    "yarn": "registry.npmjs.org",
    "bun": "registry.npmjs.org",
    "pip": "pypi.org",
    "pip3": "pypi.org",
    "python": "pypi.org",
    "python3": "pypi.org",
    "py": "pypi.org",
    "pipx": "pypi.org",
    "uv": "pypi.org",
    "gem": "rubygems.org",
    "cargo": "crates.io",
    "dotnet": "api.nuget.org",
}
# the public registries: every page is a stranger to them, so only a page's own dress counts
PUBLIC_REGISTRIES = frozenset(
    {"registry.npmjs.org", "pypi.org", "jsr.io", "rubygems.org", "crates.io", "api.nuget.org",
     "docker.io"}
)  # fmt: skip

# the registries' own sites: a package's page there shows its install line whatever the
# package is called (pypi.org/project/captcha/ is no check page)
REGISTRY_SITES = frozenset(
    {"pypi.org", "npmjs.com", "crates.io", "rubygems.org", "go.dev", "jsr.io", "nuget.org",
     "deno.land", "deno.com", "pythonhosted.org", "yarnpkg.com", "pnpm.io", "brew.sh",
     "docker.com"}
)  # fmt: skip

REGISTRY = {
    "npx": "registry.npmjs.org",
    "pnpx": "registry.npmjs.org",
    "bunx": "registry.npmjs.org",
    "dnx": "api.nuget.org",
    "pnpm dlx": "registry.npmjs.org",
    "yarn dlx": "registry.npmjs.org",
    "bun x": "registry.npmjs.org",
    "npm exec": "registry.npmjs.org",
    "npm x": "registry.npmjs.org",
    "uvx": "pypi.org",
    "uv tool run": "pypi.org",
    "pipx run": "pypi.org",
}


def _lines(text: str) -> list[str] | None:
    """The text's lines that are not blank or comments, when it has only a few short ones."""
    if len(text) > MAX_LINES * MAX_LINE:
        return None
    lines = [ln for ln in text.strip().splitlines() if ln.strip()]
    if not lines or len(lines) > MAX_LINES or any(len(ln) > MAX_LINE for ln in lines):
        return None
    return [ln for ln in lines if not ln.lstrip().startswith(("#", "//", "REM ", "rem "))]


def package_runner(text: str) -> tuple[str, str, str] | None:
    """(runner, what it runs, the host it comes from) of the first line of a short text that
    runs a package fetched from a registry or a forge, else None."""
    lines = _lines(text)
    if not lines:
        return None
    for line in lines:
        m = _RUNNER.match(line)
        if m is None:
            continue
        runner = " ".join(m.group(1).lower().split())
        container = runner.startswith(("docker", "podman"))
        spec = _first_argument(m.group(2), _CONTAINER_VALUED if container else _VALUED)
        if not spec:
            continue
        host = _spec_host(runner, spec)
        if host:
            return runner, spec[:120], host
    return None


def _first_argument(rest: str, valued: frozenset[str] = _VALUED) -> str:
    """The first word after the runner's options (`--yes`, `-y`, `--`, `-A`, `--allow-net`)."""
    skip = False
    for tok in _TOKEN.findall(rest)[:24]:
        if skip:
            skip = False
            continue
        if tok == "--":
            continue
        if tok.startswith("-"):
            skip = tok.lower() in valued
            continue
        return str(tok).strip("\"'")
    return ""


def _spec_host(runner: str, spec: str) -> str:
    """Where the package comes from, or "" when it is the user's own (a local path or file)."""
    low = spec.lower()
    if low.startswith((".", "/", "~", "\\")) or ":\\" in low[:3]:
        return ""
    gh = _GITHUB_SPEC.match(spec)
    if gh:
        return "github.com"
    url = _URL_SPEC.match(spec)
    if url:
        return url.group(1).lower()
    if runner in ("go run", "go install"):
        mod = _GO_REMOTE.match(spec)
        return mod.group(1).lower() if mod else ""
    if runner.startswith(("docker", "podman")):
        # an image: `registry.host[:port]/name[:tag]`, or a name of Docker Hub's
        first, sep, _ = spec.partition("/")
        if sep and ("." in first or ":" in first or first == "localhost"):
            return first.split(":", 1)[0].lower()
        return "docker.io"
    if runner.startswith("brew"):
        # a tap (`owner/repo`, or its formula `owner/repo/name`) is someone's repository on a
        # forge; a formula or cask of Homebrew's own (`brew install wget`) is curated
        return "github.com" if "/" in spec else ""
    if runner == "nix run":
        return "github.com" if ("#" in spec or ":" in spec) else ""
    if runner in ("deno run", "deno x"):
        if not _DENO_REMOTE.match(spec):
            return ""
        return "jsr.io" if low.startswith("jsr:") else "registry.npmjs.org"
    if low.endswith((".js", ".ts", ".mjs", ".cjs", ".py", ".go", ".whl", ".tgz", ".txt", ".gem")):
        return ""  # a file of the project (`npx tsx script.ts` names the runner first)
    if spec.startswith("@") and "/" not in spec:
        return ""  # (`npm create vite@latest` names the package after the verb: `vite@…`)
    return REGISTRY.get(runner) or INSTALLERS.get(runner.split(" ", 1)[0], "")


_SPEC_PREFIX = re.compile(r"(?i)^(?:npm:|jsr:|github:|git\+)")
_NAME_PIECE = re.compile(r"[a-z0-9]{3,}")


def names_package(where: str, spec: str) -> bool:
    """Whether a page's host and path name the package it hands over (`evil-dev.github.io/
    fixer/` and `npx fixer`): the project's own page, whatever its words."""
    name = _SPEC_PREFIX.sub("", spec.lower()).rstrip("/")
    name = name.rsplit("/", 1)[-1].split("@", 1)[0]
    pieces = _NAME_PIECE.findall(name)
    return bool(pieces) and "".join(pieces) in "".join(_NAME_PIECE.findall(where.lower()))


_APP_INSTALLER = re.compile(r"(?i)^[\"']?ms-appinstaller:\??source=([^\s\"']{1,2000})[\"']?$")
_SHORTCUT = re.compile(
    r"(?i)^[\"']?(?:shortcuts|workflow)://(?:x-callback-url/)?import-(?:shortcut|workflow)/?\?"
    r"(?:[^\s\"']{0,400}&)?url=([^\s\"'&]{1,2000})[^\s\"']*[\"']?$"
)
_LINK_HOST = re.compile(r"(?i)^https?://([a-z0-9.-]{1,253})(?:[:/?#]|$)")


def handler_link(text: str) -> tuple[str, str, str] | None:
    """(program, the address it is given, that address's host) when the whole text is one
    link of a program's own scheme that installs or imports a file from an address (App
    Installer's ms-appinstaller:?source=, Shortcuts' import-shortcut?url=), else None."""
    word = text.strip()
    if not word or len(word) > 2 * MAX_LINE or "\n" in word:
        return None
    for program, pattern in (("App Installer", _APP_INSTALLER), ("Shortcuts", _SHORTCUT)):
        m = pattern.match(word)
        if m is None:
            continue
        address = unquote(m.group(1))[:2048]
        host = _LINK_HOST.match(address)
        if host is None:
            return None
        return program, address, host.group(1).lower().rstrip(".")
    return None
