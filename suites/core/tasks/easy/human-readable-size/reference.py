# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
UNITS = ("KiB", "MiB", "GiB", "TiB", "PiB")


def format_size(num_bytes: int) -> str:
    """Human-readable size with binary units and one decimal."""
    if not isinstance(num_bytes, int) or isinstance(num_bytes, bool):
        raise TypeError("num_bytes must be an int")
    if num_bytes < 0:
        raise ValueError("num_bytes must not be negative")
    if num_bytes < 1024:
        return f"{num_bytes} B"
    value = float(num_bytes)
    for index, unit in enumerate(UNITS):
        value /= 1024
        is_last = index == len(UNITS) - 1
        if is_last or float(f"{value:.1f}") < 1024:
            return f"{value:.1f} {unit}"
    raise AssertionError("unreachable")
