# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def flatten_settings(settings: dict, sep: str = ".") -> dict[str, object]:
    """Flatten nested dicts into one level, joining the key path with sep."""
    flat: dict[str, object] = {}

    def walk(node: dict, prefix: str | None) -> None:
        for key, value in node.items():
            if not isinstance(key, str):
                raise TypeError(f"setting keys must be str, got {key!r}")
            path = key if prefix is None else f"{prefix}{sep}{key}"
            if isinstance(value, dict) and value:
                walk(value, path)
            elif path in flat:
                raise ValueError(f"duplicate flattened key {path!r}")
            else:
                flat[path] = value

    walk(settings, None)
    return flat
