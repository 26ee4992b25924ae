# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case

PUBLISHED = [
    "0.0.3", "0.0.4", "0.1.0", "0.2.3", "0.2.9", "0.3.0", "1.0.0-rc.1", "1.0.0", "1.2.0", "1.2.3",
    "1.2.10", "1.3.0-beta.2", "1.3.0-beta.10", "1.3.0", "1.9.9", "2.0.0-alpha", "2.0.0", "2.4.1+linux",
    "2.4.1+mac", "3.0.0-rc.1",
]


def pick(m, ranges):
    return [m.max_satisfying(PUBLISHED, r) for r in ranges]


@case()
def caret_and_tilde(m):
    return pick(m, ["^1.2.0", "~1.2", "~1.2.3", "^0.2.3", "^0.0.3", "^0.0", "^0.x", "^1.x", "~1", "^2", "^0.0.x"])


@case()
def primitive_and_partial_comparators(m):
    return pick(m, [">1.2", ">=1.2 <1.3", "<=1.2", "<1.2", "1.2", "1", "=2", ">2.4.1", "<0.0.3", ">= 1.3.0 < 2", "*", ""])


@case("edge")
def wildcard_edge_forms(m):
    return pick(m, ["1.x", "1.2.X", "1.*.*", ">*", "<*", ">=*", "<=*", "x"])


@case("edge")
def prerelease_rule(m):
    return pick(m, [
        ">=1.3.0-beta.1",
        ">=1.3.0-beta.1 <1.3.0",
        "^1.3.0-beta.3",
        ">1.0.0-rc.0 <1.2.0",
        "3.0.0-rc.1",
        "^3.0.0-rc.1 || ^1.0.0",
        ">=2.0.0-alpha <2.0.0 || >9",
        "~2.0.0-alpha",
    ])


@case("edge")
def prerelease_precedence(m):
    vs = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11",
          "1.0.0-rc.1", "1.0.0-1", "1.0.0-rc.1.0", "1.0.0-A"]
    return [
        m.max_satisfying(vs[:k] + ["0.9.0"], ">=1.0.0-0 <1.0.0 || <1") for k in range(1, len(vs) + 1)
    ]


@case("edge")
def build_metadata_ties_keep_first(m):
    return (
        m.max_satisfying(["2.4.1+mac", "2.4.1+linux", "2.4.0"], "^2"),
        m.max_satisfying(["2.4.1+b", "2.4.1+a"], "2.4.1"),
        m.satisfies("2.4.1+build.7", "=2.4.1"),
    )


@case()
def hyphen_ranges(m):
    return pick(m, ["1.2 - 2.3", "1 - 2", "0.1.0 - 1.2.3", "1.2.3 - 1.2.10", "* - 0.2", "1.3.0-beta.2 - 1.3.0-beta.9"])


@case()
def or_sets(m):
    return pick(m, ["<0.1.0 || >=1.2.3 <1.2.10", "^0.2 || ~1.2 ||", "  ||  ", "9.x || 8.x"]), [
        m.satisfies("5.5.5", "1.x || >=5.0.0 <6"),
        m.satisfies("1.0.0-rc.1", "1.x || 1.0.0-rc.1"),
    ]


@case("edge")
def nothing_matches(m):
    return m.max_satisfying(PUBLISHED, ">=4"), m.max_satisfying([], "*")


@case("error-handling")
def invalid_input(m):
    out = []
    for v, r in [
        ("1.2", "*"), ("01.2.3", "*"), ("1.2.3-01", "*"), ("1.2.3.4", "*"), ("1.2.3-", "*"), ("v1.2.3", "*"),
        ("1.2.3", ">="), ("1.2.3", "1.2.3.4"), ("1.2.3", ">>1"), ("1.2.3", "~>1.2"), ("1.2.3", "1.2.3 -"),
        ("1.2.3", "a.b.c"), ("1.2.3", "^01.2"),
    ]:
        try:
            out.append(m.satisfies(v, r))
        except ValueError:
            out.append("ValueError")
    try:
        out.append(m.max_satisfying(["1.0.0", "bogus"], "*"))
    except ValueError:
        out.append("ValueError")
    return out


@case()
def registry_sized_list(m):
    rng = random.Random(7)
    versions = []
    for _ in range(2000):
        v = f"{rng.randrange(12)}.{rng.randrange(40)}.{rng.randrange(60)}"
        if rng.random() < 0.2:
            v += rng.choice(["-alpha.", "-beta.", "-rc."]) + str(rng.randrange(12))
        versions.append(v)
    ranges = [
        "^3.1.0 || ~5.2 || 7.x || >=9.38.50 <10 || 1.2 - 1.9",
        ">=2.0.0-rc.0 <2.0.1 || ^0.0.x || ~11.39.59-beta.3 || <=0.0.1",
    ]
    return [m.max_satisfying(versions, r) for r in ranges]


@case("perf")
def hot_loop_of_checks(m):
    rng = random.Random(7)
    ranges = [
        " || ".join(f"~{i}.{rng.randrange(40)}.{rng.randrange(10)} >{i}.0.1" for i in range(12))
        + " || "
        + " || ".join(f">={i}.5.0-rc.1 <{i}.5.1" for i in range(12)),
        "^2.3.0 || 4.x || >=6.1.0 <6.9.0-0 || 8.0.0 - 8.4",
    ]
    pool = [f"{rng.randrange(12)}.{rng.randrange(40)}.{rng.randrange(10)}" for _ in range(1500)]
    pool += [f"{i}.5.0-rc.{j}" for i in range(12) for j in range(5)]
    hits = 0
    for i in range(100_000):
        if m.satisfies(pool[(i * 7919) % len(pool)], ranges[i % 2]):
            hits += 1
    return hits
