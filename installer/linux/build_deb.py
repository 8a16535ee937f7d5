"""Make the Debian package from the PyInstaller build: `python -m installer.linux.build_deb`.

Layout: the app in /opt/pasteguard, /usr/bin/pasteguard, a desktop entry and icons, an XDG
autostart entry for every user (/etc/xdg/autostart), and an example policy
(/etc/pasteguard/policy.toml). Everything under /etc is a conffile, so an administrator's
policy, or an autostart entry they removed, survives upgrades and `dpkg -r`; only `--purge`
deletes them. The build leaves the distribution's shared libraries out (installer/bundle.py),
so the package depends on the packages that own the libraries the build links to, as dpkg
reports them on the build machine: build on the oldest release you support.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from app import __version__
from installer import bundle

HERE = Path(__file__).resolve().parent
INSTALLER = HERE.parent
PREFIX = "opt/pasteguard"
MAINTAINER = "PasteGuard <packaging@pasteguard.invalid>"
SUMMARY = "desktop guard against copy-and-paste attacks"
DESCRIPTION = """\
 PasteGuard watches the clipboard and the places people paste into, recognises
 the "copy this, press Win+R, paste, press Enter" family of lures (ClickFix,
 fake CAPTCHA pages, curl | bash lures, console self-XSS), warns in plain
 language, neutralises what is clearly malicious, and keeps a local event log
 that administrators can forward to their SIEM."""
# Programs it runs rather than links to: pyperclip reads the clipboard from the command line
# (`pasteguard scan --clipboard`) through one of them.
RECOMMENDS = "xclip | xsel"


def deb_version(version: str = __version__) -> str:
    """A Debian version that sorts like the Python one: 1.2rc1 → 1.2~rc1, 1.2.post1 → 1.2+post1."""
    match = re.fullmatch(
        r"(\d+(?:\.\d+)*)(?:\.?(a|b|rc|dev)(\d*))?(?:\.?post(\d+))?(?:\+([\w.]+))?", version
    )
    if match is None:
        raise ValueError(f"cannot turn {version!r} into a Debian version")
    release, pre, number, post, local = match.groups()
    text = release + (f"~{pre}{number}" if pre else "")  # "~" sorts before the release
    text += f"+post{post}" if post else ""
    return text + (f"+{local}" if local else "")


def _is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def linked_libraries(app_dir: Path) -> tuple[set[str], set[str]]:
    """Libraries outside the bundle that its programs and libraries load, and those not found."""
    internal = app_dir / "_internal"
    # the bootloader points the loader at _internal; ldd must look there too
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}")
    outside: set[str] = set()
    missing: set[str] = set()
    inside = str(app_dir.resolve()) + os.sep
    for path in sorted(p for p in app_dir.rglob("*") if p.is_file() and not p.is_symlink()):
        if not _is_elf(path):
            continue
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        for line in result.stdout.splitlines():
            name, _, where = line.strip().partition(" => ")
            if where.startswith("not found"):
                missing.add(name)
            elif where.startswith("/"):
                location = os.path.realpath(where.split(" (")[0])
                if not location.startswith(inside):
                    outside.add(location)
    return outside, missing


def _candidates(path: str) -> Iterable[str]:
    # merged /usr: dpkg may know /lib/x/libfoo.so.1 or /usr/lib/x/libfoo.so.1, and the realpath
    # of a symlink's target is not always the name the package lists
    yield path
    if path.startswith("/usr/"):
        yield path[4:]
    else:
        yield "/usr" + path


def owning_packages(libraries: Iterable[str]) -> tuple[list[str], list[str]]:
    """The Debian packages that own `libraries`, and the libraries no package owns."""
    packages: set[str] = set()
    unowned: list[str] = []
    links: dict[Path, dict[str, list[str]]] = {}
    for library in sorted(libraries):
        owner = None
        # the loader resolved a soname symlink (libfoo.so.1 → libfoo.so.1.2.3): ask for both
        directory = Path(library).parent
        if directory not in links:
            links[directory] = {}
            for link in directory.iterdir():
                if link.is_symlink():
                    links[directory].setdefault(os.path.realpath(link), []).append(str(link))
        names = [library, *links[directory].get(library, [])]
        for name in names:
            for candidate in _candidates(name):
                result = subprocess.run(
                    ["dpkg-query", "-S", candidate], capture_output=True, text=True
                )
                if result.returncode == 0 and ":" in result.stdout:
                    owner = result.stdout.split(": ", 1)[0].split(",")[0].strip()
                    break
            if owner:
                break
        if owner is None:
            unowned.append(library)
        else:
            packages.add(owner.split(":")[0])  # libfoo1:amd64 → libfoo1
    return sorted(packages), unowned


def _installed_version(package: str) -> str:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Version}", package],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def depends(packages: list[str]) -> str:
    """The Depends field; glibc gets a minimum version, since the build links against it."""
    fields = []
    for package in packages:
        if package == "libc6":
            upstream = re.split(r"[-+~]", _installed_version(package).split(":")[-1])[0]
            fields.append(f"libc6 (>= {upstream})")
        else:
            fields.append(package)
    return ", ".join(fields)


def control(depends_field: str, installed_kib: int, architecture: str, version: str) -> str:
    return (
        f"Package: {bundle.NAME}\n"
        f"Version: {version}\n"
        "Section: utils\n"
        "Priority: optional\n"
        f"Architecture: {architecture}\n"
        f"Maintainer: {os.environ.get('PASTEGUARD_DEB_MAINTAINER', MAINTAINER)}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {depends_field}\n"
        f"Recommends: {RECOMMENDS}\n"
        f"Description: {SUMMARY}\n{DESCRIPTION}\n"
    )


def _copy_tree(source: Path, target: Path) -> None:
    """Copy with modes a package should have: root-owned, readable, writable by root only."""
    shutil.copytree(source, target, symlinks=True)
    for path in [target, *target.rglob("*")]:
        if path.is_symlink():
            continue
        executable = path.is_dir() or os.access(path, os.X_OK)
        path.chmod(0o755 if executable else 0o644)


def _place(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def stage(app_dir: Path, root: Path, depends_field: str, version: str) -> Path:
    """Lay out the package's files under `root`; returns the DEBIAN folder."""
    _copy_tree(app_dir, root / PREFIX)
    (root / "usr" / "bin").mkdir(parents=True)
    # a symlink: the PyInstaller bootloader finds _internal from its resolved path
    (root / "usr" / "bin" / bundle.NAME).symlink_to(f"/{PREFIX}/{bundle.NAME}")
    _place(HERE / "pasteguard.desktop", root / "usr/share/applications/pasteguard.desktop")
    _place(HERE / "pasteguard-autostart.desktop", root / "etc/xdg/autostart/pasteguard.desktop")
    _place(INSTALLER / "policy.example.toml", root / "etc/pasteguard/policy.toml")
    icons = root / "usr/share/icons/hicolor"
    _place(bundle.ICONS / "app.png", icons / "256x256/apps/pasteguard.png")
    _place(bundle.ICONS / "app.svg", icons / "scalable/apps/pasteguard.svg")
    for directory in [root, *root.rglob("*")]:
        if directory.is_dir() and not directory.is_symlink():
            directory.chmod(0o755)
    debian = root / "DEBIAN"
    debian.mkdir(mode=0o755)
    size = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir())
    (debian / "control").write_text(
        control(depends_field, -(-size // 1024), _architecture(), version)
    )
    conffiles = sorted(
        "/" + str(p.relative_to(root)) for p in (root / "etc").rglob("*") if p.is_file()
    )
    (debian / "conffiles").write_text("".join(f"{name}\n" for name in conffiles))
    for script in ("postinst", "postrm"):
        _place(HERE / script, debian / script, 0o755)
    for name in ("control", "conffiles"):
        (debian / name).chmod(0o644)
    return debian


def build(
    app_dir: Path, out_dir: Path, compression: str = "xz", version: str | None = None
) -> Path:
    """Build the .deb from the one-folder build `app_dir` into `out_dir`; returns its path.

    `version` is the Debian version (default: from app.__version__), e.g. `0.1.0-2` for a
    rebuild of the same release.
    """
    version = version or deb_version()
    if not (app_dir / bundle.NAME).is_file():
        raise SystemExit(f"no build in {app_dir}: run `make dist` first")
    libraries, missing = linked_libraries(app_dir)
    if missing:
        print(
            "warning: not found on this machine (their plugins cannot load here either): "
            + ", ".join(sorted(missing)),
            file=sys.stderr,
        )
    packages, unowned = owning_packages(libraries)
    if unowned:
        print("warning: no package owns " + ", ".join(unowned), file=sys.stderr)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{bundle.NAME}_{version}_{_architecture()}.deb"
    with tempfile.TemporaryDirectory(prefix="pasteguard-deb-") as temp:
        root = Path(temp) / "root"
        root.mkdir()
        stage(app_dir, root, depends(packages), version)
        env = dict(os.environ)
        env.setdefault("SOURCE_DATE_EPOCH", str(int((app_dir / bundle.NAME).stat().st_mtime)))
        subprocess.run(
            [
                "dpkg-deb",
                "--root-owner-group",
                f"-Z{compression}",
                "--build",
                str(root),
                str(target),
            ],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
    return target


def _architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m installer.linux.build_deb", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--app",
        type=Path,
        default=bundle.REPO / "dist" / bundle.NAME,
        help="the PyInstaller one-folder build (default: dist/pasteguard)",
    )
    parser.add_argument(
        "--out", type=Path, default=bundle.REPO / "dist", help="where the .deb goes (default: dist)"
    )
    parser.add_argument(
        "--compression",
        default="xz",
        choices=("xz", "gzip", "zstd", "none"),
        help="dpkg-deb compression (default: xz, the smallest)",
    )
    parser.add_argument("--version", help="Debian version (default: from app.__version__)")
    args = parser.parse_args(argv)
    print(build(args.app, args.out, args.compression, args.version))
    return 0


if __name__ == "__main__":
    sys.exit(main())
