# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from datetime import datetime

from pyarena_cases import case

T0 = datetime(2024, 2, 27, 22, 58, 30)


def show(runs):
    return [r.isoformat() for r in runs]


@case()
def every_fifteen_minutes(m):
    return show(m.next_runs("*/15 * * * *", T0, 6))


@case()
def weekday_business_hours(m):
    return show(m.next_runs("30 9-17/4 * * MON-FRI", datetime(2024, 3, 1, 14, 0), 7))


@case("edge")
def strictly_after_and_seconds_ignored(m):
    return show(m.next_runs("0 12 * * *", datetime(2024, 5, 5, 12, 0), 2)), show(
        m.next_runs("0 12 * * *", datetime(2024, 5, 5, 11, 59, 59, 999), 1)
    )


@case("edge")
def day_of_month_or_day_of_week(m):
    return show(m.next_runs("0 8 1,15 * 5", datetime(2024, 3, 1, 9, 0), 6))


@case("edge")
def step_on_day_of_month_counts_as_restricted(m):
    return show(m.next_runs("0 0 */10 * sun", datetime(2024, 6, 1), 6))


@case("edge")
def sunday_as_seven_and_names(m):
    return (
        show(m.next_runs("15 3 * jan,Jul 7", datetime(2024, 1, 1), 3)),
        show(m.next_runs("0 0 * * 5-7", datetime(2024, 1, 1), 4)),
    )


@case("edge")
def leap_day_and_month_ends(m):
    return show(m.next_runs("0 0 29 2 *", T0, 3)), show(m.next_runs("59 23 31 * *", datetime(2024, 1, 31, 23, 59), 4))


@case("edge")
def macros_and_single_step_start(m):
    return (
        show(m.next_runs("@weekly", T0, 2)),
        show(m.next_runs("@Hourly", T0, 2)),
        show(m.next_runs("@annually", T0, 1)),
        show(m.next_runs("50/4 23 28 2 *", T0, 5)),
        m.next_runs("@daily", T0, 0),
    )


@case("edge")
def year_rollover(m):
    return show(m.next_runs("0 0 1 1 *", datetime(2024, 12, 31, 23, 59), 2))


@case("error-handling")
def invalid_expressions(m):
    bad = [
        "* * * *", "60 * * * *", "* 24 * * *", "* * 0 * *", "* * * 13 *", "* * * * 8",
        "*/0 * * * *", "1,,2 * * * *", "5-1 * * * *", "* * * FOO *", "@reboot",
        "0 0 30 2 *", "0 0 31 4,6 *", "-1 * * * *", "1-2-3 * * * *",
    ]
    out = []
    for expr in bad:
        try:
            m.next_runs(expr, T0, 1)
            out.append("ok")
        except ValueError:
            out.append("ValueError")
    try:
        m.next_runs("* * * * *", T0, -1)
        out.append("ok")
    except ValueError:
        out.append("ValueError")
    return out


@case("perf")
def rare_schedules(m):
    leap = m.next_runs("0 0 29 2 *", datetime(2001, 1, 1), 50)
    thirteenth = m.next_runs("0 0 13 * *", datetime(2001, 1, 1), 300)
    return show(leap[-3:]), show(thirteenth[-2:]), len(leap) + len(thirteenth)
