# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def format_duration(seconds: float) -> str:
    """Format a duration as "3s", "2m 05s" or "1h 02m 03s" (fractions of a second are dropped)."""
    if seconds < 0:
        raise ValueError("negative duration")
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours}h {minutes:02d}m {secs:02d}s"
    if minutes:
        return f"{minutes}m {secs:02d}s"
    return f"{secs}s"
