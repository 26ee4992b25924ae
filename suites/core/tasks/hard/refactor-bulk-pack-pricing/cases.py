# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def screws(m):
    packs = {10: 120, 25: 275, 100: 900}
    return [m.cheapest_packing(u, packs) for u in (10, 20, 25, 35, 50, 100, 135, 250)]


@case()
def bigger_pack_not_always_cheaper(m):
    packs = {6: 50, 9: 80, 20: 190}
    return [m.cheapest_packing(u, packs) for u in (18, 26, 29, 40, 43, 44)]


@case("edge")
def ties_prefer_fewer_packs(m):
    packs = {1: 2, 2: 4, 5: 10}
    return [m.cheapest_packing(u, packs) for u in (1, 4, 5, 7, 11)]


@case("edge")
def impossible_amounts(m):
    return [m.cheapest_packing(7, {4: 10, 6: 12}), m.cheapest_packing(3, {}), m.cheapest_packing(1, {2: 1})]


@case("edge")
def zero_units_and_free_packs(m):
    return [m.cheapest_packing(0, {5: 3}), m.cheapest_packing(0, {}), m.cheapest_packing(10, {5: 0, 2: 1})]


@case("error-handling")
def negative_units(m):
    return m.cheapest_packing(-1, {1: 1})


@case("error-handling")
def zero_size_pack(m):
    return m.cheapest_packing(5, {0: 1, 5: 3})


@case("error-handling")
def negative_price(m):
    return m.cheapest_packing(5, {5: -3})


@case("perf")
def large_orders(m):
    packs = {12: 130, 50: 520, 144: 1450, 500: 4900, 1000: 9650, 37: 400}
    return [m.cheapest_packing(u, packs) for u in (9_999, 20_001, 30_000)]
