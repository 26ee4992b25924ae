# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def addition_leaves_operands_alone(m):
    a, b = m.Vector(1, 2), m.Vector(3, 4)
    c = a + b
    return [repr(c), repr(a), repr(b), c is a]


@case()
def chained_arithmetic(m):
    a, b = m.Vector(1, -2, 3), m.Vector(0.5, 0.5, 0.5)
    total = a + b + a
    return [repr(total), repr(a - b), repr(2 * a), repr(a * 3), abs(m.Vector(3, 4)), repr(a)]


@case()
def sum_with_start_vector(m):
    vs = [m.Vector(1, 1), m.Vector(2, 3), m.Vector(-1, 0)]
    start = m.Vector(0, 0)
    total = sum(vs, start)
    return [repr(total), repr(start), [repr(v) for v in vs]]


@case("edge")
def equality_with_other_types(m):
    v = m.Vector(1, 2)
    return [v == (1, 2), v != (1, 2), v == [1, 2], v == None, v == m.Vector(1, 2), v != m.Vector(2, 1),
            None in [v], (1, 2) in [v], m.Vector(1, 2) in [None, "x", v]]


@case("error-handling")
def add_tuple(m):
    return m.Vector(1, 2) + (1, 2)


@case("error-handling")
def sub_number(m):
    return m.Vector(1, 2) - 5


@case("error-handling")
def dimension_mismatch(m):
    return m.Vector(1, 2) + m.Vector(1, 2, 3)


@case("edge")
def in_place_add_rebinds(m):
    a = m.Vector(1, 1)
    alias = a
    a += m.Vector(1, 1)
    return [repr(a), repr(alias)]
