# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def interleaved_feeds(m):
    warehouse = [("A-100", 40), ("B-200", 5), ("D-400", 12)]
    store = [("A-100", 3), ("C-300", 7), ("D-400", 1), ("E-500", 9)]
    return m.merge_stock(warehouse, store)


@case("edge")
def duplicates_within_one_feed(m):
    warehouse = [("A", 1), ("A", 2), ("A", 3), ("B", 1)]
    store = [("B", 10), ("B", 20), ("C", 5), ("C", 5)]
    return m.merge_stock(warehouse, store)


@case("edge")
def zero_totals_are_dropped(m):
    warehouse = [("A", 5), ("B", 0), ("C", -2), ("D", 3)]
    store = [("A", -5), ("C", 1), ("D", -1), ("D", -2), ("E", 0)]
    return m.merge_stock(warehouse, store)


@case("edge")
def negative_totals_are_kept(m):
    return m.merge_stock([("A", -3)], [("A", 1), ("B", -1)])


@case("edge")
def one_or_both_empty(m):
    return [m.merge_stock([], []), m.merge_stock([("A", 1), ("A", 1)], []), m.merge_stock([], [("Z", 2), ("Z", -2)])]


@case("edge")
def string_order_of_skus(m):
    warehouse = [("10", 1), ("2", 1), ("B", 1), ("a", 1)]
    store = [("1", 1), ("100", 1), ("Z", 1), ("ä", 1)]
    return m.merge_stock(warehouse, store)


@case("edge")
def inputs_not_modified(m):
    warehouse = [("A", 1), ("B", 2)]
    store = [("A", -1), ("C", 3)]
    result = m.merge_stock(warehouse, store)
    return result, warehouse, store


@case()
def random_feeds(m):
    rng = random.Random(7)
    skus = [f"SKU-{n:04d}" for n in range(60)]
    warehouse = sorted(((rng.choice(skus), rng.randrange(-3, 10)) for _ in range(200)), key=lambda x: x[0])
    store = sorted(((rng.choice(skus), rng.randrange(-3, 10)) for _ in range(150)), key=lambda x: x[0])
    return m.merge_stock(warehouse, store)
