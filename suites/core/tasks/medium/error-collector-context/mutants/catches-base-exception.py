# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import logging


class TooManyErrors(RuntimeError):
    pass


class _Catch:
    def __init__(self, owner, step, types):
        self.owner = owner
        self.step = step
        self.types = types

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return False
        if self.types and not issubclass(exc_type, self.types):
            return False
        o = self.owner
        if o.limit is not None and len(o._errs) >= o.limit:
            raise TooManyErrors("too many errors") from exc
        o._errs.append((self.step, exc))
        o.logger.warning(f"{self.step} failed: {exc_type.__name__}: {exc}")
        return True


class ErrorCollector:
    def __init__(self, logger, *, limit=None):
        self.logger = logger
        self.limit = limit
        self._errs = []

    def catch(self, step, *exc_types):
        return _Catch(self, step, exc_types)

    @property
    def errors(self):
        return [(s, type(e).__name__, str(e)) for s, e in self._errs]

    def raise_if_any(self):
        if self._errs:
            raise ExceptionGroup(f"{len(self._errs)} step(s) failed", [e for _, e in self._errs])
