# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def typical_month(m):
    bank = [(1250, "B1"), (4999, "B2"), (10000, "B3"), (25000, "B4")]
    books = [(1250, "inv-7"), (9999, "inv-8"), (10000, "inv-9"), (25000, "inv-10"), (30000, "inv-11")]
    return m.reconcile(bank, books)


@case("edge")
def duplicate_amounts_pair_in_order(m):
    bank = [(500, "b-a"), (500, "b-b"), (500, "b-c"), (700, "b-d")]
    books = [(500, "k-a"), (500, "k-b"), (700, "k-c"), (700, "k-d")]
    return m.reconcile(bank, books)


@case("edge")
def leftovers_after_one_side_runs_out(m):
    return [m.reconcile([(1, "a"), (2, "b"), (9, "c"), (10, "d")], [(2, "x")]),
            m.reconcile([(5, "a")], [(1, "x"), (5, "y"), (6, "z"), (7, "w")])]


@case("edge")
def empty_sides(m):
    return [m.reconcile([], []), m.reconcile([(3, "a"), (3, "b")], []), m.reconcile([], [(-1, "x")])]


@case("edge")
def refunds_and_zero(m):
    bank = [(-2500, "refund-1"), (-2500, "refund-2"), (0, "fee-waiver"), (300, "pay")]
    books = [(-2500, "cn-1"), (0, "adj"), (0, "adj"), (300, "pay")]
    return m.reconcile(bank, books)


@case("edge")
def nothing_matches(m):
    return m.reconcile([(1, "a"), (3, "b"), (5, "c")], [(2, "x"), (4, "y"), (6, "z")])


@case("error-handling")
def unsorted_bank(m):
    return m.reconcile([(5, "a"), (3, "b")], [(3, "x")])


@case("error-handling")
def unsorted_books(m):
    return m.reconcile([(1, "a")], [(1, "x"), (9, "y"), (8, "z")])


@case()
def random_statements(m):
    rng = random.Random(7)
    bank = sorted(((rng.randrange(-20, 60), f"b{i}") for i in range(400)), key=lambda e: e[0])
    books = sorted(((rng.randrange(-20, 60), f"k{i}") for i in range(350)), key=lambda e: e[0])
    return m.reconcile(bank, books)


@case("perf")
def large_statements(m):
    rng = random.Random(11)
    bank = sorted(((rng.randrange(0, 10**7), "b") for _ in range(30_000)), key=lambda e: e[0])
    books = sorted(((rng.randrange(0, 10**7), "k") for _ in range(30_000)), key=lambda e: e[0])
    books[::3] = bank[:10_000]
    books.sort(key=lambda e: e[0])
    matched, bank_only, books_only = m.reconcile(bank, books)
    return len(matched), len(bank_only), len(books_only)
