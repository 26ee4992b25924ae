# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio

from pyarena_cases import case


class Backend:
    """A fake backend: behaviour per key, a call log and a concurrency gauge."""

    def __init__(self, plan=None, delay=0.0):
        self.plan = plan or {}
        self.delay = delay
        self.calls = []
        self.active = 0
        self.peak = 0
        self.cancelled = 0

    async def __call__(self, key):
        self.calls.append(key)
        self.active += 1
        self.peak = max(self.peak, self.active)
        try:
            if key not in self.plan:
                await asyncio.sleep(self.delay)
            step = self.plan.get(key)
            if isinstance(step, list):
                step = step.pop(0) if step else None
            if step == "hang":
                await asyncio.sleep(30)
            if isinstance(step, BaseException):
                raise step
            return key.upper()
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        finally:
            self.active -= 1


def describe(eg):
    return [(type(e).__name__, str(e), list(getattr(e, "__notes__", []))) for e in eg.exceptions]


@case()
def distinct_keys_in_first_order(m):
    b = Backend()
    out = asyncio.run(m.fetch_all(["b", "a", "b", "ç", "a"], b, limit=2, timeout=1))
    return list(out.items()), sorted(b.calls)


@case("edge")
def no_keys(m):
    b = Backend()
    return asyncio.run(m.fetch_all([], b, limit=1, timeout=1)), b.calls


@case()
def respects_the_limit(m):
    b = Backend(delay=0.005)
    out = asyncio.run(m.fetch_all([f"k{i}" for i in range(12)], b, limit=3, timeout=1))
    return len(out), b.peak <= 3, b.peak >= 2


@case()
def retries_transient_errors(m):
    b = Backend({"x": [ConnectionResetError("reset"), TimeoutError(), None], "y": [ConnectionError("down")]})
    out = asyncio.run(m.fetch_all(["x", "y", "x"], b, limit=4, timeout=1, retries=2))
    return list(out.items()), sorted(b.calls)


@case("error-handling")
def failures_become_a_flat_group(m):
    b = Backend({"bad": ValueError("corrupt"), "worse": [ConnectionError("a"), ConnectionError("b")], "fine": None})
    keys = ["worse", "fine", "bad", "worse", "ok"]
    try:
        asyncio.run(m.fetch_all(keys, b, limit=2, timeout=1, retries=1))
        return "returned"
    except ExceptionGroup as eg:
        return describe(eg), sorted(b.calls)


@case("error-handling")
def one_failure_does_not_cancel_others(m):
    b = Backend({"boom": KeyError("boom")}, delay=0.01)
    try:
        asyncio.run(m.fetch_all(["boom", "slow1", "slow2"], b, limit=3, timeout=1))
        return "returned"
    except ExceptionGroup as eg:
        return describe(eg), sorted(b.calls), b.cancelled


@case("error-handling")
def timeouts_are_per_attempt(m):
    b = Backend({"h": ["hang", "hang", None], "g": ["hang"]})
    out = asyncio.run(m.fetch_all(["h", "g"], b, limit=2, timeout=0.05, retries=2))
    return list(out.items()), sorted(b.calls), b.cancelled


@case("error-handling")
def timeout_exhausts_retries(m):
    b = Backend({"h": ["hang", "hang"]})
    try:
        asyncio.run(m.fetch_all(["h"], b, limit=1, timeout=0.05, retries=1))
        return "returned"
    except ExceptionGroup as eg:
        return describe(eg), b.calls


@case("error-handling")
def caller_cancellation_stops_fetches(m):
    b = Backend({"a": "hang", "b": "hang", "c": "hang"})

    async def main():
        try:
            await asyncio.wait_for(m.fetch_all(["a", "b", "c"], b, limit=2, timeout=20), 0.05)
            outcome = "returned"
        except TimeoutError:
            outcome = "TimeoutError"
        return outcome, b.active, b.cancelled, sorted(b.calls), len(asyncio.all_tasks()) - 1

    return asyncio.run(main())


@case("error-handling")
def invalid_arguments(m):
    out = []
    for kwargs in ({"limit": 0, "timeout": 1}, {"limit": 1, "timeout": 0}, {"limit": 1, "timeout": 1, "retries": -1}):
        b = Backend()
        try:
            asyncio.run(m.fetch_all(["a"], b, **kwargs))
            out.append("returned")
        except ValueError:
            out.append("ValueError")
        out.append(len(b.calls))
    return out


@case("perf")
def many_duplicate_keys(m):
    async def fetch(key):
        await asyncio.sleep(0)
        return sum(range(200)) + len(key)

    names = [f"user:{i}" for i in range(1500)]
    keys = [names[(i * 7919) % 1500] for i in range(400_000)]
    out = asyncio.run(m.fetch_all(keys, fetch, limit=50, timeout=5, retries=1))
    return len(out), sum(out.values()), list(out)[:3]
