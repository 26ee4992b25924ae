# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def rank_players(scores):
    played = sorted(((n, s) for n, s in scores.items() if s is not None), key=lambda t: (-t[1], t[0].lower()))
    rows = []
    for position, (name, score) in enumerate(played, start=1):
        rank = rows[-1][0] if rows and rows[-1][2] == score else position
        rows.append((rank, name, score))
    return rows
