# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from datetime import date

from pyarena_cases import case


@case()
def ordinary_birthdays(m):
    birth = date(1990, 7, 14)
    return [m.age_on(birth, date(2024, 7, 13)), m.age_on(birth, date(2024, 7, 14)), m.age_on(birth, date(2024, 12, 31))]


@case()
def reported_leap_day_member(m):
    return m.age_on(date(2004, 2, 29), date(2023, 6, 1))


@case("edge")
def leap_day_birthday_in_common_year(m):
    birth = date(2004, 2, 29)
    return [m.age_on(birth, date(2023, 2, 28)), m.age_on(birth, date(2023, 3, 1))]


@case("edge")
def leap_day_birthday_in_leap_year(m):
    birth = date(2004, 2, 29)
    return [m.age_on(birth, date(2024, 2, 28)), m.age_on(birth, date(2024, 2, 29)), m.age_on(birth, date(2024, 3, 1))]


@case("edge")
def born_today(m):
    return m.age_on(date(2024, 1, 5), date(2024, 1, 5))


@case("edge")
def first_year_boundaries(m):
    birth = date(2001, 1, 1)
    return [m.age_on(birth, date(2001, 12, 31)), m.age_on(birth, date(2002, 1, 1)), m.age_on(birth, date(2003, 1, 1))]


@case("edge")
def new_years_eve_birth(m):
    birth = date(1999, 12, 31)
    return [m.age_on(birth, date(2000, 1, 1)), m.age_on(birth, date(2017, 12, 30)), m.age_on(birth, date(2017, 12, 31))]


@case("error-handling")
def before_birth(m):
    return m.age_on(date(2024, 1, 5), date(2024, 1, 4))
