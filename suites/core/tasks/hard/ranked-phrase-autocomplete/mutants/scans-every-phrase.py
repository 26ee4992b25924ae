# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def _norm(text):
    return " ".join(text.split()).lower()


class PhraseSuggester:
    def __init__(self):
        self.counts = {}

    def record(self, phrase, count=1):
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            raise ValueError("count must be a positive int")
        key = _norm(phrase)
        if not key:
            raise ValueError("empty phrase")
        self.counts[key] = self.counts.get(key, 0) + count

    def suggest(self, prefix, limit=5):
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
            raise ValueError("limit must be a positive int")
        wanted = _norm(prefix)
        if wanted and prefix[-1:].isspace():
            wanted += " "
        matches = [p for p in self.counts if p.startswith(wanted)]
        matches.sort(key=lambda p: (-self.counts[p], p))
        return matches[:limit]
