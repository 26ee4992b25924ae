# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def leaderboard(results):
    names = [r[0] for r in results]
    if len(set(names)) != len(names):
        raise ValueError("duplicate player")
    if any(r[2] < 0 for r in results):
        raise ValueError("negative time")
    ordered = sorted(results, key=lambda r: (-r[1], r[2], r[0].lower(), r[0]))
    board = []
    for i, (player, score, seconds) in enumerate(ordered):
        if i > 0 and ordered[i - 1][1:] == (score, seconds):
            board.append((board[-1][0], player))
        else:
            board.append((i + 1, player))
    return board
