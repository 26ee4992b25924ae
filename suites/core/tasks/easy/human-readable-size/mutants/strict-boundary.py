# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def format_size(num_bytes):
    if not isinstance(num_bytes, int) or isinstance(num_bytes, bool):
        raise TypeError("int required")
    if num_bytes < 0:
        raise ValueError("negative")
    units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"]
    i = 0
    value = float(num_bytes)
    while i < len(units) - 1 and round(value, 1) > 1024:
        value /= 1024
        i += 1
    if i == 0:
        return f"{num_bytes} B"
    return f"{value:.1f} {units[i]}"
