"""The Debian package of the PyInstaller build."""
