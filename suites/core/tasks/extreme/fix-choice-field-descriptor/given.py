# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Model fields restricted to a fixed set of values."""


class Choice:
    """A descriptor that only accepts one of a fixed set of values."""

    def __init__(self, *choices, default=None, nullable=False):
        if not choices:
            raise ValueError("Choice() needs at least one choice")
        if default is not None and default not in choices:
            raise ValueError(f"default {default!r} is not one of the choices")
        self.choices = list(choices)
        self.default = default
        self.nullable = nullable
        self.value = default

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return self.value

    def __set__(self, instance, value):
        if value is None:
            if not self.nullable:
                raise ValueError(f"{self.name} cannot be None")
        elif value not in self.choices:
            raise ValueError(f"{value!r} is not a valid {self.name}")
        self.value = value

    def __delete__(self, instance):
        self.value = self.default
