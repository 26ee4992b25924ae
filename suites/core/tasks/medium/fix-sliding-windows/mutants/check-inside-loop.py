# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import deque


def sliding_windows(iterable, size):
    """Yield each run of `size` consecutive items as a tuple, lazily."""
    window = deque(maxlen=max(size, 0))
    for item in iterable:
        if size < 1:
            raise ValueError("size must be at least 1")
        window.append(item)
        if len(window) == size:
            yield tuple(window)
