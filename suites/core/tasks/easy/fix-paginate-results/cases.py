# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case

RESULTS = list(range(1, 26))


@case()
def first_page(m):
    return m.paginate(RESULTS, 1)


@case()
def last_partial_page(m):
    return m.paginate(RESULTS, 3)


@case()
def custom_page_size(m):
    return [m.paginate(list("abcdefg"), p, per_page=3) for p in (1, 2, 3)]


@case("edge")
def exact_multiple(m):
    return [m.paginate(list(range(20)), 2), m.paginate(list(range(20)), 3)]


@case("edge")
def past_the_end(m):
    return m.paginate(RESULTS, 9)


@case("edge")
def empty_items(m):
    return m.paginate([], 1)


@case("edge")
def one_item_per_page(m):
    return [m.paginate(["x", "y"], p, per_page=1) for p in (1, 2, 3)]


@case("error-handling")
def page_zero(m):
    return m.paginate(RESULTS, 0)


@case("error-handling")
def zero_per_page(m):
    return m.paginate(RESULTS, 1, per_page=0)
