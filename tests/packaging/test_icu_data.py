"""installer/icu_data.py on the ICU data library of the installed PySide6 wheel (Linux), no build.

The built app's copy is checked in test_built_app.py: the same items, and Qt's same answers.
"""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path

import pytest

from installer import icu_data

pytestmark = pytest.mark.skipif(
    sys.platform != "linux", reason="only PySide6's Linux wheel carries ICU"
)


@pytest.fixture(scope="module")
def wheel_library() -> Path:
    import PySide6

    found = [
        p
        for p in (Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*")
        if not p.is_symlink()
    ]
    assert len(found) == 1, found
    return found[0]


@pytest.fixture(scope="module")
def wheel(wheel_library: Path) -> icu_data.DataLibrary:
    return icu_data.read_library(wheel_library.read_bytes())


def test_the_common_data_is_rewritten_byte_for_byte_as_icu_wrote_it(
    wheel: icu_data.DataLibrary,
) -> None:
    common = icu_data.read_common(wheel.data)
    assert len(common.items) > 3000 and common.header[12:16] == b"CmnD"
    # the writer lays out names, padding and items as ICU's own tools do
    assert icu_data.write_common(common) == wheel.data


def test_trimming_leaves_out_only_what_qt_never_reads(wheel: icu_data.DataLibrary) -> None:
    full = icu_data.read_common(wheel.data).items
    trimmed = icu_data.read_common(icu_data.trim_common(wheel.data)).items
    left_out = set(full) - set(trimmed)
    assert all(icu_data.unused(name.split("/", 1)[1]) for name in left_out)
    assert all(trimmed[name] == full[name] for name in trimmed)
    assert not any(icu_data.unused(name.split("/", 1)[1]) for name in trimmed)
    folders = {name.split("/")[1] for name in left_out if name.count("/") == 2}
    assert folders == {"brkitr", "curr", "lang", "region", "unit", "rbnf", "translit"}
    package = wheel.symbol.removesuffix("_dat") + "l"  # icudt73l
    # what Qt reads stays: the locale tree, collation, zone names, converters, normalization
    for kept in (
        "root.res",
        "de.res",
        "coll/root.res",
        "coll/zh.res",
        "coll/ucadata.icu",
        "zone/ja.res",
        "metaZones.res",
        "zoneinfo64.res",
        "cnvalias.icu",
        "ibm-943_P15A-2003.cnv",
        "gb18030.cnv",
        "nfkc.nrm",
        "supplementalData.res",
    ):
        assert f"{package}/{kept}" in trimmed, kept  # fmt: skip
    saved = sum(len(full[name]) for name in left_out)
    assert saved > 15_000_000, saved


def test_the_trimmed_library_loads_and_exports_its_data(
    wheel_library: Path, tmp_path: Path
) -> None:
    out = tmp_path / "lib" / wheel_library.name
    before, after = icu_data.trim(wheel_library, out)
    assert before == wheel_library.stat().st_size and after == out.stat().st_size
    assert after < before - 15_000_000
    library = icu_data.read_library(out.read_bytes())
    source = icu_data.read_library(wheel_library.read_bytes())
    assert (library.soname, library.symbol, library.machine) == (
        source.soname,
        source.symbol,
        source.machine,
    )
    # the system's dynamic loader takes it, and the symbol holds the trimmed data
    loaded = ctypes.CDLL(str(out))
    data = (ctypes.c_ubyte * len(library.data)).in_dll(loaded, library.symbol)
    assert bytes(data) == library.data == icu_data.trim_common(source.data)


def test_anything_but_an_icu_data_library_is_refused_and_nothing_written(
    wheel_library: Path, tmp_path: Path
) -> None:
    core = wheel_library.parent / "libQt6Core.so.6"
    with pytest.raises(ValueError, match="ICU data library"):
        icu_data.trim(core, tmp_path / "out.so")
    with pytest.raises(ValueError, match="ELF"):
        icu_data.trim(Path(__file__), tmp_path / "out.so")
    with pytest.raises(ValueError, match="not ICU data"):
        icu_data.read_common(b"\0" * 64)
    assert not (tmp_path / "out.so").exists()


def test_the_build_swaps_in_the_trimmed_copy_or_keeps_the_library_whole_and_says_so(
    wheel_library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = f"PySide6/Qt/lib/{wheel_library.name}"
    other = ("PySide6/Qt/lib/libQt6Core.so.6", str(wheel_library.parent / "libQt6Core.so.6"))
    swapped = icu_data.smaller_in(
        [(target, str(wheel_library), "BINARY"), (*other, "BINARY")], tmp_path
    )
    trimmed = tmp_path / "icu" / wheel_library.name
    assert swapped == [(target, str(trimmed), "BINARY"), (*other, "BINARY")]
    assert trimmed.stat().st_mode == wheel_library.stat().st_mode
    assert "ICU data trimmed" in capsys.readouterr().err

    # a library it does not understand (here not ELF at all) goes into the build as it is
    odd = tmp_path / "libicudata.so.99"
    odd.write_bytes(b"not a library")
    entry = ("PySide6/Qt/lib/libicudata.so.99", str(odd), "BINARY")
    assert icu_data.smaller_in([entry], tmp_path / "work") == [entry]
    assert "ICU data NOT trimmed" in capsys.readouterr().err
    assert not (tmp_path / "work" / "icu" / odd.name).exists()
