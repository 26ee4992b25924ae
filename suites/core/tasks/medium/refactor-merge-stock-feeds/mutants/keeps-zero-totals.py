# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import heapq
from itertools import groupby


def merge_stock(warehouse, store):
    merged = heapq.merge(warehouse, store, key=lambda line: line[0])
    return [(sku, sum(q for _, q in group)) for sku, group in groupby(merged, key=lambda line: line[0])]
