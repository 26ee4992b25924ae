# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import math


class Vector:
    """An n-dimensional vector of numbers."""

    def __init__(self, *coords: float) -> None:
        self.coords = list(coords)

    def __len__(self) -> int:
        return len(self.coords)

    def _check(self, other: "Vector") -> None:
        if len(self) != len(other):
            raise ValueError("dimension mismatch")

    def __add__(self, other: object) -> "Vector":
        if not isinstance(other, Vector):
            return NotImplemented
        self._check(other)
        return Vector(*(a + b for a, b in zip(self.coords, other.coords)))

    def __sub__(self, other: object) -> "Vector":
        if not isinstance(other, Vector):
            return NotImplemented
        self._check(other)
        return Vector(*(a - b for a, b in zip(self.coords, other.coords)))

    def __mul__(self, k: float) -> "Vector":
        return Vector(*(a * k for a in self.coords))

    __rmul__ = __mul__

    def __abs__(self) -> float:
        return math.hypot(*self.coords)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Vector):
            return NotImplemented
        return self.coords == other.coords

    def __repr__(self) -> str:
        return f"Vector({', '.join(map(repr, self.coords))})"
