# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from bisect import bisect_left


class RoomCalendar:
    def __init__(self):
        self._bookings = []

    def book(self, start, end):
        if start >= end:
            raise ValueError("a booking must end after it starts")
        i = bisect_left(self._bookings, (start, end))
        if i < len(self._bookings) and self._bookings[i][0] < end:
            raise ValueError("overlap")
        if i > 0 and self._bookings[i - 1][1] > start:
            raise ValueError("overlap")
        self._bookings.insert(i, (start, end))

    def cancel(self, start):
        i = bisect_left(self._bookings, (start,))
        if self._bookings[i][0] != start:
            raise KeyError(start)
        del self._bookings[i]

    def bookings(self):
        return list(self._bookings)
