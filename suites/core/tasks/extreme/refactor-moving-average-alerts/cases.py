# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import itertools
import random

from pyarena_cases import case


def run(m, readings, window, threshold):
    return list(m.sensor_alerts(iter(readings), window, threshold))


@case()
def one_sensor(m):
    vals = [1, 2, 9, 9, 9, 1, 1, 1, 9, 9]
    return run(m, [("t1", i, v) for i, v in enumerate(vals)], 3, 5)


@case("edge")
def equal_to_threshold_is_not_above(m):
    vals = [4, 6, 5, 5, 7, 5, 5]
    return run(m, [("s", i * 0.5, v) for i, v in enumerate(vals)], 2, 5)


@case("edge")
def waits_for_a_full_window(m):
    return run(m, [("s", 0, 100), ("s", 1, 100), ("s", 2, 100)], 3, 50), run(m, [("s", 0, 100)], 2, 0)


@case()
def sensors_are_independent(m):
    data = [("a", 0, 10), ("b", 0, 0), ("a", 1, 10), ("b", 1, 10), ("b", 2, 10), ("a", 2, 0), ("a", 3, 0), ("a", 4, 20)]
    return run(m, data, 2, 5)


@case("edge")
def negative_values_and_window_one(m):
    data = [("x", i, v) for i, v in enumerate([-5, -1, 2, -3, 4, 4, -7])]
    return run(m, data, 1, 0), run(m, data, 3, -2.5)


@case("error-handling")
def bad_window(m):
    out = []
    for w in (0, -2):
        try:
            m.sensor_alerts(itertools.count(), w, 1)
            out.append("ok")
        except ValueError:
            out.append("ValueError")
    return out


@case("edge")
def endless_stream(m):
    data = ((("p", "q")[i % 2], i, (i // 2) % 10) for i in itertools.count())
    return list(itertools.islice(m.sensor_alerts(data, 4, 5), 6))


@case()
def random_feed(m):
    rng = random.Random(12)
    data = [(rng.choice("abc"), i, rng.randrange(-50, 100)) for i in range(600)]
    return run(m, data, 5, 40)


@case("perf")
def wide_windows(m):
    rng = random.Random(7)
    values = [rng.randrange(1000) for _ in range(4096)]

    def feed():
        for i in range(100_000):
            yield ("north" if i % 2 else "south", i, values[i % 4096] + (i // 5000) * 7)

    alerts = list(m.sensor_alerts(feed(), 20_000, 560))
    return len(alerts), alerts[:3], alerts[-3:]
