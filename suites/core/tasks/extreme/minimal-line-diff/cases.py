# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


def check(a, b, script):
    """(script is valid, number of edits, number of kept items)."""
    ops = [op for op, _ in script]
    valid = (
        all(op in ("=", "-", "+") for op in ops)
        and [x for op, x in script if op != "+"] == list(a)
        and [x for op, x in script if op != "-"] == list(b)
    )
    return valid, sum(op != "=" for op in ops), ops.count("=")


def run(m, a, b):
    return check(a, b, m.diff_lines(a, b))


@case()
def small_edit(m):
    a = ["host=db1", "port=5432", "user=app", "pool=10"]
    b = ["host=db2", "port=5432", "user=app", "pool=20", "ssl=on"]
    return run(m, a, b)


@case()
def classic_interleaving(m):
    return run(m, list("abcabba"), list("cbabac")), run(m, list("ABCDEFG"), list("AXBYCZDG"))


@case("edge")
def empty_and_identical(m):
    return run(m, [], []), run(m, [], ["x", "y"]), run(m, ["x"], []), run(m, ["a", "b"], ["a", "b"]), m.diff_lines([], [])


@case("edge")
def full_replacement_and_duplicates(m):
    return run(m, ["a"] * 5, ["b"] * 3), run(m, list("aaaabaaaa"), list("aaaaaaaab")), run(m, list("xyxyxy"), list("yxyxyx"))


@case("edge")
def non_string_items(m):
    return run(m, [1, 2, (3, "ü"), None, 5], [2, (3, "ü"), 4, None, 5, 1])


@case()
def moved_block(m):
    a = [f"line {i}" for i in range(30)]
    b = a[10:20] + a[:10] + a[20:]
    return run(m, a, b)


@case()
def random_small(m):
    rng = random.Random(5)
    out = []
    for _ in range(40):
        a = [rng.choice("abcd") for _ in range(rng.randrange(12))]
        b = [rng.choice("abcd") for _ in range(rng.randrange(12))]
        out.append(run(m, a, b))
    return out


@case("perf")
def large_files_few_changes(m):
    rng = random.Random(7)
    a = [f"key_{i} = {rng.randrange(10**6)}" for i in range(20_000)]
    b = list(a)
    for _ in range(40):
        i = rng.randrange(len(b))
        kind = rng.randrange(3)
        if kind == 0:
            del b[i]
        elif kind == 1:
            b.insert(i, f"added {i}")
        else:
            b[i] = b[i] + " # changed"
    return run(m, a, b)
