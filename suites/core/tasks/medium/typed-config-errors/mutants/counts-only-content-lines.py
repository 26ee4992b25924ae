# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
TRUE_WORDS = {"true", "yes", "on", "1"}
FALSE_WORDS = {"false", "no", "off", "0"}


class ConfigError(Exception):
    def __init__(self, message, lineno=None):
        super().__init__(message)
        self.lineno = lineno


class ConfigSyntaxError(ConfigError):
    pass


class UnknownKeyError(ConfigError):
    def __init__(self, key, lineno):
        super().__init__(f"unknown key {key}", lineno)
        self.key = key


class ConfigValueError(ConfigError):
    def __init__(self, key, message, lineno):
        super().__init__(message, lineno)
        self.key = key


class MissingKeysError(ConfigError):
    def __init__(self, keys):
        super().__init__("missing: " + ", ".join(keys))
        self.keys = keys


def load_config(text, schema):
    lines = [l.strip() for l in text.splitlines()]
    lines = [l for l in lines if l and not l.startswith("#")]
    values = {}
    for lineno, line in enumerate(lines, start=1):
        if "=" not in line:
            raise ConfigSyntaxError("missing '='", lineno)
        key, raw = (p.strip() for p in line.split("=", 1))
        if not key:
            raise ConfigSyntaxError("empty key", lineno)
        if key not in schema:
            raise UnknownKeyError(key, lineno)
        if key in values:
            raise ConfigSyntaxError("duplicate", lineno)
        kind = schema[key][0] if isinstance(schema[key], tuple) else schema[key]
        try:
            if kind is bool:
                if raw.lower() in TRUE_WORDS:
                    values[key] = True
                elif raw.lower() in FALSE_WORDS:
                    values[key] = False
                else:
                    raise ValueError(raw)
            else:
                values[key] = kind(raw)
        except ValueError as e:
            raise ConfigValueError(key, str(e), lineno) from e
    missing = sorted(k for k, s in schema.items() if k not in values and not isinstance(s, tuple))
    if missing:
        raise MissingKeysError(missing)
    return {k: values.get(k, s[1] if isinstance(s, tuple) else None) for k, s in schema.items()}
