# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from functools import lru_cache


def split_hashtag(tag, vocabulary):
    body = tag[1:] if tag.startswith("#") else tag
    if not all(c.isalnum() for c in body):
        raise ValueError("bad hashtag")
    words = {w.lower() for w in vocabulary}
    n = len(body)

    @lru_cache(maxsize=None)
    def first_split(i):
        # longest word first, first complete split wins
        if i == n:
            return ()
        if body[i].isdigit():
            j = i
            while j < n and body[j].isdigit():
                j += 1
            rest = first_split(j)
            return None if rest is None else (body[i:j],) + rest
        for j in range(n, i, -1):
            if body[i:j].lower() in words:
                rest = first_split(j)
                if rest is not None:
                    return (body[i:j],) + rest
        return None

    result = first_split(0)
    return None if result is None else list(result)
