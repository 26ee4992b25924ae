# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def nested_config(m):
    settings = {
        "debug": False,
        "db": {"host": "localhost", "port": 5432, "pool": {"min": 1, "max": 10}},
        "features": {"beta": {"search": True}},
        "name": "shop",
    }
    return list(m.flatten_settings(settings).items())


@case()
def custom_separator(m):
    return list(m.flatten_settings({"log": {"level": "info", "handlers": {"file": "app.log"}}}, sep="__").items())


@case("edge")
def leaves_kept_as_is(m):
    settings = {"hosts": ["a", "b"], "pair": (1, 2), "nothing": None, "nested": {"list": [{"x": 1}]}}
    return list(m.flatten_settings(settings).items())


@case("edge")
def empty_nested_dict_kept(m):
    return list(m.flatten_settings({"cache": {}, "db": {"options": {}, "port": 1}}).items())


@case("edge")
def empty_input(m):
    return m.flatten_settings({})


@case("edge")
def empty_string_key(m):
    return list(m.flatten_settings({"": {"a": 1}, "b": {"": 2}}).items())


@case("edge")
def input_not_modified(m):
    settings = {"a": {"b": {"c": 1}}, "d": {}}
    m.flatten_settings(settings)
    return settings


@case("error-handling")
def collision_raises(m):
    return m.flatten_settings({"a.b": 1, "a": {"b": 2}})


@case("error-handling")
def collision_with_custom_sep(m):
    return m.flatten_settings({"x": {"y_z": 1}, "x_y": {"z": 2}}, sep="_")


@case("error-handling")
def non_string_key(m):
    return m.flatten_settings({"ports": {8080: "http"}})
