# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def example(m):
    return m.diff_settings({"debug": False, "port": 80, "host": "a"}, {"debug": 0, "port": 80, "tls": True})


@case()
def realistic_config(m):
    old = {"workers": 4, "log_level": "info", "hosts": ["a", "b"], "timeout": 30, "db": {"pool": 5}, "zeta": 1}
    new = {"workers": 8, "log_level": "info", "hosts": ["a", "b"], "timeout": 30.0, "db": {"pool": 10}, "alpha": 1, "beta": None}
    return m.diff_settings(old, new)


@case("edge")
def both_empty(m):
    return m.diff_settings({}, {})


@case("edge")
def identical(m):
    cfg = {"a": 1, "b": [1, 2], "c": {"x": None}}
    return m.diff_settings(cfg, {"a": 1, "b": [1, 2], "c": {"x": None}})


@case("edge")
def everything_added_or_removed(m):
    return [m.diff_settings({}, {"b": 1, "a": 2}), m.diff_settings({"z": 1, "y": 2}, {})]


@case("edge")
def type_only_changes(m):
    return m.diff_settings({"a": 1, "b": 0, "c": "1", "d": None, "e": [1]}, {"a": 1.0, "b": False, "c": 1, "d": 0, "e": (1,)})


@case("edge")
def equal_but_distinct_objects(m):
    big = 10**30
    return m.diff_settings({"n": big, "s": "x" * 50, "l": [[1], [2]]}, {"n": int(str(big)), "s": "x" * 50, "l": [[1], [2]]})


@case("edge")
def inputs_not_modified(m):
    old, new = {"a": 1, "b": 2}, {"b": 3, "c": 4}
    m.diff_settings(old, new)
    return [old, new]
