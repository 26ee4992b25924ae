# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def reported(m):
    return m.top_words("Zebras eat grass -- and apples eat grass too - yes, zebras!", 4)


@case()
def headline_counts(m):
    text = "The cat sat. The dog sat! A cat, a dog, the bird (the end)."
    return m.top_words(text, 5)


@case("edge")
def all_ties(m):
    return m.top_words("delta charlie bravo alpha echo", 3)


@case("edge")
def n_larger_than_vocabulary(m):
    return m.top_words("b a b", 10)


@case("edge")
def n_zero(m):
    return m.top_words("some words here", 0)


@case("edge")
def only_punctuation(m):
    return m.top_words("-- ... !!! ()", 3)


@case("edge")
def empty_text(m):
    return m.top_words("", 3)


@case("edge")
def inner_punctuation_kept(m):
    return m.top_words("Don't stop: don't! e-mail, E-MAIL; 'quoted'", 5)
