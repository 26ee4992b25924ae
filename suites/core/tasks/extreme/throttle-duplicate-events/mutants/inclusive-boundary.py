# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Throttle an event stream: at most one event per key per time window, in bounded memory."""
from __future__ import annotations

from collections import deque
from typing import Any, Hashable, Iterable, Iterator

Event = tuple[float, Hashable, Any]


def throttle_events(events: Iterable[Event], window: float) -> Iterator[Event]:
    """Yield each event unless the same key was yielded less than `window` seconds earlier."""
    if isinstance(window, bool) or not isinstance(window, (int, float)) or not window > 0:
        raise ValueError("window must be a positive number")
    return _throttle(iter(events), window)


def _throttle(events: Iterator[Event], window: float) -> Iterator[Event]:
    fired_at: dict[Hashable, float] = {}          # keys yielded within the last window
    fired_order: deque[tuple[float, Hashable]] = deque()
    previous: float | None = None
    for event in events:
        timestamp, key = event[0], event[1]
        if previous is not None and timestamp < previous:
            raise ValueError(f"timestamp {timestamp} is earlier than {previous}")
        previous = timestamp
        # A key is re-yielded only after its entry expires, so each key has one entry at most.
        while fired_order and timestamp - fired_order[0][0] > window:
            del fired_at[fired_order.popleft()[1]]
        if key in fired_at:
            continue
        fired_at[key] = timestamp
        fired_order.append((timestamp, key))
        yield event
