# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


class FakeClock:
    def __init__(self, now=1000.0):
        self.now = now

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


@case()
def expires_after_ttl(m):
    clock = FakeClock()
    c = m.TTLCache(10, clock)
    c.set("tok", "alice")
    out = [c.get("tok")]
    clock.advance(9.5)
    out.append(c.get("tok"))
    clock.advance(0.5)
    out.append(c.get("tok", "expired"))
    return out


@case()
def per_call_ttl_and_len(m):
    clock = FakeClock()
    c = m.TTLCache(60, clock)
    c.set("a", 1)
    c.set("b", 2, ttl=5)
    c.set("c", 3, ttl=30)
    out = [len(c)]
    for step in (5, 25, 30):
        clock.advance(step)
        out.append(len(c))
    return out


@case()
def reset_refreshes_expiry(m):
    clock = FakeClock()
    c = m.TTLCache(10, clock)
    c.set("k", "v1")
    clock.advance(8)
    c.set("k", "v2")
    clock.advance(8)
    out = [c.get("k"), len(c)]
    clock.advance(2)
    out += [c.get("k"), len(c)]
    return out


@case()
def touch_extends_with_own_ttl(m):
    clock = FakeClock()
    c = m.TTLCache(100, clock)
    c.set("short", "s", ttl=4)
    clock.advance(3)
    out = [c.touch("short"), c.touch("missing")]
    clock.advance(3)
    out.append(c.get("short"))
    clock.advance(1)
    out += [c.get("short"), c.touch("short")]
    return out


@case("edge")
def expiry_boundary_is_exclusive(m):
    clock = FakeClock(0.0)
    c = m.TTLCache(2.5, clock)
    c.set(("tuple", 1), "x")
    clock.advance(2.5)
    return [c.get(("tuple", 1), "gone"), len(c), c.touch(("tuple", 1))]


@case("edge")
def purge_counts_each_expired_entry_once(m):
    clock = FakeClock()
    c = m.TTLCache(10, clock)
    for i in range(5):
        c.set(i, i * i, ttl=1 + i)
    clock.advance(3)
    first = c.purge()
    second = c.purge()
    clock.advance(100)
    third = c.purge()
    return [first, second, third, len(c)]


@case("edge")
def falsy_values_and_default(m):
    clock = FakeClock()
    c = m.TTLCache(10, clock)
    c.set("zero", 0)
    c.set("none", None)
    return [c.get("zero", "d"), c.get("none", "d"), c.get("nope", "d"), len(c)]


@case("edge")
def replaced_entry_not_purged_by_old_expiry(m):
    clock = FakeClock()
    c = m.TTLCache(10, clock)
    c.set("k", 1, ttl=1)
    c.set("k", 2, ttl=50)
    clock.advance(5)
    return [c.purge(), len(c), c.get("k")]


@case("error-handling")
def zero_default_ttl(m):
    return m.TTLCache(0, FakeClock())


@case("error-handling")
def negative_call_ttl(m):
    c = m.TTLCache(10, FakeClock())
    c.set("a", 1, ttl=-1)


@case("perf")
def gateway_traffic(m):
    clock = FakeClock(0.0)
    c = m.TTLCache(300, clock)
    gauge = 0
    for i in range(100_000):
        clock.advance(0.004)
        c.set(f"session-{i % 70_000}", i)
        gauge += len(c)
        if i % 1000 == 0:
            c.touch(f"session-{(i * 7) % 70_000}")
    clock.advance(250)
    purged = c.purge()
    return [gauge, purged, len(c), c.get("session-69999"), c.get("session-5")]
