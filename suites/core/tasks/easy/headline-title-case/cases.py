# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
from pyarena_cases import case


@case()
def example(m):
    return m.headline_case("a guide to   the iPhone API and step-by-step setup for beginners")


@case()
def small_words_lowered(m):
    return m.headline_case("THE Lord OF the rings: The Return Of The King")


@case("edge")
def small_word_last(m):
    return m.headline_case("what are you looking for")


@case("edge")
def single_small_word(m):
    return [m.headline_case("the"), m.headline_case("   of  ")]


@case("edge")
def punctuation_around_words(m):
    return m.headline_case('"quotes," (beta) and... the end: part of it!')


@case("edge")
def apostrophes_and_digits(m):
    return m.headline_case("don't panic: 10 tips for python's 3.11 release")


@case("edge")
def mixed_case_kept(m):
    return m.headline_case("why mcDonald uses JavaScript and gRPC")


@case("edge")
def unicode_words(m):
    return m.headline_case("élan vital in über-modern cafés")


@case("edge")
def empty_and_whitespace(m):
    return [m.headline_case(""), m.headline_case(" \t\n ")]


@case("edge")
def hyphen_edge_parts(m):
    return m.headline_case("built-in -- self- -like x-ray")
