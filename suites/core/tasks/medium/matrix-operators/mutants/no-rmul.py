# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""An immutable matrix with element-wise, scalar and matrix-product operators."""
from collections.abc import Sequence

Number = int | float


class Matrix:
    __slots__ = ("_data",)

    def __init__(self, rows: Sequence[Sequence[Number]]) -> None:
        data = tuple(tuple(row) for row in rows)
        if not data or not data[0]:
            raise ValueError("a matrix needs at least one row and one column")
        if any(len(row) != len(data[0]) for row in data):
            raise ValueError("all rows must have the same length")
        self._data = data

    @classmethod
    def identity(cls, n: int) -> "Matrix":
        if n < 1:
            raise ValueError("n must be at least 1")
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self) -> tuple[int, int]:
        return len(self._data), len(self._data[0])

    def __getitem__(self, index: tuple[int, int]) -> Number:
        i, j = index
        return self._data[i][j]

    def rows(self) -> list[list[Number]]:
        return [list(row) for row in self._data]

    def transpose(self) -> "Matrix":
        return Matrix(list(zip(*self._data)))

    def _elementwise(self, other: "Matrix", op) -> "Matrix":
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch: {self.shape} and {other.shape}")
        return Matrix([[op(a, b) for a, b in zip(r1, r2)] for r1, r2 in zip(self._data, other._data)])

    def __add__(self, other: object) -> "Matrix":
        if not isinstance(other, Matrix):
            return NotImplemented
        return self._elementwise(other, lambda a, b: a + b)

    def __sub__(self, other: object) -> "Matrix":
        if not isinstance(other, Matrix):
            return NotImplemented
        return self._elementwise(other, lambda a, b: a - b)

    def __mul__(self, scalar: object) -> "Matrix":
        if isinstance(scalar, bool) or not isinstance(scalar, (int, float)):
            return NotImplemented
        return Matrix([[value * scalar for value in row] for row in self._data])


    def __matmul__(self, other: object) -> "Matrix":
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        columns = list(zip(*other._data))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in columns] for row in self._data])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Matrix):
            return NotImplemented
        return self._data == other._data

    def __hash__(self) -> int:
        return hash(self._data)

    def __repr__(self) -> str:
        return f"Matrix({self.rows()!r})"
