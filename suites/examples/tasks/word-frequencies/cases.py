from pyarena_cases import case


@case()
def simple_sentence(m):
    return m.word_frequencies("the cat and the hat")


@case()
def mixed_case(m):
    return m.word_frequencies("Apple apple APPLE banana")


@case("edge")
def empty_text(m):
    return m.word_frequencies("")


@case("edge")
def punctuation_only(m):
    return m.word_frequencies("... !!! 123 ---")


@case("edge")
def apostrophes(m):
    return m.word_frequencies("Don't stop, don't! 'quoted' rock'n'roll")


@case()
def digits_split_words(m):
    return m.word_frequencies("abc1def abc")
