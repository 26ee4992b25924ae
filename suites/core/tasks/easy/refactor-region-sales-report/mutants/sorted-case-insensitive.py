# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import defaultdict


def region_totals(in_path, out_path):
    totals = defaultdict(float)
    with open(in_path, encoding="utf-8") as source:
        next(source, None)
        for line in source:
            line = line.strip()
            if not line:
                continue
            fields = line.split(",")
            if fields[2].strip().lower() == "refunded":
                continue
            totals[fields[0].strip()] += float(fields[1])
    with open(out_path, "w", encoding="utf-8") as report:
        report.write("region,total\n")
        for region in sorted(totals, key=str.lower):
            report.write(f"{region},{totals[region]:.2f}\n")
    return len(totals)
