# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from contextlib import contextmanager

DELETE = object()
_ABSENT = object()


@contextmanager
def override(settings, changes, *, strict=False):
    if strict and any(k not in settings for k in changes):
        raise KeyError([k for k in changes if k not in settings][0])
    saved = {k: settings.get(k, _ABSENT) for k in changes}
    for key, value in changes.items():
        if value is DELETE:
            del settings[key]
        else:
            settings[key] = value
    try:
        yield settings
    finally:
        for key, old in saved.items():
            if old is _ABSENT:
                settings.pop(key, None)
            else:
                settings[key] = old
