# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import itertools
import random

from pyarena_cases import case


class Run:
    """A run that counts how many items were taken from it."""

    def __init__(self, iterable):
        self.it = iter(iterable)
        self.taken = 0

    def __iter__(self):
        return self

    def __next__(self):
        value = next(self.it)
        self.taken += 1
        return value


@case()
def three_runs(m):
    return list(m.merge_runs([[1, 4, 9], [2, 3, 10, 11], [0, 5]]))


@case("edge")
def empty_inputs(m):
    return list(m.merge_runs([])), list(m.merge_runs([[], [], []])), list(m.merge_runs([[], [7], []]))


@case("edge")
def stable_across_runs(m):
    a = [{"k": 1, "src": "a0"}, {"k": 2, "src": "a1"}, {"k": 2, "src": "a2"}]
    b = [{"k": 1, "src": "b0"}, {"k": 2, "src": "b1"}]
    c = [{"k": 0, "src": "c0"}, {"k": 2, "src": "c1"}]
    return [d["src"] for d in m.merge_runs([a, b, c], key=lambda d: d["k"])]


@case("edge")
def unique_keeps_first_in_stable_order(m):
    a = [("apple", 1), ("cherry", 1)]
    b = [("apple", 2), ("banana", 2), ("cherry", 2), ("cherry", 3)]
    return list(m.merge_runs([a, b], key=lambda t: t[0], unique=True)), list(
        m.merge_runs([[1, 1, 2], [1, 3, 3], [2]], unique=True)
    )


@case()
def key_function_strings(m):
    runs = [["b", "BB", "ccc"], ["Ä", "dd"], ["", "eeee"]]
    calls = []

    def key(s):
        calls.append(s)
        return len(s)

    out = list(m.merge_runs(runs, key=key))
    return out, sorted(calls) == sorted(sum(runs, []))


@case("edge")
def runs_are_read_lazily(m):
    runs = [Run(itertools.count(0, 2)), Run(itertools.count(1, 2)), Run(itertools.count(100))]
    head = list(itertools.islice(m.merge_runs(runs), 10))
    return head, [r.taken for r in runs]


@case("error-handling")
def unsorted_run_is_reported(m):
    out = []
    try:
        for x in m.merge_runs([[1, 5, 3, 8], [2, 4, 6]]):
            out.append(x)
    except ValueError:
        out.append("ValueError")
    return out


@case("edge")
def runs_given_as_generator(m):
    return list(m.merge_runs((range(i, 20, 5) for i in range(5)), unique=True))


@case()
def random_against_many_runs(m):
    rng = random.Random(5)
    runs = [sorted(rng.randrange(50) for _ in range(rng.randrange(8))) for _ in range(30)]
    return list(m.merge_runs(runs)), list(m.merge_runs(runs, unique=True))


@case("perf")
def thousands_of_runs(m):
    rng = random.Random(7)
    runs = [range(rng.randrange(1000), 10**6, rng.randrange(1, 5000)) for _ in range(3000)]
    runs = [itertools.islice(r, 25) for r in runs]
    total = 0
    count = 0
    prev = -1
    ordered = True
    for x in m.merge_runs(runs, unique=True):
        ordered = ordered and x > prev
        prev = x
        total += x
        count += 1
    return count, total, ordered
