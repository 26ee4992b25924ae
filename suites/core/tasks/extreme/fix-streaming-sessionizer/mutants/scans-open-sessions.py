# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def sessionize(events, gap):
    if not gap > 0:
        raise ValueError("gap must be positive")

    def gen():
        sessions = {}  # user -> [start, end, clicks]
        last_time = None
        for timestamp, user in events:
            if last_time is not None and timestamp < last_time:
                raise ValueError("events must be in time order")
            last_time = timestamp
            finished = [(s[1], u) for u, s in sessions.items() if timestamp - s[1] > gap]
            for _, u in sorted(finished, key=lambda pair: pair[0]):
                start, end, clicks = sessions.pop(u)
                yield (u, start, end, clicks)
            if user in sessions:
                s = sessions.pop(user)
                sessions[user] = [s[0], timestamp, s[2] + 1]
            else:
                sessions[user] = [timestamp, timestamp, 1]
        for u, (start, end, clicks) in sessions.items():
            yield (u, start, end, clicks)

    return gen()
