# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Load `key = value` config text against a typed schema, with precise exceptions."""

TRUE_WORDS = {"true", "yes", "on", "1"}
FALSE_WORDS = {"false", "no", "off", "0"}


class ConfigError(Exception):
    """Base class of config problems; `lineno` is the 1-based line, or None."""

    def __init__(self, message: str, lineno: int | None = None) -> None:
        super().__init__(f"line {lineno}: {message}" if lineno is not None else message)
        self.lineno = lineno


class ConfigSyntaxError(ConfigError):
    pass


class UnknownKeyError(ConfigError):
    def __init__(self, key: str, lineno: int) -> None:
        super().__init__(f"unknown key {key!r}", lineno)
        self.key = key


class ConfigValueError(ConfigError):
    def __init__(self, key: str, message: str, lineno: int) -> None:
        super().__init__(f"bad value for {key!r}: {message}", lineno)
        self.key = key


class MissingKeysError(ConfigError):
    def __init__(self, keys: list[str]) -> None:
        super().__init__(f"missing keys: {', '.join(keys)}")
        self.keys = keys


def _parse_bool(raw: str) -> bool:
    word = raw.lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError(f"not a boolean: {raw!r}")


def _convert(kind: type, raw: str) -> object:
    if kind is bool:
        return _parse_bool(raw)
    return kind(raw)


def load_config(text: str, schema: dict[str, type | tuple[type, object]]) -> dict[str, object]:
    """Parse `text` and return every schema key's value (or default)."""
    values: dict[str, object] = {}
    for lineno, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        key, sep, raw = stripped.partition("=")
        key, raw = key.strip(), raw.strip()
        if not sep or not key:
            raise ConfigSyntaxError(f"expected 'key = value', got {stripped!r}", lineno)
        if key not in schema:
            raise UnknownKeyError(key, lineno)
        if key in values:
            raise ConfigSyntaxError(f"duplicate key {key!r}", lineno)
        spec = schema[key]
        kind = spec[0] if isinstance(spec, tuple) else spec
        try:
            values[key] = _convert(kind, raw)
        except ValueError as error:
            raise ConfigValueError(key, str(error), lineno)
    missing = sorted(key for key, spec in schema.items() if key not in values and not isinstance(spec, tuple))
    if missing:
        raise MissingKeysError(missing)
    return {key: values[key] if key in values else spec[1] for key, spec in schema.items()}
