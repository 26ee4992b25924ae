# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Lazily split an iterable into lists of `size` items."""
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

T = TypeVar("T")


def batches(iterable: Iterable[T], size: int, *, strict: bool = False) -> Iterator[list[T]]:
    """Yield lists of `size` items; validation happens at call time."""
    if not isinstance(size, int) or isinstance(size, bool) or size < 1:
        raise ValueError("size must be a positive integer")
    return _batches(iter(iterable), size, strict)


def _batches(iterator: Iterator[T], size: int, strict: bool) -> Iterator[list[T]]:
    while batch := list(islice(iterator, size)):
        if strict and len(batch) < size:
            raise ValueError(f"last batch has {len(batch)} items, expected {size}")
        yield batch
