"""Whatever a policy or settings file holds, reading it never raises and never weakens."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.config import ALL_KEYS, SettingsError
from app.config.files import TomlFileError, parse_toml
from app.config.policy import PolicyError, parse_policy
from app.config.values import parse_values

_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=40),
    st.sampled_from(["block", "warn", "monitor", "", "tcp://a.example:1", "https://x.example/"]),
)
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(
            st.sampled_from(["url", "kind", "token", "x", "syslog"]), inner, max_size=4
        ),
    ),
    max_leaves=12,
)
_keys = st.sampled_from([*ALL_KEYS, "forward", "version", "defaults", "unknown"])


@settings(max_examples=600, deadline=None)
@given(st.dictionaries(_keys, _values, max_size=6))
def test_any_document_gives_values_or_settings_errors(document: dict[str, Any]) -> None:
    parsed = parse_values(document)
    assert all(isinstance(error, SettingsError) for error in parsed.errors)
    assert set(parsed.values) <= set(ALL_KEYS)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400) | st.text(max_size=400).map(lambda t: t.encode("utf-8")))
@example(b'mode = "warn"\n[defaults]\nlanguage = "de"\n')
@example(b"a = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]")
def test_any_policy_bytes_parse_or_give_a_policy_error(data: bytes) -> None:
    try:
        policy = parse_policy(data)
    except PolicyError as error:
        assert error.errors and all(isinstance(e, str) and e for e in error.errors)
    else:
        assert set(policy.enforced) <= set(ALL_KEYS)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="[]{}.=,\"'#\\\n ab1", max_size=200))
def test_toml_shaped_noise_parses_or_gives_a_reason(text: str) -> None:
    try:
        parse_toml(text.encode("utf-8"))
    except TomlFileError as error:
        assert str(error)
