# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import heapq
import itertools
from dataclasses import dataclass, field


@dataclass
class Job:
    name: str
    priority: int
    retries: int = 0


@dataclass(order=True)
class _Entry:
    priority: int
    sequence: int
    job: Job = field(compare=False)


class JobQueue:
    """Jobs come out lowest priority number first; equal priorities in the order they were pushed."""

    def __init__(self) -> None:
        self._heap: list[_Entry] = []
        self._counter = itertools.count()

    def push(self, job: Job) -> None:
        heapq.heappush(self._heap, _Entry(job.priority, next(self._counter), job))

    def pop(self) -> Job:
        return heapq.heappop(self._heap).job

    def __len__(self) -> int:
        return len(self._heap)
