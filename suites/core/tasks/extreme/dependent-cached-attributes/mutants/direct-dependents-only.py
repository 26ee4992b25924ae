# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from typing import Any, Callable

_UNSET = object()


def _dependents(cls: type) -> dict[str, list[str]]:
    """For one class: attribute name -> names of cached attributes that depend on it (memoised)."""
    table = cls.__dict__.get("_cached_dependents_")
    if table is None:
        table = {}
        seen: set[str] = set()
        for klass in cls.__mro__:
            for name, attr in vars(klass).items():
                if name in seen:
                    continue
                seen.add(name)
                if isinstance(attr, cached):
                    for dependency in attr.depends_on:
                        table.setdefault(dependency, []).append(name)
        type.__setattr__(cls, "_cached_dependents_", table)
    return table


def _invalidate(obj: Any, name: str) -> None:
    store = obj.__dict__
    pending = list(_dependents(type(obj)).get(name, ()))
    visited: set[str] = set()
    while pending:
        dependent = pending.pop()
        if dependent in visited:
            continue
        visited.add(dependent)
        store.pop(dependent, None)



class tracked:
    """A per-instance attribute whose assignment invalidates dependent cached attributes."""

    def __init__(self, default: Any = _UNSET) -> None:
        self.default = default
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, objtype: type | None = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__.get(self.name, _UNSET)
        if value is _UNSET:
            value = self.default
        if value is _UNSET:
            raise AttributeError(self.name)
        return value

    def __set__(self, obj: Any, value: Any) -> None:
        obj.__dict__[self.name] = value
        _invalidate(obj, self.name)

    def __delete__(self, obj: Any) -> None:
        if self.name not in obj.__dict__:
            raise AttributeError(self.name)
        del obj.__dict__[self.name]
        _invalidate(obj, self.name)


class cached:
    """Decorator: a per-instance cached value, recomputed after its dependencies change."""

    def __init__(self, depends_on: tuple[str, ...] = ()) -> None:
        self.depends_on = tuple(depends_on)
        self.method: Callable[[Any], Any] | None = None
        self.name = ""

    def __call__(self, method: Callable[[Any], Any]) -> "cached":
        self.method = method
        self.__doc__ = method.__doc__
        return self

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, objtype: type | None = None) -> Any:
        if obj is None:
            return self
        store = obj.__dict__
        if self.name in store:
            return store[self.name]
        value = self.method(obj)
        store[self.name] = value
        return value

    def __set__(self, obj: Any, value: Any) -> None:
        raise AttributeError(f"{self.name} is computed and cannot be assigned")

    def __delete__(self, obj: Any) -> None:
        obj.__dict__.pop(self.name, None)
        _invalidate(obj, self.name)
