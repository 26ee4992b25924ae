# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from collections import Counter

PUNCTUATION = ".,!?;:\"'()-"


def top_words(text, n):
    words = [t.strip(PUNCTUATION) for t in text.lower().split()]
    return Counter(w for w in words if w).most_common(n)
