# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio
import itertools

from pyarena_cases import case


class Source:
    def __init__(self, iterable):
        self.it = iter(iterable)
        self.taken = 0

    def __iter__(self):
        return self

    def __next__(self):
        value = next(self.it)
        self.taken += 1
        return value


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def plus_one(x):
    return x + 1


async def collect(aiter):
    return [x async for x in aiter]


def others():
    return len(asyncio.all_tasks()) - 1


@case()
def two_stages(m):
    async def main():
        return sorted(await collect(m.run_pipeline(range(20), [double, plus_one], workers=3, queue_size=2)))

    return asyncio.run(main())


@case("edge")
def none_drops_items(m):
    async def keep_words(s):
        return s.strip().lower() or None

    async def main():
        src = ["Ünïcode", "  ", "", "b", "A "]
        out = await collect(m.run_pipeline(src, [keep_words], workers=2))
        return sorted(out), others()

    return asyncio.run(main())


@case("edge")
def empty_source(m):
    async def main():
        out = await collect(m.run_pipeline([], [double, double, double], workers=2, queue_size=3))
        return out, others()

    return asyncio.run(main())


@case("edge")
def falsy_results_are_kept(m):
    async def zero(x):
        return 0 if x % 2 else ""

    async def main():
        return sorted(map(str, await collect(m.run_pipeline(range(5), [zero]))))

    return asyncio.run(main())


@case()
def workers_run_concurrently(m):
    async def main():
        active = 0
        everyone = asyncio.Event()

        async def rendezvous(x):
            nonlocal active
            active += 1
            if active == 4:
                everyone.set()
            await asyncio.wait_for(everyone.wait(), 2)
            return x

        out = await collect(m.run_pipeline(range(8), [rendezvous], workers=4, queue_size=1))
        return sorted(out)

    return asyncio.run(main())


@case()
def source_is_read_lazily(m):
    async def main():
        src = Source(range(1000))
        pipe = m.run_pipeline(src, [double, plus_one, double], workers=2, queue_size=3)
        first = await pipe.__anext__()
        for _ in range(20):
            await asyncio.sleep(0)
        ahead = src.taken - 1
        await pipe.aclose()
        return isinstance(first, int), ahead <= 4 * (3 + 2), others()

    return asyncio.run(main())


@case("error-handling")
def stage_failure_propagates_and_cleans_up(m):
    async def picky(x):
        await asyncio.sleep(0)
        if x == 10:
            raise LookupError(f"no record {x}")
        return x

    async def main():
        src = Source(range(100_000))
        try:
            await collect(m.run_pipeline(src, [double, picky], workers=2, queue_size=2))
            outcome = "finished"
        except LookupError as exc:
            outcome = str(exc)
        return outcome, others(), src.taken < 100

    return asyncio.run(main())


@case("error-handling")
def invalid_arguments(m):
    out = []
    for stages, kwargs in (([], {}), ([double], {"workers": 0}), ([double], {"queue_size": 0})):
        try:
            m.run_pipeline(itertools.count(), stages, **kwargs)
            out.append("no error")
        except ValueError:
            out.append("ValueError")
    return out


@case("edge")
def early_close_cancels_everything(m):
    async def main():
        slow_started = 0

        async def slow(x):
            nonlocal slow_started
            slow_started += 1
            await asyncio.sleep(0.001)
            return x

        pipe = m.run_pipeline(itertools.count(), [slow, double], workers=3, queue_size=2)
        got = [await pipe.__anext__() for _ in range(5)]
        await pipe.aclose()
        before = slow_started
        await asyncio.sleep(0.02)
        return len(got), others(), slow_started == before

    return asyncio.run(main())


@case("perf")
def endless_source(m):
    async def main():
        pipe = m.run_pipeline(itertools.count(), [double, plus_one, double], workers=4, queue_size=8)
        total = 0
        count = 0
        async for value in pipe:
            total += value % 1000
            count += 1
            if count == 3000:
                break
        await pipe.aclose()
        return count, others()

    return asyncio.run(main())
