# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def longest_repeat(text, min_count=2):
    if not isinstance(min_count, int) or isinstance(min_count, bool) or min_count < 2:
        raise ValueError("min_count must be an int >= 2")
    best_sub, best_starts = "", []
    length = 1
    while length <= len(text):
        seen = {}
        for i in range(len(text) - length + 1):
            seen.setdefault(text[i:i + length], []).append(i)
        found = None
        for sub, starts in seen.items():
            if len(starts) >= min_count:
                found = (sub, starts)
                break
        if found is None:
            break
        best_sub, best_starts = found
        length += 1
    return best_sub, best_starts
