# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
DELETE = object()
_ABSENT = object()


class override:
    def __init__(self, settings, changes, *, strict=False):
        if strict:
            missing = [k for k in changes if k not in settings]
            if missing:
                raise KeyError(missing[0])
        self.settings = settings
        self.changes = dict(changes)

    def __enter__(self):
        self.saved = {k: self.settings.get(k, _ABSENT) for k in self.changes}
        for key, value in self.changes.items():
            if value is DELETE:
                self.settings.pop(key, None)
            else:
                self.settings[key] = value
        return self.settings

    def __exit__(self, exc_type, exc, tb):
        for key, old in self.saved.items():
            if old is _ABSENT:
                self.settings.pop(key, None)
            else:
                self.settings[key] = old
        return True
