# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def drop_recent_duplicates(ids, capacity):
    if type(capacity) is not int or capacity < 1:
        raise ValueError("capacity must be a positive int")

    def gen():
        recent = []  # least recently seen first
        for item in ids:
            if item in recent:
                recent.remove(item)
                recent.append(item)
                continue
            recent.append(item)
            if len(recent) > capacity:
                recent.pop(0)
            yield item

    return gen()
