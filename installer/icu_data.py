"""A smaller ICU data library for the Linux build: the items Qt can never reach are left out.

PySide6's Linux wheel carries ICU, and ICU's data (libicudata.so.<major>, 32 MB) is a quarter
of the built folder. Qt Core is the only part of the bundle that links ICU, and it calls only
four of its services (`objdump -T libQt6Core.so.6 | grep _<major>`): case mapping
(u_strToUpper/u_strToLower), collation (ucol_*, QCollator), text converters (ucnv_*,
QStringConverter for encodings beyond UTF and Latin-1) and calendar/time-zone names (ucal_*,
QTimeZone::displayName). Everything those reach stays: the locale tree, collation, zone names,
every converter, the normalization data. What goes are the trees and files of ICU services Qt
does not call, because Qt does that work with its own tables: break iteration (QTextBoundaryFinder
and line breaking are Qt's own), the display names of languages, regions, currencies and units
(QLocale carries its own CLDR data), number spelling, transliteration, stringprep, the spoof
checker and character names. tests/packaging/test_built_app.py checks the built app's case
mapping, collation, converters and zone names against the wheel's own data.

The data is ICU's common data format (a table of contents of named items, each 16-byte aligned,
behind a header) in the read-only data of a shared library that exports one symbol,
icudt<major>_dat. trim() reads it, leaves the items out and writes a new library of that soname
and symbol: no ICU tools, compiler or linker are needed, so every machine builds the same folder.
"""

from __future__ import annotations

import re
import shutil
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

# Item name prefixes (after the package folder, icudt<major>l/) that Qt never reads.
UNUSED = (
    "brkitr/",  # break iteration rules and dictionaries (ubrk_*): Qt breaks text itself
    "curr/",  # currency names and symbols (ucurr_*, number formatting)
    "lang/",  # language and script display names (uloc_getDisplay*)
    "region/",  # region display names
    "unit/",  # measure unit names (MeasureFormat)
    "rbnf/",  # spelled-out numbers (RuleBasedNumberFormat)
    "translit/",  # transliterators (utrans_*)
    "unames.icu",  # character names (u_charName)
    "confusables.cfu",  # the spoof checker (uspoof_*)
)
_UNUSED_SUFFIXES = (".spp",)  # stringprep profiles (usprep_*): Qt does IDNA itself

_ITEM_ALIGN = 16
_DATA_MAGIC = b"\xda\x27"


def unused(name: str) -> bool:
    """True for an item (its name without the package folder) that Qt never reads."""
    return name.startswith(UNUSED) or name.endswith(_UNUSED_SUFFIXES)


def _align(value: int, alignment: int) -> int:
    return -(-value // alignment) * alignment


# ---------------------------------------------------------------------------------------------
# ICU common data: header, item count, (name offset, data offset) pairs, names, items


@dataclass(frozen=True)
class CommonData:
    header: bytes  # the data header, kept as it was (format "CmnD", ICU's copyright line)
    items: dict[str, bytes]  # full item name (icudt73l/coll/de.res) -> its bytes


def read_common(data: bytes) -> CommonData:
    """Parse ICU common data (little-endian, as `icupkg -tl` writes it); ValueError if not."""
    if len(data) < 32 or data[2:4] != _DATA_MAGIC:
        raise ValueError("not ICU data (no 0xda27 header)")
    header_size = struct.unpack_from("<H", data, 0)[0]
    info_size, _, big_endian, charset, _ = struct.unpack_from("<HHBBB", data, 4)
    if big_endian or charset or data[12:16] != b"CmnD" or data[16] != 1 or info_size < 20:
        raise ValueError("not little-endian ASCII ICU common data, format CmnD 1")
    toc = data[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    ends = [offset for _, offset in entries[1:]] + [len(toc)]
    items: dict[str, bytes] = {}
    for (name_at, data_at), end in zip(entries, ends, strict=True):
        name = toc[name_at : toc.index(b"\0", name_at)].decode("ascii")
        if not data_at <= end <= len(toc) or toc[data_at + 2 : data_at + 4] != _DATA_MAGIC:
            raise ValueError(f"ICU item {name} is malformed")
        items[name] = toc[data_at:end]
    if list(items) != sorted(items):
        raise ValueError("ICU items are not in name order")
    return CommonData(data[:header_size], items)


def write_common(common: CommonData) -> bytes:
    """ICU common data as `icupkg` writes it: names sorted (ICU looks them up by bisection),
    each item 16-byte aligned from the start of the table of contents, padded to 16 bytes."""
    names = sorted(common.items)
    table = 4 + 8 * len(names)
    name_blob = b"".join(name.encode("ascii") + b"\0" for name in names)
    name_offsets, at = [], table
    for name in names:
        name_offsets.append(at)
        at += len(name) + 1
    at_names_end, at = at, _align(at, _ITEM_ALIGN)  # icupkg pads the names with 0xaa
    out = bytearray(struct.pack("<I", len(names)))
    data_offsets = []
    for name in names:
        data_offsets.append(at)
        at = _align(at + len(common.items[name]), _ITEM_ALIGN)
    for name_at, data_at in zip(name_offsets, data_offsets, strict=True):
        out += struct.pack("<II", name_at, data_at)
    out += name_blob + b"\xaa" * (data_offsets[0] - at_names_end if names else 0)
    for name, data_at in zip(names, data_offsets, strict=True):
        out += b"\0" * (data_at - len(out))
        out += common.items[name]
    out += b"\0" * (_align(len(out), _ITEM_ALIGN) - len(out))
    return common.header + bytes(out)


def trim_common(data: bytes) -> bytes:
    """The common data without the items Qt never reads."""
    common = read_common(data)
    kept = {
        name: item
        for name, item in common.items.items()
        if not unused(name.split("/", 1)[1] if "/" in name else name)
    }
    return write_common(CommonData(common.header, kept))


# ---------------------------------------------------------------------------------------------
# The shared library: ELF64, little-endian, one exported data symbol


_SYMBOL = re.compile(rb"icudt\d+_dat")
_PT_LOAD, _PT_DYNAMIC, _PT_GNU_STACK = 1, 2, 0x6474E551
_DT_NULL, _DT_HASH, _DT_STRTAB, _DT_SYMTAB, _DT_STRSZ, _DT_SYMENT, _DT_SONAME = (
    0,
    4,
    5,
    6,
    10,
    11,
    14,
)
_SHT_PROGBITS, _SHT_STRTAB, _SHT_HASH, _SHT_DYNAMIC, _SHT_DYNSYM = 1, 3, 5, 6, 11
_SHF_WRITE, _SHF_ALLOC = 1, 2


@dataclass(frozen=True)
class DataLibrary:
    machine: int  # e_machine (x86-64, AArch64 …)
    page: int  # the alignment of its loadable segments
    soname: str
    symbol: str
    data: bytes


def read_library(image: bytes) -> DataLibrary:
    """The data, soname and symbol of an ICU data library; ValueError for anything else."""
    if image[:6] != b"\x7fELF\x02\x01":
        raise ValueError("not a little-endian 64-bit ELF file")
    (machine,) = struct.unpack_from("<H", image, 18)
    phoff, shoff = struct.unpack_from("<QQ", image, 32)
    phentsize, phnum, shentsize, shnum = struct.unpack_from("<HHHH", image, 54)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", image, shoff + i * shentsize) for i in range(shnum)
    ]
    loads = [struct.unpack_from("<IIQQQQQQ", image, phoff + i * phentsize) for i in range(phnum)]
    page = max((p[7] for p in loads if p[0] == _PT_LOAD), default=0)
    dynsym = next((s for s in sections if s[1] == _SHT_DYNSYM), None)
    if dynsym is None or page < 0x1000:
        raise ValueError("no dynamic symbols or loadable segments")
    strtab = sections[dynsym[6]]
    strings = image[strtab[4] : strtab[4] + strtab[5]]

    def string(at: int) -> bytes:
        return strings[at : strings.index(b"\0", at)]

    found = []
    for i in range(dynsym[5] // 24):
        st_name, _, _, st_shndx, st_value, st_size = struct.unpack_from(
            "<IBBHQQ", image, dynsym[4] + 24 * i
        )
        if _SYMBOL.fullmatch(string(st_name)):
            section = sections[st_shndx]
            at = section[4] + st_value - section[3]
            found.append((string(st_name).decode(), image[at : at + st_size]))
    dynamic = next((s for s in sections if s[1] == _SHT_DYNAMIC), None)
    soname = None
    if dynamic is not None:
        for i in range(dynamic[5] // 16):
            tag, value = struct.unpack_from("<qQ", image, dynamic[4] + 16 * i)
            if tag == _DT_SONAME:
                soname = string(value).decode()
    if len(found) != 1 or soname is None:
        raise ValueError("not an ICU data library (one icudt<N>_dat symbol and a soname)")
    return DataLibrary(machine, page, soname, found[0][0], found[0][1])


def write_library(library: DataLibrary) -> bytes:
    """A shared object exporting `symbol` (the data, read-only) under `soname`, as a linker
    would make it from one assembly file: a read-only segment with the ELF and program headers,
    the symbol's hash table, symbols and strings and the data, and a writable one with the
    dynamic section (its own page, as the loader maps them with different rights)."""
    header_size, phdr_size, shdr_size = 64, 56, 64
    dynstr = b"\0" + library.soname.encode() + b"\0" + library.symbol.encode() + b"\0"
    soname_at, symbol_at = 1, 2 + len(library.soname)
    hash_at = header_size + 4 * phdr_size
    hash_table = struct.pack("<IIIII", 1, 2, 1, 0, 0)  # 1 bucket -> symbol 1, chains end
    dynsym_at = _align(hash_at + len(hash_table), 8)
    data_at = _align(dynsym_at + 48 + len(dynstr), 64)
    dynstr_at = dynsym_at + 48
    dynsym = bytes(24) + struct.pack(
        "<IBBHQQ", symbol_at, 0x11, 0, 4, data_at, len(library.data)
    )  # GLOBAL OBJECT, default visibility, in section 4 (.rodata)
    text_end = data_at + len(library.data)
    dynamic_at = _align(text_end, 8)
    dynamic_address = dynamic_at + library.page  # congruent modulo the page, on its own page
    dynamic = b"".join(
        struct.pack("<qQ", tag, value)
        for tag, value in (
            (_DT_SONAME, soname_at),
            (_DT_HASH, hash_at),
            (_DT_STRTAB, dynstr_at),
            (_DT_SYMTAB, dynsym_at),
            (_DT_STRSZ, len(dynstr)),
            (_DT_SYMENT, 24),
            (_DT_NULL, 0),
        )
    )
    shstrtab = b"\0.hash\0.dynsym\0.dynstr\0.rodata\0.dynamic\0.shstrtab\0"
    shstrtab_at = dynamic_at + len(dynamic)
    sections_at = _align(shstrtab_at + len(shstrtab), 8)

    def shdr(
        name: str,
        kind: int,
        flags: int,
        address: int,
        offset: int,
        size: int,
        link: int = 0,
        info: int = 0,
        align: int = 1,
        entry: int = 0,
    ) -> bytes:
        at = shstrtab.index(name.encode() + b"\0")
        return struct.pack("<IIQQQQIIQQ", at, kind, flags, address, offset, size, link, info,
                           align, entry)  # fmt: skip

    alloc, dynamic_size = _SHF_ALLOC, len(dynamic)
    section_headers = [
        bytes(shdr_size),
        shdr(".hash", _SHT_HASH, alloc, hash_at, hash_at, 20, link=2, align=8, entry=4),
        shdr(".dynsym", _SHT_DYNSYM, alloc, dynsym_at, dynsym_at, 48, 3, 1, 8, 24),
        shdr(".dynstr", _SHT_STRTAB, alloc, dynstr_at, dynstr_at, len(dynstr)),
        shdr(".rodata", _SHT_PROGBITS, alloc, data_at, data_at, len(library.data), align=64),
        shdr(".dynamic", _SHT_DYNAMIC, alloc | _SHF_WRITE, dynamic_address, dynamic_at,
             dynamic_size, link=3, align=8, entry=16),
        shdr(".shstrtab", _SHT_STRTAB, 0, 0, shstrtab_at, len(shstrtab)),
    ]  # fmt: skip

    def phdr(kind: int, flags: int, offset: int, address: int, size: int, align: int) -> bytes:
        return struct.pack("<IIQQQQQQ", kind, flags, offset, address, address, size, size, align)

    program_headers = [
        phdr(_PT_LOAD, 4, 0, 0, text_end, library.page),  # R
        phdr(_PT_LOAD, 6, dynamic_at, dynamic_address, len(dynamic), library.page),  # RW
        phdr(_PT_DYNAMIC, 6, dynamic_at, dynamic_address, len(dynamic), 8),
        phdr(_PT_GNU_STACK, 6, 0, 0, 0, 16),  # no executable stack
    ]
    elf_header = (
        b"\x7fELF\x02\x01\x01" + bytes(9)
        + struct.pack("<HHIQQQIHHHHHH", 3, library.machine, 1, 0, header_size, sections_at, 0,
                      header_size, phdr_size, len(program_headers), shdr_size,
                      len(section_headers), 6)
    )  # fmt: skip
    image = bytearray(elf_header + b"".join(program_headers))
    for at, part in (
        (hash_at, hash_table),
        (dynsym_at, dynsym),
        (dynstr_at, dynstr),
        (data_at, library.data),
        (dynamic_at, dynamic),
        (shstrtab_at, shstrtab),
        (sections_at, b"".join(section_headers)),
    ):
        image += bytes(at - len(image)) + part
    return bytes(image)


def trim(source: Path, destination: Path) -> tuple[int, int]:
    """Write `source` (an ICU data library) without the items Qt never reads to `destination`;
    return both sizes. ValueError (and nothing written) if `source` is not what it expects."""
    library = read_library(source.read_bytes())
    trimmed = trim_common(library.data)
    image = write_library(
        DataLibrary(library.machine, library.page, library.soname, library.symbol, trimmed)
    )
    if read_library(image).data != trimmed:
        raise ValueError("the trimmed library does not read back")
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_bytes(image)
    return source.stat().st_size, len(image)


_LIBRARY = re.compile(r"libicudata\.so\.\d+")


def smaller_in(binaries: list[tuple[str, str, str]], work: Path) -> list[tuple[str, str, str]]:
    """PyInstaller's binaries with ICU's data library (a Linux wheel's) swapped for a trimmed
    copy written under `work`. If it cannot be trimmed the build keeps it whole, and says so."""
    swapped = []
    for target, source, kind in binaries:
        name = Path(target).name
        if _LIBRARY.fullmatch(name):
            trimmed = work / "icu" / name
            try:
                before, after = trim(Path(source), trimmed)
                shutil.copymode(source, trimmed)
            except (OSError, ValueError) as exc:
                print(f"ICU data NOT trimmed, the build keeps all of {source}: {exc}",
                      file=sys.stderr)  # fmt: skip
            else:
                print(f"ICU data trimmed (installer/icu_data.py): {name} {before / 1e6:.1f} MB"
                      f" -> {after / 1e6:.1f} MB", file=sys.stderr)  # fmt: skip
                source = str(trimmed)
        swapped.append((target, source, kind))
    return swapped
