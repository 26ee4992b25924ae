# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import csv


def sum_column(path: str, column: str) -> float:
    """Sum the non-blank values of one named column of a CSV file with a header row."""
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader, [])
        if column not in header:
            raise KeyError(column)
        index = header.index(column)
        total = 0.0
        for row in reader:
            cell = row[index].strip() if index < len(row) else ""
            if cell:
                total += float(cell)
        return total
