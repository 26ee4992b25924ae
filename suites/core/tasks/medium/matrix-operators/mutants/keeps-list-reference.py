# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""A mutable-list Matrix that keeps the caller's rows."""


class Matrix:
    def __init__(self, rows):
        if not rows or not rows[0]:
            raise ValueError("empty matrix")
        if any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged")
        self._rows = [list(r) for r in rows] if not isinstance(rows[0], list) else rows

    @classmethod
    def identity(cls, n):
        if n < 1:
            raise ValueError("n must be at least 1")
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self._rows), len(self._rows[0])

    def __getitem__(self, index):
        i, j = index
        return self._rows[i][j]

    def rows(self):
        return [list(r) for r in self._rows]

    def transpose(self):
        return Matrix([list(c) for c in zip(*self._rows)])

    def __add__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape != other.shape:
            raise ValueError("shape mismatch")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self._rows, other._rows)])

    def __sub__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape != other.shape:
            raise ValueError("shape mismatch")
        return Matrix([[a - b for a, b in zip(r, s)] for r, s in zip(self._rows, other._rows)])

    def __mul__(self, k):
        if isinstance(k, bool) or not isinstance(k, (int, float)):
            return NotImplemented
        return Matrix([[v * k for v in r] for r in self._rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape[1] != other.shape[0]:
            raise ValueError("inner dimensions differ")
        cols = list(zip(*other._rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self._rows])

    def __eq__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return self._rows == other._rows

    def __hash__(self):
        return hash(tuple(map(tuple, self._rows)))

    def __repr__(self):
        return f"Matrix({self._rows!r})"
