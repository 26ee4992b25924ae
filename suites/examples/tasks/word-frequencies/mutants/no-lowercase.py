import re


def word_frequencies(text):
    counts = {}
    for word in re.findall(r"[A-Za-z]+(?:'[A-Za-z]+)*", text):
        counts[word] = counts.get(word, 0) + 1
    return counts
