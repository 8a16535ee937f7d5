"""Is this an organisation's own help-desk notice? "Your account is locked, call the service desk."

The tech-support scam and a company's IT department say the same first sentence ("your account
has been locked, call us"), and the scam rules (41-scam-calls.yaml) read it in every language
they know. What the genuine notice has, and the scam has not, is the organisation's own way in:
an internal extension (ext. 4321, poste 4321, Durchwahl, interno, ramal, toestel, wew., dahili,
доб., 内線, 分机, تحويلة, 내선) or its own ticket or self-service portal, and nothing a scam needs:
no infection or intrusion, no "do not switch off", no clock, no money or gift card, no
remote-access tool to install, no free-phone number to call "now". With all of that, the lock
and the number are the organisation's own business, and the text is a mail, not a lure.
"""

from __future__ import annotations

import re

from app.detection.asciitwin import finder

MAX_CHARS = 8192  # a notice is short; a longer text is judged by the scam rules as it is

# the organisation's own channel: an internal extension, or its ticket or self-service portal
_OWN_CHANNEL = re.compile(
    r"(?i)\b(?:ext\.?|extension|x)\s?\d{3,5}\b"
    r"|\b(?:open|raise|log|submit|create)\s+an?\s+(?:\w+\s+)?ticket\b|\bself[- ]service\s+portal"
    r"|\bIT\s+portal\b|\bservice\s*desk\s+portal"
    r"|\bposte\s+\d{3,5}\b|\b(?:ouvrir|ouvrez|cr[ée]er|cr[ée]ez)\s+un\s+ticket"
    r"|portail\s+libre[- ]service"
    r"|\bdurchwahl\b|\bnebenstelle\b|\bticket\s+(?:er[öo]ffnen|erstellen|anlegen)|self-service-portal"
    r"|\bext\.\s?\d|\bextensi[óo]n\s+\d{3,5}|\b(?:abrir|abra|crear|cree)\s+un\s+ticket"
    r"|portal\s+de\s+autoservicio|\binterno\s+\d{3,5}|\b(?:aprire|apra|apri|aprite)\s+un\s+ticket"
    r"|\bramal\s+\d{3,5}|\b(?:abrir|abra)\s+um\s+(?:chamado|ticket)|portal\s+de\s+autoatendimento"
    r"|\btoestel\s+\d{3,5}|\bticket\s+aan(?:maken|vragen)|maak\s+een\s+ticket|selfserviceportaal"
    r"|\bwew(?:n)?\.\s?\d{3,5}|zgłoszeni|portal\s+samoobsługow"
    r"|\bdahili\s+\d{3,5}|destek\s+talebi|talep\s+oluştur"
    r"|доб\.\s?\d{3,5}|добавочн|заявк[уаи]\b"
    r"|内線\s?\d{3,5}|チケット|分机\s?\d{3,5}|分機\s?\d{3,5}|工单|工單"
    r"|تحويلة\s?\d{3,5}|تذكرة|내선\s?\d{3,5}|티켓"
)
# its answer on ASCII text asked of an RE2 twin (asciitwin.py: ~50 times faster, the same)
_has_own_channel = finder(_OWN_CHANNEL)

# what a scam needs and an organisation's lock notice never says: an infection or intrusion,
# "do not switch off", hurry, a brand's support line, money, a remote-access tool, a free-phone
_SCAM_NEEDS = re.compile(
    r"(?i)\bvirus|malware|trojan|spyware|ransomware|\bhack|infect|compromis|\bpirat|unauthori[sz]ed"
    r"|suspicious|security\s+(?:alert|warning)|do\s+not\s+(?:turn|switch|shut|restart|close)"
    r"|don.t\s+(?:turn|switch|shut|restart|close)|immediately|\burgent|right\s+now|\bcall\s+now"
    r"|within\s+\d+\s+(?:minutes?|hours?)"
    r"|\bmicrosoft\s+(?:support|service|technician)|\bwindows\s+(?:support|defender)|\bapple\s+support"
    r"|gift\s*card|\bfee\b|\bpay(?:ment)?\b|\brefund|bitcoin|\bcrypto"
    r"|[$€£¥₹₽]\s?\d|\d\s?(?:[$€£¥₹₽]|eur\b|usd\b|dollars?\b|euros?\b)"
    r"|anydesk|teamviewer|ultraviewer|rustdesk|quick\s*assist|logmein|screenconnect|supremo"
    r"|splashtop|zoho\s+assist|\bremote\s+(?:access|support|control|session)"
    # French, German, Spanish, Italian, Portuguese, Dutch
    r"|n.?\s*(?:éteignez|redémarrez|fermez)\s+pas|immédiatement|urgen|activité\s+suspecte|accès\s+non\s+autoris"
    r"|nicht\s+aus|sofort|verdächtig|unbefugt|gehackt|schadsoftware"
    r"|no\s+(?:apague|reinicie|cierre)|inmediat|sospechos|no\s+autorizad"
    r"|non\s+spegn|subito|immediatamente|sospett|non\s+autorizzat"
    r"|não\s+(?:desligue|reinicie|feche)|imediatamente|suspeit|não\s+autorizad"
    r"|niet\s+uit|direct\s+bellen|onmiddellijk|verdacht|onbevoegd"
    # Polish, Turkish, Russian
    r"|nie\s+wyłączaj|natychmiast|podejrzan|nieautoryzowan|wirus"
    r"|kapatmayın|hemen|derhal|şüpheli|yetkisiz|virüs"
    r"|вирус|троян|взлом|не\s+выключайте|срочно|немедленно|подозрительн|несанкционирован"
    # Japanese, Chinese, Arabic, Korean
    r"|ウイルス|ウィルス|感染|不正アクセス|電源を切ら|今すぐ|至急|ハッキング"
    r"|病毒|木马|木馬|感染|黑客|不要关机|不要關機|立即|立刻|可疑"
    r"|فيروس|اختراق|مشبوه|لا\s+تغلق|فورا|فوراً|غير\s+مصرح"
    r"|바이러스|해킹|감염|즉시|의심|전원을\s+끄지"
    # an outside free-phone number (a company's IT has its own line, not a 0800 or 1-800)
    r"|\b1[ .\-]?8(?:00|33|44|55|66|77|88)\b|\b0 ?800\b|\b8[ \-]?800\b|0120"
    r"|numéro\s+vert|numero\s+verde"
)


def own_help_desk(text: str) -> bool:
    """An organisation's own help-desk notice: its extension or its portal, and nothing that a
    tech-support scam needs (see the module's docstring)."""
    if len(text) > MAX_CHARS:
        return False
    return _has_own_channel(text) and _SCAM_NEEDS.search(text) is None
