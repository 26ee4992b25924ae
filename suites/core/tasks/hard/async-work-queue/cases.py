# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio

from pyarena_cases import case


async def ticks(n):
    for _ in range(n):
        await asyncio.sleep(0)


class Probe:
    """A source and a handler that record how far the producer runs ahead and how many run."""

    def __init__(self, items, produce_ticks=0, handle_ticks=None, fail=()):
        self.items = items
        self.produce_ticks = produce_ticks
        self.handle_ticks = handle_ticks or (lambda item: 1)
        self.fail = set(fail)
        self.read = 0
        self.taken = 0
        self.max_ahead = 0
        self.running = 0
        self.max_running = 0

    async def source(self):
        for item in self.items:
            await ticks(self.produce_ticks)
            self.read += 1
            self.max_ahead = max(self.max_ahead, self.read - self.taken)
            yield item

    async def handler(self, item):
        self.taken += 1
        self.running += 1
        self.max_running = max(self.max_running, self.running)
        try:
            await ticks(self.handle_ticks(item))
            if item in self.fail:
                raise ValueError(f"bad item {item!r}")
            return f"{item}:ok"
        finally:
            self.running -= 1


def run(m, probe, workers, max_pending):
    async def main():
        result = await m.process_stream(probe.source(), probe.handler, workers=workers, max_pending=max_pending)
        leftover = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        return result, len(leftover)
    result, leftover = asyncio.run(main())
    shown = [r if isinstance(r, str) else ("error", type(r).__name__, str(r)) for r in result]
    return shown, leftover


@case()
def results_in_source_order(m):
    probe = Probe(list("abcdefg"), handle_ticks=lambda item: 7 - "abcdefg".index(item))
    return run(m, probe, workers=3, max_pending=2)


@case()
def concurrency_is_bounded_by_workers(m):
    probe = Probe(list(range(20)), handle_ticks=lambda item: 3 + item % 4)
    result = run(m, probe, workers=4, max_pending=10)
    return result, probe.max_running


@case()
def producer_respects_max_pending(m):
    probe = Probe(list(range(30)), handle_ticks=lambda item: 5)
    result = run(m, probe, workers=2, max_pending=3)
    return result, 1 <= probe.max_ahead <= 2 + 3 + 1, probe.max_running


@case("error-handling")
def handler_failures_become_entries(m):
    probe = Probe([1, 2, 3, 4, 5, 6], fail={2, 5})
    return run(m, probe, workers=2, max_pending=2)


@case("error-handling")
def source_failure_propagates(m):
    state = {"cancelled": 0}

    async def source():
        for i in range(5):
            yield i
            await ticks(1)
        raise ConnectionError("stream reset")

    async def handler(item):
        try:
            await ticks(50)
        except asyncio.CancelledError:
            state["cancelled"] += 1
            raise
        return item

    async def main():
        try:
            await m.process_stream(source(), handler, workers=3, max_pending=10)
        except ConnectionError as exc:
            leftover = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            return str(exc), len(leftover), state["cancelled"]
        return "no error"
    return asyncio.run(main())


@case("edge")
def empty_source(m):
    return run(m, Probe([]), workers=3, max_pending=1)


@case("edge")
def single_worker_single_slot(m):
    probe = Probe(["x", "y", "z"], produce_ticks=2)
    result = run(m, probe, workers=1, max_pending=1)
    return result, probe.max_running


@case("edge")
def more_workers_than_items(m):
    probe = Probe(["only"])
    return run(m, probe, workers=50, max_pending=5)


@case("error-handling")
def invalid_sizes(m):
    out = []
    for workers, pending in [(0, 1), (1, 0), (-2, 4)]:
        try:
            asyncio.run(m.process_stream(Probe([1]).source(), Probe([1]).handler, workers=workers, max_pending=pending))
            out.append("ok")
        except ValueError:
            out.append("ValueError")
    return out


@case("perf")
def slow_source_many_idle_workers(m):
    probe = Probe(list(range(4_000)), produce_ticks=2, handle_ticks=lambda item: 1)
    (result, leftover) = run(m, probe, workers=1_000, max_pending=50)
    return len(result), result[:3], result[-3:], leftover, probe.max_running
