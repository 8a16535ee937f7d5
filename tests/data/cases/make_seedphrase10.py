"""Writes tests/data/cases/seedphrase10.jsonl: seed-phrase phishing, the lure that asks for a
crypto wallet's recovery phrase (seed words) or private key, beside the wallet texts that must
stay quiet.

    python tests/data/cases/make_seedphrase10.py

Deterministic (fixed lists). Hosts are reserved names (.example, .test, .invalid). No text is
copied from a lure collection, another detector's fixtures or the blind sets. Each line is
{id, text, expect, technique, platform[, source], target}.

Technique `seed-phrase` (PG-SCAM-SEED-PHRASE, a warning: the text is not a command; a block
with both a live link and a threat, PG-SCAM-SEED-PHRASE-LINK-THREAT): the ask
(enter / send / verify / synchronise the recovery phrase, the seed or the private key) with a
push (a link, a wallet "flagged / suspended / restricted", a deadline, "validate / sync your
wallet", a "wallet support" agent), in en de fr es it pt nl pl tr ru ja zh. Look-alikes: a
wallet's own safety text ("never share your recovery phrase", "support will never ask for
it"), backup steps (write the words on paper), a restore guide with no push, crypto news and
developer docs about mnemonics and keys, and texts about this very scam.
"""

from __future__ import annotations

from pathlib import Path

from casefile import Book, write  # beside this script (tests/data/cases/make_*.py)

book = Book("sp10")
add = book.add

LURES = [
    # en
    "Your wallet has been flagged for unusual activity. To restore access, enter your 12-word recovery phrase at https://wallet-restore.example/restore within 24 hours.",
    "Notice: your MetaMask account is suspended. Verify your Secret Recovery Phrase here: https://mm-verify.test/validate",
    "Hello, I am from the Wallet Support team. To fix the stuck transaction please share your seed phrase with me in DM so I can sync your wallet.",
    "Your wallet needs to be synchronised with the new network. Please validate your wallet by entering your 24-word seed phrase on https://dapp-sync.invalid",
    "URGENT: your Trust Wallet will be deactivated in 48 hours. Submit your recovery phrase at https://trust-kyc.example/form to keep your funds.",
    "Airdrop reward unclaimed! Connect and import your private key at https://claim-drop.test to receive 500 tokens.",
    "Support ticket #5512: our agent needs you to provide your secret recovery phrase to reactivate the locked wallet.",
    "Your Ledger device is compromised. Type your 24-word recovery phrase into https://ledger-secure.invalid/recover immediately to move your funds.",
    # de
    "Ihre Wallet wurde gesperrt. Bitte geben Sie Ihre 12 Wörter Wiederherstellungsphrase innerhalb von 24 Stunden unter https://wallet-pruefung.example ein.",
    "Sicherheitshinweis: Verdächtige Aktivität. Bestätigen Sie Ihre Seed-Phrase sofort auf https://konto-sync.test, sonst wird die Wallet deaktiviert.",
    "Um Ihre Wallet zu synchronisieren, übermitteln Sie bitte Ihren privaten Schlüssel an unseren Support: https://support-wallet.invalid",
    # fr
    "Votre portefeuille a été suspendu. Pour rétablir l'accès, saisissez votre phrase de récupération de 12 mots sur https://restaure-wallet.example sous 24 heures.",
    "Activité suspecte détectée : confirmez votre phrase secrète immédiatement sur https://verif-portefeuille.test",
    "Pour synchroniser votre portefeuille, envoyez votre clé privée à notre équipe : https://sync-wallet.invalid",
    # es
    "Su billetera ha sido suspendida. Para restaurar el acceso, introduzca su frase de recuperación de 12 palabras en https://billetera-restaurar.example en 24 horas.",
    "Actividad sospechosa: verifique su frase semilla inmediatamente en https://verificar-cartera.test",
    "Para sincronizar su cartera, envíe su clave privada a nuestro equipo de soporte: https://soporte-wallet.invalid",
    # pt
    "Sua carteira foi bloqueada. Para restaurar o acesso, insira sua frase de recuperação de 12 palavras em https://carteira-restaurar.example em 24 horas.",
    "Atividade suspeita detectada: digite sua frase semente imediatamente em https://validar-carteira.test",
    "Para sincronizar sua carteira, envie sua chave privada para o suporte: https://suporte-carteira.invalid",
    # it
    "Il tuo wallet è stato sospeso. Per ripristinare l'accesso inserisci la tua frase di recupero di 12 parole su https://ripristino-wallet.example entro 24 ore.",
    "Attività sospetta: conferma la tua frase segreta immediatamente su https://verifica-portafoglio.test",
    # nl
    "Uw wallet is geblokkeerd. Voer uw herstelzin van 12 woorden binnen 24 uur in op https://wallet-herstel.example",
    "Verdachte activiteit: bevestig uw herstelzin onmiddellijk via https://wallet-check.test",
    # pl
    "Twój portfel został zablokowany. Wpisz swoją frazę odzyskiwania z 12 słów w ciągu 24 godzin na https://portfel-odzyskaj.example",
    "Podejrzana aktywność: natychmiast potwierdź swój klucz prywatny na https://weryfikacja-portfela.test",
    # tr
    "Cüzdanınız askıya alındı. Erişimi geri yüklemek için 12 kelimelik kurtarma ifadenizi 24 saat içinde https://cuzdan-kurtar.example adresine girin.",
    "Şüpheli işlem tespit edildi: gizli kurtarma ifadenizi hemen https://cuzdan-dogrula.test üzerinden doğrulayın.",
    "Cüzdanınızı senkronize etmek için özel anahtarınızı destek ekibine gönderin: https://destek-cuzdan.invalid",
    # ru
    "Ваш кошелёк заблокирован. Чтобы восстановить доступ, введите фразу восстановления из 12 слов на https://koshelek-vosstanovit.example в течение 24 часов.",
    "Подозрительная активность: срочно подтвердите сид-фразу на https://proverka-koshelka.test",
    "Для синхронизации кошелька отправьте приватный ключ в службу поддержки: https://podderzhka-koshelka.invalid",
    # ja
    "お客様のウォレットは凍結されました。24時間以内に https://wallet-fukkatsu.example でリカバリーフレーズを入力してください。",
    "不審なアクティビティを検出しました。至急 https://wallet-kakunin.test でシードフレーズを送信してください。",
    "ウォレットを同期するため、秘密鍵をサポートに送信してください: https://wallet-sync.invalid",
    # zh
    "您的钱包已被冻结。请在24小时内前往 https://qianbao-huifu.example 输入您的助记词以恢复访问。",
    "检测到可疑活动,请立即在 https://qianbao-yanzheng.test 提交您的助记词。",
    "为同步您的钱包,请将私钥发送给客服: https://kefu-qianbao.invalid",
    "您的錢包已被凍結,請立即在 https://qianbao-tw.example 輸入助記詞。",
    # a fake support chat, no link, with a deadline
    "Wallet support agent here. Your funds are frozen: reply with your 12-word seed phrase within 30 minutes to unlock them.",
    "Action required: your wallet failed verification. Complete KYC by entering your mnemonic phrase at https://wallet-kyc.invalid/verify",
    "hey, support here. your tx is stuck, just send me ur seed phrase and i'll fix it asap",
    "Votre compte est restreint. Merci d'indiquer votre phrase de récupération pour le débloquer : https://debloque.example",
    "Telegram wallet admin: your balance is restricted, send your recovery phrase to @wallet_help_test so we can sync your wallet immediately.",
]
for text in LURES:
    # a warning; Turkish texts only flagged: the look-alike letter signal counts the dotless ı
    # (PG-HOMOGLYPH-TEXT, +15), which can lift them to a block
    # flagged: a warning, or a block when a live link and a threat or a clock come together
    # (PG-SCAM-SEED-PHRASE-LINK-THREAT; both levels pinned in b15lures.jsonl)
    add("seed-phrase", text, "flagged", "any", "unknown")
# pasted into a chat box or a browser form: still a warning
for text in LURES[:6]:
    add("seed-phrase", text, "flagged", "any", "other")

CALM = [
    # wallets' own safety text
    "Never share your Secret Recovery Phrase. MetaMask support will never ask for it.",
    "Anyone who asks for your seed phrase is trying to steal your funds. Do not enter it on any website.",
    "Important: we will never ask you to enter your 12-word recovery phrase. If someone does, report it at https://wallet.example/report",
    "Geben Sie Ihre Wiederherstellungsphrase niemals weiter, auch nicht an unseren Support.",
    "Ne partagez jamais votre phrase de récupération, même avec notre support.",
    "Nunca compartas tu frase de recuperación con nadie, ni siquiera con soporte.",
    "Nunca compartilhe sua frase de recuperação. O suporte nunca vai pedir por ela.",
    "Non condividere mai la tua frase di recupero con nessuno.",
    "Deel uw herstelzin nooit met iemand, ook niet met support.",
    "Nigdy nie udostępniaj swojej frazy odzyskiwania nikomu.",
    "Kurtarma ifadenizi asla kimseyle paylaşmayın.",
    "Никогда не сообщайте фразу восстановления никому, даже службе поддержки.",
    "リカバリーフレーズは絶対に他人と共有しないでください。",
    "切勿向任何人透露您的助记词,客服不会向您索要。",
    # backup and onboarding steps
    "Write down your 12-word recovery phrase on paper and keep it somewhere safe and offline.",
    "Next, confirm your Secret Recovery Phrase by selecting the words in the right order.",
    "Schreiben Sie Ihre 24 Wörter auf Papier und bewahren Sie sie sicher auf.",
    "Notez votre phrase de récupération sur papier et gardez-la hors ligne.",
    "リカバリーフレーズを紙に書き留め、安全な場所に保管してください。",
    "请将助记词抄写在纸上并妥善保管。",
    # restore guides with no push
    "To restore your wallet on a new phone, open the app, tap Import wallet and enter your recovery phrase.",
    "Para restaurar su billetera en un nuevo dispositivo, abra la aplicación e introduzca su frase de recuperación.",
    "Um die Wallet auf einem neuen Gerät wiederherzustellen, öffnen Sie die App und geben Sie Ihre Wiederherstellungsphrase ein.",
    "Для восстановления кошелька на новом устройстве откройте приложение и введите фразу восстановления.",
    "新しい端末でウォレットを復元するには、アプリを開いてリカバリーフレーズを入力します。",
    "To sync your wallet to the new device, import your seed phrase in the app.",
    "If your wallet is locked, enter your recovery phrase in the app to restore it.",
    "Verify your backup: enter words 3, 7 and 11 of your recovery phrase. Backup incomplete: your funds are at risk until you finish.",
    "Para sincronizar la billetera en otro teléfono, introduzca su frase semilla en la aplicación.",
    "Keep your seed phrase safe. Enter it only in your hardware wallet, never on a website.",
    "After the upgrade, re-import your private key from the .env file into Hardhat; the old testnet faucet was suspended.",
    "If you cannot import your recovery phrase, contact our support team at https://help.wallet.example",
    # crypto news
    "Bitcoin rose 4% on Friday after the ETF flows; analysts expect volatility to continue.",
    "Exchange halts withdrawals for 12 hours during a planned network upgrade.",
    "Hardware wallet maker ships firmware 2.1 with support for 24-word passphrases.",
    # developer docs
    "const wallet = ethers.Wallet.fromPhrase(process.env.MNEMONIC)",
    "Set MNEMONIC in your .env file to the test mnemonic of your local Hardhat network.",
    "BIP-39 defines how a mnemonic of 12 or 24 words encodes the entropy of a seed.",
    "ssh-keygen -t ed25519 writes your private key to ~/.ssh/id_ed25519; never share it.",
    "Import your private key into the local keystore with geth account import ./key.txt",
    "To verify the signature, paste the public key into the form at https://docs.example/verify",
    # texts about the scam
    "Beware of scammers posing as wallet support on Discord who ask you to validate your wallet by entering your seed phrase.",
    "Scam alert: fake sites ask you to sync your wallet and submit your 12-word recovery phrase at a link. Ignore them.",
    "Achtung Betrüger: Gefälschte Seiten verlangen, Ihre Seed-Phrase sofort einzugeben.",
    "Cuidado con la estafa: piden verificar su frase semilla inmediatamente en un enlace.",
    "Мошенники просят срочно подтвердить сид-фразу по ссылке.",
    "詐欺に注意: 至急シードフレーズを入力するよう求める偽サイトがあります。",
    "警惕诈骗: 有人要求立即输入助记词。",
    # other secrets with a deadline, not a wallet's
    "Please enter your one-time code within 10 minutes to finish signing in.",
]
for text in CALM:
    add("seed-phrase", text, "not_flagged", "any", "unknown")

CASES = book.cases

if __name__ == "__main__":
    write(Path(__file__).with_name("seedphrase10.jsonl"), CASES)
