# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Interfaces checked structurally, with a per-interface cache of results."""
from __future__ import annotations

import inspect
from typing import Any


def _accepts(func: Any, n_positional: int) -> bool:
    """Can func be called with exactly n_positional positional arguments?"""
    if not inspect.isfunction(func):
        return False
    needed = 0
    available = 0
    var_args = False
    for param in inspect.signature(func).parameters.values():
        if param.kind in (param.POSITIONAL_ONLY, param.POSITIONAL_OR_KEYWORD):
            available += 1
            if param.default is param.empty:
                needed += 1
        elif param.kind is param.VAR_POSITIONAL:
            var_args = True
        elif param.kind is param.KEYWORD_ONLY and param.default is param.empty:
            return False
    return needed <= n_positional and (var_args or available >= n_positional)


def _positional_count(func: Any) -> int:
    return sum(
        1
        for p in inspect.signature(func).parameters.values()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    )


class InterfaceMeta(type):
    """Metaclass of interfaces: structural isinstance/issubclass checks."""

    def __new__(mcls, name: str, bases: tuple, namespace: dict, **kwargs: Any):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        methods: dict[str, int] = {}
        attributes: set[str] = set()
        for base in reversed(cls.__mro__[1:]):
            if isinstance(base, InterfaceMeta):
                methods.update(base._iface_methods)
                attributes |= base._iface_attributes
        for attr, value in namespace.items():
            if attr.startswith("_"):
                continue
            if inspect.isfunction(value):
                methods[attr] = _positional_count(value)
                attributes.discard(attr)
        for attr in namespace.get("__annotations__", {}):
            if not attr.startswith("_"):
                attributes.add(attr)
                methods.pop(attr, None)
        cls._iface_methods = methods
        cls._iface_attributes = frozenset(attributes)
        cls._iface_cache = {}
        return cls

    def __call__(cls, *args: Any, **kwargs: Any):
        raise TypeError(f"interface {cls.__name__} cannot be instantiated")

    def missing_members(cls, candidate: type) -> list[str]:
        """Sorted names of the requirements that candidate does not satisfy."""
        if not isinstance(candidate, type):
            raise TypeError(f"expected a class, got {type(candidate).__name__}")
        cached = cls._iface_cache.get(candidate)
        if cached is None:
            missing = [a for a in cls._iface_attributes if not hasattr(candidate, a)]
            missing += [
                name
                for name, count in cls._iface_methods.items()
                if not _accepts(getattr(candidate, name, None), count)
            ]
            cached = sorted(missing)
            cls._iface_cache[candidate] = cached
        return list(cached)

    def __subclasscheck__(cls, candidate: type) -> bool:
        cached = cls._iface_cache.get(candidate)
        if cached is None:
            return not cls.missing_members(candidate)
        return not cached

    def __instancecheck__(cls, obj: Any) -> bool:
        return cls.__subclasscheck__(type(obj))
