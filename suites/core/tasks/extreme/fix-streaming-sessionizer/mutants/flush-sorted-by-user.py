# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Group a time-ordered click stream into per-user sessions, emitting each one as soon as it is final."""
from __future__ import annotations

from collections import OrderedDict
from typing import Iterable, Iterator

Session = tuple[str, float, float, int]


def sessionize(events: Iterable[tuple[float, str]], gap: float) -> Iterator[Session]:
    """Yield (user, start, end, clicks) for each session.

    A user's session goes on while their clicks are at most `gap` seconds apart. A session is yielded
    once the stream has moved more than `gap` past its last click, or when the stream ends; sessions are
    yielded in the order of their last click.
    """
    if not gap > 0:
        raise ValueError("gap must be positive")
    return _sessions(iter(events), gap)


def _sessions(events: Iterator[tuple[float, str]], gap: float) -> Iterator[Session]:
    # user -> [start, end, clicks]; ordered by last click, oldest first.
    open_sessions: OrderedDict[str, list] = OrderedDict()
    last_time = None
    for timestamp, user in events:
        if last_time is not None and timestamp < last_time:
            raise ValueError("events must be in time order")
        last_time = timestamp
        while open_sessions:
            first_user, (start, end, clicks) = next(iter(open_sessions.items()))
            if timestamp - end <= gap:
                break
            del open_sessions[first_user]
            yield (first_user, start, end, clicks)
        session = open_sessions.get(user)
        if session is None:
            open_sessions[user] = [timestamp, timestamp, 1]
        else:
            session[1] = timestamp
            session[2] += 1
            open_sessions.move_to_end(user)
    for user in sorted(open_sessions):
        start, end, clicks = open_sessions[user]
        yield (user, start, end, clicks)
