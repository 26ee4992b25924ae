# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Temporarily override entries of a settings mapping."""
from collections.abc import Iterator, Mapping, MutableMapping
from contextlib import contextmanager

DELETE = object()
_ABSENT = object()


@contextmanager
def override(
    settings: MutableMapping[str, object], changes: Mapping[str, object], *, strict: bool = False
) -> Iterator[MutableMapping[str, object]]:
    """Apply `changes` for the duration of the block, then restore those keys."""
    if strict:
        unknown = [key for key in changes if key not in settings]
        if unknown:
            raise KeyError(unknown[0])
    saved = {key: settings.get(key, _ABSENT) for key in changes}
    for key, value in changes.items():
        if value is DELETE:
            settings.pop(key, None)
        else:
            settings[key] = value
    yield settings
    for key, old in saved.items():
        if old is _ABSENT:
            settings.pop(key, None)
        else:
            settings[key] = old
