"""Unicode clean-up: invisible characters, look-alike letters and exotic spaces folded to ASCII."""

from __future__ import annotations

import itertools
import re
import unicodedata

import re2

# Characters that render as nothing (or reorder text) and so hide what a command really says.
INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f"
    "\u3164\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07\ufe08\ufe09\ufe0a\ufe0b\ufe0c\ufe0d"
    "\ufe0e\ufe0f\ufeff\uffa0"
)
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

# Space characters other than U+0020 that shells and dialogs display as blank space.
UNICODE_SPACES = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000\u2028\u2029\u0085"
)

# Cyrillic, Greek and other letters that look like Latin ones (confusables that NFKC keeps).
HOMOGLYPHS = {
    # Cyrillic lower case
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "һ": "h",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ɡ": "g", "ь": "b", "п": "n", "г": "r",
    # Cyrillic upper case
    "А": "A", "В": "B", "Е": "E", "Ё": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ї": "I", "Ј": "J", "Һ": "H",
    "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W", "Ү": "Y", "Ӏ": "I",
    # Greek lower case
    "α": "a", "β": "b", "γ": "y", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ς": "c", "η": "n", "μ": "u",
    # Greek upper case
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Armenian, Cherokee and Latin extensions that pass for ASCII letters
    "օ": "o", "ս": "u", "ց": "g", "հ": "h", "ո": "n", "ᴀ": "a", "ᴄ": "c", "ᴏ": "o", "ᴜ": "u",
    "ı": "i", "ȷ": "j", "ɑ": "a", "ɩ": "i", "ʟ": "l",
}  # fmt: skip

# Punctuation that shells treat like its ASCII twin (PowerShell accepts en and em dashes as "-").
PUNCTUATION = {
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u201c": '"',
    "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2032": "'", "\u2033": '"',
}  # fmt: skip

_TABLE: dict[int, str | None] = {ord(c): None for c in INVISIBLE}
_TABLE[0] = None  # NUL goes before NFKC, or a combining mark after it would stay uncomposed
_TABLE.update({ord(c): " " for c in UNICODE_SPACES})
_TABLE.update({ord(k): v for k, v in HOMOGLYPHS.items()})
_TABLE.update({ord(k): v for k, v in PUNCTUATION.items()})
# Turkish dotted capital I: RE2's case folding does not take it for an i.
_TABLE[ord("\u0130")] = "I"
# Arabic-Indic and Persian digits, which NFKC keeps: phone numbers in scam texts use them.
_TABLE.update({0x0660 + d: str(d) for d in range(10)})
_TABLE.update({0x06F0 + d: str(d) for d in range(10)})
# ...and the decimal digits of the scripts of South and South-East Asia and beyond (Devanagari,
# Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala, Thai, Lao,
# Tibetan, Myanmar, Khmer, Mongolian, N'Ko): a number to call is as often written in them.
_ZEROS = (0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0DE6,
          0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810)  # fmt: skip
_TABLE.update({zero + d: str(d) for zero in _ZEROS for d in range(10)})
_NUL_TABLE = {0: None}

# RE2: a linear scan; the same pattern in Python's re backtracks quadratically on long words
_LOOKALIKE_WORD = re2.compile("\\S*[" + "".join(HOMOGLYPHS) + "]\\S*")
_LATIN = re.compile("[A-Za-z]")
MAX_WORDS_CHECKED = 2000
_INVISIBLE_TABLE: dict[int, None] = {ord(c): None for c in INVISIBLE}
_BIDI = re.compile("[" + BIDI_CONTROLS + "]")
HOMOGLYPH_CHARS = frozenset(HOMOGLYPHS)
INVISIBLE_CHARS = frozenset(INVISIBLE)
SPACE_CHARS = frozenset(UNICODE_SPACES)


def fold(text: str) -> str:
    """Return text as a shell or a reader would take it: NFKC, no invisibles, ASCII look-alikes."""
    if text.isascii():
        return text.translate(_NUL_TABLE) if "\x00" in text else text
    text = text.translate(_TABLE)
    text = unicodedata.normalize("NFKC", text)
    # NFKC can produce new look-alikes (e.g. from compatibility forms: µ to μ), and mapping
    # those can meet a combining mark (μ + U+0300 to u + U+0300): map, then compose once more.
    text = unicodedata.normalize("NFKC", text.translate(_TABLE))
    return text.translate(_TABLE).replace("\x00", "")


# Look-alikes that are letters of living Latin alphabets: the dotless ı of Turkish, Azerbaijani,
# Crimean Tatar, Gagauz and Kazakh written in Latin (kullanıcı, tamamlandı). In a word made of
# letters alone it is that language's word, not a disguise; in a name of a program, a host, a
# path or an option it still passes for an i (ıex, gıthub.example: signals.py decides).
ALPHABET_LETTERS = frozenset("ı")
_WORD_EDGES = "\"'`.,;:!?()[]{}<>«»“”‘’"


def language_word(word: str) -> str:
    """The word without its quotes and punctuation when its only look-alikes are letters of a
    living Latin alphabet and it is made of letters alone (kullanıcı, "tamamlandı,"), else ""."""
    core = word.strip(_WORD_EDGES)
    if not core or not core.isalpha():
        return ""
    lookalikes = {c for c in core if c in HOMOGLYPHS}
    return core if lookalikes and lookalikes <= ALPHABET_LETTERS else ""


def mixed_script_words(text: str, limit: int = 5) -> list[str]:
    """Words that mix Latin letters with Cyrillic/Greek look-alikes, e.g. 'сurl' or 'hυmаn'."""
    if text.isascii():
        return []
    found: list[str] = []
    for m in itertools.islice(_LOOKALIKE_WORD.finditer(text), MAX_WORDS_CHECKED):
        word = m.group(0)
        if len(word) <= 64 and _LATIN.search(word):
            found.append(word)
            if len(found) >= limit:
                break
    return found


def invisible_characters(text: str) -> tuple[int, bool]:
    """Count of invisible characters and whether any of them reorders text (bidi control)."""
    if text.isascii():
        return 0, False
    count = len(text) - len(text.translate(_INVISIBLE_TABLE))
    bidi = bool(count) and _BIDI.search(text) is not None
    return count, bidi


# blanks and invisibles that fold() turns into an ASCII blank or removes, but that a POSIX shell
# (which splits words on ASCII blanks only) keeps inside a word
_SHELL_KEEPS = re.compile("[\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]")


def shell_view(text: str) -> str | None:
    """text folded except for the blanks and invisibles a shell keeps in a word, or None when
    it has none (then fold(text) is already how a shell reads it)."""
    if text.isascii() or not _SHELL_KEEPS.search(text):
        return None
    out: list[str] = []
    at = 0
    for m in _SHELL_KEEPS.finditer(text):
        out.append(fold(text[at : m.start()]))
        out.append(m.group(0))
        at = m.end()
    out.append(fold(text[at:]))
    return "".join(out)
