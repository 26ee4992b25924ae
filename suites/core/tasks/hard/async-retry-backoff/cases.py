# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import asyncio

from pyarena_cases import case


class Flaky:
    """An operation that raises the given exceptions in turn, then returns a value."""

    def __init__(self, failures, value="ok", yields=True):
        self.failures = list(failures)
        self.yields = yields
        self.calls = 0
        self.value = value

    async def __call__(self):
        self.calls += 1
        if self.yields:
            await asyncio.sleep(0)
        if self.calls <= len(self.failures):
            raise self.failures[self.calls - 1]
        return self.value


def run(m, op, **kwargs):
    delays = []

    async def fake_sleep(seconds):
        delays.append(seconds)

    async def main():
        try:
            value = await m.retry(op, sleep=fake_sleep, **kwargs)
            return "returned", value
        except Exception as exc:
            # Only messages of the operation's own exceptions are compared.
            own = any(exc is failure for failure in getattr(op, "failures", ()))
            return "raised", type(exc).__name__, str(exc) if own else None

    return asyncio.run(main()), delays, getattr(op, "calls", None)


@case()
def succeeds_after_failures(m):
    op = Flaky([ConnectionError("a"), ConnectionError("b"), TimeoutError("c")], value=42)
    return run(m, op, attempts=5, base_delay=0.5, max_delay=10.0)


@case()
def delays_are_capped(m):
    op = Flaky([OSError(str(i)) for i in range(8)])
    return run(m, op, attempts=10, base_delay=1, max_delay=20)


@case("error-handling")
def gives_up_with_last_exception(m):
    op = Flaky([ConnectionError("first"), ConnectionError("second"), ConnectionError("third")])
    return run(m, op, attempts=3, base_delay=0.25, max_delay=1.0)


@case("error-handling")
def non_retryable_propagates_immediately(m):
    op = Flaky([ConnectionError("net"), KeyError("bug"), ConnectionError("net")])
    return run(m, op, attempts=5, base_delay=1, max_delay=8, retry_on=(ConnectionError,))


@case("error-handling")
def retry_on_matches_subclasses(m):
    op = Flaky([ConnectionResetError("reset"), BrokenPipeError("pipe")], value="done")
    return run(m, op, attempts=4, base_delay=2, max_delay=100, retry_on=(ConnectionError,))


@case("edge")
def single_attempt_never_sleeps(m):
    op = Flaky([ValueError("nope")])
    return run(m, op, attempts=1, base_delay=3, max_delay=3)


@case("edge")
def zero_base_delay(m):
    op = Flaky([OSError()] * 3, value=[1, 2])
    return run(m, op, attempts=4, base_delay=0, max_delay=0)


@case("error-handling")
def invalid_arguments(m):
    out = []
    for kwargs in [dict(attempts=0, base_delay=1, max_delay=2), dict(attempts=3, base_delay=-1, max_delay=2),
                   dict(attempts=3, base_delay=5, max_delay=2)]:
        op = Flaky([])
        out.append((run(m, op, **kwargs), op.calls))
    return out


@case("edge")
def thousands_of_float_attempts(m):
    op = Flaky([ConnectionError()] * 1_500, value="up")
    (outcome, delays, calls) = run(m, op, attempts=2_000, base_delay=0.01, max_delay=30.0)
    return outcome, calls, len(delays), delays[:12], delays[-3:], round(sum(delays), 6)


@case("perf")
def long_reconnect_loop(m):
    op = Flaky([ConnectionError()] * 99_999, value="connected", yields=False)
    (outcome, delays, calls) = run(m, op, attempts=250_000, base_delay=1, max_delay=300)
    return outcome, calls, len(delays), delays[:12], delays[-3:], sum(delays)
