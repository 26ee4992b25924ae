# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def split_hashtag(tag, vocabulary):
    body = tag[1:] if tag.startswith("#") else tag
    if not all(c.isalnum() for c in body):
        raise ValueError("bad hashtag")
    words = {w.lower() for w in vocabulary}
    lower = body.lower()
    n = len(body)
    longest = max(map(len, words), default=0)
    INF = n + 1
    fewest = [INF] * (n + 1)
    fewest[n] = 0
    for i in range(n - 1, -1, -1):
        for j in range(i + 1, min(n, i + longest) + 1):
            if lower[i:j] in words and fewest[j] + 1 < fewest[i]:
                fewest[i] = fewest[j] + 1
    if fewest[0] >= INF:
        return None
    out, i = [], 0
    while i < n:
        j = max(j for j in range(i + 1, min(n, i + longest) + 1) if lower[i:j] in words and fewest[j] == fewest[i] - 1)
        out.append(body[i:j])
        i = j
    return out
