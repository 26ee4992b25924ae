# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import defaultdict


def region_totals(in_path: str, out_path: str) -> int:
    """Write the total non-refunded amount per region to `out_path`; return the number of regions.

    The input's first line is a header; blank lines are skipped; columns are split on plain
    commas (region, amount, status, then anything else, which is ignored).
    """
    totals: dict[str, float] = defaultdict(float)
    with open(in_path, encoding="utf-8") as source:
        next(source, None)  # header
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
        for region in sorted(totals):
            report.write(f"{region},{totals[region]:.2f}\n")
    return len(totals)
