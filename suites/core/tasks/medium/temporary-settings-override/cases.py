# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


def base():
    return {"debug": False, "timeout": 30, "cache_dir": "/var/cache/app", "region": "eu"}


@case()
def override_and_restore(m):
    settings = base()
    with m.override(settings, {"debug": True, "timeout": 5}) as s:
        inside = [s is settings, dict(settings)]
    return [inside, settings]


@case()
def delete_and_add(m):
    settings = base()
    with m.override(settings, {"cache_dir": m.DELETE, "feature_x": "on"}):
        inside = dict(settings)
    return [inside, settings, "feature_x" in settings]


@case("edge")
def delete_missing_key_is_fine(m):
    settings = base()
    with m.override(settings, {"nope": m.DELETE}):
        inside = dict(settings)
    return [inside, settings]


@case("error-handling")
def restores_when_block_raises(m):
    settings = base()
    try:
        with m.override(settings, {"region": "us", "new": 1, "timeout": m.DELETE}):
            raise LookupError("boom")
    except LookupError as error:
        return [str(error), settings]
    return "exception was swallowed"


@case("error-handling")
def exception_propagates(m):
    settings = base()
    with m.override(settings, {"debug": True}):
        raise ZeroDivisionError("from the block")


@case("edge")
def other_keys_changed_in_block_are_kept(m):
    settings = base()
    with m.override(settings, {"debug": True}):
        settings["debug"] = "changed inside"
        settings["region"] = "ap"
        settings["added_inside"] = 1
    return settings


@case("edge")
def nested_same_key(m):
    settings = base()
    seen = []
    with m.override(settings, {"timeout": 10, "tmp": "a"}):
        seen.append(dict(settings))
        with m.override(settings, {"timeout": 1, "tmp": m.DELETE}):
            seen.append(dict(settings))
        seen.append(dict(settings))
    seen.append(dict(settings))
    return seen


@case("error-handling")
def strict_rejects_unknown_before_changing(m):
    settings = base()
    try:
        with m.override(settings, {"debug": True, "typo_key": 1}, strict=True):
            return "entered the block"
    except KeyError:
        return ["KeyError", settings]


@case()
def strict_known_keys(m):
    settings = base()
    with m.override(settings, {"debug": True, "region": m.DELETE}, strict=True):
        inside = dict(settings)
    return [inside, settings]


@case("edge")
def none_values_are_values(m):
    settings = {"a": None}
    with m.override(settings, {"a": 1, "b": None}):
        inside = dict(settings)
    return [inside, settings]


@case("edge")
def empty_changes(m):
    settings = base()
    with m.override(settings, {}):
        settings["x"] = 1
    return settings
