# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import threading

from pyarena_cases import case


def outcome(call):
    try:
        return call()
    except ValueError:
        return "ValueError"


@case()
def counts_in_window(m):
    c = m.HitCounter(10)
    for t in (0, 1, 1, 5, 9.5):
        c.hit("a", t)
    c.hit("b", 3)
    return [c.count("a", 9.5), c.count("a", 10), c.count("a", 11), c.count("b", 12.99), c.count("b", 13), c.count("zz", 5)]


@case("edge")
def exact_expiry_boundary(m):
    c = m.HitCounter(2.5)
    c.hit("k", 1)
    c.hit("k", 3.5)
    return c.count("k", 3.49), c.count("k", 3.5), c.count("k", 5.9), c.count("k", 6)


@case()
def top_keys(m):
    c = m.HitCounter(60)
    for key, times in {"bob": [1, 2, 3], "amy": [2, 2, 9], "cy": [50], "dan": [0]}.items():
        for t in times:
            c.hit(key, t)
    return c.top(2, 59), c.top(10, 60.5), c.top(0, 60), c.top(-1, 60), c.top(5, 200)


@case("error-handling")
def errors(m):
    c = m.HitCounter(5)
    c.hit("a", 10)
    c.hit("a", 10)
    return [outcome(lambda: m.HitCounter(0)), outcome(lambda: m.HitCounter(-1)),
            outcome(lambda: c.hit("a", 9.99)), c.count("a", 10), outcome(lambda: c.hit("b", 1)), c.count("b", 1)]


@case("edge")
def keys_of_any_hashable_type(m):
    c = m.HitCounter(100)
    for k in [("10.0.0.1", 443), ("10.0.0.1", 443), ("10.0.0.2", 80)]:
        c.hit(k, 1)
    return c.top(5, 2)


@case()
def many_threads(m):
    c = m.HitCounter(30)
    barrier = threading.Barrier(8)

    def worker(i):
        barrier.wait()
        for j in range(200):
            c.hit(f"client{j % 5}", 100)

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    return c.top(3, 100), c.count("client0", 129.9), c.count("client0", 130)


@case("perf")
def heavy_traffic(m):
    c = m.HitCounter(2000)
    total = 0
    for i in range(150_000):
        key = "client%d" % (i % 3)
        c.hit(key, i * 0.02)
        if i % 100 == 0:
            total += c.count(key, i * 0.02)
    return total, c.top(3, 3000.0), c.count("client1", 4999)
