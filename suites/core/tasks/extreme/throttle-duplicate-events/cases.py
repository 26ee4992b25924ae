# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import itertools

from pyarena_cases import case


def run(m, events, window):
    return list(m.throttle_events(events, window))


@case()
def basic_throttling(m):
    ev = [(0, "disk", 1), (1, "cpu", 2), (2, "disk", 3), (5, "disk", 4), (9.5, "disk", 5), (10, "disk", 6)]
    return run(m, ev, 10)


@case("edge")
def exact_window_boundary(m):
    ev = [(1.5, "a", "x"), (4.0, "a", "y"), (4.5, "a", "z"), (7.5, "a", "w")]
    return run(m, ev, 3)


@case("edge")
def dropped_events_do_not_extend(m):
    ev = [(t, "k", t) for t in range(0, 30, 2)]
    return run(m, ev, 5)


@case("edge")
def equal_timestamps_and_keys_of_any_type(m):
    ev = [(3, ("db", 1), "a"), (3, ("db", 1), "b"), (3, ("db", 2), "c"), (3, None, "d"), (3, "ü", "e"), (3, None, "f")]
    return run(m, ev, 0.5)


@case("edge")
def yields_the_same_objects(m):
    ev = [(0, "a", []), (0.1, "b", {})]
    return [x is y for x, y in zip(m.throttle_events(ev, 1), ev)]


@case("edge")
def empty_stream(m):
    return run(m, [], 1)


@case("error-handling")
def time_going_backwards(m):
    out = []
    try:
        for e in m.throttle_events([(5, "a", 1), (6, "b", 2), (5.5, "c", 3), (7, "d", 4)], 1):
            out.append(e[2])
    except ValueError:
        out.append("ValueError")
    return out


@case("error-handling")
def bad_window(m):
    out = []
    for w in (0, -1, True, "5", float("nan")):
        try:
            m.throttle_events(itertools.count(), w)
            out.append("no error")
        except ValueError:
            out.append("ValueError")
    return out


@case("edge")
def endless_stream_is_lazy(m):
    ev = ((i * 0.5, i % 3, i) for i in itertools.count())
    return list(itertools.islice(m.throttle_events(ev, 2), 8))


class Fingerprint:
    """An alert key that carries a large captured stack trace."""

    __slots__ = ("alert_id", "trace")

    def __init__(self, alert_id):
        self.alert_id = alert_id
        self.trace = bytes(10_000)

    def __hash__(self):
        return hash(self.alert_id)

    def __eq__(self, other):
        return isinstance(other, Fingerprint) and self.alert_id == other.alert_id


@case("perf")
def unbounded_distinct_keys(m):
    def events():
        for i in range(120_000):
            yield (i * 0.25, Fingerprint(i), None)  # ~1.2 GB of keys in total, all distinct

    count = 0
    for _ in m.throttle_events(events(), 2.0):
        count += 1
    return count


@case("perf")
def burst_within_one_window(m):
    def events():
        for i in range(150_000):
            yield (i * 0.001, (i * 7919) % 6000, i)

    kept = [e[2] for e in m.throttle_events(events(), 20)]
    return len(kept), sum(kept), kept[-5:]
