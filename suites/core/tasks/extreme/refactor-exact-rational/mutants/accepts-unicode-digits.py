# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Exact rational numbers with decimal formatting under explicit rounding rules."""
from __future__ import annotations

import math
import re

_DECIMAL = re.compile(r"(\d+)(?:\.(\d+))?")
_ROUNDINGS = ("half-even", "half-up", "down", "floor")


class Rational:
    """A fraction n/d kept in lowest terms with a positive denominator."""

    def __init__(self, n: int, d: int = 1) -> None:
        if type(n) is not int or type(d) is not int:
            raise TypeError("ints only")
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        g = math.gcd(n, d)
        self.n = n // g
        self.d = d // g

    @staticmethod
    def parse(text: str) -> Rational:
        """Parse '7', '-3/4', '+1.25' (ASCII digits only; surrounding whitespace is ignored)."""
        body = text.strip()
        sign = -1 if body.startswith("-") else 1
        if body[:1] in ("+", "-"):
            body = body[1:]
        if "/" in body:
            num, _, den = body.partition("/")
            if not (_is_digits(num) and _is_digits(den)):
                raise ValueError("bad fraction")
            return Rational(sign * int(num), int(den))
        match = _DECIMAL.fullmatch(body)
        if not match:
            raise ValueError(f"bad number {text!r}")
        whole, frac = match.group(1), match.group(2) or ""
        return Rational(sign * int(whole + frac), 10 ** len(frac))

    @staticmethod
    def _coerce(other: object) -> Rational | None:
        if type(other) is int:
            return Rational(other)
        return other if isinstance(other, Rational) else None

    def __add__(self, other: object) -> Rational:
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Rational(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, other: object) -> Rational:
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Rational(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, other: object) -> Rational:
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return o - self

    def __mul__(self, other: object) -> Rational:
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Rational(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, other: object) -> Rational:
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        if o.n == 0:
            raise ZeroDivisionError("division by zero")
        return Rational(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, other: object) -> Rational:
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return o / self

    def __neg__(self) -> Rational:
        return Rational(-self.n, self.d)

    def __pow__(self, exponent: object) -> Rational:
        if type(exponent) is not int:
            return NotImplemented
        if exponent >= 0:
            return Rational(self.n ** exponent, self.d ** exponent)
        if self.n == 0:
            raise ZeroDivisionError("zero to a negative power")
        return Rational(self.d ** -exponent, self.n ** -exponent)

    def __eq__(self, other: object) -> bool:
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return (self.n, self.d) == (o.n, o.d)

    def __lt__(self, other: object) -> bool:
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return self.n * o.d < o.n * self.d

    def __le__(self, other: object) -> bool:
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return self.n * o.d <= o.n * self.d

    def __hash__(self) -> int:
        return hash((self.n, self.d))

    def __repr__(self) -> str:
        return f"Rational({self.n}, {self.d})"

    def __str__(self) -> str:
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"

    def to_decimal(self, places: int, rounding: str = "half-even") -> str:
        """Exactly `places` decimals; a result that rounds to zero has no minus sign."""
        if type(places) is not int or places < 0:
            raise ValueError("places must be a non-negative int")
        if rounding not in _ROUNDINGS:
            raise ValueError(f"unknown rounding {rounding}")
        negative = self.n < 0
        q, r = divmod(abs(self.n) * 10 ** places, self.d)
        if rounding == "half-even":
            round_up = 2 * r > self.d or (2 * r == self.d and q % 2 == 1)
        elif rounding == "half-up":
            round_up = 2 * r >= self.d
        elif rounding == "floor":
            round_up = negative and r != 0
        else:
            round_up = False
        q += round_up
        digits = str(q).rjust(places + 1, "0")
        text = f"{digits[:-places]}.{digits[-places:]}" if places else digits
        return f"-{text}" if negative and q else text


def _is_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()
