# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import defaultdict


def merge_stock(warehouse, store):
    totals = defaultdict(int)
    for sku, qty in [*warehouse, *store]:
        totals[sku] += qty
    return [(sku, qty) for sku, qty in totals.items() if qty != 0]
