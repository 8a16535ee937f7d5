"""PyInstaller's own hook for PySide6.QtGui, less the Qt plugins the guard never loads.

Dropping a plugin here, before PyInstaller follows its library dependencies, also keeps out
what only that plugin needs (the GTK theme alone pulls in the build machine's GTK 3 stack);
removing it from Analysis.binaries later would leave those libraries behind.
"""

import os
from pathlib import PurePosixPath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

from installer import bundle

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [
    (source, target)
    for source, target in binaries
    if not bundle.drop(str(PurePosixPath(target.replace("\\", "/")) / os.path.basename(source)))
]
