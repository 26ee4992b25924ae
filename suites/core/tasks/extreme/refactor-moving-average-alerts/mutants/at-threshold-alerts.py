# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Raise an alert when a sensor's moving average rises above a threshold."""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Hashable, Iterable, Iterator

Reading = tuple[Hashable, float, int]
Alert = tuple[Hashable, float, float]


@dataclass
class _SensorWindow:
    values: deque = field(default_factory=deque)
    total: int = 0
    alerting: bool = False


def sensor_alerts(readings: Iterable[Reading], window: int, threshold: float) -> Iterator[Alert]:
    """Yield (sensor, timestamp, average) each time a sensor's average of its last `window` readings
    goes from at or below `threshold` to above it. Averages are only taken over full windows.
    """
    if window < 1:
        raise ValueError("window must be >= 1")
    return _alerts(readings, window, threshold)


def _alerts(readings: Iterable[Reading], window: int, threshold: float) -> Iterator[Alert]:
    sensors: dict[Hashable, _SensorWindow] = {}
    for sensor, timestamp, value in readings:
        state = sensors.setdefault(sensor, _SensorWindow())
        state.values.append(value)
        state.total += value
        if len(state.values) > window:
            state.total -= state.values.popleft()
        if len(state.values) < window:
            continue
        average = state.total / window
        if average < threshold:
            state.alerting = False
        elif not state.alerting:
            state.alerting = True
            yield (sensor, timestamp, average)
