# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import heapq
from bisect import bisect_left, insort


def _norm(text):
    return " ".join(text.split()).lower()


class PhraseSuggester:
    def __init__(self):
        self.counts = {}
        self.ordered = []

    def record(self, phrase, count=1):
        key = _norm(phrase)
        if not key:
            raise ValueError("empty phrase")
        if key not in self.counts:
            self.counts[key] = 0
            insort(self.ordered, key)
        if count <= 0:
            raise ValueError("count must be positive")
        self.counts[key] += count

    def suggest(self, prefix, limit=5):
        if limit <= 0:
            raise ValueError("limit must be positive")
        wanted = _norm(prefix)
        if wanted and prefix[-1:].isspace():
            wanted += " "
        out = []
        for i in range(bisect_left(self.ordered, wanted), len(self.ordered)):
            if not self.ordered[i].startswith(wanted):
                break
            out.append(self.ordered[i])
        return heapq.nsmallest(limit, out, key=lambda p: (-self.counts[p], p))
