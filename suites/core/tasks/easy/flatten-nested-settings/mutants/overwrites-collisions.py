# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def flatten_settings(settings, sep="."):
    flat = {}
    for key, value in settings.items():
        if not isinstance(key, str):
            raise TypeError("keys must be str")
        if isinstance(value, dict) and value:
            for sub_key, sub_value in flatten_settings(value, sep).items():
                flat[key + sep + sub_key] = sub_value
        else:
            flat[key] = value
    return flat
