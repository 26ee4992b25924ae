# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case

DAY = (540, 1080)  # 9:00 - 18:00


@case()
def two_attendees(m):
    ana = [(600, 660), (780, 840)]
    ben = [(540, 570), (630, 720), (1020, 1080)]
    return m.free_slots([ana, ben], *DAY, 30)


@case()
def unsorted_and_overlapping(m):
    ana = [(900, 960), (600, 700), (650, 720)]
    ben = [(610, 615), (930, 1000)]
    return m.free_slots([ana, ben], *DAY, 15)


@case("edge")
def minimum_length_is_inclusive(m):
    return [m.free_slots([[(570, 1050)]], *DAY, 30), m.free_slots([[(570, 1050)]], *DAY, 31)]


@case("edge")
def back_to_back_meetings(m):
    return m.free_slots([[(600, 630), (540, 600)], [(630, 700)]], *DAY, 1)


@case("edge")
def contained_meeting(m):
    return m.free_slots([[(600, 900)], [(620, 640)], [(700, 710)]], *DAY, 1)


@case("edge")
def meetings_outside_the_day(m):
    early = [(420, 560), (0, 100)]
    late = [(1060, 1200), (1100, 1300)]
    return [m.free_slots([early, late], *DAY, 10), m.free_slots([[(1200, 1300)], [(300, 400)]], *DAY, 10)]


@case("edge")
def nobody_or_empty_calendars(m):
    return [m.free_slots([], *DAY, 60), m.free_slots([[], []], *DAY, 60), m.free_slots([[]], 0, 1, 1)]


@case("edge")
def fully_booked(m):
    return [m.free_slots([[(500, 800)], [(800, 1100)]], *DAY, 1), m.free_slots([[(540, 1080)]], *DAY, 1)]


@case("error-handling")
def empty_busy_interval(m):
    return m.free_slots([[(600, 660)], [(700, 700)]], *DAY, 15)


@case("error-handling")
def reversed_busy_interval(m):
    return m.free_slots([[(660, 600)]], *DAY, 15)


@case("error-handling")
def bad_day_or_length(m):
    errors = []
    for args in [(600, 600, 10), (700, 600, 10), (540, 1080, 0), (540, 1080, -5)]:
        try:
            m.free_slots([[(600, 660)]], *args)
        except ValueError:
            errors.append("ValueError")
    return errors


@case()
def random_team(m):
    rng = random.Random(7)
    team = []
    for _ in range(6):
        calendar = []
        for _ in range(rng.randrange(0, 6)):
            start = rng.randrange(420, 1140, 5)
            calendar.append((start, start + rng.choice([15, 30, 45, 60, 90])))
        team.append(calendar)
    return [m.free_slots(team, *DAY, length) for length in (5, 30, 60)]
