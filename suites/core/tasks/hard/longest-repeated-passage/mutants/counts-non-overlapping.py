# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def longest_repeat(text, min_count=2):
    if not isinstance(min_count, int) or isinstance(min_count, bool) or min_count < 2:
        raise ValueError("min_count must be an int >= 2")

    def find(length):
        seen = set()
        for i in range(len(text) - length + 1):
            sub = text[i:i + length]
            if sub in seen:
                continue
            seen.add(sub)
            if text.count(sub) >= min_count:
                return sub
        return None

    lo, hi, best = 0, len(text), ""
    while lo < hi:
        mid = (lo + hi + 1) // 2
        sub = find(mid)
        if sub is None:
            hi = mid - 1
        else:
            lo, best = mid, sub
    if not best:
        return "", []
    starts, pos = [], text.find(best)
    while pos != -1:
        starts.append(pos)
        pos = text.find(best, pos + len(best))
    return best, starts
