# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio

from pyarena_cases import case

# Probes either finish within a few event-loop turns or hang forever, so the
# outcome never depends on how fast the machine is.
SHORT = 0.3
LONG = 30.0


async def ticks(n):
    for _ in range(n):
        await asyncio.sleep(0)


def finishing(value, turns):
    async def probe():
        await ticks(turns)
        return value
    return probe


def hanging(name, log):
    async def probe():
        log.append(("open", name))
        try:
            await asyncio.get_running_loop().create_future()
        finally:
            log.append(("closed", name))
    return probe


def failing(exc, turns):
    async def probe():
        await ticks(turns)
        raise exc
    return probe


@case()
def results_follow_probe_order(m):
    probes = [finishing("db", 6), finishing("cache", 0), finishing("queue", 3), finishing("search", 1)]
    return asyncio.run(m.probe_all(probes, LONG))


@case()
def only_the_slow_probe_times_out(m):
    log = []
    probes = [finishing("db", 2), hanging("billing", log), finishing("cache", 0)]
    return asyncio.run(m.probe_all(probes, SHORT))


@case()
def timed_out_probes_are_cleaned_up_before_return(m):
    log = []

    async def main():
        probes = [hanging("a", log), finishing(1, 1), hanging("b", log), finishing(2, 4)]
        result = await m.probe_all(probes, SHORT)
        return result, sorted(log)

    return asyncio.run(main())


@case()
def slow_cleanup_is_awaited(m):
    state = {"closing": 0, "closed": 0}

    async def graceful():
        try:
            await asyncio.get_running_loop().create_future()
        except asyncio.CancelledError:
            state["closing"] += 1
            await ticks(5)  # say goodbye to the server first
            state["closed"] += 1
            raise

    async def main():
        result = await m.probe_all([graceful, finishing("x", 2), graceful], SHORT)
        return result, dict(state)

    return asyncio.run(main())


@case("error-handling")
def errors_are_reported_per_probe(m):
    probes = [
        failing(ConnectionRefusedError("no route"), 3),
        finishing({"status": "green"}, 1),
        failing(KeyError("missing"), 0),
        finishing([1, 2], 5),
    ]
    return asyncio.run(m.probe_all(probes, LONG))


@case("error-handling")
def error_timeout_and_success_mixed(m):
    log = []
    probes = [hanging("ldap", log), failing(ValueError("bad json"), 2), finishing(0, 0), hanging("smtp", log)]
    return asyncio.run(m.probe_all(probes, SHORT))


@case("edge")
def no_probes(m):
    return asyncio.run(m.probe_all([], SHORT))


@case("edge")
def none_is_a_valid_result(m):
    log = []
    return asyncio.run(m.probe_all([finishing(None, 1), hanging("x", log), finishing(None, 0)], SHORT))


@case("edge")
def every_probe_times_out(m):
    log = []

    async def main():
        result = await m.probe_all([hanging(i, log) for i in range(5)], SHORT)
        return result, sorted(log)

    return asyncio.run(main())


@case("perf")
def fleet_of_probes(m):
    n = 8_000
    gates = None

    def make(i):
        async def probe():
            await gates[i]
            if i % 1_000 == 999:
                raise ConnectionResetError(i)
            return i % 89
        return probe

    async def open_gates_one_per_turn():
        for gate in reversed(gates):
            if not gate.done():
                gate.set_result(None)
            await asyncio.sleep(0)

    async def main():
        nonlocal gates
        loop = asyncio.get_running_loop()
        gates = [loop.create_future() for _ in range(n)]
        driver = asyncio.ensure_future(open_gates_one_per_turn())
        result = await m.probe_all([make(i) for i in range(n)], LONG)
        await driver
        return result

    result = asyncio.run(main())
    return (
        len(result),
        sum(value for status, value in result if status == "ok"),
        [i for i, (status, _) in enumerate(result) if status != "ok"],
        result[:3],
        result[-3:],
    )
