# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""A metaclass that generates a validating ``__init__`` from class annotations."""
from __future__ import annotations

import types
import typing
from typing import Any, Callable

_MISSING = object()
_COPIED = (list, dict, set)


def _make_checker(tp: Any) -> Callable[[Any], Any]:
    """Return a function that validates (and possibly converts) a value for ``tp``."""
    if tp is Any:
        return lambda value: value
    if tp is None:
        tp = type(None)
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        members = [_make_checker(arg) for arg in typing.get_args(tp)]

        def check_union(value: Any) -> Any:
            for member in members:
                try:
                    return member(value)
                except TypeError:
                    pass
            raise TypeError(f"{value!r} matches no member of {tp}")

        return check_union
    if origin is list:
        (item_tp,) = typing.get_args(tp)
        check_item = _make_checker(item_tp)

        def check_list(value: Any) -> list:
            if not isinstance(value, list):
                raise TypeError(f"expected a list, got {type(value).__name__}")
            return [check_item(item) for item in value]

        return check_list
    if origin is dict:
        key_tp, value_tp = typing.get_args(tp)
        check_key, check_value = _make_checker(key_tp), _make_checker(value_tp)

        def check_dict(value: Any) -> dict:
            if not isinstance(value, dict):
                raise TypeError(f"expected a dict, got {type(value).__name__}")
            return {check_key(k): check_value(v) for k, v in value.items()}

        return check_dict
    if origin is not None or not isinstance(tp, type):
        raise TypeError(f"unsupported annotation: {tp!r}")
    if tp is float:

        def check_float(value: Any) -> float:
            if isinstance(value, float):
                return value
            if isinstance(value, int) and not isinstance(value, bool):
                return float(value)
            raise TypeError(f"expected float, got {type(value).__name__}")

        return check_float
    if tp is int:

        def check_int(value: Any) -> int:
            if isinstance(value, int) and not isinstance(value, bool):
                return value
            raise TypeError(f"expected int, got {type(value).__name__}")

        return check_int

    def check_instance(value: Any) -> Any:
        if isinstance(value, tp):
            return value
        raise TypeError(f"expected {tp.__name__}, got {type(value).__name__}")

    return check_instance


class ModelMeta(type):
    """Generates a validating ``__init__`` from the annotated fields of a class."""

    def __new__(mcls, name: str, bases: tuple, namespace: dict, **kwargs: Any):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        hints = typing.get_type_hints(cls)
        defaults: dict[str, Any] = {}
        for klass in reversed(cls.__mro__):
            for field in klass.__dict__.get("__annotations__", {}):
                defaults[field] = klass.__dict__.get(field, _MISSING)
        order: list[str] = []
        for klass in reversed(cls.__mro__):
            for field in klass.__dict__.get("__annotations__", {}):
                if field not in order:
                    order.append(field)
        specs = []
        seen_default = False
        for field in order:
            default = defaults[field]
            check = _make_checker(hints[field])
            if default is _MISSING:
                if seen_default:
                    raise TypeError(f"{name}: field {field!r} without a default follows a field with one")
            else:
                seen_default = True
                default = check(default)
            specs.append((field, check, default, isinstance(default, _COPIED)))
        cls.__fields__ = tuple(order)
        if "__init__" not in namespace:
            cls.__init__ = _generic_init
        return cls

    def field_specs(cls) -> tuple:
        hints = typing.get_type_hints(cls)
        defaults: dict[str, Any] = {}
        for klass in reversed(cls.__mro__):
            for field in klass.__dict__.get("__annotations__", {}):
                defaults[field] = klass.__dict__.get(field, _MISSING)
        specs = []
        for field in cls.__fields__:
            check = _make_checker(hints[field])
            default = defaults[field]
            if default is not _MISSING:
                default = check(default)
            specs.append((field, check, default, isinstance(default, _COPIED)))
        return tuple(specs)


def _generic_init(self: Any, *args: Any, **kwargs: Any) -> None:
    cls = type(self)
    _build_init(cls.__name__, type(cls).field_specs(cls))(self, *args, **kwargs)


def _build_init(class_name: str, specs: tuple) -> Callable[..., None]:
    names = [spec[0] for spec in specs]
    known = frozenset(names)
    count = len(names)

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        if len(args) > count:
            raise TypeError(f"{class_name}() takes at most {count} positional arguments")
        values = dict(zip(names, args))
        for key, value in kwargs.items():
            if key not in known:
                raise TypeError(f"{class_name}() got an unexpected keyword argument {key!r}")
            if key in values:
                raise TypeError(f"{class_name}() got multiple values for {key!r}")
            values[key] = value
        for field, check, default, copied in specs:
            if field in values:
                value = check(values[field])
            elif default is _MISSING:
                raise TypeError(f"{class_name}() missing required argument {field!r}")
            else:
                value = default.copy() if copied else default
            setattr(self, field, value)

    __init__.__qualname__ = f"{class_name}.__init__"
    return __init__
