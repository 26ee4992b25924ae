# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from dataclasses import dataclass


@dataclass
class Job:
    name: str
    priority: int
    retries: int = 0


class JobQueue:
    def __init__(self):
        self._jobs = []

    def push(self, job):
        self._jobs.append(job)
        self._jobs.sort(key=lambda j: j.priority, reverse=True)

    def pop(self):
        return self._jobs.pop()

    def __len__(self):
        return len(self._jobs)
