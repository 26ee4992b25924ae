# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Typed attribute descriptors that coerce their input and raise clear errors."""
from __future__ import annotations

import math
import re
from typing import Any, Iterable

_MISSING = object()
_INTEGER_TEXT = re.compile(r"[+-]?[0-9]+")
_TRUE = frozenset({"true", "yes", "on", "1"})
_FALSE = frozenset({"false", "no", "off", "0"})


class FieldError(ValueError):
    """An invalid value was assigned to a field."""

    def __init__(self, field: str, value: Any) -> None:
        super().__init__(f"{field}: invalid value {value!r}")
        self.field = field
        self.value = value


class _Reject(Exception):
    """Raised by ``coerce`` for values that a field cannot accept."""


class Field:
    """Base descriptor: per-instance storage, defaults, ``None`` handling and errors."""

    def __init__(self, *, default: Any = _MISSING, nullable: bool = False) -> None:
        self.default = default
        self.nullable = nullable
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        try:
            return obj.__dict__[self.name]
        except KeyError:
            if self.default is _MISSING:
                raise AttributeError(f"{type(obj).__name__}.{self.name} is not set") from None
            return self.default

    def __set__(self, obj: Any, value: Any) -> None:
        if value is None:
            if not self.nullable:
                raise FieldError(f"{type(obj).__name__}.{self.name}", value)
            obj.__dict__[self.name] = None
            return
        try:
            coerced = self.coerce(value)
        except _Reject:
            raise FieldError(f"{type(obj).__name__}.{self.name}", value) from None
        obj.__dict__[self.name] = coerced

    def __delete__(self, obj: Any) -> None:
        try:
            del obj.__dict__[self.name]
        except KeyError:
            raise AttributeError(f"{type(obj).__name__}.{self.name} is not set") from None

    def coerce(self, value: Any) -> Any:
        """Convert ``value`` for storage, or raise ``_Reject``."""
        raise NotImplementedError


class _Bounded(Field):
    def __init__(self, *, min: Any = None, max: Any = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.min = min
        self.max = max

    def _check_bounds(self, value: Any) -> Any:
        if self.min is not None and value < self.min:
            raise _Reject
        if self.max is not None and value > self.max:
            raise _Reject
        return value


class Integer(_Bounded):
    """An ``int`` field."""

    def coerce(self, value: Any) -> int:
        if isinstance(value, bool):
            raise _Reject
        if isinstance(value, int):
            result = value
        elif isinstance(value, float):
            if not value.is_integer():
                raise _Reject
            result = int(value)
        elif isinstance(value, str):
            text = value.strip()
            if not _INTEGER_TEXT.fullmatch(text):
                raise _Reject
            result = int(text)
        else:
            raise _Reject
        return self._check_bounds(result)


class Float(_Bounded):
    """A finite ``float`` field."""

    def coerce(self, value: Any) -> float:
        if isinstance(value, bool):
            raise _Reject
        if isinstance(value, (int, float)):
            try:
                result = float(value)
            except OverflowError:
                raise _Reject from None
        elif isinstance(value, str):
            try:
                result = float(value.strip())
            except ValueError:
                raise _Reject from None
        else:
            raise _Reject
        if not math.isfinite(result):
            raise _Reject
        return self._check_bounds(result)


class Text(Field):
    """A stripped ``str`` field."""

    def __init__(self, *, max_length: int | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.max_length = max_length

    def coerce(self, value: Any) -> str:
        if isinstance(value, bytes):
            try:
                value = value.decode("utf-8")
            except UnicodeDecodeError:
                raise _Reject from None
        if not isinstance(value, str):
            raise _Reject
        text = value.strip()
        if self.max_length is not None and len(text) > self.max_length:
            raise _Reject
        return text


class Boolean(Field):
    """A ``bool`` field accepting common textual spellings."""

    def coerce(self, value: Any) -> bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, int):
            if value in (0, 1):
                return value == 1
            raise _Reject
        if isinstance(value, str):
            word = value.strip().lower()
            if word in _TRUE:
                return True
            if word in _FALSE:
                return False
        raise _Reject


class Choice(Field):
    """One of a fixed set of strings, matched case-insensitively."""

    def __init__(self, options: Iterable[str], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.options: list[str] = []
        for option in options:
            if any(option.casefold() == known.casefold() for known in self.options):
                raise ValueError(f"duplicate option {option!r}")
            self.options.append(option)
        if not self.options:
            raise ValueError("Choice needs at least one option")

    def coerce(self, value: Any) -> str:
        if not isinstance(value, str):
            raise _Reject
        wanted = value.strip().casefold()
        for option in self.options:
            if option.casefold() == wanted:
                return option
        raise _Reject
