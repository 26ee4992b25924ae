# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def sum_column(path, column):
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    if not lines:
        raise KeyError(column)
    header = lines[0].split(",")
    if column not in header:
        raise KeyError(column)
    index = header.index(column)
    total = 0.0
    for line in lines[1:]:
        cells = line.split(",")
        cell = cells[index].strip().strip('"') if index < len(cells) else ""
        if cell:
            total += float(cell)
    return total
