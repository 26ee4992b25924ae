# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case

COMMANDS = ["status", "stash", "start", "stats", "install", "uninstall", "init", "commit", "config",
            "checkout", "cherry-pick", "clone", "log", "merge", "remote", "reset", "restore"]


@case()
def common_typos(m):
    return [m.suggest_commands(t, COMMANDS) for t in ("stauts", "instal", "comit", "chekcout", "lgo")]


@case()
def ordering_by_distance_then_name(m):
    return [m.suggest_commands("stat", COMMANDS, limit=10), m.suggest_commands("rest", COMMANDS, limit=10)]


@case("edge")
def case_insensitive_but_returns_original(m):
    return m.suggest_commands("CONFIG", ["Config", "confiG", "contig", "conf"], limit=5)


@case("edge")
def duplicates_listed_once(m):
    return m.suggest_commands("stash", ["stash", "stash", "stashes", "slash"], limit=5)


@case("edge")
def short_input_allows_one_edit(m):
    return [m.suggest_commands("", ["a", "bb", ""]), m.suggest_commands("l", ["log", "ls", "l", "k"], limit=4)]


@case("edge")
def limits(m):
    return [m.suggest_commands("stat", COMMANDS, limit=0), m.suggest_commands("stat", COMMANDS, limit=1),
            m.suggest_commands("zzzzzz", COMMANDS)]


@case("error-handling")
def negative_limit(m):
    return m.suggest_commands("stat", COMMANDS, limit=-1)


@case("perf")
def many_plugins(m):
    rng = random.Random(7)
    letters = "abcdefghijklmnop"
    plugins = ["".join(rng.choice(letters) for _ in range(rng.randint(9, 13))) for _ in range(1500)]
    typed = [p[:4] + p[5:] for p in plugins[:3]] + ["abcdefghijkl", "ponmlkjihgf"]
    return [m.suggest_commands(t, plugins, limit=5) for t in typed]
