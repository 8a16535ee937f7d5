"""What Qt answers through ICU, one line per answer: `python -m tests.packaging.icu_probe`.

tests/packaging/test_built_app.py runs it twice, once on the wheel's Qt and ICU and once with
the built folder's (LD_PRELOAD), and compares: the build trims ICU's data
(installer/icu_data.py) and must not change one answer. Qt Core reaches ICU for case mapping,
collation, text converters (by name, as QXmlStreamReader does for an XML declaration's encoding)
and time-zone names; QLocale's formats and QTextBoundaryFinder are Qt's own, printed too.
The first line names the ICU data and Qt Core libraries the process mapped.
"""

from __future__ import annotations

import codecs
import functools
import sys

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCollator,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QStringConverter,
    QStringDecoder,
    QStringEncoder,
    Qt,
    QTextBoundaryFinder,
    QTime,
    QTimeZone,
    QXmlStreamReader,
)

LOCALES = ("en", "de", "ja", "zh", "ar", "tr", "ru", "ko", "el", "lt", "sv", "pt_BR", "zh_TW")
WORDS = (
    "Äpfel", "apfel", "Zebra", "zebra", "Ölung", "ohne", "çay", "cadde", "ırmak",
    "istanbul", "İzmir", "Ärger", "strasse", "Straße", "東京", "大阪", "北京", "上海", "日本", "中国",
    "かな", "カナ", "ひらがな", "мир", "Мир", "ёж", "еда", "العربية", "عرب", "ch", "cz", "hotel",
    "hôtel", "ﬁnal", "1x", "10", "9", "a-b", "ab", "Ab", "AB", "한국", "ไทย", "ελλάδα",
    "Ελλάδα", "ǆ", "z", "ž", "ş", "s",
)  # fmt: skip
CASES = "istanbul İI ıi ß ΐ ﬁ ǰ Ǆǅǆ ΣΑΣ ὈΔΥΣΣΕΎΣ i̇ j̈ Ĳ"
TEXT = "Grüße € 東京 日本語 中文 한국어 Привет العربية ไทย ελλάδα š ğ İ ı"
BOUNDARIES = "Hello world. ภาษาไทยง่าย 日本語の文章です。 Привет, мир! مرحبا بالعالم. 👍🏽 é"


def _libraries() -> list[str]:
    with open("/proc/self/maps") as maps:
        paths = {line.split()[-1] for line in maps if "/" in line}
    return sorted(p for p in paths if "libicudata" in p or "libQt6Core" in p)


def _collation(locale: QLocale) -> list[str]:
    collator = QCollator(locale)
    lines = [" ".join(sorted(WORDS, key=functools.cmp_to_key(collator.compare)))]
    collator.setNumericMode(True)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setIgnorePunctuation(True)
    lines.append(" ".join(sorted(WORDS, key=functools.cmp_to_key(collator.compare))))
    keys = collator.sortKey("İstanbul Straße 東京"), collator.sortKey("istanbul strasse 東京")
    lines.append(str(keys[0].compare(keys[1])))
    return lines


def _zone_names(locale: QLocale, zones: list[QByteArray]) -> list[str]:
    summer = QDateTime(QDate(2026, 7, 1), QTime(12, 0), QTimeZone.utc())
    lines = []
    for zone_id in zones:
        zone = QTimeZone(zone_id)
        names = [
            zone.displayName(time, kind, locale)
            for time in (QTimeZone.TimeType.StandardTime, QTimeZone.TimeType.DaylightTime,
                         QTimeZone.TimeType.GenericTime)
            for kind in (QTimeZone.NameType.DefaultName, QTimeZone.NameType.LongName,
                         QTimeZone.NameType.ShortName, QTimeZone.NameType.OffsetName)
        ]  # fmt: skip
        names.append(zone.displayName(summer, QTimeZone.NameType.LongName, locale))
        lines.append(f"{bytes(zone_id).decode()} " + "|".join(names))
    return lines


def _converter(name: str) -> str:
    """The text of an XML document declared in encoding `name`: QXmlStreamReader decodes it
    with the converter of that name (ICU's, beyond UTF and Latin-1)."""
    try:
        body = TEXT.encode(codecs.lookup(name).name, errors="replace")
    except LookupError:  # a converter Python does not know: its bytes, printable ones
        body = bytes(range(0x20, 0x7F)).replace(b"<", b"").replace(b"&", b"")
        body += bytes(range(0xA0, 0x100))
    document = b'<?xml version="1.0" encoding="' + name.encode() + b'"?><a>' + body + b"</a>"
    buffer = QBuffer()
    buffer.setData(QByteArray(document))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    reader = QXmlStreamReader(buffer)
    texts = []
    while not reader.atEnd():
        reader.readNext()
        if reader.isCharacters():
            texts.append(reader.text())
    valid = QStringDecoder(name).isValid(), QStringEncoder(name).isValid()
    return f"{name} {valid} {reader.errorString()!r} {''.join(texts)!r}"


def _boundaries() -> list[str]:
    lines = []
    for kind in QTextBoundaryFinder.BoundaryType:
        finder = QTextBoundaryFinder(kind, BOUNDARIES)
        found = [finder.position()]
        while (position := finder.toNextBoundary()) != -1:
            found.append(position)
        lines.append(f"{kind.name} {found}")
    return lines


def main() -> None:
    QCoreApplication([])
    print("libraries", _libraries())
    zones = QTimeZone.availableTimeZoneIds()
    print("zones", len(zones))
    for name in LOCALES:
        locale = QLocale(name)
        for line in _collation(locale):
            print(name, "collation", line)
        print(name, "case", locale.toUpper(CASES), locale.toLower(CASES))
        when = QDateTime(QDate(2026, 12, 7), QTime(1, 2, 3), QTimeZone(b"Europe/Berlin"))
        print(name, "locale", locale.nativeLanguageName(), locale.nativeTerritoryName(),
              locale.toString(1234567.891), locale.toCurrencyString(1234.5),
              locale.toString(when, QLocale.FormatType.LongFormat))  # fmt: skip
        for line in _zone_names(locale, zones):
            print(name, "zone", line)
    converters = QStringConverter.availableCodecs()
    print("converters", len(converters))
    for name in converters:
        print("converter", _converter(name))
    for line in _boundaries():
        print("boundaries", line)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
