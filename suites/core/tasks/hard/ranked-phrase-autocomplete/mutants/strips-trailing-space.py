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
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            raise ValueError("count must be a positive int")
        key = _norm(phrase)
        if not key:
            raise ValueError("empty phrase")
        if key not in self.counts:
            self.counts[key] = 0
            insort(self.ordered, key)
        self.counts[key] += count

    def suggest(self, prefix, limit=5):
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
            raise ValueError("limit must be a positive int")
        wanted = _norm(prefix)
        out = []
        for i in range(bisect_left(self.ordered, wanted), len(self.ordered)):
            if not self.ordered[i].startswith(wanted):
                break
            out.append(self.ordered[i])
        return heapq.nsmallest(limit, out, key=lambda p: (-self.counts[p], p))
