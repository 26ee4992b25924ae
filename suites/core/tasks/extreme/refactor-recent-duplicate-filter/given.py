# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import OrderedDict


def drop_recent_duplicates(ids, capacity):
    if type(capacity) != int or capacity < 1:
        raise ValueError("capacity must be a positive int")
    it = iter(ids)

    def gen():
        s = OrderedDict()
        n = 0
        while True:
            try:
                x = next(it)
            except StopIteration:
                return
            dup = False
            if x in s:
                dup = True
            if dup == True:
                s.move_to_end(x)
            else:
                s[x] = 1
                n = n + 1
                if n > capacity:
                    s.popitem(last=False)
                    n = n - 1
            if dup == False:
                yield x

    return gen()
