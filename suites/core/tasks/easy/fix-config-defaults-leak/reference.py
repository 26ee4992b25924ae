# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import copy
import json

DEFAULTS = {"host": "localhost", "port": 8080, "debug": False, "plugins": []}


def load_config(path: str) -> dict:
    """Load settings from a JSON file, filling in missing keys from DEFAULTS.

    A config file that does not exist means "all defaults". Keys that are not in DEFAULTS
    raise ValueError, and so does a file that is not valid JSON.
    """
    config = copy.deepcopy(DEFAULTS)
    try:
        with open(path, encoding="utf-8") as f:
            overrides = json.load(f)
    except FileNotFoundError:
        return config
    for key in overrides:
        if key not in DEFAULTS:
            raise ValueError(f"unknown setting {key!r}")
    config.update(overrides)
    return config
