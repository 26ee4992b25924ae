# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


def snapshot(cache, keys):
    return [[k for k in keys if k in cache], len(cache), cache.total_bytes(), cache.stats()]


@case()
def evicts_least_recent(m):
    c = m.SizedLRUCache(100)
    c.put("a", "A", 40)
    c.put("b", "B", 30)
    c.put("c", "C", 20)
    first = c.get("a")
    c.put("d", "D", 25)
    return [first, snapshot(c, "abcd")]


@case()
def one_put_can_evict_several(m):
    c = m.SizedLRUCache(50)
    for k in "abcde":
        c.put(k, k.upper(), 10)
    c.put("big", "BIG", 45)
    return snapshot(c, ["a", "b", "c", "d", "e", "big"])


@case()
def hits_and_misses(m):
    c = m.SizedLRUCache(10)
    c.put(1, "one", 4)
    out = [c.get(1), c.get(2), c.get(2, "fallback"), c.get(1, "fallback")]
    return [out, c.stats()]


@case("edge")
def peek_and_contains_do_not_refresh(m):
    c = m.SizedLRUCache(30)
    c.put("old", 1, 10)
    c.put("mid", 2, 10)
    c.put("new", 3, 10)
    seen = [c.peek("old"), "old" in c, c.peek("zzz", "none")]
    c.put("extra", 4, 10)
    return [seen, snapshot(c, ["old", "mid", "new", "extra"])]


@case("edge")
def replacing_a_key(m):
    c = m.SizedLRUCache(30)
    c.put("x", "v1", 10)
    c.put("y", "v2", 10)
    c.put("x", "v3", 15)
    after_replace = snapshot(c, "xyz")
    c.put("z", "v4", 10)
    return [after_replace, snapshot(c, "xyz"), c.peek("x")]


@case("edge")
def exact_fit_and_falsy_values(m):
    c = m.SizedLRUCache(20)
    c.put("zero", 0, 10)
    c.put("none", None, 10)
    return [c.get("zero", "missing"), c.get("none", "missing"), snapshot(c, ["zero", "none"])]


@case("edge")
def entry_as_large_as_cache(m):
    c = m.SizedLRUCache(64)
    c.put("a", 1, 8)
    c.put("b", 2, 8)
    c.put("all", 3, 64)
    return snapshot(c, ["a", "b", "all"])


@case("error-handling")
def oversized_entry_leaves_cache_unchanged(m):
    c = m.SizedLRUCache(10)
    c.put("a", 1, 5)
    try:
        c.put("b", 2, 11)
    except ValueError:
        return ["ValueError", snapshot(c, "ab")]
    return ["no error", snapshot(c, "ab")]


@case("error-handling")
def zero_size(m):
    c = m.SizedLRUCache(10)
    c.put("a", 1, 0)


@case("error-handling")
def bad_capacity(m):
    return m.SizedLRUCache(0)


@case("perf")
def thumbnail_traffic(m):
    rng = random.Random(7)
    c = m.SizedLRUCache(1_200_000)
    got = 0
    for _ in range(200_000):
        key = rng.randrange(8_000) if rng.random() < 0.5 else rng.randrange(60_000)
        if rng.random() < 0.7:
            if c.get(key) is not None:
                got += 1
        else:
            c.put(key, key * 2, 20 + key % 80)
    return [got, len(c), c.total_bytes(), c.stats()]
