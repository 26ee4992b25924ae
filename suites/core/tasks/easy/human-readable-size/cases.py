# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def sizes(m, values):
    return [m.format_size(v) for v in values]


@case()
def typical_sizes(m):
    return sizes(m, [1536, 10 * 1024**2, 734003200, 5 * 1024**3 + 1024**3 // 2, 3 * 1024**4])


@case("edge")
def bytes_range(m):
    return sizes(m, [0, 1, 999, 1023])


@case("edge")
def exact_unit_boundaries(m):
    return sizes(m, [1024, 1024**2, 1024**3, 1024**4, 1024**5])


@case("edge")
def rounding_promotes_unit(m):
    return sizes(m, [1048575, 1024**2 - 51, 1024**3 - 1, 1024**4 - 10**6])


@case("edge")
def rounding_follows_format(m):
    return sizes(m, [1126, 1127, 1280, 1075, 2047])


@case("edge")
def beyond_pib(m):
    return sizes(m, [1024**6, 1024**6 * 3 + 12345])


@case("error-handling")
def negative(m):
    return m.format_size(-1)


@case("error-handling")
def float_rejected(m):
    return m.format_size(2048.0)


@case("error-handling")
def bool_rejected(m):
    return m.format_size(True)
