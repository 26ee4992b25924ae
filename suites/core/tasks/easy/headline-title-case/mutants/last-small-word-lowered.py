# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import string

SMALL_WORDS = {"a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "of", "on", "or", "the", "to", "vs"}


def _capitalize(part):
    if any(ch.isupper() for ch in part):
        return part
    for i, ch in enumerate(part):
        if ch.isalpha():
            return part[:i] + ch.upper() + part[i + 1 :]
    return part


def headline_case(title):
    words = title.split()
    result = []
    for i, word in enumerate(words):
        if i > 0 and word.strip(string.punctuation).lower() in SMALL_WORDS:
            result.append(word.lower())
        else:
            result.append("-".join(_capitalize(part) for part in word.split("-")))
    return " ".join(result)
