# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def split_hashtag(tag, vocabulary):
    body = tag[1:] if tag.startswith("#") else tag
    if not all(c.isalnum() for c in body):
        raise ValueError("bad hashtag")
    words = set(vocabulary)
    n = len(body)
    longest = max(map(len, words), default=0)
    INF = n + 1
    fewest = [INF] * (n + 1)
    fewest[n] = 0
    starts = set()
    for i in range(n):
        if body[i].isdigit() and (i == 0 or not body[i - 1].isdigit()):
            starts.add(i)
    def run_end(i):
        j = i
        while j < n and body[j].isdigit():
            j += 1
        return j
    for i in range(n - 1, -1, -1):
        if body[i].isdigit():
            if i in starts:
                fewest[i] = fewest[run_end(i)] + 1
            continue
        for j in range(i + 1, min(n, i + longest) + 1):
            if body[i:j] in words and fewest[j] + 1 < fewest[i]:
                fewest[i] = fewest[j] + 1
    if fewest[0] >= INF:
        return None
    out, i = [], 0
    while i < n:
        if i in starts:
            j = run_end(i)
        else:
            j = max(j for j in range(i + 1, min(n, i + longest) + 1) if body[i:j] in words and fewest[j] == fewest[i] - 1)
        out.append(body[i:j])
        i = j
    return out
