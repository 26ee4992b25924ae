# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import threading

from pyarena_cases import case


@case()
def basic_limit(m):
    lim = m.SlidingWindowLimiter(3, 10)
    return [lim.try_acquire("a", t) for t in (0, 1, 2, 3, 9.5)], lim.remaining("a", 9.5)


@case("edge")
def expiry_is_exactly_window_later(m):
    lim = m.SlidingWindowLimiter(2, 5)
    out = [lim.try_acquire("k", 1), lim.try_acquire("k", 2), lim.try_acquire("k", 5.75)]
    out.append(lim.try_acquire("k", 6))      # the request at 1 stops counting at 6
    out.append(lim.try_acquire("k", 6.5))
    out.append(lim.remaining("k", 7))        # the request at 2 expired at 7
    return out


@case("edge")
def rejected_requests_do_not_count(m):
    lim = m.SlidingWindowLimiter(2, 4)
    out = [lim.try_acquire("u", 0), lim.try_acquire("u", 0)]
    out += [lim.try_acquire("u", t) for t in (1, 2, 3, 3.5)]
    out.append(lim.try_acquire("u", 4))
    out.append(lim.remaining("u", 4))
    return out


@case()
def weighted_costs_and_keys(m):
    lim = m.SlidingWindowLimiter(10, 60)
    out = [
        lim.try_acquire("alice", 0, 4),
        lim.try_acquire("alice", 1, 6),
        lim.try_acquire("alice", 2, 1),
        lim.try_acquire("bob", 2, 10),
        lim.try_acquire("bob", 3, 11),
        lim.remaining("carol", 3),
        lim.remaining("alice", 59.5),
        lim.remaining("alice", 60),
        lim.try_acquire("alice", 61, 7),
    ]
    return out


@case()
def retry_after_values(m):
    lim = m.SlidingWindowLimiter(5, 10)
    for t, c in ((0, 2), (1, 1), (2.5, 2)):
        lim.try_acquire("k", t, c)
    return [
        lim.retry_after("k", 3, 1),
        lim.retry_after("k", 3),
        lim.retry_after("k", 3.25, 2),
        lim.retry_after("k", 3.5, 3),
        lim.retry_after("k", 4, 5),
        lim.retry_after("fresh", 4, 5),
        lim.try_acquire("k", 12.5, 5),
    ]


@case("error-handling")
def invalid_arguments(m):
    out = []
    for args in ((0, 1), (3, 0), (3, -1.5), (2.5, 1), (True, 1)):
        try:
            m.SlidingWindowLimiter(*args)
            out.append("ok")
        except ValueError:
            out.append("ValueError")
    lim = m.SlidingWindowLimiter(3, 1)
    for call in (
        lambda: lim.try_acquire("a", 0, 0),
        lambda: lim.try_acquire("a", 0, -2),
        lambda: lim.retry_after("a", 0, 4),
        lambda: lim.try_acquire("a", 0, 4),
    ):
        try:
            out.append(call())
        except ValueError:
            out.append("ValueError")
    return out


@case("error-handling")
def clock_going_backwards(m):
    lim = m.SlidingWindowLimiter(5, 10)
    out = [lim.try_acquire("a", 5), lim.try_acquire("a", 5), lim.try_acquire("b", 1)]
    for call in (lambda: lim.try_acquire("a", 4.5), lambda: lim.remaining("a", 0)):
        try:
            out.append(call())
        except ValueError:
            out.append("ValueError")
    out.append(lim.remaining("a", 5))
    return out


@case()
def many_threads_share_the_budget(m):
    lim = m.SlidingWindowLimiter(250, 30)
    accepted = [0] * 8
    barrier = threading.Barrier(8)

    def worker(i):
        barrier.wait()
        for j in range(100):
            if lim.try_acquire("shared", 100.0, 1 + (j % 2)):
                accepted[i] += 1

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    return lim.remaining("shared", 100.0), lim.remaining("shared", 130.0), sum(accepted) > 0


@case("perf")
def busy_key_with_huge_window(m):
    lim = m.SlidingWindowLimiter(40_000, 1000)
    accepted = 0
    for i in range(100_000):
        if lim.try_acquire("hot", i * 0.015625, 1 + i % 3):
            accepted += 1
    return accepted, lim.remaining("hot", 1562.5), lim.retry_after("hot", 1562.5, 40_000)
