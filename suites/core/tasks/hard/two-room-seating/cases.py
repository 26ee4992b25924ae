# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def simple_chain(m):
    return m.assign_rooms(["ana", "ben", "cai", "dev"], [("ana", "ben"), ("cai", "ben"), ("cai", "dev")])


@case()
def first_listed_goes_to_a(m):
    people = ["zoe", "yan", "xia", "wim", "vic"]
    return m.assign_rooms(people, [("wim", "yan"), ("xia", "wim"), ("vic", "zoe")])


@case()
def odd_cycle_impossible(m):
    return m.assign_rooms(["a", "b", "c", "d"], [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])


@case("edge")
def no_conflicts(m):
    return [m.assign_rooms(["solo", "duo"], []), m.assign_rooms([], [])]


@case("edge")
def repeated_pairs(m):
    return m.assign_rooms(["p", "q", "r"], [("p", "q"), ("q", "p"), ("p", "q"), ("r", "q")])


@case("edge")
def self_conflict(m):
    return m.assign_rooms(["a", "b"], [("a", "b"), ("b", "b")])


@case("edge")
def even_cycle_and_later_merge(m):
    people = ["n1", "n2", "n3", "n4", "n5", "n6"]
    conflicts = [("n6", "n5"), ("n4", "n3"), ("n5", "n4"), ("n2", "n1"), ("n3", "n2"), ("n1", "n6")]
    return m.assign_rooms(people, conflicts)


@case("edge")
def unicode_names(m):
    return m.assign_rooms(["Åsa", "Øyvind", "Jürgen"], [("Jürgen", "Åsa")])


@case("error-handling")
def unknown_person(m):
    return m.assign_rooms(["a", "b"], [("a", "b"), ("b", "c")])


def big_session(seed, bipartite):
    rng = random.Random(seed)
    n = 30_000
    people = [f"cand-{i:05d}" for i in range(n)]
    side = [rng.random() < 0.5 for _ in range(n)]
    conflicts = []
    while len(conflicts) < 40_000:
        i, j = rng.randrange(n), rng.randrange(n)
        if side[i] != side[j]:
            conflicts.append((people[i], people[j]))
    if not bipartite:
        same = [i for i in range(n) if side[i]]
        conflicts.append((people[same[-1]], people[same[-2]]))
    return people, conflicts


@case("perf")
def large_session(m):
    people, conflicts = big_session(7, True)
    rooms = m.assign_rooms(people, conflicts)
    a_side = [i for i, p in enumerate(people) if rooms[p] == "A"]
    return [len(rooms), len(a_side), sum(a_side) % 1_000_003, a_side[:20]]


@case("perf")
def large_session_impossible(m):
    people, conflicts = big_session(11, False)
    return m.assign_rooms(people, conflicts)
