# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random
from datetime import date, timedelta

from pyarena_cases import case

D = date.fromisoformat
XMAS = [D("2024-12-25"), D("2024-12-26"), D("2025-01-01"), D("2024-12-28")]  # the 28th is a Saturday


def iso(d):
    return d.isoformat()


@case()
def forward_over_weekend_and_holidays(m):
    return [iso(m.add_business_days(D("2024-12-20"), n, XMAS)) for n in (1, 2, 3, 4, 5, 6)]


@case()
def backward(m):
    return [iso(m.add_business_days(D("2025-01-02"), n, XMAS)) for n in (-1, -2, -3, -4, -5)]


@case("edge")
def start_on_non_business_days(m):
    sat, hol = D("2024-12-28"), D("2024-12-25")
    return [
        iso(m.add_business_days(sat, 1)), iso(m.add_business_days(sat, -1)),
        iso(m.add_business_days(sat, 0, XMAS)), iso(m.add_business_days(hol, 0, XMAS)),
        iso(m.add_business_days(hol, 1, XMAS)), iso(m.add_business_days(hol, -1, XMAS)),
        iso(m.add_business_days(D("2024-12-23"), 0, XMAS)),
    ]


@case("edge")
def custom_weekends(m):
    thu = D("2024-03-07")
    return [
        iso(m.add_business_days(thu, 1, weekend=[4, 5])),
        iso(m.add_business_days(thu, 2, weekend={4, 5})),
        iso(m.add_business_days(thu, -4, weekend=(4, 5))),
        iso(m.add_business_days(thu, 3, weekend=())),
        iso(m.add_business_days(thu, 2, weekend=[0, 1, 2, 3, 4, 5])),
        iso(m.add_business_days(thu, -1, [D("2024-03-03")], weekend=[0, 1, 2, 3, 4, 5])),
    ]


@case()
def counting_between(m):
    a, b = D("2024-12-20"), D("2025-01-06")
    return [
        m.business_days_between(a, b, XMAS), m.business_days_between(b, a, XMAS),
        m.business_days_between(a, a, XMAS), m.business_days_between(D("2024-12-21"), D("2024-12-22")),
        m.business_days_between(D("2024-12-27"), D("2024-12-30"), XMAS + XMAS),
        m.business_days_between(D("2024-02-26"), D("2024-03-04"), weekend=[6]),
    ]


@case()
def round_trip_random(m):
    rng = random.Random(2)
    hol = [D("2020-01-01") + timedelta(days=rng.randrange(2000)) for _ in range(80)]
    out = []
    for _ in range(40):
        s = D("2020-06-01") + timedelta(days=rng.randrange(1000))
        n = rng.randrange(-300, 300)
        e = m.add_business_days(s, n, hol)
        out.append((iso(e), m.business_days_between(s, e, hol)))
    return out


@case("error-handling")
def invalid_arguments(m):
    out = []
    for call in (
        lambda: m.add_business_days(D("2024-01-01"), 1, weekend=range(7)),
        lambda: m.add_business_days(D("2024-01-01"), 1, weekend=[7]),
        lambda: m.add_business_days(D("2024-01-01"), 1, weekend=[-1]),
        lambda: m.business_days_between(D("2024-01-01"), D("2024-02-01"), weekend=[0, 1, 2, 3, 4, 5, 6]),
        lambda: m.add_business_days(D("2024-01-01"), 1.0),
        lambda: m.add_business_days(D("2024-01-01"), True),
        lambda: m.add_business_days(D("2024-01-01"), "3"),
    ):
        try:
            out.append(iso(call()))
        except ValueError:
            out.append("ValueError")
        except TypeError:
            out.append("TypeError")
    return out


@case("perf")
def long_dated_contracts(m):
    rng = random.Random(7)
    holidays = sorted({D("1990-01-01") + timedelta(days=rng.randrange(60_000)) for _ in range(3000)})
    out = []
    for i in range(100):
        start = D("2000-01-01") + timedelta(days=rng.randrange(3000))
        n = rng.randrange(1_000_000, 1_500_000) if i % 2 else -rng.randrange(400_000, 500_000)
        end = m.add_business_days(start, n, holidays, weekend=(4, 5) if i % 3 == 0 else (5, 6))
        out.append(iso(end))
    out.append(m.business_days_between(D("1900-01-01"), D("2150-01-01"), holidays))
    return out
