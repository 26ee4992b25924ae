# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def one_shots_in_order(m):
    loop = m.TimerLoop()
    log = []
    loop.call_later(5, lambda: log.append(("b", loop.now)))
    loop.call_at(2, lambda: log.append(("a", loop.now)))
    loop.call_later(5, lambda: log.append(("c", loop.now)))
    loop.call_later(9, lambda: log.append(("late", loop.now)))
    ran = loop.advance(6)
    return ran, log, loop.now, loop.pending()


@case("edge")
def due_exactly_at_target_and_zero_advance(m):
    loop = m.TimerLoop(10)
    log = []
    loop.call_at(10, log.append, "now")
    loop.call_later(3, log.append, "three")
    first = loop.advance(0)
    second = loop.advance(3)
    return first, second, log, loop.now


@case()
def periodic_without_drift(m):
    loop = m.TimerLoop()
    ticks = []
    loop.call_every(2.5, lambda: ticks.append(loop.now))
    loop.advance(6)
    loop.advance(1)
    loop.advance(4.5)
    return ticks, loop.pending()


@case("edge")
def callbacks_schedule_and_cancel(m):
    loop = m.TimerLoop()
    log = []

    def first():
        log.append(("first", loop.now))
        loop.call_later(0, log.append, ("zero-delay", "x"))
        loop.call_later(1, lambda: log.append(("chained", loop.now)))
        loop.cancel(victim)

    loop.call_at(1, first)
    victim = loop.call_at(1.5, log.append, ("victim", 0))
    loop.call_at(1, log.append, ("same-time", 1))
    n = loop.advance(3)
    return n, log, loop.pending()


@case("edge")
def periodic_rescheduled_after_callback(m):
    loop = m.TimerLoop()
    log = []

    def tick():
        log.append(("tick", loop.now))
        loop.call_later(1, log.append, ("scheduled-in-tick", loop.now + 1))

    loop.call_every(1, tick)
    loop.advance(3)
    return log


@case("edge")
def cancel_results(m):
    loop = m.TimerLoop()
    log = []
    a = loop.call_later(1, log.append, "a")
    b = loop.call_every(1, log.append, "b")
    out = [loop.cancel(a), loop.cancel(a), loop.cancel(9999), loop.pending()]
    loop.advance(2)
    out += [loop.cancel(b), loop.cancel(b), loop.pending(), list(log)]
    c = loop.call_later(1, log.append, "c")
    loop.advance(1)
    out += [loop.cancel(c), list(log)]
    return out


@case("edge")
def periodic_cancels_itself(m):
    loop = m.TimerLoop()
    ticks = []

    def tick():
        ticks.append(loop.now)
        if len(ticks) == 3:
            loop.cancel(handle)

    handle = loop.call_every(0.25, tick)
    return loop.advance(10), ticks, loop.pending()


@case("error-handling")
def callback_error_propagates(m):
    loop = m.TimerLoop()
    log = []

    def boom():
        raise RuntimeError("boom")

    loop.call_at(1, log.append, 1)
    loop.call_every(2, boom)
    loop.call_at(3, log.append, 3)
    try:
        loop.advance(10)
        outcome = "no error"
    except RuntimeError:
        outcome = "RuntimeError"
    mid = (loop.now, list(log), loop.pending())
    ran = loop.advance(1)
    return outcome, mid, ran, log, loop.now, loop.pending()


@case("error-handling")
def invalid_arguments(m):
    loop = m.TimerLoop(5)
    out = []
    for call in (
        lambda: loop.call_later(-1, print),
        lambda: loop.call_at(4.99, print),
        lambda: loop.call_every(0, print),
        lambda: loop.call_every(-2, print),
        lambda: loop.advance(-0.5),
    ):
        try:
            call()
            out.append("ok")
        except ValueError:
            out.append("ValueError")
    return out, loop.pending(), loop.now


@case("perf")
def many_timers_and_cancellations(m):
    rng = random.Random(7)
    loop = m.TimerLoop()
    fired = []
    handles = [loop.call_at(rng.randrange(30_000), fired.append, i) for i in range(30_000)]
    for h in handles[::3]:
        loop.cancel(h)
    loop.call_every(97, fired.append, -1)
    ran = loop.advance(15_000)
    ran += loop.advance(20_000)
    return ran, len(fired), fired[:5], fired[-5:], sum(fired), loop.pending()
