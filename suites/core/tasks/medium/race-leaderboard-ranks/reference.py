# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def leaderboard(results: list[tuple[str, int, float]]) -> list[tuple[int, str]]:
    """(rank, player) pairs ordered by score desc, time asc, name; ties share a competition rank."""
    seen: set[str] = set()
    for player, _, seconds in results:
        if player in seen:
            raise ValueError(f"duplicate player {player!r}")
        if seconds < 0:
            raise ValueError(f"negative time for {player!r}")
        seen.add(player)

    ordered = sorted(results, key=lambda r: (-r[1], r[2], r[0].casefold(), r[0]))
    board: list[tuple[int, str]] = []
    previous: tuple[int, float] | None = None
    rank = 0
    for position, (player, score, seconds) in enumerate(ordered, start=1):
        if (score, seconds) != previous:
            rank, previous = position, (score, seconds)
        board.append((rank, player))
    return board
