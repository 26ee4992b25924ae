# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def rank_players(scores: dict[str, float | None]) -> list[tuple[int, str, float]]:
    """(rank, name, score) rows, best score first, ties by name; tied scores share a rank.

    Ranks follow "1224" competition ranking; players whose score is None are left out.
    """
    played = sorted(
        ((name, score) for name, score in scores.items() if score is not None),
        key=lambda item: (-item[1], item[0]),
    )
    rows: list[tuple[int, str, float]] = []
    for position, (name, score) in enumerate(played, start=1):
        rank = rows[-1][0] if rows and rows[-1][2] == score else position
        rows.append((rank, name, score))
    return rows
