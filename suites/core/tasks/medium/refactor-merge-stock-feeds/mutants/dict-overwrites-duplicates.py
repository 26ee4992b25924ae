# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def merge_stock(warehouse, store):
    totals = dict(warehouse)
    for sku, qty in store:
        totals[sku] = totals.get(sku, 0) + qty
    return [(sku, qty) for sku, qty in sorted(totals.items()) if qty != 0]
