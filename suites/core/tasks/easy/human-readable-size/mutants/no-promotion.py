# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def format_size(num_bytes):
    if not isinstance(num_bytes, int) or isinstance(num_bytes, bool):
        raise TypeError("int required")
    if num_bytes < 0:
        raise ValueError("negative")
    if num_bytes < 1024:
        return f"{num_bytes} B"
    size = num_bytes / 1024
    for unit in ["KiB", "MiB", "GiB", "TiB"]:
        if size < 1024:
            return f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} PiB"
