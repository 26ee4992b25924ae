# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import os
import tempfile

from pyarena_cases import case


def config_file(text, name="app.json"):
    path = os.path.join(tempfile.mkdtemp(), name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def missing_file():
    return os.path.join(tempfile.mkdtemp(), "local.json")


@case()
def staging_then_production(m):
    staging = config_file('{"host": "staging.internal", "debug": true}')
    production = config_file('{"host": "prod.internal"}')
    return [m.load_config(staging), m.load_config(production)]


@case()
def full_override(m):
    path = config_file('{"host": "h", "port": 9000, "debug": true, "plugins": ["auth", "gzip"]}')
    return m.load_config(path)


@case("edge")
def missing_file_gives_defaults(m):
    return m.load_config(missing_file())


@case("edge")
def caller_changes_do_not_leak(m):
    first = m.load_config(missing_file())
    first["port"] = 1
    first["plugins"].append("debug-toolbar")
    second = m.load_config(config_file('{"debug": true}'))
    second["plugins"].append("profiler")
    third = m.load_config(missing_file())
    return [second, third]


@case("edge")
def empty_object(m):
    return m.load_config(config_file("{}"))


@case("error-handling")
def unknown_key(m):
    return m.load_config(config_file('{"hostname": "typo.example"}'))


@case("error-handling")
def invalid_json(m):
    return m.load_config(config_file('{"host": "a",}'))


@case("error-handling")
def errors_do_not_poison_later_calls(m):
    try:
        m.load_config(config_file('{"port": 1234, "colour": "blue"}'))
    except ValueError:
        pass
    return m.load_config(missing_file())
