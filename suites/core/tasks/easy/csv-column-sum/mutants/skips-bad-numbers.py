# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import csv


def sum_column(path, column):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames is None or column not in reader.fieldnames:
            raise KeyError(column)
        total = 0.0
        for row in reader:
            try:
                total += float((row.get(column) or "").strip())
            except ValueError:
                continue
        return total
