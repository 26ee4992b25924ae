# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def reported_numbers(m):
    return [m.ordinal(n) for n in [1, 2, 3, 4, 11, 12, 13, 21, 112]]


@case()
def first_hundred(m):
    return [m.ordinal(n) for n in range(1, 101)]


@case("edge")
def zero(m):
    return m.ordinal(0)


@case("edge")
def teens_above_hundred(m):
    return [m.ordinal(n) for n in [111, 211, 1012, 1013, 10_011, 101, 102, 103, 1_000_001]]


@case("edge")
def large_number(m):
    return m.ordinal(12_345_678_913)


@case("error-handling")
def negative(m):
    return m.ordinal(-3)


@case("error-handling")
def negative_teen(m):
    return m.ordinal(-11)


@case("error-handling")
def float_rejected(m):
    return m.ordinal(2.0)
