# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio

from pyarena_cases import case


class Gauge:
    def __init__(self):
        self.active = 0
        self.peak = 0
        self.started = []

    def job(self, name, delay=0.0, result=None, error=None):
        async def run():
            self.started.append(name)
            self.active += 1
            self.peak = max(self.peak, self.active)
            try:
                await asyncio.sleep(delay)
                if error is not None:
                    raise error
                return result if result is not None else name
            finally:
                self.active -= 1

        return run


def describe(results):
    return [
        (type(r).__name__, str(r)) if isinstance(r, BaseException) else r
        for r in results
    ]


def run(m, jobs, limit, **kw):
    async def main():
        return await asyncio.wait_for(m.run_jobs(jobs, limit, **kw), 3)

    try:
        return describe(asyncio.run(main()))
    except TimeoutError:
        return "hung"


@case()
def results_in_job_order(m):
    g = Gauge()
    jobs = [g.job(f"j{i}", delay=0.01 * (5 - i)) for i in range(5)]
    return run(m, jobs, 3), g.peak <= 3, g.peak >= 2


@case("edge")
def no_jobs(m):
    return run(m, [], 4)


@case("error-handling")
def failures_are_collected(m):
    g = Gauge()
    jobs = [g.job("a"), g.job("b", error=KeyError("b")), g.job("c", result=0), g.job("d", error=ValueError("bad d"))]
    return run(m, jobs, 4)


@case("error-handling")
def many_failures_do_not_block_the_rest(m):
    g = Gauge()
    jobs = [g.job(f"f{i}", error=RuntimeError(f"boom {i}")) for i in range(3)] + [g.job(f"ok{i}") for i in range(3)]
    return run(m, jobs, 2), sorted(g.started)


@case("error-handling")
def timeout_counts_only_running_time(m):
    g = Gauge()
    jobs = [g.job(f"slow{i}", delay=0.1) for i in range(5)]
    return run(m, jobs, 1, timeout=0.35), g.peak


@case("error-handling")
def hanging_job_times_out_and_frees_its_slot(m):
    g = Gauge()
    jobs = [g.job("stuck", delay=30), g.job("next", delay=0.01), g.job("last")]
    return run(m, jobs, 1, timeout=0.2), g.started


@case("error-handling")
def invalid_arguments(m):
    out = []
    for limit, kw in ((0, {}), (-1, {}), (2, {"timeout": 0}), (2, {"timeout": -3})):
        try:
            asyncio.run(m.run_jobs([], limit, **kw))
            out.append("ok")
        except ValueError:
            out.append("ValueError")
    return out


@case("perf")
def thousands_of_small_jobs(m):
    g = Gauge()
    jobs = [g.job(i, result=i * 2, error=ValueError(i) if i % 97 == 0 else None) for i in range(6000)]

    async def main():
        # limit=1: the rate-limited partner API only accepts one export at a time
        return await m.run_jobs(jobs, 1, timeout=5)

    results = asyncio.run(main())
    return sum(r for r in results if isinstance(r, int)), sum(isinstance(r, ValueError) for r in results), g.peak
