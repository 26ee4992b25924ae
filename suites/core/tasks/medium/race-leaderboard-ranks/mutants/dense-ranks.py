# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def leaderboard(results):
    names = [r[0] for r in results]
    if len(set(names)) != len(names):
        raise ValueError("duplicate player")
    if any(r[2] < 0 for r in results):
        raise ValueError("negative time")
    ordered = sorted(results, key=lambda r: (-r[1], r[2], r[0].casefold(), r[0]))
    board, rank, last = [], 0, None
    for player, score, seconds in ordered:
        if (score, seconds) != last:
            rank += 1
            last = (score, seconds)
        board.append((rank, player))
    return board
