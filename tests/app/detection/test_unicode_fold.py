"""Unicode folding: what a shell or a reader would take the text to be."""

from app.detection.unicode_fold import fold, invisible_characters, mixed_script_words


def test_cyrillic_and_greek_lookalikes_fold_to_latin() -> None:
    assert fold("сurl") == "curl"  # Cyrillic es
    assert fold("hυmаn vаlіdаtiοn") == "human validation"


def test_invisible_characters_are_removed() -> None:
    assert fold("pow\u200ber\u200dshell") == "powershell"
    assert fold("mshta\ufeff") == "mshta"


def test_unicode_spaces_become_spaces() -> None:
    assert fold("a\u2003\u00a0\u3000b") == "a   b"


def test_fullwidth_letters_fold_by_nfkc() -> None:
    assert fold("ｐｏｗｅｒｓｈｅｌｌ") == "powershell"


def test_smart_quotes_and_dashes_become_ascii() -> None:
    assert fold("“set x=pow”") == '"set x=pow"'
    assert fold("–enc") == "-enc"


def test_nul_bytes_are_dropped_even_in_ascii() -> None:
    assert fold("po\x00wer") == "power"


def test_plain_ascii_is_returned_unchanged() -> None:
    text = "git commit -m 'fix'"
    assert fold(text) is text


def test_mixed_script_words_find_only_mixed_words() -> None:
    assert mixed_script_words("сurl -fsSL https://x") == ["сurl"]
    assert mixed_script_words("Привет, как дела") == []  # all Cyrillic: a language, not a trick
    assert mixed_script_words("Καλημέρα κόσμε") == []


def test_invisible_characters_reports_bidi() -> None:
    assert invisible_characters("abc") == (0, False)
    assert invisible_characters("a\u200bb") == (1, False)
    count, bidi = invisible_characters("a\u202eb")
    assert count == 1 and bidi


def test_a_number_written_in_other_scripts_digits_reads_as_ascii() -> None:
    # a scam's number in Bengali, Devanagari, Tamil and Thai digits is the same number to call
    assert fold("+১ (৮৮৮) ৫৫৫-০১৪৩") == "+1 (888) 555-0143"
    assert fold("०८०० ५५५ ०१९०") == "0800 555 0190"
    assert fold("௦௮௦௦ ௫௫௫") == "0800 555"
    assert fold("๐๘๐๐") == "0800"


def test_a_word_of_a_living_latin_alphabet_is_no_disguise() -> None:
    from app.detection.unicode_fold import language_word

    assert language_word('"tamamlandı,"') == "tamamlandı"
    assert language_word("kullanıcı") == "kullanıcı"
    assert language_word("gıthub.com/x") == ""  # a host: not letters alone
    assert language_word("сurl") == ""  # a Cyrillic look-alike is no Turkish letter
    assert language_word("ıex(New-Object") == ""
