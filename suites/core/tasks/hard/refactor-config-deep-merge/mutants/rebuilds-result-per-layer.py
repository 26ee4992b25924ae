# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from typing import Any


class MergeConflict(ValueError):
    def __init__(self, path):
        super().__init__("conflicting value types at " + ".".join(map(str, path)))
        self.path = path


def _copy(value):
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_copy(v) if isinstance(v, (dict, list)) else v for v in value]
    return value


def _merged(base: dict, override: dict, path: tuple, list_mode: str) -> dict:
    """Pure function: a new dict, leaving both arguments alone."""
    result = {key: _copy(value) for key, value in base.items()}
    for key, value in override.items():
        here = path + (key,)
        if value is None:
            result.pop(key, None)
        elif key not in result:
            result[key] = _copy(value)
        elif isinstance(result[key], dict) and isinstance(value, dict):
            result[key] = _merged(result[key], value, here, list_mode)
        elif isinstance(result[key], list) and isinstance(value, list):
            result[key] = result[key] + _copy(value) if list_mode == "append" else _copy(value)
        elif isinstance(result[key], (dict, list)) or isinstance(value, (dict, list)):
            raise MergeConflict(here)
        else:
            result[key] = value
    return result


def merge_documents(docs, list_mode="append"):
    if list_mode not in ("append", "replace"):
        raise ValueError(f"bad list_mode {list_mode!r}")
    merged: dict[Any, Any] = {}
    for doc in docs:
        merged = _merged(merged, doc, (), list_mode)
    return merged
