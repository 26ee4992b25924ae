# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio

from pyarena_cases import case


async def ticks(n):
    for _ in range(n):
        await asyncio.sleep(0)


def tracked_jobs(durations):
    """Jobs that sleep for the given number of loop turns; returns (factories, stats)."""
    stats = {"created": 0, "finished": 0, "max_in_flight": 0, "start_order": []}

    def make(i, d):
        def factory():
            stats["created"] += 1
            stats["max_in_flight"] = max(stats["max_in_flight"], stats["created"] - stats["finished"])

            async def job():
                stats["start_order"].append(i)
                await ticks(d)
                stats["finished"] += 1
                return f"job-{i}"
            return job()
        return factory

    return [make(i, d) for i, d in enumerate(durations)], stats


@case()
def results_in_input_order(m):
    factories, _ = tracked_jobs([5, 1, 3, 0, 2, 4])
    return asyncio.run(m.gather_limited(factories, 2))


@case()
def never_more_than_limit_in_flight(m):
    factories, stats = tracked_jobs([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])
    result = asyncio.run(m.gather_limited(factories, 3))
    return result, stats["max_in_flight"], stats["start_order"]


@case()
def refills_slots_without_waiting_for_batch(m):
    durations = [50, 1, 1, 1, 1, 1]
    log = []

    def make(i, d):
        async def job():
            log.append(("start", i))
            await ticks(d)
            log.append(("end", i))
            return i
        return lambda: job()

    asyncio.run(m.gather_limited([make(i, d) for i, d in enumerate(durations)], 2))
    first_end = log.index(("end", 0))
    return sorted(i for kind, i in log[:first_end] if kind == "start")


@case()
def accepts_generator_and_plain_awaitables(m):
    async def value(x):
        await asyncio.sleep(0)
        return x * x

    gen = ((lambda x=x: value(x)) for x in range(7))
    return asyncio.run(m.gather_limited(gen, 3))


@case("edge")
def limit_larger_than_job_count(m):
    factories, stats = tracked_jobs([2, 1, 1])
    return asyncio.run(m.gather_limited(factories, 100)), stats["max_in_flight"]


@case("edge")
def limit_one_is_sequential(m):
    factories, stats = tracked_jobs([2, 0, 3, 1])
    return asyncio.run(m.gather_limited(factories, 1)), stats["max_in_flight"], stats["start_order"]


@case("edge")
def no_jobs(m):
    return asyncio.run(m.gather_limited([], 4))


@case("error-handling")
def zero_limit(m):
    return asyncio.run(m.gather_limited([lambda: ticks(1)], 0))


@case("error-handling")
def failure_cancels_running_jobs(m):
    state = {}

    async def slow(name):
        state[name] = "running"
        try:
            await ticks(40)
            state[name] = "completed"
        except asyncio.CancelledError:
            state[name] = "cancelled"
            raise

    async def boom():
        await ticks(3)
        raise LookupError("backend said no")

    factories = [lambda: slow("a"), lambda: boom(), lambda: slow("b")]

    async def main():
        try:
            await m.gather_limited(factories, 2)
        except LookupError as exc:
            return "raised", str(exc), state.get("a")
        return "returned", None, state.get("a")

    return asyncio.run(main())


@case("perf")
def many_jobs_high_limit(m):
    n = 12_000
    events = None
    done = []

    def make(i):
        async def job():
            await events[i].wait()
            done.append(i)
            return i % 97
        return job

    async def release_one_per_turn():
        # Jobs are released strictly one after another, one per event-loop turn.
        for event in events:
            event.set()
            await asyncio.sleep(0)

    async def main():
        nonlocal events
        events = [asyncio.Event() for _ in range(n)]
        driver = asyncio.ensure_future(release_one_per_turn())
        result = await m.gather_limited((make(i) for i in range(n)), 4_000)
        await driver
        return result

    result = asyncio.run(main())
    return len(result), sum(result), result[:5], result[-5:], done == list(range(n))
