"""A private network's address (RFC 1918) as written is no stranger's server; a disguised one,
a name that starts with its digits and the public and documentation ranges are."""

from __future__ import annotations

import pytest

from app.detection.indicators import parse_url
from app.detection.signals import on_private_network


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.15:9200/_cat/indices",
        "http://172.16.5.20:8500/v1/catalog",
        "http://172.31.255.1/",
        "http://192.168.1.1/cgi-bin/luci",
        "https://192.168.178.1/login_sid.lua",
    ],
)
def test_a_private_address_as_written_is_the_users_own_network(url: str) -> None:
    parsed = parse_url(url)
    assert parsed is not None and on_private_network(parsed)


@pytest.mark.parametrize(
    "url",
    [
        "http://0xC0A80101/s.sh",  # 192.168.1.1 in hex
        "http://3232235777/verify.hta",  # as one number
        "http://0300.0250.1.1/",  # in octal
        "http://192.168.1.1.umbra-stage.test/s.sh",  # a name
        "http://192.168.1.1@cdn.umbra-stage.test/s.sh",  # the host is after the @
        "http://172.32.0.1/",  # just outside 172.16/12
        "http://172.15.0.1/",
        "http://198.51.100.23/s.sh",  # documentation ranges are not a private network
        "http://203.0.113.9/a.ps1",
        "http://192.0.2.1/",
        "http://169.254.169.254/latest/meta-data/",  # link-local: not this rule's
        "http://127.0.0.1:8080/",  # loopback is read on its own (signals._LOCALHOST)
        "http://8.8.8.8/",
    ],
)
def test_a_disguised_public_or_named_address_is_not(url: str) -> None:
    parsed = parse_url(url)
    assert parsed is not None and not on_private_network(parsed)
