# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def rank_players(scores):
    played = sorted(((n, s) for n, s in scores.items() if s is not None), key=lambda t: (-t[1], t[0]))
    return [(i, name, score) for i, (name, score) in enumerate(played, start=1)]
