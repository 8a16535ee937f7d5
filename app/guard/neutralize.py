"""The harmless line that replaces a malicious clipboard, and how to check it stays harmless.

It must do nothing wherever it is pasted and run: the Run dialog and Explorer's address bar
(which report that no such file exists), cmd, PowerShell, bash and zsh (a comment or an unknown
command), and a browser console (a syntax error). So it starts with '#', and it contains no
character any of those treat as an operator, a variable or a quote: a translation that needs
an apostrophe uses the typographic one (’), which none of them reads as a quote outside
PowerShell, and PowerShell reads the whole line as a comment.

It says what was taken (a command, a scam text, a sign-in address: the verdict's kind) and
where the person finds it: the tray icon, the status window that stands in for a missing tray,
or, under `run --no-tray`, the command line, in the language the interface speaks (every
language of ui/translations; English otherwise). Every line is built once here, so the guard's
own write is always one of `ALL_LINES`, whatever language it was written in (the X11 holder
and the clipboard readers recognise it by its text or its digest).
"""

from __future__ import annotations

FORBIDDEN = set("&|;<>()`$%!^\"'\\{}[]*?~=@\n\r\t")

# What was on the clipboard, by the verdict's kind (app.detection.model.KINDS); "code" says
# what "command" says
_TAKEN_KINDS = ("command", "scam-text", "oauth-code", "text")
# Where the person finds it (ui/tray: a tray icon, the status window where the desktop has no
# tray, neither under `run --no-tray`)
TRAY, WINDOW, COMMAND_LINE = "tray", "window", "command line"

# language -> (what was taken, by _TAKEN_KINDS; where to look, by TRAY, WINDOW, COMMAND_LINE).
# The commands stay as typed; the words match ui/translations (the tray's "Put it back", the
# welcome's name for the tray).
TEXTS: dict[str, tuple[tuple[str, str, str, str], tuple[str, str, str]]] = {
    "en": (
        (
            "PasteGuard blocked a dangerous command that was put on your clipboard. "
            "Nothing was run.",
            "PasteGuard took a scam text off your clipboard. Do not call any number it gave.",
            "PasteGuard took a sign-in address with a code off your clipboard. "
            "Do not paste it anywhere.",
            "PasteGuard took a dangerous text off your clipboard.",
        ),
        (
            "Open PasteGuard from its tray icon to see why or to put it back.",
            "Open PasteGuard from its status window to see why or to put it back.",
            "Run pasteguard viewer to see why, or pasteguard restore --last to put it back.",
        ),
    ),
    "de": (
        (
            "PasteGuard hat einen gefährlichen Befehl blockiert, der in Ihre Zwischenablage "
            "gelegt wurde. Es wurde nichts ausgeführt.",
            "PasteGuard hat einen Betrugstext aus Ihrer Zwischenablage genommen. Rufen Sie "
            "keine Nummer an, die darin stand.",
            "PasteGuard hat eine Anmeldeadresse mit einem Code aus Ihrer Zwischenablage "
            "genommen. Fügen Sie sie nirgends ein.",
            "PasteGuard hat einen gefährlichen Text aus Ihrer Zwischenablage genommen.",
        ),
        (
            "Öffnen Sie PasteGuard über sein Symbol im Infobereich, um den Grund zu sehen oder "
            "den Inhalt zurückzulegen.",
            "Öffnen Sie PasteGuard über sein Statusfenster, um den Grund zu sehen oder den "
            "Inhalt zurückzulegen.",
            "Mit pasteguard viewer sehen Sie den Grund, mit pasteguard restore --last legen "
            "Sie den Inhalt zurück.",
        ),
    ),
    "es": (
        (
            "PasteGuard bloqueó un comando peligroso que se puso en tu portapapeles. "
            "No se ejecutó nada.",
            "PasteGuard quitó un texto de estafa de tu portapapeles. No llames a ningún número "
            "que aparezca en él.",
            "PasteGuard quitó de tu portapapeles una dirección de inicio de sesión con un "
            "código. No la pegues en ningún sitio.",
            "PasteGuard quitó un texto peligroso de tu portapapeles.",
        ),
        (
            "Abre PasteGuard desde su icono en la bandeja del sistema para ver el motivo o "
            "recuperar el contenido.",
            "Abre PasteGuard desde su ventana de estado para ver el motivo o recuperar el "
            "contenido.",
            "Ejecuta pasteguard viewer para ver el motivo, o pasteguard restore --last para "
            "recuperar el contenido.",
        ),
    ),
    "fr": (
        (
            "PasteGuard a bloqué une commande dangereuse placée dans votre presse-papiers. "
            "Rien n’a été exécuté.",
            "PasteGuard a retiré un texte frauduleux de votre presse-papiers. Ne composez "
            "aucun numéro indiqué dans ce texte.",
            "PasteGuard a retiré de votre presse-papiers une adresse de connexion avec un "
            "code. Ne la collez nulle part.",
            "PasteGuard a retiré un texte dangereux de votre presse-papiers.",
        ),
        (
            "Ouvrez PasteGuard depuis son icône dans la zone de notification pour voir "
            "pourquoi ou remettre le contenu.",
            "Ouvrez PasteGuard depuis sa fenêtre de statut pour voir pourquoi ou remettre le "
            "contenu.",
            "Lancez pasteguard viewer pour voir pourquoi, ou pasteguard restore --last pour "
            "remettre le contenu.",
        ),
    ),
    "it": (
        (
            "PasteGuard ha bloccato un comando pericoloso messo negli appunti. "
            "Non è stato eseguito nulla.",
            "PasteGuard ha tolto dagli appunti un testo truffaldino. Non chiamare nessun "
            "numero indicato nel testo.",
            "PasteGuard ha tolto dagli appunti un indirizzo di accesso con un codice. "
            "Non incollarlo da nessuna parte.",
            "PasteGuard ha tolto dagli appunti un testo pericoloso.",
        ),
        (
            "Apri PasteGuard dalla sua icona nell’area di notifica per vedere il motivo o "
            "rimettere il contenuto.",
            "Apri PasteGuard dalla sua finestra di stato per vedere il motivo o rimettere il "
            "contenuto.",
            "Esegui pasteguard viewer per vedere il motivo, o pasteguard restore --last per "
            "rimettere il contenuto.",
        ),
    ),
    "ja": (
        (
            "PasteGuard が、クリップボードに置かれた危険なコマンドをブロックしました。"
            "何も実行されていません。",
            "PasteGuard がクリップボードから詐欺のテキストを取り除きました。"
            "そこに書かれた番号には電話しないでください。",
            "PasteGuard がクリップボードからコード付きのサインイン用アドレスを取り除きました。"
            "どこにも貼り付けないでください。",
            "PasteGuard がクリップボードから危険なテキストを取り除きました。",
        ),
        (
            "理由の確認や元に戻すには、トレイアイコンから PasteGuard を開いてください。",
            "理由の確認や元に戻すには、ステータスウィンドウから PasteGuard を開いてください。",
            "理由は pasteguard viewer で確認でき、pasteguard restore --last で元に戻せます。",
        ),
    ),
    "nl": (
        (
            "PasteGuard heeft een gevaarlijke opdracht op je klembord geblokkeerd. "
            "Er is niets uitgevoerd.",
            "PasteGuard heeft een oplichterstekst van je klembord gehaald. Bel geen enkel "
            "nummer dat erin stond.",
            "PasteGuard heeft een aanmeldadres met een code van je klembord gehaald. "
            "Plak het nergens.",
            "PasteGuard heeft een gevaarlijke tekst van je klembord gehaald.",
        ),
        (
            "Open PasteGuard via het pictogram in het systeemvak om te zien waarom of om het "
            "terug te zetten.",
            "Open PasteGuard via het statusvenster om te zien waarom of om het terug te zetten.",
            "Voer pasteguard viewer uit om te zien waarom, of pasteguard restore --last om "
            "het terug te zetten.",
        ),
    ),
    "pl": (
        (
            "PasteGuard zablokował niebezpieczne polecenie umieszczone w schowku. "
            "Nic nie zostało uruchomione.",
            "PasteGuard usunął ze schowka tekst oszustów. Nie dzwoń pod żaden numer "
            "podany w tym tekście.",
            "PasteGuard usunął ze schowka adres logowania z kodem. Nigdzie go nie wklejaj.",
            "PasteGuard usunął ze schowka niebezpieczny tekst.",
        ),
        (
            "Otwórz PasteGuard z ikony w zasobniku systemowym, aby zobaczyć powód lub "
            "przywrócić zawartość.",
            "Otwórz PasteGuard z okna stanu, aby zobaczyć powód lub przywrócić zawartość.",
            "Uruchom pasteguard viewer, aby zobaczyć powód, lub pasteguard restore --last, "
            "aby przywrócić zawartość.",
        ),
    ),
    "pt-BR": (
        (
            "O PasteGuard bloqueou um comando perigoso colocado na sua área de transferência. "
            "Nada foi executado.",
            "O PasteGuard tirou um texto de golpe da sua área de transferência. Não ligue "
            "para nenhum número que ele indicava.",
            "O PasteGuard tirou da sua área de transferência um endereço de login com um "
            "código. Não o cole em lugar nenhum.",
            "O PasteGuard tirou um texto perigoso da sua área de transferência.",
        ),
        (
            "Abra o PasteGuard pelo ícone na bandeja do sistema para ver o motivo ou "
            "devolver o conteúdo.",
            "Abra o PasteGuard pela janela de status para ver o motivo ou devolver o conteúdo.",
            "Execute pasteguard viewer para ver o motivo, ou pasteguard restore --last para "
            "devolver o conteúdo.",
        ),
    ),
    "tr": (
        (
            "PasteGuard panonuza konan tehlikeli bir komutu engelledi. Hiçbir şey çalıştırılmadı.",
            "PasteGuard panonuzdan bir dolandırıcılık metnini kaldırdı. Metinde verilen "
            "hiçbir numarayı aramayın.",
            "PasteGuard panonuzdan kod içeren bir oturum açma adresini kaldırdı. "
            "Onu hiçbir yere yapıştırmayın.",
            "PasteGuard panonuzdan tehlikeli bir metni kaldırdı.",
        ),
        (
            "Nedenini görmek veya geri koymak için PasteGuard uygulamasını sistem tepsisi "
            "simgesinden açın.",
            "Nedenini görmek veya geri koymak için PasteGuard uygulamasını durum "
            "penceresinden açın.",
            "Nedenini görmek için pasteguard viewer, geri koymak için pasteguard restore "
            "--last komutunu çalıştırın.",
        ),
    ),
    "zh-CN": (
        (
            "PasteGuard 已拦截放到剪贴板上的危险命令，未运行任何内容。",
            "PasteGuard 已从剪贴板中移除一段诈骗文本。请勿拨打其中给出的任何号码。",
            "PasteGuard 已从剪贴板中移除一个带验证码的登录地址。请勿将其粘贴到任何地方。",
            "PasteGuard 已从剪贴板中移除一段危险文本。",
        ),
        (
            "从托盘图标打开 PasteGuard，可查看原因或将其放回。",
            "从状态窗口打开 PasteGuard，可查看原因或将其放回。",
            "运行 pasteguard viewer 查看原因，或运行 pasteguard restore --last 将其放回。",
        ),
    ),
}
# ... where the policy does not let a blocked text be put back (allow_paste_anyway = false):
# the line said "or to put it back" all the same, and `restore` refuses
SEE_WHY: dict[str, tuple[str, str, str]] = {
    "en": (
        "Open PasteGuard from its tray icon to see why.",
        "Open PasteGuard from its status window to see why.",
        "Run pasteguard viewer to see why.",
    ),
    "de": (
        "Öffnen Sie PasteGuard über sein Symbol im Infobereich, um den Grund zu sehen.",
        "Öffnen Sie PasteGuard über sein Statusfenster, um den Grund zu sehen.",
        "Mit pasteguard viewer sehen Sie den Grund.",
    ),
    "es": (
        "Abre PasteGuard desde su icono en la bandeja del sistema para ver el motivo.",
        "Abre PasteGuard desde su ventana de estado para ver el motivo.",
        "Ejecuta pasteguard viewer para ver el motivo.",
    ),
    "fr": (
        "Ouvrez PasteGuard depuis son icône dans la zone de notification pour voir pourquoi.",
        "Ouvrez PasteGuard depuis sa fenêtre de statut pour voir pourquoi.",
        "Lancez pasteguard viewer pour voir pourquoi.",
    ),
    "it": (
        "Apri PasteGuard dalla sua icona nell’area di notifica per vedere il motivo.",
        "Apri PasteGuard dalla sua finestra di stato per vedere il motivo.",
        "Esegui pasteguard viewer per vedere il motivo.",
    ),
    "ja": (
        "理由を確認するには、トレイアイコンから PasteGuard を開いてください。",
        "理由を確認するには、ステータスウィンドウから PasteGuard を開いてください。",
        "理由は pasteguard viewer で確認できます。",
    ),
    "nl": (
        "Open PasteGuard via het pictogram in het systeemvak om te zien waarom.",
        "Open PasteGuard via het statusvenster om te zien waarom.",
        "Voer pasteguard viewer uit om te zien waarom.",
    ),
    "pl": (
        "Otwórz PasteGuard z ikony w zasobniku systemowym, aby zobaczyć powód.",
        "Otwórz PasteGuard z okna stanu, aby zobaczyć powód.",
        "Uruchom pasteguard viewer, aby zobaczyć powód.",
    ),
    "pt-BR": (
        "Abra o PasteGuard pelo ícone na bandeja do sistema para ver o motivo.",
        "Abra o PasteGuard pela janela de status para ver o motivo.",
        "Execute pasteguard viewer para ver o motivo.",
    ),
    "tr": (
        "Nedenini görmek için PasteGuard uygulamasını sistem tepsisi simgesinden açın.",
        "Nedenini görmek için PasteGuard uygulamasını durum penceresinden açın.",
        "Nedenini görmek için pasteguard viewer komutunu çalıştırın.",
    ),
    "zh-CN": (
        "从托盘图标打开 PasteGuard 可查看原因。",
        "从状态窗口打开 PasteGuard 可查看原因。",
        "运行 pasteguard viewer 查看原因。",
    ),
}
LANGUAGES = tuple(TEXTS)
PLACES = (TRAY, WINDOW, COMMAND_LINE)


def _lines() -> dict[tuple[str, str, str, bool], str]:
    lines: dict[tuple[str, str, str, bool], str] = {}
    for language, (taken, found) in TEXTS.items():
        said = dict(zip(_TAKEN_KINDS, taken, strict=True))
        said["code"] = said["command"]
        for restorable, ways in ((True, found), (False, SEE_WHY[language])):
            where = dict(zip(PLACES, ways, strict=True))
            for kind, what in said.items():
                for place, how in where.items():
                    gap = "" if what.endswith("。") else " "  # Japanese, Chinese: no space
                    lines[language, kind, place, restorable] = f"# {what}{gap}{how}"
    return lines


LINES = _lines()
# English, kind by kind: what was taken, and where the person finds it (the tests and docs)
TAKEN = dict(zip(_TAKEN_KINDS, TEXTS["en"][0], strict=True))
FOUND = dict(zip(PLACES, TEXTS["en"][1], strict=True))
# The line of a command, with a tray icon, in English: the common case (the tests and docs)
NEUTRAL_LINE = LINES["en", "command", TRAY, True]
ALL_LINES = frozenset(LINES.values())  # every language's: a line written before a change too


def neutral_line(
    kind: str, found: str = TRAY, language: str = "en", restorable: bool = True
) -> str:
    """The line that replaces a text of this kind, pointing where PasteGuard is reached, in
    the interface's language (English when it has no line of its own); `restorable`: the
    policy lets the person put it back (else the line says only where to see why)."""
    if language not in TEXTS:
        language = "en"
    return (
        LINES.get((language, kind, found, restorable))
        or LINES.get((language, "text", found, restorable))
        or LINES.get(("en", "text", found, restorable))
        or NEUTRAL_LINE
    )


def is_inert(line: str) -> bool:
    """True when the line starts a comment, is one line, and contains no shell or script
    operator."""
    return line.startswith("#") and not (set(line) & FORBIDDEN)
