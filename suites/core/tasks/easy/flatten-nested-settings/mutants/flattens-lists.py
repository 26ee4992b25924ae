# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def flatten_settings(settings, sep="."):
    flat = {}

    def walk(node, prefix):
        items = node.items() if isinstance(node, dict) else ((str(i), v) for i, v in enumerate(node))
        for key, value in items:
            if not isinstance(key, str):
                raise TypeError("keys must be str")
            path = prefix + sep + key if prefix else key
            if isinstance(value, (dict, list)) and value:
                walk(value, path)
            elif path in flat:
                raise ValueError("duplicate key " + path)
            else:
                flat[path] = value

    walk(settings, "")
    return flat
