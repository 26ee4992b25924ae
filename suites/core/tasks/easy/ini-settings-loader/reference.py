# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def load_settings(path: str) -> dict[str, dict[str, str]]:
    """Parse an INI-style file into {section: {key: value}}."""
    settings: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, start=1):
            line = raw.strip()
            if not line or line.startswith(("#", ";")):
                continue
            if line.startswith("[") and line.endswith("]"):
                current = settings.setdefault(line[1:-1].strip(), {})
                continue
            key, sep, value = line.partition("=")
            key = key.strip()
            if not sep or not key:
                raise ValueError(f"line {number}: cannot parse {line!r}")
            if current is None:
                raise ValueError(f"line {number}: key outside of any section")
            current[key] = value.strip()
    return settings
