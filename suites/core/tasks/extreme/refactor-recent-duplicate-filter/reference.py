# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Drop messages whose id was seen recently, remembering only a bounded number of ids."""
from __future__ import annotations

from collections import OrderedDict
from typing import Hashable, Iterable, Iterator, TypeVar

T = TypeVar("T", bound=Hashable)


def drop_recent_duplicates(ids: Iterable[T], capacity: int) -> Iterator[T]:
    """Yield each id unless it is among the `capacity` most recently seen distinct ids.

    Seeing a duplicate counts as a use: it refreshes the id's recency. The argument is checked
    immediately, before any id is read.
    """
    if type(capacity) is not int or capacity < 1:
        raise ValueError("capacity must be a positive int")
    return _filter(iter(ids), capacity)


def _filter(ids: Iterator[T], capacity: int) -> Iterator[T]:
    recent: OrderedDict[T, None] = OrderedDict()  # least recently seen first
    for item in ids:
        if item in recent:
            recent.move_to_end(item)
            continue
        recent[item] = None
        if len(recent) > capacity:
            recent.popitem(last=False)
        yield item
