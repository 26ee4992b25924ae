# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case

VOCAB = {"black", "friday", "fri", "day", "deals", "a", "lack", "top", "films", "film", "s",
         "throw", "back", "thursday", "throwback", "new", "york", "newyork", "or", "k"}


@case()
def prompt_example(m):
    return m.split_hashtag("#BlackFridayDeals", VOCAB)


@case()
def fewest_pieces_wins(m):
    greedy_trap = {"abc", "ab", "cdef", "d", "e", "f"}
    return [m.split_hashtag("#ThrowbackThursday", VOCAB), m.split_hashtag("newyorkfilms", VOCAB),
            m.split_hashtag("#ABCDEF", greedy_trap)]


@case()
def digits_are_their_own_piece(m):
    return [m.split_hashtag("#Top10Films", VOCAB), m.split_hashtag("#2024", VOCAB),
            m.split_hashtag("#Films4Friday2day", VOCAB)]


@case("edge")
def tie_prefers_longer_first_piece(m):
    vocab = {"ab", "c", "a", "bc", "abc", "d", "cd"}
    return [m.split_hashtag("abcd", vocab), m.split_hashtag("#ABCDABCD", vocab)]


@case("edge")
def impossible(m):
    return [m.split_hashtag("#Blackz", VOCAB), m.split_hashtag("#xyz", set())]


@case("edge")
def empty_body(m):
    return [m.split_hashtag("#", VOCAB), m.split_hashtag("", VOCAB)]


@case("edge")
def mixed_case_vocabulary_and_unicode(m):
    vocab = {"Café", "crème", "CAFE"}
    return [m.split_hashtag("#cafécrème", vocab), m.split_hashtag("#CAFECafé", vocab)]


@case("error-handling")
def punctuation(m):
    return m.split_hashtag("#black-friday", VOCAB)


@case("error-handling")
def double_hash(m):
    return m.split_hashtag("##black", VOCAB)


@case("perf")
def sentence_hashtag(m):
    rng = random.Random(7)
    vocab = {"a" * k for k in range(1, 9)} | {"ab", "ba", "b", "aab", "bba", "abba"}
    hopeless = "a" * 60 + "c"
    body = "".join(rng.choice(["a", "ab", "ba", "aab", "abba", "b", "aaaa"]) for _ in range(220))
    unsplittable = m.split_hashtag(hopeless, vocab)
    pieces = m.split_hashtag("#" + body, vocab)
    return [unsplittable, len(body), len(pieces), pieces[:25], "".join(pieces) == body]
