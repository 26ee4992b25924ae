# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def weekly_quiz(m):
    return m.rank_players({"mia": 42, "leo": 37, "ava": 42, "zoe": 50, "ben": 37, "eve": 12})


@case()
def random_league(m):
    rng = random.Random(7)
    scores = {f"player{i:02d}": rng.randint(0, 8) for i in range(40)}
    return m.rank_players(scores)


@case("edge")
def empty(m):
    return m.rank_players({})


@case("edge")
def single_player(m):
    return m.rank_players({"solo": 3})


@case("edge")
def everyone_tied(m):
    return m.rank_players({"c": 5, "a": 5, "b": 5})


@case("edge")
def none_scores_excluded_but_zero_kept(m):
    return m.rank_players({"ann": None, "bob": 0, "cy": -3, "dee": None, "eli": 0})


@case("edge")
def float_and_int_ties(m):
    return m.rank_players({"x": 2.5, "y": 2, "z": 2.0, "w": 2.5})


@case("edge")
def names_sort_by_code_point(m):
    return m.rank_players({"bob": 1, "Bob": 1, "alice": 1, "Zed": 1, "émile": 1})
