# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from concurrent.futures import ThreadPoolExecutor


def bounded_map(fn, items, *, workers, max_in_flight):
    if workers < 1 or max_in_flight < 1:
        raise ValueError("workers and max_in_flight must be positive")

    def gen():
        with ThreadPoolExecutor(max_workers=workers) as pool:
            yield from pool.map(fn, items)

    return gen()
