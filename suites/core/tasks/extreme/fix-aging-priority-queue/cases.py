# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


def drain(q, now):
    return [q.pop(now) for _ in range(len(q))]


@case()
def old_jobs_overtake(m):
    q = m.AgingQueue(1.0)
    q.push("nightly-report", 1, 0)
    q.push("resize-a", 5, 100)
    q.push("resize-b", 5, 100)
    return drain(q, 100)


@case()
def no_aging_is_plain_priority(m):
    q = m.AgingQueue(0)
    for i, p in enumerate([3, 9, 1, 9, 4]):
        q.push(f"j{i}", p, i)
    return drain(q, 10)


@case("edge")
def fifo_on_equal_effective_priority(m):
    q = m.AgingQueue(0.5)
    q.push("a", 2, 0)     # effective at t=4: 4
    q.push("b", 3, 2)     # 4
    q.push("c", 4, 4)     # 4
    q.push("d", 4, 4)     # 4
    return q.peek(4), drain(q, 4)


@case()
def interleaved_pushes_and_pops(m):
    q = m.AgingQueue(2.0)
    out = []
    q.push("x", 10, 0)
    q.push("y", 0, 0)
    out.append(q.pop(1))
    q.push("z", 5, 3)
    out.append(q.peek(3))
    q.push("w", 1, 6)
    out.append(q.pop(6))
    out.append(len(q))
    out += drain(q, 8)
    return out


@case("edge")
def negative_priorities_and_objects(m):
    q = m.AgingQueue(0.25)
    items = [{"id": 1}, {"id": 2}, ("t", 3)]
    q.push(items[0], -4, 0)
    q.push(items[1], -1, 8)
    q.push(items[2], -1.5, 8)
    got = drain(q, 12)
    return [items.index(g) for g in got], all(any(g is i for i in items) for g in got)


@case("error-handling")
def errors(m):
    out = []
    q = m.AgingQueue(1)
    for call in (lambda: q.pop(0), lambda: q.peek(0), lambda: m.AgingQueue(-0.1)):
        try:
            call()
            out.append("ok")
        except IndexError:
            out.append("IndexError")
        except ValueError:
            out.append("ValueError")
    q.push("a", 1, 5)
    for call in (lambda: q.push("b", 1, 4), lambda: q.pop(4.5), lambda: q.peek(3)):
        try:
            call()
            out.append("ok")
        except ValueError:
            out.append("ValueError")
    out.append(len(q))
    out.append(q.pop(5))
    return out


@case()
def random_against_effective_priority(m):
    rng = random.Random(4)
    q = m.AgingQueue(0.5)
    now = 0
    out = []
    for i in range(300):
        now += rng.randrange(3)
        if rng.random() < 0.6 or not len(q):
            q.push(i, rng.randrange(20), now)
        else:
            out.append(q.pop(now))
    return out


@case("perf")
def busy_scheduler(m):
    rng = random.Random(7)
    q = m.AgingQueue(0.25)
    for i in range(40_000):
        q.push(i, rng.randrange(100), i // 4)
    checksum = 0
    for k in range(40_000):
        checksum = (checksum * 31 + q.pop(10_000 + k // 8)) % 1_000_000_007
    return checksum
