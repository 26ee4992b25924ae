# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from itertools import islice

_MISSING = object()


class Peekable:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._pending = []
        self._count = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._pending:
            item = self._pending.pop()
        else:
            item = next(self._it)
        self._count += 1
        return item

    def peek(self, default=_MISSING):
        if not self._pending:
            try:
                self._pending.append(next(self._it))
            except StopIteration:
                if default is _MISSING:
                    raise
                return default
        return self._pending[-1]

    def prepend(self, *items):
        self._pending.extend(reversed(items))

    def take(self, n):
        if n < 0:
            raise ValueError("n must not be negative")
        out = self._pending[::-1][:n]
        del self._pending[len(self._pending) - len(out):]
        out += list(islice(self._it, n - len(out)))
        self._count += len(out)
        return out

    def __bool__(self):
        return self.peek(_MISSING) is not _MISSING

    @property
    def consumed(self):
        return self._count
