# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""An iterator wrapper with one-item lookahead and push-back."""
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")
_MISSING = object()


class Peekable(Generic[T]):
    def __init__(self, iterable: Iterable[T]) -> None:
        self._source: Iterator[T] = iter(iterable)
        self._buffer: deque[T] = deque()
        self._consumed = 0

    def __iter__(self) -> "Peekable[T]":
        return self

    def _fill(self) -> bool:
        """Make sure the buffer holds the next item; False when exhausted."""
        if not self._buffer:
            try:
                self._buffer.append(next(self._source))
            except StopIteration:
                return False
        return True

    def __next__(self) -> T:
        if not self._fill():
            raise StopIteration
        self._consumed += 1
        return self._buffer.popleft()

    def peek(self, default: object = _MISSING) -> T:
        if not self._fill():
            if default is _MISSING:
                raise StopIteration
            return default  # type: ignore[return-value]
        return self._buffer[0]

    def prepend(self, *items: T) -> None:
        self._buffer.extend(items)

    def take(self, n: int) -> list[T]:
        if n < 0:
            raise ValueError("n must not be negative")
        taken = []
        for _ in range(n):
            if not self._fill():
                break
            taken.append(next(self))
        return taken

    def __bool__(self) -> bool:
        return self._fill()

    @property
    def consumed(self) -> int:
        return self._consumed
