# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""A labelled stopwatch whose clock can be injected."""
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass


@dataclass
class Measurement:
    label: str
    elapsed: float | None = None


@dataclass
class _Stats:
    calls: int = 0
    errors: int = 0
    total: float = 0.0


class Stopwatch:
    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
        self._clock = clock
        self._stats: dict[str, _Stats] = {}
        self._running: dict[str, int] = {}

    def measure(self, label: str) -> AbstractContextManager[Measurement]:
        if not label:
            raise ValueError("label must not be empty")
        return self._measure(label)

    @contextmanager
    def _measure(self, label: str) -> Iterator[Measurement]:
        measurement = Measurement(label)
        outermost = self._running.get(label, 0) == 0
        self._running[label] = self._running.get(label, 0) + 1
        failed = False
        start = self._clock()
        try:
            yield measurement
        except BaseException:
            failed = True
            raise
        finally:
            measurement.elapsed = self._clock() - start
            self._running[label] -= 1
            stats = self._stats.setdefault(label, _Stats())
            stats.calls += 1
            stats.errors += failed
            stats.total += measurement.elapsed

    def report(self) -> list[tuple[str, int, int, float]]:
        rows = [(label, s.calls, s.errors, s.total) for label, s in self._stats.items()]
        return sorted(rows, key=lambda row: (-row[3], row[0]))
