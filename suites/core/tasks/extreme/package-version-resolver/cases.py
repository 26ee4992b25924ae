# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


def _outcome(m, requirements, index):
    try:
        return m.resolve(requirements, index)
    except m.ResolutionError:
        return "ResolutionError"


@case()
def newest_compatible(m):
    index = {
        "web": {"2.0": {"json": ">=1.5"}, "1.9": {"json": "*"}},
        "json": {"1.4": {}, "1.5": {}, "1.10": {}, "2.0": {}},
        "cli": {"0.9": {"json": "<2"}},
    }
    return m.resolve({"web": "", "cli": "*"}, index)


@case()
def backtracks_to_older_release(m):
    index = {
        "app": {"3.0": {"db": ">=2"}, "2.1": {"db": ">=1,<2"}, "2.0": {"db": "*"}},
        "db": {"1.0": {"log": "==1.2"}, "1.5": {"log": "==9"}, "2.0": {}},
        "log": {"1.2": {}, "1.3": {}},
        "orm": {"1.0": {"db": "<2"}},
    }
    return [
        m.resolve({"app": "*", "orm": "*"}, index),
        m.resolve({"app": "*"}, index),
        m.resolve({"orm": "", "log": "<=1.3"}, index),
    ]


@case()
def alphabetical_decision_order(m):
    # "b" is decided before "c" even though "c" is required first; the newest "b" wins.
    index = {
        "c": {"2": {"b": "*"}, "1": {}},
        "b": {"5": {"c": "<2"}, "4": {}},
        "a": {"1": {}},
    }
    return [
        m.resolve({"c": "*"}, index),
        m.resolve({"c": "*", "a": "*"}, index),
        m.resolve({"c": "*", "b": "*"}, index),
    ]


@case("edge")
def version_and_constraint_syntax(m):
    index = {
        "lib": {"1.9": {}, "1.10": {}, "1.10.0.0": {}, "2": {}, "1.0": {}},
    }
    index2 = {"lib": {"1.9": {}, "1.10": {}, "2": {}, "1.0": {}}}
    return [
        m.resolve({"lib": " >= 1.9 ,< 2 "}, index2),
        m.resolve({"lib": "==1"}, index2),
        m.resolve({"lib": "<=1.0.0"}, index2),
        m.resolve({"lib": ">1.9,!=1.10"}, index2),
        m.resolve({"lib": "!=2, !=1.10"}, index2),
        m.resolve({"lib": "== 1.10.0"}, index2),
        m.resolve({}, index),
    ]


@case("edge")
def cycles_and_shared_constraints(m):
    index = {
        "x": {"2": {"y": ">=2"}, "1": {"y": "*"}},
        "y": {"3": {"x": "==1"}, "2": {"x": "*"}, "1": {}},
        "z": {"1": {"x": "<2", "y": "<3"}},
    }
    return [m.resolve({"x": "*"}, index), m.resolve({"z": "*"}, index), m.resolve({"y": "*"}, index)]


@case("error-handling")
def unsatisfiable(m):
    index = {
        "a": {"1": {"b": ">=2"}, "2": {"ghost": "*"}},
        "b": {"1": {}, "1.5": {}},
        "c": {"1": {"b": "==3"}},
    }
    return [
        _outcome(m, {"a": "*"}, index),
        _outcome(m, {"b": ">1.5"}, index),
        _outcome(m, {"nope": "*"}, index),
        _outcome(m, {"c": "*"}, index),
        _outcome(m, {"b": "<1.5"}, index),
    ]


@case("error-handling")
def malformed_constraints(m):
    index = {"a": {"1": {}}, "b": {"1": {"a": "~1"}}}
    out = []
    for requirements, idx in [
        ({"a": ">=1,"}, index),
        ({"a": "=>1"}, index),
        ({"a": "1.0"}, index),
        ({"a": ">=1.x"}, index),
        ({"a": "*"}, index),
        ({"a": ">= 1.-1"}, index),
    ]:
        try:
            out.append(m.resolve(requirements, idx))
        except ValueError:
            out.append("ValueError")
    return out


def _trap_index(rng, fillers):
    index = {
        "aaa-core": {"3.0": {"zz-native": ">=2"}, "2.5": {"zz-native": ">=1.8"}, "2.0": {"zz-native": "<2"}},
        "zz-native": {"1.0": {}, "1.5": {}, "1.7": {}},
    }
    for i in range(fillers):
        versions = {f"{major}.{minor}": {} for major in range(1, 3) for minor in range(3)}
        if i and rng.random() < 0.5:
            versions["3.0"] = {f"filler{i - 1:02d}": "<2.2"}
        index[f"filler{i:02d}"] = versions
    return index


@case("perf")
def conflict_far_from_its_cause(m):
    index = _trap_index(random.Random(5), 24)
    requirements = {name: "*" for name in index}
    return m.resolve(requirements, index)


@case("perf")
def large_index(m):
    rng = random.Random(42)
    names = [f"pkg{i:03d}" for i in range(150)]
    index = {}
    for i, name in enumerate(names):
        releases = {}
        for major in range(1, 5):
            for minor in range(6):
                requires = {}
                for dep in rng.sample(names[i + 1:], min(3, len(names) - i - 1)):
                    lo = rng.randrange(1, 3)
                    requires[dep] = rng.choice([f">={lo}.2", f">={lo}.0,<{lo + 2}", "*", f"!={major}.{minor}"])
                releases[f"{major}.{minor}"] = requires
        index[name] = releases
    index["pkg149"]["4.5"] = {"pkg000": "<1"}
    index["pkg149"]["4.4"] = {"pkg001": "==4.0"}
    return m.resolve({"pkg000": ">=2", "pkg001": "<4", "pkg017": "*", "pkg149": "*"}, index)
