# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def format_duration(seconds):
    if seconds < 0:
        raise ValueError("negative duration")
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours:.0f}h {minutes:02.0f}m {secs:02.0f}s"
    if minutes:
        return f"{minutes:.0f}m {secs:02.0f}s"
    return f"{secs:.0f}s"
