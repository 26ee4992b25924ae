# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def rank_players(scores):
    names = []
    for k in scores:
        if scores[k] != None:
            names.append(k)
    # sort: highest score first, then by name
    for i in range(len(names)):
        for j in range(len(names) - 1 - i):
            a = names[j]
            b = names[j + 1]
            if scores[a] < scores[b] or (scores[a] == scores[b] and a > b):
                names[j] = b
                names[j + 1] = a
    result = []
    rank = 0
    prev = None
    for i in range(len(names)):
        n = names[i]
        if prev == None or scores[n] != prev:
            rank = i + 1
            prev = scores[n]
        result.append((rank, n, scores[n]))
    return result
