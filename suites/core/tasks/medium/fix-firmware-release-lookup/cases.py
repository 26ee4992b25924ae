# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case

RELEASES = [(1000, "2.0.0"), (1800, "2.1.0"), (2400, "3.0.0"), (3100, "3.1.0")]


@case()
def reported_lookups(m):
    return [m.compatible_release(RELEASES, 1900), m.compatible_release(RELEASES, 2500)]


@case()
def every_region(m):
    return [m.compatible_release(RELEASES, b) for b in (999, 1000, 1001, 1799, 1800, 2399, 2400, 3099, 3100, 10**6)]


@case("edge")
def no_releases(m):
    return m.compatible_release([], 1200)


@case("edge")
def single_release(m):
    one = [(500, "1.0.0")]
    return [m.compatible_release(one, 499), m.compatible_release(one, 500), m.compatible_release(one, 501)]


@case("edge")
def shared_min_build_prefers_later(m):
    releases = [(100, "a"), (200, "b1"), (200, "b2"), (200, "b3"), (300, "c")]
    return [m.compatible_release(releases, 200), m.compatible_release(releases, 299), m.compatible_release(releases, 199)]


@case("edge")
def all_same_min_build(m):
    releases = [(700, "r1"), (700, "r2"), (700, "r3")]
    return [m.compatible_release(releases, 699), m.compatible_release(releases, 700)]


@case("edge")
def two_releases(m):
    releases = [(10, "x"), (20, "y")]
    return [m.compatible_release(releases, b) for b in (9, 10, 15, 20, 21)]


@case()
def random_catalogue(m):
    rng = random.Random(7)
    builds = sorted(rng.randrange(0, 5000) for _ in range(300))
    releases = [(b, f"v{i}") for i, b in enumerate(builds)]
    return [m.compatible_release(releases, rng.randrange(-10, 5100)) for _ in range(400)]


@case("perf")
def many_check_ins(m):
    rng = random.Random(11)
    releases = [(b * 3, f"v{b}") for b in range(100_000)]
    hits = 0
    for _ in range(10_000):
        version = m.compatible_release(releases, rng.randrange(-5, 300_010))
        hits += version is not None
    return hits
