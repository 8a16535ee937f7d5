"""A project's name spelt its own way: the cores two names share (projectnames.py)."""

from __future__ import annotations

import pytest

from app.detection.projectnames import (
    account_cores,
    common_core,
    domain_cores,
    org_cores,
    own_section,
    word_form_core,
)


@pytest.mark.parametrize(
    ("these", "those", "core"),
    [
        (domain_cores("quillproject.io"), domain_cores("quill.sh"), "quill"),
        (domain_cores("k7sproject.io"), domain_cores("k7s.sh"), "k7s"),
        (domain_cores("gobramble.com"), domain_cores("bramble.dev"), "bramble"),
        (domain_cores("velso.tech"), domain_cores("vel.so"), "velso"),
        (domain_cores("p4x.io"), account_cores("p4x-io"), "p4xio"),
        (domain_cores("hollowgate.org"), account_cores("hollow-gate"), "hollowgate"),
        (domain_cores("driftci.com"), account_cores("DriftCI-Public"), "driftci"),
        (account_cores("Fenre", "WinTidy"), domain_cores("fen.re"), "fenre"),
        (domain_cores("openmediavault.org"), org_cores("OpenMediaVault-Plugin-Developers"), "openmediavault"),
        (domain_cores("quokkadb.io"), org_cores("quokkadb-community"), "quokkadb"),
        (domain_cores("mongodb.com"), org_cores("mongodb-js"), "mongodb"),
    ],
)  # fmt: skip
def test_names_of_one_project_share_a_core(
    these: frozenset[str], those: frozenset[str], core: str
) -> None:
    assert common_core(these, those) == core


@pytest.mark.parametrize(
    ("these", "those"),
    [
        (domain_cores("quillproject.io"), domain_cores("quil1.sh")),  # a letter off
        (domain_cores("gobramble.com"), domain_cores("brambles.dev")),  # a longer name
        (domain_cores("p4x.io"), account_cores("p4x-com")),  # another account
        (domain_cores("wi.io"), account_cores("wi-io")),  # too short to be a name, even across the dot
        (domain_cores("gocli.com"), domain_cores("cli.dev")),  # a generic word
        (domain_cores("godocs.com"), domain_cores("docs.dev")),
        (domain_cores("thornfield.com"), account_cores("thornfield-dl")),
        (domain_cores("getpublic.io"), account_cores("public")),  # affixes alone name no one
        # a domain that adds a word to the page's name with a hyphen is a look-alike
        (domain_cores("goteleport.com"), domain_cores("goteleport-app.test")),
        (domain_cores("rke2.io"), domain_cores("rke2-io.test")),
        # an organisation's words only: a lure's word, or nothing before them
        (domain_cores("quokkadb.io"), org_cores("quokkadb-support")),
        (domain_cores("quokkadb.io"), org_cores("quokkadb-plugins-update")),
        (domain_cores("plugins.io"), org_cores("plugins-community")),
        (domain_cores("quokkadb.io"), org_cores("quokkadb")),
    ],
)  # fmt: skip
def test_other_names_share_none(these: frozenset[str], those: frozenset[str]) -> None:
    assert common_core(these, those) == ""


@pytest.mark.parametrize(
    ("host", "own"),
    [
        ("quillproject.io", True),
        ("docs.quillproject.io", True),
        ("www.quillproject.io", True),
        ("forum.quillproject.io", False),
        ("community.quillproject.io", False),
        ("docs.forum.quillproject.io", False),
    ],
)
def test_only_the_projects_own_sections_speak_for_it(host: str, own: bool) -> None:
    assert own_section(host, "quillproject.io") is own


@pytest.mark.parametrize(
    ("these", "those", "core"),
    [
        (domain_cores("craftycontrol.com"), account_cores("crafty-controller"), "craftycontrol"),
        (domain_cores("ledgerkeep.example"), account_cores("ledger-keeper"), "ledgerkeep"),
        (domain_cores("streamrelay.example"), account_cores("streamrelays"), "streamrelay"),
        (account_cores("mirrorsyncer"), domain_cores("mirrorsync.example"), "mirrorsync"),
        # a short name is any longer word's start; another ending is another word
        (domain_cores("kite.example"), account_cores("kiter"), ""),
        (domain_cores("ledgerkeep.example"), account_cores("ledger-keeping"), ""),
        (domain_cores("ledgerkeep.example"), account_cores("ledger-keepery"), ""),
        (domain_cores("ledgerkeep.example"), account_cores("keeperledger"), ""),
    ],
)  # fmt: skip
def test_another_form_of_the_last_word_names_the_same(
    these: frozenset[str], those: frozenset[str], core: str
) -> None:
    assert word_form_core(these, those) == core


def test_a_companys_word_for_itself_is_an_affix() -> None:
    assert common_core(domain_cores("ispyconnect.com"), account_cores("ispysoftware")) == "ispy"
    assert common_core(domain_cores("tidepoolsystems.io"), account_cores("tidepool-hq")) == (
        "tidepool"
    )
    # ...never with a hyphen in a domain: the name with a word added is a look-alike's
    assert common_core(domain_cores("ispy-connect.test"), account_cores("ispysoftware")) == ""


def test_a_databases_word_after_its_name_is_an_affix() -> None:
    """surrealdb.com for the program people call surreal; never with a hyphen, never a short
    name's (a three-letter word with db after it names nothing)."""
    assert common_core(domain_cores("quarrydb.example"), account_cores("quarry")) == "quarry"
    assert common_core(domain_cores("quarry-db.example"), account_cores("quarry")) == ""
    assert common_core(domain_cores("catdb.example"), account_cores("cat")) == ""
