# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import heapq
from itertools import groupby
from operator import itemgetter

StockLine = tuple[str, int]


def merge_stock(warehouse: list[StockLine], store: list[StockLine]) -> list[StockLine]:
    """Merge two SKU-sorted feeds: one (sku, total) per SKU, in SKU order, zero totals dropped."""
    merged = heapq.merge(warehouse, store, key=itemgetter(0))
    totals = ((sku, sum(qty for _, qty in lines)) for sku, lines in groupby(merged, key=itemgetter(0)))
    return [(sku, total) for sku, total in totals if total != 0]
