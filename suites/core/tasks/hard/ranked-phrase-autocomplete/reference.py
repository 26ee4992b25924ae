# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import heapq
from bisect import bisect_left, insort


def _normalise(text: str) -> str:
    return " ".join(text.split()).lower()


def _check_positive_int(value: object, name: str) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValueError(f"{name} must be a positive int, got {value!r}")


class PhraseSuggester:
    """Counts searched phrases and suggests the most searched ones for a typed prefix."""

    def __init__(self) -> None:
        self._counts: dict[str, int] = {}
        self._sorted: list[str] = []  # stored phrases in str order, except those in _pending
        self._pending: list[str] = []  # new phrases not yet placed in _sorted

    def record(self, phrase: str, count: int = 1) -> None:
        _check_positive_int(count, "count")
        key = _normalise(phrase)
        if not key:
            raise ValueError("phrase is empty")
        if key not in self._counts:
            self._counts[key] = 0
            self._pending.append(key)
        self._counts[key] += count

    def suggest(self, prefix: str, limit: int = 5) -> list[str]:
        _check_positive_int(limit, "limit")
        wanted = _normalise(prefix)
        if wanted and prefix[-1:].isspace():
            wanted += " "
        self._place_pending()
        # Phrases that start with the prefix form one contiguous run of the sorted list.
        matches = []
        phrases = self._sorted
        for i in range(bisect_left(phrases, wanted), len(phrases)):
            if not phrases[i].startswith(wanted):
                break
            matches.append(phrases[i])
        counts = self._counts
        return heapq.nsmallest(limit, matches, key=lambda p: (-counts[p], p))

    def _place_pending(self) -> None:
        if len(self._pending) > 64:
            # A bulk load: one sort (which merges the already sorted run) beats many inserts.
            self._sorted.extend(self._pending)
            self._sorted.sort()
        else:
            for phrase in self._pending:
                insort(self._sorted, phrase)
        self._pending.clear()
