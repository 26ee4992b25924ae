# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def rank_players(scores):
    played = sorted(((n, s) for n, s in scores.items() if s is not None), key=lambda t: (-t[1], t[0]))
    rows = []
    rank = 0
    previous = None
    for name, score in played:
        if score != previous:
            rank += 1
            previous = score
        rows.append((rank, name, score))
    return rows
