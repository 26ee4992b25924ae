# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def split_hashtag(tag, vocabulary):
    body = tag[1:] if tag.startswith("#") else tag
    if not all(c.isalnum() for c in body):
        raise ValueError("bad hashtag")
    words = {w.lower() for w in vocabulary}

    def best(i):
        if i == len(body):
            return []
        if body[i].isdigit():
            j = i
            while j < len(body) and body[j].isdigit():
                j += 1
            rest = best(j)
            return None if rest is None else [body[i:j]] + rest
        result = None
        for j in range(len(body), i, -1):
            if body[i:j].lower() in words:
                rest = best(j)
                if rest is not None and (result is None or len(rest) + 1 < len(result)):
                    result = [body[i:j]] + rest
        return result

    return best(0)
