"""The calm claim about you in the thirteen languages the scam rules speak: what a company is
said to have found on YOUR computer, account or licence, the order to call about it, the words
that make it advice instead of a claim ("if your computer…"), and the company's own channel
(the app, the account's settings) that a genuine notice sends you to (scamsentence.scam_claim).

Each claim pattern is either the possessive and the thing with a state after it ("Ihr Konto
wurde gesperrt", "votre licence a expiré", "您的电脑检测到") or a finding before the thing
("Microsoft a détecté un problème sur votre ordinateur"), within one sentence. RE2: `\\b` and
`\\w` are ASCII-only, so words of other scripts end with `\\pL*` and never with `\\b`.
"""

from __future__ import annotations

# what may stand between the parts of a claim: the rest of one sentence, briefly
_GAP = r"[^\n.!?。！？]{0,60}?"
_SHORT = r"[^\n.!?。！？]{0,30}?"


def _claim(poss: str, thing: str, state: str, found: str = "", prep: str = "") -> str:
    """poss thing … state | found … prep poss thing (either order in one sentence)."""
    what = rf"(?:[\pL0-9]+-)?(?:{thing})"
    first = rf"(?:{poss})\s+(?:\S+\s+){{0,2}}?{what}\pL*{_GAP}(?:{state})"
    if not found:
        return first
    return rf"{first}|(?:{found}){_GAP}(?:{prep})\s+(?:{poss})\s+(?:\S+\s+){{0,2}}?{what}"


# language -> (claim, order to call, conditional before the claim, own channel)
LANGUAGES: dict[str, tuple[str, str, str, str]] = {
    "de": (
        _claim(
            r"\b(?:ihr|ihre|ihrem|ihren|ihres|ihrer|dein|deine|deinem|deinen)",
            r"(?:[a-z0-9]+-)?(?:computer|pc|rechner|ger.t|system|konto|lizenz|abonnement|abo|"
            r"ip-adresse|internetanschluss|router|browser|apple-id|daten|postfach|registrierung|"
            r"microsoft-konto|windows)",
            r"erkannt|festgestellt|gemeldet|markiert|gesperrt|abgelaufen|deaktiviert|"
            r"eingeschr.nkt|kompromittiert|verwendet|benutzt|angemeldet|zugegriffen|"
            r"(?:.berpr.ft|verifiziert|best.tigt|erneuert|reaktiviert)\s+werden|"
            r"nicht\s+(?:mehr\s+)?(?:aktiviert|gesch.tzt|registriert|g.ltig|echt|sicher)|"
            r"l.uft\s+(?:heute\s+)?ab|veraltet|gef.hrdet",
            r"(?:erkannt|festgestellt|entdeckt|gefunden|bemerkt|registriert|probleme?|"
            r"bedrohung(?:en)?|viren|virus|ungew.hnliche\s+aktivit.t|verd.chtige\s+aktivit.t)",
            r"auf|an|bei|in|mit|von|f.r|aus",
        ),
        r"\b(?:anrufen|rufen\s+sie|kontaktieren|wenden\s+sie\s+sich|melden\s+sie\s+sich|"
        r"hotline|telefonisch|unter\s+(?:der\s+)?(?:nummer|rufnummer)|techniker|support-?team|"
        r"servicenummer|kundendienst)",
        # and a whole clause with no comma yet ("Wenn der Zugriff auf Ihr Konto gesperrt wurde, …")
        r"\b(?:wenn|falls|sollte|sollten|ob)\s+(?:\S+\s+){0,2}$|\b(?:wenn|falls)\s+[^,.;:!?\n]{0,40}$",
        r"in\s+(?:der|unserer|ihrer)\s+(?:[\w-]+\s+)?app\b|kundenkonto|kontoeinstellungen|"
        r"offizielle[nr]?\s+(?:website|app)|nummer\s+auf\s+(?:der\s+r.ckseite|ihrer\s+karte)|"
        r"melden\s+sie\s+sich\s+(?:in|bei)\s+ihrem\s+konto\s+an",
    ),
    "fr": (
        _claim(
            r"\b(?:votre|vos|ton|ta|tes)",
            r"ordinateur|pc|appareil|syst.me|compte|licence|abonnement|adresse\s+ip|connexion|"
            r"routeur|navigateur|identifiant\s+apple|donn.es|messagerie|windows|mac",
            r"d.tect|signal|bloqu|suspendu|expir|d.sactiv|restreint|compromis|utilis|"
            r"connect|consult|doit\s+.tre\s+(?:v.rifi|valid|renouvel|r.activ)|"
            r"n.est\s+(?:plus\s+)?(?:activ|prot.g|enregistr|authentique|valide|s.curis)|"
            r"arrive\s+.\s+expiration|obsol.te|en\s+danger|.\s+risque",
            r"d.tect|identifi|constat|trouv|remarqu|relev|observ|probl.me|menace|virus|"
            r"activit.\s+(?:inhabituelle|suspecte)",
            r"sur|dans|avec|de|depuis|pour|.",
        ),
        r"\b(?:appelez|appeler|appelle[rz]?|contactez|contacter|composez|joindre|t.l.phone|"
        r"assistance|technicien|service\s+client|num.ro)",
        r"\b(?:si|lorsque|quand|au\s+cas\s+o.)\s+(?:\S+\s+){0,2}$",
        r"dans\s+(?:l.?application|votre\s+espace\s+client)|param.tres\s+de\s+(?:votre\s+)?compte|"
        r"site\s+officiel|num.ro\s+(?:au\s+dos|figurant\s+sur)",
    ),
    "es": (
        _claim(
            r"\b(?:su|sus|tu|tus)",
            r"computadora|computador|ordenador|pc|equipo|dispositivo|sistema|cuenta|licencia|"
            r"suscripci.n|direcci.n\s+ip|conexi.n|router|navegador|id\s+de\s+apple|windows|"
            r"datos|correo",
            r"detectad|reportad|marcad|bloquead|suspendid|caducad|vencid|expirad|desactivad|"
            r"restringid|comprometid|hackead|utilizad|usad|accedid|(?:se\s+)?est.\s+(?:usando|utilizando)|"
            r"(?:debe|necesita)\s+(?:ser\s+)?(?:verificad|renovad|validad|reactivad)|"
            r"requiere\s+(?:una\s+)?verificaci|no\s+(?:est.\s+)?(?:activad|protegid|registrad)|"
            r"no\s+es\s+(?:original|genuin|v.lid)|en\s+riesgo|desactualizad|"
            r"ha\s+(?:caducado|vencido|expirado)",
            r"detect|identific|encontr|observ|registr|problema|amenaza|virus|"
            r"actividad\s+(?:inusual|sospechosa)",
            r"en|de|con|desde|para",
        ),
        r"\b(?:llame|llamar|ll.menos|llamando|contacte|comun.quese|marque|tel.fono|t.cnico|"
        r"soporte|atenci.n\s+al\s+cliente|l.nea\s+gratuita)",
        r"\b(?:si|cuando|en\s+caso\s+de\s+que)\s+(?:\S+\s+){0,2}$",
        r"en\s+(?:la\s+)?(?:app|aplicaci.n)\b|configuraci.n\s+de\s+(?:su\s+)?cuenta|"
        r"sitio\s+(?:web\s+)?oficial|n.mero\s+(?:que\s+aparece\s+)?(?:en|al)\s+(?:el\s+)?"
        r"(?:reverso|dorso)",
    ),
    "it": (
        _claim(
            r"\b(?:il\s+suo|la\s+sua|i\s+suoi|le\s+sue|il\s+tuo|la\s+tua|suo|sua|tuo|tua|"
            r"vostro|vostra)",
            r"computer|pc|dispositivo|sistema|account|licenza|abbonamento|indirizzo\s+ip|"
            r"connessione|router|browser|id\s+apple|windows|dati|casella",
            r"rilevat|segnalat|contrassegnat|bloccat|sospes|scadut|disattivat|limitat|"
            r"compromess|violat|utilizzat|usat|acceduto|"
            r"deve\s+essere\s+(?:verificat|rinnovat|convalidat|riattivat)|"
            r"va\s+(?:verificat|rinnovat)|necessita\s+di\s+(?:verifica|rinnovo)|"
            r"non\s+(?:.\s+)?(?:pi.\s+)?(?:attivat|protett|registrat|original|valid)|"
            r"a\s+rischio|obsolet|scade\s+oggi",
            r"rilevat|individuat|riscontrat|trovat|notat|identificat|problem|minacc|virus|"
            r"attivit.\s+(?:insolit|sospett)",
            r"sul|sulla|nel|nella|con|dal|dalla|per|su|in",
        ),
        r"\b(?:chiami|chiamare|chiama|chiamaci|contatti|contattare|contatta|telefoni|"
        r"numero\s+verde|assistenza|tecnico|servizio\s+clienti)",
        r"\b(?:se|quando|qualora|nel\s+caso\s+in\s+cui)\s+(?:\S+\s+){0,2}$",
        r"nell.?app\b|impostazioni\s+(?:del(?:l.)?\s+)?account|sito\s+ufficiale|"
        r"area\s+(?:clienti|riservata)|numero\s+(?:sul\s+retro|riportato\s+sul)",
    ),
    "pt": (
        _claim(
            r"\b(?:seu|sua|seus|suas|teu|tua|o\s+seu|a\s+sua)",
            r"computador|pc|dispositivo|aparelho|sistema|conta|licen.a|assinatura|"
            r"subscri..o|endere.o\s+ip|conex.o|roteador|router|navegador|id\s+apple|windows|"
            r"dados|e-?mail",
            r"detectad|detetad|sinalizad|reportad|marcad|bloquead|suspens|expirad|vencid|"
            r"desativad|restrit|comprometid|invadid|utilizad|usad|acessad|expir|venceu|"
            r"(?:precisa|deve)\s+(?:ser\s+)?(?:verificad|renovad|validad|reativad)|"
            r"n.o\s+(?:est.\s+)?(?:ativad|protegid|registrad)|n.o\s+.\s+(?:original|genu.n|"
            r"v.lid)|em\s+risco|desatualizad|expira\s+hoje",
            r"detect|detet|identific|encontr|observ|registr|problema|amea.a|v.rus|"
            r"atividade\s+(?:incomum|suspeita|invulgar)",
            r"no|na|em|do|da|com|para|nos|nas",
        ),
        r"\b(?:ligue|ligar|liga|contate|contacte|entre\s+em\s+contato|telefone|t.cnico|suporte|"
        r"central\s+de\s+atendimento|linha\s+gratuita)",
        r"\b(?:se|quando|caso)\s+(?:\S+\s+){0,2}$",
        r"n[oa]\s+(?:app|aplicativo|aplica..o)\b|configura..es\s+da\s+(?:sua\s+)?conta|"
        r"site\s+oficial|n.mero\s+(?:no\s+verso|do\s+cart.o)",
    ),
    "nl": (
        _claim(
            r"\b(?:uw|je|jouw)",
            r"computer|pc|apparaat|systeem|account|licentie|abonnement|ip-adres|"
            r"internetverbinding|router|browser|apple\s+id|windows|gegevens|mailbox",
            r"gedetecteerd|gemeld|gemarkeerd|geblokkeerd|opgeschort|verlopen|gedeactiveerd|"
            r"uitgeschakeld|beperkt|gecompromitteerd|gehackt|gebruikt|ingelogd|aangemeld|"
            r"moet\s+(?:worden\s+)?(?:geverifieerd|gecontroleerd|vernieuwd|bevestigd)|"
            r"niet\s+(?:meer\s+)?(?:geactiveerd|beschermd|geregistreerd|echt|geldig)|"
            r"loopt\s+(?:vandaag\s+)?(?:af|risico)|in\s+gevaar|verouderd",
            r"gedetecteerd|gevonden|ontdekt|vastgesteld|opgemerkt|waargenomen|probleem|"
            r"problemen|bedreiging|virus|verdachte\s+activiteit|ongebruikelijke\s+activiteit",
            r"op|in|met|van|bij|vanaf",
        ),
        r"\b(?:bel|bellen|belt|neem\s+(?:direct\s+|dan\s+)?contact|contact\s+op|telefonisch|"
        r"helpdesk|technicus|klantenservice|gratis\s+nummer)",
        r"\b(?:als|wanneer|indien|mocht)\s+(?:\S+\s+){0,2}$",
        r"in\s+de\s+app\b|via\s+de\s+app\b|accountinstellingen|mijn\s+omgeving|offici.le\s+website",
    ),
    "pl": (
        _claim(
            r"(?:tw[oó]j|twoja|twoje|twojego|twoim|twojej|pana|pani|pa[nń]stwa|wasz|wasze)",
            r"komputer|urz.dzeni|system|kont|licencj|subskrypcj|adres\s+ip|router|"
            r"przegl.dark|apple\s+id|windows|dane|skrzynk|po..czeni",
            r"wykryt|wykry|zg.oszon|oznaczon|zablokowan|zawieszon|wygas|dezaktywowan|"
            r"wy..czon|ograniczon|naruszon|zhakowan|u.yt|u.ywan|zalogowan|"
            r"wymaga\s+(?:weryfikacji|odnowienia|potwierdzenia)|"
            r"nie\s+jest\s+(?:ju.\s+)?(?:aktywowan|chronion|zarejestrowan|oryginaln)|"
            r"zagro.on|nieaktualn",
            r"wykry|stwierdzi|znalaz|zauwa.y|odnotowa|problem|zagro.eni|wirus|"
            r"podejrzan\S*\s+aktywno",
            r"na|w|z|dla|od|przy",
        ),
        r"(?:zadzwo|zadzwon|skontaktuj|kontakt|infolini|numer|technik|pomoc\s+techniczn|"
        r"obs.ug\S*\s+klienta|bezp.atn)",
        r"(?:je.li|je.eli|gdy|kiedy|w\s+razie)\s+(?:\S+\s+){0,2}$",
        r"w\s+aplikacji|ustawieniach\s+konta|oficjaln\S*\s+stron|bankowo\S*\s+internetow",
    ),
    "tr": (
        # the possessive is a suffix: bilgisayarınız, hesabınız, lisansınızın
        rf"(?:bilgisayar|cihaz|hesab|hesap|lisans|abonelik|ip\s+adres|sistem|modem|"
        rf"y.nlendirici|taray.c|apple\s+kimli|windows|veri|e-?posta)\pL*n[ıiuü]z\pL*{_GAP}"
        rf"(?:tespit\s+edil|tespit\s+et|alg.lan|engellen|bloke|ask.ya\s+al|s.resi\s+dol|"
        rf"devre\s+d..|k.s.tlan|ele\s+ge.iril|kullan.l|do.rulanmas.\s+gerek|"
        rf"yenilenmesi\s+gerek|risk\s+alt.nda|.pheli\s+etkinlik|sorun|vir.s)",
        r"(?:aray.n|arayin|aray.n.z|ileti.ime\s+ge.|destek\s+hatt|teknisyen|"
        r"m..teri\s+hizmetleri|numaras.ndan|numaral.\s+telefon)",
        r"(?:e.er|.ayet)\s+(?:\S+\s+){0,2}$",
        r"mobil\s+uygulama|uygulamada|internet\s+.ubesi|hesap\s+ayarlar|resmi\s+(?:web\s+)?site",
    ),
    "ru": (
        _claim(
            r"(?:ваш|ваша|ваше|ваши|вашего|вашей|вашем|вашим|вашу|твой|твоя|твоё|твое)",
            r"компьютер|пк|устройств|систем|учетн|учётн|аккаунт|лицензи|подписк|ip-адрес|"
            r"ip|роутер|браузер|apple\s+id|windows|данн|почт|windows",
            r"обнаружен|заблокирован|приостановлен|истек|истёк|истекл|отключен|ограничен|"
            r"скомпрометирован|взломан|заражен|использован|используется|"
            r"требует\s+(?:проверки|подтверждения|продления)|"
            r"необходимо\s+(?:подтвердить|проверить|продлить)|"
            r"не\s+(?:активирован|защищен|защищён|зарегистрирован|является\s+подлинн)|"
            r"под\s+угрозой|устарел",
            r"обнаружил|выявил|зафиксировал|нашл|обнаружен|выявлен|зафиксирован|проблем|"
            r"угроз|вирус|подозрительн\S*\s+активност",
            r"на|в|с|у|для",
        ),
        r"(?:позвоните|звоните|позвонить|свяжитесь|обратитесь|телефон|техподдержк|"
        r"поддержк|специалист|горяч)",
        r"(?:если|когда|в\s+случае)\s+(?:\S+\s+){0,2}$",
        r"в\s+(?:мобильном\s+)?приложении|личн\S+\s+кабинет|настройках\s+(?:учетной|учётной|"
        r"аккаунта)|официальн\S+\s+сайт",
    ),
    "ja": (
        r"(?:お使いの|ご利用の|あなたの|貴方の|お客様の|ご使用の)[^\n。！？!?]{0,12}?"
        r"(?:コンピューター|コンピュータ|パソコン|PC|デバイス|端末|システム|アカウント|"
        r"ライセンス|サブスクリプション|IPアドレス|ネットワーク|ルーター|ブラウザ|Apple\s?ID|"
        r"Windows|データ|メール)[^\n。！？!?]{0,40}?"
        r"(?:検出|ブロック|停止|ロック|凍結|期限切れ|有効期限が切れ|失効|無効|制限|"
        r"不正(?:な)?アクセス|乗っ取|感染|侵害|使用され|ログインされ|サインインされ|"
        r"確認が必要|認証が必要|更新が必要|問題が|異常|脅威|ウイルス|危険)",
        r"(?:お電話|電話|お問い合わせ|ご連絡|サポート(?:センター|窓口)|フリーダイヤル|"
        r"までご連絡|技術者)",
        r"(?:もし|万一|万が一)[^\n。！？!?]{0,20}$",
        r"アプリ|マイページ|アカウント設定|公式(?:サイト|ウェブサイト)",
    ),
    "zh": (
        r"(?:您的|你的)[^\n。！？!?]{0,8}?"
        r"(?:电脑|電腦|计算机|計算機|设备|設備|系统|系統|账户|帳戶|账号|帳號|许可证|授權|"
        r"订阅|訂閱|IP地址|网络|網絡|路由器|浏览器|瀏覽器|Apple\s?ID|Windows|数据|數據|邮箱|郵箱)"
        r"[^\n。！？!?]{0,30}?"
        r"(?:检测到|檢測到|发现|發現|被(?:封锁|封鎖|锁定|鎖定|暂停|暫停|停用|冻结|凍結|盗用|"
        r"盜用|入侵|标记|標記|限制|感染|使用|登录|登錄)|已(?:过期|過期|到期|停用|暂停|暫停|被)|过期|過期|到期|"
        r"需要(?:验证|驗證|续订|續訂|激活|更新)|存在(?:问题|問題|异常|異常|风险|風險)|"
        r"异常|異常|未(?:激活|受保护|受保護|注册|註冊)|病毒)",
        r"(?:致电|致電|拨打|撥打|联系|聯繫|聯絡|客服|热线|熱線|电话|電話|技术支持|技術支援)",
        r"(?:如果|若|如|一旦|假如)[^\n。！？!?]{0,12}$",
        r"官方(?:网站|網站|APP|App|应用|應用)|官网|官網|在\s*App|应用内|應用內|账户设置|帳戶設定",
    ),
    "ar": (
        r"(?:جهازك|حاسوبك|كمبيوترك|حاسبك|حسابك|ترخيصك|رخصتك|اشتراكك|شبكتك|متصفحك|بريدك|"
        r"بياناتك|عنوان\s+IP\s+الخاص\s+بك|جهاز\s+الكمبيوتر\s+الخاص\s+بك)"
        r"[^\n.!?؟]{0,60}?"
        r"(?:تم\s+(?:اكتشاف|رصد|حظر|تعليق|إيقاف|ايقاف|قفل|تعطيل|استخدام|الوصول|اختراق|تقييد)|"
        r"انتهت\s+صلاحيت|منته[يى]\s+الصلاحية|معلق|محظور|مقفل|"
        r"يحتاج\s+إلى\s+(?:التحقق|تجديد|تفعيل)|يجب\s+(?:التحقق|تجديد)|مخترق|معرض\s+للخطر|"
        r"غير\s+(?:مفعل|محمي|أصلي|مسجل))"
        r"|(?:تم\s+(?:اكتشاف|رصد|حظر|تعليق|إيقاف|ايقاف|قفل|تعطيل|استخدام|اختراق|تقييد)|"
        r"اكتشفت|اكتشف|رصدت|رصد|انتهت\s+صلاحية)[^\n.!?؟]{0,60}?"
        r"(?:جهازك|حاسوبك|كمبيوترك|حسابك|شبكتك|ترخيصك|اشتراكك|(?:الخاص|الخاصة)\s+بك)",
        r"(?:اتصل|اتصلوا|الاتصال|تواصل|هاتف|الرقم|الدعم\s+الفني|خدمة\s+العملاء|فني)",
        r"(?:إذا|اذا|لو|عندما|في\s+حال)[^\n.!?؟]{0,20}$",
        r"التطبيق|إعدادات\s+(?:ال)?حساب|الموقع\s+الرسمي",
    ),
}

# company names as other scripts write them (the Latin ones are scamsentence._CLAIM_BRANDS)
SCRIPT_BRANDS = (
    r"マイクロソフト|アップル|アマゾン|ウィンドウズ|グーグル|微软|微軟|苹果|蘋果|亚马逊|亞馬遜|"
    r"谷歌|майкрософт|эппл|амазон|гугл|виндовс|مايكروسوفت|أبل|آبل|أمازون|امازون|ويندوز|جوجل"
)

# the trick and its people, named by news and advice (never by the lure itself, which may well
# say "fraud alert"): what keeps a news item about a tech-support scam quiet in any language
SCAM_TRICK = (
    r"betrugsmasche|betr.ger|arnaque|escroqu|escroc|estafa|estafador|truffa|truffator|"
    r"\bgolpe|golpista|oplicht|oszust|dolandır|dolandir|мошенни|詐欺|诈骗|詐騙|احتيال"
)

# texts about scams, in these languages (advice and news name the trick)
ABOUT_SCAMS = (
    SCAM_TRICK + "|"
    r"\boszustw|\bfraude\b|\bfrode\b|nep-?e?mail|phishing"
)
