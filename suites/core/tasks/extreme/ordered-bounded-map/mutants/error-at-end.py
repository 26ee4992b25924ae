# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import deque
from concurrent.futures import ThreadPoolExecutor


def bounded_map(fn, items, *, workers, max_in_flight):
    if workers < 1 or max_in_flight < 1:
        raise ValueError("workers and max_in_flight must be positive")
    return _gen(fn, iter(items), workers, max_in_flight)


def _gen(fn, it, workers, max_in_flight):
    pool = ThreadPoolExecutor(max_workers=workers)
    pending = deque()
    first_error = None
    try:
        while True:
            while len(pending) < max_in_flight:
                try:
                    pending.append(pool.submit(fn, next(it)))
                except StopIteration:
                    break
            if not pending:
                break
            fut = pending.popleft()
            try:
                yield fut.result()
            except Exception as exc:  # keep going, report the first failure at the end
                if first_error is None:
                    first_error = exc
        if first_error is not None:
            raise first_error
    finally:
        for f in pending:
            f.cancel()
        pool.shutdown(wait=True)
