# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import heapq
from collections.abc import Iterable, Iterator

Sale = tuple[str, str, int]


def _checked(stream: Iterable[Sale], number: int) -> Iterator[Sale]:
    """Pass the records through, raising ValueError if the timestamps go backwards."""
    previous = None
    for record in stream:
        if previous is not None and record[0] < previous:
            raise ValueError(f"stream {number} goes back in time at {record[0]}")
        previous = record[0]
        yield record


def merge_sales(streams: list[Iterable[Sale]]) -> Iterator[Sale]:
    """Lazily merge timestamp-sorted streams; ties keep stream order (heapq.merge is stable)."""
    checked = [_checked(stream, number) for number, stream in enumerate(streams)]
    yield from heapq.merge(*checked, key=lambda record: record[0])
