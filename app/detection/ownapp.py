"""Is this a company's own notice that sends you to its own app? "Your card is blocked: unblock it
in the app or call us."

The tech-support scam's first sentence ("your card / account has been blocked, call this
number") is also the first sentence of a bank's genuine notice after three wrong PINs, and the
scam rules (41-scam-calls.yaml) read it in every language they know. What the genuine notice
offers, and the scam does not, is the company's own way to put it right without calling
anyone: its app, its online banking, the number on the back of the card. A scam wants the
call; it never points to the victim's own app, where there is nothing to fix. So a short
notice that names that own channel and nothing a scam needs (an infection or intrusion, the
computer or its address, "do not switch off", hurry, "suspicious" or "unauthorised", money, a
gift card or crypto, a remote-access tool) keeps its number to itself: its lock findings are
dropped. The callback rules already read the own channel so (their `own_channel`), and an
organisation's IT notice is helpdesk.py's.
"""

from __future__ import annotations

import re

from app.detection.asciitwin import finder

MAX_CHARS = 4096  # a notice is short; a longer text is judged by the scam rules as it is

# Companies whose own domain a genuine notice names for the reader to type: the brands scam
# texts borrow (41-scam-calls.yaml's brand list) and the carriers whose fee notices they copy.
_OWN_SITE_NAMES = (
    "paypal|amazon|apple|icloud|microsoft|google|netflix|ebay|coinbase|binance|walmart|bestbuy"
    "|norton|mcafee|dhl|ups|fedex|usps|royalmail|dpd|gls|postnl|laposte|correos|poste"
)

# the company's own channel, offered as a way to act: its app, its online banking, the number
# printed on the card (in the languages the scam rules read)
_OWN_CHANNEL = re.compile(
    r"(?i)\b(?:in|from|via|through|using|open|with)\s+(?:the|our|your)\s+(?:[\w-]+\s+){0,2}app\b"
    r"|\bonline[- ]banking\b|\bnumber\s+on\s+the\s+back\s+of\s+your\s+card"
    # the lock lifts on its own and the person signs in again: nothing to call about
    r"|\bsign\s+in\s+again\s+(?:in|after)\s+\d+\s+(?:minutes?|hours?)"
    r"|\bwait\s+\d+\s+(?:minutes?|hours?)\s+(?:and|then|before\s+you)\s+(?:sign|log)\s*(?:in|on)\s+again"
    # (the company's app named as one word: "in der Sparkasse-App")
    r"|\bin\s+(?:der|unserer|ihrer)\s+\w+-app\b"
    r"|\bin\s+(?:der|unserer|ihrer)\s+(?:[\w-]+\s+)?app\b|\bnummer\s+auf\s+der\s+r.ckseite"
    r"|\b(?:dans|depuis|sur|via|avec)\s+(?:l.?\s?|votre\s+|notre\s+)app(?:li(?:cation)?)?\b"
    r"|\bdans\s+votre\s+espace\s+client\b|\bau\s+dos\s+de\s+votre\s+carte"
    r"|\b(?:en|desde)\s+(?:la\s+)?(?:app|aplicaci[óo]n)\b|\bbanca\s+(?:online|en\s+l[íi]nea)"
    r"|\b(?:dall|nell)['’]?\s?app\b|\bhome\s*banking\b|\bno\s+app\b|\bpelo\s+app\b|\bna\s+app\b"
    r"|\bin\s+de\s+app\b|\bvia\s+de\s+app\b|\bw\s+aplikacji\b|\bbankowo\S*\s+internetow"
    r"|\bmobil\s+uygulama|\binternet\s+[şs]ubesi|\bв\s+(?:мобильном\s+)?приложени"
    r"|アプリ|在\s*App|(?:手机|手機)银行|التطبيق"
    # (Swedish, Danish, Norwegian, Finnish, Czech, Hungarian, Romanian)
    r"|\bi\s+(?:[\w-]+[- ])?appen\b|\bsovelluksessa\b|\bv\s+aplikaci\b|\balkalmaz[áa]sban\b"
    r"|\b[îi]n\s+aplica[țţt]i"
    # signing in to it ("log in to the Chase app", "sign in to online banking", "melden Sie sich
    # im Online-Banking an" is above), a branch to walk into, the number printed on the card
    r"|\b(?:sign|log)\s*(?:in|on)(?:\s+to)?\s+(?:the|our|your)\s+(?:[\w&-]+\s+){0,2}(?:mobile\s+)?app\b"
    r"|\b(?:visit|at|in|go\s+to)\s+(?:a|any|your|one\s+of\s+our|your\s+nearest|the\s+nearest)"
    r"\s+(?:local\s+)?branch(?:es)?\b|\bback\s+of\s+your\s+(?:debit\s+|credit\s+)?card\b"
    r"|\b(?:en|dans\s+(?:votre|une|l.?une\s+de\s+nos))\s+agence\b"
    r"|\b(?:en|a)\s+(?:cualquier|su|una|nuestra)s?\s+(?:sucursal|oficina)\b"
    r"|\b(?:dorso|reverso)\s+de\s+su\s+tarjeta|\bin\s+(?:una\s+|qualsiasi\s+)?filiale\b"
    r"|\bretro\s+della\s+(?:sua\s+)?carta|\b(?:em|numa|na\s+sua)\s+ag[êe]ncia\b"
    r"|\bverso\s+do\s+(?:seu\s+)?cart[ãa]o|\binternet\s+banking\b"
    r"|\b(?:op|bij)\s+(?:een|het|uw)\s+(?:bij)?kantoor\b|\bachterkant\s+van\s+(?:uw|je)\s+(?:pas|kaart)"
    r"|\bin\s+(?:ihrer|einer|unserer)\s+filiale\b"
    # ...or the company's own web site, typed by hand: "log in to paypal.com", "go to
    # amazon.de", "melden Sie sich auf paypal.de an", "connectez-vous sur paypal.fr". Only the
    # bare domain of a company the scam rules know by name (not paypal-resolve.help, not a link
    # with a path a page could choose): a scam that names the real site has sent its reader
    # somewhere it cannot follow them, and a fake one is no company's own.
    r"|\b(?:log\s*(?:in|on|into)|sign\s*(?:in|on)|go|visit|open|anmelden|einloggen|besuchen|melden\s+sie\s+sich"
    r"|connectez-vous|rendez-vous|inicie\s+sesi[óo]n|acceda|accedi|visita|acesse|entre|inloggen"
    r"|ga\s+naar|logga\s+in|log\s+ind|logg\s+inn|kirjaudu|p[řr]ihlaste\s+se|jelentkezzen\s+be"
    r"|conecta[țţt]i-v[ăa]|войдите)\b[^\n.!?]{0,24}?\b(?:www\.)?(?:" + _OWN_SITE_NAMES + r")"
    r"\.(?:com|net|org|co\.uk|de|fr|es|it|nl|pl|at|ch|be|ca|com\.au|com\.br|co\.jp|in|ie|pt|se"
    r"|dk|no|fi|cz|hu|ro|ru|com\.tr)"
    r"(?![\w.-]*[\w-])(?!/\w)"
)
# its answer on ASCII text asked of an RE2 twin (asciitwin.py: ~50 times faster, the same)
_has_own_channel = finder(_OWN_CHANNEL)

# what a scam needs and a bank's own notice never says (no free-phone number here: banks have
# them too)
_SCAM_NEEDS = re.compile(
    r"(?i)\bvirus|malware|trojan|spyware|ransomware|\bhack|infect|\bpirat|unauthori[sz]ed"
    r"|suspicious|security\s+(?:alert|warning|breach)|\bfirewall|\bip\s+address|\brouter"
    r"|\b(?:computer|pc|laptop|device|windows|mac|browser)\b"
    r"|do\s+not\s+(?:turn|switch|shut|restart|close)|don.t\s+(?:turn|switch|shut|restart|close)"
    r"|immediately|\burgent|right\s+now|\bcall\s+now|within\s+\d+\s+(?:minutes?|hours?)"
    r"|\b(?:microsoft|apple|windows)\s+(?:support|technician|service)"
    r"|gift\s*card|bitcoin|\bcrypto|\brefund|[$€£¥₹₽₺]\s?\d|\d\s?(?:[$€£¥₹₽₺]|eur\b|usd\b|zł|tl\b)"
    r"|anydesk|teamviewer|ultraviewer|rustdesk|quick\s*assist|logmein|screenconnect|supremo"
    r"|\bremote\s+(?:access|support|control|session)"
    # French, German, Spanish, Italian, Portuguese, Dutch
    r"|n.?\s*(?:éteignez|redémarrez|fermez)\s+pas|immédiatement|urgen|suspect|non\s+autoris"
    r"|ordinateur|appareil|nicht\s+aus|sofort|verdächtig|unbefugt|gehackt|schadsoftware"
    r"|computer|rechner|gerät|no\s+(?:apague|reinicie|cierre)|inmediat|sospech|no\s+autorizad"
    r"|ordenador|dispositivo|non\s+spegn|subito|immediatamente|sospett|non\s+autorizzat"
    r"|não\s+(?:desligue|reinicie|feche)|imediatamente|suspeit|não\s+autorizad"
    r"|niet\s+uit|direct\s+bellen|onmiddellijk|verdacht|onbevoegd|apparaat"
    # Polish, Turkish, Russian
    r"|nie\s+wyłączaj|natychmiast|podejrzan|nieautoryzowan|wirus|komputer|urządzeni"
    r"|kapatmayın|hemen|derhal|şüpheli|yetkisiz|virüs|bilgisayar|cihaz"
    r"|вирус|троян|взлом|не\s+выключайте|срочно|немедленно|подозрительн|несанкционирован"
    r"|компьютер|устройств"
    # Swedish, Danish, Norwegian, Finnish, Czech, Hungarian, Romanian
    r"|omedelbart|genast|misstänkt|obehörig|\bdator|straks|omgående|mistænkelig|uautori[sz]er"
    r"|umiddelbart|mistenkelig|datamaskin|välittömästi|\bheti\b|epäilyttäv|luvaton|tietokone"
    r"|okamžitě|ihned|podezřel|neoprávněn|počítač|azonnal|gyanús|jogosulatlan|számítógép"
    r"|imediat|suspect|neautorizat|calculator"
    # Japanese, Chinese, Arabic, Korean
    r"|ウイルス|ウィルス|感染|不正アクセス|電源を切ら|今すぐ|至急|ハッキング|パソコン"
    r"|病毒|木马|木馬|黑客|不要关机|不要關機|立即|立刻|可疑|电脑|電腦"
    r"|فيروس|اختراق|مشبوه|لا\s+تغلق|فورا|فوراً|غير\s+مصرح|جهاز"
    r"|바이러스|해킹|감염|즉시|의심|전원을\s+끄지|컴퓨터"
)


# The call pressed: a hurry said of the call itself ("call … now", "contactez immédiatement le
# service", "Rufen Sie umgehend … an"), or the account threatened with closing. A bank that
# names its own app or branch lets the customer choose; a lure that adds "or use our app" to
# its number still wants the call now.
_PRESSED_CALL = re.compile(
    r"(?i)\b(?:call|dial|phone|ring|contact)\b[^.!?\n]{0,60}?\b(?:now|immediately|urgently"
    r"|right\s+away|asap|as\s+soon\s+as\s+possible|without\s+delay|within\s+\d+)\b"
    r"|\b(?:immediately|urgently|now)\s+(?:call|dial|contact)\b"
    r"|\b(?:appel\w*|contactez)\b[^.!?\n]{0,60}?(?:imm.diatement|sans\s+d.lai|d.s\s+maintenant"
    r"|sous\s+\d+|dans\s+les\s+\d+|au\s+plus\s+vite|d.urgence|en\s+urgence)"
    r"|\b(?:llam\w*|contacte\w*|comun.quese)\b[^.!?\n]{0,60}?(?:inmediatamente|urgentemente"
    r"|\bahora\b|cuanto\s+antes|en\s+las\s+pr.ximas\s+\d+|de\s+inmediato)"
    r"|\b(?:chiam\w*|contatt\w*)\b[^.!?\n]{0,60}?(?:subito|immediatamente|urgentemente|entro\s+\d+"
    r"|al\s+pi.\s+presto)"
    r"|\b(?:lig(?:ue|ar)|contate|entre\s+em\s+contato)\b[^.!?\n]{0,60}?(?:\bagora\b|imediatamente"
    r"|urgente|em\s+\d+\s+horas)"
    r"|\b(?:bel\w*|neem\s+(?:direct\s+)?contact)\b[^.!?\n]{0,60}?(?:onmiddellijk|meteen|\bdirect\b"
    r"|\bnu\b|binnen\s+\d+|zo\s+snel\s+mogelijk)"
    r"|\b(?:ruf\w*|kontaktieren)\b[^.!?\n]{0,60}?(?:sofort|umgehend|unverz.glich|dringend"
    r"|innerhalb\s+von\s+\d+)"
    # the account threatened with closing
    r"|\b(?:will|would)\s+be\s+(?:permanently\s+)?(?:closed|terminated|deleted|cancell?ed)\b"
    r"|\bsera\s+(?:d.finitivement\s+)?(?:cl.tur|ferm|supprim|r.sili)"
    r"|\bser.\s+(?:definitivamente\s+)?(?:cancelad|cerrad|eliminad|encerrad)"
    r"|\bverr.\s+(?:definitivamente\s+)?(?:chius|cancellat)"
    r"|\bwordt\s+(?:definitief\s+)?(?:opgeheven|gesloten)"
    r"|\bwird\s+(?:endg.ltig\s+)?(?:geschlossen|gek.ndigt|gel.scht|aufgel.st)"
    # (with the account named between: "sonst wird Ihr Konto geschlossen", "your account will
    # be closed")
    r"|\bwird\s+(?:ihr|dein|das)\s+(?:konto|zugang|karte)\s+(?:endg.ltig\s+)?"
    r"(?:geschlossen|gek.ndigt|gel.scht|aufgel.st|gesperrt)"
)


def own_way_out(text: str) -> bool:
    """The company's own channel named as a way to act (the reading `own_app_notice` makes of
    it) and the call not pressed: "unlock it in the app, or call us" is a bank's notice, "call
    0800 … now, or use our app" a lure that still wants the call. A lock rule that reads the
    hurry itself (tag `own-way-out`) is cleared by this, not by app words of its own."""
    if len(text) > MAX_CHARS:
        return False
    return _has_own_channel(text) and _PRESSED_CALL.search(text) is None


def own_app_notice(text: str) -> bool:
    """A company's own short notice that names its own channel (its app, online banking, the
    card's back), nothing a scam needs (see the module's docstring) and no call pressed ("call
    … right away, or sign in to online banking" wants the call)."""
    if len(text) > MAX_CHARS:
        return False
    return (
        _has_own_channel(text)
        and _SCAM_NEEDS.search(text) is None
        and _PRESSED_CALL.search(text) is None
    )
