# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def leaderboard(results):
    seen = set()
    for player, _, seconds in results:
        if player.casefold() in seen or seconds < 0:
            raise ValueError("bad result")
        seen.add(player.casefold())
    ordered = sorted(results, key=lambda r: (-r[1], r[2], r[0].casefold(), r[0]))
    board = []
    for i, (player, score, seconds) in enumerate(ordered):
        if i > 0 and ordered[i - 1][1:] == (score, seconds):
            board.append((board[-1][0], player))
        else:
            board.append((i + 1, player))
    return board
