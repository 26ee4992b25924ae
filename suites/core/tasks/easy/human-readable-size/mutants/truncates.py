# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import math


def format_size(num_bytes):
    if not isinstance(num_bytes, int) or isinstance(num_bytes, bool):
        raise TypeError("int required")
    if num_bytes < 0:
        raise ValueError("negative")
    if num_bytes < 1024:
        return f"{num_bytes} B"
    exponent = min(int(math.log(num_bytes, 1024)), 5)
    value = math.floor(num_bytes / 1024**exponent * 10) / 10
    unit = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"][exponent]
    return f"{value:.1f} {unit}"
