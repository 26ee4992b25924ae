# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from contextlib import contextmanager

DELETE = object()


@contextmanager
def override(settings, changes, *, strict=False):
    if strict:
        for key in changes:
            if key not in settings:
                raise KeyError(key)
    snapshot = dict(settings)
    for key, value in changes.items():
        if value is DELETE:
            settings.pop(key, None)
        else:
            settings[key] = value
    try:
        yield settings
    finally:
        settings.clear()
        settings.update(snapshot)
