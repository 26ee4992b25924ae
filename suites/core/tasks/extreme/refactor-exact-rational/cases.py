# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def _try(fn):
    try:
        return ("ok", fn())
    except Exception as exc:  # the error type is part of the behaviour to keep
        return type(exc).__name__


@case()
def arithmetic_stays_exact(m):
    R = m.Rational
    a, b = R(1, 3), R.parse("-1.25")
    results = [a + b, a - b, a * b, a / b, b - 2, 2 - b, 3 * a, 1 / b, -a, a + a + a, R(6, -4), R(0, -5)]
    return [(str(x), repr(x), x.n, x.d) for x in results]


@case()
def powers(m):
    R = m.Rational
    return [str(x) for x in (R(2, 3) ** 5, R(-2, 3) ** 3, R(2, 3) ** -2, R(-5, 7) ** -3, R(9) ** 0, R(0) ** 0, R(0) ** 4)]


@case()
def parsing(m):
    R = m.Rational
    texts = ["7", "-3/4", "+1.25", "  0.500 ", "-0.0", "12/8", "-0", "000.010", "3/-4", "1/0", "", "-", "+-1",
             "1.", ".5", "1.2.3", "1/2/3", "1e3", "1_000", "٣", "²", " 4 / 5", "0x10", "- 1"]
    return [_try(lambda t=t: str(R.parse(t))) for t in texts]


@case()
def decimal_rounding_modes(m):
    R = m.Rational
    values = [R(5, 2), R(7, 2), R(-5, 2), R(-7, 2), R(1, 3), R(-1, 3), R(2, 3), R(-2, 3), R(1, 200), R(3, 200), R(-1, 200), R(-1, 1000), R(0), R(123456789, 1000)]
    table = {}
    for mode in ("half-even", "half-up", "down", "floor"):
        table[mode] = [[v.to_decimal(p, mode) for p in (0, 1, 2, 4)] for v in values]
    table["default"] = [v.to_decimal(2) for v in values]
    return table


@case("edge")
def comparisons_and_equality(m):
    R = m.Rational
    a, b = R(1, 3), R(2, 6)
    return [
        a == b, a == R(1, 2), R(4, 2) == 2, R(4, 2) == 2.0, R(1) == True, a == "1/3",
        a < R(1, 2), R(1, 2) < a, a <= b, a < 1, a <= 0, R(3, 2) > R(1, 2), R(1, 2) >= R(1, 2),
        _try(lambda: a < 0.5), _try(lambda: a < "x"), sorted([R(3, 4), R(-1, 2), R(1, 3), R(0)], key=lambda x: (x.n / x.d))[0].n,
        str(min(R(5, 6), R(4, 5), R(9, 10))),
    ]


@case("error-handling")
def errors_keep_their_types(m):
    R = m.Rational
    return [
        _try(lambda: R(1, 0)),
        _try(lambda: R(1.5, 2)),
        _try(lambda: R(True, 2)),
        _try(lambda: R("1", 2)),
        _try(lambda: R(1, 2) / 0),
        _try(lambda: R(1, 2) / R(0)),
        _try(lambda: 1 / R(0)),
        _try(lambda: R(0) ** -1),
        _try(lambda: R(1, 2) ** 0.5),
        _try(lambda: R(1, 2) ** True),
        _try(lambda: R(1, 2) + 0.5),
        _try(lambda: R(1, 2) * "3"),
        _try(lambda: R(1, 2) + True),
        _try(lambda: R(1, 3).to_decimal(-1)),
        _try(lambda: R(1, 3).to_decimal(2.0)),
        _try(lambda: R(1, 3).to_decimal(True)),
        _try(lambda: R(1, 3).to_decimal(2, "ceiling")),
        _try(lambda: R(1, 3).to_decimal(2, "HALF-EVEN")),
        _try(lambda: R.parse(None)),
    ]


@case("perf")
def huge_powers(m):
    R = m.Rational
    x = R(7, 3) ** 12000
    y = R(-10, 11) ** -9001
    z = x / R(7, 3) ** 11990
    return [
        x.n.bit_length(), x.d.bit_length(), y.n.bit_length(), y.n < 0, y.d % 1_000_003,
        str(z), z.to_decimal(6, "floor"), (y * R(-10, 11) ** 9001) == 1, x > y, R(1, 2) ** 3000 < R(1, 3) ** 2000,
    ]


@case("perf")
def harmonic_sum(m):
    R = m.Rational
    total = R(0)
    for k in range(1, 800):
        total += R(1, k)
    return total.to_decimal(60), len(str(total.n)), total.d % 1_000_000_007
