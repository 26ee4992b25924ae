# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case

RATES = {"STD": "0.19", "RED": "0.07", "ZERO": "0", "US-CA-LA": "0.0950"}


@case()
def mixed_invoice(m):
    lines = [("pen", 3, "1.99", "STD"), ("book", 1, "12.50", "RED"), ("pen-refill", 10, "0.335", "STD"), ("gift", 1, "5", "ZERO")]
    return m.tax_summary(lines, RATES)


@case("edge")
def bankers_rounding_everywhere(m):
    lines = [("a", 1, "0.125", "STD"), ("b", 1, "0.135", "STD"), ("c", 3, "0.005", "RED"), ("d", 1, "10.00", "US-CA-LA")]
    return m.tax_summary(lines, RATES)


@case("edge")
def empty_invoice(m):
    return m.tax_summary([], RATES)


@case("edge")
def tax_on_group_not_per_line(m):
    lines = [(f"item{i}", 1, "0.05", "RED") for i in range(7)]
    return m.tax_summary(lines, RATES)


@case("error-handling")
def invalid_lines(m):
    out = []
    for lines in (
        [("a", 0, "1", "STD")],
        [("a", 1, "1", "NOPE")],
        [("a", 1, "1", "NOPE"), ("b", -1, "1", "STD")],
        [("a", -2, "1", "NOPE")],
    ):
        try:
            out.append(m.tax_summary(lines, RATES))
        except ValueError as exc:
            out.append(("ValueError", str(exc)))
        except KeyError as exc:
            out.append(("KeyError", exc.args))
    return out


@case()
def random_invoice(m):
    rng = random.Random(5)
    lines = [(f"sku{i}", rng.randint(1, 20), f"{rng.randrange(1, 100000) / 1000:.3f}", rng.choice(sorted(RATES)))
             for i in range(200)]
    return m.tax_summary(lines, RATES)


@case("perf")
def marketplace_invoice(m):
    rng = random.Random(7)
    codes = [f"J{i:04d}" for i in range(4000)]
    rates = {c: f"0.{rng.randrange(0, 1200):04d}" for c in codes}
    prices = [f"{rng.randrange(1, 10**6) / 100:.2f}" for _ in range(500)]
    lines = [("sku", 1 + i % 7, prices[i % 500], codes[(i * 7919) % 4000]) for i in range(100_000)]
    out = m.tax_summary(lines, rates)
    return out["net"], out["tax"], out["total"], out["groups"][:3], len(out["groups"])
