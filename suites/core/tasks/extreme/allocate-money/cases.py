# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random
from decimal import Decimal

from pyarena_cases import case


def show(parts):
    return [str(p) for p in parts]


@case()
def three_way_split(m):
    return show(m.allocate("100.00", [1, 1, 1], "USD")), show(m.allocate(Decimal("0.05"), [3, 7], "USD"))


@case()
def largest_fraction_gets_the_unit(m):
    return show(m.allocate("10", [17, 33, 50], "EUR")), show(m.allocate("1.00", [2, 3, 2], "USD"))


@case("edge")
def bankers_rounding_of_amount(m):
    return [
        show(m.allocate(a, [1], c))
        for a, c in [("10.005", "USD"), ("10.015", "USD"), ("2.5", "JPY"), ("3.5", "JPY"), ("-0.125", "BHD"),
                     ("0.0005", "KWD"), ("1.23456789", "CLF"), ("-2.5", "KRW")]
    ]


@case("edge")
def equal_fractions_go_to_lower_index(m):
    return show(m.allocate("0.04", [1, 1, 1, 1, 1, 1], "USD")), show(m.allocate("5", [2, 2, 2], "JPY"))


@case("edge")
def zero_weights_and_zero_amount(m):
    return (
        show(m.allocate("9.99", [0, 5, 0, 5], "GBP")),
        show(m.allocate("0", [1, 2], "USD")),
        show(m.allocate("-0.004", [1, 2], "USD")),
    )


@case("edge")
def negative_is_mirror_image(m):
    return show(m.allocate("-100", [1, 1, 1], "USD")), show(m.allocate("-0.07", [5, 0, 2, 3], "EUR"))


@case()
def sums_always_match(m):
    rng = random.Random(3)
    out = []
    for _ in range(30):
        cur = rng.choice(sorted(m.MINOR_UNITS))
        amount = Decimal(rng.randrange(-10**7, 10**7)).scaleb(-rng.randrange(6))
        weights = [rng.randrange(0, 9) for _ in range(rng.randrange(1, 12))]
        if not any(weights):
            weights[0] = 1
        parts = m.allocate(amount, weights, cur)
        out.append((cur, str(sum(parts)), show(parts)))
    return out


@case("error-handling")
def invalid_input(m):
    out = []
    for args in [
        ("1.00", [1], "XYZ"), ("abc", [1], "USD"), ("NaN", [1], "USD"), ("Infinity", [1], "USD"),
        (1.5, [1], "USD"), (3, [1], "USD"), ("1", [], "USD"), ("1", [0, 0], "USD"), ("1", [1, -1], "USD"),
        ("1", [1.5], "USD"), ("1", [True], "USD"),
    ]:
        try:
            out.append(show(m.allocate(*args)))
        except ValueError:
            out.append("ValueError")
        except TypeError:
            out.append("TypeError")
    return out


@case("perf")
def payroll_run(m):
    rng = random.Random(7)
    weights = [rng.randrange(1, 10**6) for _ in range(100_000)]
    parts = m.allocate("98765432.10", weights, "USD")
    return len(parts), str(sum(parts)), show(parts[:5]), show(parts[-5:]), sum(1 for p in parts if p == Decimal("987.65"))
