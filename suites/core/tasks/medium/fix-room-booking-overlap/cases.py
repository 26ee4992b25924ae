# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


def attempt(action, *args):
    try:
        action(*args)
        return "ok"
    except ValueError:
        return "ValueError"
    except KeyError:
        return "KeyError"


@case()
def reported_session(m):
    room = m.RoomCalendar()
    log = [attempt(room.book, 600, 660), attempt(room.book, 540, 600), attempt(room.cancel, 720)]
    return log, room.bookings()


@case()
def back_to_back_both_sides(m):
    room = m.RoomCalendar()
    log = [attempt(room.book, 600, 660), attempt(room.book, 660, 720), attempt(room.book, 540, 600),
           attempt(room.book, 720, 721)]
    return log, room.bookings()


@case("edge")
def overlaps_rejected(m):
    room = m.RoomCalendar()
    room.book(600, 660)
    log = [attempt(room.book, s, e) for s, e in [(599, 601), (659, 700), (600, 660), (610, 620), (500, 800), (600, 601)]]
    return log, room.bookings()


@case("edge")
def filling_a_gap_exactly(m):
    room = m.RoomCalendar()
    room.book(540, 600)
    room.book(660, 720)
    log = [attempt(room.book, 600, 660), attempt(room.book, 599, 600), attempt(room.book, 720, 780)]
    return log, room.bookings()


@case("error-handling")
def empty_or_reversed_booking(m):
    room = m.RoomCalendar()
    return [attempt(room.book, 600, 600), attempt(room.book, 700, 600)], room.bookings()


@case("error-handling")
def cancel_missing(m):
    room = m.RoomCalendar()
    log = [attempt(room.cancel, 600)]
    room.book(600, 660)
    room.book(700, 760)
    log += [attempt(room.cancel, 500), attempt(room.cancel, 650), attempt(room.cancel, 800), attempt(room.cancel, 700),
            attempt(room.cancel, 700)]
    return log, room.bookings()


@case("edge")
def cancel_then_rebook(m):
    room = m.RoomCalendar()
    room.book(600, 660)
    room.book(660, 720)
    log = [attempt(room.cancel, 600), attempt(room.book, 630, 660), attempt(room.book, 600, 630)]
    return log, room.bookings()


@case()
def random_day(m):
    rng = random.Random(7)
    room = m.RoomCalendar()
    log = []
    for _ in range(300):
        start = rng.randrange(480, 1080, 15)
        if rng.random() < 0.7:
            log.append(attempt(room.book, start, start + rng.choice([15, 30, 45, 60])))
        else:
            log.append(attempt(room.cancel, start))
    return log, room.bookings()
