# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import threading

from pyarena_cases import case


class Clock:
    def __init__(self, now=1000.0):
        self.now = now

    def __call__(self):
        return self.now


@case()
def basic_get_set(m):
    clock = Clock()
    c = m.TTLCache(3, 10, clock)
    c.set("a", 1)
    c.set("b", [2])
    return c.get("a"), c.get("b"), c.get("zz"), c.get("zz", "dflt"), len(c)


@case("edge")
def expires_exactly_at_ttl(m):
    clock = Clock(0.0)
    c = m.TTLCache(5, 2.5, clock)
    c.set("k", "v")
    clock.now = 2.25
    before = c.get("k")
    clock.now = 2.5
    return before, c.get("k", "gone"), len(c)


@case("edge")
def len_ignores_expired_entries(m):
    clock = Clock(0.0)
    c = m.TTLCache(10, 5, clock)
    for i in range(4):
        clock.now = i
        c.set(i, i)
    clock.now = 6.0
    n1 = len(c)
    clock.now = 9.0
    return n1, len(c), c.purge_expired()


@case()
def set_refreshes_ttl_and_recency(m):
    clock = Clock(0.0)
    c = m.TTLCache(2, 10, clock)
    c.set("a", 1)
    c.set("b", 2)
    clock.now = 8
    c.set("a", 11)          # refresh: new deadline 18, most recent
    c.set("c", 3)           # evicts least recently used: "b"
    clock.now = 12
    return c.get("a"), c.get("b"), c.get("c"), len(c)


@case("edge")
def expired_entries_do_not_cost_live_ones(m):
    clock = Clock(0.0)
    c = m.TTLCache(3, 5, clock)
    c.set("old1", 1)
    c.set("old2", 2)
    clock.now = 3
    c.set("live", 3)
    clock.now = 4
    c.get("old1")            # the expiring entries are now the most recently used ones
    c.get("old2")
    clock.now = 5            # old1 and old2 are now expired
    c.set("new1", 4)
    c.set("new2", 5)
    return c.get("live"), c.get("new1"), c.get("new2"), len(c)


@case()
def lru_order_follows_reads(m):
    clock = Clock()
    c = m.TTLCache(3, 100, clock)
    for k in "xyz":
        c.set(k, k.upper())
    c.get("x")
    c.set("w", "W")
    return [c.get(k) for k in "wxyz"]


@case("edge")
def delete_and_purge(m):
    clock = Clock(0.0)
    c = m.TTLCache(4, 1, clock)
    c.set("a", 1)
    c.set("b", 2)
    r = [c.delete("a"), c.delete("a"), c.delete("nope")]
    clock.now = 1
    r += [c.delete("b"), c.purge_expired(), len(c)]
    c.set("c", None)
    r += [c.get("c", "missing"), len(c)]
    return r


@case("error-handling")
def bad_arguments(m):
    out = []
    for cap, ttl in ((0, 1), (3, 0), (3, -1)):
        try:
            m.TTLCache(cap, ttl, Clock())
            out.append("ok")
        except ValueError:
            out.append("ValueError")
    return out


@case()
def threads_share_the_cache(m):
    clock = Clock(0.0)
    c = m.TTLCache(10_000, 50, clock)
    barrier = threading.Barrier(6)

    def work(t):
        barrier.wait()
        for i in range(500):
            c.set((t, i), i)
            c.get((t, i // 2))

    threads = [threading.Thread(target=work, args=(t,), daemon=True) for t in range(6)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(10)
    clock.now = 49.0
    n = len(c)
    clock.now = 50.0
    return n, len(c), sum(c.get((t, 499), 0) for t in range(6))


@case("perf")
def busy_cache_with_size_checks(m):
    clock = Clock(0.0)
    c = m.TTLCache(30_000, 300, clock)
    sizes = 0
    hits = 0
    for i in range(60_000):
        clock.now = i * 0.01
        c.set(i % 45_000, i)
        if c.get((i * 7) % 45_000) is not None:
            hits += 1
        sizes += len(c)
    clock.now = 605.0
    return hits, sizes, len(c)
