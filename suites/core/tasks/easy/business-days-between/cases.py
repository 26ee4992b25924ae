# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from datetime import date

from pyarena_cases import case


@case()
def one_full_week(m):
    return m.business_days(date(2024, 3, 4), date(2024, 3, 11))


@case()
def month_with_holidays(m):
    holidays = [date(2024, 5, 1), date(2024, 5, 9), date(2024, 5, 20)]
    return m.business_days(date(2024, 5, 1), date(2024, 6, 1), holidays)


@case()
def across_year_end(m):
    return m.business_days(date(2023, 12, 22), date(2024, 1, 3), {date(2023, 12, 25), date(2024, 1, 1)})


@case("edge")
def end_is_excluded(m):
    # Friday to Monday: only the Friday counts.
    return [m.business_days(date(2024, 3, 8), date(2024, 3, 11)),
            m.business_days(date(2024, 3, 8), date(2024, 3, 9)),
            m.business_days(date(2024, 3, 9), date(2024, 3, 11))]


@case("edge")
def same_day(m):
    return m.business_days(date(2024, 3, 6), date(2024, 3, 6))


@case("edge")
def weekend_and_duplicate_holidays(m):
    holidays = [date(2024, 6, 8), date(2024, 6, 9), date(2024, 6, 12), date(2024, 6, 12), date(2025, 1, 1)]
    return m.business_days(date(2024, 6, 3), date(2024, 6, 17), holidays)


@case("edge")
def holidays_as_generator(m):
    holidays = (date(2024, 2, d) for d in (27, 28, 29))
    return m.business_days(date(2024, 2, 26), date(2024, 3, 4), holidays)


@case("edge")
def leap_year_span(m):
    return [m.business_days(date(2024, 1, 1), date(2025, 1, 1)), m.business_days(date(2023, 1, 1), date(2024, 1, 1))]


@case("error-handling")
def reversed_range(m):
    return m.business_days(date(2024, 3, 11), date(2024, 3, 4))
