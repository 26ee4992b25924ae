# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
PUNCTUATION = ".,!?;:\"'()-"


def top_words(text, n):
    counts = {}
    for token in text.lower().split():
        word = token.strip(PUNCTUATION)
        if word:
            counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    return ranked[:n]
