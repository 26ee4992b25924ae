# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from typing import Any

LIST_MODES = ("append", "replace")


class MergeConflict(ValueError):
    """A key holds a dict (or a list) in one document and something else in a later one."""

    def __init__(self, path: tuple[str, ...]) -> None:
        super().__init__("conflicting value types at " + ".".join(map(str, path)))
        self.path = path


def merge_documents(docs: list[dict], list_mode: str = "append") -> dict:
    """Deep-merge JSON-like documents, later documents taking precedence.

    - dicts merge key by key, recursively;
    - lists are concatenated (`list_mode="append"`) or the later list wins (`"replace"`);
    - any other later value replaces the earlier one;
    - a later `None` deletes the key (and adds nothing if the key did not exist);
    - a dict or list meeting a value of another kind raises MergeConflict with the key path.

    The result shares no dicts or lists with the inputs, which are never modified.
    """
    if list_mode not in LIST_MODES:
        raise ValueError(f"list_mode must be one of {LIST_MODES}, got {list_mode!r}")
    merged: dict = {}
    for doc in docs:
        _merge_into(merged, doc, (), list_mode)
    return merged


def _kind(value: Any) -> type | None:
    if isinstance(value, dict):
        return dict
    if isinstance(value, list):
        return list
    return None


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy(item) for item in value]
    return value


def _merge_into(target: dict, source: dict, path: tuple[str, ...], list_mode: str) -> None:
    for key, value in source.items():
        here = path + (key,)
        if value is None:
            target.pop(key, None)
        elif key not in target:
            if isinstance(value, dict):
                target[key] = {}
                _merge_into(target[key], value, here, list_mode)  # drops the Nones inside
            else:
                target[key] = value
        elif _kind(target[key]) is not _kind(value):
            raise MergeConflict(here)
        elif isinstance(value, dict):
            _merge_into(target[key], value, here, list_mode)
        elif isinstance(value, list) and list_mode == "append":
            target[key].extend(_copy(value))
        else:
            target[key] = _copy(value)
