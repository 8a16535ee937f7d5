"""Writes tests/data/cases/b9benign.jsonl: sign-in documentation and Run-box entries that were
warned about or blocked although they are ordinary, each beside the look-alikes that must stay
flagged or blocked.

    python tests/data/cases/make_b9benign.py

Deterministic. Names are made up; lure hosts are reserved names (*.test, *.example, *.invalid).
No text is copied from a blind set, a lure collection or another detector's fixtures. Each line
is {id, text, expect, technique, platform, source, target}.

Principles:

- `oauth-template-port`: a loopback redirect whose port is written as a word (`127.0.0.1:port`,
  `localhost:PORT`, `[::1]:{port}`) is documentation's template of the flow: a browser's address
  bar always shows the number, so nothing in it is a code a page could take. Look-alikes: the
  same redirect with a real port, alone or asked to be pasted, from any page.
- `oauth-docs-warning`: documentation quoting a real-looking redirect and warning NOT to paste
  it ("never ask users to paste it elsewhere", "ne collez jamais", "貼り付けないでください") is
  no request to paste it back. Look-alikes: the warning with an exception ("do not paste it
  anywhere but the box below"), a warning about something else before a request ("don't close
  this tab, paste it here"), a negated copy followed by a paste, the address alone.
- `oauth-docs-wide-script`: the same explanation in Japanese, Chinese, Korean, Russian, Greek,
  Hebrew, Vietnamese or Thai, around a real redirect: the address's share of the text is counted
  in UTF-8 bytes, since one character of theirs says what three of English say, so a sentence
  is not read as "the address and a word or two". Look-alikes: a word or two in those scripts
  around the address (blocked).
- `run-box-own-switches`: Windows' and Office's own programs typed with their documented
  switches: Disk Cleanup running the list the user saved (/sagerun:n), Excel or Word opening a
  document without macros here or on a share of the local network (a plain name, fs01.corp,
  nas.local; read-only with Excel's /r), PowerPoint (also as a slide show) and Visio likewise,
  Outlook's own modes and resets that take nothing (or a profile's name), a browser's private
  window, Windows Media Player as its Start menu shortcut starts it (/prefetch:n).
  Look-alikes: a macro-enabled file, a public host, an address (a name of digits or hex too), WebDAV,
  Disk Cleanup's switches that delete without asking, a second program; and the typed entries
  written by a page (blocked) or a mail (still a warning).
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("b9benign.jsonl")
STRANGER = "https://www.quillmere-bakery.example/verify/step2"
CLAIM = "https://account-restore.quillmere.test/continue"

# -- OAuth documentation -------------------------------------------------------------------------

DOC_PAGES = [
    "https://developers.google.com/identity/protocols/oauth2/native-app",
    "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow",
    "https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps",
    "https://www.rfc-editor.org/rfc/rfc8252",
    None,
    "https://docs.tarnwick.example/cli/login",
]
CODES = [
    "4/P3k9Xw72-vQmZtLcEa8Rn1sYd0uJ",
    "M.C507_BAY.2.U.7f3c9a1e-44b2-4d1a-9c8e-2b6f0a91d3e7",
    "d8f1e0a7b6c54e3a2f19",
    "SplxlQ7bZ9YbYS6WxSbIA2",
    "0.AXkA8f3Lq2vT9mWcR4nP7yZs1Hb",
]
TEMPLATES = [
    "After the user grants access, the server redirects to http://127.0.0.1:port/?code={c}"
    "&scope=email. Your app reads the code from the query and exchanges it for tokens.",
    "The authorization server sends the browser to http://localhost:PORT/callback?code={c}"
    "&state=af0ifjsldkj; the loopback listener your app started picks it up.",
    "Redirect URI: http://[::1]:{{port}}/oauth2/callback, so the response looks like "
    "http://[::1]:{{port}}/oauth2/callback?code={c}&state=xyz.",
    "Example response:\nhttp://127.0.0.1:<port>/?code={c}&scope=openid%20email",
    "Nach der Anmeldung leitet der Server an http://127.0.0.1:port?code={c} weiter; die App "
    "tauscht den Code gegen Tokens.",
    "Après la connexion, le navigateur est redirigé vers http://localhost:port/?code={c}&state=s1 "
    "et l'application échange ce code.",
    "ユーザーが許可すると http://127.0.0.1:port/?code={c} にリダイレクトされ、アプリがコードを"
    "トークンに交換します。",
    "用户授权后，服务器会重定向到 http://127.0.0.1:port/?code={c}，应用再用该代码换取令牌。",
    "http://localhost:$PORT/auth/callback?code={c}&state=abc123",
    "Tras el consentimiento, el navegador vuelve a http://127.0.0.1:puerto/?code={c}.",
    "The CLI listens on http://localhost:PORT and receives http://localhost:PORT/?code={c}"
    "&state=st8 when you approve the request.",
    "GET http://127.0.0.1:port/callback?code={c}&state=9f2 HTTP/1.1",
]
WARNINGS = [
    "After the user grants access, the server redirects to http://127.0.0.1:53682/?code={c}"
    "&scope=email. Your app exchanges this code for tokens; never ask users to paste it elsewhere.",
    "The browser lands on http://localhost:8400/callback?code={c}&state=s7. Do not paste this "
    "address into any website: it carries a one-time code for your account.",
    "Your listener receives http://127.0.0.1:49152/?code={c}&state=k2. Don't copy it into "
    "chats or support tickets.",
    "Le navigateur arrive sur http://localhost:8400/?code={c}&state=s2. Ne collez jamais cette "
    "adresse dans un autre site.",
    "El navegador abre http://127.0.0.1:3000/callback?code={c}&state=z1. No pegue esta "
    "dirección en ninguna página web.",
    "Il browser apre http://127.0.0.1:3000/?code={c}&state=r4. Non incollare mai questo "
    "indirizzo in altri siti.",
    "ユーザーがアクセスを許可すると、ブラウザーは http://127.0.0.1:53682/?code={c}&state=q1 に"
    "移動し、アプリがこのコードをトークンに交換します。このアドレスにはアカウントのコードが含まれる"
    "ため、他のサイトに貼り付けないでください。",
    "用户授权后，浏览器会打开 http://127.0.0.1:53682/?code={c}&state=q1，应用随后用这个代码换取"
    "令牌。该地址含有账户的一次性代码，请勿粘贴此地址到任何网页或聊天中。",
    "Der Browser öffnet http://localhost:8400/?code={c}&state=d3. Diese Adresse niemals in "
    "eine Webseite einfügen.",
    "Przeglądarka otworzy http://127.0.0.1:3000/?code={c}&state=p5. Nie wklejaj tego adresu "
    "na żadnej stronie.",
    "Браузер откроет http://127.0.0.1:3000/?code={c}&state=r5. Не вставляйте этот адрес на "
    "другие сайты.",
    "The redirect http://localhost:9004/cb?code={c}&state=w8 is meant for the app on this "
    "computer only. Users should never paste it anywhere.",
]
# documentation in a script that says in one character what English says in three, quoting a
# real redirect: its explanation is no "word or two" around a pasted address
WIDE_SCRIPT_DOCS = [
    "ブラウザーは http://127.0.0.1:53682/?code={c}&state=q1 に移動し、アプリがコードを交換します。",
    "ユーザーが同意すると http://localhost:8400/callback?code={c} へリダイレクトされます。",
    "用户同意后，浏览器跳转到 http://127.0.0.1:53682/?code={c}&state=z2，应用用代码换取令牌。",
    "使用者同意後，瀏覽器會前往 http://localhost:8400/?code={c}，應用程式再交換權杖。",
    "사용자가 동의하면 http://127.0.0.1:53682/?code={c}&state=k3 로 리디렉션되고 앱이 토큰으로 교환합니다.",
    "После входа браузер откроет http://127.0.0.1:3000/?code={c}, и приложение обменяет код на токены.",
    "Το πρόγραμμα περιήγησης ανοίγει http://localhost:8400/?code={c} και η εφαρμογή ανταλλάσσει τον κωδικό.",
    "בסיום הכניסה הדפדפן עובר אל http://127.0.0.1:3000/?code={c} והאפליקציה מחליפה את הקוד באסימון.",
    "Sau khi đồng ý, trình duyệt chuyển tới http://127.0.0.1:53682/?code={c} và ứng dụng đổi mã lấy token.",
    "เมื่อผู้ใช้อนุญาต เบราว์เซอร์จะไปที่ http://localhost:8400/?code={c} แล้วแอปจะแลกโค้ดเป็นโทเค็น",
    "Users should never share or paste http://127.0.0.1:53682/?code={c}&state=e1: the app reads it.",
    "Your app receives http://localhost:8400/?code={c}&state=e2 on its loopback listener and "
    "exchanges the code at the token endpoint. You must not send or paste this redirect to anyone.",
]
# the same scripts, a word or two around a real redirect: the address pasted alone
WIDE_SCRIPT_LURES = [
    "認証コード http://127.0.0.1:53682/?code={c}&state=q1",
    "验证 http://127.0.0.1:53682/?code={c}&state=z2",
    "코드 http://localhost:8400/?code={c}&state=k3",
    "код: http://127.0.0.1:3000/?code={c}&state=r1",
    "確認済み: http://localhost:8400/callback?code={c}",
    "Never share or copy it; paste http://127.0.0.1:3000/?code={c}&state=b9 below.",
]
# a lure's own text around a real redirect: it asks for the address back, whatever it warns
ASKS_BACK = [
    "http://localhost:53682/?code={c}&state=k1",
    "http://127.0.0.1:8400/callback?code={c}&state=s9",
    "After the user grants access, the server redirects to http://127.0.0.1:53682/?code={c}"
    "&scope=email. Copy the whole address from the bar and paste it below to finish.",
    "Sign-in finished: http://localhost:8400/?code={c}&state=s3 — do not paste this anywhere "
    "but the verification box below.",
    "Your browser shows http://127.0.0.1:3000/?code={c}&state=a8. Don't close this tab; paste "
    "the address here to continue.",
    "Never share it with anyone. Copy http://127.0.0.1:3000/?code={c}&state=b2 and paste it "
    "into the field below.",
    "Never copy it by hand: just paste http://localhost:8400/?code={c}&state=c4 into the box "
    "below.",
    "Your app exchanges this code for tokens: http://127.0.0.1:53682/?code={c}&state=d5. Do not "
    "paste it elsewhere, only into the form below.",
    "Ne fermez pas cette page. Collez ici l'adresse http://localhost:8400/?code={c}&state=f1.",
    "The app got http://127.0.0.1:53682/?code={c}&state=m3 from your browser. Never paste it "
    "anywhere — just here, in the box below.",
    "No need to copy anything else: paste http://localhost:8400/?code={c}&state=n4 in the field "
    "under this message so we can finish.",
    "http://127.0.0.1:53682/?code={c}&state=g6\nEinfügen Sie die Adresse oben, um fortzufahren.",
    "認証が完了しました http://127.0.0.1:53682/?code={c}&state=h7 このアドレスをここに貼り付けてください。",
    "http://localhost:8400/?code={c}&state=j8 请复制这个地址并粘贴到下面的框中。",
]


def oauth_docs(book: Book) -> None:
    for i, shape in enumerate(TEMPLATES):
        text = shape.format(c=CODES[i % len(CODES)])
        book.add("oauth-template-port", text, "not_flagged", "any", "unknown", DOC_PAGES[i % 6])
    for i, shape in enumerate(WARNINGS):
        text = shape.format(c=CODES[i % len(CODES)])
        book.add("oauth-docs-warning", text, "not_flagged", "any", "unknown", DOC_PAGES[i % 6])
    for i, shape in enumerate(WIDE_SCRIPT_DOCS):
        text = shape.format(c=CODES[i % len(CODES)])
        book.add("oauth-docs-wide-script", text, "not_flagged", "any", "unknown", DOC_PAGES[i % 6])
    for i, shape in enumerate(WIDE_SCRIPT_LURES):
        text = shape.format(c=CODES[i % len(CODES)])
        page = (CLAIM, None, STRANGER)[i % 3]
        book.add("oauth-docs-lookalike", text, "malicious", "any", "unknown", page)
    for i, shape in enumerate(ASKS_BACK):
        text = shape.format(c=CODES[i % len(CODES)])
        # from a docs page too: the page cannot make the address its own documentation
        page = (STRANGER, CLAIM, DOC_PAGES[0], None)[i % 4]
        book.add("oauth-docs-lookalike", text, "malicious", "any", "unknown", page)


# -- the Run box ---------------------------------------------------------------------------------

RUN = "run_dialog"
BAR = "explorer_bar"
HELP_PAGE = "https://support.harrowfield.example/kb/free-up-disk-space"
MAIL = "outlook"

OWN_SWITCHES = [
    "cleanmgr /sagerun:1", "cleanmgr /d C: /sagerun:7", "cleanmgr.exe /sagerun:65535",
    "cleanmgr /sagerun:11 /d D", "cleanmgr /lowdisk", "cleanmgr /d C /lowdisk",
    "cleanmgr /tuneup:3", "CleanMgr.exe /d E: /sageset:2",
    r"excel /r \\fileserver01\Finance\Budget_2027.xlsx", r"excel /r \\nas\team\rota.xlsx",
    r'excel /r "\\fs-02\Shared Docs\Q3 plan.xlsx"', r"excel.exe /r C:\Users\sam\Documents\a.xlsx",
    r"excel \\fileserver01\Finance\export.xlsx", r'excel "%USERPROFILE%\Desktop\list.xlsx"',
    r"excel /e /r \\hq-files\hr\leave.xlsx", r"excel /x \\fileserver01\ops\stock.xlsx",
    r"winword \\fileserver01\Legal\contract.docx", r'winword "D:\Letters\to the board.docx"',
    r"winword /n \\nas\templates\memo.docx", r"excel /r \\nas.local\team\rota.xlsx",
    r'winword "\\fs01.corp\Board Papers\minutes.docx"', r"excel \\files.lan\ops\stock.xlsx",
    "wmplayer /prefetch:1", "wmplayer.exe /prefetch:1", "WMPlayer /prefetch:2",
    r"powerpnt /s \\fileserver01\Sales\pitch.pptx", r'powerpnt "D:\Talks\Q3 review.pptx"',
    "powerpnt /safe /n", r"visio \\nas.local\plans\floor.vsdx", "visio /safe",
    "outlook /safe /nopreview", "outlook /cleanreminders /resetnavpane", "outlook /safe:1 /nopreview",
    "outlook /profile Work", "outlook.exe /resetfolders /nopreview",
    "chrome --incognito", r'"C:\Program Files\Google\Chrome\Application\chrome.exe" --incognito',
    "msedge -inprivate", "msedge.exe --inprivate",
]  # fmt: skip
OWN_SWITCH_LOOKALIKES = [
    r"excel /r \\fileserver01\Finance\Budget_2027.xlsm", r"excel /r \\fileserver01\x\book.xls",
    r"excel /r \\fileserver01\x\book.xlsb", r"excel /r \\files.quillmere.example\x\book.xlsx",
    r"excel /r \\203.0.113.5\x\book.xlsx", r"excel /r \\3405803781\x\book.xlsx",
    r"excel /r \\0xcb007105\x\book.xlsx", r"excel /r \\fs01@SSL\DavWWWRoot\book.xlsx",
    r"excel /r \\fs01.corp.quillmere.example\x\book.xlsx", r"excel /r \\corp.example\x\a.xlsx",
    r"excel /r \\127.1\x\book.xlsx", r"excel \\fileserver01\x\export.csv", r"excel /r \\[2001:db8::5]\x\book.xlsx",
    r"excel /r \\fs01@8080\x\book.xlsx", "excel /r https://files.quillmere.example/book.xlsx",
    r"excel /r \\fileserver01\book.xlsx", r"excel /r %LOGONSERVER%\netlogon\book.xlsx",
    r"excel /r \\fileserver01\x\book.xlsx /e /e", r"excel /r C:\Users\Public\invoice.xlsm",
    r"winword \\fileserver01\Legal\contract.docm", r"winword \\fileserver01\Legal\contract.rtf",
    r"winword \\files.quillmere.example\x\contract.docx",
    r"excel /r \\fileserver01\x\book.xlsx & calc", r"excel /m \\fileserver01\x\book.xlsx",
    "cleanmgr /verylowdisk /d D:", "cleanmgr /autoclean /d C", "cleanmgr /d E /setup", "cleanmgr /sagerun:abc",
    "cleanmgr /sagerun:1 /sagerun:2", r"cleanmgr /sagerun:1 \\fs02\x", "cleanmgr /sagerun:1 calc",
    "wmplayer https://media.quillmere.example/a.asx", r"wmplayer \\files.quillmere.example\a.wma",
    "wmplayer /prefetch:1 /prefetch:1", "wmplayer /prefetch:x", "wmplayer /open /prefetch:1",
    r"powerpnt /s \\fileserver01\Sales\pitch.pptm", r"powerpnt /s \\files.quillmere.example\a.ppsx",
    r"powerpnt /s C:\Users\Public\Downloads\deck.ppt", "powerpnt /m quillmere",
    r"visio \\fileserver01\plans\floor.vsdm", r"visio \\203.0.113.5\plans\floor.vsdx",
    r"outlook /altvba C:\Users\Public\VbaProject.otm", r"outlook /a C:\Users\sam\Documents\keys.xlsx",
    r"outlook /f \\files.quillmere.example\invoice.msg", "outlook /c ipm.note /m someone@quillmere.example", "outlook /cleanautocompletecache /safe",
    r"outlook /profile Work /altvba %TEMP%\x.otm", r"outlook /profile \\files.quillmere.example\p",
    "chrome --incognito https://verify.quillmere.example/", "chrome --incognito --remote-debugging-port=9222",
    r"chrome --incognito --load-extension=C:\Users\Public\ext", "chrome --headless --dump-dom https://a.quillmere.example/",
    "chrome --app=https://verify.quillmere.example/", r"msedge --inprivate --user-data-dir=\\fs02\p",
    "msedge -inprivate https://verify.quillmere.example/", r"C:\Users\Public\chrome.exe --incognito",
]  # fmt: skip


# Of those, Disk Cleanup's list of what to clean and Outlook's start-up modes on a profile by
# name, which runbox.yaml `pages` takes from any page since design16's weighing: nothing is
# deleted, loaded or reset, so a page gains nothing by writing them.
PAGE_SAFE = frozenset({"CleanMgr.exe /d E: /sageset:2", "outlook /safe /nopreview",
                       "outlook /safe:1 /nopreview", "outlook /profile Work"})  # fmt: skip
# Since b18benign's weighing (2026-12-07 afternoon, runbox.yaml `opens`): what a program
# name, a path or an address would open anyway, given to the program that opens it, is
# taken like one of them whoever wrote it, a page or a mail included.
# Here: Office opening a document without macros here or on the local network, a browser in a
# private window.
PAGE_SAFE |= frozenset({
    r"excel /r \\fileserver01\Finance\Budget_2027.xlsx", r'excel /r "\\fs-02\Shared Docs\Q3 plan.xlsx"',
    r"excel \\fileserver01\Finance\export.xlsx", r"winword \\fileserver01\Legal\contract.docx",
    r'winword "\\fs01.corp\Board Papers\minutes.docx"', r'powerpnt "D:\Talks\Q3 review.pptx"',
    r"visio \\nas.local\plans\floor.vsdx",
    r'"C:\Program Files\Google\Chrome\Application\chrome.exe" --incognito',
    "msedge.exe --inprivate", r'excel "%USERPROFILE%\Desktop\list.xlsx"',
    r"excel /r \\nas.local\team\rota.xlsx", r"powerpnt /s \\fileserver01\Sales\pitch.pptx",
    "msedge -inprivate",
})  # fmt: skip


def run_box(book: Book) -> None:
    tech = "run-box-own-switches"
    for i, text in enumerate(OWN_SWITCHES):
        book.add(tech, text, "not_flagged", "windows", BAR if i % 6 == 5 else RUN)
    for text in OWN_SWITCH_LOOKALIKES:
        book.add(tech, text, "flagged", "windows", RUN)
    # the same entries written by a page: a command in the Run box, blocked
    for i, text in enumerate(OWN_SWITCHES[::2]):
        page = (HELP_PAGE, STRANGER)[i % 2]
        expect = "not_flagged" if text in PAGE_SAFE else "malicious"
        book.add(tech, text, expect, "windows", RUN if i % 3 else BAR, page)
    # ...or by a mail or a chat: a command there, at least a warning
    for text in OWN_SWITCHES[1::3]:
        book.add(
            tech, text, "not_flagged" if text in PAGE_SAFE else "flagged", "windows", RUN, MAIL
        )


def build() -> list[dict[str, str]]:
    book = Book("b9b")
    oauth_docs(book)
    run_box(book)
    return book.cases


CASES = build()


def main() -> None:
    write(OUT, CASES)


if __name__ == "__main__":
    main()
