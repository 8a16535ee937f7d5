"""Render resources/icons/app.svg into the icon files each system wants: PNG, ICO and ICNS.

Run `python -m installer.icons` after changing app.svg and commit the results; the build only
reads them. Qt draws the SVG, and the ICO and ICNS containers are written here (both hold
PNG images), so no image tool beyond PySide6 is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SOURCE = ICONS / "app.svg"
PNG_SIZE = 256  # the Linux desktop entry's icon (hicolor/256x256)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# ICNS entry types that hold PNG data, by pixel size (Apple's "icns" format, macOS 10.7+)
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
    (b"ic14", 512),
)  # fmt: skip


def render(size: int, source: Path = SOURCE) -> bytes:
    """The SVG drawn at `size` × `size` pixels, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise ValueError(f"{source} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (Windows Vista and later read those at every size)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = images[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(images[size])) + images[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    sizes = {*ICO_SIZES, PNG_SIZE, *(size for _, size in ICNS_TYPES)}
    images = {size: render(size) for size in sorted(sizes)}
    (ICONS / "app.png").write_bytes(images[PNG_SIZE])
    (ICONS / "app.ico").write_bytes(ico({size: images[size] for size in ICO_SIZES}))
    (ICONS / "app.icns").write_bytes(icns(images))
    for name in ("app.png", "app.ico", "app.icns"):
        print(f"wrote {ICONS / name} ({(ICONS / name).stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
