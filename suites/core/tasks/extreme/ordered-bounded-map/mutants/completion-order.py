# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def bounded_map(fn, items, *, workers, max_in_flight):
    if workers < 1 or max_in_flight < 1:
        raise ValueError("workers and max_in_flight must be positive")
    return _gen(fn, iter(items), workers, max_in_flight)


def _gen(fn, it, workers, max_in_flight):
    pool = ThreadPoolExecutor(max_workers=workers)
    pending = set()
    done_input = False
    try:
        while True:
            while not done_input and len(pending) < max_in_flight:
                try:
                    pending.add(pool.submit(fn, next(it)))
                except StopIteration:
                    done_input = True
            if not pending:
                return
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for f in done:
                yield f.result()
    finally:
        for f in pending:
            f.cancel()
        pool.shutdown(wait=True)
