# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def format_size(num_bytes):
    if num_bytes < 0:
        raise ValueError("negative")
    if num_bytes < 1024:
        return f"{int(num_bytes)} B"
    value = num_bytes
    for unit in ("KiB", "MiB", "GiB", "TiB", "PiB"):
        value /= 1024
        if unit == "PiB" or f"{value:.1f}" != "1024.0" and value < 1024:
            return f"{value:.1f} {unit}"
