# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import random

from pyarena_cases import case


@case()
def examples(m):
    return [m.longest_repeat("the cat and the hat and the cat"), m.longest_repeat("abcabcabc", 3)]


@case()
def pasted_clause(m):
    clause = "The Supplier shall indemnify the Buyer against all losses. "
    text = "1. Scope. " + clause + "2. Term. Five years. 3. Liability. " + clause + "4. End."
    return [m.longest_repeat(text), m.longest_repeat(text, 3), m.longest_repeat(text, 5)]


@case("edge")
def overlapping_occurrences(m):
    return [m.longest_repeat("aaaa", 3), m.longest_repeat("aaa"), m.longest_repeat("abababa"),
            m.longest_repeat("abababa", 3), m.longest_repeat("aaaaaaaaaa", 4)]


@case("edge")
def nothing_repeats(m):
    return [m.longest_repeat(""), m.longest_repeat("x"), m.longest_repeat("abcdef"),
            m.longest_repeat("aab", 3), m.longest_repeat("ab", 2)]


@case("edge")
def earliest_first_occurrence_wins_ties(m):
    return [m.longest_repeat("abXYabZZcdXYcd"), m.longest_repeat("zz1aa2zz3aa"),
            m.longest_repeat("pq.xy,xy;pq"), m.longest_repeat("pq.xy,xy;pq:xy!pq", 3)]


@case("edge")
def case_and_unicode(m):
    return [m.longest_repeat("Straße STRASSE straße"), m.longest_repeat("日本語と日本語, 🙂🙂🙂"),
            m.longest_repeat("Hello hello HELLO", 2)]


@case("edge")
def whole_text_minus_one(m):
    return [m.longest_repeat("xyzxyzxyz"), m.longest_repeat("ab" * 50, 2), m.longest_repeat("ab" * 50, 50)]


@case("error-handling")
def min_count_one(m):
    return m.longest_repeat("abc", 1)


@case("error-handling")
def min_count_bool(m):
    return m.longest_repeat("aaaa", True)


@case("error-handling")
def min_count_float(m):
    return m.longest_repeat("aaaa", 2.0)


@case("perf")
def long_contract(m):
    rng = random.Random(7)
    words = ["party", "shall", "agree", "notice", "term", "fee", "the", "of", "and", "to", "in",
             "any", "such", "payment", "breach", "days", "written", "consent", "law", "court"]

    def prose(n_words):
        return " ".join(rng.choice(words) for _ in range(n_words)) + ". "

    clause = prose(280)
    short_clause = prose(60)
    parts = [prose(300), clause, prose(400), short_clause, prose(300), clause, prose(200),
             short_clause, prose(300), clause[:1200] + "X" + clause[1201:], prose(100), short_clause]
    text = "".join(parts)
    results = []
    for k in (2, 3, 4):
        sub, starts = m.longest_repeat(text, k)
        results.append((len(text), len(sub), sub[:40], starts))
    return results
