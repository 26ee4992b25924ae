# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from bisect import bisect_left
from datetime import datetime

Record = tuple[datetime, str]


def _timestamp(record: Record) -> datetime:
    return record[0]


def first_at_or_after(records: list[Record], when: datetime) -> int:
    """Index of the first record whose timestamp is >= when; len(records) if there is none."""
    return bisect_left(records, when, key=_timestamp)


def records_between(records: list[Record], start: datetime, end: datetime) -> list[Record]:
    """The records with start <= timestamp < end, in their original order."""
    if start > end:
        raise ValueError("start must not be after end")
    lo = bisect_left(records, start, key=_timestamp)
    hi = bisect_left(records, end, lo=lo, key=_timestamp)
    return records[lo:hi]
