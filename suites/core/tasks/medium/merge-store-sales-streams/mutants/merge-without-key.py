# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import heapq


def _checked(stream):
    previous = None
    for record in stream:
        if previous is not None and record[0] < previous:
            raise ValueError("stream goes back in time")
        previous = record[0]
        yield record


def merge_sales(streams):
    return heapq.merge(*[_checked(s) for s in streams])
