# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import dataclasses

from pyarena_cases import case


@case()
def parse_and_str_round_trip(m):
    texts = ["1.4.0", "0.0.0", "2.0.0-rc.1", "2.0.0-rc.1+ci.512", "10.20.30-alpha-2.x.7", "1.0.0+20240501"]
    out = []
    for text in texts:
        v = m.Version.parse(text)
        out.append([str(v), v.major, v.minor, v.patch, list(v.prerelease), v.build])
    return out


@case()
def sorting(m):
    texts = ["1.0.0", "1.0.0-rc.1", "1.0.0-beta.11", "1.0.0-beta.2", "1.0.0-beta", "1.0.0-alpha.beta",
             "1.0.0-alpha.1", "1.0.0-alpha", "0.9.12", "0.10.0", "1.0.1-0", "2.0.0", "1.10.0", "1.9.9"]
    return [str(v) for v in sorted(m.Version.parse(t) for t in texts)]


@case()
def comparison_operators(m):
    P = m.Version.parse
    a, b = P("1.2.3-rc.2"), P("1.2.3")
    return [a < b, a <= b, a > b, a >= b, b > a, P("1.2.3-2") < P("1.2.3-10"), P("1.2.3-10") < P("1.2.3-9a"),
            P("1.2.3-a.b") < P("1.2.3-a.b.0"), P("1.2.3-B") < P("1.2.3-a")]


@case("edge")
def build_is_ignored_for_equality_and_hash(m):
    P = m.Version.parse
    a, b, c = P("1.0.0+x"), P("1.0.0+y"), P("1.0.0")
    return [a == b, a == c, hash(a) == hash(c), len({a, b, c}), a <= b, a < b, str(a), str(b)]


@case()
def direct_construction(m):
    v = m.Version(3, 1, 4, ["rc", 2])
    w = m.Version(3, 1, 4, ("rc", 2))
    return [str(v), type(v.prerelease).__name__, v == w, str(m.Version(0, 0, 1)), v == "3.1.4-rc.2"]


@case()
def bumping(m):
    v = m.Version.parse("1.9.3-rc.1+build.7")
    return [str(v.bump("major")), str(v.bump("minor")), str(v.bump("patch")), str(v)]


@case("error-handling")
def frozen(m):
    v = m.Version(1, 2, 3)
    v.major = 2


@case("error-handling")
def frozen_is_dataclass_error(m):
    v = m.Version(1, 2, 3)
    try:
        v.patch = 9
    except dataclasses.FrozenInstanceError:
        return ["FrozenInstanceError", str(v)]
    return ["assigned", str(v)]


@case("error-handling")
def invalid_texts(m):
    out = []
    for text in ["1.2", "1.2.3.4", "01.2.3", "1.02.3", "1.2.3-", "1.2.3-rc..1", "1.2.3-01", "v1.2.3",
                 "1.2.3+", "1.2.3-rc_1", " 1.2.3", "1.2.3-rc.1+b+c", "-1.2.3"]:
        try:
            m.Version.parse(text)
            out.append("accepted")
        except ValueError:
            out.append("ValueError")
    return out


@case("error-handling")
def invalid_construction(m):
    out = []
    for args in [(1, -1, 0), (True, 0, 0), (1.0, 2, 3), ("1", 2, 3)]:
        try:
            m.Version(*args)
            out.append("accepted")
        except ValueError:
            out.append("ValueError")
    return out


@case("error-handling")
def unknown_bump(m):
    return m.Version(1, 0, 0).bump("build")
