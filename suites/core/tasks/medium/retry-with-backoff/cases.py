# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


class Flaky:
    """A callable that plays back a script of exceptions and return values."""

    def __init__(self, script):
        self.script = list(script)
        self.calls = 0

    def __call__(self):
        self.calls += 1
        item = self.script.pop(0)
        if isinstance(item, BaseException):
            raise item
        return item


def run(m, script, **kwargs):
    flaky = Flaky(script)
    delays = []
    result = m.retry_call(flaky, sleep=delays.append, **kwargs)
    return [result, delays, flaky.calls]


def failure(m, script, **kwargs):
    flaky = Flaky(script)
    delays = []
    try:
        m.retry_call(flaky, sleep=delays.append, **kwargs)
    except m.RetryError as error:
        cause = error.__cause__
        return [error.attempts, type(cause).__name__, str(cause), error.last_exception is cause,
                str(error.attempts) in str(error), delays, flaky.calls]
    return "no RetryError"


@case()
def first_call_succeeds(m):
    return run(m, ["ok"])


@case()
def succeeds_on_third(m):
    return run(m, [ConnectionError("reset"), TimeoutError("slow"), {"status": 200}], attempts=4)


@case()
def backoff_growth_and_cap(m):
    script = [OSError(str(i)) for i in range(5)] + ["done"]
    return run(m, script, attempts=6, base_delay=0.5, factor=3.0, max_delay=5.0)


@case("error-handling")
def gives_up_and_chains(m):
    return failure(m, [ConnectionError("a"), ConnectionError("b"), ConnectionError("c")],
                   base_delay=1, factor=2)


@case("error-handling")
def retry_error_propagates(m):
    return m.retry_call(Flaky([KeyError("k")]), attempts=1, sleep=lambda s: None)


@case("error-handling")
def single_attempt_never_sleeps(m):
    return failure(m, [TimeoutError("t")], attempts=1)


@case("error-handling")
def other_exceptions_propagate_immediately(m):
    flaky = Flaky([ConnectionError("x"), ValueError("bad payload"), "never"])
    delays = []
    try:
        m.retry_call(flaky, retry_on=(ConnectionError,), sleep=delays.append)
    except ValueError as error:
        return [type(error).__name__, str(error), delays, flaky.calls]
    return "no ValueError"


@case("edge")
def retry_on_subclasses(m):
    return run(m, [ConnectionResetError("r"), BrokenPipeError("p"), 42],
               retry_on=(ConnectionError,), base_delay=0.25)


@case("edge")
def falsy_result_is_a_success(m):
    return run(m, [TimeoutError(), None, "unused"])


@case("error-handling")
def zero_attempts(m):
    flaky = Flaky(["x"])
    return m.retry_call(flaky, attempts=0, sleep=lambda s: None)
