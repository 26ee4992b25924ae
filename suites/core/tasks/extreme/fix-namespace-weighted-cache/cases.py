# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


def _state(cache, namespaces):
    return cache.usage(), {ns: (cache.usage(ns), cache.keys(ns)) for ns in namespaces}


@case()
def fills_up_to_exact_capacity(m):
    cache = m.WeightedCache(10)
    out = [cache.put("img", "a", 1, 4), cache.put("img", "b", 2, 6), cache.put("img", "c", 3, 1)]
    return out, _state(cache, ["img"])


@case()
def replacing_a_key_reuses_its_space(m):
    cache = m.WeightedCache(30)
    out = []
    for i in range(5):
        out.append(cache.put("session", "user-1", {"visits": i}, 10))
    out.append(cache.put("session", "user-2", "x", 12))
    out.append(cache.put("session", "user-1", "big", 18))
    out.append(cache.put("session", "user-1", "small", 2))
    out.append(cache.get("session", "user-1"))
    return out, _state(cache, ["session"])


@case()
def lru_within_namespace(m):
    cache = m.WeightedCache(6)
    for key in "abcde":
        cache.put("ns", key, key.upper(), 1)
    out = [cache.get("ns", "a"), cache.get("ns", "zz", "default"), cache.get("other", "a")]
    out.append(cache.put("ns", "f", "F", 2))
    out.append(cache.put("ns", "c", "C2", 1))
    out.append(cache.put("ns", "g", "G", 1))
    return out, _state(cache, ["ns"])


@case()
def weighted_namespaces(m):
    cache = m.WeightedCache(12, weights={"hot": 3, "cold": 1})
    for i in range(6):
        cache.put("hot", f"h{i}", i, 1)
    for i in range(4):
        cache.put("cold", f"c{i}", i, 1)
    out = [cache.put("misc", "m0", 0, 2)]
    out.append(cache.put("hot", "h6", 6, 2))
    out.append(cache.put("misc", "m1", 1, 3))
    out.append(cache.put("cold", "c9", 9, 4))
    return out, _state(cache, ["hot", "cold", "misc"])


@case("edge")
def ties_and_self_eviction(m):
    cache = m.WeightedCache(4, weights={"tiny": 1, "huge": 100})
    out = [cache.put("b", "x", 0, 2), cache.put("a", "y", 0, 2), cache.put("c", "z", 0, 2)]
    out.append(cache.put("huge", "h", 0, 1))
    cache2 = m.WeightedCache(5, weights={"big": 50})
    cache2.put("big", "k1", 0, 3)
    out.append(cache2.put("tiny", "t", 0, 4))
    out.append(cache2.put("tiny", "t2", 0, 5))
    return out, _state(cache, ["a", "b", "c", "huge"]), _state(cache2, ["big", "tiny"])


@case("error-handling")
def invalid_sizes_and_settings(m):
    out = []
    for make in (lambda: m.WeightedCache(0), lambda: m.WeightedCache(5, weights={"a": 0})):
        try:
            make()
            out.append("ok")
        except ValueError:
            out.append("ValueError")
    cache = m.WeightedCache(5)
    cache.put("a", "k", 1, 3)
    for size in (0, 6, -1):
        try:
            out.append(cache.put("a", "k", 2, size))
        except ValueError:
            out.append("ValueError")
    out.append(cache.get("a", "k"))
    out.append(cache.put("a", "k", 3, 5))
    return out, _state(cache, ["a"])


@case("perf")
def hot_path_workload(m):
    rng = random.Random(7)
    weights = {f"ns{i}": i + 1 for i in range(6)}
    cache = m.WeightedCache(20_000, weights=weights)
    names = list(weights) + ["anon"]
    evicted = 0
    hits = 0
    checksum = 0
    for step in range(60_000):
        ns = names[rng.randrange(len(names))]
        key = f"k{rng.randrange(4000)}"
        if rng.random() < 0.35:
            value = cache.get(ns, key)
            if value is not None:
                hits += 1
                checksum = (checksum * 31 + value) % 1_000_003
        else:
            evicted += len(cache.put(ns, key, step, rng.randrange(1, 12)))
    return evicted, hits, checksum, _state(cache, names)[0], [cache.usage(ns) for ns in names]
