# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import heapq


def merge_sales(streams):
    return heapq.merge(*streams, key=lambda record: record[0])
