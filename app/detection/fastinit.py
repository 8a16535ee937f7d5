"""A frozen dataclass's `__init__` that fills the instance's dict directly.

The `__init__` that `dataclass(frozen=True)` writes sets each field with
`object.__setattr__(self, name, value)` (its own `__setattr__` refuses): a lookup and a call
into the generic attribute machinery per field, ~0.5 us each here. Objects the engine makes
several times a text (a layer, a finding, a parsed URL, a context: ~9 of them a line of
`scan --jsonl`) cost 2-7 us each that way, 3-4 times what a plain class costs. `direct_init`
gives such a class an `__init__` with the same parameters and defaults that stores each value
in `self.__dict__`, as a plain class's assignments do; a field the class holds a data descriptor
for (model.Deferred) still goes through `object.__setattr__`, so that the descriptor sees it.
The class stays frozen: assigning to a field afterwards raises as before.

Only the plain shape is taken (every field in `__init__`, positional or keyword, no
`__post_init__`, no `InitVar`, no `__slots__`): anything else raises TypeError when the class
is made, never later.
"""

from __future__ import annotations

import dataclasses
import inspect
from typing import Any, TypeVar

T = TypeVar("T")

_UNSET = object()  # a default_factory field not given: made by its factory


def _has_setter(cls: type, name: str) -> bool:
    found = inspect.getattr_static(cls, name, None)
    return hasattr(type(found), "__set__")


def direct_init(cls: type[T]) -> type[T]:
    """Give a frozen dataclass the `__init__` described in the module's text; returns it."""
    params: Any = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or not params.init:
        raise TypeError(f"{cls.__name__}: not a frozen dataclass that has an __init__")
    if hasattr(cls, "__post_init__") or "__slots__" in vars(cls):
        raise TypeError(f"{cls.__name__}: __post_init__ and __slots__ are not supported")
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    stock = list(inspect.signature(cls.__init__).parameters)[1:]  # (less self)
    if stock != [f.name for f in fields] or any(f.kw_only or not f.init for f in fields):
        raise TypeError(f"{cls.__name__}: only positional-or-keyword fields (no InitVar)")
    names: dict[str, Any] = {"_set": object.__setattr__, "_UNSET": _UNSET}
    parameters: list[str] = []
    body: list[str] = []
    for f in fields:
        name = f.name
        if f.default is not dataclasses.MISSING:
            names[f"_default_{name}"] = f.default
            parameters.append(f"{name}=_default_{name}")
        elif f.default_factory is not dataclasses.MISSING:
            names[f"_factory_{name}"] = f.default_factory
            parameters.append(f"{name}=_UNSET")
            body.append(f"    if {name} is _UNSET: {name} = _factory_{name}()")
        else:
            parameters.append(name)
        if _has_setter(cls, name):
            body.append(f"    _set(self, {name!r}, {name})")
        else:
            body.append(f"    own[{name!r}] = {name}")
    source = "\n".join(
        [f"def __init__(self, {', '.join(parameters)}):", "    own = self.__dict__", *body]
    )
    made: dict[str, Any] = {}
    exec(source, names, made)  # (built above from the class's own field names)
    init = made["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[method-assign]
    return cls
