# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import heapq
from dataclasses import dataclass


@dataclass(order=True)
class Job:
    name: str
    priority: int
    retries: int = 0


class JobQueue:
    """Jobs come out lowest priority number first; equal priorities in the order they were pushed."""

    def __init__(self):
        self._heap = []

    def push(self, job):
        heapq.heappush(self._heap, job)

    def pop(self):
        return heapq.heappop(self._heap)

    def __len__(self):
        return len(self._heap)
