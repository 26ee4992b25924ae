# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from datetime import date

from pyarena_cases import case


def schedule(m, anchor, count):
    return [d.isoformat() for d in m.billing_schedule(anchor, count)]


@case()
def mid_month(m):
    return schedule(m, date(2024, 3, 15), 4)


@case()
def end_of_january_anchor(m):
    return schedule(m, date(2024, 1, 31), 5)


@case("edge")
def crosses_year_end(m):
    return schedule(m, date(2023, 11, 30), 5)


@case("edge")
def leap_day_anchor(m):
    return schedule(m, date(2024, 2, 29), 13)


@case("edge")
def non_leap_february(m):
    return schedule(m, date(2022, 12, 29), 3)


@case("edge")
def full_two_years(m):
    return schedule(m, date(2023, 8, 31), 25)


@case("edge")
def single_and_zero(m):
    return [schedule(m, date(2024, 7, 1), 1), schedule(m, date(2024, 7, 1), 0)]


@case("error-handling")
def negative_count(m):
    return schedule(m, date(2024, 7, 1), -1)
