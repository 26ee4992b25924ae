# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio

from pyarena_cases import case


async def ticks(n):
    for _ in range(n):
        await asyncio.sleep(0)


class Tracker:
    """A handler that waits `job[1]` loop turns and records what happens."""

    def __init__(self):
        self.log = []
        self.in_flight = 0
        self.peak = 0

    async def __call__(self, job):
        name, turns = job
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        self.log.append(("start", name))
        try:
            await ticks(turns)
            if name.startswith("bad"):
                raise {"bad-io": OSError, "bad-key": KeyError}.get(name, RuntimeError)(name)
            return name.upper()
        finally:
            self.in_flight -= 1
            self.log.append(("end", name))


@case()
def results_in_input_order(m):
    tracker = Tracker()
    jobs = [("a", 5), ("b", 0), ("c", 3), ("d", 1), ("e", 4), ("f", 2)]
    return asyncio.run(m.run_jobs(jobs, tracker, 2)), tracker.peak


@case()
def concurrency_is_bounded_and_jobs_start_in_order(m):
    tracker = Tracker()
    jobs = [(f"j{i}", (i * 7) % 5) for i in range(14)]
    result = asyncio.run(m.run_jobs(jobs, tracker, 3))
    return result, tracker.peak, [name for kind, name in tracker.log if kind == "start"]


@case()
def free_slot_is_reused_immediately(m):
    tracker = Tracker()
    jobs = [("long", 30), ("s1", 1), ("s2", 1), ("s3", 1), ("s4", 1)]
    asyncio.run(m.run_jobs(jobs, tracker, 2))
    return tracker.log[: tracker.log.index(("end", "long"))]


@case("error-handling")
def failures_are_reported_per_job(m):
    tracker = Tracker()
    jobs = [("ok1", 2), ("bad-io", 1), ("ok2", 0), ("bad-key", 3), ("bad", 0), ("ok3", 1)]
    return asyncio.run(m.run_jobs(jobs, tracker, 2)), tracker.in_flight


@case("error-handling")
def zero_concurrency(m):
    return asyncio.run(m.run_jobs([("a", 0)], Tracker(), 0))


@case("error-handling")
def negative_concurrency_even_without_jobs(m):
    return asyncio.run(m.run_jobs([], Tracker(), -2))


@case("edge")
def no_jobs(m):
    return asyncio.run(m.run_jobs([], Tracker(), 4))


@case("edge")
def concurrency_one_is_sequential(m):
    tracker = Tracker()
    result = asyncio.run(m.run_jobs([("x", 2), ("y", 0), ("z", 1)], tracker, 1))
    return result, tracker.log


@case("edge")
def more_slots_than_jobs_generator_input_default_limit(m):
    tracker = Tracker()
    gen = ((f"g{i}", 3 - i) for i in range(3))
    first = asyncio.run(m.run_jobs(gen, tracker, 50))
    tracker2 = Tracker()
    second = asyncio.run(m.run_jobs([(f"d{i}", i % 4) for i in range(25)], tracker2))
    return first, tracker.peak, second, tracker2.peak


@case("edge")
def none_results_are_kept(m):
    async def returns_none(job):
        await ticks(job)
        return None

    return asyncio.run(m.run_jobs([2, 0, 1], returns_none, 2))


@case("perf")
def thumbnail_backlog(m):
    n = 15_000
    gates = None
    finished = []

    async def render(job):
        await gates[job]
        finished.append(job)
        if job % 997 == 5:
            raise MemoryError(job)
        return job % 61

    async def open_one_gate_per_turn():
        for gate in gates:
            gate.set_result(None)
            await asyncio.sleep(0)

    async def main():
        nonlocal gates
        loop = asyncio.get_running_loop()
        gates = [loop.create_future() for _ in range(n)]
        driver = asyncio.ensure_future(open_one_gate_per_turn())
        result = await m.run_jobs(range(n), render, 4_000)
        await driver
        return result

    result = asyncio.run(main())
    return (
        len(result),
        sum(value for status, value in result if status == "ok"),
        [i for i, (status, _) in enumerate(result) if status != "ok"],
        finished == list(range(n)),
        result[-2:],
    )
