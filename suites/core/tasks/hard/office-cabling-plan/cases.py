# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


def checked(offices, quotes, result):
    """Observe the total, and whether the chosen quotes form a spanning tree costing that total."""
    total, chosen = result
    parent = {o: o for o in offices}

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    tree = chosen == sorted(set(chosen)) and len(chosen) == max(len(set(offices)) - 1, 0)
    for i in chosen:
        a, b, _ = quotes[i]
        ra, rb = find(a), find(b)
        if ra == rb:
            tree = False
        parent[ra] = rb
    return [total, tree, sum(quotes[i][2] for i in chosen) == total]


def run(m, offices, quotes):
    return checked(offices, quotes, m.plan_cabling(offices, quotes))


@case()
def four_offices(m):
    offices = ["Leeds", "York", "Hull", "Bradford"]
    quotes = [("Leeds", "York", 40), ("Leeds", "Bradford", 12), ("York", "Hull", 55),
              ("Bradford", "York", 30), ("Leeds", "Hull", 90), ("Bradford", "Hull", 70)]
    return run(m, offices, quotes)


@case()
def exact_selection_when_unique(m):
    offices = ["a", "b", "c", "d", "e"]
    quotes = [("a", "b", 3), ("b", "c", 1), ("c", "d", 4), ("d", "e", 1), ("a", "e", 5),
              ("b", "d", 9), ("a", "c", 2)]
    return m.plan_cabling(offices, quotes)


@case("edge")
def parallel_quotes_and_self_loops(m):
    offices = ["x", "y", "z"]
    quotes = [("x", "x", 0), ("x", "y", 8), ("y", "x", 3), ("y", "z", 6), ("z", "z", 1), ("z", "y", 2)]
    return m.plan_cabling(offices, quotes)


@case("edge")
def ties_any_choice(m):
    offices = ["p", "q", "r", "s"]
    quotes = [("p", "q", 5), ("q", "r", 5), ("r", "s", 5), ("s", "p", 5), ("p", "r", 5)]
    return run(m, offices, quotes)


@case("edge")
def zero_prices(m):
    offices = ["a", "b", "c"]
    quotes = [("a", "b", 0), ("b", "c", 0), ("a", "c", 0)]
    return run(m, offices, quotes)


@case("edge")
def single_and_no_office(m):
    return [m.plan_cabling(["hq"], []), m.plan_cabling(["hq"], [("hq", "hq", 4)]), m.plan_cabling([], [])]


@case("error-handling")
def cannot_connect(m):
    return m.plan_cabling(["a", "b", "c", "d"], [("a", "b", 1), ("c", "d", 1)])


@case("error-handling")
def isolated_office(m):
    return m.plan_cabling(["a", "b", "lonely"], [("a", "b", 1), ("b", "a", 2)])


@case("error-handling")
def unknown_office(m):
    return m.plan_cabling(["a", "b"], [("a", "b", 1), ("b", "c", 1)])


@case("perf")
def national_network(m):
    rng = random.Random(7)
    n = 15_000
    offices = [f"site-{i}" for i in range(n)]
    quotes = [(offices[i], offices[rng.randrange(i)], rng.randint(100, 10_000)) for i in range(1, n)]
    for _ in range(60_000):
        quotes.append((offices[rng.randrange(n)], offices[rng.randrange(n)], rng.randint(1, 10_000)))
    return run(m, offices, quotes)
