# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random
import threading
import time

from pyarena_cases import case


class Recorder:
    def __init__(self, fn=lambda k: f"v:{k}"):
        self.calls = []
        self.fn = fn
        self.lock = threading.Lock()

    def __call__(self, key):
        with self.lock:
            self.calls.append(key)
        return self.fn(key)


def run_threads(targets):
    threads = [threading.Thread(target=t, daemon=True) for t in targets]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    return [t.is_alive() for t in threads]


@case()
def hits_and_misses(m):
    rec = Recorder()
    c = m.LoadingCache(3, rec)
    got = [c.get(k) for k in ["a", "b", "a", "c", "a", "b"]]
    return got, rec.calls, c.stats(), len(c)


@case()
def lru_eviction_order(m):
    rec = Recorder()
    c = m.LoadingCache(3, rec)
    for k in [1, 2, 3, 1, 4, 2, 5]:
        c.get(k)
    return c.keys(), rec.calls, c.stats()


@case("edge")
def capacity_one(m):
    rec = Recorder()
    c = m.LoadingCache(1, rec)
    out = [c.get(k) for k in ["x", "x", "y", "x", "ü", "ü"]]
    return out, c.keys(), c.stats()


@case("edge")
def peek_never_loads_or_touches(m):
    rec = Recorder()
    c = m.LoadingCache(2, rec)
    c.get("a")
    c.get("b")
    seen = [c.peek("a"), c.peek("zzz", "dflt"), c.peek("zzz")]
    c.get("c")  # "a" is still the least recently used, so it goes
    return seen, c.keys(), rec.calls, c.stats()


@case("edge")
def invalidate_then_reload(m):
    rec = Recorder()
    c = m.LoadingCache(4, rec)
    c.get("a")
    c.get("b")
    r = [c.invalidate("a"), c.invalidate("a"), c.invalidate("nope")]
    c.get("a")
    return r, c.keys(), rec.calls, c.stats(), len(c)


@case("edge")
def none_and_falsy_values_are_cached(m):
    rec = Recorder(lambda k: None if k == "n" else 0)
    c = m.LoadingCache(5, rec)
    out = [c.get("n"), c.get("n"), c.get("z"), c.get("z")]
    return out, rec.calls, c.stats()


@case("error-handling")
def bad_capacity(m):
    out = []
    for cap in (0, -3, 2.5):
        try:
            m.LoadingCache(cap, str)
            out.append("ok")
        except ValueError:
            out.append("ValueError")
    return out


@case("error-handling")
def loader_error_is_not_cached(m):
    attempts = []

    def flaky(key):
        attempts.append(key)
        if len(attempts) == 1:
            raise KeyError(key)
        return key * 2

    c = m.LoadingCache(2, flaky)
    try:
        c.get("q")
        first = "returned"
    except KeyError:
        first = "KeyError"
    return first, c.keys(), c.get("q"), c.get("q"), attempts, c.stats()


@case()
def concurrent_same_key_loads_once(m):
    rec = Recorder(lambda k: (time.sleep(0.05), k.upper())[1])
    c = m.LoadingCache(10, rec)
    barrier = threading.Barrier(12)
    results = []
    lock = threading.Lock()

    def worker():
        barrier.wait()
        v = c.get("slow")
        with lock:
            results.append(v)

    alive = run_threads([worker] * 12)
    st = c.stats()
    return any(alive), sorted(results), rec.calls, st["misses"], st["hits"] + st["misses"]


@case()
def loader_runs_outside_the_lock(m):
    b_started = threading.Event()
    cached_read = threading.Event()
    seen = {}

    def loader(key):
        if key == "a":
            # While "a" is loading, another thread loads "b" and reads a cached key.
            seen["b_started"] = b_started.wait(3)
            seen["read"] = cached_read.wait(3)
            return "A"
        if key == "b":
            b_started.set()
        return key.upper()

    c = m.LoadingCache(10, loader)
    c.get("warm")
    ta = threading.Thread(target=lambda: seen.setdefault("a", c.get("a")), daemon=True)
    ta.start()
    time.sleep(0.02)

    def other():
        seen["b"] = c.get("b")
        seen["warm"] = c.get("warm")
        cached_read.set()

    tb = threading.Thread(target=other, daemon=True)
    tb.start()
    ta.join(10)
    tb.join(10)
    return sorted(seen.items())


@case("error-handling")
def concurrent_failure_reaches_every_waiter(m):
    def boom(key):
        time.sleep(0.05)
        raise RuntimeError("backend down")

    c = m.LoadingCache(3, boom)
    barrier = threading.Barrier(6)
    outcomes = []
    lock = threading.Lock()

    def worker():
        barrier.wait()
        try:
            c.get("k")
            r = "value"
        except RuntimeError:
            r = "RuntimeError"
        with lock:
            outcomes.append(r)

    alive = run_threads([worker] * 6)
    return any(alive), outcomes, c.keys(), len(c)


@case("perf")
def many_gets_large_capacity(m):
    rng = random.Random(7)
    c = m.LoadingCache(30_000, lambda k: k * 3)
    keys = [rng.randrange(40_000) for _ in range(100_000)]
    total = 0
    for k in keys:
        total += c.get(k)
    return total, c.stats(), c.keys()[:5], c.keys()[-5:], len(c)
