# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import re
from urllib.parse import unquote_to_bytes

_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_KEY = re.compile(r"([^\[\]]+)((?:\[[^\[\]]*\])*)")
_PART = re.compile(r"\[([^\[\]]*)\]")


def _decode(text: str) -> str:
    if _BAD_ESCAPE.search(text):
        raise ValueError(f"invalid percent escape in {text[:40]!r}")
    return unquote_to_bytes(text.replace("+", " ")).decode("utf-8")


def _key_path(key: str) -> list[str]:
    match = _KEY.fullmatch(key)
    if match is None:
        raise ValueError(f"malformed key {key!r}")
    parts = _PART.findall(match.group(2))
    if "" in parts[:-1]:
        raise ValueError(f"'[]' must be the last part of {key!r}")
    return [match.group(1), *parts]


def parse_query(query: str) -> dict:
    """Parse a bracket-style query string into nested dicts (and lists for '[]')."""
    result: dict = {}
    for pair in query.removeprefix("?").split("&"):
        if not pair:
            continue
        raw_key, _, raw_value = pair.partition("=")
        path = _key_path(_decode(raw_key))
        value = _decode(raw_value)
        append = path[-1] == ""
        if append:
            path = path[:-1]
        node = result
        for name in path[:-1]:
            child = node.setdefault(name, {})
            if not isinstance(child, dict):
                raise ValueError(f"{name!r} cannot be both a value and a mapping")
            node = child
        name = path[-1]
        existing = node.get(name)
        if append:
            if existing is None:
                node[name] = [value]
            elif isinstance(existing, list):
                existing.append(value)
            else:
                raise ValueError(f"{name!r} cannot be both a list and something else")
        elif isinstance(existing, (dict, list)):
            raise ValueError(f"{name!r} cannot be both a container and a value")
        else:
            node[name] = value
    return result
