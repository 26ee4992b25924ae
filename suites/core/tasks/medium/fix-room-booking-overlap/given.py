# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from bisect import bisect_left


class RoomCalendar:
    """Bookings of one meeting room. Times are minutes; a booking covers [start, end)."""

    def __init__(self):
        self._bookings = []  # (start, end) pairs, sorted and never overlapping

    def book(self, start, end):
        """Add a booking. Raise ValueError if start >= end or if it overlaps a booking.

        Back-to-back bookings (one ends exactly when the other starts) are allowed.
        """
        if start >= end:
            raise ValueError("a booking must end after it starts")
        i = bisect_left(self._bookings, (start, end))
        if i < len(self._bookings) and self._bookings[i][0] <= end:
            raise ValueError(f"overlaps the booking at {self._bookings[i]}")
        if i > 0 and self._bookings[i - 1][1] > start:
            raise ValueError(f"overlaps the booking at {self._bookings[i - 1]}")
        self._bookings.insert(i, (start, end))

    def cancel(self, start):
        """Remove the booking that starts at `start`; raise KeyError if there is none."""
        i = bisect_left(self._bookings, (start,))
        if self._bookings[i][0] != start:
            raise KeyError(start)
        del self._bookings[i]

    def bookings(self):
        """All bookings as (start, end) pairs, in time order."""
        return list(self._bookings)
