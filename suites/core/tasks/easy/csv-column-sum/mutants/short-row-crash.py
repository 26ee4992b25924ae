# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import csv


def sum_column(path, column):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader, None)
        if header is None or column not in header:
            raise KeyError(column)
        index = header.index(column)
        total = 0.0
        for row in reader:
            if row[index].strip():
                total += float(row[index])
        return total
