# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Application settings read from an environment-like mapping (never from os.environ)."""
from __future__ import annotations

import math
from typing import Any, Callable, Mapping

_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})
_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
_REQUIRED = object()


class SettingsError(ValueError):
    """A setting is missing or has an invalid value."""


class Field:
    """A setting read from ``env[prefix + KEY]``; subclasses convert the raw string."""

    def __init__(self, key: str, default: Any = _REQUIRED) -> None:
        self.key = key
        self.default = default  # a value, a callable taking the settings object, or _REQUIRED
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def load(self, settings: Settings, env: Mapping[str, str], prefix: str) -> Any:
        key = prefix + self.key
        if key not in env:
            if self.default is _REQUIRED:
                raise SettingsError(f"{key} is required")
            return self.default(settings) if callable(self.default) else self.default
        return self.parse(key, env[key])

    def parse(self, key: str, raw: str) -> Any:
        raise NotImplementedError


class Text(Field):
    """A non-empty string, stripped. A required text must also be non-blank."""

    def parse(self, key: str, raw: str) -> str:
        text = raw.strip()
        if not text:
            if self.default is _REQUIRED:
                raise SettingsError(f"{key} is required")
            raise SettingsError(f"{key} must not be empty")
        return text


class Integer(Field):
    """A decimal integer with an optional sign, at least ``minimum`` and at most ``maximum``."""

    def __init__(self, key: str, default: Any = _REQUIRED, *, minimum: int = 1, maximum: int | None = None) -> None:
        super().__init__(key, default)
        self.minimum = minimum
        self.maximum = maximum

    def parse(self, key: str, raw: str) -> int:
        text = raw.strip()
        digits = text[1:] if text[:1] in ("+", "-") else text
        if not (digits.isdigit() and digits.isascii()):
            raise SettingsError(f"{key} must be an integer, got {raw!r}")
        number = int(text)
        if self.maximum is not None:
            if not self.minimum <= number <= self.maximum:
                raise SettingsError(f"{key} must be between {self.minimum} and {self.maximum}, got {number}")
        elif number < self.minimum:
            raise SettingsError(f"{key} must be at least {self.minimum}, got {number}")
        return number


def _positive_float(text: str) -> float | None:
    """The positive finite float in ``text``, None if it is out of range; ValueError if not a number."""
    number = float(text)
    return number if number > 0 and math.isfinite(number) else None


class PositiveFloat(Field):
    def parse(self, key: str, raw: str) -> float:
        try:
            number = _positive_float(raw)
        except ValueError:
            raise SettingsError(f"{key} must be a number, got {raw!r}") from None
        if number is None:
            raise SettingsError(f"{key} must be positive and finite, got {raw!r}")
        return number


class PositiveFloatList(Field):
    """Comma-separated positive finite floats."""

    def parse(self, key: str, raw: str) -> list[float]:
        numbers = []
        for part in raw.split(","):
            try:
                number = _positive_float(part)
            except ValueError:
                raise SettingsError(f"{key} must be a list of numbers, got {raw!r}") from None
            if number is None:
                raise SettingsError(f"{key} must be positive and finite, got {raw!r}")
            numbers.append(number)
        return numbers


class Boolean(Field):
    def parse(self, key: str, raw: str) -> bool:
        word = raw.strip().lower()
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
        raise SettingsError(f"{key} must be a boolean, got {raw!r}")


class Choice(Field):
    """One of ``choices``, case-insensitive, stored upper-case."""

    def __init__(self, key: str, choices: tuple[str, ...], default: Any = _REQUIRED) -> None:
        super().__init__(key, default)
        self.choices = choices

    def parse(self, key: str, raw: str) -> str:
        value = raw.strip().upper()
        if value not in self.choices:
            raise SettingsError(f"{key} must be one of {', '.join(self.choices)}, got {raw!r}")
        return value


class HostList(Field):
    """Comma-separated host names: stripped, lower-cased, blanks dropped, first occurrence kept."""

    def parse(self, key: str, raw: str) -> list[str]:
        hosts = (part.strip().lower() for part in raw.split(","))
        return list(dict.fromkeys(host for host in hosts if host))


class Settings:
    """Settings of the web application, read once from ``env`` at construction."""

    host = Text("HOST", default="localhost")
    port = Integer("PORT", default=8080, minimum=1, maximum=65535)
    debug = Boolean("DEBUG", default=False)
    workers = Integer("WORKERS", default=4, minimum=1)
    timeout = PositiveFloat("TIMEOUT", default=30.0)
    allowed_hosts = HostList("ALLOWED_HOSTS", default=[])
    log_level = Choice("LOG_LEVEL", _LOG_LEVELS, default="INFO")
    database_url = Text("DATABASE_URL")

    def __init__(self, env: Mapping[str, str], prefix: str = "APP_") -> None:
        self.prefix = prefix
        for field in self._fields():
            setattr(self, field.name, field.load(self, env, prefix))

    @classmethod
    def _fields(cls) -> list[Field]:
        """Fields in definition order, base classes first."""
        fields: dict[str, Field] = {}
        for klass in reversed(cls.__mro__):
            for name, value in vars(klass).items():
                if isinstance(value, Field):
                    fields[name] = value
        return list(fields.values())

    def as_dict(self) -> dict[str, Any]:
        return {field.name: _copy(getattr(self, field.name)) for field in self._fields()}


class WorkerSettings(Settings):
    """Settings of the background workers: the application settings plus queue options."""

    queue = Text("QUEUE", default="default")
    concurrency = Integer("CONCURRENCY", default=lambda settings: settings.workers * 2, minimum=1)
    retry_delays = PositiveFloatList("RETRY_DELAYS", default=[1.0, 5.0, 30.0])


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value
