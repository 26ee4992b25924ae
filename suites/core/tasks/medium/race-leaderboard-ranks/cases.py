# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def distinct_scores(m):
    return m.leaderboard([("ana", 300, 1200.0), ("bo", 500, 3000.0), ("cy", 400, 100.0)])


@case()
def time_breaks_score_ties(m):
    return m.leaderboard([("ana", 300, 1200.0), ("bo", 300, 900.5), ("cy", 300, 1500.0), ("di", 100, 10.0)])


@case("edge")
def shared_ranks_skip(m):
    return m.leaderboard([("eve", 200, 50.0), ("dan", 200, 50.0), ("fay", 100, 10.0), ("gus", 300, 99.0),
                          ("hal", 100, 10.0), ("ida", 100, 10.0), ("jo", 50, 1.0)])


@case("edge")
def same_score_different_time_is_not_a_tie(m):
    return m.leaderboard([("a", 100, 10.0), ("b", 100, 10.5), ("c", 100, 10.0)])


@case("edge")
def names_ignore_case_then_exact(m):
    return m.leaderboard([("bob", 10, 5.0), ("Zed", 10, 5.0), ("alice", 10, 5.0), ("Bob", 10, 5.0),
                          ("Émile", 10, 5.0), ("Straßa", 10, 5.0), ("strasse", 10, 5.0), ("STRASSE", 10, 5.0)])


@case("edge")
def negative_scores_and_zero_time(m):
    return m.leaderboard([("a", -5, 0.0), ("b", 0, 30.0), ("c", -5, 0.0), ("d", -10, 0)])


@case("edge")
def empty_and_single(m):
    return [m.leaderboard([]), m.leaderboard([("solo", 0, 0.0)])]


@case("error-handling")
def duplicate_player(m):
    return m.leaderboard([("ana", 1, 1.0), ("bo", 2, 2.0), ("ana", 3, 3.0)])


@case("error-handling")
def negative_time(m):
    return m.leaderboard([("ana", 1, 1.0), ("bo", 2, -0.5)])


@case()
def random_contest(m):
    rng = random.Random(7)
    results = [(f"p{i:03d}", rng.randrange(0, 6) * 100, float(rng.randrange(50, 60))) for i in range(200)]
    rng.shuffle(results)
    return m.leaderboard(results)
