# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def back_to_back(m):
    return m.best_revenue([(540, 720, 100), (720, 900, 80)])


@case()
def weighted_choice(m):
    bookings = [(0, 60, 50), (30, 90, 120), (60, 120, 60), (90, 150, 40), (120, 180, 70), (0, 180, 200)]
    return m.best_revenue(bookings)


@case()
def chain_of_touching_slots(m):
    return m.best_revenue([(t, t + 30, 10 + t % 7) for t in range(0, 600, 30)] + [(0, 600, 150)])


@case("edge")
def empty_and_single(m):
    return [m.best_revenue([]), m.best_revenue([(5, 10, 42)])]


@case("edge")
def identical_and_nested(m):
    bookings = [(100, 200, 30), (100, 200, 35), (120, 150, 20), (150, 180, 20), (180, 200, 5)]
    return m.best_revenue(bookings)


@case("edge")
def zero_fee_and_same_end(m):
    return m.best_revenue([(0, 10, 0), (5, 10, 7), (0, 10, 6), (10, 20, 0), (10, 20, 3)])


@case("edge")
def input_order_and_not_modified(m):
    bookings = [(300, 400, 9), (0, 100, 5), (100, 300, 8), (50, 350, 20)]
    result = m.best_revenue(bookings)
    return [result, bookings]


@case("perf")
def busy_conference_centre(m):
    rng = random.Random(7)
    bookings = []
    for _ in range(50_000):
        start = rng.randrange(0, 1_000_000)
        bookings.append((start, start + rng.randint(15, 200_000), rng.randint(10, 500)))
    for t in range(0, 60_000, 30):
        bookings.append((t, t + 30, 3))
    return m.best_revenue(bookings)
