# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Model fields restricted to a fixed set of values."""
from __future__ import annotations

from typing import Any, Hashable


class Choice:
    """A descriptor that only accepts one of a fixed set of values.

    Values are stored per instance, in the instance's ``__dict__`` under the field's name.
    """

    def __init__(self, *choices: Hashable, default: Any = None, nullable: bool = False) -> None:
        if not choices:
            raise ValueError("Choice() needs at least one choice")
        if default is not None and default not in choices:
            raise ValueError(f"default {default!r} is not one of the choices")
        self.choices = list(choices)
        self._allowed = frozenset(choices)
        self.default = default
        self.nullable = nullable
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        return instance.__dict__.get(self.name, self.default)

    def __set__(self, instance: Any, value: Any) -> None:
        if value is None:
            if not self.nullable:
                raise ValueError(f"{self.name} cannot be None")
        elif value not in self._allowed:
            raise ValueError(f"{value!r} is not a valid {self.name}")
        instance.__dict__[self.name] = value

    def __delete__(self, instance: Any) -> None:
        del instance.__dict__[self.name]
