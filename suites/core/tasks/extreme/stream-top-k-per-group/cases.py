# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


def run(m, rows, k):
    return m.top_k_per_group(iter(rows), k, lambda r: r[0], lambda r: r[1])


@case()
def two_groups(m):
    rows = [("eu", 5, "a"), ("us", 3, "b"), ("eu", 9, "c"), ("us", 7, "d"), ("eu", 1, "e"), ("eu", 6, "f")]
    return run(m, rows, 2)


@case("edge")
def ties_keep_input_order(m):
    rows = [("g", 4, "first"), ("g", 4, "second"), ("g", 5, "top"), ("g", 4, "third"), ("h", 1.5, "x")]
    return run(m, rows, 3), run(m, rows, 2)


@case("edge")
def group_order_is_first_appearance(m):
    rows = [("zeta", 1, 1), ("alpha", 2, 2), ("ünï", 3, 3), ("zeta", 4, 4)]
    return list(run(m, rows, 5).items())


@case("edge")
def k_zero_and_empty(m):
    return run(m, [("a", 1, 1)], 0), run(m, [], 3)


@case("edge")
def negative_scores_and_fewer_than_k(m):
    rows = [("a", -2.5, "p"), ("a", -0.5, "q"), ("b", -10, "r"), ("a", float("-inf"), "s")]
    return run(m, rows, 10)


@case("edge")
def returns_the_same_objects(m):
    class Rec:
        def __init__(self, g, s):
            self.g, self.s = g, s

    recs = [Rec("x", 2), Rec("x", 3), Rec("y", 1), Rec("x", 3), Rec("y", 1)]
    out = m.top_k_per_group(iter(recs), 2, lambda r: r.g, lambda r: r.s)
    return [(g, [recs.index(r) for r in rs], all(any(r is q for q in recs) for r in rs)) for g, rs in out.items()]


@case("error-handling")
def bad_k(m):
    out = []
    for k in (-1, 1.5, "3"):
        consumed = []

        def gen():
            consumed.append(1)
            yield ("a", 1, 1)

        try:
            m.top_k_per_group(gen(), k, lambda r: r[0], lambda r: r[1])
            out.append("ok")
        except ValueError:
            out.append("ValueError")
        out.append(len(consumed))
    return out


@case()
def calls_key_functions_once(m):
    calls = []

    def score(r):
        calls.append(r[2])
        return r[1]

    rng = random.Random(3)
    rows = [(rng.choice("abc"), rng.randrange(10), i) for i in range(60)]
    out = m.top_k_per_group(iter(rows), 4, lambda r: r[0], score)
    return out, sorted(calls) == list(range(60))


@case("perf")
def huge_payloads(m):
    rng = random.Random(7)
    scores = [rng.randrange(1000) for _ in range(1009)]

    def records():
        for i in range(200_000):
            # Each record carries an 8 KiB payload: about 1.6 GB for the whole stream.
            yield (i % 97, scores[i % 1009], i, bytes(8192))

    out = m.top_k_per_group(records(), 3, lambda r: r[0], lambda r: r[1])
    return [(g, [(r[1], r[2]) for r in rs]) for g, rs in out.items()]
