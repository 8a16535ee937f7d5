"""Provenance: the page URL browsers attach, and the password-manager marks that mean 'secret'."""

from __future__ import annotations

from app.guard.provenance import decode_format_text, read_provenance


def reader(table: dict[str, bytes]):  # type: ignore[no-untyped-def]
    return lambda name: table[name]


def test_chromium_on_linux_gives_the_page_url() -> None:
    formats = {"text/plain": b"x", "chromium/x-source-url": b"https://captcha.example/verify"}
    p = read_provenance(formats, reader(formats))
    assert p.source_url == "https://captcha.example/verify" and not p.secret


def test_chromium_on_windows_through_qt_mime_wrapper() -> None:
    name = 'application/x-qt-windows-mime;value="Chromium internal source URL"'
    formats = {name: "https://evil.example/p\x00".encode("utf-16-le")}
    assert read_provenance(formats, reader(formats)).source_url == "https://evil.example/p"


def test_firefox_url_priv_takes_the_first_line() -> None:
    formats = {"text/x-moz-url-priv": "https://page.example/a\nPage title".encode("utf-16-le")}
    assert read_provenance(formats, reader(formats)).source_url == "https://page.example/a"


def test_old_edge_ms_source_url() -> None:
    formats = {'application/x-qt-windows-mime;value="msSourceUrl"': b"https://old.example/"}
    assert read_provenance(formats, reader(formats)).source == "https://old.example/"


def test_kde_password_manager_hint_marks_secret() -> None:
    formats = {"text/plain": b"hunter2", "x-kde-passwordManagerHint": b"secret"}
    assert read_provenance(formats, reader(formats)).secret


def test_kde_hint_with_another_value_is_not_secret() -> None:
    formats = {"x-kde-passwordManagerHint": b"public"}
    assert not read_provenance(formats, reader(formats)).secret


def test_macos_concealed_type_and_windows_exclusion_mark_secret() -> None:
    for name in (
        "org.nspasteboard.ConcealedType",
        'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"',
    ):
        formats = {name: b""}
        assert read_provenance(formats, reader(formats)).secret, name


def test_windows_history_opt_out_dword_zero_marks_secret() -> None:
    name = 'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"'
    assert read_provenance({name: b"\x00\x00\x00\x00"}, reader({name: b"\x00\x00\x00\x00"})).secret
    assert not read_provenance(
        {name: b"\x01\x00\x00\x00"}, reader({name: b"\x01\x00\x00\x00"})
    ).secret


def test_owner_app_is_the_source_when_no_browser_says() -> None:
    p = read_provenance({}, reader({}), owner_app="notepad.exe")
    assert p.source == "notepad.exe" and p.source_url is None


def test_format_text_decoding_is_tolerant() -> None:
    assert decode_format_text(b"\xff\xfe\xfd") == "\ufffd\ufffd\ufffd"
    assert decode_format_text(b"") == ""
    huge = b"https://x.example/" + b"a" * 100_000
    formats = {"chromium/x-source-url": huge}
    assert len(read_provenance(formats, reader(formats)).source_url or "") == 4096
