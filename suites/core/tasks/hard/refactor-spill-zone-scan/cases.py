# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def two_zones_and_noise(m):
    grid = [
        "WW....W.",
        "W...~...",
        "..WWW...",
        "....W..W",
        "W.......",
    ]
    return m.spill_zones(grid)


@case()
def ordering_by_size_then_position(m):
    grid = [
        "WWW.WWW",
        ".......",
        "WW.WW.W",
        "W...W.W",
        "......W",
    ]
    return m.spill_zones(grid)


@case("edge")
def standing_water_alone_counts(m):
    return [m.spill_zones(["~"]), m.spill_zones(["W"]), m.spill_zones(["W~", ".."]), m.spill_zones(["WW", ".."])]


@case("edge")
def diagonal_is_not_connected(m):
    return m.spill_zones(["W.W", ".W.", "W.W", "WW."])


@case("edge")
def empty_and_dry(m):
    return [m.spill_zones([]), m.spill_zones(["....", "...."]), m.spill_zones([""])]


@case("edge")
def zone_touching_all_edges(m):
    return m.spill_zones(["WWWW", "W..W", "W~.W", "WWWW"])


@case("error-handling")
def ragged_rows(m):
    return m.spill_zones(["WW", "W"])


@case("error-handling")
def unknown_character(m):
    return m.spill_zones(["W.", ".x"])


@case("perf")
def data_centre_floor(m):
    rng = random.Random(7)
    size = 450
    grid = ["".join(rng.choices(".W~", weights=(30, 69, 1), k=size)) for _ in range(size)]
    zones = m.spill_zones(grid)
    return [len(zones), zones[:10], sum(z[0] for z in zones), sum(1 for z in zones if z[1])]
