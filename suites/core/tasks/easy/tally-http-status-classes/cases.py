# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def example(m):
    return m.tally_status_classes([200, 201, 404, 500, 302, 200])


@case()
def larger_sample(m):
    rng = random.Random(7)
    codes = [rng.choice([200, 200, 200, 204, 301, 304, 400, 401, 404, 429, 500, 503, 101]) for _ in range(997)]
    return m.tally_status_classes(codes)


@case("edge")
def empty(m):
    return m.tally_status_classes([])


@case("edge")
def class_boundaries(m):
    return m.tally_status_classes([100, 199, 200, 299, 300, 399, 400, 499, 500, 599])


@case("edge")
def all_errors(m):
    return m.tally_status_classes([503, 503, 418])


@case("edge")
def error_rate_rounding(m):
    return m.tally_status_classes([200] * 6 + [500])


@case("error-handling")
def code_600(m):
    return m.tally_status_classes([200, 600])


@case("error-handling")
def code_99(m):
    return m.tally_status_classes([99])


@case("error-handling")
def bool_rejected(m):
    return m.tally_status_classes([200, True])


@case("error-handling")
def string_rejected(m):
    return m.tally_status_classes(["200"])


@case("error-handling")
def float_rejected(m):
    return m.tally_status_classes([200.0])
