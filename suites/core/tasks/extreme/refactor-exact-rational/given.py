# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import math


class Rational:
    def __init__(self, n, d=1):
        if type(n) != int or type(d) != int:
            raise TypeError("ints only")
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n = -n
            d = -d
        g = math.gcd(n, d)
        if g != 0:
            n = n // g
            d = d // g
        self.n = n
        self.d = d

    @staticmethod
    def parse(s):
        s = s.strip()
        if len(s) == 0:
            raise ValueError("empty")
        neg = False
        if s[0] == "-" or s[0] == "+":
            if s[0] == "-":
                neg = True
            s = s[1:]
        if "/" in s:
            parts = s.split("/")
            if len(parts) != 2:
                raise ValueError("bad fraction")
            if not parts[0].isdigit() or not parts[1].isdigit() or not parts[0].isascii() or not parts[1].isascii():
                raise ValueError("bad fraction")
            r = Rational(int(parts[0]), int(parts[1]))
        elif "." in s:
            parts = s.split(".")
            if len(parts) != 2:
                raise ValueError("bad decimal")
            if parts[0] == "" or parts[1] == "":
                raise ValueError("bad decimal")
            if not parts[0].isdigit() or not parts[1].isdigit() or not parts[0].isascii() or not parts[1].isascii():
                raise ValueError("bad decimal")
            r = Rational(int(parts[0] + parts[1]), 10 ** len(parts[1]))
        else:
            if not s.isdigit() or not s.isascii():
                raise ValueError("bad integer")
            r = Rational(int(s), 1)
        if neg:
            r = Rational(-r.n, r.d)
        return r

    def _other(self, o):
        if type(o) == int:
            return Rational(o, 1)
        if isinstance(o, Rational):
            return o
        return None

    def __add__(self, o):
        o = self._other(o)
        if o is None:
            return NotImplemented
        return Rational(self.n * o.d + o.n * self.d, self.d * o.d)

    def __radd__(self, o):
        o = self._other(o)
        if o is None:
            return NotImplemented
        return Rational(self.n * o.d + o.n * self.d, self.d * o.d)

    def __sub__(self, o):
        o = self._other(o)
        if o is None:
            return NotImplemented
        return Rational(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, o):
        o = self._other(o)
        if o is None:
            return NotImplemented
        return Rational(o.n * self.d - self.n * o.d, self.d * o.d)

    def __mul__(self, o):
        o = self._other(o)
        if o is None:
            return NotImplemented
        return Rational(self.n * o.n, self.d * o.d)

    def __rmul__(self, o):
        o = self._other(o)
        if o is None:
            return NotImplemented
        return Rational(self.n * o.n, self.d * o.d)

    def __truediv__(self, o):
        o = self._other(o)
        if o is None:
            return NotImplemented
        if o.n == 0:
            raise ZeroDivisionError("division by zero")
        return Rational(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        o = self._other(o)
        if o is None:
            return NotImplemented
        if self.n == 0:
            raise ZeroDivisionError("division by zero")
        return Rational(o.n * self.d, o.d * self.n)

    def __neg__(self):
        return Rational(-self.n, self.d)

    def __pow__(self, e):
        if type(e) != int:
            return NotImplemented
        if e >= 0:
            return Rational(self.n ** e, self.d ** e)
        else:
            if self.n == 0:
                raise ZeroDivisionError("zero to a negative power")
            return Rational(self.d ** (-e), self.n ** (-e))

    def __eq__(self, o):
        o = self._other(o)
        if o is None:
            return NotImplemented
        return self.n == o.n and self.d == o.d

    def __lt__(self, o):
        o = self._other(o)
        if o is None:
            return NotImplemented
        return self.n * o.d < o.n * self.d

    def __le__(self, o):
        o = self._other(o)
        if o is None:
            return NotImplemented
        return self.n * o.d <= o.n * self.d

    def __hash__(self):
        return hash((self.n, self.d))

    def __repr__(self):
        return "Rational(" + str(self.n) + ", " + str(self.d) + ")"

    def __str__(self):
        if self.d == 1:
            return str(self.n)
        return str(self.n) + "/" + str(self.d)

    def to_decimal(self, places, rounding="half-even"):
        if type(places) != int or places < 0:
            raise ValueError("places must be a non-negative int")
        if rounding not in ["half-even", "half-up", "down", "floor"]:
            raise ValueError("unknown rounding " + str(rounding))
        neg = self.n < 0
        a = abs(self.n) * 10 ** places
        q = a // self.d
        r = a % self.d
        if rounding == "half-even":
            if r * 2 > self.d:
                q = q + 1
            elif r * 2 == self.d:
                if q % 2 == 1:
                    q = q + 1
        elif rounding == "half-up":
            if r * 2 >= self.d:
                q = q + 1
        elif rounding == "down":
            pass
        elif rounding == "floor":
            if neg and r != 0:
                q = q + 1
        s = str(q)
        if places > 0:
            if len(s) <= places:
                s = "0" * (places - len(s) + 1) + s
            s = s[:len(s) - places] + "." + s[len(s) - places:]
        if neg and q != 0:
            s = "-" + s
        return s
