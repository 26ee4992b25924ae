# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from itertools import groupby


def group_by_field(records, field, *, skip_missing=False):
    if skip_missing:
        records = [r for r in records if field in r]
    result = {}
    for key, items in groupby(records, key=lambda r: r[field]):
        result[key] = list(items)
    return result
