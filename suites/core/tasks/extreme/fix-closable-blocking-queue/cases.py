# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import threading
import time

from pyarena_cases import case


def outcome(call):
    try:
        return ("ok", call())
    except Exception as exc:  # the exception class name is the observation
        return ("raised", type(exc).__name__)


def in_thread(fn):
    box = {}

    def run():
        box["result"] = outcome(fn)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t, box


@case()
def fifo_order(m):
    q = m.BoundedQueue(5)
    for x in ["a", "b", "ç"]:
        q.put(x)
    return [q.get(), q.get(), len(q), q.get()]


@case("error-handling")
def put_times_out_on_full_queue(m):
    q = m.BoundedQueue(2)
    q.put(1)
    q.put(2)
    return outcome(lambda: q.put(3, timeout=0.05)), len(q), outcome(lambda: q.put(4, timeout=0)), len(q)


@case("error-handling")
def get_times_out_on_empty_queue(m):
    q = m.BoundedQueue(2)
    return outcome(lambda: q.get(timeout=0.05)), outcome(lambda: q.get_batch(3, timeout=0))


@case()
def blocked_put_resumes_when_space_frees(m):
    q = m.BoundedQueue(1)
    q.put("first")
    t, box = in_thread(lambda: q.put("second", timeout=5))
    time.sleep(0.05)
    got = q.get()
    t.join(5)
    return got, box.get("result"), q.get(timeout=1), len(q)


@case("error-handling")
def close_wakes_blocked_consumers(m):
    q = m.BoundedQueue(3)
    workers = [in_thread(lambda: q.get()) for _ in range(3)]
    time.sleep(0.05)
    q.close()
    deadline = time.monotonic() + 2
    for t, _ in workers:
        t.join(max(0.01, deadline - time.monotonic()))
    return [t.is_alive() for t, _ in workers], [box.get("result") for _, box in workers]


@case("error-handling")
def close_wakes_blocked_producers(m):
    q = m.BoundedQueue(1)
    q.put(0)
    t, box = in_thread(lambda: q.put(1))
    time.sleep(0.05)
    q.close()
    t.join(2)
    return t.is_alive(), box.get("result"), len(q)


@case("edge")
def closed_queue_drains_then_raises(m):
    q = m.BoundedQueue(4)
    for x in range(3):
        q.put(x)
    q.close()
    return [outcome(lambda: q.put(9)), outcome(q.get), outcome(lambda: q.get_batch(10)),
            outcome(q.get), outcome(lambda: q.get(timeout=0))]


@case("edge")
def batches(m):
    q = m.BoundedQueue(10)
    for x in range(7):
        q.put(x)
    return q.get_batch(3), q.get_batch(10), outcome(lambda: q.get_batch(0)), len(q)


@case("error-handling")
def bad_capacity(m):
    return [outcome(lambda: m.BoundedQueue(c)) for c in (0, -1, 1.5, True)]


@case()
def producers_and_consumers(m):
    q = m.BoundedQueue(8)
    total = []
    lock = threading.Lock()

    def produce(base):
        for i in range(300):
            q.put(base + i)

    def consume():
        got = 0
        while True:
            try:
                got += sum(q.get_batch(5))
            except m.Closed:
                break
        with lock:
            total.append(got)

    producers = [threading.Thread(target=produce, args=(k * 1000,), daemon=True) for k in range(4)]
    consumers = [threading.Thread(target=consume, daemon=True) for _ in range(3)]
    for t in producers + consumers:
        t.start()
    for t in producers:
        t.join(10)
    q.close()
    deadline = time.monotonic() + 2
    for t in consumers:
        t.join(max(0.01, deadline - time.monotonic()))
    return sum(total), len(total), len(q)


@case("perf")
def deep_backlog(m):
    q = m.BoundedQueue(400_000)
    for i in range(400_000):
        q.put(i)
    checksum = 0
    batches = 0
    while len(q):
        batch = q.get_batch(500)
        checksum = (checksum * 31 + batch[0] + batch[-1]) % 1_000_003
        batches += 1
    return batches, checksum
