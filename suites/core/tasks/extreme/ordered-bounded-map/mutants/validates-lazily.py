# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import deque
from concurrent.futures import ThreadPoolExecutor


def bounded_map(fn, items, *, workers, max_in_flight):
    if workers < 1 or max_in_flight < 1:
        raise ValueError("workers and max_in_flight must be positive")
    it = iter(items)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        queue = deque()
        for item in it:
            queue.append(pool.submit(fn, item))
            if len(queue) >= max_in_flight:
                yield queue.popleft().result()
        while queue:
            yield queue.popleft().result()
