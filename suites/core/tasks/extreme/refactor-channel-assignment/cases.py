# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


def _try(fn):
    try:
        return ("ok", fn())
    except Exception as exc:  # the error type is part of the behaviour to keep
        return type(exc).__name__


@case()
def small_network(m):
    tx = ["north", "south", "east", "west", "centre"]
    pairs = [("north", "centre"), ("south", "centre"), ("east", "centre"), ("west", "centre"), ("north", "east")]
    return [m.assign_channels(tx, 6, pairs, 2), m.assign_channels(tx, 8, pairs, 3), m.assign_channels(tx, 4, pairs, 3)]


@case()
def fixed_channels(m):
    tx = ["a", "b", "c", "d"]
    pairs = [("a", "b"), ("b", "c"), ("c", "d"), ("d", "a")]
    return [
        m.assign_channels(tx, 5, pairs, 2, {"b": 1}),
        m.assign_channels(tx, 5, pairs, 2, {"a": 3, "c": 3}),
        m.assign_channels(tx, 5, pairs, 2, {"a": 3, "b": 4}),
        m.assign_channels(tx, 5, pairs, 1, {}),
    ]


@case("edge")
def degenerate_inputs(m):
    return [
        m.assign_channels([], 1, [], 1),
        m.assign_channels(["solo"], 1, [], 5),
        m.assign_channels(["x", "y"], 1, [("x", "y")], 1),
        m.assign_channels(["x", "y"], 2, [("x", "y"), ("y", "x"), ("x", "y")], 1),
        m.assign_channels(["x", "y"], 3, [("x", "y")], 3),
        m.assign_channels(["ünï", "日本"], 4, [("日本", "ünï")], 3),
    ]


@case("error-handling")
def invalid_arguments(m):
    tx = ["a", "b"]
    return [
        _try(lambda: m.assign_channels(tx, 0, [], 1)),
        _try(lambda: m.assign_channels(tx, 3, [], 0)),
        _try(lambda: m.assign_channels(["a", "a"], 3, [], 1)),
        _try(lambda: m.assign_channels(tx, 3, [("a", "z")], 1)),
        _try(lambda: m.assign_channels(tx, 3, [("a", "a")], 1)),
        _try(lambda: m.assign_channels(tx, 3, [], 1, {"z": 1})),
        _try(lambda: m.assign_channels(tx, 3, [], 1, {"a": 4})),
        _try(lambda: m.assign_channels(tx, 3, [], 1, {"a": 0})),
    ]


@case("perf")
def doomed_choice_far_from_its_victim(m):
    rng = random.Random(3)
    fillers = [f"f{i:02d}" for i in range(30)]
    tx = ["tower"] + fillers + ["airport"]
    pairs = [("tower", "airport")]
    for i in range(len(fillers) - 1):
        pairs.append((fillers[i], fillers[i + 1]))
        if rng.random() < 0.3 and i + 2 < len(fillers):
            pairs.append((fillers[i], fillers[i + 2]))
    solvable = m.assign_channels(tx, 8, pairs, 2, {"airport": 1})
    hopeless = m.assign_channels(tx, 8, pairs, 2, {"airport": 1, "tower": 2})
    return solvable, hopeless


@case("perf")
def regional_grid(m):
    rng = random.Random(9)
    tx = [f"site-{r}-{c}" for r in range(8) for c in range(8)]
    pairs = []
    for r in range(8):
        for c in range(8):
            if c + 1 < 8:
                pairs.append((f"site-{r}-{c}", f"site-{r}-{c + 1}"))
            if r + 1 < 8:
                pairs.append((f"site-{r}-{c}", f"site-{r + 1}-{c}"))
            if r + 1 < 8 and c + 1 < 8 and rng.random() < 0.5:
                pairs.append((f"site-{r}-{c}", f"site-{r + 1}-{c + 1}"))
    return m.assign_channels(tx, 9, pairs, 2)
