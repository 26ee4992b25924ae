# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
PUNCTUATION = ".,!?;:\"'()-"


def top_words(text: str, n: int) -> list[tuple[str, int]]:
    """The n most frequent words of text as (word, count) pairs.

    Words are split on whitespace, lower-cased, and stripped of surrounding
    punctuation; a token made only of punctuation is not a word. Most frequent
    first; words with the same count are in alphabetical order.
    """
    counts = {}
    for token in text.lower().split():
        word = token.strip(PUNCTUATION)
        counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    return ranked[:n]
