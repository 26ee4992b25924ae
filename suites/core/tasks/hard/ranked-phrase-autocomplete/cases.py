# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


def attempt(call, *args):
    try:
        return call(*args)
    except ValueError:
        return "ValueError"


@case()
def ranking_and_ties(m):
    s = m.PhraseSuggester()
    for phrase, n in [("new york", 5), ("newark", 5), ("new jersey", 9), ("news", 1), ("nevada", 20)]:
        s.record(phrase, n)
    return [s.suggest("new"), s.suggest("new", 2), s.suggest("ne", 10), s.suggest("x")]


@case()
def totals_accumulate(m):
    s = m.PhraseSuggester()
    for phrase in ["pizza", "pasta", "pizza", "pho", "pasta", "pizza"]:
        s.record(phrase)
    s.record("pho", 2)
    out = [s.suggest("p")]
    s.record("pho")
    out.append(s.suggest("p"))
    return out


@case("edge")
def normalised_phrases(m):
    s = m.PhraseSuggester()
    s.record("  New   York ")
    s.record("new york", 2)
    s.record("NEW\tyork\n")
    s.record("New Delhi")
    return [s.suggest("NEW  Y"), s.suggest("  new"), s.suggest("New York City")]


@case("edge")
def trailing_space_in_prefix(m):
    s = m.PhraseSuggester()
    for phrase in ["new york", "newark", "new", "news today"]:
        s.record(phrase)
    return [s.suggest("new "), s.suggest("new"), s.suggest("new  \t"), s.suggest("news t")]


@case("edge")
def empty_prefix_matches_all(m):
    s = m.PhraseSuggester()
    for i, phrase in enumerate(["b", "a", "c", "d", "e", "f", "g"]):
        s.record(phrase, 1 + i % 3)
    return [s.suggest(""), s.suggest("   ", 3), s.suggest("", 100)]


@case("edge")
def unicode_and_prefix_of_itself(m):
    s = m.PhraseSuggester()
    for phrase in ["Café au lait", "café", "ÉCLAIR", "éclair au chocolat", "cafe"]:
        s.record(phrase)
    return [s.suggest("CAFÉ"), s.suggest("é"), s.suggest("caf"), s.suggest("café au lait", 1)]


@case("edge")
def empty_suggester(m):
    s = m.PhraseSuggester()
    return [s.suggest(""), s.suggest("a", 3)]


@case("error-handling")
def bad_records_change_nothing(m):
    s = m.PhraseSuggester()
    s.record("tea", 2)
    out = [attempt(s.record, "   "), attempt(s.record, ""), attempt(s.record, "tea", 0),
           attempt(s.record, "tea", -3), attempt(s.record, "toast", True), attempt(s.record, "toast", 2.0)]
    out.append(s.suggest("t"))
    return out


@case("error-handling")
def bad_limits(m):
    s = m.PhraseSuggester()
    s.record("tea")
    return [attempt(s.suggest, "t", 0), attempt(s.suggest, "t", -1), attempt(s.suggest, "t", True),
            attempt(s.suggest, "t", 1.5)]


@case("perf")
def search_log(m):
    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = ["".join(rng.choices(letters, k=rng.randint(3, 8))) for _ in range(3000)]
    phrases = list({" ".join(rng.choices(words, k=rng.randint(1, 3))) for _ in range(25_000)})
    phrases.sort()
    rng.shuffle(phrases)
    s = m.PhraseSuggester()
    for phrase in phrases:
        s.record(phrase, rng.randint(1, 40))
    digest = 0
    samples = []
    for i in range(14_000):
        if i % 5 == 0:
            s.record(rng.choice(phrases) if i % 10 == 0 else " ".join(rng.choices(words, k=2)))
            continue
        phrase = rng.choice(phrases)
        got = s.suggest(phrase[: rng.randint(2, 7)], rng.randint(1, 8))
        digest = (digest * 31 + len(got) + sum(len(p) for p in got)) % 1_000_000_007
        if i % 500 == 1:
            samples.append(got)
    return digest, samples
