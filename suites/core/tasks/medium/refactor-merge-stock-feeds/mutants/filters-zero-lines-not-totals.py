# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import Counter


def merge_stock(warehouse, store):
    totals = Counter()
    for sku, qty in warehouse + store:
        if qty:
            totals[sku] += qty
    return sorted(totals.items())
