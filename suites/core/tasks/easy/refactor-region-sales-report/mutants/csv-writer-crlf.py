# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import csv
from collections import defaultdict


def region_totals(in_path, out_path):
    totals = defaultdict(float)
    with open(in_path, encoding="utf-8") as source:
        lines = source.read().splitlines()[1:]
    for line in lines:
        if not line.strip():
            continue
        fields = line.strip().split(",")
        if fields[2].strip().lower() != "refunded":
            totals[fields[0].strip()] += float(fields[1])
    with open(out_path, "w", encoding="utf-8", newline="") as report:
        writer = csv.writer(report)
        writer.writerow(["region", "total"])
        for region in sorted(totals):
            writer.writerow([region, f"{totals[region]:.2f}"])
    return len(totals)
