"""fastinit.direct_init: a frozen dataclass built by it is the object the stock __init__ builds
(same fields, defaults, fresh factories, descriptors, frozen), and a shape it does not take is
refused when the class is made."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
from dataclasses import InitVar, dataclass, field

import pytest

from app.detection.fastinit import direct_init
from app.detection.indicators import ParsedURL
from app.detection.model import Context, Deferred, Finding, Layer
from app.detection.windows import DeepText


@dataclass(frozen=True)
class Stock:
    name: str
    depth: int = 0
    parts: tuple[str, ...] = field(default_factory=tuple)
    note: Deferred[str] = Deferred(str)  # noqa: RUF009 (a descriptor, as in model.Finding)
    parent: str | None = None


@direct_init
@dataclass(frozen=True)
class Direct:
    name: str
    depth: int = 0
    parts: tuple[str, ...] = field(default_factory=tuple)
    note: Deferred[str] = Deferred(str)  # noqa: RUF009 (a descriptor, as in model.Finding)
    parent: str | None = None


CALLS: list[tuple[tuple[object, ...], dict[str, object]]] = [
    (("raw",), {}),
    (("raw", 2), {}),
    (("raw", 2, ("a",)), {"parent": "p"}),
    (("raw",), {"note": "given"}),
    (("raw",), {"note": lambda: "made when read"}),
    ((), {"name": "raw", "parent": None, "depth": 5}),
]


@pytest.mark.parametrize(("args", "kwargs"), CALLS)
def test_it_builds_what_the_stock_init_builds(
    args: tuple[object, ...], kwargs: dict[str, object]
) -> None:
    stock, direct = Stock(*args, **kwargs), Direct(*args, **kwargs)  # type: ignore[arg-type]
    assert direct.note == stock.note
    assert vars(direct) == vars(stock)
    assert repr(direct) == repr(stock).replace("Stock", "Direct", 1)
    assert direct == Direct(*args, **kwargs) and hash(direct) == hash(Direct(*args, **kwargs))  # type: ignore[arg-type]
    assert pickle.loads(pickle.dumps(direct)) == direct
    assert dataclasses.replace(direct, depth=9).depth == 9


def test_it_keeps_the_signature_factories_and_frozenness() -> None:
    stock_init = inspect.signature(Stock.__init__).parameters
    direct_init_ = inspect.signature(Direct.__init__).parameters
    assert list(direct_init_) == list(stock_init)
    assert [p.default for p in direct_init_.values()][1:3] == [inspect.Parameter.empty, 0]
    assert Direct("a").parts == () and Direct("a", parts=("b",)).parts == ("b",)

    @direct_init
    @dataclass(frozen=True)
    class WithList:
        items: list[str] = field(default_factory=list)

    assert WithList().items == [] and WithList().items is not WithList().items  # fresh each
    with pytest.raises(dataclasses.FrozenInstanceError):
        Direct("a").depth = 1  # type: ignore[misc]
    with pytest.raises(TypeError):
        Direct()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Direct("a", 1, (), "n", None, "one too many")  # type: ignore[call-arg]


def test_the_engines_classes_take_their_fields_as_the_stock_init_does() -> None:
    for cls in (Context, Layer, Finding, ParsedURL, DeepText):
        params = list(inspect.signature(cls.__init__).parameters.values())[1:]
        fields = dataclasses.fields(cls)
        assert [p.name for p in params] == [f.name for f in fields], cls
        for p, f in zip(params, fields, strict=True):
            wanted = inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
            assert p.default is wanted or f.default_factory is not dataclasses.MISSING, (cls, f)
    finding = Finding("R", "t", "e", "T1204", 10, "raw", lambda: "late evidence")
    assert finding.evidence == "late evidence" and finding.action == ""
    assert Finding("R", "t", "e", "T1204", 10, "raw").evidence == ""


def test_a_shape_it_does_not_take_is_refused_when_the_class_is_made() -> None:
    with pytest.raises(TypeError):

        @direct_init
        @dataclass
        class NotFrozen:
            a: int

    with pytest.raises(TypeError):

        @direct_init
        @dataclass(frozen=True)
        class KeywordOnly:
            a: int = field(kw_only=True)

    with pytest.raises(TypeError):

        @direct_init
        @dataclass(frozen=True)
        class WithInitVar:
            a: int
            b: InitVar[int] = 0

    with pytest.raises(TypeError):

        @direct_init
        @dataclass(frozen=True)
        class PostInit:
            a: int

            def __post_init__(self) -> None:
                pass

    with pytest.raises(TypeError):

        @direct_init
        @dataclass(frozen=True)
        class NotInit:
            a: int
            b: int = field(default=0, init=False)
