# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def formats(m, values):
    return [m.format_duration(v) for v in values]


@case()
def typical_steps(m):
    return formats(m, [7, 65, 600, 3725, 7384])


@case("edge")
def zero_and_unit_boundaries(m):
    return formats(m, [0, 59, 60, 61, 3599, 3600, 3601, 3660])


@case("edge")
def fractions_are_truncated(m):
    return formats(m, [0.4, 59.99, 119.5, 3599.999, 1e-9])


@case("edge")
def very_long(m):
    return formats(m, [86400 * 400 + 59, 36000, 359999])


@case("error-handling")
def negative_int(m):
    return m.format_duration(-1)


@case("error-handling")
def small_negative_float(m):
    return m.format_duration(-0.25)
