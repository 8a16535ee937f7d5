"""The Windows version resource of pasteguard.exe (File properties → Details), from the app."""

from __future__ import annotations

from typing import Any

from installer import bundle


def version_info(version: str, filename: str = f"{bundle.NAME}.exe") -> Any:
    """A PyInstaller VSVersionInfo for `version`; PyInstaller is imported only when building."""
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = bundle.version_tuple(version)
    strings = [
        StringStruct("CompanyName", bundle.PUBLISHER),
        StringStruct("FileDescription", bundle.DESCRIPTION),
        StringStruct("FileVersion", version),
        StringStruct("InternalName", bundle.NAME),
        StringStruct("LegalCopyright", f"© {bundle.PUBLISHER}"),
        StringStruct("OriginalFilename", filename),
        StringStruct("ProductName", bundle.DISPLAY_NAME),
        StringStruct("ProductVersion", version),
    ]
    return VSVersionInfo(
        ffi=FixedFileInfo(
            filevers=numbers,
            prodvers=numbers,
            mask=0x3F,
            flags=0x0,
            OS=0x40004,  # VOS_NT_WINDOWS32
            fileType=0x1,  # VFT_APP
            subtype=0x0,
            date=(0, 0),
        ),
        kids=[
            # 0409 = US English, 04B0 = Unicode: what Explorer looks up first
            StringFileInfo([StringTable("040904B0", strings)]),
            VarFileInfo([VarStruct("Translation", [0x0409, 0x04B0])]),
        ],
    )
