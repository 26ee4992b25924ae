# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def _num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def format_table(rows, columns):
    if not columns:
        raise ValueError("no columns")
    table = [list(columns), ["" for _ in columns]]
    for r in rows:
        table.append(["" if r.get(c) is None else str(r.get(c)) for c in columns])
    for i, col in enumerate(columns):
        values = [r.get(col) for r in rows if r.get(col) is not None]
        width = max(len(line[i]) for line in table)
        numeric = bool(values) and all(_num(v) for v in values)
        table[1][i] = "-" * width
        for line in table:
            line[i] = line[i].rjust(width) if numeric else line[i].ljust(width)
    return "\n".join("  ".join(line).rstrip() for line in table)
